//! Find's query reaches the cells in batches, one browser task per batch.
//!
//! Every drawn cell checks its statements against the query and hides those
//! that do not match. In a plan ten times the default (600 cells) doing all
//! of that on one key press is one long task of 50 to 80 ms at 4x CPU, which
//! makes typing stutter. So each cell follows the signal of its batch, not
//! the query itself; when the query changes, the first batch is set at once
//! and the others one task after another, each a few milliseconds, so key
//! presses in between are handled without waiting. A newer query starts the
//! rollout again and the older one stops where it is. In the default plan
//! (60 cells) the rollout is three batches.
//!
//! Writing signals from an effect is the exception here, not the rule: the
//! point is to spread one change over several tasks, which no derived value
//! can do.

use leptos::prelude::*;

use crate::model::matrix::Filter;
use crate::web::next_task;

/// Cells per batch. At 4x CPU one cell's check and its statements' `hidden`
/// updates take about a tenth of a millisecond, so a batch stays near 3 ms.
const CELLS_PER_BATCH: usize = 24;
/// Batches in all. Cells drawn after the last batch fills start again at
/// the first, so batches simply grow in a plan bigger than 768 cells.
const BATCHES: usize = 32;

/// The query as each batch of cells sees it.
#[derive(Clone, Copy)]
pub struct FindBatches {
    batches: StoredValue<Vec<RwSignal<Filter>>>,
    /// How many cells have been drawn: the next one's place in the batches.
    drawn: StoredValue<usize>,
}

impl FindBatches {
    /// Batches that follow `query`, starting where it is now.
    pub fn follow(query: Memo<Filter>) -> Self {
        let start = query.get_untracked();
        let batches = StoredValue::new(
            (0..BATCHES)
                .map(|_| RwSignal::new(start.clone()))
                .collect::<Vec<_>>(),
        );
        let rollout = StoredValue::new(0_u64);
        Effect::new(move |_| {
            let latest = query.get();
            let Some(this_rollout) = rollout.try_update_value(|n| {
                *n += 1;
                *n
            }) else {
                return;
            };
            leptos::task::spawn_local(async move {
                let mut set_one = false;
                for index in 0..BATCHES {
                    let Some(batch) = batches.try_with_value(|b| b.get(index).copied()).flatten()
                    else {
                        return;
                    };
                    // A batch that already has the query needs no task of
                    // its own (on the first run, none does).
                    if batch.try_with_untracked(|seen| *seen != latest) != Some(true) {
                        continue;
                    }
                    if set_one {
                        next_task().await;
                        // A newer query has its own rollout; the section
                        // may also have closed meanwhile (then the values
                        // are gone).
                        if rollout.try_get_value() != Some(this_rollout) {
                            return;
                        }
                    }
                    batch.try_set(latest.clone());
                    set_one = true;
                }
            });
        });
        FindBatches {
            batches,
            drawn: StoredValue::new(0),
        }
    }

    /// The query as a newly drawn cell should follow it. Cells drawn one
    /// after another share a batch, so a view's cells, drawn top to bottom,
    /// are updated in runs rather than scattered.
    pub fn for_new_cell(&self) -> ReadSignal<Filter> {
        let place = self
            .drawn
            .try_update_value(|n| {
                *n += 1;
                *n - 1
            })
            .unwrap_or(0);
        let index = (place / CELLS_PER_BATCH) % BATCHES;
        self.batches.with_value(|b| b[index]).read_only()
    }
}
