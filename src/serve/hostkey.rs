//! The server's host key: made on first start (Ed25519, file mode 0600)
//! and used from then on, so returning visitors see the same fingerprint.

use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::ssh_key::LineEnding;
use russh::keys::{HashAlg, PrivateKey};
use std::io::{Read, Write};
use std::path::Path;

/// Why the key could not be had.
#[derive(Debug)]
pub enum KeyError {
    Read(std::io::Error),
    Parse(String),
    Write(std::io::Error),
}

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeyError::Read(e) | KeyError::Write(e) => write!(f, "{e}"),
            KeyError::Parse(e) => f.write_str(e),
        }
    }
}

/// The key in `path`, or a new one written there (only the owner may
/// read it). A key file that exists but does not parse is an error: a
/// new key would change the fingerprint visitors trust.
pub fn load_or_create(path: &Path) -> Result<(PrivateKey, bool), KeyError> {
    match std::fs::read_to_string(path) {
        Ok(text) => PrivateKey::from_openssh(text.as_bytes())
            .map(|key| (key, false))
            .map_err(|e| KeyError::Parse(e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => create(path).map(|k| (k, true)),
        Err(e) => Err(KeyError::Read(e)),
    }
}

fn create(path: &Path) -> Result<PrivateKey, KeyError> {
    let mut seed = zeroize::Zeroizing::new([0u8; 32]);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(seed.as_mut()))
        .map_err(KeyError::Write)?;
    let key = PrivateKey::from(Ed25519Keypair::from_seed(&seed));
    let text = key
        .to_openssh(LineEnding::LF)
        .map_err(|e| KeyError::Parse(e.to_string()))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(KeyError::Write)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(KeyError::Write)?;
    file.write_all(text.as_bytes()).map_err(KeyError::Write)?;
    file.sync_all().map_err(KeyError::Write)?;
    Ok(key)
}

/// The fingerprint as `ssh` shows it: `SHA256:…`.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_made_once_private_to_its_owner_and_then_reused() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("state/host_key");
        let (first, made) = load_or_create(&path).expect("made");
        assert!(made);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (again, made) = load_or_create(&path).expect("read");
        assert!(!made);
        assert_eq!(fingerprint(&first), fingerprint(&again));
        assert!(fingerprint(&first).starts_with("SHA256:"));
        std::fs::write(&path, "not a key").expect("write");
        assert!(matches!(load_or_create(&path), Err(KeyError::Parse(_))));
    }
}
