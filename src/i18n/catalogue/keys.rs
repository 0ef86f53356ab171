//! Names of keys, as the footer and the help write them.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! keys_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Names of keys.
        KeyCtrl => "Ctrl", "Strg";
        KeyShift => "Shift", "Umschalt";
        KeySpace => "Space", "Leertaste";
        KeyEnter => "Enter", "Enter";
        KeyBackspace => "Backspace", "Rücktaste";
        KeyDelete => "Del", "Entf";
        KeyInsert => "Ins", "Einfg";
        KeyHome => "Home", "Pos1";
        KeyEnd => "End", "Ende";
        KeyPageUp => "PgUp", "Bild↑";
        KeyPageDown => "PgDn", "Bild↓";
    }};
}
