//! The reader's state and the only code that changes it.
//!
//! [`App::apply`] turns an [`Action`] into a state change; [`App::set_viewport`]
//! tells the state how big the screen is (and re-wraps when the body width
//! changes). Rendering only reads an `App`, so everything a frame needs —
//! the wrap cache, scroll offsets, list windows — is computed here, once per
//! change, never per frame.

use super::action::Action;
use super::body::QuoteIndex;
use super::export::{self, Format};
use super::keymap::Keymap;
use super::layout::{self, Screen};
use super::prompt::{Edit, Prompt, PromptKind};
use super::search::Search;
use super::text::plural;
use super::wrap::WrapCache;
use crate::document::Document;
use crate::extract::{Extraction, Quote, Speaker};
use ratatui::layout::Rect;
use std::borrow::Cow;
use std::path::Path;

/// Which pane keys act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Body,
    Quotes,
    Speakers,
}

impl Focus {
    fn next(self) -> Self {
        match self {
            Focus::Body => Focus::Quotes,
            Focus::Quotes => Focus::Speakers,
            Focus::Speakers => Focus::Body,
        }
    }

    fn prev(self) -> Self {
        match self {
            Focus::Body => Focus::Speakers,
            Focus::Quotes => Focus::Body,
            Focus::Speakers => Focus::Quotes,
        }
    }
}

/// A scrollable list: the entry under the cursor and the first entry shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListCursor {
    pub cursor: usize,
    pub offset: usize,
    /// False while nothing in the list is picked (at the start, after Esc):
    /// the cursor is then not drawn as a selection, and the first step
    /// picks the entry under it instead of moving past it.
    pub active: bool,
}

impl ListCursor {
    /// Moves the cursor by `delta` within `len` entries and scrolls the
    /// window of `rows` entries so the cursor stays in it. While inactive,
    /// a one-entry step (j/k) only activates the entry under the cursor, so
    /// the first `j` picks entry 0, not entry 1.
    pub(super) fn move_by(&mut self, delta: isize, len: usize, rows: usize) {
        if self.active || delta.abs() > 1 {
            self.cursor = offset_clamped(self.cursor, delta, len.saturating_sub(1));
        }
        self.active = len > 0;
        self.reveal(len, rows);
    }

    pub(super) fn set(&mut self, cursor: usize, len: usize, rows: usize) {
        self.cursor = cursor.min(len.saturating_sub(1));
        self.active = len > 0;
        self.reveal(len, rows);
    }

    /// Keeps the cursor inside the window and the window inside the list.
    pub(super) fn reveal(&mut self, len: usize, rows: usize) {
        let rows = rows.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
        self.offset = self.offset.min(len.saturating_sub(rows));
    }
}

/// `pos + delta`, kept within `0..=max`.
fn offset_clamped(pos: usize, delta: isize, max: usize) -> usize {
    pos.saturating_add_signed(delta).min(max)
}

/// Texts up to this size (bytes) are wrapped whole when the width changes: it
/// takes a millisecond or two. Longer ones are wrapped as far as the screen
/// needs, and the rest in slices of [`WRAP_SLICE`] bytes while the reader is idle.
const WRAP_AT_ONCE: usize = 256 * 1024;
const WRAP_SLICE: usize = 256 * 1024;

/// Columns of the longest speaker name, for the quotes pane.
fn longest_name(extraction: &Extraction) -> usize {
    extraction
        .speakers
        .iter()
        .map(|s| super::text::str_width(&s.name))
        .max()
        .unwrap_or(0)
}

/// Everything the reader shows, and where the user is.
#[derive(Debug)]
pub struct App<'a> {
    pub(super) doc: &'a Document,
    /// Borrowed when the caller extracted first; owned once results found in the
    /// background arrive ([`App::set_extraction`]).
    pub(super) extraction: Cow<'a, Extraction>,
    /// Quotes are still being found in the background: the body is readable, the
    /// quote and speaker panes are empty and the status bar says so.
    pub(super) finding: bool,
    pub(super) keymap: Keymap,
    pub(super) index: QuoteIndex,
    /// Columns of the longest speaker name, measured once for the quotes pane.
    pub(super) longest_name: usize,
    pub(super) wrap: WrapCache,
    pub(super) size: (u16, u16),
    pub(super) screen: Screen,
    pub(super) focus: Focus,
    /// First body line on screen.
    pub(super) scroll: usize,
    /// Speaker whose quotes alone are listed and stepped through.
    pub(super) filter: Option<usize>,
    /// Quote indices listed in the quotes pane, in text order.
    pub(super) quote_list: Vec<usize>,
    pub(super) quotes_cursor: ListCursor,
    pub(super) speakers_cursor: ListCursor,
    /// The highlighted quote.
    pub(super) selected: Option<usize>,
    /// Keep the selected quote on screen across resizes: set by selecting,
    /// cleared when the user scrolls the body away from it.
    pub(super) follow: bool,
    pub(super) help: bool,
    pub(super) quit: bool,
    /// Ctrl-Z was pressed; the event loop suspends and clears it.
    pub(super) suspend: bool,
    /// A one-shot message for the status bar ("last quote"), cleared by the next action.
    pub(super) notice: Option<Cow<'static, str>>,
    /// The prompt line, while one is open: it takes the keys.
    pub(super) prompt: Option<Prompt>,
    /// The last search, its matches highlighted until Esc.
    pub(super) search: Option<Search>,
    /// `o` was pressed; whoever holds the list of articles opens it.
    pub(super) articles_wanted: bool,
    /// This article's place among several open ones (index, count), for the status bar.
    pub(super) shelf: Option<(usize, usize)>,
}

impl<'a> App<'a> {
    /// A reader at the top of `doc`, nothing selected, no filter, body focused.
    /// Call [`App::set_viewport`] before the first frame.
    pub fn new(doc: &'a Document, extraction: &'a Extraction) -> Self {
        App {
            doc,
            extraction: Cow::Borrowed(extraction),
            finding: false,
            keymap: Keymap::default(),
            index: QuoteIndex::new(&extraction.quotes),
            longest_name: longest_name(extraction),
            wrap: WrapCache::default(),
            size: (0, 0),
            screen: Screen::TooSmall(Rect::ZERO),
            focus: Focus::Body,
            scroll: 0,
            filter: None,
            quote_list: (0..extraction.quotes.len()).collect(),
            quotes_cursor: ListCursor::default(),
            speakers_cursor: ListCursor::default(),
            selected: None,
            follow: false,
            help: false,
            quit: false,
            suspend: false,
            notice: None,
            prompt: None,
            search: None,
            articles_wanted: false,
            shelf: None,
        }
    }

    /// Marks the quotes as still being found in the background: the status
    /// bar says so until [`App::set_extraction`] brings them.
    pub fn start_finding(&mut self) {
        self.finding = true;
    }

    /// Swaps in the quotes and speakers found in the background. The reading
    /// position, focus and help stay; the panes are laid out for the new lists.
    pub fn set_extraction(&mut self, extraction: Extraction) {
        self.index = QuoteIndex::new(&extraction.quotes);
        self.longest_name = longest_name(&extraction);
        self.quote_list = (0..extraction.quotes.len()).collect();
        self.extraction = Cow::Owned(extraction);
        self.finding = false;
        self.filter = None;
        self.selected = None;
        self.quotes_cursor = ListCursor::default();
        self.speakers_cursor = ListCursor::default();
        // The speaker count shapes the layout: lay out again at the same size.
        let (w, h) = self.size;
        self.size = (0, 0);
        if (w, h) != (0, 0) {
            self.set_viewport(w, h);
        }
    }

    /// True while quotes are still being found in the background.
    pub fn is_finding(&self) -> bool {
        self.finding
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }
    pub fn focus(&self) -> Focus {
        self.focus
    }
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }
    pub fn filter(&self) -> Option<usize> {
        self.filter
    }
    pub fn scroll(&self) -> usize {
        self.scroll
    }
    pub fn should_quit(&self) -> bool {
        self.quit
    }
    /// True once after [`Action::Suspend`]: the caller gives the terminal
    /// back and stops the process (the state cannot do that itself).
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend)
    }
    pub fn help_open(&self) -> bool {
        self.help
    }
    /// The open prompt line, if any (it then takes the keys: see [`App::edit`]).
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompt.as_ref()
    }
    /// The current search and its matches.
    pub fn search(&self) -> Option<&Search> {
        self.search.as_ref()
    }
    /// The status bar's one-shot message.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }
    /// True once after [`Action::Articles`]: the caller shows the article list.
    pub fn take_articles_wanted(&mut self) -> bool {
        std::mem::take(&mut self.articles_wanted)
    }
    /// Quote indices the quotes pane lists (all, or the filtered speaker's).
    pub fn quote_list(&self) -> &[usize] {
        &self.quote_list
    }
    /// The quotes-pane and speakers-pane cursors.
    pub fn quotes_cursor(&self) -> ListCursor {
        self.quotes_cursor
    }
    pub fn speakers_cursor(&self) -> ListCursor {
        self.speakers_cursor
    }
    /// The current wrap of the body.
    pub fn wrap(&self) -> &WrapCache {
        &self.wrap
    }
    /// The layout for the current viewport.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// Rows of body text on screen (0 while the terminal is too small).
    pub fn body_height(&self) -> usize {
        self.screen
            .panes()
            .map_or(0, |p| usize::from(layout::body_text(p.body).height))
    }

    pub(super) fn quote_rows(&self) -> usize {
        self.screen
            .panes()
            .map_or(0, |p| usize::from(layout::inner(p.quotes).height))
    }

    pub(super) fn speaker_rows(&self) -> usize {
        self.screen
            .panes()
            .map_or(0, |p| usize::from(layout::inner(p.speakers).height))
    }

    fn quotes(&self) -> &[Quote] {
        &self.extraction.quotes
    }

    fn speakers(&self) -> &[Speaker] {
        &self.extraction.speakers
    }

    /// Largest useful body scroll: the last line at the bottom of the pane.
    pub(super) fn max_scroll(&self) -> usize {
        self.wrap.len().saturating_sub(self.body_height())
    }

    /// Body lines in all, estimated while the text is still being wrapped.
    pub fn total_lines(&self) -> usize {
        self.wrap.estimated_len(self.doc)
    }

    /// Wraps the body far enough that the screen starting at line `top` and
    /// the page after it exist (the whole text when it is short). A long text
    /// is wrapped only as far as reading has got; the rest follows while the
    /// reader is idle ([`App::wrap_more`]).
    fn cover(&mut self, top: usize) {
        if self.doc.text.len() <= WRAP_AT_ONCE {
            self.wrap.wrap_to_line(self.doc, usize::MAX);
        } else {
            let h = self.body_height().max(1);
            let line = top.saturating_add(h.saturating_mul(2));
            self.wrap.wrap_to_line(self.doc, line);
        }
    }

    /// Wraps another slice of a long text; returns whether more remains. The
    /// event loop calls it while no key is waiting.
    pub fn wrap_more(&mut self) -> bool {
        self.wrap.wrap_more(self.doc, WRAP_SLICE)
    }

    /// How far through the body the bottom of the pane is, in percent.
    pub fn percent(&self) -> usize {
        let total = self.total_lines();
        if total == 0 {
            return 100;
        }
        (self.scroll + self.body_height()).min(total) * 100 / total
    }

    /// First and last body line of quote `q`.
    pub fn quote_lines(&self, q: usize) -> Option<(usize, usize)> {
        let span = &self.quotes().get(q)?.span;
        let first = self.wrap.line_of(span.start);
        let last = self
            .wrap
            .line_of(span.end.saturating_sub(1).max(span.start));
        Some((first, last.max(first)))
    }

    /// True when every line of quote `q` is on screen.
    pub fn quote_visible(&self, q: usize) -> bool {
        let h = self.body_height();
        self.quote_lines(q)
            .is_some_and(|(first, last)| first >= self.scroll && last < self.scroll + h)
    }

    /// Tells the state the terminal size. Re-wraps the body only when its
    /// width changed, keeps the selected quote on screen if it was selected
    /// or shown since the last manual scroll, and otherwise keeps the line at
    /// the top of the body at the top.
    pub fn set_viewport(&mut self, width: u16, height: u16) {
        if self.size == (width, height) && !self.wrap.is_empty() {
            return;
        }
        self.follow = self
            .selected
            .is_some_and(|q| self.follow || self.quote_visible(q));
        let top_byte = self.wrap.line(self.scroll).map(|r| r.start);

        self.size = (width, height);
        self.screen = layout::compute(Rect::new(0, 0, width, height), self.speakers().len());
        if let Some(panes) = self.screen.panes() {
            let width = usize::from(layout::body_text(panes.body).width).max(1);
            if width != self.wrap.width() {
                self.wrap = WrapCache::new(self.doc, width);
                if let Some(b) = top_byte {
                    self.wrap.wrap_to_byte(self.doc, b);
                }
                self.scroll = top_byte.map_or(0, |b| self.wrap.line_of(b));
            }
        }
        self.cover(self.scroll);
        self.scroll = self.scroll.min(self.max_scroll());
        if let Some(q) = self.selected.filter(|_| self.follow) {
            self.reveal_quote(q);
        }
        let (qlen, slen) = (self.quote_list.len(), self.speakers().len());
        let (qrows, srows) = (self.quote_rows(), self.speaker_rows());
        self.quotes_cursor.reveal(qlen, qrows);
        self.speakers_cursor.reveal(slen, srows);
    }

    /// Sets the status bar's one-shot message.
    pub(super) fn tell(&mut self, message: impl Into<Cow<'static, str>>) {
        self.notice = Some(message.into());
    }

    /// Changes the state for one user action.
    pub fn apply(&mut self, action: Action) {
        self.notice = None;
        if self.prompt.is_some() {
            // Keys go to the prompt (see `edit`); only the ways out stay.
            match action {
                Action::Quit => self.quit = true,
                Action::Suspend => self.suspend = true,
                _ => {}
            }
            return;
        }
        if self.help {
            match action {
                Action::ToggleHelp | Action::Back => self.help = false,
                Action::Quit => self.quit = true,
                Action::Suspend => self.suspend = true,
                _ => {}
            }
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::FocusNext => self.focus = self.focus.next(),
            Action::FocusPrev => self.focus = self.focus.prev(),
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.move_by(self.page()),
            Action::PageUp => self.move_by(-self.page()),
            Action::Top => self.move_by(isize::MIN),
            Action::Bottom => self.move_by(isize::MAX),
            Action::Confirm => self.confirm(),
            Action::NextQuote => self.step_quote(true),
            Action::PrevQuote => self.step_quote(false),
            Action::NextSpeaker => self.step_speaker(true),
            Action::PrevSpeaker => self.step_speaker(false),
            Action::Back => self.back(),
            Action::ToggleHelp => self.help = true,
            Action::Suspend => self.suspend = true,
            Action::Search => self.prompt = Some(Prompt::new(PromptKind::Search, "")),
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::Export => self.ask_export_path(),
            Action::Articles => self.articles_wanted = true,
        }
    }

    /// One editing step on the open prompt; Enter acts on the line, Esc
    /// closes it. Does nothing without a prompt.
    pub fn edit(&mut self, edit: Edit) {
        let Some(mut prompt) = self.prompt.take() else {
            return;
        };
        self.notice = None;
        match (prompt.kind.clone(), edit) {
            (PromptKind::ConfirmOverwrite(path), Edit::Insert('y' | 'Y')) => {
                self.export_to(&path, true)
            }
            (PromptKind::ConfirmOverwrite(path), Edit::Insert('n' | 'N') | Edit::Cancel) => {
                self.tell(format!("not exported: {} left as it was", path.display()))
            }
            // Anything else is neither yes nor no: keep asking.
            (PromptKind::ConfirmOverwrite(_), _) => self.prompt = Some(prompt),
            (_, Edit::Cancel) => {}
            (PromptKind::Search, Edit::Submit) => self.start_search(prompt.line.text()),
            (PromptKind::ExportPath, Edit::Submit) => self.export_typed(prompt.line.text()),
            (_, edit) => {
                prompt.line.edit(edit);
                self.prompt = Some(prompt);
            }
        }
    }

    /// Runs a search for `query` (one pass over the text) and shows its
    /// first match at or below the top of the screen, wrapping to the
    /// first one in the article. An empty query leaves the last search as it was.
    fn start_search(&mut self, query: &str) {
        if query.is_empty() {
            return;
        }
        let mut search = Search::run(&self.doc.text, query);
        if search.matches.is_empty() {
            self.tell(format!("no match for “{query}”"));
            self.search = Some(search);
            return;
        }
        let top = self.wrap.line(self.scroll).map_or(0, |r| r.start);
        let current = search.first_from(top).unwrap_or_else(|| {
            self.tell("search wrapped to the top");
            0
        });
        search.current = Some(current);
        self.search = Some(search);
        self.reveal_match(current);
    }

    /// `n` / `N`: the next or previous match, wrapping at the ends. After
    /// the current match was scrolled out of sight, from the screen instead.
    fn step_match(&mut self, forward: bool) {
        let Some(search) = &self.search else {
            self.tell("no search yet: press / to search");
            return;
        };
        let n = search.matches.len();
        if n == 0 {
            let q = search.query.clone();
            self.tell(format!("no match for “{q}”"));
            return;
        }
        let current = search.current.filter(|&i| self.match_visible(i));
        let (target, wrapped) = match (current, forward) {
            (Some(i), true) if i + 1 < n => (i + 1, false),
            (Some(_), true) => (0, true),
            (Some(i), false) if i > 0 => (i - 1, false),
            (Some(_), false) => (n - 1, true),
            (None, true) => {
                let top = self.wrap.line(self.scroll).map_or(0, |r| r.start);
                search.first_from(top).map_or((0, true), |i| (i, false))
            }
            (None, false) => {
                let bottom = self
                    .wrap
                    .line(self.scroll + self.body_height())
                    .map_or(self.doc.text.len(), |r| r.start);
                match search.matches.partition_point(|m| m.start < bottom) {
                    0 => (n - 1, true),
                    i => (i - 1, false),
                }
            }
        };
        if wrapped {
            self.tell(if forward {
                "search wrapped to the top"
            } else {
                "search wrapped to the bottom"
            });
        }
        if let Some(search) = self.search.as_mut() {
            search.current = Some(target);
        }
        self.reveal_match(target);
    }

    /// First and last body line of match `i` of the current search.
    fn match_lines(&self, i: usize) -> Option<(usize, usize)> {
        let m = self.search.as_ref()?.matches.get(i)?;
        let first = self.wrap.line_of(m.start);
        let last = self.wrap.line_of(m.end.saturating_sub(1).max(m.start));
        Some((first, last.max(first)))
    }

    /// True when every line of match `i` is on screen.
    pub fn match_visible(&self, i: usize) -> bool {
        let h = self.body_height();
        self.match_lines(i)
            .is_some_and(|(first, last)| first >= self.scroll && last < self.scroll + h)
    }

    /// Scrolls the body so match `i` is on screen, in context like a quote.
    fn reveal_match(&mut self, i: usize) {
        let h = self.body_height();
        if h == 0 || self.match_visible(i) {
            return;
        }
        let Some((first, _)) = self.match_lines(i) else {
            return;
        };
        let context = (h / 4).min(2);
        self.scroll = first.saturating_sub(context).min(self.max_scroll());
        // The reader moved on from the selected quote.
        self.follow = false;
    }

    /// `e`: asks where to export the listed quotes, offering a name.
    fn ask_export_path(&mut self) {
        if self.quote_list.is_empty() {
            self.tell("no quotes to export");
            return;
        }
        let speaker = self.filter.and_then(|s| self.speakers().get(s));
        let name = export::default_name(&self.doc.name, speaker);
        self.prompt = Some(Prompt::new(PromptKind::ExportPath, name));
    }

    /// The export prompt's Enter: checks the name, then writes, or asks
    /// before replacing a file that exists.
    fn export_typed(&mut self, typed: &str) {
        let typed = typed.trim();
        if typed.is_empty() {
            self.tell("not exported: no file name given");
            return;
        }
        let path = export::expand_home(typed);
        if Format::from_path(&path).is_none() {
            self.tell("not exported: name the file .md (Markdown) or .json (JSON)");
            return;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => {
                self.tell(format!("not exported: {} is a directory", path.display()))
            }
            Ok(_) => self.prompt = Some(Prompt::new(PromptKind::ConfirmOverwrite(path), "")),
            Err(_) => self.export_to(&path, false),
        }
    }

    /// Writes the listed quotes to `path`; replaces an existing file only
    /// when `overwrite` (the user said yes). The outcome goes to the status bar.
    fn export_to(&mut self, path: &Path, overwrite: bool) {
        let Some(format) = Format::from_path(path) else {
            return;
        };
        let speaker = self.filter.and_then(|s| self.speakers().get(s));
        let bytes = export::render(
            format,
            self.doc,
            &self.extraction,
            &self.quote_list,
            speaker,
        );
        let written = if overwrite {
            export::write_over(path, &bytes)
        } else {
            export::write_new(path, &bytes)
        };
        match written {
            Ok(()) => {
                let n = plural(self.quote_list.len(), "quote", "quotes");
                self.tell(format!("exported {n} to {}", path.display()));
            }
            // Created meanwhile by someone else: ask, as for any existing file.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && !overwrite => {
                self.prompt = Some(Prompt::new(
                    PromptKind::ConfirmOverwrite(path.to_path_buf()),
                    "",
                ));
            }
            Err(e) => self.tell(format!(
                "not exported: cannot write {}: {}",
                path.display(),
                export::describe(&e)
            )),
        }
    }

    /// Rows one page moves in the focused pane: a screenful, less one line
    /// of context in the body.
    fn page(&self) -> isize {
        let rows = match self.focus {
            Focus::Body => self.body_height().saturating_sub(1),
            Focus::Quotes => self.quote_rows(),
            Focus::Speakers => self.speaker_rows(),
        };
        isize::try_from(rows.max(1)).unwrap_or(isize::MAX)
    }

    fn move_by(&mut self, delta: isize) {
        match self.focus {
            Focus::Body => {
                self.cover(self.scroll.saturating_add_signed(delta));
                self.scroll = offset_clamped(self.scroll, delta, self.max_scroll());
                self.follow = false;
            }
            Focus::Quotes => {
                if self.quote_list.is_empty() {
                    return;
                }
                let (len, rows) = (self.quote_list.len(), self.quote_rows());
                self.quotes_cursor.move_by(delta, len, rows);
                self.select(self.quote_list[self.quotes_cursor.cursor]);
            }
            Focus::Speakers => {
                let (len, rows) = (self.speakers().len(), self.speaker_rows());
                self.speakers_cursor.move_by(delta, len, rows);
            }
        }
    }

    fn confirm(&mut self) {
        match self.focus {
            Focus::Body => {}
            Focus::Quotes => {
                if let Some(&q) = self.quote_list.get(self.quotes_cursor.cursor) {
                    self.select(q);
                    self.focus = Focus::Body;
                }
            }
            Focus::Speakers => {
                if self.speakers_cursor.cursor < self.speakers().len() {
                    self.set_filter(self.speakers_cursor.cursor);
                }
            }
        }
    }

    fn back(&mut self) {
        if self.search.is_some() {
            self.search = None;
        } else if self.filter.is_some() {
            self.clear_filter();
            self.speakers_cursor.active = false;
        } else {
            self.selected = None;
            self.quotes_cursor.active = false;
        }
    }

    /// Highlights quote `q`, puts the quotes-pane cursor on it and scrolls the body to it.
    pub(super) fn select(&mut self, q: usize) {
        if q >= self.quotes().len() {
            return;
        }
        self.selected = Some(q);
        self.follow = true;
        if let Some(pos) = self.list_position(q) {
            let (len, rows) = (self.quote_list.len(), self.quote_rows());
            self.quotes_cursor.set(pos, len, rows);
        }
        self.reveal_quote(q);
    }

    /// Where quote `q` is in the quotes pane (the list is in text order).
    pub(super) fn list_position(&self, q: usize) -> Option<usize> {
        self.quote_list
            .binary_search(&q)
            .ok()
            .or_else(|| self.quote_list.iter().position(|&x| x == q))
    }

    /// Scrolls the body so quote `q` is on screen, a little below the top
    /// edge so it is read in context. Does nothing if it is already shown.
    fn reveal_quote(&mut self, q: usize) {
        if let Some(end) = self.quotes().get(q).map(|x| x.span.end) {
            self.wrap.wrap_to_byte(self.doc, end);
        }
        let h = self.body_height();
        if h == 0 || self.quote_visible(q) {
            return;
        }
        let Some((first, _)) = self.quote_lines(q) else {
            return;
        };
        let context = (h / 4).min(2);
        self.cover(first);
        self.scroll = first.saturating_sub(context).min(self.max_scroll());
    }

    /// `]` / `[`: the next or previous quote of the list after the selected
    /// one. With nothing selected, or after scrolling the selection out of
    /// sight, reading goes on from the screen: the first quote from the top
    /// of the body (or the last one above its bottom).
    fn step_quote(&mut self, forward: bool) {
        if self.quote_list.is_empty() {
            self.tell(if self.finding {
                "quotes are still being found"
            } else {
                "no quotes"
            });
            return;
        }
        let current = self
            .selected
            .filter(|&q| self.follow || self.quote_visible(q))
            .and_then(|q| self.list_position(q));
        let target = match (current, forward) {
            (Some(p), true) => Some(p + 1),
            (Some(p), false) => p.checked_sub(1),
            (None, true) => Some(self.first_quote_from_line(self.scroll)),
            (None, false) => self
                .first_quote_from_line(self.scroll + self.body_height())
                .checked_sub(1),
        };
        match target.and_then(|p| self.quote_list.get(p).copied()) {
            Some(q) => self.select(q),
            None => self.tell(if forward { "last quote" } else { "first quote" }),
        }
    }

    /// Position in the list of the first quote starting on or after body line `line`.
    fn first_quote_from_line(&self, line: usize) -> usize {
        let quotes = self.quotes();
        self.quote_list.partition_point(|&q| {
            quotes
                .get(q)
                .is_some_and(|quote| self.wrap.line_of(quote.span.start) < line)
        })
    }

    /// `}` / `{`: filter to the next or previous speaker. Without a filter,
    /// `}` starts at the first speaker and `{` at the last.
    fn step_speaker(&mut self, forward: bool) {
        let n = self.speakers().len();
        if n == 0 {
            self.tell(if self.finding {
                "quotes are still being found"
            } else {
                "no speakers"
            });
            return;
        }
        let target = match (self.filter, forward) {
            (Some(s), true) => Some(s + 1).filter(|&t| t < n),
            (Some(s), false) => s.checked_sub(1),
            (None, true) => Some(0),
            (None, false) => Some(n - 1),
        };
        match target {
            Some(s) => self.set_filter(s),
            None => self.tell(if forward {
                "last speaker"
            } else {
                "first speaker"
            }),
        }
    }

    /// Lists only speaker `s`'s quotes and selects the first of them.
    pub(super) fn set_filter(&mut self, s: usize) {
        let Some(speaker) = self.speakers().get(s) else {
            return;
        };
        let n = self.quotes().len();
        self.quote_list = speaker.quotes.iter().copied().filter(|&q| q < n).collect();
        self.filter = Some(s);
        self.quotes_cursor = ListCursor::default();
        let (len, rows) = (self.speakers().len(), self.speaker_rows());
        self.speakers_cursor.set(s, len, rows);
        match self.quote_list.first() {
            Some(&q) => self.select(q),
            None => {
                self.selected = None;
                self.tell("this speaker has no quotes");
            }
        }
    }

    /// Lists every quote again, keeping the selection.
    pub(super) fn clear_filter(&mut self) {
        self.filter = None;
        self.quote_list = (0..self.quotes().len()).collect();
        let pos = self.selected.and_then(|q| self.list_position(q));
        let (len, rows) = (self.quote_list.len(), self.quote_rows());
        self.quotes_cursor.set(pos.unwrap_or(0), len, rows);
        self.quotes_cursor.active = pos.is_some();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture::{article, long_article};
    use crate::ui::prompt::Edit;
    use Action::*;

    fn open<'a>(doc: &'a Document, ex: &'a Extraction, w: u16, h: u16) -> App<'a> {
        let mut app = App::new(doc, ex);
        app.set_viewport(w, h);
        app
    }

    fn press(app: &mut App, actions: &[Action]) {
        for &a in actions {
            app.apply(a);
        }
    }

    #[test]
    fn tab_cycles_focus_body_quotes_speakers_and_shift_tab_goes_back() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        assert_eq!(app.focus(), Focus::Body);
        let mut seen = Vec::new();
        for _ in 0..3 {
            app.apply(FocusNext);
            seen.push(app.focus());
        }
        assert_eq!(seen, [Focus::Quotes, Focus::Speakers, Focus::Body]);
        app.apply(FocusPrev);
        assert_eq!(app.focus(), Focus::Speakers);
        app.apply(FocusPrev);
        assert_eq!(app.focus(), Focus::Quotes);
    }

    #[test]
    fn moving_in_quotes_pane_selects_the_quote_and_scrolls_body_to_it() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[FocusNext, Bottom]);
        assert_eq!(app.selected(), Some(29));
        assert!(app.scroll() > 0);
        assert!(app.quote_visible(29));
        press(&mut app, &[Up, Up]);
        assert_eq!(app.selected(), Some(27));
        assert!(app.quote_visible(27));
        assert_eq!(app.quotes_cursor().cursor, 27);
        press(&mut app, &[Top]);
        assert_eq!(app.selected(), Some(0));
        assert!(app.quote_visible(0));
    }

    #[test]
    fn first_j_in_the_quotes_pane_selects_quote_0_not_1() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        assert!(
            !app.quotes_cursor().active,
            "nothing is picked at the start"
        );
        press(&mut app, &[FocusNext, Down]);
        assert_eq!(app.selected(), Some(0));
        assert!(app.quotes_cursor().active);
        app.apply(Down);
        assert_eq!(app.selected(), Some(1));
        // k at the top of an unpicked list picks the top entry and stays.
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[FocusNext, Up]);
        assert_eq!((app.selected(), app.quotes_cursor().cursor), (Some(0), 0));
        press(&mut app, &[Up]);
        assert_eq!(app.selected(), Some(0));
        // After Esc clears the selection, j picks the entry under the cursor again.
        press(&mut app, &[Down, Down, Back]);
        assert!(!app.quotes_cursor().active);
        press(&mut app, &[Down]);
        assert_eq!(app.selected(), Some(2));
    }

    #[test]
    fn first_j_in_the_speakers_pane_puts_the_cursor_on_speaker_0_and_enter_filters() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[FocusNext, FocusNext, Down]);
        let c = app.speakers_cursor();
        assert_eq!((c.cursor, c.active), (0, true));
        assert_eq!(app.filter(), None, "moving does not filter");
        app.apply(Confirm);
        assert_eq!(app.filter(), Some(0));
        press(&mut app, &[Back]);
        assert!(!app.speakers_cursor().active);
    }

    #[test]
    fn next_quote_without_selection_starts_at_the_top_of_the_body() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[NextQuote]);
        assert_eq!(app.selected(), Some(0));
        // Scrolled halfway, `]` picks the first quote at or below the top line.
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[PageDown, PageDown]);
        let top = app.scroll();
        press(&mut app, &[NextQuote]);
        let q = app.selected().unwrap();
        assert!(app.quote_lines(q).unwrap().0 >= top);
        assert!(q == 0 || app.quote_lines(q - 1).unwrap().0 < top);
    }

    #[test]
    fn next_quote_after_scrolling_the_selection_away_continues_from_the_screen() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[NextQuote, PageDown, PageDown, PageDown]);
        assert!(!app.quote_visible(0));
        let top = app.scroll();
        app.apply(NextQuote);
        let q = app.selected().unwrap();
        assert!(q > 1, "continued from the screen, not from quote 0");
        assert!(app.quote_lines(q).unwrap().0 >= top);
        assert!(app.quote_lines(q - 1).unwrap().0 < top);
        // Scrolling while the selection stays on screen keeps stepping from it.
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[NextQuote, Down, NextQuote]);
        assert_eq!(app.selected(), Some(1));
    }

    #[test]
    fn next_and_prev_quote_step_in_order_and_stop_at_the_ends() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        for want in 0..30 {
            app.apply(NextQuote);
            assert_eq!(app.selected(), Some(want));
            assert!(app.quote_visible(want));
        }
        app.apply(NextQuote);
        assert_eq!(app.selected(), Some(29));
        assert_eq!(app.notice(), Some("last quote"));
        app.apply(PrevQuote);
        assert_eq!(app.selected(), Some(28));
        assert_eq!(app.notice(), None);
    }

    #[test]
    fn speaker_filter_keeps_next_and_prev_quote_within_the_speaker() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[FocusNext, FocusNext, Down, Down, Confirm]);
        assert_eq!(app.filter(), Some(1));
        assert_eq!(app.selected(), Some(1));
        let berts: Vec<usize> = (0..30).filter(|q| q % 4 == 1).collect();
        assert_eq!(app.quote_list(), berts.as_slice());
        for &want in &berts[1..] {
            app.apply(NextQuote);
            assert_eq!(app.selected(), Some(want));
        }
        app.apply(NextQuote);
        assert_eq!(app.selected(), Some(29));
        press(&mut app, &[PrevQuote, PrevQuote]);
        assert_eq!(app.selected(), Some(21));
    }

    #[test]
    fn esc_clears_the_filter_and_keeps_the_selection() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[NextSpeaker, NextSpeaker, NextQuote]);
        assert_eq!((app.filter(), app.selected()), (Some(1), Some(5)));
        app.apply(Back);
        assert_eq!(app.filter(), None);
        assert_eq!(app.selected(), Some(5));
        assert_eq!(app.quote_list().len(), 30);
        assert_eq!(app.quotes_cursor().cursor, 5);
        // Now `]` walks all quotes again.
        app.apply(NextQuote);
        assert_eq!(app.selected(), Some(6));
    }

    #[test]
    fn esc_without_a_filter_clears_the_selection() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[NextQuote, Back]);
        assert_eq!(app.selected(), None);
    }

    #[test]
    fn next_and_prev_speaker_filter_and_jump_to_the_first_quote() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        app.apply(NextSpeaker);
        assert_eq!((app.filter(), app.selected()), (Some(0), Some(0)));
        app.apply(NextSpeaker);
        assert_eq!((app.filter(), app.selected()), (Some(1), Some(1)));
        app.apply(NextSpeaker);
        assert_eq!((app.filter(), app.selected()), (Some(2), Some(3)));
        assert_eq!(app.speakers_cursor().cursor, 2);
        app.apply(NextSpeaker);
        assert_eq!(app.filter(), Some(2));
        assert_eq!(app.notice(), Some("last speaker"));
        app.apply(PrevSpeaker);
        assert_eq!((app.filter(), app.selected()), (Some(1), Some(1)));
        // Without a filter, `{` starts from the last speaker.
        press(&mut app, &[Back, PrevSpeaker]);
        assert_eq!(app.filter(), Some(2));
    }

    #[test]
    fn paging_and_top_bottom_keep_the_body_in_bounds() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        let h = app.body_height();
        let total = app.wrap().len();
        assert!(total > 3 * h, "fixture must be several pages long");
        app.apply(PageDown);
        assert_eq!(app.scroll(), h - 1);
        for _ in 0..100 {
            app.apply(PageDown);
        }
        assert_eq!(app.scroll(), total - h);
        app.apply(Down);
        assert_eq!(app.scroll(), total - h);
        app.apply(Top);
        assert_eq!(app.scroll(), 0);
        press(&mut app, &[PageUp, Up]);
        assert_eq!(app.scroll(), 0);
        app.apply(Bottom);
        assert_eq!(app.scroll(), total - h);
        assert_eq!(app.percent(), 100);
    }

    #[test]
    fn paging_and_top_bottom_keep_the_lists_in_bounds() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        app.apply(FocusNext);
        for _ in 0..10 {
            app.apply(PageDown);
        }
        assert_eq!(app.quotes_cursor().cursor, 29);
        assert_eq!(app.selected(), Some(29));
        let c = app.quotes_cursor();
        assert!(c.offset <= c.cursor && c.cursor < c.offset + app.quote_rows());
        press(&mut app, &[PageUp, Top]);
        let c = app.quotes_cursor();
        assert_eq!((c.cursor, c.offset), (0, 0));
        press(&mut app, &[FocusNext, Bottom]);
        assert_eq!(app.speakers_cursor().cursor, 2);
        press(&mut app, &[Down, Down]);
        assert_eq!(app.speakers_cursor().cursor, 2);
        press(&mut app, &[Top, Up]);
        assert_eq!(app.speakers_cursor().cursor, 0);
    }

    #[test]
    fn resize_keeps_the_selected_quote_visible() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 120, 40);
        press(
            &mut app,
            &[
                FocusNext, Down, Down, Down, Down, Down, Down, Down, Down, Down,
            ],
        );
        let q = app.selected().unwrap();
        assert!(app.quote_visible(q));
        for (w, h) in [
            (60, 20),
            (200, 50),
            (80, 12),
            (10, 5),
            (1, 1),
            (100, 30),
            (20, 8),
        ] {
            app.set_viewport(w, h);
            if app.body_height() > 0 {
                let (first, _) = app.quote_lines(q).unwrap();
                assert!(
                    first >= app.scroll() && first < app.scroll() + app.body_height(),
                    "first line of quote {q} not shown at {w}x{h}"
                );
            }
        }
    }

    #[test]
    fn resize_after_scrolling_away_from_the_selection_keeps_the_reading_position() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[NextQuote, Bottom]);
        assert!(!app.quote_visible(0));
        let top = app.wrap().line(app.scroll()).unwrap();
        app.set_viewport(100, 20);
        assert_eq!(app.wrap().line(app.scroll()), Some(top));
        assert!(!app.quote_visible(0));
    }

    #[test]
    fn resize_through_a_too_small_terminal_still_keeps_the_selection() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[FocusNext, PageDown]);
        let q = app.selected().unwrap();
        app.set_viewport(5, 3);
        app.set_viewport(1, 1);
        app.set_viewport(70, 25);
        assert!(app.quote_visible(q));
    }

    #[test]
    fn resize_without_a_selection_keeps_the_reading_position() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[PageDown, PageDown]);
        let top = app.wrap().line(app.scroll()).unwrap();
        app.set_viewport(70, 30);
        let now = app.wrap().line(app.scroll()).unwrap();
        assert!(now.start <= top.start && top.start < now.end.max(now.start + 1));
    }

    #[test]
    fn resize_rewraps_only_when_the_body_width_changes() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        let width = app.wrap().width();
        app.set_viewport(100, 20);
        assert_eq!(app.wrap().width(), width);
        app.set_viewport(90, 20);
        assert!(app.wrap().width() < width);
    }

    #[test]
    fn help_takes_the_keys_until_closed() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[ToggleHelp, Down, FocusNext, NextQuote]);
        assert!(app.help_open());
        assert_eq!(
            (app.scroll(), app.focus(), app.selected()),
            (0, Focus::Body, None)
        );
        app.apply(Back);
        assert!(!app.help_open());
        press(&mut app, &[ToggleHelp, ToggleHelp]);
        assert!(!app.help_open());
        press(&mut app, &[ToggleHelp, Quit]);
        assert!(app.should_quit());
    }

    #[test]
    fn enter_in_the_quotes_pane_reads_the_quote_in_the_body() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[FocusNext, Confirm]);
        assert_eq!(app.selected(), Some(0));
        assert_eq!(app.focus(), Focus::Body);
    }

    fn search_for(app: &mut App, query: &str) {
        app.apply(Search);
        for c in query.chars() {
            app.edit(Edit::Insert(c));
        }
        app.edit(Edit::Submit);
    }

    #[test]
    fn search_starts_at_the_first_match_on_screen_and_n_walks_and_wraps() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[PageDown, PageDown]);
        let top = app.wrap().line(app.scroll()).unwrap().start;
        search_for(&mut app, "zitat nummer");
        let s = app.search().unwrap();
        assert_eq!(s.matches.len(), 30);
        let first = s.current.unwrap();
        assert!(
            s.matches[first].start >= top,
            "from the screen, not the top"
        );
        assert!(first == 0 || s.matches[first - 1].start < top);
        for i in first + 1..30 {
            app.apply(NextMatch);
            assert_eq!(app.search().unwrap().current, Some(i));
            assert!(app.match_visible(i), "match {i} scrolled into view");
        }
        app.apply(NextMatch);
        assert_eq!(app.search().unwrap().current, Some(0));
        assert_eq!(app.notice(), Some("search wrapped to the top"));
        assert!(app.match_visible(0));
        app.apply(PrevMatch);
        assert_eq!(app.search().unwrap().current, Some(29));
        assert_eq!(app.notice(), Some("search wrapped to the bottom"));
        app.apply(PrevMatch);
        assert_eq!(app.search().unwrap().current, Some(28));
    }

    #[test]
    fn n_after_scrolling_away_continues_from_the_screen() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        search_for(&mut app, "zitat");
        assert_eq!(app.search().unwrap().current, Some(0));
        press(&mut app, &[PageDown, PageDown, PageDown]);
        assert!(!app.match_visible(0));
        let top = app.wrap().line(app.scroll()).unwrap().start;
        app.apply(NextMatch);
        let s = app.search().unwrap();
        let i = s.current.unwrap();
        assert!(s.matches[i].start >= top && s.matches[i - 1].start < top);
    }

    #[test]
    fn search_without_a_match_says_so_and_n_without_a_search_says_how() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        app.apply(NextMatch);
        assert_eq!(app.notice(), Some("no search yet: press / to search"));
        search_for(&mut app, "Zebra");
        assert_eq!(app.notice(), Some("no match for “Zebra”"));
        assert_eq!(app.scroll(), 0);
        app.apply(NextMatch);
        assert_eq!(app.notice(), Some("no match for “Zebra”"));
    }

    #[test]
    fn esc_in_the_prompt_cancels_and_esc_after_a_search_clears_it_first() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        app.apply(Search);
        app.edit(Edit::Insert('x'));
        app.edit(Edit::Cancel);
        assert!(app.prompt().is_none() && app.search().is_none());
        press(&mut app, &[NextSpeaker]);
        search_for(&mut app, "absatz");
        assert!(app.search().is_some());
        app.apply(Back);
        assert!(app.search().is_none(), "the search goes first");
        assert_eq!(app.filter(), Some(0), "the filter stays");
        app.apply(Back);
        assert_eq!(app.filter(), None);
    }

    #[test]
    fn the_prompt_takes_every_key_but_quit_and_suspend() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        app.apply(Search);
        for a in Action::ALL {
            if !matches!(a, Quit | Suspend) {
                app.apply(a);
            }
        }
        assert!(app.prompt().is_some());
        assert_eq!((app.scroll(), app.selected()), (0, None));
        app.apply(Quit);
        assert!(app.should_quit());
    }

    #[test]
    fn quit_sets_should_quit() {
        let (doc, ex) = long_article();
        let mut app = open(&doc, &ex, 100, 30);
        assert!(!app.should_quit());
        app.apply(Quit);
        assert!(app.should_quit());
    }

    #[test]
    fn an_empty_article_takes_every_action() {
        let (doc, ex) = article(&[], &[], &[]);
        let mut app = open(&doc, &ex, 80, 24);
        for focus in 0..3 {
            for _ in 0..focus {
                app.apply(FocusNext);
            }
            for a in Action::ALL {
                app.apply(a);
            }
        }
        assert_eq!(app.percent(), 100);
    }

    #[test]
    fn actions_before_the_first_viewport_or_when_too_small_do_not_panic() {
        let (doc, ex) = long_article();
        let mut app = App::new(&doc, &ex);
        for a in Action::ALL {
            app.apply(a);
        }
        let mut app = open(&doc, &ex, 5, 3);
        for _ in 0..3 {
            for a in Action::ALL {
                app.apply(a);
            }
            app.apply(FocusNext);
        }
    }

    /// A book-length article (over the wrap-at-once size): 2000 paragraphs, one
    /// quote in each, said in turn by Anna and Bert.
    fn book() -> (Document, Extraction) {
        let paras: Vec<String> = (0..2000)
            .map(|i| {
                format!(
                    "Absatz {i} beginnt mit etwas Text, der nur Platz füllt und umbrochen \
                     wird, und noch etwas mehr Text, damit das Buch lang genug ist. \
                     „Zitat Nummer {i} mit ein paar Worten“, sagte jemand dazu."
                )
            })
            .collect();
        let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
        let said_by: Vec<Option<usize>> = (0..2000).map(|i| Some(i % 2)).collect();
        let (doc, ex) = article(&refs, &[("Anna", None), ("Bert", None)], &said_by);
        assert!(doc.text.len() > WRAP_AT_ONCE);
        (doc, ex)
    }

    #[test]
    fn a_long_text_is_wrapped_as_far_as_the_screen_and_the_rest_while_idle() {
        let (doc, ex) = book();
        let mut app = open(&doc, &ex, 100, 30);
        assert!(!app.wrap().is_complete());
        assert!(app.wrap().len() < 3 * app.body_height() + 10);
        let estimate = app.total_lines();
        let mut slices = 0;
        while app.wrap_more() {
            slices += 1;
        }
        assert!(slices >= 1);
        assert!(app.wrap().is_complete());
        let total = app.wrap().len();
        assert_eq!(app.total_lines(), total);
        assert!(
            estimate.abs_diff(total) * 20 < total,
            "estimate {estimate} within 5% of {total}"
        );
    }

    #[test]
    fn paging_through_a_long_text_wraps_ahead_of_the_screen() {
        let (doc, ex) = book();
        let mut app = open(&doc, &ex, 100, 30);
        for _ in 0..50 {
            app.apply(PageDown);
        }
        let h = app.body_height();
        assert_eq!(app.scroll(), 50 * (h - 1));
        assert!(app.wrap().len() >= app.scroll() + h);
        assert!(!app.wrap().is_complete());
        app.apply(Bottom);
        assert!(app.wrap().is_complete());
        assert_eq!(app.scroll(), app.wrap().len() - h);
        assert_eq!(app.percent(), 100);
    }

    #[test]
    fn jumping_to_the_last_quote_of_a_long_text_shows_it() {
        let (doc, ex) = book();
        let mut app = open(&doc, &ex, 100, 30);
        press(&mut app, &[FocusNext, Bottom]);
        assert_eq!(app.selected(), Some(1999));
        assert!(app.quote_visible(1999));
        let (first, _) = app.quote_lines(1999).unwrap();
        assert_eq!(
            app.wrap()
                .line(first)
                .map(|r| r.start <= ex.quotes[1999].span.start),
            Some(true)
        );
    }

    #[test]
    fn resizing_a_long_text_keeps_the_reading_position_without_wrapping_it_all() {
        let (doc, ex) = book();
        let mut app = open(&doc, &ex, 100, 30);
        for _ in 0..20 {
            app.apply(PageDown);
        }
        let top = app.wrap().line(app.scroll()).unwrap();
        app.set_viewport(70, 30);
        assert!(!app.wrap().is_complete());
        let now = app.wrap().line(app.scroll()).unwrap();
        assert!(now.start <= top.start && top.start < now.end.max(now.start + 1));
    }

    #[test]
    fn quotes_found_later_are_swapped_in_and_the_reading_position_stays() {
        let (doc, ex) = long_article();
        let none = Extraction {
            language: "de".into(),
            quotes: vec![],
            speakers: vec![],
        };
        let mut app = App::new(&doc, &none);
        app.start_finding();
        app.set_viewport(100, 30);
        assert!(app.is_finding());
        assert!(app.quote_list().is_empty());
        assert!(super::super::status::summary(&app).contains(super::super::status::FINDING));
        app.apply(NextQuote);
        assert_eq!(app.notice(), Some("quotes are still being found"));
        app.apply(PageDown);
        let scroll = app.scroll();
        app.set_extraction(ex.clone());
        assert!(!app.is_finding());
        assert_eq!(app.scroll(), scroll);
        assert_eq!(app.quote_list().len(), ex.quotes.len());
        assert!(!super::super::status::summary(&app).contains(super::super::status::FINDING));
        app.apply(NextQuote);
        assert!(app.selected().is_some());
    }
}
