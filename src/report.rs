//! A source's report: the raw form (kept whole so a rejected form is shown
//! again exactly as typed), the validated report, and the MIME entity that
//! gets sealed (text/plain for people, application/json for tools).

use crate::coords::{self, LatLon};
use serde_json::{Value, json};
use std::collections::HashMap;

/// Most people one report can describe.
pub const MAX_PEOPLE: usize = 20;

/// Free-text fields and their limits, in characters.
pub const TEXT_FIELDS: &[(&str, usize)] = &[
    ("country_other", 100),
    ("area", 200),
    ("compound", 200),
    ("building", 1000),
    ("location", 500),
    ("held_count", 50),
    ("held_nationalities", 500),
    ("recruit_platform", 200),
    ("recruit_ad", 2000),
    ("recruit_agent", 500),
    ("details", 20000),
    ("contact_method", 500),
    ("contact_time", 200),
];

/// Free-text fields of each person block (`p{i}_{name}`), in characters.
pub const PERSON_FIELDS: &[(&str, usize)] = &[
    ("name", 200),
    ("age", 20),
    ("nationality_other", 100),
    ("contact", 300),
    ("last_contact", 100),
];

/// Reporter roles.
pub const ROLES: &[&str] = &["inside", "escaped", "family", "other"];
/// Answers to "is anyone in immediate danger?".
pub const DANGER: &[&str] = &["yes", "no", "unsure"];
/// Answers to "were passports taken?".
pub const PASSPORTS: &[&str] = &["yes", "no", "unknown"];
/// Countries offered for the compound (ISO 3166-1 alpha-2), then "OTHER".
pub const COMPOUND_COUNTRIES: &[&str] = &[
    "MM", "KH", "LA", "TH", "PH", "MY", "ID", "VN", "AE", "OTHER",
];
/// Nationalities offered for a person, then "OTHER".
pub const NATIONALITIES: &[&str] = &[
    "CN", "TW", "HK", "ID", "PH", "VN", "TH", "MY", "MM", "KH", "LA", "KR", "JP", "IN", "LK", "BD",
    "NP", "PK", "KE", "UG", "ET", "NG", "GH", "BR", "OTHER",
];
/// Countries with emergency numbers on the form.
pub const EMERGENCY_COUNTRIES: &[&str] = &["MM", "KH", "LA", "TH", "PH", "MY", "ID", "VN", "AE"];

/// Longest a single-choice value may be (they are short codes).
const MAX_CHOICE_LEN: usize = 16;

/// The request body limit: 9 bytes per allowed character (a 3-byte UTF-8
/// character percent-encodes to 9 bytes) plus room for names and choices.
pub fn max_body_bytes() -> usize {
    let text: usize = TEXT_FIELDS.iter().map(|(_, n)| n).sum::<usize>()
        + MAX_PEOPLE * PERSON_FIELDS.iter().map(|(_, n)| n).sum::<usize>();
    9 * text + 64 * 1024
}

/// Why a request body is not a readable form.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FormError {
    #[error("form data is not valid UTF-8")]
    InvalidUtf8,
    #[error("malformed form data")]
    Malformed,
}

/// The form as sent, field by field. `Debug` prints nothing of it.
#[derive(Default, Clone)]
pub struct FormInput {
    values: HashMap<String, String>,
}

impl std::fmt::Debug for FormInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FormInput")
    }
}

impl FormInput {
    /// Parses an `application/x-www-form-urlencoded` body strictly: invalid
    /// UTF-8, a repeated field or too many fields is an error, not a guess.
    pub fn parse_urlencoded(body: &[u8]) -> Result<Self, FormError> {
        let mut values = HashMap::new();
        for pair in body.split(|b| *b == b'&') {
            if pair.is_empty() {
                continue;
            }
            let (k, v) = match pair.iter().position(|b| *b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &b""[..]),
            };
            let k = decode(k)?;
            let v = decode(v)?;
            if values.len() >= 512 || k.len() > 64 {
                return Err(FormError::Malformed);
            }
            if values.insert(k, v).is_some() {
                return Err(FormError::Malformed);
            }
        }
        Ok(Self { values })
    }

    /// Adds a field read from a multipart body, by the same rules as
    /// [`FormInput::parse_urlencoded`]: no repeats, at most 512 fields,
    /// names of at most 64 bytes.
    pub fn add(&mut self, name: String, value: String) -> Result<(), FormError> {
        if self.values.len() >= 512 || name.len() > 64 || self.values.contains_key(&name) {
            return Err(FormError::Malformed);
        }
        self.values.insert(name, value);
        Ok(())
    }

    /// A field's value ("" when absent).
    pub fn get(&self, name: &str) -> &str {
        self.values.get(name).map(String::as_str).unwrap_or("")
    }

    /// Sets a field (used to carry state such as the number of person blocks).
    pub fn set(&mut self, name: &str, value: String) {
        self.values.insert(name.to_owned(), value);
    }

    /// How many person blocks the form shows (1 to `MAX_PEOPLE`).
    pub fn people_count(&self) -> usize {
        self.get("people_count")
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, MAX_PEOPLE)
    }

    /// Whether a checkbox was ticked.
    pub fn ticked(&self, name: &str) -> bool {
        self.get(name) == "yes"
    }
}

fn decode(raw: &[u8]) -> Result<String, FormError> {
    let plus: Vec<u8> = raw
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&plus).collect();
    String::from_utf8(bytes).map_err(|_| FormError::InvalidUtf8)
}

/// What is wrong with one field. Never carries what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    TooLong(usize),
    Choice,
}

/// All that is wrong with a form.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FormErrors {
    /// Field name → error.
    pub fields: HashMap<String, FieldError>,
    /// The report says neither where nor what.
    pub where_or_what: bool,
}

impl FormErrors {
    /// Whether there is nothing wrong.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && !self.where_or_what
    }
}

/// One person in danger.
#[derive(Clone, Default, PartialEq)]
pub struct Person {
    pub name: String,
    pub age: String,
    pub nationality: Option<String>,
    pub nationality_other: String,
    pub contact: String,
    pub last_contact: String,
}

impl Person {
    fn is_empty(&self) -> bool {
        self.name.is_empty()
            && self.age.is_empty()
            && self.nationality.is_none()
            && self.nationality_other.is_empty()
            && self.contact.is_empty()
            && self.last_contact.is_empty()
    }
}

/// Which kinds of organisation the source agreed may receive the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Consent {
    pub ngo: bool,
    pub embassy: bool,
    pub police: bool,
}

/// A validated report: plaintext tip content. `Debug` prints only the type name.
#[derive(Clone, Default)]
pub struct Report {
    pub role: Option<String>,
    pub danger: Option<String>,
    pub country: Option<String>,
    pub country_other: String,
    pub area: String,
    pub compound: String,
    pub building: String,
    pub location: String,
    pub coordinates: Option<LatLon>,
    pub held_count: String,
    pub held_nationalities: String,
    pub people: Vec<Person>,
    pub recruit_platform: String,
    pub recruit_ad: String,
    pub recruit_agent: String,
    pub passports: Option<String>,
    pub details: String,
    pub contact_method: String,
    pub contact_time: String,
    pub consent: Consent,
    /// The language the form was shown in.
    pub language: String,
    /// The files sent with the report, in the order sent (sealed apart:
    /// the report names each, with its SHA-256, under the instance's
    /// signature).
    pub files: Vec<FileInfo>,
}

/// A file sent with a report, as the report describes it.
#[derive(Clone, Default, PartialEq)]
pub struct FileInfo {
    /// The name shown (made safe: [`crate::upload::safe_name`]).
    pub name: String,
    /// The declared media type.
    pub media_type: String,
    /// Bytes as stored (as sent, less photo metadata removed).
    pub size: u64,
    /// SHA-256 of those bytes, in lower-case hex.
    pub sha256: String,
    /// Its photo metadata: `removed`, `kept` (the source's choice),
    /// `not-supported` or `unreadable` (stored as sent: [`crate::strip`]).
    pub metadata: &'static str,
}

impl FileInfo {
    /// What the readable report says of the file's photo metadata.
    fn metadata_text(&self) -> &'static str {
        match self.metadata {
            "removed" => "removed by Tipline (location, camera, time)",
            "kept" => "kept as sent, at the source's choice",
            "unreadable" => "not removed: the file's structure could not be read",
            _ => "not removed: Tipline does not clean this kind of file",
        }
    }
}

impl Report {
    /// The bytes of text the report carries (what sealing has to process).
    pub fn text_bytes(&self) -> usize {
        let people: usize = self
            .people
            .iter()
            .map(|p| {
                p.name.len()
                    + p.age.len()
                    + p.nationality_other.len()
                    + p.contact.len()
                    + p.last_contact.len()
                    + 8
            })
            .sum();
        [
            &self.country_other,
            &self.area,
            &self.compound,
            &self.building,
            &self.location,
            &self.held_count,
            &self.held_nationalities,
            &self.recruit_platform,
            &self.recruit_ad,
            &self.recruit_agent,
            &self.details,
            &self.contact_method,
            &self.contact_time,
        ]
        .iter()
        .map(|s| s.len())
        .sum::<usize>()
            + people
    }
}

impl std::fmt::Debug for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Report")
    }
}

fn choice(
    input: &FormInput,
    name: &str,
    allowed: &[&str],
    errors: &mut FormErrors,
) -> Option<String> {
    let v = input.get(name);
    if v.is_empty() {
        return None;
    }
    if v.len() <= MAX_CHOICE_LEN && allowed.contains(&v) {
        Some(v.to_owned())
    } else {
        errors.fields.insert(name.to_owned(), FieldError::Choice);
        None
    }
}

fn text(input: &FormInput, name: &str, max: usize, errors: &mut FormErrors) -> String {
    let v = input.get(name);
    if v.chars().count() > max {
        errors
            .fields
            .insert(name.to_owned(), FieldError::TooLong(max));
    }
    // Kept exactly as typed (any script, line breaks included); only
    // surrounding blank space is dropped.
    v.trim().to_owned()
}

impl Report {
    /// Validates a submitted form.
    pub fn from_input(input: &FormInput, language: &str) -> Result<Self, FormErrors> {
        let mut e = FormErrors::default();
        let limit = |n: &str| {
            TEXT_FIELDS
                .iter()
                .find(|(f, _)| *f == n)
                .map(|(_, m)| *m)
                .unwrap_or(0)
        };
        let mut r = Report {
            role: choice(input, "role", ROLES, &mut e),
            danger: choice(input, "danger", DANGER, &mut e),
            country: choice(input, "country", COMPOUND_COUNTRIES, &mut e),
            passports: choice(input, "passports", PASSPORTS, &mut e),
            consent: Consent {
                ngo: input.ticked("consent_ngo"),
                embassy: input.ticked("consent_embassy"),
                police: input.ticked("consent_police"),
            },
            language: language.to_owned(),
            files: Vec::new(),
            ..Report::default()
        };
        for (name, slot) in [
            ("country_other", &mut r.country_other),
            ("area", &mut r.area),
            ("compound", &mut r.compound),
            ("building", &mut r.building),
            ("location", &mut r.location),
            ("held_count", &mut r.held_count),
            ("held_nationalities", &mut r.held_nationalities),
            ("recruit_platform", &mut r.recruit_platform),
            ("recruit_ad", &mut r.recruit_ad),
            ("recruit_agent", &mut r.recruit_agent),
            ("details", &mut r.details),
            ("contact_method", &mut r.contact_method),
            ("contact_time", &mut r.contact_time),
        ] {
            *slot = text(input, name, limit(name), &mut e);
        }
        for i in 0..input.people_count() {
            let f = |n: &str| format!("p{i}_{n}");
            let plimit = |n: &str| {
                PERSON_FIELDS
                    .iter()
                    .find(|(f, _)| *f == n)
                    .map(|(_, m)| *m)
                    .unwrap_or(0)
            };
            let p = Person {
                name: text(input, &f("name"), plimit("name"), &mut e),
                age: text(input, &f("age"), plimit("age"), &mut e),
                nationality: choice(input, &f("nationality"), NATIONALITIES, &mut e),
                nationality_other: text(
                    input,
                    &f("nationality_other"),
                    plimit("nationality_other"),
                    &mut e,
                ),
                contact: text(input, &f("contact"), plimit("contact"), &mut e),
                last_contact: text(input, &f("last_contact"), plimit("last_contact"), &mut e),
            };
            if !p.is_empty() {
                r.people.push(p);
            }
        }
        r.coordinates = coords::parse(&r.location);
        let says_where = r.country.is_some()
            || !r.country_other.is_empty()
            || !r.area.is_empty()
            || !r.compound.is_empty()
            || !r.building.is_empty()
            || !r.location.is_empty();
        if !says_where && r.details.is_empty() {
            e.where_or_what = true;
        }
        if e.is_empty() { Ok(r) } else { Err(e) }
    }

    /// Whether the source said someone is in immediate danger.
    pub fn urgent(&self) -> bool {
        self.danger.as_deref() == Some("yes")
    }
}

/// Facts about a report that are not typed by the source.
pub struct Envelope<'a> {
    pub tip_id: &'a str,
    pub received_day: &'a str,
    pub source_fingerprint: &'a str,
    pub route: &'a str,
}

fn opt(s: &str) -> Value {
    if s.is_empty() {
        Value::Null
    } else {
        Value::String(s.to_owned())
    }
}

/// Schema version of the JSON part (`schema/report-v1.json`).
pub const SCHEMA_VERSION: u32 = 1;

impl Report {
    /// The JSON part, following `schema/report-v1.json`.
    pub fn to_json(&self, env: &Envelope) -> Value {
        json!({
            "schema_version": SCHEMA_VERSION,
            "tip_id": env.tip_id,
            "received_day": env.received_day,
            "form_language": self.language,
            "source_key_fingerprint": env.source_fingerprint,
            "route": env.route,
            "reporter_role": self.role,
            "immediate_danger": self.danger,
            "location": {
                "country": self.country,
                "country_other": opt(&self.country_other),
                "area": opt(&self.area),
                "compound": opt(&self.compound),
                "building": opt(&self.building),
                "coordinates_text": opt(&self.location),
                "lat": self.coordinates.map(|c| c.lat),
                "lon": self.coordinates.map(|c| c.lon),
            },
            "held": {
                "count": opt(&self.held_count),
                "nationalities": opt(&self.held_nationalities),
            },
            "people": self.people.iter().map(|p| json!({
                "name": opt(&p.name),
                "age": opt(&p.age),
                "nationality": p.nationality,
                "nationality_other": opt(&p.nationality_other),
                "contact": opt(&p.contact),
                "last_contact": opt(&p.last_contact),
            })).collect::<Vec<_>>(),
            "recruitment": {
                "platform": opt(&self.recruit_platform),
                "job_ad": opt(&self.recruit_ad),
                "agent": opt(&self.recruit_agent),
            },
            "passports_taken": self.passports,
            "details": opt(&self.details),
            "contact": {
                "method": opt(&self.contact_method),
                "safe_time": opt(&self.contact_time),
            },
            "consent": {
                "operator": true,
                "ngo": self.consent.ngo,
                "embassy": self.consent.embassy,
                "police": self.consent.police,
            },
            "files": self.files.iter().enumerate().map(|(i, f)| json!({
                "number": i + 1,
                "name": f.name,
                "media_type": f.media_type,
                "size": f.size,
                "sha256": f.sha256,
                "metadata": f.metadata,
            })).collect::<Vec<_>>(),
        })
    }

    /// The readable part, in English labels for responders; empty fields left out.
    pub fn to_text(&self, env: &Envelope) -> String {
        let mut s = String::with_capacity(2048 + self.details.len());
        push(&mut s, "Tipline report", env.tip_id);
        push(&mut s, "Received (UTC day)", env.received_day);
        push(&mut s, "Form language", &self.language);
        push(&mut s, "Route", env.route);
        push(&mut s, "Source key", env.source_fingerprint);
        push(
            &mut s,
            "Reporter",
            self.role.as_deref().map(role_label).unwrap_or(""),
        );
        push(
            &mut s,
            "Immediate danger",
            match self.danger.as_deref() {
                Some("yes") => "YES",
                Some("no") => "no",
                Some(_) => "unsure",
                None => "",
            },
        );
        s.push_str("\n== Where ==\n");
        push(
            &mut s,
            "Country",
            &self
                .country
                .as_deref()
                .map(country_label)
                .unwrap_or_default(),
        );
        push(&mut s, "Other country", &self.country_other);
        push(&mut s, "Town or area", &self.area);
        push(&mut s, "Compound or company", &self.compound);
        push(&mut s, "Buildings", &self.building);
        push(&mut s, "Coordinates or map link (as typed)", &self.location);
        if let Some(c) = self.coordinates {
            push(
                &mut s,
                "Coordinates (parsed)",
                &format!("{:.6}, {:.6}", c.lat, c.lon),
            );
        }
        s.push_str("\n== People held ==\n");
        push(&mut s, "How many", &self.held_count);
        push(&mut s, "Nationalities", &self.held_nationalities);
        s.push_str("\n== People in danger ==\n");
        for (i, p) in self.people.iter().enumerate() {
            s.push_str(&format!("-- Person {} --\n", i + 1));
            push(&mut s, "Name", &p.name);
            push(&mut s, "Age", &p.age);
            push(
                &mut s,
                "Nationality",
                &p.nationality
                    .as_deref()
                    .map(country_label)
                    .unwrap_or_default(),
            );
            push(&mut s, "Other nationality", &p.nationality_other);
            push(&mut s, "Phone or messaging", &p.contact);
            push(&mut s, "Last contact", &p.last_contact);
        }
        s.push_str("\n== Recruitment ==\n");
        push(&mut s, "Where the job was found", &self.recruit_platform);
        push(&mut s, "What the job offer promised", &self.recruit_ad);
        push(&mut s, "Agent or recruiter", &self.recruit_agent);
        push(
            &mut s,
            "Passports taken",
            self.passports.as_deref().unwrap_or(""),
        );
        s.push_str("\n== Details ==\n");
        s.push_str(&self.details);
        s.push_str("\n\n== Contacting the reporter ==\n");
        push(&mut s, "Safe way", &self.contact_method);
        push(&mut s, "Safe time", &self.contact_time);
        s.push_str("\n== Consent ==\n");
        let yn = |b: bool| if b { "yes" } else { "no" };
        push(&mut s, "Operator", "always");
        push(&mut s, "NGOs", yn(self.consent.ngo));
        push(&mut s, "Embassies", yn(self.consent.embassy));
        push(&mut s, "Police", yn(self.consent.police));
        s.push_str(&files_text(&self.files, 1));
        s
    }
}

/// The readable list of `files` (numbered from `first` on the tip page);
/// empty when there are none.
pub fn files_text(files: &[FileInfo], first: usize) -> String {
    if files.is_empty() {
        return String::new();
    }
    let mut s = format!("\n== Files ({}) ==\n{FILES_APART}\n", files.len());
    for (i, f) in files.iter().enumerate() {
        s.push_str(&format!(
            "{}. {} ({}, {} bytes)\n   SHA-256 {}\n   Photo metadata: {}\n",
            first + i,
            f.name,
            f.media_type,
            f.size,
            f.sha256,
            f.metadata_text()
        ));
    }
    s
}

fn push(s: &mut String, label: &str, v: &str) {
    if !v.is_empty() {
        s.push_str(label);
        s.push_str(": ");
        s.push_str(v);
        s.push('\n');
    }
}

pub fn role_label(r: &str) -> &'static str {
    match r {
        "inside" => "inside a compound now",
        "escaped" => "escaped or released",
        "family" => "family member or friend",
        _ => "other",
    }
}

/// English name of a country code used on the form, from CLDR
/// (`locales/en/countries.ftl`), with the code: "Myanmar (MM)".
pub fn country_label(code: &str) -> String {
    if code == "OTHER"
        || !NATIONALITIES
            .iter()
            .chain(COMPOUND_COUNTRIES)
            .any(|c| *c == code)
    {
        return "other".into();
    }
    let name = crate::i18n::Lang::EN.t(&format!("country-{code}"));
    format!("{name} ({code})")
}

/// Padding buckets for the MIME entity, in bytes: sizes between two
/// buckets seal to the same length, so length says little about content.
pub fn bucket(len: usize) -> usize {
    const KIB: usize = 1024;
    let mut b = 8 * KIB;
    while b < len && b < 1024 * KIB {
        b *= 2;
    }
    if b >= len {
        b
    } else {
        len.div_ceil(1024 * KIB) * 1024 * KIB
    }
}

/// Builds the MIME entity (multipart/mixed: text/plain + application/json)
/// and pads it to its bucket with an epilogue that MIME readers ignore.
/// Parts are sent as 8bit (or binary when a line is longer than RFC 2045
/// allows), so `gpg --decrypt` output is readable as it is.
pub fn mime_entity(text: &str, json: &Value, instance_cert: &[u8]) -> Vec<u8> {
    mime_entity_with_files(text, json, instance_cert, &[])
}

/// The sentence of [`files_text`] that says where the files are, and what
/// it says in an e-mail that carries them.
pub const FILES_APART: &str = "Sealed apart from this text: download each from the tip page.";
pub const FILES_IN_MAIL: &str =
    "Attached to this message (and on the tip page); each SHA-256 is of the attached file.";

/// As [`mime_entity`], with `files` (what the text lists, and the bytes)
/// as attachment parts after the others, base64 in lines of 76: the
/// entity a full-mode e-mail carries when the files are small enough.
pub fn mime_entity_with_files(
    text: &str,
    json: &Value,
    instance_cert: &[u8],
    files: &[(&FileInfo, &[u8])],
) -> Vec<u8> {
    let boundary = format!(
        "tipline-{}",
        crate::random::hex(&crate::random::bytes::<16>())
    );
    let json_text = serde_json::to_string_pretty(json).unwrap_or_default();
    let mut e = Vec::with_capacity(text.len() + json_text.len() + 1024);
    e.extend_from_slice(b"MIME-Version: 1.0\r\n");
    e.extend_from_slice(
        format!("Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n").as_bytes(),
    );
    e.extend_from_slice(b"This is a Tipline report in MIME format.\r\n");
    let cert_text = String::from_utf8_lossy(instance_cert);
    let mut parts = vec![
        ("text/plain; charset=utf-8", "inline", text),
        (
            "application/json; charset=utf-8",
            "attachment; filename=\"report.json\"",
            json_text.as_str(),
        ),
    ];
    // The instance's public key, so that a responder who pinned only its
    // fingerprint can check the signature (`tipline open
    // --instance-fingerprint`), and a mail client can import it.
    if !instance_cert.is_empty() {
        parts.push((
            "application/pgp-keys",
            "attachment; filename=\"tipline-instance.asc\"",
            &cert_text,
        ));
    }
    for (ctype, disposition, body) in parts {
        let body = crlf(body);
        let cte = if body.split("\r\n").any(|l| l.len() > 998) {
            "binary"
        } else {
            "8bit"
        };
        e.extend_from_slice(format!("--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\nContent-Disposition: {disposition}\r\n\r\n").as_bytes());
        e.extend_from_slice(body.as_bytes());
        e.extend_from_slice(b"\r\n");
    }
    for (info, bytes) in files {
        file_part(&mut e, &boundary, info, bytes);
    }
    e.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    pad(&mut e);
    e
}

/// One attached file: its declared type (only if it is a plain
/// `type/subtype`), its name (quoted when plain ASCII, else RFC 2231 and an
/// RFC 2047 word), base64.
fn file_part(e: &mut Vec<u8>, boundary: &str, info: &FileInfo, bytes: &[u8]) {
    use base64::Engine;
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&^_.+-".contains(&b))
    };
    let media_type = match info.media_type.split_once('/') {
        Some((t, sub)) if token(t) && token(sub) => info.media_type.to_ascii_lowercase(),
        _ => "application/octet-stream".to_owned(),
    };
    let plain = info
        .name
        .chars()
        .all(|c| c == ' ' || c.is_ascii_graphic() && c != '"' && c != '\\');
    let (name, filename) = if plain {
        let quoted = format!("\"{}\"", info.name);
        (quoted.clone(), format!("filename={quoted}"))
    } else {
        // RFC 2231 for the disposition (what current mail readers use);
        // an RFC 2047 word in the type's name for older ones.
        let mut pct = String::new();
        for b in info.name.bytes() {
            if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
                pct.push(char::from(b));
            } else {
                pct.push_str(&format!("%{b:02X}"));
            }
        }
        (
            format!(
                "\"=?utf-8?b?{}?=\"",
                base64::engine::general_purpose::STANDARD.encode(info.name.as_bytes())
            ),
            format!("filename*=utf-8''{pct}"),
        )
    };
    e.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Type: {media_type}; name={name}\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; {filename}\r\n\r\n"
        )
        .as_bytes(),
    );
    let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
    for line in b64.as_bytes().chunks(76) {
        e.extend_from_slice(line);
        e.extend_from_slice(b"\r\n");
    }
}

/// The parts of an entity made by [`mime_entity`] (or any simple
/// multipart/mixed): (content type, body) each; `None` if it is not one.
fn entity_part_list(entity: &[u8]) -> Option<Vec<(String, String)>> {
    let text = String::from_utf8_lossy(entity);
    let head_end = text.find("\r\n\r\n")?;
    let head = &text[..head_end];
    let b = head.find("boundary=\"")? + "boundary=\"".len();
    let boundary = &head[b..b + head[b..].find('"')?];
    let sep = format!("--{boundary}");
    let mut parts = Vec::new();
    for chunk in text[head_end..].split(sep.as_str()).skip(1) {
        if chunk.starts_with("--") {
            break;
        }
        let chunk = chunk.strip_prefix("\r\n").unwrap_or(chunk);
        let (headers, body) = chunk.split_once("\r\n\r\n")?;
        let ctype = headers
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-type:")
                    .map(|v| v.trim().to_owned())
            })
            .unwrap_or_default();
        parts.push((ctype, body.strip_suffix("\r\n").unwrap_or(body).to_owned()));
    }
    (!parts.is_empty()).then_some(parts)
}

/// The text part and the JSON part (if any) of a report entity; `None` if
/// the plaintext is not one (a note, a reply).
pub fn entity_parts(entity: &[u8]) -> Option<(String, Option<String>)> {
    let parts = entity_part_list(entity)?;
    let text = parts
        .iter()
        .find(|(t, _)| t.starts_with("text/plain"))?
        .1
        .clone();
    let json = parts
        .iter()
        .find(|(t, _)| t.starts_with("application/json"))
        .map(|(_, b)| b.clone());
    Some((text, json))
}

/// The instance certificate a report entity carries, if it carries one.
pub fn instance_cert_in(entity: &[u8]) -> Option<sequoia_openpgp::Cert> {
    use sequoia_openpgp::parse::Parse;
    let parts = entity_part_list(entity)?;
    let armored = &parts
        .iter()
        .find(|(t, _)| t.starts_with("application/pgp-keys"))?
        .1;
    sequoia_openpgp::Cert::from_bytes(armored.as_bytes()).ok()
}

/// MIME's canonical line ending.
pub(crate) fn crlf(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

fn pad(entity: &mut Vec<u8>) {
    let target = bucket(entity.len());
    let mut missing = target - entity.len();
    while missing > 0 {
        if missing >= 2 {
            let n = (missing - 2).min(74);
            entity.extend(std::iter::repeat_n(b' ', n));
            entity.extend_from_slice(b"\r\n");
            missing -= n + 2;
        } else {
            entity.push(b' ');
            missing -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn form(pairs: &[(&str, &str)]) -> FormInput {
        let mut f = FormInput::default();
        for (k, v) in pairs {
            f.set(k, (*v).to_owned());
        }
        f
    }

    #[test]
    fn attached_files_keep_their_names_and_bytes_and_inject_no_header() {
        use base64::Engine;
        let file = |name: &str, media_type: &str| FileInfo {
            name: name.into(),
            media_type: media_type.into(),
            size: 3,
            sha256: "0".repeat(64),
            metadata: "kept",
        };
        let plain = file("chat.txt", "text/plain");
        let odd = file(
            "a\"b\r\nX-Injected: 1 ကျ.bin",
            "text/plain\r\nX-Injected: 1",
        );
        let e = mime_entity_with_files(
            "the text",
            &serde_json::json!({}),
            b"",
            &[(&plain, b"abc"), (&odd, &[0, 255, 10])],
        );
        let e = String::from_utf8_lossy(&e).into_owned();
        assert!(e.contains("Content-Type: text/plain; name=\"chat.txt\"\r\n"));
        assert!(e.contains("Content-Disposition: attachment; filename=\"chat.txt\"\r\n"));
        assert!(e.contains("YWJj\r\n"), "base64 of the bytes");
        assert!(
            !e.lines().any(|l| l.starts_with("X-Injected")),
            "no line of a name or type becomes a header: {e}"
        );
        assert!(e.contains("Content-Type: application/octet-stream; name=\"=?utf-8?b?"));
        assert!(
            e.contains("filename*=utf-8''a%22b%0D%0AX-Injected%3A%201%20%E1%80%80%E1%80%BB.bin")
        );
        let b64 = base64::engine::general_purpose::STANDARD.encode([0u8, 255, 10]);
        assert!(e.contains(&format!("\r\n{b64}\r\n")));
        assert_eq!(e.len(), bucket(e.len()), "padded to its bucket");
    }

    #[test]
    fn strict_urlencoded_parsing() {
        let f = FormInput::parse_urlencoded(b"a=1+2&b=%E1%80%80&c").unwrap_or_default();
        assert_eq!(
            (f.get("a"), f.get("b"), f.get("c")),
            ("1 2", "\u{1000}", "")
        );
        assert_eq!(
            FormInput::parse_urlencoded(b"a=%FF").err(),
            Some(FormError::InvalidUtf8)
        );
        assert_eq!(
            FormInput::parse_urlencoded(b"a=1&a=2").err(),
            Some(FormError::Malformed)
        );
    }

    #[test]
    fn text_bytes_counts_what_is_sealed() {
        let small = Report::from_input(&form(&[("details", "x")]), "en")
            .unwrap_or_else(|_| panic!("refused"));
        let burmese = "ကခဂ".repeat(1000);
        let big = Report::from_input(
            &form(&[("details", &burmese), ("area", "Shwe Kokko")]),
            "en",
        )
        .unwrap_or_else(|_| panic!("refused"));
        assert_eq!(small.text_bytes(), 1);
        assert_eq!(big.text_bytes(), burmese.len() + "Shwe Kokko".len());
    }

    #[test]
    fn needs_where_or_what() {
        assert!(
            Report::from_input(&form(&[]), "en")
                .err()
                .is_some_and(|e| e.where_or_what)
        );
        assert!(Report::from_input(&form(&[("details", "x")]), "en").is_ok());
        assert!(Report::from_input(&form(&[("country", "KH")]), "en").is_ok());
    }

    #[test]
    fn limits_are_in_characters() {
        let burmese = "\u{1000}".repeat(200); // 200 characters, 600 bytes
        assert!(Report::from_input(&form(&[("area", &burmese)]), "my").is_ok());
        let e = Report::from_input(&form(&[("area", &"\u{1000}".repeat(201))]), "my")
            .err()
            .unwrap_or_default();
        assert_eq!(e.fields.get("area"), Some(&FieldError::TooLong(200)));
    }

    #[test]
    fn bad_choice_is_a_field_error() {
        let e = Report::from_input(&form(&[("details", "x"), ("role", "boss")]), "en")
            .err()
            .unwrap_or_default();
        assert_eq!(e.fields.get("role"), Some(&FieldError::Choice));
    }

    #[test]
    fn people_blocks_skip_empty_ones() {
        let r = Report::from_input(
            &form(&[
                ("details", "x"),
                ("people_count", "3"),
                ("p0_name", "A"),
                ("p2_nationality", "KE"),
            ]),
            "en",
        )
        .unwrap_or_default();
        assert_eq!(r.people.len(), 2);
        assert_eq!(r.people[1].nationality.as_deref(), Some("KE"));
    }

    #[test]
    fn debug_hides_content() {
        let r = Report::from_input(&form(&[("details", "secret")]), "en").unwrap_or_default();
        assert_eq!(
            format!("{r:?} {:?}", form(&[("details", "secret")])),
            "Report FormInput"
        );
    }

    #[test]
    fn body_limit_covers_nine_bytes_per_character() {
        let chars: usize = TEXT_FIELDS.iter().map(|(_, n)| n).sum::<usize>()
            + MAX_PEOPLE * PERSON_FIELDS.iter().map(|(_, n)| n).sum::<usize>();
        assert!(max_body_bytes() >= 9 * chars);
    }

    proptest! {
        #[test]
        fn padding_hits_the_bucket(len in 0usize..3_000_000) {
            let mut v = vec![b'x'; len];
            pad(&mut v);
            prop_assert_eq!(v.len(), bucket(len));
            prop_assert!(v.len() >= len);
        }

        #[test]
        fn any_text_round_trips(s in "\\PC{1,300}") {
            let r = Report::from_input(&form(&[("details", &s)]), "en");
            if !s.trim().is_empty() {
                prop_assert_eq!(r.map(|r| r.details).unwrap_or_default(), s.trim().to_owned());
            }
        }
    }
}
