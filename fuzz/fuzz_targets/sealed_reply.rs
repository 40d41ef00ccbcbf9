#![no_main]
use std::sync::LazyLock;
use tipline::fuzz::Keys;

static KEYS: LazyLock<Keys> = LazyLock::new(|| Keys::from_tsks(include_bytes!("../keys.asc")));

libfuzzer_sys::fuzz_target!(|data: &[u8]| tipline::fuzz::sealed_reply(data, &KEYS));
