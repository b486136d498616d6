use super::*;
use crate::model::implementation::{
    ActionId, ActionStatus, Cents, CostTiming, DocumentId, DocumentStatus, FundingKind, GoalId,
    IsoDate, OtherCostKind, RoleCostBasis,
};
use crate::model::values::ids::StatementId;

fn year(text: &str) -> SchoolYear {
    SchoolYear::parse(text).unwrap()
}

fn date(text: &str) -> IsoDate {
    IsoDate::parse(text).unwrap()
}

const STATEMENT: &str = "decision-making.building-administration.1";
const ACTION: &str = "culture-promote";
const DOCUMENT: &str = "hiring-criteria";
const GOAL: &str = "professional-learning";

/// A 2026-27 plan with something in every field a new year may reset or
/// clear: an owned statement in place with a note, an action done with a
/// target date and note, a document adopted with a review date and note, a
/// goal pursued by a teacher-leader role with a note, two cost plans with
/// notes and a review date.
fn plan_2026() -> Plan {
    let mut plan = Plan {
        title: "Lincoln STEM plan 2026-27".into(),
        school_year: Some(year("2026-27")),
        lineage: Some(LineageId::new("ln-lincoln")),
        ..Plan::default()
    };
    plan.organization.school = "Lincoln Elementary".into();
    let person = plan.matrix.add_person("Ana Ruiz", "Principal").unwrap();
    plan.matrix
        .assign_role(&person, &"building-administration".into());
    let statement = StatementId::new(STATEMENT);
    plan.matrix.set_owner(&statement, Some(&person)).unwrap();
    plan.matrix.set_status(&statement, Status::InPlace);
    plan.matrix
        .set_status(&"vision.building-administration.1".into(), Status::Gap);
    plan.matrix.set_note(&statement, "Reviewed in May");

    let implementation = &mut plan.implementation;
    let action = implementation
        .considerations
        .values_mut()
        .flatten()
        .find(|a| a.id == ActionId::new(ACTION))
        .unwrap();
    action.status = ActionStatus::Done;
    action.owner = Some(person.clone());
    action.target_date = Some(date("2027-03-01"));
    action.note = "Board agreed".into();
    let document = implementation
        .documents
        .iter_mut()
        .find(|d| d.id == DocumentId::new(DOCUMENT))
        .unwrap();
    document.status = DocumentStatus::Adopted;
    document.owner = Some(person.clone());
    document.location = "https://example.org/hiring".into();
    document.last_reviewed = Some(date("2026-10-01"));
    document.note = "Update the rubric".into();

    let role = plan
        .teacher_roles
        .add_from_template("district_stem_coach")
        .unwrap();
    plan.implementation
        .set_goal_role(&GoalId::new(GOAL), &role, true, &plan.teacher_roles)
        .unwrap();
    let goal = plan
        .implementation
        .goals
        .iter_mut()
        .find(|g| g.id == GoalId::new(GOAL))
        .unwrap();
    goal.note = "Two coaches by spring".into();

    let sustainability = &mut plan.implementation.sustainability;
    sustainability.review_date = Some(date("2027-01-15"));
    for y in [year("2026-27"), year("2027-28")] {
        sustainability.add_year(y).unwrap();
        let line = sustainability
            .add_role_line(
                &y,
                role.clone(),
                RoleCostBasis::Stipend {
                    amount: Cents::from_cents(300_000),
                },
                &plan.teacher_roles,
            )
            .unwrap();
        sustainability.years.last_mut().unwrap().role_lines[0].note = format!("{line} for {y}");
        sustainability
            .add_other_line(
                &y,
                OtherCostKind::default(),
                "Kits",
                Cents::from_cents(50_000),
                CostTiming::default(),
            )
            .unwrap();
        sustainability
            .add_funding(&y, FundingKind::default(), "Title IV", Cents::from_cents(1))
            .unwrap();
        let cost_plan = sustainability.years.last_mut().unwrap();
        cost_plan.other_lines[0].note = "Bulk order".into();
        cost_plan.funding[0].note = "Renewed yearly".into();
    }
    assert_eq!(plan.validate(), Ok(()));
    plan
}

fn next(plan: &Plan, choices: NextYearChoices) -> Plan {
    plan.next_school_year(choices, LineageId::new("ln-new"))
        .expect("a next year")
}

const KEEP_ALL: NextYearChoices = NextYearChoices {
    keep_statuses: true,
    keep_action_progress: true,
    clear_notes_and_dates: false,
};

fn statuses(plan: &Plan) -> Vec<Status> {
    plan.matrix
        .cells
        .iter()
        .flat_map(|c| &c.statements)
        .map(|s| s.status)
        .collect()
}

fn action(plan: &Plan) -> &crate::model::implementation::Action {
    plan.implementation
        .all_actions()
        .map(|(_, a)| a)
        .find(|a| a.id == ActionId::new(ACTION))
        .unwrap()
}

fn document(plan: &Plan) -> &crate::model::implementation::PlanningDocument {
    plan.implementation
        .documents
        .iter()
        .find(|d| d.id == DocumentId::new(DOCUMENT))
        .unwrap()
}

fn goal_note(plan: &Plan) -> &str {
    &plan
        .implementation
        .goals
        .iter()
        .find(|g| g.id == GoalId::new(GOAL))
        .unwrap()
        .note
}

fn statement(plan: &Plan) -> &crate::model::matrix::Statement {
    plan.matrix.statement(&STATEMENT.into()).unwrap()
}

#[test]
fn keeping_everything_changes_only_the_year_title_and_lineage() {
    let old = plan_2026();
    let new = next(&old, KEEP_ALL);
    assert_eq!(new.school_year, Some(year("2027-28")));
    assert_eq!(new.title, "Lincoln STEM plan 2027-28");
    assert_eq!(new.lineage, old.lineage);
    assert_eq!(
        Plan {
            title: old.title.clone(),
            school_year: old.school_year,
            ..new.clone()
        },
        old,
        "nothing else changed"
    );
    assert_eq!(new.validate(), Ok(()));
}

#[test]
fn the_default_resets_statuses_and_progress_and_clears_notes_and_dates() {
    let old = plan_2026();
    let new = next(&old, NextYearChoices::default());
    assert_eq!(new.validate(), Ok(()));
    assert!(statuses(&new).iter().all(|s| *s == Status::NotAssessed));
    assert!(new
        .implementation
        .all_actions()
        .all(|(_, a)| a.status == ActionStatus::NotStarted
            && a.note.is_empty()
            && a.target_date.is_none()));
    assert!(new
        .implementation
        .documents
        .iter()
        .all(|d| d.note.is_empty() && d.last_reviewed.is_none()));
    assert!(new.implementation.goals.iter().all(|g| g.note.is_empty()));
    assert!(new
        .matrix
        .cells
        .iter()
        .flat_map(|c| &c.statements)
        .all(|s| s.note.is_empty()));
    assert_eq!(new.implementation.sustainability.review_date, None);

    // What is always kept, with the same ids.
    assert_eq!(new.matrix.roles, old.matrix.roles);
    assert_eq!(new.matrix.areas, old.matrix.areas);
    assert_eq!(new.matrix.people, old.matrix.people);
    assert_eq!(new.teacher_roles, old.teacher_roles);
    assert_eq!(statement(&new).text, statement(&old).text);
    assert_eq!(statement(&new).owner, statement(&old).owner);
    let ids = |plan: &Plan| -> Vec<String> {
        let matrix = plan.matrix.cells.iter().flat_map(|c| &c.statements);
        let implementation = &plan.implementation;
        matrix
            .map(|s| s.id.to_string())
            .chain(implementation.all_actions().map(|(_, a)| a.id.to_string()))
            .chain(implementation.documents.iter().map(|d| d.id.to_string()))
            .chain(implementation.goals.iter().map(|g| g.id.to_string()))
            .collect()
    };
    assert_eq!(ids(&new), ids(&old));
    assert_eq!(action(&new).owner, action(&old).owner);
    assert_eq!(action(&new).text, action(&old).text);
    assert_eq!(document(&new).owner, document(&old).owner);
    assert_eq!(document(&new).location, document(&old).location);
    assert_eq!(new.implementation.goals, {
        let mut goals = old.implementation.goals.clone();
        goals.iter_mut().for_each(|g| g.note.clear());
        goals
    });
    assert_eq!(
        new.implementation.sustainability.years, old.implementation.sustainability.years,
        "cost plans kept whole, their notes included"
    );
}

#[test]
fn keep_statuses_alone_keeps_only_the_assessment() {
    let old = plan_2026();
    let new = next(
        &old,
        NextYearChoices {
            keep_statuses: true,
            ..KEEP_ALL
        },
    );
    assert_eq!(statuses(&new), statuses(&old));
    assert_eq!(statement(&new).status, Status::InPlace);
    let reset = next(
        &old,
        NextYearChoices {
            keep_statuses: false,
            ..KEEP_ALL
        },
    );
    assert!(statuses(&reset).iter().all(|s| *s == Status::NotAssessed));
    assert_eq!(
        Plan {
            matrix: old.matrix.clone(),
            ..reset.clone()
        },
        new,
        "only the statuses differ"
    );
    assert_eq!(
        statement(&reset).note,
        "Reviewed in May",
        "notes kept: not chosen"
    );
    assert_eq!(action(&reset).status, ActionStatus::Done, "progress kept");
}

#[test]
fn keep_action_progress_covers_actions_and_documents_stay_adopted() {
    let old = plan_2026();
    let kept = next(&old, KEEP_ALL);
    assert_eq!(action(&kept).status, ActionStatus::Done);
    assert_eq!(document(&kept).status, DocumentStatus::Adopted);
    let reset = next(
        &old,
        NextYearChoices {
            keep_action_progress: false,
            ..KEEP_ALL
        },
    );
    assert_eq!(action(&reset).status, ActionStatus::NotStarted);
    assert_eq!(
        document(&reset).status,
        DocumentStatus::Adopted,
        "an adopted document stays adopted"
    );
    assert_eq!(reset.implementation.progress().done, 0);
    assert_eq!(action(&reset).note, "Board agreed", "notes kept");
    assert_eq!(action(&reset).target_date, Some(date("2027-03-01")));
    assert_eq!(statuses(&reset), statuses(&old), "the matrix kept");
    assert_eq!(reset.validate(), Ok(()));
}

#[test]
fn clear_notes_and_dates_clears_every_note_and_date_but_the_cost_plans() {
    let old = plan_2026();
    let kept = next(&old, KEEP_ALL);
    assert_eq!(statement(&kept).note, "Reviewed in May");
    assert_eq!(goal_note(&kept), "Two coaches by spring");
    assert_eq!(document(&kept).last_reviewed, Some(date("2026-10-01")));
    assert_eq!(
        kept.implementation.sustainability.review_date,
        Some(date("2027-01-15"))
    );

    let cleared = next(
        &old,
        NextYearChoices {
            clear_notes_and_dates: true,
            ..KEEP_ALL
        },
    );
    assert_eq!(statement(&cleared).note, "");
    assert_eq!(statement(&cleared).status, Status::InPlace, "status kept");
    assert_eq!(action(&cleared).note, "");
    assert_eq!(action(&cleared).target_date, None);
    assert_eq!(action(&cleared).status, ActionStatus::Done, "progress kept");
    assert_eq!(document(&cleared).note, "");
    assert_eq!(document(&cleared).last_reviewed, None);
    assert_eq!(document(&cleared).status, DocumentStatus::Adopted);
    assert_eq!(goal_note(&cleared), "");
    assert_eq!(cleared.implementation.sustainability.review_date, None);
    assert_eq!(
        cleared.implementation.sustainability.years,
        old.implementation.sustainability.years
    );
    assert_eq!(cleared.validate(), Ok(()));
}

#[test]
fn the_lineage_is_kept_or_assigned() {
    let old = plan_2026();
    assert_eq!(
        next(&old, KEEP_ALL).lineage,
        Some(LineageId::new("ln-lincoln"))
    );
    let unlinked = Plan {
        lineage: None,
        ..old
    };
    assert_eq!(
        next(&unlinked, KEEP_ALL).lineage,
        Some(LineageId::new("ln-new"))
    );
    assert_eq!(
        unlinked.lineage, None,
        "the old plan is the caller's to link"
    );
}

#[test]
fn the_titles_school_year_follows_in_its_own_spelling() {
    let title_after = |title: &str| {
        let plan = Plan {
            title: title.into(),
            school_year: Some(year("2026-27")),
            ..Plan::default()
        };
        next(&plan, KEEP_ALL).title
    };
    assert_eq!(title_after("2026-27 STEM plan"), "2027-28 STEM plan");
    assert_eq!(title_after("Plan for 2026-2027"), "Plan for 2027-2028");
    assert_eq!(title_after("Plan 2026–27"), "Plan 2027–28");
    assert_eq!(title_after("Plan 2026/2027"), "Plan 2027/2028");
    assert_eq!(
        title_after("2026-27 and again 2026-27"),
        "2027-28 and again 2027-28"
    );
    assert_eq!(title_after("Lincoln STEM plan"), "Lincoln STEM plan");
    assert_eq!(title_after("Plan 2025-26"), "Plan 2025-26", "another year");
    assert_eq!(title_after("Room 12026-27"), "Room 12026-27", "in a number");
    assert_eq!(title_after("Codes 2026-278"), "Codes 2026-278");
    assert_eq!(title_after(""), "");

    let plan = Plan {
        title: "Plan 1999-00".into(),
        school_year: Some(year("1999-00")),
        ..Plan::default()
    };
    assert_eq!(next(&plan, KEEP_ALL).title, "Plan 2000-01");
}

#[test]
fn a_plan_without_a_year_or_in_the_last_year_has_no_next() {
    let plan = Plan::default();
    let new = |plan: &Plan| plan.next_school_year(KEEP_ALL, LineageId::new("ln-new"));
    assert_eq!(new(&plan), Err(NextYearError::NoSchoolYear));
    assert_eq!(
        NextYearError::NoSchoolYear.to_string(),
        "This plan has no school year yet. Set its school year, then start the next one."
    );
    let last = Plan {
        school_year: Some(year("9998-99")),
        ..Plan::default()
    };
    assert_eq!(new(&last), Err(NextYearError::LastYear));
    assert_eq!(
        NextYearError::LastYear.to_string(),
        "There is no school year after this one to start."
    );
}

#[test]
fn the_dialog_offers_a_fresh_start_first() {
    assert_eq!(
        NextYearChoices::default(),
        NextYearChoices {
            keep_statuses: false,
            keep_action_progress: false,
            clear_notes_and_dates: true,
        }
    );
}

#[test]
fn a_new_plan_is_for_the_school_year_of_today_with_its_own_lineage() {
    let lineage = LineageId::from_bits(9);
    let autumn = Plan::new_for_year(lineage.clone(), "2026-12-02");
    assert_eq!(autumn.school_year, Some(year("2026-27")));
    assert_eq!(autumn.lineage, Some(lineage.clone()));
    assert_eq!(
        autumn.matrix,
        Plan::default().matrix,
        "the source's defaults"
    );
    let spring = Plan::new_for_year(lineage.clone(), "2027-06-30");
    assert_eq!(spring.school_year, Some(year("2026-27")));
    assert_eq!(Plan::new_for_year(lineage, "not a date").school_year, None);
    assert!(autumn.validate().is_ok());
}
