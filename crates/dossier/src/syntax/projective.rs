//! Making gold trees projective for the arc-eager parser: non-projective arcs
//! are lifted (the dependent is re-attached to its head's head, keeping its
//! relation) until none is left. The parser then only ever builds projective
//! trees; the lifted arcs are its only loss on non-projective sentences.

/// True when the arc `head -> dep` is projective: every word between them
/// descends from `head`. `heads` are 1-based with 0 for the root (index 0
/// unused, like a parser state).
fn arc_is_projective(heads: &[u32], head: usize, dep: usize) -> bool {
    let (lo, hi) = if head < dep { (head, dep) } else { (dep, head) };
    (lo + 1..hi).all(|mut k| {
        let mut steps = 0;
        while k != head && k != 0 && steps < heads.len() {
            k = heads[k] as usize;
            steps += 1;
        }
        k == head
    })
}

/// Lifts non-projective arcs (shortest first) until the tree is projective;
/// returns the number of lifts.
pub fn projectivize(heads: &mut [u32]) -> usize {
    let mut lifts = 0;
    loop {
        let worst = (1..heads.len())
            .filter(|&d| heads[d] != 0 && !arc_is_projective(heads, heads[d] as usize, d))
            .min_by_key(|&d| (heads[d] as usize).abs_diff(d));
        match worst {
            Some(d) => {
                heads[d] = heads[heads[d] as usize];
                lifts += 1;
            }
            None => return lifts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_projective(heads: &[u32]) -> bool {
        (1..heads.len()).all(|d| arc_is_projective(heads, heads[d] as usize, d))
    }

    #[test]
    fn lifts_crossing_arcs() {
        // 1 <- 3, 2 <- 4 ... crossing: words 1..4, heads: 1->3, 2->0(root), 3->2, 4->1
        // arc 1 -> 4 crosses 3's arcs? Build: root -> 2, 2 -> 3, 3 -> 1, 1 -> 4.
        let mut heads = vec![u32::MAX, 3, 0, 2, 1];
        assert!(!is_projective(&heads));
        let lifts = projectivize(&mut heads);
        assert!(lifts >= 1);
        assert!(is_projective(&heads));
        let mut simple = vec![u32::MAX, 2, 0, 2];
        assert!(is_projective(&simple));
        assert_eq!(projectivize(&mut simple), 0);
    }
}
