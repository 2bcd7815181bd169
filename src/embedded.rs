//! The content and translation files built into the binary (written by
//! `build.rs`): `(path below content/ or locales/, text)`. Data only.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
