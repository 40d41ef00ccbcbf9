//! The command line: every admin action is scriptable. Each command prints
//! a clear error and exits non-zero on bad input.

use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::db::{self, Db};
use crate::routing::{TeamKind, demo_fingerprint};
use crate::seal::{ValidCert, grouped};
use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

/// Tipline: an anonymous, encrypted tip line.
#[derive(Debug, Parser)]
#[command(name = "tipline", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (applies migrations first).
    Serve {
        /// Seed a demo team, responder (keys/demo) and default route on an empty database.
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations.
    Migrate,
    /// Responder teams.
    #[command(subcommand)]
    Team(TeamCmd),
    /// Responders and their keys.
    #[command(subcommand)]
    Responder(ResponderCmd),
    /// Routes: which reports go to which teams.
    #[command(subcommand)]
    Route(RouteCmd),
    /// Admin alerts.
    #[command(subcommand)]
    Alert(AlertCmd),
    /// Sealed tips.
    #[command(subcommand)]
    Tip(TipCmd),
    /// The instance identity.
    #[command(subcommand)]
    Instance(InstanceCmd),
    /// Mail waiting to be delivered.
    #[command(subcommand)]
    Outbox(OutboxCmd),
    /// Mail settings.
    #[command(subcommand)]
    Mail(MailCmd),
    /// Accounts of admins and responders.
    #[command(subcommand)]
    Admin(AdminCmd),
    /// The audit log: who changed what (never report content).
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Decrypt a sealed tip, saved e-mail, note or message with your own
    /// secret key, on your own machine, and check the instance signature.
    Open(crate::open::OpenArgs),
}

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// The latest entries, newest first.
    List {
        #[arg(long, default_value_t = 100)]
        limit: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCmd {
    /// Print a single-use invitation link (valid 72 hours) for a new login.
    Invite {
        #[arg(long)]
        email: String,
        /// admin (the default, so the first admin can be made here) or responder.
        #[arg(long, default_value = "admin")]
        role: String,
        /// The team a new responder joins (their key is pending until vetted).
        #[arg(long)]
        team: Option<String>,
        /// Give a login to a recipient registered with `responder add` (id or fingerprint).
        #[arg(long)]
        responder: Option<String>,
    },
    /// Reset someone's second factor (a lost phone): their sessions end and
    /// a fresh link lets them enrol a new authenticator; the password stays.
    ResetTotp {
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutboxCmd {
    /// Pending and failed messages: counts, ages, last errors (never report content).
    List,
    /// Queue a failed or skipped message again, or every failed one.
    Retry {
        /// The message id (from `outbox list`).
        id: Option<String>,
        /// Every failed message.
        #[arg(long, conflicts_with = "id")]
        all_failed: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum MailCmd {
    /// Send a test message and print what the mail server answered.
    Test {
        /// Where to send it.
        address: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum TeamCmd {
    /// Add a team.
    Add {
        name: String,
        /// operator | ngo | embassy | police
        #[arg(long)]
        kind: String,
    },
    /// List teams.
    List,
}

#[derive(Debug, Subcommand)]
pub enum ResponderCmd {
    /// Register a responder's public key (pending until vetted).
    Add {
        #[arg(long)]
        team: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
        /// The responder's OpenPGP public key (ASCII-armored).
        #[arg(long)]
        key: PathBuf,
    },
    /// Vet a responder after checking the fingerprint out of band.
    Vet {
        /// Responder id or fingerprint.
        handle: String,
    },
    /// List responders.
    List,
    /// Update a responder's key: the same key (new expiry, subkey or a
    /// revocation) keeps its vetting; a different key makes them pending.
    UpdateKey {
        /// Responder id or fingerprint.
        handle: String,
        /// The certificate file (ASCII-armored or binary).
        file: PathBuf,
    },
    /// Add a responder to another team (needs as many admins' approvals as
    /// vetting; the shell counts once).
    Join {
        /// Responder id or fingerprint.
        handle: String,
        #[arg(long)]
        team: String,
    },
    /// Take a responder out of a team (at once).
    Leave {
        /// Responder id or fingerprint.
        handle: String,
        #[arg(long)]
        team: String,
    },
    /// Remove a responder: nothing more is sealed to them and their login
    /// ends; tips already sealed to them stay as they are.
    Remove {
        /// Responder id or fingerprint.
        handle: String,
    },
    /// How a responder gets mail: `full` (the sealed report, PGP/MIME) or
    /// `notice` (a short message that reports are waiting, with a link).
    Mode {
        /// Responder id or fingerprint.
        handle: String,
        /// full | notice
        mode: String,
    },
}

#[derive(Debug, Args)]
pub struct RouteAdd {
    #[arg(long)]
    name: String,
    /// Team to receive matching reports (repeat for several).
    #[arg(long = "team", required = true)]
    teams: Vec<String>,
    /// ISO country code of the compound (repeat; omit to match any).
    #[arg(long = "country")]
    countries: Vec<String>,
    /// Reporter role: inside | escaped | family | other (repeat; omit to match any).
    #[arg(long = "role")]
    roles: Vec<String>,
    /// Match only urgent (yes) or only non-urgent (no) reports.
    #[arg(long)]
    urgent: Option<String>,
    /// Language the form was shown in: a code of the source pages (en, my, km, zh-Hans …; repeat; omit to match any).
    #[arg(long = "language")]
    languages: Vec<String>,
    /// Lower is tried first; must be unique.
    #[arg(long)]
    priority: Option<i32>,
    /// Make this the default route (exactly one; takes no criteria).
    #[arg(long)]
    default: bool,
}

#[derive(Debug, Subcommand)]
pub enum RouteCmd {
    /// Add a route.
    Add(RouteAdd),
    /// List routes by priority.
    List,
}

#[derive(Debug, Subcommand)]
pub enum AlertCmd {
    /// List admin alerts.
    List,
}

#[derive(Debug, Subcommand)]
pub enum TipCmd {
    /// List tips (id, day received, route, status).
    List {
        #[arg(long, default_value_t = 1000)]
        limit: u64,
    },
    /// Print a sealed tip, ASCII-armored (pipe it to `gpg --decrypt`).
    Export { id: String },
    /// Delete the tips retention is due for (`serve` does this daily):
    /// closed by every team for `retention_closed_days`, or older than
    /// `retention_max_days`; tips with undelivered mail are kept until
    /// `retention_hold_days`.
    Purge {
        /// Only count what would be deleted.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum InstanceCmd {
    /// Print the instance key's fingerprint and public key, for responders to pin.
    Show,
}

/// Runs a parsed command.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    // The offline reader runs on a responder's machine: no configuration,
    // no database, no logging set-up.
    if let Command::Open(args) = &cli.command {
        return crate::open::run(args, &mut std::io::stdout().lock());
    }
    let config = Config::load()?;
    crate::telemetry::init(&config.log);
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    actix_web::rt::System::new().block_on(async move {
        match cli.command {
            Command::Serve { demo } => serve(config, clock, demo).await,
            other => {
                let db = db::connect(&config.database_url).await?;
                db::migrate(&db).await?;
                admin(other, &db, &config, clock.as_ref()).await
            }
        }
    })
}

async fn serve(config: Config, clock: Arc<dyn Clock>, demo: bool) -> anyhow::Result<()> {
    let bind = config.bind.clone();
    let app = crate::startup::Application::build(config, clock, demo).await?;
    let host = bind.rsplit_once(':').map(|(h, _)| h).unwrap_or("127.0.0.1");
    tracing::info!(port = app.port(), "Tipline listening");
    // Tests and scripts read this line to find the port.
    println!("listening on http://{host}:{}", app.port());
    let _ = std::io::stdout().flush();
    app.run_until_stopped().await?;
    Ok(())
}

async fn admin(cmd: Command, db: &Db, config: &Config, clock: &dyn Clock) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match cmd {
        Command::Serve { .. } | Command::Open(_) => unreachable!("handled by run"),
        Command::Migrate => writeln!(out, "migrations applied")?,
        Command::Team(TeamCmd::Add { name, kind }) => {
            let name = clean_name(&name, "team name")?;
            let kind = TeamKind::parse(&kind)
                .context("--kind must be one of operator, ngo, embassy, police")?;
            if db::team_by_name(db, &name).await?.is_some() {
                bail!("a team called \"{name}\" already exists");
            }
            let t = db::add_team(db, &name, kind.as_str()).await?;
            let detail = format!("\"{}\" ({})", t.name, t.kind);
            db::accounts::audit(db, clock.today(), None, "shell", "add team", &detail).await?;
            writeln!(out, "added team \"{}\" ({}), id {}", t.name, t.kind, t.id)?;
        }
        Command::Team(TeamCmd::List) => {
            writeln!(out, "{:<36}  {:<9}  NAME", "ID", "KIND")?;
            for t in db::teams(db).await? {
                writeln!(out, "{:<36}  {:<9}  {}", t.id, t.kind, t.name)?;
            }
        }
        Command::Responder(ResponderCmd::Add {
            team,
            name,
            email,
            key,
        }) => {
            let team = db::team_by_name(db, &team)
                .await?
                .with_context(|| format!("no team called \"{team}\" (see `tipline team list`)"))?;
            let name = clean_name(&name, "responder name")?;
            let email: lettre::Address = email
                .trim()
                .parse()
                .map_err(|_| anyhow::anyhow!("--email is not a valid e-mail address"))?;
            let data = std::fs::read(&key)
                .with_context(|| format!("cannot read the key file {}", key.display()))?;
            let cert = ValidCert::parse(&data, clock.now().into())
                .map_err(|e| anyhow::anyhow!("key refused: {e}"))?;
            let fp = cert.fingerprint.to_hex();
            let demo = db::instance(db).await?.is_some_and(|i| i.demo);
            if fp == demo_fingerprint() && !demo {
                bail!(
                    "key refused: this is the public demo key (keys/demo), allowed only on a demo instance"
                );
            }
            if let Some(existing) = db::responder_by_handle(db, &fp).await? {
                bail!(
                    "this key is already registered to responder {} ({})",
                    existing.id,
                    existing.name
                );
            }
            let r = db::add_responder(
                db,
                db::NewResponder {
                    team_id: team.id,
                    name: &name,
                    email: email.as_ref(),
                    fingerprint: &fp,
                    cert: cert.to_bytes(),
                    vetted: false,
                    today: clock.today(),
                },
            )
            .await?;
            let shown = grouped(&cert.fingerprint);
            db::accounts::audit(
                db,
                clock.today(),
                None,
                "shell",
                "add responder",
                &format!(
                    "{} <{}> to team \"{}\", fingerprint {fp}, pending vetting",
                    r.name, r.email, team.name
                ),
            )
            .await?;
            // Every admin hears of it (the alert is e-mailed), as for a web upload.
            db::add_alert(
                db,
                clock.today(),
                "responder-pending",
                &format!(
                    "{} <{}> was registered from the shell for team \"{}\" and waits to be vetted (fingerprint {shown}).",
                    r.name, r.email, team.name
                ),
            )
            .await?;
            writeln!(
                out,
                "added responder {} ({}) to team \"{}\" — PENDING",
                r.id, r.name, team.name
            )?;
            writeln!(out, "fingerprint: {}", grouped(&cert.fingerprint))?;
            writeln!(
                out,
                "key:         {}, {}",
                cert.algorithm(),
                expiry_text(&cert)
            )?;
            writeln!(
                out,
                "Compare the fingerprint with the responder out of band, then run: tipline responder vet {}",
                r.id
            )?;
        }
        Command::Responder(ResponderCmd::Vet { handle }) => {
            let r = db::responder_by_handle(db, &handle).await?.context(
                "no responder with that id or fingerprint (see `tipline responder list`)",
            )?;
            let need = u64::from(config.approvals);
            let outcome = crate::vetting::approve(
                db,
                &crate::vetting::Change::Vet {
                    responder: r.id,
                    fingerprint: r.fingerprint.clone(),
                },
                &crate::vetting::Actor::shell(),
                need,
                clock.today(),
                clock.now().into(),
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            let fp = crate::seal::grouped_hex(&r.fingerprint);
            match outcome {
                crate::vetting::Outcome::Done => writeln!(
                    out,
                    "vetted responder {} ({}), fingerprint {fp}",
                    r.id, r.name
                )?,
                crate::vetting::Outcome::AlreadyDone => {
                    writeln!(out, "responder {} ({}) is already vetted", r.id, r.name)?
                }
                crate::vetting::Outcome::Waiting { have, need }
                | crate::vetting::Outcome::AlreadyApproved { have, need } => writeln!(
                    out,
                    "approval recorded for {} ({}), fingerprint {fp}: {have} of {need}; \
                     other admins approve in the web UI (/admin/). The shell counts once.",
                    r.id, r.name
                )?,
            }
        }
        Command::Responder(ResponderCmd::UpdateKey { handle, file }) => {
            let r = db::responder_by_handle(db, &handle).await?.context(
                "no responder with that id or fingerprint (see `tipline responder list`)",
            )?;
            let data =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let outcome = crate::vetting::update_key(
                db,
                r.id,
                &data,
                "shell",
                clock.today(),
                clock.now().into(),
            )
            .await
            .map_err(|e| anyhow::anyhow!("key not updated: {e}"))?;
            match outcome {
                crate::vetting::KeyUpdate::Updated => writeln!(
                    out,
                    "updated the key of {} ({}); still {}",
                    r.id,
                    r.name,
                    if r.vetted { "vetted" } else { "pending" }
                )?,
                crate::vetting::KeyUpdate::Unusable(why) => writeln!(
                    out,
                    "updated the key of {} ({}): {why}; nothing more is sealed to it",
                    r.id, r.name
                )?,
                crate::vetting::KeyUpdate::Replaced { fingerprint } => writeln!(
                    out,
                    "replaced the key of {} ({}) with {}: PENDING until vetted again",
                    r.id,
                    r.name,
                    crate::seal::grouped_hex(&fingerprint)
                )?,
            }
        }
        Command::Responder(ResponderCmd::List) => {
            let teams = db::teams(db).await?;
            let now = clock.now().into();
            writeln!(
                out,
                "{:<36}  {:<8}  {:<40}  {:<24}  NAME <EMAIL> / TEAMS",
                "ID", "STATUS", "FINGERPRINT", "KEY"
            )?;
            for row in db::responders(db).await? {
                let r = &row.responder;
                let key = match ValidCert::parse(&r.cert, now) {
                    Ok(c) => expiry_text(&c),
                    Err(e) => format!("UNUSABLE: {e}"),
                };
                let team_names: Vec<&str> = row
                    .team_ids
                    .iter()
                    .filter_map(|id| teams.iter().find(|t| t.id == *id))
                    .map(|t| t.name.as_str())
                    .collect();
                writeln!(
                    out,
                    "{:<36}  {:<8}  {:<40}  {:<24}  {} <{}> / {}",
                    r.id,
                    if r.vetted { "vetted" } else { "pending" },
                    r.fingerprint,
                    key,
                    r.name,
                    r.email,
                    team_names.join(", ")
                )?;
            }
        }
        Command::Responder(ResponderCmd::Join { handle, team }) => {
            let (r, t) = responder_and_team(db, &handle, &team).await?;
            let outcome = crate::vetting::approve(
                db,
                &crate::vetting::Change::Join {
                    responder: r.id,
                    team: t.id,
                },
                &crate::vetting::Actor::shell(),
                u64::from(config.approvals),
                clock.today(),
                clock.now().into(),
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            match outcome {
                crate::vetting::Outcome::Done => {
                    writeln!(out, "{} ({}) joined team \"{}\"", r.id, r.name, t.name)?
                }
                crate::vetting::Outcome::AlreadyDone => writeln!(
                    out,
                    "{} ({}) is already in team \"{}\"",
                    r.id, r.name, t.name
                )?,
                crate::vetting::Outcome::Waiting { have, need }
                | crate::vetting::Outcome::AlreadyApproved { have, need } => writeln!(
                    out,
                    "approval recorded for {} ({}) joining team \"{}\": {have} of {need}; \
                     other admins approve in the web UI (/admin/). The shell counts once.",
                    r.id, r.name, t.name
                )?,
            }
        }
        Command::Responder(ResponderCmd::Leave { handle, team }) => {
            let (r, t) = responder_and_team(db, &handle, &team).await?;
            db::leave_team(db, r.id, t.id).await?;
            db::accounts::audit(
                db,
                clock.today(),
                None,
                "shell",
                "leave team",
                &format!("{} <{}> left team \"{}\"", r.name, r.email, t.name),
            )
            .await?;
            writeln!(out, "{} ({}) is not in team \"{}\"", r.id, r.name, t.name)?;
        }
        Command::Responder(ResponderCmd::Remove { handle }) => {
            let r = db::responder_by_handle(db, &handle).await?.context(
                "no responder with that id or fingerprint (see `tipline responder list`)",
            )?;
            remove_responder(db, clock.today(), "shell", &r).await?;
            writeln!(
                out,
                "removed responder {} ({}); tips already sealed to them stay as they are",
                r.id, r.name
            )?;
        }
        Command::Responder(ResponderCmd::Mode { handle, mode }) => {
            let mode = match mode.trim() {
                m @ ("full" | "notice") => m,
                _ => bail!("the mode is full or notice"),
            };
            let r = db::responder_by_handle(db, &handle).await?.context(
                "no responder with that id or fingerprint (see `tipline responder list`)",
            )?;
            db::set_responder_mode(db, r.id, mode).await?;
            writeln!(
                out,
                "responder {} ({}) now gets mail in {mode} mode",
                r.id, r.name
            )?;
        }
        Command::Tip(TipCmd::Purge { dry_run }) => {
            let policy = crate::retention::Policy::from_config(config);
            let p = crate::retention::purge(db, &policy, &config.data_dir, clock.today(), dry_run)
                .await?;
            let verb = if dry_run { "would delete" } else { "deleted" };
            writeln!(
                out,
                "{verb} {} tip(s){}; kept {} past retention because their mail is undelivered",
                p.deleted,
                if dry_run {
                    String::new()
                } else {
                    format!(" and {} mail file(s)", p.files)
                },
                p.held
            )?;
            writeln!(
                out,
                "(closed by every team: kept {} days; any tip: {} days; undelivered mail: up to {} days)",
                policy.closed_days, policy.max_days, policy.hold_days
            )?;
        }
        Command::Outbox(OutboxCmd::List) => outbox_list(&mut out, db, clock).await?,
        Command::Outbox(OutboxCmd::Retry { id, all_failed }) => {
            let id = match (id, all_failed) {
                (Some(id), false) => Some(uuid::Uuid::parse_str(id.trim()).map_err(|_| {
                    anyhow::anyhow!("not a message id (see `tipline outbox list`)")
                })?),
                (None, true) => None,
                _ => bail!("give a message id or --all-failed"),
            };
            let n = db::outbox_requeue(db, id, clock.now().timestamp()).await?;
            if n == 0 && id.is_some() {
                bail!("no failed or skipped message with that id (see `tipline outbox list`)");
            }
            writeln!(
                out,
                "queued {n} message(s) again; a running server sends them within seconds"
            )?;
        }
        Command::Mail(MailCmd::Test { address }) => {
            let mailer = crate::mail::Mailer::from_config(config)?;
            match crate::outbox::send_test(&mailer, address.trim()).await {
                Ok(answer) if mailer.is_smtp() => {
                    writeln!(out, "accepted by the mail server: {answer}")?
                }
                Ok(path) => writeln!(
                    out,
                    "no SMTP server is configured (TIPLINE_SMTP_URL); the test message was written to {path}"
                )?,
                Err(e) => bail!("the test message was not delivered: {e}"),
            }
        }
        Command::Admin(AdminCmd::Invite {
            email,
            role,
            team,
            responder,
        }) => {
            let link = invite(db, config, clock, "shell", &email, &role, team, responder).await?;
            writeln!(out, "{link}")?;
            writeln!(
                out,
                "Single use, valid for {INVITE_HOURS} hours. Give it to {} over a channel you trust; \
                 whoever opens it first sets the password.",
                email.trim()
            )?;
        }
        Command::Admin(AdminCmd::ResetTotp { email }) => {
            let link = reset_second_factor(db, config, clock, "shell", &email).await?;
            writeln!(out, "{link}")?;
            writeln!(
                out,
                "Their sessions ended. Give them this single-use link (valid {INVITE_HOURS} hours) over a \
                 channel you trust; it enrols a new authenticator and shows new recovery codes."
            )?;
        }
        Command::Route(RouteCmd::Add(a)) => {
            let (r, bound) = route_add(
                db,
                a,
                u64::from(config.approvals),
                clock.today(),
                clock.now().into(),
            )
            .await?;
            writeln!(
                out,
                "added route \"{}\" (priority {}{}), id {}",
                r.name,
                r.priority,
                if r.is_default { ", default" } else { "" },
                r.id
            )?;
            for (team, outcome) in bound {
                match outcome {
                    crate::vetting::Outcome::Done | crate::vetting::Outcome::AlreadyDone => {
                        writeln!(out, "team \"{team}\" receives this route")?
                    }
                    crate::vetting::Outcome::Waiting { have, need }
                    | crate::vetting::Outcome::AlreadyApproved { have, need } => writeln!(
                        out,
                        "team \"{team}\" waits for approval ({have} of {need}): other admins approve in the web UI (/admin/routes)"
                    )?,
                }
            }
            if !db::routes(db).await?.iter().any(|r| r.route.is_default) {
                writeln!(
                    out,
                    "note: there is no default route yet; add one with --default so that every report has somewhere to go"
                )?;
            }
        }
        Command::Route(RouteCmd::List) => {
            let teams = db::teams(db).await?;
            writeln!(
                out,
                "{:>8}  {:<24}  {:<20}  {:<16}  {:<6}  {:<10}  TEAMS",
                "PRIORITY", "NAME", "COUNTRIES", "ROLES", "URGENT", "LANGUAGES"
            )?;
            for r in db::routes(db).await? {
                let any = |s: &str| {
                    if s.is_empty() {
                        "any".to_owned()
                    } else {
                        s.to_owned()
                    }
                };
                let names: Vec<String> = r
                    .team_ids
                    .iter()
                    .filter_map(|id| teams.iter().find(|t| t.id == *id))
                    .map(|t| format!("{} ({})", t.name, t.kind))
                    .collect();
                writeln!(
                    out,
                    "{:>8}  {:<24}  {:<20}  {:<16}  {:<6}  {:<10}  {}{}",
                    r.route.priority,
                    r.route.name,
                    any(&r.route.countries),
                    any(&r.route.roles),
                    r.route
                        .urgent
                        .map(|u| if u { "yes" } else { "no" })
                        .unwrap_or("any"),
                    any(&r.route.languages),
                    names.join(", "),
                    if r.route.is_default {
                        "  [default]"
                    } else {
                        ""
                    }
                )?;
            }
        }
        Command::Audit(AuditCmd::List { limit }) => {
            for e in db::accounts::audit_entries(db, limit).await? {
                let time =
                    e.at.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                        .map(|t| t.format("%H:%M").to_string())
                        .unwrap_or_default();
                writeln!(
                    out,
                    "{} {:<5}  {:<24}  {:<28}  {}",
                    e.day, time, e.actor, e.action, e.detail
                )?;
            }
        }
        Command::Alert(AlertCmd::List) => {
            let alerts = db::alerts(db).await?;
            if alerts.is_empty() {
                writeln!(out, "no alerts")?;
            }
            for a in alerts {
                writeln!(
                    out,
                    "{}  {:<16}  {}{}",
                    a.day,
                    a.kind,
                    a.message,
                    if a.resolved { " (resolved)" } else { "" }
                )?;
            }
        }
        Command::Tip(TipCmd::List { limit }) => {
            writeln!(
                out,
                "{:<36}  {:<10}  {:<8}  {:<6}  ROUTE",
                "ID", "RECEIVED", "STATUS", "URGENT"
            )?;
            for t in db::tips(db, limit).await? {
                writeln!(
                    out,
                    "{:<36}  {:<10}  {:<8}  {:<6}  {}",
                    t.id,
                    t.received_day,
                    t.status,
                    if t.urgent { "yes" } else { "no" },
                    t.route_name
                )?;
            }
        }
        Command::Tip(TipCmd::Export { id }) => {
            let id = uuid::Uuid::parse_str(id.trim())
                .map_err(|_| anyhow::anyhow!("not a tip id (see `tipline tip list`)"))?;
            let sealed = db::tip_sealed(db, id)
                .await?
                .context("no tip with that id")?;
            out.write_all(&crate::seal::armor_message(&sealed))?;
        }
        Command::Instance(InstanceCmd::Show) => {
            let id = crate::identity::Identity::load_or_create(config)?;
            writeln!(
                out,
                "instance key fingerprint: {}",
                grouped(&id.cert.fingerprint())
            )?;
            out.write_all(&id.public_armored())?;
        }
    }
    Ok(())
}

/// How long an invitation link works.
pub const INVITE_HOURS: i64 = 72;

/// Resets the second factor of the account with `email` (audited as
/// `actor`): TOTP off, recovery codes gone, sessions ended, and a fresh
/// single-use link to enrol again (the password stays). Returns the link.
pub(crate) async fn reset_second_factor(
    db: &Db,
    config: &Config,
    clock: &dyn Clock,
    actor: &str,
    email: &str,
) -> anyhow::Result<String> {
    let account = db::accounts::account_by_email(db, email)
        .await?
        .filter(|a| a.state == "active")
        .context("no active account with that e-mail address")?;
    let (token, hash) = crate::accounts::new_token();
    let now = clock.now();
    let keys = crate::accounts::Keys::derive(
        crate::identity::Identity::load_or_create(config)?.secret_bytes(),
    );
    let sealed = keys.seal_totp(&crate::accounts::new_totp_secret());
    let ended = db::accounts::reset_second_factor(
        db,
        account.id,
        sealed,
        hash,
        now.timestamp() + INVITE_HOURS * 3600,
    )
    .await?;
    db::accounts::audit(
        db,
        now.date_naive(),
        Some(now.timestamp()),
        actor,
        "reset second factor",
        &format!("{} ({ended} session(s) ended)", account.email),
    )
    .await?;
    Ok(invite_link(config, &token))
}

fn invite_link(config: &Config, token: &str) -> String {
    let base = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{}", config.bind));
    format!("{}/responder/invite/{token}", base.trim_end_matches('/'))
}

/// Makes an invitation and returns its link; `actor` is who asked (audited).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn invite(
    db: &Db,
    config: &Config,
    clock: &dyn Clock,
    actor: &str,
    email: &str,
    role: &str,
    team: Option<String>,
    responder: Option<String>,
) -> anyhow::Result<String> {
    let email: lettre::Address = email
        .trim()
        .parse()
        .map_err(|_| anyhow::anyhow!("--email is not a valid e-mail address"))?;
    if role != "admin" && role != "responder" {
        bail!("--role is admin or responder");
    }
    let team = match team {
        Some(name) => Some(
            db::team_by_name(db, &name)
                .await?
                .with_context(|| format!("no team called \"{name}\" (see `tipline team list`)"))?,
        ),
        None => None,
    };
    let responder =
        match responder {
            Some(h) => Some(db::responder_by_handle(db, &h).await?.context(
                "no responder with that id or fingerprint (see `tipline responder list`)",
            )?),
            None => None,
        };
    if role == "responder" && team.is_none() && responder.is_none() {
        bail!("a responder needs a team (--team NAME) or a registered key (--responder ID)");
    }
    // A login for a registered key is that responder's own: it reads their
    // teams' tips, so it goes to the address registered with the key.
    if let Some(r) = &responder
        && !r.email.eq_ignore_ascii_case(email.as_ref())
    {
        bail!(
            "that key is registered for another e-mail address; a login for it goes to the responder's own address ({})",
            r.email
        );
    }
    let (token, hash) = crate::accounts::new_token();
    let now = clock.now();
    db::accounts::invite(
        db,
        db::accounts::NewInvitation {
            email: email.as_ref(),
            role,
            responder_id: responder.as_ref().map(|r| r.id),
            team_id: team.as_ref().map(|t| t.id),
            token_hash: hash,
            expires_at: now.timestamp() + INVITE_HOURS * 3600,
            today: now.date_naive(),
        },
    )
    .await
    .map_err(|e| match e {
        db::accounts::InviteError::Db(d) => anyhow::Error::from(d),
        other => anyhow::anyhow!("{other}"),
    })?;
    db::accounts::audit(
        db,
        now.date_naive(),
        Some(now.timestamp()),
        actor,
        "invite",
        &match &responder {
            Some(r) => format!(
                "{email} as {role}, a login for the registered key of {} (fingerprint {})",
                r.name, r.fingerprint
            ),
            None => format!("{email} as {role}"),
        },
    )
    .await?;
    Ok(invite_link(config, &token))
}

async fn outbox_list(out: &mut impl Write, db: &Db, clock: &dyn Clock) -> anyhow::Result<()> {
    let rows = db::outbox_rows(db).await?;
    let now = clock.now().timestamp();
    let age = |t: i64| {
        crate::config::format_duration(std::time::Duration::from_secs(
            u64::try_from(now - t).unwrap_or(0),
        ))
    };
    let count = |state: &str| rows.iter().filter(|r| r.state == state).count();
    let oldest = rows
        .iter()
        .filter(|r| r.state == "pending")
        .map(|r| r.queued_at)
        .min()
        .map(|t| format!(", oldest {}", age(t)))
        .unwrap_or_default();
    writeln!(
        out,
        "pending {}{oldest}; failed {}; skipped {}",
        count("pending"),
        count("failed"),
        count("skipped")
    )?;
    if rows.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "{:<36}  {:<7}  {:<6}  {:>8}  {:>5}  {:<30}  LAST ERROR",
        "ID", "STATE", "KIND", "AGE", "TRIES", "TO"
    )?;
    for r in rows {
        writeln!(
            out,
            "{:<36}  {:<7}  {:<6}  {:>8}  {:>5}  {:<30}  {}",
            r.id,
            r.state,
            r.kind,
            age(r.queued_at),
            r.attempts,
            r.email,
            r.last_error.unwrap_or_default()
        )?;
    }
    Ok(())
}

async fn responder_and_team(
    db: &Db,
    handle: &str,
    team: &str,
) -> anyhow::Result<(db::entities::responder::Model, db::entities::team::Model)> {
    let r = db::responder_by_handle(db, handle)
        .await?
        .context("no responder with that id or fingerprint (see `tipline responder list`)")?;
    let t = db::team_by_name(db, team)
        .await?
        .with_context(|| format!("no team called \"{team}\" (see `tipline team list`)"))?;
    Ok((r, t))
}

/// Removes a responder (the web UI and the CLI): audited, and announced to
/// admins as an alert.
pub async fn remove_responder(
    db: &Db,
    today: chrono::NaiveDate,
    actor: &str,
    r: &db::entities::responder::Model,
) -> Result<(), sea_orm::DbErr> {
    let detail = format!("{} <{}>, fingerprint {}", r.name, r.email, r.fingerprint);
    db::remove_responder(db, r.id).await?;
    db::accounts::audit(db, today, None, actor, "remove responder", &detail).await?;
    db::add_alert(
        db,
        today,
        "responder-removed",
        &format!("{detail} was removed by {actor}"),
    )
    .await
}

fn clean_name(s: &str, what: &str) -> anyhow::Result<String> {
    crate::routing::clean_name(s, what).map_err(|e| anyhow::anyhow!(e))
}

fn expiry_text(c: &ValidCert) -> String {
    match c.expires() {
        None => "no expiry".into(),
        Some(t) => format!(
            "expires {}",
            chrono::DateTime::<chrono::Utc>::from(t).date_naive()
        ),
    }
}

async fn route_add(
    db: &Db,
    a: RouteAdd,
    need: u64,
    today: chrono::NaiveDate,
    now: std::time::SystemTime,
) -> anyhow::Result<(
    db::entities::route::Model,
    Vec<(String, crate::vetting::Outcome)>,
)> {
    let mut teams = Vec::new();
    for t in &a.teams {
        let team = db::team_by_name(db, t)
            .await?
            .with_context(|| format!("no team called \"{t}\" (see `tipline team list`)"))?;
        if !teams
            .iter()
            .any(|x: &db::entities::team::Model| x.id == team.id)
        {
            teams.push(team);
        }
    }
    let urgent = match a.urgent.as_deref() {
        None => None,
        Some("yes") => Some(true),
        Some("no") => Some(false),
        Some(_) => bail!("--urgent takes yes or no"),
    };
    let spec = crate::routing::RouteSpec {
        name: a.name,
        countries: a.countries,
        roles: a.roles,
        urgent,
        languages: a.languages,
        priority: a.priority,
        is_default: a.default,
    };
    let model = spec
        .check(&db::routes(db).await?, None)
        .map_err(|(field, why)| anyhow::anyhow!("--{field}: {}", why.trim_end_matches('.')))?;
    let route = db::add_route(db, model, &[]).await?;
    let detail = format!(
        "\"{}\" (priority {}; countries {}; roles {}; urgent {}; languages {}{})",
        route.name,
        route.priority,
        route.countries,
        route.roles,
        route
            .urgent
            .map_or("either", |u| if u { "yes" } else { "no" }),
        route.languages,
        if route.is_default { "; default" } else { "" }
    );
    db::accounts::audit(db, today, None, "shell", "add route", &detail).await?;
    // Binding a team to a route crosses the trust boundary: the shell's
    // approval counts once.
    let mut bound = Vec::new();
    for t in teams {
        let outcome = crate::vetting::approve(
            db,
            &crate::vetting::Change::Bind {
                route: route.id,
                team: t.id,
            },
            &crate::vetting::Actor::shell(),
            need,
            today,
            now,
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
        bound.push((t.name, outcome));
    }
    Ok((route, bound))
}
