//! The plan list's changes in localStorage: create, read, write, delete and
//! restore whole plans, and the plans of one lineage. Called only from code
//! that arrives on demand (the Plans section, the progress over the years),
//! so none of it is in the first load. Failures come back as values.

use gloo_storage::Storage as _;
use web_sys::Storage;

use super::error_text;
use super::local_store::{self, SaveError};
use crate::model::values::ids::LineageId;
use crate::model::Plan;
use crate::storage::document::{parse_stored, stored_revision, to_stored_json};
use crate::storage::library::{
    about_key, keys_of, plan_key, Capacity, PlanAbout, PlanEntry, PlanId, RemovedPlan,
};

fn local_storage() -> Result<Storage, SaveError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(SaveError::Refused)
}

fn set(storage: &Storage, key: &str, value: &str) -> Result<(), SaveError> {
    storage
        .set_item(key, value)
        .map_err(|error| SaveError::Failed(error_text(&error)))
}

/// Keeps `plan` as a new plan; a full quota leaves nothing half written.
pub fn create(plan: &Plan) -> Result<PlanId, SaveError> {
    let storage = local_storage()?;
    let id = local_store::fresh_plan_id();
    let written = set(&storage, &plan_key(&id), &to_stored_json(1, plan)).and_then(|()| {
        set(
            &storage,
            &about_key(&id),
            &PlanAbout::of(plan, super::now_ms()).to_json(),
        )
    });
    if let Err(error) = written {
        for key in keys_of(&id) {
            gloo_storage::LocalStorage::delete(key);
        }
        return Err(error);
    }
    Ok(id)
}

/// A kept plan; the error says why it cannot be read.
pub fn read(id: &PlanId) -> Result<Plan, String> {
    let text = local_store::read_raw(&plan_key(id))
        .ok_or_else(|| "This plan is no longer in this browser.".to_string())?;
    parse_stored(&text)
        .map(|stored| stored.plan)
        .map_err(|error| error.to_string())
}

/// Writes a plan that this tab does not have open, one revision past the
/// stored one, with its list record.
pub fn write(id: &PlanId, plan: &Plan) -> Result<(), SaveError> {
    let storage = local_storage()?;
    let key = plan_key(id);
    let stored = storage.get_item(&key).ok().flatten();
    let next = stored.as_deref().and_then(stored_revision).unwrap_or(0) + 1;
    set(&storage, &key, &to_stored_json(next, plan))?;
    set(
        &storage,
        &about_key(id),
        &PlanAbout::of(plan, super::now_ms()).to_json(),
    )
}

/// Removes every record of plan `id`, giving them back for Undo.
pub fn delete(id: &PlanId) -> Result<RemovedPlan, SaveError> {
    let storage = local_storage()?;
    let records: Vec<(String, String)> = keys_of(id)
        .into_iter()
        .filter_map(|key| {
            let value = storage.get_item(&key).ok().flatten()?;
            Some((key, value))
        })
        .collect();
    let title = records
        .iter()
        .find(|(key, _)| *key == about_key(id))
        .and_then(|(_, text)| PlanAbout::from_json(text))
        .map(|about| about.title)
        .unwrap_or_default();
    for (key, _) in &records {
        storage
            .remove_item(key)
            .map_err(|error| SaveError::Failed(error_text(&error)))?;
    }
    Ok(RemovedPlan {
        id: id.clone(),
        title,
        records,
    })
}

/// Puts back a deleted plan's records.
pub fn restore(removed: &RemovedPlan) -> Result<(), SaveError> {
    let storage = local_storage()?;
    for (key, value) in &removed.records {
        set(&storage, key, value)?;
    }
    Ok(())
}

/// The readable plans of `lineage`, but `except`.
/// Only their list records are read to find them (not `list`, which also
/// measures every plan), then the plans themselves.
pub fn lineage_plans(lineage: &LineageId, except: &PlanId) -> Vec<Plan> {
    let of_lineage = |id: &PlanId| {
        local_store::read_raw(&about_key(id))
            .and_then(|text| PlanAbout::from_json(&text))
            .is_some_and(|about| about.lineage.as_ref() == Some(lineage))
    };
    local_store::kept_ids()
        .into_iter()
        .filter(|id| id != except && of_lineage(id))
        .filter_map(|id| read(&id).ok())
        .collect()
}

/// How full the planner's share is, with `entries` the list just read.
pub fn capacity(entries: &[PlanEntry]) -> Capacity {
    Capacity::of(entries, local_store::chars_outside_plans())
}

/// Opens plan `id` in this tab at `hash` (`#matrix`): a page of its own.
pub fn open(id: &PlanId, hash: &str) -> Result<(), String> {
    let location = web_sys::window()
        .ok_or("the page has no window")?
        .location();
    location
        .assign(&format!("?plan={id}{hash}"))
        .map_err(|error| error_text(&error))
}
