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
mod help;
pub mod keymap;
pub mod layout;
mod quotes;
pub mod render;
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
pub use render::render;

use crate::document::Document;
use crate::extract::{Extraction, Rules};
use anyhow::Context;
use std::sync::{mpsc, Arc};

/// Articles up to this size (bytes) have their quotes found before the first
/// frame: that takes a few milliseconds, and the panes are complete from the
/// start. Longer texts (a book, a day of wire copy) are shown at once and their
/// quotes found in the background.
pub const FIND_FIRST_BELOW: usize = 256 * 1024;

/// Runs the reader on `doc` until the user quits or SIGTERM, SIGHUP or SIGINT
/// arrives, while its quotes are found with `rules` — on another thread for
/// a text longer than [`FIND_FIRST_BELOW`]: the article is on screen at once,
/// however long it is, and the quotes and speakers appear when they are found
/// (the status bar says "finding quotes…" meanwhile). The terminal is restored on every exit path: quit and signal
/// (here), error (the session's `Drop`) and panic (its hook). The caller
/// exits with [`Exit::code`]: 0 after a quit, 128 + the signal number after
/// a signal.
pub fn run(doc: Arc<Document>, rules: Rules) -> anyhow::Result<Exit> {
    let language = rules.code.clone();
    if doc.text.len() <= FIND_FIRST_BELOW {
        let mut app = App::finding(&doc, &language);
        app.set_extraction(crate::extract::extract(&doc, &rules));
        return run_app(app, None);
    }
    let (tx, rx) = mpsc::channel();
    let worker_doc = Arc::clone(&doc);
    std::thread::Builder::new()
        .name("extract".into())
        // The receiver is gone only when the reader has ended: nothing to tell.
        .spawn(move || tx.send(crate::extract::extract(&worker_doc, &rules)).ok())
        .context("cannot start finding quotes")?;
    let app = App::finding(&doc, &language);
    run_app(app, Some(rx))
}

fn run_app(mut app: App, incoming: Option<mpsc::Receiver<Extraction>>) -> anyhow::Result<Exit> {
    let signals = terminal::Signals::register().context("cannot install signal handlers")?;
    let mut session =
        terminal::TerminalSession::enter().context("cannot take over the terminal")?;
    // Normally the loop sees a signal within its poll interval and leaves
    // through the restore below; the watchdog covers a loop stuck on a dead tty.
    signals.watchdog(std::time::Duration::from_secs(1), session.restorer());
    let result = event_loop::run(&mut session, &mut app, &signals, incoming);
    let restored = session.restore().context("cannot restore the terminal");
    let exit = result?;
    match exit {
        // After SIGHUP the terminal is usually gone: a failed restore has
        // no one to be reported to, and must not hide the signal's status.
        Exit::Signal(_) => Ok(exit),
        Exit::Quit => restored.map(|()| exit),
    }
}
