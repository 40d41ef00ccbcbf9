//! Delivery to responders' inboxes through a real SMTP server (aiosmtpd),
//! on SQLite and PostgreSQL: one private PGP/MIME copy per responder,
//! nothing in the headers, retries, permanent failures, crashes, and
//! several servers sharing one outbox.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use std::collections::{HashMap, HashSet};
use std::time::Duration;

const CANARY: &str = "CANARY-7f3e-mail";

/// An instance whose team "Desk" holds a vetted responder per name, with
/// mail going to `smtp_port`, retrying after a second.
fn mail_instance(backend: Backend, names: &[&str], smtp_port: u16) -> (Instance, Vec<Responder>) {
    let (mut inst, rs) = Instance::with_desk(backend, names);
    inst.extra_env.extend([
        ("TIPLINE_SMTP_URL".into(), smtp_url(smtp_port)),
        (
            "TIPLINE_MAIL_FROM".into(),
            "tips@tipline.example.org".into(),
        ),
        ("TIPLINE_MAIL_RETRY_BASE".into(), "1s".into()),
        ("TIPLINE_MAIL_RETRY_MAX".into(), "2s".into()),
    ]);
    (inst, rs)
}

/// The configuration `mail_instance` gives the binary, for `in_process`.
fn mail_config(inst: &Instance, smtp_port: u16) -> tipline::config::Config {
    let mut c = inst.config();
    c.smtp_url = Some(smtp_url(smtp_port).into());
    c.mail_from = "tips@tipline.example.org".into();
    c.mail_retry_base = "1s".into();
    c.mail_retry_max = "1s".into();
    c
}

/// The alert list once it holds an alert whose kind starts with `kind`
/// (alerts are raised just after the outbox row is written).
fn alerts_with(inst: &Instance, kind: &str) -> String {
    wait_until(10, || inst.ok(&["alert", "list"]).contains(kind));
    inst.ok(&["alert", "list"])
}

/// Whether `word` occurs in `text` delimited by non-alphanumerics (a short
/// host name such as `vm` also turns up inside random tokens).
fn contains_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .any(|w| w.eq_ignore_ascii_case(word))
}

fn needs_tools() -> bool {
    smtp_available() && tool("gpg")
}

/// The armored OpenPGP message in a mail.
fn armored_part(msg: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(msg);
    let start = text
        .find("-----BEGIN PGP MESSAGE-----")
        .expect("an armored part");
    let end = text.find("-----END PGP MESSAGE-----").unwrap() + "-----END PGP MESSAGE-----".len();
    text[start..end].as_bytes().to_vec()
}

/// The responder of `rs` (named `names`, in order) a mail is addressed to.
fn addressee<'a>(msg: &[u8], names: &[&str], rs: &'a [Responder]) -> &'a Responder {
    let to = header(msg, "To").unwrap();
    names
        .iter()
        .position(|n| to.contains(&format!("{n}@example.org")))
        .map(|i| &rs[i])
        .unwrap()
}

/// Decrypts a full-mode mail with `r`'s key, checks the instance
/// signature, and returns the plaintext.
fn open_mail(inst: &Instance, r: &Responder, msg: &[u8]) -> String {
    let gpg = Gpg::new(&[&r.secret, &inst.instance_cert()]);
    let (plain, status) = gpg.decrypt(&armored_part(msg));
    assert!(
        status.contains("[GNUPG:] GOODSIG"),
        "signed by the instance: {status}"
    );
    String::from_utf8(plain).unwrap()
}

fn report(s: &Server, details: &str) -> Resp {
    s.report(&[
        ("country", "MM"),
        ("area", &format!("Myawaddy {CANARY}")),
        ("details", details),
        ("consent_ngo", "yes"),
    ])
}

fn three_responders_each_get_a_private_copy(backend: Backend) {
    if !needs_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), 0, &[]);
    let (mut inst, rs) = mail_instance(backend, &["r1", "r2", "r3"], smtp.port);
    inst.extra_env.push((
        "TIPLINE_MAIL_DOMAIN".into(),
        "relay-name.example.net".into(),
    ));
    let s = inst.serve(&[]);
    let r = report(&s, &format!("details {CANARY}"));
    assert_eq!(r.status, 200, "{}", r.body);
    let msgs = smtp.wait_for(3, 30);
    assert_eq!(msgs.len(), 3, "one message per responder");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(smtp.messages().len(), 3, "and no more");

    let host = hostname();
    let mut ids = HashSet::new();
    for (path, msg) in &msgs {
        // Headers: nothing about the report, the route or the machine.
        let head = header_block(msg);
        for secret in [CANARY, "Myawaddy", "Myanmar", "All", "urgent", "\nX-"] {
            assert!(!head.contains(secret), "header leaks {secret:?}: {head}");
        }
        assert!(
            host.is_empty() || !contains_word(&head, &host),
            "hostname in headers: {head}"
        );
        assert_eq!(header(msg, "Subject").as_deref(), Some("Tipline"));
        let mid = header(msg, "Message-ID").unwrap();
        assert!(mid.ends_with("@relay-name.example.net>"), "{mid}");
        assert!(ids.insert(mid), "Message-IDs differ");

        // RFC 3156 structure, read by a real MIME parser.
        let p = mime_parts(path);
        assert_eq!(p["defects"].as_array().unwrap().len(), 0, "{p}");
        assert_eq!(p["content_type"], "multipart/encrypted");
        assert_eq!(p["params"]["protocol"], "application/pgp-encrypted");
        let parts = p["parts"].as_array().unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0]["content_type"], "application/pgp-encrypted");
        assert!(parts[0]["payload"].as_str().unwrap().contains("Version: 1"));
        assert_eq!(parts[1]["content_type"], "application/octet-stream");
        let armored = parts[1]["payload"].as_str().unwrap();
        assert!(armored.starts_with("-----BEGIN PGP MESSAGE-----"));

        // Sealed to its own recipient alone, who can read it.
        let me = addressee(msg, &["r1", "r2", "r3"], &rs);
        let pkesks = pkesk_recipients(armored.as_bytes());
        assert_eq!(
            pkesks,
            me.encryption_keyids(),
            "exactly one recipient packet, its own"
        );
        let plain = open_mail(&inst, me, msg);
        assert!(plain.contains(CANARY), "the report is inside");
        assert!(plain.contains("application/json"), "with its JSON part");
        for other in rs.iter().filter(|o| o.fingerprint != me.fingerprint) {
            let gpg = Gpg::new(&[&other.secret]);
            let (ok, _, _) =
                run_with_input(gpg.cmd().args(["--batch", "--decrypt"]), armored.as_bytes());
            assert!(!ok, "another responder cannot open it");
        }
    }
    assert!(
        wait_until(10, || outbox_counts(&inst) == (0, 0, 0)),
        "delivered rows are deleted"
    );
    assert!(!contains(&inst.db.dump(), CANARY.as_bytes()));
    assert!(!s.logs().contains(CANARY));
}

/// A report's files inside its e-mail, under TIPLINE_MAIL_ATTACHMENT_MAX:
/// the PGP/MIME body, opened by GnuPG, sq and RNP, is the report's MIME
/// entity with each file as an attachment part (name, type, the exact
/// bytes, read by Python's MIME parser); over the limit, the mail carries
/// none and says the files wait on the tip page. The shared body is stored
/// once and gone once the copies are sent.
fn files_travel_inside_the_mail_under_its_limit(backend: Backend) {
    use sha2::Digest;
    if !needs_tools() || !tool("sq") || !tool("rnp") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), 0, &[]);
    let (mut inst, rs) = mail_instance(backend, &["r1", "r2"], smtp.port);
    inst.extra_env
        .push(("TIPLINE_MAIL_ATTACHMENT_MAX".into(), "1MiB".into()));
    let s = inst.serve(&[]);
    let gate = evidence(400_000, b"GATE-PHOTO");
    let chat = b"recruiter: the job is in Bangkok, not Myawaddy\n".repeat(40);
    let gate_name = "gate ကျွန်ုပ် north's side.bin";
    let r = s.report_files(
        &[
            ("country", "MM"),
            ("details", &format!("small files {CANARY}")),
            ("consent_ngo", "yes"),
        ],
        &[
            (gate_name, "application/octet-stream", &gate),
            ("chat.txt", "text/plain", &chat),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let msgs = smtp.wait_for(2, 30);
    assert_eq!(msgs.len(), 2, "one message per responder");
    let sha = |d: &[u8]| hex(&sha2::Sha256::digest(d));
    let work = tempfile::tempdir().unwrap();
    for (i, (_, msg)) in msgs.iter().enumerate() {
        let me = addressee(msg, &["r1", "r2"], &rs);
        let head = header_block(msg);
        assert!(
            !head.contains("gate") && !head.contains("chat.txt"),
            "{head}"
        );
        let plain = open_mail(&inst, me, msg);
        let entity = work.path().join(format!("entity-{i}.eml"));
        std::fs::write(&entity, &plain).unwrap();
        let p = mime_parts(&entity);
        assert_eq!(p["defects"].as_array().unwrap().len(), 0, "{p}");
        let parts = p["parts"].as_array().unwrap();
        let types: Vec<&str> = parts
            .iter()
            .map(|x| x["content_type"].as_str().unwrap())
            .collect();
        assert_eq!(
            types,
            [
                "text/plain",
                "application/json",
                "application/pgp-keys",
                "application/octet-stream",
                "text/plain"
            ]
        );
        let text = parts[0]["payload"].as_str().unwrap();
        assert!(text.contains(CANARY));
        assert!(text.contains("Attached to this message"), "{text}");
        for (part, (name, bytes)) in parts[3..]
            .iter()
            .zip([(gate_name, &gate[..]), ("chat.txt", &chat[..])])
        {
            assert_eq!(part["disposition"], "attachment");
            assert_eq!(part["filename"], name, "the name, non-ASCII too");
            assert_eq!(part["size"], bytes.len());
            assert_eq!(part["sha256"], sha(bytes), "the exact bytes");
            assert!(
                text.contains(&sha(bytes)),
                "the signed text names its SHA-256"
            );
        }
        // sq and RNP open the same mail.
        let armored = work.path().join(format!("mail-{i}.asc"));
        std::fs::write(&armored, armored_part(msg)).unwrap();
        let sec = work.path().join(format!("key-{i}.asc"));
        std::fs::write(&sec, me.secret.as_bytes()).unwrap();
        let sq = std::process::Command::new("sq")
            .arg("decrypt")
            .arg("--recipient-key")
            .arg(&sec)
            .arg(&armored)
            .output()
            .unwrap();
        assert!(
            sq.status.success(),
            "sq: {}",
            String::from_utf8_lossy(&sq.stderr)
        );
        assert!(sq.stdout == plain.as_bytes(), "sq reads the same entity");
        let rnp_home = tempfile::tempdir().unwrap();
        let rnp = std::process::Command::new("rnp")
            .arg("--homedir")
            .arg(rnp_home.path())
            .arg("--keyfile")
            .arg(&sec)
            .arg("-d")
            .arg(&armored)
            .args(["--output", "-"])
            .output()
            .unwrap();
        assert!(
            rnp.status.success(),
            "rnp: {}",
            String::from_utf8_lossy(&rnp.stderr)
        );
        assert!(rnp.stdout == plain.as_bytes(), "RNP reads the same entity");
    }
    assert!(wait_until(10, || outbox_counts(&inst) == (0, 0, 0)));
    assert!(
        wait_until(10, || count_rows(
            &inst,
            "SELECT COUNT(*) FROM tip_mail_bodies"
        ) == 0),
        "the shared body goes once every copy is sent"
    );

    // Over the limit: the mail says where the files are, and carries none.
    let big = evidence(1_200_000, b"VIDEO");
    let r = s.report_files(
        &[
            ("country", "MM"),
            ("details", "one big file"),
            ("consent_ngo", "yes"),
        ],
        &[("window.mp4", "video/mp4", &big)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let msgs = smtp.wait_for(4, 30);
    assert_eq!(msgs.len(), 4);
    for (i, (_, msg)) in msgs[2..].iter().enumerate() {
        let me = addressee(msg, &["r1", "r2"], &rs);
        let plain = open_mail(&inst, me, msg);
        let entity = work.path().join(format!("big-{i}.eml"));
        std::fs::write(&entity, &plain).unwrap();
        let p = mime_parts(&entity);
        let parts = p["parts"].as_array().unwrap();
        assert_eq!(parts.len(), 3, "no file part");
        let text = parts[0]["payload"].as_str().unwrap();
        assert!(text.contains("== Files (1) =="), "{text}");
        assert!(text.contains("download each from the tip page"), "{text}");
        assert!(msg.len() < 200_000, "the file is not in the mail");
    }
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tip_mail_bodies"), 0);
    assert!(!contains(&inst.db.dump(), CANARY.as_bytes()));
    assert!(!contains(&inst.db.dump(), b"recruiter: the job"));
}

fn smtp_down_then_up_delivers_each_once(backend: Backend) {
    if !needs_tools() {
        return;
    }
    let port = free_port();
    let (inst, _) = mail_instance(backend, &["r1"], port);
    let s = inst.serve(&[]);
    for i in 0..3 {
        assert_eq!(report(&s, &format!("report {i}")).status, 200);
    }
    // Refused connections: every message waits, with the error recorded.
    assert!(
        wait_until(15, || {
            let out = inst.ok(&["outbox", "list"]);
            outbox_counts(&inst).0 == 3 && out.matches("refused").count() >= 3
        }),
        "{}",
        inst.ok(&["outbox", "list"])
    );
    assert_eq!(outbox_counts(&inst), (3, 0, 0));

    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), port, &[]);
    let msgs = smtp.wait_for(3, 30);
    assert_eq!(msgs.len(), 3);
    assert!(wait_until(10, || outbox_counts(&inst) == (0, 0, 0)));
    std::thread::sleep(Duration::from_secs(2));
    let msgs = smtp.messages();
    assert_eq!(msgs.len(), 3, "each delivered exactly once");
    let ids: HashSet<String> = msgs
        .iter()
        .map(|(_, m)| header(m, "Message-ID").unwrap())
        .collect();
    assert_eq!(ids.len(), 3);
}

fn temporary_failure_is_retried_and_permanent_failure_alerts(backend: Backend) {
    if !needs_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(
        dir.path(),
        0,
        &[("slow@example.org", "451,250"), ("gone@example.org", "550")],
    );
    let (inst, rs) = mail_instance(backend, &["slow", "gone"], smtp.port);
    let s = inst.serve(&[]);
    assert_eq!(report(&s, "retry me").status, 200);
    let msgs = smtp.wait_for(1, 30);
    assert_eq!(msgs.len(), 1, "the 451 is retried and then delivered");
    assert!(
        header(&msgs[0].1, "To")
            .unwrap()
            .contains("slow@example.org")
    );
    assert!(open_mail(&inst, &rs[0], &msgs[0].1).contains(CANARY));

    assert!(
        wait_until(15, || outbox_counts(&inst) == (0, 1, 0)),
        "{}",
        inst.ok(&["outbox", "list"])
    );
    let list = inst.ok(&["outbox", "list"]);
    assert!(
        list.contains("failed") && list.contains("550") && list.contains("gone@example.org"),
        "{list}"
    );
    assert!(!list.contains(CANARY));
    let alerts = alerts_with(&inst, "mail-");
    assert!(
        alerts.contains("mail-failed") && alerts.contains("gone@example.org"),
        "{alerts}"
    );
    assert_eq!(tip_ids(&inst).len(), 1, "the tip is still stored");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(
        smtp.messages().len(),
        1,
        "a permanent failure is not retried on its own"
    );

    // An admin retries it by hand; the server still says 550.
    let id = list
        .lines()
        .find(|l| l.contains("failed") && l.contains("gone@"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .to_owned();
    let tries = || {
        smtp.log("rcpt.log")
            .iter()
            .filter(|l| l.starts_with("gone@example.org 550"))
            .count()
    };
    assert_eq!(tries(), 1, "a permanent failure is tried once");
    assert!(inst.ok(&["outbox", "retry", &id]).contains("queued 1"));
    assert!(
        wait_until(15, || tries() == 2),
        "the retry reached the server"
    );
    assert!(wait_until(15, || outbox_counts(&inst) == (0, 1, 0)));
    assert!(!inst.cli(&["outbox", "retry", "not-an-id"]).status.success());
}

fn sigkill_loses_no_acknowledged_report(backend: Backend) {
    if !needs_tools() {
        return;
    }
    // The mail server stores each message and then waits a second before
    // its 250: a server killed meanwhile has sent mail it never saw accepted.
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start_with(dir.path(), 0, &[], &["--data-delay", "1"]);
    let (inst, rs) = mail_instance(backend, &["r1"], smtp.port);
    let server = inst.serve(&[]);
    let base = server.url("");
    // Reports keep arriving from four clients while the server is killed.
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let clients: Vec<_> = (0..4)
        .map(|c| {
            let (base, acked, stop) = (base.clone(), acknowledged.clone(), stop.clone());
            std::thread::spawn(move || {
                let agent = agent();
                for i in 0.. {
                    if stop.load(std::sync::atomic::Ordering::Relaxed) {
                        break;
                    }
                    let marker = format!("marker-{c}-{i}");
                    // A request cut off by the kill panics in the client.
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        report_with(&agent, &base, &[("details", &marker), ("country", "KH")])
                    }));
                    match r {
                        Ok(r) if r.status == 200 && r.body.contains("class=\"words\"") => {
                            acked.lock().unwrap().push(marker)
                        }
                        _ => break,
                    }
                }
            })
        })
        .collect();
    // Kill it once some mail is in the middle of its DATA exchange and more
    // is queued behind it.
    assert!(wait_until(20, || smtp.messages().len() >= 2));
    let pending_before = outbox_counts(&inst).0;
    drop(server); // SIGKILL
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for c in clients {
        let _ = c.join();
    }
    let acked = acknowledged.lock().unwrap().clone();
    assert!(
        acked.len() >= 4,
        "reports were acknowledged before the kill"
    );
    assert!(
        pending_before > 0,
        "the outbox held messages when the server died"
    );

    let _again = inst.serve(&[]);
    assert!(
        wait_until(90, || outbox_counts(&inst) == (0, 0, 0)),
        "{}",
        inst.ok(&["outbox", "list"])
    );
    let msgs = smtp.messages();
    let cert = inst.instance_cert();
    let gpg = Gpg::new(&[&rs[0].secret, &cert]);
    let mut by_marker: HashMap<String, Vec<String>> = HashMap::new();
    for (_, m) in &msgs {
        let plain = String::from_utf8(gpg.decrypt(&armored_part(m)).0).unwrap();
        let marker = plain
            .split_whitespace()
            .find(|w| w.starts_with("marker-"))
            .unwrap()
            .trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .to_owned();
        by_marker
            .entry(marker)
            .or_default()
            .push(header(m, "Message-ID").unwrap());
    }
    for m in &acked {
        assert!(
            by_marker.contains_key(m),
            "acknowledged report {m} was delivered"
        );
    }
    let mut duplicates = 0;
    for (m, ids) in &by_marker {
        let distinct: HashSet<&String> = ids.iter().collect();
        assert_eq!(
            distinct.len(),
            1,
            "a duplicate of {m} carries the same Message-ID"
        );
        duplicates += ids.len() - 1;
    }
    // The message cut off in its DATA exchange was sent again.
    assert!(
        duplicates >= 1,
        "at least once: the interrupted message came twice"
    );
}

fn expired_key_is_skipped_with_an_alert(backend: Backend) {
    use sequoia_openpgp::cert::prelude::*;
    use std::sync::Arc;
    use tipline::clock::ManualClock;
    if !needs_tools() {
        return;
    }
    let port = free_port();
    let (inst, rs) = mail_instance(backend, &["steady"], port);
    let short = Responder::with_builder(
        CertBuilder::general_purpose(Some("short <short@example.org>"))
            .set_validity_period(Duration::from_secs(2 * 86_400)),
    );
    inst.add_responder("Desk", "short", &short);
    inst.ok(&["responder", "vet", &short.fingerprint]);

    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let base = in_process(mail_config(&inst, port), clock.clone());
    let r = report_with(&agent(), &base, &[("details", CANARY)]);
    assert_eq!(r.status, 200, "{}", r.body);
    // Both copies wait for the mail server, and so does the notice telling
    // "short" that their key expires within 30 days (src/notices.rs).
    assert!(
        wait_until(20, || outbox_counts(&inst).0 == 3),
        "both copies and the expiry notice wait for the mail server: {}",
        inst.ok(&["outbox", "list"])
    );

    // Three days later the short key has expired; then the server comes up.
    clock.advance(chrono::Duration::days(3));
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), port, &[]);
    // The test's clock stands still unless moved: move it past each retry.
    assert!(
        wait_until(30, || {
            clock.advance(chrono::Duration::seconds(5));
            outbox_counts(&inst) == (0, 0, 1)
        }),
        "{}",
        inst.ok(&["outbox", "list"])
    );
    let msgs = smtp.messages();
    assert_eq!(msgs.len(), 2);
    let to = |m: &(std::path::PathBuf, Vec<u8>)| header(&m.1, "To").unwrap();
    let tip = msgs
        .iter()
        .find(|m| to(m).contains("steady@example.org"))
        .unwrap();
    assert!(open_mail(&inst, &rs[0], &tip.1).contains(CANARY));
    // The expired key got no copy of the report, only the earlier reminder.
    let reminder = msgs
        .iter()
        .find(|m| to(m).contains("short@example.org"))
        .unwrap();
    let reminder = String::from_utf8_lossy(&reminder.1).replace("=\r\n", "");
    assert!(reminder.contains("expires on") && !reminder.contains("BEGIN PGP MESSAGE"));
    let alerts = alerts_with(&inst, "mail-");
    assert!(
        alerts.contains("mail-skipped") && alerts.contains("short@example.org"),
        "{alerts}"
    );
}

/// The stored certificate is replaced the way a key update will replace
/// it (a revocation merged in), straight through the database layer.
fn revoked_key_is_skipped_with_an_alert(backend: Backend) {
    use sequoia_openpgp::cert::prelude::*;
    use sequoia_openpgp::serialize::SerializeInto;
    use sequoia_openpgp::types::ReasonForRevocation;
    if !needs_tools() {
        return;
    }
    let port = free_port();
    let (inst, rs) = mail_instance(backend, &["steady", "revoked"], port);
    let s = inst.serve(&[]);
    assert_eq!(report(&s, "before the revocation").status, 200);
    assert!(wait_until(10, || outbox_counts(&inst).0 == 2));

    let mut signer = rs[1]
        .cert
        .primary_key()
        .key()
        .clone()
        .parts_into_secret()
        .unwrap()
        .into_keypair()
        .unwrap();
    let sig = CertRevocationBuilder::new()
        .set_reason_for_revocation(ReasonForRevocation::KeyCompromised, b"lost laptop")
        .unwrap()
        .build(&mut signer, &rs[1].cert, None)
        .unwrap();
    let revoked = rs[1]
        .cert
        .clone()
        .insert_packets(sig)
        .unwrap()
        .0
        .strip_secret_key_material()
        .to_vec()
        .unwrap();
    let url = inst.db.url.clone();
    let fp = rs[1].fingerprint.clone();
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async move {
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
            use tipline::db::entities::responder;
            let db = tipline::db::connect(&url).await.unwrap();
            responder::Entity::update_many()
                .col_expr(responder::Column::Cert, Expr::value(revoked))
                .filter(responder::Column::Fingerprint.eq(fp))
                .exec(&db)
                .await
                .unwrap();
            tipline::db::bump_generation(&db).await.unwrap();
        });

    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), port, &[]);
    assert!(
        wait_until(30, || outbox_counts(&inst) == (0, 0, 1)),
        "{}",
        inst.ok(&["outbox", "list"])
    );
    let msgs = smtp.messages();
    assert_eq!(msgs.len(), 1, "only the responder whose key still stands");
    assert!(
        header(&msgs[0].1, "To")
            .unwrap()
            .contains("steady@example.org")
    );
    let alerts = alerts_with(&inst, "mail-");
    assert!(
        alerts.contains("mail-skipped") && alerts.contains("revoked@example.org"),
        "{alerts}"
    );
    // New reports go only to the key that stands.
    assert_eq!(report(&s, "after").status, 200);
    assert!(wait_until(20, || smtp.messages().len() == 2));
    std::thread::sleep(Duration::from_secs(1));
    assert_eq!(smtp.messages().len(), 2);
}

fn notices_say_nothing_and_digest_sends_one(backend: Backend) {
    if !needs_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), 0, &[]);
    let (mut inst, rs) = mail_instance(backend, &["quiet"], smtp.port);
    inst.ok(&["responder", "mode", &rs[0].fingerprint, "notice"]);
    assert!(
        !inst
            .cli(&["responder", "mode", &rs[0].fingerprint, "loud"])
            .status
            .success()
    );
    inst.extra_env.extend([
        ("TIPLINE_MAIL_DIGEST".into(), "1h".into()),
        (
            "TIPLINE_PUBLIC_URL".into(),
            "https://tips.example.org".into(),
        ),
    ]);
    let s = inst.serve(&[]);
    // Reports arriving together: their notices fall due together.
    let base = s.url("");
    let together: Vec<_> = (0..4)
        .map(|i| {
            let base = base.clone();
            std::thread::spawn(move || {
                report_with(&agent(), &base, &[("details", &format!("together {i}"))]).status
            })
        })
        .collect();
    for t in together {
        assert_eq!(t.join().unwrap(), 200);
    }
    let msgs = smtp.wait_for(1, 30);
    assert_eq!(msgs.len(), 1);
    for i in 0..3 {
        assert_eq!(report(&s, &format!("more {i}")).status, 200);
    }
    std::thread::sleep(Duration::from_secs(3));
    let msgs = smtp.messages();
    assert_eq!(msgs.len(), 1, "at most one notice per responder per period");
    let (path, msg) = &msgs[0];
    let p = mime_parts(path);
    assert_eq!(p["content_type"], "text/plain");
    let body = p["parts"][0]["payload"].as_str().unwrap();
    assert!(
        body.contains("https://tips.example.org/responder/"),
        "{body}"
    );
    assert!(!String::from_utf8_lossy(msg).contains("BEGIN PGP"));
    assert!(!String::from_utf8_lossy(msg).contains(CANARY));
    assert_eq!(header(msg, "Subject").as_deref(), Some("Tipline"));
    // Notices not covered by the one sent wait for the end of the period
    // (times are whole seconds: those queued in the same second count as
    // not covered, so at most all six others wait).
    let (pending, _, _) = outbox_counts(&inst);
    assert!(
        (1..=6).contains(&pending),
        "{}",
        inst.ok(&["outbox", "list"])
    );
}

fn delay_window_holds_mail(backend: Backend) {
    if !needs_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), 0, &[]);
    let (mut inst, _) = mail_instance(backend, &["r1"], smtp.port);
    // A one-hour window: the chance that a random delay falls in the next
    // three seconds is under 0.1%.
    inst.extra_env
        .push(("TIPLINE_MAIL_DELAY".into(), "1h".into()));
    let s = inst.serve(&[]);
    assert_eq!(report(&s, "later").status, 200);
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(smtp.messages().len(), 0);
    assert_eq!(outbox_counts(&inst), (1, 0, 0));
}

fn mail_test_reports_the_servers_answer(backend: Backend) {
    if !needs_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), 0, &[("nobody@example.org", "550")]);
    let (inst, _) = mail_instance(backend, &["r1"], smtp.port);
    let out = inst.ok(&["mail", "test", "ana@example.org"]);
    assert!(out.contains("accepted by the mail server: 250"), "{out}");
    let msgs = smtp.wait_for(1, 10);
    assert_eq!(msgs.len(), 1);
    assert!(String::from_utf8_lossy(&msgs[0].1).contains("carries no report"));
    let bad = inst.cli(&["mail", "test", "nobody@example.org"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("550"));
    let mut down = Instance::new(backend);
    down.extra_env.push((
        "TIPLINE_MAIL_FROM".into(),
        "tips@tipline.example.org".into(),
    ));
    down.extra_env
        .push(("TIPLINE_SMTP_URL".into(), smtp_url(free_port())));
    let out = down.cli(&["mail", "test", "ana@example.org"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not delivered"));
}

fn without_smtp_mail_is_written_as_eml_files(backend: Backend) {
    if !tool("gpg") {
        return;
    }
    let (inst, rs) = Instance::with_desk(backend, &["r1"]);
    let s = inst.serve(&[]);
    assert_eq!(report(&s, "to a file").status, 200);
    let dir = inst.dir.path().join("data/mail");
    // A message is written to a hidden `.tmp` name and renamed, so a reader
    // of the folder never sees half a message; count only finished ones.
    let finished = || -> Vec<std::path::PathBuf> {
        std::fs::read_dir(&dir)
            .map(|d| {
                d.map(|e| e.unwrap().path())
                    .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("eml"))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(wait_until(10, || finished().len() == 1));
    let file = finished().pop().unwrap();
    let msg = std::fs::read(&file).unwrap();
    assert!(open_mail(&inst, &rs[0], &msg).contains(CANARY));
    assert!(!contains(
        &all_files(&inst.dir.path().join("data")),
        CANARY.as_bytes()
    ));
    assert_eq!(outbox_counts(&inst), (0, 0, 0));
}

fn tls_to_a_private_relay(backend: Backend) {
    if !needs_tools() || !tool("openssl") {
        return;
    }
    let certs = tempfile::tempdir().unwrap();
    let (ca, cert, key) = test_tls_certs(certs.path());
    let (cert, key) = (cert.display().to_string(), key.display().to_string());
    for (implicit, scheme) in [(false, "smtp"), (true, "smtps"), (false, "opportunistic")] {
        let dir = tempfile::tempdir().unwrap();
        let mut extra = vec!["--tls-cert", &cert, "--tls-key", &key];
        if implicit {
            extra.push("--implicit");
        }
        let smtp = Smtp::start_with(dir.path(), 0, &[], &extra);
        let url = match scheme {
            "opportunistic" => format!("smtp://127.0.0.1:{}?tls=opportunistic", smtp.port),
            s => format!("{s}://127.0.0.1:{}", smtp.port),
        };
        let mut inst = Instance::new(backend);
        inst.extra_env.push(("TIPLINE_SMTP_URL".into(), url));
        inst.extra_env.push((
            "TIPLINE_MAIL_FROM".into(),
            "tips@tipline.example.org".into(),
        ));
        // Not trusted without the relay's CA.
        let out = inst.cli(&["mail", "test", "ana@example.org"]);
        assert!(!out.status.success(), "{scheme}: an unknown CA is refused");
        inst.extra_env
            .push(("TIPLINE_SMTP_CA_FILE".into(), ca.display().to_string()));
        let out = inst.ok(&["mail", "test", "ana@example.org"]);
        assert!(
            out.contains("accepted by the mail server: 250"),
            "{scheme}: {out}"
        );
        assert_eq!(smtp.wait_for(1, 10).len(), 1);
    }
    // STARTTLS is required by default: a server without it gets nothing.
    let dir = tempfile::tempdir().unwrap();
    let plain = Smtp::start(dir.path(), 0, &[]);
    let mut inst = Instance::new(backend);
    inst.extra_env.push((
        "TIPLINE_SMTP_URL".into(),
        format!("smtp://127.0.0.1:{}", plain.port),
    ));
    inst.extra_env.push((
        "TIPLINE_MAIL_FROM".into(),
        "tips@tipline.example.org".into(),
    ));
    let out = inst.cli(&["mail", "test", "ana@example.org"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("STARTTLS"));
    assert_eq!(plain.messages().len(), 0);
}

fn held_mail_goes_out_when_its_time_comes(backend: Backend) {
    use std::sync::Arc;
    use tipline::clock::ManualClock;
    if !needs_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), 0, &[]);
    let (inst, rs) = mail_instance(backend, &["held", "quiet"], smtp.port);
    inst.ok(&["responder", "mode", &rs[1].fingerprint, "notice"]);
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let mut config = mail_config(&inst, smtp.port);
    config.mail_delay = "1h".into();
    config.mail_digest = "1d".into();
    let base = in_process(config, clock.clone());
    let to = |who: &str| {
        smtp.messages()
            .iter()
            .filter(|(_, m)| header(m, "To").unwrap().contains(who))
            .count()
    };
    assert_eq!(
        report_with(&agent(), &base, &[("details", "one")]).status,
        200
    );
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(smtp.messages().len(), 0, "held inside the delay window");
    clock.advance(chrono::Duration::minutes(61));
    assert!(wait_until(15, || to("held@") == 1 && to("quiet@") == 1));

    // A second report: its full copy after the delay, its notice only
    // when the digest period of the first notice has passed.
    clock.advance(chrono::Duration::seconds(5));
    assert_eq!(
        report_with(&agent(), &base, &[("details", "two")]).status,
        200
    );
    clock.advance(chrono::Duration::minutes(61));
    assert!(wait_until(15, || to("held@") == 2));
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(to("quiet@"), 1, "one notice per digest period");
    clock.advance(chrono::Duration::days(1));
    assert!(
        wait_until(15, || to("quiet@") == 2),
        "the next period's notice"
    );
    assert!(wait_until(10, || outbox_counts(&inst) == (0, 0, 0)));
}

fn give_up_keeps_the_message_and_retry_starts_over(backend: Backend) {
    use std::sync::Arc;
    use tipline::clock::ManualClock;
    if !needs_tools() {
        return;
    }
    let port = free_port();
    let (inst, rs) = mail_instance(backend, &["r1"], port);
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let base = in_process(mail_config(&inst, port), clock.clone());
    assert_eq!(
        report_with(&agent(), &base, &[("details", CANARY)]).status,
        200
    );
    // Six days of a mail server that refuses connections.
    assert!(
        wait_until(60, || {
            clock.advance(chrono::Duration::hours(4));
            outbox_counts(&inst) == (0, 1, 0)
        }),
        "{}",
        inst.ok(&["outbox", "list"])
    );
    let alerts = alerts_with(&inst, "mail-");
    assert!(
        alerts.contains("mail-failed") && alerts.contains("could not be delivered for 5d"),
        "{alerts}"
    );
    assert_eq!(tip_ids(&inst).len(), 1, "the tip is kept");

    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start(dir.path(), port, &[]);
    assert!(
        inst.ok(&["outbox", "retry", "--all-failed"])
            .contains("queued 1")
    );
    let msgs = smtp.wait_for(1, 20);
    assert_eq!(
        msgs.len(),
        1,
        "a retried message gets a fresh give-up period"
    );
    assert!(open_mail(&inst, &rs[0], &msgs[0].1).contains(CANARY));
}

fn password_from_a_file(backend: Backend) {
    if !needs_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let smtp = Smtp::start_with(dir.path(), 0, &[], &["--auth", "ana:s3cr3t pass"]);
    let mut inst = Instance::new(backend);
    let good = inst.write("smtp-password", b"s3cr3t pass\n");
    inst.extra_env.extend([
        (
            "TIPLINE_SMTP_URL".into(),
            format!("smtp://ana@127.0.0.1:{}?tls=none", smtp.port),
        ),
        (
            "TIPLINE_MAIL_FROM".into(),
            "tips@tipline.example.org".into(),
        ),
        ("TIPLINE_SMTP_PASSWORD_FILE".into(), good),
    ]);
    let out = inst.ok(&["mail", "test", "ana@example.org"]);
    assert!(out.contains("accepted"), "{out}");
    assert_eq!(smtp.wait_for(1, 10).len(), 1);
    let bad = inst.write("wrong-password", b"guess");
    inst.extra_env
        .push(("TIPLINE_SMTP_PASSWORD_FILE".into(), bad));
    let out = inst.cli(&["mail", "test", "ana@example.org"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("refused our login"), "{err}");
    assert!(!err.contains("guess"), "the password is never printed");
    assert_eq!(smtp.messages().len(), 1);
}

both_backends!(
    revoked_key_is_skipped_with_an_alert,
    held_mail_goes_out_when_its_time_comes,
    give_up_keeps_the_message_and_retry_starts_over,
    password_from_a_file,
    tls_to_a_private_relay,
    three_responders_each_get_a_private_copy,
    files_travel_inside_the_mail_under_its_limit,
    smtp_down_then_up_delivers_each_once,
    temporary_failure_is_retried_and_permanent_failure_alerts,
    sigkill_loses_no_acknowledged_report,
    expired_key_is_skipped_with_an_alert,
    notices_say_nothing_and_digest_sends_one,
    delay_window_holds_mail,
    mail_test_reports_the_servers_answer,
    without_smtp_mail_is_written_as_eml_files,
);

/// Two `serve` processes sharing the instance key and secret drain one
/// PostgreSQL outbox of 200 messages with no duplicates. (SQLite is served
/// by one process.)
#[test]
fn two_servers_drain_one_outbox_without_duplicates() {
    if !postgres_available() || !needs_tools() {
        return;
    }
    let port = free_port();
    let (inst, _) = mail_instance(Backend::Postgres, &["a", "b", "c", "d"], port);
    let first = inst.serve(&[]);
    let agent = agent();
    for i in 0..50 {
        let r = report_with(&agent, &first.url(""), &[("details", &format!("n{i}"))]);
        assert_eq!(r.status, 200);
    }
    assert_eq!(outbox_counts(&inst).0, 200);
    let second = inst.serve(&[]);
    let dir = tempfile::tempdir().unwrap();
    // 50 ms per message: one server alone would need seconds, so both work.
    let smtp = Smtp::start_with(dir.path(), port, &[], &["--data-delay", "0.05"]);
    assert!(
        wait_until(120, || outbox_counts(&inst) == (0, 0, 0)),
        "{}",
        inst.ok(&["outbox", "list"])
    );
    std::thread::sleep(Duration::from_secs(1));
    let msgs = smtp.messages();
    let ids: HashSet<String> = msgs
        .iter()
        .map(|(_, m)| header(m, "Message-ID").unwrap())
        .collect();
    assert_eq!(ids.len(), 200, "every message arrived");
    assert_eq!(msgs.len(), 200, "none twice");
    for s in [&first, &second] {
        assert!(
            s.logs().contains("outbox: delivered"),
            "both servers sent mail"
        );
    }
}
