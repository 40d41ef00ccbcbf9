//! Vetting by several admins: a change that crosses the trust boundary
//! (vetting a responder, for now) waits in `changes` until enough distinct
//! admins have approved it. Responders can be suspended.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("responders")
                .add_column(boolean("suspended").default(false))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("changes")
                .col(pk_uuid("id"))
                // vet
                .col(string("kind"))
                .col(uuid("responder_id"))
                .col(date("created_day"))
                .foreign_key(
                    ForeignKey::create()
                        .from("changes", "responder_id")
                        .to("responders", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("changes_once")
                .table("changes")
                .col("kind")
                .col("responder_id")
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("change_approvals")
                .col(uuid("change_id"))
                // An account's e-mail address, or "shell" for the CLI.
                .col(string("actor"))
                .primary_key(Index::create().col("change_id").col("actor"))
                .foreign_key(
                    ForeignKey::create()
                        .from("change_approvals", "change_id")
                        .to("changes", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
