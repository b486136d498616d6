//! Taking chosen items from the file's copy into this plan (see [`apply`]).

use std::collections::HashMap;

use crate::model::implementation::SchoolYear;
use crate::model::matrix::Cell;
use crate::model::{Plan, ValidationError};

use super::differences::{differences, Choice};
use super::repair::{fix_grid, repair, Notes};
use super::versions::{split_key, KINDS};

/// The side chosen for each difference, by item key. A difference without
/// a choice takes its default.
pub type Choices = HashMap<String, Choice>;

/// Why a merge was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// These conflicts (their labels) have no choice yet.
    Undecided(Vec<String>),
    /// The merged plan broke a rule (a bug: the merge repairs every link it
    /// knows of). Nothing was changed.
    Invalid(ValidationError),
}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MergeError::Undecided(labels) => {
                write!(f, "Choose which version to keep for: {}", labels.join("; "))
            }
            MergeError::Invalid(error) => write!(f, "The merged plan has a problem at {error}"),
        }
    }
}

impl std::error::Error for MergeError {}

/// A merged plan and what the merge did beyond the choices.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub plan: Plan,
    /// People kept or brought from the file because something merged still
    /// names them as owner ("Ana Ruiz, owner of Statement “…” (…)").
    pub brought_along: Vec<String>,
    /// Links and items the merge had to change so the plan holds together
    /// (a statement dropped with its role, a goal's link to a role that is
    /// gone, an N/A mark lifted from a cell that keeps statements).
    pub adjusted: Vec<String>,
    /// The undo step's label: "merge 5 changes from the file".
    pub summary: String,
}

/// Merges the file's copy into this plan: each difference from the side
/// chosen (or its default), every other item as this plan has it.
///
/// An item taken from the file replaces this plan's in place, or, new here,
/// goes after its nearest earlier neighbour in the file that this plan has
/// (else before the nearest later one, else at the end); taking an item the
/// file lacks removes it. Then the links are repaired (`repair`), so the
/// result always passes `Plan::validate`: an owner who is not in the merged
/// people is kept or brought from the file (never cleared), statements go
/// with their role or area, and links to matrix roles, teacher-leader roles
/// and cost lines that are gone are cleared as deleting them would. The
/// seen versions become both sides' (the file's current versions
/// counted as seen), then the result is marked shared. The
/// lineage stays this plan's. Order changes (a reordered list) are not
/// differences: this plan's order is kept.
pub fn apply(this: &Plan, file: &Plan, choices: &Choices) -> Result<Merged, MergeError> {
    let mut undecided = Vec::new();
    let mut taken: Vec<String> = Vec::new();
    for difference in differences(this, file).items {
        match choices.get(&difference.key).copied().or(difference.default) {
            None => undecided.push(difference.label),
            Some(Choice::TakeFile) => taken.push(difference.key),
            Some(Choice::KeepThis) => {}
        }
    }
    if !undecided.is_empty() {
        return Err(MergeError::Undecided(undecided));
    }
    let rank = |key: &String| {
        let kind = split_key(key).map_or("", |(kind, _)| kind);
        KINDS.iter().position(|k| *k == kind)
    };
    taken.sort_by_key(rank);
    let mut plan = this.clone();
    let mut notes = Notes::default();
    let first_kinds = ["plan", "area", "role", "person"];
    let (first, rest): (Vec<&String>, Vec<&String>) = taken
        .iter()
        .partition(|key| split_key(key).is_some_and(|(kind, _)| first_kinds.contains(&kind)));
    for key in first {
        if let Some((kind, id)) = split_key(key) {
            take(&mut plan, file, kind, id, &mut notes);
        }
    }
    // Statements need their cells: one per role × area of the merged matrix.
    fix_grid(&mut plan, &mut notes);
    for key in rest {
        if let Some((kind, id)) = split_key(key) {
            take(&mut plan, file, kind, id, &mut notes);
        }
    }
    repair(&mut plan, this, file, &mut notes);
    // This plan has now seen the file as it is, and what the file had seen.
    let mut file_seen = file.clone();
    file_seen.mark_shared();
    plan.versions = this.versions.union(&file_seen.versions);
    plan.lineage = this.lineage.clone();
    plan.mark_shared();
    plan.validate().map_err(MergeError::Invalid)?;
    let summary = match taken.len() {
        0 => "merge the file (no changes taken)".to_string(),
        1 => "merge 1 change from the file".to_string(),
        n => format!("merge {n} changes from the file"),
    };
    Ok(Merged {
        plan,
        brought_along: notes.brought_along,
        adjusted: notes.adjusted,
        summary,
    })
}

/// Puts `item` into `list`: in place of the item with its id, else after
/// its nearest earlier neighbour in `file_list` that `list` has, else
/// before the nearest later one, else at the end.
pub(super) fn place<T: Clone>(list: &mut Vec<T>, item: &T, file_list: &[T], id: fn(&T) -> &str) {
    let key = id(item);
    if let Some(at) = list.iter().position(|x| id(x) == key) {
        list[at] = item.clone();
        return;
    }
    let find = |n: &T| list.iter().position(|x| id(x) == id(n));
    let at = file_list
        .iter()
        .position(|x| id(x) == key)
        .and_then(|p| {
            file_list[..p]
                .iter()
                .rev()
                .find_map(|n| find(n).map(|i| i + 1))
                .or_else(|| file_list[p + 1..].iter().find_map(find))
        })
        .unwrap_or(list.len());
    list.insert(at, item.clone());
}

/// Takes one item as the file has it (or removes it when the file lacks it).
fn take(plan: &mut Plan, file: &Plan, kind: &str, id: &str, notes: &mut Notes) {
    let fm = &file.matrix;
    match kind {
        "plan" => {
            plan.title = file.title.clone();
            plan.organization = file.organization.clone();
            plan.school_year = file.school_year;
            plan.implementation.sustainability.review_date =
                file.implementation.sustainability.review_date.clone();
        }
        "role" => match fm.roles.iter().find(|r| r.id.as_str() == id) {
            Some(role) => place(&mut plan.matrix.roles, role, &fm.roles, |r| r.id.as_str()),
            None => plan.matrix.roles.retain(|r| r.id.as_str() != id),
        },
        "area" => match fm.areas.iter().find(|a| a.id.as_str() == id) {
            Some(area) => place(&mut plan.matrix.areas, area, &fm.areas, |a| a.id.as_str()),
            None => plan.matrix.areas.retain(|a| a.id.as_str() != id),
        },
        "person" => match fm.people.iter().find(|p| p.id.as_str() == id) {
            Some(person) => place(&mut plan.matrix.people, person, &fm.people, |p| {
                p.id.as_str()
            }),
            None => plan.matrix.people.retain(|p| p.id.as_str() != id),
        },
        "cell" => {
            let cell_key = |c: &Cell| format!("{}/{}", c.role, c.area);
            let from = fm.cells.iter().find(|c| cell_key(c) == id);
            if let Some(cell) = plan.matrix.cells.iter_mut().find(|c| cell_key(c) == id) {
                cell.not_applicable = from.is_some_and(|c| c.not_applicable);
                cell.lead_in = from.map(|c| c.lead_in.clone()).unwrap_or_default();
            }
        }
        "statement" => take_statement(plan, file, id, notes),
        "teacher_role" => {
            let roles = &file.teacher_roles.roles;
            match roles.iter().find(|r| r.id.as_str() == id) {
                Some(role) => place(&mut plan.teacher_roles.roles, role, roles, |r| {
                    r.id.as_str()
                }),
                None => plan.teacher_roles.roles.retain(|r| r.id.as_str() != id),
            }
        }
        "action" => {
            let found = file
                .implementation
                .considerations
                .iter()
                .find_map(|(k, list)| {
                    list.iter()
                        .find(|a| a.id.as_str() == id)
                        .map(|a| (*k, a, list))
                });
            let ours = &mut plan.implementation.considerations;
            match found {
                Some((key, action, file_list)) => {
                    let here = ours
                        .get(&key)
                        .is_some_and(|l| l.iter().any(|a| a.id.as_str() == id));
                    if !here {
                        ours.values_mut()
                            .for_each(|l| l.retain(|a| a.id.as_str() != id));
                    }
                    let list = ours.entry(key).or_default();
                    place(list, action, file_list, |a| a.id.as_str());
                }
                None => ours
                    .values_mut()
                    .for_each(|l| l.retain(|a| a.id.as_str() != id)),
            }
        }
        "document" => {
            let list = &file.implementation.documents;
            match list.iter().find(|d| d.id.as_str() == id) {
                Some(d) => place(&mut plan.implementation.documents, d, list, |d| {
                    d.id.as_str()
                }),
                None => plan
                    .implementation
                    .documents
                    .retain(|d| d.id.as_str() != id),
            }
        }
        "goal" => {
            let list = &file.implementation.goals;
            match list.iter().find(|g| g.id.as_str() == id) {
                Some(g) => place(&mut plan.implementation.goals, g, list, |g| g.id.as_str()),
                None => plan.implementation.goals.retain(|g| g.id.as_str() != id),
            }
        }
        "cost_line" | "funding" => take_cost(plan, file, kind, id),
        _ => {}
    }
}

fn take_statement(plan: &mut Plan, file: &Plan, id: &str, notes: &mut Notes) {
    let found = file.matrix.cells.iter().find_map(|c| {
        c.statements
            .iter()
            .find(|s| s.id.as_str() == id)
            .map(|s| (c, s))
    });
    let cells = &mut plan.matrix.cells;
    let Some((from, statement)) = found else {
        cells
            .iter_mut()
            .for_each(|c| c.statements.retain(|s| s.id.as_str() != id));
        return;
    };
    let same_cell = |c: &Cell| c.role == from.role && c.area == from.area;
    let here = cells
        .iter()
        .any(|c| same_cell(c) && c.statements.iter().any(|s| s.id.as_str() == id));
    if !here {
        cells
            .iter_mut()
            .for_each(|c| c.statements.retain(|s| s.id.as_str() != id));
    }
    match cells.iter_mut().find(|c| same_cell(c)) {
        Some(cell) => place(&mut cell.statements, statement, &from.statements, |s| {
            s.id.as_str()
        }),
        None => notes.adjusted.push(format!(
            "Statement {} from the file was left out: its role or area is not in the merged plan",
            super::items::quoted(&statement.text)
        )),
    }
}

fn take_cost(plan: &mut Plan, file: &Plan, kind: &str, id: &str) {
    let Some((year, line)) = id.split_once('/') else {
        return;
    };
    let Ok(year) = SchoolYear::parse(year) else {
        return;
    };
    let sustainability = &mut plan.implementation.sustainability;
    let from = file.implementation.sustainability.year(&year);
    if kind == "funding" {
        let found = from.and_then(|y| y.funding.iter().find(|f| f.id.as_str() == line));
        match found {
            Some(funding) => {
                sustainability
                    .years
                    .iter_mut()
                    .filter(|y| y.school_year != year)
                    .for_each(|y| y.funding.retain(|f| f.id.as_str() != line));
                sustainability.year_entry(year);
                if let (Some(ours), Some(from)) = (year_mut(plan, year), from) {
                    place(&mut ours.funding, funding, &from.funding, |f| f.id.as_str());
                }
            }
            None => {
                if let Some(ours) = year_mut(plan, year) {
                    ours.funding.retain(|f| f.id.as_str() != line);
                }
            }
        }
        return;
    }
    let role_line = from.and_then(|y| y.role_lines.iter().find(|l| l.id.as_str() == line));
    let other_line = from.and_then(|y| y.other_lines.iter().find(|l| l.id.as_str() == line));
    if role_line.is_some() || other_line.is_some() {
        for y in &mut sustainability.years {
            y.role_lines.retain(|l| l.id.as_str() != line);
            y.other_lines.retain(|l| l.id.as_str() != line);
        }
        sustainability.year_entry(year);
    }
    let (Some(ours), Some(from)) = (year_mut(plan, year), from) else {
        if let Some(ours) = year_mut(plan, year) {
            ours.role_lines.retain(|l| l.id.as_str() != line);
            ours.other_lines.retain(|l| l.id.as_str() != line);
        }
        return;
    };
    match (role_line, other_line) {
        (Some(l), _) => place(&mut ours.role_lines, l, &from.role_lines, |l| l.id.as_str()),
        (None, Some(l)) => place(&mut ours.other_lines, l, &from.other_lines, |l| {
            l.id.as_str()
        }),
        (None, None) => {
            ours.role_lines.retain(|l| l.id.as_str() != line);
            ours.other_lines.retain(|l| l.id.as_str() != line);
        }
    }
}

fn year_mut(
    plan: &mut Plan,
    year: SchoolYear,
) -> Option<&mut crate::model::implementation::CostPlan> {
    plan.implementation
        .sustainability
        .years
        .iter_mut()
        .find(|y| y.school_year == year)
}
