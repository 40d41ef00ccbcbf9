//! Changes that cross the trust boundary and wait for enough distinct
//! admins: vetting a responder (moved here from `changes`), a responder
//! joining a team, and a team being bound to a route. One table for all
//! three, so that one rule counts approvals; partial unique indexes keep
//! one pending change per subject.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("pending_changes")
                .col(pk_uuid("id"))
                // vet | join | bind
                .col(string("kind"))
                .col(uuid_null("responder_id"))
                .col(uuid_null("team_id"))
                .col(uuid_null("route_id"))
                .col(date("created_day"))
                .foreign_key(
                    ForeignKey::create()
                        .from("pending_changes", "responder_id")
                        .to("responders", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("pending_changes", "team_id")
                        .to("teams", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("pending_changes", "route_id")
                        .to("routes", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        for sql in [
            "CREATE UNIQUE INDEX pending_vet_once ON pending_changes (responder_id) WHERE kind = 'vet'",
            "CREATE UNIQUE INDEX pending_join_once ON pending_changes (responder_id, team_id) WHERE kind = 'join'",
            "CREATE UNIQUE INDEX pending_bind_once ON pending_changes (route_id, team_id) WHERE kind = 'bind'",
        ] {
            db.execute_unprepared(sql).await?;
        }
        m.create_table(
            Table::create()
                .table("pending_approvals")
                .col(uuid("change_id"))
                // An account's e-mail address, or "shell" for the CLI.
                .col(string("actor"))
                .primary_key(Index::create().col("change_id").col("actor"))
                .foreign_key(
                    ForeignKey::create()
                        .from("pending_approvals", "change_id")
                        .to("pending_changes", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // Approvals already given stay given.
        db.execute_unprepared(
            "INSERT INTO pending_changes (id, kind, responder_id, created_day) \
             SELECT id, kind, responder_id, created_day FROM changes",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO pending_approvals (change_id, actor) SELECT change_id, actor FROM change_approvals",
        )
        .await?;
        m.drop_table(Table::drop().table("change_approvals").to_owned())
            .await?;
        m.drop_table(Table::drop().table("changes").to_owned())
            .await?;
        Ok(())
    }
}
