//! Every export (Markdown, CSV, JSON, `plenum actions`) publishes what the
//! room has seen and nothing more; the JSON export follows its schema; the
//! CSV files open in Excel and keep their columns from session to session.
//! The exports run through the real binary, as a user runs them.

use jiff::Timestamp;
use plenum::core::*;
use plenum::store::{self, SessionFile};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

// ---------------------------------------------------------------------------
// A session full of secrets

/// Dots of the open round's two ballots and its tally: numbers no id, date
/// or count of the session can contain by accident.
const OPEN_BALLOTS: [[u32; 2]; 2] = [[4711, 1289], [3217, 2783]];
const OPEN_TALLY: [u32; 2] = [7928, 4072];
/// The unrevealed check-in's answers per answer (total 12004).
const CHECKIN_COUNTS: [u32; 5] = [0, 6133, 0, 5871, 0];
/// The revealed round's dots, which must be published.
const REVEALED_DOTS: u32 = 5813;
const COVERED_TEXTS: [&str; 3] = [
    "Geheimvorschlag Kantine Zebra",
    "Verdeckt: Parkplatz Quokka",
    "=Nicht aufgedeckt Okapi",
];
/// Wrote only covered cards, so no idea may be attributed to them.
const COVERED_AUTHOR: &str = "Xaver Verborgen";

fn id(n: u128) -> u128 {
    0x5ec0_0000 + n
}

fn secret_session(language: Language) -> Session {
    let created: Timestamp = "2026-03-12T09:30:00Z".parse().expect("a time");
    let mut s = Session::new("Werkstatt Bürgerbüro", "zukunftswerkstatt", language, created);
    s.id = SessionId::from_u128(id(1));
    let (anna, ben, xaver) = (
        ParticipantId::from_u128(id(2)),
        ParticipantId::from_u128(id(3)),
        ParticipantId::from_u128(id(4)),
    );
    for (pid, name) in [(anna, "Anna"), (ben, "Ben"), (xaver, COVERED_AUTHOR)] {
        s.participants.push(Participant {
            id: pid,
            name: name.into(),
            colour: Colour::Blue,
        });
    }
    let phase = PhaseId::from_u128(id(5));
    s.phases.push(Phase {
        id: phase,
        title: "Kritik".into(),
        question: "Was stört?".into(),
        timebox_minutes: 30,
        activities: vec![Activity::Capture, Activity::Vote, Activity::Actions],
        seconds_used: 0,
        brainwriting: true,
    });
    let idea = |n, text: &str, author, hidden| Idea {
        id: IdeaId::from_u128(id(n)),
        phase,
        text: text.into(),
        authors: vec![author],
        cluster: None,
        hidden,
    };
    s.ideas = vec![
        idea(10, "Offene Idee Alpha", anna, false),
        idea(11, "Offene Idee Beta", ben, false),
        idea(12, COVERED_TEXTS[0], xaver, true),
        idea(13, COVERED_TEXTS[1], xaver, true),
        idea(14, COVERED_TEXTS[2], xaver, true),
    ];
    let options = vec![
        VoteOption::Idea(IdeaId::from_u128(id(10))),
        VoteOption::Idea(IdeaId::from_u128(id(11))),
    ];
    let round = |n, title: &str, status, ballots: Vec<(ParticipantId, [u32; 2])>| VoteRound {
        id: RoundId::from_u128(id(n)),
        phase,
        title: title.into(),
        options: options.clone(),
        budget: DotBudget::Fixed(9000),
        dots_per_voter: 9000,
        max_per_option: 9000,
        facilitator_votes: false,
        status,
        allow_revote: false,
        voters: ballots
            .iter()
            .map(|(participant, _)| Voter {
                participant: *participant,
                proxy: false,
            })
            .collect(),
        tally: (0..2)
            .map(|i| ballots.iter().map(|(_, dots)| dots[i]).sum())
            .collect(),
        ballots: ballots
            .into_iter()
            .map(|(participant, dots)| Ballot {
                participant,
                dots: dots.to_vec(),
            })
            .collect(),
        runoff_of: None,
    };
    s.rounds = vec![
        round(
            20,
            "Dringlichkeit",
            RoundStatus::Revealed,
            vec![(anna, [REVEALED_DOTS, 0])],
        ),
        round(
            21,
            "Machbarkeit",
            RoundStatus::Open,
            vec![(anna, OPEN_BALLOTS[0]), (ben, OPEN_BALLOTS[1])],
        ),
    ];
    assert_eq!(s.rounds[1].tally, OPEN_TALLY);
    s.actions.push(ActionItem {
        id: ActionId::from_u128(id(30)),
        text: "Vorschlag prüfen".into(),
        owner: Some("Amt 10".into()),
        due: Some(jiff::civil::date(2099, 1, 31)),
        status: ActionStatus::Open,
        note: String::new(),
        source: Some(ActionSource::Idea(IdeaId::from_u128(id(12)))),
    });
    s.checkins.push(CheckinRound {
        id: CheckinId::from_u128(id(40)),
        phase: None,
        question: "Wie geht es Ihnen?".into(),
        scale: CheckinScale::Mood,
        counts: CHECKIN_COUNTS.to_vec(),
        respondents: vec![],
        revealed: false,
    });
    s.validate().expect("a consistent session");
    s
}

/// Everything that must never appear in an export of [`secret_session`].
fn secrets() -> Vec<String> {
    let mut secrets: Vec<String> = OPEN_BALLOTS
        .iter()
        .flatten()
        .chain(&OPEN_TALLY)
        .chain(CHECKIN_COUNTS.iter().filter(|&&c| c > 0))
        .map(u32::to_string)
        .collect();
    // The open round's total and the ballots' own totals, too.
    secrets.push((OPEN_TALLY[0] + OPEN_TALLY[1]).to_string());
    secrets.extend(COVERED_TEXTS.iter().map(|t| t.to_string()));
    secrets.extend(["Zebra", "Quokka", "Okapi", "ballot"].map(String::from));
    secrets
}

// ---------------------------------------------------------------------------
// Running the binary

struct Folder {
    root: TempDir,
}

impl Folder {
    fn with(sessions: &[(&str, &Session)]) -> Folder {
        let root = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(root.path().join("sessions")).expect("sessions folder");
        let folder = Folder { root };
        for (name, session) in sessions {
            drop(SessionFile::create(&folder.sessions().join(name), session).expect("saved"));
        }
        folder
    }

    fn sessions(&self) -> PathBuf {
        self.root.path().join("sessions")
    }

    fn output(&self, args: &[&str]) -> std::process::Output {
        assert_cmd::Command::new(env!("CARGO_BIN_EXE_plenum"))
            .current_dir(self.sessions())
            .env("HOME", self.root.path())
            .env("XDG_CONFIG_HOME", self.root.path().join("config"))
            .env("XDG_DATA_HOME", self.root.path().join("data"))
            .env("LANG", "de_DE.UTF-8")
            .env("TZ", "UTC")
            .env_remove("LC_ALL")
            .env_remove("PLENUM_DIR")
            .arg("--dir")
            .arg(self.sessions())
            .args(args)
            .output()
            .expect("plenum runs")
    }

    fn run(&self, args: &[&str]) -> String {
        let output = self.output(args);
        assert!(
            output.status.success(),
            "plenum {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }
}

fn every_export(folder: &Folder, file: &str) -> Vec<(String, String)> {
    let runs: &[&[&str]] = &[
        &["export", file],
        &["export", file, "--front-matter"],
        &["export", file, "--format", "json"],
        &["export", file, "--format", "csv"],
        &["export", file, "--format", "csv", "--what", "rounds"],
        &["export", file, "--format", "csv", "--what", "actions"],
        &["export", file, "--excel"],
        &["export", file, "--excel", "--what", "actions"],
        &["actions"],
        &["actions", "--format", "md"],
        &["actions", "--format", "csv"],
        &["actions", "--excel"],
    ];
    runs.iter()
        .map(|args| (args.join(" "), folder.run(args)))
        .collect()
}

#[test]
fn no_export_shows_an_open_round_a_ballot_or_a_covered_card() {
    for anonymous in [false, true] {
        let mut session = secret_session(Language::De);
        if anonymous {
            session.anonymous = true;
            for idea in &mut session.ideas {
                idea.authors.clear();
            }
            for round in &mut session.rounds {
                round.ballots.clear();
                round.voters.sort_by_key(|v| v.participant);
            }
        }
        let folder = Folder::with(&[("werkstatt.ron", &session)]);
        for (run, text) in every_export(&folder, "werkstatt.ron") {
            for secret in secrets() {
                assert!(
                    !text.contains(&secret),
                    "`plenum {run}` (anonymous: {anonymous}) shows {secret:?}:\n{text}"
                );
            }
            if run.starts_with("actions") {
                assert!(
                    text.contains("Vorschlag prüfen"),
                    "{run}: the action is listed:\n{text}"
                );
            }
        }
        // The file itself keeps what the session needs to go on.
        let saved = store::load(&folder.sessions().join("werkstatt.ron")).expect("loads");
        assert_eq!(saved.rounds[1].tally, OPEN_TALLY);
        assert_eq!(saved.ideas.iter().filter(|i| i.hidden).count(), 3);
    }
}

#[test]
fn exports_show_what_the_room_has_seen() {
    let folder = Folder::with(&[("werkstatt.ron", &secret_session(Language::De))]);
    let markdown = folder.run(&["export", "werkstatt.ron"]);
    for shown in [
        "| 1 | Offene Idee Alpha | 5813 |",
        "3 verdeckte Karten, noch nicht aufgedeckt",
        "2 Personen haben abgestimmt",
        "Das Ergebnis wurde noch nicht aufgedeckt.",
        "Das Ergebnis wurde noch nicht aufgedeckt (12004 Antworten).",
        "- Offene Idee Alpha — *Anna*",
    ] {
        assert!(markdown.contains(shown), "missing {shown:?}:\n{markdown}");
    }
    assert!(
        !markdown.contains(&format!("*{COVERED_AUTHOR}*")),
        "no idea is attributed to the author of the covered cards:\n{markdown}"
    );

    let json: serde_json::Value =
        serde_json::from_str(&folder.run(&["export", "werkstatt.ron", "--format", "json"])).expect("JSON");
    let session = &json["session"];
    assert_eq!(
        session["rounds"][0]["result"]["ranking"][0]["dots"],
        REVEALED_DOTS
    );
    assert_eq!(session["rounds"][1]["voters"], serde_json::json!(["Anna", "Ben"]));
    assert_eq!(session["rounds"][1]["voter_count"], 2);
    assert!(session["rounds"][1]["result"].is_null());
    assert_eq!(session["phases"][0]["covered_cards"], 3);
    assert_eq!(session["checkins"][0]["answers"], 12004);
    let authors: Vec<&serde_json::Value> = session["ideas"]
        .as_array()
        .expect("ideas")
        .iter()
        .flat_map(|i| i["authors"].as_array().expect("authors"))
        .collect();
    assert_eq!(authors, ["Anna", "Ben"]);

    let (header, rows) = read_csv(&folder.run(&["export", "werkstatt.ron", "--format", "csv"]), b',');
    let author = column(&header, "author");
    assert_eq!(rows.len(), 2, "covered cards are no rows");
    assert!(rows.iter().all(|r| r[author] != COVERED_AUTHOR));
    let (open, revealed) = (column(&header, "round_2_votes"), column(&header, "round_1_votes"));
    assert_eq!((rows[0][revealed].as_str(), rows[0][open].as_str()), ("5813", ""));
}

// ---------------------------------------------------------------------------
// The JSON schema

fn schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/plenum-export.schema.json");
    let text = std::fs::read_to_string(&path).expect("the schema is in the repository");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("a valid JSON Schema")
}

fn assert_valid(validator: &jsonschema::Validator, session: &Session, what: &str) {
    let text = plenum::export::json::to_json(session);
    let json: serde_json::Value = serde_json::from_str(&text).expect("the export is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn demo() -> Session {
    store::parse_session(method::DEMO_SESSION).expect("the demo loads")
}

#[test]
fn json_exports_follow_the_schema() {
    let validator = schema();
    assert_valid(&validator, &demo(), "the demo");
    assert_valid(
        &validator,
        &secret_session(Language::De),
        "a session with secrets",
    );
    for template in MethodTemplate::built_in() {
        let session = template.instantiate(NewSession::default(), Timestamp::UNIX_EPOCH);
        assert_valid(&validator, &session, &template.id);
    }
    let mut varied = demo();
    varied.continues = Some(SessionId::from_u128(7));
    varied.facilitator = None;
    for round in &mut varied.rounds {
        round.status = RoundStatus::Open;
    }
    for checkin in &mut varied.checkins {
        checkin.revealed = !checkin.revealed;
    }
    assert_valid(&validator, &varied, "the demo with open rounds");
    let empty = Session::new("", "own-method", Language::En, Timestamp::UNIX_EPOCH);
    assert_valid(&validator, &empty, "an empty session");
}

#[test]
fn the_schema_refuses_a_leak() {
    let validator = schema();
    let text = plenum::export::json::to_json(&secret_session(Language::De));
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert!(validator.is_valid(&json));
    json["session"]["rounds"][1]["result"] = serde_json::json!({"dots_cast": 1, "ranking": []});
    assert!(!validator.is_valid(&json), "an open round has no result");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    json["session"]["rounds"][1]["ballots"] = serde_json::json!([]);
    assert!(!validator.is_valid(&json), "a round has no ballots");
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    json["session"]["checkins"][0]["scale"] = serde_json::json!("Mood");
    assert!(!validator.is_valid(&json), "one casing");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The demo with rounds opened or revealed, cards covered, check-ins
    /// hidden, names on or off and actions in every state, at random.
    #[test]
    fn varied_sessions_follow_the_schema(
        open in proptest::collection::vec(any::<bool>(), 8),
        covered in proptest::collection::vec(any::<bool>(), 64),
        anonymous in any::<bool>(),
        statuses in proptest::collection::vec(0usize..4, 16),
        brainwriting in any::<bool>(),
    ) {
        thread_local!(static VALIDATOR: jsonschema::Validator = schema());
        let mut session = demo();
        for (round, open) in session.rounds.iter_mut().zip(open.iter().cycle()) {
            round.status = if *open { RoundStatus::Open } else { RoundStatus::Revealed };
        }
        for (idea, covered) in session.ideas.iter_mut().zip(covered.iter().cycle()) {
            idea.hidden = *covered;
        }
        for (checkin, open) in session.checkins.iter_mut().zip(open.iter().rev().cycle()) {
            checkin.revealed = !*open;
        }
        for (action, status) in session.actions.iter_mut().zip(statuses.iter().cycle()) {
            action.status = ActionStatus::ALL[*status];
        }
        for phase in &mut session.phases {
            phase.brainwriting = brainwriting;
        }
        session.anonymous = anonymous;
        VALIDATOR.with(|validator| assert_valid(validator, &session, "a varied demo"));
    }
}

// ---------------------------------------------------------------------------
// Spreadsheets

fn read_csv(text: &str, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
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

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// The demo under another title with other round titles.
fn other_session() -> Session {
    let mut other = demo();
    other.id = SessionId::from_u128(id(99));
    other.title = "Zweite Werkstatt".into();
    for (n, round) in other.rounds.iter_mut().enumerate() {
        round.title = format!("Ganz anders {n}");
    }
    other
}

#[test]
fn excel_csv_has_a_bom_crlf_and_semicolons_in_german() {
    let mut english = demo();
    english.language = Language::En;
    let folder = Folder::with(&[("demo.ron", &demo()), ("english.ron", &english)]);
    for what in ["ideas", "rounds", "actions"] {
        let german = folder.run(&["export", "demo.ron", "--excel", "--what", what]);
        let body = german.strip_prefix('\u{feff}').expect("a byte-order mark");
        assert!(body.starts_with("session;session_file;"), "{what}: {body}");
        let lines: Vec<&str> = body.split_inclusive('\n').collect();
        assert!(lines[0].ends_with("\r\n"), "{what}: CRLF");
        let (header, rows) = read_csv(body, b';');
        assert!(!rows.is_empty(), "{what}: rows");
        assert!(rows.iter().all(|r| r.len() == header.len()));
        assert!(
            rows.iter().all(|r| r[1] == "demo.ron"),
            "{what}: the session file"
        );

        let english = folder.run(&["export", "english.ron", "--excel", "--what", what]);
        assert!(
            english.starts_with("\u{feff}session,session_file,"),
            "{what}: {english}"
        );
        // --lang decides for the export, like its headings.
        let told = folder.run(&["--lang", "en", "export", "demo.ron", "--excel", "--what", what]);
        assert!(told.starts_with("\u{feff}session,session_file,"), "{what}");
    }
    let plain = folder.run(&["export", "demo.ron", "--format", "csv"]);
    assert!(plain.starts_with("session,") && !plain.contains("\r\n"));

    let refused = folder.output(&["export", "demo.ron", "--excel", "--format", "json"]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("--excel erzeugt CSV"),
        "in the user's language: {said}"
    );
}

#[test]
fn csv_columns_are_the_same_in_every_session() {
    let folder = Folder::with(&[("demo.ron", &demo()), ("other.ron", &other_session())]);
    let (first, first_rows) = read_csv(&folder.run(&["export", "demo.ron", "--format", "csv"]), b',');
    let (second, _) = read_csv(&folder.run(&["export", "other.ron", "--format", "csv"]), b',');
    assert_eq!(first, second, "headers do not depend on round titles");
    assert!(first.contains(&"round_1_votes".to_string()));
    assert!(first_rows.iter().all(|r| r[0] == demo().title));

    let (header, rounds) = read_csv(
        &folder.run(&["export", "other.ron", "--format", "csv", "--what", "rounds"]),
        b',',
    );
    let (number, title) = (column(&header, "round"), column(&header, "title"));
    assert_eq!(rounds[0][number], "1");
    assert_eq!(rounds[0][title], "Ganz anders 0", "the rounds file names round 1");
}

#[test]
fn export_and_plenum_actions_share_one_actions_layout() {
    let folder = Folder::with(&[("demo.ron", &demo())]);
    let exported = folder.run(&[
        "export",
        "demo.ron",
        "--format",
        "csv",
        "--what",
        "actions",
        "--today",
        "2026-12-01",
    ]);
    let listed = folder.run(&["actions", "--format", "csv", "--today", "2026-12-01"]);
    let (export_header, export_rows) = read_csv(&exported, b',');
    let (list_header, list_rows) = read_csv(&listed, b',');
    assert_eq!(export_header, list_header);
    assert!(!list_rows.is_empty());
    // `plenum actions` lists the pending ones; each is the same row as in
    // the export but for the file, which it names by its full path.
    let file = column(&list_header, "session_file");
    for row in &list_rows {
        let same = export_rows
            .iter()
            .find(|r| r.iter().enumerate().all(|(i, cell)| i == file || *cell == row[i]));
        assert!(same.is_some(), "{row:?} is not in the export:\n{exported}");
        assert!(row[file].ends_with("demo.ron"));
    }
    let overdue = column(&list_header, "days_overdue");
    assert!(
        list_rows.iter().any(|r| !r[overdue].is_empty()),
        "the demo has overdue actions"
    );
}

// ---------------------------------------------------------------------------
// Markdown language

#[test]
fn markdown_follows_the_session_language_unless_told_and_can_name_it_for_pandoc() {
    let folder = Folder::with(&[("werkstatt.ron", &secret_session(Language::De))]);
    let german = folder.run(&["export", "werkstatt.ron"]);
    assert!(german.starts_with("# Werkstatt Bürgerbüro\n"), "{german}");
    assert!(german.contains("## Ablauf"));

    let tagged = folder.run(&["export", "werkstatt.ron", "--front-matter"]);
    assert!(
        tagged.starts_with("---\nlang: de\n---\n\n# Werkstatt Bürgerbüro\n"),
        "{tagged}"
    );

    let english = folder.run(&["--lang", "en", "export", "werkstatt.ron", "--front-matter"]);
    assert!(english.starts_with("---\nlang: en\n---\n"), "{english}");
    assert!(
        english.contains("## Agenda") && !english.contains("## Ablauf"),
        "{english}"
    );
    assert!(english.contains("- **Date:** 2026-03-12"), "{english}");
    assert!(english.contains("3 covered cards, not revealed yet"), "{english}");

    let refused = folder.output(&["export", "werkstatt.ron", "--format", "json", "--front-matter"]);
    assert!(!refused.status.success());
}

/// pandoc reads the front matter: the German minutes become a document
/// tagged `de`. `.ci/run` installs pandoc and sets `PLENUM_NEEDS_PANDOC`,
/// so there a missing pandoc fails; elsewhere the test says it skipped.
#[test]
fn pandoc_tags_minutes_with_front_matter_as_german() {
    use std::io::Write as _;
    let installed = std::process::Command::new("pandoc")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        assert!(
            std::env::var_os("PLENUM_NEEDS_PANDOC").is_none(),
            "pandoc is required here"
        );
        eprintln!("skipped: pandoc is not installed");
        return;
    }
    let folder = Folder::with(&[("werkstatt.ron", &secret_session(Language::De))]);
    let html = |markdown: &str| {
        let mut pandoc = std::process::Command::new("pandoc")
            .args([
                "--standalone",
                "--from",
                "markdown",
                "--to",
                "html",
                "--metadata",
                "pagetitle=x",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("pandoc is installed (.ci/run installs it)");
        pandoc
            .stdin
            .take()
            .expect("stdin")
            .write_all(markdown.as_bytes())
            .expect("pandoc reads");
        let output = pandoc.wait_with_output().expect("pandoc ends");
        assert!(output.status.success());
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let tagged = html(&folder.run(&["export", "werkstatt.ron", "--front-matter"]));
    assert!(tagged.contains(r#"lang="de""#), "{tagged}");
    assert!(tagged.contains("Werkstatt Bürgerbüro"));
    let untagged = html(&folder.run(&["export", "werkstatt.ron"]));
    assert!(
        !untagged.contains(r#"lang="de""#),
        "the option makes the difference"
    );
}
