//! Keys → actions.
//!
//! The bindings are data (one table, also the source of the help overlay), so
//! remapping from a config file, a search mode (`/`, `n`, `N`) or mouse events
//! can be added without touching the state code. A [`Keymap`] is pure: it
//! knows nothing of the state, [`super::app::App::apply`] does.

use super::action::Action;
use super::prompt::Edit;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// One physical key: a code plus whether Ctrl is held. Shift is part of the
/// character (`G`, `?`, `}`) and therefore not matched separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn key(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

/// Keys bound to one action, with the text the help overlay shows for them.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// How the keys are written in the help overlay.
    pub label: &'static str,
    pub help: &'static str,
}

/// The default bindings, in the order the help overlay lists them.
pub const DEFAULT_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[key(KeyCode::Tab)],
        action: Action::FocusNext,
        label: "Tab",
        help: "next pane (article → quotes → speakers)",
    },
    Binding {
        keys: &[key(KeyCode::BackTab)],
        action: Action::FocusPrev,
        label: "Shift-Tab",
        help: "previous pane",
    },
    Binding {
        keys: &[ch('j'), key(KeyCode::Down)],
        action: Action::Down,
        label: "j / ↓",
        help: "scroll down / next entry",
    },
    Binding {
        keys: &[ch('k'), key(KeyCode::Up)],
        action: Action::Up,
        label: "k / ↑",
        help: "scroll up / previous entry",
    },
    Binding {
        keys: &[ch(' '), key(KeyCode::PageDown)],
        action: Action::PageDown,
        label: "Space / PgDn",
        help: "page down",
    },
    Binding {
        keys: &[ch('b'), key(KeyCode::PageUp)],
        action: Action::PageUp,
        label: "b / PgUp",
        help: "page up",
    },
    Binding {
        keys: &[ch('g'), key(KeyCode::Home)],
        action: Action::Top,
        label: "g / Home",
        help: "go to the top",
    },
    Binding {
        keys: &[ch('G'), key(KeyCode::End)],
        action: Action::Bottom,
        label: "G / End",
        help: "go to the end",
    },
    Binding {
        keys: &[key(KeyCode::Enter)],
        action: Action::Confirm,
        label: "Enter",
        help: "select (a speaker filters the quotes)",
    },
    Binding {
        keys: &[ch(']')],
        action: Action::NextQuote,
        label: "]",
        help: "next quote",
    },
    Binding {
        keys: &[ch('[')],
        action: Action::PrevQuote,
        label: "[",
        help: "previous quote",
    },
    Binding {
        keys: &[ch('}')],
        action: Action::NextSpeaker,
        label: "}",
        help: "next speaker (filters its quotes)",
    },
    Binding {
        keys: &[ch('{')],
        action: Action::PrevSpeaker,
        label: "{",
        help: "previous speaker",
    },
    Binding {
        keys: &[ch('/')],
        action: Action::Search,
        label: "/",
        help: "search the article (smart case)",
    },
    Binding {
        keys: &[ch('n')],
        action: Action::NextMatch,
        label: "n",
        help: "next match (wraps at the end)",
    },
    Binding {
        keys: &[ch('N')],
        action: Action::PrevMatch,
        label: "N",
        help: "previous match",
    },
    Binding {
        keys: &[ch('e')],
        action: Action::Export,
        label: "e",
        help: "export the listed quotes (.md or .json)",
    },
    Binding {
        keys: &[ch('o')],
        action: Action::Articles,
        label: "o",
        help: "open articles: switch to another",
    },
    Binding {
        keys: &[key(KeyCode::Esc)],
        action: Action::Back,
        label: "Esc",
        help: "close help / clear search / clear filter / clear selection",
    },
    Binding {
        keys: &[ch('?')],
        action: Action::ToggleHelp,
        label: "?",
        help: "this help",
    },
    Binding {
        keys: &[Key {
            code: KeyCode::Char('z'),
            ctrl: true,
        }],
        action: Action::Suspend,
        label: "Ctrl-Z",
        help: "suspend (fg in the shell resumes)",
    },
    Binding {
        keys: &[
            ch('q'),
            Key {
                code: KeyCode::Char('c'),
                ctrl: true,
            },
        ],
        action: Action::Quit,
        label: "q / Ctrl-C",
        help: "quit",
    },
];

/// A set of bindings; `Keymap::default()` is [`DEFAULT_BINDINGS`].
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: DEFAULT_BINDINGS.to_vec(),
        }
    }
}

impl Keymap {
    /// The action bound to `event`, if any. Key releases (reported on some
    /// platforms) and Alt combinations are never bound.
    pub fn action_for(&self, event: KeyEvent) -> Option<Action> {
        if event.kind == KeyEventKind::Release || event.modifiers.contains(KeyModifiers::ALT) {
            return None;
        }
        let pressed = Key {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        };
        self.bindings
            .iter()
            .find(|b| b.keys.contains(&pressed))
            .map(|b| b.action)
    }

    /// The bindings, in display order (the help overlay lists these).
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }
}

/// The editing step a key means on a prompt line (readline keys), or None
/// for keys a prompt does not take (Ctrl-C, Ctrl-Z: the caller still lets
/// those quit and suspend). Fixed rather than remappable: these are the keys
/// every line editor shares.
pub fn edit_for(event: KeyEvent) -> Option<Edit> {
    if event.kind == KeyEventKind::Release || event.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    Some(match (event.code, ctrl) {
        (KeyCode::Char('u'), true) => Edit::ClearToStart,
        (KeyCode::Char('w'), true) | (KeyCode::Backspace, true) => Edit::DeleteWord,
        (KeyCode::Char('a'), true) => Edit::Home,
        (KeyCode::Char('e'), true) => Edit::End,
        (KeyCode::Char('b'), true) => Edit::Left,
        (KeyCode::Char('f'), true) => Edit::Right,
        (KeyCode::Char('h'), true) => Edit::DeleteBack,
        (KeyCode::Char('d'), true) => Edit::DeleteForward,
        (KeyCode::Char(_), true) => return None,
        (KeyCode::Char(c), false) => Edit::Insert(c),
        (KeyCode::Backspace, false) => Edit::DeleteBack,
        (KeyCode::Delete, _) => Edit::DeleteForward,
        (KeyCode::Left, _) => Edit::Left,
        (KeyCode::Right, _) => Edit::Right,
        (KeyCode::Home, _) => Edit::Home,
        (KeyCode::End, _) => Edit::End,
        (KeyCode::Enter, _) => Edit::Submit,
        (KeyCode::Esc, _) => Edit::Cancel,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn every_documented_key_maps_to_its_action() {
        let km = Keymap::default();
        let cases = [
            (press(KeyCode::Tab), Action::FocusNext),
            (
                KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
                Action::FocusPrev,
            ),
            (press(KeyCode::Char('j')), Action::Down),
            (press(KeyCode::Down), Action::Down),
            (press(KeyCode::Char('k')), Action::Up),
            (press(KeyCode::Up), Action::Up),
            (press(KeyCode::Char(' ')), Action::PageDown),
            (press(KeyCode::PageDown), Action::PageDown),
            (press(KeyCode::Char('b')), Action::PageUp),
            (press(KeyCode::PageUp), Action::PageUp),
            (press(KeyCode::Char('g')), Action::Top),
            (press(KeyCode::Home), Action::Top),
            (
                KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT),
                Action::Bottom,
            ),
            (press(KeyCode::End), Action::Bottom),
            (press(KeyCode::Enter), Action::Confirm),
            (press(KeyCode::Char(']')), Action::NextQuote),
            (press(KeyCode::Char('[')), Action::PrevQuote),
            (
                KeyEvent::new(KeyCode::Char('}'), KeyModifiers::SHIFT),
                Action::NextSpeaker,
            ),
            (
                KeyEvent::new(KeyCode::Char('{'), KeyModifiers::SHIFT),
                Action::PrevSpeaker,
            ),
            (press(KeyCode::Esc), Action::Back),
            (
                KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT),
                Action::ToggleHelp,
            ),
            (press(KeyCode::Char('q')), Action::Quit),
            (
                KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
                Action::Quit,
            ),
            (
                KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL),
                Action::Suspend,
            ),
            (press(KeyCode::Char('/')), Action::Search),
            (press(KeyCode::Char('n')), Action::NextMatch),
            (
                KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT),
                Action::PrevMatch,
            ),
            (press(KeyCode::Char('e')), Action::Export),
            (press(KeyCode::Char('o')), Action::Articles),
        ];
        for (event, action) in cases {
            assert_eq!(km.action_for(event), Some(action), "{event:?}");
        }
    }

    #[test]
    fn unbound_and_modified_keys_do_nothing() {
        let km = Keymap::default();
        assert_eq!(km.action_for(press(KeyCode::Char('x'))), None);
        assert_eq!(km.action_for(press(KeyCode::Char('c'))), None);
        // Plain `z` is not Ctrl-Z.
        assert_eq!(km.action_for(press(KeyCode::Char('z'))), None);
        assert_eq!(
            km.action_for(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::ALT)),
            None
        );
        assert_eq!(
            km.action_for(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL)),
            None
        );
    }

    #[test]
    fn key_release_is_ignored() {
        let mut e = press(KeyCode::Char('q'));
        e.kind = KeyEventKind::Release;
        assert_eq!(Keymap::default().action_for(e), None);
    }

    #[test]
    fn ctrl_z_suspends_and_is_listed_in_help() {
        let km = Keymap::default();
        let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
        assert_eq!(km.action_for(ctrl_z), Some(Action::Suspend));
        let b = km
            .bindings()
            .iter()
            .find(|b| b.action == Action::Suspend)
            .expect("Suspend is bound");
        assert_eq!(b.label, "Ctrl-Z");
        assert!(b.help.contains("suspend"), "{}", b.help);
    }

    #[test]
    fn prompt_keys_edit_the_line_and_leave_ctrl_c_and_ctrl_z_alone() {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        assert_eq!(edit_for(press(KeyCode::Char('q'))), Some(Edit::Insert('q')));
        assert_eq!(
            edit_for(KeyEvent::new(KeyCode::Char('Ü'), KeyModifiers::SHIFT)),
            Some(Edit::Insert('Ü'))
        );
        assert_eq!(edit_for(press(KeyCode::Backspace)), Some(Edit::DeleteBack));
        assert_eq!(edit_for(ctrl('u')), Some(Edit::ClearToStart));
        assert_eq!(edit_for(ctrl('w')), Some(Edit::DeleteWord));
        assert_eq!(edit_for(press(KeyCode::Enter)), Some(Edit::Submit));
        assert_eq!(edit_for(press(KeyCode::Esc)), Some(Edit::Cancel));
        assert_eq!(edit_for(ctrl('c')), None);
        assert_eq!(edit_for(ctrl('z')), None);
    }

    #[test]
    fn no_key_is_bound_to_two_actions() {
        let mut seen = Vec::new();
        for b in DEFAULT_BINDINGS {
            for k in b.keys {
                assert!(!seen.contains(k), "{k:?} bound twice");
                seen.push(*k);
            }
        }
    }

    #[test]
    fn every_action_has_a_key_listed_in_help() {
        for a in Action::ALL {
            assert!(DEFAULT_BINDINGS.iter().any(|b| b.action == a), "{a:?}");
        }
    }
}
