//! Routing, for admins: routes (create, edit, reorder, delete) with a
//! preview of where a report would go and a warning for every route that
//! would reach no usable key; teams; and the changes that wait for more
//! admins' approval (a responder joining a team, a team bound to a route).

use super::AppState;
use super::admin::{admin, admin_nav, admin_post, approve, waiting_text};
use super::errors::{Kind, WebError};
use super::responder::views::Nav;
use super::responder::{Authed, internal, refused};
use super::views::render;
use crate::db::{self, RouteRow, entities::team};
use crate::i18n::Lang;
use crate::report::{COMPOUND_COUNTRIES, Consent, FormInput, ROLES, country_label};
use crate::routing::{Criteria, RouteSpec, Snapshot, TeamKind};
use crate::vetting::{Change, Outcome, Pending};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use std::time::SystemTime;
use uuid::Uuid;

/// One checkbox or option.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
    /// For teams: ticked when the form was first shown (a refused form
    /// carries this on), so that saving unticks only what the admin saw.
    pub was: bool,
}

/// A change waiting for approvals, as the list shows it.
pub struct PendingLine {
    pub text: String,
    pub approvers: String,
    pub day: String,
    pub kind: String,
    pub responder: String,
    pub team: String,
    pub route: String,
    /// The signed-in admin approved it already, or it is about themselves.
    pub mine: bool,
}

/// A route in the list.
pub struct RouteLine {
    pub href: String,
    pub id: String,
    pub name: String,
    pub priority: i32,
    pub is_default: bool,
    pub criteria: String,
    pub teams: Vec<String>,
    pub waiting: Vec<String>,
    pub warnings: Vec<String>,
    pub first: bool,
    pub last: bool,
}

/// A team in the list.
pub struct TeamLine {
    pub name: String,
    pub kind: String,
    pub members: usize,
    pub keys: usize,
}

/// `/admin/routes`.
#[derive(Template)]
#[template(path = "admin/routes.html")]
pub struct RoutesView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub csrf: String,
    pub need: u32,
    pub message: String,
    pub error: String,
    pub pending: Vec<PendingLine>,
    pub routes: Vec<RouteLine>,
    pub teams: Vec<TeamLine>,
    pub countries: Vec<Choice>,
    pub roles: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub urgency: String,
    /// What the preview found, one line each; empty before a preview.
    pub preview: Vec<String>,
    pub preview_asked: String,
}

/// The form that creates or edits a route.
#[derive(Template)]
#[template(path = "admin/route.html")]
pub struct RouteFormView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub csrf: String,
    pub action: String,
    pub is_new: bool,
    pub is_default: bool,
    pub name: String,
    pub priority: String,
    pub urgent: String,
    pub countries: Vec<Choice>,
    pub roles: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub teams: Vec<Choice>,
    pub need: u32,
    pub error: String,
}

fn language_label(code: &str) -> String {
    Lang::from_code(code).map_or_else(|| code.to_owned(), |l| l.native_name().to_owned())
}

/// A country of a route, in the page's language (CLDR's name).
fn country_in(l: Lang, code: &str) -> String {
    if code == "OTHER" {
        l.t("routes-another-country")
    } else if COMPOUND_COUNTRIES.contains(&code) {
        format!("{} ({code})", l.t(&format!("country-{code}")))
    } else {
        country_label(code)
    }
}

/// Who reported, in the page's language.
fn role_in(l: Lang, role: &str) -> String {
    l.word("reporter", role)
}

fn country_choices(selected: &[String], l: Lang) -> Vec<Choice> {
    COMPOUND_COUNTRIES
        .iter()
        .map(|c| Choice {
            value: (*c).into(),
            label: country_in(l, c),
            checked: selected.iter().any(|s| s == c),
            was: false,
        })
        .collect()
}

fn role_choices(selected: &[String], l: Lang) -> Vec<Choice> {
    ROLES
        .iter()
        .map(|r| Choice {
            value: (*r).into(),
            label: role_in(l, r),
            checked: selected.iter().any(|s| s == r),
            was: false,
        })
        .collect()
}

fn language_choices(selected: &[String]) -> Vec<Choice> {
    Lang::ALL
        .iter()
        .map(|l| Choice {
            value: l.code().into(),
            label: l.native_name().into(),
            checked: selected.iter().any(|s| s == l.code()),
            was: false,
        })
        .collect()
}

/// A route's criteria in words.
fn criteria_text(r: &crate::routing::Route, l: Lang) -> String {
    if r.is_default {
        return l.t("crit-default");
    }
    let list = |v: &[String], f: &dyn Fn(&str) -> String| {
        if v.is_empty() {
            l.t("crit-any")
        } else {
            v.iter().map(|x| f(x)).collect::<Vec<_>>().join(", ")
        }
    };
    l.ta(
        "crit-text",
        &[
            (
                "countries",
                list(&r.countries, &|c| country_in(l, c)).into(),
            ),
            ("reporters", list(&r.roles, &|x| role_in(l, x)).into()),
            (
                "urgent",
                l.t(match r.urgent {
                    None => "route-either",
                    Some(true) => "routes-yes",
                    Some(false) => "routes-no",
                })
                .into(),
            ),
            ("languages", list(&r.languages, &language_label).into()),
        ],
    )
}

/// How many usable keys a team has.
fn usable_keys(snap: &Snapshot, team: Uuid, now: SystemTime) -> usize {
    snap.recipients
        .iter()
        .filter(|r| r.teams.contains(&team) && r.cert.usable_at(now))
        .count()
}

/// What is wrong with a route, in words; empty when nothing is.
fn warnings(snap: &Snapshot, r: &crate::routing::Route, now: SystemTime, l: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let reach: usize = r.teams.iter().map(|t| usable_keys(snap, *t, now)).sum();
    let fallback = l.t(if r.is_default {
        "warn-fallback-default"
    } else {
        "warn-fallback"
    });
    if r.teams.is_empty() {
        out.push(l.t1("warn-no-team", "fallback", &fallback));
    } else if reach == 0 {
        out.push(l.t1("warn-no-key", "fallback", &fallback));
    } else {
        let operator_reach: usize = r
            .teams
            .iter()
            .filter(|t| {
                snap.teams
                    .get(t)
                    .is_some_and(|(_, k)| *k == TeamKind::Operator)
            })
            .map(|t| usable_keys(snap, *t, now))
            .sum();
        if operator_reach == 0 {
            out.push(l.t1("warn-consent", "fallback", &fallback));
        }
    }
    out
}

/// Where a report with `c` would go, with every consent and with none.
fn preview_lines(snap: &Snapshot, c: &Criteria, now: SystemTime, l: Lang) -> Vec<String> {
    let all = Consent {
        ngo: true,
        embassy: true,
        police: true,
    };
    let mut out = Vec::new();
    for (consent, label) in [
        (all, l.t("preview-consent-all")),
        (Consent::default(), l.t("preview-consent-none")),
    ] {
        let line = match snap.decide(c, consent, now) {
            Ok(d) => {
                let mut teams: Vec<(Uuid, usize)> = Vec::new();
                for (t, _) in &d.recipients {
                    match teams.iter_mut().find(|(x, _)| x == t) {
                        Some((_, n)) => *n += 1,
                        None => teams.push((*t, 1)),
                    }
                }
                let names = teams
                    .iter()
                    .map(|(t, n)| {
                        let (name, kind) = snap
                            .teams
                            .get(t)
                            .map_or(("?", "?"), |(n, k)| (n.as_str(), k.as_str()));
                        format!(
                            "{name} ({}, {})",
                            l.word("kind", kind),
                            l.tn("preview-keys", "number", *n)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                let via = match &d.fell_back_from {
                    Some(from) => {
                        l.t2("preview-via-fallback", "route", &d.route.name, "from", from)
                    }
                    None => l.t1("preview-via", "route", &d.route.name),
                };
                format!("{label}: {via} → {names}.")
            }
            Err(e) => {
                let why = match e.route {
                    Some(r) => l.t1("preview-no-key", "route", r),
                    None => l.t("preview-no-route"),
                };
                format!("{label}: {}", l.t1("preview-nobody", "why", why))
            }
        };
        out.push(line);
    }
    out
}

/// The preview's question in words.
fn asked(c: &Criteria, l: Lang) -> String {
    l.ta(
        "preview-asked",
        &[
            (
                "country",
                c.country
                    .as_deref()
                    .map_or_else(|| l.t("preview-no-country"), |x| country_in(l, x))
                    .into(),
            ),
            (
                "reporter",
                c.role
                    .as_deref()
                    .map_or_else(|| l.t("preview-no-role"), |x| role_in(l, x))
                    .into(),
            ),
            (
                "urgent",
                l.t(if c.urgent {
                    "preview-urgent"
                } else {
                    "preview-not-urgent"
                })
                .into(),
            ),
            ("language", language_label(&c.language).into()),
        ],
    )
}

/// Describes the pending changes for the list.
fn pending_lines(
    pending: Vec<Pending>,
    a: &Authed,
    teams: &[team::Model],
    routes: &[RouteRow],
    responders: &[db::ResponderRow],
) -> Vec<PendingLine> {
    let team = |id: Option<Uuid>| {
        teams.iter().find(|t| Some(t.id) == id).map_or_else(
            || "?".into(),
            |t| format!("\"{}\" ({})", t.name, a.lang.word("kind", &t.kind)),
        )
    };
    let person = |id: Option<Uuid>| {
        responders
            .iter()
            .find(|r| Some(r.responder.id) == id)
            .map_or_else(
                || "?".into(),
                |r| format!("{} <{}>", r.responder.name, r.responder.email),
            )
    };
    pending
        .into_iter()
        .filter(crate::vetting::Pending::is_routing)
        .map(|p| {
            let text = match p.kind.as_str() {
                "join" => a.lang.t2(
                    "pending-join",
                    "person",
                    person(p.responder),
                    "team",
                    team(p.team),
                ),
                _ => a.lang.t2(
                    "pending-route",
                    "team",
                    team(p.team),
                    "route",
                    routes
                        .iter()
                        .find(|r| Some(r.route.id) == p.route)
                        .map_or("?", |r| r.route.name.as_str()),
                ),
            };
            // No one approves widening their own access: their own joining,
            // or a route for a team they are in.
            let me = a.account.responder_id;
            let own = match p.kind.as_str() {
                "join" => me.is_some() && p.responder == me,
                _ => responders.iter().any(|r| {
                    Some(r.responder.id) == me && p.team.is_some_and(|t| r.team_ids.contains(&t))
                }),
            };
            PendingLine {
                text,
                mine: own || p.approvers.contains(&a.account.email),
                approvers: p.approvers.join(", "),
                day: p.created_day.to_string(),
                kind: p.kind,
                responder: p.responder.map(|x| x.to_string()).unwrap_or_default(),
                team: p.team.map(|x| x.to_string()).unwrap_or_default(),
                route: p.route.map(|x| x.to_string()).unwrap_or_default(),
            }
        })
        .collect()
}

/// Reads the preview's question from the query string (all optional).
fn preview_query(q: &FormInput) -> Option<Criteria> {
    if q.get("preview").is_empty() {
        return None;
    }
    let country = Some(q.get("country"))
        .filter(|c| COMPOUND_COUNTRIES.contains(c))
        .map(str::to_owned);
    let role = Some(q.get("role"))
        .filter(|r| ROLES.contains(r))
        .map(str::to_owned);
    let language = Lang::from_code(q.get("language")).unwrap_or(Lang::EN);
    Some(Criteria {
        country,
        role,
        urgent: q.get("urgent") == "yes",
        language: language.code().to_owned(),
    })
}

async fn routes_page(
    state: &AppState,
    a: &Authed,
    query: &FormInput,
    message: &str,
    error: &str,
) -> Result<HttpResponse, WebError> {
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let now: SystemTime = state.clock.now().into();
    let snap = state.intake.snapshot().await.map_err(err)?;
    let teams = db::teams(db).await.map_err(err)?;
    let routes = db::routes(db).await.map_err(err)?;
    let responders = db::responders(db).await.map_err(err)?;
    let pending = crate::vetting::pending(db).await.map_err(err)?;
    let team_name = |id: &Uuid| {
        teams.iter().find(|t| t.id == *id).map_or_else(
            || "?".into(),
            |t| format!("{} ({})", t.name, a.lang.word("kind", &t.kind)),
        )
    };
    let ordinary: Vec<Uuid> = routes
        .iter()
        .filter(|r| !r.route.is_default)
        .map(|r| r.route.id)
        .collect();
    let lines = snap
        .routes
        .iter()
        .map(|r| RouteLine {
            href: format!("/admin/routes/{}", r.id),
            id: r.id.to_string(),
            name: r.name.clone(),
            priority: r.priority,
            is_default: r.is_default,
            criteria: criteria_text(r, a.lang),
            teams: r
                .teams
                .iter()
                .map(|t| {
                    let n = usable_keys(&snap, *t, now);
                    format!(
                        "{} · {}",
                        team_name(t),
                        a.lang.tn("routes-team-keys", "number", n)
                    )
                })
                .collect(),
            waiting: pending
                .iter()
                .filter(|p| p.kind == "bind" && p.route == Some(r.id))
                .filter_map(|p| p.team.as_ref().map(team_name))
                .collect(),
            warnings: warnings(&snap, r, now, a.lang),
            first: ordinary.first() == Some(&r.id),
            last: ordinary.last() == Some(&r.id),
        })
        .collect();
    let team_lines = teams
        .iter()
        .map(|t| TeamLine {
            name: t.name.clone(),
            kind: t.kind.clone(),
            members: responders
                .iter()
                .filter(|r| r.team_ids.contains(&t.id))
                .count(),
            keys: usable_keys(&snap, t.id, now),
        })
        .collect();
    let criteria = preview_query(query);
    let view = RoutesView {
        demo: state.demo,
        l: a.lang,
        nav: admin_nav(a),
        csrf: a.csrf.clone(),
        need: state.config.approvals,
        message: message.to_owned(),
        error: error.to_owned(),
        pending: pending_lines(pending, a, &teams, &routes, &responders),
        routes: lines,
        teams: team_lines,
        countries: country_choices(
            &criteria
                .as_ref()
                .and_then(|c| c.country.clone())
                .into_iter()
                .collect::<Vec<_>>(),
            a.lang,
        ),
        roles: role_choices(
            &criteria
                .as_ref()
                .and_then(|c| c.role.clone())
                .into_iter()
                .collect::<Vec<_>>(),
            a.lang,
        ),
        languages: language_choices(
            &criteria
                .as_ref()
                .map(|c| c.language.clone())
                .into_iter()
                .collect::<Vec<_>>(),
        ),
        urgency: if criteria.as_ref().is_some_and(|c| c.urgent) {
            "yes".into()
        } else {
            "no".into()
        },
        preview: criteria
            .as_ref()
            .map(|c| preview_lines(&snap, c, now, a.lang))
            .unwrap_or_default(),
        preview_asked: criteria
            .as_ref()
            .map(|c| asked(c, a.lang))
            .unwrap_or_default(),
    };
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render(status, &view))
}

fn query_of(req: &HttpRequest, state: &AppState) -> Result<FormInput, WebError> {
    FormInput::parse_urlencoded(req.query_string().as_bytes())
        .map_err(|_| refused(Kind::BadRequest, state))
}

/// `GET /admin/routes`: routes, teams, pending changes, and the preview.
pub async fn routes(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let a = match admin(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let query = query_of(&req, &state)?;
    routes_page(&state, &a, &query, "", "").await
}

/// What the route form shows in its fields.
#[derive(Default)]
struct Draft {
    name: String,
    priority: String,
    urgent: String,
    countries: Vec<String>,
    roles: Vec<String>,
    languages: Vec<String>,
    teams: Vec<Uuid>,
    was: Vec<Uuid>,
}

/// The teams a route form showed ticked when it was opened.
fn shown_teams(f: &FormInput, teams: &[team::Model]) -> Vec<Uuid> {
    teams
        .iter()
        .filter(|t| f.get(&format!("was_{}", t.id)) == "on")
        .map(|t| t.id)
        .collect()
}

/// The teams ticked in a route form.
fn ticked_teams(f: &FormInput, teams: &[team::Model]) -> Vec<Uuid> {
    teams
        .iter()
        .filter(|t| f.get(&format!("team_{}", t.id)) == "on")
        .map(|t| t.id)
        .collect()
}

fn route_form(
    state: &AppState,
    a: &Authed,
    editing: Option<&RouteRow>,
    pending_teams: &[Uuid],
    teams: &[team::Model],
    posted: Option<&FormInput>,
    error: &str,
) -> HttpResponse {
    let split = |s: &str| crate::routing::split_list(s);
    // A refused form comes back as it was typed.
    let d = match (posted, editing) {
        (Some(f), _) => Draft {
            name: f.get("name").to_owned(),
            priority: f.get("priority").to_owned(),
            urgent: f.get("urgent").to_owned(),
            countries: checked(f, "country", COMPOUND_COUNTRIES.iter().copied()),
            roles: checked(f, "role", ROLES.iter().copied()),
            languages: checked(f, "lang", Lang::ALL.iter().map(|l| l.code())),
            teams: ticked_teams(f, teams),
            was: shown_teams(f, teams),
        },
        (None, Some(r)) => Draft {
            name: r.route.name.clone(),
            priority: r.route.priority.to_string(),
            urgent: match r.route.urgent {
                None => "any",
                Some(true) => "yes",
                Some(false) => "no",
            }
            .into(),
            countries: split(&r.route.countries),
            roles: split(&r.route.roles),
            languages: split(&r.route.languages),
            teams: r.team_ids.iter().chain(pending_teams).copied().collect(),
            was: r.team_ids.iter().chain(pending_teams).copied().collect(),
        },
        (None, None) => Draft {
            urgent: "any".into(),
            ..Draft::default()
        },
    };
    let view = RouteFormView {
        demo: state.demo,
        l: a.lang,
        nav: admin_nav(a),
        csrf: a.csrf.clone(),
        action: editing.map_or_else(
            || "/admin/routes".into(),
            |r| format!("/admin/routes/{}", r.route.id),
        ),
        is_new: editing.is_none(),
        is_default: editing.is_some_and(|r| r.route.is_default),
        name: d.name,
        priority: d.priority,
        urgent: d.urgent,
        countries: country_choices(&d.countries, a.lang),
        roles: role_choices(&d.roles, a.lang),
        languages: language_choices(&d.languages),
        teams: teams
            .iter()
            .map(|t| Choice {
                value: t.id.to_string(),
                label: format!(
                    "{} ({}){}",
                    t.name,
                    a.lang.word("kind", &t.kind),
                    if pending_teams.contains(&t.id) {
                        format!(" — {}", a.lang.t("waiting-approval"))
                    } else {
                        String::new()
                    }
                ),
                checked: d.teams.contains(&t.id),
                was: d.was.contains(&t.id),
            })
            .collect(),
        need: state.config.approvals,
        error: error.to_owned(),
    };
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(status, &view)
}

/// The values of checkboxes named `{prefix}_{value}` that are ticked.
fn checked<'a>(f: &FormInput, prefix: &str, values: impl Iterator<Item = &'a str>) -> Vec<String> {
    values
        .filter(|v| f.get(&format!("{prefix}_{v}")) == "on")
        .map(str::to_owned)
        .collect()
}

/// The teams bound to `route` that wait for approvals.
fn pending_binds(pending: &[Pending], route: Uuid) -> Vec<Uuid> {
    pending
        .iter()
        .filter(|p| p.kind == "bind" && p.route == Some(route))
        .filter_map(|p| p.team)
        .collect()
}

/// `GET /admin/routes/new`.
pub async fn new_route(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let a = match admin(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let teams = db::teams(state.intake.db())
        .await
        .map_err(|e| internal(&e, &state))?;
    Ok(route_form(&state, &a, None, &[], &teams, None, ""))
}

async fn find_route(
    state: &AppState,
    id: &str,
) -> Result<(RouteRow, Vec<RouteRow>, Vec<Pending>, Vec<team::Model>), WebError> {
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let id = Uuid::parse_str(id).map_err(|_| refused(Kind::NotFound, state))?;
    let routes = db::routes(db).await.map_err(err)?;
    let row = routes
        .iter()
        .find(|r| r.route.id == id)
        .cloned()
        .ok_or_else(|| refused(Kind::NotFound, state))?;
    let pending = crate::vetting::pending(db).await.map_err(err)?;
    let teams = db::teams(db).await.map_err(err)?;
    Ok((row, routes, pending, teams))
}

/// `GET /admin/routes/{id}`: the edit form.
pub async fn route(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let a = match admin(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let (row, _, pending, teams) = find_route(&state, &path.into_inner()).await?;
    let waiting = pending_binds(&pending, row.route.id);
    Ok(route_form(
        &state,
        &a,
        Some(&row),
        &waiting,
        &teams,
        None,
        "",
    ))
}

/// Saves a route from the form (new when `editing` is `None`) and asks
/// for the team bindings; the page to show next.
async fn save_route(
    state: &AppState,
    a: &Authed,
    f: &FormInput,
    editing: Option<(&RouteRow, &[Pending])>,
    routes: &[RouteRow],
    teams: &[team::Model],
) -> Result<HttpResponse, WebError> {
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let row = editing.map(|(r, _)| r);
    let is_default = row.is_some_and(|r| r.route.is_default);
    let refuse = |id: &str| {
        let why = a.lang.t(id);
        let waiting = editing.map_or_else(Vec::new, |(r, p)| pending_binds(p, r.route.id));
        Ok(route_form(state, a, row, &waiting, teams, Some(f), &why))
    };
    let priority = match f.get("priority").trim() {
        "" => None,
        p => match p.parse::<i32>() {
            Ok(p) if p.unsigned_abs() <= 1_000_000 => Some(p),
            _ => return refuse("routes-priority-number"),
        },
    };
    let urgent = match f.get("urgent") {
        "yes" => Some(true),
        "no" => Some(false),
        "any" | "" => None,
        _ => return refuse("routes-urgency-values"),
    };
    let spec = if is_default {
        RouteSpec {
            name: f.get("name").to_owned(),
            priority,
            is_default: true,
            ..RouteSpec::default()
        }
    } else {
        RouteSpec {
            name: f.get("name").to_owned(),
            countries: checked(f, "country", COMPOUND_COUNTRIES.iter().copied()),
            roles: checked(f, "role", ROLES.iter().copied()),
            urgent,
            languages: checked(f, "lang", Lang::ALL.iter().map(|l| l.code())),
            priority,
            is_default: false,
        }
    };
    let model = match spec.check(routes, row.map(|r| r.route.id)) {
        Ok(m) => m,
        Err((_, why)) => return refuse(&why),
    };
    let wanted = ticked_teams(f, teams);
    let id = model.id;
    let summary = format!(
        "\"{}\" (priority {}; countries {}; roles {}; urgent {}; languages {})",
        model.name,
        model.priority,
        if model.countries.is_empty() {
            "any"
        } else {
            &model.countries
        },
        if model.roles.is_empty() {
            "any"
        } else {
            &model.roles
        },
        model
            .urgent
            .map_or("either", |u| if u { "yes" } else { "no" }),
        if model.languages.is_empty() {
            "any"
        } else {
            &model.languages
        },
    );
    let team_name = |t: &Uuid| {
        teams.iter().find(|x| x.id == *t).map_or_else(
            || "?".to_owned(),
            |x| format!("\"{}\" ({})", x.name, a.lang.word("kind", &x.kind)),
        )
    };
    // A binding was approved for the route's criteria: new criteria need
    // the approvals again (one admin is trusted alone when one suffices).
    let criteria_changed = row.is_some_and(|r| {
        r.route.countries != model.countries
            || r.route.roles != model.roles
            || r.route.urgent != model.urgent
            || r.route.languages != model.languages
    });
    let rebind = criteria_changed && state.config.approvals > 1;
    let (bound, waiting) = match editing {
        Some((r, p)) => {
            db::update_route(db, model).await.map_err(err)?;
            (r.team_ids.clone(), pending_binds(p, r.route.id))
        }
        None => {
            db::add_route(db, model, &[]).await.map_err(err)?;
            (vec![], vec![])
        }
    };
    let action = if editing.is_some() {
        "edit route"
    } else {
        "add route"
    };
    audit(state, a, action, &summary).await?;
    let mut notes = vec![a.lang.t("routes-saved")];
    // Narrowing takes effect at once; only teams the form showed ticked
    // are taken off (a team bound since the form was opened stays).
    let shown = shown_teams(f, teams);
    for t in bound
        .iter()
        .chain(&waiting)
        .filter(|t| shown.contains(t) && !wanted.contains(t))
    {
        db::unbind_team(db, id, *t).await.map_err(err)?;
        let detail = format!("team {} no longer receives {summary}", team_name(t));
        audit(state, a, "unbind team from route", &detail).await?;
        notes.push(a.lang.t1("routes-team-off", "team", team_name(t)));
    }
    let mut ask: Vec<Uuid> = Vec::new();
    if rebind {
        for t in bound.iter().filter(|t| wanted.contains(t)) {
            db::unbind_team(db, id, *t).await.map_err(err)?;
            let detail = format!("team {} waits for approval of {summary}", team_name(t));
            audit(state, a, "criteria changed: rebind", &detail).await?;
            ask.push(*t);
        }
        if !ask.is_empty() {
            notes.push(a.lang.t("routes-criteria-changed"));
        }
    }
    // Newly ticked teams ask for approval; teams already waiting are
    // approved only from the list of waiting changes, on purpose.
    ask.extend(
        wanted
            .iter()
            .filter(|t| !bound.contains(t) && !waiting.contains(t)),
    );
    for t in ask {
        match approve(state, a, &Change::Bind { route: id, team: t }).await? {
            Ok(Outcome::Done | Outcome::AlreadyDone) => {
                notes.push(a.lang.t1("routes-team-on", "team", team_name(&t)));
            }
            Ok(o) => notes.push(format!(
                "{} {}: {}",
                a.lang.t("inbox-team"),
                team_name(&t),
                waiting_text(o, a.lang)
            )),
            Err(why) => notes.push(format!(
                "{} {}: {why}",
                a.lang.t("inbox-team"),
                team_name(&t)
            )),
        }
    }
    routes_page(state, a, &FormInput::default(), &notes.join(" "), "").await
}

/// Records an admin's action in the audit log.
async fn audit(state: &AppState, a: &Authed, action: &str, detail: &str) -> Result<(), WebError> {
    let now = state.clock.now();
    db::accounts::audit(
        state.intake.db(),
        now.date_naive(),
        Some(now.timestamp()),
        &a.account.email,
        action,
        detail,
    )
    .await
    .map_err(|e| internal(&e, state))
}

/// `POST /admin/routes`: a new route.
pub async fn create_route(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match admin_post(&req, payload, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    let routes = db::routes(db).await.map_err(err)?;
    let teams = db::teams(db).await.map_err(err)?;
    save_route(&state, &a, &f, None, &routes, &teams).await
}

/// `POST /admin/routes/{id}`: save, move up or down, or delete.
pub async fn route_action(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match admin_post(&req, payload, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let (row, routes, pending, teams) = find_route(&state, &path.into_inner()).await?;
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    let none = FormInput::default();
    match f.get("action") {
        "save" => save_route(&state, &a, &f, Some((&row, &pending)), &routes, &teams).await,
        "delete" => {
            if row.route.is_default {
                return routes_page(&state, &a, &none, "", &a.lang.t("routes-default-kept")).await;
            }
            db::delete_route(db, row.route.id).await.map_err(err)?;
            audit(
                &state,
                &a,
                "delete route",
                &format!("\"{}\"", row.route.name),
            )
            .await?;
            let msg = a.lang.t1("routes-deleted", "name", &row.route.name);
            routes_page(&state, &a, &none, &msg, "").await
        }
        dir @ ("up" | "down") => {
            // The default route is always tried last; the others swap with
            // their neighbour.
            let ordinary: Vec<&RouteRow> = routes.iter().filter(|r| !r.route.is_default).collect();
            let Some(i) = ordinary.iter().position(|r| r.route.id == row.route.id) else {
                return routes_page(&state, &a, &none, "", &a.lang.t("routes-default-last")).await;
            };
            let j = if dir == "up" {
                i.checked_sub(1)
            } else {
                Some(i + 1)
            };
            let Some(other) = j.and_then(|j| ordinary.get(j)) else {
                let why = a.lang.t("routes-at-end");
                return routes_page(&state, &a, &none, &why, "").await;
            };
            db::swap_priorities(db, row.route.id, other.route.id)
                .await
                .map_err(err)?;
            let detail = format!(
                "\"{}\" moved {dir} past \"{}\"",
                row.route.name, other.route.name
            );
            audit(&state, &a, "reorder routes", &detail).await?;
            routes_page(&state, &a, &none, &a.lang.t("routes-order-saved"), "").await
        }
        _ => Err(refused(Kind::BadRequest, &state)),
    }
}

/// `POST /admin/changes`: approve a waiting change (a team joining, a
/// team bound to a route).
pub async fn approve_change(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match admin_post(&req, payload, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let id =
        |name: &str| Uuid::parse_str(f.get(name)).map_err(|_| refused(Kind::BadRequest, &state));
    let change = match f.get("kind") {
        "join" => Change::Join {
            responder: id("responder")?,
            team: id("team")?,
        },
        "bind" => Change::Bind {
            route: id("route")?,
            team: id("team")?,
        },
        _ => return Err(refused(Kind::BadRequest, &state)),
    };
    let none = FormInput::default();
    match approve(&state, &a, &change).await? {
        Ok(Outcome::Done) => {
            let msg = a.lang.t("routes-approved");
            routes_page(&state, &a, &none, &msg, "").await
        }
        Ok(o) => routes_page(&state, &a, &none, &waiting_text(o, a.lang), "").await,
        Err(why) => routes_page(&state, &a, &none, "", &why).await,
    }
}

/// `POST /admin/teams`: a new team.
pub async fn add_team(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match admin_post(&req, payload, &state).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let none = FormInput::default();
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    let name = match crate::routing::clean_name(f.get("name"), "The team name") {
        Ok(n) => n,
        Err(why) => return routes_page(&state, &a, &none, "", &format!("{why}.")).await,
    };
    let Some(kind) = TeamKind::parse(f.get("kind")) else {
        return Err(refused(Kind::BadRequest, &state));
    };
    if db::team_by_name(db, &name).await.map_err(err)?.is_some() {
        let why = a.lang.t1("routes-team-exists", "name", &name);
        return routes_page(&state, &a, &none, "", &why).await;
    }
    db::add_team(db, &name, kind.as_str()).await.map_err(err)?;
    audit(
        &state,
        &a,
        "add team",
        &format!("\"{name}\" ({})", kind.as_str()),
    )
    .await?;
    let msg = a.lang.t1("routes-team-added", "name", &name);
    routes_page(&state, &a, &none, &msg, "").await
}
