//! Non-interactive outputs: `--json` and `--list`.

mod json;
mod list;

pub use json::{to_json, write_json, write_json_line};
pub use list::write_list;
