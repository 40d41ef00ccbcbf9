//! Views of the responder and admin pages (English for now).

use crate::i18n::Lang;
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
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub token: String,
    /// Bound to this browser's pre-session cookie.
    pub csrf: String,
    pub email: String,
    pub error: String,
    pub notice: String,
}

/// A page with a title and one paragraph, and a link onwards.
#[derive(Template)]
#[template(path = "responder/message.html")]
pub struct NoticeView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
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
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub email: String,
    pub role: String,
    pub key: Option<KeyFacts>,
    pub teams: Vec<String>,
    pub recovery_left: u64,
    pub instance_fingerprint: String,
    pub pending: Vec<PendingResponder>,
    pub notice: String,
    pub error: String,
    pub csrf: String,
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
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub email: String,
    pub role: String,
    pub action: String,
    pub csrf: String,
    pub step: Step,
}

/// An option of a `<select>`, and whether it is chosen.
pub struct Option2 {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Option2 {
    /// An option, selected when `value` is `current`.
    pub fn new(value: String, label: String, current: &str) -> Self {
        Self {
            selected: value == current,
            value,
            label,
        }
    }
}

/// One tip in the inbox.
pub struct InboxLine {
    pub href: String,
    pub day: String,
    pub route: String,
    pub urgent: bool,
    pub team: String,
    pub status: String,
    pub assignee: String,
    pub labels: Vec<String>,
}

/// The inbox of the signed-in responder's teams.
#[derive(Template)]
#[template(path = "responder/inbox.html")]
pub struct InboxView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub no_team: bool,
    pub teams: Vec<Option2>,
    pub statuses: Vec<Option2>,
    pub urgent: String,
    pub label: String,
    pub assigned: String,
    pub sort: String,
    pub lines: Vec<InboxLine>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    pub prev: Option<String>,
    pub next: Option<String>,
}

/// A note in a tip's list.
pub struct NoteLine {
    pub href: String,
    pub author: String,
    pub day: String,
}

/// A message of the tip's conversation, as the tip page lists it.
pub struct MessageLine {
    pub href: String,
    /// `reply` (this team to the source) or `source` (the source added).
    pub kind: String,
    pub author: String,
    pub day: String,
    /// Sealed in the browser or on the server.
    pub sealed_in: String,
}

/// A tip as one team triages it.
#[derive(Template)]
#[template(path = "responder/tip.html")]
pub struct TipView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub base: String,
    pub tip_id: String,
    pub team: String,
    pub day: String,
    pub route: String,
    pub urgent: bool,
    pub status: String,
    pub statuses: Vec<Option2>,
    pub assignees: Vec<Option2>,
    pub labels: Vec<String>,
    pub notes: Vec<NoteLine>,
    pub error: String,
    pub csrf: String,
    /// What was typed in the label and note fields, after a refusal.
    pub label_draft: String,
    pub note_draft: String,
    /// Replies of this team and what the source added, in order.
    pub messages: Vec<MessageLine>,
    pub reply_draft: String,
    /// Whether the tip has a source key to reply to.
    pub can_reply: bool,
    /// The files sent with the tip: number and sealed size, as shown.
    pub files: Vec<(i32, String)>,
}

/// What the signed-in second-factor page shows.
pub enum FactorStep {
    /// A new authenticator to confirm; `pending` carries its sealed secret.
    Totp {
        qr_svg: String,
        secret: String,
        url: String,
        pending: String,
        error: String,
    },
    /// New recovery codes, shown once.
    Codes { codes: Vec<String> },
}

/// Changing one's own authenticator or recovery codes.
#[derive(Template)]
#[template(path = "responder/factor.html")]
pub struct FactorView {
    pub demo: bool,
    /// The language of the page.
    pub l: Lang,
    pub nav: Option<Nav>,
    pub csrf: String,
    pub step: FactorStep,
}
