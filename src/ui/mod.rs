//! The interactive reader.
//!
//! Split the way gitui and yazi are: [`app`] holds the state and is the only
//! code that changes it, [`action`] names what the user can ask for,
//! [`keymap`] turns keys into actions, [`render()`] draws a frame from the
//! state without changing it, [`event_loop`] and [`terminal`] connect it to a
//! real terminal. [`wrap`] is the per-width cache that keeps drawing cost
//! independent of the article's length.

pub mod action;
pub mod app;
mod body;
pub mod event_loop;
pub mod export;
mod help;
pub mod keymap;
pub mod layout;
mod mouse;
pub mod prompt;
mod quotes;
mod reader;
pub mod render;
pub mod search;
mod speakers;
mod status;
pub mod terminal;
pub mod text;
mod theme;
pub mod wrap;

#[cfg(test)]
mod fixture;

pub use action::Action;
pub use app::{App, Focus};
pub use event_loop::Exit;
pub use reader::{list_rect, render_reader, Article, Reader};
pub use render::render;

use crate::document::Document;
use crate::extract::{Extraction, Rules};
use anyhow::Context;
use std::sync::{mpsc, Arc};

/// Articles up to this size (bytes) have their quotes found before the first
/// frame: that takes a few milliseconds, and the panes are complete from the
/// start. Longer texts (a book, a day of wire copy) are shown at once and their
/// quotes found in the background ([`Finding`]).
pub const FIND_FIRST_BELOW: usize = 256 * 1024;

/// The quotes of one article, being found on another thread.
#[derive(Debug)]
pub struct Finding {
    /// Index of the article in the list given to [`run_finding`].
    pub article: usize,
    pub found: mpsc::Receiver<Extraction>,
}

impl Finding {
    /// Starts finding the quotes of `doc` (article `article`) with `rules`.
    pub fn start(article: usize, doc: Arc<Document>, rules: Rules) -> anyhow::Result<Self> {
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("extract".into())
            // The receiver is gone only when the reader has ended: nothing to tell.
            .spawn(move || tx.send(crate::extract::extract(&doc, &rules)).ok())
            .context("cannot start finding quotes")?;
        Ok(Finding { article, found: rx })
    }
}

/// Runs the reader on `articles` until the user quits or SIGTERM, SIGHUP
/// or SIGINT arrives. The terminal is restored on every exit path: quit and
/// signal (here), error (the session's `Drop`) and panic (its hook). The
/// caller exits with [`Exit::code`]: 0 after a quit, 128 + the signal
/// number after a signal. Fails before touching the terminal when no
/// article could be opened.
pub fn run(articles: &[Article]) -> anyhow::Result<Exit> {
    run_finding(articles, None)
}

/// [`run`], while the quotes of one article are still being found: that
/// article is readable at once, its status bar says "finding quotes…", and
/// its quotes and speakers appear when `finding` delivers them.
pub fn run_finding(articles: &[Article], finding: Option<Finding>) -> anyhow::Result<Exit> {
    let Some(mut reader) = Reader::new(articles) else {
        anyhow::bail!("no article could be opened");
    };
    if let Some(f) = &finding {
        reader.start_finding(f.article);
    }
    let signals = terminal::Signals::register().context("cannot install signal handlers")?;
    let mut session =
        terminal::TerminalSession::enter().context("cannot take over the terminal")?;
    // Normally the loop sees a signal within its poll interval and leaves
    // through the restore below; the watchdog covers a loop stuck on a dead tty.
    signals.watchdog(std::time::Duration::from_secs(1), session.restorer());
    let result = event_loop::run(&mut session, &mut reader, &signals, finding);
    let restored = session.restore().context("cannot restore the terminal");
    let exit = result?;
    match exit {
        // After SIGHUP the terminal is usually gone: a failed restore has
        // no one to be reported to, and must not hide the signal's status.
        Exit::Signal(_) => Ok(exit),
        Exit::Quit => restored.map(|()| exit),
    }
}
