//! Error pages: fixed, translated text; never an error's own message.
//! 5xx pages show a random incident id, which is also logged.

use super::views::MessageView;
use crate::i18n::Lang;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

/// What went wrong, as the visitor is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    BadRequest,
    Forbidden,
    NotFound,
    TooLarge,
    Internal(String),
}

/// An error page in a language.
#[derive(Debug)]
pub struct WebError {
    pub kind: Kind,
    pub lang: Lang,
    pub demo: bool,
}

impl WebError {
    /// An error page in `lang`.
    pub fn new(kind: Kind, lang: Lang, demo: bool) -> Self {
        Self { kind, lang, demo }
    }

    /// A 500 whose cause is logged with a fresh incident id.
    pub fn internal(cause: &dyn std::fmt::Display, lang: Lang, demo: bool) -> Self {
        let incident = crate::random::hex(&crate::random::bytes::<6>());
        tracing::error!(incident = %incident, error = %cause, "internal error");
        Self {
            kind: Kind::Internal(incident),
            lang,
            demo,
        }
    }
}

impl std::fmt::Display for WebError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

impl ResponseError for WebError {
    fn status_code(&self) -> StatusCode {
        match self.kind {
            Kind::BadRequest => StatusCode::BAD_REQUEST,
            Kind::Forbidden => StatusCode::FORBIDDEN,
            Kind::NotFound => StatusCode::NOT_FOUND,
            Kind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Kind::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let l = self.lang;
        let (title, body) = match &self.kind {
            Kind::BadRequest => (l.t("bad-request-title"), l.t("bad-request-body")),
            Kind::Forbidden => (l.t("forbidden-title"), l.t("forbidden-body")),
            Kind::NotFound => (l.t("not-found-title"), l.t("not-found-body")),
            Kind::TooLarge => (l.t("too-large-title"), l.t("too-large-body")),
            Kind::Internal(id) => (
                l.t("internal-title"),
                l.ta("internal-body", &[("incident", id.clone().into())]),
            ),
        };
        super::views::render(
            self.status_code(),
            &MessageView::new(l, self.demo, "/", title, body),
        )
    }
}

/// The 404 page for anything not routed.
pub async fn not_found(
    req: actix_web::HttpRequest,
    state: actix_web::web::Data<super::AppState>,
) -> HttpResponse {
    WebError::new(
        Kind::NotFound,
        super::source::lang_of(&req, None),
        state.demo,
    )
    .error_response()
}
