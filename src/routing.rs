//! Routing: which teams and keys a report is sealed to. A snapshot of
//! teams, vetted responders (certificates validated once) and routes is
//! kept in memory and reloaded when the database's generation changes.

use crate::db;
use crate::report::Consent;
use crate::seal::ValidCert;
use sea_orm::ConnectionTrait;
use std::collections::HashMap;
use std::time::SystemTime;
use uuid::Uuid;

/// The kind of a responder team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamKind {
    Operator,
    Ngo,
    Embassy,
    Police,
}

impl TeamKind {
    /// Parses `operator|ngo|embassy|police`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "operator" => Some(Self::Operator),
            "ngo" => Some(Self::Ngo),
            "embassy" => Some(Self::Embassy),
            "police" => Some(Self::Police),
            _ => None,
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Operator => "operator",
            Self::Ngo => "ngo",
            Self::Embassy => "embassy",
            Self::Police => "police",
        }
    }

    /// Whether a source with `consent` lets this kind receive the report.
    pub fn allowed_by(self, consent: Consent) -> bool {
        match self {
            Self::Operator => true,
            Self::Ngo => consent.ngo,
            Self::Embassy => consent.embassy,
            Self::Police => consent.police,
        }
    }
}

/// What a report is routed on: what the source chose in the form.
#[derive(Debug, Clone, Default)]
pub struct Criteria {
    pub country: Option<String>,
    pub role: Option<String>,
    pub urgent: bool,
    pub language: String,
}

/// A route as routing uses it.
#[derive(Debug, Clone)]
pub struct Route {
    pub id: Uuid,
    pub name: String,
    pub priority: i32,
    pub is_default: bool,
    pub countries: Vec<String>,
    pub roles: Vec<String>,
    pub urgent: Option<bool>,
    pub languages: Vec<String>,
    pub teams: Vec<Uuid>,
}

impl Route {
    /// Whether the route matches; a criterion left empty matches anything.
    pub fn matches(&self, c: &Criteria) -> bool {
        let any_or = |list: &[String], v: Option<&str>| {
            list.is_empty() || v.is_some_and(|v| list.iter().any(|x| x.eq_ignore_ascii_case(v)))
        };
        any_or(&self.countries, c.country.as_deref())
            && any_or(&self.roles, c.role.as_deref())
            && self.urgent.is_none_or(|u| u == c.urgent)
            && any_or(&self.languages, Some(&c.language))
    }
}

/// Splits a stored comma list.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A vetted responder whose certificate validated when the snapshot was made.
#[derive(Debug, Clone)]
pub struct Recipient {
    pub id: Uuid,
    pub fingerprint: String,
    pub email: String,
    /// How they get mail: `full` (the sealed report) or `notice`.
    pub mode: String,
    pub teams: Vec<Uuid>,
    pub cert: ValidCert,
}

/// Everything routing needs, as of one generation.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub generation: i64,
    pub demo: bool,
    pub teams: HashMap<Uuid, (String, TeamKind)>,
    pub routes: Vec<Route>,
    pub recipients: Vec<Recipient>,
    /// Responders that are vetted but whose key failed validation at load.
    pub invalid: Vec<(String, String)>,
}

/// The fingerprint of the committed demo key (`keys/demo/responder.pub.asc`).
pub fn demo_fingerprint() -> String {
    crate::seal::parse_cert(include_bytes!("../keys/demo/responder.pub.asc"))
        .map(|c| c.fingerprint().to_hex())
        .unwrap_or_default()
}

impl Snapshot {
    /// Loads a snapshot from the database, validating every vetted key at `now`.
    pub async fn load(db: &impl ConnectionTrait, now: SystemTime) -> Result<Self, sea_orm::DbErr> {
        let inst = db::instance(db).await?;
        let generation = inst.as_ref().map(|i| i.generation).unwrap_or(0);
        let demo = inst.as_ref().is_some_and(|i| i.demo);
        let teams = db::teams(db)
            .await?
            .into_iter()
            .filter_map(|t| Some((t.id, (t.name, TeamKind::parse(&t.kind)?))))
            .collect();
        let routes = db::routes(db)
            .await?
            .into_iter()
            .map(|r| Route {
                id: r.route.id,
                name: r.route.name,
                priority: r.route.priority,
                is_default: r.route.is_default,
                countries: split_list(&r.route.countries),
                roles: split_list(&r.route.roles),
                urgent: r.route.urgent,
                // Stored codes in today's spelling (routes saved before the
                // rename say `zh-CN` for what is now `zh-Hans`).
                languages: split_list(&r.route.languages)
                    .iter()
                    .map(|l| {
                        crate::i18n::Lang::from_code(l)
                            .map_or_else(|| l.clone(), |l| l.code().to_owned())
                    })
                    .collect(),
                teams: r.team_ids,
            })
            .collect();
        let demo_fp = demo_fingerprint();
        let mut recipients = Vec::new();
        let mut invalid = Vec::new();
        for r in db::responders(db).await? {
            if !r.responder.vetted || r.responder.suspended {
                continue;
            }
            // Only a demo database may ever route to the demo key.
            if !demo && r.responder.fingerprint == demo_fp {
                invalid.push((
                    r.responder.fingerprint.clone(),
                    "the demo key is refused outside a demo instance".into(),
                ));
                continue;
            }
            match ValidCert::parse(&r.responder.cert, now) {
                Ok(cert) => recipients.push(Recipient {
                    id: r.responder.id,
                    fingerprint: r.responder.fingerprint,
                    email: r.responder.email,
                    mode: r.responder.mode,
                    teams: r.team_ids,
                    cert,
                }),
                Err(e) => invalid.push((r.responder.fingerprint, e.to_string())),
            }
        }
        Ok(Self {
            generation,
            demo,
            teams,
            routes,
            recipients,
            invalid,
        })
    }

    /// The default route.
    pub fn default_route(&self) -> Option<&Route> {
        self.routes.iter().find(|r| r.is_default)
    }

    /// The first matching route by priority (the default route matches as a
    /// last resort even if its criteria would not).
    pub fn matching_route(&self, c: &Criteria) -> Option<&Route> {
        self.routes
            .iter()
            .find(|r| !r.is_default && r.matches(c))
            .or_else(|| {
                self.routes
                    .iter()
                    .find(|r| r.is_default && r.matches(c))
                    .or_else(|| self.default_route())
            })
    }

    /// Recipients of a route after consent, usable at `now`: (team, recipient) pairs.
    pub fn recipients_of(
        &self,
        route: &Route,
        consent: Consent,
        now: SystemTime,
    ) -> Vec<(Uuid, &Recipient)> {
        let mut out = Vec::new();
        for team in &route.teams {
            let Some((_, kind)) = self.teams.get(team) else {
                continue;
            };
            if !kind.allowed_by(consent) {
                continue;
            }
            for r in &self.recipients {
                if r.teams.contains(team) && r.cert.usable_at(now) {
                    out.push((*team, r));
                }
            }
        }
        out
    }

    /// Decides where a report goes.
    pub fn decide(
        &self,
        c: &Criteria,
        consent: Consent,
        now: SystemTime,
    ) -> Result<Decision<'_>, NoRecipients> {
        let route = self.matching_route(c).ok_or(NoRecipients { route: None })?;
        let recipients = self.recipients_of(route, consent, now);
        if !recipients.is_empty() {
            return Ok(Decision {
                route,
                recipients,
                fell_back_from: None,
            });
        }
        let default = self.default_route().ok_or(NoRecipients {
            route: Some(route.name.clone()),
        })?;
        if default.id != route.id {
            let recipients = self.recipients_of(default, consent, now);
            if !recipients.is_empty() {
                return Ok(Decision {
                    route: default,
                    recipients,
                    fell_back_from: Some(route.name.clone()),
                });
            }
        }
        Err(NoRecipients {
            route: Some(route.name.clone()),
        })
    }
}

/// Where a report goes.
#[derive(Debug)]
pub struct Decision<'a> {
    pub route: &'a Route,
    pub recipients: Vec<(Uuid, &'a Recipient)>,
    /// The route that matched but had no usable key, if the default was used instead.
    pub fell_back_from: Option<String>,
}

impl Decision<'_> {
    /// Each distinct responder once (one may be in several of the teams).
    pub fn responders(&self) -> Vec<&Recipient> {
        let mut seen = std::collections::HashSet::new();
        self.recipients
            .iter()
            .filter(|(_, r)| seen.insert(r.fingerprint.as_str()))
            .map(|(_, r)| *r)
            .collect()
    }

    /// Each distinct certificate once.
    pub fn certs(&self) -> Vec<&ValidCert> {
        self.responders().into_iter().map(|r| &r.cert).collect()
    }
}

impl Snapshot {
    /// The vetted responder with this id and key, if its key is usable at `now`.
    pub fn usable_recipient(
        &self,
        id: Uuid,
        fingerprint: &str,
        now: SystemTime,
    ) -> Option<&Recipient> {
        self.recipients
            .iter()
            .find(|r| r.id == id && r.fingerprint == fingerprint && r.cert.usable_at(now))
    }
}

/// Not even the default route has a usable key.
#[derive(Debug)]
pub struct NoRecipients {
    pub route: Option<String>,
}

/// A name typed by an admin (team or route): trimmed, 1 to 200
/// characters, no control characters. The error says which rule failed.
pub fn clean_name(s: &str, what: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty()
        || s.chars().count() > 200
        || s.chars().any(|c| c.is_control() || is_invisible(c))
    {
        return Err(format!(
            "{what} must be 1 to 200 characters without control or invisible formatting characters"
        ));
    }
    Ok(s.to_owned())
}

/// Invisible formatting characters (zero-width, direction overrides, soft
/// hyphen, byte-order mark) that could make two names look alike.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}')
}

/// A route as an admin writes it, on the command line or in the web UI,
/// before it is checked against the routes there are.
#[derive(Debug, Clone, Default)]
pub struct RouteSpec {
    pub name: String,
    /// ISO 3166-1 alpha-2 codes, or OTHER.
    pub countries: Vec<String>,
    pub roles: Vec<String>,
    pub urgent: Option<bool>,
    /// Form language codes.
    pub languages: Vec<String>,
    /// `None`: after the other routes (the default route: last).
    pub priority: Option<i32>,
    pub is_default: bool,
}

impl RouteSpec {
    /// Checks the spec against `existing` routes (`editing` is the route
    /// being changed, if any) and returns the row to store. The error names
    /// the field at fault (as the CLI option is called) and says why in a
    /// sentence for the admin.
    pub fn check(
        self,
        existing: &[db::RouteRow],
        editing: Option<Uuid>,
    ) -> Result<db::entities::route::Model, (&'static str, String)> {
        let name = clean_name(&self.name, "The route name").map_err(|e| ("name", e))?;
        let others = || existing.iter().filter(|r| Some(r.route.id) != editing);
        if others().any(|r| r.route.name == name) {
            return Err(("name", format!("A route called \"{name}\" already exists.")));
        }
        let mut countries = Vec::new();
        for c in &self.countries {
            let c = c.trim().to_ascii_uppercase();
            if !(c.len() == 2 && c.chars().all(|x| x.is_ascii_uppercase())) && c != "OTHER" {
                return Err((
                    "country",
                    "A country is an ISO 3166-1 alpha-2 code such as MM, KH or LA (or OTHER)."
                        .into(),
                ));
            }
            if !countries.contains(&c) {
                countries.push(c);
            }
        }
        let mut roles = Vec::new();
        for r in &self.roles {
            let r = r.trim();
            if !crate::report::ROLES.contains(&r) {
                return Err((
                    "role",
                    format!(
                        "A reporter role is one of {}.",
                        crate::report::ROLES.join(", ")
                    ),
                ));
            }
            if !roles.iter().any(|x| x == r) {
                roles.push(r.to_owned());
            }
        }
        let mut languages = Vec::new();
        for l in &self.languages {
            let Some(lang) = crate::i18n::Lang::from_code(l.trim()) else {
                return Err((
                    "language",
                    format!(
                        "A language is one of {}.",
                        crate::i18n::Lang::ALL
                            .iter()
                            .map(|l| l.code())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            };
            if !languages.iter().any(|x| x == lang.code()) {
                languages.push(lang.code().to_owned());
            }
        }
        if self.is_default {
            if let Some(d) = others().find(|r| r.route.is_default) {
                return Err((
                    "default",
                    format!(
                        "Route \"{}\" is already the default; there is exactly one default route.",
                        d.route.name
                    ),
                ));
            }
            if !countries.is_empty()
                || !roles.is_empty()
                || self.urgent.is_some()
                || !languages.is_empty()
            {
                return Err(("default", "The default route takes no criteria: it receives every report that no other route takes.".into()));
            }
        }
        let kept = editing
            .and_then(|id| existing.iter().find(|r| r.route.id == id))
            .map(|r| r.route.priority);
        let priority = match self.priority.or(kept) {
            Some(p) => p,
            None if self.is_default => others()
                .map(|r| r.route.priority)
                .max()
                .map_or(1000, |m| m.max(990) + 10),
            None => others()
                .filter(|r| !r.route.is_default)
                .map(|r| r.route.priority)
                .max()
                .map_or(10, |m| m + 10),
        };
        if let Some(clash) = others().find(|r| r.route.priority == priority) {
            return Err((
                "priority",
                format!(
                    "Priority {priority} is already used by route \"{}\"; priorities must be unique.",
                    clash.route.name
                ),
            ));
        }
        Ok(db::entities::route::Model {
            id: editing.unwrap_or_else(crate::random::uuid),
            name,
            priority,
            is_default: self.is_default,
            countries: countries.join(","),
            roles: roles.join(","),
            urgent: self.urgent,
            languages: languages.join(","),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(name: &str, prio: i32, countries: &[&str], urgent: Option<bool>) -> Route {
        Route {
            id: crate::random::uuid(),
            name: name.into(),
            priority: prio,
            is_default: false,
            countries: countries.iter().map(|s| s.to_string()).collect(),
            roles: vec![],
            urgent,
            languages: vec![],
            teams: vec![],
        }
    }

    #[test]
    fn empty_criteria_match_anything_and_priority_decides() {
        let mut d = route("default", 1000, &[], None);
        d.is_default = true;
        let s = Snapshot {
            routes: vec![
                route("mm-urgent", 1, &["MM"], Some(true)),
                route("mm", 2, &["MM"], None),
                d,
            ],
            ..Snapshot::default()
        };
        let c = |country: &str, urgent| Criteria {
            country: Some(country.into()),
            urgent,
            ..Criteria::default()
        };
        assert_eq!(
            s.matching_route(&c("MM", true)).map(|r| r.name.as_str()),
            Some("mm-urgent")
        );
        assert_eq!(
            s.matching_route(&c("MM", false)).map(|r| r.name.as_str()),
            Some("mm")
        );
        assert_eq!(
            s.matching_route(&c("KH", true)).map(|r| r.name.as_str()),
            Some("default")
        );
        assert_eq!(
            s.matching_route(&Criteria::default())
                .map(|r| r.name.as_str()),
            Some("default")
        );
    }

    #[test]
    fn consent_filters_kinds_but_never_the_operator() {
        let none = Consent::default();
        assert!(TeamKind::Operator.allowed_by(none));
        assert!(!TeamKind::Police.allowed_by(none));
        assert!(TeamKind::Police.allowed_by(Consent {
            police: true,
            ..none
        }));
        assert!(!TeamKind::Embassy.allowed_by(Consent {
            ngo: true,
            police: true,
            ..none
        }));
    }
}
