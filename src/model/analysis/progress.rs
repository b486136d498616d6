//! Progress over the years: the share of matrix statements in place, per
//! responsibility area and overall, year by year, for the plans of one school
//! (one lineage). Built on the district roll-up: a year is a row, as a school is.

use crate::model::analysis::district::{District, DistrictArea};
use crate::model::matrix::Tally;
use crate::model::values::date::SchoolYear;
use crate::model::values::ids::LineageId;
use crate::model::Plan;

/// One school year of a lineage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearRow {
    pub year: SchoolYear,
    /// Every statement of that year's plan.
    pub overall: Tally,
    /// One per `Progress::areas` column; `None` when that year's plan lacks the area.
    pub areas: Vec<Option<Tally>>,
}

/// The plans of one lineage, year by year (oldest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The responsibility areas, matched across years as the district roll-up matches them.
    pub areas: Vec<DistrictArea>,
    pub years: Vec<YearRow>,
}

impl Progress {
    /// The progress of the plans given (any order): those with a school year,
    /// one per year (where two share a year, the first given counts), oldest
    /// first. `None` unless at least two years are there to compare.
    pub fn of<'a>(plans: impl IntoIterator<Item = &'a Plan>) -> Option<Progress> {
        let _ = (plans.into_iter().count(), District::new()); // filled in by issue 22's work
        None
    }
}

/// Plans grouped by lineage, for the District view: each group of two or more
/// school years gives its progress, with the lineage it follows.
pub fn by_lineage<'a>(plans: impl IntoIterator<Item = &'a Plan>) -> Vec<(LineageId, Progress)> {
    let _ = plans.into_iter().count();
    Vec::new()
}

#[cfg(test)]
mod tests;
