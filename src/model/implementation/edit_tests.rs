//! The implementation plan's edits through `Plan::apply`, the path the UI
//! takes: each one's rule (a refused edit leaves the plan equal to before),
//! the undo step it names, and a plan that still validates.

use super::*;
use crate::model::edit::{Applied, Edit};
use crate::model::Plan;

/// Applies `edit`, which must pass, and checks the plan is still valid.
fn applied(plan: &mut Plan, edit: impl Into<Edit>) -> Applied {
    let applied = plan.apply(edit).expect("the edit is applied");
    assert_eq!(plan.validate(), Ok(()));
    applied
}

/// Applies `edit`, which must be refused for `why` and change nothing.
fn refused(plan: &mut Plan, edit: impl Into<Edit>, why: EditError) {
    let before = plan.clone();
    assert_eq!(plan.apply(edit), Err(why));
    assert_eq!(*plan, before, "a refused edit changes nothing");
}

/// Applies `edit`, which must pass and change nothing (no undo step).
fn unchanged(plan: &mut Plan, edit: impl Into<Edit>) -> Applied {
    let before = plan.clone();
    let applied = plan.apply(edit).expect("not refused");
    assert_eq!(*plan, before);
    applied
}

fn plan_with_person() -> (Plan, PersonId) {
    let mut plan = Plan::default();
    let person = plan
        .matrix
        .add_person("Ana Ruiz", "Principal")
        .expect("added");
    (plan, person)
}

const KEY: ConsiderationKey = ConsiderationKey::Culture;

/// A plan with the team's own action "Host a STEM open house" (last under
/// `KEY`).
fn plan_with_action() -> (Plan, ActionId) {
    let mut plan = Plan::default();
    applied(
        &mut plan,
        ActionEdit::Add {
            key: KEY,
            text: "  Host a STEM open house ".into(),
        },
    );
    let id = plan
        .implementation
        .actions(KEY)
        .last()
        .expect("added")
        .id
        .clone();
    (plan, id)
}

fn missing_action() -> ActionId {
    ActionId::new("no-such-action")
}

#[test]
fn adding_an_action_names_it_and_says_so() {
    let (plan, id) = plan_with_action();
    let action = plan.implementation.action(&id).expect("added");
    assert_eq!(action.text, "Host a STEM open house");
    assert_eq!(id.as_str(), "action-1");

    let mut plan = Plan::default();
    let added = applied(
        &mut plan,
        ActionEdit::Add {
            key: KEY,
            text: "Invite every family to a STEM night in the spring term".into(),
        },
    );
    assert_eq!(
        added,
        Applied::labelled("add action “Invite every family to a STEM night in t…”")
            .with_notice("Added the action “Invite every family to a STEM night in t…”.")
    );
    refused(
        &mut plan,
        ActionEdit::Add {
            key: KEY,
            text: "   ".into(),
        },
        EditError::EmptyText,
    );
}

#[test]
fn an_actions_words_are_replaced_unless_empty() {
    let mut plan = Plan::default();
    let id = ActionId::new("culture-promote");
    let source_text = plan
        .implementation
        .action(&id)
        .expect("seeded")
        .text
        .clone();
    let edited = applied(
        &mut plan,
        ActionEdit::SetText {
            id: id.clone(),
            text: " Promote STEM at every staff meeting ".into(),
        },
    );
    assert_eq!(
        edited.label,
        format!("edit action “{}”", short(&source_text))
    );
    let action = plan.implementation.action(&id).expect("kept");
    assert_eq!(action.text, "Promote STEM at every staff meeting");
    assert!(!action.from_source(), "reworded, it is the team's own");

    refused(
        &mut plan,
        ActionEdit::SetText {
            id: id.clone(),
            text: " ".into(),
        },
        EditError::EmptyText,
    );
    refused(
        &mut plan,
        ActionEdit::SetText {
            id: missing_action(),
            text: "Words".into(),
        },
        EditError::NoSuchAction(missing_action()),
    );
}

#[test]
fn an_actions_status_date_and_note_are_set() {
    let (mut plan, id) = plan_with_action();
    let set = applied(
        &mut plan,
        ActionEdit::SetStatus {
            id: id.clone(),
            status: ActionStatus::Done,
        },
    );
    assert_eq!(
        set,
        Applied::labelled("set status of “Host a STEM open house”")
    );

    let date = IsoDate::parse("2026-10-01").expect("a date");
    let set = applied(
        &mut plan,
        ActionEdit::SetTargetDate {
            id: id.clone(),
            date: Some(date.clone()),
        },
    );
    assert_eq!(set.label, "set target date of “Host a STEM open house”");

    let set = applied(
        &mut plan,
        ActionEdit::SetNote {
            id: id.clone(),
            note: "  Ask the PTA first ".into(),
        },
    );
    assert_eq!(set.label, "edit note of “Host a STEM open house”");

    let action = plan.implementation.action(&id).expect("kept");
    assert_eq!(action.status, ActionStatus::Done);
    assert_eq!(action.target_date, Some(date));
    assert_eq!(action.note, "Ask the PTA first");

    refused(
        &mut plan,
        ActionEdit::SetStatus {
            id: missing_action(),
            status: ActionStatus::Done,
        },
        EditError::NoSuchAction(missing_action()),
    );
    refused(
        &mut plan,
        ActionEdit::SetTargetDate {
            id: missing_action(),
            date: None,
        },
        EditError::NoSuchAction(missing_action()),
    );
    refused(
        &mut plan,
        ActionEdit::SetNote {
            id: missing_action(),
            note: "A note".into(),
        },
        EditError::NoSuchAction(missing_action()),
    );
}

#[test]
fn an_actions_owner_is_one_of_the_people() {
    let (mut plan, id) = plan_with_action();
    let person = plan
        .matrix
        .add_person("Ana Ruiz", "Principal")
        .expect("added");
    let set = applied(
        &mut plan,
        ActionEdit::SetOwner {
            id: id.clone(),
            owner: Some(person.clone()),
        },
    );
    assert_eq!(set.label, "set owner of “Host a STEM open house”");
    assert_eq!(
        plan.implementation
            .action(&id)
            .and_then(|a| a.owner.clone()),
        Some(person)
    );

    let stranger = PersonId::new("person-99");
    refused(
        &mut plan,
        ActionEdit::SetOwner {
            id: id.clone(),
            owner: Some(stranger.clone()),
        },
        EditError::NoSuchPerson(stranger),
    );
    refused(
        &mut plan,
        ActionEdit::SetOwner {
            id: missing_action(),
            owner: None,
        },
        EditError::NoSuchAction(missing_action()),
    );

    applied(
        &mut plan,
        ActionEdit::SetOwner {
            id: id.clone(),
            owner: None,
        },
    );
    assert_eq!(
        plan.implementation
            .action(&id)
            .and_then(|a| a.owner.clone()),
        None
    );
}

#[test]
fn actions_move_within_their_heading_and_not_past_its_ends() {
    let (mut plan, id) = plan_with_action();
    let order = |plan: &Plan| -> Vec<ActionId> {
        plan.implementation
            .actions(KEY)
            .iter()
            .map(|a| a.id.clone())
            .collect()
    };
    let last = order(&plan).len() - 1;

    let moved = unchanged(&mut plan, ActionEdit::MoveDown(id.clone()));
    assert_eq!(moved.label, "move “Host a STEM open house” down");

    let moved = applied(&mut plan, ActionEdit::MoveUp(id.clone()));
    assert_eq!(moved.label, "move “Host a STEM open house” up");
    assert_eq!(order(&plan)[last - 1], id);

    applied(&mut plan, ActionEdit::MoveDown(id.clone()));
    assert_eq!(order(&plan)[last], id);

    let first = order(&plan)[0].clone();
    unchanged(&mut plan, ActionEdit::MoveUp(first));

    refused(
        &mut plan,
        ActionEdit::MoveUp(missing_action()),
        EditError::NoSuchAction(missing_action()),
    );
    refused(
        &mut plan,
        ActionEdit::MoveDown(missing_action()),
        EditError::NoSuchAction(missing_action()),
    );
}

#[test]
fn deleting_an_action_offers_undo_and_restore_brings_the_sources_back() {
    let (mut plan, id) = plan_with_action();
    let deleted = applied(&mut plan, ActionEdit::Delete(id.clone()));
    assert_eq!(
        deleted,
        Applied::labelled("delete action “Host a STEM open house”")
            .regrettable("Deleted the action “Host a STEM open house”")
            .with_notice("Deleted the action “Host a STEM open house”.")
    );
    assert_eq!(plan.implementation.action(&id), None);
    refused(
        &mut plan,
        ActionEdit::Delete(id),
        EditError::NoSuchAction(ActionId::new("action-1")),
    );

    let source = ActionId::new("culture-promote");
    applied(&mut plan, ActionEdit::Delete(source.clone()));
    let restored = applied(&mut plan, ActionEdit::RestoreSource(KEY));
    let heading = KEY.label();
    assert_eq!(
        restored,
        Applied::labelled(format!("restore the source's actions of “{heading}”"))
            .regrettable(format!("Restored the source's actions of “{heading}”"))
            .with_notice("Restored 1 of the source's actions.")
    );
    assert!(plan
        .implementation
        .action(&source)
        .is_some_and(Action::from_source));
    assert!(plan
        .implementation
        .source_actions_to_restore(KEY)
        .is_empty());
    // With nothing to restore it changes nothing, so it leaves no undo step.
    unchanged(&mut plan, ActionEdit::RestoreSource(KEY));
}

/// A plan with the team's own document "Family newsletter" (last).
fn plan_with_document() -> (Plan, DocumentId) {
    let mut plan = Plan::default();
    let added = applied(
        &mut plan,
        DocumentEdit::Add {
            title: " Family newsletter ".into(),
        },
    );
    assert_eq!(
        added,
        Applied::labelled("add document “Family newsletter”")
            .with_notice("Added the document “Family newsletter”.")
    );
    let id = plan
        .implementation
        .documents
        .last()
        .expect("added")
        .id
        .clone();
    (plan, id)
}

fn missing_document() -> DocumentId {
    DocumentId::new("no-such-document")
}

#[test]
fn documents_are_added_and_renamed_unless_the_title_is_empty() {
    let (mut plan, id) = plan_with_document();
    assert_eq!(id.as_str(), "document-1");
    assert_eq!(
        plan.implementation.document(&id).map(|d| d.title.as_str()),
        Some("Family newsletter")
    );
    refused(
        &mut plan,
        DocumentEdit::Add { title: "  ".into() },
        EditError::EmptyText,
    );

    let renamed = applied(
        &mut plan,
        DocumentEdit::Rename {
            id: id.clone(),
            title: "Family letter".into(),
        },
    );
    assert_eq!(renamed, Applied::labelled("rename “Family newsletter”"));
    refused(
        &mut plan,
        DocumentEdit::Rename {
            id: id.clone(),
            title: "".into(),
        },
        EditError::EmptyText,
    );
    refused(
        &mut plan,
        DocumentEdit::Rename {
            id: missing_document(),
            title: "A title".into(),
        },
        EditError::NoSuchDocument(missing_document()),
    );
}

#[test]
fn a_documents_status_owner_location_review_and_note_are_set() {
    let (mut plan, id) = plan_with_document();
    let person = plan
        .matrix
        .add_person("Ana Ruiz", "Principal")
        .expect("added");
    let date = IsoDate::parse("2026-09-01").expect("a date");
    let edits: Vec<(DocumentEdit, &str)> = vec![
        (
            DocumentEdit::SetStatus {
                id: id.clone(),
                status: DocumentStatus::Adopted,
            },
            "set status of “Family newsletter”",
        ),
        (
            DocumentEdit::SetOwner {
                id: id.clone(),
                owner: Some(person.clone()),
            },
            "set owner of “Family newsletter”",
        ),
        (
            DocumentEdit::SetLocation {
                id: id.clone(),
                location: " https://example.org/letter ".into(),
            },
            "set location of “Family newsletter”",
        ),
        (
            DocumentEdit::SetLastReviewed {
                id: id.clone(),
                date: Some(date.clone()),
            },
            "set last review of “Family newsletter”",
        ),
        (
            DocumentEdit::SetNote {
                id: id.clone(),
                note: " Print 200 copies ".into(),
            },
            "edit note of “Family newsletter”",
        ),
    ];
    for (edit, label) in edits {
        // The same edit of a document that is not there is refused.
        let mut missing = edit.clone();
        match &mut missing {
            DocumentEdit::SetStatus { id, .. }
            | DocumentEdit::SetOwner { id, .. }
            | DocumentEdit::SetLocation { id, .. }
            | DocumentEdit::SetLastReviewed { id, .. }
            | DocumentEdit::SetNote { id, .. } => *id = missing_document(),
            _ => unreachable!("only the fields above"),
        }
        refused(
            &mut plan,
            missing,
            EditError::NoSuchDocument(missing_document()),
        );
        assert_eq!(Edit::from(edit.clone()).typing_field(), None);
        assert_eq!(applied(&mut plan, edit), Applied::labelled(label));
    }
    let document = plan.implementation.document(&id).expect("kept");
    assert_eq!(document.status, DocumentStatus::Adopted);
    assert_eq!(document.owner, Some(person));
    assert_eq!(document.link(), Some("https://example.org/letter"));
    assert_eq!(document.last_reviewed, Some(date));
    assert_eq!(document.note, "Print 200 copies");

    let stranger = PersonId::new("person-99");
    refused(
        &mut plan,
        DocumentEdit::SetOwner {
            id,
            owner: Some(stranger.clone()),
        },
        EditError::NoSuchPerson(stranger),
    );
}

#[test]
fn documents_move_delete_and_the_sources_come_back() {
    let (mut plan, id) = plan_with_document();
    let moved = unchanged(&mut plan, DocumentEdit::MoveDown(id.clone()));
    assert_eq!(moved.label, "move “Family newsletter” down");
    let moved = applied(&mut plan, DocumentEdit::MoveUp(id.clone()));
    assert_eq!(moved.label, "move “Family newsletter” up");
    let count = plan.implementation.documents.len();
    assert_eq!(plan.implementation.documents[count - 2].id, id);
    applied(&mut plan, DocumentEdit::MoveDown(id.clone()));
    assert_eq!(plan.implementation.documents[count - 1].id, id);
    let first = plan.implementation.documents[0].id.clone();
    unchanged(&mut plan, DocumentEdit::MoveUp(first));
    refused(
        &mut plan,
        DocumentEdit::MoveUp(missing_document()),
        EditError::NoSuchDocument(missing_document()),
    );
    refused(
        &mut plan,
        DocumentEdit::MoveDown(missing_document()),
        EditError::NoSuchDocument(missing_document()),
    );

    let deleted = applied(&mut plan, DocumentEdit::Delete(id.clone()));
    assert_eq!(
        deleted,
        Applied::labelled("delete document “Family newsletter”")
            .regrettable("Deleted the document “Family newsletter”")
            .with_notice("Deleted the document “Family newsletter”.")
    );
    refused(
        &mut plan,
        DocumentEdit::Delete(id.clone()),
        EditError::NoSuchDocument(id),
    );

    applied(
        &mut plan,
        DocumentEdit::Delete(DocumentId::new("hiring-criteria")),
    );
    let restored = applied(&mut plan, DocumentEdit::RestoreSource);
    assert_eq!(
        restored,
        Applied::labelled("restore the source's documents")
            .regrettable("Restored the source's documents")
    );
    assert!(plan.implementation.source_documents_to_restore().is_empty());
    unchanged(&mut plan, DocumentEdit::RestoreSource);
}

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

#[test]
fn implementation_edits_are_a_step_each_not_typing() {
    let (_, person) = plan_with_person();
    let edits: Vec<Edit> = vec![
        ActionEdit::SetNote {
            id: ActionId::new("culture-promote"),
            note: "n".into(),
        }
        .into(),
        ActionEdit::SetOwner {
            id: ActionId::new("culture-promote"),
            owner: Some(person),
        }
        .into(),
        DocumentEdit::SetLocation {
            id: DocumentId::new("hiring-criteria"),
            location: "l".into(),
        }
        .into(),
        GoalEdit::SetNote {
            id: GoalId::new("professional-learning"),
            note: "n".into(),
        }
        .into(),
    ];
    for edit in edits {
        assert_eq!(edit.typing_field(), None, "{edit:?}");
    }
}
