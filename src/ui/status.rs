//! The status bar: what is open, where the reader is, and how to get help.

use super::app::App;
use super::prompt::Prompt;
use super::text::{char_width, display_char, excerpt, fit, plural, str_width};
use super::theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

const HINT: &str = "? help  q quit ";

/// Shown instead of the counts while quotes are found in the background.
pub const FINDING: &str = "finding quotes…";

/// The left part: file · language · counts · position · filter · notice.
pub fn summary(app: &App) -> String {
    let ex = &app.extraction;
    // The encoding only when it is not plain UTF-8: then it is news.
    let encoding = app
        .doc
        .decoding
        .note()
        .map(|n| format!(" · {n}"))
        .unwrap_or_default();
    let counts = if app.finding {
        FINDING.to_string()
    } else {
        format!(
            "{} · {}",
            plural(ex.quotes.len(), "quote", "quotes"),
            plural(ex.speakers.len(), "speaker", "speakers")
        )
    };
    let mut s = format!(
        "{}{} · {}{encoding} · {} · {}%",
        app.doc.name,
        shelf(app),
        ex.language,
        counts,
        app.percent()
    );
    push_selection_filter_and_notice(app, &mut s);
    s
}

/// The left part when the full one does not fit beside the hint:
/// file · position · selected quote · filter · notice.
pub fn compact_summary(app: &App) -> String {
    let mut s = format!("{}{} · {}%", app.doc.name, shelf(app), app.percent());
    if app.finding {
        s.push_str(&format!(" · {FINDING}"));
    }
    push_selection_filter_and_notice(app, &mut s);
    s
}

/// ` [2/3]` when several articles are open.
fn shelf(app: &App) -> String {
    app.shelf
        .map(|(i, n)| format!(" [{}/{n}]", i + 1))
        .unwrap_or_default()
}

fn push_selection_filter_and_notice(app: &App, s: &mut String) {
    if let Some(pos) = app.selected.and_then(|q| app.list_position(q)) {
        s.push_str(&format!(" · quote {}/{}", pos + 1, app.quote_list.len()));
    }
    if let Some(sp) = app.filter.and_then(|i| app.extraction.speakers.get(i)) {
        s.push_str(&format!(" · filter: {} (Esc clears)", sp.name));
    }
    if let Some(search) = &app.search {
        match (search.current, search.matches.len()) {
            (_, 0) => s.push_str(&format!(" · /{}: no match", search.query)),
            (Some(i), n) => s.push_str(&format!(" · /{} {}/{n}", search.query, i + 1)),
            (None, n) => s.push_str(&format!(" · /{} {n}", search.query)),
        }
    }
    if let Some(n) = &app.notice {
        s.push_str(&format!(" · {n}"));
    }
}

/// Columns of the left part worth keeping beside the hint when it is cut.
const MIN_LEFT: usize = 8;

/// Which left part to show in `width` columns and whether the hint fits
/// beside it. The hint is the only pointer to the keys, so it outlasts
/// everything else: full + hint, compact + hint, compact cut + hint (while
/// [`MIN_LEFT`] columns of it remain), and only then compact cut, no hint.
fn choose<'s>(full: &'s str, compact: &'s str, width: usize, hint_w: usize) -> (&'s str, bool) {
    // `<`: one column is left between the summary and the hint.
    if str_width(full) + hint_w < width {
        (full, true)
    } else {
        (compact, width >= hint_w + 1 + MIN_LEFT)
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    if let Some(prompt) = &app.prompt {
        render_prompt(prompt, frame, area);
        return;
    }
    let width = usize::from(area.width).saturating_sub(1);
    let hint_w = str_width(HINT);
    let full = summary(app);
    let compact = compact_summary(app);
    let (left, hint) = choose(&full, &compact, width, hint_w);
    // One space keeps a cut left part (`…`) apart from the hint.
    let left_w = if hint { width - hint_w - 1 } else { width };
    let mut spans = vec![
        Span::raw(" "),
        Span::raw(fit(&excerpt(left, left_w), left_w)),
    ];
    if hint {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(HINT, theme::dim()));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme::status()),
        area,
    );
}

/// The prompt in place of the status bar: its label, the typed line and the
/// terminal's cursor where the next character goes. A line too long for
/// the row scrolls so the cursor stays in sight.
fn render_prompt(prompt: &Prompt, frame: &mut Frame, area: Rect) {
    if area.width < 2 || area.height == 0 {
        return;
    }
    let label = prompt.label();
    let line = prompt.line.text();
    let cursor = prompt.line.cursor();
    // (char, columns, is typed text) for everything on the row, then the cursor's index.
    let cells: Vec<(char, usize)> = label
        .chars()
        .chain(line.chars())
        .map(|c| (display_char(c), char_width(c)))
        .collect();
    let at = label.chars().count() + line[..cursor].chars().count();
    let avail = usize::from(area.width) - 1;
    // Drop cells from the left until the cursor (one column) fits.
    let mut first = 0;
    let mut used: usize = cells[..at].iter().map(|c| c.1).sum();
    while used + 1 > avail && first < at {
        used -= cells[first].1;
        first += 1;
    }
    let mut shown = String::new();
    let mut cols = 0;
    for &(c, w) in &cells[first..] {
        if cols + w > avail {
            break;
        }
        shown.push(c);
        cols += w;
    }
    frame.render_widget(
        Paragraph::new(Line::from(vec![Span::raw(" "), Span::raw(shown)])).style(theme::prompt()),
        area,
    );
    let x = area.x + 1 + u16::try_from(used).unwrap_or(u16::MAX);
    frame.set_cursor_position((x.min(area.right().saturating_sub(1)), area.y));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture::long_article;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    fn status_row(app: &mut App, width: u16, height: u16) -> String {
        app.set_viewport(width, height);
        let mut term = Terminal::new(TestBackend::new(width, height)).unwrap();
        term.draw(|f| render(app, f, Rect::new(0, height - 1, width, 1)))
            .unwrap();
        let buf = term.backend().buffer();
        (0..width)
            .map(|x| buf[(x, height - 1)].symbol().to_string())
            .collect()
    }

    #[test]
    fn the_hint_outlasts_the_counts_at_narrow_widths() {
        let (doc, ex) = long_article();
        let mut app = App::new(&doc, &ex);
        let wide = status_row(&mut app, 120, 30);
        assert!(wide.contains(" · ") && wide.contains("quotes"), "{wide}");
        assert!(wide.contains(HINT.trim_end()), "{wide}");
        // The stacked layout: counts go, the hint stays.
        let narrow = status_row(&mut app, 60, 30);
        assert!(narrow.contains(HINT.trim_end()), "{narrow:?}");
        assert!(
            str_width(&summary(&app)) + str_width(HINT) + 2 > 60,
            "the full form must not fit"
        );
        assert!(!narrow.contains("quotes"), "{narrow:?}");
        for width in [40, 30, 25] {
            let row = status_row(&mut app, width, 30);
            assert!(row.contains(HINT.trim_end()), "{width}: {row:?}");
        }
        // Too narrow for the hint and a readable name: the name wins.
        let tiny = status_row(&mut app, 20, 30);
        assert!(!tiny.contains("help"), "{tiny:?}");
        // A cut left part stays apart from the hint.
        app.apply(crate::ui::Action::NextSpeaker);
        let cut = status_row(&mut app, 40, 30);
        assert!(cut.contains("… ? help"), "{cut:?}");
    }

    #[test]
    fn the_encoding_is_named_when_it_is_not_utf8() {
        let (doc, ex) = long_article();
        assert!(!summary(&App::new(&doc, &ex)).contains("UTF-8"));
        let latin1 = crate::document::Decoding {
            encoding: encoding_rs::WINDOWS_1252,
            lossy: false,
        };
        let doc = crate::document::Document::decoded(&doc.name, doc.text.clone(), latin1);
        let row = status_row(&mut App::new(&doc, &ex), 120, 30);
        assert!(row.contains("fixture.txt · de · windows-1252 · "), "{row}");
    }

    #[test]
    fn choose_prefers_the_hint_to_the_full_summary() {
        let full = "x".repeat(50);
        let compact = "y".repeat(20);
        assert_eq!(choose(&full, &compact, 100, 15), (full.as_str(), true));
        assert_eq!(choose(&full, &compact, 60, 15), (compact.as_str(), true));
        assert_eq!(choose(&full, &compact, 30, 15), (compact.as_str(), true));
        assert_eq!(choose(&full, &compact, 20, 15), (compact.as_str(), false));
    }
}
