//! Reading terminal events and feeding them to the state, one frame per event.

use super::app::App;
use super::render::render;
use super::terminal::Backend;
use ratatui::crossterm::event::{self, Event};
use ratatui::Terminal;

/// Applies one terminal event to `app`. Separate from the loop so it can be
/// driven by tests without a terminal.
pub fn handle_event(app: &mut App, event: Event) {
    match event {
        Event::Key(key) => {
            if let Some(action) = app.keymap().action_for(key) {
                app.apply(action);
            }
        }
        Event::Resize(width, height) => app.set_viewport(width, height),
        // Mouse and paste come later; focus changes need nothing.
        _ => {}
    }
}

/// Draws, waits for an event, applies it; until the user quits.
pub fn run(terminal: &mut Terminal<Backend>, app: &mut App) -> anyhow::Result<()> {
    while !app.should_quit() {
        // The size is asked each round rather than trusted from Resize
        // events: some terminals drop them, and an unchanged size costs nothing.
        let size = terminal.size()?;
        app.set_viewport(size.width, size.height);
        terminal.draw(|frame| render(app, frame))?;
        handle_event(app, event::read()?);
    }
    Ok(())
}
