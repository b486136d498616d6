//! The implementation section: 001's considerations as actions, its
//! planning documents, 004's goals, the cost plan for sustainability, and
//! the stakeholder report built from the whole plan.
//!
//! Every edit goes through the plan's one writer (`PlanContext`); views
//! read through memos so an edit re-renders only what changed.

mod considerations;
mod costs;
mod documents;
mod fields;
mod goals;
mod report;

use std::cell::RefCell;

use leptos::prelude::*;

use wasm_bindgen::JsValue;

use super::controls::tab_after_key;
use super::matrix::focus_now;
use super::navigation::use_navigation;
use super::state::{use_plan, PlanContext};
use crate::model::edit::ItemEdit;
pub use crate::model::implementation::short;
use crate::model::values::date::IsoDate;
use crate::model::values::ids::PersonId;
use crate::model::values::money::Cents;
use crate::places::Place;
use crate::ui::keyed::keyed_list;

/// The section's views, shown as tabs; each is a place (`#implementation/goals`).
use crate::places::ImplementationView as View;

#[component]
pub fn ImplementationSection() -> impl IntoView {
    let navigation = use_navigation();
    // The view is the place's (`#implementation/goals`), so links and Back
    // show it; any other section's place leaves the last view shown.
    let view = Memo::new(move |shown: Option<&View>| {
        navigation.with(|place| match place {
            Place::Implementation(view) => *view,
            _ => shown.copied().unwrap_or(View::Considerations),
        })
    });
    let show = move |v: View| navigation.replace(Place::Implementation(v));
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if let Some(v) = tab_after_key(View::ALL, view.get_untracked(), &ev.key()) {
            ev.prevent_default();
            show(v);
            focus_now(&format!("im-tab-{}", v.key()));
        }
    };
    view! {
        <section class="im" aria-labelledby="im-heading">
            <h2 id="im-heading" class="im-no-print">"Implementation"</h2>
            <p class="im-intro im-no-print">
                "Plan what to do as you implement STEM teacher leadership (from “What might administrators consider when implementing STEM teacher leadership?”), what the teacher leaders are for (from “What are the benefits of having elementary STEM teacher leaders?”), what it costs, and the report you hand to your stakeholders."
            </p>
            <div class="im-tabs im-no-print" role="tablist" aria-label="Implementation views" on:keydown=on_key>
                {View::ALL
                    .iter()
                    .map(|&v| {
                        let selected = move || view.get() == v;
                        view! {
                            <button
                                type="button"
                                role="tab"
                                id=format!("im-tab-{}", v.key())
                                aria-controls="im-panel"
                                aria-selected=move || if selected() { "true" } else { "false" }
                                tabindex=move || if selected() { "0" } else { "-1" }
                                on:click=move |_| show(v)
                            >
                                {v.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div
                class="im-panel"
                role="tabpanel"
                id="im-panel"
                aria-labelledby=move || format!("im-tab-{}", view.get().key())
            >
                {move || match view.get() {
                    View::Considerations => view! { <considerations::ConsiderationsView /> }.into_any(),
                    View::Documents => view! { <documents::DocumentsView /> }.into_any(),
                    View::Goals => view! { <goals::GoalsView /> }.into_any(),
                    View::Sustainability => view! { <costs::SustainabilityView /> }.into_any(),
                    View::Report => view! { <report::ReportView /> }.into_any(),
                }}
            </div>
        </section>
    }
}

thread_local! {
    static MONEY_FORMAT: RefCell<Option<js_sys::Intl::NumberFormat>> = const { RefCell::new(None) };
}

/// An amount in the browser's locale ("$1,250.00" in en-US).
pub fn money(amount: Cents) -> String {
    let dollars = JsValue::from_f64(amount.dollars_f64());
    MONEY_FORMAT.with(|cell| {
        let mut cell = cell.borrow_mut();
        let format = cell.get_or_insert_with(|| {
            let options = js_sys::Object::new();
            crate::web::set(&options, "style", &JsValue::from_str("currency"));
            crate::web::set(&options, "currency", &JsValue::from_str("USD"));
            js_sys::Intl::NumberFormat::new(&js_sys::Array::new(), &options)
        });
        format
            .format()
            .call1(&JsValue::NULL, &dollars)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| format!("${}", amount.to_plain_string()))
    })
}

/// Today in the user's time zone, when the browser's clock reads as a date.
pub fn today() -> Option<IsoDate> {
    IsoDate::parse(&crate::web::today_iso()).ok()
}

/// The matrix's people as (id, name), for owner selects.
pub fn people_memo() -> Memo<Vec<(PersonId, String)>> {
    let sig = use_plan().signal();
    Memo::new(move |_| {
        sig.with(|p| {
            p.matrix
                .people
                .iter()
                .map(|x| (x.id.clone(), x.name.clone()))
                .collect()
        })
    })
}

/// A select of the matrix's People with "No owner" first.
#[component]
pub fn OwnerSelect(
    label: Signal<String>,
    people: Memo<Vec<(PersonId, String)>>,
    #[prop(into)] current: Signal<Option<PersonId>>,
    on_pick: Callback<Option<PersonId>>,
) -> impl IntoView {
    view! {
        <label class="im-field">
            <span>"Owner"</span>
            <select
                aria-label=label
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let picked = (!value.is_empty()).then(|| PersonId::new(value));
                    on_pick.run(picked);
                }
            >
                <option value="">"No owner"</option>
                {keyed_list(
                    move || people.get(),
                    |p| p.clone(),
                    move |person| view! {
                        <option
                            value=person.0.as_str().to_string()
                            prop:selected=move || current.with(|c| c.as_ref() == Some(&person.0))
                        >
                            {person.1.clone()}
                        </option>
                    },
                )}
            </select>
        </label>
    }
}

/// A date from an `<input type="date">`: empty clears it; the browser only
/// gives valid dates or empty, but anything odd is refused.
pub fn date_from_input(value: &str) -> Result<Option<IsoDate>, String> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    IsoDate::parse(value).map(Some).map_err(|e| e.to_string())
}

/// Applies an edit from a form (an add form, a line's people), which shows
/// why it was refused next to its field (`Err`, the reason, in the model's
/// own words) and keeps the typed words; the live region is not told twice.
pub fn apply_from_form(plan: PlanContext, edit: impl ItemEdit) -> Result<(), String> {
    plan.apply_or_refusal(edit)
        .map(|_| ())
        .map_err(|reason| reason.to_string())
}
