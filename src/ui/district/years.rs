//! Progress over the years: for each school whose opened plans cover two
//! school years or more (one lineage), its chart of the share in place,
//! overall and per area (`progress::by_lineage`).

use leptos::prelude::*;

use super::use_district;
use crate::model::analysis::progress::by_lineage;
use crate::ui::matrix::dom_id;
use crate::ui::progress::ProgressChart;

#[component]
pub fn YearsPanel() -> impl IntoView {
    let state = use_district();
    // Made once the files are read (the opened plans change only then);
    // while they are read, the charts shown stay.
    let schools = Memo::new(move |shown: Option<&Vec<_>>| {
        if state.is_reading() {
            return shown.cloned().unwrap_or_default();
        }
        state
            .opened
            .with(|opened| by_lineage(opened.iter().map(|o| o.plan.as_ref())))
    });
    move || {
        let schools = schools.get();
        (!schools.is_empty()).then(|| {
            let charts = schools
                .into_iter()
                .map(|(lineage, progress)| {
                    let id = dom_id("dt-years", &[lineage.as_str()]);
                    let heading = format!("{id}-heading");
                    let labelled_by = heading.clone();
                    let years = progress.years.len();
                    view! {
                        <section class="dt-years-school" aria-labelledby=labelled_by>
                            <h4 id=heading>
                                {progress.school.clone()}
                                <span class="dt-muted">{format!(" ({years} school years)")}</span>
                            </h4>
                            <ProgressChart progress id />
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section class="dt-years" aria-labelledby="dt-years-heading">
                    <h3 id="dt-years-heading">"Progress over the years"</h3>
                    <p class="dt-muted">
                        "Schools whose opened plans cover two school years or more: the share of statements in place, overall and per responsibility area."
                    </p>
                    {charts}
                </section>
            }
        })
    }
}
