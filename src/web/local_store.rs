//! localStorage, downloads and file reading. Every browser call here can
//! fail (blocked storage, full quota, odd files) and each failure comes back
//! as a value the UI can show, never a panic.

use gloo_storage::Storage as _;

use web_sys::Storage;

use super::error_text;
use crate::model::Plan;
use crate::storage::document::{
    may_overwrite, parse_document, parse_stored, stored_revision, to_pretty_json, to_stored_json,
};
use crate::storage::file_status::FileCopy;

/// The working copy: `{"revision": N, "document": <plan file>}`.
pub const PLAN_KEY: &str = "stem-leadership-planner/plan";
/// The file copy's state (`FileCopy` as JSON), so the status stays true after a reload.
pub const FILE_COPY_KEY: &str = "stem-leadership-planner/file-copy";
/// Every key the planner writes starts with this.
const KEY_PREFIX: &str = "stem-leadership-planner/";

/// Raw text of a working copy that failed to load. Autosave never writes it.
pub const UNREADABLE_KEY: &str = "stem-leadership-planner/unreadable-backup";
/// The plan that the last import replaced, as a plan file.
pub const BEFORE_IMPORT_KEY: &str = "stem-leadership-planner/before-import";

/// localStorage, or None when the browser refuses it (reading the property
/// throws under policies that block site data).
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn storage_available() -> bool {
    local_storage().is_some()
}

/// What start-up found in storage.
pub struct Loaded {
    pub plan: Plan,
    pub revision: u64,
    /// Set when a saved copy existed but could not be used.
    pub problem: Option<LoadProblem>,
}

/// Why a saved copy could not be used (the UI words it for people).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// The browser refused to read it; its own words.
    Unreadable(String),
    /// It was read but is not a plan this build can open.
    Invalid {
        error: String,
        /// Whether the raw text was copied under `UNREADABLE_KEY`.
        backup_kept: bool,
    },
}

pub fn load() -> Loaded {
    let fresh = |problem| Loaded {
        plan: Plan::default(),
        revision: 0,
        problem,
    };
    let Some(storage) = local_storage() else {
        return fresh(None);
    };
    let text = match storage.get_item(PLAN_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return fresh(None),
        Err(error) => return fresh(Some(LoadProblem::Unreadable(error_text(&error)))),
    };
    match parse_stored(&text) {
        Ok(stored) => Loaded {
            plan: stored.plan,
            revision: stored.revision,
            problem: None,
        },
        Err(error) => {
            let backup_kept = storage.set_item(UNREADABLE_KEY, &text).is_ok();
            Loaded {
                plan: Plan::default(),
                // Keep counting from the stored revision so other tabs still order saves.
                revision: stored_revision(&text).unwrap_or(0),
                problem: Some(LoadProblem::Invalid {
                    error: error.to_string(),
                    backup_kept,
                }),
            }
        }
    }
}

/// Raw saved text kept under `key`, if any.
pub fn read_raw(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn remove(key: &str) {
    if local_storage().is_some() {
        gloo_storage::LocalStorage::delete(key);
    }
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage is blocked: nothing can be kept after closing.
    Refused,
    /// Another tab saved a newer copy since this tab loaded its copy.
    NewerElsewhere,
    /// The browser refused the write (usually the storage quota).
    Failed(String),
}

/// Saves the plan unless another tab has saved newer work; returns the new revision.
pub fn save(plan: &Plan, known_revision: u64) -> Result<u64, SaveError> {
    let storage = local_storage().ok_or(SaveError::Refused)?;
    let stored = storage.get_item(PLAN_KEY).ok().flatten();
    let stored_rev = stored.as_deref().and_then(stored_revision);
    if !may_overwrite(known_revision, stored_rev) {
        return Err(SaveError::NewerElsewhere);
    }
    let next = known_revision.max(stored_rev.unwrap_or(0)) + 1;
    storage
        .set_item(PLAN_KEY, &to_stored_json(next, plan))
        .map_err(|error| SaveError::Failed(error_text(&error)))?;
    Ok(next)
}

/// The newest copy another tab saved, if it is newer than ours and readable.
pub fn newer_copy(known_revision: u64) -> Option<(u64, Plan)> {
    let text = read_raw(PLAN_KEY)?;
    let stored = parse_stored(&text).ok()?;
    (stored.revision > known_revision).then_some((stored.revision, stored.plan))
}

/// Keeps the plan an import is about to replace; false if it could not be kept.
pub fn keep_before_import(plan: &Plan) -> bool {
    local_storage().is_some_and(|s| s.set_item(BEFORE_IMPORT_KEY, &to_pretty_json(plan)).is_ok())
}

pub fn before_import() -> Option<Plan> {
    parse_document(&read_raw(BEFORE_IMPORT_KEY)?).ok()
}

/// What the planner keeps in localStorage, in bytes (UTF-16: two per
/// character, as browsers count the 5 MB limit). Chrome's `estimate()` leaves
/// localStorage out, so this is shown beside it.
pub fn planner_bytes() -> f64 {
    let Some(storage) = local_storage() else {
        return 0.0;
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(KEY_PREFIX))
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            2.0 * (key.encode_utf16().count() + value.encode_utf16().count()) as f64
        })
        .sum()
}

pub fn load_file_copy() -> FileCopy {
    local_storage()
        .and_then(|s| s.get_item(FILE_COPY_KEY).ok().flatten())
        .map(|text| FileCopy::from_json(&text))
        .unwrap_or_default()
}

/// Best effort: the record only drives the status line.
pub fn store_file_copy(copy: &FileCopy) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(FILE_COPY_KEY, &copy.to_json());
    }
}
