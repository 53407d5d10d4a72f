//! The help overlay: every binding of the active keymap, in a centred box.

use super::app::App;
use super::text::fit;
use super::theme;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;

/// Width of the key column.
const KEY_W: usize = 14;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let keymap = app.keymap();
    let bindings = keymap.bindings();
    let mut lines: Vec<Line> = bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(
                    fit(keymap.label(b), KEY_W),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw(b.help),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled("Esc or ? closes this help", theme::dim()));

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
        .border_style(app.theme.border(true))
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
