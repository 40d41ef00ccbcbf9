//! Load driver: 2 KB reports routed to 3 responders, each a GET of the form
//! and a POST, over HTTP against the release binary, at several
//! concurrencies, on SQLite and PostgreSQL. In the same run it measures the
//! in-process bound (seal + source key + commit, no HTTP). Each point
//! names how many tips its database already held when it started: latency
//! at high concurrency grows with the database (PostgreSQL checkpoints by
//! the volume of its write-ahead log), so points are compared at like
//! sizes.
//!
//! `cargo bench --bench load` — settings: LOAD_BACKENDS=sqlite,postgres
//! LOAD_CONCURRENCY=1,8,64 LOAD_SECONDS=10. With LOAD_CALLGRIND=N it
//! instead runs the server under valgrind's callgrind and prints the
//! instructions it executes per report over N reports at each concurrency.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

#[path = "../tests/common/mod.rs"]
mod common;
use common::*;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn env_list(name: &str, default: &str) -> Vec<String> {
    std::env::var(name)
        .unwrap_or_else(|_| default.into())
        .split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

const TICKS: f64 = 100.0; // USER_HZ on Linux

/// CPU seconds used so far by a process (user + system).
fn cpu_of(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    let get = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (get(11) + get(12)) / TICKS
}

/// CPU seconds used so far by each PostgreSQL process that serves the
/// database `db` or the whole cluster (WAL writer, checkpointer, …), by pid.
/// Backends of the other test databases (the in-process bound's) are left out.
fn postgres_cpu(db: &str) -> std::collections::HashMap<u32, f64> {
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse::<u32>().ok()))
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|c| c.trim() == "postgres")
        })
        .filter(|pid| {
            let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let cmd = String::from_utf8_lossy(&cmd);
            cmd.contains(db) || !cmd.contains("tipline_test_")
        })
        .map(|pid| (pid, cpu_of(pid)))
        .collect()
}

/// CPU used between two readings, counting processes that started in between
/// from zero (those that ended in between are lost either way).
fn cpu_delta(
    before: &std::collections::HashMap<u32, f64>,
    after: &std::collections::HashMap<u32, f64>,
) -> f64 {
    after
        .iter()
        .map(|(pid, t)| t - before.get(pid).copied().unwrap_or(0.0))
        .sum()
}

fn peak_rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .unwrap_or(0.0)
        / 1024.0
}

fn report_text() -> String {
    let base = "A compound near the river, building 5, about 300 people held; passports taken. ";
    base.repeat(2048 / base.len() + 1)[..2048].to_owned()
}

fn setup(backend: Backend) -> Instance {
    let (mut inst, _) = Instance::with_desk(backend, &["r1", "r2", "r3"]);
    inst.extra_env
        .push(("TIPLINE_REPORT_RATE_PER_MINUTE".into(), "100000000".into()));
    inst.extra_env
        .push(("TIPLINE_REPORT_BURST".into(), "100000000".into()));
    inst.extra_env.push(("TIPLINE_LOG".into(), "warn".into()));
    // Intake alone: queued mail waits (up to a day) instead of being
    // delivered during the run; `benches/delivery.rs` measures delivery.
    inst.extra_env
        .push(("TIPLINE_MAIL_DELAY".into(), "1d".into()));
    inst
}

/// How many tips the database at `url` holds.
fn tips_in(url: &str) -> u64 {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let db = tipline::db::connect(url).await.unwrap();
        let n = tipline::db::entities::tip::Entity::find()
            .count(&db)
            .await
            .unwrap();
        db.close().await.unwrap();
        n
    })
}

struct Run {
    reports: usize,
    secs: f64,
    latencies_ms: Vec<f64>,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// `concurrency` clients, each on its own connection, sending reports
/// while `go()` says so; the latency of each report, in milliseconds.
fn drive(
    server: &Server,
    concurrency: usize,
    go: impl Fn() -> bool + Clone + Send + 'static,
) -> Vec<f64> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let fields = Arc::new(encode(&[("country", "MM"), ("details", &report_text())]));
    let port = server.port;
    rt.block_on(async move {
        let tasks: Vec<_> = (0..concurrency)
            .map(|_| {
                let (fields, go) = (fields.clone(), go.clone());
                tokio::spawn(async move {
                    let mut conn = Conn::open(port).await;
                    let mut lat = Vec::new();
                    while go() {
                        let t = Instant::now();
                        assert_eq!(conn.report(&fields).await, 200);
                        lat.push(t.elapsed().as_secs_f64() * 1000.0);
                    }
                    lat
                })
            })
            .collect();
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all
    })
}

fn http_run(server: &Server, concurrency: usize, secs: u64) -> Run {
    let start = Instant::now();
    let deadline = start + Duration::from_secs(secs);
    let mut latencies_ms = drive(server, concurrency, move || Instant::now() < deadline);
    let secs = start.elapsed().as_secs_f64();
    latencies_ms.sort_by(|a, b| a.partial_cmp(b).unwrap());
    Run {
        reports: latencies_ms.len(),
        secs,
        latencies_ms,
    }
}

/// `total` reports over `concurrency` connections (for runs under valgrind,
/// where a time limit would measure valgrind's speed).
fn http_count(server: &Server, concurrency: usize, total: usize) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let left = Arc::new(AtomicUsize::new(total));
    let sent = drive(server, concurrency, move || {
        left.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    });
    assert_eq!(sent.len(), total);
}

/// Instructions the server executes per report, counted by callgrind
/// (repeatable whatever else the machine is doing, unlike CPU time; the
/// kernel's share and PostgreSQL's own work are not in it).
fn callgrind_point(backend: Backend, name: &str, concurrency: usize, reports: usize) {
    let inst = setup(backend);
    let out = inst.dir.path().join("callgrind.out");
    let out_arg = format!("--callgrind-out-file={}", out.display());
    let server = inst.serve_wrapped(
        &[
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            &out_arg,
        ],
        &[],
    );
    let control = |arg: &str| {
        let ok = std::process::Command::new("callgrind_control")
            .args([arg, &server.pid().to_string()])
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap()
            .success();
        assert!(ok, "callgrind_control {arg} failed");
    };
    http_count(&server, concurrency, 20);
    control("-i=on");
    http_count(&server, concurrency, reports);
    control("-d");
    // The dump is written when valgrind next looks at its commands.
    let mut total: u64 = 0;
    for _ in 0..600 {
        std::thread::sleep(Duration::from_millis(100));
        for e in std::fs::read_dir(inst.dir.path()).unwrap().flatten() {
            if !e.file_name().to_string_lossy().starts_with("callgrind.out") {
                continue;
            }
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            if let Some(v) = text.lines().find_map(|l| l.strip_prefix("totals: ")) {
                total += v.trim().parse::<u64>().unwrap_or(0);
                // Kept for `callgrind_annotate`.
                let _ = std::fs::write(format!("target/callgrind-{name}-{concurrency}.out"), &text);
            }
        }
        if total > 0 {
            break;
        }
    }
    println!(
        "{name:<9} {concurrency:>4} {reports:>8} reports: {:.3} M instructions per report (server, callgrind)",
        total as f64 / reports as f64 / 1e6
    );
}

fn inprocess_run(inst: &Instance, concurrency: usize, secs: u64) -> Run {
    use secrecy::SecretBox;
    use tipline::clock::{Clock, SystemClock};
    let config = inst.config();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let clock: Arc<dyn Clock> = Arc::new(SystemClock);
        let db = tipline::db::connect(&config.database_url).await.unwrap();
        let id = tipline::identity::Identity::load_or_create(&config).unwrap();
        tipline::db::claim_instance(&db, &id.fingerprint(), clock.today())
            .await
            .unwrap();
        let sealer = tipline::seal::Sealer::new(id.signer(clock.now().into()).unwrap(), false)
            .with_public_cert(id.public_armored());
        let writer = tipline::db::intake_writer(&config.database_url)
            .await
            .unwrap();
        let intake = Arc::new(
            tipline::intake::Intake::new(
                db,
                sealer,
                SecretBox::new(Box::new(*id.secret_bytes())),
                clock,
            )
            .with_writer(writer),
        );
        let text = report_text();
        let deadline = Instant::now() + Duration::from_secs(secs);
        let start = Instant::now();
        let tasks: Vec<_> = (0..concurrency)
            .map(|_| {
                let intake = intake.clone();
                let text = text.clone();
                tokio::spawn(async move {
                    let mut lat = Vec::new();
                    let mut input = tipline::report::FormInput::default();
                    input.set("details", text);
                    input.set("country", "MM".into());
                    while Instant::now() < deadline {
                        let t = Instant::now();
                        let report = tipline::report::Report::from_input(&input, "en").unwrap();
                        let nonce: [u8; 16] = rand_bytes();
                        let day = chrono::NaiveDate::from_ymd_opt(2099, 1, 1).unwrap();
                        intake.submit(report, nonce, day).await.unwrap();
                        lat.push(t.elapsed().as_secs_f64() * 1000.0);
                    }
                    lat
                })
            })
            .collect();
        let mut latencies_ms = Vec::new();
        for t in tasks {
            latencies_ms.extend(t.await.unwrap());
        }
        latencies_ms.sort_by(|a, b| a.partial_cmp(b).unwrap());
        Run {
            reports: latencies_ms.len(),
            secs: start.elapsed().as_secs_f64(),
            latencies_ms,
        }
    })
}

fn main() {
    // `cargo bench` passes --bench; nothing else is read from the command line.
    let backends = env_list("LOAD_BACKENDS", "sqlite,postgres");
    let concurrency: Vec<usize> = env_list("LOAD_CONCURRENCY", "1,8,64")
        .iter()
        .map(|c| c.parse().unwrap())
        .collect();
    let secs: u64 = std::env::var("LOAD_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let crypto = if cfg!(feature = "crypto-openssl") {
        "openssl"
    } else {
        "rust"
    };
    println!(
        "load: 2 KB reports, 3 recipients, GET form + POST report; crypto backend {crypto}; {secs} s per point"
    );
    println!(
        "{:<9} {:>4} {:>11} {:>10} {:>9} {:>9} {:>14} {:>14} {:>14} {:>12} {:>10}",
        "database",
        "conc",
        "tips before",
        "reports/s",
        "p50 ms",
        "p99 ms",
        "server ms/rpt",
        "db ms/rpt",
        "client ms/rpt",
        "bound rpt/s",
        "HTTP/bound"
    );
    let callgrind: Option<usize> = std::env::var("LOAD_CALLGRIND")
        .ok()
        .and_then(|v| v.parse().ok());
    for b in backends {
        let backend = match b.as_str() {
            "sqlite" => Backend::Sqlite,
            "postgres" => Backend::Postgres,
            other => panic!("unknown backend {other}"),
        };
        if backend == Backend::Postgres && !postgres_available() {
            continue;
        }
        if let Some(reports) = callgrind {
            for &c in &concurrency {
                callgrind_point(backend, &b, c, reports);
            }
            continue;
        }
        let inst = setup(backend);
        let server = inst.serve(&[]);
        let bound_inst = setup(backend);
        // The bound instance needs its instance key: one start creates it.
        drop(bound_inst.serve(&[]));
        for &c in &concurrency {
            let me = std::process::id();
            let db_name = inst.db.pg_name.clone().unwrap_or_default();
            let before = tips_in(&inst.db.url);
            let (cpu0, db0, client0) = (cpu_of(server.pid()), postgres_cpu(&db_name), cpu_of(me));
            let run = http_run(&server, c, secs);
            let (cpu1, db1, client1) = (cpu_of(server.pid()), postgres_cpu(&db_name), cpu_of(me));
            let bound = inprocess_run(&bound_inst, c, secs);
            let rate = run.reports as f64 / run.secs;
            let bound_rate = bound.reports as f64 / bound.secs;
            let db_ms = if backend == Backend::Postgres {
                cpu_delta(&db0, &db1) * 1000.0 / run.reports as f64
            } else {
                0.0
            };
            println!(
                "{:<9} {:>4} {:>11} {:>10.1} {:>9.2} {:>9.2} {:>14.3} {:>14} {:>14.3} {:>12.1} {:>10.2}",
                b,
                c,
                before,
                rate,
                percentile(&run.latencies_ms, 0.5),
                percentile(&run.latencies_ms, 0.99),
                (cpu1 - cpu0) * 1000.0 / run.reports as f64,
                if backend == Backend::Postgres {
                    format!("{db_ms:.3}")
                } else {
                    "in server".into()
                },
                (client1 - client0) * 1000.0 / run.reports as f64,
                bound_rate,
                rate / bound_rate
            );
        }
        println!("{b}: server peak RSS {:.1} MiB", peak_rss_mib(server.pid()));
    }
}
