//! A text field that moves by grapheme (so `ä` typed as `a` + combining
//! mark, or a family emoji, is one step) and wraps by display width (so wide
//! characters line up). Long texts stay fast: every operation looks only at
//! the neighbourhood of the cursor, and the layout is one pass.

use super::action::Action;
use std::ops::Range;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    text: String,
    /// Byte offset of the cursor, always on a grapheme boundary.
    cursor: usize,
}

/// Where the text goes on screen at a given width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLayout {
    /// Byte ranges of the screen lines.
    pub lines: Vec<Range<usize>>,
    /// Screen line and column of the cursor.
    pub cursor: (usize, usize),
}

impl TextInput {
    pub fn new() -> TextInput {
        TextInput::default()
    }

    /// A field holding `text`, the cursor at its end.
    pub fn with_text(text: &str) -> TextInput {
        let mut input = TextInput::new();
        input.insert_str(text);
        input
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    /// Empties the field and returns what it held.
    pub fn take(&mut self) -> String {
        self.cursor = 0;
        std::mem::take(&mut self.text)
    }

    /// Inserts text at the cursor, cleaned by the one routine the core
    /// uses (no control or bidi characters; tabs become spaces).
    pub fn insert_str(&mut self, text: &str) {
        let clean = crate::core::text::clean(text, crate::core::text::Lines::Many);
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        self.snap_cursor();
    }

    pub fn insert_char(&mut self, c: char) {
        let mut buffer = [0u8; 4];
        self.insert_str(c.encode_utf8(&mut buffer));
    }

    pub fn move_left(&mut self) {
        self.cursor = self.previous_boundary(self.cursor);
    }

    pub fn move_right(&mut self) {
        self.cursor = self.next_boundary(self.cursor);
    }

    /// To the start of the current line.
    pub fn move_home(&mut self) {
        self.cursor = self.line_start(self.cursor);
    }

    /// To the end of the current line.
    pub fn move_end(&mut self) {
        self.cursor = self.line_end(self.cursor);
    }

    /// One typed line up, keeping the display column where possible.
    pub fn move_up(&mut self) {
        let start = self.line_start(self.cursor);
        if start == 0 {
            self.cursor = 0;
            return;
        }
        let column = self.text[start..self.cursor].width();
        let previous_start = self.line_start(start - 1);
        self.cursor = self.offset_at_column(previous_start, start - 1, column);
    }

    /// One typed line down, keeping the display column where possible.
    pub fn move_down(&mut self) {
        let end = self.line_end(self.cursor);
        if end == self.text.len() {
            self.cursor = end;
            return;
        }
        let column = self.text[self.line_start(self.cursor)..self.cursor].width();
        let next_start = end + 1;
        let next_end = self.line_end(next_start);
        self.cursor = self.offset_at_column(next_start, next_end, column);
    }

    pub fn delete_backward(&mut self) {
        let start = self.previous_boundary(self.cursor);
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    pub fn delete_forward(&mut self) {
        let end = self.next_boundary(self.cursor);
        self.text.replace_range(self.cursor..end, "");
    }

    /// The screen lines at `width` columns, words kept whole where they fit.
    /// One column stays free at the end of each line for the cursor.
    pub fn layout(&self, width: usize) -> TextLayout {
        let limit = width.saturating_sub(1).max(1);
        let mut lines = Vec::new();
        let mut cursor = None;
        let mut start = 0;
        for hard_line in self.text.split('\n') {
            let line_offset = start;
            let mut line_start = line_offset;
            let mut used = 0;
            let mut last_break: Option<usize> = None;
            for (index, grapheme) in hard_line.grapheme_indices(true) {
                let offset = line_offset + index;
                let grapheme_width = grapheme.width();
                // A space may hang over the edge: it is invisible there.
                if used + grapheme_width > limit && offset > line_start && grapheme != " " {
                    let cut = match last_break {
                        Some(cut) if cut > line_start => cut,
                        _ => offset,
                    };
                    lines.push(line_start..cut);
                    line_start = cut;
                    used = self.text[line_start..offset].width();
                    last_break = None;
                }
                used += grapheme_width;
                if grapheme == " " {
                    last_break = Some(offset + 1);
                }
            }
            let line_end = line_offset + hard_line.len();
            lines.push(line_start..line_end);
            start = line_end + 1;
        }
        for (row, range) in lines.iter().enumerate() {
            let next_starts_here = lines.get(row + 1).is_some_and(|next| next.start == self.cursor);
            if range.contains(&self.cursor) || (range.end == self.cursor && !next_starts_here) {
                cursor = Some((row, self.text[range.start..self.cursor].width()));
                break;
            }
        }
        TextLayout {
            cursor: cursor.unwrap_or((lines.len().saturating_sub(1), 0)),
            lines,
        }
    }

    fn line_start(&self, offset: usize) -> usize {
        self.text[..offset].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self, offset: usize) -> usize {
        self.text[offset..]
            .find('\n')
            .map_or(self.text.len(), |i| offset + i)
    }

    fn offset_at_column(&self, start: usize, end: usize, column: usize) -> usize {
        let mut used = 0;
        for (index, grapheme) in self.text[start..end].grapheme_indices(true) {
            let width = grapheme.width();
            if used + width > column {
                return start + index;
            }
            used += width;
        }
        end
    }

    fn previous_boundary(&self, offset: usize) -> usize {
        let mut cursor = GraphemeCursor::new(offset, self.text.len(), true);
        match cursor.prev_boundary(&self.text, 0) {
            Ok(Some(boundary)) => boundary,
            Ok(None) => 0,
            Err(_) => self.text[..offset].char_indices().last().map_or(0, |(i, _)| i),
        }
    }

    fn next_boundary(&self, offset: usize) -> usize {
        let mut cursor = GraphemeCursor::new(offset, self.text.len(), true);
        match cursor.next_boundary(&self.text, 0) {
            Ok(Some(boundary)) => boundary,
            Ok(None) => self.text.len(),
            Err(_) => self.text[offset..]
                .chars()
                .next()
                .map_or(self.text.len(), |c| offset + c.len_utf8()),
        }
    }

    /// After an insertion the cursor may sit inside a grapheme (a combining
    /// mark typed after a letter joins it); move it to the end of that one.
    fn snap_cursor(&mut self) {
        let mut cursor = GraphemeCursor::new(self.cursor, self.text.len(), true);
        if let Ok(false) = cursor.is_boundary(&self.text, 0) {
            self.cursor = self.next_boundary(self.cursor);
        }
    }
}

/// The editing actions every text field understands.
pub fn edit_text(text: &mut TextInput, action: &Action) {
    match action {
        Action::InsertChar(c) => text.insert_char(*c),
        Action::MoveCursorLeft => text.move_left(),
        Action::MoveCursorRight => text.move_right(),
        Action::MoveCursorUp => text.move_up(),
        Action::MoveCursorDown => text.move_down(),
        Action::MoveCursorHome => text.move_home(),
        Action::MoveCursorEnd => text.move_end(),
        Action::DeleteBackward => text.delete_backward(),
        Action::DeleteForward => text.delete_forward(),
        Action::ClearInput => text.clear(),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_by_grapheme() {
        let mut input = TextInput::with_text("a\u{308}👨‍👩‍👧b");
        input.move_left();
        assert_eq!(&input.text()[input.cursor()..], "b");
        input.move_left();
        assert_eq!(&input.text()[input.cursor()..], "👨‍👩‍👧b");
        input.delete_backward();
        assert_eq!(input.text(), "👨‍👩‍👧b");
        input.delete_forward();
        assert_eq!(input.text(), "b");
    }

    #[test]
    fn edits_in_the_middle() {
        let mut input = TextInput::with_text("Grße");
        input.move_home();
        input.move_right();
        input.move_right();
        input.insert_char('ö');
        assert_eq!(input.text(), "Größe");
        input.move_end();
        input.insert_str("\tund\u{1b}mehr");
        assert_eq!(input.text(), "Größe undmehr");
    }

    #[test]
    fn moves_between_lines_by_column() {
        let mut input = TextInput::with_text("erste Zeile\nzwei\ndritte Zeile");
        input.move_up();
        assert_eq!(input.cursor(), "erste Zeile\nzwei".len());
        input.move_up();
        assert_eq!(input.cursor(), "erste".len() - 1);
        input.move_down();
        input.move_down();
        assert_eq!(input.cursor(), "erste Zeile\nzwei\ndrit".len());
    }

    #[test]
    fn wraps_words_and_wide_characters() {
        let input = TextInput::with_text("Mehr Tageslicht im Büro");
        let layout = input.layout(11);
        let lines: Vec<&str> = layout.lines.iter().map(|r| &input.text()[r.clone()]).collect();
        assert_eq!(lines, ["Mehr ", "Tageslicht ", "im Büro"]);
        for line in &lines {
            assert!(line.trim_end().width() <= 10);
        }
        assert_eq!(layout.cursor, (2, 7));

        let wide = TextInput::with_text("会議室会議室");
        let layout = wide.layout(6);
        for range in &layout.lines {
            assert!(wide.text()[range.clone()].width() <= 5);
        }
    }

    #[test]
    fn a_cursor_after_a_soft_break_starts_the_next_line() {
        let mut input = TextInput::with_text("abcd efgh");
        input.move_home();
        for _ in 0..5 {
            input.move_right();
        }
        let layout = input.layout(6);
        assert_eq!(layout.cursor, (1, 0));
    }

    #[test]
    fn long_text_lays_out_quickly() {
        let text = "Wort ".repeat(2_000);
        let input = TextInput::with_text(&text);
        let started = std::time::Instant::now();
        let layout = input.layout(78);
        assert!(layout.lines.len() > 100);
        assert!(started.elapsed() < std::time::Duration::from_millis(200));
    }
}
