//! Several plans in one browser: how the plan list is laid out in
//! localStorage. Pure and natively tested; `web::local_store` does the
//! reading and writing.
//!
//! Each plan has its own keys, so two tabs on two plans never write the same
//! key, and no shared index can be torn by two tabs writing at once:
//!
//! * `stem-leadership-planner/plans/<id>`: the working copy, `{revision, document}`;
//! * `…/plans/<id>/about`: what the list shows ([`PlanAbout`]), written with each save;
//! * `…/plans/<id>/file-copy`: the file the plan was last saved to or opened from;
//! * `…/plans/<id>/unreadable`: the raw text of a working copy that failed to load;
//! * `…/plans/<id>/before-import`: the plan an import replaced.
//!
//! The list is the set of `about` keys. Before this layout a browser held one
//! plan under [`LEGACY_PLAN_KEY`]; start-up moves it to [`PlanId::legacy`].

use serde::{Deserialize, Serialize};

use crate::model::values::date::SchoolYear;
use crate::model::values::ids::LineageId;
use crate::model::Plan;
use crate::storage::file_status::format_bytes;

/// Every key the planner writes starts with this.
pub const KEY_PREFIX: &str = "stem-leadership-planner/";
/// Where the one plan of earlier versions lived: `{revision, document}`.
pub const LEGACY_PLAN_KEY: &str = "stem-leadership-planner/plan";
/// The earlier versions' file-copy record, unreadable backup and plan before import.
pub const LEGACY_FILE_COPY_KEY: &str = "stem-leadership-planner/file-copy";
pub const LEGACY_UNREADABLE_KEY: &str = "stem-leadership-planner/unreadable-backup";
pub const LEGACY_BEFORE_IMPORT_KEY: &str = "stem-leadership-planner/before-import";
/// The id of the plan this browser last opened (a page without `?plan=` opens it).
pub const LAST_OPEN_KEY: &str = "stem-leadership-planner/last-open";
const PLANS_PREFIX: &str = "stem-leadership-planner/plans/";
const ABOUT_SUFFIX: &str = "/about";

/// What Chromium gives an origin's localStorage: 5 MiB of characters
/// (keys and values, counted in UTF-16 code units).
pub const QUOTA_CHARS: usize = 5 * 1024 * 1024;
/// A full default plan's working copy, in characters, when no plan is kept
/// yet to measure (compact JSON; see ARCHITECTURE.md "Storage").
pub const TYPICAL_PLAN_CHARS: usize = 32_000;

/// The list's title for a plan whose record cannot be read.
pub const UNREADABLE_TITLE: &str = "A plan that could not be read";

/// A plan's name in this browser: in its keys and in the URL (`?plan=p-1a2b…`).
/// Only lowercase letters, digits and `-`, at most 40 characters, so it is
/// safe in a key and needs no escaping in a URL.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PlanId(String);

impl PlanId {
    pub const MAX_LEN: usize = 40;

    /// An id read from a URL or a key; `None` unless it is one.
    pub fn parse(text: &str) -> Option<PlanId> {
        let fits = !text.is_empty()
            && text.len() <= Self::MAX_LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        fits.then(|| PlanId(text.to_string()))
    }

    /// A new id from random bits (the UI's randomness; this module stays pure).
    pub fn from_bits(bits: u64) -> PlanId {
        PlanId(format!("p-{bits:016x}"))
    }

    /// The id the one plan of earlier versions moves to. Fixed, so two tabs
    /// that start at once move it to the same place instead of making two.
    pub fn legacy() -> PlanId {
        PlanId("p-first".to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for PlanId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PlanId {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        PlanId::parse(&text).ok_or_else(|| format!("\"{text}\" is not a plan id"))
    }
}

impl From<PlanId> for String {
    fn from(id: PlanId) -> String {
        id.0
    }
}

/// The working copy of plan `id`.
pub fn plan_key(id: &PlanId) -> String {
    format!("{PLANS_PREFIX}{id}")
}

/// What the list shows of plan `id`.
pub fn about_key(id: &PlanId) -> String {
    format!("{PLANS_PREFIX}{id}{ABOUT_SUFFIX}")
}

pub fn file_copy_key(id: &PlanId) -> String {
    format!("{PLANS_PREFIX}{id}/file-copy")
}

pub fn unreadable_key(id: &PlanId) -> String {
    format!("{PLANS_PREFIX}{id}/unreadable")
}

pub fn before_import_key(id: &PlanId) -> String {
    format!("{PLANS_PREFIX}{id}/before-import")
}

/// Every key plan `id` may have, the working copy first.
pub fn keys_of(id: &PlanId) -> [String; 5] {
    [
        plan_key(id),
        about_key(id),
        file_copy_key(id),
        unreadable_key(id),
        before_import_key(id),
    ]
}

/// The plan whose `about` key this is, if it is one.
pub fn id_of_about_key(key: &str) -> Option<PlanId> {
    PlanId::parse(key.strip_prefix(PLANS_PREFIX)?.strip_suffix(ABOUT_SUFFIX)?)
}

/// Whether `key` is a record of some plan (what a `PlanEntry`'s `chars` counts).
pub fn is_plan_record(key: &str) -> bool {
    key.starts_with(PLANS_PREFIX)
}

/// The plan whose working copy this key holds, if it is one (a `storage`
/// event names the key another tab wrote).
pub fn id_of_plan_key(key: &str) -> Option<PlanId> {
    PlanId::parse(key.strip_prefix(PLANS_PREFIX)?)
}

/// What the list shows of one plan, kept beside its working copy so the list
/// never reads whole plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanAbout {
    pub title: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub school: String,
    #[serde(default)]
    pub school_year: Option<SchoolYear>,
    #[serde(default)]
    pub lineage: Option<LineageId>,
    /// Epoch ms of the last change saved.
    #[serde(default)]
    pub changed_ms: f64,
}

impl PlanAbout {
    pub fn of(plan: &Plan, changed_ms: f64) -> PlanAbout {
        PlanAbout {
            title: plan.display_title().to_string(),
            district: plan.organization.district.clone(),
            school: plan.organization.school.clone(),
            school_year: plan.school_year,
            lineage: plan.lineage.clone(),
            changed_ms,
        }
    }

    /// What the list shows of a plan whose record or working copy cannot be
    /// read: it stays listed (so it can be opened, its text downloaded, or
    /// deleted), never silently dropped.
    pub fn unreadable(changed_ms: f64) -> PlanAbout {
        PlanAbout {
            title: UNREADABLE_TITLE.to_string(),
            district: String::new(),
            school: String::new(),
            school_year: None,
            lineage: None,
            changed_ms,
        }
    }

    pub fn to_json(&self) -> String {
        crate::model::values::json::write_json(self, false, 256)
    }

    pub fn from_json(text: &str) -> Option<PlanAbout> {
        serde_json::from_str(text).ok()
    }
}

/// One plan in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanEntry {
    pub id: PlanId,
    pub about: PlanAbout,
    /// The file it was last saved to or opened from.
    pub file_name: Option<String>,
    /// Characters its keys take in localStorage.
    pub chars: usize,
}

/// The list as shown: the most recently changed first, then by title.
pub fn sort_entries(entries: &mut [PlanEntry]) {
    entries.sort_by(|a, b| {
        b.about
            .changed_ms
            .total_cmp(&a.about.changed_ms)
            .then_with(|| a.about.title.cmp(&b.about.title))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// The `plan` parameter of a URL's query (`?plan=p-1&x=y`), as written.
pub fn plan_in_query(query: &str) -> Option<&str> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("plan="))
}

/// The query naming plan `id`, other parameters kept in their order
/// (`?remind=5&plan=p-1`).
pub fn query_with_plan(query: &str, id: &PlanId) -> String {
    let others = query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty() && *pair != "plan" && !pair.starts_with("plan="));
    let mut parts: Vec<String> = others.map(str::to_string).collect();
    parts.push(format!("plan={id}"));
    format!("?{}", parts.join("&"))
}

/// Which plan a page opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// The plan the URL names.
    Named(PlanId),
    /// No plan named: the one this browser last opened, else any kept one.
    Last(PlanId),
    /// The URL names a plan this browser does not hold (deleted, or a link
    /// from another computer): the last opened opens instead (or a new one
    /// when there is none), and the page says the named one is not here.
    Missing {
        named: String,
        instead: Option<PlanId>,
    },
    /// No plan in this browser yet: a new one from the source's defaults.
    First,
}

/// Chooses the plan to open from the URL's `plan` parameter, the plan this
/// browser last opened (`LAST_OPEN_KEY`) and the plans kept (their ids
/// only: start-up reads no plan's record to choose, so the first load holds
/// no code to read the list).
pub fn choose_opening(named: Option<&str>, last_open: Option<&str>, kept: &[PlanId]) -> Opening {
    let is_kept = |text: &str| PlanId::parse(text).filter(|id| kept.contains(id));
    let fallback = last_open
        .and_then(is_kept)
        .or_else(|| kept.iter().min().cloned());
    match named.filter(|name| !name.is_empty()) {
        Some(name) => match is_kept(name) {
            Some(id) => Opening::Named(id),
            None => Opening::Missing {
                named: name.to_string(),
                instead: fallback,
            },
        },
        None => fallback.map_or(Opening::First, Opening::Last),
    }
}

/// How the one plan of earlier versions moves into the list, to
/// [`PlanId::legacy`]: every write, then the old keys to remove, but only once
/// every write succeeded (a full quota then loses nothing, and the next start
/// tries again).
#[derive(Debug, Clone, PartialEq)]
pub struct LegacyMove {
    pub writes: Vec<(String, String)>,
    pub then_remove: [&'static str; 4],
}

/// The move of the earlier versions' plan, read through `read` (a key's
/// text); `None` when there is none. A working copy that cannot be read moves
/// as it is, listed as unreadable, so its text is kept and reported.
pub fn legacy_move(read: impl Fn(&str) -> Option<String>, now_ms: f64) -> Option<LegacyMove> {
    let text = read(LEGACY_PLAN_KEY)?;
    let id = PlanId::legacy();
    let about = crate::storage::document::parse_stored(&text)
        .map(|stored| PlanAbout::of(&stored.plan, now_ms))
        .unwrap_or_else(|_| PlanAbout::unreadable(now_ms));
    let then_remove = [
        LEGACY_PLAN_KEY,
        LEGACY_FILE_COPY_KEY,
        LEGACY_UNREADABLE_KEY,
        LEGACY_BEFORE_IMPORT_KEY,
    ];
    let new_keys = [
        plan_key(&id),
        file_copy_key(&id),
        unreadable_key(&id),
        before_import_key(&id),
    ];
    let mut writes: Vec<(String, String)> = then_remove
        .iter()
        .zip(new_keys)
        .filter_map(|(old, new)| Some((new, read(old)?)))
        .collect();
    writes.push((about_key(&id), about.to_json()));
    Some(LegacyMove {
        writes,
        then_remove,
    })
}

/// Every record of a deleted plan, key and text, so Undo can put it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedPlan {
    pub id: PlanId,
    pub title: String,
    pub records: Vec<(String, String)>,
}

/// How full the planner's share of localStorage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capacity {
    /// Characters the planner's keys take now.
    pub used_chars: usize,
    /// The largest plan kept, or [`TYPICAL_PLAN_CHARS`] when none is.
    pub plan_chars: usize,
}

impl Capacity {
    /// The planner's share from the plans kept (each entry's `chars`: all its
    /// records) and `other_chars`, what the planner's other keys take. Derived
    /// from the list already read, so showing it reads no plan again.
    pub fn of(entries: &[PlanEntry], other_chars: usize) -> Capacity {
        let sizes = entries.iter().map(|entry| entry.chars);
        Capacity {
            used_chars: sizes.clone().sum::<usize>() + other_chars,
            plan_chars: sizes.max().unwrap_or(TYPICAL_PLAN_CHARS).max(1),
        }
    }

    /// How many more plans the size of the largest kept one fit.
    pub fn plans_that_fit(&self) -> usize {
        QUOTA_CHARS.saturating_sub(self.used_chars) / self.plan_chars.max(1)
    }

    /// Share of the quota used, 0..=100.
    pub fn percent_used(&self) -> u8 {
        ((self.used_chars.min(QUOTA_CHARS) * 100) / QUOTA_CHARS) as u8
    }
}

/// What the Data page and the Plans section say of the space: "3 plans use 96 KB of the 5 MB this browser gives the planner (1 %); about 160 more plans of this size fit."
pub fn capacity_wording(plans_kept: usize, capacity: Capacity) -> String {
    let plans = match plans_kept {
        0 => "No plan is kept yet; the planner".to_string(),
        1 => "1 plan uses".to_string(),
        n => format!("{n} plans use"),
    };
    let used = if plans_kept == 0 {
        format!("'s data uses {}", format_bytes(capacity.used_chars as f64))
    } else {
        format!(" {}", format_bytes(capacity.used_chars as f64))
    };
    let fit = match capacity.plans_that_fit() {
        0 => {
            "no more plans of this size fit: save a plan to a file and delete it here to make room"
                .to_string()
        }
        1 => "about 1 more plan of this size fits".to_string(),
        n => format!("about {n} more plans of this size fit"),
    };
    format!(
        "{plans}{used} of the 5 MB this browser gives the planner ({} %); {fit}.",
        capacity.percent_used()
    )
}

#[cfg(test)]
mod tests;
