//! Queries for accounts, invitations, sessions, recovery codes and the
//! audit log.

use super::entities::*;
use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use uuid::Uuid;

/// The account with this e-mail address (compared in lower case).
pub async fn account_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<account::Model>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await
}

/// The account with this id.
pub async fn account_by_id(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<account::Model>, DbErr> {
    account::Entity::find_by_id(id).one(db).await
}

/// What an invitation makes.
pub struct NewInvitation<'a> {
    pub email: &'a str,
    pub role: &'a str,
    pub responder_id: Option<Uuid>,
    pub team_id: Option<Uuid>,
    pub token_hash: Vec<u8>,
    pub expires_at: i64,
    pub today: NaiveDate,
}

/// Why an invitation could not be made.
#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error("an account with this e-mail address is already active")]
    AlreadyActive,
    #[error("that responder already has a login (another e-mail address)")]
    ResponderTaken,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

/// Creates an invited account (or renews the invitation of one not yet
/// accepted): any earlier link for it stops working.
pub async fn invite(
    db: &DatabaseConnection,
    n: NewInvitation<'_>,
) -> Result<account::Model, InviteError> {
    let txn = db.begin().await?;
    // Write first: on SQLite a transaction that reads and then writes fails
    // at once ("database is locked") if another connection wrote between.
    super::lock_for_write(&txn).await?;
    let email = n.email.trim().to_lowercase();
    if let Some(r) = n.responder_id {
        // One login per registered key: a second would read the same tips.
        let taken = account::Entity::find()
            .filter(account::Column::ResponderId.eq(r))
            .filter(account::Column::Email.ne(email.as_str()))
            .one(&txn)
            .await?;
        if taken.is_some() {
            return Err(InviteError::ResponderTaken);
        }
    }
    let existing = account_by_email(&txn, &email).await?;
    let account = match existing {
        Some(a) if a.state != "invited" => return Err(InviteError::AlreadyActive),
        Some(a) => {
            let mut m: account::ActiveModel = a.into();
            m.role = Set(n.role.to_owned());
            m.responder_id = Set(n.responder_id);
            m.update(&txn).await?
        }
        None => {
            account::ActiveModel {
                id: Set(crate::random::uuid()),
                email: Set(email),
                role: Set(n.role.to_owned()),
                responder_id: Set(n.responder_id),
                password_hash: Set(None),
                totp_secret: Set(None),
                totp_enabled: Set(false),
                totp_last_step: Set(0),
                state: Set("invited".into()),
                created_day: Set(n.today),
                language: Set(None),
            }
            .insert(&txn)
            .await?
        }
    };
    invitation::Entity::delete_many()
        .filter(invitation::Column::AccountId.eq(account.id))
        .exec(&txn)
        .await?;
    invitation::ActiveModel {
        token_hash: Set(n.token_hash),
        account_id: Set(account.id),
        team_id: Set(n.team_id),
        expires_at: Set(n.expires_at),
        stage: Set("password".into()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(account)
}

/// An invitation and its account, by the link's token hash.
pub async fn invitation(
    db: &impl ConnectionTrait,
    token_hash: &[u8],
) -> Result<Option<(invitation::Model, account::Model)>, DbErr> {
    let Some(inv) = invitation::Entity::find_by_id(token_hash.to_vec())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(account_by_id(db, inv.account_id).await?.map(|a| (inv, a)))
}

/// Moves an invitation from step `from` to step `to`; false if it is no
/// longer at `from` (a step sent twice, or two requests at once). Run it
/// in the transaction that makes the step's changes.
pub async fn advance_invitation(
    db: &impl ConnectionTrait,
    token_hash: &[u8],
    from: &str,
    to: &str,
) -> Result<bool, DbErr> {
    Ok(invitation::Entity::update_many()
        .col_expr(invitation::Column::Stage, Expr::value(to))
        .filter(invitation::Column::TokenHash.eq(token_hash.to_vec()))
        .filter(invitation::Column::Stage.eq(from))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Sets the password hash and a new, not yet confirmed, sealed TOTP secret.
pub async fn set_password_and_totp(
    db: &impl ConnectionTrait,
    account: Uuid,
    password_hash: &str,
    sealed_totp: Vec<u8>,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(password_hash))
        .col_expr(account::Column::TotpSecret, Expr::value(sealed_totp))
        .col_expr(account::Column::TotpEnabled, Expr::value(false))
        .filter(account::Column::Id.eq(account))
        .exec(db)
        .await?;
    Ok(())
}

/// Saves the language of the account's pages (`None`: the browser's).
pub async fn set_language(
    db: &impl ConnectionTrait,
    account: Uuid,
    language: Option<&str>,
) -> Result<(), DbErr> {
    let done = account::Entity::update_many()
        .col_expr(account::Column::Language, Expr::value(language))
        .filter(account::Column::Id.eq(account))
        .exec(db)
        .await?;
    if done.rows_affected == 1 {
        Ok(())
    } else {
        Err(DbErr::RecordNotUpdated)
    }
}

/// Sets a new password hash.
pub async fn set_password(
    db: &impl ConnectionTrait,
    account: Uuid,
    password_hash: &str,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(password_hash))
        .filter(account::Column::Id.eq(account))
        .exec(db)
        .await?;
    Ok(())
}

/// Turns TOTP on (the code of `step` was just confirmed) and replaces the
/// recovery codes.
pub async fn enable_totp(
    db: &impl ConnectionTrait,
    account: Uuid,
    step: i64,
    recovery_hashes: Vec<Vec<u8>>,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::TotpEnabled, Expr::value(true))
        .col_expr(account::Column::TotpLastStep, Expr::value(step))
        .filter(account::Column::Id.eq(account))
        .exec(db)
        .await?;
    set_recovery_codes(db, account, recovery_hashes).await
}

/// Replaces the TOTP secret of an enabled account with one whose code of
/// `step` was just confirmed.
pub async fn replace_totp(
    db: &impl ConnectionTrait,
    account: Uuid,
    sealed_totp: Vec<u8>,
    step: i64,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::TotpSecret, Expr::value(sealed_totp))
        .col_expr(account::Column::TotpEnabled, Expr::value(true))
        .col_expr(account::Column::TotpLastStep, Expr::value(step))
        .filter(account::Column::Id.eq(account))
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces the recovery codes (the old ones stop working).
pub async fn set_recovery_codes(
    db: &impl ConnectionTrait,
    account: Uuid,
    recovery_hashes: Vec<Vec<u8>>,
) -> Result<(), DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::AccountId.eq(account))
        .exec(db)
        .await?;
    recovery_code::Entity::insert_many(recovery_hashes.into_iter().map(|h| {
        recovery_code::ActiveModel {
            account_id: Set(account),
            code_hash: Set(h),
            used: Set(false),
        }
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Records that the TOTP code of `step` was used; false if it (or a later
/// one) already was: each code works once, across processes.
pub async fn use_totp_step(
    db: &impl ConnectionTrait,
    account: Uuid,
    step: i64,
) -> Result<bool, DbErr> {
    Ok(account::Entity::update_many()
        .col_expr(account::Column::TotpLastStep, Expr::value(step))
        .filter(account::Column::Id.eq(account))
        .filter(account::Column::TotpLastStep.lt(step))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Uses up a recovery code; false if it is unknown or already used.
pub async fn use_recovery_code(
    db: &impl ConnectionTrait,
    account: Uuid,
    code_hash: Vec<u8>,
) -> Result<bool, DbErr> {
    Ok(recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::Used, Expr::value(true))
        .filter(recovery_code::Column::AccountId.eq(account))
        .filter(recovery_code::Column::CodeHash.eq(code_hash))
        .filter(recovery_code::Column::Used.eq(false))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// How many recovery codes are left.
pub async fn recovery_codes_left(db: &impl ConnectionTrait, account: Uuid) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    recovery_code::Entity::find()
        .filter(recovery_code::Column::AccountId.eq(account))
        .filter(recovery_code::Column::Used.eq(false))
        .count(db)
        .await
}

/// Finishes an invitation at its last step: the link stops working and
/// the account becomes active (linked to `responder` if given). False if
/// the invitation was no longer at that step. Run it in the transaction
/// that adds the responder.
pub async fn finish_invitation(
    db: &impl ConnectionTrait,
    token_hash: &[u8],
    account: Uuid,
    responder: Option<Uuid>,
) -> Result<bool, DbErr> {
    let gone = invitation::Entity::delete_many()
        .filter(invitation::Column::TokenHash.eq(token_hash.to_vec()))
        .filter(invitation::Column::Stage.eq("key"))
        .exec(db)
        .await?
        .rows_affected;
    if gone != 1 {
        return Ok(false);
    }
    let mut q = account::Entity::update_many()
        .col_expr(account::Column::State, Expr::value("active"))
        .filter(account::Column::Id.eq(account));
    if let Some(r) = responder {
        q = q.col_expr(account::Column::ResponderId, Expr::value(r));
    }
    q.exec(db).await?;
    Ok(true)
}

/// Starts a session.
pub async fn create_session(
    db: &impl ConnectionTrait,
    token_hash: Vec<u8>,
    account: Uuid,
    now: i64,
) -> Result<(), DbErr> {
    session::ActiveModel {
        token_hash: Set(token_hash),
        account_id: Set(account),
        created_at: Set(now),
        last_seen: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A session and its account.
pub async fn session(
    db: &impl ConnectionTrait,
    token_hash: &[u8],
) -> Result<Option<(session::Model, account::Model)>, DbErr> {
    let Some(s) = session::Entity::find_by_id(token_hash.to_vec())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(account_by_id(db, s.account_id).await?.map(|a| (s, a)))
}

/// Notes that a session was used at `now`.
pub async fn touch_session(
    db: &impl ConnectionTrait,
    token_hash: &[u8],
    now: i64,
) -> Result<(), DbErr> {
    session::Entity::update_many()
        .col_expr(session::Column::LastSeen, Expr::value(now))
        .filter(session::Column::TokenHash.eq(token_hash.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends one session.
pub async fn end_session(db: &impl ConnectionTrait, token_hash: &[u8]) -> Result<(), DbErr> {
    session::Entity::delete_by_id(token_hash.to_vec())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of an account but `keep`; returns how many ended.
pub async fn end_sessions_of(
    db: &impl ConnectionTrait,
    account: Uuid,
    keep: Option<&[u8]>,
) -> Result<u64, DbErr> {
    let mut q = session::Entity::delete_many().filter(session::Column::AccountId.eq(account));
    if let Some(k) = keep {
        q = q.filter(session::Column::TokenHash.ne(k.to_vec()));
    }
    Ok(q.exec(db).await?.rows_affected)
}

/// An audit entry to write in the transaction of the change it records.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub day: NaiveDate,
    /// The exact time, only for entries that name no tip.
    pub at: Option<i64>,
    pub actor: String,
    pub action: &'static str,
    pub detail: String,
}

impl AuditEntry {
    /// Writes it (in the caller's transaction).
    pub async fn write(&self, db: &impl ConnectionTrait) -> Result<(), DbErr> {
        audit(
            db,
            self.day,
            self.at,
            &self.actor,
            self.action,
            &self.detail,
        )
        .await
    }
}

/// Writes an audit entry. `at` (exact time) only when it names no tip.
pub async fn audit(
    db: &impl ConnectionTrait,
    day: NaiveDate,
    at: Option<i64>,
    actor: &str,
    action: &str,
    detail: &str,
) -> Result<(), DbErr> {
    audit::ActiveModel {
        id: Set(crate::random::uuid()),
        day: Set(day),
        at: Set(at),
        actor: Set(actor.to_owned()),
        action: Set(action.to_owned()),
        detail: Set(detail.to_owned()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The latest audit entries, newest first.
pub async fn audit_entries(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<audit::Model>, DbErr> {
    audit::Entity::find()
        .order_by_desc(audit::Column::Day)
        .order_by_with_nulls(
            audit::Column::At,
            sea_orm::Order::Desc,
            sea_orm::sea_query::NullOrdering::Last,
        )
        .limit(limit)
        .all(db)
        .await
}

/// Resets an account's second factor: a new, unconfirmed TOTP secret, no
/// recovery codes, every session ended, and a fresh invitation at the TOTP
/// step (the password stays). Returns how many sessions ended.
pub async fn reset_second_factor(
    db: &DatabaseConnection,
    account: Uuid,
    sealed_totp: Vec<u8>,
    token_hash: Vec<u8>,
    expires_at: i64,
) -> Result<u64, DbErr> {
    let txn = db.begin().await?;
    account::Entity::update_many()
        .col_expr(account::Column::TotpSecret, Expr::value(sealed_totp))
        .col_expr(account::Column::TotpEnabled, Expr::value(false))
        // A new secret: steps used with the old one say nothing about it.
        .col_expr(account::Column::TotpLastStep, Expr::value(0i64))
        .filter(account::Column::Id.eq(account))
        .exec(&txn)
        .await?;
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::AccountId.eq(account))
        .exec(&txn)
        .await?;
    let ended = end_sessions_of(&txn, account, None).await?;
    invitation::Entity::delete_many()
        .filter(invitation::Column::AccountId.eq(account))
        .exec(&txn)
        .await?;
    invitation::ActiveModel {
        token_hash: Set(token_hash),
        account_id: Set(account),
        team_id: Set(None),
        expires_at: Set(expires_at),
        stage: Set("totp".into()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(ended)
}

/// Every account, by e-mail address.
pub async fn accounts(db: &impl ConnectionTrait) -> Result<Vec<account::Model>, DbErr> {
    account::Entity::find()
        .order_by_asc(account::Column::Email)
        .all(db)
        .await
}
