//! The matrix's changes as values ("Edits as data"): statements, cells,
//! roles, areas, people, and putting the whole matrix back as published.
//! Each edit checks its rules first and refuses with an [`EditError`]
//! before anything changes; what it did comes back as [`Applied`], named in
//! the words of the Undo button.
//!
//! Every `apply` takes the whole plan: deleting a role, deleting a person and
//! restoring the matrix clear links from the other parts of the plan, and one
//! signature keeps the dispatch in `edit/mod.rs` uniform.

use crate::model::edit::applied::Applied;
use crate::model::edit::error::EditError;
use crate::model::values::ids::{AreaId, PersonId, RoleId, StatementId};
use crate::model::Plan;

use super::{Matrix, Status};

/// A change to one statement, or a new statement in a cell.
#[derive(Debug, Clone, PartialEq)]
pub enum StatementEdit {
    /// A new statement at the end of a cell; makes an N/A cell applicable.
    Add {
        role: RoleId,
        area: AreaId,
        text: String,
    },
    SetText {
        id: StatementId,
        text: String,
    },
    SetStatus {
        id: StatementId,
        status: Status,
    },
    /// `None` clears the owner; a person must hold the cell's role.
    SetOwner {
        id: StatementId,
        owner: Option<PersonId>,
    },
    SetNote {
        id: StatementId,
        note: String,
    },
    /// Up (negative `delta`) or down within its cell.
    Move {
        id: StatementId,
        delta: isize,
    },
    Delete {
        id: StatementId,
    },
}

/// A change to one role × area cell as a whole.
#[derive(Debug, Clone, PartialEq)]
pub enum CellEdit {
    /// Marking N/A removes the cell's statements and lead-in.
    SetNotApplicable {
        role: RoleId,
        area: AreaId,
        value: bool,
    },
    SetLeadIn {
        role: RoleId,
        area: AreaId,
        text: String,
    },
    /// Back to the published cell (see `Matrix::restore_cell`).
    Restore { role: RoleId, area: AreaId },
}

/// A change to a role (a column of the matrix).
#[derive(Debug, Clone, PartialEq)]
pub enum MatrixRoleEdit {
    Add {
        name: String,
        description: String,
    },
    Rename {
        id: RoleId,
        name: String,
    },
    Describe {
        id: RoleId,
        description: String,
    },
    /// Left (negative `delta`) or right.
    Move {
        id: RoleId,
        delta: isize,
    },
    /// Also removes its cells, people's links to it and teacher-leader
    /// roles' links to it.
    Delete {
        id: RoleId,
    },
}

/// A change to a responsibility area (a row of the matrix).
#[derive(Debug, Clone, PartialEq)]
pub enum AreaEdit {
    Add {
        name: String,
    },
    Rename {
        id: AreaId,
        name: String,
    },
    /// Up (negative `delta`) or down.
    Move {
        id: AreaId,
        delta: isize,
    },
    /// Also removes its cells and their statements.
    Delete {
        id: AreaId,
    },
}

/// A change to a person of the leadership team.
#[derive(Debug, Clone, PartialEq)]
pub enum PersonEdit {
    Add {
        name: String,
        position: String,
    },
    Rename {
        id: PersonId,
        name: String,
    },
    SetPosition {
        id: PersonId,
        position: String,
    },
    AssignRole {
        person: PersonId,
        role: RoleId,
    },
    /// Also clears their ownership of that role's statements.
    UnassignRole {
        person: PersonId,
        role: RoleId,
    },
    /// Also clears what they owned across the plan (statements, actions, documents).
    Delete {
        id: PersonId,
    },
}

/// A change to the whole matrix.
#[derive(Debug, Clone, PartialEq)]
pub enum MatrixEdit {
    /// Back to the published matrix (see `Matrix::restore_all`); people are
    /// kept, and teacher-leader roles' links to removed roles are cleared.
    RestoreAll { keep_assessments: bool },
}

/// A statement's text cut to fit in a label: "edit statement “Reviews…”".
pub fn short(text: &str) -> String {
    crate::model::values::text::short(text, 60)
}

impl Matrix {
    /// "Role · Area", how labels name a cell; refused when the pair has no cell.
    fn place(&self, role: &RoleId, area: &AreaId) -> Result<String, EditError> {
        match (self.role(role), self.area(area), self.cell(role, area)) {
            (Some(r), Some(a), Some(_)) => Ok(format!("{} · {}", r.name, a.name)),
            _ => Err(EditError::NoSuchCell {
                role: role.clone(),
                area: area.clone(),
            }),
        }
    }

    fn existing_statement(&self, id: &StatementId) -> Result<&super::Statement, EditError> {
        self.statement(id)
            .ok_or_else(|| EditError::NoSuchStatement(id.clone()))
    }

    fn existing_role(&self, id: &RoleId) -> Result<&super::MatrixRole, EditError> {
        self.role(id)
            .ok_or_else(|| EditError::NoSuchMatrixRole(id.clone()))
    }

    fn existing_area(&self, id: &AreaId) -> Result<&super::Area, EditError> {
        self.area(id)
            .ok_or_else(|| EditError::NoSuchArea(id.clone()))
    }

    fn existing_person(&self, id: &PersonId) -> Result<&super::Person, EditError> {
        self.person(id)
            .ok_or_else(|| EditError::NoSuchPerson(id.clone()))
    }
}

/// Refuses a blank name for a role, area or person (`what`).
fn named(name: &str, what: &'static str) -> Result<(), EditError> {
    if name.trim().is_empty() {
        Err(EditError::NameRequired(what))
    } else {
        Ok(())
    }
}

impl StatementEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let matrix = &mut plan.matrix;
        match self {
            StatementEdit::Add { role, area, text } => {
                let place = matrix.place(&role, &area)?;
                if text.trim().is_empty() {
                    return Err(EditError::EmptyText);
                }
                matrix.add_statement(&role, &area, &text);
                Ok(Applied::labelled(format!("add a statement to {place}"))
                    .with_notice("Statement added."))
            }
            StatementEdit::SetText { id, text } => {
                matrix.existing_statement(&id)?;
                if text.trim().is_empty() {
                    return Err(EditError::EmptyText);
                }
                matrix.edit_statement(&id, &text);
                Ok(Applied::labelled(format!(
                    "edit statement “{}”",
                    short(&text)
                )))
            }
            StatementEdit::SetStatus { id, status } => {
                matrix.existing_statement(&id)?;
                matrix.set_status(&id, status);
                Ok(Applied::labelled(format!("set status {}", status.label()))
                    .with_notice(format!("Status: {}.", status.label())))
            }
            StatementEdit::SetOwner { id, owner } => {
                let role = matrix
                    .locate(&id)
                    .map(|(cell, _)| cell.role.clone())
                    .ok_or_else(|| EditError::NoSuchStatement(id.clone()))?;
                if let Some(person) = &owner {
                    matrix.existing_person(person)?;
                    if !matrix.may_own(person, &role) {
                        return Err(EditError::NotRoleHolder {
                            person: person.clone(),
                            role,
                        });
                    }
                }
                // Checked above, so this cannot be refused.
                matrix
                    .set_owner(&id, owner.as_ref())
                    .map_err(|_| EditError::NoSuchStatement(id))?;
                Ok(Applied::labelled("set a statement's owner"))
            }
            StatementEdit::SetNote { id, note } => {
                matrix.existing_statement(&id)?;
                matrix.set_note(&id, &note);
                Ok(Applied::labelled("edit a statement's note"))
            }
            StatementEdit::Move { id, delta } => {
                matrix.existing_statement(&id)?;
                let applied = Applied::labelled("move a statement");
                if !matrix.move_statement(&id, delta) {
                    return Ok(applied);
                }
                let number = matrix.locate(&id).map_or(0, |(_, index)| index + 1);
                Ok(applied.with_notice(format!("Moved to position {number}.")))
            }
            StatementEdit::Delete { id } => {
                let text = short(&matrix.existing_statement(&id)?.text);
                matrix.delete_statement(&id);
                Ok(Applied::labelled(format!("delete statement “{text}”"))
                    .regrettable(format!("Deleted statement “{text}”"))
                    .with_notice("Statement deleted."))
            }
        }
    }
}

impl CellEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let matrix = &mut plan.matrix;
        match self {
            CellEdit::SetNotApplicable { role, area, value } => {
                let place = matrix.place(&role, &area)?;
                let removed = matrix.set_not_applicable(&role, &area, value).len();
                Ok(if value && removed > 0 {
                    Applied::labelled(format!("mark {place} N/A"))
                        .regrettable(format!("Marked {place} N/A, removing {removed} statements"))
                        .with_notice(format!("Marked N/A. {removed} statements removed."))
                } else if value {
                    Applied::labelled(format!("mark {place} N/A")).with_notice("Marked N/A.")
                } else {
                    Applied::labelled(format!("clear N/A on {place}")).with_notice("No longer N/A.")
                })
            }
            CellEdit::SetLeadIn { role, area, text } => {
                let place = matrix.place(&role, &area)?;
                matrix.set_lead_in(&role, &area, &text);
                Ok(Applied::labelled(format!("edit the lead-in of {place}")))
            }
            CellEdit::Restore { role, area } => {
                let place = matrix.place(&role, &area)?;
                if !Matrix::has_source_cell(&role, &area) {
                    return Err(EditError::NoSourceCell { role, area });
                }
                matrix.restore_cell(&role, &area);
                Ok(Applied::labelled(format!("restore {place} to the source"))
                    .regrettable(format!("Restored {place} to the source"))
                    .with_notice("Cell restored to the source text."))
            }
        }
    }
}

impl MatrixRoleEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let matrix = &mut plan.matrix;
        match self {
            MatrixRoleEdit::Add { name, description } => {
                named(&name, "role")?;
                matrix.add_role(&name, &description);
                let name = name.trim();
                Ok(
                    Applied::labelled(format!("add role {name}")).with_notice(format!(
                        "Added role {name}, with an empty cell in every area."
                    )),
                )
            }
            MatrixRoleEdit::Rename { id, name } => {
                let old = matrix.existing_role(&id)?.name.clone();
                named(&name, "role")?;
                matrix.rename_role(&id, &name);
                Ok(Applied::labelled(format!("rename role {old}")))
            }
            MatrixRoleEdit::Describe { id, description } => {
                matrix.existing_role(&id)?;
                matrix.describe_role(&id, &description);
                Ok(Applied::labelled("edit a role's description"))
            }
            MatrixRoleEdit::Move { id, delta } => {
                matrix.existing_role(&id)?;
                let applied = Applied::labelled("move a role");
                if !matrix.move_role(&id, delta) {
                    return Ok(applied);
                }
                let column = matrix.roles.iter().position(|r| r.id == id).unwrap_or(0) + 1;
                Ok(applied.with_notice(format!("Moved to column {column}.")))
            }
            MatrixRoleEdit::Delete { id } => {
                let name = matrix.existing_role(&id)?.name.clone();
                let unlinked = plan.delete_matrix_role(&id);
                let notice = if unlinked.is_empty() {
                    format!("Deleted role {name} and its cells.")
                } else {
                    format!(
                        "Deleted role {name} and its cells. Teacher-leader roles no longer linked to it: {}.",
                        unlinked.join(", ")
                    )
                };
                Ok(Applied::labelled(format!("delete role {name}"))
                    .regrettable(format!("Deleted role {name}"))
                    .with_notice(notice))
            }
        }
    }
}

impl AreaEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let matrix = &mut plan.matrix;
        match self {
            AreaEdit::Add { name } => {
                named(&name, "area")?;
                matrix.add_area(&name);
                let name = name.trim();
                Ok(
                    Applied::labelled(format!("add area {name}")).with_notice(format!(
                        "Added area {name}, with an empty cell for every role."
                    )),
                )
            }
            AreaEdit::Rename { id, name } => {
                let old = matrix.existing_area(&id)?.name.clone();
                named(&name, "area")?;
                matrix.rename_area(&id, &name);
                Ok(Applied::labelled(format!("rename area {old}")))
            }
            AreaEdit::Move { id, delta } => {
                matrix.existing_area(&id)?;
                let applied = Applied::labelled("move an area");
                if !matrix.move_area(&id, delta) {
                    return Ok(applied);
                }
                let row = matrix.areas.iter().position(|a| a.id == id).unwrap_or(0) + 1;
                Ok(applied.with_notice(format!("Moved to row {row}.")))
            }
            AreaEdit::Delete { id } => {
                let name = matrix.existing_area(&id)?.name.clone();
                matrix.delete_area(&id);
                Ok(Applied::labelled(format!("delete area {name}"))
                    .regrettable(format!("Deleted area {name}"))
                    .with_notice(format!("Deleted area {name} and its cells.")))
            }
        }
    }
}

impl PersonEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let matrix = &mut plan.matrix;
        match self {
            PersonEdit::Add { name, position } => {
                named(&name, "person")?;
                matrix.add_person(&name, &position);
                let name = name.trim();
                Ok(Applied::labelled(format!("add {name}"))
                    .with_notice(format!("Added {name}. Now tick the roles they hold.")))
            }
            PersonEdit::Rename { id, name } => {
                let old = matrix.existing_person(&id)?.name.clone();
                named(&name, "person")?;
                matrix.rename_person(&id, &name);
                Ok(Applied::labelled(format!("rename {old}")))
            }
            PersonEdit::SetPosition { id, position } => {
                let name = matrix.existing_person(&id)?.name.clone();
                matrix.set_position(&id, &position);
                Ok(Applied::labelled(format!("edit the position of {name}")))
            }
            PersonEdit::AssignRole { person, role } => {
                let who = matrix.existing_person(&person)?.name.clone();
                let role_name = matrix.existing_role(&role)?.name.clone();
                matrix.assign_role(&person, &role);
                Ok(Applied::labelled(format!("give {role_name} to {who}"))
                    .with_notice(format!("{who} now holds {role_name}.")))
            }
            PersonEdit::UnassignRole { person, role } => {
                let who = matrix.existing_person(&person)?.name.clone();
                let role_name = matrix.existing_role(&role)?.name.clone();
                let owned = matrix.owned_count_in_role(&person, &role);
                matrix.unassign_role(&person, &role);
                let applied = Applied::labelled(format!("take {role_name} from {who}"))
                    .with_notice(format!("{who} no longer holds {role_name}."));
                Ok(if owned > 0 {
                    applied.regrettable(format!(
                        "Took {role_name} from {who}, clearing {owned} owned statements"
                    ))
                } else {
                    applied
                })
            }
            PersonEdit::Delete { id } => {
                let name = matrix.existing_person(&id)?.name.clone();
                plan.delete_person(&id);
                Ok(Applied::labelled(format!("delete {name}"))
                    .regrettable(format!("Deleted {name}"))
                    .with_notice(format!("Deleted {name}.")))
            }
        }
    }
}

impl MatrixEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        match self {
            MatrixEdit::RestoreAll { keep_assessments } => {
                plan.restore_matrix(keep_assessments);
                Ok(Applied::labelled("restore the matrix to the source")
                    .regrettable("Restored the matrix to the source")
                    .with_notice("The matrix is back to the source text. Your people are kept."))
            }
        }
    }
}
