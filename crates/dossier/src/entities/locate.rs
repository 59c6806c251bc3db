//! Entity mentions located by token range, for stages that reason over tokens.

use std::ops::Range;

use crate::document::Document;

/// An entity mention located by token range.
#[derive(Clone, Debug)]
pub struct Located {
    /// Token indices.
    pub tokens: Range<usize>,
    /// Entity id.
    pub entity: String,
}

/// Every entity mention of the document with its token range, in text order.
pub fn locate_mentions(doc: &Document) -> Vec<Located> {
    let mut out = Vec::new();
    for e in &doc.entities {
        for m in &e.mentions {
            let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
            let last = doc.tokens.partition_point(|t| t.span.start < m.span.end);
            if first < last {
                out.push(Located {
                    tokens: first..last,
                    entity: e.id.clone(),
                });
            }
        }
    }
    out.sort_by_key(|l| l.tokens.start);
    out
}
