//! A report's e-mail with its files inside (issue 20,
//! TIPLINE_MAIL_ATTACHMENT_MAX): another sealed message than the stored
//! report, whose encrypted body every responder's copy shares. It is
//! written once, here, with the tip; each outbox row ("full-files") keeps
//! only that responder's session-key packets. The row goes when the last
//! copy is sent, or with its tip.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("tip_mail_bodies")
                .col(uuid("tip_id").primary_key())
                .col(blob("body"))
                .foreign_key(
                    ForeignKey::create()
                        .from("tip_mail_bodies", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }
}
