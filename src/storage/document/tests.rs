use super::*;
use crate::model::values::date::SchoolYear;
use crate::model::Implementation;

fn exported() -> String {
    let mut plan = Plan::default();
    plan.title = "Lincoln USD STEM plan".into();
    plan.organization.district = "Lincoln USD".into();
    to_pretty_json(&plan)
}

#[test]
fn the_one_pass_read_gives_the_plan_the_full_path_gives() {
    for text in [
        exported(),
        include_str!("../../../tests/fixtures/schema/every-field-plan.json").to_string(),
        include_str!("../../../tests/fixtures/schema/minimal-plan.json").to_string(),
    ] {
        let one_pass = current_plan(&text).expect("a current file takes the one pass");
        let full = plan_from_value(serde_json::from_str(&text).unwrap()).unwrap();
        assert_eq!(one_pass, full);
    }
}

#[test]
fn files_the_one_pass_cannot_read_go_the_full_path() {
    let current = exported();
    // Older versions (migrated), a duplicated key (the last one
    // counts, as in any JSON reader) and a wrong field are left to it.
    for older in ["1", "2"] {
        let older = current.replacen("\"version\": 3", &format!("\"version\": {older}"), 1);
        assert_ne!(older, current);
        assert_eq!(current_plan(&older), None);
        assert!(parse_document(&older).is_ok());
    }
    assert_eq!(current_plan(V2_FILE), None);
    let duplicated = current.replacen("{", "{\"title\": \"first\",", 1);
    assert_eq!(current_plan(&duplicated), None);
    assert_eq!(
        parse_document(&duplicated).unwrap().title,
        "Lincoln USD STEM plan"
    );
    let wrong = current.replacen("\"title\": \"Lincoln USD STEM plan\"", "\"title\": 7", 1);
    assert_eq!(current_plan(&wrong), None);
    assert!(matches!(
        parse_document(&wrong),
        Err(DocumentError::Structure { path, .. }) if path == "title"
    ));
}

#[test]
fn export_then_import_gives_an_equal_plan() {
    let mut plan = Plan::default();
    plan.title = "Équipe \"STEM\" <script>".into();
    plan.organization.school = "Roosevelt Elementary".into();
    let text = to_pretty_json(&plan);
    assert!(
        text.starts_with(
            "{\n  \"format\": \"stem-leadership-plan\",\n  \"version\": 3,\n  \"title\""
        ),
        "marker and version open the file: {}",
        &text[..80]
    );
    assert_eq!(parse_document(&text), Ok(plan));
}

#[test]
fn stored_round_trip_keeps_revision() {
    let plan = Plan::default();
    let stored = parse_stored(&to_stored_json(42, &plan)).expect("stored copy loads");
    assert_eq!(stored, StoredPlan { revision: 42, plan });
}

/// A plan with the version 3 fields set, beside a little of everything else.
fn v3_plan() -> Plan {
    let mut plan = parse_document(V2_FILE).expect("the version 2 file opens");
    plan.school_year = Some(SchoolYear::parse("2026-27").unwrap());
    plan.lineage = Some(LineageId::from_bits(0x00c0_ffee_1234_abcd));
    plan.title = "Équipe \"STEM\"\n<script>\t2026".into();
    plan
}

#[test]
fn the_stored_copy_is_compact_and_reads_back_equal() {
    for plan in [Plan::default(), v3_plan()] {
        let stored = to_stored_json(42, &plan);
        assert!(!stored.contains('\n'), "no line breaks: {}", &stored[..80]);
        assert!(
            stored.starts_with(
                "{\"revision\":42,\"document\":{\"format\":\"stem-leadership-plan\",\"version\":3,\"title\":"
            ),
            "{}",
            &stored[..80]
        );
        // Exactly serde_json's compact form of the same document.
        let document = serde_json::to_string(&document(&plan)).unwrap();
        assert_eq!(
            stored,
            format!("{{\"revision\":42,\"document\":{document}}}")
        );
        assert_eq!(parse_stored(&stored), Ok(StoredPlan { revision: 42, plan }));
    }
    // About two thirds of the pretty file (a full plan: 31 KB against 48 KB).
    let plan = v3_plan();
    let (stored, export) = (to_stored_json(1, &plan), to_pretty_json(&plan));
    assert!(
        stored.len() * 4 < export.len() * 3,
        "{} {}",
        stored.len(),
        export.len()
    );
}

#[test]
fn the_export_is_serde_jsons_pretty_form() {
    for plan in [Plan::default(), v3_plan(), migrated()] {
        let pretty = serde_json::to_string_pretty(&document(&plan)).unwrap() + "\n";
        assert_eq!(to_pretty_json(&plan), pretty);
    }
    // Pretty and compact in turn: the formatter keeps no state between documents.
    let plan = v3_plan();
    let first = to_pretty_json(&plan);
    let _ = to_stored_json(1, &plan);
    assert_eq!(to_pretty_json(&plan), first);
}

#[test]
fn older_tab_may_not_overwrite_newer_work() {
    assert!(may_overwrite(3, None), "nothing saved yet");
    assert!(may_overwrite(3, Some(3)), "our own last save");
    assert!(may_overwrite(3, Some(2)));
    assert!(!may_overwrite(3, Some(4)), "another tab saved since");
    assert_eq!(
        stored_revision(&to_stored_json(9, &Plan::default())),
        Some(9)
    );
    assert_eq!(stored_revision("garbage"), None);
}

#[test]
fn byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", exported());
    assert!(parse_document(&text).is_ok());
}

#[test]
fn empty_file_is_refused() {
    assert_eq!(parse_document("  \n"), Err(DocumentError::Empty));
}

#[test]
fn oversized_file_is_refused_before_parsing() {
    let text = " ".repeat(MAX_IMPORT_BYTES + 1);
    let err = parse_document(&text).unwrap_err();
    assert!(matches!(err, DocumentError::TooLarge { .. }));
    assert!(err.to_string().contains("too large"));
}

#[test]
fn syntax_error_names_line_and_column() {
    let err = parse_document("{\n  \"format\": \"stem-leadership-plan\",\n  \"version\": 1,,\n}")
        .unwrap_err();
    assert!(
        matches!(
            err,
            DocumentError::Syntax {
                line: 3,
                column: 16,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("line 3, column 16"), "{err}");
}

#[test]
fn truncated_file_is_a_syntax_error() {
    let text = exported();
    let err = parse_document(&text[..text.len() / 2]).unwrap_err();
    assert!(matches!(err, DocumentError::Syntax { .. }), "{err:?}");
}

#[test]
fn non_object_is_refused() {
    assert_eq!(parse_document("[1, 2]"), Err(DocumentError::NotAnObject));
}

#[test]
fn missing_and_wrong_format_marker_are_refused() {
    assert_eq!(
        parse_document("{\"version\": 1}"),
        Err(DocumentError::MissingFormat)
    );
    let err = parse_document("{\"format\": \"todo-list\", \"version\": 1}").unwrap_err();
    assert_eq!(
        err,
        DocumentError::WrongFormat {
            found: "todo-list".into()
        }
    );
    assert!(err.to_string().contains("\"todo-list\""));
}

#[test]
fn version_errors() {
    let with_version = |v: &str| {
        parse_document(&format!(
            "{{\"format\": \"stem-leadership-plan\", \"version\": {v}}}"
        ))
    };
    assert_eq!(
        parse_document("{\"format\": \"stem-leadership-plan\"}"),
        Err(DocumentError::MissingVersion)
    );
    assert_eq!(
        with_version("0"),
        Err(DocumentError::BadVersion { found: "0".into() })
    );
    assert_eq!(
        with_version("\"1\""),
        Err(DocumentError::BadVersion {
            found: "\"1\"".into()
        })
    );
    assert_eq!(
        with_version("1.5"),
        Err(DocumentError::BadVersion {
            found: "1.5".into()
        })
    );
    let newer = with_version("4").unwrap_err();
    assert_eq!(newer, DocumentError::NewerVersion { found: 4 });
    assert!(newer
        .to_string()
        .contains("made by a newer version of the planner"));
    assert_eq!(
        with_version("4.0"),
        Err(DocumentError::NewerVersion { found: 4 })
    );
    for bad in ["0.0", "-2", "-2.0", "1e+300", "null", "[2]"] {
        assert_eq!(
            with_version(bad),
            Err(DocumentError::BadVersion { found: bad.into() }),
            "{bad}"
        );
    }
}

#[test]
fn a_version_written_as_a_whole_float_is_that_version() {
    // Python's json writes 2.0 for a float; the schema's "const": 2 accepts it.
    let text = exported();
    assert!(text.contains("\"version\": 3,"));
    for written in ["3.0", "3.00", "3e0"] {
        let file = text.replacen("\"version\": 3,", &format!("\"version\": {written},"), 1);
        let plan = parse_document(&file).unwrap_or_else(|e| panic!("{written}: {e}"));
        assert_eq!(to_pretty_json(&plan), text, "{written} opens as version 3");
    }
    // A version 2 file written as 2.0 is migrated like the same file with 2,
    // to the same lineage.
    for written in ["2.0", "2e0"] {
        let v2 = V2_FILE.replacen("\"version\": 2,", &format!("\"version\": {written},"), 1);
        assert_ne!(v2, V2_FILE);
        assert_eq!(parse_document(&v2), parse_document(V2_FILE), "{written}");
    }
    // A version 1 file written as 1.0 is migrated like any version 1 file.
    let v1 = V1_FILE.replacen("\"version\": 1,", "\"version\": 1.0,", 1);
    assert_ne!(v1, V1_FILE);
    assert_eq!(parse_document(&v1), parse_document(V1_FILE));
    // Not a whole number: refused with the same message as before.
    let err =
        parse_document(&text.replacen("\"version\": 3,", "\"version\": 2.5,", 1)).unwrap_err();
    assert_eq!(
        err,
        DocumentError::BadVersion {
            found: "2.5".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "The plan file's \"version\" must be a whole number from 1, found 2.5."
    );
}

#[test]
fn structure_error_names_the_field_path() {
    let mut value: Value = serde_json::from_str(&exported()).expect("export is JSON");
    value["organization"]["district"] = Value::from(7);
    let err = plan_from_value(value).unwrap_err();
    match &err {
        DocumentError::Structure { path, .. } => assert_eq!(path, "organization.district"),
        other => panic!("expected a structure error, got {other:?}"),
    }
    assert!(err.to_string().contains("organization.district"), "{err}");
}

#[test]
fn broken_rule_is_invalid_with_the_field_path() {
    let mut value: Value = serde_json::from_str(&exported()).expect("export is JSON");
    value["matrix"]["roles"][1]["id"] = value["matrix"]["roles"][0]["id"].clone();
    let err = plan_from_value(value).unwrap_err();
    match &err {
        DocumentError::Invalid(invalid) => assert_eq!(invalid.path, "matrix.roles[1].id"),
        other => panic!("expected an invalid plan, got {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "The plan file has a problem at matrix.roles[1].id: duplicate role id \"district-administration\"."
    );
}

#[test]
fn missing_section_is_a_structure_error() {
    let mut value: Value = serde_json::from_str(&exported()).expect("export is JSON");
    value.as_object_mut().map(|o| o.remove("matrix"));
    let err = plan_from_value(value).unwrap_err();
    assert!(err.to_string().contains("matrix"), "{err}");
}

#[test]
fn stored_copy_with_wrong_shape_is_an_error() {
    assert!(parse_stored("{not json").is_err());
    assert!(parse_stored("{\"revision\": 3}").is_err());
    assert!(parse_stored("{\"revision\": 3, \"document\": {\"format\": \"x\"}}").is_err());
}

// ----- version 1 files -------------------------------------------------

/// A plan file written by the version 1 build (before implementation
/// plans existed): a title, two people (one a student leader) and a
/// teacher-leader role with a share of time.
const V1_FILE: &str = include_str!("../../../tests/fixtures/plan-v1.json");

fn migrated() -> Plan {
    parse_document(V1_FILE).expect("a version 1 file opens")
}

#[test]
fn the_fixture_is_a_version_1_file_without_implementation() {
    let value: Value = serde_json::from_str(V1_FILE).expect("JSON");
    assert_eq!(value["version"], 1);
    assert!(value.get("implementation").is_none());
}

#[test]
fn v1_keeps_everything_it_had() {
    let plan = migrated();
    assert_eq!(plan.title, "Lincoln USD STEM plan");
    assert_eq!(plan.organization.district, "Lincoln USD");
    let names: Vec<&str> = plan.matrix.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ana Ruiz", "Sam Lee"]);
    let source = Plan::default().matrix;
    assert_eq!(plan.matrix.roles, source.roles);
    assert_eq!(plan.matrix.cells, source.cells);
    assert_eq!(plan.teacher_roles.roles[0].leading_percent, Some(40));
    assert_eq!(plan.teacher_roles.roles[0].holder, "Jo Park");
}

#[test]
fn v1_gets_the_source_considerations() {
    let plan = migrated();
    let source = Implementation::from_source();
    assert_eq!(plan.implementation.considerations, source.considerations);
    assert_eq!(plan.implementation.considerations.len(), 6);
    assert_eq!(plan.implementation.progress().total(), 26);
}

#[test]
fn v1_gets_the_ten_source_documents() {
    let plan = migrated();
    assert_eq!(
        plan.implementation.documents,
        Implementation::from_source().documents
    );
    assert_eq!(plan.implementation.document_progress().none, 10);
}

#[test]
fn v1_gets_the_four_source_goals_with_no_roles() {
    let plan = migrated();
    assert_eq!(
        plan.implementation.goals,
        Implementation::from_source().goals
    );
    assert_eq!(plan.implementation.unpursued_goals().len(), 4);
}

#[test]
fn v1_gets_an_empty_cost_plan() {
    let plan = migrated();
    assert_eq!(
        plan.implementation.sustainability,
        crate::model::implementation::Sustainability::default()
    );
}

#[test]
fn migrated_plan_is_written_as_version_3_and_reads_back_equal() {
    let plan = migrated();
    let text = to_pretty_json(&plan);
    assert!(text.contains("\"version\": 3,"));
    assert!(text.contains("\"implementation\": {"));
    assert!(text.contains("\"lineage\": \"ln-"));
    assert_eq!(parse_document(&text), Ok(plan));
}

#[test]
fn v1_goes_on_to_version_3_with_a_lineage_and_no_school_year() {
    let plan = migrated();
    let lineage = plan.lineage.clone().expect("a migrated plan has a lineage");
    assert!(lineage.is_well_formed(), "{lineage}");
    assert_eq!(plan.school_year, None);
    // Derived from the file: the same file twice, the same lineage; another
    // plan, another lineage.
    assert_eq!(migrated().lineage, Some(lineage.clone()));
    assert_ne!(parse_document(V2_FILE).unwrap().lineage, Some(lineage));
}

#[test]
fn migration_step_sets_the_version_and_replaces_a_stray_section() {
    let mut value: Value = serde_json::from_str(V1_FILE).expect("JSON");
    value["implementation"] = serde_json::json!({"goals": "not from a version 1 build"});
    let value = migrate_1_to_2(value);
    assert_eq!(value["version"], 2);
    assert_eq!(value.get("implementation"), None);
    assert_eq!(
        plan_from_value(value).map(|p| p.implementation),
        Ok(Implementation::from_source())
    );
}

#[test]
fn v2_without_implementation_gets_the_source_defaults() {
    let mut value: Value = serde_json::from_str(V2_FILE).expect("JSON");
    value.as_object_mut().map(|o| o.remove("implementation"));
    let plan = plan_from_value(value).expect("loads");
    assert_eq!(plan.implementation, Implementation::from_source());
}

#[test]
fn version_4_is_refused_as_newer() {
    let mut value: Value = serde_json::from_str(&exported()).expect("JSON");
    value["version"] = Value::from(4);
    let err = plan_from_value(value).unwrap_err();
    assert_eq!(err, DocumentError::NewerVersion { found: 4 });
    assert_eq!(
        err.to_string(),
        "This plan was made by a newer version of the planner (file version 4; this planner reads up to version 3). Open it with the newer planner, or ask for a file saved by this version."
    );
    let text = exported().replacen("\"version\": 3,", "\"version\": 4,", 1);
    assert_eq!(parse_document(&text), Err(err));
}

// ----- version 2 files -------------------------------------------------

/// A plan file written by the version 2 build (before school years and
/// lineages): the version 1 fixture's plan, migrated, at Roosevelt
/// Elementary, with its first culture action in progress and its first
/// planning document adopted, both owned by Ana Ruiz.
const V2_FILE: &str = include_str!("../../../tests/fixtures/plan-v2.json");

fn lineage_of(text: &str) -> LineageId {
    parse_document(text)
        .unwrap_or_else(|e| panic!("{e}"))
        .lineage
        .expect("a migrated plan has a lineage")
}

#[test]
fn the_fixture_is_a_version_2_file_without_the_version_3_fields() {
    let value: Value = serde_json::from_str(V2_FILE).expect("JSON");
    assert_eq!(value["version"], 2);
    assert!(value.get("implementation").is_some());
    assert!(value.get("lineage").is_none());
    assert!(value.get("school_year").is_none());
}

#[test]
fn v2_keeps_everything_it_had() {
    let plan = parse_document(V2_FILE).expect("a version 2 file opens");
    // What the version 2 build read from the file, field by field.
    let as_written: Plan = serde_json::from_str(V2_FILE).expect("the plan's fields");
    assert_eq!(as_written.lineage, None);
    assert_eq!(
        Plan {
            lineage: as_written.lineage.clone(),
            ..plan.clone()
        },
        as_written
    );
    assert_eq!(plan.organization.school, "Roosevelt Elementary");
    assert_eq!(plan.implementation.progress().in_progress, 1);
    assert_eq!(plan.implementation.document_progress().adopted, 1);
}

#[test]
fn v2_has_no_school_year() {
    assert_eq!(parse_document(V2_FILE).unwrap().school_year, None);
}

#[test]
fn v2_gets_a_lineage_derived_from_the_file() {
    let lineage = lineage_of(V2_FILE);
    assert!(lineage.is_well_formed(), "{lineage}");
    // Fixed by the rule (FNV-1a of the compact document, keys sorted; Python's
    // json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    // gives the same text): a build that derived another lineage would no
    // longer recognize the copies migrated before it.
    assert_eq!(lineage, "ln-17392a3f221cc992");
    // The same file again, or laid out differently: the same lineage.
    assert_eq!(lineage_of(V2_FILE), lineage);
    let value: Value = serde_json::from_str(V2_FILE).unwrap();
    assert_eq!(lineage_of(&serde_json::to_string(&value).unwrap()), lineage);
    assert_eq!(
        plan_from_value(value).unwrap().lineage,
        Some(lineage.clone())
    );
    // Another plan: another lineage, down to one character.
    let other = V2_FILE.replacen("Roosevelt Elementary", "Roosevelt Elementarz", 1);
    assert_ne!(other, V2_FILE);
    assert_ne!(lineage_of(&other), lineage);
    let mut value: Value = serde_json::from_str(V2_FILE).unwrap();
    value["matrix"]["people"][1]["title"] = "Student".into();
    assert_ne!(plan_from_value(value).unwrap().lineage, Some(lineage));
}

#[test]
fn version_3_fields_in_a_version_2_file_are_dropped() {
    let mut value: Value = serde_json::from_str(V2_FILE).unwrap();
    value["lineage"] = "ln-not-from-a-v2-build".into();
    value["school_year"] = "2026-27".into();
    let plan = plan_from_value(value.clone()).expect("opens");
    assert_eq!(plan.school_year, None);
    assert_eq!(plan.lineage, Some(lineage_of(V2_FILE)));
    // Even ones the version 3 reader would refuse.
    value["lineage"] = "NOT A LINEAGE".into();
    value["school_year"] = "2026-28".into();
    assert_eq!(plan_from_value(value), Ok(plan));
}

#[test]
fn migration_step_sets_the_version_and_the_lineage() {
    let value: Value = serde_json::from_str(V2_FILE).unwrap();
    let migrated = migrate_2_to_3(value.clone());
    assert_eq!(migrated["version"], 3);
    assert_eq!(migrated["lineage"], "ln-17392a3f221cc992");
    assert!(migrated.get("school_year").is_none());
    // Nothing else changes.
    let mut rest = migrated.clone();
    rest.as_object_mut().unwrap().remove("lineage");
    rest["version"] = 2.into();
    assert_eq!(rest, value);
}

#[test]
fn fnv1a_is_the_published_hash() {
    // Test vectors of the FNV reference (draft-eastlake-fnv).
    assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a_64(b"foobar"), 0x8594_4171_f739_67e8);
}

// ----- version 3 -------------------------------------------------------

#[test]
fn v3_round_trip_keeps_school_year_and_lineage() {
    let plan = v3_plan();
    let text = to_pretty_json(&plan);
    assert!(
        text.contains("\n  \"school_year\": \"2026-27\",\n"),
        "{text}"
    );
    assert!(text.ends_with("  \"lineage\": \"ln-00c0ffee1234abcd\"\n}\n"));
    assert_eq!(
        current_plan(&text),
        Some(plan.clone()),
        "the one pass reads it"
    );
    assert_eq!(parse_document(&text), Ok(plan.clone()));
    let stored = parse_stored(&to_stored_json(7, &plan)).unwrap();
    assert_eq!(stored.plan, plan);
}

#[test]
fn v3_without_school_year_or_lineage_leaves_them_out() {
    let text = exported();
    assert!(
        !text.contains("school_year\": \"20"),
        "only cost plans' years"
    );
    assert!(!text.contains("lineage"));
    let plan = parse_document(&text).unwrap();
    assert_eq!((plan.school_year, plan.lineage), (None, None));
}

#[test]
fn v3_with_a_bad_school_year_or_lineage_is_refused_where_it_is() {
    let mut value: Value = serde_json::from_str(&to_pretty_json(&v3_plan())).unwrap();
    value["lineage"] = "LN-1".into();
    let err = plan_from_value(value.clone()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "The plan file has a problem at lineage: a lineage is 1 to 64 lowercase letters, digits and hyphens, found \"LN-1\"."
    );
    value["lineage"] = "ln-1".into();
    value["school_year"] = "2026-28".into();
    let err = plan_from_value(value).unwrap_err();
    assert!(
        matches!(&err, DocumentError::Structure { path, .. } if path == "school_year"),
        "{err:?}"
    );
}

#[test]
fn implementation_problems_name_their_path() {
    let base: Value = serde_json::from_str(&exported()).expect("JSON");
    let mut value = base.clone();
    value["implementation"]["considerations"]["culture"][0]["target_date"] = "2026-02-30".into();
    let err = plan_from_value(value).unwrap_err();
    assert!(
        err.to_string()
            .contains("implementation.considerations.culture[0].target_date"),
        "{err}"
    );
    assert!(err.to_string().contains("no such day"), "{err}");

    let mut value = base.clone();
    value["implementation"]["considerations"]["culture"][0]["owner"] = "person-9".into();
    let err = plan_from_value(value).unwrap_err();
    assert_eq!(
        err.to_string(),
        "The plan file has a problem at implementation.considerations.culture[0].owner: no person with id \"person-9\"."
    );

    let mut value = base.clone();
    value["implementation"]["documents"][2]["status"] = "approved".into();
    let err = plan_from_value(value).unwrap_err();
    assert!(
        err.to_string()
            .contains("implementation.documents[2].status"),
        "{err}"
    );

    let mut value = base;
    value["implementation"]["sustainability"] = serde_json::json!({"years": [{"school_year": "2026-27", "funding": [{"id": "f", "amount_cents": 12.5}]}]});
    let err = plan_from_value(value).unwrap_err();
    assert!(
        err.to_string()
            .contains("implementation.sustainability.years[0].funding[0].amount_cents"),
        "{err}"
    );
}

#[test]
fn the_documented_example_is_a_valid_version_3_file() {
    let doc = include_str!("../../../docs/file-format.md");
    let section = &doc[doc.find("## Example").expect("section")..];
    let start = section.find("```json\n").expect("example") + "```json\n".len();
    let example = &section[start..start + section[start..].find("```").expect("end")];
    assert!(example.contains("\"version\": 3,"), "{example}");
    let plan = parse_document(example).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        plan.school_year.map(|y| y.label()).as_deref(),
        Some("2026-27")
    );
    assert!(plan.lineage.is_some_and(|l| l.is_well_formed()));
    let imp = &plan.implementation;
    assert_eq!(imp.progress().in_progress, 1);
    assert_eq!(imp.document_progress().adopted, 1);
    let year = imp.sustainability.latest().expect("a cost plan");
    let totals = year.totals(&plan.teacher_roles);
    assert_eq!(totals.total_cost.cents(), 2_600_000 + 400_000);
    assert_eq!(totals.gap.cents(), 1_000_000);
}

#[test]
fn export_name_uses_title_and_date() {
    let mut plan = Plan::default();
    plan.title = "Lincoln USD STEM plan".into();
    assert_eq!(
        export_file_name(&plan, "2026-11-22"),
        "lincoln-usd-stem-plan-2026-11-22.json"
    );
    plan.title = "!!!".into();
    assert_eq!(
        export_file_name(&plan, "2026-11-22"),
        "stem-leadership-plan-2026-11-22.json"
    );
}
