//! The instance identity: one signing key and one secret, loaded from files
//! (created on first start if absent, mode 0600) and shared by every
//! process of an instance.

use crate::config::Config;
use secrecy::{ExposeSecret, SecretBox};
use sequoia_openpgp::Cert;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::time::SystemTime;

/// The instance key and secret.
pub struct Identity {
    /// The instance certificate, with secret key material.
    pub cert: Cert,
    /// The instance secret (HKDF salt for codenames, HMAC key for form tokens).
    pub secret: SecretBox<[u8; 32]>,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity")
            .field("fingerprint", &self.cert.fingerprint().to_hex())
            .finish()
    }
}

impl Identity {
    /// Loads the key and secret, creating either if its file is absent.
    pub fn load_or_create(config: &Config) -> anyhow::Result<Self> {
        let cert = load_or_create_key(&config.instance_key_file)?;
        let secret = load_or_create_secret(&config.instance_secret_file)?;
        Ok(Self { cert, secret })
    }

    /// The instance key's fingerprint (upper-case hex).
    pub fn fingerprint(&self) -> String {
        self.cert.fingerprint().to_hex()
    }

    /// The public certificate, ASCII-armored, for responders to pin.
    pub fn public_armored(&self) -> Vec<u8> {
        use sequoia_openpgp::serialize::SerializeInto;
        self.cert
            .clone()
            .strip_secret_key_material()
            .armored()
            .to_vec()
            .unwrap_or_default()
    }

    /// The signer for sealing.
    pub fn signer(&self, now: SystemTime) -> anyhow::Result<crate::seal::InstanceSigner> {
        crate::seal::instance_signer(&self.cert, now)
    }

    /// The secret bytes.
    pub fn secret_bytes(&self) -> &[u8; 32] {
        self.secret.expose_secret()
    }
}

fn write_new_private(path: &Path, data: &[u8]) -> anyhow::Result<bool> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
    }
    // create_new: if another process of the instance wins the race, we load theirs.
    let mut f = match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(false),
        Err(e) => return Err(anyhow::anyhow!("cannot create {}: {e}", path.display())),
    };
    f.write_all(data)?;
    f.sync_all()?;
    Ok(true)
}

fn check_mode(path: &Path) {
    if let Ok(m) = fs::metadata(path)
        && m.permissions().mode() & 0o077 != 0
    {
        tracing::warn!(file = %path.display(), "instance key file is readable by other users; chmod 600 it");
    }
}

fn load_or_create_key(path: &Path) -> anyhow::Result<Cert> {
    if !path.exists() {
        let cert = crate::seal::generate_instance_key("Tipline instance")?;
        if write_new_private(path, &crate::seal::armored_tsk(&cert)?)? {
            tracing::info!(file = %path.display(), fingerprint = %cert.fingerprint().to_hex(), "created the instance signing key");
            return Ok(cert);
        }
    }
    check_mode(path);
    let data = fs::read(path)
        .map_err(|e| anyhow::anyhow!("cannot read the instance key {}: {e}", path.display()))?;
    let cert = crate::seal::parse_cert(&data)
        .map_err(|_| anyhow::anyhow!("{} is not an OpenPGP secret key", path.display()))?;
    if !cert.is_tsk() {
        anyhow::bail!(
            "{} holds no secret key material: the instance key must be the secret key",
            path.display()
        );
    }
    Ok(cert)
}

fn load_or_create_secret(path: &Path) -> anyhow::Result<SecretBox<[u8; 32]>> {
    if !path.exists() {
        let fresh = crate::random::bytes::<32>();
        let _ = write_new_private(path, crate::random::hex(&fresh).as_bytes())?;
    }
    check_mode(path);
    let text = fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read the instance secret {}: {e}", path.display()))?;
    let text = text.trim();
    if text.len() != 64 {
        anyhow::bail!("{} must hold 64 hex digits (32 bytes)", path.display());
    }
    let mut out = [0u8; 32];
    for (i, chunk) in text.as_bytes().chunks(2).enumerate() {
        let s = std::str::from_utf8(chunk).unwrap_or("zz");
        out[i] = u8::from_str_radix(s, 16)
            .map_err(|_| anyhow::anyhow!("{} must hold 64 hex digits", path.display()))?;
    }
    Ok(SecretBox::new(Box::new(out)))
}
