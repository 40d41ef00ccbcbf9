//! Responder and admin pages: invitations, login, sessions, dashboard.
//! Every page works without JavaScript; every POST checks its origin and
//! a CSRF token bound to the session (or, before login, a signed form
//! token; for invitations, the invitation).

pub mod reader;
pub mod session;
pub mod throttle;
pub mod triage;
pub mod views;

use super::AppState;
use super::errors::{Kind, WebError};
use super::views::render;
use crate::accounts::{self, Password};
use crate::db::{self, entities::account};
use crate::i18n::Lang;
use crate::outage::Write;
use crate::report::FormInput;
use crate::seal::{KeyError, ValidCert, grouped, grouped_hex};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use sea_orm::TransactionTrait;
pub use session::Authed;
use session::NoSession;
use views::*;

/// Forms on these pages are small; a key upload is the largest.
const FORM_LIMIT: usize = 16 * 1024;
pub(crate) const KEY_LIMIT: usize = 256 * 1024;
/// Why a key upload over [`KEY_LIMIT`] was refused (the generic 413 page
/// speaks to sources about their report).
const KEY_TOO_LARGE: &str =
    "the upload is larger than 256 KiB (an exported public key is far smaller)";
/// How long a login form stays valid.
pub(crate) const LOGIN_FORM_HOURS: i64 = 2;
/// Keys expiring sooner than this are flagged.
const EXPIRY_WARNING_DAYS: i64 = 30;

pub(crate) fn internal(e: &dyn std::fmt::Display, state: &AppState) -> WebError {
    WebError::internal(e, Lang::EN, state.demo)
}

pub(crate) fn refused(k: Kind, state: &AppState) -> WebError {
    WebError::new(k, Lang::EN, state.demo)
}

pub(crate) fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", location))
        .finish()
}

fn nav(a: &Authed) -> Option<Nav> {
    Some(Nav {
        email: a.account.email.clone(),
        admin: a.is_admin(),
        csrf: a.csrf.clone(),
    })
}

/// The signed-in account, or a redirect to the login page.
pub(crate) async fn signed_in(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Result<Authed, HttpResponse>, WebError> {
    match session::current(req, state, state.clock.now()).await {
        Ok(a) => Ok(Ok(a)),
        Err(NoSession::LoggedOut) => {
            let mut res = see_other("/responder/login");
            if session::cookie(req, session::session_cookie(state)).is_some() {
                // A stale cookie: remove it, and say why on the login page.
                res = HttpResponse::SeeOther()
                    .insert_header(("Location", "/responder/login?ended=1"))
                    .insert_header(("Set-Cookie", session::session_clear_cookie(state)))
                    .finish();
            }
            Ok(Err(res))
        }
        Err(NoSession::Db(e)) => Err(internal(&e, state)),
    }
}

/// Refuses a POST that does not come from this site.
fn same_site(req: &HttpRequest, state: &AppState) -> Result<(), WebError> {
    if super::source::same_origin(req, state.config.public_url.as_deref()) {
        Ok(())
    } else {
        Err(refused(Kind::Forbidden, state))
    }
}

/// Reads a url-encoded form after checking that it comes from this site.
async fn form(
    req: &HttpRequest,
    payload: web::Payload,
    state: &AppState,
    limit: usize,
) -> Result<FormInput, WebError> {
    same_site(req, state)?;
    if !super::source::content_type(req).starts_with("application/x-www-form-urlencoded") {
        return Err(refused(Kind::BadRequest, state));
    }
    let body = super::source::read_body(payload, limit)
        .await
        .map_err(|k| refused(k, state))?;
    FormInput::parse_urlencoded(&body).map_err(|_| refused(Kind::BadRequest, state))
}

/// A signed-in POST: session, origin and CSRF token checked.
pub(crate) async fn signed_in_post(
    req: &HttpRequest,
    payload: web::Payload,
    state: &AppState,
    limit: usize,
) -> Result<Result<(Authed, FormInput), HttpResponse>, WebError> {
    let a = match signed_in(req, state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(Err(redirect)),
    };
    let f = form(req, payload, state, limit).await?;
    if !state.keys.csrf_ok(&a.session, f.get("csrf")) {
        return Err(refused(Kind::Forbidden, state));
    }
    Ok(Ok((a, f)))
}

// ---------------------------------------------------------------- login

/// A turn at argon2id (19 MiB and tens of milliseconds each): a few at a
/// time, so that a flood of logins cannot exhaust memory. `None` after
/// waiting 10 s.
async fn hashing_permit(state: &AppState) -> Option<tokio::sync::OwnedSemaphorePermit> {
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        state.hashing.clone().acquire_owned(),
    )
    .await
    .ok()?
    .ok()
}

fn busy(state: &AppState, l: Lang) -> HttpResponse {
    let mut res = render(
        StatusCode::SERVICE_UNAVAILABLE,
        &NoticeView {
            demo: state.demo,
            l,
            nav: None,
            title: l.t("login-busy"),
            body: l.t("login-busy"),
            link: ("/responder/login".into(), l.t("login-title")),
        },
    );
    res.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from_static("60"),
    );
    res
}

fn login_page(
    req: &HttpRequest,
    state: &AppState,
    status: StatusCode,
    email: &str,
    error: &str,
    notice: &str,
) -> HttpResponse {
    let token = super::token::issue(&state.token_key, state.clock.now());
    let (binding, set_cookie) = session::login_binding(req, state);
    let mut res = render(
        status,
        &LoginView {
            demo: state.demo,
            l: session::staff_lang(req),
            nav: None,
            token,
            csrf: state.keys.csrf(&session::login_csrf_context(&binding)),
            email: email.to_owned(),
            error: error.to_owned(),
            notice: notice.to_owned(),
        },
    );
    if let Some(c) = set_cookie
        && let Ok(v) = actix_web::http::header::HeaderValue::from_str(&c)
    {
        res.headers_mut()
            .append(actix_web::http::header::SET_COOKIE, v);
    }
    res
}

/// `GET /responder/login`.
pub async fn login_form(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    if session::current(&req, &state, state.clock.now())
        .await
        .is_ok()
    {
        return Ok(see_other("/responder/"));
    }
    let q = req.query_string();
    let l = session::staff_lang(&req);
    let notice = if q.contains("out=1") {
        l.t("login-logged-out")
    } else if q.contains("ended=1") {
        l.t("login-ended")
    } else {
        String::new()
    };
    Ok(login_page(&req, &state, StatusCode::OK, "", "", &notice))
}

/// `POST /responder/login`: e-mail, password and a TOTP or recovery code, always all three.
pub async fn login(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let f = form(&req, payload, &state, FORM_LIMIT).await?;
    let now = state.clock.now();
    let l = session::staff_lang(&req);
    if super::token::verify(
        &state.token_key,
        f.get("token"),
        now,
        chrono::Duration::hours(LOGIN_FORM_HOURS),
    )
    .is_err()
    {
        return Ok(login_page(
            &req,
            &state,
            StatusCode::FORBIDDEN,
            "",
            &l.t("login-form-old"),
            "",
        ));
    }
    let bound = session::login_bound(&req, &state).is_some_and(|b| {
        state
            .keys
            .csrf_ok(&session::login_csrf_context(&b), f.get("csrf"))
    });
    if !bound {
        return Ok(login_page(
            &req,
            &state,
            StatusCode::FORBIDDEN,
            "",
            &l.t("login-form-elsewhere"),
            "",
        ));
    }
    let email: String = f.get("email").trim().chars().take(254).collect();
    let Some(_permit) = hashing_permit(&state).await else {
        return Ok(busy(&state, l));
    };
    let db = state.intake.db();
    let account = db::accounts::account_by_email(db, &email)
        .await
        .map_err(|e| internal(&e, &state))?;
    let device = account
        .as_ref()
        .and_then(|a| session::device_of(&req, &state, a.id));
    let attempt = match state.throttle.begin(&email, device.clone(), now) {
        Ok(a) => a,
        Err(throttle::Wait(secs)) => {
            let mut res = login_page(
                &req,
                &state,
                StatusCode::TOO_MANY_REQUESTS,
                &email,
                &l.tn("login-wait", "number", secs),
                "",
            );
            res.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from(secs),
            );
            return Ok(res);
        }
    };
    let password = Password::given(f.get("password"));
    let stored = account.as_ref().and_then(|a| a.password_hash.clone());
    let password_ok = web::block(move || accounts::verify_password(stored.as_deref(), &password))
        .await
        .map_err(|e| internal(&e, &state))?;
    let account = match account {
        Some(a) if password_ok && a.state == "active" && a.totp_enabled => a,
        _ => {
            attempt.finish(false);
            return Ok(login_page(
                &req,
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                &email,
                &l.t("login-failed"),
                "",
            ));
        }
    };
    let second = match second_factor(&state, &account, f.get("code"), now.timestamp()).await {
        Ok(s) => s,
        // The used code could not be recorded: refused, like any login
        // that cannot be stored.
        Err(e) => return Ok(login_store_failed(&req, &state, &email, &e)),
    };
    let Some(used_recovery) = second else {
        attempt.finish(false);
        return Ok(login_page(
            &req,
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            &email,
            &l.t("login-failed"),
            "",
        ));
    };
    attempt.finish(true);

    let action = if used_recovery {
        "login with a recovery code"
    } else {
        "login"
    };
    // A new session every login (never one the browser brought along),
    // written with its audit entry in one transaction: both or neither.
    let (token, hash) = accounts::new_token();
    let old = session::cookie(&req, session::session_cookie(&state)).map(accounts::token_hash);
    let stored = async {
        let txn = db.begin().await?;
        if let Some(old) = &old {
            db::accounts::end_session(&txn, old).await?;
        }
        db::accounts::create_session(&txn, hash, account.id, now.timestamp()).await?;
        db::accounts::audit(
            &txn,
            now.date_naive(),
            Some(now.timestamp()),
            &account.email,
            action,
            "",
        )
        .await?;
        txn.commit().await
    }
    .await;
    if let Err(e) = stored {
        return Ok(login_store_failed(&req, &state, &email, &e));
    }
    let device = device.unwrap_or_else(|| crate::random::hex(&crate::random::bytes::<12>()));
    Ok(HttpResponse::SeeOther()
        .insert_header(("Location", "/responder/"))
        .append_header(("Set-Cookie", session::session_set_cookie(&state, &token)))
        .append_header((
            "Set-Cookie",
            session::device_set_cookie(&state, account.id, &device),
        ))
        .finish())
}

/// The login page after the database refused to record a login (the used
/// code, the session or its audit entry): nothing of it was kept.
fn login_store_failed(
    req: &HttpRequest,
    state: &AppState,
    email: &str,
    e: &sea_orm::DbErr,
) -> HttpResponse {
    let incident = state.intake.storage_failed(Write::Responder, e);
    login_page(
        req,
        state,
        StatusCode::SERVICE_UNAVAILABLE,
        email,
        &session::staff_lang(req).t1("login-store-failed", "incident", incident),
        "",
    )
}

/// Checks the second factor: `Some(false)` for a TOTP code (used up),
/// `Some(true)` for a recovery code (used up), `None` if neither.
async fn second_factor(
    state: &AppState,
    account: &account::Model,
    code: &str,
    now: i64,
) -> Result<Option<bool>, sea_orm::DbErr> {
    let db = state.intake.db();
    if code.len() > 32 {
        return Ok(None);
    }
    if accounts::is_recovery_code(code) {
        let ok =
            db::accounts::use_recovery_code(db, account.id, state.keys.recovery_hash(code)).await?;
        return Ok(ok.then_some(true));
    }
    let Some(secret) = account
        .totp_secret
        .as_deref()
        .and_then(|s| state.keys.open_totp(s))
    else {
        return Ok(None);
    };
    let Some(step) = accounts::totp_step(&secret, code, now, account.totp_last_step) else {
        return Ok(None);
    };
    // Recorded in the database, so a code works once even across processes.
    Ok(db::accounts::use_totp_step(db, account.id, step)
        .await?
        .then_some(false))
}

/// `POST /responder/logout`.
pub async fn logout(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, _) = match signed_in_post(&req, payload, &state, FORM_LIMIT).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    db::accounts::end_session(state.intake.db(), &a.session)
        .await
        .map_err(|e| internal(&e, &state))?;
    Ok(HttpResponse::SeeOther()
        .insert_header(("Location", "/responder/login?out=1"))
        .insert_header(("Set-Cookie", session::session_clear_cookie(&state)))
        .finish())
}

/// `POST /responder/language`: the language of this account's pages,
/// kept with the account (one of the staff languages).
pub async fn set_language(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (mut a, f) = match signed_in_post(&req, payload, &state, FORM_LIMIT).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let Some(l) = Lang::staff_from_code(f.get("language")) else {
        return Err(refused(Kind::BadRequest, &state));
    };
    if let Err(e) =
        db::accounts::set_language(state.intake.db(), a.account.id, Some(l.code())).await
    {
        return dashboard_store_failed(&state, &a, &e).await;
    }
    a.lang = l;
    dashboard_page(&state, &a, &l.t("dash-language-saved"), "").await
}

/// `POST /responder/logout-everywhere`: ends every other session of the account.
pub async fn logout_everywhere(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, _) = match signed_in_post(&req, payload, &state, FORM_LIMIT).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let db = state.intake.db();
    let ended = db::accounts::end_sessions_of(db, a.account.id, Some(&a.session))
        .await
        .map_err(|e| internal(&e, &state))?;
    let now = state.clock.now();
    db::accounts::audit(
        db,
        now.date_naive(),
        Some(now.timestamp()),
        &a.account.email,
        "log out everywhere",
        &format!("{ended} other session(s) ended"),
    )
    .await
    .map_err(|e| internal(&e, &state))?;
    dashboard_page(
        &state,
        &a,
        &a.lang.tn("dash-logged-out-elsewhere", "number", ended),
        "",
    )
    .await
}

// ---------------------------------------------------------------- dashboard

/// How a stored certificate looks to people at `now`.
pub fn key_facts(cert: &[u8], vetted: bool, now: chrono::DateTime<chrono::Utc>) -> KeyFacts {
    let day = |t: std::time::SystemTime| {
        chrono::DateTime::<chrono::Utc>::from(t)
            .format("%Y-%m-%d")
            .to_string()
    };
    let parsed = crate::seal::parse_cert(cert).ok();
    let (fingerprint, created) = match &parsed {
        Some(c) => (
            grouped_hex(&c.fingerprint().to_hex()),
            day(c.primary_key().key().creation_time()),
        ),
        None => (String::new(), String::new()),
    };
    match ValidCert::parse(cert, now.into()) {
        Ok(v) => {
            let expires = v.expires();
            let soon = expires.is_some_and(|e| {
                chrono::DateTime::<chrono::Utc>::from(e) - now
                    < chrono::Duration::days(EXPIRY_WARNING_DAYS)
            });
            KeyFacts {
                fingerprint,
                algorithm: v.algorithm(),
                created,
                expires: expires.map(day).unwrap_or_else(|| "never".into()),
                status: if !vetted {
                    "pending"
                } else if soon {
                    "expiring"
                } else {
                    "vetted"
                }
                .into(),
            }
        }
        Err(e) => KeyFacts {
            fingerprint,
            algorithm: parsed
                .as_ref()
                .map(|c| c.primary_key().key().pk_algo().to_string())
                .unwrap_or_default(),
            created,
            expires: String::new(),
            status: match e {
                KeyError::Expired => "expired",
                KeyError::Revoked => "revoked",
                _ => "unusable",
            }
            .into(),
        },
    }
}

async fn dashboard_page(
    state: &AppState,
    a: &Authed,
    notice: &str,
    error: &str,
) -> Result<HttpResponse, WebError> {
    let db = state.intake.db();
    let now = state.clock.now();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let responders = db::responders(db).await.map_err(err)?;
    let teams = db::teams(db).await.map_err(err)?;
    let mine = a
        .account
        .responder_id
        .and_then(|id| responders.iter().find(|r| r.responder.id == id));
    let pending = if a.is_admin() {
        responders
            .iter()
            .filter(|r| !r.responder.vetted)
            .map(|r| PendingResponder {
                id: r.responder.id.to_string(),
                name: r.responder.name.clone(),
                email: r.responder.email.clone(),
                fingerprint: grouped_hex(&r.responder.fingerprint),
            })
            .collect()
    } else {
        Vec::new()
    };
    let view = DashboardView {
        demo: state.demo,
        l: a.lang,
        nav: nav(a),
        email: a.account.email.clone(),
        role: a.account.role.clone(),
        key: mine.map(|r| key_facts(&r.responder.cert, r.responder.vetted, now)),
        teams: mine
            .map(|r| {
                teams
                    .iter()
                    .filter(|t| r.team_ids.contains(&t.id))
                    .map(|t| t.name.clone())
                    .collect()
            })
            .unwrap_or_default(),
        recovery_left: db::accounts::recovery_codes_left(db, a.account.id)
            .await
            .map_err(err)?,
        instance_fingerprint: grouped_hex(&state.instance_fingerprint),
        pending,
        notice: notice.to_owned(),
        error: error.to_owned(),
        csrf: a.csrf.clone(),
    };
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(render(status, &view))
}

/// `GET /responder/`.
pub async fn dashboard(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    match signed_in(&req, &state).await? {
        Ok(a) => dashboard_page(&state, &a, "", "").await,
        Err(redirect) => Ok(redirect),
    }
}

/// Checks the signed-in account's current password (argon2id, in turn).
async fn current_password_ok(
    state: &AppState,
    a: &Authed,
    given: &str,
) -> Result<Option<bool>, WebError> {
    // Guessing with a borrowed session is slowed like guessing at login.
    let lane = format!("change:{}", crate::random::hex(&a.session[..8]));
    let Ok(attempt) = state
        .throttle
        .begin(&a.account.email, Some(lane), state.clock.now())
    else {
        return Ok(None);
    };
    let Some(_permit) = hashing_permit(state).await else {
        return Ok(None);
    };
    let stored = a.account.password_hash.clone();
    let password = Password::given(given);
    let ok = web::block(move || accounts::verify_password(stored.as_deref(), &password))
        .await
        .map_err(|e| internal(&e, state))?;
    attempt.finish(ok);
    Ok(Some(ok))
}

/// The rest of an account change (password, authenticator, recovery codes,
/// key), in the transaction that made it: the account's other sessions
/// end and the audit entry is written, then all of it is committed, or
/// none of it is (a password changed while an old session lives on would
/// leave a thief signed in). Returns how many sessions ended.
async fn finish_change(
    txn: sea_orm::DatabaseTransaction,
    state: &AppState,
    a: &Authed,
    action: &str,
) -> Result<u64, sea_orm::DbErr> {
    let ended = db::accounts::end_sessions_of(&txn, a.account.id, Some(&a.session)).await?;
    let now = state.clock.now();
    db::accounts::audit(
        &txn,
        now.date_naive(),
        Some(now.timestamp()),
        &a.account.email,
        action,
        "",
    )
    .await?;
    txn.commit().await?;
    Ok(ended)
}

/// The dashboard after the database refused an account change: nothing
/// of it was kept (503, with the incident id).
async fn dashboard_store_failed(
    state: &AppState,
    a: &Authed,
    e: &sea_orm::DbErr,
) -> Result<HttpResponse, WebError> {
    let why = triage::store_failed(state, e, a.lang);
    let mut res = dashboard_page(state, a, "", &why).await?;
    *res.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    Ok(res)
}

/// `POST /responder/password`: a new password, given the current one.
pub async fn change_password(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match signed_in_post(&req, payload, &state, FORM_LIMIT).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    match current_password_ok(&state, &a, f.get("current")).await? {
        None => return Ok(busy(&state, a.lang)),
        Some(false) => {
            return dashboard_page(&state, &a, "", &a.lang.t("dash-wrong-password")).await;
        }
        Some(true) => {}
    }
    if f.get("password") != f.get("password2") {
        return dashboard_page(&state, &a, "", &a.lang.t("dash-passwords-differ")).await;
    }
    let password = match Password::new(f.get("password")) {
        Ok(p) => p,
        Err(e) => {
            let why = a.lang.t1("dash-password-refused", "why", e);
            return dashboard_page(&state, &a, "", &why).await;
        }
    };
    let Some(_permit) = hashing_permit(&state).await else {
        return Ok(busy(&state, a.lang));
    };
    let hash = web::block(move || accounts::hash_password(&password))
        .await
        .map_err(|e| internal(&e, &state))?
        .map_err(|e| internal(&e, &state))?;
    let done = async {
        let txn = state.intake.db().begin().await?;
        db::accounts::set_password(&txn, a.account.id, &hash).await?;
        finish_change(txn, &state, &a, "password changed").await
    };
    let ended = match done.await {
        Ok(n) => n,
        Err(e) => return dashboard_store_failed(&state, &a, &e).await,
    };
    dashboard_page(
        &state,
        &a,
        &a.lang.tn("dash-password-changed", "number", ended),
        "",
    )
    .await
}

/// How long a new authenticator may wait for its first code.
const PENDING_TOTP_SECS: i64 = 15 * 60;

fn factor_page(state: &AppState, a: &Authed, status: StatusCode, step: FactorStep) -> HttpResponse {
    render(
        status,
        &FactorView {
            demo: state.demo,
            l: a.lang,
            nav: nav(a),
            csrf: a.csrf.clone(),
            step,
        },
    )
}

/// The page that enrols a new authenticator whose secret `pending` seals.
fn new_totp_page(
    state: &AppState,
    a: &Authed,
    secret: &[u8],
    pending: String,
    error: &str,
) -> Result<HttpResponse, WebError> {
    let t = accounts::totp(secret, &a.account.email)
        .ok_or_else(|| internal(&"TOTP secret unusable", state))?;
    let url = t
        .to_url()
        .map_err(|e| internal(&format!("TOTP URL: {e:?}"), state))?;
    let status = if error.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(factor_page(
        state,
        a,
        status,
        FactorStep::Totp {
            qr_svg: accounts::qr_svg(&url),
            secret: accounts::base32_grouped(secret),
            url,
            pending,
            error: error.to_owned(),
        },
    ))
}

/// What a new authenticator's set-up is bound to: this session, and the
/// authenticator in use when it began (so it works once: after the switch
/// the stored secret differs).
fn pending_context(a: &Authed) -> Vec<u8> {
    let mut c = a.session.clone();
    c.extend_from_slice(a.account.totp_secret.as_deref().unwrap_or_default());
    c
}

/// `POST /responder/totp`: the signed-in account moves to a new
/// authenticator app (`begin` with the current password, then `confirm`
/// with a code from the new app) or replaces its recovery codes (`codes`,
/// with the current password). Either ends the account's other sessions.
pub async fn change_factor(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (a, f) = match signed_in_post(&req, payload, &state, FORM_LIMIT).await? {
        Ok(x) => x,
        Err(redirect) => return Ok(redirect),
    };
    let db = state.intake.db();
    let now = state.clock.now().timestamp();
    match f.get("action") {
        action @ ("begin" | "codes") => {
            match current_password_ok(&state, &a, f.get("current")).await? {
                None => return Ok(busy(&state, a.lang)),
                Some(false) => {
                    return dashboard_page(&state, &a, "", &a.lang.t("dash-wrong-password")).await;
                }
                Some(true) => {}
            }
            if action == "codes" {
                let codes = accounts::new_recovery_codes();
                let hashes = codes.iter().map(|c| state.keys.recovery_hash(c)).collect();
                let done = async {
                    let txn = db.begin().await?;
                    db::accounts::set_recovery_codes(&txn, a.account.id, hashes).await?;
                    finish_change(txn, &state, &a, "recovery codes replaced").await
                };
                if let Err(e) = done.await {
                    return dashboard_store_failed(&state, &a, &e).await;
                }
                return Ok(factor_page(
                    &state,
                    &a,
                    StatusCode::OK,
                    FactorStep::Codes { codes },
                ));
            }
            let secret = accounts::new_totp_secret();
            let pending = state.keys.seal_pending_totp(
                &secret,
                &pending_context(&a),
                now + PENDING_TOTP_SECS,
            );
            new_totp_page(&state, &a, &secret, pending, "")
        }
        "confirm" => {
            let pending = f.get("pending");
            let Some(secret) = state
                .keys
                .open_pending_totp(pending, &pending_context(&a), now)
            else {
                let why = a.lang.t("dash-factor-old");
                return dashboard_page(&state, &a, "", &why).await;
            };
            // The new app's codes are checked on their own; the step then
            // recorded keeps the monotonic single-use rule for later logins.
            let Some(step) = accounts::totp_step(&secret, f.get("code"), now, 0) else {
                return new_totp_page(
                    &state,
                    &a,
                    &secret,
                    pending.to_owned(),
                    &a.lang.t("dash-factor-wrong-code"),
                );
            };
            let step = step.max(a.account.totp_last_step);
            let sealed = state.keys.seal_totp(&secret);
            let done = async {
                let txn = db.begin().await?;
                db::accounts::replace_totp(&txn, a.account.id, sealed, step).await?;
                finish_change(txn, &state, &a, "authenticator changed").await
            };
            let ended = match done.await {
                Ok(n) => n,
                Err(e) => return dashboard_store_failed(&state, &a, &e).await,
            };
            dashboard_page(
                &state,
                &a,
                &a.lang.tn("dash-factor-switched", "number", ended),
                "",
            )
            .await
        }
        _ => Err(refused(Kind::BadRequest, &state)),
    }
}

/// `POST /responder/key`: a signed-in responder updates their key, given
/// their current password. The same key keeps its vetting; a new one is
/// pending until admins vet it.
pub async fn update_key(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let a = match signed_in(&req, &state).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    same_site(&req, &state)?;
    let f = match read_key_form(req.headers(), payload).await {
        Ok(f) => f,
        Err(Kind::TooLarge) => {
            let why = a.lang.t1("dash-key-unchanged", "why", KEY_TOO_LARGE);
            let mut res = dashboard_page(&state, &a, "", &why).await?;
            *res.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            return Ok(res);
        }
        Err(k) => return Err(refused(k, &state)),
    };
    if !state.keys.csrf_ok(&a.session, &f.csrf) {
        return Err(refused(Kind::Forbidden, &state));
    }
    let Some(responder) = a.account.responder_id else {
        return dashboard_page(&state, &a, "", &a.lang.t("dash-key-none")).await;
    };
    match current_password_ok(&state, &a, &f.password).await? {
        None => return Ok(busy(&state, a.lang)),
        Some(false) => {
            return dashboard_page(&state, &a, "", &a.lang.t("dash-wrong-password")).await;
        }
        Some(true) => {}
    }
    if f.key.is_empty() {
        return dashboard_page(&state, &a, "", &a.lang.t("dash-key-choose")).await;
    }
    let now = state.clock.now();
    use crate::vetting::{KeyUpdate, KeyUpdateError};
    // The key, the end of the other sessions and the audit entry: one
    // transaction (update_key's own is a savepoint in it).
    let txn = match state.intake.db().begin().await {
        Ok(t) => t,
        Err(e) => return dashboard_store_failed(&state, &a, &e).await,
    };
    let notice = match crate::vetting::update_key(
        &txn,
        responder,
        &f.key,
        &a.account.email,
        now.date_naive(),
        now.into(),
    )
    .await
    {
        Ok(KeyUpdate::Updated) => a.lang.t("dash-key-updated"),
        Ok(KeyUpdate::Unusable(why)) => a.lang.t1("dash-key-updated-stop", "why", why),
        Ok(KeyUpdate::Replaced { fingerprint }) => a.lang.t1(
            "dash-key-new-pending",
            "fingerprint",
            grouped_hex(&fingerprint),
        ),
        Err(KeyUpdateError::Db(e)) => return dashboard_store_failed(&state, &a, &e).await,
        Err(KeyUpdateError::NotFound) => return Err(refused(Kind::NotFound, &state)),
        Err(e) => {
            let why = a.lang.t1("dash-key-unchanged", "why", e);
            return dashboard_page(&state, &a, "", &why).await;
        }
    };
    let ended = match finish_change(txn, &state, &a, "key uploaded").await {
        Ok(n) => n,
        Err(e) => return dashboard_store_failed(&state, &a, &e).await,
    };
    dashboard_page(
        &state,
        &a,
        &format!("{notice} {}", a.lang.tn("sessions-ended", "number", ended)),
        "",
    )
    .await
}

// ---------------------------------------------------------------- invitations

fn invitation_gone(state: &AppState, l: Lang) -> HttpResponse {
    render(
        StatusCode::NOT_FOUND,
        &NoticeView {
            demo: state.demo,
            l,
            nav: None,
            title: l.t("inv-link-dead"),
            body: l.t("inv-link-dead-body"),
            link: ("/responder/login".into(), l.t("login-title")),
        },
    )
}

/// A live invitation: its row and account, or the "does not work" page.
async fn live_invitation(
    state: &AppState,
    token: &str,
    l: Lang,
) -> Result<
    Result<(Vec<u8>, db::entities::invitation::Model, account::Model), HttpResponse>,
    WebError,
> {
    if token.len() > 64 {
        return Ok(Err(invitation_gone(state, l)));
    }
    let hash = accounts::token_hash(token);
    let found = db::accounts::invitation(state.intake.db(), &hash)
        .await
        .map_err(|e| internal(&e, state))?;
    match found {
        Some((inv, acc)) if inv.expires_at > state.clock.now().timestamp() => {
            Ok(Ok((hash, inv, acc)))
        }
        _ => Ok(Err(invitation_gone(state, l))),
    }
}

fn invite_csrf_context(hash: &[u8]) -> Vec<u8> {
    let mut c = b"invitation\0".to_vec();
    c.extend_from_slice(hash);
    c
}

struct Invitation<'a> {
    state: &'a AppState,
    l: Lang,
    token: &'a str,
    hash: Vec<u8>,
    inv: db::entities::invitation::Model,
    account: account::Model,
}

impl Invitation<'_> {
    fn page(&self, status: StatusCode, step: Step) -> HttpResponse {
        render(
            status,
            &InviteView {
                demo: self.state.demo,
                l: self.l,
                nav: None,
                email: self.account.email.clone(),
                role: self.account.role.clone(),
                action: format!("/responder/invite/{}", self.token),
                csrf: self.state.keys.csrf(&invite_csrf_context(&self.hash)),
                step,
            },
        )
    }

    async fn team_name(&self) -> Result<String, sea_orm::DbErr> {
        let Some(id) = self.inv.team_id else {
            return Ok(String::new());
        };
        Ok(db::teams(self.state.intake.db())
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .map(|t| t.name)
            .unwrap_or_default())
    }

    /// The page of the invitation's current step.
    async fn current(&self, error: &str) -> Result<HttpResponse, WebError> {
        let state = self.state;
        let status = if error.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        let step = match self.inv.stage.as_str() {
            "password" => Step::Password {
                error: error.to_owned(),
            },
            "totp" => {
                let secret = self
                    .account
                    .totp_secret
                    .as_deref()
                    .and_then(|s| state.keys.open_totp(s))
                    .ok_or_else(|| internal(&"TOTP secret unreadable", state))?;
                let t = accounts::totp(&secret, &self.account.email)
                    .ok_or_else(|| internal(&"TOTP secret unusable", state))?;
                let url = t
                    .to_url()
                    .map_err(|e| internal(&format!("TOTP URL: {e:?}"), state))?;
                Step::Totp {
                    qr_svg: accounts::qr_svg(&url),
                    secret: accounts::base32_grouped(&secret),
                    url,
                    error: error.to_owned(),
                }
            }
            "codes" => Step::Codes { codes: Vec::new() },
            _ => {
                let registered = match self.account.responder_id {
                    Some(id) => db::responders(state.intake.db())
                        .await
                        .map_err(|e| internal(&e, state))?
                        .into_iter()
                        .find(|r| r.responder.id == id)
                        .map(|r| {
                            key_facts(&r.responder.cert, r.responder.vetted, state.clock.now())
                        }),
                    None => None,
                };
                Step::Key {
                    registered,
                    needs_key: self.inv.team_id.is_some(),
                    team: self.team_name().await.map_err(|e| internal(&e, state))?,
                    name: String::new(),
                    error: error.to_owned(),
                }
            }
        };
        Ok(self.page(status, step))
    }
}

/// `GET /responder/invite/{token}`.
pub async fn invitation(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let token = path.into_inner();
    let l = session::staff_lang(&req);
    let (hash, inv, account) = match live_invitation(&state, &token, l).await? {
        Ok(x) => x,
        Err(page) => return Ok(page),
    };
    Invitation {
        state: &state,
        l,
        token: &token,
        hash,
        inv,
        account,
    }
    .current("")
    .await
}

/// `POST /responder/invite/{token}`: the step named in the form, if it is
/// the invitation's current one.
pub async fn invitation_step(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let token = path.into_inner();
    let l = session::staff_lang(&req);
    let (hash, inv, account) = match live_invitation(&state, &token, l).await? {
        Ok(x) => x,
        Err(page) => return Ok(page),
    };
    let inv = Invitation {
        state: &state,
        l,
        token: &token,
        hash,
        inv,
        account,
    };
    if inv.inv.stage == "key" {
        return key_step(&req, payload, &inv).await;
    }
    let f = form(&req, payload, &state, FORM_LIMIT).await?;
    if !state
        .keys
        .csrf_ok(&invite_csrf_context(&inv.hash), f.get("csrf"))
    {
        return Err(refused(Kind::Forbidden, &state));
    }
    let db = state.intake.db();
    let err = |e: sea_orm::DbErr| internal(&e, &state);
    match (inv.inv.stage.as_str(), f.get("step")) {
        ("password", "password") => {
            if f.get("password") != f.get("password2") {
                return inv.current(&l.t("inv-passwords-differ")).await;
            }
            let password = match Password::new(f.get("password")) {
                Ok(p) => p,
                Err(e) => return inv.current(&l.t1("inv-password-refused", "why", e)).await,
            };
            let Some(_permit) = hashing_permit(&state).await else {
                return Ok(busy(&state, l));
            };
            let hash = web::block(move || accounts::hash_password(&password))
                .await
                .map_err(|e| internal(&e, &state))?
                .map_err(|e| internal(&e, &state))?;
            let sealed = state.keys.seal_totp(&accounts::new_totp_secret());
            let txn = db.begin().await.map_err(err)?;
            // Only if the invitation is still at this step (not sent twice at once).
            if db::accounts::advance_invitation(&txn, &inv.hash, "password", "totp")
                .await
                .map_err(err)?
            {
                db::accounts::set_password_and_totp(&txn, inv.account.id, &hash, sealed)
                    .await
                    .map_err(err)?;
                txn.commit().await.map_err(err)?;
            }
            Ok(see_other(&format!("/responder/invite/{token}")))
        }
        ("totp", "totp") => {
            let secret = inv
                .account
                .totp_secret
                .as_deref()
                .and_then(|s| state.keys.open_totp(s))
                .ok_or_else(|| internal(&"TOTP secret unreadable", &state))?;
            let now = state.clock.now().timestamp();
            let Some(step) =
                accounts::totp_step(&secret, f.get("code"), now, inv.account.totp_last_step)
            else {
                return inv.current(&l.t("inv-wrong-code")).await;
            };
            let codes = accounts::new_recovery_codes();
            let hashes = codes.iter().map(|c| state.keys.recovery_hash(c)).collect();
            let txn = db.begin().await.map_err(err)?;
            if !db::accounts::advance_invitation(&txn, &inv.hash, "totp", "codes")
                .await
                .map_err(err)?
            {
                return Ok(see_other(&format!("/responder/invite/{token}")));
            }
            db::accounts::enable_totp(&txn, inv.account.id, step, hashes)
                .await
                .map_err(err)?;
            txn.commit().await.map_err(err)?;
            Ok(inv.page(StatusCode::OK, Step::Codes { codes }))
        }
        ("codes", "codes-new") => {
            let codes = accounts::new_recovery_codes();
            let hashes = codes.iter().map(|c| state.keys.recovery_hash(c)).collect();
            let txn = db.begin().await.map_err(err)?;
            if !db::accounts::advance_invitation(&txn, &inv.hash, "codes", "codes")
                .await
                .map_err(err)?
            {
                return Ok(see_other(&format!("/responder/invite/{token}")));
            }
            db::accounts::set_recovery_codes(&txn, inv.account.id, hashes)
                .await
                .map_err(err)?;
            txn.commit().await.map_err(err)?;
            Ok(inv.page(StatusCode::OK, Step::Codes { codes }))
        }
        ("codes", "codes-done") => {
            db::accounts::advance_invitation(db, &inv.hash, "codes", "key")
                .await
                .map_err(err)?;
            Ok(see_other(&format!("/responder/invite/{token}")))
        }
        // A step sent twice (back button, double click): show where it stands.
        _ => Ok(see_other(&format!("/responder/invite/{token}"))),
    }
}

/// The fields of the key form (multipart, so that a file can be chosen).
#[derive(Default)]
pub(crate) struct KeyForm {
    pub(crate) csrf: String,
    pub(crate) name: String,
    pub(crate) key: Vec<u8>,
    /// The current password (when a signed-in responder updates their key).
    pub(crate) password: String,
}

/// Reads the key form's multipart body (the fuzz target `key_upload`
/// drives this with arbitrary bytes).
pub(crate) async fn read_key_form<S>(
    headers: &actix_web::http::header::HeaderMap,
    payload: S,
) -> Result<KeyForm, Kind>
where
    S: futures_util::Stream<Item = Result<actix_web::web::Bytes, actix_web::error::PayloadError>>
        + 'static,
{
    let mut mp = actix_multipart::Multipart::new(headers, payload);
    let mut out = KeyForm::default();
    let mut total = 0usize;
    while let Some(field) = mp.next().await {
        let mut field = field.map_err(|_| Kind::BadRequest)?;
        let name = field.name().unwrap_or("").to_owned();
        let mut value = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| Kind::BadRequest)?;
            total += chunk.len();
            if total > KEY_LIMIT {
                return Err(Kind::TooLarge);
            }
            value.extend_from_slice(&chunk);
        }
        let text = || String::from_utf8_lossy(&value).trim().to_owned();
        match name.as_str() {
            "csrf" => out.csrf = text(),
            "name" => out.name = text(),
            "password" => out.password = String::from_utf8_lossy(&value).into_owned(),
            "key_file" | "key_text" if !value.iter().all(u8::is_ascii_whitespace) => {
                if !out.key.is_empty() {
                    out.key.push(b'\n');
                }
                out.key.extend_from_slice(&value);
            }
            _ => {}
        }
    }
    Ok(out)
}

/// The last step: confirm the registered key, upload one, or (an admin
/// with no team) none; then the account is active and the link is spent.
async fn key_step(
    req: &HttpRequest,
    payload: web::Payload,
    inv: &Invitation<'_>,
) -> Result<HttpResponse, WebError> {
    let state = inv.state;
    same_site(req, state)?;
    let read = if super::source::content_type(req).starts_with("multipart/form-data") {
        read_key_form(req.headers(), payload)
            .await
            .map_err(|k| refused(k, state))
    } else {
        form(req, payload, state, KEY_LIMIT).await.map(|f| KeyForm {
            csrf: f.get("csrf").to_owned(),
            name: f.get("name").trim().to_owned(),
            key: f.get("key_text").as_bytes().to_vec(),
            password: String::new(),
        })
    };
    let f = match read {
        Ok(f) => f,
        Err(e) if e.kind == Kind::TooLarge => {
            let why = inv.l.t1("inv-key-refused", "why", KEY_TOO_LARGE);
            let mut res = inv.current(&why).await?;
            *res.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
            return Ok(res);
        }
        Err(e) => return Err(e),
    };
    if !state.keys.csrf_ok(&invite_csrf_context(&inv.hash), &f.csrf) {
        return Err(refused(Kind::Forbidden, state));
    }
    let db = state.intake.db();
    let now = state.clock.now();
    let err = |e: sea_orm::DbErr| internal(&e, state);
    let team = inv.team_name().await.map_err(err)?;
    let retry = |error: String, name: String| -> Result<HttpResponse, WebError> {
        Ok(inv.page(
            StatusCode::UNPROCESSABLE_ENTITY,
            Step::Key {
                registered: None,
                needs_key: true,
                team: team.clone(),
                name,
                error,
            },
        ))
    };
    let spent = || Ok(see_other(&format!("/responder/invite/{}", inv.token)));
    let txn = db.begin().await.map_err(err)?;
    let mut facts = None;
    let mut pending = None;
    if let Some(id) = inv.account.responder_id {
        let r = db::responders(db)
            .await
            .map_err(err)?
            .into_iter()
            .find(|r| r.responder.id == id);
        facts = r.map(|r| key_facts(&r.responder.cert, r.responder.vetted, now));
    } else if let Some(team_id) = inv.inv.team_id {
        let name = f.name.clone();
        if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
            return retry(inv.l.t("inv-name-needed"), name);
        }
        if f.key.is_empty() {
            return retry(inv.l.t("dash-key-choose"), name);
        }
        let cert = match ValidCert::parse(&f.key, now.into()) {
            Ok(c) => c,
            Err(e) => return retry(inv.l.t1("inv-key-refused", "why", e), name),
        };
        let fingerprint = cert.fingerprint.to_hex();
        let added = db::add_responder_in(
            &txn,
            db::NewResponder {
                team_id,
                name: &name,
                email: &inv.account.email,
                fingerprint: &fingerprint,
                cert: cert.to_bytes(),
                vetted: false,
                today: now.date_naive(),
            },
        )
        .await;
        let added = match added {
            Ok(r) => r,
            Err(e) if db::is_unique_violation(&e) => {
                return retry(inv.l.t("inv-key-taken"), name);
            }
            Err(e) => return Err(err(e)),
        };
        db::accounts::audit(
            &txn,
            now.date_naive(),
            Some(now.timestamp()),
            &inv.account.email,
            "key uploaded",
            &format!("{name}, fingerprint {fingerprint}, pending vetting"),
        )
        .await
        .map_err(err)?;
        facts = Some(key_facts(&added.cert, false, now));
        pending = Some((added.id, name, grouped(&cert.fingerprint)));
    }
    // The link is spent in the same transaction that adds the key: two
    // submissions at once make one responder, never two.
    if !db::accounts::finish_invitation(
        &txn,
        &inv.hash,
        inv.account.id,
        pending.as_ref().map(|p| p.0),
    )
    .await
    .map_err(err)?
    {
        return spent();
    }
    db::accounts::audit(
        &txn,
        now.date_naive(),
        Some(now.timestamp()),
        &inv.account.email,
        "invitation accepted",
        &inv.account.role,
    )
    .await
    .map_err(err)?;
    txn.commit().await.map_err(err)?;
    if let Some((_, name, fp)) = pending {
        state
            .intake
            .alert(
                "responder-pending",
                &format!(
                    "{name} <{}> uploaded a key and waits to be vetted (fingerprint {fp}).",
                    inv.account.email
                ),
            )
            .await;
    }
    Ok(inv.page(
        StatusCode::OK,
        Step::Done {
            key: facts,
            instance_fingerprint: grouped_hex(&state.instance_fingerprint),
        },
    ))
}
