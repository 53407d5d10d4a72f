//! The user's settings file, `$XDG_CONFIG_HOME/whosaid/config.toml`
//! (`~/.config/whosaid/config.toml` when the variable is unset).
//!
//! Every key is optional and has the default README.md lists. A file that
//! cannot be used is never fatal: the caller reports the one-line
//! [`ConfigError`] (file, line, key, what is wrong) and starts with defaults,
//! because a typo in a colour must not keep anyone from reading.

use crate::ui::keymap::Key;
use crate::ui::theme::Theme;
use crate::ui::{keyspec, layout, Action, Settings};
use ratatui::style::Color;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub theme: ThemeConfig,
    /// Action name → keys, replacing that action's default keys.
    pub keys: BTreeMap<Action, KeyList>,
    pub layout: LayoutConfig,
    pub language: LanguageConfig,
    pub place: PlaceConfig,
}

/// `[theme]`: the reader's colours.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ThemeConfig {
    /// False draws without colours, as `NO_COLOR` does.
    pub colors: bool,
    /// Speaker tints, used in turn.
    pub speakers: Vec<ColorName>,
    pub unattributed: ColorName,
    pub border: ColorName,
    pub border_focused: ColorName,
    pub status_fg: ColorName,
    pub status_bg: ColorName,
    pub search: ColorName,
    pub search_current: ColorName,
    pub error: ColorName,
}

impl Default for ThemeConfig {
    fn default() -> Self {
        let t = Theme::default();
        ThemeConfig {
            colors: t.colors,
            speakers: t.palette.into_iter().map(ColorName).collect(),
            unattributed: ColorName(t.unattributed),
            border: ColorName(t.border),
            border_focused: ColorName(t.border_focused),
            status_fg: ColorName(t.status_fg),
            status_bg: ColorName(t.status_bg),
            search: ColorName(t.search_bg),
            search_current: ColorName(t.search_current_bg),
            error: ColorName(t.error),
        }
    }
}

/// `[layout]`.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LayoutConfig {
    /// Widest the quotes/speakers column may be, in columns.
    pub side_width: u16,
}

impl Default for LayoutConfig {
    fn default() -> Self {
        LayoutConfig {
            side_width: layout::SIDE_MAX_WIDTH,
        }
    }
}

/// `[language]`.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LanguageConfig {
    /// `auto` or a language code; `--lang` overrides it.
    pub default: String,
    /// Directory of extra language rules (`xx.toml`); relative paths are
    /// taken from the config file's directory, `~/` from the home directory.
    pub rules_dir: Option<PathBuf>,
}

impl Default for LanguageConfig {
    fn default() -> Self {
        LanguageConfig {
            default: "auto".into(),
            rules_dir: None,
        }
    }
}

/// `[place]`: returning to where a file was left.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlaceConfig {
    pub remember: bool,
    /// How many files are remembered; the least recently read go first.
    pub max_files: usize,
}

impl Default for PlaceConfig {
    fn default() -> Self {
        PlaceConfig {
            remember: true,
            max_files: crate::state::DEFAULT_MAX_FILES,
        }
    }
}

/// A colour as written in the file: a name (`cyan`, `light-blue`,
/// `dark-gray`), `#rrggbb`, or a terminal palette index `0`…`255`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColorName(pub Color);

impl<'de> Deserialize<'de> for ColorName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Color::from_str(s.trim()).map(ColorName).map_err(|_| {
            de::Error::custom(format!(
                "unknown colour `{s}`; use a name (red, light-blue, dark-gray, …), #rrggbb or 0-255"
            ))
        })
    }
}

/// One key or a list of keys (`quit = "x"` or `quit = ["x", "Ctrl-c"]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyList(pub Vec<Key>);

impl<'de> Deserialize<'de> for KeyList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = KeyList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key (\"q\") or a list of keys ([\"q\", \"Ctrl-c\"])")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyList, E> {
                keyspec::parse(v)
                    .map(|k| KeyList(vec![k]))
                    .map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<KeyList, A::Error> {
                let mut keys = Vec::new();
                while let Some(spec) = seq.next_element::<String>()? {
                    keys.push(keyspec::parse(&spec).map_err(de::Error::custom)?);
                }
                Ok(KeyList(keys))
            }
        }
        d.deserialize_any(KeysVisitor)
    }
}

/// Why the config file was not used, in one line: the file, the line and
/// the key when known, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ": {key}")?;
        }
        write!(f, ": {}; using the defaults", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the file at `path`; `Ok(None)` when there is none, or when
    /// it cannot even be seen (a directory on the way is not searchable, as
    /// for `setpriv`/`sudo -u` with someone else's `$HOME`): a file the user
    /// cannot see is not their config. One that exists but cannot be read
    /// is an error.
    pub fn load(path: &Path) -> Result<Option<Config>, ConfigError> {
        if !path.try_exists().unwrap_or(false) {
            return Ok(None);
        }
        let src = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(ConfigError {
                    path: path.to_path_buf(),
                    line: None,
                    key: None,
                    message: format!("cannot be read ({e})"),
                })
            }
        };
        Config::parse(&src, path).map(Some)
    }

    /// Parses `src`, the text of the file at `path` (named in errors).
    pub fn parse(src: &str, path: &Path) -> Result<Config, ConfigError> {
        let config: Config = Config::parse_toml(src, path)?;
        config.check_keys().map_err(|(action, message)| {
            let name = action_name(action);
            let line = key_line(src, "keys", &name);
            ConfigError {
                path: path.to_path_buf(),
                line,
                key: Some(format!("keys.{name}")),
                message,
            }
        })?;
        Ok(config)
    }

    /// Refuses bindings that would leave the reader unusable or ambiguous:
    /// no key to quit, or one key for two actions.
    fn check_keys(&self) -> Result<(), (Action, String)> {
        if self.keys.get(&Action::Quit).is_some_and(|k| k.0.is_empty()) {
            return Err((
                Action::Quit,
                "quit needs at least one key, or the reader could not be left".into(),
            ));
        }
        let mut seen: Vec<(Key, Action)> = Vec::new();
        for (&action, keys) in &self.keys {
            for &k in &keys.0 {
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == k) {
                    return Err((
                        action,
                        format!(
                            "key {} is also given to {}; give each key to one action",
                            keyspec::label(k),
                            action_name(*other)
                        ),
                    ));
                }
                seen.push((k, action));
            }
        }
        Ok(())
    }

    fn parse_toml(src: &str, path: &Path) -> Result<Config, ConfigError> {
        toml::from_str(src).map_err(|e| {
            let (line, key) = match e.span() {
                Some(span) => {
                    let (line, key) = locate(src, span.start);
                    (Some(line), key)
                }
                None => (None, None),
            };
            ConfigError {
                path: path.to_path_buf(),
                line,
                key,
                message: e.message().trim().replace('\n', " "),
            }
        })
    }

    /// The reader's settings; `no_color` (the `NO_COLOR` variable) wins over the theme.
    pub fn settings(&self, no_color: bool) -> Settings {
        let t = &self.theme;
        let mut palette: Vec<Color> = t.speakers.iter().map(|c| c.0).collect();
        if palette.is_empty() {
            palette = Theme::default().palette;
        }
        let theme = Theme {
            palette,
            unattributed: t.unattributed.0,
            border: t.border.0,
            border_focused: t.border_focused.0,
            status_fg: t.status_fg.0,
            status_bg: t.status_bg.0,
            search_bg: t.search.0,
            search_current_bg: t.search_current.0,
            error: t.error.0,
            colors: t.colors && !no_color,
        };
        let mut keymap = crate::ui::keymap::Keymap::default();
        for (&action, keys) in &self.keys {
            keymap.remap(action, keys.0.clone());
        }
        Settings {
            keymap,
            theme,
            side_width: self.layout.side_width,
        }
    }

    /// Where extra language rules are looked for: the configured directory,
    /// else `lang/` beside the config file.
    pub fn rules_dir(&self, config_path: &Path, home: Option<&Path>) -> Option<PathBuf> {
        let base = config_path.parent()?;
        Some(match &self.language.rules_dir {
            Some(dir) => match (dir.strip_prefix("~"), home) {
                (Ok(rest), Some(home)) => home.join(rest),
                _ => base.join(dir),
            },
            None => base.join("lang"),
        })
    }
}

/// The config name of `action` (`next_quote`), as serde reads it.
fn action_name(action: Action) -> String {
    let debug = format!("{action:?}");
    let mut name = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    name
}

/// Line (1-based) where `key` is set in table `[table]`, if written plainly.
fn key_line(src: &str, table: &str, key: &str) -> Option<usize> {
    let mut in_table = false;
    for (i, line) in src.lines().enumerate() {
        let t = line.trim();
        if t.starts_with('[') {
            in_table = t.trim_matches(|c| c == '[' || c == ']').trim() == table;
        } else if in_table
            && t.split_once('=')
                .is_some_and(|(k, _)| k.trim().trim_matches('"') == key)
        {
            return Some(i + 1);
        }
    }
    None
}

/// Line (1-based) of byte `pos` in `src`, and the dotted key written on that
/// line (`theme.border`), found from the line itself and the last table
/// header above it.
fn locate(src: &str, pos: usize) -> (usize, Option<String>) {
    let pos = pos.min(src.len());
    let before = &src[..pos];
    let line_no = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = src[line_start..].lines().next().unwrap_or("");
    let table = before[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('[') && !l.starts_with("[["))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim().to_string());
    let header_here = line.trim_start().starts_with('[');
    let key = if header_here {
        Some(
            line.trim()
                .trim_matches(|c| c == '[' || c == ']')
                .trim()
                .to_string(),
        )
    } else {
        line.split_once('=')
            .map(|(k, _)| k.trim().trim_matches('"').to_string())
            .filter(|k| !k.is_empty())
            .map(|k| match &table {
                Some(t) => format!("{t}.{k}"),
                None => k,
            })
    };
    (line_no, key)
}

/// `$XDG_CONFIG_HOME/whosaid/config.toml`, else `$HOME/.config/whosaid/config.toml`.
/// `env` looks a variable up (the process environment, or a test's map).
pub fn config_path(env: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    xdg_dir(&env, "XDG_CONFIG_HOME", ".config").map(|d| d.join("whosaid").join("config.toml"))
}

/// `$XDG_STATE_HOME/whosaid`, else `$HOME/.local/state/whosaid`.
pub fn state_dir(env: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    xdg_dir(&env, "XDG_STATE_HOME", ".local/state").map(|d| d.join("whosaid"))
}

/// The XDG base directory in `var`; relative values are ignored, as the
/// XDG spec asks, and `$HOME/fallback` used instead.
fn xdg_dir(env: &impl Fn(&str) -> Option<OsString>, var: &str, fallback: &str) -> Option<PathBuf> {
    let absolute = |v: OsString| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    env(var)
        .and_then(absolute)
        .or_else(|| env("HOME").and_then(absolute).map(|h| h.join(fallback)))
}

/// True when `NO_COLOR` is set to anything but the empty string (no-color.org).
pub fn no_color(env: impl Fn(&str) -> Option<OsString>) -> bool {
    env("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyCode;

    fn parse(src: &str) -> Result<Config, ConfigError> {
        Config::parse(src, Path::new("/cfg/whosaid/config.toml"))
    }

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.into())
    }

    #[test]
    fn an_empty_file_means_every_default() {
        let c = parse("").unwrap();
        let s = c.settings(false);
        assert_eq!(s.theme, Theme::default());
        assert_eq!(s.side_width, layout::SIDE_MAX_WIDTH);
        assert_eq!(c.language.default, "auto");
        assert!(c.place.remember);
    }

    #[test]
    fn every_section_is_read() {
        let c = parse(
            r##"
[theme]
speakers = ["red", "#00ff00", "208"]
border_focused = "light-blue"
search = "blue"
error = "red"
colors = true

[keys]
quit = "x"
next_quote = ["n", "Ctrl-n"]

[layout]
side_width = 30

[language]
default = "de"
rules_dir = "my-langs"

[place]
remember = false
max_files = 20
"##,
        )
        .unwrap();
        let s = c.settings(false);
        assert_eq!(
            s.theme.palette,
            [Color::Red, Color::Rgb(0, 255, 0), Color::Indexed(208)]
        );
        assert_eq!(s.theme.border_focused, Color::LightBlue);
        assert_eq!(
            (s.theme.search_bg, s.theme.error),
            (Color::Blue, Color::Red)
        );
        assert_eq!(
            s.theme.search_current_bg,
            Theme::default().search_current_bg
        );
        assert_eq!(s.side_width, 30);
        let km = &s.keymap;
        let press = |c| ratatui::crossterm::event::KeyEvent::from(KeyCode::Char(c));
        assert_eq!(km.action_for(press('x')), Some(Action::Quit));
        assert_eq!(km.action_for(press('q')), None);
        assert_eq!(km.action_for(press('n')), Some(Action::NextQuote));
        assert_eq!(c.language.default, "de");
        assert_eq!(
            c.rules_dir(Path::new("/cfg/whosaid/config.toml"), None),
            Some(PathBuf::from("/cfg/whosaid/my-langs"))
        );
        assert!(!c.place.remember);
        assert_eq!(c.place.max_files, 20);
    }

    #[test]
    fn an_unknown_key_is_named_with_its_line() {
        let e = parse("[theme]\nborder = \"red\"\nbordr = \"blue\"\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(e.key.as_deref(), Some("theme.bordr"));
        assert!(e.message.contains("unknown field `bordr`"), "{e}");
        assert_eq!(e.to_string().lines().count(), 1, "one line: {e}");
        assert!(
            e.to_string()
                .starts_with("/cfg/whosaid/config.toml:3: theme.bordr: "),
            "{e}"
        );
    }

    #[test]
    fn a_bad_value_is_named_with_its_line_and_key() {
        let e = parse("[layout]\nside_width = 30\n[theme]\nborder = \"purplish\"\n").unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (Some(4), Some("theme.border")));
        assert!(e.message.contains("unknown colour `purplish`"), "{e}");
        let e = parse("[layout]\nside_width = \"wide\"\n").unwrap_err();
        assert_eq!(
            (e.line, e.key.as_deref()),
            (Some(2), Some("layout.side_width"))
        );
    }

    #[test]
    fn an_unknown_action_or_key_name_is_refused() {
        let e = parse("[keys]\njump = \"j\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("unknown variant `jump`"), "{e}");
        let e = parse("[keys]\nquit = [\"q\", \"Hyper-q\"]\n").unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (Some(2), Some("keys.quit")));
        assert!(e.message.contains("unknown key `Hyper-q`"), "{e}");
    }

    #[test]
    fn quit_cannot_be_left_without_a_key() {
        let e = parse("[keys]\ndown = []\nquit = []\n").unwrap_err();
        assert_eq!((e.line, e.key.as_deref()), (Some(3), Some("keys.quit")));
        assert!(e.message.contains("at least one key"), "{e}");
        // Other actions may be unbound.
        let c = parse("[keys]\nsuspend = []\n").unwrap();
        let ctrl_z = ratatui::crossterm::event::KeyEvent::new(
            KeyCode::Char('z'),
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        );
        assert_eq!(c.settings(false).keymap.action_for(ctrl_z), None);
    }

    #[test]
    fn one_key_for_two_actions_is_refused() {
        let e = parse("[keys]\nnext_quote = \"n\"\nnext_speaker = [\"m\", \"n\"]\n").unwrap_err();
        assert_eq!(
            (e.line, e.key.as_deref()),
            (Some(3), Some("keys.next_speaker"))
        );
        assert!(
            e.message.contains("key n is also given to next_quote"),
            "{e}"
        );
    }

    #[test]
    fn action_names_are_the_ones_serde_reads() {
        for a in Action::ALL {
            let src = format!("[keys]\n{} = \"F9\"\n", action_name(a));
            let c = parse(&src).unwrap_or_else(|e| panic!("{a:?}: {e}"));
            assert!(c.keys.contains_key(&a));
        }
    }

    #[test]
    fn a_syntax_error_gives_its_line() {
        let e = parse("[theme]\ncolors = true\nborder = \n").unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.to_string().contains("config.toml:3"), "{e}");
    }

    #[test]
    fn colors_false_or_no_color_give_a_theme_without_colours() {
        let c = parse("[theme]\ncolors = false\n").unwrap();
        assert!(!c.settings(false).theme.colors);
        let c = parse("").unwrap();
        assert!(!c.settings(true).theme.colors);
        assert!(c.settings(false).theme.colors);
    }

    #[test]
    fn no_color_counts_only_when_not_empty() {
        assert!(no_color(env_of(&[("NO_COLOR", "1")])));
        assert!(!no_color(env_of(&[("NO_COLOR", "")])));
        assert!(!no_color(env_of(&[])));
    }

    #[test]
    fn xdg_variables_win_over_home_and_relative_ones_are_ignored() {
        let env = env_of(&[("XDG_CONFIG_HOME", "/x/cfg"), ("HOME", "/home/u")]);
        assert_eq!(
            config_path(env),
            Some(PathBuf::from("/x/cfg/whosaid/config.toml"))
        );
        let env = env_of(&[("XDG_CONFIG_HOME", "rel"), ("HOME", "/home/u")]);
        assert_eq!(
            config_path(env),
            Some(PathBuf::from("/home/u/.config/whosaid/config.toml"))
        );
        let env = env_of(&[("HOME", "/home/u")]);
        assert_eq!(
            state_dir(env),
            Some(PathBuf::from("/home/u/.local/state/whosaid"))
        );
        assert_eq!(config_path(env_of(&[])), None);
    }

    #[test]
    fn a_missing_file_is_no_config_and_no_error() {
        assert!(Config::load(Path::new("/no/such/dir/config.toml"))
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_config_that_exists_but_cannot_be_read_is_an_error() {
        let dir = std::env::temp_dir().join(format!("whosaid-config-dir-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("config.toml")).unwrap();
        // A directory where the file should be: it exists, reading it fails.
        let e = Config::load(&dir.join("config.toml")).unwrap_err();
        assert!(e.to_string().contains("cannot be read"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_file_written_in_a_temp_dir_round_trips() {
        let dir = std::env::temp_dir().join(format!("whosaid-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("config.toml");
        std::fs::write(
            &path,
            "[layout]\nside_width = 40\n[keys]\ntoggle_help = \"F1\"\n",
        )
        .unwrap();
        let c = Config::load(&path).unwrap().unwrap();
        let s = c.settings(false);
        assert_eq!(s.side_width, 40);
        assert_eq!(
            s.keymap.action_for(KeyCode::F(1).into()),
            Some(Action::ToggleHelp)
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
