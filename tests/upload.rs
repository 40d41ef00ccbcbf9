//! The report form as a multipart body (src/upload.rs): files sealed as
//! they arrive and given back exactly; every malformed or oversized body
//! refused at the byte that makes it so, with nothing left in the store.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use actix_web::http::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use actix_web::web::Bytes;
use common::*;
use std::io::Read;
use std::time::SystemTime;
use tipline::blobs::BlobStore;
use tipline::seal::{ValidCert, session_key_packets};
use tipline::upload::{Limits, UploadError, read_report};

const BOUNDARY: &str = "----tiplinetest7MA4YWxkTrZu0gW";

const LIMITS: Limits = Limits {
    max_file: 1024 * 1024,
    max_report: 3 * 1024 * 1024 / 2,
    max_files: 3,
    max_text: 64 * 1024,
    idle: std::time::Duration::from_secs(5),
};

fn headers() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        CONTENT_TYPE,
        HeaderValue::from_str(&format!("multipart/form-data; boundary={BOUNDARY}")).unwrap(),
    );
    h
}

/// A part as a browser writes it.
enum Part<'a> {
    Text(&'a str, &'a str),
    File(&'a str, &'a str, &'a [u8]),
}

fn body(parts: &[Part]) -> Vec<u8> {
    let mut b = Vec::new();
    for p in parts {
        b.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match p {
            Part::Text(name, value) => {
                b.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}")
                        .as_bytes(),
                );
            }
            Part::File(filename, ctype, data) => {
                b.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"files\"; filename=\"{filename}\"\r\nContent-Type: {ctype}\r\n\r\n"
                    )
                    .as_bytes(),
                );
                b.extend_from_slice(data);
            }
        }
        b.extend_from_slice(b"\r\n");
    }
    b.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    b
}

/// The body in pieces of `n` bytes, as a socket delivers it.
fn stream(
    body: Vec<u8>,
    n: usize,
) -> impl futures_util::Stream<Item = Result<Bytes, actix_web::error::PayloadError>> + 'static {
    let pieces: Vec<_> = body
        .chunks(n)
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    futures_util::stream::iter(pieces)
}

fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn store_is_empty(dir: &std::path::Path, store: &BlobStore) -> bool {
    store.list().unwrap().is_empty() && std::fs::read_dir(dir.join("partial")).unwrap().count() == 0
}

#[actix_web::test]
async fn files_are_sealed_and_come_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let store = BlobStore::open(dir.path()).unwrap();
    let photo = noise(700_000, 7);
    let note = b"recruiter: +855 12 345 678".to_vec();
    let b = body(&[
        Part::Text("details", "Gate on the east side\r\nguards at night"),
        Part::File("../../DCIM/gate.jpg", "image/jpeg", &photo),
        Part::Text("country", "KH"),
        // A file input left empty.
        Part::File("", "application/octet-stream", b""),
        Part::File("chat.txt", "text/plain", &note),
    ]);
    let up = read_report(&headers(), stream(b, 8192), &store, LIMITS)
        .await
        .unwrap();
    assert_eq!(
        up.fields.get("details"),
        "Gate on the east side\nguards at night"
    );
    assert_eq!(up.fields.get("country"), "KH");
    assert_eq!(up.files.len(), 2, "the empty input is no file");
    let r = Responder::generate("ana");
    let now = SystemTime::now();
    let cert = ValidCert::parse(r.public.as_bytes(), now).unwrap();
    for (f, (name, ctype, data)) in up.files.iter().zip([
        ("gate.jpg", "image/jpeg", &photo),
        ("chat.txt", "text/plain", &note),
    ]) {
        assert_eq!(f.name, name);
        assert_eq!(f.content_type, ctype);
        assert_eq!(f.size, data.len() as u64);
        use sha2::Digest;
        assert_eq!(f.sha256, <[u8; 32]>::from(sha2::Sha256::digest(data)));
        let mut msg = session_key_packets(&f.blob.key, &[&cert], now).unwrap();
        store
            .read(&f.blob.id)
            .unwrap()
            .read_to_end(&mut msg)
            .unwrap();
        assert!(
            decrypt_in_process(&r.cert, &msg) == *data,
            "{name} comes back"
        );
    }
}

/// Each bad body is refused as `want` says, and the store is left empty.
async fn refused(parts: Vec<u8>, piece: usize, want: fn(&UploadError) -> bool) {
    let dir = tempfile::tempdir().unwrap();
    let store = BlobStore::open(dir.path()).unwrap();
    let e = match read_report(&headers(), stream(parts, piece), &store, LIMITS).await {
        Ok(u) => {
            assert!(u.files.is_empty(), "refused files are not handed on");
            u.refused.expect("refused")
        }
        Err(e) => e,
    };
    assert!(want(&e), "refused as expected, not {e:?}");
    assert!(
        store_is_empty(dir.path(), &store),
        "nothing left after {e:?}"
    );
}

#[actix_web::test]
async fn bad_bodies_are_refused_and_leave_nothing() {
    let photo = noise(600_000, 3);
    let good = body(&[
        Part::Text("details", "x"),
        Part::File("a.jpg", "image/jpeg", &photo),
        Part::File("b.jpg", "image/jpeg", &photo),
    ]);
    // Truncated in the middle of the second file.
    refused(good[..good.len() - 300_000].to_vec(), 4096, |e| {
        matches!(e, UploadError::Malformed)
    })
    .await;
    // The final boundary missing.
    let no_end = good[..good.len() - BOUNDARY.len() - 6].to_vec();
    refused(no_end, 4096, |e| matches!(e, UploadError::Malformed)).await;
    // A file over the limit for one file, stopped there.
    let big = noise(LIMITS.max_file as usize + 1, 5);
    refused(
        body(&[Part::File("video.mp4", "video/mp4", &big)]),
        65536,
        |e| matches!(e, UploadError::FileTooLarge(n) if n == "video.mp4"),
    )
    .await;
    // Three files within the file limit but over the report's.
    refused(
        body(&[
            Part::File("a.jpg", "image/jpeg", &photo),
            Part::File("b.jpg", "image/jpeg", &photo),
            Part::File("c.jpg", "image/jpeg", &photo),
        ]),
        65536,
        |e| matches!(e, UploadError::ReportTooLarge(n) if n == "c.jpg"),
    )
    .await;
    // One file too many.
    refused(
        body(&[
            Part::File("1.txt", "text/plain", b"1"),
            Part::File("2.txt", "text/plain", b"2"),
            Part::File("3.txt", "text/plain", b"3"),
            Part::File("4.txt", "text/plain", b"4"),
        ]),
        4096,
        |e| matches!(e, UploadError::TooManyFiles),
    )
    .await;
    // A chosen file of zero bytes.
    refused(
        body(&[Part::File("empty.pdf", "application/pdf", b"")]),
        4096,
        |e| matches!(e, UploadError::EmptyFile(n) if n == "empty.pdf"),
    )
    .await;
    // 10,000 parts.
    let many: Vec<String> = (0..10_000).map(|i| format!("f{i}")).collect();
    let parts: Vec<Part> = many.iter().map(|n| Part::Text(n, "v")).collect();
    refused(body(&parts), 65536, |e| matches!(e, UploadError::Malformed)).await;
    // A part header of 1 MiB.
    let mut huge =
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"details\"\r\nX-Pad: ")
            .into_bytes();
    huge.extend(std::iter::repeat_n(b'a', 1024 * 1024));
    huge.extend_from_slice(format!("\r\n\r\nv\r\n--{BOUNDARY}--\r\n").as_bytes());
    refused(huge, 65536, |e| matches!(e, UploadError::Malformed)).await;
    // Text over its budget.
    let long = "x".repeat(LIMITS.max_text + 1);
    refused(body(&[Part::Text("details", &long)]), 8192, |e| {
        matches!(e, UploadError::TextTooLarge)
    })
    .await;
    // A file under another field's name.
    let mut odd = body(&[Part::File("a.txt", "text/plain", b"a")]);
    let at = odd.windows(7).position(|w| w == b"\"files\"").unwrap();
    odd[at + 1..at + 6].copy_from_slice(b"other");
    refused(odd, 4096, |e| matches!(e, UploadError::Malformed)).await;
    // A repeated text field.
    refused(
        body(&[Part::Text("details", "a"), Part::Text("details", "b")]),
        4096,
        |e| matches!(e, UploadError::Malformed),
    )
    .await;
}
