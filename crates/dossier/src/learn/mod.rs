//! Learning primitives shared by the trained stages.

pub mod binary;
pub mod brown;
pub mod sequence;
