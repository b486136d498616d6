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

use super::costs::{CostTotals, FundingKind, ReviewState};
use super::date::{IsoDate, SchoolYear};
use super::ids::{AreaId, PersonId, RoleId};
use super::implementation::{ActionProgress, ActionStatus, ConsiderationKey, DocumentProgress};
use super::matrix::Tally;
use super::money::Cents;
use super::printable::{line, Block, Fact, Line, Span};
use super::teacher_role_templates::{display_value, PURPOSES, SPHERES};
use super::teacher_roles::ListField;
use super::Plan;

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
}

fn note(audience: Audience, text: &str) -> Option<String> {
    let text = text.trim();
    (audience.shows_notes() && !text.is_empty()).then(|| text.to_string())
}

/// Builds the report's content from the whole plan.
pub fn build_report(plan: &Plan, options: &ReportOptions) -> Report {
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
            let id = super::ids::TeacherRoleId::new(role.id.as_str());
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
    let mut candidates: Vec<(ConsiderationKey, &super::implementation::Action)> = implementation
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
            .filter(|d| d.status == super::implementation::DocumentStatus::Adopted)
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

    let role_title = |id: &super::ids::TeacherRoleId| {
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
    }
}

/// A list item: its line, then the team's note on a line of its own.
fn item_with_note(first: Line, note: &Option<String>) -> Vec<Line> {
    let mut item = vec![first];
    item.extend(
        note.as_ref()
            .map(|n| vec![Span::Note(format!("Note: {n}"))]),
    );
    item
}

/// "Finance Officer: " in bold, then the rest.
fn led(lead: &str, rest: String) -> Line {
    vec![Span::Strong(format!("{lead}: ")), Span::Text(rest)]
}

impl Report {
    /// The report as blocks, drawn on screen and on paper and written as
    /// plain text for "Copy as text". Money is written by `money` (the UI
    /// passes its locale formatter); dates stay ISO.
    pub fn blocks(&self, money: &dyn Fn(Cents) -> String) -> Vec<Block> {
        let mut byline = vec![format!("For: {}", self.audience.label())];
        byline.extend(self.date.as_ref().map(IsoDate::to_string));
        let mut blocks = vec![
            Block::Title {
                organization: (!self.organization.is_empty()).then(|| self.organization.clone()),
                kind: None,
                text: self.title.clone(),
                byline,
            },
            self.leadership_section(),
        ];
        if !self.teacher_roles.is_empty() {
            blocks.push(self.teacher_roles_section(money));
        }
        blocks.extend(self.budget.as_ref().map(|b| budget_section(b, money)));
        blocks.push(self.progress_section());
        if !self.goals.is_empty() {
            let items = self
                .goals
                .iter()
                .map(|goal| {
                    let roles = if goal.is_pursued() {
                        goal.roles.join("; ")
                    } else {
                        "⚠ no teacher-leader role pursues this goal yet".to_string()
                    };
                    item_with_note(led(&goal.title, roles), &goal.note)
                })
                .collect();
            blocks.push(Block::Section {
                heading: "Goals".into(),
                blocks: vec![list(None, items)],
            });
        }
        blocks
    }

    fn leadership_section(&self) -> Block {
        let leadership = &self.leadership;
        let mut blocks = Vec::new();
        // Only the roles someone holds: the roles nobody holds are a gap,
        // which not every audience sees (they follow below when it does).
        let held: Vec<Vec<Line>> = leadership
            .roles
            .iter()
            .filter(|r| r.is_held())
            .map(|r| vec![led(&r.name, r.holders_text())])
            .collect();
        blocks.push(if held.is_empty() {
            Block::Paragraph(line("Nobody is named in the leadership matrix yet."))
        } else {
            Block::List {
                label: None,
                items: held,
                columns: true,
            }
        });
        let overall = leadership.overall;
        if overall.total() > 0 {
            let gaps = self.audience.shows_gaps();
            blocks.push(Block::Paragraph(line(format!(
                "Responsibilities in place: {} of {} ({}%).",
                overall.in_place,
                overall.total(),
                overall.percent_in_place(),
            ))));
            let mut head = vec!["Area", "In place", "In progress"];
            if gaps {
                head.push("Gaps");
            }
            head.push("Statements");
            let rows = leadership
                .coverage
                .iter()
                .map(|(area, t)| {
                    let mut row = vec![area.clone(), t.in_place.to_string()];
                    row.push(t.in_progress.to_string());
                    if gaps {
                        row.push(t.gap.to_string());
                    }
                    row.push(t.total().to_string());
                    row
                })
                .collect();
            blocks.push(Block::Table {
                caption: "Coverage by area".into(),
                head: head.into_iter().map(str::to_string).collect(),
                rows,
            });
        }
        if !leadership.gaps.is_empty() {
            let mut items: Vec<Vec<Line>> = leadership
                .gaps
                .iter()
                .map(|g| {
                    item_with_note(
                        line(format!("{} ({}): {}", g.area, g.role, g.text)),
                        &g.note,
                    )
                })
                .collect();
            if leadership.more_gaps > 0 {
                items.push(vec![line(format!("and {} more", leadership.more_gaps))]);
            }
            blocks.push(list(Some("Main gaps"), items));
        }
        if !leadership.unheld_roles.is_empty() {
            blocks.push(Block::Paragraph(led(
                "Roles nobody holds yet",
                leadership.unheld_roles.join(", "),
            )));
        }
        Block::Section {
            heading: "Who leads what".into(),
            blocks,
        }
    }

    fn teacher_roles_section(&self, money: &dyn Fn(Cents) -> String) -> Block {
        let items = self
            .teacher_roles
            .iter()
            .map(|r| {
                let mut first = vec![Span::Strong(r.title.clone())];
                first.extend(r.holder.as_ref().map(|h| Span::Text(format!(" ({h})"))));
                let mut item = vec![first];
                let mut facts: Vec<String> = Vec::new();
                facts.extend(r.career_stage.map(str::to_string));
                facts.extend(r.formality.map(str::to_string));
                if !r.spheres.is_empty() {
                    facts.push(format!("Sphere: {}", r.spheres.join(", ")));
                }
                if !r.purposes.is_empty() {
                    facts.push(format!("Purpose: {}", r.purposes.join(", ")));
                }
                if !facts.is_empty() {
                    item.push(line(facts.join("; ")));
                }
                if let Some(cost) = r.cost {
                    let rest = if r.cost_incomplete {
                        " (not all of it priced yet)"
                    } else {
                        ""
                    };
                    item.push(line(format!("Cost: {}{rest}", money(cost))));
                }
                if !r.goals.is_empty() {
                    item.push(line(format!("Goals: {}", r.goals.join("; "))));
                }
                item
            })
            .collect();
        Block::Section {
            heading: "STEM teacher-leader roles".into(),
            blocks: vec![list(None, items)],
        }
    }

    fn progress_section(&self) -> Block {
        let progress = &self.progress;
        let actions = progress.actions;
        let mut summary = format!(
            "Actions done: {} of {} ({} in progress",
            actions.done,
            actions.planned(),
            actions.in_progress,
        );
        if actions.not_planned > 0 {
            summary.push_str(&format!("; {} not planned", actions.not_planned));
        }
        summary.push_str(").");
        if progress.overdue > 0 {
            summary.push_str(&format!(" Past their target date: {}.", progress.overdue));
        }
        summary.push_str(&format!(
            " Planning documents adopted: {} of {}.",
            progress.documents.adopted,
            progress.documents.total(),
        ));
        let mut blocks = vec![
            Block::Paragraph(line(summary)),
            Block::List {
                label: None,
                items: progress
                    .by_consideration
                    .iter()
                    .map(|(key, p)| {
                        vec![line(format!(
                            "{}: {} of {} done",
                            key.label(),
                            p.done,
                            p.planned()
                        ))]
                    })
                    .collect(),
                columns: true,
            },
        ];
        if !progress.adopted_documents.is_empty() {
            blocks.push(Block::Paragraph(led(
                "Adopted",
                progress.adopted_documents.join("; "),
            )));
        }
        if !progress.next_steps.is_empty() {
            let items = progress
                .next_steps
                .iter()
                .map(|s| {
                    let mut details = vec![s.status.label().to_string()];
                    details.extend(s.owner.clone());
                    details.extend(s.target_date.as_ref().map(|d| format!("by {d}")));
                    item_with_note(
                        line(format!("{} ({})", s.text, details.join(", "))),
                        &s.note,
                    )
                })
                .collect();
            blocks.push(list(Some("Next steps"), items));
        }
        let review = match &progress.review {
            Some(ReviewState::Due { date }) => Some(format!(
                "The plan for sustainability was due for review on {date}."
            )),
            Some(ReviewState::Upcoming { date }) => Some(format!(
                "Next review of the plan for sustainability: {date}."
            )),
            _ => None,
        };
        blocks.extend(review.map(|r| Block::Paragraph(line(r))));
        Block::Section {
            heading: "Implementation progress".into(),
            blocks,
        }
    }
}

fn list(label: Option<&str>, items: Vec<Vec<Line>>) -> Block {
    Block::List {
        label: label.map(str::to_string),
        items,
        columns: false,
    }
}

fn budget_section(budget: &BudgetSummary, money: &dyn Fn(Cents) -> String) -> Block {
    let t = &budget.totals;
    let fact = |term: &str, amount: Cents| Fact::new(term, Some(money(amount)));
    let mut facts = vec![
        fact("Start-up costs", t.start_up),
        fact("Ongoing costs", t.ongoing),
        fact("Total costs", t.total_cost),
        fact("Funding", t.funding),
    ];
    facts.push(if t.surplus > Cents::ZERO {
        fact("Funding beyond costs", t.surplus)
    } else {
        Fact {
            warn: true,
            ..fact("Unfunded gap", t.gap)
        }
    });
    let mut blocks = vec![Block::Facts(facts)];
    match t.incomplete.len() {
        0 => {}
        1 => blocks.push(Block::Paragraph(line(
            "1 role cost line is not priced yet.",
        ))),
        n => blocks.push(Block::Paragraph(line(format!(
            "{n} role cost lines are not priced yet."
        )))),
    }
    if !budget.funding.is_empty() {
        let items = budget
            .funding
            .iter()
            .map(|f| {
                let name = if f.name.is_empty() {
                    String::new()
                } else {
                    format!(" {}", f.name)
                };
                item_with_note(
                    line(format!("{}{name}: {}", f.kind.label(), money(f.amount))),
                    &f.note,
                )
            })
            .collect();
        blocks.push(list(None, items));
    }
    Block::Section {
        heading: format!("Costs and funding, {}", budget.school_year),
        blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::implementation::{
        ActionId, DocumentId, DocumentStatus, FundingKind, GoalId, OtherCostKind, RoleCostBasis,
    };
    use crate::model::money::Cents;
    use crate::model::printable::plain_text;
    use crate::model::{costs::CostTiming, matrix::Status, matrix_seed};

    fn plain(c: Cents) -> String {
        format!("${}", c.to_plain_string())
    }

    fn as_text(report: &Report) -> String {
        plain_text(&report.blocks(&plain))
    }

    /// A plan with a principal, two student leaders, a coach role with a
    /// cost, notes everywhere, some progress.
    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.title = "Lincoln USD STEM plan".into();
        plan.organization.district = "Lincoln USD".into();
        plan.organization.school = "Roosevelt Elementary".into();
        let m = &mut plan.matrix;
        let ana = m.add_person("Ana Ruiz", "Principal").unwrap();
        m.assign_role(&ana, &"building-administration".into());
        for name in ["Sam Lee", "Kim Diaz"] {
            let id = m.add_person(name, "Student").unwrap();
            m.assign_role(&id, &STUDENT_LEADERS_ROLE.into());
        }
        let gap = m
            .cell(&"finance-officer".into(), &"budgetary-support".into())
            .unwrap()
            .statements[0]
            .id
            .clone();
        m.set_status(&gap, Status::Gap);
        m.set_note(&gap, "Finance has not met with us");
        let in_place = m
            .cell(&"building-administration".into(), &"decision-making".into())
            .unwrap()
            .statements[0]
            .id
            .clone();
        m.set_status(&in_place, Status::InPlace);

        let coach = plan
            .teacher_roles
            .add_from_template("district_stem_coach")
            .unwrap();
        let role = plan.teacher_roles.get_mut(&coach).unwrap();
        role.holder = "Jo Park".into();
        role.leading_percent = Some(40);

        let imp = &mut plan.implementation;
        let sam = crate::model::ids::PersonId::new("person-2");
        let promote = ActionId::new("culture-promote");
        imp.set_action_status(&promote, ActionStatus::InProgress)
            .unwrap();
        imp.set_action_owner(&promote, Some(sam), &plan.matrix)
            .unwrap();
        imp.set_action_note(&promote, "Ask the PTA first").unwrap();
        imp.set_action_target_date(&promote, Some(IsoDate::parse("2026-10-01").unwrap()))
            .unwrap();
        imp.set_action_status(
            &ActionId::new("culture-break-down-walls"),
            ActionStatus::Done,
        )
        .unwrap();
        imp.set_action_status(
            &ActionId::new("culture-develop-for-fit"),
            ActionStatus::NotPlanned,
        )
        .unwrap();
        let fit = ActionId::new("sustainability-outside-funding");
        imp.set_action_target_date(&fit, Some(IsoDate::parse("2026-09-01").unwrap()))
            .unwrap();
        imp.set_document_status(&DocumentId::new("hiring-criteria"), DocumentStatus::Adopted)
            .unwrap();
        imp.set_document_note(&DocumentId::new("hiring-criteria"), "HR has the original")
            .unwrap();
        let learning = GoalId::new("professional-learning");
        imp.set_goal_role(&learning, &coach, true, &plan.teacher_roles)
            .unwrap();
        imp.set_goal_note(&learning, "Board cares most about this")
            .unwrap();
        let year = SchoolYear::parse("2026-27").unwrap();
        let s = &mut imp.sustainability;
        s.add_year(year).unwrap();
        s.add_role_line(
            &year,
            coach,
            RoleCostBasis::ShareOfSalary {
                salary: Cents::from_dollars(65_000).unwrap(),
            },
            &plan.teacher_roles,
        )
        .unwrap();
        let kits = s
            .add_other_line(
                &year,
                OtherCostKind::Materials,
                "Kits",
                Cents::from_dollars(4_000).unwrap(),
                CostTiming::StartUp,
            )
            .unwrap();
        s.set_line_note(&kits, "Quote from vendor pending").unwrap();
        let grant = s
            .add_funding(
                &year,
                FundingKind::Grant,
                "State STEM grant",
                Cents::from_dollars(20_000).unwrap(),
            )
            .unwrap();
        s.set_funding_note(&grant, "Decision in March").unwrap();
        s.set_review_date(Some(IsoDate::parse("2027-01-15").unwrap()));
        assert_eq!(plan.validate(), Ok(()));
        plan
    }

    #[test]
    fn student_leaders_role_is_the_source_column() {
        assert!(matrix_seed::ROLES
            .iter()
            .any(|(id, name, _)| *id == STUDENT_LEADERS_ROLE && *name == "Student Leaders"));
    }

    #[test]
    fn by_default_notes_and_student_names_are_hidden() {
        let plan = plan();
        let report = build_report(&plan, &ReportOptions::default());
        assert_eq!(report.audience, Audience::Board);
        let text = as_text(&report);
        for hidden in [
            "Sam Lee",
            "Kim Diaz",
            "Ask the PTA first",
            "HR has the original",
            "Board cares most",
            "Quote from vendor",
            "Decision in March",
            "Finance has not met",
            "Note:",
        ] {
            assert!(!text.contains(hidden), "{hidden:?} shown in\n{text}");
        }
        assert!(
            text.contains("- Student Leaders: 2 student leaders (names not shown)\n"),
            "{text}"
        );
        assert!(text.contains("Regularly promote a school culture that can optimize the STEM teacher leader role (In progress, a student leader, by 2026-10-01)"), "{text}");
        let students = &report.leadership.roles[5];
        assert_eq!((students.holders.len(), students.hidden_holders), (0, 2));
        assert!(students.is_held());
    }

    #[test]
    fn the_team_copy_shows_notes_and_names_can_be_turned_on() {
        let plan = plan();
        let options = ReportOptions {
            audience: Audience::Team,
            show_student_names: true,
            ..ReportOptions::default()
        };
        let text = as_text(&build_report(&plan, &options));
        for shown in [
            "Student Leaders: Sam Lee, Kim Diaz",
            "(In progress, Sam Lee, by 2026-10-01)",
            "  Note: Ask the PTA first",
            "  Note: Board cares most about this",
            "  Note: Decision in March",
            "  Note: Finance has not met with us",
        ] {
            assert!(text.contains(shown), "{shown:?} missing in\n{text}");
        }
        // Names on, notes still off for the board.
        let options = ReportOptions {
            show_student_names: true,
            ..ReportOptions::default()
        };
        let text = as_text(&build_report(&plan, &options));
        assert!(text.contains("Sam Lee") && !text.contains("Note:"));
    }

    #[test]
    fn audiences_see_what_their_row_says() {
        let plan = plan();
        let for_audience = |audience| {
            build_report(
                &plan,
                &ReportOptions {
                    audience,
                    ..ReportOptions::default()
                },
            )
        };
        let board = for_audience(Audience::Board);
        assert_eq!(
            board.teacher_roles[0].cost,
            Some(Cents::from_dollars(26_000).unwrap())
        );
        let budget = board.budget.as_ref().expect("board sees the budget");
        assert_eq!(
            budget.totals.total_cost,
            Cents::from_dollars(30_000).unwrap()
        );
        assert_eq!(budget.totals.gap, Cents::from_dollars(10_000).unwrap());
        assert_eq!(board.leadership.gaps.len(), 1);

        let staff = for_audience(Audience::Staff);
        assert_eq!(
            staff.teacher_roles[0].cost, None,
            "no per-role pay for staff"
        );
        assert!(staff.budget.is_some());
        assert!(!staff.leadership.gaps.is_empty());

        let families = for_audience(Audience::Families);
        assert!(families.budget.is_none() && families.teacher_roles[0].cost.is_none());
        assert!(families.leadership.gaps.is_empty() && families.leadership.unheld_roles.is_empty());
        let text = as_text(&families);
        assert!(!text.contains('$') && !text.contains("gap"), "{text}");
        assert!(text.contains("For: Families"));
    }

    #[test]
    fn report_gathers_leadership_roles_progress_and_goals() {
        let plan = plan();
        let options = ReportOptions {
            today: Some(IsoDate::parse("2026-09-15").unwrap()),
            ..ReportOptions::default()
        };
        let report = build_report(&plan, &options);
        assert_eq!(report.organization, "Lincoln USD — Roosevelt Elementary");
        assert_eq!(report.leadership.roles.len(), 6);
        assert_eq!(report.leadership.roles[2].holders, ["Ana Ruiz"]);
        assert_eq!(report.leadership.overall.in_place, 1);
        assert_eq!(report.leadership.coverage[0].0, "Decision-making");
        assert_eq!(report.leadership.gaps[0].role, "Finance Officer");
        assert_eq!(report.leadership.gaps[0].note, None);
        assert_eq!(
            report.leadership.unheld_roles,
            [
                "District-level Administration",
                "Finance Officer",
                "(STEM) Instructional Coach",
                "Ecosystem Liaison(s)"
            ]
        );

        let coach = &report.teacher_roles[0];
        assert_eq!(coach.title, "District STEM instructional coach");
        assert_eq!(coach.holder.as_deref(), Some("Jo Park"));
        assert_eq!(
            (coach.career_stage, coach.formality),
            (Some("Veteran"), Some("Formal"))
        );
        assert_eq!(coach.spheres, ["District"]);
        assert_eq!(coach.purposes, ["Instructional improvement"]);
        assert_eq!(
            coach.goals,
            ["Providing professional learning opportunities"]
        );

        let progress = &report.progress;
        assert_eq!((progress.actions.done, progress.actions.planned()), (1, 25));
        assert_eq!(progress.by_consideration.len(), 6);
        assert_eq!(
            (progress.documents.adopted, progress.documents.total()),
            (1, 10)
        );
        assert_eq!(
            progress.adopted_documents,
            ["Hiring criteria and processes for STEM teacher leaders"]
        );
        let steps: Vec<&str> = progress
            .next_steps
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            steps,
            [
                "Regularly promote a school culture that can optimize the STEM teacher leader role",
                "seek outside funding if internal funding is not available",
            ],
            "in progress first, then dated not-started actions"
        );
        assert_eq!(progress.overdue, 1);
        assert!(matches!(
            progress.review,
            Some(ReviewState::Upcoming { .. })
        ));

        assert_eq!(report.goals.len(), 4);
        assert!(report.goals[1].is_pursued());
        assert!(!report.goals[0].is_pursued());

        let text = as_text(&report);
        for expected in [
            "Lincoln USD STEM plan\n=====================\nLincoln USD — Roosevelt Elementary\nFor: School board\n2026-09-15\n\n",
            "Who leads what\n--------------\n- Building-level Administration: Ana Ruiz\n- Student Leaders: 2 student leaders (names not shown)\n\n",
            "Responsibilities in place: 1 of ",
            "Coverage by area:\n- Decision-making — In place: 1, In progress: 0, Gaps: 0, Statements: 6\n",
            "Main gaps:\n- Budgetary Support/Allocations (Finance Officer): ",
            "Roles nobody holds yet: District-level Administration, Finance Officer,",
            "- District STEM instructional coach (Jo Park)\n  Veteran; Formal; Sphere: District; Purpose: Instructional improvement\n  Cost: $26000.00\n  Goals: Providing professional learning opportunities\n",
            "Costs and funding, 2026-27\n",
            "Start-up costs: $4000.00\nOngoing costs: $26000.00\nTotal costs: $30000.00\nFunding: $20000.00\nUnfunded gap: $10000.00\n\n- Grant State STEM grant: $20000.00\n",
            "Actions done: 1 of 25 (1 in progress; 1 not planned). Past their target date: 1. Planning documents adopted: 1 of 10.\n",
            "- Refining school and district culture: 1 of 3 done\n",
            "Adopted: Hiring criteria and processes for STEM teacher leaders\n",
            "Next review of the plan for sustainability: 2027-01-15.\n",
            "- Building a culture and vision of STEM instruction within their schools, at the district level, in the community, and with the state legislature: ⚠ no teacher-leader role pursues this goal yet\n",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
    }

    /// The blocks of the section under `heading`.
    fn section<'b>(blocks: &'b [Block], heading: &str) -> &'b [Block] {
        blocks
            .iter()
            .find_map(|b| match b {
                Block::Section { heading: h, blocks } if h == heading => Some(blocks.as_slice()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no section {heading:?} in {blocks:?}"))
    }

    #[test]
    fn the_default_plans_report_as_blocks() {
        let blocks = build_report(&Plan::default(), &ReportOptions::default()).blocks(&plain);
        assert_eq!(
            blocks[0],
            Block::Title {
                organization: None,
                kind: None,
                text: Plan::default().display_title().to_string(),
                byline: vec!["For: School board".into()],
            }
        );
        let headings: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Section { heading, .. } => Some(heading.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            headings,
            ["Who leads what", "Implementation progress", "Goals"],
            "no teacher-leader roles and no cost plan yet"
        );
        let leadership = section(&blocks, "Who leads what");
        assert_eq!(
            leadership[0],
            Block::Paragraph(line("Nobody is named in the leadership matrix yet."))
        );
        let Some(Block::Table { head, rows, .. }) =
            leadership.iter().find(|b| matches!(b, Block::Table { .. }))
        else {
            panic!("no coverage table in {leadership:?}");
        };
        assert_eq!(
            head,
            &["Area", "In place", "In progress", "Gaps", "Statements"]
        );
        assert_eq!(rows.len(), Plan::default().matrix.areas.len());
        assert_eq!(rows[0], ["Decision-making", "0", "0", "0", "6"]);

        // Families see no gap column.
        let families = ReportOptions {
            audience: Audience::Families,
            ..ReportOptions::default()
        };
        let blocks = build_report(&Plan::default(), &families).blocks(&plain);
        let has_gap_column = section(&blocks, "Who leads what")
            .iter()
            .any(|b| matches!(b, Block::Table { head, .. } if head.iter().any(|h| h == "Gaps")));
        assert!(!has_gap_column);
    }

    #[test]
    fn blocks_hide_student_names_unless_asked() {
        let plan = plan();
        let blocks = build_report(&plan, &ReportOptions::default()).blocks(&plain);
        let Block::List { items, .. } = &section(&blocks, "Who leads what")[0] else {
            panic!("the holders' list first");
        };
        assert_eq!(
            items[1],
            [vec![
                Span::Strong("Student Leaders: ".into()),
                Span::Text("2 student leaders (names not shown)".into())
            ]]
        );
        assert!(!format!("{blocks:?}").contains("Sam Lee"));
        let named = ReportOptions {
            show_student_names: true,
            ..ReportOptions::default()
        };
        let blocks = build_report(&plan, &named).blocks(&plain);
        assert!(format!("{blocks:?}").contains("Student Leaders: \"), Text(\"Sam Lee, Kim Diaz"));
    }

    #[test]
    fn an_empty_plan_still_reports() {
        let report = build_report(&Plan::default(), &ReportOptions::default());
        assert!(report.budget.is_none());
        assert!(report.teacher_roles.is_empty());
        assert_eq!(report.organization, "");
        let text = as_text(&report);
        assert!(
            text.contains(
                "Actions done: 0 of 26 (0 in progress). Planning documents adopted: 0 of 10.\n"
            ),
            "{text}"
        );
        assert!(!text.contains("STEM teacher-leader roles"));
        assert_eq!(report.leadership.more_gaps, 0);
    }

    #[test]
    fn a_chosen_school_year_is_shown_and_gaps_are_capped() {
        let mut plan = plan();
        let older = SchoolYear::parse("2025-26").unwrap();
        plan.implementation.sustainability.add_year(older).unwrap();
        let options = ReportOptions {
            school_year: Some(older),
            ..ReportOptions::default()
        };
        let report = build_report(&plan, &options);
        assert_eq!(report.budget.as_ref().map(|b| b.school_year), Some(older));
        assert_eq!(
            report.teacher_roles[0].cost, None,
            "no line for the role that year"
        );
        for cell in plan.matrix.cells.clone() {
            for s in cell.statements {
                plan.matrix.set_status(&s.id, Status::Gap);
            }
        }
        let report = build_report(&plan, &ReportOptions::default());
        assert_eq!(report.leadership.gaps.len(), MAX_GAPS);
        assert_eq!(
            report.leadership.more_gaps,
            report.leadership.overall.gap - MAX_GAPS
        );
        assert!(as_text(&report).contains(&format!("- and {} more\n", report.leadership.more_gaps)));
    }
}
