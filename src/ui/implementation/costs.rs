//! Sustainability (001: "estimate start-up and ongoing expenses", "seek
//! outside funding"): a cost plan per school year and a review date.

use leptos::prelude::*;

use super::fields::{ItemButton, ItemField, KeyedSelect};
use super::{apply_from_form, date_from_input, money, today};
use crate::model::implementation::costs::{
    CostLineEdit, CostPlanEdit, CostTiming, FundingEdit, FundingKind, OtherCostKind, ReviewState,
    RoleCostBasis,
};
use crate::model::implementation::{CostLineId, FundingId};
use crate::model::values::date::SchoolYear;
use crate::model::values::ids::TeacherRoleId;
use crate::model::values::money::Cents;
use crate::ui::keyed::keyed_list;
use crate::ui::state::{use_notices, use_plan};

#[component]
pub fn SustainabilityView() -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let years = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .sustainability
                .years
                .iter()
                .map(|y| y.school_year)
                .collect::<Vec<_>>()
        })
    });
    let review =
        Memo::new(move |_| sig.with(|p| p.implementation.sustainability.review_date.clone()));
    let review_problem = RwSignal::new(None::<String>);
    let set_review = move |ev: leptos::ev::Event| match date_from_input(&event_target_value(&ev)) {
        Ok(date) => {
            review_problem.set(None);
            plan.apply(CostPlanEdit::SetReviewDate(date));
        }
        Err(message) => review_problem.set(Some(message)),
    };
    let review_message = move || {
        let state = match today() {
            Some(today) => sig.with(|p| p.implementation.sustainability.review_state(&today)),
            None => return String::new(),
        };
        match state {
            ReviewState::NotSet => "Set a date to regularly revisit the plan for sustainability.".to_string(),
            ReviewState::Due { date } => format!("⚠ The review set for {date} is due: revisit the plan, then set the next review date."),
            ReviewState::Upcoming { date } => format!("Next review: {date}."),
        }
    };
    let suggested = today()
        .and_then(|d| SchoolYear::containing(&d))
        .map(SchoolYear::label)
        .unwrap_or_default();
    let new_year = RwSignal::new(suggested);
    let year_problem = RwSignal::new(None::<String>);
    let add_year = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let year = match SchoolYear::parse(&new_year.get_untracked()) {
            Ok(year) => year,
            Err(e) => {
                year_problem.set(Some(e.to_string()));
                return;
            }
        };
        // The edit's notice says what was added (and what it copied).
        match apply_from_form(plan, CostPlanEdit::AddYear(year)) {
            Ok(_) => {
                year_problem.set(None);
                new_year.set(year.next().map(SchoolYear::label).unwrap_or_default());
            }
            Err(reason) => year_problem.set(Some(reason)),
        }
    };
    view! {
        <div class="im-costs">
            <h3>"Sustainability"</h3>
            <p>
                "The source asks administrators to “estimate start-up and ongoing expenses” and to “seek outside funding”. Price the teacher-leader roles and other costs for each school year, list the funding, and see the gap."
            </p>
            <div class="im-review">
                <label class="im-field">
                    <span>"Review date"</span>
                    <input
                        type="date"
                        prop:value=move || review.get().map(|d| d.as_str().to_string()).unwrap_or_default()
                        on:change=set_review
                        aria-describedby="im-review-state"
                    />
                </label>
                <p id="im-review-state" class="im-review-state">{review_message}</p>
                <p class="im-error" aria-live="polite">{move || review_problem.get()}</p>
            </div>
            {keyed_list(
                move || years.get(),
                |y| *y,
                move |year| view! { <YearPlan year /> },
            )}
            <form class="im-add" on:submit=add_year>
                <label class="im-field" for="im-add-year">
                    <span>"School year"</span>
                </label>
                <input
                    type="text"
                    id="im-add-year"
                    autocomplete="off"
                    placeholder="e.g. 2026-27"
                    prop:value=move || new_year.get()
                    on:input=move |ev| new_year.set(event_target_value(&ev))
                    aria-describedby="im-add-year-error"
                    aria-invalid=move || year_problem.get().map(|_| "true")
                />
                <button type="submit">"Add school year"</button>
                <p class="im-error" id="im-add-year-error" aria-live="polite">
                    {move || year_problem.get()}
                </p>
            </form>
        </div>
    }
}

/// A text field for an amount: shown as plain digits, read with
/// `Cents::parse`; a typing mistake is named next to it and changes nothing.
#[component]
fn MoneyInput(
    label: String,
    #[prop(into)] current: Signal<Cents>,
    on_commit: Callback<Cents>,
) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let error_id = format!("im-money-{}", uuid_like());
    let described_by = error_id.clone();
    let commit = move |ev: leptos::ev::Event| match Cents::parse(&event_target_value(&ev)) {
        Ok(amount) => {
            problem.set(None);
            on_commit.run(amount);
        }
        Err(e) => problem.set(Some(e.to_string())),
    };
    view! {
        <label class="im-field im-money">
            <span>{label}</span>
            <input
                type="text"
                inputmode="decimal"
                autocomplete="off"
                prop:value=move || current.get().to_plain_string()
                on:change=commit
                aria-invalid=move || problem.get().map(|_| "true")
                aria-describedby=described_by
            />
            <span class="im-error" id=error_id aria-live="polite">{move || problem.get()}</span>
        </label>
    }
}

/// A fresh number for ids of elements that have no id of their own.
fn uuid_like() -> u64 {
    thread_local!(static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

#[component]
fn YearPlan(year: SchoolYear) -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    let sig = plan.signal();
    let role_lines = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .sustainability
                .year(&year)
                .map(|y| {
                    y.role_lines
                        .iter()
                        .map(|l| l.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let other_lines = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .sustainability
                .year(&year)
                .map(|y| {
                    y.other_lines
                        .iter()
                        .map(|l| l.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let funding = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .sustainability
                .year(&year)
                .map(|y| y.funding.iter().map(|f| f.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let totals = Memo::new(move |_| {
        sig.with(|p| {
            p.implementation
                .sustainability
                .year(&year)
                .map(|y| y.totals(&p.teacher_roles))
                .unwrap_or_default()
        })
    });
    let roles = Memo::new(move |_| {
        sig.with(|p| {
            p.teacher_roles
                .roles
                .iter()
                .map(|r| (r.id.clone(), r.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let role_pick = RwSignal::new(String::new());
    let add_role_line = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let picked = role_pick.get_untracked();
        let id = if picked.is_empty() {
            roles.with_untracked(|r| r.first().map(|r| r.0.clone()))
        } else {
            Some(TeacherRoleId::new(picked))
        };
        let Some(id) = id else {
            notices.say("Create a teacher-leader role first.");
            return;
        };
        plan.apply(CostLineEdit::AddRoleLine { year, role: id });
    };
    let add_other = Callback::new(move |line: NewMoneyLine| {
        let kind = OtherCostKind::from_key(line.kind).unwrap_or_default();
        let edit = CostLineEdit::AddOtherLine {
            year,
            kind,
            description: line.text,
            amount: line.amount,
            timing: line.timing,
        };
        apply_from_form(plan, edit).map(|_| ())
    });
    let add_funding = Callback::new(move |line: NewMoneyLine| {
        let kind = FundingKind::from_key(line.kind).unwrap_or_default();
        let edit = FundingEdit::Add {
            year,
            kind,
            name: line.text,
            amount: line.amount,
        };
        apply_from_form(plan, edit).map(|_| ())
    });
    let delete_year = move |_| {
        plan.apply(CostPlanEdit::DeleteYear(year));
    };
    let key = year.label();
    let heading_id = format!("im-year-{key}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="im-year" aria-labelledby=labelled_by>
            <h4 id=heading_id>{format!("School year {year}")}</h4>
            <h5>"Teacher-leader roles"</h5>
            <ul class="im-lines">
                {keyed_list(
                    move || role_lines.get(),
                    |id| id.clone(),
                    move |id| view! { <RoleLine id year roles /> },
                )}
            </ul>
            <form class="im-add" on:submit=add_role_line>
                <label class="im-field">
                    <span>"Role to price"</span>
                    <select on:change=move |ev| role_pick.set(event_target_value(&ev))>
                        {keyed_list(
                            move || roles.get(),
                            |r| r.clone(),
                            move |role| view! {
                                <option value=role.0.as_str().to_string()>{role.1.clone()}</option>
                            },
                        )}
                    </select>
                </label>
                <button type="submit" disabled=move || roles.with(Vec::is_empty)>
                    "Add role cost"
                </button>
            </form>
            <h5>"Other costs"</h5>
            <ul class="im-lines">
                {keyed_list(
                    move || other_lines.get(),
                    |id| id.clone(),
                    move |id| view! { <OtherLine id /> },
                )}
            </ul>
            <AddMoneyForm
                kind_label="Kind"
                kinds=OtherCostKind::CHOICES
                first_kind=OtherCostKind::default().key()
                text_label="Description"
                amount_label="Amount"
                error_id=format!("im-other-error-{key}")
                with_timing=true
                button="Add cost"
                on_add=add_other
            />
            <h5>"Funding"</h5>
            <ul class="im-lines">
                {keyed_list(
                    move || funding.get(),
                    |id| id.clone(),
                    move |id| view! { <FundingLine id /> },
                )}
            </ul>
            <AddMoneyForm
                kind_label="Source"
                kinds=FundingKind::CHOICES
                first_kind=FundingKind::default().key()
                text_label="Funder"
                amount_label="Funding amount"
                error_id=format!("im-fund-error-{key}")
                with_timing=false
                button="Add funding"
                on_add=add_funding
            />
            <h5>{format!("Totals for {year}")}</h5>
            <dl class="im-totals" aria-live="polite">
                <div><dt>"Start-up"</dt><dd data-total="start-up">{move || money(totals.get().start_up)}</dd></div>
                <div><dt>"Ongoing"</dt><dd data-total="ongoing">{move || money(totals.get().ongoing)}</dd></div>
                <div><dt>"Total cost"</dt><dd data-total="cost">{move || money(totals.get().total_cost)}</dd></div>
                <div><dt>"Funding"</dt><dd data-total="funding">{move || money(totals.get().funding)}</dd></div>
                <div class="im-gap"><dt>"Unfunded gap"</dt><dd data-total="gap">{move || money(totals.get().gap)}</dd></div>
                <Show when=move || totals.with(|t| t.surplus > Cents::ZERO)>
                    <div><dt>"Funding beyond costs"</dt><dd data-total="surplus">{move || money(totals.get().surplus)}</dd></div>
                </Show>
            </dl>
            <Show when=move || totals.with(|t| !t.incomplete.is_empty())>
                <p class="im-flag">
                    <span aria-hidden="true">"⚠ "</span>
                    {move || format!("{} role cost lines cannot be priced yet and are left out of the totals.", totals.with(|t| t.incomplete.len()))}
                </p>
            </Show>
            <button type="button" class="danger" on:click=delete_year>
                {format!("Delete school year {year}")}
            </button>
        </section>
    }
}

#[component]
fn TimingSelect(current: Signal<CostTiming>, on_pick: Callback<CostTiming>) -> impl IntoView {
    let key = Signal::derive(move || current.get().key());
    let pick = Callback::new(move |key: &'static str| {
        if let Some(t) = CostTiming::from_key(key) {
            on_pick.run(t);
        }
    });
    view! { <KeyedSelect label="Timing" choices=CostTiming::CHOICES current=key on_pick=pick /> }
}

/// A new other cost or funding line as its form reads it (`kind` is a key).
#[derive(Clone)]
struct NewMoneyLine {
    kind: &'static str,
    text: String,
    amount: Cents,
    timing: CostTiming,
}

/// The form that adds an other cost (with its timing) or a funding line: a
/// typing mistake in the amount is named and adds nothing; once added, the
/// words and the amount are cleared and the kind kept for the next one.
#[component]
fn AddMoneyForm(
    kind_label: &'static str,
    kinds: &'static [(&'static str, &'static str)],
    first_kind: &'static str,
    text_label: &'static str,
    amount_label: &'static str,
    error_id: String,
    with_timing: bool,
    button: &'static str,
    on_add: Callback<NewMoneyLine, Result<(), String>>,
) -> impl IntoView {
    let kind = RwSignal::new(first_kind);
    let text = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let timing = RwSignal::new(CostTiming::StartUp);
    let problem = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let line = Cents::parse(&amount.get_untracked())
            .map_err(|e| e.to_string())
            .and_then(|amount| {
                on_add.run(NewMoneyLine {
                    kind: kind.get_untracked(),
                    text: text.get_untracked(),
                    amount,
                    timing: timing.get_untracked(),
                })
            });
        match line {
            Ok(()) => {
                problem.set(None);
                text.set(String::new());
                amount.set(String::new());
            }
            Err(message) => problem.set(Some(message)),
        }
    };
    let described_by = error_id.clone();
    view! {
        <form class="im-add im-add-grid" on:submit=add>
            <KeyedSelect
                label=kind_label
                choices=kinds
                current=kind
                on_pick=Callback::new(move |k| kind.set(k))
            />
            <label class="im-field">
                <span>{text_label}</span>
                <input
                    type="text"
                    autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                />
            </label>
            <label class="im-field">
                <span>{amount_label}</span>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=move || amount.get()
                    on:input=move |ev| amount.set(event_target_value(&ev))
                    aria-invalid=move || problem.get().map(|_| "true")
                    aria-describedby=described_by
                />
            </label>
            {with_timing.then(|| view! {
                <TimingSelect current=timing.into() on_pick=Callback::new(move |t| timing.set(t)) />
            })}
            <button type="submit">{button}</button>
            <p class="im-error" id=error_id aria-live="polite">
                {move || problem.get()}
            </p>
        </form>
    }
}

/// One other cost or funding line: its kind, its words, its amount and, for
/// a cost, its timing. Each callback is the line's own edit.
#[component]
fn MoneyItem(
    name: Signal<String>,
    kind_label: &'static str,
    kinds: &'static [(&'static str, &'static str)],
    kind: Signal<&'static str>,
    on_kind: Callback<&'static str>,
    text_label: &'static str,
    text: Signal<String>,
    on_text: Callback<leptos::ev::Event>,
    amount: Signal<Cents>,
    on_amount: Callback<Cents>,
    /// The cost's timing and its edit; funding has none.
    #[prop(optional)]
    timing: Option<(Signal<CostTiming>, Callback<CostTiming>)>,
    on_delete: Callback<()>,
) -> impl IntoView {
    view! {
        <li class="im-line">
            <fieldset>
                <legend>{move || name.get()}</legend>
                <div class="im-action-fields">
                    <KeyedSelect label=kind_label choices=kinds current=kind on_pick=on_kind />
                    <ItemField class="im-field" label=text_label value=text on_change=on_text />
                    <MoneyInput label="Amount".to_string() current=amount on_commit=on_amount />
                    {timing.map(|(current, on_pick)| view! { <TimingSelect current on_pick /> })}
                </div>
                <ItemButton text="Delete" class="danger" name on_click=on_delete />
            </fieldset>
        </li>
    }
}

#[component]
fn RoleLine(
    id: CostLineId,
    year: SchoolYear,
    roles: Memo<Vec<(TeacherRoleId, String)>>,
) -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let i = id.clone();
    let line =
        Memo::new(move |_| sig.with(|p| p.implementation.sustainability.role_line(&i).cloned()));
    let cost = Memo::new(move |_| {
        let Some(line) = line.get() else {
            return String::new();
        };
        sig.with(|p| {
            let Some(plan) = p.implementation.sustainability.year(&year) else {
                return String::new();
            };
            match plan.role_line_cost(&line, &p.teacher_roles) {
                Ok(cost) => money(cost),
                Err(problem) => problem.to_string(),
            }
        })
    });
    let role_title = move || {
        line.with(|l| {
            l.as_ref()
                .and_then(|l| roles.with(|r| r.iter().find(|r| r.0 == l.role).map(|r| r.1.clone())))
                .unwrap_or_default()
        })
    };
    let i = id.clone();
    let set_role = move |ev: leptos::ev::Event| {
        let role = TeacherRoleId::new(event_target_value(&ev));
        plan.apply(CostLineEdit::SetRole {
            id: i.clone(),
            role,
        });
    };
    let i = id.clone();
    let set_basis_kind = move |ev: leptos::ev::Event| {
        let Some(current) = line.get_untracked() else {
            return;
        };
        let amount = current.basis.entered_amount();
        let basis = if event_target_value(&ev) == "stipend" {
            RoleCostBasis::Stipend { amount }
        } else {
            RoleCostBasis::ShareOfSalary { salary: amount }
        };
        plan.apply(CostLineEdit::SetBasis {
            id: i.clone(),
            basis,
        });
    };
    let i = id.clone();
    let set_amount = Callback::new(move |amount: Cents| {
        plan.apply(CostLineEdit::SetAmount {
            id: i.clone(),
            amount,
        });
    });
    let i = id.clone();
    let people_problem = RwSignal::new(None::<String>);
    let set_people = move |ev: leptos::ev::Event| {
        let Ok(people) = event_target_value(&ev).trim().parse::<u32>() else {
            people_problem.set(Some(
                "Enter a whole number of people, 1 or more".to_string(),
            ));
            return;
        };
        let edit = CostLineEdit::SetPeople {
            id: i.clone(),
            people,
        };
        people_problem.set(apply_from_form(plan, edit).err());
    };
    let i = id.clone();
    let set_timing = Callback::new(move |timing: CostTiming| {
        plan.apply(CostLineEdit::SetTiming {
            id: i.clone(),
            timing,
        });
    });
    let delete = move |_| {
        plan.apply(CostLineEdit::Delete { id: id.clone() });
    };
    let is_stipend = move || {
        line.with(|l| {
            matches!(
                l.as_ref().map(|l| l.basis),
                Some(RoleCostBasis::Stipend { .. })
            )
        })
    };
    let amount = Signal::derive(move || {
        line.with(|l| {
            l.as_ref()
                .map(|l| l.basis.entered_amount())
                .unwrap_or_default()
        })
    });
    let timing =
        Signal::derive(move || line.with(|l| l.as_ref().map(|l| l.timing).unwrap_or_default()));
    view! {
        <li class="im-line">
            <fieldset>
                <legend>{role_title}</legend>
                <div class="im-action-fields">
                    <label class="im-field">
                        <span>"Role"</span>
                        <select on:change=set_role>
                            {keyed_list(
                                move || roles.get(),
                                |r| r.clone(),
                                move |role| view! {
                                    <option
                                        value=role.0.as_str().to_string()
                                        prop:selected=move || line.with(|l| l.as_ref().is_some_and(|l| l.role == role.0))
                                    >
                                        {role.1.clone()}
                                    </option>
                                },
                            )}
                        </select>
                    </label>
                    <label class="im-field">
                        <span>"Priced by"</span>
                        <select on:change=set_basis_kind>
                            <option value="salary" prop:selected=move || !is_stipend()>"Share of salary"</option>
                            <option value="stipend" prop:selected=is_stipend>"Stipend"</option>
                        </select>
                    </label>
                    {move || {
                        let label = if is_stipend() { "Stipend per person" } else { "Salary basis per person" };
                        view! { <MoneyInput label=label.to_string() current=amount on_commit=set_amount /> }
                    }}
                    <label class="im-field im-narrow">
                        <span>"People"</span>
                        <input
                            type="number"
                            min="1"
                            step="1"
                            prop:value=move || line.with(|l| l.as_ref().map(|l| l.people).unwrap_or(1).to_string())
                            on:change=set_people
                        />
                    </label>
                    <TimingSelect current=timing on_pick=set_timing />
                </div>
                <p class="im-error" aria-live="polite">{move || people_problem.get()}</p>
                <p class="im-line-cost">"Cost: " <strong>{move || cost.get()}</strong></p>
                <button type="button" class="danger" on:click=delete>
                    "Delete" <span class="visually-hidden">{move || format!(" the cost of “{}”", role_title())}</span>
                </button>
            </fieldset>
        </li>
    }
}

#[component]
fn OtherLine(id: CostLineId) -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let i = id.clone();
    let line =
        Memo::new(move |_| sig.with(|p| p.implementation.sustainability.other_line(&i).cloned()));
    let name = Signal::derive(move || {
        line.with(|l| {
            l.as_ref()
                .map(|l| {
                    if l.description.is_empty() {
                        l.kind.label().to_string()
                    } else {
                        l.description.clone()
                    }
                })
                .unwrap_or_default()
        })
    });
    let i = id.clone();
    let set_kind = Callback::new(move |key: &'static str| {
        let Some(kind) = OtherCostKind::from_key(key) else {
            return;
        };
        plan.apply(CostLineEdit::SetKind {
            id: i.clone(),
            kind,
        });
    });
    let i = id.clone();
    let set_description = Callback::new(move |ev: leptos::ev::Event| {
        plan.apply(CostLineEdit::SetDescription {
            id: i.clone(),
            description: event_target_value(&ev),
        });
    });
    let i = id.clone();
    let set_amount = Callback::new(move |amount: Cents| {
        plan.apply(CostLineEdit::SetAmount {
            id: i.clone(),
            amount,
        });
    });
    let i = id.clone();
    let set_timing = Callback::new(move |timing: CostTiming| {
        plan.apply(CostLineEdit::SetTiming {
            id: i.clone(),
            timing,
        });
    });
    let delete = Callback::new(move |()| {
        plan.apply(CostLineEdit::Delete { id: id.clone() });
    });
    let kind =
        Signal::derive(move || line.with(|l| l.as_ref().map(|l| l.kind.key()).unwrap_or_default()));
    let description = Signal::derive(move || {
        line.with(|l| {
            l.as_ref()
                .map(|l| l.description.clone())
                .unwrap_or_default()
        })
    });
    let amount =
        Signal::derive(move || line.with(|l| l.as_ref().map(|l| l.amount).unwrap_or_default()));
    let timing =
        Signal::derive(move || line.with(|l| l.as_ref().map(|l| l.timing).unwrap_or_default()));
    view! {
        <MoneyItem
            name
            kind_label="Kind"
            kinds=OtherCostKind::CHOICES
            kind
            on_kind=set_kind
            text_label="Description"
            text=description
            on_text=set_description
            amount
            on_amount=set_amount
            timing=(timing, set_timing)
            on_delete=delete
        />
    }
}

#[component]
fn FundingLine(id: FundingId) -> impl IntoView {
    let plan = use_plan();
    let sig = plan.signal();
    let i = id.clone();
    let source = Memo::new(move |_| {
        sig.with(|p| p.implementation.sustainability.funding_source(&i).cloned())
    });
    let name = Signal::derive(move || {
        source.with(|f| {
            f.as_ref()
                .map(|f| {
                    if f.name.is_empty() {
                        f.kind.label().to_string()
                    } else {
                        f.name.clone()
                    }
                })
                .unwrap_or_default()
        })
    });
    let i = id.clone();
    let set_kind = Callback::new(move |key: &'static str| {
        let Some(kind) = FundingKind::from_key(key) else {
            return;
        };
        plan.apply(FundingEdit::SetKind {
            id: i.clone(),
            kind,
        });
    });
    let i = id.clone();
    let set_name = Callback::new(move |ev: leptos::ev::Event| {
        plan.apply(FundingEdit::SetName {
            id: i.clone(),
            name: event_target_value(&ev),
        });
    });
    let i = id.clone();
    let set_amount = Callback::new(move |amount: Cents| {
        plan.apply(FundingEdit::SetAmount {
            id: i.clone(),
            amount,
        });
    });
    let delete = Callback::new(move |()| {
        plan.apply(FundingEdit::Delete { id: id.clone() });
    });
    let kind = Signal::derive(move || {
        source.with(|f| f.as_ref().map(|f| f.kind.key()).unwrap_or_default())
    });
    let funder = Signal::derive(move || {
        source.with(|f| f.as_ref().map(|f| f.name.clone()).unwrap_or_default())
    });
    let amount =
        Signal::derive(move || source.with(|f| f.as_ref().map(|f| f.amount).unwrap_or_default()));
    view! {
        <MoneyItem
            name
            kind_label="Source"
            kinds=FundingKind::CHOICES
            kind
            on_kind=set_kind
            text_label="Funder"
            text=funder
            on_text=set_name
            amount
            on_amount=set_amount
            on_delete=delete
        />
    }
}
