//! What the IndexedDB stores share (`handles`, `district_store`): opening a
//! database with its object stores, reading a whole store, and writing in
//! one transaction. Through the maintained `idb` crate; errors come back in
//! the browser's words.

use idb::{Database, DatabaseEvent, Factory, TransactionMode};
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
