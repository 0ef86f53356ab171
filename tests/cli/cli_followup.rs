//! The follow-up on the command line: `plenum actions` across a sessions
//! folder, and the JSON and CSV exports. The sessions are built here through
//! the core API and saved with the store, so the test depends on no fixture.

use jiff::Timestamp;
use jiff::civil::{Date, date};
use plenum::core::followup::{self, ActionOrigin};
use plenum::core::*;
use plenum::store::SessionFile;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

const TODAY: &str = "2026-11-29";

/// A sessions folder with three sessions and one broken file, and private
/// home and config folders so that nothing of the real user is touched.
struct Folder {
    home: TempDir,
    dir: PathBuf,
    workshop: PathBuf,
    review: PathBuf,
}

fn template(id: &str) -> MethodTemplate {
    MethodTemplate::built_in_by_id(id).unwrap_or_else(|| panic!("template {id} is built in"))
}

fn apply(session: &mut Session, command: Command) {
    session.apply(command).expect("the command applies");
}

/// The plenum binary built for these tests.
fn plenum_binary() -> assert_cmd::Command {
    assert_cmd::Command::new(env!("CARGO_BIN_EXE_plenum"))
}

fn add_idea(session: &mut Session, phase: usize, n: u128, text: &str, author: Option<&str>) -> IdeaId {
    let id = IdeaId::from_u128(n);
    let authors = author
        .and_then(|name| session.participant_by_name(name))
        .map(|p| vec![p.id])
        .unwrap_or_default();
    let idea = Idea {
        id,
        phase: session.phases[phase].id,
        text: text.into(),
        authors,
        cluster: None,
        hidden: false,
    };
    let index = session.ideas.len();
    apply(session, Command::AddIdea { idea, index });
    id
}

fn add_action(
    session: &mut Session,
    origin: ActionOrigin,
    text: &str,
    owner: &str,
    due: Option<Date>,
) -> ActionId {
    let id = ActionId::random();
    let mut draft = followup::draft_action(session, id, origin).expect("the origin exists");
    draft.text = text.into();
    draft.owner = Some(owner.into()).filter(|o: &String| !o.is_empty());
    draft.due = due;
    let command = followup::add_action(session, draft);
    apply(session, command);
    id
}

/// A German future workshop: ideas (one in a cluster), a revealed voting
/// round, a mood check-out, and actions in every status.
fn future_workshop() -> Session {
    let options = NewSession {
        title: Some("Zukunftswerkstatt Bürgerservice".into()),
        language: Language::De,
        facilitator: Some("Petra Schulz".into()),
        participants: vec!["Anna Becker".into(), "Ben Wolf".into()],
        anonymous: false,
    };
    let mut session = template("zukunftswerkstatt").instantiate(options, Timestamp::UNIX_EPOCH);
    let critique = 1;
    let wlan = add_idea(
        &mut session,
        critique,
        1,
        "WLAN im Sitzungssaal fehlt",
        Some("Anna Becker"),
    );
    let forms = add_idea(
        &mut session,
        critique,
        2,
        "Formulare nur auf Papier",
        Some("Ben Wolf"),
    );
    add_idea(&mut session, 2, 3, "Termine per Bürger-App buchen", None);

    let cluster = Cluster {
        id: ClusterId::from_u128(10),
        phase: session.phases[critique].id,
        title: "Technik & Räume".into(),
    };
    apply(&mut session, Command::AddCluster { cluster, index: 0 });
    let mut clustered = session.idea(wlan).expect("added").clone();
    clustered.cluster = Some(ClusterId::from_u128(10));
    apply(&mut session, Command::ReplaceIdea(clustered));

    let voters: Vec<ParticipantId> = session.participants.iter().map(|p| p.id).collect();
    let round = VoteRound {
        id: RoundId::from_u128(20),
        phase: session.phases[critique].id,
        title: "Was stört am meisten?".into(),
        options: vec![VoteOption::Idea(wlan), VoteOption::Idea(forms)],
        budget: DotBudget::Fixed(3),
        dots_per_voter: 3,
        max_per_option: 3,
        facilitator_votes: false,
        status: RoundStatus::Revealed,
        allow_revote: false,
        voters: voters
            .iter()
            .map(|&participant| Voter {
                participant,
                proxy: false,
            })
            .collect(),
        ballots: vec![
            Ballot {
                participant: voters[0],
                dots: vec![1, 2],
            },
            Ballot {
                participant: voters[1],
                dots: vec![0, 3],
            },
        ],
        tally: vec![1, 5],
        runoff_of: None,
    };
    apply(&mut session, Command::AddRound { round, index: 0 });

    let checkout = CheckinId::from_u128(30);
    let open = followup::open_checkin(
        &session,
        checkout,
        CheckinScale::Mood,
        followup::default_question(CheckinScale::Mood, Language::De),
        None,
    );
    apply(&mut session, open);
    for (participant, answer) in [(voters[0], 4), (voters[1], 5)] {
        let answer = followup::record_answer(&session, checkout, participant, answer).expect("valid");
        apply(&mut session, answer);
    }
    let reveal = followup::reveal_checkin(&session, checkout).expect("exists");
    apply(&mut session, reveal);

    add_action(
        &mut session,
        ActionOrigin::Idea(wlan),
        "WLAN für den Sitzungssaal beantragen",
        "Anna Becker",
        Some(date(2026, 11, 1)),
    );
    let guide = add_action(
        &mut session,
        ActionOrigin::Cluster(ClusterId::from_u128(10)),
        "Leitfaden Raumtechnik schreiben",
        "Ben Wolf",
        Some(date(2026, 12, 15)),
    );
    let doing = followup::set_action_status(&session, guide, ActionStatus::Doing).expect("exists");
    apply(&mut session, doing);
    let fax = add_action(
        &mut session,
        ActionOrigin::Result {
            round: RoundId::from_u128(20),
            option: VoteOption::Idea(forms),
        },
        "Faxgerät abbauen",
        "Ben Wolf",
        Some(date(2026, 10, 1)),
    );
    let done = followup::set_action_status(&session, fax, ActionStatus::Done).expect("exists");
    apply(&mut session, done);
    session.validate().expect("the workshop is consistent");
    session
}

fn folder() -> Folder {
    let home = TempDir::new().expect("a temp folder");
    let dir = home.path().join("sessions");
    let workshop_session = future_workshop();
    let workshop = dir.join("2026-10-15-zukunftswerkstatt.ron");
    SessionFile::create(&workshop, &workshop_session).expect("saved");

    // The permanent workshop: a retrospective six weeks later that carries
    // the two pending actions and adds one of its own.
    let options = NewSession {
        title: Some("Retro Bürgerservice".into()),
        language: Language::De,
        ..NewSession::default()
    };
    let later: Timestamp = "2026-11-26T09:00:00Z".parse().expect("a valid timestamp");
    let mut review_session =
        followup::start_from_previous(&workshop_session, &template("retro"), options, later);
    add_action(
        &mut review_session,
        ActionOrigin::Blank,
        "Ergebnisse im Intranet veröffentlichen",
        "Anna Becker",
        None,
    );
    let review = dir.join("2026-11-26-retro.ron");
    SessionFile::create(&review, &review_session).expect("saved");

    let it_ideas = NewSession {
        title: Some("IT ideas".into()),
        ..NewSession::default()
    };
    let mut english = template("brainstorm").instantiate(it_ideas, Timestamp::UNIX_EPOCH);
    add_action(
        &mut english,
        ActionOrigin::Blank,
        "Renew certificates | VPN *now*",
        "Cem Yilmaz",
        Some(date(2026, 11, 28)),
    );
    SessionFile::create(&dir.join("it-ideas.ron"), &english).expect("saved");

    std::fs::write(dir.join("kaputt.ron"), "(version: 1, title: ").expect("written");
    Folder {
        home,
        dir,
        workshop,
        review,
    }
}

impl Folder {
    fn plenum(&self) -> assert_cmd::Command {
        let mut command = plenum_binary();
        let home = self.home.path();
        command
            .env_clear()
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("LANG", "en_US.UTF-8")
            .env("TZ", "UTC")
            .arg("--dir")
            .arg(&self.dir);
        command
    }

    fn run(&self, args: &[&str]) -> (String, String) {
        let output = self.plenum().args(args).output().expect("plenum runs");
        let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
        let stderr = String::from_utf8(output.stderr).expect("UTF-8 errors");
        assert!(output.status.success(), "plenum {args:?} failed: {stderr}");
        (stdout, stderr)
    }
}

fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|record| record.expect("a valid record").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// (text, owner, due, days_overdue, status, session) of each CSV row.
fn listed(stdout: &str) -> Vec<[String; 6]> {
    let (header, rows) = parse_csv(stdout);
    let fields = ["text", "owner", "due", "days_overdue", "status", "session"].map(|f| column(&header, f));
    rows.iter().map(|row| fields.map(|i| row[i].clone())).collect()
}

fn row(text: &str, owner: &str, due: &str, overdue: &str, status: &str, session: &str) -> [String; 6] {
    [text, owner, due, overdue, status, session].map(String::from)
}

#[test]
fn actions_lists_pending_actions_of_every_session_by_due_date() {
    let folder = folder();
    let (stdout, stderr) = folder.run(&["actions", "--format", "csv", "--today", TODAY]);
    assert_eq!(
        listed(&stdout),
        vec![
            row(
                "WLAN für den Sitzungssaal beantragen",
                "Anna Becker",
                "2026-11-01",
                "28",
                "open",
                "Retro Bürgerservice"
            ),
            row(
                "Renew certificates | VPN *now*",
                "Cem Yilmaz",
                "2026-11-28",
                "1",
                "open",
                "IT ideas"
            ),
            row(
                "Leitfaden Raumtechnik schreiben",
                "Ben Wolf",
                "2026-12-15",
                "",
                "doing",
                "Retro Bürgerservice"
            ),
            row(
                "Ergebnisse im Intranet veröffentlichen",
                "Anna Becker",
                "",
                "",
                "open",
                "Retro Bürgerservice"
            ),
        ],
        "the actions carried into the retro replace those of the workshop; done ones are left out"
    );
    let (header, rows) = parse_csv(&stdout);
    let file = column(&header, "session_file");
    assert!(
        rows[0][file].ends_with("2026-11-26-retro.ron"),
        "{}",
        rows[0][file]
    );
    assert!(
        stderr.contains("skipped") && stderr.contains("kaputt.ron"),
        "{stderr}"
    );
}

#[test]
fn actions_filters_by_overdue_and_owner() {
    let folder = folder();
    let texts = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["actions", "--format", "csv", "--today", TODAY];
        all.extend_from_slice(args);
        listed(&folder.run(&all).0)
            .into_iter()
            .map(|r| r[0].clone())
            .collect()
    };
    assert_eq!(
        texts(&["--overdue"]),
        vec![
            "WLAN für den Sitzungssaal beantragen",
            "Renew certificates | VPN *now*"
        ]
    );
    assert_eq!(
        texts(&["--owner", "becker"]),
        vec![
            "WLAN für den Sitzungssaal beantragen",
            "Ergebnisse im Intranet veröffentlichen"
        ]
    );
    assert_eq!(
        texts(&["--owner", "ANNA BECKER", "--overdue"]),
        vec!["WLAN für den Sitzungssaal beantragen"]
    );
    assert!(texts(&["--owner", "nobody"]).is_empty());
    // A later "today" makes the guide overdue as well.
    assert_eq!(
        listed(
            &folder
                .run(&["actions", "--format", "csv", "--overdue", "--today", "2027-01-01"])
                .0
        )
        .len(),
        3
    );
}

#[test]
fn actions_text_table_is_aligned_and_localised() {
    let folder = folder();
    let (stdout, _) = folder.run(&["--lang", "de", "actions", "--today", TODAY]);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{stdout}");
    assert!(lines[0].starts_with("Fällig"), "{stdout}");
    for heading in ["Überfällig", "Verantwortlich", "Status", "Sitzung", "Maßnahme"] {
        assert!(lines[0].contains(heading), "{heading} missing: {}", lines[0]);
    }
    assert!(
        lines[1].starts_with("01.11.2026") && lines[1].contains("28 Tage"),
        "{stdout}"
    );
    assert!(
        lines[2].contains("1 Tag ") && lines[3].contains("in Arbeit"),
        "{stdout}"
    );
    // Each status starts in the column of its heading (umlauts are one column).
    let column_of = |line: &str, word: &str| {
        let byte = line.find(word).unwrap_or_else(|| panic!("{word} in {line}"));
        line[..byte].chars().count()
    };
    let status = column_of(lines[0], "Status");
    assert_eq!(column_of(lines[1], "offen"), status);
    assert_eq!(column_of(lines[3], "in Arbeit"), status);

    let (english, _) = folder.run(&["actions", "--today", TODAY]);
    assert!(english.starts_with("Due"), "{english}");
    assert!(english.contains("28 days"), "{english}");
}

#[test]
fn actions_markdown_is_a_table_that_survives_typed_markup() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let folder = folder();
    let (stdout, _) = folder.run(&["actions", "--format", "md", "--overdue", "--today", TODAY]);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut emphasis = 0;
    for event in Parser::new_ext(&stdout, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => rows.last_mut().expect("a row").push(String::new()),
            Event::Text(text) => rows
                .last_mut()
                .and_then(|row| row.last_mut())
                .expect("text in a cell")
                .push_str(&text),
            Event::Start(Tag::Emphasis | Tag::Strong) | Event::End(TagEnd::Emphasis) => emphasis += 1,
            _ => {}
        }
    }
    assert_eq!(emphasis, 0, "typed asterisks became markup:\n{stdout}");
    assert_eq!(rows.len(), 3, "{stdout}");
    assert_eq!(
        rows[0],
        ["Due", "Overdue", "Owner", "Status", "Session", "Action"]
    );
    assert_eq!(rows[2][5], "Renew certificates | VPN *now*");
    assert_eq!(rows[2][1], "1 day");
}

#[test]
fn actions_with_nothing_pending_says_so() {
    let home = TempDir::new().expect("a temp folder");
    let output = plenum_binary()
        .env_clear()
        .env("HOME", home.path())
        .env("LANG", "de_DE.UTF-8")
        .args(["--dir"])
        .arg(home.path().join("does-not-exist"))
        .arg("actions")
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Keine offenen Maßnahmen.\n"
    );
}

#[test]
fn actions_counts_overdue_days_from_the_local_date_by_default() {
    let folder = folder();
    let today = Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
    let mut session = Session::new("Heute", "brainstorm", Language::En, Timestamp::UNIX_EPOCH);
    let due = today.checked_sub(jiff::Span::new().days(3)).expect("a date");
    add_action(
        &mut session,
        ActionOrigin::Blank,
        "Three days late",
        "Dora",
        Some(due),
    );
    SessionFile::create(&folder.dir.join("today.ron"), &session).expect("saved");
    let (stdout, _) = folder.run(&["actions", "--format", "csv", "--owner", "dora"]);
    let rows = listed(&stdout);
    assert_eq!(rows.len(), 1, "{stdout}");
    assert_eq!(rows[0][3], "3");
}

#[test]
fn actions_rejects_a_bad_date() {
    let folder = folder();
    folder
        .plenum()
        .args(["actions", "--today", "29.11.2026x"])
        .assert()
        .failure()
        .code(2);
}

#[test]
fn json_export_holds_the_session_and_its_results() {
    let folder = folder();
    let workshop = folder.workshop.to_string_lossy().into_owned();
    let (stdout, _) = folder.run(&["export", &workshop, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(json["session"]["title"], "Zukunftswerkstatt Bürgerservice");
    assert_eq!(json["session"]["language"], "de");
    assert_eq!(json["session"]["ideas"].as_array().map(Vec::len), Some(3));
    assert_eq!(json["session"]["actions"][0]["due"], "2026-11-01");

    let round = &json["session"]["rounds"][0];
    let ranking = &round["result"]["ranking"];
    assert_eq!(ranking[0]["option"]["label"], "Formulare nur auf Papier");
    assert_eq!(ranking[0]["dots"], 5);
    assert_eq!(ranking[1]["rank"], 2);
    assert_eq!(round["voter_count"], 2);

    let checkin = &json["session"]["checkins"][0];
    assert_eq!(checkin["result"]["mean"].as_f64(), Some(4.5));
    assert_eq!(checkin["answers"], 2);
    let counts: Vec<u64> = checkin["result"]["distribution"]
        .as_array()
        .expect("a distribution")
        .iter()
        .filter_map(|a| a["count"].as_u64())
        .collect();
    assert_eq!(counts, vec![0, 0, 0, 1, 1]);
    assert_eq!(json["summary"]["actions"]["done"], 1);
    assert_eq!(json["summary"]["actions"]["doing"], 1);
}

#[test]
fn json_export_of_a_continued_session_links_back() {
    let folder = folder();
    let review = folder.review.to_string_lossy().into_owned();
    let workshop = plenum::store::load(&folder.workshop).expect("loads");
    let (stdout, _) = folder.run(&["export", &review, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(json["session"]["continues"], workshop.id.to_string());
    assert_eq!(
        json["session"]["phases"][0]["title"],
        "Rückblick auf offene Maßnahmen"
    );
    let carried = &json["session"]["actions"][0]["source"];
    assert_eq!(carried["kind"], "carried");
    assert_eq!(carried["session"], workshop.id.to_string());
    assert_eq!(carried["id"], workshop.actions[0].id.to_string());
}

#[test]
fn csv_export_of_ideas_has_votes_per_round_and_authors() {
    let folder = folder();
    let workshop = folder.workshop.to_string_lossy().into_owned();
    let (stdout, _) = folder.run(&["export", &workshop, "--format", "csv"]);
    let (header, rows) = parse_csv(&stdout);
    assert_eq!(
        header,
        [
            "session",
            "session_file",
            "phase_number",
            "phase",
            "cluster",
            "text",
            "author",
            "round_1_votes"
        ]
    );
    assert!(
        rows.iter()
            .all(|r| r[0] == "Zukunftswerkstatt Bürgerservice" && r[1] == workshop)
    );
    let rows: Vec<Vec<String>> = rows.into_iter().map(|r| r[2..].to_vec()).collect();
    assert_eq!(
        rows,
        vec![
            vec![
                "2",
                "Kritikphase",
                "Technik & Räume",
                "WLAN im Sitzungssaal fehlt",
                "Anna Becker",
                "1"
            ],
            vec![
                "2",
                "Kritikphase",
                "",
                "Formulare nur auf Papier",
                "Ben Wolf",
                "5"
            ],
            vec!["3", "Phantasiephase", "", "Termine per Bürger-App buchen", "", ""],
        ]
    );
}

#[test]
fn csv_export_of_actions_to_a_file() {
    let folder = folder();
    let workshop = folder.workshop.to_string_lossy().into_owned();
    let out = folder.home.path().join("massnahmen.csv");
    let out_arg = out.to_string_lossy().into_owned();
    let (stdout, _) = folder.run(&[
        "export", &workshop, "--format", "csv", "--what", "actions", "-o", &out_arg,
    ]);
    assert!(stdout.is_empty());
    let text = std::fs::read_to_string(&out).expect("the export was written");
    let (header, rows) = parse_csv(&text);
    assert_eq!(
        header,
        [
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
    let summary: Vec<[&str; 5]> = rows
        .iter()
        .map(|r| {
            [
                r[2].as_str(),
                r[4].as_str(),
                r[6].as_str(),
                r[8].as_str(),
                r[9].as_str(),
            ]
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            [
                "WLAN für den Sitzungssaal beantragen",
                "2026-11-01",
                "open",
                "idea",
                "WLAN im Sitzungssaal fehlt"
            ],
            [
                "Leitfaden Raumtechnik schreiben",
                "2026-12-15",
                "doing",
                "cluster",
                "Technik & Räume"
            ],
            [
                "Faxgerät abbauen",
                "2026-10-01",
                "done",
                "round",
                "Was stört am meisten?"
            ],
        ]
    );
}

#[test]
fn export_of_a_missing_file_fails_with_its_name() {
    let folder = folder();
    let missing: &Path = &folder.dir.join("fehlt.ron");
    let output = folder
        .plenum()
        .arg("export")
        .arg(missing)
        .args(["--format", "json"])
        .output()
        .expect("plenum runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("plenum: ") && stderr.contains("fehlt.ron"),
        "{stderr}"
    );
}
