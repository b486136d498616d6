//! The page header: the plan's title and organization, and where the work is
//! saved: in this browser (autosave) and in a file (see `file_sync`).

use leptos::prelude::*;

use super::autosave::use_save_status;
use super::controls::TextField;
use super::file_sync::{FileNote, FileStatusLine, SaveToFileButton};
use super::state::use_plan;
use crate::model::edit::PlanEdit;

#[component]
pub fn PlanHeader() -> impl IntoView {
    let plan = use_plan();
    let signal = plan.signal();
    // Leaving a field ends its typing step: the next keystroke starts a new one.
    let end_typing = Callback::new(move |_: String| plan.end_typing());
    view! {
        <header class="app-header">
            <div class="brand">
                <img src="favicon.svg" alt="" width="28" height="28" />
                <span>"STEM Leadership Planner"</span>
            </div>
            <div class="plan-fields">
                <TextField
                    label="Plan title"
                    id="plan-title"
                    class="field plan-title"
                    value=Signal::derive(move || signal.with(|p| p.title.clone()))
                    on_input=Callback::new(move |text| {
                        plan.type_into(PlanEdit::SetTitle(text));
                    })
                    on_change=end_typing
                />
                <TextField
                    label="District"
                    id="plan-district"
                    class="field"
                    value=Signal::derive(move || signal.with(|p| p.organization.district.clone()))
                    on_input=Callback::new(move |text| {
                        plan.type_into(PlanEdit::SetDistrict(text));
                    })
                    on_change=end_typing
                />
                <TextField
                    label="School"
                    id="plan-school"
                    class="field"
                    value=Signal::derive(move || signal.with(|p| p.organization.school.clone()))
                    on_input=Callback::new(move |text| {
                        plan.type_into(PlanEdit::SetSchool(text));
                    })
                    on_change=end_typing
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

#[component]
fn SaveStatusLine() -> impl IntoView {
    let status = use_save_status();
    view! {
        <p class="save-status" data-state=move || status.state().key()>
            {move || status.state().label()}
        </p>
    }
}
