//! The leadership matrix: leadership roles (columns) by responsibility areas
//! (rows), each cell a list of responsibility statements that a planning team
//! can assess (status, owner, note), plus the people who hold the roles.
//!
//! Invariants (checked by [`Matrix::validate`], kept by every edit method):
//! - role, area, statement and person ids are unique (each kind on its own);
//! - there is exactly one cell per role × area pair, and no other cells;
//! - a cell marked N/A has no statements;
//! - people hold only existing roles, each at most once;
//! - a statement's owner is a person who holds the statement's cell role.

mod edits;
pub mod seed;
mod summary;
mod user_edits;
mod validate;

pub use summary::{Filter, StatementRef, Summary, Tally};
pub use user_edits::{
    short, AreaEdit, CellEdit, MatrixEdit, MatrixRoleEdit, PersonEdit, StatementEdit,
};

use serde::{Deserialize, Serialize};

use crate::model::values::ids::{fresh_id, AreaId, PersonId, RoleId, StatementId};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Matrix {
    pub roles: Vec<MatrixRole>,
    pub areas: Vec<Area>,
    #[serde(default)]
    pub cells: Vec<Cell>,
    #[serde(default)]
    pub people: Vec<Person>,
}

/// A leadership role, e.g. "Finance Officer", with example titles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixRole {
    pub id: RoleId,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// A responsibility area, e.g. "Strategic Planning".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: AreaId,
    pub name: String,
}

/// What one role does in one area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub role: RoleId,
    pub area: AreaId,
    /// The source marks some cells "N/A": the role has no part in the area.
    #[serde(default)]
    pub not_applicable: bool,
    /// A line that introduces the statements, e.g. "For school-based program
    /// implementation:".
    #[serde(default)]
    pub lead_in: String,
    #[serde(default)]
    pub statements: Vec<Statement>,
}

/// One responsibility, with the team's assessment of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: StatementId,
    pub text: String,
    #[serde(default)]
    pub status: Status,
    /// A person holding the cell's role.
    #[serde(default)]
    pub owner: Option<PersonId>,
    #[serde(default)]
    pub note: String,
}

crate::keyed_enum! {
    /// How far a responsibility is in place, as the planning team judges it.
    /// The key is also the CSS class suffix (`mx-st-gap`).
    #[derive(Default)]
    pub enum Status {
        #[default]
        NotAssessed => "not_assessed", "Not assessed";
        InPlace => "in_place", "In place";
        InProgress => "in_progress", "In progress";
        Gap => "gap", "Gap";
    }
}

impl Status {
    /// A text symbol shown beside the label, so status never relies on color.
    pub fn icon(self) -> &'static str {
        match self {
            Status::NotAssessed => "○",
            Status::InPlace => "✓",
            Status::InProgress => "◐",
            Status::Gap => "✗",
        }
    }
}

/// Someone on the team, holding zero or more roles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub roles: Vec<RoleId>,
}

/// Moves the item at `index` by `delta` places, clamped; true when it moved.
fn shift<T>(items: &mut [T], index: usize, delta: isize) -> bool {
    let target = index as isize + delta;
    if target < 0 || target as usize >= items.len() || delta == 0 {
        return false;
    }
    let target = target as usize;
    if target > index {
        items[index..=target].rotate_left(1);
    } else {
        items[target..=index].rotate_right(1);
    }
    true
}

fn clean(text: &str) -> String {
    text.trim().to_string()
}

impl Matrix {
    /// The published table, with nobody assigned and nothing assessed.
    pub fn from_source() -> Self {
        source_matrix()
    }

    // ----- lookups -------------------------------------------------------

    pub fn role(&self, id: &RoleId) -> Option<&MatrixRole> {
        self.roles.iter().find(|r| r.id == *id)
    }

    pub fn area(&self, id: &AreaId) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == *id)
    }

    pub fn person(&self, id: &PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == *id)
    }

    /// The name of a statement's owner, as a comparison or a merge says it:
    /// the id itself when no one in the matrix has it.
    pub fn owner_name(&self, owner: &Option<PersonId>) -> Option<String> {
        owner.as_ref().map(|id| {
            self.person(id)
                .map(|p| p.name.clone())
                .unwrap_or_else(|| id.to_string())
        })
    }

    pub fn cell(&self, role: &RoleId, area: &AreaId) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|c| c.role == *role && c.area == *area)
    }

    fn cell_mut(&mut self, role: &RoleId, area: &AreaId) -> Option<&mut Cell> {
        self.cells
            .iter_mut()
            .find(|c| c.role == *role && c.area == *area)
    }

    /// The cell holding a statement, and the statement's index in it.
    pub fn locate(&self, statement: &StatementId) -> Option<(&Cell, usize)> {
        self.cells.iter().find_map(|c| {
            c.statements
                .iter()
                .position(|s| s.id == *statement)
                .map(|i| (c, i))
        })
    }

    pub fn statement(&self, id: &StatementId) -> Option<&Statement> {
        self.locate(id).map(|(c, i)| &c.statements[i])
    }

    fn locate_mut(&mut self, statement: &StatementId) -> Option<(&mut Cell, usize)> {
        self.cells.iter_mut().find_map(|c| {
            let index = c.statements.iter().position(|s| s.id == *statement)?;
            Some((c, index))
        })
    }

    fn statement_mut(&mut self, id: &StatementId) -> Option<&mut Statement> {
        self.locate_mut(id).map(|(c, i)| &mut c.statements[i])
    }

    fn fresh_statement_id(&self) -> StatementId {
        let taken = self
            .cells
            .iter()
            .flat_map(|c| c.statements.iter().map(|s| s.id.as_str()));
        StatementId::new(fresh_id("s", taken))
    }

    /// People who hold a role, in people order.
    pub fn holders(&self, role: &RoleId) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| p.roles.contains(role))
            .collect()
    }

    /// Roles nobody holds, in role order.
    pub fn roles_without_people(&self) -> Vec<&MatrixRole> {
        self.roles
            .iter()
            .filter(|r| !self.people.iter().any(|p| p.roles.contains(&r.id)))
            .collect()
    }

    /// Whether `person` may own statements of `role`'s cells.
    pub fn may_own(&self, person: &PersonId, role: &RoleId) -> bool {
        self.person(person).is_some_and(|p| p.roles.contains(role))
    }

    /// How many statements a person owns, across the matrix.
    pub fn owned_count(&self, person: &PersonId) -> usize {
        self.cells
            .iter()
            .flat_map(|c| &c.statements)
            .filter(|s| s.owner.as_ref() == Some(person))
            .count()
    }

    /// How many statements of one role's cells a person owns: what taking
    /// the role from them would leave without an owner.
    pub fn owned_count_in_role(&self, person: &PersonId, role: &RoleId) -> usize {
        self.cells
            .iter()
            .filter(|c| c.role == *role)
            .flat_map(|c| &c.statements)
            .filter(|s| s.owner.as_ref() == Some(person))
            .count()
    }

    /// Whether the published table has a cell for this pair (default role and area).
    pub fn has_source_cell(role: &RoleId, area: &AreaId) -> bool {
        source_cell(role, area).is_some()
    }
}

impl Cell {
    pub fn empty(role: RoleId, area: AreaId) -> Cell {
        Cell {
            role,
            area,
            not_applicable: false,
            lead_in: String::new(),
            statements: Vec::new(),
        }
    }
}

// The published matrix as plan values, from the seed's text tables.

fn build_cell(role: &RoleId, area: &AreaId, source: seed::SourceCell) -> Cell {
    let mut cell = Cell::empty(role.clone(), area.clone());
    match source {
        seed::SourceCell::NotApplicable => cell.not_applicable = true,
        seed::SourceCell::Text {
            lead_in,
            statements,
        } => {
            cell.lead_in = lead_in.to_string();
            cell.statements = statements
                .iter()
                .enumerate()
                .map(|(n, text)| Statement {
                    id: StatementId::new(format!("{area}.{role}.{}", n + 1)),
                    text: text.to_string(),
                    status: Status::NotAssessed,
                    owner: None,
                    note: String::new(),
                })
                .collect();
        }
    }
    cell
}

/// The source cell for a default (role, area) pair, as a fresh cell.
pub fn source_cell(role: &RoleId, area: &AreaId) -> Option<Cell> {
    let r = seed::ROLES.iter().position(|(id, _, _)| role == id)?;
    let a = seed::AREAS.iter().position(|(id, _)| area == id)?;
    Some(build_cell(role, area, seed::CELLS[a][r]))
}

/// The whole published matrix: cells in area order, then role order; no people.
pub fn source_matrix() -> Matrix {
    let roles = seed::ROLES
        .iter()
        .map(|(id, name, description)| MatrixRole {
            id: RoleId::new(*id),
            name: name.to_string(),
            description: description.to_string(),
        })
        .collect();
    let areas = seed::AREAS
        .iter()
        .map(|(id, name)| Area {
            id: AreaId::new(*id),
            name: name.to_string(),
        })
        .collect();
    let mut cells = Vec::with_capacity(60);
    for (a, (area, _)) in seed::AREAS.iter().enumerate() {
        for (r, (role, _, _)) in seed::ROLES.iter().enumerate() {
            cells.push(build_cell(
                &RoleId::new(*role),
                &AreaId::new(*area),
                seed::CELLS[a][r],
            ));
        }
    }
    Matrix {
        roles,
        areas,
        cells,
        people: Vec::new(),
    }
}

#[cfg(test)]
mod edit_tests;
#[cfg(test)]
mod tests;
