//! Schema changes that move data, run on a database filled as the schema
//! before them stood, on SQLite and PostgreSQL; and the query plans that
//! a change of keys is for.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use migration::MigratorTrait;
use sea_orm::{ConnectionTrait, Statement, Value};
use uuid::Uuid;

/// Applies every migration before the one named `name`.
async fn migrate_before(db: &sea_orm::DatabaseConnection, name: &str) {
    let all = migration::Migrator::migrations();
    let at = all
        .iter()
        .position(|m| m.name() == name)
        .unwrap_or_else(|| panic!("no migration {name}"));
    migration::Migrator::up(db, Some(u32::try_from(at).unwrap()))
        .await
        .unwrap();
}

async fn exec(db: &sea_orm::DatabaseConnection, sql: &str, values: Vec<Value>) {
    let backend = db.get_database_backend();
    let sql = if backend == sea_orm::DatabaseBackend::Postgres {
        let mut n = 0;
        sql.split('?')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part.to_owned()
                } else {
                    n += 1;
                    format!("${n}{part}")
                }
            })
            .collect()
    } else {
        sql.to_owned()
    };
    db.execute_raw(Statement::from_sql_and_values(backend, sql, values))
        .await
        .unwrap();
}

/// A fresh database with every migration before `name` applied, the
/// runtime that drives it, and what must outlive both.
struct Before {
    rt: tokio::runtime::Runtime,
    db: sea_orm::DatabaseConnection,
    test_db: TestDb,
    _dir: tempfile::TempDir,
}

fn migrated_before(backend: Backend, name: &str) -> Before {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    let test_db = TestDb::new(backend, dir.path());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let db = rt.block_on(async {
        let db = tipline::db::connect(&test_db.url).await.unwrap();
        migrate_before(&db, name).await;
        db
    });
    Before {
        rt,
        db,
        test_db,
        _dir: dir,
    }
}

/// A tip row as the schema before these migrations stored it.
async fn insert_tip(
    db: &sea_orm::DatabaseConnection,
    id: Uuid,
    day: chrono::NaiveDate,
    urgent: bool,
) {
    exec(
        db,
        "INSERT INTO tips (id, received_day, route_id, route_name, urgent, status, sealed) \
         VALUES (?, ?, NULL, 'Default', ?, 'new', ?)",
        vec![id.into(), day.into(), urgent.into(), vec![1u8, 2, 3].into()],
    )
    .await;
}

/// `tip_recipients` folded into `tip_teams.fingerprints`: every recipient
/// kept, and a recipient team without a triage row gets one, closed.
fn recipients_move_into_tip_teams(backend: Backend) {
    let f = migrated_before(backend, "m20261203_000002_recipients_in_tip_teams");
    f.rt.block_on(async {
        let db = &f.db;
        let (tip, ngo, police) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        insert_tip(db, tip, day, true).await;
        let fps = ["AAAA1111", "BBBB2222", "CCCC3333"];
        for (team, fp) in [(ngo, fps[0]), (ngo, fps[1]), (police, fps[2])] {
            exec(
                db,
                "INSERT INTO tip_recipients (tip_id, team_id, fingerprint) VALUES (?, ?, ?)",
                vec![tip.into(), team.into(), fp.into()],
            )
            .await;
        }
        // Only the NGO team has its triage row.
        exec(
            db,
            "INSERT INTO tip_teams (tip_id, team_id, received_day, urgent, status) \
             VALUES (?, ?, ?, ?, 'verified')",
            vec![tip.into(), ngo.into(), day.into(), true.into()],
        )
        .await;

        migration::Migrator::up(db, None).await.unwrap();

        let mut got = tipline::db::tip_recipients(db, tip).await.unwrap();
        got.sort_by(|a, b| a.1.cmp(&b.1));
        assert_eq!(
            got,
            vec![
                (ngo, fps[0].to_owned()),
                (ngo, fps[1].to_owned()),
                (police, fps[2].to_owned())
            ]
        );
        let rows = db
            .query_all_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT status, closed_day IS NOT NULL AS closed FROM tip_teams ORDER BY status",
            ))
            .await
            .unwrap();
        let rows: Vec<(String, bool)> = rows
            .iter()
            .map(|r| {
                (
                    r.try_get("", "status").unwrap(),
                    r.try_get("", "closed").unwrap(),
                )
            })
            .collect();
        // The NGO keeps its status; the police team's row is added, closed.
        assert_eq!(
            rows,
            vec![("closed".to_owned(), true), ("verified".to_owned(), false)]
        );
        let gone = db
            .query_all_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT 1 FROM tip_recipients",
            ))
            .await;
        assert!(gone.is_err(), "tip_recipients still exists");
    });
}

/// The plan each database makes for `query` (SQLite's `EXPLAIN QUERY
/// PLAN`; PostgreSQL's `EXPLAIN` with sequential scans priced out, so that
/// an index is used wherever one exists, whatever the table's size).
///
/// Each plan is made on a connection of its own, opened to the database at
/// `url`: an EXPLAIN never reads the database, so on a pooled connection it
/// can plan on that connection's cached schema (or reuse a statement it
/// prepared) from before a migration that another connection ran.
async fn plan(url: &str, query: &str) -> String {
    use sea_orm::TransactionTrait;
    let db = tipline::db::connect(url).await.unwrap();
    let backend = db.get_database_backend();
    let txn = db.begin().await.unwrap();
    let (verb, column) = if backend == sea_orm::DatabaseBackend::Postgres {
        txn.execute_unprepared("SET LOCAL enable_seqscan = off")
            .await
            .unwrap();
        txn.execute_unprepared("SET LOCAL enable_bitmapscan = off")
            .await
            .unwrap();
        ("EXPLAIN", "QUERY PLAN")
    } else {
        ("EXPLAIN QUERY PLAN", "detail")
    };
    let rows = txn
        .query_all_raw(Statement::from_string(backend, format!("{verb} {query}")))
        .await
        .unwrap();
    let lines: Vec<String> = rows
        .iter()
        .map(|r| r.try_get::<String>("", column).unwrap())
        .collect();
    txn.rollback().await.unwrap();
    db.close().await.unwrap();
    lines.join("\n")
}

/// `sources` keyed by tip: rows and live sessions carried over, a tip's
/// source found through the key instead of by reading every source (the
/// plan before was a whole-table scan), and deleting the tip still takes
/// its source and the source's sessions with it.
fn sources_are_keyed_by_tip(backend: Backend) {
    let f = migrated_before(backend, "m20261204_000001_sources_by_tip");
    f.rt.block_on(async {
        let db = &f.db;
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let (tip, other, source) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let (lookup, cert) = (vec![7u8; 32], vec![9u8; 300]);
        for (id, tip, lookup) in [
            (source, tip, lookup.clone()),
            (Uuid::new_v4(), other, vec![8u8; 32]),
        ] {
            insert_tip(db, tip, day, false).await;
            exec(
                db,
                "INSERT INTO sources (id, tip_id, lookup, cert) VALUES (?, ?, ?, ?)",
                vec![id.into(), tip.into(), lookup.into(), cert.clone().into()],
            )
            .await;
        }
        let hash = vec![5u8; 32];
        exec(
            db,
            "INSERT INTO source_sessions (token_hash, source_id, last_seen) VALUES (?, ?, ?)",
            vec![hash.clone().into(), source.into(), 1_000i64.into()],
        )
        .await;
        let query = format!("SELECT cert FROM sources WHERE tip_id = '{tip}'");
        let before = plan(&f.test_db.url, &query).await;
        assert!(
            before.contains("SCAN sources") || before.contains("Seq Scan"),
            "{before}"
        );

        migration::Migrator::up(db, None).await.unwrap();
        let after = plan(&f.test_db.url, &query).await;
        assert!(
            !after.contains("SCAN sources") && !after.contains("Seq Scan"),
            "{after}"
        );
        assert!(after.contains("sources"), "{after}");
        if backend == Backend::Postgres {
            let names = f.test_db.pg_query(
                "SELECT conname FROM pg_constraint \
                 WHERE conrelid::regclass::text IN ('sources', 'source_sessions') ORDER BY 1",
            );
            assert_eq!(
                names.lines().collect::<Vec<_>>(),
                [
                    "source_sessions_pkey",
                    "source_sessions_tip_id_fkey",
                    "sources_pkey",
                    "sources_tip_id_fkey"
                ],
            );
        }
        let got = tipline::db::messages::source_of_tip(db, tip)
            .await
            .unwrap()
            .expect("the source carried over");
        assert_eq!(
            (got.tip_id, got.lookup, got.cert),
            (tip, lookup.clone(), cert)
        );
        let by_lookup = tipline::db::messages::source_by_lookup(db, &lookup)
            .await
            .unwrap()
            .expect("found by its lookup value");
        assert_eq!(by_lookup.tip_id, tip);
        let session = tipline::db::messages::source_session(db, &hash, 1_001, 900)
            .await
            .unwrap()
            .expect("the live session carried over");
        assert_eq!(session.tip_id, tip);

        exec(db, "DELETE FROM tips WHERE id = ?", vec![tip.into()]).await;
        assert!(
            tipline::db::messages::source_of_tip(db, tip)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            tipline::db::messages::source_session(db, &hash, 1_002, 900)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            tipline::db::messages::source_of_tip(db, other)
                .await
                .unwrap()
                .is_some()
        );
    });
}

both_backends!(recipients_move_into_tip_teams, sources_are_keyed_by_tip);
