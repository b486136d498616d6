//! What the matrix says about itself: counts by status, the summary panel, and Find.

use crate::model::values::ids::{AreaId, PersonId, RoleId, StatementId};

use super::*;

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

impl Matrix {
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
}
