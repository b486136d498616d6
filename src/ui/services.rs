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

use crate::model::values::ids::LineageId;
use crate::model::Plan;
use crate::storage::file_status::{FileCopy, LocalTime};
use crate::storage::library::{Capacity, PlanEntry, PlanId, RemovedPlan};
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

/// The open plan's working copy and the records kept beside it
/// (`web::local_store`). The open plan is fixed for the page's life: another
/// plan opens in a page of its own (`?plan=<id>`), so every per-plan
/// guarantee (autosave, two tabs, the file copy) is the single plan's.
#[derive(Clone, Copy)]
pub struct PlanStore {
    /// The plan this page has open.
    pub open: &'static PlanId,
    pub records: PlanRecords,
}

/// How one plan's records are read and written; `PlanStore`'s methods pass
/// the open plan.
#[derive(Clone, Copy)]
pub struct PlanRecords {
    pub load: fn(&PlanId) -> Loaded,
    /// False where the browser refuses to keep anything.
    pub available: fn() -> bool,
    /// Saves over `known_revision`, giving the new revision.
    pub save: fn(&PlanId, &Plan, u64) -> Result<u64, SaveError>,
    /// Another tab's copy, when it is newer than `known_revision`.
    pub newer_copy: fn(&PlanId, u64) -> Option<(u64, Plan)>,
    pub keep_before_import: fn(&PlanId, &Plan) -> bool,
    pub before_import: fn(&PlanId) -> Option<Plan>,
    pub load_file_copy: fn(&PlanId) -> FileCopy,
    pub store_file_copy: fn(&PlanId, &FileCopy),
}

impl PlanStore {
    pub fn load(&self) -> Loaded {
        (self.records.load)(self.open)
    }

    pub fn available(&self) -> bool {
        (self.records.available)()
    }

    pub fn save(&self, plan: &Plan, known_revision: u64) -> Result<u64, SaveError> {
        (self.records.save)(self.open, plan, known_revision)
    }

    pub fn newer_copy(&self, known_revision: u64) -> Option<(u64, Plan)> {
        (self.records.newer_copy)(self.open, known_revision)
    }

    pub fn keep_before_import(&self, plan: &Plan) -> bool {
        (self.records.keep_before_import)(self.open, plan)
    }

    pub fn before_import(&self) -> Option<Plan> {
        (self.records.before_import)(self.open)
    }

    pub fn load_file_copy(&self) -> FileCopy {
        (self.records.load_file_copy)(self.open)
    }

    pub fn store_file_copy(&self, copy: &FileCopy) {
        (self.records.store_file_copy)(self.open, copy)
    }

    /// The localStorage key of the open plan's working copy (another tab's
    /// `storage` event names the key it wrote).
    pub fn key(&self) -> String {
        crate::storage::library::plan_key(self.open)
    }
}

/// Every plan kept in this browser (`web::plan_library`), for the Plans
/// section and the progress over the years. Not in `Services`: the browser's
/// is taken in the code that uses it (`use_plan_library`), so the first load
/// holds none of it.
#[derive(Clone, Copy)]
pub struct PlanLibrary {
    /// The plans kept, the most recently changed first.
    pub list: fn() -> Vec<PlanEntry>,
    /// Keeps a new plan (made afresh, duplicated, the next school year, a
    /// file opened as a new plan) and gives its id.
    pub create: fn(&Plan) -> Result<PlanId, SaveError>,
    /// A kept plan, read from its working copy (the words say why not).
    pub read: fn(&PlanId) -> Result<Plan, String>,
    /// Writes a plan that is not open in this tab (a rename from the list,
    /// the lineage a next year links), as one more revision: a tab that has
    /// it open follows it as it follows any other tab's save.
    pub write: fn(&PlanId, &Plan) -> Result<(), SaveError>,
    /// Removes every record of a plan, giving them back for Undo.
    pub delete: fn(&PlanId) -> Result<RemovedPlan, SaveError>,
    /// Puts back what `delete` removed.
    pub restore: fn(&RemovedPlan) -> Result<(), SaveError>,
    /// The plans of one lineage, but `except` (the open one, whose live copy
    /// the caller has), for the progress over the years.
    pub lineage_plans: fn(&LineageId, &PlanId) -> Vec<Plan>,
    /// How full the planner's share of localStorage is, from the list just read.
    pub capacity: fn(&[PlanEntry]) -> Capacity,
    /// A new lineage id from the browser's random numbers.
    pub fresh_lineage: fn() -> LineageId,
    /// Opens a plan in this tab: the page of `?plan=<id>` (autosave flushes
    /// on the way out, as on any reload).
    pub open: fn(&PlanId, &str) -> Result<(), String>,
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
    /// The browser's own, with `open` the plan this page opened: what the
    /// planner uses outside tests.
    pub fn browser(open: &'static PlanId) -> Self {
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
                open,
                records: PlanRecords {
                    load: local_store::load,
                    available: local_store::storage_available,
                    save: local_store::save,
                    newer_copy: local_store::newer_copy,
                    keep_before_import: local_store::keep_before_import,
                    before_import: local_store::before_import,
                    load_file_copy: local_store::load_file_copy,
                    store_file_copy: local_store::store_file_copy,
                },
            },
        }
    }
}

/// The services `start()` provides (a component mounted on its own is given
/// them by its test).
pub fn use_services() -> Services {
    expect_context::<Services>()
}

/// The plan list: the one provided (a test's), else the browser's. Called
/// only from code that arrives on demand, which keeps the library's code there.
pub fn use_plan_library() -> PlanLibrary {
    use_context::<PlanLibrary>().unwrap_or_else(PlanLibrary::browser)
}

impl PlanLibrary {
    /// The browser's localStorage.
    pub fn browser() -> Self {
        use crate::web::plan_library as kept;
        PlanLibrary {
            list: local_store::list,
            create: kept::create,
            read: kept::read,
            write: kept::write,
            delete: kept::delete,
            restore: kept::restore,
            lineage_plans: kept::lineage_plans,
            capacity: kept::capacity,
            fresh_lineage: || LineageId::from_bits(local_store::random_bits()),
            open: kept::open,
        }
    }
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
