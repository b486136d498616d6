//! The role editor: one group per dimension, each with the source's own
//! explanation as its description, so a first-time user can fill it in
//! without the documents.

use leptos::prelude::*;

use super::RoleHandle;
use crate::model::teacher_roles::templates::{
    Guidance, ARRANGEMENT_GUIDANCE, CAREER_STAGE_GUIDANCE, DEVELOPMENT, DEVELOPMENT_GUIDANCE,
    FORMALITY_GUIDANCE, PURPOSE_GUIDANCE, RESPONSIBILITY_GUIDANCE, SPHERE_GUIDANCE,
    STEM_FOCUS_GUIDANCE, TIME_GUIDANCE,
};
use crate::model::teacher_roles::{
    Arrangement, CareerStage, DevelopmentStatus, Discipline, Formality, GradeBand, ListField,
    RoleChange, TeacherRole,
};
use crate::model::values::ids::RoleId;
use crate::ui::keyed::keyed_list;
use crate::ui::state::{use_notices, use_plan};

/// The source's explanation of a dimension, quoted, with where it is from.
#[component]
pub fn Guide(id: &'static str, guidance: Guidance) -> impl IntoView {
    view! {
        <div id=id class="tl-guide">
            <blockquote>
                {guidance.quotes.iter().map(|q| view! { <p>{*q}</p> }).collect_view()}
            </blockquote>
            <p class="tl-cite">"From " <cite>{guidance.source.title()}</cite></p>
        </div>
    }
}

#[component]
pub fn RoleEditor(role: RoleHandle, #[prop(into)] on_describe: Callback<()>) -> impl IntoView {
    let title = role.memo(|r| r.display_title().to_string());
    let hints = role.memo(TeacherRole::hints);
    view! {
        <div class="tl-editor">
            <div class="tl-editor-head">
                <h3 id="tl-editor-heading">{move || format!("Edit role: {}", title.get())}</h3>
                <button type="button" on:click=move |_| on_describe.run(())>
                    "View role description"
                </button>
            </div>
            <fieldset class="tl-group">
                <legend>"Title, holder and summary"</legend>
                <TextField
                    role=role
                    id="tl-title"
                    label="Title"
                    read=|r| r.title.clone()
                    change=RoleChange::SetTitle
                />
                <TextField
                    role=role
                    id="tl-holder"
                    label="Holder (optional name)"
                    read=|r| r.holder.clone()
                    change=RoleChange::SetHolder
                />
                <TextField
                    role=role
                    id="tl-summary"
                    label="Summary"
                    multiline=true
                    read=|r| r.summary.clone()
                    change=RoleChange::SetSummary
                />
            </fieldset>

            <fieldset class="tl-group" aria-describedby="tl-g-career">
                <legend>"Career stage"</legend>
                <Guide id="tl-g-career" guidance=CAREER_STAGE_GUIDANCE />
                <KeySelect
                    role=role
                    id="tl-career-stage"
                    label="Career stage"
                    describedby="tl-g-career"
                    options=CareerStage::ALL.iter().map(|v| (v.key(), v.label())).collect()
                    read=|r| r.career_stage.map(|v| v.key().to_string()).unwrap_or_default()
                    change=|key| RoleChange::SetCareerStage(CareerStage::from_key(&key))
                />
            </fieldset>

            <fieldset class="tl-group" aria-describedby="tl-g-formality">
                <legend>"Formality"</legend>
                <Guide id="tl-g-formality" guidance=FORMALITY_GUIDANCE />
                <KeySelect
                    role=role
                    id="tl-formality"
                    label="Formality"
                    describedby="tl-g-formality"
                    options=Formality::ALL.iter().map(|v| (v.key(), v.label())).collect()
                    read=|r| r.formality.map(|v| v.key().to_string()).unwrap_or_default()
                    change=|key| RoleChange::SetFormality(Formality::from_key(&key))
                />
            </fieldset>

            <fieldset class="tl-group" aria-describedby="tl-g-arrangement">
                <legend>"Arrangement"</legend>
                <Guide id="tl-g-arrangement" guidance=ARRANGEMENT_GUIDANCE />
                <KeySelect
                    role=role
                    id="tl-arrangement"
                    label="How the role is arranged"
                    describedby="tl-g-arrangement"
                    options=Arrangement::ALL.iter().map(|v| (v.key(), v.label())).collect()
                    read=|r| r.arrangement.map(|v| v.key().to_string()).unwrap_or_default()
                    change=|key| RoleChange::SetArrangement(Arrangement::from_key(&key))
                />
            </fieldset>

            <ChoiceList
                role=role
                field=ListField::Spheres
                legend="Spheres of influence"
                guide_id="tl-g-spheres"
                guidance=SPHERE_GUIDANCE
                add_label="Add another sphere of influence"
            />
            <ChoiceList
                role=role
                field=ListField::Purposes
                legend="Purposes"
                guide_id="tl-g-purposes"
                guidance=PURPOSE_GUIDANCE
                add_label="Add another purpose"
            />
            <ChoiceList
                role=role
                field=ListField::Responsibilities
                legend="Responsibilities"
                guide_id="tl-g-responsibilities"
                guidance=RESPONSIBILITY_GUIDANCE
                add_label="Add another responsibility"
            />

            <StemFocus role=role />
            <TimeAndCompensation role=role />
            <MatrixLink role=role />
            <DevelopmentPlan role=role />

            <Show when=move || !hints.with(Vec::is_empty)>
                <div class="tl-hints" role="note">
                    <h4>"Worth a second look"</h4>
                    <ul>{move || hints.get().into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ul>
                </div>
            </Show>
        </div>
    }
}

/// A text field of the role, committed on `change`.
#[component]
fn TextField(
    role: RoleHandle,
    id: &'static str,
    label: &'static str,
    read: fn(&TeacherRole) -> String,
    change: fn(String) -> RoleChange,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let value = role.memo(read);
    let commit = Callback::new(move |text: String| {
        role.apply(change(text));
    });
    view! {
        <crate::ui::controls::TextField
            label
            id
            class="tl-field"
            value
            multiline
            on_change=commit
        />
    }
}

/// A select over fixed keys with a "Not set" choice ("" in `read`/`change`).
#[component]
fn KeySelect(
    role: RoleHandle,
    id: &'static str,
    label: &'static str,
    describedby: &'static str,
    options: Vec<(&'static str, &'static str)>,
    read: fn(&TeacherRole) -> String,
    change: fn(String) -> RoleChange,
) -> impl IntoView {
    let value = role.memo(read);
    view! {
        <div class="tl-field">
            <label for=id>{label}</label>
            <select
                id=id
                aria-describedby=describedby
                on:change=move |ev| {
                    role.apply(change(event_target_value(&ev)));
                }
            >
                <option value="" prop:selected=move || value.with(String::is_empty)>
                    "Not set"
                </option>
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        view! {
                            <option value=key prop:selected=move || value.with(|v| v == key)>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Checkboxes for an open vocabulary, the custom values with a Remove
/// button each, and a field to add another value.
#[component]
fn ChoiceList(
    role: RoleHandle,
    field: ListField,
    legend: &'static str,
    guide_id: &'static str,
    guidance: Guidance,
    add_label: &'static str,
) -> impl IntoView {
    let notices = use_notices();
    let noun = field.noun();
    let custom = role.memo(move |r| r.custom_values(field));
    let draft = RwSignal::new(String::new());
    let add_id = format!("tl-add-{}", field.name());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            notices.say(format!("Type a {noun} to add."));
            return;
        }
        if role.apply(RoleChange::AddCustom { field, text }).is_some() {
            draft.set(String::new());
        }
    };
    view! {
        <fieldset class="tl-group" aria-describedby=guide_id>
            <legend>{legend}</legend>
            <Guide id=guide_id guidance=guidance />
            <ul class="tl-checks">
                {field
                    .vocabulary()
                    .iter()
                    .map(|choice| {
                        let key = choice.key;
                        view! {
                            <li>
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=move || role.with(|r| r.has(field, key)).unwrap_or(false)
                                        on:change=move |ev| {
                                            role.apply(RoleChange::SetChoice {
                                                field,
                                                value: key.to_string(),
                                                chosen: event_target_checked(&ev),
                                            });
                                        }
                                    />
                                    {choice.label}
                                </label>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <Show when=move || !custom.with(Vec::is_empty)>
                <p class="tl-custom-heading">"Your own:"</p>
                <ul class="tl-chips">
                    {keyed_list(
                        move || custom.get(),
                        |value| value.clone(),
                        move |value| {
                            let remove_label = format!("Remove {noun}: {value}");
                            let shown = value.clone();
                            view! {
                                <li class="tl-chip">
                                    <span>{shown}</span>
                                    <button
                                        type="button"
                                        aria-label=remove_label
                                        on:click=move |_| {
                                            role.apply(RoleChange::RemoveCustom {
                                                field,
                                                value: value.clone(),
                                            });
                                        }
                                    >
                                        "Remove"
                                    </button>
                                </li>
                            }
                        },
                    )}
                </ul>
            </Show>
            <form class="tl-add" on:submit=add>
                <label for=add_id.clone()>{add_label}</label>
                <div class="tl-add-row">
                    <input
                        type="text"
                        id=add_id
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    />
                    <button type="submit">"Add"</button>
                </div>
            </form>
        </fieldset>
    }
}

#[component]
fn StemFocus(role: RoleHandle) -> impl IntoView {
    view! {
        <fieldset class="tl-group" aria-describedby="tl-g-stem">
            <legend>"STEM focus"</legend>
            <Guide id="tl-g-stem" guidance=STEM_FOCUS_GUIDANCE />
            <div class="tl-two">
                <fieldset class="tl-sub">
                    <legend>"Disciplines"</legend>
                    <ul class="tl-checks">
                        {Discipline::ALL
                            .iter()
                            .map(|&d| {
                                view! {
                                    <li>
                                        <label>
                                            <input
                                                type="checkbox"
                                                prop:checked=move || {
                                                    role.with(|r| r.disciplines.contains(&d)).unwrap_or(false)
                                                }
                                                on:change=move |_| {
                                                    role.apply(RoleChange::ToggleDiscipline(d));
                                                }
                                            />
                                            {d.label()}
                                        </label>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </fieldset>
                <fieldset class="tl-sub">
                    <legend>"Grade bands"</legend>
                    <ul class="tl-checks">
                        {GradeBand::ALL
                            .iter()
                            .map(|&b| {
                                view! {
                                    <li>
                                        <label>
                                            <input
                                                type="checkbox"
                                                prop:checked=move || {
                                                    role.with(|r| r.grade_bands.contains(&b)).unwrap_or(false)
                                                }
                                                on:change=move |_| {
                                                    role.apply(RoleChange::ToggleGradeBand(b));
                                                }
                                            />
                                            {b.label()}
                                        </label>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </fieldset>
            </div>
        </fieldset>
    }
}

/// Parses the share-of-time field: blank clears it.
fn parse_percent(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim().trim_end_matches('%').trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(p) if p <= 100 => Ok(Some(p)),
        _ => Err(()),
    }
}

#[component]
fn TimeAndCompensation(role: RoleHandle) -> impl IntoView {
    let percent = role.memo(|r| r.leading_percent.map(|p| p.to_string()).unwrap_or_default());
    let split = role.memo(|r| r.time_share_text().unwrap_or_default());
    let error = RwSignal::new(false);
    view! {
        <fieldset class="tl-group" aria-describedby="tl-g-time">
            <legend>"Time and compensation"</legend>
            <Guide id="tl-g-time" guidance=TIME_GUIDANCE />
            <div class="tl-field">
                <label for="tl-leading">"Share of time leading (%)"</label>
                <input
                    type="number"
                    id="tl-leading"
                    min="0"
                    max="100"
                    step="1"
                    inputmode="numeric"
                    aria-describedby="tl-leading-help"
                    aria-invalid=move || error.get().then_some("true")
                    prop:value=move || percent.get()
                    on:change=move |ev| match parse_percent(&event_target_value(&ev)) {
                        Ok(p) => {
                            error.set(false);
                            role.apply(RoleChange::SetLeadingPercent(p));
                        }
                        Err(()) => error.set(true),
                    }
                />
                <p id="tl-leading-help" class="tl-help">
                    {move || {
                        if error.get() {
                            "Enter a whole number from 0 to 100, or leave it blank.".to_string()
                        } else if split.with(String::is_empty) {
                            "The rest of the time is teaching. Leave blank if not decided.".to_string()
                        } else {
                            format!("{}.", split.get())
                        }
                    }}
                </p>
            </div>
            <TextField
                role=role
                id="tl-compensation"
                label="Stipend or position notes"
                read=|r| r.compensation.clone()
                change=RoleChange::SetCompensation
            />
        </fieldset>
    }
}

#[component]
fn MatrixLink(role: RoleHandle) -> impl IntoView {
    let plan = use_plan();
    let options = Memo::new(move |_| {
        plan.signal().with(|p| {
            p.matrix
                .roles
                .iter()
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let linked = role.memo(|r| r.matrix_role.clone());
    let cleared = role.memo(|r| r.matrix_role_cleared);
    view! {
        <fieldset class="tl-group">
            <legend>"Leadership matrix role served"</legend>
            <div class="tl-field">
                <label for="tl-matrix-role">"Matrix role"</label>
                <select
                    id="tl-matrix-role"
                    aria-describedby="tl-matrix-help"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        let link = (!value.is_empty()).then(|| RoleId::new(value));
                        role.apply(RoleChange::LinkMatrixRole(link));
                    }
                >
                    <option value="" prop:selected=move || linked.with(Option::is_none)>
                        "Not linked"
                    </option>
                    {move || {
                        options
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                let value = id.to_string();
                                view! {
                                    <option value=value prop:selected=move || linked.with(|l| l.as_ref() == Some(&id))>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
                <p id="tl-matrix-help" class="tl-help">
                    "The role in the leadership matrix this teacher-leader role carries out. Renaming that matrix role keeps the link."
                </p>
            </div>
            <Show when=move || cleared.get()>
                <div class="tl-notice" role="status">
                    <p>
                        "The leadership matrix role this role served was deleted, so the link was cleared. Choose another matrix role or leave it blank."
                    </p>
                    <button type="button" on:click=move |_| {
                        role.apply(RoleChange::DismissUnlinkedNotice);
                    }>
                        "Dismiss notice"
                    </button>
                </div>
            </Show>
        </fieldset>
    }
}

const NOT_PLANNED: &str = "";

#[component]
fn StatusSelect(
    role: RoleHandle,
    item: String,
    label: String,
    /// Whether "Not in plan" is offered (known items) or not (custom items).
    optional: bool,
) -> impl IntoView {
    let key = item.clone();
    let status = role.memo(move |r| {
        r.development_status(&key)
            .map(|s| s.key().to_string())
            .unwrap_or_default()
    });
    view! {
        <select
            aria-label=label
            on:change=move |ev| {
                let value = event_target_value(&ev);
                role.apply(RoleChange::SetDevelopmentStatus {
                    item: item.clone(),
                    status: DevelopmentStatus::from_key(&value),
                });
            }
        >
            {optional
                .then(|| {
                    view! {
                        <option value=NOT_PLANNED prop:selected=move || status.with(String::is_empty)>
                            "Not in plan"
                        </option>
                    }
                })}
            {DevelopmentStatus::ALL
                .iter()
                .map(|s| {
                    view! {
                        <option value=s.key() prop:selected=move || status.with(|v| v == s.key())>
                            {s.label()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

#[component]
fn DevelopmentPlan(role: RoleHandle) -> impl IntoView {
    let notices = use_notices();
    let custom = role.memo(|r| {
        r.custom_development()
            .into_iter()
            .map(|d| d.item)
            .collect::<Vec<_>>()
    });
    let draft = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        if text.trim().is_empty() {
            notices.say("Type a development item to add.");
            return;
        }
        if role.apply(RoleChange::AddDevelopment(text)).is_some() {
            draft.set(String::new());
        }
    };
    view! {
        <fieldset class="tl-group" aria-describedby="tl-g-development">
            <legend>"Development plan"</legend>
            <Guide id="tl-g-development" guidance=DEVELOPMENT_GUIDANCE />
            <ul class="tl-dev">
                {DEVELOPMENT
                    .iter()
                    .map(|choice| {
                        view! {
                            <li>
                                <span class="tl-dev-item">{choice.label}</span>
                                <StatusSelect
                                    role=role
                                    item=choice.key.to_string()
                                    label=format!("Status: {}", choice.label)
                                    optional=true
                                />
                            </li>
                        }
                    })
                    .collect_view()}
                {keyed_list(
                    move || custom.get(),
                    |item| item.clone(),
                    move |item| {
                        let remove = item.clone();
                        let remove_label = format!("Remove development item: {item}");
                        view! {
                            <li>
                                <span class="tl-dev-item">{item.clone()}</span>
                                <StatusSelect
                                    role=role
                                    item=item.clone()
                                    label=format!("Status: {item}")
                                    optional=false
                                />
                                <button
                                    type="button"
                                    aria-label=remove_label
                                    on:click=move |_| {
                                        role.apply(RoleChange::RemoveDevelopment(remove.clone()));
                                    }
                                >
                                    "Remove"
                                </button>
                            </li>
                        }
                    },
                )}
            </ul>
            <form class="tl-add" on:submit=add>
                <label for="tl-add-development">"Add another development item"</label>
                <div class="tl-add-row">
                    <input
                        type="text"
                        id="tl-add-development"
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    />
                    <button type="submit">"Add"</button>
                </div>
            </form>
        </fieldset>
    }
}
