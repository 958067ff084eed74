//! See `sahifa_fuzz::docx_xml`: Word XML parts, zipped correctly, through `load_bytes`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sahifa_fuzz::docx_xml(data));
