//! The one-line prompt at the bottom of the screen (`/` search, `e` export
//! file name, the overwrite question): what it asks and the text typed so
//! far. Pure state; [`super::app::App`] decides what a submitted line means.

use std::path::PathBuf;

/// One editing step on a prompt line, as readline and less know them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    /// Backspace: the character before the cursor.
    DeleteBack,
    /// Delete: the character under the cursor.
    DeleteForward,
    /// Ctrl-W: the word before the cursor.
    DeleteWord,
    /// Ctrl-U: everything before the cursor.
    ClearToStart,
    Left,
    Right,
    Home,
    End,
    /// Enter.
    Submit,
    /// Esc.
    Cancel,
}

/// A line of text being typed, with a cursor (a byte offset on a char boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    cursor: usize,
}

impl LineEditor {
    /// A line holding `text`, the cursor at its end.
    pub fn with_text(text: impl Into<String>) -> Self {
        let text = text.into();
        LineEditor {
            cursor: text.len(),
            text,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Byte offset of the cursor in [`LineEditor::text`].
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Applies an editing step; Submit and Cancel are the caller's and do nothing here.
    pub fn edit(&mut self, edit: Edit) {
        match edit {
            Edit::Insert(c) => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Edit::DeleteBack => {
                if let Some(prev) = self.prev_boundary() {
                    self.text.replace_range(prev..self.cursor, "");
                    self.cursor = prev;
                }
            }
            Edit::DeleteForward => {
                if let Some(next) = self.next_boundary() {
                    self.text.replace_range(self.cursor..next, "");
                }
            }
            Edit::DeleteWord => {
                let before = &self.text[..self.cursor];
                let end = before.trim_end().len();
                let start = before[..end].rfind(char::is_whitespace).map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Edit::ClearToStart => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Edit::Left => self.cursor = self.prev_boundary().unwrap_or(0),
            Edit::Right => self.cursor = self.next_boundary().unwrap_or(self.text.len()),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.text.len(),
            Edit::Submit | Edit::Cancel => {}
        }
    }

    fn prev_boundary(&self) -> Option<usize> {
        let c = self.text[..self.cursor].chars().next_back()?;
        Some(self.cursor - c.len_utf8())
    }

    fn next_boundary(&self) -> Option<usize> {
        let c = self.text[self.cursor..].chars().next()?;
        Some(self.cursor + c.len_utf8())
    }
}

/// What the prompt is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    /// `/`: text to search the article for.
    Search,
    /// `e`: the file to export the listed quotes to.
    ExportPath,
    /// The export file exists: overwrite it (y) or not (n, Esc)?
    ConfirmOverwrite(PathBuf),
}

/// An open prompt: what it asks and what has been typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub line: LineEditor,
}

impl Prompt {
    pub fn new(kind: PromptKind, text: impl Into<String>) -> Self {
        Prompt {
            kind,
            line: LineEditor::with_text(text),
        }
    }

    /// The text shown before the typed line.
    pub fn label(&self) -> String {
        match &self.kind {
            PromptKind::Search => "/".to_string(),
            PromptKind::ExportPath => "export quotes to (.md or .json): ".to_string(),
            PromptKind::ConfirmOverwrite(path) => {
                format!("{} exists. Overwrite? (y/n) ", path.display())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineEditor {
        let mut l = LineEditor::default();
        for c in s.chars() {
            l.edit(Edit::Insert(c));
        }
        l
    }

    #[test]
    fn typing_inserts_at_the_cursor_and_backspace_removes_whole_characters() {
        let mut l = typed("Grüße");
        assert_eq!((l.text(), l.cursor()), ("Grüße", "Grüße".len()));
        l.edit(Edit::DeleteBack);
        l.edit(Edit::DeleteBack);
        assert_eq!(l.text(), "Grü");
        l.edit(Edit::Left);
        l.edit(Edit::Insert('x'));
        assert_eq!(l.text(), "Grxü");
        l.edit(Edit::DeleteForward);
        assert_eq!(l.text(), "Grx");
    }

    #[test]
    fn cursor_moves_stop_at_the_ends() {
        let mut l = typed("äb");
        l.edit(Edit::Right);
        assert_eq!(l.cursor(), 3);
        l.edit(Edit::Home);
        l.edit(Edit::Left);
        l.edit(Edit::DeleteBack);
        assert_eq!((l.text(), l.cursor()), ("äb", 0));
        l.edit(Edit::Right);
        assert_eq!(l.cursor(), 2, "past the two bytes of ä");
        l.edit(Edit::End);
        l.edit(Edit::DeleteForward);
        assert_eq!((l.text(), l.cursor()), ("äb", 3));
    }

    #[test]
    fn ctrl_u_clears_before_the_cursor_and_ctrl_w_the_word_before_it() {
        let mut l = typed("neuen Konsens  ");
        l.edit(Edit::DeleteWord);
        assert_eq!(l.text(), "neuen ");
        l.edit(Edit::DeleteWord);
        assert_eq!(l.text(), "");
        let mut l = typed("ab cd");
        l.edit(Edit::Left);
        l.edit(Edit::ClearToStart);
        assert_eq!((l.text(), l.cursor()), ("d", 0));
    }
}
