//! Table-driven lookups over the whole knowledge base.

mod countries;
mod groups;
mod places;
mod roles;

use super::Kb;

fn kb() -> &'static Kb {
    Kb::get()
}
