//! Codenames: seven words (≈ 90 bits) shown once, never stored; and the
//! values derived from them (DESIGN.md, "Sources and follow-up"):
//! PRK = HKDF-Extract(instance secret, normalised codename),
//! lookup = HKDF-Expand(PRK, "lookup v1"), seed = HKDF-Expand(PRK, "source key v1").

use hkdf::Hkdf;
use secrecy::zeroize::{Zeroize, Zeroizing};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;
use std::sync::OnceLock;

/// Words in a generated codename.
pub const WORDS: usize = 7;
/// Longest codename input accepted, in characters.
pub const MAX_INPUT_CHARS: usize = 200;

const WORDLIST: &str = include_str!("wordlist.txt");

fn words() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| WORDLIST.lines().filter(|l| !l.is_empty()).collect())
}

/// Entropy of a generated codename, in bits.
pub fn entropy_bits() -> f64 {
    WORDS as f64 * (words().len() as f64).log2()
}

/// A normalised codename. `Debug` and `Display` print only the type name.
pub struct Codename(SecretString);

impl std::fmt::Debug for Codename {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Codename")
    }
}

impl std::fmt::Display for Codename {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Codename")
    }
}

/// Why a typed codename was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CodenameError {
    #[error("codename too long")]
    TooLong,
    #[error("codename empty")]
    Empty,
}

impl Codename {
    /// A fresh random codename.
    pub fn generate() -> Self {
        let list = words();
        let n = u32::try_from(list.len()).unwrap_or(u32::MAX);
        let s: Vec<&str> = (0..WORDS)
            .map(|_| list[crate::random::below(n) as usize])
            .collect();
        Self(SecretString::from(s.join(" ")))
    }

    /// Normalises typed input: trim, lowercase, any run of spaces, hyphens
    /// or punctuation becomes one space.
    pub fn parse(input: &str) -> Result<Self, CodenameError> {
        if input.chars().count() > MAX_INPUT_CHARS {
            return Err(CodenameError::TooLong);
        }
        let mut out = String::with_capacity(input.len());
        let mut pending_space = false;
        for c in input.chars().flat_map(char::to_lowercase) {
            if c.is_whitespace() || c.is_ascii_punctuation() || is_dash_or_punct(c) {
                pending_space = !out.is_empty();
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
        if out.is_empty() {
            return Err(CodenameError::Empty);
        }
        // Lower-casing can lengthen a character ('İ' becomes two): the limit
        // holds for the normalised words too, so that they parse again.
        if out.chars().count() > MAX_INPUT_CHARS {
            return Err(CodenameError::TooLong);
        }
        Ok(Self(SecretString::from(out)))
    }

    /// The words, for showing once on the receipt page.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Derives the stored lookup value and the (never stored) key seed.
    pub fn derive(&self, instance_secret: &[u8]) -> Derived {
        let (_prk, hk) = Hkdf::<Sha256>::extract(Some(instance_secret), self.expose().as_bytes());
        let mut lookup = [0u8; 32];
        let mut seed = Zeroizing::new([0u8; 32]);
        // 32 bytes is far below HKDF-SHA256's 8160-byte limit: cannot fail.
        let _ = hk.expand(b"lookup v1", &mut lookup);
        let _ = hk.expand(b"source key v1", seed.as_mut());
        Derived { lookup, seed }
    }
}

fn is_dash_or_punct(c: char) -> bool {
    matches!(
        c,
        '\u{2010}'
            ..='\u{2015}'
                | '\u{2212}'
                | '\u{3000}'
                | '\u{3001}'
                | '\u{3002}'
                | '\u{ff0c}'
                | '\u{104a}'
                | '\u{104b}'
    )
}

/// What a codename derives to.
pub struct Derived {
    /// Stored: lets a returning source find their record.
    pub lookup: [u8; 32],
    seed: Zeroizing<[u8; 32]>,
}

impl Derived {
    /// The two 32-byte secrets of the source key: Ed25519 primary, Cv25519 subkey.
    pub fn key_secrets(&self) -> (Zeroizing<[u8; 32]>, Zeroizing<[u8; 32]>) {
        let mut primary = Zeroizing::new([0u8; 32]);
        let mut enc = Zeroizing::new([0u8; 32]);
        if let Ok(hk) = Hkdf::<Sha256>::from_prk(self.seed.as_ref()) {
            let _ = hk.expand(b"source key primary v1", primary.as_mut());
            let _ = hk.expand(b"source key encryption v1", enc.as_mut());
        }
        (primary, enc)
    }

    /// Builds the source's public certificate.
    pub fn source_cert(&self) -> anyhow::Result<crate::seal::SourceCert> {
        let (p, e) = self.key_secrets();
        crate::seal::source_cert(&p, &e)
    }
}

impl Drop for Derived {
    fn drop(&mut self) {
        self.lookup.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn wordlist_is_large_plain_and_unique() {
        let w = words();
        assert_eq!(w.len(), 7776);
        assert!(w.iter().all(|x| x.chars().all(|c| c.is_ascii_lowercase())));
        let set: std::collections::HashSet<_> = w.iter().collect();
        assert_eq!(set.len(), w.len());
        assert!(entropy_bits() >= 90.0);
    }

    #[test]
    fn the_limit_holds_after_lower_casing() {
        // Found by the codename fuzz target: 150 'İ' are 300 characters
        // once lower-cased, and the result did not parse again.
        let typed = "İ".repeat(150);
        assert!(matches!(
            Codename::parse(&typed),
            Err(CodenameError::TooLong)
        ));
        let ok = Codename::parse(&"İ".repeat(100)).map(|c| c.expose().to_owned());
        assert!(ok.is_ok_and(|n| Codename::parse(&n).is_ok()));
    }

    #[test]
    fn generated_codenames_parse_to_themselves() {
        let c = Codename::generate();
        assert_eq!(c.expose().split(' ').count(), WORDS);
        let again = Codename::parse(&format!(
            "  {}  ",
            c.expose().to_uppercase().replace(' ', " -- ")
        ))
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again.expose(), c.expose());
    }

    #[test]
    fn debug_and_display_hide_the_words() {
        let c = Codename::parse("apple banana").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(format!("{c:?} {c}"), "Codename Codename");
    }

    #[test]
    fn derivation_is_stable_and_keyed() {
        let c = Codename::parse("one two three").unwrap_or_else(|e| panic!("{e}"));
        let a = c.derive(&[7; 32]);
        let b = c.derive(&[7; 32]);
        let other = c.derive(&[8; 32]);
        assert_eq!(a.lookup, b.lookup);
        assert_ne!(a.lookup, other.lookup);
        assert_ne!(a.lookup[..], a.seed[..]);
    }

    #[test]
    fn refuses_empty_and_long_input() {
        assert_eq!(Codename::parse(" -- ").err(), Some(CodenameError::Empty));
        assert_eq!(
            Codename::parse(&"a".repeat(201)).err(),
            Some(CodenameError::TooLong)
        );
    }

    proptest! {
        #[test]
        fn normalisation_is_idempotent(s in "\\PC{0,80}") {
            if let Ok(c) = Codename::parse(&s) {
                let again = Codename::parse(c.expose()).map(|c| c.expose().to_owned());
                prop_assert_eq!(again.ok(), Some(c.expose().to_owned()));
                prop_assert!(!c.expose().contains("  "));
                prop_assert!(!c.expose().starts_with(' ') && !c.expose().ends_with(' '));
            }
        }
    }
}
