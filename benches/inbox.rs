//! Inbox benchmark: a team with 100,000 tips (statuses, urgency and labels
//! spread over them, a source for each), the real application in-process,
//! and a signed-in responder fetching inbox pages over HTTP: the first
//! page, a deep page, filtered views and one tip's page. Prints each view's
//! latency (p50, p95, max) over repeated requests, then times a retention
//! purge of the tips of the two oldest days (about 600) from all of them.
//!
//! `cargo bench --bench inbox` — settings: LOAD_BACKENDS=postgres,sqlite
//! INBOX_TIPS=100000 INBOX_RUNS=50.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

#[path = "../tests/common/mod.rs"]
mod common;
use common::*;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use std::sync::Arc;
use std::time::Instant;
use tipline::db::entities::*;

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

const STATUSES: [&str; 5] = ["new", "triaging", "verified", "referred", "closed"];

/// What `fill` made: a member's session cookie, the team and a tip of it.
struct Filled {
    token: String,
    team: uuid::Uuid,
    tip: uuid::Uuid,
}

/// The first day tips arrived on; they arrive over `DAYS` days.
fn start() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}
const DAYS: u64 = 320;

/// Fills the database: tips, their triage rows, labels and sources.
async fn fill(url: &str, tips: u64) -> Filled {
    let db = tipline::db::connect(url).await.unwrap();
    let team = team::Entity::find().all(&db).await.unwrap().remove(0);
    let responder = responder::Entity::find().all(&db).await.unwrap().remove(0);
    let start = start();
    // Every source row carries a real source certificate (the same one:
    // its size is what matters here) and a lookup value of its own.
    let cert = tipline::codename::Codename::generate()
        .derive(b"bench")
        .source_cert()
        .unwrap()
        .bytes;
    let mut middle = None;
    let mut n = 0u64;
    while n < tips {
        let batch = (tips - n).min(1000);
        let ids: Vec<uuid::Uuid> = (0..batch).map(|_| uuid::Uuid::new_v4()).collect();
        let day = |i: u64| start + chrono::Duration::days(((n + i) % DAYS) as i64);
        if n + batch > tips / 2 && middle.is_none() {
            middle = Some(ids[(tips / 2 - n) as usize]);
        }
        tip::Entity::insert_many(ids.iter().enumerate().map(|(i, id)| tip::ActiveModel {
            id: Set(*id),
            received_day: Set(day(i as u64)),
            route_id: Set(None),
            route_name: Set("All".into()),
            urgent: Set((n + i as u64).is_multiple_of(7)),
            status: Set("new".into()),
            sealed: Set(vec![0u8; 64]),
        }))
        .exec_without_returning(&db)
        .await
        .unwrap();
        tip_team::Entity::insert_many(ids.iter().enumerate().map(|(i, id)| {
            let k = n + i as u64;
            tip_team::ActiveModel {
                tip_id: Set(*id),
                team_id: Set(team.id),
                received_day: Set(day(i as u64)),
                urgent: Set(k.is_multiple_of(7)),
                status: Set(STATUSES[(k % 5) as usize].into()),
                assignee: Set(None),
                closed_day: Set(None),
                fingerprints: Set("D2F0C6B1A4E3978F5C2B1D0E9A8F7C6B5A4D3E2F".into()),
            }
        }))
        .exec_without_returning(&db)
        .await
        .unwrap();
        tip_label::Entity::insert_many(
            ids.iter()
                .enumerate()
                .filter(|(i, _)| (n + *i as u64).is_multiple_of(10))
                .map(|(_, id)| tip_label::ActiveModel {
                    tip_id: Set(*id),
                    team_id: Set(team.id),
                    label: Set("Shwe Kokko".into()),
                }),
        )
        .exec_without_returning(&db)
        .await
        .unwrap();
        source::Entity::insert_many(ids.iter().map(|id| {
            let mut lookup = uuid::Uuid::new_v4().as_bytes().to_vec();
            lookup.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
            source::ActiveModel {
                tip_id: Set(*id),
                lookup: Set(lookup),
                cert: Set(cert.clone()),
            }
        }))
        .exec_without_returning(&db)
        .await
        .unwrap();
        n += batch;
    }
    let account = account::ActiveModel {
        id: Set(uuid::Uuid::new_v4()),
        email: Set("bench@example.org".into()),
        role: Set("responder".into()),
        responder_id: Set(Some(responder.id)),
        password_hash: Set(None),
        totp_secret: Set(None),
        totp_enabled: Set(true),
        totp_last_step: Set(0),
        state: Set("active".into()),
        created_day: Set(start),
        language: Set(None),
    }
    .insert(&db)
    .await
    .unwrap();
    let (token, hash) = tipline::accounts::new_token();
    tipline::db::accounts::create_session(&db, hash, account.id, chrono::Utc::now().timestamp())
        .await
        .unwrap();
    if matches!(
        db.get_database_backend(),
        sea_orm::DatabaseBackend::Postgres
    ) {
        use sea_orm::ConnectionTrait;
        db.execute_unprepared("ANALYZE").await.unwrap();
    }
    Filled {
        token,
        team: team.id,
        tip: middle.unwrap(),
    }
}

fn main() {
    let tips = env_num("INBOX_TIPS", 100_000);
    let runs = env_num("INBOX_RUNS", 50) as usize;
    let backends = std::env::var("LOAD_BACKENDS").unwrap_or_else(|_| "postgres,sqlite".into());
    for name in backends.split(',') {
        let backend = match name.trim() {
            "postgres" if postgres_available() => Backend::Postgres,
            "sqlite" => Backend::Sqlite,
            other => {
                println!("{other}: skipped");
                continue;
            }
        };
        let (inst, _) = Instance::with_desk(backend, &["r1"]);
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let t0 = Instant::now();
        let filled = rt.block_on(fill(&inst.db.url, tips));
        println!(
            "{name}: {tips} tips written in {:.1} s",
            t0.elapsed().as_secs_f64()
        );
        let clock = Arc::new(tipline::clock::ManualClock::new(chrono::Utc::now()));
        let base = in_process(inst.config(), clock);
        let mut b = Browser::new(&base);
        b.cookies.insert("tipline".into(), filled.token.clone());
        let deep = tips / 50 / 2;
        for (label, path) in [
            ("first page", "/responder/inbox".to_owned()),
            (
                "page in the middle",
                format!("/responder/inbox?page={deep}"),
            ),
            ("oldest first", "/responder/inbox?sort=oldest".into()),
            ("status=verified", "/responder/inbox?status=verified".into()),
            (
                "urgent, unassigned",
                "/responder/inbox?urgent=yes&assigned=nobody".into(),
            ),
            ("label", "/responder/inbox?label=Shwe%20Kokko".into()),
            (
                "one tip",
                format!("/responder/tips/{}/{}", filled.tip, filled.team),
            ),
        ] {
            let first = b.get(&path);
            assert_eq!(first.status, 200, "{path}: {}", first.body);
            assert!(first.body.contains("/responder/tips/"), "{path} links tips");
            if label == "one tip" {
                assert!(first.body.contains("Reply to the source"), "source found");
            }
            let mut ms: Vec<f64> = (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    let r = b.get(&path);
                    assert_eq!(r.status, 200);
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            ms.sort_by(f64::total_cmp);
            let p = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
            println!(
                "{name}: {label:<20} p50 {:>6.1} ms  p95 {:>6.1} ms  max {:>6.1} ms",
                p(0.5),
                p(0.95),
                ms[ms.len() - 1]
            );
        }
        // Retention: the tips of the two oldest days are past
        // `retention_max_days`; the purge deletes them with their sources,
        // triage rows and labels, then compacts the database.
        let policy = tipline::retention::Policy {
            closed_days: 90,
            max_days: 365,
            hold_days: 730,
        };
        let today = start() + chrono::Duration::days(366);
        let data = tempfile::tempdir().unwrap();
        let t = Instant::now();
        let purged = rt.block_on(async {
            let db = tipline::db::connect(&inst.db.url).await.unwrap();
            tipline::retention::purge(&db, &policy, data.path(), today, false)
                .await
                .unwrap()
        });
        assert!(purged.deleted > 0, "the oldest days are due");
        println!(
            "{name}: retention purge of {} of {tips} tips: {:.2} s",
            purged.deleted,
            t.elapsed().as_secs_f64()
        );
    }
}
