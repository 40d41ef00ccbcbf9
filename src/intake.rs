//! Intake: a validated report is routed, sealed in memory (off the async
//! executor) and stored with its recipients and source in one transaction.

use crate::clock::Clock;
use crate::codename::Codename;
use crate::db::{self, Db, NewMail, NewTip, Stored};
use crate::outage::{Cause, Outage, Write};
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
    /// Where reports are written (see [`db::intake_writer`]).
    writer: Db,
    sealer: Arc<Sealer>,
    secret: Arc<SecretBox<[u8; 32]>>,
    clock: Arc<dyn Clock>,
    snapshot: Mutex<Arc<Snapshot>>,
    reload: tokio::sync::Mutex<()>,
    commits: Arc<GroupCommit>,
    /// Each queued message waits a random time up to this (TIPLINE_MAIL_DELAY).
    mail_delay: std::time::Duration,
    /// Wakes the outbox's senders when a report has queued mail.
    mail_wake: Arc<tokio::sync::Notify>,
    /// Writes the database refused, until an admin alert says so.
    outage: Arc<Outage>,
    /// Where a report's files are read back for its e-mail, and how much.
    mail_files: Option<Arc<MailFiles>>,
}

/// A report's files inside its full-mode e-mail (TIPLINE_MAIL_ATTACHMENT_MAX).
struct MailFiles {
    store: crate::blobs::BlobStore,
    max: u64,
    /// Such a mail is built in memory (its files, then base64, then sealed:
    /// about four times their size at the peak): one report at a time.
    one_at_a_time: std::sync::Mutex<()>,
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
            commits: Arc::new(GroupCommit::new(MAX_BATCH)),
            mail_delay: std::time::Duration::ZERO,
            mail_wake: Arc::new(tokio::sync::Notify::new()),
            outage: Arc::new(Outage::default()),
            mail_files: None,
            writer: db.clone(),
            db,
        }
    }

    /// Writes reports through `writer` instead of the shared pool.
    pub fn with_writer(mut self, writer: Db) -> Self {
        self.writer = writer;
        self
    }

    /// Puts a report's files inside its full-mode e-mail when they total at
    /// most `max` bytes (0: never), read back from `store` with the session
    /// keys held while the report is received.
    pub fn with_mail_files(mut self, store: crate::blobs::BlobStore, max: u64) -> Self {
        self.mail_files = (max > 0).then(|| {
            Arc::new(MailFiles {
                store,
                max,
                one_at_a_time: std::sync::Mutex::new(()),
            })
        });
        self
    }

    /// Sets the delay window of queued mail and what to wake when mail is queued.
    pub fn with_mail(mut self, delay: std::time::Duration, wake: Arc<tokio::sync::Notify>) -> Self {
        self.mail_delay = delay;
        self.mail_wake = wake;
        self
    }

    /// The sealer (the instance signature and the seal policy).
    pub fn sealer(&self) -> &Sealer {
        &self.sealer
    }

    /// When a message queued at `now` may be sent: a random moment within
    /// the delay window (TIPLINE_MAIL_DELAY).
    pub fn mail_not_before(&self, now: i64) -> i64 {
        let window = u32::try_from(self.mail_delay.as_secs()).unwrap_or(u32::MAX);
        now + if window == 0 {
            0
        } else {
            i64::from(crate::random::below(window.saturating_add(1)))
        }
    }

    /// Wakes the outbox's senders (mail was queued that is due now).
    pub fn wake_mail(&self) {
        self.mail_wake.notify_waiters();
    }

    /// The database.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The storage failures not yet told to the admins.
    pub fn outage(&self) -> &Arc<Outage> {
        &self.outage
    }

    /// Records that the database refused `what` (nothing of it was kept):
    /// logs the cause with a fresh incident id, which is returned for the
    /// page, and counts it for the admin alert.
    pub fn storage_failed(&self, what: Write, e: &sea_orm::DbErr) -> String {
        let cause = Cause::of(e);
        let incident = crate::random::hex(&crate::random::bytes::<6>());
        tracing::error!(
            incident = %incident,
            cause = cause.describe(),
            code = Cause::code(e).as_deref().unwrap_or("-"),
            error = %e,
            "storage failed: the write was refused and nothing of it was kept"
        );
        self.outage.record(what, cause, self.clock.today());
        incident
    }

    fn cached(&self) -> Arc<Snapshot> {
        self.snapshot
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The routing snapshot as of the database's current generation,
    /// reloaded if any process changed teams, responders or routes.
    pub async fn snapshot(&self) -> Result<Arc<Snapshot>, sea_orm::DbErr> {
        self.snapshot_via(&self.db).await
    }

    /// As [`Intake::snapshot`], reading the generation through `conn` (a
    /// transaction that already holds a connection); a reload, which is
    /// rare, uses the pool.
    pub async fn snapshot_via(
        &self,
        conn: &impl sea_orm::ConnectionTrait,
    ) -> Result<Arc<Snapshot>, sea_orm::DbErr> {
        let generation = db::generation(conn).await?;
        let snap = self.cached();
        if snap.generation == generation {
            return Ok(snap);
        }
        self.reload(snap.generation).await
    }

    /// Loads a fresh snapshot unless another request already replaced
    /// the one of generation `seen`.
    async fn reload(&self, seen: i64) -> Result<Arc<Snapshot>, sea_orm::DbErr> {
        let _guard = self.reload.lock().await;
        let snap = self.cached();
        if snap.generation != seen {
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
    ///
    /// Routing uses the cached snapshot without asking the database first:
    /// the store is guarded by the snapshot's generation, so a report
    /// sealed just before a change to teams, responders or routes is not
    /// stored but sealed again under the new routing.
    #[tracing::instrument(skip_all)]
    pub async fn submit(
        &self,
        report: Report,
        nonce: [u8; 16],
        token_expires: NaiveDate,
    ) -> Result<Outcome, IntakeError> {
        self.submit_with_files(report, nonce, token_expires, Arc::from([]))
            .await
    }

    /// As [`Intake::submit`], for a report whose files are already sealed
    /// into the blob store: their session-key packets are made for the
    /// recipients the report is sealed to, and their rows committed with
    /// it. On any outcome but [`Outcome::Received`] the caller removes
    /// the blobs: nothing names them.
    pub async fn submit_with_files(
        &self,
        report: Report,
        nonce: [u8; 16],
        token_expires: NaiveDate,
        files: Arc<[SealedFile]>,
    ) -> Result<Outcome, IntakeError> {
        let urgent = report.urgent();
        let country = report.country.clone();
        let mut report = report;
        let mut snap = self.cached();
        if snap.generation < 0 {
            snap = self.snapshot().await?;
        }
        // A few rounds at most: each one follows a committed routing change.
        for _ in 0..5 {
            let now = self.clock.now();
            let today = now.date_naive();
            let (back, sealed) = self.seal(report, snap.clone(), files.clone(), now).await?;
            report = back;
            let sealed = match sealed {
                Ok(s) => s,
                Err(IntakeError::NoRecipients) => {
                    // Perhaps routing changed since the snapshot was made.
                    let fresh = self.snapshot().await?;
                    if fresh.generation != snap.generation {
                        snap = fresh;
                        continue;
                    }
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
            let due_now = sealed.mail.iter().any(|m| m.not_before <= now.timestamp());
            let stored = self
                .commits
                .store(
                    &self.writer,
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
                        generation: snap.generation,
                        mail: sealed.mail,
                        queued_at: now.timestamp(),
                        files: sealed.files,
                        mail_body: sealed.mail_body,
                    },
                )
                .await?;
            match stored {
                Stored::New => {
                    drop(report);
                    // Wake the senders only for mail due now (not held
                    // in the delay window).
                    if due_now {
                        self.mail_wake.notify_waiters();
                    }
                    return Ok(Outcome::Received {
                        codename: sealed.codename,
                        urgent,
                        country,
                    });
                }
                Stored::AlreadyReceived => return Ok(Outcome::AlreadyReceived),
                Stored::Stale => snap = self.reload(snap.generation).await?,
            }
        }
        Err(IntakeError::Internal(anyhow::anyhow!(
            "routing changed during every attempt to store a report"
        )))
    }

    /// Routes and seals `report` off the async executor; hands the report
    /// back (in memory only) in case it must be sealed again.
    async fn seal(
        &self,
        report: Report,
        snap: Arc<Snapshot>,
        files: Arc<[SealedFile]>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(Report, Result<Sealed, IntakeError>), IntakeError> {
        let sealer = self.sealer.clone();
        let secret = self.secret.clone();
        let today = now.date_naive();
        let delay = self.mail_delay;
        let mail_files = self.mail_files.clone();
        if report.text_bytes() <= INLINE_SEAL_BYTES && files.is_empty() {
            // A typical report seals in about 0.3 ms; the hand-off to the
            // blocking pool and back cost more CPU than that work is worth
            // moving (measured with pooled randomness: ~10% less CPU per report, see
            // docs/PERFORMANCE.md), and a worker is held no longer than a
            // few hundred microseconds.
            let sealed = seal_report(
                &report, &snap, &files, None, &sealer, &secret, now, today, delay,
            );
            return Ok((report, sealed));
        }
        tokio::task::spawn_blocking(move || {
            let sealed = seal_report(
                &report,
                &snap,
                &files,
                mail_files.as_deref(),
                &sealer,
                &secret,
                now,
                today,
                delay,
            );
            (report, sealed)
        })
        .await
        .map_err(|e| IntakeError::Internal(anyhow::anyhow!("sealing task failed: {e}")))
    }

    /// Records an alert unless the same one is already open today.
    pub async fn alert(&self, kind: &str, message: &str) {
        alert_once(&self.db, self.clock.today(), kind, message).await;
    }
}

/// Reports with at most this much text are sealed on the request's own
/// thread; longer ones off the async executor.
const INLINE_SEAL_BYTES: usize = 8 * 1024;

/// Everything that touches plaintext or key material; returns only sealed bytes.
#[allow(clippy::too_many_arguments)]
fn seal_report(
    report: &Report,
    snap: &Snapshot,
    files: &[SealedFile],
    mail_files: Option<&MailFiles>,
    sealer: &Sealer,
    secret: &SecretBox<[u8; 32]>,
    now: chrono::DateTime<chrono::Utc>,
    today: NaiveDate,
    mail_delay: std::time::Duration,
) -> Result<Sealed, IntakeError> {
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
    let fp_s = source_cert.fingerprint.to_hex();
    let env = Envelope {
        tip_id: &id_s,
        received_day: &day_s,
        source_fingerprint: &fp_s,
        route: &decision.route.name,
    };
    let text = report.to_text(&env);
    let json = report.to_json(&env);
    let entity = crate::report::mime_entity(&text, &json, sealer.public_cert());
    let responders = decision.responders();
    let full: Vec<&crate::seal::ValidCert> = responders
        .iter()
        .filter(|r| r.mode != "notice")
        .map(|r| &r.cert)
        .collect();
    let certs = decision.certs();
    let (sealed, mut copies) = sealer
        .seal_copies(&entity, &certs, &full, now.into())
        .map_err(|e| anyhow::anyhow!(e))?;
    // Each file opens for exactly the keys the report is sealed to.
    let file_rows = files
        .iter()
        .map(|f| {
            Ok(crate::db::NewFile {
                blob: f.blob.clone(),
                sealed_size: f.sealed_size,
                session_keys: crate::seal::session_key_packets(&f.key, &certs, now.into())
                    .map_err(|e| anyhow::anyhow!(e))?,
            })
        })
        .collect::<Result<Vec<_>, IntakeError>>()?;
    drop(entity);
    // A copy that ends with the stored message's encrypted body is kept as
    // its session-key packets alone ("full-shared"); the sender puts the
    // body back from the tip. A report then writes its body once, not once
    // per responder. With its files inside, the mail is another message,
    // whose body is stored once beside the tip ("full-files").
    let mut mail_body = None;
    let mut kind = "full-shared";
    let in_mail: u64 = files.iter().map(|f| f.info.size).sum();
    if let Some(m) = mail_files
        && !files.is_empty()
        && !full.is_empty()
        && in_mail <= m.max
    {
        let _one = m.one_at_a_time.lock().unwrap_or_else(|e| e.into_inner());
        let plain = files
            .iter()
            .map(|f| {
                let id = crate::blobs::BlobId::parse(&f.blob).ok_or_else(|| {
                    anyhow::anyhow!("a file's blob name is not one of the store's")
                })?;
                m.store.read_plain(&id, &f.key)
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let text = match text.rfind(crate::report::FILES_APART) {
            Some(at) => format!(
                "{}{}{}",
                &text[..at],
                crate::report::FILES_IN_MAIL,
                &text[at + crate::report::FILES_APART.len()..]
            ),
            None => text,
        };
        let parts: Vec<(&crate::report::FileInfo, &[u8])> = files
            .iter()
            .zip(&plain)
            .map(|(f, p)| (&f.info, p.as_slice()))
            .collect();
        let entity =
            crate::report::mime_entity_with_files(&text, &json, sealer.public_cert(), &parts);
        drop(parts);
        drop(plain);
        let (all, mail_copies) = sealer
            .seal_copies(&entity, &full, &full, now.into())
            .map_err(|e| anyhow::anyhow!(e))?;
        drop(entity);
        copies = mail_copies;
        mail_body = Some(crate::seal::encrypted_body(&all).to_vec());
        kind = "full-files";
    }
    let body = mail_body
        .as_deref()
        .unwrap_or_else(|| crate::seal::encrypted_body(&sealed));
    let whole = if mail_body.is_some() {
        usize::MAX
    } else {
        sealed.len()
    };
    let mut copies: Vec<(&'static str, Vec<u8>)> = copies
        .drain(..)
        .map(|c| {
            if body.len() < whole && c.len() > body.len() && c.ends_with(body) {
                let head = c[..c.len() - body.len()].to_vec();
                (kind, head)
            } else {
                ("full", c)
            }
        })
        .collect();
    copies.reverse();
    let window = u32::try_from(mail_delay.as_secs()).unwrap_or(u32::MAX);
    let mail = responders
        .iter()
        .map(|r| {
            let notice = r.mode == "notice";
            let (kind, sealed) = if notice {
                ("notice", None)
            } else {
                match copies.pop() {
                    Some((kind, bytes)) => (kind, Some(bytes)),
                    None => ("full", None),
                }
            };
            NewMail {
                responder_id: r.id,
                fingerprint: r.fingerprint.clone(),
                email: r.email.clone(),
                kind,
                sealed,
                message_token: crate::random::hex(&crate::random::bytes::<16>()),
                not_before: now.timestamp()
                    + i64::from(if window == 0 {
                        0
                    } else {
                        crate::random::below(window.saturating_add(1))
                    }),
            }
        })
        .collect();
    Ok(Sealed {
        tip_id,
        codename,
        lookup: derived.lookup.to_vec(),
        source_cert: source_cert.bytes,
        sealed,
        route_id: decision.route.id,
        route_name: decision.route.name.clone(),
        recipients: decision
            .recipients
            .iter()
            .map(|(t, r)| (*t, r.fingerprint.clone()))
            .collect(),
        fell_back_from: decision.fell_back_from.clone(),
        mail,
        files: file_rows,
        mail_body,
    })
}

/// Group commit: reports that arrive while a transaction is being written
/// wait for it and are then written together, in one transaction and one
/// fsync, by whichever of them takes the writer's permit first: one writer
/// on both databases (see [`MAX_BATCH`]).
struct GroupCommit {
    queue: Mutex<Vec<Pending>>,
    writer: Arc<tokio::sync::Semaphore>,
    max_batch: usize,
}

struct Pending {
    tip: NewTip,
    reply: tokio::sync::oneshot::Sender<Result<Stored, sea_orm::DbErr>>,
}

impl GroupCommit {
    fn new(max_batch: usize) -> Self {
        Self {
            queue: Mutex::new(Vec::new()),
            writer: Arc::new(tokio::sync::Semaphore::new(1)),
            max_batch,
        }
    }

    /// Stores `tip`, alone or together with others that are waiting.
    async fn store(&self, db: &Db, tip: NewTip) -> Result<Stored, IntakeError> {
        let (reply, mut answer) = tokio::sync::oneshot::channel();
        self.lock_queue().push(Pending { tip, reply });
        loop {
            let permit = tokio::select! {
                biased;
                answered = &mut answer => return answer_of(answered),
                permit = self.writer.clone().acquire_owned() => permit,
            };
            let Ok(permit) = permit else {
                return Err(IntakeError::Internal(anyhow::anyhow!(
                    "the writer is closed"
                )));
            };
            // Still queued, or written by an earlier batch: write the
            // queue, ours included unless a full batch is ahead of it
            // (then go round again). A task of its own, so that a request
            // dropped by its client cannot leave the rest of the batch
            // unanswered.
            let batch: Vec<Pending> = {
                let mut q = self.lock_queue();
                let n = q.len().min(self.max_batch);
                q.drain(..n).collect()
            };
            if batch.is_empty() {
                // Ours was in an earlier batch, already answered.
                drop(permit);
                return answer_of(answer.await);
            }
            let db = db.clone();
            let _ = tokio::spawn(async move {
                write_batch(&db, batch).await;
                drop(permit);
            })
            .await;
        }
    }

    fn lock_queue(&self) -> std::sync::MutexGuard<'_, Vec<Pending>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn answer_of(
    answered: Result<Result<Stored, sea_orm::DbErr>, tokio::sync::oneshot::error::RecvError>,
) -> Result<Stored, IntakeError> {
    match answered {
        Ok(Ok(stored)) => Ok(stored),
        Ok(Err(e)) => Err(IntakeError::Db(e)),
        Err(_) => Err(IntakeError::Internal(anyhow::anyhow!(
            "the report's transaction was not answered"
        ))),
    }
}

/// Writes a batch in one transaction; if a used form token fails it,
/// writes its tips one by one so that only the repeated one is refused.
async fn write_batch(db: &Db, batch: Vec<Pending>) {
    let (tips, replies): (Vec<NewTip>, Vec<_>) =
        batch.into_iter().map(|p| (p.tip, p.reply)).unzip();
    match db::store_tips(db, &tips).await {
        Ok(stored) => {
            for (s, reply) in stored.into_iter().zip(replies) {
                let _ = reply.send(Ok(s));
            }
        }
        Err(e) if db::is_unique_violation(&e) && tips.len() > 1 => {
            for (tip, reply) in tips.into_iter().zip(replies) {
                let _ = reply.send(db::store_tip(db, tip).await);
            }
        }
        Err(e) if db::is_unique_violation(&e) => {
            for reply in replies {
                let _ = reply.send(Ok(Stored::AlreadyReceived));
            }
        }
        Err(e) => {
            for reply in replies {
                let _ = reply.send(Err(e.clone()));
            }
        }
    }
}

/// Most tips in one transaction, on both databases.
/// On SQLite the single writer is the bottleneck at concurrency 64: every
/// batch was full, and most of its time went to the kernel writing WAL
/// pages, which reports of one batch share; batches of 32 gave 1457–1495
/// reports/s against 1187–1408 with 16. On PostgreSQL one writer of 32
/// against two of 16 (one batch sent while another waits for its commit)
/// cost 0.1 ms less CPU per report at concurrency 1 and 0.08 ms less at
/// 8, with a lower p99 at 8 and 64, for about 4% less throughput at 64;
/// more writers cost PostgreSQL more CPU still (docs/PERFORMANCE.md).
const MAX_BATCH: usize = 32;

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
    mail: Vec<NewMail>,
    files: Vec<crate::db::NewFile>,
    /// The encrypted body the "full-files" copies share.
    mail_body: Option<Vec<u8>>,
}

/// A file of a report, sealed into the blob store and waiting for its
/// tip: the blob's name, its size on disk, and its session key (in memory
/// only, for the session-key packets).
#[derive(Clone)]
pub struct SealedFile {
    /// What the report lists of it (its e-mail's part says the same).
    pub info: crate::report::FileInfo,
    pub blob: String,
    pub sealed_size: i64,
    pub key: secrecy::zeroize::Zeroizing<Vec<u8>>,
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
