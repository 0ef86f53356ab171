//! The command line, driven as a user drives it: `new`, `import`, `check`,
//! `export`, `list`, `templates`, `paths`, `completions` and `man`, with good
//! and bad input and the exit codes; pipes, standard input and output, file
//! names that hold escape sequences, `--color`, and one language per run. Every run gets its own HOME, config, data and sessions folders, so
//! the user's real folders are never touched.

use crate::common;

use assert_cmd::Command;
use plenum::core::Session;
use plenum::store::{self, SessionFile};
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A sandbox: a working folder, a sessions folder and a fake home.
struct Sandbox {
    root: TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let root = tempfile::tempdir().expect("temp dir");
        for sub in ["home", "config", "data", "work", "sessions"] {
            fs::create_dir(root.path().join(sub)).expect("folder");
        }
        Sandbox { root }
    }

    fn path(&self, sub: &str) -> PathBuf {
        self.root.path().join(sub)
    }

    fn work(&self) -> PathBuf {
        self.path("work")
    }

    fn sessions(&self) -> PathBuf {
        self.path("sessions")
    }

    /// `plenum` in the working folder, English locale, no PLENUM_DIR.
    fn plenum(&self) -> Command {
        let mut cmd = Command::cargo_bin("plenum").expect("the binary is built");
        cmd.current_dir(self.work())
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("PLENUM_DIR")
            .env("NO_COLOR", "1");
        cmd
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.work().join(name);
        fs::write(&path, contents).expect("write");
        path
    }

    /// A German future workshop at `work/NAME` with Anna and Ben.
    fn future_workshop(&self, name: &str) -> PathBuf {
        self.plenum()
            .args(["new", "--method", "zukunftswerkstatt", "--lang", "de"])
            .args(["--title", "Werkstatt", "--participants", "Anna,Ben", "-o", name])
            .assert()
            .success();
        self.work().join(name)
    }
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let output = cmd.output().expect("runs");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn load(path: &Path) -> Session {
    store::load(path).unwrap_or_else(|e| panic!("{e}"))
}

fn idea_texts(session: &Session, phase: usize) -> Vec<String> {
    session
        .ideas_in(session.phases[phase].id)
        .map(|i| i.text.clone())
        .collect()
}

// ------------------------------------------------------------------- new

#[test]
fn the_issue_scenario_new_check_export_in_german() {
    let sandbox = Sandbox::new();
    let new = run(sandbox.plenum().args([
        "new",
        "--method",
        "zukunftswerkstatt",
        "--lang",
        "de",
        "--title",
        "Test",
        "-o",
        "t.ron",
    ]));
    assert_eq!(new.code, Some(0), "{}", new.stderr);
    assert_eq!(new.stdout, "t.ron\n");

    let check = run(sandbox.plenum().args(["check", "t.ron"]));
    assert_eq!(check.code, Some(0), "{}", check.stderr);
    assert_eq!(
        check.stdout,
        "ok: t.ron: \"Test\" (zukunftswerkstatt, de): 5 phases, 0 participants, 0 ideas in 0 clusters, \
         no voting rounds, 0 actions (0 open)\n"
    );

    let export = run(sandbox.plenum().args(["export", "t.ron"]));
    assert_eq!(export.code, Some(0), "{}", export.stderr);
    for phase in ["Kritikphase", "Phantasiephase", "Verwirklichungsphase"] {
        assert!(
            export
                .stdout
                .lines()
                .any(|l| l.starts_with("## ") && l.ends_with(phase)),
            "no heading for {phase}:\n{}",
            export.stdout
        );
    }
    assert!(export.stdout.starts_with("# Test\n"), "{}", export.stdout);

    sandbox
        .plenum()
        .args(["export", "t.ron", "-o", "t.md"])
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        fs::read_to_string(sandbox.work().join("t.md")).expect("t.md"),
        export.stdout
    );
}

#[test]
fn new_without_output_writes_into_the_sessions_folder_and_creates_it() {
    let sandbox = Sandbox::new();
    let dir = sandbox.sessions().join("noch/nicht/da");
    let first =
        run(sandbox
            .plenum()
            .arg("--dir")
            .arg(&dir)
            .args(["new", "-m", "retro", "-t", "Retro Bürgerbüro"]));
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    let path = PathBuf::from(first.stdout.trim_end());
    assert_eq!(path.parent(), Some(dir.as_path()));
    let name = path.file_name().expect("name").to_string_lossy().into_owned();
    assert!(name.ends_with("-retro-buergerbuero.ron"), "{name}");
    assert_eq!(load(&path).method, "retro");

    // The same title again gets a new name instead of replacing the first.
    let second =
        run(sandbox
            .plenum()
            .arg("--dir")
            .arg(&dir)
            .args(["new", "-m", "retro", "-t", "Retro Bürgerbüro"]));
    assert_eq!(second.code, Some(0), "{}", second.stderr);
    assert_ne!(second.stdout, first.stdout);
    assert!(second.stdout.trim_end().ends_with("-2.ron"), "{}", second.stdout);
}

#[test]
fn new_uses_plenum_dir_when_no_dir_is_given() {
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .plenum()
        .env("PLENUM_DIR", sandbox.sessions())
        .args(["new", "-m", "brainstorm"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.starts_with(&sandbox.sessions().display().to_string()),
        "{}",
        out.stdout
    );
    // Without a title the session is named after the method.
    assert_eq!(load(Path::new(out.stdout.trim_end())).title, "Idea round");
}

#[test]
fn new_takes_the_language_from_the_locale_unless_lang_is_given() {
    let sandbox = Sandbox::new();
    // (environment, --lang, expected session language)
    type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>, &'a str);
    let cases: [Case; 5] = [
        (&[("LANG", "de_DE.UTF-8")], None, "de"),
        (&[("LANG", "de_AT.UTF-8")], Some("en"), "en"),
        (&[("LANG", "en_GB.UTF-8"), ("LC_ALL", "de_DE.UTF-8")], None, "de"),
        (&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")], None, "en"),
        (&[("LANG", "")], None, "en"),
    ];
    for (n, (vars, flag, expected)) in cases.into_iter().enumerate() {
        let file = format!("lang-{n}.ron");
        let mut cmd = sandbox.plenum();
        for (name, value) in vars {
            cmd.env(name, value);
        }
        if let Some(lang) = flag {
            cmd.args(["--lang", lang]);
        }
        cmd.args(["new", "-m", "zukunftswerkstatt", "-o", &file])
            .assert()
            .success();
        let session = load(&sandbox.work().join(&file));
        assert_eq!(session.language.code(), expected, "case {n}: {vars:?} {flag:?}");
        let first_phase = &session.phases[1].title;
        let german = first_phase == "Kritikphase";
        assert_eq!(german, expected == "de", "case {n}: {first_phase}");
    }
}

#[test]
fn new_cleans_the_participant_list() {
    let sandbox = Sandbox::new();
    sandbox
        .plenum()
        .args([
            "new",
            "-m",
            "retro",
            "-p",
            " Anna , Ben,,anna, Änne ,ÄNNE, ",
            "-o",
            "p.ron",
        ])
        .args(["--facilitator", " Katrin "])
        .assert()
        .success();
    let session = load(&sandbox.work().join("p.ron"));
    let names: Vec<&str> = session.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Anna", "Ben", "Änne"]);
    assert_eq!(session.facilitator.as_deref(), Some("Katrin"));
    assert!(!session.anonymous);
}

#[test]
fn new_anonymous_is_recorded_and_shown_by_check() {
    let sandbox = Sandbox::new();
    sandbox
        .plenum()
        .args(["new", "-m", "retro", "--anonymous", "-o", "a.ron"])
        .assert()
        .success();
    let check = run(sandbox.plenum().args(["check", "a.ron"]));
    assert!(
        check.stdout.contains("(retro, en, anonymous)"),
        "{}",
        check.stdout
    );
    assert!(load(&sandbox.work().join("a.ron")).anonymous);
}

#[test]
fn new_refuses_to_overwrite_an_existing_file() {
    let sandbox = Sandbox::new();
    let path = sandbox.write("da.ron", "meine Notizen");
    let out = run(sandbox.plenum().args(["new", "-m", "retro", "-o", "da.ron"]));
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.starts_with("plenum: da.ron: the file exists already"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "");
    assert_eq!(fs::read_to_string(path).expect("read"), "meine Notizen");
}

#[test]
fn new_with_an_unknown_method_lists_the_known_ones() {
    let sandbox = Sandbox::new();
    let out = run(sandbox.plenum().args(["new", "-m", "world-cafe", "-o", "x.ron"]));
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.contains("unknown method \"world-cafe\""),
        "{}",
        out.stderr
    );
    for id in ["zukunftswerkstatt", "design-thinking", "retro", "brainstorm"] {
        assert!(out.stderr.contains(id), "{id} missing: {}", out.stderr);
    }
    assert!(!sandbox.work().join("x.ron").exists());
}

#[test]
fn new_without_a_method_is_a_usage_error() {
    let sandbox = Sandbox::new();
    let out = run(sandbox.plenum().args(["new", "-o", "x.ron"]));
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("--method"), "{}", out.stderr);
}

#[test]
fn new_finds_user_templates_and_reports_broken_ones() {
    let sandbox = Sandbox::new();
    let templates = sandbox.path("config/plenum/templates");
    fs::create_dir_all(&templates).expect("folder");
    fs::write(
        templates.join("weltcafe.ron"),
        r#"(
            id: "weltcafe",
            name: (en: "World café", de: "Weltcafé"),
            description: (en: "Tables, rounds, hosts.", de: "Tische, Runden, Gastgeber."),
            phases: [(
                title: (en: "Round 1", de: "Runde 1"),
                question: (en: "What matters?", de: "Worauf kommt es an?"),
                timebox_minutes: 20,
                activities: [Capture],
            )],
        )"#,
    )
    .expect("template");
    fs::write(templates.join("kaputt.ron"), "(id: \"kaputt\", name: ").expect("broken");
    let out = run(sandbox
        .plenum()
        .args(["--lang", "de", "new", "-m", "weltcafe", "-o", "w.ron"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stderr.contains("kaputt.ron"), "{}", out.stderr);
    let session = load(&sandbox.work().join("w.ron"));
    assert_eq!(session.phases[0].title, "Runde 1");

    let list = run(sandbox.plenum().arg("templates"));
    assert_eq!(list.code, Some(0));
    assert!(
        list.stdout.lines().any(|l| l.starts_with("weltcafe ")),
        "{}",
        list.stdout
    );
    assert!(list.stderr.contains("kaputt.ron"), "{}", list.stderr);
}

// ---------------------------------------------------------------- import

#[test]
fn import_a_text_file_into_a_phase_by_number() {
    let sandbox = Sandbox::new();
    let session = sandbox.future_workshop("w.ron");
    sandbox.write(
        "ideen.txt",
        "\u{feff}Zu wenig Laptops\r\n\r\n  - Drucker im 2. OG ständig leer  \r\nVPN bricht ab 🙁\r\n",
    );
    let out = run(sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", "2", "ideen.txt"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout, "added 3 ideas to phase 2 \"Kritikphase\" of w.ron\n");
    let loaded = load(&session);
    assert_eq!(
        idea_texts(&loaded, 1),
        vec![
            "Zu wenig Laptops",
            "Drucker im 2. OG ständig leer",
            "VPN bricht ab 🙁"
        ]
    );
    assert!(loaded.ideas.iter().all(|i| i.authors.is_empty() && !i.hidden));
    assert!(loaded.updated > loaded.created);

    // A second import appends, in order.
    sandbox.write("mehr.txt", "Noch eine Idee\n");
    sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", "2", "mehr.txt"])
        .assert()
        .success();
    assert_eq!(
        idea_texts(&load(&session), 1).last().map(String::as_str),
        Some("Noch eine Idee")
    );
}

#[test]
fn import_by_phase_id_and_by_title_and_from_stdin() {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    let phase_id = load(&path).phases[2].id.to_string();
    sandbox.write("a.txt", "Jeder Arbeitsplatz mobil\n");
    sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", &phase_id, "a.txt"])
        .assert()
        .success()
        .stdout("added 1 idea to phase 3 \"Phantasiephase\" of w.ron\n");
    sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", "verwirklichungsphase", "-"])
        .write_stdin("Pilot im Bürgerbüro\nSchulung für alle\n")
        .assert()
        .success()
        .stdout("added 2 ideas to phase 4 \"Verwirklichungsphase\" of w.ron\n");
    let session = load(&path);
    assert_eq!(idea_texts(&session, 2), vec!["Jeder Arbeitsplatz mobil"]);
    assert_eq!(
        idea_texts(&session, 3),
        vec!["Pilot im Bürgerbüro", "Schulung für alle"]
    );
}

#[test]
fn import_csv_matches_authors_and_adds_new_participants() {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    sandbox.write(
        "ideen.csv",
        "Text;Autor\r\n\"Mehr Homeoffice; auch freitags\";anna\r\n\"Zwei Zeilen\r\nin einer Zelle\";Cem\r\nOhne Namen;\r\nNoch was;CEM\r\n;\r\n",
    );
    let out = run(sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", "2", "ideen.csv"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "added 4 ideas to phase 2 \"Kritikphase\" of w.ron, and 1 new participant: Cem\n"
    );
    let session = load(&path);
    let names: Vec<&str> = session.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Anna", "Ben", "Cem"]);
    let ideas: Vec<(String, Vec<&str>)> = session
        .ideas
        .iter()
        .map(|i| {
            let authors = i
                .authors
                .iter()
                .filter_map(|a| session.participant_name(*a))
                .collect();
            (i.text.clone(), authors)
        })
        .collect();
    assert_eq!(
        ideas,
        vec![
            ("Mehr Homeoffice; auch freitags".to_string(), vec!["Anna"]),
            ("Zwei Zeilen\nin einer Zelle".to_string(), vec!["Cem"]),
            ("Ohne Namen".to_string(), vec![]),
            ("Noch was".to_string(), vec!["Cem"]),
        ]
    );
}

#[test]
fn a_text_file_with_a_csv_header_is_read_as_csv() {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    sandbox.write("export.txt", "author,text\nBen,Kantine öffnet früher\n");
    sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", "2", "export.txt"])
        .assert()
        .success();
    let session = load(&path);
    assert_eq!(idea_texts(&session, 1), vec!["Kantine öffnet früher"]);
    assert_eq!(session.participant_name(session.ideas[0].authors[0]), Some("Ben"));
}

#[test]
fn import_into_an_anonymous_session_drops_the_authors_and_says_so() {
    let sandbox = Sandbox::new();
    sandbox
        .plenum()
        .args(["new", "-m", "retro", "--anonymous", "-o", "anon.ron"])
        .assert()
        .success();
    sandbox.write("ideen.csv", "text,author\nStandup kürzer,Anna\nMehr Pausen,\n");
    let out = run(sandbox
        .plenum()
        .args(["import", "anon.ron", "--phase", "3", "ideen.csv"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stderr.contains("anonymous"), "{}", out.stderr);
    assert!(out.stderr.contains("1 idea"), "{}", out.stderr);
    let session = load(&sandbox.work().join("anon.ron"));
    assert!(session.participants.is_empty());
    assert!(session.ideas.iter().all(|i| i.authors.is_empty()));
    assert_eq!(session.ideas.len(), 2);
}

#[test]
fn import_with_a_rejected_line_names_it_and_imports_nothing() {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    let before = fs::read(&path).expect("read");
    let long = "x".repeat(20_001);
    sandbox.write("ideen.txt", format!("gut\n\n{long}\nauch gut\n{long}\n"));
    let out = run(sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", "2", "ideen.txt"]));
    assert_eq!(out.code, Some(1));
    assert_eq!(out.stdout, "");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(
        lines[0].starts_with("plenum: ideen.txt:3: Too long: 20001 characters"),
        "{}",
        out.stderr
    );
    assert!(
        lines[1].starts_with("plenum: ideen.txt:5: Too long: 20001 characters"),
        "{}",
        out.stderr
    );
    assert!(lines[2].contains("nothing imported"), "{}", out.stderr);
    assert_eq!(fs::read(&path).expect("read"), before, "the session changed");
    // The reason is given in the language of the run.
    let out = run(sandbox
        .plenum()
        .args(["--lang", "de", "import", "w.ron", "--phase", "2", "ideen.txt"]));
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr
            .starts_with("plenum: ideen.txt:3: Zu lang: 20001 Zeichen, höchstens 20000."),
        "{}",
        out.stderr
    );
    assert_eq!(fs::read(&path).expect("read"), before, "the session changed");
}

#[test]
fn import_refuses_bad_input_files() {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    let before = fs::read(&path).expect("read");
    sandbox.write("latin1.txt", b"erste Zeile\n\xfcber die Stra\xdfe\n");
    sandbox.write("leer.txt", "\n  \n\r\n");
    sandbox.write("ohne-kopf.csv", "Idee eins\nIdee zwei\n");
    sandbox.write("kaputt.csv", "text,author\n\"nicht geschlossen,Anna\n");
    let cases = [
        (
            "kaputt.csv",
            "kaputt.csv:2: a quote (\") opened here is never closed",
        ),
        ("latin1.txt", "latin1.txt:2: not UTF-8 text"),
        ("leer.txt", "leer.txt: no ideas found"),
        ("ohne-kopf.csv", "ohne-kopf.csv:1: a CSV file needs a first line"),
        ("fehlt.txt", "fehlt.txt: could not read"),
    ];
    for (file, message) in cases {
        let out = run(sandbox.plenum().args(["import", "w.ron", "--phase", "2", file]));
        assert_eq!(out.code, Some(1), "{file}");
        assert!(out.stderr.contains(message), "{file}: {}", out.stderr);
        assert_eq!(
            fs::read(&path).expect("read"),
            before,
            "{file} changed the session"
        );
    }
}

#[test]
fn import_with_an_unknown_phase_lists_the_agenda() {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    let before = fs::read(&path).expect("read");
    sandbox.write("a.txt", "Idee\n");
    for phase in ["0", "6", "Phase X", "00000000-0000-0000-0000-000000000000"] {
        let out = run(sandbox
            .plenum()
            .args(["import", "w.ron", "--phase", phase, "a.txt"]));
        assert_eq!(out.code, Some(1), "{phase}");
        assert!(out.stderr.contains("no phase"), "{phase}: {}", out.stderr);
        assert!(
            out.stderr.contains("2 \"Kritikphase\""),
            "{phase}: {}",
            out.stderr
        );
    }
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[test]
fn import_waits_for_nobody_if_the_session_is_open_elsewhere() {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    sandbox.write("a.txt", "Idee\n");
    let held = SessionFile::open(&path).expect("open here");
    let out = run(sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", "2", "a.txt"]));
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.contains("open in another plenum"), "{}", out.stderr);
    drop(held);
    assert!(load(&path).ideas.is_empty());
    sandbox
        .plenum()
        .args(["import", "w.ron", "--phase", "2", "a.txt"])
        .assert()
        .success();
}

#[test]
fn import_into_a_broken_session_reports_its_position() {
    let sandbox = Sandbox::new();
    let path = sandbox.write("kaputt.ron", "(\n    version: 1,\n    title: ");
    sandbox.write("a.txt", "Idee\n");
    let out = run(sandbox
        .plenum()
        .args(["import", "kaputt.ron", "--phase", "1", "a.txt"]));
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("plenum: kaputt.ron:3:"), "{}", out.stderr);
    assert_eq!(
        fs::read_to_string(path).expect("read"),
        "(\n    version: 1,\n    title: "
    );
}

// ----------------------------------------------------------------- check

#[test]
fn check_summarises_a_full_session() {
    let sandbox = Sandbox::new();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/future-workshop.ron");
    let out = run(sandbox.plenum().arg("check").arg(&fixture));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        format!(
            "ok: {}: \"Zukunftswerkstatt E-Akte im Bürgerbüro\" (zukunftswerkstatt, de): 5 phases, \
             4 participants, 8 ideas in 2 clusters, 1 voting round with 4 ballots, 3 actions (2 open)\n",
            fixture.display()
        )
    );
}

#[test]
fn check_several_files_reports_each_and_fails_if_one_is_bad() {
    let sandbox = Sandbox::new();
    sandbox.future_workshop("gut.ron");
    sandbox.write("leer.ron", "");
    let out = run(sandbox
        .plenum()
        .args(["check", "gut.ron", "leer.ron", "fehlt.ron"]));
    assert_eq!(out.code, Some(1));
    assert!(
        out.stdout.starts_with("ok: gut.ron: \"Werkstatt\""),
        "{}",
        out.stdout
    );
    let errors: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(errors[0], "plenum: leer.ron:1:1: the file is empty");
    assert!(
        errors[1].starts_with("plenum: fehlt.ron: could not read"),
        "{}",
        out.stderr
    );
    assert_eq!(errors[2], "plenum: 2 of 3 files are not usable sessions");
}

#[test]
fn check_without_a_file_is_a_usage_error() {
    let sandbox = Sandbox::new();
    assert_eq!(run(sandbox.plenum().arg("check")).code, Some(2));
}

// ------------------------------------------------------------------ list

#[test]
fn list_of_an_empty_or_missing_folder_says_how_to_start() {
    let sandbox = Sandbox::new();
    for dir in [sandbox.sessions(), sandbox.sessions().join("gibt-es-nicht")] {
        let out = run(sandbox.plenum().arg("--dir").arg(&dir).arg("list"));
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(out.stdout.starts_with("No sessions in "), "{}", out.stdout);
        assert!(out.stdout.contains("plenum new"), "{}", out.stdout);
    }
}

#[test]
fn list_shows_sessions_newest_first_and_unreadable_files_with_their_error() {
    let sandbox = Sandbox::new();
    let dir = sandbox.sessions();
    for (name, title, updated, ideas) in [
        ("alt.ron", "Alte Retro", "2025-01-10T10:00:00Z", 0),
        ("neu.ron", "Neue Werkstatt", "2026-05-01T10:00:00Z", 2),
        ("mitte.ron", "Mittlere Runde", "2025-09-01T10:00:00Z", 1),
    ] {
        let path = dir.join(name);
        sandbox
            .plenum()
            .args(["new", "-m", "retro", "-t", title, "-o"])
            .arg(&path)
            .assert()
            .success();
        if ideas > 0 {
            let text: String = (0..ideas).map(|n| format!("Idee {n}\n")).collect();
            sandbox.write("ideen.txt", text);
            sandbox
                .plenum()
                .arg("import")
                .arg(&path)
                .args(["--phase", "2", "ideen.txt"])
                .assert()
                .success();
        }
        // Only the time changes, which a save would skip: written directly.
        let mut session = store::load(&path).expect("loads");
        session.updated = updated.parse().expect("timestamp");
        store::write_atomically(&path, store::to_ron(&session).expect("serialises").as_bytes())
            .expect("write");
    }
    fs::write(dir.join("kaputt.ron"), "(version: 1,").expect("broken");
    fs::write(dir.join("notizen.txt"), "kein Session-File").expect("other file");

    let out = run(sandbox.plenum().arg("--dir").arg(&dir).arg("list"));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with("UPDATED"), "{}", out.stdout);
    let titles: Vec<&str> = ["Neue Werkstatt", "Mittlere Runde", "Alte Retro"]
        .into_iter()
        .filter(|t| out.stdout.contains(t))
        .collect();
    assert_eq!(titles.len(), 3, "{}", out.stdout);
    assert!(
        lines[1].contains("Neue Werkstatt") && lines[1].contains("retro"),
        "{}",
        out.stdout
    );
    assert!(lines[2].contains("Mittlere Runde"), "{}", out.stdout);
    assert!(lines[3].contains("Alte Retro"), "{}", out.stdout);
    assert!(lines[1].contains(" 2 "), "idea count: {}", lines[1]);
    assert!(lines[1].ends_with("neu.ron"), "{}", lines[1]);
    assert!(lines[4].starts_with("unreadable: "), "{}", out.stdout);
    assert!(lines[4].contains("kaputt.ron:1:"), "{}", out.stdout);
    assert!(!out.stdout.contains("notizen"), "{}", out.stdout);
}

// ------------------------------------------------------------- templates

#[test]
fn templates_are_listed_in_the_interface_language() {
    let sandbox = Sandbox::new();
    let english = run(sandbox.plenum().arg("templates"));
    assert_eq!(english.code, Some(0), "{}", english.stderr);
    let row = english
        .stdout
        .lines()
        .find(|l| l.starts_with("zukunftswerkstatt "))
        .expect("the future workshop is listed");
    assert!(row.contains("Future workshop"), "{row}");
    assert!(row.contains(" 5 "), "{row}");
    assert!(row.contains("Robert Jungk"), "{row}");
    for id in ["design-thinking", "retro", "brainstorm"] {
        assert!(english.stdout.lines().any(|l| l.starts_with(id)), "{id}");
    }

    let german = run(sandbox.plenum().env("LANG", "de_DE.UTF-8").arg("templates"));
    let row = german
        .stdout
        .lines()
        .find(|l| l.starts_with("zukunftswerkstatt "))
        .expect("listed");
    assert!(row.contains("Zukunftswerkstatt nach Robert Jungk"), "{row}");
    let flag = run(sandbox.plenum().args(["--lang", "de", "templates"]));
    assert_eq!(flag.stdout, german.stdout);
}

// ------------------------------------------------------------------ help

#[test]
fn every_subcommand_has_help() {
    let sandbox = Sandbox::new();
    for sub in ["new", "import", "check", "list", "templates", "export"] {
        let out = run(sandbox.plenum().args([sub, "--help"]));
        assert_eq!(out.code, Some(0), "{sub}");
        assert!(out.stdout.contains("Usage: plenum"), "{sub}: {}", out.stdout);
    }
}

#[test]
fn the_sandbox_leaves_the_real_home_alone() {
    // `new` without --dir writes to the data folder of the sandbox's home.
    let sandbox = Sandbox::new();
    let out = run(sandbox.plenum().args(["new", "-m", "retro"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout
            .starts_with(&sandbox.path("data").display().to_string()),
        "{}",
        out.stdout
    );
}

#[test]
fn new_from_a_previous_session_carries_its_open_actions_and_people() {
    let sandbox = Sandbox::new();
    let old_path = sandbox.future_workshop("alt.ron");
    let mut old = load(&old_path);
    let due = jiff::civil::date(2026, 12, 1);
    for (text, status) in [
        ("Headsets bestellen", plenum::core::ActionStatus::Open),
        ("Leitfaden schreiben", plenum::core::ActionStatus::Doing),
        ("Umfrage auswerten", plenum::core::ActionStatus::Done),
    ] {
        old.actions.push(plenum::core::ActionItem {
            id: plenum::core::ActionId::random(),
            text: text.into(),
            owner: Some("Anna".into()),
            due: Some(due),
            status,
            note: String::new(),
            source: None,
        });
    }
    store::write_atomically(&old_path, store::to_ron(&old).expect("serialises").as_bytes()).expect("saved");

    // No --method and no --lang: both come from the previous session.
    let out = run(sandbox
        .plenum()
        .args(["new", "--from", "alt.ron", "-o", "neu.ron"]));
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    let new = load(&sandbox.work().join("neu.ron"));
    assert_eq!(new.continues, Some(old.id));
    assert_eq!(new.method, "zukunftswerkstatt");
    assert_eq!(new.language, plenum::core::Language::De);
    assert_eq!(new.participants, old.participants);
    let carried: Vec<&str> = new.actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(carried, vec!["Headsets bestellen", "Leitfaden schreiben"]);
    assert_eq!(
        new.phases.len(),
        old.phases.len() + 1,
        "a review phase comes first"
    );
    assert_eq!(new.current_phase, 0);

    let missing = run(sandbox
        .plenum()
        .args(["new", "--from", "fehlt.ron", "-o", "x.ron"]));
    assert_eq!(missing.code, Some(1));
    assert!(missing.stderr.contains("fehlt.ron"), "stderr: {}", missing.stderr);
    assert!(!sandbox.work().join("x.ron").exists());
}

// ------------------------------------------------- pipes, stdin and stdout

/// The subcommands that print, with what they need; run in a sandbox that
/// holds a session `w.ron` and the same session in the sessions folder.
fn printing_commands() -> Vec<Vec<&'static str>> {
    vec![
        vec!["list"],
        vec!["templates"],
        vec!["themes"],
        vec!["paths"],
        vec!["actions"],
        vec!["actions", "--format", "csv"],
        vec!["check", "w.ron"],
        vec!["export", "w.ron"],
        vec!["export", "w.ron", "--format", "json"],
        vec!["suggest", "w.ron", "--phase", "2"],
        vec!["completions", "bash"],
        vec!["man"],
        vec!["--help"],
        vec!["--version"],
    ]
}

/// `plenum ARGS` in the sandbox with standard output going to `stdout`.
fn run_with_stdout(sandbox: &Sandbox, args: &[&str], stdout: impl Into<std::process::Stdio>) -> Run {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_plenum"));
    cmd.current_dir(sandbox.work())
        .env("HOME", sandbox.path("home"))
        .env("XDG_CONFIG_HOME", sandbox.path("config"))
        .env("XDG_DATA_HOME", sandbox.path("data"))
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("PLENUM_DIR", sandbox.sessions())
        .env("NO_COLOR", "1")
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(stdout)
        .stderr(std::process::Stdio::piped());
    let output = cmd.output().expect("runs");
    Run {
        code: output.status.code(),
        stdout: String::new(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn sandbox_with_a_session() -> Sandbox {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    fs::copy(&path, sandbox.sessions().join("w.ron")).expect("copy");
    sandbox
}

#[test]
fn a_closed_pipe_ends_every_command_quietly_with_exit_0() {
    let sandbox = sandbox_with_a_session();
    for args in printing_commands() {
        // The reading end is closed before plenum writes, as when `head -1`
        // has read its line: every write fails with EPIPE.
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let out = run_with_stdout(&sandbox, &args, writer);
        assert_eq!(out.code, Some(0), "{args:?}: {}", out.stderr);
        assert_eq!(out.stderr, "", "{args:?}");
    }
}

#[test]
fn a_full_disk_on_stdout_is_an_error_with_exit_1_never_a_panic() {
    let sandbox = sandbox_with_a_session();
    for args in printing_commands() {
        let full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = run_with_stdout(&sandbox, &args, full);
        assert_eq!(out.code, Some(1), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr
                .starts_with("plenum: could not write to standard output: "),
            "{args:?}: {}",
            out.stderr
        );
        assert!(!out.stderr.contains("panicked"), "{args:?}: {}", out.stderr);
    }
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = run_with_stdout(&sandbox, &["--lang", "de", "list"], full);
    assert!(
        out.stderr
            .starts_with("plenum: die Standardausgabe lässt sich nicht schreiben: der Datenträger ist voll"),
        "{}",
        out.stderr
    );
}

#[test]
fn dash_means_stdout_for_output_and_stdin_for_check_and_export() {
    let sandbox = sandbox_with_a_session();
    let session = fs::read(sandbox.work().join("w.ron")).expect("read");

    let out = run(sandbox.plenum().args(["export", "w.ron", "-o", "-"]));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.starts_with("# Werkstatt"), "{}", out.stdout);
    assert!(!sandbox.work().join("-").exists(), "no file named -");

    let out = run(sandbox.plenum().args(["check", "-"]).write_stdin(session.clone()));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.starts_with("ok: -: \"Werkstatt\""), "{}", out.stdout);

    let out = run(sandbox
        .plenum()
        .args(["export", "-", "--format", "json"])
        .write_stdin(session.clone()));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON on stdout");
    assert_eq!(json["session"]["title"], "Werkstatt");

    let out = run(sandbox
        .plenum()
        .args(["export", "-", "-o", "aus.md"])
        .write_stdin(session));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        fs::read_to_string(sandbox.work().join("aus.md"))
            .expect("written")
            .starts_with("# Werkstatt")
    );

    let out = run(sandbox
        .plenum()
        .args(["check", "-"])
        .write_stdin("(version: 1, kaputt"));
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.starts_with("plenum: -:1:"), "{}", out.stderr);
    let out = run(sandbox.plenum().args(["check", "-"]).write_stdin(""));
    assert_eq!(out.stderr, "plenum: -:1:1: the file is empty\n");
}

// ------------------------------------------------ escaping what files hold

const EVIL_NAME: &str = "x\u{1b}]2;PWNED\u{7}\u{1b}[2Jy.ron";
const EVIL_SHOWN: &str = "x\\e]2;PWNED\\u{7}\\e[2Jy.ron";

/// No escape, bell or other control byte but line breaks and tabs.
fn assert_no_raw_controls(what: &str, text: &str) {
    let raw: Vec<char> = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .collect();
    assert!(raw.is_empty(), "{what}: raw {raw:?} in {text:?}");
}

#[test]
fn a_file_name_with_escape_sequences_is_printed_escaped() {
    let sandbox = Sandbox::new();
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/demo.ron");
    let evil = sandbox.sessions().join(EVIL_NAME);
    fs::copy(&demo, &evil).expect("copy the demo");
    let dir = sandbox.sessions();
    let runs = [
        vec!["list".to_string()],
        vec!["check".into(), evil.display().to_string()],
        vec![
            "actions".into(),
            "--format".into(),
            "csv".into(),
            "--today".into(),
            "2026-12-01".into(),
        ],
        vec!["actions".into(), "--today".into(), "2026-12-01".into()],
    ];
    for args in runs {
        let out = run(sandbox.plenum().arg("--dir").arg(&dir).args(&args));
        assert_eq!(out.code, Some(0), "{args:?}: {}", out.stderr);
        assert_no_raw_controls(&format!("{args:?} stdout"), &out.stdout);
        assert_no_raw_controls(&format!("{args:?} stderr"), &out.stderr);
        if args[0] != "actions" || args.len() > 3 && args[2] == "csv" {
            assert!(out.stdout.contains(EVIL_SHOWN), "{args:?}: {}", out.stdout);
        }
    }
    // The CSV stays data a spreadsheet can read: only the file column shows the escapes.
    let out = run(sandbox.plenum().arg("--dir").arg(&dir).args([
        "actions",
        "--format",
        "csv",
        "--today",
        "2026-12-01",
    ]));
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let headers = reader.headers().expect("a header").clone();
    let file = headers
        .iter()
        .position(|h| h == "session_file")
        .expect("a session_file column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a record")).collect();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|row| row[file].ends_with(EVIL_SHOWN)), "{rows:?}");

    // A broken file under that name is reported escaped too.
    fs::write(&evil, "(version: 1, kaputt").expect("write");
    for args in [vec!["list"], vec!["actions"]] {
        let out = run(sandbox.plenum().arg("--dir").arg(&dir).args(&args));
        assert_no_raw_controls(&format!("{args:?} stdout"), &out.stdout);
        assert_no_raw_controls(&format!("{args:?} stderr"), &out.stderr);
        assert!(
            out.stdout.contains(EVIL_SHOWN) || out.stderr.contains(EVIL_SHOWN),
            "{args:?}: {} {}",
            out.stdout,
            out.stderr
        );
    }
    let out = run(sandbox.plenum().arg("check").arg(&evil));
    assert_eq!(out.code, Some(1));
    assert_no_raw_controls("check stderr", &out.stderr);
    assert!(out.stderr.contains(EVIL_SHOWN), "{}", out.stderr);
}

#[test]
fn a_broken_id_or_argument_gives_an_error_without_raw_control_bytes() {
    let sandbox = Sandbox::new();
    let path = sandbox.future_workshop("w.ron");
    let text = fs::read_to_string(&path).expect("read");
    let first_id = text
        .split("id: \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("an id");
    let broken = text.replacen(first_id, "\\u{1b}[2J\\u{1b}]2;PWNED\\u{7}", 1);
    sandbox.write("kaputt.ron", &broken);
    for lang in ["en", "de"] {
        let out = run(sandbox.plenum().args(["--lang", lang, "check", "kaputt.ron"]));
        assert_eq!(out.code, Some(1), "{}", out.stderr);
        assert!(out.stderr.starts_with("plenum: kaputt.ron:"), "{}", out.stderr);
        assert_no_raw_controls("check", &out.stderr);
    }
    // A file name with a line break cannot forge a second message line.
    let out = run(sandbox.plenum().args(["check", "a\nplenum: b.ron"]));
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(
        out.stderr
            .starts_with("plenum: a\\nplenum: b.ron: could not read"),
        "{}",
        out.stderr
    );
    for args in [
        ["suggest", "w.ron", "--phase", "\u{1b}[2J"],
        ["import", "w.ron", "--phase", "\u{1b}[2J"],
        ["export", "\u{1b}[2J.ron", "--format", "md"],
    ] {
        let mut cmd = sandbox.plenum();
        cmd.args(args);
        if args[0] == "import" {
            cmd.arg("-").write_stdin("eine Idee\n");
        }
        let out = run(&mut cmd);
        assert_eq!(out.code, Some(1), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("\\e[2J"), "{args:?}: {}", out.stderr);
        assert_no_raw_controls(&format!("{args:?}"), &out.stderr);
    }
}

// ------------------------------------- completions, man page, colour, paths

#[test]
fn completions_for_every_shell_and_the_bash_script_parses() {
    let sandbox = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = run(sandbox.plenum().args(["completions", shell]));
        assert_eq!(out.code, Some(0), "{shell}: {}", out.stderr);
        assert!(out.stdout.contains("plenum"), "{shell}");
        for sub in ["check", "export", "paths", "completions"] {
            assert!(out.stdout.contains(sub), "{shell} lacks {sub}");
        }
    }
    let script = run(sandbox.plenum().args(["completions", "bash"])).stdout;
    let path = sandbox.write("plenum.bash", &script);
    let parsed = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .expect("bash runs");
    assert!(
        parsed.status.success(),
        "{}",
        String::from_utf8_lossy(&parsed.stderr)
    );
    // Sourcing it registers the completion function for plenum.
    let sourced = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("source {} && complete -p plenum", path.display()))
        .output()
        .expect("bash runs");
    assert!(
        sourced.status.success(),
        "{}",
        String::from_utf8_lossy(&sourced.stderr)
    );
    assert!(String::from_utf8_lossy(&sourced.stdout).contains("plenum"));

    let out = run(sandbox.plenum().args(["completions", "tcsh"]));
    assert_eq!(out.code, Some(2));
}

#[test]
fn the_man_page_is_roff_with_every_subcommand() {
    let sandbox = Sandbox::new();
    let out = run(sandbox.plenum().arg("man"));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        out.stdout.starts_with(".TH"),
        "{}",
        &out.stdout[..80.min(out.stdout.len())]
    );
    for word in [
        ".SH NAME",
        "plenum",
        "check",
        "export",
        "completions",
        "\\-\\-color",
    ] {
        assert!(out.stdout.contains(word), "the man page lacks {word}");
    }
    let german = run(sandbox.plenum().args(["--lang", "de", "man"]));
    assert!(german.stdout.starts_with(".TH"));
    assert!(
        german.stdout.contains("Sitzungsdatei"),
        "the German page is German"
    );
}

#[test]
fn color_always_and_never_beside_no_color() {
    let sandbox = Sandbox::new();
    let has_escape = |text: &str| text.contains('\u{1b}');
    // A usage error: clap colours it when asked to.
    let always = run(sandbox
        .plenum()
        .env_remove("NO_COLOR")
        .args(["--color", "always", "check"]));
    assert_eq!(always.code, Some(2));
    assert!(has_escape(&always.stderr), "{:?}", always.stderr);
    let never = run(sandbox
        .plenum()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .args(["--color", "never", "check"]));
    assert_eq!(never.code, Some(2));
    assert!(!has_escape(&never.stderr), "{:?}", never.stderr);
    let no_color = run(sandbox.plenum().env("CLICOLOR_FORCE", "1").args(["check"]));
    assert!(!has_escape(&no_color.stderr), "NO_COLOR: {:?}", no_color.stderr);
    // Help on standard output.
    let always = run(sandbox.plenum().args(["--color", "always", "--help"]));
    assert!(has_escape(&always.stdout));
    let never = run(sandbox.plenum().args(["--color=never", "--help"]));
    assert!(!has_escape(&never.stdout));
    let bad = run(sandbox.plenum().args(["--color", "bunt", "list"]));
    assert_eq!(bad.code, Some(2));
    assert!(bad.stderr.contains("always"), "{}", bad.stderr);
}

#[test]
fn paths_names_every_place_and_whether_it_exists() {
    let sandbox = Sandbox::new();
    fs::create_dir_all(sandbox.path("config/plenum/themes")).expect("themes folder");
    let out = run(sandbox
        .plenum()
        .env("PLENUM_DIR", sandbox.sessions())
        .arg("paths"));
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let config = sandbox.path("config/plenum");
    let expect = [
        ("Sessions", sandbox.sessions(), "exists"),
        ("Settings", config.clone(), "exists"),
        ("Themes", config.join("themes"), "exists"),
        ("Templates", config.join("templates"), "does not exist yet"),
        ("Keymap", config.join("keymap.ron"), "does not exist yet"),
    ];
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), expect.len(), "{}", out.stdout);
    for (line, (label, path, state)) in lines.iter().zip(expect) {
        assert!(line.starts_with(label), "{line}");
        assert!(line.ends_with(&format!("{} ({state})", path.display())), "{line}");
    }
    let german = run(sandbox.plenum().args(["--lang", "de", "--dir", "fehlt", "paths"]));
    assert!(german.stdout.starts_with("Sitzungen"), "{}", german.stdout);
    assert!(
        german.stdout.contains("fehlt (noch nicht vorhanden)"),
        "{}",
        german.stdout
    );
    assert!(german.stdout.contains("Tastenbelegung"), "{}", german.stdout);
}

// -------------------------------------------------- one language per run

/// English that must not appear in a German run (whole words, any case).
const ENGLISH: [&str; 25] = [
    "the",
    "could",
    "not",
    "file",
    "error",
    "usage",
    "options",
    "arguments",
    "commands",
    "print",
    "help",
    "ideas",
    "idea",
    "of",
    "to",
    "and",
    "with",
    "is",
    "added",
    "unknown",
    "expected",
    "unexpected",
    "missing",
    "no",
    "such",
];

fn assert_german(what: &str, text: &str) {
    // Option names are the same in every language.
    let text = text.replace("--help", "");
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    for english in ENGLISH {
        assert!(
            !words.iter().any(|w| w == english),
            "{what}: English {english:?} in:\n{text}"
        );
    }
}

/// `plenum` once with `--lang de`, once with `LANG=de_DE.UTF-8`.
fn in_german(sandbox: &Sandbox, args: &[&str]) -> [Run; 2] {
    let flag = run(sandbox.plenum().arg("--lang").arg("de").args(args));
    let locale = run(sandbox.plenum().env("LANG", "de_DE.UTF-8").args(args));
    [flag, locale]
}

#[test]
fn check_list_import_and_suggest_speak_german_when_asked() {
    let sandbox = Sandbox::new();
    sandbox.future_workshop("w.ron");
    fs::copy(sandbox.work().join("w.ron"), sandbox.sessions().join("w.ron")).expect("copy");
    sandbox.write(
        "ideen.txt",
        "Mehr Homeoffice\nBessere Laptops\nMehr Homeoffice-Tage\n",
    );
    sandbox.write("leer.ron", "");
    let dir = sandbox.sessions().display().to_string();

    for out in in_german(&sandbox, &["check", "w.ron"]) {
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(
            out.stdout.starts_with("in Ordnung: w.ron: \"Werkstatt\""),
            "{}",
            out.stdout
        );
        assert!(out.stdout.contains("Teilnehmende"), "{}", out.stdout);
        assert_german("check", &out.stdout);
    }
    for out in in_german(&sandbox, &["--dir", &dir, "list"]) {
        assert!(out.stdout.starts_with("GEÄNDERT"), "{}", out.stdout);
        assert_german("list", &out.stdout.replace("w.ron", ""));
    }
    for out in in_german(&sandbox, &["--dir", "leer", "list"]) {
        assert!(
            out.stdout.starts_with("Noch keine Sitzungen in leer."),
            "{}",
            out.stdout
        );
    }
    let [flag, locale] = in_german(&sandbox, &["import", "w.ron", "--phase", "2", "ideen.txt"]);
    for out in [flag, locale] {
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(out.stdout.starts_with("3 Ideen zu Phase 2"), "{}", out.stdout);
        assert!(out.stdout.contains("hinzugefügt"), "{}", out.stdout);
        assert_german("import", &out.stdout);
    }
    for out in in_german(&sandbox, &["suggest", "w.ron", "--phase", "2"]) {
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(out.stdout.contains("Vorschl"), "{}", out.stdout);
        assert!(out.stdout.contains("Ideen ohne Cluster"), "{}", out.stdout);
        assert_german("suggest", &out.stdout.replace("Homeoffice", ""));
    }

    // Errors: a missing file, an empty one, a file that is not a session,
    // a bad phase, a bad import file, a parser error of the command line.
    sandbox.write("kaputt.ron", "(version: 1, title: \"x\", unbekannt: 3)");
    sandbox.write("latin1.txt", b"Gr\xfc\xdfe\n");
    let failing: [&[&str]; 8] = [
        &["check", "fehlt.ron"],
        &["check", "leer.ron"],
        &["check", "kaputt.ron"],
        &["import", "w.ron", "--phase", "9", "ideen.txt"],
        &["import", "w.ron", "--phase", "2", "latin1.txt"],
        &["suggest", "w.ron", "--phase", "x"],
        &["export", "w.ron", "--format", "pdf"],
        &["lsit"],
    ];
    for args in failing {
        for out in in_german(&sandbox, args) {
            assert_ne!(out.code, Some(0), "{args:?}");
            assert!(out.stderr.starts_with("plenum: "), "{args:?}: {}", out.stderr);
            assert_german(&format!("{args:?}"), &out.stderr);
        }
    }
    let [flag, _] = in_german(&sandbox, &["check", "fehlt.ron"]);
    assert_eq!(
        flag.stderr,
        "plenum: fehlt.ron: Datei oder Ordner nicht vorhanden\n"
    );
    let [flag, _] = in_german(&sandbox, &["check", "leer.ron"]);
    assert_eq!(flag.stderr, "plenum: leer.ron:1:1: die Datei ist leer\n");
    // English stays English, whatever language the session is in.
    let english = run(sandbox.plenum().args(["check", "w.ron"]));
    assert!(
        english.stdout.starts_with("ok: w.ron: \"Werkstatt\""),
        "{}",
        english.stdout
    );
    let english = run(sandbox.plenum().args(["check", "fehlt.ron"]));
    assert!(
        english.stderr.starts_with("plenum: fehlt.ron: could not read"),
        "{}",
        english.stderr
    );
}

#[test]
fn help_is_german_where_clap_allows() {
    let sandbox = Sandbox::new();
    let commands: [&[&str]; 6] = [
        &["--help"],
        &["-h"],
        &["check", "--help"],
        &["export", "--help"],
        &["import", "--help"],
        &["help", "suggest"],
    ];
    for args in commands {
        for out in in_german(&sandbox, args) {
            assert_eq!(out.code, Some(0), "{args:?}: {}", out.stderr);
            assert!(out.stdout.contains("Aufruf: plenum"), "{args:?}: {}", out.stdout);
            assert!(out.stdout.contains("Optionen:"), "{args:?}: {}", out.stdout);
            for english in [
                "Usage:",
                "Options:",
                "Arguments:",
                "Commands:",
                "Print help",
                "[default:",
                "[possible values:",
            ] {
                assert!(
                    !out.stdout.contains(english),
                    "{args:?}: {english} in\n{}",
                    out.stdout
                );
            }
        }
    }
    let [top, _] = in_german(&sandbox, &["--help"]);
    assert!(top.stdout.contains("Befehle:"), "{}", top.stdout);
    assert!(
        top.stdout.contains("Eine Sitzung in der App öffnen."),
        "{}",
        top.stdout
    );
    let [export, _] = in_german(&sandbox, &["export", "--help"]);
    assert!(
        export.stdout.contains("[mögliche Werte: md, json, csv]"),
        "{}",
        export.stdout
    );
    // And English help stays clap's own.
    let english = run(sandbox.plenum().arg("--help"));
    assert!(english.stdout.contains("Usage: plenum"), "{}", english.stdout);
    assert!(
        english.stdout.contains("Open a session in the app."),
        "{}",
        english.stdout
    );
}

/// Whether any screen the app drew used a colour.
#[derive(Default)]
struct ColourSeen(bool);

impl common::pty::Watch for ColourSeen {
    fn saw(&mut self, screen: &vt100::Screen) {
        let (rows, cols) = screen.size();
        for row in 0..rows.get() {
            for col in 0..cols.get() {
                if let Some(cell) = screen.cell(row, col)
                    && (cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default)
                {
                    self.0 = true;
                }
            }
        }
    }
}

#[test]
fn the_app_draws_without_colour_with_color_never() {
    let home = tempfile::tempdir().expect("a home folder");
    let sessions = home.path().join("sessions");
    let mut colours = Vec::new();
    for flag in ["never", "auto"] {
        let args = [
            std::ffi::OsStr::new("--dir"),
            sessions.as_os_str(),
            std::ffi::OsStr::new("--color"),
            std::ffi::OsStr::new(flag),
        ];
        let mut pty = common::pty::Pty::spawn(home.path(), args, "en_US.UTF-8", ColourSeen::default());
        pty.wait_for("New session");
        pty.send("q");
        assert!(pty.wait_for_exit().success());
        colours.push(pty.watch.0);
    }
    assert_eq!(
        colours,
        [false, true],
        "--color never draws no colour, auto (without NO_COLOR) does"
    );
}

#[test]
fn every_broken_fixture_is_reported_in_german_with_its_position() {
    let sandbox = Sandbox::new();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut checked = 0;
    for entry in fs::read_dir(&folder).expect("the fixtures") {
        let path = entry.expect("an entry").path();
        let out = run(sandbox
            .plenum()
            .env("LANG", "de_DE.UTF-8")
            .arg("check")
            .arg(&path));
        assert_eq!(out.code, Some(1), "{}", path.display());
        let prefix = format!("plenum: {}:", path.display());
        let message = out
            .stderr
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{}", out.stderr));
        let (line, rest) = message.split_once(':').expect("a line");
        let (column, _) = rest.split_once(": ").expect("a column");
        assert!(
            line.parse::<u32>().is_ok() && column.parse::<u32>().is_ok(),
            "{}",
            out.stderr
        );
        assert_german(&path.display().to_string(), message);
        checked += 1;
    }
    assert!(checked >= 10, "{checked} fixtures");
}

#[test]
fn the_app_without_a_terminal_says_so_in_the_run_language() {
    let sandbox = Sandbox::new();
    let english = run(sandbox.plenum().write_stdin(""));
    assert_eq!(english.code, Some(1));
    assert!(
        english
            .stderr
            .starts_with("plenum: the app needs an interactive terminal"),
        "{}",
        english.stderr
    );
    for out in in_german(&sandbox, &[]) {
        assert_eq!(out.code, Some(1));
        assert!(
            out.stderr
                .starts_with("plenum: die App braucht ein interaktives Terminal"),
            "{}",
            out.stderr
        );
    }
    for out in in_german(&sandbox, &["fehlt.ron"]) {
        assert_eq!(
            out.stderr,
            "plenum: fehlt.ron: keine solche Sitzungsdatei (die Befehle: plenum --help)\n"
        );
    }
}

#[test]
fn a_session_the_app_cannot_open_is_reported_in_the_run_language() {
    let home = tempfile::tempdir().expect("a home folder");
    let empty = home.path().join("leer.ron");
    fs::write(&empty, "").expect("write");
    let mut pty = common::pty::Pty::spawn(home.path(), [empty.as_os_str()], "de_DE.UTF-8", ());
    pty.wait_for("leer.ron:1:1: die Datei ist leer");
    assert!(!pty.wait_for_exit().success());
    assert_eq!(fs::read(&empty).expect("read"), b"", "the file is left alone");
}
