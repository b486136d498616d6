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

pub mod seed;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::validation::{IdKind, OwnerError, Problem, ValidationError};
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

/// Counts of statements by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Tally {
    pub not_assessed: usize,
    pub in_place: usize,
    pub in_progress: usize,
    pub gap: usize,
}

impl Tally {
    pub fn add(&mut self, status: Status) {
        match status {
            Status::NotAssessed => self.not_assessed += 1,
            Status::InPlace => self.in_place += 1,
            Status::InProgress => self.in_progress += 1,
            Status::Gap => self.gap += 1,
        }
    }

    pub fn count(&self, status: Status) -> usize {
        match status {
            Status::NotAssessed => self.not_assessed,
            Status::InPlace => self.in_place,
            Status::InProgress => self.in_progress,
            Status::Gap => self.gap,
        }
    }

    pub fn total(&self) -> usize {
        self.not_assessed + self.in_place + self.in_progress + self.gap
    }

    /// Share of statements in place, rounded to a whole percent; 0 when empty.
    pub fn percent_in_place(&self) -> u32 {
        let total = self.total();
        if total == 0 {
            return 0;
        }
        ((self.in_place as f64 * 100.0 / total as f64).round()) as u32
    }
}

/// Where a statement sits, for lists such as "gaps".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRef {
    pub role: RoleId,
    pub area: AreaId,
    pub statement: StatementId,
    pub text: String,
}

/// Everything the summary panel shows, computed in one pass.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub overall: Tally,
    /// In role order.
    pub by_role: Vec<(RoleId, Tally)>,
    /// In area order.
    pub by_area: Vec<(AreaId, Tally)>,
    /// In area order, then role order, then statement order.
    pub gaps: Vec<StatementRef>,
    pub not_assessed: Vec<StatementRef>,
    /// Role ids nobody holds, in role order.
    pub roles_without_people: Vec<RoleId>,
    /// Person id and the number of statements they own, in people order.
    pub person_load: Vec<(PersonId, usize)>,
}

/// Find: a text query (case-insensitive, on statement text, lead-in and note)
/// and an optional status.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub text: String,
    pub status: Option<Status>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        !self.text.trim().is_empty() || self.status.is_some()
    }

    pub fn matches(&self, cell: &Cell, statement: &Statement) -> bool {
        if self.status.is_some_and(|s| s != statement.status) {
            return false;
        }
        let query = self.text.trim().to_lowercase();
        query.is_empty()
            || statement.text.to_lowercase().contains(&query)
            || statement.note.to_lowercase().contains(&query)
            || cell.lead_in.to_lowercase().contains(&query)
    }

    /// `matches` for each of the cell's statements, in order, with the
    /// query and the lead-in lowered once per cell rather than once per
    /// statement: Find runs this for every cell on every key.
    pub fn matches_in(&self, cell: &Cell) -> Vec<bool> {
        let query = self.text.trim().to_lowercase();
        let lead_in_matches = !query.is_empty() && cell.lead_in.to_lowercase().contains(&query);
        cell.statements
            .iter()
            .map(|s| {
                self.status.is_none_or(|status| status == s.status)
                    && (query.is_empty()
                        || lead_in_matches
                        || s.text.to_lowercase().contains(&query)
                        || s.note.to_lowercase().contains(&query))
            })
            .collect()
    }
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

    // ----- statements ----------------------------------------------------

    /// Adds a statement at the end of a cell and returns its id. Adding to an
    /// N/A cell makes the cell applicable. Empty text or an unknown cell adds nothing.
    pub fn add_statement(
        &mut self,
        role: &RoleId,
        area: &AreaId,
        text: &str,
    ) -> Option<StatementId> {
        let text = clean(text);
        if text.is_empty() {
            return None;
        }
        let id = self.fresh_statement_id();
        let cell = self.cell_mut(role, area)?;
        cell.not_applicable = false;
        cell.statements.push(Statement {
            id: id.clone(),
            text,
            status: Status::NotAssessed,
            owner: None,
            note: String::new(),
        });
        Some(id)
    }

    /// Replaces a statement's text. Empty text is refused (delete instead).
    pub fn edit_statement(&mut self, id: &StatementId, text: &str) -> bool {
        let text = clean(text);
        if text.is_empty() {
            return false;
        }
        match self.statement_mut(id) {
            Some(s) => {
                s.text = text;
                true
            }
            None => false,
        }
    }

    pub fn delete_statement(&mut self, id: &StatementId) -> Option<Statement> {
        let (cell, index) = self.locate_mut(id)?;
        Some(cell.statements.remove(index))
    }

    /// Moves a statement up (negative) or down (positive) within its cell.
    pub fn move_statement(&mut self, id: &StatementId, delta: isize) -> bool {
        match self.locate_mut(id) {
            Some((cell, index)) => shift(&mut cell.statements, index, delta),
            None => false,
        }
    }

    pub fn set_status(&mut self, id: &StatementId, status: Status) -> bool {
        match self.statement_mut(id) {
            Some(s) => {
                s.status = status;
                true
            }
            None => false,
        }
    }

    /// Sets or clears a statement's owner. The owner must hold the cell's role.
    pub fn set_owner(
        &mut self,
        id: &StatementId,
        owner: Option<&PersonId>,
    ) -> Result<(), OwnerError> {
        let role = self
            .locate(id)
            .map(|(c, _)| c.role.clone())
            .ok_or_else(|| OwnerError::NoSuchStatement(id.clone()))?;
        if let Some(person) = owner {
            if self.person(person).is_none() {
                return Err(OwnerError::NoSuchPerson(person.clone()));
            }
            if !self.may_own(person, &role) {
                return Err(OwnerError::DoesNotHoldRole {
                    person: person.clone(),
                    role,
                });
            }
        }
        if let Some(s) = self.statement_mut(id) {
            s.owner = owner.cloned();
        }
        Ok(())
    }

    pub fn set_note(&mut self, id: &StatementId, note: &str) -> bool {
        match self.statement_mut(id) {
            Some(s) => {
                s.note = note.trim().to_string();
                true
            }
            None => false,
        }
    }

    // ----- cells ---------------------------------------------------------

    /// Marks a cell N/A (removing its statements and lead-in, which are
    /// returned so the caller can say what went) or applicable again.
    pub fn set_not_applicable(
        &mut self,
        role: &RoleId,
        area: &AreaId,
        value: bool,
    ) -> Vec<Statement> {
        let Some(cell) = self.cell_mut(role, area) else {
            return Vec::new();
        };
        cell.not_applicable = value;
        if value {
            cell.lead_in.clear();
            std::mem::take(&mut cell.statements)
        } else {
            Vec::new()
        }
    }

    pub fn set_lead_in(&mut self, role: &RoleId, area: &AreaId, text: &str) -> bool {
        match self.cell_mut(role, area) {
            Some(cell) => {
                cell.lead_in = clean(text);
                true
            }
            None => false,
        }
    }

    /// Puts a cell's N/A mark, lead-in and statement texts back as published.
    /// Statements that came from the source keep their status, owner and
    /// note; statements added by the team are removed. False (and no change)
    /// when the pair has no source cell (a custom role or area).
    pub fn restore_cell(&mut self, role: &RoleId, area: &AreaId) -> bool {
        let Some(source) = source_cell(role, area) else {
            return false;
        };
        let Some(current) = self.cell(role, area).cloned() else {
            return false;
        };
        let mut taken: HashSet<StatementId> = self
            .cells
            .iter()
            .filter(|c| !(c.role == *role && c.area == *area))
            .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
            .collect();
        let statements = source
            .statements
            .into_iter()
            .map(|mut s| {
                if let Some(old) = current.statements.iter().find(|o| o.id == s.id) {
                    s.status = old.status;
                    s.owner = old.owner.clone();
                    s.note = old.note.clone();
                }
                if taken.contains(&s.id) {
                    s.id = StatementId::new(fresh_id("s", taken.iter().map(StatementId::as_str)));
                }
                taken.insert(s.id.clone());
                s
            })
            .collect();
        if let Some(cell) = self.cell_mut(role, area) {
            cell.not_applicable = source.not_applicable;
            cell.lead_in = source.lead_in;
            cell.statements = statements;
        }
        self.clear_invalid_owners();
        true
    }

    /// Puts the whole matrix back as published: default roles, areas and cell
    /// texts. People are kept, with links to removed roles dropped. With
    /// `keep_assessments`, source statements keep their status, owner and
    /// note; otherwise everything is not assessed again. Returns the ids of
    /// roles that were removed (so links to them elsewhere can be cleared).
    pub fn restore_all(&mut self, keep_assessments: bool) -> Vec<RoleId> {
        let mut source = Matrix::from_source();
        let removed: Vec<RoleId> = self
            .roles
            .iter()
            .filter(|r| source.role(&r.id).is_none())
            .map(|r| r.id.clone())
            .collect();
        if keep_assessments {
            for cell in &mut source.cells {
                for s in &mut cell.statements {
                    if let Some(old) = self.statement(&s.id) {
                        s.status = old.status;
                        s.owner = old.owner.clone();
                        s.note = old.note.clone();
                    }
                }
            }
        }
        source.people = std::mem::take(&mut self.people);
        for person in &mut source.people {
            person.roles.retain(|r| !removed.contains(r));
        }
        *self = source;
        self.clear_invalid_owners();
        removed
    }

    // ----- roles ---------------------------------------------------------

    /// Adds a role at the end with an empty cell in every area; returns its id.
    pub fn add_role(&mut self, name: &str, description: &str) -> Option<RoleId> {
        let name = clean(name);
        if name.is_empty() {
            return None;
        }
        let id = RoleId::new(fresh_id("role", self.roles.iter().map(|r| r.id.as_str())));
        self.roles.push(MatrixRole {
            id: id.clone(),
            name,
            description: clean(description),
        });
        for area in &self.areas {
            self.cells.push(Cell::empty(id.clone(), area.id.clone()));
        }
        Some(id)
    }

    pub fn rename_role(&mut self, id: &RoleId, name: &str) -> bool {
        let name = clean(name);
        match self.roles.iter_mut().find(|r| r.id == *id) {
            Some(role) if !name.is_empty() => {
                role.name = name;
                true
            }
            _ => false,
        }
    }

    pub fn describe_role(&mut self, id: &RoleId, description: &str) -> bool {
        match self.roles.iter_mut().find(|r| r.id == *id) {
            Some(role) => {
                role.description = clean(description);
                true
            }
            None => false,
        }
    }

    /// Removes a role, its cells and people's links to it.
    /// (Links from teacher-leader roles: see `Plan::delete_matrix_role`.)
    pub fn delete_role(&mut self, id: &RoleId) {
        self.roles.retain(|r| r.id != *id);
        self.cells.retain(|c| c.role != *id);
        for person in &mut self.people {
            person.roles.retain(|r| r != id);
        }
    }

    pub fn move_role(&mut self, id: &RoleId, delta: isize) -> bool {
        match self.roles.iter().position(|r| r.id == *id) {
            Some(index) => shift(&mut self.roles, index, delta),
            None => false,
        }
    }

    // ----- areas ---------------------------------------------------------

    /// Adds an area at the end with an empty cell for every role; returns its id.
    pub fn add_area(&mut self, name: &str) -> Option<AreaId> {
        let name = clean(name);
        if name.is_empty() {
            return None;
        }
        let id = AreaId::new(fresh_id("area", self.areas.iter().map(|a| a.id.as_str())));
        self.areas.push(Area {
            id: id.clone(),
            name,
        });
        for role in &self.roles {
            self.cells.push(Cell::empty(role.id.clone(), id.clone()));
        }
        Some(id)
    }

    pub fn rename_area(&mut self, id: &AreaId, name: &str) -> bool {
        let name = clean(name);
        match self.areas.iter_mut().find(|a| a.id == *id) {
            Some(area) if !name.is_empty() => {
                area.name = name;
                true
            }
            _ => false,
        }
    }

    /// Removes an area and its cells (and with them their statements).
    pub fn delete_area(&mut self, id: &AreaId) -> bool {
        let before = self.areas.len();
        self.areas.retain(|a| a.id != *id);
        self.cells.retain(|c| c.area != *id);
        before != self.areas.len()
    }

    pub fn move_area(&mut self, id: &AreaId, delta: isize) -> bool {
        match self.areas.iter().position(|a| a.id == *id) {
            Some(index) => shift(&mut self.areas, index, delta),
            None => false,
        }
    }

    // ----- people --------------------------------------------------------

    /// Adds a person and returns their id. A name is required.
    pub fn add_person(&mut self, name: &str, position: &str) -> Option<PersonId> {
        let name = clean(name);
        if name.is_empty() {
            return None;
        }
        let id = PersonId::new(fresh_id(
            "person",
            self.people.iter().map(|p| p.id.as_str()),
        ));
        self.people.push(Person {
            id: id.clone(),
            name,
            position: clean(position),
            roles: Vec::new(),
        });
        Some(id)
    }

    pub fn rename_person(&mut self, id: &PersonId, name: &str) -> bool {
        let name = clean(name);
        match self.people.iter_mut().find(|p| p.id == *id) {
            Some(person) if !name.is_empty() => {
                person.name = name;
                true
            }
            _ => false,
        }
    }

    pub fn set_position(&mut self, id: &PersonId, position: &str) -> bool {
        match self.people.iter_mut().find(|p| p.id == *id) {
            Some(person) => {
                person.position = clean(position);
                true
            }
            None => false,
        }
    }

    /// Removes a person and clears the statements they owned.
    pub fn delete_person(&mut self, id: &PersonId) -> Option<Person> {
        let index = self.people.iter().position(|p| p.id == *id)?;
        let person = self.people.remove(index);
        self.clear_invalid_owners();
        Some(person)
    }

    /// Gives a person a role (no-op if they hold it already).
    pub fn assign_role(&mut self, person: &PersonId, role: &RoleId) -> bool {
        if self.role(role).is_none() {
            return false;
        }
        match self.people.iter_mut().find(|p| p.id == *person) {
            Some(p) => {
                if !p.roles.contains(role) {
                    p.roles.push(role.clone());
                }
                true
            }
            None => false,
        }
    }

    /// Takes a role from a person, clearing their ownership of that role's statements.
    pub fn unassign_role(&mut self, person: &PersonId, role: &RoleId) -> bool {
        let changed = match self.people.iter_mut().find(|p| p.id == *person) {
            Some(p) => {
                let before = p.roles.len();
                p.roles.retain(|r| r != role);
                before != p.roles.len()
            }
            None => false,
        };
        if changed {
            self.clear_invalid_owners();
        }
        changed
    }

    /// Clears every owner who no longer exists or no longer holds the cell's role.
    /// Returns how many were cleared.
    pub fn clear_invalid_owners(&mut self) -> usize {
        let holds: HashSet<(PersonId, RoleId)> = self
            .people
            .iter()
            .flat_map(|p| p.roles.iter().map(|r| (p.id.clone(), r.clone())))
            .collect();
        let mut cleared = 0;
        for cell in &mut self.cells {
            for s in &mut cell.statements {
                if let Some(owner) = &s.owner {
                    if !holds.contains(&(owner.clone(), cell.role.clone())) {
                        s.owner = None;
                        cleared += 1;
                    }
                }
            }
        }
        cleared
    }

    // ----- summary -------------------------------------------------------

    /// Statements of one cell that pass the filter.
    pub fn visible_statements<'a>(&'a self, cell: &'a Cell, filter: &Filter) -> Vec<&'a Statement> {
        cell.statements
            .iter()
            .filter(|s| filter.matches(cell, s))
            .collect()
    }

    /// How many statements pass the filter, across the matrix.
    pub fn count_matching(&self, filter: &Filter) -> usize {
        self.cells
            .iter()
            .map(|c| {
                filter
                    .matches_in(c)
                    .into_iter()
                    .filter(|shown| *shown)
                    .count()
            })
            .sum()
    }

    pub fn statement_count(&self) -> usize {
        self.cells.iter().map(|c| c.statements.len()).sum()
    }

    /// Coverage per role and per area, gaps, not-assessed statements, roles
    /// nobody holds and each person's load. Only cells of existing roles and
    /// areas count.
    pub fn summary(&self) -> Summary {
        let mut summary = Summary {
            by_role: self
                .roles
                .iter()
                .map(|r| (r.id.clone(), Tally::default()))
                .collect(),
            by_area: self
                .areas
                .iter()
                .map(|a| (a.id.clone(), Tally::default()))
                .collect(),
            ..Summary::default()
        };
        for (area_index, area) in self.areas.iter().enumerate() {
            for (role_index, role) in self.roles.iter().enumerate() {
                let Some(cell) = self.cell(&role.id, &area.id) else {
                    continue;
                };
                for s in &cell.statements {
                    summary.overall.add(s.status);
                    summary.by_role[role_index].1.add(s.status);
                    summary.by_area[area_index].1.add(s.status);
                    let reference = || StatementRef {
                        role: role.id.clone(),
                        area: area.id.clone(),
                        statement: s.id.clone(),
                        text: s.text.clone(),
                    };
                    match s.status {
                        Status::Gap => summary.gaps.push(reference()),
                        Status::NotAssessed => summary.not_assessed.push(reference()),
                        _ => {}
                    }
                }
            }
        }
        summary.roles_without_people = self
            .roles_without_people()
            .into_iter()
            .map(|r| r.id.clone())
            .collect();
        summary.person_load = self
            .people
            .iter()
            .map(|p| (p.id.clone(), self.owned_count(&p.id)))
            .collect();
        summary
    }

    // ----- validation ----------------------------------------------------

    /// Checks unique ids, one cell per role × area pair, N/A cells without
    /// statements, and that people and owners reference existing ids.
    /// The error names a field path relative to the matrix.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let fail = |path: String, problem: Problem| Err(ValidationError::new(path, problem));
        let duplicate = |kind: IdKind, id: &str| Problem::DuplicateId {
            kind,
            id: id.to_string(),
        };
        let unknown = |kind: IdKind, id: &str| Problem::UnknownId {
            kind,
            id: id.to_string(),
        };
        let mut roles = HashSet::new();
        for (i, role) in self.roles.iter().enumerate() {
            if role.id.as_str().trim().is_empty() {
                return fail(format!("roles[{i}].id"), Problem::EmptyId);
            }
            if !roles.insert(&role.id) {
                return fail(
                    format!("roles[{i}].id"),
                    duplicate(IdKind::Role, role.id.as_str()),
                );
            }
        }
        let mut areas = HashSet::new();
        for (i, area) in self.areas.iter().enumerate() {
            if area.id.as_str().trim().is_empty() {
                return fail(format!("areas[{i}].id"), Problem::EmptyId);
            }
            if !areas.insert(&area.id) {
                return fail(
                    format!("areas[{i}].id"),
                    duplicate(IdKind::Area, area.id.as_str()),
                );
            }
        }
        let mut people = HashSet::new();
        for (i, person) in self.people.iter().enumerate() {
            if person.id.as_str().trim().is_empty() {
                return fail(format!("people[{i}].id"), Problem::EmptyId);
            }
            if !people.insert(&person.id) {
                return fail(
                    format!("people[{i}].id"),
                    duplicate(IdKind::Person, person.id.as_str()),
                );
            }
            let mut held = HashSet::new();
            for (j, role) in person.roles.iter().enumerate() {
                let path = || format!("people[{i}].roles[{j}]");
                if !roles.contains(role) {
                    return fail(path(), unknown(IdKind::Role, role.as_str()));
                }
                if !held.insert(role) {
                    return fail(path(), Problem::RoleHeldTwice(role.clone()));
                }
            }
        }
        let mut pairs = HashSet::new();
        let mut statements = HashSet::new();
        for (i, cell) in self.cells.iter().enumerate() {
            if !roles.contains(&cell.role) {
                return fail(
                    format!("cells[{i}].role"),
                    unknown(IdKind::Role, cell.role.as_str()),
                );
            }
            if !areas.contains(&cell.area) {
                return fail(
                    format!("cells[{i}].area"),
                    unknown(IdKind::Area, cell.area.as_str()),
                );
            }
            if !pairs.insert((&cell.role, &cell.area)) {
                return fail(
                    format!("cells[{i}]"),
                    Problem::SecondCell {
                        role: cell.role.clone(),
                        area: cell.area.clone(),
                    },
                );
            }
            if cell.not_applicable && !cell.statements.is_empty() {
                return fail(
                    format!("cells[{i}].statements"),
                    Problem::StatementsInNotApplicableCell,
                );
            }
            for (j, s) in cell.statements.iter().enumerate() {
                let path = |field: &str| format!("cells[{i}].statements[{j}].{field}");
                if s.id.as_str().trim().is_empty() {
                    return fail(path("id"), Problem::EmptyId);
                }
                if !statements.insert(&s.id) {
                    return fail(path("id"), duplicate(IdKind::Statement, s.id.as_str()));
                }
                if let Some(owner) = &s.owner {
                    if !people.contains(owner) {
                        return fail(path("owner"), unknown(IdKind::Person, owner.as_str()));
                    }
                    if !self.may_own(owner, &cell.role) {
                        return fail(
                            path("owner"),
                            Problem::OwnerDoesNotHoldRole {
                                person: owner.clone(),
                                role: cell.role.clone(),
                            },
                        );
                    }
                }
            }
        }
        for role in &self.roles {
            for area in &self.areas {
                if !pairs.contains(&(&role.id, &area.id)) {
                    return fail(
                        "cells".to_string(),
                        Problem::MissingCell {
                            role: role.id.clone(),
                            area: area.id.clone(),
                        },
                    );
                }
            }
        }
        Ok(())
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
mod tests;
