//! Queries for the two-way messages of a tip (replies and what the source
//! adds) and for the short sessions of sources who came back.

use super::NewMail;
use super::entities::*;
use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};
use uuid::Uuid;

/// A message to store.
pub struct NewMessage<'a> {
    pub tip_id: Uuid,
    pub team_id: Option<Uuid>,
    /// `reply` or `source`.
    pub kind: &'a str,
    pub author: &'a str,
    pub day: NaiveDate,
    /// `browser` or `server`.
    pub sealed_in: &'a str,
    pub sealed: Vec<u8>,
    /// Files the source sent with an addition, numbered after the tip's
    /// files so far (`first_file` on).
    pub files: Vec<super::NewFile>,
    pub first_file: i32,
}

/// Stores a message, queues its e-mail copies and writes its audit entry
/// in one transaction; the message's place in the conversation is the
/// next one of its tip.
pub async fn add_message(
    db: &DatabaseConnection,
    m: NewMessage<'_>,
    mail: Vec<NewMail>,
    queued_at: i64,
    audit: Option<&super::accounts::AuditEntry>,
) -> Result<message::Model, DbErr> {
    let txn = db.begin().await?;
    // Write first: on SQLite a transaction that reads and then writes fails
    // at once if another connection wrote in between.
    super::lock_for_write(&txn).await?;
    let last: Option<i64> = message::Entity::find()
        .select_only()
        .column_as(message::Column::Seq.max(), "seq")
        .filter(message::Column::TipId.eq(m.tip_id))
        .into_tuple::<Option<i64>>()
        .one(&txn)
        .await?
        .flatten();
    let row = message::ActiveModel {
        id: Set(crate::random::uuid()),
        tip_id: Set(m.tip_id),
        team_id: Set(m.team_id),
        kind: Set(m.kind.to_owned()),
        author: Set(m.author.to_owned()),
        day: Set(m.day),
        seq: Set(last.unwrap_or(0) + 1),
        sealed_in: Set(m.sealed_in.to_owned()),
        sealed: Set(m.sealed),
    }
    .insert(&txn)
    .await?;
    if !mail.is_empty() {
        outbox::Entity::insert_many(mail.into_iter().map(|n| outbox::ActiveModel {
            id: Set(crate::random::uuid()),
            tip_id: Set(Some(m.tip_id)),
            responder_id: Set(Some(n.responder_id)),
            fingerprint: Set(Some(n.fingerprint)),
            email: Set(n.email),
            kind: Set(n.kind.to_owned()),
            sealed: Set(n.sealed),
            message_token: Set(n.message_token),
            state: Set("pending".into()),
            attempts: Set(0),
            queued_at: Set(queued_at),
            not_before: Set(n.not_before),
            last_error: Set(None),
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    if !m.files.is_empty() {
        // Numbers taken meanwhile by another addition fail the primary
        // key: the addition is refused whole, never numbered twice.
        tip_file::Entity::insert_many(m.files.into_iter().zip(m.first_file..).map(|(f, n)| {
            tip_file::ActiveModel {
                tip_id: Set(m.tip_id),
                number: Set(n),
                blob: Set(f.blob),
                sealed_size: Set(f.sealed_size),
                session_keys: Set(f.session_keys),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    if let Some(a) = audit {
        a.write(&txn).await?;
    }
    txn.commit().await?;
    Ok(row)
}

/// The messages of a tip that one team may see: its own replies and
/// everything the source added (which went to every team of the tip), in
/// conversation order.
pub async fn messages_for_team(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
) -> Result<Vec<message::Model>, DbErr> {
    message::Entity::find()
        .filter(message::Column::TipId.eq(tip))
        .filter(
            message::Column::TeamId
                .eq(team)
                .or(message::Column::Kind.eq("source")),
        )
        .order_by_asc(message::Column::Seq)
        .all(db)
        .await
}

/// Every reply to a tip's source (from any team), in conversation order.
pub async fn replies(db: &impl ConnectionTrait, tip: Uuid) -> Result<Vec<message::Model>, DbErr> {
    message::Entity::find()
        .filter(message::Column::TipId.eq(tip))
        .filter(message::Column::Kind.eq("reply"))
        .order_by_asc(message::Column::Seq)
        .all(db)
        .await
}

/// The source whose lookup value is `lookup`.
pub async fn source_by_lookup(
    db: &impl ConnectionTrait,
    lookup: &[u8],
) -> Result<Option<source::Model>, DbErr> {
    source::Entity::find()
        .filter(source::Column::Lookup.eq(lookup.to_vec()))
        .one(db)
        .await
}

/// The source record of a tip.
pub async fn source_of_tip(
    db: &impl ConnectionTrait,
    tip: Uuid,
) -> Result<Option<source::Model>, DbErr> {
    source::Entity::find_by_id(tip).one(db).await
}

/// Starts a source session.
pub async fn create_source_session(
    db: &impl ConnectionTrait,
    token_hash: Vec<u8>,
    tip: Uuid,
    now: i64,
) -> Result<(), DbErr> {
    source_session::ActiveModel {
        token_hash: Set(token_hash),
        tip_id: Set(tip),
        last_seen: Set(now),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Deletes the source sessions idle for `idle` seconds or more: the time a
/// source was last seen is kept only while their session lives.
pub async fn sweep_source_sessions(
    db: &impl ConnectionTrait,
    now: i64,
    idle: i64,
) -> Result<u64, DbErr> {
    Ok(source_session::Entity::delete_many()
        .filter(source_session::Column::LastSeen.lte(now - idle))
        .exec(db)
        .await?
        .rows_affected)
}

/// How many additions the source of `tip` made on `day`.
pub async fn additions_on(
    db: &impl ConnectionTrait,
    tip: Uuid,
    day: NaiveDate,
) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    message::Entity::find()
        .filter(message::Column::TipId.eq(tip))
        .filter(message::Column::Kind.eq("source"))
        .filter(message::Column::Day.eq(day))
        .count(db)
        .await
}

/// The source of a session seen less than `idle` seconds before `now`
/// (an idle one counts as ended even before a sweep deletes it).
pub async fn source_session(
    db: &impl ConnectionTrait,
    token_hash: &[u8],
    now: i64,
    idle: i64,
) -> Result<Option<source::Model>, DbErr> {
    let Some(s) = source_session::Entity::find_by_id(token_hash.to_vec())
        .filter(source_session::Column::LastSeen.gt(now - idle))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    source::Entity::find_by_id(s.tip_id).one(db).await
}

/// Records that a source session was seen at `now`.
pub async fn touch_source_session(
    db: &impl ConnectionTrait,
    token_hash: &[u8],
    now: i64,
) -> Result<(), DbErr> {
    source_session::Entity::update_many()
        .col_expr(source_session::Column::LastSeen, Expr::value(now))
        .filter(source_session::Column::TokenHash.eq(token_hash.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends a source session.
pub async fn end_source_session(db: &impl ConnectionTrait, token_hash: &[u8]) -> Result<(), DbErr> {
    source_session::Entity::delete_many()
        .filter(source_session::Column::TokenHash.eq(token_hash.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}
