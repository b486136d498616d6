//! Sustainability's edits as data (see `model::edit`): the cost plans of the
//! school years and the review date, the cost lines, the funding. Each edit
//! checks every rule before it changes anything, so a refused edit leaves the
//! plan as it was, and names its undo step in the words the Undo button uses.

use super::*;
use crate::model::edit::applied::Applied;
use crate::model::implementation::short;
use crate::model::Plan;

/// Changes to the cost plans as a whole: a school year's plan and the review date.
#[derive(Debug, Clone, PartialEq)]
pub enum CostPlanEdit {
    /// Adds a school year's plan. A year after the latest one starts from that
    /// year's ongoing lines (start-up lines and funding are not carried over).
    AddYear(SchoolYear),
    /// Changes a plan's school year (a typo, or the plan moved a year).
    ChangeYear {
        year: SchoolYear,
        to: SchoolYear,
    },
    DeleteYear(SchoolYear),
    /// `None` clears the review date.
    SetReviewDate(Option<IsoDate>),
}

/// Changes to a year's cost lines: role lines, other lines, or either.
#[derive(Debug, Clone, PartialEq)]
pub enum CostLineEdit {
    /// Prices a teacher-leader role for a year: by the stipend its
    /// compensation names (`suggested_stipend`), else by a share of a salary
    /// basis still to be entered.
    AddRoleLine {
        year: SchoolYear,
        role: TeacherRoleId,
    },
    AddOtherLine {
        year: SchoolYear,
        kind: OtherCostKind,
        description: String,
        amount: Cents,
        timing: CostTiming,
    },
    /// The role a role line prices.
    SetRole {
        id: CostLineId,
        role: TeacherRoleId,
    },
    /// How a role line is priced, with its amount.
    SetBasis {
        id: CostLineId,
        basis: RoleCostBasis,
    },
    /// A line's amount: a role line's salary basis or stipend (its basis
    /// kept), or another line's amount.
    SetAmount {
        id: CostLineId,
        amount: Cents,
    },
    /// How many people hold a role line's role (at least 1).
    SetPeople {
        id: CostLineId,
        people: u32,
    },
    SetKind {
        id: CostLineId,
        kind: OtherCostKind,
    },
    SetDescription {
        id: CostLineId,
        description: String,
    },
    SetTiming {
        id: CostLineId,
        timing: CostTiming,
    },
    SetNote {
        id: CostLineId,
        note: String,
    },
    /// One place up (`up`) or down among the lines of its kind.
    Move {
        id: CostLineId,
        up: bool,
    },
    Delete {
        id: CostLineId,
    },
}

/// Changes to a year's funding sources.
#[derive(Debug, Clone, PartialEq)]
pub enum FundingEdit {
    Add {
        year: SchoolYear,
        kind: FundingKind,
        name: String,
        amount: Cents,
    },
    SetKind {
        id: FundingId,
        kind: FundingKind,
    },
    SetName {
        id: FundingId,
        name: String,
    },
    SetAmount {
        id: FundingId,
        amount: Cents,
    },
    SetNote {
        id: FundingId,
        note: String,
    },
    /// One place up (`up`) or down in its year.
    Move {
        id: FundingId,
        up: bool,
    },
    Delete {
        id: FundingId,
    },
}

fn up_or_down(up: bool) -> &'static str {
    if up {
        "up"
    } else {
        "down"
    }
}

impl CostPlanEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let costs = &mut plan.implementation.sustainability;
        match self {
            CostPlanEdit::AddYear(year) => {
                let copied = match costs.latest().map(|l| l.school_year) {
                    Some(from) if from < year => costs.add_year_from(year, &from)?,
                    _ => costs.add_year(year).map(|()| 0)?,
                };
                let notice = if copied > 0 {
                    format!("Added {year}, with {copied} ongoing lines from the year before.")
                } else {
                    format!("Added the school year {year}.")
                };
                Ok(Applied::labelled(format!("add school year {year}")).with_notice(notice))
            }
            CostPlanEdit::ChangeYear { year, to } => {
                costs.change_year(&year, to)?;
                Ok(Applied::labelled(format!(
                    "change school year {year} to {to}"
                )))
            }
            CostPlanEdit::DeleteYear(year) => {
                costs
                    .delete_year(&year)
                    .ok_or(EditError::NoSuchSchoolYear(year))?;
                Ok(Applied::labelled(format!("delete school year {year}"))
                    .regrettable(format!("Deleted the cost plan for {year}"))
                    .with_notice(format!("Deleted the cost plan for {year}.")))
            }
            CostPlanEdit::SetReviewDate(date) => {
                costs.set_review_date(date);
                Ok(Applied::labelled("set the review date"))
            }
        }
    }
}

/// What a line is called in undo labels: a role line by its role's title
/// (not cut, as the role line's heading shows it), another line by its
/// description, or its kind when it has none.
enum LineName {
    Role(String),
    Other(String),
}

impl LineName {
    fn of(plan: &Plan, id: &CostLineId) -> Result<LineName, EditError> {
        let costs = &plan.implementation.sustainability;
        if let Some(line) = costs.role_line(id) {
            let title = plan
                .teacher_roles
                .roles
                .iter()
                .find(|r| r.id == line.role)
                .map(|r| r.title.clone())
                .unwrap_or_default();
            return Ok(LineName::Role(title));
        }
        let line = costs
            .other_line(id)
            .ok_or_else(|| EditError::NoSuchCostLine(id.clone()))?;
        Ok(LineName::Other(if line.description.is_empty() {
            short(line.kind.label())
        } else {
            short(&line.description)
        }))
    }

    fn text(&self) -> &str {
        match self {
            LineName::Role(text) | LineName::Other(text) => text,
        }
    }
}

impl CostLineEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let label = match &self {
            CostLineEdit::AddRoleLine { year, .. } => format!("add a role cost line to {year}"),
            CostLineEdit::AddOtherLine { description, .. } => {
                format!("add cost “{}”", short(description.trim()))
            }
            CostLineEdit::SetRole { id, .. } => {
                let year = plan
                    .implementation
                    .sustainability
                    .year_of_line(id)
                    .ok_or_else(|| EditError::NoSuchCostLine(id.clone()))?;
                format!("set the role of a cost line in {year}")
            }
            CostLineEdit::SetBasis { id, .. } => {
                format!("set how “{}” is priced", LineName::of(plan, id)?.text())
            }
            CostLineEdit::SetAmount { id, .. } => match LineName::of(plan, id)? {
                LineName::Role(title) => format!("set the amount for “{title}”"),
                LineName::Other(name) => format!("set the amount of “{name}”"),
            },
            CostLineEdit::SetPeople { id, .. } => {
                format!("set the people for “{}”", LineName::of(plan, id)?.text())
            }
            CostLineEdit::SetKind { id, .. } => {
                format!("set the kind of “{}”", LineName::of(plan, id)?.text())
            }
            CostLineEdit::SetDescription { id, .. } => {
                format!("describe “{}”", LineName::of(plan, id)?.text())
            }
            CostLineEdit::SetTiming { id, .. } => {
                format!("set the timing of “{}”", LineName::of(plan, id)?.text())
            }
            CostLineEdit::SetNote { id, .. } => {
                format!("edit the note of “{}”", LineName::of(plan, id)?.text())
            }
            CostLineEdit::Move { id, up } => format!(
                "move “{}” {}",
                LineName::of(plan, id)?.text(),
                up_or_down(*up)
            ),
            CostLineEdit::Delete { id } => {
                let applied = match LineName::of(plan, id)? {
                    LineName::Role(title) => {
                        Applied::labelled(format!("delete the cost of “{title}”"))
                            .regrettable(format!("Deleted the cost of “{title}”"))
                    }
                    LineName::Other(name) => Applied::labelled(format!("delete cost “{name}”"))
                        .regrettable(format!("Deleted the cost “{name}”")),
                };
                plan.implementation.sustainability.delete_line(id);
                return Ok(applied);
            }
        };
        // Every domain method below checks its rules before it changes anything.
        let roles = &plan.teacher_roles;
        let costs = &mut plan.implementation.sustainability;
        match self {
            CostLineEdit::AddRoleLine { year, role } => {
                let basis = roles
                    .roles
                    .iter()
                    .find(|r| r.id == role)
                    .and_then(suggested_stipend)
                    .map(|amount| RoleCostBasis::Stipend { amount })
                    .unwrap_or(RoleCostBasis::ShareOfSalary {
                        salary: Cents::ZERO,
                    });
                costs.add_role_line(&year, role, basis, roles)?;
            }
            CostLineEdit::AddOtherLine {
                year,
                kind,
                description,
                amount,
                timing,
            } => {
                costs.add_other_line(&year, kind, &description, amount, timing)?;
            }
            CostLineEdit::SetRole { id, role } => costs.set_role_line_role(&id, role, roles)?,
            CostLineEdit::SetBasis { id, basis } => costs.set_role_line_basis(&id, basis)?,
            CostLineEdit::SetAmount { id, amount } => match costs.role_line(&id).map(|l| l.basis) {
                Some(RoleCostBasis::Stipend { .. }) => {
                    costs.set_role_line_basis(&id, RoleCostBasis::Stipend { amount })?
                }
                Some(RoleCostBasis::ShareOfSalary { .. }) => costs
                    .set_role_line_basis(&id, RoleCostBasis::ShareOfSalary { salary: amount })?,
                None => costs.set_other_line_amount(&id, amount)?,
            },
            CostLineEdit::SetPeople { id, people } => costs.set_role_line_people(&id, people)?,
            CostLineEdit::SetKind { id, kind } => costs.set_other_line_kind(&id, kind)?,
            CostLineEdit::SetDescription { id, description } => {
                costs.set_other_line_description(&id, &description)?
            }
            CostLineEdit::SetTiming { id, timing } => costs.set_line_timing(&id, timing)?,
            CostLineEdit::SetNote { id, note } => costs.set_line_note(&id, &note)?,
            CostLineEdit::Move { id, up } => {
                // At the top or the bottom nothing moves: not a refusal.
                if up {
                    costs.move_line_up(&id);
                } else {
                    costs.move_line_down(&id);
                }
            }
            CostLineEdit::Delete { .. } => {}
        }
        Ok(Applied::labelled(label))
    }
}

impl FundingEdit {
    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        let costs = &mut plan.implementation.sustainability;
        // A source is called by its funder, or its kind when it has none.
        let name = |costs: &Sustainability, id: &FundingId| {
            costs
                .funding_source(id)
                .map(|f| {
                    if f.name.is_empty() {
                        short(f.kind.label())
                    } else {
                        short(&f.name)
                    }
                })
                .ok_or_else(|| EditError::NoSuchFunding(id.clone()))
        };
        let applied = match self {
            FundingEdit::Add {
                year,
                kind,
                name,
                amount,
            } => {
                costs.add_funding(&year, kind, &name, amount)?;
                Applied::labelled(format!("add funding “{}”", short(name.trim())))
            }
            FundingEdit::SetKind { id, kind } => {
                let label = format!("set the source of “{}”", name(costs, &id)?);
                costs.set_funding_kind(&id, kind)?;
                Applied::labelled(label)
            }
            FundingEdit::SetName { id, name: funder } => {
                let label = format!("rename funding “{}”", name(costs, &id)?);
                costs.set_funding_name(&id, &funder)?;
                Applied::labelled(label)
            }
            FundingEdit::SetAmount { id, amount } => {
                let label = format!("set the amount of “{}”", name(costs, &id)?);
                costs.set_funding_amount(&id, amount)?;
                Applied::labelled(label)
            }
            FundingEdit::SetNote { id, note } => {
                let label = format!("edit the note of funding “{}”", name(costs, &id)?);
                costs.set_funding_note(&id, &note)?;
                Applied::labelled(label)
            }
            FundingEdit::Move { id, up } => {
                let label = format!("move funding “{}” {}", name(costs, &id)?, up_or_down(up));
                // At the top or the bottom nothing moves: not a refusal.
                if up {
                    costs.move_funding_up(&id);
                } else {
                    costs.move_funding_down(&id);
                }
                Applied::labelled(label)
            }
            FundingEdit::Delete { id } => {
                let name = name(costs, &id)?;
                costs.delete_funding(&id);
                Applied::labelled(format!("delete funding “{name}”"))
                    .regrettable(format!("Deleted the funding “{name}”"))
            }
        };
        Ok(applied)
    }
}
