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

use crate::model::implementation::{ActionEdit, DocumentEdit, GoalEdit};
use crate::model::teacher_roles::TeacherRoleEdit;
use crate::model::Plan;
// The leadership matrix's edits.
pub use crate::model::matrix::{
    AreaEdit, CellEdit, MatrixEdit, MatrixRoleEdit, PersonEdit, StatementEdit,
};

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
    // The leadership matrix.
    Statement(StatementEdit),
    Cell(CellEdit),
    MatrixRole(MatrixRoleEdit),
    Area(AreaEdit),
    Person(PersonEdit),
    Matrix(MatrixEdit),
    TeacherRole(TeacherRoleEdit),
    Action(ActionEdit),
    Document(DocumentEdit),
    Goal(GoalEdit),
}

impl From<PlanEdit> for Edit {
    fn from(edit: PlanEdit) -> Self {
        Edit::Plan(edit)
    }
}

// The leadership matrix's edits.
impl From<StatementEdit> for Edit {
    fn from(edit: StatementEdit) -> Self {
        Edit::Statement(edit)
    }
}
impl From<CellEdit> for Edit {
    fn from(edit: CellEdit) -> Self {
        Edit::Cell(edit)
    }
}
impl From<MatrixRoleEdit> for Edit {
    fn from(edit: MatrixRoleEdit) -> Self {
        Edit::MatrixRole(edit)
    }
}
impl From<AreaEdit> for Edit {
    fn from(edit: AreaEdit) -> Self {
        Edit::Area(edit)
    }
}
impl From<PersonEdit> for Edit {
    fn from(edit: PersonEdit) -> Self {
        Edit::Person(edit)
    }
}
impl From<MatrixEdit> for Edit {
    fn from(edit: MatrixEdit) -> Self {
        Edit::Matrix(edit)
    }
}
impl From<TeacherRoleEdit> for Edit {
    fn from(edit: TeacherRoleEdit) -> Self {
        Edit::TeacherRole(edit)
    }
}
impl From<ActionEdit> for Edit {
    fn from(edit: ActionEdit) -> Self {
        Edit::Action(edit)
    }
}

impl From<DocumentEdit> for Edit {
    fn from(edit: DocumentEdit) -> Self {
        Edit::Document(edit)
    }
}

impl From<GoalEdit> for Edit {
    fn from(edit: GoalEdit) -> Self {
        Edit::Goal(edit)
    }
}

impl Edit {
    /// The text field this edit types into, when it is one: keystrokes in one
    /// field, until it loses focus, are one undo step. Other edits are a step each.
    pub fn typing_field(&self) -> Option<String> {
        match self {
            Edit::Plan(edit) => edit.typing_field(),
            // The matrix's fields are committed on `change`, one step each.
            Edit::Statement(_)
            | Edit::Cell(_)
            | Edit::MatrixRole(_)
            | Edit::Area(_)
            | Edit::Person(_)
            | Edit::Matrix(_) => None,
            Edit::TeacherRole(edit) => edit.typing_field(),
            // The implementation plan's fields edit on `change`, a step each.
            Edit::Action(_) | Edit::Document(_) | Edit::Goal(_) => None,
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
            // The leadership matrix.
            Edit::Statement(edit) => edit.apply(self),
            Edit::Cell(edit) => edit.apply(self),
            Edit::MatrixRole(edit) => edit.apply(self),
            Edit::Area(edit) => edit.apply(self),
            Edit::Person(edit) => edit.apply(self),
            Edit::Matrix(edit) => edit.apply(self),
            Edit::TeacherRole(edit) => edit.apply(self),
            Edit::Action(edit) => edit.apply(&mut self.implementation, &self.matrix),
            Edit::Document(edit) => edit.apply(&mut self.implementation, &self.matrix),
            Edit::Goal(edit) => edit.apply(&mut self.implementation, &self.teacher_roles),
        }
    }
}

#[cfg(test)]
mod tests;
