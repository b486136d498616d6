//! The matrix's edits through `Plan::apply`, the path the UI takes: each
//! variant's rule (a refused edit leaves the plan equal to before), its
//! label, what it says, and a valid plan after it. Statements and cells
//! here; roles, areas, people and the whole matrix in `structure.rs`.

use super::*;
use crate::model::edit::{Applied, Edit, EditError};
use crate::model::Plan;

const DISTRICT: &str = "district-administration";
const FINANCE: &str = "finance-officer";
const DECISION: &str = "decision-making";

fn role(id: &str) -> RoleId {
    RoleId::new(id)
}

fn area(id: &str) -> AreaId {
    AreaId::new(id)
}

/// The first statement of District Administration × Decision-making.
fn first_statement(plan: &Plan) -> StatementId {
    plan.matrix
        .cell(&role(DISTRICT), &area(DECISION))
        .map(|c| c.statements[0].id.clone())
        .expect("the source cell has statements")
}

/// A plan with Ana Ruiz holding District Administration.
fn staffed() -> (Plan, PersonId) {
    let mut plan = Plan::default();
    applied(
        &mut plan,
        PersonEdit::Add {
            name: "Ana Ruiz".into(),
            position: "Superintendent".into(),
        },
    );
    let ana = plan.matrix.people[0].id.clone();
    applied(
        &mut plan,
        PersonEdit::AssignRole {
            person: ana.clone(),
            role: role(DISTRICT),
        },
    );
    (plan, ana)
}

/// Applies an edit that must succeed, and checks the plan is still valid.
fn applied(plan: &mut Plan, edit: impl Into<Edit>) -> Applied {
    let applied = plan.apply(edit).expect("applied");
    assert_eq!(plan.validate(), Ok(()));
    applied
}

/// Applies an edit that must be refused with `error`, changing nothing.
fn refused(plan: &mut Plan, edit: impl Into<Edit>, error: EditError) {
    let before = plan.clone();
    assert_eq!(plan.apply(edit), Err(error));
    assert_eq!(*plan, before, "a refused edit changes nothing");
}

// ----- statements ---------------------------------------------------------

#[test]
fn adding_a_statement_needs_text_and_a_cell() {
    let mut plan = Plan::default();
    let add = |text: &str, area_id: &str| StatementEdit::Add {
        role: role(DISTRICT),
        area: area(area_id),
        text: text.into(),
    };
    refused(&mut plan, add("  ", DECISION), EditError::EmptyText);
    refused(
        &mut plan,
        add("Reviews data", "gone"),
        EditError::NoSuchCell {
            role: role(DISTRICT),
            area: area("gone"),
        },
    );
    let done = applied(&mut plan, add(" Reviews data yearly ", DECISION));
    assert_eq!(
        done,
        Applied::labelled("add a statement to District-level Administration · Decision-making")
            .with_notice("Statement added.")
    );
    let cell = plan.matrix.cell(&role(DISTRICT), &area(DECISION)).unwrap();
    assert_eq!(
        cell.statements.last().map(|s| s.text.as_str()),
        Some("Reviews data yearly")
    );
}

#[test]
fn a_statement_keeps_some_text() {
    let mut plan = Plan::default();
    let id = first_statement(&plan);
    refused(
        &mut plan,
        StatementEdit::SetText {
            id: id.clone(),
            text: " ".into(),
        },
        EditError::EmptyText,
    );
    refused(
        &mut plan,
        StatementEdit::SetText {
            id: "gone".into(),
            text: "New".into(),
        },
        EditError::NoSuchStatement("gone".into()),
    );
    let long = "x".repeat(70);
    let done = applied(
        &mut plan,
        StatementEdit::SetText {
            id: id.clone(),
            text: long.clone(),
        },
    );
    assert_eq!(done.label, format!("edit statement “{}…”", "x".repeat(60)));
    assert_eq!(
        plan.matrix.statement(&id).map(|s| s.text.clone()),
        Some(long)
    );
}

#[test]
fn status_and_note_are_set_on_an_existing_statement() {
    let mut plan = Plan::default();
    let id = first_statement(&plan);
    refused(
        &mut plan,
        StatementEdit::SetStatus {
            id: "gone".into(),
            status: Status::Gap,
        },
        EditError::NoSuchStatement("gone".into()),
    );
    let done = applied(
        &mut plan,
        StatementEdit::SetStatus {
            id: id.clone(),
            status: Status::InPlace,
        },
    );
    assert_eq!(
        done,
        Applied::labelled("set status In place").with_notice("Status: In place.")
    );
    refused(
        &mut plan,
        StatementEdit::SetNote {
            id: "gone".into(),
            note: "n".into(),
        },
        EditError::NoSuchStatement("gone".into()),
    );
    let done = applied(
        &mut plan,
        StatementEdit::SetNote {
            id: id.clone(),
            note: " Twice a year ".into(),
        },
    );
    assert_eq!(done, Applied::labelled("edit a statement's note"));
    let statement = plan.matrix.statement(&id).unwrap();
    assert_eq!(
        (statement.status, statement.note.as_str()),
        (Status::InPlace, "Twice a year")
    );
}

#[test]
fn an_owner_holds_the_statements_role() {
    let (mut plan, ana) = staffed();
    let id = first_statement(&plan);
    let finance_statement = plan
        .matrix
        .cell(&role(FINANCE), &area("budgetary-support"))
        .map(|c| c.statements[0].id.clone())
        .unwrap();
    refused(
        &mut plan,
        StatementEdit::SetOwner {
            id: finance_statement,
            owner: Some(ana.clone()),
        },
        EditError::NotRoleHolder {
            person: ana.clone(),
            role: role(FINANCE),
        },
    );
    refused(
        &mut plan,
        StatementEdit::SetOwner {
            id: id.clone(),
            owner: Some("nobody".into()),
        },
        EditError::NoSuchPerson("nobody".into()),
    );
    refused(
        &mut plan,
        StatementEdit::SetOwner {
            id: "gone".into(),
            owner: None,
        },
        EditError::NoSuchStatement("gone".into()),
    );
    let set = |owner| StatementEdit::SetOwner {
        id: id.clone(),
        owner,
    };
    let done = applied(&mut plan, set(Some(ana.clone())));
    assert_eq!(done, Applied::labelled("set a statement's owner"));
    assert_eq!(plan.matrix.statement(&id).unwrap().owner, Some(ana));
    applied(&mut plan, set(None));
    assert_eq!(plan.matrix.statement(&id).unwrap().owner, None);
}

#[test]
fn moving_a_statement_says_where_it_went_and_the_ends_change_nothing() {
    let mut plan = Plan::default();
    let id = first_statement(&plan);
    applied(
        &mut plan,
        StatementEdit::Add {
            role: role(DISTRICT),
            area: area(DECISION),
            text: "A second statement".into(),
        },
    );
    let before = plan.clone();
    let at_top = applied(
        &mut plan,
        StatementEdit::Move {
            id: id.clone(),
            delta: -1,
        },
    );
    assert_eq!(at_top, Applied::labelled("move a statement"));
    assert_eq!(plan, before, "the first statement cannot go up");
    let done = applied(
        &mut plan,
        StatementEdit::Move {
            id: id.clone(),
            delta: 1,
        },
    );
    assert_eq!(
        done,
        Applied::labelled("move a statement").with_notice("Moved to position 2.")
    );
    refused(
        &mut plan,
        StatementEdit::Move {
            id: "gone".into(),
            delta: 1,
        },
        EditError::NoSuchStatement("gone".into()),
    );
}

#[test]
fn deleting_a_statement_offers_undo() {
    let mut plan = Plan::default();
    let id = first_statement(&plan);
    let text = short(&plan.matrix.statement(&id).unwrap().text);
    let done = applied(&mut plan, StatementEdit::Delete { id: id.clone() });
    assert_eq!(
        done,
        Applied::labelled(format!("delete statement “{text}”"))
            .regrettable(format!("Deleted statement “{text}”"))
            .with_notice("Statement deleted.")
    );
    assert!(plan.matrix.statement(&id).is_none());
    refused(
        &mut plan,
        StatementEdit::Delete { id: id.clone() },
        EditError::NoSuchStatement(id),
    );
}

// ----- cells --------------------------------------------------------------

#[test]
fn marking_a_cell_na_with_statements_offers_undo() {
    let mut plan = Plan::default();
    let na = |area_id: &str, value| CellEdit::SetNotApplicable {
        role: role(DISTRICT),
        area: area(area_id),
        value,
    };
    refused(
        &mut plan,
        na("gone", true),
        EditError::NoSuchCell {
            role: role(DISTRICT),
            area: area("gone"),
        },
    );
    let count = plan
        .matrix
        .cell(&role(DISTRICT), &area(DECISION))
        .unwrap()
        .statements
        .len();
    let place = "District-level Administration · Decision-making";
    let done = applied(&mut plan, na(DECISION, true));
    assert_eq!(
        done,
        Applied::labelled(format!("mark {place} N/A"))
            .regrettable(format!("Marked {place} N/A, removing {count} statements"))
            .with_notice(format!("Marked N/A. {count} statements removed."))
    );
    let done = applied(&mut plan, na(DECISION, false));
    assert_eq!(
        done,
        Applied::labelled(format!("clear N/A on {place}")).with_notice("No longer N/A.")
    );
    let done = applied(&mut plan, na(DECISION, true));
    assert_eq!(
        done,
        Applied::labelled(format!("mark {place} N/A")).with_notice("Marked N/A."),
        "an empty cell loses nothing, so no Undo offer"
    );
}

#[test]
fn the_lead_in_is_set_on_an_existing_cell() {
    let mut plan = Plan::default();
    refused(
        &mut plan,
        CellEdit::SetLeadIn {
            role: role("gone"),
            area: area(DECISION),
            text: "For:".into(),
        },
        EditError::NoSuchCell {
            role: role("gone"),
            area: area(DECISION),
        },
    );
    let done = applied(
        &mut plan,
        CellEdit::SetLeadIn {
            role: role(DISTRICT),
            area: area(DECISION),
            text: " For districts: ".into(),
        },
    );
    assert_eq!(
        done.label,
        "edit the lead-in of District-level Administration · Decision-making"
    );
    let cell = plan.matrix.cell(&role(DISTRICT), &area(DECISION)).unwrap();
    assert_eq!(cell.lead_in, "For districts:");
}

#[test]
fn only_published_cells_are_restored() {
    let mut plan = Plan::default();
    applied(
        &mut plan,
        AreaEdit::Add {
            name: "Equity".into(),
        },
    );
    let equity = plan.matrix.areas.last().unwrap().id.clone();
    refused(
        &mut plan,
        CellEdit::Restore {
            role: role(DISTRICT),
            area: equity.clone(),
        },
        EditError::NoSourceCell {
            role: role(DISTRICT),
            area: equity,
        },
    );
    let source = plan.clone();
    let id = first_statement(&plan);
    applied(&mut plan, StatementEdit::Delete { id });
    let place = "District-level Administration · Decision-making";
    let done = applied(
        &mut plan,
        CellEdit::Restore {
            role: role(DISTRICT),
            area: area(DECISION),
        },
    );
    assert_eq!(
        done,
        Applied::labelled(format!("restore {place} to the source"))
            .regrettable(format!("Restored {place} to the source"))
            .with_notice("Cell restored to the source text.")
    );
    assert_eq!(plan, source);
}

// Roles, areas, people and the whole matrix.
mod structure;
