//! The plan file format: one JSON object with a format marker and a version,
//! the plan's fields beside them. The same document is exported, imported and
//! kept (inside a small envelope) in localStorage.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::model::values::ids::{slugify, LineageId};
use crate::model::values::json::write_json;
use crate::model::{Plan, ValidationError};
use crate::storage::json_path;

/// Marks a JSON file as one of ours.
pub const FORMAT: &str = "stem-leadership-plan";
/// The version this build writes and the newest it reads.
///
/// * 1: title, organization, matrix, teacher roles.
/// * 2: adds `implementation` (considerations, planning documents, goals,
///   sustainability). Read from 1 by [`migrate_1_to_2`].
/// * 3: adds `school_year` (the year the plan is for, optional) and `lineage`
///   (what the plans of one school across years and the copies of one plan
///   share). Read from 2 by [`migrate_2_to_3`], which gives the plan a
///   lineage derived from the version 2 document.
pub const VERSION: u64 = 3;
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
    // The field order (format and version first) follows the structs.
    write_json(&document(plan), true, 64_000) + "\n"
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
    if from < 3 {
        value = migrate_2_to_3(value);
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

/// Version 2 has no school year and no lineage. The school year stays
/// absent (nobody set it). The lineage is derived from the version 2
/// document, so every copy of one version 2 file gets the same lineage (and
/// "merge a copy" can tell they are copies of one plan), while different
/// files get different ones: `ln-` and the 16 hex digits of the 64-bit
/// FNV-1a hash of the document written as compact JSON (`serde_json`,
/// object keys sorted), taken after the two steps below and before the
/// lineage and version 3 are set.
///
/// 1. A `lineage` or `school_year` found in a version 2 file is dropped:
///    version 2 builds ignore unknown fields and never wrote them, so they
///    are not the user's work.
/// 2. The version is written `2` (a file may say `2.0`, the same version).
///
/// Nothing else is left out: two files that differ in any value (even a
/// field a version 2 build ignored) get different lineages; the layout
/// (spaces, line breaks, key order) does not count. A version 1 file is
/// hashed as step 1 to 2 leaves it.
pub fn migrate_2_to_3(mut value: Value) -> Value {
    if let Value::Object(object) = &mut value {
        object.remove("lineage");
        object.remove("school_year");
        object.insert("version".to_string(), Value::from(2));
        // Writing a Value cannot fail (its keys are strings).
        let text = serde_json::to_string(object).unwrap_or_default();
        let lineage = LineageId::from_bits(fnv1a_64(text.as_bytes()));
        object.insert("lineage".to_string(), Value::from(lineage.as_str()));
        object.insert("version".to_string(), Value::from(3));
    }
    value
}

/// The 64-bit FNV-1a hash: small, stable across builds and platforms (unlike
/// `std`'s hasher), which a lineage stored in files needs.
fn fnv1a_64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
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
    // Compact: a full plan is about 31 KB so, 48 KB pretty, of a quota
    // several plans share. The same formatter type as the export's, so the
    // wasm holds one serializer (see `DocumentFormatter`).
    write_json(
        &StoredOut {
            revision,
            document: document(plan),
        },
        false,
        40_000,
    )
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
mod tests;
