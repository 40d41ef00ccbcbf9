//! Sealing a large stream (issue 20's attachments): the blob store's
//! sealing writer into a file on disk, fsync included, against sequoia's
//! raw streaming encryptor (SEIPDv1) to one X25519 key into memory that is thrown
//! away, for the same bytes in the same run; then the same bytes sent as
//! one file of a report over loopback HTTP to a release `tipline serve
//! --demo` (SQLite), which seals them to the demo responder: its rate
//! against the raw one, and the server's peak RSS (VmHWM).
//! `cargo bench --bench blobs` (BLOB_MIB=1024 by default; BLOB_DIR for the
//! store and the server's data, default a temporary directory under TMPDIR).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

use sequoia_openpgp as openpgp;
use sequoia_openpgp::cert::prelude::*;
use std::io::Write;
use std::time::{Instant, SystemTime};
use tipline::blobs::BlobStore;

/// A 1 MiB piece of noise, written again and again (an upload's chunks).
fn piece() -> Vec<u8> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    (0..1024 * 1024 / 8)
        .flat_map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()
        })
        .collect()
}

fn rate(label: &str, bytes: u64, secs: f64) -> f64 {
    let mb = bytes as f64 / 1e6 / secs;
    println!("{label:<52} {secs:>7.2} s  {mb:>7.1} MB/s");
    mb
}

fn main() {
    let mib: u64 = std::env::var("BLOB_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let total = mib * 1024 * 1024;
    let piece = piece();
    let (cert, _) = CertBuilder::general_purpose(Some("bench"))
        .set_cipher_suite(CipherSuite::Cv25519)
        .generate()
        .unwrap();
    let p = openpgp::policy::StandardPolicy::new();
    let dir = match std::env::var_os("BLOB_DIR") {
        Some(d) => tempfile::tempdir_in(d).unwrap(),
        None => tempfile::tempdir().unwrap(),
    };
    let store = BlobStore::open(dir.path()).unwrap();
    println!(
        "{mib} MiB in 1 MiB pieces; store in {}",
        dir.path().display()
    );
    for round in 1..=3 {
        let t = Instant::now();
        {
            use openpgp::serialize::stream::{Encryptor, LiteralWriter, Message, Recipient};
            use openpgp::types::Features;
            // SEIPDv1, as the blob store writes (the generated key would
            // also take SEIPDv2, which sequoia would then choose).
            let recipients: Vec<Recipient> = cert
                .keys()
                .with_policy(&p, SystemTime::now())
                .for_storage_encryption()
                .map(|k| {
                    let k = k.key();
                    Recipient::new(Features::empty().set_seipdv1(), k.key_handle(), k)
                })
                .collect();
            let m = Message::new(std::io::sink());
            let m = Encryptor::for_recipients(m, recipients).build().unwrap();
            let mut w = LiteralWriter::new(m).build().unwrap();
            for _ in 0..mib {
                w.write_all(&piece).unwrap();
            }
            w.finalize().unwrap();
        }
        let raw = rate(
            &format!("round {round}: sequoia raw seal, to memory"),
            total,
            t.elapsed().as_secs_f64(),
        );
        let t = Instant::now();
        let mut w = store.create().unwrap();
        for _ in 0..mib {
            w.write_all(&piece).unwrap();
        }
        let blob = store.finish(w.finish().unwrap()).unwrap();
        let ours = rate(
            &format!("round {round}: blob store, to disk with fsync"),
            total,
            t.elapsed().as_secs_f64(),
        );
        println!("round {round}: blob store / raw = {:.2}", ours / raw);
        store.remove(&blob.id).unwrap();
        let (secs, peak) = upload(dir.path(), mib, &piece);
        let http = rate(
            &format!("round {round}: a report's file over HTTP, sealed"),
            total,
            secs,
        );
        println!(
            "round {round}: HTTP upload / raw = {:.2}; server peak RSS {} MiB",
            http / raw,
            peak / 1024
        );
    }
}

/// Sends one report with a `mib` MiB file to a fresh `serve --demo` in
/// `dir`, streamed from `piece` over a plain socket; returns the seconds
/// from the first byte sent to the receipt, and the server's peak RSS in
/// KiB then.
fn upload(dir: &std::path::Path, mib: u64, piece: &[u8]) -> (f64, u64) {
    use std::io::{BufRead, BufReader, Read};
    let data = tempfile::tempdir_in(dir).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_tipline"))
        .current_dir(data.path())
        .args(["serve", "--demo"])
        .env("TIPLINE_BIND", format!("127.0.0.1:{port}"))
        .env("TIPLINE_DATA_DIR", data.path().join("data"))
        .env(
            "TIPLINE_DATABASE_URL",
            format!("sqlite://{}/tipline.db?mode=rwc", data.path().display()),
        )
        .env("TIPLINE_ATTACHMENT_MAX_FILE", "4GiB")
        .env("TIPLINE_ATTACHMENT_MAX_REPORT", "4GiB")
        .env("TIPLINE_MAIL_DELAY", "1d")
        .env("TIPLINE_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let get = |path: &str| -> Option<String> {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .ok()?;
        let mut out = String::new();
        s.read_to_string(&mut out).ok()?;
        Some(out)
    };
    let form = (0..600)
        .find_map(|_| {
            std::thread::sleep(std::time::Duration::from_millis(100));
            get("/")
        })
        .expect("the server answers");
    let token = form
        .split("name=\"token\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a form token")
        .to_owned();
    let boundary = "----tiplinebench1234567890";
    let mut head = String::new();
    for (k, v) in [
        ("token", token.as_str()),
        ("lang", "en"),
        ("details", "a video from the dormitory window"),
        ("photo_data", "remove"),
        ("action", "submit"),
    ] {
        head.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
        ));
    }
    head.push_str(&format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"window.mp4\"\r\nContent-Type: video/mp4\r\n\r\n"
    ));
    let tail = format!("\r\n--{boundary}--\r\n");
    let len = head.len() as u64 + mib * piece.len() as u64 + tail.len() as u64;
    let t = Instant::now();
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "POST /report HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {len}\r\nSec-Fetch-Site: same-origin\r\nConnection: close\r\n\r\n{head}"
    )
    .unwrap();
    for _ in 0..mib {
        s.write_all(piece).unwrap();
    }
    s.write_all(tail.as_bytes()).unwrap();
    let mut status = String::new();
    let mut r = BufReader::new(s);
    r.read_line(&mut status).unwrap();
    let mut rest = String::new();
    r.read_to_string(&mut rest).unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert!(
        status.starts_with("HTTP/1.1 200") && rest.contains("Your file was received"),
        "{status}{rest}"
    );
    let peak = std::fs::read_to_string(format!("/proc/{}/status", server.id()))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let _ = server.kill();
    let _ = server.wait();
    (secs, peak)
}
