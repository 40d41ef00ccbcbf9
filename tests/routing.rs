//! Routing in the admin web UI, over HTTP on SQLite and PostgreSQL:
//! routes created, edited, reordered and deleted; the preview; the warning
//! for a route that reaches no usable key; teams; names escaped; and the
//! approvals that a team joining and a team bound to a route need.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)]

mod common;
use common::*;

const PASSWORD: &str = "teak veranda lantern rain";

/// The form fields of a route, with the page's CSRF token.
fn route_form<'a>(csrf: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![("csrf", csrf), ("action", "save")];
    f.extend_from_slice(extra);
    f
}

fn team_id(page: &str, name_escaped: &str) -> String {
    // The edit form lists teams as checkboxes named team_<uuid>, label after.
    let at = page.find(name_escaped).expect(name_escaped);
    let before = &page[..at];
    let start = before.rfind("name=\"team_").unwrap() + "name=\"team_".len();
    before[start..start + 36].to_owned()
}

fn route_href(page: &str, name_escaped: &str) -> String {
    let at = page
        .find(&format!("<strong>{name_escaped}</strong>"))
        .expect(name_escaped);
    let before = &page[..at];
    let start = before.rfind("href=\"/admin/routes/").unwrap() + "href=\"".len();
    before[start..start + "/admin/routes/".len() + 36].to_owned()
}

fn newest_tip(inst: &Instance, before: &[String]) -> String {
    tip_ids(inst)
        .into_iter()
        .find(|i| !before.contains(i))
        .expect("a new tip")
}

fn recipients_of(inst: &Instance, tip: &str) -> Vec<String> {
    let mut to = pkesk_recipients(inst.ok(&["tip", "export", tip]).as_bytes());
    to.sort();
    to
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn routes_made_edited_reordered_and_previewed(backend: Backend) {
    let (inst, desk) = Instance::with_desk(backend, &["kyaw"]);
    let s = inst.serve(&[]);
    let (mut admin, _) = sign_in(&inst, &s, PASSWORD, &["--email", "boss@example.org"]);
    let page = admin.get("/admin/routes").body;
    assert!(
        page.contains("<strong>All</strong>") && page.contains("every report no other route takes")
    );
    let csrf = hidden(&page, "csrf");

    // The default route cannot be deleted.
    let all = route_href(&page, "All");
    let r = admin.post(&all, &[("csrf", &csrf), ("action", "delete")]);
    assert_eq!(r.status, 422);
    assert!(r.body.contains("cannot be deleted"), "{}", r.body);

    // A team whose name is markup is shown as text everywhere.
    let evil_team = "Embassy <script>alert(1)</script>";
    let r = admin.post(
        "/admin/teams",
        &[("csrf", &csrf), ("name", evil_team), ("kind", "embassy")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(!r.body.contains("<script>alert(1)"));
    let team_escaped = "Embassy &#60;script&#62;alert(1)&#60;/script&#62;";
    assert!(r.body.contains(team_escaped), "{}", r.body);
    let r = admin.post(
        "/admin/teams",
        &[("csrf", &csrf), ("name", evil_team), ("kind", "embassy")],
    );
    assert_eq!(r.status, 422);
    assert!(r.body.contains("already exists"));

    // A new route for urgent reports from Myanmar, to that team, which has
    // no key yet: saved, and flagged.
    let form = admin.get("/admin/routes/new").body;
    let embassy = team_id(&form, team_escaped);
    let team_field = format!("team_{embassy}");
    let evil_route = "MM urgent <img src=x onerror=alert(2)>";
    let r = admin.post(
        "/admin/routes",
        &route_form(
            &csrf,
            &[
                ("name", evil_route),
                ("country_MM", "on"),
                ("urgent", "yes"),
                (&team_field, "on"),
            ],
        ),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(!r.body.contains("<img src=x"));
    let route_escaped = "MM urgent &#60;img src=x onerror=alert(2)&#62;";
    assert!(r.body.contains(route_escaped), "{}", r.body);
    assert!(
        r.body.contains("This route reaches no vetted, valid key"),
        "{}",
        r.body
    );
    let mm = route_href(&r.body, route_escaped);
    assert!(admin.get(&mm).body.contains("value=\"MM urgent &#60;img"));

    // The preview says where a report would go: here, the default route.
    let preview = "/admin/routes?preview=1&country=MM&role=family&urgent=yes&language=my";
    let p = unescape(&admin.get(preview).body);
    assert!(
        p.contains(
            "A report from Myanmar (MM), by family member or friend, urgent, in မြန်မာ would reach:"
        ),
        "{p}"
    );
    assert!(
        p.contains("matched but reaches no one) → Desk (operator, 1 key)"),
        "{p}"
    );

    // With a vetted key in the team, the warning becomes the consent one,
    // and the preview tells the two cases apart.
    let envoy = inst.responder(evil_team, "envoy");
    // The team's name is text on every admin page that shows it.
    let envoy_page = format!(
        "/admin/responders/{}",
        responder_id(&inst, &envoy.fingerprint)
    );
    for path in ["/admin/", envoy_page.as_str(), "/admin/routes", mm.as_str()] {
        let page = admin.get(path).body;
        assert!(page.contains(team_escaped), "{path}");
        assert!(!page.contains("<script>alert(1)"), "{path}");
        assert!(!page.contains("<img src=x"), "{path}");
    }
    let page = unescape(&admin.get("/admin/routes").body);
    assert!(!page.contains("This route reaches no vetted, valid key"));
    assert!(page.contains("Only sources who agree to share"), "{page}");
    let p = unescape(&admin.get(preview).body);
    assert!(
        p.contains(&format!(
            "If the source agrees to share with NGOs, embassies and police: route \"{evil_route}\" → {evil_team} (embassy, 1 key)."
        )),
        "{p}"
    );
    assert!(
        p.contains("If the source agrees to none of them: route \"All\" (route"),
        "{p}"
    );

    // A report that matches, with consent for embassies, is sealed to the
    // embassy's key only; without consent, to the desk.
    let before = tip_ids(&inst);
    let report = |consent: &str| {
        let mut f = vec![
            ("country", "MM"),
            ("danger", "yes"),
            ("details", "twelve people in building 4"),
        ];
        if !consent.is_empty() {
            f.push((consent, "yes"));
        }
        assert_eq!(s.report(&f).status, 200);
    };
    report("consent_embassy");
    let tip = newest_tip(&inst, &before);
    assert_eq!(
        recipients_of(&inst, &tip),
        sorted(envoy.encryption_keyids())
    );
    let before = tip_ids(&inst);
    report("");
    let tip = newest_tip(&inst, &before);
    assert_eq!(
        recipients_of(&inst, &tip),
        sorted(desk[0].encryption_keyids())
    );

    // A second route below it; moved up, it takes urgent Myanmar reports first.
    let desk_field = format!(
        "team_{}",
        team_id(&admin.get("/admin/routes/new").body, "Desk (operator)")
    );
    let r = admin.post(
        "/admin/routes",
        &route_form(
            &csrf,
            &[
                ("name", "Urgent anywhere"),
                ("urgent", "yes"),
                (&desk_field, "on"),
            ],
        ),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let urgent = route_href(&r.body, "Urgent anywhere");
    let p = unescape(&admin.get(preview).body);
    assert!(p.contains(&format!(
        "share with NGOs, embassies and police: route \"{evil_route}\""
    )));
    let r = admin.post(&urgent, &[("csrf", &csrf), ("action", "up")]);
    assert!(r.body.contains("Order saved"));
    let page = unescape(&r.body);
    assert!(
        page.find("<strong>Urgent anywhere</strong>")
            < page.find(&format!("<strong>{evil_route}</strong>"))
    );
    let p = unescape(&admin.get(preview).body);
    assert!(
        p.contains("share with NGOs, embassies and police: route \"Urgent anywhere\" → Desk (operator, 1 key)."),
        "{p}"
    );

    // A clashing priority is refused with the form kept as typed.
    let prio = between(&admin.get(&mm).body, "name=\"priority\" value=\"", "\"").to_owned();
    let r = admin.post(
        &urgent,
        &route_form(
            &csrf,
            &[("name", "Urgent anywhere, renamed"), ("priority", &prio)],
        ),
    );
    assert_eq!(r.status, 422);
    assert!(r.body.contains("already used by route"), "{}", r.body);
    assert!(r.body.contains("value=\"Urgent anywhere, renamed\""));
    let r = admin.post(
        &urgent,
        &route_form(&csrf, &[("name", "x"), ("priority", "soon")]),
    );
    assert_eq!(r.status, 422);
    assert!(r.body.contains("whole number"));

    // Deleting a route: gone from the list, its tips keep their route name.
    let r = admin.post(&mm, &[("csrf", &csrf), ("action", "delete")]);
    assert_eq!(r.status, 200);
    assert!(
        !r.body
            .contains(&format!("<strong>{route_escaped}</strong>"))
    );
    assert_eq!(admin.get(&mm).status, 404);
    assert!(inst.ok(&["tip", "list"]).contains("MM urgent"));
    assert!(!inst.ok(&["route", "list"]).contains("MM urgent"));

    // Taking the only team off the default route: the page says reports
    // would have nowhere to go.
    // A form opened before a team was bound does not take it off: only
    // teams the form showed ticked are.
    let r = admin.post(&all, &route_form(&csrf, &[("name", "All")]));
    assert_eq!(r.status, 200);
    assert!(!r.body.contains("No team receives this route yet"));
    let was_desk = desk_field.replace("team_", "was_");
    let r = admin.post(
        &all,
        &route_form(&csrf, &[("name", "All"), (&was_desk, "on")]),
    );
    assert_eq!(r.status, 200);
    assert!(
        r.body
            .contains("No team receives this route yet: reports that reach it cannot be sent"),
        "{}",
        r.body
    );

    let audit = admin.get("/admin/audit").body;
    for what in [
        "add team",
        "add route",
        "edit route",
        "reorder routes",
        "delete route",
    ] {
        assert!(audit.contains(what), "{what}");
    }
}

fn team_changes_need_two_admins(backend: Backend) {
    let mut inst = Instance::new(backend);
    inst.extra_env
        .push(("TIPLINE_APPROVALS".into(), "2".into()));
    inst.ok(&["team", "add", "Desk", "--kind", "operator"]);
    inst.ok(&["team", "add", "Shelter", "--kind", "ngo"]);
    // The shell's binding is one approval of two.
    let out = inst.ok(&[
        "route",
        "add",
        "--name",
        "All",
        "--team",
        "Desk",
        "--default",
    ]);
    assert!(out.contains("waits for approval (1 of 2)"), "{out}");
    let bo = Responder::generate("bo");
    inst.add_responder("Desk", "bo", &bo);
    assert!(
        inst.ok(&["responder", "vet", &bo.fingerprint])
            .contains("1 of 2")
    );
    let s = inst.serve(&[]);
    // The first admin is also the responder Bo.
    let (mut first, _) = sign_in(
        &inst,
        &s,
        PASSWORD,
        &["--email", "bo@example.org", "--responder", &bo.fingerprint],
    );
    let (mut second, _) = sign_in(&inst, &s, PASSWORD, &["--email", "second@example.org"]);
    let bo_id = responder_id(&inst, &bo.fingerprint);

    // Bo's key needs another admin; second approves it.
    let bo_page = format!("/admin/responders/{bo_id}");
    let csrf2 = hidden(&second.get(&bo_page).body, "csrf");
    let r = second.post(
        &bo_page,
        &[
            ("csrf", &csrf2),
            ("action", "approve"),
            ("fingerprint", &bo.fingerprint),
        ],
    );
    assert!(r.body.contains("Vetted"), "{}", r.body);

    // The default route's team waits: reports have nowhere to go yet.
    assert_eq!(s.report(&[("details", "too early")]).status, 503);
    let page = first.get("/admin/routes").body;
    assert!(
        unescape(&page).contains("Team \"Desk\" (operator) to receive route \"All\""),
        "{page}"
    );
    assert!(page.contains("waiting for approval: Desk (operator)"));
    assert!(
        first
            .get("/admin/")
            .body
            .contains("1 change to teams or routes")
    );
    let csrf1 = hidden(&page, "csrf");
    let approve_form = |page: &str| -> Vec<(String, String)> {
        let form = between(page, "action=\"/admin/changes\"", "</form>");
        ["kind", "responder", "team", "route"]
            .iter()
            .map(|n| (n.to_string(), hidden(&form, n)))
            .collect()
    };
    let post_change = |b: &mut Browser, csrf: &str, fields: &[(String, String)]| {
        let mut f: Vec<(&str, &str)> = vec![("csrf", csrf)];
        f.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        b.post("/admin/changes", &f)
    };
    // Bo is in Desk: the second admin approves its binding, not he.
    let fields = approve_form(&second.get("/admin/routes").body);
    let r = post_change(&mut second, &csrf2, &fields);
    assert!(
        r.body.contains("Approved: the change is in effect"),
        "{}",
        r.body
    );
    assert_eq!(s.report(&[("details", "now it goes")]).status, 200);

    // Bo joining Shelter: Bo (as first admin) cannot approve it for himself.
    let csrf_first = hidden(&first.get(&bo_page).body, "csrf");
    let shelter = between(&first.get(&bo_page).body, "<option value=\"", "\"").to_owned();
    let r = first.post(
        &bo_page,
        &[
            ("csrf", &csrf_first),
            ("action", "join"),
            ("team", &shelter),
        ],
    );
    assert!(r.body.contains("widens your own access"), "{}", r.body);
    let r = second.post(
        &bo_page,
        &[("csrf", &csrf2), ("action", "join"), ("team", &shelter)],
    );
    assert!(r.body.contains("1 of 2"), "{}", r.body);
    let r = second.post(
        &bo_page,
        &[("csrf", &csrf2), ("action", "join"), ("team", &shelter)],
    );
    assert!(r.body.contains("You approved already"), "{}", r.body);
    assert!(r.body.contains("Shelter (waiting for approval)"));
    assert!(!inst.ok(&["responder", "list"]).contains("Desk, Shelter"));
    // The shell makes two.
    let out = inst.ok(&["responder", "join", &bo.fingerprint, "--team", "Shelter"]);
    assert!(out.contains("joined team \"Shelter\""), "{out}");
    assert!(inst.ok(&["responder", "list"]).contains("Desk, Shelter"));

    // A new route to Shelter: saved at once, its team waits for a second admin.
    let form = second.get("/admin/routes/new").body;
    let shelter_field = format!("team_{}", team_id(&form, "Shelter (NGO)"));
    let r = second.post(
        "/admin/routes",
        &route_form(
            &csrf2,
            &[
                ("name", "Escaped"),
                ("role_escaped", "on"),
                (&shelter_field, "on"),
            ],
        ),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        unescape(&r.body).contains("Team \"Shelter\" (NGO): Your approval is recorded (1 of 2)"),
        "{}",
        r.body
    );
    assert!(r.body.contains("waiting for approval: Shelter (NGO)"));
    let preview = "/admin/routes?preview=1&role=escaped&urgent=no&language=en";
    let p = unescape(&second.get(preview).body);
    assert!(p.contains("share with NGOs, embassies and police: route \"All\" (route \"Escaped\" matched but reaches no one)"), "{p}");
    // Bo is in Shelter: binding a route to it widens his own access, so he
    // cannot approve it, even with a crafted form.
    let (mut third, _) = sign_in(&inst, &s, PASSWORD, &["--email", "third@example.org"]);
    let fields = approve_form(&third.get("/admin/routes").body);
    let page = first.get("/admin/routes").body;
    assert!(
        !page.contains("action=\"/admin/changes\""),
        "no approve button for his own team"
    );
    let r = post_change(&mut first, &csrf1, &fields);
    assert!(r.body.contains("widens your own access"), "{}", r.body);
    // A third admin renames the route: saving does not approve the team
    // that waits; the list of waiting changes does.
    let csrf3 = hidden(&third.get("/admin/routes").body, "csrf");
    let escaped = route_href(&third.get("/admin/routes").body, "Escaped");
    let was_shelter = shelter_field.replace("team_", "was_");
    let r = third.post(
        &escaped,
        &route_form(
            &csrf3,
            &[
                ("name", "Escaped people"),
                ("role_escaped", "on"),
                (&shelter_field, "on"),
                (&was_shelter, "on"),
            ],
        ),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body.contains("waiting for approval: Shelter (NGO)"),
        "{}",
        r.body
    );
    let fields = approve_form(&third.get("/admin/routes").body);
    let r = post_change(&mut third, &csrf3, &fields);
    assert!(r.body.contains("Approved"), "{}", r.body);
    let p = unescape(&second.get(preview).body);
    assert!(
        p.contains(
            "share with NGOs, embassies and police: route \"Escaped people\" → Shelter (NGO, 1 key)."
        ),
        "{p}"
    );
    // Widening the criteria of a bound route takes its team off until
    // two admins approve again.
    let r = second.post(
        &escaped,
        &route_form(
            &csrf2,
            &[
                ("name", "Escaped people"),
                ("role_escaped", "on"),
                ("role_inside", "on"),
                (&shelter_field, "on"),
                (&was_shelter, "on"),
            ],
        ),
    );
    assert!(r.body.contains("The criteria changed"), "{}", r.body);
    assert!(
        r.body.contains("waiting for approval: Shelter (NGO)"),
        "{}",
        r.body
    );
    let p = unescape(&second.get(preview).body);
    assert!(
        p.contains("route \"All\" (route \"Escaped people\" matched but reaches no one)"),
        "{p}"
    );
    let fields = approve_form(&third.get("/admin/routes").body);
    let r = post_change(&mut third, &csrf3, &fields);
    assert!(r.body.contains("Approved"), "{}", r.body);
    // Taking the team off again needs no approval.
    let r = second.post(
        &escaped,
        &route_form(
            &csrf2,
            &[
                ("name", "Escaped people"),
                ("role_escaped", "on"),
                (&was_shelter, "on"),
            ],
        ),
    );
    assert!(
        r.body.contains("No team receives this route yet"),
        "{}",
        r.body
    );

    let audit = inst.ok(&["audit", "list"]);
    for what in [
        "approve binding a team to a route",
        "bind team to route",
        "approve joining a team",
        "join team",
        "criteria changed: rebind",
        "unbind team from route",
    ] {
        assert!(audit.contains(what), "{what}: {audit}");
    }
}

fn removed_responder_receives_nothing_and_tips_stay(backend: Backend) {
    let (inst, rs) = Instance::with_desk(backend, &["kyaw", "mya"]);
    let s = inst.serve(&[]);
    let (mut admin, _) = sign_in(&inst, &s, PASSWORD, &["--email", "boss@example.org"]);
    let (mut kyaw, _) = sign_in(
        &inst,
        &s,
        PASSWORD,
        &[
            "--email",
            "kyaw@example.org",
            "--role",
            "responder",
            "--responder",
            &rs[0].fingerprint,
        ],
    );
    let before = tip_ids(&inst);
    assert_eq!(s.report(&[("details", "before removal")]).status, 200);
    let old = newest_tip(&inst, &before);
    let both = sorted(
        rs.iter()
            .flat_map(|r| r.encryption_keyids())
            .collect::<Vec<_>>(),
    );
    assert_eq!(recipients_of(&inst, &old), both);

    let id = responder_id(&inst, &rs[0].fingerprint);
    let page = format!("/admin/responders/{id}");
    let csrf = hidden(&admin.get(&page).body, "csrf");
    let r = admin.post(&page, &[("csrf", &csrf), ("action", "remove")]);
    assert_eq!(r.status, 303);
    assert_eq!(admin.get(&page).status, 404);
    // Their session ended with their login.
    assert_eq!(kyaw.get("/responder/inbox").status, 303);
    assert!(!inst.ok(&["responder", "list"]).contains(&rs[0].fingerprint));
    // The next tip reaches Mya only; the old one is as it was.
    let before = tip_ids(&inst);
    assert_eq!(s.report(&[("details", "after removal")]).status, 200);
    let new = newest_tip(&inst, &before);
    assert_eq!(
        recipients_of(&inst, &new),
        sorted(rs[1].encryption_keyids())
    );
    assert_eq!(recipients_of(&inst, &old), both);
    assert!(inst.ok(&["audit", "list"]).contains("remove responder"));
    assert!(
        inst.ok(&["alert", "list"])
            .contains("was removed by boss@example.org")
    );
    // The CLI removes too.
    let out = inst.ok(&["responder", "remove", &rs[1].fingerprint]);
    assert!(out.contains("removed responder"), "{out}");
}

/// Routes saved before Simplified Chinese was renamed `zh-CN` → `zh-Hans`
/// still take the reports sent in it.
fn a_route_saved_as_zh_cn_still_takes_simplified_chinese(backend: Backend) {
    let (inst, _rs) = Instance::with_desk(backend, &["kyaw"]);
    inst.ok(&[
        "route",
        "add",
        "--name",
        "Chinese desk",
        "--team",
        "Desk",
        "--language",
        "zh-Hans",
        "--priority",
        "5",
    ]);
    assert!(inst.ok(&["route", "list"]).contains("zh-Hans"));
    // As an older release stored it.
    query_rows(
        &inst,
        "UPDATE routes SET languages = 'zh-CN' WHERE name = 'Chinese desk'",
    );
    let s = inst.serve(&[]);
    let token = token_of(&s.get("/?lang=zh-Hans").body);
    let r = s.post_form(
        "/report",
        &[("token", &token), ("lang", "zh-Hans"), ("details", "x")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(inst.ok(&["tip", "list"]).contains("Chinese desk"));
}

both_backends!(
    a_route_saved_as_zh_cn_still_takes_simplified_chinese,
    routes_made_edited_reordered_and_previewed,
    team_changes_need_two_admins,
    removed_responder_receives_nothing_and_tips_stay
);
