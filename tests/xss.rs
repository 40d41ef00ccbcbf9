//! Text that responders, admins and the shell type — team, route and
//! responder names, labels, a name given at invitation, an e-mail address
//! typed at login — is shown on the responder and admin pages as text,
//! never as markup, on SQLite and PostgreSQL. Each field carries its own
//! payload, so each page is checked to show the escaped payload it should
//! (the check cannot pass by the text being absent).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;

const PASSWORD: &str = "mango ferry quartz ladder";

/// A payload that runs script if it reaches the page as markup.
fn payload(field: &str) -> String {
    format!("<script>{field}()</script>\"'><img src=x onerror={field}()>")
}

/// Whether `page` shows the payload of `field` as escaped text.
fn shows(page: &str, field: &str) -> bool {
    page.contains(&format!("&#60;script&#62;{field}()"))
        || page.contains(&format!("&lt;script&gt;{field}()"))
}

/// No payload reached the page as markup.
fn inert(what: &str, page: &str) {
    for raw in ["<script", "<img src=x"] {
        assert!(!page.contains(raw), "{what}: {raw} as markup:\n{page}");
    }
}

fn typed_text_is_inert_on_every_page(backend: Backend) {
    let inst = Instance::new(backend);
    let team = format!("Desk {}", payload("team"));
    let route = format!("All {}", payload("route"));
    inst.ok(&["team", "add", &team, "--kind", "operator"]);
    let kyaw = Responder::generate("kyaw");
    let file = inst.write("kyaw.asc", kyaw.public.as_bytes());
    inst.ok(&[
        "responder",
        "add",
        "--team",
        &team,
        "--name",
        &payload("kyaw"),
        "--email",
        "kyaw@example.org",
        "--key",
        &file,
    ]);
    inst.ok(&["responder", "vet", &kyaw.fingerprint]);
    inst.ok(&[
        "route",
        "add",
        "--name",
        &route,
        "--team",
        &team,
        "--default",
    ]);
    let s = inst.serve(&[]);
    let (mut member, _) = sign_in(
        &inst,
        &s,
        PASSWORD,
        &[
            "--email",
            "kyaw@example.org",
            "--role",
            "responder",
            "--responder",
            &kyaw.fingerprint,
        ],
    );
    let (mut admin, _) = sign_in(&inst, &s, PASSWORD, &["--email", "boss@example.org"]);

    // A newcomer gives a name that is a payload; first without a key, so
    // the refused step echoes it, then with one.
    let path = invite_path(&inst.ok(&[
        "admin",
        "invite",
        "--email",
        "new@example.org",
        "--role",
        "responder",
        "--team",
        &team,
    ]));
    let mut newcomer = Browser::new(&s.url(""));
    let page = newcomer.get(&path).body;
    inert("invitation", &page);
    let csrf = hidden(&page, "csrf");
    let r = newcomer.post(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "password"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    );
    assert_eq!(r.status, 303);
    let url = unescape(&between(
        &newcomer.get(&path).body,
        "<details><summary>Set-up link for apps on this device</summary><p><code class=\"secret\">",
        "</code>",
    ));
    let totp = totp_rs::Totp::from_url(&url).unwrap();
    let code = totp
        .generate(u64::try_from(chrono::Utc::now().timestamp()).unwrap())
        .to_string();
    assert_eq!(
        newcomer
            .post(&path, &[("csrf", &csrf), ("step", "totp"), ("code", &code)])
            .status,
        200
    );
    newcomer.post(&path, &[("csrf", &csrf), ("step", "codes-done")]);
    let key_step = newcomer.get(&path).body;
    inert("invitation key step", &key_step);
    assert!(shows(&key_step, "team"), "the team invited to");
    let refused = newcomer.post_multipart(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "key"),
            ("name", &payload("newcomer")),
        ],
        None,
    );
    assert_eq!(refused.status, 422);
    inert("invitation key step, refused", &refused.body);
    assert!(
        shows(&refused.body, "newcomer"),
        "the name typed comes back"
    );
    let key = Responder::generate("newcomer");
    let done = newcomer.post_multipart(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "key"),
            ("name", &payload("newcomer")),
        ],
        Some(("key_file", key.public.as_bytes())),
    );
    assert_eq!(done.status, 200, "{}", done.body);
    inert("invitation done", &done.body);

    // A report, and a label that is a payload.
    assert_eq!(s.report(&[("details", "a report")]).status, 200);
    let inbox = member.get("/responder/inbox").body;
    let tip = format!(
        "/responder/tips/{}",
        between(&inbox, "href=\"/responder/tips/", "\"")
    );
    let csrf = hidden(&member.get(&tip).body, "csrf");
    let r = member.post(
        &tip,
        &[
            ("csrf", &csrf),
            ("action", "label-add"),
            // Labels are short (40 characters at most).
            ("label", "<script>label()</script>"),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);

    // A login attempt whose address is a payload is echoed in the form.
    let mut stranger = Browser::new(&s.url(""));
    let r = login(&mut stranger, &payload("login"), PASSWORD, "123456");
    assert_eq!(r.status, 422);
    inert("login", &r.body);
    assert!(shows(&r.body, "login"), "the address typed comes back");

    let kyaw_page = format!(
        "/admin/responders/{}",
        responder_id(&inst, &kyaw.fingerprint)
    );
    let new_page = format!(
        "/admin/responders/{}",
        responder_id(&inst, &key.fingerprint)
    );
    let admin_routes = admin.get("/admin/routes").body;
    let route_page = format!(
        "/admin/routes/{}",
        between(&admin_routes, "href=\"/admin/routes/", "\"")
    );
    let inbox_filtered = "/responder/inbox?label=%3Cscript%3Elabel()%3C%2Fscript%3E".to_owned();
    // Each page, and the payloads it must show (escaped).
    let member_pages: Vec<(String, Vec<&str>)> = vec![
        ("/responder/".into(), vec!["team"]),
        ("/responder/inbox".into(), vec!["team", "route", "label"]),
        (inbox_filtered, vec!["team", "label"]),
        (tip.clone(), vec!["team", "route", "label"]),
    ];
    for (path, fields) in member_pages {
        let r = member.get(&path);
        assert_eq!(r.status, 200, "{path}");
        inert(&path, &r.body);
        for f in fields {
            assert!(shows(&r.body, f), "{path} shows the {f} payload as text");
        }
    }
    let admin_pages: Vec<(String, Vec<&str>)> = vec![
        ("/responder/".into(), vec!["newcomer"]),
        ("/admin/".into(), vec!["team", "kyaw", "newcomer"]),
        (kyaw_page, vec!["team", "kyaw"]),
        (new_page, vec!["team", "newcomer"]),
        ("/admin/routes".into(), vec!["team", "route"]),
        ("/admin/routes/new".into(), vec!["team"]),
        (route_page, vec!["team", "route"]),
        ("/admin/audit".into(), vec!["team", "kyaw", "newcomer"]),
    ];
    for (path, fields) in admin_pages {
        let r = admin.get(&path);
        assert_eq!(r.status, 200, "{path}");
        inert(&path, &r.body);
        for f in fields {
            assert!(shows(&r.body, f), "{path} shows the {f} payload as text");
        }
    }
    // The alerts about the two pending keys name the responders, as text.
    let home = admin.get("/admin/").body;
    let alerts = between(&home, "<h2>Alerts</h2>", "<h2>Accounts</h2>");
    assert!(alerts.contains("responder-pending"), "{alerts}");
    assert!(
        shows(&alerts, "newcomer") && shows(&alerts, "kyaw"),
        "{alerts}"
    );
}

both_backends!(typed_text_is_inert_on_every_page);
