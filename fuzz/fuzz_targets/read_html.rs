//! Fuzzes HTML article extraction and the pipeline behind it.
#![no_main]

use dossier::ingest::read_bytes;
use dossier::pipeline::Pipeline;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let outcome = read_bytes("fuzz.html", Some("html"), data);
    let pipeline = Pipeline::new();
    for doc in outcome.documents {
        let doc = pipeline.process(doc);
        let _ = dossier::output::to_json(&doc);
    }
});
