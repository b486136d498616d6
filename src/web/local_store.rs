//! localStorage: the plans kept in this browser, each under its own keys
//! (`storage::library` lays them out). Every browser call here can fail
//! (blocked storage, full quota, odd records) and each failure comes back as
//! a value the UI can show, never a panic.

use gloo_storage::Storage as _;

use web_sys::Storage;

use super::error_text;
use crate::model::values::ids::LineageId;
use crate::model::Plan;
use crate::storage::document::{
    may_overwrite, parse_document, parse_stored, stored_revision, to_pretty_json, to_stored_json,
};
use crate::storage::file_status::FileCopy;
use crate::storage::library::{
    self, about_key, before_import_key, choose_opening, file_copy_key, keys_of, plan_key,
    unreadable_key, Opening, PlanAbout, PlanEntry, PlanId, KEY_PREFIX, LAST_OPEN_KEY,
};

/// localStorage, or None when the browser refuses it (reading the property
/// throws under policies that block site data).
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn storage_available() -> bool {
    local_storage().is_some()
}

/// What start-up found in storage for the plan it opens.
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
        /// Whether the raw text was copied to the plan's `unreadable` key.
        backup_kept: bool,
    },
}

/// The plan a page opens, and how it came to be that one.
pub struct Opened {
    pub id: PlanId,
    /// The URL named a plan this browser does not hold (what it named).
    pub missing: Option<String>,
    /// A first plan made at start-up, as it was kept: nothing to read back.
    pub made: Option<Loaded>,
}

/// Chooses the plan this page opens (`choose_opening`): the one the URL's
/// `plan` names, else the last opened or any kept, else a first plan, made
/// and kept here. The one plan of earlier versions is first moved into the list.
pub fn open_at_start(named: Option<&str>) -> Opened {
    move_legacy_plan();
    let last_open = read_raw(LAST_OPEN_KEY);
    let kept = |id| Opened {
        id,
        missing: None,
        made: None,
    };
    let first = |missing| {
        let (id, made) = keep_first_plan();
        Opened {
            id,
            missing,
            made: Some(made),
        }
    };
    let opened = match choose_opening(named, last_open.as_deref(), &kept_ids()) {
        Opening::Named(id) | Opening::Last(id) => kept(id),
        Opening::Missing {
            named,
            instead: Some(id),
        } => Opened {
            missing: Some(named),
            ..kept(id)
        },
        Opening::Missing {
            named,
            instead: None,
        } => first(Some(named)),
        Opening::First => first(None),
    };
    // Best effort: without it, a page with no `?plan=` opens another kept plan.
    if last_open.as_deref() != Some(opened.id.as_str()) {
        if let Some(storage) = local_storage() {
            if storage.set_item(LAST_OPEN_KEY, opened.id.as_str()).is_err() {
                // A full quota: the plan's own save will say so.
            }
        }
    }
    opened
}

/// A browser's first plan: the source's defaults for this school year, with a
/// lineage of its own, kept at once so the list, a bookmark and a second tab
/// find it (where nothing can be kept, it lives in this page only).
fn keep_first_plan() -> (PlanId, Loaded) {
    let id = fresh_plan_id();
    let plan = Plan::new_for_year(LineageId::from_bits(random_bits()), &super::today_iso());
    // Blocked or full storage keeps revision 0: the page opens the plan and
    // says why when the first change cannot be saved.
    let revision = save(&id, &plan, 0).unwrap_or(0);
    let made = Loaded {
        plan,
        revision,
        problem: None,
    };
    (id, made)
}

/// The ids of the plans kept, from their keys alone.
pub fn kept_ids() -> Vec<PlanId> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| library::id_of_about_key(&key))
        .collect()
}

/// A new plan id from the browser's random numbers.
pub fn fresh_plan_id() -> PlanId {
    PlanId::from_bits(random_bits())
}

/// 64 random bits (`Math.random`: ids only need to differ, not be secret).
pub fn random_bits() -> u64 {
    let high = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let low = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (high << 32) | low
}

/// Moves the one plan of earlier versions (`LEGACY_PLAN_KEY` and the records
/// beside it) to `PlanId::legacy()`: copied first, and the old keys removed
/// only once every copy is written, so a full quota loses nothing (the next
/// start tries again). A second tab doing the same writes the same keys.
fn move_legacy_plan() {
    let Some(storage) = local_storage() else {
        return;
    };
    let read = |key: &str| storage.get_item(key).ok().flatten();
    let Some(legacy) = library::legacy_move(read, super::now_ms()) else {
        return;
    };
    let written = legacy
        .writes
        .iter()
        .all(|(key, value)| storage.set_item(key, value).is_ok());
    if written {
        for key in legacy.then_remove {
            gloo_storage::LocalStorage::delete(key);
        }
    }
}

/// The plans kept in this browser, the most recently changed first.
pub fn list() -> Vec<PlanEntry> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect();
    let mut entries: Vec<PlanEntry> = keys
        .iter()
        .filter_map(|key| library::id_of_about_key(key))
        .map(|id| {
            let read = |key: String| storage.get_item(&key).ok().flatten();
            let about = read(about_key(&id))
                .and_then(|text| PlanAbout::from_json(&text))
                .unwrap_or_else(|| PlanAbout::unreadable(0.0));
            let file_name = read(file_copy_key(&id))
                .map(|text| FileCopy::from_json(&text))
                .and_then(|copy| copy.last.map(|last| last.name));
            let chars = keys_of(&id)
                .iter()
                .map(|key| {
                    key.encode_utf16().count()
                        + read(key.clone()).map_or(0, |v| v.encode_utf16().count())
                })
                .sum();
            PlanEntry {
                id,
                about,
                file_name,
                chars,
            }
        })
        .collect();
    library::sort_entries(&mut entries);
    entries
}

/// Loads plan `id`'s working copy; a plan not kept yet is the source's defaults.
pub fn load(id: &PlanId) -> Loaded {
    let fresh = |problem| Loaded {
        plan: Plan::default(),
        revision: 0,
        problem,
    };
    let Some(storage) = local_storage() else {
        return fresh(None);
    };
    let text = match storage.get_item(&plan_key(id)) {
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
            let backup_kept = storage.set_item(&unreadable_key(id), &text).is_ok();
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

impl SaveError {
    /// The browser refused because its storage is full: Chromium's and
    /// Safari's `QuotaExceededError`, Firefox's `NS_ERROR_DOM_QUOTA_REACHED`.
    pub fn is_quota(&self) -> bool {
        matches!(self, SaveError::Failed(detail) if detail.to_ascii_lowercase().contains("quota"))
    }
}

/// Saves plan `id` unless another tab has saved newer work; returns the new
/// revision. The list's record of the plan is written with it.
pub fn save(id: &PlanId, plan: &Plan, known_revision: u64) -> Result<u64, SaveError> {
    let storage = local_storage().ok_or(SaveError::Refused)?;
    let key = plan_key(id);
    let stored = storage.get_item(&key).ok().flatten();
    let stored_rev = stored.as_deref().and_then(stored_revision);
    if !may_overwrite(known_revision, stored_rev) {
        return Err(SaveError::NewerElsewhere);
    }
    let next = known_revision.max(stored_rev.unwrap_or(0)) + 1;
    storage
        .set_item(&key, &to_stored_json(next, plan))
        .map_err(|error| SaveError::Failed(error_text(&error)))?;
    // The list's record: small, and rewritten by the next save if this one fails.
    let about = PlanAbout::of(plan, super::now_ms());
    storage
        .set_item(&about_key(id), &about.to_json())
        .map_err(|error| SaveError::Failed(error_text(&error)))?;
    Ok(next)
}

/// The newest copy of plan `id` another tab saved, if it is newer than ours and readable.
pub fn newer_copy(id: &PlanId, known_revision: u64) -> Option<(u64, Plan)> {
    let text = read_raw(&plan_key(id))?;
    let stored = parse_stored(&text).ok()?;
    (stored.revision > known_revision).then_some((stored.revision, stored.plan))
}

/// Keeps the plan an import is about to replace; false if it could not be kept.
pub fn keep_before_import(id: &PlanId, plan: &Plan) -> bool {
    local_storage().is_some_and(|s| {
        s.set_item(&before_import_key(id), &to_pretty_json(plan))
            .is_ok()
    })
}

pub fn before_import(id: &PlanId) -> Option<Plan> {
    parse_document(&read_raw(&before_import_key(id))?).ok()
}

/// What the planner's keys other than the plans' records take in
/// localStorage, in characters (UTF-16 code units, as browsers count the
/// 5 MiB limit); the plans' own are counted by `list`.
pub fn chars_outside_plans() -> usize {
    let Some(storage) = local_storage() else {
        return 0;
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(KEY_PREFIX) && !library::is_plan_record(key))
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            key.encode_utf16().count() + value.encode_utf16().count()
        })
        .sum()
}

pub fn load_file_copy(id: &PlanId) -> FileCopy {
    read_raw(&file_copy_key(id))
        .map(|text| FileCopy::from_json(&text))
        .unwrap_or_default()
}

/// Best effort: the record only drives the status line and the list's file name.
pub fn store_file_copy(id: &PlanId, copy: &FileCopy) {
    if let Some(storage) = local_storage() {
        if storage
            .set_item(&file_copy_key(id), &copy.to_json())
            .is_err()
        {
            // A full quota: the plan's own save says so, and the status line
            // keeps its words in the page until the next visit.
        }
    }
}
