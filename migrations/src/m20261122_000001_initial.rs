//! Intake: instance identity, teams, responders, routes, sealed tips with
//! their recipients, sources' lookup values and public keys, alerts, and
//! used form tokens. No column holds plaintext report content, and nothing
//! tied to a tip carries a time finer than a day.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table("instance")
                .col(integer("id").primary_key())
                .col(string("key_fingerprint"))
                .col(boolean("demo"))
                .col(big_integer("generation"))
                .col(date("created_day"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("teams")
                .col(pk_uuid("id"))
                .col(string_uniq("name"))
                .col(string("kind"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("responders")
                .col(pk_uuid("id"))
                .col(string("name"))
                .col(string("email"))
                .col(string_uniq("fingerprint"))
                .col(blob("cert"))
                .col(boolean("vetted"))
                .col(string("mode"))
                .col(date("created_day"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("team_members")
                .col(uuid("team_id"))
                .col(uuid("responder_id"))
                .primary_key(Index::create().col("team_id").col("responder_id"))
                .foreign_key(
                    ForeignKey::create()
                        .from("team_members", "team_id")
                        .to("teams", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("team_members", "responder_id")
                        .to("responders", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("routes")
                .col(pk_uuid("id"))
                .col(string_uniq("name"))
                .col(integer_uniq("priority"))
                .col(boolean("is_default"))
                .col(text("countries"))
                .col(text("roles"))
                .col(boolean_null("urgent"))
                .col(text("languages"))
                .to_owned(),
        )
        .await?;
        // At most one default route, enforced by the database as well.
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX routes_one_default ON routes (is_default) WHERE is_default",
            )
            .await?;
        m.create_table(
            Table::create()
                .table("route_teams")
                .col(uuid("route_id"))
                .col(uuid("team_id"))
                .primary_key(Index::create().col("route_id").col("team_id"))
                .foreign_key(
                    ForeignKey::create()
                        .from("route_teams", "route_id")
                        .to("routes", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("route_teams", "team_id")
                        .to("teams", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("tips")
                .col(pk_uuid("id"))
                .col(date("received_day"))
                .col(uuid_null("route_id"))
                .col(string("route_name"))
                .col(boolean("urgent"))
                .col(string("status"))
                .col(blob("sealed"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("tips_by_day")
                .table("tips")
                .col("received_day")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("tip_recipients")
                .col(uuid("tip_id"))
                .col(uuid("team_id"))
                .col(string("fingerprint"))
                .primary_key(
                    Index::create()
                        .col("tip_id")
                        .col("team_id")
                        .col("fingerprint"),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from("tip_recipients", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("tip_recipients_by_team")
                .table("tip_recipients")
                .col("team_id")
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("sources")
                .col(pk_uuid("id"))
                .col(uuid("tip_id"))
                .col(blob("lookup"))
                .col(blob("cert"))
                .foreign_key(
                    ForeignKey::create()
                        .from("sources", "tip_id")
                        .to("tips", "id")
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("sources_lookup")
                .table("sources")
                .col("lookup")
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("alerts")
                .col(pk_uuid("id"))
                .col(date("day"))
                .col(string("kind"))
                .col(text("message"))
                .col(boolean("resolved"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("used_tokens")
                .col(blob("nonce").primary_key())
                .col(date("expires_day"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }
}
