//! District: many schools' plan files at once, rolled up and compared,
//! without touching the user's own plan (nothing here writes through
//! `PlanContext`). The opened files are kept in IndexedDB
//! (`web::district_store`) so they survive a reload.

mod compare;
mod open;
mod rollup;

use leptos::prelude::*;

use wasm_bindgen::JsValue;

use super::state::{use_notices, Notices};
use crate::model::Plan;
use crate::storage::document::parse_document;
use crate::web::district_store::{self, StoredFile};
use crate::web::files::FileError;
use crate::web::folders;

/// A plan file opened in the District section, checked like an import.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedPlan {
    pub file_name: String,
    pub text: String,
    pub plan: Plan,
}

/// A file that could not be opened, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub file_name: String,
    pub message: String,
}

#[derive(Clone, Copy)]
pub struct DistrictState {
    /// In file-name order; one per file name.
    pub opened: RwSignal<Vec<OpenedPlan>>,
    /// From the last files opened.
    pub problems: RwSignal<Vec<FileProblem>>,
    /// Files being read; their count, for the status line.
    pub reading: RwSignal<usize>,
    /// The folder opened last (this visit), to read again on "Refresh".
    folder: StoredValue<Option<JsValue>, LocalStorage>,
    pub folder_name: RwSignal<Option<String>>,
    notices: Notices,
}

impl DistrictState {
    fn new() -> Self {
        DistrictState {
            opened: RwSignal::new(Vec::new()),
            problems: RwSignal::new(Vec::new()),
            reading: RwSignal::new(0),
            folder: StoredValue::new_local(None),
            folder_name: RwSignal::new(None),
            notices: use_notices(),
        }
    }

    /// Adds checked plans, each replacing an opened plan of the same file name.
    fn add(&self, plans: Vec<OpenedPlan>) {
        self.opened.update(|opened| {
            for plan in plans {
                opened.retain(|o| o.file_name != plan.file_name);
                opened.push(plan);
            }
            opened.sort_by(|a, b| a.file_name.cmp(&b.file_name));
        });
    }

    /// Reads the plans kept from an earlier visit.
    fn restore(&self) {
        let state = *self;
        let notices = self.notices;
        leptos::task::spawn_local(async move {
            match district_store::load().await {
                Ok(files) => {
                    let plans = files
                        .into_iter()
                        .filter_map(|file| {
                            let plan = parse_document(&file.text).ok()?;
                            Some(OpenedPlan {
                                file_name: file.name,
                                text: file.text,
                                plan,
                            })
                        })
                        .collect();
                    state.add(plans);
                }
                Err(error) => notices.say(format!(
                    "The plans opened earlier could not be read from this browser ({error})."
                )),
            }
        });
    }

    /// Reads and checks every file; a bad one is listed and never stops
    /// the others. The good ones are kept in this browser.
    pub fn open_files(&self, files: Vec<web_sys::File>) {
        let state = *self;
        let notices = self.notices;
        state.problems.set(Vec::new());
        state.reading.set(files.len());
        leptos::task::spawn_local(async move {
            let mut plans = Vec::new();
            let mut problems = Vec::new();
            for file in files {
                let file_name = file.name();
                match crate::web::files::read_plan_file_with_text(&file).await {
                    Ok((text, plan)) => plans.push(OpenedPlan {
                        file_name,
                        text,
                        plan,
                    }),
                    Err(error) => problems.push(FileProblem {
                        message: format!("“{file_name}” was not opened. {error}"),
                        file_name,
                    }),
                }
                state.reading.update(|n| *n = n.saturating_sub(1));
            }
            let kept: Vec<StoredFile> = plans
                .iter()
                .map(|p| StoredFile {
                    name: p.file_name.clone(),
                    text: p.text.clone(),
                })
                .collect();
            let count = plans.len();
            state.add(plans);
            state.problems.set(problems);
            state.reading.set(0);
            if let Err(error) = district_store::keep(&kept).await {
                notices.say(format!(
                    "The plans could not be kept in this browser ({error}); they stay open until you leave the page."
                ));
            } else if count > 0 {
                notices.say(format!(
                    "Opened {count} plan {}.",
                    if count == 1 { "file" } else { "files" }
                ));
            }
        });
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
        state.problems.set(Vec::new());
        leptos::task::spawn_local(async move {
            match district_store::clear().await {
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
            <compare::ComparePanel />
        </section>
    }
}
