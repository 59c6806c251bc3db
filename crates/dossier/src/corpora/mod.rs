//! Readers for the annotated corpora Dossier trains on and is measured against
//! (UD CoNLL-U; later CoNLL-2003 and PolNeAR). Only training and evaluation use them.

pub mod conllu;
