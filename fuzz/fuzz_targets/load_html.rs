//! `sahifa_load::load_bytes` with a `.html` name: any bytes give a document or an error.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sahifa_fuzz::load(data, Some("x.html")));
