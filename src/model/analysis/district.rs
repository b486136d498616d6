//! The district roll-up: many schools' plans side by side. Pure; the
//! District section of the UI feeds it plans one at a time
//! (`District::add_from`), so it can work in slices and show progress.
//!
//! Plans are written by different schools, so the same area may carry a
//! different id in each: areas are matched by id first, then by name
//! (case and spacing ignored). Statements are matched by their text the same way.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::model::implementation::costs::CostTotals;
use crate::model::matrix::Tally;
use crate::model::teacher_roles::CareerStage;
use crate::model::values::date::SchoolYear;
use crate::model::values::ids::AreaId;
use crate::model::values::money::Cents;
use crate::model::Plan;

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
pub(crate) mod tests;
