//! Saving in the background and read-only sessions.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! saving_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Saving.
        Saving => "Saving…", "Wird gespeichert…";
        ReadOnlyStatus => "Read-only ({cause}): nothing is saved", "Schreibgeschützt ({cause}): nichts wird gespeichert";
        ReadOnlyChanged => "Read-only ({cause}): changes are NOT saved", "Schreibgeschützt ({cause}): Änderungen werden NICHT gespeichert";
        ReadOnlyFolder => "folder not writable", "Ordner nicht beschreibbar";
        ReadOnlyFile => "file not writable", "Datei nicht beschreibbar";
        ReadOnlyImmutable => "file immutable", "Datei unveränderlich";
        SavedCopyOfDeleted => "The file was deleted elsewhere; your version is saved as {file}.",
            "Die Datei wurde anderswo gelöscht; Ihre Fassung ist gespeichert als {file}.";
    }};
}
