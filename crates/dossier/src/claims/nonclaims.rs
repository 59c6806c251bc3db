//! Cues that report nothing in their sentence: "The conflict claimed 10,000
//! lives", "The detention showed China's resolve", "The government responded
//! by pressing ahead", "The Treasury denied his application", "a man who
//! declined to give his name". Such a "claim" has no speaker or says
//! nothing; it is dropped.

use super::cues::CueKind;
use crate::document::{Claim, Document, Span};

/// Heads of phrases that name a happening, which cannot speak ("the
/// conflict", "the detention of Wang").
const HAPPENINGS: &[&str] = &[
    "conflict",
    "war",
    "fighting",
    "violence",
    "detention",
    "arrest",
    "killing",
    "attack",
    "crisis",
    "incident",
    "clash",
    "unrest",
    "explosion",
    "blast",
    "bombing",
    "disaster",
    "accident",
    "death",
    "shooting",
    "massacre",
    "invasion",
    "occupation",
    "collapse",
    "earthquake",
    "flood",
    "fire",
];

/// What a refusal denies when it turns down a request rather than a
/// statement ("denied his application", "rejected the appeal").
const REQUESTS: &[&str] = &[
    "application",
    "request",
    "appeal",
    "visa",
    "entry",
    "access",
    "permission",
    "bail",
    "asylum",
    "petition",
    "bid",
];

/// What "claimed" takes when it tells a toll ("claimed over 10,000 lives").
const TOLLS: &[&str] = &["life", "lives", "victim", "victims"];

/// Whether `claim` (with its cue `cue`) reports nothing: its source names a
/// happening, its verb tells a toll or a response by deed, it turns down a
/// request, or its refusal only withholds the speaker's name.
pub fn reports_nothing(doc: &Document, claim: &Claim, cue: &CueKind) -> bool {
    let after_cue = |n: usize| {
        let end = doc.tokens_covering(claim.cue).end;
        doc.tokens
            .get(end..end + n)
            .map(|ts| {
                ts.iter()
                    .map(|t| doc.slice(t.span).to_lowercase())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    if *cue == CueKind::Refusal {
        // "who declined to give his name": staying anonymous.
        let next = after_cue(2);
        return next.len() == 2
            && matches!(next[0].as_str(), "his" | "her" | "their")
            && next[1].starts_with("name");
    }
    let CueKind::Verb { lemma, .. } = cue else {
        return false;
    };
    // The lemma of a phrase's head, unless the head is part of a name
    // ("War Resisters International", "Conflict Prevention Centre").
    let head_lemma = |span: Option<Span>| {
        let tokens = doc.tokens_covering(span?);
        let head = tokens
            .clone()
            .find(|&k| doc.tokens[k].head.is_none_or(|h| !tokens.contains(&h)))?;
        let named = doc.entities.iter().any(|e| {
            e.mentions
                .iter()
                .any(|m| m.span.contains(&doc.tokens[head].span))
        });
        (!named).then(|| doc.tokens[head].lemma.to_lowercase())
    };
    let next_word = after_cue(1).pop();
    let source_head = head_lemma(claim.source.span);
    let content_head = head_lemma(claim.content);
    let is =
        |word: &Option<String>, list: &[&str]| word.as_deref().is_some_and(|w| list.contains(&w));
    is(&source_head, HAPPENINGS)
        || (*lemma == "claim" && is(&content_head, TOLLS))
        || (*lemma == "respond" && matches!(next_word.as_deref(), Some("by" | "with")))
        || (matches!(*lemma, "deny" | "reject") && is(&content_head, REQUESTS))
}
