//! Large letters for a projector (tui-big-text) where the font has them.

/// Whether the 8x8 font of the big letters has every character (ASCII and
/// Latin-1, so umlauts and ß are fine; emoji are not).
pub fn font_has(text: &str) -> bool {
    text.chars()
        .all(|c| (' '..='~').contains(&c) || ('\u{a0}'..='\u{ff}').contains(&c))
}
