//! Plans over time: the next school year's plan made from this year's, and
//! (in `analysis::progress`) progress across the years of one school.

use std::fmt;

use super::implementation::ActionStatus;
use super::matrix::Status;
use super::values::date::SchoolYear;
use super::values::ids::LineageId;
use super::Plan;

/// What the user chooses when starting the next school year. Roles, areas,
/// statements (their text and owners), people and the roles they hold,
/// teacher-leader roles (all of each, development items and their statuses
/// included), the implementation plan's actions, documents and goals (their
/// words, owners, locations and goal links) and every cost plan are always
/// kept, with their ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextYearChoices {
    /// Keep each matrix statement's status (else every one is "Not assessed").
    pub keep_statuses: bool,
    /// Keep each action's status (else every one is "Not started"). Planning
    /// documents keep their status either way: a job description adopted
    /// last year is still adopted.
    pub keep_action_progress: bool,
    /// Clear notes and dates. Notes: matrix statements', actions', planning
    /// documents' and goals'. Dates: actions' target dates, planning
    /// documents' last review dates and the cost plans' review date. The cost
    /// plans' lines and funding keep their notes: each cost plan is kept whole
    /// for its own school year (the next year's is often planned ahead).
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
    /// The school year is the last one the planner can write (9998-99).
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
    /// The plan for the school year after this one, by `choices` (see
    /// [`NextYearChoices`] for what each resets or clears; everything else is
    /// kept as it is, ids included, so the result validates as this plan
    /// does). The title's mention of this school year ("2026-27", or
    /// "2026-2027", with a hyphen, en dash or slash) becomes the next one's in
    /// the same spelling; a title without one is kept. It keeps the lineage
    /// (a plan without one gets `new_lineage`, which the caller then also
    /// gives this plan, so the two are linked).
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
        // A new document: nothing of it has been shared yet (see `merge`).
        plan.versions = Default::default();
        plan.title = replace_school_year(&self.title, year, next);
        if !choices.keep_statuses {
            for statement in plan.matrix.cells.iter_mut().flat_map(|c| &mut c.statements) {
                statement.status = Status::NotAssessed;
            }
        }
        let implementation = &mut plan.implementation;
        if !choices.keep_action_progress {
            for action in implementation.considerations.values_mut().flatten() {
                action.status = ActionStatus::NotStarted;
            }
        }
        if choices.clear_notes_and_dates {
            for statement in plan.matrix.cells.iter_mut().flat_map(|c| &mut c.statements) {
                statement.note.clear();
            }
            for action in implementation.considerations.values_mut().flatten() {
                action.note.clear();
                action.target_date = None;
            }
            for document in &mut implementation.documents {
                document.note.clear();
                document.last_reviewed = None;
            }
            for goal in &mut implementation.goals {
                goal.note.clear();
            }
            implementation.sustainability.review_date = None;
        }
        Ok(plan)
    }
}

/// `text` with each mention of `old` (short or long form, any separator
/// `SchoolYear::parse` reads, not inside a longer run of digits) written as
/// `new` in the same form and separator.
fn replace_school_year(text: &str, old: SchoolYear, new: SchoolYear) -> String {
    let spellings = |year: SchoolYear, separator: char| {
        let (first, second) = (year.first_year(), year.first_year() + 1);
        [
            format!("{first}{separator}{second}"),
            format!("{first}{separator}{:02}", second % 100),
        ]
    };
    let mut text = text.to_string();
    for separator in ['-', '–', '/'] {
        for (from, to) in spellings(old, separator)
            .into_iter()
            .zip(spellings(new, separator))
        {
            text = replace_whole(&text, &from, &to);
        }
    }
    text
}

/// `text` with each `from` that has no digit right before or after it
/// replaced by `to`.
fn replace_whole(text: &str, from: &str, to: &str) -> String {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, _) in text.match_indices(from) {
        let end = at + from.len();
        if digit(text[..at].chars().next_back()) || digit(text[end..].chars().next()) {
            continue;
        }
        out.push_str(&text[copied..at]);
        out.push_str(to);
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests;
