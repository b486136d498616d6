//! New plans (from the source's defaults, or blank), the open plan's school
//! year, and the school-year select both it and the next-year form use.

use leptos::prelude::*;

use super::Plans;
use crate::model::edit::PlanEdit;
use crate::model::values::date::SchoolYear;
use crate::model::Plan;

/// Two ways to start a plan; the new plan opens in this tab.
#[component]
pub(super) fn NewPlanPanel() -> impl IntoView {
    let plans = expect_context::<Plans>();
    let make = move |mut plan: Plan| {
        plan.lineage = Some((plans.library.fresh_lineage)());
        plan.school_year = plans.this_year;
        let Some(id) = plans.create(&plan, "The new plan was not created.") else {
            return;
        };
        plans.done("Created a new plan; opening it…");
        if let Err(problem) = (plans.library.open)(&id, "#matrix") {
            plans.problem(format!(
                "The new plan is kept in this browser, but this tab could not open it ({problem}). Open it from the list."
            ));
        }
    };
    view! {
        <div class="panel pl-panel">
            <h3>"New plan"</h3>
            <p>
                "A new plan opens in this tab, for this school year; the plan open now stays in the list. Start from the source's leadership matrix and implementation plan, or from nothing."
            </p>
            <div class="button-row">
                <button type="button" on:click=move |_| make(Plan::default())>
                    "New plan from the source's defaults"
                </button>
                <button type="button" on:click=move |_| make(Plan::blank())>
                    "New blank plan"
                </button>
            </div>
        </div>
    }
}

/// The open plan's school year, chosen as an undoable edit.
#[component]
pub(super) fn ThisPlanYear() -> impl IntoView {
    let plans = expect_context::<Plans>();
    let plan = plans.plan;
    let current = Signal::derive(move || plan.signal().with(|p| p.school_year));
    view! {
        <div class="panel pl-panel">
            <h3>"This plan's school year"</h3>
            <p>"The year the plan open in this tab is for: the list shows it, and the next school year follows it."</p>
            <YearSelect
                id="pl-this-year".to_string()
                label="School year of this plan".to_string()
                years=years_around(plans.this_year, current.get_untracked())
                current
                on_pick=Callback::new(move |year| {
                    plan.apply(PlanEdit::SetSchoolYear(year));
                })
            />
        </div>
    }
}

/// The school years a select offers: three before and after today's, and
/// `current` wherever it is.
pub(super) fn years_around(
    today: Option<SchoolYear>,
    current: Option<SchoolYear>,
) -> Vec<SchoolYear> {
    let mut years: Vec<SchoolYear> = today
        .map(|year| {
            let first = year.first_year();
            (first.saturating_sub(3)..=first + 3)
                .filter_map(SchoolYear::starting)
                .collect()
        })
        .unwrap_or_default();
    years.extend(current);
    years.sort();
    years.dedup();
    years
}

/// A labelled select of school years, with "Not set" first.
#[component]
pub(super) fn YearSelect(
    id: String,
    label: String,
    years: Vec<SchoolYear>,
    #[prop(into)] current: Signal<Option<SchoolYear>>,
    on_pick: Callback<Option<SchoolYear>>,
) -> impl IntoView {
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if value.is_empty() {
            on_pick.run(None);
        } else if let Ok(year) = SchoolYear::parse(&value) {
            on_pick.run(Some(year));
        }
    };
    view! {
        <div class="pl-year">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=pick>
                <option value="" prop:selected=move || current.get().is_none()>"Not set"</option>
                {years
                    .into_iter()
                    .map(|year| {
                        view! {
                            <option value=year.label() prop:selected=move || current.get() == Some(year)>
                                {year.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
