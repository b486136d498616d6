//! "By role" (a role's job description: its statements area by area) and
//! "By area" (what every role does in one area), plus the pieces they share
//! with the grid.

use leptos::prelude::*;

use super::{area_ids, edit_button_id, role_ids, use_matrix_ui, Legend, StatusBadge};
use crate::model::matrix::Cell;
use crate::model::values::ids::{AreaId, PersonId, RoleId};
use crate::ui::keyed::keyed_list;

/// (person id, name) for every person, to show owners without each list
/// depending on the whole plan.
pub fn people_names() -> Memo<Vec<(PersonId, String)>> {
    let matrix = use_matrix_ui().matrix;
    Memo::new(move |_| {
        matrix.with(|m| {
            m.people
                .iter()
                .map(|x| (x.id.clone(), x.name.clone()))
                .collect()
        })
    })
}

/// A cell's statements, "—" for no cell, "N/A" for a cell marked not
/// applicable. Drawn again only when the cell or the names change; Find
/// only hides and shows statements already drawn (see `StatementList`), so
/// typing in Find rebuilds nothing, even in a matrix of hundreds of cells,
/// and its query reaches the cells a batch per task (`find.rs`).
#[component]
pub fn CellStatements(
    cell: Memo<Option<Cell>>,
    names: Memo<Vec<(PersonId, String)>>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let filter = use_matrix_ui().find.for_new_cell();
    let matches = Memo::new(move |_| {
        filter.with(|filter| {
            let shown = cell.with(|c| c.as_ref().map_or_else(Vec::new, |c| filter.matches_in(c)));
            FindMatches {
                active: filter.is_active(),
                shown,
            }
        })
    });
    move || {
        names.track();
        cell.with(|c| match c {
            None => view! { <p class="mx-muted">"—"</p> }.into_any(),
            Some(c) if c.not_applicable => view! { <p class="mx-na-text">"N/A"</p> }.into_any(),
            Some(c) => view! { <StatementList cell=c.clone() matches names compact /> }.into_any(),
        })
    }
}

/// Which of a cell's statements Find lets through, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindMatches {
    /// Find has text or a status set.
    pub active: bool,
    pub shown: Vec<bool>,
}

impl FindMatches {
    fn shows(&self, index: usize) -> bool {
        self.shown.get(index).copied().unwrap_or(true)
    }

    fn hidden_count(&self) -> usize {
        self.shown.iter().filter(|shown| !**shown).count()
    }
}

/// A cell's lead-in and its statements; those Find does not let through
/// are hidden, not removed. Compact (the grid): icon only, status words for
/// screen readers.
#[component]
pub fn StatementList(
    cell: Cell,
    /// What Find lets through; without it (a read-only plan), everything.
    #[prop(optional)]
    matches: Option<Memo<FindMatches>>,
    names: Memo<Vec<(PersonId, String)>>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let lead_in = (!cell.lead_in.is_empty())
        .then(|| view! { <p class="mx-lead-in">{cell.lead_in.clone()}</p> });
    let empty = cell.statements.is_empty();
    let items = cell
        .statements
        .into_iter()
        .enumerate()
        .map(|(index, s)| {
            let owner = s.owner.as_ref().and_then(|o| {
                names.with_untracked(|n| {
                    n.iter()
                        .find(|(id, _)| id == o)
                        .map(|(_, name)| name.clone())
                })
            });
            let details = (!compact).then(|| {
                let owner = owner
                    .clone()
                    .map(|o| view! { <span class="mx-owner">"Owner: " {o}</span> });
                let note = (!s.note.is_empty())
                    .then(|| view! { <span class="mx-note">"Note: " {s.note.clone()}</span> });
                view! { <span class="mx-st-details">{owner} {note}</span> }
            });
            let owner_mark = (compact && owner.is_some()).then(|| {
                let o = owner.clone().unwrap_or_default();
                let title = format!("Owner: {o}");
                view! { <span class="mx-owner-mark" title=title>" · 👤 " {o}</span> }
            });
            view! {
                <li
                    class=format!("mx-st mx-st-{}", s.status.key())
                    hidden=move || matches.is_some_and(|m| !m.with(|m| m.shows(index)))
                >
                    <StatusBadge status=s.status compact />
                    <span class="mx-st-text">{s.text}</span>
                    {owner_mark}
                    {details}
                </li>
            }
        })
        .collect_view();
    view! {
        {lead_in}
        {(!empty).then(|| view! { <ul class="mx-statements">{items}</ul> })}
        {empty.then(|| view! { <p class="mx-muted">"No statements yet."</p> })}
        {move || {
            let hidden = matches.map_or(0, |m| {
                m.with(|m| if m.active { m.hidden_count() } else { 0 })
            });
            (hidden > 0)
                .then(|| {
                    view! { <p class="mx-hidden-count">{format!("{hidden} hidden by find")}</p> }
                })
        }}
    }
}

/// A select that picks the role shown (by role view; the grid on narrow screens).
#[component]
pub fn RolePicker(label: &'static str) -> impl IntoView {
    let ui = use_matrix_ui();
    let matrix = ui.matrix;
    let options = Memo::new(move |_| {
        matrix.with(|m| {
            m.roles
                .iter()
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let on_pick = Callback::new(move |id: String| ui.pick_role(RoleId::new(id)));
    view! { <IdPicker label options current=ui.role on_pick /> }
}

#[component]
fn AreaPicker() -> impl IntoView {
    let ui = use_matrix_ui();
    let matrix = ui.matrix;
    let options = Memo::new(move |_| {
        matrix.with(|m| {
            m.areas
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let on_pick = Callback::new(move |id: String| ui.pick_area(AreaId::new(id)));
    view! { <IdPicker label="Area shown" options current=ui.area on_pick /> }
}

/// A labelled select over `(id, name)` options that reports the chosen
/// option's value; the caller turns it back into its kind of id.
#[component]
fn IdPicker<Id>(
    label: &'static str,
    options: Memo<Vec<(Id, String)>>,
    current: Memo<Option<Id>>,
    on_pick: Callback<String>,
) -> impl IntoView
where
    Id: Clone + PartialEq + std::fmt::Display + Send + Sync + 'static,
{
    view! {
        <label class="mx-field mx-picker">
            <span>{label}</span>
            <select on:change=move |ev| on_pick.run(event_target_value(&ev))>
                {move || {
                    let current = current.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(id, name)| {
                            let selected = current.as_ref() == Some(&id);
                            view! { <option value=id.to_string() selected=selected>{name}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

/// One cell as a block with a heading (the area in "By role", the role in "By area").
#[component]
fn CellBlock(
    role: RoleId,
    area: AreaId,
    heading_is_role: bool,
    names: Memo<Vec<(PersonId, String)>>,
) -> impl IntoView {
    let ui = use_matrix_ui();
    let matrix = ui.matrix;
    let (r, a) = (role.clone(), area.clone());
    let cell = Memo::new(move |_| matrix.with(|m| m.cell(&r, &a).cloned()));
    let (r, a) = (role.clone(), area.clone());
    let heading = Memo::new(move |_| {
        matrix.with(|m| {
            if heading_is_role {
                m.role(&r).map(|x| x.name.clone())
            } else {
                m.area(&a).map(|x| x.name.clone())
            }
            .unwrap_or_default()
        })
    });
    let (r, a) = (role.clone(), area.clone());
    view! {
        <section class="mx-block">
            <div class="mx-block-head">
                <h4>{move || heading.get()}</h4>
                <button
                    type="button"
                    class="mx-edit"
                    id=edit_button_id(&role, &area)
                    on:click=move |_| ui.open_editor(&r, &a)
                >
                    <span aria-hidden="true">"✎ "</span>
                    "Edit"
                    <span class="visually-hidden">{move || format!(" {}", heading.get())}</span>
                </button>
            </div>
            <CellStatements cell names />
        </section>
    }
}

/// A role's job description: all its statements, area by area.
#[component]
pub fn ByRoleView() -> impl IntoView {
    let ui = use_matrix_ui();
    let matrix = ui.matrix;
    let names = people_names();
    let area_ids = area_ids(matrix);
    let info = Memo::new(move |_| {
        let role = ui.role.get()?;
        matrix.with(|m| {
            let r = m.role(&role)?;
            let holders: Vec<String> = m
                .holders(&role)
                .iter()
                .map(|h| {
                    if h.position.is_empty() {
                        h.name.clone()
                    } else {
                        format!("{} ({})", h.name, h.position)
                    }
                })
                .collect();
            Some((r.name.clone(), r.description.clone(), holders))
        })
    });
    view! {
        <div class="mx-by">
            <div class="mx-by-top">
                <RolePicker label="Role shown" />
                <Legend />
            </div>
            {move || {
                info.get()
                    .map(|(name, description, holders)| {
                        view! {
                            <div class="mx-by-head">
                                <h3>{name}</h3>
                                <p class="mx-muted">{description}</p>
                                {if holders.is_empty() {
                                    view! {
                                        <p class="mx-nobody">
                                            "⚠ Nobody holds this role yet. Add people in the People tab."
                                        </p>
                                    }
                                        .into_any()
                                } else {
                                    view! { <p class="mx-holders">"👤 Held by: " {holders.join(", ")}</p> }
                                        .into_any()
                                }}
                            </div>
                        }
                    })
            }}
            {move || {
                ui.role
                    .get()
                    .map(|role| {
                        view! {
                            {keyed_list(
                                move || area_ids.get(),
                                |id| id.clone(),
                                move |area| view! {
                                    <CellBlock role=role.clone() area heading_is_role=false names />
                                },
                            )}
                        }
                    })
            }}
        </div>
    }
}

/// What every role does in one area.
#[component]
pub fn ByAreaView() -> impl IntoView {
    let ui = use_matrix_ui();
    let matrix = ui.matrix;
    let names = people_names();
    let role_ids = role_ids(matrix);
    let name = Memo::new(move |_| {
        let area = ui.area.get()?;
        matrix.with(|m| m.area(&area).map(|a| a.name.clone()))
    });
    view! {
        <div class="mx-by">
            <div class="mx-by-top">
                <AreaPicker />
                <Legend />
            </div>
            {move || name.get().map(|n| view! { <div class="mx-by-head"><h3>{n}</h3></div> })}
            {move || {
                ui.area
                    .get()
                    .map(|area| {
                        view! {
                            {keyed_list(
                                move || role_ids.get(),
                                |id| id.clone(),
                                move |role| view! {
                                    <CellBlock role area=area.clone() heading_is_role=true names />
                                },
                            )}
                        }
                    })
            }}
        </div>
    }
}
