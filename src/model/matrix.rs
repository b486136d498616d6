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

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::ids::{fresh_id, AreaId, PersonId, RoleId, StatementId};
use super::matrix_seed;
use super::validation::{IdKind, OwnerError, Problem, ValidationError};

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
        matrix_seed::source_matrix()
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
        matrix_seed::source_cell(role, area).is_some()
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
        let Some(source) = matrix_seed::source_cell(role, area) else {
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

#[cfg(test)]
mod tests {
    use super::*;

    use std::sync::LazyLock;

    static DISTRICT: LazyLock<RoleId> = LazyLock::new(|| RoleId::new("district-administration"));
    static FINANCE: LazyLock<RoleId> = LazyLock::new(|| RoleId::new("finance-officer"));
    static STUDENTS: LazyLock<RoleId> = LazyLock::new(|| RoleId::new("student-leaders"));
    static DECISION: LazyLock<AreaId> = LazyLock::new(|| AreaId::new("decision-making"));
    static PD: LazyLock<AreaId> = LazyLock::new(|| AreaId::new("professional-development"));
    static BUDGET: LazyLock<AreaId> = LazyLock::new(|| AreaId::new("budgetary-support"));

    fn m() -> Matrix {
        Matrix::from_source()
    }

    fn texts(m: &Matrix, role: &RoleId, area: &AreaId) -> Vec<String> {
        m.cell(role, area)
            .map(|c| c.statements.iter().map(|s| s.text.clone()).collect())
            .unwrap_or_default()
    }

    fn ids(m: &Matrix, role: &RoleId, area: &AreaId) -> Vec<StatementId> {
        m.cell(role, area)
            .map(|c| c.statements.iter().map(|s| s.id.clone()).collect())
            .unwrap_or_default()
    }

    /// A matrix with one person holding District and Finance, owning a statement.
    fn staffed() -> (Matrix, PersonId) {
        let mut m = m();
        let ana = m.add_person("Ana Ruiz", "Superintendent").expect("named");
        assert!(m.assign_role(&ana, &DISTRICT));
        assert!(m.assign_role(&ana, &FINANCE));
        (m, ana)
    }

    #[test]
    fn source_matrix_is_valid_and_complete() {
        let m = m();
        assert_eq!(m.validate(), Ok(()));
        assert_eq!(m.roles.len(), 6);
        assert_eq!(m.areas.len(), 10);
        assert_eq!(m.cells.len(), 60);
        assert!(m.people.is_empty());
        assert_eq!(m.statement_count(), m.summary().not_assessed.len());
    }

    #[test]
    fn add_statement_appends_with_fresh_id_and_clears_na() {
        let mut m = m();
        let id = m
            .add_statement(&DISTRICT, &DECISION, "  Reviews data yearly ")
            .expect("added");
        assert_eq!(id, "s-1");
        assert_eq!(
            texts(&m, &DISTRICT, &DECISION).last().map(String::as_str),
            Some("Reviews data yearly")
        );
        let second = m
            .add_statement(&DISTRICT, &DECISION, "Another")
            .expect("added");
        assert_eq!(second, "s-2");
        assert_eq!(m.add_statement(&DISTRICT, &DECISION, "   "), None);
        assert_eq!(
            m.add_statement(&RoleId::new("nobody"), &DECISION, "x"),
            None
        );
        // N/A cell becomes applicable.
        assert!(m.cell(&STUDENTS, &BUDGET).is_some_and(|c| c.not_applicable));
        m.add_statement(&STUDENTS, &BUDGET, "Raises funds at events")
            .expect("added");
        let cell = m.cell(&STUDENTS, &BUDGET).expect("cell");
        assert!(!cell.not_applicable);
        assert_eq!(cell.statements.len(), 1);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn edit_statement_replaces_text_and_refuses_empty() {
        let mut m = m();
        let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
        assert!(m.edit_statement(&id, " New text "));
        assert_eq!(m.statement(&id).map(|s| s.text.as_str()), Some("New text"));
        assert!(!m.edit_statement(&id, "  "));
        assert_eq!(m.statement(&id).map(|s| s.text.as_str()), Some("New text"));
        assert!(!m.edit_statement(&StatementId::new("missing"), "x"));
    }

    #[test]
    fn delete_statement_returns_it() {
        let mut m = m();
        let before = ids(&m, &DISTRICT, &PD);
        let gone = m.delete_statement(&before[1]).expect("deleted");
        assert_eq!(
            gone.text,
            "Provide STEM Education Leadership and teacher PD"
        );
        assert_eq!(
            ids(&m, &DISTRICT, &PD),
            vec![before[0].clone(), before[2].clone()]
        );
        assert_eq!(m.delete_statement(&before[1]), None);
    }

    #[test]
    fn move_statement_within_cell() {
        let mut m = m();
        let before = ids(&m, &DISTRICT, &PD);
        assert!(m.move_statement(&before[0], 1));
        assert_eq!(
            ids(&m, &DISTRICT, &PD),
            vec![before[1].clone(), before[0].clone(), before[2].clone()]
        );
        assert!(m.move_statement(&before[2], -2));
        assert_eq!(
            ids(&m, &DISTRICT, &PD),
            vec![before[2].clone(), before[1].clone(), before[0].clone()]
        );
        assert!(!m.move_statement(&before[2], -1), "already first");
        assert!(!m.move_statement(&before[0], 1), "already last");
        assert!(!m.move_statement(&before[0], 0));
        assert!(!m.move_statement(&StatementId::new("missing"), 1));
    }

    #[test]
    fn status_and_note_set_and_trim() {
        let mut m = m();
        let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
        assert!(m.set_status(&id, Status::Gap));
        assert_eq!(m.statement(&id).map(|s| s.status), Some(Status::Gap));
        assert!(m.set_note(&id, "  ask the board "));
        assert_eq!(
            m.statement(&id).map(|s| s.note.as_str()),
            Some("ask the board")
        );
        assert!(!m.set_status(&StatementId::new("missing"), Status::Gap));
        assert!(!m.set_note(&StatementId::new("missing"), "x"));
    }

    #[test]
    fn owner_must_hold_the_cells_role() {
        let (mut m, ana) = staffed();
        let district = ids(&m, &DISTRICT, &DECISION)[0].clone();
        let student = ids(&m, &STUDENTS, &DECISION)[0].clone();
        assert_eq!(m.set_owner(&district, Some(&ana)), Ok(()));
        assert_eq!(
            m.statement(&district).and_then(|s| s.owner.clone()),
            Some(ana.clone())
        );
        let refused = m.set_owner(&student, Some(&ana)).unwrap_err();
        assert_eq!(
            refused,
            OwnerError::DoesNotHoldRole {
                person: ana.clone(),
                role: STUDENTS.clone()
            }
        );
        assert_eq!(
            refused.to_string(),
            "person \"person-1\" does not hold role \"student-leaders\""
        );
        let ghost = PersonId::new("ghost");
        assert_eq!(
            m.set_owner(&district, Some(&ghost))
                .map_err(|e| e.to_string()),
            Err("no person with id \"ghost\"".into())
        );
        assert_eq!(
            m.set_owner(&StatementId::new("missing"), None)
                .map_err(|e| e.to_string()),
            Err("no statement with id \"missing\"".into())
        );
        assert_eq!(m.set_owner(&district, None), Ok(()));
        assert_eq!(m.statement(&district).and_then(|s| s.owner.clone()), None);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn marking_na_removes_statements_and_lead_in() {
        let mut m = m();
        let area = &AreaId::new("curricular-aspects");
        let role = &RoleId::new("building-administration");
        let removed = m.set_not_applicable(role, area, true);
        assert_eq!(removed.len(), 6);
        let cell = m.cell(role, area).expect("cell");
        assert!(cell.not_applicable && cell.statements.is_empty() && cell.lead_in.is_empty());
        assert_eq!(m.validate(), Ok(()));
        assert!(m.set_not_applicable(role, area, false).is_empty());
        assert!(!m.cell(role, area).expect("cell").not_applicable);
        assert!(m
            .set_not_applicable(&RoleId::new("nobody"), area, true)
            .is_empty());
    }

    #[test]
    fn lead_in_can_be_edited() {
        let mut m = m();
        assert!(m.set_lead_in(&DISTRICT, &DECISION, " For all schools: "));
        assert_eq!(
            m.cell(&DISTRICT, &DECISION).map(|c| c.lead_in.as_str()),
            Some("For all schools:")
        );
        assert!(!m.set_lead_in(&RoleId::new("nobody"), &DECISION, "x"));
    }

    #[test]
    fn restore_cell_brings_back_text_and_keeps_assessments() {
        let (mut m, ana) = staffed();
        let original = m.cell(&DISTRICT, &PD).cloned().expect("cell");
        let first = original.statements[0].id.clone();
        m.set_status(&first, Status::InPlace);
        m.set_owner(&first, Some(&ana)).expect("holds role");
        m.set_note(&first, "done in 2024");
        m.edit_statement(&first, "changed");
        m.delete_statement(&original.statements[2].id);
        m.add_statement(&DISTRICT, &PD, "extra").expect("added");
        m.set_lead_in(&DISTRICT, &PD, "lead");
        assert!(m.restore_cell(&DISTRICT, &PD));
        let cell = m.cell(&DISTRICT, &PD).expect("cell");
        assert_eq!(cell.lead_in, "");
        assert_eq!(
            cell.statements
                .iter()
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>(),
            original
                .statements
                .iter()
                .map(|s| s.text.as_str())
                .collect::<Vec<_>>()
        );
        let kept = &cell.statements[0];
        assert_eq!(
            (kept.status, kept.owner.as_ref(), kept.note.as_str()),
            (Status::InPlace, Some(&ana), "done in 2024")
        );
        assert_eq!(cell.statements[2].status, Status::NotAssessed);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn restore_cell_brings_back_na_and_refuses_custom_pairs() {
        let mut m = m();
        m.set_not_applicable(&STUDENTS, &BUDGET, false);
        m.add_statement(&STUDENTS, &BUDGET, "x");
        assert!(m.restore_cell(&STUDENTS, &BUDGET));
        let cell = m.cell(&STUDENTS, &BUDGET).expect("cell");
        assert!(cell.not_applicable && cell.statements.is_empty());
        let role = m.add_role("Board", "").expect("added");
        assert!(!m.restore_cell(&role, &DECISION));
        assert!(!Matrix::has_source_cell(&role, &DECISION));
        assert!(Matrix::has_source_cell(&DISTRICT, &DECISION));
        m.delete_area(&DECISION);
        assert!(
            !m.restore_cell(&DISTRICT, &DECISION),
            "cell no longer exists"
        );
    }

    #[test]
    fn restore_cell_renames_a_source_id_used_elsewhere() {
        let mut m = m();
        let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
        // A hand-edited file could move a source statement to another cell.
        let s = m.delete_statement(&id).expect("deleted");
        m.cells
            .iter_mut()
            .find(|c| c.role == *FINANCE && c.area == *DECISION)
            .expect("cell")
            .statements
            .push(s);
        assert!(m.restore_cell(&DISTRICT, &DECISION));
        assert_ne!(ids(&m, &DISTRICT, &DECISION)[0], id);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn restore_all_keeps_people_and_optionally_assessments() {
        let (mut m, ana) = staffed();
        let first = ids(&m, &DISTRICT, &DECISION)[0].clone();
        m.set_status(&first, Status::Gap);
        m.set_owner(&first, Some(&ana)).expect("holds role");
        let board = m.add_role("School Board", "").expect("added");
        m.assign_role(&ana, &board);
        m.add_area("Equity").expect("added");
        m.rename_role(&DISTRICT, "District office");
        m.delete_role(&FINANCE);
        m.move_area(&DECISION, 3);

        let mut kept = m.clone();
        let removed = kept.restore_all(true);
        assert_eq!(removed, vec![board.clone()]);
        let mut fresh = Matrix::from_source();
        fresh.people = kept.people.clone();
        assert_eq!(
            kept.people[0].roles,
            vec![DISTRICT.clone()],
            "links to removed roles dropped; deleted Finance not restored to the person"
        );
        assert_eq!(kept.statement(&first).map(|s| s.status), Some(Status::Gap));
        assert_eq!(
            kept.statement(&first).and_then(|s| s.owner.clone()),
            Some(ana.clone())
        );
        assert_eq!(kept.roles, fresh.roles);
        assert_eq!(kept.areas, fresh.areas);
        assert_eq!(kept.validate(), Ok(()));

        let removed = m.restore_all(false);
        assert_eq!(removed, vec![board]);
        assert_eq!(m, fresh);
    }

    #[test]
    fn add_role_creates_a_cell_per_area() {
        let mut m = m();
        let id = m
            .add_role(" School Board ", " Elected members ")
            .expect("added");
        assert_eq!(id, "role-1");
        let role = m.role(&id).expect("role");
        assert_eq!(
            (role.name.as_str(), role.description.as_str()),
            ("School Board", "Elected members")
        );
        assert_eq!(m.roles.last().map(|r| r.id.as_str()), Some("role-1"));
        assert_eq!(m.cells.len(), 70);
        assert!(m.areas.iter().all(|a| m
            .cell(&id, &a.id)
            .is_some_and(|c| c.statements.is_empty() && !c.not_applicable)));
        assert_eq!(m.add_role("  ", ""), None);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn rename_and_describe_role() {
        let mut m = m();
        assert!(m.rename_role(&FINANCE, " Business Manager "));
        assert_eq!(
            m.role(&FINANCE).map(|r| r.name.as_str()),
            Some("Business Manager")
        );
        assert!(!m.rename_role(&FINANCE, " "));
        assert!(!m.rename_role(&RoleId::new("nobody"), "x"));
        assert!(m.describe_role(&FINANCE, " CFO "));
        assert_eq!(
            m.role(&FINANCE).map(|r| r.description.as_str()),
            Some("CFO")
        );
        assert!(m.describe_role(&FINANCE, ""));
        assert!(!m.describe_role(&RoleId::new("nobody"), "x"));
    }

    #[test]
    fn delete_role_removes_cells_links_and_owners() {
        let (mut m, ana) = staffed();
        let fin = ids(&m, &FINANCE, &DECISION)[0].clone();
        m.set_owner(&fin, Some(&ana)).expect("holds role");
        m.delete_role(&FINANCE);
        assert!(m.role(&FINANCE).is_none());
        assert_eq!(m.cells.len(), 50);
        assert!(m.cells.iter().all(|c| c.role != *FINANCE));
        assert_eq!(m.people[0].roles, vec![DISTRICT.clone()]);
        assert_eq!(m.statement(&fin), None);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn move_role_and_area() {
        let mut m = m();
        assert!(m.move_role(&FINANCE, -1));
        assert_eq!(m.roles[0].id, *FINANCE);
        assert!(!m.move_role(&FINANCE, -1));
        assert!(m.move_role(&FINANCE, 5));
        assert_eq!(m.roles[5].id, *FINANCE);
        assert!(!m.move_role(&FINANCE, 1));
        assert!(!m.move_role(&RoleId::new("nobody"), 1));
        assert!(m.move_area(&AreaId::new("advocacy"), -9));
        assert_eq!(m.areas[0].id, "advocacy");
        assert_eq!(m.areas[1].id, *DECISION);
        assert!(!m.move_area(&AreaId::new("advocacy"), -1));
        assert!(!m.move_area(&AreaId::new("nobody"), 1));
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn add_rename_delete_area() {
        let mut m = m();
        let id = m.add_area(" Equity ").expect("added");
        assert_eq!(id, "area-1");
        assert_eq!(m.cells.len(), 66);
        assert!(m.roles.iter().all(|r| m.cell(&r.id, &id).is_some()));
        assert_eq!(m.add_area(""), None);
        assert!(m.rename_area(&id, "Equity and access"));
        assert_eq!(
            m.area(&id).map(|a| a.name.as_str()),
            Some("Equity and access")
        );
        assert!(!m.rename_area(&id, " "));
        assert!(!m.rename_area(&AreaId::new("nowhere"), "x"));
        assert_eq!(m.validate(), Ok(()));
        assert!(m.delete_area(&DECISION));
        assert!(!m.delete_area(&DECISION));
        assert_eq!(m.cells.len(), 60);
        assert!(m.cells.iter().all(|c| c.area != *DECISION));
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn people_add_edit_delete() {
        let mut m = m();
        let a = m.add_person(" Ana ", " Principal ").expect("added");
        let b = m.add_person("Ben", "").expect("added");
        assert_eq!((a.as_str(), b.as_str()), ("person-1", "person-2"));
        assert_eq!(
            m.person(&a).map(|p| (p.name.as_str(), p.position.as_str())),
            Some(("Ana", "Principal"))
        );
        assert_eq!(m.add_person("  ", "x"), None);
        assert!(m.rename_person(&a, "Ana Ruiz"));
        assert!(!m.rename_person(&a, ""));
        assert!(!m.rename_person(&PersonId::new("ghost"), "x"));
        assert!(m.set_position(&b, "Coach"));
        assert!(!m.set_position(&PersonId::new("ghost"), "x"));
        assert_eq!(m.person(&b).map(|p| p.position.as_str()), Some("Coach"));
        m.assign_role(&a, &DISTRICT);
        let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
        m.set_owner(&id, Some(&a)).expect("holds role");
        assert_eq!(m.delete_person(&a).map(|p| p.name), Some("Ana Ruiz".into()));
        assert_eq!(m.statement(&id).and_then(|s| s.owner.clone()), None);
        assert_eq!(m.delete_person(&a), None);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn assign_and_unassign_roles() {
        let (mut m, ana) = staffed();
        assert_eq!(m.people[0].roles, vec![DISTRICT.clone(), FINANCE.clone()]);
        assert!(m.assign_role(&ana, &DISTRICT), "holding twice is a no-op");
        assert_eq!(m.people[0].roles.len(), 2);
        assert!(!m.assign_role(&ana, &RoleId::new("nobody")));
        assert!(!m.assign_role(&PersonId::new("ghost"), &DISTRICT));
        assert_eq!(m.holders(&DISTRICT).len(), 1);
        let d = ids(&m, &DISTRICT, &DECISION)[0].clone();
        let f = ids(&m, &FINANCE, &DECISION)[0].clone();
        m.set_owner(&d, Some(&ana)).expect("holds");
        m.set_owner(&f, Some(&ana)).expect("holds");
        assert!(m.unassign_role(&ana, &FINANCE));
        assert!(!m.unassign_role(&ana, &FINANCE));
        assert!(!m.unassign_role(&PersonId::new("ghost"), &FINANCE));
        assert_eq!(m.statement(&f).and_then(|s| s.owner.clone()), None);
        assert_eq!(m.statement(&d).and_then(|s| s.owner.clone()), Some(ana));
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn owned_counts_and_unheld_roles() {
        let (mut m, ana) = staffed();
        let unheld = |m: &Matrix| -> Vec<RoleId> {
            m.roles_without_people()
                .iter()
                .map(|r| r.id.clone())
                .collect()
        };
        assert_eq!(unheld(&m).len(), 4);
        assert!(!unheld(&m).contains(&DISTRICT));
        assert_eq!(unheld(&m), m.summary().roles_without_people);
        let d = ids(&m, &DISTRICT, &DECISION)[0].clone();
        let f = ids(&m, &FINANCE, &DECISION)[0].clone();
        let f2 = ids(&m, &FINANCE, &PD)[0].clone();
        for id in [&d, &f, &f2] {
            m.set_owner(id, Some(&ana)).expect("holds");
        }
        assert_eq!(m.owned_count(&ana), 3);
        assert_eq!(m.owned_count_in_role(&ana, &FINANCE), 2);
        assert_eq!(m.owned_count_in_role(&ana, &STUDENTS), 0);
        assert_eq!(m.summary().person_load, vec![(ana.clone(), 3)]);
        m.unassign_role(&ana, &FINANCE);
        assert_eq!(
            m.owned_count(&ana),
            1,
            "taking the role cleared what it said"
        );
        assert!(unheld(&m).contains(&FINANCE));
    }

    #[test]
    fn filter_by_text_and_status() {
        let mut m = m();
        let all = m.statement_count();
        let mut f = Filter::default();
        assert!(!f.is_active());
        assert_eq!(m.count_matching(&f), all);
        f.text = "  VOLUNTEERS ".into();
        assert!(f.is_active());
        // "Can assist in acquiring volunteers…" and "…Recruit student volunteers".
        assert_eq!(m.count_matching(&f), 2);
        let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
        m.set_note(&id, "Volunteers from the PTA");
        assert_eq!(m.count_matching(&f), 3, "notes are searched");
        f.status = Some(Status::Gap);
        assert_eq!(m.count_matching(&f), 0);
        m.set_status(&id, Status::Gap);
        assert_eq!(m.count_matching(&f), 1);
        f.text.clear();
        assert_eq!(m.count_matching(&f), 1);
        let cell = m.cell(&DISTRICT, &DECISION).expect("cell");
        assert_eq!(m.visible_statements(cell, &f).len(), 1);
        // Lead-ins are searched too.
        let f = Filter {
            text: "school-based program implementation".into(),
            status: None,
        };
        assert_eq!(m.count_matching(&f), 6 + 5 + 1 + 3);
    }

    #[test]
    fn matches_in_agrees_with_matches_for_every_statement() {
        let mut m = m();
        let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
        m.set_note(&id, "Volunteers from the PTA");
        m.set_status(&id, Status::Gap);
        let filters = [
            Filter::default(),
            Filter {
                text: " Volunteers".into(),
                status: None,
            },
            Filter {
                text: "school-based program implementation".into(),
                status: None,
            },
            Filter {
                text: String::new(),
                status: Some(Status::Gap),
            },
            Filter {
                text: "pta".into(),
                status: Some(Status::Gap),
            },
            Filter {
                text: "no statement says this".into(),
                status: None,
            },
        ];
        for f in &filters {
            for cell in &m.cells {
                let one_by_one: Vec<bool> =
                    cell.statements.iter().map(|s| f.matches(cell, s)).collect();
                assert_eq!(f.matches_in(cell), one_by_one, "{f:?}");
            }
        }
    }

    #[test]
    fn tally_counts_and_percent() {
        let mut t = Tally::default();
        assert_eq!((t.total(), t.percent_in_place()), (0, 0));
        for s in [
            Status::InPlace,
            Status::InPlace,
            Status::Gap,
            Status::InProgress,
            Status::NotAssessed,
            Status::NotAssessed,
        ] {
            t.add(s);
        }
        assert_eq!(
            t,
            Tally {
                not_assessed: 2,
                in_place: 2,
                in_progress: 1,
                gap: 1
            }
        );
        assert_eq!(t.total(), 6);
        assert_eq!(t.percent_in_place(), 33);
        assert_eq!(t.count(Status::InProgress), 1);
        t.add(Status::InPlace);
        assert_eq!(t.percent_in_place(), 43);
    }

    #[test]
    fn summary_of_the_source() {
        let m = m();
        let s = m.summary();
        let counts: Vec<usize> = s.by_role.iter().map(|(_, t)| t.total()).collect();
        // District 1+1+2+1+1+3+4+2+1+1 = 17; Finance 1+1+1+1+1+1+1+1+1+0 = 9;
        // Building 1+1+2+1+1+1+6+1+1+1 = 16; Coach 1+1+2+1+1+1+5+1+1+1 = 15;
        // Ecosystem 1+1+1+1+0+1+1+1+1+1 = 9; Students 1+2+1+0+0+1+3+1+1+1 = 11.
        assert_eq!(counts, vec![17, 9, 16, 15, 9, 11]);
        let areas: Vec<usize> = s.by_area.iter().map(|(_, t)| t.total()).collect();
        assert_eq!(areas, vec![6, 7, 9, 5, 4, 8, 20, 7, 6, 5]);
        assert_eq!(s.overall.total(), 77);
        assert_eq!(s.overall.not_assessed, 77);
        assert_eq!(s.not_assessed.len(), 77);
        assert!(s.gaps.is_empty());
        assert_eq!(s.roles_without_people.len(), 6);
        assert!(s.person_load.is_empty());
    }

    #[test]
    fn summary_follows_edits() {
        let (mut m, ana) = staffed();
        let ben = m.add_person("Ben", "Coach").expect("added");
        m.assign_role(&ben, &RoleId::new("instructional-coach"));
        let d = ids(&m, &DISTRICT, &PD);
        m.set_status(&d[0], Status::InPlace);
        m.set_status(&d[1], Status::Gap);
        m.set_status(&d[2], Status::InProgress);
        m.set_owner(&d[0], Some(&ana)).expect("holds");
        m.set_owner(&d[1], Some(&ana)).expect("holds");
        let s = m.summary();
        let district = s.by_role[0].1;
        assert_eq!(
            district,
            Tally {
                not_assessed: 14,
                in_place: 1,
                in_progress: 1,
                gap: 1
            }
        );
        assert_eq!(district.percent_in_place(), 6);
        let pd = s
            .by_area
            .iter()
            .find(|(id, _)| *id == *PD)
            .map(|(_, t)| *t)
            .expect("area");
        assert_eq!(
            pd,
            Tally {
                not_assessed: 5,
                in_place: 1,
                in_progress: 1,
                gap: 1
            }
        );
        assert_eq!(pd.percent_in_place(), 13);
        assert_eq!(s.overall.total(), 77);
        assert_eq!(s.overall.in_place, 1);
        assert_eq!(
            s.gaps,
            vec![StatementRef {
                role: DISTRICT.clone(),
                area: PD.clone(),
                statement: d[1].clone(),
                text: "Provide STEM Education Leadership and teacher PD".into(),
            }]
        );
        assert_eq!(s.not_assessed.len(), 74);
        assert!(!s.not_assessed.iter().any(|r| d.contains(&r.statement)));
        assert_eq!(
            s.roles_without_people,
            vec![
                "building-administration",
                "ecosystem-liaisons",
                "student-leaders"
            ]
        );
        assert_eq!(s.person_load, vec![(ana, 2), (ben, 0)]);
    }

    #[test]
    fn summary_follows_structure() {
        let mut m = m();
        m.move_role(&STUDENTS, -5);
        let board = m.add_role("Board", "").expect("added");
        m.add_statement(&board, &DECISION, "Approves plan")
            .expect("added");
        let s = m.summary();
        assert_eq!(s.by_role[0].0, *STUDENTS);
        assert_eq!(
            s.by_role.last().map(|(id, t)| (id.as_str(), t.total())),
            Some((board.as_str(), 1))
        );
        assert_eq!(s.by_area[0].1.total(), 7);
        assert_eq!(s.not_assessed.len(), 78);
        assert_eq!(
            s.not_assessed[0].role, *STUDENTS,
            "lists follow area then role order"
        );
    }

    #[test]
    fn status_keys_round_trip() {
        for &s in Status::ALL {
            assert_eq!(Status::from_key(s.key()), Some(s));
            assert_eq!(
                serde_json::to_string(&s).expect("json"),
                format!("\"{}\"", s.key())
            );
            assert!(!s.label().is_empty() && !s.icon().is_empty());
        }
        assert_eq!(Status::from_key("bogus"), None);
    }

    #[test]
    fn hand_written_matrix_loads_with_defaults() {
        let text = r#"{
            "roles": [{"id": "r", "name": "Role"}],
            "areas": [{"id": "a", "name": "Area"}],
            "cells": [{"role": "r", "area": "a", "statements": [{"id": "s", "text": "Do it"}]}]
        }"#;
        let m: Matrix = serde_json::from_str(text).expect("loads");
        assert_eq!(m.validate(), Ok(()));
        let s = &m.cells[0].statements[0];
        assert_eq!(
            (s.status, s.owner.as_ref(), s.note.as_str()),
            (Status::NotAssessed, None, "")
        );
        assert!(m.people.is_empty());
    }

    #[test]
    fn json_round_trip() {
        let (mut m, ana) = staffed();
        let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
        m.set_status(&id, Status::InProgress);
        m.set_owner(&id, Some(&ana)).expect("holds");
        let text = serde_json::to_string(&m).expect("json");
        assert!(text.contains("\"in_progress\""));
        assert_eq!(serde_json::from_str::<Matrix>(&text).expect("loads"), m);
    }

    #[test]
    fn validate_reports_field_paths() {
        let base = m();
        let check = |change: &dyn Fn(&mut Matrix), expected: &str| {
            let mut m = base.clone();
            change(&mut m);
            assert_eq!(
                m.validate().map_err(|e| e.to_string()),
                Err(expected.to_string())
            );
        };
        check(
            &|m| m.roles[1].id = DISTRICT.clone(),
            "roles[1].id: duplicate role id \"district-administration\"",
        );
        check(
            &|m| m.roles[0].id = RoleId::new(" "),
            "roles[0].id: must not be empty",
        );
        check(
            &|m| m.areas[2].id = DECISION.clone(),
            "areas[2].id: duplicate area id \"decision-making\"",
        );
        check(
            &|m| m.areas[0].id = AreaId::default(),
            "areas[0].id: must not be empty",
        );
        check(
            &|m| m.cells[3].role = RoleId::new("x"),
            "cells[3].role: no role with id \"x\"",
        );
        check(
            &|m| m.cells[3].area = AreaId::new("y"),
            "cells[3].area: no area with id \"y\"",
        );
        check(
            &|m| m.cells[1].role = DISTRICT.clone(),
            "cells[1]: a second cell for role \"district-administration\" and area \"decision-making\"",
        );
        check(
            &|m| {
                m.cells.pop();
            },
            "cells: no cell for role \"student-leaders\" and area \"advocacy\"",
        );
        check(
            &|m| m.cells[0].not_applicable = true,
            "cells[0].statements: a cell marked N/A must have no statements",
        );
        check(
            &|m| m.cells[1].statements[0].id = m.cells[0].statements[0].id.clone(),
            "cells[1].statements[0].id: duplicate statement id \"decision-making.district-administration.1\"",
        );
        check(
            &|m| m.cells[0].statements[0].id = StatementId::default(),
            "cells[0].statements[0].id: must not be empty",
        );
        check(
            &|m| m.cells[0].statements[0].owner = Some(PersonId::new("ghost")),
            "cells[0].statements[0].owner: no person with id \"ghost\"",
        );
        let with_person = |m: &mut Matrix| {
            m.add_person("Ana", "");
        };
        check(
            &|m| {
                with_person(m);
                m.cells[0].statements[0].owner = Some(PersonId::new("person-1"));
            },
            "cells[0].statements[0].owner: person \"person-1\" does not hold role \"district-administration\"",
        );
        check(
            &|m| {
                with_person(m);
                m.people[0].roles = vec![RoleId::new("zzz")];
            },
            "people[0].roles[0]: no role with id \"zzz\"",
        );
        check(
            &|m| {
                with_person(m);
                m.people[0].roles = vec![DISTRICT.clone(), DISTRICT.clone()];
            },
            "people[0].roles[1]: role \"district-administration\" listed twice",
        );
        check(
            &|m| {
                with_person(m);
                with_person(m);
                m.people[1].id = PersonId::new("person-1");
            },
            "people[1].id: duplicate person id \"person-1\"",
        );
        check(
            &|m| {
                with_person(m);
                m.people[0].id = PersonId::default();
            },
            "people[0].id: must not be empty",
        );
        let mut dangling = base.clone();
        dangling.cells[3].area = AreaId::new("y");
        assert_eq!(
            dangling.validate(),
            Err(ValidationError::new(
                "cells[3].area",
                Problem::UnknownId {
                    kind: IdKind::Area,
                    id: "y".into()
                }
            ))
        );
    }

    #[test]
    fn clear_invalid_owners_counts() {
        let (mut m, ana) = staffed();
        let d = ids(&m, &DISTRICT, &DECISION)[0].clone();
        m.set_owner(&d, Some(&ana)).expect("holds");
        assert_eq!(m.clear_invalid_owners(), 0);
        m.people[0].roles.clear();
        assert_eq!(m.clear_invalid_owners(), 1);
        assert_eq!(m.statement(&d).and_then(|s| s.owner.clone()), None);
    }
}
