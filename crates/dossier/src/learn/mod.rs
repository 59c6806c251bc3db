//! Learning primitives shared by Dossier's statistical models: sparse hashed
//! features, an averaged perceptron for multiclass scoring, a frozen weight
//! table for fast prediction, a compact binary model format, label interning
//! and a progress hook for training loops.
//!
//! The pieces fit together like this:
//!
//! ```
//! use dossier::learn::{argmax, Features, Labels, Perceptron, Weights};
//!
//! // Name the classes.
//! let mut labels = Labels::new();
//! let (noun, verb) = (labels.intern("NOUN"), labels.intern("VERB"));
//!
//! // Describe an instance by hashed features (template id + values).
//! let mut feats = Features::new();
//! feats.clear();
//! feats.add_str(1, "runs");
//! feats.add_str(2, "s");
//!
//! // Train: score, compare with the truth, update, tick.
//! let mut model = Perceptron::new(labels.len());
//! let mut scores = vec![0.0; labels.len()];
//! for _ in 0..3 {
//!     model.score(feats.keys(), &mut scores);
//!     let guess = argmax(&scores);
//!     model.update(verb, guess, feats.keys());
//!     model.tick();
//! }
//!
//! // Freeze the averaged weights, save and load them, predict.
//! let weights: Weights = model.finish(0.0);
//! let bytes = weights.to_bytes();
//! let weights = Weights::from_bytes(&bytes).unwrap();
//! weights.score(feats.keys(), &mut scores);
//! assert_eq!(argmax(&scores), verb);
//! assert_ne!(noun, verb);
//! ```
//!
//! Files: [`hash`] (feature keys), [`features`] (the per-instance key buffer),
//! [`perceptron`] (training), [`weights`] (frozen weights and scoring),
//! [`partial`] (memoised partial scores), [`codec`] (binary reading and writing), [`labels`] (class names),
//! [`progress`] (training progress reports), [`rng`] (a seeded shuffler),
//! [`scores`] (choosing the best class), [`store`] (embedded or overridden model bytes).
//!
//! For sequence labelling, [`sequence`] builds a linear-chain model (transition
//! weights, structured perceptron training; [`viterbi`] decodes) on the
//! perceptron and weights; [`brown`] induces Brown word clusters from
//! unlabelled text, for features.

pub mod brown;
pub mod codec;
pub mod features;
pub mod hash;
pub mod labels;
pub mod partial;
pub mod perceptron;
pub mod progress;
pub mod rng;
pub mod scores;
pub mod sequence;
pub mod store;
pub mod viterbi;
pub mod weights;

pub use codec::{CodecError, Reader, Writer};
pub use features::Features;
pub use labels::Labels;
pub use partial::PartialSums;
pub use perceptron::Perceptron;
pub use progress::{Progress, Silent};
pub use rng::Rng;
pub use scores::{argmax, argmax_where};
pub use weights::Weights;
