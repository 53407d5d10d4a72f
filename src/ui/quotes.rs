//! The quotes pane: speaker and opening words of each listed quote; only the
//! rows on screen are built.

use super::app::{App, Focus};
use super::layout;
use super::text::{excerpt, fit, str_width};
use super::theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

/// Shown for a quote nobody could be tied to.
const NOBODY: &str = "—";

/// The pane title: `Quotes (N)`, plus the speaker when filtered.
pub fn title(app: &App) -> String {
    let n = app.quote_list.len();
    match app.filter.and_then(|s| app.extraction.speakers.get(s)) {
        Some(s) => format!(" Quotes ({n}) · {} ", excerpt(&s.name, 24)),
        None => format!(" Quotes ({n}) "),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Quotes;
    let block = Block::bordered()
        .border_style(app.theme.border(focused))
        .title(Span::styled(title(app), theme::title(focused)));
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    if app.quote_list.is_empty() {
        let line = Line::styled(" no quotes found", theme::dim());
        frame.render_widget(Paragraph::new(line), inner);
        return;
    }
    let width = usize::from(inner.width);
    let name_w = name_width(app, width);
    let cursor = app.quotes_cursor;
    let lines: Vec<Line> = app
        .quote_list
        .iter()
        .enumerate()
        .skip(cursor.offset)
        .take(usize::from(inner.height))
        .map(|(i, &q)| row(app, q, i == cursor.cursor, focused, width, name_w))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Width of the speaker column: the longest name, but at most a third of the
/// pane (and 16 columns), so the quote itself keeps most of the row. None
/// while filtered: the title already names the one speaker.
fn name_width(app: &App, width: usize) -> usize {
    if app.filter.is_some() {
        return 0;
    }
    app.longest_name
        .max(str_width(NOBODY))
        .min((width / 3).min(16))
}

/// `▶ Speaker    „Opening words…` for quote `q`, `width` columns wide
/// (without the speaker when `name_w` is 0).
fn row(
    app: &App,
    q: usize,
    is_cursor: bool,
    focused: bool,
    width: usize,
    name_w: usize,
) -> Line<'static> {
    let quote = &app.extraction.quotes[q];
    let speaker = quote.speaker.and_then(|s| app.extraction.speakers.get(s));
    let name = speaker.map_or(NOBODY, |s| s.name.as_str());
    let name_col = if name_w == 0 { 0 } else { name_w + 1 };
    let text_w = width.saturating_sub(2 + name_col);
    let text = app.doc.text.get(quote.span.clone()).unwrap_or("");
    let (marker, base) = theme::list_row(is_cursor, app.quotes_cursor.active, focused);
    // The speaker's tint when the quote names a speaker that exists, else the unattributed one.
    let tint = quote.speaker.filter(|_| speaker.is_some());
    let name_style = app.theme.speaker(tint);
    let mut spans = vec![marker];
    if name_w > 0 {
        spans.push(Span::styled(
            fit(&excerpt(name, name_w), name_w),
            name_style,
        ));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::raw(fit(&excerpt(text, text_w), text_w)));
    Line::from(spans).style(base)
}
