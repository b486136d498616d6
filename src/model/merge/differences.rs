//! Which items differ between this plan and a file's copy, and which side
//! changed them (see [`differences`]).

use std::collections::HashMap;

use crate::model::Plan;

use super::items::{items, Group, Item};
use super::versions::{SeenVersions, DELETED};

/// Which side a merge takes an item from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    KeepThis,
    TakeFile,
}

/// What the file has, from this plan's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    /// The file has the item and this plan does not.
    Added,
    /// This plan has the item and the file does not.
    Removed,
    /// Both have it, differently.
    Changed,
}

/// Who changed the item since the copies last shared it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffState {
    OnlyThisChanged,
    OnlyFileChanged,
    Conflict,
}

/// One item that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// The item's key (`statement:…`, see `versions`).
    pub key: String,
    pub group: Group,
    /// The item in words ("Statement “Sets a shared vision” (Principal, Vision)").
    pub label: String,
    /// What this plan has, in words; `None` when it does not have the item.
    pub this_side: Option<String>,
    /// What the file has, in words; `None` when it does not have the item.
    pub file_side: Option<String>,
    pub kind: DiffKind,
    pub state: DiffState,
    /// The side to take unless people choose: the side that changed; none
    /// for a conflict.
    pub default: Option<Choice>,
}

/// Every difference, in display order (the plan's fields, roles, areas,
/// statements by area then role, people, teacher-leader roles, actions,
/// documents, goals, costs and funding; this plan's order, then the file's
/// items this plan lacks).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Differences {
    pub items: Vec<Difference>,
}

impl Differences {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn conflicts(&self) -> impl Iterator<Item = &Difference> {
        self.items.iter().filter(|d| d.state == DiffState::Conflict)
    }

    /// The differences by group, groups in display order.
    pub fn groups(&self) -> Vec<(&Group, Vec<&Difference>)> {
        let mut groups: Vec<(&Group, Vec<&Difference>)> = Vec::new();
        for difference in &self.items {
            match groups.iter_mut().find(|(g, _)| **g == difference.group) {
                Some((_, list)) => list.push(difference),
                None => groups.push((&difference.group, vec![difference])),
            }
        }
        groups
    }
}

/// Who changed an item, from its hash on each side (`None`: the side does
/// not have it) and each side's seen versions of it.
///
/// The rule. Let `a` be this plan's hash of the item and `b` the file's,
/// an absent item counting as [`DELETED`]:
///
/// 1. `a == b`: no difference.
/// 2. This plan lacks the item and never shared any version of it: the
///    file added it, only the file changed (take the file's).
///    Likewise the file lacks it and never shared it: this plan added it.
/// 3. `b` is what this plan last shared, or any version it shared: the file
///    still has a version this plan had, so only this plan changed (keep).
/// 4. Else `a` is a version the file shared: only the file changed (take).
/// 5. Else both changed since they last shared: a conflict, no default.
///
/// Example: both copies shared statement S as `1a2b3c4d`. This plan sets
/// its status (now `99aa0011`), the file leaves it: `b = 1a2b3c4d` is in
/// this plan's seen versions, so only this plan changed and the merge keeps
/// this plan's. Had the file rewritten S too (`b = 5e6f7a8b`, seen by
/// neither), it is a conflict. Had the file deleted S after sharing it
/// (`b = deleted`) while this plan left it (`a = 1a2b3c4d`, which the file
/// shared): only the file changed, and the merge removes S.
pub fn state_of(
    key: &str,
    this: Option<&str>,
    file: Option<&str>,
    this_seen: &SeenVersions,
    file_seen: &SeenVersions,
) -> Option<DiffState> {
    let a = this.unwrap_or(DELETED);
    let b = file.unwrap_or(DELETED);
    if a == b {
        return None;
    }
    if this.is_none() && !this_seen.knows(key) {
        return Some(DiffState::OnlyFileChanged);
    }
    if file.is_none() && !file_seen.knows(key) {
        return Some(DiffState::OnlyThisChanged);
    }
    Some(if this_seen.newest(key) == Some(b) {
        DiffState::OnlyThisChanged
    } else if file_seen.newest(key) == Some(a) {
        DiffState::OnlyFileChanged
    } else if this_seen.has_seen(key, b) {
        DiffState::OnlyThisChanged
    } else if file_seen.has_seen(key, a) {
        DiffState::OnlyFileChanged
    } else {
        DiffState::Conflict
    })
}

/// Where a difference is shown: group, this plan's items first, positions.
type Rank = (u8, usize, usize, usize, usize);

/// Every item that differs between this plan and the file's copy, with who
/// changed it and the side to take by default (see [`state_of`]).
pub fn differences(this: &Plan, file: &Plan) -> Differences {
    let ours = items(this);
    let theirs = items(file);
    let theirs_by_key: HashMap<&str, &Item> = theirs.iter().map(|i| (i.key.as_str(), i)).collect();
    let ours_by_key: HashMap<&str, &Item> = ours.iter().map(|i| (i.key.as_str(), i)).collect();
    let mut found: Vec<(Rank, Difference)> = Vec::new();
    let mut consider = |key: &str, mine: Option<&Item>, other: Option<&Item>| {
        let state = state_of(
            key,
            mine.map(|i| i.hash.as_str()),
            other.map(|i| i.hash.as_str()),
            &this.versions,
            &file.versions,
        )?;
        let shown = mine.or(other)?;
        let (g, x, y, z) = shown.rank;
        // This plan's items in its order; the file's others after them.
        let rank = (g, usize::from(mine.is_none()), x, y, z);
        let kind = match (mine, other) {
            (None, _) => DiffKind::Added,
            (_, None) => DiffKind::Removed,
            _ => DiffKind::Changed,
        };
        let default = match state {
            DiffState::OnlyThisChanged => Some(Choice::KeepThis),
            DiffState::OnlyFileChanged => Some(Choice::TakeFile),
            DiffState::Conflict => None,
        };
        found.push((
            rank,
            Difference {
                key: key.to_string(),
                group: shown.group.clone(),
                label: shown.label.clone(),
                this_side: mine.map(|i| i.words.clone()),
                file_side: other.map(|i| i.words.clone()),
                kind,
                state,
                default,
            },
        ));
        Some(())
    };
    for item in &ours {
        consider(
            &item.key,
            Some(item),
            theirs_by_key.get(item.key.as_str()).copied(),
        );
    }
    for item in &theirs {
        if !ours_by_key.contains_key(item.key.as_str()) {
            consider(&item.key, None, Some(item));
        }
    }
    found.sort_by_key(|(rank, _)| *rank);
    Differences {
        items: found.into_iter().map(|(_, d)| d).collect(),
    }
}
