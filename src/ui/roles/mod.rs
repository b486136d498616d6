//! Teacher-leader roles: a portfolio of role cards, a template picker, an
//! editor grouped by the source's dimensions (with its guidance as help
//! text), an overview of the portfolio's spread, and a printable role
//! description that can also be copied as plain text.
//!
//! The selected role is kept in the URL (`#roles/tl-2`) so reload keeps it.

mod description;
pub mod editor;
mod overview;
mod portfolio;

use leptos::prelude::*;

use crate::model::edit::Applied;
use crate::model::teacher_roles::{RoleChange, TeacherRole, TeacherRoleEdit};
use crate::model::values::ids::TeacherRoleId;
use crate::places::Place;
use crate::ui::navigation::use_navigation;
use crate::ui::state::{use_plan, PlanContext};

use description::RoleDescription;
use editor::RoleEditor;
use overview::PortfolioOverview;
use portfolio::{Portfolio, TemplatePicker};

/// A role in the plan, by id: reads are tracked, edits go through the plan
/// context. Copy, so every event handler can hold one.
#[derive(Clone, Copy)]
pub struct RoleHandle {
    plan: PlanContext,
    id: StoredValue<TeacherRoleId>,
}

impl RoleHandle {
    pub fn new(plan: PlanContext, id: TeacherRoleId) -> Self {
        RoleHandle {
            plan,
            id: StoredValue::new(id),
        }
    }

    pub fn id(&self) -> TeacherRoleId {
        self.id.get_value()
    }

    /// Reads the role (tracked). `None` once it is gone.
    pub fn with<T>(&self, read: impl FnOnce(&TeacherRole) -> T) -> Option<T> {
        let id = self.id.get_value();
        self.plan
            .signal()
            .with(|p| p.teacher_roles.get(&id).map(read))
    }

    /// A memo of one value of the role, so a view updates only when it changes.
    pub fn memo<T: PartialEq + Clone + Send + Sync + Default + 'static>(
        &self,
        read: impl Fn(&TeacherRole) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let this = *self;
        Memo::new(move |_| this.with(&read).unwrap_or_default())
    }

    /// Changes the role as one undoable action, named by the change and the
    /// role's title ("set career stage of STEM coach"). `Some` when it changed.
    pub fn apply(&self, change: RoleChange) -> Option<Applied> {
        self.plan.apply(TeacherRoleEdit::Change {
            id: self.id.get_value(),
            change,
        })
    }
}

/// Which view of the selected role is shown.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Pane {
    Edit,
    Description,
}

pub(crate) use crate::web::focus_later;

#[component]
pub fn RolesSection() -> impl IntoView {
    let plan = use_plan();
    let navigation = use_navigation();
    // The role in the place (`#roles/tl-2`), so Back returns to the one before;
    // any other section's place leaves the last role chosen.
    let chosen = Memo::new(move |shown: Option<&Option<TeacherRoleId>>| {
        navigation.with(|place| match place {
            Place::Roles(role) => role.clone(),
            _ => shown.cloned().flatten(),
        })
    });
    let pane = RwSignal::new(Pane::Edit);
    // The selected role: the chosen one while it exists, else the first.
    let selected = Memo::new(move |_| {
        let chosen = chosen.get();
        plan.signal().with(|p| {
            let roles = &p.teacher_roles;
            chosen
                .filter(|id| roles.get(id).is_some())
                .or_else(|| roles.roles.first().map(|r| r.id.clone()))
        })
    });
    let select = Callback::new(move |id: TeacherRoleId| {
        navigation.replace(Place::Roles(Some(id)));
    });
    let open = Callback::new(move |(id, to): (TeacherRoleId, Pane)| {
        navigation.replace(Place::Roles(Some(id)));
        pane.set(to);
    });

    view! {
        <section class="tl" aria-labelledby="tl-heading">
            <h2 id="tl-heading">"Teacher-leader roles"</h2>
            <p class="tl-lead">
                "Describe the STEM teacher-leader roles your school or district plans: who leads, at what career stage, how formally, where their influence reaches, and for what purpose. Start from one of the six example roles of the source or from a blank role."
            </p>
            <div class="tl-layout">
                <div class="tl-side">
                    <TemplatePicker on_added=open />
                    <Portfolio selected=selected on_select=select on_open=open />
                </div>
                <div class="tl-main">
                    {move || match selected.get() {
                        None => {
                            view! {
                                <div class="tl-empty">
                                    <h3>"No roles yet"</h3>
                                    <p>
                                        "Add a role from an example or a blank role to start. Each role you add appears as a card; select a card to edit it."
                                    </p>
                                </div>
                            }
                                .into_any()
                        }
                        Some(id) => {
                            let role = RoleHandle::new(plan, id);
                            match pane.get() {
                                Pane::Edit => {
                                    view! {
                                        <RoleEditor
                                            role=role
                                            on_describe=move |_| pane.set(Pane::Description)
                                        />
                                    }
                                        .into_any()
                                }
                                Pane::Description => {
                                    view! {
                                        <RoleDescription role=role on_back=move |_| pane.set(Pane::Edit) />
                                    }
                                        .into_any()
                                }
                            }
                        }
                    }}
                </div>
            </div>
            <PortfolioOverview />
        </section>
    }
}
