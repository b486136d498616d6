//! The grid as published: areas as rows, roles as columns, sticky headers.
//! Each cell shows its statements as a heat map (color, icon and hidden
//! status words) and one edit button; arrow keys move between cells.
//! On narrow screens CSS shows one role column at a time (the picked role).

use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::views::{people_names, CellStatements, RolePicker};
use super::{area_ids, edit_button_id, focus_now, role_ids, use_matrix_ui, CellKey, Legend};
use crate::model::values::ids::{AreaId, PersonId, RoleId};
use crate::ui::keyed::keyed_list;

/// Rows of the grid drawn with the page, and then per task (see `GridView`).
const FIRST_ROWS: usize = 1;
const ROWS_PER_TASK: usize = 2;

#[component]
pub fn GridView() -> impl IntoView {
    let ui = use_matrix_ui();
    let matrix = ui.matrix;
    let role_ids = role_ids(matrix);
    let area_ids = area_ids(matrix);
    let names = people_names();
    // Where each cell sits in `Matrix::cells`: one pass per matrix change
    // instead of every cell searching the list (quadratic in a big plan).
    let cell_index = Memo::new(move |_| {
        matrix.with(|m| {
            m.cells
                .iter()
                .enumerate()
                .map(|(i, c)| ((c.role.clone(), c.area.clone()), i))
                .collect::<HashMap<_, _>>()
        })
    });

    // The first rows are drawn with the page, the rest a few per task after it: drawing all
    // of a plan's rows at once held the page for a quarter of a second on a slow Chromebook
    // (one long task at start-up), and the rows below are off screen anyway.
    let rows_shown = RwSignal::new(FIRST_ROWS);
    leptos::task::spawn_local(async move {
        loop {
            crate::web::next_task().await;
            let (Some(shown), Some(total)) = (
                rows_shown.try_get_untracked(),
                area_ids.try_with_untracked(Vec::len),
            ) else {
                return; // the grid is gone
            };
            if shown >= total {
                rows_shown.set(usize::MAX);
                return;
            }
            rows_shown.set(shown + ROWS_PER_TASK);
        }
    });
    let shown_area_ids = move || {
        let shown = rows_shown.get();
        area_ids.with(|ids| ids.iter().take(shown).cloned().collect::<Vec<_>>())
    };

    // Roving focus: one cell button is in the tab order; arrows move it.
    let chosen = RwSignal::new(None::<CellKey>);
    let active = Memo::new(move |_| {
        let chosen = chosen.get();
        let roles = role_ids.get();
        let areas = area_ids.get();
        chosen
            .filter(|k| roles.contains(&k.role) && areas.contains(&k.area))
            .or_else(|| {
                Some(CellKey {
                    role: roles.first()?.clone(),
                    area: areas.first()?.clone(),
                })
            })
    });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let on_cell_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.has_attribute("data-mx-cell"));
        let Some(current) = active.get_untracked() else {
            return;
        };
        if !on_cell_button {
            return;
        }
        let roles = role_ids.get_untracked();
        let areas = area_ids.get_untracked();
        let (Some(r), Some(a)) = (
            roles.iter().position(|id| *id == current.role),
            areas.iter().position(|id| *id == current.area),
        ) else {
            return;
        };
        let (last_r, last_a) = (roles.len().saturating_sub(1), areas.len().saturating_sub(1));
        let (r2, a2) = match ev.key().as_str() {
            "ArrowRight" => (if r < last_r { r + 1 } else { r }, a),
            "ArrowLeft" => (r.saturating_sub(1), a),
            "ArrowDown" => (r, if a < last_a { a + 1 } else { a }),
            "ArrowUp" => (r, a.saturating_sub(1)),
            "Home" if ev.ctrl_key() => (0, 0),
            "End" if ev.ctrl_key() => (last_r, last_a),
            "Home" => (0, a),
            "End" => (last_r, a),
            _ => return,
        };
        ev.prevent_default();
        let key = CellKey {
            role: roles[r2].clone(),
            area: areas[a2].clone(),
        };
        if r2 != r {
            // On narrow screens the picked role is the column shown.
            ui.pick_role(key.role.clone());
        }
        chosen.set(Some(key.clone()));
        focus_now(&edit_button_id(&key.role, &key.area));
    };

    view! {
        <div class="mx-grid-top">
            <Legend />
            <p class="mx-hint">
                "Use the ✎ button in a cell to edit it. In the grid, arrow keys move between cells."
            </p>
        </div>
        <div class="mx-narrow-only">
            <RolePicker label="Role shown" />
        </div>
        <div class="mx-grid-wrap">
            <table class="mx-grid" on:keydown=on_key>
                <caption class="visually-hidden">
                    "Leadership roles (columns) by responsibility areas (rows)"
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="mx-corner">
                            "Responsibility area"
                        </th>
                        {keyed_list(
                            move || role_ids.get(),
                            |id| id.clone(),
                            move |role| view! { <RoleHead role names /> },
                        )}
                    </tr>
                </thead>
                <tbody>
                    {keyed_list(
                        shown_area_ids,
                        |id| id.clone(),
                        move |area| view! {
                            <tr>
                                <AreaHead area=area.clone() />
                                {keyed_list(
                                    move || role_ids.get(),
                                    |id| id.clone(),
                                    move |role| view! {
                                        <GridCell role area=area.clone() cell_index names active chosen />
                                    },
                                )}
                            </tr>
                        },
                    )}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn RoleHead(role: RoleId, names: Memo<Vec<(PersonId, String)>>) -> impl IntoView {
    let ui = use_matrix_ui();
    let matrix = ui.matrix;
    let id = role.clone();
    let info = Memo::new(move |_| {
        matrix.with(|m| {
            m.role(&id).map(|r| {
                let holders: Vec<PersonId> =
                    m.holders(&r.id).iter().map(|p| p.id.clone()).collect();
                (r.name.clone(), r.description.clone(), holders)
            })
        })
    });
    let picked = move || ui.role.with(|r| r.as_ref() == Some(&role));
    view! {
        <th scope="col" class=move || if picked() { "mx-rolehead mx-picked" } else { "mx-rolehead" }>
            {move || {
                info.get()
                    .map(|(name, description, holders)| {
                        let held = if holders.is_empty() {
                            view! { <span class="mx-nobody">"⚠ Nobody assigned"</span> }.into_any()
                        } else {
                            let list = names.with(|n| {
                                holders
                                    .iter()
                                    .filter_map(|h| n.iter().find(|(id, _)| id == h).map(|(_, name)| name.clone()))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            });
                            view! { <span class="mx-holders">"👤 " {list}</span> }.into_any()
                        };
                        view! {
                            <span class="mx-rolename">{name}</span>
                            <span class="mx-roledesc" title=description.clone()>{description.clone()}</span>
                            {held}
                        }
                    })
            }}
        </th>
    }
}

#[component]
fn AreaHead(area: AreaId) -> impl IntoView {
    let matrix = use_matrix_ui().matrix;
    let name = Memo::new(move |_| {
        matrix.with(|m| m.area(&area).map(|a| a.name.clone()).unwrap_or_default())
    });
    view! { <th scope="row" class="mx-areahead">{move || name.get()}</th> }
}

#[component]
fn GridCell(
    role: RoleId,
    area: AreaId,
    cell_index: Memo<HashMap<(RoleId, AreaId), usize>>,
    names: Memo<Vec<(PersonId, String)>>,
    active: Memo<Option<CellKey>>,
    chosen: RwSignal<Option<CellKey>>,
) -> impl IntoView {
    let ui = use_matrix_ui();
    let matrix = ui.matrix;
    let position = (role.clone(), area.clone());
    let cell = Memo::new(move |_| {
        let at = cell_index.with(|ix| ix.get(&position).copied());
        matrix.with(|m| at.and_then(|i| m.cells.get(i)).cloned())
    });
    // A closure, not a memo: one reactive node less in each of hundreds of cells.
    let (r, a) = (role.clone(), area.clone());
    let label = move || {
        matrix.with(|m| {
            let role = m.role(&r).map(|x| x.name.as_str()).unwrap_or_default();
            let area = m.area(&a).map(|x| x.name.as_str()).unwrap_or_default();
            format!("Edit cell: {role}, {area}")
        })
    };
    let key = CellKey {
        role: role.clone(),
        area: area.clone(),
    };
    let is_active = {
        let key = key.clone();
        move || active.with(|k| k.as_ref() == Some(&key))
    };
    let picked = {
        let role = role.clone();
        move || ui.role.with(|r| r.as_ref() == Some(&role))
    };
    let class = move || {
        let mut class = String::from("mx-cell");
        if picked() {
            class.push_str(" mx-picked");
        }
        if cell.with(|c| c.as_ref().is_some_and(|c| c.not_applicable)) {
            class.push_str(" mx-na");
        }
        class
    };
    let (r, a) = (role.clone(), area.clone());
    let focus_key = key.clone();
    view! {
        <td class=class>
            <CellStatements cell names compact=true />
            <button
                type="button"
                class="mx-edit"
                id=edit_button_id(&role, &area)
                data-mx-cell=""
                tabindex=move || if is_active() { "0" } else { "-1" }
                on:focus=move |_| chosen.set(Some(focus_key.clone()))
                on:click=move |_| ui.open_editor(&r, &a)
            >
                <span aria-hidden="true">"✎"</span>
                <span class="visually-hidden">{label}</span>
            </button>
        </td>
    }
}
