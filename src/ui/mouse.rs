//! Mouse events → state changes: the wheel scrolls the pane under the
//! pointer, a click focuses a pane and picks what is under it.
//!
//! Hit-testing uses [`App::screen`], the layout `set_viewport` computed from
//! the terminal size with the same function rendering uses, so a click
//! lands where the last frame drew — without rendering ever writing state.

use super::app::{App, Focus, ListCursor};
use super::layout;
use super::text::char_width;
use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

/// Lines (body) or entries (lists) one wheel notch scrolls, as in most terminals.
pub const WHEEL_STEP: isize = 3;

impl App<'_> {
    /// Applies one mouse event. Ignored while a prompt is open (it waits for
    /// keys); a click anywhere closes the help overlay.
    pub fn mouse(&mut self, event: MouseEvent) {
        if self.prompt.is_some() {
            return;
        }
        let Some(panes) = self.screen.panes().copied() else {
            return;
        };
        let at = Position::new(event.column, event.row);
        if self.help {
            if let MouseEventKind::Down(_) = event.kind {
                self.help = false;
            }
            return;
        }
        let pane = [
            (Focus::Body, panes.body),
            (Focus::Quotes, panes.quotes),
            (Focus::Speakers, panes.speakers),
        ]
        .into_iter()
        .find(|(_, r)| r.contains(at));
        let Some((pane, rect)) = pane else {
            return;
        };
        match event.kind {
            MouseEventKind::ScrollDown => self.wheel(pane, WHEEL_STEP),
            MouseEventKind::ScrollUp => self.wheel(pane, -WHEEL_STEP),
            MouseEventKind::Down(MouseButton::Left) => {
                self.notice = None;
                self.focus = pane;
                match pane {
                    Focus::Body => self.click_body(rect, at),
                    Focus::Quotes => self.click_quotes(rect, at),
                    Focus::Speakers => self.click_speakers(rect, at),
                }
            }
            _ => {}
        }
    }

    /// Scrolls `pane` by `delta` without moving its cursor or the focus.
    fn wheel(&mut self, pane: Focus, delta: isize) {
        match pane {
            Focus::Body => {
                let before = self.scroll;
                self.scroll = self
                    .scroll
                    .saturating_add_signed(delta)
                    .min(self.max_scroll());
                if self.scroll != before {
                    self.follow = false;
                }
            }
            Focus::Quotes => {
                let (len, rows) = (self.quote_list.len(), self.quote_rows());
                scroll_window(&mut self.quotes_cursor, delta, len, rows);
            }
            Focus::Speakers => {
                let (len, rows) = (self.extraction.speakers.len(), self.speaker_rows());
                scroll_window(&mut self.speakers_cursor, delta, len, rows);
            }
        }
    }

    /// A click on a quote in the article selects it in the quotes list
    /// (lifting a speaker filter that hides it); elsewhere it only focuses.
    fn click_body(&mut self, body: Rect, at: Position) {
        let Some(byte) = self.byte_at(layout::body_text(body), at) else {
            return;
        };
        let quotes = &self.extraction.quotes;
        // Candidates come outer first: the last one holding the byte is the innermost.
        let Some(q) = self
            .index
            .candidates(&(byte..byte + 1))
            .filter(|&q| quotes.get(q).is_some_and(|x| x.span.contains(&byte)))
            .last()
        else {
            return;
        };
        if self.list_position(q).is_none() {
            self.clear_filter();
            self.speakers_cursor.active = false;
        }
        self.select(q);
    }

    /// The byte of the article drawn at `at`, if text is drawn there.
    pub fn byte_at(&self, text_area: Rect, at: Position) -> Option<usize> {
        if !text_area.contains(at) {
            return None;
        }
        let line = self.scroll + usize::from(at.y - text_area.y);
        let range = self.wrap.line(line)?;
        let target = usize::from(at.x - text_area.x);
        let mut x = 0;
        for (i, c) in self.doc.text.get(range.clone())?.char_indices() {
            let w = char_width(c);
            if target < x + w {
                return Some(range.start + i);
            }
            x += w;
        }
        None
    }

    /// A click on a listed quote selects it, as moving the cursor there would.
    fn click_quotes(&mut self, pane: Rect, at: Position) {
        let Some(i) = row_index(pane, at, self.quotes_cursor.offset) else {
            return;
        };
        if let Some(&q) = self.quote_list.get(i) {
            let (len, rows) = (self.quote_list.len(), self.quote_rows());
            self.quotes_cursor.set(i, len, rows);
            self.select(q);
        }
    }

    /// A click on a speaker does what Enter on it does: filter to it and
    /// jump to its first quote.
    fn click_speakers(&mut self, pane: Rect, at: Position) {
        let Some(i) = row_index(pane, at, self.speakers_cursor.offset) else {
            return;
        };
        if i < self.extraction.speakers.len() {
            self.set_filter(i);
        }
    }
}

/// The list entry drawn at `at` inside bordered `pane` whose first shown entry is `offset`.
fn row_index(pane: Rect, at: Position, offset: usize) -> Option<usize> {
    let inner = layout::inner(pane);
    inner
        .contains(at)
        .then(|| offset + usize::from(at.y - inner.y))
}

/// Moves a list's window by `delta` entries, keeping it inside the list.
fn scroll_window(cursor: &mut ListCursor, delta: isize, len: usize, rows: usize) {
    cursor.offset = cursor
        .offset
        .saturating_add_signed(delta)
        .min(len.saturating_sub(rows.max(1)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture::long_article;
    use ratatui::crossterm::event::KeyModifiers;

    fn at(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
        MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }
    }

    #[test]
    fn the_wheel_scrolls_the_pane_under_the_pointer_only() {
        let (doc, ex) = long_article();
        let mut app = App::new(&doc, &ex);
        app.set_viewport(100, 20);
        let p = *app.screen().panes().unwrap();
        app.mouse(at(MouseEventKind::ScrollDown, p.body.x + 5, p.body.y + 5));
        assert_eq!(app.scroll(), 3);
        app.mouse(at(MouseEventKind::ScrollUp, p.body.x + 5, p.body.y + 5));
        app.mouse(at(MouseEventKind::ScrollUp, p.body.x + 5, p.body.y + 5));
        assert_eq!(app.scroll(), 0);
        app.mouse(at(
            MouseEventKind::ScrollDown,
            p.quotes.x + 5,
            p.quotes.y + 2,
        ));
        assert_eq!(app.quotes_cursor().offset, 3);
        assert_eq!(app.scroll(), 0, "the body stays");
        assert_eq!(app.focus(), Focus::Body, "the wheel does not focus");
        assert_eq!(app.selected(), None, "nor select");
        for _ in 0..50 {
            app.mouse(at(
                MouseEventKind::ScrollDown,
                p.quotes.x + 5,
                p.quotes.y + 2,
            ));
        }
        let rows = usize::from(layout::inner(p.quotes).height);
        assert_eq!(app.quotes_cursor().offset, 30 - rows);
    }

    #[test]
    fn a_click_on_a_quote_row_selects_it_and_on_a_speaker_filters() {
        let (doc, ex) = long_article();
        let mut app = App::new(&doc, &ex);
        app.set_viewport(100, 30);
        let p = *app.screen().panes().unwrap();
        let inner = layout::inner(p.quotes);
        app.mouse(at(
            MouseEventKind::Down(MouseButton::Left),
            inner.x + 3,
            inner.y + 4,
        ));
        assert_eq!((app.focus(), app.selected()), (Focus::Quotes, Some(4)));
        assert!(app.quote_visible(4));
        let inner = layout::inner(p.speakers);
        app.mouse(at(
            MouseEventKind::Down(MouseButton::Left),
            inner.x + 3,
            inner.y + 1,
        ));
        assert_eq!(app.focus(), Focus::Speakers);
        assert_eq!((app.filter(), app.selected()), (Some(1), Some(1)));
        // Below the last speaker: focus only.
        app.mouse(at(
            MouseEventKind::Down(MouseButton::Left),
            inner.x + 3,
            inner.y + 5,
        ));
        assert_eq!(app.filter(), Some(1));
    }

    #[test]
    fn a_click_on_a_quote_in_the_body_selects_it_even_past_a_filter() {
        let (doc, ex) = long_article();
        let mut app = App::new(&doc, &ex);
        app.set_viewport(100, 30);
        app.apply(crate::ui::Action::NextSpeaker); // Anna: quotes 0, 4, 8…
        app.apply(crate::ui::Action::Top);
        let text = layout::body_text(app.screen().panes().unwrap().body);
        // Quote 1 (Bert's) is on screen; click its third character.
        let (line, col) = app.wrap().position(&doc.text, ex.quotes[1].span.start);
        let row = text.y + u16::try_from(line - app.scroll()).unwrap();
        let x = text.x + u16::try_from(col).unwrap() + 2;
        app.mouse(at(MouseEventKind::Down(MouseButton::Left), x, row));
        assert_eq!(app.selected(), Some(1));
        assert_eq!(app.filter(), None, "the filter that hid it is lifted");
        assert_eq!(app.quotes_cursor().cursor, 1);
        assert_eq!(app.focus(), Focus::Body);
        // A click on plain text leaves the selection.
        app.mouse(at(MouseEventKind::Down(MouseButton::Left), text.x, text.y));
        assert_eq!(app.selected(), Some(1));
    }

    #[test]
    fn the_byte_under_the_pointer_counts_columns_not_bytes() {
        let doc = crate::document::Document::from_text("w", "Grüße 中文 x".into());
        let ex = crate::extract::Extraction {
            language: "de".into(),
            quotes: vec![],
            speakers: vec![],
        };
        let mut app = App::new(&doc, &ex);
        app.set_viewport(100, 30);
        let area = Rect::new(10, 5, 40, 10);
        let byte = |x: u16| app.byte_at(area, Position::new(10 + x, 5));
        assert_eq!(byte(2), Some(2)); // ü
        assert_eq!(byte(3), Some(4)); // ß
        assert_eq!(byte(6), Some(doc.text.find('中').unwrap()));
        assert_eq!(
            byte(7),
            Some(doc.text.find('中').unwrap()),
            "both cells of a wide char"
        );
        assert_eq!(byte(30), None, "past the end of the line");
        assert_eq!(app.byte_at(area, Position::new(9, 5)), None);
    }

    #[test]
    fn mouse_events_outside_panes_or_while_a_prompt_is_open_do_nothing() {
        let (doc, ex) = long_article();
        let mut app = App::new(&doc, &ex);
        app.set_viewport(100, 30);
        app.mouse(at(MouseEventKind::Down(MouseButton::Left), 5, 29)); // status bar
        app.apply(crate::ui::Action::Search);
        app.mouse(at(MouseEventKind::ScrollDown, 5, 5));
        assert_eq!((app.scroll(), app.focus()), (0, Focus::Body));
        let mut tiny = App::new(&doc, &ex);
        tiny.set_viewport(5, 3);
        tiny.mouse(at(MouseEventKind::Down(MouseButton::Left), 1, 1));
        tiny.mouse(at(MouseEventKind::ScrollDown, 1, 1));
    }

    #[test]
    fn a_click_closes_the_help_overlay() {
        let (doc, ex) = long_article();
        let mut app = App::new(&doc, &ex);
        app.set_viewport(100, 30);
        app.apply(crate::ui::Action::ToggleHelp);
        app.mouse(at(MouseEventKind::Down(MouseButton::Left), 50, 10));
        assert!(!app.help_open());
        assert_eq!(app.selected(), None);
    }
}
