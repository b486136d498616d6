//! Compare two plans (two schools, or this year's file against last
//! year's, or either against the user's own plan): the differences as a
//! list grouped by area and role, printable.

use leptos::prelude::*;

use super::use_district;
use crate::model::analysis::compare::{compare, Comparison};
use crate::model::analysis::district::school_name;
use crate::model::Plan;
use crate::ui::keyed::keyed_list;
use crate::ui::state::{use_notices, use_plan};

/// The value of the "My plan" choice; opened plans go by file name, which
/// never holds a slash.
const MINE: &str = "/my-plan";

#[component]
fn PlanChoice(id: &'static str, label: &'static str, chosen: RwSignal<String>) -> impl IntoView {
    let state = use_district();
    view! {
        <div class="dt-field">
            <label for=id>{label}</label>
            <select
                id=id
                prop:value=move || chosen.get()
                on:change=move |ev| chosen.set(event_target_value(&ev))
            >
                <option value="">"Choose a plan"</option>
                <option value=MINE selected=move || chosen.get() == MINE>"My plan"</option>
                {keyed_list(
                    move || state.opened_shown(),
                    |o| (o.file_name.clone(), school_name(&o.plan)),
                    move |o| {
                        let school = school_name(&o.plan);
                        let value = o.file_name.clone();
                        let selected = value.clone();
                        view! {
                            <option value=value selected=move || chosen.get() == selected>
                                {format!("{school} ({})", o.file_name)}
                            </option>
                        }
                    },
                )}
            </select>
        </div>
    }
}

fn section(title: &'static str, items: Vec<String>) -> Option<AnyView> {
    (!items.is_empty()).then(|| {
        view! {
            <h4>{title}</h4>
            <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
        }
        .into_any()
    })
}

fn to_text<T: ToString>(items: Vec<T>) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}

fn comparison_view(comparison: Comparison) -> AnyView {
    if comparison.is_empty() {
        return view! { <p>"No differences."</p> }.into_any();
    }
    view! {
        <div class="dt-diff">
            {section("Roles", to_text(comparison.roles))}
            {section("Responsibility areas", to_text(comparison.areas))}
            {(!comparison.statements.is_empty())
                .then(|| {
                    view! {
                        <h4>"Statements"</h4>
                        {comparison
                            .statements
                            .into_iter()
                            .map(|group| {
                                view! {
                                    <h5>{format!("{} · {}", group.area, group.role)}</h5>
                                    <ul>
                                        {group
                                            .changes
                                            .iter()
                                            .map(|c| view! { <li>{c.to_string()}</li> })
                                            .collect_view()}
                                    </ul>
                                }
                            })
                            .collect_view()}
                    }
                })}
            {section("People", to_text(comparison.people))}
            {section("Role holders", to_text(comparison.holders))}
            {section("Teacher-leader roles", to_text(comparison.teacher_roles))}
        </div>
    }
    .into_any()
}

/// How a compared plan is named: "My plan", or its school and file.
fn name_of(plan: &Plan, choice: &str) -> String {
    if choice == MINE {
        "my plan".to_string()
    } else {
        format!("{} ({choice})", school_name(plan))
    }
}

#[component]
pub fn ComparePanel() -> impl IntoView {
    let notices = use_notices();
    let state = use_district();
    let mine = use_plan().signal();
    let before = RwSignal::new(String::new());
    let after = RwSignal::new(MINE.to_string());
    let plan_of = move |choice: &str| -> Option<Plan> {
        if choice == MINE {
            Some(mine.get())
        } else {
            state.opened.with(|opened| {
                opened
                    .iter()
                    .find(|o| o.file_name == choice)
                    .map(|o| (*o.plan).clone())
            })
        }
    };
    let result = move || {
        let (a, b) = (before.get(), after.get());
        match (plan_of(&a), plan_of(&b)) {
            (Some(a), Some(b)) => {
                let heading = format!(
                    "From {} to {}",
                    name_of(&a, &before.get()),
                    name_of(&b, &after.get())
                );
                view! {
                    <p class="dt-compared">{heading}</p>
                    {comparison_view(compare(&a, &b))}
                }
                .into_any()
            }
            _ => view! { <p class="dt-muted">"Choose two plans to compare."</p> }.into_any(),
        }
    };
    view! {
        <div class="dt-compare">
            <h3>"Compare two plans"</h3>
            <div class="dt-actions">
                <PlanChoice id="dt-before" label="Earlier plan" chosen=before />
                <PlanChoice id="dt-after" label="Later plan" chosen=after />
                <button type="button" class="dt-print" on:click=move |_| {
                    if window().print().is_err() {
                        notices.say("This browser could not open its print dialog; use its Print menu.");
                    }
                }>"Print"</button>
            </div>
            <div class="dt-result" aria-live="polite">{result}</div>
        </div>
    }
}
