//! Mail: composing the messages responders receive and handing them to an
//! SMTP server, or writing them as `.eml` files when none is configured.
//!
//! Nothing about a report goes into a header: every message has the same
//! neutral subject, a Message-ID made of random bytes fixed when the
//! message was queued, and the date it is sent.

use crate::config::Config;
use lettre::Address;
use lettre::message::header::{ContentDisposition, ContentType};
use lettre::message::{Mailbox, Message, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use secrecy::{ExposeSecret, SecretString};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The subject of every message Tipline sends: the same for all, so that
/// nobody on the mail path learns anything from it.
pub const SUBJECT: &str = "Tipline";

/// What a message carries.
pub enum Body<'a> {
    /// A report sealed to the recipient alone (binary OpenPGP), sent as
    /// RFC 3156 PGP/MIME.
    Sealed(&'a [u8]),
    /// A notice that reports are waiting, with a link to the dashboard.
    Notice { dashboard: Option<&'a str> },
    /// The test message of `tipline mail test`.
    Test,
    /// A plain message about the recipient's own account or the instance
    /// (an enrolment link, admin alerts); never report content.
    Account(&'a str),
}

/// Why a message was not delivered.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Worth trying again later: connection refused, timeout, a 4xx reply.
    #[error("{0}")]
    Temporary(String),
    /// The server refused for good (5xx): retrying the same will not help.
    #[error("{0}")]
    Permanent(String),
    /// The mail settings or the server's set-up are wrong (login refused,
    /// no TLS): retried like a temporary failure, and an admin is told.
    #[error("{0}")]
    Setup(String),
}

/// Where mail goes.
enum Transport {
    Smtp(Box<SmtpClient>),
    Files(PathBuf),
}

/// Composes and sends messages.
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    domain: String,
}

impl Mailer {
    /// Builds the mailer the configuration describes.
    pub fn from_config(c: &Config) -> anyhow::Result<Self> {
        let from: Address = c
            .mail_from
            .parse()
            .map_err(|_| anyhow::anyhow!("mail_from is not a valid e-mail address"))?;
        let domain = match &c.mail_domain {
            Some(d) => d.trim().to_owned(),
            None => from.domain().to_owned(),
        };
        if domain.is_empty()
            || !domain
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '.' || ch == '-')
        {
            anyhow::bail!("mail_domain must be a domain name such as tips.example.org");
        }
        let url = match (&c.smtp_url, &c.smtp_url_file) {
            (Some(u), _) => Some(u.clone()),
            (None, Some(path)) => Some(SecretString::from(
                std::fs::read_to_string(path)
                    .map_err(|e| {
                        anyhow::anyhow!("cannot read smtp_url_file {}: {e}", path.display())
                    })?
                    .trim()
                    .to_owned(),
            )),
            (None, None) => None,
        };
        let password = match &c.smtp_password_file {
            Some(path) => Some(SecretString::from(
                std::fs::read_to_string(path)
                    .map_err(|e| {
                        anyhow::anyhow!("cannot read smtp_password_file {}: {e}", path.display())
                    })?
                    .trim_end_matches(['\r', '\n'])
                    .to_owned(),
            )),
            None => None,
        };
        let transport = match url {
            Some(url) => {
                let ca = match &c.smtp_ca_file {
                    Some(path) => Some(std::fs::read(path).map_err(|e| {
                        anyhow::anyhow!("cannot read smtp_ca_file {}: {e}", path.display())
                    })?),
                    None => None,
                };
                Transport::Smtp(Box::new(SmtpClient::new(&url, password, &domain, ca)?))
            }
            None => Transport::Files(c.data_dir.join("mail")),
        };
        Ok(Self {
            transport,
            from: Mailbox::new(None, from),
            domain,
        })
    }

    /// Whether messages go to an SMTP server (rather than to files).
    pub fn is_smtp(&self) -> bool {
        matches!(self.transport, Transport::Smtp(_))
    }

    /// The Message-ID for a queued message's random token.
    pub fn message_id(&self, token: &str) -> String {
        format!("<{token}@{}>", self.domain)
    }

    /// Builds a message to `to`; `token` fixes its Message-ID.
    pub fn compose(&self, to: &str, token: &str, body: Body<'_>) -> Result<Message, SendError> {
        let to: Address = to
            .parse()
            .map_err(|_| SendError::Permanent("the recipient address is not valid".into()))?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(None, to))
            .subject(SUBJECT)
            .message_id(Some(self.message_id(token)))
            .date_now();
        let built = match body {
            Body::Sealed(sealed) => {
                let armored = String::from_utf8(crate::seal::armor_message(sealed))
                    .map_err(|_| SendError::Permanent("armoring failed".into()))?;
                builder.multipart(
                    MultiPart::encrypted("application/pgp-encrypted".to_owned())
                        .singlepart(
                            SinglePart::builder()
                                .header(content_type("application/pgp-encrypted"))
                                .header(ContentDisposition::inline())
                                .body("Version: 1\r\n".to_owned()),
                        )
                        .singlepart(
                            SinglePart::builder()
                                .header(content_type(
                                    "application/octet-stream; name=\"encrypted.asc\"",
                                ))
                                .header(ContentDisposition::inline_with_name("encrypted.asc"))
                                .body(armored),
                        ),
                )
            }
            Body::Notice { dashboard } => builder.singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(notice_text(dashboard)),
            ),
            Body::Account(text) => builder.singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(text.replace('\n', "\r\n")),
            ),
            Body::Test => builder.singlepart(
                SinglePart::builder().header(ContentType::TEXT_PLAIN).body(
                    "This is a test of the Tipline mail settings. It carries no report.\r\n"
                        .to_owned(),
                ),
            ),
        };
        built.map_err(|e| SendError::Permanent(format!("cannot build the message: {e}")))
    }

    /// Delivers a message: to the SMTP server, or as an `.eml` file named
    /// after its token. Returns the server's reply (or the file's path).
    pub async fn send(&self, message: &Message, token: &str) -> Result<String, SendError> {
        match &self.transport {
            Transport::Smtp(t) => t.send(message).await,
            Transport::Files(dir) => {
                let dir = dir.clone();
                let bytes = message.formatted();
                let name = format!("{token}.eml");
                tokio::task::spawn_blocking(move || write_eml(&dir, &name, &bytes))
                    .await
                    .map_err(|e| {
                        SendError::Temporary(format!("writing the mail file failed: {e}"))
                    })?
            }
        }
    }
}

/// A content type from a constant string (which always parses).
fn content_type(s: &str) -> ContentType {
    ContentType::parse(s).unwrap_or(ContentType::TEXT_PLAIN)
}

fn notice_text(dashboard: Option<&str>) -> String {
    let mut t = String::from(
        "New reports are waiting for your team on Tipline.\r\n\r\n\
         This message says nothing about them, on purpose: read them on your\r\n\
         dashboard",
    );
    match dashboard {
        Some(url) => {
            t.push_str(":\r\n\r\n");
            t.push_str(url);
            t.push_str("\r\n");
        }
        None => t.push_str(".\r\n"),
    }
    t
}

/// Writes an `.eml` file durably: a temporary name, fsync, rename, fsync
/// the directory. Any failure is temporary (the outbox tries again, under
/// the same name) and leaves no partial file behind.
fn write_eml(dir: &std::path::Path, name: &str, bytes: &[u8]) -> Result<String, SendError> {
    use std::io::Write;
    let fail = |e: std::io::Error| SendError::Temporary(format!("cannot write the mail file: {e}"));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let path = dir.join(name);
    let tmp = dir.join(format!(".{name}.tmp"));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, &path)?;
        // The rename is durable only once the directory is.
        std::fs::File::open(dir)?.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(path.display().to_string())
}

/// How the connection is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TlsMode {
    /// TLS from the first byte (`smtps://`, port 465).
    Implicit,
    /// STARTTLS, refusing a server that does not offer it.
    Required,
    /// STARTTLS when offered.
    Opportunistic,
    /// None (`tls=none`): only for a relay on this machine.
    None,
}

/// An SMTP client on sockets of our own, speaking through lettre's
/// protocol code. lettre's transport leaves Nagle's algorithm on, and it
/// writes a message's final `.` line apart from the message, so every
/// message waited for the server's delayed ACK: ~40 ms each, measured
/// here. Our sockets set `TCP_NODELAY`. Idle connections are kept for
/// reuse.
struct SmtpClient {
    host: String,
    port: u16,
    tls: TlsMode,
    credentials: Option<Credentials>,
    hello: ClientId,
    /// For implicit TLS: rustls with the webpki roots (and `smtp_ca_file`).
    tls_config: Arc<rustls::ClientConfig>,
    /// `smtp_ca_file`, PEM, for STARTTLS.
    extra_ca: Option<Vec<u8>>,
    idle: std::sync::Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
}

/// Kept idle connections are used again only this soon (servers drop idle
/// clients after a few minutes).
const IDLE_REUSE: Duration = Duration::from_secs(60);
/// The longest one message may take, connection included.
const SEND_TIMEOUT: Duration = Duration::from_secs(60);

impl SmtpClient {
    fn new(
        url: &SecretString,
        password: Option<SecretString>,
        domain: &str,
        extra_ca: Option<Vec<u8>>,
    ) -> anyhow::Result<Self> {
        let parsed = SmtpUrl::parse(url.expose_secret())?;
        let tls = match (parsed.scheme, parsed.tls.as_deref()) {
            (Scheme::Smtps, None | Some("required")) => TlsMode::Implicit,
            (Scheme::Smtp, None | Some("required")) => TlsMode::Required,
            (Scheme::Smtp, Some("opportunistic")) => TlsMode::Opportunistic,
            (Scheme::Smtp, Some("none")) => {
                tracing::warn!(
                    "SMTP without TLS (tls=none): use it only for a relay on this machine"
                );
                TlsMode::None
            }
            _ => anyhow::bail!(
                "smtp_url: tls= takes required, opportunistic or none (none and opportunistic only with smtp://)"
            ),
        };
        let port = parsed.port.unwrap_or(match parsed.scheme {
            Scheme::Smtps => 465,
            Scheme::Smtp => 587,
        });
        if password.is_some() && parsed.user.is_none() {
            anyhow::bail!(
                "smtp_password_file is set but smtp_url names no user (smtp://user@host)"
            );
        }
        let password = password.or(parsed.password);
        let credentials = parsed.user.map(|user| {
            let pass = password
                .map(|p| p.expose_secret().to_owned())
                .unwrap_or_default();
            Credentials::new(user, pass)
        });
        let mut roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        if let Some(pem) = &extra_ca {
            use rustls::pki_types::pem::PemObject;
            let mut added = 0;
            for cert in rustls::pki_types::CertificateDer::pem_slice_iter(pem) {
                let cert =
                    cert.map_err(|_| anyhow::anyhow!("smtp_ca_file is not a PEM certificate"))?;
                roots
                    .add(cert)
                    .map_err(|e| anyhow::anyhow!("smtp_ca_file: {e}"))?;
                added += 1;
            }
            if added == 0 {
                anyhow::bail!("smtp_ca_file holds no PEM certificate");
            }
        }
        let tls_config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
        Ok(Self {
            host: parsed.host,
            port,
            tls,
            credentials,
            hello: ClientId::Domain(domain.to_owned()),
            tls_config: Arc::new(tls_config),
            extra_ca,
            idle: std::sync::Mutex::new(Vec::new()),
        })
    }

    /// Sends one message; returns the server's reply to it.
    async fn send(&self, message: &Message) -> Result<String, SendError> {
        match tokio::time::timeout(SEND_TIMEOUT, self.send_inner(message)).await {
            Ok(r) => r,
            Err(_) => Err(SendError::Temporary(
                "the mail server did not answer in time".into(),
            )),
        }
    }

    async fn send_inner(&self, message: &Message) -> Result<String, SendError> {
        let envelope = message.envelope();
        let bytes = message.formatted();
        let reused = self.take_idle();
        let was_reused = reused.is_some();
        let mut conn = match reused {
            Some(c) => c,
            None => self.connect().await?,
        };
        let mut result = conn.send(envelope, &bytes).await;
        // A kept connection the server has closed meanwhile (or answers
        // 421 on): once more, fresh.
        if was_reused
            && let Err(e) = &result
            && !e.is_permanent()
        {
            conn = self.connect().await?;
            result = conn.send(envelope, &bytes).await;
        }
        match result {
            Ok(r) => {
                if !conn.has_broken() {
                    self.put_idle(conn);
                }
                Ok(format!(
                    "{} {}",
                    r.code(),
                    r.message().collect::<Vec<_>>().join(" ")
                ))
            }
            Err(e) => {
                conn.abort().await;
                // lettre's Display names the server's reply or the network
                // failure; never the message, which it does not hold.
                Err(if e.is_permanent() {
                    SendError::Permanent(e.to_string())
                } else {
                    SendError::Temporary(e.to_string())
                })
            }
        }
    }

    fn take_idle(&self) -> Option<AsyncSmtpConnection> {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        while let Some((c, since)) = idle.pop() {
            if since.elapsed() < IDLE_REUSE {
                return Some(c);
            }
        }
        None
    }

    fn put_idle(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < 64 {
            idle.push((conn, Instant::now()));
        }
    }

    /// Opens a connection: TCP without Nagle, TLS as configured, EHLO, AUTH.
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let temp =
            |what: &str, e: &dyn std::fmt::Display| SendError::Temporary(format!("{what}: {e}"));
        let tcp = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
            .await
            .map_err(|e| temp("cannot connect to the mail server", &e))?;
        tcp.set_nodelay(true)
            .map_err(|e| temp("cannot set up the connection", &e))?;
        let stream: Box<dyn AsyncTokioStream> = if self.tls == TlsMode::Implicit {
            let name = rustls::pki_types::ServerName::try_from(self.host.clone())
                .map_err(|e| SendError::Permanent(format!("the mail server's name: {e}")))?;
            let tls = tokio_rustls::TlsConnector::from(self.tls_config.clone())
                .connect(name, tcp)
                .await
                .map_err(|e| SendError::Setup(format!("TLS with the mail server failed: {e}")))?;
            Box::new(TlsTcp(tls))
        } else {
            Box::new(tcp)
        };
        let mut conn = AsyncSmtpConnection::connect_with_transport(stream, &self.hello)
            .await
            .map_err(|e| temp("the mail server's greeting", &e))?;
        match self.tls {
            TlsMode::Required | TlsMode::Opportunistic if conn.can_starttls() => {
                let mut b = TlsParameters::builder(self.host.clone());
                if let Some(pem) = &self.extra_ca {
                    let ca = lettre::transport::smtp::client::Certificate::from_pem(pem)
                        .map_err(|e| SendError::Permanent(format!("smtp_ca_file: {e}")))?;
                    b = b.add_root_certificate(ca);
                }
                let params = b.build().map_err(|e| temp("TLS settings", &e))?;
                conn.starttls(params, &self.hello)
                    .await
                    .map_err(|e| SendError::Setup(format!("STARTTLS failed: {e}")))?;
            }
            TlsMode::Required => {
                return Err(SendError::Setup(
                    "the mail server does not offer STARTTLS, which smtp_url requires".into(),
                ));
            }
            _ => {}
        }
        if let Some(c) = &self.credentials {
            if !conn.is_encrypted() && !is_loopback(&self.host) {
                return Err(SendError::Setup(
                    "refusing to send the SMTP password without TLS to a server on another machine"
                        .into(),
                ));
            }
            conn.auth(&[Mechanism::Plain, Mechanism::Login], c)
                .await
                .map_err(|e| {
                    if e.is_permanent() {
                        SendError::Setup(format!("the mail server refused our login: {e}"))
                    } else {
                        temp("login", &e)
                    }
                })?;
        }
        Ok(conn)
    }
}

/// Whether `host` is this machine (a relay the password may go to without TLS).
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A TLS stream lettre can speak SMTP over.
#[derive(Debug)]
struct TlsTcp(tokio_rustls::client::TlsStream<tokio::net::TcpStream>);

impl AsyncTokioStream for TlsTcp {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

impl tokio::io::AsyncRead for TlsTcp {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl tokio::io::AsyncWrite for TlsTcp {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    Smtp,
    Smtps,
}

/// The parts of an SMTP URL. Errors never repeat the URL (it may hold a password).
struct SmtpUrl {
    scheme: Scheme,
    user: Option<String>,
    password: Option<SecretString>,
    host: String,
    port: Option<u16>,
    tls: Option<String>,
}

impl SmtpUrl {
    fn parse(url: &str) -> anyhow::Result<Self> {
        let bad = || {
            anyhow::anyhow!(
                "smtp_url must look like smtp://user:password@host:587 or smtps://host:465"
            )
        };
        let (scheme, rest) = url.trim().split_once("://").ok_or_else(bad)?;
        let scheme = match scheme.to_ascii_lowercase().as_str() {
            "smtp" => Scheme::Smtp,
            "smtps" => Scheme::Smtps,
            _ => return Err(bad()),
        };
        let (rest, query) = match rest.split_once('?') {
            Some((r, q)) => (r, Some(q)),
            None => (rest, None),
        };
        let rest = rest.trim_end_matches('/');
        let (creds, hostport) = match rest.rsplit_once('@') {
            Some((c, h)) => (Some(c), h),
            None => (None, rest),
        };
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8()
                .map(|c| c.into_owned())
                .map_err(|_| bad())
        };
        let (user, password) = match creds {
            Some(c) => match c.split_once(':') {
                Some((u, p)) => (Some(decode(u)?), Some(SecretString::from(decode(p)?))),
                None => (Some(decode(c)?), None),
            },
            None => (None, None),
        };
        let (host, port) = match hostport.strip_prefix('[') {
            // [IPv6] or [IPv6]:port
            Some(v6) => {
                let (h, after) = v6.split_once(']').ok_or_else(bad)?;
                let port = match after.strip_prefix(':') {
                    Some(p) => Some(p.parse::<u16>().map_err(|_| bad())?),
                    None if after.is_empty() => None,
                    None => return Err(bad()),
                };
                (h.to_owned(), port)
            }
            None => match hostport.rsplit_once(':') {
                Some((h, p)) => (h.to_owned(), Some(p.parse::<u16>().map_err(|_| bad())?)),
                None => (hostport.to_owned(), None),
            },
        };
        if host.is_empty() {
            return Err(bad());
        }
        let mut tls = None;
        for kv in query.unwrap_or("").split('&').filter(|s| !s.is_empty()) {
            match kv.split_once('=') {
                Some(("tls", v)) => tls = Some(v.to_ascii_lowercase()),
                _ => anyhow::bail!("smtp_url: the only option is tls=required|opportunistic|none"),
            }
        }
        Ok(Self {
            scheme,
            user,
            password,
            host,
            port,
            tls,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_parse_without_echoing_secrets() {
        let u = SmtpUrl::parse("smtp://ana%40ngo:p%3Ass@mail.example.org:2525?tls=none")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(u.scheme, Scheme::Smtp);
        assert_eq!(u.user.as_deref(), Some("ana@ngo"));
        assert_eq!(
            u.password
                .as_ref()
                .map(|p| p.expose_secret().to_owned())
                .as_deref(),
            Some("p:ss")
        );
        assert_eq!((u.host.as_str(), u.port), ("mail.example.org", Some(2525)));
        assert_eq!(u.tls.as_deref(), Some("none"));
        let u = SmtpUrl::parse("smtps://[::1]").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (u.scheme, u.host.as_str(), u.port),
            (Scheme::Smtps, "::1", None)
        );
        let err = SmtpUrl::parse("http://u:secretpw@x")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(!err.contains("secretpw") && err.contains("smtp_url"));
        assert!(SmtpUrl::parse("smtp://h:notaport").is_err());
        assert!(SmtpUrl::parse("smtp://h?starttls=yes").is_err());
    }

    #[test]
    fn messages_carry_nothing_but_a_neutral_subject() {
        let c = Config {
            mail_from: "tips@example.org".into(),
            data_dir: std::env::temp_dir(),
            ..Config::default()
        };
        let m = Mailer::from_config(&c).unwrap_or_else(|e| panic!("{e}"));
        let msg = m
            .compose("r@example.org", "abc123", Body::Sealed(b"\x85\x01\x02"))
            .unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8(msg.formatted()).unwrap_or_default();
        let head = text.split("\r\n\r\n").next().unwrap_or_default();
        assert!(head.contains("Subject: Tipline\r\n"));
        assert!(head.contains("Message-ID: <abc123@example.org>"));
        assert!(head.contains("multipart/encrypted"));
        assert!(head.contains("application/pgp-encrypted"));
        assert!(!head.to_ascii_lowercase().contains("user-agent"));
        assert!(text.contains("Version: 1"));
        assert!(text.contains("-----BEGIN PGP MESSAGE-----"));
    }
}
