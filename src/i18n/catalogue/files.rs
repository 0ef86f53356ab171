//! Why a file cannot be written or read, in words the user can act on.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! files_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Files and saving.
        ErrFileNotWritable => "{path} is read-only and was not replaced; make it writable (chmod u+w) or ask its owner, then save again",
            "{path} ist schreibgeschützt und wurde nicht ersetzt; bitte die Datei beschreibbar machen (chmod u+w) oder die zuständige Person fragen und dann erneut speichern";
        ErrFolderNotWritable => "plenum may not write in the folder {path}; ask for write access or keep sessions in another folder (--dir), then save again",
            "plenum darf im Ordner {path} nicht schreiben; bitte Schreibrechte erfragen oder Sitzungen in einem anderen Ordner ablegen (--dir) und dann erneut speichern";
        ErrImmutable => "{path} is marked immutable and was not replaced; remove the mark (chattr -i) and save again",
            "{path} ist als unveränderlich markiert und wurde nicht ersetzt; bitte die Markierung entfernen (chattr -i) und erneut speichern";
        ErrDiskFullKept => "the disk of {path} is full; the file still holds the last saved version. Free some space, then save again",
            "der Datenträger von {path} ist voll; die Datei enthält weiterhin den zuletzt gespeicherten Stand. Bitte Speicherplatz freigeben und dann erneut speichern";
        ErrDeleted => "{path} was deleted or moved by another program and was not recreated; {key} saves the session as a new file",
            "{path} wurde von einem anderen Programm gelöscht oder verschoben und nicht neu angelegt; {key} speichert die Sitzung als neue Datei";
        ErrFolderSync => "{path}: saved, but the drive did not confirm it ({detail}); a power cut now could lose the save. Check the drive",
            "{path}: gespeichert, aber der Datenträger hat es nicht bestätigt ({detail}); ein Stromausfall könnte den Stand jetzt noch verlieren. Bitte den Datenträger prüfen";
        ErrSerialise => "{path}: the session could not be written ({detail}); the file was not touched. Please report this to the plenum developers",
            "{path}: die Sitzung konnte nicht geschrieben werden ({detail}); die Datei blieb unverändert. Bitte melden Sie dies den Entwickelnden von plenum";
        ErrNotRegular => "{path} is not a regular file (a folder, a pipe or a device) and was not read; give the path of a file",
            "{path} ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät) und wurde nicht gelesen; bitte den Pfad einer Datei angeben";
        ErrTooLarge => "{path} ({mb} MB) is too large to summarise in the list; open it by its name",
            "{path} ({mb} MB) ist zu groß für die Übersicht; bitte direkt über den Dateinamen öffnen";
        OpenedReadOnly => "opened read-only: {reason}", "schreibgeschützt geöffnet: {reason}";
    }};
}
