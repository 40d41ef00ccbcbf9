//! Triage: each team that received a tip keeps its own status, assignee,
//! labels and sealed internal notes. `tip_teams` is written with the tip
//! at intake (the teams it was sent to); older tips are filled in here.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("tip_teams")
                .col(uuid("tip_id"))
                .col(uuid("team_id"))
                // Copied from the tip so that the inbox filters and sorts
                // on one index.
                .col(date("received_day"))
                .col(boolean("urgent"))
                // new | triaging | verified | referred | closed
                .col(string("status"))
                .col(uuid_null("assignee"))
                .col(date_null("closed_day"))
                .primary_key(Index::create().col("tip_id").col("team_id"))
                .foreign_key(
                    ForeignKey::create()
                        .from("tip_teams", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("tip_teams", "assignee")
                        .to("accounts", "id")
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("tip_teams_inbox")
                .table("tip_teams")
                .col("team_id")
                .col("received_day")
                .col("tip_id")
                .to_owned(),
        )
        .await?;
        // Filtering by status is the commonest view ("what is new?").
        m.create_index(
            Index::create()
                .name("tip_teams_by_status")
                .table("tip_teams")
                .col("team_id")
                .col("status")
                .col("received_day")
                .col("tip_id")
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO tip_teams (tip_id, team_id, received_day, urgent, status) \
                 SELECT DISTINCT r.tip_id, r.team_id, t.received_day, t.urgent, 'new' \
                 FROM tip_recipients r JOIN tips t ON t.id = r.tip_id",
            )
            .await?;
        m.create_table(
            Table::create()
                .table("tip_labels")
                .col(uuid("tip_id"))
                .col(uuid("team_id"))
                .col(string("label"))
                .primary_key(Index::create().col("tip_id").col("team_id").col("label"))
                .foreign_key(
                    ForeignKey::create()
                        .from("tip_labels", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("tip_labels_by_team")
                .table("tip_labels")
                .col("team_id")
                .col("label")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("notes")
                .col(pk_uuid("id"))
                .col(uuid("tip_id"))
                .col(uuid("team_id"))
                // The author's e-mail address as it was when writing.
                .col(string("author"))
                .col(date("day"))
                // The note sealed to the team's vetted keys; never plaintext.
                .col(blob("sealed"))
                .foreign_key(
                    ForeignKey::create()
                        .from("notes", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("notes_by_tip")
                .table("notes")
                .col("tip_id")
                .col("team_id")
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
