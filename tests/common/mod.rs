//! Test harness: the real `tipline` binary on port 0, a fresh SQLite file
//! or PostgreSQL database per test, and real OpenPGP tools.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::disallowed_methods
)]

use openpgp::cert::prelude::*;
use openpgp::serialize::SerializeInto;
use sequoia_openpgp as openpgp;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, SystemTime};

pub mod load;

pub const BIN: &str = env!("CARGO_BIN_EXE_tipline");

/// The binary under test: the one cargo built, or `TIPLINE_BIN` (so that a
/// benchmark can run an older build with the same driver, in one sitting).
pub fn bin() -> String {
    std::env::var("TIPLINE_BIN").unwrap_or_else(|_| BIN.to_owned())
}

/// Which database a test runs against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs a test body once per backend.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[test]
            fn sqlite() { super::$name($crate::common::Backend::Sqlite) }
            #[test]
            fn postgres() {
                if $crate::common::postgres_available() { super::$name($crate::common::Backend::Postgres) }
            }
        }
    )*};
}

fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// Admin URL of the test PostgreSQL server.
pub fn pg_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// Whether PostgreSQL can be used; fails under CI when it cannot, skips loudly elsewhere.
pub fn postgres_available() -> bool {
    let ok = Command::new("psql")
        .args([&pg_admin_url(), "-qAtc", "select 1"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !ok {
        assert!(
            !in_ci(),
            "PostgreSQL is not reachable at {} (CI requires it)",
            pg_admin_url()
        );
        eprintln!(
            "SKIPPED: PostgreSQL not reachable at {}; run scripts/test to start it",
            pg_admin_url()
        );
    }
    ok
}

/// Whether `cmd` runs successfully; when it does not, fails under CI and
/// skips loudly elsewhere, naming `what` is missing.
fn present(cmd: &mut Command, what: &str) -> bool {
    let ok = cmd.output().map(|o| o.status.success()).unwrap_or(false);
    if !ok {
        assert!(
            !in_ci(),
            "{what} is missing (CI requires it; scripts/test installs it)"
        );
        eprintln!("SKIPPED: {what} is not installed; scripts/test installs it");
    }
    ok
}

/// Whether an external tool exists; fails under CI when missing, skips loudly elsewhere.
pub fn tool(name: &str) -> bool {
    present(
        Command::new("sh").args(["-c", &format!("command -v {name}")]),
        name,
    )
}

/// A fresh database that is removed on drop.
pub struct TestDb {
    pub backend: Backend,
    pub url: String,
    pub pg_name: Option<String>,
    pub sqlite_path: Option<PathBuf>,
    /// The PostgreSQL tablespace the database lives in, if not the default.
    pub pg_tablespace: Option<String>,
    /// The small filesystem the database lives on, if any (see
    /// [`TestDb::on_tmpfs`]); unmounted after the database is dropped.
    pub storage: Option<load::Tmpfs>,
}

impl TestDb {
    pub fn new(backend: Backend, dir: &Path) -> Self {
        match backend {
            Backend::Sqlite => {
                let path = dir.join("data").join("tipline.db");
                Self {
                    backend,
                    url: format!("sqlite://{}?mode=rwc", path.display()),
                    pg_name: None,
                    sqlite_path: Some(path),
                    pg_tablespace: None,
                    storage: None,
                }
            }
            Backend::Postgres => {
                let name = format!("tipline_test_{}", hex(&rand_bytes::<8>()));
                psql(&format!("CREATE DATABASE {name}"));
                // The admin URL's database replaced; its query (`?host=`
                // for a Unix socket, `sslmode=`) kept.
                let base = pg_admin_url();
                let (base, query) = match base.split_once('?') {
                    Some((b, q)) => (b.to_owned(), format!("?{q}")),
                    None => (base, String::new()),
                };
                let url = match base.rsplit_once('/') {
                    Some((prefix, _)) => format!("{prefix}/{name}{query}"),
                    None => panic!("bad TEST_POSTGRES_URL"),
                };
                Self {
                    backend,
                    url,
                    pg_name: Some(name),
                    sqlite_path: None,
                    pg_tablespace: None,
                    storage: None,
                }
            }
        }
    }

    /// A fresh database on a tmpfs of `size` of its own: the SQLite file
    /// (with the data directory, see [`Instance::on_tmpfs`]) or, for
    /// PostgreSQL, a tablespace holding every table and index of the
    /// database (its write-ahead log stays with the server's).
    pub fn on_tmpfs(backend: Backend, dir: &Path, size: &str) -> Self {
        // Outside the test's own temporary directory (which only root may
        // enter), so that PostgreSQL can reach a tablespace there.
        let path = std::env::temp_dir().join(format!("tipline-fs-{}", hex(&rand_bytes::<6>())));
        match backend {
            Backend::Sqlite => {
                let fs = load::Tmpfs::mount(&path, size, None);
                let file = path.join("tipline.db");
                Self {
                    backend,
                    url: format!("sqlite://{}?mode=rwc", file.display()),
                    pg_name: None,
                    sqlite_path: Some(file),
                    pg_tablespace: None,
                    storage: Some(fs),
                }
            }
            Backend::Postgres => {
                let fs = load::Tmpfs::mount(&path, size, Some("postgres"));
                let ts = format!("tipline_ts_{}", hex(&rand_bytes::<6>()));
                psql(&format!(
                    "CREATE TABLESPACE {ts} LOCATION '{}'",
                    path.display()
                ));
                let mut db = Self::new(backend, dir);
                let name = db.pg_name.clone().unwrap();
                psql(&format!("ALTER DATABASE {name} SET TABLESPACE {ts}"));
                db.pg_tablespace = Some(ts);
                db.storage = Some(fs);
                db
            }
        }
    }

    /// Everything the database holds, as bytes to search (the SQLite file
    /// with its WAL, or a plain-text `pg_dump`).
    pub fn dump(&self) -> Vec<u8> {
        match self.backend {
            Backend::Sqlite => {
                let p = self.sqlite_path.as_ref().unwrap();
                let mut all = std::fs::read(p).unwrap_or_default();
                for ext in ["-wal", "-shm"] {
                    all.extend(std::fs::read(format!("{}{ext}", p.display())).unwrap_or_default());
                }
                all
            }
            Backend::Postgres => {
                let out = Command::new("pg_dump")
                    .args(["--data-only", "--inserts", &self.url])
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "pg_dump: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                out.stdout
            }
        }
    }
}

impl TestDb {
    /// The rows `sql` returns on this PostgreSQL database, one per line
    /// with `|` between columns (`psql -At`).
    pub fn pg_query(&self, sql: &str) -> String {
        assert_eq!(self.backend, Backend::Postgres, "pg_query on SQLite");
        let out = Command::new("psql")
            .args([&self.url, "-qAtc", sql])
            .output()
            .expect("psql");
        assert!(
            out.status.success(),
            "psql {sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name {
            psql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
        if let Some(ts) = &self.pg_tablespace {
            psql(&format!("DROP TABLESPACE IF EXISTS {ts}"));
        }
    }
}

/// Runs `sql` on the test server's admin database.
pub fn psql(sql: &str) {
    let out = Command::new("psql")
        .args([&pg_admin_url(), "-qAtc", sql])
        .output()
        .expect("psql");
    assert!(
        out.status.success(),
        "psql {sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub fn rand_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).unwrap();
    b
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// An instance's files and database; the server is started separately.
pub struct Instance {
    pub dir: tempfile::TempDir,
    pub db: TestDb,
    pub extra_env: Vec<(String, String)>,
}

impl Instance {
    pub fn new(backend: Backend) -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        let db = TestDb::new(backend, dir.path());
        Self {
            dir,
            db,
            extra_env: Vec::new(),
        }
    }

    /// An instance whose database (and, on SQLite, data directory) is on
    /// a tmpfs of `size` of its own: storage that really fills up.
    pub fn on_tmpfs(backend: Backend, size: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        let db = TestDb::on_tmpfs(backend, dir.path(), size);
        let mut extra_env = Vec::new();
        if backend == Backend::Sqlite {
            let fs = db.storage.as_ref().unwrap();
            extra_env.push(("TIPLINE_DATA_DIR".into(), fs.path.display().to_string()));
        }
        Self { dir, db, extra_env }
    }

    /// An SQLite instance whose database and data directory are in `dir`
    /// (a filesystem of the test's making).
    pub fn sqlite_in(dir: &Path) -> Self {
        let home = tempfile::tempdir().unwrap();
        let file = dir.join("tipline.db");
        let db = TestDb {
            backend: Backend::Sqlite,
            url: format!("sqlite://{}?mode=rwc", file.display()),
            pg_name: None,
            sqlite_path: Some(file),
            pg_tablespace: None,
            storage: None,
        };
        let extra_env = vec![("TIPLINE_DATA_DIR".into(), dir.display().to_string())];
        Self {
            dir: home,
            db,
            extra_env,
        }
    }

    /// The tmpfs of an instance made with [`Instance::on_tmpfs`].
    pub fn storage(&self) -> &load::Tmpfs {
        self.db.storage.as_ref().expect("an instance on a tmpfs")
    }

    pub fn env(&self) -> Vec<(String, String)> {
        let d = self.dir.path();
        let mut v = vec![
            ("DATABASE_URL".to_owned(), self.db.url.clone()),
            ("TIPLINE_BIND".to_owned(), "127.0.0.1:0".to_owned()),
            (
                "TIPLINE_DATA_DIR".to_owned(),
                d.join("data").display().to_string(),
            ),
            (
                "TIPLINE_INSTANCE_KEY_FILE".to_owned(),
                d.join("keys/instance.key.asc").display().to_string(),
            ),
            (
                "TIPLINE_INSTANCE_SECRET_FILE".to_owned(),
                d.join("keys/instance.secret").display().to_string(),
            ),
            ("TIPLINE_LOG".to_owned(), "info".to_owned()),
        ];
        v.extend(self.extra_env.iter().cloned());
        v
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(bin());
        self.prepare(&mut c);
        c
    }

    /// Runs a CLI command that must succeed as if `days` days had passed
    /// (libfaketime moves the clock of the process); returns its stdout.
    pub fn ok_later(&self, days: u32, args: &[&str]) -> String {
        let mut c = self.command_later(days);
        c.args(args);
        let out = c.stdin(Stdio::null()).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} at +{days}d: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn prepare(&self, c: &mut Command) {
        c.current_dir(self.dir.path());
        for (k, _) in std::env::vars() {
            if k.starts_with("TIPLINE_") {
                c.env_remove(k);
            }
        }
        for (k, v) in self.env() {
            c.env(k, v);
        }
    }

    /// An instance with a team "Desk" (operator), a vetted responder per
    /// name in it, and a default route "All" to it.
    pub fn with_desk(backend: Backend, names: &[&str]) -> (Self, Vec<Responder>) {
        let inst = Self::new(backend);
        let responders = inst.desk(names);
        (inst, responders)
    }

    /// Adds a team "Desk" of vetted responders `names`, and the default
    /// route "All" to it.
    pub fn desk(&self, names: &[&str]) -> Vec<Responder> {
        self.ok(&["team", "add", "Desk", "--kind", "operator"]);
        let responders = names.iter().map(|n| self.responder("Desk", n)).collect();
        self.ok(&[
            "route",
            "add",
            "--name",
            "All",
            "--team",
            "Desk",
            "--default",
        ]);
        responders
    }

    /// The configuration the binary reads from `env()`, for running the
    /// application or its services in-process.
    pub fn config(&self) -> tipline::config::Config {
        let mut config = tipline::config::Config::default();
        for (k, v) in self.env() {
            match k.as_str() {
                "DATABASE_URL" => config.database_url = v,
                "TIPLINE_BIND" => config.bind = v,
                "TIPLINE_DATA_DIR" => config.data_dir = v.into(),
                "TIPLINE_INSTANCE_KEY_FILE" => config.instance_key_file = v.into(),
                "TIPLINE_INSTANCE_SECRET_FILE" => config.instance_secret_file = v.into(),
                _ => {}
            }
        }
        config
    }

    /// Runs a CLI command.
    pub fn cli(&self, args: &[&str]) -> Output {
        self.command()
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    /// Runs a CLI command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cli(args);
        assert!(
            out.status.success(),
            "tipline {args:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Starts `tipline serve` and waits for its port.
    pub fn serve(&self, args: &[&str]) -> Server {
        self.serve_with(self.command(), args)
    }

    /// Starts `serve` under another program (`valgrind …`), which is
    /// given the binary and its arguments.
    pub fn serve_wrapped(&self, wrapper: &[&str], args: &[&str]) -> Server {
        let mut c = Command::new(wrapper[0]);
        c.args(&wrapper[1..]).arg(bin());
        self.prepare(&mut c);
        self.serve_with(c, args)
    }

    /// Runs `serve` expecting it to refuse to start: its output, or a
    /// failure if it is still running after 30 seconds.
    pub fn serve_refused(&self, args: &[&str]) -> Output {
        let mut c = Command::new("timeout");
        c.args(["30", &bin()]);
        self.prepare(&mut c);
        let out = c
            .arg("serve")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_ne!(
            out.status.code(),
            Some(124),
            "serve started, and ran until killed"
        );
        out
    }

    /// Starts `serve` as if `days` days had passed (libfaketime).
    pub fn serve_later(&self, days: u32, args: &[&str]) -> Server {
        self.serve_with(self.command_later(days), args)
    }

    /// The binary with libfaketime preloaded, `days` ahead. Preloaded
    /// directly rather than through the `faketime` wrapper, which forks:
    /// killing the wrapper would leave the server running.
    fn command_later(&self, days: u32) -> Command {
        const LIB: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
        assert!(
            Path::new(LIB).exists(),
            "libfaketime is needed (Debian package faketime; scripts/test installs it)"
        );
        let mut c = self.command();
        c.env("LD_PRELOAD", LIB)
            .env("FAKETIME", format!("+{days}d"));
        c
    }

    fn serve_with(&self, mut command: Command, args: &[&str]) -> Server {
        let log = self
            .dir
            .path()
            .join(format!("server-{}.log", hex(&rand_bytes::<4>())));
        let mut child = command
            .arg("serve")
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let port: u16 = match line
            .trim()
            .rsplit_once(':')
            .and_then(|(_, p)| p.parse().ok())
        {
            Some(p) => p,
            None => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "server did not start: {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
        };
        Server { child, port, log }
    }

    /// The instance secret, as the server created it.
    pub fn instance_secret(&self) -> [u8; 32] {
        let text = std::fs::read_to_string(self.dir.path().join("keys/instance.secret")).unwrap();
        let mut out = [0u8; 32];
        for (i, c) in text.trim().as_bytes().chunks(2).enumerate() {
            out[i] = u8::from_str_radix(std::str::from_utf8(c).unwrap(), 16).unwrap();
        }
        out
    }

    /// The instance's public certificate (armored), from `tipline instance show`.
    pub fn instance_cert(&self) -> String {
        let out = self.ok(&["instance", "show"]);
        out[out.find("-----BEGIN").unwrap()..].to_owned()
    }

    /// Writes a file in the instance directory and returns its path.
    pub fn write(&self, name: &str, data: &[u8]) -> String {
        let p = self.dir.path().join(name);
        std::fs::write(&p, data).unwrap();
        p.display().to_string()
    }

    /// Adds a vetted responder with a fresh key to `team`, and returns the key.
    pub fn responder(&self, team: &str, name: &str) -> Responder {
        let r = Responder::generate(name);
        self.add_responder(team, name, &r);
        self.ok(&["responder", "vet", &r.fingerprint]);
        r
    }

    /// Registers `r` (pending) as `name` <name@example.org> in `team`.
    pub fn add_responder(&self, team: &str, name: &str, r: &Responder) {
        let path = self.write(&format!("{name}.pub.asc"), r.public.as_bytes());
        let out = self.ok(&[
            "responder",
            "add",
            "--team",
            team,
            "--name",
            name,
            "--email",
            &format!("{name}@example.org"),
            "--key",
            &path,
        ]);
        assert!(out.contains("PENDING"), "{out}");
    }
}

/// A running server; killed on drop.
pub struct Server {
    child: Child,
    pub port: u16,
    pub log: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response, read fully.
pub struct Resp {
    pub status: u16,
    pub headers: HashMap<String, Vec<String>>,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(&name.to_ascii_lowercase())
            .and_then(|v| v.first())
            .map(String::as_str)
    }
}

pub const UA: &str = "CanaryAgent/9.9";
pub const FORM: &str = "application/x-www-form-urlencoded";

/// An HTTP client that returns every status and follows no redirect.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

pub fn read(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Resp {
    let mut r = r.unwrap();
    let status = r.status().as_u16();
    let mut headers: HashMap<String, Vec<String>> = HashMap::new();
    for (k, v) in r.headers() {
        headers
            .entry(k.as_str().to_ascii_lowercase())
            .or_default()
            .push(v.to_str().unwrap_or("").to_owned());
    }
    let body = r
        .body_mut()
        .with_config()
        .limit(16 * 1024 * 1024)
        .read_to_string()
        .unwrap_or_default();
    Resp {
        status,
        headers,
        body,
    }
}

impl Server {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn get(&self, path: &str) -> Resp {
        get_with(&agent(), &self.url(path))
    }

    /// Posts raw bytes with extra headers.
    pub fn post_raw(&self, path: &str, ctype: &str, body: &[u8], headers: &[(&str, &str)]) -> Resp {
        post_with(&agent(), &self.url(path), ctype, body, headers)
    }

    /// Posts a form as a same-origin browser would.
    pub fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        post_form_with(&agent(), &self.url(path), fields)
    }

    /// Fetches the form and returns its token.
    pub fn token(&self) -> String {
        token_of(&self.get("/").body)
    }

    /// Submits a report built from `fields` with a fresh token.
    pub fn report(&self, fields: &[(&str, &str)]) -> Resp {
        report_with(&agent(), &self.url(""), fields)
    }

    /// A report with files, as a browser posts it.
    pub fn report_files(&self, fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> Resp {
        report_with_files(&agent(), &self.url(""), fields, files)
    }

    pub fn logs(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// GET `url` as the test browser.
pub fn get_with(agent: &ureq::Agent, url: &str) -> Resp {
    read(agent.get(url).header("User-Agent", UA).call())
}

/// POST raw bytes to `url` with extra headers.
pub fn post_with(
    agent: &ureq::Agent,
    url: &str,
    ctype: &str,
    body: &[u8],
    headers: &[(&str, &str)],
) -> Resp {
    let mut req = agent
        .post(url)
        .header("Content-Type", ctype)
        .header("User-Agent", UA);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    read(req.send(body))
}

/// POST a form to `url` as a same-origin browser under `Referrer-Policy: no-referrer` would.
pub fn post_form_with(agent: &ureq::Agent, url: &str, fields: &[(&str, &str)]) -> Resp {
    post_with(
        agent,
        url,
        FORM,
        encode(fields).as_bytes(),
        &[("Sec-Fetch-Site", "same-origin"), ("Origin", "null")],
    )
}

/// Loads the form at `base` and submits a report built from `fields` with its token.
pub fn report_with(agent: &ureq::Agent, base: &str, fields: &[(&str, &str)]) -> Resp {
    let token = token_of(&get_with(agent, &format!("{base}/")).body);
    let mut all: Vec<(&str, &str)> = vec![("token", &token), ("action", "submit")];
    all.extend_from_slice(fields);
    post_form_with(agent, &format!("{base}/report"), &all)
}

/// The report form posted as a browser posts it with files chosen
/// (multipart, the files last): `files` are (name, media type, bytes).
pub fn report_with_files(
    agent: &ureq::Agent,
    base: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &str, &[u8])],
) -> Resp {
    let token = token_of(&get_with(agent, &format!("{base}/")).body);
    let mut all: Vec<(&str, &str)> = vec![("token", &token)];
    all.extend_from_slice(fields);
    all.push(("action", "submit"));
    let (ctype, body) = multipart_body(&all, files);
    post_with(
        agent,
        &format!("{base}/report"),
        &ctype,
        &body,
        &[("Sec-Fetch-Site", "same-origin"), ("Origin", "null")],
    )
}

/// A multipart/form-data body: text fields, then files under `files`.
pub fn multipart_body(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = format!("----tiplineform{}", hex(&rand_bytes::<8>()));
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    for (name, ctype, data) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: {ctype}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

pub fn encode(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", pct(k), pct(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn pct(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

pub fn token_of(html: &str) -> String {
    let i = html.find("name=\"token\" value=\"").expect("token in form")
        + "name=\"token\" value=\"".len();
    html[i..i + html[i..].find('"').unwrap()].to_owned()
}

/// The codename shown on a receipt page.
pub fn codename_of(html: &str) -> String {
    let i = html.find("class=\"words\"").expect("codename on receipt");
    let start = i + html[i..].find('>').unwrap() + 1;
    html[start..start + html[start..].find('<').unwrap()].to_owned()
}

/// A responder key pair made with sequoia (which claims SEIPDv2 support:
/// Tipline must still seal with SEIPDv1).
pub struct Responder {
    pub cert: Cert,
    pub public: String,
    pub secret: String,
    pub fingerprint: String,
}

impl Responder {
    pub fn generate(name: &str) -> Self {
        Self::with_builder(CertBuilder::general_purpose(Some(format!(
            "{name} <{name}@example.org>"
        ))))
    }

    pub fn with_builder(b: CertBuilder) -> Self {
        let (cert, _) = b
            .set_cipher_suite(CipherSuite::Cv25519)
            .set_creation_time(SystemTime::now() - Duration::from_secs(3600))
            .generate()
            .unwrap();
        Self::from_cert(cert)
    }

    pub fn from_cert(cert: Cert) -> Self {
        let public = String::from_utf8(
            cert.clone()
                .strip_secret_key_material()
                .armored()
                .to_vec()
                .unwrap(),
        )
        .unwrap();
        let secret = String::from_utf8(cert.as_tsk().armored().to_vec().unwrap()).unwrap();
        Self {
            fingerprint: cert.fingerprint().to_hex(),
            cert,
            public,
            secret,
        }
    }

    /// The secret key, armored, every secret part encrypted with `passphrase`.
    pub fn locked_secret(&self, passphrase: &str) -> String {
        let pw: openpgp::crypto::Password = passphrase.into();
        let packets: Vec<openpgp::Packet> = self
            .cert
            .keys()
            .secret()
            .map(|ka| {
                let k = ka.key().clone().encrypt_secret(&pw).unwrap();
                if ka.primary() {
                    openpgp::Packet::from(k.role_into_primary())
                } else {
                    openpgp::Packet::from(k.role_into_subordinate())
                }
            })
            .collect();
        let (cert, _) = self.cert.clone().insert_packets(packets).unwrap();
        String::from_utf8(cert.as_tsk().armored().to_vec().unwrap()).unwrap()
    }

    /// Key ids of this certificate's encryption subkeys.
    pub fn encryption_keyids(&self) -> Vec<String> {
        let p = openpgp::policy::StandardPolicy::new();
        self.cert
            .keys()
            .with_policy(&p, None)
            .for_transport_encryption()
            .map(|k| k.key().keyid().to_hex())
            .collect()
    }
}

/// Runs a command with stdin, returning (success, stdout, stderr).
pub fn run_with_input(cmd: &mut Command, input: &[u8]) -> (bool, Vec<u8>, String) {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let data = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.success(),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A throwaway GnuPG home with the given secret keys and certificates imported.
pub struct Gpg {
    pub home: tempfile::TempDir,
}

impl Gpg {
    pub fn new(keys: &[&str]) -> Self {
        let home = tempfile::tempdir().unwrap();
        let g = Self { home };
        for k in keys {
            let (ok, _, err) = run_with_input(g.cmd().args(["--batch", "--import"]), k.as_bytes());
            assert!(ok, "gpg import: {err}");
        }
        g
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new("gpg");
        c.env("GNUPGHOME", self.home.path());
        c
    }

    /// Decrypts; returns (plaintext, status output).
    pub fn decrypt(&self, msg: &[u8]) -> (Vec<u8>, String) {
        let (ok, out, err) = run_with_input(
            self.cmd()
                .args(["--batch", "--status-fd", "2", "--decrypt"]),
            msg,
        );
        assert!(ok, "gpg --decrypt failed: {err}");
        (out, err)
    }
}

/// Key ids of the PKESK packets of a (binary or armored) message.
pub fn pkesk_recipients(msg: &[u8]) -> Vec<String> {
    use openpgp::parse::{PacketParser, PacketParserResult, Parse};
    let mut out = Vec::new();
    let mut ppr = PacketParser::from_bytes(msg).unwrap();
    while let PacketParserResult::Some(pp) = ppr {
        if let openpgp::Packet::PKESK(p) = &pp.packet {
            out.push(
                p.recipient()
                    .map(|h| openpgp::KeyID::from(h).to_hex())
                    .unwrap_or_default(),
            );
        }
        // Do not descend into the encrypted container.
        ppr = pp.next().unwrap().1;
    }
    out
}

/// The (first) tip id from `tipline tip list`.
pub fn tip_ids(inst: &Instance) -> Vec<String> {
    inst.ok(&["tip", "list"])
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

/// The id `responder list` shows for the responder with this fingerprint.
pub fn responder_id(inst: &Instance, fingerprint: &str) -> String {
    inst.ok(&["responder", "list"])
        .lines()
        .find(|l| l.contains(fingerprint))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// Whether `hay` contains `needle`.
/// `len` bytes that do not compress or repeat (a photo's worth of noise),
/// starting with `marker`, which must then appear nowhere at rest.
pub fn evidence(len: usize, marker: &[u8]) -> Vec<u8> {
    let mut x: u64 = 0xA076_1D64_78BD_642F ^ len as u64;
    let mut out = marker.to_vec();
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Every byte of every file under `dir`.
pub fn everything_under(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            all.extend(everything_under(&p));
        } else if let Ok(b) = std::fs::read(&p) {
            all.extend(b);
        }
    }
    all
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Every file under `dir`, concatenated.
pub fn all_files(dir: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.extend(std::fs::read(&p).unwrap_or_default());
            }
        }
    }
    out
}

/// A file under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Whether Debian's aiosmtpd is there; fails under CI when missing, skips loudly elsewhere.
pub fn smtp_available() -> bool {
    present(
        Command::new("/usr/bin/python3").args(["-c", "import aiosmtpd"]),
        "python3-aiosmtpd",
    )
}

/// A TCP port nobody listens on (yet), for a server a test starts later.
///
/// Chosen below the kernel's ephemeral range: a port 0 bind hands out a
/// port from that range, and so does every outgoing connection (the
/// PostgreSQL pools of tests running alongside), so one of them could take
/// the port before the test's server binds it — seen as an SMTP fixture
/// that exited at start with the address in use.
pub fn free_port() -> u16 {
    let low: u16 = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|r| r.split_whitespace().next()?.parse().ok())
        .unwrap_or(32768);
    let (from, to) = (10_000u16, low.max(10_100));
    for _ in 0..1000 {
        let [a, b] = rand_bytes::<2>();
        let port = from + u16::from_be_bytes([a, b]) % (to - from);
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!("no free TCP port between {from} and {to}");
}

/// A real SMTP server (aiosmtpd) that writes every message, as received,
/// to a maildir; `rules` script replies per recipient (`"451,250"`).
/// Killed on drop.
pub struct Smtp {
    child: Child,
    pub port: u16,
    pub maildir: PathBuf,
}

impl Smtp {
    pub fn start(maildir: &Path, port: u16, rules: &[(&str, &str)]) -> Self {
        Self::start_with(maildir, port, rules, &[])
    }

    /// As `start`, with extra fixture arguments (TLS).
    pub fn start_with(maildir: &Path, port: u16, rules: &[(&str, &str)], extra: &[&str]) -> Self {
        let mut c = Command::new("/usr/bin/python3");
        c.arg(fixture("smtp_server.py"))
            .args(["--port", &port.to_string()])
            .arg("--maildir")
            .arg(maildir)
            .args(extra);
        for (addr, codes) in rules {
            c.args(["--rule", &format!("{addr}={codes}")]);
        }
        let mut child = c
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let port = ready_port(&mut child, "SMTP server");
        Self {
            child,
            port,
            maildir: maildir.to_path_buf(),
        }
    }

    /// The URL Tipline is given (no TLS: a server on this machine).
    pub fn url(&self) -> String {
        smtp_url(self.port)
    }

    /// Every message received so far, as files in arrival order.
    pub fn messages(&self) -> Vec<(PathBuf, Vec<u8>)> {
        maildir_messages(&self.maildir)
    }

    /// The lines of one of the fixture's logs (`ehlo.log`, `rcpt.log`).
    pub fn log(&self, name: &str) -> Vec<String> {
        std::fs::read_to_string(self.maildir.join(name))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// Waits (up to `secs`) for at least `n` messages.
    pub fn wait_for(&self, n: usize, secs: u64) -> Vec<(PathBuf, Vec<u8>)> {
        let deadline = std::time::Instant::now() + Duration::from_secs(secs);
        loop {
            let m = self.messages();
            if m.len() >= n || std::time::Instant::now() > deadline {
                return m;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The Tipline SMTP URL for a test server on `port`.
pub fn smtp_url(port: u16) -> String {
    format!("smtp://127.0.0.1:{port}?tls=none")
}

/// The messages in a maildir's `new/`, oldest first.
pub fn maildir_messages(maildir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(maildir.join("new"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| {
            let t = e
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH);
            (t, e.path())
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|(_, p)| {
            let b = std::fs::read(&p).unwrap_or_default();
            (p, b)
        })
        .collect()
}

/// The header block of a message (up to the first empty line), unfolded.
pub fn header_block(msg: &[u8]) -> String {
    let text = String::from_utf8_lossy(msg);
    let end = text
        .find("\r\n\r\n")
        .or_else(|| text.find("\n\n"))
        .unwrap_or(text.len());
    text[..end].replace("\r\n ", " ").replace("\r\n\t", " ")
}

/// One header's value.
pub fn header(msg: &[u8], name: &str) -> Option<String> {
    header_block(msg).lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
    })
}

/// A message parsed by Python's email package (tests/fixtures/mime_parts.py).
pub fn mime_parts(path: &Path) -> serde_json::Value {
    let out = Command::new("/usr/bin/python3")
        .arg(fixture("mime_parts.py"))
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "mime_parts.py: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The port a fixture prints as its first line, `READY <port>`, once it
/// listens.
pub fn ready_port(child: &mut Child, what: &str) -> u16 {
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    line.trim()
        .strip_prefix("READY ")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("{what} did not start: {line:?}"))
}

/// Runs `sql` on the instance's database and returns its rows.
pub fn query_rows(inst: &Instance, sql: &str) -> Vec<sea_orm::QueryResult> {
    use sea_orm::ConnectionTrait;
    let (url, sql) = (inst.db.url.clone(), sql.to_owned());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let db = sea_orm::Database::connect(&url).await.unwrap();
        let stmt = sea_orm::Statement::from_string(db.get_database_backend(), sql);
        let rows = db.query_all_raw(stmt).await.unwrap();
        db.close().await.unwrap();
        rows
    })
}

/// This machine's host name.
pub fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The first column of the first row of `sql` (a `COUNT(*)`), run on the
/// instance's database.
pub fn count_rows(inst: &Instance, sql: &str) -> i64 {
    query_rows(inst, sql)[0].try_get_by_index(0).unwrap()
}

/// `tipline outbox list`'s counts: (pending, failed, skipped).
pub fn outbox_counts(inst: &Instance) -> (usize, usize, usize) {
    let out = inst.ok(&["outbox", "list"]);
    let first = out.lines().next().unwrap_or_default().to_owned();
    let num = |label: &str| {
        first
            .split(label)
            .nth(1)
            .and_then(|r| r.trim().split(|c: char| !c.is_ascii_digit()).next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("outbox list: {out}"))
    };
    (num("pending "), num("failed "), num("skipped "))
}

/// Waits (up to `secs`) until `f` holds.
pub fn wait_until(secs: u64, mut f: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    while std::time::Instant::now() < deadline {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    f()
}

/// One keep-alive HTTP/1.1 connection speaking just what the load needs:
/// a small client on one thread, so that the client's own CPU competes
/// with the server as little as possible (64 blocking client threads cost
/// about as much CPU per report as the server itself).
pub struct Conn {
    io: tokio::io::BufReader<tokio::net::TcpStream>,
    host: String,
}

impl Conn {
    pub async fn open(port: u16) -> Self {
        let s = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .unwrap();
        s.set_nodelay(true).unwrap();
        Self {
            io: tokio::io::BufReader::new(s),
            host: format!("127.0.0.1:{port}"),
        }
    }

    pub async fn request(&mut self, head: String, body: &[u8]) -> (u16, Vec<u8>) {
        use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
        let mut msg = head.into_bytes();
        msg.extend_from_slice(body);
        self.io.get_mut().write_all(&msg).await.unwrap();
        let mut line = String::new();
        self.io.read_line(&mut line).await.unwrap();
        let status: u16 = line.split(' ').nth(1).unwrap().parse().unwrap();
        let mut len = 0usize;
        loop {
            line.clear();
            self.io.read_line(&mut line).await.unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                len = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; len];
        self.io.read_exact(&mut body).await.unwrap();
        (status, body)
    }

    /// A GET of the form and a POST of a report with its token.
    pub async fn report(&mut self, fields: &str) -> u16 {
        let get = format!(
            "GET / HTTP/1.1\r\nHost: {}\r\nUser-Agent: load\r\n\r\n",
            self.host
        );
        let (status, page) = self.request(get, b"").await;
        assert_eq!(status, 200);
        let token = token_of(std::str::from_utf8(&page).unwrap());
        let body = format!("token={token}&action=submit&{fields}");
        let post = format!(
            "POST /report HTTP/1.1\r\nHost: {}\r\nUser-Agent: load\r\nSec-Fetch-Site: same-origin\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
            self.host,
            body.len()
        );
        self.request(post, body.as_bytes()).await.0
    }
}

/// The body of a `DecryptionHelper::decrypt` that tries every transport
/// encryption key of `secret` on every session-key packet.
pub fn open_session_key(
    secret: &Cert,
    pkesks: &[openpgp::packet::PKESK],
    sym: Option<openpgp::types::SymmetricAlgorithm>,
    decrypt: &mut dyn FnMut(
        Option<openpgp::types::SymmetricAlgorithm>,
        &openpgp::crypto::SessionKey,
    ) -> bool,
) -> openpgp::Result<Option<Cert>> {
    let p = openpgp::policy::StandardPolicy::new();
    for ka in secret
        .keys()
        .with_policy(&p, None)
        .secret()
        .for_transport_encryption()
    {
        let mut kp = ka.key().clone().into_keypair()?;
        for pk in pkesks {
            if let Some((algo, sk)) = pk.decrypt(&mut kp, sym)
                && decrypt(algo, &sk)
            {
                return Ok(None);
            }
        }
    }
    Err(anyhow::anyhow!("no key"))
}

/// Decrypts an (armored or binary) message with `secret`'s encryption keys
/// in-process, without checking signatures (the interop tests check them
/// with GnuPG); for benchmarks that open many messages.
pub fn decrypt_in_process(secret: &Cert, msg: &[u8]) -> Vec<u8> {
    use openpgp::parse::Parse;
    use openpgp::parse::stream::{
        DecryptionHelper, DecryptorBuilder, MessageStructure, VerificationHelper,
    };
    struct H<'a>(&'a Cert);
    impl VerificationHelper for H<'_> {
        fn get_certs(&mut self, _: &[openpgp::KeyHandle]) -> openpgp::Result<Vec<Cert>> {
            Ok(vec![])
        }
        fn check(&mut self, _: MessageStructure) -> openpgp::Result<()> {
            Ok(())
        }
    }
    impl DecryptionHelper for H<'_> {
        fn decrypt(
            &mut self,
            pkesks: &[openpgp::packet::PKESK],
            _: &[openpgp::packet::SKESK],
            sym: Option<openpgp::types::SymmetricAlgorithm>,
            decrypt: &mut dyn FnMut(
                Option<openpgp::types::SymmetricAlgorithm>,
                &openpgp::crypto::SessionKey,
            ) -> bool,
        ) -> openpgp::Result<Option<Cert>> {
            open_session_key(self.0, pkesks, sym, decrypt)
        }
    }
    let p = openpgp::policy::StandardPolicy::new();
    let mut d = DecryptorBuilder::from_bytes(msg)
        .unwrap()
        .with_policy(&p, None, H(secret))
        .unwrap();
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut d, &mut out).unwrap();
    out
}

/// A test certificate authority and a server certificate it signed for
/// 127.0.0.1, made with the openssl command: (CA, certificate, key) paths.
pub fn test_tls_certs(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let p = |n: &str| dir.join(n);
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    std::fs::write(
        p("server.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    run(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=Tipline test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    ]);
    run(&[
        "req",
        "-new",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
    ]);
    run(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "server.ext",
    ]);
    (p("ca.pem"), p("server.pem"), p("server.key"))
}

/// Runs the application in-process with `clock` (so the test can move
/// time) and returns its base URL.
pub fn in_process(
    config: tipline::config::Config,
    clock: std::sync::Arc<tipline::clock::ManualClock>,
) -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    let app_clock: std::sync::Arc<dyn tipline::clock::Clock> = clock;
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let app = tipline::startup::Application::build(config, app_clock, false)
                .await
                .unwrap();
            tx.send(app.port()).unwrap();
            let _ = app.run_until_stopped().await;
        })
    });
    format!(
        "http://127.0.0.1:{}",
        rx.recv_timeout(Duration::from_secs(60)).unwrap()
    )
}

/// A browser for the responder pages: keeps cookies, sends forms as a
/// same-origin page would, follows no redirect.
pub struct Browser {
    pub base: String,
    agent: ureq::Agent,
    pub cookies: HashMap<String, String>,
    /// Every `Set-Cookie` header received, as sent.
    pub set_cookies: Vec<String>,
}

impl Browser {
    pub fn new(base: &str) -> Self {
        Self {
            base: base.trim_end_matches('/').to_owned(),
            agent: agent(),
            cookies: HashMap::new(),
            set_cookies: Vec::new(),
        }
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.base)
        }
    }

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn absorb(&mut self, r: Resp) -> Resp {
        for c in r.headers.get("set-cookie").cloned().unwrap_or_default() {
            self.set_cookies.push(c.clone());
            let first = c.split(';').next().unwrap_or("");
            let (k, v) = first.split_once('=').unwrap();
            if c.contains("Max-Age=0") || v.is_empty() {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
        r
    }

    pub fn get(&mut self, path: &str) -> Resp {
        let mut req = self.agent.get(self.url(path)).header("User-Agent", UA);
        if !self.cookies.is_empty() {
            req = req.header("Cookie", self.cookie_header());
        }
        let r = read(req.call());
        self.absorb(r)
    }

    /// GETs a download: its status and its bytes as sent.
    pub fn get_bytes(&mut self, path: &str) -> (u16, Vec<u8>) {
        let mut req = self.agent.get(self.url(path)).header("User-Agent", UA);
        if !self.cookies.is_empty() {
            req = req.header("Cookie", self.cookie_header());
        }
        let mut r = req.call().unwrap();
        let status = r.status().as_u16();
        let body = r
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_vec()
            .unwrap();
        (status, body)
    }

    /// The follow-up page's add form posted as a browser posts it with
    /// files chosen (multipart, same-origin): `files` are (name, type, bytes).
    pub fn post_followup_files(
        &mut self,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Resp {
        let (ctype, body) = multipart_body(fields, files);
        self.post_body(
            "/followup/add",
            &ctype,
            &body,
            &[("Sec-Fetch-Site", "same-origin")],
        )
    }

    /// POSTs a body with this browser's cookies and extra headers.
    pub fn post_body(
        &mut self,
        path: &str,
        ctype: &str,
        body: &[u8],
        headers: &[(&str, &str)],
    ) -> Resp {
        let mut req = self
            .agent
            .post(self.url(path))
            .header("Content-Type", ctype)
            .header("User-Agent", UA);
        if !self.cookies.is_empty() {
            req = req.header("Cookie", self.cookie_header());
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let r = read(req.send(body));
        self.absorb(r)
    }

    /// POSTs a url-encoded form as a same-origin page would.
    pub fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        self.post_body(
            path,
            FORM,
            encode(fields).as_bytes(),
            &[("Sec-Fetch-Site", "same-origin"), ("Origin", "null")],
        )
    }

    /// POSTs a multipart form (text fields and one file) as a same-origin page would.
    pub fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &[u8])>,
    ) -> Resp {
        let boundary = format!("----tipline{}", hex(&rand_bytes::<8>()));
        let mut body = Vec::new();
        for (k, v) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .as_bytes(),
            );
        }
        if let Some((name, data)) = file {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"key.asc\"\r\nContent-Type: application/pgp-keys\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        self.post_body(
            path,
            &format!("multipart/form-data; boundary={boundary}"),
            &body,
            &[("Sec-Fetch-Site", "same-origin"), ("Origin", "null")],
        )
    }
}

/// The value of the first hidden input called `name` in a page.
pub fn hidden(html: &str, name: &str) -> String {
    let needle = format!("name=\"{name}\" value=\"");
    let i = html
        .find(&needle)
        .unwrap_or_else(|| panic!("no {name} in page:\n{html}"))
        + needle.len();
    html[i..i + html[i..].find('"').unwrap()].to_owned()
}

/// Undoes askama's HTML escaping.
pub fn unescape(s: &str) -> String {
    s.replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x2f;", "/")
        .replace("&#61;", "=")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

/// The path of an invitation link printed by `tipline admin invite`.
pub fn invite_path(cli_out: &str) -> String {
    let line = cli_out.lines().next().unwrap();
    let i = line.find("/responder/invite/").unwrap();
    line[i..].trim().to_owned()
}

/// What finishing an invitation gives the test: the TOTP generator and the recovery codes.
pub struct Enrolled {
    pub totp: totp_rs::Totp,
    pub codes: Vec<String>,
    /// The page shown at the end.
    pub done: String,
}

impl Enrolled {
    /// The code for `at` (unix seconds).
    pub fn enrolled_recovery(&self, i: usize) -> String {
        self.codes[i].clone()
    }

    pub fn code_at(&self, at: i64) -> String {
        self.totp.generate(u64::try_from(at).unwrap()).to_string()
    }
}

/// Walks an invitation: password, TOTP (confirmed with the code of
/// `now`), recovery codes, and the key step (`key`: name and armored key).
pub fn enrol(
    b: &mut Browser,
    path: &str,
    password: &str,
    now: i64,
    key: Option<(&str, &str)>,
) -> Enrolled {
    let page = b.get(path);
    assert_eq!(page.status, 200, "{}", page.body);
    let csrf = hidden(&page.body, "csrf");
    let r = b.post(
        path,
        &[
            ("csrf", &csrf),
            ("step", "password"),
            ("password", password),
            ("password2", password),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let page = b.get(path);
    assert!(page.body.contains("<svg"), "a QR code: {}", page.body);
    let url = unescape(&between(
        &page.body,
        "<details><summary>Set-up link for apps on this device</summary><p><code class=\"secret\">",
        "</code>",
    ));
    let totp = totp_rs::Totp::from_url(&url).unwrap();
    let r = b.post(
        path,
        &[
            ("csrf", &csrf),
            ("step", "totp"),
            (
                "code",
                &totp.generate(u64::try_from(now).unwrap()).to_string(),
            ),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let codes: Vec<String> = r
        .body
        .split("<li><code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_owned())
        .collect();
    assert_eq!(codes.len(), 10, "{}", r.body);
    let r = b.post(path, &[("csrf", &csrf), ("step", "codes-done")]);
    assert_eq!(r.status, 303);
    let page = b.get(path);
    assert!(page.body.contains("4. Your OpenPGP key"), "{}", page.body);
    let done = match key {
        Some((name, armored)) => b.post_multipart(
            path,
            &[("csrf", &csrf), ("step", "key"), ("name", name)],
            Some(("key_file", armored.as_bytes())),
        ),
        None => b.post_multipart(path, &[("csrf", &csrf), ("step", "key")], None),
    };
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains("Your account is ready"), "{}", done.body);
    Enrolled {
        totp,
        codes,
        done: done.body,
    }
}

/// The text between `start` and the next `end`.
pub fn between(s: &str, start: &str, end: &str) -> String {
    let i = s
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in:\n{s}"))
        + start.len();
    s[i..i + s[i..].find(end).unwrap()].to_owned()
}

/// Logs in with a form fresh from the login page.
pub fn login(b: &mut Browser, email: &str, password: &str, code: &str) -> Resp {
    // The form as a fresh page shows it (a signed-in browser would be sent on).
    let page = get_with(&agent(), &b.url("/responder/login"));
    let token = hidden(&page.body, "token");
    let csrf = hidden(&page.body, "csrf");
    // The form is bound to the pre-session cookie that came with it.
    for c in page.headers.get("set-cookie").cloned().unwrap_or_default() {
        let first = c.split(';').next().unwrap_or("");
        if let Some((k, v)) = first.split_once('=')
            && k.ends_with("tipline-login")
        {
            b.cookies.insert(k.to_owned(), v.to_owned());
        }
    }
    b.post(
        "/responder/login",
        &[
            ("token", &token),
            ("csrf", &csrf),
            ("email", email),
            ("password", password),
            ("code", code),
        ],
    )
}

/// A Chromium driven through chromedriver's W3C WebDriver API: a few
/// requests over ureq (the WebDriver crates bring a second TLS stack,
/// aws-lc, whose rustls provider would clash with the ring one the SMTP
/// client uses).
pub struct Chromium {
    driver: Child,
    base: String,
    session: String,
    _profile: tempfile::TempDir,
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Chromium {
    /// Whether chromium and chromedriver are installed (required in CI).
    pub fn available() -> bool {
        present(
            Command::new("chromedriver").arg("--version"),
            "chromium-driver",
        ) && present(Command::new("chromium").arg("--version"), "chromium")
    }

    /// Starts chromedriver and a headless Chromium with JavaScript as the test wants.
    pub fn start(javascript: bool) -> Self {
        Self::start_with(javascript, false)
    }

    /// As [`Chromium::start`], with JavaScript on and every network request
    /// the pages make recorded (see [`Chromium::requests`]).
    pub fn start_recording() -> Self {
        Self::start_with(true, true)
    }

    fn start_with(javascript: bool, record: bool) -> Self {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        assert!(
            wait_until(30, || agent()
                .get(format!("{base}/status"))
                .call()
                .is_ok_and(|r| r.status() == 200)),
            "chromedriver did not start"
        );
        let profile = tempfile::tempdir().unwrap();
        let mut prefs = serde_json::json!({});
        if !javascript {
            prefs = serde_json::json!({"profile.managed_default_content_settings.javascript": 2});
        }
        let mut caps = serde_json::json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run",
                         format!("--user-data-dir={}", profile.path().display())],
                "prefs": prefs
            }
        }}});
        if record {
            caps["capabilities"]["alwaysMatch"]["goog:loggingPrefs"] =
                serde_json::json!({"performance": "ALL", "browser": "ALL"});
        }
        let mut c = Self {
            driver,
            base,
            session: String::new(),
            _profile: profile,
        };
        let v = c.call("POST", "/session", Some(caps));
        c.session = v["sessionId"].as_str().unwrap().to_owned();
        // Wait up to 10 s for an element to appear (a page still loading).
        c.call(
            "POST",
            &c.s("/timeouts"),
            Some(serde_json::json!({"implicit": 10_000})),
        );
        c
    }

    fn call(&self, method: &str, path: &str, body: Option<serde_json::Value>) -> serde_json::Value {
        self.try_call(method, path, body)
            .unwrap_or_else(|e| panic!("webdriver {method} {path}: {e}"))
    }

    fn try_call(
        &self,
        method: &str,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Result<serde_json::Value, String> {
        let url = format!("{}{path}", self.base);
        let a = agent();
        let r = match method {
            "GET" => a.get(&url).call(),
            "DELETE" => a.delete(&url).call(),
            _ => a
                .post(&url)
                .header("Content-Type", "application/json")
                .send(body.unwrap_or(serde_json::json!({})).to_string().as_bytes()),
        };
        let text = read(r).body;
        let v: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("webdriver: {text}"));
        if v["value"]["error"].is_string() {
            return Err(v["value"]["message"].to_string());
        }
        Ok(v["value"].clone())
    }

    fn s(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    pub fn goto(&self, url: &str) {
        self.call(
            "POST",
            &self.s("/url"),
            Some(serde_json::json!({"url": url})),
        );
    }

    pub fn url(&self) -> String {
        self.call("GET", &self.s("/url"), None)
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub fn source(&self) -> String {
        self.call("GET", &self.s("/source"), None)
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// The text the page shows (what a person reads).
    pub fn text(&self) -> String {
        let body = self.find("body");
        self.call("GET", &self.s(&format!("/element/{body}/text")), None)
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub fn find(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            &self.s("/element"),
            Some(serde_json::json!({"using": "css selector", "value": css})),
        );
        v[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_owned()
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let e = self.find(css);
        self.call("POST", &self.s(&format!("/element/{e}/clear")), None);
        self.call(
            "POST",
            &self.s(&format!("/element/{e}/value")),
            Some(serde_json::json!({"text": text})),
        );
    }

    /// Clicks a link or button that loads a new page, and waits until the
    /// old page is gone (a click returns before a form's response arrives).
    pub fn click(&self, css: &str) {
        let body = self.find("body");
        let e = self.find(css);
        self.call("POST", &self.s(&format!("/element/{e}/click")), None);
        assert!(
            wait_until(15, || self
                .try_call("GET", &self.s(&format!("/element/{body}/name")), None)
                .is_err()),
            "clicking {css} loaded no new page"
        );
    }

    /// Runs `script` in the page (a function body; `arguments` are `args`)
    /// and returns what it returns.
    pub fn execute(&self, script: &str, args: serde_json::Value) -> serde_json::Value {
        self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(serde_json::json!({"script": script, "args": args})),
        )
    }

    /// Runs `script` in the page; it calls the last argument when done.
    pub fn execute_async(&self, script: &str) -> serde_json::Value {
        self.call(
            "POST",
            &self.s("/execute/async"),
            Some(serde_json::json!({"script": script, "args": []})),
        )
    }

    /// Waits (up to `secs`) until the page's text contains `needle`.
    pub fn wait_for_text(&self, needle: &str, secs: u64) -> bool {
        wait_until(secs, || self.text().contains(needle))
    }

    /// Every request the pages sent since the last call (recording
    /// sessions only): (method, URL, body) as Chromium's network log has them.
    pub fn requests(&self) -> Vec<(String, String, String)> {
        let entries = self.call(
            "POST",
            &self.s("/se/log"),
            Some(serde_json::json!({"type": "performance"})),
        );
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| serde_json::from_str::<serde_json::Value>(e["message"].as_str()?).ok())
            .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
            .map(|m| {
                let r = &m["message"]["params"]["request"];
                (
                    r["method"].as_str().unwrap_or("").to_owned(),
                    r["url"].as_str().unwrap_or("").to_owned(),
                    r["postData"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    /// The console messages logged since the last call (recording sessions only).
    pub fn console(&self) -> Vec<String> {
        self.call(
            "POST",
            &self.s("/se/log"),
            Some(serde_json::json!({"type": "browser"})),
        )
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| e["message"].as_str().unwrap_or("").to_owned())
        .collect()
    }

    /// The TOTP of the enrolment page now open (its set-up link).
    pub fn enrolment_totp(&self) -> totp_rs::Totp {
        let src = self.source();
        let url = unescape(&between(
            &src,
            "<code class=\"secret\">otpauth://",
            "</code>",
        ));
        totp_rs::Totp::from_url(format!("otpauth://{url}")).unwrap()
    }

    /// Clicks something that stays on the page (an option of a select).
    pub fn choose(&self, css: &str) {
        let e = self.find(css);
        self.call("POST", &self.s(&format!("/element/{e}/click")), None);
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = agent()
                .delete(format!("{}/session/{}", self.base, self.session))
                .call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Invites an account from the shell (`args` after `admin invite`, the
/// first pair being `--email ADDR`), walks its invitation without a key
/// and logs it in with `password`.
pub fn sign_in(inst: &Instance, s: &Server, password: &str, args: &[&str]) -> (Browser, Enrolled) {
    let mut all = vec!["admin", "invite"];
    all.extend_from_slice(args);
    let path = invite_path(&inst.ok(&all));
    let mut b = Browser::new(&s.url(""));
    let now = || chrono::Utc::now().timestamp();
    let e = enrol(&mut b, &path, password, now(), None);
    let r = login(&mut b, args[1], password, &e.code_at(now() + 30));
    assert_eq!(r.status, 303, "{}", r.body);
    (b, e)
}

/// [`sign_in`] as a responder whose account is bound to the vetted key
/// `fingerprint`.
pub fn sign_in_responder(
    inst: &Instance,
    s: &Server,
    password: &str,
    email: &str,
    fingerprint: &str,
) -> (Browser, Enrolled) {
    sign_in(
        inst,
        s,
        password,
        &[
            "--email",
            email,
            "--role",
            "responder",
            "--responder",
            fingerprint,
        ],
    )
}

/// What the tests of issue 19 (tests/reach.rs) add to [`Chromium`]: a
/// phone-sized viewport, the DevTools protocol, the raw network log,
/// screenshots and history.
impl Chromium {
    /// As [`Chromium::start`], with every request recorded (see
    /// [`Chromium::network_log`]) and a 320×640 CSS-pixel phone viewport.
    /// The viewport is set through the DevTools protocol after the session
    /// starts (`Emulation.setDeviceMetricsOverride`, which is what
    /// chromedriver's `mobileEmulation` sends too), so that the launch
    /// above stays the one every browser test uses; it holds for every
    /// page the tab loads later.
    pub fn start_phone(javascript: bool) -> Self {
        let c = Self::start_with(javascript, true);
        c.emulate_phone(true);
        c
    }

    /// Gives the tab a 320×640 CSS-pixel phone screen (`true`, at two
    /// device pixels per CSS pixel), or its own window's again (`false`).
    /// On a page wider than 320 px, a phone zooms out and chromedriver
    /// then clicks in the wrong place: click on such pages without it.
    pub fn emulate_phone(&self, on: bool) {
        if on {
            self.cdp(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({"width": 320, "height": 640, "deviceScaleFactor": 2, "mobile": true}),
            );
        } else {
            self.cdp(
                "Emulation.clearDeviceMetricsOverride",
                serde_json::json!({}),
            );
        }
    }

    /// Sends a DevTools protocol command to the page's target.
    pub fn cdp(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        self.call(
            "POST",
            &self.s("/goog/cdp/execute"),
            Some(serde_json::json!({"cmd": cmd, "params": params})),
        )
    }

    /// The DevTools events logged since the last call (recording sessions
    /// only), each `{"method": …, "params": …}`.
    pub fn network_log(&self) -> Vec<serde_json::Value> {
        self.call(
            "POST",
            &self.s("/se/log"),
            Some(serde_json::json!({"type": "performance"})),
        )
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| serde_json::from_str::<serde_json::Value>(e["message"].as_str()?).ok())
        .map(|m| m["message"].clone())
        .collect()
    }

    /// Saves a PNG of the viewport as `target/screenshots/{name}.png` and
    /// returns its path; never panics (it also runs when a test fails).
    pub fn save_screenshot(&self, name: &str) -> Option<PathBuf> {
        use base64::Engine;
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir).ok()?;
        let b64 = self.try_call("GET", &self.s("/screenshot"), None).ok()?;
        let png = base64::engine::general_purpose::STANDARD
            .decode(b64.as_str()?)
            .ok()?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).ok()?;
        Some(path)
    }

    /// The browser's Back button; returns once the previous page is shown.
    pub fn back(&self) {
        self.call("POST", &self.s("/back"), None);
    }

    /// Slows the tab's network as chromedriver's network conditions do
    /// (the DevTools protocol's emulation): `latency_ms` added to every
    /// request, both directions limited to `bytes_per_s`. Returns the
    /// conditions chromedriver reports back.
    pub fn throttle(&self, latency_ms: u64, bytes_per_s: u64) -> serde_json::Value {
        self.call(
            "POST",
            &self.s("/chromium/network_conditions"),
            Some(serde_json::json!({"network_conditions": {
                "offline": false,
                "latency": latency_ms,
                "download_throughput": bytes_per_s,
                "upload_throughput": bytes_per_s
            }})),
        );
        self.call("GET", &self.s("/chromium/network_conditions"), None)
    }

    /// The browser's Forward button.
    pub fn forward(&self) {
        self.call("POST", &self.s("/forward"), None);
    }

    /// Forgets every cookie of the current page's site.
    pub fn clear_cookies(&self) {
        self.call("DELETE", &self.s("/cookie"), None);
    }

    /// A guard that saves a screenshot as `target/screenshots/{name}.png`
    /// if the test panics while it lives (any failed assertion or helper
    /// on the page it names), and says where.
    pub fn shot_on_failure(&self, name: &str) -> ShotOnFailure<'_> {
        ShotOnFailure {
            browser: self,
            name: name.to_owned(),
        }
    }
}

/// See [`Chromium::shot_on_failure`].
pub struct ShotOnFailure<'a> {
    browser: &'a Chromium,
    name: String,
}

impl Drop for ShotOnFailure<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            match self.browser.save_screenshot(&self.name) {
                Some(p) => eprintln!("screenshot of the failing page: {}", p.display()),
                None => eprintln!("no screenshot of the failing page could be saved"),
            }
        }
    }
}

/// Where the browser tests put their screenshots: `screenshots/` in the
/// target directory that holds the binary under test.
pub fn screenshot_dir() -> PathBuf {
    Path::new(BIN)
        .ancestors()
        .nth(2)
        .map_or_else(|| PathBuf::from("target"), Path::to_path_buf)
        .join("screenshots")
}

/// The code `t` shows `offset` seconds from now.
pub fn totp_code(t: &totp_rs::Totp, offset: i64) -> String {
    t.generate(u64::try_from(chrono::Utc::now().timestamp() + offset).unwrap())
        .to_string()
}
