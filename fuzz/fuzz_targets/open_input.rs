#![no_main]
use std::sync::{LazyLock, Mutex, Once};
use tipline::fuzz::Keys;

static KEYS: LazyLock<Mutex<Keys>> =
    LazyLock::new(|| Mutex::new(Keys::from_tsks(include_bytes!("../keys.asc"))));

/// sequoia-openpgp 2.4.2 panics in its parser on some malformed encrypted
/// containers (fuzz/regressions/open_input/); Tipline contains that panic
/// (`seal::contained`). libFuzzer's panic hook aborts on every panic, even
/// a caught one, so this target lets that one known panic unwind to the
/// code that catches it, and every other panic still counts as a crash.
static KNOWN_UPSTREAM_PANIC: Once = Once::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    KNOWN_UPSTREAM_PANIC.call_once(|| {
        let abort = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let known = info.location().is_some_and(|l| {
                l.file().contains("sequoia-openpgp") && l.file().ends_with("parse.rs")
            });
            if !known {
                abort(info);
            }
        }));
    });
    let mut keys = KEYS.lock().unwrap_or_else(|e| e.into_inner());
    tipline::fuzz::open_input(data, &mut keys)
});
