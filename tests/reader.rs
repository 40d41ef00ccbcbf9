//! The in-browser reader in a real Chromium with JavaScript on, on SQLite
//! and PostgreSQL: the responder loads a passphrase-protected secret key,
//! the tips of the inbox view are decrypted in the page (the instance
//! signature checked against the pinned fingerprint), searched and grouped
//! by compound; a reply is sealed in the browser to the source's key and
//! the team's. Every request the page makes is recorded: none carries the
//! key or any plaintext; browser storage holds neither afterwards; a
//! report's XSS payload stays inert text. The reader's own logic has Node
//! tests too (`tests/reader/*.test.mjs`, run here).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use std::process::Command;

const PASSWORD: &str = "lotus ferry amber nine";
const PASSPHRASE: &str = "my key's own passphrase";
const XSS: &str = "<img src=x onerror=\"document.title='pwned'\">";

/// Logs the account in from Chromium (a recovery code: the TOTP step of
/// the shell's login is spent).
fn login(b: &Chromium, base: &str, email: &str, code: &str) {
    b.goto(&format!("{base}/responder/login"));
    b.type_into("#email", email);
    b.type_into("#password", PASSWORD);
    b.type_into("#code", code);
    b.click("main form button");
    assert!(b.url().ends_with("/responder/"), "{}", b.text());
}

/// Types the key into the reader's form and submits it.
fn load_key(b: &Chromium, armored: &str, passphrase: &str, keep: bool) {
    assert!(
        wait_until(15, || b.execute(
            "return !document.getElementById('key-form').hidden",
            serde_json::json!([])
        ) == serde_json::json!(true)),
        "the key form shows once the instance key is checked: {}",
        b.text()
    );
    b.execute(
        "document.getElementById('key-text').value = arguments[0];
         document.getElementById('key-pass').value = arguments[1];
         document.getElementById('key-keep').checked = arguments[2];",
        serde_json::json!([armored, passphrase, keep]),
    );
    b.choose("#key-form button[type=submit]");
}

/// What the page's storage holds (local, session, IndexedDB, cookies visible to script).
fn storage(b: &Chromium) -> String {
    b.execute_async(
        "const done = arguments[arguments.length - 1];
         const dump = (s) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k)]));
         indexedDB.databases().then((dbs) => done(JSON.stringify({
           local: dump(localStorage), session: dump(sessionStorage), idb: dbs, cookie: document.cookie,
         })));",
    )
    .as_str()
    .unwrap()
    .to_owned()
}

fn reader_decrypts_in_the_page_and_seals_replies(backend: Backend) {
    if !Chromium::available() {
        return;
    }
    let canary = format!("RDR{}", hex(&rand_bytes::<4>()));
    let reply_canary = format!("RPL{}", hex(&rand_bytes::<4>()));
    let (mut inst, _) = Instance::with_desk(backend, &[]);
    inst.extra_env
        .push(("TIPLINE_REPORT_RATE_PER_MINUTE".into(), "1000".into()));
    let ana = inst.responder("Desk", "ana");
    let s = inst.serve(&[]);
    let base = s.url("");
    let (_, enrolled) = sign_in(
        &inst,
        &s,
        PASSWORD,
        &[
            "--email",
            "ana@example.org",
            "--role",
            "responder",
            "--responder",
            &ana.fingerprint,
        ],
    );
    // Three reports about KK Park (the name written three ways, two with
    // coordinates 300 m apart), and one elsewhere carrying the canary and
    // an XSS payload. (Tips of one day come in random order, so each
    // report names the place; distance alone is tested in Node.)
    let codename = codename_of(
        &s.report(&[
            ("details", &format!("{canary} {XSS} ကျွန်ုပ်တို့ 园区")),
            ("compound", &format!("Compound {XSS}")),
            ("country", "KH"),
        ])
        .body,
    );
    for (compound, coords) in [
        ("KK Park", "16.6829, 98.5193"),
        ("kk park", ""),
        ("KK  PARK!", "16.6856, 98.5193"),
    ] {
        let mut f = vec![
            ("details", "about the park"),
            ("country", "MM"),
            ("compound", compound),
        ];
        if !coords.is_empty() {
            f.push(("coordinates", coords));
        }
        assert_eq!(s.report(&f).status, 200);
    }

    let b = Chromium::start_recording();
    login(&b, &base, "ana@example.org", &enrolled.enrolled_recovery(0));
    b.goto(&format!("{base}/responder/reader"));
    load_key(&b, &ana.locked_secret(PASSPHRASE), PASSPHRASE, false);
    assert!(
        b.wait_for_text("4 of 4 tip(s) decrypted", 30),
        "{}",
        b.text()
    );
    assert!(b.text().contains("is now pinned in this browser"));

    // Search: the canary finds its tip; open it.
    b.type_into("#search", &canary);
    assert!(b.wait_for_text("1 shown", 10), "{}", b.text());
    b.choose("#tips button");
    assert!(b.wait_for_text(&canary, 15), "{}", b.text());
    let text = b.text();
    assert!(text.contains("ကျွန်ုပ်တို့ 园区"), "Unicode intact");
    assert!(text.contains(XSS), "the payload is shown as text: {text}");
    let inert = b.execute(
        "return [document.querySelectorAll('img').length, document.title]",
        serde_json::json!([]),
    );
    assert_eq!(inert[0], 0, "no element was made from report text");
    assert!(!inert[1].as_str().unwrap().contains("pwned"));

    // Grouping: the three KK Park reports are one place.
    b.type_into("#search", " ");
    b.choose("#group");
    assert!(b.wait_for_text("— 3 report(s)", 10), "{}", b.text());

    // A reply sealed in the browser.
    b.type_into("#search", &canary);
    b.choose("#tips button");
    assert!(
        b.wait_for_text("Reply to the source", 15),
        "{}\n{:?}",
        b.text(),
        b.console()
    );
    b.type_into("#reply-text", &format!("{reply_canary} which building?"));
    b.choose("#detail form button[type=submit]");
    assert!(b.wait_for_text("Sent, encrypted.", 20), "{}", b.text());
    assert!(
        b.wait_for_text(&reply_canary, 15),
        "the page reads its own reply"
    );

    // Requests: none carries the key or a plaintext; the reply went sealed.
    let requests = b.requests();
    assert!(requests.len() > 5, "{requests:?}");
    let secret_markers = ["PRIVATE KEY", PASSPHRASE, &canary, &reply_canary, "ကျွန်ုပ်"];
    for (method, url, body) in &requests {
        for m in secret_markers {
            assert!(
                !url.contains(m) && !body.contains(m),
                "{method} {url} carries {m}"
            );
        }
    }
    let sealed_post = requests
        .iter()
        .find(|(m, _, body)| m == "POST" && body.contains("reply-sealed"))
        .expect("the reply was posted");
    assert!(
        sealed_post.2.contains("BEGIN+PGP+MESSAGE"),
        "{}",
        sealed_post.2
    );
    // Storage holds neither the key nor a plaintext: only the pin.
    let stored = storage(&b);
    for m in secret_markers {
        assert!(!stored.contains(m), "browser storage holds {m}: {stored}");
    }
    assert!(stored.contains("tipline-pinned-instance"), "{stored}");
    // No script errors, no Trusted Types violations.
    let console = b.console();
    assert!(
        !console
            .iter()
            .any(|m| m.contains("Trusted Type") || m.contains("Uncaught")),
        "{console:?}"
    );

    // The server holds the reply sealed: the source's re-derived key opens it.
    let derived = tipline::codename::Codename::parse(&codename)
        .unwrap()
        .derive(&inst.instance_secret());
    let mut member = Browser::new(&base);
    login_http(&mut member, &enrolled.enrolled_recovery(1));
    let inbox = member.get("/responder/inbox").body;
    let tips: Vec<String> = inbox
        .split("href=\"/responder/tips/")
        .skip(1)
        .map(|x| format!("/responder/tips/{}", &x[..x.find('"').unwrap()]))
        .collect();
    let mut opened = false;
    for t in tips {
        let page = member.get(&t).body;
        if let Some(i) = page.find("/messages/") {
            let id = &page[i + 10..i + 10 + page[i + 10..].find('"').unwrap()];
            let asc = member.get(&format!("{t}/messages/{id}")).body;
            let bin = tipline::seal::dearmor_message(asc.as_bytes()).unwrap();
            let plain =
                tipline::seal::open_with_source_key(&derived.key_secrets().1, &bin).unwrap();
            assert!(String::from_utf8_lossy(&plain).contains(&reply_canary));
            assert!(page.contains("(sealed in the browser, not signed"));
            opened = true;
        }
    }
    assert!(opened, "the browser-sealed reply is stored");
    for m in [&canary, &reply_canary] {
        assert!(
            !contains(&inst.db.dump(), m.as_bytes()),
            "{m} in the database"
        );
        assert!(!s.logs().contains(m.as_str()), "{m} in the logs");
    }

    // Opt-in: the key, still encrypted, may be kept; it then loads with
    // the passphrase alone. An unprotected key is never kept.
    b.goto(&format!("{base}/responder/reader"));
    load_key(&b, &ana.locked_secret(PASSPHRASE), PASSPHRASE, true);
    assert!(
        b.wait_for_text("4 of 4 tip(s) decrypted", 30),
        "{}",
        b.text()
    );
    let stored = storage(&b);
    assert!(stored.contains("tipline-encrypted-key") && stored.contains("PRIVATE KEY"));
    assert!(!stored.contains(&canary));
    b.goto(&format!("{base}/responder/reader"));
    load_key(&b, "", PASSPHRASE, false);
    assert!(
        b.wait_for_text("4 of 4 tip(s) decrypted", 30),
        "{}",
        b.text()
    );
    b.execute("localStorage.clear()", serde_json::json!([]));
    b.goto(&format!("{base}/responder/reader"));
    load_key(&b, &ana.secret, "", true);
    assert!(
        b.wait_for_text("never kept in the browser", 15),
        "{}",
        b.text()
    );
    assert!(!storage(&b).contains("PRIVATE KEY"));

    // Another instance key than the pinned one stops the reader.
    b.execute(
        "localStorage.setItem('tipline-pinned-instance', '0000000000000000000000000000000000000000')",
        serde_json::json!([]),
    );
    b.goto(&format!("{base}/responder/reader"));
    assert!(b.wait_for_text("STOP", 15), "{}", b.text());
    assert_eq!(
        b.execute(
            "return document.getElementById('key-form').hidden",
            serde_json::json!([])
        ),
        serde_json::json!(true)
    );
}

/// Logs a test browser in over HTTP with a recovery code.
fn login_http(b: &mut Browser, code: &str) {
    let r = common::login(b, "ana@example.org", PASSWORD, code);
    assert_eq!(r.status, 303, "{}", r.body);
}

fn the_reader_page_is_strict_and_says_what_it_needs(backend: Backend) {
    let (inst, _) = Instance::with_desk(backend, &[]);
    let ana = inst.responder("Desk", "ana");
    let s = inst.serve(&[]);
    let (mut b, _) = sign_in(
        &inst,
        &s,
        PASSWORD,
        &[
            "--email",
            "ana@example.org",
            "--role",
            "responder",
            "--responder",
            &ana.fingerprint,
        ],
    );
    let page = b.get("/responder/reader?status=new");
    assert_eq!(page.status, 200);
    let csp = page.header("content-security-policy").unwrap();
    for part in [
        "script-src 'self'",
        "connect-src 'self'",
        "require-trusted-types-for 'script'",
        "default-src 'none'",
    ] {
        assert!(csp.contains(part), "{csp}");
    }
    assert!(
        page.body.contains("needs JavaScript"),
        "the no-script notice"
    );
    assert!(
        page.body.contains("tipline open"),
        "and the high-assurance path"
    );
    assert!(page.body.contains("data-query=\"?status=new\""));
    // OpenPGP.js comes from this origin, with its licence; never a CDN.
    let js = s.get("/static/openpgp.min.mjs");
    assert_eq!(js.status, 200);
    assert!(
        js.header("content-type")
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.body.len() > 100_000, "the real library, not a stub");
    assert!(!js.body.contains("sourceMappingURL"));
    let licence = s.get("/static/openpgp.LICENSE.txt");
    assert!(licence.body.contains("GNU LESSER GENERAL PUBLIC LICENSE"));
    let app = s.get("/static/reader/app.js").body;
    assert!(app.contains("from '/static/openpgp.min.mjs'"));
    for sink in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
    ] {
        for m in [
            "app.js",
            "mime.js",
            "group.js",
            "export.js",
            "render.js",
            "files.js",
        ] {
            let body = s.get(&format!("/static/reader/{m}")).body;
            assert!(!body.contains(sink), "{m} uses {sink}");
        }
    }
    assert_eq!(s.get("/static/reader/../Cargo.toml").status, 404);
    // The SHA-256 a saved file is checked with, and its licence.
    let sha2 = s.get("/static/noble/sha2.js");
    assert!(sha2.body.contains("sha256") && !sha2.body.contains("sourceMappingURL"));
    for m in ["_md.js", "_u64.js", "utils.js"] {
        assert_eq!(s.get(&format!("/static/noble/{m}")).status, 200, "{m}");
    }
    assert!(s.get("/static/noble/LICENSE.txt").body.contains("MIT"));
    assert!(
        !s.get("/responder/").body.contains("<script"),
        "other pages have no script"
    );
}

/// What the page's private storage (OPFS) holds under `name`: its size and
/// SHA-256, or why it could not be read.
fn saved_in_page(b: &Chromium, name: &str) -> serde_json::Value {
    b.execute_async(&format!(
        "const done = arguments[arguments.length - 1];
         (async () => {{
           const dir = await navigator.storage.getDirectory();
           const file = await (await dir.getFileHandle({name:?})).getFile();
           const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
           done([file.size, Array.from(hash, (x) => x.toString(16).padStart(2, '0')).join('')]);
         }})().catch((e) => done(String(e)));"
    ))
}

/// A tip's files saved from the reader: listed with what the signed report
/// and addition say of them, decrypted as they stream into the file the
/// responder picks and kept only when the SHA-256 is the signed one; a
/// file changed on the server is discarded. The save dialog cannot be
/// clicked by a test: the page's picker is replaced by one that picks a
/// file in the browser's own private storage, written through the same
/// FileSystemWritableFileStream a picked file on disk is.
fn the_reader_saves_files_checked(backend: Backend) {
    use sha2::Digest;
    if !Chromium::available() {
        return;
    }
    let (inst, _) = Instance::with_desk(backend, &[]);
    let ana = inst.responder("Desk", "ana");
    let s = inst.serve(&[]);
    let base = s.url("");
    let (_, enrolled) = sign_in(
        &inst,
        &s,
        PASSWORD,
        &[
            "--email",
            "ana@example.org",
            "--role",
            "responder",
            "--responder",
            &ana.fingerprint,
        ],
    );
    let photo = evidence(3_000_000, b"GATE-PHOTO");
    let changed = evidence(1_500_000, b"ADVERT-SCREENSHOT");
    let voice = evidence(100_000, b"VOICE-NOTE");
    let r = s.report_files(
        &[("details", "the gate and the advert"), ("country", "KH")],
        &[
            ("gate.bin", "application/octet-stream", &photo),
            ("advert.bin", "application/octet-stream", &changed),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let codename = codename_of(&r.body);
    // The source adds a voice note later, from the follow-up page.
    let mut src = Browser::new(&base);
    let token = hidden(&src.get("/followup").body, "token");
    let opened = src.post("/followup", &[("token", &token), ("codename", &codename)]);
    let csrf = hidden(&opened.body, "csrf");
    let added = src.post_followup_files(
        &[("csrf", &csrf), ("lang", "en"), ("info", "a voice note")],
        &[("voice.ogg", "audio/ogg", &voice)],
    );
    assert_eq!(added.status, 200, "{}", added.body);
    // The advert's blob (the second largest) is changed on the server.
    let dir = inst.dir.path().join("data").join("attachments");
    let mut blobs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    blobs.sort_by_key(|p| std::fs::metadata(p).unwrap().len());
    assert_eq!(blobs.len(), 3);
    let mut bytes = std::fs::read(&blobs[1]).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&blobs[1], &bytes).unwrap();

    let b = Chromium::start(true);
    login(&b, &base, "ana@example.org", &enrolled.enrolled_recovery(0));
    b.goto(&format!("{base}/responder/reader"));
    load_key(&b, &ana.locked_secret(PASSPHRASE), PASSPHRASE, false);
    assert!(
        b.wait_for_text("1 of 1 tip(s) decrypted", 30),
        "{}",
        b.text()
    );
    b.execute(
        "window.showSaveFilePicker = async (o) => {
           window.picked = (window.picked || []).concat([o.suggestedName]);
           const dir = await navigator.storage.getDirectory();
           return dir.getFileHandle(o.suggestedName, { create: true });
         };",
        serde_json::json!([]),
    );
    b.choose("#tips button");
    assert!(
        b.wait_for_text("Files (3)", 20),
        "{}\n{:?}",
        b.text(),
        b.console()
    );
    let text = b.text();
    for shown in [
        "1. gate.bin",
        "2. advert.bin",
        "3. voice.ogg",
        "listed in the signed report",
        "listed in a signed addition from the source",
        "3.0 MB",
    ] {
        assert!(text.contains(shown), "{shown}: {text}");
    }
    let save = |i: usize| {
        b.execute(
            "document.querySelectorAll('#detail section.files button')[arguments[0]].click()",
            serde_json::json!([i]),
        );
    };
    let sha = |d: &[u8]| hex(&sha2::Sha256::digest(d));
    save(0);
    assert!(
        b.wait_for_text("Saved, SHA-256 checked.", 30),
        "{}\n{:?}",
        b.text(),
        b.console()
    );
    assert_eq!(
        saved_in_page(&b, "1-gate.bin"),
        serde_json::json!([photo.len(), sha(&photo)])
    );
    save(2);
    assert!(
        wait_until(30, || b.text().matches("Saved, SHA-256 checked.").count()
            == 2),
        "{}",
        b.text()
    );
    assert_eq!(
        saved_in_page(&b, "3-voice.ogg"),
        serde_json::json!([voice.len(), sha(&voice)])
    );
    // The changed file: decrypted as far as the damage, then discarded.
    save(1);
    assert!(b.wait_for_text("Not saved:", 30), "{}", b.text());
    assert!(b.text().contains("damaged or was changed"), "{}", b.text());
    assert_eq!(
        saved_in_page(&b, "2-advert.bin")[0],
        serde_json::json!(0),
        "nothing of the changed file was kept"
    );
    assert_eq!(
        b.execute("return window.picked", serde_json::json!([])),
        serde_json::json!(["1-gate.bin", "3-voice.ogg", "2-advert.bin"])
    );
}

both_backends!(
    reader_decrypts_in_the_page_and_seals_replies,
    the_reader_saves_files_checked,
    the_reader_page_is_strict_and_says_what_it_needs
);

/// The reader's logic (MIME, grouping, export, rendering) under Node.
#[test]
fn reader_modules_pass_their_node_tests() {
    let node = Command::new("node").arg("--version").output();
    if node.is_err() {
        assert!(
            std::env::var("CI").is_err(),
            "node is required in CI (Debian: apt-get install nodejs)"
        );
        eprintln!("SKIPPED: node is not installed");
        return;
    }
    let out = Command::new("node")
        .args(["--test", "tests/reader/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
