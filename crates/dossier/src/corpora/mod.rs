//! Readers for the annotated corpora Dossier trains on and is measured against
//! (UD CoNLL-U, CoNLL-2003; later PolNeAR), and for unlabelled running text.
//! Only training and evaluation use them.

pub mod conll2003;
pub mod conllu;
pub mod unlabelled;
