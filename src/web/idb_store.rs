//! What the IndexedDB stores share (`handles`, `district_store`): opening a
//! database with its object stores, reading a whole store (at once, or a few
//! values per request), and writing in one transaction. Through the
//! maintained `idb` crate; errors come back in the browser's words.

use idb::{Database, DatabaseEvent, Factory, KeyRange, Query, TransactionMode};
use wasm_bindgen::JsValue;

/// Why a store could not be used, in the browser's words.
pub type StoreError = String;

pub(crate) fn fail(error: idb::Error) -> StoreError {
    error.to_string()
}

/// Opens `name` at `version`, creating `stores` on first use.
pub(crate) async fn open(
    name: &str,
    version: u32,
    stores: &'static [&'static str],
) -> Result<Database, StoreError> {
    let factory = Factory::new().map_err(fail)?;
    let mut request = factory.open(name, Some(version)).map_err(fail)?;
    request.on_upgrade_needed(move |event| {
        // Version 1 is the only schema; a failure here fails the open below.
        if let Ok(database) = event.database() {
            for store in stores {
                let _ = database.create_object_store(store, idb::ObjectStoreParams::new());
            }
        }
    });
    request.await.map_err(fail)
}

/// Every value in `store` of an open database, which is then closed.
pub(crate) async fn read_all(database: Database, store: &str) -> Result<Vec<JsValue>, StoreError> {
    let transaction = database
        .transaction(&[store], TransactionMode::ReadOnly)
        .map_err(fail)?;
    let values = transaction
        .object_store(store)
        .map_err(fail)?
        .get_all(None, None)
        .map_err(fail)?
        .await
        .map_err(fail)?;
    database.close();
    Ok(values)
}

/// Values read per request by `read_all_in_pages`: the browser copies a
/// request's values out of the database in one task, and hundreds of kept
/// plan files (about 46 KB each) in one request held the page for a quarter
/// of a second on a slow CPU.
const VALUES_PER_REQUEST: usize = 16;

/// `read_all` for a store of large values: in key order, a few values per
/// request, so no one task copies them all. (Apart from `read_all`, so the
/// District section's chunk holds it, not the first load.)
pub(crate) async fn read_all_in_pages(
    database: Database,
    store: &str,
) -> Result<Vec<JsValue>, StoreError> {
    let values = read_pages(&database, store).await;
    database.close();
    values
}

async fn read_pages(database: &Database, store: &str) -> Result<Vec<JsValue>, StoreError> {
    let transaction = database
        .transaction(&[store], TransactionMode::ReadOnly)
        .map_err(fail)?;
    let store = transaction.object_store(store).map_err(fail)?;
    let keys = store
        .get_all_keys(None, None)
        .map_err(fail)?
        .await
        .map_err(fail)?;
    let mut values = Vec::with_capacity(keys.len());
    for page in keys.chunks(VALUES_PER_REQUEST) {
        let (Some(first), Some(last)) = (page.first(), page.last()) else {
            continue;
        };
        let range = KeyRange::bound(first, last, Some(false), Some(false)).map_err(fail)?;
        values.extend(
            store
                .get_all(Some(Query::KeyRange(range)), None)
                .map_err(fail)?
                .await
                .map_err(fail)?,
        );
    }
    Ok(values)
}

/// One change to a store, for `write`.
pub(crate) enum Change<'a> {
    Put {
        store: &'a str,
        key: &'a str,
        value: JsValue,
    },
    Delete {
        store: &'a str,
        key: &'a str,
    },
    Clear {
        store: &'a str,
    },
}

impl Change<'_> {
    fn store(&self) -> &str {
        match self {
            Change::Put { store, .. } | Change::Delete { store, .. } | Change::Clear { store } => {
                store
            }
        }
    }
}

/// Makes `changes` in order, in one read-write transaction over `stores`
/// of an open database, which is then closed: all of them are kept, or,
/// if one fails, none.
pub(crate) async fn write(
    database: Database,
    stores: &[&str],
    changes: Vec<Change<'_>>,
) -> Result<(), StoreError> {
    let result = write_in(&database, stores, changes).await;
    database.close();
    result
}

async fn write_in(
    database: &Database,
    stores: &[&str],
    changes: Vec<Change<'_>>,
) -> Result<(), StoreError> {
    let transaction = database
        .transaction(stores, TransactionMode::ReadWrite)
        .map_err(fail)?;
    for change in changes {
        let store = transaction.object_store(change.store()).map_err(fail)?;
        match change {
            Change::Put { key, value, .. } => {
                store
                    .put(&value, Some(&JsValue::from_str(key)))
                    .map_err(fail)?
                    .await
                    .map_err(fail)?;
            }
            Change::Delete { key, .. } => {
                store
                    .delete(JsValue::from_str(key))
                    .map_err(fail)?
                    .await
                    .map_err(fail)?;
            }
            Change::Clear { .. } => store.clear().map_err(fail)?.await.map_err(fail)?,
        }
    }
    transaction.await.map_err(fail)?;
    Ok(())
}
