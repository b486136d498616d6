//! The people on the leadership team and the roles they hold.

use leptos::prelude::*;

use crate::ui::controls::{AddField, AddForm};
use crate::ui::keyed::keyed_list;

use super::{dom_id, use_matrix_ui};
use crate::model::edit::PersonEdit;
use crate::model::matrix::Person;
use crate::model::values::ids::{PersonId, RoleId};
use crate::ui::state::use_plan;

#[component]
pub fn PeoplePanel() -> impl IntoView {
    let plan = use_plan();
    let matrix = use_matrix_ui().matrix;
    let ids = Memo::new(move |_| {
        matrix.with(|m| m.people.iter().map(|x| x.id.clone()).collect::<Vec<_>>())
    });
    let nobody = Memo::new(move |_| {
        matrix.with(|m| {
            m.roles_without_people()
                .into_iter()
                .map(|r| r.name.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = Callback::new(move |typed: Vec<String>| {
        let mut typed = typed.into_iter();
        let edit = PersonEdit::Add {
            name: typed.next().unwrap_or_default(),
            position: typed.next().unwrap_or_default(),
        };
        // Added: the form empties its fields for the next person.
        plan.apply(edit).is_some()
    });
    view! {
        <div class="mx-people">
            <h3>"People"</h3>
            <p class="mx-muted">
                "List the people on your leadership team and tick the roles each holds. One person may hold several roles; statement owners are chosen from a role's holders."
            </p>
            {move || {
                let roles = nobody.get();
                if roles.is_empty() {
                    view! { <p class="mx-allheld">"✓ Every role has at least one person."</p> }.into_any()
                } else {
                    view! {
                        <div class="mx-nobody-box">
                            <p>
                                <strong>"⚠ Roles nobody holds (" {roles.len()} "):"</strong>
                            </p>
                            <ul>{roles.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                        </div>
                    }
                        .into_any()
                }
            }}
            <ul class="mx-person-list">
                {keyed_list(
                    move || ids.get(),
                    |id| id.clone(),
                    move |id| view! { <PersonCard id /> },
                )}
            </ul>
            <AddForm
                class="mx-add mx-add-person"
                heading="Add a person"
                fields=vec![
                    AddField { label: "Name", placeholder: "", id: None },
                    AddField { label: "Position", placeholder: "e.g. Principal", id: None },
                ]
                submit="Add person"
                on_add=add
            />
        </div>
    }
}

#[component]
fn PersonCard(id: PersonId) -> impl IntoView {
    let plan = use_plan();
    let matrix = use_matrix_ui().matrix;
    let i = id.clone();
    let person = Memo::new(move |_| matrix.with(|m| m.person(&i).cloned()));
    let roles = Memo::new(move |_| {
        matrix.with(|m| {
            m.roles
                .iter()
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let i = id.clone();
    let load = Memo::new(move |_| matrix.with(|m| m.owned_count(&i)));
    let person_name =
        move || person.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let i = id.clone();
    let rename = move |ev: leptos::ev::Event| {
        let edit = PersonEdit::Rename {
            id: i.clone(),
            name: event_target_value(&ev),
        };
        if plan.apply(edit).is_none() {
            // Refused (no name) or unchanged: show the name as it is.
            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&person_name());
        }
    };
    let i = id.clone();
    let set_position = move |ev: leptos::ev::Event| {
        plan.apply(PersonEdit::SetPosition {
            id: i.clone(),
            position: event_target_value(&ev),
        });
    };
    let i = id.clone();
    let delete = move |_| {
        plan.apply(PersonEdit::Delete { id: i.clone() });
    };
    let legend_id = dom_id("mx-person", &[id.as_str()]);
    view! {
        <li class="mx-person">
            <fieldset>
                <legend id=legend_id>{person_name}</legend>
                <div class="mx-person-fields">
                    <label class="mx-field">
                        <span>"Name"</span>
                        <input type="text" prop:value=person_name on:change=rename />
                    </label>
                    <label class="mx-field">
                        <span>"Position"</span>
                        <input
                            type="text"
                            prop:value=move || person.with(|p| p.as_ref().map(|p| p.position.clone()).unwrap_or_default())
                            on:change=set_position
                        />
                    </label>
                </div>
                <fieldset class="mx-roles-held">
                    <legend>{move || format!("Roles held by {}", person_name())}</legend>
                    {keyed_list(
                        move || roles.get(),
                        |r| r.clone(),
                        move |role| view! { <RoleCheck person=id.clone() role=role.0 name=role.1 person_memo=person /> },
                    )}
                </fieldset>
                <p class="mx-load">
                    {move || match load.get() {
                        1 => "Owns 1 statement".to_string(),
                        n => format!("Owns {n} statements"),
                    }}
                </p>
                <button type="button" class="danger" on:click=delete>
                    "Delete"
                    <span class="visually-hidden">{move || format!(" {}", person_name())}</span>
                </button>
            </fieldset>
        </li>
    }
}

#[component]
fn RoleCheck(
    person: PersonId,
    role: RoleId,
    name: String,
    person_memo: Memo<Option<Person>>,
) -> impl IntoView {
    let plan = use_plan();
    let r = role.clone();
    let held = move || person_memo.with(|p| p.as_ref().is_some_and(|p| p.roles.contains(&r)));
    let toggle = move |ev: leptos::ev::Event| {
        let (person, role) = (person.clone(), role.clone());
        plan.apply(if event_target_checked(&ev) {
            PersonEdit::AssignRole { person, role }
        } else {
            PersonEdit::UnassignRole { person, role }
        });
    };
    view! {
        <label class="mx-check">
            <input type="checkbox" prop:checked=held on:change=toggle />
            " "
            {name}
        </label>
    }
}
