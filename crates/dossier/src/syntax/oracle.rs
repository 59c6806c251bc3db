//! The dynamic oracle of the arc-eager system (Goldberg and Nivre 2012): the
//! number of gold arcs an action makes unreachable. Zero-cost actions lead to
//! the best tree still reachable, from any state, so the parser can be trained
//! on its own mistakes. Exact for projective gold trees.

use super::transition::{Actions, Move, State, NONE};

/// A gold tree over positions `0..=n` (position 0 is the root; its entries unused).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldTree {
    /// Gold head of each position.
    pub heads: Vec<u32>,
    /// Gold relation of each position.
    pub labels: Vec<u16>,
}

/// Whether the gold arc into `dep` can still be built in `state`: `dep` has
/// no head yet and its gold head is on the stack or in the buffer (and, for
/// the root, the root has no child yet).
fn reachable_head(state: &State, gold: &GoldTree, dep: usize) -> bool {
    if state.heads[dep] != NONE {
        return false;
    }
    let h = gold.heads[dep] as usize;
    if h == 0 {
        return !state.root_taken();
    }
    state.on_stack[h] || h >= state.front
}

/// The costs of every action in one state; the relation matters only for the
/// arc that the gold tree has between the stack top and the buffer front.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Costs {
    shift: u32,
    reduce: u32,
    left: u32,
    right: u32,
    /// The gold relation of a gold arc `b -> s`, if there is one.
    left_label: Option<u16>,
    /// The gold relation of a gold arc `s -> b`, if there is one.
    right_label: Option<u16>,
}

impl Costs {
    /// The cost of action `a` (meaningful for legal actions).
    #[inline]
    pub fn of(&self, actions: &Actions, a: usize) -> u32 {
        match actions.decode(a) {
            Move::Shift => self.shift,
            Move::Reduce => self.reduce,
            Move::Left(l) => self.left + self.left_label.is_some_and(|g| g != l) as u32,
            Move::Right(l) => self.right + self.right_label.is_some_and(|g| g != l) as u32,
        }
    }
}

/// The costs of the actions in `state`.
pub fn costs(state: &State, gold: &GoldTree) -> Costs {
    let s = state.s0() as usize;
    let b = state.front;
    let n = state.n;
    let mut c = Costs {
        shift: 0,
        reduce: 0,
        left: 0,
        right: 0,
        left_label: None,
        right_label: None,
    };
    // REDUCE: s leaves, so its dependents still in the buffer are lost.
    let s_deps_in_buffer = if s == NONE as usize {
        0
    } else {
        (b..=n).filter(|&k| gold.heads[k] as usize == s).count() as u32
    };
    c.reduce = s_deps_in_buffer;
    if b > n {
        return c;
    }
    let stack_deps = stack_dependents_of(state, gold, b);
    // SHIFT: b can no longer get a head from the stack, nor take headless
    // stack words as dependents.
    let hb = gold.heads[b] as usize;
    let head_on_stack = state.on_stack[hb] && (hb != 0 || !state.root_taken());
    c.shift = head_on_stack as u32 + stack_deps;
    // LEFT-ARC: s gets head b and leaves: its dependents in the buffer and a
    // gold head further in the buffer are lost.
    if s != NONE as usize && s != 0 {
        let hs = gold.heads[s] as usize;
        c.left = s_deps_in_buffer;
        if hs == b {
            c.left_label = Some(gold.labels[s]);
        } else if hs > b {
            c.left += 1;
        }
    }
    // RIGHT-ARC: b gets head s and is pushed: its other reachable gold head
    // and its headless dependents on the stack are lost.
    if hb == s {
        c.right_label = Some(gold.labels[b]);
    } else if reachable_head(state, gold, b) {
        c.right += 1;
    }
    c.right += stack_deps;
    c
}

/// Headless words on the stack whose gold head is `b`.
fn stack_dependents_of(state: &State, gold: &GoldTree, b: usize) -> u32 {
    state
        .stack
        .iter()
        .filter(|&&k| {
            k != 0 && gold.heads[k as usize] as usize == b && state.heads[k as usize] == NONE
        })
        .count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follows the first zero-cost legal action until the end.
    fn oracle_parse(gold: &GoldTree, actions: &Actions) -> State {
        let mut state = State::default();
        state.reset(gold.heads.len() - 1);
        while !state.is_terminal() {
            let c = costs(&state, gold);
            let a = (0..actions.len())
                .find(|&a| state.legal(actions).allows(a) && c.of(actions, a) == 0)
                .expect("a zero-cost action exists for a projective tree");
            state.apply(actions, a);
        }
        state
    }

    fn tree(heads: &[u32], labels: &[u16]) -> GoldTree {
        GoldTree {
            heads: std::iter::once(NONE).chain(heads.iter().copied()).collect(),
            labels: std::iter::once(0).chain(labels.iter().copied()).collect(),
        }
    }

    #[test]
    fn zero_cost_path_rebuilds_projective_trees() {
        let actions = Actions { labels: 4, root: 0 };
        let trees = [
            // The minister said on Friday that talks would resume .
            tree(
                &[2, 3, 0, 5, 3, 10, 10, 10, 10, 3, 3],
                &[1, 2, 0, 3, 1, 3, 2, 1, 1, 2, 3],
            ),
            tree(&[0], &[0]),
            tree(&[2, 0, 2, 3, 4], &[1, 0, 2, 3, 1]),
            tree(&[4, 3, 4, 0, 4, 5, 6, 4], &[1, 1, 2, 0, 3, 3, 2, 3]),
        ];
        for gold in &trees {
            let state = oracle_parse(gold, &actions);
            assert_eq!(&state.heads[1..], &gold.heads[1..]);
            assert_eq!(&state.labels[1..], &gold.labels[1..]);
        }
    }

    #[test]
    fn wrong_actions_cost() {
        let actions = Actions { labels: 2, root: 0 };
        // a <- b, root -> b
        let gold = tree(&[2, 0], &[1, 0]);
        let mut state = State::default();
        state.reset(2);
        state.apply(&actions, 0); // shift a
        let c = costs(&state, &gold);
        assert_eq!(c.of(&actions, actions.encode(Move::Left(1))), 0);
        assert_eq!(c.of(&actions, actions.encode(Move::Left(0))), 1);
        assert_eq!(c.of(&actions, actions.encode(Move::Right(1))), 2);
        assert_eq!(
            c.of(&actions, 0),
            2,
            "shifting b loses a <- b and root -> b"
        );
    }
}
