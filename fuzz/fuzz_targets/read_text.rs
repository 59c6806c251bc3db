//! Fuzzes format detection, decoding, plain-text, JSON Lines and feed reading,
//! segmentation and output.
#![no_main]

use dossier::ingest::read_bytes;
use dossier::pipeline::Pipeline;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let outcome = read_bytes("fuzz.txt", None, data);
    let pipeline = Pipeline::new();
    for doc in outcome.documents {
        let doc = pipeline.process(doc);
        let _ = dossier::output::to_json(&doc);
        let _ = dossier::output::render_summary(&doc);
        let _ = dossier::output::render_html(&doc);
    }
});
