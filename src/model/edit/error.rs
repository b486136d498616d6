//! Why an edit of the plan is refused, and helpers every domain's edits share.
//! A leaf: it knows the plan's values, not its parts, so every domain can use it.

use std::fmt;

use crate::model::values::date::SchoolYear;
use crate::model::values::ids::{
    ActionId, AreaId, CostLineId, DocumentId, FundingId, GoalId, PersonId, RoleId, StatementId,
    TeacherRoleId,
};
use crate::model::values::money::Cents;

/// Why an edit was refused. Nothing changes when one is returned; the
/// message says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The text, title or description is blank.
    EmptyText,
    NoSuchAction(ActionId),
    NoSuchDocument(DocumentId),
    NoSuchGoal(GoalId),
    NoSuchCostLine(CostLineId),
    NoSuchFunding(FundingId),
    NoSuchSchoolYear(SchoolYear),
    NoSuchPerson(PersonId),
    NoSuchTeacherRole(TeacherRoleId),
    /// A cost plan for that school year exists already.
    SchoolYearExists(SchoolYear),
    /// An amount below zero or above [`Cents::MAX_AMOUNT`].
    AmountOutOfRange(Cents),
    /// A role cost line for no people.
    NoPeople,
    // The leadership matrix's refusals.
    NoSuchStatement(StatementId),
    NoSuchMatrixRole(RoleId),
    NoSuchArea(AreaId),
    /// No cell for this role × area pair (the role or the area is gone).
    NoSuchCell {
        role: RoleId,
        area: AreaId,
    },
    /// Only cells of the published roles and areas can be restored.
    NoSourceCell {
        role: RoleId,
        area: AreaId,
    },
    /// A statement's owner must hold the statement's cell role.
    NotRoleHolder {
        person: PersonId,
        role: RoleId,
    },
    /// A role, area or person (the word given) must have a name.
    NameRequired(&'static str),
    // Teacher-leader roles.
    /// No example role of the source has this key.
    NoSuchRoleTemplate(String),
    /// The value is on the role's list already (as typed, trimmed).
    AlreadyListed(String),
    /// The item is in the role's development plan already (as typed, trimmed).
    AlreadyInDevelopmentPlan(String),
    /// A share of time leading above 100%.
    LeadingPercentOutOfRange(u32),
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::EmptyText => write!(f, "Write something first: the text is empty"),
            EditError::NoSuchAction(id) => write!(f, "There is no action with id \"{id}\""),
            EditError::NoSuchDocument(id) => write!(f, "There is no document with id \"{id}\""),
            EditError::NoSuchGoal(id) => write!(f, "There is no goal with id \"{id}\""),
            EditError::NoSuchCostLine(id) => write!(f, "There is no cost line with id \"{id}\""),
            EditError::NoSuchFunding(id) => {
                write!(f, "There is no funding source with id \"{id}\"")
            }
            EditError::NoSuchSchoolYear(year) => {
                write!(f, "There is no cost plan for the school year {year}")
            }
            EditError::NoSuchPerson(id) => write!(
                f,
                "There is no person with id \"{id}\" in the leadership matrix's People"
            ),
            EditError::NoSuchTeacherRole(id) => {
                write!(f, "There is no teacher-leader role with id \"{id}\"")
            }
            EditError::SchoolYearExists(year) => {
                write!(f, "There is already a cost plan for the school year {year}")
            }
            EditError::AmountOutOfRange(amount) => write!(
                f,
                "An amount must be from 0 to 1,000,000,000.00, found {}",
                amount.to_plain_string()
            ),
            EditError::NoPeople => write!(f, "A role's cost line is for at least one person"),
            EditError::NoSuchStatement(id) => {
                write!(f, "There is no matrix statement with id \"{id}\"")
            }
            EditError::NoSuchMatrixRole(id) => {
                write!(f, "There is no leadership matrix role with id \"{id}\"")
            }
            EditError::NoSuchArea(id) => {
                write!(f, "There is no responsibility area with id \"{id}\"")
            }
            EditError::NoSuchCell { role, area } => write!(
                f,
                "There is no matrix cell for role \"{role}\" and area \"{area}\": its role or area was deleted"
            ),
            EditError::NoSourceCell { role, area } => write!(
                f,
                "The cell for role \"{role}\" and area \"{area}\" is not in the published matrix, so there is nothing to restore"
            ),
            EditError::NotRoleHolder { person, role } => write!(
                f,
                "Person \"{person}\" does not hold role \"{role}\": give them the role in the People tab first"
            ),
            EditError::NameRequired(what) => {
                write!(f, "A {what} needs a name (use Delete to remove one)")
            }
            EditError::NoSuchRoleTemplate(key) => {
                write!(f, "There is no example role with key \"{key}\"")
            }
            EditError::AlreadyListed(text) => write!(f, "“{text}” is already listed"),
            EditError::AlreadyInDevelopmentPlan(text) => {
                write!(f, "“{text}” is already in the development plan")
            }
            EditError::LeadingPercentOutOfRange(p) => write!(
                f,
                "The share of time leading is a whole number from 0 to 100, not {p}"
            ),
        }
    }
}

impl std::error::Error for EditError {}

/// Moves the item at `at` one place up (`up`) or down; false at the ends.
pub(crate) fn move_one<T>(items: &mut [T], at: usize, up: bool) -> bool {
    if up && at > 0 {
        items.swap(at, at - 1);
        true
    } else if !up && at + 1 < items.len() {
        items.swap(at, at + 1);
        true
    } else {
        false
    }
}
