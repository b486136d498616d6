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

use super::ids::fresh_id;
use super::matrix_seed;

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
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// A responsibility area, e.g. "Strategic Planning".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    pub name: String,
}

/// What one role does in one area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub role: String,
    pub area: String,
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
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub status: Status,
    /// A person holding the cell's role.
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    NotAssessed,
    InPlace,
    InProgress,
    Gap,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::NotAssessed,
        Status::InPlace,
        Status::InProgress,
        Status::Gap,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::NotAssessed => "Not assessed",
            Status::InPlace => "In place",
            Status::InProgress => "In progress",
            Status::Gap => "Gap",
        }
    }

    /// The serde name, used as a form value and CSS class suffix.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotAssessed => "not_assessed",
            Status::InPlace => "in_place",
            Status::InProgress => "in_progress",
            Status::Gap => "gap",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }

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
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub position: String,
    /// Role ids.
    #[serde(default)]
    pub roles: Vec<String>,
}

/// Counts of statements by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
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
    pub role: String,
    pub area: String,
    pub statement: String,
    pub text: String,
}

/// Everything the summary panel shows, computed in one pass.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub overall: Tally,
    /// In role order.
    pub by_role: Vec<(String, Tally)>,
    /// In area order.
    pub by_area: Vec<(String, Tally)>,
    /// In area order, then role order, then statement order.
    pub gaps: Vec<StatementRef>,
    pub not_assessed: Vec<StatementRef>,
    /// Role ids nobody holds, in role order.
    pub roles_without_people: Vec<String>,
    /// Person id and the number of statements they own, in people order.
    pub person_load: Vec<(String, usize)>,
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

    pub fn role(&self, id: &str) -> Option<&MatrixRole> {
        self.roles.iter().find(|r| r.id == id)
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn cell(&self, role: &str, area: &str) -> Option<&Cell> {
        self.cells.iter().find(|c| c.role == role && c.area == area)
    }

    fn cell_mut(&mut self, role: &str, area: &str) -> Option<&mut Cell> {
        self.cells
            .iter_mut()
            .find(|c| c.role == role && c.area == area)
    }

    /// The cell holding a statement, and the statement's index in it.
    pub fn locate(&self, statement: &str) -> Option<(&Cell, usize)> {
        self.cells.iter().find_map(|c| {
            c.statements
                .iter()
                .position(|s| s.id == statement)
                .map(|i| (c, i))
        })
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.locate(id).map(|(c, i)| &c.statements[i])
    }

    fn locate_mut(&mut self, statement: &str) -> Option<(&mut Cell, usize)> {
        self.cells.iter_mut().find_map(|c| {
            let index = c.statements.iter().position(|s| s.id == statement)?;
            Some((c, index))
        })
    }

    fn statement_mut(&mut self, id: &str) -> Option<&mut Statement> {
        self.locate_mut(id).map(|(c, i)| &mut c.statements[i])
    }

    fn statement_ids(&self) -> Vec<String> {
        self.cells
            .iter()
            .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
            .collect()
    }

    fn fresh_statement_id(&self) -> String {
        let taken = self.statement_ids();
        fresh_id("s", taken.iter().map(String::as_str))
    }

    /// People who hold a role, in people order.
    pub fn holders(&self, role: &str) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| p.roles.iter().any(|r| r == role))
            .collect()
    }

    /// Whether `person` may own statements of `role`'s cells.
    pub fn may_own(&self, person: &str, role: &str) -> bool {
        self.person(person)
            .is_some_and(|p| p.roles.iter().any(|r| r == role))
    }

    /// Whether the published table has a cell for this pair (default role and area).
    pub fn has_source_cell(role: &str, area: &str) -> bool {
        matrix_seed::source_cell(role, area).is_some()
    }

    // ----- statements ----------------------------------------------------

    /// Adds a statement at the end of a cell and returns its id. Adding to an
    /// N/A cell makes the cell applicable. Empty text or an unknown cell adds nothing.
    pub fn add_statement(&mut self, role: &str, area: &str, text: &str) -> Option<String> {
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
    pub fn edit_statement(&mut self, id: &str, text: &str) -> bool {
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

    pub fn delete_statement(&mut self, id: &str) -> Option<Statement> {
        let (cell, index) = self.locate_mut(id)?;
        Some(cell.statements.remove(index))
    }

    /// Moves a statement up (negative) or down (positive) within its cell.
    pub fn move_statement(&mut self, id: &str, delta: isize) -> bool {
        match self.locate_mut(id) {
            Some((cell, index)) => shift(&mut cell.statements, index, delta),
            None => false,
        }
    }

    pub fn set_status(&mut self, id: &str, status: Status) -> bool {
        match self.statement_mut(id) {
            Some(s) => {
                s.status = status;
                true
            }
            None => false,
        }
    }

    /// Sets or clears a statement's owner. The owner must hold the cell's role.
    pub fn set_owner(&mut self, id: &str, owner: Option<&str>) -> Result<(), String> {
        let (role, _) = self
            .locate(id)
            .map(|(c, _)| (c.role.clone(), ()))
            .ok_or_else(|| format!("no statement with id \"{id}\""))?;
        if let Some(person) = owner {
            if self.person(person).is_none() {
                return Err(format!("no person with id \"{person}\""));
            }
            if !self.may_own(person, &role) {
                return Err(format!("person \"{person}\" does not hold role \"{role}\""));
            }
        }
        if let Some(s) = self.statement_mut(id) {
            s.owner = owner.map(str::to_string);
        }
        Ok(())
    }

    pub fn set_note(&mut self, id: &str, note: &str) -> bool {
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
    pub fn set_not_applicable(&mut self, role: &str, area: &str, value: bool) -> Vec<Statement> {
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

    pub fn set_lead_in(&mut self, role: &str, area: &str, text: &str) -> bool {
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
    pub fn restore_cell(&mut self, role: &str, area: &str) -> bool {
        let Some(source) = matrix_seed::source_cell(role, area) else {
            return false;
        };
        let Some(current) = self.cell(role, area).cloned() else {
            return false;
        };
        let mut taken: HashSet<String> = self
            .cells
            .iter()
            .filter(|c| !(c.role == role && c.area == area))
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
                    s.id = fresh_id("s", taken.iter().map(String::as_str));
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
    pub fn restore_all(&mut self, keep_assessments: bool) -> Vec<String> {
        let mut source = Matrix::from_source();
        let removed: Vec<String> = self
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
    pub fn add_role(&mut self, name: &str, description: &str) -> Option<String> {
        let name = clean(name);
        if name.is_empty() {
            return None;
        }
        let id = fresh_id("role", self.roles.iter().map(|r| r.id.as_str()));
        self.roles.push(MatrixRole {
            id: id.clone(),
            name,
            description: clean(description),
        });
        for area in &self.areas {
            self.cells.push(Cell::empty(&id, &area.id));
        }
        Some(id)
    }

    pub fn rename_role(&mut self, id: &str, name: &str) -> bool {
        let name = clean(name);
        match self.roles.iter_mut().find(|r| r.id == id) {
            Some(role) if !name.is_empty() => {
                role.name = name;
                true
            }
            _ => false,
        }
    }

    pub fn describe_role(&mut self, id: &str, description: &str) -> bool {
        match self.roles.iter_mut().find(|r| r.id == id) {
            Some(role) => {
                role.description = clean(description);
                true
            }
            None => false,
        }
    }

    /// Removes a role, its cells and people's links to it.
    /// (Links from teacher-leader roles: see `Plan::delete_matrix_role`.)
    pub fn delete_role(&mut self, id: &str) {
        self.roles.retain(|r| r.id != id);
        self.cells.retain(|c| c.role != id);
        for person in &mut self.people {
            person.roles.retain(|r| r != id);
        }
    }

    pub fn move_role(&mut self, id: &str, delta: isize) -> bool {
        match self.roles.iter().position(|r| r.id == id) {
            Some(index) => shift(&mut self.roles, index, delta),
            None => false,
        }
    }

    // ----- areas ---------------------------------------------------------

    /// Adds an area at the end with an empty cell for every role; returns its id.
    pub fn add_area(&mut self, name: &str) -> Option<String> {
        let name = clean(name);
        if name.is_empty() {
            return None;
        }
        let id = fresh_id("area", self.areas.iter().map(|a| a.id.as_str()));
        self.areas.push(Area {
            id: id.clone(),
            name,
        });
        for role in &self.roles {
            self.cells.push(Cell::empty(&role.id, &id));
        }
        Some(id)
    }

    pub fn rename_area(&mut self, id: &str, name: &str) -> bool {
        let name = clean(name);
        match self.areas.iter_mut().find(|a| a.id == id) {
            Some(area) if !name.is_empty() => {
                area.name = name;
                true
            }
            _ => false,
        }
    }

    /// Removes an area and its cells (and with them their statements).
    pub fn delete_area(&mut self, id: &str) -> bool {
        let before = self.areas.len();
        self.areas.retain(|a| a.id != id);
        self.cells.retain(|c| c.area != id);
        before != self.areas.len()
    }

    pub fn move_area(&mut self, id: &str, delta: isize) -> bool {
        match self.areas.iter().position(|a| a.id == id) {
            Some(index) => shift(&mut self.areas, index, delta),
            None => false,
        }
    }

    // ----- people --------------------------------------------------------

    /// Adds a person and returns their id. A name is required.
    pub fn add_person(&mut self, name: &str, position: &str) -> Option<String> {
        let name = clean(name);
        if name.is_empty() {
            return None;
        }
        let id = fresh_id("person", self.people.iter().map(|p| p.id.as_str()));
        self.people.push(Person {
            id: id.clone(),
            name,
            position: clean(position),
            roles: Vec::new(),
        });
        Some(id)
    }

    pub fn rename_person(&mut self, id: &str, name: &str) -> bool {
        let name = clean(name);
        match self.people.iter_mut().find(|p| p.id == id) {
            Some(person) if !name.is_empty() => {
                person.name = name;
                true
            }
            _ => false,
        }
    }

    pub fn set_position(&mut self, id: &str, position: &str) -> bool {
        match self.people.iter_mut().find(|p| p.id == id) {
            Some(person) => {
                person.position = clean(position);
                true
            }
            None => false,
        }
    }

    /// Removes a person and clears the statements they owned.
    pub fn delete_person(&mut self, id: &str) -> Option<Person> {
        let index = self.people.iter().position(|p| p.id == id)?;
        let person = self.people.remove(index);
        self.clear_invalid_owners();
        Some(person)
    }

    /// Gives a person a role (no-op if they hold it already).
    pub fn assign_role(&mut self, person: &str, role: &str) -> bool {
        if self.role(role).is_none() {
            return false;
        }
        match self.people.iter_mut().find(|p| p.id == person) {
            Some(p) => {
                if !p.roles.iter().any(|r| r == role) {
                    p.roles.push(role.to_string());
                }
                true
            }
            None => false,
        }
    }

    /// Takes a role from a person, clearing their ownership of that role's statements.
    pub fn unassign_role(&mut self, person: &str, role: &str) -> bool {
        let changed = match self.people.iter_mut().find(|p| p.id == person) {
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
        let holds: HashSet<(String, String)> = self
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
            .map(|c| c.statements.iter().filter(|s| filter.matches(c, s)).count())
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
        let mut load: Vec<(String, usize)> =
            self.people.iter().map(|p| (p.id.clone(), 0)).collect();
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
                    if let Some(owner) = &s.owner {
                        if let Some(entry) = load.iter_mut().find(|(id, _)| id == owner) {
                            entry.1 += 1;
                        }
                    }
                }
            }
        }
        summary.roles_without_people = self
            .roles
            .iter()
            .filter(|r| self.holders(&r.id).is_empty())
            .map(|r| r.id.clone())
            .collect();
        summary.person_load = load;
        summary
    }

    // ----- validation ----------------------------------------------------

    /// Checks unique ids, one cell per role × area pair, N/A cells without
    /// statements, and that people and owners reference existing ids.
    /// The error names a field path relative to the matrix.
    pub fn validate(&self) -> Result<(), String> {
        let mut roles = HashSet::new();
        for (i, role) in self.roles.iter().enumerate() {
            if role.id.trim().is_empty() {
                return Err(format!("roles[{i}].id: must not be empty"));
            }
            if !roles.insert(role.id.as_str()) {
                return Err(format!("roles[{i}].id: duplicate role id \"{}\"", role.id));
            }
        }
        let mut areas = HashSet::new();
        for (i, area) in self.areas.iter().enumerate() {
            if area.id.trim().is_empty() {
                return Err(format!("areas[{i}].id: must not be empty"));
            }
            if !areas.insert(area.id.as_str()) {
                return Err(format!("areas[{i}].id: duplicate area id \"{}\"", area.id));
            }
        }
        let mut people = HashSet::new();
        for (i, person) in self.people.iter().enumerate() {
            if person.id.trim().is_empty() {
                return Err(format!("people[{i}].id: must not be empty"));
            }
            if !people.insert(person.id.as_str()) {
                return Err(format!(
                    "people[{i}].id: duplicate person id \"{}\"",
                    person.id
                ));
            }
            let mut held = HashSet::new();
            for (j, role) in person.roles.iter().enumerate() {
                if !roles.contains(role.as_str()) {
                    return Err(format!(
                        "people[{i}].roles[{j}]: no role with id \"{role}\""
                    ));
                }
                if !held.insert(role.as_str()) {
                    return Err(format!(
                        "people[{i}].roles[{j}]: role \"{role}\" listed twice"
                    ));
                }
            }
        }
        let mut pairs = HashSet::new();
        let mut statements = HashSet::new();
        for (i, cell) in self.cells.iter().enumerate() {
            if !roles.contains(cell.role.as_str()) {
                return Err(format!(
                    "cells[{i}].role: no role with id \"{}\"",
                    cell.role
                ));
            }
            if !areas.contains(cell.area.as_str()) {
                return Err(format!(
                    "cells[{i}].area: no area with id \"{}\"",
                    cell.area
                ));
            }
            if !pairs.insert((cell.role.as_str(), cell.area.as_str())) {
                return Err(format!(
                    "cells[{i}]: a second cell for role \"{}\" and area \"{}\"",
                    cell.role, cell.area
                ));
            }
            if cell.not_applicable && !cell.statements.is_empty() {
                return Err(format!(
                    "cells[{i}].statements: a cell marked N/A must have no statements"
                ));
            }
            for (j, s) in cell.statements.iter().enumerate() {
                if s.id.trim().is_empty() {
                    return Err(format!("cells[{i}].statements[{j}].id: must not be empty"));
                }
                if !statements.insert(s.id.as_str()) {
                    return Err(format!(
                        "cells[{i}].statements[{j}].id: duplicate statement id \"{}\"",
                        s.id
                    ));
                }
                if let Some(owner) = &s.owner {
                    if !people.contains(owner.as_str()) {
                        return Err(format!(
                            "cells[{i}].statements[{j}].owner: no person with id \"{owner}\""
                        ));
                    }
                    if !self.may_own(owner, &cell.role) {
                        return Err(format!(
                            "cells[{i}].statements[{j}].owner: person \"{owner}\" does not hold role \"{}\"",
                            cell.role
                        ));
                    }
                }
            }
        }
        for role in &self.roles {
            for area in &self.areas {
                if !pairs.contains(&(role.id.as_str(), area.id.as_str())) {
                    return Err(format!(
                        "cells: no cell for role \"{}\" and area \"{}\"",
                        role.id, area.id
                    ));
                }
            }
        }
        Ok(())
    }
}

impl Cell {
    pub fn empty(role: &str, area: &str) -> Cell {
        Cell {
            role: role.to_string(),
            area: area.to_string(),
            not_applicable: false,
            lead_in: String::new(),
            statements: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DISTRICT: &str = "district-administration";
    const FINANCE: &str = "finance-officer";
    const STUDENTS: &str = "student-leaders";
    const DECISION: &str = "decision-making";
    const PD: &str = "professional-development";
    const BUDGET: &str = "budgetary-support";

    fn m() -> Matrix {
        Matrix::from_source()
    }

    fn texts(m: &Matrix, role: &str, area: &str) -> Vec<String> {
        m.cell(role, area)
            .map(|c| c.statements.iter().map(|s| s.text.clone()).collect())
            .unwrap_or_default()
    }

    fn ids(m: &Matrix, role: &str, area: &str) -> Vec<String> {
        m.cell(role, area)
            .map(|c| c.statements.iter().map(|s| s.id.clone()).collect())
            .unwrap_or_default()
    }

    /// A matrix with one person holding District and Finance, owning a statement.
    fn staffed() -> (Matrix, String) {
        let mut m = m();
        let ana = m.add_person("Ana Ruiz", "Superintendent").expect("named");
        assert!(m.assign_role(&ana, DISTRICT));
        assert!(m.assign_role(&ana, FINANCE));
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
            .add_statement(DISTRICT, DECISION, "  Reviews data yearly ")
            .expect("added");
        assert_eq!(id, "s-1");
        assert_eq!(
            texts(&m, DISTRICT, DECISION).last().map(String::as_str),
            Some("Reviews data yearly")
        );
        let second = m
            .add_statement(DISTRICT, DECISION, "Another")
            .expect("added");
        assert_eq!(second, "s-2");
        assert_eq!(m.add_statement(DISTRICT, DECISION, "   "), None);
        assert_eq!(m.add_statement("nobody", DECISION, "x"), None);
        // N/A cell becomes applicable.
        assert!(m.cell(STUDENTS, BUDGET).is_some_and(|c| c.not_applicable));
        m.add_statement(STUDENTS, BUDGET, "Raises funds at events")
            .expect("added");
        let cell = m.cell(STUDENTS, BUDGET).expect("cell");
        assert!(!cell.not_applicable);
        assert_eq!(cell.statements.len(), 1);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn edit_statement_replaces_text_and_refuses_empty() {
        let mut m = m();
        let id = ids(&m, DISTRICT, DECISION)[0].clone();
        assert!(m.edit_statement(&id, " New text "));
        assert_eq!(m.statement(&id).map(|s| s.text.as_str()), Some("New text"));
        assert!(!m.edit_statement(&id, "  "));
        assert_eq!(m.statement(&id).map(|s| s.text.as_str()), Some("New text"));
        assert!(!m.edit_statement("missing", "x"));
    }

    #[test]
    fn delete_statement_returns_it() {
        let mut m = m();
        let before = ids(&m, DISTRICT, PD);
        let gone = m.delete_statement(&before[1]).expect("deleted");
        assert_eq!(
            gone.text,
            "Provide STEM Education Leadership and teacher PD"
        );
        assert_eq!(
            ids(&m, DISTRICT, PD),
            vec![before[0].clone(), before[2].clone()]
        );
        assert_eq!(m.delete_statement(&before[1]), None);
    }

    #[test]
    fn move_statement_within_cell() {
        let mut m = m();
        let before = ids(&m, DISTRICT, PD);
        assert!(m.move_statement(&before[0], 1));
        assert_eq!(
            ids(&m, DISTRICT, PD),
            vec![before[1].clone(), before[0].clone(), before[2].clone()]
        );
        assert!(m.move_statement(&before[2], -2));
        assert_eq!(
            ids(&m, DISTRICT, PD),
            vec![before[2].clone(), before[1].clone(), before[0].clone()]
        );
        assert!(!m.move_statement(&before[2], -1), "already first");
        assert!(!m.move_statement(&before[0], 1), "already last");
        assert!(!m.move_statement(&before[0], 0));
        assert!(!m.move_statement("missing", 1));
    }

    #[test]
    fn status_and_note_set_and_trim() {
        let mut m = m();
        let id = ids(&m, DISTRICT, DECISION)[0].clone();
        assert!(m.set_status(&id, Status::Gap));
        assert_eq!(m.statement(&id).map(|s| s.status), Some(Status::Gap));
        assert!(m.set_note(&id, "  ask the board "));
        assert_eq!(
            m.statement(&id).map(|s| s.note.as_str()),
            Some("ask the board")
        );
        assert!(!m.set_status("missing", Status::Gap));
        assert!(!m.set_note("missing", "x"));
    }

    #[test]
    fn owner_must_hold_the_cells_role() {
        let (mut m, ana) = staffed();
        let district = ids(&m, DISTRICT, DECISION)[0].clone();
        let student = ids(&m, STUDENTS, DECISION)[0].clone();
        assert_eq!(m.set_owner(&district, Some(&ana)), Ok(()));
        assert_eq!(
            m.statement(&district).and_then(|s| s.owner.clone()),
            Some(ana.clone())
        );
        assert!(m.set_owner(&student, Some(&ana)).is_err());
        assert!(m.set_owner(&district, Some("ghost")).is_err());
        assert!(m.set_owner("missing", None).is_err());
        assert_eq!(m.set_owner(&district, None), Ok(()));
        assert_eq!(m.statement(&district).and_then(|s| s.owner.clone()), None);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn marking_na_removes_statements_and_lead_in() {
        let mut m = m();
        let area = "curricular-aspects";
        let role = "building-administration";
        let removed = m.set_not_applicable(role, area, true);
        assert_eq!(removed.len(), 6);
        let cell = m.cell(role, area).expect("cell");
        assert!(cell.not_applicable && cell.statements.is_empty() && cell.lead_in.is_empty());
        assert_eq!(m.validate(), Ok(()));
        assert!(m.set_not_applicable(role, area, false).is_empty());
        assert!(!m.cell(role, area).expect("cell").not_applicable);
        assert!(m.set_not_applicable("nobody", area, true).is_empty());
    }

    #[test]
    fn lead_in_can_be_edited() {
        let mut m = m();
        assert!(m.set_lead_in(DISTRICT, DECISION, " For all schools: "));
        assert_eq!(
            m.cell(DISTRICT, DECISION).map(|c| c.lead_in.as_str()),
            Some("For all schools:")
        );
        assert!(!m.set_lead_in("nobody", DECISION, "x"));
    }

    #[test]
    fn restore_cell_brings_back_text_and_keeps_assessments() {
        let (mut m, ana) = staffed();
        let original = m.cell(DISTRICT, PD).cloned().expect("cell");
        let first = original.statements[0].id.clone();
        m.set_status(&first, Status::InPlace);
        m.set_owner(&first, Some(&ana)).expect("holds role");
        m.set_note(&first, "done in 2024");
        m.edit_statement(&first, "changed");
        m.delete_statement(&original.statements[2].id);
        m.add_statement(DISTRICT, PD, "extra").expect("added");
        m.set_lead_in(DISTRICT, PD, "lead");
        assert!(m.restore_cell(DISTRICT, PD));
        let cell = m.cell(DISTRICT, PD).expect("cell");
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
            (kept.status, kept.owner.as_deref(), kept.note.as_str()),
            (Status::InPlace, Some(ana.as_str()), "done in 2024")
        );
        assert_eq!(cell.statements[2].status, Status::NotAssessed);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn restore_cell_brings_back_na_and_refuses_custom_pairs() {
        let mut m = m();
        m.set_not_applicable(STUDENTS, BUDGET, false);
        m.add_statement(STUDENTS, BUDGET, "x");
        assert!(m.restore_cell(STUDENTS, BUDGET));
        let cell = m.cell(STUDENTS, BUDGET).expect("cell");
        assert!(cell.not_applicable && cell.statements.is_empty());
        let role = m.add_role("Board", "").expect("added");
        assert!(!m.restore_cell(&role, DECISION));
        assert!(!Matrix::has_source_cell(&role, DECISION));
        assert!(Matrix::has_source_cell(DISTRICT, DECISION));
        m.delete_area(DECISION);
        assert!(!m.restore_cell(DISTRICT, DECISION), "cell no longer exists");
    }

    #[test]
    fn restore_cell_renames_a_source_id_used_elsewhere() {
        let mut m = m();
        let id = ids(&m, DISTRICT, DECISION)[0].clone();
        // A hand-edited file could move a source statement to another cell.
        let s = m.delete_statement(&id).expect("deleted");
        m.cells
            .iter_mut()
            .find(|c| c.role == FINANCE && c.area == DECISION)
            .expect("cell")
            .statements
            .push(s);
        assert!(m.restore_cell(DISTRICT, DECISION));
        assert_ne!(ids(&m, DISTRICT, DECISION)[0], id);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn restore_all_keeps_people_and_optionally_assessments() {
        let (mut m, ana) = staffed();
        let first = ids(&m, DISTRICT, DECISION)[0].clone();
        m.set_status(&first, Status::Gap);
        m.set_owner(&first, Some(&ana)).expect("holds role");
        let board = m.add_role("School Board", "").expect("added");
        m.assign_role(&ana, &board);
        m.add_area("Equity").expect("added");
        m.rename_role(DISTRICT, "District office");
        m.delete_role(FINANCE);
        m.move_area(DECISION, 3);

        let mut kept = m.clone();
        let removed = kept.restore_all(true);
        assert_eq!(removed, vec![board.clone()]);
        let mut fresh = Matrix::from_source();
        fresh.people = kept.people.clone();
        assert_eq!(
            kept.people[0].roles,
            vec![DISTRICT.to_string()],
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
        assert!(m.rename_role(FINANCE, " Business Manager "));
        assert_eq!(
            m.role(FINANCE).map(|r| r.name.as_str()),
            Some("Business Manager")
        );
        assert!(!m.rename_role(FINANCE, " "));
        assert!(!m.rename_role("nobody", "x"));
        assert!(m.describe_role(FINANCE, " CFO "));
        assert_eq!(m.role(FINANCE).map(|r| r.description.as_str()), Some("CFO"));
        assert!(m.describe_role(FINANCE, ""));
        assert!(!m.describe_role("nobody", "x"));
    }

    #[test]
    fn delete_role_removes_cells_links_and_owners() {
        let (mut m, ana) = staffed();
        let fin = ids(&m, FINANCE, DECISION)[0].clone();
        m.set_owner(&fin, Some(&ana)).expect("holds role");
        m.delete_role(FINANCE);
        assert!(m.role(FINANCE).is_none());
        assert_eq!(m.cells.len(), 50);
        assert!(m.cells.iter().all(|c| c.role != FINANCE));
        assert_eq!(m.people[0].roles, vec![DISTRICT.to_string()]);
        assert_eq!(m.statement(&fin), None);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn move_role_and_area() {
        let mut m = m();
        assert!(m.move_role(FINANCE, -1));
        assert_eq!(m.roles[0].id, FINANCE);
        assert!(!m.move_role(FINANCE, -1));
        assert!(m.move_role(FINANCE, 5));
        assert_eq!(m.roles[5].id, FINANCE);
        assert!(!m.move_role(FINANCE, 1));
        assert!(!m.move_role("nobody", 1));
        assert!(m.move_area("advocacy", -9));
        assert_eq!(m.areas[0].id, "advocacy");
        assert_eq!(m.areas[1].id, DECISION);
        assert!(!m.move_area("advocacy", -1));
        assert!(!m.move_area("nobody", 1));
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
        assert!(!m.rename_area("nowhere", "x"));
        assert_eq!(m.validate(), Ok(()));
        assert!(m.delete_area(DECISION));
        assert!(!m.delete_area(DECISION));
        assert_eq!(m.cells.len(), 60);
        assert!(m.cells.iter().all(|c| c.area != DECISION));
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
        assert!(!m.rename_person("ghost", "x"));
        assert!(m.set_position(&b, "Coach"));
        assert!(!m.set_position("ghost", "x"));
        assert_eq!(m.person(&b).map(|p| p.position.as_str()), Some("Coach"));
        m.assign_role(&a, DISTRICT);
        let id = ids(&m, DISTRICT, DECISION)[0].clone();
        m.set_owner(&id, Some(&a)).expect("holds role");
        assert_eq!(m.delete_person(&a).map(|p| p.name), Some("Ana Ruiz".into()));
        assert_eq!(m.statement(&id).and_then(|s| s.owner.clone()), None);
        assert_eq!(m.delete_person(&a), None);
        assert_eq!(m.validate(), Ok(()));
    }

    #[test]
    fn assign_and_unassign_roles() {
        let (mut m, ana) = staffed();
        assert_eq!(
            m.people[0].roles,
            vec![DISTRICT.to_string(), FINANCE.to_string()]
        );
        assert!(m.assign_role(&ana, DISTRICT), "holding twice is a no-op");
        assert_eq!(m.people[0].roles.len(), 2);
        assert!(!m.assign_role(&ana, "nobody"));
        assert!(!m.assign_role("ghost", DISTRICT));
        assert_eq!(m.holders(DISTRICT).len(), 1);
        let d = ids(&m, DISTRICT, DECISION)[0].clone();
        let f = ids(&m, FINANCE, DECISION)[0].clone();
        m.set_owner(&d, Some(&ana)).expect("holds");
        m.set_owner(&f, Some(&ana)).expect("holds");
        assert!(m.unassign_role(&ana, FINANCE));
        assert!(!m.unassign_role(&ana, FINANCE));
        assert!(!m.unassign_role("ghost", FINANCE));
        assert_eq!(m.statement(&f).and_then(|s| s.owner.clone()), None);
        assert_eq!(m.statement(&d).and_then(|s| s.owner.clone()), Some(ana));
        assert_eq!(m.validate(), Ok(()));
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
        let id = ids(&m, DISTRICT, DECISION)[0].clone();
        m.set_note(&id, "Volunteers from the PTA");
        assert_eq!(m.count_matching(&f), 3, "notes are searched");
        f.status = Some(Status::Gap);
        assert_eq!(m.count_matching(&f), 0);
        m.set_status(&id, Status::Gap);
        assert_eq!(m.count_matching(&f), 1);
        f.text.clear();
        assert_eq!(m.count_matching(&f), 1);
        let cell = m.cell(DISTRICT, DECISION).expect("cell");
        assert_eq!(m.visible_statements(cell, &f).len(), 1);
        // Lead-ins are searched too.
        let f = Filter {
            text: "school-based program implementation".into(),
            status: None,
        };
        assert_eq!(m.count_matching(&f), 6 + 5 + 1 + 3);
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
        m.assign_role(&ben, "instructional-coach");
        let d = ids(&m, DISTRICT, PD);
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
            .find(|(id, _)| id == PD)
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
                role: DISTRICT.into(),
                area: PD.into(),
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
        m.move_role(STUDENTS, -5);
        let board = m.add_role("Board", "").expect("added");
        m.add_statement(&board, DECISION, "Approves plan")
            .expect("added");
        let s = m.summary();
        assert_eq!(s.by_role[0].0, STUDENTS);
        assert_eq!(
            s.by_role.last().map(|(id, t)| (id.as_str(), t.total())),
            Some((board.as_str(), 1))
        );
        assert_eq!(s.by_area[0].1.total(), 7);
        assert_eq!(s.not_assessed.len(), 78);
        assert_eq!(
            s.not_assessed[0].role, STUDENTS,
            "lists follow area then role order"
        );
    }

    #[test]
    fn status_keys_round_trip() {
        for s in Status::ALL {
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
            (s.status, s.owner.as_deref(), s.note.as_str()),
            (Status::NotAssessed, None, "")
        );
        assert!(m.people.is_empty());
    }

    #[test]
    fn json_round_trip() {
        let (mut m, ana) = staffed();
        let id = ids(&m, DISTRICT, DECISION)[0].clone();
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
            assert_eq!(m.validate(), Err(expected.to_string()));
        };
        check(
            &|m| m.roles[1].id = DISTRICT.into(),
            "roles[1].id: duplicate role id \"district-administration\"",
        );
        check(
            &|m| m.roles[0].id = " ".into(),
            "roles[0].id: must not be empty",
        );
        check(
            &|m| m.areas[2].id = DECISION.into(),
            "areas[2].id: duplicate area id \"decision-making\"",
        );
        check(&|m| m.areas[0].id.clear(), "areas[0].id: must not be empty");
        check(
            &|m| m.cells[3].role = "x".into(),
            "cells[3].role: no role with id \"x\"",
        );
        check(
            &|m| m.cells[3].area = "y".into(),
            "cells[3].area: no area with id \"y\"",
        );
        check(
            &|m| m.cells[1].role = DISTRICT.into(),
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
            &|m| m.cells[0].statements[0].id.clear(),
            "cells[0].statements[0].id: must not be empty",
        );
        check(
            &|m| m.cells[0].statements[0].owner = Some("ghost".into()),
            "cells[0].statements[0].owner: no person with id \"ghost\"",
        );
        let with_person = |m: &mut Matrix| {
            m.add_person("Ana", "");
        };
        check(
            &|m| {
                with_person(m);
                m.cells[0].statements[0].owner = Some("person-1".into());
            },
            "cells[0].statements[0].owner: person \"person-1\" does not hold role \"district-administration\"",
        );
        check(
            &|m| {
                with_person(m);
                m.people[0].roles = vec!["zzz".into()];
            },
            "people[0].roles[0]: no role with id \"zzz\"",
        );
        check(
            &|m| {
                with_person(m);
                m.people[0].roles = vec![DISTRICT.into(), DISTRICT.into()];
            },
            "people[0].roles[1]: role \"district-administration\" listed twice",
        );
        check(
            &|m| {
                with_person(m);
                with_person(m);
                m.people[1].id = "person-1".into();
            },
            "people[1].id: duplicate person id \"person-1\"",
        );
        check(
            &|m| {
                with_person(m);
                m.people[0].id.clear();
            },
            "people[0].id: must not be empty",
        );
    }

    #[test]
    fn clear_invalid_owners_counts() {
        let (mut m, ana) = staffed();
        let d = ids(&m, DISTRICT, DECISION)[0].clone();
        m.set_owner(&d, Some(&ana)).expect("holds");
        assert_eq!(m.clear_invalid_owners(), 0);
        m.people[0].roles.clear();
        assert_eq!(m.clear_invalid_owners(), 1);
        assert_eq!(m.statement(&d).and_then(|s| s.owner.clone()), None);
    }
}
