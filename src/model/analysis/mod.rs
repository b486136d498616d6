//! Read-only analyses of whole plans: they never change a plan.

pub mod compare;
pub mod district;
pub mod progress;
pub mod report;
