use super::*;
use crate::model::matrix::MatrixRole;
use crate::model::printable::plain_text;
use crate::model::teacher_roles::templates::TEMPLATES;

fn tl(id: &str) -> TeacherRoleId {
    TeacherRoleId::new(id)
}

fn matrix() -> Matrix {
    Matrix {
        roles: vec![
            mr("coach", "STEM instructional coach"),
            mr("principal", "Principal"),
        ],
        ..Matrix::default()
    }
}

// Built from JSON so the test relies only on `id` and `name`.
fn mr(id: &str, name: &str) -> MatrixRole {
    serde_json::from_value(serde_json::json!({"id": id, "name": name, "description": ""}))
        .expect("matrix role from id and name")
}

fn roles_with(n: usize) -> TeacherRoles {
    let mut roles = TeacherRoles::default();
    for i in 0..n {
        let id = roles.add_blank();
        roles.get_mut(&id).expect("added").title = format!("Role {i}");
    }
    roles
}

#[test]
fn add_blank_and_template_give_fresh_ids() {
    let mut roles = TeacherRoles::default();
    assert_eq!(roles.add_blank(), "tl-1");
    assert_eq!(roles.add_from_template("district_tosa"), Some(tl("tl-2")));
    assert_eq!(roles.add_from_template("no-such-template"), None);
    let tosa = roles.get(&tl("tl-2")).expect("added");
    assert_eq!(tosa.career_stage, Some(CareerStage::MasterTeacher));
    assert_eq!(tosa.spheres, vec!["district"]);
    assert!(tosa
        .summary
        .starts_with("District Teacher on Special Assignment"));
    assert_eq!(
        roles.get(&tl("tl-1")).expect("blank"),
        &TeacherRole::blank(tl("tl-1"))
    );
}

#[test]
fn every_template_is_valid_and_distinct() {
    let mut roles = TeacherRoles::default();
    for t in TEMPLATES {
        roles.add_from_template(t.key).expect("template exists");
    }
    assert_eq!(roles.roles.len(), 6);
    assert_eq!(roles.validate(&matrix()), Ok(()));
    let keys: HashSet<_> = TEMPLATES.iter().map(|t| t.key).collect();
    assert_eq!(keys.len(), 6);
    for t in TEMPLATES {
        for s in t.spheres {
            assert!(vocab::label_of(SPHERES, s).is_some(), "{s}");
        }
        for p in t.purposes {
            assert!(vocab::label_of(PURPOSES, p).is_some(), "{p}");
        }
    }
}

#[test]
fn duplicate_inserts_copy_after_original() {
    let mut roles = roles_with(2);
    roles
        .get_mut(&tl("tl-1"))
        .expect("first")
        .spheres
        .push("Regional consortium".into());
    let copy = roles.duplicate(&tl("tl-1")).expect("duplicated");
    assert_eq!(copy, "tl-3");
    let titles: Vec<_> = roles.roles.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Role 0", "Role 0 (copy)", "Role 1"]);
    assert_eq!(roles.roles[1].spheres, vec!["Regional consortium"]);
    assert_eq!(roles.duplicate(&tl("missing")), None);
    roles.get_mut(&tl("tl-2")).expect("second").title.clear();
    let untitled_copy = roles.duplicate(&tl("tl-2")).expect("dup");
    assert_eq!(
        roles.get(&untitled_copy).expect("copy").title,
        "Untitled role (copy)"
    );
}

#[test]
fn delete_and_reorder() {
    let mut roles = roles_with(3);
    assert!(roles.move_up(&tl("tl-2")));
    assert!(!roles.move_up(&tl("tl-2")));
    assert!(roles.move_down(&tl("tl-1")));
    assert!(!roles.move_down(&tl("tl-1")));
    assert!(!roles.move_down(&tl("missing")));
    assert_eq!(roles.ids().collect::<Vec<_>>(), ["tl-2", "tl-3", "tl-1"]);
    assert_eq!(
        roles.delete(&tl("tl-3")).map(|r| r.title),
        Some("Role 2".into())
    );
    assert_eq!(roles.delete(&tl("tl-3")), None);
    assert_eq!(roles.ids().collect::<Vec<_>>(), ["tl-2", "tl-1"]);
    // A freed id is reused only once it is free.
    assert_eq!(roles.add_blank(), "tl-3");
}

#[test]
fn lists_toggle_and_take_custom_values() {
    let mut role = TeacherRole::blank(tl("tl-1"));
    assert!(role.toggle(ListField::Spheres, "school"));
    assert!(!role.toggle(ListField::Spheres, "school"));
    role.set(ListField::Spheres, "district", true);
    role.set(ListField::Spheres, "district", true);
    assert_eq!(role.spheres, vec!["district"]);
    // Typing a known label selects the known value.
    assert_eq!(
        role.add_custom(ListField::Spheres, "  national   NETWORKS "),
        Some("national_networks".into())
    );
    assert_eq!(role.add_custom(ListField::Spheres, "District"), None);
    assert_eq!(role.add_custom(ListField::Spheres, "   "), None);
    assert_eq!(
        role.add_custom(ListField::Spheres, "Regional  consortium"),
        Some("Regional consortium".into())
    );
    assert_eq!(
        role.custom_values(ListField::Spheres),
        vec!["Regional consortium"]
    );
    assert_eq!(
        role.labels(ListField::Spheres),
        ["District", "National networks", "Regional consortium"]
    );
    role.toggle(ListField::Responsibilities, "outreach");
    role.add_custom(ListField::Responsibilities, "Running the STEM night");
    assert_eq!(
        role.labels(ListField::Responsibilities),
        [
            "Conducting outreach to stakeholders and partners",
            "Running the STEM night"
        ]
    );
    assert!(role.toggle_discipline(Discipline::IntegratedStem));
    assert!(role.toggle_grade_band(GradeBand::Middle));
    assert!(!role.toggle_grade_band(GradeBand::Middle));
    assert_eq!(role.disciplines, vec![Discipline::IntegratedStem]);
    assert!(role.grade_bands.is_empty());
}

#[test]
fn development_plan_items_carry_status() {
    let mut role = TeacherRole::blank(tl("tl-1"));
    role.set_development("role_alike_meetings", Some(DevelopmentStatus::NotStarted));
    role.set_development("role_alike_meetings", Some(DevelopmentStatus::Done));
    role.set_development("training_coaching", Some(DevelopmentStatus::InProgress));
    assert_eq!(
        role.add_development("Summer institute"),
        Some("Summer institute".into())
    );
    assert_eq!(
        role.add_development("summer institute"),
        Some("summer institute".into())
    );
    assert_eq!(role.add_development("Summer institute"), None);
    assert_eq!(role.add_development("Formal training in coaching"), None);
    assert_eq!(
        role.development_status("role_alike_meetings"),
        Some(DevelopmentStatus::Done)
    );
    let order: Vec<_> = role
        .development_in_order()
        .into_iter()
        .map(|d| d.item)
        .collect();
    assert_eq!(
        order,
        [
            "training_coaching",
            "role_alike_meetings",
            "Summer institute",
            "summer institute"
        ]
    );
    role.set_development("role_alike_meetings", None);
    role.set_development("not-there", None);
    assert_eq!(role.development_status("role_alike_meetings"), None);
    assert_eq!(role.custom_development().len(), 2);
}

#[test]
fn validation_names_the_field() {
    let m = matrix();
    let mut roles = roles_with(3);
    assert_eq!(roles.validate(&m), Ok(()));
    let message = |roles: &TeacherRoles| roles.validate(&m).map_err(|e| e.to_string());
    let path = |roles: &TeacherRoles| roles.validate(&m).map_err(|e| e.path);

    let mut bad = roles.clone();
    bad.roles[2].id = tl("tl-1");
    assert_eq!(
        bad.validate(&m),
        Err(ValidationError::new(
            "roles[2].id",
            Problem::TeacherRoleIdTaken(tl("tl-1"))
        ))
    );
    assert_eq!(
        message(&bad),
        Err("roles[2].id: the id \"tl-1\" is used by another role".into())
    );

    let mut bad = roles.clone();
    bad.roles[1].id = tl(" ");
    assert_eq!(path(&bad), Err("roles[1].id".into()));

    let mut bad = roles.clone();
    bad.roles[0].leading_percent = Some(101);
    assert_eq!(
        message(&bad),
        Err(
            "roles[0].leading_percent: the share of time leading must be from 0 to 100, found 101"
                .into()
        )
    );
    bad.roles[0].leading_percent = Some(100);
    assert_eq!(bad.validate(&m), Ok(()));

    let mut bad = roles.clone();
    bad.roles[1].spheres = vec!["school".into(), "school".into()];
    assert_eq!(
        message(&bad),
        Err("roles[1].spheres[1]: \"school\" is listed twice".into())
    );

    let mut bad = roles.clone();
    bad.roles[1].purposes = vec![" ".into()];
    assert_eq!(
        message(&bad),
        Err("roles[1].purposes[0]: the value is empty".into())
    );

    let mut bad = roles.clone();
    bad.roles[2].development = vec![
        DevelopmentItem {
            item: "x".into(),
            status: DevelopmentStatus::Done,
        },
        DevelopmentItem {
            item: "x".into(),
            status: DevelopmentStatus::NotStarted,
        },
    ];
    assert_eq!(path(&bad), Err("roles[2].development[1]".into()));

    let mut bad = roles.clone();
    bad.roles[0].grade_bands = vec![GradeBand::High, GradeBand::High];
    assert_eq!(
        message(&bad),
        Err("roles[0].grade_bands[1]: listed twice".into())
    );

    roles.roles[1].matrix_role = Some(RoleId::new("coach"));
    assert_eq!(roles.validate(&m), Ok(()));
    roles.roles[1].matrix_role = Some(RoleId::new("gone"));
    assert_eq!(
        message(&roles),
        Err("roles[1].matrix_role: there is no leadership matrix role with id \"gone\"".into())
    );
}

#[test]
fn matrix_links_survive_renames_and_clear_on_delete() {
    let mut m = matrix();
    let coach = RoleId::new("coach");
    let principal = RoleId::new("principal");
    let mut roles = roles_with(3);
    roles.roles[0].set_matrix_role(Some(coach.clone()));
    roles.roles[2].set_matrix_role(Some(coach.clone()));
    roles.roles[1].set_matrix_role(Some(principal.clone()));
    m.roles[0].name = "District STEM coach".into();
    assert_eq!(roles.validate(&m), Ok(()));
    assert_eq!(
        roles.roles[0].matrix_role_name(&m),
        Some("District STEM coach")
    );
    assert!(as_text(&roles.roles[0], &m).contains("Leadership matrix role: District STEM coach\n"));

    m.delete_role(&coach);
    assert!(roles.validate(&m).is_err());
    let cleared = roles.clear_matrix_role_links(&coach);
    assert_eq!(cleared, ["Role 0", "Role 2"]);
    assert_eq!(roles.validate(&m), Ok(()));
    assert!(roles.roles[0].matrix_role_cleared && roles.roles[2].matrix_role_cleared);
    assert_eq!(roles.roles[1].matrix_role.as_ref(), Some(&principal));
    assert!(!roles.roles[1].matrix_role_cleared);
    assert!(roles.clear_matrix_role_links(&coach).is_empty());
    roles.roles[0].set_matrix_role(Some(principal));
    assert!(!roles.roles[0].matrix_role_cleared);
    roles.roles[0].set_matrix_role(Some(RoleId::default()));
    assert_eq!(roles.roles[0].matrix_role, None);
}

#[test]
fn overview_counts_the_spread() {
    let mut roles = TeacherRoles::default();
    for t in TEMPLATES {
        roles.add_from_template(t.key);
    }
    roles.add_blank();
    roles.roles[6].spheres.push("Regional consortium".into());
    roles.roles[6].purposes.push("Mentoring".into());
    roles.roles[6].responsibilities.push("outreach".into());
    roles.roles[3]
        .responsibilities
        .push("coaching_modeling".into());
    let o = roles.overview();
    assert_eq!(o.role_count, 7);
    let col = |key: &str| {
        o.sphere_columns
            .iter()
            .position(|c| c == key)
            .expect("column")
    };
    let row = |stage: Option<CareerStage>| o.grid.iter().find(|r| r.stage == stage).expect("row");
    assert_eq!(o.sphere_columns.len(), SPHERES.len() + 2);
    assert_eq!(o.sphere_columns.last().map(String::as_str), Some(""));
    assert_eq!(
        row(Some(CareerStage::MasterTeacher)).counts[col("district")],
        1
    );
    assert_eq!(
        row(Some(CareerStage::MasterTeacher)).counts[col("state")],
        1
    );
    assert_eq!(row(Some(CareerStage::Veteran)).counts[col("district")], 1);
    assert_eq!(
        row(Some(CareerStage::Veteran)).counts[col("national_networks")],
        1
    );
    assert_eq!(row(Some(CareerStage::Preservice)).counts[col("")], 1);
    assert_eq!(row(Some(CareerStage::Novice)).counts[col("")], 1);
    assert_eq!(row(None).counts[col("Regional consortium")], 1);
    let total: usize = o.grid.iter().flat_map(|r| r.counts.iter()).sum();
    assert_eq!(total, 7);
    let coverage = |key: &str| {
        o.purpose_coverage
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, n)| *n)
    };
    assert_eq!(coverage("professional_learning"), Some(2));
    assert_eq!(coverage("advocacy"), Some(2));
    assert_eq!(coverage("coaching_peers"), Some(0));
    assert_eq!(coverage("Mentoring"), Some(1));
    assert_eq!(o.purpose_coverage.len(), PURPOSES.len() + 1);
    assert_eq!(
        o.uncovered_responsibilities,
        [
            "professional_development",
            "peer_observation",
            "data_improvement",
            "program_implementation",
            "instructional_materials"
        ]
    );
    assert_eq!(Overview::sphere_label(""), "Not set");
    assert_eq!(Overview::sphere_label("state"), "State");
    assert_eq!(
        TeacherRoles::default()
            .overview()
            .uncovered_responsibilities
            .len(),
        7
    );
}

/// The description's plain text, for a plan with no organization set.
fn as_text(role: &TeacherRole, m: &Matrix) -> String {
    plain_text(&role.description(m, &Organization::default()))
}

fn coach_described() -> TeacherRole {
    let mut role = TeacherRole::from_template(
        tl("tl-1"),
        vocab::template("district_stem_coach").expect("template"),
    );
    role.holder = "Ana Ruiz".into();
    role.arrangement = Some(Arrangement::Hybrid);
    role.leading_percent = Some(40);
    role.compensation = "Stipend $3,000".into();
    role.toggle(ListField::Responsibilities, "coaching_modeling");
    role.add_custom(ListField::Responsibilities, "Runs STEM night");
    role.add_custom(ListField::Spheres, "Regional consortium");
    role.toggle_discipline(Discipline::Science);
    role.toggle_grade_band(GradeBand::High);
    role.set_development("training_coaching", Some(DevelopmentStatus::InProgress));
    role.set_matrix_role(Some(RoleId::new("coach")));
    role
}

#[test]
fn description_blocks_hold_every_dimension() {
    let organization = Organization {
        district: "Lincoln USD".into(),
        school: String::new(),
    };
    let blocks = coach_described().description(&matrix(), &organization);
    assert_eq!(
        blocks[0],
        Block::Title {
            organization: Some("Lincoln USD".into()),
            kind: Some("STEM teacher-leader role description".into()),
            text: "District STEM instructional coach".into(),
            byline: vec!["Holder: Ana Ruiz".into()],
        }
    );
    let Block::Facts(dimensions) = &blocks[2] else {
        panic!("dimensions after the summary: {blocks:?}");
    };
    assert_eq!(
        dimensions.last(),
        Some(&Fact::new(
            "Leadership matrix role",
            Some("STEM instructional coach".into())
        ))
    );
    let headings: Vec<&str> = blocks
        .iter()
        .flat_map(|b| match b {
            Block::SideBySide(parts) => parts.iter().collect(),
            other => vec![other],
        })
        .filter_map(|b| match b {
            Block::Section { heading, .. } => Some(heading.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Responsibilities",
            "STEM focus",
            "Time and compensation",
            "Development plan"
        ]
    );
    // A role with nothing filled in says so, on screen as in text.
    let blank = TeacherRole::blank(tl("tl-2")).description(&matrix(), &Organization::default());
    assert!(blank.contains(&Block::Section {
        heading: "Responsibilities".into(),
        blocks: vec![Block::Paragraph(vec![Span::Muted(NOT_SET.into())])],
    }));
}

#[test]
fn description_as_plain_text_lists_every_dimension() {
    let m = matrix();
    let text = as_text(&coach_described(), &m);
    for expected in [
        "District STEM instructional coach\n=================================\nSTEM teacher-leader role description\nHolder: Ana Ruiz\n\n",
        "Science teacher serves as district STEM instructional coach",
        "Career stage: Veteran\n",
        "Formality: Formal\n",
        "Arrangement: Hybrid: part teaching, part leading (40% leading, 60% teaching)\n",
        "Spheres of influence: District; Regional consortium\n",
        "Purposes: Instructional improvement\n",
        "Leadership matrix role: STEM instructional coach\n",
        "Responsibilities\n----------------\n- Coaching fellow teachers and modeling effective STEM instructional practices\n- Runs STEM night\n",
        "STEM focus\n----------\nDisciplines: Science\nGrade bands: High\n",
        "Share of time: 40% leading, 60% teaching\n",
        "Compensation: Stipend $3,000\n",
        "Development plan\n----------------\n- Formal training in coaching — In progress\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let blank = as_text(&TeacherRole::blank(tl("tl-2")), &m);
    assert!(blank.starts_with("Untitled role\n"));
    assert!(blank.contains("Career stage: Not set\n"));
    assert!(blank.contains("Responsibilities\n----------------\nNot set\n"));
    assert!(blank.contains("Leadership matrix role: Not set\n"));
    assert!(!blank.contains("Holder"));
}

#[test]
fn hints_flag_odd_time_shares() {
    let mut role = TeacherRole::blank(tl("tl-1"));
    assert!(role.hints().is_empty());
    role.arrangement = Some(Arrangement::Hybrid);
    role.leading_percent = Some(100);
    assert_eq!(role.hints().len(), 1);
    role.leading_percent = Some(50);
    assert!(role.hints().is_empty());
    role.arrangement = Some(Arrangement::FullTime);
    assert_eq!(role.hints().len(), 1);
}

#[test]
fn json_round_trip_keeps_custom_values_and_omits_blanks() {
    let mut roles = roles_with(1);
    let role = &mut roles.roles[0];
    role.add_custom(ListField::Purposes, "Mentoring new hires");
    role.career_stage = Some(CareerStage::MasterTeacher);
    role.development.push(DevelopmentItem {
        item: "Lab safety course".into(),
        status: DevelopmentStatus::Done,
    });
    let json = serde_json::to_string(&roles).expect("serializes");
    assert!(json.contains("\"career_stage\":\"master_teacher\""));
    assert!(json.contains("\"status\":\"done\""));
    assert!(!json.contains("holder"));
    assert!(!json.contains("matrix_role"));
    let back: TeacherRoles = serde_json::from_str(&json).expect("parses");
    assert_eq!(back, roles);
}

#[test]
fn a_sparse_file_from_another_district_loads() {
    let json = r#"{"roles": [
        {"id": "r-9", "title": "Makerspace lead", "spheres": ["school", "County library system"],
         "purposes": ["Family engagement"], "development": [{"item": "Fab lab certification"}]},
        {"id": "r-10"}
    ]}"#;
    let roles: TeacherRoles = serde_json::from_str(json).expect("loads");
    assert_eq!(roles.validate(&Matrix::default()), Ok(()));
    let role = &roles.roles[0];
    assert_eq!(
        role.labels(ListField::Spheres),
        ["School", "County library system"]
    );
    assert_eq!(role.labels(ListField::Purposes), ["Family engagement"]);
    assert_eq!(role.development[0].status, DevelopmentStatus::NotStarted);
    assert_eq!(roles.roles[1].display_title(), UNTITLED);
    assert!(serde_json::from_str::<TeacherRoles>(
        r#"{"roles":[{"id":"x","career_stage":"guru"}]}"#
    )
    .is_err());
}

#[test]
fn enum_keys_match_serde_names() {
    fn check<T>(all: &[T], key: fn(T) -> &'static str, from_key: fn(&str) -> Option<T>)
    where
        T: Copy + PartialEq + std::fmt::Debug + Serialize,
    {
        for &v in all {
            assert_eq!(serde_json::to_value(v).expect("json"), key(v));
            assert_eq!(from_key(key(v)), Some(v));
        }
    }
    check(CareerStage::ALL, CareerStage::key, CareerStage::from_key);
    check(Formality::ALL, Formality::key, Formality::from_key);
    check(Arrangement::ALL, Arrangement::key, Arrangement::from_key);
    check(Discipline::ALL, Discipline::key, Discipline::from_key);
    check(GradeBand::ALL, GradeBand::key, GradeBand::from_key);
    check(
        DevelopmentStatus::ALL,
        DevelopmentStatus::key,
        DevelopmentStatus::from_key,
    );
    // The labels people read, unchanged by the move to `keyed_enum!`.
    assert_eq!(CareerStage::MasterTeacher.label(), "Master teacher");
    assert_eq!(
        Arrangement::FullTime.label(),
        "Full-time release (e.g., school coach, district TOSA)"
    );
    assert_eq!(Discipline::IntegratedStem.key(), "integrated_stem");
    assert_eq!(DevelopmentStatus::default(), DevelopmentStatus::NotStarted);
}

#[test]
fn plan_file_round_trip_and_matrix_role_delete() {
    use crate::model::Plan;
    use crate::storage::document::{parse_document, to_pretty_json};
    let mut plan = Plan::default();
    // Link to a role of the source matrix, whichever it is.
    let coach = plan
        .matrix
        .roles
        .last()
        .map(|r| r.id.clone())
        .expect("source matrix has roles");
    let id = plan
        .teacher_roles
        .add_from_template("district_stem_coach")
        .expect("template");
    let role = plan.teacher_roles.get_mut(&id).expect("added");
    role.set_matrix_role(Some(coach.clone()));
    role.add_custom(ListField::Spheres, "Regional consortium");
    role.add_development("Lab safety course");
    let text = to_pretty_json(&plan);
    assert!(
        parse_document(&text) == Ok(plan.clone()),
        "round trip changed the plan"
    );

    let cleared = plan.delete_matrix_role(&coach);
    assert_eq!(cleared, ["District STEM instructional coach"]);
    assert_eq!(plan.validate(), Ok(()));
    let back = parse_document(&to_pretty_json(&plan)).expect("loads");
    assert!(back.teacher_roles.roles[0].matrix_role_cleared);

    let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
    value["teacher_roles"]["roles"][0]["matrix_role"] = "gone".into();
    let err = crate::storage::document::plan_from_value(value).expect_err("dangling link");
    assert!(
        err.to_string()
            .contains("teacher_roles.roles[0].matrix_role"),
        "{err}"
    );
}
