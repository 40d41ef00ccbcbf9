//! Mail about the instance, on SQLite and PostgreSQL (written as .eml
//! files, the default without an SMTP server): admins get new alerts, and
//! a responder whose key expires within 30 days is told once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use sequoia_openpgp::cert::prelude::*;
use std::time::Duration;

const PASSWORD: &str = "lantern monsoon cobalt fig";

/// Every message written so far: (recipient line, whole text), with
/// quoted-printable soft breaks undone.
fn mails(inst: &Instance) -> Vec<(String, String)> {
    let dir = inst.dir.path().join("data/mail");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "eml").then_some(p)
        })
        .map(|p| {
            let text = std::fs::read_to_string(p)
                .unwrap()
                .replace("=\r\n", "")
                .replace("=3D", "=");
            let to = text
                .lines()
                .find(|l| l.starts_with("To: "))
                .unwrap_or("")
                .to_owned();
            (to, text)
        })
        .collect()
}

fn admins_get_alerts_and_expiring_keys_are_announced(backend: Backend) {
    let (inst, _) = Instance::with_desk(backend, &["steady"]);
    // A key that expires in ten days.
    let short = Responder::with_builder(
        CertBuilder::general_purpose(Some("short <short@example.org>"))
            .set_validity_period(Duration::from_secs(10 * 86_400)),
    );
    inst.add_responder("Desk", "short", &short);
    inst.ok(&["responder", "vet", &short.fingerprint]);
    let s = inst.serve(&[]);
    let (_admin, _) = sign_in(&inst, &s, PASSWORD, &["--email", "boss@example.org"]);

    // The expiring key: its owner is told, and the admins through an alert.
    assert!(wait_until(40, || mails(&inst)
        .iter()
        .any(|(to, _)| to.contains("short@example.org"))));
    let (_, to_short) = mails(&inst)
        .into_iter()
        .find(|(to, _)| to.contains("short@example.org"))
        .unwrap();
    assert!(to_short.contains("expires on"), "{to_short}");
    assert!(wait_until(40, || mails(&inst).iter().any(|(to, text)| to
        .contains("boss@example.org")
        && text.contains("key-expiring"))));
    // A responder registered from the shell waited to be vetted: the admin
    // heard of it too, once one existed.
    assert!(wait_until(40, || mails(&inst).iter().any(|(to, text)| to
        .contains("boss@example.org")
        && text.contains("responder-pending")
        && text.contains("registered from the shell")
        && text.contains("short"))));

    // A new responder uploads a key: every admin hears of it.
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
    let mut b = Browser::new(&s.url(""));
    let key = Responder::generate("new");
    enrol(
        &mut b,
        &path,
        PASSWORD,
        chrono::Utc::now().timestamp(),
        Some(("Newcomer", &key.public)),
    );
    assert!(wait_until(40, || mails(&inst)
        .iter()
        .any(|(to, text)| to.contains("boss@example.org")
            && text.contains("responder-pending")
            && text.contains("Newcomer"))));
    // Each alert is mailed once, and the steady key is not announced.
    std::thread::sleep(Duration::from_secs(12));
    let all = mails(&inst);
    assert_eq!(
        all.iter()
            .filter(|(to, _)| to.contains("short@example.org"))
            .count(),
        1
    );
    assert!(!all.iter().any(|(to, _)| to.contains("steady@example.org")));
    let pending_mails = all
        .iter()
        .filter(|(_, text)| text.contains("Newcomer"))
        .count();
    assert_eq!(pending_mails, 1, "one admin, one message");
    // Nothing about any report in any of them.
    for (_, text) in &all {
        assert!(!text.contains("BEGIN PGP MESSAGE"));
    }
}

fn changes_waiting_for_approval_are_mailed_to_every_admin(backend: Backend) {
    let (mut inst, _) = Instance::with_desk(backend, &[]);
    inst.extra_env
        .push(("TIPLINE_APPROVALS".into(), "2".into()));
    inst.ok(&["team", "add", "Shelter", "--kind", "ngo"]);
    let mya = inst.responder("Shelter", "mya");
    let s = inst.serve(&[]);
    let (_one, _) = sign_in(&inst, &s, PASSWORD, &["--email", "one@example.org"]);
    let (_two, _) = sign_in(&inst, &s, PASSWORD, &["--email", "two@example.org"]);
    // The shell asks for Mya to join the desk: one approval of two.
    let out = inst.ok(&["responder", "join", &mya.fingerprint, "--team", "Desk"]);
    assert!(out.contains("1 of 2"), "{out}");
    for admin in ["one@example.org", "two@example.org"] {
        assert!(
            wait_until(40, || mails(&inst)
                .iter()
                .any(|(to, text)| to.contains(admin)
                    && text.contains("approval-needed")
                    && text.contains("Desk"))),
            "{admin} was told of the change waiting for approval"
        );
    }
}

both_backends!(
    admins_get_alerts_and_expiring_keys_are_announced,
    changes_waiting_for_approval_are_mailed_to_every_admin
);
