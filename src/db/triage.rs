//! Queries for triage: the teams a responder belongs to, a team's inbox,
//! and a team's status, assignee, labels and sealed notes on a tip.

use super::entities::*;
use chrono::NaiveDate;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

/// The states of a team's triage, in order.
pub const STATUSES: [&str; 5] = ["new", "triaging", "verified", "referred", "closed"];

/// Whether a team may move a tip from `from` to `to`: forward to any later
/// state, back one step, and a closed tip may be reopened for triage.
pub fn status_move_allowed(from: &str, to: &str) -> bool {
    let pos = |s: &str| STATUSES.iter().position(|x| *x == s);
    match (pos(from), pos(to)) {
        (Some(f), Some(t)) => t > f || t + 1 == f || (from == "closed" && to == "triaging"),
        _ => false,
    }
}

/// The teams a responder belongs to.
pub async fn teams_of(
    db: &impl ConnectionTrait,
    responder: Option<Uuid>,
) -> Result<Vec<team::Model>, DbErr> {
    let Some(r) = responder else {
        return Ok(Vec::new());
    };
    // Only a vetted responder who is not suspended is in a team: someone
    // whose key waits for vetting (new, or replaced) sees nothing yet.
    let active = responder::Entity::find_by_id(r)
        .one(db)
        .await?
        .is_some_and(|x| x.vetted && !x.suspended);
    if !active {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = team_member::Entity::find()
        .filter(team_member::Column::ResponderId.eq(r))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.team_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    team::Entity::find()
        .filter(team::Column::Id.is_in(ids))
        .order_by_asc(team::Column::Name)
        .all(db)
        .await
}

/// The accounts that belong to a team (through their vetted, not suspended responder).
pub async fn team_accounts(
    db: &impl ConnectionTrait,
    team: Uuid,
) -> Result<Vec<account::Model>, DbErr> {
    let members: Vec<Uuid> = team_member::Entity::find()
        .filter(team_member::Column::TeamId.eq(team))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.responder_id)
        .collect();
    let responders: Vec<Uuid> = responder::Entity::find()
        .filter(responder::Column::Id.is_in(members))
        .filter(responder::Column::Vetted.eq(true))
        .filter(responder::Column::Suspended.eq(false))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    if responders.is_empty() {
        return Ok(Vec::new());
    }
    account::Entity::find()
        .filter(account::Column::ResponderId.is_in(responders))
        .filter(account::Column::State.eq("active"))
        .order_by_asc(account::Column::Email)
        .all(db)
        .await
}

/// Who a tip is assigned to, as a filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assigned {
    To(Uuid),
    Nobody,
}

/// What the inbox shows: the tips of `teams`, filtered.
#[derive(Debug, Clone, Default)]
pub struct InboxQuery {
    pub teams: Vec<Uuid>,
    pub status: Option<String>,
    pub urgent: Option<bool>,
    pub label: Option<String>,
    pub assigned: Option<Assigned>,
    pub oldest_first: bool,
    pub offset: u64,
    pub limit: u64,
}

/// One line of the inbox.
#[derive(Debug, Clone)]
pub struct InboxRow {
    pub triage: tip_team::Model,
    pub route_name: String,
    pub labels: Vec<String>,
}

/// A page of the inbox and how many tips match in all.
pub async fn inbox(
    db: &impl ConnectionTrait,
    q: &InboxQuery,
) -> Result<(Vec<InboxRow>, u64), DbErr> {
    if q.teams.is_empty() {
        return Ok((Vec::new(), 0));
    }
    let mut sel = tip_team::Entity::find().filter(tip_team::Column::TeamId.is_in(q.teams.clone()));
    if let Some(s) = &q.status {
        sel = sel.filter(tip_team::Column::Status.eq(s.clone()));
    }
    if let Some(u) = q.urgent {
        sel = sel.filter(tip_team::Column::Urgent.eq(u));
    }
    match q.assigned {
        Some(Assigned::To(a)) => sel = sel.filter(tip_team::Column::Assignee.eq(a)),
        Some(Assigned::Nobody) => sel = sel.filter(tip_team::Column::Assignee.is_null()),
        None => {}
    }
    if let Some(l) = &q.label {
        // The label must be the same team's, on the same tip.
        sel = sel.filter(
            Expr::tuple([
                Expr::col((tip_team::Entity, tip_team::Column::TipId)),
                Expr::col((tip_team::Entity, tip_team::Column::TeamId)),
            ])
            .in_subquery(
                Query::select()
                    .columns([tip_label::Column::TipId, tip_label::Column::TeamId])
                    .from(tip_label::Entity)
                    .and_where(tip_label::Column::Label.eq(l.clone()))
                    .to_owned(),
            ),
        );
    }
    let total = sel.clone().count(db).await?;
    let sel = if q.oldest_first {
        sel.order_by_asc(tip_team::Column::ReceivedDay)
            .order_by_asc(tip_team::Column::TipId)
    } else {
        sel.order_by_desc(tip_team::Column::ReceivedDay)
            .order_by_desc(tip_team::Column::TipId)
    };
    let page = sel.offset(q.offset).limit(q.limit).all(db).await?;
    if page.is_empty() {
        return Ok((Vec::new(), total));
    }
    let ids: Vec<Uuid> = page.iter().map(|t| t.tip_id).collect();
    let routes: Vec<(Uuid, String)> = tip::Entity::find()
        .select_only()
        .column(tip::Column::Id)
        .column(tip::Column::RouteName)
        .filter(tip::Column::Id.is_in(ids.clone()))
        .into_tuple()
        .all(db)
        .await?;
    let labels = tip_label::Entity::find()
        .filter(tip_label::Column::TipId.is_in(ids))
        .filter(tip_label::Column::TeamId.is_in(q.teams.clone()))
        .order_by_asc(tip_label::Column::Label)
        .all(db)
        .await?;
    let rows = page
        .into_iter()
        .map(|t| InboxRow {
            route_name: routes
                .iter()
                .find(|(id, _)| *id == t.tip_id)
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
            labels: labels
                .iter()
                .filter(|l| l.tip_id == t.tip_id && l.team_id == t.team_id)
                .map(|l| l.label.clone())
                .collect(),
            triage: t,
        })
        .collect();
    Ok((rows, total))
}

/// A team's triage of a tip, if the tip was sent to that team.
pub async fn tip_team(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
) -> Result<Option<tip_team::Model>, DbErr> {
    tip_team::Entity::find_by_id((tip, team)).one(db).await
}

/// The tip row (route name, sealed copy).
pub async fn tip(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<tip::Model>, DbErr> {
    tip::Entity::find_by_id(id).one(db).await
}

/// Sets a team's status of a tip (the day it was closed is kept, for retention).
pub async fn set_status(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
    status: &str,
    today: NaiveDate,
) -> Result<(), DbErr> {
    tip_team::Entity::update_many()
        .col_expr(tip_team::Column::Status, Expr::value(status))
        .col_expr(
            tip_team::Column::ClosedDay,
            Expr::value((status == "closed").then_some(today)),
        )
        .filter(tip_team::Column::TipId.eq(tip))
        .filter(tip_team::Column::TeamId.eq(team))
        .exec(db)
        .await?;
    Ok(())
}

/// Assigns a team's tip to an account, or to nobody.
pub async fn set_assignee(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
    assignee: Option<Uuid>,
) -> Result<(), DbErr> {
    tip_team::Entity::update_many()
        .col_expr(tip_team::Column::Assignee, Expr::value(assignee))
        .filter(tip_team::Column::TipId.eq(tip))
        .filter(tip_team::Column::TeamId.eq(team))
        .exec(db)
        .await?;
    Ok(())
}

/// A team's labels on a tip, sorted.
pub async fn labels(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
) -> Result<Vec<String>, DbErr> {
    Ok(tip_label::Entity::find()
        .filter(tip_label::Column::TipId.eq(tip))
        .filter(tip_label::Column::TeamId.eq(team))
        .order_by_asc(tip_label::Column::Label)
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.label)
        .collect())
}

/// Adds a label (adding one twice is no change).
pub async fn add_label(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
    label: &str,
) -> Result<(), DbErr> {
    // ON CONFLICT rather than catching the unique violation: in a
    // PostgreSQL transaction the error would abort it, and its COMMIT
    // would then quietly roll everything back.
    tip_label::Entity::insert(tip_label::ActiveModel {
        tip_id: Set(tip),
        team_id: Set(team),
        label: Set(label.to_owned()),
    })
    .on_conflict(
        sea_orm::sea_query::OnConflict::columns([
            tip_label::Column::TipId,
            tip_label::Column::TeamId,
            tip_label::Column::Label,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Removes a label; false if the tip did not have it.
pub async fn remove_label(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
    label: &str,
) -> Result<bool, DbErr> {
    Ok(
        tip_label::Entity::delete_by_id((tip, team, label.to_owned()))
            .exec(db)
            .await?
            .rows_affected
            == 1,
    )
}

/// Stores a sealed note.
pub async fn add_note(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
    author: &str,
    day: NaiveDate,
    sealed: Vec<u8>,
) -> Result<Uuid, DbErr> {
    let id = crate::random::uuid();
    note::ActiveModel {
        id: Set(id),
        tip_id: Set(tip),
        team_id: Set(team),
        author: Set(author.to_owned()),
        day: Set(day),
        sealed: Set(sealed),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// A team's notes on a tip, oldest first (the day, then the id: no finer time is kept).
pub async fn notes(
    db: &impl ConnectionTrait,
    tip: Uuid,
    team: Uuid,
) -> Result<Vec<note::Model>, DbErr> {
    note::Entity::find()
        .filter(note::Column::TipId.eq(tip))
        .filter(note::Column::TeamId.eq(team))
        .order_by_asc(note::Column::Day)
        .order_by_asc(note::Column::Id)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_moves() {
        assert!(status_move_allowed("new", "triaging"));
        assert!(
            status_move_allowed("new", "closed"),
            "spam is closed at once"
        );
        assert!(status_move_allowed("referred", "verified"), "back one step");
        assert!(!status_move_allowed("referred", "new"));
        assert!(status_move_allowed("closed", "triaging"), "reopen");
        assert!(status_move_allowed("closed", "referred"), "back one step");
        assert!(!status_move_allowed("closed", "new"));
        assert!(!status_move_allowed("new", "new"));
        assert!(!status_move_allowed("new", "deleted"));
    }
}
