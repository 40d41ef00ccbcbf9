//! The one place randomness comes from: the operating system's CSPRNG.

/// Fills `buf` with bytes from the operating system's random source.
///
/// A failing OS random source leaves no safe way to go on (codenames,
/// tokens and ids would be guessable), so this aborts the request loudly.
#[allow(clippy::expect_used)]
pub fn fill(buf: &mut [u8]) {
    getrandom::fill(buf).expect("the operating system's random source failed");
}

/// Returns `N` random bytes.
pub fn bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    fill(&mut b);
    b
}

/// A uniformly random number in `0..n` (rejection sampling, no modulo bias).
pub fn below(n: u32) -> u32 {
    assert!(n > 0, "below(0)");
    let zone = u32::MAX - (u32::MAX % n);
    loop {
        let v = u32::from_le_bytes(bytes::<4>());
        if v < zone {
            return v % n;
        }
    }
}

/// A random v4 UUID (never a time-ordered one: ids must not leak order).
pub fn uuid() -> uuid::Uuid {
    uuid::Builder::from_random_bytes(bytes::<16>()).into_uuid()
}

/// Lower-case hex of `data`.
pub fn hex(data: &[u8]) -> String {
    use std::fmt::Write;
    data.iter()
        .fold(String::with_capacity(data.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_stays_in_range_and_covers_it() {
        let mut seen = [false; 6];
        for _ in 0..600 {
            let v = below(6) as usize;
            assert!(v < 6);
            seen[v] = true;
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn uuids_are_v4_and_distinct() {
        let a = uuid();
        assert_eq!(a.get_version_num(), 4);
        assert_ne!(a, uuid());
    }

    #[test]
    fn hex_encodes() {
        assert_eq!(hex(&[0, 15, 255]), "000fff");
    }
}
