//! What the IndexedDB stores share (`handles`, `district_store`): opening a
//! database with its object stores, and reading a whole store. Through the
//! maintained `idb` crate; errors come back in the browser's words.

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
