//! The trust boundary: a responder receives reports only once enough
//! distinct admins have approved their key (`TIPLINE_APPROVALS`, default
//! 1). The shell is one actor, so the CLI counts as at most one approval.

use crate::db::{self, entities::*};
use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set, TransactionTrait,
};
use uuid::Uuid;

/// What an approval did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Enough admins approved: the responder is vetted now.
    Vetted,
    /// Recorded; more approvals are needed.
    Waiting { have: u64, need: u64 },
    /// This actor had already approved; more approvals are needed.
    AlreadyApproved { have: u64, need: u64 },
    /// The responder was vetted before.
    AlreadyVetted,
}

/// Why an approval was refused.
#[derive(Debug, thiserror::Error)]
pub enum VetError {
    #[error("no such responder")]
    NotFound,
    #[error("the key changed since the page was opened; compare the new fingerprint")]
    KeyChanged,
    #[error("cannot vet: {0}")]
    Key(#[from] crate::seal::KeyError),
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

/// Records `actor`'s approval of vetting `responder`, and vets them once
/// `need` distinct actors have approved. The key must be valid at `now`.
pub async fn approve_vetting(
    db: &DatabaseConnection,
    responder: Uuid,
    fingerprint: &str,
    actor: &str,
    need: u64,
    today: NaiveDate,
    now: std::time::SystemTime,
) -> Result<Outcome, VetError> {
    let txn = db.begin().await?;
    // Approvals of one responder take turns: this write locks the row on
    // PostgreSQL and takes SQLite's write lock before anything is read.
    responder::Entity::update_many()
        .col_expr(
            responder::Column::Vetted,
            sea_orm::sea_query::Expr::col(responder::Column::Vetted),
        )
        .filter(responder::Column::Id.eq(responder))
        .exec(&txn)
        .await?;
    let Some(r) = responder::Entity::find_by_id(responder).one(&txn).await? else {
        return Err(VetError::NotFound);
    };
    // The approval is of the key the admin compared, not of whatever key
    // the responder has by the time the form arrives.
    if !r.fingerprint.eq_ignore_ascii_case(fingerprint.trim()) {
        return Err(VetError::KeyChanged);
    }
    if r.vetted {
        return Ok(Outcome::AlreadyVetted);
    }
    crate::seal::ValidCert::parse(&r.cert, now)?;
    let change = match change::Entity::find()
        .filter(change::Column::Kind.eq("vet"))
        .filter(change::Column::ResponderId.eq(responder))
        .one(&txn)
        .await?
    {
        Some(c) => c,
        None => {
            change::ActiveModel {
                id: Set(crate::random::uuid()),
                kind: Set("vet".into()),
                responder_id: Set(responder),
                created_day: Set(today),
            }
            .insert(&txn)
            .await?
        }
    };
    let already = change_approval::Entity::find_by_id((change.id, actor.to_owned()))
        .one(&txn)
        .await?
        .is_some();
    if !already {
        change_approval::ActiveModel {
            change_id: Set(change.id),
            actor: Set(actor.to_owned()),
        }
        .insert(&txn)
        .await?;
    }
    let have = change_approval::Entity::find()
        .filter(change_approval::Column::ChangeId.eq(change.id))
        .count(&txn)
        .await?;
    let what = format!("{} <{}>, fingerprint {}", r.name, r.email, r.fingerprint);
    let outcome = if have >= need {
        db::vet_responder_in(&txn, responder).await?;
        change::Entity::delete_by_id(change.id).exec(&txn).await?;
        db::accounts::audit(
            &txn,
            today,
            None,
            actor,
            "vet",
            &format!("{what} ({have} of {need} approvals)"),
        )
        .await?;
        Outcome::Vetted
    } else if already {
        Outcome::AlreadyApproved { have, need }
    } else {
        db::accounts::audit(
            &txn,
            today,
            None,
            actor,
            "approve vetting",
            &format!("{what} ({have} of {need})"),
        )
        .await?;
        Outcome::Waiting { have, need }
    };
    txn.commit().await?;
    Ok(outcome)
}

/// Who has approved vetting each pending responder so far.
pub async fn approvals(db: &DatabaseConnection) -> Result<Vec<(Uuid, Vec<String>)>, DbErr> {
    let changes = change::Entity::find()
        .filter(change::Column::Kind.eq("vet"))
        .all(db)
        .await?;
    let all = change_approval::Entity::find().all(db).await?;
    Ok(changes
        .into_iter()
        .map(|c| {
            let who = all
                .iter()
                .filter(|a| a.change_id == c.id)
                .map(|a| a.actor.clone())
                .collect();
            (c.responder_id, who)
        })
        .collect())
}

/// What a key update did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyUpdate {
    /// The same key, updated (new expiry, subkey, or user ID); vetting stands.
    Updated,
    /// The same key, now revoked (or with no usable encryption key left):
    /// nothing more is sealed to it.
    Unusable(String),
    /// A different key: the responder is pending until admins vet it again.
    Replaced { fingerprint: String },
}

/// Why a key update was refused.
#[derive(Debug, thiserror::Error)]
pub enum KeyUpdateError {
    #[error("no such responder")]
    NotFound,
    #[error("{0}")]
    Key(#[from] crate::seal::KeyError),
    #[error("this key belongs to another responder here")]
    Taken,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

/// Updates a responder's key from `data` (armored or binary). The same
/// primary key is merged into the stored certificate — sequoia checks every
/// signature it merges, and a revocation takes effect at once. A different
/// key replaces the old one and makes the responder pending.
pub async fn update_key(
    db: &DatabaseConnection,
    responder: Uuid,
    data: &[u8],
    actor: &str,
    today: NaiveDate,
    now: std::time::SystemTime,
) -> Result<KeyUpdate, KeyUpdateError> {
    use crate::seal::{KeyError, ValidCert};
    use sequoia_openpgp::parse::Parse;
    let mut certs =
        sequoia_openpgp::cert::CertParser::from_bytes(data).map_err(|_| KeyError::Unparseable)?;
    let new = certs
        .next()
        .ok_or(KeyError::Unparseable)?
        .map_err(|_| KeyError::Unparseable)?
        .strip_secret_key_material();
    if certs.next().is_some() {
        return Err(KeyError::Several.into());
    }
    let txn = db.begin().await?;
    let Some(r) = responder::Entity::find_by_id(responder).one(&txn).await? else {
        return Err(KeyUpdateError::NotFound);
    };
    let old = crate::seal::parse_cert(&r.cert).map_err(|_| KeyError::Unparseable)?;
    let (bytes, fingerprint, outcome) = if new.fingerprint() == old.fingerprint() {
        // Signatures are verified when the key is used (under the
        // standard policy, in ValidCert): a forged revocation or subkey
        // binding in the upload is ignored there, never acted on.
        let merged = old.merge_public(new).map_err(|_| KeyError::Unparseable)?;
        let outcome = match ValidCert::validate(merged.clone(), now) {
            Ok(_) => KeyUpdate::Updated,
            Err(e) => KeyUpdate::Unusable(e.to_string()),
        };
        let bytes = sequoia_openpgp::serialize::SerializeInto::to_vec(&merged)
            .map_err(|_| KeyError::Unparseable)?;
        (bytes, r.fingerprint.clone(), outcome)
    } else {
        let valid = ValidCert::validate(new, now)?;
        let fingerprint = valid.fingerprint.to_hex();
        if responder::Entity::find()
            .filter(responder::Column::Fingerprint.eq(fingerprint.clone()))
            .one(&txn)
            .await?
            .is_some()
        {
            return Err(KeyUpdateError::Taken);
        }
        (
            valid.to_bytes(),
            fingerprint.clone(),
            KeyUpdate::Replaced { fingerprint },
        )
    };
    let replaced = matches!(outcome, KeyUpdate::Replaced { .. });
    let mut m: responder::ActiveModel = r.clone().into();
    m.cert = Set(bytes);
    m.fingerprint = Set(fingerprint.clone());
    if replaced {
        // A new key crosses the trust boundary again; earlier approvals were for the old one.
        m.vetted = Set(false);
        change::Entity::delete_many()
            .filter(change::Column::ResponderId.eq(responder))
            .exec(&txn)
            .await?;
    }
    m.update(&txn).await?;
    db::bump_generation(&txn).await?;
    let detail = match &outcome {
        KeyUpdate::Updated => format!("{} <{}>: same key {fingerprint}, updated", r.name, r.email),
        KeyUpdate::Unusable(why) => format!(
            "{} <{}>: same key {fingerprint}, now unusable ({why})",
            r.name, r.email
        ),
        KeyUpdate::Replaced { .. } => format!(
            "{} <{}>: key {} replaced by {fingerprint}, pending vetting",
            r.name, r.email, r.fingerprint
        ),
    };
    db::accounts::audit(&txn, today, None, actor, "key update", &detail).await?;
    if replaced || matches!(outcome, KeyUpdate::Unusable(_)) {
        db::add_alert(&txn, today, "responder-key", &detail).await?;
    }
    txn.commit().await?;
    Ok(outcome)
}
