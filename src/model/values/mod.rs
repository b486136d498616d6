//! Values every part of the plan uses: typed ids, money in cents, dates and
//! school years, and the fixed vocabularies (`keyed_enum!`).

pub mod date;
pub mod ids;
pub mod json;
pub mod keyed_enum;
pub mod money;
pub mod text;
