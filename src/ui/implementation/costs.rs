//! Sustainability (001: "estimate start-up and ongoing expenses", "seek
//! outside funding"): a cost plan per school year and a review date.

use leptos::prelude::*;

use super::{date_from_input, money, short, today};
use crate::model::costs::{
    suggested_stipend, CostTiming, FundingKind, OtherCostKind, ReviewState, RoleCostBasis,
};
use crate::model::date::SchoolYear;
use crate::model::ids::TeacherRoleId;
use crate::model::implementation::{CostLineId, FundingId};
use crate::model::money::Cents;
use crate::ui::keyed::keyed_list;
use crate::ui::state::{use_notices, use_plan};

#[component]
pub fn SustainabilityView() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
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
            plan.edit("set the review date", |p| {
                p.implementation.sustainability.set_review_date(date)
            });
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
        let mut result = Ok(0);
        plan.edit(format!("add school year {year}"), |p| {
            let s = &mut p.implementation.sustainability;
            result = match s.latest().map(|l| l.school_year) {
                Some(from) if from < year => s.add_year_from(year, &from),
                _ => s.add_year(year).map(|()| 0),
            };
        });
        match result {
            Ok(copied) => {
                year_problem.set(None);
                new_year.set(year.next().map(SchoolYear::label).unwrap_or_default());
                notices.say(if copied > 0 {
                    format!("Added {year}, with {copied} ongoing lines from the year before.")
                } else {
                    format!("Added the school year {year}.")
                });
            }
            Err(e) => year_problem.set(Some(e.to_string())),
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
        plan.edit(format!("add a role cost line to {year}"), |p| {
            let basis = p
                .teacher_roles
                .roles
                .iter()
                .find(|r| r.id == id)
                .and_then(suggested_stipend)
                .map(|amount| RoleCostBasis::Stipend { amount })
                .unwrap_or(RoleCostBasis::ShareOfSalary {
                    salary: Cents::ZERO,
                });
            let _ = p.implementation.sustainability.add_role_line(
                &year,
                id.clone(),
                basis,
                &p.teacher_roles,
            );
        });
    };
    let other_kind = RwSignal::new(OtherCostKind::default());
    let other_description = RwSignal::new(String::new());
    let other_amount = RwSignal::new(String::new());
    let other_timing = RwSignal::new(CostTiming::StartUp);
    let other_problem = RwSignal::new(None::<String>);
    let add_other = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let amount = match Cents::parse(&other_amount.get_untracked()) {
            Ok(amount) => amount,
            Err(e) => {
                other_problem.set(Some(e.to_string()));
                return;
            }
        };
        let description = other_description.get_untracked();
        let kind = other_kind.get_untracked();
        let mut result = None;
        plan.edit(
            format!("add cost “{}”", short(description.trim())),
            |p| {
                result = Some(p.implementation.sustainability.add_other_line(
                    &year,
                    kind,
                    &description,
                    amount,
                    other_timing.get_untracked(),
                ));
            },
        );
        match result {
            Some(Ok(_)) => {
                other_problem.set(None);
                other_description.set(String::new());
                other_amount.set(String::new());
            }
            Some(Err(e)) => other_problem.set(Some(e.to_string())),
            None => {}
        }
    };
    let fund_kind = RwSignal::new(FundingKind::default());
    let fund_name = RwSignal::new(String::new());
    let fund_amount = RwSignal::new(String::new());
    let fund_problem = RwSignal::new(None::<String>);
    let add_funding = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let amount = match Cents::parse(&fund_amount.get_untracked()) {
            Ok(amount) => amount,
            Err(e) => {
                fund_problem.set(Some(e.to_string()));
                return;
            }
        };
        let name = fund_name.get_untracked();
        let kind = fund_kind.get_untracked();
        let mut result = None;
        plan.edit(format!("add funding “{}”", short(name.trim())), |p| {
            result = Some(
                p.implementation
                    .sustainability
                    .add_funding(&year, kind, &name, amount),
            );
        });
        match result {
            Some(Ok(_)) => {
                fund_problem.set(None);
                fund_name.set(String::new());
                fund_amount.set(String::new());
            }
            Some(Err(e)) => fund_problem.set(Some(e.to_string())),
            None => {}
        }
    };
    let delete_year = move |_| {
        plan.edit_with_toast(
            format!("delete school year {year}"),
            format!("Deleted the cost plan for {year}"),
            |p| {
                p.implementation.sustainability.delete_year(&year);
            },
        );
        notices.say(format!("Deleted the cost plan for {year}."));
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
            <form class="im-add im-add-grid" on:submit=add_other>
                <label class="im-field">
                    <span>"Kind"</span>
                    <select on:change=move |ev| {
                        if let Some(k) = OtherCostKind::from_key(&event_target_value(&ev)) {
                            other_kind.set(k);
                        }
                    }>
                        {OtherCostKind::ALL
                            .iter()
                            .map(|&k| view! { <option value=k.key() prop:selected=move || other_kind.get() == k>{k.label()}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label class="im-field">
                    <span>"Description"</span>
                    <input
                        type="text"
                        autocomplete="off"
                        prop:value=move || other_description.get()
                        on:input=move |ev| other_description.set(event_target_value(&ev))
                    />
                </label>
                <label class="im-field">
                    <span>"Amount"</span>
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        prop:value=move || other_amount.get()
                        on:input=move |ev| other_amount.set(event_target_value(&ev))
                        aria-invalid=move || other_problem.get().map(|_| "true")
                        aria-describedby=format!("im-other-error-{key}")
                    />
                </label>
                <TimingSelect current=Signal::derive(move || other_timing.get()) on_pick=Callback::new(move |t| other_timing.set(t)) />
                <button type="submit">"Add cost"</button>
                <p class="im-error" id=format!("im-other-error-{}", year.label()) aria-live="polite">
                    {move || other_problem.get()}
                </p>
            </form>
            <h5>"Funding"</h5>
            <ul class="im-lines">
                {keyed_list(
                    move || funding.get(),
                    |id| id.clone(),
                    move |id| view! { <FundingLine id /> },
                )}
            </ul>
            <form class="im-add im-add-grid" on:submit=add_funding>
                <label class="im-field">
                    <span>"Source"</span>
                    <select on:change=move |ev| {
                        if let Some(k) = FundingKind::from_key(&event_target_value(&ev)) {
                            fund_kind.set(k);
                        }
                    }>
                        {FundingKind::ALL
                            .iter()
                            .map(|&k| view! { <option value=k.key() prop:selected=move || fund_kind.get() == k>{k.label()}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label class="im-field">
                    <span>"Funder"</span>
                    <input
                        type="text"
                        autocomplete="off"
                        prop:value=move || fund_name.get()
                        on:input=move |ev| fund_name.set(event_target_value(&ev))
                    />
                </label>
                <label class="im-field">
                    <span>"Funding amount"</span>
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        prop:value=move || fund_amount.get()
                        on:input=move |ev| fund_amount.set(event_target_value(&ev))
                        aria-invalid=move || fund_problem.get().map(|_| "true")
                        aria-describedby=format!("im-fund-error-{}", year.label())
                    />
                </label>
                <button type="submit">"Add funding"</button>
                <p class="im-error" id=format!("im-fund-error-{}", year.label()) aria-live="polite">
                    {move || fund_problem.get()}
                </p>
            </form>
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
    view! {
        <label class="im-field">
            <span>"Timing"</span>
            <select on:change=move |ev| {
                if let Some(t) = CostTiming::from_key(&event_target_value(&ev)) {
                    on_pick.run(t);
                }
            }>
                {CostTiming::ALL
                    .iter()
                    .map(|&t| view! { <option value=t.key() prop:selected=move || current.get() == t>{t.label()}</option> })
                    .collect_view()}
            </select>
        </label>
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
        plan.edit(format!("set the role of a cost line in {year}"), |p| {
            let _ = p
                .implementation
                .sustainability
                .set_role_line_role(&i, role, &p.teacher_roles);
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
        plan.edit(format!("set how “{}” is priced", role_title()), |p| {
            let _ = p
                .implementation
                .sustainability
                .set_role_line_basis(&i, basis);
        });
    };
    let i = id.clone();
    let set_amount = Callback::new(move |amount: Cents| {
        let Some(current) = line.get_untracked() else {
            return;
        };
        let basis = match current.basis {
            RoleCostBasis::Stipend { .. } => RoleCostBasis::Stipend { amount },
            RoleCostBasis::ShareOfSalary { .. } => RoleCostBasis::ShareOfSalary { salary: amount },
        };
        plan.edit(format!("set the amount for “{}”", role_title()), |p| {
            let _ = p
                .implementation
                .sustainability
                .set_role_line_basis(&i, basis);
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
        let mut result = Ok(());
        plan.edit(format!("set the people for “{}”", role_title()), |p| {
            result = p
                .implementation
                .sustainability
                .set_role_line_people(&i, people);
        });
        people_problem.set(result.err().map(|e| e.to_string()));
    };
    let i = id.clone();
    let set_timing = Callback::new(move |timing: CostTiming| {
        plan.edit(format!("set the timing of “{}”", role_title()), |p| {
            let _ = p.implementation.sustainability.set_line_timing(&i, timing);
        });
    });
    let i = id.clone();
    let delete = move |_| {
        let title = role_title();
        plan.edit_with_toast(
            format!("delete the cost of “{title}”"),
            format!("Deleted the cost of “{title}”"),
            |p| {
                p.implementation.sustainability.delete_line(&i);
            },
        );
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
    let name = move || {
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
    };
    let i = id.clone();
    let set_kind = move |ev: leptos::ev::Event| {
        let Some(kind) = OtherCostKind::from_key(&event_target_value(&ev)) else {
            return;
        };
        plan.edit(format!("set the kind of “{}”", short(&name())), |p| {
            let _ = p
                .implementation
                .sustainability
                .set_other_line_kind(&i, kind);
        });
    };
    let i = id.clone();
    let set_description = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        plan.edit(format!("describe “{}”", short(&name())), |p| {
            let _ = p
                .implementation
                .sustainability
                .set_other_line_description(&i, &value);
        });
    };
    let i = id.clone();
    let set_amount = Callback::new(move |amount: Cents| {
        plan.edit(format!("set the amount of “{}”", short(&name())), |p| {
            let _ = p
                .implementation
                .sustainability
                .set_other_line_amount(&i, amount);
        });
    });
    let i = id.clone();
    let set_timing = Callback::new(move |timing: CostTiming| {
        plan.edit(format!("set the timing of “{}”", short(&name())), |p| {
            let _ = p.implementation.sustainability.set_line_timing(&i, timing);
        });
    });
    let i = id.clone();
    let delete = move |_| {
        let n = short(&name());
        plan.edit_with_toast(
            format!("delete cost “{n}”"),
            format!("Deleted the cost “{n}”"),
            |p| {
                p.implementation.sustainability.delete_line(&i);
            },
        );
    };
    let amount =
        Signal::derive(move || line.with(|l| l.as_ref().map(|l| l.amount).unwrap_or_default()));
    let timing =
        Signal::derive(move || line.with(|l| l.as_ref().map(|l| l.timing).unwrap_or_default()));
    view! {
        <li class="im-line">
            <fieldset>
                <legend>{name}</legend>
                <div class="im-action-fields">
                    <label class="im-field">
                        <span>"Kind"</span>
                        <select on:change=set_kind>
                            {OtherCostKind::ALL
                                .iter()
                                .map(|&k| view! {
                                    <option value=k.key() prop:selected=move || line.with(|l| l.as_ref().is_some_and(|l| l.kind == k))>{k.label()}</option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="im-field">
                        <span>"Description"</span>
                        <input
                            type="text"
                            prop:value=move || line.with(|l| l.as_ref().map(|l| l.description.clone()).unwrap_or_default())
                            on:change=set_description
                        />
                    </label>
                    <MoneyInput label="Amount".to_string() current=amount on_commit=set_amount />
                    <TimingSelect current=timing on_pick=set_timing />
                </div>
                <button type="button" class="danger" on:click=delete>
                    "Delete" <span class="visually-hidden">{move || format!(" “{}”", name())}</span>
                </button>
            </fieldset>
        </li>
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
    let name = move || {
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
    };
    let i = id.clone();
    let set_kind = move |ev: leptos::ev::Event| {
        let Some(kind) = FundingKind::from_key(&event_target_value(&ev)) else {
            return;
        };
        plan.edit(format!("set the source of “{}”", short(&name())), |p| {
            let _ = p.implementation.sustainability.set_funding_kind(&i, kind);
        });
    };
    let i = id.clone();
    let set_name = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        plan.edit(format!("rename funding “{}”", short(&name())), |p| {
            let _ = p.implementation.sustainability.set_funding_name(&i, &value);
        });
    };
    let i = id.clone();
    let set_amount = Callback::new(move |amount: Cents| {
        plan.edit(format!("set the amount of “{}”", short(&name())), |p| {
            let _ = p
                .implementation
                .sustainability
                .set_funding_amount(&i, amount);
        });
    });
    let i = id.clone();
    let delete = move |_| {
        let n = short(&name());
        plan.edit_with_toast(
            format!("delete funding “{n}”"),
            format!("Deleted the funding “{n}”"),
            |p| {
                p.implementation.sustainability.delete_funding(&i);
            },
        );
    };
    let amount =
        Signal::derive(move || source.with(|f| f.as_ref().map(|f| f.amount).unwrap_or_default()));
    view! {
        <li class="im-line">
            <fieldset>
                <legend>{name}</legend>
                <div class="im-action-fields">
                    <label class="im-field">
                        <span>"Source"</span>
                        <select on:change=set_kind>
                            {FundingKind::ALL
                                .iter()
                                .map(|&k| view! {
                                    <option value=k.key() prop:selected=move || source.with(|f| f.as_ref().is_some_and(|f| f.kind == k))>{k.label()}</option>
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label class="im-field">
                        <span>"Funder"</span>
                        <input
                            type="text"
                            prop:value=move || source.with(|f| f.as_ref().map(|f| f.name.clone()).unwrap_or_default())
                            on:change=set_name
                        />
                    </label>
                    <MoneyInput label="Amount".to_string() current=amount on_commit=set_amount />
                </div>
                <button type="button" class="danger" on:click=delete>
                    "Delete" <span class="visually-hidden">{move || format!(" “{}”", name())}</span>
                </button>
            </fieldset>
        </li>
    }
}
