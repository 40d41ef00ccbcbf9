//! Key expiry at sealing time, with the clock moved: the in-process
//! `Application` on port 0 with a manual clock. A route whose only key
//! expires falls back to the default route and raises an admin alert.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use sequoia_openpgp::cert::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use tipline::clock::ManualClock;

fn route_whose_key_expires_falls_back_to_default(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Myanmar desk", "--kind", "ngo"]);
    inst.ok(&["team", "add", "Operator", "--kind", "operator"]);
    // A key that expires in two days.
    let short = Responder::with_builder(
        CertBuilder::general_purpose(Some("short <s@example.org>"))
            .set_validity_period(Duration::from_secs(2 * 86_400)),
    );
    inst.add_responder("Myanmar desk", "short", &short);
    inst.ok(&["responder", "vet", &short.fingerprint]);
    let op = inst.responder("Operator", "op");
    inst.ok(&[
        "route",
        "add",
        "--name",
        "Myanmar",
        "--team",
        "Myanmar desk",
        "--country",
        "MM",
        "--priority",
        "10",
    ]);
    inst.ok(&[
        "route",
        "add",
        "--name",
        "Default",
        "--team",
        "Operator",
        "--default",
    ]);

    // Start the application in-process with a clock the test can move.
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let base = in_process(inst.config(), clock.clone());
    let report = || {
        let r = report_with(
            &agent(),
            &base,
            &[("country", "MM"), ("consent_ngo", "yes"), ("details", "x")],
        );
        (r.status, r.body)
    };
    let recipients_of_newest = |known: &[String]| {
        let id = tip_ids(&inst)
            .into_iter()
            .find(|i| !known.contains(i))
            .unwrap();
        (
            id.clone(),
            pkesk_recipients(inst.ok(&["tip", "export", &id]).as_bytes()),
        )
    };

    let (status, body) = report();
    assert_eq!(status, 200, "{body}");
    let (first, pk) = recipients_of_newest(&[]);
    assert!(
        short.encryption_keyids().iter().any(|k| pk.contains(k)),
        "goes to the Myanmar route while the key is valid"
    );
    assert!(!inst.ok(&["alert", "list"]).contains("route-fallback"));

    clock.advance(chrono::Duration::days(3));
    let (status, body) = report();
    assert_eq!(status, 200, "{body}");
    let (_, pk) = recipients_of_newest(&[first]);
    assert!(
        !short.encryption_keyids().iter().any(|k| pk.contains(k)),
        "never sealed to an expired key"
    );
    assert!(
        op.encryption_keyids().iter().any(|k| pk.contains(k)),
        "falls back to the default route"
    );
    let alerts = inst.ok(&["alert", "list"]);
    assert!(
        alerts.contains("route-fallback") && alerts.contains("Myanmar"),
        "{alerts}"
    );
}

both_backends!(route_whose_key_expires_falls_back_to_default);
