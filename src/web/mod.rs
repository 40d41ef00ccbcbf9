//! HTTP: the application state, strict headers, a request log without
//! client data, error pages, and the source pages.

pub mod admin;
pub mod errors;
pub mod followup;
pub mod ratelimit;
pub mod responder;
pub mod routing;
pub mod source;
pub mod token;
pub mod views;

use crate::clock::Clock;
use crate::config::Config;
use crate::intake::Intake;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::{HttpResponse, web};
use std::sync::Arc;
use std::time::Instant;

/// What every handler can reach; registered once with `web::Data`.
pub struct AppState {
    pub config: Config,
    pub intake: Arc<Intake>,
    pub clock: Arc<dyn Clock>,
    pub demo: bool,
    pub token_key: [u8; 32],
    pub limiter: ratelimit::RateLimiter,
    /// Slows codename guessing on the follow-up page (instance-wide).
    pub followup_limiter: ratelimit::RateLimiter,
    pub body_limit: usize,
    pub empty_forms: views::EmptyForms,
    /// Keys for TOTP secrets, recovery codes, CSRF and device cookies.
    pub keys: crate::accounts::Keys,
    pub throttle: responder::throttle::LoginThrottle,
    /// The instance key's fingerprint (hex), shown to responders to pin.
    pub instance_fingerprint: String,
    /// The instance's public certificate, armored (for the reader and `tipline open`).
    pub instance_cert: Vec<u8>,
    /// Whether the public address is HTTPS: cookies are then `Secure` and `__Host-`.
    pub secure_cookies: bool,
    /// Builds the `.eml` a responder downloads (the same messages the outbox sends).
    pub mailer: Arc<crate::mail::Mailer>,
    /// Turns at password hashing (see `responder::hashing_permit`).
    pub hashing: Arc<tokio::sync::Semaphore>,
    /// Where files sent with reports are sealed (`data_dir/attachments`).
    pub blobs: crate::blobs::BlobStore,
    /// What a report may carry in files (`None`: the form takes none).
    pub attachments: Option<crate::upload::Limits>,
}

/// Content-Security-Policy of every page but the reader's: scripts only
/// from this instance (today the "Leave now" key, `static/leave.js`; every
/// page works without it), nothing from elsewhere, and Trusted Types
/// required with no policy allowed, so no script can write HTML.
/// `object-src 'none'` repeats what `default-src 'none'` implies, because
/// ASVS 3.4.3 asks for it by name.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                       object-src 'none'; form-action 'self'; frame-ancestors 'none'; \
                       base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/// `Strict-Transport-Security` under an https public address: a year, the
/// least ASVS 3.4.1 accepts. No `includeSubDomains` (nor `preload`): the
/// instance may sit at the top of a domain whose other hosts Tipline
/// knows nothing about, and one header would bind them all to HTTPS.
pub const HSTS: &str = "max-age=31536000";

/// The headers every response carries; `hsts` when the public address is
/// https (a browser ignores the header over plain HTTP, and an onion
/// address has no certificate to pin).
pub fn security_headers(hsts: bool) -> DefaultHeaders {
    let headers = if hsts {
        DefaultHeaders::new().add(("Strict-Transport-Security", HSTS))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add(("Content-Security-Policy", CSP))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add(("Cache-Control", "no-store"))
}

/// Logs method, route pattern, status and latency — never the client's
/// address, user agent, referrer or query string.
pub async fn request_log(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody + 'static>, actix_web::Error> {
    let start = Instant::now();
    let method = req.method().to_string();
    let res = next.call(req).await?;
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "(unmatched)".into());
    tracing::info!(
        method = %method,
        route = %route,
        status = res.status().as_u16(),
        latency_ms = format_args!("{:.2}", start.elapsed().as_secs_f64() * 1000.0),
        "request"
    );
    Ok(res)
}

/// A file compiled into the binary, cached for a day.
fn compiled_in(content_type: &'static str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(body)
}

/// The stylesheet.
async fn stylesheet() -> HttpResponse {
    compiled_in(
        "text/css; charset=utf-8",
        include_str!("../../static/style.css"),
    )
}

/// The "Leave now" key (Escape).
async fn leave_script() -> HttpResponse {
    compiled_in(
        "text/javascript; charset=utf-8",
        include_str!("../../static/leave.js"),
    )
}

/// `/favicon.ico`: no icon, and no 404 page either. Every browser asks
/// for it once; the 404 page would cost a source on a slow line 3.6 kB.
/// Not cacheable, as every page: a cacheable one lets Chromium keep the
/// form, with what was typed, in its back/forward cache after a send
/// (tests/reach.rs, `what_back_shows_after_a_report_and_after_leaving_the_form`).
async fn no_icon() -> HttpResponse {
    HttpResponse::NoContent()
        .insert_header(("Cache-Control", "no-store"))
        .finish()
}

/// Registers every route.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(source::form))
        .route("/report", web::post().to(source::report))
        .route("/safety", web::get().to(source::safety))
        .route("/followup", web::get().to(followup::page))
        .route("/followup", web::post().to(followup::open))
        .route("/followup/add", web::post().to(followup::add))
        .route("/followup/logout", web::post().to(followup::logout))
        .route("/static/style.css", web::get().to(stylesheet))
        .route("/static/leave.js", web::get().to(leave_script))
        .route("/favicon.ico", web::get().to(no_icon))
        .route(
            "/static/openpgp.min.mjs",
            web::get().to(responder::reader::openpgp_js),
        )
        .route(
            "/static/openpgp.LICENSE.txt",
            web::get().to(responder::reader::openpgp_license),
        )
        .route(
            "/static/noble/LICENSE.txt",
            web::get().to(responder::reader::noble_license),
        )
        .route(
            "/static/noble/{file}",
            web::get().to(responder::reader::noble),
        )
        .route(
            "/static/reader/{file}",
            web::get().to(responder::reader::module),
        )
        .route("/responder/reader", web::get().to(responder::reader::page))
        .route(
            "/responder/reader/tips.json",
            web::get().to(responder::reader::tips),
        )
        .route(
            "/responder/reader/tip/{tip}/{team}",
            web::get().to(responder::reader::tip),
        )
        .route(
            "/responder/reader/instance.asc",
            web::get().to(responder::reader::instance_cert),
        )
        .route("/responder", web::get().to(responder::dashboard))
        .route("/responder/", web::get().to(responder::dashboard))
        .route("/responder/login", web::get().to(responder::login_form))
        .route("/responder/login", web::post().to(responder::login))
        .route("/responder/logout", web::post().to(responder::logout))
        .route(
            "/responder/password",
            web::post().to(responder::change_password),
        )
        .route("/responder/key", web::post().to(responder::update_key))
        .route("/responder/totp", web::post().to(responder::change_factor))
        .route(
            "/responder/language",
            web::post().to(responder::set_language),
        )
        .route(
            "/responder/logout-everywhere",
            web::post().to(responder::logout_everywhere),
        )
        .route("/admin", web::get().to(admin::home))
        .route("/admin/", web::get().to(admin::home))
        .route("/admin/invite", web::post().to(admin::invite))
        .route("/admin/accounts", web::post().to(admin::account_action))
        .route("/admin/audit", web::get().to(admin::audit))
        .route("/admin/audit.csv", web::get().to(admin::audit_csv))
        .route("/admin/responders/{id}", web::get().to(admin::responder))
        .route(
            "/admin/responders/{id}",
            web::post().to(admin::responder_action),
        )
        .route("/admin/routes", web::get().to(routing::routes))
        .route("/admin/routes", web::post().to(routing::create_route))
        .route("/admin/routes/new", web::get().to(routing::new_route))
        .route("/admin/routes/{id}", web::get().to(routing::route))
        .route("/admin/routes/{id}", web::post().to(routing::route_action))
        .route("/admin/changes", web::post().to(routing::approve_change))
        .route("/admin/teams", web::post().to(routing::add_team))
        .route("/responder/inbox", web::get().to(responder::triage::inbox))
        .route(
            "/responder/tips/{tip}/{team}",
            web::get().to(responder::triage::tip),
        )
        .route(
            "/responder/tips/{tip}/{team}",
            web::post().to(responder::triage::tip_action),
        )
        .route(
            "/responder/tips/{tip}/{team}/tip.asc",
            web::get().to(responder::triage::tip_asc),
        )
        .route(
            "/responder/tips/{tip}/{team}/tip.eml",
            web::get().to(responder::triage::tip_eml),
        )
        .route(
            "/responder/tips/{tip}/{team}/files/{number}",
            web::get().to(responder::triage::file_pgp),
        )
        .route(
            "/responder/tips/{tip}/{team}/notes/{note}",
            web::get().to(responder::triage::note_asc),
        )
        .route(
            "/responder/tips/{tip}/{team}/messages/{message}",
            web::get().to(responder::triage::message_asc),
        )
        .route(
            "/responder/invite/{token}",
            web::get().to(responder::invitation),
        )
        .route(
            "/responder/invite/{token}",
            web::post().to(responder::invitation_step),
        );
}
