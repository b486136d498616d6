use super::*;
use crate::model::matrix::Matrix;

/// Roles "Principal" and "Coach", areas "Vision" and "Budget"; people
/// Ana (principal) and Ben (coach).
fn plan() -> Plan {
    let mut plan = Plan::default();
    plan.matrix = serde_json::from_value::<Matrix>(serde_json::json!({
        "roles": [
            {"id": "principal", "name": "Principal"},
            {"id": "coach", "name": "Coach"}
        ],
        "areas": [
            {"id": "vision", "name": "Vision"},
            {"id": "budget", "name": "Budget"}
        ],
        "cells": [
            {"role": "principal", "area": "vision", "statements": [
                {"id": "s1", "text": "Sets a shared vision", "status": "in_progress", "owner": "ana"},
                {"id": "s2", "text": "Shares data with staff"}
            ]},
            {"role": "principal", "area": "budget"},
            {"role": "coach", "area": "vision"},
            {"role": "coach", "area": "budget", "statements": [
                {"id": "s3", "text": "Tracks spending", "status": "gap"}
            ]}
        ],
        "people": [
            {"id": "ana", "name": "Ana Ruiz", "roles": ["principal"]},
            {"id": "ben", "name": "Ben Oduya", "roles": ["coach"]}
        ]
    }))
    .unwrap();
    plan.teacher_roles = Default::default();
    assert_eq!(plan.validate(), Ok(()));
    plan
}

fn texts(comparison: &Comparison) -> Vec<String> {
    comparison
        .statements
        .iter()
        .flat_map(|g| {
            g.changes
                .iter()
                .map(move |c| format!("{} / {}: {c}", g.area, g.role))
        })
        .collect()
}

#[test]
fn the_same_plan_has_no_differences() {
    assert!(compare(&plan(), &plan()).is_empty());
    assert!(compare(&Plan::default(), &Plan::default()).is_empty());
}

#[test]
fn added_removed_reworded_and_status_changes_are_grouped_by_area_and_role() {
    let before = plan();
    let mut after = plan();
    let (vision, coach) = (AreaId::from("vision"), RoleId::from("coach"));
    after
        .matrix
        .add_statement(&coach, &vision, "Models lessons")
        .unwrap();
    after.matrix.delete_statement(&"s2".into()).unwrap();
    after
        .matrix
        .edit_statement(&"s3".into(), "Tracks spending monthly");
    after.matrix.set_status(&"s1".into(), Status::InPlace);
    let comparison = compare(&before, &after);
    assert_eq!(
        texts(&comparison),
        [
            "Vision / Principal: \"Sets a shared vision\": In progress → In place",
            "Vision / Principal: Removed: \"Shares data with staff\"",
            "Vision / Coach: Added: \"Models lessons\"",
            "Budget / Coach: Reworded: \"Tracks spending\" is now \"Tracks spending monthly\"",
        ]
    );
    assert!(comparison.people.is_empty() && comparison.roles.is_empty());
}

#[test]
fn a_statement_recreated_in_another_cell_is_moved_not_removed_and_added() {
    let before = plan();
    let mut after = plan();
    let moved = after.matrix.statement(&"s2".into()).unwrap().clone();
    after.matrix.delete_statement(&moved.id).unwrap();
    let new_id = after
        .matrix
        .add_statement(&"coach".into(), &"budget".into(), "shares DATA with staff")
        .unwrap();
    after.matrix.set_status(&new_id, Status::Gap);
    let comparison = compare(&before, &after);
    assert_eq!(
        texts(&comparison),
        [
            "Budget / Coach: Moved here from Vision · Principal: \"shares DATA with staff\"",
            "Budget / Coach: Reworded: \"Shares data with staff\" is now \"shares DATA with staff\"",
            "Budget / Coach: \"shares DATA with staff\": Not assessed → Gap",
        ]
    );
    assert!(!comparison.statement_changes().any(|c| matches!(
        c,
        StatementChange::Removed { .. } | StatementChange::Added { .. }
    )));
}

#[test]
fn renamed_roles_and_areas_are_named_as_they_are_now() {
    let before = plan();
    let mut after = plan();
    after.matrix.rename_role(&"coach".into(), "STEM coach");
    after.matrix.rename_area(&"budget".into(), "Resources");
    after.matrix.set_status(&"s3".into(), Status::InPlace);
    let comparison = compare(&before, &after);
    assert_eq!(
        comparison.roles,
        [NameChange::Renamed {
            before: "Coach".into(),
            after: "STEM coach".into()
        }]
    );
    assert_eq!(
        comparison.areas[0].to_string(),
        "Renamed \"Budget\" to \"Resources\""
    );
    assert_eq!(
        texts(&comparison),
        ["Resources / STEM coach: \"Tracks spending\": Gap → In place"]
    );
    assert!(comparison.holders.is_empty(), "renaming keeps the holders");
}

#[test]
fn deleted_people_renamed_people_and_role_holders() {
    let before = plan();
    let mut after = plan();
    after.delete_person(&"ana".into()).unwrap();
    after.matrix.rename_person(&"ben".into(), "Benjamin Oduya");
    let cara = after.matrix.add_person("Cara Lin", "Teacher").unwrap();
    after.matrix.assign_role(&cara, &"principal".into());
    let comparison = compare(&before, &after);
    assert_eq!(
        comparison.people,
        [
            NameChange::Removed("Ana Ruiz".into()),
            NameChange::Renamed {
                before: "Ben Oduya".into(),
                after: "Benjamin Oduya".into()
            },
            NameChange::Added("Cara Lin".into()),
        ]
    );
    assert_eq!(
        comparison
            .holders
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["Principal: now held by Cara Lin; no longer held by Ana Ruiz"]
    );
    assert_eq!(
        texts(&comparison),
        ["Vision / Principal: \"Sets a shared vision\": owner Ana Ruiz → nobody"]
    );
}

#[test]
fn removed_role_and_its_statements_keep_their_old_names() {
    let before = plan();
    let mut after = plan();
    after.delete_matrix_role(&"coach".into());
    let comparison = compare(&before, &after);
    assert_eq!(comparison.roles, [NameChange::Removed("Coach".into())]);
    assert_eq!(
        texts(&comparison),
        ["Budget / Coach: Removed: \"Tracks spending\""]
    );
}

#[test]
fn teacher_leader_roles_added_removed_and_retitled() {
    let mut before = plan();
    let kept = before.teacher_roles.add_blank();
    before.teacher_roles.get_mut(&kept).unwrap().title = "Coach".into();
    let dropped = before.teacher_roles.add_blank();
    before.teacher_roles.get_mut(&dropped).unwrap().title = "Mentor".into();
    let mut after = before.clone();
    // Added first: a fresh id after the delete could reuse "Mentor"'s,
    // and matching is by id.
    let added = after.teacher_roles.add_blank();
    after.teacher_roles.get_mut(&added).unwrap().title = "Lab lead".into();
    after
        .apply(crate::model::teacher_roles::TeacherRoleEdit::Delete { id: dropped })
        .unwrap();
    after.teacher_roles.get_mut(&kept).unwrap().title = "Instructional coach".into();
    assert_eq!(
        compare(&before, &after).teacher_roles,
        [
            NameChange::Removed("Mentor".into()),
            NameChange::Renamed {
                before: "Coach".into(),
                after: "Instructional coach".into()
            },
            NameChange::Added("Lab lead".into()),
        ]
    );
}
