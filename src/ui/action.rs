//! What the user can ask for, independent of which key asked.
//!
//! Keys map to actions in [`super::keymap`]; [`super::app::App::apply`] gives
//! them meaning in the current state (the same `Down` scrolls the body or
//! moves a list selection, depending on focus).

/// One user intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    /// Focus the next pane: body → quotes → speakers → body.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// One line (body) or one entry (lists) down.
    Down,
    Up,
    PageDown,
    PageUp,
    /// To the start of the focused pane.
    Top,
    /// To the end of the focused pane.
    Bottom,
    /// Enter: act on the entry under the cursor.
    Confirm,
    /// Select the next quote in the body (within the speaker filter).
    NextQuote,
    PrevQuote,
    /// Select the next speaker, filter to it and jump to its first quote.
    NextSpeaker,
    PrevSpeaker,
    /// Esc: close help, else clear the filter, else clear the selection.
    Back,
    ToggleHelp,
    /// Ctrl-Z: give the terminal back and stop, as `less` does; `fg` resumes.
    Suspend,
    /// `/`: open the search prompt.
    Search,
    /// `n`: the next match of the search (wrapping at the end).
    NextMatch,
    /// `N`: the previous match.
    PrevMatch,
    /// `e`: export the listed quotes to a file the user names.
    Export,
    /// `o`: the list of open articles, to switch to another.
    Articles,
}

impl Action {
    /// Every action, for checks that each is bound, listed and handled.
    pub const ALL: [Action; 22] = [
        Action::Quit,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::Confirm,
        Action::NextQuote,
        Action::PrevQuote,
        Action::NextSpeaker,
        Action::PrevSpeaker,
        Action::Back,
        Action::ToggleHelp,
        Action::Suspend,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::Export,
        Action::Articles,
    ];
}
