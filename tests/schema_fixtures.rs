//! Keeps `schema/plan.schema.json` in step with the Rust types, with
//! `tests/schema.test.mjs` (a third-party validator, ajv, run by Node):
//!
//! * the plan files the node test validates are written here, from Rust,
//!   and committed under tests/fixtures/schema/; this test fails when the
//!   Rust types would write something else (regenerate with
//!   `UPDATE_SCHEMA_FIXTURES=1 cargo test --test schema_fixtures`, then
//!   run the node test);
//! * every fixed vocabulary (`keyed_enum!`) in the schema lists exactly the
//!   Rust variants' serde names, and the format marker and version match.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use serde_json::Value;
use stem_leadership_planner::model::implementation::costs::{
    CostPlan, CostTiming, FundingKind, FundingSource, OtherCostKind, OtherCostLine, RoleCostBasis,
    RoleCostLine,
};
use stem_leadership_planner::model::implementation::{
    Action, ActionStatus, ConsiderationKey, CostLineId, DocumentStatus, FundingId, Goal,
    PlanningDocument,
};
use stem_leadership_planner::model::matrix::Status;
use stem_leadership_planner::model::teacher_roles::{
    Arrangement, CareerStage, DevelopmentItem, DevelopmentStatus, Discipline, Formality, GradeBand,
};
use stem_leadership_planner::model::values::date::{IsoDate, SchoolYear};
use stem_leadership_planner::model::values::ids::LineageId;
use stem_leadership_planner::model::values::money::Cents;
use stem_leadership_planner::model::Plan;
use stem_leadership_planner::storage::document::{self, to_pretty_json};

fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn schema() -> Value {
    let text = std::fs::read_to_string(repo_path("schema/plan.schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A plan with every optional field of every type set (each enum field to
/// a value other than its default), and still valid.
fn every_field_plan() -> Plan {
    let mut plan = Plan::default();
    plan.title = "Roosevelt \"STEM\" plan — 2026".into();
    plan.organization.district = "Lincoln USD".into();
    plan.organization.school = "Roosevelt Elementary".into();
    plan.school_year = Some(SchoolYear::parse("2026-27").unwrap());
    plan.lineage = Some(LineageId::from_bits(0x5eed_2026_0000_0001));

    let matrix = &mut plan.matrix;
    let role = matrix.roles[0].id.clone();
    let area = matrix.add_area("Family engagement").unwrap();
    matrix.set_not_applicable(&role, &area, true);
    let second_role = matrix.roles[1].id.clone();
    matrix.set_lead_in(&second_role, &area, "For family nights:");
    let statement = matrix
        .add_statement(&second_role, &area, "Hosts a family STEM night")
        .unwrap();
    let ana = matrix.add_person("Ana Ruiz", "Principal").unwrap();
    matrix.assign_role(&ana, &second_role);
    matrix.set_owner(&statement, Some(&ana)).unwrap();
    matrix.set_status(&statement, Status::InProgress);
    matrix.set_note(&statement, "Twice a year");

    let coach = plan.teacher_roles.add_blank();
    let cleared = plan.teacher_roles.add_blank();
    {
        let role = plan.teacher_roles.get_mut(&coach).unwrap();
        role.title = "District STEM coach".into();
        role.holder = "Ben Oduya".into();
        role.summary = "Coaches teachers".into();
        role.career_stage = Some(CareerStage::MasterTeacher);
        role.formality = Some(Formality::Formal);
        role.arrangement = Some(Arrangement::Hybrid);
        role.spheres = vec!["district".into(), "Our own sphere".into()];
        role.purposes = vec!["instructional_improvement".into()];
        role.responsibilities = vec!["A custom responsibility".into()];
        role.disciplines = vec![Discipline::Engineering, Discipline::IntegratedStem];
        role.grade_bands = vec![GradeBand::Middle];
        role.leading_percent = Some(40);
        role.compensation = "Stipend".into();
        role.set_matrix_role(Some(second_role.clone()));
        role.development = vec![DevelopmentItem {
            item: "Coaching cycles".into(),
            status: DevelopmentStatus::InProgress,
        }];
    }
    {
        let role = plan.teacher_roles.get_mut(&cleared).unwrap();
        role.title = "Lab lead".into();
        role.matrix_role_cleared = true;
    }

    let date = |text: &str| IsoDate::parse(text).unwrap();
    let implementation = &mut plan.implementation;
    let mut action = Action::new("action-1".into(), "Share coaching stories");
    action.status = ActionStatus::InProgress;
    action.owner = Some(ana.clone());
    action.target_date = Some(date("2026-10-01"));
    action.note = "At staff meetings".into();
    implementation
        .considerations
        .entry(ConsiderationKey::Culture)
        .or_default()
        .push(action);
    let mut doc = PlanningDocument::new("document-1".into(), "Coaching handbook");
    doc.status = DocumentStatus::InReview;
    doc.owner = Some(ana);
    doc.location = "https://drive.example.org/handbook".into();
    doc.last_reviewed = Some(date("2026-08-20"));
    doc.note = "Draft two".into();
    implementation.documents.push(doc);
    let mut goal = Goal::new("goal-1".into(), "More girls in robotics");
    goal.roles = vec![coach.clone()];
    goal.note = "Track enrolment".into();
    implementation.goals.push(goal);
    let sustainability = &mut implementation.sustainability;
    sustainability.review_date = Some(date("2027-01-15"));
    let cents = |c: i64| Cents::parse(&format!("{}.{:02}", c / 100, c % 100)).unwrap();
    sustainability.years = vec![CostPlan {
        school_year: SchoolYear::parse("2026-27").unwrap(),
        role_lines: vec![
            RoleCostLine {
                id: CostLineId::new("cost-1"),
                role: coach.clone(),
                basis: RoleCostBasis::ShareOfSalary {
                    salary: cents(6_500_000),
                },
                people: 3,
                timing: CostTiming::StartUp,
                note: "Three coaches".into(),
            },
            RoleCostLine {
                id: CostLineId::new("cost-2"),
                role: coach,
                basis: RoleCostBasis::Stipend {
                    amount: cents(150_000),
                },
                people: 1,
                timing: CostTiming::Ongoing,
                note: String::new(),
            },
        ],
        other_lines: vec![OtherCostLine {
            id: CostLineId::new("cost-3"),
            kind: OtherCostKind::Materials,
            description: "Engineering kits".into(),
            amount: cents(400_000),
            timing: CostTiming::StartUp,
            note: "From the catalogue".into(),
        }],
        funding: vec![FundingSource {
            id: FundingId::new("funding-1"),
            kind: FundingKind::InKind,
            name: "Museum partner".into(),
            amount: cents(2_000_000),
            note: "Lab space".into(),
        }],
    }];
    // A small record of seen versions (a real plan marks every item).
    let seen = |hashes: &[&str]| hashes.iter().map(|h| h.to_string()).collect();
    plan.versions
        .0
        .insert("plan:plan".into(), seen(&["0a1b2c3d", "4e5f6a7b"]));
    plan.versions.0.insert(
        "cost_line:2026-27/cost-9".into(),
        seen(&["c0ffee00", "deleted"]),
    );
    assert_eq!(plan.validate(), Ok(()));
    plan
}

/// A plan with as little as the planner writes: no teacher-leader roles,
/// an empty matrix, no implementation items.
fn minimal_plan() -> Plan {
    let mut plan = Plan::default();
    plan.title = String::new();
    plan.matrix = Default::default();
    plan.implementation = Default::default();
    assert_eq!(plan.validate(), Ok(()));
    plan
}

fn fixtures() -> Vec<(&'static str, String)> {
    vec![
        ("default-plan.json", to_pretty_json(&Plan::default())),
        ("every-field-plan.json", to_pretty_json(&every_field_plan())),
        ("minimal-plan.json", to_pretty_json(&minimal_plan())),
    ]
}

#[test]
fn committed_fixtures_are_what_the_planner_writes() {
    let update = std::env::var_os("UPDATE_SCHEMA_FIXTURES").is_some();
    let dir = repo_path("tests/fixtures/schema");
    for (name, text) in fixtures() {
        // Each fixture opens again as the same plan.
        let reopened = document::parse_document(&text).unwrap();
        assert_eq!(to_pretty_json(&reopened), text, "{name}");
        let path = dir.join(name);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "tests/fixtures/schema/{name} differs from what the planner writes now; \
             run `UPDATE_SCHEMA_FIXTURES=1 cargo test --test schema_fixtures`, \
             update schema/plan.schema.json if the format changed, and run \
             `node --test tests/schema.test.mjs`"
        );
    }
}

#[test]
fn every_field_plan_sets_every_optional_field() {
    // The fields serde leaves out when empty must all be present, or the
    // schema's rules for them go untested.
    let text = to_pretty_json(&every_field_plan());
    for field in [
        "\n  \"school_year\": \"",
        "\n  \"lineage\": \"",
        "\n  \"versions\": {",
        "\"holder\"",
        "\"career_stage\"",
        "\"formality\"",
        "\"arrangement\"",
        "\"leading_percent\"",
        "\"compensation\"",
        "\"matrix_role\"",
        "\"matrix_role_cleared\"",
        "\"target_date\"",
        "\"location\"",
        "\"last_reviewed\"",
        "\"review_date\"",
        "\"people\"",
        "\"salary_cents\"",
        "\"amount_cents\"",
        "\"not_applicable\": true",
        "\"owner\": \"",
    ] {
        assert!(text.contains(field), "{field} missing");
    }
}

fn schema_enum(schema: &Value, name: &str) -> Vec<String> {
    schema["$defs"][name]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("$defs.{name}.enum"))
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| key(*v).to_string()).collect()
}

#[test]
fn schema_vocabularies_are_the_rust_enums() {
    let schema = schema();
    let cases: Vec<(&str, Vec<String>)> = vec![
        ("status", keys(Status::ALL, Status::key)),
        ("careerStage", keys(CareerStage::ALL, CareerStage::key)),
        ("formality", keys(Formality::ALL, Formality::key)),
        ("arrangement", keys(Arrangement::ALL, Arrangement::key)),
        ("discipline", keys(Discipline::ALL, Discipline::key)),
        ("gradeBand", keys(GradeBand::ALL, GradeBand::key)),
        (
            "developmentStatus",
            keys(DevelopmentStatus::ALL, DevelopmentStatus::key),
        ),
        (
            "considerationKey",
            keys(ConsiderationKey::ALL, ConsiderationKey::key),
        ),
        ("actionStatus", keys(ActionStatus::ALL, ActionStatus::key)),
        (
            "documentStatus",
            keys(DocumentStatus::ALL, DocumentStatus::key),
        ),
        ("costTiming", keys(CostTiming::ALL, CostTiming::key)),
        (
            "otherCostKind",
            keys(OtherCostKind::ALL, OtherCostKind::key),
        ),
        ("fundingKind", keys(FundingKind::ALL, FundingKind::key)),
    ];
    for (name, rust) in cases {
        assert_eq!(schema_enum(&schema, name), rust, "$defs.{name}");
    }
    assert_eq!(schema["properties"]["format"]["const"], document::FORMAT);
    assert_eq!(schema["properties"]["version"]["const"], document::VERSION);
    assert_eq!(
        schema["$defs"]["cents"]["maximum"],
        Cents::MAX_AMOUNT.cents()
    );
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(repo_path(&format!("tests/fixtures/schema/{name}"))).unwrap()
}

/// The values of `edges.json` under `kind` that both sides accept (`accepted`) or refuse.
fn edge_values(kind: &str, verdict: &str) -> Vec<Value> {
    let edges: Value = serde_json::from_str(&fixture_text("edges.json")).unwrap();
    let values = edges[kind][verdict].as_array().unwrap().clone();
    assert!(!values.is_empty(), "edges.json: {kind}.{verdict}");
    values
}

/// tests/schema.test.mjs checks the same cases against the schema.
#[test]
fn the_planner_agrees_with_the_schema_on_school_years() {
    let every_field: Value = serde_json::from_str(&fixture_text("every-field-plan.json")).unwrap();
    let with_year = |year: &Value| {
        let mut plan = every_field.clone();
        plan["implementation"]["sustainability"]["years"][0]["school_year"] = year.clone();
        document::plan_from_value(plan)
    };
    // The plan's own school year (version 3) is the same kind of value.
    let with_plan_year = |year: &Value| {
        let mut plan = every_field.clone();
        plan["school_year"] = year.clone();
        document::plan_from_value(plan)
    };
    for year in edge_values("school_year", "accepted") {
        let plan = with_year(&year).unwrap_or_else(|e| panic!("{year} is refused: {e}"));
        let years = &plan.implementation.sustainability.years;
        assert_eq!(Value::from(years[0].school_year.label()), year);
        let plan = with_plan_year(&year).unwrap_or_else(|e| panic!("{year} is refused: {e}"));
        assert_eq!(plan.school_year.map(|y| Value::from(y.label())), Some(year));
    }
    for year in edge_values("school_year", "refused") {
        match with_year(&year) {
            Err(error @ document::DocumentError::Structure { .. }) => {
                // "The plan file has a problem at implementation.sustainability.years[0]:
                // A school year spans two consecutive years (such as 2026-27), found …".
                let message = error.to_string();
                assert!(
                    message.contains("implementation.sustainability.years[0]"),
                    "{year}: {message}"
                );
            }
            other => panic!("{year} should be refused at its school_year, got {other:?}"),
        }
        match with_plan_year(&year) {
            Err(document::DocumentError::Structure { path, .. }) => {
                assert_eq!(path, "school_year", "{year}");
            }
            other => panic!("{year} should be refused at school_year, got {other:?}"),
        }
    }
}

/// tests/schema.test.mjs checks the same cases against the schema.
#[test]
fn the_planner_agrees_with_the_schema_on_lineages() {
    let every_field: Value = serde_json::from_str(&fixture_text("every-field-plan.json")).unwrap();
    let with_lineage = |lineage: &Value| {
        let mut plan = every_field.clone();
        plan["lineage"] = lineage.clone();
        document::plan_from_value(plan)
    };
    for lineage in edge_values("lineage", "accepted") {
        let plan = with_lineage(&lineage).unwrap_or_else(|e| panic!("{lineage} is refused: {e}"));
        assert_eq!(plan.lineage.map(|l| Value::from(l.as_str())), Some(lineage));
    }
    for lineage in edge_values("lineage", "refused") {
        match with_lineage(&lineage) {
            Err(document::DocumentError::Invalid(error)) => {
                assert_eq!(error.path, "lineage", "{lineage}");
            }
            Err(document::DocumentError::Structure { path, .. }) => {
                assert_eq!(path, "lineage", "{lineage}");
            }
            other => panic!("{lineage} should be refused at lineage, got {other:?}"),
        }
    }
}

/// tests/schema.test.mjs checks the same cases against the schema.
#[test]
fn the_planner_agrees_with_the_schema_on_seen_versions() {
    let every_field: Value = serde_json::from_str(&fixture_text("every-field-plan.json")).unwrap();
    let with_versions = |versions: &Value| {
        let mut plan = every_field.clone();
        plan["versions"] = versions.clone();
        document::plan_from_value(plan)
    };
    for versions in edge_values("versions", "accepted") {
        with_versions(&versions).unwrap_or_else(|e| panic!("{versions} is refused: {e}"));
    }
    for versions in edge_values("versions", "refused") {
        match with_versions(&versions) {
            Err(document::DocumentError::Invalid(error)) => {
                assert!(error.path.starts_with("versions"), "{versions}: {error}");
            }
            Err(document::DocumentError::Structure { path, .. }) => {
                assert!(path.starts_with("versions"), "{versions}: {path}");
            }
            other => panic!("{versions} should be refused at versions, got {other:?}"),
        }
    }
}

/// What the planner writes as a new plan's lineage, and what migration
/// derives, follow the schema's rule (`LineageId::is_well_formed`).
#[test]
fn lineages_the_planner_makes_are_well_formed() {
    let pattern = schema()["properties"]["lineage"]["pattern"].clone();
    assert_eq!(pattern, "^[a-z0-9-]{1,64}$");
    for bits in [0, 1, 0x5eed, u64::MAX] {
        assert!(LineageId::from_bits(bits).is_well_formed());
    }
    let v2 = std::fs::read_to_string(repo_path("tests/fixtures/plan-v2.json")).unwrap();
    let migrated = document::parse_document(&v2).unwrap();
    assert!(migrated.lineage.unwrap().is_well_formed());
}

/// tests/schema.test.mjs checks the same cases against the schema.
#[test]
fn the_planner_agrees_with_the_schema_on_versions() {
    let minimal = fixture_text("minimal-plan.json");
    let with_version = |version: &Value| {
        let written = version.as_str().unwrap();
        let text = minimal.replacen("\"version\": 3,", &format!("\"version\": {written},"), 1);
        assert!(written == "3" || text != minimal, "{written}");
        document::parse_document(&text)
    };
    for version in edge_values("version", "accepted") {
        let plan = with_version(&version).unwrap_or_else(|e| panic!("{version} is refused: {e}"));
        assert_eq!(
            to_pretty_json(&plan),
            minimal,
            "{version} opens as version 3"
        );
    }
    for version in edge_values("version", "refused") {
        assert!(
            matches!(
                with_version(&version),
                Err(document::DocumentError::BadVersion { .. }
                    | document::DocumentError::NewerVersion { .. })
            ),
            "{version} should be refused as a version"
        );
    }
}

/// Every `YYYY-YY` text opens as a school year exactly when the years are consecutive and the
/// first is from 1000 to 9998: the rule the schema's pattern follows (tests/schema.test.mjs
/// checks the pattern against the same rule, for every such text).
#[test]
fn school_years_in_files_are_consecutive_years() {
    for start in 0..=9999u32 {
        for end in 0..=99u32 {
            let text = format!("{start:04}-{end:02}");
            let consecutive = (1000..=9998).contains(&start) && end == (start + 1) % 100;
            assert_eq!(
                SchoolYear::try_from(text.clone()).is_ok(),
                consecutive,
                "{text}"
            );
        }
    }
}
