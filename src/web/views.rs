//! askama views, one struct per template.

use crate::i18n::Lang;
use crate::report::{FieldError, FormErrors, FormInput, PERSON_FIELDS, TEXT_FIELDS};
use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use askama::Template;

/// Renders a template with a status; a render failure becomes a plain 500.
pub fn render(status: StatusCode, t: &impl Template) -> HttpResponse {
    match t.render() {
        Ok(html) => HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(html),
        Err(e) => {
            tracing::error!(error = %e, "template render failed");
            HttpResponse::InternalServerError()
                .content_type("text/plain; charset=utf-8")
                .body("Internal error")
        }
    }
}

/// Where "Leave now" goes: set from the configuration when an
/// application is built (one per process in production).
static LEAVE_URL: std::sync::RwLock<&'static str> =
    std::sync::RwLock::new(crate::config::DEFAULT_LEAVE_URL);

/// Sets where "Leave now" goes (the configuration's `leave_url`).
pub fn set_leave_url(url: &str) {
    let url: &'static str = if url == crate::config::DEFAULT_LEAVE_URL {
        crate::config::DEFAULT_LEAVE_URL
    } else {
        Box::leak(url.to_owned().into_boxed_str())
    };
    *LEAVE_URL.write().unwrap_or_else(|e| e.into_inner()) = url;
}

/// Where "Leave now" goes, for the source pages' header.
pub fn leave_url() -> &'static str {
    *LEAVE_URL.read().unwrap_or_else(|e| e.into_inner())
}

/// What a report may carry in files, as the form states it (set once at
/// start, before the empty forms are rendered; `None`: no file input).
static ATTACHMENTS: std::sync::RwLock<Option<crate::upload::Limits>> = std::sync::RwLock::new(None);

/// Sets the limits the report form shows (and whether it takes files).
pub fn set_attachment_limits(limits: Option<crate::upload::Limits>) {
    *ATTACHMENTS.write().unwrap_or_else(|e| e.into_inner()) = limits;
}

fn attachment_limits() -> Option<crate::upload::Limits> {
    *ATTACHMENTS.read().unwrap_or_else(|e| e.into_inner())
}

/// The limits for files as a form states them, in `l`; empty when
/// reports take no files (the form then has no file input).
pub fn files_hint(l: Lang) -> String {
    attachment_limits()
        .map(|a| {
            l.ta(
                "files-hint",
                &[
                    ("count", a.max_files.into()),
                    ("size", size_text(a.max_report).into()),
                ],
            )
        })
        .unwrap_or_default()
}

/// A size as the form states it: whole megabytes (MiB, as phones count
/// them), or kilobytes below one.
pub fn size_text(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MB", bytes >> 20)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// The empty report form, rendered once per language at start: only the
/// form token differs between two visitors, so a GET of `/` is a copy
/// with the token spliced in, not a template and ~100 translations.
pub struct EmptyForms {
    /// Per language (in `Lang::ALL` order): the page before and after the token.
    parts: Vec<(Lang, String, String)>,
}

impl EmptyForms {
    /// Stands in for the token while rendering; base64url, so escaping leaves it alone.
    const PLACEHOLDER: &'static str = "TIPLINEFORMTOKENPLACEHOLDER0123456789";

    /// Renders the empty form in every language.
    pub fn render(demo: bool) -> Result<Self, askama::Error> {
        let input = FormInput::default();
        let errors = FormErrors::default();
        let mut parts = Vec::new();
        for l in Lang::ALL {
            let html = FormView::new(l, demo, Self::PLACEHOLDER, &input, &errors, 1).render()?;
            let Some((before, after)) = html.split_once(Self::PLACEHOLDER) else {
                return Err(askama::Error::Custom(
                    "form token placeholder missing".into(),
                ));
            };
            parts.push((l, before.to_owned(), after.to_owned()));
        }
        Ok(Self { parts })
    }

    /// The empty form in `l` carrying `token`.
    pub fn page(&self, l: Lang, token: &str) -> HttpResponse {
        match self.parts.iter().find(|(pl, _, _)| *pl == l) {
            Some((_, before, after)) => {
                let mut html = String::with_capacity(before.len() + token.len() + after.len());
                html.push_str(before);
                html.push_str(token);
                html.push_str(after);
                HttpResponse::Ok()
                    .content_type("text/html; charset=utf-8")
                    .body(html)
            }
            None => HttpResponse::InternalServerError()
                .content_type("text/plain; charset=utf-8")
                .body("Internal error"),
        }
    }
}

/// A page with a title and one paragraph.
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessageView<'a> {
    pub l: Lang,
    pub demo: bool,
    pub langs: &'static [Lang],
    pub path: &'a str,
    pub title: String,
    pub body: String,
}

impl<'a> MessageView<'a> {
    /// A message page.
    pub fn new(l: Lang, demo: bool, path: &'a str, title: String, body: String) -> Self {
        Self {
            l,
            demo,
            langs: &Lang::ALL,
            path,
            title,
            body,
        }
    }
}

/// The device-safety page: what a guard checking the phone can find.
#[derive(Template)]
#[template(path = "safety.html")]
pub struct SafetyView<'a> {
    pub l: Lang,
    pub demo: bool,
    pub langs: &'static [Lang],
    pub path: &'a str,
}

/// The receipt shown once after a report is stored.
#[derive(Template)]
#[template(path = "receipt.html")]
pub struct ReceiptView<'a> {
    pub l: Lang,
    pub demo: bool,
    pub langs: &'static [Lang],
    pub path: &'a str,
    pub codename: &'a str,
    pub urgent: bool,
    pub emergency: Vec<String>,
    /// "Your files were received" when files came with the report.
    pub files: String,
}

/// One input on the form.
pub struct FieldView {
    pub name: String,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub max: usize,
    pub multiline: bool,
    pub error: String,
    pub max_note: String,
}

impl FieldView {
    /// Whether the field holds `v` (for `selected`).
    pub fn has(&self, v: &str) -> bool {
        self.value == v
    }
}

/// One "person in danger" block.
pub struct PersonBlock {
    pub heading: String,
    pub fields: Vec<FieldView>,
}

/// The report form, empty or as the source sent it.
#[derive(Template)]
#[template(path = "form.html")]
pub struct FormView<'a> {
    pub l: Lang,
    pub demo: bool,
    pub langs: &'static [Lang],
    pub path: &'a str,
    pub token: &'a str,
    pub people: usize,
    pub has_errors: bool,
    pub where_or_what: bool,
    pub notice: Option<(String, String)>,
    input: &'a FormInput,
    errors: &'a FormErrors,
    pub roles: Vec<(&'static str, String)>,
    pub dangers: Vec<(&'static str, String)>,
    pub countries: Vec<(&'static str, String)>,
    pub passports: Vec<(&'static str, String)>,
    pub nationalities: Vec<(&'static str, String)>,
    pub consents: Vec<(&'static str, String)>,
    pub emergency: Vec<String>,
    /// The file input's hint with the limits; empty when the form takes
    /// no files.
    pub files_hint: String,
    /// Why the files were refused (they must be chosen again).
    pub files_error: String,
    /// The source chose to keep photo metadata.
    pub photo_keep: bool,
    pub where_fields: Vec<FieldView>,
    pub held_fields: Vec<FieldView>,
    pub recruit_fields: Vec<FieldView>,
    pub details_fields: Vec<FieldView>,
    pub contact_fields: Vec<FieldView>,
    pub people_blocks: Vec<PersonBlock>,
    pub can_add_person: bool,
}

fn max_of(name: &str) -> usize {
    TEXT_FIELDS
        .iter()
        .find(|(f, _)| *f == name)
        .map(|(_, m)| *m)
        .unwrap_or(0)
}

/// Emergency numbers: for one country if known, otherwise for all.
pub fn emergency_lines(l: Lang, country: Option<&str>) -> Vec<String> {
    let codes = crate::report::EMERGENCY_COUNTRIES;
    match country.filter(|c| codes.contains(c)) {
        Some(c) => vec![l.t(&format!("emergency-{c}"))],
        None => codes
            .iter()
            .map(|c| l.t(&format!("emergency-{c}")))
            .collect(),
    }
}

impl<'a> FormView<'a> {
    /// Builds the form view.
    pub fn new(
        l: Lang,
        demo: bool,
        token: &'a str,
        input: &'a FormInput,
        errors: &'a FormErrors,
        people: usize,
    ) -> Self {
        let opts = |pairs: &[(&'static str, &str)]| {
            pairs
                .iter()
                .map(|(v, id)| (*v, l.t(id)))
                .collect::<Vec<_>>()
        };
        let err = |name: &str| match errors.fields.get(name) {
            Some(FieldError::TooLong(max)) => l.ta("error-too-long", &[("max", (*max).into())]),
            Some(FieldError::Choice) => l.t("error-choice"),
            None => String::new(),
        };
        let field = |name: &str, label: &str, hint: Option<&str>, multiline: bool| FieldView {
            name: name.to_owned(),
            label: l.t(label),
            hint: hint.map(|h| l.t(h)).unwrap_or_default(),
            value: input.get(name).to_owned(),
            max: max_of(name),
            multiline,
            error: err(name),
            max_note: l.ta("chars-max", &[("max", max_of(name).into())]),
        };
        let people_blocks = (0..people)
            .map(|i| PersonBlock {
                heading: l.ta("person-heading", &[("number", (i + 1).into())]),
                fields: [
                    "name",
                    "age",
                    "nationality",
                    "nationality_other",
                    "contact",
                    "last_contact",
                ]
                .iter()
                .map(|f| {
                    let name = format!("p{i}_{f}");
                    let max = PERSON_FIELDS
                        .iter()
                        .find(|(n, _)| n == f)
                        .map(|(_, m)| *m)
                        .unwrap_or(16);
                    FieldView {
                        label: l.t(&format!("person-{}-label", f.replace('_', "-"))),
                        hint: String::new(),
                        value: input.get(&name).to_owned(),
                        max,
                        multiline: false,
                        error: err(&name),
                        max_note: String::new(),
                        name,
                    }
                })
                .collect(),
            })
            .collect();
        Self {
            files_hint: files_hint(l),
            files_error: String::new(),
            photo_keep: input.get(crate::upload::PHOTO_DATA) == "keep",
            l,
            demo,
            langs: &Lang::ALL,
            path: "/",
            token,
            people,
            has_errors: !errors.is_empty(),
            where_or_what: errors.where_or_what,
            notice: None,
            input,
            errors,
            roles: opts(&[
                ("inside", "role-inside"),
                ("escaped", "role-escaped"),
                ("family", "role-family"),
                ("other", "role-other"),
            ]),
            dangers: opts(&[
                ("yes", "danger-yes"),
                ("no", "danger-no"),
                ("unsure", "danger-unsure"),
            ]),
            countries: crate::report::COMPOUND_COUNTRIES
                .iter()
                .map(|c| (*c, l.t(&format!("country-{c}"))))
                .collect(),
            passports: opts(&[
                ("yes", "passports-yes"),
                ("no", "passports-no"),
                ("unknown", "passports-unknown"),
            ]),
            nationalities: crate::report::NATIONALITIES
                .iter()
                .map(|c| (*c, l.t(&format!("country-{c}"))))
                .collect(),
            consents: opts(&[
                ("consent_ngo", "consent-ngo"),
                ("consent_embassy", "consent-embassy"),
                ("consent_police", "consent-police"),
            ]),
            emergency: emergency_lines(l, None),
            where_fields: vec![
                field("country_other", "country-other-label", None, false),
                field("area", "area-label", Some("area-hint"), false),
                field("compound", "compound-label", None, false),
                field("building", "building-label", Some("building-hint"), true),
                field("location", "location-label", Some("location-hint"), false),
            ],
            held_fields: vec![
                field("held_count", "held-count-label", None, false),
                field(
                    "held_nationalities",
                    "held-nationalities-label",
                    None,
                    false,
                ),
            ],
            recruit_fields: vec![
                field("recruit_platform", "recruit-platform-label", None, false),
                field("recruit_ad", "recruit-ad-label", None, true),
                field("recruit_agent", "recruit-agent-label", None, false),
            ],
            details_fields: vec![field(
                "details",
                "details-label",
                Some("details-hint"),
                true,
            )],
            contact_fields: vec![
                field(
                    "contact_method",
                    "contact-method-label",
                    Some("contact-method-hint"),
                    false,
                ),
                field("contact_time", "contact-time-label", None, false),
            ],
            people_blocks,
            can_add_person: people < crate::report::MAX_PEOPLE,
        }
    }

    /// Whether field `name` currently holds `value` (for checked/selected).
    pub fn is(&self, name: &str, value: &str) -> bool {
        self.input.get(name) == value
    }

    /// The translated error of a choice field, if any.
    pub fn err(&self, name: &str) -> Option<String> {
        match self.errors.fields.get(name)? {
            FieldError::Choice => Some(self.l.t("error-choice")),
            FieldError::TooLong(max) => {
                Some(self.l.ta("error-too-long", &[("max", (*max).into())]))
            }
        }
    }
}

/// The source's follow-up page: the codename form, the replies (once,
/// right after the codename matched) and, while signed in, the form to
/// add information.
#[derive(Template)]
#[template(path = "followup.html")]
pub struct FollowupView<'a> {
    pub l: Lang,
    pub demo: bool,
    pub langs: &'static [Lang],
    pub path: &'a str,
    /// The signed token of the codename form.
    pub token: String,
    /// A message id shown at the top (a fixed text, never input).
    pub notice: Option<&'static str>,
    /// A message id shown as an error.
    pub error: Option<&'static str>,
    /// Replies (day, text), shown only right after the codename matched.
    pub replies: Option<Vec<(String, String)>>,
    /// Whether a source session is active: the add form is shown.
    pub signed_in: bool,
    /// The CSRF token bound to the source session.
    pub csrf: String,
    /// What the source typed in the add form, kept after a refusal.
    pub info_draft: String,
    pub info_max: usize,
    /// The limits for files, as on the report form; empty: no file input.
    pub files_hint: String,
    /// Why the files were refused, or that they must be chosen again.
    pub files_error: String,
    /// The source chose to keep photo metadata.
    pub photo_keep: bool,
    /// "Your files were added too", after an addition with files.
    pub files_added: String,
}
