//! "Start next school year": an inline form under a plan's row. It asks for
//! the plan's school year first when it has none, offers the three choices
//! of `NextYearChoices` (its defaults first), then keeps the next year's plan
//! as a new plan and links the two by their lineage.

use leptos::prelude::*;

use super::create::{years_around, YearSelect};
use super::{focus_open_link, save_error_words, Plans};
use crate::model::edit::PlanEdit;
use crate::model::values::date::SchoolYear;
use crate::model::years::{NextYearChoices, NextYearError};
use crate::model::Plan;
use crate::storage::library::PlanId;
use crate::web::focus_later;

/// `back_to`: the id of the button that opened the form, focused when it closes.
#[component]
pub(super) fn NextYearForm(id: PlanId, title: Signal<String>, back_to: String) -> impl IntoView {
    let plans = expect_context::<Plans>();
    let source = plans.source(&id);
    let first = format!("pl-next-first-{id}");
    let heading = format!("pl-next-heading-{id}");
    let close = Callback::new(move |()| {
        plans.next_year_for.set(None);
        focus_later(back_to.clone());
    });
    let cancel_button = view! {
        <button type="button" on:click=move |_| close.run(())>"Cancel"</button>
    };
    let source = match source {
        Ok(plan) => plan,
        Err(words) => {
            let labelled_by = heading.clone();
            return view! {
                <div class="pl-next" role="group" aria-labelledby=labelled_by>
                    <p id=heading>{move || format!("“{}” could not be read: {words}", title.get())}</p>
                    <div class="button-row" id=first tabindex="-1">{cancel_button}</div>
                </div>
            }
            .into_any();
        }
    };
    let defaults = NextYearChoices::default();
    let keep_statuses = RwSignal::new(defaults.keep_statuses);
    let keep_progress = RwSignal::new(defaults.keep_action_progress);
    let clear_notes = RwSignal::new(defaults.clear_notes_and_dates);
    let year = RwSignal::new(source.school_year);
    let asks_year = source.school_year.is_none();
    let problem = RwSignal::new(None::<String>);
    let source = StoredValue::new(source);
    let start = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let choices = NextYearChoices {
                keep_statuses: keep_statuses.get_untracked(),
                keep_action_progress: keep_progress.get_untracked(),
                clear_notes_and_dates: clear_notes.get_untracked(),
            };
            let Some(year) = year.get_untracked() else {
                return problem.set(Some(NextYearError::NoSchoolYear.to_string()));
            };
            match start_next_year(&plans, &id, source.get_value(), year, choices) {
                Ok(new_id) => {
                    plans.next_year_for.set(None);
                    focus_open_link(&new_id);
                }
                Err(message) => problem.set(Some(message)),
            }
        }
    };
    let escape = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close.run(());
        }
    };
    let statuses_id = if asks_year {
        String::new()
    } else {
        first.clone()
    };
    let labelled_by = heading.clone();
    view! {
        <form class="pl-next" aria-labelledby=labelled_by on:submit=start on:keydown=escape>
            <p class="pl-next-heading" id=heading>
                {move || format!("Start the next school year from “{}”", title.get())}
            </p>
            <p class="hint">
                "The next year's plan is a new plan, with the same roles, areas, statements, people, teacher-leader roles, actions, documents, goals and costs; this plan stays as it is."
            </p>
            {asks_year.then(|| view! {
                <p>{NextYearError::NoSchoolYear.to_string()}</p>
                <YearSelect
                    id=first.clone()
                    label="School year of this plan".to_string()
                    years=years_around(plans.this_year, None)
                    current=year
                    on_pick=Callback::new(move |picked: Option<SchoolYear>| year.set(picked))
                />
            })}
            <Choice
                name="pl-next-statuses"
                first_id=statuses_id
                legend="Matrix statuses"
                if_true="Keep this year's statuses"
                if_false="Reset every status to “Not assessed”"
                value=keep_statuses
            />
            <Choice
                name="pl-next-progress"
                first_id=String::new()
                legend="Actions"
                if_true="Keep this year's progress"
                if_false="Reset every action to “Not started”"
                value=keep_progress
            />
            <Choice
                name="pl-next-notes"
                first_id=String::new()
                legend="Notes and dates"
                if_true="Clear notes and dates"
                if_false="Keep notes and dates"
                value=clear_notes
            />
            {move || problem.get().map(|text| view! { <p class="error" role="alert">{text}</p> })}
            <div class="button-row">
                <button type="submit" class="primary">"Create the next year's plan"</button>
                {cancel_button}
            </div>
        </form>
    }
    .into_any()
}

/// Two radio buttons for one choice held in `value`: `if_true` sets it,
/// `if_false` clears it; the one it holds now comes first and is checked.
#[component]
fn Choice(
    name: &'static str,
    /// The first radio's DOM id, when the form's focus starts there ("" for none).
    first_id: String,
    legend: &'static str,
    if_true: &'static str,
    if_false: &'static str,
    value: RwSignal<bool>,
) -> impl IntoView {
    let first_id = (!first_id.is_empty()).then_some(first_id);
    // The default first: what most people want.
    let options = if value.get_untracked() {
        [(if_true, true), (if_false, false)]
    } else {
        [(if_false, false), (if_true, true)]
    };
    let [(first_text, first_value), (second_text, second_value)] = options;
    view! {
        <fieldset class="pl-choice">
            <legend>{legend}</legend>
            <label>
                <input
                    type="radio"
                    name=name
                    id=first_id
                    prop:checked=move || value.get() == first_value
                    on:change=move |_| value.set(first_value)
                />
                {first_text}
            </label>
            <label>
                <input
                    type="radio"
                    name=name
                    prop:checked=move || value.get() == second_value
                    on:change=move |_| value.set(second_value)
                />
                {second_text}
            </label>
        </fieldset>
    }
}

/// Keeps the next school year's plan of `source` (plan `id`, its school year
/// set to `year`) and links `source` to it. Nothing changes when the new plan
/// cannot be kept; the error says why.
fn start_next_year(
    plans: &Plans,
    id: &PlanId,
    mut source: Plan,
    year: SchoolYear,
    choices: NextYearChoices,
) -> Result<PlanId, String> {
    let year_was_missing = source.school_year != Some(year);
    let lineage_was_missing = source.lineage.is_none();
    source.school_year = Some(year);
    let next = source
        .next_school_year(choices, (plans.library.fresh_lineage)())
        .map_err(|error| error.to_string())?;
    let new_id = (plans.library.create)(&next).map_err(|error| {
        plans.refresh();
        format!(
            "The next school year's plan was not created. {}",
            save_error_words(&error)
        )
    })?;
    let started = format!(
        "Started {}: {}.",
        next.school_year.map(SchoolYear::label).unwrap_or_default(),
        next.display_title()
    );
    let linked = if plans.is_open(id) {
        if year_was_missing {
            plans.plan.apply(PlanEdit::SetSchoolYear(Some(year)));
        }
        if let (true, Some(lineage)) = (lineage_was_missing, next.lineage.clone()) {
            plans.plan.apply(PlanEdit::SetLineage(lineage));
        }
        Ok(())
    } else if year_was_missing || lineage_was_missing {
        source.lineage = next.lineage.clone();
        (plans.library.write)(id, &source)
    } else {
        Ok(())
    };
    plans.refresh();
    match linked {
        Ok(()) => plans.done(started),
        Err(error) => plans.problem(format!(
            "{started} “{}” could not be linked to it, so the progress over the years will not join them. {}",
            source.display_title(),
            save_error_words(&error)
        )),
    }
    Ok(new_id)
}
