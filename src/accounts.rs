//! Responder and admin accounts: passwords (argon2id), TOTP, recovery
//! codes, and the random tokens of invitations, sessions and CSRF.
//!
//! Keys for these come from the instance secret through HKDF with their
//! own labels, so that no two uses share a key.

use aes_gcm::aead::{Aead, KeyInit as _};
use argon2::password_hash::{PasswordHash, SaltString};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};
use std::sync::OnceLock;
use subtle::ConstantTimeEq;

/// Shortest and longest password, in characters (OWASP: at least 8, allow long).
pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 128;

const COMMON: &str = include_str!("common_passwords.txt");

fn common() -> &'static std::collections::HashSet<&'static str> {
    static C: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    C.get_or_init(|| {
        COMMON
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// A password as typed. `Debug` and `Display` print only the type name.
pub struct Password(SecretString);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password")
    }
}

impl std::fmt::Display for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password")
    }
}

/// Why a new password was refused. Never repeats the password.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PasswordError {
    #[error("use at least 8 characters")]
    TooShort,
    #[error("use at most 128 characters")]
    TooLong,
    #[error("this password is among the most common ones people use; choose another")]
    Common,
}

impl Password {
    /// Wraps a password given at login (no rules: only a hash decides).
    pub fn given(s: &str) -> Self {
        Self(SecretString::from(s.to_owned()))
    }

    /// Checks a new password: 8 to 128 characters, not a common one. No
    /// composition rules (NIST SP 800-63B).
    pub fn new(s: &str) -> Result<Self, PasswordError> {
        let n = s.chars().count();
        if n < PASSWORD_MIN {
            return Err(PasswordError::TooShort);
        }
        if n > PASSWORD_MAX {
            return Err(PasswordError::TooLong);
        }
        if common().contains(s.trim().to_lowercase().as_str()) {
            return Err(PasswordError::Common);
        }
        Ok(Self(SecretString::from(s.to_owned())))
    }

    fn bytes(&self) -> &[u8] {
        self.0.expose_secret().as_bytes()
    }
}

/// argon2id with OWASP's first recommended parameters: 19 MiB, 2 passes, 1 lane.
fn argon2() -> argon2::Argon2<'static> {
    let params = argon2::Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// argon2id's working memory (19 MiB a run), kept for the next run rather
/// than freed. Freed, glibc keeps each run's blocks in the arena of the
/// thread that ran it, and the blocking threads spread over up to eight
/// arenas per core: a stream of failed logins, two at a time, left a
/// two-core server 840 MiB larger for good. Kept here, the pool holds as
/// many buffers as ever ran at once (the web layer lets 2 × cores run).
static MEMORY: std::sync::Mutex<Vec<Vec<argon2::Block>>> = std::sync::Mutex::new(Vec::new());

/// Runs `f` on a zeroed buffer of `blocks` argon2 blocks from the pool,
/// and zeroes it again (it held password-derived state) before putting it back.
fn with_memory<T>(blocks: usize, f: impl FnOnce(&mut [argon2::Block]) -> T) -> T {
    let pool = || MEMORY.lock().unwrap_or_else(|e| e.into_inner());
    let taken = pool().iter().position(|b| b.len() == blocks);
    let mut buf = match taken {
        Some(i) => pool().swap_remove(i),
        None => vec![argon2::Block::default(); blocks],
    };
    let out = f(&mut buf);
    buf.fill(argon2::Block::default());
    pool().push(buf);
    out
}

/// Hashes a password (PHC string). CPU-heavy: call off the async executor.
pub fn hash_password(p: &Password) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    crate::random::fill(&mut salt);
    let salt_string = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let a = argon2();
    let mut out = [0u8; 32];
    with_memory(a.params().block_count(), |m| {
        a.hash_password_into_with_memory(p.bytes(), &salt, &mut out, m)
    })
    .map_err(|e| anyhow::anyhow!("password hashing failed: {e}"))?;
    // The PHC string argon2's own `hash_password` writes.
    let phc = PasswordHash {
        algorithm: argon2::Algorithm::Argon2id.ident(),
        version: Some(argon2::Version::V0x13.into()),
        params: argon2::password_hash::ParamsString::try_from(a.params())
            .map_err(|e| anyhow::anyhow!("argon2 parameters: {e}"))?,
        salt: Some(salt_string.as_salt()),
        hash: Some(
            argon2::password_hash::Output::new(&out)
                .map_err(|e| anyhow::anyhow!("argon2 output: {e}"))?,
        ),
    };
    Ok(phc.to_string())
}

/// Whether `p` hashes to `hash` (a PHC string of any argon2 variant and
/// parameters), computed in pooled memory.
fn verify_phc(hash: &PasswordHash<'_>, p: &Password) -> bool {
    let (Some(salt), Some(expected)) = (&hash.salt, &hash.hash) else {
        return false;
    };
    let (Ok(algorithm), Ok(version), Ok(params)) = (
        argon2::Algorithm::try_from(hash.algorithm),
        argon2::Version::try_from(hash.version.unwrap_or(0x13)),
        argon2::Params::try_from(hash),
    ) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let a = argon2::Argon2::new(algorithm, version, params);
    let mut out = vec![0u8; expected.len()];
    let done = with_memory(a.params().block_count(), |m| {
        a.hash_password_into_with_memory(p.bytes(), salt_bytes, &mut out, m)
    });
    // `Output` compares in constant time.
    done.is_ok() && argon2::password_hash::Output::new(&out).is_ok_and(|o| o == *expected)
}

/// Verifies a password against a stored hash; with `None` (no such
/// account) a dummy hash is verified instead, so that the answer takes as
/// long either way. CPU-heavy: call off the async executor.
pub fn verify_password(stored: Option<&str>, p: &Password) -> bool {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| {
        hash_password(&Password::given(
            "tipline dummy password for unknown accounts",
        ))
        .unwrap_or_default()
    });
    let Ok(hash) = PasswordHash::new(stored.unwrap_or(dummy)) else {
        return false;
    };
    verify_phc(&hash, p) && stored.is_some()
}

/// Keys derived from the instance secret for accounts.
#[derive(Clone)]
pub struct Keys {
    totp: [u8; 32],
    mac: [u8; 32],
}

impl Keys {
    /// Derives the keys (HKDF-SHA256, one label each).
    pub fn derive(instance_secret: &[u8; 32]) -> Self {
        let hk = hkdf::Hkdf::<Sha256>::new(None, instance_secret);
        let mut totp = [0u8; 32];
        let mut mac = [0u8; 32];
        // 32 bytes is far below HKDF's limit: cannot fail.
        let _ = hk.expand(b"tipline totp secrets v1", &mut totp);
        let _ = hk.expand(b"tipline account macs v1", &mut mac);
        Self { totp, mac }
    }

    fn hmac(&self, label: &[u8], data: &[u8]) -> [u8; 32] {
        let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.mac)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        m.update(label);
        m.update(&[0]);
        m.update(data);
        m.finalize().into_bytes().into()
    }

    /// Encrypts a TOTP secret for storage (AES-256-GCM, random nonce first).
    pub fn seal_totp(&self, secret: &[u8]) -> Vec<u8> {
        let cipher = aes_gcm::Aes256Gcm::new(&self.totp.into());
        let nonce = crate::random::bytes::<12>();
        let mut out = nonce.to_vec();
        // Encrypting a few bytes in memory cannot fail.
        out.extend(cipher.encrypt(&nonce.into(), secret).unwrap_or_default());
        out
    }

    /// Decrypts a stored TOTP secret.
    pub fn open_totp(&self, stored: &[u8]) -> Option<Vec<u8>> {
        if stored.len() < 12 {
            return None;
        }
        let (nonce, ct) = stored.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().ok()?;
        aes_gcm::Aes256Gcm::new(&self.totp.into())
            .decrypt(&nonce.into(), ct)
            .ok()
    }

    /// Seals a new, not yet confirmed TOTP secret for a hidden form field:
    /// bound to `context` (the session) and usable until `expires_at`.
    pub fn seal_pending_totp(&self, secret: &[u8], context: &[u8], expires_at: i64) -> String {
        use aes_gcm::aead::Payload;
        let cipher = aes_gcm::Aes256Gcm::new(&self.totp.into());
        let nonce = crate::random::bytes::<12>();
        let aad = [b"pending totp v1\0".as_slice(), context].concat();
        let msg = [expires_at.to_be_bytes().as_slice(), secret].concat();
        let mut out = nonce.to_vec();
        // Encrypting a few bytes in memory cannot fail.
        out.extend(
            cipher
                .encrypt(
                    &nonce.into(),
                    Payload {
                        msg: &msg,
                        aad: &aad,
                    },
                )
                .unwrap_or_default(),
        );
        URL_SAFE_NO_PAD.encode(out)
    }

    /// Opens a field made by [`Keys::seal_pending_totp`] for the same
    /// `context`, if it has not expired at `now`.
    pub fn open_pending_totp(&self, field: &str, context: &[u8], now: i64) -> Option<Vec<u8>> {
        use aes_gcm::aead::Payload;
        if field.len() > 256 {
            return None;
        }
        let raw = URL_SAFE_NO_PAD.decode(field.trim()).ok()?;
        if raw.len() < 12 {
            return None;
        }
        let (nonce, ct) = raw.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().ok()?;
        let aad = [b"pending totp v1\0".as_slice(), context].concat();
        let msg = aes_gcm::Aes256Gcm::new(&self.totp.into())
            .decrypt(&nonce.into(), Payload { msg: ct, aad: &aad })
            .ok()?;
        let (when, secret) = msg.split_at_checked(8)?;
        let expires_at = i64::from_be_bytes(when.try_into().ok()?);
        (expires_at > now && !secret.is_empty()).then(|| secret.to_vec())
    }

    /// The stored form of a recovery code (they are random, 60 bits: a MAC
    /// is enough, no slow hash needed).
    pub fn recovery_hash(&self, code: &str) -> Vec<u8> {
        self.hmac(b"recovery code", normalise_code(code).as_bytes())
            .to_vec()
    }

    /// The signature of a device cookie (account and device id).
    pub fn device_mac(&self, account: &[u8], device: &[u8]) -> String {
        let mut data = account.to_vec();
        data.extend_from_slice(device);
        URL_SAFE_NO_PAD.encode(&self.hmac(b"device cookie", &data)[..18])
    }

    /// Whether `mac` signs this device cookie (constant time).
    pub fn device_mac_ok(&self, account: &[u8], device: &[u8], mac: &str) -> bool {
        let expected = self.device_mac(account, device);
        expected.len() == mac.len() && bool::from(expected.as_bytes().ct_eq(mac.as_bytes()))
    }

    /// The CSRF token for `context` (a session or an invitation).
    pub fn csrf(&self, context: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(&self.hmac(b"csrf", context)[..18])
    }

    /// Whether `token` is the CSRF token for `context` (constant time).
    pub fn csrf_ok(&self, context: &[u8], token: &str) -> bool {
        let expected = self.csrf(context);
        expected.len() == token.len() && bool::from(expected.as_bytes().ct_eq(token.as_bytes()))
    }
}

/// A new random token (for a link or a cookie) and the hash that is stored.
pub fn new_token() -> (String, Vec<u8>) {
    let raw = crate::random::bytes::<32>();
    let token = URL_SAFE_NO_PAD.encode(raw);
    let hash = token_hash(&token);
    (token, hash)
}

/// The stored hash of a token (SHA-256: tokens are random, 256 bits).
pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.trim().as_bytes()).to_vec()
}

/// A new TOTP secret (160 bits, as RFC 4226 recommends).
pub fn new_totp_secret() -> Vec<u8> {
    crate::random::bytes::<20>().to_vec()
}

/// The TOTP of a secret: SHA-1, 6 digits, 30 s steps, one step of skew.
pub fn totp(secret: &[u8], account: &str) -> Option<totp_rs::Totp> {
    totp_rs::Builder::new()
        .with_secret(secret.to_vec())
        .with_account_name(account)
        .with_issuer(Some("Tipline"))
        .build()
        .ok()
}

/// The step a TOTP code matches at `now` (unix seconds), if it is valid
/// and newer than `last_step` (each code works once).
pub fn totp_step(secret: &[u8], code: &str, now: i64, last_step: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret, "x")?;
    let step = i64::try_from(t.check(&code, u64::try_from(now).ok()?)?).ok()?;
    (step > last_step).then_some(step)
}

/// The QR code of an `otpauth://` URL as inline SVG, made here (nothing
/// leaves the server).
pub fn qr_svg(url: &str) -> String {
    match qrcode::QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build()
            // Inline in HTML: the XML declaration has no place there.
            .split_once("<svg")
            .map(|(_, rest)| format!("<svg{rest}"))
            .unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// The base32 form of a secret, in groups of four for typing.
pub fn base32_grouped(secret: &[u8]) -> String {
    let b32 = totp_rs::Secret::from(secret.to_vec()).to_base32();
    b32.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Ten new recovery codes: 12 characters from an alphabet without
/// look-alikes (60 bits each), shown as `xxxx-xxxx-xxxx`.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789"; // 31, no i l o 0 1
    (0..10)
        .map(|_| {
            let chars: Vec<char> = (0..12)
                .map(|_| ALPHABET[crate::random::below(ALPHABET.len() as u32) as usize] as char)
                .collect();
            chars
                .chunks(4)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect()
}

/// A recovery code as typed: lower case, without spaces and dashes.
fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether `s` looks like a recovery code (12 letters and digits) rather than a TOTP code.
pub fn is_recovery_code(s: &str) -> bool {
    normalise_code(s).len() == 12
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[test]
    fn pending_totp_opens_only_for_its_session_and_in_time() {
        let keys = Keys::derive(&[7; 32]);
        let field = keys.seal_pending_totp(b"twenty bytes secret!", b"session a", 1000);
        assert_eq!(
            keys.open_pending_totp(&field, b"session a", 999).as_deref(),
            Some(b"twenty bytes secret!".as_slice())
        );
        assert_eq!(keys.open_pending_totp(&field, b"session a", 1000), None);
        assert_eq!(keys.open_pending_totp(&field, b"session b", 999), None);
        assert_eq!(
            Keys::derive(&[8; 32]).open_pending_totp(&field, b"session a", 999),
            None
        );
        let mut tampered = field.clone().into_bytes();
        tampered[20] = if tampered[20] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).unwrap_or_default();
        assert_eq!(keys.open_pending_totp(&tampered, b"session a", 999), None);
        assert_eq!(keys.open_pending_totp("", b"session a", 999), None);
    }

    #[test]
    fn passwords_follow_length_and_common_list_only() {
        assert_eq!(Password::new("short").err(), Some(PasswordError::TooShort));
        assert_eq!(
            Password::new(&"x".repeat(129)).err(),
            Some(PasswordError::TooLong)
        );
        assert_eq!(
            Password::new("Password123").err(),
            Some(PasswordError::Common)
        );
        assert_eq!(
            Password::new("qwertyuiop").err(),
            Some(PasswordError::Common)
        );
        // No composition rules; characters, not bytes.
        assert!(Password::new("correct horse battery staple").is_ok());
        assert!(Password::new("ကျွန်တော်စကားဝှက်").is_ok());
        assert_eq!(
            format!(
                "{:?} {}",
                Password::given("hunter22"),
                Password::given("hunter22")
            ),
            "Password Password"
        );
    }

    #[test]
    fn hashes_verify_and_unknown_accounts_do_not() {
        let p = Password::new("a long enough passphrase").unwrap_or_else(|e| panic!("{e}"));
        let h = hash_password(&p).unwrap_or_else(|e| panic!("{e}"));
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password(Some(&h), &p));
        assert!(!verify_password(
            Some(&h),
            &Password::given("another passphrase")
        ));
        assert!(!verify_password(None, &p));
    }

    #[test]
    fn pooled_hashes_match_argon2s_own() {
        let p = Password::new("a long enough passphrase").unwrap_or_else(|e| panic!("{e}"));
        // Ours verifies with argon2's verifier, and argon2's with ours.
        let ours = hash_password(&p).unwrap_or_else(|e| panic!("{e}"));
        let parsed = PasswordHash::new(&ours).unwrap_or_else(|e| panic!("{e}"));
        assert!(argon2().verify_password(p.bytes(), &parsed).is_ok());
        let salt = SaltString::encode_b64(&[7u8; 16]).unwrap_or_else(|e| panic!("{e}"));
        let theirs = argon2()
            .hash_password(p.bytes(), &salt)
            .unwrap_or_else(|e| panic!("{e}"))
            .to_string();
        assert!(verify_password(Some(&theirs), &p));
        assert!(!verify_password(
            Some(&theirs),
            &Password::given("a long enough passphrasE")
        ));
        // Other parameters (an older or a future setting) still verify.
        let small = argon2::Argon2::new(
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            argon2::Params::new(64, 1, 1, Some(16)).unwrap_or_else(|e| panic!("{e}")),
        )
        .hash_password(p.bytes(), &salt)
        .unwrap_or_else(|e| panic!("{e}"))
        .to_string();
        assert!(verify_password(Some(&small), &p));
        // The pool keeps buffers, zeroed, for the next run.
        let pooled = MEMORY.lock().unwrap_or_else(|e| e.into_inner());
        assert!(!pooled.is_empty());
        assert!(
            pooled
                .iter()
                .all(|b| b.iter().all(|blk| blk.as_ref().iter().all(|w| *w == 0)))
        );
    }

    #[test]
    fn totp_codes_work_once_and_within_one_step() {
        let secret = new_totp_secret();
        let t = totp(&secret, "a@example.org").unwrap_or_else(|| panic!("totp"));
        let now = 1_800_000_015i64;
        let code = t.generate(now as u64).to_string();
        let step = totp_step(&secret, &code, now, 0).unwrap_or_else(|| panic!("valid"));
        assert_eq!(totp_step(&secret, &code, now, step), None, "single use");
        assert!(
            totp_step(&secret, &code, now + 30, 0).is_some(),
            "one step late is fine"
        );
        assert_eq!(
            totp_step(&secret, &code, now + 90, 0),
            None,
            "three steps late is not"
        );
        assert_eq!(totp_step(&secret, "12345", now, 0), None);
        assert_eq!(totp_step(&secret, "abcdef", now, 0), None);
    }

    #[test]
    fn totp_secrets_are_sealed_at_rest() {
        let k = Keys::derive(&[7; 32]);
        let secret = new_totp_secret();
        let stored = k.seal_totp(&secret);
        assert!(!stored.windows(secret.len()).any(|w| w == secret.as_slice()));
        assert_eq!(k.open_totp(&stored), Some(secret.clone()));
        assert_eq!(Keys::derive(&[8; 32]).open_totp(&stored), None);
        let mut tampered = stored.clone();
        tampered[20] ^= 1;
        assert_eq!(k.open_totp(&tampered), None);
    }

    #[test]
    fn recovery_codes_and_csrf_tokens() {
        let k = Keys::derive(&[7; 32]);
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        assert!(codes.iter().all(|c| c.len() == 14 && is_recovery_code(c)));
        assert_eq!(
            k.recovery_hash(&codes[0]),
            k.recovery_hash(&codes[0].to_uppercase().replace('-', " "))
        );
        assert_ne!(k.recovery_hash(&codes[0]), k.recovery_hash(&codes[1]));
        let t = k.csrf(b"session a");
        assert!(k.csrf_ok(b"session a", &t));
        assert!(!k.csrf_ok(b"session b", &t));
        assert!(!k.csrf_ok(b"session a", ""));
    }
}
