//! Edits as data: every change a user can make to a plan is a value of
//! [`Edit`], the one list of what a user can do. [`Plan::apply`] applies it
//! with every rule (references, ranges, uniqueness) or refuses it with an
//! [`EditError`] and changes nothing; what it did comes back as [`Applied`],
//! whose label names the undo step. Because edits are values, they can be
//! tested natively through the same path the UI takes, listed, and (later)
//! replayed by a merge of two plans.
//!
//! Each kind of item has its edit type next to the item's code (for example
//! `matrix::StatementEdit`); this module gathers them and owns the edits of
//! the plan itself (title, organization) and those that reach across parts
//! (deleting a person clears what they owned everywhere).

pub mod error;

pub use error::EditError;

use crate::model::implementation::costs::{CostLineEdit, CostPlanEdit, FundingEdit};
use crate::model::Plan;

/// What an applied edit did: the name of its undo step, and what to tell the
/// user beyond what the page already shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// Names the undo step, in the words of the Undo button: "edit the plan title".
    pub label: String,
    /// A message for the live region ("Statement added."), if any.
    pub notice: Option<String>,
    /// For a change that is easy to regret (a delete, a restore): the message
    /// shown with its own Undo button ("Deleted role Finance Officer.").
    pub regrettable: Option<String>,
}

impl Applied {
    /// An edit whose result the page shows by itself.
    pub fn labelled(label: impl Into<String>) -> Self {
        Applied {
            label: label.into(),
            notice: None,
            regrettable: None,
        }
    }

    /// Also says `notice` in the live region.
    pub fn with_notice(mut self, notice: impl Into<String>) -> Self {
        self.notice = Some(notice.into());
        self
    }

    /// Also offers Undo next to `message`.
    pub fn regrettable(mut self, message: impl Into<String>) -> Self {
        self.regrettable = Some(message.into());
        self
    }
}

/// Every change a user can make to a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Plan(PlanEdit),
    CostPlan(CostPlanEdit),
    CostLine(CostLineEdit),
    Funding(FundingEdit),
}

impl From<PlanEdit> for Edit {
    fn from(edit: PlanEdit) -> Self {
        Edit::Plan(edit)
    }
}

impl From<CostPlanEdit> for Edit {
    fn from(edit: CostPlanEdit) -> Self {
        Edit::CostPlan(edit)
    }
}

impl From<CostLineEdit> for Edit {
    fn from(edit: CostLineEdit) -> Self {
        Edit::CostLine(edit)
    }
}

impl From<FundingEdit> for Edit {
    fn from(edit: FundingEdit) -> Self {
        Edit::Funding(edit)
    }
}

impl Edit {
    /// The text field this edit types into, when it is one: keystrokes in one
    /// field, until it loses focus, are one undo step. Other edits are a step each.
    pub fn typing_field(&self) -> Option<String> {
        match self {
            Edit::Plan(edit) => edit.typing_field(),
            // Costs and funding are committed when a field is left, not typed.
            Edit::CostPlan(_) | Edit::CostLine(_) | Edit::Funding(_) => None,
        }
    }
}

/// Edits of the plan itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanEdit {
    /// The plan's title; may be empty while typing (the window title then
    /// falls back to the organization).
    SetTitle(String),
    SetDistrict(String),
    SetSchool(String),
}

impl PlanEdit {
    fn typing_field(&self) -> Option<String> {
        Some(
            match self {
                PlanEdit::SetTitle(_) => "title",
                PlanEdit::SetDistrict(_) => "district",
                PlanEdit::SetSchool(_) => "school",
            }
            .to_string(),
        )
    }

    fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let (field, text, label) = match self {
            PlanEdit::SetTitle(text) => (&mut plan.title, text, "edit the plan title"),
            PlanEdit::SetDistrict(text) => {
                (&mut plan.organization.district, text, "edit the district")
            }
            PlanEdit::SetSchool(text) => (&mut plan.organization.school, text, "edit the school"),
        };
        *field = text;
        Ok(Applied::labelled(label))
    }
}

impl Plan {
    /// Applies `edit` with every rule, or refuses it and changes nothing.
    pub fn apply(&mut self, edit: impl Into<Edit>) -> Result<Applied, EditError> {
        match edit.into() {
            Edit::Plan(edit) => edit.apply(self),
            Edit::CostPlan(edit) => edit.apply(self),
            Edit::CostLine(edit) => edit.apply(self),
            Edit::Funding(edit) => edit.apply(self),
        }
    }
}

#[cfg(test)]
mod tests;
