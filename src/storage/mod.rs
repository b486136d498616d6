//! The one place that knows how a plan is written down: the JSON file format
//! (`document`, pure and natively tested) and the browser's storage and files
//! (`browser`, wasm only).

pub mod document;
pub mod file_status;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod file_access;
