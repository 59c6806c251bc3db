//! Stage: claims — who says what. For every attribution cue (reporting verb,
//! "according to", refusal, hearsay) find the source, the content, the stance
//! and whether the report is hedged.
//!
//! Shapes covered: "X said (that) Y", "Y, X said", "Y, said X", "According to
//! X, Y", "Y, according to X", "X said: “Y”", quotations over several
//! sentences or paragraphs closed by "..., X said", "X told Reuters ...", "the
//! agency quoted X as saying Y", refusals ("declined to comment", "could not
//! be reached"), hearsay ("reportedly", "is believed to"), and one source with
//! several cues ("confirmed ... but suggested"), headline and transcript
//! colons ("Graham: Trump Is Wrong", "PENCE: Well, ..."), a name's colon
//! before a quotation, signed quotations ("“...” ― Name"), polls ("In a CNN
//! poll, Y"), and bare "Trump said." after a quotation the segmenter cut
//! off. Verb cues the word patterns cannot read ("... and says Y", "X
//! rallied supporters, saying Y") are read from the dependency parse
//! (module `parse`). Pronouns and descriptions
//! ("he", "the ministry", "the same official") resolve to earlier sources or
//! entities.

mod continued;
mod cues;
mod lexicon;
mod nonclaims;
mod parse;
mod quotes;
mod source;
mod spans;
mod units;

use std::ops::Range;

use cues::{find_cues, Cue, CueKind, Words};
pub use lexicon::OFFERING_THINGS;
use lexicon::{HEDGES, INVERTING, OCCASIONS};
pub use nonclaims::{telephoned, verdict_in};
use parse::{from_parse, from_parse_source, widen_subject};
use quotes::{closing_at, find_quotes, opening_at, Quote};
use spans::{
    content_end, content_start, interrupted_subject, is_passive, nothing_after, np_after,
    np_before, only_adjuncts_after, paren_end, period_before, relative_antecedent, subject_before,
    subject_before_relative, trim_end, trim_start, verb_group_start, PRONOUNS,
};

use crate::document::{Claim, ClaimSource, Document, EntityType, SourceKind, Span, Stance, Upos};

/// Whether `cue` is the verb "attack" used of force rather than words.
fn is_assault(doc: &Document, sentence: &Range<usize>, cue: &Cue) -> bool {
    let k = cue.tokens.start;
    matches!(cue.kind, CueKind::Verb { .. })
        && doc.tokens[k].lemma.eq_ignore_ascii_case("attack")
        && !crate::syntax::attack_is_verbal(doc, sentence, k)
}

/// Fills `doc.claims`.
pub fn extract(doc: &mut Document) {
    let quotes = find_quotes(doc);
    let mut claims: Vec<Claim> = Vec::new();
    let mut previous_sentence: Range<usize> = 0..0; // claims of the last sentence with claims
    for range in units::claim_units(doc) {
        let words = sentence_words(doc, range.clone());
        let found = find_cues(&words);
        let has_verb = found.iter().any(|c| !matches!(c.kind, CueKind::Hearsay));
        let cues: Vec<Cue> = found
            .into_iter()
            .filter(|c| !quotes::inside(&quotes, c.tokens.start) || transcript_line(&words, c))
            // "X reportedly said": the hearsay word only hedges the verb's claim.
            .filter(|c| !(has_verb && c.kind == CueKind::Hearsay && c.tokens.len() == 1))
            // "Rebels attacked a convoy" is an assault, not a claim.
            .filter(|c| !is_assault(doc, &range, c))
            .collect();
        let hedged = HEDGES
            .iter()
            .any(|h| (0..words.len()).any(|i| words.matches(i, h)));
        let first_new = claims.len();
        let mut hearsay = Vec::new(); // which of the sentence's claims a hearsay cue made
        let mut silent = Vec::new(); // which of them report nothing
        let tails = tail_commas(doc, &words, &cues);
        for cue in &cues {
            let in_sentence = &claims[first_new..];
            let cue_span = doc.tokens[cue.tokens.start].span;
            let outer = in_sentence
                .iter()
                .rfind(|c| c.content.is_some_and(|s| s.contains(&cue_span)));
            let nested = outer.is_some();
            if nested && is_weak(cue) {
                continue; // "he hoped to", "Washington asked" inside another claim
            }
            let outer_lemma = outer.and_then(|o| {
                let first = doc.slice(o.cue).split(' ').next().unwrap_or("");
                lexicon::reporting_lemma(&first.to_lowercase())
            });
            if outer.is_some_and(|o| !nests(&words, cue, o, outer_lemma)) {
                continue; // "said nations that oppose the plan", "denied he had threatened"
            }
            if is_unreal(&words, cue) {
                continue; // "he would suggest", "Moscow, which wants to"
            }
            if let Some(mut claim) = build(doc, &words, &quotes, cue, &tails, &claims, in_sentence)
            {
                // "A spokesman said the appointment ... showed": a claim
                // inside another is someone else's, not its speaker's again.
                // A participle ("..., even suggesting") goes on with it.
                let participle = words.lower[cue.tokens.start - words.base].ends_with("ing");
                if !participle
                    && outer.is_some_and(|o| {
                        o.source.span.is_some() && o.source.span == claim.source.span
                    })
                {
                    continue;
                }
                if !nested {
                    if let Some(speaker) = coordinated_speaker(&words, cue, &claim, in_sentence) {
                        claim.source = speaker;
                    }
                }
                claim.hedged |= hedged;
                impression(&words, cue, &mut claim);
                silent.push(nonclaims::reports_nothing(doc, &claim, &cue.kind));
                claims.push(claim);
                hearsay.push(cue.kind == CueKind::Hearsay);
            }
        }
        // Dropped only now: a later cue of the sentence may have taken its
        // speaker from one ("rejected the request, saying ...").
        let mut k = 0;
        claims.retain(|_| {
            k += 1;
            k <= first_new || !silent[k - 1 - first_new]
        });
        let hearsay: Vec<bool> = hearsay
            .into_iter()
            .zip(&silent)
            .filter(|(_, s)| !**s)
            .map(|(h, _)| h)
            .collect();
        drop_restated_hearsay(&mut claims, first_new, &hearsay);
        if claims.len() > first_new {
            previous_sentence = first_new..claims.len();
        } else if hedged && verification_disclaimer(&words) {
            // "The reports could not be independently verified." hedges what came before.
            for claim in &mut claims[previous_sentence.clone()] {
                claim.hedged = true;
            }
        }
    }
    continued::run_on(doc, &quotes, &mut claims);
    for (i, claim) in claims.iter_mut().enumerate() {
        claim.id = format!("c{}", i + 1);
    }
    doc.claims = claims;
}

/// "Obama seemed to recognize the victory": the writer's impression, which
/// no one claims; the subject is part of what seems so, and it is hedged.
fn impression(words: &Words, cue: &Cue, claim: &mut Claim) {
    let seeming = cue.tokens.len() == 1
        && matches!(
            cue.kind,
            CueKind::Verb {
                lemma: "seem" | "appear",
                ..
            }
        );
    let (Some(subject), Some(content)) = (claim.source.span, claim.content) else {
        return;
    };
    // "Al Qaeda appears to have claimed responsibility": Al Qaeda's claim,
    // which the claim of "claimed" carries.
    let after = cue.tokens.end - words.base;
    let reports = (after..(after + 3).min(words.len())).any(|k| {
        matches!(
            lexicon::reporting_lemma(&words.lower[k]),
            Some("claim" | "say" | "deny" | "confirm")
        )
    });
    if reports {
        return;
    }
    if seeming && subject.end <= claim.cue.start && claim.cue.end <= content.start {
        claim.content = Some(subject.cover(&content));
        claim.source = ClaimSource {
            span: None,
            kind: SourceKind::Unattributed,
            entity: None,
            affiliation: None,
        };
        claim.hedged = true;
    }
}

/// The speaker of a cue coordinated with the sentence's first report when
/// the source found for it is someone in that report: in "Arafat said that
/// Israel had declared war and called for a strike", the call is Arafat's
/// (the report ended before "and"), not Israel's.
fn coordinated_speaker(
    words: &Words,
    cue: &Cue,
    claim: &Claim,
    in_sentence: &[Claim],
) -> Option<ClaimSource> {
    let group = verb_group_start(words, cue.tokens.start - words.base);
    if group == 0 || !matches!(words.lower[group - 1].as_str(), "and" | "but") {
        return None;
    }
    let source = claim.source.span?;
    in_sentence
        .iter()
        .find(|c| c.content.is_some_and(|s| s.contains(&source)) && c.cue.end <= source.start)
        .map(|c| c.source.clone())
}

/// Drops the hearsay claims among `claims[first..]` (one sentence's; the
/// flags in `hearsay` tell which a hearsay cue made) whose cue lies inside
/// the content of an attributed claim of the sentence, and hedges that
/// claim: in "The rebels are believed to have withdrawn, according to two
/// diplomats" the hearsay is the diplomats' hedge, not a claim of its own.
fn drop_restated_hearsay(claims: &mut Vec<Claim>, first: usize, hearsay: &[bool]) {
    let n = claims.len() - first;
    let (mut restated, mut hedge) = (vec![false; n], vec![false; n]);
    for h in (0..n).filter(|&h| hearsay[h]) {
        let cue = claims[first + h].cue;
        for a in (0..n).filter(|&a| !hearsay[a]) {
            let claim = &claims[first + a];
            if claim.source.kind != SourceKind::Unattributed
                && claim.content.is_some_and(|s| s.contains(&cue))
            {
                restated[h] = true;
                hedge[a] = true;
            }
        }
    }
    for (claim, hedge) in claims[first..].iter_mut().zip(hedge) {
        claim.hedged |= hedge;
    }
    let mut k = 0;
    claims.retain(|_| {
        k += 1;
        k <= first || !restated[k - 1 - first]
    });
}

/// True for the speaker's colon of a transcript line that opens with a
/// quote mark ("\"PENCE: Well, ..."): a cue though inside the quotation.
/// Whether the participle cue modifies the noun just before it ("Talks
/// planned for March were cancelled", "The ceasefire announced by the
/// rebels was broken"): what is planned or announced, not who speaks.
///
/// The tagger also reads sentence-initial main verbs as such participles
/// ("British farmers denied on Thursday there was ...", "Trump called for
/// ..."), so the noun must be the subject of a later verb with an
/// auxiliary of its own, and the participle must take no object, clause,
/// quotation or particle.
fn is_reduced_relative(doc: &Document, words: &Words, cue: &Cue) -> bool {
    let ci = cue.tokens.start - words.base;
    let k = cue.tokens.start;
    let token = &doc.tokens[k];
    if words.deprel[ci] != "acl" || token.xpos != "VBN" || ci == 0 || cue.tokens.len() > 1 {
        return false;
    }
    if words
        .lower
        .get(ci + 1)
        .is_some_and(|w| is_quote_mark(w) || w == ":")
    {
        return false;
    }
    // Local indices, as the parse's helpers take them.
    let has_child = |head: usize, relations: &[&str]| {
        parse::children(doc, words, head).any(|c| relations.contains(&words.deprel[c]))
    };
    if has_child(ci, &["obj", "xcomp", "ccomp"]) {
        return false;
    }
    let noun = &doc.tokens[k - 1];
    let subject = matches!(noun.deprel.as_str(), "nsubj" | "nsubj:pass");
    token.head == Some(k - 1)
        && subject
        && noun
            .head
            .is_some_and(|verb| verb > k && has_child(verb - words.base, &["aux", "aux:pass"]))
}

/// Where the clause holding the cue at `ci`, whose verb group starts at
/// `group`, ends when it is a relative clause set off by commas ("Jordan,
/// which has blamed Iraq for the riots, has asked ...") or a clause that
/// opens the sentence ("Hours after state radio said X, the army ..."):
/// the comma right before the main clause, which the parse tells. The
/// main verb, or for an opening clause the main verb's subject, must come
/// right after that comma; lists and appositions inside the content do
/// not end it.
fn subordinate_clause_end(
    doc: &Document,
    words: &Words,
    ci: usize,
    group: usize,
    start: usize,
) -> Option<usize> {
    let word = |k: usize| words.lower.get(k).map_or("", String::as_str);
    // ", which has blamed", ", which officials said".
    let relative_at =
        |k: usize| k >= 2 && matches!(word(k - 1), "which" | "who") && word(k - 2) == ",";
    let comma_before = if relative_at(group) {
        Some(group - 2)
    } else {
        subject_before(words, ci)
            .filter(|s| s.end == group && relative_at(s.start))
            .map(|s| s.start - 2)
    };
    let relative = comma_before.is_some();
    let opens = |k: usize| {
        matches!(
            word(k),
            "after" | "when" | "as" | "before" | "while" | "since" | "although" | "though" | "once"
        )
    };
    let opening = (opens(0) || (opens(1) && words.upos[0] != Some(Upos::Verb)))
        && (0..group).all(|k| word(k) != ",");
    if !relative && !opening {
        return None;
    }
    // "said the militia, which denies X, had shelled": the verb whose
    // subject the relative clause describes.
    let described = comma_before
        .filter(|&c| c > 0)
        .and_then(|c| doc.tokens[words.base + c - 1].head)
        .map(|h| h - words.base)
        .filter(|&h| h > ci && words.upos[h] == Some(Upos::Verb));
    let root = (0..words.len()).find(|&k| doc.tokens[words.base + k].head.is_none())?;
    // The main verb: the root, or a verb the parser conjoined to the cue
    // when it took the cue for the root ("Hours after state radio said X,
    // the army spokesman told ...").
    let main = if let Some(verb) = described {
        verb
    } else if root > ci {
        root
    } else {
        (start..words.len()).find(|&k| {
            doc.tokens[words.base + k].head == Some(words.base + root)
                && words.deprel[k] == "conj"
                && words.upos[k] == Some(Upos::Verb)
        })?
    };
    let main_start = if relative {
        // The main verb or its auxiliary or adverb: "..., has asked",
        // "..., later admitted".
        parse::children(doc, words, main)
            .filter(|&k| k >= start && matches!(words.upos[k], Some(Upos::Aux | Upos::Adv)))
            .chain([main])
            .min()
    } else {
        // The main verb's subject: "..., the army spokesman told".
        parse::children(doc, words, main)
            .find(|&k| words.deprel[k].starts_with("nsubj"))
            .map(|s| parse::subtree(doc, words, s).start)
    }?;
    let comma = main_start.checked_sub(1)?;
    (comma > start && word(comma) == ",").then_some(comma)
}

fn transcript_line(words: &Words, cue: &Cue) -> bool {
    cue.kind == CueKind::Colon
        && words.len() > 0
        && is_quote_mark(&words.lower[0])
        && cue.tokens.start - words.base <= 5
}

/// `who` with the person's name apposed to it at the end of the sentence
/// ("said the tourist, Khaled Hijazi."): the speaker's name belongs to the
/// source; a place is no apposition ("a student from Austin, Texas").
fn apposed_name(doc: &Document, words: &Words, who: Range<usize>) -> Range<usize> {
    if words.lower.get(who.end).map(String::as_str) != Some(",") {
        return who;
    }
    // Capitalised words, with the particles of names ("Abdel Aziz
    // al-Hilu", "Ahmed bin Ali", "Jan van Dijk").
    let rest = &words.text[who.end + 1..];
    let capital_at = |k: usize| {
        rest.get(k)
            .is_some_and(|n| n.starts_with(char::is_uppercase))
    };
    let name_word = |k: usize| {
        let w = rest[k];
        // "al-Hilu" as one token or as "al", "-", "Hilu".
        let article = matches!(w, "al" | "el" | "ad" | "as" | "ash" | "an")
            && rest.get(k + 1) == Some(&"-")
            && capital_at(k + 2);
        let hyphen = w == "-" && capital_at(k + 1);
        let joined = ["al-", "el-", "ad-", "as-", "ash-", "an-"]
            .iter()
            .any(|p| w.starts_with(p) && w.len() > p.len());
        // "Hans van den Broek": particles may follow each other.
        let particles = [
            "bin", "ibn", "de", "van", "von", "der", "den", "da", "di", "du", "del", "della",
            "dos", "das", "la", "le", "ter",
        ];
        let particle = particles.contains(&w)
            && (capital_at(k + 1) || rest.get(k + 1).is_some_and(|n| particles.contains(n)));
        w.starts_with(char::is_uppercase) || (k > 0 && (article || hyphen || joined || particle))
    };
    let name = (0..rest.len()).take_while(|&k| name_word(k)).count();
    let end = who.end + 1 + name;
    // "..., Andrew Pincus of the law firm Mayer Brown.": what follows the
    // name describes it.
    let closes = end >= words.len()
        || matches!(
            words.lower[end].as_str(),
            "." | "," | "!" | "?" | "of" | "who" | "("
        );
    let person = name > 0 && {
        let first = doc.tokens[words.base + who.end + 1].span;
        doc.entities.iter().any(|e| {
            e.etype == EntityType::Person && e.mentions.iter().any(|m| m.span.contains(&first))
        })
    };
    if person && closes {
        who.start..end
    } else {
        who
    }
}

/// Whether a cue inside the content of `outer` may be a claim nested in it
/// ("Interfax said Chernomyrdin told reporters ..."): always when it says or
/// tells; never as the verb of a relative clause that reports nothing
/// ("nations that oppose the plan"); inside a denial only with a speaker
/// named ("denied the charges, which prosecutors claimed", not "denied he
/// had threatened to resign"); inside a demand only as a relative clause's
/// ("demanded the government announce punishments" is what is asked for).
fn nests(words: &Words, cue: &Cue, outer: &Claim, outer_lemma: Option<&str>) -> bool {
    let CueKind::Verb { lemma, .. } = cue.kind else {
        return true;
    };
    if matches!(lemma, "say" | "tell") {
        return true;
    }
    let ci = cue.tokens.start - words.base;
    let group = verb_group_start(words, ci);
    // "a letter recommending", "nations that oppose", "prices, which had
    // added to"; not "the EU, which contended that ...".
    let relative = words.deprel[ci] == "acl"
        || (group > 0 && matches!(words.lower[group - 1].as_str(), "who" | "which" | "that"));
    // "the company, which had denied any wrongdoing", "which officials
    // said", "which contended that".
    let reports = INVERTING.contains(&lemma)
        || cue.stance != Stance::Assert
        || matches!(lemma, "accuse" | "allege" | "blame" | "charge" | "claim")
        || words
            .lower
            .get(cue.tokens.end - words.base)
            .is_some_and(|w| w == "that");
    let relative = relative && !reports;
    // "demanded the government announce punishments": what is asked for;
    // "denied he had threatened to resign": what is denied. Not a speaker
    // named in it ("denied the charges, which prosecutors claimed ...").
    let asked = outer_lemma.is_some_and(|l| {
        matches!(
            l,
            "demand" | "urge" | "ask" | "call" | "appeal" | "want" | "propose" | "recommend"
        )
    });
    let named_subject = subject_before(words, ci)
        .is_some_and(|s| !PRONOUNS.contains(&words.lower[s.start].as_str()));
    let relative_speaker = relative_antecedent(words, group).is_some();
    let denied = outer.stance == Stance::Deny && !named_subject && !relative_speaker;
    !relative && !denied && (!asked || relative_speaker)
}

/// True for cues of thought, intention or request ([`lexicon::WEAK_LEMMAS`]).
fn is_weak(cue: &Cue) -> bool {
    matches!(cue.kind, CueKind::Verb { lemma, .. } if lexicon::WEAK_LEMMAS.contains(&lemma))
}

/// A verb cue that reports nothing said: under a modal ("would suggest",
/// "may deny") or a negation ("did not say"), or a thought or wish of a
/// relative clause ("which wants").
fn is_unreal(words: &Words, cue: &Cue) -> bool {
    if !matches!(cue.kind, CueKind::Verb { .. }) {
        return false;
    }
    let ci = cue.tokens.start - words.base;
    let before = &words.lower[ci.saturating_sub(2)..ci];
    let modal = before.iter().any(|w| {
        matches!(
            w.as_str(),
            "would" | "could" | "may" | "might" | "will" | "shall"
        )
    });
    // "to say", but not "Aides to Clinton say".
    let infinitive = ci > 0 && words.lower[ci - 1] == "to";
    let relative = ci > 0 && matches!(words.lower[ci - 1].as_str(), "which" | "who" | "that");
    // "INA did not say the hijackers were Iraqis", "Washington has not
    // blamed Tehran": nothing was said. "did not say whether" (declining),
    // "did not deny", "do not believe" and "not only said" keep their claims.
    let saying = matches!(
        cue.kind,
        CueKind::Verb { lemma, .. } if lexicon::NEGATABLE_SAYING.contains(&lemma)
    );
    let negated = cue.stance == Stance::Assert
        && saying
        && !words.matches(ci.saturating_sub(1), &["only"])
        && before
            .iter()
            .any(|w| matches!(w.as_str(), "not" | "n't" | "never"));
    modal || infinitive || negated || (relative && is_weak(cue))
}

/// The words of the tokens `range` (a sentence).
fn sentence_words(doc: &Document, range: Range<usize>) -> Words<'_> {
    let tokens = &doc.tokens[range.clone()];
    Words {
        base: range.start,
        lower: tokens
            .iter()
            .map(|t| doc.slice(t.span).to_lowercase())
            .collect(),
        upos: tokens.iter().map(|t| t.upos).collect(),
        text: tokens.iter().map(|t| doc.slice(t.span)).collect(),
        deprel: tokens.iter().map(|t| t.deprel.as_str()).collect(),
    }
}

/// "could not be independently verified" and the like, with no cue of its own.
fn verification_disclaimer(words: &Words) -> bool {
    (0..words.len()).any(|i| {
        words.matches(i, &["could", "not", "be"])
            || words.matches(i, &["not", "independently"])
            || words.matches(i, &["no", "independent", "confirmation"])
    })
}

/// Local indices of commas that open a trailing attribution (", X said",
/// ", said X", ", according to X"); content before them ends there.
fn tail_commas(doc: &Document, words: &Words, cues: &[Cue]) -> Vec<usize> {
    let mut tails = Vec::new();
    for cue in cues {
        let ci = cue.tokens.start - words.base;
        let ce = cue.tokens.end - words.base;
        if ci == 0 {
            continue;
        }
        // "confirmed the call but suggested ...", "said X but declined to
        // elaborate", "but did not say when": the first content ends at
        // "but", before the verb group's auxiliaries.
        let group = verb_group_start(words, ci);
        let group = if (group..ci).all(|k| {
            matches!(
                words.lower[k].as_str(),
                "did" | "does" | "do" | "not" | "n't" | "never" | "would" | "could" | "will"
            )
        }) {
            group
        } else {
            ci
        };
        if group > 0
            && matches!(words.lower[group - 1].as_str(), "and" | "but")
            && matches!(cue.kind, CueKind::Verb { .. } | CueKind::Refusal)
        {
            tails.push(group - 1);
            continue;
        }
        // "claimed X but interior ministry officials said Y": a speaker of
        // its own after the conjunction.
        let own_speaker = matches!(cue.kind, CueKind::Verb { .. } | CueKind::Refusal)
            .then(|| subject_before(words, ci))
            .flatten()
            .filter(|s| {
                // "but officials said", ", and officials said"; not "he and
                // Maskhadov agreed", "second and third-year students".
                s.start > 1
                    && (words.lower[s.start - 1] == "but"
                        || (words.lower[s.start - 1] == "and" && words.lower[s.start - 2] == ","))
            });
        if let Some(subject) = own_speaker {
            tails.push(subject.start - 1);
            continue;
        }
        match cue.kind {
            CueKind::AccordingTo if words.lower[ci - 1] == "," => tails.push(ci - 1),
            // ", refusing to answer questions".
            CueKind::Refusal if words.lower[ci - 1] == "," && words.lower[ci].ends_with("ing") => {
                tails.push(ci - 1)
            }
            // ", adding ...", ", said X": a participle or an inverted
            // speaker (not the main verb in "the appointment of a new
            // auditor, Mary Wanjiru, showed").
            CueKind::Verb { lemma, .. } if words.lower[ci - 1] == "," => {
                let subject_before = parse::children(doc, words, ci)
                    .any(|c| c < ci - 1 && words.deprel[c].starts_with("nsubj"));
                let participle = words.lower[ci].ends_with("ing");
                if participle || (INVERTING.contains(&lemma) && !subject_before) {
                    tails.push(ci - 1);
                }
            }
            CueKind::Verb { .. } if nothing_after(words, ce) => {
                if let Some(subject) = subject_before(words, ci) {
                    if let Some(boundary) = boundary_before(words, subject.start) {
                        tails.push(boundary);
                    }
                }
            }
            _ => {}
        }
    }
    tails
}

/// The local index of the comma or closing quote mark just before `at`, if
/// the text before `at` ends there.
fn boundary_before(words: &Words, at: usize) -> Option<usize> {
    let mut k = at;
    while k > 0 && is_quote_mark(&words.lower[k - 1]) {
        k -= 1;
    }
    if k > 0 && words.lower[k - 1] == "," {
        return Some(k - 1);
    }
    (k < at).then_some(k)
}

/// True for tokens without letters or digits.
fn is_punct_word(token: &str) -> bool {
    token.chars().all(|c| !c.is_alphanumeric())
}

/// Whether token `k` is a negated verb of saying or charging ("did not
/// say", "has not blamed"): what it governs was not said, so neither a
/// claim nor an event stands on it.
pub fn is_negated_saying(doc: &Document, k: usize) -> bool {
    let token = &doc.tokens[k];
    lexicon::NEGATABLE_SAYING.contains(&token.lemma.to_lowercase().as_str())
        && doc.tokens[k.saturating_sub(4)..k].iter().any(|t| {
            t.head == Some(k)
                && t.deprel == "advmod"
                && matches!(
                    doc.slice(t.span).to_lowercase().as_str(),
                    "not" | "n't" | "never"
                )
        })
}

/// True for quotation marks.
pub fn is_quote_mark(token: &str) -> bool {
    matches!(token, "\"" | "”" | "“" | "’" | "'" | "''" | "»")
}

/// A byte span over local token indices `a..b` of `words`.
fn span_of(doc: &Document, words: &Words, a: usize, b: usize) -> Option<Span> {
    (a < b).then(|| {
        doc.tokens[words.base + a]
            .span
            .cover(&doc.tokens[words.base + b - 1].span)
    })
}

/// Content before local index `boundary` (a trailing attribution): the
/// quotation that closes there, or the text from the sentence start.
fn content_before(
    doc: &Document,
    words: &Words,
    quotes: &[Quote],
    boundary: usize,
) -> Option<Span> {
    // A quotation that closes the clause is what was said, unless words of
    // the sentence come before it ("The rebels will free the hostages \"as
    // a goodwill gesture\", a spokesman said": the whole clause).
    if let Some(q) = quotation_before(words, quotes, boundary) {
        // Not a quotation after a colon or a full stop ("scolded him: \"Q\"").
        let opening = (0..words.len()).rfind(|&k| doc.tokens[words.base + k].span.end <= q.start);
        let partial = opening.is_some_and(|k| {
            k > 0
                && is_quote_mark(&words.lower[k])
                && words.lower[k - 1].chars().any(char::is_alphanumeric)
        });
        if !partial {
            return Some(q);
        }
    }
    let mut k = boundary;
    while k > 0 && (words.lower[k - 1] == "," || is_quote_mark(&words.lower[k - 1])) {
        k -= 1;
    }
    let start = trim_start(words, 0, k);
    let mut end = trim_end(words, start, k);
    // The closing mark of a quotation inside the clause stays with it.
    let marks = (start..end)
        .filter(|&j| is_quote_mark(&words.lower[j]))
        .count();
    if marks % 2 == 1 && end < words.len() && is_quote_mark(&words.lower[end]) {
        end += 1;
    }
    span_of(doc, words, start, end)
}

/// What was said before an attribution that opens at local index
/// `boundary` and ends before `after` ([`content_before`]), or, when the
/// attribution is set off by commas in the middle of the sentence, what
/// was said around it: the words before it with the sentence after it
/// ("Mr. Okello, officials said, has become skeptical about the plan"), or
/// only the latter after an opening adverb ("And yet, her aides say,
/// Ruritania remains a priority") or when a quotation follows ("At one
/// point, Lynch asked Coleman, \"You lied\"").
/// `source_first` marks an attribution whose cue comes before its source
/// ("..., said Peter Okello, ...", "..., according to officials, ..."):
/// then only a verb right after it resumes the sentence, not an
/// apposition or relative clause about the source.
fn content_around(
    doc: &Document,
    words: &Words,
    quotes: &[Quote],
    boundary: usize,
    after: usize,
    tails: &[usize],
    source_first: bool,
) -> Option<Span> {
    let left = content_before(doc, words, quotes, boundary);
    // "\"Q,\" said Konstantin Chernyshev, equities analyst at ...".
    if source_first && quotation_before(words, quotes, boundary).is_some() {
        return left;
    }
    let Some(right) = resumed_after(doc, words, boundary, after, source_first) else {
        return left;
    };
    let rest = content_from(doc, words, quotes, right, tails);
    // Words that can stand as what was said, not just "And yet" or "Too often".
    let said_before = (0..boundary).any(|k| {
        !matches!(
            words.upos[k],
            Some(Upos::Adv | Upos::Cconj | Upos::Sconj | Upos::Part | Upos::Punct)
        )
    });
    let quotation = is_quote_mark(&words.lower[right]);
    match (left, rest) {
        (Some(left), Some(rest)) if said_before && !quotation => Some(left.cover(&rest)),
        (_, rest) => rest,
    }
}

/// Where the sentence resumes after an attribution set off by commas in its
/// middle: the local index after the comma that closes the attribution,
/// when the words before its opening comma `boundary` cannot stand alone.
/// They are a subject whose verb follows ("Mr. Okello, officials said, has
/// become skeptical"), or they hang on words after it, or they are an
/// opening adjunct ("And yet, her aides say, Ruritania remains a
/// priority", "With rebels playing a bigger role, they said, the president
/// ..."). Not "The talks failed, he said, adding that ...".
fn resumed_after(
    doc: &Document,
    words: &Words,
    boundary: usize,
    after: usize,
    source_first: bool,
) -> Option<usize> {
    let comma = (after..words.len()).find(|&k| words.lower[k] == ",")?;
    let right = comma + 1..words.len();
    let first = right.clone().find(|&k| !is_quote_mark(&words.lower[k]))?;
    let hangs_right = |k: usize| {
        doc.tokens[words.base + k]
            .head
            .and_then(|h| h.checked_sub(words.base))
            .is_some_and(|h| right.contains(&h))
    };
    let xpos = doc.tokens[words.base + first].xpos.as_str();
    let predicate = matches!(words.upos[first], Some(Upos::Aux | Upos::Verb))
        && matches!(xpos, "VBZ" | "VBD" | "VBP" | "MD");
    if source_first {
        return predicate.then_some(comma + 1);
    }
    // Not ", saying ...", ", but ...": a clause of the attribution's own;
    // nor "In March the army shelled Kisumu, Okello said, a claim the army
    // denies": the writer's aside after a whole clause.
    let finite_before = (0..boundary).any(|k| {
        let token = &doc.tokens[words.base + k];
        matches!(token.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
            || (token.upos == Some(Upos::Verb) && token.deprel == "root")
    });
    let aside = finite_before && matches!(words.lower[first].as_str(), "a" | "an");
    let own_clause = words.upos[first] == Some(Upos::Cconj) || xpos == "VBG" || aside;
    let opener = matches!(words.upos[0], Some(Upos::Adp | Upos::Adv | Upos::Cconj));
    (!own_clause && (predicate || opener || (0..boundary).any(hangs_right))).then_some(comma + 1)
}

/// The quotation that closes at the comma boundary `boundary`, its marks
/// and commas either side.
fn quotation_before(words: &Words, quotes: &[Quote], boundary: usize) -> Option<Span> {
    let mut k = boundary;
    while k > 0 && (words.lower[k - 1] == "," || is_quote_mark(&words.lower[k - 1])) {
        if let Some(q) = closing_at(quotes, words.base + k - 1) {
            return Some(q.inner);
        }
        k -= 1;
    }
    let mut j = boundary;
    while j < words.len() && (words.lower[j] == "," || is_quote_mark(&words.lower[j])) {
        if let Some(q) = closing_at(quotes, words.base + j) {
            return Some(q.inner);
        }
        j += 1;
    }
    None
}

/// Content after local index `from`: a quotation opening there, else the
/// clause up to the next trailing attribution or the sentence end.
fn content_from(
    doc: &Document,
    words: &Words,
    quotes: &[Quote],
    from: usize,
    tails: &[usize],
) -> Option<Span> {
    if from < words.len() {
        if let Some(q) = opening_at(quotes, words.base + from) {
            return Some(q.inner);
        }
    } else if words.lower.last().is_some_and(|w| w == ":") {
        // "... told reporters:" and the quotation in the next paragraph.
        if let Some(q) = opening_at(quotes, words.base + words.len()) {
            return Some(q.inner);
        }
    }
    let end = content_end(words, quotes, from, tails);
    let start = trim_start(words, from, end);
    span_of(doc, words, start, end)
}

/// Builds the claim for one cue, or nothing when no content or source can be
/// found: by the word patterns first, then, for a verb they cannot read, by
/// the dependency parse ([`from_parse`]).
fn build(
    doc: &Document,
    words: &Words,
    quotes: &[Quote],
    cue: &Cue,
    tails: &[usize],
    previous: &[Claim],
    in_sentence: &[Claim],
) -> Option<Claim> {
    let mut claim =
        build_by_words(doc, words, quotes, cue, tails, previous, in_sentence).or_else(|| {
            let ci = cue.tokens.start - words.base;
            (matches!(cue.kind, CueKind::Verb { .. }) && !is_passive(words, ci))
                .then(|| from_parse(doc, words, quotes, cue, previous, in_sentence))
                .flatten()
        })?;
    if matches!(cue.kind, CueKind::Verb { .. }) {
        claim.content = claim
            .content
            .and_then(|c| before_conjoined_act(doc, words, cue, c));
    }
    Some(claim)
}

/// `content` without what the parse conjoins to the cue after it: the
/// speaker's next act ("Mobutu denied the charge and reached an agreement"
/// reports "the charge"), or a clause with a subject of its own ("... and the
/// United Nations has said ..."). A subjectless conjunct ends the content
/// only after a bare noun phrase: in "said rebels killed, raped and looted"
/// the parser may hang "raped" on "said". Quotations stay whole.
fn before_conjoined_act(doc: &Document, words: &Words, cue: &Cue, content: Span) -> Option<Span> {
    let tokens = doc.tokens_covering(content);
    let cue_token = cue.tokens.start;
    let children = |k: usize| {
        tokens
            .clone()
            .filter(move |&i| doc.tokens[i].head == Some(k))
    };
    let has = |k: usize, deprel: &str| children(k).any(|i| doc.tokens[i].deprel == deprel);
    // Joined by "and", "but" or "yet", not subordinated ("after police
    // demolished"), nor a relative clause the parser joined ("Specter, who
    // arrived ...").
    let act = tokens.clone().find(|&k| {
        doc.tokens[k].head == Some(cue_token)
            && doc.tokens[k].deprel == "conj"
            && doc.tokens[k].upos == Some(Upos::Verb)
            && matches!(doc.tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            && has(k, "cc")
            && !has(k, "mark")
            && !children(k).any(|i| {
                doc.tokens[i].deprel.starts_with("nsubj")
                    && matches!(doc.tokens[i].xpos.as_str(), "WP" | "WDT")
            })
    });
    let Some(act) = act else {
        return Some(content);
    };
    let own_subject = children(act).any(|i| doc.tokens[i].deprel.starts_with("nsubj"));
    let bare_phrase = (tokens.start..act).all(|j| {
        !matches!(doc.tokens[j].upos, Some(Upos::Verb | Upos::Aux))
            || matches!(doc.tokens[j].deprel.as_str(), "amod" | "compound")
    });
    let quoted = doc.slice(content).contains(['"', '“', '”']);
    if quoted || !(own_subject || bare_phrase) {
        return Some(content);
    }
    // The conjunct's phrase begins at its first dependent ("and", its
    // subject, a time: "and last year expelled").
    let begins = children(act).min().unwrap_or(act).min(act);
    if begins <= tokens.start + 1 {
        return Some(content);
    }
    let local_end = trim_end(words, tokens.start - words.base, begins - words.base);
    span_of(doc, words, tokens.start - words.base, local_end)
}

/// Papers sent out that a participle after them seems to speak for ("issued
/// a statement condemning", "sent a fundraising email saying"): their
/// sender speaks.
const SENT_PAPERS: &[&str] = &[
    "statement",
    "email",
    "e-mail",
    "letter",
    "petition",
    "ad",
    "advertisement",
    "message",
    "memo",
    "release",
    "complaint",
    "motion",
    "filing",
    "tweet",
    "post",
    "spot",
    "note",
    "appeal",
];

/// Where the clause opening at local index `start` ends when it belongs to
/// the sentence's subject ("Rumours that the president was ill have spread
/// through the capital"): at the second finite verb group, when nothing but
/// the first clause's words stand between the two.
fn main_verb_after(doc: &Document, words: &Words, start: usize) -> Option<usize> {
    let finite = |k: usize| {
        matches!(
            doc.tokens[words.base + k].xpos.as_str(),
            "VBD" | "VBZ" | "VBP" | "MD"
        )
    };
    let first = (start..words.len()).find(|&k| finite(k))?;
    let mut k = first + 1;
    while k < words.len()
        && matches!(words.upos[k], Some(Upos::Aux | Upos::Verb | Upos::Part))
        && !finite(k)
    {
        k += 1;
    }
    let second = (k..words.len()).find(|&j| finite(j))?;
    let joined = (k..second).any(|j| {
        matches!(words.upos[j], Some(Upos::Cconj | Upos::Sconj | Upos::Punct))
            || matches!(words.lower[j].as_str(), "who" | "which" | "that")
    });
    (!joined).then_some(second)
}

/// True when local token `close` closes a quotation of at least three words
/// that opened the sentence, which may then close without a comma:
/// "\"We are not going to comment\" said Nick Merrill".
fn opens_sentence(words: &Words, quotes: &[Quote], close: usize) -> bool {
    closing_at(quotes, words.base + close).is_some_and(|q| q.open == words.base && close > 3)
}

/// The speaker of "\"Q,\" SPEAKER said": the words between a quotation
/// that closes after a comma, question or exclamation mark and the verb
/// group starting at `group`, up to a relative clause ("one PLO official,
/// who requested anonymity,"), and the quotation.
fn source_after_quotation<'q>(
    words: &Words,
    quotes: &'q [Quote],
    group: usize,
) -> Option<(Range<usize>, &'q Quote)> {
    let start = (group.saturating_sub(20)..group)
        .rev()
        .find(|&k| is_quote_mark(&words.lower[k]))
        .filter(|&k| {
            // "... the term 'African American outreach,' \" he told": a
            // quotation closing inside it first.
            let inner = k > 1 && matches!(words.lower[k - 1].as_str(), "'" | "’");
            let before = k.checked_sub(if inner { 2 } else { 1 });
            before.is_some_and(|b| matches!(words.lower[b].as_str(), "," | "?" | "!"))
                // Not "\"Q\" of the Clinton proposals, Mr. Holtz-Eakin said":
                // the quotation goes on in the words after it.
                || (opens_sentence(words, quotes, k)
                    && !(k + 1..group).any(|j| words.lower[j] == ","))
        })?;
    if (start + 1..group).any(|k| matches!(words.lower[k].as_str(), "." | ";" | ":" | "?" | "!")) {
        return None;
    }
    let q = closing_at(quotes, words.base + start)?;
    // A short parenthesis inside the speaker's title goes on ("Home
    // (Interior) Minister Khum Bahadur Khadga"); one closing it does not.
    let inner_parenthesis =
        |k: usize| paren_end(words, k).is_some_and(|e| e < group && words.lower[e] != ",");
    let mut end = (start + 1..group)
        .find(|&k| match words.lower[k].as_str() {
            "who" | "whose" | "which" => true,
            "(" => !inner_parenthesis(k),
            // "one source, speaking on condition of anonymity, told".
            "," => words.lower.get(k + 1).is_some_and(|w| {
                words.upos[k + 1] == Some(Upos::Verb) && (w.ends_with("ing") || w.ends_with("ed"))
            }),
            _ => false,
        })
        .unwrap_or(group);
    while end > start + 1 && words.lower[end - 1] == "," {
        end -= 1;
    }
    // "called the plan \"a disaster,\" but Smith said ...": a clause of its
    // own stands between, not a speaker.
    let clause = (start + 1..end).any(|k| {
        matches!(words.lower[k].as_str(), "and" | "but" | "or" | "while")
            || (matches!(words.upos[k], Some(Upos::Verb | Upos::Aux))
                // "presiding judge Hans Weber": a participle on a noun.
                && !matches!(words.deprel[k], "amod" | "compound")
                && !(words.lower[k].ends_with("ing")
                    && matches!(words.upos.get(k + 1), Some(Some(Upos::Noun | Upos::Propn)))))
    });
    (end > start + 1 && !clause).then_some((start + 1..end, q))
}

/// The source of a claim of the sentence whose phrase holds, or goes on
/// after at most a modifier or an apposition to, the relative clause's
/// antecedent `antecedent` (local tokens): "said one Democrat familiar
/// with the talks, who added".
fn speaker_before_relative(
    doc: &Document,
    words: &Words,
    in_sentence: &[Claim],
    antecedent: Range<usize>,
) -> Option<ClaimSource> {
    let local =
        |offset: usize| (0..words.len()).find(|&k| doc.tokens[words.base + k].span.start >= offset);
    in_sentence.iter().rev().find_map(|c| {
        let span = c.source.span?;
        let end = local(span.end).unwrap_or(words.len());
        // Inside the source's phrase ("said an aide familiar with the talks,
        // who added"), or after a modifier ("with the talks") or an apposition (", a lawyer
        // for the families").
        let gap = end..antecedent.start;
        let modifier = !gap.is_empty()
            && gap.len() <= 8
            && (words.upos[gap.start] == Some(Upos::Adp) || words.lower[gap.start] == ",")
            && gap.clone().all(|k| words.upos[k] != Some(Upos::Verb));
        let inside = local(span.start).is_some_and(|start| start <= antecedent.start)
            && antecedent.end <= end;
        (inside || (end <= antecedent.start && (gap.is_empty() || modifier)))
            .then(|| c.source.clone())
    })
}

/// [`build`] by the word patterns alone.
fn build_by_words(
    doc: &Document,
    words: &Words,
    quotes: &[Quote],
    cue: &Cue,
    tails: &[usize],
    previous: &[Claim],
    in_sentence: &[Claim],
) -> Option<Claim> {
    let ci = cue.tokens.start - words.base;
    let ce = cue.tokens.end - words.base;
    let cue_span = span_of(doc, words, ci, ce)?;
    let classify = |range: Range<usize>| source::classify(doc, words, quotes, range, previous);
    let claim = |source: ClaimSource, content: Option<Span>| Claim {
        id: String::new(),
        source,
        cue: cue_span,
        content,
        stance: cue.stance,
        hedged: false,
    };
    // "Asked whether Y, X said ...": the question, attributed to nobody.
    // "Asked during a January debate why he trailed, X said": the question
    // may follow a phrase of when or where.
    let opener = ci == 0 || (ci == 1 && words.lower[0] == "when");
    let question = |k: usize| {
        matches!(
            words.lower[k].as_str(),
            "if" | "whether" | "what" | "about" | "how" | "why" | "who" | "specifically"
        )
    };
    let comma = (ce..words.len()).find(|&k| words.lower[k] == ",");
    let asks = comma.and_then(|end| (ce..end.min(ce + 8)).find(|&k| question(k)));
    if opener && words.lower[ci] == "asked" && asks.is_some() {
        let start = asks.filter(|&k| words.lower[k] != "about").unwrap_or(ce);
        let end = comma?;
        let ce = if start > ce { start } else { ce };
        let unattributed = ClaimSource {
            span: None,
            kind: SourceKind::Unattributed,
            entity: None,
            affiliation: None,
        };
        return Some(claim(
            unattributed,
            span_of(doc, words, ce, trim_end(words, ce, end)),
        ));
    }
    match cue.kind {
        CueKind::Hearsay => {
            let unattributed = ClaimSource {
                span: None,
                kind: SourceKind::Unattributed,
                entity: None,
                affiliation: None,
            };
            let linking = words.lower[ci].starts_with("rumo")
                || matches!(
                    words.lower[ci].as_str(),
                    "there" | "speculation" | "conjecture"
                );
            let content = if linking {
                // "Rumours circulated on social media that X", "rumours
                // claiming X", "There were reports that X": what is
                // rumoured follows the linking word,
                // in the same clause, and "that" only as a conjunction
                // ("rumours that circulated online" is a relative clause).
                let linked = (ce..words.len().min(ce + 10))
                    .take_while(|&k| !matches!(words.lower[k].as_str(), "," | ";"))
                    .find(|&k| match words.lower[k].as_str() {
                        "that" => words.upos[k].is_none_or(|u| u == Upos::Sconj),
                        w => matches!(w, "claiming" | "saying" | "suggesting"),
                    });
                let start = linked.map_or_else(|| content_start(words, ce, false), |k| k + 1);
                let subject_end = (ci == 0)
                    .then(|| main_verb_after(doc, words, start))
                    .flatten();
                match subject_end {
                    Some(end) => span_of(doc, words, start, trim_end(words, start, end)),
                    None => content_from(doc, words, quotes, start, tails),
                }
            } else {
                let end = trim_end(words, 0, words.len());
                span_of(doc, words, trim_start(words, 0, end), end)
            };
            let mut c = claim(unattributed, content);
            c.hedged = true;
            Some(c)
        }
        CueKind::Colon => {
            let content = content_from(doc, words, quotes, ce, tails);
            // A headline or transcript names its speaker from the start (after
            // an opening quote mark); a colon later follows a noun phrase.
            let first = usize::from(ci > 0 && is_quote_mark(&words.lower[0]));
            let names = (first..ci).all(|k| words.text[k].starts_with(char::is_uppercase));
            let who = if names {
                first..ci
            } else {
                np_before(words, ci)?
            };
            Some(claim(classify(who), content))
        }
        CueKind::Dash => {
            // "“A real disgrace.” ― Azucena Gonzàlez"
            let q = quotes::closing_before(doc, quotes, words.base + ci)?;
            let end = trim_end(words, ce, words.len());
            Some(claim(classify(ce..end), Some(q.inner)))
        }
        CueKind::Poll => {
            let poll = cues::poll_end(words, ci)?;
            let opens = ci == 0 || is_punct_word(&words.lower[ci - 1]);
            let content = match (words.lower.get(poll).map(String::as_str), opens) {
                // "In a CNN poll, 50 percent chose Clinton."
                (Some(","), true) => content_from(doc, words, quotes, poll + 1, tails),
                // "In the poll released Monday, ..." and "... in the latest polls."
                _ if opens => {
                    let comma = (poll..words.len()).find(|&k| words.lower[k] == ",")?;
                    content_from(doc, words, quotes, comma + 1, tails)
                }
                _ => content_before(doc, words, quotes, ci),
            };
            Some(claim(classify(ce..poll), content))
        }
        CueKind::AccordingTo => {
            // It opens the sentence, after at most punctuation and a
            // connective ("But, according to the poll, ...").
            let opens = (0..ci).all(|k| {
                is_punct_word(&words.lower[k])
                    || matches!(
                        words.lower[k].as_str(),
                        "but" | "and" | "however" | "yet" | "still" | "also" | "now"
                    )
            });
            // "Kamau was in debt, and according to a local sheriff, he had
            // told friends ...": it opens the second clause, which it reports.
            let opens_clause = ci >= 2
                && matches!(words.lower[ci - 1].as_str(), "and" | "but")
                && words.lower[ci - 2] == ",";
            let comma = (ce..words.len()).find(|&k| words.lower[k] == ",");
            match (opens || opens_clause, comma) {
                // "According to X, Y"
                (true, Some(comma)) if comma > ce => {
                    let content = content_from(doc, words, quotes, comma + 1, tails);
                    Some(claim(classify(ce..comma), content))
                }
                // "Y, according to X"
                _ => {
                    // "according to exit polls." with "exit" tagged a verb:
                    // the words up to the clause's end.
                    let who = np_after(words, ce).or_else(|| {
                        let end = (ce..words.len().min(ce + 12))
                            .find(|&k| is_punct_word(&words.lower[k]))
                            .unwrap_or(words.len().min(ce + 12));
                        (end > ce).then_some(ce..end)
                    })?;
                    let content = if opens {
                        content_from(doc, words, quotes, who.end, tails)
                    } else {
                        content_around(doc, words, quotes, ci - 1, who.end, tails, true)
                    };
                    Some(claim(classify(who), content))
                }
            }
        }
        CueKind::Refusal if words.lower[ci] == "no" => {
            // "There was no immediate comment from the Sudanese government."
            if words.lower.get(ce).map(String::as_str) != Some("from") {
                return None;
            }
            let who = np_after(words, ce + 1)?;
            Some(claim(classify(who), None))
        }
        CueKind::Refusal => {
            // "Hoff, who declined to comment, ...": the relative's antecedent.
            // "Hoff, contacted by telephone, declined to comment": the
            // subject before the interruption.
            let group = verb_group_start(words, ci);
            let who = subject_before(words, ci)
                .or_else(|| relative_antecedent(words, group))
                .or_else(|| {
                    (group > 0 && words.lower[group - 1] == ",")
                        .then(|| interrupted_subject(words, group))
                        .flatten()
                })
                // "Kamau left on Thursday, refusing to answer questions": the
                // subject of the verb the participle hangs on.
                .or_else(|| {
                    let participle =
                        ci > 0 && words.lower[ci - 1] == "," && words.lower[ci].ends_with("ing");
                    let head = doc.tokens[cue.tokens.start].head?;
                    (participle && head >= words.base && head < cue.tokens.start)
                        .then(|| subject_before(words, head - words.base))
                        .flatten()
                })
                .map(classify)
                .or_else(|| in_sentence.last().map(|c| c.source.clone()))?;
            // "would not comment on X", "gave no details of X".
            // Not "was not returning calls on Tuesday": a day.
            let dated = words
                .lower
                .get(ce + 1)
                .is_some_and(|w| spans::DAYS.contains(&w.as_str()));
            let about = ce < words.len()
                && !dated
                && (matches!(words.lower[ce].as_str(), "on" | "about")
                    || (words.lower[ce] == "of" && words.lower[ce - 1] == "details"));
            let content = about
                .then(|| content_from(doc, words, quotes, ce + 1, tails))
                .flatten();
            Some(claim(who, content))
        }
        CueKind::Verb { lemma, .. } => {
            // ", saying ...", ", adding that ...": the sentence's source goes on.
            let form = words.lower[ci].as_str();
            if ci > 0 && words.lower[ci - 1] == "," && form.ends_with("ing") {
                // The claim of the verb the participle hangs on ("decried
                // Osei's calls to ban ..., noting"), else the last one.
                let mut governor = None;
                let mut at = doc.tokens[cue.tokens.start].head;
                for _ in 0..3 {
                    let Some(h) = at else { break };
                    let span = doc.tokens[h].span;
                    governor = in_sentence.iter().rfind(|c| c.cue.contains(&span));
                    if governor.is_some() {
                        break;
                    }
                    at = doc.tokens[h].head;
                }
                // Not the last claim when the verb it hangs on has a subject
                // of its own ("Trump, who leads in the polls, has picked up
                // the criticism, telling ..."): that subject speaks.
                let head_subject = doc.tokens[cue.tokens.start].head.is_some_and(|h| {
                    (words.base..words.base + words.len()).contains(&h)
                        && parse::children(doc, words, h - words.base)
                            .any(|k| words.deprel[k].starts_with("nsubj"))
                });
                let last = in_sentence.last().filter(|_| !head_subject);
                if let Some(previous) = governor.or(last) {
                    // ", telling reporters, \"...\"": what, after whom.
                    let start = content_start(words, ce, lemma == "tell");
                    let content = content_from(doc, words, quotes, start, tails);
                    return content.map(|c| claim(previous.source.clone(), Some(c)));
                }
            }
            // "Y, said X." and "\"Y,\" said X, a spokesman for Z."
            // "\"Is he running?\" asked Mr. Manafort" too.
            // "\"I would use the word 'old-school,'\" said X": the marks
            // of a quotation inside the quotation close together.
            let after_quote = ci > 1 && is_quote_mark(&words.lower[ci - 1]) && {
                let mut k = ci - 1;
                while k > 0 && is_quote_mark(&words.lower[k - 1]) {
                    k -= 1;
                }
                (k > 0 && matches!(words.lower[k - 1].as_str(), "," | "?" | "!"))
                    || opens_sentence(words, quotes, ci - 1)
            };
            let speech_verb = INVERTING.contains(&lemma);
            let apposition = subject_before(words, ci).is_some();
            // "..., told Reuters": who is told, never who tells.
            // Not ", complaining of ...": a participle has no subject after it.
            let inverted = speech_verb && lemma != "tell" && !apposition && !form.ends_with("ing");
            if inverted && ci > 0 && (words.lower[ci - 1] == "," || after_quote) {
                // "said the man who built ...", "said Mr. Burman (a view
                // ...)" and "said one source on the panel." close the source too.
                let closed = |r: &Range<usize>| {
                    let clause_end = |k: usize| {
                        k >= words.len()
                            || matches!(words.lower[k].as_str(), "," | "." | "!" | "?" | ";")
                    };
                    clause_end(r.end)
                        || matches!(words.lower[r.end].as_str(), "who" | "whose" | "(")
                        // "said a Democrat familiar with the talks", "said
                        // the former aide to President Bush".
                        || (matches!(
                            words.lower[r.end].as_str(),
                            "on" | "at" | "in" | "of" | "with" | "to" | "for" | "from"
                        )
                            && (r.end + 1..(r.end + 9).min(words.len() + 1)).any(clause_end))
                };
                if let Some(who) = np_after(words, ce).filter(closed) {
                    // The modifier that says whose the source is belongs to
                    // it ("familiar with the talks", "to President Bush");
                    // where or when it was said does not ("in a statement").
                    let belongs = who.end < words.len()
                        && matches!(words.lower[who.end].as_str(), "with" | "to" | "for" | "of");
                    let who = if belongs {
                        let end = (who.end + 1..words.len())
                            .find(|&k| {
                                matches!(words.lower[k].as_str(), "," | "." | "!" | "?" | ";")
                            })
                            .unwrap_or(words.len());
                        who.start..end
                    } else {
                        // "said Smith in a statement": where, not who.
                        let occasion = (who.start + 1..who.end).find(|&k| {
                            matches!(words.lower[k].as_str(), "in" | "at" | "during")
                                && (k + 1..(k + 5).min(words.len()))
                                    .any(|j| OCCASIONS.contains(&words.lower[j].as_str()))
                        });
                        who.start..occasion.unwrap_or(who.end)
                    };
                    // "Achieng, who heads the bank, said talks with Korvath
                    // had stalled": a clause, not a speaker after the cue.
                    let clause = belongs
                        && who.clone().any(|k| {
                            words.upos[k] == Some(Upos::Aux)
                                || (words.upos[k] == Some(Upos::Verb)
                                    && matches!(
                                        words.deprel[k],
                                        "root" | "ccomp" | "conj" | "advcl" | "parataxis"
                                    ))
                        });
                    if !clause {
                        let content =
                            content_around(doc, words, quotes, ci - 1, who.end, tails, true);
                        return Some(claim(classify(apposed_name(doc, words, who)), content));
                    }
                }
            }
            if is_passive(words, ci) || is_reduced_relative(doc, words, cue) {
                return None; // "was threatened with violence"
            }
            let group = verb_group_start(words, ci);
            // "\"Q,\" a spokesman from Major's office said", "\"Q,\" one PLO
            // official, who requested anonymity, told Reuters", "\"Q,\" the
            // commission said in a report": the quotation is what was said,
            // whatever follows the cue, and its speaker stands between the two.
            // "\"Q,\" X notified the panel" too.
            if speech_verb || matches!(lemma, "notify" | "inform") {
                if let Some((source, q)) = source_after_quotation(words, quotes, group) {
                    return Some(claim(classify(source), Some(q.inner)));
                }
            }
            // "said one Democrat familiar with the talks, who added": the
            // speaker before, not the talks.
            let relative = subject_before(words, ci)
                .is_none()
                .then(|| relative_antecedent(words, group))
                .flatten();
            let relative_speaker = relative
                .clone()
                .and_then(|r| speaker_before_relative(doc, words, in_sentence, r));
            let subject = subject_before(words, ci)
                .or(relative)
                .or_else(|| subject_before_relative(words, group))
                .or_else(|| {
                    (group > 0 && words.lower[group - 1] == ",")
                        .then(|| interrupted_subject(words, group))
                        .flatten()
                });
            // "Last week, the government lodged a complaint, arguing that
            // ...", "Velmora issued a statement on Thursday condemning ...":
            // a participle on the main verb speaks for that verb's subject,
            // which the parse finds past any phrase of time or object,
            // rather than the phrase the words before it end with.
            let after_its_verb = doc.tokens[cue.tokens.start]
                .head
                .is_some_and(|h| h >= words.base && h < cue.tokens.start);
            // Only after a comma, or where the words found a time or a
            // paper sent: not "showed Orozco talking about", whose object
            // talks.
            let misread = subject.as_ref().is_some_and(|r| {
                spans::DAYS.contains(&words.lower[r.end - 1].as_str())
                    || period_before(words, r.end) == Some(r.start)
                    || SENT_PAPERS.contains(&words.lower[r.end - 1].as_str())
            });
            let adjunct_participle = form.ends_with("ing")
                && words.deprel[ci] == "advcl"
                && after_its_verb
                && subject.is_some()
                && (words.lower[ci - 1] == "," || misread)
                && !parse::children(doc, words, ci).any(|k| words.deprel[k].starts_with("nsubj"));
            let main_subject = adjunct_participle
                .then(|| from_parse_source(doc, words, quotes, cue, previous, in_sentence))
                .flatten();
            let subject = subject.map(|r| widen_subject(doc, words, ci, r));
            let who = match &subject {
                _ if main_subject.is_some() => main_subject?,
                _ if relative_speaker.is_some() => relative_speaker?,
                Some(range) => classify(range.clone()),
                // "blaming the United States for insisting": whose act the
                // gerund is, the parse tells.
                None if group > 0 && matches!(words.lower[group - 1].as_str(), "for" | "of") => {
                    from_parse_source(doc, words, quotes, cue, previous, in_sentence)?
                }
                // "confirmed the call but suggested ...": the same source.
                None => in_sentence.last()?.source.clone(),
            };
            let mut after = ce;
            let mut telling = lemma == "tell";
            if lemma == "quote" {
                // "\"Q,\" the paper quoted Weizman as telling Netanyahu", "...
                // as saying after his arrest": the quotation before is what
                // was said, whatever follows.
                let start = subject.as_ref().map_or(ci, |r| r.start);
                let quotation = boundary_before(words, start)
                    .and_then(|boundary| quotation_before(words, quotes, boundary));
                if let Some(q) = quotation {
                    return Some(claim(who, Some(q)));
                }
                // "quoted X as saying Y", "quoted X as telling him: Y"
                let saying = (ce..words.len()).find(|&k| {
                    words.matches(k, &["as", "saying"]) || words.matches(k, &["as", "telling"])
                });
                telling = saying.is_some_and(|k| words.lower[k + 1] == "telling");
                after = saying.map_or(ce, |k| k + 2);
            } else if words.matches(ce, &["as", "saying"]) {
                // "Y, Rosati was reported as saying on Wednesday."
                after = ce + 2;
            }
            let source_start = subject.as_ref().map_or(ci, |r| r.start);
            // Not "announced his resignation": an object is what was said.
            let no_object =
                lemma == "tell" || (after..words.len()).all(|k| words.deprel[k] != "obj");
            let adjuncts_only = matches!(lemma, "say" | "tell" | "add" | "announce" | "write")
                && no_object
                && only_adjuncts_after(words, source_start, after);
            // "\"Why are you still endorsing him?\" Obama asked Republican
            // politicians.": the question before, asked of whom follows.
            let addressee_only = matches!(lemma, "ask" | "tell")
                && !form.ends_with("ing")
                && source_start == 0
                && np_after(words, after)
                    .is_some_and(|r| (r.end..words.len()).all(|k| is_punct_word(&words.lower[k])));
            if addressee_only {
                if let Some(q) = quotes::closing_before(doc, quotes, words.base) {
                    return Some(claim(who, Some(q.inner)));
                }
            }
            if nothing_after(words, after) || adjuncts_only {
                let start = source_start;
                if let Some(boundary) = boundary_before(words, start) {
                    // Verbs that can stand aside in a sentence ("The museum,
                    // he believes, would ..."), not "criticized Tulsa".
                    let aside = INVERTING.contains(&lemma)
                        || matches!(
                            lemma,
                            "testify" | "believe" | "think" | "contend" | "suggest"
                        );
                    let content = if aside {
                        content_around(doc, words, quotes, boundary, after, tails, false)
                    } else {
                        content_before(doc, words, quotes, boundary)
                    };
                    return Some(claim(who, content));
                }
                // "“Who are they?” Trump said." cut after the question mark:
                // the quotation that closes the sentence before.
                if start == 0 {
                    if let Some(q) = quotes::closing_before(doc, quotes, words.base) {
                        return Some(claim(who, Some(q.inner)));
                    }
                }
            }
            // "warned Korvath Corp on Friday that ...": whom, then what.
            let addressed = matches!(lemma, "warn" | "assure" | "remind" | "inform" | "notify");
            let start = addressed
                .then(|| spans::that_after_addressee(words, after))
                .flatten()
                .unwrap_or_else(|| content_start(words, after, telling));
            // "Jordan, which has blamed Iraq for the riots, has asked ...",
            // "Hours after state radio said X, the army told ...": what a
            // relative or opening clause reports ends with it.
            let mut tails = tails.to_vec();
            tails.extend(subordinate_clause_end(doc, words, ci, group, start));
            let content = content_from(doc, words, quotes, start, &tails);
            content.map(|c| claim(who, Some(c)))
        }
    }
}

#[cfg(test)]
mod tests;
