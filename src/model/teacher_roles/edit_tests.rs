//! `TeacherRoleEdit` through `Plan::apply`, the path the UI takes: each
//! edit's rule (a refused edit changes nothing), its undo label and notice,
//! and a valid plan after it.

use super::*;
use crate::model::edit::{Applied, Edit, EditError};
use crate::model::Plan;

fn tl(id: &str) -> TeacherRoleId {
    TeacherRoleId::new(id)
}

/// A default plan with one blank role titled "STEM coach".
fn plan_with_coach() -> (Plan, TeacherRoleId) {
    let mut plan = Plan::default();
    plan.apply(TeacherRoleEdit::Add { template: None })
        .expect("added");
    let id = tl("tl-1");
    plan.apply(change(&id, RoleChange::SetTitle("STEM coach".into())))
        .expect("titled");
    (plan, id)
}

fn change(id: &TeacherRoleId, change: RoleChange) -> TeacherRoleEdit {
    TeacherRoleEdit::Change {
        id: id.clone(),
        change,
    }
}

/// Applies an edit that must be taken, checks the plan is still valid and
/// returns what it said it did.
fn applied(plan: &mut Plan, edit: impl Into<Edit>) -> Applied {
    let applied = plan.apply(edit).expect("applied");
    assert_eq!(plan.validate(), Ok(()));
    applied
}

fn label(plan: &mut Plan, edit: impl Into<Edit>) -> String {
    applied(plan, edit).label
}

/// Applies an edit that must be refused with `error`, leaving the plan as it was.
fn refused(plan: &mut Plan, edit: impl Into<Edit>, error: EditError) {
    let before = plan.clone();
    assert_eq!(plan.apply(edit), Err(error));
    assert_eq!(*plan, before, "a refused edit changes nothing");
}

fn coach(plan: &Plan) -> &TeacherRole {
    plan.teacher_roles.get(&tl("tl-1")).expect("the coach")
}

#[test]
fn add_blank_or_from_a_template_says_the_new_role() {
    let mut plan = Plan::default();
    assert_eq!(
        applied(&mut plan, TeacherRoleEdit::Add { template: None }),
        Applied::labelled("add a teacher-leader role").with_notice("Added role Untitled role.")
    );
    assert_eq!(
        applied(
            &mut plan,
            TeacherRoleEdit::Add {
                template: Some("district_tosa".into())
            }
        ),
        Applied::labelled("add a teacher-leader role")
            .with_notice("Added role District Teacher on Special Assignment (TOSA).")
    );
    assert_eq!(
        plan.teacher_roles.ids().collect::<Vec<_>>(),
        ["tl-1", "tl-2"]
    );
    refused(
        &mut plan,
        TeacherRoleEdit::Add {
            template: Some("no-such-template".into()),
        },
        EditError::NoSuchRoleTemplate("no-such-template".into()),
    );
}

#[test]
fn duplicate_puts_the_copy_after_the_original() {
    let (mut plan, id) = plan_with_coach();
    plan.apply(TeacherRoleEdit::Add { template: None })
        .expect("added");
    assert_eq!(
        applied(&mut plan, TeacherRoleEdit::Duplicate { id: id.clone() }),
        Applied::labelled("duplicate STEM coach").with_notice("Duplicated STEM coach.")
    );
    let titles: Vec<_> = plan
        .teacher_roles
        .roles
        .iter()
        .map(TeacherRole::display_title)
        .collect();
    assert_eq!(titles, ["STEM coach", "STEM coach (copy)", "Untitled role"]);
    refused(
        &mut plan,
        TeacherRoleEdit::Duplicate { id: tl("missing") },
        EditError::NoSuchTeacherRole(tl("missing")),
    );
}

#[test]
fn move_says_the_new_position_and_is_no_change_at_either_end() {
    let (mut plan, id) = plan_with_coach();
    plan.apply(TeacherRoleEdit::Add { template: None })
        .expect("added");
    assert_eq!(
        applied(
            &mut plan,
            TeacherRoleEdit::Move {
                id: id.clone(),
                up: false
            }
        ),
        Applied::labelled("move STEM coach").with_notice("Moved STEM coach to position 2 of 2.")
    );
    assert_eq!(
        plan.teacher_roles.ids().collect::<Vec<_>>(),
        ["tl-2", "tl-1"]
    );
    // Already last: taken, but nothing changes, so the UI records no step.
    let before = plan.clone();
    assert!(plan
        .apply(TeacherRoleEdit::Move {
            id: id.clone(),
            up: false
        })
        .is_ok());
    assert_eq!(plan, before);
    assert_eq!(
        label(&mut plan, TeacherRoleEdit::Move { id, up: true }),
        "move STEM coach"
    );
    assert_eq!(
        plan.teacher_roles.ids().collect::<Vec<_>>(),
        ["tl-1", "tl-2"]
    );
    refused(
        &mut plan,
        TeacherRoleEdit::Move {
            id: tl("missing"),
            up: true,
        },
        EditError::NoSuchTeacherRole(tl("missing")),
    );
}

#[test]
fn delete_offers_undo_and_refuses_a_missing_role() {
    let (mut plan, id) = plan_with_coach();
    assert_eq!(
        applied(&mut plan, TeacherRoleEdit::Delete { id: id.clone() }),
        Applied::labelled("delete role STEM coach").regrettable("Deleted role STEM coach")
    );
    assert!(plan.teacher_roles.roles.is_empty());
    refused(
        &mut plan,
        TeacherRoleEdit::Delete { id: id.clone() },
        EditError::NoSuchTeacherRole(id),
    );
}

#[test]
fn text_fields_are_named_by_the_title_before_the_edit() {
    let (mut plan, id) = plan_with_coach();
    let cases = [
        (
            RoleChange::SetHolder("Ana Ruiz".into()),
            "edit holder (optional name) of STEM coach",
        ),
        (
            RoleChange::SetSummary("Coaches teachers.".into()),
            "edit summary of STEM coach",
        ),
        (
            RoleChange::SetCompensation("Stipend".into()),
            "edit stipend or position notes of STEM coach",
        ),
        (
            RoleChange::SetTitle("Lead coach".into()),
            "edit title of STEM coach",
        ),
    ];
    for (edit, expected) in cases {
        assert_eq!(label(&mut plan, change(&id, edit)), expected);
    }
    let role = coach(&plan);
    assert_eq!(
        (
            role.title.as_str(),
            role.holder.as_str(),
            role.summary.as_str(),
            role.compensation.as_str()
        ),
        ("Lead coach", "Ana Ruiz", "Coaches teachers.", "Stipend")
    );
    // No text field types keystroke by keystroke: each commit is a step.
    assert_eq!(
        Edit::from(change(&id, RoleChange::SetTitle("x".into()))).typing_field(),
        None
    );
}

#[test]
fn selects_set_and_clear_their_value() {
    let (mut plan, id) = plan_with_coach();
    assert_eq!(
        label(
            &mut plan,
            change(&id, RoleChange::SetCareerStage(Some(CareerStage::Veteran)))
        ),
        "set career stage of STEM coach"
    );
    assert_eq!(
        label(
            &mut plan,
            change(&id, RoleChange::SetFormality(Some(Formality::Formal)))
        ),
        "set formality of STEM coach"
    );
    assert_eq!(
        label(
            &mut plan,
            change(&id, RoleChange::SetArrangement(Some(Arrangement::Hybrid)))
        ),
        "set how the role is arranged of STEM coach"
    );
    let role = coach(&plan);
    assert_eq!(role.career_stage, Some(CareerStage::Veteran));
    assert_eq!(role.formality, Some(Formality::Formal));
    assert_eq!(role.arrangement, Some(Arrangement::Hybrid));
    label(&mut plan, change(&id, RoleChange::SetCareerStage(None)));
    assert_eq!(coach(&plan).career_stage, None);
}

#[test]
fn choices_check_and_uncheck_a_value() {
    let (mut plan, id) = plan_with_coach();
    let choose = |chosen| {
        change(
            &id,
            RoleChange::SetChoice {
                field: ListField::Spheres,
                value: "school".into(),
                chosen,
            },
        )
    };
    assert_eq!(
        label(&mut plan, choose(true)),
        "choose sphere of STEM coach"
    );
    assert!(coach(&plan).has(ListField::Spheres, "school"));
    assert_eq!(
        label(&mut plan, choose(false)),
        "clear sphere of STEM coach"
    );
    assert!(!coach(&plan).has(ListField::Spheres, "school"));
    refused(
        &mut plan,
        change(
            &id,
            RoleChange::SetChoice {
                field: ListField::Spheres,
                value: " ".into(),
                chosen: true,
            },
        ),
        EditError::EmptyText,
    );
}

#[test]
fn custom_values_are_added_once_and_removed() {
    let (mut plan, id) = plan_with_coach();
    let add = |text: &str| {
        change(
            &id,
            RoleChange::AddCustom {
                field: ListField::Purposes,
                text: text.into(),
            },
        )
    };
    assert_eq!(
        applied(&mut plan, add("  Family  outreach ")),
        Applied::labelled("add purpose of STEM coach")
            .with_notice("Added purpose: Family outreach.")
    );
    // A known label typed in selects the known value and says its label.
    let known = PURPOSES[0];
    assert_eq!(
        applied(&mut plan, add(known.label)).notice,
        Some(format!("Added purpose: {}.", known.label))
    );
    assert!(coach(&plan).has(ListField::Purposes, known.key));
    refused(
        &mut plan,
        add("Family outreach "),
        EditError::AlreadyListed("Family outreach".into()),
    );
    refused(&mut plan, add("   "), EditError::EmptyText);
    assert_eq!(
        EditError::AlreadyListed("Family outreach".into()).to_string(),
        "“Family outreach” is already listed"
    );

    assert_eq!(
        applied(
            &mut plan,
            change(
                &id,
                RoleChange::RemoveCustom {
                    field: ListField::Purposes,
                    value: "Family outreach".into(),
                },
            )
        ),
        Applied::labelled("remove purpose of STEM coach")
            .with_notice("Removed purpose: Family outreach.")
    );
    assert_eq!(
        coach(&plan).custom_values(ListField::Purposes),
        Vec::<String>::new()
    );
}

#[test]
fn disciplines_and_grade_bands_toggle() {
    let (mut plan, id) = plan_with_coach();
    let discipline = Discipline::ALL[0];
    let band = GradeBand::ALL[0];
    assert_eq!(
        label(
            &mut plan,
            change(&id, RoleChange::ToggleDiscipline(discipline))
        ),
        "change disciplines of STEM coach"
    );
    assert_eq!(
        label(&mut plan, change(&id, RoleChange::ToggleGradeBand(band))),
        "change grade bands of STEM coach"
    );
    assert_eq!(coach(&plan).disciplines, [discipline]);
    assert_eq!(coach(&plan).grade_bands, [band]);
    label(
        &mut plan,
        change(&id, RoleChange::ToggleDiscipline(discipline)),
    );
    assert!(coach(&plan).disciplines.is_empty());
}

#[test]
fn the_share_of_time_leading_is_at_most_100() {
    let (mut plan, id) = plan_with_coach();
    assert_eq!(
        label(
            &mut plan,
            change(&id, RoleChange::SetLeadingPercent(Some(40)))
        ),
        "set the share of time leading of STEM coach"
    );
    assert_eq!(coach(&plan).leading_percent, Some(40));
    refused(
        &mut plan,
        change(&id, RoleChange::SetLeadingPercent(Some(101))),
        EditError::LeadingPercentOutOfRange(101),
    );
    label(&mut plan, change(&id, RoleChange::SetLeadingPercent(None)));
    assert_eq!(coach(&plan).leading_percent, None);
}

#[test]
fn a_matrix_link_must_resolve_and_clears_the_unlinked_notice() {
    let (mut plan, id) = plan_with_coach();
    let missing = RoleId::new("no-such-role");
    refused(
        &mut plan,
        change(&id, RoleChange::LinkMatrixRole(Some(missing.clone()))),
        EditError::NoSuchMatrixRole(missing),
    );
    plan.teacher_roles
        .get_mut(&id)
        .expect("coach")
        .matrix_role_cleared = true;
    let matrix_role = plan.matrix.roles[0].id.clone();
    assert_eq!(
        label(
            &mut plan,
            change(&id, RoleChange::LinkMatrixRole(Some(matrix_role.clone())))
        ),
        "link a matrix role of STEM coach"
    );
    assert_eq!(coach(&plan).matrix_role, Some(matrix_role));
    assert!(!coach(&plan).matrix_role_cleared);
    label(&mut plan, change(&id, RoleChange::LinkMatrixRole(None)));
    assert_eq!(coach(&plan).matrix_role, None);
}

#[test]
fn dismissing_the_unlinked_notice() {
    let (mut plan, id) = plan_with_coach();
    plan.teacher_roles
        .get_mut(&id)
        .expect("coach")
        .matrix_role_cleared = true;
    assert_eq!(
        label(&mut plan, change(&id, RoleChange::DismissUnlinkedNotice)),
        "dismiss the unlinked notice of STEM coach"
    );
    assert!(!coach(&plan).matrix_role_cleared);
}

#[test]
fn development_items_take_a_status_and_custom_items_come_and_go() {
    let (mut plan, id) = plan_with_coach();
    let known = DEVELOPMENT[0].key;
    assert_eq!(
        label(
            &mut plan,
            change(
                &id,
                RoleChange::SetDevelopmentStatus {
                    item: known.into(),
                    status: Some(DevelopmentStatus::InProgress),
                },
            )
        ),
        "set a development status of STEM coach"
    );
    assert_eq!(
        coach(&plan).development_status(known),
        Some(DevelopmentStatus::InProgress)
    );
    refused(
        &mut plan,
        change(
            &id,
            RoleChange::SetDevelopmentStatus {
                item: "".into(),
                status: Some(DevelopmentStatus::Done),
            },
        ),
        EditError::EmptyText,
    );

    let add = |text: &str| change(&id, RoleChange::AddDevelopment(text.into()));
    assert_eq!(
        applied(&mut plan, add("Fab lab certification")),
        Applied::labelled("add a development item of STEM coach")
            .with_notice("Added to the development plan: Fab lab certification.")
    );
    refused(
        &mut plan,
        add(" Fab lab certification"),
        EditError::AlreadyInDevelopmentPlan("Fab lab certification".into()),
    );
    refused(&mut plan, add(""), EditError::EmptyText);
    assert_eq!(
        applied(
            &mut plan,
            change(
                &id,
                RoleChange::RemoveDevelopment("Fab lab certification".into())
            )
        ),
        Applied::labelled("remove a development item of STEM coach")
            .with_notice("Removed from the development plan: Fab lab certification.")
    );
    assert!(coach(&plan).custom_development().is_empty());
}

#[test]
fn a_change_to_a_missing_role_is_refused() {
    let (mut plan, _) = plan_with_coach();
    refused(
        &mut plan,
        change(&tl("missing"), RoleChange::SetTitle("x".into())),
        EditError::NoSuchTeacherRole(tl("missing")),
    );
}
