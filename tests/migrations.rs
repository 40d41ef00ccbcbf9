//! Schema changes that move data, run on a database filled as the schema
//! before them stood, on SQLite and PostgreSQL.
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

/// `tip_recipients` folded into `tip_teams.fingerprints`: every recipient
/// kept, and a recipient team without a triage row gets one, closed.
fn recipients_move_into_tip_teams(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    let test_db = TestDb::new(backend, dir.path());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let db = tipline::db::connect(&test_db.url).await.unwrap();
        migrate_before(&db, "m20261203_000002_recipients_in_tip_teams").await;
        let (tip, ngo, police) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        exec(
            &db,
            "INSERT INTO tips (id, received_day, route_id, route_name, urgent, status, sealed) \
             VALUES (?, ?, NULL, 'Default', ?, 'new', ?)",
            vec![tip.into(), day.into(), true.into(), vec![1u8, 2, 3].into()],
        )
        .await;
        let fps = ["AAAA1111", "BBBB2222", "CCCC3333"];
        for (team, fp) in [(ngo, fps[0]), (ngo, fps[1]), (police, fps[2])] {
            exec(
                &db,
                "INSERT INTO tip_recipients (tip_id, team_id, fingerprint) VALUES (?, ?, ?)",
                vec![tip.into(), team.into(), fp.into()],
            )
            .await;
        }
        // Only the NGO team has its triage row.
        exec(
            &db,
            "INSERT INTO tip_teams (tip_id, team_id, received_day, urgent, status) \
             VALUES (?, ?, ?, ?, 'verified')",
            vec![tip.into(), ngo.into(), day.into(), true.into()],
        )
        .await;

        migration::Migrator::up(&db, None).await.unwrap();

        let mut got = tipline::db::tip_recipients(&db, tip).await.unwrap();
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

both_backends!(recipients_move_into_tip_teams);
