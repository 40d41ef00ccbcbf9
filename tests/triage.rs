//! Triage over HTTP, on SQLite and PostgreSQL: each team sees only the
//! tips sent to it and keeps its own status, assignee, labels and sealed
//! notes; downloads decrypt with GnuPG; every responder route refuses the
//! anonymous and hides other teams' tips; typed text is rendered inert.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;

const CANARY: &str = "CANARY-triage-5d1c";
const NOTE_CANARY: &str = "NOTE-CANARY-91ab";
const XSS: &str = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
const PASSWORD: &str = "monsoon harbour kite lamp";

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A responder with a login, signed in.
struct Member {
    key: Responder,
    browser: Browser,
}

fn team_id(inst: &Instance, name: &str) -> String {
    inst.ok(&["team", "list"])
        .lines()
        .find(|l| l.ends_with(name))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// Registers and vets a key for `name` in `team`, invites a login for it,
/// enrols and logs in.
fn member(inst: &Instance, s: &Server, team: &str, name: &str) -> Member {
    let key = inst.responder(team, name);
    let email = format!("{name}@example.org");
    let path = invite_path(&inst.ok(&[
        "admin",
        "invite",
        "--email",
        &email,
        "--role",
        "responder",
        "--responder",
        &key.fingerprint,
    ]));
    let mut browser = Browser::new(&s.url(""));
    let e = enrol(&mut browser, &path, PASSWORD, now(), None);
    let r = login(&mut browser, &email, PASSWORD, &e.code_at(now() + 30));
    assert_eq!(r.status, 303, "{}", r.body);
    Member { key, browser }
}

/// The tip pages linked from an inbox page.
fn tip_links(html: &str) -> Vec<String> {
    html.split("href=\"/responder/tips/")
        .skip(1)
        .map(|s| format!("/responder/tips/{}", &s[..s.find('"').unwrap()]))
        .collect()
}

/// The tip id in a tip page's path (`/responder/tips/TIP/TEAM`).
fn tip_of_path(path: &str) -> &str {
    path.trim_start_matches("/responder/tips/")
        .split('/')
        .next()
        .unwrap()
}

fn teams_triage_only_their_own_tips(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Embassy desk", "--kind", "embassy"]);
    inst.ok(&["team", "add", "Rescue NGO", "--kind", "ngo"]);
    inst.ok(&[
        "route",
        "add",
        "--name",
        "Myanmar",
        "--team",
        "Embassy desk",
        "--team",
        "Rescue NGO",
        "--country",
        "MM",
        "--priority",
        "10",
    ]);
    inst.ok(&[
        "route",
        "add",
        "--name",
        "Elsewhere",
        "--team",
        "Rescue NGO",
        "--default",
    ]);
    let s = inst.serve(&[]);
    let mut emb = member(&inst, &s, "Embassy desk", "emb");
    let mut ngo = member(&inst, &s, "Rescue NGO", "ngo");
    let mut ngo2 = member(&inst, &s, "Rescue NGO", "ngo2");
    let (emb_team, ngo_team) = (team_id(&inst, "Embassy desk"), team_id(&inst, "Rescue NGO"));

    // Two reports: one to both teams, one to the NGO only.
    let both = s.report(&[
        ("country", "MM"),
        ("area", "Myawaddy"),
        ("details", CANARY),
        ("consent_ngo", "yes"),
        ("consent_embassy", "yes"),
    ]);
    assert_eq!(both.status, 200);
    let only_ngo = s.report(&[
        ("country", "TH"),
        ("details", "elsewhere"),
        ("consent_ngo", "yes"),
    ]);
    assert_eq!(only_ngo.status, 200);

    let emb_inbox = emb.browser.get("/responder/inbox");
    assert_eq!(emb_inbox.status, 200);
    let emb_links = tip_links(&emb_inbox.body);
    assert_eq!(emb_links.len(), 1, "{}", emb_inbox.body);
    assert!(emb_links[0].ends_with(&emb_team));
    let ngo_inbox = ngo.browser.get("/responder/inbox");
    let ngo_links = tip_links(&ngo_inbox.body);
    assert_eq!(ngo_links.len(), 2, "{}", ngo_inbox.body);
    assert!(ngo_inbox.body.contains("Myanmar") && ngo_inbox.body.contains("Elsewhere"));
    let shared_tip = emb_links[0].split('/').nth(3).unwrap().to_owned();
    let ngo_shared = format!("/responder/tips/{shared_tip}/{ngo_team}");
    assert!(ngo_links.contains(&ngo_shared));
    let ngo_only = ngo_links
        .iter()
        .find(|l| **l != ngo_shared)
        .unwrap()
        .clone();
    let ngo_only_tip = ngo_only.split('/').nth(3).unwrap().to_owned();

    // The embassy cannot reach the NGO's tip, or its view of the shared one,
    // by any route, link or form: the same 404 as for a tip that does not exist.
    let csrf = hidden(&emb.browser.get("/responder/").body, "csrf");
    for path in [
        ngo_only.clone(),
        format!("/responder/tips/{ngo_only_tip}/{emb_team}"),
        ngo_shared.clone(),
        format!("{ngo_only}/tip.asc"),
        format!("{ngo_only}/tip.eml"),
        format!("{ngo_shared}/tip.asc"),
        format!("/responder/tips/{}/{emb_team}", uuid_like()),
        "/responder/tips/not-a-uuid/also-not".into(),
    ] {
        let r = emb.browser.get(&path);
        assert_eq!(r.status, 404, "GET {path}");
        assert!(!r.body.contains(CANARY));
        let r = emb.browser.post(
            &path,
            &[("csrf", &csrf), ("action", "status"), ("status", "closed")],
        );
        assert!(
            r.status == 404 || r.status == 405,
            "POST {path}: {}",
            r.status
        );
    }

    // Status is per team: the NGO moves the shared tip on, the embassy's stays new.
    let page = ngo.browser.get(&ngo_shared);
    assert_eq!(page.status, 200);
    let csrf = hidden(&page.body, "csrf");
    let r = ngo.browser.post(
        &ngo_shared,
        &[
            ("csrf", &csrf),
            ("action", "status"),
            ("status", "triaging"),
        ],
    );
    assert_eq!(r.status, 303);
    assert!(
        ngo.browser
            .get(&ngo_shared)
            .body
            .contains("<dt>Status</dt><dd>triaging</dd>")
    );

    assert!(
        emb.browser
            .get(&emb_links[0])
            .body
            .contains("<dt>Status</dt><dd>new</dd>")
    );
    // Forward to any later state, back only one step; unknown states refused.
    let r = ngo.browser.post(
        &ngo_shared,
        &[
            ("csrf", &csrf),
            ("action", "status"),
            ("status", "referred"),
        ],
    );
    assert_eq!(r.status, 303);
    // The page offers only the moves that are possible.
    let page = ngo.browser.get(&ngo_shared).body;
    assert!(!page.contains("<option value=\"new\""));
    assert!(page.contains("<option value=\"verified\""));
    let r = ngo.browser.post(
        &ngo_shared,
        &[("csrf", &csrf), ("action", "status"), ("status", "new")],
    );
    assert_eq!(r.status, 422);
    let r = ngo.browser.post(
        &ngo_shared,
        &[
            ("csrf", &csrf),
            ("action", "status"),
            ("status", "verified"),
        ],
    );
    assert_eq!(r.status, 303);
    let r = ngo.browser.post(
        &ngo_shared,
        &[("csrf", &csrf), ("action", "status"), ("status", "deleted")],
    );
    assert_eq!(r.status, 422);
    // Without the CSRF token, or with another session's: refused.
    assert_eq!(
        ngo.browser
            .post(&ngo_shared, &[("action", "status"), ("status", "closed")])
            .status,
        403
    );
    let other_csrf = hidden(&ngo2.browser.get("/responder/").body, "csrf");
    assert_eq!(
        ngo.browser
            .post(
                &ngo_shared,
                &[
                    ("csrf", &other_csrf),
                    ("action", "status"),
                    ("status", "closed")
                ]
            )
            .status,
        403
    );

    // Assign to a team member; someone from another team cannot be assigned.
    let page = ngo.browser.get(&ngo_shared).body;
    let ngo2_id = between(&page, "<option value=\"", "\">ngo2@example.org");
    let ngo2_id = ngo2_id.rsplit('"').next().unwrap().to_owned();
    let r = ngo.browser.post(
        &ngo_shared,
        &[
            ("csrf", &csrf),
            ("action", "assign"),
            ("assignee", &ngo2_id),
        ],
    );
    assert_eq!(r.status, 303);
    let emb_id = between(
        &emb.browser.get(&emb_links[0]).body,
        "<option value=\"",
        "\">emb@example.org",
    );
    let emb_id = emb_id.rsplit('"').next().unwrap().to_owned();
    let r = ngo.browser.post(
        &ngo_shared,
        &[("csrf", &csrf), ("action", "assign"), ("assignee", &emb_id)],
    );
    assert_eq!(r.status, 422);

    // Labels, typed text rendered inert everywhere it shows.
    let r = ngo.browser.post(
        &ngo_shared,
        &[("csrf", &csrf), ("action", "label-add"), ("label", XSS)],
    );
    assert_eq!(r.status, 422, "too long for a label");
    // What was typed comes back in the field (escaped), not lost.
    assert!(
        r.body
            .contains("value=\"&#60;script&#62;alert(1)&#60;/script&#62;"),
        "{}",
        r.body
    );
    assert!(!r.body.contains(XSS));
    let short_xss = "<b>x</b>\"'<i>";
    let r = ngo.browser.post(
        &ngo_shared,
        &[
            ("csrf", &csrf),
            ("action", "label-add"),
            ("label", short_xss),
        ],
    );
    assert_eq!(r.status, 303);
    ngo.browser.post(
        &ngo_shared,
        &[
            ("csrf", &csrf),
            ("action", "label-add"),
            ("label", "Shwe Kokko"),
        ],
    );
    for page in [
        ngo.browser.get(&ngo_shared).body,
        ngo.browser.get("/responder/inbox").body,
    ] {
        assert!(!page.contains(short_xss), "raw label in page");
        assert!(
            page.contains("&#60;b&#62;x&#60;/b&#62;&#34;&#39;&#60;i&#62;"),
            "escaped label shown"
        );
        assert!(page.contains("Shwe Kokko"));
    }
    assert!(
        !emb.browser.get(&emb_links[0]).body.contains("Shwe Kokko"),
        "labels are per team"
    );

    // Filters: by status, label, assignee.
    let f = ngo.browser.get("/responder/inbox?status=verified");
    assert_eq!(tip_links(&f.body), vec![ngo_shared.clone()]);
    let f = ngo.browser.get("/responder/inbox?label=Shwe%20Kokko");
    assert_eq!(tip_links(&f.body), vec![ngo_shared.clone()]);
    let f = ngo2.browser.get("/responder/inbox?assigned=me");
    assert_eq!(tip_links(&f.body), vec![ngo_shared.clone()]);
    let f = ngo.browser.get("/responder/inbox?assigned=nobody");
    assert_eq!(tip_links(&f.body), vec![ngo_only.clone()]);
    assert_eq!(
        ngo.browser
            .get("/responder/inbox?status=closed")
            .body
            .matches("/responder/tips/")
            .count(),
        0
    );

    // Notes: sealed on arrival to the team's keys; nothing readable at rest.
    let r = ngo.browser.post(
        &ngo_shared,
        &[
            ("csrf", &csrf),
            ("action", "note"),
            ("note", &format!("{NOTE_CANARY} called the embassy {XSS}")),
        ],
    );
    assert_eq!(r.status, 303);
    let page = ngo.browser.get(&ngo_shared).body;
    assert!(page.contains("ngo@example.org"), "note author listed");
    assert!(!page.contains(NOTE_CANARY));
    let note_id = between(&page, "/notes/", "\"");
    let note_path = format!("{ngo_shared}/notes/{note_id}");
    assert!(
        !contains(&inst.db.dump(), NOTE_CANARY.as_bytes()),
        "note in the clear at rest"
    );
    assert!(!contains(
        &all_files(&inst.dir.path().join("data")),
        NOTE_CANARY.as_bytes()
    ));
    assert_eq!(emb.browser.get(&note_path).status, 404);
    if tool("gpg") {
        let note = ngo2.browser.get(&note_path);
        assert_eq!(note.status, 200);
        assert!(
            note.header("content-disposition")
                .unwrap()
                .contains("attachment")
        );
        let gpg = Gpg::new(&[&ngo2.key.secret, &inst.instance_cert()]);
        let (plain, err) = gpg.decrypt(note.body.as_bytes());
        let plain = String::from_utf8_lossy(&plain);
        assert!(plain.contains(NOTE_CANARY), "{err}");
        assert!(plain.contains(XSS), "the note as typed");
        // Sealed to the team's keys, and only those.
        let mut to: Vec<String> = pkesk_recipients(note.body.as_bytes());
        to.sort();
        let mut team_keys = ngo.key.encryption_keyids();
        team_keys.extend(ngo2.key.encryption_keyids());
        team_keys.sort();
        assert_eq!(to, team_keys);

        // Downloads of the tip decrypt with the member's own key.
        let asc = ngo.browser.get(&format!("{ngo_shared}/tip.asc"));
        assert_eq!(asc.status, 200);
        assert!(asc.body.starts_with("-----BEGIN PGP MESSAGE-----"));
        let gpg = Gpg::new(&[&ngo.key.secret, &inst.instance_cert()]);
        let (plain, err) = gpg.decrypt(asc.body.as_bytes());
        assert!(String::from_utf8_lossy(&plain).contains(CANARY), "{err}");
        // The team's copy names only the team's keys, though the tip was
        // also sealed to the embassy: no team learns who else received it.
        let mut to: Vec<String> = pkesk_recipients(asc.body.as_bytes());
        to.sort();
        assert_eq!(to, team_keys, "the NGO's download names only NGO keys");
        let stored = inst.ok(&["tip", "export", tip_of_path(&ngo_shared)]);
        let all = pkesk_recipients(stored.as_bytes());
        assert!(
            emb.key
                .encryption_keyids()
                .iter()
                .all(|k| all.contains(k) && !to.contains(k)),
            "the stored copy has the embassy key; the NGO's copy does not"
        );
        let eml = emb.browser.get(&format!("{}/tip.eml", emb_links[0]));
        assert_eq!(eml.status, 200);
        assert!(eml.body.contains("multipart/encrypted"));
        assert!(eml.body.contains("To: emb@example.org"));
        assert!(!eml.body.contains(CANARY));
        let armored = between(
            &eml.body,
            "-----BEGIN PGP MESSAGE-----",
            "-----END PGP MESSAGE-----",
        );
        let emb_gpg = Gpg::new(&[&emb.key.secret, &inst.instance_cert()]);
        let emb_copy = format!("-----BEGIN PGP MESSAGE-----{armored}-----END PGP MESSAGE-----\n");
        let (plain, err) = emb_gpg.decrypt(emb_copy.as_bytes());
        assert!(String::from_utf8_lossy(&plain).contains(CANARY), "{err}");
        assert_eq!(
            pkesk_recipients(emb_copy.as_bytes()),
            emb.key.encryption_keyids(),
            "the embassy's .eml names only the embassy key"
        );
    }

    let audit = inst.ok(&["audit", "list"]);
    for what in ["status", "assign", "label", "note", "download"] {
        assert!(audit.contains(what), "{what}: {audit}");
    }
    assert!(!audit.contains(NOTE_CANARY));
}

/// A random-looking id that no tip has.
fn uuid_like() -> String {
    let h = hex(&rand_bytes::<16>());
    format!(
        "{}-{}-4{}-8{}-{}",
        &h[..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

fn anonymous_and_wrong_team_are_refused_everywhere(backend: Backend) {
    let (inst, _) = Instance::with_desk(backend, &["desk"]);
    inst.ok(&["team", "add", "Other", "--kind", "ngo"]);
    let s = inst.serve(&[]);
    assert_eq!(s.report(&[("country", "MM"), ("details", "x")]).status, 200);
    let mut other = member(&inst, &s, "Other", "stranger");
    let mut desk = member(&inst, &s, "Desk", "deskmember");
    let link = tip_links(&desk.browser.get("/responder/inbox").body)
        .pop()
        .unwrap();
    let anon_get = [
        "/responder/".to_owned(),
        "/responder/inbox".into(),
        link.clone(),
        format!("{link}/tip.asc"),
        format!("{link}/tip.eml"),
        format!("{link}/notes/{}", uuid_like()),
    ];
    let anon_post = [
        "/responder/logout".to_owned(),
        "/responder/logout-everywhere".into(),
        link.clone(),
    ];
    let mut anon = Browser::new(&s.url(""));
    for path in &anon_get {
        let r = anon.get(path);
        assert_eq!(r.status, 303, "GET {path}");
        assert!(
            r.header("location")
                .unwrap()
                .starts_with("/responder/login"),
            "GET {path}"
        );
    }
    for path in &anon_post {
        let r = anon.post(
            path,
            &[("csrf", "x"), ("action", "status"), ("status", "closed")],
        );
        assert_eq!(r.status, 303, "POST {path}");
        assert!(
            r.header("location")
                .unwrap()
                .starts_with("/responder/login")
        );
    }
    // A member of another team: the tip does not exist for them.
    for path in &anon_get[2..] {
        assert_eq!(other.browser.get(path).status, 404, "GET {path}");
    }
    assert_eq!(
        tip_links(&other.browser.get("/responder/inbox").body).len(),
        0
    );
    assert_eq!(desk.browser.get(&link).status, 200);
}

fn inbox_pages_sort_and_labels_come_off(backend: Backend) {
    let (mut inst, _) = Instance::with_desk(backend, &[]);
    inst.extra_env
        .push(("TIPLINE_REPORT_RATE_PER_MINUTE".into(), "100000".into()));
    inst.extra_env
        .push(("TIPLINE_REPORT_BURST".into(), "100000".into()));
    let s = inst.serve(&[]);
    let mut m = member(&inst, &s, "Desk", "kyaw");
    for i in 0..55 {
        assert_eq!(s.report(&[("details", &format!("report {i}"))]).status, 200);
    }
    // 50 to a page, newest first; the pager leads on and back.
    let first = m.browser.get("/responder/inbox").body;
    assert!(first.contains("55"), "the total is shown");
    let newest = tip_links(&first);
    assert_eq!(newest.len(), 50);
    assert!(first.contains("rel=\"next\">Older"), "{first}");
    assert!(!first.contains("rel=\"prev\""));
    let end = first.find("\" rel=\"next\"").unwrap();
    let next = unescape(&first[first[..end].rfind("href=\"").unwrap() + 6..end]);
    assert!(next.contains("page=2"), "{next}");
    let second = m.browser.get(&next).body;
    let rest = tip_links(&second);
    assert_eq!(rest.len(), 5);
    assert!(second.contains("rel=\"prev\">← Newer"));
    let mut all: Vec<String> = newest.iter().chain(&rest).cloned().collect();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), 55, "every tip on exactly one page");
    // Oldest first is the same order reversed.
    let oldest_page = m.browser.get("/responder/inbox?sort=oldest").body;
    let oldest = tip_links(&oldest_page);
    assert_eq!(oldest.len(), 50);
    assert!(oldest_page.contains("rel=\"next\">Newer"), "{oldest_page}");
    let mut reversed: Vec<String> = newest.iter().chain(&rest).rev().cloned().collect();
    reversed.truncate(50);
    assert_eq!(oldest, reversed);
    // A page past the end is empty, not an error.
    let past = m.browser.get("/responder/inbox?page=9");
    assert_eq!(past.status, 200);
    assert!(tip_links(&past.body).is_empty());

    // A label goes on, filters, and comes off again.
    let tip = newest[0].clone();
    let csrf = hidden(&m.browser.get(&tip).body, "csrf");
    let post = |b: &mut Browser, action: &str| {
        b.post(
            &tip,
            &[("csrf", &csrf), ("action", action), ("label", "KK Park")],
        )
    };
    assert_eq!(post(&mut m.browser, "label-add").status, 303);
    let f = m.browser.get("/responder/inbox?label=KK%20Park");
    assert_eq!(tip_links(&f.body), vec![tip.clone()]);
    assert_eq!(post(&mut m.browser, "label-remove").status, 303);
    assert!(!m.browser.get(&tip).body.contains("KK Park"));
    let f = m.browser.get("/responder/inbox?label=KK%20Park");
    assert!(tip_links(&f.body).is_empty());
    assert!(inst.ok(&["audit", "list"]).contains("label removed"));
}

both_backends!(
    teams_triage_only_their_own_tips,
    anonymous_and_wrong_team_are_refused_everywhere,
    inbox_pages_sort_and_labels_come_off,
);
