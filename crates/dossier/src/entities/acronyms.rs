//! Acronyms spelled out earlier in the text without parentheses: "The
//! Provisional Election Commission ... The PEC is supposed to". The recogniser
//! may miss the long name and read the acronym as something else (a place
//! called Pec); this adds the long name as an organisation and makes the
//! acronym one too, so that resolution merges them.

use std::ops::Range;

use crate::document::{Document, EntityType};
use crate::kb::Kb;

use super::resolve::is_acronym;

/// Lower-case words inside a long name ("Organisation for Security and
/// Cooperation in Europe").
const CONNECTORS: &[&str] = &["and", "of", "for", "the", "in", "on", "&"];

/// The fewest letters of an acronym spelled out this way: two-letter ones
/// ("AP", "UN") match too many pairs of capitalised words.
const MIN_LETTERS: usize = 3;

/// Adds an organisation mention for the spelled-out form of each acronym
/// mention, when capitalised words earlier in the text that no mention
/// covers have its letters as initials and name an organisation
/// ("Commission", "Party", "Front"); the acronym becomes an organisation.
pub fn spell_out_acronyms(doc: &mut Document) {
    let mut covered = vec![false; doc.tokens.len()];
    for m in &doc.mentions {
        covered[m.tokens.clone()].fill(true);
    }
    let mut found: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, mention) in doc.mentions.iter().enumerate() {
        if mention.tokens.len() != 1 || mention.label == EntityType::Person {
            continue;
        }
        let letters: String = doc
            .slice(mention.span)
            .chars()
            .filter(|c| *c != '.')
            .collect();
        if !is_acronym(&letters) || letters.len() < MIN_LETTERS {
            continue;
        }
        if let Some(run) = spelled_out(doc, &covered, mention.tokens.start, &letters) {
            found.push((i, run));
        }
    }
    for (i, _) in &found {
        doc.mentions[*i].label = EntityType::Org;
    }
    let mut runs: Vec<Range<usize>> = found.into_iter().map(|(_, run)| run).collect();
    runs.sort_by_key(|r| r.start);
    runs.dedup();
    for tokens in runs {
        doc.insert_mention(doc.mention_over(tokens, EntityType::Org));
    }
}

/// The nearest run of tokens before `before`, outside every mention
/// (`covered` marks the tokens of mentions), whose
/// capitalised words have `letters` as initials, with connectors only
/// between them, and which names an organisation.
fn spelled_out(
    doc: &Document,
    covered: &[bool],
    before: usize,
    letters: &str,
) -> Option<Range<usize>> {
    let word = |k: usize| doc.slice(doc.tokens[k].span);
    let capitalised = |k: usize| word(k).starts_with(|c: char| c.is_uppercase());
    let in_mention = |k: usize| covered[k];
    let wanted: Vec<char> = letters.chars().collect();
    (0..before).rev().find_map(|end| {
        if !capitalised(end) || in_mention(end) {
            return None;
        }
        // Walk back over the name's words, last letter first.
        let mut letter = wanted.len();
        let mut k = end + 1;
        while letter > 0 {
            k = k.checked_sub(1)?;
            if in_mention(k) {
                return None;
            }
            if capitalised(k) {
                letter -= 1;
                if !word(k).starts_with(wanted[letter]) {
                    return None;
                }
            } else if !CONNECTORS.contains(&word(k)) || letter == wanted.len() {
                return None;
            }
        }
        let run = k..end + 1;
        let name = doc.slice(doc.tokens[k].span.cover(&doc.tokens[end].span));
        Kb::get().org_type_from_name(name).map(|_| run)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::testing::{mention_texts, owned, with_mentions};

    fn spelled(text: &str, names: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
        let mut doc = with_mentions(text, names);
        spell_out_acronyms(&mut doc);
        mention_texts(&doc)
    }

    #[test]
    fn a_long_name_before_its_acronym_is_an_organisation() {
        use EntityType::*;
        assert_eq!(
            spelled(
                "The Provisional Election Commission is the top body. The PEC is to meet.",
                &[("PEC", Gpe)]
            ),
            owned(&[("Provisional Election Commission", Org), ("PEC", Org)])
        );
    }

    #[test]
    fn acronyms_without_an_organisation_spelled_out_are_left_alone() {
        use EntityType::*;
        let names = [("Bill Clinton", Person), ("BBC", Org), ("NY", Gpe)];
        let text = "Bill Clinton Club met Big Brown Cows. The BBC said New York, NY.";
        assert_eq!(spelled(text, &names), owned(&names));
    }
}
