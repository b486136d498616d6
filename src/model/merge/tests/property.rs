//! The point of the merge: whatever is chosen, the merged plan validates.

use super::*;
use crate::model::teacher_roles::TeacherRoleEdit;

/// Applies every combination of choices (keep or take, each difference)
/// and checks the merged plan validates; returns how many were tried.
fn every_combination_validates(this: &Plan, file: &Plan) -> usize {
    let found = differences(this, file).items;
    assert!(found.len() <= 12, "too many to try: {found:#?}");
    for bits in 0..1u32 << found.len() {
        let choices: Choices = found
            .iter()
            .enumerate()
            .map(|(n, d)| {
                let take = bits & (1 << n) != 0;
                let choice = if take {
                    Choice::TakeFile
                } else {
                    Choice::KeepThis
                };
                (d.key.clone(), choice)
            })
            .collect();
        let merged =
            apply(this, file, &choices).unwrap_or_else(|e| panic!("choices {choices:?}: {e}"));
        assert_eq!(merged.plan.validate(), Ok(()), "choices {choices:?}");
    }
    1 << found.len()
}

#[test]
fn a_person_deleted_in_one_copy_and_given_a_statement_in_the_other() {
    let (mut this, mut file) = exchanged();
    let ana = person(&this, "Ana Ruiz");
    this.delete_person(&ana).unwrap();
    let principal = role(&file, "Principal");
    let budget = person_statement(&mut file, "Plans the budget");
    file.matrix.set_owner(&budget, Some(&ana)).unwrap();
    let new = file
        .matrix
        .add_statement(&principal, &area(&file, "Budget"), "Signs off")
        .unwrap();
    file.matrix.set_owner(&new, Some(&ana)).unwrap();
    assert!(every_combination_validates(&this, &file) >= 8);
    // Both directions.
    assert!(every_combination_validates(&file, &this) >= 8);
}

fn person_statement(plan: &mut Plan, text: &str) -> StatementId {
    statement_mut(plan, text).id.clone()
}

#[test]
fn roles_deleted_against_links_to_them() {
    let (mut this, mut file) = exchanged();
    // This plan deletes the Coach role (its statement and the teacher-leader
    // role's link go) and the teacher-leader role (its goal link and cost
    // line go).
    let coach = role(&this, "Coach");
    this.delete_matrix_role(&coach);
    let tl = this.teacher_roles.roles[0].id.clone();
    this.apply(TeacherRoleEdit::Delete { id: tl.clone() })
        .unwrap();
    // The file gives Ben the Coach role and a new Coach statement, marks a
    // Coach cell N/A-free lead-in, edits the teacher-leader role and adds a
    // cost line for it.
    let ben = person(&file, "Ben Oduya");
    file.matrix.assign_role(&ben, &coach);
    let budget = area(&file, "Budget");
    let new = file
        .matrix
        .add_statement(&coach, &budget, "Buys kits")
        .unwrap();
    file.matrix.set_owner(&new, Some(&ben)).unwrap();
    file.teacher_roles.get_mut(&tl).unwrap().leading_percent = Some(40);
    let year = SchoolYear::parse("2026-27").unwrap();
    file.implementation
        .sustainability
        .add_role_line(
            &year,
            tl,
            RoleCostBasis::Stipend {
                amount: Cents::from_cents(5_000),
            },
            &file.teacher_roles,
        )
        .unwrap();
    assert!(every_combination_validates(&this, &file) >= 16);
    assert!(every_combination_validates(&file, &this) >= 16);
}

#[test]
fn an_area_deleted_against_an_n_a_mark_and_a_moved_statement() {
    let (mut this, mut file) = exchanged();
    let vision = area(&this, "Vision");
    this.matrix.delete_area(&vision);
    let (principal, budget) = (role(&file, "Principal"), area(&file, "Budget"));
    // The file moves a Vision statement to Budget (same id) and marks
    // the Coach × Budget cell N/A.
    let moved = statement_mut(&mut file, "Sets a shared vision").clone();
    file.matrix.delete_statement(&moved.id).unwrap();
    let cell = file
        .matrix
        .cells
        .iter_mut()
        .find(|c| c.role == principal && c.area == budget)
        .unwrap();
    cell.statements.insert(0, moved);
    let coach = role(&file, "Coach");
    file.matrix.set_not_applicable(&coach, &budget, true);
    // This plan gives that cell a statement.
    this.matrix
        .add_statement(&coach, &budget, "Orders supplies")
        .unwrap();
    assert!(every_combination_validates(&this, &file) >= 8);
    assert!(every_combination_validates(&file, &this) >= 8);
}
