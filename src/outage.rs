//! Storage failures: why the database refused a write, how many writes it
//! refused while the failure lasted, and the admin alert that says so once
//! the database takes writes again. While the database is full, read-only
//! or gone, the alert cannot be stored; it is kept here, in memory, and
//! written (then mailed to the admins like every alert) as soon as it can.

use crate::db::{self, Db};
use chrono::NaiveDate;
use sea_orm::DbErr;
use std::sync::Mutex;

/// Why the database refused a write, as far as its error tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// No space left (SQLite `SQLITE_FULL`, PostgreSQL class 53).
    DiskFull,
    /// The database file or server refuses writes.
    ReadOnly,
    /// The disk reported an input/output error.
    Io,
    /// The database could not be reached (connection lost, server down).
    Unavailable,
    /// Anything else.
    Other,
}

impl Cause {
    /// Classifies a database error. Reads only the error's codes and kind,
    /// never its message.
    pub fn of(e: &DbErr) -> Self {
        use sea_orm::{RuntimeErr, sqlx};
        let runtime = match e {
            DbErr::Conn(r) | DbErr::Exec(r) | DbErr::Query(r) => r,
            DbErr::ConnectionAcquire(_) => return Self::Unavailable,
            _ => return Self::Other,
        };
        let RuntimeErr::SqlxError(sqlx_err) = runtime else {
            return Self::Other;
        };
        match sqlx_err.as_ref() {
            sqlx::Error::Database(d) => {
                let code = d.code().unwrap_or_default();
                if d.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                    Self::of_sqlite(&code)
                } else {
                    Self::of_sqlstate(&code)
                }
            }
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::Protocol(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed => Self::Unavailable,
            _ => Self::Other,
        }
    }

    /// The database's own code for the error (an SQLite result code or a
    /// PostgreSQL SQLSTATE), for the log.
    pub fn code(e: &DbErr) -> Option<String> {
        use sea_orm::{RuntimeErr, sqlx};
        match e {
            DbErr::Conn(RuntimeErr::SqlxError(x))
            | DbErr::Exec(RuntimeErr::SqlxError(x))
            | DbErr::Query(RuntimeErr::SqlxError(x)) => match x.as_ref() {
                sqlx::Error::Database(d) => d.code().map(|c| c.into_owned()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Classifies an SQLite result code (decimal, extended or primary).
    fn of_sqlite(code: &str) -> Self {
        // The primary code is the low byte of an extended one.
        match code.parse::<u32>().map(|n| n & 0xff) {
            Ok(13) => Self::DiskFull,            // SQLITE_FULL
            Ok(8) => Self::ReadOnly,             // SQLITE_READONLY
            Ok(10 | 11 | 26) => Self::Io,        // SQLITE_IOERR, _CORRUPT, _NOTADB
            Ok(5 | 6 | 14) => Self::Unavailable, // SQLITE_BUSY, _LOCKED, _CANTOPEN
            _ => Self::Other,
        }
    }

    /// Classifies a PostgreSQL SQLSTATE.
    fn of_sqlstate(code: &str) -> Self {
        match code {
            "25006" => Self::ReadOnly,                  // read_only_sql_transaction
            c if c.starts_with("53") => Self::DiskFull, // insufficient resources
            c if c.starts_with("58") => Self::Io,       // system error (I/O)
            c if c.starts_with("08") || c.starts_with("57P") => Self::Unavailable,
            _ => Self::Other,
        }
    }

    /// Words for the admin alert.
    pub fn describe(self) -> &'static str {
        match self {
            Self::DiskFull => "the disk is full",
            Self::ReadOnly => "the database refuses writes (read-only)",
            Self::Io => "the disk reported an input/output error",
            Self::Unavailable => "the database could not be reached",
            Self::Other => "the database refused the write",
        }
    }
}

/// What was refused: each kind is counted separately in the alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// A source's report.
    Report,
    /// A source's follow-up message, or the session that lets them read replies.
    Followup,
    /// A responder's reply, note, triage change or login.
    Responder,
    /// Recording a delivered or failed message in the outbox.
    Outbox,
}

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    reports: u64,
    followups: u64,
    responders: u64,
    outbox: u64,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.reports += o.reports;
        self.followups += o.followups;
        self.responders += o.responders;
        self.outbox += o.outbox;
    }
}

#[derive(Debug, Clone)]
struct Failure {
    day: NaiveDate,
    /// Each cause seen, in the order first seen.
    causes: Vec<Cause>,
    counts: Counts,
}

impl Failure {
    fn add_cause(&mut self, c: Cause) {
        if !self.causes.contains(&c) {
            self.causes.push(c);
        }
    }

    fn merge(&mut self, o: &Failure) {
        self.counts.add(&o.counts);
        for c in &o.causes {
            self.add_cause(*c);
        }
    }
}

/// The alert already stored for today's failures: later ones are added
/// to it rather than raising a new alert every few seconds.
#[derive(Debug)]
struct Told {
    id: uuid::Uuid,
    failure: Failure,
}

#[derive(Debug, Default)]
struct State {
    /// Refused writes not yet in any alert.
    pending: Option<Failure>,
    told: Option<Told>,
}

/// The storage failures of one process, not yet told to the admins.
#[derive(Debug, Default)]
pub struct Outage {
    state: Mutex<State>,
    wake: tokio::sync::Notify,
}

impl Outage {
    /// Counts a refused write and its cause.
    pub fn record(&self, what: Write, cause: Cause, today: NaiveDate) {
        let mut s = self.lock();
        let f = s.pending.get_or_insert_with(|| Failure {
            day: today,
            causes: Vec::new(),
            counts: Counts::default(),
        });
        f.add_cause(cause);
        let c = &mut f.counts;
        match what {
            Write::Report => c.reports += 1,
            Write::Followup => c.followups += 1,
            Write::Responder => c.responders += 1,
            Write::Outbox => c.outbox += 1,
        }
        drop(s);
        self.wake.notify_one();
    }

    /// Whether refused writes wait to be told.
    pub fn pending(&self) -> bool {
        self.lock().pending.is_some()
    }

    /// Stores the alert for the failures counted so far: today's open
    /// storage alert of this process gets the new totals, or a new alert
    /// is raised (and mailed to the admins). The counts are forgotten only
    /// once stored. `Ok(false)` when there was nothing to tell.
    pub async fn flush(&self, db: &Db) -> Result<bool, DbErr> {
        let (new, told) = {
            let mut s = self.lock();
            let Some(new) = s.pending.take() else {
                return Ok(false);
            };
            (new, s.told.take())
        };
        let result = async {
            if let Some(t) = told.as_ref().filter(|t| t.failure.day == new.day) {
                let mut total = t.failure.clone();
                total.merge(&new);
                if db::update_open_alert(db, t.id, &message(&total)).await? {
                    return Ok(Told {
                        id: t.id,
                        failure: total,
                    });
                }
            }
            let id = db::add_alert_with_id(db, new.day, "storage-failed", &message(&new)).await?;
            Ok(Told {
                id,
                failure: new.clone(),
            })
        }
        .await;
        let mut s = self.lock();
        match result {
            Ok(t) => {
                s.told = Some(t);
                Ok(true)
            }
            Err(e) => {
                // Put the counts back, with any refused meanwhile.
                match s.pending.as_mut() {
                    Some(newer) => {
                        newer.day = new.day;
                        newer.merge(&new);
                    }
                    None => s.pending = Some(new),
                }
                s.told = told;
                Err(e)
            }
        }
    }

    /// Runs forever in `serve`: after a failure, tries every few seconds
    /// to store its alert.
    pub async fn run(&self, db: Db) {
        loop {
            if !self.pending() {
                self.wake.notified().await;
            }
            // Let a burst of failures gather into one alert.
            tokio::time::sleep(FLUSH_EVERY).await;
            match self.flush(&db).await {
                Ok(true) => tracing::warn!(kind = "storage-failed", "admin alert"),
                Ok(false) => {}
                Err(e) => tracing::debug!(
                    cause = Cause::of(&e).describe(),
                    "storage alert not stored yet; retrying"
                ),
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// How often a pending storage alert is tried.
const FLUSH_EVERY: std::time::Duration = std::time::Duration::from_secs(3);

fn message(f: &Failure) -> String {
    let c = &f.counts;
    let mut parts = Vec::new();
    for (n, one, many) in [
        (c.reports, "report", "reports"),
        (
            c.followups,
            "follow-up message or session",
            "follow-up messages or sessions",
        ),
        (c.responders, "responder action", "responder actions"),
        (c.outbox, "outbox update", "outbox updates"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    }
    format!(
        "Storage failed ({}): {} could not be stored since {}. Each was refused: sources \
         were told that nothing was kept and asked to try again. Check the disk and the \
         database; writes resume by themselves once they work.",
        f.causes
            .iter()
            .map(|c| c.describe())
            .collect::<Vec<_>>()
            .join("; "),
        parts.join(", "),
        f.day
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_and_postgres_codes_are_classified() {
        assert_eq!(Cause::of_sqlite("13"), Cause::DiskFull);
        assert_eq!(Cause::of_sqlite("8"), Cause::ReadOnly);
        // SQLITE_READONLY_DBMOVED (1032) and SQLITE_IOERR_WRITE (778).
        assert_eq!(Cause::of_sqlite("1032"), Cause::ReadOnly);
        assert_eq!(Cause::of_sqlite("778"), Cause::Io);
        assert_eq!(Cause::of_sqlite("19"), Cause::Other);
        assert_eq!(Cause::of_sqlstate("53100"), Cause::DiskFull);
        assert_eq!(Cause::of_sqlstate("25006"), Cause::ReadOnly);
        assert_eq!(Cause::of_sqlstate("57P01"), Cause::Unavailable);
        assert_eq!(Cause::of_sqlstate("08006"), Cause::Unavailable);
        assert_eq!(Cause::of_sqlstate("23505"), Cause::Other);
    }

    #[test]
    fn the_alert_counts_each_kind_and_names_no_content() {
        let o = Outage::default();
        let day = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap_or_default();
        for _ in 0..3 {
            o.record(Write::Report, Cause::Io, day);
        }
        o.record(Write::Responder, Cause::DiskFull, day);
        let s = o.lock();
        let text = s.pending.as_ref().map(message).unwrap_or_default();
        assert!(text.contains("3 reports"), "{text}");
        assert!(text.contains("1 responder action"), "{text}");
        assert!(
            text.contains("input/output error; the disk is full"),
            "{text}"
        );
        assert!(text.contains("2026-12-06"), "{text}");
    }
}
