//! Mail about the instance, never about a report: every new admin alert
//! goes to every active admin (pending responders, keys replaced or
//! revoked, delivery trouble), and a vetted responder whose key expires
//! within 30 days is told once per expiry date (and the admins with them).
//! Messages go through the outbox, so they survive a crash or an outage.

use crate::clock::Clock;
use crate::db::{self, Db, entities::*};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, QueryFilter, Set, TransactionTrait,
    sea_query::Expr,
};
use std::sync::Arc;
use std::time::Duration;

/// How often new alerts are looked for.
const EVERY: Duration = Duration::from_secs(10);
/// Keys expiring sooner than this are announced.
const EXPIRY_NOTICE_DAYS: i64 = 30;

/// Runs forever in `serve`: mails new alerts, and checks key expiry daily.
pub async fn run(
    db: Db,
    clock: Arc<dyn Clock>,
    wake: Arc<tokio::sync::Notify>,
    public_url: Option<String>,
) {
    let mut checked_day = None;
    loop {
        let today = clock.today();
        if checked_day != Some(today) {
            match expiring_keys(&db, clock.as_ref()).await {
                Ok(n) => {
                    checked_day = Some(today);
                    if n > 0 {
                        wake.notify_waiters();
                    }
                }
                Err(e) => tracing::error!(error = %e, "notices: key expiry check failed"),
            }
        }
        match mail_new_alerts(&db, clock.as_ref(), public_url.as_deref()).await {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!(messages = n, "notices: alerts queued for admins");
                wake.notify_waiters();
            }
            Err(e) => tracing::error!(error = %e, "notices: alert mail failed"),
        }
        tokio::time::sleep(EVERY).await;
    }
}

fn queue(email: &str, text: String, now: i64) -> outbox::ActiveModel {
    outbox::ActiveModel {
        id: Set(crate::random::uuid()),
        tip_id: Set(None),
        responder_id: Set(None),
        fingerprint: Set(None),
        email: Set(email.to_owned()),
        kind: Set("admin".into()),
        sealed: Set(Some(text.into_bytes())),
        message_token: Set(crate::random::hex(&crate::random::bytes::<16>())),
        state: Set("pending".into()),
        attempts: Set(0),
        queued_at: Set(now),
        not_before: Set(now),
        last_error: Set(None),
    }
}

/// Claims the alerts not yet mailed (each process claims its own, at most
/// once) and queues one message per active admin. Returns how many.
pub async fn mail_new_alerts(
    db: &Db,
    clock: &dyn Clock,
    public_url: Option<&str>,
) -> Result<usize, DbErr> {
    let txn = db.begin().await?;
    let admins = account::Entity::find()
        .filter(account::Column::Role.eq("admin"))
        .filter(account::Column::State.eq("active"))
        .all(&txn)
        .await?;
    // Before the first admin has an account, alerts wait (they are on the
    // admin page and in `tipline alert list` meanwhile).
    if admins.is_empty() {
        txn.commit().await?;
        return Ok(0);
    }
    let claimed = alert::Entity::update_many()
        .col_expr(alert::Column::Mailed, Expr::value(true))
        .filter(alert::Column::Mailed.eq(false))
        .exec_with_returning(&txn)
        .await?;
    if claimed.is_empty() {
        txn.commit().await?;
        return Ok(0);
    }
    let mut text = String::from("New alerts on Tipline (they never contain report content):\n\n");
    for a in &claimed {
        text.push_str(&format!("- {} [{}] {}\n", a.day, a.kind, a.message));
    }
    if let Some(url) = public_url {
        text.push_str(&format!(
            "\nReview them at {}/admin/\n",
            url.trim_end_matches('/')
        ));
    }
    let now = clock.now().timestamp();
    for admin in &admins {
        queue(&admin.email, text.clone(), now).insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(admins.len())
}

/// Raises an alert (and tells the responder) for each vetted key that
/// expires within 30 days, once per key and expiry date. Returns how many
/// responders were told.
pub async fn expiring_keys(db: &Db, clock: &dyn Clock) -> Result<usize, DbErr> {
    let now = clock.now();
    let mut told = 0;
    for r in db::responders(db).await? {
        let r = r.responder;
        if !r.vetted || r.suspended {
            continue;
        }
        let Ok(cert) = crate::seal::ValidCert::parse(&r.cert, now.into()) else {
            continue;
        };
        let Some(expires) = cert.expires().map(chrono::DateTime::<chrono::Utc>::from) else {
            continue;
        };
        if expires - now > chrono::Duration::days(EXPIRY_NOTICE_DAYS) {
            continue;
        }
        let day = expires.date_naive();
        let message = format!(
            "The key of {} <{}> ({}) expires on {day}; after that they receive nothing.",
            r.name,
            r.email,
            crate::seal::grouped_hex(&r.fingerprint)
        );
        let txn = db.begin().await?;
        let known = alert::Entity::find()
            .filter(alert::Column::Kind.eq("key-expiring"))
            .filter(alert::Column::Message.eq(message.clone()))
            .one(&txn)
            .await?
            .is_some();
        if !known {
            db::add_alert(&txn, clock.today(), "key-expiring", &message).await?;
            let text = format!(
                "Your OpenPGP key {} expires on {day}. After that, Tipline cannot encrypt reports to you \
                 and you receive nothing.\n\nExtend its expiry (for example `gpg --quick-set-expire`), \
                 then upload the updated public key on your Tipline dashboard; the same key keeps its vetting.\n",
                crate::seal::grouped_hex(&r.fingerprint)
            );
            queue(&r.email, text, now.timestamp()).insert(&txn).await?;
            told += 1;
        }
        txn.commit().await?;
    }
    Ok(told)
}
