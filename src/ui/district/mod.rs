//! District: many schools' plan files at once, rolled up and compared,
//! without touching the user's own plan (nothing here writes through
//! `PlanContext`). The opened files are kept in IndexedDB
//! (`web::district_store`) so they survive a reload.

mod compare;
mod open;
mod rollup;
mod school;
mod years;

use std::sync::Arc;

use leptos::prelude::*;

use wasm_bindgen::JsValue;

use super::services::{use_services, Clock, DistrictStore};
use super::state::{use_notices, Notices};
use crate::model::analysis::district::{merge_by_name, District, SortKey};
use crate::model::Plan;
use crate::storage::document::{parse_document, DocumentError};
use crate::web::district_store::{FileToKeep, KeptFile};
use crate::web::files::{plan_of, start_reading, FileError, TextBeingRead};
use crate::web::{folders, next_task};

/// Work done between two chances for the browser to handle input and
/// paint: short enough that the page never feels stuck.
const SLICE_MS: f64 = 8.0;
/// Roll-up rows shown per task when many plans arrive at once: one table
/// of hundreds of rows would hold the page for a noticeable moment.
const ROWS_AT_ONCE: usize = 25;

/// A plan file opened in the District section, checked like an import.
/// The plan is shared, not copied, by the views that list it.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedPlan {
    pub file_name: String,
    pub plan: Arc<Plan>,
}

/// A file that could not be opened, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub file_name: String,
    pub message: String,
}

/// Where a file to open comes from: chosen, dropped or in a folder; or kept
/// in this browser from an earlier visit.
enum Incoming {
    Chosen(ChosenFile),
    Kept(KeptFile),
}

struct ChosenFile {
    file: web_sys::File,
    /// Started ahead of its turn (`read_ahead`).
    reading: Option<TextBeingRead>,
}

impl ChosenFile {
    async fn read(self) -> Result<(js_sys::JsString, Plan), DocumentError> {
        let reading = match self.reading {
            Some(reading) => reading,
            None => start_reading(&self.file),
        };
        plan_of(reading).await
    }
}

/// Chosen files read side by side ahead of the one being checked: enough
/// to keep the browser reading, few enough that starting them is quick.
const READ_AHEAD: usize = 8;

/// Starts reading the chosen files among the next `READ_AHEAD`.
fn read_ahead(incoming: &mut [Option<Incoming>]) {
    for item in incoming.iter_mut().take(READ_AHEAD) {
        if let Some(Incoming::Chosen(chosen)) = item {
            if chosen.reading.is_none() {
                chosen.reading = Some(start_reading(&chosen.file));
            }
        }
    }
}

/// What the status line says while files are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Idle,
    /// Files read so far of all.
    Files {
        done: usize,
        total: usize,
    },
    /// Every file read; the roll-up is being made.
    RollingUp,
}

#[derive(Clone, Copy)]
pub struct DistrictState {
    /// In file-name order; one per file name.
    pub opened: RwSignal<Vec<OpenedPlan>>,
    /// The roll-up of `opened`, its rows sorted by `sort`; made while
    /// reading, in slices, so it is never made in one go, and sorted in
    /// place (never copied).
    pub district: RwSignal<District>,
    /// The roll-up's column to sort by, and whether ascending.
    pub sort: RwSignal<(SortKey, bool)>,
    /// How many roll-up rows are shown: all of them, except while many
    /// plans just read are being shown a group of rows per task.
    pub rows_shown: RwSignal<usize>,
    /// Likewise for the lists of opened plans (the files, the comparison's
    /// choices), after plans were read.
    lists_shown: RwSignal<usize>,
    reveal_round: StoredValue<u32>,
    /// From the last files opened.
    pub problems: RwSignal<Vec<FileProblem>>,
    pub reading: RwSignal<Reading>,
    /// Set by "Cancel": reading stops after the current file.
    cancel: RwSignal<bool>,
    /// The folder opened last (this visit), to read again on "Refresh".
    folder: StoredValue<Option<JsValue>, LocalStorage>,
    pub folder_name: RwSignal<Option<String>>,
    notices: Notices,
    store: DistrictStore,
    clock: Clock,
}

impl DistrictState {
    fn new() -> Self {
        DistrictState {
            opened: RwSignal::new(Vec::new()),
            district: RwSignal::new(District::new()),
            sort: RwSignal::new((SortKey::Name, true)),
            rows_shown: RwSignal::new(usize::MAX),
            lists_shown: RwSignal::new(usize::MAX),
            reveal_round: StoredValue::new(0),
            problems: RwSignal::new(Vec::new()),
            reading: RwSignal::new(Reading::Idle),
            cancel: RwSignal::new(false),
            folder: StoredValue::new_local(None),
            folder_name: RwSignal::new(None),
            notices: use_notices(),
            store: expect_context::<DistrictStore>(),
            clock: use_services().clock,
        }
    }

    /// The opened plans the lists of them show now (`lists_shown`).
    pub fn opened_shown(&self) -> Vec<OpenedPlan> {
        let shown = self.lists_shown.get();
        self.opened
            .with(|o| o.iter().take(shown).cloned().collect())
    }

    pub fn is_reading(&self) -> bool {
        self.reading.with(|r| *r != Reading::Idle)
    }

    /// Stops reading after the current file; what was read stays open.
    pub fn cancel(&self) {
        self.cancel.set(true);
    }

    /// Shows the roll-up's `rows` a group per task, after `rows_shown` was
    /// set to `shown`, and the lists of opened plans along with them. A
    /// newer call takes over from one still going.
    async fn reveal_rows(&self, shown: usize, rows: usize) {
        let round = self.reveal_round.get_value().wrapping_add(1);
        self.reveal_round.set_value(round);
        for shown in (shown..rows).step_by(ROWS_AT_ONCE) {
            next_task().await;
            if self.reveal_round.get_value() != round {
                return;
            }
            self.rows_shown.set(shown + ROWS_AT_ONCE);
            self.show_more_of_lists(shown + ROWS_AT_ONCE);
        }
        self.rows_shown.set(usize::MAX);
        self.show_more_of_lists(usize::MAX);
    }

    /// Lets the lists of opened plans show `count` entries, if they show
    /// fewer; those left whole by a sort are not touched.
    fn show_more_of_lists(&self, count: usize) {
        if self.lists_shown.get_untracked() < count {
            self.lists_shown.set(count);
        }
    }

    /// Reads the plans kept from an earlier visit.
    fn restore(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            match (state.store.load)().await {
                Ok(files) if files.is_empty() => {}
                Ok(files) => {
                    state
                        .take_in(files.into_iter().map(Incoming::Kept).collect())
                        .await
                }
                Err(error) => state.notices.say(format!(
                    "The plans opened earlier could not be read from this browser ({error})."
                )),
            }
        });
    }

    /// Reads and checks every file; a bad one is listed and never stops
    /// the others. The good ones are kept in this browser.
    pub fn open_files(&self, files: Vec<web_sys::File>) {
        let state = *self;
        if state.is_reading() {
            state
                .notices
                .say("Files are still being read: open more when they are done.");
            return;
        }
        leptos::task::spawn_local(async move {
            state
                .take_in(
                    files
                        .into_iter()
                        .map(|file| {
                            Incoming::Chosen(ChosenFile {
                                file,
                                reading: None,
                            })
                        })
                        .collect(),
                )
                .await
        });
    }

    /// Reads, checks and rolls up `incoming` in slices of about
    /// `SLICE_MS`, showing progress, until done or cancelled; then shows
    /// the plans read (all of them or those before "Cancel") at once and
    /// keeps the chosen ones in this browser.
    async fn take_in(&self, incoming: Vec<Incoming>) {
        let state = *self;
        let total = incoming.len();
        state.cancel.set(false);
        state.problems.set(Vec::new());
        state.reading.set(Reading::Files { done: 0, total });
        let mut slice_start = (state.clock.monotonic_ms)();
        let mut plans = Vec::new();
        let mut problems = Vec::new();
        let mut to_keep = Vec::new();
        let mut done = 0;
        let mut incoming: Vec<Option<Incoming>> = incoming.into_iter().map(Some).collect();
        for at in 0..total {
            if state.cancel.get_untracked() {
                break;
            }
            read_ahead(&mut incoming[at..]);
            let Some(item) = incoming[at].take() else {
                continue;
            };
            let (file_name, read) = match item {
                Incoming::Chosen(chosen) => {
                    let file_name = chosen.file.name();
                    let read = chosen.read().await;
                    let read = read.map(|(text, plan)| {
                        to_keep.push(FileToKeep {
                            name: file_name.clone(),
                            text,
                        });
                        plan
                    });
                    (file_name, read)
                }
                Incoming::Kept(kept) => match kept.read() {
                    Some(file) => (file.name, parse_document(&file.text)),
                    None => {
                        done += 1;
                        continue;
                    }
                },
            };
            match read {
                Ok(plan) => plans.push(OpenedPlan {
                    file_name,
                    plan: Arc::new(plan),
                }),
                Err(error) => problems.push(FileProblem {
                    message: format!("“{file_name}” was not opened. {error}"),
                    file_name,
                }),
            }
            done += 1;
            if (state.clock.monotonic_ms)() - slice_start > SLICE_MS {
                state.reading.set(Reading::Files { done, total });
                next_task().await;
                slice_start = (state.clock.monotonic_ms)();
            }
        }
        let cancelled = done < total;
        // Kept plans not read because of "Cancel" are forgotten too, so the
        // next visit opens what this one shows.
        let unread_kept: Vec<String> = incoming
            .iter()
            .flatten()
            .filter_map(|item| match item {
                Incoming::Kept(kept) => kept.name(),
                Incoming::Chosen(_) => None,
            })
            .collect();
        state.reading.set(Reading::RollingUp);
        next_task().await;

        let count = plans.len();
        let mut opened = state.opened.get_untracked();
        let added = plans.clone();
        // Added to the roll-up in place, without telling the views until
        // it is whole: it is never copied.
        let (to_add, fresh) = if merge_by_name(&mut opened, plans, |o| o.file_name.as_str()) {
            (opened.as_slice(), true)
        } else {
            (added.as_slice(), false)
        };
        // Rows already shown stay; the new ones follow a group per task.
        let shown_before = if fresh {
            state.district.update_untracked(|d| *d = District::new());
            0
        } else {
            state.district.with_untracked(|d| d.schools.len())
        };
        for plan in to_add {
            state
                .district
                .update_untracked(|d| d.add_from(&plan.file_name, &plan.plan));
            if (state.clock.monotonic_ms)() - slice_start > SLICE_MS {
                next_task().await;
                slice_start = (state.clock.monotonic_ms)();
            }
        }
        let (key, ascending) = state.sort.get_untracked();
        let rows = state.district.with_untracked(|d| d.schools.len());
        // The lists of the plans grow by a group of entries; the roll-up's
        // rows follow in the next task.
        let shown = shown_before + ROWS_AT_ONCE;
        state.lists_shown.set(shown);
        state.opened.set(opened);
        next_task().await;
        state.rows_shown.set(shown);
        state.district.update(|d| d.sort(key, ascending));
        state.reveal_rows(shown, rows).await;
        state.problems.set(problems);
        state.reading.set(Reading::Idle);
        state.cancel.set(false);

        if cancelled {
            let kept_note = if unread_kept.is_empty() {
                String::new()
            } else {
                match (state.store.forget)(unread_kept).await {
                    Ok(()) => " They are no longer kept in this browser.".to_string(),
                    Err(error) => format!(
                        " They could not be forgotten in this browser ({error}), so they open again on your next visit."
                    ),
                }
            };
            state.notices.say(format!(
                "Stopped reading: {done} of {total} files were read and stay open; the other {} were not opened.{kept_note}",
                total - done
            ));
        }
        if to_keep.is_empty() {
            return;
        }
        if let Err(error) = (state.store.keep)(to_keep).await {
            state.notices.say(format!(
                "The plans could not be kept in this browser ({error}); they stay open until you leave the page."
            ));
        } else if count > 0 && !cancelled {
            state.notices.say(format!(
                "Opened {count} plan {}.",
                if count == 1 { "file" } else { "files" }
            ));
        }
    }

    /// Asks for a folder and opens every plan file in it.
    pub fn open_folder(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            match folders::choose_folder().await {
                Ok(folder) => {
                    state.folder_name.set(Some(folders::folder_name(&folder)));
                    state.folder.set_value(Some(folder.clone()));
                    state.read_folder(folder).await;
                }
                Err(FileError::Cancelled) => {}
                Err(FileError::Refused(message) | FileError::Failed(message)) => {
                    state.notices.say(message)
                }
            }
        });
    }

    /// Reads the folder opened last again.
    pub fn refresh_folder(&self) {
        let state = *self;
        let Some(folder) = state.folder.get_value() else {
            return;
        };
        leptos::task::spawn_local(async move { state.read_folder(folder).await });
    }

    async fn read_folder(&self, folder: JsValue) {
        let name = folders::folder_name(&folder);
        match folders::json_files(&folder).await {
            Ok(files) if files.is_empty() => self.notices.say(format!(
                "There are no plan files (.json) in the folder “{name}”."
            )),
            Ok(files) => self.open_files(files),
            Err(FileError::Cancelled) => {}
            Err(FileError::Refused(message) | FileError::Failed(message)) => {
                self.notices.say(message)
            }
        }
    }

    /// Closes every opened plan and forgets them in this browser.
    pub fn clear(&self) {
        let state = *self;
        let notices = self.notices;
        state.opened.set(Vec::new());
        state.district.set(District::new());
        state.problems.set(Vec::new());
        leptos::task::spawn_local(async move {
            match (state.store.clear)().await {
                Ok(()) => notices.say("Closed every opened plan."),
                Err(error) => notices.say(format!(
                    "The opened plans could not be forgotten in this browser ({error})."
                )),
            }
        });
    }
}

fn use_district() -> DistrictState {
    expect_context::<DistrictState>()
}

#[component]
pub fn DistrictSection() -> impl IntoView {
    let state = DistrictState::new();
    provide_context(state);
    state.restore();
    view! {
        <section class="district" aria-labelledby="district-heading">
            <h2 id="district-heading">"District"</h2>
            <p class="lead">
                "Open the plan files of several schools to see them side by side and compare two of them. Your own plan is not changed."
            </p>
            <open::OpenPanel />
            <rollup::RollUp />
            <years::YearsPanel />
            <compare::ComparePanel />
        </section>
    }
}
