//! The Leptos app: shell, sections and the wiring between the plan signal and
//! the browser (autosave, import, export). Compiled for wasm32 only.

mod about;
mod app_update;
mod autosave;
pub mod banners;
pub mod controls;
mod data_page;
mod district;
mod file_sync;
mod header;
mod implementation;
mod import;
pub mod keyed;
pub mod matrix;
mod merge;
pub mod navigation;
pub mod on_demand;
mod plans;
pub mod printable;
pub mod progress;
pub mod roles;
pub mod services;
pub mod state;
pub mod undo;

use leptos::prelude::*;

use crate::places::Section;
use crate::storage::library::PlanId;
use crate::web::local_store::Loaded;
pub use about::AboutSection;
use autosave::{start_autosave, use_save_status, SaveStatus};
use banners::{LoadProblemBanner, NoticeRegion, StorageBanner, UndoToast};
pub use data_page::DataSection;
pub use district::DistrictSection;
use header::PlanHeader;
pub use implementation::ImplementationSection;
use import::{ImportFlow, PageDropZone};
use navigation::Navigation;
use on_demand::{on_demand, OnDemand, OnDemandView};
pub use plans::PlansSection;
use services::Services;
use state::PlanContext;

/// The performance mark set as the app's code first runs (scripts/bench.mjs).
pub const WASM_READY_MARK: &str = "planner:wasm-ready";

/// Wires the app: the browser's services are built here, once, and every
/// component takes them from context.
pub fn start() {
    // Start-up runs in three browser tasks, not in the one that instantiates the wasm: that
    // task, then opening the plan, then drawing the page. As one task it held a slow
    // Chromebook for about 60 ms at full speed (240 ms at Lighthouse's 4x), all of it
    // blocking time; the static shell from index.html shows meanwhile.
    // The wasm is compiled and instantiated here, before any of the app's own work.
    crate::web::mark(WASM_READY_MARK);
    wasm_bindgen_futures::spawn_local(async {
        crate::web::next_task().await;
        use crate::storage::library::{plan_in_query, query_with_plan};
        let query = crate::web::current_query();
        let opened = crate::web::local_store::open_at_start(plan_in_query(&query));
        // The open plan is fixed for the page's life (another plan opens in a page
        // of its own), so the services can hold it as a plain reference.
        let open: &'static PlanId = Box::leak(Box::new(opened.id));
        let named_in_url = query_with_plan(&query, open);
        let url_problem = (named_in_url != query)
            .then(|| crate::web::replace_query(&named_in_url).err())
            .flatten();
        let services = Services::browser(open);
        // A plan made just now is in hand; any other is read here, a task
        // before the drawing.
        let loaded = opened.made.unwrap_or_else(|| services.plan_store.load());
        crate::web::next_task().await;
        leptos::mount::mount_to_body(move || {
            provide_context(services);
            provide_context(StartNotes {
                missing_plan: opened.missing,
                url_problem,
            });
            view! { <App loaded /> }
        });
        // Same task as the mount: the browser paints either the static shell
        // from index.html or the app, never both and never neither.
        crate::web::remove_element("boot-shell");
    });
}

/// What start-up has to tell: the URL named a plan this browser does not
/// hold, or the address bar could not be made to name the open plan.
#[derive(Clone, Default)]
pub struct StartNotes {
    pub missing_plan: Option<String>,
    pub url_problem: Option<String>,
}

// Every section but the matrix arrives on demand: a first visit to the matrix fetches
// none of their code (see on_demand.rs). Plans, District, Data and About share one chunk:
// they share much of their file handling and the plan list (`web::plan_library`), and every
// chunk costs its own calls into the main module (measured: the whole build 7 KB smaller
// than with a chunk each for District, Data and About; Plans in a chunk of its own made
// 14 more shared chunks and the whole build 7 KB larger).
on_demand!(const PLANS in district_data_about = view! { <plans::PlansSection /> });
on_demand!(const ROLES in roles = view! { <roles::RolesSection /> });
on_demand!(const IMPLEMENTATION in implementation = view! { <implementation::ImplementationSection /> });
// The District store is provided here, inside the chunk, so its IndexedDB code stays there.
on_demand!(const DISTRICT in district_data_about = {
    provide_context(services::DistrictStore::browser());
    view! { <district::DistrictSection /> }
});
on_demand!(const DATA in district_data_about = view! { <DataSection /> });
on_demand!(const ABOUT in district_data_about = view! { <AboutSection /> });

impl Section {
    /// The section's code when it lives in a chunk of its own; `None` for the matrix.
    fn on_demand(self) -> Option<OnDemandView> {
        match self {
            Section::Matrix => None,
            Section::Plans => Some(PLANS),
            Section::Roles => Some(ROLES),
            Section::Implementation => Some(IMPLEMENTATION),
            Section::District => Some(DISTRICT),
            Section::Data => Some(DATA),
            Section::About => Some(ABOUT),
        }
    }

    /// The id of the section's own stylesheet in index.html, applied when it first opens.
    fn style(self) -> Option<&'static str> {
        match self {
            Section::Plans => Some("style-plans"),
            Section::Roles => Some("style-roles"),
            Section::Implementation => Some("style-implementation"),
            Section::District => Some("style-district"),
            Section::Matrix | Section::Data | Section::About => None,
        }
    }

    /// The section in a sentence: "Could not load the District section."
    fn what(self) -> &'static str {
        match self {
            Section::Plans => "the Plans section",
            Section::Matrix => "the leadership matrix",
            Section::Roles => "the Teacher-leader roles section",
            Section::Implementation => "the Implementation section",
            Section::District => "the District section",
            Section::Data => "the Data section",
            Section::About => "the About page",
        }
    }
}

/// What a section shows while its code arrives: its heading where the section's own heading
/// will be, so nothing moves when the content comes.
fn section_frame(section: Section) -> impl IntoView {
    view! {
        <section class="section-frame" aria-labelledby="section-frame-heading" aria-busy="true">
            <h2 id="section-frame-heading">{section.label()}</h2>
            <p class="section-frame-status" role="status">"Loading…"</p>
        </section>
    }
}

/// Provides what every section takes from context, the plan and the shell's
/// state over `services` (which the caller provides): `App` does this before
/// it shows a section, and a test before it mounts one section alone.
/// `revision` and `load_failed` are what loading the plan gave.
pub fn provide_app_contexts(
    plan: PlanContext,
    services: Services,
    revision: u64,
    load_failed: bool,
) -> Navigation {
    let notices = plan.notices();
    let navigation = Navigation::new(services.address, notices);
    let import = ImportFlow::new(navigation, services.plan_store);
    provide_context(plan);
    provide_context(notices);
    provide_context(SaveStatus::new(revision, services.plan_store));
    provide_context(navigation);
    provide_context(import);
    provide_context(file_sync::FileSync::start(
        plan,
        import,
        notices,
        services,
        load_failed,
    ));
    navigation
}

/// The whole app over the services in context. `loaded` is the open plan as
/// start-up read it; without it (a test's mount), the app reads it itself.
#[component]
pub fn App(#[prop(optional)] loaded: Option<Loaded>) -> impl IntoView {
    let services = services::use_services();
    let loaded = loaded.unwrap_or_else(|| services.plan_store.load());
    let plan = PlanContext::new(loaded.plan);
    let navigation =
        provide_app_contexts(plan, services, loaded.revision, loaded.problem.is_some());
    navigation.follow_address_bar();
    let notices = state::use_notices();
    start_autosave(plan, use_save_status(), notices);
    if let Some(notes) = use_context::<StartNotes>() {
        if let Some(named) = notes.missing_plan {
            notices.say(format!(
                "The plan in this link (\"{named}\") is not in this browser: it may have been deleted, or kept in another browser. Your most recent plan is open instead; see Plans for the others."
            ));
        }
        if let Some(problem) = notes.url_problem {
            notices.say(format!(
                "The address bar could not be set to name this plan: {problem}."
            ));
        }
    }
    undo::listen_for_undo_keys(plan, notices);

    // Moving within a section (`#matrix` to `#matrix/people`) keeps the section mounted.
    let section = Memo::new(move |_| navigation.section());
    // The window title and the h1 name the plan (the title helps with several tabs open).
    // Setting it costs several milliseconds on a slow CPU, so only when the
    // title changes, not on every edit elsewhere (the memo holds it back).
    let plan_title = Memo::new(move |_| plan.signal().with(|p| p.display_title().to_string()));
    Effect::new(move |_| {
        document().set_title(&format!("{} · STEM Leadership Planner", plan_title.read()));
    });

    view! {
        <PageDropZone>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <PlanHeader />
            <nav class="app-nav" aria-label="Sections">
                <ul>
                    {Section::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <li>
                                    <a
                                        href=s.link()
                                        aria-current=move || (section.get() == s).then_some("page")
                                    >
                                        {s.label()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <undo::UndoRedoButtons />
            </nav>
            <div class="banners">
                <LoadProblemBanner problem=loaded.problem />
                <StorageBanner />
                <app_update::UpdateBanner />
            </div>
            <main id="main" tabindex="-1">
                // The page's one h1: the plan, whose sections are the h2s below. Seen in
                // the header's title field, so here for headings navigation only.
                <h1 class="visually-hidden">{move || plan_title.get()}</h1>
                {move || {
                    let shown = section.get();
                    match shown.on_demand() {
                        None => view! { <matrix::MatrixSection /> }.into_any(),
                        Some(view) => {
                            view! {
                                <OnDemand
                                    view
                                    what=shown.what()
                                    style=shown.style()
                                    frame=move || section_frame(shown)
                                />
                            }
                                .into_any()
                        }
                    }
                }}
            </main>
            <UndoToast />
            <NoticeRegion />
        </PageDropZone>
    }
}
