//! Intake: a validated report is routed, sealed in memory (off the async
//! executor) and stored with its recipients and source in one transaction.

use crate::clock::Clock;
use crate::codename::Codename;
use crate::db::{self, Db, NewTip, Stored};
use crate::report::{Envelope, Report};
use crate::routing::{Criteria, Snapshot};
use crate::seal::Sealer;
use chrono::NaiveDate;
use secrecy::{ExposeSecret, SecretBox};
use std::sync::{Arc, Mutex};
use uuid::Uuid;

/// What became of a submission.
#[derive(Debug)]
pub enum Outcome {
    /// Durably stored; the codename is shown once and then forgotten.
    Received {
        codename: Codename,
        urgent: bool,
        country: Option<String>,
    },
    /// The same form was already received: nothing new was stored.
    AlreadyReceived,
}

/// Why a report could not be accepted. Carries no report content.
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("no route has a usable recipient key")]
    NoRecipients,
    #[error("database error: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("{0}")]
    Internal(#[from] anyhow::Error),
}

/// The intake service, shared by all requests of a process.
pub struct Intake {
    db: Db,
    sealer: Arc<Sealer>,
    secret: Arc<SecretBox<[u8; 32]>>,
    clock: Arc<dyn Clock>,
    snapshot: Mutex<Arc<Snapshot>>,
    reload: tokio::sync::Mutex<()>,
    /// SQLite has one writer at a time; queueing writers here instead of in
    /// SQLite's busy handler (which sleeps in growing steps) keeps latency flat.
    write_lock: Option<tokio::sync::Mutex<()>>,
}

impl Intake {
    /// Builds the service.
    pub fn new(db: Db, sealer: Sealer, secret: SecretBox<[u8; 32]>, clock: Arc<dyn Clock>) -> Self {
        Self {
            sealer: Arc::new(sealer),
            secret: Arc::new(secret),
            clock,
            snapshot: Mutex::new(Arc::new(Snapshot {
                generation: -1,
                ..Snapshot::default()
            })),
            reload: tokio::sync::Mutex::new(()),
            write_lock: matches!(db.get_database_backend(), sea_orm::DatabaseBackend::Sqlite)
                .then(|| tokio::sync::Mutex::new(())),
            db,
        }
    }

    fn cached(&self) -> Arc<Snapshot> {
        self.snapshot
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The routing snapshot, reloaded if any process changed teams,
    /// responders or routes since it was made.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>, sea_orm::DbErr> {
        let generation = db::generation(&self.db).await?;
        let snap = self.cached();
        if snap.generation == generation {
            return Ok(snap);
        }
        let _guard = self.reload.lock().await;
        let snap = self.cached();
        if snap.generation == generation {
            return Ok(snap);
        }
        let fresh = Arc::new(Snapshot::load(&self.db, self.clock.now().into()).await?);
        for (fp, why) in &fresh.invalid {
            tracing::warn!(fingerprint = %fp, reason = %why, "vetted responder key not usable");
        }
        *self.snapshot.lock().unwrap_or_else(|e| e.into_inner()) = fresh.clone();
        Ok(fresh)
    }

    /// Accepts a report: route, seal, store. `nonce` is the form token's
    /// single-use value; `token_expires` when it can no longer be replayed.
    #[tracing::instrument(skip_all)]
    pub async fn submit(
        &self,
        report: Report,
        nonce: [u8; 16],
        token_expires: NaiveDate,
    ) -> Result<Outcome, IntakeError> {
        // A repeated token is caught by the unique insert when storing; no
        // separate query first (double submits are rare, reports are not).
        let snap = self.snapshot().await?;
        let now = self.clock.now();
        let today = now.date_naive();
        let sealer = self.sealer.clone();
        let secret = self.secret.clone();
        let urgent = report.urgent();
        let country = report.country.clone();

        // Everything that touches plaintext or key material runs here, off
        // the async executor, and returns only sealed bytes.
        let sealed = tokio::task::spawn_blocking(move || -> Result<Sealed, IntakeError> {
            let criteria = Criteria {
                country: report.country.clone(),
                role: report.role.clone(),
                urgent: report.urgent(),
                language: report.language.clone(),
            };
            let decision = snap
                .decide(&criteria, report.consent, now.into())
                .map_err(|_| IntakeError::NoRecipients)?;
            let codename = Codename::generate();
            let derived = codename.derive(secret.expose_secret());
            let source_cert = derived.source_cert()?;
            let tip_id = crate::random::uuid();
            let id_s = tip_id.to_string();
            let day_s = today.to_string();
            let fp_s = source_cert.fingerprint().to_hex();
            let env = Envelope {
                tip_id: &id_s,
                received_day: &day_s,
                source_fingerprint: &fp_s,
                route: &decision.route.name,
            };
            let entity = crate::report::mime_entity(&report.to_text(&env), &report.to_json(&env));
            drop(report);
            let sealed = sealer
                .seal(&entity, &decision.certs(), now.into())
                .map_err(|e| anyhow::anyhow!(e))?;
            use sequoia_openpgp::serialize::SerializeInto;
            Ok(Sealed {
                tip_id,
                codename,
                lookup: derived.lookup.to_vec(),
                source_cert: source_cert.to_vec().map_err(|e| anyhow::anyhow!("{e}"))?,
                sealed,
                route_id: decision.route.id,
                route_name: decision.route.name.clone(),
                recipients: decision
                    .recipients
                    .iter()
                    .map(|(t, r)| (*t, r.fingerprint.clone()))
                    .collect(),
                fell_back_from: decision.fell_back_from.clone(),
            })
        })
        .await
        .map_err(|e| anyhow::anyhow!("sealing task failed: {e}"))?;

        let sealed = match sealed {
            Ok(s) => s,
            Err(IntakeError::NoRecipients) => {
                alert_once(
                    &self.db,
                    today,
                    "no-recipients",
                    "A report could not be accepted: no route, not even the default, has a vetted responder with a usable key.",
                )
                .await;
                return Err(IntakeError::NoRecipients);
            }
            Err(e) => return Err(e),
        };

        let mut alerts = Vec::new();
        if let Some(from) = &sealed.fell_back_from {
            alerts.push((
                "route-fallback".to_owned(),
                format!(
                    "Route \"{from}\" had no vetted responder with a usable key; a report went to the default route \"{}\" instead.",
                    sealed.route_name
                ),
            ));
        }
        let _write = match &self.write_lock {
            Some(l) => Some(l.lock().await),
            None => None,
        };
        let stored = db::store_tip(
            &self.db,
            NewTip {
                id: sealed.tip_id,
                day: today,
                route_id: sealed.route_id,
                route_name: sealed.route_name,
                urgent,
                sealed: sealed.sealed,
                recipients: sealed.recipients,
                source_lookup: sealed.lookup,
                source_cert: sealed.source_cert,
                token_nonce: nonce.to_vec(),
                token_expires,
                alerts,
            },
        )
        .await?;
        Ok(match stored {
            Stored::New => Outcome::Received {
                codename: sealed.codename,
                urgent,
                country,
            },
            Stored::AlreadyReceived => Outcome::AlreadyReceived,
        })
    }

    /// Records an alert unless the same one is already open today.
    pub async fn alert(&self, kind: &str, message: &str) {
        alert_once(&self.db, self.clock.today(), kind, message).await;
    }
}

struct Sealed {
    tip_id: Uuid,
    codename: Codename,
    lookup: Vec<u8>,
    source_cert: Vec<u8>,
    sealed: Vec<u8>,
    route_id: Uuid,
    route_name: String,
    recipients: Vec<(Uuid, String)>,
    fell_back_from: Option<String>,
}

async fn alert_once(db: &Db, day: NaiveDate, kind: &str, message: &str) {
    let exists = db::open_alert_exists(db, day, kind, message)
        .await
        .unwrap_or(false);
    if !exists && let Err(e) = db::add_alert(db, day, kind, message).await {
        tracing::error!(error = %e, "could not record an admin alert");
    }
    tracing::warn!(kind, "admin alert");
}
