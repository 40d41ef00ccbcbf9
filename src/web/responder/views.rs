//! Views of the responder and admin pages (English for now).

use askama::Template;

/// What the page header shows to a signed-in account.
pub struct Nav {
    pub email: String,
    pub admin: bool,
    pub csrf: String,
}

/// The login page.
#[derive(Template)]
#[template(path = "responder/login.html")]
pub struct LoginView {
    pub demo: bool,
    pub nav: Option<Nav>,
    pub token: String,
    pub email: String,
    pub error: String,
    pub notice: String,
}

/// A page with a title and one paragraph, and a link onwards.
#[derive(Template)]
#[template(path = "responder/message.html")]
pub struct NoticeView {
    pub demo: bool,
    pub nav: Option<Nav>,
    pub title: String,
    pub body: String,
    pub link: (String, String),
}

/// A certificate as people compare it.
pub struct KeyFacts {
    pub fingerprint: String,
    pub algorithm: String,
    pub created: String,
    pub expires: String,
    /// pending | vetted | expiring | expired | revoked | unusable
    pub status: String,
}

/// A responder as an admin sees it on the dashboard.
pub struct PendingResponder {
    pub id: String,
    pub name: String,
    pub email: String,
    pub fingerprint: String,
}

/// The dashboard.
#[derive(Template)]
#[template(path = "responder/dashboard.html")]
pub struct DashboardView {
    pub demo: bool,
    pub nav: Option<Nav>,
    pub email: String,
    pub role: String,
    pub key: Option<KeyFacts>,
    pub teams: Vec<String>,
    pub recovery_left: u64,
    pub instance_fingerprint: String,
    pub pending: Vec<PendingResponder>,
    pub other_sessions_ended: Option<u64>,
}

/// The step of an invitation being shown.
pub enum Step {
    Password {
        error: String,
    },
    Totp {
        qr_svg: String,
        secret: String,
        url: String,
        error: String,
    },
    /// The recovery codes, once (empty: already shown, offer new ones).
    Codes {
        codes: Vec<String>,
    },
    Key {
        /// The key the CLI already registered for this login.
        registered: Option<KeyFacts>,
        /// Whether a key must be given here (a responder joining a team).
        needs_key: bool,
        team: String,
        name: String,
        error: String,
    },
    Done {
        key: Option<KeyFacts>,
        instance_fingerprint: String,
    },
}

/// An invitation, at one of its steps.
#[derive(Template)]
#[template(path = "responder/invite.html")]
pub struct InviteView {
    pub demo: bool,
    pub nav: Option<Nav>,
    pub email: String,
    pub role: String,
    pub action: String,
    pub csrf: String,
    pub step: Step,
}
