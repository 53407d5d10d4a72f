//! The help overlay: every binding of the active keymap, in a centred box.

use super::app::App;
use super::text::{excerpt, fit};
use super::theme;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// Width of the key column.
const KEY_W: usize = 14;

/// What the mouse does, under the keys.
const MOUSE: &str = "Mouse: the wheel scrolls the pane under it, a click selects";

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let bindings = app.keymap().bindings();
    let entry = |b: &super::keymap::Binding, help_w: usize| {
        vec![
            Span::styled(
                fit(b.label, KEY_W),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            Span::raw(excerpt(b.help, help_w)),
        ]
    };
    let footer = [
        Line::default(),
        Line::styled(MOUSE, theme::dim()),
        Line::styled("Esc or ? closes this help", theme::dim()),
    ];
    let mut lines: Vec<Line> = bindings
        .iter()
        .map(|b| Line::from(entry(b, usize::MAX)))
        .collect();
    // Too tall for the screen: the bindings in two columns, each cut to
    // half the screen's width.
    if lines.len() + footer.len() + 2 > usize::from(area.height) {
        let half = bindings.len().div_ceil(2);
        let col_w = usize::from(area.width).saturating_sub(6) / 2;
        let help_w = col_w.saturating_sub(KEY_W + 1);
        lines = (0..half)
            .map(|i| {
                let mut spans = entry(&bindings[i], help_w);
                if let Some(right) = bindings.get(half + i) {
                    let used: usize = spans.iter().map(Span::width).sum();
                    spans.push(Span::raw(" ".repeat(col_w.saturating_sub(used) + 1)));
                    spans.extend(entry(right, help_w));
                }
                Line::from(spans)
            })
            .collect();
    }
    lines.extend(footer);

    let want_w = lines.iter().map(Line::width).max().unwrap_or(0) + 4;
    let want_h = lines.len() + 2;
    let w = u16::try_from(want_w).unwrap_or(u16::MAX).min(area.width);
    let h = u16::try_from(want_h).unwrap_or(u16::MAX).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    let block = Block::bordered()
        .border_style(theme::border(true))
        .title(Span::styled(" Help · keys ", theme::title(true)));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let inner = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(1),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines), inner);
}
