//! Roles, areas, people and the whole matrix, through `Plan::apply`.

use super::*;

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
