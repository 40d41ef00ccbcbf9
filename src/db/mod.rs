//! The database: connection (SQLite or PostgreSQL from one URL), migrations
//! and the queries each module needs. Only sealed bytes and routing/triage
//! metadata ever reach it.

pub mod accounts;
pub mod entities;
pub mod messages;
pub mod triage;

use chrono::NaiveDate;
use entities::*;
use migration::MigratorTrait;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use std::time::Duration;
use uuid::Uuid;

pub use sea_orm::DatabaseConnection as Db;

/// Opens the database named by `url`. SQLite runs in WAL mode with
/// `synchronous=FULL` (a committed report survives power loss), foreign
/// keys on, `secure_delete` on (retention leaves nothing in free pages)
/// and a busy timeout so concurrent writers wait instead of failing.
pub async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    if let Some(dir) = sqlite_dir(url) {
        std::fs::create_dir_all(&dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot create the database directory {}: {e}",
                dir.display()
            )
        })?;
    }
    let mut opt = ConnectOptions::new(url.to_owned());
    opt.sqlx_logging(false)
        .acquire_timeout(Duration::from_secs(30));
    if url.starts_with("sqlite:") {
        opt.max_connections(8).min_connections(1);
        opt.map_sqlx_sqlite_opts(sqlite_settings);
        opt.map_sqlx_sqlite_pool_opts(sqlite_pool_settings);
    } else {
        opt.max_connections(16).min_connections(1);
        postgres_settings(&mut opt);
    }
    // Every acquire would otherwise cost a round trip (a ping) of its own;
    // a broken connection still fails its query and is replaced.
    opt.test_before_acquire(false);
    let db = Database::connect(opt).await.map_err(|e| {
        anyhow::anyhow!(
            "cannot open the database: {}",
            redact_url_error(&e.to_string(), url)
        )
    })?;
    Ok(db)
}

/// Every SQLite connection's settings: WAL with `synchronous=FULL`, a busy
/// timeout, foreign keys, deleted rows overwritten (`secure_delete`) and
/// temporary data in memory (`temp_store`).
fn sqlite_settings(
    o: sea_orm::sqlx::sqlite::SqliteConnectOptions,
) -> sea_orm::sqlx::sqlite::SqliteConnectOptions {
    use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
    o.journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .busy_timeout(Duration::from_secs(30))
        .foreign_keys(true)
        // Deleted rows are overwritten, not left in free pages.
        .pragma("secure_delete", "ON")
        // Statement journals (the pages a statement changes, as they were,
        // kept until it completes) stay in memory. Spilled to unlinked temp
        // files under /var/tmp, they copied old pages, sealed tips among
        // them, outside the data directory where `secure_delete` cannot
        // reach, and cost every report batch a file of its own
        // (docs/PERFORMANCE.md).
        .pragma("temp_store", "MEMORY")
}

/// Every SQLite pool's settings: a connection goes back to the pool only
/// if it holds no transaction, by SQLite's account and by sqlx's.
///
/// Why: when a COMMIT fails for want of space (`SQLITE_FULL`) or an I/O
/// error, SQLite may roll the transaction back itself. sqlx's ROLLBACK then
/// fails ("no transaction is active") and sqlx still counts the
/// transaction as open, so the connection's next `begin` is a `SAVEPOINT`
/// that opens a transaction of its own, and the `ROLLBACK TO` of a second
/// failure leaves that transaction open. From then on every "commit" is
/// the `RELEASE` of a savepoint nested in a transaction that never ends:
/// it succeeds, nothing reaches the disk, and the connection holds the
/// write lock. That is how a full disk made the server acknowledge
/// thousands of reports it never stored (issue 18,
/// `tests/storage.rs`). Such a connection is closed instead (SQLite rolls
/// back whatever it held); the pool opens a fresh one.
fn sqlite_pool_settings(
    o: sea_orm::sqlx::pool::PoolOptions<sea_orm::sqlx::Sqlite>,
) -> sea_orm::sqlx::pool::PoolOptions<sea_orm::sqlx::Sqlite> {
    o.after_release(|conn, _meta| {
        Box::pin(async move { Ok(sqlite_connection_is_clean(conn).await) })
    })
}

/// Whether an SQLite connection is outside any transaction, both for
/// SQLite and for sqlx's own count. `BEGIN` is refused inside a
/// transaction; a deferred `BEGIN` and its `ROLLBACK` touch no file. The
/// probe also waits for a rollback sqlx queued when a transaction was
/// dropped, so the count read after it is final.
async fn sqlite_connection_is_clean(conn: &mut sea_orm::sqlx::SqliteConnection) -> bool {
    use sea_orm::sqlx::{Connection, Executor};
    let outside = conn.execute("BEGIN; ROLLBACK").await.is_ok();
    let clean = outside && !conn.is_in_transaction();
    if !clean {
        tracing::warn!("closing a database connection left inside a transaction by a failed write");
    }
    clean
}

/// Every PostgreSQL connection's settings: Nagle off (see
/// [`nodelay_tcp_sockets`]).
fn postgres_settings(opt: &mut ConnectOptions) {
    opt.map_sqlx_postgres_pool_opts(|o| {
        o.after_connect(|_conn, _meta| {
            Box::pin(async {
                nodelay_tcp_sockets();
                Ok(())
            })
        })
    });
}

/// The connection reports are written through, of its own and kept open.
/// On SQLite its page cache then stays valid between batches (SQLite
/// discards a connection's cache whenever another connection has written),
/// which took page reads from 4.8% of the server's CPU under load to 1.7%.
/// On PostgreSQL the same backend then runs every commit instead of
/// whichever of the shared pool's was idle, which took about 0.1 ms off
/// the server's and PostgreSQL's CPU per report at concurrency 1, and
/// responder pages and intake no longer wait for each other's connections
/// (docs/PERFORMANCE.md).
pub async fn intake_writer(url: &str) -> anyhow::Result<DatabaseConnection> {
    let sqlite = url.starts_with("sqlite:");
    let mut opt = ConnectOptions::new(url.to_owned());
    opt.sqlx_logging(false)
        .acquire_timeout(Duration::from_secs(30))
        .max_connections(1)
        .min_connections(1)
        .test_before_acquire(false)
        // Never closed for being idle: a reopened connection starts cold.
        .idle_timeout(None::<Duration>)
        .max_lifetime(None::<Duration>);
    if sqlite {
        // 8 MiB of page cache (the default is 2 MiB), for one connection.
        opt.map_sqlx_sqlite_opts(|o| sqlite_settings(o).pragma("cache_size", "-8192"));
        opt.map_sqlx_sqlite_pool_opts(sqlite_pool_settings);
    } else {
        postgres_settings(&mut opt);
    }
    Database::connect(opt).await.map_err(|e| {
        anyhow::anyhow!(
            "cannot open the database: {}",
            redact_url_error(&e.to_string(), url)
        )
    })
}

/// Turns Nagle's algorithm off on every TCP socket of this process that
/// still has it on, and returns how many it changed.
///
/// sqlx 0.9.0 no longer sets `TCP_NODELAY` on its connections
/// (launchbadge/sqlx#4335). Over TLS it writes each 16 KiB record
/// separately, so any statement larger than one record — a batch of sealed
/// tips — waits for the server's delayed ACK: 40 ms on Linux, measured
/// here as ~45 ms per batch. Called after each new PostgreSQL connection,
/// until sqlx sets the option again. The sockets are reached without
/// unsafe code through `pidfd_getfd`, which duplicates one of our own
/// descriptors; the duplicate shares the socket, so the option sticks.
#[cfg(not(target_os = "linux"))]
pub fn nodelay_tcp_sockets() -> usize {
    0
}

/// As above, on Linux.
#[cfg(target_os = "linux")]
pub fn nodelay_tcp_sockets() -> usize {
    use rustix::net::sockopt;
    use rustix::net::{AddressFamily, SocketType};
    use rustix::process::{PidfdFlags, PidfdGetfdFlags, getpid, pidfd_getfd, pidfd_open};
    let Ok(pidfd) = pidfd_open(getpid(), PidfdFlags::empty()) else {
        tracing::debug!("TCP_NODELAY: pidfd_open refused; database sockets keep Nagle");
        return 0;
    };
    let Ok(dir) = std::fs::read_dir("/proc/self/fd") else {
        return 0;
    };
    let mut changed = 0;
    for entry in dir.flatten() {
        let Some(fd) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<i32>().ok())
        else {
            continue;
        };
        let is_socket = std::fs::read_link(entry.path())
            .is_ok_and(|l| l.to_string_lossy().starts_with("socket:"));
        if !is_socket {
            continue;
        }
        let Ok(dup) = pidfd_getfd(&pidfd, fd, PidfdGetfdFlags::empty()) else {
            continue;
        };
        let tcp = sockopt::socket_type(&dup) == Ok(SocketType::STREAM)
            && matches!(
                sockopt::socket_domain(&dup),
                Ok(AddressFamily::INET | AddressFamily::INET6)
            );
        if tcp
            && sockopt::tcp_nodelay(&dup) == Ok(false)
            && sockopt::set_tcp_nodelay(&dup, true).is_ok()
        {
            changed += 1;
        }
    }
    if changed == 0 {
        tracing::debug!("TCP_NODELAY: no socket changed (already set, or pidfd_getfd refused)");
    }
    changed
}

/// Whether [`nodelay_tcp_sockets`] works on this machine: tried once, on
/// a loopback connection of our own. It does not where `pidfd_getfd` is
/// refused (a seccomp filter, an old kernel) or beyond Linux.
pub fn nodelay_works() -> bool {
    let Ok(listener) = std::net::TcpListener::bind("127.0.0.1:0") else {
        return false;
    };
    let Ok(client) = listener.local_addr().and_then(std::net::TcpStream::connect) else {
        return false;
    };
    if client.nodelay().unwrap_or(false) {
        return true;
    }
    nodelay_tcp_sockets();
    client.nodelay().unwrap_or(false)
}

/// What `serve` says at start when the workaround for sqlx's Nagle on
/// PostgreSQL connections cannot work: `None` when it works, or when the
/// database is SQLite or reached over a Unix socket (no TCP, no delay).
pub fn nodelay_warning(url: &str, works: impl FnOnce() -> bool) -> Option<&'static str> {
    let tcp = (url.starts_with("postgres://") || url.starts_with("postgresql://"))
        && !url.contains("host=/");
    (tcp && !works()).then_some(
        "TCP_NODELAY cannot be set on the PostgreSQL connections on this system \
         (it needs Linux's pidfd_getfd): a batch of reports larger than one TLS record \
         may wait for a delayed ACK, about 40 ms. Connect over PostgreSQL's Unix socket \
         to avoid it (README, \"The PostgreSQL connection\").",
    )
}

/// The file of an SQLite database URL (none for `:memory:`).
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| path.into())
}

/// This process's hold on an SQLite database: released when dropped or
/// when the process ends, however it ends.
#[derive(Debug)]
pub struct SqliteLock {
    _file: std::fs::File,
}

/// Takes the SQLite database at `url` for this `serve` process alone, or
/// refuses with a clear message if another process serves it. SQLite
/// serves one process: two would each keep their own routing snapshot,
/// rate limits and login throttle, and their writers would queue behind
/// each other's locks. (The CLI's short commands may still run beside it.)
/// An exclusive `flock` on `<database>.lock`, holding the pid for the message.
pub fn lock_sqlite(url: &str) -> anyhow::Result<Option<SqliteLock>> {
    use rustix::fs::{FlockOperation, flock};
    use std::io::{Read, Seek, Write};
    let Some(db) = sqlite_file(url) else {
        return Ok(None);
    };
    if let Some(dir) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            anyhow::anyhow!(
                "cannot create the database directory {}: {e}",
                dir.display()
            )
        })?;
    }
    let path = std::path::PathBuf::from(format!("{}.lock", db.display()));
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", path.display()))?;
    if let Err(e) = flock(&file, FlockOperation::NonBlockingLockExclusive) {
        if e != rustix::io::Errno::WOULDBLOCK {
            anyhow::bail!("cannot lock {}: {e}", path.display());
        }
        let mut pid = String::new();
        let _ = file.read_to_string(&mut pid);
        let pid = pid.trim();
        let who = if pid.chars().all(|c| c.is_ascii_digit()) && !pid.is_empty() {
            format!("another `tipline serve` (pid {pid})")
        } else {
            "another `tipline serve`".to_owned()
        };
        anyhow::bail!(
            "{who} is already serving the SQLite database {}; SQLite serves one process. \
             Stop the other one first, or use PostgreSQL to run several processes \
             (README, \"Several processes\")",
            db.display()
        );
    }
    file.set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|()| writeln!(file, "{}", std::process::id()))
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    Ok(Some(SqliteLock { _file: file }))
}

/// The directory of an SQLite database file, which must exist before `mode=rwc` can create the file.
fn sqlite_dir(url: &str) -> Option<std::path::PathBuf> {
    let path = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next()?;
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    std::path::Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(|p| p.to_path_buf())
}

/// Keeps a database password out of an error message.
fn redact_url_error(msg: &str, url: &str) -> String {
    match url
        .split_once("://")
        .and_then(|(_, rest)| rest.split_once('@'))
        .map(|(creds, _)| creds)
    {
        Some(creds) if !creds.is_empty() => msg.replace(creds, "…"),
        _ => msg.to_owned(),
    }
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    migration::Migrator::up(db, None)
        .await
        .map_err(|e| anyhow::anyhow!("migration failed: {e}"))
}

/// Whether `e` is a unique-constraint violation.
pub fn is_unique_violation(e: &DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

// ---------------------------------------------------------------- instance

/// The instance row, if the database has been claimed by an instance key.
pub async fn instance(db: &impl ConnectionTrait) -> Result<Option<instance::Model>, DbErr> {
    instance::Entity::find_by_id(1).one(db).await
}

/// Records the instance key's fingerprint on first start; afterwards
/// refuses a different key.
pub async fn claim_instance(
    db: &DatabaseConnection,
    fingerprint: &str,
    today: NaiveDate,
) -> anyhow::Result<instance::Model> {
    if let Some(row) = instance(db).await? {
        if row.key_fingerprint != fingerprint {
            anyhow::bail!(
                "this database belongs to the instance key {} but the key file holds {}; \
                 refusing to start (use the instance's own key file, see TIPLINE_INSTANCE_KEY_FILE)",
                row.key_fingerprint,
                fingerprint
            );
        }
        return Ok(row);
    }
    let row = instance::ActiveModel {
        id: Set(1),
        key_fingerprint: Set(fingerprint.to_owned()),
        demo: Set(false),
        generation: Set(1),
        created_day: Set(today),
    };
    match row.insert(db).await {
        Ok(m) => Ok(m),
        // Another process claimed it at the same moment: check it is us.
        Err(e) if is_unique_violation(&e) => Box::pin(claim_instance(db, fingerprint, today)).await,
        Err(e) => Err(e.into()),
    }
}

/// The routing generation: bumped by every change to teams, responders or
/// routes, so that serving processes reload their snapshot.
pub async fn generation(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(instance(db).await?.map(|r| r.generation).unwrap_or(0))
}

/// Bumps the routing generation (call inside the changing transaction).
pub async fn bump_generation(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let res = instance::Entity::update_many()
        .col_expr(
            instance::Column::Generation,
            Expr::col(instance::Column::Generation).add(1),
        )
        .filter(instance::Column::Id.eq(1))
        .exec(db)
        .await?;
    if res.rows_affected == 0 {
        // A CLI change before the first `serve`: the generation starts at 0
        // and the server reloads when it claims the database.
    }
    Ok(())
}

/// Takes the database's write lock for the caller's transaction before it
/// reads (a no-op write to the instance row): SQLite then waits its busy
/// timeout for other writers instead of failing the later write, and
/// PostgreSQL serialises such transactions on that row.
pub async fn lock_for_write(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    instance::Entity::update_many()
        .col_expr(
            instance::Column::Generation,
            Expr::col(instance::Column::Generation),
        )
        .filter(instance::Column::Id.eq(1))
        .exec(db)
        .await?;
    Ok(())
}

/// Marks the database as a demo database.
pub async fn set_demo(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    instance::Entity::update_many()
        .col_expr(instance::Column::Demo, Expr::value(true))
        .filter(instance::Column::Id.eq(1))
        .exec(db)
        .await?;
    Ok(())
}

/// Whether the database holds no teams, responders, routes or tips.
pub async fn is_empty(db: &impl ConnectionTrait) -> Result<bool, DbErr> {
    Ok(team::Entity::find().one(db).await?.is_none()
        && responder::Entity::find().one(db).await?.is_none()
        && route::Entity::find().one(db).await?.is_none()
        && tip::Entity::find().one(db).await?.is_none())
}

// ---------------------------------------------------------------- teams

/// All teams, by name.
pub async fn teams(db: &impl ConnectionTrait) -> Result<Vec<team::Model>, DbErr> {
    team::Entity::find()
        .order_by_asc(team::Column::Name)
        .all(db)
        .await
}

/// The team called `name`.
pub async fn team_by_name(
    db: &impl ConnectionTrait,
    name: &str,
) -> Result<Option<team::Model>, DbErr> {
    team::Entity::find()
        .filter(team::Column::Name.eq(name))
        .one(db)
        .await
}

/// Adds a team.
pub async fn add_team(
    db: &DatabaseConnection,
    name: &str,
    kind: &str,
) -> Result<team::Model, DbErr> {
    let txn = db.begin().await?;
    let m = team::ActiveModel {
        id: Set(crate::random::uuid()),
        name: Set(name.to_owned()),
        kind: Set(kind.to_owned()),
    }
    .insert(&txn)
    .await?;
    bump_generation(&txn).await?;
    txn.commit().await?;
    Ok(m)
}

// ---------------------------------------------------------------- responders

/// A responder as the CLI and routing see it.
#[derive(Debug, Clone)]
pub struct ResponderRow {
    pub responder: responder::Model,
    pub team_ids: Vec<Uuid>,
}

/// All responders with their team memberships.
pub async fn responders(db: &impl ConnectionTrait) -> Result<Vec<ResponderRow>, DbErr> {
    let rs = responder::Entity::find()
        .order_by_asc(responder::Column::Name)
        .all(db)
        .await?;
    let members = team_member::Entity::find().all(db).await?;
    Ok(rs
        .into_iter()
        .map(|r| {
            let team_ids = members
                .iter()
                .filter(|m| m.responder_id == r.id)
                .map(|m| m.team_id)
                .collect();
            ResponderRow {
                responder: r,
                team_ids,
            }
        })
        .collect())
}

/// Finds a responder by id or by (full, case-insensitive, spaces ignored) fingerprint.
pub async fn responder_by_handle(
    db: &impl ConnectionTrait,
    handle: &str,
) -> Result<Option<responder::Model>, DbErr> {
    if let Ok(id) = Uuid::parse_str(handle.trim()) {
        return responder::Entity::find_by_id(id).one(db).await;
    }
    let fp: String = handle
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    responder::Entity::find()
        .filter(responder::Column::Fingerprint.eq(fp))
        .one(db)
        .await
}

/// What `responder add` stores.
pub struct NewResponder<'a> {
    pub team_id: Uuid,
    pub name: &'a str,
    pub email: &'a str,
    pub fingerprint: &'a str,
    pub cert: Vec<u8>,
    pub vetted: bool,
    pub today: NaiveDate,
}

/// Adds a responder (pending unless `vetted`) to a team.
pub async fn add_responder(
    db: &DatabaseConnection,
    n: NewResponder<'_>,
) -> Result<responder::Model, DbErr> {
    let txn = db.begin().await?;
    let r = add_responder_in(&txn, n).await?;
    txn.commit().await?;
    Ok(r)
}

/// As [`add_responder`], inside the caller's transaction.
pub async fn add_responder_in(
    txn: &impl ConnectionTrait,
    n: NewResponder<'_>,
) -> Result<responder::Model, DbErr> {
    let r = responder::ActiveModel {
        id: Set(crate::random::uuid()),
        name: Set(n.name.to_owned()),
        email: Set(n.email.to_owned()),
        fingerprint: Set(n.fingerprint.to_owned()),
        cert: Set(n.cert),
        vetted: Set(n.vetted),
        mode: Set("full".into()),
        created_day: Set(n.today),
        suspended: Set(false),
    }
    .insert(txn)
    .await?;
    team_member::ActiveModel {
        team_id: Set(n.team_id),
        responder_id: Set(r.id),
    }
    .insert(txn)
    .await?;
    bump_generation(txn).await?;
    Ok(r)
}

/// Sets a responder's delivery mode (`full` or `notice`).
pub async fn set_responder_mode(
    db: &DatabaseConnection,
    id: Uuid,
    mode: &str,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    responder::Entity::update_many()
        .col_expr(responder::Column::Mode, Expr::value(mode))
        .filter(responder::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    bump_generation(&txn).await?;
    txn.commit().await
}

/// Marks a responder as vetted, in the caller's transaction.
pub async fn vet_responder_in(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    responder::Entity::update_many()
        .col_expr(responder::Column::Vetted, Expr::value(true))
        .filter(responder::Column::Id.eq(id))
        .exec(db)
        .await?;
    bump_generation(db).await
}

/// Suspends a responder (nothing more is sealed to them) or reinstates one,
/// inside the caller's transaction. Suspending drops a reinstatement that
/// was waiting for approvals: it would undo this one.
pub async fn set_suspended_in(
    txn: &impl ConnectionTrait,
    id: Uuid,
    suspended: bool,
) -> Result<(), DbErr> {
    responder::Entity::update_many()
        .col_expr(responder::Column::Suspended, Expr::value(suspended))
        .filter(responder::Column::Id.eq(id))
        .exec(txn)
        .await?;
    if suspended {
        change::Entity::delete_many()
            .filter(change::Column::Kind.eq("reinstate"))
            .filter(change::Column::ResponderId.eq(id))
            .exec(txn)
            .await?;
    }
    bump_generation(txn).await
}

/// Removes a responder: their memberships, pending approvals and notice
/// log go with them, so nothing more is sealed to them; tips already
/// sealed to them are untouched. Their login is deleted (sessions with it),
/// unless it is an admin's, which stays as a login that receives nothing.
pub async fn remove_responder(db: &DatabaseConnection, id: Uuid) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    account::Entity::delete_many()
        .filter(account::Column::ResponderId.eq(id))
        .filter(account::Column::Role.ne("admin"))
        .exec(&txn)
        .await?;
    responder::Entity::delete_by_id(id).exec(&txn).await?;
    bump_generation(&txn).await?;
    txn.commit().await
}

// ---------------------------------------------------------------- routes

/// A route with the teams it names.
#[derive(Debug, Clone)]
pub struct RouteRow {
    pub route: route::Model,
    pub team_ids: Vec<Uuid>,
}

/// All routes by priority.
pub async fn routes(db: &impl ConnectionTrait) -> Result<Vec<RouteRow>, DbErr> {
    let rs = route::Entity::find()
        .order_by_asc(route::Column::Priority)
        .all(db)
        .await?;
    let links = route_team::Entity::find().all(db).await?;
    Ok(rs
        .into_iter()
        .map(|r| {
            let team_ids = links
                .iter()
                .filter(|l| l.route_id == r.id)
                .map(|l| l.team_id)
                .collect();
            RouteRow { route: r, team_ids }
        })
        .collect())
}

/// Adds a route and its teams.
pub async fn add_route(
    db: &DatabaseConnection,
    r: route::Model,
    team_ids: &[Uuid],
) -> Result<route::Model, DbErr> {
    let txn = db.begin().await?;
    let id = r.id;
    let m = route::ActiveModel::from(r).insert(&txn).await?;
    for t in team_ids {
        route_team::ActiveModel {
            route_id: Set(id),
            team_id: Set(*t),
        }
        .insert(&txn)
        .await?;
    }
    bump_generation(&txn).await?;
    txn.commit().await?;
    Ok(m)
}

/// Changes a route's name, criteria and priority (not its teams).
pub async fn update_route(db: &DatabaseConnection, r: route::Model) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    route::Entity::update_many()
        .col_expr(route::Column::Name, Expr::value(r.name))
        .col_expr(route::Column::Priority, Expr::value(r.priority))
        .col_expr(route::Column::Countries, Expr::value(r.countries))
        .col_expr(route::Column::Roles, Expr::value(r.roles))
        .col_expr(route::Column::Urgent, Expr::value(r.urgent))
        .col_expr(route::Column::Languages, Expr::value(r.languages))
        .filter(route::Column::Id.eq(r.id))
        .exec(&txn)
        .await?;
    bump_generation(&txn).await?;
    txn.commit().await
}

/// Deletes a route that is not the default; its team bindings and pending
/// approvals go with it, tips already routed keep the route's name.
/// `false` if there was no such route or it is the default.
pub async fn delete_route(db: &DatabaseConnection, id: Uuid) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    let res = route::Entity::delete_many()
        .filter(route::Column::Id.eq(id))
        .filter(route::Column::IsDefault.eq(false))
        .exec(&txn)
        .await?;
    bump_generation(&txn).await?;
    txn.commit().await?;
    Ok(res.rows_affected == 1)
}

/// Swaps the priorities of two routes (priorities are unique, so one
/// passes through a value no route uses).
pub async fn swap_priorities(db: &DatabaseConnection, a: Uuid, b: Uuid) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let (Some(ra), Some(rb)) = (
        route::Entity::find_by_id(a).one(&txn).await?,
        route::Entity::find_by_id(b).one(&txn).await?,
    ) else {
        return Ok(());
    };
    let lowest = route::Entity::find()
        .order_by_asc(route::Column::Priority)
        .one(&txn)
        .await?
        .map_or(0, |r| r.priority);
    let set = |id: Uuid, p: i32| {
        route::Entity::update_many()
            .col_expr(route::Column::Priority, Expr::value(p))
            .filter(route::Column::Id.eq(id))
    };
    set(a, lowest.saturating_sub(1)).exec(&txn).await?;
    set(b, ra.priority).exec(&txn).await?;
    set(a, rb.priority).exec(&txn).await?;
    bump_generation(&txn).await?;
    txn.commit().await
}

/// Stops a team receiving a route (at once: narrowing needs no approval),
/// and drops a pending binding of the two.
pub async fn unbind_team(db: &DatabaseConnection, route: Uuid, team: Uuid) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    route_team::Entity::delete_many()
        .filter(route_team::Column::RouteId.eq(route))
        .filter(route_team::Column::TeamId.eq(team))
        .exec(&txn)
        .await?;
    change::Entity::delete_many()
        .filter(change::Column::Kind.eq("bind"))
        .filter(change::Column::RouteId.eq(route))
        .filter(change::Column::TeamId.eq(team))
        .exec(&txn)
        .await?;
    bump_generation(&txn).await?;
    txn.commit().await
}

/// Takes a responder out of a team (at once), and drops a pending join.
pub async fn leave_team(db: &DatabaseConnection, responder: Uuid, team: Uuid) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    team_member::Entity::delete_many()
        .filter(team_member::Column::ResponderId.eq(responder))
        .filter(team_member::Column::TeamId.eq(team))
        .exec(&txn)
        .await?;
    change::Entity::delete_many()
        .filter(change::Column::Kind.eq("join"))
        .filter(change::Column::ResponderId.eq(responder))
        .filter(change::Column::TeamId.eq(team))
        .exec(&txn)
        .await?;
    bump_generation(&txn).await?;
    txn.commit().await
}

// ---------------------------------------------------------------- alerts

/// Records an admin alert (no report content, day only).
pub async fn add_alert(
    db: &impl ConnectionTrait,
    day: NaiveDate,
    kind: &str,
    message: &str,
) -> Result<(), DbErr> {
    add_alert_with_id(db, day, kind, message).await.map(|_| ())
}

/// Rewrites the message of an alert that is still open; `false` if it is
/// resolved or gone.
pub async fn update_open_alert(
    db: &impl ConnectionTrait,
    id: Uuid,
    message: &str,
) -> Result<bool, DbErr> {
    let res = alert::Entity::update_many()
        .col_expr(alert::Column::Message, Expr::value(message))
        .filter(alert::Column::Id.eq(id))
        .filter(alert::Column::Resolved.eq(false))
        .exec(db)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Records an admin alert and returns its id.
pub async fn add_alert_with_id(
    db: &impl ConnectionTrait,
    day: NaiveDate,
    kind: &str,
    message: &str,
) -> Result<Uuid, DbErr> {
    let id = crate::random::uuid();
    alert::ActiveModel {
        id: Set(id),
        day: Set(day),
        kind: Set(kind.to_owned()),
        message: Set(message.to_owned()),
        resolved: Set(false),
        mailed: Set(false),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// Whether the same alert is already open for `day`.
pub async fn open_alert_exists(
    db: &impl ConnectionTrait,
    day: NaiveDate,
    kind: &str,
    message: &str,
) -> Result<bool, DbErr> {
    Ok(alert::Entity::find()
        .filter(alert::Column::Day.eq(day))
        .filter(alert::Column::Kind.eq(kind))
        .filter(alert::Column::Message.eq(message))
        .filter(alert::Column::Resolved.eq(false))
        .one(db)
        .await?
        .is_some())
}

/// All alerts, newest day first.
pub async fn alerts(db: &impl ConnectionTrait) -> Result<Vec<alert::Model>, DbErr> {
    alert::Entity::find()
        .order_by_desc(alert::Column::Day)
        .order_by_asc(alert::Column::Kind)
        .all(db)
        .await
}

// ---------------------------------------------------------------- tips

/// Everything one accepted report writes, in one transaction.
pub struct NewTip {
    pub id: Uuid,
    pub day: NaiveDate,
    pub route_id: Uuid,
    pub route_name: String,
    pub urgent: bool,
    pub sealed: Vec<u8>,
    pub recipients: Vec<(Uuid, String)>,
    pub source_lookup: Vec<u8>,
    pub source_cert: Vec<u8>,
    pub token_nonce: Vec<u8>,
    pub token_expires: NaiveDate,
    pub alerts: Vec<(String, String)>,
    /// The routing generation the tip was sealed under: it is stored only
    /// if that is still the database's generation when it commits.
    pub generation: i64,
    /// One message per recipient, queued in the same transaction.
    pub mail: Vec<NewMail>,
    /// When the tip was accepted (unix seconds), for the outbox rows.
    pub queued_at: i64,
    /// The files sent with it, already sealed into the blob store.
    pub files: Vec<NewFile>,
    /// The encrypted body of its e-mail with the files inside, which the
    /// "full-files" copies share (kept until the last one is sent).
    pub mail_body: Option<Vec<u8>>,
}

/// A file of a new tip: its blob and the session-key packets for the
/// tip's recipients.
pub struct NewFile {
    pub blob: String,
    pub sealed_size: i64,
    pub session_keys: Vec<u8>,
}

/// A message queued for one recipient of a tip.
pub struct NewMail {
    pub responder_id: Uuid,
    pub fingerprint: String,
    pub email: String,
    /// `full` (carries `sealed`) or `notice`.
    pub kind: &'static str,
    /// The report sealed to this recipient alone (full mode).
    pub sealed: Option<Vec<u8>>,
    /// Random; the left part of the Message-ID.
    pub message_token: String,
    /// Not sent before this time (unix seconds): the delay window.
    pub not_before: i64,
}

/// Outcome of storing a tip.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Stored {
    /// Durably committed.
    New,
    /// The form token was already used: nothing was written.
    AlreadyReceived,
    /// Teams, responders or routes changed since the tip was sealed: nothing
    /// was written; seal again under the new routing.
    Stale,
}

/// One multi-row insert being built: its `VALUES` rows refer by number
/// to parameters in a list shared by every insert of the statement.
struct Insert {
    table: &'static str,
    cols: &'static str,
    rows: Vec<Vec<sea_orm::Value>>,
    /// Whether the rows get random rowids on SQLite (see [`Insert::sql`]).
    random_rowids: bool,
}

impl Insert {
    fn new(table: &'static str, cols: &'static str) -> Self {
        Self {
            table,
            cols,
            rows: Vec::new(),
            random_rowids: false,
        }
    }

    /// The rows of a table that outlives the day its tip arrived.
    fn kept(table: &'static str, cols: &'static str) -> Self {
        Self {
            random_rowids: true,
            ..Self::new(table, cols)
        }
    }

    /// Appends one row (its columns, then the generation guard).
    fn row(&mut self, row: Vec<sea_orm::Value>) {
        self.rows.push(row);
    }

    /// `INSERT … SELECT … FROM (VALUES …)`, keeping only the rows whose
    /// last column equals `guard`; the values go to the end of `params`.
    ///
    /// The order in which a day's reports arrived is kept nowhere: the
    /// rows go in shuffled (PostgreSQL's heap then holds a batch in random
    /// order), and on SQLite the rows of the tables a tip keeps (the tip,
    /// its source, its team rows) take a run of rowids starting at a
    /// random place ([`crate::random::rowid_run`]), so neither those
    /// tables nor an index ending in the rowid (`tips_by_day`) are in
    /// arrival order, and a batch costs one page split, not one per row. Messages waiting in the outbox carry the second they
    /// were queued and go within minutes, and used form tokens name no
    /// tip: random rowids there would cost a page write each (an insert in
    /// the middle of the table instead of at its end) and hide nothing.
    ///
    /// PostgreSQL numbers its placeholders (`$N`). SQLite gets plain `?`,
    /// bound in order: sqlx asks SQLite for the name of every numbered
    /// parameter, a lookup that scans the statement's whole list of names,
    /// so a batch of a few hundred `$N` cost time quadratic in its size
    /// (3.5% of the server's CPU under load, docs/PERFORMANCE.md).
    fn sql(self, guard: &str, numbered: bool, params: &mut Vec<sea_orm::Value>) -> String {
        use std::fmt::Write;
        let sqlite = !numbered && self.random_rowids;
        let cols = if sqlite {
            format!("rowid, {}", self.cols)
        } else {
            self.cols.to_owned()
        };
        let n = cols.split(',').count();
        let select: Vec<String> = (1..=n).map(|i| format!("v.column{i}")).collect();
        let mut rows = self.rows;
        crate::random::shuffle(&mut rows);
        if sqlite {
            let first = crate::random::rowid_run(rows.len());
            for (row, rowid) in rows.iter_mut().zip(first..) {
                row.insert(0, rowid.into());
            }
        }
        let mut values = String::new();
        for (r, row) in rows.into_iter().enumerate() {
            values.push_str(if r == 0 { "(" } else { ", (" });
            for (i, v) in row.into_iter().enumerate() {
                params.push(v);
                let sep = if i == 0 { "" } else { ", " };
                if numbered {
                    let _ = write!(values, "{sep}${}", params.len());
                } else {
                    let _ = write!(values, "{sep}?");
                }
            }
            values.push(')');
        }
        format!(
            "INSERT INTO {} ({}) SELECT {} FROM (VALUES {values}) AS v WHERE v.column{} = {guard}",
            self.table,
            cols,
            select.join(", "),
            n + 1
        )
    }
}

/// Stores sealed tips, their recipients, sources, used form tokens and
/// alerts in one transaction (one statement on PostgreSQL; on SQLite one
/// multi-statement query between `BEGIN IMMEDIATE` and `COMMIT`). Each
/// row is guarded by the routing generation its tip was sealed under, so a
/// tip sealed before a change to teams, responders or routes is not stored
/// (`Stale`). "Received" may be shown only after this returns `New`.
///
/// A used form token fails the whole batch with a unique violation; the
/// caller then stores the batch's tips one at a time.
pub async fn store_tips(db: &DatabaseConnection, tips: &[NewTip]) -> Result<Vec<Stored>, DbErr> {
    use sea_orm::Value;
    if tips.is_empty() {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let pg = matches!(backend, sea_orm::DatabaseBackend::Postgres);
    let mut tokens = Insert::new("used_tokens", "nonce, expires_day");
    let mut tip_rows = Insert::kept(
        "tips",
        "id, received_day, route_id, route_name, urgent, status, sealed",
    );
    let mut sources = Insert::kept("sources", "tip_id, lookup, cert");
    let mut tip_teams = Insert::kept(
        "tip_teams",
        "tip_id, team_id, received_day, urgent, status, fingerprints",
    );
    let mut alerts = Insert::new("alerts", "id, day, kind, message, resolved");
    let mut files = Insert::kept(
        "tip_files",
        "tip_id, number, blob, sealed_size, session_keys",
    );
    let mut mail_bodies = Insert::kept("tip_mail_bodies", "tip_id, body");
    let mut mail = Insert::new(
        "outbox",
        "id, tip_id, responder_id, fingerprint, email, kind, sealed, message_token, state, \
         attempts, queued_at, not_before, last_error",
    );
    for t in tips {
        let g = Value::from(t.generation);
        tokens.row(vec![
            t.token_nonce.clone().into(),
            t.token_expires.into(),
            g.clone(),
        ]);
        tip_rows.row(vec![
            t.id.into(),
            t.day.into(),
            Some(t.route_id).into(),
            t.route_name.clone().into(),
            t.urgent.into(),
            "new".into(),
            t.sealed.clone().into(),
            g.clone(),
        ]);
        sources.row(vec![
            t.id.into(),
            t.source_lookup.clone().into(),
            t.source_cert.clone().into(),
            g.clone(),
        ]);
        // Each team's row names the keys of that team the tip was sealed to.
        let mut teams: Vec<(Uuid, String)> = Vec::new();
        for (team, fp) in &t.recipients {
            match teams.iter_mut().find(|(t, _)| t == team) {
                Some((_, fps)) => {
                    fps.push(' ');
                    fps.push_str(fp);
                }
                None => teams.push((*team, fp.clone())),
            }
        }
        for (team, fps) in teams {
            tip_teams.row(vec![
                t.id.into(),
                team.into(),
                t.day.into(),
                t.urgent.into(),
                "new".into(),
                fps.into(),
                g.clone(),
            ]);
        }
        // One tip's messages get adjacent ids: one leaf of the outbox's
        // id index per report instead of one per message.
        let run = crate::random::bytes::<16>();
        for (i, m) in t.mail.iter().enumerate() {
            let id = match u16::try_from(i) {
                Ok(i) => crate::random::uuid_in_run(&run, i),
                Err(_) => crate::random::uuid(),
            };
            mail.row(vec![
                id.into(),
                Some(t.id).into(),
                Some(m.responder_id).into(),
                Some(m.fingerprint.clone()).into(),
                m.email.clone().into(),
                m.kind.into(),
                m.sealed.clone().into(),
                m.message_token.clone().into(),
                "pending".into(),
                0i32.into(),
                t.queued_at.into(),
                m.not_before.into(),
                Option::<String>::None.into(),
                g.clone(),
            ]);
        }
        for (i, f) in t.files.iter().enumerate() {
            files.row(vec![
                t.id.into(),
                i32::try_from(i + 1).unwrap_or(i32::MAX).into(),
                f.blob.clone().into(),
                f.sealed_size.into(),
                f.session_keys.clone().into(),
                g.clone(),
            ]);
        }
        if let Some(body) = &t.mail_body {
            mail_bodies.row(vec![t.id.into(), body.clone().into(), g.clone()]);
        }
        for (kind, message) in &t.alerts {
            alerts.row(vec![
                crate::random::uuid().into(),
                t.day.into(),
                kind.clone().into(),
                message.clone().into(),
                false.into(),
                g.clone(),
            ]);
        }
    }

    const CURRENT: &str = "(SELECT generation FROM instance WHERE id = 1)";
    let mut params: Vec<Value> = Vec::new();
    let inserts: Vec<String> = [
        tokens,
        tip_rows,
        sources,
        tip_teams,
        files,
        mail_bodies,
        mail,
        alerts,
    ]
    .into_iter()
    .filter(|i| !i.rows.is_empty())
    .map(|i| i.sql(CURRENT, pg, &mut params))
    .collect();
    let sql = if pg {
        // Data-modifying CTEs all run, in one statement and one snapshot.
        let ctes: Vec<String> = inserts
            .iter()
            .enumerate()
            .map(|(i, ins)| format!("w{i} AS ({ins})"))
            .collect();
        format!("WITH {} SELECT {CURRENT} AS generation", ctes.join(", "))
    } else {
        format!(
            "{}; SELECT generation FROM instance WHERE id = 1",
            inserts.join("; ")
        )
    };
    let stmt = sea_orm::Statement::from_sql_and_values(backend, sql, params);
    let rows = if pg {
        db.query_all_raw(stmt).await?
    } else {
        let txn = db
            .begin_with_options(sea_orm::TransactionOptions {
                sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
                ..Default::default()
            })
            .await?;
        let rows = txn.query_all_raw(stmt).await?;
        txn.commit().await?;
        rows
    };
    let current: i64 = match rows.last() {
        Some(r) => r.try_get("", "generation")?,
        None => return Err(DbErr::Custom("the instance row is missing".into())),
    };
    Ok(tips
        .iter()
        .map(|t| {
            if t.generation == current {
                Stored::New
            } else {
                Stored::Stale
            }
        })
        .collect())
}

/// The blob names of every file of every tip.
pub async fn file_blobs(db: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    tip_file::Entity::find()
        .select_only()
        .column(tip_file::Column::Blob)
        .into_tuple()
        .all(db)
        .await
}

/// The files of a tip, in the order its report lists them.
pub async fn tip_files(
    db: &impl ConnectionTrait,
    tip: Uuid,
) -> Result<Vec<tip_file::Model>, DbErr> {
    tip_file::Entity::find()
        .filter(tip_file::Column::TipId.eq(tip))
        .order_by_asc(tip_file::Column::Number)
        .all(db)
        .await
}

/// The number the next file of `tip` takes.
pub async fn next_file_number(db: &impl ConnectionTrait, tip: Uuid) -> Result<i32, DbErr> {
    let last: Option<i32> = tip_file::Entity::find()
        .select_only()
        .column_as(tip_file::Column::Number.max(), "number")
        .filter(tip_file::Column::TipId.eq(tip))
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten();
    Ok(last.unwrap_or(0) + 1)
}

/// Stores one tip; a used form token gives `AlreadyReceived`.
pub async fn store_tip(db: &DatabaseConnection, t: NewTip) -> Result<Stored, DbErr> {
    match store_tips(db, std::slice::from_ref(&t)).await {
        Ok(v) => Ok(v.into_iter().next().unwrap_or(Stored::Stale)),
        Err(e) if is_unique_violation(&e) => Ok(Stored::AlreadyReceived),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------- outbox

/// The next pending message due at `now`, locked for this transaction;
/// rows other transactions hold are skipped (PostgreSQL only).
pub async fn outbox_claim_locked(
    txn: &impl ConnectionTrait,
    now: i64,
) -> Result<Option<outbox::Model>, DbErr> {
    use sea_orm::sea_query::{LockBehavior, LockType};
    outbox::Entity::find()
        .filter(outbox::Column::State.eq("pending"))
        .filter(outbox::Column::NotBefore.lte(now))
        .order_by_asc(outbox::Column::NotBefore)
        .limit(1)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .one(txn)
        .await
}

/// Pending messages due at `now`, oldest first.
pub async fn outbox_due(
    db: &impl ConnectionTrait,
    now: i64,
    limit: u64,
) -> Result<Vec<outbox::Model>, DbErr> {
    outbox::Entity::find()
        .filter(outbox::Column::State.eq("pending"))
        .filter(outbox::Column::NotBefore.lte(now))
        .order_by_asc(outbox::Column::NotBefore)
        .limit(limit)
        .all(db)
        .await
}

/// When the next pending message falls due, if any.
pub async fn outbox_next_due(db: &impl ConnectionTrait) -> Result<Option<i64>, DbErr> {
    outbox::Entity::find()
        .select_only()
        .column(outbox::Column::NotBefore)
        .filter(outbox::Column::State.eq("pending"))
        .order_by_asc(outbox::Column::NotBefore)
        .limit(1)
        .into_tuple::<i64>()
        .one(db)
        .await
}

/// Removes a delivered message.
pub async fn outbox_delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    outbox::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Records an attempt: the row's new state, attempt count, next time and
/// last error (which never holds report content).
pub async fn outbox_update(
    db: &impl ConnectionTrait,
    id: Uuid,
    state: &str,
    attempts: i32,
    not_before: i64,
    last_error: Option<String>,
) -> Result<(), DbErr> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value(state))
        .col_expr(outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(outbox::Column::NotBefore, Expr::value(not_before))
        .col_expr(outbox::Column::LastError, Expr::value(last_error))
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// An outbox row as listed: no sealed bytes.
#[derive(Debug, Clone, sea_orm::FromQueryResult)]
pub struct OutboxSummary {
    pub id: Uuid,
    pub email: String,
    pub kind: String,
    pub state: String,
    pub attempts: i32,
    pub queued_at: i64,
    pub not_before: i64,
    pub last_error: Option<String>,
}

/// Ends a message's attempts (`failed` or `skipped`). It is kept, but its
/// times are cut to the day: only pending rows may carry finer times.
pub async fn outbox_settle(
    db: &impl ConnectionTrait,
    id: Uuid,
    state: &str,
    attempts: i32,
    last_error: Option<String>,
) -> Result<(), DbErr> {
    let day =
        Expr::col(outbox::Column::QueuedAt).sub(Expr::col(outbox::Column::QueuedAt).modulo(86_400));
    outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value(state))
        .col_expr(outbox::Column::Attempts, Expr::value(attempts))
        .col_expr(outbox::Column::QueuedAt, day.clone())
        .col_expr(outbox::Column::NotBefore, day)
        .col_expr(outbox::Column::LastError, Expr::value(last_error))
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every outbox row without its sealed bytes, oldest first.
pub async fn outbox_rows(db: &impl ConnectionTrait) -> Result<Vec<OutboxSummary>, DbErr> {
    outbox::Entity::find()
        .select_only()
        .columns([
            outbox::Column::Id,
            outbox::Column::Email,
            outbox::Column::Kind,
            outbox::Column::State,
            outbox::Column::Attempts,
            outbox::Column::QueuedAt,
            outbox::Column::NotBefore,
            outbox::Column::LastError,
        ])
        .order_by_asc(outbox::Column::QueuedAt)
        .into_model::<OutboxSummary>()
        .all(db)
        .await
}

/// Puts failed (or skipped) messages back in the queue: one by id, or
/// every failed one. Returns how many.
pub async fn outbox_requeue(
    db: &impl ConnectionTrait,
    id: Option<Uuid>,
    now: i64,
) -> Result<u64, DbErr> {
    // Queued anew: the give-up period starts again.
    let mut q = outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value("pending"))
        .col_expr(outbox::Column::NotBefore, Expr::value(now))
        .col_expr(outbox::Column::QueuedAt, Expr::value(now))
        .col_expr(outbox::Column::Attempts, Expr::value(0))
        .filter(outbox::Column::State.ne("pending"));
    q = match id {
        Some(id) => q.filter(outbox::Column::Id.eq(id)),
        None => q.filter(outbox::Column::State.eq("failed")),
    };
    Ok(q.exec(db).await?.rows_affected)
}

/// When `responder` last got a notice (digest mode), locked on PostgreSQL
/// when `lock` is set so that two senders cannot both send one.
pub async fn notice_last_sent(
    db: &impl ConnectionTrait,
    responder: Uuid,
    lock: bool,
) -> Result<Option<i64>, DbErr> {
    use sea_orm::sea_query::LockType;
    if lock {
        // The responder's row, which exists even before a first notice.
        // NO KEY UPDATE: team memberships (foreign keys) are not blocked.
        responder::Entity::find_by_id(responder)
            .lock(LockType::NoKeyUpdate)
            .one(db)
            .await?;
    }
    Ok(notice_log::Entity::find_by_id(responder)
        .one(db)
        .await?
        .map(|r| r.last_sent))
}

/// Records a notice sent to `responder` at `now` and drops the other
/// notices for it queued before that second: the one sent covers them. Rows another
/// sender holds are left alone (it will find them covered).
pub async fn notice_sent(
    db: &impl ConnectionTrait,
    responder: Uuid,
    now: i64,
    except: Uuid,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::{LockBehavior, LockType, OnConflict, Query};
    notice_log::Entity::insert(notice_log::ActiveModel {
        responder_id: Set(responder),
        last_sent: Set(now),
    })
    .on_conflict(
        OnConflict::column(notice_log::Column::ResponderId)
            .update_column(notice_log::Column::LastSent)
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    let mut covered = Query::select();
    covered
        .column(outbox::Column::Id)
        .from(outbox::Entity)
        .and_where(outbox::Column::ResponderId.eq(responder))
        .and_where(outbox::Column::Kind.eq("notice"))
        .and_where(outbox::Column::State.eq("pending"))
        .and_where(outbox::Column::QueuedAt.lt(now))
        .and_where(outbox::Column::Id.ne(except));
    if matches!(
        db.get_database_backend(),
        sea_orm::DatabaseBackend::Postgres
    ) {
        covered.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
    }
    outbox::Entity::delete_many()
        .filter(outbox::Column::Id.in_subquery(covered))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets used tokens that can no longer be replayed.
pub async fn purge_tokens(db: &impl ConnectionTrait, today: NaiveDate) -> Result<u64, DbErr> {
    Ok(used_token::Entity::delete_many()
        .filter(used_token::Column::ExpiresDay.lt(today))
        .exec(db)
        .await?
        .rows_affected)
}

/// A tip as listed (no sealed bytes).
#[derive(Debug, Clone)]
pub struct TipSummary {
    pub id: Uuid,
    pub received_day: NaiveDate,
    pub route_name: String,
    pub urgent: bool,
    pub status: String,
}

/// Tips, newest day first.
pub async fn tips(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<TipSummary>, DbErr> {
    let rows: Vec<(Uuid, NaiveDate, String, bool, String)> = tip::Entity::find()
        .select_only()
        .columns([
            tip::Column::Id,
            tip::Column::ReceivedDay,
            tip::Column::RouteName,
            tip::Column::Urgent,
            tip::Column::Status,
        ])
        .order_by_desc(tip::Column::ReceivedDay)
        .order_by_asc(tip::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, received_day, route_name, urgent, status)| TipSummary {
                id,
                received_day,
                route_name,
                urgent,
                status,
            },
        )
        .collect())
}

/// The sealed bytes of a tip.
/// The encrypted body a tip's "full-files" e-mail copies share.
pub async fn tip_mail_body(db: &impl ConnectionTrait, tip: Uuid) -> Result<Option<Vec<u8>>, DbErr> {
    Ok(tip_mail_body::Entity::find_by_id(tip)
        .one(db)
        .await?
        .map(|b| b.body))
}

/// Removes a tip's shared mail body once no "full-files" copy is left to send.
pub async fn drop_mail_body_if_sent(db: &impl ConnectionTrait, tip: Uuid) -> Result<(), DbErr> {
    use sea_orm::PaginatorTrait;
    let waiting = outbox::Entity::find()
        .filter(outbox::Column::TipId.eq(tip))
        .filter(outbox::Column::Kind.eq("full-files"))
        .count(db)
        .await?;
    if waiting == 0 {
        tip_mail_body::Entity::delete_by_id(tip).exec(db).await?;
    }
    Ok(())
}

pub async fn tip_sealed(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Vec<u8>>, DbErr> {
    Ok(tip::Entity::find_by_id(id).one(db).await?.map(|t| t.sealed))
}

/// The sealed bytes of the given tips, by id (those that exist).
pub async fn tips_sealed(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, Vec<u8>>, DbErr> {
    let mut out = std::collections::HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let rows: Vec<(Uuid, Vec<u8>)> = tip::Entity::find()
            .select_only()
            .columns([tip::Column::Id, tip::Column::Sealed])
            .filter(tip::Column::Id.is_in(chunk.to_vec()))
            .into_tuple()
            .all(db)
            .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// The recipients recorded for a tip: (team, key fingerprint) pairs.
pub async fn tip_recipients(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Vec<(Uuid, String)>, DbErr> {
    Ok(tip_team::Entity::find()
        .filter(tip_team::Column::TipId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .flat_map(|row| {
            let team = row.team_id;
            row.fingerprints
                .split_whitespace()
                .map(|fp| (team, fp.to_owned()))
                .collect::<Vec<_>>()
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One integer pragma's value on a connection of `db`.
    async fn pragma(db: &DatabaseConnection, name: &str) -> i64 {
        let stmt = sea_orm::Statement::from_string(
            sea_orm::DatabaseBackend::Sqlite,
            format!("PRAGMA {name}"),
        );
        let rows = db
            .query_all_raw(stmt)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        rows.first()
            .and_then(|r| r.try_get_by_index::<i64>(0).ok())
            .unwrap_or_else(|| panic!("PRAGMA {name} gave no integer"))
    }

    #[tokio::test]
    async fn sqlite_connections_are_durable_and_keep_temporary_data_in_memory() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let url = format!("sqlite://{}/t.db?mode=rwc", dir.path().display());
        let pool = connect(&url).await.unwrap_or_else(|e| panic!("{e}"));
        let writer = intake_writer(&url).await.unwrap_or_else(|e| panic!("{e}"));
        for db in [&pool, &writer] {
            // FULL (2): a commit is on disk before it is reported.
            assert_eq!(pragma(db, "synchronous").await, 2);
            assert_eq!(pragma(db, "secure_delete").await, 1);
            // MEMORY (2): statement journals never reach /var/tmp.
            assert_eq!(pragma(db, "temp_store").await, 2);
            assert_eq!(pragma(db, "foreign_keys").await, 1);
        }
    }

    #[test]
    fn serve_says_when_nagle_stays_on() {
        let tcp = "postgres://tipline@db.example/tipline";
        assert!(nodelay_warning(tcp, || false).is_some_and(|w| w.contains("Unix socket")));
        assert_eq!(nodelay_warning(tcp, || true), None);
        let socket = "postgres://tipline@localhost/tipline?host=/var/run/postgresql";
        assert_eq!(nodelay_warning(socket, || false), None);
        assert_eq!(nodelay_warning("sqlite://data/t.db", || false), None);
        // On this machine (Linux) the workaround works, so nothing is said.
        assert!(nodelay_works());
    }

    #[test]
    fn nagle_is_turned_off_on_open_tcp_sockets() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let addr = listener.local_addr().unwrap_or_else(|e| panic!("{e}"));
        let client = std::net::TcpStream::connect(addr).unwrap_or_else(|e| panic!("{e}"));
        assert!(!client.nodelay().unwrap_or(true), "Nagle is on by default");
        assert!(nodelay_tcp_sockets() >= 1);
        assert!(
            client.nodelay().unwrap_or(false),
            "our own socket now has TCP_NODELAY"
        );
    }
}
