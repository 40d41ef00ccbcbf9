//! Every responder and admin route in one table, on SQLite and PostgreSQL:
//! anonymous → redirected to login; a responder on an admin route → 403;
//! another team's member (or an admin outside the team) on a tip route →
//! 404; and the one who may → 200. The table is checked against the routes
//! `src/web/mod.rs` registers, so a new route cannot be left out.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;

const PASSWORD: &str = "teak veranda lantern rain";

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guard {
    /// Anyone: the source pages, login, invitations (their token is the key).
    Public,
    /// Any signed-in account.
    SignedIn,
    /// Admins only.
    Admin,
    /// Members of a team the tip was sent to.
    Team,
}

const TABLE: &[(&str, &str, Guard)] = &[
    ("GET", "/", Guard::Public),
    ("POST", "/report", Guard::Public),
    ("GET", "/safety", Guard::Public),
    ("GET", "/followup", Guard::Public),
    ("POST", "/followup", Guard::Public),
    ("POST", "/followup/add", Guard::Public),
    ("POST", "/followup/logout", Guard::Public),
    ("GET", "/static/style.css", Guard::Public),
    ("GET", "/static/leave.js", Guard::Public),
    ("GET", "/favicon.ico", Guard::Public),
    ("GET", "/static/openpgp.min.mjs", Guard::Public),
    ("GET", "/static/openpgp.LICENSE.txt", Guard::Public),
    ("GET", "/static/reader/{file}", Guard::Public),
    ("GET", "/static/noble/LICENSE.txt", Guard::Public),
    ("GET", "/static/noble/{file}", Guard::Public),
    ("GET", "/responder/reader", Guard::SignedIn),
    ("GET", "/responder/reader/tips.json", Guard::SignedIn),
    ("GET", "/responder/reader/instance.asc", Guard::SignedIn),
    ("GET", "/responder/reader/tip/{tip}/{team}", Guard::Team),
    ("GET", "/responder/login", Guard::Public),
    ("POST", "/responder/login", Guard::Public),
    ("GET", "/responder/invite/{token}", Guard::Public),
    ("POST", "/responder/invite/{token}", Guard::Public),
    ("GET", "/responder", Guard::SignedIn),
    ("GET", "/responder/", Guard::SignedIn),
    ("GET", "/responder/inbox", Guard::SignedIn),
    ("POST", "/responder/logout", Guard::SignedIn),
    ("POST", "/responder/password", Guard::SignedIn),
    ("POST", "/responder/key", Guard::SignedIn),
    ("POST", "/responder/totp", Guard::SignedIn),
    ("POST", "/responder/language", Guard::SignedIn),
    ("POST", "/responder/logout-everywhere", Guard::SignedIn),
    ("GET", "/admin", Guard::Admin),
    ("GET", "/admin/", Guard::Admin),
    ("POST", "/admin/invite", Guard::Admin),
    ("POST", "/admin/accounts", Guard::Admin),
    ("GET", "/admin/audit", Guard::Admin),
    ("GET", "/admin/audit.csv", Guard::Admin),
    ("GET", "/admin/responders/{id}", Guard::Admin),
    ("POST", "/admin/responders/{id}", Guard::Admin),
    ("GET", "/admin/routes", Guard::Admin),
    ("POST", "/admin/routes", Guard::Admin),
    ("GET", "/admin/routes/new", Guard::Admin),
    ("GET", "/admin/routes/{id}", Guard::Admin),
    ("POST", "/admin/routes/{id}", Guard::Admin),
    ("POST", "/admin/changes", Guard::Admin),
    ("POST", "/admin/teams", Guard::Admin),
    ("GET", "/responder/tips/{tip}/{team}", Guard::Team),
    ("POST", "/responder/tips/{tip}/{team}", Guard::Team),
    ("GET", "/responder/tips/{tip}/{team}/tip.asc", Guard::Team),
    ("GET", "/responder/tips/{tip}/{team}/tip.eml", Guard::Team),
    (
        "GET",
        "/responder/tips/{tip}/{team}/files/{number}",
        Guard::Team,
    ),
    (
        "GET",
        "/responder/tips/{tip}/{team}/notes/{note}",
        Guard::Team,
    ),
    (
        "GET",
        "/responder/tips/{tip}/{team}/messages/{message}",
        Guard::Team,
    ),
];

/// What a browser sends with a form posted from another site.
const CROSS_SITE: &[(&str, &str)] = &[
    ("Sec-Fetch-Site", "cross-site"),
    ("Origin", "https://evil.example"),
];

/// The public POST routes have no session: the report form and the login
/// form carry a signed token, an invitation's forms a token bound to it.
/// Each refuses a forged token, and a post from another site.
fn public_posts_refuse_forgeries(inst: &Instance, s: &Server) {
    // The report form.
    let fields = [("details", "forged"), ("token", "forged")];
    assert_eq!(s.post_form("/report", &fields).status, 403);
    let token = s.token();
    let body = encode(&[("details", "from elsewhere"), ("token", &token)]);
    let r = s.post_raw("/report", FORM, body.as_bytes(), CROSS_SITE);
    assert_eq!(r.status, 403, "cross-site report");
    // The follow-up forms: a signed token, and the same site.
    let fields = [("codename", "any words"), ("token", "forged")];
    assert_eq!(s.post_form("/followup", &fields).status, 403);
    let token = hidden(&s.get("/followup").body, "token");
    let body = encode(&[("codename", "any words"), ("token", &token)]);
    let r = s.post_raw("/followup", FORM, body.as_bytes(), CROSS_SITE);
    assert_eq!(r.status, 403, "cross-site codename");
    for path in ["/followup/add", "/followup/logout"] {
        let body = encode(&[("csrf", "x"), ("info", "from elsewhere")]);
        let r = s.post_raw(path, FORM, body.as_bytes(), CROSS_SITE);
        assert_eq!(r.status, 403, "cross-site {path}");
    }
    // The login form.
    let mut b = Browser::new(&s.url(""));
    let creds = |token: &str, csrf: &str| {
        encode(&[
            ("token", token),
            ("csrf", csrf),
            ("email", "boss@example.org"),
            ("password", PASSWORD),
            ("code", "000000"),
        ])
    };
    let r = b.post_body(
        "/responder/login",
        FORM,
        creds("forged", "forged").as_bytes(),
        &[("Sec-Fetch-Site", "same-origin")],
    );
    assert_eq!(r.status, 403, "forged login token");
    let page = b.get("/responder/login").body;
    let (token, csrf) = (hidden(&page, "token"), hidden(&page, "csrf"));
    let r = b.post_body(
        "/responder/login",
        FORM,
        creds(&token, &csrf).as_bytes(),
        CROSS_SITE,
    );
    assert_eq!(r.status, 403, "cross-site login");
    // Login CSRF rests on more than the origin check: a form forged
    // elsewhere (with a token the attacker fetched), posted by a browser
    // that sends neither Origin nor Sec-Fetch-Site, arrives without this
    // browser's SameSite=Strict login cookie and is refused.
    let mut elsewhere = Browser::new(&s.url(""));
    let forged = elsewhere.get("/responder/login").body;
    let (token, csrf) = (hidden(&forged, "token"), hidden(&forged, "csrf"));
    let mut victim = Browser::new(&s.url(""));
    let r = victim.post_body(
        "/responder/login",
        FORM,
        creds(&token, &csrf).as_bytes(),
        &[],
    );
    assert_eq!(r.status, 403, "no login cookie");
    assert!(r.body.contains("not opened in this browser"), "{}", r.body);
    // The victim's own cookie with the attacker's token does not match.
    victim.get("/responder/login");
    let r = victim.post_body(
        "/responder/login",
        FORM,
        creds(&token, &csrf).as_bytes(),
        &[],
    );
    assert_eq!(r.status, 403, "a token bound to another browser's cookie");
    // The form the browser itself was given passes (and the wrong code fails).
    let own = victim.get("/responder/login").body;
    let r = victim.post_body(
        "/responder/login",
        FORM,
        creds(&hidden(&own, "token"), &hidden(&own, "csrf")).as_bytes(),
        &[],
    );
    assert_eq!(r.status, 422, "its own form reaches the password check");
    // An invitation, at its first step and at its key step (multipart).
    let path = invite_path(&inst.ok(&[
        "admin",
        "invite",
        "--email",
        "late@example.org",
        "--role",
        "responder",
        "--team",
        "Desk",
    ]));
    let page = b.get(&path).body;
    let csrf = hidden(&page, "csrf");
    let step = |csrf: &str| {
        encode(&[
            ("csrf", csrf),
            ("step", "password"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ])
    };
    let same = &[("Sec-Fetch-Site", "same-origin")];
    assert_eq!(
        b.post_body(&path, FORM, step("forged").as_bytes(), same)
            .status,
        403
    );
    assert_eq!(
        b.post_body(&path, FORM, step(&csrf).as_bytes(), CROSS_SITE)
            .status,
        403
    );
    assert!(
        b.get(&path).body.contains("1. Choose a password"),
        "nothing moved on"
    );
    assert_eq!(
        b.post_body(&path, FORM, step(&csrf).as_bytes(), same)
            .status,
        303
    );
    let totp = {
        let page = b.get(&path).body;
        let url = unescape(&between(
            &page,
            "<details><summary>Set-up link for apps on this device</summary><p><code class=\"secret\">",
            "</code>",
        ));
        totp_rs::Totp::from_url(&url).unwrap()
    };
    let code = totp
        .generate(u64::try_from(chrono::Utc::now().timestamp()).unwrap())
        .to_string();
    let r = b.post(&path, &[("csrf", &csrf), ("step", "totp"), ("code", &code)]);
    assert_eq!(r.status, 200);
    assert_eq!(
        b.post(&path, &[("csrf", &csrf), ("step", "codes-done")])
            .status,
        303
    );
    let key = Responder::generate("late");
    let r = b.post_multipart(
        &path,
        &[("csrf", "forged"), ("step", "key"), ("name", "Late")],
        Some(("key_file", key.public.as_bytes())),
    );
    assert_eq!(r.status, 403, "forged token at the key step");
    assert!(
        !inst.ok(&["responder", "list"]).contains(&key.fingerprint),
        "no key was added"
    );
}

/// The (method, path) pairs `src/web/mod.rs` registers.
fn registered() -> Vec<(String, String)> {
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/mod.rs")).unwrap();
    let mut out = Vec::new();
    for call in src.split(".route(").skip(1) {
        let Some(path) = call.split('"').nth(1) else {
            continue;
        };
        let head = &call[..call.find(".to(").unwrap_or(call.len())];
        let method = if head.contains("web::get()") {
            "GET"
        } else if head.contains("web::post()") {
            "POST"
        } else {
            panic!("a route with another method: {path}")
        };
        out.push((method.to_owned(), path.to_owned()));
    }
    out
}

#[test]
fn the_table_names_every_registered_route() {
    let routes = registered();
    assert!(routes.len() >= 30, "{routes:?}");
    for (m, p) in &routes {
        assert!(
            TABLE.iter().any(|(tm, tp, _)| tm == m && tp == p),
            "{m} {p} is registered but not in the access table"
        );
    }
    for (m, p, _) in TABLE {
        assert!(
            routes.iter().any(|(rm, rp)| rm == m && rp == p),
            "{m} {p} is in the table but not registered"
        );
    }
}

fn every_route_checks_who_asks(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    inst.ok(&["team", "add", "Shelter", "--kind", "ngo"]);
    let kyaw = inst.responder("Desk", "kyaw");
    let mya = inst.responder("Shelter", "mya");
    inst.ok(&[
        "route",
        "add",
        "--name",
        "All",
        "--team",
        "Desk",
        "--default",
    ]);
    inst.ok(&[
        "route", "add", "--name", "Escaped", "--team", "Shelter", "--role", "escaped",
    ]);
    let s = inst.serve(&[]);
    let responder = |name: &str, r: &Responder| {
        sign_in(
            &inst,
            &s,
            PASSWORD,
            &[
                "--email",
                &format!("{name}@example.org"),
                "--role",
                "responder",
                "--responder",
                &r.fingerprint,
            ],
        )
        .0
    };
    let mut member = responder("kyaw", &kyaw);
    let mut other_team = responder("mya", &mya);
    let (mut admin, _) = sign_in(&inst, &s, PASSWORD, &["--email", "boss@example.org"]);
    let mut anon = Browser::new(&s.url(""));

    // A tip for the desk, with a note; and one for the shelter.
    // (with a file, for the file download route)
    assert_eq!(
        s.report_files(
            &[("details", "for the desk")],
            &[("gate.jpg", "image/jpeg", b"\xff\xd8 a photo")]
        )
        .status,
        200
    );
    assert_eq!(
        s.report(&[
            ("details", "for the shelter"),
            ("role", "escaped"),
            ("consent_ngo", "yes")
        ])
        .status,
        200
    );
    let inbox = member.get("/responder/inbox").body;
    let tip_page = format!(
        "/responder/tips/{}",
        between(&inbox, "href=\"/responder/tips/", "\"")
    );
    let (tip, team) = tip_page["/responder/tips/".len()..]
        .split_once('/')
        .unwrap();
    let (tip, team) = (tip.to_owned(), team.to_owned());
    let csrf = hidden(&member.get(&tip_page).body, "csrf");
    let r = member.post(
        &tip_page,
        &[
            ("csrf", &csrf),
            ("action", "note"),
            ("note", "called the embassy"),
        ],
    );
    assert_eq!(r.status, 303);
    let note = between(&member.get(&tip_page).body, "/notes/", "\"").to_owned();
    let r = member.post(
        &tip_page,
        &[
            ("csrf", &csrf),
            ("action", "reply"),
            ("reply", "can you tell us more?"),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.body);
    let message = between(&member.get(&tip_page).body, "/messages/", "\"").to_owned();
    let route = between(
        &admin.get("/admin/routes").body,
        "href=\"/admin/routes/",
        "\"",
    )
    .to_owned();
    assert_ne!(route, "new");
    let fill = |p: &str| {
        p.replace("{tip}", &tip)
            .replace("{team}", &team)
            .replace("{note}", &note)
            .replace("{message}", &message)
            .replace("{number}", "1")
            .replace("{id}", if p.contains("/routes/") { &route } else { "" })
    };
    let responder_page = format!(
        "/admin/responders/{}",
        responder_id(&inst, &kyaw.fingerprint)
    );
    let csrf_of = |b: &mut Browser| hidden(&b.get("/responder/").body, "csrf");
    let (member_csrf, other_csrf, admin_csrf) = (
        csrf_of(&mut member),
        csrf_of(&mut other_team),
        csrf_of(&mut admin),
    );
    let call = |b: &mut Browser, method: &str, path: &str, csrf: &str| -> Resp {
        match method {
            "GET" => b.get(path),
            _ => b.post(
                path,
                &[("csrf", csrf), ("action", "status"), ("status", "triaging")],
            ),
        }
    };
    let mut checked = 0;
    let mut forged_posts = 0;
    for (method, pattern, guard) in TABLE {
        if *guard == Guard::Public {
            continue;
        }
        // The logout routes would end the sessions the rest of the table uses.
        let ends_session = pattern.contains("logout");
        let path = if pattern.contains("/responders/") {
            responder_page.clone()
        } else {
            fill(pattern)
        };
        // Anonymous: to the login page, for GET and POST alike.
        let r = call(&mut anon, method, &path, "x");
        assert_eq!(r.status, 303, "anonymous {method} {path}");
        assert!(
            r.header("location")
                .unwrap()
                .starts_with("/responder/login"),
            "anonymous {method} {path}"
        );
        if *method == "POST" {
            // Whoever may post here is refused without the session's CSRF
            // token, and with it from another site.
            let (who, token) = match guard {
                Guard::Admin => (&mut admin, admin_csrf.as_str()),
                _ => (&mut member, member_csrf.as_str()),
            };
            let forged = if pattern.ends_with("/key") {
                who.post_multipart(&path, &[("csrf", "forged")], None)
            } else {
                call(who, method, &path, "forged")
            };
            assert_eq!(forged.status, 403, "forged CSRF token {method} {path}");
            let body = encode(&[
                ("csrf", token),
                ("action", "status"),
                ("status", "triaging"),
            ]);
            let cross = who.post_body(&path, FORM, body.as_bytes(), CROSS_SITE);
            assert_eq!(cross.status, 403, "cross-site {method} {path}");
            forged_posts += 1;
        }
        match guard {
            Guard::Admin => {
                let r = call(&mut member, method, &path, &member_csrf);
                assert_eq!(r.status, 403, "responder {method} {path}");
                if *method == "GET" {
                    assert_eq!(admin.get(&path).status, 200, "admin GET {path}");
                }
            }
            Guard::Team => {
                let r = call(&mut other_team, method, &path, &other_csrf);
                assert_eq!(r.status, 404, "other team {method} {path}");
                let r = call(&mut admin, method, &path, &admin_csrf);
                assert_eq!(r.status, 404, "admin outside the team {method} {path}");
                if *method == "GET" {
                    assert_eq!(member.get(&path).status, 200, "member GET {path}");
                }
            }
            Guard::SignedIn if *method == "GET" && !ends_session => {
                assert_eq!(other_team.get(&path).status, 200, "signed in GET {path}");
            }
            _ => {}
        }
        checked += 1;
    }
    assert_eq!(
        checked,
        TABLE.iter().filter(|(_, _, g)| *g != Guard::Public).count()
    );
    assert_eq!(
        forged_posts,
        TABLE
            .iter()
            .filter(|(m, _, g)| *m == "POST" && *g != Guard::Public)
            .count()
    );
    // Every session still works: no forged post ended one (logout included).
    for b in [&mut member, &mut admin] {
        assert_eq!(b.get("/responder/").status, 200);
    }
    public_posts_refuse_forgeries(&inst, &s);
    // Guessing ids: a random tip or team id is the same 404.
    let guessed = format!("/responder/tips/{}/{team}", "0".repeat(8) + &tip[8..]);
    assert_eq!(member.get(&guessed).status, 404);
    // The other team's own tip is theirs: the table's 404s were not a broken page.
    let theirs = other_team.get("/responder/inbox").body;
    let their_tip = format!(
        "/responder/tips/{}",
        between(&theirs, "href=\"/responder/tips/", "\"")
    );
    assert_eq!(other_team.get(&their_tip).status, 200);
    assert_eq!(member.get(&their_tip).status, 404);
}

both_backends!(every_route_checks_who_asks);
