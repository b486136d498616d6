//! Crafted pairs of copies from a common base: each copy marked shared as
//! if the file was exchanged, then edited on its own.

mod property;
mod versions;

use super::*;
use crate::model::implementation::{Cents, RoleCostBasis, SchoolYear};
use crate::model::matrix::{Statement, Status};
use crate::model::values::ids::{LineageId, PersonId, RoleId, StatementId};

/// A small plan: two roles, two areas, three statements, Ana holding the
/// first role and owning the first statement, a teacher-leader role serving
/// the second matrix role, pursuing a goal and priced for 2026-27.
pub(super) fn base() -> Plan {
    let mut plan = Plan::blank();
    plan.lineage = Some(LineageId::new("ln-base"));
    let m = &mut plan.matrix;
    let principal = m.add_role("Principal", "").unwrap();
    let coach = m.add_role("Coach", "").unwrap();
    let vision = m.add_area("Vision").unwrap();
    let budget = m.add_area("Budget").unwrap();
    let shared = m
        .add_statement(&principal, &vision, "Sets a shared vision")
        .unwrap();
    m.add_statement(&coach, &vision, "Models lessons").unwrap();
    m.add_statement(&principal, &budget, "Plans the budget")
        .unwrap();
    let ana = m.add_person("Ana Ruiz", "Principal").unwrap();
    m.assign_role(&ana, &principal);
    m.set_owner(&shared, Some(&ana)).unwrap();
    m.add_person("Ben Oduya", "Teacher").unwrap();
    let tl = plan.teacher_roles.add_blank();
    let role = plan.teacher_roles.get_mut(&tl).unwrap();
    role.title = "Lab lead".into();
    role.set_matrix_role(Some(coach));
    plan.implementation
        .goals
        .push(crate::model::implementation::Goal::new(
            "goal-1".into(),
            "More girls in robotics",
        ));
    plan.implementation
        .set_goal_role(&"goal-1".into(), &tl, true, &plan.teacher_roles)
        .unwrap();
    let year = SchoolYear::parse("2026-27").unwrap();
    let s = &mut plan.implementation.sustainability;
    s.add_year(year).unwrap();
    s.add_role_line(
        &year,
        tl,
        RoleCostBasis::Stipend {
            amount: Cents::from_cents(100_000),
        },
        &plan.teacher_roles,
    )
    .unwrap();
    assert_eq!(plan.validate(), Ok(()));
    plan
}

/// The base as both copies have it after the file was exchanged.
pub(super) fn exchanged() -> (Plan, Plan) {
    let mut this = base();
    this.mark_shared();
    let file = this.clone();
    (this, file)
}

pub(super) fn statement_mut<'p>(plan: &'p mut Plan, text: &str) -> &'p mut Statement {
    plan.matrix
        .cells
        .iter_mut()
        .flat_map(|c| c.statements.iter_mut())
        .find(|s| s.text == text)
        .unwrap()
}

fn statement_id(plan: &Plan, text: &str) -> StatementId {
    let mut copy = plan.clone();
    statement_mut(&mut copy, text).id.clone()
}

fn key_of(plan: &Plan, text: &str) -> String {
    format!("statement:{}", statement_id(plan, text))
}

fn person(plan: &Plan, name: &str) -> PersonId {
    plan.matrix
        .people
        .iter()
        .find(|p| p.name == name)
        .unwrap()
        .id
        .clone()
}

fn role(plan: &Plan, name: &str) -> RoleId {
    let found = plan.matrix.roles.iter().find(|r| r.name == name);
    found.unwrap().id.clone()
}

fn area(plan: &Plan, name: &str) -> crate::model::values::ids::AreaId {
    let found = plan.matrix.areas.iter().find(|a| a.name == name);
    found.unwrap().id.clone()
}

fn choose(key: &str, choice: Choice) -> Choices {
    Choices::from([(key.to_string(), choice)])
}

#[test]
fn copies_that_match_have_no_differences() {
    let (this, file) = exchanged();
    assert!(differences(&this, &file).is_empty());
    let merged = apply(&this, &file, &Choices::new()).unwrap();
    assert_eq!(merged.summary, "merge the file (no changes taken)");
    assert_eq!(merged.plan, this);
}

#[test]
fn both_changed_one_statement_is_a_conflict_until_chosen() {
    let (mut this, mut file) = exchanged();
    statement_mut(&mut this, "Sets a shared vision").text = "Sets the vision".into();
    statement_mut(&mut file, "Sets a shared vision").status = Status::InPlace;
    let key = key_of(&this, "Sets the vision");
    let found = differences(&this, &file);
    assert_eq!(found.items.len(), 1, "{found:?}");
    let d = &found.items[0];
    assert_eq!(d.key, key);
    assert_eq!(
        (d.kind, d.state, d.default),
        (DiffKind::Changed, DiffState::Conflict, None)
    );
    assert_eq!(d.label, "Statement “Sets the vision” (Principal, Vision)");
    assert_eq!(
        d.group,
        Group::Statements {
            area: "Vision".into(),
            role: "Principal".into()
        }
    );
    assert_eq!(
        d.file_side.as_deref(),
        Some("“Sets a shared vision” in (Principal, Vision): In place, owner Ana Ruiz")
    );
    assert_eq!(
        apply(&this, &file, &Choices::new()),
        Err(MergeError::Undecided(vec![d.label.clone()]))
    );
    let kept = apply(&this, &file, &choose(&key, Choice::KeepThis)).unwrap();
    assert_eq!(kept.plan.matrix, this.matrix);
    assert_eq!(kept.summary, "merge the file (no changes taken)");
    let taken = apply(&this, &file, &choose(&key, Choice::TakeFile)).unwrap();
    assert_eq!(taken.plan.matrix, file.matrix);
    assert_eq!(taken.summary, "merge 1 change from the file");
    // Merged: the file's version counts as seen, so merging the same file
    // again finds nothing to decide.
    let again = differences(&kept.plan, &file);
    assert_eq!(again.items[0].state, DiffState::OnlyThisChanged);
}

#[test]
fn one_side_changed_defaults_to_that_side_both_ways() {
    let (this, mut file) = exchanged();
    statement_mut(&mut file, "Models lessons").status = Status::Gap;
    let d = differences(&this, &file).items;
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].state, d[0].default),
        (DiffState::OnlyFileChanged, Some(Choice::TakeFile))
    );
    let merged = apply(&this, &file, &Choices::new()).unwrap();
    assert_eq!(
        statement_mut(&mut merged.plan.clone(), "Models lessons").status,
        Status::Gap
    );

    let (mut this, file) = exchanged();
    this.title = "Our plan".into();
    let d = differences(&this, &file).items;
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].key, "plan:plan");
    assert_eq!(
        (d[0].state, d[0].default),
        (DiffState::OnlyThisChanged, Some(Choice::KeepThis))
    );
    let merged = apply(&this, &file, &Choices::new()).unwrap();
    assert_eq!(merged.plan.title, "Our plan");
    let merged = apply(&this, &file, &choose("plan:plan", Choice::TakeFile)).unwrap();
    assert_eq!(merged.plan.title, file.title);
}

#[test]
fn a_deletion_against_an_edit_is_a_conflict() {
    let (mut this, mut file) = exchanged();
    let key = key_of(&this, "Plans the budget");
    let id = statement_id(&this, "Plans the budget");
    this.matrix.delete_statement(&id).unwrap();
    statement_mut(&mut file, "Plans the budget").note = "With the board".into();
    let d = differences(&this, &file).items;
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].kind, d[0].state, d[0].default),
        (DiffKind::Added, DiffState::Conflict, None)
    );
    assert_eq!(d[0].this_side, None);
    let back = apply(&this, &file, &choose(&key, Choice::TakeFile)).unwrap();
    assert_eq!(
        back.plan.matrix.statement(&id).unwrap().note,
        "With the board"
    );
    let gone = apply(&this, &file, &choose(&key, Choice::KeepThis)).unwrap();
    assert_eq!(gone.plan.matrix.statement(&id), None);
    // The other way round: the file deleted it, this plan edited it.
    let d = differences(&file, &this).items;
    assert_eq!(
        (d[0].kind, d[0].state),
        (DiffKind::Removed, DiffState::Conflict)
    );
}

#[test]
fn a_deletion_against_an_untouched_item_defaults_to_removal() {
    let (this, mut file) = exchanged();
    let id = statement_id(&this, "Models lessons");
    file.matrix.delete_statement(&id).unwrap();
    let d = differences(&this, &file).items;
    assert_eq!(
        (d[0].kind, d[0].state, d[0].default),
        (
            DiffKind::Removed,
            DiffState::OnlyFileChanged,
            Some(Choice::TakeFile)
        )
    );
    let merged = apply(&this, &file, &Choices::new()).unwrap();
    assert_eq!(merged.plan.matrix.statement(&id), None);
    // Seen from the file: this plan still has what the file deleted.
    let d = differences(&file, &this).items;
    assert_eq!(
        (d[0].kind, d[0].state, d[0].default),
        (
            DiffKind::Added,
            DiffState::OnlyThisChanged,
            Some(Choice::KeepThis)
        )
    );
}

#[test]
fn a_person_deleted_here_and_given_a_statement_there_is_brought_along() {
    let (mut this, mut file) = exchanged();
    let ben = person(&this, "Ben Oduya");
    this.delete_person(&ben).unwrap();
    let coach = role(&this, "Coach");
    file.matrix.assign_role(&ben, &coach);
    let models = statement_id(&file, "Models lessons");
    file.matrix.set_owner(&models, Some(&ben)).unwrap();
    // Ben: this plan deleted him, the file changed him: a conflict.
    let key = format!("person:{ben}");
    let merged = apply(&this, &file, &choose(&key, Choice::KeepThis)).unwrap();
    assert_eq!(
        merged.brought_along,
        ["Ben Oduya, owner of statement “Models lessons”"]
    );
    assert!(merged.plan.matrix.may_own(&ben, &coach));
    assert_eq!(merged.plan.validate(), Ok(()));
}

#[test]
fn reordered_roles_are_no_difference_and_this_order_is_kept() {
    let (mut this, mut file) = exchanged();
    let coach = role(&this, "Coach");
    file.matrix.move_role(&coach, -1);
    file.matrix.rename_role(&coach, "STEM coach");
    let d = differences(&this, &file).items;
    assert_eq!(d.len(), 1, "only the rename: {d:?}");
    assert_eq!(d[0].key, format!("role:{coach}"));
    let merged = apply(&this, &file, &Choices::new()).unwrap();
    let names: Vec<&str> = merged
        .plan
        .matrix
        .roles
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names, ["Principal", "STEM coach"]);
    // A role new in the file goes after its neighbour there.
    this.matrix.move_role(&coach, -1);
    let board = file.matrix.add_role("Board", "").unwrap();
    file.matrix.move_role(&board, -1);
    let merged = apply(&this, &file, &Choices::new()).unwrap();
    let names: Vec<&str> = merged
        .plan
        .matrix
        .roles
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names, ["STEM coach", "Board", "Principal"]);
    assert_eq!(merged.plan.validate(), Ok(()));
}

#[test]
fn items_added_on_both_sides_with_different_ids_are_both_kept() {
    let (mut this, mut file) = exchanged();
    let (principal, vision) = (role(&this, "Principal"), area(&this, "Vision"));
    this.matrix
        .add_statement(&principal, &vision, "Visits classrooms")
        .unwrap();
    // The file's new statement gets another id.
    file.matrix
        .add_statement(&principal, &vision, "Placeholder")
        .unwrap();
    file.matrix
        .add_statement(&principal, &vision, "Meets families")
        .unwrap();
    let placeholder = statement_id(&file, "Placeholder");
    file.matrix.delete_statement(&placeholder).unwrap();
    file.matrix.add_person("Cy Doe", "Counselor").unwrap();
    let d = differences(&this, &file).items;
    let states: Vec<(DiffKind, DiffState)> = d.iter().map(|d| (d.kind, d.state)).collect();
    assert_eq!(
        states,
        [
            (DiffKind::Removed, DiffState::OnlyThisChanged),
            (DiffKind::Added, DiffState::OnlyFileChanged),
            (DiffKind::Added, DiffState::OnlyFileChanged),
        ]
    );
    let merged = apply(&this, &file, &Choices::new()).unwrap();
    let cell = merged.plan.matrix.cell(&principal, &vision).unwrap();
    let texts: Vec<&str> = cell.statements.iter().map(|s| s.text.as_str()).collect();
    // The file's new statement follows its neighbour there.
    assert_eq!(
        texts,
        [
            "Sets a shared vision",
            "Meets families",
            "Visits classrooms"
        ]
    );
    assert_eq!(merged.plan.matrix.people.len(), 3);
    assert_eq!(merged.summary, "merge 2 changes from the file");
}

#[test]
fn the_same_id_added_on_both_sides_is_a_conflict() {
    let (mut this, mut file) = exchanged();
    this.matrix.add_person("Cy Doe", "Counselor").unwrap();
    file.matrix.add_person("Dee Park", "Coach").unwrap();
    let d = differences(&this, &file).items;
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].kind, d[0].state),
        (DiffKind::Changed, DiffState::Conflict)
    );
}

#[test]
fn same_lineage_needs_both_and_equal() {
    let (this, mut file) = exchanged();
    assert!(same_lineage(&this, &file));
    file.lineage = Some(LineageId::new("ln-other"));
    assert!(!same_lineage(&this, &file));
    file.lineage = None;
    assert!(!same_lineage(&this, &file));
    let mut none = this.clone();
    none.lineage = None;
    assert!(!same_lineage(&none, &file));
}

#[test]
fn the_merged_plan_keeps_this_lineage_and_both_sides_versions() {
    let (this, mut file) = exchanged();
    file.lineage = Some(LineageId::new("ln-other"));
    statement_mut(&mut file, "Models lessons").status = Status::Gap;
    let before = file.versions.clone();
    file.mark_shared();
    let merged = apply(&this, &file, &Choices::new()).unwrap();
    assert_eq!(merged.plan.lineage, this.lineage);
    for (key, hashes) in &file.versions.0 {
        for hash in hashes {
            assert!(merged.plan.versions.has_seen(key, hash), "{key} {hash}");
        }
    }
    assert_ne!(before, file.versions);
}
