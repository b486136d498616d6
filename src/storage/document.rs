//! The plan file format: one JSON object with a format marker and a version,
//! the plan's fields beside them. The same document is exported, imported and
//! kept (inside a small envelope) in localStorage.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::model::values::ids::slugify;
use crate::model::{Plan, ValidationError};
use crate::storage::json_path;

/// Marks a JSON file as one of ours.
pub const FORMAT: &str = "stem-leadership-plan";
/// The version this build writes and the newest it reads.
///
/// * 1: title, organization, matrix, teacher roles.
/// * 2: adds `implementation` (considerations, planning documents, goals,
///   sustainability). Read from 1 by [`migrate_1_to_2`].
pub const VERSION: u64 = 2;
/// The oldest version this build reads (and migrates).
pub const OLDEST_VERSION: u64 = 1;
/// Imports larger than this are refused: a plan is tens of kilobytes, and
/// browsers give an origin about 5 MB of localStorage (see ARCHITECTURE.md).
pub const MAX_IMPORT_BYTES: usize = 1_000_000;

/// Why a text could not be read as a plan. Each message says what is wrong
/// and where, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    NotAnObject,
    MissingFormat,
    WrongFormat {
        found: String,
    },
    MissingVersion,
    BadVersion {
        found: String,
    },
    NewerVersion {
        found: u64,
    },
    Structure {
        path: String,
        detail: String,
    },
    /// Well formed, but breaks a rule of the plan (a duplicate id, a link
    /// to nothing).
    Invalid(ValidationError),
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentError::Empty => write!(f, "The file is empty."),
            DocumentError::TooLarge { bytes } => write!(
                f,
                "The file is too large ({} KB). A plan file is at most {} KB.",
                bytes / 1000,
                MAX_IMPORT_BYTES / 1000
            ),
            DocumentError::Syntax { line, column, detail } => write!(
                f,
                "The file is not valid JSON: {detail} at line {line}, column {column}."
            ),
            DocumentError::NotAnObject => write!(
                f,
                "The file is not a STEM leadership plan: it does not hold a JSON object."
            ),
            DocumentError::MissingFormat => write!(
                f,
                "The file is not a STEM leadership plan: it has no \"format\": \"{FORMAT}\" marker."
            ),
            DocumentError::WrongFormat { found } => write!(
                f,
                "The file is not a STEM leadership plan: its format is \"{found}\", expected \"{FORMAT}\"."
            ),
            DocumentError::MissingVersion => {
                write!(f, "The plan file has no \"version\" number.")
            }
            DocumentError::BadVersion { found } => write!(
                f,
                "The plan file's \"version\" must be a whole number from 1, found {found}."
            ),
            DocumentError::NewerVersion { found } => write!(
                f,
                "This plan was made by a newer version of the planner (file version {found}; this planner reads up to version {VERSION}). Open it with the newer planner, or ask for a file saved by this version."
            ),
            DocumentError::Structure { path, detail } => {
                write!(f, "The plan file has a problem at {path}: {detail}.")
            }
            DocumentError::Invalid(error) => {
                write!(f, "The plan file has a problem at {error}.")
            }
        }
    }
}

impl std::error::Error for DocumentError {}

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    plan: &'a Plan,
}

fn document(plan: &Plan) -> DocumentOut<'_> {
    DocumentOut {
        format: FORMAT,
        version: VERSION,
        plan,
    }
}

/// The exported file: pretty-printed so people can read and diff it.
pub fn to_pretty_json(plan: &Plan) -> String {
    // Serializing plain structs and strings cannot fail; the field order
    // (format and version first) follows the structs.
    serde_json::to_string_pretty(&document(plan)).unwrap_or_default() + "\n"
}

/// Reads a plan file. Any error leaves the caller's plan untouched, because
/// nothing is returned but the error.
pub fn parse_document(text: &str) -> Result<Plan, DocumentError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(DocumentError::TooLarge { bytes: text.len() });
    }
    // A byte order mark is what some editors put in front of UTF-8 files.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(DocumentError::Empty);
    }
    if let Some(plan) = current_plan(text) {
        return plan
            .validate()
            .map(|()| plan)
            .map_err(DocumentError::Invalid);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| DocumentError::Syntax {
        line: e.line(),
        column: e.column(),
        detail: syntax_detail(&e),
    })?;
    plan_from_value(value)
}

/// The marker and version of a document, read without the rest.
#[derive(serde::Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

/// The usual case in one pass: a well-formed file of this version read
/// straight into a plan, with no JSON value, migration or field paths in
/// between (District reads hundreds of files at a time: this halves the
/// time each takes). `None` for anything else: the full path then finds
/// what is wrong and says where.
fn current_plan(text: &str) -> Option<Plan> {
    let header: Header = serde_json::from_str(text).ok()?;
    if header.format.as_deref() != Some(FORMAT) || header.version != Some(VERSION) {
        return None;
    }
    serde_json::from_str(text).ok()
}

fn syntax_detail(error: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; we say where in our own words.
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

/// Checks marker, version and structure of an already parsed document, naming the field
/// at fault (`implementation.actions[3].status`) when the structure is wrong.
pub fn plan_from_value(value: Value) -> Result<Plan, DocumentError> {
    let object = value.as_object().ok_or(DocumentError::NotAnObject)?;
    match object.get("format") {
        None => return Err(DocumentError::MissingFormat),
        Some(Value::String(found)) if found == FORMAT => {}
        Some(Value::String(found)) => {
            return Err(DocumentError::WrongFormat {
                found: found.clone(),
            })
        }
        Some(other) => {
            return Err(DocumentError::WrongFormat {
                found: other.to_string(),
            })
        }
    }
    let version = match object.get("version") {
        None => return Err(DocumentError::MissingVersion),
        Some(version) => match whole_number(version) {
            Some(v) if v > VERSION => return Err(DocumentError::NewerVersion { found: v }),
            Some(v) if v >= OLDEST_VERSION => v,
            _ => {
                return Err(DocumentError::BadVersion {
                    found: version.to_string(),
                })
            }
        },
    };
    let plan = read_structure(&migrate(value, version))?;
    plan.validate().map_err(DocumentError::Invalid)?;
    Ok(plan)
}

/// A version number as a whole number: `2`, or `2.0` as some tools write it (Python's `json`
/// writes a float that way, and JSON Schema's `"const": 2` accepts it, so the published schema
/// and the planner agree). `2.5`, a negative number or text is not one.
fn whole_number(value: &Value) -> Option<u64> {
    value.as_u64().or_else(|| {
        let float = value.as_f64()?;
        // u64::MAX as f64 is 2^64, one past the largest u64, hence `<`.
        (float.fract() == 0.0 && float >= 0.0 && float < u64::MAX as f64).then_some(float as u64)
    })
}

/// Reads the structure of a migrated document into a `Plan`. It is read from its text, so
/// that an error's position gives the field's path (`json_path`): serde_json alone says
/// where reading stopped but not which field, and reading through serde_path_to_error
/// would double the reading code of every type in the download.
fn read_structure(value: &Value) -> Result<Plan, DocumentError> {
    // Writing a Value cannot fail (its keys are strings).
    let text = serde_json::to_string(value).unwrap_or_default();
    serde_json::from_str(&text).map_err(|e| {
        let path = json_path::path_at(&text, json_path::offset_of(&text, e.line(), e.column()));
        DocumentError::Structure {
            path: if path == "." {
                "the top level".to_string()
            } else {
                path
            },
            detail: syntax_detail(&e),
        }
    })
}

/// Brings a document of an older version up to [`VERSION`], one step at a
/// time, on the JSON value (before the structure is read, so each step sees
/// exactly the shape its version wrote). Checking the result is the
/// reader's job.
fn migrate(mut value: Value, from: u64) -> Value {
    if from < 2 {
        value = migrate_1_to_2(value);
    }
    value
}

/// Version 1 has no implementation plan: a migrated plan starts from the
/// source's, as a new plan does (the six considerations with their
/// practices as actions, the ten planning documents, the four goals, no
/// costs), which `Plan`'s serde default for `implementation` supplies.
/// Version 1 builds ignore unknown fields and never write `implementation`,
/// so one found in a version 1 file is not the user's work and is dropped.
pub fn migrate_1_to_2(mut value: Value) -> Value {
    if let Value::Object(object) = &mut value {
        object.remove("implementation");
        object.insert("version".to_string(), Value::from(2));
    }
    value
}

/// The export file name: the plan's title as a slug, then the date
/// (`lincoln-usd-stem-plan-2026-11-22.json`).
pub fn export_file_name(plan: &Plan, date_iso: &str) -> String {
    format!("{}-{date_iso}.json", file_stem(plan))
}

/// How files made from a plan begin: its title as a slug, or
/// `stem-leadership-plan` when the title has no letters or digits.
pub fn file_stem(plan: &Plan) -> String {
    let slug = slugify(plan.display_title());
    if slug.is_empty() {
        "stem-leadership-plan".to_string()
    } else {
        slug
    }
}

/// What localStorage holds: the document plus a revision number that only
/// grows, so a tab can tell by data (not clocks) whether its copy is older.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredPlan {
    pub revision: u64,
    pub plan: Plan,
}

pub fn to_stored_json(revision: u64, plan: &Plan) -> String {
    #[derive(Serialize)]
    struct StoredOut<'a> {
        revision: u64,
        document: DocumentOut<'a>,
    }
    // Pretty, like the export: one serializer in the wasm instead of two
    // (8 KB less gzip); the spaces cost little of the quota.
    serde_json::to_string_pretty(&StoredOut {
        revision,
        document: document(plan),
    })
    .unwrap_or_default()
}

/// The revision rule between tabs: a tab may write only when nothing newer
/// than the copy it started from has been saved since.
pub fn may_overwrite(known_revision: u64, stored_revision: Option<u64>) -> bool {
    stored_revision.is_none_or(|stored| stored <= known_revision)
}

/// Reads only the revision of a stored copy (cheap check before each save).
pub fn stored_revision(text: &str) -> Option<u64> {
    serde_json::from_str::<Value>(text)
        .ok()?
        .get("revision")?
        .as_u64()
}

pub fn parse_stored(text: &str) -> Result<StoredPlan, DocumentError> {
    let value: Value = serde_json::from_str(text).map_err(|e| DocumentError::Syntax {
        line: e.line(),
        column: e.column(),
        detail: syntax_detail(&e),
    })?;
    let mut object = match value {
        Value::Object(object) => object,
        _ => return Err(DocumentError::NotAnObject),
    };
    let revision = object.get("revision").and_then(Value::as_u64).unwrap_or(0);
    let document = object.remove("document").ok_or(DocumentError::Structure {
        path: "the top level".into(),
        detail: "missing field `document`".into(),
    })?;
    Ok(StoredPlan {
        revision,
        plan: plan_from_value(document)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
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
            include_str!("../../tests/fixtures/schema/every-field-plan.json").to_string(),
            include_str!("../../tests/fixtures/schema/minimal-plan.json").to_string(),
        ] {
            let one_pass = current_plan(&text).expect("a current file takes the one pass");
            let full = plan_from_value(serde_json::from_str(&text).unwrap()).unwrap();
            assert_eq!(one_pass, full);
        }
    }

    #[test]
    fn files_the_one_pass_cannot_read_go_the_full_path() {
        let current = exported();
        // A version 1 file (migrated), a duplicated key (the last one
        // counts, as in any JSON reader) and a wrong field are left to it.
        let older = current.replacen("\"version\": 2", "\"version\": 1", 1);
        assert_eq!(current_plan(&older), None);
        assert!(parse_document(&older).is_ok());
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
                "{\n  \"format\": \"stem-leadership-plan\",\n  \"version\": 2,\n  \"title\""
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
        let err =
            parse_document("{\n  \"format\": \"stem-leadership-plan\",\n  \"version\": 1,,\n}")
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
        let newer = with_version("3").unwrap_err();
        assert_eq!(newer, DocumentError::NewerVersion { found: 3 });
        assert!(newer
            .to_string()
            .contains("made by a newer version of the planner"));
        assert_eq!(
            with_version("3.0"),
            Err(DocumentError::NewerVersion { found: 3 })
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
        assert!(text.contains("\"version\": 2,"));
        for written in ["2.0", "2.00", "2e0"] {
            let file = text.replacen("\"version\": 2,", &format!("\"version\": {written},"), 1);
            let plan = parse_document(&file).unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!(to_pretty_json(&plan), text, "{written} opens as version 2");
        }
        // A version 1 file written as 1.0 is migrated like any version 1 file.
        let v1 = V1_FILE.replacen("\"version\": 1,", "\"version\": 1.0,", 1);
        assert_ne!(v1, V1_FILE);
        assert_eq!(parse_document(&v1), parse_document(V1_FILE));
        // Not a whole number: refused with the same message as before.
        let err =
            parse_document(&text.replacen("\"version\": 2,", "\"version\": 2.5,", 1)).unwrap_err();
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
    const V1_FILE: &str = include_str!("../../tests/fixtures/plan-v1.json");

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
    fn migrated_plan_is_written_as_version_2_and_reads_back_equal() {
        let plan = migrated();
        let text = to_pretty_json(&plan);
        assert!(text.contains("\"version\": 2,"));
        assert!(text.contains("\"implementation\": {"));
        assert_eq!(parse_document(&text), Ok(plan));
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
        let mut value: Value = serde_json::from_str(&exported()).expect("JSON");
        value.as_object_mut().map(|o| o.remove("implementation"));
        let plan = plan_from_value(value).expect("loads");
        assert_eq!(plan.implementation, Implementation::from_source());
    }

    #[test]
    fn version_3_is_refused_as_newer() {
        let mut value: Value = serde_json::from_str(&exported()).expect("JSON");
        value["version"] = Value::from(3);
        let err = plan_from_value(value).unwrap_err();
        assert_eq!(err, DocumentError::NewerVersion { found: 3 });
        assert!(
            err.to_string()
                .contains("this planner reads up to version 2"),
            "{err}"
        );
    }

    #[test]
    fn implementation_problems_name_their_path() {
        let base: Value = serde_json::from_str(&exported()).expect("JSON");
        let mut value = base.clone();
        value["implementation"]["considerations"]["culture"][0]["target_date"] =
            "2026-02-30".into();
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
    fn the_documented_example_is_a_valid_version_2_file() {
        let doc = include_str!("../../docs/file-format.md");
        let section = &doc[doc.find("## Example").expect("section")..];
        let start = section.find("```json\n").expect("example") + "```json\n".len();
        let example = &section[start..start + section[start..].find("```").expect("end")];
        let plan = parse_document(example).unwrap_or_else(|e| panic!("{e}"));
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
}
