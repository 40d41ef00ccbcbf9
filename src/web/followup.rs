//! The source's follow-up pages: no JavaScript, and no cookie until a
//! codename matches. The codename is normalised as at intake and its
//! lookup value found; on a match the source's key is re-derived in memory,
//! the replies are opened for this one response, and the key is dropped. A
//! short session (a random reference to the source record, nothing else)
//! then lets the source add information until they log out or 15 minutes
//! pass without a request.

use super::AppState;
use super::errors::{Kind, WebError};
use super::responder::session;
use super::source::{
    Refusal, content_type, declared_length, lang_of, read_body, refusal, same_origin,
};
use super::views::{FollowupView, render};
use crate::codename::Codename;
use crate::conversation::{self, ConversationError};
use crate::db;
use crate::i18n::Lang;
use crate::outage::Write;
use crate::report::FormInput;
use crate::upload::{FilesGuard, Limits, UploadError};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use subtle::ConstantTimeEq;

/// A source session ends after this long without a request.
pub const IDLE_SECS: i64 = 15 * 60;

/// Additions a report may receive in one day.
pub const ADDITIONS_PER_DAY: u64 = 20;

/// The follow-up forms are small: a codename, or what the source adds.
const FORM_LIMIT: usize = conversation::MAX_CHARS * 9 + 4096;

/// Every message id these pages show, for the test that each exists.
#[cfg(test)]
const MESSAGE_IDS: &[&str] = &[
    "followup-not-recognised",
    "followup-added",
    "followup-add-empty",
    "followup-add-unavailable",
    "followup-logged-out",
    "followup-session-ended",
    "followup-busy",
    "followup-add-later",
    "followup-store-failed",
];

fn cookie_name(state: &AppState) -> &'static str {
    if state.secure_cookies {
        "__Host-tipline-source"
    } else {
        "tipline-source"
    }
}

/// The session cookie carrying `token`, or (`None`) the one that removes it:
/// a browser-session cookie (the server enforces the idle timeout).
fn cookie_header(state: &AppState, token: Option<&str>) -> String {
    let mut c = format!(
        "{}={}; Path=/; HttpOnly; SameSite=Strict",
        cookie_name(state),
        token.unwrap_or("")
    );
    if token.is_none() {
        c.push_str("; Max-Age=0");
    }
    if state.secure_cookies {
        c.push_str("; Secure");
    }
    c
}

/// Adds a `Set-Cookie` header to `res`.
fn with_cookie(mut res: HttpResponse, cookie: String) -> HttpResponse {
    if let Ok(v) = cookie.parse() {
        res.headers_mut()
            .insert(actix_web::http::header::SET_COOKIE, v);
    }
    res
}

fn csrf_context(token_hash: &[u8]) -> Vec<u8> {
    [b"source session\0".as_slice(), token_hash].concat()
}

/// The page, with what it should say.
struct Page<'a> {
    state: &'a AppState,
    l: Lang,
    notice: Option<&'static str>,
    error: Option<&'static str>,
    replies: Option<Vec<(String, String)>>,
    /// The session's token hash, when one is active.
    session: Option<Vec<u8>>,
    draft: String,
    /// Why files were refused, or that they must be chosen again.
    files_error: String,
    photo_keep: bool,
    /// Files added with the addition just received.
    files_added: usize,
}

impl<'a> Page<'a> {
    fn new(state: &'a AppState, l: Lang) -> Self {
        Self {
            state,
            l,
            notice: None,
            error: None,
            replies: None,
            session: None,
            draft: String::new(),
            files_error: String::new(),
            photo_keep: false,
            files_added: 0,
        }
    }

    fn render(self, status: StatusCode) -> HttpResponse {
        let csrf = self
            .session
            .as_ref()
            .map(|h| self.state.keys.csrf(&csrf_context(h)))
            .unwrap_or_default();
        render(
            status,
            &FollowupView {
                l: self.l,
                demo: self.state.demo,
                langs: &Lang::ALL,
                path: "/followup",
                token: super::token::issue(&self.state.token_key, self.state.clock.now()),
                notice: self.notice,
                error: self.error,
                replies: self.replies,
                signed_in: self.session.is_some(),
                csrf,
                info_draft: self.draft,
                info_max: conversation::MAX_CHARS,
                files_hint: super::views::files_hint(self.l),
                files_error: self.files_error,
                photo_keep: self.photo_keep,
                files_added: if self.files_added > 0 {
                    self.l.ta(
                        "followup-files-added",
                        &[("count", self.files_added.into())],
                    )
                } else {
                    String::new()
                },
            },
        )
    }
}

/// The page after the database refused a read or a write: nothing of the
/// request was kept, what was typed comes back, and the failure is logged
/// with an incident id and counted for the admins.
fn store_failed(mut p: Page<'_>, e: &sea_orm::DbErr, draft: &str) -> HttpResponse {
    p.state.intake.storage_failed(Write::Followup, e);
    p.error = Some("followup-store-failed");
    p.notice = None;
    p.draft = draft.to_owned();
    let mut res = p.render(StatusCode::SERVICE_UNAVAILABLE);
    res.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from_static("300"),
    );
    res
}

/// The live source session of the request: its token hash and source.
async fn current(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Option<(Vec<u8>, db::entities::source::Model)>, sea_orm::DbErr> {
    let now = state.clock.now().timestamp();
    let db = state.intake.db();
    // Neither the sweep nor the touch may stop a source reading replies
    // while the database refuses writes (a full disk): an idle session
    // counts as ended whether or not it was swept yet, and one whose
    // touch failed only ends sooner. Both failures are counted.
    let today = state.clock.today();
    if let Err(e) = db::messages::sweep_source_sessions(db, now, IDLE_SECS).await {
        let cause = crate::outage::Cause::of(&e);
        state.intake.outage().record(Write::Followup, cause, today);
    }
    let Some(token) = session::cookie(req, cookie_name(state)) else {
        return Ok(None);
    };
    let hash = crate::accounts::token_hash(token);
    let Some(source) = db::messages::source_session(db, &hash, now, IDLE_SECS).await? else {
        return Ok(None);
    };
    if let Err(e) = db::messages::touch_source_session(db, &hash, now).await {
        let cause = crate::outage::Cause::of(&e);
        state.intake.outage().record(Write::Followup, cause, today);
    }
    Ok(Some((hash, source)))
}

/// Reads a same-origin url-encoded form of the follow-up pages.
async fn form(
    req: &HttpRequest,
    payload: web::Payload,
    state: &AppState,
) -> Result<(FormInput, Lang), WebError> {
    let l0 = lang_of(req, None);
    let fail = |k: Kind| WebError::new(k, l0, state.demo);
    if !same_origin(req, state.config.public_url.as_deref()) {
        return Err(fail(Kind::Forbidden));
    }
    if !content_type(req).starts_with("application/x-www-form-urlencoded") {
        return Err(fail(Kind::BadRequest));
    }
    let body = read_body(payload, FORM_LIMIT).await.map_err(fail)?;
    let f = FormInput::parse_urlencoded(&body).map_err(|_| fail(Kind::BadRequest))?;
    let l = lang_of(req, Some(f.get("lang")));
    Ok((f, l))
}

/// `GET /followup`.
pub async fn page(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let l = lang_of(&req, None);
    let mut p = Page::new(&state, l);
    let had_cookie = session::cookie(&req, cookie_name(&state)).is_some();
    p.session = current(&req, &state)
        .await
        .map_err(|e| WebError::internal(&e, l, state.demo))?
        .map(|(h, _)| h);
    if had_cookie && p.session.is_none() {
        p.notice = Some("followup-session-ended");
        return Ok(with_cookie(
            p.render(StatusCode::OK),
            cookie_header(&state, None),
        ));
    }
    Ok(p.render(StatusCode::OK))
}

/// `POST /followup`: a codename. On a match, the replies and a session.
pub async fn open(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (f, l) = form(&req, payload, &state).await?;
    let now = state.clock.now();
    let max_age = chrono::Duration::hours(i64::from(state.config.form_token_max_age_hours));
    if super::token::verify(&state.token_key, f.get("token"), now, max_age).is_err() {
        return Err(WebError::new(Kind::Forbidden, l, state.demo));
    }
    let mut p = Page::new(&state, l);
    // A session already open stays open whatever is typed.
    p.session = match current(&req, &state).await {
        Ok(s) => s.map(|(h, _)| h),
        Err(e) => return Ok(store_failed(p, &e, f.get("info"))),
    };
    let db = state.intake.db();
    // Only misses draw on the instance-wide limiter: a source with the
    // right codename always gets in, however many guesses arrive, and a
    // flood of guesses is answered "busy".
    let miss = |mut p: Page<'_>| {
        if state.followup_limiter.try_acquire(now) {
            p.error = Some("followup-not-recognised");
            return p.render(StatusCode::UNPROCESSABLE_ENTITY);
        }
        p.error = Some("followup-busy");
        let mut res = p.render(StatusCode::SERVICE_UNAVAILABLE);
        res.headers_mut().insert(
            actix_web::http::header::RETRY_AFTER,
            actix_web::http::header::HeaderValue::from_static("120"),
        );
        res
    };
    let Ok(typed) = Codename::parse(f.get("codename")) else {
        return Ok(miss(p));
    };
    let derived = typed.derive(&state.token_key);
    drop(typed);
    let found = match db::messages::source_by_lookup(db, &derived.lookup).await {
        Ok(found) => {
            found.filter(|s| bool::from(s.lookup.as_slice().ct_eq(derived.lookup.as_slice())))
        }
        Err(e) => return Ok(store_failed(p, &e, f.get("info"))),
    };
    let Some(source) = found else {
        // A miss reads as much as a match does (the replies of no tip), so
        // it answers in about the same time.
        if let Err(e) = db::messages::replies(db, uuid::Uuid::nil()).await {
            return Ok(store_failed(p, &e, f.get("info")));
        }
        return Ok(miss(p));
    };
    let (_, encryption) = derived.key_secrets();
    let replies = match conversation::replies_for_source(db, source.tip_id, &encryption).await {
        Ok(r) => r,
        Err(e) => return Ok(store_failed(p, &e, f.get("info"))),
    };
    drop(encryption);
    drop(derived);
    p.replies = Some(
        replies
            .into_iter()
            .map(|r| (r.day.to_string(), r.text))
            .collect(),
    );
    // A new session each time a codename matches (never one brought along).
    if let Some(old) = p.session.take()
        && let Err(e) = db::messages::end_source_session(db, &old).await
    {
        p.replies = None;
        return Ok(store_failed(p, &e, f.get("info")));
    }
    let (token, hash) = crate::accounts::new_token();
    if let Err(e) =
        db::messages::create_source_session(db, hash.clone(), source.tip_id, now.timestamp()).await
    {
        // The replies are still shown (they were read); without a session
        // nothing can be added until the database takes writes again.
        return Ok(store_failed(p, &e, f.get("info")));
    }
    p.session = Some(hash);
    // What the source was adding when their session ended comes back in the form.
    p.draft = f.get("info").to_owned();
    Ok(with_cookie(
        p.render(StatusCode::OK),
        cookie_header(&state, Some(&token)),
    ))
}

/// `POST /followup/add`: information the signed-in source adds, with
/// files when the instance takes them (a multipart form, as the report's).
pub async fn add(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let l0 = lang_of(&req, None);
    let demo = state.demo;
    if !same_origin(&req, state.config.public_url.as_deref()) {
        return Err(WebError::new(Kind::Forbidden, l0, demo));
    }
    // The session comes from the cookie, before the body is read: files
    // are sealed only for a live session.
    let session = current(&req, &state).await;
    let limits = match (&session, state.attachments) {
        (Ok(Some(_)), Some(a)) => Limits {
            max_text: FORM_LIMIT,
            ..a
        },
        // Without a session or without attachments, text alone.
        _ => Limits::text_only(FORM_LIMIT, state.config.upload_idle()),
    };
    let (f, files, refused) = if content_type(&req).starts_with("multipart/form-data") {
        if declared_length(&req).is_some_and(|n| n > limits.largest_body()) {
            return Err(WebError::new(Kind::TooLarge, l0, demo));
        }
        match crate::upload::read_report(req.headers(), payload, &state.blobs, limits).await {
            Ok(u) => (u.fields, u.files, u.refused),
            Err(UploadError::TextTooLarge) => return Err(WebError::new(Kind::TooLarge, l0, demo)),
            Err(_) => return Err(WebError::new(Kind::BadRequest, l0, demo)),
        }
    } else {
        let (f, _) = form(&req, payload, &state).await?;
        (f, Vec::new(), None)
    };
    let sent_files = !files.is_empty() || refused.is_some();
    // Every way out but a received addition removes the files' blobs.
    let files = FilesGuard::new(&state.blobs, files);
    let l = lang_of(&req, Some(f.get("lang")));
    let internal = |e: &dyn std::fmt::Display| WebError::internal(e, l, demo);
    let text = f.get("info");
    let mut p = Page::new(&state, l);
    p.photo_keep = f.get(crate::upload::PHOTO_DATA) == "keep";
    if sent_files {
        p.files_error = l.t("files-choose-again");
    }
    let session = match session {
        Ok(s) => s,
        Err(e) => return Ok(store_failed(p, &e, text)),
    };
    let Some((hash, source)) = session else {
        // The session ended: what was typed comes back, with the codename form.
        p.notice = Some("followup-session-ended");
        p.draft = text.to_owned();
        return Ok(p.render(StatusCode::UNAUTHORIZED));
    };
    if !state.keys.csrf_ok(&csrf_context(&hash), f.get("csrf")) {
        return Err(WebError::new(Kind::Forbidden, l, demo));
    }
    p.session = Some(hash);
    if let Some(why) = refused {
        // The limits the body was read with.
        match refusal(l, why, limits) {
            Refusal::Files(t) => {
                p.files_error = t;
                p.draft = text.to_owned();
                return Ok(p.render(StatusCode::UNPROCESSABLE_ENTITY));
            }
            Refusal::Storage(e) => return Ok(store_failed(p, &e, text)),
            Refusal::BadRequest => return Err(WebError::new(Kind::BadRequest, l, demo)),
        }
    }
    let now = state.clock.now();
    // Each addition is mailed to every responder of the report: a day's
    // share per report, and the instance-wide limit reports share.
    let today = match db::messages::additions_on(state.intake.db(), source.tip_id, now.date_naive())
        .await
    {
        Ok(n) => n,
        Err(e) => return Ok(store_failed(p, &e, text)),
    };
    if today >= ADDITIONS_PER_DAY {
        p.error = Some("followup-add-later");
        p.draft = text.to_owned();
        return Ok(p.render(StatusCode::TOO_MANY_REQUESTS));
    }
    if !state.limiter.try_acquire(now) {
        p.error = Some("followup-add-unavailable");
        p.draft = text.to_owned();
        return Ok(p.render(StatusCode::SERVICE_UNAVAILABLE));
    }
    match conversation::add_from_source(&state.intake, source.tip_id, text, &files, now).await {
        Ok(()) => {
            p.notice = Some("followup-added");
            p.files_added = files.len();
            p.files_error.clear();
            files.keep();
            Ok(p.render(StatusCode::OK))
        }
        Err(ConversationError::Length) => {
            p.error = Some("followup-add-empty");
            p.draft = text.to_owned();
            Ok(p.render(StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(ConversationError::NoKeys) => {
            p.error = Some("followup-add-unavailable");
            p.draft = text.to_owned();
            Ok(p.render(StatusCode::SERVICE_UNAVAILABLE))
        }
        Err(ConversationError::Db(e)) => Ok(store_failed(p, &e, text)),
        Err(e) => Err(internal(&e)),
    }
}

/// `POST /followup/logout`.
pub async fn logout(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let (f, l) = form(&req, payload, &state).await?;
    let internal = |e: &dyn std::fmt::Display| WebError::internal(e, l, state.demo);
    if let Some((hash, _)) = current(&req, &state).await.map_err(|e| internal(&e))? {
        if !state.keys.csrf_ok(&csrf_context(&hash), f.get("csrf")) {
            return Err(WebError::new(Kind::Forbidden, l, state.demo));
        }
        db::messages::end_source_session(state.intake.db(), &hash)
            .await
            .map_err(|e| internal(&e))?;
    }
    let mut p = Page::new(&state, l);
    p.notice = Some("followup-logged-out");
    Ok(with_cookie(
        p.render(StatusCode::OK),
        cookie_header(&state, None),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_id_exists_in_every_language() {
        for l in Lang::ALL {
            for id in MESSAGE_IDS {
                let text = l.t(id);
                assert!(
                    !text.is_empty() && !text.contains(id),
                    "{id} in {}",
                    l.code()
                );
            }
        }
    }
}
