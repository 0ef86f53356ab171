//! `plenum suggest`: proposals as text and JSON, `--apply`, and the errors a
//! user can run into. Every run gets its own HOME and XDG folders.

use assert_cmd::cargo::cargo_bin_cmd;
use jiff::Timestamp;
use plenum::core::{Command, Idea, IdeaId, Language, MethodTemplate, NewSession, PhaseId, Session};
use plenum::store;
use std::path::{Path, PathBuf};
use std::process::Output;
use tempfile::TempDir;

const IDEAS: [&str; 7] = [
    "Jede Besprechung braucht eine Tagesordnung",
    "Tonqualität in Videokonferenzen verbessern",
    "No meeting without an agenda",
    "Die Kaffeemaschine reparieren",
    "Videokonferenzen brechen nachmittags ab",
    "Besprechungen pünktlich beginnen und beenden",
    "Video calls: cameras on at the start",
];

struct Workshop {
    home: TempDir,
    file: PathBuf,
    /// Position of the critique phase in the agenda, from 1.
    phase_number: usize,
    phase: PhaseId,
}

/// A German future workshop whose critique phase holds `IDEAS`, saved
/// through the store like the app would.
fn workshop() -> Workshop {
    let home = TempDir::new().expect("a temporary folder");
    let template =
        MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("the future workshop is built in");
    let options = NewSession {
        language: Language::De,
        ..NewSession::default()
    };
    let mut session = template.instantiate(options, Timestamp::UNIX_EPOCH);
    let index = session
        .phases
        .iter()
        .position(|p| p.title == "Kritikphase")
        .expect("the template has a critique phase");
    let phase = session.phases[index].id;
    let add_ideas = IDEAS
        .iter()
        .enumerate()
        .map(|(i, text)| Command::AddIdea {
            idea: Idea {
                id: IdeaId::from_u128(100 + i as u128),
                phase,
                text: (*text).to_string(),
                authors: Vec::new(),
                cluster: None,
                hidden: false,
            },
            index: i,
        })
        .collect();
    session.apply(Command::Batch(add_ideas)).expect("valid ideas");
    let file = home.path().join("sessions").join("kritik.ron");
    store::SessionFile::create(&file, &session).expect("the session is saved");
    Workshop {
        home,
        file,
        phase_number: index + 1,
        phase,
    }
}

/// Opens the session like the app does. Retries briefly: while another test
/// thread forks a child, the child shares this process's file descriptors
/// until it execs, so a lock just released can look held for a moment.
fn open_for_editing(file: &Path) -> store::SessionFile {
    for _ in 0..200 {
        match store::SessionFile::open(file) {
            Ok((opened, _)) => return opened,
            Err(store::StoreError::Locked { .. }) => std::thread::sleep(std::time::Duration::from_millis(10)),
            Err(error) => panic!("cannot open {}: {error}", file.display()),
        }
    }
    panic!("{} stayed locked", file.display());
}

fn plenum(home: &Path, args: &[&str]) -> Output {
    cargo_bin_cmd!("plenum")
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("PLENUM_DIR", home.join("sessions"))
        .env_remove("NO_COLOR")
        .output()
        .expect("plenum runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn path(file: &Path) -> &str {
    file.to_str().expect("a UTF-8 temp path")
}

#[test]
fn prints_proposals_as_text_and_leaves_the_file_alone() {
    let w = workshop();
    let before = std::fs::read(&w.file).expect("readable");
    let phase = w.phase_number.to_string();
    let output = plenum(w.home.path(), &["suggest", path(&w.file), "--phase", &phase]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.starts_with("2 proposals for \"Kritikphase\": 7 unclustered ideas, 1 left on their own"),
        "{text}"
    );
    assert!(
        text.contains("1. Besprechungen (3 ideas)\n   - Jede Besprechung braucht eine Tagesordnung\n"),
        "{text}"
    );
    assert!(text.contains("2. Videokonferenzen (3 ideas)"), "{text}");
    assert!(
        !text.contains("Kaffeemaschine"),
        "a stray is not proposed: {text}"
    );
    assert_eq!(
        std::fs::read(&w.file).expect("readable"),
        before,
        "without --apply nothing is written"
    );
}

#[test]
fn prints_proposals_as_json() {
    let w = workshop();
    let phase = w.phase_number.to_string();
    let output = plenum(
        w.home.path(),
        &["suggest", path(&w.file), "--phase", &phase, "--format", "json"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    let proposals = json.as_array().expect("a list of clusters");
    assert_eq!(proposals.len(), 2);
    assert_eq!(proposals[0]["name"], "Besprechungen");
    assert!(
        proposals[0].get("cluster").is_none(),
        "not saved, so no cluster id"
    );
    let ideas = proposals[0]["ideas"].as_array().expect("a list of ideas");
    let ids: Vec<&str> = ideas.iter().filter_map(|i| i["id"].as_str()).collect();
    let expected: Vec<String> = [0, 2, 5]
        .iter()
        .map(|n| IdeaId::from_u128(100 + n).to_string())
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(ideas[1]["text"], "No meeting without an agenda");
}

#[test]
fn takes_the_phase_by_id_too() {
    let w = workshop();
    let by_number = plenum(
        w.home.path(),
        &["suggest", path(&w.file), "--phase", &w.phase_number.to_string()],
    );
    let by_id = plenum(
        w.home.path(),
        &["suggest", path(&w.file), "--phase", &w.phase.to_string()],
    );
    assert!(by_id.status.success(), "{}", stderr(&by_id));
    assert_eq!(stdout(&by_id), stdout(&by_number));
}

#[test]
fn apply_saves_the_proposals_as_clusters() {
    let w = workshop();
    let phase = w.phase_number.to_string();
    let output = plenum(
        w.home.path(),
        &[
            "suggest",
            path(&w.file),
            "--phase",
            &phase,
            "--format",
            "json",
            "--apply",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    let saved: Session = store::load(&w.file).expect("the saved file loads");
    saved.validate().expect("consistent");
    assert_eq!(saved.clusters.len(), 2);
    for proposal in json.as_array().expect("a list") {
        let id = proposal["cluster"].as_str().expect("the saved cluster's id");
        let cluster = saved
            .clusters
            .iter()
            .find(|c| c.id.to_string() == id)
            .expect("the cluster is in the file");
        assert_eq!(proposal["name"], cluster.title.as_str());
        let members: Vec<String> = saved
            .ideas_of_cluster(cluster.id)
            .map(|i| i.id.to_string())
            .collect();
        let proposed: Vec<&str> = proposal["ideas"]
            .as_array()
            .expect("ideas")
            .iter()
            .filter_map(|i| i["id"].as_str())
            .collect();
        assert_eq!(members, proposed);
    }
    // The stray stays unclustered, and a second run has nothing left to do.
    let again = plenum(
        w.home.path(),
        &["suggest", path(&w.file), "--phase", &phase, "--apply"],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).starts_with("0 proposals for \"Kritikphase\": 1 unclustered idea"),
        "{}",
        stdout(&again)
    );
    assert!(stdout(&again).contains("Nothing to save."));
    assert_eq!(store::load(&w.file).expect("loads").clusters.len(), 2);
}

#[test]
fn apply_as_text_says_where_it_saved() {
    let w = workshop();
    let output = plenum(
        w.home.path(),
        &[
            "suggest",
            path(&w.file),
            "--phase",
            &w.phase_number.to_string(),
            "--apply",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).ends_with(&format!("Saved 2 clusters in {}.\n", path(&w.file))));
}

#[test]
fn apply_refuses_a_session_open_elsewhere() {
    let w = workshop();
    let before = std::fs::read(&w.file).expect("readable");
    let _open_in_the_app = open_for_editing(&w.file);
    let output = plenum(
        w.home.path(),
        &[
            "suggest",
            path(&w.file),
            "--phase",
            &w.phase_number.to_string(),
            "--apply",
        ],
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("open in another plenum"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&w.file).expect("readable"), before);
}

#[test]
fn bad_phases_are_explained() {
    let w = workshop();
    let file = path(&w.file);
    let cases = [
        ("0", "there is no phase 0"),
        ("99", "there is no phase 99: the agenda has"),
        (
            "Kritik",
            "--phase takes the number of a phase (1 is the first) or a phase id",
        ),
        (
            "00000000-0000-0000-0000-000000000009",
            "the session has no phase with id",
        ),
    ];
    for (phase, message) in cases {
        let output = plenum(w.home.path(), &["suggest", file, "--phase", phase]);
        assert_eq!(output.status.code(), Some(1), "--phase {phase}");
        assert!(stderr(&output).starts_with("plenum: "), "{}", stderr(&output));
        assert!(
            stderr(&output).contains(message),
            "--phase {phase}: {}",
            stderr(&output)
        );
        assert!(stdout(&output).is_empty());
    }
}

#[test]
fn missing_and_broken_files_are_reported() {
    let w = workshop();
    let missing = w.home.path().join("nowhere.ron");
    let output = plenum(w.home.path(), &["suggest", path(&missing), "--phase", "1"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("nowhere.ron"), "{}", stderr(&output));

    let broken = w.home.path().join("broken.ron");
    std::fs::write(&broken, "(version: 1, title: ").expect("writable");
    for apply in [false, true] {
        let mut args = vec!["suggest", path(&broken), "--phase", "1"];
        if apply {
            args.push("--apply");
        }
        let output = plenum(w.home.path(), &args);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr(&output).contains("broken.ron:1:"),
            "line and column: {}",
            stderr(&output)
        );
        assert_eq!(
            std::fs::read_to_string(&broken).expect("readable"),
            "(version: 1, title: "
        );
    }
}

#[test]
fn requires_a_phase_and_has_help() {
    let w = workshop();
    let output = plenum(w.home.path(), &["suggest", path(&w.file)]);
    assert_eq!(output.status.code(), Some(2), "clap's usage error");
    assert!(stderr(&output).contains("--phase"));
    let help = plenum(w.home.path(), &["suggest", "--help"]);
    assert!(help.status.success());
    for option in ["--phase", "--format", "--apply", "json"] {
        assert!(stdout(&help).contains(option), "help mentions {option}");
    }
}
