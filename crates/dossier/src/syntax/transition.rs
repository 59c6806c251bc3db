//! The arc-eager transition system (Nivre 2003) with the root at the bottom of
//! the stack: the parser state, the actions, their preconditions and effects.
//!
//! Positions are 0 for the artificial root and `1..=n` for the words. Actions
//! are numbered `0` SHIFT, `1` REDUCE, `2 + l` LEFT-ARC with relation `l`,
//! `2 + L + l` RIGHT-ARC with relation `l` (`L` relations).

/// No position (no head, no child, empty slot).
pub const NONE: u32 = u32::MAX;

/// Action kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// Push the buffer front onto the stack.
    Shift,
    /// Pop the stack.
    Reduce,
    /// Attach the stack top to the buffer front, and pop.
    Left(u16),
    /// Attach the buffer front to the stack top, and push it.
    Right(u16),
}

/// The action numbering for a set of `labels` relations, one of which
/// (`root`) is reserved for the arc from the artificial root.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actions {
    /// Number of relations.
    pub labels: usize,
    /// The `root` relation.
    pub root: u16,
}

impl Actions {
    /// Number of actions.
    pub fn len(&self) -> usize {
        2 + 2 * self.labels
    }

    /// Never true: SHIFT and REDUCE always exist.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The action with number `a`.
    #[inline]
    pub fn decode(&self, a: usize) -> Move {
        match a {
            0 => Move::Shift,
            1 => Move::Reduce,
            a if a < 2 + self.labels => Move::Left((a - 2) as u16),
            a => Move::Right((a - 2 - self.labels) as u16),
        }
    }

    /// The number of action `m`.
    #[inline]
    pub fn encode(&self, m: Move) -> usize {
        match m {
            Move::Shift => 0,
            Move::Reduce => 1,
            Move::Left(l) => 2 + l as usize,
            Move::Right(l) => 2 + self.labels + l as usize,
        }
    }
}

/// The preconditions of the actions in one state.
#[derive(Clone, Copy, Debug)]
pub struct Legal {
    actions: Actions,
    shift: bool,
    reduce: bool,
    left: bool,
    right: bool,
    /// The stack top is the root: RIGHT-ARC only with the root relation.
    from_root: bool,
}

impl Legal {
    /// True when action `a` may be applied.
    #[inline]
    pub fn allows(&self, a: usize) -> bool {
        match self.actions.decode(a) {
            Move::Shift => self.shift,
            Move::Reduce => self.reduce,
            Move::Left(l) => self.left && l != self.actions.root,
            Move::Right(l) => self.right && ((l == self.actions.root) == self.from_root),
        }
    }

    /// The one legal action, when only SHIFT or only REDUCE may be applied,
    /// so that nothing needs scoring.
    #[inline]
    pub fn forced(&self) -> Option<usize> {
        match (self.shift, self.reduce, self.left, self.right) {
            (true, false, false, false) => Some(0),
            (false, true, false, false) => Some(1),
            _ => None,
        }
    }

    /// The legal action with the highest score (the first one on ties), like
    /// `argmax_where(scores, |a| self.allows(a))` but scanning action ranges
    /// instead of decoding every action; `None` when nothing is legal.
    #[inline]
    pub fn best(&self, scores: &[f32]) -> Option<usize> {
        let labels = self.actions.labels;
        let root = self.actions.root as usize;
        let mut best: Option<(usize, f32)> = None;
        let mut consider = |a: usize| {
            if best.is_none_or(|(_, b)| scores[a] > b) {
                best = Some((a, scores[a]));
            }
        };
        if self.shift {
            consider(0);
        }
        if self.reduce {
            consider(1);
        }
        if self.left {
            (0..labels)
                .filter(|&l| l != root)
                .for_each(|l| consider(2 + l));
        }
        if self.right {
            if self.from_root {
                consider(2 + labels + root);
            } else {
                (0..labels)
                    .filter(|&l| l != root)
                    .for_each(|l| consider(2 + labels + l));
            }
        }
        best.map(|(a, _)| a)
    }
}

/// A parser configuration: stack, buffer, and the arcs built so far, with the
/// per-word summaries the features need (outermost children, valencies,
/// relation sets).
#[derive(Clone, Debug, Default)]
pub struct State {
    /// Number of words.
    pub n: usize,
    /// The stack (top last); starts as `[0]`.
    pub stack: Vec<u32>,
    /// The buffer front; the buffer is `front..=n`, empty when `front > n`.
    pub front: usize,
    /// Head of each position (`NONE` until attached).
    pub heads: Vec<u32>,
    /// Relation of each position to its head.
    pub labels: Vec<u16>,
    /// Leftmost and second-leftmost child of each position.
    pub left: Vec<[u32; 2]>,
    /// Rightmost and second-rightmost child of each position.
    pub right: Vec<[u32; 2]>,
    /// Number of left and right children of each position.
    pub valency: Vec<[u8; 2]>,
    /// Bit sets of the relations of each position's left and right children.
    pub label_sets: Vec<[u64; 2]>,
    /// Whether each position is on the stack.
    pub on_stack: Vec<bool>,
}

impl State {
    /// Resets to the initial state for a sentence of `n` words.
    pub fn reset(&mut self, n: usize) {
        self.n = n;
        self.stack.clear();
        self.stack.push(0);
        self.front = 1;
        self.heads.clear();
        self.heads.resize(n + 1, NONE);
        self.labels.clear();
        self.labels.resize(n + 1, 0);
        self.left.clear();
        self.left.resize(n + 1, [NONE; 2]);
        self.right.clear();
        self.right.resize(n + 1, [NONE; 2]);
        self.valency.clear();
        self.valency.resize(n + 1, [0; 2]);
        self.label_sets.clear();
        self.label_sets.resize(n + 1, [0; 2]);
        self.on_stack.clear();
        self.on_stack.resize(n + 1, false);
        self.on_stack[0] = true;
    }

    /// The stack top.
    #[inline]
    pub fn s0(&self) -> u32 {
        *self.stack.last().unwrap_or(&NONE)
    }

    /// The element under the stack top.
    #[inline]
    pub fn s1(&self) -> u32 {
        if self.stack.len() >= 2 {
            self.stack[self.stack.len() - 2]
        } else {
            NONE
        }
    }

    /// The `k`-th buffer element (`k = 0` is the front).
    #[inline]
    pub fn b(&self, k: usize) -> u32 {
        let p = self.front + k;
        if p <= self.n {
            p as u32
        } else {
            NONE
        }
    }

    /// True when the buffer is empty.
    #[inline]
    pub fn buffer_empty(&self) -> bool {
        self.front > self.n
    }

    /// True when the parse is complete.
    #[inline]
    pub fn is_terminal(&self) -> bool {
        self.buffer_empty() && self.stack.len() <= 1
    }

    /// True when the root already has its child.
    #[inline]
    pub fn root_taken(&self) -> bool {
        self.valency[0][1] > 0
    }

    /// Which actions may be applied now.
    #[inline]
    pub fn legal(&self, actions: &Actions) -> Legal {
        let s0 = self.s0();
        let has_buffer = !self.buffer_empty();
        let popable = self.stack.len() > 1;
        let headless = s0 != NONE && self.heads[s0 as usize] == NONE;
        Legal {
            actions: *actions,
            shift: has_buffer,
            reduce: popable && (!headless || !has_buffer),
            left: has_buffer && popable && headless,
            right: has_buffer && (s0 != 0 || !self.root_taken()),
            from_root: s0 == 0,
        }
    }

    fn attach(&mut self, head: u32, dep: u32, label: u16) {
        let (h, d) = (head as usize, dep as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        let side = (dep > head) as usize;
        self.valency[h][side] = self.valency[h][side].saturating_add(1);
        self.label_sets[h][side] |= 1u64 << (label as u64 & 63);
        if side == 0 {
            let slot = &mut self.left[h];
            if slot[0] == NONE || dep < slot[0] {
                *slot = [dep, slot[0]];
            } else if slot[1] == NONE || dep < slot[1] {
                slot[1] = dep;
            }
        } else {
            let slot = &mut self.right[h];
            if slot[0] == NONE || dep > slot[0] {
                *slot = [dep, slot[0]];
            } else if slot[1] == NONE || dep > slot[1] {
                slot[1] = dep;
            }
        }
    }

    /// Applies a legal `action`.
    pub fn apply(&mut self, actions: &Actions, action: usize) {
        match actions.decode(action) {
            Move::Shift => {
                self.stack.push(self.front as u32);
                self.on_stack[self.front] = true;
                self.front += 1;
            }
            Move::Reduce => {
                let s = self.stack.pop().expect("reduce on a non-empty stack");
                self.on_stack[s as usize] = false;
            }
            Move::Left(l) => {
                let s = self.stack.pop().expect("left-arc on a non-empty stack");
                self.on_stack[s as usize] = false;
                self.attach(self.front as u32, s, l);
            }
            Move::Right(l) => {
                let b = self.front as u32;
                self.attach(self.s0(), b, l);
                self.stack.push(b);
                self.on_stack[b as usize] = true;
                self.front += 1;
            }
        }
    }

    /// Completes a finished parse into one tree: words left without a head
    /// attach to the root's child (the first of them becomes the root's child
    /// when there is none), with relation `fallback` (`punct_fallback` for
    /// words that `is_punct` says are punctuation).
    pub fn finish_tree(
        &mut self,
        actions: &Actions,
        fallback: u16,
        punct_fallback: u16,
        is_punct: impl Fn(usize) -> bool,
    ) {
        let mut root_child = self.right[0][0];
        for d in 1..=self.n {
            if self.heads[d] != NONE {
                continue;
            }
            if root_child == NONE {
                self.attach(0, d as u32, actions.root);
                root_child = d as u32;
            } else {
                let label = if is_punct(d) {
                    punct_fallback
                } else {
                    fallback
                };
                self.attach(root_child, d as u32, label);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip() {
        let a = Actions { labels: 5, root: 4 };
        assert_eq!(a.len(), 12);
        for i in 0..a.len() {
            assert_eq!(a.encode(a.decode(i)), i);
        }
        assert_eq!(a.decode(2 + 5 + 4), Move::Right(4));
    }

    #[test]
    fn builds_arcs_and_children() {
        // "she left early": she <- left (nsubj=1), root -> left (root=0), left -> early (advmod=2)
        let a = Actions { labels: 3, root: 0 };
        let mut s = State::default();
        s.reset(3);
        assert!(
            !s.legal(&a).allows(a.encode(Move::Left(1))),
            "root cannot be a dependent"
        );
        s.apply(&a, a.encode(Move::Shift));
        s.apply(&a, a.encode(Move::Left(1)));
        assert!(
            !s.legal(&a).allows(a.encode(Move::Right(1))),
            "only root arcs from the root"
        );
        s.apply(&a, a.encode(Move::Right(0)));
        assert!(!s.legal(&a).allows(a.encode(Move::Right(0))));
        s.apply(&a, a.encode(Move::Right(2)));
        assert!(s.buffer_empty());
        s.apply(&a, a.encode(Move::Reduce));
        s.apply(&a, a.encode(Move::Reduce));
        assert!(s.is_terminal());
        assert_eq!(&s.heads[1..], &[2, 0, 2]);
        assert_eq!(s.left[2], [1, NONE]);
        assert_eq!(s.right[2], [3, NONE]);
        assert_eq!(s.valency[2], [1, 1]);
    }

    #[test]
    fn best_agrees_with_allows() {
        let a = Actions { labels: 4, root: 1 };
        let mut s = State::default();
        s.reset(3);
        let scores: Vec<f32> = (0..a.len()).map(|i| ((i * 7) % 5) as f32).collect();
        for step in [0, 2 + 4 + 2, 1, 0] {
            let legal = s.legal(&a);
            let slow = crate::learn::argmax_where(&scores, |x| legal.allows(x));
            assert_eq!(legal.best(&scores), slow);
            if legal.allows(step) {
                s.apply(&a, step);
            }
        }
    }

    #[test]
    fn only_reduce_is_forced_at_the_end() {
        let a = Actions { labels: 4, root: 1 };
        let mut s = State::default();
        s.reset(2);
        assert_eq!(s.legal(&a).forced(), None);
        s.apply(&a, a.encode(Move::Shift));
        s.apply(&a, a.encode(Move::Right(2)));
        assert_eq!(s.legal(&a).forced(), Some(1));
    }

    #[test]
    fn finish_tree_attaches_strays() {
        let a = Actions { labels: 3, root: 0 };
        let mut s = State::default();
        s.reset(2);
        s.apply(&a, 0);
        s.apply(&a, 0);
        s.apply(&a, 1);
        s.apply(&a, 1);
        assert!(s.is_terminal());
        s.finish_tree(&a, 2, 1, |d| d == 2);
        assert_eq!(&s.heads[1..], &[0, 1]);
        assert_eq!(&s.labels[1..], &[0, 1]);
    }
}
