//! Picking the best class from a score vector.

/// The index of the highest score (the first one on ties); 0 for an empty slice.
#[inline]
pub fn argmax(scores: &[f32]) -> usize {
    argmax_where(scores, |_| true).unwrap_or(0)
}

/// The index of the highest score among the classes `allowed` accepts (the
/// first one on ties), or `None` when it accepts none.
#[inline]
pub fn argmax_where(scores: &[f32], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, &s) in scores.iter().enumerate() {
        if allowed(i) && best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_best_allowed() {
        let scores = [0.5, 2.0, 2.0, -1.0];
        assert_eq!(argmax(&scores), 1);
        assert_eq!(argmax_where(&scores, |i| i != 1), Some(2));
        assert_eq!(argmax_where(&scores, |i| i == 3), Some(3));
        assert_eq!(argmax_where(&scores, |_| false), None);
    }
}
