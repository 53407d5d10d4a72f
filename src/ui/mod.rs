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
pub mod keyspec;
pub mod layout;
mod quotes;
pub mod render;
mod speakers;
mod status;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod wrap;

#[cfg(test)]
mod fixture;

pub use action::Action;
pub use app::{App, Focus, Place, Settings};
pub use event_loop::Exit;
pub use render::render;

use crate::document::Document;
use crate::extract::Extraction;
use anyhow::Context;

/// Runs the reader until the user quits or SIGTERM, SIGHUP or SIGINT
/// arrives. The terminal is restored on every exit path: quit and signal
/// (here), error (the session's `Drop`) and panic (its hook). The caller
/// exits with [`Exit::code`]: 0 after a quit, 128 + the signal number after
/// a signal.
///
/// `options` carries the user's settings, the place to return to and a
/// startup notice; the place the reader was left at comes back with the exit.
pub fn run(
    doc: &Document,
    extraction: &Extraction,
    options: RunOptions,
) -> anyhow::Result<(Exit, Place)> {
    let mut app = App::new(doc, extraction);
    app.configure(options.settings);
    if let Some(place) = options.place {
        app.restore(place);
    }
    if let Some(notice) = options.notice {
        app.set_startup_notice(notice);
    }
    let signals = terminal::Signals::register().context("cannot install signal handlers")?;
    let mut session =
        terminal::TerminalSession::enter().context("cannot take over the terminal")?;
    // Normally the loop sees a signal within its poll interval and leaves
    // through the restore below; the watchdog covers a loop stuck on a dead tty.
    signals.watchdog(std::time::Duration::from_secs(1), session.restorer());
    let result = event_loop::run(&mut session, &mut app, &signals);
    let restored = session.restore().context("cannot restore the terminal");
    let exit = result?;
    let place = app.place();
    match exit {
        // After SIGHUP the terminal is usually gone: a failed restore has
        // no one to be reported to, and must not hide the signal's status.
        Exit::Signal(_) => Ok((exit, place)),
        Exit::Quit => restored.map(|()| (exit, place)),
    }
}

/// How [`run`] starts the reader.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub settings: Settings,
    /// Where the user was when this article was last closed.
    pub place: Option<Place>,
    /// A message for the status bar until the first key.
    pub notice: Option<String>,
}
