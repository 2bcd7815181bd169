//! The guide over SSH (`cpr-guide serve`): its service unit. The
//! sessions themselves are tested through a real SSH connection on
//! 127.0.0.1 in `served_ssh`.

/// The unit starts a server the program accepts, with the usual
/// hardening, and stops it with SIGTERM.
#[test]
fn the_systemd_unit_serves_with_options_the_program_accepts() {
    let unit = include_str!("../../contrib/cpr-guide-ssh.service");
    for line in [
        "DynamicUser=yes",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "StateDirectory=cpr-guide-ssh",
        "KillSignal=SIGTERM",
        "Restart=always",
        "StandardError=journal",
    ] {
        assert!(unit.lines().any(|l| l == line), "{line}");
    }
    let exec = unit
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .expect("ExecStart");
    let mut words: Vec<String> = exec.split_whitespace().map(str::to_string).collect();
    assert_eq!(words.remove(0), "/usr/local/bin/cpr-guide");
    assert_eq!(words[0], "serve");
    // Here: a free port on 127.0.0.1 and a key in a folder of the test's.
    let dir = tempfile::tempdir().expect("dir");
    for (option, value) in [
        ("--listen", "127.0.0.1:0".to_string()),
        (
            "--host-key",
            dir.path().join("host_key").display().to_string(),
        ),
    ] {
        let at = words.iter().position(|w| w == option).expect(option);
        words[at + 1] = value;
    }
    let mut server = std::process::Command::new(crate::common::BIN)
        .args(&words)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("serve");
    let stderr = server.stderr.take().expect("stderr");
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stderr));
    let key = lines.next().expect("a line").expect("text");
    assert!(key.contains("host key SHA256:"), "{key}");
    let listening = lines.next().expect("a line").expect("text");
    assert!(listening.contains("listening on 127.0.0.1:"), "{listening}");
    // The key is the owner's alone.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("host_key"))
            .expect("the key")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let pid = i32::try_from(server.id()).expect("pid");
    rustix::process::kill_process(
        rustix::process::Pid::from_raw(pid).expect("pid"),
        rustix::process::Signal::TERM,
    )
    .expect("SIGTERM");
    let status = server.wait().expect("ends");
    assert_eq!(status.code(), Some(0));
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(
        rest.iter().any(|l| l.contains("stopped: 0 sessions")),
        "{rest:?}"
    );
}

/// The README's two commands, as it gives them: the server started with
/// `cargo run --release -- serve` (here the built binary, from a folder of
/// its own for the host key), and the system's `ssh -p 2222 localhost`
/// opens the guide.
#[test]
fn the_readme_ssh_commands_open_the_guide() {
    let readme = include_str!("../../README.md");
    let block: Vec<&str> = readme
        .split("### Over SSH")
        .nth(1)
        .and_then(|s| s.split("```shell").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("the block")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        block,
        ["cargo run --release -- serve", "ssh -p 2222 localhost"]
    );
    let ssh = std::path::Path::new("/usr/bin/ssh");
    assert!(ssh.exists(), "this test needs the system's ssh");
    let dir = tempfile::tempdir().expect("dir");
    let mut server = std::process::Command::new(crate::common::BIN)
        .arg("serve")
        .current_dir(dir.path())
        .env_remove("LANG")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("serve");
    let stderr = server.stderr.take().expect("stderr");
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stderr));
    let _key = lines.next();
    let listening = lines.next().expect("a line").expect("text");
    assert!(
        listening.contains("listening on 127.0.0.1:2222"),
        "{listening}"
    );
    assert!(dir.path().join("cpr_guide_host_key").exists());
    let mut words: Vec<&str> = block[1].split_whitespace().collect();
    words.splice(
        1..1,
        [
            "-tt",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "LogLevel=ERROR",
        ],
    );
    let mut command = std::process::Command::new(words[0]);
    command.args(&words[1..]).env("LANG", "C");
    let mut screen = crate::common::pty::spawn_command(command, 80, 24);
    screen.wait_for("Choose your language");
    screen.step("2", "Which describes you best?");
    screen.step("q", "Quit?");
    screen.step("y", "Goodbye");
    let pid =
        rustix::process::Pid::from_raw(i32::try_from(server.id()).expect("pid")).expect("pid");
    rustix::process::kill_process(pid, rustix::process::Signal::TERM).expect("SIGTERM");
    assert_eq!(server.wait().expect("ends").code(), Some(0));
}
