//! Responder and admin accounts over HTTP, on SQLite and PostgreSQL:
//! invitations (password, TOTP, recovery codes, key), login with both
//! factors, single-use codes, throttling without lock-out, sessions that
//! time out and end everywhere, cookies and CSRF.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;
use std::sync::Arc;
use std::time::Instant;
use tipline::clock::{Clock, ManualClock};

const PASSWORD: &str = "river lantern copper moth";

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn invite(inst: &Instance, args: &[&str]) -> String {
    let mut all = vec!["admin", "invite"];
    all.extend_from_slice(args);
    invite_path(&inst.ok(&all))
}

fn invitation_login_and_logout(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Mae Sot desk", "--kind", "ngo"]);
    let path = invite(
        &inst,
        &[
            "--email",
            "Ana@Example.org",
            "--role",
            "responder",
            "--team",
            "Mae Sot desk",
        ],
    );
    let s = inst.serve(&[]);
    let mut b = Browser::new(&s.url(""));

    // Step 1: password rules, with the reason shown and nothing stored.
    let page = b.get(&path);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("ana@example.org"));
    let csrf = hidden(&page.body, "csrf");
    for (pw, pw2, why) in [
        ("qx7zv", "qx7zv", "at least 8"),
        ("password123", "password123", "most common"),
        (
            "a fine long passphrase",
            "another passphrase",
            "not the same",
        ),
    ] {
        let r = b.post(
            &path,
            &[
                ("csrf", &csrf),
                ("step", "password"),
                ("password", pw),
                ("password2", pw2),
            ],
        );
        assert_eq!(r.status, 422, "{pw}");
        assert!(r.body.contains(why), "{why}: {}", r.body);
        assert!(!r.body.contains(pw), "a refused password is not echoed");
    }
    // No CSRF token, or another site: refused.
    let r = b.post(
        &path,
        &[
            ("step", "password"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    );
    assert_eq!(r.status, 403);
    let r = b.post_body(
        &path,
        "application/x-www-form-urlencoded",
        encode(&[
            ("csrf", &csrf),
            ("step", "password"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ])
        .as_bytes(),
        &[("Origin", "https://evil.example")],
    );
    assert_eq!(r.status, 403);

    let key = Responder::generate("ana");
    let enrolled = enrol(
        &mut b,
        &path,
        PASSWORD,
        now(),
        Some(("Ana Lwin", &key.public)),
    );
    // The done page shows her key and the instance key to pin.
    let grouped = |fp: &str| {
        fp.as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap().to_owned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(
        enrolled.done.contains(&grouped(&key.fingerprint)),
        "{}",
        enrolled.done
    );
    let instance_fp = inst.ok(&["responder", "list"]);
    assert!(instance_fp.contains(&key.fingerprint));
    assert!(
        instance_fp.contains("pending"),
        "an uploaded key waits for vetting: {instance_fp}"
    );
    use sequoia_openpgp::parse::Parse;
    let cert = inst.instance_cert();
    let ifp = sequoia_openpgp::Cert::from_bytes(cert.as_bytes())
        .unwrap()
        .fingerprint()
        .to_hex();
    assert!(
        enrolled.done.contains(&grouped(&ifp)),
        "instance fingerprint shown"
    );
    assert!(inst.ok(&["alert", "list"]).contains("responder-pending"));
    // The link is spent.
    assert_eq!(b.get(&path).status, 404);

    // At rest: no password, TOTP secret or recovery code in the clear.
    let dump = inst.db.dump();
    let secret = enrolled.totp.secret().to_base32();
    for needle in [
        PASSWORD.as_bytes(),
        secret.as_bytes(),
        enrolled.totp.secret().as_bytes(),
        enrolled.codes[0].as_bytes(),
    ] {
        assert!(!contains(&dump, needle), "found a secret at rest");
    }

    // Login: each of a wrong password, a wrong code, an unknown address
    // gets the same answer.
    let t = now();
    let mut stranger = Browser::new(&s.url(""));
    let failures: Vec<String> = [
        (
            "ana@example.org",
            "wrong password here",
            enrolled.code_at(t),
        ),
        ("ana@example.org", PASSWORD, "000000".to_owned()),
        ("nobody@example.org", PASSWORD, enrolled.code_at(t)),
    ]
    .iter()
    .map(|(e, p, c)| {
        let r = login(&mut stranger, e, p, c);
        assert_eq!(r.status, 422);
        assert!(!r.headers.contains_key("set-cookie"));
        between(&r.body, "<p class=\"errors\" role=\"alert\">", "</p>")
    })
    .collect();
    assert!(failures.iter().all(|f| f == &failures[0]), "{failures:?}");

    let code = enrolled.code_at(t + 30);
    let r = login(&mut b, "ANA@example.org", PASSWORD, &code);
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(r.header("location"), Some("/responder/"));
    let session_cookie = r
        .headers
        .get("set-cookie")
        .unwrap()
        .iter()
        .find(|c| c.starts_with("tipline="))
        .unwrap()
        .clone();
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(session_cookie.contains(attr), "{session_cookie}");
    }
    let token = session_cookie
        .split(';')
        .next()
        .unwrap()
        .trim_start_matches("tipline=");
    assert!(token.len() >= 43, "256 random bits, base64url");
    assert!(
        !contains(&inst.db.dump(), token.as_bytes()),
        "only the token's hash is stored"
    );
    let dash = b.get("/responder/");
    assert_eq!(dash.status, 200);
    assert!(dash.body.contains("ana@example.org"));
    assert!(dash.body.contains(&grouped(&key.fingerprint)));
    assert!(dash.body.contains("Pending"), "{}", dash.body);
    assert!(dash.body.contains("Mae Sot desk"));

    // The same TOTP code never works twice.
    let mut other = Browser::new(&s.url(""));
    assert_eq!(
        login(&mut other, "ana@example.org", PASSWORD, &code).status,
        422
    );
    // A recovery code works once, instead of a TOTP code.
    let rc = enrolled.codes[3].to_uppercase();
    assert_eq!(
        login(&mut other, "ana@example.org", PASSWORD, &rc).status,
        303
    );
    assert!(other.get("/responder/").body.contains("ana@example.org"));
    let mut third = Browser::new(&s.url(""));
    assert_eq!(
        login(&mut third, "ana@example.org", PASSWORD, &rc).status,
        422
    );

    // Logout needs the CSRF token, and ends only this session.
    let dash = b.get("/responder/");
    let csrf = hidden(&dash.body, "csrf");
    assert_eq!(b.post("/responder/logout", &[]).status, 403);
    assert_eq!(
        other.post("/responder/logout", &[("csrf", &csrf)]).status,
        403,
        "a token is bound to its session"
    );
    let r = b.post("/responder/logout", &[("csrf", &csrf)]);
    assert_eq!(r.status, 303);
    assert!(!b.cookies.contains_key("tipline"));
    // Even a copy of the old cookie no longer opens anything.
    b.cookies.insert("tipline".into(), token.to_owned());
    let r = b.get("/responder/");
    assert_eq!(r.status, 303);
    assert!(
        r.header("location")
            .unwrap()
            .starts_with("/responder/login")
    );
    assert_eq!(other.get("/responder/").status, 200);

    let audit = inst.ok(&["audit", "list"]);
    for action in [
        "invite",
        "key uploaded",
        "invitation accepted",
        "login",
        "login with a recovery code",
    ] {
        assert!(audit.contains(action), "{action}: {audit}");
    }
    let logs = s.logs();
    for secret in [PASSWORD, "CanaryAgent", "ana@example.org", token] {
        assert!(!logs.contains(secret), "{secret} in the log");
    }
}

fn admin_without_key_and_responder_with_registered_key(backend: Backend) {
    let (inst, rs) = Instance::with_desk(backend, &["kyaw"]);
    // A responder the CLI registered, still pending, shows on the admin's dashboard.
    let pending = Responder::generate("mya");
    inst.add_responder("Desk", "mya", &pending);
    let admin_path = invite(&inst, &["--email", "boss@example.org"]);
    let kyaw_path = invite(
        &inst,
        &[
            "--email",
            "kyaw@example.org",
            "--role",
            "responder",
            "--responder",
            &rs[0].fingerprint,
        ],
    );
    let s = inst.serve(&[]);

    let mut admin = Browser::new(&s.url(""));
    let e = enrol(&mut admin, &admin_path, PASSWORD, now(), None);
    assert!(!e.done.contains("Your key:"), "an admin needs no key");
    assert_eq!(
        login(
            &mut admin,
            "boss@example.org",
            PASSWORD,
            &e.code_at(now() + 30)
        )
        .status,
        303
    );
    let dash = admin.get("/responder/");
    assert!(dash.body.contains("(admin)"));
    assert!(dash.body.contains("waiting to be vetted"), "{}", dash.body);
    assert!(dash.body.contains("mya@example.org"));
    assert!(
        !dash.body.contains("kyaw@example.org"),
        "vetted ones are not pending"
    );

    // Kyaw's key was registered by the CLI: the last step shows it to check.
    let mut kyaw = Browser::new(&s.url(""));
    let e = enrol(
        &mut kyaw,
        &kyaw_path,
        "golden rock pagoda steps",
        now(),
        None,
    );
    assert!(e.done.contains(&rs[0].fingerprint[..4]), "{}", e.done);
    assert!(!e.done.contains("is pending"), "{}", e.done);
    assert_eq!(
        login(
            &mut kyaw,
            "kyaw@example.org",
            "golden rock pagoda steps",
            &e.code_at(now() + 30)
        )
        .status,
        303
    );
    let dash = kyaw.get("/responder/");
    assert!(dash.body.contains("Vetted"), "{}", dash.body);
    assert!(
        !dash.body.contains("waiting to be vetted"),
        "only admins see pending responders"
    );
}

fn cli_invite_refuses_bad_input(backend: Backend) {
    let inst = Instance::new(backend);
    inst.ok(&["team", "add", "Desk", "--kind", "ngo"]);
    for (args, says) in [
        (vec!["--email", "not an address"], "valid e-mail"),
        (
            vec!["--email", "a@example.org", "--role", "owner"],
            "admin or responder",
        ),
        (
            vec!["--email", "a@example.org", "--role", "responder"],
            "needs a team",
        ),
        (
            vec!["--email", "a@example.org", "--team", "Nope"],
            "no team",
        ),
        (
            vec!["--email", "a@example.org", "--responder", "ABCD"],
            "no responder",
        ),
    ] {
        let mut all = vec!["admin", "invite"];
        all.extend(args);
        let out = inst.cli(&all);
        assert!(!out.status.success(), "{all:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{all:?}: {err}");
        assert!(!err.contains("panicked"));
    }
    // A second invitation replaces the first; an active account cannot be invited again.
    let first = invite(&inst, &["--email", "a@example.org"]);
    let second = invite(&inst, &["--email", "a@example.org"]);
    let s = inst.serve(&[]);
    let mut b = Browser::new(&s.url(""));
    assert_eq!(b.get(&first).status, 404);
    enrol(&mut b, &second, PASSWORD, now(), None);
    let out = inst.cli(&["admin", "invite", "--email", "A@example.org"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already active"));
}

/// An in-process instance with a manual clock and an enrolled responder.
struct Clocked {
    _inst: Instance,
    clock: Arc<ManualClock>,
    base: String,
    enrolled: Enrolled,
}

impl Clocked {
    fn new(backend: Backend, public_url: Option<&str>) -> Self {
        let inst = Instance::new(backend);
        inst.ok(&["team", "add", "Desk", "--kind", "ngo"]);
        let path = invite(
            &inst,
            &[
                "--email",
                "ana@example.org",
                "--role",
                "responder",
                "--team",
                "Desk",
            ],
        );
        let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
        let mut config = inst.config();
        config.public_url = public_url.map(str::to_owned);
        let base = in_process(config, clock.clone());
        let mut b = Browser::new(&base);
        let key = Responder::generate("ana");
        let enrolled = enrol(
            &mut b,
            &path,
            PASSWORD,
            clock.now().timestamp(),
            Some(("Ana", &key.public)),
        );
        Self {
            _inst: inst,
            clock,
            base,
            enrolled,
        }
    }

    fn t(&self) -> i64 {
        self.clock.now().timestamp()
    }

    fn advance(&self, secs: i64) {
        self.clock.advance(chrono::Duration::seconds(secs));
    }

    /// Logs in with the code of the next TOTP step (moving the clock there).
    fn login(&self, b: &mut Browser) -> Resp {
        self.advance(30);
        login(
            b,
            "ana@example.org",
            PASSWORD,
            &self.enrolled.code_at(self.t()),
        )
    }
}

fn sessions_time_out_and_end_everywhere(backend: Backend) {
    let c = Clocked::new(backend, None);
    let mut a = Browser::new(&c.base);
    let mut b = Browser::new(&c.base);
    assert_eq!(c.login(&mut a).status, 303);
    assert_eq!(c.login(&mut b).status, 303);

    // Idle: 29 minutes is fine, 31 more is not.
    c.advance(29 * 60);
    assert_eq!(a.get("/responder/").status, 200);
    c.advance(31 * 60);
    let r = a.get("/responder/");
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/responder/login?ended=1"));
    assert!(
        a.get("/responder/login?ended=1")
            .body
            .contains("Your session ended")
    );
    assert_eq!(b.get("/responder/").status, 303, "b was idle as long");

    // Absolute: active every 20 minutes, still out after 12 hours.
    assert_eq!(c.login(&mut a).status, 303);
    for _ in 0..35 {
        c.advance(20 * 60);
        assert_eq!(a.get("/responder/").status, 200);
    }
    c.advance(21 * 60);
    assert_eq!(a.get("/responder/").status, 303, "12 hours after login");

    // Log out everywhere (else): b's session ends, a's stays.
    assert_eq!(c.login(&mut a).status, 303);
    assert_eq!(c.login(&mut b).status, 303);
    let csrf = hidden(&a.get("/responder/").body, "csrf");
    let r = a.post("/responder/logout-everywhere", &[("csrf", &csrf)]);
    assert_eq!(r.status, 200);
    assert!(r.body.contains("1 other session ended"), "{}", r.body);
    assert_eq!(b.get("/responder/").status, 303);
    assert_eq!(a.get("/responder/").status, 200);

    // Login rotates the session: the one the browser brought along ends.
    let before = a.cookies.get("tipline").cloned().unwrap();
    assert_eq!(c.login(&mut a).status, 303);
    let after = a.cookies.get("tipline").cloned().unwrap();
    assert_ne!(after, before);
    a.cookies.insert("tipline".into(), before);
    assert_eq!(a.get("/responder/").status, 303);
    a.cookies.insert("tipline".into(), after);
    assert_eq!(a.get("/responder/").status, 200);
}

fn failed_logins_slow_down_without_locking_out(backend: Backend) {
    let c = Clocked::new(backend, None);
    // Ana logs in once from her own browser: it gets a device cookie.
    let mut ana = Browser::new(&c.base);
    assert_eq!(c.login(&mut ana).status, 303);
    assert!(ana.cookies.contains_key("tipline-device"));
    let csrf = hidden(&ana.get("/responder/").body, "csrf");
    assert_eq!(
        ana.post("/responder/logout", &[("csrf", &csrf)]).status,
        303
    );

    // A stranger guesses: three free tries, then a growing wait.
    let mut stranger = Browser::new(&c.base);
    let guess = |b: &mut Browser, email: &str| login(b, email, "guess guess guess", "123456");
    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(guess(&mut stranger, "ana@example.org").status);
    }
    assert_eq!(statuses, [422, 422, 422, 429, 429]);
    c.advance(1);
    assert_eq!(guess(&mut stranger, "ana@example.org").status, 422);
    let r = guess(&mut stranger, "ana@example.org");
    assert_eq!(r.status, 429);
    assert_eq!(r.header("retry-after"), Some("2"));
    assert!(r.body.contains("Wait 2 second"), "{}", r.body);
    // Even the right password is not checked while the lane waits.
    let r = login(
        &mut stranger,
        "ana@example.org",
        PASSWORD,
        &c.enrolled.code_at(c.t() + 30),
    );
    assert_eq!(r.status, 429);
    // The same for an address no account has: nothing tells them apart.
    let mut statuses = Vec::new();
    for _ in 0..5 {
        statuses.push(guess(&mut stranger, "nobody@example.org").status);
    }
    assert_eq!(statuses, [422, 422, 422, 429, 429]);

    // A forged device cookie is no way around the wait.
    let mut forged = ana.cookies["tipline-device"].clone();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    stranger.cookies.insert("tipline-device".into(), forged);
    assert_eq!(guess(&mut stranger, "ana@example.org").status, 429);
    // Ana, in her own browser, is not slowed at all (the code of the next
    // step: the clock has not moved).
    let r = login(
        &mut ana,
        "ana@example.org",
        PASSWORD,
        &c.enrolled.code_at(c.t() + 30),
    );
    assert_eq!(r.status, 303, "no lock-out: {}", r.body);
    // The wait ends, and grows with the next failure.
    c.advance(10);
    assert_eq!(guess(&mut stranger, "ana@example.org").status, 422);
    assert_eq!(guess(&mut stranger, "ana@example.org").status, 429);
}

fn unknown_accounts_take_as_long_as_known_ones(backend: Backend) {
    let c = Clocked::new(backend, None);
    let mut b = Browser::new(&c.base);
    let mut time = |email: &str| {
        let page = b.get("/responder/login");
        let token = hidden(&page.body, "token");
        let csrf = hidden(&page.body, "csrf");
        let start = Instant::now();
        let r = b.post(
            "/responder/login",
            &[
                ("token", &token),
                ("csrf", &csrf),
                ("email", email),
                ("password", "not the password"),
                ("code", "123456"),
            ],
        );
        assert_eq!(r.status, 422);
        // Different addresses, so that no throttle lane fills up.
        start.elapsed().as_secs_f64()
    };
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for i in 0..3 {
        known.push(time("ana@example.org"));
        unknown.push(time(&format!("nobody{i}@example.org")));
    }
    known.sort_by(f64::total_cmp);
    unknown.sort_by(f64::total_cmp);
    // argon2id (19 MiB, 2 passes) dominates either way; without the dummy
    // hash an unknown address would answer ~50 times faster.
    assert!(
        unknown[1] > known[1] * 0.4,
        "known {known:?} unknown {unknown:?}"
    );
}

fn cookies_are_host_prefixed_and_secure_over_tls(backend: Backend) {
    let c = Clocked::new(backend, Some("https://tips.example.org"));
    let mut b = Browser::new(&c.base);
    let r = c.login(&mut b);
    // The test talks plain HTTP to the server behind the TLS proxy, so an
    // Origin of the public address is what a browser would send.
    assert_eq!(r.status, 303, "{}", r.body);
    let cookies = r.headers.get("set-cookie").unwrap();
    let session = cookies
        .iter()
        .find(|c| c.starts_with("__Host-tipline="))
        .expect("__Host- session cookie");
    let device = cookies
        .iter()
        .find(|c| c.starts_with("__Host-tipline-device="))
        .expect("__Host- device cookie");
    for c in [session, device] {
        for attr in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
            assert!(c.contains(attr), "{c}");
        }
        assert!(!c.contains("Domain"), "{c}");
    }
    assert_eq!(b.get("/responder/").status, 200);
    // A form posted from another origin is refused even with the cookie.
    let csrf = hidden(&b.get("/responder/").body, "csrf");
    let r = b.post_body(
        "/responder/logout",
        "application/x-www-form-urlencoded",
        encode(&[("csrf", &csrf)]).as_bytes(),
        &[("Origin", "https://evil.example")],
    );
    assert_eq!(r.status, 403);
    let r = b.post_body(
        "/responder/logout",
        "application/x-www-form-urlencoded",
        encode(&[("csrf", &csrf)]).as_bytes(),
        &[("Origin", "https://tips.example.org")],
    );
    assert_eq!(r.status, 303);
}

fn invitations_expire_after_72_hours(backend: Backend) {
    let inst = Instance::new(backend);
    let path = invite(&inst, &["--email", "late@example.org"]);
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let base = in_process(inst.config(), clock.clone());
    let mut b = Browser::new(&base);
    clock.advance(chrono::Duration::hours(71));
    let page = b.get(&path);
    assert_eq!(page.status, 200, "still live after 71 hours");
    let csrf = hidden(&page.body, "csrf");
    clock.advance(chrono::Duration::hours(2));
    let r = b.get(&path);
    assert_eq!(r.status, 404, "expired after 73 hours");
    assert!(r.body.contains("This invitation link does not work"));
    let r = b.post(
        &path,
        &[
            ("csrf", &csrf),
            ("step", "password"),
            ("password", PASSWORD),
            ("password2", PASSWORD),
        ],
    );
    assert_eq!(r.status, 404, "an expired link takes no step");
}

/// The TOTP generator behind a set-up page's `otpauth://` link.
fn totp_of(page: &str) -> totp_rs::Totp {
    let url = unescape(&between(
        page,
        "<details><summary>Set-up link for apps on this device</summary><p><code class=\"secret\">",
        "</code>",
    ));
    totp_rs::Totp::from_url(&url).unwrap()
}

fn own_second_factor_changes_need_the_password(backend: Backend) {
    let c = Clocked::new(backend, None);
    let mut a = Browser::new(&c.base);
    let mut b = Browser::new(&c.base);
    assert_eq!(c.login(&mut a).status, 303);
    assert_eq!(c.login(&mut b).status, 303);
    let csrf = hidden(&a.get("/responder/").body, "csrf");

    // A new authenticator: the current password first.
    let r = a.post(
        "/responder/totp",
        &[
            ("csrf", &csrf),
            ("action", "begin"),
            ("current", "not my password"),
        ],
    );
    assert_eq!(r.status, 422);
    assert!(
        r.body.contains("current password is not right"),
        "{}",
        r.body
    );
    let r = a.post(
        "/responder/totp",
        &[("csrf", &csrf), ("action", "begin"), ("current", PASSWORD)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("<svg"), "a QR code");
    let fresh = totp_of(&r.body);
    let pending = hidden(&r.body, "pending");
    // A wrong code keeps the old app and shows the same set-up again.
    let r = a.post(
        "/responder/totp",
        &[
            ("csrf", &csrf),
            ("action", "confirm"),
            ("pending", &pending),
            ("code", &c.enrolled.code_at(c.t())),
        ],
    );
    assert_eq!(
        r.status, 422,
        "a code of the old app does not confirm the new one"
    );
    assert_eq!(hidden(&r.body, "pending"), pending);
    // The set-up belongs to this session: another session cannot use it.
    let csrf_b = hidden(&b.get("/responder/").body, "csrf");
    let r = b.post(
        "/responder/totp",
        &[
            ("csrf", &csrf_b),
            ("action", "confirm"),
            ("pending", &pending),
            ("code", &fresh.generate(c.t() as u64).to_string()),
        ],
    );
    assert!(r.body.contains("nothing was changed"), "{}", r.body);
    // Confirmed with the new app's code: the other session ends.
    c.advance(30);
    let r = a.post(
        "/responder/totp",
        &[
            ("csrf", &csrf),
            ("action", "confirm"),
            ("pending", &pending),
            ("code", &fresh.generate(c.t() as u64).to_string()),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body.contains("new authenticator app is in use")
            && r.body.contains("1 other session ended"),
        "{}",
        r.body
    );
    assert_eq!(b.get("/responder/").status, 303);
    assert_eq!(a.get("/responder/").status, 200);
    // The old app's codes stop working; the new app's work, once each.
    c.advance(30);
    let mut third = Browser::new(&c.base);
    let old = c.enrolled.code_at(c.t());
    assert_eq!(
        login(&mut third, "ana@example.org", PASSWORD, &old).status,
        422
    );
    c.advance(30);
    let code = fresh.generate(c.t() as u64).to_string();
    assert_eq!(
        login(&mut third, "ana@example.org", PASSWORD, &code).status,
        303
    );
    let mut fourth = Browser::new(&c.base);
    assert_eq!(
        login(&mut fourth, "ana@example.org", PASSWORD, &code).status,
        422,
        "a code works once"
    );
    // A set-up page left open for more than 15 minutes is refused.
    let r = a.post(
        "/responder/totp",
        &[("csrf", &csrf), ("action", "begin"), ("current", PASSWORD)],
    );
    let late = totp_of(&r.body);
    let stale = hidden(&r.body, "pending");
    c.advance(16 * 60);
    let csrf = hidden(&a.get("/responder/").body, "csrf");
    let r = a.post(
        "/responder/totp",
        &[
            ("csrf", &csrf),
            ("action", "confirm"),
            ("pending", &stale),
            ("code", &late.generate(c.t() as u64).to_string()),
        ],
    );
    assert!(r.body.contains("too old"), "{}", r.body);

    // New recovery codes: the password again, the old codes stop working.
    let r = a.post(
        "/responder/totp",
        &[("csrf", &csrf), ("action", "codes"), ("current", "wrong")],
    );
    assert!(r.body.contains("current password is not right"));
    let r = a.post(
        "/responder/totp",
        &[("csrf", &csrf), ("action", "codes"), ("current", PASSWORD)],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let codes: Vec<String> = r
        .body
        .split("<li><code>")
        .skip(1)
        .map(|s| s[..s.find('<').unwrap()].to_owned())
        .collect();
    assert_eq!(codes.len(), 10, "{}", r.body);
    assert!(!codes.contains(&c.enrolled.enrolled_recovery(5)));
    let mut fifth = Browser::new(&c.base);
    assert_eq!(
        login(
            &mut fifth,
            "ana@example.org",
            PASSWORD,
            &c.enrolled.enrolled_recovery(5)
        )
        .status,
        422,
        "old recovery codes are gone"
    );
    assert_eq!(
        login(&mut fifth, "ana@example.org", PASSWORD, &codes[0]).status,
        303
    );
    assert!(
        a.get("/responder/")
            .body
            .contains("Recovery codes left: 9 of 10"),
        "one of the new codes used"
    );
    let audit = c._inst.ok(&["audit", "list"]);
    assert!(audit.contains("authenticator changed"), "{audit}");
    assert!(audit.contains("recovery codes replaced"), "{audit}");
}

both_backends!(
    invitation_login_and_logout,
    admin_without_key_and_responder_with_registered_key,
    cli_invite_refuses_bad_input,
    sessions_time_out_and_end_everywhere,
    failed_logins_slow_down_without_locking_out,
    unknown_accounts_take_as_long_as_known_ones,
    cookies_are_host_prefixed_and_secure_over_tls,
    invitations_expire_after_72_hours,
    own_second_factor_changes_need_the_password,
);
