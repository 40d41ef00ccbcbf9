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
    actor: &str,
    need: u64,
    today: NaiveDate,
    now: std::time::SystemTime,
) -> Result<Outcome, VetError> {
    let txn = db.begin().await?;
    let Some(r) = responder::Entity::find_by_id(responder).one(&txn).await? else {
        return Err(VetError::NotFound);
    };
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
