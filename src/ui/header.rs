//! The page header: the plan's title and organization, and where the work is
//! saved: in this browser (autosave) and in a file (see `file_sync`).

use leptos::prelude::*;

use super::autosave::use_save_status;
use super::file_sync::{FileNote, FileStatusLine, SaveToFileButton};
use super::state::use_plan;

#[component]
pub fn PlanHeader() -> impl IntoView {
    let plan = use_plan();
    let signal = plan.signal();
    view! {
        <header class="app-header">
            <div class="brand">
                <img src="favicon.svg" alt="" width="28" height="28" />
                <span>"STEM Leadership Planner"</span>
            </div>
            <div class="plan-fields">
                <TextField
                    label="Plan title"
                    class="plan-title"
                    value=Signal::derive(move || signal.with(|p| p.title.clone()))
                    on_input=move |text| plan.type_text("title", "edit the plan title", |p| p.title = text)
                />
                <TextField
                    label="District"
                    class=""
                    value=Signal::derive(move || signal.with(|p| p.organization.district.clone()))
                    on_input=move |text| {
                        plan.type_text("district", "edit the district", |p| p.organization.district = text)
                    }
                />
                <TextField
                    label="School"
                    class=""
                    value=Signal::derive(move || signal.with(|p| p.organization.school.clone()))
                    on_input=move |text| {
                        plan.type_text("school", "edit the school", |p| p.organization.school = text)
                    }
                />
            </div>
            <div class="copies" role="group" aria-label="Where your work is saved">
                <SaveStatusLine />
                <FileStatusLine />
                <SaveToFileButton />
            </div>
        </header>
        <FileNote />
    }
}

/// A labelled text input that reports its text as the user types.
#[component]
fn TextField(
    label: &'static str,
    class: &'static str,
    #[prop(into)] value: Signal<String>,
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    let plan = use_plan();
    view! {
        <label class=format!("field {class}")>
            <span class="field-label">{label}</span>
            <input
                type="text"
                prop:value=value
                on:input=move |ev| on_input(event_target_value(&ev))
                on:change=move |_| plan.end_typing()
            />
        </label>
    }
}

#[component]
fn SaveStatusLine() -> impl IntoView {
    let status = use_save_status();
    view! {
        <p class="save-status" data-state=move || status.state().key()>
            {move || status.state().label()}
        </p>
    }
}
