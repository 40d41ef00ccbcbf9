//! Sealing a large stream (issue 20's attachments): the blob store's
//! sealing writer into a file on disk, fsync included, against sequoia's
//! raw streaming encryptor (SEIPDv1) to one X25519 key into memory that is thrown
//! away, for the same bytes in the same run. `cargo bench --bench blobs`
//! (BLOB_MIB=1024 by default; BLOB_DIR for the store, default a temporary
//! directory under TMPDIR).
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
    }
}
