//! The district roll-up: many schools' plans side by side. Pure; the
//! District section of the UI feeds it plans one at a time
//! (`District::add_from`), so it can work in slices and show progress.
//!
//! Plans are written by different schools, so the same area may carry a
//! different id in each: areas are matched by id first, then by name
//! (case and spacing ignored). Statements are matched by their text the same way.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::costs::CostTotals;
use super::date::SchoolYear;
use super::ids::AreaId;
use super::matrix::Tally;
use super::money::Cents;
use super::teacher_roles::CareerStage;
use super::Plan;

/// The name a school's plan goes by in the roll-up: its school, else its
/// title (see `Plan::display_title`).
pub fn school_name(plan: &Plan) -> String {
    let school = plan.organization.school.trim();
    if school.is_empty() {
        plan.display_title().to_string()
    } else {
        school.to_string()
    }
}

/// Lower case, inner runs of white space as one space, ends trimmed: how
/// names and statements are compared across plans.
pub fn normalize(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A column of the roll-up: a responsibility area as the first plan that
/// had it named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistrictArea {
    pub id: AreaId,
    pub name: String,
}

/// One school's row of the roll-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolRow {
    pub name: String,
    /// Where the plan came from (its file name in the District section), to
    /// find it again from its row; empty for plans added with `add`.
    pub source: String,
    /// Every statement of the plan.
    pub overall: Tally,
    /// One per district area column, `None` when the plan lacks the area.
    /// Shorter than `District::areas` when later plans added columns.
    pub areas: Vec<Option<Tally>>,
    /// Names of the matrix roles nobody holds.
    pub unheld_roles: Vec<String>,
    /// Statements marked as gaps.
    pub gaps: usize,
    /// Costs and funding per school year (empty when the plan has none).
    pub costs: Vec<(SchoolYear, CostTotals)>,
}

impl SchoolRow {
    /// The tally of a district area column, `None` when this school lacks it.
    pub fn area(&self, column: usize) -> Option<&Tally> {
        self.areas.get(column).and_then(Option::as_ref)
    }
}

/// A statement marked as a gap in one or more schools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapCount {
    /// The text as the first school wrote it.
    pub text: String,
    /// How many schools mark it as a gap.
    pub schools: usize,
}

/// Teacher-leader roles of every school, counted by career stage × sphere.
/// A role with several spheres counts once in each; a role with none counts
/// in the "" column (last). Rows: every `CareerStage`, then `None` (not set).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeacherRoleGrid {
    pub role_count: usize,
    /// Sphere keys (see `TeacherRoles::sphere_label` for what to show).
    pub sphere_columns: Vec<String>,
    counts: HashMap<(Option<CareerStage>, String), usize>,
}

impl TeacherRoleGrid {
    pub fn count(&self, stage: Option<CareerStage>, sphere: &str) -> usize {
        self.counts
            .get(&(stage, sphere.to_string()))
            .copied()
            .unwrap_or(0)
    }

    /// The rows in display order: each stage and its counts per column.
    pub fn rows(&self) -> Vec<(Option<CareerStage>, Vec<usize>)> {
        CareerStage::ALL
            .iter()
            .copied()
            .map(Some)
            .chain(std::iter::once(None))
            .map(|stage| {
                let counts = self
                    .sphere_columns
                    .iter()
                    .map(|sphere| self.count(stage, sphere))
                    .collect();
                (stage, counts)
            })
            .collect()
    }

    fn add(&mut self, plan: &Plan) {
        let overview = plan.teacher_roles.overview();
        self.role_count += overview.role_count;
        for row in &overview.grid {
            for (sphere, count) in overview.sphere_columns.iter().zip(&row.counts) {
                if *count == 0 {
                    continue;
                }
                if !self.sphere_columns.contains(sphere) {
                    self.sphere_columns.push(sphere.clone());
                }
                *self.counts.entry((row.stage, sphere.clone())).or_insert(0) += count;
            }
        }
        // "No sphere" stays the last column however plans arrive.
        if let Some(at) = self.sphere_columns.iter().position(String::is_empty) {
            let blank = self.sphere_columns.remove(at);
            self.sphere_columns.push(blank);
        }
    }
}

/// One school year's costs and funding summed over the schools that plan it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct YearTotals {
    pub school_year: Option<SchoolYear>,
    pub schools: usize,
    pub start_up: Cents,
    pub ongoing: Cents,
    pub total_cost: Cents,
    pub funding: Cents,
    /// Role lines left out of the sums because they cannot be priced yet.
    pub incomplete_lines: usize,
    /// A sum overflowed and was capped: the figures are not to be trusted.
    pub overflowed: bool,
}

impl YearTotals {
    /// Costs not covered by funding (0 when funding covers everything).
    pub fn gap(&self) -> Cents {
        self.total_cost
            .checked_sub(self.funding)
            .filter(|gap| *gap > Cents::default())
            .unwrap_or_default()
    }

    fn add(&mut self, totals: &CostTotals) {
        self.schools += 1;
        self.incomplete_lines += totals.incomplete.len();
        self.overflowed |= totals.overflowed;
        for (sum, amount) in [
            (&mut self.start_up, totals.start_up),
            (&mut self.ongoing, totals.ongoing),
            (&mut self.total_cost, totals.total_cost),
            (&mut self.funding, totals.funding),
        ] {
            match sum.checked_add(amount) {
                Some(added) => *sum = added,
                None => {
                    *sum = sum.saturating_add(amount);
                    self.overflowed = true;
                }
            }
        }
    }
}

/// A column of the roll-up table to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    /// The share in place over all areas.
    Overall,
    /// The share in place of a column of `District::areas`.
    Area(usize),
    /// The number of gaps.
    Gaps,
}

/// The roll-up of every plan added so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct District {
    /// Columns, in the order plans introduced them.
    pub areas: Vec<DistrictArea>,
    pub schools: Vec<SchoolRow>,
    pub teacher_roles: TeacherRoleGrid,
    /// Gaps per area column, over every school.
    area_gaps: Vec<usize>,
    /// Normalized statement text → its first spelling and the schools that
    /// mark it as a gap; `gap_order` keeps first-seen order for stable ties.
    statement_gaps: HashMap<String, GapCount>,
    gap_order: Vec<String>,
    years: Vec<YearTotals>,
}

impl District {
    pub fn new() -> Self {
        District::default()
    }

    pub fn from_plans<'a>(plans: impl IntoIterator<Item = &'a Plan>) -> Self {
        let mut district = District::new();
        for plan in plans {
            district.add(plan);
        }
        district
    }

    /// Adds one school's plan: a row, its areas as columns, its gaps,
    /// teacher-leader roles and costs to the district figures.
    pub fn add(&mut self, plan: &Plan) {
        self.add_from("", plan);
    }

    /// `add`, with the row remembering where the plan came from.
    pub fn add_from(&mut self, source: &str, plan: &Plan) {
        let summary = plan.matrix.summary();
        let mut areas: Vec<Option<Tally>> = Vec::new();
        let mut columns_of_plan: HashMap<AreaId, usize> = HashMap::new();
        for (area_id, tally) in &summary.by_area {
            let Some(area) = plan.matrix.area(area_id) else {
                continue;
            };
            let column = self.column_for(area_id, &area.name, &columns_of_plan);
            columns_of_plan.insert(area_id.clone(), column);
            if areas.len() <= column {
                areas.resize(column + 1, None);
            }
            areas[column] = Some(*tally);
            self.area_gaps[column] += tally.gap;
        }

        let mut counted = std::collections::HashSet::new();
        for gap in &summary.gaps {
            let key = normalize(&gap.text);
            // A school that has the same gap under two roles counts once.
            if key.is_empty() || !counted.insert(key.clone()) {
                continue;
            }
            match self.statement_gaps.get_mut(&key) {
                Some(entry) => entry.schools += 1,
                None => {
                    self.gap_order.push(key.clone());
                    self.statement_gaps.insert(
                        key,
                        GapCount {
                            text: gap.text.trim().to_string(),
                            schools: 1,
                        },
                    );
                }
            }
        }

        self.teacher_roles.add(plan);

        let costs: Vec<(SchoolYear, CostTotals)> = plan
            .implementation
            .sustainability
            .years
            .iter()
            .map(|year| (year.school_year, year.totals(&plan.teacher_roles)))
            .collect();
        for (school_year, totals) in &costs {
            let at = match self
                .years
                .binary_search_by(|y| y.school_year.cmp(&Some(*school_year)))
            {
                Ok(at) => at,
                Err(at) => {
                    self.years.insert(
                        at,
                        YearTotals {
                            school_year: Some(*school_year),
                            ..YearTotals::default()
                        },
                    );
                    at
                }
            };
            self.years[at].add(totals);
        }

        self.schools.push(SchoolRow {
            name: school_name(plan),
            source: source.to_string(),
            overall: summary.overall,
            areas,
            unheld_roles: plan
                .matrix
                .roles_without_people()
                .into_iter()
                .map(|r| r.name.clone())
                .collect(),
            gaps: summary.overall.gap,
            costs,
        });
    }

    /// The column for a plan's area: same id, else same name, else a new
    /// one. A column another area of the same plan took is never shared.
    fn column_for(&mut self, id: &AreaId, name: &str, taken: &HashMap<AreaId, usize>) -> usize {
        let free = |column: &usize| !taken.values().any(|t| t == column);
        let by_id = self.areas.iter().position(|a| &a.id == id);
        let key = normalize(name);
        let by_name = || {
            self.areas
                .iter()
                .enumerate()
                .filter(|(at, _)| free(at))
                .find(|(_, a)| normalize(&a.name) == key)
                .map(|(at, _)| at)
        };
        if let Some(column) = by_id.filter(free).or_else(by_name) {
            return column;
        }
        self.areas.push(DistrictArea {
            id: id.clone(),
            name: name.trim().to_string(),
        });
        self.area_gaps.push(0);
        self.areas.len() - 1
    }

    /// Areas with their gap counts over every school, most gaps first (ties
    /// in column order); areas without gaps left out.
    pub fn areas_by_gaps(&self) -> Vec<(&DistrictArea, usize)> {
        let mut ranked: Vec<(&DistrictArea, usize)> = self
            .areas
            .iter()
            .zip(self.area_gaps.iter().copied())
            .filter(|(_, gaps)| *gaps > 0)
            .collect();
        ranked.sort_by_key(|entry| std::cmp::Reverse(entry.1));
        ranked
    }

    /// The statements most schools mark as gaps, most first (ties in the
    /// order they were first seen), at most `limit`.
    pub fn most_common_gaps(&self, limit: usize) -> Vec<&GapCount> {
        let mut ranked: Vec<&GapCount> = self
            .gap_order
            .iter()
            .filter_map(|key| self.statement_gaps.get(key))
            .collect();
        ranked.sort_by_key(|gap| std::cmp::Reverse(gap.schools));
        ranked.truncate(limit);
        ranked
    }

    /// Costs and funding per school year, in year order, summed over the
    /// schools whose plans have costs for that year.
    pub fn cost_years(&self) -> &[YearTotals] {
        &self.years
    }

    /// Total statements marked as gaps over every school.
    pub fn total_gaps(&self) -> usize {
        self.schools.iter().map(|s| s.gaps).sum()
    }

    /// Sorts the rows by a column of the roll-up table. One `sort_by` for
    /// every column, so the sort is compiled once, not once per column.
    pub fn sort(&mut self, key: SortKey, ascending: bool) {
        self.schools
            .sort_by(|a, b| compare_rows(key, ascending, a, b));
    }

    /// Sorts the rows by school name (case ignored), A to Z or Z to A.
    pub fn sort_by_name(&mut self, ascending: bool) {
        self.sort(SortKey::Name, ascending);
    }

    /// Sorts the rows by the share in place of an area column. Schools
    /// without the area go last either way; ties keep name order.
    pub fn sort_by_area(&mut self, column: usize, ascending: bool) {
        self.sort(SortKey::Area(column), ascending);
    }
}

/// The order of two roll-up rows by `key`: numbers with ties in name order;
/// by an area, schools without it last either way.
fn compare_rows(key: SortKey, ascending: bool, a: &SchoolRow, b: &SchoolRow) -> Ordering {
    let directed = |order: Ordering| if ascending { order } else { order.reverse() };
    let by_number = |number: fn(&SchoolRow) -> usize| {
        directed(number(a).cmp(&number(b))).then_with(|| compare_names(&a.name, &b.name))
    };
    match key {
        SortKey::Name => directed(compare_names(&a.name, &b.name)),
        SortKey::Overall => by_number(|row| row.overall.percent_in_place() as usize),
        SortKey::Gaps => by_number(|row| row.gaps),
        SortKey::Area(column) => {
            let share = |row: &SchoolRow| row.area(column).map(Tally::percent_in_place);
            match (share(a), share(b)) {
                (Some(x), Some(y)) => {
                    directed(x.cmp(&y)).then_with(|| compare_names(&a.name, &b.name))
                }
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => compare_names(&a.name, &b.name),
            }
        }
    }
}

/// Adds `added` to `opened` (kept in name order, one item per name), each
/// replacing an item of the same name. True when one was replaced: a roll-up
/// built from the old items must then be built again, since a school's
/// figures cannot be taken back out of it.
pub fn merge_by_name<T>(opened: &mut Vec<T>, added: Vec<T>, name: impl Fn(&T) -> &str) -> bool {
    let mut replaced = false;
    for item in added {
        match opened.binary_search_by(|o| name(o).cmp(name(&item))) {
            Ok(at) => {
                opened[at] = item;
                replaced = true;
            }
            Err(at) => opened.insert(at, item),
        }
    }
    replaced
}

fn compare_names(a: &str, b: &str) -> Ordering {
    a.to_lowercase()
        .cmp(&b.to_lowercase())
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::costs::{CostPlan, FundingKind, FundingSource, OtherCostLine};
    use crate::model::implementation::{CostLineId, FundingId};
    use crate::model::matrix::{Matrix, Status};

    /// A small plan: roles "Principal" and "Coach", areas "Vision" and
    /// "Budget", one statement per cell with the given statuses
    /// (principal/vision, principal/budget, coach/vision, coach/budget).
    fn plan(school: &str, statuses: [Status; 4]) -> Plan {
        let mut plan = Plan::default();
        plan.organization.school = school.to_string();
        let json = serde_json::json!({
            "roles": [
                {"id": "principal", "name": "Principal"},
                {"id": "coach", "name": "Coach"}
            ],
            "areas": [
                {"id": "vision", "name": "Vision"},
                {"id": "budget", "name": "Budget"}
            ],
            "cells": [
                {"role": "principal", "area": "vision", "statements": [{"id": "s1", "text": "Sets a shared vision"}]},
                {"role": "principal", "area": "budget", "statements": [{"id": "s2", "text": "Funds release time"}]},
                {"role": "coach", "area": "vision", "statements": [{"id": "s3", "text": "Models lessons"}]},
                {"role": "coach", "area": "budget", "statements": [{"id": "s4", "text": "Tracks spending"}]}
            ],
            "people": [{"id": "p1", "name": "Ana Ruiz", "roles": ["principal"]}]
        });
        plan.matrix = serde_json::from_value::<Matrix>(json).unwrap();
        for (id, status) in ["s1", "s2", "s3", "s4"].into_iter().zip(statuses) {
            plan.matrix.set_status(&id.into(), status);
        }
        plan.teacher_roles = Default::default();
        plan.implementation.sustainability.years.clear();
        assert_eq!(plan.validate(), Ok(()));
        plan
    }

    use Status::{Gap, InPlace, InProgress, NotAssessed};

    #[test]
    fn each_school_gets_a_row_with_shares_per_area_and_unheld_roles() {
        let district = District::from_plans(&[
            plan("Lincoln Elementary", [InPlace, InPlace, InPlace, Gap]),
            plan("", [Gap, Gap, InProgress, NotAssessed]),
        ]);
        let names: Vec<_> = district.areas.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Vision", "Budget"]);
        let lincoln = &district.schools[0];
        assert_eq!(lincoln.name, "Lincoln Elementary");
        assert_eq!(lincoln.area(0).map(Tally::percent_in_place), Some(100));
        assert_eq!(lincoln.area(1).map(Tally::percent_in_place), Some(50));
        assert_eq!(lincoln.unheld_roles, ["Coach"]);
        assert_eq!(lincoln.gaps, 1);
        let untitled = &district.schools[1];
        assert_eq!(
            untitled.name,
            crate::model::DEFAULT_TITLE,
            "no school: the title"
        );
        assert_eq!(untitled.area(0).map(Tally::percent_in_place), Some(0));
        assert_eq!(untitled.gaps, 2);
        assert_eq!(district.total_gaps(), 3);
    }

    #[test]
    fn areas_match_by_id_then_by_name_and_new_ones_add_columns() {
        let first = plan("A", [Gap, InPlace, InPlace, InPlace]);
        let mut second = plan("B", [InPlace, Gap, InPlace, Gap]);
        // Another school's id for "Vision", spelled differently.
        let json = serde_json::to_string(&second.matrix)
            .unwrap()
            .replace("\"vision\"", "\"area-7\"")
            .replace("\"Vision\"", "\"  vision \"");
        second.matrix = serde_json::from_str(&json).unwrap();
        second.matrix.add_area("Family engagement").unwrap();
        let district = District::from_plans([&first, &second]);
        let names: Vec<_> = district.areas.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Vision", "Budget", "Family engagement"]);
        assert_eq!(district.schools[0].area(2), None, "A lacks the new area");
        assert_eq!(district.schools[1].area(0).map(|t| t.in_place), Some(2));
        assert_eq!(district.schools[1].area(2).map(Tally::total), Some(0));
        let ranked: Vec<_> = district
            .areas_by_gaps()
            .into_iter()
            .map(|(a, n)| (a.name.as_str(), n))
            .collect();
        assert_eq!(ranked, [("Budget", 2), ("Vision", 1)]);
    }

    #[test]
    fn most_common_gaps_count_schools_by_normalized_text() {
        let first = plan("A", [Gap, Gap, InPlace, InPlace]);
        let mut second = plan("B", [Gap, InPlace, InPlace, Gap]);
        second
            .matrix
            .edit_statement(&"s1".into(), "sets a  SHARED vision ");
        let third = plan("C", [InPlace, Gap, InPlace, InPlace]);
        let district = District::from_plans([&first, &second, &third]);
        let gaps: Vec<_> = district
            .most_common_gaps(10)
            .into_iter()
            .map(|g| (g.text.as_str(), g.schools))
            .collect();
        assert_eq!(
            gaps,
            [
                ("Sets a shared vision", 2),
                ("Funds release time", 2),
                ("Tracks spending", 1)
            ]
        );
        assert_eq!(district.most_common_gaps(1).len(), 1);
    }

    #[test]
    fn sorting_by_name_and_by_an_areas_share() {
        let mut district = District::from_plans(&[
            plan("lincoln", [InPlace, Gap, InPlace, Gap]),
            plan("Adams", [Gap, Gap, Gap, Gap]),
            plan("Carver", [InPlace, InPlace, Gap, InPlace]),
        ]);
        let order = |d: &District| d.schools.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        district.sort_by_name(true);
        assert_eq!(order(&district), ["Adams", "Carver", "lincoln"]);
        district.sort_by_name(false);
        assert_eq!(order(&district), ["lincoln", "Carver", "Adams"]);
        // Vision: lincoln 100, Adams 0, Carver 50.
        district.sort_by_area(0, false);
        assert_eq!(order(&district), ["lincoln", "Carver", "Adams"]);
        district.sort_by_area(0, true);
        assert_eq!(order(&district), ["Adams", "Carver", "lincoln"]);
        // Budget: lincoln 0, Adams 0, Carver 100; ties by name.
        district.sort_by_area(1, true);
        assert_eq!(order(&district), ["Adams", "lincoln", "Carver"]);
    }

    #[test]
    fn sorting_by_overall_share_and_by_gaps_breaks_ties_by_name() {
        let mut district = District::from_plans(&[
            plan("Carver", [Gap, Gap, InPlace, InPlace]),
            plan("Adams", [Gap, Gap, Gap, InPlace]),
            plan("Bryant", [InPlace, InPlace, Gap, Gap]),
        ]);
        let order = |d: &District| d.schools.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        district.sort(SortKey::Overall, false);
        assert_eq!(order(&district), ["Bryant", "Carver", "Adams"]);
        district.sort(SortKey::Gaps, false);
        assert_eq!(order(&district), ["Adams", "Bryant", "Carver"]);
        district.sort(SortKey::Gaps, true);
        assert_eq!(order(&district), ["Bryant", "Carver", "Adams"]);
        district.sort(SortKey::Name, true);
        assert_eq!(order(&district), ["Adams", "Bryant", "Carver"]);
        district.sort(SortKey::Area(0), false);
        assert_eq!(order(&district), ["Bryant", "Carver", "Adams"]);
    }

    #[test]
    fn schools_without_an_area_sort_last() {
        let mut with_extra = plan("Zeta", [Gap; 4]);
        with_extra.matrix.add_area("Extra").unwrap();
        let extra_statement = with_extra
            .matrix
            .add_statement(
                &"principal".into(),
                &with_extra.matrix.areas[2].id.clone(),
                "New",
            )
            .unwrap();
        with_extra.matrix.set_status(&extra_statement, InPlace);
        let mut district = District::from_plans(&[plan("Alpha", [Gap; 4]), with_extra]);
        district.sort_by_area(2, true);
        assert_eq!(district.schools[0].name, "Zeta");
        district.sort_by_area(2, false);
        assert_eq!(district.schools[0].name, "Zeta");
    }

    #[test]
    fn teacher_roles_are_counted_by_stage_and_sphere_across_schools() {
        let mut first = plan("A", [InPlace; 4]);
        let id = first.teacher_roles.add_blank();
        let role = first.teacher_roles.get_mut(&id).unwrap();
        role.career_stage = Some(CareerStage::Veteran);
        role.spheres = vec!["school".into(), "district".into()];
        let mut second = plan("B", [InPlace; 4]);
        let id = second.teacher_roles.add_blank();
        second.teacher_roles.get_mut(&id).unwrap().career_stage = Some(CareerStage::Veteran);
        let id = second.teacher_roles.add_blank();
        second.teacher_roles.get_mut(&id).unwrap().spheres = vec!["school".into()];
        let district = District::from_plans([&first, &second]);
        let grid = &district.teacher_roles;
        assert_eq!(grid.role_count, 3);
        assert_eq!(grid.count(Some(CareerStage::Veteran), "school"), 1);
        assert_eq!(grid.count(Some(CareerStage::Veteran), "district"), 1);
        assert_eq!(grid.count(Some(CareerStage::Veteran), ""), 1);
        assert_eq!(grid.count(None, "school"), 1);
        assert_eq!(grid.sphere_columns.last().map(String::as_str), Some(""));
        let rows = grid.rows();
        assert_eq!(rows.len(), CareerStage::ALL.len() + 1);
        let total: usize = rows.iter().flat_map(|(_, c)| c).sum();
        assert_eq!(total, 4, "the two-sphere role counts in both columns");
    }

    #[test]
    fn costs_and_funding_are_summed_per_school_year() {
        let year = |text: &str| serde_json::from_value::<SchoolYear>(text.into()).unwrap();
        let cost_plan = |school_year: SchoolYear, cost: i64, funding: i64| CostPlan {
            school_year,
            role_lines: vec![],
            other_lines: vec![OtherCostLine {
                id: CostLineId::new("cost-1"),
                kind: Default::default(),
                description: "PD".into(),
                amount: Cents::from_dollars(cost).unwrap(),
                timing: Default::default(),
                note: String::new(),
            }],
            funding: vec![FundingSource {
                id: FundingId::new("funding-1"),
                kind: FundingKind::Grant,
                name: "NSF".into(),
                amount: Cents::from_dollars(funding).unwrap(),
                note: String::new(),
            }],
        };
        let mut first = plan("A", [InPlace; 4]);
        first.implementation.sustainability.years = vec![
            cost_plan(year("2025-26"), 1000, 400),
            cost_plan(year("2026-27"), 50, 0),
        ];
        let mut second = plan("B", [InPlace; 4]);
        second.implementation.sustainability.years = vec![cost_plan(year("2025-26"), 500, 100)];
        let without_costs = plan("C", [InPlace; 4]);
        let district = District::from_plans([&first, &second, &without_costs]);
        let years = district.cost_years();
        assert_eq!(years.len(), 2);
        assert_eq!(years[0].school_year, Some(year("2025-26")));
        assert_eq!(years[0].schools, 2);
        assert_eq!(years[0].total_cost, Cents::from_dollars(1500).unwrap());
        assert_eq!(years[0].funding, Cents::from_dollars(500).unwrap());
        assert_eq!(years[0].gap(), Cents::from_dollars(1000).unwrap());
        assert_eq!(years[1].schools, 1);
        assert_eq!(years[1].ongoing, Cents::from_dollars(50).unwrap());
        assert!(district.schools[2].costs.is_empty());
    }

    #[test]
    fn adding_one_plan_at_a_time_equals_adding_all_at_once() {
        let plans = [
            plan("A", [Gap, InPlace, InPlace, InPlace]),
            plan("B", [InPlace, Gap, InPlace, Gap]),
        ];
        let mut stepwise = District::new();
        stepwise.add(&plans[0]);
        assert_eq!(stepwise.schools.len(), 1);
        stepwise.add(&plans[1]);
        assert_eq!(stepwise, District::from_plans(&plans));
    }

    #[test]
    fn rows_remember_where_their_plan_came_from() {
        let mut district = District::new();
        district.add_from("carver.json", &plan("Carver", [Gap; 4]));
        district.add_from("adams.json", &plan("Adams", [InPlace; 4]));
        district.sort_by_name(true);
        let sources: Vec<_> = district.schools.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(
            sources,
            ["adams.json", "carver.json"],
            "the source follows its row"
        );
        district.add(&plan("Dewey", [Gap; 4]));
        assert_eq!(district.schools[2].source, "");
    }

    #[test]
    fn merging_by_name_keeps_name_order_and_says_when_one_was_replaced() {
        fn name<'a>(item: &'a (&'static str, u32)) -> &'a str {
            item.0
        }
        let mut opened = vec![("b.json", 1), ("d.json", 1)];
        let replaced = merge_by_name(&mut opened, vec![("c.json", 2), ("a.json", 2)], name);
        assert!(!replaced);
        assert_eq!(
            opened,
            [("a.json", 2), ("b.json", 1), ("c.json", 2), ("d.json", 1)]
        );
        let replaced = merge_by_name(&mut opened, vec![("e.json", 3), ("b.json", 3)], name);
        assert!(replaced);
        assert_eq!(
            opened,
            [
                ("a.json", 2),
                ("b.json", 3),
                ("c.json", 2),
                ("d.json", 1),
                ("e.json", 3)
            ]
        );
        // The same name twice in one batch: the later one stays.
        let mut opened = Vec::new();
        assert!(merge_by_name(
            &mut opened,
            vec![("a.json", 1), ("a.json", 2)],
            name
        ));
        assert_eq!(opened, [("a.json", 2)]);
    }

    #[test]
    fn the_default_plan_rolls_up_its_source_areas() {
        let district = District::from_plans([&Plan::default()]);
        assert_eq!(district.areas.len(), Plan::default().matrix.areas.len());
        assert_eq!(
            district.schools[0].overall.total(),
            Plan::default().matrix.statement_count()
        );
    }
}
