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
        " {} · {} · {} · {} · {}%",
        app.doc.name,
        ex.language,
        plural(ex.quotes.len(), "quote", "quotes"),
        plural(ex.speakers.len(), "speaker", "speakers"),
        app.percent()
    );
    if let Some(sp) = app.filter.and_then(|i| ex.speakers.get(i)) {
        s.push_str(&format!(" · filter: {} (Esc clears)", sp.name));
    }
    if let Some(n) = app.notice {
        s.push_str(&format!(" · {n}"));
    }
    s
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let hint_w = str_width(HINT);
    // The hint gives way first when the bar is short.
    let show_hint = width >= hint_w + 20;
    let left_w = if show_hint { width - hint_w } else { width };
    let mut spans = vec![Span::raw(fit(&excerpt(&summary(app), left_w), left_w))];
    if show_hint {
        spans.push(Span::styled(HINT, theme::dim()));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme::status()),
        area,
    );
}
