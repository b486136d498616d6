//! The stakeholder report: one page or two built from the whole plan for a
//! board, staff or families. [`build_report`] gathers the content (pure, no
//! formatting of money or dates beyond ISO), and [`Report::blocks`] words it
//! once as printable blocks (`model::printable`): the UI draws those for
//! screen and print and writes them as plain text for "Copy as text".
//!
//! # What each audience sees
//!
//! Decided here, in [`Audience`]'s `shows_*` methods, so the UI never
//! decides it:
//!
//! | | notes | per-role cost | budget totals and funding | main gaps |
//! | --- | --- | --- | --- | --- |
//! | School board | no | yes | yes | yes |
//! | Staff | no | no | yes | yes |
//! | Families | no | no | no | no |
//! | Planning team (internal) | yes | yes | yes | yes |
//!
//! Notes (on statements, actions, documents, goals, cost lines and funding)
//! are the team's working notes: only the internal audience sees them.
//! Per-role costs can reveal a named colleague's pay, so only the board
//! (which approves them) and the team see them.
//!
//! # Student leaders
//!
//! People holding the matrix's student leaders role (id
//! [`STUDENT_LEADERS_ROLE`], the source table's "Student Leaders" column,
//! whatever it is renamed to) are minors: their names are left out
//! everywhere in the report unless [`ReportOptions::show_student_names`] is
//! on. The role then reads "2 student leaders (names not shown)", and an
//! action they own reads "a student leader".

use std::collections::HashSet;

use crate::model::analysis::progress::Progress as YearsProgress;
use crate::model::implementation::costs::{CostTotals, FundingKind, ReviewState};
use crate::model::implementation::{
    ActionProgress, ActionStatus, ConsiderationKey, DocumentProgress,
};
use crate::model::matrix::Tally;
use crate::model::printable::{line, Block, Fact, Line, Span};
use crate::model::teacher_roles::templates::{display_value, PURPOSES, SPHERES};
use crate::model::teacher_roles::ListField;
use crate::model::values::date::{IsoDate, SchoolYear};
use crate::model::values::ids::{AreaId, PersonId, RoleId};
use crate::model::values::money::Cents;
use crate::model::Plan;

/// The matrix role whose holders are students (the source's "Student
/// Leaders" column; ids survive renames).
pub const STUDENT_LEADERS_ROLE: &str = "student-leaders";
/// How many gap statements the report lists before "and N more".
pub const MAX_GAPS: usize = 5;
/// How many next steps the report lists.
pub const MAX_NEXT_STEPS: usize = 6;

crate::keyed_enum! {
    /// Who the report is for.
    #[derive(Default)]
    pub enum Audience {
        #[default]
        Board => "board", "School board";
        Staff => "staff", "Staff";
        Families => "families", "Families";
        Team => "team", "Planning team (internal)";
    }
}

impl Audience {
    /// Internal notes appear only in the team's own copy.
    pub fn shows_notes(self) -> bool {
        self == Audience::Team
    }

    /// The cost of each teacher-leader role.
    pub fn shows_role_costs(self) -> bool {
        matches!(self, Audience::Board | Audience::Team)
    }

    /// The year's totals, funding sources and unfunded gap.
    pub fn shows_budget(self) -> bool {
        matches!(self, Audience::Board | Audience::Staff | Audience::Team)
    }

    /// The matrix's gap statements and the roles nobody holds.
    pub fn shows_gaps(self) -> bool {
        self != Audience::Families
    }
}

/// What to build the report for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportOptions {
    pub audience: Audience,
    /// Off by default: student leaders' names are not shown.
    pub show_student_names: bool,
    /// The cost plan to show; `None` shows the latest school year's.
    pub school_year: Option<SchoolYear>,
    /// Today (from the browser), to count overdue actions and say whether the
    /// sustainability review is due; `None` leaves both out.
    pub today: Option<IsoDate>,
}

/// A matrix role and who holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaderRole {
    pub name: String,
    /// Names shown, in people order.
    pub holders: Vec<String>,
    /// Holders whose names are not shown (student leaders).
    pub hidden_holders: usize,
}

impl LeaderRole {
    pub fn is_held(&self) -> bool {
        !self.holders.is_empty() || self.hidden_holders > 0
    }

    /// The holders as the report shows them: names, then a count of the
    /// student leaders whose names are hidden ("Ana Ruiz, 1 student leader
    /// (name not shown)"); empty when nobody holds the role.
    pub fn holders_text(&self) -> String {
        let mut who = self.holders.join(", ");
        if self.hidden_holders > 0 {
            if !who.is_empty() {
                who.push_str(", ");
            }
            who.push_str(&match self.hidden_holders {
                1 => "1 student leader (name not shown)".to_string(),
                n => format!("{n} student leaders (names not shown)"),
            });
        }
        who
    }
}

/// One statement marked as a gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapItem {
    pub area: String,
    pub role: String,
    pub text: String,
    pub note: Option<String>,
}

/// Who leads what: roles and holders, coverage by area, main gaps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Leadership {
    pub roles: Vec<LeaderRole>,
    /// Area name and its statements by status, in area order. (The tally
    /// holds gap counts for every audience; show them only when
    /// [`Audience::shows_gaps`].)
    pub coverage: Vec<(String, Tally)>,
    pub overall: Tally,
    /// The first [`MAX_GAPS`] gaps (empty when the audience does not see gaps).
    pub gaps: Vec<GapItem>,
    /// Gaps beyond those listed.
    pub more_gaps: usize,
    /// Names of roles nobody holds (empty when the audience does not see gaps).
    pub unheld_roles: Vec<String>,
}

/// A teacher-leader role as the report shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeacherRoleSummary {
    pub title: String,
    pub holder: Option<String>,
    pub career_stage: Option<&'static str>,
    pub formality: Option<&'static str>,
    pub spheres: Vec<String>,
    pub purposes: Vec<String>,
    /// The role's cost in the report's school year (`None` when the audience
    /// does not see role costs, or the year has no line for the role).
    pub cost: Option<Cents>,
    /// Some of the role's cost lines cannot be priced yet.
    pub cost_incomplete: bool,
    /// Titles of the goals the role pursues.
    pub goals: Vec<String>,
}

/// One funding source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingLine {
    pub kind: FundingKind,
    pub name: String,
    pub amount: Cents,
    pub note: Option<String>,
}

/// The school year's money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetSummary {
    pub school_year: SchoolYear,
    pub totals: CostTotals,
    pub funding: Vec<FundingLine>,
}

/// An action worth naming: in progress, or not started with a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub consideration: ConsiderationKey,
    pub text: String,
    pub status: ActionStatus,
    pub owner: Option<String>,
    pub target_date: Option<IsoDate>,
    pub note: Option<String>,
}

/// Implementation progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub actions: ActionProgress,
    /// Each heading with actions, in heading order.
    pub by_consideration: Vec<(ConsiderationKey, ActionProgress)>,
    pub documents: DocumentProgress,
    /// Titles of adopted documents, in list order.
    pub adopted_documents: Vec<String>,
    /// Up to [`MAX_NEXT_STEPS`]: in progress first, then not started, each by
    /// target date (undated last).
    pub next_steps: Vec<NextStep>,
    /// Actions past their target date (0 without `today`).
    pub overdue: usize,
    /// The sustainability review (`None` without `today`).
    pub review: Option<ReviewState>,
}

/// A goal and the roles that pursue it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalSummary {
    pub title: String,
    /// Titles of the teacher-leader roles pursuing it.
    pub roles: Vec<String>,
    pub note: Option<String>,
}

impl GoalSummary {
    pub fn is_pursued(&self) -> bool {
        !self.roles.is_empty()
    }
}

/// Everything the report shows, ready to lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    /// "District — School", or whichever is set, or empty.
    pub organization: String,
    pub audience: Audience,
    pub leadership: Leadership,
    pub teacher_roles: Vec<TeacherRoleSummary>,
    /// `None` when the audience does not see the budget or there is no cost plan.
    pub budget: Option<BudgetSummary>,
    pub progress: Progress,
    pub goals: Vec<GoalSummary>,
    /// The day it was made (`ReportOptions::today`), shown under the title.
    pub date: Option<IsoDate>,
    /// The share in place over the school years, when this school has plans
    /// of two years or more (`build_report_with_years`); every audience sees it.
    pub over_the_years: Option<YearsProgress>,
}

/// The caption of the report's table of the progress over the years, which
/// the UI draws its chart above (`Report::blocks`).
pub const YEARS_TABLE_CAPTION: &str = "Share of statements in place by school year";

fn note(audience: Audience, text: &str) -> Option<String> {
    let text = text.trim();
    (audience.shows_notes() && !text.is_empty()).then(|| text.to_string())
}

/// Builds the report's content from the whole plan.
pub fn build_report(plan: &Plan, options: &ReportOptions) -> Report {
    build_report_with_years(plan, options, None)
}

/// `build_report`, with the school's progress over the years (from the plan
/// and its other years' plans, `Progress::of`), shown after who leads what.
pub fn build_report_with_years(
    plan: &Plan,
    options: &ReportOptions,
    years: Option<&YearsProgress>,
) -> Report {
    let audience = options.audience;
    let matrix = &plan.matrix;
    let students: HashSet<&str> = matrix
        .people
        .iter()
        .filter(|p| p.roles.iter().any(|r| r == STUDENT_LEADERS_ROLE))
        .map(|p| p.id.as_str())
        .collect();
    let hide = |person: &str| !options.show_student_names && students.contains(person);
    let person_name = |id: &PersonId| -> Option<String> {
        let person = matrix
            .people
            .iter()
            .find(|p| p.id.as_str() == id.as_str())?;
        Some(if hide(person.id.as_str()) {
            "a student leader".to_string()
        } else {
            person.name.clone()
        })
    };

    // Who leads what.
    let summary = matrix.summary();
    let roles = matrix
        .roles
        .iter()
        .map(|role| {
            let holders = matrix.holders(&role.id);
            LeaderRole {
                name: role.name.clone(),
                holders: holders
                    .iter()
                    .filter(|p| !hide(p.id.as_str()))
                    .map(|p| p.name.clone())
                    .collect(),
                hidden_holders: holders.iter().filter(|p| hide(p.id.as_str())).count(),
            }
        })
        .collect();
    let name_of_area = |id: &AreaId| {
        matrix
            .area(id)
            .map_or(id.as_str(), |a| a.name.as_str())
            .to_string()
    };
    let name_of_role = |id: &RoleId| {
        matrix
            .role(id)
            .map_or(id.as_str(), |r| r.name.as_str())
            .to_string()
    };
    let coverage = summary
        .by_area
        .iter()
        .map(|(area, tally)| (name_of_area(area), *tally))
        .collect();
    let (gaps, more_gaps, unheld_roles) = if audience.shows_gaps() {
        let gaps = summary
            .gaps
            .iter()
            .take(MAX_GAPS)
            .map(|gap| GapItem {
                area: name_of_area(&gap.area),
                role: name_of_role(&gap.role),
                text: gap.text.clone(),
                note: matrix
                    .statement(&gap.statement)
                    .and_then(|s| note(audience, &s.note)),
            })
            .collect();
        let unheld = summary
            .roles_without_people
            .iter()
            .map(name_of_role)
            .collect();
        (gaps, summary.gaps.len().saturating_sub(MAX_GAPS), unheld)
    } else {
        (Vec::new(), 0, Vec::new())
    };
    let leadership = Leadership {
        roles,
        coverage,
        overall: summary.overall,
        gaps,
        more_gaps,
        unheld_roles,
    };

    // Money for the chosen year.
    let implementation = &plan.implementation;
    let cost_plan = match options.school_year {
        Some(year) => implementation.sustainability.year(&year),
        None => implementation.sustainability.latest(),
    };

    // Teacher-leader roles.
    let teacher_roles = plan
        .teacher_roles
        .roles
        .iter()
        .map(|role| {
            let id = crate::model::values::ids::TeacherRoleId::new(role.id.as_str());
            let (cost, cost_incomplete) = match cost_plan {
                Some(cp) if audience.shows_role_costs() && cp.has_role(&id) => {
                    let (cost, incomplete) = cp.cost_of_role(&id, &plan.teacher_roles);
                    (Some(cost), incomplete)
                }
                _ => (None, false),
            };
            let holder = role.holder.trim();
            TeacherRoleSummary {
                title: role.display_title().to_string(),
                holder: (!holder.is_empty()).then(|| holder.to_string()),
                career_stage: role.career_stage.map(|s| s.label()),
                formality: role.formality.map(|f| f.label()),
                spheres: role
                    .list(ListField::Spheres)
                    .iter()
                    .map(|v| display_value(SPHERES, v).to_string())
                    .collect(),
                purposes: role
                    .list(ListField::Purposes)
                    .iter()
                    .map(|v| display_value(PURPOSES, v).to_string())
                    .collect(),
                cost,
                cost_incomplete,
                goals: implementation
                    .goals_of_role(&id)
                    .iter()
                    .map(|g| g.title.clone())
                    .collect(),
            }
        })
        .collect();

    let budget = cost_plan
        .filter(|_| audience.shows_budget())
        .map(|cp| BudgetSummary {
            school_year: cp.school_year,
            totals: cp.totals(&plan.teacher_roles),
            funding: cp
                .funding
                .iter()
                .map(|f| FundingLine {
                    kind: f.kind,
                    name: f.name.clone(),
                    amount: f.amount,
                    note: note(audience, &f.note),
                })
                .collect(),
        });

    // Progress.
    let by_consideration = ConsiderationKey::ALL
        .iter()
        .map(|key| (*key, implementation.progress_of(*key)))
        .filter(|(_, progress)| progress.total() > 0)
        .collect();
    let mut candidates: Vec<(ConsiderationKey, &crate::model::implementation::Action)> =
        implementation
            .all_actions()
            .filter(|(_, a)| {
                a.status == ActionStatus::InProgress
                    || (a.status == ActionStatus::NotStarted && a.target_date.is_some())
            })
            .collect();
    // Stable sort: in progress before not started, dated before undated,
    // earlier dates first; ties keep heading and list order.
    candidates.sort_by_key(|(_, a)| {
        (
            a.status != ActionStatus::InProgress,
            a.target_date.is_none(),
            a.target_date.clone(),
        )
    });
    let next_steps = candidates
        .into_iter()
        .take(MAX_NEXT_STEPS)
        .map(|(key, a)| NextStep {
            consideration: key,
            text: a.text.clone(),
            status: a.status,
            owner: a.owner.as_ref().and_then(person_name),
            target_date: a.target_date.clone(),
            note: note(audience, &a.note),
        })
        .collect();
    let progress = Progress {
        actions: implementation.progress(),
        by_consideration,
        documents: implementation.document_progress(),
        adopted_documents: implementation
            .documents
            .iter()
            .filter(|d| d.status == crate::model::implementation::DocumentStatus::Adopted)
            .map(|d| d.title.clone())
            .collect(),
        next_steps,
        overdue: options
            .today
            .as_ref()
            .map_or(0, |today| implementation.overdue_actions(today).len()),
        review: options
            .today
            .as_ref()
            .map(|today| implementation.sustainability.review_state(today)),
    };

    let role_title = |id: &crate::model::values::ids::TeacherRoleId| {
        plan.teacher_roles
            .get(id)
            .map(|r| r.display_title().to_string())
    };
    let goals = implementation
        .goals
        .iter()
        .map(|goal| GoalSummary {
            title: goal.title.clone(),
            roles: goal.roles.iter().filter_map(role_title).collect(),
            note: note(audience, &goal.note),
        })
        .collect();

    let district = plan.organization.district.trim();
    let school = plan.organization.school.trim();
    let organization = match (district.is_empty(), school.is_empty()) {
        (false, false) => format!("{district} — {school}"),
        (false, true) => district.to_string(),
        (true, false) => school.to_string(),
        (true, true) => String::new(),
    };

    Report {
        title: plan.display_title().to_string(),
        organization,
        audience,
        leadership,
        teacher_roles,
        budget,
        progress,
        goals,
        date: options.today.clone(),
        over_the_years: years.cloned(),
    }
}

mod blocks;

#[cfg(test)]
mod tests;
