//! The template picker and the portfolio of role cards (select, reorder,
//! duplicate, delete with undo).

use leptos::prelude::*;

use super::{focus_later, Pane, RoleHandle};
use crate::model::teacher_roles::templates::{
    label_of, template, Source, PURPOSES, SPHERES, TEMPLATES,
};
use crate::model::teacher_roles::{ListField, TeacherRole, TeacherRoleEdit};
use crate::model::values::ids::TeacherRoleId;
use crate::ui::keyed::keyed_list;
use crate::ui::state::use_plan;

const BLANK: &str = "blank";

/// "Veteran · Formal · District, State" for a card.
fn card_meta(role: &TeacherRole) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(stage) = role.career_stage {
        parts.push(stage.label().to_string());
    }
    if let Some(formality) = role.formality {
        parts.push(formality.label().to_string());
    }
    let spheres = role.labels(ListField::Spheres);
    if !spheres.is_empty() {
        parts.push(spheres.join(", "));
    }
    if parts.is_empty() {
        "Career stage, formality and sphere not set yet".to_string()
    } else {
        parts.join(" · ")
    }
}

#[component]
pub fn TemplatePicker(#[prop(into)] on_added: Callback<(TeacherRoleId, Pane)>) -> impl IntoView {
    let plan = use_plan();
    let choice = RwSignal::new(BLANK.to_string());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let key = choice.get_untracked();
        let template = (key != BLANK).then_some(key);
        if plan.apply(TeacherRoleEdit::Add { template }).is_none() {
            return;
        }
        // A role is added at the end of the portfolio.
        let added = plan
            .signal()
            .with_untracked(|p| p.teacher_roles.roles.last().map(|r| r.id.clone()));
        if let Some(id) = added {
            on_added.run((id, Pane::Edit));
            focus_later("tl-title".to_string());
        }
    };
    let preview = move || {
        let key = choice.get();
        match template(&key) {
            None => view! {
                <p>"An empty role: every field is left for you to fill in."</p>
            }
            .into_any(),
            Some(t) => {
                let mut stated: Vec<String> = Vec::new();
                if let Some(stage) = t.career_stage {
                    stated.push(format!("career stage: {}", stage.label()));
                }
                if let Some(formality) = t.formality {
                    stated.push(format!("formality: {}", formality.label()));
                }
                for sphere in t.spheres {
                    stated.push(format!(
                        "sphere: {}",
                        label_of(SPHERES, sphere).unwrap_or(sphere)
                    ));
                }
                for purpose in t.purposes {
                    stated.push(format!(
                        "purpose: {}",
                        label_of(PURPOSES, purpose).unwrap_or(purpose)
                    ));
                }
                view! {
                    <p class="tl-preview-source">
                        "Example role from "<cite>{Source::PotentialRoles.title()}</cite>":"
                    </p>
                    <blockquote>{t.summary}</blockquote>
                    <p>
                        {format!("The source states its {}. ", stated.join("; "))}
                        "Everything else is left blank for you."
                    </p>
                }
                .into_any()
            }
        }
    };
    view! {
        <form class="tl-picker" on:submit=add aria-labelledby="tl-picker-heading">
            <h3 id="tl-picker-heading">"Add a role"</h3>
            <div class="tl-picker-row">
                <label for="tl-template">"Start from"</label>
                <select
                    id="tl-template"
                    aria-describedby="tl-template-preview"
                    on:change=move |ev| choice.set(event_target_value(&ev))
                >
                    <option value=BLANK prop:selected=move || choice.get() == BLANK>
                        "Blank role"
                    </option>
                    <optgroup label="Examples from the source">
                        {TEMPLATES
                            .iter()
                            .map(|t| {
                                view! {
                                    <option value=t.key prop:selected=move || choice.get() == t.key>
                                        {t.title}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </optgroup>
                </select>
                <button type="submit" class="primary">
                    "Add role"
                </button>
            </div>
            <div id="tl-template-preview" class="tl-preview">
                {preview}
            </div>
        </form>
    }
}

#[component]
pub fn Portfolio(
    selected: Memo<Option<TeacherRoleId>>,
    #[prop(into)] on_select: Callback<TeacherRoleId>,
    #[prop(into)] on_open: Callback<(TeacherRoleId, Pane)>,
) -> impl IntoView {
    let plan = use_plan();
    let ids = Memo::new(move |_| {
        plan.signal().with(|p| {
            p.teacher_roles
                .roles
                .iter()
                .map(|r| r.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="tl-portfolio">
            <h3 id="tl-portfolio-heading" tabindex="-1">
                {move || format!("Roles ({})", ids.with(Vec::len))}
            </h3>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=|| view! { <p class="tl-muted">"No roles yet."</p> }
            >
                <ol class="tl-cards" aria-labelledby="tl-portfolio-heading">
                    {keyed_list(
                        move || ids.get(),
                        |id| id.clone(),
                        move |id| {
                            view! {
                                <RoleCard
                                    role=RoleHandle::new(plan, id)
                                    selected=selected
                                    ids=ids
                                    on_select=on_select
                                    on_open=on_open
                                />
                            }
                        },
                    )}
                </ol>
            </Show>
        </div>
    }
}

#[component]
fn RoleCard(
    role: RoleHandle,
    selected: Memo<Option<TeacherRoleId>>,
    ids: Memo<Vec<TeacherRoleId>>,
    on_select: Callback<TeacherRoleId>,
    on_open: Callback<(TeacherRoleId, Pane)>,
) -> impl IntoView {
    let plan = use_plan();
    let id = role.id();
    let title = role.memo(|r| r.display_title().to_string());
    let holder = role.memo(|r| r.holder.trim().to_string());
    let meta = role.memo(card_meta);
    let cleared = role.memo(|r| r.matrix_role_cleared);
    let position = {
        let id = id.clone();
        Memo::new(move |_| ids.with(|ids| ids.iter().position(|x| *x == id)))
    };
    let is_first = move || position.get() == Some(0);
    let is_last = move || position.get().is_none_or(|at| at + 1 >= ids.with(Vec::len));
    let is_selected = {
        let id = id.clone();
        Memo::new(move |_| selected.with(|s| s.as_ref() == Some(&id)))
    };

    let reorder = move |up: bool| {
        let id = role.id();
        let moved = plan.apply(TeacherRoleEdit::Move { id: id.clone(), up });
        if moved.is_some() {
            let (at, count) = plan.signal().with_untracked(|p| {
                (
                    p.teacher_roles.position(&id).unwrap_or_default(),
                    p.teacher_roles.roles.len(),
                )
            });
            // Keep focus on the button pressed, or its partner at either end.
            let target = match (up, at) {
                (true, 0) => format!("tl-down-{id}"),
                (false, at) if at + 1 == count => format!("tl-up-{id}"),
                (true, _) => format!("tl-up-{id}"),
                (false, _) => format!("tl-down-{id}"),
            };
            focus_later(target);
        }
    };
    let duplicate = move |_| {
        let id = role.id();
        if plan
            .apply(TeacherRoleEdit::Duplicate { id: id.clone() })
            .is_none()
        {
            return;
        }
        // The copy sits right after the original.
        let copy = plan.signal().with_untracked(|p| {
            let roles = &p.teacher_roles;
            let at = roles.position(&id)?;
            roles.roles.get(at + 1).map(|r| r.id.clone())
        });
        if let Some(copy) = copy {
            on_select.run(copy.clone());
            focus_later(format!("tl-card-{copy}"));
        }
    };
    let delete = move |_| {
        plan.apply(TeacherRoleEdit::Delete { id: role.id() });
        focus_later("tl-portfolio-heading".to_string());
    };

    view! {
        <li class="tl-card" class:tl-card-selected=move || is_selected.get()>
            <button
                type="button"
                id=format!("tl-card-{id}")
                class="tl-card-title"
                aria-current=move || is_selected.get().then_some("true")
                on:click=move |_| on_select.run(role.id())
            >
                {move || title.get()}
            </button>
            <Show when=move || !holder.with(String::is_empty)>
                <p class="tl-card-holder">{move || format!("Held by {}", holder.get())}</p>
            </Show>
            <p class="tl-card-meta">{move || meta.get()}</p>
            <Show when=move || cleared.get()>
                <p class="tl-card-flag">"Matrix link cleared"</p>
            </Show>
            <div class="tl-card-actions">
                <button
                    type="button"
                    id=format!("tl-up-{id}")
                    disabled=is_first
                    aria-label=move || format!("Move up: {}", title.get())
                    on:click=move |_| reorder(true)
                >
                    "Move up"
                </button>
                <button
                    type="button"
                    id=format!("tl-down-{id}")
                    disabled=is_last
                    aria-label=move || format!("Move down: {}", title.get())
                    on:click=move |_| reorder(false)
                >
                    "Move down"
                </button>
                <button
                    type="button"
                    aria-label=move || format!("Duplicate: {}", title.get())
                    on:click=duplicate
                >
                    "Duplicate"
                </button>
                <button
                    type="button"
                    aria-label=move || format!("Description: {}", title.get())
                    on:click=move |_| on_open.run((role.id(), Pane::Description))
                >
                    "Description"
                </button>
                <button
                    type="button"
                    class="danger"
                    aria-label=move || format!("Delete: {}", title.get())
                    on:click=delete
                >
                    "Delete"
                </button>
            </div>
        </li>
    }
}
