//! Helpers shared by the integration tests. Living in `tests/common/` (not
//! `tests/common.rs`) keeps Cargo from building this as a test target of its
//! own; each test file that needs it says `mod common;`.

// Each test file uses only some of the helpers.
#[allow(dead_code)]
pub mod binary;
#[allow(dead_code)]
pub mod scratch;
#[allow(dead_code)]
pub mod tmux;
