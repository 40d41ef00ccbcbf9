//! Triage pages: a team's inbox and tip page. A responder sees a tip only
//! through a team it was sent to; anything else is "not found", whether
//! it exists or not.

use super::views::{InboxLine, InboxView, MessageLine, NoteLine, Option2, TipView};
use super::{Authed, internal, nav, refused, see_other, signed_in, signed_in_post};
use crate::db::{self, triage};
use crate::i18n::Lang;
use crate::outage::Write;
use crate::report::FormInput;
use crate::web::AppState;
use crate::web::errors::{Kind, WebError};
use crate::web::views::render;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use sea_orm::TransactionTrait;
use uuid::Uuid;

const PER_PAGE: u64 = 50;
const LABEL_MAX: usize = 40;
const LABELS_PER_TIP: usize = 20;
const NOTE_MAX: usize = 20_000;

/// The query string as a form (strictly decoded; a bad one is a 400).
pub(crate) fn query(req: &HttpRequest, state: &AppState) -> Result<FormInput, WebError> {
    FormInput::parse_urlencoded(req.query_string().as_bytes())
        .map_err(|_| refused(Kind::BadRequest, state))
}

/// The inbox query of the filters in `q` (team, status, urgency, label,
/// assignee, order) over the signed-in responder's `teams`.
pub(crate) fn filter_query(
    q: &FormInput,
    a: &Authed,
    teams: &[db::entities::team::Model],
    offset: u64,
    limit: u64,
) -> triage::InboxQuery {
    let team_filter = Uuid::parse_str(q.get("team")).ok();
    triage::InboxQuery {
        teams: teams
            .iter()
            .map(|t| t.id)
            .filter(|id| team_filter.is_none_or(|f| f == *id))
            .collect(),
        status: Some(q.get("status"))
            .filter(|s| triage::STATUSES.contains(s))
            .map(str::to_owned),
        urgent: match q.get("urgent") {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        },
        label: Some(q.get("label").trim())
            .filter(|l| !l.is_empty() && l.chars().count() <= LABEL_MAX)
            .map(str::to_owned),
        assigned: match q.get("assigned") {
            "me" => Some(triage::Assigned::To(a.account.id)),
            "nobody" => Some(triage::Assigned::Nobody),
            _ => None,
        },
        oldest_first: q.get("sort") == "oldest",
        offset,
        limit,
    }
}

/// `GET /responder/inbox`.
pub async fn inbox(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let a = match signed_in(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let q = query(&req, &state)?;
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    let teams = triage::teams_of(db, a.account.responder_id)
        .await
        .map_err(err)?;
    let page: u64 = q.get("page").parse().unwrap_or(1).clamp(1, 100_000);
    let (rows, total) = triage::inbox(
        db,
        &filter_query(&q, &a, &teams, (page - 1) * PER_PAGE, PER_PAGE),
    )
    .await
    .map_err(err)?;
    let members = {
        let mut m = Vec::new();
        for t in &teams {
            m.extend(triage::team_accounts(db, t.id).await.map_err(err)?);
        }
        m
    };
    let lines = rows
        .into_iter()
        .map(|r| InboxLine {
            href: format!("/responder/tips/{}/{}", r.triage.tip_id, r.triage.team_id),
            day: r.triage.received_day.to_string(),
            route: r.route_name,
            urgent: r.triage.urgent,
            team: teams
                .iter()
                .find(|t| t.id == r.triage.team_id)
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            status: a.lang.word("status", &r.triage.status),
            assignee: r
                .triage
                .assignee
                .and_then(|id| members.iter().find(|m| m.id == id))
                .map(|m| m.email.clone())
                .unwrap_or_default(),
            labels: r.labels,
        })
        .collect();
    // Links to other pages keep the filters.
    let keep: Vec<(&str, &str)> = ["team", "status", "urgent", "label", "assigned", "sort"]
        .into_iter()
        .map(|k| (k, q.get(k)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let page_link = |p: u64| {
        let mut parts: Vec<String> = keep
            .iter()
            .map(|(k, v)| {
                format!(
                    "{k}={}",
                    percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)
                )
            })
            .collect();
        parts.push(format!("page={p}"));
        format!("/responder/inbox?{}", parts.join("&"))
    };
    let pages = total.div_ceil(PER_PAGE).max(1);
    let view = InboxView {
        demo: state.demo,
        l: a.lang,
        nav: nav(&a),
        no_team: teams.is_empty(),
        teams: teams
            .iter()
            .map(|t| Option2::new(t.id.to_string(), t.name.clone(), q.get("team")))
            .collect(),
        statuses: triage::STATUSES
            .iter()
            .map(|s| Option2::new((*s).to_owned(), a.lang.word("status", s), q.get("status")))
            .collect(),
        urgent: q.get("urgent").to_owned(),
        label: q.get("label").to_owned(),
        assigned: q.get("assigned").to_owned(),
        sort: q.get("sort").to_owned(),
        lines,
        total,
        page,
        pages,
        prev: (page > 1).then(|| page_link(page - 1)),
        next: (page < pages).then(|| page_link(page + 1)),
    };
    Ok(render(StatusCode::OK, &view))
}

/// A tip as one of the signed-in responder's teams received it.
pub(crate) struct Access {
    pub(crate) tip: Uuid,
    pub(crate) team: Uuid,
    pub(crate) team_name: String,
    triage: db::entities::tip_team::Model,
}

/// Checks that the tip was sent to this team and the account belongs to
/// it; everything else is the same "not found".
pub(crate) async fn access(
    state: &AppState,
    a: &Authed,
    tip: &str,
    team: &str,
) -> Result<Access, WebError> {
    let not_found = || refused(Kind::NotFound, state);
    let (Ok(tip), Ok(team)) = (Uuid::parse_str(tip), Uuid::parse_str(team)) else {
        return Err(not_found());
    };
    let db = state.intake.db();
    let teams = triage::teams_of(db, a.account.responder_id)
        .await
        .map_err(|e| internal(&e, state))?;
    let Some(t) = teams.into_iter().find(|t| t.id == team) else {
        return Err(not_found());
    };
    let triage = triage::tip_team(db, tip, team)
        .await
        .map_err(|e| internal(&e, state))?
        .ok_or_else(not_found)?;
    Ok(Access {
        tip,
        team,
        team_name: t.name,
        triage,
    })
}

/// The tip page; after a refused action, `typed` is the form sent, so that
/// a label or a note being written is shown again rather than lost.
async fn tip_page(
    state: &AppState,
    a: &Authed,
    acc: &Access,
    error: &str,
    typed: Option<&FormInput>,
) -> Result<HttpResponse, WebError> {
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let tip = triage::tip(db, acc.tip).await.map_err(err)?;
    let members = triage::team_accounts(db, acc.team).await.map_err(err)?;
    let base = format!("/responder/tips/{}/{}", acc.tip, acc.team);
    let notes = triage::notes(db, acc.tip, acc.team)
        .await
        .map_err(err)?
        .into_iter()
        .map(|n| NoteLine {
            href: format!("{base}/notes/{}", n.id),
            author: n.author,
            day: n.day.to_string(),
        })
        .collect();
    let messages = db::messages::messages_for_team(db, acc.tip, acc.team)
        .await
        .map_err(err)?
        .into_iter()
        .map(|m| MessageLine {
            href: format!("{base}/messages/{}", m.id),
            kind: m.kind,
            author: m.author,
            day: m.day.to_string(),
            sealed_in: m.sealed_in,
        })
        .collect();
    let can_reply = db::messages::source_of_tip(db, acc.tip)
        .await
        .map_err(err)?
        .is_some();
    let current = acc.triage.status.clone();
    let files = db::tip_files(state.intake.db(), acc.tip)
        .await
        .map_err(|e| internal(&e, state))?
        .into_iter()
        .map(|f| {
            let size = u64::try_from(f.sealed_size).unwrap_or(0);
            (f.number, crate::web::views::size_text(size))
        })
        .collect();
    let view = TipView {
        files,
        messages,
        can_reply,
        reply_draft: typed.map(|f| f.get("reply").to_owned()).unwrap_or_default(),
        demo: state.demo,
        l: a.lang,
        nav: nav(a),
        base,
        tip_id: acc.tip.to_string(),
        team: acc.team_name.clone(),
        day: acc.triage.received_day.to_string(),
        route: tip.map(|t| t.route_name).unwrap_or_default(),
        urgent: acc.triage.urgent,
        status: a.lang.word("status", &current),
        statuses: triage::STATUSES
            .iter()
            .filter(|s| **s == current || triage::status_move_allowed(&current, s))
            .map(|s| Option2::new((*s).to_owned(), a.lang.word("status", s), &current))
            .collect(),
        assignees: members
            .iter()
            .map(|m| {
                Option2::new(
                    m.id.to_string(),
                    m.email.clone(),
                    &acc.triage
                        .assignee
                        .map(|x| x.to_string())
                        .unwrap_or_default(),
                )
            })
            .collect(),
        labels: triage::labels(db, acc.tip, acc.team).await.map_err(err)?,
        notes,
        error: error.to_owned(),
        csrf: a.csrf.clone(),
        label_draft: typed.map(|f| f.get("label").to_owned()).unwrap_or_default(),
        note_draft: typed.map(|f| f.get("note").to_owned()).unwrap_or_default(),
    };
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render(status, &view))
}

/// `GET /responder/tips/{tip}/{team}`.
pub async fn tip(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let a = match signed_in(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let (tip, team) = path.into_inner();
    let acc = access(&state, &a, &tip, &team).await?;
    tip_page(&state, &a, &acc, "", None).await
}

/// The audit entry of a tip action (entries that name a tip keep only the day).
fn tip_audit(
    state: &AppState,
    a: &Authed,
    action: &'static str,
    acc: &Access,
    detail: &str,
) -> db::accounts::AuditEntry {
    db::accounts::AuditEntry {
        day: state.clock.today(),
        at: None,
        actor: a.account.email.clone(),
        action,
        detail: format!("tip {} ({}){detail}", acc.tip, acc.team_name),
    }
}

/// Writes the audit entry of a download, before anything is served: a
/// download the log cannot record is not served.
async fn audit_tip(
    state: &AppState,
    a: &Authed,
    action: &'static str,
    acc: &Access,
    detail: &str,
) -> Result<(), WebError> {
    let entry = tip_audit(state, a, action, acc, detail);
    entry.write(state.intake.db()).await.map_err(|e| {
        let cause = crate::outage::Cause::of(&e);
        state
            .intake
            .outage()
            .record(Write::Responder, cause, state.clock.today());
        internal(&e, state)
    })
}

/// What a triage action came to, short of a storage failure.
enum Applied {
    /// Written, with its audit entry, in the caller's transaction.
    Done,
    /// Refused for this reason: nothing was written.
    Refused(String),
}

/// Why a triage action stopped.
enum Stopped {
    /// The database refused a read or a write: nothing of it was kept.
    Db(sea_orm::DbErr),
    Web(WebError),
}

impl From<sea_orm::DbErr> for Stopped {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Db(e)
    }
}

/// What a responder is told when the database refused their change; the
/// failure is logged with the incident id and counted for the admins.
pub(crate) fn store_failed(state: &AppState, e: &sea_orm::DbErr, l: Lang) -> String {
    let incident = state.intake.storage_failed(Write::Responder, e);
    l.t1("store-failed", "incident", incident)
}

/// The tip page again after a refused or failed action, with what was typed.
async fn tip_page_with(
    state: &AppState,
    a: &Authed,
    acc: &Access,
    why: &str,
    f: &FormInput,
    status: StatusCode,
) -> Result<HttpResponse, WebError> {
    let mut res = tip_page(state, a, acc, why, Some(f)).await?;
    *res.status_mut() = status;
    Ok(res)
}

/// `POST /responder/tips/{tip}/{team}`: one triage action. The change and
/// its audit entry are written in one transaction: both or neither.
pub async fn tip_action(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match signed_in_post(&req, payload, &state, 768 * 1024).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let (tip, team) = path.into_inner();
    let acc = access(&state, &a, &tip, &team).await?;
    let back = format!("/responder/tips/{}/{}", acc.tip, acc.team);
    let action = f.get("action");
    if matches!(action, "reply" | "reply-sealed") {
        return reply(&req, &state, &a, &acc, &f, &back).await;
    }
    let outcome = async {
        let txn = state.intake.db().begin().await?;
        // Write first: on SQLite a transaction that reads and then writes
        // fails at once if another connection wrote in between.
        db::lock_for_write(&txn).await?;
        let applied = apply(&state, &a, &acc, &f, &txn).await?;
        if matches!(applied, Applied::Done) {
            txn.commit().await?;
        }
        Ok::<_, Stopped>(applied)
    }
    .await;
    match outcome {
        Ok(Applied::Done) => Ok(see_other(&back)),
        Ok(Applied::Refused(why)) => {
            tip_page_with(&state, &a, &acc, &why, &f, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(Stopped::Db(e)) => {
            let why = store_failed(&state, &e, a.lang);
            tip_page_with(&state, &a, &acc, &why, &f, StatusCode::SERVICE_UNAVAILABLE).await
        }
        Err(Stopped::Web(e)) => Err(e),
    }
}

/// Applies one triage action (not a reply) in `txn`, with its audit entry.
async fn apply(
    state: &AppState,
    a: &Authed,
    acc: &Access,
    f: &FormInput,
    txn: &sea_orm::DatabaseTransaction,
) -> Result<Applied, Stopped> {
    let refused_with = |id: &str| Ok(Applied::Refused(a.lang.t(id)));
    let audit = |action: &'static str, detail: &str| tip_audit(state, a, action, acc, detail);
    match f.get("action") {
        "status" => {
            let to = f.get("status");
            if to == acc.triage.status {
                return Ok(Applied::Done);
            }
            if !triage::status_move_allowed(&acc.triage.status, to) {
                return refused_with("tip-status-impossible");
            }
            triage::set_status(txn, acc.tip, acc.team, to, state.clock.today()).await?;
            audit("status", &format!(": {} → {to}", acc.triage.status))
                .write(txn)
                .await?;
        }
        "assign" => {
            let who = f.get("assignee");
            let assignee = if who.is_empty() {
                None
            } else {
                let members = triage::team_accounts(txn, acc.team).await?;
                let Some(m) = Uuid::parse_str(who)
                    .ok()
                    .and_then(|id| members.into_iter().find(|m| m.id == id))
                else {
                    return refused_with("tip-assign-member");
                };
                Some(m)
            };
            triage::set_assignee(txn, acc.tip, acc.team, assignee.as_ref().map(|m| m.id)).await?;
            let to = assignee.map(|m| m.email).unwrap_or_else(|| "nobody".into());
            audit("assign", &format!(": {to}")).write(txn).await?;
        }
        "label-add" => {
            let label: String = f
                .get("label")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if label.is_empty()
                || label.chars().count() > LABEL_MAX
                || label.chars().any(char::is_control)
            {
                return refused_with("tip-label-length");
            }
            if triage::labels(txn, acc.tip, acc.team).await?.len() >= LABELS_PER_TIP {
                return refused_with("tip-label-max");
            }
            triage::add_label(txn, acc.tip, acc.team, &label).await?;
            // The label's text stays out of the audit log: it may say what the report says.
            audit("label added", "").write(txn).await?;
        }
        "label-remove" => {
            if triage::remove_label(txn, acc.tip, acc.team, f.get("label")).await? {
                audit("label removed", "").write(txn).await?;
            }
        }
        "note" => {
            let text = f.get("note").trim();
            if text.is_empty() || text.chars().count() > NOTE_MAX {
                return refused_with("tip-note-length");
            }
            let Some(sealed) = seal_note(state, a, acc, text).await.map_err(Stopped::Web)? else {
                return refused_with("tip-note-no-key");
            };
            triage::add_note(
                txn,
                acc.tip,
                acc.team,
                &a.account.email,
                state.clock.today(),
                sealed,
            )
            .await?;
            audit("note", "").write(txn).await?;
        }
        _ => return Err(Stopped::Web(refused(Kind::BadRequest, state))),
    }
    Ok(Applied::Done)
}

/// A reply to the source, sealed here or in the responder's browser; the
/// reply, its mail and its audit entry are stored in one transaction.
async fn reply(
    req: &HttpRequest,
    state: &AppState,
    a: &Authed,
    acc: &Access,
    f: &FormInput,
    back: &str,
) -> Result<HttpResponse, WebError> {
    use crate::conversation::{self, ConversationError};
    let now = state.clock.now();
    let sealed_here = f.get("action") == "reply";
    let how = if sealed_here {
        ": sealed on the server"
    } else {
        ": sealed in the browser"
    };
    let audit = tip_audit(state, a, "reply to the source", acc, how);
    let done = if sealed_here {
        conversation::reply_sealed_here(
            &state.intake,
            acc.tip,
            acc.team,
            f.get("reply"),
            now,
            audit,
        )
        .await
    } else {
        conversation::reply_sealed_in_browser(
            &state.intake,
            acc.tip,
            acc.team,
            f.get("sealed").as_bytes(),
            now,
            audit,
        )
        .await
    };
    // The reader posts with `Accept: application/json` and reads the answer.
    let wants_json = req
        .headers()
        .get("accept")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    let (why, status) = match done {
        Ok(()) => {
            if wants_json {
                return Ok(HttpResponse::Ok()
                    .content_type("application/json")
                    .body(serde_json::json!({ "ok": true }).to_string()));
            }
            return Ok(see_other(&format!("{back}#conversation")));
        }
        Err(ConversationError::Length) => (
            a.lang.t("tip-reply-length"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ConversationError::NoSource) => (
            a.lang.t("tip-reply-no-key"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ConversationError::NoKeys) => (
            a.lang.t1("tip-reply-no-team-key", "team", &acc.team_name),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ConversationError::Refused(e)) => (
            a.lang.t1("tip-reply-refused", "why", e),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ConversationError::Db(e)) => (
            store_failed(state, &e, a.lang),
            StatusCode::SERVICE_UNAVAILABLE,
        ),
        Err(e) => return Err(internal(&e, state)),
    };
    if wants_json {
        return Ok(HttpResponse::build(status)
            .content_type("application/json")
            .body(serde_json::json!({ "error": why }).to_string()));
    }
    tip_page_with(state, a, acc, &why, f, status).await
}

/// `GET /responder/tips/{tip}/{team}/messages/{message}`: a reply of this
/// team or what the source added, armored (the latter with only this
/// team's session-key packets).
pub async fn message_asc(
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, acc, id) = match tip_item(&req, path, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    let found = db::messages::messages_for_team(db, acc.tip, acc.team)
        .await
        .map_err(err)?
        .into_iter()
        .find(|m| m.id == id)
        .ok_or_else(|| refused(Kind::NotFound, &state))?;
    let sealed = if found.kind == "source" {
        let keys = team_key_handles(&state, acc.team).await.map_err(err)?;
        crate::seal::only_for(&found.sealed, &keys)
            .ok_or_else(|| refused(Kind::NotFound, &state))?
    } else {
        found.sealed
    };
    audit_tip(&state, &a, "download", &acc, ": message").await?;
    Ok(download(
        &format!("message-{id}.asc"),
        "application/pgp-encrypted",
        crate::seal::armor_message(&sealed),
    ))
}

/// The key handles of a team's responders (current certificates): what a
/// team's copy of a message keeps.
pub(crate) async fn team_key_handles(
    state: &AppState,
    team: Uuid,
) -> Result<Vec<sequoia_openpgp::KeyHandle>, sea_orm::DbErr> {
    Ok(db::responders(state.intake.db())
        .await?
        .iter()
        .filter(|r| r.team_ids.contains(&team))
        .flat_map(|r| crate::seal::key_handles(&r.responder.cert))
        .collect())
}

/// The signed-in responder, their team's access to the tip, and the id of
/// the note or message a `{tip}/{team}/…/{id}` path names; or the redirect
/// to log in.
async fn tip_item(
    req: &HttpRequest,
    path: web::Path<(String, String, String)>,
    state: &AppState,
) -> Result<Result<(Authed, Access, Uuid), HttpResponse>, WebError> {
    let a = match signed_in(req, state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(Err(redirect)),
    };
    let (tip, team, item) = path.into_inner();
    let acc = access(state, &a, &tip, &team).await?;
    let id = Uuid::parse_str(&item).map_err(|_| refused(Kind::NotFound, state))?;
    Ok(Ok((a, acc, id)))
}

/// Seals a note to the team's vetted, usable keys (`None` if it has none).
/// The plaintext lives only in this request.
async fn seal_note(
    state: &AppState,
    a: &Authed,
    acc: &Access,
    text: &str,
) -> Result<Option<Vec<u8>>, WebError> {
    let snapshot = state
        .intake
        .snapshot()
        .await
        .map_err(|e| internal(&e, state))?;
    let now = state.clock.now();
    let plaintext = format!(
        "Internal note on tip {} ({})\nBy: {}\nDay: {}\n\n{text}\n",
        acc.tip,
        acc.team_name,
        a.account.email,
        now.date_naive()
    );
    let intake = state.intake.clone();
    let team = acc.team;
    web::block(move || {
        let certs: Vec<&crate::seal::ValidCert> = snapshot
            .recipients
            .iter()
            .filter(|r| r.teams.contains(&team) && r.cert.usable_at(now.into()))
            .map(|r| &r.cert)
            .collect();
        if certs.is_empty() {
            return Ok(None);
        }
        intake
            .sealer()
            .seal(plaintext.as_bytes(), &certs, now.into())
            .map(Some)
    })
    .await
    .map_err(|e| internal(&e, state))?
    .map_err(|e| internal(&e, state))
}

fn download(name: &str, ctype: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ctype)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .body(body)
}

/// The signed-in responder, their team's access to the tip in `path`, and
/// the stored sealed tip; or the redirect to log in.
async fn sealed_tip(
    req: &HttpRequest,
    path: web::Path<(String, String)>,
    state: &AppState,
) -> Result<Result<(Authed, Access, Vec<u8>), HttpResponse>, WebError> {
    let a = match signed_in(req, state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(Err(redirect)),
    };
    let (tip, team) = path.into_inner();
    let acc = access(state, &a, &tip, &team).await?;
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let sealed = db::tip_sealed(db, acc.tip)
        .await
        .map_err(err)?
        .ok_or_else(|| refused(Kind::NotFound, state))?;
    // The stored copy names every recipient of every team; this team's
    // copy keeps only its own keys' session-key packets.
    let keys = recipient_key_handles(state, &acc).await?;
    let mine =
        crate::seal::only_for(&sealed, &keys).ok_or_else(|| refused(Kind::NotFound, state))?;
    Ok(Ok((a, acc, mine)))
}

/// `GET /responder/tips/{tip}/{team}/tip.asc`: the sealed tip, armored.
pub async fn tip_asc(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, acc, sealed) = match sealed_tip(&req, path, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    audit_tip(&state, &a, "download", &acc, ": .asc").await?;
    Ok(download(
        &format!("tip-{}.asc", acc.tip),
        "application/pgp-encrypted",
        crate::seal::armor_message(&sealed),
    ))
}

/// `GET /responder/tips/{tip}/{team}/files/{number}`: a file sent with
/// the tip, sealed: this team's session-key packets, then the blob as
/// stored, read from disk a piece at a time. Named by tip and number only:
/// the file's own name is in the sealed report, never in a header.
pub async fn file_pgp(
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let a = match signed_in(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let (tip, team, number) = path.into_inner();
    let acc = access(&state, &a, &tip, &team).await?;
    let number: i32 = number
        .parse()
        .map_err(|_| refused(Kind::NotFound, &state))?;
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    let file = db::tip_files(db, acc.tip)
        .await
        .map_err(err)?
        .into_iter()
        .find(|f| f.number == number)
        .ok_or_else(|| refused(Kind::NotFound, &state))?;
    let keys = recipient_key_handles(&state, &acc).await?;
    let mine = crate::seal::only_for(&file.session_keys, &keys)
        .ok_or_else(|| refused(Kind::NotFound, &state))?;
    let id =
        crate::blobs::BlobId::parse(&file.blob).ok_or_else(|| refused(Kind::NotFound, &state))?;
    let blob = state.blobs.read(&id).map_err(|e| internal(&e, &state))?;
    let size = blob.metadata().map_err(|e| internal(&e, &state))?.len();
    let total = size + mine.len() as u64;
    audit_tip(&state, &a, "download", &acc, &format!(": file {number}")).await?;
    let head = futures_util::stream::once(async move {
        Ok::<_, std::io::Error>(actix_web::web::Bytes::from(mine))
    });
    let body = futures_util::stream::unfold(Some(blob), |blob| async move {
        let mut blob = blob?;
        let read = actix_web::web::block(move || {
            use std::io::Read;
            let mut buf = vec![0u8; 256 * 1024];
            let n = blob.read(&mut buf)?;
            buf.truncate(n);
            Ok::<_, std::io::Error>((blob, buf))
        })
        .await;
        match read {
            Ok(Ok((_, buf))) if buf.is_empty() => None,
            Ok(Ok((blob, buf))) => Some((Ok(actix_web::web::Bytes::from(buf)), Some(blob))),
            Ok(Err(e)) => Some((Err(e), None)),
            Err(e) => Some((Err(std::io::Error::other(e.to_string())), None)),
        }
    });
    Ok(HttpResponse::Ok()
        .content_type("application/octet-stream")
        .no_chunking(total)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"tip-{}-file-{number}.pgp\"", acc.tip),
        ))
        .streaming(futures_util::StreamExt::chain(head, body)))
}

/// The key handles of the tip's recipients in this team (the keys it was
/// sealed to, not the team's current ones).
pub(crate) async fn recipient_key_handles(
    state: &AppState,
    acc: &Access,
) -> Result<Vec<sequoia_openpgp::KeyHandle>, WebError> {
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let fingerprints: Vec<String> = db::tip_recipients(db, acc.tip)
        .await
        .map_err(err)?
        .into_iter()
        .filter(|(team, _)| *team == acc.team)
        .map(|(_, fp)| fp)
        .collect();
    Ok(db::responders(db)
        .await
        .map_err(err)?
        .iter()
        .filter(|r| fingerprints.contains(&r.responder.fingerprint))
        .flat_map(|r| crate::seal::key_handles(&r.responder.cert))
        .collect())
}

/// `GET /responder/tips/{tip}/{team}/tip.eml`: the sealed tip as the
/// PGP/MIME e-mail a mail client opens.
pub async fn tip_eml(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, acc, sealed) = match sealed_tip(&req, path, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let token = crate::random::hex(&crate::random::bytes::<16>());
    let message = state
        .mailer
        .compose(&a.account.email, &token, crate::mail::Body::Sealed(&sealed))
        .map_err(|e| internal(&e, &state))?;
    audit_tip(&state, &a, "download", &acc, ": .eml").await?;
    Ok(download(
        &format!("tip-{}.eml", acc.tip),
        "message/rfc822",
        message.formatted(),
    ))
}

/// `GET /responder/tips/{tip}/{team}/notes/{note}`: a sealed note, armored.
pub async fn note_asc(
    req: HttpRequest,
    path: web::Path<(String, String, String)>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, acc, note) = match tip_item(&req, path, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let found = triage::notes(state.intake.db(), acc.tip, acc.team)
        .await
        .map_err(|e| internal(&e, &state))?
        .into_iter()
        .find(|n| n.id == note)
        .ok_or_else(|| refused(Kind::NotFound, &state))?;
    audit_tip(&state, &a, "download", &acc, ": note").await?;
    Ok(download(
        &format!("note-{note}.asc"),
        "application/pgp-encrypted",
        crate::seal::armor_message(&found.sealed),
    ))
}
