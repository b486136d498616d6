//! 001's closing list of planning documents, plus the team's own.

use leptos::prelude::*;

use super::fields::{date_changed, AddTextForm, ItemButton, ItemField, KeyedSelect};
use super::{people_memo, short, OwnerSelect};
use crate::model::implementation::{DocumentId, DocumentStatus, PlanningDocument};
use crate::model::values::ids::PersonId;
use crate::ui::keyed::keyed_list;
use crate::ui::state::{use_notices, use_plan};

#[component]
pub fn DocumentsView() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
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
    let add = Callback::new(move |title: String| {
        let mut result = Ok(());
        plan.edit(format!("add document “{}”", short(title.trim())), |p| {
            result = p.implementation.add_document(&title).map(|_| ());
        });
        result.map_err(|e| e.to_string())?;
        notices.say(format!("Added the document “{}”.", short(title.trim())));
        Ok(())
    });
    let restore = move |_| {
        plan.edit_with_toast(
            "restore the source's documents",
            "Restored the source's documents",
            |p| {
                p.implementation.restore_source_documents();
            },
        );
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
    let notices = use_notices();
    let sig = plan.signal();
    let i = id.clone();
    let doc = Memo::new(move |_| sig.with(|p| p.implementation.document(&i).cloned()));
    let title = move || doc.with(|d| d.as_ref().map(|d| d.title.clone()).unwrap_or_default());
    let get = move |f: fn(&PlanningDocument) -> String| {
        move || doc.with(|d| d.as_ref().map(f).unwrap_or_default())
    };
    let date_problem = RwSignal::new(None::<String>);
    let i = id.clone();
    let set_status = Callback::new(move |key: &'static str| {
        let Some(status) = DocumentStatus::from_key(key) else {
            return;
        };
        plan.edit(format!("set status of “{}”", short(&title())), |p| {
            let _ = p.implementation.set_document_status(&i, status);
        });
    });
    let i = id.clone();
    let set_owner = Callback::new(move |owner: Option<PersonId>| {
        plan.edit(format!("set owner of “{}”", short(&title())), |p| {
            let _ = p
                .implementation
                .set_document_owner(&i, owner.clone(), &p.matrix);
        });
    });
    let i = id.clone();
    let set_location = Callback::new(move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        plan.edit(format!("set location of “{}”", short(&title())), |p| {
            let _ = p.implementation.set_document_location(&i, &value);
        });
    });
    let i = id.clone();
    let set_reviewed = Callback::new(move |ev: leptos::ev::Event| {
        let Some(date) = date_changed(&ev, date_problem) else {
            return;
        };
        plan.edit(
            format!("set last review of “{}”", short(&title())),
            |p| {
                let _ = p.implementation.set_document_last_reviewed(&i, date);
            },
        );
    });
    let i = id.clone();
    let rename = Callback::new(move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let before = title();
        let mut result = Ok(());
        plan.edit(format!("rename “{}”", short(&before)), |p| {
            result = p.implementation.rename_document(&i, &value);
        });
        if let Err(e) = result {
            event_target::<web_sys::HtmlInputElement>(&ev).set_value(&before);
            notices.say(e.to_string());
        }
    });
    let i = id.clone();
    let delete = Callback::new(move |()| {
        let t = short(&title());
        plan.edit_with_toast(
            format!("delete document “{t}”"),
            format!("Deleted the document “{t}”"),
            |p| {
                p.implementation.delete_document(&i);
            },
        );
        notices.say(format!("Deleted the document “{t}”."));
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
