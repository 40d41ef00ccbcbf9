//! A global token bucket for reports: no addresses, no cookies. It slows a
//! flood and refills steadily, so it never locks everyone out.

use chrono::{DateTime, Utc};
use std::sync::Mutex;

/// The instance-wide report limiter.
#[derive(Debug)]
pub struct RateLimiter {
    per_second: f64,
    burst: f64,
    state: Mutex<(f64, Option<DateTime<Utc>>)>,
}

impl RateLimiter {
    /// `per_minute` reports on average, up to `burst` at once.
    pub fn new(per_minute: u32, burst: u32) -> Self {
        Self {
            per_second: f64::from(per_minute) / 60.0,
            burst: f64::from(burst),
            state: Mutex::new((f64::from(burst), None)),
        }
    }

    /// Takes one token if there is one.
    pub fn try_acquire(&self, now: DateTime<Utc>) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(last) = s.1 {
            let secs = (now - last).num_milliseconds().max(0) as f64 / 1000.0;
            s.0 = (s.0 + secs * self.per_second).min(self.burst);
        }
        s.1 = Some(now);
        if s.0 >= 1.0 {
            s.0 -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slows_then_refills() {
        let t = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let l = RateLimiter::new(60, 2);
        assert!(l.try_acquire(t));
        assert!(l.try_acquire(t));
        assert!(!l.try_acquire(t));
        assert!(l.try_acquire(t + chrono::Duration::seconds(1)));
        assert!(!l.try_acquire(t + chrono::Duration::seconds(1)));
    }
}
