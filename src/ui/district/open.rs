//! Opening plan files: several at once from the picker or dropped on the
//! panel; the files that could not be opened, with why; Clear.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{use_district, OpenedPlan, Reading};
use crate::model::analysis::district::school_name;
use crate::ui::import::ImportFlow;
use crate::ui::keyed::keyed_list;

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Hands the plan to the import confirmation on Data, which asks before
/// replacing the user's plan and keeps it for undo.
pub(super) fn open_as_mine(import: ImportFlow, opened: &OpenedPlan) {
    import.error.set(None);
    import.pending.set(Some(crate::ui::import::PendingImport {
        file_name: opened.file_name.clone(),
        plan: (*opened.plan).clone(),
        handle_id: None,
    }));
    import.show_confirmation();
}

#[component]
pub fn OpenPanel() -> impl IntoView {
    let state = use_district();
    let import = crate::ui::import::use_import();
    let dragging = RwSignal::new(false);
    // The progress bar and Cancel appear once per reading, so a focused
    // Cancel keeps its focus while the figures change.
    let reading_now = Memo::new(move |_| state.is_reading());
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let files = files_of(input.files());
        // Cleared so choosing the same files again still fires `change`.
        input.set_value("");
        if !files.is_empty() {
            state.open_files(files);
        }
    };
    // Dropped here, files open in the district view; the page's own drop
    // zone (import into the user's plan) must not see them.
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        ev.stop_propagation();
        dragging.set(false);
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            state.open_files(files);
        }
    };
    view! {
        <div
            class="panel dt-open"
            class:dt-dragging=move || dragging.get()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                ev.stop_propagation();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h3>"Schools' plan files"</h3>
            <p>
                "Choose several plan files (.json) at once, drop them here, or open a folder of them where the browser allows it. Each is checked like an import; the files stay open in this browser until you clear them."
            </p>
            <div class="dt-actions">
                <label class="file-button">
                    <span>"Open plan files…"</span>
                    <input type="file" multiple accept=".json,application/json" on:change=on_change />
                </label>
                {crate::web::folders::supported()
                    .then(|| {
                        view! {
                            <button type="button" on:click=move |_| state.open_folder()>
                                "Open a folder…"
                            </button>
                        }
                    })}
                {move || {
                    state
                        .folder_name
                        .get()
                        .map(|name| {
                            view! {
                                <button
                                    type="button"
                                    aria-label=format!("Refresh: read the folder “{name}” again")
                                    on:click=move |_| state.refresh_folder()
                                >
                                    "Refresh"
                                </button>
                            }
                        })
                }}
                <button
                    type="button"
                    disabled=move || state.opened.with(Vec::is_empty) || state.is_reading()
                    on:click=move |_| state.clear()
                >
                    "Clear"
                </button>
            </div>
            <p class="dt-status" role="status">
                {move || {
                    let count = state.opened.with(Vec::len);
                    match state.reading.get() {
                        Reading::Files { done, total } => {
                            format!("Reading {done} of {total} files…")
                        }
                        Reading::RollingUp => "Rolling up the plans…".to_string(),
                        Reading::Idle if count == 1 => "1 plan open.".to_string(),
                        Reading::Idle => format!("{count} plans open."),
                    }
                }}
            </p>
            {move || {
                reading_now
                    .get()
                    .then(|| {
                        let figures = move || match state.reading.get() {
                            Reading::Files { done, total } => (done, total),
                            _ => (1, 1),
                        };
                        view! {
                            <div class="dt-progress">
                                <progress
                                    aria-label="Plan files read"
                                    max=move || figures().1
                                    value=move || figures().0
                                ></progress>
                                <button type="button" on:click=move |_| state.cancel()>
                                    "Cancel"
                                </button>
                            </div>
                        }
                    })
            }}
            <Show when=move || state.problems.with(|p| !p.is_empty())>
                <div role="alert">
                <ul class="dt-problems">
                    {move || {
                        state
                            .problems
                            .get()
                            .into_iter()
                            .map(|p| view! { <li class="error">{p.message}</li> })
                            .collect_view()
                    }}
                </ul>
                </div>
            </Show>
            <Show when=move || state.opened.with(|o| !o.is_empty())>
                <details class="dt-files">
                    <summary>"Opened files"</summary>
                    <ul>
                        {keyed_list(
                            move || state.opened_shown(),
                            |o| (o.file_name.clone(), school_name(&o.plan)),
                            move |o| {
                                let school = school_name(&o.plan);
                                view! {
                                    <li>
                                        {o.file_name.clone()}
                                        " — "
                                        {school}
                                        " "
                                        <button
                                            type="button"
                                            class="dt-open-plan"
                                            on:click=move |_| open_as_mine(import, &o)
                                        >
                                            "Open "
                                            <span class="visually-hidden">{format!("{} ", o.file_name)}</span>
                                            "as my plan…"
                                        </button>
                                    </li>
                                }
                            },
                        )}
                    </ul>
                </details>
            </Show>
        </div>
    }
}
