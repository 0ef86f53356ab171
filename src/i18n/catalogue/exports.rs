//! The exports (Markdown minutes, CSV, JSON).

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! exports_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Exports.
        ExportExcelIsCsv => "--excel writes CSV; leave out --format or use --format csv.",
            "--excel erzeugt CSV; lassen Sie --format weg oder geben Sie --format csv an.";
        ExportFrontMatterIsMarkdown => "--front-matter is for Markdown (--format md).",
            "--front-matter gilt nur für Markdown (--format md).";
        ExportDate => "Date", "Datum";
        ExportMethod => "Method", "Methode";
        ExportFacilitator => "Facilitator", "Moderation";
        ExportParticipants => "Participants", "Teilnehmende";
        ExportAnonymousParticipants => "not listed (anonymous session)", "nicht aufgeführt (anonyme Sitzung)";
        ExportAgenda => "Agenda", "Ablauf";
        ExportPhase => "Phase", "Phase";
        ExportQuestion => "Guiding question", "Leitfrage";
        ExportTimebox => "Timebox", "Zeitrahmen";
        ExportMinutes => "min", "Min.";
        ExportIdeas => "Ideas", "Ideen";
        ExportUnclustered => "Not clustered", "Nicht zugeordnet";
        ExportNoIdeas => "No ideas in this cluster.", "Keine Ideen in diesem Cluster.";
        ExportCoveredCard => "covered card", "verdeckte Karte";
        ExportCoveredCards => "1 covered card, not revealed yet|{n} covered cards, not revealed yet",
            "1 verdeckte Karte, noch nicht aufgedeckt|{n} verdeckte Karten, noch nicht aufgedeckt";
        ExportCluster => "Cluster", "Cluster";
        ExportVote => "Dot vote", "Punktabfrage";
        ExportNotRevealed => "The results have not been revealed yet.", "Das Ergebnis wurde noch nicht aufgedeckt.";
        ExportRank => "Rank", "Platz";
        ExportOption => "Option", "Option";
        ExportDots => "Dots", "Punkte";
        ExportTie => "tie", "gleichauf";
        ExportActions => "Actions", "Maßnahmen";
        ExportNoActions => "No actions recorded.", "Keine Maßnahmen festgehalten.";
        ExportWhat => "What", "Was";
        ExportWho => "Who", "Wer";
        ExportDue => "Due", "Bis wann";
        ExportStatus => "Status", "Status";
        ExportNote => "Note", "Anmerkung";
        ExportCheckins => "Check-in and check-out", "Stimmungsbilder";
        ExportAnswer => "Answer", "Antwort";
        ExportCount => "Count", "Anzahl";
        ExportNoAnswers => "No answers yet.", "Noch keine Antworten.";
        ExportRunoffOf => "Run-off of “{title}”.", "Stichwahl zu „{title}“.";
        ExportRoundFacts => "{voters} voted, {dots} each, at most {max} per option.",
            "{voters} abgestimmt, je {dots}, höchstens {max} pro Option.";
        ExportVoters => "1 person|{n} people", "1 Person hat|{n} Personen haben";
        ExportDotsEach => "1 dot|{n} dots", "1 Punkt|{n} Punkte";
        ExportScale => "Scale: {name}, {low} to {high}.", "Skala: {name}, {low} bis {high}.";
        ExportScaleMood => "mood", "Stimmung";
        ExportScaleRoti => "return on time invested", "Nutzen der investierten Zeit";
        ExportScaleFistOfFive => "Fist of Five", "Fist of Five";
        ExportCheckinNotRevealed => "The results have not been revealed yet ({answers}).",
            "Das Ergebnis wurde noch nicht aufgedeckt ({answers}).";
        ExportAnswers => "1 answer|{n} answers", "1 Antwort|{n} Antworten";
        ExportMean => "Mean {mean} from {answers}.", "Durchschnitt {mean} aus {answers}.";
        ExportStatusOpen => "open", "offen";
        ExportStatusDoing => "in progress", "in Arbeit";
        ExportStatusDone => "done", "erledigt";
        ExportStatusDropped => "dropped", "verworfen";
    }};
}
