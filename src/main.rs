//! The `cpr-guide` binary: hands its arguments to the command line front end.

#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    cpr_guide::cli::run(std::env::args_os().collect())
}
