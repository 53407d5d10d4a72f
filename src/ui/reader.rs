//! Several articles in one session: `whosaid a.txt b.txt c.txt`.
//!
//! A [`Reader`] holds one [`App`] per article opened so far, so each keeps
//! its own place (scroll, selection, filter, search) while the session
//! runs, and the article list (`o`) to switch between them. Files that could
//! not be loaded stay in the list with the reason, so one bad file among
//! several is a line in the list, not the end of the session.

use super::app::{App, ListCursor};
use super::event_loop::handle_event;
use super::keymap::Keymap;
use super::layout::{self, Screen};
use super::text::{excerpt, fit, plural, str_width};
use super::{render, theme, Action};
use crate::document::Document;
use crate::extract::Extraction;
use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use ratatui::Frame;
use std::sync::Arc;

/// One file named on the command line: its article, or why it could not be opened.
#[derive(Debug)]
pub struct Article {
    /// The name as given (a path, `-`), shown in the article list.
    pub name: String,
    /// Shared with the thread finding its quotes when that runs in the background.
    pub content: Result<(Arc<Document>, Extraction), String>,
}

impl Article {
    pub fn loaded(
        name: impl Into<String>,
        doc: impl Into<Arc<Document>>,
        extraction: Extraction,
    ) -> Self {
        Article {
            name: name.into(),
            content: Ok((doc.into(), extraction)),
        }
    }

    pub fn failed(name: impl Into<String>, reason: impl Into<String>) -> Self {
        Article {
            name: name.into(),
            content: Err(reason.into()),
        }
    }
}

/// The session: the articles, a view per opened one, the article list.
#[derive(Debug)]
pub struct Reader<'a> {
    articles: &'a [Article],
    /// The view of each article once opened; kept when switching away.
    views: Vec<Option<App<'a>>>,
    current: usize,
    /// The article list, while open: its cursor.
    list: Option<ListCursor>,
    size: (u16, u16),
    quit: bool,
    suspend: bool,
    /// The article whose quotes are being found in the background.
    finding: Option<usize>,
    /// Its quotes, when they arrived before its view was opened.
    found_early: Option<Extraction>,
}

impl<'a> Reader<'a> {
    /// A session on `articles`, showing the first that could be opened;
    /// None when none could. When some could not, the status bar says so.
    pub fn new(articles: &'a [Article]) -> Option<Self> {
        let first = articles.iter().position(|a| a.content.is_ok())?;
        let mut reader = Reader {
            articles,
            views: articles.iter().map(|_| None).collect(),
            current: first,
            list: None,
            size: (0, 0),
            quit: false,
            suspend: false,
            finding: None,
            found_early: None,
        };
        reader.open(first);
        let failed = articles.iter().filter(|a| a.content.is_err()).count();
        if failed > 0 {
            let message = format!(
                "cannot open {failed} of {}: o lists them",
                plural(articles.len(), "file", "files")
            );
            reader.app_mut().tell(message);
        }
        Some(reader)
    }

    /// The article on screen.
    pub fn app(&self) -> &App<'a> {
        self.views[self.current]
            .as_ref()
            .expect("the current article is always opened")
    }

    fn app_mut(&mut self) -> &mut App<'a> {
        self.views[self.current]
            .as_mut()
            .expect("the current article is always opened")
    }

    /// Index of the article on screen.
    pub fn current(&self) -> usize {
        self.current
    }

    /// The article list's cursor while it is open.
    pub fn list(&self) -> Option<ListCursor> {
        self.list
    }

    pub fn articles(&self) -> &'a [Article] {
        self.articles
    }

    pub fn should_quit(&self) -> bool {
        self.quit || self.app().should_quit()
    }

    /// True once after Ctrl-Z (in an article or in the list).
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend) | self.app_mut().take_suspend()
    }

    /// Tells the session the terminal size (only the article on screen
    /// re-wraps; others do when they are shown again).
    pub fn set_viewport(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        self.app_mut().set_viewport(width, height);
        if let Some(mut list) = self.list {
            list.reveal(self.articles.len(), self.list_rows());
            self.list = Some(list);
        }
    }

    /// Shows article `i`, opening a view on it the first time; does nothing
    /// for an article that could not be loaded.
    fn open(&mut self, i: usize) -> bool {
        let Some(Ok((doc, ex))) = self.articles.get(i).map(|a| a.content.as_ref()) else {
            return false;
        };
        let n = self.articles.len();
        let view = self.views[i].get_or_insert_with(|| {
            let mut app = App::new(doc, ex);
            app.shelf = (n > 1).then_some((i, n));
            app
        });
        if self.finding == Some(i) {
            match self.found_early.take() {
                Some(found) => {
                    view.set_extraction(found);
                    self.finding = None;
                }
                None => view.start_finding(),
            }
        }
        if self.size != (0, 0) {
            view.set_viewport(self.size.0, self.size.1);
        }
        self.current = i;
        true
    }

    /// Marks article `i` as having its quotes found in the background
    /// (see [`Reader::found`]).
    pub fn start_finding(&mut self, i: usize) {
        self.finding = Some(i);
        if let Some(view) = self.views.get_mut(i).and_then(Option::as_mut) {
            view.start_finding();
        }
    }

    /// True while an article's quotes are still being found.
    pub fn is_finding(&self) -> bool {
        self.finding.is_some()
    }

    /// The quotes found in the background for the article marked by
    /// [`Reader::start_finding`]: swapped into its view (or kept for it until
    /// it is opened).
    pub fn found(&mut self, extraction: Extraction) {
        let Some(i) = self.finding else {
            return;
        };
        match self.views.get_mut(i).and_then(Option::as_mut) {
            Some(view) => {
                view.set_extraction(extraction);
                self.finding = None;
            }
            None => self.found_early = Some(extraction),
        }
    }

    /// Wraps another slice of the article on screen; returns whether more remains.
    pub fn wrap_more(&mut self) -> bool {
        self.app_mut().wrap_more()
    }

    /// Applies one terminal event: to the article list while it is open,
    /// else to the article on screen.
    pub fn handle_event(&mut self, event: Event) {
        if let Event::Resize(w, h) = event {
            self.set_viewport(w, h);
            return;
        }
        if self.list.is_some() {
            self.list_event(event);
            return;
        }
        handle_event(self.app_mut(), event);
        if self.app_mut().take_articles_wanted() {
            if self.articles.len() > 1 {
                let mut list = ListCursor::default();
                list.set(self.current, self.articles.len(), self.list_rows());
                self.list = Some(list);
            } else {
                self.app_mut().tell("only one article is open");
            }
        }
    }

    /// Keys and clicks on the article list.
    fn list_event(&mut self, event: Event) {
        match event {
            Event::Key(key) => {
                let keymap: &Keymap = self.app().keymap();
                if let Some(action) = keymap.action_for(key) {
                    self.list_action(action);
                }
            }
            Event::Mouse(m) => {
                let rect = self.list_rect();
                let at = Position::new(m.column, m.row);
                match m.kind {
                    MouseEventKind::ScrollDown => self.list_action(Action::Down),
                    MouseEventKind::ScrollUp => self.list_action(Action::Up),
                    MouseEventKind::Down(MouseButton::Left) => {
                        let inner = layout::inner(rect);
                        if !rect.contains(at) {
                            self.list = None;
                        } else if inner.contains(at) {
                            let offset = self.list.map_or(0, |l| l.offset);
                            let i = offset + usize::from(at.y - inner.y);
                            self.choose(i);
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn list_action(&mut self, action: Action) {
        let (len, rows) = (self.articles.len(), self.list_rows());
        let Some(list) = self.list.as_mut() else {
            return;
        };
        let page = isize::try_from(rows.max(1)).unwrap_or(isize::MAX);
        match action {
            Action::Down => list.move_by(1, len, rows),
            Action::Up => list.move_by(-1, len, rows),
            Action::PageDown => list.move_by(page, len, rows),
            Action::PageUp => list.move_by(-page, len, rows),
            Action::Top => list.move_by(isize::MIN, len, rows),
            Action::Bottom => list.move_by(isize::MAX, len, rows),
            Action::Confirm => {
                let i = list.cursor;
                self.choose(i);
            }
            Action::Back | Action::Articles => self.list = None,
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            _ => {}
        }
    }

    /// Switches to article `i` and closes the list; an article that could
    /// not be loaded keeps the list open and says why in the status bar.
    fn choose(&mut self, i: usize) {
        let Some(article) = self.articles.get(i) else {
            return;
        };
        if let Err(reason) = &article.content {
            let message = format!("cannot open {}: {reason}", article.name);
            self.app_mut().tell(message);
            if let Some(list) = self.list.as_mut() {
                list.set(i, self.articles.len(), 1);
            }
            return;
        }
        self.list = None;
        self.open(i);
    }

    /// Where the article list is drawn for the current size.
    fn list_rect(&self) -> Rect {
        list_rect(Rect::new(0, 0, self.size.0, self.size.1), self.articles)
    }

    /// Entries the article list shows at once.
    fn list_rows(&self) -> usize {
        usize::from(layout::inner(self.list_rect()).height)
    }
}

/// The article list's box in `area`: centred, as wide as its longest row
/// (within the screen), as tall as the list (within the screen, less a
/// margin so the status bar stays readable).
pub fn list_rect(area: Rect, articles: &[Article]) -> Rect {
    let want_w = articles
        .iter()
        .map(|a| str_width(&a.name) + 3 + str_width(&summary(a)))
        .max()
        .unwrap_or(0)
        + 4;
    let want_h = articles.len() + 2;
    let w = u16::try_from(want_w.max(30))
        .unwrap_or(u16::MAX)
        .min(area.width.saturating_sub(4))
        .max(area.width.min(10));
    let h = u16::try_from(want_h)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(4))
        .max(area.height.min(3));
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// What the list says of an article beside its name.
fn summary(article: &Article) -> String {
    match &article.content {
        Ok((_, ex)) => format!(
            "{} · {} · {}",
            ex.language,
            plural(ex.quotes.len(), "quote", "quotes"),
            plural(ex.speakers.len(), "speaker", "speakers")
        ),
        Err(reason) => format!("cannot open: {reason}"),
    }
}

/// Draws the session: the article on screen, and the article list over it when open.
pub fn render_reader(reader: &Reader, frame: &mut Frame) {
    render(reader.app(), frame);
    let Some(list) = reader.list else {
        return;
    };
    let area = frame.area();
    if matches!(
        layout::compute(area, reader.app().extraction.speakers.len()),
        Screen::TooSmall(_)
    ) {
        return;
    }
    let rect = list_rect(area, reader.articles);
    let block = Block::bordered()
        .border_style(theme::border(true))
        .title(Span::styled(
            format!(" Articles ({}) ", reader.articles.len()),
            theme::title(true),
        ))
        .title_bottom(Span::styled(" Enter opens · Esc closes ", theme::dim()));
    let inner = layout::inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    let width = usize::from(inner.width);
    let name_w = reader
        .articles
        .iter()
        .map(|a| str_width(&a.name))
        .max()
        .unwrap_or(0)
        .min(width / 2);
    let lines: Vec<Line> = reader
        .articles
        .iter()
        .enumerate()
        .skip(list.offset)
        .take(usize::from(inner.height))
        .map(|(i, a)| {
            let (marker, base) = theme::list_row(i == list.cursor, true, true);
            let name = fit(&excerpt(&a.name, name_w), name_w);
            let rest_w = width.saturating_sub(2 + name_w + 2);
            let here = if i == reader.current { "● " } else { "  " };
            let info_style = if a.content.is_ok() {
                theme::dim()
            } else {
                theme::error()
            };
            Line::from(vec![
                marker,
                Span::raw(name),
                Span::raw(here),
                Span::styled(fit(&excerpt(&summary(a), rest_w), rest_w), info_style),
            ])
            .style(base)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::fixture::{article, long_article};
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn key(c: KeyCode) -> Event {
        Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
    }

    fn three() -> Vec<Article> {
        let (d1, e1) = long_article();
        let (d2, e2) = article(&["„Kurz“, sagte Anna."], &[("Anna", None)], &[Some(0)]);
        vec![
            Article::loaded("one.txt", d1, e1),
            Article::failed("missing.txt", "not found"),
            Article::loaded("two.txt", d2, e2),
        ]
    }

    #[test]
    fn o_lists_the_articles_and_enter_switches_keeping_each_place() {
        let articles = three();
        let mut r = Reader::new(&articles).unwrap();
        r.set_viewport(100, 30);
        r.handle_event(key(KeyCode::Char('G')));
        let place = r.app().scroll();
        assert!(place > 0);
        r.handle_event(key(KeyCode::Char('o')));
        assert_eq!(
            r.list().unwrap().cursor,
            0,
            "the list opens on the current article"
        );
        r.handle_event(key(KeyCode::Char('G')));
        r.handle_event(key(KeyCode::Enter));
        assert_eq!((r.current(), r.list()), (2, None));
        assert_eq!(r.app().scroll(), 0);
        r.handle_event(key(KeyCode::Char('o')));
        r.handle_event(key(KeyCode::Char('g')));
        r.handle_event(key(KeyCode::Enter));
        assert_eq!(r.current(), 0);
        assert_eq!(r.app().scroll(), place, "the first article kept its place");
    }

    #[test]
    fn each_article_keeps_its_own_search_filter_and_selection() {
        let articles = three();
        let mut r = Reader::new(&articles).unwrap();
        r.set_viewport(100, 30);
        for k in [KeyCode::Char('}'), KeyCode::Char('/'), KeyCode::Char('z')] {
            r.handle_event(key(k));
        }
        r.handle_event(key(KeyCode::Enter));
        let (filter, selected) = (r.app().filter(), r.app().selected());
        assert!(filter.is_some() && r.app().search().is_some());
        for k in [KeyCode::Char('o'), KeyCode::Char('G'), KeyCode::Enter] {
            r.handle_event(key(k));
        }
        assert_eq!(r.current(), 2);
        assert!(r.app().search().is_none() && r.app().filter().is_none());
        for k in [KeyCode::Char('o'), KeyCode::Char('g'), KeyCode::Enter] {
            r.handle_event(key(k));
        }
        assert_eq!((r.app().filter(), r.app().selected()), (filter, selected));
        assert_eq!(r.app().search().unwrap().query, "z");
    }

    #[test]
    fn an_unopenable_article_is_listed_with_its_reason_and_not_opened() {
        let articles = three();
        let mut r = Reader::new(&articles).unwrap();
        r.set_viewport(100, 30);
        assert_eq!(
            r.app().notice(),
            Some("cannot open 1 of 3 files: o lists them")
        );
        r.handle_event(key(KeyCode::Char('o')));
        r.handle_event(key(KeyCode::Char('j')));
        r.handle_event(key(KeyCode::Enter));
        assert_eq!(r.current(), 0);
        assert!(r.list().is_some(), "the list stays open");
        assert_eq!(r.app().notice(), Some("cannot open missing.txt: not found"));
        r.handle_event(key(KeyCode::Esc));
        assert!(r.list().is_none());
    }

    #[test]
    fn the_first_openable_article_is_shown_and_none_openable_is_no_session() {
        let (d, e) = long_article();
        let articles = vec![Article::failed("a", "x"), Article::loaded("b", d, e)];
        assert_eq!(Reader::new(&articles).unwrap().current(), 1);
        let none = vec![Article::failed("a", "x")];
        assert!(Reader::new(&none).is_none());
    }

    #[test]
    fn with_one_article_o_says_so() {
        let (d, e) = long_article();
        let articles = vec![Article::loaded("a", d, e)];
        let mut r = Reader::new(&articles).unwrap();
        r.set_viewport(100, 30);
        r.handle_event(key(KeyCode::Char('o')));
        assert!(r.list().is_none());
        assert_eq!(r.app().notice(), Some("only one article is open"));
    }

    #[test]
    fn quit_and_suspend_work_from_the_list() {
        let articles = three();
        let mut r = Reader::new(&articles).unwrap();
        r.set_viewport(100, 30);
        r.handle_event(key(KeyCode::Char('o')));
        r.handle_event(Event::Key(KeyEvent::new(
            KeyCode::Char('z'),
            KeyModifiers::CONTROL,
        )));
        assert!(r.take_suspend());
        assert!(!r.take_suspend());
        r.handle_event(key(KeyCode::Char('q')));
        assert!(r.should_quit());
    }
}
