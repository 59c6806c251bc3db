//! The recogniser's label set: BILOU tags over the four CoNLL-2003 kinds.
//! Label 0 is outside; kind `k` has labels `1 + 4k + {B, I, L, U}`.

use crate::learn::sequence::ChainSpec;

/// The entity kinds the recogniser is trained on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Person.
    Per = 0,
    /// Organisation.
    Org = 1,
    /// Location.
    Loc = 2,
    /// Miscellaneous (nationalities, events, products, ...).
    Misc = 3,
}

/// Every kind, in label order.
pub const KINDS: [Kind; 4] = [Kind::Per, Kind::Org, Kind::Loc, Kind::Misc];

/// Number of labels.
pub const LABELS: usize = 1 + 4 * KINDS.len();

impl Kind {
    /// The CoNLL name ("PER", ...).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Per => "PER",
            Kind::Org => "ORG",
            Kind::Loc => "LOC",
            Kind::Misc => "MISC",
        }
    }

    /// The kind named `name` in CoNLL data.
    pub fn parse(name: &str) -> Option<Kind> {
        KINDS.into_iter().find(|k| k.name() == name)
    }
}

const B: u16 = 0;
const I: u16 = 1;
const L: u16 = 2;
const U: u16 = 3;

fn label(kind: Kind, part: u16) -> u16 {
    1 + 4 * kind as u16 + part
}

fn part(y: u16) -> Option<u16> {
    (y > 0).then(|| (y - 1) % 4)
}

/// The kind of label `y` (`None` for outside).
pub fn kind(y: u16) -> Option<Kind> {
    (y > 0).then(|| KINDS[((y - 1) / 4) as usize])
}

/// The labels of `n` positions holding the entity `spans` (start, end, kind).
pub fn encode(spans: &[(usize, usize, Kind)], n: usize) -> Vec<u16> {
    let mut out = vec![0u16; n];
    for &(start, end, k) in spans {
        if end - start == 1 {
            out[start] = label(k, U);
        } else {
            out[start] = label(k, B);
            for y in &mut out[start + 1..end - 1] {
                *y = label(k, I);
            }
            out[end - 1] = label(k, L);
        }
    }
    out
}

/// The entity spans (start, end, kind) of a label sequence. Sequences that
/// break the BILOU rules are read leniently: any kind change or B/U starts a span.
pub fn spans(labels: &[u16]) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Kind)> = None;
    for (i, &y) in labels.iter().enumerate() {
        let (k, p) = (kind(y), part(y));
        if let Some((start, ok)) = open {
            if k != Some(ok) || matches!(p, Some(B) | Some(U)) {
                out.push((start, i, ok));
                open = None;
            }
        }
        if let Some(k) = k {
            if open.is_none() {
                open = Some((i, k));
            }
            if matches!(p, Some(L) | Some(U)) {
                let (start, ok) = open.take().expect("just set");
                out.push((start, i + 1, ok));
            }
        }
    }
    if let Some((start, k)) = open {
        out.push((start, labels.len(), k));
    }
    out
}

/// The BILOU transition constraints.
pub fn spec() -> ChainSpec {
    let mut spec = ChainSpec::free(LABELS);
    for prev in 0..=LABELS {
        // prev 0 is the start; label y is prev y + 1.
        let prev_label = prev.checked_sub(1).map(|p| p as u16);
        let inside =
            prev_label.and_then(|p| part(p).filter(|&x| x == B || x == I).map(|_| kind(p)));
        for next in 0..LABELS as u16 {
            let ok = match inside {
                Some(k) => kind(next) == k && matches!(part(next), Some(I) | Some(L)),
                None => !matches!(part(next), Some(I) | Some(L)),
            };
            spec.allowed[prev * LABELS + next as usize] = ok;
        }
    }
    for y in 0..LABELS as u16 {
        spec.final_ok[y as usize] = !matches!(part(y), Some(B) | Some(I));
    }
    spec
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_and_decodes_spans() {
        let spans_in = vec![(0, 2, Kind::Per), (3, 4, Kind::Loc), (4, 7, Kind::Org)];
        let labels = encode(&spans_in, 8);
        assert_eq!(labels, vec![1, 3, 0, 12, 5, 6, 7, 0]);
        assert_eq!(spans(&labels), spans_in);
        assert_eq!(kind(12), Some(Kind::Loc));
        assert_eq!(Kind::parse("MISC"), Some(Kind::Misc));
        // Lenient reading: a dangling B is a span to the kind change.
        assert_eq!(spans(&[1, 5]), vec![(0, 1, Kind::Per), (1, 2, Kind::Org)]);
    }

    #[test]
    fn constraints_follow_bilou() {
        let s = spec();
        let ok = |prev: Option<u16>, next: u16| {
            s.allowed[prev.map_or(0, |p| p as usize + 1) * LABELS + next as usize]
        };
        assert!(ok(None, 1) && ok(None, 4) && ok(None, 0));
        assert!(!ok(None, 2) && !ok(Some(0), 3));
        assert!(ok(Some(1), 2) && ok(Some(1), 3) && !ok(Some(1), 0) && !ok(Some(1), 7));
        assert!(ok(Some(3), 5) && ok(Some(4), 0));
        assert!(s.final_ok[0] && s.final_ok[3] && !s.final_ok[1]);
    }
}
