//! Keys written as text, for the config file: `q`, `Ctrl-c`, `PgDn`, `Shift-Tab`.
//!
//! The names are the ones the help overlay shows, so what a user reads in
//! `?` is what they can write in `config.toml`.

use super::keymap::Key;
use ratatui::crossterm::event::KeyCode;

/// Named keys and their codes; the first name of a code is its label.
const NAMED: &[(&str, KeyCode)] = &[
    ("Tab", KeyCode::Tab),
    ("Shift-Tab", KeyCode::BackTab),
    ("BackTab", KeyCode::BackTab),
    ("Enter", KeyCode::Enter),
    ("Return", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Escape", KeyCode::Esc),
    ("Space", KeyCode::Char(' ')),
    ("Backspace", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Del", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("PgUp", KeyCode::PageUp),
    ("PageUp", KeyCode::PageUp),
    ("PgDn", KeyCode::PageDown),
    ("PageDown", KeyCode::PageDown),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
];

/// Parses one key: a single character (`q`, `G`, `?`), a name from the
/// table above (any case), `F1`…`F24`, each optionally after `Ctrl-`.
pub fn parse(spec: &str) -> Result<Key, String> {
    let (ctrl, rest) = match strip_prefix_ignore_case(spec, "ctrl-")
        .or_else(|| strip_prefix_ignore_case(spec, "c-"))
    {
        Some(rest) if !rest.is_empty() => (true, rest),
        _ => (false, spec),
    };
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        // Ctrl with a letter arrives as the lower-case letter.
        (Some(c), None) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
        (Some(c), None) => KeyCode::Char(c),
        _ => named(rest).ok_or_else(|| {
            format!("unknown key `{spec}` (a character, Ctrl-x, F1…F24, or one of: Tab, Shift-Tab, Enter, Esc, Space, Backspace, Delete, Insert, Up, Down, Left, Right, PgUp, PgDn, Home, End)")
        })?,
    };
    Ok(Key { code, ctrl })
}

fn named(name: &str) -> Option<KeyCode> {
    if let Some(n) = strip_prefix_ignore_case(name, "f").and_then(|n| n.parse::<u8>().ok()) {
        return (1..=24).contains(&n).then_some(KeyCode::F(n));
    }
    NAMED
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|&(_, code)| code)
}

fn strip_prefix_ignore_case<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// How a key is written in the help overlay (and can be written in the config).
pub fn label(key: Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        code => NAMED
            .iter()
            .find(|(_, c)| *c == code)
            .map_or_else(|| format!("{code:?}"), |(n, _)| n.to_string()),
    };
    if key.ctrl {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: KeyCode, ctrl: bool) -> Key {
        Key { code, ctrl }
    }

    #[test]
    fn characters_names_function_keys_and_ctrl_parse() {
        assert_eq!(parse("q"), Ok(k(KeyCode::Char('q'), false)));
        assert_eq!(parse("G"), Ok(k(KeyCode::Char('G'), false)));
        assert_eq!(parse("-"), Ok(k(KeyCode::Char('-'), false)));
        assert_eq!(parse("pgdn"), Ok(k(KeyCode::PageDown, false)));
        assert_eq!(parse("Shift-Tab"), Ok(k(KeyCode::BackTab, false)));
        assert_eq!(parse("F5"), Ok(k(KeyCode::F(5), false)));
        assert_eq!(parse("Ctrl-C"), Ok(k(KeyCode::Char('c'), true)));
        assert_eq!(parse("c-d"), Ok(k(KeyCode::Char('d'), true)));
        assert_eq!(parse("Ctrl-Home"), Ok(k(KeyCode::Home, true)));
    }

    #[test]
    fn unknown_keys_are_refused_with_the_accepted_forms() {
        for bad in ["", "qq", "F25", "Ctrl-", "Hyper-x"] {
            let e = parse(bad).unwrap_err();
            assert!(
                e.contains("unknown key") && e.contains("PgDn"),
                "{bad}: {e}"
            );
        }
    }

    #[test]
    fn labels_parse_back_to_the_same_key() {
        for spec in [
            "q",
            "Space",
            "Ctrl-Z",
            "PgUp",
            "Shift-Tab",
            "F12",
            "Esc",
            "?",
        ] {
            let key = parse(spec).unwrap();
            assert_eq!(parse(&label(key)), Ok(key), "{spec}");
        }
        assert_eq!(label(parse("ctrl-c").unwrap()), "Ctrl-C");
    }
}
