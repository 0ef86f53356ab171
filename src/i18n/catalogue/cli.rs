//! The command line.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! cli_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Command line.
        CliNeedsTerminal => "the app needs an interactive terminal; for scripts use the subcommands (plenum --help)",
            "die App braucht ein interaktives Terminal; für Skripte gibt es die Befehle (plenum --help)";
        CliNoSuchSession => "{path}: no such session file (the commands: plenum --help)",
            "{path}: keine solche Sitzungsdatei (die Befehle: plenum --help)";
        CliFileAndSubcommand => "a FILE ({file}) and a subcommand cannot be given together",
            "eine Datei ({file}) und ein Befehl lassen sich nicht zusammen angeben";
        CliStdoutFailed => "could not write to standard output: {error}",
            "die Standardausgabe lässt sich nicht schreiben: {error}";
        CliCannotRead => "{path}: could not read: {error}", "{path}: nicht lesbar: {error}";
        CliCannotCreateFolder => "{path}: could not create the folder: {error}",
            "{path}: der Ordner lässt sich nicht anlegen: {error}";
        CliExists => "{path}: the file exists already; choose another name",
            "{path}: die Datei gibt es schon; bitte einen anderen Namen wählen";
        CliChangedOnDisk => "{path}: the file was changed by another program since plenum read it; not overwritten",
            "{path}: die Datei wurde von einem anderen Programm geändert, seit plenum sie gelesen hat; sie wurde nicht überschrieben";
        CliManFailed => "could not write the manual page: {error}", "die Handbuchseite lässt sich nicht schreiben: {error}";
        CliIoNotFound => "no such file or folder", "Datei oder Ordner nicht vorhanden";
        CliIoPermission => "permission denied", "keine Berechtigung";
        CliIoReadOnly => "the file system is read-only", "das Dateisystem ist schreibgeschützt";
        CliIoFull => "the disk is full", "der Datenträger ist voll";
        CliIoIsFolder => "this is a folder, not a file", "dies ist ein Ordner, keine Datei";
        CliIoNotFolder => "a part of the path is not a folder", "ein Teil des Pfades ist kein Ordner";
        CliIoExists => "exists already", "ist bereits vorhanden";
        CliIoBrokenPipe => "the receiving program has ended", "das empfangende Programm wurde beendet";
        CliIoOther => "system error {code}", "Systemfehler {code}";
        CliFormatEmpty => "the file is empty", "die Datei ist leer";
        CliFormatNotText => "not a text file (invalid UTF-8); is this really a plenum session?",
            "keine Textdatei (kein gültiges UTF-8); handelt es sich wirklich um eine plenum-Sitzung?";
        CliFormatInconsistent => "the contents contradict each other here",
            "die Angaben der Datei widersprechen sich an dieser Stelle";
        CliFormatMissingField => "the field `{name}` is missing", "das Feld `{name}` fehlt";
        CliFormatUnknownField => "unknown field `{name}`", "unbekanntes Feld `{name}`";
        CliFormatDuplicateField => "the field `{name}` appears twice", "das Feld `{name}` steht doppelt in der Datei";
        CliFormatNewer => "the file has format version {found}, this plenum reads up to version {max}; update plenum to open it (the file is left as it is)",
            "die Datei hat die Formatversion {found}, dieses plenum liest bis Version {max}; bitte plenum aktualisieren (die Datei bleibt unverändert)";
        CliFormatEnd => "the file ends in the middle of an entry", "die Datei endet mitten in einem Eintrag";
        CliFormatSyntax => "not in the expected format (RON) here", "an dieser Stelle nicht im erwarteten Format (RON)";
        CliCheckOk => "ok: {summary}", "in Ordnung: {summary}";
        CliCheckFailed => "{failed} of {total} files are not usable sessions",
            "{failed} von {total} Dateien sind keine verwendbaren Sitzungen";
        CliSummary => "{file}: {title} ({kind}): {phases}, {participants}, {ideas} in {clusters}, {rounds}, {actions} ({open} open)",
            "{file}: {title} ({kind}): {phases}, {participants}, {ideas} in {clusters}, {rounds}, {actions} ({open} offen)";
        CliAnonymous => "anonymous", "anonym";
        CliNoRounds => "no voting rounds", "keine Abstimmungsrunden";
        CliRoundsWithBallots => "{rounds} with {ballots}", "{rounds} mit {ballots}";
        CliPhases => "{n} phase|{n} phases", "{n} Phase|{n} Phasen";
        CliParticipants => "{n} participant|{n} participants", "{n} teilnehmende Person|{n} Teilnehmende";
        CliNewParticipants => "{n} new participant|{n} new participants", "{n} neue teilnehmende Person|{n} neue Teilnehmende";
        CliIdeas => "{n} idea|{n} ideas", "{n} Idee|{n} Ideen";
        CliUnclusteredIdeas => "{n} unclustered idea|{n} unclustered ideas", "{n} Idee ohne Cluster|{n} Ideen ohne Cluster";
        CliClusters => "{n} cluster|{n} clusters", "{n} Cluster|{n} Cluster";
        CliRounds => "{n} voting round|{n} voting rounds", "{n} Abstimmungsrunde|{n} Abstimmungsrunden";
        CliBallots => "{n} ballot|{n} ballots", "{n} Stimmzettel|{n} Stimmzetteln";
        CliActions => "{n} action|{n} actions", "{n} Maßnahme|{n} Maßnahmen";
        CliProposals => "{n} proposal|{n} proposals", "{n} Vorschlag|{n} Vorschläge";
        CliListEmpty => "No sessions in {dir} yet. Start one with: plenum new --method zukunftswerkstatt --title \"...\"",
            "Noch keine Sitzungen in {dir}. Eine neue legen Sie so an: plenum new --method zukunftswerkstatt --title \"...\"";
        CliListUnreadable => "unreadable: {problem}", "nicht lesbar: {problem}";
        CliColumnUpdated => "UPDATED", "GEÄNDERT";
        CliColumnTitle => "TITLE", "TITEL";
        CliColumnMethod => "METHOD", "METHODE";
        CliColumnIdeas => "IDEAS", "IDEEN";
        CliColumnOpenActions => "OPEN ACTIONS", "OFFENE MASSNAHMEN";
        CliColumnFile => "FILE", "DATEI";
        CliColumnId => "ID", "KENNUNG";
        CliColumnName => "NAME", "NAME";
        CliColumnPhases => "PHASES", "PHASEN";
        CliColumnDescription => "DESCRIPTION", "BESCHREIBUNG";
        CliTemplateSkipped => "warning: {path}: template skipped: {problem}",
            "Warnung: {path}: Vorlage übersprungen: {problem}";
        CliNewNoMethod => "give a method with --method (see `plenum templates`)",
            "bitte eine Methode mit --method angeben (siehe `plenum templates`)";
        CliUnknownMethod => "unknown method {method}; known methods: {known} (see `plenum templates`)",
            "unbekannte Methode {method}; vorhanden sind: {known} (siehe `plenum templates`)";
        CliThemeBuiltIn => "built in", "eingebaut";
        CliThemeDefault => "default", "Standard";
        CliThemeProblems => "{n} theme problem(s); the app uses the default theme instead",
            "Probleme mit Farbschemata: {n}; die App verwendet stattdessen das Standardschema";
        CliActionsSkipped => "skipped {problem}", "übersprungen: {problem}";
        CliNoPhaseNumber => "there is no phase {number}: the agenda has {total} phases (numbered from 1)",
            "es gibt keine Phase {number}: der Ablauf hat {total} Phasen (gezählt ab 1)";
        CliPhaseArgument => "--phase takes the number of a phase (1 is the first) or a phase id, not {given}",
            "--phase erwartet die Nummer einer Phase (1 ist die erste) oder eine Phasen-Kennung, nicht {given}";
        CliNoPhaseId => "the session has no phase with id {id}", "die Sitzung hat keine Phase mit der Kennung {id}";
        CliClustersNotSaved => "could not save the clusters: {error}", "die Cluster ließen sich nicht speichern: {error}";
        CliSuggestHeader => "{proposals} for \"{title}\": {unclustered}, {alone} left on their own",
            "{proposals} für „{title}“: {unclustered}, {alone} davon bleiben für sich";
        CliNothingToSave => "Nothing to save.", "Nichts zu speichern.";
        CliClustersSaved => "Saved {clusters} in {file}.", "{clusters} in {file} gespeichert.";
        CliImportNoIdeas => "{source}: no ideas found (the file is empty or holds only blank lines); nothing imported",
            "{source}: keine Ideen gefunden (die Datei ist leer oder enthält nur Leerzeilen); nichts importiert";
        CliImportAuthorsDropped => "note: the session is anonymous, so the authors of {ideas} were not stored",
            "Hinweis: Die Sitzung ist anonym, daher wurden die Namen zu {ideas} nicht gespeichert";
        CliImportRefused => "{source}: nothing imported: {error}", "{source}: nichts importiert: {error}";
        CliImportAdded => "added {ideas} to phase {index} {title} of {file}",
            "{ideas} zu Phase {index} {title} von {file} hinzugefügt";
        CliImportNewParticipants => ", and {participants}: {names}", ", dazu {participants}: {names}";
        CliImportNotUtf8 => "{path}:{line}: not UTF-8 text; save the file as UTF-8 (in Excel: \"CSV UTF-8\") and try again",
            "{path}:{line}: kein UTF-8-Text; bitte die Datei als UTF-8 speichern (in Excel: „CSV UTF-8“) und erneut versuchen";
        CliImportCsvHeader => "a CSV file needs a first line naming the columns, with a `text` column (and optionally `author`); found {found}",
            "eine CSV-Datei braucht eine erste Zeile mit den Spaltennamen, darunter eine Spalte `text` (und wahlweise `author`); gefunden: {found}";
        CliImportNoTextColumn => "no `text` column in the first line", "keine Spalte `text` in der ersten Zeile";
        CliImportUnclosedQuote => "a quote (\") opened here is never closed, so the rest of the file would become one idea",
            "ein hier geöffnetes Anführungszeichen (\") wird nie geschlossen, sodass der Rest der Datei eine einzige Idee würde";
        CliImportBadCsv => "not valid CSV", "kein gültiges CSV";
        CliImportNoPhases => "the session has no phases yet; add one in the app, then import into it",
            "die Sitzung hat noch keine Phasen; bitte zuerst in der App eine anlegen und dann dorthin importieren";
        CliImportUnknownPhase => "no phase {phase} in this session; give a number from 1 to {total}, or a phase id: {agenda}",
            "keine Phase {phase} in dieser Sitzung; bitte eine Nummer von 1 bis {total} oder eine Phasen-Kennung angeben: {agenda}";
        CliImportMoreProblems => "{source}: ... and {n} more", "{source}: … und {n} weitere";
        CliImportFixLine => "{source}: nothing imported; fix the line above and run the import again",
            "{source}: nichts importiert; bitte die oben genannte Zeile korrigieren und den Import erneut ausführen";
        CliImportFixLines => "{source}: nothing imported; fix the lines above and run the import again",
            "{source}: nichts importiert; bitte die oben genannten Zeilen korrigieren und den Import erneut ausführen";
        PathSessions => "Sessions", "Sitzungen";
        PathConfig => "Settings", "Einstellungen";
        PathThemes => "Themes", "Farbschemata";
        PathTemplates => "Templates", "Vorlagen";
        PathKeymap => "Keymap", "Tastenbelegung";
        PathExists => "exists", "vorhanden";
        PathMissing => "does not exist yet", "noch nicht vorhanden";
        PathNoHome => "no home folder", "kein Benutzerordner";
        ClapInvalidValue => "'{value}' is not a valid value for '{arg}'", "„{value}“ ist kein gültiger Wert für „{arg}“";
        ClapPossibleValues => "Possible values: {values}", "Mögliche Werte: {values}";
        ClapUnknownArgument => "unknown argument '{arg}'", "unbekannte Angabe „{arg}“";
        ClapUnknownCommand => "unknown command '{command}'", "unbekannter Befehl „{command}“";
        ClapMissing => "these are missing: {args}", "es fehlen diese Angaben: {args}";
        ClapMissingCommand => "a command is missing", "es fehlt ein Befehl";
        ClapConflict => "'{arg}' cannot be given together with '{other}'",
            "„{arg}“ lässt sich nicht zusammen mit „{other}“ angeben";
        ClapValueCount => "'{arg}' has the wrong number of values", "„{arg}“ hat die falsche Anzahl von Werten";
        ClapOther => "the command line is incomplete or wrong", "die Angaben auf der Kommandozeile sind unvollständig oder fehlerhaft";
        ClapDidYouMean => "did you mean '{suggestion}'?", "meinten Sie „{suggestion}“?";
        ClapMoreHelp => "For more information, try '--help'.", "Weitere Informationen mit „--help“.";
        HelpUsage => "Usage:", "Aufruf:";
        HelpTemplate => "{before-help}{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
            "{before-help}{about-with-newline}\nAufruf: {usage}\n\n{all-args}{after-help}";
        HelpHeadingCommands => "Commands", "Befehle";
        HelpHeadingArguments => "Arguments", "Argumente";
        HelpHeadingOptions => "Options", "Optionen";
        HelpValueCommand => "COMMAND", "BEFEHL";
        HelpValueOptions => "[OPTIONS]", "[OPTIONEN]";
        HelpValueFile => "FILE", "DATEI";
        HelpValueDir => "DIR", "ORDNER";
        HelpValueLang => "LANG", "SPRACHE";
        HelpValueWhen => "WHEN", "WANN";
        HelpValueOut => "OUT", "ZIEL";
        HelpValueId => "ID", "KENNUNG";
        HelpValueOld => "OLD.ron", "ALT.ron";
        HelpValueNames => "NAMES", "NAMEN";
        HelpValuePhase => "N|PHASE_ID", "N|PHASEN_KENNUNG";
        HelpValueIdeas => "IDEAS", "IDEEN";
        HelpValueDate => "DATE", "DATUM";
        HelpValueWhat => "WHAT", "INHALT";
        HelpValueTitle => "TITLE", "TITEL";
        HelpValueFacilitator => "FACILITATOR", "MODERATION";
        HelpHelpFlag => "Print help", "Hilfe anzeigen";
        HelpHelpFlagLong => "Print help (a summary with '-h')", "Hilfe anzeigen (eine Übersicht mit „-h“)";
        HelpVersionFlag => "Print version", "Version anzeigen";
        HelpHelpCommand => "Print this message or the help of the given subcommand(s)",
            "Diese Hilfe oder die Hilfe zu den genannten Befehlen anzeigen";
        HelpPossibleValues => "possible values: {values}", "mögliche Werte: {values}";
        HelpDefault => "default: {value}", "Standard: {value}";
        HelpAbout => "Participation workshops in the terminal: capture, cluster, dot-vote, follow up.",
            "Beteiligungs-Workshops im Terminal: sammeln, clustern, mit Punkten abstimmen, nachverfolgen.";
        HelpLongAbout => "Participation workshops in the terminal: future workshops, design thinking, retrospectives, idea rounds. Without a subcommand plenum opens the start screen; with a FILE it opens that session.",
            "Beteiligungs-Workshops im Terminal: Zukunftswerkstätten, Design Thinking, Retrospektiven, Ideenrunden. Ohne Befehl öffnet plenum die Startseite, mit einer DATEI diese Sitzung.";
        HelpAppFile => "A session file to open in the app.", "Eine Sitzungsdatei, die in der App geöffnet wird.";
        HelpDir => "Sessions folder (default: $PLENUM_DIR, else the user data folder).",
            "Sitzungsordner (Standard: $PLENUM_DIR, sonst der Datenordner des Benutzerkontos).";
        HelpLang => "Language of messages and screens: en or de (default: LC_ALL, LC_MESSAGES, LANG).",
            "Sprache der Meldungen und Ansichten: en oder de (Standard: LC_ALL, LC_MESSAGES, LANG).";
        HelpTheme => "Colour theme for the app: a built-in name or one in the config folder.",
            "Farbschema der App: ein eingebautes oder eines aus dem Einstellungsordner.";
        HelpNoBell => "Do not ring the terminal bell when a timer runs out.",
            "Kein Signalton, wenn ein Timer abläuft.";
        HelpColor => "Colours in help, errors and the app: auto (none when NO_COLOR is set), always, never.",
            "Farben in Hilfe, Fehlermeldungen und App: auto (keine, wenn NO_COLOR gesetzt ist), always, never.";
        HelpOpen => "Open a session in the app.", "Eine Sitzung in der App öffnen.";
        HelpSessionFile => "The session file.", "Die Sitzungsdatei.";
        HelpSessionFileOrStdin => "The session file; `-` reads it from standard input.",
            "Die Sitzungsdatei; `-` liest sie von der Standardeingabe.";
        HelpNew => "Create a session from a method template and print its path.",
            "Eine Sitzung aus einer Methodenvorlage anlegen und ihren Pfad ausgeben.";
        HelpNewMethod => "Template id, e.g. zukunftswerkstatt, design-thinking, retro, brainstorm (with --from: default the previous session's method).",
            "Kennung der Vorlage, z. B. zukunftswerkstatt, design-thinking, retro, brainstorm (mit --from: standardmäßig die Methode der vorigen Sitzung).";
        HelpNewFrom => "Continue a previous session (the permanent workshop): its open actions are carried into a review phase at the start, its participants too.",
            "Eine frühere Sitzung fortsetzen (permanente Werkstatt): Ihre offenen Maßnahmen und Teilnehmenden werden in eine Rückschau-Phase am Anfang übernommen.";
        HelpNewTitle => "Session title (default: the method's name).", "Titel der Sitzung (Standard: der Name der Methode).";
        HelpNewParticipants => "Participants, separated by commas: \"Anna,Ben\".",
            "Teilnehmende, durch Kommas getrennt: \"Anna,Ben\".";
        HelpNewFacilitator => "Facilitator's name.", "Name der Moderation.";
        HelpNewAnonymous => "Store no authors; keep ballots secret in the file.",
            "Keine Namen an Ideen speichern; Stimmzettel bleiben auch in der Datei geheim.";
        HelpNewOutput => "Where to write the session (default: a new file in the sessions folder).",
            "Wohin die Sitzung geschrieben wird (Standard: eine neue Datei im Sitzungsordner).";
        HelpList => "List the sessions in the sessions folder, newest first.",
            "Die Sitzungen im Sitzungsordner auflisten, die neueste zuerst.";
        HelpTemplates => "List the method templates (built in and your own).",
            "Die Methodenvorlagen auflisten (eingebaute und eigene).";
        HelpImport => "Add ideas from a text file (one idea a line) or a CSV file (column `text`, optional `author`).",
            "Ideen aus einer Textdatei (eine Idee pro Zeile) oder einer CSV-Datei (Spalte `text`, wahlweise `author`) hinzufügen.";
        HelpImportFile => "The session file to add the ideas to.", "Die Sitzungsdatei, der die Ideen hinzugefügt werden.";
        HelpImportPhase => "The phase: its number in the agenda (1 is the first), its id or its title.",
            "Die Phase: ihre Nummer im Ablauf (1 ist die erste), ihre Kennung oder ihr Titel.";
        HelpImportIdeas => "The ideas: a text or CSV file, or `-` for standard input.",
            "Die Ideen: eine Text- oder CSV-Datei, oder `-` für die Standardeingabe.";
        HelpImportAfter => "IDEAS is a text file, one idea a line: blank lines are skipped, a leading bullet such as \"- \" or \"* \" is dropped.\n\nOr a CSV file, recognised by the .csv extension or by a first line that names only the columns `text` and `author`: column `text` is required, `author` (or `Autor`) is optional; commas, semicolons and tabs all work as separators. Authors are matched to participants by name; unknown names are added as participants. In an anonymous session authors are not stored.\n\nEither every idea is imported or none: refused lines are named with their line numbers, and the session stays as it was.",
            "IDEEN ist eine Textdatei mit einer Idee pro Zeile: Leerzeilen werden übersprungen, ein Aufzählungszeichen wie \"- \" oder \"* \" am Zeilenanfang entfällt.\n\nOder eine CSV-Datei, erkannt an der Endung .csv oder an einer ersten Zeile, die nur die Spalten `text` und `author` nennt: Die Spalte `text` ist Pflicht, `author` (oder `Autor`) ist freiwillig; Komma, Semikolon und Tabulator trennen gleichermaßen. Namen werden den Teilnehmenden zugeordnet; unbekannte Namen werden als Teilnehmende ergänzt. In einer anonymen Sitzung werden keine Namen gespeichert.\n\nEntweder werden alle Ideen importiert oder keine: Abgelehnte Zeilen werden mit ihrer Zeilennummer genannt, und die Sitzung bleibt unverändert.";
        HelpExport => "Export a session to Markdown (default), JSON or CSV.",
            "Eine Sitzung als Markdown (Standard), JSON oder CSV exportieren.";
        HelpExportFormat => "Output format (default: md, or csv with --excel)",
            "Ausgabeformat (Standard: md, mit --excel csv)";
        HelpExportWhat => "For CSV: one row per idea (default), per voting round or per action.",
            "Für CSV: eine Zeile je Idee (Standard), je Abstimmungsrunde oder je Maßnahme.";
        HelpExportExcel => "CSV for Excel: UTF-8 with byte-order mark, CRLF, `;` in German.",
            "CSV für Excel: UTF-8 mit Byte-Order-Mark, CRLF, `;` auf Deutsch.";
        HelpExportFrontMatter => "Markdown: start with YAML metadata naming the language (`lang: de`), for pandoc.",
            "Markdown: mit YAML-Metadaten beginnen, die die Sprache nennen (`lang: de`), für pandoc.";
        HelpExportToday => "For the actions CSV: count overdue days as of this date (YYYY-MM-DD) instead of today.",
            "Für die Maßnahmen-CSV: überfällige Tage ab diesem Datum (JJJJ-MM-TT) statt ab heute zählen.";
        HelpExportOutput => "Write to this file instead of standard output (`-` is standard output).",
            "In diese Datei schreiben statt auf die Standardausgabe (`-` ist die Standardausgabe).";
        HelpCheck => "Check a session file and print a one-line summary.",
            "Eine Sitzungsdatei prüfen und in einer Zeile zusammenfassen.";
        HelpCheckFiles => "The session file(s) to check; `-` reads one from standard input.",
            "Die zu prüfenden Sitzungsdateien; `-` liest eine von der Standardeingabe.";
        HelpSuggest => "Propose clusters for the unclustered ideas of a phase.",
            "Cluster für die Ideen einer Phase vorschlagen, die noch keinem Cluster angehören.";
        HelpSuggestPhase => "The phase: its number in the agenda (1 is the first) or its id.",
            "Die Phase: ihre Nummer im Ablauf (1 ist die erste) oder ihre Kennung.";
        HelpSuggestFormat => "Output format: readable text, or JSON (a list of clusters with the ids and texts of their ideas).",
            "Ausgabeformat: lesbarer Text oder JSON (eine Liste von Clustern mit Kennungen und Texten ihrer Ideen).";
        HelpSuggestApply => "Save the proposals as clusters of the phase (in one step that the app can undo).",
            "Die Vorschläge als Cluster der Phase speichern (in einem Schritt, den die App rückgängig machen kann).";
        HelpActions => "List open actions of every session in the sessions folder.",
            "Offene Maßnahmen aller Sitzungen im Sitzungsordner auflisten.";
        HelpActionsOverdue => "Only actions past their due date.", "Nur Maßnahmen, deren Fälligkeit überschritten ist.";
        HelpActionsOwner => "Only actions of this owner: the whole name or one word of it, in any case.",
            "Nur Maßnahmen dieser verantwortlichen Person: der ganze Name oder ein Wort daraus, Groß- und Kleinschreibung egal.";
        HelpActionsFormat => "Output format: an aligned table, a Markdown table, or CSV.",
            "Ausgabeformat: eine ausgerichtete Tabelle, eine Markdown-Tabelle oder CSV.";
        HelpActionsToday => "Count overdue days as of this date (YYYY-MM-DD) instead of today.",
            "Überfällige Tage ab diesem Datum (JJJJ-MM-TT) statt ab heute zählen.";
        HelpActionsExcel => "CSV for Excel: UTF-8 with byte-order mark, CRLF, `;` in German (implies --format csv).",
            "CSV für Excel: UTF-8 mit Byte-Order-Mark, CRLF, `;` auf Deutsch (bedeutet --format csv).";
        HelpPresent => "Show the audience view of a session on a second terminal (projector, shared window); it follows the app live and only reads.",
            "Die Publikumsansicht einer Sitzung auf einem zweiten Terminal zeigen (Beamer, geteiltes Fenster); sie folgt der App live und liest nur.";
        HelpPresentFile => "The session file the facilitator runs (default: the newest in the sessions folder).",
            "Die Sitzungsdatei, mit der die Moderation arbeitet (Standard: die neueste im Sitzungsordner).";
        CliNothingToPresent => "no session in {dir} to present; give a FILE", "keine Sitzung in {dir}, die gezeigt werden kann; bitte eine DATEI angeben";
        HelpMerge => "Merge two versions of one session by ids (git's merge driver: `plenum merge %O %A %B %P`).",
            "Zwei Fassungen einer Sitzung anhand der Kennungen zusammenführen (Merge-Treiber für git: `plenum merge %O %A %B %P`).";
        HelpMergeBase => "The common ancestor (git's %O); an empty file when there is none.",
            "Der gemeinsame Vorgänger (%O bei git); eine leere Datei, wenn es keinen gibt.";
        HelpMergeOurs => "Our version (git's %A); the merged session is written here.",
            "Unsere Fassung (%A bei git); die zusammengeführte Sitzung wird hierhin geschrieben.";
        HelpMergeTheirs => "Their version (git's %B).", "Die andere Fassung (%B bei git).";
        HelpMergeName => "The file's name in the repository, for messages (git's %P).",
            "Der Name der Datei im Repository, für Meldungen (%P bei git).";
        HelpThemes => "List the colour themes (built in and your own) for --theme.",
            "Die Farbschemata für --theme auflisten (eingebaute und eigene).";
        HelpPaths => "Print where plenum keeps sessions, settings, themes, templates and the keymap.",
            "Ausgeben, wo plenum Sitzungen, Einstellungen, Farbschemata, Vorlagen und die Tastenbelegung ablegt.";
        HelpCompletions => "Print a shell completion script (bash, zsh, fish or powershell).",
            "Ein Skript zur Vervollständigung in der Shell ausgeben (bash, zsh, fish oder powershell).";
        HelpCompletionsShell => "The shell: bash, zsh, fish or powershell.", "Die Shell: bash, zsh, fish oder powershell.";
        HelpMan => "Print the manual page (roff), e.g. plenum man > ~/.local/share/man/man1/plenum.1",
            "Die Handbuchseite (roff) ausgeben, z. B. plenum man > ~/.local/share/man/man1/plenum.1";
    }};
}
