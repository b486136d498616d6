//! Sustainability's edits through `Plan::apply`, the path the UI takes: each
//! edit's rule (a refused edit changes nothing), its undo label, and a valid
//! plan after it.

use super::*;
use crate::model::edit::Applied;
use crate::model::Plan;

fn year(text: &str) -> SchoolYear {
    SchoolYear::parse(text).unwrap()
}

fn dollars(n: i64) -> Cents {
    Cents::from_dollars(n).unwrap()
}

fn line(n: u32) -> CostLineId {
    CostLineId::new(format!("cost-{n}"))
}

fn funding(n: u32) -> FundingId {
    FundingId::new(format!("funding-{n}"))
}

/// A plan with two roles (a coach with a share of time, a lead with a
/// stipend) and the year 2026-27 holding: cost-1 the lead's role line
/// (stipend, ongoing), cost-2 "Kits" (materials, start-up), cost-3 an
/// undescribed professional development line (ongoing), funding-1 "STEM
/// Foundation" (grant) and funding-2 an unnamed district source.
fn plan() -> Plan {
    let mut plan = Plan::default();
    let mut coach = TeacherRole::blank("tl-1".into());
    coach.title = "District STEM coach".into();
    coach.leading_percent = Some(40);
    let mut lead = TeacherRole::blank("tl-2".into());
    lead.title = "Grade-level STEM lead".into();
    lead.compensation = "Stipend $3,000.".into();
    plan.teacher_roles.roles = vec![coach, lead];
    let y = year("2026-27");
    let edits: Vec<Edit> = vec![
        CostPlanEdit::AddYear(y).into(),
        CostLineEdit::AddRoleLine {
            year: y,
            role: "tl-2".into(),
        }
        .into(),
        CostLineEdit::AddOtherLine {
            year: y,
            kind: OtherCostKind::Materials,
            description: " Kits ".into(),
            amount: dollars(1_500),
            timing: CostTiming::StartUp,
        }
        .into(),
        CostLineEdit::AddOtherLine {
            year: y,
            kind: OtherCostKind::ProfessionalDevelopment,
            description: String::new(),
            amount: dollars(800),
            timing: CostTiming::Ongoing,
        }
        .into(),
        FundingEdit::Add {
            year: y,
            kind: FundingKind::Grant,
            name: "STEM Foundation".into(),
            amount: dollars(2_000),
        }
        .into(),
        FundingEdit::Add {
            year: y,
            kind: FundingKind::District,
            name: String::new(),
            amount: dollars(500),
        }
        .into(),
    ];
    for edit in edits {
        plan.apply(edit).unwrap();
    }
    plan
}

use crate::model::edit::Edit;

/// Applies `edit` to `plan`, expecting it applied: returns its label.
fn label(plan: &mut Plan, edit: impl Into<Edit>) -> String {
    let applied = plan.apply(edit).unwrap();
    assert_eq!(plan.validate(), Ok(()));
    applied.label
}

/// Applies `edit` to a copy of `plan`, expecting `error` and no change.
fn refused(plan: &Plan, edit: impl Into<Edit>, error: EditError) {
    let mut edited = plan.clone();
    assert_eq!(edited.apply(edit), Err(error));
    assert_eq!(edited, *plan);
}

fn costs(plan: &Plan) -> &Sustainability {
    &plan.implementation.sustainability
}

#[test]
fn adding_a_year_says_what_it_copied_and_refuses_a_second_plan_for_it() {
    let mut plan = plan();
    let applied = plan.apply(CostPlanEdit::AddYear(year("2027-28")));
    assert_eq!(
        applied,
        Ok(Applied::labelled("add school year 2027-28")
            .with_notice("Added 2027-28, with 2 ongoing lines from the year before."))
    );
    assert_eq!(plan.validate(), Ok(()));
    let applied = plan.apply(CostPlanEdit::AddYear(year("2025-26")));
    assert_eq!(
        applied.map(|a| a.notice),
        Ok(Some("Added the school year 2025-26.".to_string()))
    );
    assert_eq!(costs(&plan).years.len(), 3);
    refused(
        &plan,
        CostPlanEdit::AddYear(year("2026-27")),
        EditError::SchoolYearExists(year("2026-27")),
    );
}

#[test]
fn changing_a_year_keeps_years_unique() {
    let mut plan = plan();
    label(&mut plan, CostPlanEdit::AddYear(year("2027-28")));
    refused(
        &plan,
        CostPlanEdit::ChangeYear {
            year: year("2026-27"),
            to: year("2027-28"),
        },
        EditError::SchoolYearExists(year("2027-28")),
    );
    refused(
        &plan,
        CostPlanEdit::ChangeYear {
            year: year("2030-31"),
            to: year("2031-32"),
        },
        EditError::NoSuchSchoolYear(year("2030-31")),
    );
    let changed = CostPlanEdit::ChangeYear {
        year: year("2027-28"),
        to: year("2028-29"),
    };
    assert_eq!(
        label(&mut plan, changed),
        "change school year 2027-28 to 2028-29"
    );
    assert!(costs(&plan).year(&year("2028-29")).is_some());
}

#[test]
fn deleting_a_year_offers_undo() {
    let mut plan = plan();
    refused(
        &plan,
        CostPlanEdit::DeleteYear(year("2030-31")),
        EditError::NoSuchSchoolYear(year("2030-31")),
    );
    assert_eq!(
        plan.apply(CostPlanEdit::DeleteYear(year("2026-27"))),
        Ok(Applied::labelled("delete school year 2026-27")
            .regrettable("Deleted the cost plan for 2026-27")
            .with_notice("Deleted the cost plan for 2026-27."))
    );
    assert!(costs(&plan).years.is_empty());
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn the_review_date_is_set_and_cleared() {
    let mut plan = plan();
    let date = IsoDate::parse("2027-01-15").unwrap();
    assert_eq!(
        label(&mut plan, CostPlanEdit::SetReviewDate(Some(date.clone()))),
        "set the review date"
    );
    assert_eq!(costs(&plan).review_date, Some(date));
    label(&mut plan, CostPlanEdit::SetReviewDate(None));
    assert_eq!(costs(&plan).review_date, None);
}

#[test]
fn a_role_line_starts_from_the_roles_stipend_or_its_share_of_time() {
    let mut plan = plan();
    let y = year("2026-27");
    assert_eq!(
        costs(&plan).role_line(&line(1)).map(|l| l.basis),
        Some(RoleCostBasis::Stipend {
            amount: dollars(3_000)
        })
    );
    let add_coach = CostLineEdit::AddRoleLine {
        year: y,
        role: "tl-1".into(),
    };
    assert_eq!(
        label(&mut plan, add_coach),
        "add a role cost line to 2026-27"
    );
    assert_eq!(
        costs(&plan).role_line(&line(4)).map(|l| l.basis),
        Some(RoleCostBasis::ShareOfSalary {
            salary: Cents::ZERO
        })
    );
    refused(
        &plan,
        CostLineEdit::AddRoleLine {
            year: y,
            role: "tl-9".into(),
        },
        EditError::NoSuchTeacherRole("tl-9".into()),
    );
    refused(
        &plan,
        CostLineEdit::AddRoleLine {
            year: year("2030-31"),
            role: "tl-1".into(),
        },
        EditError::NoSuchSchoolYear(year("2030-31")),
    );
}

#[test]
fn another_line_is_added_with_a_valid_amount() {
    let mut plan = plan();
    let add = |amount| CostLineEdit::AddOtherLine {
        year: year("2026-27"),
        kind: OtherCostKind::Events,
        description: "Family STEM night".into(),
        amount,
        timing: CostTiming::Ongoing,
    };
    refused(
        &plan,
        add(Cents::from_cents(-1)),
        EditError::AmountOutOfRange(Cents::from_cents(-1)),
    );
    assert_eq!(
        label(&mut plan, add(dollars(300))),
        "add cost “Family STEM night”"
    );
    assert_eq!(
        costs(&plan).other_line(&line(4)).map(|l| l.amount),
        Some(dollars(300))
    );
}

#[test]
fn a_role_lines_role_basis_and_people_follow_the_rules() {
    let mut plan = plan();
    let set_role = |role: &str| CostLineEdit::SetRole {
        id: line(1),
        role: role.into(),
    };
    refused(
        &plan,
        set_role("tl-9"),
        EditError::NoSuchTeacherRole("tl-9".into()),
    );
    assert_eq!(
        label(&mut plan, set_role("tl-1")),
        "set the role of a cost line in 2026-27"
    );
    let salary = RoleCostBasis::ShareOfSalary {
        salary: dollars(65_000),
    };
    assert_eq!(
        label(
            &mut plan,
            CostLineEdit::SetBasis {
                id: line(1),
                basis: salary
            }
        ),
        "set how “District STEM coach” is priced"
    );
    let too_much = Cents::MAX_AMOUNT.saturating_add(Cents::from_cents(1));
    refused(
        &plan,
        CostLineEdit::SetBasis {
            id: line(1),
            basis: RoleCostBasis::Stipend { amount: too_much },
        },
        EditError::AmountOutOfRange(too_much),
    );
    refused(
        &plan,
        CostLineEdit::SetBasis {
            id: line(2),
            basis: salary,
        },
        EditError::NoSuchCostLine(line(2)),
    );
    refused(
        &plan,
        CostLineEdit::SetPeople {
            id: line(1),
            people: 0,
        },
        EditError::NoPeople,
    );
    let four = CostLineEdit::SetPeople {
        id: line(1),
        people: 4,
    };
    assert_eq!(
        label(&mut plan, four),
        "set the people for “District STEM coach”"
    );
    assert_eq!(costs(&plan).role_line(&line(1)).map(|l| l.people), Some(4));
}

#[test]
fn an_amount_keeps_a_role_lines_basis() {
    let mut plan = plan();
    let amount = |id, amount| CostLineEdit::SetAmount { id, amount };
    assert_eq!(
        label(&mut plan, amount(line(1), dollars(3_500))),
        "set the amount for “Grade-level STEM lead”"
    );
    assert_eq!(
        costs(&plan).role_line(&line(1)).map(|l| l.basis),
        Some(RoleCostBasis::Stipend {
            amount: dollars(3_500)
        })
    );
    assert_eq!(
        label(&mut plan, amount(line(2), dollars(1_600))),
        "set the amount of “Kits”"
    );
    refused(
        &plan,
        amount(line(2), Cents::from_cents(-5)),
        EditError::AmountOutOfRange(Cents::from_cents(-5)),
    );
    refused(
        &plan,
        amount(line(9), dollars(1)),
        EditError::NoSuchCostLine(line(9)),
    );
}

#[test]
fn another_lines_kind_and_description_are_named_by_what_it_was() {
    let mut plan = plan();
    let kind = CostLineEdit::SetKind {
        id: line(2),
        kind: OtherCostKind::Other,
    };
    assert_eq!(label(&mut plan, kind), "set the kind of “Kits”");
    refused(
        &plan,
        CostLineEdit::SetKind {
            id: line(1),
            kind: OtherCostKind::Other,
        },
        EditError::NoSuchCostLine(line(1)),
    );
    let describe = CostLineEdit::SetDescription {
        id: line(3),
        description: " Summer institute ".into(),
    };
    assert_eq!(
        label(&mut plan, describe),
        "describe “Professional development”"
    );
    assert_eq!(
        costs(&plan)
            .other_line(&line(3))
            .map(|l| l.description.as_str()),
        Some("Summer institute")
    );
    refused(
        &plan,
        CostLineEdit::SetDescription {
            id: line(9),
            description: "x".into(),
        },
        EditError::NoSuchCostLine(line(9)),
    );
}

#[test]
fn timing_and_note_fit_either_kind_of_line() {
    let mut plan = plan();
    let timing = |id| CostLineEdit::SetTiming {
        id,
        timing: CostTiming::StartUp,
    };
    assert_eq!(
        label(&mut plan, timing(line(1))),
        "set the timing of “Grade-level STEM lead”"
    );
    assert_eq!(
        label(&mut plan, timing(line(3))),
        "set the timing of “Professional development”"
    );
    refused(&plan, timing(line(9)), EditError::NoSuchCostLine(line(9)));
    let note = CostLineEdit::SetNote {
        id: line(2),
        note: " Quote pending ".into(),
    };
    assert_eq!(label(&mut plan, note), "edit the note of “Kits”");
    assert_eq!(
        costs(&plan).other_line(&line(2)).map(|l| l.note.as_str()),
        Some("Quote pending")
    );
    refused(
        &plan,
        CostLineEdit::SetNote {
            id: line(9),
            note: String::new(),
        },
        EditError::NoSuchCostLine(line(9)),
    );
}

#[test]
fn a_line_moves_among_its_kind_and_not_past_the_ends() {
    let mut plan = plan();
    let before = plan.clone();
    // The first of its kind moving up changes nothing, and is no refusal.
    assert!(plan
        .apply(CostLineEdit::Move {
            id: line(2),
            up: true
        })
        .is_ok());
    assert_eq!(plan, before);
    assert_eq!(
        label(
            &mut plan,
            CostLineEdit::Move {
                id: line(2),
                up: false
            }
        ),
        "move “Kits” down"
    );
    let ids: Vec<_> = costs(&plan).years[0]
        .other_lines
        .iter()
        .map(|l| l.id.clone())
        .collect();
    assert_eq!(ids, [line(3), line(2)]);
    refused(
        &plan,
        CostLineEdit::Move {
            id: line(9),
            up: true,
        },
        EditError::NoSuchCostLine(line(9)),
    );
}

#[test]
fn deleting_a_line_offers_undo_in_its_kinds_words() {
    let mut plan = plan();
    assert_eq!(
        plan.apply(CostLineEdit::Delete { id: line(1) }),
        Ok(
            Applied::labelled("delete the cost of “Grade-level STEM lead”")
                .regrettable("Deleted the cost of “Grade-level STEM lead”")
        )
    );
    assert_eq!(
        plan.apply(CostLineEdit::Delete { id: line(2) }),
        Ok(Applied::labelled("delete cost “Kits”").regrettable("Deleted the cost “Kits”"))
    );
    assert_eq!(plan.validate(), Ok(()));
    assert!(costs(&plan).role_line(&line(1)).is_none());
    refused(
        &plan,
        CostLineEdit::Delete { id: line(1) },
        EditError::NoSuchCostLine(line(1)),
    );
}

#[test]
fn funding_is_added_and_edited_within_the_rules() {
    let mut plan = plan();
    let add = |amount| FundingEdit::Add {
        year: year("2026-27"),
        kind: FundingKind::Partner,
        name: " Acme ".into(),
        amount,
    };
    refused(
        &plan,
        add(Cents::from_cents(-1)),
        EditError::AmountOutOfRange(Cents::from_cents(-1)),
    );
    assert_eq!(label(&mut plan, add(dollars(100))), "add funding “Acme”");
    let kind = FundingEdit::SetKind {
        id: funding(2),
        kind: FundingKind::InKind,
    };
    assert_eq!(label(&mut plan, kind), "set the source of “District”");
    let rename = FundingEdit::SetName {
        id: funding(1),
        name: "Gates".into(),
    };
    assert_eq!(label(&mut plan, rename), "rename funding “STEM Foundation”");
    let amount = |amount| FundingEdit::SetAmount {
        id: funding(1),
        amount,
    };
    assert_eq!(
        label(&mut plan, amount(dollars(2_500))),
        "set the amount of “Gates”"
    );
    refused(
        &plan,
        amount(Cents::from_cents(-1)),
        EditError::AmountOutOfRange(Cents::from_cents(-1)),
    );
    let note = FundingEdit::SetNote {
        id: funding(1),
        note: "Decision in March".into(),
    };
    assert_eq!(label(&mut plan, note), "edit the note of funding “Gates”");
    for edit in [
        FundingEdit::SetKind {
            id: funding(9),
            kind: FundingKind::Grant,
        },
        FundingEdit::SetName {
            id: funding(9),
            name: "x".into(),
        },
        FundingEdit::SetAmount {
            id: funding(9),
            amount: dollars(1),
        },
        FundingEdit::SetNote {
            id: funding(9),
            note: "x".into(),
        },
        FundingEdit::Move {
            id: funding(9),
            up: true,
        },
        FundingEdit::Delete { id: funding(9) },
    ] {
        refused(&plan, edit, EditError::NoSuchFunding(funding(9)));
    }
}

#[test]
fn funding_moves_and_deletes_with_undo() {
    let mut plan = plan();
    let before = plan.clone();
    assert!(plan
        .apply(FundingEdit::Move {
            id: funding(2),
            up: false
        })
        .is_ok());
    assert_eq!(plan, before);
    let up = FundingEdit::Move {
        id: funding(2),
        up: true,
    };
    assert_eq!(label(&mut plan, up), "move funding “District” up");
    assert_eq!(costs(&plan).years[0].funding[0].id, funding(2));
    assert_eq!(
        plan.apply(FundingEdit::Delete { id: funding(1) }),
        Ok(Applied::labelled("delete funding “STEM Foundation”")
            .regrettable("Deleted the funding “STEM Foundation”"))
    );
    assert_eq!(plan.validate(), Ok(()));
    assert!(costs(&plan).funding_source(&funding(1)).is_none());
}

#[test]
fn long_names_are_cut_in_labels_and_costs_are_not_typed() {
    let mut plan = plan();
    let long = "A very long description of a professional learning series";
    let add = CostLineEdit::AddOtherLine {
        year: year("2026-27"),
        kind: OtherCostKind::Other,
        description: long.into(),
        amount: dollars(1),
        timing: CostTiming::Ongoing,
    };
    assert_eq!(
        label(&mut plan, add),
        "add cost “A very long description of a professiona…”"
    );
    assert_eq!(
        Edit::from(CostLineEdit::SetDescription {
            id: line(2),
            description: "x".into()
        })
        .typing_field(),
        None
    );
}
