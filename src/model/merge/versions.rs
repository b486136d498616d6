//! Seen versions: for each item of a plan, the content hashes of the
//! versions this copy has shared with others (saved to a file, opened from
//! one, merged), the newest last. They are how a merge tells "only the other
//! copy changed this" from "both changed it" (see `merge::differences`).
//!
//! * An item's key is `<kind>:<id>`: `statement:vision.principal.1`,
//!   `role:…` (a matrix role), `area:…`, `cell:<role>/<area>` (a cell's N/A
//!   mark and lead-in, an item only while one is set), `person:…`,
//!   `teacher_role:…`, `action:…`, `document:…`, `goal:…`,
//!   `cost_line:<school year>/<id>`, `funding:<school year>/<id>`, and
//!   [`PLAN_KEY`] for the plan's own fields (title, organization, school
//!   year, the cost plans' review date) as one item.
//! * A hash is the 32-bit FNV-1a of the item's compact serde_json text
//!   (items with a place are hashed with it: a statement as
//!   `[role, area, statement]`), written as 8 lowercase hex digits;
//!   [`DELETED`] records that the item was shared as deleted.
//! * At most [`MAX_SEEN`] hashes per item; older ones are dropped.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::validation::{Problem, ValidationError};

/// How many versions of one item a plan remembers.
pub const MAX_SEEN: usize = 8;
/// The hash recorded for an item shared as deleted.
pub const DELETED: &str = "deleted";
/// The key of the plan's own fields.
pub const PLAN_KEY: &str = "plan:plan";
/// The kinds of item a key may name, in the order a merge takes them: what
/// others point at first (areas and roles before cells and statements,
/// people before the owners that name them).
pub const KINDS: &[&str] = &[
    "plan",
    "area",
    "role",
    "person",
    "cell",
    "statement",
    "teacher_role",
    "action",
    "document",
    "goal",
    "cost_line",
    "funding",
];

/// Per item key, the hashes of the versions shared, the newest last.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SeenVersions(pub BTreeMap<String, Vec<String>>);

impl SeenVersions {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The versions of one item shared, the newest last (empty when never).
    pub fn of(&self, key: &str) -> &[String] {
        self.0.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether this copy ever shared a version of the item.
    pub fn knows(&self, key: &str) -> bool {
        !self.of(key).is_empty()
    }

    pub fn newest(&self, key: &str) -> Option<&str> {
        self.of(key).last().map(String::as_str)
    }

    pub fn has_seen(&self, key: &str, hash: &str) -> bool {
        self.of(key).iter().any(|h| h == hash)
    }

    /// Appends `hash` unless it is already the newest; keeps the newest
    /// [`MAX_SEEN`]. True when something was appended.
    pub fn record(&mut self, key: &str, hash: &str) -> bool {
        if self.newest(key) == Some(hash) {
            return false;
        }
        let list = self.0.entry(key.to_string()).or_default();
        list.push(hash.to_string());
        if list.len() > MAX_SEEN {
            list.drain(..list.len() - MAX_SEEN);
        }
        true
    }

    /// Both sides' versions: this side's in order, then the other's that
    /// this side lacks, the newest [`MAX_SEEN`] kept.
    pub fn union(&self, other: &SeenVersions) -> SeenVersions {
        let mut merged = self.clone();
        for (key, hashes) in &other.0 {
            let list = merged.0.entry(key.clone()).or_default();
            for hash in hashes {
                if !list.contains(hash) {
                    list.push(hash.clone());
                }
            }
            if list.len() > MAX_SEEN {
                list.drain(..list.len() - MAX_SEEN);
            }
        }
        merged
    }

    /// Keys are `<kind>:<id>` of a known kind with an id; each item has 1
    /// to [`MAX_SEEN`] hashes, each 8 lowercase hex digits or [`DELETED`].
    /// The error's path is relative to the plan (`versions["role:x"][0]`).
    pub fn validate(&self) -> Result<(), ValidationError> {
        let fail = |path: String, detail: String| {
            Err(ValidationError::new(path, Problem::Described(detail)))
        };
        for (key, hashes) in &self.0 {
            let at = format!("versions[{key:?}]");
            if split_key(key).is_none() {
                return fail(
                    at,
                    format!(
                        "a seen-versions key is a kind ({}), a colon and an id, found {key:?}",
                        KINDS.join(", ")
                    ),
                );
            }
            if hashes.is_empty() || hashes.len() > MAX_SEEN {
                return fail(
                    at,
                    format!(
                        "an item has 1 to {MAX_SEEN} seen versions, found {}",
                        hashes.len()
                    ),
                );
            }
            for (i, hash) in hashes.iter().enumerate() {
                if !is_hash(hash) {
                    return fail(
                        format!("{at}[{i}]"),
                        format!("a seen version is 8 lowercase hex digits or \"{DELETED}\", found {hash:?}"),
                    );
                }
            }
        }
        Ok(())
    }
}

/// The kind and id of a well-formed key.
pub fn split_key(key: &str) -> Option<(&str, &str)> {
    let (kind, id) = key.split_once(':')?;
    (KINDS.contains(&kind) && !id.is_empty()).then_some((kind, id))
}

fn is_hash(text: &str) -> bool {
    text == DELETED
        || (text.len() == 8 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

/// The 32-bit FNV-1a hash, stable across builds and platforms.
pub fn fnv1a_32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// An item's hash: FNV-1a of its compact JSON, as 8 hex digits. Written by
/// the plan file's own writer (`values::json`): another serializer would
/// compile every item type's serializing code a second time.
pub fn hash_of(value: &impl Serialize) -> String {
    let text = crate::model::values::json::write_json(value, false, 256);
    format!("{:08x}", fnv1a_32(text.as_bytes()))
}
