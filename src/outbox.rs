//! The outbox: delivers the messages that intake queued, in the same
//! transaction as each tip, to responders' inboxes.
//!
//! Delivery is at least once. A message is deleted right after the
//! server's 250 reply, so a crash can at worst resend one message, with
//! the same Message-ID (fixed when it was queued). On PostgreSQL each
//! message is claimed with `FOR UPDATE SKIP LOCKED` for the time it is
//! being sent, so several `serve` processes share one outbox and a
//! process that dies releases its claims at once. On SQLite one process
//! serves, and its senders claim messages in memory.

use crate::clock::Clock;
use crate::config::{Config, parse_duration};
use crate::db::{self, Db, entities::outbox};
use crate::intake::Intake;
use crate::mail::{Body, Mailer, SendError};
use crate::routing::Snapshot;
use sea_orm::{DatabaseBackend, TransactionTrait};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use uuid::Uuid;

/// Delivery settings, parsed from the configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    pub delay: Duration,
    pub digest: Duration,
    pub retry_base: Duration,
    pub retry_max: Duration,
    pub give_up: Duration,
    pub senders: u32,
    /// The responder dashboard, linked from notices.
    pub dashboard: Option<String>,
}

impl Settings {
    /// Reads the mail settings of `c` (already checked by `Config`).
    pub fn from_config(c: &Config) -> anyhow::Result<Self> {
        Ok(Self {
            delay: parse_duration(&c.mail_delay)?,
            digest: parse_duration(&c.mail_digest)?,
            retry_base: parse_duration(&c.mail_retry_base)?.max(Duration::from_secs(1)),
            retry_max: parse_duration(&c.mail_retry_max)?.max(Duration::from_secs(1)),
            give_up: parse_duration(&c.mail_give_up)?,
            senders: c.mail_senders,
            dashboard: c
                .public_url
                .as_deref()
                .map(|u| format!("{}/responder/", u.trim_end_matches('/'))),
        })
    }

    /// The wait before retry number `attempt` (1 = first retry): doubling
    /// from the base, capped, with jitter in its upper half so that many
    /// messages refused together do not return together.
    pub fn backoff(&self, attempt: i32) -> Duration {
        let exp = u32::try_from(attempt.saturating_sub(1).clamp(0, 30)).unwrap_or(0);
        let full = self
            .retry_base
            .saturating_mul(1u32 << exp.min(20))
            .min(self.retry_max);
        let ms = u32::try_from(full.as_millis()).unwrap_or(u32::MAX).max(2);
        Duration::from_millis(u64::from(ms / 2 + crate::random::below(ms / 2 + 1)))
    }
}

/// What became of one attempt.
enum Outcome {
    Sent,
    /// A notice already covered by one sent since it was queued.
    Covered,
    /// Wait until then without counting an attempt (digest period).
    Postpone(i64),
    Failed(SendError),
    /// Not sent: the responder can no longer receive (key expired or
    /// revoked, no longer vetted).
    Skipped(String),
}

/// What the digest decides for a notice.
enum Digest {
    Send,
    Covered,
    Wait(i64),
}

/// A message being delivered by one sender.
enum Claim {
    /// Held by this transaction's row lock until it commits.
    Locked(sea_orm::DatabaseTransaction, outbox::Model),
    /// Held in this process's set of messages in flight.
    InFlight(outbox::Model),
}

impl Claim {
    fn row(&self) -> &outbox::Model {
        match self {
            Claim::Locked(_, r) | Claim::InFlight(r) => r,
        }
    }
}

/// The delivery service of one `serve` process.
pub struct Outbox {
    db: Db,
    mailer: Arc<Mailer>,
    settings: Settings,
    clock: Arc<dyn Clock>,
    intake: Arc<Intake>,
    wake: Arc<Notify>,
    /// SQLite: messages being sent, with the responder of each notice.
    in_flight: tokio::sync::Mutex<HashMap<Uuid, Option<Uuid>>>,
}

impl Outbox {
    /// Builds the service; `wake` is what intake notifies after queueing.
    pub fn new(
        mailer: Arc<Mailer>,
        settings: Settings,
        clock: Arc<dyn Clock>,
        intake: Arc<Intake>,
        wake: Arc<Notify>,
    ) -> Self {
        Self {
            db: intake.db().clone(),
            mailer,
            settings,
            clock,
            intake,
            wake,
            in_flight: tokio::sync::Mutex::new(HashMap::new()),
        }
    }

    /// Starts the senders on the current runtime. A sender that panics
    /// is started again.
    pub fn spawn(self: Arc<Self>) {
        for _ in 0..self.settings.senders {
            let me = self.clone();
            tokio::spawn(async move {
                loop {
                    let one = me.clone();
                    if let Err(e) = tokio::spawn(async move { one.run().await }).await {
                        tracing::error!(error = %e, "outbox: a sender stopped; starting it again");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
            });
        }
    }

    fn is_postgres(&self) -> bool {
        matches!(self.db.get_database_backend(), DatabaseBackend::Postgres)
    }

    async fn run(&self) {
        loop {
            // Registered before looking, so that mail queued meanwhile wakes us.
            let woken = self.wake.notified();
            let sent = match self.step().await {
                Ok(sent) => sent,
                Err(e) => {
                    // A message sent whose row could not be deleted is sent
                    // again later, under its same Message-ID (at least once).
                    tracing::error!(error = %e, "outbox: database error");
                    let cause = crate::outage::Cause::of(&e);
                    self.intake.outage().record(
                        crate::outage::Write::Outbox,
                        cause,
                        self.clock.today(),
                    );
                    tokio::time::sleep(Duration::from_secs(2)).await;
                    false
                }
            };
            if sent {
                continue;
            }
            let wait = self.next_wait().await;
            let _ = tokio::time::timeout(wait, woken).await;
        }
    }

    /// How long to sleep when nothing is due: until the next message falls
    /// due, at most two seconds (other processes and `outbox retry` queue
    /// mail too, and do not wake this one).
    async fn next_wait(&self) -> Duration {
        let now = self.clock.now().timestamp();
        let cap = Duration::from_secs(2);
        match db::outbox_next_due(&self.db).await {
            Ok(Some(t)) if t > now => {
                Duration::from_secs(u64::try_from(t - now).unwrap_or(1)).min(cap)
            }
            Ok(Some(_)) => Duration::from_millis(50),
            _ => cap,
        }
    }

    /// Delivers one due message, if there is one. Returns whether it did.
    pub async fn step(&self) -> Result<bool, sea_orm::DbErr> {
        let now = self.clock.now().timestamp();
        let Some(claim) = self.claim(now).await? else {
            return Ok(false);
        };
        // On PostgreSQL the claim holds this sender's one connection until
        // the message is sent: the routing generation is read through it.
        let snap = match &claim {
            Claim::Locked(txn, _) => self.intake.snapshot_via(txn).await,
            Claim::InFlight(_) => self.intake.snapshot().await,
        };
        let snap = match snap {
            Ok(s) => s,
            Err(e) => {
                self.release(&claim).await;
                return Err(e);
            }
        };
        let outcome = self.deliver(&claim, &snap, now).await;
        self.finish(claim, outcome, now).await?;
        Ok(true)
    }

    async fn claim(&self, now: i64) -> Result<Option<Claim>, sea_orm::DbErr> {
        if self.is_postgres() {
            let txn = self.db.begin().await?;
            return match db::outbox_claim_locked(&txn, now).await? {
                Some(row) => Ok(Some(Claim::Locked(txn, row))),
                None => {
                    txn.commit().await?;
                    Ok(None)
                }
            };
        }
        let mut in_flight = self.in_flight.lock().await;
        let limit = u64::try_from(in_flight.len()).unwrap_or(0) * 2 + 1;
        let rows = db::outbox_due(&self.db, now, limit).await?;
        // Not one being sent, nor a notice while another notice to the
        // same responder is being sent (the digest decides between them).
        let busy_notice = |r: &outbox::Model| {
            r.kind == "notice"
                && r.responder_id.is_some()
                && in_flight.values().any(|v| *v == r.responder_id)
        };
        let row = rows
            .into_iter()
            .find(|r| !in_flight.contains_key(&r.id) && !busy_notice(r));
        Ok(row.map(|r| {
            let notice_to = if r.kind == "notice" {
                r.responder_id
            } else {
                None
            };
            in_flight.insert(r.id, notice_to);
            Claim::InFlight(r)
        }))
    }

    async fn deliver(&self, claim: &Claim, snap: &Snapshot, now: i64) -> Outcome {
        let row = claim.row();
        // Only to a responder who can still receive: vetted, with the key
        // this copy was sealed to, unexpired and unrevoked.
        if let (Some(id), Some(fp)) = (row.responder_id, row.fingerprint.as_deref())
            && snap
                .usable_recipient(id, fp, self.clock.now().into())
                .is_none()
        {
            return Outcome::Skipped(
                "the responder's key expired, was revoked or replaced, or they are no longer vetted"
                    .into(),
            );
        }
        let shared;
        let body = match row.kind.as_str() {
            "full" => match &row.sealed {
                Some(s) => Body::Sealed(s),
                None => return Outcome::Failed(SendError::Permanent("no sealed copy".into())),
            },
            // The responder's session-key packets, then the tip's encrypted body.
            "full-shared" => {
                let (Some(head), Some(tip)) = (&row.sealed, row.tip_id) else {
                    return Outcome::Failed(SendError::Permanent("no sealed copy".into()));
                };
                let stored = match db::tip_sealed(&self.db, tip).await {
                    Ok(Some(s)) => s,
                    Ok(None) => {
                        return Outcome::Failed(SendError::Permanent("the tip is gone".into()));
                    }
                    Err(e) => return Outcome::Failed(SendError::Temporary(e.to_string())),
                };
                shared = [head.as_slice(), crate::seal::encrypted_body(&stored)].concat();
                Body::Sealed(&shared)
            }
            // The responder's session-key packets, then the body of the
            // tip's e-mail with its files inside.
            "full-files" => {
                let (Some(head), Some(tip)) = (&row.sealed, row.tip_id) else {
                    return Outcome::Failed(SendError::Permanent("no sealed copy".into()));
                };
                let body = match db::tip_mail_body(&self.db, tip).await {
                    Ok(Some(b)) => b,
                    Ok(None) => {
                        return Outcome::Failed(SendError::Permanent("the tip is gone".into()));
                    }
                    Err(e) => return Outcome::Failed(SendError::Temporary(e.to_string())),
                };
                shared = [head.as_slice(), &body].concat();
                Body::Sealed(&shared)
            }
            "notice" => {
                match self.digest_wait(claim, now).await {
                    Digest::Send => {}
                    Digest::Covered => return Outcome::Covered,
                    Digest::Wait(until) => return Outcome::Postpone(until),
                }
                Body::Notice {
                    dashboard: self.settings.dashboard.as_deref(),
                }
            }
            // Alerts for admins, key-expiry reminders: plain text with no
            // report content, kept in the row until delivered.
            "admin" => match &row.sealed {
                Some(text) => Body::Account(std::str::from_utf8(text).unwrap_or("")),
                None => return Outcome::Failed(SendError::Permanent("no text".into())),
            },
            _ => Body::Test,
        };
        let message = match self.mailer.compose(&row.email, &row.message_token, body) {
            Ok(m) => m,
            Err(e) => return Outcome::Failed(e),
        };
        // A tip's mail files carry its id, so that retention finds them.
        let file = match row.tip_id {
            Some(tip) => format!(
                "{}{}",
                crate::retention::mail_file_prefix(tip),
                row.message_token
            ),
            None => row.message_token.clone(),
        };
        match self.mailer.send(&message, &file).await {
            Ok(_) => Outcome::Sent,
            Err(e) => Outcome::Failed(e),
        }
    }

    /// In digest mode, whether this notice goes now, later, or not at all.
    async fn digest_wait(&self, claim: &Claim, now: i64) -> Digest {
        let period = i64::try_from(self.settings.digest.as_secs()).unwrap_or(i64::MAX);
        let row = claim.row();
        let Some(responder) = row.responder_id else {
            return Digest::Send;
        };
        if period == 0 {
            return Digest::Send;
        }
        let last = match claim {
            Claim::Locked(txn, _) => db::notice_last_sent(txn, responder, true).await,
            Claim::InFlight(_) => db::notice_last_sent(&self.db, responder, false).await,
        };
        match last {
            // Queued before the last notice went out (times are in whole
            // seconds: one queued in the same second is not taken as covered).
            Ok(Some(last)) if last > row.queued_at => Digest::Covered,
            Ok(Some(last)) if last.saturating_add(period) > now => {
                Digest::Wait(last.saturating_add(period))
            }
            _ => Digest::Send,
        }
    }

    /// Gives a claimed message back untouched (a PostgreSQL claim is
    /// released when its transaction is dropped).
    async fn release(&self, claim: &Claim) {
        if let Claim::InFlight(r) = claim {
            self.in_flight.lock().await.remove(&r.id);
        }
    }

    async fn finish(&self, claim: Claim, outcome: Outcome, now: i64) -> Result<(), sea_orm::DbErr> {
        let row = claim.row().clone();
        let alert = match claim {
            Claim::Locked(txn, _) => {
                let alert = self.record(&txn, &row, &outcome, now).await?;
                txn.commit().await?;
                alert
            }
            Claim::InFlight(_) => {
                let recorded = self.record(&self.db, &row, &outcome, now).await;
                // Released whatever happened, or the message would wait for
                // a restart (a failed record leaves it pending in the table).
                self.in_flight.lock().await.remove(&row.id);
                recorded?
            }
        };
        if let Some((kind, message)) = alert {
            self.intake.alert(kind, &message).await;
        }
        Ok(())
    }

    /// Writes the outcome to the row; returns the admin alert to raise.
    async fn record(
        &self,
        conn: &impl sea_orm::ConnectionTrait,
        row: &outbox::Model,
        outcome: &Outcome,
        now: i64,
    ) -> Result<Option<(&'static str, String)>, sea_orm::DbErr> {
        let attempts = row.attempts.saturating_add(1);
        let to = &row.email;
        match outcome {
            Outcome::Sent => {
                db::outbox_delete(conn, row.id).await?;
                if row.kind == "full-files"
                    && let Some(tip) = row.tip_id
                {
                    db::drop_mail_body_if_sent(conn, tip).await?;
                }
                if row.kind == "notice"
                    && let Some(r) = row.responder_id
                    && !self.settings.digest.is_zero()
                {
                    db::notice_sent(conn, r, now, row.id).await?;
                }
                tracing::info!(kind = %row.kind, attempts, "outbox: delivered");
                Ok(None)
            }
            Outcome::Covered => {
                db::outbox_delete(conn, row.id).await?;
                Ok(None)
            }
            Outcome::Postpone(t) => {
                db::outbox_update(
                    conn,
                    row.id,
                    "pending",
                    row.attempts,
                    *t,
                    row.last_error.clone(),
                )
                .await?;
                Ok(None)
            }
            Outcome::Skipped(why) => {
                db::outbox_settle(conn, row.id, "skipped", attempts, Some(why.clone())).await?;
                tracing::warn!("outbox: a message was not sent: {why}");
                Ok(Some((
                    "mail-skipped",
                    format!(
                        "A message to {to} was not sent: {why}. Nothing was sent to anyone else; the report is kept."
                    ),
                )))
            }
            Outcome::Failed(SendError::Permanent(e)) => {
                db::outbox_settle(conn, row.id, "failed", attempts, Some(e.clone())).await?;
                // The reply may name the recipient: it goes to the table,
                // for admins, and not to the log.
                tracing::warn!("outbox: a message was refused for good");
                Ok(Some((
                    "mail-failed",
                    format!(
                        "A message to {to} was refused for good ({e}); the report is kept. \
                         See `tipline outbox list`, then `tipline outbox retry`."
                    ),
                )))
            }
            Outcome::Failed(SendError::Setup(e)) => {
                let next = now.saturating_add(
                    i64::try_from(self.settings.backoff(attempts).as_secs())
                        .unwrap_or(i64::MAX)
                        .max(1),
                );
                db::outbox_update(conn, row.id, "pending", attempts, next, Some(e.clone())).await?;
                tracing::warn!("outbox: the mail settings or server need attention: {e}");
                Ok(Some((
                    "mail-setup",
                    format!(
                        "Mail cannot be sent: {e}. Messages wait and are retried; check the mail settings \
                         (`tipline mail test ADDRESS`)."
                    ),
                )))
            }
            Outcome::Failed(SendError::Temporary(e)) => {
                let give_up = i64::try_from(self.settings.give_up.as_secs()).unwrap_or(i64::MAX);
                if now.saturating_sub(row.queued_at) >= give_up {
                    db::outbox_settle(conn, row.id, "failed", attempts, Some(e.clone())).await?;
                    return Ok(Some((
                        "mail-failed",
                        format!(
                            "A message to {to} could not be delivered for {} ({e}); it is kept. \
                             See `tipline outbox list`, then `tipline outbox retry`.",
                            crate::config::format_duration(self.settings.give_up)
                        ),
                    )));
                }
                let next = now.saturating_add(
                    i64::try_from(self.settings.backoff(attempts).as_secs())
                        .unwrap_or(i64::MAX)
                        .max(1),
                );
                db::outbox_update(conn, row.id, "pending", attempts, next, Some(e.clone())).await?;
                tracing::info!(attempts, "outbox: temporary failure, will retry");
                Ok(None)
            }
        }
    }
}

/// Sends the test message of `tipline mail test` right away and returns
/// the server's answer (or where the file went).
pub async fn send_test(mailer: &Mailer, to: &str) -> Result<String, SendError> {
    let token = crate::random::hex(&crate::random::bytes::<16>());
    let message = mailer.compose(to, &token, Body::Test)?;
    mailer.send(&message, &token).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_up_to_the_cap() {
        let s = Settings {
            delay: Duration::ZERO,
            digest: Duration::ZERO,
            retry_base: Duration::from_secs(30),
            retry_max: Duration::from_secs(3600),
            give_up: Duration::from_secs(86_400),
            senders: 1,
            dashboard: None,
        };
        for _ in 0..50 {
            let b1 = s.backoff(1);
            assert!(
                b1 >= Duration::from_secs(15) && b1 <= Duration::from_secs(30),
                "{b1:?}"
            );
            let b3 = s.backoff(3);
            assert!(
                b3 >= Duration::from_secs(60) && b3 <= Duration::from_secs(120),
                "{b3:?}"
            );
            let b20 = s.backoff(20);
            assert!(
                b20 >= Duration::from_secs(1800) && b20 <= Duration::from_secs(3600),
                "{b20:?}"
            );
        }
        let spread: std::collections::HashSet<Duration> = (0..20).map(|_| s.backoff(2)).collect();
        assert!(spread.len() > 1, "jitter");
    }
}
