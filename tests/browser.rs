//! End to end in a real browser: Chromium, with JavaScript switched off,
//! takes an admin and a responder through their invitations (password,
//! TOTP, recovery codes, key upload), the admin vets the responder, a
//! source reports, and the responder logs in and triages the tip.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;

const PASSWORD: &str = "paper crane over the river";

/// Walks an invitation in the browser; `key`: name and key file to upload.
fn accept(b: &Chromium, link: &str, key: Option<(&str, &str)>) -> totp_rs::Totp {
    b.goto(link);
    assert!(b.text().contains("1. Choose a password"), "{}", b.text());
    b.type_into("#password", PASSWORD);
    b.type_into("#password2", PASSWORD);
    b.click("main form button");
    assert!(b.text().contains("2. Add this account"), "{}", b.text());
    assert!(b.source().contains("<svg"), "the QR code is drawn inline");
    let t = b.enrolment_totp();
    b.type_into("#code", &totp_code(&t, 0));
    b.click("main form button");
    let text = b.text();
    assert!(text.contains("3. Your recovery codes"), "{text}");
    assert_eq!(b.source().matches("<li><code>").count(), 10);
    b.click("form:has(input[value=codes-done]) button");
    assert!(b.text().contains("4. Your OpenPGP key"));
    if let Some((name, file)) = key {
        b.type_into("#name", name);
        // A file chosen in the file input, as a person would.
        b.type_into("#key_file", file);
    }
    b.click("main form button");
    let text = b.text();
    assert!(text.contains("Your account is ready"), "{text}");
    t
}

fn login(b: &Chromium, base: &str, email: &str, t: &totp_rs::Totp) {
    b.goto(&format!("{base}/responder/login"));
    b.type_into("#email", email);
    b.type_into("#password", PASSWORD);
    b.type_into("#code", &totp_code(t, 30));
    b.click("main form button");
    assert!(b.url().ends_with("/responder/"), "{}", b.text());
}

#[test]
fn invite_vet_report_and_triage_in_chromium() {
    if !Chromium::available() {
        return;
    }
    let inst = Instance::new(Backend::Sqlite);
    inst.ok(&["team", "add", "Rescue NGO", "--kind", "ngo"]);
    inst.ok(&[
        "route",
        "add",
        "--name",
        "All",
        "--team",
        "Rescue NGO",
        "--default",
    ]);
    let admin_link = inst.ok(&["admin", "invite", "--email", "boss@example.org"]);
    let ana_link = inst.ok(&[
        "admin",
        "invite",
        "--email",
        "ana@example.org",
        "--role",
        "responder",
        "--team",
        "Rescue NGO",
    ]);
    let s = inst.serve(&[]);
    let base = s.url("");
    let link = |out: &str| format!("{base}{}", invite_path(out));
    let key = Responder::generate("ana");
    let key_file = inst.write("ana.pub.asc", key.public.as_bytes());

    // Both accept their invitations, in browsers with JavaScript off.
    let admin = Chromium::start(false);
    let admin_totp = accept(&admin, &link(&admin_link), None);
    let ana = Chromium::start(false);
    let ana_totp = accept(&ana, &link(&ana_link), Some(("Ana Lwin", &key_file)));
    assert!(
        ana.text().contains(&key.fingerprint[..4]),
        "her fingerprint is shown"
    );
    assert!(ana.text().contains("pending"));

    // Nothing reaches a pending key: a report has nowhere to go yet.
    assert_eq!(
        s.report(&[("details", "too early"), ("consent_ngo", "yes")])
            .status,
        503
    );

    // The admin logs in, opens the pending responder and vets her.
    login(&admin, &base, "boss@example.org", &admin_totp);
    admin.goto(&format!("{base}/admin/"));
    assert!(admin.text().contains("Waiting to be vetted"));
    admin.click("main table a");
    let text = admin.text();
    assert!(
        text.contains("out of band") && text.contains(&key.fingerprint[36..]),
        "{text}"
    );
    admin.click("form:has(input[value=approve]) button");
    assert!(
        admin
            .text()
            .contains("Vetted: reports reach this responder"),
        "{}",
        admin.text()
    );

    // A source reports; Ana logs in, finds it and triages it.
    assert_eq!(
        s.report(&[
            ("country", "KH"),
            ("area", "Sihanoukville"),
            ("details", "building C, fourth floor"),
            ("consent_ngo", "yes")
        ])
        .status,
        200
    );
    login(&ana, &base, "ana@example.org", &ana_totp);
    ana.goto(&format!("{base}/responder/inbox"));
    assert!(
        ana.text().contains("1 tip\n") || ana.text().contains("1 tip ·"),
        "{}",
        ana.text()
    );
    ana.click("table.inbox a");
    assert!(ana.text().contains("Status\nnew") || ana.source().contains("<dd>new</dd>"));
    ana.choose("select#status option[value=triaging]");
    ana.click("form:has(input[value=status]) button");
    assert!(
        ana.source().contains("<dt>Status</dt><dd>triaging</dd>"),
        "{}",
        ana.text()
    );
    ana.type_into("#label", "Sihanoukville");
    ana.click("form:has(input[value=label-add]) button");
    ana.type_into("#note", "Called the embassy hotline.");
    ana.click("form:has(input[value=note]) button");
    let text = ana.text();
    assert!(
        text.contains("ana@example.org") && text.contains("note (.asc)"),
        "{text}"
    );
    assert!(
        !text.contains("Called the embassy hotline"),
        "the note is sealed, not shown"
    );
    ana.goto(&format!("{base}/responder/inbox?status=triaging"));
    assert!(ana.text().contains("Sihanoukville"), "{}", ana.text());

    // Logging out ends the session in the browser too.
    ana.click("header form button");
    assert!(ana.url().contains("/responder/login"));
    ana.goto(&format!("{base}/responder/inbox"));
    assert!(ana.url().contains("/responder/login"));
}

/// A source in Chromium with JavaScript off chooses files as a person does
/// and sends them with the report; a file over the limit brings the form
/// back, with what was typed and the reason, not a broken connection.
#[test]
fn a_source_sends_files_from_the_browser() {
    let (mut inst, _) = Instance::with_desk(Backend::Sqlite, &["ana"]);
    inst.extra_env
        .push(("TIPLINE_ATTACHMENT_MAX_FILE".into(), "2MiB".into()));
    let s = inst.serve(&[]);
    let files = tempfile::tempdir().unwrap();
    let put = |name: &str, len: usize| {
        let p = files.path().join(name);
        let mut x: u32 = 2_463_534_242;
        let data: Vec<u8> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        std::fs::write(&p, data).unwrap();
        p.display().to_string()
    };
    let photo = put("gate.jpg", 300_000);
    let note = put("chat.png", 20_000);
    let video = put("window.mp4", 6 * 1024 * 1024);
    let b = Chromium::start(false);

    // Too large: the form comes back saying which file and why.
    b.goto(&s.url("/"));
    b.type_into("#details", "seen from the dormitory window");
    b.type_into("#files", &video);
    b.click("button[value=submit]");
    let text = b.text();
    assert!(
        text.contains("The file “window.mp4” is larger than 2 MB"),
        "{text}"
    );
    assert!(b.source().contains("seen from the dormitory window"));

    // Two files chosen at once (one path per line, as WebDriver takes them).
    b.type_into("#files", &format!("{photo}\n{note}"));
    b.click("button[value=submit]");
    let text = b.text();
    assert!(
        text.contains("Your 2 files were received with your report"),
        "{text}"
    );
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tip_files"), 2);
}
