//! Stage 4, entities: named-entity mentions (the recogniser); resolving them
//! into entity records comes later.

pub mod recognize;

pub use recognize::Recognizer;
