//! Word lists the segmenter needs: abbreviations, hyphen prefixes, sentence starters.

/// Abbreviations written with a final period that never end a sentence on their
/// own because a name or number always follows them (titles, "No.", months).
const PREFIX_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt",
    "sgt", "cpl", "pvt", "pfc", "spc", "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "rev",
    "msgr", "hon", "pres", "supt", "insp", "det", "amb", "atty", "fr", "st", "mt", "ft", "no",
    "nos", "vol", "art", "fig", "op", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "gov't",
];

/// Plural titles, prefix abbreviations only when capitalised ("Sens. John
/// McCain and Lindsey Graham"; "sales reps." may end a sentence).
const PLURAL_TITLES: &[&str] = &["Sens", "Reps", "Drs", "Govs", "Gens", "Profs"];

/// Abbreviations that may end a sentence ("... of Acme Inc. The company said",
/// "... said Martin Luther King Jr. The crowd"), wire-copy units among them
/// ("rose 5 pct. to $3.2 bln.").
const OTHER_ABBREVIATIONS: &[&str] = &[
    "jr", "sr", "pct", "mln", "bln", "yrs", "hrs", "pts", "inc", "corp", "co", "cos", "ltd",
    "bros", "plc", "llc", "dept", "univ", "assn", "etc", "vs", "approx", "ext", "tel", "pp", "sq",
    "calif", "ariz", "colo", "fla", "kan", "ky", "mich", "minn", "mont", "neb", "nev", "okla",
    "tenn", "tex", "vt", "wis", "wyo", "ala", "ark", "a.m", "p.m", "e.g", "i.e", "u.s", "u.k",
    "u.n", "e.u",
];

/// US state abbreviations (AP style) that are also English words ("mass",
/// "ill"), abbreviations only when capitalised: "Boston, Mass. The", "Mass.
/// Gov. Charlie Baker". Like [`OTHER_ABBREVIATIONS`] they may end a sentence.
const CAPITALISED_ABBREVIATIONS: &[&str] = &[
    "Conn", "Del", "Ga", "Ill", "Ind", "La", "Mass", "Md", "Miss", "Mo", "Ore", "Pa", "Va", "Wash",
];

/// Left parts that stay attached to a hyphenated word ("e-mail", "non-stop",
/// "anti-war"), as UD English EWT tokenises them; other hyphens between letters split.
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "anti", "pre", "re", "mid", "post", "over", "co", "pro", "multi", "ex", "semi",
    "sub", "cross", "neo", "counter", "psycho", "socio", "intra", "inter", "un", "mis", "ultra",
    "pseudo", "quasi", "trans", "bi", "tri", "mega", "micro", "macro", "hyper", "infra", "extra",
];

/// Lower-case words that follow a name with a hyphen to make an adjective
/// ("Sri Lanka-born", "Trump-led", "Biden-era"), never a syllable of a given
/// name.
const HYPHEN_SECONDS: &[&str] = &[
    "aged", "based", "born", "era", "esque", "free", "heavy", "held", "ian", "ish", "ism", "ist",
    "ite", "led", "like", "lite", "made", "owned", "proof", "ready", "run", "size", "style",
    "type", "wide", "up", "out", "off", "down", "to", "for", "the", "all", "you", "just", "oil",
    "war", "day", "old", "new", "long", "side", "area", "zone", "only", "less", "year", "time",
    "age", "law", "wise", "fed", "bred", "sold", "own", "way", "man", "men", "hit", "set", "kind",
    "rich", "poor", "bloc", "camp", "line", "pact", "rule", "team", "vs", "bound",
];

/// Capitalised words that open a phrase or a place name rather than name a
/// surname ("The Call-in", "Tel Aviv-bound").
const NOT_SURNAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "And", "But", "Or", "To", "Of", "By", "As", "If",
    "So", "No", "Our", "My", "His", "Her", "Its", "This", "That", "Mr", "Mrs", "Ms", "Dr",
    // First words of place names ("Tel Aviv-bound", "Hong Kong-based").
    "New", "Tel", "Hong", "Sri", "Abu", "San", "Los", "Las", "El", "Al", "Port", "Fort", "Saint",
    "St", "Santa", "Addis", "Dar", "Kuala", "Costa", "Puerto", "Rio", "Buenos", "Sierra", "Cape",
];

/// True when `right` may end the given name "Left-right" of an East Asian
/// name ("Kim Young-sam", "Moon Jae-in"): a lower-case syllable of at most
/// five letters that makes no compound adjective.
pub fn is_name_syllable(right: &str) -> bool {
    (1..=5).contains(&right.len())
        && right.bytes().all(|b| b.is_ascii_lowercase())
        && !right.ends_with("ed")
        && !HYPHEN_SECONDS.contains(&right)
}

/// True when `word` may be the surname written before a hyphenated given
/// name: a capitalised word of two to six letters that opens no phrase.
pub fn may_be_surname(word: &str) -> bool {
    (2..=6).contains(&word.len())
        && word.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !NOT_SURNAMES.contains(&word)
}

/// Words that commonly open a sentence; after an abbreviation that may end a
/// sentence, one of these makes the period a boundary.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "in",
    "on",
    "at",
    "but",
    "and",
    "however",
    "meanwhile",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "for",
    "some",
    "many",
    "most",
    "no",
    "not",
    "what",
    "who",
    "why",
    "how",
];

fn in_list(list: &[&str], word: &str) -> bool {
    let lower = word.to_lowercase();
    list.contains(&lower.as_str())
}

/// True when `word` (without its final period) is an abbreviation that is
/// always followed by a name or number ("Mr", "Gen", "Jan", "No").
pub fn is_prefix_abbreviation(word: &str) -> bool {
    in_list(PREFIX_ABBREVIATIONS, word) || PLURAL_TITLES.contains(&word)
}

/// Abbreviations that are also everyday words, abbreviations only before a number
/// ("No. 10", "Art. 5").
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "art", "fig", "vol", "op"];

/// True when `word` is an abbreviation only when a number follows ("No").
pub fn needs_number(word: &str) -> bool {
    in_list(NUMBER_ABBREVIATIONS, word)
}

/// True when `word` (without its final period) is a known abbreviation or looks
/// like one: initials ("J"), letter-dot sequences ("U.S", "e.g").
pub fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    if is_prefix_abbreviation(word)
        || in_list(OTHER_ABBREVIATIONS, word)
        || CAPITALISED_ABBREVIATIONS.contains(&word)
    {
        return true;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    // A single capital letter: an initial.
    if first.is_uppercase() && chars.next().is_none() {
        return true;
    }
    // Letter-dot sequences: U.S, U.N, a.m, Ph.D
    word.contains('.')
        && word.split('.').all(|part| {
            !part.is_empty() && part.chars().count() <= 2 && part.chars().all(char::is_alphabetic)
        })
}

/// True when `left` may stay glued to a following hyphen.
pub fn is_hyphen_prefix(left: &str) -> bool {
    in_list(HYPHEN_PREFIXES, left)
}

/// True when `word` commonly opens a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    in_list(SENTENCE_STARTERS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations() {
        assert!(is_abbreviation("U.S"));
        assert!(is_abbreviation("Gen"));
        assert!(is_abbreviation("J"));
        assert!(is_abbreviation("Inc"));
        assert!(!is_abbreviation("Friday"));
        assert!(is_prefix_abbreviation("Mr"));
        assert!(is_prefix_abbreviation("Sens") && !is_prefix_abbreviation("reps"));
        assert!(!is_prefix_abbreviation("Inc"));
        assert!(!is_prefix_abbreviation("Jr") && is_abbreviation("Jr"));
        assert!(is_abbreviation("Mass") && !is_abbreviation("mass"));
    }
}
