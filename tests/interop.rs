//! Sealing and interop, end to end through the real binary: a report with
//! a canary in every free-text field is readable by GnuPG, sq and RNP with
//! the responder's key, signed by the instance, valid against the JSON
//! Schema — and the canary is nowhere at rest or in the logs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;
use sequoia_openpgp::parse::Parse;
use std::process::Command;

/// Splits a decrypted MIME entity into (headers, body) parts.
fn mime_parts(entity: &str) -> Vec<(String, String)> {
    let b = entity
        .split("boundary=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("boundary");
    let delim = format!("--{b}");
    entity
        .split(&delim)
        .skip(1)
        .filter(|p| !p.starts_with("--"))
        .map(|p| {
            let p = p.trim_start_matches("\r\n");
            let (h, body) = p.split_once("\r\n\r\n").unwrap();
            (
                h.to_owned(),
                body.strip_suffix("\r\n").unwrap_or(body).to_owned(),
            )
        })
        .collect()
}

fn canary_fields(c: &str) -> Vec<(String, String)> {
    // Short enough for the tightest limit (age: 20 characters).
    let mut v: Vec<(String, String)> = tipline::report::TEXT_FIELDS
        .iter()
        .enumerate()
        .map(|(n, (f, _))| (f.to_string(), format!("{c}.{n}")))
        .collect();
    for i in 0..2 {
        for (n, (f, _)) in tipline::report::PERSON_FIELDS.iter().enumerate() {
            v.push((format!("p{i}_{f}"), format!("{c}.p{i}{n}")));
        }
        v.push((format!("p{i}_nationality"), "NG".into()));
    }
    v.push(("people_count".into(), "2".into()));
    v.extend(
        [
            ("role", "family"),
            ("danger", "yes"),
            ("country", "MM"),
            ("passports", "yes"),
            ("consent_ngo", "yes"),
            ("lang", "my"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned())),
    );
    v
}

fn sealed_report_is_readable_everywhere_and_nowhere_at_rest(backend: Backend) {
    if !(tool("gpg") && tool("sq") && tool("rnp")) {
        return;
    }
    let (inst, mut rs) = Instance::with_desk(backend, &["alice"]);
    let r = rs.remove(0);
    let server = inst.serve(&[]);

    let canary = format!("CNRY{}", hex(&rand_bytes::<4>()));
    let fields = canary_fields(&canary);
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let resp = server.report(&pairs);
    assert_eq!(resp.status, 200, "{}", resp.body);
    let codename = codename_of(&resp.body);
    assert_eq!(codename.split(' ').count(), 7);

    let ids = tip_ids(&inst);
    assert_eq!(ids.len(), 1);
    let armored = inst.ok(&["tip", "export", &ids[0]]);
    assert!(armored.starts_with("-----BEGIN PGP MESSAGE-----"));

    // GnuPG 2.2: decrypts, and the instance signature is good.
    let instance_cert = inst.instance_cert();
    let gpg = Gpg::new(&[&r.secret, &instance_cert]);
    let (plain, status) = gpg.decrypt(armored.as_bytes());
    assert!(
        status.contains("[GNUPG:] GOODSIG"),
        "instance signature must verify: {status}"
    );
    let plain = String::from_utf8(plain).unwrap();
    let parts = mime_parts(&plain);
    assert_eq!(parts.len(), 3);
    assert!(parts[0].0.contains("text/plain"));
    assert!(parts[1].0.contains("application/json"));
    // The instance key travels with the report, for those who pinned only
    // its fingerprint: it is the instance's own.
    assert!(parts[2].0.contains("application/pgp-keys"));
    let carried = sequoia_openpgp::Cert::from_bytes(parts[2].1.as_bytes()).unwrap();
    let instance = sequoia_openpgp::Cert::from_bytes(instance_cert.as_bytes()).unwrap();
    assert_eq!(carried.fingerprint(), instance.fingerprint());
    for (name, value) in fields.iter().filter(|(_, v)| v.starts_with(&canary)) {
        assert!(
            parts[0].1.contains(value.as_str()),
            "text part lacks {name}"
        );
    }
    let json: serde_json::Value = serde_json::from_str(&parts[1].1).unwrap();
    let value_of = |name: &str| {
        fields
            .iter()
            .find(|(f, _)| f == name)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    assert_eq!(json["details"], value_of("details"));
    assert_eq!(json["people"][1]["contact"], value_of("p1_contact"));
    assert_eq!(json["location"]["building"], value_of("building"));
    assert_eq!(json["people"][0]["nationality"], "NG");
    assert_eq!(json["form_language"], "my");
    assert_eq!(json["consent"]["ngo"], true);
    assert_eq!(json["consent"]["police"], false);
    assert_eq!(json["tip_id"], ids[0].as_str());

    // The JSON part follows the committed schema.
    let scratch = tempfile::tempdir().unwrap();
    let put = |name: &str, data: &[u8]| {
        let p = scratch.path().join(name);
        std::fs::write(&p, data).unwrap();
        p.display().to_string()
    };
    let json_path = put("report.json", parts[1].1.as_bytes());
    let check = Command::new("/usr/bin/python3")
        .args([
            "-c",
            "import json,sys,jsonschema; s=json.load(open(sys.argv[1])); jsonschema.Draft202012Validator.check_schema(s); jsonschema.validate(json.load(open(sys.argv[2])), s, format_checker=jsonschema.FormatChecker())",
            concat!(env!("CARGO_MANIFEST_DIR"), "/schema/report-v1.json"),
            &json_path,
        ])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "schema validation: {}",
        String::from_utf8_lossy(&check.stderr)
    );

    // The source key named in the report is the one stored for the source.
    let fpr = json["source_key_fingerprint"].as_str().unwrap();
    assert_eq!(fpr.len(), 40);

    // Sequoia sq and RNP read it too, and find the instance signature good.
    let msg = put("tip.asc", armored.as_bytes());
    let sec = put("alice.sec.asc", r.secret.as_bytes());
    let inst_cert = put("instance.pub.asc", instance_cert.as_bytes());
    let sq = Command::new("sq")
        .args([
            "decrypt",
            "--recipient-key",
            &sec,
            "--signer-cert",
            &inst_cert,
            &msg,
        ])
        .output()
        .unwrap();
    assert!(
        sq.status.success(),
        "sq: {}",
        String::from_utf8_lossy(&sq.stderr)
    );
    assert!(contains(&sq.stdout, value_of("details").as_bytes()));
    let rnp_home = tempfile::tempdir().unwrap();
    let keys = put(
        "rnp-keys.asc",
        format!("{}\n{}", r.secret, instance_cert).as_bytes(),
    );
    let rnp = Command::new("rnp")
        .args([
            "--homedir",
            &rnp_home.path().display().to_string(),
            "--keyfile",
            &keys,
            "-d",
            &msg,
            "--output",
            "-",
        ])
        .output()
        .unwrap();
    assert!(
        rnp.status.success(),
        "rnp: {}",
        String::from_utf8_lossy(&rnp.stderr)
    );
    assert!(contains(&rnp.stdout, value_of("details").as_bytes()));
    assert!(
        contains(&sq.stderr, b"1 good signature"),
        "sq: {}",
        String::from_utf8_lossy(&sq.stderr)
    );
    assert!(
        contains(&rnp.stderr, b"Signature(s) verified successfully"),
        "rnp: {}",
        String::from_utf8_lossy(&rnp.stderr)
    );

    // Nothing at rest, nothing in the logs: not the canary, not the choice
    // values (nationality names, consent), not the codename.
    drop(server);
    let logs = all_files(inst.dir.path()).into_iter().collect::<Vec<u8>>();
    let db = inst.db.dump();
    for hay in [&db, &logs] {
        assert!(
            !contains(hay, canary.as_bytes()),
            "canary found at rest or in logs"
        );
        assert!(
            !contains(hay, b"Nigeria") && !contains(hay, b"\"NG\"") && !contains(hay, b"consent")
        );
        assert!(!contains(hay, codename.as_bytes()), "codename stored");
    }
}

/// Consent filters recipients before sealing: no PKESK for a police
/// responder when the source did not consent to police.
fn consent_is_enforced_in_the_packets(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Operator desk", "--kind", "operator"]);
    inst.ok(&["team", "add", "Helpers", "--kind", "ngo"]);
    inst.ok(&["team", "add", "Liaison", "--kind", "police"]);
    let op = inst.responder("Operator desk", "op");
    let ngo = inst.responder("Helpers", "ngo");
    let police = inst.responder("Liaison", "cop");
    inst.ok(&[
        "route",
        "add",
        "--name",
        "All",
        "--team",
        "Operator desk",
        "--team",
        "Helpers",
        "--team",
        "Liaison",
        "--default",
    ]);
    let server = inst.serve(&[]);

    let resp = server.report(&[("details", "consent test"), ("consent_ngo", "yes")]);
    assert_eq!(resp.status, 200, "{}", resp.body);
    let resp = server.report(&[("details", "consent test 2"), ("consent_police", "yes")]);
    assert_eq!(resp.status, 200, "{}", resp.body);
    let mut seen = Vec::new();
    for id in tip_ids(&inst) {
        let msg = inst.ok(&["tip", "export", &id]);
        seen.push(pkesk_recipients(msg.as_bytes()));
    }
    let has =
        |set: &Vec<String>, r: &Responder| r.encryption_keyids().iter().any(|k| set.contains(k));
    let no_police = seen
        .iter()
        .find(|s| has(s, &ngo))
        .expect("the NGO-consent report");
    assert!(
        has(no_police, &op) && !has(no_police, &police),
        "police got a report without consent"
    );
    let police_ok = seen
        .iter()
        .find(|s| has(s, &police))
        .expect("the police-consent report");
    assert!(
        has(police_ok, &op) && !has(police_ok, &ngo),
        "NGO got a report without consent"
    );
}

/// Reports of different lengths within a size bucket seal to the same size.
fn padding_hides_length(backend: Backend) {
    let (inst, _) = Instance::with_desk(backend, &["alice", "bob"]);
    let server = inst.serve(&[]);
    // All three fit the smallest bucket (8 KiB) with the text part, the
    // JSON part and the instance key the entity carries.
    for details in ["short", &"a longer report ".repeat(100), &"ကခဂ".repeat(200)] {
        assert_eq!(server.report(&[("details", details)]).status, 200);
    }
    let sizes: Vec<usize> = tip_ids(&inst)
        .iter()
        .map(|id| inst.ok(&["tip", "export", id]).len())
        .collect();
    assert_eq!(sizes.len(), 3);
    assert!(
        sizes.iter().all(|s| *s == sizes[0]),
        "sealed sizes differ: {sizes:?}"
    );
    assert_eq!(
        server.report(&[("details", &"x".repeat(19_000))]).status,
        200
    );
    let bigger = tip_ids(&inst)
        .iter()
        .map(|id| inst.ok(&["tip", "export", id]).len())
        .max()
        .unwrap();
    assert!(bigger > sizes[0], "a report past the bucket is larger");
}

/// No stored value equals the PRK or the key seed derived from the codename;
/// the lookup value (derived the same way) is stored, so the search works.
fn codename_secrets_are_never_stored(backend: Backend) {
    use hkdf::Hkdf;
    use sha2::Sha256;
    let (inst, _) = Instance::with_desk(backend, &["alice"]);
    let server = inst.serve(&[]);
    let resp = server.report(&[("details", "hello")]);
    let codename = codename_of(&resp.body);
    let secret = inst.instance_secret();
    let (prk, hk) = Hkdf::<Sha256>::extract(Some(&secret), codename.as_bytes());
    let mut lookup = [0u8; 32];
    let mut seed = [0u8; 32];
    hk.expand(b"lookup v1", &mut lookup).unwrap();
    hk.expand(b"source key v1", &mut seed).unwrap();
    drop(server);
    let db = inst.db.dump();
    let forms = |b: &[u8]| {
        vec![
            b.to_vec(),
            hex(b).into_bytes(),
            hex(b).to_uppercase().into_bytes(),
        ]
    };
    assert!(
        forms(&lookup).iter().any(|f| contains(&db, f)),
        "the lookup value should be stored (positive control)"
    );
    for f in forms(&prk).into_iter().chain(forms(&seed)) {
        assert!(!contains(&db, &f), "PRK or seed stored");
    }
}

/// `tipline open` on the responder's machine: no configuration or
/// database, the key (passphrase-protected too), the pinned instance
/// identity given as a certificate or as a fingerprint.
fn tipline_open(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tipline"));
    c.current_dir(dir).arg("open").args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("TIPLINE_") || k == "DATABASE_URL" {
            c.env_remove(k);
        }
    }
    c.stdin(std::process::Stdio::null()).output().unwrap()
}

/// Runs the shell command `cmd` in `dir` at a pseudo-terminal (util-linux's
/// `script`), typing `keys` once a prompt is up (the terminal echoes what
/// comes before).
fn at_terminal(dir: &std::path::Path, cmd: &str, keys: &[u8]) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new("script")
        .args(["-qec", cmd, "/dev/null"])
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_secs(2));
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(keys).unwrap();
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    out
}

fn open_reads_exports_and_mail_and_checks_the_pin(backend: Backend) {
    let canary = format!("OPEN{}", hex(&rand_bytes::<4>()));
    let (inst, mut rs) = Instance::with_desk(backend, &["alice"]);
    let alice = rs.remove(0);
    let server = inst.serve(&[]);
    let r = server.report(&[
        ("details", &format!("{canary} ကခဂ 园区")),
        ("country", "MM"),
    ]);
    assert_eq!(r.status, 200);
    let tip = tip_ids(&inst).remove(0);
    // The responder's machine: a directory with no database and no keys of the instance.
    let home = tempfile::tempdir().unwrap();
    let put = |name: &str, data: &[u8]| {
        let p = home.path().join(name);
        std::fs::write(&p, data).unwrap();
        p.display().to_string()
    };
    let exported = put("tip.asc", inst.ok(&["tip", "export", &tip]).as_bytes());
    let key = put("alice.sec.asc", alice.secret.as_bytes());
    let instance = put("instance.asc", inst.instance_cert().as_bytes());
    let fp = sequoia_openpgp::Cert::from_bytes(inst.instance_cert().as_bytes())
        .unwrap()
        .fingerprint()
        .to_spaced_hex();
    // With the pinned certificate, and with the pinned fingerprint alone.
    for pin in [
        ["--instance-cert", instance.as_str()],
        ["--instance-fingerprint", fp.as_str()],
    ] {
        let out = tipline_open(home.path(), &[&exported, "--key", &key, pin[0], pin[1]]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains(&canary) && text.contains("ကခဂ 园区"),
            "{text}"
        );
        assert!(text.contains("Myanmar"), "the text part: {text}");
    }
    let out = tipline_open(
        home.path(),
        &[
            &exported,
            "--key",
            &key,
            "--instance-cert",
            &instance,
            "--json",
        ],
    );
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["tip_id"], tip.as_str());
    assert!(json["details"].as_str().unwrap().contains(&canary));

    // A saved e-mail (written as .eml without SMTP) opens the same way.
    assert!(wait_until(30, || std::fs::read_dir(
        inst.dir.path().join("data/mail")
    )
    .map(|d| d
        .flatten()
        .any(|e| e.path().extension().is_some_and(|x| x == "eml")))
    .unwrap_or(false)));
    let eml = std::fs::read_dir(inst.dir.path().join("data/mail"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "eml"))
        .unwrap();
    let saved = put("saved.eml", &std::fs::read(eml).unwrap());
    let out = tipline_open(
        home.path(),
        &[&saved, "--key", &key, "--instance-fingerprint", &fp],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(&canary));

    // No pin: refused, because the message's own key proves nothing.
    let out = tipline_open(home.path(), &[&exported, "--key", &key]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("proves nothing"));
    // A report signed by another key: refused with a clear message, both ways.
    let other = Instance::new(backend);
    let other_cert = put(
        "other-instance.asc",
        {
            other.ok(&["team", "add", "X", "--kind", "operator"]);
            drop(other.serve(&[]));
            other.instance_cert()
        }
        .as_bytes(),
    );
    let out = tipline_open(
        home.path(),
        &[&exported, "--key", &key, "--instance-cert", &other_cert],
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not signed by the pinned instance key"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let other_fp = sequoia_openpgp::Cert::from_bytes(other.instance_cert().as_bytes())
        .unwrap()
        .fingerprint()
        .to_hex();
    let out = tipline_open(
        home.path(),
        &[
            &exported,
            "--key",
            &key,
            "--instance-fingerprint",
            &other_fp,
        ],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not the pinned one"));
    // Someone else's key cannot open it.
    let mallory = put(
        "mallory.sec.asc",
        Responder::generate("mallory").secret.as_bytes(),
    );
    let out = tipline_open(
        home.path(),
        &[&exported, "--key", &mallory, "--instance-cert", &instance],
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not encrypted to your key"));

    // A passphrase-protected key: from a file here (a terminal asks otherwise).
    let locked = alice.locked_secret("correct horse");
    let locked = put("locked.sec.asc", locked.as_bytes());
    let out = tipline_open(
        home.path(),
        &[&exported, "--key", &locked, "--instance-cert", &instance],
    );
    assert!(!out.status.success(), "no terminal, no passphrase file");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--passphrase-file"));
    let wrong = put("wrong.txt", b"not it\n");
    let out = tipline_open(
        home.path(),
        &[
            &exported,
            "--key",
            &locked,
            "--instance-cert",
            &instance,
            "--passphrase-file",
            &wrong,
        ],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not unlock"));
    let right = put("right.txt", b"correct horse\n");
    let out = tipline_open(
        home.path(),
        &[
            &exported,
            "--key",
            &locked,
            "--instance-cert",
            &instance,
            "--passphrase-file",
            &right,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(&canary));
    // At a terminal (a pseudo-terminal from util-linux's `script`), the
    // passphrase is asked for and not echoed.
    if tool("script") {
        let cmd = format!(
            "{} open {exported} --key {locked} --instance-cert {instance}",
            env!("CARGO_BIN_EXE_tipline")
        );
        // A slip corrected with the erase key (DEL, the pty's default).
        let out = at_terminal(home.path(), &cmd, b"correct horsx\x7fe\n");
        let shown = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{shown}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(shown.contains("Passphrase of the secret key:"), "{shown}");
        assert!(shown.contains(&canary), "{shown}");
        assert!(
            !shown.contains("correct hors"),
            "the passphrase is not echoed: {shown}"
        );
        // Ctrl-C at the prompt cancels it and leaves the terminal as it
        // was (echo, line editing and signal keys on), as `stty` run
        // after it in the same terminal shows.
        let cmd = format!("{cmd}; echo status=$?; stty -a");
        let out = at_terminal(home.path(), &cmd, b"half typed\x03");
        let shown = String::from_utf8_lossy(&out.stdout);
        assert!(shown.contains("cancelled"), "{shown}");
        assert!(
            shown.contains("status=") && !shown.contains("status=0"),
            "{shown}"
        );
        assert!(!shown.contains("half typed"), "{shown}");
        assert!(!shown.contains(&canary), "{shown}");
        let flags: Vec<&str> = shown.split_whitespace().collect();
        for on in ["echo", "icanon", "isig"] {
            assert!(flags.contains(&on), "{on} restored: {shown}");
        }
    }
    // Nothing was written on the responder's machine but what the test put there.
    let names: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n == "data" || n == "keys"),
        "{names:?}"
    );
}

both_backends!(
    open_reads_exports_and_mail_and_checks_the_pin,
    sealed_report_is_readable_everywhere_and_nowhere_at_rest,
    consent_is_enforced_in_the_packets,
    padding_hides_length,
    codename_secrets_are_never_stored,
);
