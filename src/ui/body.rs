//! The article pane: only the lines on screen are built, each from its byte
//! range in the wrap cache, split where quote tints, the selection and the
//! cue underline begin and end.

use super::app::{App, Focus};
use super::layout;
use super::text::{display_char, floor_boundary};
use super::theme;
use crate::extract::Quote;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};
use ratatui::Frame;
use std::ops::Range;

/// Quotes ordered by start, with the running maximum of their ends, so the
/// quotes touching a line are found by two binary searches even when quotes
/// nest (an outer quote ends after the inner ones that start later).
#[derive(Debug, Clone, Default)]
pub struct QuoteIndex {
    /// Quote indices by start, outer before inner when starts tie.
    order: Vec<usize>,
    starts: Vec<usize>,
    /// `max_end[i]` = largest end among `order[..=i]`; never decreases.
    max_end: Vec<usize>,
}

impl QuoteIndex {
    pub fn new(quotes: &[Quote]) -> Self {
        let mut order: Vec<usize> = (0..quotes.len()).collect();
        order.sort_by_key(|&i| (quotes[i].span.start, std::cmp::Reverse(quotes[i].span.end)));
        let starts = order.iter().map(|&i| quotes[i].span.start).collect();
        let max_end = order
            .iter()
            .scan(0, |m, &i| {
                *m = (*m).max(quotes[i].span.end);
                Some(*m)
            })
            .collect();
        QuoteIndex {
            order,
            starts,
            max_end,
        }
    }

    /// Indices of quotes that may overlap `range`, outer before inner; the
    /// caller checks each for an actual overlap.
    pub fn candidates(&self, range: &Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let lo = self.max_end.partition_point(|&e| e <= range.start);
        let hi = self.starts.partition_point(|&s| s < range.end).max(lo);
        self.order[lo..hi].iter().copied()
    }
}

/// Draws the body pane into `area`.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Body;
    let block = Block::bordered()
        .border_style(theme::border(focused))
        .title(Span::styled(" Article ", theme::title(focused)));
    let inner = layout::body_text(area);
    frame.render_widget(block, area);
    let lines: Vec<Line> = (app.scroll..app.scroll + usize::from(inner.height))
        .map_while(|i| app.wrap.line(i))
        .map(|range| build_line(app, range))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    scrollbar(app, frame, area);
}

/// A thumb on the right border showing where the screen is in the article;
/// only when the article is longer than the pane.
fn scrollbar(app: &App, frame: &mut Frame, area: Rect) {
    let height = app.body_height();
    let total = app.wrap.len();
    if total <= height || area.height < 3 {
        return;
    }
    let track = Rect {
        y: area.y + 1,
        height: area.height - 2,
        ..area
    };
    // One position per possible scroll offset, so the thumb reaches the end
    // exactly when the last line is on screen.
    let mut state = ScrollbarState::new(total - height + 1)
        .position(app.scroll)
        .viewport_content_length(height);
    let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(None)
        .thumb_style(theme::border(app.focus == Focus::Body));
    frame.render_stateful_widget(bar, track, &mut state);
}

/// One screen line: the text of `range`, sanitised, styled per quote.
pub fn build_line(app: &App, range: Range<usize>) -> Line<'static> {
    if range.is_empty() {
        return Line::default();
    }
    let text = &app.doc.text;
    let quotes = &app.extraction.quotes;
    let clamp = |r: &Range<usize>| {
        floor_boundary(text, r.start.max(range.start))..floor_boundary(text, r.end.min(range.end))
    };
    // Quotes on this line, clipped to it, outer first.
    let touching: Vec<(usize, Range<usize>)> = app
        .index
        .candidates(&range)
        .filter_map(|q| {
            let span = &quotes.get(q)?.span;
            (span.start < range.end && span.end > range.start).then(|| (q, clamp(span)))
        })
        .collect();
    let cue = app
        .selected
        .and_then(|q| quotes.get(q)?.cue.as_ref())
        .filter(|c| c.start < range.end && c.end > range.start)
        .map(clamp);

    let mut cuts = vec![range.start, range.end];
    for (_, r) in &touching {
        cuts.extend([r.start, r.end]);
    }
    if let Some(c) = &cue {
        cuts.extend([c.start, c.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let spans = cuts
        .windows(2)
        .filter_map(|w| {
            let piece = text.get(w[0]..w[1])?;
            let style = style_at(app, w[0], &touching, cue.as_ref());
            Some(Span::styled(
                piece.chars().map(display_char).collect::<String>(),
                style,
            ))
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}

/// Style of the text at byte `pos`: the innermost quote's tint, the
/// selection's reverse+bold anywhere inside the selected quote, and the
/// selected quote's cue underlined.
fn style_at(
    app: &App,
    pos: usize,
    touching: &[(usize, Range<usize>)],
    cue: Option<&Range<usize>>,
) -> Style {
    let mut style = Style::new();
    let mut selected = false;
    for (q, r) in touching {
        if r.contains(&pos) {
            let speaker = app.extraction.quotes.get(*q).and_then(|x| x.speaker);
            style = style.patch(theme::quote(speaker));
            selected |= app.selected == Some(*q);
        }
    }
    if selected {
        style = style.add_modifier(theme::SELECTED_MODIFIER);
    }
    if cue.is_some_and(|c| c.contains(&pos)) {
        style = style.add_modifier(theme::CUE_MODIFIER);
    }
    style
}
