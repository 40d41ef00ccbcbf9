//! Configuration: defaults → optional TOML file (`TIPLINE_CONFIG`) →
//! `TIPLINE_*` environment variables and `DATABASE_URL`.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
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
    /// How long a loaded form stays valid, in hours.
    pub form_token_max_age_hours: u32,
    /// Allow SEIPDv2 (AEAD) when every recipient supports it. Off: GnuPG 2.2,
    /// RNP 0.16 and sq 0.27 cannot read SEIPDv2.
    pub allow_seipdv2: bool,
    /// Log filter (tracing `EnvFilter` syntax).
    pub log: String,
}

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
            form_token_max_age_hours: 24,
            allow_seipdv2: false,
            log: "info".into(),
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
                 report_burst, form_token_max_age_hours, allow_seipdv2, log — as TIPLINE_NAME \
                 in the environment or name = value in the TIPLINE_CONFIG file)"
            )
        })?;
        if c.report_rate_per_minute == 0 || c.report_burst == 0 {
            anyhow::bail!("report_rate_per_minute and report_burst must be at least 1");
        }
        if c.form_token_max_age_hours == 0 {
            anyhow::bail!("form_token_max_age_hours must be at least 1");
        }
        Ok(c)
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
