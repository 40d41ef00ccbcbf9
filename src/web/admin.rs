//! Admin pages: responders and their vetting (by as many distinct admins
//! as the instance requires), suspension, invitations, alerts and the
//! audit log. A responder who is not an admin gets 403 everywhere here.

use super::AppState;
use super::errors::{Kind, WebError};
use super::responder::views::{KeyFacts, Nav};
use super::responder::{
    Authed, internal, key_facts, refused, see_other, signed_in, signed_in_post,
};
use super::views::render;
use crate::db;
use crate::i18n::Lang;
use crate::seal::grouped_hex;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use uuid::Uuid;

const FORM_LIMIT: usize = 16 * 1024;

/// A responder as the admin list shows it.
pub struct ResponderLine {
    pub href: String,
    pub name: String,
    pub email: String,
    pub teams: String,
    pub fingerprint: String,
    /// pending | vetted | suspended, and the key's own state.
    pub state: String,
    pub key_status: String,
    pub approvals: String,
}

/// The admin home page.
#[derive(Template)]
#[template(path = "admin/home.html")]
pub struct HomeView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub need: u32,
    pub pending: Vec<ResponderLine>,
    pub responders: Vec<ResponderLine>,
    pub alerts: Vec<(String, String, String)>,
    pub teams: Vec<String>,
    pub csrf: String,
    pub invited: Option<String>,
    pub notice: String,
    pub error: String,
    /// E-mail, role, state of every account.
    pub accounts: Vec<(String, String, String)>,
    /// Team and route changes waiting for approvals.
    pub changes: usize,
    /// Registered responders without a login (id, name and fingerprint).
    pub registered: Vec<(String, String)>,
}

/// The vetting page of one responder.
#[derive(Template)]
#[template(path = "admin/responder.html")]
pub struct ResponderView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub action: String,
    pub name: String,
    pub email: String,
    pub teams: String,
    pub key: KeyFacts,
    /// The stored fingerprint (hex), posted back with an approval.
    pub fingerprint: String,
    pub vetted: bool,
    pub suspended: bool,
    pub need: u32,
    pub approved_by: Vec<String>,
    pub mine: bool,
    pub csrf: String,
    pub message: String,
    /// Teams they are in (id, name) and teams they could join (id, name, waiting for approval).
    pub member_of: Vec<(String, String)>,
    pub joinable: Vec<(String, String, bool)>,
    pub is_self: bool,
    /// Admins who approved reinstating this suspended responder so far.
    pub reinstate_by: Vec<String>,
}

/// The audit log.
#[derive(Template)]
#[template(path = "admin/audit.html")]
pub struct AuditView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    /// Day, time (empty for entries that name a tip), who, what, detail.
    pub entries: Vec<[String; 5]>,
}

fn audit_time(at: Option<i64>) -> String {
    at.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map(|t| t.format("%H:%M:%S").to_string())
        .unwrap_or_default()
}

pub(crate) fn admin_nav(a: &Authed) -> Option<Nav> {
    Some(Nav {
        email: a.account.email.clone(),
        admin: true,
        csrf: a.csrf.clone(),
    })
}

/// The signed-in admin; a redirect to login, or 403 for a non-admin.
pub(crate) async fn admin(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Result<Authed, HttpResponse>, WebError> {
    match signed_in(req, state).await? {
        Ok(a) if a.is_admin() => Ok(Ok(a)),
        Ok(_) => Err(refused(Kind::Forbidden, state)),
        Err(redirect) => Ok(Err(redirect)),
    }
}

async fn home_page(
    state: &AppState,
    a: &Authed,
    invited: Option<String>,
    notice: &str,
    error: &str,
) -> Result<HttpResponse, WebError> {
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let now = state.clock.now();
    let teams = db::teams(db).await.map_err(err)?;
    let approvals = crate::vetting::approvals(db).await.map_err(err)?;
    let mut pending = Vec::new();
    let mut responders = Vec::new();
    let all_accounts = db::accounts::accounts(db).await.map_err(err)?;
    let mut registered = Vec::new();
    for r in db::responders(db).await.map_err(err)? {
        if !all_accounts
            .iter()
            .any(|acc| acc.responder_id == Some(r.responder.id))
        {
            registered.push((
                r.responder.id.to_string(),
                format!(
                    "{} <{}> ({})",
                    r.responder.name,
                    r.responder.email,
                    grouped_hex(&r.responder.fingerprint)
                ),
            ));
        }
        let facts = key_facts(&r.responder.cert, r.responder.vetted, now);
        let who = approvals
            .iter()
            .find(|(id, _)| *id == r.responder.id)
            .map(|(_, w)| w.join(", "))
            .unwrap_or_default();
        let line = ResponderLine {
            href: format!("/admin/responders/{}", r.responder.id),
            name: r.responder.name.clone(),
            email: r.responder.email.clone(),
            teams: teams
                .iter()
                .filter(|t| r.team_ids.contains(&t.id))
                .map(|t| t.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
            fingerprint: grouped_hex(&r.responder.fingerprint),
            state: if r.responder.suspended {
                "suspended"
            } else if r.responder.vetted {
                "vetted"
            } else {
                "pending"
            }
            .into(),
            key_status: facts.status,
            approvals: who,
        };
        if !r.responder.vetted {
            pending.push(line);
        } else {
            responders.push(line);
        }
    }
    let alerts = db::alerts(db)
        .await
        .map_err(err)?
        .into_iter()
        .filter(|al| !al.resolved)
        .take(50)
        .map(|al| (al.day.to_string(), al.kind, al.message))
        .collect();
    let accounts = all_accounts
        .into_iter()
        .map(|a| (a.email, a.role, a.state))
        .collect();
    let changes = crate::vetting::pending(db)
        .await
        .map_err(err)?
        .iter()
        .filter(|p| p.is_routing())
        .count();
    let view = HomeView {
        l: a.lang,
        registered,
        changes,
        accounts,
        demo: state.demo,
        nav: admin_nav(a),
        need: state.config.approvals,
        pending,
        responders,
        alerts,
        teams: teams.into_iter().map(|t| t.name).collect(),
        csrf: a.csrf.clone(),
        error: error.to_owned(),
        notice: notice.to_owned(),
        invited,
    };
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render(status, &view))
}

/// `GET /admin/`.
pub async fn home(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    match admin(&req, &state).await? {
        Ok(a) => home_page(&state, &a, None, "", "").await,
        Err(redirect) => Ok(redirect),
    }
}

/// A signed-in admin's POST (session, origin, CSRF checked).
pub(crate) async fn admin_post(
    req: &HttpRequest,
    payload: web::Payload,
    state: &AppState,
) -> Result<Result<(Authed, crate::report::FormInput), HttpResponse>, WebError> {
    match signed_in_post(req, payload, state, FORM_LIMIT).await? {
        Ok((a, f)) if a.is_admin() => Ok(Ok((a, f))),
        Ok(_) => Err(refused(Kind::Forbidden, state)),
        Err(redirect) => Ok(Err(redirect)),
    }
}

/// `POST /admin/invite`: a single-use link, shown once.
pub async fn invite(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match admin_post(&req, payload, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let team = Some(f.get("team").to_owned()).filter(|t| !t.is_empty());
    let responder = Some(f.get("responder").to_owned()).filter(|t| !t.is_empty());
    let role = if f.get("role") == "admin" {
        "admin"
    } else {
        "responder"
    };
    // A login for a registered key reads that responder's teams' tips at
    // once; with more than one approval required, one admin may not hand
    // it out (the shell can, counted as the shell).
    if responder.is_some() && state.config.approvals > 1 {
        return home_page(&state, &a, None, "", &a.lang.t("adm-invite-shell-key")).await;
    }
    // Admins made by one admin would be that admin's extra votes.
    if role == "admin" && state.config.approvals > 1 {
        return home_page(&state, &a, None, "", &a.lang.t("adm-invite-shell-admin")).await;
    }
    match crate::cli::invite(
        state.intake.db(),
        &state.config,
        state.clock.as_ref(),
        &a.account.email,
        f.get("email"),
        role,
        team,
        responder,
    )
    .await
    {
        Ok(link) => home_page(&state, &a, Some(link), "", "").await,
        Err(e) if e.downcast_ref::<sea_orm::DbErr>().is_some() => Err(internal(&e, &state)),
        // The other reasons are fixed texts (bad address, unknown team, already active).
        Err(e) => {
            let why = a.lang.t1("adm-invite-failed", "why", e);
            home_page(&state, &a, None, "", &why).await
        }
    }
}

/// `POST /admin/accounts`: reset someone's second factor (a lost phone).
/// Their sessions end; a fresh enrolment link is e-mailed to them and
/// shown here once, to pass on if the mail does not arrive.
pub async fn account_action(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match admin_post(&req, payload, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    if f.get("action") != "reset-totp" {
        return Err(refused(Kind::BadRequest, &state));
    }
    let email = f.get("email");
    let link = match crate::cli::reset_second_factor(
        state.intake.db(),
        &state.config,
        state.clock.as_ref(),
        &a.account.email,
        email,
    )
    .await
    {
        Ok(link) => link,
        Err(e) if e.downcast_ref::<sea_orm::DbErr>().is_some() => return Err(internal(&e, &state)),
        Err(e) => {
            let why = a.lang.t1("adm-reset-failed", "why", e);
            return home_page(&state, &a, None, "", &why).await;
        }
    };
    let text = format!(
        "An admin of Tipline reset the second factor of your account, for example because you lost your phone.\n\n\
         Open this link (it works once, for 72 hours) to add your account to an authenticator app again; your password stays the same:\n\n{link}\n\n\
         If you did not ask for this, tell an admin of the instance at once.\n"
    );
    let token = crate::random::hex(&crate::random::bytes::<16>());
    let sent = match state
        .mailer
        .compose(email, &token, crate::mail::Body::Account(&text))
    {
        Ok(m) => state.mailer.send(&m, &token).await.is_ok(),
        Err(_) => false,
    };
    // The link binds a new authenticator without a password prompt: with
    // more than one approval required, an admin who saw another admin's
    // link could take over a vote, so it goes only to its owner.
    let target_is_admin = db::accounts::account_by_email(state.intake.db(), email)
        .await
        .map_err(|e| internal(&e, &state))?
        .is_some_and(|t| t.role == "admin" && t.id != a.account.id);
    if target_is_admin && state.config.approvals > 1 {
        let message = if sent {
            a.lang.t1("adm-reset-mailed", "email", email)
        } else {
            a.lang.t1("adm-reset-unmailed", "email", email)
        };
        return home_page(&state, &a, None, &message, "").await;
    }
    let note = if sent {
        format!("{link}  ({})", a.lang.t1("adm-link-mailed", "email", email))
    } else {
        format!("{link}  ({})", a.lang.t("adm-link-unmailed"))
    };
    home_page(&state, &a, Some(note), "", "").await
}

async fn responder_page(
    state: &AppState,
    a: &Authed,
    id: Uuid,
    message: &str,
) -> Result<HttpResponse, WebError> {
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let Some(r) = db::responders(db)
        .await
        .map_err(err)?
        .into_iter()
        .find(|r| r.responder.id == id)
    else {
        return Err(refused(Kind::NotFound, state));
    };
    let teams = db::teams(db).await.map_err(err)?;
    let pending = crate::vetting::pending(db).await.map_err(err)?;
    let member_of = teams
        .iter()
        .filter(|t| r.team_ids.contains(&t.id))
        .map(|t| (t.id.to_string(), t.name.clone()))
        .collect();
    let joinable = teams
        .iter()
        .filter(|t| !r.team_ids.contains(&t.id))
        .map(|t| {
            let waiting = pending
                .iter()
                .any(|p| p.kind == "join" && p.responder == Some(id) && p.team == Some(t.id));
            (t.id.to_string(), t.name.clone(), waiting)
        })
        .collect();
    let reinstate_by = pending
        .iter()
        .find(|p| p.kind == "reinstate" && p.responder == Some(id))
        .map(|p| p.approvers.clone())
        .unwrap_or_default();
    let approved_by = crate::vetting::approvals(db)
        .await
        .map_err(err)?
        .into_iter()
        .find(|(rid, _)| *rid == id)
        .map(|(_, w)| w)
        .unwrap_or_default();
    let view = ResponderView {
        demo: state.demo,
        l: a.lang,
        nav: admin_nav(a),
        action: format!("/admin/responders/{id}"),
        name: r.responder.name.clone(),
        email: r.responder.email.clone(),
        teams: teams
            .iter()
            .filter(|t| r.team_ids.contains(&t.id))
            .map(|t| t.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        key: key_facts(&r.responder.cert, r.responder.vetted, state.clock.now()),
        fingerprint: r.responder.fingerprint.clone(),
        vetted: r.responder.vetted,
        suspended: r.responder.suspended,
        need: state.config.approvals,
        mine: approved_by.contains(&a.account.email),
        approved_by,
        csrf: a.csrf.clone(),
        message: message.to_owned(),
        member_of,
        joinable,
        reinstate_by,
        is_self: a.account.responder_id == Some(id),
    };
    Ok(render(StatusCode::OK, &view))
}

/// `GET /admin/responders/{id}`: the vetting page.
pub async fn responder(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let a = match admin(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let id = Uuid::parse_str(&path.into_inner()).map_err(|_| refused(Kind::NotFound, &state))?;
    responder_page(&state, &a, id, "").await
}

/// `POST /admin/responders/{id}`: approve vetting, suspend or reinstate.
pub async fn responder_action(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match admin_post(&req, payload, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let id = Uuid::parse_str(&path.into_inner()).map_err(|_| refused(Kind::NotFound, &state))?;
    let db = state.intake.db();
    let now = state.clock.now();
    match f.get("action") {
        "approve" => {
            use crate::vetting::{Change, Outcome};
            let change = Change::Vet {
                responder: id,
                fingerprint: f.get("fingerprint").to_owned(),
            };
            let message = match approve(&state, &a, &change).await? {
                Ok(Outcome::Done) => a.lang.t("vet-done"),
                Ok(Outcome::AlreadyDone) => a.lang.t("vet-already"),
                Ok(other) => waiting_text(other, a.lang),
                Err(why) => why,
            };
            responder_page(&state, &a, id, &message).await
        }
        "join" => {
            let team =
                Uuid::parse_str(f.get("team")).map_err(|_| refused(Kind::BadRequest, &state))?;
            let change = crate::vetting::Change::Join {
                responder: id,
                team,
            };
            let message = match approve(&state, &a, &change).await? {
                Ok(crate::vetting::Outcome::Done) => a.lang.t("vet-joined"),
                Ok(other) => waiting_text(other, a.lang),
                Err(why) => why,
            };
            responder_page(&state, &a, id, &message).await
        }
        "leave" => {
            let team =
                Uuid::parse_str(f.get("team")).map_err(|_| refused(Kind::BadRequest, &state))?;
            let err = |e: sea_orm::DbErr| internal(&e, &state);
            let (Some(r), Some(t)) = (
                db::responder_by_handle(db, &id.to_string())
                    .await
                    .map_err(err)?,
                db::teams(db)
                    .await
                    .map_err(err)?
                    .into_iter()
                    .find(|t| t.id == team),
            ) else {
                return Err(refused(Kind::NotFound, &state));
            };
            db::leave_team(db, id, team).await.map_err(err)?;
            db::accounts::audit(
                db,
                now.date_naive(),
                Some(now.timestamp()),
                &a.account.email,
                "leave team",
                &format!("{} <{}> left team \"{}\"", r.name, r.email, t.name),
            )
            .await
            .map_err(err)?;
            responder_page(&state, &a, id, &a.lang.t1("vet-left", "team", &t.name)).await
        }
        "remove" => {
            if a.account.responder_id == Some(id) {
                return responder_page(&state, &a, id, &a.lang.t("vet-not-yourself")).await;
            }
            let err = |e: sea_orm::DbErr| internal(&e, &state);
            let Some(r) = db::responder_by_handle(db, &id.to_string())
                .await
                .map_err(err)?
            else {
                return Err(refused(Kind::NotFound, &state));
            };
            crate::cli::remove_responder(db, now.date_naive(), &a.account.email, &r)
                .await
                .map_err(err)?;
            Ok(see_other("/admin/"))
        }
        "suspend" => {
            let err = |e: sea_orm::DbErr| internal(&e, &state);
            let Some(r) = db::responder_by_handle(db, &id.to_string())
                .await
                .map_err(err)?
            else {
                return Err(refused(Kind::NotFound, &state));
            };
            // The suspension and its audit line: both or neither.
            let txn = sea_orm::TransactionTrait::begin(db).await.map_err(err)?;
            db::set_suspended_in(&txn, id, true).await.map_err(err)?;
            db::accounts::audit(
                &txn,
                now.date_naive(),
                Some(now.timestamp()),
                &a.account.email,
                "suspend",
                &format!("{} <{}>, fingerprint {}", r.name, r.email, r.fingerprint),
            )
            .await
            .map_err(err)?;
            txn.commit().await.map_err(err)?;
            Ok(see_other(&format!("/admin/responders/{id}")))
        }
        "reinstate" => {
            use crate::vetting::{Change, Outcome};
            let change = Change::Reinstate { responder: id };
            let message = match approve(&state, &a, &change).await? {
                Ok(Outcome::Done) => a.lang.t("vet-reinstated"),
                Ok(Outcome::AlreadyDone) => a.lang.t("vet-not-suspended"),
                Ok(other) => waiting_text(other, a.lang),
                Err(why) => why,
            };
            responder_page(&state, &a, id, &message).await
        }
        _ => Err(refused(Kind::BadRequest, &state)),
    }
}

/// The signed-in admin's approval of `change`: the outcome, or why it
/// was refused in words (a missing subject is a 404, a database error a 500).
pub(crate) async fn approve(
    state: &AppState,
    a: &Authed,
    change: &crate::vetting::Change,
) -> Result<Result<crate::vetting::Outcome, String>, WebError> {
    use crate::vetting::VetError;
    let now = state.clock.now();
    let actor = crate::vetting::Actor {
        name: a.account.email.clone(),
        responder: a.account.responder_id,
    };
    match crate::vetting::approve(
        state.intake.db(),
        change,
        &actor,
        u64::from(state.config.approvals),
        now.date_naive(),
        now.into(),
    )
    .await
    {
        Ok(o) => Ok(Ok(o)),
        Err(VetError::NotFound) => Err(refused(Kind::NotFound, state)),
        Err(VetError::Db(e)) => Err(internal(&e, state)),
        Err(VetError::KeyChanged) => Ok(Err(a.lang.t("vet-key-changed"))),
        Err(VetError::Own) => Ok(Err(a.lang.t("vet-own-access"))),
        Err(VetError::Key(e)) => Ok(Err(a.lang.t1("vet-key-unusable", "why", e))),
    }
}

/// What an approval that did not yet take effect means, in words.
pub(crate) fn waiting_text(o: crate::vetting::Outcome, l: Lang) -> String {
    use crate::vetting::Outcome;
    match o {
        Outcome::Waiting { have, need } => l.tn2("vet-recorded", "number", have, "need", need),
        Outcome::AlreadyApproved { have, need } => l.tn2("vet-twice", "number", have, "need", need),
        Outcome::Done => l.t("vet-effect"),
        Outcome::AlreadyDone => l.t("vet-nothing"),
    }
}

/// `GET /admin/audit`: the latest entries.
pub async fn audit(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let a = match admin(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let entries = db::accounts::audit_entries(state.intake.db(), 500)
        .await
        .map_err(|e| internal(&e, &state))?
        .into_iter()
        .map(|e| {
            [
                e.day.to_string(),
                audit_time(e.at),
                e.actor,
                e.action,
                e.detail,
            ]
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &AuditView {
            demo: state.demo,
            l: a.lang,
            nav: admin_nav(&a),
            entries,
        },
    ))
}

/// A CSV cell: quoted, and a leading `= + - @` neutralised so that a
/// spreadsheet never runs it as a formula.
fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// `GET /admin/audit.csv`: the whole audit log.
pub async fn audit_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let a = match admin(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let db = state.intake.db();
    let entries = db::accounts::audit_entries(db, u64::MAX >> 1)
        .await
        .map_err(|e| internal(&e, &state))?;
    let mut csv = String::from("day,time,actor,action,detail\r\n");
    for e in entries {
        let time = audit_time(e.at);
        csv.push_str(&format!(
            "{},{},{},{},{}\r\n",
            e.day,
            time,
            csv_cell(&e.actor),
            csv_cell(&e.action),
            csv_cell(&e.detail)
        ));
    }
    let now = state.clock.now();
    db::accounts::audit(
        db,
        now.date_naive(),
        Some(now.timestamp()),
        &a.account.email,
        "export audit log",
        "",
    )
    .await
    .map_err(|e| internal(&e, &state))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"tipline-audit.csv\"",
        ))
        .body(csv))
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_cells_are_quoted_and_formulas_neutralised() {
        assert_eq!(
            super::csv_cell("=HYPERLINK(\"x\")"),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(super::csv_cell("-1"), "\"'-1\"");
        assert_eq!(super::csv_cell("plain, text"), "\"plain, text\"");
    }
}
