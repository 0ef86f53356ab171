//! Short forms of the actions for the footer.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! footer_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Short forms for the footer.
        ShortAdd => "add", "sammeln";
        ShortEdit => "edit", "bearbeiten";
        ShortDelete => "delete", "löschen";
        ShortTimer => "timer", "Timer";
        ShortNextPhase => "next phase", "nächste Phase";
        ShortUndo => "undo", "rückgängig";
        ShortHelp => "help", "Hilfe";
        ShortQuit => "quit", "beenden";
        ShortOpen => "open", "öffnen";
        ShortNew => "new", "neu";
        ShortDemo => "demo", "Demo";
        ShortConfirm => "confirm", "bestätigen";
        ShortCancel => "cancel", "abbrechen";
        ShortNextField => "next field", "nächstes Feld";
        ShortSaveIdea => "add", "übernehmen";
        ShortNewline => "new line", "neue Zeile";
        ShortAuthor => "person", "Person";
        ShortDone => "done", "fertig";
        ShortReveal => "reveal", "aufdecken";
        ShortClose => "close", "schließen";
        ShortScroll => "scroll", "blättern";
    }};
}
