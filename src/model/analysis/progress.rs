//! Progress over the years: the share of matrix statements in place, per
//! responsibility area and overall, year by year, for the plans of one school
//! (one lineage). Built on the district roll-up: a year is a row, as a school is.

use std::cmp::Ordering;

use crate::model::analysis::district::{school_name, District, DistrictArea};
use crate::model::matrix::Tally;
use crate::model::values::date::SchoolYear;
use crate::model::values::ids::LineageId;
use crate::model::Plan;

/// One school year of a lineage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearRow {
    pub year: SchoolYear,
    /// Every statement of that year's plan.
    pub overall: Tally,
    /// One per `Progress::areas` column; `None` when that year's plan lacks the area.
    pub areas: Vec<Option<Tally>>,
}

/// The plans of one lineage, year by year (oldest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The school, as the latest year's plan names it (`district::school_name`).
    pub school: String,
    /// The responsibility areas, matched across years as the district roll-up
    /// matches them (by id, then by name). Named and ordered as the latest
    /// year's plan has them; areas only earlier years had follow, newest first.
    pub areas: Vec<DistrictArea>,
    /// Oldest first, at least two, each year once.
    pub years: Vec<YearRow>,
}

impl Progress {
    /// The progress of the plans given (any order): those with a school year,
    /// one per year (where two share a year, the first given counts), oldest
    /// first. `None` unless at least two years are there to compare. The
    /// plans are taken to be one school's (see [`by_lineage`]).
    pub fn of<'a>(plans: impl IntoIterator<Item = &'a Plan>) -> Option<Progress> {
        let mut chosen: Vec<(SchoolYear, &Plan)> = Vec::new();
        for plan in plans {
            let Some(year) = plan.school_year else {
                continue;
            };
            if !chosen.iter().any(|(taken, _)| *taken == year) {
                chosen.push((year, plan));
            }
        }
        if chosen.len() < 2 {
            return None;
        }
        // Newest first into the roll-up, so its columns are the latest plan's
        // areas, in its order and with its names.
        chosen.sort_by_key(|(year, _)| std::cmp::Reverse(*year));
        let mut district = District::new();
        for (_, plan) in &chosen {
            district.add(plan);
        }
        let columns = district.areas.len();
        let mut years: Vec<YearRow> = chosen
            .iter()
            .zip(district.schools)
            .map(|((year, _), row)| {
                let mut areas = row.areas;
                areas.resize(columns, None);
                YearRow {
                    year: *year,
                    overall: row.overall,
                    areas,
                }
            })
            .collect();
        years.reverse();
        Some(Progress {
            school: school_name(chosen[0].1),
            areas: district.areas,
            years,
        })
    }

    /// The share of every statement in place in a year (an index of
    /// `years`), rounded as `Tally::percent_in_place`; 0 for no such year.
    pub fn overall_percent(&self, year_index: usize) -> u8 {
        self.years
            .get(year_index)
            .map_or(0, |row| percent(&row.overall))
    }

    /// The share in place of an area (an index of `areas`) in a year;
    /// `None` when that year's plan lacks the area (or there is no such
    /// area or year).
    pub fn area_percent(&self, area_index: usize, year_index: usize) -> Option<u8> {
        self.years
            .get(year_index)?
            .areas
            .get(area_index)?
            .as_ref()
            .map(percent)
    }

    /// The change of the overall share in place from the first year to the
    /// last, in percentage points (negative when it fell).
    pub fn change(&self) -> i16 {
        let last = self.years.len().saturating_sub(1);
        i16::from(self.overall_percent(last)) - i16::from(self.overall_percent(0))
    }

    /// The change of an area's share in place, in percentage points, from
    /// the first year that has the area to the last; `None` unless two years
    /// have it.
    pub fn area_change(&self, area_index: usize) -> Option<i16> {
        let mut shares =
            (0..self.years.len()).filter_map(|year| self.area_percent(area_index, year));
        let first = shares.next()?;
        let last = shares.next_back()?;
        Some(i16::from(last) - i16::from(first))
    }

    /// The school years' labels, oldest first ("2025-26").
    pub fn year_labels(&self) -> Vec<String> {
        self.years.iter().map(|row| row.year.label()).collect()
    }

    /// The numbers in words, the same wherever they are shown (the chart's
    /// table, the report's table, "Copy as text"): the head ("Area", then
    /// each year), then a row per area and a last row "Overall", each cell
    /// "62 %", or "—" where that year's plan lacks the area.
    pub fn table(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let head = std::iter::once("Area".to_string())
            .chain(self.year_labels())
            .collect();
        let years = 0..self.years.len();
        let mut rows: Vec<Vec<String>> = self
            .areas
            .iter()
            .enumerate()
            .map(|(area, DistrictArea { name, .. })| {
                std::iter::once(name.clone())
                    .chain(
                        years
                            .clone()
                            .map(|year| percent_text(self.area_percent(area, year))),
                    )
                    .collect()
            })
            .collect();
        rows.push(
            std::iter::once(OVERALL.to_string())
                .chain(years.map(|year| percent_text(Some(self.overall_percent(year)))))
                .collect(),
        );
        (head, rows)
    }

    /// The overall change in a sentence: "In place rose from 40 % in
    /// 2025-26 to 62 % in 2027-28." (or "fell from", or "stayed at 40 %
    /// from 2025-26 to 2027-28.").
    pub fn summary(&self) -> String {
        let (Some(first), Some(last)) = (self.years.first(), self.years.last()) else {
            return String::new();
        };
        let from = percent(&first.overall);
        let to = percent(&last.overall);
        let (first, last) = (first.year, last.year);
        match 0.cmp(&self.change()) {
            Ordering::Less => {
                format!("In place rose from {from} % in {first} to {to} % in {last}.")
            }
            Ordering::Greater => {
                format!("In place fell from {from} % in {first} to {to} % in {last}.")
            }
            Ordering::Equal => format!("In place stayed at {from} % from {first} to {last}."),
        }
    }
}

/// The name of the row (and the chart's line) of every statement.
pub const OVERALL: &str = "Overall";

/// A share as the tables write it: "62 %", or "—" for none.
fn percent_text(share: Option<u8>) -> String {
    share.map_or_else(|| "—".to_string(), |share| format!("{share} %"))
}

fn percent(tally: &Tally) -> u8 {
    u8::try_from(tally.percent_in_place()).unwrap_or(100)
}

/// Plans grouped by lineage, for the District view: each group of two or more
/// school years gives its progress, with the lineage it follows. Plans without
/// a lineage are left out. Groups in order of their school's name (as
/// `Progress::school`, case ignored), then lineage.
pub fn by_lineage<'a>(plans: impl IntoIterator<Item = &'a Plan>) -> Vec<(LineageId, Progress)> {
    let mut groups: Vec<(&LineageId, Vec<&Plan>)> = Vec::new();
    for plan in plans {
        let Some(lineage) = &plan.lineage else {
            continue;
        };
        match groups.iter_mut().find(|(id, _)| *id == lineage) {
            Some((_, group)) => group.push(plan),
            None => groups.push((lineage, vec![plan])),
        }
    }
    let mut progress: Vec<(LineageId, Progress)> = groups
        .into_iter()
        .filter_map(|(lineage, group)| Some((lineage.clone(), Progress::of(group)?)))
        .collect();
    progress.sort_by(|(a_id, a), (b_id, b)| {
        compare_names(&a.school, &b.school).then_with(|| a_id.cmp(b_id))
    });
    progress
}

fn compare_names(a: &str, b: &str) -> Ordering {
    a.to_lowercase()
        .cmp(&b.to_lowercase())
        .then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests;
