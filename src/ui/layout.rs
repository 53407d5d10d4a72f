//! Where each pane goes for a given terminal size.
//!
//! Pure arithmetic on [`Rect`]s, shared by [`super::app::App`] (which needs the
//! body size to wrap and the list heights to scroll) and by rendering, so both
//! always agree.

use ratatui::layout::Rect;

/// Below this width or height the reader shows a notice instead of panes.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 8;
/// Below this width the side panes go under the body instead of beside it.
pub const NARROW_WIDTH: u16 = 80;
/// The side column never grows wider than this: the article is what is read.
pub const SIDE_MAX_WIDTH: u16 = 48;
/// The side column is never narrower than this, whatever the config says:
/// a list needs room for a marker, a name and a count.
pub const MIN_SIDE_WIDTH: u16 = 12;
/// Stacked side panes never take more rows than this.
const STACKED_SIDE_MAX_HEIGHT: u16 = 14;

/// The outer rectangles (borders included) of every pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub body: Rect,
    pub quotes: Rect,
    pub speakers: Rect,
    pub status: Rect,
}

/// What the screen shows at a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Too small for panes: a centred notice fills `area`.
    TooSmall(Rect),
    Panes(Panes),
}

impl Screen {
    pub fn panes(&self) -> Option<&Panes> {
        match self {
            Screen::Panes(p) => Some(p),
            Screen::TooSmall(_) => None,
        }
    }
}

/// Lays out `area` for an article with `speakers` speakers (the speakers pane
/// is only as tall as it needs to be, up to half the side column).
pub fn compute(area: Rect, speakers: usize) -> Screen {
    compute_with(area, speakers, SIDE_MAX_WIDTH)
}

/// [`compute`] with the side column at most `side_max` columns wide (the
/// config's `side_width`); the body always keeps at least half the width.
pub fn compute_with(area: Rect, speakers: usize, side_max: u16) -> Screen {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Screen::TooSmall(area);
    }
    let main = Rect {
        height: area.height - 1,
        ..area
    };
    let status = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    let wanted_speaker_rows = u16::try_from(speakers)
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let (body, quotes, speakers) = if area.width < NARROW_WIDTH {
        stacked(main)
    } else {
        side_by_side(main, wanted_speaker_rows, side_max)
    };
    Screen::Panes(Panes {
        body,
        quotes,
        speakers,
        status,
    })
}

/// Body on the left, quotes over speakers on the right.
fn side_by_side(main: Rect, wanted_speaker_rows: u16, side_max: u16) -> (Rect, Rect, Rect) {
    let side_w = (main.width * 2 / 5).min(side_max).max(MIN_SIDE_WIDTH);
    let (body, side) = split_columns(main, main.width - side_w);
    let speaker_rows = wanted_speaker_rows.clamp(3, (side.height / 2).max(3));
    let (quotes, speakers) = split_rows(side, side.height.saturating_sub(speaker_rows));
    (body, quotes, speakers)
}

/// Body on top, quotes and speakers side by side underneath.
fn stacked(main: Rect) -> (Rect, Rect, Rect) {
    let side_h = (main.height * 2 / 5).clamp(3, STACKED_SIDE_MAX_HEIGHT);
    let (body, side) = split_rows(main, main.height.saturating_sub(side_h));
    let (quotes, speakers) = split_columns(side, side.width * 3 / 5);
    (body, quotes, speakers)
}

/// `r` cut into a left part `left` columns wide and the rest.
fn split_columns(r: Rect, left: u16) -> (Rect, Rect) {
    let left = left.min(r.width);
    (
        Rect { width: left, ..r },
        Rect {
            x: r.x + left,
            width: r.width - left,
            ..r
        },
    )
}

/// `r` cut into a top part `top` rows high and the rest.
fn split_rows(r: Rect, top: u16) -> (Rect, Rect) {
    let top = top.min(r.height);
    (
        Rect { height: top, ..r },
        Rect {
            y: r.y + top,
            height: r.height - top,
            ..r
        },
    )
}

/// The area inside a one-cell border.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// Where the body text goes: inside the border, one column of padding each side
/// (kept only when the pane is wide enough to afford it).
pub fn body_text(body: Rect) -> Rect {
    let r = inner(body);
    if r.width >= 10 {
        Rect {
            x: r.x + 1,
            width: r.width - 2,
            ..r
        }
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_put_the_side_panes_right_of_the_body() {
        let Screen::Panes(p) = compute(Rect::new(0, 0, 120, 40), 6) else {
            panic!("expected panes")
        };
        assert_eq!(p.body, Rect::new(0, 0, 72, 39));
        assert_eq!(p.quotes.x, 72);
        assert_eq!(p.quotes.width, 48);
        assert_eq!(p.speakers.height, 8);
        assert_eq!(p.quotes.height + p.speakers.height, 39);
        assert_eq!(p.status, Rect::new(0, 39, 120, 1));
    }

    #[test]
    fn side_column_is_capped() {
        let Screen::Panes(p) = compute(Rect::new(0, 0, 400, 120), 3) else {
            panic!("expected panes")
        };
        assert_eq!(p.quotes.width, SIDE_MAX_WIDTH);
    }

    #[test]
    fn side_width_setting_caps_the_side_column_within_limits() {
        let area = Rect::new(0, 0, 120, 40);
        let width = |max| compute_with(area, 3, max).panes().unwrap().quotes.width;
        assert_eq!(width(30), 30);
        assert_eq!(width(100), 48, "never more than 2/5 of the width");
        assert_eq!(width(0), MIN_SIDE_WIDTH);
    }

    #[test]
    fn narrow_terminals_stack_the_side_panes_under_the_body() {
        let Screen::Panes(p) = compute(Rect::new(0, 0, 60, 30), 6) else {
            panic!("expected panes")
        };
        assert_eq!(p.body.width, 60);
        assert!(p.quotes.y >= p.body.y + p.body.height);
        assert_eq!(p.quotes.y, p.speakers.y);
        assert_eq!(p.quotes.width + p.speakers.width, 60);
    }

    #[test]
    fn tiny_terminals_get_a_notice() {
        for (w, h) in [(1, 1), (5, 3), (19, 7), (19, 40), (200, 7)] {
            assert!(matches!(
                compute(Rect::new(0, 0, w, h), 2),
                Screen::TooSmall(_)
            ));
        }
        assert!(compute(Rect::new(0, 0, 20, 8), 2).panes().is_some());
    }
}
