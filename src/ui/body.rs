//! The article pane: only the lines on screen are built, each from its byte
//! range in the wrap cache, split where quote tints, the selection and the
//! cue underline begin and end.

use super::app::{App, Focus};
use super::layout;
use super::text::{floor_boundary, sanitize};
use super::theme;
use crate::extract::Quote;
use ratatui::layout::{Alignment, Rect};
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

/// Shown, centred and dim, for an empty or whitespace-only article.
pub const EMPTY_NOTICE: &str = "no text in this article";

/// Draws the body pane into `area`.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Body;
    let block = Block::bordered()
        .border_style(theme::border(focused))
        .title(Span::styled(" Article ", theme::title(focused)));
    let inner = layout::body_text(area);
    frame.render_widget(block, area);
    // Paragraphs are trimmed and never empty: none means a blank article.
    if app.doc.paragraphs.is_empty() {
        let middle = Rect {
            y: inner.y + inner.height / 2,
            height: inner.height.min(1),
            ..inner
        };
        let notice =
            Paragraph::new(Line::styled(EMPTY_NOTICE, theme::dim())).alignment(Alignment::Center);
        frame.render_widget(notice, middle);
        return;
    }
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
    let total = app.total_lines();
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
    // Search matches on this line, clipped to it, with whether each is the current one.
    let matches: Vec<(Range<usize>, bool)> = app.search.as_ref().map_or(Vec::new(), |s| {
        let lo = s.matches.partition_point(|m| m.end <= range.start);
        s.matches_in(&range)
            .iter()
            .enumerate()
            .map(|(i, m)| (clamp(m), s.current == Some(lo + i)))
            .collect()
    });

    let mut cuts = vec![range.start, range.end];
    for (_, r) in &touching {
        cuts.extend([r.start, r.end]);
    }
    if let Some(c) = &cue {
        cuts.extend([c.start, c.end]);
    }
    for (m, _) in &matches {
        cuts.extend([m.start, m.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let spans = cuts
        .windows(2)
        .filter_map(|w| {
            let piece = text.get(w[0]..w[1])?;
            let mut style = style_at(app, w[0], &touching, cue.as_ref());
            if let Some((_, current)) = matches.iter().find(|(m, _)| m.contains(&w[0])) {
                style = style.patch(theme::search_match(*current));
            }
            Some(Span::styled(sanitize(piece), style))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::extract::{Extraction, QuoteKind};
    use ratatui::style::Modifier;

    fn quote(span: Range<usize>, speaker: Option<usize>) -> Quote {
        Quote {
            span,
            kind: QuoteKind::Direct,
            speaker,
            cue: None,
        }
    }

    /// (text, is selected) of each span of `line`.
    fn pieces(line: &Line) -> Vec<(String, bool)> {
        line.spans
            .iter()
            .map(|s| {
                let sel = s.style.add_modifier.contains(Modifier::REVERSED);
                (s.content.to_string(), sel)
            })
            .collect()
    }

    #[test]
    fn candidates_find_overlapping_quotes_even_when_nested() {
        let quotes = [quote(0..50, None), quote(10..20, None), quote(30..40, None)];
        let index = QuoteIndex::new(&quotes);
        let found: Vec<usize> = index.candidates(&(25..35)).collect();
        // The outer quote still covers 25..35 though a shorter one starts before.
        assert!(found.contains(&0) && found.contains(&2));
        assert_eq!(index.candidates(&(60..70)).count(), 0);
    }

    #[test]
    fn selecting_an_outer_quote_highlights_the_inner_one_too() {
        let text = "Er sagte „außen ‚innen‘ außen“ dann.";
        let doc = Document::from_text("n", text.into());
        let outer = text.find('„').unwrap()..text.find('“').unwrap() + '“'.len_utf8();
        let inner = text.find('‚').unwrap()..text.find('‘').unwrap() + '‘'.len_utf8();
        let ex = Extraction {
            language: "de".into(),
            quotes: vec![quote(outer, Some(0)), quote(inner, Some(1))],
            speakers: vec![],
        };
        let mut app = App::new(&doc, &ex);
        app.set_viewport(80, 20);
        app.apply(crate::ui::Action::NextQuote);
        let line = build_line(&app, app.wrap.line(0).unwrap());
        assert_eq!(
            pieces(&line),
            [
                ("Er sagte ".to_string(), false),
                ("„außen ".to_string(), true),
                ("‚innen‘".to_string(), true),
                (" außen“".to_string(), true),
                (" dann.".to_string(), false),
            ]
        );
        // The inner quote keeps its own speaker's tint inside the outer one.
        assert_eq!(line.spans[2].style.fg, Some(theme::speaker_color(Some(1))));
        assert_eq!(line.spans[1].style.fg, Some(theme::speaker_color(Some(0))));

        app.apply(crate::ui::Action::NextQuote);
        let line = build_line(&app, app.wrap.line(0).unwrap());
        let selected: Vec<String> = pieces(&line)
            .into_iter()
            .filter(|p| p.1)
            .map(|p| p.0)
            .collect();
        assert_eq!(selected, ["‚innen‘"]);
    }

    #[test]
    fn spans_past_the_end_or_inside_a_character_do_not_panic() {
        let text = "Grüße „aus“ Köln";
        let doc = Document::from_text("b", text.into());
        let ex = Extraction {
            language: "de".into(),
            quotes: vec![
                // 3 is inside the two-byte ü.
                Quote {
                    span: 3..9,
                    kind: QuoteKind::Direct,
                    speaker: Some(99),
                    cue: Some(12..1000),
                },
                quote(15..10_000, None),
                quote(10_000..20_000, None),
            ],
            speakers: vec![],
        };
        let mut app = App::new(&doc, &ex);
        app.set_viewport(40, 10);
        for _ in 0..4 {
            app.apply(crate::ui::Action::NextQuote);
            let line = build_line(&app, app.wrap.line(0).unwrap());
            let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            assert_eq!(shown, text);
        }
    }
}
