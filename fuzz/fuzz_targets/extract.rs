//! See `sahifa_fuzz::extract`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sahifa_fuzz::extract(data));
