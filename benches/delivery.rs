//! Delivery benchmark: the outbox draining to a local SMTP server
//! (aiosmtpd writing a maildir), on SQLite and PostgreSQL, 3 responders
//! per report.
//!
//! 1. Drain: reports arrive while the mail server is down; then it comes
//!    up and the queue drains. Messages/s from the first to the last
//!    arrival (maildir file times).
//! 2. Latency: reports arrive at a steady rate with the server up; for each
//!    message, the time from the report's "received" page to the file in
//!    the maildir. Each message is decrypted to find its report, so the
//!    pairing is exact.
//!
//! `cargo bench --bench delivery` — settings: LOAD_BACKENDS=sqlite,postgres
//! DELIVERY_DRAIN_REPORTS=300 DELIVERY_RATE=50 DELIVERY_SECONDS=10.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

#[path = "../tests/common/mod.rs"]
mod common;
use common::*;
use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn setup(backend: Backend, smtp_port: u16) -> (Instance, Vec<Responder>) {
    let (mut inst, rs) = Instance::with_desk(backend, &["r1", "r2", "r3"]);
    inst.extra_env.extend([
        ("TIPLINE_SMTP_URL".into(), smtp_url(smtp_port)),
        (
            "TIPLINE_MAIL_FROM".into(),
            "tips@tipline.example.org".into(),
        ),
        ("TIPLINE_MAIL_RETRY_BASE".into(), "1s".into()),
        ("TIPLINE_MAIL_RETRY_MAX".into(), "1s".into()),
        ("TIPLINE_REPORT_RATE_PER_MINUTE".into(), "100000000".into()),
        ("TIPLINE_REPORT_BURST".into(), "100000000".into()),
        ("TIPLINE_LOG".into(), "warn".into()),
    ]);
    (inst, rs)
}

/// Submits reports with markers `prefix-0..n` at `rate` per second (0:
/// as fast as 8 connections go); returns each marker's "received" time.
fn submit(port: u16, prefix: &str, n: usize, rate: u64) -> HashMap<String, SystemTime> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let prefix = prefix.to_owned();
    rt.block_on(async move {
        let conns = 8usize;
        let start = tokio::time::Instant::now();
        let tasks: Vec<_> = (0..conns)
            .map(|c| {
                let prefix = prefix.clone();
                tokio::spawn(async move {
                    let mut conn = Conn::open(port).await;
                    let mut acked = Vec::new();
                    for i in (c..n).step_by(conns) {
                        if rate > 0 {
                            let at = start + Duration::from_secs_f64(i as f64 / rate as f64);
                            tokio::time::sleep_until(at).await;
                        }
                        let marker = format!("{prefix}-{i}");
                        let fields = encode(&[
                            ("details", &format!("report {marker} end")),
                            ("country", "LA"),
                        ]);
                        assert_eq!(conn.report(&fields).await, 200);
                        acked.push((marker, SystemTime::now()));
                    }
                    acked
                })
            })
            .collect();
        let mut all = HashMap::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all
    })
}

/// Waits for `n` messages, then returns each one's arrival time and marker.
fn collect(smtp: &Smtp, rs: &[Responder], n: usize) -> Vec<(SystemTime, String)> {
    let msgs = smtp.wait_for(n, 300);
    assert_eq!(msgs.len(), n, "every message arrived");
    msgs.iter()
        .map(|(path, m)| {
            let at = std::fs::metadata(path).unwrap().modified().unwrap();
            let to = header(m, "To").unwrap();
            let r = ["r1", "r2", "r3"]
                .iter()
                .position(|x| to.contains(&format!("{x}@example.org")))
                .unwrap();
            let text = String::from_utf8_lossy(m);
            let s = text.find("-----BEGIN PGP MESSAGE-----").unwrap();
            let e = text.find("-----END PGP MESSAGE-----").unwrap() + 25;
            let plain = decrypt_in_process(&rs[r].cert, text[s..e].as_bytes());
            let plain = String::from_utf8_lossy(&plain);
            let marker = plain
                .split_whitespace()
                .find(|w| w.starts_with("drain-") || w.starts_with("steady-"))
                .unwrap()
                .to_owned();
            (at, marker)
        })
        .collect()
}

fn main() {
    if !smtp_available() {
        return;
    }
    let drain_reports = env_num("DELIVERY_DRAIN_REPORTS", 300) as usize;
    let rate = env_num("DELIVERY_RATE", 50);
    let secs = env_num("DELIVERY_SECONDS", 10);
    println!(
        "delivery: 3 responders per report, full mode (PGP/MIME), local aiosmtpd; \
         drain of {drain_reports} reports, then {rate} reports/s for {secs} s"
    );
    println!(
        "{:<9} {:>14} {:>10} {:>14} {:>14} {:>14}",
        "database", "drained msgs", "msgs/s", "steady msgs", "p50 ms", "p99 ms"
    );
    for b in std::env::var("LOAD_BACKENDS")
        .unwrap_or_else(|_| "sqlite,postgres".into())
        .split(',')
    {
        let backend = match b.trim() {
            "sqlite" => Backend::Sqlite,
            "postgres" => Backend::Postgres,
            other => panic!("unknown backend {other}"),
        };
        if backend == Backend::Postgres && !postgres_available() {
            continue;
        }
        let port = free_port();
        let (inst, rs) = setup(backend, port);
        let server = inst.serve(&[]);

        // Drain: queue with the mail server down, then bring it up.
        submit(server.port, "drain", drain_reports, 0);
        let dir = tempfile::tempdir().unwrap();
        let smtp = Smtp::start(dir.path(), port, &[]);
        let drained = collect(&smtp, &rs, drain_reports * 3);
        let first = drained.iter().map(|(t, _)| *t).min().unwrap();
        let last = drained.iter().map(|(t, _)| *t).max().unwrap();
        let span = last.duration_since(first).unwrap().as_secs_f64();
        let drain_rate = (drained.len() - 1) as f64 / span;

        // Steady intake: received → in the maildir.
        let n = (rate * secs) as usize;
        let t = Instant::now();
        let acked = submit(server.port, "steady", n, rate);
        let took = t.elapsed().as_secs_f64();
        let all = collect(&smtp, &rs, drain_reports * 3 + n * 3);
        let mut lat: Vec<f64> = all
            .iter()
            .filter_map(|(at, marker)| {
                let ack = acked.get(marker)?;
                // A message can land a hair before the client has read the
                // "received" page: count that as no delay.
                Some(
                    at.duration_since(*ack)
                        .map(|d| d.as_secs_f64() * 1000.0)
                        .unwrap_or(0.0),
                )
            })
            .collect();
        lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(lat.len(), n * 3);
        assert!(
            took < secs as f64 * 1.5,
            "intake kept up with {rate} reports/s"
        );
        println!(
            "{:<9} {:>14} {:>10.1} {:>14} {:>14.1} {:>14.1}",
            b,
            drained.len(),
            drain_rate,
            lat.len(),
            percentile(&lat, 0.5),
            percentile(&lat, 0.99)
        );
    }
}
