//! Alerts are e-mailed to admins once: `mailed` marks those already queued.
//! Alerts from before this change count as mailed (no burst of old news).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("alerts")
                .add_column(boolean("mailed").default(false))
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared("UPDATE alerts SET mailed = TRUE")
            .await?;
        Ok(())
    }
}
