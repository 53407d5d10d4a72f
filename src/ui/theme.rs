//! Colours and text styles, in one place so they can be themed.
//!
//! Colours come from a [`Theme`] (the defaults below, the user's config, or
//! none at all under `NO_COLOR`); styles that use only weight, reversal and
//! underline are free functions, the same in every theme, so the selection
//! and focus stay visible without colour.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Span;

/// Speaker tints, chosen to stay readable on dark and light backgrounds.
/// Speaker `i` always gets `palette[i % len]`, so a speaker keeps its colour
/// whatever is filtered or selected.
pub const DEFAULT_PALETTE: [Color; 8] = [
    Color::Cyan,
    Color::Yellow,
    Color::Green,
    Color::Magenta,
    Color::LightBlue,
    Color::LightRed,
    Color::LightGreen,
    Color::LightMagenta,
];

/// The reader's colours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Speaker tints (never empty).
    pub palette: Vec<Color>,
    /// Tint of quotes nobody could be tied to.
    pub unattributed: Color,
    pub border: Color,
    pub border_focused: Color,
    pub status_fg: Color,
    pub status_bg: Color,
    /// Background of search matches, and of the current one.
    pub search_bg: Color,
    pub search_current_bg: Color,
    /// Text of failures (an article that could not be opened).
    pub error: Color,
    /// False under `NO_COLOR` (or `colors = false`): every style is then
    /// made of modifiers only.
    pub colors: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            palette: DEFAULT_PALETTE.to_vec(),
            unattributed: Color::Gray,
            border: Color::DarkGray,
            border_focused: Color::Cyan,
            status_fg: Color::White,
            status_bg: Color::DarkGray,
            search_bg: Color::Yellow,
            search_current_bg: Color::LightRed,
            error: Color::LightRed,
            colors: true,
        }
    }
}

impl Theme {
    /// The default theme without any colour, for `NO_COLOR`.
    pub fn monochrome() -> Self {
        Theme {
            colors: false,
            ..Theme::default()
        }
    }

    /// Text colour of a quote by its speaker (or of the speaker's name).
    pub fn speaker_color(&self, speaker: Option<usize>) -> Color {
        match speaker {
            Some(i) if !self.palette.is_empty() => self.palette[i % self.palette.len()],
            _ => self.unattributed,
        }
    }

    /// A speaker's name or quote tint as a style (plain without colours).
    pub fn speaker(&self, speaker: Option<usize>) -> Style {
        self.fg(self.speaker_color(speaker))
    }

    /// Style of a quote's text in the body.
    pub fn quote(&self, speaker: Option<usize>) -> Style {
        let s = self.speaker(speaker);
        if speaker.is_none() {
            s.add_modifier(Modifier::ITALIC)
        } else {
            s
        }
    }

    /// Border of a pane: the focused one stands out by colour and weight.
    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(self.border_focused).add_modifier(Modifier::BOLD)
        } else if self.colors {
            self.fg(self.border)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// The status bar: coloured, or reversed without colours.
    pub fn status(&self) -> Style {
        if self.colors {
            Style::new().bg(self.status_bg).fg(self.status_fg)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// A search match in the body; the current one stands out from the
    /// others by colour and by weight, and both from the selected quote
    /// (which is reversed, not coloured behind). Without colours: the
    /// current match bold and underlined, the others underlined.
    pub fn search_match(&self, current: bool) -> Style {
        let base = Style::new().remove_modifier(Modifier::REVERSED);
        match (self.colors, current) {
            (true, true) => base
                .bg(self.search_current_bg)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            (true, false) => base.bg(self.search_bg).fg(Color::Black),
            (false, true) => base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            (false, false) => base.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// A failure worth noticing: an article that could not be opened.
    pub fn error(&self) -> Style {
        if self.colors {
            Style::new().fg(self.error)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    fn fg(&self, color: Color) -> Style {
        if self.colors {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }
}

/// Added on top of a quote's style when it is the selected one.
pub const SELECTED_MODIFIER: Modifier = Modifier::REVERSED.union(Modifier::BOLD);

/// Added to the selected quote's cue word.
pub const CUE_MODIFIER: Modifier = Modifier::UNDERLINED;

/// Title of a pane.
pub fn title(focused: bool) -> Style {
    if focused {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    }
}

/// The list entry under the cursor: reversed when its pane has focus, bold otherwise.
pub fn cursor_row(focused: bool) -> Style {
    if focused {
        Style::new().add_modifier(Modifier::REVERSED)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    }
}

/// Marker and row style of a list row: `▶` and [`cursor_row`] on the
/// picked entry; a dim `▷` on the cursor of a focused list where nothing is
/// picked yet (j or Enter picks it); nothing on other rows.
pub fn list_row(is_cursor: bool, active: bool, focused: bool) -> (Span<'static>, Style) {
    match (is_cursor, active, focused) {
        (true, true, _) => (Span::raw("▶ "), cursor_row(focused)),
        (true, false, true) => (Span::styled("▷ ", dim()), Style::new()),
        _ => (Span::raw("  "), Style::new()),
    }
}

/// Secondary text: roles, key hints.
pub fn dim() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

/// The prompt line (search, export) in place of the status bar: plain,
/// so what is typed reads as input, not as status.
pub fn prompt() -> Style {
    Style::new()
}
