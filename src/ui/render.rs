//! Drawing a frame from the state. Nothing here changes the [`App`]: all
//! that a frame needs was prepared by `App::apply` / `App::set_viewport`.

use super::app::App;
use super::layout::{self, Screen};
use super::{body, help, quotes, speakers, status};
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Shown when the terminal is smaller than [`layout::MIN_WIDTH`] × [`layout::MIN_HEIGHT`],
/// longest first: the first that fits is used.
const TOO_SMALL: [&str; 3] = ["Terminal too small", "Too small", "!"];

/// Draws the whole reader.
pub fn render(app: &App, frame: &mut Frame) {
    // Laid out from the frame itself, so a frame of another size than the
    // App was told about is still drawn consistently (if not re-wrapped).
    match layout::compute_with(frame.area(), app.extraction.speakers.len(), app.side_width) {
        Screen::TooSmall(area) => too_small(frame, area),
        Screen::Panes(p) => {
            body::render(app, frame, p.body);
            quotes::render(app, frame, p.quotes);
            speakers::render(app, frame, p.speakers);
            status::render(app, frame, p.status);
            if app.help {
                help::render(app, frame, frame.area());
            }
        }
    }
}

/// A one-line notice in the middle of `area`.
fn too_small(frame: &mut Frame, area: Rect) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let row = Rect {
        y: area.y + area.height / 2,
        height: 1,
        ..area
    };
    let text = TOO_SMALL
        .into_iter()
        .find(|t| t.len() <= usize::from(area.width))
        .unwrap_or("!");
    frame.render_widget(Paragraph::new(text).alignment(Alignment::Center), row);
}
