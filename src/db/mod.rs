//! The database: connection (SQLite or PostgreSQL from one URL), migrations
//! and the queries each module needs. Only sealed bytes and routing/triage
//! metadata ever reach it.

pub mod entities;

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
/// keys on and a busy timeout so concurrent writers wait instead of failing.
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
        opt.map_sqlx_sqlite_opts(|o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(30))
                .foreign_keys(true)
        });
    } else {
        opt.max_connections(16).min_connections(1);
    }
    let db = Database::connect(opt).await.map_err(|e| {
        anyhow::anyhow!(
            "cannot open the database: {}",
            redact_url_error(&e.to_string(), url)
        )
    })?;
    Ok(db)
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
    let r = responder::ActiveModel {
        id: Set(crate::random::uuid()),
        name: Set(n.name.to_owned()),
        email: Set(n.email.to_owned()),
        fingerprint: Set(n.fingerprint.to_owned()),
        cert: Set(n.cert),
        vetted: Set(n.vetted),
        mode: Set("full".into()),
        created_day: Set(n.today),
    }
    .insert(&txn)
    .await?;
    team_member::ActiveModel {
        team_id: Set(n.team_id),
        responder_id: Set(r.id),
    }
    .insert(&txn)
    .await?;
    bump_generation(&txn).await?;
    txn.commit().await?;
    Ok(r)
}

/// Marks a responder as vetted.
pub async fn vet_responder(db: &DatabaseConnection, id: Uuid) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    responder::Entity::update_many()
        .col_expr(responder::Column::Vetted, Expr::value(true))
        .filter(responder::Column::Id.eq(id))
        .exec(&txn)
        .await?;
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

// ---------------------------------------------------------------- alerts

/// Records an admin alert (no report content, day only).
pub async fn add_alert(
    db: &impl ConnectionTrait,
    day: NaiveDate,
    kind: &str,
    message: &str,
) -> Result<(), DbErr> {
    alert::ActiveModel {
        id: Set(crate::random::uuid()),
        day: Set(day),
        kind: Set(kind.to_owned()),
        message: Set(message.to_owned()),
        resolved: Set(false),
    }
    .insert(db)
    .await?;
    Ok(())
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
}

/// Outcome of storing a tip.
#[derive(Debug, PartialEq, Eq)]
pub enum Stored {
    /// Durably committed.
    New,
    /// The form token was already used: nothing was written.
    AlreadyReceived,
}

/// Stores a sealed tip, its recipients, its source and the used form token
/// in one transaction; "received" may be shown only after this returns `New`.
pub async fn store_tip(db: &DatabaseConnection, t: NewTip) -> Result<Stored, DbErr> {
    // Inserts without reading rows back, recipients in one statement: each
    // statement is a round trip, and on SQLite a hop to its worker thread.
    let txn = db.begin().await?;
    let token = used_token::ActiveModel {
        nonce: Set(t.token_nonce),
        expires_day: Set(t.token_expires),
    };
    match used_token::Entity::insert(token)
        .exec_without_returning(&txn)
        .await
    {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => {
            txn.rollback().await?;
            return Ok(Stored::AlreadyReceived);
        }
        Err(e) => return Err(e),
    }
    tip::Entity::insert(tip::ActiveModel {
        id: Set(t.id),
        received_day: Set(t.day),
        route_id: Set(Some(t.route_id)),
        route_name: Set(t.route_name),
        urgent: Set(t.urgent),
        status: Set("new".into()),
        sealed: Set(t.sealed),
    })
    .exec_without_returning(&txn)
    .await?;
    if !t.recipients.is_empty() {
        tip_recipient::Entity::insert_many(t.recipients.into_iter().map(|(team_id, fp)| {
            tip_recipient::ActiveModel {
                tip_id: Set(t.id),
                team_id: Set(team_id),
                fingerprint: Set(fp),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    source::Entity::insert(source::ActiveModel {
        id: Set(crate::random::uuid()),
        tip_id: Set(t.id),
        lookup: Set(t.source_lookup),
        cert: Set(t.source_cert),
    })
    .exec_without_returning(&txn)
    .await?;
    for (kind, message) in t.alerts {
        add_alert(&txn, t.day, &kind, &message).await?;
    }
    txn.commit().await?;
    Ok(Stored::New)
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
pub async fn tip_sealed(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Vec<u8>>, DbErr> {
    Ok(tip::Entity::find_by_id(id).one(db).await?.map(|t| t.sealed))
}

/// The recipients recorded for a tip.
pub async fn tip_recipients(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Vec<tip_recipient::Model>, DbErr> {
    tip_recipient::Entity::find()
        .filter(tip_recipient::Column::TipId.eq(id))
        .all(db)
        .await
}
