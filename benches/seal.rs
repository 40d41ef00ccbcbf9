//! Sealing alone: a 2 KB report entity signed with the instance key and
//! encrypted to 1, 5 and 20 X25519 recipients, plus the source key
//! derivation. `cargo bench --bench seal` (add `--no-default-features
//! --features crypto-openssl` for the OpenSSL backend).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

use sequoia_openpgp::cert::prelude::*;
use std::time::{Duration, Instant, SystemTime};
use tipline::codename::Codename;
use tipline::seal::{Sealer, ValidCert, generate_instance_key, instance_signer};

fn time<F: FnMut()>(label: &str, mut f: F) {
    for _ in 0..20 {
        f();
    }
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(3) || samples.len() < 50 {
        let t = Instant::now();
        f();
        samples.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = samples[samples.len() / 2];
    let p99 = samples[samples.len() * 99 / 100];
    println!(
        "{label:<44} median {median:>8.3} ms   p99 {p99:>8.3} ms   ({} runs)",
        samples.len()
    );
}

fn main() {
    let now = SystemTime::now();
    let backend = if cfg!(feature = "crypto-openssl") {
        "openssl"
    } else {
        "rust"
    };
    println!("sequoia backend: {backend}");
    let inst = generate_instance_key("bench").unwrap();
    let sealer = Sealer::new(instance_signer(&inst, now).unwrap(), false);
    let certs: Vec<ValidCert> = (0..20)
        .map(|i| {
            let (c, _) = CertBuilder::general_purpose(Some(format!("r{i}")))
                .set_cipher_suite(CipherSuite::Cv25519)
                .set_creation_time(now - Duration::from_secs(60))
                .generate()
                .unwrap();
            ValidCert::validate(c.strip_secret_key_material(), now).unwrap()
        })
        .collect();
    let text = "Details of a report. ".repeat(100); // ~2 KB
    let entity = tipline::report::mime_entity(
        &text,
        &serde_json::json!({"details": text}),
        &sequoia_openpgp::serialize::SerializeInto::to_vec(&inst.armored()).unwrap(),
    );
    for n in [1usize, 5, 20] {
        let refs: Vec<&ValidCert> = certs.iter().take(n).collect();
        time(&format!("seal 2 KB entity to {n} recipient(s)"), || {
            let out = sealer.seal(&entity, &refs, now).unwrap();
            std::hint::black_box(out);
        });
    }
    let secret = [7u8; 32];
    time("codename + lookup + source certificate", || {
        let c = Codename::generate();
        let d = c.derive(&secret);
        std::hint::black_box(d.source_cert().unwrap());
    });
}
