//! CSV export: one row per idea, or one per action, for spreadsheets and
//! statistics across many sessions.
//!
//! The files are UTF-8, comma-separated, with a header row and RFC 4180
//! quoting (the `csv` crate), so that statistics tools read them as they are.
//! Column names are stable snake_case English.
//!
//! Text that people typed and that starts with `=`, `+`, `-` or `@` gets a
//! leading apostrophe: spreadsheet programs would otherwise run it as a
//! formula (CSV injection), and a participant's idea must never do that on
//! the facilitator's computer. Spreadsheets hide the apostrophe.

use crate::core::*;
use std::borrow::Cow;

/// Text a spreadsheet will show as text, never run as a formula.
pub fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes rows as CSV. Writing into memory cannot fail; should the writer
/// report an error anyway, the text says so instead of being silently empty.
pub fn write_rows(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        if let Err(error) = writer.write_record(&row) {
            return format!("error: {error}\n");
        }
    }
    match writer.into_inner() {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) => format!("error: {error}\n"),
    }
}

fn typed(text: &str) -> String {
    spreadsheet_safe(text).into_owned()
}

/// One row per idea, phase by phase in agenda order and in board order
/// within a phase. Columns: `phase_number`, `phase`, `cluster`, `text`,
/// `author` (left out in an anonymous session; several authors are joined
/// with `; `), then one column per voting round in session order:
/// `votes_N: TITLE` holds the idea's dots when it was an option of round N,
/// `cluster_votes_N: TITLE` the dots of the idea's cluster in a round on
/// clusters (those belong to the cluster: do not add them up per idea).
/// Cells of rounds the idea or its cluster was not part of are empty.
pub fn ideas_csv(session: &Session) -> String {
    let with_authors = !session.anonymous;
    let mut header: Vec<String> = ["phase_number", "phase", "cluster", "text"]
        .map(String::from)
        .to_vec();
    if with_authors {
        header.push("author".into());
    }
    for (n, round) in session.rounds.iter().enumerate() {
        let prefix = if is_cluster_round(round) {
            "cluster_votes"
        } else {
            "votes"
        };
        header.push(format!("{prefix}_{}: {}", n + 1, round.title));
    }

    let mut ideas: Vec<(usize, &Idea)> = session
        .ideas
        .iter()
        .map(|idea| (session.phase_index(idea.phase).unwrap_or(usize::MAX), idea))
        .collect();
    ideas.sort_by_key(|(phase, _)| *phase);

    let rows = ideas.into_iter().map(|(phase_index, idea)| {
        let phase = session.phase(idea.phase);
        let cluster = idea.cluster.and_then(|c| session.cluster(c));
        let mut row = vec![
            phase.map(|_| (phase_index + 1).to_string()).unwrap_or_default(),
            typed(phase.map(|p| p.title.as_str()).unwrap_or_default()),
            typed(cluster.map(|c| c.title.as_str()).unwrap_or_default()),
            typed(&idea.text),
        ];
        if with_authors {
            let names: Vec<&str> = idea
                .authors
                .iter()
                .filter_map(|a| session.participant_name(*a))
                .collect();
            row.push(typed(&names.join("; ")));
        }
        for round in &session.rounds {
            row.push(votes_cell(round, idea));
        }
        row
    });
    write_rows(std::iter::once(header).chain(rows))
}

fn is_cluster_round(round: &VoteRound) -> bool {
    !round.options.is_empty() && round.options.iter().all(|o| matches!(o, VoteOption::Cluster(_)))
}

/// The idea's dots in `round`, or its cluster's, or empty.
fn votes_cell(round: &VoteRound, idea: &Idea) -> String {
    let wanted = [
        Some(VoteOption::Idea(idea.id)),
        idea.cluster.map(VoteOption::Cluster),
    ];
    wanted
        .into_iter()
        .flatten()
        .find_map(|option| round.options.iter().position(|o| *o == option))
        .map(|i| round.tally.get(i).copied().unwrap_or(0).to_string())
        .unwrap_or_default()
}

/// The machine name of a status in exports: `open`, `doing`, `done`, `dropped`.
pub fn status_name(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "open",
        ActionStatus::Doing => "doing",
        ActionStatus::Done => "done",
        ActionStatus::Dropped => "dropped",
    }
}

/// One row per action item, as entered. Columns: `text`, `owner`, `due`
/// (YYYY-MM-DD or empty), `status` (open, doing, done, dropped), `note`,
/// `source` (idea, cluster, round, carried or empty) and `source_text` (the
/// idea's text, the cluster's or round's title, or for a carried action the
/// id of the session it came from). How many days an action is overdue
/// depends on the day the file is read, so it is not a column; `plenum
/// actions --format csv` lists that.
pub fn actions_csv(session: &Session) -> String {
    let header = ["text", "owner", "due", "status", "note", "source", "source_text"]
        .map(String::from)
        .to_vec();
    let rows = session.actions.iter().map(|action| {
        let (source, source_text) = source_columns(session, action.source);
        vec![
            typed(&action.text),
            typed(action.owner.as_deref().unwrap_or_default()),
            action.due.map(|d| d.to_string()).unwrap_or_default(),
            status_name(action.status).to_string(),
            typed(&action.note),
            source.to_string(),
            typed(&source_text),
        ]
    });
    write_rows(std::iter::once(header).chain(rows))
}

fn source_columns(session: &Session, source: Option<ActionSource>) -> (&'static str, String) {
    let label = |text: Option<&str>| text.unwrap_or_default().to_string();
    match source {
        None => ("", String::new()),
        Some(ActionSource::Idea(id)) => ("idea", label(session.idea(id).map(|i| i.text.as_str()))),
        Some(ActionSource::Cluster(id)) => ("cluster", label(session.cluster(id).map(|c| c.title.as_str()))),
        Some(ActionSource::Round(id)) => ("round", label(session.round(id).map(|r| r.title.as_str()))),
        Some(ActionSource::Carried { session: from, .. }) => ("carried", from.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;
    use jiff::civil::date;

    fn parse(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header = reader
            .headers()
            .expect("a header")
            .iter()
            .map(String::from)
            .collect();
        let rows = reader
            .records()
            .map(|r| r.expect("a record").iter().map(String::from).collect())
            .collect();
        (header, rows)
    }

    /// Two phases; phase 2 comes first in `ideas` to check the ordering; a
    /// round on ideas and a round on clusters.
    fn session() -> Session {
        let mut session = Session::new("Retro", "retro", Language::De, Timestamp::UNIX_EPOCH);
        let (one, two) = (PhaseId::from_u128(1), PhaseId::from_u128(2));
        for (id, title) in [(one, "Kritik"), (two, "Phantasie")] {
            session.phases.push(Phase {
                id,
                title: title.into(),
                question: "?".into(),
                timebox_minutes: 5,
                activities: vec![Activity::Capture],
                seconds_used: 0,
            });
        }
        let anna = ParticipantId::from_u128(3);
        session.participants.push(Participant {
            id: anna,
            name: "Anna".into(),
            colour: Colour::Blue,
        });
        let cluster = ClusterId::from_u128(4);
        session.clusters.push(Cluster {
            id: cluster,
            phase: one,
            title: "Technik".into(),
        });
        let idea = |n, phase, text: &str, cluster, authors| Idea {
            id: IdeaId::from_u128(n),
            phase,
            text: text.into(),
            authors,
            cluster,
            hidden: false,
        };
        session.ideas = vec![
            idea(10, two, "Rathaus-App, \"mit\" Termin", None, vec![]),
            idea(11, one, "=HYPERLINK(\"x\")", Some(cluster), vec![anna]),
            idea(12, one, "WLAN im\nSitzungssaal", None, vec![]),
        ];
        let round = |n, title: &str, options: Vec<VoteOption>, tally| VoteRound {
            id: RoundId::from_u128(n),
            phase: one,
            title: title.into(),
            options,
            budget: DotBudget::Fixed(5),
            dots_per_voter: 5,
            max_per_option: 5,
            facilitator_votes: false,
            status: RoundStatus::Revealed,
            allow_revote: false,
            voters: vec![],
            ballots: vec![],
            tally,
            runoff_of: None,
        };
        session.rounds = vec![
            round(
                20,
                "Wichtigkeit",
                vec![
                    VoteOption::Idea(IdeaId::from_u128(12)),
                    VoteOption::Idea(IdeaId::from_u128(11)),
                ],
                vec![4, 0],
            ),
            round(21, "Themen", vec![VoteOption::Cluster(cluster)], vec![7]),
        ];
        session
    }

    #[test]
    fn one_row_per_idea_with_votes_per_round() {
        let session = session();
        let (header, rows) = parse(&ideas_csv(&session));
        assert_eq!(
            header,
            vec![
                "phase_number",
                "phase",
                "cluster",
                "text",
                "author",
                "votes_1: Wichtigkeit",
                "cluster_votes_2: Themen"
            ]
        );
        assert_eq!(
            rows,
            vec![
                vec!["1", "Kritik", "Technik", "'=HYPERLINK(\"x\")", "Anna", "0", "7"],
                vec!["1", "Kritik", "", "WLAN im\nSitzungssaal", "", "4", ""],
                vec!["2", "Phantasie", "", "Rathaus-App, \"mit\" Termin", "", "", ""],
            ]
        );
    }

    #[test]
    fn anonymous_sessions_have_no_author_column() {
        let mut session = session();
        session.ideas[1].authors.clear();
        session.anonymous = true;
        let (header, rows) = parse(&ideas_csv(&session));
        assert!(!header.iter().any(|h| h == "author"));
        assert!(rows.iter().all(|r| r.len() == 6));
    }

    #[test]
    fn one_row_per_action_with_its_source() {
        let mut session = session();
        let action = |n, text: &str, source| ActionItem {
            id: ActionId::from_u128(n),
            text: text.into(),
            owner: None,
            due: None,
            status: ActionStatus::Open,
            note: String::new(),
            source,
        };
        let mut first = action(
            1,
            "WLAN beantragen",
            Some(ActionSource::Idea(IdeaId::from_u128(12))),
        );
        first.owner = Some("Amt 10".into());
        first.due = Some(date(2027, 2, 1));
        first.status = ActionStatus::Doing;
        first.note = "-Angebot liegt vor".into();
        let previous = SessionId::from_u128(77);
        session.actions = vec![
            first,
            action(
                2,
                "Technik sichten",
                Some(ActionSource::Cluster(ClusterId::from_u128(4))),
            ),
            action(
                3,
                "Ergebnis teilen",
                Some(ActionSource::Round(RoundId::from_u128(21))),
            ),
            action(
                4,
                "Alt",
                Some(ActionSource::Carried {
                    session: previous,
                    action: ActionId::from_u128(5),
                }),
            ),
            action(5, "Ohne Quelle", None),
        ];
        let (header, rows) = parse(&actions_csv(&session));
        assert_eq!(
            header,
            vec!["text", "owner", "due", "status", "note", "source", "source_text"]
        );
        assert_eq!(
            rows[0],
            vec![
                "WLAN beantragen",
                "Amt 10",
                "2027-02-01",
                "doing",
                "'-Angebot liegt vor",
                "idea",
                "WLAN im\nSitzungssaal"
            ]
        );
        let sources: Vec<(&str, &str)> = rows[1..].iter().map(|r| (r[5].as_str(), r[6].as_str())).collect();
        assert_eq!(
            sources,
            vec![
                ("cluster", "Technik"),
                ("round", "Themen"),
                ("carried", previous.to_string().as_str()),
                ("", "")
            ]
        );
    }

    #[test]
    fn formulas_are_defused_and_plain_text_is_left_alone() {
        assert_eq!(spreadsheet_safe("=1+1"), "'=1+1");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("+49 30 123"), "'+49 30 123");
        assert_eq!(spreadsheet_safe("Mehr Grün = mehr Ruhe"), "Mehr Grün = mehr Ruhe");
        assert!(matches!(spreadsheet_safe("Papierlos"), Cow::Borrowed(_)));
    }
}
