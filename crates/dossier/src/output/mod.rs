//! Rendering processed documents: `dossier/1` JSON, a terminal summary, an
//! annotated HTML page.

mod html;
pub mod json;
mod summary;

pub use html::render_html;
pub use json::{to_json, DocumentJson, SCHEMA};
pub use summary::render_summary;
