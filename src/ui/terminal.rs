//! Taking over the terminal and giving it back on every way out.
//!
//! [`TerminalSession::enter`] switches to raw mode and the alternate screen
//! and installs a panic hook; the terminal is restored by
//! [`TerminalSession::restore`] on a normal quit, by `Drop` when an error
//! unwinds out of the event loop, and by the panic hook on a panic — before
//! the previous hook prints the message, so the message lands on the normal
//! screen and stays readable. A shared flag makes the restore happen once.
//!
//! Keys when standard input is a pipe (`cat a.txt | whosaid`): crossterm
//! 0.29 reads events from `tty_fd()` (src/terminal/sys/file_descriptor.rs),
//! which uses stdin only when `isatty(stdin)` and otherwise opens `/dev/tty`;
//! raw mode goes through the same `tty_fd()`. So nothing extra is needed here
//! as long as all input goes through `crossterm::event`, never stdin.

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::Terminal;
use std::io::{self, Stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub type Backend = CrosstermBackend<Stdout>;

/// The terminal while the reader owns it.
pub struct TerminalSession {
    pub terminal: Terminal<Backend>,
    /// True while the terminal is in reader mode; whoever flips it to false restores.
    active: Arc<AtomicBool>,
}

impl TerminalSession {
    /// Raw mode, alternate screen, hidden cursor; restores and fails if any step fails.
    pub fn enter() -> io::Result<Self> {
        let active = Arc::new(AtomicBool::new(false));
        install_panic_hook(Arc::clone(&active));
        enable_raw_mode()?;
        active.store(true, Ordering::SeqCst);
        let setup = execute!(io::stdout(), EnterAlternateScreen, Hide)
            .and_then(|()| Terminal::new(CrosstermBackend::new(io::stdout())));
        match setup {
            Ok(terminal) => Ok(TerminalSession { terminal, active }),
            Err(e) => {
                restore_once(&active);
                Err(e)
            }
        }
    }

    /// Gives the terminal back, reporting a failure to do so.
    pub fn restore(self) -> io::Result<()> {
        if self.active.swap(false, Ordering::SeqCst) {
            restore_terminal()
        } else {
            Ok(())
        }
    }
}

impl Drop for TerminalSession {
    fn drop(&mut self) {
        restore_once(&self.active);
    }
}

/// Restores if nobody has yet; errors are ignored because this runs on the
/// way out of an error or a panic, where there is no one left to tell.
fn restore_once(active: &AtomicBool) {
    if active.swap(false, Ordering::SeqCst) {
        let _ = restore_terminal();
    }
}

/// Leaves raw mode and the alternate screen and shows the cursor.
fn restore_terminal() -> io::Result<()> {
    // Raw mode first: if leaving the alternate screen fails, at least the
    // shell gets a usable line discipline back.
    let raw = disable_raw_mode();
    execute!(io::stdout(), LeaveAlternateScreen, Show)?;
    raw
}

/// Chains a hook that restores the terminal in front of the existing one.
/// The hook stays installed after the session ends but does nothing then.
fn install_panic_hook(active: Arc<AtomicBool>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_once(&active);
        previous(info);
    }));
}
