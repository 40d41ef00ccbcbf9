#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tipline::fuzz::photo_metadata(data));
