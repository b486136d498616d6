//! The stakeholder report: one printable view of the whole plan for a
//! board, staff, families or the team, with "Copy as text". The words are
//! the model's (`Report::blocks`); screen, paper and text all use them.

use leptos::prelude::*;

use super::{money, today};
use crate::model::analysis::report::{build_report, Audience, ReportOptions};
use crate::model::printable::plain_text;
use crate::ui::printable::Printable;
use crate::ui::state::{use_notices, use_plan};
use crate::web::clipboard;

#[component]
pub fn ReportView() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    let sig = plan.signal();
    let audience = RwSignal::new(Audience::default());
    let show_students = RwSignal::new(false);
    let blocks = Memo::new(move |_| {
        let options = ReportOptions {
            audience: audience.get(),
            show_student_names: show_students.get(),
            school_year: None,
            today: today(),
        };
        sig.with(|p| build_report(p, &options).blocks(&money))
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
            {move || view! { <Printable blocks=blocks.get() class="im-report" /> }}
        </div>
    }
}
