//! Storage that fails for real — a filesystem that fills up, one remounted
//! read-only, a database whose connections are cut — under a load of full
//! reports: a source is shown a receipt only for a report that is durably
//! stored, every refusal is the "nothing was kept" page with the form still
//! filled in, an admin alert says what happened, and reports are accepted
//! again, without a restart, once storage works.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::load::*;
use common::*;

/// A desk of three vetted responders on a database on a tmpfs of `size`;
/// no rate limit gets in the way of the load.
fn desk_on_tmpfs(backend: Backend, size: &str) -> Instance {
    desk_in(Instance::on_tmpfs(backend, size))
}

/// `inst` with a desk of three vetted responders and no rate limit that
/// would get in the way of the load.
fn desk_in(mut inst: Instance) -> Instance {
    inst.desk(&["r1", "r2", "r3"]);
    for (k, v) in [
        ("TIPLINE_REPORT_RATE_PER_MINUTE", "1000000"),
        ("TIPLINE_REPORT_BURST", "1000000"),
    ] {
        inst.extra_env.push((k.into(), v.into()));
    }
    inst
}

/// Checks the promise after a fault: every acknowledged report is stored
/// (its source is found by its codename), and no source saw anything but
/// a receipt or the "nothing was kept" page.
///
/// A refused report may still be stored when its commit's outcome was
/// unknown: the commit was written but its fsync failed, or the connection
/// was cut after COMMIT was sent. The source was told to send it again, and
/// the form's single-use token makes that "already received". At most one
/// batch (32 reports) per `onsets` of the fault can be in that state.
fn assert_acknowledged_are_stored(inst: &Instance, seen: &[Seen], onsets: usize) -> usize {
    let others: Vec<&Seen> = seen
        .iter()
        .filter(|s| matches!(s, Seen::Other(_)))
        .collect();
    assert!(
        others.is_empty(),
        "every answer is a receipt or the refusal page: {others:?}"
    );
    let acked = codenames(seen);
    let tips = usize::try_from(count_rows(inst, "SELECT COUNT(*) FROM tips")).unwrap();
    assert_eq!(
        stored_sources(inst, &acked),
        acked.len(),
        "every acknowledged report is stored"
    );
    assert!(tips >= acked.len());
    let unknown = tips - acked.len();
    assert!(
        unknown <= 32 * onsets,
        "{unknown} refused reports were stored: more than commits of unknown outcome explain"
    );
    unknown
}

/// Waits for the storage alert (it is stored a few seconds after storage
/// works again) and returns the alert list.
fn storage_alert(inst: &Instance) -> String {
    let mut a = String::new();
    let found = wait_until(30, || {
        a = alerts(inst);
        a.contains("storage-failed")
    });
    assert!(found, "an admin alert: {a}");
    a
}

fn alerts(inst: &Instance) -> String {
    inst.ok(&["alert", "list"])
}

fn full_disk_refuses_reports_then_recovers(backend: Backend) {
    if !can_mount() {
        return;
    }
    // PostgreSQL's catalog for a new database takes about 8 MiB of it.
    let size = match backend {
        Backend::Sqlite => "8m",
        Backend::Postgres => "24m",
    };
    let inst = desk_on_tmpfs(backend, size);
    let server = inst.serve(&[]);
    let load = Load::start(&server.url(""), 4, "m");
    assert!(
        load.wait_for(60, |s| tally(s).0 >= 8),
        "reports are accepted"
    );

    inst.storage().fill();
    let (acked_at_full, _, _) = load.counts();
    assert!(
        load.wait_for(120, |s| tally(s).1 >= 20),
        "a full disk refuses reports: {:?}",
        load.counts()
    );
    // Refusals go on while the disk stays full (a few receipts may come
    // from space SQLite's log can reuse, and must then be stored).
    let (a1, r1, _) = load.counts();
    assert!(load.wait_for(60, |s| tally(s).1 >= r1 + 20));
    let (a2, _, _) = load.counts();
    assert!(
        a2 - a1 <= 4,
        "while the disk is full, reports are refused ({a1} → {a2} receipts, {acked_at_full} when it filled)"
    );

    inst.storage().free();
    let (a3, _, _) = load.counts();
    assert!(
        load.wait_for(120, |s| tally(s).0 >= a3 + 20),
        "reports are accepted again once space is free, without a restart: {:?}",
        load.counts()
    );
    let seen = load.stop();
    let a = storage_alert(&inst);
    let server_log = server.logs();
    drop(server); // SIGKILL: only what was committed counts.
    // Space runs out while a statement writes, before any commit: no
    // outcome is unknown.
    assert_eq!(assert_acknowledged_are_stored(&inst, &seen, 1), 0);
    let line = a
        .lines()
        .find(|l| l.contains("storage-failed"))
        .unwrap_or_default();
    assert!(
        line.contains("the disk is full"),
        "it says why: {line}\n{}",
        server_log
    );
    assert!(a.contains("could not be stored"), "{a}");
    assert!(!a.contains("Myawaddy"), "the alert holds no report content");
}

/// Runs a load through a storage failure that `fail` starts and `heal`
/// ends, and checks what sources saw against what was stored.
fn refuse_then_recover(
    inst: &Instance,
    fail: impl FnOnce(),
    heal: impl FnOnce(),
    why: &str,
) -> Vec<Seen> {
    let server = inst.serve(&[]);
    let load = Load::start(&server.url(""), 4, "m");
    assert!(
        load.wait_for(60, |s| tally(s).0 >= 8),
        "reports are accepted"
    );
    fail();
    let (_, r0, _) = load.counts();
    assert!(
        load.wait_for(120, |s| tally(s).1 >= r0 + 20),
        "{why}: reports are refused: {:?}",
        load.counts()
    );
    // Let the failure settle, then nothing more may be acknowledged.
    let (_, r1, _) = load.counts();
    assert!(load.wait_for(60, |s| tally(s).1 >= r1 + 10));
    let (a2, r2, _) = load.counts();
    assert!(load.wait_for(60, |s| tally(s).1 >= r2 + 10));
    assert_eq!(
        load.counts().0,
        a2,
        "{why}: nothing is acknowledged while nothing can be written"
    );
    heal();
    let (a3, _, _) = load.counts();
    assert!(
        load.wait_for(120, |s| tally(s).0 >= a3 + 20),
        "{why}: accepted again once storage works, without a restart: {:?}",
        load.counts()
    );
    let seen = load.stop();
    storage_alert(inst);
    drop(server);
    seen
}

/// An input/output error, then a filesystem gone read-only (SQLite, on a
/// FUSE filesystem whose writes fail on demand); a database that turns
/// read-only, as a primary demoted to a standby does (PostgreSQL).
fn failing_writes_refuse_reports_then_recover(backend: Backend) {
    match backend {
        Backend::Sqlite => {
            if !FaultFs::available() {
                return;
            }
            let fs = FaultFs::mount();
            let mut inst = desk_in(Instance::sqlite_in(&fs.path));
            inst.extra_env.push(("TIPLINE_LOG".into(), "info".into()));
            let mut seen =
                refuse_then_recover(&inst, || fs.set("eio"), || fs.set("ok"), "I/O error");
            let a = alerts(&inst);
            assert!(a.contains("input/output error"), "{a}");
            seen.extend(refuse_then_recover(
                &inst,
                || fs.set("erofs"),
                || fs.set("ok"),
                "read-only",
            ));
            assert_acknowledged_are_stored(&inst, &seen, 2);
        }
        Backend::Postgres => {
            let inst = desk_in(Instance::new(backend));
            let name = inst.db.pg_name.clone().unwrap();
            let set_read_only = |on: bool| {
                psql(&format!(
                    "ALTER DATABASE {name} SET default_transaction_read_only = {on}"
                ));
                cut_connections(&inst);
            };
            let seen = refuse_then_recover(
                &inst,
                || set_read_only(true),
                || set_read_only(false),
                "read-only database",
            );
            assert_acknowledged_are_stored(&inst, &seen, 1);
            let a = alerts(&inst);
            assert!(a.contains("read-only"), "{a}");
        }
    }
}

/// Ends every connection to the instance's PostgreSQL database, as a
/// restart or a failover does.
fn cut_connections(inst: &Instance) {
    let name = inst.db.pg_name.clone().unwrap();
    inst.db.pg_query(&format!(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
         WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    ));
}

/// PostgreSQL's connections cut again and again under load, mid-batch:
/// a report whose commit was cut is refused (or, if it did commit, found
/// again as already received); none is acknowledged without being stored.
#[test]
fn cut_connections_lose_no_acknowledged_report() {
    if !postgres_available() {
        return;
    }
    let inst = desk_in(Instance::new(Backend::Postgres));
    let server = inst.serve(&[]);
    let load = Load::start(&server.url(""), 4, "m");
    assert!(
        load.wait_for(60, |s| tally(s).0 >= 8),
        "reports are accepted"
    );
    for _ in 0..25 {
        cut_connections(&inst);
        std::thread::sleep(std::time::Duration::from_millis(150));
    }
    let (a, _, _) = load.counts();
    assert!(
        load.wait_for(60, |s| tally(s).0 >= a + 20),
        "accepted again without a restart: {:?}",
        load.counts()
    );
    let seen = load.stop();
    drop(server);
    let (_, refused, _) = tally(&seen);
    assert!(
        refused >= 1,
        "some reports met a cut connection: {:?}",
        tally(&seen)
    );
    assert_acknowledged_are_stored(&inst, &seen, 25);
}

both_backends!(
    full_disk_refuses_reports_then_recovers,
    failing_writes_refuse_reports_then_recover,
);

/// Runs `sql` (one statement, any result ignored) on the instance's database.
fn exec_sql(inst: &Instance, sql: &str) {
    query_rows(inst, sql);
}

/// What one write did while the disk was full.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Did {
    Applied,
    Refused,
}

/// Every path that writes, while the disk is full: a report, a source's
/// codename login and addition, a responder's login, note, status, label
/// and reply. Each is either refused cleanly — a 503 page that says
/// nothing was saved and still holds what was typed — or applied in full;
/// nothing is half-written (a change without its audit entry, a session
/// without its login's entry). On SQLite, whose log is emptied first so
/// that any write needs new space, every one is refused. Reading goes on
/// meanwhile, and once space is free every path works again.
fn every_write_path_refuses_cleanly_on_a_full_disk(backend: Backend) {
    if !can_mount() {
        return;
    }
    let size = match backend {
        Backend::Sqlite => "12m",
        Backend::Postgres => "24m",
    };
    let inst = Instance::on_tmpfs(backend, size);
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    let key = inst.responder("Desk", "ana");
    inst.ok(&[
        "route",
        "add",
        "--name",
        "All",
        "--team",
        "Desk",
        "--default",
    ]);
    let server = inst.serve(&[]);
    let (mut ana, enrolled) = sign_in(
        &inst,
        &server,
        "monsoon harbour kite lamp",
        &[
            "--email",
            "ana@example.org",
            "--role",
            "responder",
            "--responder",
            &key.fingerprint,
        ],
    );
    let r = server.report(&[("details", "before the disk filled"), ("country", "KH")]);
    let codename = codename_of(&r.body);
    let inbox = ana.get("/responder/inbox").body;
    let tip_page = format!(
        "/responder/tips/{}",
        between(&inbox, "href=\"/responder/tips/", "\"")
    );
    let mut source = Browser::new(&server.url(""));
    let open = |b: &mut Browser, codename: &str, info: &str| {
        let token = hidden(&b.get("/followup").body, "token");
        b.post(
            "/followup",
            &[("token", &token), ("codename", codename), ("info", info)],
        )
    };
    assert_eq!(open(&mut source, &codename, "").status, 200);

    let counts = |inst: &Instance| {
        let n = |sql: &str| count_rows(inst, sql);
        [
            n("SELECT COUNT(*) FROM tips"),
            n("SELECT COUNT(*) FROM messages WHERE kind = 'source'"),
            n("SELECT COUNT(*) FROM notes"),
            n("SELECT COUNT(*) FROM audit_log WHERE action = 'note'"),
            n("SELECT COUNT(*) FROM tip_teams WHERE status = 'triaging'"),
            n("SELECT COUNT(*) FROM audit_log WHERE action = 'status'"),
            n("SELECT COUNT(*) FROM tip_labels"),
            n("SELECT COUNT(*) FROM audit_log WHERE action = 'label added'"),
            n("SELECT COUNT(*) FROM messages WHERE kind = 'reply'"),
            n("SELECT COUNT(*) FROM audit_log WHERE action = 'reply to the source'"),
            n("SELECT COUNT(*) FROM sessions"),
            n("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'login%'"),
            n("SELECT COUNT(*) FROM audit_log WHERE action = 'password changed'"),
            n("SELECT COUNT(*) FROM audit_log WHERE action = 'recovery codes replaced'"),
            n("SELECT COUNT(*) FROM recovery_codes"),
            n("SELECT COUNT(*) FROM accounts WHERE language IS NOT NULL"),
        ]
    };
    let before = counts(&inst);
    // The password that opens ana's account now (a change applied while
    // the disk was full, as PostgreSQL may, moves it on).
    let password = std::cell::RefCell::new("monsoon harbour kite lamp".to_owned());
    // And the recovery codes that open it (replaced when that change applies).
    let codes = std::cell::RefCell::new(enrolled.codes.clone());

    // Each write, with what a refusal must still show.
    let writes =
        |phase: &str, ana: &mut Browser, source: &mut Browser| -> Vec<(&'static str, Did)> {
            let mut did = Vec::new();
            let mut judge = |what: &'static str, r: &Resp, applied: bool, kept: &str| {
                let d = if applied {
                    Did::Applied
                } else {
                    assert_eq!(r.status, 503, "{what} ({phase}): {}", r.body);
                    assert!(
                        r.body.contains("could not be saved")
                            || r.body.contains("nothing was saved")
                            || r.body.contains("Nothing was saved"),
                        "{what} ({phase}) says nothing was saved: {}",
                        r.body
                    );
                    assert!(
                        r.body.contains(kept),
                        "{what} ({phase}) keeps what was typed"
                    );
                    assert!(!r.body.contains("sqlx") && !r.body.contains("disk is full"));
                    Did::Refused
                };
                did.push((what, d));
            };
            let marker = format!("report-{phase}");
            let r = server.report(&[("details", &marker), ("country", "KH")]);
            judge(
                "report",
                &r,
                r.status == 200 && r.body.contains("class=\"words\""),
                &marker,
            );

            let text = format!("added-{phase}");
            let csrf = hidden(&source.get("/followup").body, "csrf");
            let r = source.post("/followup/add", &[("csrf", &csrf), ("info", &text)]);
            judge(
                "addition",
                &r,
                r.status == 200 && r.body.contains("was received"),
                &text,
            );

            let r = open(source, &codename, &format!("kept-{phase}"));
            judge(
                "codename login",
                &r,
                r.status == 200,
                &format!("kept-{phase}"),
            );

            let csrf = hidden(&ana.get(&tip_page).body, "csrf");
            let note = format!("note-{phase}");
            let r = ana.post(
                &tip_page,
                &[("csrf", &csrf), ("action", "note"), ("note", &note)],
            );
            judge("note", &r, r.status == 303, &note);
            let status = if phase == "full" {
                "triaging"
            } else {
                "verified"
            };
            let r = ana.post(
                &tip_page,
                &[("csrf", &csrf), ("action", "status"), ("status", status)],
            );
            judge("status", &r, r.status == 303, "");
            let label = format!("label-{phase}");
            let r = ana.post(
                &tip_page,
                &[("csrf", &csrf), ("action", "label-add"), ("label", &label)],
            );
            judge("label", &r, r.status == 303, &label);
            let reply = format!("reply-{phase}");
            let r = ana.post(
                &tip_page,
                &[("csrf", &csrf), ("action", "reply"), ("reply", &reply)],
            );
            judge("reply", &r, r.status == 303, &reply);

            // Account changes, each with the end of other sessions and its
            // audit entry: all or nothing (before the login below, whose
            // session they would end).
            let csrf = hidden(&ana.get("/responder/").body, "csrf");
            let new_password = format!("{phase} orchid tundra compass");
            let current = password.borrow().clone();
            let r = ana.post(
                "/responder/password",
                &[
                    ("csrf", &csrf),
                    ("current", &current),
                    ("password", &new_password),
                    ("password2", &new_password),
                ],
            );
            let changed = r.status == 200 && r.body.contains("Password changed");
            judge("password", &r, changed, "");
            if changed {
                *password.borrow_mut() = new_password;
            }
            let current = password.borrow().clone();
            let r = ana.post(
                "/responder/totp",
                &[("csrf", &csrf), ("action", "codes"), ("current", &current)],
            );
            let replaced = r.status == 200 && r.body.contains("<li><code>");
            judge("recovery codes", &r, replaced, "");
            if replaced {
                *codes.borrow_mut() = r
                    .body
                    .split("<li><code>")
                    .skip(1)
                    .map(|s| s[..s.find('<').unwrap()].to_owned())
                    .collect();
            }
            let r = ana.post(
                "/responder/language",
                &[("csrf", &csrf), ("language", "en")],
            );
            judge("language", &r, r.status == 200, "");

            let code = codes.borrow()[if phase == "full" { 0 } else { 1 }].clone();
            let mut b = Browser::new(&server.url(""));
            let r = login(&mut b, "ana@example.org", &password.borrow(), &code);
            judge("login", &r, r.status == 303, "ana@example.org");
            did
        };

    if backend == Backend::Sqlite {
        // An empty log: any write now needs new space.
        exec_sql(&inst, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    inst.storage().fill();
    let full = writes("full", &mut ana, &mut source);
    eprintln!("{backend:?}, while the disk was full: {full:?}");
    // Reading goes on.
    assert_eq!(ana.get("/responder/inbox").status, 200);
    assert_eq!(ana.get(&tip_page).status, 200);
    inst.storage().free();
    let during = counts(&inst);
    if backend == Backend::Sqlite {
        assert!(
            full.iter().all(|(_, d)| *d == Did::Refused),
            "every write is refused: {full:?}"
        );
        assert_eq!(during, before, "nothing was written");
    }
    // Applied or not, never half: each change has its audit entry.
    for (change, audit) in [(2, 3), (4, 5), (6, 7), (8, 9)] {
        assert_eq!(
            during[change] - before[change],
            during[audit] - before[audit],
            "a change and its audit entry are written together: {during:?}"
        );
    }
    assert_eq!(
        during[10] - before[10],
        during[11] - before[11],
        "a login and its entry"
    );
    // Ten recovery codes replaced by ten, with the entry; none lost.
    assert_eq!(
        during[14] - before[14],
        0,
        "recovery codes are replaced whole: {during:?}"
    );
    // The password that worked before the disk filled, or the one whose
    // change was recorded, opens the account: never a change without its
    // entry.
    if during[12] == before[12] {
        assert_eq!(*password.borrow(), "monsoon harbour kite lamp");
    }

    let again = writes("after", &mut ana, &mut source);
    assert!(
        again.iter().all(|(_, d)| *d == Did::Applied),
        "every write works once space is free: {again:?}"
    );
    storage_alert(&inst);
}

both_backends!(every_write_path_refuses_cleanly_on_a_full_disk);

/// SQLite serves one process: a second `serve` on the same database is
/// refused at start, saying why and what to do, and the first goes on
/// serving; once the first has stopped (even killed), a new one starts.
#[test]
fn a_second_server_on_one_sqlite_database_is_refused() {
    let inst = desk_in(Instance::new(Backend::Sqlite));
    let first = inst.serve(&[]);
    let out = inst.serve_refused(&[]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is already serving the SQLite database")
            && err.contains(&format!("pid {}", first.pid()))
            && err.contains("PostgreSQL"),
        "a clear message: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    let r = first.report(&[("details", "still serving"), ("country", "KH")]);
    assert_eq!(r.status, 200, "the first server goes on");
    // The CLI's short commands still work beside it.
    inst.ok(&["tip", "list"]);
    drop(first); // SIGKILL: the lock goes with the process.
    let again = inst.serve(&[]);
    assert_eq!(again.get("/").status, 200);
}
