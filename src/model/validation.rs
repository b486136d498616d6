//! What `Plan::validate` and its parts report: where the problem is (a field
//! path such as `matrix.cells[3].role`) and what it is. The wording of
//! `Display` is what people read when a file is refused.

use std::collections::HashSet;
use std::fmt;

use crate::model::values::ids::{AreaId, PersonId, RoleId, StatementId, TeacherRoleId};

/// A rule broken at one place of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// Field path, relative to whatever was validated (`roles[1].id`).
    pub path: String,
    pub problem: Problem,
}

impl ValidationError {
    pub fn new(path: impl Into<String>, problem: Problem) -> Self {
        ValidationError {
            path: path.into(),
            problem,
        }
    }

    /// An error already worded as "path: what is wrong" (the implementation
    /// plan's checks), split into its path and its description.
    pub fn described(text: String) -> Self {
        match text.split_once(": ") {
            Some((path, detail)) => {
                ValidationError::new(path, Problem::Described(detail.to_string()))
            }
            None => ValidationError::new("", Problem::Described(text)),
        }
    }

    /// The same error seen from the enclosing value: `roles[1].id` inside
    /// `matrix` becomes `matrix.roles[1].id`.
    pub fn within(self, parent: &str) -> Self {
        ValidationError {
            path: format!("{parent}.{}", self.path),
            problem: self.problem,
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

impl std::error::Error for ValidationError {}

/// The kinds of matrix ids, for messages about any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Role,
    Area,
    Statement,
    Person,
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdKind::Role => "role",
            IdKind::Area => "area",
            IdKind::Statement => "statement",
            IdKind::Person => "person",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    // ----- matrix -----
    EmptyId,
    DuplicateId {
        kind: IdKind,
        id: String,
    },
    UnknownId {
        kind: IdKind,
        id: String,
    },
    RoleHeldTwice(RoleId),
    SecondCell {
        role: RoleId,
        area: AreaId,
    },
    MissingCell {
        role: RoleId,
        area: AreaId,
    },
    StatementsInNotApplicableCell,
    OwnerDoesNotHoldRole {
        person: PersonId,
        role: RoleId,
    },
    // ----- teacher-leader roles -----
    MissingTeacherRoleId,
    TeacherRoleIdTaken(TeacherRoleId),
    EmptyValue,
    ValueListedTwice(String),
    ListedTwice,
    LeadingPercentOutOfRange(u32),
    UnknownMatrixRole(RoleId),
    /// A problem worded where it was found (the implementation plan's checks).
    Described(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::EmptyId => write!(f, "must not be empty"),
            Problem::Described(detail) => f.write_str(detail),
            Problem::DuplicateId { kind, id } => write!(f, "duplicate {kind} id \"{id}\""),
            Problem::UnknownId { kind, id } => write!(f, "no {kind} with id \"{id}\""),
            Problem::RoleHeldTwice(role) => write!(f, "role \"{role}\" listed twice"),
            Problem::SecondCell { role, area } => {
                write!(f, "a second cell for role \"{role}\" and area \"{area}\"")
            }
            Problem::MissingCell { role, area } => {
                write!(f, "no cell for role \"{role}\" and area \"{area}\"")
            }
            Problem::StatementsInNotApplicableCell => {
                write!(f, "a cell marked N/A must have no statements")
            }
            Problem::OwnerDoesNotHoldRole { person, role } => {
                write!(f, "person \"{person}\" does not hold role \"{role}\"")
            }
            Problem::MissingTeacherRoleId => write!(f, "a role needs an id"),
            Problem::TeacherRoleIdTaken(id) => {
                write!(f, "the id \"{id}\" is used by another role")
            }
            Problem::EmptyValue => write!(f, "the value is empty"),
            Problem::ValueListedTwice(value) => write!(f, "\"{value}\" is listed twice"),
            Problem::ListedTwice => write!(f, "listed twice"),
            Problem::LeadingPercentOutOfRange(p) => write!(
                f,
                "the share of time leading must be from 0 to 100, found {p}"
            ),
            Problem::UnknownMatrixRole(id) => {
                write!(f, "there is no leadership matrix role with id \"{id}\"")
            }
        }
    }
}

/// Why a statement's owner could not be set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerError {
    NoSuchStatement(StatementId),
    NoSuchPerson(PersonId),
    DoesNotHoldRole { person: PersonId, role: RoleId },
}

impl fmt::Display for OwnerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OwnerError::NoSuchStatement(id) => write!(f, "no statement with id \"{id}\""),
            OwnerError::NoSuchPerson(id) => write!(f, "no person with id \"{id}\""),
            OwnerError::DoesNotHoldRole { person, role } => {
                write!(f, "person \"{person}\" does not hold role \"{role}\"")
            }
        }
    }
}

impl std::error::Error for OwnerError {}

/// An id must be non-empty and not used by another item of its kind.
pub(crate) fn check_id<'a>(
    at: &str,
    id: &'a str,
    seen: &mut HashSet<&'a str>,
    kind: &str,
) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err(format!("{at}.id: must not be empty"));
    }
    if !seen.insert(id) {
        return Err(format!("{at}.id: duplicate {kind} id \"{id}\""));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_and_problem_read_as_one_sentence() {
        let error = ValidationError::new(
            "roles[1].id",
            Problem::DuplicateId {
                kind: IdKind::Role,
                id: "finance-officer".into(),
            },
        )
        .within("matrix");
        assert_eq!(error.path, "matrix.roles[1].id");
        assert_eq!(
            error.to_string(),
            "matrix.roles[1].id: duplicate role id \"finance-officer\""
        );
    }
}
