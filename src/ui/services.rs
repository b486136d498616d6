//! What the planner takes from the browser, built once by `start()` and
//! provided as one context: the address bar, the clock and the plan's
//! working copy in localStorage; the District section's kept files in
//! IndexedDB are a context of their own (`DistrictStore`).
//! Components reach them through `use_services()`, never the browser
//! directly while they mount, so a test mounts any section alone with
//! in-memory ones (`tests/common/mod.rs`).
//!
//! Each service is a struct of plain function pointers: one `Copy` value, no
//! generics and no trait objects, so nothing is compiled twice.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::model::Plan;
use crate::storage::file_status::{FileCopy, LocalTime};
use crate::web::district_store::{self, FileToKeep, KeptFile, StoreError};
use crate::web::local_store::{self, Loaded, SaveError};

/// The URL's hash (`#roles/tl-2`).
#[derive(Clone, Copy)]
pub struct Address {
    pub read: fn() -> String,
    /// Goes to a hash with a history entry.
    pub push: fn(&str) -> Result<(), String>,
    /// Writes the hash in place of the current one, with no history entry.
    pub replace: fn(&str) -> Result<(), String>,
    /// The URL's query string, with its `?` (test settings such as the
    /// reminder's delay).
    pub query: fn() -> String,
}

#[derive(Clone, Copy)]
pub struct Clock {
    /// Epoch milliseconds.
    pub now_ms: fn() -> f64,
    /// Milliseconds for timing slices of work.
    pub monotonic_ms: fn() -> f64,
    /// Epoch milliseconds on the user's clock.
    pub local_time: fn(f64) -> LocalTime,
}

impl Clock {
    /// Today's date in the user's time zone, as YYYY-MM-DD.
    pub fn today_iso(&self) -> String {
        (self.local_time)((self.now_ms)()).date_iso()
    }
}

/// The plan's working copy and the records kept beside it (`web::local_store`).
#[derive(Clone, Copy)]
pub struct PlanStore {
    pub load: fn() -> Loaded,
    /// False where the browser refuses to keep anything.
    pub available: fn() -> bool,
    /// Saves over `known_revision`, giving the new revision.
    pub save: fn(&Plan, u64) -> Result<u64, SaveError>,
    /// Another tab's copy, when it is newer than `known_revision`.
    pub newer_copy: fn(u64) -> Option<(u64, Plan)>,
    pub keep_before_import: fn(&Plan) -> bool,
    pub before_import: fn() -> Option<Plan>,
    pub load_file_copy: fn() -> FileCopy,
    pub store_file_copy: fn(&FileCopy),
    /// What the planner keeps in this browser, in bytes.
    pub bytes: fn() -> f64,
}

pub type StoreFuture<T> = Pin<Box<dyn Future<Output = Result<T, StoreError>>>>;

/// The District section's opened plan files (`web::district_store`). Not in
/// `Services`: the browser's is provided with the District section's code
/// (`ui/mod.rs`), so the first load holds none of the IndexedDB code.
#[derive(Clone, Copy)]
pub struct DistrictStore {
    pub load: fn() -> StoreFuture<Vec<KeptFile>>,
    pub keep: fn(Vec<FileToKeep>) -> StoreFuture<()>,
    pub forget: fn(Vec<String>) -> StoreFuture<()>,
    pub clear: fn() -> StoreFuture<()>,
}

#[derive(Clone, Copy)]
pub struct Services {
    pub address: Address,
    pub clock: Clock,
    pub plan_store: PlanStore,
}

impl Services {
    /// The browser's own: what the planner uses outside tests.
    pub fn browser() -> Self {
        Services {
            address: Address {
                read: crate::web::current_hash,
                push: crate::web::go_to_hash,
                replace: crate::web::replace_hash,
                query: crate::web::current_query,
            },
            clock: Clock {
                now_ms: crate::web::now_ms,
                monotonic_ms: crate::web::monotonic_ms,
                local_time: crate::web::local_time,
            },
            plan_store: PlanStore {
                load: local_store::load,
                available: local_store::storage_available,
                save: local_store::save,
                newer_copy: local_store::newer_copy,
                keep_before_import: local_store::keep_before_import,
                before_import: local_store::before_import,
                load_file_copy: local_store::load_file_copy,
                store_file_copy: local_store::store_file_copy,
                bytes: local_store::planner_bytes,
            },
        }
    }
}

/// The services `start()` provides; the browser's where none were (a
/// component mounted on its own), as before there were services.
pub fn use_services() -> Services {
    use_context::<Services>().unwrap_or_else(Services::browser)
}

impl DistrictStore {
    /// The browser's IndexedDB store.
    pub fn browser() -> Self {
        DistrictStore {
            load: || Box::pin(district_store::load()),
            keep: |files| Box::pin(async move { district_store::keep(&files).await }),
            forget: |names| Box::pin(async move { district_store::forget(&names).await }),
            clear: || Box::pin(district_store::clear()),
        }
    }
}
