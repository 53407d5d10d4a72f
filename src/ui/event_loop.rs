//! Reading terminal events and feeding them to the state, one frame per event.

use super::app::App;
use super::keymap;
use super::reader::{render_reader, Reader};
use super::terminal::{Signals, TerminalSession};
use ratatui::crossterm::event::{self, Event, MouseEventKind};
use std::time::Duration;

/// How long to wait for an event before looking at the signal flag again:
/// short enough that `kill` feels immediate, long enough to cost nothing.
const SIGNAL_POLL: Duration = Duration::from_millis(100);

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
) -> anyhow::Result<Exit> {
    match (run_until_exit(session, reader, signals), signals.caught()) {
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
) -> anyhow::Result<Exit> {
    let mut dirty = true;
    let mut last_size = None;
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
        }
        if dirty {
            reader.set_viewport(size.width, size.height);
            session
                .terminal
                .draw(|frame| render_reader(reader, frame))?;
            dirty = false;
        }
        if event::poll(SIGNAL_POLL)? {
            let event = event::read()?;
            // Pointer motion is reported but changes nothing: no redraw.
            dirty |= !is_motion(&event);
            reader.handle_event(event);
        }
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
}
