//! Colours and text styles, in one place so they can be themed later.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Span;

/// Speaker tints, chosen to stay readable on dark and light backgrounds.
/// Speaker `i` always gets `PALETTE[i % len]`, so a speaker keeps its colour
/// whatever is filtered or selected.
const PALETTE: [Color; 8] = [
    Color::Cyan,
    Color::Yellow,
    Color::Green,
    Color::Magenta,
    Color::LightBlue,
    Color::LightRed,
    Color::LightGreen,
    Color::LightMagenta,
];

/// Tint of quotes nobody could be tied to.
const UNATTRIBUTED: Color = Color::Gray;

/// Text colour of a quote by its speaker (or of the speaker's name).
pub fn speaker_color(speaker: Option<usize>) -> Color {
    match speaker {
        Some(i) => PALETTE[i % PALETTE.len()],
        None => UNATTRIBUTED,
    }
}

/// Style of a quote's text in the body.
pub fn quote(speaker: Option<usize>) -> Style {
    let s = Style::new().fg(speaker_color(speaker));
    if speaker.is_none() {
        s.add_modifier(Modifier::ITALIC)
    } else {
        s
    }
}

/// Added on top of a quote's style when it is the selected one.
pub const SELECTED_MODIFIER: Modifier = Modifier::REVERSED.union(Modifier::BOLD);

/// Added to the selected quote's cue word.
pub const CUE_MODIFIER: Modifier = Modifier::UNDERLINED;

/// A search match in the body; the current one stands out from the others
/// by colour and by weight, and both from the selected quote (which is
/// reversed, not coloured behind).
pub fn search_match(current: bool) -> Style {
    if current {
        Style::new()
            .bg(Color::LightRed)
            .fg(Color::Black)
            .add_modifier(Modifier::BOLD)
            .remove_modifier(Modifier::REVERSED)
    } else {
        Style::new()
            .bg(Color::Yellow)
            .fg(Color::Black)
            .remove_modifier(Modifier::REVERSED)
    }
}

/// Border of the focused pane.
pub fn border(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
    } else {
        Style::new().fg(Color::DarkGray)
    }
}

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

/// A failure worth noticing: an article that could not be opened.
pub fn error() -> Style {
    Style::new().fg(Color::LightRed)
}

/// The status bar.
pub fn status() -> Style {
    Style::new().bg(Color::DarkGray).fg(Color::White)
}
