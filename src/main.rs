//! The `tipline` binary: parses the command line and hands over to the library.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Before anything holds plaintext: no core dumps.
    tipline::telemetry::disable_core_dumps();
    let cli = tipline::cli::Cli::parse();
    match tipline::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
