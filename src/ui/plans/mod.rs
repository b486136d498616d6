//! The Plans section (`#plans`): every plan kept in this browser, with Open,
//! Rename, Duplicate, Delete (undoable) and Start next school year; new
//! plans from the source's defaults or blank; the open plan's school year;
//! how much of the browser's space the plans take.
//!
//! A page has one plan open for its life: opening another is a page load of
//! its URL (`?plan=<id>#matrix`), so Open is a real link and a new plan opens
//! through `PlanLibrary::open`. The open plan changes only through
//! `PlanContext` (undoable, saved by autosave); the others through the
//! `PlanLibrary`, whose every failure is said here in words a user can act on.

mod create;
mod list;
mod next_year;

use leptos::prelude::*;

use super::services::{use_plan_library, use_services, PlanLibrary};
use super::state::{use_plan, PlanContext};
use crate::model::values::date::{IsoDate, SchoolYear};
use crate::model::Plan;
use crate::storage::library::{
    capacity_wording, id_of_about_key, Capacity, PlanEntry, PlanId, RemovedPlan,
};
use crate::web::focus_later;
use crate::web::local_store::SaveError;
use create::{NewPlanPanel, ThisPlanYear};
use list::PlanList;

/// What the section shares between its parts: the list as last read, what
/// the last action said, the plan a Delete can still bring back.
#[derive(Clone, Copy)]
struct Plans {
    library: PlanLibrary,
    /// The plan this page has open.
    open: &'static PlanId,
    plan: PlanContext,
    entries: RwSignal<Vec<PlanEntry>>,
    capacity: RwSignal<Capacity>,
    outcome: RwSignal<Option<Outcome>>,
    /// The last plan deleted, for Undo.
    removed: RwSignal<Option<RemovedPlan>>,
    /// The plan whose "Start next school year" form is shown.
    next_year_for: RwSignal<Option<PlanId>>,
    /// The school year today falls in, on the user's clock.
    this_year: Option<SchoolYear>,
}

/// What the last action said.
#[derive(Clone, PartialEq)]
enum Outcome {
    Done(String),
    Problem(String),
}

impl Plans {
    fn new() -> Plans {
        let services = use_services();
        let library = use_plan_library();
        let today = IsoDate::parse(&services.clock.today_iso()).ok();
        let plans = Plans {
            library,
            open: services.plan_store.open,
            plan: use_plan(),
            entries: RwSignal::new(Vec::new()),
            capacity: RwSignal::new(Capacity {
                used_chars: 0,
                plan_chars: 1,
            }),
            outcome: RwSignal::new(None),
            removed: RwSignal::new(None),
            next_year_for: RwSignal::new(None),
            this_year: today.as_ref().and_then(SchoolYear::containing),
        };
        if services.plan_store.available() {
            plans.refresh();
        }
        plans
    }

    /// Reads the list and the space used again, after any change to them.
    fn refresh(&self) {
        let entries = (self.library.list)();
        self.capacity.set((self.library.capacity)(&entries));
        self.entries.set(entries);
    }

    fn done(&self, text: impl Into<String>) {
        self.outcome.set(Some(Outcome::Done(text.into())));
    }

    fn problem(&self, text: impl Into<String>) {
        self.outcome.set(Some(Outcome::Problem(text.into())));
    }

    /// `what` did not happen ("The copy was not made."), and why.
    fn failed(&self, what: &str, error: &SaveError) {
        self.problem(format!("{what} {}", save_error_words(error)));
    }

    fn is_open(&self, id: &PlanId) -> bool {
        id == self.open
    }

    /// A plan as it is now: the open one live, another as kept.
    fn source(&self, id: &PlanId) -> Result<Plan, String> {
        if self.is_open(id) {
            Ok(self.plan.signal().get_untracked())
        } else {
            (self.library.read)(id)
        }
    }

    /// Keeps `plan` as a new plan; `None` (and the reason said) when the
    /// browser refused, with nothing changed.
    fn create(&self, plan: &Plan, not_done: &str) -> Option<PlanId> {
        let created = (self.library.create)(plan);
        self.refresh();
        match created {
            Ok(id) => Some(id),
            Err(error) => {
                self.failed(not_done, &error);
                None
            }
        }
    }

    /// The list's rows: every plan kept, and the open one even before its
    /// first save has put it in the list.
    fn rows(&self) -> Vec<PlanEntry> {
        let mut rows = self.entries.get();
        if !rows.iter().any(|entry| self.is_open(&entry.id)) {
            let about = self
                .plan
                .signal()
                .with_untracked(|p| crate::storage::library::PlanAbout::of(p, 0.0));
            rows.insert(
                0,
                PlanEntry {
                    id: self.open.clone(),
                    about,
                    file_name: None,
                    chars: 0,
                },
            );
        }
        rows
    }
}

/// The link that opens plan `id` (in this tab, or a new one with Ctrl+click).
fn open_href(id: &PlanId) -> String {
    format!("?plan={id}#matrix")
}

/// The DOM id of plan `id`'s Open link, which actions that make a plan focus.
fn open_link_id(id: &PlanId) -> String {
    format!("pl-open-{id}")
}

/// Focuses the Open link of plan `id` once the list shows it.
fn focus_open_link(id: &PlanId) {
    focus_later(open_link_id(id));
}

/// Why the browser did not keep a change, in words a user can act on.
fn save_error_words(error: &SaveError) -> String {
    match error {
        _ if error.is_quota() => "This browser's storage is full: save a plan to a file and delete it here to make room, then try again.".to_string(),
        SaveError::Refused => "This browser does not let the planner keep plans (site data is blocked). Save this plan to a file to keep it.".to_string(),
        SaveError::NewerElsewhere => "Another tab changed this plan at the same moment. Nothing was changed here; try again.".to_string(),
        SaveError::Failed(detail) => format!("The browser refused to keep it ({detail}). Nothing was changed; try again, or save the plan to a file to keep it."),
    }
}

#[component]
pub fn PlansSection() -> impl IntoView {
    let available = use_services().plan_store.available();
    let plans = Plans::new();
    provide_context(plans);
    if available {
        // Another tab kept, renamed, saved or deleted a plan: show the list as it is now.
        // Reading the list reads every plan kept, and another tab typing saves every
        // few hundred milliseconds: the events that come while a refresh waits for the
        // browser to be idle are answered by that one refresh.
        let refresh_waiting = StoredValue::new(false);
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            // Every change to the list writes a plan's `about` record (a save,
            // a rename, a new plan) or removes it (a delete); a clear has no key.
            let about_list = event
                .key()
                .is_none_or(|key| id_of_about_key(&key).is_some());
            if about_list && !refresh_waiting.get_value() {
                refresh_waiting.set_value(true);
                leptos::task::spawn_local(async move {
                    crate::web::when_idle().await;
                    if refresh_waiting.try_set_value(false).is_none() {
                        plans.refresh();
                    }
                });
            }
        });
        on_cleanup(move || listener.remove());
    }
    view! {
        <section class="plans" aria-labelledby="plans-heading">
            <h2 id="plans-heading">"Plans"</h2>
            <p class="lead">
                "The plans kept in this browser, one per school and year. Each is saved as you work, on its own; open one to work on it here, or in a new tab to see two side by side."
            </p>
            {(!available).then(|| view! {
                <p class="banner banner-warn pl-unavailable">
                    "This browser does not let the planner keep plans (site data is blocked), so there is no list of plans here and no new plan can be kept. The plan open now works until you close this tab: save it to a file on the Data page to keep it."
                </p>
            })}
            <Outcomes />
            {available.then(|| view! {
                <div class="panel pl-panel">
                    <h3 id="pl-list-heading">"Plans in this browser"</h3>
                    <p class="pl-capacity hint">
                        {move || capacity_wording(plans.entries.with(Vec::len), plans.capacity.get())}
                    </p>
                    <PlanList />
                </div>
                <NewPlanPanel />
            })}
            <ThisPlanYear />
        </section>
    }
}

/// What the last action said, and Undo for the last delete. The region stays
/// on the page, so screen readers hear what appears in it.
#[component]
fn Outcomes() -> impl IntoView {
    let plans = expect_context::<Plans>();
    let undo_delete = move |_| {
        let Some(removed) = plans.removed.get_untracked() else {
            return;
        };
        let restored = (plans.library.restore)(&removed);
        plans.refresh();
        match restored {
            Ok(()) => {
                plans.removed.set(None);
                plans.done(format!("Put back “{}”.", removed_title(&removed)));
                focus_open_link(&removed.id);
            }
            Err(error) => plans.failed(
                &format!("“{}” could not be put back.", removed_title(&removed)),
                &error,
            ),
        }
    };
    view! {
        <div class="pl-outcome" aria-live="polite">
            {move || plans.removed.get().map(|removed| view! {
                <div class="pl-undo">
                    <span>{format!("Deleted “{}”.", removed_title(&removed))}</span>
                    <button type="button" id="pl-undo-delete" on:click=undo_delete>"Undo"</button>
                    <button
                        type="button"
                        aria-label="Dismiss: keep the plan deleted"
                        on:click=move |_| plans.removed.set(None)
                    >
                        "×"
                    </button>
                </div>
            })}
            {move || plans.outcome.get().map(|outcome| match outcome {
                Outcome::Done(text) => view! { <p class="pl-done">{text}</p> }.into_any(),
                Outcome::Problem(text) => view! { <p class="error" role="alert">{text}</p> }.into_any(),
            })}
        </div>
    }
}

fn removed_title(removed: &RemovedPlan) -> &str {
    if removed.title.is_empty() {
        crate::storage::library::UNREADABLE_TITLE
    } else {
        &removed.title
    }
}
