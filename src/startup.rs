//! Builds the application: database, instance identity, routing, HTTP.

use crate::clock::Clock;
use crate::config::Config;
use crate::db;
use crate::identity::Identity;
use crate::intake::Intake;
use crate::seal::{Sealer, ValidCert};
use crate::web::{self, AppState};
use actix_web::dev::Server;
use actix_web::{App, HttpServer, middleware};
use secrecy::SecretBox;
use std::net::TcpListener;
use std::sync::Arc;

/// A built, bound application.
pub struct Application {
    server: Server,
    port: u16,
    demo: bool,
    /// An SQLite database is served by this process alone.
    sqlite_lock: Option<db::SqliteLock>,
}

/// The demo responder's public key, committed in `keys/demo/`.
pub const DEMO_PUBLIC_KEY: &[u8] = include_bytes!("../keys/demo/responder.pub.asc");

/// Runs retention now and then once a day (every process of an instance
/// does; a purge is idempotent).
async fn retention_daily(
    db: db::Db,
    clock: Arc<dyn Clock>,
    policy: crate::retention::Policy,
    data_dir: std::path::PathBuf,
) {
    loop {
        let wait =
            match crate::retention::purge(&db, &policy, &data_dir, clock.today(), false).await {
                Ok(p) => {
                    if p.deleted > 0 || p.held > 0 {
                        tracing::info!(
                            deleted = p.deleted,
                            held = p.held,
                            files = p.files,
                            blobs = p.blobs,
                            "retention purge"
                        );
                    }
                    24 * 3600
                }
                Err(e) => {
                    tracing::error!(error = %e, "retention purge failed; retried in an hour");
                    3600
                }
            };
        tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    }
}

impl Application {
    /// Opens the database (migrating it), loads or creates the instance
    /// identity, seeds demo data if asked, and binds the listener.
    pub async fn build(
        config: Config,
        clock: Arc<dyn Clock>,
        seed_demo: bool,
    ) -> anyhow::Result<Self> {
        let sqlite_lock = db::lock_sqlite(&config.database_url)?;
        if let Some(w) = db::nodelay_warning(&config.database_url, db::nodelay_works) {
            tracing::warn!("{w}");
        }
        let db = db::connect(&config.database_url).await?;
        db::migrate(&db).await?;
        let identity = Identity::load_or_create(&config)?;
        let inst = db::claim_instance(&db, &identity.fingerprint(), clock.today()).await?;
        if seed_demo {
            seed(&db, clock.as_ref()).await?;
        }
        let demo = db::instance(&db).await?.is_some_and(|i| i.demo) || inst.demo;
        if demo {
            tracing::warn!(
                "DEMO INSTANCE: reports are encrypted to the demo key, whose secret key is public. Never use it for real reports."
            );
        }
        let signer = identity.signer(clock.now().into())?;
        let sealer =
            Sealer::new(signer, config.allow_seipdv2).with_public_cert(identity.public_armored());
        let token_key = *identity.secret_bytes();
        let mail_settings = crate::outbox::Settings::from_config(&config)?;
        // One mailer: the outbox sends with it, the web pages build `.eml`s with it.
        let mailer = Arc::new(crate::mail::Mailer::from_config(&config)?);
        let wake = Arc::new(tokio::sync::Notify::new());
        let blobs =
            crate::blobs::BlobStore::open(&config.data_dir.join("attachments")).map_err(|e| {
                anyhow::anyhow!(
                    "cannot open {}: {e}",
                    config.data_dir.join("attachments").display()
                )
            })?;
        let intake = Arc::new(
            Intake::new(
                db.clone(),
                sealer,
                SecretBox::new(Box::new(*identity.secret_bytes())),
                clock.clone(),
            )
            .with_mail(mail_settings.delay, wake.clone())
            .with_mail_files(blobs.clone(), config.mail_attachment_max())
            .with_writer(db::intake_writer(&config.database_url).await?),
        );
        intake.snapshot().await?;
        // Storage failures are told to the admins once the database takes
        // writes again (see `outage`).
        {
            let (outage, db) = (intake.outage().clone(), db.clone());
            tokio::spawn(async move { outage.run(db).await });
        }
        if !mailer.is_smtp() {
            tracing::info!(
                dir = %config.data_dir.join("mail").display(),
                "no SMTP server configured (TIPLINE_SMTP_URL): mail is written as .eml files"
            );
        }
        // A source's session is forgotten 15 minutes after their last
        // request, whether or not anyone comes back to the follow-up page.
        {
            let (db, clock) = (db.clone(), clock.clone());
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
                loop {
                    tick.tick().await;
                    let now = clock.now().timestamp();
                    if let Err(e) =
                        db::messages::sweep_source_sessions(&db, now, web::followup::IDLE_SECS)
                            .await
                    {
                        tracing::warn!(error = %e, "could not sweep ended source sessions");
                    }
                }
            });
        }
        tokio::spawn(crate::notices::run(
            db.clone(),
            clock.clone(),
            wake.clone(),
            config.public_url.clone(),
        ));
        Arc::new(crate::outbox::Outbox::new(
            mailer.clone(),
            mail_settings,
            clock.clone(),
            intake.clone(),
            wake,
        ))
        .spawn();
        let _ = db::purge_tokens(&db, clock.today()).await;
        tokio::spawn(retention_daily(
            db.clone(),
            clock.clone(),
            crate::retention::Policy::from_config(&config),
            config.data_dir.clone(),
        ));

        let listener = TcpListener::bind(&config.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
        let port = listener.local_addr()?.port();
        web::views::set_leave_url(&config.leave_url);
        let attachments = config.attachment_limits();
        web::views::set_attachment_limits(attachments);
        let empty_forms = web::views::EmptyForms::render(demo)
            .map_err(|e| anyhow::anyhow!("cannot render the report form: {e}"))?;
        let secure_cookies = config
            .public_url
            .as_deref()
            .is_some_and(|u| u.to_ascii_lowercase().starts_with("https://"));
        if !secure_cookies && !demo {
            tracing::warn!(
                "TIPLINE_PUBLIC_URL is not an https:// address: responder session cookies are sent without Secure. Serve responders over TLS (a reverse proxy) and set TIPLINE_PUBLIC_URL to its https:// address."
            );
        }
        sweep_blobs(&db, &blobs, clock.as_ref()).await?;
        let state = actix_web::web::Data::new(AppState {
            blobs,
            attachments,
            empty_forms,
            body_limit: crate::report::max_body_bytes(),
            limiter: web::ratelimit::RateLimiter::new(
                config.report_rate_per_minute,
                config.report_burst,
            ),
            followup_limiter: web::ratelimit::RateLimiter::new(
                config.followup_rate_per_minute,
                config.followup_burst,
            ),
            config,
            intake,
            clock,
            demo,
            token_key,
            keys: crate::accounts::Keys::derive(identity.secret_bytes()),
            throttle: Default::default(),
            instance_fingerprint: identity.fingerprint(),
            instance_cert: identity.public_armored(),
            secure_cookies,
            mailer,
            hashing: Arc::new(tokio::sync::Semaphore::new(
                2 * std::thread::available_parallelism().map_or(2, |n| n.get()),
            )),
        });
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(web::security_headers(secure_cookies))
                .wrap(middleware::from_fn(web::request_log))
                .configure(web::routes)
                .default_service(actix_web::web::to(web::errors::not_found))
        })
        .listen(listener)?
        .run();
        Ok(Self {
            server,
            port,
            demo,
            sqlite_lock,
        })
    }

    /// The bound port (useful with port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Whether this is a demo instance.
    pub fn is_demo(&self) -> bool {
        self.demo
    }

    /// Serves until the process is told to stop.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let _held = self.sqlite_lock;
        self.server.await
    }
}

/// Seeds the demo team, responder and default route on an empty database.
async fn seed(db: &db::Db, clock: &dyn Clock) -> anyhow::Result<()> {
    let inst = db::instance(db).await?;
    if inst.as_ref().is_some_and(|i| i.demo)
        && db::team_by_name(db, "Demo responders").await?.is_some()
    {
        tracing::info!("demo data already present");
        return Ok(());
    }
    if !db::is_empty(db).await? && !inst.as_ref().is_some_and(|i| i.demo) {
        anyhow::bail!(
            "--demo seeds demo data only into an empty database, and this one already holds teams, responders, \
             routes or tips; start without --demo, or use a new DATABASE_URL for a demo"
        );
    }
    db::set_demo(db).await?;
    let cert = ValidCert::parse(DEMO_PUBLIC_KEY, clock.now().into())
        .map_err(|e| anyhow::anyhow!("demo key: {e}"))?;
    let team = db::add_team(db, "Demo responders", "operator").await?;
    db::add_responder(
        db,
        db::NewResponder {
            team_id: team.id,
            name: "Demo responder",
            email: "demo-responder@tipline.invalid",
            fingerprint: &cert.fingerprint.to_hex(),
            cert: cert.to_bytes(),
            vetted: true,
            today: clock.today(),
        },
    )
    .await?;
    db::add_route(
        db,
        db::entities::route::Model {
            id: crate::random::uuid(),
            name: "Default".into(),
            priority: 1000,
            is_default: true,
            countries: String::new(),
            roles: String::new(),
            urgent: None,
            languages: String::new(),
        },
        &[team.id],
    )
    .await?;
    tracing::warn!(
        fingerprint = %cert.fingerprint.to_hex(),
        "seeded DEMO data: team \"Demo responders\", a vetted demo responder (keys/demo/responder.pub.asc) and a default route"
    );
    Ok(())
}

/// At start: removes what uploads that never committed left in the blob
/// store — partial streams older than a day (an upload in flight in
/// another process on the same PostgreSQL may still be writing a younger
/// one) and finished blobs no tip names, older than an hour (a finished
/// blob is committed within seconds, or removed by the request).
async fn sweep_blobs(
    db: &sea_orm::DatabaseConnection,
    blobs: &crate::blobs::BlobStore,
    clock: &dyn Clock,
) -> anyhow::Result<()> {
    let now: std::time::SystemTime = clock.now().into();
    let partial = blobs
        .sweep(now, std::time::Duration::from_secs(86_400))
        .map_err(|e| anyhow::anyhow!("cannot sweep the attachment store: {e}"))?;
    let named: std::collections::HashSet<crate::blobs::BlobId> = db::file_blobs(db)
        .await?
        .iter()
        .filter_map(|b| crate::blobs::BlobId::parse(b))
        .collect();
    let orphans = blobs
        .remove_unreferenced(&named, now, std::time::Duration::from_secs(3600))
        .map_err(|e| anyhow::anyhow!("cannot sweep the attachment store: {e}"))?;
    if partial + orphans > 0 {
        tracing::info!(
            partial,
            orphans,
            "removed files of uploads that were never committed"
        );
    }
    Ok(())
}
