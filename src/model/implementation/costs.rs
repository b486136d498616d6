//! Sustainability (001, "Cultivating sustainability": "estimate start-up and
//! ongoing expenses", "seek outside funding", "regularly revisit"): a cost
//! plan per school year and the date of the next review.
//!
//! # Cost lines
//!
//! A cost plan has two kinds of lines, each marked start-up or ongoing:
//!
//! * **Role lines** price a teacher-leader role of the role builder. The role
//!   builder records a share of time leading (`leading_percent`) and a free
//!   text "compensation" (such as "Stipend $3,000"), not amounts, so a line
//!   says how to price the role ([`RoleCostBasis`]):
//!   - `ShareOfSalary { salary }`: the salary basis the user enters (salary
//!     alone, or salary and benefits: the user decides what it covers) times
//!     the role's share of time leading, read live from the role. Change the
//!     share in the role builder and the cost follows. A role with no share
//!     set has no cost yet: the line is listed as incomplete, not counted as 0.
//!   - `Stipend { amount }`: an amount per person entered on the line. The
//!     role's compensation text is only a hint ([`suggested_stipend`] reads
//!     a single "$" amount out of it for the UI to offer), because free text
//!     such as "$1,500 per semester" cannot be priced safely.
//!
//!   Either way the line is for `people` people holding the role (default 1):
//!   one role design may be filled by several teachers.
//! * **Other lines**: professional development, materials, release time,
//!   events or other, with a description and an amount.
//!
//! Funding sources (district, grant, partner, in-kind) have amounts; in-kind
//! contributions count toward funding because they cover a cost the plan
//! lists. Totals give start-up, ongoing, all costs, funding and the unfunded
//! gap (costs beyond funding, never below zero) or the surplus.
//!
//! All money is [`Cents`]; amounts are 0..=[`Cents::MAX_AMOUNT`] (checked on
//! every edit and in files); sums use checked arithmetic and report overflow
//! rather than wrap.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::edit::error::{move_one, EditError};
use crate::model::teacher_roles::{TeacherRole, TeacherRoles};
use crate::model::validation::check_id;
use crate::model::values::date::{IsoDate, SchoolYear};
use crate::model::values::ids::{fresh_id, CostLineId, FundingId, TeacherRoleId};
use crate::model::values::money::Cents;

/// Prefix of cost line ids (`cost-1`), unique across all school years.
pub const COST_LINE_PREFIX: &str = "cost";
/// Prefix of funding source ids (`funding-1`), unique across all school years.
pub const FUNDING_PREFIX: &str = "funding";

crate::keyed_enum! {
    /// Whether a cost is paid once to get started or every year.
    #[derive(Default)]
    pub enum CostTiming {
        StartUp => "start_up", "Start-up";
        #[default]
        Ongoing => "ongoing", "Ongoing";
    }
}

crate::keyed_enum! {
    /// What another cost line pays for.
    #[derive(Default)]
    pub enum OtherCostKind {
        #[default]
        ProfessionalDevelopment => "professional_development", "Professional development";
        Materials => "materials", "Materials";
        ReleaseTime => "release_time", "Release time";
        Events => "events", "Events";
        Other => "other", "Other";
    }
}

crate::keyed_enum! {
    /// Where money (or an in-kind contribution) comes from.
    #[derive(Default)]
    pub enum FundingKind {
        #[default]
        District => "district", "District";
        Grant => "grant", "Grant";
        Partner => "partner", "Partner";
        InKind => "in_kind", "In-kind";
    }
}

/// How a role line is priced (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RoleCostBasis {
    /// The role's share of time leading × this salary basis, per person.
    ShareOfSalary {
        #[serde(rename = "salary_cents")]
        salary: Cents,
    },
    /// This stipend, per person.
    Stipend {
        #[serde(rename = "amount_cents")]
        amount: Cents,
    },
}

impl RoleCostBasis {
    /// The amount the user entered (salary basis or stipend).
    pub fn entered_amount(self) -> Cents {
        match self {
            RoleCostBasis::ShareOfSalary { salary } => salary,
            RoleCostBasis::Stipend { amount } => amount,
        }
    }

    /// "Share of salary" or "Stipend".
    pub fn label(self) -> &'static str {
        match self {
            RoleCostBasis::ShareOfSalary { .. } => "Share of salary",
            RoleCostBasis::Stipend { .. } => "Stipend",
        }
    }
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// The cost of a teacher-leader role for a school year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleCostLine {
    pub id: CostLineId,
    pub role: TeacherRoleId,
    pub basis: RoleCostBasis,
    /// How many people hold the role (at least 1).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub people: u32,
    #[serde(default)]
    pub timing: CostTiming,
    /// Internal.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A cost other than a role: professional development, materials, …
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherCostLine {
    pub id: CostLineId,
    #[serde(default)]
    pub kind: OtherCostKind,
    #[serde(default)]
    pub description: String,
    #[serde(rename = "amount_cents", default)]
    pub amount: Cents,
    #[serde(default)]
    pub timing: CostTiming,
    /// Internal.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Money or an in-kind contribution toward a year's costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FundingSource {
    pub id: FundingId,
    #[serde(default)]
    pub kind: FundingKind,
    /// Who gives it, or the grant's name.
    #[serde(default)]
    pub name: String,
    #[serde(rename = "amount_cents", default)]
    pub amount: Cents,
    /// Internal.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One school year's costs and funding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CostPlan {
    pub school_year: SchoolYear,
    #[serde(default)]
    pub role_lines: Vec<RoleCostLine>,
    #[serde(default)]
    pub other_lines: Vec<OtherCostLine>,
    #[serde(default)]
    pub funding: Vec<FundingSource>,
}

/// Why a role line has no cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CostLineProblem {
    /// The role has no share of time leading set (share-of-salary basis).
    NoShareOfTime { role_title: String },
    /// The role does not exist (only in a plan that failed validation).
    NoSuchRole(TeacherRoleId),
    /// The amount is too large to compute.
    Overflow,
}

impl fmt::Display for CostLineProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CostLineProblem::NoShareOfTime { role_title } => write!(
                f,
                "Set the share of time leading for \"{role_title}\" in Teacher-leader roles to compute this cost"
            ),
            CostLineProblem::NoSuchRole(id) => {
                write!(f, "There is no teacher-leader role with id \"{id}\"")
            }
            CostLineProblem::Overflow => write!(f, "The amount is too large to compute"),
        }
    }
}

/// A school year's sums.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CostTotals {
    pub start_up: Cents,
    pub ongoing: Cents,
    /// Start-up plus ongoing.
    pub total_cost: Cents,
    pub funding: Cents,
    /// Funding by kind, every kind in order (zero when none).
    pub funding_by_kind: Vec<(FundingKind, Cents)>,
    /// Costs not covered by funding (0 when funding covers everything).
    pub gap: Cents,
    /// Funding beyond the costs (0 when there is a gap).
    pub surplus: Cents,
    /// Role lines left out of the sums because they cannot be priced yet.
    pub incomplete: Vec<CostLineId>,
    /// A sum overflowed and was capped: the figures are not to be trusted.
    /// (Cannot happen with amounts within `Cents::MAX_AMOUNT` and fewer than
    /// about ninety million lines.)
    pub overflowed: bool,
}

impl CostPlan {
    pub fn new(school_year: SchoolYear) -> CostPlan {
        CostPlan {
            school_year,
            role_lines: Vec::new(),
            other_lines: Vec::new(),
            funding: Vec::new(),
        }
    }

    /// What a role line costs for the year: per-person cost × people.
    pub fn role_line_cost(
        &self,
        line: &RoleCostLine,
        roles: &TeacherRoles,
    ) -> Result<Cents, CostLineProblem> {
        let role = roles
            .roles
            .iter()
            .find(|r| r.id.as_str() == line.role.as_str())
            .ok_or_else(|| CostLineProblem::NoSuchRole(line.role.clone()))?;
        let per_person = match line.basis {
            RoleCostBasis::ShareOfSalary { salary } => {
                let share = role
                    .leading_percent
                    .ok_or_else(|| CostLineProblem::NoShareOfTime {
                        role_title: role.display_title().to_string(),
                    })?;
                salary.percent(share).ok_or(CostLineProblem::Overflow)?
            }
            RoleCostBasis::Stipend { amount } => amount,
        };
        per_person
            .checked_mul(i64::from(line.people))
            .ok_or(CostLineProblem::Overflow)
    }

    /// The year's cost of one teacher-leader role (all its lines), and
    /// whether some of its lines cannot be priced yet.
    pub fn cost_of_role(&self, role: &TeacherRoleId, roles: &TeacherRoles) -> (Cents, bool) {
        let mut sum = Cents::ZERO;
        let mut incomplete = false;
        for line in self.role_lines.iter().filter(|l| l.role == *role) {
            match self.role_line_cost(line, roles) {
                Ok(cost) => sum = sum.saturating_add(cost),
                Err(_) => incomplete = true,
            }
        }
        (sum, incomplete)
    }

    /// Whether a role has any line this year.
    pub fn has_role(&self, role: &TeacherRoleId) -> bool {
        self.role_lines.iter().any(|l| l.role == *role)
    }

    /// Start-up, ongoing, total, funding, gap or surplus.
    pub fn totals(&self, roles: &TeacherRoles) -> CostTotals {
        let mut totals = CostTotals::default();
        let add = |timing: CostTiming, cost: Cents, totals: &mut CostTotals| {
            let slot = match timing {
                CostTiming::StartUp => &mut totals.start_up,
                CostTiming::Ongoing => &mut totals.ongoing,
            };
            match slot.checked_add(cost) {
                Some(sum) => *slot = sum,
                None => {
                    *slot = slot.saturating_add(cost);
                    totals.overflowed = true;
                }
            }
        };
        for line in &self.role_lines {
            match self.role_line_cost(line, roles) {
                Ok(cost) => add(line.timing, cost, &mut totals),
                Err(CostLineProblem::Overflow) => totals.overflowed = true,
                Err(_) => totals.incomplete.push(line.id.clone()),
            }
        }
        for line in &self.other_lines {
            add(line.timing, line.amount, &mut totals);
        }
        totals.funding_by_kind = FundingKind::ALL
            .iter()
            .map(|kind| {
                let amounts = self
                    .funding
                    .iter()
                    .filter(|f| f.kind == *kind)
                    .map(|f| f.amount);
                let sum = Cents::checked_sum(amounts).unwrap_or_else(|| {
                    totals.overflowed = true;
                    Cents::from_cents(i64::MAX)
                });
                (*kind, sum)
            })
            .collect();
        let sum = |a: Cents, b: Cents, overflowed: &mut bool| {
            a.checked_add(b).unwrap_or_else(|| {
                *overflowed = true;
                a.saturating_add(b)
            })
        };
        let mut overflowed = totals.overflowed;
        totals.total_cost = sum(totals.start_up, totals.ongoing, &mut overflowed);
        totals.funding = totals
            .funding_by_kind
            .iter()
            .fold(Cents::ZERO, |acc, (_, amount)| {
                sum(acc, *amount, &mut overflowed)
            });
        totals.overflowed = overflowed;
        totals.gap = totals
            .total_cost
            .saturating_sub(totals.funding)
            .max(Cents::ZERO);
        totals.surplus = totals
            .funding
            .saturating_sub(totals.total_cost)
            .max(Cents::ZERO);
        totals
    }

    pub fn is_empty(&self) -> bool {
        self.role_lines.is_empty() && self.other_lines.is_empty() && self.funding.is_empty()
    }
}

/// The UI's stipend suggestion for a role: the one "$" amount in its
/// compensation text ("Stipend $3,000" gives 3,000.00). `None` when there
/// is no "$" amount, more than one, or it does not read as an amount: the
/// user then types it.
pub fn suggested_stipend(role: &TeacherRole) -> Option<Cents> {
    let text = &role.compensation;
    let mut found = None;
    for (at, _) in text.match_indices('$') {
        let rest = &text[at + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(rest.len());
        // Sentence punctuation after the number is not part of it.
        let number = rest[..end].trim_end_matches(['.', ',']);
        let amount = Cents::parse(number).ok()?;
        if found.replace(amount).is_some() {
            return None;
        }
    }
    found
}

/// Whether the plan for sustainability is due for its review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewState {
    /// No review date set.
    NotSet,
    /// The review date is today or past.
    Due { date: IsoDate },
    /// The review date is ahead.
    Upcoming { date: IsoDate },
}

/// The cost plans and the review date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sustainability {
    /// When to revisit the plan for sustainability next (001: "regularly revisit").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<IsoDate>,
    /// One cost plan per school year, in year order.
    #[serde(default)]
    pub years: Vec<CostPlan>,
}

impl Sustainability {
    // ----- review --------------------------------------------------------

    pub fn set_review_date(&mut self, date: Option<IsoDate>) {
        self.review_date = date;
    }

    pub fn review_state(&self, today: &IsoDate) -> ReviewState {
        match &self.review_date {
            None => ReviewState::NotSet,
            Some(date) if date <= today => ReviewState::Due { date: date.clone() },
            Some(date) => ReviewState::Upcoming { date: date.clone() },
        }
    }

    /// Whether the review date is today or past (false when none is set).
    pub fn is_review_due(&self, today: &IsoDate) -> bool {
        matches!(self.review_state(today), ReviewState::Due { .. })
    }

    // ----- years ---------------------------------------------------------

    pub fn year(&self, year: &SchoolYear) -> Option<&CostPlan> {
        self.years.iter().find(|p| p.school_year == *year)
    }

    fn year_mut(&mut self, year: &SchoolYear) -> Result<&mut CostPlan, EditError> {
        self.years
            .iter_mut()
            .find(|p| p.school_year == *year)
            .ok_or(EditError::NoSuchSchoolYear(*year))
    }

    /// The latest school year's plan (the one a report shows by default).
    pub fn latest(&self) -> Option<&CostPlan> {
        self.years.iter().max_by_key(|p| p.school_year)
    }

    /// Adds an empty cost plan for a school year, keeping years in order.
    pub fn add_year(&mut self, year: SchoolYear) -> Result<(), EditError> {
        if self.year(&year).is_some() {
            return Err(EditError::SchoolYearExists(year));
        }
        self.year_entry(year);
        Ok(())
    }

    /// The cost plan of a school year, added empty (in order) when there is
    /// none yet.
    pub fn year_entry(&mut self, year: SchoolYear) -> &mut CostPlan {
        let at = self
            .years
            .iter()
            .position(|p| p.school_year >= year)
            .unwrap_or(self.years.len());
        if self.years.get(at).is_none_or(|p| p.school_year != year) {
            self.years.insert(at, CostPlan::new(year));
        }
        &mut self.years[at]
    }

    /// Adds a cost plan for `year` that starts from `from`'s ongoing lines
    /// (role lines and other lines marked ongoing, with new ids); start-up
    /// lines and funding are not carried over. Returns how many lines were copied.
    pub fn add_year_from(
        &mut self,
        year: SchoolYear,
        from: &SchoolYear,
    ) -> Result<usize, EditError> {
        let source = self
            .year(from)
            .ok_or(EditError::NoSuchSchoolYear(*from))?
            .clone();
        self.add_year(year)?;
        let mut copied = 0;
        for mut line in source.role_lines {
            if line.timing == CostTiming::Ongoing {
                line.id = self.fresh_line_id();
                self.year_mut(&year)?.role_lines.push(line);
                copied += 1;
            }
        }
        for mut line in source.other_lines {
            if line.timing == CostTiming::Ongoing {
                line.id = self.fresh_line_id();
                self.year_mut(&year)?.other_lines.push(line);
                copied += 1;
            }
        }
        Ok(copied)
    }

    /// Changes a cost plan's school year (a typo, or the plan moved a year).
    pub fn change_year(&mut self, year: &SchoolYear, to: SchoolYear) -> Result<(), EditError> {
        if *year == to {
            return self.year_mut(year).map(|_| ());
        }
        if self.year(&to).is_some() {
            return Err(EditError::SchoolYearExists(to));
        }
        self.year_mut(year)?.school_year = to;
        self.years.sort_by_key(|p| p.school_year);
        Ok(())
    }

    pub fn delete_year(&mut self, year: &SchoolYear) -> Option<CostPlan> {
        let at = self.years.iter().position(|p| p.school_year == *year)?;
        Some(self.years.remove(at))
    }

    // ----- validation ----------------------------------------------------

    /// School years unique; line and funding ids non-empty and unique across
    /// years; role lines for existing roles and at least one person; every
    /// amount within 0..=`Cents::MAX_AMOUNT`. Paths are relative to
    /// `sustainability`.
    pub fn validate(&self, role_ids: &HashSet<&str>) -> Result<(), String> {
        let mut years = HashSet::new();
        let mut lines = HashSet::new();
        let mut funding = HashSet::new();
        for (i, plan) in self.years.iter().enumerate() {
            let at = format!("years[{i}]");
            if !years.insert(plan.school_year) {
                return Err(format!(
                    "{at}.school_year: a second cost plan for {}",
                    plan.school_year
                ));
            }
            for (j, line) in plan.role_lines.iter().enumerate() {
                let at = format!("{at}.role_lines[{j}]");
                check_id(&at, line.id.as_str(), &mut lines, "cost line")?;
                if !role_ids.contains(line.role.as_str()) {
                    return Err(format!(
                        "{at}.role: no teacher-leader role with id \"{}\"",
                        line.role
                    ));
                }
                if line.people == 0 {
                    return Err(format!("{at}.people: must be at least 1"));
                }
                let field = match line.basis {
                    RoleCostBasis::ShareOfSalary { .. } => "basis.salary_cents",
                    RoleCostBasis::Stipend { .. } => "basis.amount_cents",
                };
                check_stored_amount(&format!("{at}.{field}"), line.basis.entered_amount())?;
            }
            for (j, line) in plan.other_lines.iter().enumerate() {
                let at = format!("{at}.other_lines[{j}]");
                check_id(&at, line.id.as_str(), &mut lines, "cost line")?;
                check_stored_amount(&format!("{at}.amount_cents"), line.amount)?;
            }
            for (j, source) in plan.funding.iter().enumerate() {
                let at = format!("{at}.funding[{j}]");
                check_id(&at, source.id.as_str(), &mut funding, "funding")?;
                check_stored_amount(&format!("{at}.amount_cents"), source.amount)?;
            }
        }
        Ok(())
    }
}

fn check_amount(amount: Cents) -> Result<(), EditError> {
    if amount.is_valid_amount() {
        Ok(())
    } else {
        Err(EditError::AmountOutOfRange(amount))
    }
}

fn check_stored_amount(at: &str, amount: Cents) -> Result<(), String> {
    if amount.is_valid_amount() {
        Ok(())
    } else {
        Err(format!(
            "{at}: an amount must be from 0 to {} cents, found {}",
            Cents::MAX_AMOUNT.cents(),
            amount.cents()
        ))
    }
}

mod edit_types;
mod edits;

pub use edit_types::{CostLineEdit, CostPlanEdit, FundingEdit};

#[cfg(test)]
mod edit_tests;
#[cfg(test)]
mod tests;
