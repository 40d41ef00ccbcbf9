//! The conversation of a tip, on SQLite and PostgreSQL: a team replies
//! from the tip page (sealed on the server), the source comes back with
//! the codename — normalised, looked up, slowed by a limiter — reads the
//! replies with the key re-derived in memory and adds information, which
//! is sealed to the teams of the report, listed on their tip pages and
//! mailed. Nothing of any of it is stored or logged in the clear; a reply
//! sealed elsewhere is accepted only if it is sealed to exactly the right
//! keys; no cookie is set until a codename matches.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use sequoia_openpgp as openpgp;
use std::sync::Arc;
use tipline::clock::{Clock, ManualClock};

const PASSWORD: &str = "harbour tamarind violet kite";

/// Posts a form to the follow-up pages as the source's browser would.
fn source_post(b: &mut Browser, path: &str, fields: &[(&str, &str)]) -> Resp {
    b.post(path, fields)
}

/// Opens the follow-up page with `codename`.
fn open(b: &mut Browser, codename: &str) -> Resp {
    let page = b.get("/followup");
    assert_eq!(page.status, 200);
    let token = hidden(&page.body, "token");
    source_post(b, "/followup", &[("token", &token), ("codename", codename)])
}

/// A desk with one signed-in responder, and a report with its codename.
struct Desk {
    inst: Instance,
    server: Server,
    member: Browser,
    key: Responder,
    tip_page: String,
    codename: String,
}

fn desk(backend: Backend, report: &str) -> Desk {
    let (inst, mut rs) = Instance::with_desk(backend, &["kyaw"]);
    let key = rs.remove(0);
    let server = inst.serve(&[]);
    let (member, _) = sign_in(
        &inst,
        &server,
        PASSWORD,
        &[
            "--email",
            "kyaw@example.org",
            "--role",
            "responder",
            "--responder",
            &key.fingerprint,
        ],
    );
    let r = server.report(&[("details", report)]);
    assert_eq!(r.status, 200);
    let codename = codename_of(&r.body);
    let mut d = Desk {
        inst,
        server,
        member,
        key,
        tip_page: String::new(),
        codename,
    };
    let inbox = d.member.get("/responder/inbox").body;
    d.tip_page = format!(
        "/responder/tips/{}",
        between(&inbox, "href=\"/responder/tips/", "\"")
    );
    d
}

impl Desk {
    fn reply(&mut self, text: &str) -> Resp {
        let csrf = hidden(&self.member.get(&self.tip_page).body, "csrf");
        self.member.post(
            &self.tip_page,
            &[("csrf", &csrf), ("action", "reply"), ("reply", text)],
        )
    }

    /// The message downloads linked from the tip page.
    fn messages(&mut self) -> Vec<String> {
        self.member
            .get(&self.tip_page)
            .body
            .split("/messages/")
            .skip(1)
            .map(|s| format!("{}/messages/{}", self.tip_page, &s[..s.find('"').unwrap()]))
            .collect()
    }
}

/// The source's encryption secret, derived from the codename as the server does.
fn source_secret(inst: &Instance, codename: &str) -> [u8; 32] {
    let derived = tipline::codename::Codename::parse(codename)
        .unwrap()
        .derive(&inst.instance_secret());
    *derived.key_secrets().1
}

fn replies_and_additions_travel_sealed(backend: Backend) {
    let canary = format!("RPLY{}", hex(&rand_bytes::<4>()));
    let added = format!("ADDD{}", hex(&rand_bytes::<4>()));
    let mut d = desk(backend, "a compound near the river");

    // The team replies without JavaScript: sealed on arrival.
    let r = d.reply(&format!("{canary} can you tell us the building number?"));
    assert_eq!(r.status, 303, "{}", r.body);
    let links = d.messages();
    assert_eq!(links.len(), 1);
    let asc = d.member.get(&links[0]);
    assert_eq!(asc.status, 200);
    assert!(asc.body.starts_with("-----BEGIN PGP MESSAGE-----"));
    if tool("gpg") {
        // A team key opens it with GnuPG, and the instance signed it.
        let gpg = Gpg::new(&[&d.key.secret, &d.inst.instance_cert()]);
        let (plain, status) = gpg.decrypt(asc.body.as_bytes());
        assert!(String::from_utf8_lossy(&plain).contains(&canary));
        assert!(status.contains("GOODSIG"), "{status}");
    }
    // The source's key, re-derived from the codename, opens it too.
    let binary = tipline::seal::dearmor_message(asc.body.as_bytes()).unwrap();
    let plain =
        tipline::seal::open_with_source_key(&source_secret(&d.inst, &d.codename), &binary).unwrap();
    assert!(String::from_utf8_lossy(&plain).contains(&canary));

    // The source: no cookie until the codename matches.
    let mut src = Browser::new(&d.server.url(""));
    let page = src.get("/followup");
    assert!(page.header("set-cookie").is_none());
    let miss = open(&mut src, "these seven words are not any codename here");
    assert_eq!(miss.status, 422);
    assert!(miss.body.contains("was not recognised"), "{}", miss.body);
    assert!(miss.header("set-cookie").is_none());
    assert!(src.cookies.is_empty());
    // Case, extra spaces and dashes do not matter.
    let typed = format!(
        "  {}  ",
        d.codename
            .to_uppercase()
            .replacen(' ', " - ", 2)
            .replacen(' ', "   ", 3)
    );
    let hit = open(&mut src, &typed);
    assert_eq!(hit.status, 200, "{}", hit.body);
    assert!(hit.body.contains(&canary), "the reply is shown");
    let cookie = hit.header("set-cookie").unwrap().to_owned();
    assert!(cookie.starts_with("tipline-source="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    assert!(!cookie.contains("Max-Age") && !cookie.contains("Expires"));

    // The source adds information, sealed to the desk.
    let csrf = hidden(&hit.body, "csrf");
    let r = source_post(
        &mut src,
        "/followup/add",
        &[
            ("csrf", &csrf),
            ("info", &format!("{added} it is building 7")),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("What you added was received"));
    // A forged token adds nothing.
    let r = source_post(
        &mut src,
        "/followup/add",
        &[("csrf", "forged"), ("info", "x")],
    );
    assert_eq!(r.status, 403);
    let links = d.messages();
    assert_eq!(links.len(), 2, "the reply and the addition");
    assert!(
        d.member
            .get(&d.tip_page)
            .body
            .contains("the source added information")
    );
    let asc = d.member.get(&links[1]);
    if tool("gpg") {
        let gpg = Gpg::new(&[&d.key.secret, &d.inst.instance_cert()]);
        let (plain, _) = gpg.decrypt(asc.body.as_bytes());
        assert!(String::from_utf8_lossy(&plain).contains(&added));
    }
    // It is mailed like a report (written as an .eml without SMTP).
    assert!(
        wait_until(30, || {
            std::fs::read_dir(d.inst.dir.path().join("data/mail"))
                .map(|r| r.flatten().count())
                .unwrap_or(0)
                >= 2
        }),
        "the report's mail and the addition's"
    );

    // Logging out ends the session.
    let r = source_post(&mut src, "/followup/logout", &[("csrf", &csrf)]);
    assert_eq!(r.status, 200);
    assert!(r.body.contains("You are logged out"));
    assert!(r.header("set-cookie").unwrap().contains("Max-Age=0"));
    let r = source_post(
        &mut src,
        "/followup/add",
        &[("csrf", &csrf), ("info", "late")],
    );
    assert_eq!(r.status, 401);
    assert!(r.body.contains("late"), "what was typed comes back");
    // With the codename again, it is in the add form, ready to send.
    let token = hidden(&r.body, "token");
    let again = source_post(
        &mut src,
        "/followup",
        &[
            ("token", &token),
            ("codename", &d.codename),
            ("info", "late"),
        ],
    );
    assert_eq!(again.status, 200);
    assert!(
        between(&again.body, "name=\"info\"", "</textarea>").ends_with("late"),
        "{}",
        again.body
    );

    // Nothing readable at rest or in the logs.
    let dump = d.inst.db.dump();
    let files = all_files(&d.inst.dir.path().join("data"));
    for secret in [&canary, &added, &d.codename] {
        assert!(
            !contains(&dump, secret.as_bytes()),
            "{secret} in the database"
        );
        assert!(
            !contains(&files, secret.as_bytes()),
            "{secret} in the data dir"
        );
        assert!(
            !d.server.logs().contains(secret.as_str()),
            "{secret} in the logs"
        );
    }
    let audit = d.inst.ok(&["audit", "list"]);
    assert!(audit.contains("reply to the source"), "{audit}");
}

/// A message sealed to `certs` as a browser would (no signature).
fn seal_elsewhere(certs: &[&openpgp::Cert], text: &str) -> String {
    use openpgp::policy::StandardPolicy;
    use openpgp::serialize::stream::Recipient;
    use openpgp::serialize::stream::{Armorer, Encryptor, LiteralWriter, Message};
    use openpgp::types::Features;
    use std::io::Write;
    let p = StandardPolicy::new();
    let keys: Vec<_> = certs
        .iter()
        .flat_map(|c| {
            c.keys()
                .with_policy(&p, None)
                .supported()
                .alive()
                .revoked(false)
                .for_transport_encryption()
                .map(|k| k.key().clone().role_into_unspecified())
                .collect::<Vec<_>>()
        })
        .collect();
    let recipients: Vec<Recipient> = keys
        .iter()
        .map(|k| Recipient::new(Features::empty().set_seipdv1(), k.key_handle(), k))
        .collect();
    let mut out = Vec::new();
    let m = Message::new(&mut out);
    let m = Armorer::new(m).build().unwrap();
    let m = Encryptor::for_recipients(m, recipients).build().unwrap();
    let mut w = LiteralWriter::new(m).build().unwrap();
    w.write_all(text.as_bytes()).unwrap();
    w.finalize().unwrap();
    String::from_utf8(out).unwrap()
}

/// A message that is not encrypted at all (literal data only), armored.
fn plain_message(text: &str) -> String {
    use openpgp::serialize::stream::{Armorer, LiteralWriter, Message};
    use std::io::Write;
    let mut out = Vec::new();
    let m = Armorer::new(Message::new(&mut out)).build().unwrap();
    let mut w = LiteralWriter::new(m).build().unwrap();
    w.write_all(text.as_bytes()).unwrap();
    w.finalize().unwrap();
    String::from_utf8(out).unwrap()
}

fn replies_sealed_elsewhere_need_exactly_the_right_keys(backend: Backend) {
    use openpgp::parse::Parse;
    let mut d = desk(backend, "a report to answer");
    let tip = d.tip_page["/responder/tips/".len()..]
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let source_cert = {
        // The source's public certificate as stored: re-made from the codename.
        let derived = tipline::codename::Codename::parse(&d.codename)
            .unwrap()
            .derive(&d.inst.instance_secret());
        openpgp::Cert::from_bytes(&derived.source_cert().unwrap().bytes).unwrap()
    };
    let team = openpgp::Cert::from_bytes(d.key.public.as_bytes()).unwrap();
    let stranger = openpgp::Cert::from_bytes(Responder::generate("eve").public.as_bytes()).unwrap();
    let csrf = hidden(&d.member.get(&d.tip_page).body, "csrf");
    let post = |d: &mut Desk, sealed: &str| {
        d.member.post(
            &d.tip_page.clone(),
            &[
                ("csrf", &csrf),
                ("action", "reply-sealed"),
                ("sealed", sealed),
            ],
        )
    };
    for (what, certs) in [
        ("team only", vec![&team]),
        ("source only", vec![&source_cert]),
        ("a stranger too", vec![&source_cert, &team, &stranger]),
        ("a stranger", vec![&stranger]),
    ] {
        let r = post(&mut d, &seal_elsewhere(&certs, "hello"));
        assert_eq!(r.status, 422, "{what}: {}", r.body);
        assert!(r.body.contains("The reply was refused"), "{what}");
    }
    assert_eq!(
        post(&mut d, &plain_message("hello")).status,
        422,
        "a message in the clear"
    );
    assert_eq!(post(&mut d, "not a message at all").status, 422);
    assert!(d.messages().is_empty(), "nothing refused was stored");
    // Exactly the source and the team: accepted, and the source reads it.
    let r = post(
        &mut d,
        &seal_elsewhere(&[&source_cert, &team], "sealed in a browser"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(
        d.member
            .get(&d.tip_page)
            .body
            .contains("(sealed in the browser, not signed")
    );
    let mut src = Browser::new(&d.server.url(""));
    let hit = open(&mut src, &d.codename);
    assert!(hit.body.contains("sealed in a browser"), "{}", hit.body);
    assert!(tip_ids(&d.inst).contains(&tip));
    // Offline, such a reply opens only when the responder says it is unsigned.
    let first = d.messages().remove(0);
    let asc = d.member.get(&first).body;
    let home = tempfile::tempdir().unwrap();
    let put = |name: &str, data: &[u8]| {
        let p = home.path().join(name);
        std::fs::write(&p, data).unwrap();
        p.display().to_string()
    };
    let (file, key) = (
        put("reply.asc", asc.as_bytes()),
        put("key.asc", d.key.secret.as_bytes()),
    );
    let instance = put("instance.asc", d.inst.instance_cert().as_bytes());
    let open_cli = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tipline"))
            .args(["open", &file, "--key", &key])
            .args(extra)
            .env_remove("DATABASE_URL")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let out = open_cli(&["--instance-cert", &instance]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not signed by the pinned instance key"));
    let out = open_cli(&["--allow-unsigned"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("sealed in a browser"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("WARNING: not checked"));
}

fn the_codename_limiter_slows_guessing(backend: Backend) {
    let (mut inst, _) = Instance::with_desk(backend, &["kyaw"]);
    inst.extra_env
        .push(("TIPLINE_FOLLOWUP_RATE_PER_MINUTE".into(), "1".into()));
    inst.extra_env
        .push(("TIPLINE_FOLLOWUP_BURST".into(), "3".into()));
    let s = inst.serve(&[]);
    let codename = codename_of(&s.report(&[("details", "x")]).body);
    let mut b = Browser::new(&s.url(""));
    for _ in 0..3 {
        assert_eq!(open(&mut b, "wrong words entirely").status, 422);
    }
    // Guessing is slowed: the next miss is "busy", and says nothing more.
    let r = open(&mut b, "still the wrong words");
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("Too many codenames"));
    assert!(r.header("retry-after").is_some());
    assert!(r.header("set-cookie").is_none());
    // The source with the right codename is never locked out by guessers.
    let mut source = Browser::new(&s.url(""));
    let r = open(&mut source, &codename);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.header("set-cookie").is_some());
    // A day's additions to one report are capped (each is mailed to every
    // responder of the report); what was typed is kept.
    let csrf = hidden(&r.body, "csrf");
    for i in 0..tipline::web::followup::ADDITIONS_PER_DAY {
        let r = source_post(
            &mut source,
            "/followup/add",
            &[("csrf", &csrf), ("info", &format!("addition {i}"))],
        );
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let r = source_post(
        &mut source,
        "/followup/add",
        &[("csrf", &csrf), ("info", "one more")],
    );
    assert_eq!(r.status, 429);
    assert!(r.body.contains("Enough has been added") && r.body.contains("one more"));
}

fn source_sessions_end_after_15_idle_minutes(backend: Backend) {
    let (inst, _) = Instance::with_desk(backend, &["kyaw"]);
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let base = in_process(inst.config(), clock.clone());
    let report = report_with(&agent(), &base, &[("details", "x")]);
    let codename = codename_of(&report.body);
    let mut b = Browser::new(&base);
    let hit = open(&mut b, &codename);
    assert_eq!(hit.status, 200);
    let csrf = hidden(&hit.body, "csrf");
    clock.advance(chrono::Duration::minutes(14));
    assert!(
        b.get("/followup").body.contains("followup/add"),
        "still signed in"
    );
    clock.advance(chrono::Duration::minutes(16));
    let page = b.get("/followup");
    assert!(page.body.contains("Your session ended"), "{}", page.body);
    assert!(!page.body.contains("followup/add"));
    let r = source_post(
        &mut b,
        "/followup/add",
        &[("csrf", &csrf), ("info", "late")],
    );
    assert_eq!(r.status, 401);
    let _ = clock.now();
}

fn a_miss_takes_about_as_long_as_a_match(backend: Backend) {
    let mut d = desk(backend, "timing");
    d.reply("one reply");
    let time = |codename: &str| {
        let mut b = Browser::new(&d.server.url(""));
        let page = b.get("/followup");
        let token = hidden(&page.body, "token");
        let t = std::time::Instant::now();
        source_post(
            &mut b,
            "/followup",
            &[("token", &token), ("codename", codename)],
        );
        t.elapsed().as_secs_f64()
    };
    let mut hits = Vec::new();
    let mut misses = Vec::new();
    for _ in 0..6 {
        hits.push(time(&d.codename));
        misses.push(time("other words that match no codename"));
    }
    hits.sort_by(|a, b| a.partial_cmp(b).unwrap());
    misses.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let (hit, miss) = (hits[3], misses[3]);
    assert!(miss >= hit * 0.2, "miss {miss:.4}s vs match {hit:.4}s");
}

both_backends!(
    replies_and_additions_travel_sealed,
    replies_sealed_elsewhere_need_exactly_the_right_keys,
    the_codename_limiter_slows_guessing,
    source_sessions_end_after_15_idle_minutes,
    a_miss_takes_about_as_long_as_a_match,
);
