//! Responder sessions: a random token in a cookie, only its hash stored;
//! idle and absolute timeouts; CSRF tokens bound to the session.

use super::super::AppState;
use crate::db::{self, entities::account};
use crate::i18n::Lang;
use actix_web::HttpRequest;
use chrono::{DateTime, Utc};

/// A session ends after this long without a request.
pub const IDLE_SECS: i64 = 30 * 60;
/// A session ends this long after login, used or not.
pub const ABSOLUTE_SECS: i64 = 12 * 3600;
/// `last_seen` is written at most this often (a request a second would
/// otherwise be a write a second).
const TOUCH_EVERY_SECS: i64 = 60;
/// A device that logged in successfully keeps its own throttle lane for this long.
pub const DEVICE_DAYS: i64 = 180;

/// A signed-in request.
pub struct Authed {
    pub account: account::Model,
    /// The hash of the session token (the row's key).
    pub session: Vec<u8>,
    /// The CSRF token every form of this session carries.
    pub csrf: String,
    /// The language of this account's pages.
    pub lang: Lang,
}

impl Authed {
    /// Whether the account is an admin.
    pub fn is_admin(&self) -> bool {
        self.account.role == "admin"
    }
}

/// The cookie names: `__Host-` prefixed when the public address is HTTPS
/// (the browser then insists on Secure, Path=/ and no Domain).
pub fn session_cookie(state: &AppState) -> &'static str {
    if state.secure_cookies {
        "__Host-tipline"
    } else {
        "tipline"
    }
}

fn device_cookie(state: &AppState) -> &'static str {
    if state.secure_cookies {
        "__Host-tipline-device"
    } else {
        "tipline-device"
    }
}

fn login_cookie(state: &AppState) -> &'static str {
    if state.secure_cookies {
        "__Host-tipline-login"
    } else {
        "tipline-login"
    }
}

/// The login form's binding to this browser: the random value of its
/// pre-session cookie (SameSite=Strict, so a form posted from another site
/// arrives without it), and the `Set-Cookie` to send when the browser did
/// not bring one. The form's CSRF token is made for this value, so a login
/// forged from elsewhere (to sign a responder into an attacker's account)
/// is refused even by a browser that sends no `Origin`.
pub fn login_binding(req: &HttpRequest, state: &AppState) -> (String, Option<String>) {
    if let Some(v) = cookie(req, login_cookie(state)) {
        return (v.to_owned(), None);
    }
    let v = crate::random::hex(&crate::random::bytes::<16>());
    let set = set_cookie(state, login_cookie(state), &v, Some(LOGIN_COOKIE_SECS));
    (v, Some(set))
}

/// The pre-session cookie the browser brought to a login POST.
pub fn login_bound(req: &HttpRequest, state: &AppState) -> Option<String> {
    cookie(req, login_cookie(state)).map(str::to_owned)
}

/// How long a login form's cookie lasts: as long as its form token.
const LOGIN_COOKIE_SECS: i64 = super::LOGIN_FORM_HOURS * 3600;

/// The CSRF context of a login form bound to `binding`.
pub fn login_csrf_context(binding: &str) -> Vec<u8> {
    let mut c = b"login\0".to_vec();
    c.extend_from_slice(binding.as_bytes());
    c
}

/// A cookie's value from the request (parsed here: one header, no crate needed).
pub fn cookie<'a>(req: &'a HttpRequest, name: &str) -> Option<&'a str> {
    req.headers()
        .get_all("cookie")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim_matches('"'))
        .filter(|v| !v.is_empty() && v.len() <= 256)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, Path=/, Secure over TLS.
fn set_cookie(state: &AppState, name: &str, value: &str, max_age: Option<i64>) -> String {
    let mut c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if state.secure_cookies {
        c.push_str("; Secure");
    }
    c
}

/// The session cookie for a new session token (a browser-session cookie:
/// the server enforces the timeouts).
pub fn session_set_cookie(state: &AppState, token: &str) -> String {
    set_cookie(state, session_cookie(state), token, None)
}

/// A cookie that removes the session cookie.
pub fn session_clear_cookie(state: &AppState) -> String {
    set_cookie(state, session_cookie(state), "", Some(0))
}

/// The device cookie given after a successful login: the account and a
/// random device id, signed. It lets this browser keep logging in while a
/// stranger's failed guesses slow down everyone else's attempts.
pub fn device_set_cookie(state: &AppState, account: uuid::Uuid, device: &str) -> String {
    let mac = state.keys.device_mac(account.as_bytes(), device.as_bytes());
    set_cookie(
        state,
        device_cookie(state),
        &format!("{}.{device}.{mac}", account.simple()),
        Some(DEVICE_DAYS * 86400),
    )
}

/// The device id of a valid device cookie for `account`.
pub fn device_of(req: &HttpRequest, state: &AppState, account: uuid::Uuid) -> Option<String> {
    let v = cookie(req, device_cookie(state))?;
    let mut parts = v.split('.');
    let (acc, device, mac) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || uuid::Uuid::parse_str(acc).ok()? != account {
        return None;
    }
    state
        .keys
        .device_mac_ok(account.as_bytes(), device.as_bytes(), mac)
        .then(|| device.to_owned())
}

/// The language of a page shown before login (or to an account that chose
/// none): `?lang=`, else the browser's `Accept-Language`, among the staff
/// languages; English when none fits.
pub fn staff_lang(req: &HttpRequest) -> Lang {
    crate::web::source::lang_param(req)
        .and_then(Lang::staff_from_code)
        .or_else(|| {
            req.headers()
                .get("accept-language")
                .and_then(|h| h.to_str().ok())
                .and_then(Lang::staff_from_accept_language)
        })
        .unwrap_or(Lang::EN)
}

/// Why a request has no session.
pub enum NoSession {
    /// No cookie, unknown token, or timed out: log in.
    LoggedOut,
    /// The database failed.
    Db(sea_orm::DbErr),
}

/// The session of this request, if it is valid at `now`: an expired one
/// is deleted; a live one is touched (at most once a minute).
pub async fn current(
    req: &HttpRequest,
    state: &AppState,
    now: DateTime<Utc>,
) -> Result<Authed, NoSession> {
    let Some(token) = cookie(req, session_cookie(state)) else {
        return Err(NoSession::LoggedOut);
    };
    let hash = crate::accounts::token_hash(token);
    let db = state.intake.db();
    let Some((s, account)) = db::accounts::session(db, &hash)
        .await
        .map_err(NoSession::Db)?
    else {
        return Err(NoSession::LoggedOut);
    };
    let t = now.timestamp();
    // A failed end or touch (the database refuses writes) is counted and
    // does not stop the responder reading: the checks here end the session
    // whether or not its row was deleted, and an untouched one only ends
    // sooner.
    let failed = |e: sea_orm::DbErr| {
        let cause = crate::outage::Cause::of(&e);
        state
            .intake
            .outage()
            .record(crate::outage::Write::Responder, cause, now.date_naive());
    };
    if t - s.last_seen > IDLE_SECS || t - s.created_at > ABSOLUTE_SECS || account.state != "active"
    {
        if let Err(e) = db::accounts::end_session(db, &hash).await {
            failed(e);
        }
        return Err(NoSession::LoggedOut);
    }
    if t - s.last_seen >= TOUCH_EVERY_SECS
        && let Err(e) = db::accounts::touch_session(db, &hash, t).await
    {
        failed(e);
    }
    let csrf = state.keys.csrf(&hash);
    let lang = account
        .language
        .as_deref()
        .and_then(Lang::staff_from_code)
        .unwrap_or_else(|| staff_lang(req));
    Ok(Authed {
        account,
        session: hash,
        csrf,
        lang,
    })
}
