use super::*;
use crate::model::validation::{IdKind, OwnerError, Problem, ValidationError};

use std::sync::LazyLock;

static DISTRICT: LazyLock<RoleId> = LazyLock::new(|| RoleId::new("district-administration"));
static FINANCE: LazyLock<RoleId> = LazyLock::new(|| RoleId::new("finance-officer"));
static STUDENTS: LazyLock<RoleId> = LazyLock::new(|| RoleId::new("student-leaders"));
static DECISION: LazyLock<AreaId> = LazyLock::new(|| AreaId::new("decision-making"));
static PD: LazyLock<AreaId> = LazyLock::new(|| AreaId::new("professional-development"));
static BUDGET: LazyLock<AreaId> = LazyLock::new(|| AreaId::new("budgetary-support"));

fn m() -> Matrix {
    Matrix::from_source()
}

fn texts(m: &Matrix, role: &RoleId, area: &AreaId) -> Vec<String> {
    m.cell(role, area)
        .map(|c| c.statements.iter().map(|s| s.text.clone()).collect())
        .unwrap_or_default()
}

fn ids(m: &Matrix, role: &RoleId, area: &AreaId) -> Vec<StatementId> {
    m.cell(role, area)
        .map(|c| c.statements.iter().map(|s| s.id.clone()).collect())
        .unwrap_or_default()
}

/// A matrix with one person holding District and Finance, owning a statement.
fn staffed() -> (Matrix, PersonId) {
    let mut m = m();
    let ana = m.add_person("Ana Ruiz", "Superintendent").expect("named");
    assert!(m.assign_role(&ana, &DISTRICT));
    assert!(m.assign_role(&ana, &FINANCE));
    (m, ana)
}

#[test]
fn source_matrix_is_valid_and_complete() {
    let m = m();
    assert_eq!(m.validate(), Ok(()));
    assert_eq!(m.roles.len(), 6);
    assert_eq!(m.areas.len(), 10);
    assert_eq!(m.cells.len(), 60);
    assert!(m.people.is_empty());
    assert_eq!(m.statement_count(), m.summary().not_assessed.len());
}

#[test]
fn add_statement_appends_with_fresh_id_and_clears_na() {
    let mut m = m();
    let id = m
        .add_statement(&DISTRICT, &DECISION, "  Reviews data yearly ")
        .expect("added");
    assert_eq!(id, "s-1");
    assert_eq!(
        texts(&m, &DISTRICT, &DECISION).last().map(String::as_str),
        Some("Reviews data yearly")
    );
    let second = m
        .add_statement(&DISTRICT, &DECISION, "Another")
        .expect("added");
    assert_eq!(second, "s-2");
    assert_eq!(m.add_statement(&DISTRICT, &DECISION, "   "), None);
    assert_eq!(
        m.add_statement(&RoleId::new("nobody"), &DECISION, "x"),
        None
    );
    // N/A cell becomes applicable.
    assert!(m.cell(&STUDENTS, &BUDGET).is_some_and(|c| c.not_applicable));
    m.add_statement(&STUDENTS, &BUDGET, "Raises funds at events")
        .expect("added");
    let cell = m.cell(&STUDENTS, &BUDGET).expect("cell");
    assert!(!cell.not_applicable);
    assert_eq!(cell.statements.len(), 1);
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn edit_statement_replaces_text_and_refuses_empty() {
    let mut m = m();
    let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
    assert!(m.edit_statement(&id, " New text "));
    assert_eq!(m.statement(&id).map(|s| s.text.as_str()), Some("New text"));
    assert!(!m.edit_statement(&id, "  "));
    assert_eq!(m.statement(&id).map(|s| s.text.as_str()), Some("New text"));
    assert!(!m.edit_statement(&StatementId::new("missing"), "x"));
}

#[test]
fn delete_statement_returns_it() {
    let mut m = m();
    let before = ids(&m, &DISTRICT, &PD);
    let gone = m.delete_statement(&before[1]).expect("deleted");
    assert_eq!(
        gone.text,
        "Provide STEM Education Leadership and teacher PD"
    );
    assert_eq!(
        ids(&m, &DISTRICT, &PD),
        vec![before[0].clone(), before[2].clone()]
    );
    assert_eq!(m.delete_statement(&before[1]), None);
}

#[test]
fn move_statement_within_cell() {
    let mut m = m();
    let before = ids(&m, &DISTRICT, &PD);
    assert!(m.move_statement(&before[0], 1));
    assert_eq!(
        ids(&m, &DISTRICT, &PD),
        vec![before[1].clone(), before[0].clone(), before[2].clone()]
    );
    assert!(m.move_statement(&before[2], -2));
    assert_eq!(
        ids(&m, &DISTRICT, &PD),
        vec![before[2].clone(), before[1].clone(), before[0].clone()]
    );
    assert!(!m.move_statement(&before[2], -1), "already first");
    assert!(!m.move_statement(&before[0], 1), "already last");
    assert!(!m.move_statement(&before[0], 0));
    assert!(!m.move_statement(&StatementId::new("missing"), 1));
}

#[test]
fn status_and_note_set_and_trim() {
    let mut m = m();
    let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
    assert!(m.set_status(&id, Status::Gap));
    assert_eq!(m.statement(&id).map(|s| s.status), Some(Status::Gap));
    assert!(m.set_note(&id, "  ask the board "));
    assert_eq!(
        m.statement(&id).map(|s| s.note.as_str()),
        Some("ask the board")
    );
    assert!(!m.set_status(&StatementId::new("missing"), Status::Gap));
    assert!(!m.set_note(&StatementId::new("missing"), "x"));
}

#[test]
fn owner_must_hold_the_cells_role() {
    let (mut m, ana) = staffed();
    let district = ids(&m, &DISTRICT, &DECISION)[0].clone();
    let student = ids(&m, &STUDENTS, &DECISION)[0].clone();
    assert_eq!(m.set_owner(&district, Some(&ana)), Ok(()));
    assert_eq!(
        m.statement(&district).and_then(|s| s.owner.clone()),
        Some(ana.clone())
    );
    let refused = m.set_owner(&student, Some(&ana)).unwrap_err();
    assert_eq!(
        refused,
        OwnerError::DoesNotHoldRole {
            person: ana.clone(),
            role: STUDENTS.clone()
        }
    );
    assert_eq!(
        refused.to_string(),
        "person \"person-1\" does not hold role \"student-leaders\""
    );
    let ghost = PersonId::new("ghost");
    assert_eq!(
        m.set_owner(&district, Some(&ghost))
            .map_err(|e| e.to_string()),
        Err("no person with id \"ghost\"".into())
    );
    assert_eq!(
        m.set_owner(&StatementId::new("missing"), None)
            .map_err(|e| e.to_string()),
        Err("no statement with id \"missing\"".into())
    );
    assert_eq!(m.set_owner(&district, None), Ok(()));
    assert_eq!(m.statement(&district).and_then(|s| s.owner.clone()), None);
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn marking_na_removes_statements_and_lead_in() {
    let mut m = m();
    let area = &AreaId::new("curricular-aspects");
    let role = &RoleId::new("building-administration");
    let removed = m.set_not_applicable(role, area, true);
    assert_eq!(removed.len(), 6);
    let cell = m.cell(role, area).expect("cell");
    assert!(cell.not_applicable && cell.statements.is_empty() && cell.lead_in.is_empty());
    assert_eq!(m.validate(), Ok(()));
    assert!(m.set_not_applicable(role, area, false).is_empty());
    assert!(!m.cell(role, area).expect("cell").not_applicable);
    assert!(m
        .set_not_applicable(&RoleId::new("nobody"), area, true)
        .is_empty());
}

#[test]
fn lead_in_can_be_edited() {
    let mut m = m();
    assert!(m.set_lead_in(&DISTRICT, &DECISION, " For all schools: "));
    assert_eq!(
        m.cell(&DISTRICT, &DECISION).map(|c| c.lead_in.as_str()),
        Some("For all schools:")
    );
    assert!(!m.set_lead_in(&RoleId::new("nobody"), &DECISION, "x"));
}

#[test]
fn restore_cell_brings_back_text_and_keeps_assessments() {
    let (mut m, ana) = staffed();
    let original = m.cell(&DISTRICT, &PD).cloned().expect("cell");
    let first = original.statements[0].id.clone();
    m.set_status(&first, Status::InPlace);
    m.set_owner(&first, Some(&ana)).expect("holds role");
    m.set_note(&first, "done in 2024");
    m.edit_statement(&first, "changed");
    m.delete_statement(&original.statements[2].id);
    m.add_statement(&DISTRICT, &PD, "extra").expect("added");
    m.set_lead_in(&DISTRICT, &PD, "lead");
    assert!(m.restore_cell(&DISTRICT, &PD));
    let cell = m.cell(&DISTRICT, &PD).expect("cell");
    assert_eq!(cell.lead_in, "");
    assert_eq!(
        cell.statements
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>(),
        original
            .statements
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
    );
    let kept = &cell.statements[0];
    assert_eq!(
        (kept.status, kept.owner.as_ref(), kept.note.as_str()),
        (Status::InPlace, Some(&ana), "done in 2024")
    );
    assert_eq!(cell.statements[2].status, Status::NotAssessed);
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn restore_cell_brings_back_na_and_refuses_custom_pairs() {
    let mut m = m();
    m.set_not_applicable(&STUDENTS, &BUDGET, false);
    m.add_statement(&STUDENTS, &BUDGET, "x");
    assert!(m.restore_cell(&STUDENTS, &BUDGET));
    let cell = m.cell(&STUDENTS, &BUDGET).expect("cell");
    assert!(cell.not_applicable && cell.statements.is_empty());
    let role = m.add_role("Board", "").expect("added");
    assert!(!m.restore_cell(&role, &DECISION));
    assert!(!Matrix::has_source_cell(&role, &DECISION));
    assert!(Matrix::has_source_cell(&DISTRICT, &DECISION));
    m.delete_area(&DECISION);
    assert!(
        !m.restore_cell(&DISTRICT, &DECISION),
        "cell no longer exists"
    );
}

#[test]
fn restore_cell_renames_a_source_id_used_elsewhere() {
    let mut m = m();
    let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
    // A hand-edited file could move a source statement to another cell.
    let s = m.delete_statement(&id).expect("deleted");
    m.cells
        .iter_mut()
        .find(|c| c.role == *FINANCE && c.area == *DECISION)
        .expect("cell")
        .statements
        .push(s);
    assert!(m.restore_cell(&DISTRICT, &DECISION));
    assert_ne!(ids(&m, &DISTRICT, &DECISION)[0], id);
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn restore_all_keeps_people_and_optionally_assessments() {
    let (mut m, ana) = staffed();
    let first = ids(&m, &DISTRICT, &DECISION)[0].clone();
    m.set_status(&first, Status::Gap);
    m.set_owner(&first, Some(&ana)).expect("holds role");
    let board = m.add_role("School Board", "").expect("added");
    m.assign_role(&ana, &board);
    m.add_area("Equity").expect("added");
    m.rename_role(&DISTRICT, "District office");
    m.delete_role(&FINANCE);
    m.move_area(&DECISION, 3);

    let mut kept = m.clone();
    let removed = kept.restore_all(true);
    assert_eq!(removed, vec![board.clone()]);
    let mut fresh = Matrix::from_source();
    fresh.people = kept.people.clone();
    assert_eq!(
        kept.people[0].roles,
        vec![DISTRICT.clone()],
        "links to removed roles dropped; deleted Finance not restored to the person"
    );
    assert_eq!(kept.statement(&first).map(|s| s.status), Some(Status::Gap));
    assert_eq!(
        kept.statement(&first).and_then(|s| s.owner.clone()),
        Some(ana.clone())
    );
    assert_eq!(kept.roles, fresh.roles);
    assert_eq!(kept.areas, fresh.areas);
    assert_eq!(kept.validate(), Ok(()));

    let removed = m.restore_all(false);
    assert_eq!(removed, vec![board]);
    assert_eq!(m, fresh);
}

#[test]
fn add_role_creates_a_cell_per_area() {
    let mut m = m();
    let id = m
        .add_role(" School Board ", " Elected members ")
        .expect("added");
    assert_eq!(id, "role-1");
    let role = m.role(&id).expect("role");
    assert_eq!(
        (role.name.as_str(), role.description.as_str()),
        ("School Board", "Elected members")
    );
    assert_eq!(m.roles.last().map(|r| r.id.as_str()), Some("role-1"));
    assert_eq!(m.cells.len(), 70);
    assert!(m.areas.iter().all(|a| m
        .cell(&id, &a.id)
        .is_some_and(|c| c.statements.is_empty() && !c.not_applicable)));
    assert_eq!(m.add_role("  ", ""), None);
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn rename_and_describe_role() {
    let mut m = m();
    assert!(m.rename_role(&FINANCE, " Business Manager "));
    assert_eq!(
        m.role(&FINANCE).map(|r| r.name.as_str()),
        Some("Business Manager")
    );
    assert!(!m.rename_role(&FINANCE, " "));
    assert!(!m.rename_role(&RoleId::new("nobody"), "x"));
    assert!(m.describe_role(&FINANCE, " CFO "));
    assert_eq!(
        m.role(&FINANCE).map(|r| r.description.as_str()),
        Some("CFO")
    );
    assert!(m.describe_role(&FINANCE, ""));
    assert!(!m.describe_role(&RoleId::new("nobody"), "x"));
}

#[test]
fn delete_role_removes_cells_links_and_owners() {
    let (mut m, ana) = staffed();
    let fin = ids(&m, &FINANCE, &DECISION)[0].clone();
    m.set_owner(&fin, Some(&ana)).expect("holds role");
    m.delete_role(&FINANCE);
    assert!(m.role(&FINANCE).is_none());
    assert_eq!(m.cells.len(), 50);
    assert!(m.cells.iter().all(|c| c.role != *FINANCE));
    assert_eq!(m.people[0].roles, vec![DISTRICT.clone()]);
    assert_eq!(m.statement(&fin), None);
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn move_role_and_area() {
    let mut m = m();
    assert!(m.move_role(&FINANCE, -1));
    assert_eq!(m.roles[0].id, *FINANCE);
    assert!(!m.move_role(&FINANCE, -1));
    assert!(m.move_role(&FINANCE, 5));
    assert_eq!(m.roles[5].id, *FINANCE);
    assert!(!m.move_role(&FINANCE, 1));
    assert!(!m.move_role(&RoleId::new("nobody"), 1));
    assert!(m.move_area(&AreaId::new("advocacy"), -9));
    assert_eq!(m.areas[0].id, "advocacy");
    assert_eq!(m.areas[1].id, *DECISION);
    assert!(!m.move_area(&AreaId::new("advocacy"), -1));
    assert!(!m.move_area(&AreaId::new("nobody"), 1));
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn add_rename_delete_area() {
    let mut m = m();
    let id = m.add_area(" Equity ").expect("added");
    assert_eq!(id, "area-1");
    assert_eq!(m.cells.len(), 66);
    assert!(m.roles.iter().all(|r| m.cell(&r.id, &id).is_some()));
    assert_eq!(m.add_area(""), None);
    assert!(m.rename_area(&id, "Equity and access"));
    assert_eq!(
        m.area(&id).map(|a| a.name.as_str()),
        Some("Equity and access")
    );
    assert!(!m.rename_area(&id, " "));
    assert!(!m.rename_area(&AreaId::new("nowhere"), "x"));
    assert_eq!(m.validate(), Ok(()));
    assert!(m.delete_area(&DECISION));
    assert!(!m.delete_area(&DECISION));
    assert_eq!(m.cells.len(), 60);
    assert!(m.cells.iter().all(|c| c.area != *DECISION));
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn people_add_edit_delete() {
    let mut m = m();
    let a = m.add_person(" Ana ", " Principal ").expect("added");
    let b = m.add_person("Ben", "").expect("added");
    assert_eq!((a.as_str(), b.as_str()), ("person-1", "person-2"));
    assert_eq!(
        m.person(&a).map(|p| (p.name.as_str(), p.position.as_str())),
        Some(("Ana", "Principal"))
    );
    assert_eq!(m.add_person("  ", "x"), None);
    assert!(m.rename_person(&a, "Ana Ruiz"));
    assert!(!m.rename_person(&a, ""));
    assert!(!m.rename_person(&PersonId::new("ghost"), "x"));
    assert!(m.set_position(&b, "Coach"));
    assert!(!m.set_position(&PersonId::new("ghost"), "x"));
    assert_eq!(m.person(&b).map(|p| p.position.as_str()), Some("Coach"));
    m.assign_role(&a, &DISTRICT);
    let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
    m.set_owner(&id, Some(&a)).expect("holds role");
    assert_eq!(m.delete_person(&a).map(|p| p.name), Some("Ana Ruiz".into()));
    assert_eq!(m.statement(&id).and_then(|s| s.owner.clone()), None);
    assert_eq!(m.delete_person(&a), None);
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn assign_and_unassign_roles() {
    let (mut m, ana) = staffed();
    assert_eq!(m.people[0].roles, vec![DISTRICT.clone(), FINANCE.clone()]);
    assert!(m.assign_role(&ana, &DISTRICT), "holding twice is a no-op");
    assert_eq!(m.people[0].roles.len(), 2);
    assert!(!m.assign_role(&ana, &RoleId::new("nobody")));
    assert!(!m.assign_role(&PersonId::new("ghost"), &DISTRICT));
    assert_eq!(m.holders(&DISTRICT).len(), 1);
    let d = ids(&m, &DISTRICT, &DECISION)[0].clone();
    let f = ids(&m, &FINANCE, &DECISION)[0].clone();
    m.set_owner(&d, Some(&ana)).expect("holds");
    m.set_owner(&f, Some(&ana)).expect("holds");
    assert!(m.unassign_role(&ana, &FINANCE));
    assert!(!m.unassign_role(&ana, &FINANCE));
    assert!(!m.unassign_role(&PersonId::new("ghost"), &FINANCE));
    assert_eq!(m.statement(&f).and_then(|s| s.owner.clone()), None);
    assert_eq!(m.statement(&d).and_then(|s| s.owner.clone()), Some(ana));
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn owned_counts_and_unheld_roles() {
    let (mut m, ana) = staffed();
    let unheld = |m: &Matrix| -> Vec<RoleId> {
        m.roles_without_people()
            .iter()
            .map(|r| r.id.clone())
            .collect()
    };
    assert_eq!(unheld(&m).len(), 4);
    assert!(!unheld(&m).contains(&DISTRICT));
    assert_eq!(unheld(&m), m.summary().roles_without_people);
    let d = ids(&m, &DISTRICT, &DECISION)[0].clone();
    let f = ids(&m, &FINANCE, &DECISION)[0].clone();
    let f2 = ids(&m, &FINANCE, &PD)[0].clone();
    for id in [&d, &f, &f2] {
        m.set_owner(id, Some(&ana)).expect("holds");
    }
    assert_eq!(m.owned_count(&ana), 3);
    assert_eq!(m.owned_count_in_role(&ana, &FINANCE), 2);
    assert_eq!(m.owned_count_in_role(&ana, &STUDENTS), 0);
    assert_eq!(m.summary().person_load, vec![(ana.clone(), 3)]);
    m.unassign_role(&ana, &FINANCE);
    assert_eq!(
        m.owned_count(&ana),
        1,
        "taking the role cleared what it said"
    );
    assert!(unheld(&m).contains(&FINANCE));
}

// Find, the tally and the summary; the stored form and its rules.
mod summary_and_format;
