//! Files sent with a report (issue 20). Each is sealed apart, in a blob
//! file of its own (src/blobs.rs); the row keeps only the blob's random
//! name, its size on disk and the session-key packets that open it for
//! the tip's recipients. A file's name, type and size as sent are in the
//! sealed report, never in a clear-text column.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("tip_files")
                .col(uuid("tip_id"))
                // 1, 2, … in the order the report lists them.
                .col(integer("number"))
                .col(string("blob"))
                .col(big_integer("sealed_size"))
                .col(blob("session_keys"))
                .primary_key(Index::create().col("tip_id").col("number"))
                .foreign_key(
                    ForeignKey::create()
                        .from("tip_files", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }
}
