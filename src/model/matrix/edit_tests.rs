//! The matrix's edits through `Plan::apply`, the path the UI takes: each
//! variant's rule (a refused edit leaves the plan equal to before), its
//! label, what it says, and a valid plan after it.

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

// ----- roles --------------------------------------------------------------

#[test]
fn a_role_needs_a_name() {
    let mut plan = Plan::default();
    refused(
        &mut plan,
        MatrixRoleEdit::Add {
            name: " ".into(),
            description: "x".into(),
        },
        EditError::NameRequired("role"),
    );
    let done = applied(
        &mut plan,
        MatrixRoleEdit::Add {
            name: " School Board ".into(),
            description: "Trustees".into(),
        },
    );
    assert_eq!(
        done,
        Applied::labelled("add role School Board")
            .with_notice("Added role School Board, with an empty cell in every area.")
    );
    let board = plan.matrix.roles.last().unwrap().id.clone();
    refused(
        &mut plan,
        MatrixRoleEdit::Rename {
            id: board.clone(),
            name: "".into(),
        },
        EditError::NameRequired("role"),
    );
    refused(
        &mut plan,
        MatrixRoleEdit::Rename {
            id: role("gone"),
            name: "Board".into(),
        },
        EditError::NoSuchMatrixRole(role("gone")),
    );
    let done = applied(
        &mut plan,
        MatrixRoleEdit::Rename {
            id: board.clone(),
            name: "Board".into(),
        },
    );
    assert_eq!(done, Applied::labelled("rename role School Board"));
    refused(
        &mut plan,
        MatrixRoleEdit::Describe {
            id: role("gone"),
            description: "d".into(),
        },
        EditError::NoSuchMatrixRole(role("gone")),
    );
    let done = applied(
        &mut plan,
        MatrixRoleEdit::Describe {
            id: board.clone(),
            description: "Elected trustees".into(),
        },
    );
    assert_eq!(done, Applied::labelled("edit a role's description"));
    let board = plan.matrix.role(&board).unwrap();
    assert_eq!(
        (board.name.as_str(), board.description.as_str()),
        ("Board", "Elected trustees")
    );
}

#[test]
fn moving_a_role_says_its_column() {
    let mut plan = Plan::default();
    let before = plan.clone();
    applied(
        &mut plan,
        MatrixRoleEdit::Move {
            id: role(DISTRICT),
            delta: -1,
        },
    );
    assert_eq!(plan, before, "the first column cannot go left");
    let done = applied(
        &mut plan,
        MatrixRoleEdit::Move {
            id: role(DISTRICT),
            delta: 1,
        },
    );
    assert_eq!(
        done,
        Applied::labelled("move a role").with_notice("Moved to column 2.")
    );
    refused(
        &mut plan,
        MatrixRoleEdit::Move {
            id: role("gone"),
            delta: 1,
        },
        EditError::NoSuchMatrixRole(role("gone")),
    );
}

#[test]
fn deleting_a_role_says_which_teacher_leader_roles_lost_their_link() {
    let mut plan = Plan::default();
    let linked = plan.teacher_roles.add_blank();
    let teacher_role = plan.teacher_roles.get_mut(&linked).unwrap();
    teacher_role.title = "Budget lead".into();
    teacher_role.set_matrix_role(Some(role(FINANCE)));
    let done = applied(&mut plan, MatrixRoleEdit::Delete { id: role(FINANCE) });
    assert_eq!(
        done,
        Applied::labelled("delete role Finance Officer")
            .regrettable("Deleted role Finance Officer")
            .with_notice(
                "Deleted role Finance Officer and its cells. Teacher-leader roles no longer linked to it: Budget lead."
            )
    );
    assert_eq!(plan.teacher_roles.get(&linked).unwrap().matrix_role, None);
    let done = applied(&mut plan, MatrixRoleEdit::Delete { id: role(DISTRICT) });
    assert_eq!(
        done.notice.as_deref(),
        Some("Deleted role District-level Administration and its cells.")
    );
    refused(
        &mut plan,
        MatrixRoleEdit::Delete { id: role(FINANCE) },
        EditError::NoSuchMatrixRole(role(FINANCE)),
    );
}

// ----- areas --------------------------------------------------------------

#[test]
fn an_area_needs_a_name() {
    let mut plan = Plan::default();
    refused(
        &mut plan,
        AreaEdit::Add { name: "".into() },
        EditError::NameRequired("area"),
    );
    let done = applied(
        &mut plan,
        AreaEdit::Add {
            name: " Equity ".into(),
        },
    );
    assert_eq!(
        done,
        Applied::labelled("add area Equity")
            .with_notice("Added area Equity, with an empty cell for every role.")
    );
    let equity = plan.matrix.areas.last().unwrap().id.clone();
    refused(
        &mut plan,
        AreaEdit::Rename {
            id: equity.clone(),
            name: " ".into(),
        },
        EditError::NameRequired("area"),
    );
    refused(
        &mut plan,
        AreaEdit::Rename {
            id: area("gone"),
            name: "x".into(),
        },
        EditError::NoSuchArea(area("gone")),
    );
    let done = applied(
        &mut plan,
        AreaEdit::Rename {
            id: equity.clone(),
            name: "Equity and Access".into(),
        },
    );
    assert_eq!(done, Applied::labelled("rename area Equity"));
    assert_eq!(
        plan.matrix.area(&equity).map(|a| a.name.as_str()),
        Some("Equity and Access")
    );
}

#[test]
fn moving_and_deleting_an_area() {
    let mut plan = Plan::default();
    let last = plan.matrix.areas.last().unwrap().id.clone();
    let before = plan.clone();
    applied(
        &mut plan,
        AreaEdit::Move {
            id: last.clone(),
            delta: 1,
        },
    );
    assert_eq!(plan, before, "the last row cannot go down");
    let done = applied(
        &mut plan,
        AreaEdit::Move {
            id: last.clone(),
            delta: -1,
        },
    );
    let row = plan.matrix.areas.len() - 1;
    assert_eq!(
        done,
        Applied::labelled("move an area").with_notice(format!("Moved to row {row}."))
    );
    refused(
        &mut plan,
        AreaEdit::Move {
            id: area("gone"),
            delta: 1,
        },
        EditError::NoSuchArea(area("gone")),
    );
    let done = applied(&mut plan, AreaEdit::Delete { id: area(DECISION) });
    assert_eq!(
        done,
        Applied::labelled("delete area Decision-making")
            .regrettable("Deleted area Decision-making")
            .with_notice("Deleted area Decision-making and its cells.")
    );
    assert!(plan.matrix.cell(&role(DISTRICT), &area(DECISION)).is_none());
    refused(
        &mut plan,
        AreaEdit::Delete { id: area(DECISION) },
        EditError::NoSuchArea(area(DECISION)),
    );
}

// ----- people -------------------------------------------------------------

#[test]
fn a_person_needs_a_name() {
    let mut plan = Plan::default();
    refused(
        &mut plan,
        PersonEdit::Add {
            name: " ".into(),
            position: "Principal".into(),
        },
        EditError::NameRequired("person"),
    );
    let done = applied(
        &mut plan,
        PersonEdit::Add {
            name: " Ana Ruiz ".into(),
            position: "Principal".into(),
        },
    );
    assert_eq!(
        done,
        Applied::labelled("add Ana Ruiz")
            .with_notice("Added Ana Ruiz. Now tick the roles they hold.")
    );
    let ana = plan.matrix.people[0].id.clone();
    refused(
        &mut plan,
        PersonEdit::Rename {
            id: ana.clone(),
            name: "".into(),
        },
        EditError::NameRequired("person"),
    );
    refused(
        &mut plan,
        PersonEdit::Rename {
            id: "nobody".into(),
            name: "Ana".into(),
        },
        EditError::NoSuchPerson("nobody".into()),
    );
    let done = applied(
        &mut plan,
        PersonEdit::Rename {
            id: ana.clone(),
            name: "Ana Ruiz-Park".into(),
        },
    );
    assert_eq!(done, Applied::labelled("rename Ana Ruiz"));
    refused(
        &mut plan,
        PersonEdit::SetPosition {
            id: "nobody".into(),
            position: "x".into(),
        },
        EditError::NoSuchPerson("nobody".into()),
    );
    let done = applied(
        &mut plan,
        PersonEdit::SetPosition {
            id: ana.clone(),
            position: " Superintendent ".into(),
        },
    );
    assert_eq!(
        done,
        Applied::labelled("edit the position of Ana Ruiz-Park")
    );
    assert_eq!(plan.matrix.people[0].position, "Superintendent");
}

#[test]
fn roles_are_given_and_taken_by_id() {
    let (mut plan, ana) = staffed();
    refused(
        &mut plan,
        PersonEdit::AssignRole {
            person: ana.clone(),
            role: role("gone"),
        },
        EditError::NoSuchMatrixRole(role("gone")),
    );
    refused(
        &mut plan,
        PersonEdit::AssignRole {
            person: "nobody".into(),
            role: role(FINANCE),
        },
        EditError::NoSuchPerson("nobody".into()),
    );
    let done = applied(
        &mut plan,
        PersonEdit::AssignRole {
            person: ana.clone(),
            role: role(FINANCE),
        },
    );
    assert_eq!(
        done,
        Applied::labelled("give Finance Officer to Ana Ruiz")
            .with_notice("Ana Ruiz now holds Finance Officer.")
    );
    let take = |role_id: &str| PersonEdit::UnassignRole {
        person: ana.clone(),
        role: role(role_id),
    };
    refused(
        &mut plan,
        take("gone"),
        EditError::NoSuchMatrixRole(role("gone")),
    );
    let done = applied(&mut plan, take(FINANCE));
    assert_eq!(
        done,
        Applied::labelled("take Finance Officer from Ana Ruiz")
            .with_notice("Ana Ruiz no longer holds Finance Officer."),
        "nothing owned, so no Undo offer"
    );
    let id = first_statement(&plan);
    applied(
        &mut plan,
        StatementEdit::SetOwner {
            id: id.clone(),
            owner: Some(ana.clone()),
        },
    );
    let done = applied(&mut plan, take(DISTRICT));
    assert_eq!(
        done.regrettable.as_deref(),
        Some("Took District-level Administration from Ana Ruiz, clearing 1 owned statements")
    );
    assert_eq!(plan.matrix.statement(&id).unwrap().owner, None);
}

#[test]
fn deleting_a_person_clears_what_they_owned() {
    let (mut plan, ana) = staffed();
    let id = first_statement(&plan);
    applied(
        &mut plan,
        StatementEdit::SetOwner {
            id: id.clone(),
            owner: Some(ana.clone()),
        },
    );
    let done = applied(&mut plan, PersonEdit::Delete { id: ana.clone() });
    assert_eq!(
        done,
        Applied::labelled("delete Ana Ruiz")
            .regrettable("Deleted Ana Ruiz")
            .with_notice("Deleted Ana Ruiz.")
    );
    assert!(plan.matrix.people.is_empty());
    assert_eq!(plan.matrix.statement(&id).unwrap().owner, None);
    refused(
        &mut plan,
        PersonEdit::Delete { id: ana.clone() },
        EditError::NoSuchPerson(ana),
    );
}

// ----- the whole matrix -----------------------------------------------------

#[test]
fn restoring_the_matrix_keeps_people_and_optionally_assessments() {
    let (mut plan, ana) = staffed();
    let id = first_statement(&plan);
    applied(
        &mut plan,
        StatementEdit::SetStatus {
            id: id.clone(),
            status: Status::Gap,
        },
    );
    applied(
        &mut plan,
        AreaEdit::Add {
            name: "Extra".into(),
        },
    );
    let done = applied(
        &mut plan,
        MatrixEdit::RestoreAll {
            keep_assessments: true,
        },
    );
    assert_eq!(
        done,
        Applied::labelled("restore the matrix to the source")
            .regrettable("Restored the matrix to the source")
            .with_notice("The matrix is back to the source text. Your people are kept.")
    );
    assert_eq!(plan.matrix.areas.len(), Matrix::from_source().areas.len());
    assert_eq!(plan.matrix.statement(&id).unwrap().status, Status::Gap);
    assert!(plan.matrix.person(&ana).is_some());
    applied(
        &mut plan,
        MatrixEdit::RestoreAll {
            keep_assessments: false,
        },
    );
    assert_eq!(
        plan.matrix.statement(&id).unwrap().status,
        Status::NotAssessed
    );
}

#[test]
fn matrix_edits_are_one_undo_step_each() {
    let id = StatementId::new("s");
    let edits: Vec<Edit> = vec![
        StatementEdit::SetText {
            id: id.clone(),
            text: "t".into(),
        }
        .into(),
        StatementEdit::SetNote {
            id,
            note: "n".into(),
        }
        .into(),
        CellEdit::SetLeadIn {
            role: role(DISTRICT),
            area: area(DECISION),
            text: "l".into(),
        }
        .into(),
        MatrixRoleEdit::Rename {
            id: role(DISTRICT),
            name: "n".into(),
        }
        .into(),
        AreaEdit::Rename {
            id: area(DECISION),
            name: "n".into(),
        }
        .into(),
        PersonEdit::Rename {
            id: "p".into(),
            name: "n".into(),
        }
        .into(),
        MatrixEdit::RestoreAll {
            keep_assessments: true,
        }
        .into(),
    ];
    for edit in edits {
        assert_eq!(edit.typing_field(), None, "{edit:?}");
    }
}

#[test]
fn refusals_read_as_sentences() {
    assert_eq!(
        EditError::NameRequired("person").to_string(),
        "A person needs a name (use Delete to remove one)"
    );
    assert_eq!(
        EditError::NotRoleHolder {
            person: "ana".into(),
            role: role(FINANCE),
        }
        .to_string(),
        "Person \"ana\" does not hold role \"finance-officer\": give them the role in the People tab first"
    );
}
