//! See `sahifa_fuzz::sidecar`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sahifa_fuzz::sidecar(data));
