//! The leadership matrix section: the grid as published (areas as rows,
//! roles as columns), a role's job description, an area's view, the people
//! who hold the roles, a summary, and the editing of roles and areas.
//!
//! Views read the plan through memos so an edit re-renders only what changed;
//! all editing of statements happens in one cell editor (`editor.rs`).

mod editor;
mod find;
mod grid;
mod people;
mod structure;
mod summary;
mod views;

pub use summary::CoverageTable;
pub use views::StatementList;

use leptos::prelude::*;

use super::controls::tab_after_key;
use super::navigation::{use_navigation, Navigation};
use super::on_demand::{loading_frame, on_demand, OnDemand, OnDemandView};
use super::state::{use_plan, MatrixSignal};
use crate::model::matrix::{Filter, Status};
use crate::model::values::ids::{AreaId, RoleId};

/// The section's views, shown as tabs; each is a place (`#matrix/by-role`).
pub use crate::places::MatrixView as View;
use crate::places::Place;

impl View {
    fn shows_statements(self) -> bool {
        matches!(self, View::Grid | View::ByRole | View::ByArea)
    }
}

/// A cell, by role id and area id.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CellKey {
    pub role: RoleId,
    pub area: AreaId,
}

/// The section's own state: not part of the plan, not saved.
#[derive(Clone, Copy)]
pub struct MatrixUi {
    pub view: Memo<View>,
    navigation: Navigation,
    pub find_text: RwSignal<String>,
    pub find_status: RwSignal<Option<Status>>,
    pub filter: Memo<Filter>,
    /// `filter` as the cells follow it, a batch of cells per task.
    pub find: find::FindBatches,
    /// The cell open in the editor.
    pub editing: RwSignal<Option<CellKey>>,
    role_pick: RwSignal<Option<RoleId>>,
    area_pick: RwSignal<Option<AreaId>>,
    /// The role shown by "By role" and by the grid on narrow screens:
    /// the picked one while it exists, else the first.
    pub role: Memo<Option<RoleId>>,
    pub area: Memo<Option<AreaId>>,
    /// The plan's matrix, for the views to read: it notifies them only
    /// when the matrix changes, so typing the plan title or in another
    /// section re-runs none of the per-cell memos (hundreds in a big plan).
    pub matrix: MatrixSignal,
}

impl MatrixUi {
    /// Switches the view and keeps it in the URL (`#matrix/summary`).
    pub fn show(&self, view: View) {
        self.navigation.replace(Place::Matrix(view));
    }

    fn new() -> Self {
        let matrix = use_plan().matrix();
        let navigation = use_navigation();
        let find_text = RwSignal::new(String::new());
        let find_status = RwSignal::new(None);
        // Trimmed and lowered here, so a key that does not change what Find
        // looks for (a space, a capital) reaches none of the cells.
        let filter = Memo::new(move |_| Filter {
            text: find_text.with(|text| text.trim().to_lowercase()),
            status: find_status.get(),
        });
        let role_pick = RwSignal::new(None::<RoleId>);
        let area_pick = RwSignal::new(None::<AreaId>);
        let role = Memo::new(move |_| {
            let pick = role_pick.get();
            matrix.with(|m| {
                let roles = &m.roles;
                pick.filter(|id| roles.iter().any(|r| r.id == *id))
                    .or_else(|| roles.first().map(|r| r.id.clone()))
            })
        });
        let area = Memo::new(move |_| {
            let pick = area_pick.get();
            matrix.with(|m| {
                let areas = &m.areas;
                pick.filter(|id| areas.iter().any(|a| a.id == *id))
                    .or_else(|| areas.first().map(|a| a.id.clone()))
            })
        });
        MatrixUi {
            // The view is the place's, so links, Back and Forward show it;
            // any other section's place leaves the last view shown.
            view: Memo::new(move |shown: Option<&View>| {
                navigation.with(|place| match place {
                    Place::Matrix(view) => *view,
                    _ => shown.copied().unwrap_or(View::Grid),
                })
            }),
            navigation,
            find_text,
            find_status,
            filter,
            find: find::FindBatches::follow(filter),
            editing: RwSignal::new(None),
            role_pick,
            area_pick,
            role,
            area,
            matrix,
        }
    }

    pub fn pick_role(&self, id: RoleId) {
        self.role_pick.set(Some(id));
    }

    pub fn pick_area(&self, id: AreaId) {
        self.area_pick.set(Some(id));
    }

    pub fn open_editor(&self, role: &RoleId, area: &AreaId) {
        self.editing.set(Some(CellKey {
            role: role.clone(),
            area: area.clone(),
        }));
    }

    /// Closes the editor and puts focus back on the cell's edit button.
    pub fn close_editor(&self) {
        if let Some(key) = self.editing.get_untracked() {
            self.editing.set(None);
            focus_now(&edit_button_id(&key.role, &key.area));
        }
    }
}

pub fn use_matrix_ui() -> MatrixUi {
    expect_context::<MatrixUi>()
}

/// A DOM id from arbitrary ids: hex keeps it valid and unique.
pub fn dom_id(prefix: &str, parts: &[&str]) -> String {
    let mut id = String::from(prefix);
    for part in parts {
        id.push('-');
        for byte in part.bytes() {
            id.push_str(&format!("{byte:02x}"));
        }
    }
    id
}

pub fn edit_button_id(role: &RoleId, area: &AreaId) -> String {
    dom_id("mx-edit", &[role.as_str(), area.as_str()])
}

pub use crate::web::{focus_later, focus_now};

/// Role ids in column order. Views key their rows and columns on this, so
/// they re-render only when roles are added, removed or moved.
pub fn role_ids(matrix: MatrixSignal) -> Memo<Vec<RoleId>> {
    Memo::new(move |_| matrix.with(|m| m.roles.iter().map(|r| r.id.clone()).collect()))
}

/// Area ids in row order (see `role_ids`).
pub fn area_ids(matrix: MatrixSignal) -> Memo<Vec<AreaId>> {
    Memo::new(move |_| matrix.with(|m| m.areas.iter().map(|a| a.id.clone()).collect()))
}

/// The matrix section. Takes the plan from context.
#[component]
pub fn MatrixSection() -> impl IntoView {
    let ui = MatrixUi::new();
    provide_context(ui);
    let editing = Memo::new(move |_| ui.editing.with(Option::is_some));
    // The heading and the introduction come with the page; the tabs, the tools and the grid
    // in the next task, so the start-up task (the page's one long task) is shorter and the
    // introduction is painted sooner.
    let body_shown = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::web::next_task().await;
        body_shown.try_set(true);
    });
    view! {
        <section class="mx" aria-labelledby="mx-heading">
            <h2 id="mx-heading">"Leadership matrix"</h2>
            <p class="mx-intro">
                "Who leads what in STEM, from the “Leadership Roles and Responsibilities” tool: roles (columns) by responsibility areas (rows). Mark each responsibility in place, in progress or a gap, name its owner, and adapt the table to your district."
            </p>
            <Show when=move || body_shown.get()>
            <ViewTabs />
            <Show when=move || ui.view.get().shows_statements()>
                <FindBar />
            </Show>
            <div
                class="mx-panel"
                role="tabpanel"
                id="mx-panel"
                aria-labelledby=move || format!("mx-tab-{}", ui.view.get().key())
            >
                {move || {
                    let shown = ui.view.get();
                    match shown.on_demand() {
                        None => view! { <grid::GridView /> }.into_any(),
                        Some(view) => {
                            view! { <OnDemand view what=shown.what() frame=loading_frame /> }
                                .into_any()
                        }
                    }
                }}
            </div>
            // The cell editor's code arrives when a cell is first opened; it follows the
            // cell being edited itself, so this only mounts and unmounts it.
            {move || {
                editing.get().then(|| {
                    view! { <OnDemand view=CELL_EDITOR what="the cell editor" frame=loading_frame /> }
                })
            }}
            </Show>
        </section>
    }
}

// Only the grid comes with the first load; the other views and the cell editor arrive when
// first opened (see ui/on_demand.rs), in one chunk: they share much of their code, and each
// chunk costs its own calls into the main module.
on_demand!(const BY_ROLE in matrix_more = view! { <views::ByRoleView /> });
on_demand!(const BY_AREA in matrix_more = view! { <views::ByAreaView /> });
on_demand!(const PEOPLE in matrix_more = view! { <people::PeoplePanel /> });
on_demand!(const SUMMARY in matrix_more = view! { <summary::SummaryPanel /> });
on_demand!(const STRUCTURE in matrix_more = view! { <structure::StructurePanel /> });
on_demand!(const CELL_EDITOR in matrix_more = view! { <editor::CellEditor /> });

impl View {
    /// The view's code when it arrives on demand; `None` for the grid.
    fn on_demand(self) -> Option<OnDemandView> {
        match self {
            View::Grid => None,
            View::ByRole => Some(BY_ROLE),
            View::ByArea => Some(BY_AREA),
            View::People => Some(PEOPLE),
            View::Summary => Some(SUMMARY),
            View::Structure => Some(STRUCTURE),
        }
    }

    /// The view in a sentence: "Could not load the People view."
    fn what(self) -> &'static str {
        match self {
            View::Grid => "the grid",
            View::ByRole => "the By role view",
            View::ByArea => "the By area view",
            View::People => "the People view",
            View::Summary => "the Summary view",
            View::Structure => "the Roles & areas view",
        }
    }
}

/// Tabs that switch the view; arrow keys move between them.
#[component]
fn ViewTabs() -> impl IntoView {
    let ui = use_matrix_ui();
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if let Some(view) = tab_after_key(View::ALL, ui.view.get_untracked(), &ev.key()) {
            ev.prevent_default();
            ui.show(view);
            focus_now(&format!("mx-tab-{}", view.key()));
        }
    };
    view! {
        <div class="mx-tabs" role="tablist" aria-label="Matrix views" on:keydown=on_key>
            {View::ALL
                .iter()
                .map(|&v| {
                    let selected = move || ui.view.get() == v;
                    view! {
                        <button
                            type="button"
                            role="tab"
                            id=format!("mx-tab-{}", v.key())
                            aria-controls="mx-panel"
                            aria-selected=move || if selected() { "true" } else { "false" }
                            tabindex=move || if selected() { "0" } else { "-1" }
                            on:click=move |_| ui.show(v)
                        >
                            {v.label()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Text and status filter for the statement views, with a count.
#[component]
fn FindBar() -> impl IntoView {
    let ui = use_matrix_ui();
    let counts = Memo::new(move |_| {
        let filter = ui.filter.get();
        ui.matrix
            .with(|m| (m.count_matching(&filter), m.statement_count()))
    });
    view! {
        <div class="mx-find" role="search" aria-label="Find statements">
            <label class="mx-field">
                <span>"Find text"</span>
                <input
                    type="search"
                    prop:value=move || ui.find_text.get()
                    on:input=move |ev| ui.find_text.set(event_target_value(&ev))
                    placeholder="e.g. budget"
                />
            </label>
            <label class="mx-field">
                <span>"Show status"</span>
                <select
                    prop:value=move || ui.find_status.get().map(Status::key).unwrap_or("all")
                    on:change=move |ev| ui.find_status.set(Status::from_key(&event_target_value(&ev)))
                >
                    <option value="all">"All statuses"</option>
                    {Status::ALL
                        .iter()
                        .map(|s| view! { <option value=s.key()>{s.label()}</option> })
                        .collect_view()}
                </select>
            </label>
            <Show when=move || ui.filter.with(Filter::is_active)>
                <button
                    type="button"
                    on:click=move |_| {
                        ui.find_text.set(String::new());
                        ui.find_status.set(None);
                    }
                >
                    "Clear find"
                </button>
            </Show>
            <p class="mx-find-count" role="status">
                {move || {
                    let (shown, all) = counts.get();
                    if ui.filter.with(Filter::is_active) {
                        format!("{shown} of {all} statements match")
                    } else {
                        format!("{all} statements")
                    }
                }}
            </p>
        </div>
    }
}

/// Status shown by icon and words, never by color alone.
#[component]
pub fn StatusBadge(status: Status, #[prop(optional)] compact: bool) -> impl IntoView {
    let class = format!("mx-badge mx-st-{}", status.key());
    if compact {
        view! {
            <span class=class title=status.label()>
                <span aria-hidden="true">{status.icon()}</span>
                <span class="visually-hidden">{format!("{}: ", status.label())}</span>
            </span>
        }
        .into_any()
    } else {
        view! {
            <span class=class>
                <span aria-hidden="true">{status.icon()}</span>
                " "
                {status.label()}
            </span>
        }
        .into_any()
    }
}

/// The four statuses with their icon and color.
#[component]
pub fn Legend() -> impl IntoView {
    view! {
        <ul class="mx-legend" aria-label="Status legend">
            {Status::ALL
                .iter()
                .map(|&s| view! { <li class=format!("mx-st-{}", s.key())><StatusBadge status=s /></li> })
                .collect_view()}
        </ul>
    }
}
