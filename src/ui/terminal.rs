//! Taking over the terminal and giving it back on every way out.
//!
//! [`TerminalSession::enter`] switches to raw mode, the alternate screen and
//! mouse capture and installs a panic hook; the terminal is restored by
//! [`TerminalSession::restore`] on a normal quit, by `Drop` when an error
//! unwinds out of the event loop, and by the panic hook on a panic — before
//! the previous hook prints the message, so the message lands on the normal
//! screen and stays readable. A shared flag makes the restore happen once.
//!
//! Signals: [`Signals`] catches SIGTERM, SIGHUP and SIGINT into a flag the
//! event loop polls, so `kill <pid>` or a closed terminal window ends the
//! reader through the same restore as `q` instead of killing it with the
//! alternate screen still on. Ctrl-Z arrives as a key (raw mode turns off
//! ISIG); [`TerminalSession::suspend`] gives the terminal back, stops the
//! process and takes the terminal again when the shell resumes it. A SIGTSTP
//! from outside (`kill -TSTP`) is caught and handled the same way.
//!
//! Keys when standard input is a pipe (`cat a.txt | whosaid`): crossterm
//! 0.29 reads events from `tty_fd()` (src/terminal/sys/file_descriptor.rs),
//! which uses stdin only when `isatty(stdin)` and otherwise opens `/dev/tty`;
//! raw mode goes through the same `tty_fd()`. So nothing extra is needed here
//! as long as all input goes through `crossterm::event`, never stdin.

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::Terminal;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use signal_hook::SigId;
use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

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
        let setup = execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, Hide)
            .and_then(|()| Terminal::new(CrosstermBackend::new(io::stdout())));
        match setup {
            Ok(terminal) => Ok(TerminalSession { terminal, active }),
            Err(e) => {
                restore_once(&active);
                Err(e)
            }
        }
    }

    /// Ctrl-Z, as in `less` or gitui: gives the terminal back, stops the
    /// process as SIGTSTP's default action would, and once the shell
    /// continues it (`fg`) takes the terminal again and clears it, so the
    /// next draw repaints every cell rather than a diff against a screen
    /// the shell has since overwritten.
    pub fn suspend(&mut self) -> io::Result<()> {
        if self.active.swap(false, Ordering::SeqCst) {
            restore_terminal()?;
        }
        // Stops here (SIGSTOP) until SIGCONT.
        signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
        enable_raw_mode()?;
        self.active.store(true, Ordering::SeqCst);
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, Hide)?;
        self.terminal.clear()
    }

    /// Gives the terminal back, reporting a failure to do so.
    /// Restores the terminal from another thread, at most once overall.
    pub fn restorer(&self) -> impl Fn() + Send + 'static {
        let active = Arc::clone(&self.active);
        move || restore_once(&active)
    }

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

/// Leaves raw mode, mouse capture and the alternate screen and shows the cursor.
fn restore_terminal() -> io::Result<()> {
    // Raw mode first: if leaving the alternate screen fails, at least the
    // shell gets a usable line discipline back.
    let raw = disable_raw_mode();
    leave_screen(&mut io::stdout())?;
    raw
}

/// The sequences that hand the screen back. Mouse capture goes before the
/// screen switch, or a shell would receive the pointer's escape codes.
fn leave_screen(out: &mut impl Write) -> io::Result<()> {
    execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show)
}

/// Chains a hook that restores the terminal in front of the existing one.
/// The hook stays installed after the session ends but does nothing then.
fn install_panic_hook(active: Arc<AtomicBool>) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_then_report(
            &active,
            || {
                let _ = restore_terminal();
            },
            || previous(info),
        );
    }));
}

/// The panic hook's order: give the terminal back (if the session still
/// holds it), then report. A message printed first would land on the
/// alternate screen and vanish with it, and raw mode would garble its lines.
fn restore_then_report(active: &AtomicBool, restore: impl FnOnce(), report: impl FnOnce()) {
    if active.swap(false, Ordering::SeqCst) {
        restore();
    }
    report();
}

/// The signals that end the reader: SIGTERM (`kill`), SIGHUP (the terminal
/// went away) and SIGINT (only reaches us if something turned ISIG back on;
/// in raw mode Ctrl-C is a key).
pub const END_SIGNALS: [i32; 3] = [SIGTERM, SIGHUP, SIGINT];

/// Handlers that record the last ending signal instead of dying at once.
/// Dropping unregisters them; signal-hook does not reinstate the default
/// action then, so these signals do nothing until the process exits, which
/// `main` does right after the reader returns.
pub struct Signals {
    /// The signal number caught, 0 while none was.
    caught: Arc<AtomicUsize>,
    /// SIGTSTP from outside (`kill -TSTP`, or ^Z if ISIG is on): suspend
    /// as Ctrl-Z does rather than stop with the terminal taken over.
    stop: Arc<AtomicBool>,
    ids: Vec<SigId>,
}

impl Signals {
    /// Registers [`END_SIGNALS`]. Do this before [`TerminalSession::enter`]
    /// so no signal can kill the process with the terminal taken over.
    pub fn register() -> io::Result<Self> {
        let caught = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let mut signals = Signals {
            caught: Arc::clone(&caught),
            stop: Arc::clone(&stop),
            ids: Vec::new(),
        };
        for sig in END_SIGNALS {
            let value = usize::try_from(sig).unwrap_or(usize::MAX);
            let id = signal_hook::flag::register_usize(sig, Arc::clone(&caught), value)?;
            signals.ids.push(id);
        }
        signals
            .ids
            .push(signal_hook::flag::register(SIGTSTP, stop)?);
        Ok(signals)
    }

    /// True once after each SIGTSTP: the caller suspends as for Ctrl-Z.
    pub fn take_stop(&self) -> bool {
        self.stop.swap(false, Ordering::SeqCst)
    }

    /// Ends the process if the event loop does not, `grace` after an ending
    /// signal. crossterm 0.29 spins inside `event::poll` once its terminal
    /// hangs up (its reader loops on end of file), so after a hang-up the
    /// loop may never look at the flag again. The thread then calls `restore`
    /// (harmless when the terminal is gone or already restored) and exits
    /// with the signal's status, 128 + its number.
    pub fn watchdog(&self, grace: Duration, restore: impl Fn() + Send + 'static) {
        const LOOK_EVERY: Duration = Duration::from_millis(50);
        let caught = Arc::clone(&self.caught);
        std::thread::spawn(move || loop {
            std::thread::sleep(LOOK_EVERY);
            let sig = caught.load(Ordering::SeqCst);
            if sig != 0 {
                std::thread::sleep(grace);
                restore();
                let status = i32::try_from(128 + sig.min(127)).unwrap_or(1);
                std::process::exit(status);
            }
        });
    }

    /// The signal caught since [`Signals::register`], if any.
    pub fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            n => i32::try_from(n).ok(),
        }
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// What the hook writes, in order, with the restore and the report
    /// both writing to one in-memory terminal.
    fn hook_output(active: bool) -> String {
        let screen = RefCell::new(Vec::new());
        let flag = AtomicBool::new(active);
        restore_then_report(
            &flag,
            || leave_screen(&mut *screen.borrow_mut()).unwrap(),
            || {
                writeln!(
                    screen.borrow_mut(),
                    "thread 'main' panicked at src/x.rs:1:1"
                )
                .unwrap()
            },
        );
        assert!(
            !flag.load(Ordering::SeqCst),
            "the session counts as restored"
        );
        String::from_utf8(screen.into_inner()).unwrap()
    }

    #[test]
    fn a_panic_message_comes_after_leaving_the_alternate_screen() {
        let out = hook_output(true);
        let leave = out
            .find("\x1b[?1049l")
            .expect("leaves the alternate screen");
        let show = out.find("\x1b[?25h").expect("shows the cursor");
        let message = out.find("panicked at").expect("reports the panic");
        assert!(leave < message && show < message, "{out:?}");
    }

    #[test]
    fn a_panic_after_the_session_ended_is_only_reported() {
        let out = hook_output(false);
        assert_eq!(out, "thread 'main' panicked at src/x.rs:1:1\n");
    }

    #[test]
    fn a_caught_signal_is_recorded_instead_of_killing() {
        let signals = Signals::register().unwrap();
        assert_eq!(signals.caught(), None);
        signal_hook::low_level::raise(SIGHUP).unwrap();
        assert_eq!(signals.caught(), Some(SIGHUP));
        assert!(!signals.take_stop());
        signal_hook::low_level::raise(SIGTSTP).unwrap();
        assert!(signals.take_stop(), "SIGTSTP is caught, not obeyed");
        assert!(!signals.take_stop(), "and reported once");
    }
}
