//! Keeping file handles across reloads, in IndexedDB (the `idb` crate).
//!
//! A `FileSystemFileHandle` cannot go to localStorage, but IndexedDB stores
//! it by structured clone, and the browser hands it back after a reload with
//! its permission reset to "prompt". Two stores: `current` holds, per plan,
//! the handle of the file the plan was last saved to or opened from (under
//! `plan-file/<plan id>`), and `recent` the last few files by name, each with
//! the plan it belongs to, for the Data page.
//!
//! IndexedDB may be missing (some private modes) or blocked by policy; every
//! call then fails with a value and the planner keeps handles for the session
//! only, as before.

use idb::{Database, TransactionMode};
use js_sys::Object;
use wasm_bindgen::JsValue;

use super::idb_store::{self, fail, Change};
use super::{property, set};
use crate::storage::library::PlanId;

const DATABASE: &str = "stem-leadership-planner";
const VERSION: u32 = 1;
const CURRENT: &str = "current";
const RECENT: &str = "recent";
/// Where earlier versions, with one plan per browser, kept its file's handle:
/// the plan moved to `PlanId::legacy()` still finds it.
const LEGACY_CURRENT_KEY: &str = "plan-file";

fn current_key(plan: &PlanId) -> String {
    format!("{LEGACY_CURRENT_KEY}/{plan}")
}
/// How many recent files the Data page lists.
pub const KEEP_RECENT: usize = 5;

/// A file saved to or opened from, as Data lists it.
#[derive(Clone, Debug)]
pub struct RecentFile {
    pub name: String,
    /// When the planner last saved to or opened it, epoch ms.
    pub at_ms: f64,
    /// True when the planner last saved to it; false when it opened it.
    pub saved: bool,
    pub handle: JsValue,
    /// The plan it was saved from or opened into (none in records of
    /// earlier versions, which belong to the plan moved to `PlanId::legacy()`).
    pub plan: Option<PlanId>,
}

impl RecentFile {
    fn to_js(&self) -> JsValue {
        let record = Object::new();
        set(&record, "name", &self.name.as_str().into());
        set(&record, "atMs", &self.at_ms.into());
        set(&record, "saved", &self.saved.into());
        set(&record, "handle", &self.handle);
        if let Some(plan) = &self.plan {
            set(&record, "plan", &plan.as_str().into());
        }
        record.into()
    }

    /// Whether this file belongs to `plan`.
    fn belongs_to(&self, plan: &PlanId) -> bool {
        match &self.plan {
            Some(own) => own == plan,
            None => *plan == PlanId::legacy(),
        }
    }

    fn from_js(value: &JsValue) -> Option<RecentFile> {
        Some(RecentFile {
            name: property(value, "name")?.as_string()?,
            at_ms: property(value, "atMs")?.as_f64()?,
            saved: property(value, "saved")?.as_bool()?,
            handle: property(value, "handle")?,
            plan: property(value, "plan")
                .and_then(|plan| plan.as_string())
                .and_then(|plan| PlanId::parse(&plan)),
        })
    }
}

pub use super::idb_store::StoreError;

async fn open() -> Result<Database, StoreError> {
    idb_store::open(DATABASE, VERSION, &[CURRENT, RECENT]).await
}

/// The handle of the file `plan` was last saved to or opened from.
pub async fn current(plan: &PlanId) -> Result<Option<RecentFile>, StoreError> {
    let database = open().await?;
    let transaction = database
        .transaction(&[CURRENT], TransactionMode::ReadOnly)
        .map_err(fail)?;
    let store = transaction.object_store(CURRENT).map_err(fail)?;
    let mut value = store
        .get(JsValue::from_str(&current_key(plan)))
        .map_err(fail)?
        .await
        .map_err(fail)?;
    if value.is_none() && *plan == PlanId::legacy() {
        value = store
            .get(JsValue::from_str(LEGACY_CURRENT_KEY))
            .map_err(fail)?
            .await
            .map_err(fail)?;
    }
    database.close();
    Ok(value.as_ref().and_then(RecentFile::from_js))
}

/// `plan`'s recent files, newest first.
pub async fn recent(plan: &PlanId) -> Result<Vec<RecentFile>, StoreError> {
    let values = idb_store::read_all(open().await?, RECENT).await?;
    let mut files: Vec<RecentFile> = values
        .iter()
        .filter_map(RecentFile::from_js)
        .filter(|file| file.belongs_to(plan))
        .collect();
    files.sort_by(|a, b| b.at_ms.total_cmp(&a.at_ms));
    Ok(files)
}

/// Keeps `file` as `plan`'s current file and at the top of its recent ones
/// (one entry per name), dropping the oldest beyond `KEEP_RECENT`.
pub async fn remember(plan: &PlanId, file: &RecentFile) -> Result<(), StoreError> {
    let older = recent(plan).await?;
    let record = file.to_js();
    let key = current_key(plan);
    let mut changes = vec![
        Change::Put {
            store: CURRENT,
            key: &key,
            value: record.clone(),
        },
        Change::Put {
            store: RECENT,
            key: &file.name,
            value: record,
        },
    ];
    let others = older.iter().filter(|old| old.name != file.name);
    changes.extend(others.skip(KEEP_RECENT - 1).map(|stale| Change::Delete {
        store: RECENT,
        key: &stale.name,
    }));
    idb_store::write(open().await?, &[CURRENT, RECENT], changes).await
}

/// `plan` no longer comes from a kept file (an import from elsewhere):
/// a reload must not save over that file unasked.
pub async fn forget_current(plan: &PlanId) -> Result<(), StoreError> {
    let key = current_key(plan);
    let mut changes = vec![Change::Delete {
        store: CURRENT,
        key: &key,
    }];
    if *plan == PlanId::legacy() {
        changes.push(Change::Delete {
            store: CURRENT,
            key: LEGACY_CURRENT_KEY,
        });
    }
    idb_store::write(open().await?, &[CURRENT], changes).await
}
