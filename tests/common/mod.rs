//! Helpers shared by the browser test files (`tests/web*.rs`).
#![allow(dead_code)] // each test file uses its own subset

use leptos::prelude::*;
use stem_leadership_planner::ui::services::Services;
use stem_leadership_planner::ui::App;
use wasm_bindgen::JsCast;

pub fn storage() -> web_sys::Storage {
    window()
        .local_storage()
        .ok()
        .flatten()
        .expect("test browser has localStorage")
}

/// Waits `ms` milliseconds of real time (timers, autosave debounce).
pub async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Lets Leptos run effects and set `prop:value` (queued as microtasks).
pub async fn tick() {
    wait_ms(20).await;
}

/// Mounts the whole app into a new element of the page.
/// The plan the browser tests open: what `?plan=p-test` would open.
pub fn test_plan() -> &'static PlanId {
    thread_local! {
        static TEST_PLAN: &'static PlanId = Box::leak(Box::new(PlanId::parse("p-test").unwrap()));
    }
    TEST_PLAN.with(|id| *id)
}

pub fn mount_app() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), || {
        provide_context(Services::browser(test_plan()));
        view! { <App /> }
    })
    .forget();
    host
}

/// The header input whose label starts with `label`.
pub fn header_input(host: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlInputElement {
    let fields = host.query_selector_all(".app-header .field").unwrap();
    (0..fields.length())
        .filter_map(|i| fields.item(i))
        .map(|node| node.unchecked_into::<web_sys::Element>())
        .find(|el| el.text_content().unwrap_or_default().starts_with(label))
        .and_then(|el| el.query_selector("input").unwrap())
        .unwrap_or_else(|| panic!("no field labelled {label}"))
        .unchecked_into()
}

pub fn input_value(host: &web_sys::HtmlElement, label: &str) -> String {
    header_input(host, label).value()
}

/// Types `text` into a header field as a user would (one `input` event).
pub fn type_into(host: &web_sys::HtmlElement, label: &str, text: &str) {
    let input = header_input(host, label);
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

// ---- Sections mounted alone, over services kept in memory ----

use std::cell::RefCell;

use stem_leadership_planner::model::values::ids::LineageId;
use stem_leadership_planner::model::Plan;
use stem_leadership_planner::places::Place;
use stem_leadership_planner::storage::document::{parse_stored, to_stored_json};
use stem_leadership_planner::storage::file_status::{FileCopy, LocalTime};
use stem_leadership_planner::storage::library::PlanId;
use stem_leadership_planner::storage::library::{
    plan_key, sort_entries, Capacity, PlanAbout, PlanEntry, RemovedPlan,
};
use stem_leadership_planner::ui::navigation::Navigation;
use stem_leadership_planner::ui::provide_app_contexts;
use stem_leadership_planner::ui::services::{
    Address, Clock, DistrictStore, PlanLibrary, PlanRecords, PlanStore, StoreFuture,
};
use stem_leadership_planner::ui::state::PlanContext;
use stem_leadership_planner::web::district_store::KeptFile;
use stem_leadership_planner::web::local_store::{Loaded, SaveError};

/// What the in-memory services hold; reset by each `mount_section`.
#[derive(Default)]
pub struct Memory {
    /// The hash the section last wrote.
    pub hash: String,
    /// The working copy autosave wrote, with its revision.
    pub saved: Option<(u64, Plan)>,
    pub before_import: Option<Plan>,
    /// The District section's kept files, name and text.
    pub district_files: Vec<(String, String)>,
    /// The plans kept in this browser, as the plan list holds them, in the
    /// order they were kept (the open plan is `test_plan()`).
    pub plans: Vec<(PlanId, Plan)>,
    /// Set to make every change to the plan list fail so (a full quota:
    /// `SaveError::Failed("QuotaExceededError: …")`).
    pub fail_writes: Option<SaveError>,
    /// What the plan list was asked to open: `?plan=<id>#matrix`.
    pub opened: Vec<String>,
    /// Ids and lineages handed out so far.
    pub handed_out: u64,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory::default());
}

/// Reads what the in-memory services hold.
pub fn memory<T>(read: impl FnOnce(&Memory) -> T) -> T {
    MEMORY.with(|memory| read(&memory.borrow()))
}

fn remember(change: impl FnOnce(&mut Memory)) {
    MEMORY.with(|memory| change(&mut memory.borrow_mut()));
}

/// 1 March 2026, 09:30 UTC, and never later: what a test sees of time.
pub const FIXED_NOW_MS: f64 = 1_772_357_400_000.0;

fn ready<T: 'static>(value: T) -> StoreFuture<T> {
    Box::pin(std::future::ready(Ok(value)))
}

/// Services that touch neither localStorage, IndexedDB nor the address bar,
/// with a clock that stands still.
pub fn memory_services() -> Services {
    Services {
        address: Address {
            read: || memory(|m| m.hash.clone()),
            push: |hash| {
                remember(|m| m.hash = hash.to_string());
                Ok(())
            },
            replace: |hash| {
                remember(|m| m.hash = hash.to_string());
                Ok(())
            },
            query: String::new,
        },
        clock: Clock {
            now_ms: || FIXED_NOW_MS,
            monotonic_ms: || 0.0,
            local_time: |_| LocalTime {
                year: 2026,
                month: 3,
                day: 1,
                hour: 9,
                minute: 30,
            },
        },
        plan_store: PlanStore {
            open: test_plan(),
            records: PlanRecords {
                load: |_| Loaded {
                    plan: Plan::default(),
                    revision: 0,
                    problem: None,
                },
                available: || true,
                save: |_, plan, known| {
                    let revision = known + 1;
                    remember(|m| m.saved = Some((revision, plan.clone())));
                    Ok(revision)
                },
                newer_copy: |_, _| None,
                keep_before_import: |_, plan| {
                    remember(|m| m.before_import = Some(plan.clone()));
                    true
                },
                before_import: |_| memory(|m| m.before_import.clone()),
                load_file_copy: |_| FileCopy::default(),
                store_file_copy: |_, _| {},
            },
        },
    }
}

/// A District store kept in `Memory::district_files`.
pub fn memory_district_store() -> DistrictStore {
    DistrictStore {
        load: || {
            ready(memory(|m| {
                m.district_files
                    .iter()
                    .map(|(name, text)| KeptFile::new(name, text))
                    .collect()
            }))
        },
        keep: |files| {
            remember(|m| {
                for file in files {
                    let text = String::from(&file.text);
                    m.district_files.retain(|(name, _)| *name != file.name);
                    m.district_files.push((file.name, text));
                }
            });
            ready(())
        },
        forget: |names| {
            remember(|m| m.district_files.retain(|(name, _)| !names.contains(name)));
            ready(())
        },
        clear: || {
            remember(|m| m.district_files.clear());
            ready(())
        },
    }
}

/// The error set in `Memory::fail_writes`, if any.
fn refused() -> Result<(), SaveError> {
    memory(|m| m.fail_writes.clone()).map_or(Ok(()), Err)
}

fn hand_out() -> u64 {
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        m.handed_out += 1;
        m.handed_out
    })
}

/// The plan list kept in `Memory::plans`: every plan changed at `FIXED_NOW_MS`,
/// none saved to a file; a delete's records are the plan's working copy.
pub fn memory_plan_library() -> PlanLibrary {
    PlanLibrary {
        list: || {
            let mut entries: Vec<PlanEntry> = memory(|m| {
                m.plans
                    .iter()
                    .map(|(id, plan)| PlanEntry {
                        id: id.clone(),
                        about: PlanAbout::of(plan, FIXED_NOW_MS),
                        file_name: None,
                        chars: to_stored_json(1, plan).len(),
                    })
                    .collect()
            });
            sort_entries(&mut entries);
            entries
        },
        create: |plan| {
            refused()?;
            let id = PlanId::from_bits(hand_out());
            remember(|m| m.plans.push((id.clone(), plan.clone())));
            Ok(id)
        },
        read: |id| {
            memory(|m| {
                m.plans
                    .iter()
                    .find(|(kept, _)| kept == id)
                    .map(|(_, p)| p.clone())
            })
            .ok_or_else(|| "This plan is no longer in this browser.".to_string())
        },
        write: |id, plan| {
            refused()?;
            remember(|m| match m.plans.iter_mut().find(|(kept, _)| kept == id) {
                Some((_, kept)) => *kept = plan.clone(),
                None => m.plans.push((id.clone(), plan.clone())),
            });
            Ok(())
        },
        delete: |id| {
            refused()?;
            let plan = memory(|m| {
                m.plans
                    .iter()
                    .find(|(kept, _)| kept == id)
                    .map(|(_, p)| p.clone())
            });
            remember(|m| m.plans.retain(|(kept, _)| kept != id));
            Ok(RemovedPlan {
                id: id.clone(),
                title: plan
                    .as_ref()
                    .map(|p| p.display_title().to_string())
                    .unwrap_or_default(),
                records: plan
                    .map(|p| vec![(plan_key(id), to_stored_json(1, &p))])
                    .unwrap_or_default(),
            })
        },
        restore: |removed| {
            refused()?;
            for (_, text) in &removed.records {
                let plan = parse_stored(text)
                    .map_err(|error| SaveError::Failed(error.to_string()))?
                    .plan;
                remember(|m| m.plans.push((removed.id.clone(), plan)));
            }
            Ok(())
        },
        lineage_plans: |lineage, except| {
            memory(|m| {
                m.plans
                    .iter()
                    .filter(|(id, plan)| id != except && plan.lineage.as_ref() == Some(lineage))
                    .map(|(_, plan)| plan.clone())
                    .collect()
            })
        },
        capacity: |entries| Capacity::of(entries, 0),
        fresh_lineage: || LineageId::from_bits(hand_out()),
        open: |id, hash| {
            remember(|m| m.opened.push(format!("?plan={id}{hash}")));
            Ok(())
        },
    }
}

/// Mounts `section` alone at `place` with `plan`, over `memory_services`
/// holding `memory` (its `hash` is set from `place`): every context the
/// app would provide, none of the browser's storage.
pub fn mount_section<V: IntoView + 'static>(
    plan: Plan,
    place: Place,
    memory: Memory,
    section: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, PlanContext, Navigation) {
    MEMORY.with(|m| {
        *m.borrow_mut() = Memory {
            hash: place.to_hash(),
            ..memory
        }
    });
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let plan = PlanContext::new(plan);
    let navigation = StoredValue::new(None);
    leptos::mount::mount_to(host.clone(), move || {
        let services = memory_services();
        provide_context(services);
        provide_context(memory_district_store());
        provide_context(memory_plan_library());
        navigation.set_value(Some(provide_app_contexts(plan, services, 0, false)));
        section()
    })
    .forget();
    let navigation = navigation
        .get_value()
        .expect("mounting provided navigation");
    (host, plan, navigation)
}
