//! `ActionEdit`: the considerations' actions.

use super::*;

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
