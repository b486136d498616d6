use super::*;

#[test]
fn filter_by_text_and_status() {
    let mut m = m();
    let all = m.statement_count();
    let mut f = Filter::default();
    assert!(!f.is_active());
    assert_eq!(m.count_matching(&f), all);
    f.text = "  VOLUNTEERS ".into();
    assert!(f.is_active());
    // "Can assist in acquiring volunteers…" and "…Recruit student volunteers".
    assert_eq!(m.count_matching(&f), 2);
    let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
    m.set_note(&id, "Volunteers from the PTA");
    assert_eq!(m.count_matching(&f), 3, "notes are searched");
    f.status = Some(Status::Gap);
    assert_eq!(m.count_matching(&f), 0);
    m.set_status(&id, Status::Gap);
    assert_eq!(m.count_matching(&f), 1);
    f.text.clear();
    assert_eq!(m.count_matching(&f), 1);
    let cell = m.cell(&DISTRICT, &DECISION).expect("cell");
    assert_eq!(m.visible_statements(cell, &f).len(), 1);
    // Lead-ins are searched too.
    let f = Filter {
        text: "school-based program implementation".into(),
        status: None,
    };
    assert_eq!(m.count_matching(&f), 6 + 5 + 1 + 3);
}

#[test]
fn matches_in_agrees_with_matches_for_every_statement() {
    let mut m = m();
    let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
    m.set_note(&id, "Volunteers from the PTA");
    m.set_status(&id, Status::Gap);
    let filters = [
        Filter::default(),
        Filter {
            text: " Volunteers".into(),
            status: None,
        },
        Filter {
            text: "school-based program implementation".into(),
            status: None,
        },
        Filter {
            text: String::new(),
            status: Some(Status::Gap),
        },
        Filter {
            text: "pta".into(),
            status: Some(Status::Gap),
        },
        Filter {
            text: "no statement says this".into(),
            status: None,
        },
    ];
    for f in &filters {
        for cell in &m.cells {
            let one_by_one: Vec<bool> =
                cell.statements.iter().map(|s| f.matches(cell, s)).collect();
            assert_eq!(f.matches_in(cell), one_by_one, "{f:?}");
        }
    }
}

#[test]
fn tally_counts_and_percent() {
    let mut t = Tally::default();
    assert_eq!((t.total(), t.percent_in_place()), (0, 0));
    for s in [
        Status::InPlace,
        Status::InPlace,
        Status::Gap,
        Status::InProgress,
        Status::NotAssessed,
        Status::NotAssessed,
    ] {
        t.add(s);
    }
    assert_eq!(
        t,
        Tally {
            not_assessed: 2,
            in_place: 2,
            in_progress: 1,
            gap: 1
        }
    );
    assert_eq!(t.total(), 6);
    assert_eq!(t.percent_in_place(), 33);
    assert_eq!(t.count(Status::InProgress), 1);
    t.add(Status::InPlace);
    assert_eq!(t.percent_in_place(), 43);
}

#[test]
fn summary_of_the_source() {
    let m = m();
    let s = m.summary();
    let counts: Vec<usize> = s.by_role.iter().map(|(_, t)| t.total()).collect();
    // District 1+1+2+1+1+3+4+2+1+1 = 17; Finance 1+1+1+1+1+1+1+1+1+0 = 9;
    // Building 1+1+2+1+1+1+6+1+1+1 = 16; Coach 1+1+2+1+1+1+5+1+1+1 = 15;
    // Ecosystem 1+1+1+1+0+1+1+1+1+1 = 9; Students 1+2+1+0+0+1+3+1+1+1 = 11.
    assert_eq!(counts, vec![17, 9, 16, 15, 9, 11]);
    let areas: Vec<usize> = s.by_area.iter().map(|(_, t)| t.total()).collect();
    assert_eq!(areas, vec![6, 7, 9, 5, 4, 8, 20, 7, 6, 5]);
    assert_eq!(s.overall.total(), 77);
    assert_eq!(s.overall.not_assessed, 77);
    assert_eq!(s.not_assessed.len(), 77);
    assert!(s.gaps.is_empty());
    assert_eq!(s.roles_without_people.len(), 6);
    assert!(s.person_load.is_empty());
}

#[test]
fn summary_follows_edits() {
    let (mut m, ana) = staffed();
    let ben = m.add_person("Ben", "Coach").expect("added");
    m.assign_role(&ben, &RoleId::new("instructional-coach"));
    let d = ids(&m, &DISTRICT, &PD);
    m.set_status(&d[0], Status::InPlace);
    m.set_status(&d[1], Status::Gap);
    m.set_status(&d[2], Status::InProgress);
    m.set_owner(&d[0], Some(&ana)).expect("holds");
    m.set_owner(&d[1], Some(&ana)).expect("holds");
    let s = m.summary();
    let district = s.by_role[0].1;
    assert_eq!(
        district,
        Tally {
            not_assessed: 14,
            in_place: 1,
            in_progress: 1,
            gap: 1
        }
    );
    assert_eq!(district.percent_in_place(), 6);
    let pd = s
        .by_area
        .iter()
        .find(|(id, _)| *id == *PD)
        .map(|(_, t)| *t)
        .expect("area");
    assert_eq!(
        pd,
        Tally {
            not_assessed: 5,
            in_place: 1,
            in_progress: 1,
            gap: 1
        }
    );
    assert_eq!(pd.percent_in_place(), 13);
    assert_eq!(s.overall.total(), 77);
    assert_eq!(s.overall.in_place, 1);
    assert_eq!(
        s.gaps,
        vec![StatementRef {
            role: DISTRICT.clone(),
            area: PD.clone(),
            statement: d[1].clone(),
            text: "Provide STEM Education Leadership and teacher PD".into(),
        }]
    );
    assert_eq!(s.not_assessed.len(), 74);
    assert!(!s.not_assessed.iter().any(|r| d.contains(&r.statement)));
    assert_eq!(
        s.roles_without_people,
        vec![
            "building-administration",
            "ecosystem-liaisons",
            "student-leaders"
        ]
    );
    assert_eq!(s.person_load, vec![(ana, 2), (ben, 0)]);
}

#[test]
fn summary_follows_structure() {
    let mut m = m();
    m.move_role(&STUDENTS, -5);
    let board = m.add_role("Board", "").expect("added");
    m.add_statement(&board, &DECISION, "Approves plan")
        .expect("added");
    let s = m.summary();
    assert_eq!(s.by_role[0].0, *STUDENTS);
    assert_eq!(
        s.by_role.last().map(|(id, t)| (id.as_str(), t.total())),
        Some((board.as_str(), 1))
    );
    assert_eq!(s.by_area[0].1.total(), 7);
    assert_eq!(s.not_assessed.len(), 78);
    assert_eq!(
        s.not_assessed[0].role, *STUDENTS,
        "lists follow area then role order"
    );
}

#[test]
fn status_keys_round_trip() {
    for &s in Status::ALL {
        assert_eq!(Status::from_key(s.key()), Some(s));
        assert_eq!(
            serde_json::to_string(&s).expect("json"),
            format!("\"{}\"", s.key())
        );
        assert!(!s.label().is_empty() && !s.icon().is_empty());
    }
    assert_eq!(Status::from_key("bogus"), None);
}

#[test]
fn hand_written_matrix_loads_with_defaults() {
    let text = r#"{
        "roles": [{"id": "r", "name": "Role"}],
        "areas": [{"id": "a", "name": "Area"}],
        "cells": [{"role": "r", "area": "a", "statements": [{"id": "s", "text": "Do it"}]}]
    }"#;
    let m: Matrix = serde_json::from_str(text).expect("loads");
    assert_eq!(m.validate(), Ok(()));
    let s = &m.cells[0].statements[0];
    assert_eq!(
        (s.status, s.owner.as_ref(), s.note.as_str()),
        (Status::NotAssessed, None, "")
    );
    assert!(m.people.is_empty());
}

#[test]
fn json_round_trip() {
    let (mut m, ana) = staffed();
    let id = ids(&m, &DISTRICT, &DECISION)[0].clone();
    m.set_status(&id, Status::InProgress);
    m.set_owner(&id, Some(&ana)).expect("holds");
    let text = serde_json::to_string(&m).expect("json");
    assert!(text.contains("\"in_progress\""));
    assert_eq!(serde_json::from_str::<Matrix>(&text).expect("loads"), m);
}

#[test]
fn validate_reports_field_paths() {
    let base = m();
    let check = |change: &dyn Fn(&mut Matrix), expected: &str| {
        let mut m = base.clone();
        change(&mut m);
        assert_eq!(
            m.validate().map_err(|e| e.to_string()),
            Err(expected.to_string())
        );
    };
    check(
        &|m| m.roles[1].id = DISTRICT.clone(),
        "roles[1].id: duplicate role id \"district-administration\"",
    );
    check(
        &|m| m.roles[0].id = RoleId::new(" "),
        "roles[0].id: must not be empty",
    );
    check(
        &|m| m.areas[2].id = DECISION.clone(),
        "areas[2].id: duplicate area id \"decision-making\"",
    );
    check(
        &|m| m.areas[0].id = AreaId::default(),
        "areas[0].id: must not be empty",
    );
    check(
        &|m| m.cells[3].role = RoleId::new("x"),
        "cells[3].role: no role with id \"x\"",
    );
    check(
        &|m| m.cells[3].area = AreaId::new("y"),
        "cells[3].area: no area with id \"y\"",
    );
    check(
        &|m| m.cells[1].role = DISTRICT.clone(),
        "cells[1]: a second cell for role \"district-administration\" and area \"decision-making\"",
    );
    check(
        &|m| {
            m.cells.pop();
        },
        "cells: no cell for role \"student-leaders\" and area \"advocacy\"",
    );
    check(
        &|m| m.cells[0].not_applicable = true,
        "cells[0].statements: a cell marked N/A must have no statements",
    );
    check(
        &|m| m.cells[1].statements[0].id = m.cells[0].statements[0].id.clone(),
        "cells[1].statements[0].id: duplicate statement id \"decision-making.district-administration.1\"",
    );
    check(
        &|m| m.cells[0].statements[0].id = StatementId::default(),
        "cells[0].statements[0].id: must not be empty",
    );
    check(
        &|m| m.cells[0].statements[0].owner = Some(PersonId::new("ghost")),
        "cells[0].statements[0].owner: no person with id \"ghost\"",
    );
    let with_person = |m: &mut Matrix| {
        m.add_person("Ana", "");
    };
    check(
        &|m| {
            with_person(m);
            m.cells[0].statements[0].owner = Some(PersonId::new("person-1"));
        },
        "cells[0].statements[0].owner: person \"person-1\" does not hold role \"district-administration\"",
    );
    check(
        &|m| {
            with_person(m);
            m.people[0].roles = vec![RoleId::new("zzz")];
        },
        "people[0].roles[0]: no role with id \"zzz\"",
    );
    check(
        &|m| {
            with_person(m);
            m.people[0].roles = vec![DISTRICT.clone(), DISTRICT.clone()];
        },
        "people[0].roles[1]: role \"district-administration\" listed twice",
    );
    check(
        &|m| {
            with_person(m);
            with_person(m);
            m.people[1].id = PersonId::new("person-1");
        },
        "people[1].id: duplicate person id \"person-1\"",
    );
    check(
        &|m| {
            with_person(m);
            m.people[0].id = PersonId::default();
        },
        "people[0].id: must not be empty",
    );
    let mut dangling = base.clone();
    dangling.cells[3].area = AreaId::new("y");
    assert_eq!(
        dangling.validate(),
        Err(ValidationError::new(
            "cells[3].area",
            Problem::UnknownId {
                kind: IdKind::Area,
                id: "y".into()
            }
        ))
    );
}

#[test]
fn clear_invalid_owners_counts() {
    let (mut m, ana) = staffed();
    let d = ids(&m, &DISTRICT, &DECISION)[0].clone();
    m.set_owner(&d, Some(&ana)).expect("holds");
    assert_eq!(m.clear_invalid_owners(), 0);
    m.people[0].roles.clear();
    assert_eq!(m.clear_invalid_owners(), 1);
    assert_eq!(m.statement(&d).and_then(|s| s.owner.clone()), None);
}
