//! The one place that knows how a plan is written down: the JSON file format
//! (`document`) and the state of the saved file copy (`file_status`). Pure
//! and natively tested; the browser calls that read and write them are in
//! `crate::web`.

pub mod csv;
pub mod document;
pub mod file_status;
pub mod json_path;
pub mod library;
