//! Files sent with a report, end to end through the real binary on SQLite
//! and PostgreSQL: the no-JS form takes them; each is sealed as it
//! arrives; the receipt counts them; the signed report names each with its
//! SHA-256; a responder downloads each sealed and GnuPG and sq give back
//! the bytes sent; no plaintext or file name is at rest or in the log; a
//! refused form (a limit, a question for the source, a forged token, a
//! full disk) keeps no blob and says to choose the files again.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::load::can_mount;
use common::*;
use std::process::Command;

const PASSWORD: &str = "harbour lantern quiet mango";

fn blobs_in(inst: &Instance) -> usize {
    let dir = inst.dir.path().join("data").join("attachments");
    std::fs::read_dir(&dir)
        .map(|d| {
            d.filter(|e| e.as_ref().unwrap().file_type().unwrap().is_file())
                .count()
        })
        .unwrap_or(0)
        + std::fs::read_dir(dir.join("partial"))
            .map(|d| d.count())
            .unwrap_or(0)
}

fn files_reach_the_responder_sealed(backend: Backend) {
    let (inst, rs) = Instance::with_desk(backend, &["ana"]);
    let server = inst.serve(&[]);
    let ana = &rs[0];

    // The form takes files, without JavaScript, and says how many and how
    // large before the source chooses.
    let form = server.get("/").body;
    assert!(form.contains("enctype=\"multipart/form-data\""), "{form}");
    assert!(form.contains("type=\"file\"") && form.contains("multiple"));
    assert!(
        form.contains("Up to 20 files, at most 500 MB in all"),
        "{form}"
    );
    let thai = server.get("/?lang=th").body;
    assert!(thai.contains("type=\"file\"") && !thai.contains("Up to 20 files"));

    let photo = evidence(2 * 1024 * 1024 + 3, b"PHOTO-OF-THE-EAST-GATE");
    let chat = evidence(40_000, b"SCREENSHOT-OF-RECRUITER");
    let r = server.report_files(
        &[("details", "guards at the east gate"), ("country", "KH")],
        &[
            ("east gate.jpg", "image/jpeg", &photo),
            ("ဖုန်း chat.png", "image/png", &chat),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body
            .contains("Your 2 files were received with your report"),
        "{}",
        r.body
    );
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tip_files"), 2);
    assert_eq!(blobs_in(&inst), 2);

    // Nothing of the files, not even a name, at rest or in the log.
    let mut at_rest = everything_under(inst.dir.path());
    at_rest.extend(inst.db.dump());
    for secret in [
        &b"PHOTO-OF-THE-EAST-GATE"[..],
        b"SCREENSHOT-OF-RECRUITER",
        b"east gate.jpg",
        "ဖုန်း chat".as_bytes(),
        b"guards at the east gate",
    ] {
        assert!(
            !contains(&at_rest, secret),
            "{} at rest",
            String::from_utf8_lossy(secret)
        );
        assert!(!contains(server.logs().as_bytes(), secret));
    }

    // The responder: the report names the files; each downloads sealed and
    // opens to the bytes sent.
    let (mut b, _) = sign_in_responder(
        &inst,
        &server,
        PASSWORD,
        "ana@example.org",
        &ana.fingerprint,
    );
    let inbox = b.get("/responder/inbox").body;
    let tip_page = format!(
        "/responder/tips/{}",
        between(&inbox, "href=\"/responder/tips/", "\"")
    );
    let page = b.get(&tip_page).body;
    assert!(page.contains("Files sent with this tip (2)"), "{page}");
    assert!(!page.contains("east gate"), "no file name on the page");
    let gpg = Gpg::new(&[&ana.secret, &inst.instance_cert()]);
    let (_, report) = b.get_bytes(&format!("{tip_page}/tip.asc"));
    let (text, _) = gpg.decrypt(&report);
    let text = String::from_utf8(text).unwrap();
    use sha2::Digest;
    for (i, (name, data)) in [("east gate.jpg", &photo), ("ဖုန်း chat.png", &chat)]
        .iter()
        .enumerate()
    {
        let sha = hex(&sha2::Sha256::digest(data.as_slice()));
        assert!(
            text.contains(&format!("{}. {name} (", i + 1)) && text.contains(&sha),
            "the report names file {} with its SHA-256:\n{text}",
            i + 1
        );
        let (status, sealed) = b.get_bytes(&format!("{tip_page}/files/{}", i + 1));
        assert_eq!(status, 200);
        assert!(!contains(&sealed, &data[..20]), "sealed, not plain");
        let (plain, status) = gpg.decrypt(&sealed);
        assert!(plain == **data, "GnuPG gives back file {}", i + 1);
        assert!(status.contains("DECRYPTION_OKAY"));
    }
    // sq too, on the large one.
    let work = tempfile::tempdir().unwrap();
    let (_, sealed) = b.get_bytes(&format!("{tip_page}/files/1"));
    std::fs::write(work.path().join("f.pgp"), &sealed).unwrap();
    std::fs::write(work.path().join("k.asc"), &ana.secret).unwrap();
    let sq = Command::new("sq")
        .args(["decrypt", "--recipient-key"])
        .arg(work.path().join("k.asc"))
        .arg(work.path().join("f.pgp"))
        .output()
        .unwrap();
    assert!(
        sq.status.success(),
        "{}",
        String::from_utf8_lossy(&sq.stderr)
    );
    assert!(sq.stdout == photo, "sq gives back the photo");
    // No third file, and no other team's.
    assert_eq!(b.get_bytes(&format!("{tip_page}/files/3")).0, 404);
    assert_eq!(b.get_bytes(&format!("{tip_page}/files/x")).0, 404);
}

both_backends!(files_reach_the_responder_sealed);

fn a_refused_form_keeps_no_file(backend: Backend) {
    let (mut inst, _) = Instance::with_desk(backend, &["ana"]);
    inst.extra_env
        .push(("TIPLINE_ATTACHMENT_MAX_FILE".into(), "1MiB".into()));
    inst.extra_env
        .push(("TIPLINE_ATTACHMENT_MAX_FILES".into(), "2".into()));
    inst.extra_env
        .push(("TIPLINE_ATTACHMENT_MAX_REPORT".into(), "2MiB".into()));
    let server = inst.serve(&[]);
    let small = evidence(10_000, b"SMALL-FILE");
    let big = evidence(1024 * 1024 + 1, b"BIG-FILE");

    // A file over the limit: the form comes back with what was typed.
    let r = server.report_files(
        &[("details", "kept text one"), ("country", "KH")],
        &[
            ("ok.jpg", "image/jpeg", &small),
            ("video.mp4", "video/mp4", &big),
        ],
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(
        r.body.contains("The file “video.mp4” is larger than 1 MB"),
        "{}",
        r.body
    );
    assert!(r.body.contains("kept text one"));
    assert!(r.body.contains("type=\"file\""));
    // Too many files.
    let r = server.report_files(
        &[("details", "kept text two")],
        &[
            ("1.jpg", "image/jpeg", &small),
            ("2.jpg", "image/jpeg", &small),
            ("3.jpg", "image/jpeg", &small),
        ],
    );
    assert_eq!(r.status, 422);
    assert!(r.body.contains("more than 2 files") && r.body.contains("kept text two"));
    // A chosen file of zero bytes.
    let r = server.report_files(&[("details", "x")], &[("scan.pdf", "application/pdf", b"")]);
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("The file “scan.pdf” is empty"),
        "{}",
        r.body
    );
    // A question for the source: the files must be chosen again.
    let long = "x".repeat(40_000);
    let r = server.report_files(&[("details", &long)], &[("ok.jpg", "image/jpeg", &small)]);
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("Please choose your files again"),
        "{}",
        r.body
    );
    // A forged token.
    let (ctype, body) = multipart_body(
        &[("token", "forged"), ("details", "x"), ("action", "submit")],
        &[("ok.jpg", "image/jpeg", &small)],
    );
    let r = post_with(
        &agent(),
        &server.url("/report"),
        &ctype,
        &body,
        &[("Sec-Fetch-Site", "same-origin"), ("Origin", "null")],
    );
    assert_eq!(r.status, 403);
    // A body declared over every limit is refused before it is read.
    let (ctype, _) = multipart_body(&[], &[]);
    let r = post_with(
        &agent(),
        &server.url("/report"),
        &ctype,
        &vec![b'a'; 4 * 1024 * 1024],
        &[("Sec-Fetch-Site", "same-origin"), ("Origin", "null")],
    );
    assert_eq!(r.status, 413);

    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tips"), 0);
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tip_files"), 0);
    assert_eq!(blobs_in(&inst), 0, "no blob of a refused form");
    let mut at_rest = everything_under(inst.dir.path());
    at_rest.extend(inst.db.dump());
    assert!(!contains(&at_rest, b"SMALL-FILE") && !contains(&at_rest, b"BIG-FILE"));

    // Within the limits it goes through.
    let r = server.report_files(&[("details", "fine")], &[("ok.jpg", "image/jpeg", &small)]);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(blobs_in(&inst), 1);
}

both_backends!(a_refused_form_keeps_no_file);

/// The data directory fills up while a file arrives: the source is told
/// nothing was kept, with what they typed; no tip and no blob are left;
/// once space is back the same form goes through, without a restart.
#[test]
fn a_full_disk_refuses_the_files_and_keeps_nothing() {
    if !can_mount() {
        return;
    }
    let inst = Instance::on_tmpfs(Backend::Sqlite, "16m");
    inst.desk(&["ana"]);
    let server = inst.serve(&[]);
    let photo = evidence(3 * 1024 * 1024, b"PHOTO-ON-A-FULL-DISK");
    inst.storage().fill();
    let r = server.report_files(
        &[("details", "typed before the disk filled")],
        &[("gate.jpg", "image/jpeg", &photo)],
    );
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("typed before the disk filled"));
    assert!(
        r.body.contains("Please choose your files again"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("No space") && !r.body.contains("os error"));
    inst.storage().free();
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tips"), 0);
    let dir = inst.storage().path.join("attachments");
    assert_eq!(std::fs::read_dir(dir.join("partial")).unwrap().count(), 0);
    let r = server.report_files(
        &[("details", "typed again")],
        &[("gate.jpg", "image/jpeg", &photo)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tip_files"), 1);
}
