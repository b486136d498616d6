use super::*;
use crate::model::teacher_roles::TeacherRole;

fn key_actions(imp: &Implementation, key: ConsiderationKey) -> Vec<String> {
    imp.actions(key).iter().map(|a| a.id.to_string()).collect()
}

fn matrix_with_person() -> (Matrix, PersonId) {
    let mut matrix = Matrix::from_source();
    let id = matrix.add_person("Ana Ruiz", "Principal").expect("added");
    (matrix, id)
}

fn roles_with(ids: &[&str]) -> TeacherRoles {
    TeacherRoles {
        roles: ids
            .iter()
            .map(|id| TeacherRole {
                title: format!("Role {id}"),
                ..TeacherRole::blank((*id).into())
            })
            .collect(),
    }
}

#[test]
fn team_actions_are_added_edited_reordered_and_deleted() {
    let mut imp = Implementation::from_source();
    let key = ConsiderationKey::Culture;
    let id = imp.add_action(key, "  Host a STEM open house  ").unwrap();
    assert_eq!(id.as_str(), "action-1");
    let added = imp.action(&id).unwrap();
    assert_eq!(added.text, "Host a STEM open house");
    assert!(!added.from_source());
    assert_eq!(imp.actions(key).len(), 5);
    assert_eq!(imp.consideration_of(&id), Some(key));

    assert_eq!(imp.add_action(key, "   "), Err(EditError::EmptyText));
    assert_eq!(imp.actions(key).len(), 5, "a refused add changes nothing");

    assert!(imp.move_action_up(&id));
    assert_eq!(key_actions(&imp, key)[3], "action-1");
    assert!(!imp.move_action_down(&ActionId::new("nope")));
    assert!(imp.move_action_down(&id));
    assert!(!imp.move_action_down(&id), "already last");
    let first = imp.actions(key)[0].id.clone();
    assert!(!imp.move_action_up(&first), "already first");

    imp.edit_action_text(&id, "Host a STEM night").unwrap();
    assert_eq!(imp.action(&id).unwrap().text, "Host a STEM night");
    assert_eq!(imp.edit_action_text(&id, ""), Err(EditError::EmptyText));
    assert_eq!(
        imp.edit_action_text(&ActionId::new("gone"), "x"),
        Err(EditError::NoSuchAction(ActionId::new("gone")))
    );

    let removed = imp.delete_action(&id).unwrap();
    assert_eq!(removed.text, "Host a STEM night");
    assert_eq!(imp.delete_action(&id), None);
    assert_eq!(imp.actions(key).len(), 4);
}

#[test]
fn actions_carry_status_owner_date_and_note() {
    let mut imp = Implementation::from_source();
    let (matrix, ana) = matrix_with_person();
    let id = ActionId::new("culture-promote");
    imp.set_action_status(&id, ActionStatus::Done).unwrap();
    imp.set_action_owner(&id, Some(ana.clone()), &matrix)
        .unwrap();
    let date = IsoDate::parse("2026-10-01").unwrap();
    imp.set_action_target_date(&id, Some(date.clone())).unwrap();
    imp.set_action_note(&id, "  board asked twice ").unwrap();
    let action = imp.action(&id).unwrap();
    assert_eq!(action.status, ActionStatus::Done);
    assert_eq!(action.owner.as_ref(), Some(&ana));
    assert_eq!(action.target_date.as_ref(), Some(&date));
    assert_eq!(action.note, "board asked twice");
    assert!(
        action.from_source(),
        "status and owner do not change the words"
    );

    let stranger = PersonId::new("person-99");
    assert_eq!(
        imp.set_action_owner(&id, Some(stranger.clone()), &matrix),
        Err(EditError::NoSuchPerson(stranger))
    );
    assert_eq!(imp.action(&id).unwrap().owner.as_ref(), Some(&ana));
    imp.set_action_owner(&id, None, &matrix).unwrap();
    assert_eq!(imp.action(&id).unwrap().owner, None);
    assert_eq!(imp.actions_owned_by(&ana).len(), 0);
}

#[test]
fn editing_a_source_action_makes_it_the_teams_and_restore_brings_the_words_back() {
    let mut imp = Implementation::from_source();
    let key = ConsiderationKey::LeadershipSkills;
    let meetings = ActionId::new("leadership-role-alike-meetings");
    imp.set_action_status(&meetings, ActionStatus::InProgress)
        .unwrap();
    imp.edit_action_text(&meetings, "Monthly role-alike meetings")
        .unwrap();
    assert!(!imp.action(&meetings).unwrap().from_source());
    let teams = ActionId::new("leadership-leadership-teams");
    imp.delete_action(&teams).unwrap();
    let own = imp.add_action(key, "Visit a partner district").unwrap();
    imp.move_action_up(&own);
    assert_eq!(
        imp.source_actions_to_restore(key),
        [
            "leadership-role-alike-meetings",
            "leadership-leadership-teams"
        ]
    );

    assert_eq!(imp.restore_source_actions(key), 2);
    let restored = imp.action(&meetings).unwrap();
    assert_eq!(
        restored.text,
        "regular role-alike meetings of STEM teacher leaders"
    );
    assert_eq!(restored.status, ActionStatus::InProgress, "status kept");
    assert!(restored.from_source());
    assert_eq!(
        key_actions(&imp, key),
        [
            "leadership-formal-training",
            "leadership-role-alike-meetings",
            "leadership-leadership-teams",
            "leadership-external-authority",
            "action-1",
            "leadership-stem-space",
        ],
        "the deleted action returns after its source predecessor; the team's stays"
    );
    assert!(imp.source_actions_to_restore(key).is_empty());
    assert_eq!(imp.restore_source_actions(key), 0);

    // A heading emptied entirely gets its actions back in source order.
    let culture = ConsiderationKey::Culture;
    for id in key_actions(&imp, culture) {
        imp.delete_action(&ActionId::new(id));
    }
    imp.considerations.remove(&culture);
    assert_eq!(imp.actions(culture).len(), 0);
    assert_eq!(imp.restore_source_actions(culture), 4);
    assert_eq!(imp, {
        let mut expected = imp.clone();
        expected.considerations.insert(
            culture,
            Implementation::from_source().actions(culture).to_vec(),
        );
        expected
    });
}

#[test]
fn progress_counts_done_of_planned() {
    let mut imp = Implementation::from_source();
    let total = imp.progress().total();
    assert_eq!(total, 5 + 3 + 4 + 5 + 4 + 5);
    assert_eq!(imp.progress().not_started, 26);
    let culture: Vec<ActionId> = imp
        .actions(ConsiderationKey::Culture)
        .iter()
        .map(|a| a.id.clone())
        .collect();
    imp.set_action_status(&culture[0], ActionStatus::Done)
        .unwrap();
    imp.set_action_status(&culture[1], ActionStatus::Done)
        .unwrap();
    imp.set_action_status(&culture[2], ActionStatus::NotPlanned)
        .unwrap();
    imp.set_action_status(&culture[3], ActionStatus::InProgress)
        .unwrap();
    let culture_progress = imp.progress_of(ConsiderationKey::Culture);
    assert_eq!(
        culture_progress,
        ActionProgress {
            not_started: 0,
            in_progress: 1,
            done: 2,
            not_planned: 1
        }
    );
    assert_eq!(culture_progress.planned(), 3);
    assert_eq!(culture_progress.percent_done(), 67);
    let all = imp.progress();
    assert_eq!((all.done, all.planned(), all.total()), (2, 25, 26));
    assert_eq!(all.count(ActionStatus::InProgress), 1);
    assert_eq!(ActionProgress::default().percent_done(), 0);

    let today = IsoDate::parse("2026-11-01").unwrap();
    let past = IsoDate::parse("2026-10-01").unwrap();
    imp.set_action_target_date(&culture[3], Some(past.clone()))
        .unwrap();
    imp.set_action_target_date(&culture[0], Some(past)).unwrap();
    let overdue = imp.overdue_actions(&today);
    assert_eq!(overdue.len(), 1, "done actions are not overdue");
    assert_eq!(overdue[0].1.id, culture[3]);
    assert!(imp
        .overdue_actions(&IsoDate::parse("2026-10-01").unwrap())
        .is_empty());
}

#[test]
fn documents_are_tracked_and_custom_ones_added() {
    let mut imp = Implementation::from_source();
    let (matrix, ana) = matrix_with_person();
    let hiring = DocumentId::new("hiring-criteria");
    imp.set_document_status(&hiring, DocumentStatus::Adopted)
        .unwrap();
    imp.set_document_owner(&hiring, Some(ana.clone()), &matrix)
        .unwrap();
    imp.set_document_location(&hiring, " https://drive.example.org/d/123 ")
        .unwrap();
    let reviewed = IsoDate::parse("2026-08-20").unwrap();
    imp.set_document_last_reviewed(&hiring, Some(reviewed.clone()))
        .unwrap();
    let doc = imp.document(&hiring).unwrap();
    assert_eq!(doc.link(), Some("https://drive.example.org/d/123"));
    assert_eq!(doc.last_reviewed.as_ref(), Some(&reviewed));
    assert!(doc.from_source());

    let own = imp.add_document("STEM night sign-up sheet").unwrap();
    assert_eq!(own.as_str(), "document-1");
    imp.set_document_location(&own, "Binder in the main office")
        .unwrap();
    assert_eq!(imp.document(&own).unwrap().link(), None);
    assert_eq!(imp.add_document(" "), Err(EditError::EmptyText));
    assert!(imp.move_document_up(&own));
    assert_eq!(imp.documents[9].id, own);
    let progress = imp.document_progress();
    assert_eq!((progress.adopted, progress.total()), (1, 11));
    assert_eq!(progress.percent_adopted(), 9);

    imp.rename_document(&hiring, "Hiring rubric").unwrap();
    assert!(!imp.document(&hiring).unwrap().from_source());
    imp.delete_document(&DocumentId::new("meeting-agendas"));
    assert_eq!(
        imp.source_documents_to_restore(),
        ["hiring-criteria", "meeting-agendas"]
    );
    assert_eq!(imp.restore_source_documents(), 2);
    let doc = imp.document(&hiring).unwrap();
    assert!(doc.from_source());
    assert_eq!(doc.status, DocumentStatus::Adopted, "kept on restore");
    assert_eq!(imp.documents.len(), 11);
    assert_eq!(imp.documents[5].id.as_str(), "meeting-agendas");
    assert!(imp.delete_document(&own).is_some());
}

#[test]
fn only_plain_http_urls_become_links() {
    for good in [
        "https://drive.google.com/drive/folders/abc?usp=sharing",
        "http://intranet.lincoln.k12.ca.us:8080/plans#stem",
        "HTTPS://Example.org",
        "https://localhost",
    ] {
        assert_eq!(http_url(good), Some(good), "{good}");
    }
    assert_eq!(
        http_url("  https://example.org/a  "),
        Some("https://example.org/a")
    );
    for bad in [
        "",
        "Binder in the office",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "https://exa mple.org",
        "https://example.org/a b",
        "https://user:pw@example.org",
        "https://example.org\"onmouseover=",
        "https://<b>.org",
        "https://-bad-.org",
        "https://example..org",
        "https://example.org:port",
        "ftp://example.org",
        "//example.org",
        "\\\\server\\share\\plan.docx",
        "G:\\STEM\\plan.docx",
        "https://example.org/\nnext",
    ] {
        assert_eq!(http_url(bad), None, "{bad:?}");
    }
}

#[test]
fn goals_link_roles_and_flag_the_unpursued() {
    let mut imp = Implementation::from_source();
    let roles = roles_with(&["tl-1", "tl-2"]);
    let culture = GoalId::new("culture-and-vision");
    let learning = GoalId::new("professional-learning");
    let tl1 = TeacherRoleId::new("tl-1");
    assert_eq!(imp.set_goal_role(&culture, &tl1, true, &roles), Ok(true));
    assert_eq!(imp.set_goal_role(&learning, &tl1, true, &roles), Ok(true));
    assert_eq!(imp.set_goal_role(&learning, &tl1, true, &roles), Ok(true));
    assert_eq!(
        imp.goal(&learning).unwrap().roles,
        vec![tl1.clone()],
        "linked once"
    );
    let missing = TeacherRoleId::new("tl-9");
    assert_eq!(
        imp.set_goal_role(&culture, &missing, true, &roles),
        Err(EditError::NoSuchTeacherRole(missing))
    );
    let unpursued: Vec<&str> = imp
        .unpursued_goals()
        .iter()
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(
        unpursued,
        ["instructional-materials", "external-partnerships"]
    );
    assert_eq!(imp.goals_of_role(&tl1).len(), 2);
    assert_eq!(imp.set_goal_role(&culture, &tl1, false, &roles), Ok(false));
    assert_eq!(imp.unpursued_goals().len(), 3);

    let goal = imp.goal(&culture).unwrap();
    let source = goal.source().expect("a source goal");
    assert_eq!(source.levels.len(), 5);
    let own = imp.add_goal("Every student in a STEM club").unwrap();
    assert!(imp.goal(&own).unwrap().source().is_none());
    imp.rename_goal(&culture, "Culture").unwrap();
    assert!(!imp.goal(&culture).unwrap().from_source());
    assert_eq!(imp.source_goals_to_restore(), ["culture-and-vision"]);
    imp.delete_goal(&learning);
    assert_eq!(imp.restore_source_goals(), 2);
    assert_eq!(
        imp.goal(&learning).unwrap().roles,
        Vec::<TeacherRoleId>::new()
    );
    assert!(imp.goal(&culture).unwrap().from_source());
    assert!(imp.move_goal_up(&own));
    assert!(imp.move_goal_down(&own));
}

#[test]
fn clearing_a_person_or_role_reports_what_lost_its_link() {
    let mut imp = Implementation::from_source();
    let (matrix, ana) = matrix_with_person();
    let roles = roles_with(&["tl-1"]);
    let tl1 = TeacherRoleId::new("tl-1");
    imp.set_action_owner(
        &ActionId::new("culture-promote"),
        Some(ana.clone()),
        &matrix,
    )
    .unwrap();
    imp.set_document_owner(
        &DocumentId::new("meeting-agendas"),
        Some(ana.clone()),
        &matrix,
    )
    .unwrap();
    imp.set_goal_role(&GoalId::new("professional-learning"), &tl1, true, &roles)
        .unwrap();
    let (actions, documents) = imp.clear_person(&ana);
    assert_eq!(
        actions,
        ["Regularly promote a school culture that can optimize the STEM teacher leader role"]
    );
    assert_eq!(documents, ["STEM teacher leader meeting agendas"]);
    assert!(imp.actions_owned_by(&ana).is_empty());
    assert_eq!(
        imp.clear_goal_links(&tl1),
        ["Providing professional learning opportunities"]
    );
    assert!(imp.clear_goal_links(&tl1).is_empty());
}

#[test]
fn validation_names_the_field() {
    let (matrix, ana) = matrix_with_person();
    let roles = roles_with(&["tl-1"]);
    let ok = Implementation::from_source();
    assert_eq!(ok.validate(&matrix, &roles), Ok(()));

    let mut bad = ok.clone();
    bad.considerations
        .get_mut(&ConsiderationKey::Sustainability)
        .unwrap()[0]
        .id = ActionId::new("culture-promote");
    assert_eq!(
        bad.validate(&matrix, &roles),
        Err("considerations.sustainability[0].id: duplicate action id \"culture-promote\"".into())
    );

    let mut bad = ok.clone();
    bad.considerations
        .get_mut(&ConsiderationKey::Culture)
        .unwrap()[1]
        .owner = Some(PersonId::new("person-7"));
    assert_eq!(
        bad.validate(&matrix, &roles),
        Err("considerations.culture[1].owner: no person with id \"person-7\"".into())
    );
    bad.considerations
        .get_mut(&ConsiderationKey::Culture)
        .unwrap()[1]
        .owner = Some(ana);
    assert_eq!(bad.validate(&matrix, &roles), Ok(()));

    let mut bad = ok.clone();
    bad.documents[3].id = DocumentId::new(" ");
    assert_eq!(
        bad.validate(&matrix, &roles),
        Err("documents[3].id: must not be empty".into())
    );

    let mut bad = ok.clone();
    bad.goals[2].roles = vec![TeacherRoleId::new("tl-1"), TeacherRoleId::new("tl-1")];
    assert_eq!(
        bad.validate(&matrix, &roles),
        Err("goals[2].roles[1]: role \"tl-1\" listed twice".into())
    );
    bad.goals[2].roles = vec![TeacherRoleId::new("tl-2")];
    assert_eq!(
        bad.validate(&matrix, &roles),
        Err("goals[2].roles[0]: no teacher-leader role with id \"tl-2\"".into())
    );
}

#[test]
fn json_is_keyed_by_heading_and_round_trips() {
    let mut imp = Implementation::from_source();
    let id = imp
        .add_action(
            ConsiderationKey::Sustainability,
            "Apply for the state STEM grant",
        )
        .unwrap();
    imp.set_action_target_date(&id, Some(IsoDate::parse("2027-01-15").unwrap()))
        .unwrap();
    // Written in heading order (serde_json's `Value` would sort keys, so
    // look at the text).
    let text = serde_json::to_string(&imp).unwrap();
    let positions: Vec<usize> = ConsiderationKey::ALL
        .iter()
        .map(|k| {
            text.find(&format!("\"{}\":[", k.key()))
                .expect("heading key")
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let last = &json["considerations"]["sustainability"][5];
    assert_eq!(last["target_date"], "2027-01-15");
    assert_eq!(last["status"], "not_started");
    assert!(
        last.get("owner").is_none(),
        "empty optional fields are left out"
    );
    let back: Implementation = serde_json::from_value(json).unwrap();
    assert_eq!(back, imp);
    assert!(
        serde_json::from_str::<Implementation>(r#"{"considerations": {"vision": []}}"#).is_err()
    );
    let sparse: Implementation =
        serde_json::from_str(r#"{"considerations": {"culture": [{"id": "a", "text": "b"}]}}"#)
            .unwrap();
    assert_eq!(
        sparse.actions(ConsiderationKey::Culture)[0].status,
        ActionStatus::NotStarted
    );
    assert!(sparse
        .actions(ConsiderationKey::LeadershipSkills)
        .is_empty());
    assert!(sparse.documents.is_empty());
}

#[test]
fn every_keyed_vocabulary_has_its_labels() {
    assert_eq!(
        ActionStatus::ALL
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>(),
        ["Not started", "In progress", "Done", "Not planned"]
    );
    assert_eq!(
        DocumentStatus::ALL
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>(),
        ["None", "Draft", "In review", "Adopted"]
    );
    assert_eq!(ActionStatus::default(), ActionStatus::NotStarted);
    assert_eq!(DocumentStatus::default(), DocumentStatus::None);
    assert!(EditError::NoSuchPerson(PersonId::new("p"))
        .to_string()
        .contains("People"));
}
