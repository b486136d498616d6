//! 004's benefits as goals, each pursued by teacher-leader roles.

use leptos::prelude::*;

use super::short;
use crate::model::implementation::seed::GOALS_INTRO;
use crate::model::implementation::{GoalEdit, GoalId};
use crate::model::values::ids::TeacherRoleId;
use crate::ui::keyed::keyed_list;
use crate::ui::state::use_plan;

#[component]
pub fn GoalsView() -> impl IntoView {
    let sig = use_plan().signal();
    let ids = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .goals
                .iter()
                .map(|g| g.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let roles = Memo::new(move |_| {
        sig.with(|p| {
            p.teacher_roles
                .roles
                .iter()
                .map(|r| (r.id.clone(), r.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let unpursued = Memo::new(move |_| sig.with(|p| p.implementation.unpursued_goals().len()));
    view! {
        <div class="im-goals">
            <h3>"Goals"</h3>
            <blockquote class="im-quote">
                <p>{GOALS_INTRO}</p>
            </blockquote>
            <p class="im-progress" role="status">
                {move || match unpursued.get() {
                    0 => "✓ Every goal is pursued by at least one teacher-leader role.".to_string(),
                    1 => "⚠ 1 goal is pursued by no teacher-leader role.".to_string(),
                    n => format!("⚠ {n} goals are pursued by no teacher-leader role."),
                }}
            </p>
            <Show when=move || roles.with(Vec::is_empty)>
                <p class="im-note-box">
                    "There are no teacher-leader roles yet. Create them under "
                    <a href="#roles">"Teacher-leader roles"</a>
                    ", then tick the roles that pursue each goal."
                </p>
            </Show>
            <ul class="im-goal-list">
                {keyed_list(
                    move || ids.get(),
                    |id| id.clone(),
                    move |id| view! { <GoalItem id roles /> },
                )}
            </ul>
        </div>
    }
}

#[component]
fn GoalItem(id: GoalId, roles: Memo<Vec<(TeacherRoleId, String)>>) -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let i = id.clone();
    let goal = Memo::new(move |_| sig.with(|p| p.implementation.goal(&i).cloned()));
    let title = move || goal.with(|g| g.as_ref().map(|g| g.title.clone()).unwrap_or_default());
    let pursued = move || goal.with(|g| g.as_ref().is_some_and(|g| g.is_pursued()));
    let source = goal.with_untracked(|g| g.as_ref().and_then(|g| g.source()));
    let i = id.clone();
    view! {
        <li class="im-goal" data-pursued=move || if pursued() { "yes" } else { "no" }>
            <fieldset>
                <legend>{title}</legend>
                <Show when=move || !pursued()>
                    <p class="im-flag">
                        <span aria-hidden="true">"⚠ "</span>
                        "No role pursues this goal yet."
                    </p>
                </Show>
                {source
                    .map(|s| {
                        view! {
                            <details class="im-guidance">
                                <summary>"What the source says"</summary>
                                <blockquote class="im-quote">
                                    {s.text.iter().map(|t| view! { <p>{*t}</p> }).collect_view()}
                                    {(!s.levels.is_empty())
                                        .then(|| {
                                            view! {
                                                <ul>
                                                    {s
                                                        .levels
                                                        .iter()
                                                        .map(|l| {
                                                            view! {
                                                                <li>
                                                                    <strong>{l.label} ": "</strong>
                                                                    {l.text}
                                                                </li>
                                                            }
                                                        })
                                                        .collect_view()}
                                                </ul>
                                            }
                                        })}
                                </blockquote>
                            </details>
                        }
                    })}
                <fieldset class="im-goal-roles">
                    <legend>{move || format!("Roles pursuing “{}”", short(&title()))}</legend>
                    {keyed_list(
                        move || roles.get(),
                        |r| r.clone(),
                        move |role| view! { <GoalRoleCheck goal=i.clone() role=role.0 name=role.1 /> },
                    )}
                </fieldset>
            </fieldset>
        </li>
    }
}

#[component]
fn GoalRoleCheck(goal: GoalId, role: TeacherRoleId, name: String) -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let (g, r) = (goal.clone(), role.clone());
    let linked = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .goal(&g)
                .is_some_and(|x| x.roles.contains(&r))
        })
    });
    let toggle = move |ev: leptos::ev::Event| {
        plan.apply(GoalEdit::SetRole {
            id: goal.clone(),
            role: role.clone(),
            linked: event_target_checked(&ev),
        });
    };
    view! {
        <label class="im-check">
            <input type="checkbox" prop:checked=move || linked.get() on:change=toggle />
            " "
            {name}
        </label>
    }
}
