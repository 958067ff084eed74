//! `sahifa_load::load_bytes` with no name: the sniffer picks the format from the content.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sahifa_fuzz::load(data, None));
