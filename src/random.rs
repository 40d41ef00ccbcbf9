//! The one place randomness comes from: the operating system's CSPRNG.

use std::cell::RefCell;

/// Bytes fetched from the OS at a time for small requests. A report used
/// about twenty small draws (words of its codename, ids, tokens, delays),
/// each a system call of its own; one call now serves many reports.
const POOL: usize = 256;

/// Requests up to this size (ids, tokens, the codename's words) are served
/// from the thread's pool; keys and secrets (32 bytes and more) come from
/// the OS each time, so the pool never holds a future key.
const SMALL: usize = 16;

/// OS random bytes not yet handed out, per thread; each byte is erased as
/// it is handed out, so the pool never holds randomness already in use.
struct Pool {
    buf: secrecy::zeroize::Zeroizing<[u8; POOL]>,
    at: usize,
}

thread_local! {
    static POOL_BYTES: RefCell<Pool> = RefCell::new(Pool {
        buf: secrecy::zeroize::Zeroizing::new([0; POOL]),
        at: POOL,
    });
}

/// Fills `buf` with bytes from the operating system's random source.
///
/// A failing OS random source leaves no safe way to go on (codenames,
/// tokens and ids would be guessable), so this aborts the request loudly.
#[allow(clippy::expect_used)]
pub fn fill(buf: &mut [u8]) {
    if buf.len() > SMALL {
        getrandom::fill(buf).expect("the operating system's random source failed");
        return;
    }
    POOL_BYTES.with_borrow_mut(|p| {
        if p.at + buf.len() > POOL {
            getrandom::fill(p.buf.as_mut_slice())
                .expect("the operating system's random source failed");
            p.at = 0;
        }
        let taken = &mut p.buf[p.at..p.at + buf.len()];
        buf.copy_from_slice(taken);
        taken.fill(0);
        p.at += buf.len();
    });
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

/// Puts `items` in a uniformly random order (Fisher–Yates).
pub fn shuffle<T>(items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let Ok(bound) = u32::try_from(i + 1) else {
            continue;
        };
        items.swap(i, usize::try_from(below(bound)).unwrap_or(i));
    }
}

/// The first of `n` consecutive SQLite rowids, drawn at random: positive,
/// never one that tells when its rows were written. A batch's rows take
/// the run in shuffled order, so they share a few pages of the table
/// (one page split per batch instead of one per row) while the batches
/// themselves land anywhere. A clash with one of a table's N rows has odds
/// of about n·N/2^62 (one in a hundred million at a million rows and
/// batches of a hundred); the insert then fails as a repeated form does,
/// and nothing of it is stored.
pub fn rowid_run(n: usize) -> i64 {
    let room = i64::MAX / 2;
    let start = (i64::from_le_bytes(bytes::<8>()) & i64::MAX) % room;
    start.max(1).min(room - i64::try_from(n).unwrap_or(room))
}

/// A random v4 UUID (never a time-ordered one: ids must not leak order).
pub fn uuid() -> uuid::Uuid {
    uuid::Builder::from_random_bytes(bytes::<16>()).into_uuid()
}

/// The `i`-th of a run of random v4 UUIDs that share their first 14 bytes
/// (`base`, drawn once per run) and count on from its last two, so that the
/// rows of one run sit next to each other in an index on their id instead
/// of each in a random leaf of its own. Distinct for `i` below 65536.
pub fn uuid_in_run(base: &[u8; 16], i: u16) -> uuid::Uuid {
    let mut b = *base;
    let last = u16::from_be_bytes([b[14], b[15]]).wrapping_add(i);
    b[14..].copy_from_slice(&last.to_be_bytes());
    uuid::Builder::from_random_bytes(b).into_uuid()
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
    fn shuffle_reaches_every_order_and_rowids_are_positive() {
        let mut seen = std::collections::HashMap::new();
        for _ in 0..6000 {
            let mut v = [1, 2, 3];
            shuffle(&mut v);
            *seen.entry(v).or_insert(0) += 1;
        }
        assert_eq!(seen.len(), 6, "all six orders of three");
        // About 1000 each; 800 is more than six standard deviations below.
        assert!(seen.values().all(|&n| n > 800), "{seen:?}");
        assert!((0..1000).all(|_| rowid_run(500) > 0 && rowid_run(500) < i64::MAX / 2));
    }

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
    fn uuids_of_a_run_are_v4_distinct_and_adjacent() {
        // The last two bytes wrap, and the ids stay distinct across it.
        let mut base = bytes::<16>();
        base[14] = 0xff;
        base[15] = 0xfe;
        let run: Vec<uuid::Uuid> = (0..5).map(|i| uuid_in_run(&base, i)).collect();
        let distinct: std::collections::HashSet<_> = run.iter().collect();
        assert_eq!(distinct.len(), 5);
        for id in &run {
            assert_eq!(id.get_version_num(), 4);
            assert_eq!(id.as_bytes()[..14], run[0].as_bytes()[..14]);
        }
        let other = uuid_in_run(&bytes::<16>(), 0);
        assert_ne!(other.as_bytes()[..14], run[0].as_bytes()[..14]);
    }

    #[test]
    fn small_draws_never_repeat_and_large_ones_work() {
        // Across several refills of the pool, no 16-byte draw repeats.
        let draws: std::collections::HashSet<[u8; 16]> = (0..200).map(|_| bytes::<16>()).collect();
        assert_eq!(draws.len(), 200);
        let big = bytes::<128>();
        assert_ne!(big[..64], big[64..]);
        // Bytes handed out are erased from the pool.
        POOL_BYTES.with_borrow(|p| assert!(p.buf[..p.at].iter().all(|b| *b == 0)));
    }

    #[test]
    fn hex_encodes() {
        assert_eq!(hex(&[0, 15, 255]), "000fff");
    }
}
