//! Delivery: the transactional outbox (one row per recipient of a tip,
//! holding the copy sealed to that recipient alone, deleted once
//! delivered) and, for the digest mode, when each responder last got a
//! notice. Outbox rows carry send-scheduling times (unix seconds) only
//! while they are pending.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("outbox")
                .col(pk_uuid("id"))
                .col(uuid_null("tip_id"))
                .col(uuid_null("responder_id"))
                .col(string_null("fingerprint"))
                .col(string("email"))
                // full | notice | test
                .col(string("kind"))
                .col(blob_null("sealed"))
                // Random, fixed when queued: the Message-ID's left part.
                .col(string("message_token"))
                // pending | failed | skipped (delivered rows are deleted)
                .col(string("state"))
                .col(integer("attempts"))
                .col(big_integer("queued_at"))
                .col(big_integer("not_before"))
                .col(text_null("last_error"))
                .foreign_key(
                    ForeignKey::create()
                        .from("outbox", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("outbox_due")
                .table("outbox")
                .col("state")
                .col("not_before")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("notice_log")
                .col(pk_uuid("responder_id"))
                .col(big_integer("last_sent"))
                .foreign_key(
                    ForeignKey::create()
                        .from("notice_log", "responder_id")
                        .to("responders", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
