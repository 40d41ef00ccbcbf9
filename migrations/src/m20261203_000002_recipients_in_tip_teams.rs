//! A tip's recipient fingerprints move into the row of the team they were
//! sealed for (`tip_teams.fingerprints`, space-separated), and the
//! `tip_recipients` table goes. Each report wrote its recipients into an
//! index of their own keyed by the random tip id: about two database pages
//! per report for what the team's row can carry (docs/PERFORMANCE.md).
//!
//! Every recipient's team has had a `tip_teams` row since the triage
//! migration; should one be missing, it is added as closed, so that the
//! record of whom the tip was sealed to is kept without showing the tip
//! to that team as new.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table("tip_teams")
                .add_column(text("fingerprints").default(""))
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        let joined = if m.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            "string_agg(r.fingerprint, ' ' ORDER BY r.fingerprint)"
        } else {
            "group_concat(r.fingerprint, ' ')"
        };
        db.execute_unprepared(
            "INSERT INTO tip_teams (tip_id, team_id, received_day, urgent, status, closed_day) \
             SELECT DISTINCT r.tip_id, r.team_id, t.received_day, t.urgent, 'closed', t.received_day \
             FROM tip_recipients r JOIN tips t ON t.id = r.tip_id \
             WHERE NOT EXISTS (SELECT 1 FROM tip_teams tt \
                               WHERE tt.tip_id = r.tip_id AND tt.team_id = r.team_id)",
        )
        .await?;
        db.execute_unprepared(&format!(
            "UPDATE tip_teams SET fingerprints = COALESCE((SELECT {joined} FROM tip_recipients r \
             WHERE r.tip_id = tip_teams.tip_id AND r.team_id = tip_teams.team_id), '')"
        ))
        .await?;
        m.drop_table(Table::drop().table("tip_recipients").to_owned())
            .await?;
        Ok(())
    }
}
