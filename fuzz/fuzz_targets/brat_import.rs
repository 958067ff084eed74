//! See `sahifa_fuzz::brat_import`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sahifa_fuzz::brat_import(data));
