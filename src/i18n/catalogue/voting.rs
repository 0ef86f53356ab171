//! Voting: its modes, help and footer, its screens and its messages.

// The entries of this part, handed on along the chain (see `mod.rs`).
macro_rules! voting_texts {
    ($next:ident $($later:ident)* ; $($earlier:tt)*) => { $next! { $($later)* ; $($earlier)*
        // Voting: modes, help, footer.
        ModeVoteRounds => "Voting", "Abstimmungen";
        ModeVoteForm => "New round", "Neue Runde";
        ModeVotePick => "Choosing options", "Optionen wählen";
        ModeVoteHandOver => "Hand-over", "Übergabe";
        ModeVoteName => "Name", "Name";
        ModeBallot => "Ballot", "Stimmzettel";
        ModeVoteResults => "Results", "Ergebnis";
        ActOpenVoting => "Voting rounds of the phase", "Abstimmungen der Phase";
        ActNewVoteRound => "New voting round", "Neue Abstimmungsrunde";
        ActOpenRound => "Continue voting, or show the results", "Abstimmung fortsetzen oder Ergebnis zeigen";
        ActOpenRoundForm => "Open the round", "Runde eröffnen";
        ActMarkOption => "Choose or drop the option", "Option auswählen oder abwählen";
        ActPickDone => "Done choosing", "Auswahl fertig";
        ActTakeKeyboard => "Take the keyboard and vote", "Tastatur übernehmen und abstimmen";
        ActAddVoter => "Somebody not on the list votes", "Jemand, der nicht auf der Liste steht, stimmt ab";
        ActProxy => "Record the ballot of a remote participant (proxy)",
            "Stimmzettel für eine abwesende Person erfassen (Vertretung)";
        ActToggleRevotes => "Allow voting again on/off", "Erneutes Abstimmen erlauben an/aus";
        ActRevealResults => "Reveal the results", "Ergebnis aufdecken";
        ActPlaceDot => "Place a dot", "Punkt setzen";
        ActRemoveDot => "Take a dot off", "Punkt wegnehmen";
        ActToggleDot => "Place a dot, or clear the option", "Punkt setzen oder Option leeren";
        ActCastBallot => "Cast the ballot", "Stimmzettel abgeben";
        ActDiscardBallot => "Back without casting", "Zurück, ohne abzugeben";
        ActUseName => "Continue to the ballot", "Weiter zum Stimmzettel";
        ActStartRunoff => "Run-off on the tied options", "Stichwahl zwischen den Gleichplatzierten";
        ActNextResults => "Results of the next round", "Ergebnis der nächsten Runde";
        ActPreviousResults => "Results of the previous round", "Ergebnis der vorigen Runde";
        ActBack => "Back", "Zurück";
        ShortVote => "vote", "abstimmen";
        ShortNewVoteRound => "new round", "neue Runde";
        ShortOpenRound => "open the round", "Runde eröffnen";
        ShortToBallot => "continue", "weiter";
        ShortVoteBack => "back", "zurück";
        ShortPick => "choose", "auswählen";
        ShortAddVoter => "someone else", "andere Person";
        ShortProxy => "proxy", "Vertretung";
        ShortRevotes => "revotes", "erneut abstimmen";
        ShortPlaceDot => "place a dot", "Punkt setzen";
        ShortRemoveDot => "take one off", "Punkt weg";
        ShortCast => "cast", "abgeben";
        ShortRunoff => "run-off", "Stichwahl";
        ShortNextRound => "next round", "nächste Runde";

        // Voting: screens.
        VoteDotOne => "1 dot", "1 Punkt";
        VoteDotsMany => "{n} dots", "{n} Punkte";
        VoteIdeaOne => "1 idea", "1 Idee";
        VoteIdeasMany => "{n} ideas", "{n} Ideen";
        VoteRoundsTitle => "Voting rounds · {phase}", "Abstimmungen · {phase}";
        VoteNewRoundRow => "New voting round…", "Neue Abstimmungsrunde …";
        VoteRoundFacts => "{options} options · {voted} voted", "{options} Optionen · {voted} abgestimmt";
        VoteStatusOpen => "open", "läuft";
        VoteStatusRevealed => "revealed", "aufgedeckt";
        VoteRoundsHint => "An open round goes on to the hand-over; a revealed one shows its results.",
            "Laufende Runde: weiter zur Übergabe. Aufgedeckte Runde: ihr Ergebnis.";
        VoteFormTitle => "New voting round · {phase}", "Neue Abstimmungsrunde · {phase}";
        VoteFieldSource => "Vote on", "Abstimmen über";
        VoteFieldRule => "Dots per person", "Punkte pro Person";
        VoteFieldFixed => "Fixed number", "Feste Anzahl";
        VoteFieldCap => "Most per option", "Höchstens pro Option";
        VoteFieldFacilitator => "Facilitator votes", "Moderation stimmt mit";
        VoteFieldRevotes => "Voting again", "Erneut abstimmen";
        VoteSourceIdeas => "the ideas ({n})", "die Ideen ({n})";
        VoteSourceClusters => "the clusters ({n})", "die Cluster ({n})";
        VoteSourceBoth => "clusters and unclustered ideas ({n})", "Cluster und Ideen ohne Cluster ({n})";
        VoteSourcePicked => "hand-picked ({n})", "eigene Auswahl ({n})";
        VoteHintPick => "{key}: choose", "{key}: auswählen";
        VoteRuleThird => "a third (at most 20)", "ein Drittel (max. 20)";
        VoteRuleHalf => "a half", "die Hälfte";
        VoteRuleThirdPlusOne => "a third plus one", "ein Drittel plus eins";
        VoteRuleFixed => "a fixed number", "eine feste Anzahl";
        VoteGives => "gives {dots}", "ergibt {dots}";
        VoteFixedUnused => "only for a fixed number", "nur bei fester Anzahl";
        VoteNoStacking => "no stacking", "nicht kumulieren";
        VoteAllowed => "allowed", "erlaubt";
        VoteNotAllowed => "not allowed", "nicht erlaubt";
        VoteSummary => "{options} options · {dots} each · at most {cap} per option",
            "{options} Optionen · je {dots} · höchstens {cap} pro Option";
        VoteSummaryHint => "{key} opens the round; the hand-over screen comes next.",
            "{key} eröffnet die Runde; danach kommt die Übergabeseite.";
        VotePickTitle => "Choose the options · {n} chosen", "Optionen auswählen · {n} ausgewählt";
        VoteClusterInfo => "cluster, {ideas}", "Cluster, {ideas}";
        VotePickEmpty => "There is nothing to choose: no phase has ideas or clusters yet.",
            "Es gibt nichts auszuwählen: Noch keine Phase hat Ideen oder Cluster.";
        VoteHeader => "Vote: {title}", "Abstimmung: {title}";
        VoteNext => "Next:", "Als Nächstes:";
        VoteNextPrompt => "Please press {key} when you have the keyboard.",
            "Bitte {key} drücken, sobald Sie die Tastatur haben.";
        VoteNextProxy => "The facilitator records this ballot ({key}).", "Die Moderation erfasst diesen Stimmzettel ({key}).";
        VoteSomeoneElse => "Somebody else (type the name)", "Jemand anderes (Namen eingeben)";
        VoteNotOnList => "Not on the list?", "Nicht auf der Liste?";
        VoteNotOnListPrompt => "Please press {key} and type your name.", "Bitte {key} drücken und den Namen eingeben.";
        VoteEverybodyVoted => "Everybody on the list has voted.", "Alle auf der Liste haben abgestimmt.";
        VoteRevealHint => "The facilitator reveals the results with {key}.", "Die Moderation deckt das Ergebnis mit {key} auf.";
        VoteWhoVotes => "Who votes? · {voted} of {total} have voted", "Wer stimmt ab? · {voted} von {total} haben abgestimmt";
        VoteHasVoted => "has voted", "hat abgestimmt";
        VoteHasVotedProxy => "has voted (proxy)", "hat abgestimmt (Vertretung)";
        VoteMayRevote => "may vote again", "darf erneut abstimmen";
        VoteFacilitatorTag => "facilitator", "Moderation";
        VoteRulesEach => "{dots} each · at most {cap} per option", "je {dots} · höchstens {cap} pro Option";
        VoteRevotesState => "voting again {state}", "erneut abstimmen {state}";
        VoteFacilitatorVotes => "the facilitator votes", "die Moderation stimmt mit";
        VoteFacilitatorAbstains => "the facilitator does not vote", "die Moderation stimmt nicht mit";
        VoteNameTitle => "Your name", "Ihr Name";
        VoteNameProxyTitle => "Name of the remote participant", "Name der abwesenden Person";
        VoteNameHint => "{key} continues to the ballot", "{key} führt zum Stimmzettel";
        VoteBallotOf => "Ballot of {name}", "Stimmzettel von {name}";
        VoteBallotProxy => "Proxy ballot for {name}", "Stimmzettel in Vertretung für {name}";
        VoteBallotRevote => "a new ballot that replaces the earlier one", "ein neuer Stimmzettel, der den früheren ersetzt";
        VoteYourDots => "Your dots", "Ihre Punkte";
        VoteDotsLeft => "Dots left", "Punkte übrig";
        VoteOfTotal => "of {n}", "von {n}";
        VoteLeftLine => "{left} of {total} left", "{left} von {total} übrig";
        VoteAllPlaced => "All placed: {key} casts.", "Alle gesetzt: {key} gibt ab.";
        VoteSelected => "Selected", "Ausgewählt";
        VoteResultsHeader => "Results: {title}", "Ergebnis: {title}";
        VoteResultsFacts => "{voters} voted{proxies} · {dots} each · {total} given",
            "{voters} haben abgestimmt{proxies} · je {dots} · {total} vergeben";
        VoteResultsProxies => "{n} by proxy", "{n} in Vertretung";
        VoteRunoffOf => "Run-off of “{title}”", "Stichwahl zu „{title}“";
        VoteTie => "tie", "gleichauf";
        VoteTieBanner => "Tie for place {rank} ({n} options): {key} starts a run-off.",
            "Gleichstand auf Platz {rank} ({n} Optionen): {key} startet eine Stichwahl.";
        VoteRoundOf => "round {n} of {total}", "Runde {n} von {total}";

        // Voting: messages.
        VoteChooseOpenRound => "Choose an open round first.", "Bitte zuerst eine laufende Runde auswählen.";
        VoteNotInPhase => "This phase has no voting.", "In dieser Phase wird nicht abgestimmt.";
        VoteDefaultTitle => "What matters most?", "Was ist uns am wichtigsten?";
        VoteConfirmReveal => "{key} again reveals the results ({voted} of {total} have voted).",
            "Nochmals {key} deckt das Ergebnis auf ({voted} von {total} haben abgestimmt).";
        VotePickSome => "Please choose at least one option ({key}).", "Bitte mindestens eine Option auswählen ({key}).";
        VoteRoundOpened => "“{title}” is open: {options} options, {dots} each. Over to the first voter.",
            "„{title}“ ist eröffnet: {options} Optionen, je {dots}. Weiter an die erste Person.";
        VoteRevotesOff => "Voting again is off.", "Erneutes Abstimmen ist ausgeschaltet.";
        VoteRevotesOn => "Voting again is allowed: a new ballot replaces the earlier one.",
            "Erneutes Abstimmen ist erlaubt: Ein neuer Stimmzettel ersetzt den früheren.";
        VoteRevotesOnAnonymous => "Voting again is allowed; in this anonymous session only for ballots cast since voting was opened.",
            "Erneutes Abstimmen ist erlaubt; in dieser anonymen Sitzung nur für Stimmzettel, die seit dem Öffnen der Abstimmung abgegeben wurden.";
        VoteNameNeeded => "Please type a name.", "Bitte einen Namen eingeben.";
        VoteDotsLeftConfirm => "You still have {n} left. {key} again casts the ballot as it is.",
            "Sie haben noch {n} übrig. Nochmals {key} gibt den Stimmzettel so ab.";
        VoteDiscardConfirm => "{key} again throws these dots away.", "Nochmals {key} verwirft diese Punkte.";
        VoteBallotDiscarded => "Nothing was cast.", "Es wurde nichts abgegeben.";
        VoteProxyRecorded => "Proxy ballot for {name} recorded.", "Stimmzettel in Vertretung für {name} erfasst.";
        VoteThankYou => "Thank you, {name}: your ballot is cast. Please pass the keyboard on.",
            "Danke, {name}: Ihr Stimmzettel ist abgegeben. Bitte geben Sie die Tastatur weiter.";
        VoteOnlyOneResult => "This phase has only this one revealed round.", "In dieser Phase ist nur diese eine Runde aufgedeckt.";
        VoteRunoffTitle => "Run-off: {title}", "Stichwahl: {title}";
        VoteRunoffOpened => "Run-off opened: {options} options, {dots} each.", "Stichwahl eröffnet: {options} Optionen, je {dots}.";
        VoteNoDotsLeft => "No dots left: take one off with {key} first.", "Keine Punkte übrig: erst mit {key} einen wegnehmen.";
        VoteCapReached => "At most {cap} per option.", "Höchstens {cap} pro Option.";
        VoteAlreadyVoted => "{name} has voted already. The facilitator can allow voting again ({key}).",
            "{name} hat schon abgestimmt. Die Moderation kann erneutes Abstimmen erlauben ({key}).";
        VoteNoOptions => "There is nothing to vote on yet: no ideas or clusters.",
            "Noch gibt es nichts zur Abstimmung: keine Ideen oder Cluster.";
        VoteCoveredIdea => "Covered cards cannot be voted on; please reveal them first.",
            "Über verdeckte Karten lässt sich nicht abstimmen; bitte zuerst aufdecken.";
        VoteNoDots => "Every voter needs at least one dot.", "Jede Person braucht mindestens einen Punkt.";
        VoteRevealedClosed => "The results are revealed; this round is closed.",
            "Das Ergebnis ist aufgedeckt; diese Runde ist abgeschlossen.";
        VoteNobodyVoted => "Nobody has voted yet.", "Es hat noch niemand abgestimmt.";
        VoteFacilitatorOut => "The facilitator does not vote in this round.", "Die Moderation stimmt in dieser Runde nicht mit ab.";
        VoteEarlierUnknown => "Anonymous session: the earlier ballot is not stored, so it cannot be replaced now.",
            "Anonyme Sitzung: Der frühere Stimmzettel ist nicht gespeichert und lässt sich deshalb jetzt nicht ersetzen.";
        VoteNoTie => "There is no tie to decide.", "Es gibt keinen Gleichstand zu entscheiden.";
        VoteRevealed => "Results revealed.", "Ergebnis aufgedeckt.";
    }};
}
