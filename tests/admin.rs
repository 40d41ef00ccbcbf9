//! Admin pages over HTTP, on SQLite and PostgreSQL: vetting that needs two
//! distinct admins, suspension, invitations from the web, the audit log
//! and its CSV export, and role checks.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;

const PASSWORD: &str = "teak veranda lantern rain";

/// Invites, enrols and logs in an account.
fn signed_in(inst: &Instance, s: &Server, args: &[&str]) -> Browser {
    sign_in(inst, s, PASSWORD, args).0
}

fn approve(b: &mut Browser, id: &str, fingerprint: &str) -> Resp {
    let path = format!("/admin/responders/{id}");
    let page = b.get(&path);
    assert_eq!(page.status, 200);
    let csrf = hidden(&page.body, "csrf");
    // The form carries the fingerprint the admin was shown (once they have
    // approved it is hidden; the test posts as a crafted request would).
    if page.body.contains("name=\"fingerprint\"") {
        assert_eq!(hidden(&page.body, "fingerprint"), fingerprint);
    }
    b.post(
        &path,
        &[
            ("csrf", &csrf),
            ("action", "approve"),
            ("fingerprint", fingerprint),
        ],
    )
}

fn two_admins_vet_and_suspend(backend: Backend) {
    let mut inst = Instance::new(backend);
    inst.extra_env
        .push(("TIPLINE_APPROVALS".into(), "2".into()));
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    inst.ok(&[
        "route",
        "add",
        "--name",
        "All",
        "--team",
        "Desk",
        "--default",
    ]);
    let ana = Responder::generate("ana");
    let bo = Responder::generate("bo");
    let key = inst.write("ana.pub.asc", ana.public.as_bytes());
    inst.ok(&[
        "responder",
        "add",
        "--team",
        "Desk",
        "--name",
        "=HYPERLINK(\"http://x\")",
        "--email",
        "ana@example.org",
        "--key",
        &key,
    ]);
    inst.add_responder("Desk", "bo", &bo);
    let s = inst.serve(&[]);
    let mut first = signed_in(&inst, &s, &["--email", "first@example.org"]);
    let mut second = signed_in(&inst, &s, &["--email", "second@example.org"]);
    let (ana_id, bo_id) = (
        responder_id(&inst, &ana.fingerprint),
        responder_id(&inst, &bo.fingerprint),
    );

    // The vetting page shows the fingerprint in groups and says to compare it out of band.
    let page = first.get(&format!("/admin/responders/{ana_id}")).body;
    assert!(page.contains(&ana.fingerprint[..4]) && page.contains(&ana.fingerprint[36..]));
    assert!(page.contains("out of band"));
    assert!(page.contains("Approvals: 0 of 2"));

    // An approval is of the fingerprint the admin was shown: a key that
    // changed since the page was opened is not approved.
    let path = format!("/admin/responders/{ana_id}");
    let csrf = hidden(&first.get(&path).body, "csrf");
    let stale = first.post(
        &path,
        &[
            ("csrf", &csrf),
            ("action", "approve"),
            ("fingerprint", &bo.fingerprint),
        ],
    );
    assert!(
        stale
            .body
            .contains("the key changed since you opened this page"),
        "{}",
        stale.body
    );
    assert!(first.get(&path).body.contains("Approvals: 0 of 2"));
    // With two approvals required, one admin cannot make another admin.
    let r = first.post(
        "/admin/invite",
        &[
            ("csrf", &csrf),
            ("email", "sock@example.org"),
            ("role", "admin"),
        ],
    );
    assert!(
        r.body.contains("admins are invited from the shell"),
        "{}",
        r.body
    );

    // One admin is not enough, and cannot count twice.
    assert!(
        approve(&mut first, &ana_id, &ana.fingerprint)
            .body
            .contains("1 of 2")
    );
    assert!(
        approve(&mut first, &ana_id, &ana.fingerprint)
            .body
            .contains("You approved already")
    );
    assert!(
        inst.ok(&["responder", "list"])
            .lines()
            .any(|l| l.contains(&ana.fingerprint) && l.contains("pending"))
    );
    assert_eq!(
        s.report(&[("details", "nobody can read this yet")]).status,
        503
    );
    // The shell counts once, however often it runs.
    assert!(
        inst.ok(&["responder", "vet", &bo.fingerprint])
            .contains("1 of 2")
    );
    assert!(
        inst.ok(&["responder", "vet", &bo.fingerprint])
            .contains("1 of 2")
    );
    // Every admin sees what waits, and who approved.
    let home = second.get("/admin/").body;
    assert!(
        home.contains("first@example.org") && home.contains("shell"),
        "{home}"
    );
    // The second admin makes two.
    assert!(
        approve(&mut second, &ana_id, &ana.fingerprint)
            .body
            .contains("Vetted")
    );
    assert!(
        approve(&mut second, &bo_id, &bo.fingerprint)
            .body
            .contains("Vetted")
    );
    let list = inst.ok(&["responder", "list"]);
    assert!(list.lines().all(|l| !l.contains("pending")), "{list}");
    // The shell bound Desk to the default route: one approval of two.
    assert_eq!(s.report(&[("details", "not yet")]).status, 503);
    let page = second.get("/admin/routes").body;
    let form = between(&page, "action=\"/admin/changes\"", "</form>");
    let r = second.post(
        "/admin/changes",
        &[
            ("csrf", &hidden(&page, "csrf")),
            ("kind", &hidden(&form, "kind")),
            ("responder", ""),
            ("team", &hidden(&form, "team")),
            ("route", &hidden(&form, "route")),
        ],
    );
    assert!(r.body.contains("Approved"), "{}", r.body);
    assert_eq!(s.report(&[("details", "now they can")]).status, 200);

    // Suspending Ana: the next tip is sealed to Bo only.
    let path = format!("/admin/responders/{ana_id}");
    let csrf = hidden(&first.get(&path).body, "csrf");
    assert_eq!(
        first
            .post(&path, &[("csrf", &csrf), ("action", "suspend")])
            .status,
        303
    );
    assert!(first.get(&path).body.contains("Suspended: nothing new"));
    let ids = |inst: &Instance| -> Vec<String> {
        inst.ok(&["tip", "list"])
            .lines()
            .skip(1)
            .map(|l| l.split_whitespace().next().unwrap().to_owned())
            .collect()
    };
    let before = ids(&inst);
    assert_eq!(s.report(&[("details", "after suspension")]).status, 200);
    let newest = ids(&inst)
        .into_iter()
        .find(|i| !before.contains(i))
        .unwrap();
    let mut to = pkesk_recipients(inst.ok(&["tip", "export", &newest]).as_bytes());
    to.sort();
    let mut bo_keys = bo.encryption_keyids();
    bo_keys.sort();
    assert_eq!(to, bo_keys, "a suspended responder receives nothing new");

    // Reinstating takes as many admins as vetting: one approval changes
    // nothing, a repeated one does not count twice, the second admin's does.
    let sealed_to_newest = |inst: &Instance, before: &[String]| {
        let newest = ids(inst).into_iter().find(|i| !before.contains(i)).unwrap();
        let mut to = pkesk_recipients(inst.ok(&["tip", "export", &newest]).as_bytes());
        to.sort();
        to
    };
    let r = first.post(&path, &[("csrf", &csrf), ("action", "reinstate")]);
    assert_eq!(r.status, 200);
    assert!(r.body.contains("1 of 2"), "{}", r.body);
    assert!(r.body.contains("Suspended: nothing new"), "still suspended");
    assert!(r.body.contains("approved so far by"), "{}", r.body);
    let r = first.post(&path, &[("csrf", &csrf), ("action", "reinstate")]);
    assert!(
        r.body.contains("one person cannot count twice"),
        "{}",
        r.body
    );
    let before = ids(&inst);
    assert_eq!(s.report(&[("details", "one approval")]).status, 200);
    assert_eq!(
        sealed_to_newest(&inst, &before),
        bo_keys,
        "one admin cannot reinstate"
    );
    let csrf2 = hidden(&second.get(&path).body, "csrf");
    let r = second.post(&path, &[("csrf", &csrf2), ("action", "reinstate")]);
    assert!(r.body.contains("Reinstated"), "{}", r.body);
    assert!(!r.body.contains("Suspended: nothing new"));
    let before = ids(&inst);
    assert_eq!(s.report(&[("details", "two approvals")]).status, 200);
    let mut both = bo.encryption_keyids();
    both.extend(ana.encryption_keyids());
    both.sort();
    assert_eq!(
        sealed_to_newest(&inst, &before),
        both,
        "reinstated by two admins"
    );

    // The audit log, in the UI and as CSV with formulas neutralised.
    let audit = second.get("/admin/audit").body;
    for what in [
        "approve vetting",
        "vet",
        "suspend",
        "approve reinstating",
        "reinstate",
        "login",
    ] {
        assert!(audit.contains(what), "{what}");
    }
    let csv = second.get("/admin/audit.csv");
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with("day,time,actor,action,detail\r\n"));
    assert!(
        csv.body.contains("\"'=HYPERLINK(\"\"http://x\"\")"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains(",\"=HYPERLINK"));
}

fn roles_and_web_invitations(backend: Backend) {
    let (inst, rs) = Instance::with_desk(backend, &["kyaw"]);
    let s = inst.serve(&[]);
    let mut admin = signed_in(&inst, &s, &["--email", "boss@example.org"]);
    let mut responder = signed_in(
        &inst,
        &s,
        &[
            "--email",
            "kyaw@example.org",
            "--role",
            "responder",
            "--responder",
            &rs[0].fingerprint,
        ],
    );
    assert_eq!(s.report(&[("details", "for the desk")]).status, 200);
    let id = responder_id(&inst, &rs[0].fingerprint);
    let csrf = hidden(&responder.get("/responder/").body, "csrf");
    let mut anon = Browser::new(&s.url(""));
    for path in [
        "/admin/".to_owned(),
        "/admin/audit".into(),
        "/admin/audit.csv".into(),
        format!("/admin/responders/{id}"),
    ] {
        assert_eq!(responder.get(&path).status, 403, "GET {path}");
        let r = anon.get(&path);
        assert_eq!(r.status, 303, "GET {path}");
        assert!(
            r.header("location")
                .unwrap()
                .starts_with("/responder/login")
        );
        assert_eq!(admin.get(&path).status, 200, "GET {path}");
    }
    for path in [
        "/admin/invite".to_owned(),
        format!("/admin/responders/{id}"),
    ] {
        let r = responder.post(
            &path,
            &[
                ("csrf", &csrf),
                ("action", "suspend"),
                ("email", "x@example.org"),
            ],
        );
        assert_eq!(r.status, 403, "POST {path}");
        assert_eq!(
            anon.post(&path, &[("csrf", "x")]).status,
            303,
            "POST {path}"
        );
    }
    assert!(!inst.ok(&["responder", "list"]).contains("suspended"));

    // Suspended, Kyaw still logs in but no longer sees the team's tips.
    let inbox = responder.get("/responder/inbox").body;
    let tip = format!(
        "/responder/tips/{}",
        between(&inbox, "href=\"/responder/tips/", "\"")
    );
    assert_eq!(responder.get(&tip).status, 200);
    let page = format!("/admin/responders/{id}");
    let admin_csrf = hidden(&admin.get(&page).body, "csrf");
    assert_eq!(
        admin
            .post(&page, &[("csrf", &admin_csrf), ("action", "suspend")])
            .status,
        303
    );
    assert_eq!(responder.get(&tip).status, 404);
    assert!(
        responder
            .get("/responder/inbox")
            .body
            .contains("not in any team")
    );
    let r = admin.post(&page, &[("csrf", &admin_csrf), ("action", "reinstate")]);
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("Reinstated"),
        "one admin is enough when one approval is: {}",
        r.body
    );
    assert_eq!(responder.get(&tip).status, 200);

    // An admin invites from the web; the link is shown once and works.
    let csrf = hidden(&admin.get("/admin/").body, "csrf");
    let r = admin.post(
        "/admin/invite",
        &[
            ("csrf", &csrf),
            ("email", "new@example.org"),
            ("role", "responder"),
            ("team", "Desk"),
        ],
    );
    assert_eq!(r.status, 200);
    let link = between(&r.body, "<code class=\"secret\">", "</code>");
    let path = link[link.find("/responder/invite/").unwrap()..].to_owned();
    assert_eq!(anon.get(&path).status, 200);
    assert!(!admin.get("/admin/").body.contains(&path), "shown once");
    let r = admin.post(
        "/admin/invite",
        &[
            ("csrf", &csrf),
            ("email", "not an address"),
            ("role", "responder"),
            ("team", "Desk"),
        ],
    );
    assert_eq!(r.status, 422);
    assert!(r.body.contains("No invitation made"));
    assert!(inst.ok(&["audit", "list"]).contains("boss@example.org"));
}

fn registered_keys_get_logins_and_expiring_keys_are_flagged(backend: Backend) {
    use sequoia_openpgp::cert::prelude::*;
    let (inst, _) = Instance::with_desk(backend, &[]);
    // A key registered from the shell, waiting for a login; and a vetted
    // key that expires in ten days.
    let reg = inst.responder("Desk", "reg");
    let short = Responder::with_builder(
        CertBuilder::general_purpose(Some("short <short@example.org>"))
            .set_validity_period(std::time::Duration::from_secs(10 * 86_400)),
    );
    inst.add_responder("Desk", "short", &short);
    inst.ok(&["responder", "vet", &short.fingerprint]);
    let s = inst.serve(&[]);
    let mut admin = signed_in(&inst, &s, &["--email", "boss@example.org"]);

    let home = admin.get("/admin/").body;
    let reg_id = responder_id(&inst, &reg.fingerprint);
    assert!(
        home.contains(&format!("<option value=\"{reg_id}\">")),
        "the registered key is offered for a login"
    );
    let short_line = between(&home, "short@example.org", "</tr>");
    assert!(short_line.contains("expiring"), "{short_line}");
    let csrf = hidden(&home, "csrf");
    // A login for the registered key, asked for at `email`.
    let invite_reg = |admin: &mut Browser, csrf: &str, email: &str| {
        admin.post(
            "/admin/invite",
            &[
                ("csrf", csrf),
                ("email", email),
                ("role", "responder"),
                ("responder", &reg_id),
            ],
        )
    };
    let r = invite_reg(&mut admin, &csrf, "reg@example.org");
    assert_eq!(r.status, 200, "{}", r.body);
    let link = between(&r.body, "<code class=\"secret\">", "</code>");
    let path = link[link.find("/responder/invite/").unwrap()..].to_owned();
    let mut b = Browser::new(&s.url(""));
    let e = enrol(
        &mut b,
        &path,
        PASSWORD,
        chrono::Utc::now().timestamp(),
        None,
    );
    let shown = e.done.replace(' ', "");
    assert!(
        shown.contains(&reg.fingerprint),
        "the enrolment ends with the registered key's fingerprint"
    );
    // A login for a registered key goes to that responder's own address,
    // and each key has one login.
    let csrf = hidden(&admin.get("/admin/").body, "csrf");
    let r = invite_reg(&mut admin, &csrf, "someone-else@example.org");
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("registered for another e-mail address"),
        "{}",
        r.body
    );
    let r = invite_reg(&mut admin, &csrf, "reg@example.org");
    assert_eq!(r.status, 422);
    assert!(r.body.contains("already active"), "{}", r.body);
    assert!(
        inst.ok(&["audit", "list"])
            .contains("a login for the registered key of reg"),
        "the audit names the key"
    );
    let out = inst.cli(&[
        "admin",
        "invite",
        "--email",
        "third@example.org",
        "--role",
        "responder",
        "--responder",
        &reg.fingerprint,
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("registered for another e-mail address"));
    assert!(
        !admin
            .get("/admin/")
            .body
            .contains(&format!("<option value=\"{reg_id}\">")),
        "a key with a login is no longer offered"
    );

    // The owner of the expiring key sees it flagged on their dashboard.
    let mut owner = signed_in(
        &inst,
        &s,
        &[
            "--email",
            "short@example.org",
            "--role",
            "responder",
            "--responder",
            &short.fingerprint,
        ],
    );
    let dash = owner.get("/responder/").body;
    assert!(dash.contains("Expires within 30 days"), "{dash}");
}

fn another_admins_reset_link_is_only_mailed(backend: Backend) {
    let (mut inst, rs) = Instance::with_desk(backend, &["kyaw"]);
    inst.extra_env
        .push(("TIPLINE_APPROVALS".into(), "2".into()));
    let zaw = inst.responder("Desk", "zaw");
    let s = inst.serve(&[]);
    let mut one = signed_in(&inst, &s, &["--email", "one@example.org"]);
    let _two = signed_in(&inst, &s, &["--email", "two@example.org"]);
    let _kyaw = signed_in(
        &inst,
        &s,
        &[
            "--email",
            "kyaw@example.org",
            "--role",
            "responder",
            "--responder",
            &rs[0].fingerprint,
        ],
    );
    let reset = |b: &mut Browser, email: &str| {
        let csrf = hidden(&b.get("/admin/").body, "csrf");
        b.post(
            "/admin/accounts",
            &[("csrf", &csrf), ("action", "reset-totp"), ("email", email)],
        )
    };
    // Another admin's link would let this admin take over a vote: it is
    // e-mailed to its owner and not shown.
    let r = reset(&mut one, "two@example.org");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(!r.body.contains("/responder/invite/"), "{}", r.body);
    assert!(r.body.contains("e-mailed to them only"), "{}", r.body);
    // A responder's link is shown once, to pass on.
    let r = reset(&mut one, "kyaw@example.org");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("/responder/invite/"), "{}", r.body);
    let audit = inst.ok(&["audit", "list"]);
    assert_eq!(audit.matches("reset second factor").count(), 2, "{audit}");
    // Nor does one admin hand out a login for a registered key.
    let csrf = hidden(&one.get("/admin/").body, "csrf");
    let r = one.post(
        "/admin/invite",
        &[
            ("csrf", &csrf),
            ("email", "zaw@example.org"),
            ("role", "responder"),
            ("responder", &responder_id(&inst, &zaw.fingerprint)),
        ],
    );
    assert_eq!(r.status, 422);
    assert!(r.body.contains("made from the shell"), "{}", r.body);
}

/// The long English messages of the staff pages (a page showing one of
/// them in another language fell back to English).
fn english_staff_messages() -> Vec<String> {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/staff.ftl"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_owned()))
        .filter(|v| v.len() > 24 && !v.contains('{') && !v.contains('"') && !v.contains('\''))
        .collect()
}

/// Responder and admin pages in each staff language: before login by
/// `?lang=` or `Accept-Language`, after it as the account chose on the
/// dashboard (kept with the account, so every page and session has it).
fn staff_pages_speak_the_chosen_language(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    let s = inst.serve(&[]);
    let english = english_staff_messages();
    assert!(english.len() > 100, "{}", english.len());
    let login_in = |accept: &str, query: &str| {
        read(
            agent()
                .get(s.url(&format!("/responder/login{query}")))
                .header("User-Agent", UA)
                .header("Accept-Language", accept)
                .call(),
        )
        .body
    };
    assert!(login_in("th-TH, en;q=0.5", "").contains("<html lang=\"th\""));
    assert!(login_in("zh-CN", "").contains("<html lang=\"zh-Hans\""));
    // Khmer has source pages but no staff pages yet: English, not a mix.
    assert!(login_in("km", "").contains("<html lang=\"en\""));
    let fr = login_in("th", "?lang=fr");
    assert!(fr.contains("<html lang=\"fr\""), "{fr}");
    assert!(
        fr.contains("action=\"/responder/login?lang=fr\""),
        "the form keeps it"
    );
    assert!(!fr.contains(">Log in</h1>"), "{fr}");

    let mut b = signed_in(&inst, &s, &["--email", "ada@example.org"]);
    let pages = [
        "/responder/",
        "/responder/inbox",
        "/responder/reader",
        "/admin/",
        "/admin/routes",
        "/admin/routes/new",
        "/admin/audit",
    ];
    let csrf = hidden(&b.get("/responder/").body, "csrf");
    let r = b.post(
        "/responder/language",
        &[("csrf", &csrf), ("language", "de")],
    );
    assert_eq!(r.status, 400, "not a staff language");
    for code in ["th", "my", "zh-Hans", "fr", "es", "en"] {
        let r = b.post(
            "/responder/language",
            &[("csrf", &csrf), ("language", code)],
        );
        assert_eq!(r.status, 200, "{}", r.body);
        for p in pages {
            let page = b.get(p);
            assert_eq!(page.status, 200, "{p}");
            assert!(
                page.body.contains(&format!("<html lang=\"{code}\"")),
                "{p} in {code}"
            );
            if code != "en" {
                for m in &english {
                    assert!(!page.body.contains(m.as_str()), "{p} in {code} shows {m:?}");
                }
            }
        }
    }
    // The choice is the account's, not the browser's.
    let r = b.post(
        "/responder/language",
        &[("csrf", &csrf), ("language", "es")],
    );
    assert_eq!(r.status, 200);
    let page = read(
        agent()
            .get(s.url("/responder/"))
            .header("User-Agent", UA)
            .header("Accept-Language", "th")
            .header("Cookie", &b.cookie_header())
            .call(),
    );
    assert!(page.body.contains("<html lang=\"es\""), "{}", page.body);
}

both_backends!(
    staff_pages_speak_the_chosen_language,
    two_admins_vet_and_suspend,
    roles_and_web_invitations,
    registered_keys_get_logins_and_expiring_keys_are_flagged,
    another_admins_reset_link_is_only_mailed
);
