//! The matrix's rules, checked on every plan read from a file or storage.

use crate::model::validation::{IdKind, Problem, ValidationError};
use std::collections::HashSet;

use super::*;

impl Matrix {
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
