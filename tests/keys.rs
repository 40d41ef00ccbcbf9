//! Changing credentials, on SQLite and PostgreSQL: a key update of the
//! same key keeps its vetting, a revocation stops delivery at once, a new
//! key is pending; password and key changes need the current password and
//! end the other sessions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use sequoia_openpgp::cert::prelude::*;
use sequoia_openpgp::policy::StandardPolicy;
use sequoia_openpgp::serialize::SerializeInto;
use sequoia_openpgp::types::ReasonForRevocation;
use std::time::{Duration, SystemTime};

const PASSWORD: &str = "quiet orchard tram seven";

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn signer(cert: &Cert) -> sequoia_openpgp::crypto::KeyPair {
    cert.primary_key()
        .key()
        .clone()
        .parts_into_secret()
        .unwrap()
        .into_keypair()
        .unwrap()
}

fn armored_public(cert: &Cert) -> String {
    String::from_utf8(
        cert.clone()
            .strip_secret_key_material()
            .armored()
            .to_vec()
            .unwrap(),
    )
    .unwrap()
}

fn status_of(inst: &Instance, fp: &str) -> String {
    let list = inst.ok(&["responder", "list"]);
    list.lines()
        .find(|l| l.contains(fp))
        .unwrap_or_else(|| panic!("{fp} not in {list}"))
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_owned()
}

fn key_updates_keep_or_lose_vetting(backend: Backend) {
    let (inst, rs) = Instance::with_desk(backend, &["ana", "bo"]);
    let ana = &rs[0];
    assert_eq!(status_of(&inst, &ana.fingerprint), "vetted");

    // The same key with a later expiry: still vetted.
    let p = StandardPolicy::new();
    let later = SystemTime::now() + Duration::from_secs(5 * 365 * 86400);
    let sigs = ana
        .cert
        .set_expiration_time(&p, None, &mut signer(&ana.cert), Some(later))
        .unwrap();
    let (extended, _) = ana.cert.clone().insert_packets(sigs).unwrap();
    let file = inst.write("ana-extended.asc", armored_public(&extended).as_bytes());
    let out = inst.ok(&["responder", "update-key", &ana.fingerprint, &file]);
    assert!(out.contains("still vetted"), "{out}");
    assert_eq!(status_of(&inst, &ana.fingerprint), "vetted");
    assert!(inst.ok(&["audit", "list"]).contains("same key"));

    // Something that is not a key is refused.
    let junk = inst.write(
        "junk.asc",
        b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----\n",
    );
    let out = inst.cli(&["responder", "update-key", &ana.fingerprint, &junk]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("key not updated"));

    // A different key: pending, receives nothing, until vetted again.
    let bo = &rs[1];
    let new_bo = Responder::generate("bo-new");
    let file = inst.write("bo-new.asc", new_bo.public.as_bytes());
    let out = inst.ok(&["responder", "update-key", &bo.fingerprint, &file]);
    assert!(out.contains("PENDING"), "{out}");
    assert_eq!(status_of(&inst, &new_bo.fingerprint), "pending");
    assert!(!inst.ok(&["responder", "list"]).contains(&bo.fingerprint));
    assert!(inst.ok(&["alert", "list"]).contains("responder-key"));
    // Another responder's key cannot be taken over.
    let file = inst.write("ana-again.asc", ana.public.as_bytes());
    let out = inst.cli(&["responder", "update-key", &new_bo.fingerprint, &file]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("another responder"));

    // Ana revokes her key from the web UI: nothing more reaches her.
    let s = inst.serve(&[]);
    let (mut b, e) = sign_in(
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
    let mut other = Browser::new(&s.url(""));
    assert_eq!(
        login(
            &mut other,
            "ana@example.org",
            PASSWORD,
            &e.enrolled_recovery(0)
        )
        .status,
        303
    );
    let rev = CertRevocationBuilder::new()
        .set_reason_for_revocation(ReasonForRevocation::KeyCompromised, b"phone taken")
        .unwrap()
        .build(&mut signer(&ana.cert), &ana.cert, None)
        .unwrap();
    let (revoked, _) = extended.clone().insert_packets(rev).unwrap();
    let csrf = hidden(&b.get("/responder/").body, "csrf");
    let upload = |b: &mut Browser, password: &str| {
        b.post_multipart(
            "/responder/key",
            &[("csrf", &csrf), ("password", password)],
            Some(("key_file", armored_public(&revoked).as_bytes())),
        )
    };
    let r = upload(&mut b, "not my password");
    assert!(
        r.body.contains("current password is not right"),
        "{}",
        r.body
    );
    assert_eq!(other.get("/responder/").status, 200, "nothing changed");
    let r = upload(&mut b, PASSWORD);
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("Nothing more is sealed to it"),
        "{}",
        r.body
    );
    assert!(r.body.contains("1 other session ended"), "{}", r.body);
    assert_eq!(other.get("/responder/").status, 303, "other sessions end");
    assert!(b.get("/responder/").body.contains("Revoked"));
    // The only vetted key left was Ana's: a report now has nowhere to go.
    assert_eq!(s.report(&[("details", "after the revocation")]).status, 503);
}

fn password_change_needs_the_current_one(backend: Backend) {
    let inst = Instance::new(backend);
    let s = inst.serve(&[]);
    let (mut b, e) = sign_in(&inst, &s, PASSWORD, &["--email", "boss@example.org"]);
    let mut other = Browser::new(&s.url(""));
    assert_eq!(
        login(
            &mut other,
            "boss@example.org",
            PASSWORD,
            &e.enrolled_recovery(1)
        )
        .status,
        303
    );
    let csrf = hidden(&b.get("/responder/").body, "csrf");
    let new = "a brand new passphrase here";
    let r = b.post(
        "/responder/password",
        &[
            ("csrf", &csrf),
            ("current", "wrong one entirely"),
            ("password", new),
            ("password2", new),
        ],
    );
    assert!(r.body.contains("current password is not right"));
    let r = b.post(
        "/responder/password",
        &[
            ("csrf", &csrf),
            ("current", PASSWORD),
            ("password", "password1"),
            ("password2", "password1"),
        ],
    );
    assert!(r.body.contains("most common"));
    let r = b.post(
        "/responder/password",
        &[
            ("csrf", &csrf),
            ("current", PASSWORD),
            ("password", new),
            ("password2", new),
        ],
    );
    assert!(
        r.body.contains("Password changed. 1 other session ended."),
        "{}",
        r.body
    );
    assert_eq!(other.get("/responder/").status, 303);
    assert_eq!(b.get("/responder/").status, 200, "this session stays");
    let mut third = Browser::new(&s.url(""));
    assert_eq!(
        login(
            &mut third,
            "boss@example.org",
            PASSWORD,
            &e.enrolled_recovery(2)
        )
        .status,
        422
    );
    assert_eq!(
        login(&mut third, "boss@example.org", new, &e.enrolled_recovery(3)).status,
        303
    );
    assert!(inst.ok(&["audit", "list"]).contains("password changed"));
}

both_backends!(
    key_updates_keep_or_lose_vetting,
    password_change_needs_the_current_one
);

fn lost_phone_reset_by_an_admin(backend: Backend) {
    let (inst, rs) = Instance::with_desk(backend, &["ana"]);
    let s = inst.serve(&[]);
    let (mut admin, _) = sign_in(&inst, &s, PASSWORD, &["--email", "boss@example.org"]);
    let (mut ana, old) = sign_in(
        &inst,
        &s,
        PASSWORD,
        &[
            "--email",
            "ana@example.org",
            "--role",
            "responder",
            "--responder",
            &rs[0].fingerprint,
        ],
    );

    // The admin resets Ana's second factor: her session ends, her old
    // codes stop working, and a link reaches her by mail.
    let csrf = hidden(&admin.get("/admin/").body, "csrf");
    let r = admin.post(
        "/admin/accounts",
        &[
            ("csrf", &csrf),
            ("action", "reset-totp"),
            ("email", "ana@example.org"),
        ],
    );
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("also e-mailed to ana@example.org"),
        "{}",
        r.body
    );
    assert_eq!(ana.get("/responder/").status, 303);
    let mut fresh = Browser::new(&s.url(""));
    assert_eq!(
        login(
            &mut fresh,
            "ana@example.org",
            PASSWORD,
            &old.enrolled_recovery(0)
        )
        .status,
        422
    );
    // Undo quoted-printable soft line breaks, should the encoder fold the link.
    let mail = String::from_utf8(all_files(&inst.dir.path().join("data/mail")))
        .unwrap()
        .replace("=\r\n", "")
        .replace("=3D", "=");
    let i = mail
        .find("/responder/invite/")
        .expect("the link in the mail");
    let link: String = mail[i..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(inst.ok(&["audit", "list"]).contains("reset second factor"));

    // She enrols a new authenticator; her password stays.
    let page = fresh.get(&link);
    assert!(page.body.contains("2. Add this account"), "{}", page.body);
    let csrf = hidden(&page.body, "csrf");
    let url = unescape(&between(
        &page.body,
        "<details><summary>Set-up link for apps on this device</summary><p><code class=\"secret\">",
        "</code>",
    ));
    let totp = totp_rs::Totp::from_url(&url).unwrap();
    let code = |at: i64| totp.generate(u64::try_from(at).unwrap()).to_string();
    let r = fresh.post(
        &link,
        &[("csrf", &csrf), ("step", "totp"), ("code", &code(now()))],
    );
    assert_eq!(r.body.matches("<li><code>").count(), 10);
    fresh.post(&link, &[("csrf", &csrf), ("step", "codes-done")]);
    let done = fresh.post_multipart(&link, &[("csrf", &csrf), ("step", "key")], None);
    assert!(done.body.contains("Your account is ready"), "{}", done.body);
    assert_eq!(
        login(&mut fresh, "ana@example.org", PASSWORD, &code(now() + 30)).status,
        303
    );
    assert!(
        fresh.get("/responder/").body.contains("Vetted"),
        "her key and vetting are untouched"
    );

    // The shell can do the same.
    let out = inst.ok(&["admin", "reset-totp", "--email", "ana@example.org"]);
    assert!(out.contains("/responder/invite/"));
    assert_eq!(fresh.get("/responder/").status, 303);
    assert!(
        !inst
            .cli(&["admin", "reset-totp", "--email", "nobody@example.org"])
            .status
            .success()
    );
}

both_backends!(lost_phone_reset_by_an_admin);
