//! A tip's conversation: replies from a team to the source, and what the
//! source adds later with their codename. Plaintext lives only in memory
//! here; what is stored and mailed is sealed. A reply is sealed to the
//! source's key and to the replying team's vetted keys (so the team can
//! read it too); an addition to the vetted keys of every team the report
//! was sent to (consent was applied when it arrived).

use crate::db::{self, NewMail, messages::NewMessage};
use crate::intake::Intake;
use crate::seal::{SealedElsewhereError, ValidCert};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// The longest reply or addition, in characters.
pub const MAX_CHARS: usize = 20_000;

/// The largest message sealed in a browser that is accepted, in bytes.
pub const MAX_SEALED_BYTES: usize = 256 * 1024;

/// Why a message could not be stored. Never carries its text.
#[derive(Debug, thiserror::Error)]
pub enum ConversationError {
    #[error("the message is empty or too long")]
    Length,
    #[error("this tip has no source key to reply to")]
    NoSource,
    #[error("no vetted responder with a usable key would receive it")]
    NoKeys,
    #[error("the browser-sealed message was refused: {0}")]
    Refused(#[from] SealedElsewhereError),
    #[error("database error: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("sealing failed: {0}")]
    Seal(String),
}

fn check_length(text: &str) -> Result<(), ConversationError> {
    let n = text.trim().chars().count();
    if n == 0 || n > MAX_CHARS {
        return Err(ConversationError::Length);
    }
    Ok(())
}

/// The vetted, unsuspended responders of `teams` whose keys are usable at `now`.
fn team_recipients(
    snap: &crate::routing::Snapshot,
    teams: &[Uuid],
    now: DateTime<Utc>,
) -> Vec<crate::routing::Recipient> {
    snap.recipients
        .iter()
        .filter(|r| r.teams.iter().any(|t| teams.contains(t)) && r.cert.usable_at(now.into()))
        .cloned()
        .collect()
}

/// Who a reply of `team` to the source of `tip` is sealed to: the source's
/// certificate and the team's usable keys.
pub async fn reply_recipients(
    intake: &Intake,
    tip: Uuid,
    team: Uuid,
    now: DateTime<Utc>,
) -> Result<(ValidCert, Vec<ValidCert>), ConversationError> {
    let source = db::messages::source_of_tip(intake.db(), tip)
        .await?
        .ok_or(ConversationError::NoSource)?;
    let source =
        ValidCert::parse(&source.cert, now.into()).map_err(|_| ConversationError::NoSource)?;
    let snap = intake.snapshot().await?;
    let team_keys: Vec<ValidCert> = team_recipients(&snap, &[team], now)
        .into_iter()
        .map(|r| r.cert)
        .collect();
    if team_keys.is_empty() {
        return Err(ConversationError::NoKeys);
    }
    Ok((source, team_keys))
}

/// A reply typed without JavaScript: sealed here, on arrival; `audit`
/// names its author.
pub async fn reply_sealed_here(
    intake: &Intake,
    tip: Uuid,
    team: Uuid,
    text: &str,
    now: DateTime<Utc>,
    audit: db::accounts::AuditEntry,
) -> Result<(), ConversationError> {
    check_length(text)?;
    let (source, team_keys) = reply_recipients(intake, tip, team, now).await?;
    let mut all: Vec<&ValidCert> = vec![&source];
    all.extend(team_keys.iter());
    let sealed = intake
        .sealer()
        .seal(text.trim().as_bytes(), &all, now.into())
        .map_err(|e| ConversationError::Seal(e.to_string()))?;
    store_reply(intake, tip, team, "server", sealed, now, audit).await
}

/// A reply sealed in the responder's browser: accepted only if it is an
/// OpenPGP message sealed to exactly the source's key and the team's keys.
pub async fn reply_sealed_in_browser(
    intake: &Intake,
    tip: Uuid,
    team: Uuid,
    sealed: &[u8],
    now: DateTime<Utc>,
    audit: db::accounts::AuditEntry,
) -> Result<(), ConversationError> {
    if sealed.is_empty() || sealed.len() > MAX_SEALED_BYTES {
        return Err(ConversationError::Length);
    }
    let binary = crate::seal::dearmor_message(sealed).ok_or(SealedElsewhereError::Unparseable)?;
    let (source, team_keys) = reply_recipients(intake, tip, team, now).await?;
    let mut all: Vec<&ValidCert> = vec![&source];
    all.extend(team_keys.iter());
    crate::seal::check_sealed_to(&binary, &all, now.into())?;
    store_reply(intake, tip, team, "browser", binary, now, audit).await
}

/// Stores a reply with its audit entry, whose actor is the reply's author.
async fn store_reply(
    intake: &Intake,
    tip: Uuid,
    team: Uuid,
    sealed_in: &str,
    sealed: Vec<u8>,
    now: DateTime<Utc>,
    audit: db::accounts::AuditEntry,
) -> Result<(), ConversationError> {
    db::messages::add_message(
        intake.db(),
        NewMessage {
            tip_id: tip,
            team_id: Some(team),
            kind: "reply",
            author: &audit.actor,
            day: now.date_naive(),
            sealed_in,
            sealed,
            files: Vec::new(),
            first_file: 0,
        },
        Vec::new(),
        now.timestamp(),
        Some(&audit),
    )
    .await?;
    Ok(())
}

/// What a source adds with their codename, and the files they send with
/// it: sealed to the vetted keys of every team the report was sent to,
/// stored, and mailed like a report. The files are already sealed into the
/// blob store; their rows are written with the message, in one transaction.
pub async fn add_from_source(
    intake: &Intake,
    tip: Uuid,
    text: &str,
    files: &[crate::upload::Attachment],
    now: DateTime<Utc>,
) -> Result<(), ConversationError> {
    // Text, files, or both.
    if files.is_empty() || !text.trim().is_empty() {
        check_length(text)?;
    }
    let mut teams: Vec<Uuid> = db::tip_recipients(intake.db(), tip)
        .await?
        .into_iter()
        .map(|(team, _)| team)
        .collect();
    teams.sort();
    teams.dedup();
    let snap = intake.snapshot().await?;
    let recipients = team_recipients(&snap, &teams, now);
    if recipients.is_empty() {
        return Err(ConversationError::NoKeys);
    }
    let first_file = if files.is_empty() {
        0
    } else {
        db::next_file_number(intake.db(), tip).await?
    };
    let infos: Vec<_> = files.iter().map(crate::upload::Attachment::info).collect();
    let listed = crate::report::files_text(&infos, usize::try_from(first_file).unwrap_or(1))
        .replace('\n', "\r\n");
    let plaintext = format!(
        "Tipline: information the source added to tip {tip}\r\nDay: {}\r\n\r\n{}\r\n{listed}",
        now.date_naive(),
        text.trim()
    );
    let certs: Vec<&ValidCert> = recipients.iter().map(|r| &r.cert).collect();
    // Each file opens for exactly the keys the addition is sealed to.
    let new_files = files
        .iter()
        .map(|f| {
            let s = f.sealed();
            Ok(db::NewFile {
                blob: s.blob,
                sealed_size: s.sealed_size,
                session_keys: crate::seal::session_key_packets(&s.key, &certs, now.into())
                    .map_err(|e| ConversationError::Seal(e.to_string()))?,
            })
        })
        .collect::<Result<Vec<_>, ConversationError>>()?;
    let sealed = intake
        .sealer()
        .seal(plaintext.as_bytes(), &certs, now.into())
        .map_err(|e| ConversationError::Seal(e.to_string()))?;
    drop(plaintext);
    let mail: Vec<NewMail> = recipients
        .iter()
        .map(|r| {
            let (kind, copy) = if r.mode == "notice" {
                ("notice", None)
            } else {
                let keys = crate::seal::key_handles(&r.cert.to_bytes());
                ("full", crate::seal::only_for(&sealed, &keys))
            };
            NewMail {
                responder_id: r.id,
                fingerprint: r.fingerprint.clone(),
                email: r.email.clone(),
                kind,
                sealed: copy,
                message_token: crate::random::hex(&crate::random::bytes::<16>()),
                not_before: intake.mail_not_before(now.timestamp()),
            }
        })
        .collect();
    let due_now = mail.iter().any(|m| m.not_before <= now.timestamp());
    db::messages::add_message(
        intake.db(),
        NewMessage {
            tip_id: tip,
            team_id: None,
            kind: "source",
            author: "",
            day: now.date_naive(),
            sealed_in: "server",
            sealed,
            files: new_files,
            first_file,
        },
        mail,
        now.timestamp(),
        None,
    )
    .await?;
    if due_now {
        intake.wake_mail();
    }
    Ok(())
}

/// A reply as the source reads it.
pub struct ReadReply {
    pub day: NaiveDate,
    pub text: String,
}

/// The replies to the source of `tip`, opened with the source's re-derived
/// encryption key; one that does not open (it should not happen) is skipped.
pub async fn replies_for_source(
    db: &db::Db,
    tip: Uuid,
    encryption_secret: &[u8; 32],
) -> Result<Vec<ReadReply>, sea_orm::DbErr> {
    Ok(db::messages::replies(db, tip)
        .await?
        .into_iter()
        .filter_map(|m| {
            let plain = crate::seal::open_with_source_key(encryption_secret, &m.sealed).ok()?;
            Some(ReadReply {
                day: m.day,
                text: String::from_utf8_lossy(&plain).into_owned(),
            })
        })
        .collect())
}
