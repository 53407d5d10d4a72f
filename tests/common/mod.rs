//! Helpers shared by the integration tests. Living in `tests/common/` (not
//! `tests/common.rs`) keeps Cargo from building this as a test target of its
//! own; each test file that needs it says `mod common;`.

pub mod tmux;
