//! The averaged perceptron (Collins 2002) over sparse hashed features, for
//! training; [`Perceptron::finish`] freezes it into [`Weights`] for prediction.

use super::hash::KeyMap;
use super::weights::Weights;

/// One class weight of one feature, with what averaging needs.
#[derive(Clone, Copy, Debug)]
struct Cell {
    class: u32,
    weight: f32,
    /// Sum of the weight over all ticks up to `stamp`.
    total: f64,
    /// Tick of the last change.
    stamp: u64,
}

/// A multiclass averaged perceptron under training. Each feature key owns a
/// short list of (class, weight) cells, so memory grows with the number of
/// weights that were ever updated, not with features x classes.
///
/// The loop is: [`score`](Perceptron::score) an instance, choose a guess,
/// [`update`](Perceptron::update) towards the truth when they differ, and
/// [`tick`](Perceptron::tick) once per instance (averaging counts ticks).
#[derive(Clone, Debug)]
pub struct Perceptron {
    classes: usize,
    index: KeyMap<u32>,
    rows: Vec<Vec<Cell>>,
    now: u64,
}

impl Perceptron {
    /// A model with `classes` classes and no weights.
    pub fn new(classes: usize) -> Self {
        Perceptron {
            classes,
            index: KeyMap::default(),
            rows: Vec::new(),
            now: 0,
        }
    }

    /// Number of classes.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Number of features that have weights.
    pub fn features(&self) -> usize {
        self.rows.len()
    }

    /// Writes the current (not averaged) score of every class into `scores`
    /// (length [`classes`](Perceptron::classes)).
    pub fn score(&self, keys: &[u64], scores: &mut [f32]) {
        scores.fill(0.0);
        for key in keys {
            if let Some(&row) = self.index.get(key) {
                for cell in &self.rows[row as usize] {
                    scores[cell.class as usize] += cell.weight;
                }
            }
        }
    }

    /// Moves the weights of `keys` towards `truth` and away from `guess` by 1
    /// (nothing when they are equal).
    pub fn update(&mut self, truth: usize, guess: usize, keys: &[u64]) {
        if truth != guess {
            self.update_by(truth, guess, keys, 1.0);
        }
    }

    /// Like [`update`](Perceptron::update) with step `step` (for cost-sensitive updates).
    pub fn update_by(&mut self, truth: usize, guess: usize, keys: &[u64], step: f32) {
        for &key in keys {
            let next = self.rows.len() as u32;
            let row = *self.index.entry(key).or_insert(next);
            if row == next {
                self.rows.push(Vec::new());
            }
            let cells = &mut self.rows[row as usize];
            Self::bump(cells, truth, step, self.now);
            Self::bump(cells, guess, -step, self.now);
        }
    }

    fn bump(cells: &mut Vec<Cell>, class: usize, delta: f32, now: u64) {
        let cell = match cells.iter().position(|c| c.class as usize == class) {
            Some(i) => &mut cells[i],
            None => {
                cells.push(Cell {
                    class: class as u32,
                    weight: 0.0,
                    total: 0.0,
                    stamp: now,
                });
                cells.last_mut().expect("just pushed")
            }
        };
        cell.total += (now - cell.stamp) as f64 * cell.weight as f64;
        cell.stamp = now;
        cell.weight += delta;
    }

    /// Marks the end of one training instance.
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// The averaged weights, frozen for prediction. Weights whose absolute
    /// average is below `prune` are dropped (0 keeps every non-zero weight).
    pub fn finish(&self, prune: f32) -> Weights {
        let now = self.now.max(1);
        let mut entries: Vec<(u64, Vec<(u32, f32)>)> = Vec::with_capacity(self.rows.len());
        for (&key, &row) in &self.index {
            let cells: Vec<(u32, f32)> = self.rows[row as usize]
                .iter()
                .map(|c| {
                    let total = c.total + (now - c.stamp) as f64 * c.weight as f64;
                    (c.class, (total / now as f64) as f32)
                })
                .filter(|&(_, w)| w != 0.0 && w.abs() >= prune)
                .collect();
            if !cells.is_empty() {
                entries.push((key, cells));
            }
        }
        Weights::from_rows(self.classes, entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::scores::argmax;

    #[test]
    fn learns_a_separable_problem_and_averages() {
        // Class = which of features 1, 2, 3 is present.
        let data: Vec<(Vec<u64>, usize)> = vec![
            (vec![1, 10], 0),
            (vec![2, 10], 1),
            (vec![3, 10], 2),
            (vec![1, 11], 0),
            (vec![2, 11], 1),
        ];
        let mut p = Perceptron::new(3);
        let mut scores = vec![0.0; 3];
        for _ in 0..5 {
            for (keys, truth) in &data {
                p.score(keys, &mut scores);
                let guess = argmax(&scores);
                p.update(*truth, guess, keys);
                p.tick();
            }
        }
        let w = p.finish(0.0);
        for (keys, truth) in &data {
            w.score(keys, &mut scores);
            assert_eq!(argmax(&scores), *truth);
        }
        assert!(p.features() >= 3);
    }

    #[test]
    fn averaging_weights_by_time() {
        let mut p = Perceptron::new(2);
        p.update(1, 0, &[5]); // at tick 0: class 1 +1, class 0 -1
        for _ in 0..4 {
            p.tick();
        }
        let w = p.finish(0.0);
        let mut scores = vec![0.0; 2];
        w.score(&[5], &mut scores);
        assert!((scores[1] - 1.0).abs() < 1e-3 && (scores[0] + 1.0).abs() < 1e-3);
    }
}
