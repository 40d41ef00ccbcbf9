//! The in-browser reader: its page and scripts (served from this origin,
//! OpenPGP.js included, never a CDN) and the sealed data it decrypts. The
//! server hands out only sealed bytes and public keys; the responder's
//! secret key and every plaintext stay in the page.

use super::triage::{Access, access, filter_query, team_key_handles};
use super::views::Nav;
use super::{Authed, internal, nav, signed_in};
use crate::db::{self, triage};
use crate::i18n::Lang;
use crate::web::AppState;
use crate::web::errors::WebError;
use crate::web::views::render;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::json;

/// The most tips the reader decrypts at once (the most recent of the view).
pub const CAP: u64 = 2000;

/// The reader page's policy: its own scripts only, requests to its own
/// origin only, and Trusted Types required for every script sink (the
/// reader uses none, so any HTML injection fails loudly).
pub const READER_CSP: &str = "default-src 'none'; script-src 'self'; connect-src 'self'; \
    style-src 'self'; img-src 'self'; object-src 'none'; form-action 'self'; \
    frame-ancestors 'none'; base-uri 'none'; require-trusted-types-for 'script'; \
    trusted-types 'none'";

/// OpenPGP.js, installed from the npm registry by the build (see build.rs).
const OPENPGP_JS: &str = include_str!(concat!(env!("OUT_DIR"), "/openpgp.min.mjs"));
const OPENPGP_LICENSE: &str = include_str!(concat!(env!("OUT_DIR"), "/openpgp.LICENSE"));

/// @noble/hashes' SHA-256 and what it imports (see build.rs), for the
/// check of a saved file as it streams.
const NOBLE: &[(&str, &str)] = &[
    (
        "sha2.js",
        include_str!(concat!(env!("OUT_DIR"), "/noble/sha2.js")),
    ),
    (
        "_md.js",
        include_str!(concat!(env!("OUT_DIR"), "/noble/_md.js")),
    ),
    (
        "_u64.js",
        include_str!(concat!(env!("OUT_DIR"), "/noble/_u64.js")),
    ),
    (
        "utils.js",
        include_str!(concat!(env!("OUT_DIR"), "/noble/utils.js")),
    ),
];
const NOBLE_LICENSE: &str = include_str!(concat!(env!("OUT_DIR"), "/noble/LICENSE"));

/// The reader's own modules.
const MODULES: &[(&str, &str)] = &[
    ("app.js", include_str!("../../../static/reader/app.js")),
    ("mime.js", include_str!("../../../static/reader/mime.js")),
    ("group.js", include_str!("../../../static/reader/group.js")),
    (
        "export.js",
        include_str!("../../../static/reader/export.js"),
    ),
    (
        "render.js",
        include_str!("../../../static/reader/render.js"),
    ),
    ("files.js", include_str!("../../../static/reader/files.js")),
];

/// The reader page.
#[derive(Template)]
#[template(path = "responder/reader.html")]
pub struct ReaderView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub instance_fingerprint: String,
    pub csrf: String,
    /// The inbox filter, as a query string (`?status=new…`), or empty.
    pub query: String,
    /// The filter in words, or empty.
    pub filter: String,
    pub cap: u64,
}

fn script(body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("Content-Security-Policy", READER_CSP))
        .body(body)
}

/// `GET /static/openpgp.min.mjs`.
pub async fn openpgp_js() -> HttpResponse {
    script(OPENPGP_JS)
}

/// `GET /static/openpgp.LICENSE.txt`: OpenPGP.js is LGPL-3.0-or-later.
pub async fn openpgp_license() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(OPENPGP_LICENSE)
}

/// `GET /static/noble/LICENSE.txt`: @noble/hashes is MIT.
pub async fn noble_license() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(NOBLE_LICENSE)
}

fn one_of(files: &[(&str, &'static str)], name: &str) -> HttpResponse {
    match files.iter().find(|(n, _)| *n == name) {
        Some((_, body)) => script(body),
        None => HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("Not found"),
    }
}

/// `GET /static/reader/{file}`.
pub async fn module(path: web::Path<String>) -> HttpResponse {
    one_of(MODULES, &path)
}

/// `GET /static/noble/{file}`.
pub async fn noble(path: web::Path<String>) -> HttpResponse {
    one_of(NOBLE, &path)
}

/// The filters the reader keeps from the inbox, as a query string.
fn kept_query(q: &crate::report::FormInput) -> (String, String) {
    let kept: Vec<(&str, &str)> = ["team", "status", "urgent", "label", "assigned", "sort"]
        .into_iter()
        .map(|k| (k, q.get(k)))
        .filter(|(_, v)| !v.is_empty())
        .collect();
    if kept.is_empty() {
        return (String::new(), String::new());
    }
    let query = kept
        .iter()
        .map(|(k, v)| {
            format!(
                "{k}={}",
                percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC)
            )
        })
        .collect::<Vec<_>>()
        .join("&");
    let words = kept
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    (format!("?{query}"), words)
}

/// `GET /responder/reader`.
pub async fn page(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let a = match signed_in(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let q = super::triage::query(&req, &state)?;
    let (query, filter) = kept_query(&q);
    let mut res = render(
        StatusCode::OK,
        &ReaderView {
            demo: state.demo,
            l: a.lang,
            nav: nav(&a),
            instance_fingerprint: state.instance_fingerprint.clone(),
            csrf: a.csrf.clone(),
            query,
            filter,
            cap: CAP,
        },
    );
    if let Ok(v) = READER_CSP.parse() {
        res.headers_mut()
            .insert(actix_web::http::header::CONTENT_SECURITY_POLICY, v);
    }
    Ok(res)
}

/// `GET /responder/reader/instance.asc`: the instance's public certificate.
pub async fn instance_cert(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    if let Err(redirect) = signed_in(&req, &state).await? {
        return Ok(redirect);
    }
    Ok(HttpResponse::Ok()
        .content_type("application/pgp-keys")
        .body(state.instance_cert.clone()))
}

fn json_response(value: serde_json::Value) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(value.to_string())
}

/// `GET /responder/reader/tips.json`: the most recent tips of the inbox
/// view (at most [`CAP`]), each as the team's sealed copy.
pub async fn tips(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let a = match signed_in(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let q = super::triage::query(&req, &state)?;
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    let teams = triage::teams_of(db, a.account.responder_id)
        .await
        .map_err(err)?;
    let (rows, total) = triage::inbox(db, &filter_query(&q, &a, &teams, 0, CAP))
        .await
        .map_err(err)?;
    let ids: Vec<uuid::Uuid> = rows.iter().map(|r| r.triage.tip_id).collect();
    let sealed = db::tips_sealed(db, &ids).await.map_err(err)?;
    let mut keys = std::collections::HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let team = r.triage.team_id;
        if let std::collections::hash_map::Entry::Vacant(e) = keys.entry(team) {
            e.insert(team_key_handles(&state, team).await.map_err(err)?);
        }
        let Some(copy) = sealed
            .get(&r.triage.tip_id)
            .and_then(|s| crate::seal::only_for(s, &keys[&team]))
        else {
            continue;
        };
        out.push(json!({
            "tip": r.triage.tip_id,
            "team": team,
            "team_name": teams.iter().find(|t| t.id == team).map(|t| t.name.as_str()).unwrap_or(""),
            "day": r.triage.received_day.to_string(),
            "route": r.route_name,
            "urgent": r.triage.urgent,
            "status": r.triage.status,
            "labels": r.labels,
            "sealed": STANDARD.encode(copy),
        }));
    }
    audit_reader(&state, &a, &format!("{} tip(s) for the reader", out.len())).await?;
    Ok(json_response(
        json!({ "cap": CAP, "total": total, "tips": out }),
    ))
}

async fn audit_reader(state: &AppState, a: &Authed, detail: &str) -> Result<(), WebError> {
    db::accounts::audit(
        state.intake.db(),
        state.clock.today(),
        None,
        &a.account.email,
        "download",
        detail,
    )
    .await
    .map_err(|e| internal(&e, state))
}

/// `GET /responder/reader/tip/{tip}/{team}`: a tip's sealed notes and
/// messages (the team's copies), and the public keys a reply is sealed to.
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
    let acc: Access = access(&state, &a, &tip, &team).await?;
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    let keys = team_key_handles(&state, acc.team).await.map_err(err)?;
    let notes: Vec<_> = triage::notes(db, acc.tip, acc.team)
        .await
        .map_err(err)?
        .into_iter()
        .map(|n| {
            json!({ "id": n.id, "author": n.author, "day": n.day.to_string(), "sealed": STANDARD.encode(&n.sealed) })
        })
        .collect();
    let messages: Vec<_> = db::messages::messages_for_team(db, acc.tip, acc.team)
        .await
        .map_err(err)?
        .into_iter()
        .filter_map(|m| {
            let sealed = if m.kind == "source" {
                crate::seal::only_for(&m.sealed, &keys)?
            } else {
                m.sealed
            };
            Some(json!({
                "id": m.id, "kind": m.kind, "author": m.author, "day": m.day.to_string(),
                "sealed_in": m.sealed_in, "sealed": STANDARD.encode(sealed),
            }))
        })
        .collect();
    // The files are sealed apart; the page fetches each from the tip's file
    // route and checks it against the signed listing it decrypted.
    // The same keys as the file route's: those the tip was sealed to.
    let sealed_to = super::triage::recipient_key_handles(&state, &acc).await?;
    let files: Vec<_> = db::tip_files(db, acc.tip)
        .await
        .map_err(err)?
        .into_iter()
        .filter_map(|f| {
            let mine = crate::seal::only_for(&f.session_keys, &sealed_to)?;
            Some(json!({
                "number": f.number,
                "sealed_size": f.sealed_size + mine.len() as i64,
                "url": format!("/responder/tips/{}/{}/files/{}", tip, team, f.number),
            }))
        })
        .collect();
    let now = state.clock.now();
    let (source_cert, team_certs) =
        match crate::conversation::reply_recipients(&state.intake, acc.tip, acc.team, now).await {
            Ok((source, team)) => (
                Some(String::from_utf8_lossy(&source.armored()).into_owned()),
                team.iter()
                    .map(|c| String::from_utf8_lossy(&c.armored()).into_owned())
                    .collect(),
            ),
            Err(crate::conversation::ConversationError::Db(e)) => return Err(err(e)),
            Err(_) => (None, Vec::<String>::new()),
        };
    audit_reader(
        &state,
        &a,
        &format!(
            "tip {} ({}): notes and messages for the reader",
            acc.tip, acc.team_name
        ),
    )
    .await?;
    Ok(json_response(json!({
        "notes": notes,
        "messages": messages,
        "files": files,
        "source_cert": source_cert,
        "team_certs": team_certs,
    })))
}
