//! Entry points for the fuzz targets in `fuzz/` (cargo-fuzz, libFuzzer):
//! each takes arbitrary bytes, drives one parser of untrusted input the way
//! the server or `tipline open` does, and panics only when a property that
//! must hold does not. `tests/fuzz_seeds.rs` runs every entry on the seed
//! corpus and on every input that once crashed (`fuzz/regressions/`), so
//! a fixed crash stays fixed in the ordinary test run. Nothing here runs
//! in `serve`: a panic is how a fuzz target reports a broken property.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use crate::seal::{ValidCert, check_sealed_to};
use sequoia_openpgp as openpgp;
use std::time::{Duration, SystemTime};

/// A fixed moment, so that a key's expiry never makes a run differ from
/// the next (2027-06-01).
pub fn now() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_811_808_000)
}

/// The source form: a urlencoded body, as a browser posts it, to a report,
/// then to the sealed entity and back.
pub fn report_form(data: &[u8]) {
    use crate::report::{Envelope, FormInput, Report, entity_parts, mime_entity};
    let Ok(input) = FormInput::parse_urlencoded(data) else {
        return;
    };
    let _ = input.people_count();
    let Ok(report) = Report::from_input(&input, "en") else {
        return;
    };
    let env = Envelope {
        tip_id: "T-FUZZ",
        received_day: "2026-12-01",
        source_fingerprint: "0000000000000000000000000000000000000000",
        route: "fuzz",
    };
    let text = report.to_text(&env);
    let json = report.to_json(&env);
    let entity = mime_entity(&text, &json, b"");
    assert_eq!(
        entity.len(),
        crate::report::bucket(entity.len()),
        "the entity is padded to its bucket"
    );
    let (text_back, json_back) = entity_parts(&entity).expect("the entity parses back");
    assert_eq!(
        text_back,
        crate::report::crlf(&text),
        "the text part comes back as it went in"
    );
    // Compared as text: what was written, byte for byte (parsing it back
    // would compare serde_json's float parser, which may differ from the
    // shortest representation it wrote by one unit in the last place).
    let json_back = json_back.expect("a JSON part").replace("\r\n", "\n");
    let written = serde_json::to_string_pretty(&json).expect("JSON serialises");
    assert_eq!(json_back, written, "the JSON part comes back as it went in");
    let parsed: serde_json::Value = serde_json::from_str(&json_back).expect("the JSON part parses");
    assert_eq!(parsed["schema_version"], json["schema_version"]);
}

/// The key upload: a multipart body (boundary `tiplinefuzz`) read as the
/// key step reads it, then the key checked as an uploaded key is.
pub fn key_upload(data: &[u8]) {
    use actix_web::http::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
    let mut headers = HeaderMap::new();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("multipart/form-data; boundary=tiplinefuzz"),
    );
    let body = actix_web::web::Bytes::copy_from_slice(data);
    let stream = futures_util::stream::iter([Ok(body)]);
    let form = block_on(crate::web::responder::read_key_form(&headers, stream));
    if let Ok(form) = form {
        certificate(&form.key);
    }
    // The same bytes as a key pasted into the text field.
    certificate(data);
}

/// An uploaded certificate, checked as the key step checks one.
fn certificate(data: &[u8]) {
    if let Ok(cert) = ValidCert::parse(data, now()) {
        let _ = cert.algorithm();
        let _ = cert.expires();
        assert!(cert.usable_at(now()), "a key accepted now is usable now");
        let again = ValidCert::parse(&cert.armored(), now()).expect("an accepted key re-parses");
        assert_eq!(again.fingerprint, cert.fingerprint);
    }
}

/// The recipients a reply sealed in a browser must be sealed to, and the
/// secret keys that open what `tipline open` is given.
pub struct Keys {
    certs: Vec<ValidCert>,
    pairs: Vec<openpgp::crypto::KeyPair>,
}

impl Keys {
    /// From unencrypted secret keys (armored, one or more).
    pub fn from_tsks(data: &[u8]) -> Self {
        use openpgp::parse::Parse;
        let mut certs = Vec::new();
        let mut pairs = Vec::new();
        for cert in openpgp::cert::CertParser::from_bytes(data).expect("fuzz keys parse") {
            let cert = cert.expect("a fuzz key");
            for key in crate::open::decryption_keys(&cert) {
                pairs.push(key.into_keypair().expect("an unencrypted fuzz key"));
            }
            certs.push(
                ValidCert::validate(cert.strip_secret_key_material(), now())
                    .expect("a usable fuzz key"),
            );
        }
        Self { certs, pairs }
    }

    /// The public certificates.
    pub fn certs(&self) -> &[ValidCert] {
        &self.certs
    }

    /// The unlocked decryption keys.
    pub fn pairs(&mut self) -> &mut [openpgp::crypto::KeyPair] {
        &mut self.pairs
    }
}

/// A reply sealed in a responder's browser: its packets checked against
/// the team's keys, as the server checks it before storing it.
pub fn sealed_reply(data: &[u8], keys: &Keys) {
    use openpgp::parse::{PacketParser, PacketParserResult, Parse};
    let all: Vec<&ValidCert> = keys.certs.iter().collect();
    if check_sealed_to(data, &all, now()).is_err() {
        return;
    }
    // What was accepted is session-key packets, then one encrypted
    // container, then nothing.
    let mut ppr = PacketParser::from_bytes(data).expect("accepted bytes parse");
    let mut tags = Vec::new();
    while let PacketParserResult::Some(pp) = ppr {
        tags.push(pp.packet.tag());
        ppr = pp.next().expect("accepted bytes parse").1;
    }
    let (last, pkesks) = tags.split_last().expect("packets");
    assert_eq!(*last, openpgp::packet::Tag::SEIP, "{tags:?}");
    assert!(
        !pkesks.is_empty() && pkesks.iter().all(|t| *t == openpgp::packet::Tag::PKESK),
        "{tags:?}"
    );
    // Anything after the container is refused: no plaintext rides along.
    let mut smuggled = data.to_vec();
    smuggled.extend_from_slice(b"\xcb\x0bb\x00\x00\x00\x00\x00hello");
    assert!(
        check_sealed_to(&smuggled, &all, now()).is_err(),
        "a literal packet after the container was accepted"
    );
}

/// `tipline open` on a file's bytes (armored, binary or `.eml`), with the
/// fuzz keys: once as a responder runs it, trusting no instance key but
/// the pinned fingerprint's, then decrypted without a signature check (as
/// `--allow-unsigned` does) and shown as text and as JSON. Two decryptions
/// per input, not one per way of running it.
pub fn open_input(data: &[u8], keys: &mut Keys) {
    use crate::open::{OpenArgs, decrypt, open_bytes, shown, the_message};
    let args = OpenArgs {
        file: "fuzz.asc".into(),
        key: "fuzz.key".into(),
        instance_cert: None,
        instance_fingerprint: Some("ABCD ".repeat(10)),
        json: false,
        passphrase_file: None,
        allow_unsigned: false,
        extract: None,
        sealed: Vec::new(),
    };
    let pinned = open_bytes(data, &mut keys.pairs, &args);
    assert!(pinned.is_err(), "nothing is signed by a key nobody holds");
    if let Ok(plain) = the_message(data).and_then(|m| decrypt(&m, &mut keys.pairs, None)) {
        let text = shown(plain.clone(), false).expect("a decrypted message shows as text");
        assert!(text.ends_with(b"\n"));
        if let Ok(json) = shown(plain, true) {
            assert!(json.ends_with(b"\n"));
        }
    }
    // The decrypted entity's MIME, parsed as `open` and the server parse it.
    let _ = crate::report::entity_parts(data);
    let _ = crate::report::instance_cert_in(data);
}

/// The codename a source types on the follow-up page.
pub fn codename(data: &[u8]) {
    use crate::codename::Codename;
    let typed = String::from_utf8_lossy(data);
    if let Ok(c) = Codename::parse(&typed) {
        let once = c.expose().to_owned();
        assert!(!once.is_empty() && !once.starts_with(' ') && !once.ends_with(' '));
        assert!(!once.contains("  "), "one space between words");
        let twice = Codename::parse(&once).expect("a normalised codename parses");
        assert_eq!(twice.expose(), once, "normalising is idempotent");
        // Upper case, extra spaces and dashes do not change it.
        let shouted = format!("  {}  ", once.to_uppercase().replace(' ', " - "));
        if let Ok(again) = Codename::parse(&shouted)
            && once.bytes().all(|b| b.is_ascii_lowercase() || b == b' ')
        {
            assert_eq!(again.expose(), once, "case and dashes are ignored");
        }
    }
}

/// A place typed or pasted into the form: coordinates or a map link.
pub fn coords(data: &[u8]) {
    let typed = String::from_utf8_lossy(data);
    if let Some(p) = crate::coords::parse(&typed) {
        assert!(
            p.lat.is_finite() && (-90.0..=90.0).contains(&p.lat),
            "{}",
            p.lat
        );
        assert!(
            p.lon.is_finite() && (-180.0..=180.0).contains(&p.lon),
            "{}",
            p.lon
        );
    }
}

/// A file a source sends, through the photo metadata filter: the same
/// bytes come out however the file is split into pieces, never more bytes
/// than went in, other files unchanged, and a cleaned photo is clean (a
/// second pass changes nothing).
pub fn photo_metadata(data: &[u8]) {
    use crate::strip::{Outcome, Stripper};
    let run = |bytes: &[u8], step: usize| {
        let mut s = Stripper::new();
        let mut out = Vec::with_capacity(bytes.len());
        for piece in bytes.chunks(step) {
            s.push(piece, &mut out);
        }
        let outcome = s.finish(&mut out);
        (out, outcome)
    };
    let (whole, outcome) = run(data, data.len().max(1));
    let step = usize::from(data.first().copied().unwrap_or(1) % 17) + 1;
    assert_eq!(
        run(data, step),
        (whole.clone(), outcome),
        "split into {step}"
    );
    assert!(whole.len() <= data.len());
    match outcome {
        Outcome::NotSupported => assert_eq!(whole, data),
        Outcome::Removed => assert_eq!(run(&whole, 4096).0, whole, "a second pass"),
        Outcome::Unreadable => {}
    }
}

/// Polls a future that needs no I/O (its stream is already in memory) to
/// its end; one that stays pending is a hang, and fails.
fn block_on<F: std::future::Future>(fut: F) -> F::Output {
    let mut fut = std::pin::pin!(fut);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    for _ in 0..1_000_000 {
        if let std::task::Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
    panic!("a parser over bytes in memory never finished");
}
