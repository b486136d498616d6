//! The stakeholder report: one printable view of the whole plan for a
//! board, staff, families or the team, with "Copy as text".

use leptos::prelude::*;

use super::{money, today};
use crate::model::analysis::report::{build_report, Audience, Report, ReportOptions};
use crate::model::implementation::costs::ReviewState;
use crate::model::values::money::Cents;
use crate::ui::state::{use_notices, use_plan};
use crate::web::clipboard;

#[component]
pub fn ReportView() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    let sig = plan.signal();
    let audience = RwSignal::new(Audience::default());
    let show_students = RwSignal::new(false);
    let report = Memo::new(move |_| {
        let options = ReportOptions {
            audience: audience.get(),
            show_student_names: show_students.get(),
            school_year: None,
            today: today(),
        };
        sig.with(|p| build_report(p, &options))
    });
    let copy = move |_| {
        let text = report.with_untracked(|r| r.to_plain_text(&money));
        leptos::task::spawn_local(async move {
            match clipboard::write_text(&text).await {
                Ok(()) => notices.say("Copied the report as text."),
                Err(reason) => notices.say(format!("Could not copy the report: {reason}.")),
            }
        });
    };
    let print = move |_| {
        if window().print().is_err() {
            notices.say("This browser could not open its print dialog; use its Print menu.");
        }
    };
    view! {
        <div class="im-report-view">
            <div class="im-report-controls im-no-print" role="group" aria-label="Report options">
                <label class="im-field">
                    <span>"Audience"</span>
                    <select on:change=move |ev| {
                        if let Some(a) = Audience::from_key(&event_target_value(&ev)) {
                            audience.set(a);
                        }
                    }>
                        {Audience::ALL
                            .iter()
                            .map(|&a| view! { <option value=a.key() prop:selected=move || audience.get() == a>{a.label()}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label class="im-check">
                    <input
                        type="checkbox"
                        prop:checked=move || show_students.get()
                        on:change=move |ev| show_students.set(event_target_checked(&ev))
                    />
                    " Show student leaders’ names"
                </label>
                <button type="button" on:click=copy>"Copy as text"</button>
                <button type="button" class="primary" on:click=print>"Print"</button>
                <p class="im-muted">
                    {move || {
                        if audience.get().shows_notes() {
                            "This copy includes the team’s internal notes."
                        } else {
                            "Internal notes are left out of this copy."
                        }
                    }}
                </p>
            </div>
            {move || view! { <ReportBody report=report.get() /> }}
        </div>
    }
}

#[component]
fn ReportBody(report: Report) -> impl IntoView {
    let Report {
        title,
        organization,
        audience,
        leadership,
        teacher_roles,
        budget,
        progress,
        goals,
    } = report;
    let held: Vec<_> = leadership
        .roles
        .iter()
        .filter(|r| r.is_held())
        .cloned()
        .collect();
    let overall = leadership.overall;
    view! {
        <article class="im-report" aria-labelledby="im-report-title">
            <header class="im-report-head">
                <h3 id="im-report-title">{title}</h3>
                <p>
                    {(!organization.is_empty()).then(|| format!("{organization} · "))}
                    {format!("For: {}", audience.label())}
                    {today().map(|d| format!(" · {d}"))}
                </p>
            </header>

            <section class="im-report-part">
                <h4>"Who leads what"</h4>
                {if held.is_empty() {
                    view! { <p>"Nobody is named in the leadership matrix yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="im-report-cols">
                            {held
                                .into_iter()
                                .map(|r| {
                                    let who = r.holders_text();
                                    view! { <li><strong>{r.name} ": "</strong>{who}</li> }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
                {(overall.total() > 0)
                    .then(|| {
                        view! {
                            <p>
                                {format!(
                                    "Responsibilities in place: {} of {} ({}%).",
                                    overall.in_place,
                                    overall.total(),
                                    overall.percent_in_place(),
                                )}
                            </p>
                            <div class="im-report-table-wrap" tabindex="0" role="region" aria-label="Coverage by area">
                            <table class="im-report-table">
                                <caption class="visually-hidden">"Coverage by area"</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">"Area"</th>
                                        <th scope="col">"In place"</th>
                                        <th scope="col">"In progress"</th>
                                        {audience.shows_gaps().then(|| view! { <th scope="col">"Gaps"</th> })}
                                        <th scope="col">"Statements"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {leadership
                                        .coverage
                                        .iter()
                                        .map(|(area, t)| {
                                            view! {
                                                <tr>
                                                    <th scope="row">{area.clone()}</th>
                                                    <td>{t.in_place}</td>
                                                    <td>{t.in_progress}</td>
                                                    {audience.shows_gaps().then(|| view! { <td>{t.gap}</td> })}
                                                    <td>{t.total()}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                            </div>
                        }
                    })}
                {(!leadership.gaps.is_empty())
                    .then(|| {
                        let more = leadership.more_gaps;
                        view! {
                            <p class="im-report-sub">"Main gaps"</p>
                            <ul>
                                {leadership
                                    .gaps
                                    .iter()
                                    .map(|g| {
                                        view! {
                                            <li>
                                                {format!("{} ({}): {}", g.area, g.role, g.text)}
                                                {g.note.clone().map(|n| view! { <br /><em>{format!("Note: {n}")}</em> })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                                {(more > 0).then(|| view! { <li>{format!("and {more} more")}</li> })}
                            </ul>
                        }
                    })}
                {(!leadership.unheld_roles.is_empty())
                    .then(|| {
                        view! {
                            <p>
                                <strong>"Roles nobody holds yet: "</strong>
                                {leadership.unheld_roles.join(", ")}
                            </p>
                        }
                    })}
            </section>

            {(!teacher_roles.is_empty())
                .then(|| {
                    view! {
                        <section class="im-report-part">
                            <h4>"STEM teacher-leader roles"</h4>
                            <ul class="im-report-roles">
                                {teacher_roles
                                    .into_iter()
                                    .map(|r| {
                                        let mut facts: Vec<String> = Vec::new();
                                        facts.extend(r.career_stage.map(str::to_string));
                                        facts.extend(r.formality.map(str::to_string));
                                        if !r.spheres.is_empty() {
                                            facts.push(format!("Sphere: {}", r.spheres.join(", ")));
                                        }
                                        if !r.purposes.is_empty() {
                                            facts.push(format!("Purpose: {}", r.purposes.join(", ")));
                                        }
                                        let cost = r.cost.map(|c| {
                                            let rest = if r.cost_incomplete { " (not all of it priced yet)" } else { "" };
                                            format!("Cost: {}{rest}", money(c))
                                        });
                                        view! {
                                            <li>
                                                <strong>{r.title}</strong>
                                                {r.holder.map(|h| format!(" ({h})"))}
                                                {(!facts.is_empty()).then(|| view! { <br /><span>{facts.join("; ")}</span> })}
                                                {cost.map(|c| view! { <br /><span>{c}</span> })}
                                                {(!r.goals.is_empty()).then(|| view! { <br /><span>{format!("Goals: {}", r.goals.join("; "))}</span> })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}

            {budget
                .map(|b| {
                    let t = b.totals;
                    view! {
                        <section class="im-report-part">
                            <h4>{format!("Costs and funding, {}", b.school_year)}</h4>
                            <dl class="im-totals">
                                <div><dt>"Start-up costs"</dt><dd>{money(t.start_up)}</dd></div>
                                <div><dt>"Ongoing costs"</dt><dd>{money(t.ongoing)}</dd></div>
                                <div><dt>"Total costs"</dt><dd>{money(t.total_cost)}</dd></div>
                                <div><dt>"Funding"</dt><dd>{money(t.funding)}</dd></div>
                                {if t.surplus > Cents::ZERO {
                                    view! { <div><dt>"Funding beyond costs"</dt><dd>{money(t.surplus)}</dd></div> }.into_any()
                                } else {
                                    view! { <div class="im-gap"><dt>"Unfunded gap"</dt><dd>{money(t.gap)}</dd></div> }.into_any()
                                }}
                            </dl>
                            {(!b.funding.is_empty())
                                .then(|| {
                                    view! {
                                        <ul>
                                            {b
                                                .funding
                                                .into_iter()
                                                .map(|f| {
                                                    let name = if f.name.is_empty() { String::new() } else { format!(" {}", f.name) };
                                                    view! {
                                                        <li>
                                                            {format!("{}{name}: {}", f.kind.label(), money(f.amount))}
                                                            {f.note.map(|n| view! { <br /><em>{format!("Note: {n}")}</em> })}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                        </section>
                    }
                })}

            <section class="im-report-part">
                <h4>"Implementation progress"</h4>
                <p>
                    {format!(
                        "Actions done: {} of {} ({} in progress).",
                        progress.actions.done,
                        progress.actions.planned(),
                        progress.actions.in_progress,
                    )}
                    {(progress.overdue > 0).then(|| format!(" Past their target date: {}.", progress.overdue))}
                    {format!(
                        " Planning documents adopted: {} of {}.",
                        progress.documents.adopted,
                        progress.documents.total(),
                    )}
                </p>
                <ul class="im-report-cols">
                    {progress
                        .by_consideration
                        .iter()
                        .map(|(key, p)| view! { <li>{format!("{}: {} of {} done", key.label(), p.done, p.planned())}</li> })
                        .collect_view()}
                </ul>
                {(!progress.adopted_documents.is_empty())
                    .then(|| {
                        view! {
                            <p>
                                <strong>"Adopted: "</strong>
                                {progress.adopted_documents.join("; ")}
                            </p>
                        }
                    })}
                {(!progress.next_steps.is_empty())
                    .then(|| {
                        view! {
                            <p class="im-report-sub">"Next steps"</p>
                            <ul>
                                {progress
                                    .next_steps
                                    .into_iter()
                                    .map(|s| {
                                        let mut details = vec![s.status.label().to_string()];
                                        details.extend(s.owner);
                                        details.extend(s.target_date.map(|d| format!("by {d}")));
                                        view! {
                                            <li>
                                                {format!("{} ({})", s.text, details.join(", "))}
                                                {s.note.map(|n| view! { <br /><em>{format!("Note: {n}")}</em> })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
                {match progress.review {
                    Some(ReviewState::Due { date }) => Some(format!("The plan for sustainability was due for review on {date}.")),
                    Some(ReviewState::Upcoming { date }) => Some(format!("Next review of the plan for sustainability: {date}.")),
                    _ => None,
                }
                    .map(|text| view! { <p>{text}</p> })}
            </section>

            {(!goals.is_empty())
                .then(|| {
                    view! {
                        <section class="im-report-part">
                            <h4>"Goals"</h4>
                            <ul>
                                {goals
                                    .into_iter()
                                    .map(|g| {
                                        let roles = if g.is_pursued() {
                                            g.roles.join("; ")
                                        } else {
                                            "⚠ no teacher-leader role pursues this goal yet".to_string()
                                        };
                                        view! {
                                            <li>
                                                <strong>{g.title} ": "</strong>
                                                {roles}
                                                {g.note.map(|n| view! { <br /><em>{format!("Note: {n}")}</em> })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
        </article>
    }
}
