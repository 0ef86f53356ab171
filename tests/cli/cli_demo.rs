//! The follow-up commands on the demo session, the file every new user sees
//! first: `actions`, `new --from` and the JSON and CSV exports, each read
//! back with a real parser and checked against the demo itself.

use plenum::core::{ActionStatus, RoundStatus, Session, voting};
use plenum::store;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A sessions folder holding a copy of the embedded demo, private home and
/// config folders, German locale.
struct DemoFolder {
    root: TempDir,
}

impl DemoFolder {
    fn new() -> DemoFolder {
        let root = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(root.path().join("sessions")).expect("sessions folder");
        std::fs::write(
            root.path().join("sessions").join("demo.ron"),
            plenum::core::method::DEMO_SESSION,
        )
        .expect("demo copy");
        DemoFolder { root }
    }

    fn sessions(&self) -> PathBuf {
        self.root.path().join("sessions")
    }

    fn demo_path(&self) -> PathBuf {
        self.sessions().join("demo.ron")
    }

    fn demo(&self) -> Session {
        store::load(&self.demo_path()).expect("the demo loads")
    }

    fn run(&self, args: &[&str]) -> String {
        let output = assert_cmd::Command::new(env!("CARGO_BIN_EXE_plenum"))
            .current_dir(self.root.path())
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
            .expect("plenum runs");
        assert!(
            output.status.success(),
            "plenum {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }
}

fn csv_rows(text: &str) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().expect("a header").clone();
    let rows = reader.records().map(|r| r.expect("a well-formed row")).collect();
    (header, rows)
}

fn column(header: &csv::StringRecord, name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

#[test]
fn actions_lists_the_demos_pending_actions_with_days_overdue() {
    let folder = DemoFolder::new();
    let demo = folder.demo();
    let (header, rows) = csv_rows(&folder.run(&["actions", "--today", "2026-11-29", "--format", "csv"]));
    let text = column(&header, "text");
    let overdue = column(&header, "days_overdue");
    let listed: Vec<&str> = rows.iter().map(|r| &r[text]).collect();
    let pending: Vec<&str> = demo.pending_actions().map(|a| a.text.as_str()).collect();
    assert_eq!(listed.len(), pending.len());
    for text in &pending {
        assert!(listed.contains(text), "{text} is missing from the listing");
    }
    let today = jiff::civil::date(2026, 11, 29);
    for row in &rows {
        let action = demo
            .actions
            .iter()
            .find(|a| a.text == row[text])
            .expect("a demo action");
        let expected = action
            .days_overdue(today)
            .map(|d| d.to_string())
            .unwrap_or_default();
        assert_eq!(
            &row[overdue],
            expected.as_str(),
            "days overdue of {}",
            action.text
        );
    }

    let (_, late) =
        csv_rows(&folder.run(&["actions", "--today", "2026-11-29", "--overdue", "--format", "csv"]));
    let expected_late = demo
        .pending_actions()
        .filter(|a| a.days_overdue(today).is_some())
        .count();
    assert!(expected_late > 0, "the demo shows an overdue action");
    assert_eq!(late.len(), expected_late);
}

#[test]
fn new_from_the_demo_carries_its_open_actions_into_a_review_phase() {
    let folder = DemoFolder::new();
    let demo = folder.demo();
    let out = folder.root.path().join("folgetermin.ron");
    folder.run(&[
        "new",
        "--from",
        path_str(&folder.demo_path()),
        "-o",
        path_str(&out),
    ]);
    let next = store::load(&out).expect("the new session loads");
    assert_eq!(next.continues, Some(demo.id));
    assert_eq!(next.language, demo.language);
    assert_eq!(next.participants, demo.participants);
    let carried: Vec<&str> = next.actions.iter().map(|a| a.text.as_str()).collect();
    let pending: Vec<&str> = demo.pending_actions().map(|a| a.text.as_str()).collect();
    assert_eq!(carried, pending);
    assert!(next.actions.iter().all(|a| a.status.is_pending()));
    assert!(!next.actions.iter().any(|a| a.status == ActionStatus::Done));
    assert_eq!(next.phases.len(), demo.phases.len() + 1);
    assert!(
        next.phases[0].title.contains("Maßnahmen"),
        "review phase: {}",
        next.phases[0].title
    );
}

#[test]
fn json_export_of_the_demo_holds_its_rankings() {
    let folder = DemoFolder::new();
    let demo = folder.demo();
    let json: serde_json::Value =
        serde_json::from_str(&folder.run(&["export", path_str(&folder.demo_path()), "--format", "json"]))
            .expect("valid JSON");
    assert_eq!(json["session"]["title"], demo.title.as_str());
    let rounds = json["session"]["rounds"].as_array().expect("rounds");
    assert_eq!(rounds.len(), demo.rounds.len());
    for (exported, round) in rounds.iter().zip(&demo.rounds) {
        assert_eq!(
            round.status,
            RoundStatus::Revealed,
            "the demo's rounds are revealed"
        );
        let ranking = exported["result"]["ranking"].as_array().expect("a ranking");
        let expected = voting::ranking(round);
        assert_eq!(ranking.len(), expected.len());
        let first = &ranking[0];
        assert_eq!(first["dots"].as_u64(), Some(u64::from(expected[0].dots)));
        assert_eq!(first["rank"].as_u64(), Some(1));
    }
}

#[test]
fn csv_exports_of_the_demo_have_a_row_per_idea_and_per_action() {
    let folder = DemoFolder::new();
    let demo = folder.demo();
    let (header, ideas) =
        csv_rows(&folder.run(&["export", path_str(&folder.demo_path()), "--format", "csv"]));
    assert_eq!(ideas.len(), demo.ideas.len());
    let text = column(&header, "text");
    let votes = header
        .iter()
        .position(|h| h == "round_1_votes")
        .expect("a column for round 1");
    let round = &demo.rounds[0];
    for (option, tally) in round.options.iter().zip(&round.tally) {
        let label = demo.option_label(*option).expect("an idea of the demo");
        let row = ideas
            .iter()
            .find(|r| &r[text] == label)
            .expect("the idea has a row");
        assert_eq!(row[votes].parse::<u32>().ok(), Some(*tally), "votes of {label}");
    }

    let (header, actions) = csv_rows(&folder.run(&[
        "export",
        path_str(&folder.demo_path()),
        "--format",
        "csv",
        "--what",
        "actions",
    ]));
    assert_eq!(actions.len(), demo.actions.len());
    let owner = column(&header, "owner");
    for (row, action) in actions.iter().zip(&demo.actions) {
        assert_eq!(Some(&row[owner]), action.owner.as_deref());
    }
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}
