//! Claims read from the dependency parse: verb cues the word patterns
//! cannot read ("... and says Y", "X rallied supporters, saying Y"), and
//! subjects widened to the parsed phrase ("Aides to Clinton say").

use std::ops::Range;

use super::cues::{Cue, Words};
use super::quotes::{opening_at, Quote};
use super::spans::{np_before, trim_end, trim_start};
use super::{source, span_of};
use crate::document::{Claim, ClaimSource, Document, Upos};

/// The subject `found` by the word patterns, widened to the parsed subject
/// of the cue at local index `ci` when that ends where `found` does and adds
/// no comma: "Aides to Clinton say" gives "Aides to Clinton", not "Clinton".
pub(super) fn widen_subject(
    doc: &Document,
    words: &Words,
    ci: usize,
    found: Range<usize>,
) -> Range<usize> {
    let Some(k) = children(doc, words, ci).find(|&k| doc.tokens[words.base + k].deprel == "nsubj")
    else {
        return found;
    };
    let mut parsed = subtree(doc, words, k);
    // "a day after PLO officials said": the preposition opens no subject.
    while parsed.start < found.start
        && matches!(
            words.upos[parsed.start],
            Some(crate::document::Upos::Adp | crate::document::Upos::Sconj)
        )
    {
        parsed.start += 1;
    }
    // "The mother of a girl killed on an Albany street last year said": the
    // time phrase before the verb is no part of the subject.
    if parsed.end > found.end && super::spans::period_before(words, parsed.end) == Some(found.end) {
        parsed.end = found.end;
    }
    let widens = parsed.end == found.end
        && parsed.start < found.start
        && !(parsed.start..found.start).any(|j| words.lower[j] == ",");
    if widens {
        parsed
    } else {
        found
    }
}

/// Local indices of the tokens of the sentence that `words` holds whose
/// syntactic head is local index `of`.
pub(super) fn children<'a>(
    doc: &'a Document,
    words: &'a Words,
    of: usize,
) -> impl Iterator<Item = usize> + 'a {
    let target = words.base + of;
    (0..words.len()).filter(move |&k| doc.tokens[words.base + k].head == Some(target))
}

/// The local range covered by the subtree of local index `root` (its
/// descendants within the sentence, by the parse).
pub(super) fn subtree(doc: &Document, words: &Words, root: usize) -> Range<usize> {
    let target = words.base + root;
    let inside = |k: usize| {
        let mut at = words.base + k;
        for _ in 0..words.len() {
            if at == target {
                return true;
            }
            match doc.tokens[at].head {
                Some(h) if h >= words.base && h < words.base + words.len() => at = h,
                _ => return false,
            }
        }
        false
    };
    let members: Vec<usize> = (0..words.len()).filter(|&k| inside(k)).collect();
    let start = members.first().copied().unwrap_or(root);
    let end = members.last().map_or(root + 1, |&k| k + 1);
    start..end
}

/// The claim of a reporting verb read from the dependency parse: its clausal
/// complement (or, lacking one, its object and predicate complement) is the
/// content; its subject, or the subject of the verb it is coordinated with
/// or subordinated to ("... and says Y", "X urged Z, saying Y"), the source.
pub(super) fn from_parse(
    doc: &Document,
    words: &Words,
    quotes: &[Quote],
    cue: &Cue,
    previous: &[Claim],
    in_sentence: &[Claim],
) -> Option<Claim> {
    let ci = cue.tokens.start - words.base;
    let ce = cue.tokens.end - words.base;
    let token = &doc.tokens[cue.tokens.start];
    token.upos?;
    let deprel = |k: usize| doc.tokens[words.base + k].deprel.as_str();
    // "a group called X", "the so-called": a participle modifying a noun.
    if matches!(deprel(ci), "acl" | "amod" | "compound") {
        return None;
    }
    let kids: Vec<usize> = children(doc, words, ci).collect();
    let clausal: Vec<usize> = kids
        .iter()
        .copied()
        .filter(|&k| matches!(deprel(k), "ccomp" | "parataxis") && k >= ce)
        .collect();
    let parts: Vec<usize> = if clausal.is_empty() {
        kids.iter()
            .copied()
            .filter(|&k| matches!(deprel(k), "xcomp" | "obj") && k >= ce)
            .collect()
    } else {
        clausal
    };
    let (first, last) = (parts.first()?, parts.last()?);
    let from = subtree(doc, words, *first).start.max(ce);
    let to = subtree(doc, words, *last).end;
    let content = match opening_at(quotes, words.base + from) {
        // A quotation that opens the content is kept whole.
        Some(q) => q.inner,
        None => {
            let start = trim_start(words, from, to);
            span_of(doc, words, start, trim_end(words, start, to))?
        }
    };
    let source = from_parse_source(doc, words, quotes, cue, previous, in_sentence)?;
    Some(Claim {
        id: String::new(),
        source,
        cue: span_of(doc, words, ci, ce)?,
        content: Some(content),
        stance: cue.stance,
        hedged: false,
    })
}

/// The phrase that the relative pronoun at `k` follows ("officers who",
/// "Okello, who ..."): a noun phrase, or after a comma the words since the
/// last punctuation when they are few and open with a capital (a name the
/// tagger misread).
fn pronoun_antecedent(words: &Words, k: usize) -> Option<Range<usize>> {
    let mut comma = k.checked_sub(1)?;
    if !matches!(words.lower[comma].as_str(), "," | "--" | "-" | "—") {
        // "police officers who told": the phrase right before.
        return np_before(words, k);
    }
    // "Schiff, 56, who": past the age.
    let age = comma >= 2
        && words.lower[comma - 1].chars().all(|c| c.is_ascii_digit())
        && words.lower[comma - 2] == ",";
    if age {
        comma -= 2;
    }
    np_before(words, comma).or_else(|| {
        let start = (0..comma)
            .rev()
            .find(|&e| !words.lower[e].chars().any(char::is_alphanumeric))
            .map_or(0, |e| e + 1);
        let capital = words.text[start].starts_with(char::is_uppercase);
        (start < comma && comma - start <= 4 && capital).then_some(start..comma)
    })
}

/// The most verbs walked up from a cue to find a subject ("The strikers
/// barricaded streets, attacked ..., and set alight ..., alleging").
const MAX_HOPS: usize = 5;

/// The source of a verb cue by the parse: the subject of the cue, else of
/// the verb it is coordinated with or subordinated to; else the source of
/// the sentence's last claim.
pub(super) fn from_parse_source(
    doc: &Document,
    words: &Words,
    quotes: &[Quote],
    cue: &Cue,
    previous: &[Claim],
    in_sentence: &[Claim],
) -> Option<ClaimSource> {
    let ci = cue.tokens.start - words.base;
    let ce = cue.tokens.end - words.base;
    let deprel = |k: usize| doc.tokens[words.base + k].deprel.as_str();
    // "blaming the United States for insisting on ...", "criticised Arafat
    // for saying": the one blamed speaks, not the one who blames
    // ("appeared at a hearing for saying" is the speaker's own).
    let lemma = |k: usize| doc.tokens[words.base + k].lemma.to_lowercase();
    let for_or_of = children(doc, words, ci)
        .any(|k| matches!(deprel(k), "mark" | "case") && matches!(lemma(k).as_str(), "for" | "of"));
    let head_object = doc.tokens[cue.tokens.start]
        .head
        .filter(|h| (words.base..words.base + words.len()).contains(h))
        .and_then(|h| children(doc, words, h - words.base).find(|&k| deprel(k) == "obj"));
    if for_or_of && !children(doc, words, ci).any(|k| deprel(k) == "nsubj") {
        if let Some(object) = head_object {
            let range = subtree(doc, words, object);
            return Some(source::classify(doc, words, quotes, range, previous));
        }
    }
    let mut verb = ci;
    let mut subject = None;
    for _ in 0..MAX_HOPS {
        subject = children(doc, words, verb).find(|&k| deprel(k) == "nsubj");
        if subject.is_some() || !matches!(deprel(verb), "conj" | "advcl" | "xcomp") {
            break;
        }
        let head = doc.tokens[words.base + verb].head?;
        if head < words.base || head >= words.base + words.len() {
            break;
        }
        verb = head - words.base;
    }
    // "The minister resigned on Friday, saying ...", parsed as a noun root
    // with a reduced relative: the noun is the subject.
    let misparsed = subject.is_none() && deprel(verb) == "acl" && {
        let head = doc.tokens[words.base + verb].head;
        head.is_some_and(|h| {
            h >= words.base && h < words.base + verb && doc.tokens[h].deprel == "root"
        })
    };
    if misparsed {
        let noun = doc.tokens[words.base + verb].head? - words.base;
        let range = subtree(doc, words, noun).start..verb;
        return Some(source::classify(doc, words, quotes, range, previous));
    }
    match subject {
        Some(k) if matches!(words.lower[k].as_str(), "who" | "which" | "that") => {
            // A relative pronoun speaks for its antecedent: "police officers
            // who told his family", "Okello, who flew into Gulu, said" (the
            // pronoun taken for the subject of "said").
            let nominal = |h: usize| {
                matches!(
                    doc.tokens[h].upos,
                    Some(Upos::Noun | Upos::Propn | Upos::Pron)
                )
            };
            // A name right before the pronoun is who it stands for ("posters
            // of Dudayev, who declared"); else the noun the clause is on.
            let named = pronoun_antecedent(words, k).filter(|r| {
                r.clone()
                    .any(|j| doc.tokens[words.base + j].upos == Some(Upos::Propn))
            });
            let antecedent = match doc.tokens[words.base + verb].head {
                _ if named.is_some() => named.unwrap_or(k..k),
                Some(head) if deprel(verb) == "acl:relcl" && nominal(head) => {
                    // Not the preposition or conjunction before the noun
                    // ("by police officers who ...").
                    let start = (subtree(doc, words, head - words.base).start..k)
                        .find(|&j| !matches!(deprel(j), "case" | "cc" | "mark" | "punct"))
                        .unwrap_or(k);
                    start..k
                }
                _ => pronoun_antecedent(words, k).unwrap_or(k..k),
            };
            let end = (antecedent.start..antecedent.end)
                .rev()
                .find(|&e| !matches!(words.lower[e].as_str(), "," | "-" | "--" | "—" | ";" | ":"))
                .map_or(antecedent.start, |e| e + 1);
            let range = if antecedent.start < end {
                antecedent.start..end
            } else {
                k..k + 1
            };
            // "Those who say": a pronoun antecedent names no one.
            let pronoun = range.len() == 1
                && matches!(
                    doc.tokens[words.base + range.start].upos,
                    Some(Upos::Pron | Upos::Det)
                );
            let speaker = if pronoun { k..k + 1 } else { range.clone() };
            let mut source = source::classify(doc, words, quotes, speaker, previous);
            // The span runs on to the pronoun, which is where the clause names
            // its speaker ("some economists who argue").
            if source.span.is_some() {
                source.span = span_of(doc, words, range.start, k + 1);
            }
            Some(source)
        }
        Some(k) => {
            let range = subtree(doc, words, k);
            // A subject overlapping the cue is no source.
            if range.end > ci && range.start < ce {
                return None;
            }
            Some(source::classify(doc, words, quotes, range, previous))
        }
        None => Some(in_sentence.last()?.source.clone()),
    }
}
