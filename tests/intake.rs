//! The source form and the CLI, through the real binary on port 0: strict
//! headers, no cookies, CSRF, bad input, double submits, field errors that
//! keep every character typed, the rate limit, logs without client data,
//! key validation, and routing changes reaching a running server.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use sequoia_openpgp as openpgp;
use std::time::Duration;

fn basic(backend: Backend) -> (Instance, Responder) {
    let (inst, mut rs) = Instance::with_desk(backend, &["alice"]);
    (inst, rs.remove(0))
}

fn assert_strict_headers(r: &Resp, what: &str) {
    let csp = r
        .header("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no CSP"));
    for part in [
        "default-src 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{what}: CSP lacks {part}");
    }
    // Scripts only from the instance itself, never inline or evaluated,
    // and none may write HTML (Trusted Types with no policy).
    assert!(
        !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
        "{what}: CSP allows inline script"
    );
    let script = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"));
    assert!(
        script.is_none_or(|d| d == "script-src 'self'"),
        "{what}: CSP allows script from {script:?}"
    );
    assert!(csp.contains("trusted-types 'none'"), "{what}: {csp}");
    assert_eq!(r.header("referrer-policy"), Some("no-referrer"), "{what}");
    assert_eq!(
        r.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(r.header("x-frame-options"), Some("DENY"), "{what}");
    assert!(r.header("permissions-policy").is_some(), "{what}");
    assert!(r.header("set-cookie").is_none(), "{what}: sets a cookie");
    if r.header("content-type")
        .is_some_and(|c| c.starts_with("text/html"))
    {
        assert_eq!(r.header("cache-control"), Some("no-store"), "{what}");
        // One script, the instance's own "Leave now" key; one link away,
        // "Leave now" itself, which sends no referrer.
        let leave = "<script src=\"/static/leave.js\" defer></script>";
        let body = r.body.replacen(leave, "", 1);
        assert!(!body.contains("<script"), "{what}: has another script");
        let exit = format!(
            "<a class=\"leave\" href=\"{}\" rel=\"noreferrer\"",
            tipline::config::DEFAULT_LEAVE_URL
        );
        assert!(body.contains(&exit), "{what}: no Leave now link");
        let body = body.replacen(&exit, "", 1);
        assert!(
            !body.contains("src=\"http") && !body.contains("href=\"http"),
            "{what}: third-party asset"
        );
    }
}

fn source_pages_are_strict_and_cookieless(backend: Backend) {
    let (inst, _) = basic(backend);
    let s = inst.serve(&[]);
    let form = s.get("/");
    assert_eq!(form.status, 200);
    assert_strict_headers(&form, "GET /");
    // Every text input and textarea keeps the phone's keyboard out.
    for tag in form
        .body
        .split('<')
        .filter(|t| t.starts_with("textarea") || (t.starts_with("input") && !t.contains("type=")))
    {
        assert!(
            tag.contains("autocomplete=\"off\"") && tag.contains("spellcheck=\"false\""),
            "{tag}"
        );
    }
    assert!(
        form.body.contains("maxlength=\"20000\""),
        "limits are mirrored by maxlength"
    );
    assert!(form.body.contains("lang=\"en\""));
    assert!(s.get("/?lang=my").body.contains("<html lang=\"my\""));
    let zh = read_with_lang(&s, "zh-CN,zh;q=0.9");
    assert!(zh.contains("<html lang=\"zh-Hans\""));
    let css = s.get("/static/style.css");
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));
    let missing = s.get("/admin/../etc/passwd");
    assert_eq!(missing.status, 404);
    assert_strict_headers(&missing, "404");
    let receipt = s.report(&[("details", "headers test")]);
    assert_eq!(receipt.status, 200);
    assert_strict_headers(&receipt, "receipt");
    assert!(
        receipt.body.contains("keyboard"),
        "receipt warns about keyboards"
    );
    assert!(
        receipt.body.contains("href=\"/followup?lang=en\""),
        "the receipt leads to the follow-up page"
    );
    // The follow-up page: as strict, no cookie before a codename matches,
    // the same keyboard care, in every language.
    let followup = s.get("/followup");
    assert_eq!(followup.status, 200);
    assert_strict_headers(&followup, "GET /followup");
    assert!(followup.body.contains("autocomplete=\"off\""));
    assert!(followup.body.contains("spellcheck=\"false\""));
    assert!(
        s.get("/followup?lang=my")
            .body
            .contains("<html lang=\"my\"")
    );
    let miss = s.post_form(
        "/followup",
        &[
            ("token", &token_of(&followup.body)),
            ("codename", "no such words at all"),
        ],
    );
    assert_eq!(miss.status, 422);
    assert_strict_headers(&miss, "POST /followup (miss)");
    assert!(
        form.header("content-security-policy")
            .unwrap()
            .contains("require-trusted-types-for 'script'")
    );
}

fn read_with_lang(s: &Server, accept: &str) -> String {
    read(
        agent()
            .get(s.url("/"))
            .header("User-Agent", UA)
            .header("Accept-Language", accept)
            .call(),
    )
    .body
}

fn csrf_and_bad_input_get_clear_pages(backend: Backend) {
    let (inst, _) = basic(backend);
    let s = inst.serve(&[]);
    let token = s.token();
    let good = encode(&[("token", &token), ("details", "x")]);
    let form = "application/x-www-form-urlencoded";
    let cross = s.post_raw(
        "/report",
        form,
        good.as_bytes(),
        &[("Sec-Fetch-Site", "cross-site")],
    );
    assert_eq!(cross.status, 403);
    assert_strict_headers(&cross, "403");
    let evil = s.post_raw(
        "/report",
        form,
        good.as_bytes(),
        &[("Origin", "http://evil.example")],
    );
    assert_eq!(evil.status, 403);
    let forged = s.post_form(
        "/report",
        &[
            (
                "token",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            ),
            ("details", "x"),
        ],
    );
    assert_eq!(forged.status, 403);
    assert_eq!(
        s.post_form("/report", &[("details", "x")]).status,
        403,
        "missing token"
    );
    let bad_utf8 = s.post_raw(
        "/report",
        form,
        format!("token={token}&details=%FF%FE").as_bytes(),
        &[("Sec-Fetch-Site", "same-origin")],
    );
    assert_eq!(bad_utf8.status, 400);
    assert!(
        !bad_utf8.body.contains("Utf8") && !bad_utf8.body.contains("invalid utf-8"),
        "no library error text"
    );
    assert!(bad_utf8.body.contains("could not be read"));
    assert_strict_headers(&bad_utf8, "400");
    let wrong_type = s.post_raw(
        "/report",
        "text/plain",
        good.as_bytes(),
        &[("Sec-Fetch-Site", "same-origin")],
    );
    assert_eq!(wrong_type.status, 400);
    let huge = vec![b'a'; tipline::report::max_body_bytes() + 10];
    let too_big = s.post_raw("/report", form, &huge, &[("Sec-Fetch-Site", "same-origin")]);
    assert_eq!(too_big.status, 413);
    assert_strict_headers(&too_big, "413");
    assert!(tip_ids(&inst).is_empty(), "nothing stored");
    // The same token still works for a real submission afterwards.
    let ok = s.post_raw(
        "/report",
        form,
        good.as_bytes(),
        &[("Sec-Fetch-Site", "same-origin")],
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
}

fn double_submit_is_received_once(backend: Backend) {
    let (inst, _) = basic(backend);
    let s = inst.serve(&[]);
    let token = s.token();
    let fields = [
        ("token", token.as_str()),
        ("details", "only once"),
        ("action", "submit"),
    ];
    let first = s.post_form("/report", &fields);
    assert_eq!(first.status, 200);
    assert!(first.body.contains("class=\"words\""));
    let again = s.post_form("/report", &fields);
    assert_eq!(again.status, 200);
    assert!(again.body.contains("already received"), "{}", again.body);
    assert!(!again.body.contains("class=\"words\""));
    // Concurrent repeats (a slow circuit, several clicks) also store one.
    let token2 = s.token();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let url = s.url("/report");
            let token = token2.clone();
            std::thread::spawn(move || {
                let fields = [
                    ("token", token.as_str()),
                    ("details", "raced"),
                    ("action", "submit"),
                ];
                post_form_with(&agent(), &url, &fields).status
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 200);
    }
    assert_eq!(tip_ids(&inst).len(), 2);
}

fn rejected_form_keeps_everything_typed(backend: Backend) {
    let (inst, _) = basic(backend);
    let s = inst.serve(&[]);
    let too_long = "ချ".repeat(101); // 202 characters, 606 bytes: over the area limit of 200
    let resp = s.report(&[
        ("area", &too_long),
        ("compound", "KK Park 园区"),
        ("details", "ဒီမှာ အသေးစိတ်"),
        ("people_count", "2"),
        ("p1_name", "Aung Aung"),
        ("p1_nationality", "MM"),
        ("consent_police", "yes"),
        ("role", "family"),
        ("lang", "en"),
    ]);
    assert_eq!(resp.status, 422);
    assert!(
        resp.body.contains("at most 200 characters"),
        "a clear per-field message"
    );
    for kept in [too_long.as_str(), "KK Park 园区", "ဒီမှာ အသေးစိတ်", "Aung Aung"]
    {
        assert!(resp.body.contains(kept), "lost: {kept}");
    }
    assert!(
        resp.body.contains("name=\"p1_name\""),
        "both person blocks shown"
    );
    assert!(resp.body.contains("value=\"MM\" selected"));
    assert!(resp.body.contains("value=\"family\" checked"));
    assert!(
        resp.body
            .contains("name=\"consent_police\" value=\"yes\" checked")
    );
    assert!(tip_ids(&inst).is_empty());

    let nothing = s.report(&[("role", "inside")]);
    assert_eq!(nothing.status, 422);
    assert!(nothing.body.contains("where the compound is"));

    // "Add another person" works without JavaScript and keeps what was typed.
    let token = s.token();
    let more = s.post_form(
        "/report",
        &[
            ("token", &token),
            ("action", "add_person"),
            ("p0_name", "Ko Ko"),
            ("details", "keep me"),
        ],
    );
    assert_eq!(more.status, 200);
    assert!(
        more.body.contains("name=\"p1_name\"")
            && more.body.contains("Ko Ko")
            && more.body.contains("keep me")
    );
    assert!(more.body.contains(&token), "the same token is carried on");
    assert!(tip_ids(&inst).is_empty());
}

fn unicode_round_trips_exactly(backend: Backend) {
    if !tool("gpg") {
        return;
    }
    let (inst, r) = basic(backend);
    let s = inst.serve(&[]);
    let text = "မြန်မာ ကျွန်တော့်အစ်ကို\r\n缅甸妙瓦底 KK园区\r\nمرحبا 🙏🏽 e\u{301} \u{200d}\ttab";
    let resp = s.report(&[("details", text), ("compound", "ရွှေကုက္ကိုလ်"), ("lang", "my")]);
    assert_eq!(resp.status, 200, "{}", resp.body);
    let id = &tip_ids(&inst)[0];
    let gpg = Gpg::new(&[&r.secret, &inst.instance_cert()]);
    let (plain, _) = gpg.decrypt(inst.ok(&["tip", "export", id]).as_bytes());
    let plain = String::from_utf8(plain).unwrap();
    let json_start = plain.find("\r\n{").unwrap();
    let json_end = plain.rfind('}').unwrap();
    let json: serde_json::Value = serde_json::from_str(&plain[json_start..=json_end]).unwrap();
    assert_eq!(json["details"], text);
    assert_eq!(json["location"]["compound"], "ရွှေကုက္ကိုလ်");
}

fn rate_limit_slows_without_losing_input(backend: Backend) {
    let (mut inst, _) = basic(backend);
    inst.extra_env
        .push(("TIPLINE_REPORT_RATE_PER_MINUTE".into(), "1".into()));
    inst.extra_env
        .push(("TIPLINE_REPORT_BURST".into(), "2".into()));
    let s = inst.serve(&[]);
    assert_eq!(s.report(&[("details", "one")]).status, 200);
    assert_eq!(s.report(&[("details", "two")]).status, 200);
    let busy = s.report(&[("details", "three — keep this")]);
    assert_eq!(busy.status, 503);
    assert!(busy.body.contains("try again in a few minutes"));
    assert!(
        busy.body.contains("three — keep this"),
        "the form comes back with what was typed"
    );
    assert_eq!(busy.header("retry-after"), Some("300"));
    assert_eq!(tip_ids(&inst).len(), 2);
    assert!(inst.ok(&["alert", "list"]).contains("rate-limited"));
}

fn logs_hold_no_client_data(backend: Backend) {
    let (inst, _) = basic(backend);
    let s = inst.serve(&[]);
    s.get("/?lang=my&secret=query");
    s.report(&[("details", "log test")]);
    s.get("/missing");
    std::thread::sleep(Duration::from_millis(200));
    let logs = s.logs();
    assert!(
        logs.contains("route=/report") && logs.contains("status=200"),
        "the request log works: {logs}"
    );
    for bad in ["127.0.0.1", "CanaryAgent", "secret=query", "log test"] {
        assert!(!logs.contains(bad), "log holds {bad}: {logs}");
    }
    // No plaintext in a crash file: core dumps are off in the server.
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", s.pid())).unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(core.split_whitespace().nth(4), Some("0"), "{core}");
}

fn key_validation_refuses_unusable_certificates(backend: Backend) {
    use openpgp::cert::prelude::*;
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    let add = |name: &str, armored: &str| {
        let path = inst.write(&format!("{name}.asc"), armored.as_bytes());
        inst.cli(&[
            "responder",
            "add",
            "--team",
            "Desk",
            "--name",
            name,
            "--email",
            "x@example.org",
            "--key",
            &path,
        ])
    };
    let refused = |name: &str, armored: &str, why: &str| {
        let out = add(name, armored);
        assert!(!out.status.success(), "{name} accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(why), "{name}: {err}");
    };
    let now = std::time::SystemTime::now();
    let sign_only =
        Responder::with_builder(CertBuilder::new().add_userid("s").add_signing_subkey());
    refused("signonly", &sign_only.public, "sign-only");
    // Responder::with_builder sets its own creation time: build this one directly.
    let (old, _) = CertBuilder::general_purpose(Some("e"))
        .set_cipher_suite(CipherSuite::Cv25519)
        .set_creation_time(now - Duration::from_secs(7200))
        .set_validity_period(Duration::from_secs(60))
        .generate()
        .unwrap();
    refused("expired", &Responder::from_cert(old).public, "expired");
    let (cert, rev) = CertBuilder::general_purpose(Some("r"))
        .set_creation_time(now - Duration::from_secs(60))
        .generate()
        .unwrap();
    let (revoked, _) = cert.insert_packets(Some(rev)).unwrap();
    refused("revoked", &Responder::from_cert(revoked).public, "revoked");
    let (v6, _) = CertBuilder::general_purpose(Some("v6"))
        .set_profile(openpgp::Profile::RFC9580)
        .unwrap()
        .set_creation_time(now - Duration::from_secs(60))
        .generate()
        .unwrap();
    refused("v6", &Responder::from_cert(v6).public, "v6");
    refused("junk", "not a key", "not an OpenPGP certificate");
    let demo = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/keys/demo/responder.pub.asc"
    ))
    .unwrap();
    refused("demo", &demo, "demo key");

    let good = Responder::generate("good");
    let path = inst.write("good.asc", good.public.as_bytes());
    let bad_email = inst.cli(&[
        "responder",
        "add",
        "--team",
        "Desk",
        "--name",
        "g",
        "--email",
        "nope",
        "--key",
        &path,
    ]);
    assert!(
        !bad_email.status.success()
            && String::from_utf8_lossy(&bad_email.stderr).contains("e-mail")
    );
    let no_team = inst.cli(&[
        "responder",
        "add",
        "--team",
        "Nobody",
        "--name",
        "g",
        "--email",
        "g@example.org",
        "--key",
        &path,
    ]);
    assert!(
        !no_team.status.success() && String::from_utf8_lossy(&no_team.stderr).contains("no team")
    );
    let out = inst.ok(&[
        "responder",
        "add",
        "--team",
        "Desk",
        "--name",
        "g",
        "--email",
        "g@example.org",
        "--key",
        &path,
    ]);
    assert!(out.contains(&good.fingerprint[..4]) && out.contains("PENDING"));
    let list = inst.ok(&["responder", "list"]);
    assert!(list.contains("pending") && list.contains(&good.fingerprint));
    let id = out.split_whitespace().nth(2).unwrap().to_owned();
    inst.ok(&["responder", "vet", &id]);
    assert!(inst.ok(&["responder", "list"]).contains("vetted"));
    assert!(!inst.cli(&["responder", "vet", "0000"]).status.success());

    // Route rules: unique priorities, one default without criteria, known teams and values.
    inst.ok(&[
        "route",
        "add",
        "--name",
        "MM",
        "--team",
        "Desk",
        "--country",
        "mm",
        "--priority",
        "5",
    ]);
    let err = |args: &[&str], why: &str| {
        let o = inst.cli(args);
        assert!(!o.status.success(), "{args:?} accepted");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains(why),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    };
    err(
        &[
            "route",
            "add",
            "--name",
            "Tie",
            "--team",
            "Desk",
            "--priority",
            "5",
        ],
        "already used",
    );
    err(
        &["route", "add", "--name", "X", "--team", "Nobody"],
        "no team",
    );
    err(
        &[
            "route",
            "add",
            "--name",
            "X",
            "--team",
            "Desk",
            "--country",
            "Myanmar",
        ],
        "ISO 3166",
    );
    err(
        &[
            "route", "add", "--name", "X", "--team", "Desk", "--role", "boss",
        ],
        "--role",
    );
    err(
        &[
            "route", "add", "--name", "X", "--team", "Desk", "--urgent", "maybe",
        ],
        "--urgent",
    );
    err(
        &[
            "route",
            "add",
            "--name",
            "X",
            "--team",
            "Desk",
            "--language",
            "de",
        ],
        "--language",
    );
    err(
        &[
            "route",
            "add",
            "--name",
            "D",
            "--team",
            "Desk",
            "--default",
            "--country",
            "KH",
        ],
        "no criteria",
    );
    inst.ok(&["route", "add", "--name", "D", "--team", "Desk", "--default"]);
    err(
        &[
            "route",
            "add",
            "--name",
            "D2",
            "--team",
            "Desk",
            "--default",
        ],
        "already the default",
    );
    err(&["team", "add", "Desk", "--kind", "ngo"], "already exists");
    err(&["team", "add", "New", "--kind", "army"], "--kind");
    let routes = inst.ok(&["route", "list"]);
    assert!(routes.contains("MM") && routes.contains("[default]"));
}

fn vetting_reaches_a_running_server(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    let r = Responder::generate("late");
    inst.add_responder("Desk", "late", &r);
    inst.ok(&[
        "route",
        "add",
        "--name",
        "All",
        "--team",
        "Desk",
        "--default",
    ]);
    let s = inst.serve(&[]);
    let token = s.token();
    let fields = [
        ("token", token.as_str()),
        ("details", "waiting for a key"),
        ("action", "submit"),
    ];
    let refused = s.post_form("/report", &fields);
    assert_eq!(refused.status, 503);
    assert!(
        refused.body.contains("cannot be accepted right now")
            && refused.body.contains("waiting for a key")
    );
    assert!(inst.ok(&["alert", "list"]).contains("no-recipients"));
    inst.ok(&["responder", "vet", &r.fingerprint]);
    let accepted = s.post_form("/report", &fields);
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let id = &tip_ids(&inst)[0];
    let pk = pkesk_recipients(inst.ok(&["tip", "export", id]).as_bytes());
    assert!(r.encryption_keyids().iter().any(|k| pk.contains(k)));
}

fn instance_key_is_pinned(backend: Backend) {
    let (inst, _) = basic(backend);
    drop(inst.serve(&[]));
    let key = inst.dir.path().join("keys/instance.key.asc");
    std::fs::remove_file(&key).unwrap();
    let out = inst.cli(&["serve"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("refusing to start"));
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&key).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
}

fn demo_instance_is_loud_and_readable(backend: Backend) {
    let inst = Instance::new(backend);
    let s = inst.serve(&["--demo"]);
    let page = s.get("/");
    assert!(page.body.contains("DEMO INSTANCE"));
    assert_eq!(s.report(&[("details", "demo report")]).status, 200);
    drop(s);
    if tool("gpg") {
        let demo_secret = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/keys/demo/responder.sec.asc"
        ))
        .unwrap();
        let gpg = Gpg::new(&[&demo_secret, &inst.instance_cert()]);
        let (plain, _) = gpg.decrypt(inst.ok(&["tip", "export", &tip_ids(&inst)[0]]).as_bytes());
        assert!(contains(&plain, b"demo report"));
    }
    // Starting again with --demo is fine; a real database refuses demo seeding.
    drop(inst.serve(&["--demo"]));
    let (real, _) = basic(backend);
    let out = real.cli(&["serve", "--demo"]);
    assert!(
        !out.status.success() && String::from_utf8_lossy(&out.stderr).contains("empty database")
    );
}

/// Many sources at once: group commit writes them in shared batches, and
/// each report is stored exactly once, each repeated form is refused, and
/// every receipt is its own.
fn concurrent_reports_are_each_stored_once(backend: Backend) {
    let (inst, _) = basic(backend);
    let s = inst.serve(&[]);
    const THREADS: usize = 16;
    const EACH: usize = 3;
    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let (form, url) = (s.url("/"), s.url("/report"));
            std::thread::spawn(move || {
                let agent = agent();
                let mut codenames = Vec::new();
                let mut last = String::new();
                for i in 0..EACH {
                    let page = get_with(&agent, &form).body;
                    last = token_of(&page);
                    let details = format!("report {t}-{i}");
                    let r = post_form_with(
                        &agent,
                        &url,
                        &[
                            ("token", &last),
                            ("details", &details),
                            ("action", "submit"),
                        ],
                    );
                    assert_eq!(r.status, 200, "{}", r.body);
                    let words = r
                        .body
                        .split("class=\"words\"")
                        .nth(1)
                        .unwrap_or_else(|| panic!("no codename on the receipt: {}", r.body));
                    codenames.push(words.chars().take(120).collect::<String>());
                }
                let again = post_form_with(
                    &agent,
                    &url,
                    &[("token", &last), ("details", "again"), ("action", "submit")],
                );
                assert_eq!(again.status, 200);
                assert!(again.body.contains("already received"), "{}", again.body);
                codenames
            })
        })
        .collect();
    let mut codenames: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    assert_eq!(codenames.len(), THREADS * EACH);
    codenames.sort();
    codenames.dedup();
    assert_eq!(
        codenames.len(),
        THREADS * EACH,
        "two receipts showed the same codename"
    );
    assert_eq!(tip_ids(&inst).len(), THREADS * EACH);
}

/// PostgreSQL stores every sealed column out of line and uncompressed:
/// its default storage ran the pglz compressor over each sealed tip, which
/// cannot shrink encrypted data (docs/PERFORMANCE.md).
#[test]
fn postgres_stores_sealed_columns_uncompressed() {
    if !postgres_available() {
        return;
    }
    let (inst, _) = basic(Backend::Postgres);
    let s = inst.serve(&[]);
    let r = s.report(&[("details", &"compound near the river ".repeat(200))]);
    assert_eq!(r.status, 200, "{}", r.body);
    let storage = inst.db.pg_query(
        "SELECT c.relname || '.' || a.attname || '=' || a.attstorage::text \
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
         WHERE a.attname = 'sealed' AND c.relkind = 'r' ORDER BY 1",
    );
    assert_eq!(
        storage.lines().collect::<Vec<_>>(),
        [
            "messages.sealed=e",
            "notes.sealed=e",
            "outbox.sealed=e",
            "tips.sealed=e"
        ]
    );
    // The stored tip is larger than a page, so out of line, and not compressed.
    let tip = inst
        .db
        .pg_query("SELECT octet_length(sealed), pg_column_compression(sealed) IS NULL FROM tips");
    let (len, plain) = tip.trim().split_once('|').unwrap();
    assert!(len.parse::<usize>().unwrap() > 8192, "{tip}");
    assert_eq!(plain, "t", "{tip}");
}

/// A co-located PostgreSQL reached over its Unix socket (`?host=DIR`, as
/// README recommends): reports are received, and every connection the
/// server holds is a local one (no client address: not TCP).
#[test]
fn postgres_over_its_unix_socket() {
    if !postgres_available() {
        return;
    }
    let dir =
        std::env::var("TEST_POSTGRES_SOCKET").unwrap_or_else(|_| "/var/run/postgresql".into());
    let (mut inst, _) = basic(Backend::Postgres);
    let name = inst.db.pg_name.clone().unwrap();
    inst.db.url = format!("postgres://postgres@localhost/{name}?host={dir}");
    let s = inst.serve(&[]);
    let r = s.report(&[("details", "over the socket")]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("class=\"words\""), "{}", r.body);
    assert_eq!(tip_ids(&inst).len(), 1);
    let conns = inst.db.pg_query(&format!(
        "SELECT count(*) FILTER (WHERE client_addr IS NULL), \
                count(*) FILTER (WHERE client_addr IS NOT NULL) \
         FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    ));
    let (local, tcp) = conns.trim().split_once('|').unwrap();
    assert!(local.parse::<u32>().unwrap() >= 1, "{conns}");
    assert_eq!(tcp, "0", "{conns}");
}

/// Every source page in every one of the 26 languages, in its own
/// direction, with the language carried from page to page without a
/// cookie, "Leave now" and the device-safety page on each.
#[test]
fn every_source_page_speaks_every_language() {
    use tipline::i18n::Lang;
    let (inst, _) = basic(Backend::Sqlite);
    let s = inst.serve(&[]);
    for l in Lang::ALL {
        let code = l.code();
        let head = format!("<html lang=\"{code}\" dir=\"{}\">", l.dir());
        let form = s.get(&format!("/?lang={code}"));
        assert_eq!(form.status, 200, "{code}");
        assert!(form.body.contains(&head), "{code}: {head}");
        for id in [
            "form-title",
            "submit",
            "leave-now",
            "safety-link",
            "country-MM",
        ] {
            assert!(unescape(&form.body).contains(&l.t(id)), "{code}: {id}");
        }
        assert!(
            form.body
                .contains(&format!("name=\"lang\" value=\"{code}\""))
        );
        assert!(form.body.contains(&format!("href=\"/safety?lang={code}\"")));
        // The switcher: every language, each named in its own script.
        for other in Lang::ALL {
            assert!(
                form.body.contains(&format!(
                    "lang=\"{}\" dir=\"{}\"",
                    other.code(),
                    other.dir()
                )) && form.body.contains(other.native_name()),
                "{code}: switcher lacks {}",
                other.code()
            );
        }
        let safety = s.get(&format!("/safety?lang={code}"));
        assert_eq!(safety.status, 200);
        assert_strict_headers(&safety, "GET /safety");
        assert!(safety.body.contains(&head), "{code}: safety");
        for id in [
            "safety-title",
            "safety-keyboard-body",
            "safety-codename-body",
            "safety-kept-body",
        ] {
            assert!(unescape(&safety.body).contains(&l.t(id)), "{code}: {id}");
        }
        // A report sent in that language: the receipt and its links stay in
        // it, the codename reads left to right even in Arabic.
        let token = token_of(&form.body);
        let receipt = s.post_form(
            "/report",
            &[("token", &token), ("lang", code), ("details", "x")],
        );
        assert_eq!(receipt.status, 200, "{code}");
        assert!(receipt.body.contains(&head), "{code}: receipt");
        assert!(
            unescape(&receipt.body).contains(&l.t("receipt-title")),
            "{code}"
        );
        assert!(receipt.body.contains(&format!("/followup?lang={code}")));
        assert!(
            receipt
                .body
                .contains("class=\"words\" lang=\"en\" dir=\"ltr\"")
        );
        // A form sent back for a missing answer comes back in it too.
        let token = token_of(&s.get(&format!("/?lang={code}")).body);
        let again = s.post_form("/report", &[("token", &token), ("lang", code)]);
        assert_eq!(again.status, 422, "{code}");
        assert!(again.body.contains(&head));
        assert!(
            unescape(&again.body).contains(&l.t("form-error-where-or-what")),
            "{code}"
        );
        let followup = s.get(&format!("/followup?lang={code}"));
        assert!(followup.body.contains(&head), "{code}: follow-up");
        assert!(unescape(&followup.body).contains(&l.t("followup-open-title")));
    }
    for (accept, code) in [
        ("zh-TW,zh;q=0.9,en;q=0.5", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-SG", "zh-Hans"),
        ("pt-PT,pt;q=0.9", "pt-BR"),
        ("ms-MY,en;q=0.3", "ms"),
        ("id-ID", "id"),
        ("fil", "tl"),
        ("de-DE, ar;q=0.4", "ar"),
        ("de-DE", "en"),
    ] {
        assert!(
            read_with_lang(&s, accept).contains(&format!("<html lang=\"{code}\"")),
            "{accept} → {code}"
        );
    }
    // The Escape key, for browsers that run scripts.
    let js = s.get("/static/leave.js");
    assert_eq!(js.status, 200);
    assert!(
        js.header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.body.contains("location.replace") && js.body.contains("Escape"));
}

/// The country names in every locale are CLDR's, as
/// `scripts/cldr-countries.mjs` writes them from the pinned package.
#[test]
fn country_names_are_cldrs() {
    if !std::path::Path::new("node_modules/cldr-localenames-full").exists() {
        let npm = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .status();
        assert!(npm.is_ok_and(|s| s.success()), "npm ci failed");
    }
    let out = std::process::Command::new("node")
        .args(["scripts/cldr-countries.mjs", "--check"])
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// "Leave now" goes where the operator says, and only to a web address.
#[test]
fn leave_now_goes_where_configured() {
    let (mut inst, _) = basic(Backend::Sqlite);
    inst.extra_env.push((
        "TIPLINE_LEAVE_URL".into(),
        "https://weather.example/today?city=bkk&x=1".into(),
    ));
    let s = inst.serve(&[]);
    for path in ["/", "/followup", "/safety", "/nowhere"] {
        assert!(
            unescape(&s.get(path).body).contains(
                "<a class=\"leave\" href=\"https://weather.example/today?city=bkk&x=1\" rel=\"noreferrer\""
            ),
            "{path}"
        );
    }
    drop(s);
    for bad in [
        "javascript:alert(1)",
        "https://x.example/\"onmouseover=1",
        "ftp://x.example/",
    ] {
        let out = inst
            .command()
            .arg("serve")
            .env("TIPLINE_LEAVE_URL", bad)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad} accepted");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("leave_url must be"),
            "{bad}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

both_backends!(
    source_pages_are_strict_and_cookieless,
    csrf_and_bad_input_get_clear_pages,
    double_submit_is_received_once,
    concurrent_reports_are_each_stored_once,
    rejected_form_keeps_everything_typed,
    unicode_round_trips_exactly,
    rate_limit_slows_without_losing_input,
    logs_hold_no_client_data,
    key_validation_refuses_unusable_certificates,
    vetting_reaches_a_running_server,
    instance_key_is_pinned,
    demo_instance_is_loud_and_readable,
);

/// The ids a query returns, in its order (as hex).
fn ids_of(inst: &Instance, sql: &str) -> Vec<String> {
    query_rows(inst, sql)
        .into_iter()
        .map(|r| r.try_get_by_index::<String>(0).unwrap())
        .collect()
}

/// Spearman's rank correlation of two orders of the same items.
fn rank_correlation(a: &[String], b: &[String]) -> f64 {
    let n = a.len() as f64;
    let d2: f64 = a
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let j = b.iter().position(|y| y == x).unwrap();
            (i as f64 - j as f64).powi(2)
        })
        .sum();
    1.0 - 6.0 * d2 / (n * (n * n - 1.0))
}

/// A seized SQLite database does not tell in which order a day's reports
/// arrived: not the tips' rowids, nor those of their sources and team rows
/// (reports sent one at a time, each its own batch).
#[test]
fn a_days_arrival_order_is_not_in_the_sqlite_rowids() {
    let (mut inst, _rs) = Instance::with_desk(Backend::Sqlite, &["kyaw", "mya"]);
    inst.extra_env
        .push(("TIPLINE_MAIL_DELAY".into(), "1d".into()));
    let s = inst.serve(&[]);
    let mut arrival: Vec<String> = Vec::new();
    for i in 0..40 {
        let r = s.report(&[("details", &format!("report {i}")), ("country", "MM")]);
        assert_eq!(r.status, 200);
        let all = ids_of(&inst, "SELECT lower(hex(id)) FROM tips");
        let new: Vec<&String> = all.iter().filter(|id| !arrival.contains(id)).collect();
        assert_eq!(new.len(), 1);
        arrival.push(new[0].clone());
    }
    for (table, col) in [
        ("tips", "id"),
        ("sources", "tip_id"),
        ("tip_teams", "tip_id"),
    ] {
        let mut stored = Vec::new();
        for id in ids_of(
            &inst,
            &format!("SELECT lower(hex({col})) FROM {table} ORDER BY rowid"),
        ) {
            if !stored.contains(&id) {
                stored.push(id);
            }
        }
        assert_eq!(stored.len(), arrival.len(), "{table}");
        let rho = rank_correlation(&arrival, &stored);
        // Random order: rho is about 0 ± 0.16; in arrival order it is 1.
        assert!(
            rho.abs() < 0.7,
            "{table}: rowid order follows arrival (rho {rho:.2})"
        );
    }
}
