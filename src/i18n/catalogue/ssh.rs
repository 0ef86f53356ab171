//! SSH participants: hosting, joining, the control screen.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! ssh_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // SSH participants.
        SshTitle => "plenum · {title}", "plenum · {title}";
        SshPhase => "Phase {n} of {total}: {title}", "Phase {n} von {total}: {title}";
        SshNoPhase => "The facilitator has not started a phase yet. Please wait a moment.",
            "Die Moderation hat noch keine Phase begonnen. Bitte warten Sie einen Moment.";
        SshTimeLeft => "{time} left", "noch {time}";
        SshOverTime => "{time} over time", "{time} über der Zeit";
        SshIdeasHeading => "Ideas of this phase ({n})", "Ideen dieser Phase ({n})";
        SshNoIdeas => "No ideas yet.", "Noch keine Ideen.";
        SshCoveredCard => "▒▒▒ covered card ▒▒▒", "▒▒▒ verdeckte Karte ▒▒▒";
        SshYours => "yours", "Ihre";
        SshYoursCovered => "yours, covered", "Ihre, verdeckt";
        SshNewIdea => "New idea: ", "Neue Idee: ";
        SshEditIdea => "Change idea: ", "Idee ändern: ";
        SshConfirmDelete => "Delete your idea? y = yes, any other key = no",
            "Ihre Idee löschen? j = ja, jede andere Taste = nein";
        SshRoundOpen => "Voting is open: {title}. Press v to vote.",
            "Die Abstimmung läuft: {title}. Mit v stimmen Sie ab.";
        SshVotedAlready => "Your ballot in “{title}” is in.", "Ihr Stimmzettel für „{title}“ ist abgegeben.";
        SshBallotTitle => "Your ballot: {title}", "Ihr Stimmzettel: {title}";
        SshDotsLeft => "{left} of {budget} dots left, at most {cap} per option",
            "{left} von {budget} Punkten übrig, höchstens {cap} je Option";
        SshBallotSecret => "Only you see your dots. Nobody sees a result before the reveal.",
            "Nur Sie sehen Ihre Punkte. Vor dem Aufdecken sieht niemand ein Ergebnis.";
        SshResultsTitle => "Results: {title}", "Ergebnis: {title}";
        SshResultLine => "{rank}. {dots} ●  {option}", "{rank}. {dots} ●  {option}";
        SshCheckinOpen => "Check-in: {question} Press c to answer.",
            "Stimmungsabfrage: {question} Mit c antworten Sie.";
        SshCheckinTitle => "Check-in: {question}", "Stimmungsabfrage: {question}";
        SshCheckinScale => "Your answer, from {low} to {high}:", "Ihre Antwort, von {low} bis {high}:";
        SshCheckinResults => "Check-in results: {question}", "Ergebnis der Stimmungsabfrage: {question}";
        SshIdeaAdded => "Your idea is on the board.", "Ihre Idee ist auf der Pinnwand.";
        SshIdeaAddedCovered => "Your idea is on the board, covered until the facilitator reveals the cards.",
            "Ihre Idee ist auf der Pinnwand, verdeckt, bis die Moderation die Karten aufdeckt.";
        SshIdeaChanged => "Your idea is changed.", "Ihre Idee ist geändert.";
        SshIdeaDeleted => "Your idea is deleted.", "Ihre Idee ist gelöscht.";
        SshBallotCast => "Your ballot is in. Nobody sees your dots.",
            "Ihr Stimmzettel ist abgegeben. Niemand sieht Ihre Punkte.";
        SshAnswerSent => "Thank you, your answer is in.", "Danke, Ihre Antwort ist eingegangen.";
        SshPasteCut => "The text was cut to {max} characters, the longest an idea may be.",
            "Der Text wurde auf {max} Zeichen gekürzt, die größte Länge einer Idee.";
        SshEmptyIdea => "An empty idea is not added.", "Eine leere Idee wird nicht hinzugefügt.";
        SshNotYours => "Only the author changes or deletes an idea.",
            "Nur die Person, die eine Idee eingebracht hat, kann sie ändern oder löschen.";
        SshNothingToVote => "No voting round is open.", "Es läuft keine Abstimmung.";
        SshNothingToAnswer => "No check-in waits for your answer.", "Keine Stimmungsabfrage wartet auf Ihre Antwort.";
        SshNoCapture => "This phase collects no ideas.", "In dieser Phase werden keine Ideen gesammelt.";
        SshPhaseMoved => "The facilitator has moved on to another phase; nothing was changed.",
            "Die Moderation ist zu einer anderen Phase gewechselt; es wurde nichts geändert.";
        SshIdeaInRound => "This idea is being voted on; its text stays as it is.",
            "Über diese Idee wird abgestimmt; ihr Text bleibt, wie er ist.";
        SshRoundElsewhere => "This round belongs to another phase.", "Diese Abstimmung gehört zu einer anderen Phase.";
        SshAlreadyVoted => "You have voted already; this round takes no second ballot.",
            "Sie haben bereits abgestimmt; diese Abstimmung nimmt keinen zweiten Stimmzettel an.";
        SshRoundClosed => "The results are revealed; the round is closed.",
            "Das Ergebnis ist aufgedeckt; die Abstimmung ist geschlossen.";
        SshBallotOffRules => "The ballot does not fit the round's rules (dots or limit per option).",
            "Der Stimmzettel passt nicht zu den Regeln (Punkte oder Grenze je Option).";
        SshFacilitatorNoVote => "The facilitator does not vote in this round.",
            "Die Moderation stimmt in dieser Runde nicht ab.";
        SshEarlierBallotUnknown => "Your earlier ballot is not known here, so it cannot be replaced.",
            "Ihr früherer Stimmzettel ist hier nicht bekannt und kann daher nicht ersetzt werden.";
        SshTextTooLong => "The text is too long ({chars} characters, at most {max}).",
            "Der Text ist zu lang ({chars} Zeichen, höchstens {max}).";
        SshNotTaken => "The facilitator's program did not take this: {reason}",
            "Das Programm der Moderation hat dies nicht angenommen: {reason}";
        SshKeyAdd => "a add idea", "a Idee hinzufügen";
        SshKeyEdit => "e change", "e ändern";
        SshKeyDelete => "d delete", "d löschen";
        SshKeyVote => "v vote", "v abstimmen";
        SshKeyCheckin => "c check-in", "c Stimmung";
        SshKeyQuit => "q leave", "q verlassen";
        SshKeysTyping => "Enter save · Esc cancel", "Enter speichern · Esc abbrechen";
        SshKeysBallot => "↑↓ choose · Space dot on/off · + more · − fewer · Enter cast · Esc back",
            "↑↓ wählen · Leertaste Punkt an/aus · + mehr · − weniger · Enter abgeben · Esc zurück";
        SshKeysCheckin => "←→ or digit choose · Enter send · Esc back",
            "←→ oder Ziffer wählen · Enter senden · Esc zurück";
        SshTooSmall => "Please enlarge the window.", "Bitte vergrößern Sie das Fenster.";
        SshTakenOver => "You joined again from another terminal; this one closes.",
            "Sie haben sich in einem anderen Terminal erneut angemeldet; dieses schließt sich.";
        SshDisconnected => "The facilitator ended your connection.", "Die Moderation hat Ihre Verbindung beendet.";
        SshWorkshopFull => "The workshop is full ({max} participants).", "Der Workshop ist voll ({max} Teilnehmende).";
        SshJoinPrompt => "Join code: ", "Zugangscode: ";
        SshWrongCode => "Wrong join code.", "Falscher Zugangscode.";
        SshNoSession => "No session is open on the facilitator's screen yet.", "Auf dem Bildschirm der Moderation ist noch keine Sitzung offen.";
        HostTitle => "Participants over SSH", "Teilnehmende über SSH";
        HostThisMachine => "ADDRESS-OF-THIS-MACHINE", "ADRESSE-DIESES-RECHNERS";
        HostYourName => "NAME", "NAME";
        HostJoinWith => "Join with", "Beitreten mit";
        HostJoinCode => "Join code", "Zugangscode";
        HostKeyFingerprint => "Host key", "Host-Schlüssel";
        HostConnected => "Connected: {n}", "Verbunden: {n}";
        HostNobody => "Nobody is connected.", "Niemand ist verbunden.";
        HostVoted => "Round “{title}”: {n} voted", "Runde „{title}“: {n} haben abgestimmt";
        HostDisconnecting => "{name} is disconnected (may join again).", "{name} ist getrennt (kann wieder beitreten).";
        HostStarted => "Join code {code}: participants join with ssh -p {port} NAME@{host}; {key}: who is connected.",
            "Zugangscode {code}: Teilnehmende treten mit ssh -p {port} NAME@{host} bei; {key}: wer verbunden ist.";
        HostNotHosting => "Participants can join over SSH when the session is opened with plenum host.", "Teilnehmende können über SSH beitreten, wenn die Sitzung mit plenum host geöffnet ist.";
        ModeHosting => "SSH participants", "SSH-Teilnehmende";
        ActShowHosting => "Participants over SSH: join code, who is connected", "Teilnehmende über SSH: Zugangscode, wer verbunden ist";
        ActDisconnectParticipant => "End the selected participant's connection", "Verbindung der ausgewählten Person beenden";
        ShortHosting => "SSH", "SSH";
        ShortDisconnect => "disconnect", "trennen";
        HelpHost => "Open a session with an SSH server for participants in their own terminals (hybrid workshops).",
            "Eine Sitzung mit SSH-Server öffnen, für Teilnehmende in ihren eigenen Terminals (hybride Workshops).";
        HelpHostFile => "The session file (default: the start screen).", "Die Sitzungsdatei (sonst der Startbildschirm).";
        HelpHostBind => "Address to listen on (default 127.0.0.1; 0.0.0.0 for the office network).",
            "Adresse, auf der gelauscht wird (Standard 127.0.0.1; 0.0.0.0 für das Büronetz).";
        HelpHostPort => "Port to listen on (default 2222).", "Port, auf dem gelauscht wird (Standard 2222).";
        HelpHostCode => "The join code (default: a random one), 4 to 32 letters or digits.",
            "Der Zugangscode (sonst ein zufälliger), 4 bis 32 Buchstaben oder Ziffern.";
    }};
}
