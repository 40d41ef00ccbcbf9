//! Each account keeps the language of its responder and admin pages
//! (empty: the browser's, by `Accept-Language`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("accounts")
                .add_column(string_null("language"))
                .to_owned(),
        )
        .await
    }
}
