//! The stakeholder report: one printable view of the whole plan for a
//! board, staff, families or the team, with "Copy as text". The words are
//! the model's (`Report::blocks`); screen, paper and text all use them.

use leptos::prelude::*;

use super::{money, today};
use crate::model::analysis::report::{
    build_report_with_years, Audience, ReportOptions, YEARS_TABLE_CAPTION,
};
use crate::model::printable::plain_text;
use crate::ui::printable::{Figure, Printable};
use crate::ui::progress::{live_progress, ProgressChart};
use crate::ui::state::{use_notices, use_plan};
use crate::web::clipboard;

#[component]
pub fn ReportView() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    let sig = plan.signal();
    let audience = RwSignal::new(Audience::default());
    let show_students = RwSignal::new(false);
    // This school's other years, when this browser keeps them: a section of
    // the report, with the chart drawn above its table.
    let years = live_progress();
    let blocks = Memo::new(move |_| {
        let options = ReportOptions {
            audience: audience.get(),
            show_student_names: show_students.get(),
            school_year: None,
            today: today(),
        };
        years.with(|years| {
            sig.with(|p| build_report_with_years(p, &options, years.as_ref()).blocks(&money))
        })
    });
    let copy = move |_| {
        let text = blocks.with_untracked(|b| plain_text(b));
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
            {move || {
                let figure = years.get().map(|progress| Figure {
                    before_table: YEARS_TABLE_CAPTION,
                    draw: ViewFn::from(move || {
                        view! { <ProgressChart progress=progress.clone() id="im-report-years" table=false /> }
                    }),
                });
                view! { <Printable blocks=blocks.get() class="im-report" figure /> }
            }}
        </div>
    }
}
