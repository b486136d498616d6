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

pub mod applied;
pub mod error;

pub use applied::Applied;
pub use error::EditError;

use crate::model::implementation::costs::{CostLineEdit, CostPlanEdit, FundingEdit};
use crate::model::implementation::{ActionEdit, DocumentEdit, GoalEdit};
use crate::model::teacher_roles::TeacherRoleEdit;
use crate::model::values::date::SchoolYear;
use crate::model::values::ids::LineageId;
use crate::model::Plan;
// The leadership matrix's edits.
pub use crate::model::matrix::{
    AreaEdit, CellEdit, MatrixEdit, MatrixRoleEdit, PersonEdit, StatementEdit,
};

/// An edit of one kind of item (`StatementEdit`, `ActionEdit`, …): how the plan applies it,
/// and whether it types into a text field. The UI applies each kind through this trait
/// rather than through [`Edit`]'s one `match`, so each kind's code stays in the chunk of the
/// section that uses it (the split build); the enum is the list, for tests and merges.
pub trait ItemEdit: Into<Edit> {
    /// Applies the edit with every rule, or refuses it and changes nothing.
    fn apply_to(self, plan: &mut Plan) -> Result<Applied, EditError>;

    /// The text field this edit types into, when it is one: keystrokes in one
    /// field, until it loses focus, are one undo step. Other edits are a step each.
    fn typing_field(&self) -> Option<String> {
        None
    }
}

/// Declares [`Edit`], a variant per kind of item, with how the plan applies each.
macro_rules! edits {
    ($($(#[$doc:meta])* $variant:ident($kind:ty) => |$edit:ident, $plan:ident| $apply:expr;)*) => {
        /// Every change a user can make to a plan: the one list of what a user can do.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Edit {
            $($(#[$doc])* $variant($kind),)*
        }

        $(
            impl From<$kind> for Edit {
                fn from(edit: $kind) -> Self {
                    Edit::$variant(edit)
                }
            }
        )*

        impl Edit {
            fn apply_to(self, plan: &mut Plan) -> Result<Applied, EditError> {
                match self {
                    $(Edit::$variant($edit) => {
                        let $plan = plan;
                        $apply
                    })*
                }
            }

            /// See [`ItemEdit::typing_field`].
            pub fn typing_field(&self) -> Option<String> {
                match self {
                    $(Edit::$variant(edit) => edit.typing_field(),)*
                }
            }
        }
    };
}

edits! {
    /// The plan's title and organization.
    Plan(PlanEdit) => |edit, plan| edit.apply_to(plan);
    // The leadership matrix.
    Statement(StatementEdit) => |edit, plan| edit.apply_to(plan);
    Cell(CellEdit) => |edit, plan| edit.apply_to(plan);
    MatrixRole(MatrixRoleEdit) => |edit, plan| edit.apply_to(plan);
    Area(AreaEdit) => |edit, plan| edit.apply_to(plan);
    Person(PersonEdit) => |edit, plan| edit.apply_to(plan);
    /// The whole matrix at once (restore as published).
    Matrix(MatrixEdit) => |edit, plan| edit.apply_to(plan);
    // Teacher-leader roles.
    TeacherRole(TeacherRoleEdit) => |edit, plan| edit.apply_to(plan);
    // The implementation plan.
    Action(ActionEdit) => |edit, plan| edit.apply_to(plan);
    Document(DocumentEdit) => |edit, plan| edit.apply_to(plan);
    Goal(GoalEdit) => |edit, plan| edit.apply_to(plan);
    // Sustainability: cost plans per school year, their lines and funding.
    CostPlan(CostPlanEdit) => |edit, plan| edit.apply_to(plan);
    CostLine(CostLineEdit) => |edit, plan| edit.apply_to(plan);
    Funding(FundingEdit) => |edit, plan| edit.apply_to(plan);
}

// How each kind applies: most take the whole plan (a delete may clear links
// elsewhere); the implementation plan's take the parts their rules read.
macro_rules! applied_with_plan {
    ($($kind:ty),*) => {
        $(impl ItemEdit for $kind {
            fn apply_to(self, plan: &mut Plan) -> Result<Applied, EditError> {
                self.apply(plan)
            }
        })*
    };
}
applied_with_plan!(
    StatementEdit,
    CellEdit,
    MatrixRoleEdit,
    AreaEdit,
    PersonEdit,
    MatrixEdit,
    CostPlanEdit,
    CostLineEdit,
    FundingEdit
);

impl ItemEdit for TeacherRoleEdit {
    fn apply_to(self, plan: &mut Plan) -> Result<Applied, EditError> {
        self.apply(plan)
    }

    fn typing_field(&self) -> Option<String> {
        TeacherRoleEdit::typing_field(self)
    }
}

impl ItemEdit for ActionEdit {
    fn apply_to(self, plan: &mut Plan) -> Result<Applied, EditError> {
        self.apply(&mut plan.implementation, &plan.matrix)
    }
}

impl ItemEdit for DocumentEdit {
    fn apply_to(self, plan: &mut Plan) -> Result<Applied, EditError> {
        self.apply(&mut plan.implementation, &plan.matrix)
    }
}

impl ItemEdit for GoalEdit {
    fn apply_to(self, plan: &mut Plan) -> Result<Applied, EditError> {
        self.apply(&mut plan.implementation, &plan.teacher_roles)
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
    /// The school year the plan is for, or none. Chosen, not typed: a step
    /// of its own.
    SetSchoolYear(Option<SchoolYear>),
    /// Links the plan to the plans of its school across years (a plan that
    /// had none, when its next school year is started from it).
    SetLineage(LineageId),
}

impl ItemEdit for PlanEdit {
    fn typing_field(&self) -> Option<String> {
        let field = match self {
            PlanEdit::SetTitle(_) => "title",
            PlanEdit::SetDistrict(_) => "district",
            PlanEdit::SetSchool(_) => "school",
            PlanEdit::SetSchoolYear(_) | PlanEdit::SetLineage(_) => return None,
        };
        Some(field.to_string())
    }

    fn apply_to(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let (field, text, label) = match self {
            PlanEdit::SetTitle(text) => (&mut plan.title, text, "edit the plan title"),
            PlanEdit::SetDistrict(text) => {
                (&mut plan.organization.district, text, "edit the district")
            }
            PlanEdit::SetSchool(text) => (&mut plan.organization.school, text, "edit the school"),
            PlanEdit::SetSchoolYear(year) => {
                plan.school_year = year;
                return Ok(Applied::labelled("set the school year"));
            }
            PlanEdit::SetLineage(lineage) => {
                plan.lineage = Some(lineage);
                return Ok(Applied::labelled("link the plan to its next school year"));
            }
        };
        *field = text;
        Ok(Applied::labelled(label))
    }
}

impl Plan {
    /// Applies `edit` with every rule, or refuses it and changes nothing.
    pub fn apply(&mut self, edit: impl Into<Edit>) -> Result<Applied, EditError> {
        edit.into().apply_to(self)
    }
}

#[cfg(test)]
mod tests;
