//! Roles and areas: add, rename, describe, reorder, delete; and putting the
//! whole matrix back as published.

use leptos::prelude::*;

use crate::ui::controls::{AddField, AddForm, MoveWords, RowActions, UP_DOWN};
use crate::ui::keyed::keyed_list;

use super::{area_ids, dom_id, focus_later, role_ids, use_matrix_ui};
use crate::model::edit::{AreaEdit, MatrixEdit, MatrixRoleEdit};
use crate::model::values::ids::{AreaId, RoleId};
use crate::ui::state::use_plan;

#[component]
pub fn StructurePanel() -> impl IntoView {
    view! {
        <div class="mx-structure">
            <RolesEditor />
            <AreasEditor />
            <RestoreAll />
        </div>
    }
}

fn ordinal_label(index: usize, len: usize) -> String {
    format!("{} of {}", index + 1, len)
}

#[component]
fn RolesEditor() -> impl IntoView {
    let plan = use_plan();
    let matrix = use_matrix_ui().matrix;
    let ids = role_ids(matrix);
    let add = Callback::new(move |typed: Vec<String>| {
        let mut typed = typed.into_iter();
        let edit = MatrixRoleEdit::Add {
            name: typed.next().unwrap_or_default(),
            description: typed.next().unwrap_or_default(),
        };
        // Added: the form empties its fields for the next role.
        plan.apply(edit).is_some()
    });
    view! {
        <section class="mx-struct-block">
            <h3>"Roles (columns)"</h3>
            <ol class="mx-struct-list">
                {keyed_list(
                    move || ids.get(),
                    |id| id.clone(),
                    move |id| view! { <RoleRow id /> },
                )}
            </ol>
            <AddForm
                class="mx-add"
                heading="Add a role"
                fields=vec![
                    AddField { label: "Role name", placeholder: "e.g. School Board", id: Some("mx-roles-add") },
                    AddField { label: "Example titles", placeholder: "", id: None },
                ]
                submit="Add role"
                on_add=add
            />
        </section>
    }
}

#[component]
fn RoleRow(id: RoleId) -> impl IntoView {
    let plan = use_plan();
    let matrix = use_matrix_ui().matrix;
    let i = id.clone();
    let role = Memo::new(move |_| matrix.with(|m| m.role(&i).cloned()));
    let i = id.clone();
    let position = Memo::new(move |_| {
        matrix.with(|m| {
            (
                m.roles.iter().position(|r| r.id == i).unwrap_or(0),
                m.roles.len(),
            )
        })
    });
    let name = move || role.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default());
    let i = id.clone();
    let rename = move |ev: leptos::ev::Event| {
        let edit = MatrixRoleEdit::Rename {
            id: i.clone(),
            name: event_target_value(&ev),
        };
        if plan.apply(edit).is_none() {
            // Refused (no name) or unchanged: show the name as it is.
            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&name());
        }
    };
    let i = id.clone();
    let describe = move |ev: leptos::ev::Event| {
        plan.apply(MatrixRoleEdit::Describe {
            id: i.clone(),
            description: event_target_value(&ev),
        });
    };
    let up_id = dom_id("mx-role-up", &[id.as_str()]);
    let down_id = dom_id("mx-role-down", &[id.as_str()]);
    let i = id.clone();
    let on_move = Callback::new(move |delta: isize| {
        plan.apply(MatrixRoleEdit::Move {
            id: i.clone(),
            delta,
        });
    });
    let i = id.clone();
    let delete = Callback::new(move |()| {
        plan.apply(MatrixRoleEdit::Delete { id: i.clone() });
        focus_later("mx-roles-add".to_string());
    });
    let legend = move || {
        format!(
            "Role {}: {}",
            ordinal_label(position.get().0, position.get().1),
            name()
        )
    };
    view! {
        <li class="mx-struct-item">
            <fieldset>
                <legend>{legend}</legend>
                <div class="mx-struct-fields">
                    <label class="mx-field mx-struct-name">
                        <span>"Name"</span>
                        <input type="text" prop:value=name on:change=rename />
                    </label>
                    <label class="mx-field mx-struct-desc">
                        <span>"Example titles"</span>
                        <textarea
                            rows="2"
                            prop:value=move || role.with(|r| r.as_ref().map(|r| r.description.clone()).unwrap_or_default())
                            on:change=describe
                        ></textarea>
                    </label>
                </div>
                <RowActions
                    up_id
                    down_id
                    position
                    words=MoveWords { earlier_icon: "← ", earlier: "Earlier", later_icon: "→ ", later: "Later" }
                    earlier_detail=Signal::derive(move || format!(": move role {} one column left", name()))
                    later_detail=Signal::derive(move || format!(": move role {} one column right", name()))
                    delete_detail=Signal::derive(move || format!(" role {}", name()))
                    on_move
                    on_delete=delete
                />
            </fieldset>
        </li>
    }
}

#[component]
fn AreasEditor() -> impl IntoView {
    let plan = use_plan();
    let matrix = use_matrix_ui().matrix;
    let ids = area_ids(matrix);
    let add = Callback::new(move |typed: Vec<String>| {
        let name = typed.into_iter().next().unwrap_or_default();
        // Added: the form empties its field for the next area.
        plan.apply(AreaEdit::Add { name }).is_some()
    });
    view! {
        <section class="mx-struct-block">
            <h3>"Responsibility areas (rows)"</h3>
            <ol class="mx-struct-list">
                {keyed_list(
                    move || ids.get(),
                    |id| id.clone(),
                    move |id| view! { <AreaRow id /> },
                )}
            </ol>
            <AddForm
                class="mx-add"
                heading="Add an area"
                fields=vec![AddField { label: "Area name", placeholder: "e.g. Equity and Access", id: None }]
                submit="Add area"
                on_add=add
            />
        </section>
    }
}

#[component]
fn AreaRow(id: AreaId) -> impl IntoView {
    let plan = use_plan();
    let matrix = use_matrix_ui().matrix;
    let i = id.clone();
    let area =
        Memo::new(move |_| matrix.with(|m| m.area(&i).map(|a| a.name.clone()).unwrap_or_default()));
    let i = id.clone();
    let position = Memo::new(move |_| {
        matrix.with(|m| {
            (
                m.areas.iter().position(|a| a.id == i).unwrap_or(0),
                m.areas.len(),
            )
        })
    });
    let i = id.clone();
    let rename = move |ev: leptos::ev::Event| {
        let edit = AreaEdit::Rename {
            id: i.clone(),
            name: event_target_value(&ev),
        };
        if plan.apply(edit).is_none() {
            // Refused (no name) or unchanged: show the name as it is.
            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&area.get_untracked());
        }
    };
    let up_id = dom_id("mx-area-up", &[id.as_str()]);
    let down_id = dom_id("mx-area-down", &[id.as_str()]);
    let i = id.clone();
    let on_move = Callback::new(move |delta: isize| {
        plan.apply(AreaEdit::Move {
            id: i.clone(),
            delta,
        });
    });
    let i = id.clone();
    let delete = Callback::new(move |()| {
        plan.apply(AreaEdit::Delete { id: i.clone() });
    });
    view! {
        <li class="mx-struct-item">
            <fieldset>
                <legend>{move || format!("Area {}: {}", ordinal_label(position.get().0, position.get().1), area.get())}</legend>
                <label class="mx-field mx-wide">
                    <span>"Name"</span>
                    <input type="text" prop:value=move || area.get() on:change=rename />
                </label>
                <RowActions
                    up_id
                    down_id
                    position
                    words=UP_DOWN
                    earlier_detail=Signal::derive(move || format!(": move area {} up", area.get()))
                    later_detail=Signal::derive(move || format!(": move area {} down", area.get()))
                    delete_detail=Signal::derive(move || format!(" area {}", area.get()))
                    on_move
                    on_delete=delete
                />
            </fieldset>
        </li>
    }
}

/// "Restore the whole matrix", behind a confirmation.
#[component]
fn RestoreAll() -> impl IntoView {
    let plan = use_plan();
    let confirming = RwSignal::new(false);
    let keep = RwSignal::new(true);
    let restore = move |_| {
        plan.apply(MatrixEdit::RestoreAll {
            keep_assessments: keep.get_untracked(),
        });
        confirming.set(false);
    };
    view! {
        <section class="mx-struct-block mx-restore">
            <h3>"Restore the source matrix"</h3>
            <p class="mx-muted">
                "Puts back the published roles, areas and cell texts. Added roles, areas and statements are removed; your people are kept. You can undo this."
            </p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button
                        type="button"
                        class="danger"
                        on:click=move |_| {
                            confirming.set(true);
                            focus_later("mx-restore-confirm".to_string());
                        }
                    >
                        "Restore the whole matrix…"
                    </button>
                }
            >
                <div class="confirm" role="alertdialog" aria-labelledby="mx-restore-q" id="mx-restore-confirm" tabindex="-1">
                    <p id="mx-restore-q">"Restore the whole matrix to the source text?"</p>
                    <label class="mx-check">
                        <input
                            type="checkbox"
                            prop:checked=move || keep.get()
                            on:change=move |ev| keep.set(event_target_checked(&ev))
                        />
                        " Keep statuses, owners and notes of the source statements"
                    </label>
                    <p>
                        <button type="button" class="primary" on:click=restore>"Restore matrix"</button>
                        <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </p>
                </div>
            </Show>
        </section>
    }
}
