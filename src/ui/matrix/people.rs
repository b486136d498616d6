//! The people on the leadership team and the roles they hold.

use leptos::prelude::*;

use crate::ui::controls::{AddField, AddForm};
use crate::ui::keyed::keyed_list;

use super::{dom_id, use_matrix_ui};
use crate::model::matrix::Person;
use crate::model::values::ids::{PersonId, RoleId};
use crate::ui::state::{use_notices, use_plan};

#[component]
pub fn PeoplePanel() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
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
        let (name, position) = (typed[0].clone(), typed[1].clone());
        let mut added = None;
        plan.edit(format!("add {}", name.trim()), |p| {
            added = p.matrix.add_person(&name, &position)
        });
        match added {
            Some(_) => notices.say(format!(
                "Added {}. Now tick the roles they hold.",
                name.trim()
            )),
            None => notices.say("Type the person's name first."),
        }
        added.is_some()
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
    let notices = use_notices();
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
        let value = event_target_value(&ev);
        let mut ok = false;
        plan.edit(format!("rename {}", person_name()), |p| {
            ok = p.matrix.rename_person(&i, &value)
        });
        if !ok {
            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&person_name());
            notices.say("A person needs a name. Use Delete to remove them.");
        }
    };
    let i = id.clone();
    let set_position = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        plan.edit(format!("edit the position of {}", person_name()), |p| {
            p.matrix.set_position(&i, &value);
        });
    };
    let i = id.clone();
    let delete = move |_| {
        let name = person_name();
        plan.edit_with_toast(format!("delete {name}"), format!("Deleted {name}"), |p| {
            p.delete_person(&i);
        });
        notices.say(format!("Deleted {name}."));
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
    let notices = use_notices();
    let r = role.clone();
    let held = move || person_memo.with(|p| p.as_ref().is_some_and(|p| p.roles.contains(&r)));
    let role_name = name.clone();
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let who =
            person_memo.with_untracked(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
        if on {
            plan.edit(format!("give {role_name} to {who}"), |p| {
                p.matrix.assign_role(&person, &role);
            });
            notices.say(format!("{who} now holds {role_name}."));
        } else {
            let owned = plan
                .signal()
                .with_untracked(|p| p.matrix.owned_count_in_role(&person, &role));
            if owned > 0 {
                plan.edit_with_toast(
                    format!("take {role_name} from {who}"),
                    format!("Took {role_name} from {who}, clearing {owned} owned statements"),
                    |p| {
                        p.matrix.unassign_role(&person, &role);
                    },
                );
            } else {
                plan.edit(format!("take {role_name} from {who}"), |p| {
                    p.matrix.unassign_role(&person, &role);
                });
            }
            notices.say(format!("{who} no longer holds {role_name}."));
        }
    };
    view! {
        <label class="mx-check">
            <input type="checkbox" prop:checked=held on:change=toggle />
            " "
            {name}
        </label>
    }
}
