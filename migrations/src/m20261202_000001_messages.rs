//! Two-way messages: responders' replies to a source (sealed to the
//! source's key and the replying team's keys) and what a source adds later
//! (sealed to the keys of the teams the report was sent to); and the short
//! sessions of sources who came back with their codename.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("messages")
                .col(pk_uuid("id"))
                .col(uuid("tip_id"))
                // The replying team; none for what the source adds.
                .col(uuid_null("team_id"))
                // reply | source
                .col(string("kind"))
                // The replying responder's e-mail address; empty for the source.
                .col(string("author"))
                .col(date("day"))
                // Its place in the tip's conversation (1, 2, …): messages of
                // one day must still read in order, and no finer time is kept.
                .col(big_integer("seq"))
                // browser | server: where the plaintext was sealed.
                .col(string("sealed_in"))
                // The message sealed; never plaintext.
                .col(blob("sealed"))
                .foreign_key(
                    ForeignKey::create()
                        .from("messages", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("messages_by_tip")
                .table("messages")
                .col("tip_id")
                .col("seq")
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("source_sessions")
                // SHA-256 of the cookie's random token.
                .col(blob("token_hash").primary_key())
                .col(uuid("source_id"))
                // Kept only while the session lives (15 idle minutes), like
                // an outbox row's send time: deleted when it ends.
                .col(big_integer("last_seen"))
                .foreign_key(
                    ForeignKey::create()
                        .from("source_sessions", "source_id")
                        .to("sources", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
