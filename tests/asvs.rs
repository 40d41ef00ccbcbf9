//! OWASP ASVS rows that the code meets and no other test checked, each
//! against the real binary on SQLite and PostgreSQL, over HTTP as a
//! browser (or a hand-written request) would send it: escaping and URL
//! encoding on the source pages and the inbox, SQL-looking input, the
//! order of invitation steps, the source cookie and HSTS under an https
//! address, the policy, charset and logout of every page, request
//! smuggling, the key upload limit, password fields and exact, long
//! passwords, the signature hash, TRACE, secrets kept out of URLs, UTC
//! times and the argon2id queue. docs/SECURITY.md §2 names the row of
//! each test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use sequoia_openpgp as openpgp;
use std::collections::{HashSet, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tipline::clock::{Clock, ManualClock};

const PASSWORD: &str = "ferry quartz mango ladder";

// ---------------------------------------------------------------- helpers

/// Whether a response is an HTML page.
fn is_html(r: &Resp) -> bool {
    r.header("content-type")
        .is_some_and(|c| c.starts_with("text/html"))
}

/// The values of the `attrs` attributes in a page, unescaped.
fn attributes(html: &str, attrs: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for attr in attrs {
        for part in html.split(&format!(" {attr}=\"")).skip(1) {
            if let Some(end) = part.find('"') {
                out.push(unescape(&part[..end]));
            }
        }
    }
    out
}

/// Links a browser follows by itself or on a click.
fn links(html: &str) -> Vec<String> {
    attributes(html, &["href", "src"])
}

/// Every URL a page names: links, form targets, and the query the reader
/// appends to its requests.
fn urls(html: &str) -> Vec<String> {
    attributes(html, &["href", "src", "action", "formaction", "data-query"])
}

/// The path on this server a link from `from` leads to, if it stays here.
fn local_path(from: &str, url: &str) -> Option<String> {
    let url = url.split('#').next().unwrap_or("");
    if url.is_empty() || url.contains("://") || url.starts_with("//") {
        return None;
    }
    if let Some(q) = url.strip_prefix('?') {
        let base = from.split('?').next().unwrap_or(from);
        return Some(format!("{base}?{q}"));
    }
    url.starts_with('/').then(|| url.to_owned())
}

/// Every page and file `b` reaches from `start` by following links (GET
/// only; no GET changes anything but a download's audit entry), each once.
fn crawl(b: &mut Browser, start: &[String]) -> Vec<(String, Resp)> {
    let mut queue: VecDeque<String> = start.iter().cloned().collect();
    let mut seen: HashSet<String> = queue.iter().cloned().collect();
    let mut out = Vec::new();
    while let Some(path) = queue.pop_front() {
        let r = b.get(&path);
        if is_html(&r) {
            for url in links(&r.body) {
                if let Some(next) = local_path(&path, &url)
                    && seen.insert(next.clone())
                {
                    queue.push_back(next);
                }
            }
        }
        out.push((path, r));
        assert!(out.len() < 500, "the crawl does not end");
    }
    out
}

/// Asserts that the crawl reached each of `paths` (so that a check over
/// its pages cannot pass by visiting none).
fn reached(pages: &[(String, Resp)], paths: &[&str]) {
    for p in paths {
        assert!(
            pages
                .iter()
                .any(|(path, r)| path.starts_with(p) && r.status == 200),
            "the crawl did not reach {p}: {:?}",
            pages.iter().map(|(p, _)| p).collect::<Vec<_>>()
        );
    }
}

/// Sends `request` on a connection of its own, exactly as written, and
/// reads until the server closes it (or 5 s pass without a byte).
fn raw(port: u16, request: &[u8]) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(request).unwrap();
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    while let Ok(n) = s.read(&mut buf) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The `<input>` tags of a page, as written.
fn input_tags(html: &str) -> Vec<String> {
    html.split("<input")
        .skip(1)
        .map(|t| format!("<input{}", &t[..=t.find('>').unwrap()]))
        .collect()
}

/// An attribute of one tag.
fn attr(tag: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let i = tag.find(&needle)? + needle.len();
    Some(unescape(&tag[i..i + tag[i..].find('"')?]))
}

/// The forms of a page: method (lower case; GET when none is given) and
/// the names of the fields inside.
fn forms(html: &str) -> Vec<(String, Vec<String>)> {
    html.split("<form")
        .skip(1)
        .map(|f| {
            let tag = &f[..f.find('>').unwrap_or(f.len())];
            let method = attr(tag, "method")
                .unwrap_or_else(|| "get".into())
                .to_ascii_lowercase();
            let inner = &f[..f.find("</form>").unwrap_or(f.len())];
            (method, attributes(inner, &["name"]))
        })
        .collect()
}

/// The plaintext of a sealed message (armored or binary), opened with
/// `secret`, and the hash algorithm of each signature on it that the
/// instance key makes good.
fn open_and_check_signatures(
    secret: &openpgp::Cert,
    instance: &openpgp::Cert,
    msg: &[u8],
) -> (Vec<u8>, Vec<openpgp::types::HashAlgorithm>) {
    use openpgp::parse::Parse;
    use openpgp::parse::stream::{
        DecryptionHelper, DecryptorBuilder, MessageLayer, MessageStructure, VerificationHelper,
    };
    struct H<'a> {
        secret: &'a openpgp::Cert,
        instance: &'a openpgp::Cert,
        good: Vec<openpgp::types::HashAlgorithm>,
    }
    impl VerificationHelper for H<'_> {
        fn get_certs(&mut self, _: &[openpgp::KeyHandle]) -> openpgp::Result<Vec<openpgp::Cert>> {
            Ok(vec![self.instance.clone()])
        }
        fn check(&mut self, structure: MessageStructure) -> openpgp::Result<()> {
            for layer in structure {
                if let MessageLayer::SignatureGroup { results } = layer {
                    for r in results.into_iter().flatten() {
                        if r.ka.cert().fingerprint() == self.instance.fingerprint() {
                            self.good.push(r.sig.hash_algo());
                        }
                    }
                }
            }
            Ok(())
        }
    }
    impl DecryptionHelper for H<'_> {
        fn decrypt(
            &mut self,
            pkesks: &[openpgp::packet::PKESK],
            _: &[openpgp::packet::SKESK],
            sym: Option<openpgp::types::SymmetricAlgorithm>,
            decrypt: &mut dyn FnMut(
                Option<openpgp::types::SymmetricAlgorithm>,
                &openpgp::crypto::SessionKey,
            ) -> bool,
        ) -> openpgp::Result<Option<openpgp::Cert>> {
            open_session_key(self.secret, pkesks, sym, decrypt)
        }
    }
    let p = openpgp::policy::StandardPolicy::new();
    let helper = H {
        secret,
        instance,
        good: Vec::new(),
    };
    let mut d = DecryptorBuilder::from_bytes(msg)
        .unwrap()
        .with_policy(&p, None, helper)
        .unwrap();
    let mut plain = Vec::new();
    std::io::Read::read_to_end(&mut d, &mut plain).unwrap();
    let good = std::mem::take(&mut d.helper_mut().good);
    (plain, good)
}

/// The JSON part of a decrypted report.
fn report_json(plain: &[u8]) -> serde_json::Value {
    let text = String::from_utf8(plain.to_vec()).unwrap();
    let start = text.find("\r\n{").unwrap();
    let end = text.rfind('}').unwrap();
    serde_json::from_str(&text[start..=end]).unwrap()
}

/// Every string in a JSON value.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// Every free-text field of the report form, with its limit: the form's
/// own fields and those of two person blocks.
fn text_fields() -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = tipline::report::TEXT_FIELDS
        .iter()
        .map(|(f, n)| ((*f).to_owned(), *n))
        .collect();
    for i in 0..2 {
        for (f, n) in tipline::report::PERSON_FIELDS {
            out.push((format!("p{i}_{f}"), *n));
        }
    }
    out
}

/// A desk with a signed-in member and admin, one report with a note, a
/// reply, a label and what the source added, and the source signed in.
struct Site {
    inst: Instance,
    server: Server,
    key: Responder,
    member: Browser,
    member_enrolled: Enrolled,
    admin: Browser,
    admin_enrolled: Enrolled,
    /// `/responder/tips/{tip}/{team}`.
    tip: String,
    codename: String,
    source: Browser,
    /// The source's follow-up page after the codename matched.
    source_page: Resp,
    receipt: Resp,
}

impl Site {
    fn new(backend: Backend) -> Self {
        let (inst, mut rs) = Instance::with_desk(backend, &["kyaw"]);
        let key = rs.remove(0);
        let server = inst.serve(&[]);
        let (mut member, member_enrolled) = sign_in_responder(
            &inst,
            &server,
            PASSWORD,
            "kyaw@example.org",
            &key.fingerprint,
        );
        let (admin, admin_enrolled) =
            sign_in(&inst, &server, PASSWORD, &["--email", "boss@example.org"]);
        let receipt = server.report(&[("details", "a report to look at"), ("danger", "yes")]);
        assert_eq!(receipt.status, 200, "{}", receipt.body);
        let codename = codename_of(&receipt.body);
        let inbox = member.get("/responder/inbox").body;
        let tip = format!(
            "/responder/tips/{}",
            between(&inbox, "href=\"/responder/tips/", "\"")
        );
        let csrf = hidden(&member.get(&tip).body, "csrf");
        for (action, field, text) in [
            ("note", "note", "called the embassy"),
            ("reply", "reply", "can you tell us more?"),
            ("label-add", "label", "follow up"),
        ] {
            let r = member.post(&tip, &[("csrf", &csrf), ("action", action), (field, text)]);
            assert_eq!(r.status, 303, "{action}: {}", r.body);
        }
        let mut source = Browser::new(&server.url(""));
        let token = hidden(&source.get("/followup").body, "token");
        let page = source.post("/followup", &[("token", &token), ("codename", &codename)]);
        assert_eq!(page.status, 200, "{}", page.body);
        let r = source.post(
            "/followup/add",
            &[
                ("csrf", &hidden(&page.body, "csrf")),
                ("info", "it is building 7"),
            ],
        );
        assert_eq!(r.status, 200, "{}", r.body);
        Self {
            inst,
            server,
            key,
            member,
            member_enrolled,
            admin,
            admin_enrolled,
            tip,
            codename,
            source,
            source_page: page,
            receipt,
        }
    }

    /// What a responder reaches from the dashboard, and what the reader
    /// fetches by script.
    fn member_pages(&mut self) -> Vec<(String, Resp)> {
        let mut start = vec![
            "/responder/".to_owned(),
            "/responder/reader/tips.json".to_owned(),
            "/responder/reader/instance.asc".to_owned(),
            self.tip
                .replace("/responder/tips/", "/responder/reader/tip/"),
            "/static/openpgp.min.mjs".to_owned(),
            "/static/openpgp.LICENSE.txt".to_owned(),
        ];
        for m in ["app.js", "mime.js", "group.js", "export.js", "render.js"] {
            start.push(format!("/static/reader/{m}"));
        }
        let pages = crawl(&mut self.member, &start);
        let tip_files: Vec<String> = ["/tip.asc", "/tip.eml", "/notes/", "/messages/"]
            .iter()
            .map(|f| format!("{}{f}", self.tip))
            .collect();
        let mut must: Vec<&str> = vec![
            "/responder/inbox",
            "/responder/reader",
            "/static/style.css",
            &self.tip,
        ];
        must.extend(tip_files.iter().map(String::as_str));
        reached(&pages, &must);
        pages
    }

    /// What an admin reaches from the dashboard.
    fn admin_pages(&mut self) -> Vec<(String, Resp)> {
        let pages = crawl(&mut self.admin, &["/responder/".to_owned()]);
        reached(
            &pages,
            &[
                "/admin/",
                "/admin/audit",
                "/admin/audit.csv",
                "/admin/responders/",
                "/admin/routes",
                "/admin/routes/new",
            ],
        );
        assert!(
            pages.iter().any(|(p, _)| p.starts_with("/admin/routes/")
                && p != "/admin/routes/new"
                && !p.contains('?')),
            "a route's own page"
        );
        pages
    }

    /// What a source and a stranger reach without signing in: the source
    /// pages in every language, and the staff login page.
    fn public_pages(&self) -> Vec<(String, Resp)> {
        let mut anon = Browser::new(&self.server.url(""));
        let pages = crawl(
            &mut anon,
            &[
                "/".to_owned(),
                "/followup".to_owned(),
                "/responder/login".to_owned(),
                "/favicon.ico".to_owned(),
            ],
        );
        reached(
            &pages,
            &[
                "/?lang=my",
                "/safety?lang=th",
                "/followup?lang=zh-Hans",
                "/responder/login?lang=fr",
                "/static/style.css",
                "/static/leave.js",
            ],
        );
        pages
    }

    /// Staff pages that answer a POST (a form's result), each as a
    /// signed-in account sees it.
    fn staff_results(&mut self) -> Vec<(String, Resp)> {
        let csrf = hidden(&self.member.get(&self.tip).body, "csrf");
        let admin_csrf = hidden(&self.admin.get("/responder/").body, "csrf");
        let mut out = Vec::new();
        let m = &mut self.member;
        out.push((
            "a refused label (tip page, 422)".to_owned(),
            m.post(
                &self.tip,
                &[
                    ("csrf", &csrf),
                    ("action", "label-add"),
                    ("label", &"x".repeat(41)),
                ],
            ),
        ));
        out.push((
            "a new authenticator (factor page)".to_owned(),
            m.post(
                "/responder/totp",
                &[("csrf", &csrf), ("action", "begin"), ("current", PASSWORD)],
            ),
        ));
        out.push((
            "a wrong current password (dashboard, 422)".to_owned(),
            m.post(
                "/responder/password",
                &[
                    ("csrf", &csrf),
                    ("current", "not the password"),
                    ("password", "x"),
                    ("password2", "x"),
                ],
            ),
        ));
        out.push((
            "a language chosen (dashboard)".to_owned(),
            m.post(
                "/responder/language",
                &[("csrf", &csrf), ("language", "en")],
            ),
        ));
        out.push((
            "log out everywhere else (dashboard)".to_owned(),
            m.post("/responder/logout-everywhere", &[("csrf", &csrf)]),
        ));
        out.push((
            "an invitation sent (admin)".to_owned(),
            self.admin.post(
                "/admin/invite",
                &[
                    ("csrf", &admin_csrf),
                    ("email", "later@example.org"),
                    ("role", "admin"),
                ],
            ),
        ));
        for (what, r) in &out {
            assert!(
                matches!(r.status, 200 | 422),
                "{what}: {} {}",
                r.status,
                r.body
            );
        }
        out
    }

    /// Refusals and errors, and answers that are not pages.
    fn refusals(&mut self) -> Vec<(String, Resp)> {
        let s = &self.server;
        let mut out = vec![
            ("404".to_owned(), s.get("/nope")),
            (
                "a dead invitation".to_owned(),
                s.get("/responder/invite/nosuchlink"),
            ),
            ("anonymous on a staff page".to_owned(), s.get("/responder/")),
            (
                "too large".to_owned(),
                s.post_raw(
                    "/report",
                    FORM,
                    &vec![b'a'; tipline::report::max_body_bytes() + 10],
                    &[("Sec-Fetch-Site", "same-origin")],
                ),
            ),
            (
                "a forged token".to_owned(),
                s.post_form("/report", &[("token", "forged"), ("details", "x")]),
            ),
            (
                "a bad choice".to_owned(),
                s.report(&[("role", "nobody"), ("details", "x")]),
            ),
            (
                "an unknown codename".to_owned(),
                s.post_form(
                    "/followup",
                    &[
                        ("token", &hidden(&s.get("/followup").body, "token")),
                        ("codename", "no such words at all"),
                    ],
                ),
            ),
            (
                "an addition without a session".to_owned(),
                s.post_form("/followup/add", &[("csrf", "x"), ("info", "late")]),
            ),
        ];
        let mut stranger = Browser::new(&s.url(""));
        out.push((
            "a failed login".to_owned(),
            login(&mut stranger, "nobody@example.org", "not it", "123456"),
        ));
        let zero = "00000000-0000-0000-0000-000000000000";
        out.push((
            "a responder on an admin page".to_owned(),
            self.member.get("/admin/"),
        ));
        out.push((
            "a missing tip".to_owned(),
            self.member.get(&format!("/responder/tips/{zero}/{zero}")),
        ));
        out.push((
            "a bad query string".to_owned(),
            self.member.get("/responder/inbox?label=%FF"),
        ));
        let csrf = hidden(&self.member.get(&self.tip).body, "csrf");
        out.push((
            "the reader's refused reply (JSON)".to_owned(),
            self.member.post_body(
                &self.tip,
                FORM,
                encode(&[("csrf", &csrf), ("action", "reply"), ("reply", "")]).as_bytes(),
                &[
                    ("Sec-Fetch-Site", "same-origin"),
                    ("Accept", "application/json"),
                ],
            ),
        ));
        out
    }
}

/// Every response of a [`Site`] the checks over "every page" look at.
fn every_response(site: &mut Site) -> Vec<(String, Resp)> {
    let mut all = site.public_pages();
    all.extend(site.member_pages());
    all.extend(site.admin_pages());
    all.extend(site.staff_results());
    all.extend(site.refusals());
    all.push((
        "receipt".to_owned(),
        std::mem::replace(&mut site.receipt, empty()),
    ));
    all.push((
        "follow-up, signed in".to_owned(),
        std::mem::replace(&mut site.source_page, empty()),
    ));
    all
}

fn empty() -> Resp {
    Resp {
        status: 0,
        headers: Default::default(),
        body: String::new(),
    }
}

// ---------------------------------------------------------------- V1

/// Markup marked with `field` that runs script or changes the page if it
/// reaches a page as markup; shorter for fields that take little.
fn markup(field: &str, max: usize) -> String {
    let long = format!("<i>{field}</i><script>{field}()</script>\"'><img src=x onerror={field}()>");
    if long.chars().count() <= max {
        long
    } else {
        format!("<i>{field}</i>\"'")
    }
}

/// Whether `page` shows the markup of `field` as text.
fn shows(page: &str, field: &str) -> bool {
    page.contains(&format!("&#60;i&#62;{field}")) || page.contains(&format!("&lt;i&gt;{field}"))
}

/// No markup of `fields` reached `page` as markup, and no script but the
/// instance's own "Leave now" key.
fn inert(what: &str, page: &str, fields: &[String]) {
    for f in fields {
        assert!(
            !page.contains(&format!("<i>{f}")),
            "{what}: {f}'s markup is live:\n{page}"
        );
    }
    let page = page.replacen("<script src=\"/static/leave.js\" defer></script>", "", 1);
    assert!(!page.contains("<script"), "{what}: a script:\n{page}");
    assert!(!page.contains("<img src=x"), "{what}: an image:\n{page}");
}

/// 1.2.1: what a source types in every field of the form comes back as
/// text on the page that asks them to fix it and after "add a person";
/// replies and what they add on the follow-up page are text too.
fn source_pages_show_typed_markup_as_text(backend: Backend) {
    let (inst, mut rs) = Instance::with_desk(backend, &["kyaw"]);
    let key = rs.remove(0);
    let s = inst.serve(&[]);
    let fields = text_fields();
    let names: Vec<String> = fields.iter().map(|(f, _)| f.clone()).collect();
    let typed: Vec<(String, String)> = fields
        .iter()
        .map(|(f, n)| (f.clone(), markup(f, *n)))
        .chain([
            ("people_count".to_owned(), "2".to_owned()),
            ("lang".to_owned(), markup("lang", 100)),
            ("country".to_owned(), markup("country", 100)),
            ("p0_nationality".to_owned(), markup("nationality", 100)),
        ])
        .collect();
    let as_fields = |extra: &[(&'static str, String)]| -> Vec<(String, String)> {
        let mut all = typed.clone();
        all.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
        all
    };
    let send = |all: &[(String, String)]| {
        let f: Vec<(&str, &str)> = all.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        s.report(&f)
    };

    // A choice that is not one: the form comes back with everything typed.
    let refused = send(&as_fields(&[("role", markup("role", 100))]));
    assert_eq!(refused.status, 422, "{}", refused.body);
    inert("the refused form", &refused.body, &names);
    for f in &names {
        assert!(
            shows(&refused.body, f),
            "the refused form shows {f} as text"
        );
    }
    for f in ["role", "lang", "country", "nationality"] {
        assert!(!refused.body.contains(&format!("<i>{f}")), "{f} as markup");
    }
    // "Add another person" shows the form again, without JavaScript.
    let token = s.token();
    let mut more = vec![
        ("token".to_owned(), token),
        ("action".to_owned(), "add_person".to_owned()),
    ];
    more.extend(typed.iter().cloned());
    let f: Vec<(&str, &str)> = more.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let added = s.post_form("/report", &f);
    assert_eq!(added.status, 200, "{}", added.body);
    assert!(added.body.contains("name=\"p2_name\""), "a third person");
    inert("add a person", &added.body, &names);
    for f in &names {
        assert!(shows(&added.body, f), "add a person shows {f} as text");
    }

    // Sent as a report: the receipt shows none of it, the report keeps it all.
    let sent: Vec<(String, String)> = typed
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "country" | "p0_nationality" | "lang"))
        .cloned()
        .collect();
    let receipt = send(&sent);
    assert_eq!(receipt.status, 200, "{}", receipt.body);
    inert("the receipt", &receipt.body, &names);
    let codename = codename_of(&receipt.body);

    // A reply with markup, read by the source.
    let (mut member, _) =
        sign_in_responder(&inst, &s, PASSWORD, "kyaw@example.org", &key.fingerprint);
    let inbox = member.get("/responder/inbox").body;
    let tip = format!(
        "/responder/tips/{}",
        between(&inbox, "href=\"/responder/tips/", "\"")
    );
    let csrf = hidden(&member.get(&tip).body, "csrf");
    let r = member.post(
        &tip,
        &[
            ("csrf", &csrf),
            ("action", "reply"),
            ("reply", &markup("reply", 1000)),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let mut src = Browser::new(&s.url(""));
    let token = hidden(&src.get("/followup").body, "token");
    let hit = src.post("/followup", &[("token", &token), ("codename", &codename)]);
    assert_eq!(hit.status, 200, "{}", hit.body);
    let reply = ["reply".to_owned()];
    inert("the replies", &hit.body, &reply);
    assert!(shows(&hit.body, "reply"), "the reply is shown, as text");

    // An addition refused as too long comes back in the form, as text.
    let csrf = hidden(&hit.body, "csrf");
    let long = format!(
        "{}{}",
        markup("info", 1000),
        "x".repeat(tipline::conversation::MAX_CHARS)
    );
    let r = src.post("/followup/add", &[("csrf", &csrf), ("info", &long)]);
    assert_eq!(r.status, 422, "{}", r.body);
    inert("the refused addition", &r.body, &["info".to_owned()]);
    assert!(shows(&r.body, "info"), "what was typed comes back");
    // After logging out, what was being added comes back too.
    assert_eq!(src.post("/followup/logout", &[("csrf", &csrf)]).status, 200);
    let r = src.post(
        "/followup/add",
        &[("csrf", &csrf), ("info", &markup("late", 1000))],
    );
    assert_eq!(r.status, 401, "{}", r.body);
    inert("the ended session", &r.body, &["late".to_owned()]);
    assert!(shows(&r.body, "late"), "what was typed comes back");
    // A codename that is markup is not shown at all.
    let token = hidden(&r.body, "token");
    let miss = src.post(
        "/followup",
        &[("token", &token), ("codename", &markup("codename", 200))],
    );
    assert_eq!(miss.status, 422);
    inert("an unknown codename", &miss.body, &["codename".to_owned()]);
}

/// A label with every character that means something in a URL.
const RESERVED_LABEL: &str = "a&b=c #d?e/f%g+h;i'j\"k";

/// 1.2.2: a filter value with reserved characters survives the inbox
/// pager's links and the reader's link back to the inbox: each leads to
/// the same filter, and the tip with that label.
fn filter_values_stay_whole_in_links(backend: Backend) {
    let mut site = Site::new(backend);
    let csrf = hidden(&site.member.get(&site.tip).body, "csrf");
    let r = site.member.post(
        &site.tip,
        &[
            ("csrf", &csrf),
            ("action", "label-add"),
            ("label", RESERVED_LABEL),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let encoded = encode(&[("label", RESERVED_LABEL)]);
    // Page 2 links back to page 1 with the filter.
    let page = site
        .member
        .get(&format!("/responder/inbox?{encoded}&page=2"));
    assert_eq!(page.status, 200, "{}", page.body);
    let end = page.body.find("\" rel=\"prev\"").expect("a link to page 1");
    let start = page.body[..end].rfind("href=\"").unwrap() + "href=\"".len();
    let prev = unescape(&page.body[start..end]);
    assert!(
        prev.contains(&format!("{encoded}&page=1")),
        "the label percent-encoded in {prev}"
    );
    lands_on_the_filter(&mut site.member, &site.tip, "the pager", &prev);
    // The reader keeps the filter, and links back to the inbox with it.
    let reader = site.member.get(&format!("/responder/reader?{encoded}"));
    assert_eq!(reader.status, 200);
    let query = attributes(&reader.body, &["data-query"]);
    assert_eq!(query, [format!("?{encoded}")], "the reader's own requests");
    let back = attributes(&reader.body, &["href"])
        .into_iter()
        .find(|h| h.starts_with("/responder/inbox?"))
        .unwrap();
    lands_on_the_filter(&mut site.member, &site.tip, "the reader", &back);
}

/// Follows an inbox link and checks that it kept the filter: the label
/// field holds [`RESERVED_LABEL`], and the tip that carries it is listed.
fn lands_on_the_filter(b: &mut Browser, tip: &str, what: &str, link: &str) {
    assert!(link.starts_with("/responder/inbox?"), "{what}: {link}");
    let page = b.get(link);
    assert_eq!(page.status, 200, "{what}: {link}");
    let input = input_tags(&page.body)
        .into_iter()
        .find(|t| t.contains("name=\"label\""))
        .unwrap();
    assert_eq!(
        attr(&input, "value").as_deref(),
        Some(RESERVED_LABEL),
        "{what}: {link}"
    );
    assert!(
        page.body.contains(&format!("href=\"{tip}\"")),
        "{what}: {link} lists the tip"
    );
}

/// SQL that would change a statement if it were spliced into one, marked
/// with `field`, no longer than `max`.
fn sql(field: &str, max: usize) -> String {
    let forms = [
        format!("{field}'); DROP TABLE tips; --"),
        format!("{field}\" OR 1=1 --"),
        format!("{field}' OR '1'='1"),
        format!("{field}'; DELETE FROM sources WHERE 'a'='a"),
        format!("{field}\\'; SELECT pg_sleep(5); --"),
    ];
    let i = field.len() % forms.len();
    forms
        .into_iter()
        .cycle()
        .skip(i)
        .take(5)
        .find(|f| f.chars().count() <= max)
        .unwrap()
}

/// 1.2.4: SQL in every field a source types, and in the names admins
/// give, is kept as text: the report decrypts to it, the tables are all
/// there, and a label filter that is SQL matches only that label.
fn sql_looking_input_is_stored_as_text(backend: Backend) {
    let inst = Instance::new(backend);
    let team = "Desk'); DROP TABLE tips; --";
    let route = "All' OR '1'='1";
    let name = "Robert\"); DELETE FROM responders; --";
    inst.ok(&["team", "add", team, "--kind", "operator"]);
    let key = Responder::generate("kyaw");
    let file = inst.write("kyaw.asc", key.public.as_bytes());
    inst.ok(&[
        "responder",
        "add",
        "--team",
        team,
        "--name",
        name,
        "--email",
        "kyaw@example.org",
        "--key",
        &file,
    ]);
    inst.ok(&["responder", "vet", &key.fingerprint]);
    inst.ok(&["route", "add", "--name", route, "--team", team, "--default"]);
    let s = inst.serve(&[]);
    assert_eq!(s.report(&[("details", "an ordinary report")]).status, 200);

    let typed: Vec<(String, String)> = text_fields()
        .into_iter()
        .map(|(f, n)| {
            let v = sql(&f, n);
            (f, v)
        })
        .collect();
    let mut fields: Vec<(&str, &str)> = typed
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    fields.push(("people_count", "2"));
    let r = s.report(&fields);
    assert_eq!(r.status, 200, "{}", r.body);
    let codename = codename_of(&r.body);

    // The report holds every value exactly as typed.
    let ids = tip_ids(&inst);
    assert_eq!(ids.len(), 2, "both reports stored");
    let opened: Vec<Vec<String>> = ids
        .iter()
        .map(|id| {
            let sealed = inst.ok(&["tip", "export", id]);
            let mut all = Vec::new();
            strings(
                &report_json(&decrypt_in_process(&key.cert, sealed.as_bytes())),
                &mut all,
            );
            all
        })
        .collect();
    let values = opened
        .iter()
        .find(|v| v.iter().any(|s| s == &typed[0].1))
        .expect("the report with SQL in it");
    for (f, v) in &typed {
        assert!(
            values.contains(v),
            "{f}: {v:?} not in the report: {values:?}"
        );
    }
    assert!(values.iter().any(|v| v == route), "the route's name");

    // A codename that is SQL is just not recognised; the right one opens.
    let mut src = Browser::new(&s.url(""));
    let token = hidden(&src.get("/followup").body, "token");
    let miss = src.post(
        "/followup",
        &[("token", &token), ("codename", "' OR '1'='1' --")],
    );
    assert_eq!(miss.status, 422, "{}", miss.body);
    let hit = src.post("/followup", &[("token", &token), ("codename", &codename)]);
    assert_eq!(hit.status, 200, "{}", hit.body);
    let added = sql("info", 1000);
    let r = src.post(
        "/followup/add",
        &[("csrf", &hidden(&hit.body, "csrf")), ("info", &added)],
    );
    assert_eq!(r.status, 200, "{}", r.body);

    // The responder reads both reports; a label filter that is SQL
    // matches the one label it is, nothing else.
    let (mut member, _) =
        sign_in_responder(&inst, &s, PASSWORD, "kyaw@example.org", &key.fingerprint);
    let tips = |b: &mut Browser, query: &str| -> Vec<String> {
        let page = b.get(&format!("/responder/inbox{query}"));
        assert_eq!(page.status, 200, "{query}: {}", page.body);
        page.body
            .split("href=\"/responder/tips/")
            .skip(1)
            .map(|p| p[..p.find('"').unwrap()].to_owned())
            .collect()
    };
    let all = tips(&mut member, "");
    assert_eq!(all.len(), 2);
    // The route's name, stored with each tip, reads back as typed.
    let inbox = unescape(&member.get("/responder/inbox").body);
    assert_eq!(
        inbox.matches(&format!("<td>{route}</td>")).count(),
        2,
        "{inbox}"
    );
    let tip = format!("/responder/tips/{}", all[0]);
    let page = member.get(&tip);
    assert!(
        page.body.contains("Desk&#39;); DROP TABLE tips; --")
            || page.body.contains("Desk&#x27;); DROP TABLE tips; --"),
        "the team's name as typed"
    );
    let label = "x' OR '1'='1";
    let csrf = hidden(&page.body, "csrf");
    let r = member.post(
        &tip,
        &[("csrf", &csrf), ("action", "label-add"), ("label", label)],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let only = tips(&mut member, &format!("?{}", encode(&[("label", label)])));
    assert_eq!(only, [all[0].clone()], "the labelled tip alone");
    for injected in ["' OR '1'='1", "x' OR 'a'='a", "x' --"] {
        let none = tips(&mut member, &format!("?{}", encode(&[("label", injected)])));
        assert!(
            none.is_empty(),
            "label filter {injected:?} matched {none:?}"
        );
    }
    // What the source added opens to the SQL they typed.
    let found = all.iter().any(|t| {
        member
            .get(&format!("/responder/tips/{t}"))
            .body
            .split("/messages/")
            .skip(1)
            .any(|p| {
                let id = &p[..p.find('"').unwrap()];
                let asc = member.get(&format!("/responder/tips/{t}/messages/{id}"));
                String::from_utf8_lossy(&decrypt_in_process(&key.cert, asc.body.as_bytes()))
                    .contains(&added)
            })
    });
    assert!(found, "the addition, exactly as typed");

    // Nothing was dropped or deleted.
    for (table, n) in [
        ("tips", 2),
        ("sources", 2),
        ("teams", 1),
        ("responders", 1),
        ("routes", 1),
    ] {
        assert_eq!(
            count_rows(&inst, &format!("SELECT COUNT(*) FROM {table}")),
            n,
            "{table}"
        );
    }
    assert!(inst.ok(&["responder", "list"]).contains(name));
}

// ---------------------------------------------------------------- V2

/// The stage an invitation is at, as stored.
fn stage(inst: &Instance) -> String {
    query_rows(inst, "SELECT stage FROM invitations")[0]
        .try_get_by_index::<String>(0)
        .unwrap()
}

/// 2.3.1: an invitation moves password → authenticator → recovery codes
/// → key only in that order: posting a later step first, or an earlier
/// one again, changes nothing, and a second-factor reset link cannot set
/// a password.
fn invitation_steps_only_go_in_order(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    let path = invite_path(&inst.ok(&[
        "admin",
        "invite",
        "--email",
        "new@example.org",
        "--role",
        "responder",
        "--team",
        "Desk",
    ]));
    let s = inst.serve(&[]);
    let mut b = Browser::new(&s.url(""));
    let page = b.get(&path);
    assert_eq!(page.status, 200);
    let csrf = hidden(&page.body, "csrf");
    let key = Responder::generate("new");
    let other_password = "another long passphrase";
    // The steps named in `names`, each posted as the browser would.
    let steps = |b: &mut Browser, names: &[&'static str]| -> Vec<(&'static str, Resp)> {
        names
            .iter()
            .map(|&name| {
                let r = match name {
                    "password" => b.post(
                        &path,
                        &[
                            ("csrf", &csrf),
                            ("step", "password"),
                            ("password", other_password),
                            ("password2", other_password),
                        ],
                    ),
                    "totp" => b.post(
                        &path,
                        &[("csrf", &csrf), ("step", "totp"), ("code", "123456")],
                    ),
                    "key (pasted)" => b.post(
                        &path,
                        &[
                            ("csrf", &csrf),
                            ("step", "key"),
                            ("name", "Too Early"),
                            ("key_text", &key.public),
                        ],
                    ),
                    "key (file)" => b.post_multipart(
                        &path,
                        &[("csrf", &csrf), ("step", "key"), ("name", "Too Early")],
                        Some(("key_file", key.public.as_bytes())),
                    ),
                    step => b.post(&path, &[("csrf", &csrf), ("step", step)]),
                };
                (name, r)
            })
            .collect()
    };
    let nothing_moved = |b: &mut Browser, tried: Vec<(&str, Resp)>, at: &str, heading: &str| {
        for (step, r) in tried {
            assert!(
                matches!(r.status, 303 | 400),
                "{step} at the {at} step: {} {}",
                r.status,
                r.body
            );
            assert!(
                !r.body.contains("<li><code>"),
                "{step} at the {at} step showed recovery codes"
            );
        }
        assert_eq!(stage(&inst), at, "the stage stayed");
        let page = b.get(&path);
        assert!(page.body.contains(heading), "{at}: {}", page.body);
        assert!(
            !inst.ok(&["responder", "list"]).contains(&key.fingerprint),
            "no key was added at the {at} step"
        );
        assert_eq!(
            count_rows(
                &inst,
                "SELECT COUNT(*) FROM accounts WHERE state = 'active'"
            ),
            0,
            "no account is active at the {at} step"
        );
    };

    // Step 1 is the password: nothing later counts.
    let later = [
        "totp",
        "codes-new",
        "codes-done",
        "key (pasted)",
        "key (file)",
    ];
    let tried = steps(&mut b, &later);
    nothing_moved(&mut b, tried, "password", "1. Choose a password");
    let r = b.post(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "password"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    );
    assert_eq!(r.status, 303);
    let hash = || {
        query_rows(&inst, "SELECT password_hash FROM accounts")[0]
            .try_get_by_index::<String>(0)
            .unwrap()
    };
    let chosen = hash();
    // Step 2, the authenticator: neither a later step nor the password again.
    let tried = steps(
        &mut b,
        &[
            "password",
            "codes-new",
            "codes-done",
            "key (pasted)",
            "key (file)",
        ],
    );
    nothing_moved(&mut b, tried, "totp", "2. Add this account");
    assert_eq!(hash(), chosen, "the password step did not run twice");
    let url = unescape(&between(
        &b.get(&path).body,
        "<details><summary>Set-up link for apps on this device</summary><p><code class=\"secret\">",
        "</code>",
    ));
    let totp = totp_rs::Totp::from_url(&url).unwrap();
    let now = || chrono::Utc::now().timestamp();
    let code = |at: i64| totp.generate(u64::try_from(at).unwrap()).to_string();
    let r = b.post(
        &path,
        &[("csrf", &csrf), ("step", "totp"), ("code", &code(now()))],
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.body.matches("<li><code>").count(), 10);
    // Step 3, the recovery codes: the key cannot come before "saved".
    let tried = steps(&mut b, &["password", "totp", "key (pasted)", "key (file)"]);
    for (step, r) in tried {
        assert!(
            matches!(r.status, 303 | 400),
            "{step} at the codes step: {}",
            r.status
        );
    }
    assert_eq!(stage(&inst), "codes");
    assert_eq!(hash(), chosen);
    assert!(!inst.ok(&["responder", "list"]).contains(&key.fingerprint));
    let r = b.post(&path, &[("csrf", &csrf), ("step", "codes-done")]);
    assert_eq!(r.status, 303);
    assert_eq!(stage(&inst), "key");
    // Step 4, the key: earlier steps are not taken again.
    let r = b.post(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "password"),
            ("password", other_password),
            ("password2", other_password),
        ],
    );
    assert_eq!(r.status, 422, "the key step wants a name and a key");
    assert_eq!(hash(), chosen);
    let done = b.post_multipart(
        &path,
        &[("csrf", &csrf), ("step", "key"), ("name", "New")],
        Some(("key_file", key.public.as_bytes())),
    );
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Your account is ready"));
    let mut fresh = Browser::new(&s.url(""));
    assert_eq!(
        login(
            &mut fresh,
            "new@example.org",
            other_password,
            &code(now() + 30)
        )
        .status,
        422,
        "the password posted out of turn was never set"
    );
    assert_eq!(
        login(&mut fresh, "new@example.org", PASSWORD, &code(now() + 30)).status,
        303
    );

    // A second-factor reset link starts at the authenticator step: it
    // cannot be used to set a new password.
    let out = inst.ok(&["admin", "reset-totp", "--email", "new@example.org"]);
    let line = out
        .lines()
        .find(|l| l.contains("/responder/invite/"))
        .unwrap();
    let reset = line[line.find("/responder/invite/").unwrap()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let mut b = Browser::new(&s.url(""));
    let page = b.get(&reset);
    assert!(page.body.contains("2. Add this account"), "{}", page.body);
    let csrf = hidden(&page.body, "csrf");
    let r = b.post(
        &reset,
        &[
            ("csrf", &csrf),
            ("step", "password"),
            ("password", other_password),
            ("password2", other_password),
        ],
    );
    assert_eq!(r.status, 303);
    assert_eq!(hash(), chosen, "a reset link set no password");
    assert_eq!(stage(&inst), "totp");
}

// ---------------------------------------------------------------- V3

/// 3.3.1, 3.3.3: under an https address the source's session cookie is
/// `__Host-` prefixed and `Secure` (with `HttpOnly`, `SameSite=Strict`,
/// `Path=/` and no `Domain`), set only when a codename matches, and
/// removed under the same name.
fn source_cookie_is_host_prefixed_and_secure_over_tls(backend: Backend) {
    let (mut inst, _) = Instance::with_desk(backend, &["kyaw"]);
    inst.extra_env.push((
        "TIPLINE_PUBLIC_URL".into(),
        "https://tips.example.org".into(),
    ));
    let s = inst.serve(&[]);
    let r = s.report(&[("details", "over tls")]);
    assert_eq!(r.status, 200, "{}", r.body);
    let codename = codename_of(&r.body);
    let mut src = Browser::new(&s.url(""));
    let page = src.get("/followup");
    assert!(page.header("set-cookie").is_none());
    let token = hidden(&page.body, "token");
    let miss = src.post(
        "/followup",
        &[("token", &token), ("codename", "not my words at all")],
    );
    assert_eq!(miss.status, 422);
    assert!(miss.header("set-cookie").is_none(), "no cookie for a miss");
    let hit = src.post("/followup", &[("token", &token), ("codename", &codename)]);
    assert_eq!(hit.status, 200, "{}", hit.body);
    let cookie = hit.header("set-cookie").unwrap().to_owned();
    assert!(cookie.starts_with("__Host-tipline-source="), "{cookie}");
    let attrs: Vec<&str> = cookie.split(';').map(str::trim).collect();
    for a in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(attrs.contains(&a), "{a} in {cookie}");
    }
    assert!(!cookie.contains("Domain"), "{cookie}");
    // That cookie is the session: the source can add information with it.
    let csrf = hidden(&hit.body, "csrf");
    let r = src.post(
        "/followup/add",
        &[("csrf", &csrf), ("info", "sent over tls")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("What you added was received"));
    // Without the prefix the same token opens nothing.
    let value = src.cookies["__Host-tipline-source"].clone();
    let mut unprefixed = Browser::new(&s.url(""));
    unprefixed.cookies.insert("tipline-source".into(), value);
    let r = unprefixed.post("/followup/add", &[("csrf", &csrf), ("info", "no prefix")]);
    assert_eq!(r.status, 401, "{}", r.body);
    // Logging out removes it under the same name, with the same attributes.
    let r = src.post("/followup/logout", &[("csrf", &csrf)]);
    assert_eq!(r.status, 200);
    let clear = r.header("set-cookie").unwrap();
    assert!(clear.starts_with("__Host-tipline-source=;"), "{clear}");
    for a in ["Max-Age=0", "Secure", "Path=/"] {
        assert!(clear.contains(a), "{a} in {clear}");
    }
}

/// 3.4.1: with an https public address every response carries
/// `Strict-Transport-Security: max-age=31536000` (a year, without
/// `includeSubDomains`); with an http or onion address, or none, no
/// response does.
fn hsts_only_under_an_https_address(backend: Backend) {
    let (mut inst, _) = Instance::with_desk(backend, &["kyaw"]);
    let probe = |s: &Server| -> Vec<(&'static str, Resp)> {
        let forged = encode(&[("token", "forged"), ("details", "x")]);
        vec![
            ("the form", s.get("/")),
            ("a receipt", s.report(&[("details", "hsts")])),
            (
                "a refusal",
                s.post_raw("/report", FORM, forged.as_bytes(), &[]),
            ),
            ("the follow-up page", s.get("/followup")),
            ("the safety page", s.get("/safety")),
            ("the stylesheet", s.get("/static/style.css")),
            ("a script", s.get("/static/leave.js")),
            ("a reader module", s.get("/static/reader/app.js")),
            ("no icon", s.get("/favicon.ico")),
            ("a 404", s.get("/nope")),
            ("the login page", s.get("/responder/login")),
            ("a redirect to it", s.get("/responder/")),
        ]
    };
    for (public_url, hsts) in [
        (Some("https://tips.example.org"), true),
        (Some("http://tips.example.org"), false),
        (
            Some("http://tipline2xnqk7rwbm3o7fqbhwz6yxnwp5hl2rcdcmo3jskbqvgqqd.onion"),
            false,
        ),
        (None, false),
    ] {
        inst.extra_env.retain(|(k, _)| k != "TIPLINE_PUBLIC_URL");
        if let Some(u) = public_url {
            inst.extra_env
                .push(("TIPLINE_PUBLIC_URL".into(), u.to_owned()));
        }
        let s = inst.serve(&[]);
        for (what, r) in probe(&s) {
            assert!(r.status > 0 && r.status < 500, "{what}: {}", r.status);
            let sent = r.headers.get("strict-transport-security");
            if hsts {
                assert_eq!(
                    sent.map(Vec::as_slice),
                    Some(["max-age=31536000".to_owned()].as_slice()),
                    "{what} under {public_url:?}"
                );
            } else {
                assert!(sent.is_none(), "{what} under {public_url:?}: {sent:?}");
            }
        }
        drop(s);
    }
}

/// What every policy the server sends must say.
fn assert_strict_policy(what: &str, r: &Resp) {
    let all = r
        .headers
        .get("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no Content-Security-Policy"));
    assert_eq!(all.len(), 1, "{what}: {all:?}");
    let directives: Vec<&str> = all[0].split(';').map(str::trim).collect();
    for d in [
        "default-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ] {
        assert!(directives.contains(&d), "{what}: no {d} in {}", all[0]);
    }
    for d in &directives {
        if d.starts_with("script-src") {
            assert_eq!(*d, "script-src 'self'", "{what}");
        }
        for loose in ["unsafe-", "*", "data:", "http:", "https:", "blob:"] {
            assert!(!d.contains(loose), "{what}: {d}");
        }
    }
}

/// 3.4.3: every response — source pages in every language, every
/// responder and admin page, downloads, scripts, the reader, POST results
/// and error pages — carries one strict policy that names `object-src
/// 'none'`.
fn every_response_has_a_strict_policy(backend: Backend) {
    let mut site = Site::new(backend);
    let all = every_response(&mut site);
    assert!(all.len() > 100, "{}", all.len());
    for (what, r) in &all {
        if r.status == 0 {
            continue;
        }
        assert_strict_policy(what, r);
    }
}

// ---------------------------------------------------------------- V4

/// Types that carry no charset: JSON (UTF-8 by definition), OpenPGP and
/// RFC 822 messages.
const NO_CHARSET: &[&str] = &[
    "application/json",
    "application/pgp-keys",
    "application/pgp-encrypted",
    "message/rfc822",
];

/// 4.1.1: every response with a body names its type, and every text type
/// (HTML, CSS, JavaScript, plain text, CSV) says `charset=utf-8`.
fn every_text_response_names_utf8(backend: Backend) {
    let mut site = Site::new(backend);
    let all = every_response(&mut site);
    let mut kinds = HashSet::new();
    for (what, r) in &all {
        if r.body.is_empty() {
            continue;
        }
        let ctype = r
            .header("content-type")
            .unwrap_or_else(|| panic!("{what}: a body with no Content-Type"));
        let media = ctype.split(';').next().unwrap().trim().to_ascii_lowercase();
        kinds.insert(media.clone());
        if media.starts_with("text/") || media.ends_with("xml") || media.contains("javascript") {
            let params: Vec<String> = ctype
                .split(';')
                .skip(1)
                .map(|p| p.trim().to_ascii_lowercase().replace('"', ""))
                .collect();
            assert!(
                params.iter().any(|p| p == "charset=utf-8"),
                "{what}: {ctype}"
            );
        } else {
            assert!(NO_CHARSET.contains(&media.as_str()), "{what}: {ctype}");
        }
    }
    for k in [
        "text/html",
        "text/css",
        "text/javascript",
        "text/plain",
        "text/csv",
        "application/json",
    ] {
        assert!(kinds.contains(k), "no {k} response was checked: {kinds:?}");
    }
}

/// 4.2.1: a request whose length is given twice — `Content-Length` with
/// `Transfer-Encoding`, or two `Content-Length`s — is refused with 400 and
/// the connection closed, so the bytes after either length never become a
/// second request.
fn ambiguous_request_lengths_are_refused(backend: Backend) {
    let inst = Instance::new(backend);
    let s = inst.serve(&[]);
    let host = format!("127.0.0.1:{}", s.port);
    let inner = format!("GET /favicon.ico HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    let head = |lengths: String| {
        format!(
            "POST /report HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\n{lengths}\r\n"
        )
    };
    // If chunked won, the body would end before `inner`; if the
    // Content-Length won, after the chunk size line.
    let chunked_first = format!("0\r\n\r\n{inner}");
    let size_line = format!("{:x}\r\n", inner.len());
    let length_first = format!("{size_line}{inner}\r\n0\r\n\r\n");
    let cases = [
        (
            "Content-Length and chunked",
            format!(
                "{}{chunked_first}",
                head(format!(
                    "Content-Length: {}\r\nTransfer-Encoding: chunked\r\n",
                    chunked_first.len()
                ))
            ),
        ),
        (
            "chunked and a short Content-Length",
            format!(
                "{}{length_first}",
                head(format!(
                    "Transfer-Encoding: chunked\r\nContent-Length: {}\r\n",
                    size_line.len()
                ))
            ),
        ),
        (
            "two Content-Lengths, the first empty",
            format!(
                "{}{inner}",
                head(format!(
                    "Content-Length: 0\r\nContent-Length: {}\r\n",
                    inner.len()
                ))
            ),
        ),
        (
            "two Content-Lengths, the last empty",
            format!(
                "{}{inner}",
                head(format!(
                    "Content-Length: {}\r\nContent-Length: 0\r\n",
                    inner.len()
                ))
            ),
        ),
    ];
    for (what, request) in cases {
        let answer = raw(s.port, request.as_bytes());
        assert!(answer.starts_with("HTTP/1.1 400"), "{what}: {answer}");
        assert_eq!(
            answer.matches("HTTP/1.1 ").count(),
            1,
            "{what}: a second request was answered:\n{answer}"
        );
    }
    assert!(
        !s.logs().contains("route=/favicon.ico"),
        "a smuggled request reached the application"
    );
    // The check can see a second request: two in a row get two answers.
    let pair = format!("GET /favicon.ico HTTP/1.1\r\nHost: {host}\r\n\r\n{inner}");
    let answer = raw(s.port, pair.as_bytes());
    assert_eq!(answer.matches("HTTP/1.1 204").count(), 2, "{answer}");
    assert!(wait_until(5, || s
        .logs()
        .matches("route=/favicon.ico")
        .count()
        == 2));
}

// ---------------------------------------------------------------- V5

/// 5.2.1: a key upload over 256 KiB — at the invitation's key step or on
/// the dashboard — is refused with 413 and a page that says the upload is
/// too large; nothing is stored and the same form then takes a real key.
fn oversized_key_uploads_are_refused_clearly(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    let path = invite_path(&inst.ok(&[
        "admin",
        "invite",
        "--email",
        "big@example.org",
        "--role",
        "responder",
        "--team",
        "Desk",
    ]));
    let s = inst.serve(&[]);
    let mut b = Browser::new(&s.url(""));
    let now = chrono::Utc::now().timestamp();
    // Walk to the key step (enrol would finish it): password, TOTP, codes.
    let page = b.get(&path);
    let csrf = hidden(&page.body, "csrf");
    b.post(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "password"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    );
    let url = unescape(&between(
        &b.get(&path).body,
        "<details><summary>Set-up link for apps on this device</summary><p><code class=\"secret\">",
        "</code>",
    ));
    let totp = totp_rs::Totp::from_url(&url).unwrap();
    let code = |at: i64| totp.generate(u64::try_from(at).unwrap()).to_string();
    assert_eq!(
        b.post(
            &path,
            &[("csrf", &csrf), ("step", "totp"), ("code", &code(now))]
        )
        .status,
        200
    );
    assert_eq!(
        b.post(&path, &[("csrf", &csrf), ("step", "codes-done")])
            .status,
        303
    );
    let key = Responder::generate("big");
    // A real key padded past the limit: 256 KiB and one byte of file.
    let limit = 256 * 1024;
    let mut big = key.public.clone().into_bytes();
    big.resize(limit + 1, b'\n');
    let refused = |what: &str, r: &Resp, says: &str| {
        assert_eq!(r.status, 413, "{what}: {}", r.body);
        assert!(is_html(r), "{what}");
        assert!(
            r.body.contains(
                "the upload is larger than 256 KiB (an exported public key is far smaller)"
            ),
            "{what}: {}",
            r.body
        );
        assert!(r.body.contains(says), "{what}: {}", r.body);
        assert!(!r.body.contains("The report is too large"), "{what}");
    };
    let r = b.post_multipart(
        &path,
        &[("csrf", &csrf), ("step", "key"), ("name", "Big")],
        Some(("key_file", big.as_slice())),
    );
    refused("a file", &r, "4. Your OpenPGP key");
    // Pasted: the url-encoded form just over the limit.
    let fields = |pad: usize| {
        let text = format!("{}\n{}", key.public, "A".repeat(pad));
        encode(&[
            ("csrf", &csrf),
            ("step", "key"),
            ("name", "Big"),
            ("key_text", &text),
        ])
    };
    let pad = limit + 1 - fields(0).len();
    assert_eq!(fields(pad).len(), limit + 1);
    let pasted = format!("{}\n{}", key.public, "A".repeat(pad));
    let r = b.post(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "key"),
            ("name", "Big"),
            ("key_text", &pasted),
        ],
    );
    refused("a pasted key", &r, "4. Your OpenPGP key");
    assert!(!inst.ok(&["responder", "list"]).contains(&key.fingerprint));
    assert_eq!(stage(&inst), "key", "the invitation waits for its key");
    // The same form takes the key itself.
    let done = b.post_multipart(
        &path,
        &[("csrf", &csrf), ("step", "key"), ("name", "Big")],
        Some(("key_file", key.public.as_bytes())),
    );
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(inst.ok(&["responder", "list"]).contains(&key.fingerprint));

    // On the dashboard: the key stays as it was.
    inst.ok(&["responder", "vet", &key.fingerprint]);
    let r = login(&mut b, "big@example.org", PASSWORD, &code(now + 30));
    assert_eq!(r.status, 303, "{}", r.body);
    let csrf = hidden(&b.get("/responder/").body, "csrf");
    let other = Responder::generate("other");
    let mut big = other.public.clone().into_bytes();
    big.resize(limit + 1, b'\n');
    let r = b.post_multipart(
        "/responder/key",
        &[("csrf", &csrf), ("password", PASSWORD)],
        Some(("key_file", big.as_slice())),
    );
    refused("the dashboard", &r, "Your key was not changed");
    let list = inst.ok(&["responder", "list"]);
    assert!(list.contains(&key.fingerprint) && !list.contains(&other.fingerprint));
    // Other staff forms stop at 16 KiB, with the same generic 413.
    let r = b.post(
        "/responder/language",
        &[("csrf", &csrf), ("language", &"x".repeat(17 * 1024))],
    );
    assert_eq!(r.status, 413);
}

// ---------------------------------------------------------------- V6

/// Whether an `<input>` tag is for a password (by its name, id or
/// autocomplete hint).
fn is_password_input(tag: &str) -> bool {
    let name = attr(tag, "name").unwrap_or_default();
    let id = attr(tag, "id").unwrap_or_default();
    let hint = attr(tag, "autocomplete").unwrap_or_default();
    name.contains("pass") || id.contains("pass") || name == "current" || hint.contains("password")
}

/// 6.2.6: every password field — login, invitation, the dashboard's
/// forms that ask for the current password or a new one, and the reader's
/// key passphrase — is `type="password"`.
fn password_fields_are_masked(backend: Backend) {
    let mut site = Site::new(backend);
    let path = invite_path(
        &site
            .inst
            .ok(&["admin", "invite", "--email", "new@example.org"]),
    );
    let pages = [
        ("login", site.server.get("/responder/login"), 1),
        ("invitation", site.server.get(&path), 2),
        ("responder dashboard", site.member.get("/responder/"), 6),
        ("admin dashboard", site.admin.get("/responder/"), 5),
        ("reader", site.member.get("/responder/reader"), 1),
    ];
    for (what, r, at_least) in pages {
        assert_eq!(r.status, 200, "{what}");
        let fields: Vec<String> = input_tags(&r.body)
            .into_iter()
            .filter(|t| is_password_input(t))
            .collect();
        assert!(
            fields.len() >= at_least,
            "{what}: {} password fields, expected {at_least}: {fields:?}",
            fields.len()
        );
        for f in fields {
            assert_eq!(attr(&f, "type").as_deref(), Some("password"), "{what}: {f}");
        }
    }
}

/// 6.2.8: login compares the password exactly as typed: another case, a
/// space before or after, the same letters in another Unicode form, a
/// shortened or lengthened password are each refused; only the one set
/// opens.
fn passwords_match_exactly_as_typed(backend: Backend) {
    let inst = Instance::new(backend);
    let path = invite_path(&inst.ok(&["admin", "invite", "--email", "ana@example.org"]));
    // Long enough to show truncation, with a letter that has two forms.
    let password = "Quartz Ferry mango ladder café, the long way round past seventy-two bytes";
    assert!(password.len() > 72);
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let base = in_process(inst.config(), clock.clone());
    let mut b = Browser::new(&base);
    let e = enrol(&mut b, &path, password, clock.now().timestamp(), None);
    let variants = [
        ("lower case", password.to_lowercase()),
        ("upper case", password.to_uppercase()),
        ("a trailing space", format!("{password} ")),
        ("a leading space", format!(" {password}")),
        ("a trailing newline", format!("{password}\n")),
        ("decomposed é", password.replace('\u{e9}', "e\u{301}")),
        (
            "the first 72 bytes",
            String::from_utf8(password.as_bytes()[..72].to_vec()).unwrap(),
        ),
        ("one more letter", format!("{password}x")),
    ];
    for (what, typed) in variants {
        assert_ne!(typed, password);
        // Past the longest throttle wait: each try is checked, none waits.
        clock.advance(chrono::Duration::minutes(6));
        let mut other = Browser::new(&base);
        let r = login(
            &mut other,
            "ana@example.org",
            &typed,
            &e.code_at(clock.now().timestamp()),
        );
        assert_eq!(r.status, 422, "{what} was accepted");
    }
    clock.advance(chrono::Duration::minutes(6));
    let r = login(
        &mut b,
        "ana@example.org",
        password,
        &e.code_at(clock.now().timestamp()),
    );
    assert_eq!(r.status, 303, "the password itself: {}", r.body);
}

/// 6.2.9: a 64-character password can be chosen at invitation and a
/// 128-character one (counted in characters, most of them two bytes) on
/// the dashboard; each then logs in. 129 is refused.
fn long_passwords_can_be_set_and_used(backend: Backend) {
    let inst = Instance::new(backend);
    let s = inst.serve(&[]);
    let p64: String = "tamarind harbour violet kite "
        .chars()
        .cycle()
        .take(64)
        .collect();
    assert_eq!(p64.chars().count(), 64);
    let (mut b, e) = sign_in(&inst, &s, &p64, &["--email", "long@example.org"]);
    let p128: String = "ŝŭĉĝĥĵ ümlaut façade naïveté "
        .chars()
        .cycle()
        .take(128)
        .collect();
    assert_eq!(p128.chars().count(), 128);
    assert!(p128.len() > 150, "{} bytes", p128.len());
    let csrf = hidden(&b.get("/responder/").body, "csrf");
    let change = |b: &mut Browser, from: &str, to: &str| {
        b.post(
            "/responder/password",
            &[
                ("csrf", &csrf),
                ("current", from),
                ("password", to),
                ("password2", to),
            ],
        )
    };
    let p129 = format!("{p128}x");
    let r = change(&mut b, &p64, &p129);
    assert_eq!(r.status, 422);
    assert!(r.body.contains("at most 128 characters"), "{}", r.body);
    let r = change(&mut b, &p64, &p128);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Password changed"), "{}", r.body);
    // A recovery code: sign_in used this step's TOTP code.
    let code = e.enrolled_recovery(0);
    let mut fresh = Browser::new(&s.url(""));
    assert_eq!(
        login(&mut fresh, "long@example.org", &p64, &code).status,
        422,
        "the old password no longer opens"
    );
    let r = login(&mut fresh, "long@example.org", &p128, &code);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(fresh.get("/responder/").status, 200);
}

// ---------------------------------------------------------------- V7

/// 7.4.4: every signed-in page of a responder and of an admin, and every
/// page a staff form answers with, shows "Log out" in its header, with
/// the session's token; it ends the session.
fn every_staff_page_offers_logout(backend: Backend) {
    let mut site = Site::new(backend);
    let member_csrf = hidden(&site.member.get("/responder/").body, "csrf");
    let admin_csrf = hidden(&site.admin.get("/responder/").body, "csrf");
    let mut pages: Vec<(String, Resp, &str)> = Vec::new();
    for (p, r) in site.member_pages() {
        pages.push((p, r, member_csrf.as_str()));
    }
    for (p, r) in site.admin_pages() {
        pages.push((p, r, admin_csrf.as_str()));
    }
    let results = site.staff_results();
    let admin_result = results.len() - 1;
    for (i, (p, r)) in results.into_iter().enumerate() {
        let csrf = if i == admin_result {
            &admin_csrf
        } else {
            &member_csrf
        };
        pages.push((p, r, csrf.as_str()));
    }
    let form = "<form method=\"post\" action=\"/responder/logout\"";
    let mut checked = 0;
    for (what, r, csrf) in &pages {
        // Staff pages (the crawl also fetched the stylesheet and scripts),
        // and the pages staff forms answer with (named in words).
        let staff = what.starts_with("/responder") || what.starts_with("/admin");
        if !is_html(r) || (what.starts_with('/') && !staff) {
            continue;
        }
        assert!(r.body.contains(form), "{what}: no logout:\n{}", r.body);
        let logout = between(&r.body, form, "</form>");
        assert!(
            logout.contains(&format!("name=\"csrf\" value=\"{csrf}\"")),
            "{what}: the session's token"
        );
        assert!(logout.contains(">Log out</button>"), "{what}: {logout}");
        checked += 1;
    }
    assert!(checked >= 15, "{checked} pages");
    // It works: the session ends.
    let r = site
        .member
        .post("/responder/logout", &[("csrf", &member_csrf)]);
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/responder/login?out=1"));
    assert_eq!(site.member.get("/responder/").status, 303);
}

// ---------------------------------------------------------------- V11

/// 11.4.3: the instance signs what it seals — a tip, a note, a reply, an
/// addition — with SHA-256 (as docs/SECURITY.md's inventory says), and
/// the signature verifies with the instance key.
fn instance_signatures_hash_with_sha256(backend: Backend) {
    use openpgp::parse::Parse;
    let mut site = Site::new(backend);
    let instance = openpgp::Cert::from_bytes(site.inst.instance_cert().as_bytes()).unwrap();
    let page = site.member.get(&site.tip).body;
    let mut files = vec![format!("{}/tip.asc", site.tip)];
    for kind in ["/notes/", "/messages/"] {
        let prefix = format!("{}{kind}", site.tip);
        for part in page.split(&prefix).skip(1) {
            files.push(format!("{prefix}{}", &part[..part.find('"').unwrap()]));
        }
    }
    assert_eq!(
        files.len(),
        4,
        "a tip, a note, a reply, an addition: {files:?}"
    );
    for f in files {
        let r = site.member.get(&f);
        assert_eq!(r.status, 200, "{f}");
        let (plain, hashes) =
            open_and_check_signatures(&site.key.cert, &instance, r.body.as_bytes());
        assert!(!plain.is_empty(), "{f}");
        assert!(!hashes.is_empty(), "{f}: no good instance signature");
        for h in hashes {
            assert_eq!(h, openpgp::types::HashAlgorithm::SHA256, "{f}");
        }
    }
}

// ---------------------------------------------------------------- V13

/// 13.4.4: TRACE is refused on every kind of path, and nothing of the
/// request (a header, a cookie) comes back.
fn trace_is_refused(backend: Backend) {
    let (inst, _) = Instance::with_desk(backend, &["kyaw"]);
    let s = inst.serve(&[]);
    let canary = format!("TRACECANARY{}", hex(&rand_bytes::<6>()));
    for path in [
        "/",
        "/report",
        "/followup",
        "/safety",
        "/static/style.css",
        "/favicon.ico",
        "/responder/login",
        "/responder/",
        "/responder/inbox",
        "/admin/",
        "/nope",
        "*",
    ] {
        let request = format!(
            "TRACE {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nX-Canary: {canary}\r\nCookie: tipline={canary}\r\nConnection: close\r\n\r\n",
            s.port
        );
        let answer = raw(s.port, request.as_bytes());
        let status: u16 = answer
            .split(' ')
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        assert!(matches!(status, 400 | 404 | 405), "TRACE {path}: {answer}");
        assert!(!answer.contains(&canary), "TRACE {path} echoed: {answer}");
        assert!(
            !answer.to_ascii_lowercase().contains("message/http"),
            "TRACE {path}: {answer}"
        );
    }
}

// ---------------------------------------------------------------- V14

/// Field names whose values must never be in a URL.
const SECRET_FIELDS: &[&str] = &[
    "csrf",
    "token",
    "password",
    "password2",
    "current",
    "code",
    "codename",
    "info",
    "reply",
    "note",
    "sealed",
    "pending",
    "key_text",
];

/// The ways a secret could be written in a URL.
fn spellings(secret: &str) -> Vec<String> {
    let mut out = vec![
        secret.to_owned(),
        secret.replace(' ', "+"),
        secret.replace(' ', "%20"),
        secret.replace(' ', "-"),
        encode(&[("x", secret)])[2..].to_owned(),
    ];
    out.dedup();
    out
}

/// 14.2.1: no secret is ever in a URL a page links to, a form sends to
/// or a redirect names — session, device and login cookies, CSRF and
/// form tokens, codename, password, recovery codes, the authenticator
/// secret, the source's session — and no form that carries one uses GET.
/// An invitation's token is only in its own link (a mailed link by
/// design), dies with use, and never reaches the log.
fn no_secret_travels_in_a_url(backend: Backend) {
    let mut site = Site::new(backend);
    let mut seen: Vec<(String, Resp)> = Vec::new();
    // A new responder takes an invitation, step by step.
    let path = invite_path(&site.inst.ok(&[
        "admin",
        "invite",
        "--email",
        "new@example.org",
        "--role",
        "responder",
        "--team",
        "Desk",
    ]));
    let invite_token = path.rsplit('/').next().unwrap().to_owned();
    let mut newcomer = Browser::new(&site.server.url(""));
    let page = newcomer.get(&path);
    let csrf = hidden(&page.body, "csrf");
    seen.push(("invitation".into(), page));
    seen.push((
        "invitation, password".into(),
        newcomer.post(
            &path,
            &[
                ("csrf", &csrf),
                ("step", "password"),
                ("password", PASSWORD),
                ("password2", PASSWORD),
            ],
        ),
    ));
    let page = newcomer.get(&path);
    let url = unescape(&between(
        &page.body,
        "<details><summary>Set-up link for apps on this device</summary><p><code class=\"secret\">",
        "</code>",
    ));
    let totp = totp_rs::Totp::from_url(&url).unwrap();
    seen.push(("invitation, authenticator".into(), page));
    let now = chrono::Utc::now().timestamp();
    let codes_page = newcomer.post(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "totp"),
            (
                "code",
                &totp.generate(u64::try_from(now).unwrap()).to_string(),
            ),
        ],
    );
    let newcomer_codes: Vec<String> = codes_page
        .body
        .split("<li><code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_owned())
        .collect();
    assert_eq!(newcomer_codes.len(), 10);
    seen.push(("invitation, codes".into(), codes_page));
    seen.push((
        "invitation, codes saved".into(),
        newcomer.post(&path, &[("csrf", &csrf), ("step", "codes-done")]),
    ));
    seen.push(("invitation, key step".into(), newcomer.get(&path)));
    let key = Responder::generate("new");
    let done = newcomer.post_multipart(
        &path,
        &[("csrf", &csrf), ("step", "key"), ("name", "New")],
        Some(("key_file", key.public.as_bytes())),
    );
    assert_eq!(done.status, 200, "{}", done.body);
    seen.push(("invitation, done".into(), done));
    assert_eq!(newcomer.get(&path).status, 404, "the link is spent");
    // Logins, actions, logouts and redirects.
    let mut again = Browser::new(&site.server.url(""));
    // A recovery code: the sign-in used this step's TOTP code.
    let code = site.member_enrolled.enrolled_recovery(9);
    seen.push((
        "login".into(),
        login(&mut again, "kyaw@example.org", PASSWORD, &code),
    ));
    let csrf = hidden(&again.get(&site.tip).body, "csrf");
    seen.push((
        "a tip action".into(),
        again.post(
            &site.tip,
            &[
                ("csrf", &csrf),
                ("action", "status"),
                ("status", "triaging"),
            ],
        ),
    ));
    seen.push((
        "a reply".into(),
        again.post(
            &site.tip,
            &[("csrf", &csrf), ("action", "reply"), ("reply", "one more")],
        ),
    ));
    let session_again = again.cookies["tipline"].clone();
    seen.push((
        "logout".into(),
        again.post("/responder/logout", &[("csrf", &csrf)]),
    ));
    again
        .cookies
        .insert("tipline".into(), session_again.clone());
    seen.push(("an ended session".into(), again.get("/responder/")));
    seen.push(("anonymous".into(), site.server.get("/responder/reader")));
    // The source logs out too.
    let source_csrf = hidden(&site.source_page.body, "csrf");
    let source_session = site.source.cookies["tipline-source"].clone();
    seen.push((
        "the source logs out".into(),
        site.source
            .post("/followup/logout", &[("csrf", &source_csrf)]),
    ));
    seen.extend(every_response(&mut site));

    // What must not be in any URL.
    let mut secrets: Vec<String> = vec![
        PASSWORD.into(),
        site.codename.clone(),
        session_again,
        source_session,
        source_csrf,
        hidden(&site.member.get("/responder/").body, "csrf"),
        hidden(&site.admin.get("/responder/").body, "csrf"),
        hidden(&site.server.get("/responder/login").body, "token"),
        site.server.token(),
        totp.secret().to_base32(),
        site.member_enrolled.totp.secret().to_base32(),
    ];
    for b in [&site.member, &site.admin, &newcomer] {
        secrets.extend(b.cookies.values().cloned());
    }
    secrets.extend(site.member_enrolled.codes.iter().cloned());
    secrets.extend(site.admin_enrolled.codes.iter().cloned());
    secrets.extend(newcomer_codes);
    secrets.retain(|s| s.len() >= 10);
    assert!(secrets.len() >= 40, "{}", secrets.len());

    let mut checked = 0;
    for (what, r) in &seen {
        let mut named: Vec<String> = r
            .header("location")
            .map(str::to_owned)
            .into_iter()
            .collect();
        if what.starts_with('/') {
            named.push(what.clone());
        }
        if is_html(r) {
            named.extend(urls(&r.body));
            for (method, fields) in forms(&r.body) {
                if method != "post" {
                    for f in &fields {
                        assert!(
                            !SECRET_FIELDS.contains(&f.as_str()),
                            "{what}: a {method} form sends {f} in its URL"
                        );
                    }
                }
            }
        }
        for url in named {
            checked += 1;
            let lower = url.to_lowercase();
            for secret in &secrets {
                for s in spellings(secret) {
                    assert!(
                        !lower.contains(&s.to_lowercase()),
                        "{what}: a secret in {url}"
                    );
                }
            }
            if url.contains(&invite_token) {
                assert_eq!(
                    url.split('?').next(),
                    Some(path.as_str()),
                    "{what}: the invitation's token elsewhere: {url}"
                );
            }
        }
    }
    assert!(checked > 300, "{checked} URLs");
    let logs = site.server.logs();
    assert!(
        logs.contains("route=/responder/invite/{token}"),
        "the pattern is logged"
    );
    for secret in secrets.iter().chain([&invite_token, &site.codename]) {
        assert!(!logs.contains(secret.as_str()), "a secret in the log");
    }
}

// ---------------------------------------------------------------- V15

/// The most memory the process has held at once, in KiB.
fn peak_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// 15.2.2: argon2id (19 MiB a run) takes turns. A flood of logins on a
/// one-core server runs at most two at once (twice the core count), so
/// the server's memory grows by at most a few runs' worth, and more
/// logins afterwards, one at a time, do not grow it further (the working
/// memory is reused, not left behind). Every login is answered, within
/// about 10 s of waiting plus its own hash, with "wrong" or "busy, try
/// again".
fn password_hashing_takes_turns(backend: Backend) {
    const FLOOD: usize = 24;
    const RUN_KIB: u64 = 19 * 1024;
    let inst = Instance::new(backend);
    let s = inst.serve_wrapped(&["taskset", "-c", "0"], &[]);
    let form = || {
        let mut b = Browser::new(&s.url(""));
        let page = b.get("/responder/login");
        let (token, csrf) = (hidden(&page.body, "token"), hidden(&page.body, "csrf"));
        (b, token, csrf)
    };
    let attempt = |b: &mut Browser, token: &str, csrf: &str, email: &str| {
        b.post(
            "/responder/login",
            &[
                ("token", token),
                ("csrf", csrf),
                ("email", email),
                ("password", "not anyone's password"),
                ("code", "123456"),
            ],
        )
    };
    // Each login form from a browser of its own (a form is bound to its cookie).
    let forms: Vec<(Browser, String, String)> = (0..FLOOD).map(|_| form()).collect();
    // One first, alone: the dummy hash for unknown addresses is made.
    let (mut b, token, csrf) = form();
    let start = Instant::now();
    assert_eq!(
        attempt(&mut b, &token, &csrf, "first@example.org").status,
        422
    );
    let alone = start.elapsed();
    let before = peak_kib(s.pid());
    let gate = Arc::new(std::sync::Barrier::new(FLOOD));
    let handles: Vec<_> = forms
        .into_iter()
        .enumerate()
        .map(|(i, (mut b, token, csrf))| {
            let gate = gate.clone();
            std::thread::spawn(move || {
                gate.wait();
                let start = Instant::now();
                let r = attempt(&mut b, &token, &csrf, &format!("nobody{i}@example.org"));
                (r, start.elapsed())
            })
        })
        .collect();
    let answers: Vec<(Resp, Duration)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let flooded = peak_kib(s.pid());
    let grown = flooded.saturating_sub(before);
    assert!(
        grown < 4 * RUN_KIB,
        "the peak grew by {} MiB: more than two argon2id runs at once",
        grown / 1024
    );
    let mut busy = 0;
    for (r, took) in &answers {
        match r.status {
            422 => assert!(
                *took < Duration::from_secs(20) + alone * 4,
                "a login waited {took:?} (one alone takes {alone:?})"
            ),
            503 => {
                assert_eq!(r.header("retry-after"), Some("60"));
                assert!(r.body.contains("The server is busy"), "{}", r.body);
                busy += 1;
            }
            other => panic!("a login got {other}: {}", r.body),
        }
    }
    // Twenty more, one after another, reuse that memory.
    for i in 0..20 {
        let (mut b, token, csrf) = form();
        assert_eq!(
            attempt(&mut b, &token, &csrf, &format!("later{i}@example.org")).status,
            422
        );
    }
    let later = peak_kib(s.pid()).saturating_sub(flooded);
    assert!(
        later < RUN_KIB,
        "20 logins one at a time grew the peak by {} MiB",
        later / 1024
    );
    eprintln!(
        "argon2id queue: one login alone {alone:?}, flood +{} MiB, {busy} of {FLOOD} busy, then +{} MiB",
        grown / 1024,
        later / 1024
    );
}

// ---------------------------------------------------------------- V16

/// 16.2.2: times are UTC whatever the server's time zone: with `TZ` set
/// to a zone whose date differs from UTC's right now, the audit page
/// (whose time column says UTC), the day a tip is kept with, the log's
/// timestamps and the mail's `Date:` are all UTC.
fn times_are_utc_whatever_the_servers_zone(backend: Backend) {
    use chrono::Timelike;
    let utc = chrono::Utc::now();
    // POSIX zones: UTC+14 late in the UTC day, UTC−12 early in it.
    let (tz, offset) = if utc.hour() >= 10 {
        ("TIP-14", chrono::Duration::hours(14))
    } else {
        ("TIP+12", chrono::Duration::hours(-12))
    };
    assert_ne!((utc + offset).date_naive(), utc.date_naive());
    let (mut inst, _) = Instance::with_desk(backend, &["kyaw"]);
    inst.extra_env.push(("TZ".into(), tz.into()));
    let s = inst.serve(&[]);
    let before = chrono::Utc::now();
    let (mut admin, _) = sign_in(&inst, &s, PASSWORD, &["--email", "boss@example.org"]);
    assert_eq!(s.report(&[("details", "what day is it")]).status, 200);
    let after = chrono::Utc::now();
    let days = [before.date_naive(), after.date_naive()];

    // The audit page: the login's day and time, in UTC, said to be UTC.
    let audit = admin.get("/admin/audit").body;
    assert!(audit.contains("<th>Time (UTC)</th>"), "{audit}");
    let row = audit
        .split("<tr>")
        .find(|r| r.contains("<td dir=\"ltr\">login</td>"))
        .unwrap_or_else(|| panic!("no login in {audit}"));
    let cells: Vec<String> = row
        .split("<td")
        .skip(1)
        .map(|c| {
            let c = &c[c.find('>').unwrap() + 1..];
            c[..c.find("</td>").unwrap()].to_owned()
        })
        .collect();
    let at = chrono::NaiveDateTime::parse_from_str(
        &format!("{} {}", cells[0], cells[1]),
        "%Y-%m-%d %H:%M:%S",
    )
    .unwrap_or_else(|e| panic!("{cells:?}: {e}"))
    .and_utc();
    assert!(
        at >= before - chrono::Duration::seconds(1) && at <= after + chrono::Duration::seconds(1),
        "the login at {at}, between {before} and {after} UTC"
    );
    // The tip is kept with the UTC day.
    let list = inst.ok(&["tip", "list"]);
    let line = list.lines().nth(1).unwrap();
    assert!(days.iter().any(|d| line.contains(&d.to_string())), "{list}");
    // Log lines start with a UTC timestamp.
    let logs = s.logs();
    let stamps: Vec<chrono::DateTime<chrono::FixedOffset>> = logs
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter_map(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .collect();
    assert!(stamps.len() >= 3, "{logs}");
    for t in &stamps {
        assert_eq!(t.offset().local_minus_utc(), 0, "{t}");
        assert!(
            *t >= before - chrono::Duration::seconds(60)
                && *t <= after + chrono::Duration::seconds(60),
            "{t}"
        );
    }
    // The report's mail (an .eml without SMTP) is dated in UTC.
    let mail_dir = inst.dir.path().join("data/mail");
    assert!(wait_until(30, || std::fs::read_dir(&mail_dir)
        .map(|d| d.count() > 0)
        .unwrap_or(false)));
    let mail = all_files(&mail_dir);
    let date = header(&mail, "Date").unwrap();
    let date = chrono::DateTime::parse_from_rfc2822(&date).unwrap();
    assert_eq!(date.offset().local_minus_utc(), 0, "{date}");
}

both_backends!(
    source_pages_show_typed_markup_as_text,
    filter_values_stay_whole_in_links,
    sql_looking_input_is_stored_as_text,
    invitation_steps_only_go_in_order,
    source_cookie_is_host_prefixed_and_secure_over_tls,
    hsts_only_under_an_https_address,
    every_response_has_a_strict_policy,
    every_text_response_names_utf8,
    ambiguous_request_lengths_are_refused,
    oversized_key_uploads_are_refused_clearly,
    password_fields_are_masked,
    passwords_match_exactly_as_typed,
    long_passwords_can_be_set_and_used,
    every_staff_page_offers_logout,
    instance_signatures_hash_with_sha256,
    trace_is_refused,
    no_secret_travels_in_a_url,
    password_hashing_takes_turns,
    times_are_utc_whatever_the_servers_zone,
);
