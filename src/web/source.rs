//! Source pages: the report form and its submission. No cookie, no
//! script, nothing that identifies the visitor.

use super::AppState;
use super::errors::{Kind, WebError};
use super::views::{FormView, MessageView, ReceiptView, emergency_lines, render};
use crate::i18n::Lang;
use crate::intake::{IntakeError, Outcome};
use crate::outage::Write;
use crate::report::{FormErrors, FormInput, Report};
use crate::upload::{Attachment, FilesGuard, Limits, UploadError};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;

/// The `lang=` of the request's query string, as given.
pub fn lang_param(req: &HttpRequest) -> Option<&str> {
    req.query_string()
        .split('&')
        .find_map(|kv| kv.strip_prefix("lang="))
}

/// The language: an explicit choice (`lang` in the query or form) wins,
/// then `Accept-Language`, then English.
pub fn lang_of(req: &HttpRequest, form_lang: Option<&str>) -> Lang {
    let query_lang = lang_param(req).and_then(Lang::from_code);
    form_lang
        .and_then(Lang::from_code)
        .or(query_lang)
        .or_else(|| {
            req.headers()
                .get("accept-language")
                .and_then(|h| h.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or(Lang::EN)
}

/// `GET /safety`: keeping the phone safe, in the visitor's language.
pub async fn safety(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let view = super::views::SafetyView {
        l: lang_of(&req, None),
        demo: state.demo,
        langs: &Lang::ALL,
        path: "/safety",
    };
    render(StatusCode::OK, &view)
}

/// `GET /`: the report form.
pub async fn form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let l = lang_of(&req, None);
    let token = super::token::issue(&state.token_key, state.clock.now());
    state.empty_forms.page(l, &token)
}

/// The form must come from this site: `Sec-Fetch-Site` when the browser
/// sends it, else `Origin` when present. (`Origin: null` is what browsers
/// send under `Referrer-Policy: no-referrer`, so it is not held against them;
/// the signed token is still required.)
pub(crate) fn same_origin(req: &HttpRequest, public_url: Option<&str>) -> bool {
    let header = |n: &str| req.headers().get(n).and_then(|v| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site")
        && site != "same-origin"
        && site != "none"
    {
        return false;
    }
    match header("origin") {
        None | Some("null") => true,
        Some(origin) => match public_url {
            Some(p) => origin.trim_end_matches('/') == p.trim_end_matches('/'),
            None => {
                let host = req
                    .headers()
                    .get("host")
                    .and_then(|h| h.to_str().ok())
                    .unwrap_or("");
                origin.split_once("://").is_some_and(|(_, h)| h == host)
            }
        },
    }
}

/// The body length the request declares (`Content-Length`), if any.
pub(crate) fn declared_length(req: &HttpRequest) -> Option<u64> {
    req.headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
}

/// The request's media type, lower-cased ("" when absent), parameters included.
pub(crate) fn content_type(req: &HttpRequest) -> String {
    req.headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase()
}

pub(crate) async fn read_body(mut payload: web::Payload, limit: usize) -> Result<Vec<u8>, Kind> {
    let mut body = Vec::with_capacity(8192);
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| Kind::BadRequest)?;
        if body.len() + chunk.len() > limit {
            return Err(Kind::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Why a form's files were refused, as the page says it.
pub(crate) enum Refusal {
    /// What to tell the source (the files must be chosen again).
    Files(String),
    /// The disk refused: nothing was kept, try again later.
    Storage(sea_orm::DbErr),
    /// Not a form this site sends.
    BadRequest,
}

pub(crate) fn refusal(l: Lang, why: UploadError, a: Limits) -> Refusal {
    use UploadError as U;
    let size = |b: u64| super::views::size_text(b).into();
    Refusal::Files(match why {
        U::FileTooLarge(name) => l.ta(
            "error-file-too-large",
            &[("name", name.into()), ("size", size(a.max_file))],
        ),
        U::ReportTooLarge(_) => l.ta("error-files-too-large", &[("size", size(a.max_report))]),
        U::TooManyFiles => l.ta("error-too-many-files", &[("count", a.max_files.into())]),
        U::EmptyFile(name) => l.ta("error-file-empty", &[("name", name.into())]),
        U::Storage(e) => {
            return Refusal::Storage(sea_orm::DbErr::Custom(format!("attachment store: {e}")));
        }
        U::Malformed | U::TextTooLarge | U::Stalled => return Refusal::BadRequest,
    })
}

/// `POST /report`: validate, then seal and store; or show the form again
/// with everything the source typed.
pub async fn report(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let demo = state.demo;
    let l0 = lang_of(&req, None);
    let fail = |k: Kind, l: Lang| WebError::new(k, l, demo);
    if !same_origin(&req, state.config.public_url.as_deref()) {
        return Err(fail(Kind::Forbidden, l0));
    }
    let multipart = content_type(&req).starts_with("multipart/form-data");
    // Without attachments, a multipart form may carry text only.
    let limits = state.attachments.unwrap_or(Limits::text_only(
        state.body_limit,
        state.config.upload_idle(),
    ));
    let limit = match (multipart, state.attachments) {
        (true, Some(a)) => a.largest_body(),
        _ => state.body_limit as u64,
    };
    if declared_length(&req).is_some_and(|n| n > limit) {
        return Err(fail(Kind::TooLarge, l0));
    }
    let (mut input, files, refused) = if multipart {
        match crate::upload::read_report(req.headers(), payload, &state.blobs, limits).await {
            Ok(u) => (u.fields, u.files, u.refused),
            Err(UploadError::TextTooLarge) => {
                return Err(fail(Kind::TooLarge, l0));
            }
            Err(_) => return Err(fail(Kind::BadRequest, l0)),
        }
    } else if content_type(&req).starts_with("application/x-www-form-urlencoded") {
        let body = read_body(payload, state.body_limit)
            .await
            .map_err(|k| fail(k, l0))?;
        let input = FormInput::parse_urlencoded(&body).map_err(|_| fail(Kind::BadRequest, l0))?;
        (input, Vec::new(), None)
    } else {
        return Err(fail(Kind::BadRequest, l0));
    };
    let sent_files = !files.is_empty() || refused.is_some();
    // From here on, a report that is not received takes its files' blobs
    // with it.
    let files = FilesGuard::new(&state.blobs, files);
    let l = lang_of(&req, Some(input.get("lang")));
    let now = state.clock.now();
    let max_age = chrono::Duration::hours(i64::from(state.config.form_token_max_age_hours));
    let token_text = input.get("token").to_owned();
    let token = super::token::verify(&state.token_key, &token_text, now, max_age)
        .map_err(|_| fail(Kind::Forbidden, l))?;

    // The form again, with what was typed; files are never kept for it.
    let mut people = input.people_count();
    let form_again = |status: StatusCode,
                      input: &FormInput,
                      errors: &FormErrors,
                      people: usize,
                      files_error: String| {
        let mut v = FormView::new(l, demo, &token_text, input, errors, people);
        v.files_error = files_error;
        render(status, &v)
    };
    let choose_again = || {
        if sent_files {
            l.t("files-choose-again")
        } else {
            String::new()
        }
    };
    if input.get("action") == "add_person" {
        people = (people + 1).min(crate::report::MAX_PEOPLE);
        input.set("people_count", people.to_string());
        let errors = FormErrors::default();
        return Ok(form_again(
            StatusCode::OK,
            &input,
            &errors,
            people,
            choose_again(),
        ));
    }
    // "Try again later" (503, with what was typed; files must be chosen
    // again, as they were not kept).
    let no_errors = FormErrors::default();
    let again_with = |title: String, body: String| {
        let mut v = FormView::new(l, demo, &token_text, &input, &no_errors, people);
        v.notice = Some((title, body));
        v.files_error = choose_again();
        let mut res = render(StatusCode::SERVICE_UNAVAILABLE, &v);
        res.headers_mut().insert(
            actix_web::http::header::RETRY_AFTER,
            actix_web::http::header::HeaderValue::from_static("300"),
        );
        res
    };
    let again = |title: &str, body: &str| again_with(l.t(title), l.t(body));
    if let Some(why) = refused {
        let text = match refusal(l, why, limits) {
            Refusal::Files(text) => text,
            Refusal::Storage(e) => {
                // The disk refused a file: as a refused report, nothing
                // was kept and the source is asked to try again later.
                let incident = state.intake.storage_failed(Write::Report, &e);
                return Ok(again_with(
                    l.t("store-failed-title"),
                    l.ta("store-failed-body", &[("incident", incident.into())]),
                ));
            }
            Refusal::BadRequest => return Err(fail(Kind::BadRequest, l)),
        };
        return Ok(form_again(
            StatusCode::UNPROCESSABLE_ENTITY,
            &input,
            &no_errors,
            people,
            text,
        ));
    }

    let mut report = match Report::from_input(&input, l.code()) {
        Ok(r) => r,
        Err(errors) => {
            return Ok(form_again(
                StatusCode::UNPROCESSABLE_ENTITY,
                &input,
                &errors,
                people,
                choose_again(),
            ));
        }
    };
    report.files = files.iter().map(Attachment::info).collect();
    let sealed_files: std::sync::Arc<[crate::intake::SealedFile]> =
        files.iter().map(Attachment::sealed).collect();
    let file_count = sealed_files.len();

    if !state.limiter.try_acquire(now) {
        state
            .intake
            .alert("rate-limited", "Reports are arriving faster than the configured rate; some sources were asked to try again later.")
            .await;
        return Ok(again("busy-title", "busy-body"));
    }

    match state
        .intake
        .submit_with_files(report, token.nonce, token.expires_day, sealed_files)
        .await
    {
        Ok(Outcome::Received {
            codename,
            urgent,
            country,
        }) => {
            // The tip names its files now.
            files.keep();
            Ok(render(
                StatusCode::OK,
                &ReceiptView {
                    l,
                    demo,
                    langs: &Lang::ALL,
                    path: "/",
                    codename: codename.expose(),
                    urgent,
                    emergency: emergency_lines(l, country.as_deref()),
                    files: if file_count > 0 {
                        l.ta("receipt-files", &[("count", file_count.into())])
                    } else {
                        String::new()
                    },
                },
            ))
        }
        Ok(Outcome::AlreadyReceived) => Ok(render(
            StatusCode::OK,
            &MessageView::new(l, demo, "/", l.t("already-title"), l.t("already-body")),
        )),
        Err(IntakeError::NoRecipients) => Ok(again("unavailable-title", "unavailable-body")),
        // The database refused the report: nothing was kept, and the form
        // comes back with everything typed, never a receipt.
        Err(IntakeError::Db(e)) => {
            let incident = state.intake.storage_failed(Write::Report, &e);
            Ok(again_with(
                l.t("store-failed-title"),
                l.ta("store-failed-body", &[("incident", incident.into())]),
            ))
        }
        Err(e) => Err(WebError::internal(&e, l, demo)),
    }
}
