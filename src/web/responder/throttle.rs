//! Login throttling per account, in lanes: failed attempts slow down the
//! next ones (a growing wait), but a browser that has logged in to that
//! account before (a signed device cookie) has a lane of its own, so a
//! stranger guessing at someone's password cannot lock them out.
//!
//! Lanes are keyed by the e-mail address as typed, whether or not an
//! account has it, so the wait says nothing about which accounts exist.
//! Kept in memory: several processes behind a load balancer each keep
//! their own (see README).

use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Failures allowed before any wait.
const FREE_FAILURES: u32 = 3;
/// The longest wait between two attempts in one lane.
const MAX_WAIT_SECS: i64 = 300;
/// Lanes kept at most (memory stays bounded under a flood of addresses;
/// only lanes of valid device cookies may go beyond it).
const MAX_LANES: usize = 50_000;

type LaneKey = (String, Option<String>);

#[derive(Debug)]
struct Lane {
    failures: u32,
    next_at: DateTime<Utc>,
    busy: bool,
}

/// The throttle of one server process.
#[derive(Debug, Default, Clone)]
pub struct LoginThrottle {
    lanes: Arc<Mutex<HashMap<LaneKey, Lane>>>,
}

/// Why an attempt must wait: seconds until the next one may be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait(pub i64);

/// An attempt in progress. Dropped without [`Attempt::finish`] (the
/// request went away mid-check), it counts as a failure.
pub struct Attempt {
    throttle: LoginThrottle,
    key: Option<LaneKey>,
    now: DateTime<Utc>,
}

/// The wait after `failures` failures in a row.
pub fn wait_after(failures: u32) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let exp = (failures - FREE_FAILURES).min(16);
    (1i64 << exp).min(MAX_WAIT_SECS)
}

impl LoginThrottle {
    /// Starts an attempt for `email` from `device` (a verified device id)
    /// at `now`, or says how long to wait. One attempt per lane at a time.
    pub fn begin(
        &self,
        email: &str,
        device: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<Attempt, Wait> {
        let trusted = device.is_some();
        let key = (email.trim().to_lowercase(), device);
        let mut lanes = self.lanes.lock().unwrap_or_else(|e| e.into_inner());
        if lanes.len() >= MAX_LANES && !lanes.contains_key(&key) {
            // Lanes not waiting now only hold a count of failures: forget them.
            lanes.retain(|_, l| l.busy || l.next_at > now);
            // A flood of waiting strangers can still fill the table; a
            // browser with a device cookie (which cannot be forged) is then
            // let in all the same, so the flood locks out no one who has
            // logged in before.
            if lanes.len() >= MAX_LANES && !trusted {
                return Err(Wait(60));
            }
        }
        let lane = lanes.entry(key.clone()).or_insert(Lane {
            failures: 0,
            next_at: now,
            busy: false,
        });
        if lane.busy {
            return Err(Wait(1));
        }
        if lane.next_at > now {
            return Err(Wait((lane.next_at - now).num_seconds().max(1)));
        }
        lane.busy = true;
        Ok(Attempt {
            throttle: self.clone(),
            key: Some(key),
            now,
        })
    }

    fn settle(&self, key: LaneKey, ok: bool, now: DateTime<Utc>) {
        let mut lanes = self.lanes.lock().unwrap_or_else(|e| e.into_inner());
        if ok {
            lanes.remove(&key);
            return;
        }
        if let Some(lane) = lanes.get_mut(&key) {
            lane.busy = false;
            lane.failures = lane.failures.saturating_add(1);
            lane.next_at = now + Duration::seconds(wait_after(lane.failures));
        }
    }
}

impl Attempt {
    /// Records the outcome: success clears the lane, failure makes it wait longer.
    pub fn finish(mut self, ok: bool) {
        if let Some(key) = self.key.take() {
            self.throttle.settle(key, ok, self.now);
        }
    }
}

impl Drop for Attempt {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            self.throttle.settle(key, false, self.now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap_or_default()
    }

    #[test]
    fn waits_grow_and_are_capped() {
        assert_eq!(
            (0..14).map(wait_after).collect::<Vec<_>>(),
            [0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
        );
        assert_eq!(wait_after(u32::MAX), 300);
    }

    #[test]
    fn failures_slow_one_lane_only() {
        let th = LoginThrottle::default();
        for i in 0..4 {
            let a = th.begin("Ana@Example.org", None, t(i)).ok();
            assert!(a.is_some(), "attempt {i} is checked");
            if let Some(a) = a {
                a.finish(false);
            }
        }
        // Four failures: the stranger's lane waits 2 s ...
        assert_eq!(
            th.begin("ana@example.org ", None, t(4)).err(),
            Some(Wait(1))
        );
        assert!(th.begin("ana@example.org", None, t(3)).is_err());
        // ... while Ana's own browser is not slowed at all,
        let own = th.begin("ana@example.org", Some("dev1".into()), t(3));
        assert!(own.is_ok());
        // and one attempt at a time per lane.
        assert_eq!(
            th.begin("ana@example.org", Some("dev1".into()), t(3)).err(),
            Some(Wait(1))
        );
        if let Ok(a) = own {
            a.finish(true);
        }
        let later = th.begin("ana@example.org", None, t(5));
        assert!(later.is_ok());
        // Dropped mid-check counts as a failure.
        drop(later);
        assert_eq!(th.begin("ana@example.org", None, t(5)).err(), Some(Wait(4)));
    }
}
