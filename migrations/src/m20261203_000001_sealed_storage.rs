//! Sealed columns are stored out of line without compression on
//! PostgreSQL (`STORAGE EXTERNAL`). OpenPGP messages are encrypted and do
//! not compress; with the default (`EXTENDED`) PostgreSQL ran its pglz
//! compressor over every sealed tip before storing it anyway, about a
//! quarter of its CPU time per report (docs/PERFORMANCE.md). SQLite has no
//! such setting; there this migration does nothing.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Every column that holds an OpenPGP message, by table.
const SEALED: [(&str, &str); 4] = [
    ("tips", "sealed"),
    ("outbox", "sealed"),
    ("notes", "sealed"),
    ("messages", "sealed"),
];

async fn set_storage(m: &SchemaManager<'_>, storage: &str) -> Result<(), DbErr> {
    if m.get_database_backend() != sea_orm::DatabaseBackend::Postgres {
        return Ok(());
    }
    for (table, column) in SEALED {
        m.get_connection()
            .execute_unprepared(&format!(
                "ALTER TABLE {table} ALTER COLUMN {column} SET STORAGE {storage}"
            ))
            .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        set_storage(m, "EXTERNAL").await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        set_storage(m, "EXTENDED").await
    }
}
