//! Every change to the matrix: statements, cells, roles, areas and people.
//! Each keeps the matrix valid (ids unique, references resolved) or changes nothing.

use crate::model::validation::OwnerError;
use crate::model::values::ids::{fresh_id, AreaId, PersonId, RoleId, StatementId};
use std::collections::HashSet;

use super::*;

impl Matrix {
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
}
