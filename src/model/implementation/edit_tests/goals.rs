//! `GoalEdit`: the goals and their teacher-leader roles.

use super::*;

/// A plan with a teacher-leader role and the team's own goal "Family
/// engagement" (last).
fn plan_with_goal() -> (Plan, GoalId, TeacherRoleId) {
    let mut plan = Plan::default();
    let role = plan
        .teacher_roles
        .add_from_template("district_stem_coach")
        .expect("a template");
    let added = applied(
        &mut plan,
        GoalEdit::Add {
            title: " Family engagement ".into(),
        },
    );
    assert_eq!(
        added,
        Applied::labelled("add goal “Family engagement”")
            .with_notice("Added the goal “Family engagement”.")
    );
    let id = plan.implementation.goals.last().expect("added").id.clone();
    (plan, id, role)
}

fn missing_goal() -> GoalId {
    GoalId::new("no-such-goal")
}

#[test]
fn goals_link_and_unlink_existing_roles_and_say_so() {
    let (mut plan, id, role) = plan_with_goal();
    let role_title = plan
        .teacher_roles
        .roles
        .iter()
        .find(|r| r.id == role)
        .map(|r| r.title.clone())
        .expect("the role");
    let link = |linked| GoalEdit::SetRole {
        id: id.clone(),
        role: role.clone(),
        linked,
    };
    assert_eq!(
        applied(&mut plan, link(true)),
        Applied::labelled(format!("link {role_title} to “Family engagement”"))
            .with_notice(format!("{role_title} now pursues “Family engagement”."))
    );
    assert_eq!(plan.implementation.goals_of_role(&role).len(), 1);
    // Linked twice, it is listed once.
    unchanged(&mut plan, link(true));
    assert_eq!(
        applied(&mut plan, link(false)),
        Applied::labelled(format!("unlink {role_title} from “Family engagement”")).with_notice(
            format!("{role_title} no longer pursues “Family engagement”.")
        )
    );
    assert!(plan.implementation.goals_of_role(&role).is_empty());

    let stranger = TeacherRoleId::new("no-such-role");
    refused(
        &mut plan,
        GoalEdit::SetRole {
            id: id.clone(),
            role: stranger.clone(),
            linked: true,
        },
        EditError::NoSuchTeacherRole(stranger),
    );
    refused(
        &mut plan,
        GoalEdit::SetRole {
            id: missing_goal(),
            role,
            linked: true,
        },
        EditError::NoSuchGoal(missing_goal()),
    );
}

#[test]
fn goals_are_renamed_noted_moved_deleted_and_restored() {
    let (mut plan, id, _) = plan_with_goal();
    refused(
        &mut plan,
        GoalEdit::Add { title: " ".into() },
        EditError::EmptyText,
    );
    let renamed = applied(
        &mut plan,
        GoalEdit::Rename {
            id: id.clone(),
            title: "Families".into(),
        },
    );
    assert_eq!(renamed, Applied::labelled("rename “Family engagement”"));
    refused(
        &mut plan,
        GoalEdit::Rename {
            id: id.clone(),
            title: "".into(),
        },
        EditError::EmptyText,
    );
    let noted = applied(
        &mut plan,
        GoalEdit::SetNote {
            id: id.clone(),
            note: " The board asks ".into(),
        },
    );
    assert_eq!(noted, Applied::labelled("edit note of “Families”"));
    assert_eq!(
        plan.implementation.goal(&id).map(|g| g.note.as_str()),
        Some("The board asks")
    );
    refused(
        &mut plan,
        GoalEdit::SetNote {
            id: missing_goal(),
            note: "A note".into(),
        },
        EditError::NoSuchGoal(missing_goal()),
    );

    unchanged(&mut plan, GoalEdit::MoveDown(id.clone()));
    let moved = applied(&mut plan, GoalEdit::MoveUp(id.clone()));
    assert_eq!(moved, Applied::labelled("move “Families” up"));
    let moved = applied(&mut plan, GoalEdit::MoveDown(id.clone()));
    assert_eq!(moved, Applied::labelled("move “Families” down"));
    refused(
        &mut plan,
        GoalEdit::MoveUp(missing_goal()),
        EditError::NoSuchGoal(missing_goal()),
    );
    refused(
        &mut plan,
        GoalEdit::MoveDown(missing_goal()),
        EditError::NoSuchGoal(missing_goal()),
    );

    let deleted = applied(&mut plan, GoalEdit::Delete(id.clone()));
    assert_eq!(
        deleted,
        Applied::labelled("delete goal “Families”")
            .regrettable("Deleted the goal “Families”")
            .with_notice("Deleted the goal “Families”.")
    );
    refused(
        &mut plan,
        GoalEdit::Delete(id.clone()),
        EditError::NoSuchGoal(id),
    );

    applied(
        &mut plan,
        GoalEdit::Delete(GoalId::new("professional-learning")),
    );
    let restored = applied(&mut plan, GoalEdit::RestoreSource);
    assert_eq!(
        restored,
        Applied::labelled("restore the source's goals").regrettable("Restored the source's goals")
    );
    assert!(plan.implementation.source_goals_to_restore().is_empty());
    unchanged(&mut plan, GoalEdit::RestoreSource);
}
