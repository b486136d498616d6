//! 001's six considerations, each with the source's guidance and its actions.

use leptos::prelude::*;

use super::fields::{date_changed, AddTextForm, ItemButton, ItemField, KeyedSelect};
use super::{apply_from_form, people_memo, short, OwnerSelect};
use crate::model::implementation::seed::CONSIDERATIONS_INTRO;
use crate::model::implementation::{Action, ActionEdit, ActionId, ActionStatus, ConsiderationKey};
use crate::model::values::ids::PersonId;
use crate::ui::keyed::keyed_list;
use crate::ui::matrix::dom_id;
use crate::ui::state::use_plan;

#[component]
pub fn ConsiderationsView() -> impl IntoView {
    let sig = use_plan().signal();
    let overall = Memo::new(move |_| sig.with(|p| p.implementation.progress()));
    view! {
        <div class="im-considerations">
            <h3>"Considerations"</h3>
            <blockquote class="im-quote">
                <p>{CONSIDERATIONS_INTRO}</p>
            </blockquote>
            <p class="im-progress" role="status">
                {move || {
                    let p = overall.get();
                    format!("{} of {} actions done overall", p.done, p.total())
                }}
            </p>
            {ConsiderationKey::ALL
                .iter()
                .map(|&key| view! { <Heading key /> })
                .collect_view()}
        </div>
    }
}

#[component]
fn Heading(key: ConsiderationKey) -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let ids = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .actions(key)
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let progress = Memo::new(move |_| sig.with(|p| p.implementation.progress_of(key)));
    let to_restore =
        Memo::new(move |_| sig.with(|p| p.implementation.source_actions_to_restore(key).len()));
    let people = people_memo();
    let heading_id = format!("im-h-{}", key.key());
    let labelled_by = heading_id.clone();
    let add =
        Callback::new(move |text: String| apply_from_form(plan, ActionEdit::Add { key, text }));
    let restore = move |_| {
        plan.apply(ActionEdit::RestoreSource(key));
    };
    let source = key.source();
    view! {
        <section class="im-heading" aria-labelledby=labelled_by>
            <h4 id=heading_id>{key.label()}</h4>
            <p class="im-progress">
                {move || {
                    let p = progress.get();
                    format!("{} of {} done", p.done, p.total())
                }}
            </p>
            <details class="im-guidance">
                <summary>"The source’s guidance"</summary>
                <blockquote class="im-quote">
                    {source.guidance.iter().map(|g| view! { <p>{*g}</p> }).collect_view()}
                </blockquote>
            </details>
            <ol class="im-actions">
                {keyed_list(
                    move || ids.get(),
                    |id| id.clone(),
                    move |id| view! { <ActionItem id people /> },
                )}
            </ol>
            <AddTextForm
                input_id=format!("im-add-{}", key.key())
                error_id=format!("im-add-error-{}", key.key())
                label="New action"
                button="Add action"
                button_hidden=format!(" to “{}”", key.label())
                on_add=add
            />
            <Show when=move || { to_restore.get() > 0 }>
                <button type="button" class="im-restore" on:click=restore>
                    {move || format!("Restore the source’s actions ({})", to_restore.get())}
                    <span class="visually-hidden">{format!(" of “{}”", key.label())}</span>
                </button>
            </Show>
        </section>
    }
}

#[component]
fn ActionItem(id: ActionId, people: Memo<Vec<(PersonId, String)>>) -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let text_id = dom_id("im-action-text", &[id.as_str()]);
    // Stored, so every handler below can copy it and build its edit.
    let id = StoredValue::new(id);
    let action =
        Memo::new(move |_| sig.with(|p| id.with_value(|id| p.implementation.action(id).cloned())));
    let text = move || action.with(|a| a.as_ref().map(|a| a.text.clone()).unwrap_or_default());
    let get = move |f: fn(&Action) -> String| {
        move || action.with(|a| a.as_ref().map(f).unwrap_or_default())
    };
    let date_problem = RwSignal::new(None::<String>);

    let set_status = Callback::new(move |key: &'static str| {
        if let Some(status) = ActionStatus::from_key(key) {
            plan.apply(ActionEdit::SetStatus {
                id: id.get_value(),
                status,
            });
        }
    });
    let set_owner = Callback::new(move |owner: Option<PersonId>| {
        plan.apply(ActionEdit::SetOwner {
            id: id.get_value(),
            owner,
        });
    });
    let set_date = Callback::new(move |ev: leptos::ev::Event| {
        if let Some(date) = date_changed(&ev, date_problem) {
            plan.apply(ActionEdit::SetTargetDate {
                id: id.get_value(),
                date,
            });
        }
    });
    let set_note = Callback::new(move |ev: leptos::ev::Event| {
        plan.apply(ActionEdit::SetNote {
            id: id.get_value(),
            note: event_target_value(&ev),
        });
    });
    let set_text = move |ev: leptos::ev::Event| {
        let before = text();
        let edit = ActionEdit::SetText {
            id: id.get_value(),
            text: event_target_value(&ev),
        };
        // Refused (empty words), the box shows the words the plan still has.
        if plan.apply(edit).is_none() {
            event_target::<web_sys::HtmlTextAreaElement>(&ev).set_value(&before);
        }
    };
    let up = Callback::new(move |()| {
        plan.apply(ActionEdit::MoveUp(id.get_value()));
    });
    let down = Callback::new(move |()| {
        plan.apply(ActionEdit::MoveDown(id.get_value()));
    });
    let delete = Callback::new(move |()| {
        plan.apply(ActionEdit::Delete(id.get_value()));
    });
    let owner = Signal::derive(move || action.with(|a| a.as_ref().and_then(|a| a.owner.clone())));
    let owner_label = Signal::derive(move || format!("Owner of “{}”", short(&text())));
    let from_source = move || action.with(|a| a.as_ref().is_some_and(Action::from_source));
    let status = Signal::derive(move || {
        action.with(|a| a.as_ref().map(|a| a.status.key()).unwrap_or_default())
    });
    let target_date = Signal::derive(get(|a| {
        a.target_date
            .as_ref()
            .map(|d| d.as_str().to_string())
            .unwrap_or_default()
    }));
    let note = Signal::derive(get(|a| a.note.clone()));
    let name = Signal::derive(move || short(&text()));
    view! {
        <li class="im-action" data-status=move || status.get()>
            <div class="im-action-text">
                <label for=text_id.clone() class="visually-hidden">"Action"</label>
                <textarea id=text_id rows="2" prop:value=text on:change=set_text></textarea>
                <Show when=from_source>
                    <span class="im-source-mark">"From the source"</span>
                </Show>
            </div>
            <div class="im-action-fields">
                <KeyedSelect label="Status" choices=ActionStatus::CHOICES current=status on_pick=set_status />
                <OwnerSelect label=owner_label people current=owner on_pick=set_owner />
                <ItemField class="im-field" label="Target date" kind="date" value=target_date on_change=set_date />
                <ItemField class="im-field im-note" label="Note" value=note on_change=set_note />
            </div>
            <p class="im-error" aria-live="polite">{move || date_problem.get()}</p>
            <div class="im-row-buttons">
                <ItemButton text="Move up" name on_click=up />
                <ItemButton text="Move down" name on_click=down />
                <ItemButton text="Delete" class="danger" name on_click=delete />
            </div>
        </li>
    }
}
