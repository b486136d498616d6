//! STEM Leadership Planner: a browser-only planning tool for STEM teacher
//! leadership. See ARCHITECTURE.md for the code map and invariants.

pub mod charts;
pub mod history;
pub mod model;
pub mod places;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
