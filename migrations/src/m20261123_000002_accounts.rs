//! Accounts of responders and admins: invitations, sessions, recovery
//! codes, and the audit log. Passwords are argon2id hashes, TOTP secrets
//! are sealed with a key derived from the instance secret, and tokens and
//! recovery codes are stored only as hashes.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("accounts")
                .col(pk_uuid("id"))
                .col(string_uniq("email"))
                // admin | responder
                .col(string("role"))
                .col(uuid_null("responder_id"))
                .col(string_null("password_hash"))
                .col(blob_null("totp_secret"))
                .col(boolean("totp_enabled"))
                .col(big_integer("totp_last_step"))
                // invited | active | suspended
                .col(string("state"))
                .col(date("created_day"))
                .foreign_key(
                    ForeignKey::create()
                        .from("accounts", "responder_id")
                        .to("responders", "id")
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("invitations")
                .col(blob("token_hash").primary_key())
                .col(uuid("account_id"))
                .col(uuid_null("team_id"))
                .col(big_integer("expires_at"))
                // password | totp | key | done
                .col(string("stage"))
                .foreign_key(
                    ForeignKey::create()
                        .from("invitations", "account_id")
                        .to("accounts", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("invitations", "team_id")
                        .to("teams", "id")
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sessions")
                .col(blob("token_hash").primary_key())
                .col(uuid("account_id"))
                .col(big_integer("created_at"))
                .col(big_integer("last_seen"))
                .foreign_key(
                    ForeignKey::create()
                        .from("sessions", "account_id")
                        .to("accounts", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("sessions_by_account")
                .table("sessions")
                .col("account_id")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("recovery_codes")
                .col(uuid("account_id"))
                .col(blob("code_hash"))
                .col(boolean("used"))
                .primary_key(Index::create().col("account_id").col("code_hash"))
                .foreign_key(
                    ForeignKey::create()
                        .from("recovery_codes", "account_id")
                        .to("accounts", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("audit_log")
                .col(pk_uuid("id"))
                .col(date("day"))
                // Exact time, only for entries that name no tip.
                .col(big_integer_null("at"))
                // An account's e-mail address, or "shell" for the CLI.
                .col(string("actor"))
                .col(string("action"))
                .col(text("detail"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("audit_by_day")
                .table("audit_log")
                .col("day")
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
