//! Load under faults: clients that send what a real source sends, and
//! storage that fails for real (a tmpfs that fills, a filesystem remounted
//! read-only). Shared by the storage tests and the fault suite
//! (`scripts/faults`).

use super::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// Every field of the report form filled, as a no-JS browser posts it:
/// three people, a long description, consent to every kind of team. The
/// marker (which must be unique) is in the description and the area, so a
/// delivered or refused report can be told apart from the others.
pub fn full_report(marker: &str) -> Vec<(String, String)> {
    let details = format!(
        "{marker} We were taken from the bus station in Mae Sot across the river at night. \
         The compound has high walls with wire, guards with guns at the gate, and about \
         two hundred people inside from Kenya, Uganda, Ethiopia, India and Sri Lanka. \
         They took our passports on the first day and say we owe them 6,000 USD. Those who \
         refuse to scam are beaten and locked in a dark room for days. "
    )
    .repeat(4);
    let mut f: Vec<(String, String)> = [
        ("lang", "en"),
        ("people_count", "3"),
        ("role", "inside"),
        ("danger", "yes"),
        ("country", "MM"),
        ("country_other", ""),
        ("compound", "KK Park"),
        ("building", "Block 7, third floor, the room at the end"),
        ("location", "16.6913, 98.5045"),
        ("held_count", "about 200"),
        (
            "held_nationalities",
            "Kenyan, Ugandan, Ethiopian, Indian, Sri Lankan",
        ),
        ("passports", "yes"),
        (
            "recruit_ad",
            "Customer service job in Bangkok, 1,500 USD a month, visa paid",
        ),
        (
            "recruit_agent",
            "A woman who called herself Grace, on WhatsApp",
        ),
        ("recruit_platform", "Facebook group for jobs abroad"),
        (
            "contact_method",
            "Signal, the number I used before; only after midnight",
        ),
        ("contact_time", "after midnight, Myanmar time"),
        ("consent_ngo", "yes"),
        ("consent_embassy", "yes"),
        ("consent_police", "yes"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    f.push(("area".into(), format!("Myawaddy {marker}")));
    f.push(("details".into(), details));
    for (i, (name, nat)) in [
        ("Brian Otieno", "KE"),
        ("Aisha Nankya", "UG"),
        ("Ravi Kumar", "IN"),
    ]
    .into_iter()
    .enumerate()
    {
        for (k, v) in [
            ("name", name),
            ("age", "24"),
            ("nationality", nat),
            ("nationality_other", ""),
            ("contact", "+254 700 000 000 (his sister)"),
            ("last_contact", "two days ago, a voice message"),
        ] {
            f.push((format!("p{i}_{k}"), v.to_owned()));
        }
    }
    f
}

/// What a source saw for one report.
#[derive(Debug, Clone)]
pub enum Seen {
    /// A receipt with this codename.
    Acknowledged { marker: String, codename: String },
    /// The "nothing was kept" page, with what they typed still in the form.
    Refused { marker: String },
    /// Any other answer (a status and the start of its body), or none.
    Other(String),
}

/// Sends one full report through `agent` and says what the source saw:
/// the form's GET, then its POST, as a browser does. A request the server
/// never answered (it was killed, or is not up yet) is `Other("no answer")`.
pub fn send_report(agent: &ureq::Agent, base: &str, marker: &str) -> Seen {
    let no_answer = || Seen::Other("no answer".into());
    let Ok(mut page) = agent.get(format!("{base}/")).call() else {
        return no_answer();
    };
    let Ok(html) = page.body_mut().read_to_string() else {
        return no_answer();
    };
    let Some(token) = html
        .split_once("name=\"token\" value=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(t, _)| t.to_owned())
    else {
        return Seen::Other(format!(
            "no form: {}",
            html.chars().take(200).collect::<String>()
        ));
    };
    let mut fields = vec![
        ("token".to_owned(), token),
        ("action".into(), "submit".into()),
    ];
    fields.extend(full_report(marker));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let answer = agent
        .post(format!("{base}/report"))
        .header("Content-Type", FORM)
        .header("Sec-Fetch-Site", "same-origin")
        .header("Origin", "null")
        .send(encode(&borrowed).as_bytes());
    match answer {
        Ok(mut r) => {
            let status = r.status().as_u16();
            match r.body_mut().with_config().limit(16 << 20).read_to_string() {
                Ok(body) => classify(
                    &Resp {
                        status,
                        headers: Default::default(),
                        body,
                    },
                    marker,
                ),
                Err(_) => no_answer(),
            }
        }
        Err(_) => no_answer(),
    }
}

/// Tells a receipt from a refusal (which must keep the form filled in).
pub fn classify(r: &Resp, marker: &str) -> Seen {
    if r.status == 200 && r.body.contains("class=\"words\"") {
        return Seen::Acknowledged {
            marker: marker.to_owned(),
            codename: codename_of(&r.body),
        };
    }
    let kept = r.body.contains(&format!("Myawaddy {marker}"))
        && r.body.contains(&format!("{marker} We were taken"));
    if r.status == 503 && r.body.contains("could not be saved") && kept {
        return Seen::Refused {
            marker: marker.to_owned(),
        };
    }
    let head: String = r.body.chars().take(300).collect();
    Seen::Other(format!("{} {head}", r.status))
}

/// Clients sending full reports until stopped.
pub struct Load {
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Seen>>>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Load {
    /// Starts `clients` clients against `base`, each sending one report
    /// after another (markers `{tag}-{client}-{n}`).
    pub fn start(base: &str, clients: usize, tag: &str) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let threads = (0..clients)
            .map(|c| {
                let (base, stop, seen, tag) =
                    (base.to_owned(), stop.clone(), seen.clone(), tag.to_owned());
                std::thread::spawn(move || {
                    let agent = agent();
                    for n in 0.. {
                        if stop.load(Ordering::Relaxed) {
                            break;
                        }
                        let s = send_report(&agent, &base, &format!("{tag}-{c}-{n}"));
                        let cut = matches!(&s, Seen::Other(o) if o == "no answer");
                        seen.lock().unwrap().push(s);
                        if cut {
                            // The server is gone: back off instead of spinning.
                            std::thread::sleep(Duration::from_millis(100));
                        }
                    }
                })
            })
            .collect();
        Self {
            stop,
            seen,
            threads,
        }
    }

    /// How many answers so far.
    pub fn answered(&self) -> usize {
        self.seen.lock().unwrap().len()
    }

    /// How many answers of each kind so far: (acknowledged, refused, other).
    pub fn counts(&self) -> (usize, usize, usize) {
        tally(&self.seen.lock().unwrap())
    }

    /// Waits (up to `secs`) until `f` holds for the answers so far.
    pub fn wait_for(&self, secs: u64, mut f: impl FnMut(&[Seen]) -> bool) -> bool {
        wait_until(secs, || f(&self.seen.lock().unwrap()))
    }

    /// Stops the clients and returns everything they saw.
    pub fn stop(self) -> Vec<Seen> {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads {
            let _ = t.join();
        }
        std::mem::take(&mut *self.seen.lock().unwrap())
    }
}

/// (acknowledged, refused, other) among `seen`.
pub fn tally(seen: &[Seen]) -> (usize, usize, usize) {
    let mut c = (0, 0, 0);
    for s in seen {
        match s {
            Seen::Acknowledged { .. } => c.0 += 1,
            Seen::Refused { .. } => c.1 += 1,
            Seen::Other(_) => c.2 += 1,
        }
    }
    c
}

/// The acknowledged codenames among `seen`.
pub fn codenames(seen: &[Seen]) -> Vec<String> {
    seen.iter()
        .filter_map(|s| match s {
            Seen::Acknowledged { codename, .. } => Some(codename.clone()),
            _ => None,
        })
        .collect()
}

/// The SQL literal of a byte string on this backend.
pub fn bytes_literal(backend: Backend, b: &[u8]) -> String {
    match backend {
        Backend::Sqlite => format!("x'{}'", hex(b)),
        Backend::Postgres => format!("decode('{}', 'hex')", hex(b)),
    }
}

/// How many of `codenames` have their source stored (a codename's lookup
/// value is derived from it and the instance secret).
pub fn stored_sources(inst: &Instance, codenames: &[String]) -> usize {
    let secret = inst.instance_secret();
    let mut found = 0;
    for chunk in codenames.chunks(200) {
        let lits: Vec<String> = chunk
            .iter()
            .map(|c| {
                let c = tipline::codename::Codename::parse(c).unwrap();
                bytes_literal(inst.db.backend, &c.derive(&secret).lookup)
            })
            .collect();
        let sql = format!(
            "SELECT COUNT(*) FROM sources WHERE lookup IN ({})",
            lits.join(", ")
        );
        found += usize::try_from(count_rows(inst, &sql)).unwrap();
    }
    found
}

/// Whether this process may mount filesystems (root); fails under CI when
/// it may not, and skips loudly elsewhere.
pub fn can_mount() -> bool {
    let root = is_root();
    if !root {
        assert!(
            !in_ci(),
            "storage fault tests need root to mount a tmpfs (CI runs as root)"
        );
        eprintln!("SKIPPED: storage fault tests need root to mount a tmpfs");
    }
    root
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// A small tmpfs, unmounted on drop: storage that really fills up and can
/// really be made read-only.
pub struct Tmpfs {
    pub path: PathBuf,
    filler: PathBuf,
    owned_dir: bool,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (`8m`) on `path` (created if absent,
    /// traversable by every user), owned by `owner` (a user name) if given.
    pub fn mount(path: &Path, size: &str, owner: Option<&str>) -> Self {
        let owned_dir = !path.exists();
        std::fs::create_dir_all(path).unwrap();
        let mut opts = format!("size={size},mode=0755");
        if let Some(user) = owner {
            let id = |flag: &str| {
                let o = Command::new("id").args([flag, user]).output().unwrap();
                String::from_utf8_lossy(&o.stdout).trim().to_owned()
            };
            opts.push_str(&format!(",uid={},gid={}", id("-u"), id("-g")));
        }
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &opts, "tmpfs"])
            .arg(path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "mount tmpfs on {}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        Self {
            path: path.to_owned(),
            filler: path.join("filler"),
            owned_dir,
        }
    }

    /// Writes a file until the filesystem has no space left.
    pub fn fill(&self) {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.filler)
            .unwrap();
        let block = vec![0x5au8; 64 * 1024];
        loop {
            match f.write(&block) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if e.raw_os_error() == Some(28) => break, // ENOSPC
                Err(e) => panic!("filling {}: {e}", self.filler.display()),
            }
        }
        // Fill the last partial block too.
        for size in [4096usize, 512, 1] {
            while f.write_all(&vec![0x5au8; size]).is_ok() {}
        }
        let _ = f.sync_all();
    }

    /// Frees the space taken by [`Tmpfs::fill`].
    pub fn free(&self) {
        let _ = std::fs::remove_file(&self.filler);
    }

    /// Remounts the filesystem read-only (`true`) or read-write.
    pub fn set_read_only(&self, ro: bool) {
        let opt = if ro { "remount,ro" } else { "remount,rw" };
        let out = Command::new("mount")
            .args(["-o", opt])
            .arg(&self.path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "mount -o {opt}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        // Lazy: a process that still holds a file there must not keep the
        // mount (or the test) alive.
        let _ = Command::new("umount").arg("-l").arg(&self.path).output();
        if self.owned_dir {
            let _ = std::fs::remove_dir(&self.path);
        }
    }
}

/// A filesystem whose writes fail on demand (`tests/fixtures/faultfs.py`,
/// FUSE): a real input/output error or a real read-only filesystem under
/// a running server, and then a working one again.
pub struct FaultFs {
    pub path: PathBuf,
    backing: tempfile::TempDir,
    control: PathBuf,
    child: Child,
}

impl FaultFs {
    /// Whether FUSE and python3-fusepy are here; fails under CI when not,
    /// and skips loudly elsewhere.
    pub fn available() -> bool {
        present(
            Command::new("/usr/bin/python3").args(["-c", "import fusepy"]),
            "python3-fusepy",
        ) && present(Command::new("test").args(["-c", "/dev/fuse"]), "/dev/fuse")
    }

    /// Mounts it on a new directory.
    pub fn mount() -> Self {
        let backing = tempfile::tempdir().unwrap();
        let path =
            std::env::temp_dir().join(format!("tipline-faultfs-{}", hex(&rand_bytes::<6>())));
        std::fs::create_dir_all(&path).unwrap();
        let control = backing.path().with_extension("mode");
        std::fs::write(&control, "ok").unwrap();
        let store = backing.path().join("files");
        std::fs::create_dir_all(&store).unwrap();
        let child = Command::new("/usr/bin/python3")
            .arg(fixture("faultfs.py"))
            .arg(&store)
            .arg(&path)
            .arg(&control)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let fs = Self {
            path,
            backing,
            control,
            child,
        };
        let needle = format!(" {} fuse", fs.path.display());
        assert!(
            wait_until(20, || std::fs::read_to_string("/proc/mounts")
                .is_ok_and(|m| m.contains(&needle))),
            "faultfs did not mount"
        );
        fs
    }

    /// "ok", "eio" (writes fail with an I/O error) or "erofs" (as on a
    /// read-only filesystem); takes effect within 20 ms.
    pub fn set(&self, mode: &str) {
        std::fs::write(&self.control, mode).unwrap();
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl Drop for FaultFs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.path).output();
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir(&self.path);
        let _ = std::fs::remove_file(&self.control);
        let _ = &self.backing;
    }
}
