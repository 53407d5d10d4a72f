//! Reading terminal events and feeding them to the state, one frame per event.

use super::app::App;
use super::keymap;
use super::reader::{render_reader, Reader};
use super::terminal::{Signals, TerminalSession};
use super::Finding;
use crate::extract::Extraction;
use ratatui::crossterm::event::{self, Event, MouseEventKind};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

/// How long to wait for an event before looking at the signal flag again:
/// short enough that `kill` feels immediate, long enough to cost nothing.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

/// How long to wait for an event while quotes are being found in the
/// background: short, so they appear soon after they are ready.
const FINDING_POLL: Duration = Duration::from_millis(15);

/// How the reader ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit (`q`, Ctrl-C).
    Quit,
    /// A termination signal (SIGTERM, SIGHUP, SIGINT) arrived; the number.
    Signal(i32),
}

impl Exit {
    /// The process exit status: 0 after a quit; after a signal 128 + its
    /// number (143 for SIGTERM, 129 for SIGHUP, 130 for SIGINT), the status
    /// a shell reports for a process a signal killed. The reader catches
    /// the signal to restore the terminal and then exits normally with this
    /// status, so scripts checking `$? -gt 128` still see "ended by a signal".
    pub fn code(self) -> u8 {
        match self {
            Exit::Quit => 0,
            Exit::Signal(sig) => u8::try_from(128 + sig.clamp(1, 127)).unwrap_or(1),
        }
    }
}

/// Applies one terminal event to `app`. Separate from the loop so it can be
/// driven by tests without a terminal.
pub fn handle_event(app: &mut App, event: Event) {
    match event {
        Event::Key(key) if app.prompt().is_some() => {
            // A prompt takes typing; Ctrl-C and Ctrl-Z still quit and suspend.
            match keymap::edit_for(key) {
                Some(edit) => app.edit(edit),
                None => {
                    if let Some(action) = app.keymap().action_for(key) {
                        app.apply(action);
                    }
                }
            }
        }
        Event::Key(key) => {
            if let Some(action) = app.keymap().action_for(key) {
                app.apply(action);
            }
        }
        Event::Resize(width, height) => app.set_viewport(width, height),
        Event::Mouse(mouse) => app.mouse(mouse),
        // Paste is not enabled; focus changes need nothing.
        _ => {}
    }
}

/// Draws, waits for an event, applies it; until the user quits or an
/// ending signal is caught. Waits at most [`SIGNAL_POLL`] at a time so a
/// signal is noticed without a key press; redraws only after an event, a
/// resize or a resume.
pub fn run(
    session: &mut TerminalSession,
    reader: &mut Reader,
    signals: &Signals,
    finding: Option<Finding>,
) -> anyhow::Result<Exit> {
    match (
        run_until_exit(session, reader, signals, finding),
        signals.caught(),
    ) {
        // After SIGHUP the terminal is gone and reading or drawing may fail
        // before the flag is looked at: the signal is why the reader ends.
        (Err(_), Some(sig)) => Ok(Exit::Signal(sig)),
        (result, _) => result,
    }
}

fn run_until_exit(
    session: &mut TerminalSession,
    reader: &mut Reader,
    signals: &Signals,
    mut finding: Option<Finding>,
) -> anyhow::Result<Exit> {
    let mut dirty = true;
    let mut last_size = None;
    // A long text is wrapped in slices between events; a resize or a key
    // (another article) may leave more to wrap.
    let mut wrapping = true;
    loop {
        if let Some(sig) = signals.caught() {
            return Ok(Exit::Signal(sig));
        }
        if reader.should_quit() {
            return Ok(Exit::Quit);
        }
        // `|`, not `||`: both requests are taken, so one suspend serves both.
        if reader.take_suspend() | signals.take_stop() {
            session.suspend()?;
            dirty = true;
        }
        // The size is asked each round rather than trusted from Resize
        // events: some terminals drop them, and an unchanged size costs nothing.
        let size = session.terminal.size()?;
        if last_size != Some(size) {
            last_size = Some(size);
            dirty = true;
            wrapping = true;
        }
        if dirty {
            reader.set_viewport(size.width, size.height);
            session
                .terminal
                .draw(|frame| render_reader(reader, frame))?;
            dirty = false;
        }
        if let Some(f) = &finding {
            if let Some(found) = take_found(&f.found)? {
                reader.found(found);
                finding = None;
                dirty = true;
                continue;
            }
        }
        let wait = if wrapping {
            Duration::ZERO
        } else if finding.is_some() {
            FINDING_POLL
        } else {
            SIGNAL_POLL
        };
        if event::poll(wait)? {
            let event = event::read()?;
            // Pointer motion is reported but changes nothing: no redraw.
            let motion = is_motion(&event);
            dirty |= !motion;
            wrapping |= !motion;
            reader.handle_event(event);
        } else if wrapping {
            // Idle: wrap more of a long text; redraw once it is all wrapped,
            // when the scrollbar and percentage become exact.
            wrapping = reader.wrap_more();
            dirty |= !wrapping;
        }
    }
}

/// The quotes found in the background, once they are ready. The sender gone
/// without sending means finding them failed (a panic, already reported by
/// the panic hook): the reader ends rather than wait for ever.
fn take_found(rx: &Receiver<Extraction>) -> anyhow::Result<Option<Extraction>> {
    match rx.try_recv() {
        Ok(found) => Ok(Some(found)),
        Err(TryRecvError::Empty) => Ok(None),
        Err(TryRecvError::Disconnected) => anyhow::bail!("finding the quotes failed"),
    }
}

/// Mouse moves and drags, which the reader does not use.
fn is_motion(event: &Event) -> bool {
    matches!(
        event,
        Event::Mouse(m) if matches!(m.kind, MouseEventKind::Moved | MouseEventKind::Drag(_))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_status_is_zero_after_quit_and_128_plus_the_signal_after_one() {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        assert_eq!(Exit::Quit.code(), 0);
        assert_eq!(Exit::Signal(SIGTERM).code(), 143);
        assert_eq!(Exit::Signal(SIGHUP).code(), 129);
        assert_eq!(Exit::Signal(SIGINT).code(), 130);
    }

    #[test]
    fn found_quotes_are_taken_once_ready_and_a_vanished_finder_is_an_error() {
        let (tx, rx) = std::sync::mpsc::channel();
        assert!(take_found(&rx).unwrap().is_none(), "nothing yet");
        let ex = Extraction {
            language: "de".into(),
            quotes: vec![],
            speakers: vec![],
        };
        tx.send(ex.clone()).unwrap();
        assert_eq!(take_found(&rx).unwrap(), Some(ex));
        drop(tx);
        assert!(take_found(&rx).is_err());
    }
}
