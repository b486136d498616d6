//! After items were taken from both sides: the links that no longer hold,
//! repaired so the merged plan passes `Plan::validate`.

use std::collections::HashSet;

use crate::model::matrix::{Cell, Person};
use crate::model::values::ids::{PersonId, RoleId};
use crate::model::Plan;

use super::apply::place;
use super::items::quoted;

/// What the repairs did, in words.
#[derive(Debug, Default)]
pub(super) struct Notes {
    pub brought_along: Vec<String>,
    pub adjusted: Vec<String>,
}

/// One cell per role × area of the merged matrix: cells of roles or areas
/// that are gone leave with their statements; missing cells are added empty
/// (a role or area taken from the file gets its cells' N/A marks and
/// lead-ins as `cell` items, its statements as `statement` items).
pub(super) fn fix_grid(plan: &mut Plan, notes: &mut Notes) {
    let m = &mut plan.matrix;
    let roles: HashSet<RoleId> = m.roles.iter().map(|r| r.id.clone()).collect();
    let areas: HashSet<_> = m.areas.iter().map(|a| a.id.clone()).collect();
    let mut pairs = HashSet::new();
    let mut dropped = Vec::new();
    m.cells.retain(|c| {
        let keep = roles.contains(&c.role)
            && areas.contains(&c.area)
            && pairs.insert((c.role.clone(), c.area.clone()));
        if !keep {
            dropped.extend(c.statements.iter().map(|s| s.text.clone()));
        }
        keep
    });
    for text in dropped {
        notes.adjusted.push(format!(
            "Statement {} was removed with its role or area",
            quoted(&text)
        ));
    }
    for area in &m.areas {
        for role in &m.roles {
            if !pairs.contains(&(role.id.clone(), area.id.clone())) {
                m.cells.push(Cell::empty(role.id.clone(), area.id.clone()));
            }
        }
    }
}

/// Repairs every link of the merged plan (see `apply`).
pub(super) fn repair(plan: &mut Plan, this: &Plan, file: &Plan, notes: &mut Notes) {
    fix_grid(plan, notes);
    for cell in &mut plan.matrix.cells {
        if cell.not_applicable && !cell.statements.is_empty() {
            cell.not_applicable = false;
            let role = plan.matrix.roles.iter().find(|r| r.id == cell.role);
            let area = plan.matrix.areas.iter().find(|a| a.id == cell.area);
            notes.adjusted.push(format!(
                "Cell ({}, {}) is no longer marked N/A: it keeps {} statements",
                role.map_or("", |r| r.name.as_str()),
                area.map_or("", |a| a.name.as_str()),
                cell.statements.len()
            ));
        }
    }
    let roles: HashSet<RoleId> = plan.matrix.roles.iter().map(|r| r.id.clone()).collect();
    for person in &mut plan.matrix.people {
        let mut held = HashSet::new();
        person
            .roles
            .retain(|r| roles.contains(r) && held.insert(r.clone()));
    }
    owners(plan, this, file, notes);
    teacher_role_links(plan, notes);
}

/// Everything that names an owner: statements (who must hold the cell's
/// role), actions and documents. An owner missing from the merged people is
/// brought back, as the file has them (else as this plan had them); an
/// owner who no longer holds a statement's role gets it back.
fn owners(plan: &mut Plan, this: &Plan, file: &Plan, notes: &mut Notes) {
    let mut needed: Vec<(PersonId, Option<RoleId>, String)> = Vec::new();
    for cell in &plan.matrix.cells {
        for s in &cell.statements {
            if let Some(owner) = &s.owner {
                let what = format!("statement {}", quoted(&s.text));
                needed.push((owner.clone(), Some(cell.role.clone()), what));
            }
        }
    }
    for action in plan.implementation.considerations.values().flatten() {
        if let Some(owner) = &action.owner {
            needed.push((
                owner.clone(),
                None,
                format!("action {}", quoted(&action.text)),
            ));
        }
    }
    for document in &plan.implementation.documents {
        if let Some(owner) = &document.owner {
            let what = format!("document {}", quoted(&document.title));
            needed.push((owner.clone(), None, what));
        }
    }
    let roles: HashSet<RoleId> = plan.matrix.roles.iter().map(|r| r.id.clone()).collect();
    for (owner, role, what) in needed {
        let m = &mut plan.matrix;
        if m.person(&owner).is_none() {
            let (from, list): (Option<&Person>, &[Person]) = match file.matrix.person(&owner) {
                Some(p) => (Some(p), &file.matrix.people),
                None => (this.matrix.person(&owner), &this.matrix.people),
            };
            // Validated plans name only their own people, so one side has them.
            let Some(from) = from else { continue };
            let mut person = from.clone();
            person.roles.retain(|r| roles.contains(r));
            place(&mut m.people, &person, list, |p| p.id.as_str());
            notes
                .brought_along
                .push(format!("{}, owner of {what}", person.name));
        }
        if let Some(role) = role {
            if let Some(person) = m.people.iter_mut().find(|p| p.id == owner) {
                if !person.roles.contains(&role) {
                    person.roles.push(role.clone());
                    let name = m.roles.iter().find(|r| r.id == role);
                    notes.adjusted.push(format!(
                        "{} holds {} again, as owner of {what}",
                        person.name,
                        name.map_or(role.as_str(), |r| r.name.as_str())
                    ));
                }
            }
        }
    }
}

/// Links to matrix roles and teacher-leader roles that are gone, cleared as
/// deleting them clears them: a teacher-leader role's matrix role (marked
/// cleared), a goal's roles, a role's cost lines.
fn teacher_role_links(plan: &mut Plan, notes: &mut Notes) {
    let matrix_roles: HashSet<RoleId> = plan.matrix.roles.iter().map(|r| r.id.clone()).collect();
    for role in &mut plan.teacher_roles.roles {
        if role
            .matrix_role
            .as_ref()
            .is_some_and(|r| !matrix_roles.contains(r))
        {
            role.matrix_role = None;
            role.matrix_role_cleared = true;
            notes.adjusted.push(format!(
                "Teacher-leader role {} no longer serves a matrix role that is gone",
                quoted(role.display_title())
            ));
        }
    }
    let teacher_roles: HashSet<String> = plan
        .teacher_roles
        .roles
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    for goal in &mut plan.implementation.goals {
        let before = goal.roles.len();
        let mut linked = HashSet::new();
        goal.roles
            .retain(|r| teacher_roles.contains(r.as_str()) && linked.insert(r.clone()));
        if goal.roles.len() != before {
            notes.adjusted.push(format!(
                "Goal {} is no longer linked to a teacher-leader role that is gone",
                quoted(&goal.title)
            ));
        }
    }
    for year in &mut plan.implementation.sustainability.years {
        let before = year.role_lines.len();
        year.role_lines
            .retain(|l| teacher_roles.contains(l.role.as_str()));
        if year.role_lines.len() != before {
            notes.adjusted.push(format!(
                "A cost line for {} was removed with its teacher-leader role",
                year.school_year
            ));
        }
    }
}
