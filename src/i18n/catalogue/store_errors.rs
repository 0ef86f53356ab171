//! Why a file could not be used.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! store_errors_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Why a file could not be used.
        ErrReadOnly => "the folder is read-only ({path})", "der Ordner ist schreibgeschützt ({path})";
        ErrDiskFull => "the disk is full ({path})", "der Datenträger ist voll ({path})";
        ErrChanged => "{path} was changed by another program and was not overwritten; {key} saves your version as a copy",
            "{path} wurde von einem anderen Programm geändert und nicht überschrieben; {key} speichert Ihre Fassung als Kopie";
        ErrLocked => "{path} is open in another plenum; close it there first",
            "{path} ist in einem anderen plenum geöffnet; bitte dort zuerst schließen";
        ErrBroken => "{path}:{position} cannot be read: {detail}", "{path}:{position} ist nicht lesbar: {detail}";
        ErrNewer => "{path} comes from a newer plenum (format {found}); please update plenum",
            "{path} stammt von einem neueren plenum (Format {found}); bitte plenum aktualisieren";
        ErrExists => "{path} exists already", "{path} gibt es schon";
        ErrIo => "{path}: {detail}", "{path}: {detail}";
        ErrNoHome => "no home folder; give a folder with --dir", "kein Benutzerordner; bitte einen Ordner mit --dir angeben";
        KeymapBroken => "Keymap not used, default keys active: {problem}",
            "Tastenbelegung nicht verwendet, Standardtasten aktiv: {problem}";
        ThemeNotFound => "Theme {name} not found, using {fallback}. Available: {list}",
            "Farbschema {name} nicht gefunden, verwende {fallback}. Vorhanden: {list}";
        ThemeBroken => "Theme not used, default colours active: {problem}",
            "Farbschema nicht verwendet, Standardfarben aktiv: {problem}";
    }};
}
