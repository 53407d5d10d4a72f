//! The speakers pane: name, role (dimmed) and number of quotes per speaker.

use super::app::{App, Focus};
use super::layout;
use super::text::{excerpt, fit, str_width};
use super::theme;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui::Frame;

/// Between a name and its role; two spaces, so they read apart even undimmed.
const ROLE_GAP: &str = "  ";

/// A role cut shorter than this many columns (`r…`) says nothing; it is left out.
const MIN_CUT_ROLE: usize = 6;

/// The role as shown in `width` columns: whole if it fits, cut with `…` if
/// at least [`MIN_CUT_ROLE`] columns remain, else not at all.
fn shown_role(role: &str, width: usize) -> Option<String> {
    let whole = excerpt(role, usize::MAX);
    if whole.is_empty() {
        return None;
    }
    if str_width(&whole) <= width {
        return Some(whole);
    }
    (width >= MIN_CUT_ROLE).then(|| excerpt(role, width))
}

pub fn title(app: &App) -> String {
    format!(" Speakers ({}) ", app.extraction.speakers.len())
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Speakers;
    let block = Block::bordered()
        .border_style(app.theme.border(focused))
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
        .and_then(|r| shown_role(r, role_w))
        .map(|r| format!("{ROLE_GAP}{r}"))
        .unwrap_or_default();
    let pad = label_w.saturating_sub(name_w + str_width(&role));
    let mut name_style = app.theme.speaker(Some(i));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture::article;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    #[test]
    fn a_role_is_whole_cut_to_a_readable_length_or_left_out() {
        assert_eq!(shown_role("CEO", 3).as_deref(), Some("CEO"));
        assert_eq!(
            shown_role("russischen Präsidenten", 9).as_deref(),
            Some("russisch…")
        );
        assert_eq!(
            shown_role("russischen Präsidenten", 6).as_deref(),
            Some("russi…")
        );
        assert_eq!(shown_role("russischen Präsidenten", 5), None);
        assert_eq!(shown_role("russischen Präsidenten", 2), None);
        assert_eq!(shown_role("  ", 10), None);
    }

    #[test]
    fn no_role_stub_at_60_columns() {
        let (doc, ex) = article(
            &["„Eins“, sagte Putin. „Zwei“, sagte Wang."],
            &[
                ("Wladimir Putin", Some("russischen Präsidenten")),
                ("Wang Yi", Some("Chinas Spitzendiplomat")),
            ],
            &[Some(0), Some(1)],
        );
        let mut app = App::new(&doc, &ex);
        app.set_viewport(60, 30);
        let area = app.screen().panes().unwrap().speakers;
        let mut term = Terminal::new(TestBackend::new(60, 30)).unwrap();
        term.draw(|f| render(&app, f, area)).unwrap();
        let buf = term.backend().buffer();
        let rows: Vec<String> = (area.y + 1..area.y + 3)
            .map(|y| {
                (area.x..area.x + area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect()
            })
            .collect();
        // Putin's name leaves too little room: no "r…" stub, the count stays.
        assert!(rows[0].contains("Wladimir Putin"), "{rows:?}");
        assert!(!rows[0].contains('…'), "{rows:?}");
        assert!(
            rows[0].trim_end_matches('│').trim_end().ends_with('1'),
            "{rows:?}"
        );
        // A shorter name leaves room for a readable cut.
        assert!(rows[1].contains("Chinas"), "{rows:?}");
    }
}
