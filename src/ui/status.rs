//! The status bar: what is open, where the reader is, and how to get help.

use super::app::App;
use super::text::{excerpt, fit, str_width};
use super::theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

const HINT: &str = "? help  q quit ";

/// The left part: file · language · counts · position · filter · notice.
pub fn summary(app: &App) -> String {
    let ex = app.extraction;
    let mut s = format!(
        "{} · {} · {} · {} · {}%",
        app.doc.name,
        ex.language,
        plural(ex.quotes.len(), "quote", "quotes"),
        plural(ex.speakers.len(), "speaker", "speakers"),
        app.percent()
    );
    if let Some(pos) = app.selected.and_then(|q| app.list_position(q)) {
        s.push_str(&format!(" · quote {}/{}", pos + 1, app.quote_list.len()));
    }
    push_filter_and_notice(app, &mut s);
    s
}

/// The left part when the full one does not fit: file · position · filter · notice.
pub fn compact_summary(app: &App) -> String {
    let mut s = format!("{} · {}%", app.doc.name, app.percent());
    push_filter_and_notice(app, &mut s);
    s
}

fn push_filter_and_notice(app: &App, s: &mut String) {
    if let Some(sp) = app.filter.and_then(|i| app.extraction.speakers.get(i)) {
        s.push_str(&format!(" · filter: {} (Esc clears)", sp.name));
    }
    if let Some(n) = app.notice {
        s.push_str(&format!(" · {n}"));
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width).saturating_sub(1);
    let hint_w = str_width(HINT);
    let full = summary(app);
    let compact = compact_summary(app);
    // Most to least informative; the first that fits wins, the last is cut to fit.
    let (left, hint) = [(&full, true), (&full, false), (&compact, true)]
        .into_iter()
        .find(|(s, hint)| str_width(s) + if *hint { hint_w + 1 } else { 0 } <= width)
        .unwrap_or((&compact, false));
    let left_w = if hint { width - hint_w } else { width };
    let mut spans = vec![
        Span::raw(" "),
        Span::raw(fit(&excerpt(left, left_w), left_w)),
    ];
    if hint {
        spans.push(Span::styled(HINT, theme::dim()));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme::status()),
        area,
    );
}
