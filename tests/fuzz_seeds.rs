//! The fuzz targets' entry points (src/fuzz.rs) on their seed corpus
//! (fuzz/seeds/) and on every input that ever crashed one
//! (fuzz/regressions/), in the ordinary test run: a fixed crash stays
//! fixed even where cargo-fuzz is not installed. The seeds are checked to
//! reach the deep paths (a sealed message that passes the check, a file
//! `tipline open` opens), so that the fuzzer starts from real inputs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use tipline::fuzz;

const KEYS: &[u8] = include_bytes!("../fuzz/keys.asc");

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for e in entries {
            let path = e.unwrap().path();
            out.push((path.display().to_string(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

fn each(target: &str, mut f: impl FnMut(&[u8])) {
    let all = inputs(target);
    assert!(!all.is_empty(), "fuzz/seeds/{target} has seeds");
    for (name, data) in all {
        eprintln!("{target}: {name}");
        f(&data);
    }
}

#[test]
fn report_form_seeds() {
    each("report_form", fuzz::report_form);
    // The full seed is a report the form accepts, so the fuzzer starts
    // past validation.
    let full = std::fs::read("fuzz/seeds/report_form/full").unwrap();
    let input = tipline::report::FormInput::parse_urlencoded(&full).unwrap();
    let r = tipline::report::Report::from_input(&input, "en");
    assert!(r.is_ok(), "{:?}", r.err());
}

#[test]
fn key_upload_seeds() {
    each("key_upload", fuzz::key_upload);
    let cert = std::fs::read("fuzz/seeds/key_upload/cert.asc").unwrap();
    assert!(tipline::seal::ValidCert::parse(&cert, fuzz::now()).is_ok());
}

#[test]
fn sealed_reply_seeds() {
    let keys = fuzz::Keys::from_tsks(KEYS);
    each("sealed_reply", |d| fuzz::sealed_reply(d, &keys));
    let both = std::fs::read("fuzz/seeds/sealed_reply/to-both.pgp").unwrap();
    let all: Vec<_> = keys.certs().iter().collect();
    assert!(tipline::seal::check_sealed_to(&both, &all, fuzz::now()).is_ok());
    let one = std::fs::read("fuzz/seeds/sealed_reply/to-one.pgp").unwrap();
    assert!(tipline::seal::check_sealed_to(&one, &all, fuzz::now()).is_err());
}

#[test]
fn open_input_seeds() {
    let mut keys = fuzz::Keys::from_tsks(KEYS);
    each("open_input", |d| fuzz::open_input(d, &mut keys));
    let args = tipline::open::OpenArgs {
        file: "x".into(),
        key: "x".into(),
        instance_cert: None,
        instance_fingerprint: None,
        json: false,
        passphrase_file: None,
        allow_unsigned: true,
        extract: None,
        sealed: Vec::new(),
    };
    for seed in ["armored.asc", "binary.pgp", "mail.eml"] {
        let raw = std::fs::read(format!("fuzz/seeds/open_input/{seed}")).unwrap();
        let shown = tipline::open::open_bytes(&raw, keys.pairs(), &args).unwrap();
        assert_eq!(
            String::from_utf8(shown).unwrap(),
            "Reply: we have your report. Stay safe.\n",
            "{seed}"
        );
    }
}

#[test]
fn codename_seeds() {
    each("codename", fuzz::codename);
}

#[test]
fn coords_seeds() {
    each("coords", fuzz::coords);
    let first = std::fs::read_to_string("fuzz/seeds/coords/0").unwrap();
    assert!(tipline::coords::parse(&first).is_some());
}

#[test]
fn photo_metadata_seeds() {
    each("photo_metadata", fuzz::photo_metadata);
    // The seeds are real photos whose metadata the filter takes out.
    for name in ["gate.jpg", "gate.png", "gate.webp"] {
        let data = std::fs::read(format!("fuzz/seeds/photo_metadata/{name}")).unwrap();
        let mut s = tipline::strip::Stripper::new();
        let mut out = Vec::new();
        s.push(&data, &mut out);
        assert!(s.removed() > 0, "{name}");
        assert_eq!(
            s.finish(&mut out),
            tipline::strip::Outcome::Removed,
            "{name}"
        );
    }
}
