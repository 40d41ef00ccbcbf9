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

/// Ana, the desk's responder, signed in, and the page of the first tip
/// in her inbox.
fn ana_at_her_tip(inst: &Instance, server: &Server, ana: &Responder) -> (Browser, String) {
    let (mut b, _) = sign_in_responder(inst, server, PASSWORD, "ana@example.org", &ana.fingerprint);
    let inbox = b.get("/responder/inbox").body;
    let tip_page = format!(
        "/responder/tips/{}",
        between(&inbox, "href=\"/responder/tips/", "\"")
    );
    (b, tip_page)
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
    let (mut b, tip_page) = ana_at_her_tip(&inst, &server, ana);
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

    // `tipline open --extract`: the files come out under the names the
    // signed report gives them, checked against its SHA-256s; a sealed
    // file the report does not list is not kept.
    let (_, second) = b.get_bytes(&format!("{tip_page}/files/2"));
    std::fs::write(work.path().join("f2.pgp"), &second).unwrap();
    std::fs::write(work.path().join("tip.asc"), &report).unwrap();
    std::fs::write(work.path().join("instance.asc"), inst.instance_cert()).unwrap();
    let open = |extra: &[&str]| {
        Command::new(BIN)
            .current_dir(work.path())
            .args([
                "open",
                "tip.asc",
                "--key",
                "k.asc",
                "--instance-cert",
                "instance.asc",
            ])
            .args(extra)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap()
    };
    let out = open(&["--extract", "out", "f.pgp", "f2.pgp"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("== Files (2) =="));
    assert!(std::fs::read(work.path().join("out/1-east gate.jpg")).unwrap() == photo);
    assert!(std::fs::read(work.path().join("out/2-ဖုန်း chat.png")).unwrap() == chat);
    // Again: nothing is replaced.
    assert!(!open(&["--extract", "out", "f.pgp"]).status.success());
    // A file sealed to the responder but not listed by this report.
    std::fs::write(work.path().join("stranger.txt"), b"not from this report").unwrap();
    let sealed = Command::new("sq")
        .current_dir(work.path())
        .args([
            "encrypt",
            "--compression",
            "none",
            "--recipient-cert",
            "k.asc",
        ])
        .args(["-o", "f3.pgp", "stranger.txt"])
        .status()
        .unwrap();
    assert!(sealed.success());
    let out = open(&["--extract", "out2", "f3.pgp"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("NOT KEPT"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_dir(work.path().join("out2")).unwrap().count(),
        0
    );
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

/// Photos of the same 64×48 picture as JPEG, PNG and WebP, made by Pillow,
/// with GPS, camera and author data written by ExifTool: (name, type, bytes).
fn photos_with_metadata(dir: &std::path::Path) -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let make = Command::new("/usr/bin/python3")
        .current_dir(dir)
        .args([
            "-c",
            "from PIL import Image\nimport random\nrandom.seed(7)\n\
             im=Image.new('RGB',(64,48))\n\
             im.putdata([(random.randrange(256),random.randrange(256),random.randrange(256)) for _ in range(64*48)])\n\
             im.save('gate.jpg',quality=90); im.save('gate.png'); im.save('gate.webp',lossless=True)",
        ])
        .status()
        .expect("python3 with Pillow (scripts/setup installs it)");
    assert!(make.success());
    // A HEIC photo as phones take them (HEVC in a HEIF file), by libheif.
    let heic = Command::new("heif-enc")
        .current_dir(dir)
        .args(["-q", "90", "gate.png", "-o", "gate.heic"])
        .output()
        .expect("heif-enc (scripts/setup installs libheif-examples)");
    assert!(
        heic.status.success(),
        "{}",
        String::from_utf8_lossy(&heic.stderr)
    );
    let tag = Command::new("exiftool")
        .current_dir(dir)
        .args([
            "-q",
            "-overwrite_original",
            "-GPSLatitude=16.7967",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=96.1527",
            "-GPSLongitudeRef=E",
            "-Make=Xiaomi",
            "-Model=Redmi 9A",
            "-XMP-dc:Creator=Ko Aung",
            "gate.jpg",
            "gate.png",
            "gate.webp",
            "gate.heic",
        ])
        .status()
        .expect("exiftool (scripts/setup installs it)");
    assert!(tag.success());
    // Taken with the phone held upright: shown turned a quarter.
    let turned = Command::new("exiftool")
        .current_dir(dir)
        .args(["-q", "-overwrite_original", "-Orientation#=6", "gate.jpg"])
        .status()
        .unwrap();
    assert!(turned.success());
    [
        ("gate.jpg", "image/jpeg"),
        ("gate.png", "image/png"),
        ("gate.webp", "image/webp"),
        ("gate.heic", "image/heic"),
    ]
    .into_iter()
    .map(|(n, t)| (n, t, std::fs::read(dir.join(n)).unwrap()))
    .collect()
}

/// What ExifTool finds in `file` of the metadata written above.
fn metadata_found(file: &std::path::Path) -> Vec<&'static str> {
    let out = Command::new("exiftool")
        .args(["-a", "-G1", "-s"])
        .arg(file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    [
        "GPSLatitude",
        "GPSLongitude",
        "Redmi 9A",
        "Xiaomi",
        "Ko Aung",
    ]
    .into_iter()
    .filter(|t| text.contains(t))
    .collect()
}

/// Whether Pillow decodes `a` and `b` to the same pixels (a HEIC file
/// decoded by libheif first).
fn same_pixels(a: &std::path::Path, b: &std::path::Path) -> bool {
    let decoded = |p: &std::path::Path| {
        if p.extension().is_some_and(|e| e == "heic") {
            let png = p.with_extension("decoded.png");
            let ok = Command::new("heif-convert")
                .arg(p)
                .arg(&png)
                .output()
                .unwrap()
                .status
                .success();
            assert!(ok, "libheif decodes {}", p.display());
            png
        } else {
            p.to_owned()
        }
    };
    let (a, b) = (decoded(a), decoded(b));
    Command::new("/usr/bin/python3")
        .args([
            "-c",
            "import sys\nfrom PIL import Image\n\
             a,b=(Image.open(p).convert('RGB').tobytes() for p in sys.argv[1:3])\n\
             sys.exit(0 if a==b else 1)",
        ])
        .arg(a)
        .arg(b)
        .status()
        .unwrap()
        .success()
}

fn photo_metadata_goes_unless_the_source_keeps_it(backend: Backend) {
    let (inst, rs) = Instance::with_desk(backend, &["ana"]);
    let server = inst.serve(&[]);
    let ana = &rs[0];
    let work = tempfile::tempdir().unwrap();
    let photos = photos_with_metadata(work.path());
    for (name, _, data) in &photos {
        assert_eq!(
            metadata_found(&work.path().join(name)).len(),
            5,
            "{name} carries the metadata before it is sent"
        );
        assert!(!data.is_empty());
    }
    // The form offers the choice, "remove" chosen, before the file input.
    let form = server.get("/").body;
    let remove = form
        .find("name=\"photo_data\" value=\"remove\" checked")
        .expect("remove is chosen");
    assert!(form.contains("name=\"photo_data\" value=\"keep\">"));
    assert!(remove < form.find("type=\"file\"").unwrap());

    let document = b"%PDF-1.4 the recruiter's contract".to_vec();
    let mut files: Vec<(&str, &str, &[u8])> = photos
        .iter()
        .map(|(n, t, d)| (*n, *t, d.as_slice()))
        .collect();
    files.push(("contract.pdf", "application/pdf", &document));
    let r = server.report_files(
        &[("details", "photos of the gate"), ("photo_data", "remove")],
        &files,
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let kept = server.report_files(
        &[
            ("details", "the same photo, kept whole"),
            ("photo_data", "keep"),
        ],
        &files[..1],
    );
    assert_eq!(kept.status, 200, "{}", kept.body);

    let (mut b, _) = sign_in_responder(
        &inst,
        &server,
        PASSWORD,
        "ana@example.org",
        &ana.fingerprint,
    );
    let gpg = Gpg::new(&[&ana.secret, &inst.instance_cert()]);
    let inbox = b.get("/responder/inbox").body;
    let tips: Vec<String> = inbox
        .split("href=\"/responder/tips/")
        .skip(1)
        .map(|s| format!("/responder/tips/{}", &s[..s.find('"').unwrap()]))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(tips.len(), 2, "{inbox}");
    let mut seen_removed = false;
    let mut seen_kept = false;
    for tip in &tips {
        let (_, report) = b.get_bytes(&format!("{tip}/tip.asc"));
        let text = String::from_utf8(gpg.decrypt(&report).0).unwrap();
        if text.contains("photos of the gate") {
            seen_removed = true;
            assert_eq!(
                text.matches("Photo metadata: removed by Tipline").count(),
                4,
                "{text}"
            );
            assert_eq!(
                text.matches("\"metadata\": \"removed\"").count(),
                4,
                "{text}"
            );
            assert!(
                text.contains(
                    "Photo metadata: not removed: Tipline does not clean this kind of file"
                ),
                "{text}"
            );
            for (i, (name, _, sent)) in photos.iter().enumerate() {
                let (status, sealed) = b.get_bytes(&format!("{tip}/files/{}", i + 1));
                assert_eq!(status, 200);
                let (plain, _) = gpg.decrypt(&sealed);
                // (A WebP or HEIC keeps its length: its metadata becomes zeros.)
                assert!(
                    plain.len() <= sent.len() && plain != *sent,
                    "{name}: metadata taken out"
                );
                use sha2::Digest;
                assert!(
                    text.contains(&hex(&sha2::Sha256::digest(&plain))),
                    "the report names the bytes stored"
                );
                let got = work.path().join(format!("got-{name}"));
                std::fs::write(&got, &plain).unwrap();
                assert_eq!(metadata_found(&got), Vec::<&str>::new(), "{name}");
                if name.ends_with(".jpg") {
                    let o = Command::new("exiftool")
                        .args(["-s3", "-Orientation"])
                        .arg(&got)
                        .output()
                        .unwrap();
                    assert_eq!(
                        String::from_utf8_lossy(&o.stdout).trim(),
                        "Rotate 90 CW",
                        "the one EXIF tag kept: which way up the picture is shown"
                    );
                }
                assert!(
                    same_pixels(&work.path().join(name), &got),
                    "{name}: the picture is unchanged"
                );
            }
            let (_, sealed) = b.get_bytes(&format!("{tip}/files/5"));
            assert!(gpg.decrypt(&sealed).0 == document, "other files as sent");
        } else {
            seen_kept = true;
            assert!(
                text.contains("Photo metadata: kept as sent, at the source's choice"),
                "{text}"
            );
            let (_, sealed) = b.get_bytes(&format!("{tip}/files/1"));
            assert!(gpg.decrypt(&sealed).0 == photos[0].2, "kept whole");
        }
    }
    assert!(seen_removed && seen_kept);
}

both_backends!(photo_metadata_goes_unless_the_source_keeps_it);

fn a_source_adds_files_later(backend: Backend) {
    let (inst, rs) = Instance::with_desk(backend, &["ana"]);
    let server = inst.serve(&[]);
    let ana = &rs[0];
    let first = evidence(30_000, b"FIRST-PHOTO");
    let r = server.report_files(
        &[("details", "the compound by the river")],
        &[("first.bin", "application/octet-stream", &first)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let codename = codename_of(&r.body);

    // Without a session, files are not even sealed.
    let mut stranger = Browser::new(&server.url(""));
    let nobody = stranger.post_followup_files(
        &[("csrf", "x"), ("lang", "en"), ("info", "typed")],
        &[("late.bin", "application/octet-stream", &first)],
    );
    assert_eq!(nobody.status, 401, "{}", nobody.body);
    assert!(nobody.body.contains("typed"), "what was typed comes back");
    assert_eq!(blobs_in(&inst), 1);

    // The source comes back with the codename: the add form takes files.
    let mut src = Browser::new(&server.url(""));
    let page = src.get("/followup");
    let token = hidden(&page.body, "token");
    let opened = src.post("/followup", &[("token", &token), ("codename", &codename)]);
    assert_eq!(opened.status, 200, "{}", opened.body);
    assert!(opened.body.contains("enctype=\"multipart/form-data\""));
    assert!(opened.body.contains("type=\"file\""));
    let csrf = hidden(&opened.body, "csrf");
    let second = evidence(2_000_000, b"SECOND-PHOTO");
    let third = evidence(5_000, b"VOICE-NOTE");
    let added = src.post_followup_files(
        &[
            ("csrf", &csrf),
            ("lang", "en"),
            ("info", "ADDED-WITH-FILES two more"),
            ("photo_data", "remove"),
        ],
        &[
            ("second.bin", "application/octet-stream", &second),
            ("voice.ogg", "audio/ogg", &third),
        ],
    );
    assert_eq!(added.status, 200, "{}", added.body);
    assert!(
        added.body.contains("Your 2 files were added too"),
        "{}",
        added.body
    );
    // Files alone, with nothing typed.
    let csrf = hidden(&added.body, "csrf");
    let fourth = evidence(7_000, b"FOURTH-FILE");
    let alone = src.post_followup_files(
        &[("csrf", &csrf), ("lang", "en"), ("info", "")],
        &[("fourth.bin", "application/octet-stream", &fourth)],
    );
    assert_eq!(alone.status, 200, "{}", alone.body);
    assert!(
        alone.body.contains("Your file was added too"),
        "{}",
        alone.body
    );
    // Nothing at all is still refused.
    let csrf = hidden(&alone.body, "csrf");
    let empty = src.post_followup_files(&[("csrf", &csrf), ("lang", "en"), ("info", " ")], &[]);
    assert_eq!(empty.status, 422, "{}", empty.body);
    // A forged CSRF token keeps no file.
    let forged = src.post_followup_files(
        &[("csrf", "forged"), ("lang", "en"), ("info", "x")],
        &[("x.bin", "application/octet-stream", &fourth)],
    );
    assert_eq!(forged.status, 403);
    assert_eq!(blobs_in(&inst), 4);
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tip_files"), 4);
    let mut at_rest = everything_under(inst.dir.path());
    at_rest.extend(inst.db.dump());
    for secret in [
        &b"SECOND-PHOTO"[..],
        b"VOICE-NOTE",
        b"voice.ogg",
        b"ADDED-WITH-FILES",
    ] {
        assert!(!contains(&at_rest, secret));
        assert!(!contains(server.logs().as_bytes(), secret));
    }

    // The responder gets files 2 to 4, numbered after the report's, and
    // the addition lists them.
    let (mut b, tip_page) = ana_at_her_tip(&inst, &server, ana);
    let page = b.get(&tip_page).body;
    assert!(page.contains("Files sent with this tip (4)"), "{page}");
    let gpg = Gpg::new(&[&ana.secret, &inst.instance_cert()]);
    for (n, data) in [(1, &first), (2, &second), (3, &third), (4, &fourth)] {
        let (status, sealed) = b.get_bytes(&format!("{tip_page}/files/{n}"));
        assert_eq!(status, 200);
        assert!(gpg.decrypt(&sealed).0 == *data, "file {n}");
    }
    let messages: Vec<String> = page
        .split("/messages/")
        .skip(1)
        .map(|s| format!("{tip_page}/messages/{}", &s[..s.find('"').unwrap()]))
        .collect();
    let texts: Vec<String> = messages
        .iter()
        .map(|m| String::from_utf8(gpg.decrypt(&b.get_bytes(m).1).0).unwrap())
        .collect();
    let with_files = texts
        .iter()
        .find(|t| t.contains("ADDED-WITH-FILES"))
        .expect("the addition");
    assert!(with_files.contains("== Files (2) =="), "{with_files}");
    assert!(with_files.contains("2. second.bin (application/octet-stream, 2000000 bytes)"));
    assert!(with_files.contains("3. voice.ogg (audio/ogg, 5000 bytes)"));
    assert!(
        texts.iter().any(|t| t.contains("4. fourth.bin")),
        "{texts:?}"
    );
}

both_backends!(a_source_adds_files_later);

fn a_stalled_upload_leaves_nothing(backend: Backend) {
    use std::io::{Read, Write};
    let (mut inst, _) = Instance::with_desk(backend, &["ana"]);
    inst.extra_env
        .push(("TIPLINE_UPLOAD_IDLE_SECS".into(), "1".into()));
    let server = inst.serve(&[]);
    let token = token_of(&server.get("/").body);
    let file = evidence(3 * 1024 * 1024, b"HALF-SENT-VIDEO");
    let (ctype, body) = multipart_body(
        &[
            ("token", &token),
            ("details", "the upload stops"),
            ("action", "submit"),
        ],
        &[("video.mp4", "video/mp4", &file)],
    );
    // The connection sends the headers and half the body, then nothing.
    let mut tcp = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        tcp,
        "POST /report HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nSec-Fetch-Site: same-origin\r\n\r\n",
        server.port,
        body.len()
    )
    .unwrap();
    tcp.write_all(&body[..body.len() / 2]).unwrap();
    tcp.flush().unwrap();
    // A partial blob exists while the upload goes on…
    let mut saw_partial = false;
    for _ in 0..50 {
        if blobs_in(&inst) > 0 {
            saw_partial = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(saw_partial, "the upload was being sealed");
    // …and after a second without a byte the server answers and drops it.
    tcp.set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    let mut answer = Vec::new();
    let _ = tcp.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(!answer.contains("codename"), "never a receipt");
    assert_eq!(blobs_in(&inst), 0, "no blob left behind");
    assert_eq!(count_rows(&inst, "SELECT COUNT(*) FROM tips"), 0);
    // The next report goes through.
    let r = server.report_files(
        &[("details", "again")],
        &[("a.bin", "application/octet-stream", &file[..1000])],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(blobs_in(&inst), 1);
}

both_backends!(a_stalled_upload_leaves_nothing);
