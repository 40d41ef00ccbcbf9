//! The source form's cookie-less CSRF and double-submit token: a random
//! nonce and the time the form was served, signed with HMAC-SHA256 under
//! the instance secret. Stateless until used; a used nonce is stored.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

const DOMAIN: &[u8] = b"tipline form token v1\0";
const MAC_LEN: usize = 16;

/// A verified token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormToken {
    /// The single-use value recorded when a report is stored.
    pub nonce: [u8; 16],
    /// The day after which the token can no longer be used.
    pub expires_day: NaiveDate,
}

/// Why a token was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TokenError {
    #[error("missing or malformed form token")]
    Malformed,
    #[error("form token signature does not verify")]
    BadSignature,
    #[error("form token expired")]
    Expired,
}

fn mac(key: &[u8], payload: &[u8]) -> Hmac<Sha256> {
    // HMAC accepts keys of any length: this cannot fail.
    let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    m.update(DOMAIN);
    m.update(payload);
    m
}

/// Issues a fresh token at `now`.
pub fn issue(key: &[u8], now: DateTime<Utc>) -> String {
    let mut payload = [0u8; 24];
    payload[..16].copy_from_slice(&crate::random::bytes::<16>());
    payload[16..].copy_from_slice(&now.timestamp().to_be_bytes());
    let tag = mac(key, &payload).finalize().into_bytes();
    let mut out = payload.to_vec();
    out.extend_from_slice(&tag[..MAC_LEN]);
    URL_SAFE_NO_PAD.encode(out)
}

/// Verifies a token at `now` (constant-time MAC check).
pub fn verify(
    key: &[u8],
    token: &str,
    now: DateTime<Utc>,
    max_age: Duration,
) -> Result<FormToken, TokenError> {
    if token.len() > 64 {
        return Err(TokenError::Malformed);
    }
    let raw = URL_SAFE_NO_PAD
        .decode(token.trim())
        .map_err(|_| TokenError::Malformed)?;
    if raw.len() != 24 + MAC_LEN {
        return Err(TokenError::Malformed);
    }
    let (payload, tag) = raw.split_at(24);
    mac(key, payload)
        .verify_truncated_left(tag)
        .map_err(|_| TokenError::BadSignature)?;
    let mut ts = [0u8; 8];
    ts.copy_from_slice(&payload[16..]);
    let issued =
        DateTime::from_timestamp(i64::from_be_bytes(ts), 0).ok_or(TokenError::Malformed)?;
    if issued > now + Duration::minutes(5) || now - issued > max_age {
        return Err(TokenError::Expired);
    }
    let mut nonce = [0u8; 16];
    nonce.copy_from_slice(&payload[..16]);
    // Kept to the day (rounded up), so a stored nonce says nothing finer.
    let expires_day = (issued + max_age).date_naive() + Duration::days(1);
    Ok(FormToken { nonce, expires_day })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default()
    }

    #[test]
    fn round_trip_expiry_and_tampering() {
        let key = [9u8; 32];
        let tok = issue(&key, t0());
        let ok = verify(&key, &tok, t0() + Duration::hours(1), Duration::hours(24));
        assert!(ok.is_ok());
        assert_eq!(
            verify(&key, &tok, t0() + Duration::hours(25), Duration::hours(24)),
            Err(TokenError::Expired)
        );
        assert_eq!(
            verify(&[8u8; 32], &tok, t0(), Duration::hours(24)),
            Err(TokenError::BadSignature)
        );
        let mut bad = tok.clone().into_bytes();
        bad[3] = if bad[3] == b'A' { b'B' } else { b'A' };
        assert!(
            verify(
                &key,
                &String::from_utf8(bad).unwrap_or_default(),
                t0(),
                Duration::hours(24)
            )
            .is_err()
        );
        assert_eq!(
            verify(&key, "", t0(), Duration::hours(24)),
            Err(TokenError::Malformed)
        );
        assert_ne!(issue(&key, t0()), tok, "each form gets its own nonce");
    }
}
