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

use anyhow::Context;

/// Runs the reader on `articles` until the user quits or SIGTERM, SIGHUP
/// or SIGINT arrives. The terminal is restored on every exit path: quit and
/// signal (here), error (the session's `Drop`) and panic (its hook). The
/// caller exits with [`Exit::code`]: 0 after a quit, 128 + the signal
/// number after a signal. Fails before touching the terminal when no
/// article could be opened.
pub fn run(articles: &[Article]) -> anyhow::Result<Exit> {
    let Some(mut reader) = Reader::new(articles) else {
        anyhow::bail!("no article could be opened");
    };
    let signals = terminal::Signals::register().context("cannot install signal handlers")?;
    let mut session =
        terminal::TerminalSession::enter().context("cannot take over the terminal")?;
    // Normally the loop sees a signal within its poll interval and leaves
    // through the restore below; the watchdog covers a loop stuck on a dead tty.
    signals.watchdog(std::time::Duration::from_secs(1), session.restorer());
    let result = event_loop::run(&mut session, &mut reader, &signals);
    let restored = session.restore().context("cannot restore the terminal");
    let exit = result?;
    match exit {
        // After SIGHUP the terminal is usually gone: a failed restore has
        // no one to be reported to, and must not hide the signal's status.
        Exit::Signal(_) => Ok(exit),
        Exit::Quit => restored.map(|()| exit),
    }
}
