//! Logging: plain lines on stderr. Nothing here ever sees a client
//! address, user agent, referrer or query string (see `web::request_log`).

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber. `filter` uses `EnvFilter` syntax; noisy
/// libraries are held at `warn` (sqlx would otherwise log statements).
pub fn init(filter: &str) {
    let filter = format!(
        "{filter},sqlx=warn,sea_orm=warn,sea_orm_migration=warn,actix_server=warn,lettre=warn"
    );
    let _ = tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_new(&filter).unwrap_or_else(|_| EnvFilter::new("info")))
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

/// Keeps plaintext out of crash files: no core dumps, not dumpable.
pub fn disable_core_dumps() {
    use rustix::process::{Resource, Rlimit, setrlimit};
    if let Err(e) = setrlimit(
        Resource::Core,
        Rlimit {
            current: Some(0),
            maximum: Some(0),
        },
    ) {
        eprintln!("warning: could not disable core dumps: {e}");
    }
    if let Err(e) =
        rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
    {
        eprintln!("warning: could not mark the process non-dumpable: {e}");
    }
}
