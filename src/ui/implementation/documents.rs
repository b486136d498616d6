//! 001's closing list of planning documents, plus the team's own.

use leptos::prelude::*;

use super::{date_from_input, people_memo, short, OwnerSelect};
use crate::model::ids::PersonId;
use crate::model::implementation::{DocumentId, DocumentStatus, PlanningDocument};
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
    let new_title = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let title = new_title.get_untracked();
        let mut result = None;
        plan.edit(format!("add document “{}”", short(title.trim())), |p| {
            result = Some(p.implementation.add_document(&title));
        });
        match result {
            Some(Ok(_)) => {
                new_title.set(String::new());
                problem.set(None);
                notices.say(format!("Added the document “{}”.", short(title.trim())));
            }
            Some(Err(e)) => problem.set(Some(e.to_string())),
            None => {}
        }
    };
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
            <form class="im-add" on:submit=add>
                <label class="im-field" for="im-add-document">
                    <span>"New document"</span>
                </label>
                <input
                    type="text"
                    id="im-add-document"
                    autocomplete="off"
                    prop:value=move || new_title.get()
                    on:input=move |ev| new_title.set(event_target_value(&ev))
                    aria-describedby="im-add-document-error"
                    aria-invalid=move || problem.get().map(|_| "true")
                />
                <button type="submit">"Add document"</button>
                <p class="im-error" id="im-add-document-error" aria-live="polite">
                    {move || problem.get()}
                </p>
            </form>
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
    let set_status = move |ev: leptos::ev::Event| {
        let Some(status) = DocumentStatus::from_key(&event_target_value(&ev)) else {
            return;
        };
        plan.edit(format!("set status of “{}”", short(&title())), |p| {
            let _ = p.implementation.set_document_status(&i, status);
        });
    };
    let i = id.clone();
    let set_owner = Callback::new(move |owner: Option<PersonId>| {
        plan.edit(format!("set owner of “{}”", short(&title())), |p| {
            let _ = p
                .implementation
                .set_document_owner(&i, owner.clone(), &p.matrix);
        });
    });
    let i = id.clone();
    let set_location = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        plan.edit(format!("set location of “{}”", short(&title())), |p| {
            let _ = p.implementation.set_document_location(&i, &value);
        });
    };
    let i = id.clone();
    let set_reviewed = move |ev: leptos::ev::Event| match date_from_input(&event_target_value(&ev))
    {
        Ok(date) => {
            date_problem.set(None);
            plan.edit(
                format!("set last review of “{}”", short(&title())),
                |p| {
                    let _ = p.implementation.set_document_last_reviewed(&i, date);
                },
            );
        }
        Err(message) => date_problem.set(Some(message)),
    };
    let i = id.clone();
    let rename = move |ev: leptos::ev::Event| {
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
    };
    let i = id.clone();
    let delete = move |_| {
        let t = short(&title());
        plan.edit_with_toast(
            format!("delete document “{t}”"),
            format!("Deleted the document “{t}”"),
            |p| {
                p.implementation.delete_document(&i);
            },
        );
        notices.say(format!("Deleted the document “{t}”."));
    };
    let owner = Signal::derive(move || doc.with(|d| d.as_ref().and_then(|d| d.owner.clone())));
    let owner_label = Signal::derive(move || format!("Owner of “{}”", short(&title())));
    let from_source = move || doc.with(|d| d.as_ref().is_some_and(PlanningDocument::from_source));
    let link = move || doc.with(|d| d.as_ref().and_then(|d| d.link().map(str::to_string)));
    view! {
        <li class="im-doc">
            <fieldset>
                <legend>{title}</legend>
                <Show when=move || !from_source()>
                    <label class="im-field">
                        <span>"Title"</span>
                        <input type="text" prop:value=title on:change=rename.clone() />
                    </label>
                </Show>
                <div class="im-action-fields">
                    <label class="im-field">
                        <span>"Status"</span>
                        <select on:change=set_status>
                            {DocumentStatus::ALL
                                .iter()
                                .map(|&s| {
                                    view! {
                                        <option
                                            value=s.key()
                                            prop:selected=move || doc.with(|d| d.as_ref().is_some_and(|d| d.status == s))
                                        >
                                            {s.label()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <OwnerSelect label=owner_label people current=owner on_pick=set_owner />
                    <label class="im-field im-note">
                        <span>"Location"</span>
                        <input
                            type="text"
                            placeholder="a link or where it is kept"
                            prop:value=get(|d| d.location.clone())
                            on:change=set_location
                        />
                    </label>
                    <label class="im-field">
                        <span>"Last reviewed"</span>
                        <input
                            type="date"
                            prop:value=get(|d| d.last_reviewed.as_ref().map(|x| x.as_str().to_string()).unwrap_or_default())
                            on:change=set_reviewed
                        />
                    </label>
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
                <button type="button" class="danger" on:click=delete>
                    "Delete" <span class="visually-hidden">{move || format!(" “{}”", short(&title()))}</span>
                </button>
            </fieldset>
        </li>
    }
}
