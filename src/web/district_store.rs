//! The plan files opened in the District section, kept in IndexedDB (the
//! `idb` crate) so they survive a reload: many plans would crowd
//! localStorage's quota. Each is kept as its file name and text, under the
//! name, and checked again when read back.
//!
//! A database of its own, so this store never needs a schema upgrade of the
//! file-handle database (`handles`). Where IndexedDB is missing, every call
//! fails with a value and the opened plans last for the session only.

use idb::Database;
use js_sys::Object;
use wasm_bindgen::JsValue;

use super::idb_store::{self, Change};
use super::{property, set};

const DATABASE: &str = "stem-leadership-planner-district";
const VERSION: u32 = 1;
const PLANS: &str = "plans";

/// A kept plan file as it was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredFile {
    pub name: String,
    pub text: String,
}

/// A plan file to keep, its text still the string the browser read: copying
/// hundreds of files' text from Rust back into strings for IndexedDB took
/// longer than reading the files.
pub struct FileToKeep {
    pub name: String,
    pub text: js_sys::JsString,
}

pub use super::idb_store::StoreError;

async fn open() -> Result<Database, StoreError> {
    idb_store::open(DATABASE, VERSION, &[PLANS]).await
}

/// A kept file as IndexedDB gave it back, not yet copied into Rust: with
/// hundreds of plans the copying is done a few at a time (`read`).
pub struct KeptFile(JsValue);

impl KeptFile {
    /// A record as this build writes it, for a store kept in memory (tests).
    pub fn new(name: &str, text: &str) -> KeptFile {
        let record = Object::new();
        set(&record, "name", &name.into());
        set(&record, "text", &text.into());
        KeptFile(record.into())
    }

    /// The file's name alone, without copying its text.
    pub fn name(&self) -> Option<String> {
        property(&self.0, "name")?.as_string()
    }

    /// The file's name and text; `None` for a record this build did not write.
    pub fn read(&self) -> Option<StoredFile> {
        Some(StoredFile {
            name: property(&self.0, "name")?.as_string()?,
            text: property(&self.0, "text")?.as_string()?,
        })
    }
}

/// Every kept file, by name.
pub async fn load() -> Result<Vec<KeptFile>, StoreError> {
    let values = idb_store::read_all_in_pages(open().await?, PLANS).await?;
    Ok(values.into_iter().map(KeptFile).collect())
}

/// Keeps `files`, each replacing a kept file of the same name.
pub async fn keep(files: &[FileToKeep]) -> Result<(), StoreError> {
    let changes = files
        .iter()
        .map(|file| {
            let record = Object::new();
            set(&record, "name", &file.name.as_str().into());
            set(&record, "text", &file.text);
            Change::Put {
                store: PLANS,
                key: &file.name,
                value: record.into(),
            }
        })
        .collect();
    idb_store::write(open().await?, &[PLANS], changes).await
}

/// Forgets the kept files named `names`.
pub async fn forget(names: &[String]) -> Result<(), StoreError> {
    let changes = names
        .iter()
        .map(|name| Change::Delete {
            store: PLANS,
            key: name,
        })
        .collect();
    idb_store::write(open().await?, &[PLANS], changes).await
}

/// Forgets every kept file.
pub async fn clear() -> Result<(), StoreError> {
    idb_store::write(
        open().await?,
        &[PLANS],
        vec![Change::Clear { store: PLANS }],
    )
    .await
}
