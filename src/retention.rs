//! Retention: a tip is deleted once every team it was sent to has kept it
//! closed for `retention_closed_days` (default 90), and in any case
//! `retention_max_days` (default 365) after it arrived. A tip whose mail is
//! still undelivered is kept, with an admin alert, until
//! `retention_hold_days` (default 730), then deleted all the same.
//!
//! Deleting a tip takes everything tied to it: the sealed copy, its
//! recipients, the source's lookup value and certificate (one per tip),
//! triage state, labels, sealed notes, outbox rows and the `.eml` files
//! written for it. SQLite overwrites deleted content (`secure_delete`, set
//! on every connection), and after a purge the database is vacuumed and
//! its write-ahead log truncated; PostgreSQL tables are vacuumed (see
//! README for what that does and does not erase). Copies already in
//! responders' mailboxes are beyond our reach.

use crate::config::Config;
use crate::db::{self, entities::*};
use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait,
    QueryFilter, QuerySelect, TransactionTrait,
};
use std::collections::HashSet;
use std::path::Path;
use uuid::Uuid;

/// How long tips are kept, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// After every team closed it.
    pub closed_days: u32,
    /// After it arrived, whatever its state.
    pub max_days: u32,
    /// After it arrived, even with mail undelivered.
    pub hold_days: u32,
}

impl Policy {
    /// The policy the configuration sets.
    pub fn from_config(c: &Config) -> Self {
        Self {
            closed_days: c.retention_closed_days,
            max_days: c.retention_max_days,
            hold_days: c.retention_hold_days,
        }
    }
}

/// What a purge did (or, dry, would do).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    /// Tips deleted.
    pub deleted: usize,
    /// Tips past retention kept because their mail is undelivered.
    pub held: usize,
    /// `.eml` files removed.
    pub files: usize,
    /// Sealed attachment blobs removed.
    pub blobs: usize,
}

/// Tips deleted per transaction.
const BATCH: usize = 200;

fn days_before(today: NaiveDate, days: u32) -> NaiveDate {
    today - chrono::Duration::days(i64::from(days))
}

/// The tips retention is due for on `today`, with the day each arrived.
async fn due(
    db: &impl ConnectionTrait,
    policy: &Policy,
    today: NaiveDate,
) -> Result<Vec<(Uuid, NaiveDate)>, DbErr> {
    let closed_cut = days_before(today, policy.closed_days);
    // Closed by every team it was sent to, each long enough ago: the tips
    // with a row closed before the cut, less those with any other row.
    let closed_long_ago = || {
        Condition::all()
            .add(tip_team::Column::Status.eq("closed"))
            .add(tip_team::Column::ClosedDay.lte(closed_cut))
    };
    let some: Vec<Uuid> = tip_team::Entity::find()
        .select_only()
        .column(tip_team::Column::TipId)
        .distinct()
        .filter(closed_long_ago())
        .into_tuple()
        .all(db)
        .await?;
    let mut closed = Vec::new();
    for chunk in some.chunks(BATCH) {
        let open: HashSet<Uuid> = tip_team::Entity::find()
            .select_only()
            .column(tip_team::Column::TipId)
            .filter(tip_team::Column::TipId.is_in(chunk.iter().copied()))
            .filter(
                Condition::any()
                    .add(tip_team::Column::Status.ne("closed"))
                    .add(tip_team::Column::ClosedDay.is_null())
                    .add(tip_team::Column::ClosedDay.gt(closed_cut)),
            )
            .into_tuple::<Uuid>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        closed.extend(chunk.iter().filter(|id| !open.contains(id)).copied());
    }
    let mut out: Vec<(Uuid, NaiveDate)> = tip::Entity::find()
        .select_only()
        .column(tip::Column::Id)
        .column(tip::Column::ReceivedDay)
        .filter(tip::Column::ReceivedDay.lte(days_before(today, policy.max_days)))
        .into_tuple()
        .all(db)
        .await?;
    let aged: HashSet<Uuid> = out.iter().map(|(id, _)| *id).collect();
    let closed: Vec<Uuid> = closed.into_iter().filter(|id| !aged.contains(id)).collect();
    for chunk in closed.chunks(BATCH) {
        let rows: Vec<(Uuid, NaiveDate)> = tip::Entity::find()
            .select_only()
            .column(tip::Column::Id)
            .column(tip::Column::ReceivedDay)
            .filter(tip::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// Deletes the tips retention is due for on `today` (with `dry_run`, only
/// counts them), and the `.eml` files written for them under `mail_dir`.
pub async fn purge(
    db: &DatabaseConnection,
    policy: &Policy,
    data_dir: &Path,
    today: NaiveDate,
    dry_run: bool,
) -> Result<Purged, DbErr> {
    let mail_dir = &data_dir.join("mail");
    let mut done = Purged::default();
    let mut blobs: Vec<String> = Vec::new();
    let hold_cut = days_before(today, policy.hold_days);
    let candidates = due(db, policy, today).await?;
    let mut deleted: HashSet<String> = HashSet::new();
    for chunk in candidates.chunks(BATCH) {
        let ids: Vec<Uuid> = chunk.iter().map(|(id, _)| *id).collect();
        let undelivered: HashSet<Uuid> = outbox::Entity::find()
            .select_only()
            .column(outbox::Column::TipId)
            .filter(outbox::Column::TipId.is_in(ids.iter().copied()))
            // Mail waiting to be sent, or given up on but kept for a retry;
            // a skipped message (its responder gone) will never be sent.
            .filter(outbox::Column::State.is_in(["pending", "failed"]))
            .into_tuple::<Option<Uuid>>()
            .all(db)
            .await?
            .into_iter()
            .flatten()
            .collect();
        let (go, keep): (Vec<_>, Vec<_>) = chunk
            .iter()
            .partition(|(id, day)| !undelivered.contains(id) || *day <= hold_cut);
        done.held += keep.len();
        if go.is_empty() {
            continue;
        }
        if !dry_run {
            let txn = db.begin().await?;
            // The files' blobs are removed once the deletion is committed.
            let named: Vec<String> = tip_file::Entity::find()
                .select_only()
                .column(tip_file::Column::Blob)
                .filter(tip_file::Column::TipId.is_in(go.iter().map(|(id, _)| *id)))
                .into_tuple()
                .all(&txn)
                .await?;
            outbox::Entity::delete_many()
                .filter(outbox::Column::TipId.is_in(go.iter().map(|(id, _)| *id)))
                .exec(&txn)
                .await?;
            // Recipients, source, triage, labels and notes go with the tip.
            tip::Entity::delete_many()
                .filter(tip::Column::Id.is_in(go.iter().map(|(id, _)| *id)))
                .exec(&txn)
                .await?;
            // The audit log keeps who did what, no longer to which tip.
            for (id, day) in &go {
                let named = format!("tip {id}");
                let entries = audit::Entity::find()
                    .filter(audit::Column::Day.gte(*day))
                    .filter(audit::Column::Detail.starts_with(&named))
                    .all(&txn)
                    .await?;
                for e in entries {
                    let detail = e.detail.replacen(&named, "a deleted tip", 1);
                    audit::Entity::update_many()
                        .col_expr(audit::Column::Detail, Expr::value(detail))
                        .filter(audit::Column::Id.eq(e.id))
                        .exec(&txn)
                        .await?;
                }
            }
            txn.commit().await?;
            blobs.extend(named);
        }
        done.deleted += go.len();
        deleted.extend(go.iter().map(|(id, _)| id.simple().to_string()));
    }
    if !dry_run {
        done.files = remove_mail_files(mail_dir, &deleted);
        done.blobs = remove_blobs(&data_dir.join("attachments"), &blobs);
        if done.deleted > 0 {
            db::accounts::audit(
                db,
                today,
                None,
                "retention",
                "purge",
                &format!("{} tip(s) deleted", done.deleted),
            )
            .await?;
            // The deletions are committed: a failure to compact is logged,
            // not reported as a failed purge.
            if let Err(e) = compact(db).await {
                tracing::warn!(error = %e, "retention: compacting the database failed");
            }
        }
        if done.held > 0 {
            alert_held(db, today, done.held, policy).await?;
        }
    }
    Ok(done)
}

/// Removes the sealed blobs of deleted tips' files. One that cannot be
/// removed now is logged, and the sweep at the next start removes it (no
/// tip names it any more).
fn remove_blobs(dir: &Path, names: &[String]) -> usize {
    if names.is_empty() {
        return 0;
    }
    let store = match crate::blobs::BlobStore::open(dir) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "retention: cannot open the attachment store");
            return 0;
        }
    };
    let mut removed = 0;
    for id in names.iter().filter_map(|n| crate::blobs::BlobId::parse(n)) {
        match store.remove(&id) {
            Ok(()) => removed += 1,
            Err(e) => {
                tracing::warn!(error = %e, "retention: an attachment blob stays until the next start")
            }
        }
    }
    removed
}

/// The `.eml` file name of a message about a tip starts with this.
pub fn mail_file_prefix(tip: Uuid) -> String {
    format!("tip-{}-", tip.simple())
}

/// Removes the `.eml` files (and unfinished temporary files) written for
/// the tips whose simple ids are in `tips`.
fn remove_mail_files(dir: &Path, tips: &HashSet<String>) -> usize {
    if tips.is_empty() {
        return 0;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        let name = name.trim_start_matches('.');
        let Some(rest) = name.strip_prefix("tip-") else {
            continue;
        };
        let Some((id, _)) = rest.split_once('-') else {
            continue;
        };
        if tips.contains(id) {
            match std::fs::remove_file(e.path()) {
                Ok(()) => removed += 1,
                Err(err) => tracing::warn!(error = %err, "could not remove a mail file"),
            }
        }
    }
    removed
}

/// Leaves nothing of the deleted rows readable where the database can
/// reach: SQLite is vacuumed and its write-ahead log truncated; PostgreSQL
/// tables are vacuumed so that the space is reused.
async fn compact(db: &DatabaseConnection) -> Result<(), DbErr> {
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            db.execute_unprepared("VACUUM").await?;
            db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
                .await?;
        }
        _ => {
            db.execute_unprepared(
                "VACUUM tips, sources, source_sessions, tip_teams, tip_labels, notes, messages, outbox, audit_log",
            )
            .await?;
        }
    }
    Ok(())
}

/// One alert a day while tips are held for undelivered mail.
async fn alert_held(
    db: &DatabaseConnection,
    today: NaiveDate,
    held: usize,
    policy: &Policy,
) -> Result<(), DbErr> {
    let already = alert::Entity::find()
        .filter(alert::Column::Kind.eq("retention-held"))
        .filter(alert::Column::Day.eq(today))
        .one(db)
        .await?
        .is_some();
    if already {
        return Ok(());
    }
    db::add_alert(
        db,
        today,
        "retention-held",
        &format!(
            "{held} tip(s) past retention are kept because mail about them is undelivered \
             (see `tipline outbox list`); each is deleted {} days after it arrived whatever happens",
            policy.hold_days
        ),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_files_of_deleted_tips_only_are_removed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let gone = crate::random::uuid();
        let kept = crate::random::uuid();
        let names = [
            format!("{}abc.eml", mail_file_prefix(gone)),
            format!(".{}def.eml.tmp", mail_file_prefix(gone)),
            format!("{}abc.eml", mail_file_prefix(kept)),
            "0123456789abcdef.eml".to_owned(),
        ];
        for n in &names {
            std::fs::write(dir.path().join(n), b"x").unwrap_or_else(|e| panic!("{e}"));
        }
        let tips = HashSet::from([gone.simple().to_string()]);
        assert_eq!(remove_mail_files(dir.path(), &tips), 2);
        let left: HashSet<String> = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left, HashSet::from([names[2].clone(), names[3].clone()]));
    }
}
