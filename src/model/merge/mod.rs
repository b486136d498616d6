//! "Merge changes from a file" (issue 20): two people edit copies of one
//! plan (the same `lineage`), and the planner merges the file's copy into
//! the open plan, item by item. Pure; the UI comes later.
//!
//! * `versions.rs` — `SeenVersions`, what each copy remembers of the items
//!   it shared (saved to a file, opened from one, merged): per item key
//!   (`statement:…`), the hashes of the versions shared, the newest last.
//!   `Plan::mark_shared` records them at those sync points.
//! * `items.rs` — a plan as items (key, hash, words, `Group`).
//! * `differences.rs` — `differences(this, file)`: every item that differs,
//!   who changed it (`state_of`, the rule) and the default `Choice`.
//! * `apply.rs` — `apply(this, file, choices)`: the merged plan, which
//!   always passes `Plan::validate` (`repair.rs` mends the links).

mod apply;
mod differences;
mod items;
mod repair;
pub mod versions;

pub use apply::{apply, Choices, MergeError, Merged};
pub use differences::{
    differences, state_of, Choice, DiffKind, DiffState, Difference, Differences,
};
pub use items::Group;
pub use versions::SeenVersions;

use std::collections::HashSet;

use crate::model::Plan;

/// Whether two plans are copies of one plan: both have a lineage, the same.
pub fn same_lineage(this: &Plan, file: &Plan) -> bool {
    matches!((&this.lineage, &file.lineage), (Some(a), Some(b)) if a == b)
}

impl Plan {
    /// Records the current version of every item as shared (and
    /// `"deleted"` for items remembered but gone), each only when it differs
    /// from the item's newest seen version. The UI calls it at sync points:
    /// saving to a file, opening or importing one, after a merge; never on
    /// an edit.
    pub fn mark_shared(&mut self) {
        let current = items::items(self);
        let present: HashSet<&str> = current.iter().map(|i| i.key.as_str()).collect();
        let gone: Vec<String> = self
            .versions
            .0
            .keys()
            .filter(|k| !present.contains(k.as_str()))
            .cloned()
            .collect();
        let mut versions = std::mem::take(&mut self.versions);
        for item in &current {
            versions.record(&item.key, &item.hash);
        }
        for key in gone {
            versions.record(&key, versions::DELETED);
        }
        self.versions = versions;
    }
}

#[cfg(test)]
mod tests;
