//! The list of plans: one row per plan with what it is, when it last
//! changed, where it was last saved, and what can be done with it.

use leptos::prelude::*;

use super::next_year::NextYearForm;
use super::{focus_open_link, open_href, open_link_id, Plans};
use crate::model::edit::PlanEdit;
use crate::storage::library::{PlanAbout, PlanEntry, PlanId, UNREADABLE_TITLE};
use crate::ui::keyed::keyed_list;
use crate::ui::services::use_services;
use crate::web::focus_later;

#[component]
pub(super) fn PlanList() -> impl IntoView {
    let plans = expect_context::<Plans>();
    view! {
        <ul class="pl-list" aria-labelledby="pl-list-heading">
            {keyed_list(
                move || plans.rows(),
                move |entry| row_key(&plans, entry),
                move |entry| view! { <PlanRow entry /> },
            )}
        </ul>
    }
}

/// What a row shows that is not reactive: a change to it draws the row
/// afresh. The open plan's row follows the live plan instead.
fn row_key(plans: &Plans, entry: &PlanEntry) -> impl std::hash::Hash {
    let about = &entry.about;
    let shown = (!plans.is_open(&entry.id)).then(|| {
        (
            about.title.clone(),
            about.district.clone(),
            about.school.clone(),
            about.school_year.map(|year| year.label()),
        )
    });
    (
        entry.id.clone(),
        shown,
        about.changed_ms.to_bits(),
        entry.file_name.clone(),
    )
}

#[component]
fn PlanRow(entry: PlanEntry) -> impl IntoView {
    let plans = expect_context::<Plans>();
    let clock = use_services().clock;
    let id = entry.id.clone();
    let is_open = plans.is_open(&id);
    let changed_ms = entry.about.changed_ms;
    let readable = entry.about.title != UNREADABLE_TITLE;
    let about: Signal<PlanAbout> = if is_open {
        let plan = plans.plan;
        Signal::derive(move || plan.signal().with(|p| PlanAbout::of(p, changed_ms)))
    } else {
        Signal::stored(entry.about.clone())
    };
    let title = Signal::derive(move || about.with(|a| a.title.clone()));
    let school = move || {
        about.with(|a| {
            let parts: Vec<&str> = [a.school.trim(), a.district.trim()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect();
            if parts.is_empty() {
                "Not set".to_string()
            } else {
                parts.join(", ")
            }
        })
    };
    let year = move || {
        about.with(|a| {
            a.school_year
                .map_or_else(|| "Not set".to_string(), |y| y.label())
        })
    };
    let changed = if changed_ms > 0.0 {
        let local = (clock.local_time)(changed_ms);
        format!("{} {}", local.date_iso(), local.clock())
    } else if is_open {
        "Not kept in this browser yet".to_string()
    } else {
        "Not known".to_string()
    };
    let file = entry
        .file_name
        .clone()
        .unwrap_or_else(|| "never saved to a file".to_string());
    let renaming = RwSignal::new(false);
    let rename_button = format!("pl-rename-{id}");
    let next_button = format!("pl-next-{id}");
    let showing_next_year = {
        let id = id.clone();
        move || {
            plans
                .next_year_for
                .with(|shown| shown.as_ref() == Some(&id))
        }
    };
    let start_next_year = {
        let id = id.clone();
        move |_| {
            plans.next_year_for.set(Some(id.clone()));
            focus_later(format!("pl-next-first-{id}"));
        }
    };
    let duplicate = {
        let id = id.clone();
        move |_| duplicate(&plans, &id, &title.get_untracked())
    };
    let delete = {
        let id = id.clone();
        move |_| delete(&plans, &id, &title.get_untracked())
    };
    let hidden_name = move || format!(" “{}”", title.get());
    let (rename_id, next_year_id) = (id.clone(), id.clone());
    view! {
        <li class="pl-plan" class:pl-is-open=is_open>
            <h4 class="pl-title">{move || title.get()}</h4>
            {is_open.then(|| view! { <p class="pl-badge">"Open in this tab"</p> })}
            <dl class="pl-facts">
                <div><dt>"School"</dt><dd>{school}</dd></div>
                <div><dt>"School year"</dt><dd>{year}</dd></div>
                <div><dt>"Last change"</dt><dd>{changed}</dd></div>
                <div><dt>"File"</dt><dd class="pl-file">{file}</dd></div>
            </dl>
            {(!readable).then(|| view! {
                <p class="hint">"Its record in this browser could not be read: open it to see why, or delete it."</p>
            })}
            <div class="pl-actions">
                {(!is_open).then(|| view! {
                    <a class="pl-open-link" id=open_link_id(&id) href=open_href(&id)>
                        "Open"
                        <span class="visually-hidden">{hidden_name}</span>
                    </a>
                })}
                {readable.then(|| view! {
                    <button
                        type="button"
                        id=rename_button.clone()
                        aria-expanded=move || if renaming.get() { "true" } else { "false" }
                        on:click=move |_| renaming.set(true)
                    >
                        "Rename"
                        <span class="visually-hidden">{hidden_name}</span>
                    </button>
                    <button type="button" on:click=duplicate>
                        "Duplicate"
                        <span class="visually-hidden">{hidden_name}</span>
                    </button>
                    <button
                        type="button"
                        id=next_button.clone()
                        on:click=start_next_year
                    >
                        "Start next school year"
                        <span class="visually-hidden">{format!(" from{}", hidden_name())}</span>
                    </button>
                })}
                {if is_open {
                    view! { <p class="hint pl-no-delete">"Open another plan to delete this one."</p> }.into_any()
                } else {
                    view! {
                        <button type="button" class="danger" on:click=delete>
                            "Delete"
                            <span class="visually-hidden">{hidden_name}</span>
                        </button>
                    }
                        .into_any()
                }}
            </div>
            <Show when=move || renaming.get()>
                <RenameForm
                    id=rename_id.clone()
                    title
                    on_close=Callback::new({
                        let rename_button = rename_button.clone();
                        move |()| {
                            renaming.set(false);
                            focus_later(rename_button.clone());
                        }
                    })
                />
            </Show>
            <Show when=showing_next_year.clone()>
                <NextYearForm id=next_year_id.clone() title back_to=next_button.clone() />
            </Show>
        </li>
    }
}

/// An inline form for a plan's new title: the open plan's through its
/// undoable edit, another's written to its record.
#[component]
fn RenameForm(id: PlanId, title: Signal<String>, on_close: Callback<()>) -> impl IntoView {
    let plans = expect_context::<Plans>();
    let draft = RwSignal::new(title.get_untracked());
    let problem = RwSignal::new(None::<String>);
    let field_id = format!("pl-rename-field-{id}");
    let save = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let text = draft.get_untracked().trim().to_string();
            if text.is_empty() {
                problem.set(Some("Write a title, or press Cancel.".into()));
                return;
            }
            match rename(&plans, &id, &text) {
                Ok(()) => on_close.run(()),
                Err(message) => problem.set(Some(message)),
            }
        }
    };
    focus_later(field_id.clone());
    view! {
        <form
            class="pl-rename"
            on:submit=save
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    on_close.run(());
                }
            }
        >
            <label for=field_id.clone()>{move || format!("New title for “{}”", title.get())}</label>
            <input
                type="text"
                id=field_id
                autocomplete="off"
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
            />
            <button type="submit" class="primary">"Save"</button>
            <button type="button" on:click=move |_| on_close.run(())>"Cancel"</button>
            {move || problem.get().map(|text| view! { <p class="error" role="alert">{text}</p> })}
        </form>
    }
}

/// Renames plan `id`; the error says why it was not renamed.
fn rename(plans: &Plans, id: &PlanId, title: &str) -> Result<(), String> {
    if plans.is_open(id) {
        plans.plan.apply(PlanEdit::SetTitle(title.to_string()));
        plans.done(format!("Renamed this plan “{title}”."));
        return Ok(());
    }
    let mut plan = (plans.library.read)(id)
        .map_err(|words| format!("The plan could not be read, so it was not renamed: {words}"))?;
    plan.title = title.to_string();
    let written = (plans.library.write)(id, &plan);
    plans.refresh();
    written.map_err(|error| format!("Not renamed. {}", super::save_error_words(&error)))?;
    plans.done(format!("Renamed the plan “{title}”."));
    Ok(())
}

/// Keeps a copy of plan `id` as a new plan of its own (a lineage of its own).
fn duplicate(plans: &Plans, id: &PlanId, title: &str) {
    let mut copy = match plans.source(id) {
        Ok(plan) => plan,
        Err(words) => {
            return plans.problem(format!(
                "“{title}” could not be read, so no copy was made: {words}"
            ))
        }
    };
    copy.title = format!("Copy of {}", copy.display_title());
    copy.lineage = Some((plans.library.fresh_lineage)());
    if let Some(new_id) = plans.create(&copy, "The copy was not made.") {
        plans.done(format!("Made “{}”.", copy.title));
        focus_open_link(&new_id);
    }
}

/// Deletes plan `id` (never the open one), offering Undo.
fn delete(plans: &Plans, id: &PlanId, title: &str) {
    if plans.is_open(id) {
        return plans.problem("Open another plan to delete this one.");
    }
    let deleted = (plans.library.delete)(id);
    plans.refresh();
    match deleted {
        Ok(removed) => {
            plans.outcome.set(None);
            plans.removed.set(Some(removed));
            focus_later("pl-undo-delete".to_string());
        }
        Err(error) => plans.failed(&format!("“{title}” was not deleted."), &error),
    }
}
