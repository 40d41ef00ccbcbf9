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

/// Bytes that do not repeat (a photo's worth of noise), with a marker
/// every 64 KiB that must not appear at rest.
fn evidence(len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    while out.len() < len {
        if out.len() % 65536 == 0 {
            out.extend_from_slice(b"GATE-OF-COMPOUND-7");
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Every byte under `dir`.
fn everything_under(dir: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            all.extend(everything_under(&p));
        } else {
            all.extend(std::fs::read(&p).unwrap());
        }
    }
    all
}

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
    let plain = evidence(3 * 1024 * 1024 + 17);
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
    w.write_all(&evidence(300_000)).unwrap();
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
    let plain = evidence(4 * 1024 * 1024);
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
