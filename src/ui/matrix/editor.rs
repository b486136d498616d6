//! The cell editor: a side panel for one role × area cell. Statement text,
//! status, owner and note; add, reorder, delete; N/A; restore to source.
//! Text is committed on `change`, not on every keystroke.

use leptos::html;
use leptos::prelude::*;

use crate::ui::controls::{RowActions, UP_DOWN};
use crate::ui::keyed::keyed_list;

use super::{dom_id, focus_later, use_matrix_ui, CellKey, StatusBadge};
use crate::model::edit::{CellEdit, StatementEdit};
use crate::model::matrix::{Matrix, Status};
use crate::model::values::ids::{PersonId, StatementId};
use crate::ui::state::{use_notices, use_plan};

const HEADING_ID: &str = "mx-editor-heading";

/// Shows the editor while a cell is open.
#[component]
pub fn CellEditor() -> impl IntoView {
    let ui = use_matrix_ui();
    move || ui.editing.get().map(|key| view! { <EditorPanel key /> })
}

#[component]
fn EditorPanel(key: CellKey) -> impl IntoView {
    let ui = use_matrix_ui();
    let plan = use_plan();
    let notices = use_notices();
    let matrix = use_matrix_ui().matrix;
    let CellKey { role, area } = key;

    let (r, a) = (role.clone(), area.clone());
    let names = Memo::new(move |_| {
        matrix.with(|m| {
            let role = m.role(&r).map(|x| (x.name.clone(), x.description.clone()));
            let area = m.area(&a).map(|x| x.name.clone());
            role.zip(area)
        })
    });
    let (r, a) = (role.clone(), area.clone());
    let shape = Memo::new(move |_| {
        matrix.with(|m| {
            m.cell(&r, &a).map(|c| {
                (
                    c.not_applicable,
                    c.lead_in.clone(),
                    c.statements
                        .iter()
                        .map(|s| s.id.clone())
                        .collect::<Vec<_>>(),
                )
            })
        })
    });
    let r = role.clone();
    let holders = Memo::new(move |_| {
        matrix.with(|m| {
            m.holders(&r)
                .iter()
                .map(|h| (h.id.clone(), h.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let has_source = Matrix::has_source_cell(&role, &area);

    focus_later(HEADING_ID.to_string());

    let (r, a) = (role.clone(), area.clone());
    let toggle_na = move |ev: leptos::ev::Event| {
        plan.apply(CellEdit::SetNotApplicable {
            role: r.clone(),
            area: a.clone(),
            value: event_target_checked(&ev),
        });
    };
    let (r, a) = (role.clone(), area.clone());
    let restore = move |_| {
        plan.apply(CellEdit::Restore {
            role: r.clone(),
            area: a.clone(),
        });
        focus_later(HEADING_ID.to_string());
    };
    let (r, a) = (role.clone(), area.clone());
    let set_lead_in = move |ev: leptos::ev::Event| {
        plan.apply(CellEdit::SetLeadIn {
            role: r.clone(),
            area: a.clone(),
            text: event_target_value(&ev),
        });
    };
    let new_text = NodeRef::<html::Textarea>::new();
    let (r, a) = (role.clone(), area.clone());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = new_text.get() else { return };
        let text = input.value();
        // Said before asking the plan, in the words of the form it is next to.
        if text.trim().is_empty() {
            notices.say("Type the statement first.");
            return;
        }
        let edit = StatementEdit::Add {
            role: r.clone(),
            area: a.clone(),
            text,
        };
        if plan.apply(edit).is_some() {
            input.set_value("");
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            ui.close_editor();
        }
    };

    view! {
        <aside class="mx-drawer" role="dialog" aria-modal="false" aria-labelledby=HEADING_ID on:keydown=on_key>
            <div class="mx-drawer-head">
                <h3 id=HEADING_ID tabindex="-1">
                    {move || names.get().map(|((role, _), area)| view! {
                        <span class="mx-drawer-role">{role}</span>
                        <span class="mx-drawer-area">{area}</span>
                    })}
                </h3>
                <button type="button" on:click=move |_| ui.close_editor()>"Close"</button>
            </div>
            {move || match shape.get() {
                None => view! {
                    <p>"This cell no longer exists: its role or area was deleted."</p>
                }.into_any(),
                Some((na, lead_in, ids)) => {
                    let count = ids.len();
                    view! {
                        <div class="mx-cell-tools">
                            <label class="mx-check">
                                <input type="checkbox" prop:checked=na on:change=toggle_na.clone() />
                                " Not applicable (N/A) for this role"
                            </label>
                            {has_source.then(|| view! {
                                <button type="button" on:click=restore.clone()>"Restore cell to source"</button>
                            })}
                        </div>
                        {(!na).then(|| view! {
                            <label class="mx-field">
                                <span>"Lead-in (optional)"</span>
                                <input type="text" prop:value=lead_in on:change=set_lead_in.clone() />
                            </label>
                        })}
                        {(na).then(|| view! { <p class="mx-muted">"Marked N/A: this role has no part in this area. Uncheck N/A to add statements."</p> })}
                        {(!na && count == 0).then(|| view! { <p class="mx-muted">"No statements yet."</p> })}
                    }.into_any()
                }
            }}
            <ol class="mx-edit-list">
                {keyed_list(
                    move || shape.get().map(|s| s.2).unwrap_or_default(),
                    |id| id.clone(),
                    move |id| view! { <StatementEditor id holders /> },
                )}
            </ol>
            <Show when=move || shape.with(|s| s.as_ref().is_some_and(|s| !s.0))>
                <form class="mx-add" on:submit=add.clone()>
                    <label class="mx-field">
                        <span>"New statement"</span>
                        <textarea node_ref=new_text rows="2"></textarea>
                    </label>
                    <button type="submit" class="primary">"Add statement"</button>
                </form>
            </Show>
        </aside>
    }
}

#[component]
fn StatementEditor(id: StatementId, holders: Memo<Vec<(PersonId, String)>>) -> impl IntoView {
    let plan = use_plan();
    let matrix = use_matrix_ui().matrix;
    let i = id.clone();
    let statement = Memo::new(move |_| matrix.with(|m| m.statement(&i).cloned()));
    let i = id.clone();
    let position = Memo::new(move |_| {
        matrix.with(|m| {
            m.locate(&i)
                .map(|(c, n)| (n, c.statements.len()))
                .unwrap_or((0, 0))
        })
    });
    let number = move || position.get().0 + 1;
    let up_id = dom_id("mx-up", &[id.as_str()]);
    let down_id = dom_id("mx-down", &[id.as_str()]);

    let i = id.clone();
    let set_text = move |ev: leptos::ev::Event| {
        let edit = StatementEdit::SetText {
            id: i.clone(),
            text: event_target_value(&ev),
        };
        if plan.apply(edit).is_none() {
            // Refused (empty text) or unchanged: show the statement's text as it is.
            let old = statement
                .get_untracked()
                .map(|s| s.text)
                .unwrap_or_default();
            event_target::<web_sys::HtmlTextAreaElement>(&ev).set_value(&old);
        }
    };
    let i = id.clone();
    let set_status = move |ev: leptos::ev::Event| {
        // The select offers only `Status::ALL`'s keys.
        if let Some(status) = Status::from_key(&event_target_value(&ev)) {
            plan.apply(StatementEdit::SetStatus {
                id: i.clone(),
                status,
            });
        }
    };
    let i = id.clone();
    let set_owner = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        plan.apply(StatementEdit::SetOwner {
            id: i.clone(),
            owner: (!value.is_empty()).then(|| PersonId::new(value)),
        });
    };
    let i = id.clone();
    let set_note = move |ev: leptos::ev::Event| {
        plan.apply(StatementEdit::SetNote {
            id: i.clone(),
            note: event_target_value(&ev),
        });
    };
    let i = id.clone();
    let on_move = Callback::new(move |delta: isize| {
        plan.apply(StatementEdit::Move {
            id: i.clone(),
            delta,
        });
    });
    let i = id.clone();
    let delete = Callback::new(move |()| {
        plan.apply(StatementEdit::Delete { id: i.clone() });
        focus_later(HEADING_ID.to_string());
    });

    view! {
        <li class=move || {
            format!("mx-edit-item mx-st-{}", statement.with(|s| s.as_ref().map(|s| s.status.key()).unwrap_or("not_assessed")))
        }>
            <fieldset>
                <legend>{move || format!("Statement {}", number())}</legend>
                {move || statement.with(|s| s.as_ref().map(|s| s.status)).map(|status| view! {
                    <p class="mx-edit-status"><StatusBadge status /></p>
                })}
                <label class="mx-field">
                    <span>"Text"</span>
                    <textarea
                        rows="3"
                        prop:value=move || statement.with(|s| s.as_ref().map(|s| s.text.clone()).unwrap_or_default())
                        on:change=set_text
                    ></textarea>
                </label>
                <div class="mx-edit-row">
                    <label class="mx-field">
                        <span>"Status"</span>
                        <select on:change=set_status>
                            {move || {
                                let current = statement.with(|s| s.as_ref().map(|s| s.status).unwrap_or_default());
                                Status::ALL
                                    .iter()
                                    .map(|&s| view! {
                                        <option value=s.key() selected=s == current>
                                            {s.label()}
                                        </option>
                                    })
                                    .collect_view()
                            }}
                        </select>
                    </label>
                    <label class="mx-field">
                        <span>"Owner"</span>
                        <select
                            on:change=set_owner
                            disabled=move || holders.with(Vec::is_empty)
                        >
                            {move || {
                                let current = statement.with(|s| s.as_ref().and_then(|s| s.owner.clone()));
                                let none = view! { <option value="" selected=current.is_none()>"— nobody —"</option> };
                                let people = holders
                                    .get()
                                    .into_iter()
                                    .map(|(pid, name)| {
                                        let selected = current.as_ref() == Some(&pid);
                                        view! { <option value=pid.to_string() selected=selected>{name}</option> }
                                    })
                                    .collect_view();
                                view! { {none} {people} }
                            }}
                        </select>
                    </label>
                </div>
                {move || holders.with(Vec::is_empty).then(|| view! {
                    <p class="mx-hint">"To choose an owner, give someone this role in the People tab."</p>
                })}
                <label class="mx-field">
                    <span>"Note"</span>
                    <input
                        type="text"
                        prop:value=move || statement.with(|s| s.as_ref().map(|s| s.note.clone()).unwrap_or_default())
                        on:change=set_note
                    />
                </label>
                <RowActions
                    up_id
                    down_id
                    position
                    words=UP_DOWN
                    earlier_detail=Signal::derive(move || format!(": move statement {} up", number()))
                    later_detail=Signal::derive(move || format!(": move statement {} down", number()))
                    delete_detail=Signal::derive(move || format!(" statement {}", number()))
                    on_move
                    on_delete=delete
                />
            </fieldset>
        </li>
    }
}
