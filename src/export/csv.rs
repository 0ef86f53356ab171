//! CSV export for spreadsheets and statistics across many sessions: one row
//! per idea, per voting round or per action.
//!
//! Column names are stable snake_case English, the same in every session, so
//! that the files of many sessions can be stacked: every row starts with
//! `session` (the title) and `session_file` (the file as given), and the
//! dots of voting round N of a session are in `round_N_votes`; the rounds
//! file (`--what rounds`) names each round N (`round`, `title`, ...).
//!
//! Two dialects: the standard one (RFC 4180: comma, LF, UTF-8 without a
//! byte-order mark) for statistics tools, and [`Dialect::Excel`], which
//! Excel opens with a double click: UTF-8 with a byte-order mark (else Excel
//! reads the umlauts as Latin-1), CRLF line ends, and `;` as the delimiter
//! in German (German Excel splits on `;`, because `,` is its decimal comma).
//!
//! Everything comes from the published session ([`crate::core::public`]):
//! covered cards are no rows, an open round's cells are empty.
//!
//! Text that people typed and that starts with `=`, `+`, `-` or `@` gets a
//! leading apostrophe: spreadsheet programs would otherwise run it as a
//! formula (CSV injection), and a participant's idea must never do that on
//! the facilitator's computer. Spreadsheets hide the apostrophe.

use crate::core::Language;
use crate::core::public::{ItemKind, PublicAction, PublicRound, PublicSession, status_name};
use jiff::civil::Date;
use std::borrow::Cow;

/// Which spreadsheet conventions the file follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// Comma, LF, no byte-order mark (RFC 4180).
    #[default]
    Standard,
    /// For Excel: byte-order mark, CRLF, `;` in German.
    Excel,
}

/// How to write a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CsvOptions {
    pub dialect: Dialect,
    /// Decides the Excel delimiter: `;` for German, `,` for English.
    pub language: Language,
}

impl CsvOptions {
    pub fn delimiter(&self) -> u8 {
        match (self.dialect, self.language) {
            (Dialect::Excel, Language::De) => b';',
            _ => b',',
        }
    }
}

/// Text a spreadsheet will show as text, never run as a formula.
pub fn spreadsheet_safe(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes rows as CSV in the chosen dialect. Writing into memory cannot
/// fail; should the writer report an error anyway, the text says so instead
/// of being silently empty.
pub fn write_rows(rows: impl IntoIterator<Item = Vec<String>>, options: &CsvOptions) -> String {
    let mut builder = csv::WriterBuilder::new();
    builder.delimiter(options.delimiter());
    if options.dialect == Dialect::Excel {
        builder.terminator(csv::Terminator::CRLF);
    }
    let mut writer = builder.from_writer(Vec::new());
    for row in rows {
        if let Err(error) = writer.write_record(&row) {
            return format!("error: {error}\n");
        }
    }
    match writer.into_inner() {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            match options.dialect {
                Dialect::Excel => format!("\u{feff}{text}"),
                Dialect::Standard => text.into_owned(),
            }
        }
        Err(error) => format!("error: {error}\n"),
    }
}

fn typed(text: &str) -> String {
    spreadsheet_safe(text).into_owned()
}

/// The first two cells of every row.
fn origin(session: &PublicSession, file: &str) -> [String; 2] {
    [typed(&session.title), typed(file)]
}

/// The name of round N's column in the ideas file.
pub fn round_column(n: usize) -> String {
    format!("round_{n}_votes")
}

/// One row per idea that is not covered, phase by phase in agenda order and
/// in board order within a phase. Columns: `session`, `session_file`,
/// `phase_number`, `phase`, `cluster`, `text`, `author` (empty in an
/// anonymous session; several authors are joined with `; `), then
/// `round_1_votes`, `round_2_votes`, ... one per voting round in session
/// order: the idea's dots when it was an option of the round, else its
/// cluster's dots when the round was on its cluster (those belong to the
/// cluster: do not add them up per idea). Cells of rounds the idea or its
/// cluster was not part of, and of rounds not revealed, are empty.
pub fn ideas(session: &PublicSession, file: &str, options: &CsvOptions) -> String {
    let mut header: Vec<String> = [
        "session",
        "session_file",
        "phase_number",
        "phase",
        "cluster",
        "text",
        "author",
    ]
    .map(String::from)
    .to_vec();
    header.extend((1..=session.rounds.len()).map(round_column));

    let rows = session.ideas.iter().map(|idea| {
        let phase = session.phases.iter().find(|p| p.id == idea.phase);
        let cluster = idea
            .cluster
            .and_then(|c| session.clusters.iter().find(|x| x.id == c));
        let mut row = origin(session, file).to_vec();
        row.extend([
            phase.map(|p| p.number.to_string()).unwrap_or_default(),
            typed(phase.map(|p| p.title.as_str()).unwrap_or_default()),
            typed(cluster.map(|c| c.title.as_str()).unwrap_or_default()),
            typed(&idea.text),
            typed(&idea.authors.join("; ")),
        ]);
        let ids = [
            Some((ItemKind::Idea, idea.id.to_string())),
            idea.cluster.map(|c| (ItemKind::Cluster, c.to_string())),
        ];
        row.extend(session.rounds.iter().map(|round| votes_cell(round, &ids)));
        row
    });
    write_rows(std::iter::once(header).chain(rows), options)
}

/// The dots of the first of `wanted` that is an option of `round`, or empty.
fn votes_cell(round: &PublicRound, wanted: &[Option<(ItemKind, String)>]) -> String {
    let Some(result) = &round.result else {
        return String::new();
    };
    wanted
        .iter()
        .flatten()
        .find_map(|(kind, id)| {
            result
                .ranking
                .iter()
                .find(|r| r.option.kind == *kind && r.option.id == *id)
        })
        .map(|ranked| ranked.dots.to_string())
        .unwrap_or_default()
}

/// What a round was on: `ideas`, `clusters` or `mixed`.
fn options_kind(round: &PublicRound) -> &'static str {
    let on = |kind| round.options.iter().all(|o| o.kind == kind);
    if on(ItemKind::Idea) {
        "ideas"
    } else if on(ItemKind::Cluster) {
        "clusters"
    } else {
        "mixed"
    }
}

/// One row per voting round, numbered as the `round_N_votes` columns of the
/// ideas file. Columns: `session`, `session_file`, `round` (N), `title`,
/// `phase_number`, `phase`, `options` (`ideas`, `clusters` or `mixed`: in a
/// mixed round an idea's cell holds its own dots or its cluster's),
/// `status` (`open` or `revealed`), `voters`, `dots_per_voter`,
/// `max_per_option`, `dots_cast` (empty while the round is open).
pub fn rounds(session: &PublicSession, file: &str, options: &CsvOptions) -> String {
    let header = [
        "session",
        "session_file",
        "round",
        "title",
        "phase_number",
        "phase",
        "options",
        "status",
        "voters",
        "dots_per_voter",
        "max_per_option",
        "dots_cast",
    ]
    .map(String::from)
    .to_vec();
    let rows = session.rounds.iter().enumerate().map(|(i, round)| {
        let phase = session.phases.iter().find(|p| p.id == round.phase);
        let mut row = origin(session, file).to_vec();
        row.extend([
            (i + 1).to_string(),
            typed(&round.title),
            round.phase_number.map(|n| n.to_string()).unwrap_or_default(),
            typed(phase.map(|p| p.title.as_str()).unwrap_or_default()),
            options_kind(round).to_string(),
            crate::core::public::round_status(round.status).to_string(),
            round.voter_count.to_string(),
            round.dots_per_voter.to_string(),
            round.max_per_option.to_string(),
            round
                .result
                .as_ref()
                .map(|result| result.dots_cast.to_string())
                .unwrap_or_default(),
        ]);
        row
    });
    write_rows(std::iter::once(header).chain(rows), options)
}

/// One action of the actions file, with the session it belongs to.
#[derive(Debug, Clone, Copy)]
pub struct ActionRow<'a> {
    pub session: &'a PublicSession,
    pub session_file: &'a str,
    pub action: &'a PublicAction,
    /// Days past the due date on the day of the export, if late.
    pub days_overdue: Option<i64>,
}

impl<'a> ActionRow<'a> {
    /// Every action of `session`, overdue days counted as of `today`.
    pub fn all_of(session: &'a PublicSession, session_file: &'a str, today: Date) -> Vec<ActionRow<'a>> {
        session
            .actions
            .iter()
            .map(|action| ActionRow {
                session,
                session_file,
                action,
                days_overdue: action.days_overdue(today),
            })
            .collect()
    }
}

/// The one actions layout, for `export --what actions` and `plenum actions
/// --format csv`: `session`, `session_file`, `text`, `owner`, `due`
/// (YYYY-MM-DD or empty), `days_overdue` (as of the day of the export; empty
/// unless overdue), `status` (open, doing, done, dropped), `note`, `source`
/// (idea, cluster, round, carried or empty) and `source_text` (the idea's
/// text, the cluster's or round's title, or for a carried action the id of
/// the session it came from; empty for a covered card).
pub fn actions<'a>(rows: impl IntoIterator<Item = ActionRow<'a>>, options: &CsvOptions) -> String {
    let header = [
        "session",
        "session_file",
        "text",
        "owner",
        "due",
        "days_overdue",
        "status",
        "note",
        "source",
        "source_text",
    ]
    .map(String::from)
    .to_vec();
    let lines = rows.into_iter().map(|row| {
        let action = row.action;
        let (source, source_text) = source_columns(action);
        let mut cells = origin(row.session, row.session_file).to_vec();
        cells.extend([
            typed(&action.text),
            typed(action.owner.as_deref().unwrap_or_default()),
            action.due.map(|d| d.to_string()).unwrap_or_default(),
            row.days_overdue.map(|d| d.to_string()).unwrap_or_default(),
            status_name(action.status).to_string(),
            typed(&action.note),
            source.to_string(),
            typed(&source_text),
        ]);
        cells
    });
    write_rows(std::iter::once(header).chain(lines), options)
}

fn source_columns(action: &PublicAction) -> (&'static str, String) {
    let Some(source) = &action.source else {
        return ("", String::new());
    };
    let kind = match source.kind {
        ItemKind::Idea => "idea",
        ItemKind::Cluster => "cluster",
        ItemKind::Round => "round",
        ItemKind::Carried => "carried",
    };
    let text = match source.session {
        Some(from) => from.to_string(),
        None => source.label.clone().unwrap_or_default(),
    };
    (kind, text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::public::published;
    use crate::core::*;
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
                brainwriting: false,
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
        let (header, rows) = parse(&ideas(&published(&session), "retro.ron", &CsvOptions::default()));
        assert_eq!(
            header,
            vec![
                "session",
                "session_file",
                "phase_number",
                "phase",
                "cluster",
                "text",
                "author",
                "round_1_votes",
                "round_2_votes"
            ]
        );
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .map(|row| {
                assert_eq!(row[..2], ["Retro", "retro.ron"]);
                row[2..].to_vec()
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                vec!["1", "Kritik", "Technik", "'=HYPERLINK(\"x\")", "Anna", "0", "7"],
                vec!["1", "Kritik", "", "WLAN im\nSitzungssaal", "", "4", ""],
                vec!["2", "Phantasie", "", "Rathaus-App, \"mit\" Termin", "", "", ""],
            ]
        );
        let (header, rows) = parse(&rounds(&published(&session), "retro.ron", &CsvOptions::default()));
        assert_eq!(header[2..5], ["round", "title", "phase_number"]);
        let named: Vec<(&str, &str, &str, &str)> = rows
            .iter()
            .map(|r| (r[2].as_str(), r[3].as_str(), r[6].as_str(), r[11].as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("1", "Wichtigkeit", "ideas", "4"),
                ("2", "Themen", "clusters", "7")
            ]
        );
    }

    #[test]
    fn anonymous_sessions_keep_the_author_column_empty() {
        let mut session = session();
        session.ideas[1].authors.clear();
        session.anonymous = true;
        let (header, rows) = parse(&ideas(&published(&session), "", &CsvOptions::default()));
        assert_eq!(header[6], "author");
        assert!(rows.iter().all(|r| r.len() == 9 && r[6].is_empty()));
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
        let public = published(&session);
        let text = actions(
            ActionRow::all_of(&public, "-retro.ron", date(2027, 2, 4)),
            &CsvOptions::default(),
        );
        let (header, rows) = parse(&text);
        assert_eq!(
            header,
            vec![
                "session",
                "session_file",
                "text",
                "owner",
                "due",
                "days_overdue",
                "status",
                "note",
                "source",
                "source_text"
            ]
        );
        assert_eq!(
            rows[0],
            vec![
                "Retro",
                "'-retro.ron",
                "WLAN beantragen",
                "Amt 10",
                "2027-02-01",
                "3",
                "doing",
                "'-Angebot liegt vor",
                "idea",
                "WLAN im\nSitzungssaal"
            ]
        );
        let sources: Vec<(&str, &str)> = rows[1..].iter().map(|r| (r[8].as_str(), r[9].as_str())).collect();
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
    fn the_excel_dialect_has_a_bom_crlf_and_a_semicolon_in_german() {
        let public = published(&session());
        let german = CsvOptions {
            dialect: Dialect::Excel,
            language: Language::De,
        };
        let text = ideas(&public, "retro.ron", &german);
        let body = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        assert!(body.starts_with("session;session_file;phase_number;"), "{body}");
        assert!(
            body.contains("round_2_votes\r\n"),
            "CRLF after the header: {body:?}"
        );
        // A cell's own line break stays inside its quotes.
        assert!(body.contains("\"WLAN im\nSitzungssaal\""), "{body:?}");
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(body.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a record")).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][5], "'=HYPERLINK(\"x\")", "formulas stay defused");

        let english = CsvOptions {
            language: Language::En,
            ..german
        };
        let text = ideas(&public, "retro.ron", &english);
        assert!(text.starts_with("\u{feff}session,session_file,"));
        let standard = ideas(&public, "retro.ron", &CsvOptions::default());
        assert!(standard.starts_with("session,") && !standard.contains('\r'));
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
