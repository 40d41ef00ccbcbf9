//! The sealed blob store for attachments (src/blobs.rs): a stream sealed
//! as it is written, under a session key of its own, opens in GnuPG, sq
//! and RNP once session-key packets are put before it; nothing of the
//! plaintext reaches the disk; an abandoned stream leaves nothing behind;
//! a full disk is an error at the write that hit it, never a blob that
//! looks finished.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::load::{Tmpfs, can_mount};
use common::*;
use std::io::{Read, Write};
use std::process::Command;
use std::time::{Duration, SystemTime};
use tipline::blobs::{BlobError, BlobStore};
use tipline::seal::{ValidCert, session_key_packets};

#[test]
fn a_stream_sealed_in_pieces_opens_in_gnupg_sq_and_rnp() {
    let dir = tempfile::tempdir().unwrap();
    let store = BlobStore::open(&dir.path().join("blobs")).unwrap();
    let alice = Responder::generate("alice");
    let bob = Responder::generate("bob");
    let now = SystemTime::now();
    let certs: Vec<ValidCert> = [&alice, &bob]
        .iter()
        .map(|r| ValidCert::parse(r.public.as_bytes(), now).unwrap())
        .collect();
    let plain = evidence(3 * 1024 * 1024 + 17, b"GATE-OF-COMPOUND-7");
    let mut w = store.create().unwrap();
    // As an upload arrives: pieces of uneven size.
    for piece in plain.chunks(7919) {
        w.write_all(piece).unwrap();
    }
    assert_eq!(w.plaintext_len(), plain.len() as u64);
    let blob = store.finish(w.finish().unwrap()).unwrap();
    let at_rest = everything_under(dir.path());
    assert!(
        !contains(&at_rest, b"GATE-OF-COMPOUND-7"),
        "plaintext at rest"
    );
    assert_eq!(store.list().unwrap(), vec![blob.id.clone()]);

    let mut body = Vec::new();
    store
        .read(&blob.id)
        .unwrap()
        .read_to_end(&mut body)
        .unwrap();
    assert_eq!(body.len() as u64, blob.size);
    assert!(
        body.len() < plain.len() + 4096,
        "no more than framing: {}",
        body.len()
    );
    let refs: Vec<&ValidCert> = certs.iter().collect();
    let mut message = session_key_packets(&blob.key, &refs, now).unwrap();
    message.extend_from_slice(&body);
    assert_eq!(
        pkesk_recipients(&message).len(),
        2,
        "one packet per recipient"
    );

    // GnuPG, with Alice's key only.
    let gpg = Gpg::new(&[&alice.secret]);
    let (out, status) = gpg.decrypt(&message);
    assert!(out == plain, "GnuPG gives back the bytes");
    assert!(status.contains("DECRYPTION_OKAY"), "{status}");
    assert!(!status.contains("DECRYPTION_FAILED"), "{status}");

    // sq and RNP, with Bob's.
    let work = tempfile::tempdir().unwrap();
    let put = |name: &str, data: &[u8]| {
        let p = work.path().join(name);
        std::fs::write(&p, data).unwrap();
        p.display().to_string()
    };
    let msg = put("evidence.pgp", &message);
    let sec = put("bob.sec.asc", bob.secret.as_bytes());
    let sq = Command::new("sq")
        .args(["decrypt", "--recipient-key", &sec, &msg])
        .output()
        .unwrap();
    assert!(
        sq.status.success(),
        "sq: {}",
        String::from_utf8_lossy(&sq.stderr)
    );
    assert!(sq.stdout == plain, "sq gives back the bytes");
    let rnp_home = tempfile::tempdir().unwrap();
    let rnp = Command::new("rnp")
        .args(["--homedir", &rnp_home.path().display().to_string()])
        .args(["--keyfile", &sec, "-d", &msg, "--output", "-"])
        .output()
        .unwrap();
    assert!(
        rnp.status.success(),
        "rnp: {}",
        String::from_utf8_lossy(&rnp.stderr)
    );
    assert!(rnp.stdout == plain, "RNP gives back the bytes");

    // A byte changed at rest is caught (the MDC), not passed on.
    let mut bad = message.clone();
    let at = bad.len() / 2;
    bad[at] ^= 1;
    let (ok, _, _) = run_with_input(
        gpg.cmd().args(["--batch", "--status-fd", "2", "--decrypt"]),
        &bad,
    );
    assert!(!ok, "GnuPG refuses a changed blob");

    store.remove(&blob.id).unwrap();
    assert!(store.list().unwrap().is_empty());
    store.remove(&blob.id).unwrap();
}

#[test]
fn an_abandoned_stream_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = BlobStore::open(dir.path()).unwrap();
    let mut w = store.create().unwrap();
    w.write_all(&evidence(300_000, b"x")).unwrap();
    // The connection closed: the writer is dropped unfinished.
    drop(w);
    assert!(store.list().unwrap().is_empty());
    assert_eq!(
        std::fs::read_dir(dir.path().join("partial"))
            .unwrap()
            .count(),
        0,
        "the partial file went with the writer"
    );

    // A crash leaves a partial file no writer will drop: the sweep at start
    // removes it once it is older than an upload may take, not before.
    std::fs::write(
        dir.path()
            .join("partial")
            .join("0123456789abcdef0123456789abcdef"),
        b"x",
    )
    .unwrap();
    let now = SystemTime::now();
    assert_eq!(store.sweep(now, Duration::from_secs(3600)).unwrap(), 0);
    assert_eq!(
        store
            .sweep(now + Duration::from_secs(3601), Duration::from_secs(3600))
            .unwrap(),
        1
    );

    // A finished blob no tip names goes too, once old enough.
    let mut w = store.create().unwrap();
    w.write_all(b"orphan").unwrap();
    let kept = store.finish(w.finish().unwrap()).unwrap();
    let mut w = store.create().unwrap();
    w.write_all(b"orphan").unwrap();
    let orphan = store.finish(w.finish().unwrap()).unwrap();
    let named = std::iter::once(kept.id.clone()).collect();
    assert_eq!(
        store
            .remove_unreferenced(&named, now, Duration::from_secs(3600))
            .unwrap(),
        0,
        "too young"
    );
    assert_eq!(
        store
            .remove_unreferenced(
                &named,
                now + Duration::from_secs(7200),
                Duration::from_secs(3600)
            )
            .unwrap(),
        1
    );
    assert_eq!(store.list().unwrap(), vec![kept.id]);
    assert!(store.read(&orphan.id).is_err());
}

#[test]
fn a_full_disk_fails_the_stream_and_keeps_no_blob() {
    if !can_mount() {
        return;
    }
    let path = std::env::temp_dir().join(format!("tipline-blobs-{}", std::process::id()));
    let fs = Tmpfs::mount(&path, "2m", None);
    let store = BlobStore::open(&fs.path.join("blobs")).unwrap();
    let mut w = store.create().unwrap();
    let plain = evidence(4 * 1024 * 1024, b"x");
    let mut failed_at = None;
    for (i, piece) in plain.chunks(65536).enumerate() {
        if w.write_all(piece).is_err() {
            failed_at = Some(i);
            break;
        }
    }
    // Sequoia's writer may hold the last chunk until the end: then the
    // error comes from finish, never a finished blob.
    let finished = match failed_at {
        Some(_) => {
            drop(w);
            Err(BlobError::Seal("refused while writing".into()))
        }
        None => w.finish().map(|_| ()),
    };
    assert!(finished.is_err(), "4 MiB did not fit on 2 MiB");
    assert!(store.list().unwrap().is_empty(), "no blob");
    // What was written went with the failed writer (or goes with it now).
    let left: Vec<_> = std::fs::read_dir(fs.path.join("blobs").join("partial"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(left.is_empty(), "a partial file stayed: {left:?}");
    // Space back: the next stream is stored.
    let mut w = store.create().unwrap();
    w.write_all(&plain[..512 * 1024]).unwrap();
    let blob = store.finish(w.finish().unwrap()).unwrap();
    assert!(blob.size > 512 * 1024);
}

/// Makes a file look last written `ago` (GNU touch: "2 days ago").
fn age(path: &std::path::Path, ago: &str) {
    let ok = Command::new("touch")
        .args(["-d", ago])
        .arg(path)
        .status()
        .unwrap();
    assert!(ok.success());
}

/// At start, `serve` removes what uploads that never committed left:
/// partial streams older than a day, finished blobs no tip names older
/// than an hour. A blob a tip names is never removed, however old, and
/// younger files may belong to an upload in flight in another process.
fn start_sweeps_what_uploads_left(backend: Backend) {
    let (inst, _) = Instance::with_desk(backend, &["ana"]);
    let dir = inst.dir.path().join("data").join("attachments");
    let store = BlobStore::open(&dir).unwrap();
    let partial = |name: &str, ago: &str| {
        let p = dir.join("partial").join(name);
        std::fs::write(&p, b"sealed bytes").unwrap();
        age(&p, ago);
        p
    };
    let finished = |ago: &str| {
        let mut w = store.create().unwrap();
        w.write_all(b"evidence").unwrap();
        let blob = store.finish(w.finish().unwrap()).unwrap();
        age(&dir.join(blob.id.as_str()), ago);
        blob.id
    };
    // A tip that names the last blob.
    let server = inst.serve(&[]);
    let r = server.report(&[("details", "a tip with a file"), ("country", "KH")]);
    assert_eq!(r.status, 200);
    drop(server);
    // Left by uploads that never committed (made after that first start,
    // which sweeps too).
    let old_partial = partial("00000000000000000000000000000001", "2 days ago");
    let young_partial = partial("00000000000000000000000000000002", "20 hours ago");
    let old_orphan = finished("2 hours ago");
    let young_orphan = finished("10 minutes ago");
    let named = finished("400 days ago");

    let keys = match backend {
        Backend::Sqlite => "X'00'",
        Backend::Postgres => "'\\x00'::bytea",
    };
    query_rows(
        &inst,
        &format!(
            "INSERT INTO tip_files (tip_id, number, blob, sealed_size, session_keys) \
             SELECT id, 1, '{}', 8, {keys} FROM tips",
            named.as_str()
        ),
    );
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tip_files"), 1);

    let server = inst.serve(&[]);
    assert!(
        !old_partial.exists(),
        "a partial stream older than a day goes"
    );
    assert!(
        young_partial.exists(),
        "a younger one may be an upload in flight"
    );
    let left = store.list().unwrap();
    assert!(!left.contains(&old_orphan), "an old blob no tip names goes");
    assert!(
        left.contains(&young_orphan),
        "a young one may be a commit in flight"
    );
    assert!(left.contains(&named), "a blob a tip names stays");
    drop(server);

    // Retention deletes the tip, its file's row and its blob together.
    let before = store.list().unwrap().len();
    // Past every limit, held mail included (730 days).
    let out = inst.ok_later(800, &["tip", "purge"]);
    assert!(out.contains("deleted"), "{out}");
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tip_files"), 0);
    let after = store.list().unwrap();
    assert!(!after.contains(&named), "the purged tip's blob is gone");
    assert_eq!(after.len(), before - 1, "and nothing else: {after:?}");
}

both_backends!(start_sweeps_what_uploads_left);
