//! `sources` keyed by tip: a tip has one source, and its id becomes the
//! source's key (the separate random `id` goes); `source_sessions` name
//! the tip their source belongs to.
//!
//! Before, every look-up of a tip's source (the responder's tip page asks
//! whether a reply can reach the source; a reply seals to the source's
//! certificate) read the whole `sources` table, and deleting a tip made
//! both databases scan it once more to cascade the delete, so a retention
//! purge cost the tips deleted times the tips kept (docs/PERFORMANCE.md).
//! An index on `tip_id` would have fixed the look-ups at the price of one
//! more index written with every report; keying the table by tip costs
//! nothing more than the key it replaces.
//!
//! Both tables are rebuilt and their rows copied, in one transaction on
//! both databases. The rename at the end carries `source_sessions`'
//! reference to the new table along (SQLite rewrites it; PostgreSQL's
//! constraints name tables by object id).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("sources_new")
                .col(pk_uuid("tip_id"))
                .col(blob("lookup"))
                .col(blob("cert"))
                .foreign_key(
                    ForeignKey::create()
                        .from("sources_new", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("source_sessions_new")
                .col(blob("token_hash").primary_key())
                .col(uuid("tip_id"))
                .col(big_integer("last_seen"))
                .foreign_key(
                    ForeignKey::create()
                        .from("source_sessions_new", "tip_id")
                        .to("sources_new", "tip_id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        db.execute_unprepared(
            "INSERT INTO sources_new (tip_id, lookup, cert) SELECT tip_id, lookup, cert FROM sources",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO source_sessions_new (token_hash, tip_id, last_seen) \
             SELECT ss.token_hash, s.tip_id, ss.last_seen \
             FROM source_sessions ss JOIN sources s ON s.id = ss.source_id",
        )
        .await?;
        m.drop_table(Table::drop().table("source_sessions").to_owned())
            .await?;
        m.drop_table(Table::drop().table("sources").to_owned())
            .await?;
        for (from, to) in [
            ("sources_new", "sources"),
            ("source_sessions_new", "source_sessions"),
        ] {
            m.rename_table(Table::rename().table(from, to).to_owned())
                .await?;
        }
        // PostgreSQL named the keys and references after the new tables;
        // they take the names a table created as `sources` would have.
        if m.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            for (from, to) in [
                ("sources_new_pkey", "sources_pkey"),
                ("source_sessions_new_pkey", "source_sessions_pkey"),
            ] {
                db.execute_unprepared(&format!("ALTER INDEX {from} RENAME TO {to}"))
                    .await?;
            }
            for (table, from, to) in [
                ("sources", "sources_new_tip_id_fkey", "sources_tip_id_fkey"),
                (
                    "source_sessions",
                    "source_sessions_new_tip_id_fkey",
                    "source_sessions_tip_id_fkey",
                ),
            ] {
                db.execute_unprepared(&format!(
                    "ALTER TABLE {table} RENAME CONSTRAINT {from} TO {to}"
                ))
                .await?;
            }
        }
        m.create_index(
            Index::create()
                .name("sources_lookup")
                .table("sources")
                .col("lookup")
                .unique()
                .to_owned(),
        )
        .await
    }
}
