//! Configuration: defaults → optional TOML file (`TIPLINE_CONFIG`) →
//! `TIPLINE_*` environment variables and `DATABASE_URL`.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Everything an instance can be told from outside.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address to listen on (`TIPLINE_BIND`); port 0 picks a free port.
    pub bind: String,
    /// Database URL (`DATABASE_URL`): SQLite by default, PostgreSQL in production.
    pub database_url: String,
    /// Directory for the embedded database and outgoing mail files.
    pub data_dir: PathBuf,
    /// The instance signing key (created on first `serve` if absent).
    pub instance_key_file: PathBuf,
    /// The instance secret, 32 random bytes in hex (created if absent).
    pub instance_secret_file: PathBuf,
    /// The address people use to reach this instance, e.g. `https://tips.example.org`;
    /// when set, form posts must come from it.
    pub public_url: Option<String>,
    /// Reports accepted per minute across the whole instance, before "busy".
    pub report_rate_per_minute: u32,
    /// How many reports may arrive at once before the rate applies.
    pub report_burst: u32,
    /// Codename attempts per minute across the whole instance on the
    /// follow-up page (each source gets through; guessing is slowed).
    pub followup_rate_per_minute: u32,
    /// How many codename attempts may arrive at once before the rate applies.
    pub followup_burst: u32,
    /// How long a loaded form stays valid, in hours.
    pub form_token_max_age_hours: u32,
    /// Allow SEIPDv2 (AEAD) when every recipient supports it. Off: GnuPG 2.2,
    /// RNP 0.16 and sq 0.27 cannot read SEIPDv2.
    pub allow_seipdv2: bool,
    /// Log filter (tracing `EnvFilter` syntax).
    pub log: String,
    /// The SMTP server: `smtp://user:pass@host:587` (STARTTLS required),
    /// `smtps://user:pass@host:465` (TLS from the start); add `?tls=none`
    /// only for a relay on this machine. Unset: each message is written
    /// as an `.eml` file under `data_dir/mail/`.
    #[serde(skip_serializing)]
    pub smtp_url: Option<SecretString>,
    /// A file holding the SMTP URL (instead of `smtp_url`).
    pub smtp_url_file: Option<PathBuf>,
    /// A file holding the SMTP password (the user name stays in the URL).
    pub smtp_password_file: Option<PathBuf>,
    /// A PEM file with the certificate authority of a private mail relay,
    /// trusted in addition to the public roots.
    pub smtp_ca_file: Option<PathBuf>,
    /// The sender address: the address in the instance key's user ID.
    pub mail_from: String,
    /// The name used in EHLO and Message-IDs (never the machine's hostname);
    /// default: the domain of `mail_from`.
    pub mail_domain: Option<String>,
    /// Each message waits a random time within this window before it is
    /// sent (`0`, `30s`, `10m`, `1h`): less to correlate a visit with a mail.
    pub mail_delay: String,
    /// Notice-mode responders get at most one notice per period (`0`: off).
    pub mail_digest: String,
    /// First retry after a temporary failure; doubles up to `mail_retry_max`.
    pub mail_retry_base: String,
    /// Longest wait between two retries.
    pub mail_retry_max: String,
    /// After this long undelivered, a message is marked failed and an
    /// admin alerted (it is kept, never deleted).
    pub mail_give_up: String,
    /// Messages sent at once.
    pub mail_senders: u32,
    /// Distinct admins who must approve before a responder is vetted (1–5;
    /// 2 recommended). The shell counts as at most one.
    pub approvals: u32,
    /// Days a tip is kept after every team it was sent to closed it.
    pub retention_closed_days: u32,
    /// Days a tip is kept after it arrived, whatever its state.
    pub retention_max_days: u32,
    /// Where "Leave now" on every source page goes (`TIPLINE_LEAVE_URL`):
    /// an ordinary page that gives nothing away, opened in the same tab
    /// without a referrer.
    pub leave_url: String,
    /// Days a tip whose mail is still undelivered may be kept (with an
    /// admin alert) past the other limits; then it is deleted all the same.
    pub retention_hold_days: u32,
    /// Largest file a source may send (`500MiB`, `20MB`, `0`: no files).
    pub attachment_max_file: String,
    /// Largest total of a report's files.
    pub attachment_max_report: String,
    /// Most files per report.
    pub attachment_max_files: u32,
    /// Seconds an upload may go without a byte before it is dropped.
    pub upload_idle_secs: u32,
    /// Largest total of a report's files carried inside its full-mode
    /// e-mail (`10MiB`; `0`: never); above it the mail says they wait on
    /// the tip page.
    pub mail_attachment_max: String,
}

/// "Leave now" by default: a weather search, ordinary on any phone.
pub const DEFAULT_LEAVE_URL: &str = "https://www.google.com/search?q=weather";

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:8080".into(),
            database_url: "sqlite://data/tipline.db?mode=rwc".into(),
            data_dir: "data".into(),
            instance_key_file: "keys/instance.key.asc".into(),
            instance_secret_file: "keys/instance.secret".into(),
            public_url: None,
            report_rate_per_minute: 60,
            report_burst: 120,
            followup_rate_per_minute: 30,
            followup_burst: 60,
            form_token_max_age_hours: 24,
            allow_seipdv2: false,
            log: "info".into(),
            smtp_url: None,
            smtp_url_file: None,
            smtp_password_file: None,
            smtp_ca_file: None,
            mail_from: "tipline@tipline.invalid".into(),
            mail_domain: None,
            mail_delay: "0".into(),
            mail_digest: "0".into(),
            mail_retry_base: "30s".into(),
            mail_retry_max: "1h".into(),
            mail_give_up: "5d".into(),
            mail_senders: 4,
            approvals: 1,
            retention_closed_days: 90,
            retention_max_days: 365,
            retention_hold_days: 730,
            leave_url: DEFAULT_LEAVE_URL.into(),
            attachment_max_file: "500MiB".into(),
            attachment_max_report: "500MiB".into(),
            attachment_max_files: 20,
            upload_idle_secs: 120,
            mail_attachment_max: "10MiB".into(),
        }
    }
}

impl Config {
    /// Loads the configuration from the process environment.
    pub fn load() -> anyhow::Result<Self> {
        Self::from_figment(Self::figment())
    }

    /// The layered sources, in order of precedence (last wins).
    pub fn figment() -> Figment {
        let mut f = Figment::from(Serialized::defaults(Config::default()));
        if let Ok(path) = std::env::var("TIPLINE_CONFIG") {
            f = f.merge(Toml::file_exact(path));
        }
        f.merge(Env::prefixed("TIPLINE_").ignore(&["config"]))
            .merge(Env::raw().only(&["DATABASE_URL"]))
    }

    /// Extracts and checks a configuration.
    pub fn from_figment(f: Figment) -> anyhow::Result<Self> {
        let c: Config = f.extract().map_err(|e| {
            anyhow::anyhow!(
                "configuration error: {e}\n(known settings: bind, database_url, data_dir, \
                 instance_key_file, instance_secret_file, public_url, report_rate_per_minute, \
                 report_burst, followup_rate_per_minute, followup_burst, form_token_max_age_hours, allow_seipdv2, log, smtp_url, \
                 smtp_url_file, smtp_password_file, smtp_ca_file, mail_from, mail_domain, mail_delay, \
                 mail_digest, mail_retry_base, mail_retry_max, mail_give_up, mail_senders, approvals, retention_closed_days, retention_max_days, retention_hold_days, leave_url, \
                 attachment_max_file, attachment_max_report, attachment_max_files, upload_idle_secs, mail_attachment_max — as \
                 TIPLINE_NAME in the environment or name = value in the TIPLINE_CONFIG file)"
            )
        })?;
        if c.report_rate_per_minute == 0 || c.report_burst == 0 {
            anyhow::bail!("report_rate_per_minute and report_burst must be at least 1");
        }
        if c.followup_rate_per_minute == 0 || c.followup_burst == 0 {
            anyhow::bail!("followup_rate_per_minute and followup_burst must be at least 1");
        }
        if c.form_token_max_age_hours == 0 {
            anyhow::bail!("form_token_max_age_hours must be at least 1");
        }
        for (name, value) in [
            ("mail_delay", &c.mail_delay),
            ("mail_digest", &c.mail_digest),
            ("mail_retry_base", &c.mail_retry_base),
            ("mail_retry_max", &c.mail_retry_max),
            ("mail_give_up", &c.mail_give_up),
        ] {
            parse_duration(value).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
        }
        // Each message being sent on PostgreSQL holds one of the pool's 16
        // connections: at most half of them, so that intake always has some.
        if c.mail_senders == 0 || c.mail_senders > 8 {
            anyhow::bail!("mail_senders must be between 1 and 8");
        }
        if c.approvals == 0 || c.approvals > 5 {
            anyhow::bail!("approvals must be between 1 and 5");
        }
        if c.retention_closed_days == 0 || c.retention_max_days == 0 {
            anyhow::bail!("retention_closed_days and retention_max_days must be at least 1");
        }
        if c.retention_hold_days < c.retention_max_days || c.retention_hold_days > 36_500 {
            anyhow::bail!(
                "retention_hold_days must be at least retention_max_days ({}) and at most 36500",
                c.retention_max_days
            );
        }
        if (c.smtp_url.is_some() || c.smtp_url_file.is_some())
            && c.mail_from == Config::default().mail_from
        {
            anyhow::bail!(
                "mail_from is still the placeholder {}: set TIPLINE_MAIL_FROM to the address in the \
                 instance key's user ID before sending mail through an SMTP server",
                c.mail_from
            );
        }
        let leave = c.leave_url.to_ascii_lowercase();
        if !(leave.starts_with("https://") || leave.starts_with("http://"))
            || c.leave_url.len() > 500
            || c.leave_url
                .chars()
                .any(|ch| ch.is_whitespace() || ch.is_control() || "\"'<>`".contains(ch))
        {
            anyhow::bail!(
                "leave_url must be an http:// or https:// address of at most 500 characters, \
                 without spaces or quotes (it is where \"Leave now\" goes)"
            );
        }
        c.mail_from
            .parse::<lettre::Address>()
            .map_err(|_| anyhow::anyhow!("mail_from is not a valid e-mail address"))?;
        let file = parse_size(&c.attachment_max_file)
            .map_err(|e| anyhow::anyhow!("attachment_max_file: {e}"))?;
        let report = parse_size(&c.attachment_max_report)
            .map_err(|e| anyhow::anyhow!("attachment_max_report: {e}"))?;
        if file > report {
            anyhow::bail!("attachment_max_file must not be larger than attachment_max_report");
        }
        let in_mail = parse_size(&c.mail_attachment_max)
            .map_err(|e| anyhow::anyhow!("mail_attachment_max: {e}"))?;
        if in_mail > 64 << 20 {
            anyhow::bail!(
                "mail_attachment_max must be at most 64MiB (the files are held in memory while the mail is sealed, and few mail servers take more)"
            );
        }
        if c.upload_idle_secs == 0 {
            anyhow::bail!("upload_idle_secs must be at least 1");
        }
        if c.attachment_max_files > 100 {
            anyhow::bail!("attachment_max_files must be at most 100");
        }
        Ok(c)
    }

    /// What one report may carry in files (`None`: the form takes no files).
    /// How long an upload may go without a byte.
    pub fn upload_idle(&self) -> std::time::Duration {
        std::time::Duration::from_secs(u64::from(self.upload_idle_secs))
    }

    /// The largest total of files a full-mode e-mail carries (0: none).
    pub fn mail_attachment_max(&self) -> u64 {
        parse_size(&self.mail_attachment_max).unwrap_or(0)
    }

    pub fn attachment_limits(&self) -> Option<crate::upload::Limits> {
        let max_file = parse_size(&self.attachment_max_file).ok()?;
        let max_report = parse_size(&self.attachment_max_report).ok()?;
        let max_files = usize::try_from(self.attachment_max_files).ok()?;
        (max_file > 0 && max_report > 0 && max_files > 0).then_some(crate::upload::Limits {
            max_file,
            max_report,
            max_files,
            max_text: crate::report::max_body_bytes(),
            idle: self.upload_idle(),
        })
    }
}

/// Parses a size such as `0`, `4096`, `20MB`, `500MiB` or `1GiB` (bytes).
pub fn parse_size(s: &str) -> anyhow::Result<u64> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (n, unit) = s.split_at(split);
    let n: u64 = n
        .parse()
        .map_err(|_| anyhow::anyhow!("expected a size such as 20MB, 500MiB or 1GiB"))?;
    let unit: u64 = match unit.trim() {
        "" | "B" => 1,
        "kB" | "KB" => 1000,
        "KiB" => 1 << 10,
        "MB" => 1_000_000,
        "MiB" => 1 << 20,
        "GB" => 1_000_000_000,
        "GiB" => 1 << 30,
        _ => anyhow::bail!("expected a size such as 20MB, 500MiB or 1GiB"),
    };
    n.checked_mul(unit)
        .filter(|b| *b <= 64 << 30)
        .ok_or_else(|| anyhow::anyhow!("at most 64GiB"))
}

/// Parses a duration such as `0`, `45s`, `10m`, `2h` or `5d`.
pub fn parse_duration(s: &str) -> anyhow::Result<std::time::Duration> {
    let s = s.trim();
    if s == "0" {
        return Ok(std::time::Duration::ZERO);
    }
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (n, unit) = s.split_at(split);
    let n: u64 = n
        .parse()
        .map_err(|_| anyhow::anyhow!("expected a number and a unit such as 30s, 10m, 2h or 5d"))?;
    let secs = match unit.trim() {
        "s" => n,
        "m" => n.saturating_mul(60),
        "h" => n.saturating_mul(3600),
        "d" => n.saturating_mul(86_400),
        _ => anyhow::bail!("expected a number and a unit such as 30s, 10m, 2h or 5d"),
    };
    Ok(std::time::Duration::from_secs(secs))
}

/// Formats a duration as `parse_duration` reads it (largest whole unit).
pub fn format_duration(d: std::time::Duration) -> String {
    let s = d.as_secs();
    match s {
        0 => "0".into(),
        s if s % 86_400 == 0 => format!("{}d", s / 86_400),
        s if s % 3600 == 0 => format!("{}h", s / 3600),
        s if s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment's Jail API
mod tests {
    use super::*;

    #[test]
    fn defaults_and_env_layering() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("TIPLINE_BIND", "127.0.0.1:0");
            jail.set_env("DATABASE_URL", "postgres://x/y");
            let c = Config::from_figment(Config::figment()).map_err(|e| e.to_string())?;
            assert_eq!(c.bind, "127.0.0.1:0");
            assert_eq!(c.database_url, "postgres://x/y");
            assert_eq!(c.report_burst, 120);
            Ok(())
        });
    }

    #[test]
    fn sizes_parse_and_refuse_nonsense() {
        assert_eq!(parse_size("0").ok(), Some(0));
        assert_eq!(parse_size("500MiB").ok(), Some(500 << 20));
        assert_eq!(parse_size("20 MB").ok(), Some(20_000_000));
        assert_eq!(parse_size("1GiB").ok(), Some(1 << 30));
        for bad in ["", "MB", "5 TB", "-1", "1.5GB", "65GiB"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn durations_parse_and_refuse_nonsense() {
        assert_eq!(parse_duration("0").ok(), Some(std::time::Duration::ZERO));
        assert_eq!(
            parse_duration("10m").ok(),
            Some(std::time::Duration::from_secs(600))
        );
        assert_eq!(
            parse_duration("5d").ok(),
            Some(std::time::Duration::from_secs(432_000))
        );
        assert!(parse_duration("10 minutes").is_err());
        assert!(parse_duration("m").is_err());
        assert!(parse_duration("").is_err());
    }

    #[test]
    fn the_smtp_url_never_prints() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("TIPLINE_SMTP_URL", "smtp://u:hunter2@mail.example.org:587");
            jail.set_env("TIPLINE_MAIL_FROM", "tips@example.org");
            let c = Config::from_figment(Config::figment()).map_err(|e| e.to_string())?;
            assert!(c.smtp_url.is_some());
            assert!(!format!("{c:?}").contains("hunter2"));
            Ok(())
        });
    }

    #[test]
    fn an_smtp_server_needs_a_real_sender_address() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("TIPLINE_SMTP_URL", "smtp://mail.example.org:587");
            let e = Config::from_figment(Config::figment())
                .err()
                .map(|e| e.to_string());
            assert!(e.unwrap_or_default().contains("TIPLINE_MAIL_FROM"));
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_are_refused() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("TIPLINE_BIMD", "typo");
            let e = Config::from_figment(Config::figment())
                .err()
                .map(|e| e.to_string());
            assert!(e.unwrap_or_default().contains("known settings"));
            Ok(())
        });
    }
}
