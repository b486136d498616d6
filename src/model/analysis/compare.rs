//! Two plans compared (two schools, or this year's file against last year's):
//! what a reader of the later plan needs to know changed, in names rather
//! than ids, grouped by area and role for display. Pure.
//!
//! Statements are matched by id. A statement whose id is gone but whose
//! text (case and spacing ignored) appears under a new id is "moved", not
//! removed and added: copying a statement to another cell and deleting the
//! original gives it a new id.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::model::analysis::district::normalize;
use crate::model::matrix::{Matrix, Statement, Status};
use crate::model::values::ids::{AreaId, PersonId, RoleId, StatementId};
use crate::model::Plan;

/// Something with a name that was added, removed or renamed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameChange {
    Added(String),
    Removed(String),
    Renamed { before: String, after: String },
}

impl fmt::Display for NameChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameChange::Added(name) => write!(f, "Added \"{name}\""),
            NameChange::Removed(name) => write!(f, "Removed \"{name}\""),
            NameChange::Renamed { before, after } => {
                write!(f, "Renamed \"{before}\" to \"{after}\"")
            }
        }
    }
}

/// A change to one matrix statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatementChange {
    Added {
        text: String,
    },
    Removed {
        text: String,
    },
    Reworded {
        before: String,
        after: String,
    },
    /// Now in this group; `from` names where it was ("Area · Role").
    Moved {
        text: String,
        from: String,
    },
    Status {
        text: String,
        before: Status,
        after: Status,
    },
    Owner {
        text: String,
        before: Option<String>,
        after: Option<String>,
    },
}

impl fmt::Display for StatementChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatementChange::Added { text } => write!(f, "Added: \"{text}\""),
            StatementChange::Removed { text } => write!(f, "Removed: \"{text}\""),
            StatementChange::Reworded { before, after } => {
                write!(f, "Reworded: \"{before}\" is now \"{after}\"")
            }
            StatementChange::Moved { text, from } => {
                write!(f, "Moved here from {from}: \"{text}\"")
            }
            StatementChange::Status {
                text,
                before,
                after,
            } => write!(f, "\"{text}\": {} → {}", before.label(), after.label()),
            StatementChange::Owner {
                text,
                before,
                after,
            } => {
                let name = |who: &Option<String>| who.clone().unwrap_or_else(|| "nobody".into());
                write!(f, "\"{text}\": owner {} → {}", name(before), name(after))
            }
        }
    }
}

/// The statement changes of one cell, labelled by the later plan's names
/// (the earlier plan's when the area or role is gone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementGroup {
    pub area: String,
    pub role: String,
    pub changes: Vec<StatementChange>,
}

/// Who holds a matrix role now that did not, and who no longer does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolderChange {
    pub role: String,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl fmt::Display for HolderChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:", self.role)?;
        if !self.added.is_empty() {
            write!(f, " now held by {}", self.added.join(", "))?;
        }
        if !self.added.is_empty() && !self.removed.is_empty() {
            write!(f, ";")?;
        }
        if !self.removed.is_empty() {
            write!(f, " no longer held by {}", self.removed.join(", "))?;
        }
        Ok(())
    }
}

/// Everything that differs from `before` to `after`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Matrix roles (rows) added, removed or renamed.
    pub roles: Vec<NameChange>,
    /// Responsibility areas (columns) added, removed or renamed.
    pub areas: Vec<NameChange>,
    /// Statement changes by area, then role, in the later plan's order.
    pub statements: Vec<StatementGroup>,
    pub people: Vec<NameChange>,
    pub holders: Vec<HolderChange>,
    /// Teacher-leader roles added, removed or retitled.
    pub teacher_roles: Vec<NameChange>,
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        self.roles.is_empty()
            && self.areas.is_empty()
            && self.statements.is_empty()
            && self.people.is_empty()
            && self.holders.is_empty()
            && self.teacher_roles.is_empty()
    }

    /// Every statement change, wherever it is grouped.
    pub fn statement_changes(&self) -> impl Iterator<Item = &StatementChange> {
        self.statements.iter().flat_map(|g| g.changes.iter())
    }
}

/// Compares two plans: what changed from `before` to `after`.
pub fn compare(before: &Plan, after: &Plan) -> Comparison {
    let (a, b) = (&before.matrix, &after.matrix);
    Comparison {
        roles: name_changes(
            a.roles.iter().map(|r| (&r.id, r.name.as_str())),
            b.roles.iter().map(|r| (&r.id, r.name.as_str())),
        ),
        areas: name_changes(
            a.areas.iter().map(|x| (&x.id, x.name.as_str())),
            b.areas.iter().map(|x| (&x.id, x.name.as_str())),
        ),
        statements: statement_groups(a, b),
        people: name_changes(
            a.people.iter().map(|p| (&p.id, p.name.as_str())),
            b.people.iter().map(|p| (&p.id, p.name.as_str())),
        ),
        holders: holder_changes(a, b),
        teacher_roles: name_changes(
            before
                .teacher_roles
                .roles
                .iter()
                .map(|r| (&r.id, r.display_title())),
            after
                .teacher_roles
                .roles
                .iter()
                .map(|r| (&r.id, r.display_title())),
        ),
    }
}

/// Matches by id: removed (in `before` order), then added and renamed (in
/// `after` order).
fn name_changes<'a, Id: Eq + std::hash::Hash + 'a>(
    before: impl Iterator<Item = (&'a Id, &'a str)>,
    after: impl Iterator<Item = (&'a Id, &'a str)>,
) -> Vec<NameChange> {
    let before: Vec<(&Id, &str)> = before.collect();
    let after: Vec<(&Id, &str)> = after.collect();
    let before_names: HashMap<&Id, &str> = before.iter().copied().collect();
    let after_ids: HashSet<&Id> = after.iter().map(|(id, _)| *id).collect();
    let mut changes: Vec<NameChange> = before
        .iter()
        .filter(|(id, _)| !after_ids.contains(id))
        .map(|(_, name)| NameChange::Removed(name.to_string()))
        .collect();
    for (id, name) in &after {
        match before_names.get(id) {
            None => changes.push(NameChange::Added(name.to_string())),
            Some(old) if old != name => changes.push(NameChange::Renamed {
                before: old.to_string(),
                after: name.to_string(),
            }),
            Some(_) => {}
        }
    }
    changes
}

/// Where a statement is: its cell's ids, and the statement.
struct Located<'m> {
    area: &'m AreaId,
    role: &'m RoleId,
    statement: &'m Statement,
}

fn statements_of(matrix: &Matrix) -> Vec<Located<'_>> {
    let mut found = Vec::new();
    for area in &matrix.areas {
        for role in &matrix.roles {
            if let Some(cell) = matrix.cell(&role.id, &area.id) {
                found.extend(cell.statements.iter().map(|statement| Located {
                    area: &area.id,
                    role: &role.id,
                    statement,
                }));
            }
        }
    }
    found
}

fn statement_groups(a: &Matrix, b: &Matrix) -> Vec<StatementGroup> {
    let old = statements_of(a);
    let new = statements_of(b);
    let old_by_id: HashMap<&StatementId, &Located> =
        old.iter().map(|l| (&l.statement.id, l)).collect();
    let new_ids: HashSet<&StatementId> = new.iter().map(|l| &l.statement.id).collect();

    // Statements whose id is gone, by their normalized text, to find moves.
    let mut gone_by_text: HashMap<String, Vec<&Located>> = HashMap::new();
    for located in &old {
        if !new_ids.contains(&located.statement.id) {
            gone_by_text
                .entry(normalize(&located.statement.text))
                .or_default()
                .push(located);
        }
    }
    let mut moved_away: HashSet<&StatementId> = HashSet::new();

    let label = |area: &AreaId, role: &RoleId| -> (String, String) {
        let area_name = b
            .area(area)
            .or_else(|| a.area(area))
            .map(|x| x.name.clone())
            .unwrap_or_else(|| area.to_string());
        let role_name = b
            .role(role)
            .or_else(|| a.role(role))
            .map(|r| r.name.clone())
            .unwrap_or_else(|| role.to_string());
        (area_name, role_name)
    };
    let mut groups: Groups = Vec::new();

    for now in &new {
        let statement = now.statement;
        let earlier = match old_by_id.get(&statement.id) {
            Some(earlier) => Some(*earlier),
            None => {
                let key = normalize(&statement.text);
                let candidates = gone_by_text.get_mut(&key);
                candidates.and_then(|list| {
                    if list.is_empty() {
                        None
                    } else {
                        Some(list.remove(0))
                    }
                })
            }
        };
        let key = (now.area, now.role);
        let Some(earlier) = earlier else {
            add_change(
                &mut groups,
                key,
                StatementChange::Added {
                    text: statement.text.clone(),
                },
            );
            continue;
        };
        if earlier.statement.id != statement.id {
            moved_away.insert(&earlier.statement.id);
        }
        if (earlier.area, earlier.role) != key {
            let (area, role) = (
                a.area(earlier.area).map(|x| x.name.as_str()).unwrap_or(""),
                a.role(earlier.role).map(|r| r.name.as_str()).unwrap_or(""),
            );
            add_change(
                &mut groups,
                key,
                StatementChange::Moved {
                    text: statement.text.clone(),
                    from: format!("{area} · {role}"),
                },
            );
        }
        if earlier.statement.text != statement.text {
            add_change(
                &mut groups,
                key,
                StatementChange::Reworded {
                    before: earlier.statement.text.clone(),
                    after: statement.text.clone(),
                },
            );
        }
        if earlier.statement.status != statement.status {
            add_change(
                &mut groups,
                key,
                StatementChange::Status {
                    text: statement.text.clone(),
                    before: earlier.statement.status,
                    after: statement.status,
                },
            );
        }
        let (owner_before, owner_after) = (
            a.owner_name(&earlier.statement.owner),
            b.owner_name(&statement.owner),
        );
        if earlier.statement.owner != statement.owner {
            add_change(
                &mut groups,
                key,
                StatementChange::Owner {
                    text: statement.text.clone(),
                    before: owner_before,
                    after: owner_after,
                },
            );
        }
    }
    for then in &old {
        if !new_ids.contains(&then.statement.id) && !moved_away.contains(&then.statement.id) {
            add_change(
                &mut groups,
                (then.area, then.role),
                StatementChange::Removed {
                    text: then.statement.text.clone(),
                },
            );
        }
    }

    // Display order: the later plan's areas and roles, then those it lost.
    let rank = |area: &AreaId, role: &RoleId| {
        let position = |m: &Matrix| {
            let area_at = m.areas.iter().position(|x| &x.id == area)?;
            let role_at = m.roles.iter().position(|r| &r.id == role)?;
            Some((area_at, role_at))
        };
        match position(b) {
            Some(at) => (0, at),
            None => (1, position(a).unwrap_or((usize::MAX, usize::MAX))),
        }
    };
    groups.sort_by_key(|((area, role), _)| rank(area, role));
    groups
        .into_iter()
        .map(|((area, role), changes)| {
            let (area, role) = label(area, role);
            StatementGroup {
                area,
                role,
                changes,
            }
        })
        .collect()
}

type Groups<'m> = Vec<((&'m AreaId, &'m RoleId), Vec<StatementChange>)>;

fn add_change<'m>(groups: &mut Groups<'m>, key: (&'m AreaId, &'m RoleId), change: StatementChange) {
    match groups.iter_mut().find(|(k, _)| *k == key) {
        Some((_, changes)) => changes.push(change),
        None => groups.push((key, vec![change])),
    }
}

fn holder_changes(a: &Matrix, b: &Matrix) -> Vec<HolderChange> {
    let holder_ids = |m: &Matrix, role: &RoleId| -> Vec<PersonId> {
        m.holders(role).into_iter().map(|p| p.id.clone()).collect()
    };
    let name = |id: &PersonId| {
        b.person(id)
            .or_else(|| a.person(id))
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let mut changes = Vec::new();
    // A removed role is reported under `roles`; a new role's holders are
    // all "now".
    for role in &b.roles {
        let (then, now) = (holder_ids(a, &role.id), holder_ids(b, &role.id));
        let added: Vec<String> = now.iter().filter(|p| !then.contains(p)).map(name).collect();
        let removed: Vec<String> = then.iter().filter(|p| !now.contains(p)).map(name).collect();
        if !added.is_empty() || !removed.is_empty() {
            changes.push(HolderChange {
                role: role.name.clone(),
                added,
                removed,
            });
        }
    }
    changes
}

#[cfg(test)]
mod tests;
