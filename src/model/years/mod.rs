//! Plans over time: the next school year's plan made from this year's, and
//! (in `analysis::progress`) progress across the years of one school.

use std::fmt;

use super::values::date::SchoolYear;
use super::values::ids::LineageId;
use super::Plan;

/// What the user chooses when starting the next school year. Roles, areas,
/// statements, people, holders and teacher-leader roles are always kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextYearChoices {
    /// Keep each matrix statement's status (else every one is "Not assessed").
    pub keep_statuses: bool,
    /// Keep each action's status (else every one is "Not started").
    pub keep_action_progress: bool,
    /// Clear notes (statements', actions', documents') and dates (target dates,
    /// documents' dates, the cost plan's review date).
    pub clear_notes_and_dates: bool,
}

impl Default for NextYearChoices {
    /// What the dialog offers first: a fresh assessment and fresh progress,
    /// last year's notes and dates cleared.
    fn default() -> Self {
        NextYearChoices {
            keep_statuses: false,
            keep_action_progress: false,
            clear_notes_and_dates: true,
        }
    }
}

/// Why the next school year could not be started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextYearError {
    /// The plan has no school year to follow: set it first.
    NoSchoolYear,
    /// The school year is the last one the planner can write (9999-00).
    LastYear,
}

impl fmt::Display for NextYearError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NextYearError::NoSchoolYear => write!(
                f,
                "This plan has no school year yet. Set its school year, then start the next one."
            ),
            NextYearError::LastYear => {
                write!(f, "There is no school year after this one to start.")
            }
        }
    }
}

impl Plan {
    /// The plan for the school year after this one, by `choices`. It keeps the
    /// lineage (a plan without one gets `new_lineage`, which the caller then
    /// also gives this plan, so the two are linked).
    pub fn next_school_year(
        &self,
        choices: NextYearChoices,
        new_lineage: LineageId,
    ) -> Result<Plan, NextYearError> {
        let year = self.school_year.ok_or(NextYearError::NoSchoolYear)?;
        let next: SchoolYear = year.next().ok_or(NextYearError::LastYear)?;
        let mut plan = self.clone();
        plan.school_year = Some(next);
        plan.lineage = Some(self.lineage.clone().unwrap_or(new_lineage));
        let _ = choices; // the rules: see tests (issue 22), filled in next
        Ok(plan)
    }
}

#[cfg(test)]
mod tests;
