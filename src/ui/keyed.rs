//! Keyed lists, written once: every list of rows in the app goes through
//! [`keyed_list`], so Leptos's `<For>` (and tachys's keyed diff under it) is
//! compiled for one concrete set of types instead of once per list. There were
//! 24 instances; making them one took 24 KB (about 1 KB each) off the gzip
//! transfer, 645,713 to 621,574 bytes (`scripts/size.sh`).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use leptos::prelude::*;

/// Rows of `each()`, one per item, drawn by `row` and kept by `key`: when
/// `each` changes, a row whose key is still there keeps its DOM nodes (and the
/// focus inside them) and is moved into place; a new key gets a new row and a
/// key that went away takes its row with it. Put everything a row shows that is
/// not reactive inside it (e.g. a name it renders as plain text) into the key,
/// so a change to it draws the row afresh.
///
/// ```ignore
/// {keyed_list(move || ids.get(), |id| id.clone(), move |id| view! { <GoalItem id roles /> })}
/// ```
///
/// Keys are compared by a 64-bit hash (see [`row_key`]), which is what lets one
/// `<For>` serve every key type.
///
/// The bounds are `<For>`'s own (it asks `Send`, no `Sync`), except that `row`
/// must also be `Sync`: the rows not yet drawn share it through an `Arc`
/// rather than each cloning it. Signals, memos and callbacks are `Sync`.
pub fn keyed_list<T, K, V>(
    each: impl Fn() -> Vec<T> + Send + 'static,
    key: impl Fn(&T) -> K + Send + 'static,
    row: impl Fn(T) -> V + Send + Sync + 'static,
) -> AnyView
where
    T: Send + 'static,
    K: Hash,
    V: IntoAny + 'static,
{
    let row = Arc::new(row);
    keyed_rows(Box::new(move || {
        each()
            .into_iter()
            .map(|item| {
                let row = Arc::clone(&row);
                Row {
                    key: row_key(&key(&item)),
                    // Drawn only if the key is new; otherwise dropped unrun.
                    view: Box::new(move || row(item).into_any()),
                }
            })
            .collect()
    }))
}

/// One item with its type erased: its key and the deferred drawing of its row.
struct Row {
    key: u64,
    view: Box<dyn FnOnce() -> AnyView + Send>,
}

/// The one `<For>` in the app. Not generic, and given a boxed closure and fn
/// items, so it has exactly one instance.
fn keyed_rows(each: Box<dyn Fn() -> Vec<Row> + Send>) -> AnyView {
    fn key(row: &Row) -> u64 {
        row.key
    }
    fn draw(row: Row) -> AnyView {
        (row.view)()
    }
    view! { <For each key children=draw /> }.into_any()
}

/// The key's 64-bit SipHash with fixed keys (`DefaultHasher::new`), the same
/// for equal keys throughout the run. Two different keys of one list sharing
/// a hash would make the diff treat them as one row; for the few hundred keys
/// a list here holds (n ≤ ~1,000), the chance is about n²/2⁶⁵ ≈ 3·10⁻¹⁴ per
/// list, far below any other failure, and keys are ids and names typed by
/// people, not values chosen to collide.
pub fn row_key(key: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}
