//! 001's closing list of planning documents, plus the team's own.

use leptos::prelude::*;

use super::fields::{date_changed, AddTextForm, ItemButton, ItemField, KeyedSelect};
use super::{apply_from_form, people_memo, short, OwnerSelect};
use crate::model::implementation::{DocumentEdit, DocumentId, DocumentStatus, PlanningDocument};
use crate::model::values::ids::PersonId;
use crate::ui::keyed::keyed_list;
use crate::ui::state::use_plan;

#[component]
pub fn DocumentsView() -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let ids = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .documents
                .iter()
                .map(|d| d.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let progress = Memo::new(move |_| sig.with(|p| p.implementation.document_progress()));
    let to_restore =
        Memo::new(move |_| sig.with(|p| p.implementation.source_documents_to_restore().len()));
    let people = people_memo();
    let add =
        Callback::new(move |title: String| apply_from_form(plan, DocumentEdit::Add { title }));
    let restore = move |_| {
        plan.apply(DocumentEdit::RestoreSource);
    };
    view! {
        <div class="im-documents">
            <h3>"Planning documents"</h3>
            <p>
                "The documents 001 lists for planning and carrying out STEM teacher leadership. Record where each stands, who owns it, where it lives and when it was last reviewed."
            </p>
            <p class="im-progress" role="status">
                {move || {
                    let p = progress.get();
                    format!("{} of {} documents adopted", p.adopted, p.total())
                }}
            </p>
            <ul class="im-docs">
                {keyed_list(
                    move || ids.get(),
                    |id| id.clone(),
                    move |id| view! { <DocumentItem id people /> },
                )}
            </ul>
            <AddTextForm
                input_id="im-add-document".to_string()
                error_id="im-add-document-error".to_string()
                label="New document"
                button="Add document"
                on_add=add
            />
            <Show when=move || { to_restore.get() > 0 }>
                <button type="button" class="im-restore" on:click=restore>
                    {move || format!("Restore the source’s documents ({})", to_restore.get())}
                </button>
            </Show>
        </div>
    }
}

#[component]
fn DocumentItem(id: DocumentId, people: Memo<Vec<(PersonId, String)>>) -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    // Stored, so every handler below can copy it and build its edit.
    let id = StoredValue::new(id);
    let doc = Memo::new(move |_| {
        sig.with(|p| id.with_value(|id| p.implementation.document(id).cloned()))
    });
    let title = move || doc.with(|d| d.as_ref().map(|d| d.title.clone()).unwrap_or_default());
    let get = move |f: fn(&PlanningDocument) -> String| {
        move || doc.with(|d| d.as_ref().map(f).unwrap_or_default())
    };
    let date_problem = RwSignal::new(None::<String>);
    let set_status = Callback::new(move |key: &'static str| {
        if let Some(status) = DocumentStatus::from_key(key) {
            plan.apply(DocumentEdit::SetStatus {
                id: id.get_value(),
                status,
            });
        }
    });
    let set_owner = Callback::new(move |owner: Option<PersonId>| {
        plan.apply(DocumentEdit::SetOwner {
            id: id.get_value(),
            owner,
        });
    });
    let set_location = Callback::new(move |ev: leptos::ev::Event| {
        plan.apply(DocumentEdit::SetLocation {
            id: id.get_value(),
            location: event_target_value(&ev),
        });
    });
    let set_reviewed = Callback::new(move |ev: leptos::ev::Event| {
        if let Some(date) = date_changed(&ev, date_problem) {
            plan.apply(DocumentEdit::SetLastReviewed {
                id: id.get_value(),
                date,
            });
        }
    });
    let rename = Callback::new(move |ev: leptos::ev::Event| {
        let before = title();
        let edit = DocumentEdit::Rename {
            id: id.get_value(),
            title: event_target_value(&ev),
        };
        // Refused (an empty title), the field shows the title the plan still has.
        if plan.apply(edit).is_none() {
            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&before);
        }
    });
    let delete = Callback::new(move |()| {
        plan.apply(DocumentEdit::Delete(id.get_value()));
    });
    let owner = Signal::derive(move || doc.with(|d| d.as_ref().and_then(|d| d.owner.clone())));
    let owner_label = Signal::derive(move || format!("Owner of “{}”", short(&title())));
    let from_source = move || doc.with(|d| d.as_ref().is_some_and(PlanningDocument::from_source));
    let link = move || doc.with(|d| d.as_ref().and_then(|d| d.link().map(str::to_string)));
    let status = Signal::derive(move || {
        doc.with(|d| d.as_ref().map(|d| d.status.key()).unwrap_or_default())
    });
    let title_value = Signal::derive(title);
    let location = Signal::derive(get(|d| d.location.clone()));
    let reviewed = Signal::derive(get(|d| {
        d.last_reviewed
            .as_ref()
            .map(|x| x.as_str().to_string())
            .unwrap_or_default()
    }));
    let name = Signal::derive(move || short(&title()));
    view! {
        <li class="im-doc">
            <fieldset>
                <legend>{title}</legend>
                <Show when=move || !from_source()>
                    <ItemField class="im-field" label="Title" value=title_value on_change=rename />
                </Show>
                <div class="im-action-fields">
                    <KeyedSelect label="Status" choices=DocumentStatus::CHOICES current=status on_pick=set_status />
                    <OwnerSelect label=owner_label people current=owner on_pick=set_owner />
                    <ItemField
                        class="im-field im-note"
                        label="Location"
                        placeholder="a link or where it is kept"
                        value=location
                        on_change=set_location
                    />
                    <ItemField class="im-field" label="Last reviewed" kind="date" value=reviewed on_change=set_reviewed />
                </div>
                {move || {
                    link()
                        .map(|url| {
                            view! {
                                <p class="im-link">
                                    <a href=url.clone() rel="noopener" target="_blank">
                                        "Open"
                                        <span class="visually-hidden">{format!(" “{}”", title())}</span>
                                        " (new tab)"
                                    </a>
                                </p>
                            }
                        })
                }}
                <p class="im-error" aria-live="polite">{move || date_problem.get()}</p>
                <ItemButton text="Delete" class="danger" name on_click=delete />
            </fieldset>
        </li>
    }
}
