#![no_main]
use std::sync::{LazyLock, Mutex};
use tipline::fuzz::Keys;

static KEYS: LazyLock<Mutex<Keys>> =
    LazyLock::new(|| Mutex::new(Keys::from_tsks(include_bytes!("../keys.asc"))));

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut keys = KEYS.lock().unwrap_or_else(|e| e.into_inner());
    tipline::fuzz::open_input(data, &mut keys)
});
