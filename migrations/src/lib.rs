//! Tipline's schema, one file per change; a file is never edited after it lands.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_initial;
mod m20261123_000001_outbox;
mod m20261123_000002_accounts;
mod m20261123_000003_triage;
mod m20261123_000004_vetting;
mod m20261123_000005_alert_mail;
mod m20261123_000006_pending_changes;
mod m20261202_000001_messages;
mod m20261203_000001_sealed_storage;
mod m20261203_000002_recipients_in_tip_teams;
mod m20261204_000001_sources_by_tip;
mod m20261207_000001_account_language;
mod m20261207_000002_tip_files;
mod m20261207_000003_tip_mail_bodies;

/// All migrations, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_initial::Migration),
            Box::new(m20261123_000001_outbox::Migration),
            Box::new(m20261123_000002_accounts::Migration),
            Box::new(m20261123_000003_triage::Migration),
            Box::new(m20261123_000004_vetting::Migration),
            Box::new(m20261123_000005_alert_mail::Migration),
            Box::new(m20261123_000006_pending_changes::Migration),
            Box::new(m20261202_000001_messages::Migration),
            Box::new(m20261203_000001_sealed_storage::Migration),
            Box::new(m20261203_000002_recipients_in_tip_teams::Migration),
            Box::new(m20261204_000001_sources_by_tip::Migration),
            Box::new(m20261207_000001_account_language::Migration),
            Box::new(m20261207_000002_tip_files::Migration),
            Box::new(m20261207_000003_tip_mail_bodies::Migration),
        ]
    }
}
