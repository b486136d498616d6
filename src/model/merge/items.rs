//! A plan as a list of items, each with its key (see `versions`), its hash,
//! and words for people: what the merge compares item by item.

use crate::model::implementation::{ActionStatus, CostPlan, DocumentStatus};
use crate::model::matrix::Matrix;
use crate::model::values::ids::PersonId;
use crate::model::values::text::short;
use crate::model::Plan;

use super::versions::{hash_of, PLAN_KEY};

/// Where a difference is shown, as the Compare view groups changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Group {
    /// The plan's title, organization, school year and review date.
    Plan,
    /// Matrix roles.
    Roles,
    /// Responsibility areas.
    Areas,
    /// A cell's statements (and the cell's N/A mark and lead-in), by names.
    Statements {
        area: String,
        role: String,
    },
    /// People and the roles they hold.
    People,
    TeacherRoles,
    Actions,
    Documents,
    Goals,
    /// Cost lines and funding.
    Costs,
}

impl Group {
    /// The heading people read.
    pub fn heading(&self) -> String {
        match self {
            Group::Plan => "The plan".into(),
            Group::Roles => "Roles".into(),
            Group::Areas => "Areas".into(),
            Group::Statements { area, role } => format!("{area} · {role}"),
            Group::People => "People and who holds which role".into(),
            Group::TeacherRoles => "Teacher-leader roles".into(),
            Group::Actions => "Actions".into(),
            Group::Documents => "Planning documents".into(),
            Group::Goals => "Goals".into(),
            Group::Costs => "Costs and funding".into(),
        }
    }
}

/// One item of a plan.
#[derive(Debug, Clone)]
pub(super) struct Item {
    pub key: String,
    pub hash: String,
    pub label: String,
    pub words: String,
    pub group: Group,
    /// Display order within the plan: group, then positions.
    pub rank: (u8, usize, usize, usize),
}

const WORDS: usize = 60;

/// An item's text in quotes, cut short: how the merge names what it shows.
pub(super) fn quoted(text: &str) -> String {
    format!("“{}”", short(text, WORDS))
}

fn with_owner(mut words: String, matrix: &Matrix, owner: &Option<PersonId>) -> String {
    if let Some(name) = matrix.owner_name(owner) {
        words.push_str(&format!(", owner {name}"));
    }
    words
}

fn with_note(mut words: String, note: &str) -> String {
    if !note.trim().is_empty() {
        words.push_str(&format!(", note {}", quoted(note)));
    }
    words
}

/// Every item of a plan, in display order.
pub(super) fn items(plan: &Plan) -> Vec<Item> {
    let mut items = Vec::new();
    let m = &plan.matrix;
    let review = &plan.implementation.sustainability.review_date;
    items.push(Item {
        key: PLAN_KEY.into(),
        hash: hash_of(&(&plan.title, &plan.organization, plan.school_year, review)),
        label: "The plan's title, organization and school year".into(),
        words: {
            let mut words = format!(
                "Title {}, district {}, school {}",
                quoted(&plan.title),
                quoted(&plan.organization.district),
                quoted(&plan.organization.school)
            );
            if let Some(year) = plan.school_year {
                words.push_str(&format!(", school year {year}"));
            }
            if let Some(date) = review {
                words.push_str(&format!(", costs reviewed by {date}"));
            }
            words
        },
        group: Group::Plan,
        rank: (0, 0, 0, 0),
    });
    for (i, role) in m.roles.iter().enumerate() {
        let mut words = quoted(&role.name);
        if !role.description.trim().is_empty() {
            words.push_str(&format!(" ({})", short(&role.description, WORDS)));
        }
        items.push(Item {
            key: format!("role:{}", role.id),
            hash: hash_of(role),
            label: format!("Role {}", quoted(&role.name)),
            words,
            group: Group::Roles,
            rank: (1, i, 0, 0),
        });
    }
    for (i, area) in m.areas.iter().enumerate() {
        items.push(Item {
            key: format!("area:{}", area.id),
            hash: hash_of(area),
            label: format!("Area {}", quoted(&area.name)),
            words: quoted(&area.name),
            group: Group::Areas,
            rank: (2, i, 0, 0),
        });
    }
    for (a, area) in m.areas.iter().enumerate() {
        for (r, role) in m.roles.iter().enumerate() {
            let Some(cell) = m.cell(&role.id, &area.id) else {
                continue;
            };
            let group = Group::Statements {
                area: area.name.clone(),
                role: role.name.clone(),
            };
            let place = format!("({}, {})", role.name, area.name);
            if cell.not_applicable || !cell.lead_in.is_empty() {
                items.push(Item {
                    key: format!("cell:{}/{}", role.id, area.id),
                    hash: hash_of(&(cell.not_applicable, &cell.lead_in)),
                    label: format!("Cell {place}"),
                    words: if cell.not_applicable {
                        "Not applicable".into()
                    } else {
                        format!("Lead-in {}", quoted(&cell.lead_in))
                    },
                    group: group.clone(),
                    rank: (3, a, r, 0),
                });
            }
            for (s, statement) in cell.statements.iter().enumerate() {
                let words = format!(
                    "{} in {place}: {}",
                    quoted(&statement.text),
                    statement.status.label()
                );
                items.push(Item {
                    key: format!("statement:{}", statement.id),
                    hash: hash_of(&(&cell.role, &cell.area, statement)),
                    label: format!("Statement {} {place}", quoted(&statement.text)),
                    words: with_note(with_owner(words, m, &statement.owner), &statement.note),
                    group: group.clone(),
                    rank: (3, a, r, s + 1),
                });
            }
        }
    }
    for (i, person) in m.people.iter().enumerate() {
        let mut words = person.name.clone();
        if !person.position.trim().is_empty() {
            words.push_str(&format!(", {}", person.position));
        }
        let held: Vec<&str> = person
            .roles
            .iter()
            .map(|r| m.role(r).map_or(r.as_str(), |role| role.name.as_str()))
            .collect();
        if !held.is_empty() {
            words.push_str(&format!("; holds {}", held.join(", ")));
        }
        items.push(Item {
            key: format!("person:{}", person.id),
            hash: hash_of(person),
            label: format!("Person {}", quoted(&person.name)),
            words,
            group: Group::People,
            rank: (4, i, 0, 0),
        });
    }
    for (i, role) in plan.teacher_roles.roles.iter().enumerate() {
        let mut words = quoted(role.display_title());
        if !role.holder.trim().is_empty() {
            words.push_str(&format!(", held by {}", role.holder));
        }
        if let Some(p) = role.leading_percent {
            words.push_str(&format!(", {p} % leading"));
        }
        if let Some(link) = &role.matrix_role {
            let name = m.role(link).map_or(link.as_str(), |r| r.name.as_str());
            words.push_str(&format!(", serves {name}"));
        }
        if !role.summary.trim().is_empty() {
            words.push_str(&format!(": {}", short(&role.summary, WORDS)));
        }
        items.push(Item {
            key: format!("teacher_role:{}", role.id),
            hash: hash_of(role),
            label: format!("Teacher-leader role {}", quoted(role.display_title())),
            words,
            group: Group::TeacherRoles,
            rank: (5, i, 0, 0),
        });
    }
    let implementation = &plan.implementation;
    for (c, (key, actions)) in implementation.considerations.iter().enumerate() {
        for (i, action) in actions.iter().enumerate() {
            let mut words = format!("{} under {}: {}", quoted(&action.text), key.label(), {
                let status: ActionStatus = action.status;
                status.label()
            });
            words = with_owner(words, m, &action.owner);
            if let Some(date) = &action.target_date {
                words.push_str(&format!(", by {date}"));
            }
            items.push(Item {
                key: format!("action:{}", action.id),
                hash: hash_of(&(key, action)),
                label: format!("Action {}", quoted(&action.text)),
                words: with_note(words, &action.note),
                group: Group::Actions,
                rank: (6, c, i, 0),
            });
        }
    }
    for (i, document) in implementation.documents.iter().enumerate() {
        let status: DocumentStatus = document.status;
        let mut words = format!("{}: {}", quoted(&document.title), status.label());
        words = with_owner(words, m, &document.owner);
        if !document.location.trim().is_empty() {
            words.push_str(&format!(", at {}", short(&document.location, WORDS)));
        }
        if let Some(date) = &document.last_reviewed {
            words.push_str(&format!(", reviewed {date}"));
        }
        items.push(Item {
            key: format!("document:{}", document.id),
            hash: hash_of(document),
            label: format!("Document {}", quoted(&document.title)),
            words: with_note(words, &document.note),
            group: Group::Documents,
            rank: (7, i, 0, 0),
        });
    }
    for (i, goal) in implementation.goals.iter().enumerate() {
        let mut words = quoted(&goal.title);
        let roles: Vec<&str> = goal
            .roles
            .iter()
            .map(|id| {
                plan.teacher_roles
                    .get(id)
                    .map_or(id.as_str(), |r| r.display_title())
            })
            .collect();
        if !roles.is_empty() {
            words.push_str(&format!(", pursued by {}", roles.join(", ")));
        }
        items.push(Item {
            key: format!("goal:{}", goal.id),
            hash: hash_of(goal),
            label: format!("Goal {}", quoted(&goal.title)),
            words: with_note(words, &goal.note),
            group: Group::Goals,
            rank: (8, i, 0, 0),
        });
    }
    for (y, year) in implementation.sustainability.years.iter().enumerate() {
        cost_items(plan, year, y, &mut items);
    }
    items
}

fn cost_items(plan: &Plan, year: &CostPlan, y: usize, items: &mut Vec<Item>) {
    let school_year = year.school_year;
    let role_title = |id| {
        plan.teacher_roles
            .get(id)
            .map_or_else(|| format!("{id}"), |r| r.display_title().to_string())
    };
    for (i, line) in year.role_lines.iter().enumerate() {
        let title = role_title(&line.role);
        let words = format!(
            "{} for {}: {} {} × {} people, {}",
            quoted(&title),
            school_year,
            line.basis.label(),
            line.basis.entered_amount().to_plain_string(),
            line.people,
            line.timing.label()
        );
        items.push(Item {
            key: format!("cost_line:{school_year}/{}", line.id),
            hash: hash_of(&("role", line)),
            label: format!("Cost line {} ({school_year})", quoted(&title)),
            words: with_note(words, &line.note),
            group: Group::Costs,
            rank: (9, y, 0, i),
        });
    }
    for (i, line) in year.other_lines.iter().enumerate() {
        let words = format!(
            "{} {} for {}: {}, {}",
            line.kind.label(),
            quoted(&line.description),
            school_year,
            line.amount.to_plain_string(),
            line.timing.label()
        );
        items.push(Item {
            key: format!("cost_line:{school_year}/{}", line.id),
            hash: hash_of(&("other", line)),
            label: format!("Cost line {} ({school_year})", quoted(&line.description)),
            words: with_note(words, &line.note),
            group: Group::Costs,
            rank: (9, y, 1, i),
        });
    }
    for (i, funding) in year.funding.iter().enumerate() {
        let words = format!(
            "{} {} for {}: {}",
            funding.kind.label(),
            quoted(&funding.name),
            school_year,
            funding.amount.to_plain_string()
        );
        items.push(Item {
            key: format!("funding:{school_year}/{}", funding.id),
            hash: hash_of(funding),
            label: format!("Funding {} ({school_year})", quoted(&funding.name)),
            words: with_note(words, &funding.note),
            group: Group::Costs,
            rank: (9, y, 2, i),
        });
    }
}
