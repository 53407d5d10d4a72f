//! The speakers pane: name, role (dimmed) and number of quotes per speaker.

use super::app::{App, Focus};
use super::layout;
use super::text::{excerpt, fit, str_width};
use super::theme;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

/// Between a name and its role; two spaces, so they read apart even undimmed.
const ROLE_GAP: &str = "  ";

pub fn title(app: &App) -> String {
    format!(" Speakers ({}) ", app.extraction.speakers.len())
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Speakers;
    let block = Block::bordered()
        .border_style(theme::border(focused))
        .title(Span::styled(title(app), theme::title(focused)));
    let inner = layout::inner(area);
    frame.render_widget(block, area);
    let speakers = &app.extraction.speakers;
    if speakers.is_empty() {
        let line = Line::styled(" no speakers found", theme::dim());
        frame.render_widget(Paragraph::new(line), inner);
        return;
    }
    let width = usize::from(inner.width);
    let cursor = app.speakers_cursor;
    let lines: Vec<Line> = (cursor.offset..speakers.len())
        .take(usize::from(inner.height))
        .map(|i| row(app, i, i == cursor.cursor, focused, width))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// `▶ Name role        9` for speaker `i`, `width` columns wide.
fn row(app: &App, i: usize, is_cursor: bool, focused: bool, width: usize) -> Line<'static> {
    let speaker = &app.extraction.speakers[i];
    let count = speaker.quotes.len().to_string();
    let label_w = width.saturating_sub(2 + 1 + count.len());
    let name = excerpt(&speaker.name, label_w);
    let name_w = str_width(&name);
    let role_w = label_w.saturating_sub(name_w + ROLE_GAP.len());
    let role = speaker
        .role
        .as_deref()
        .map(|r| excerpt(r, role_w))
        .filter(|r| !r.is_empty() && role_w > 0)
        .map(|r| format!("{ROLE_GAP}{r}"))
        .unwrap_or_default();
    let pad = label_w.saturating_sub(name_w + str_width(&role));
    let mut name_style = Style::new().fg(theme::speaker_color(Some(i)));
    if app.filter == Some(i) {
        name_style = name_style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    }
    let (marker, base) = theme::list_row(is_cursor, app.speakers_cursor.active, focused);
    Line::from(vec![
        marker,
        Span::styled(name, name_style),
        Span::styled(role, theme::dim()),
        Span::raw(fit("", pad)),
        Span::raw(" "),
        Span::raw(count),
    ])
    .style(base)
}
