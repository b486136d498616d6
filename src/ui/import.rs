//! Import: a file from the picker or dropped on the page is read and checked;
//! the user confirms before it replaces the plan, and one click undoes it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::navigation::Navigation;
use super::services::PlanStore;
use super::state::{use_notices, PlanContext};
use crate::model::Plan;
use crate::places::Place;

/// A checked plan waiting for the user to confirm the replacement.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub plan: Plan,
    /// Set when the file came from "Open file" (File System Access API): the
    /// id under which `FileSync` keeps its handle, to save back to it later.
    pub handle_id: Option<u64>,
}

#[derive(Clone, Copy)]
pub struct ImportFlow {
    pub pending: RwSignal<Option<PendingImport>>,
    pub error: RwSignal<Option<String>>,
    navigation: Navigation,
    plan_store: PlanStore,
}

impl ImportFlow {
    pub fn new(navigation: Navigation, plan_store: PlanStore) -> Self {
        ImportFlow {
            pending: RwSignal::new(None),
            error: RwSignal::new(None),
            navigation,
            plan_store,
        }
    }

    /// Opens Data, where the confirmation (or why the file was refused) is
    /// shown; a history entry, so Back returns to where the file came in.
    pub fn show_confirmation(&self) {
        self.navigation.go(Place::Data);
    }

    /// Reads and checks `file`; the current plan is not touched.
    pub fn read_file(&self, file: web_sys::File) {
        self.read_file_from(file, None);
    }

    /// `read_file` for a file opened through a handle, so "Open file" goes
    /// through the same checks and confirmation as an import.
    pub fn read_file_from(&self, file: web_sys::File, handle_id: Option<u64>) {
        let flow = *self;
        flow.pending.set(None);
        flow.error.set(None);
        leptos::task::spawn_local(async move {
            let file_name = file.name();
            match crate::web::files::read_plan_file(&file).await {
                Ok(plan) => flow.pending.set(Some(PendingImport {
                    file_name,
                    plan,
                    handle_id,
                })),
                Err(error) => flow.error.set(Some(format!(
                    "“{file_name}” was not imported, and your plan is unchanged. {error}"
                ))),
            }
        });
    }

    /// Replaces the plan with the pending one; returns what was imported so
    /// the caller can note which file the plan now matches.
    pub fn confirm(&self, plan: PlanContext) -> Option<PendingImport> {
        let pending = self.pending.get_untracked()?;
        let kept = plan
            .signal()
            .with_untracked(|p| self.plan_store.keep_before_import(p));
        let imported = format!("Imported “{}”.", pending.file_name);
        plan.replace(
            format!("import “{}”", pending.file_name),
            if kept {
                imported
            } else {
                format!(
                    "{imported} The plan it replaced could not be kept in this browser; Undo still brings it back."
                )
            },
            pending.plan.clone(),
        );
        self.pending.set(None);
        Some(pending)
    }

    pub fn cancel(&self) {
        self.pending.set(None);
    }
}

pub fn use_import() -> ImportFlow {
    expect_context::<ImportFlow>()
}

/// The whole page accepts a dropped plan file and opens Data to confirm it.
#[component]
pub fn PageDropZone(children: Children) -> impl IntoView {
    let import = use_import();
    let notices = use_notices();
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        match file {
            Some(file) => {
                import.read_file(file);
                import.show_confirmation();
            }
            None => notices.say("Drop a plan file (.json) to import it."),
        }
    };
    view! {
        <div
            class="app"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |ev: web_sys::DragEvent| {
                // Only leaving the window counts, not moving between children.
                if ev.related_target().is_none() {
                    dragging.set(false);
                }
            }
            on:drop=on_drop
        >
            {children()}
        </div>
    }
}

/// The file input's first file, if any.
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // Clear it so choosing the same file again still fires `change`.
    input.set_value("");
    file
}
