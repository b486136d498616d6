//! The implementation plan's edits through `Plan::apply`, the path the UI
//! takes: each one's rule (a refused edit leaves the plan equal to before),
//! the undo step it names, and a plan that still validates.

use super::*;
use crate::model::edit::{Applied, Edit};
use crate::model::Plan;

mod actions;
mod documents;
mod goals;

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
