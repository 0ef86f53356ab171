//! Session file fixtures: every file in `tests/fixtures/valid/` loads (and
//! saves back to an equal session); every file in `tests/fixtures/invalid/`
//! gives an error naming the file, line and column, and is left byte for
//! byte as it was, also after an attempt to open it for editing.

use plenum::store::{self, SessionFile, StoreError};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable folder").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

fn name(path: &Path) -> String {
    path.file_name().expect("a file").to_string_lossy().into_owned()
}

/// 1-based line and column (in characters) of a byte offset in `text`.
fn position_of(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Where the error must point, and words its message must contain.
struct Expectation {
    file: &'static str,
    /// `Some((line, Some(column)))`; the column is left out where RON decides
    /// it (it reports the start of a token or the blank before it).
    at: fn(&str) -> (usize, Option<usize>),
    says: &'static str,
}

fn start(_: &str) -> (usize, Option<usize>) {
    (1, Some(1))
}

fn line_of(text: &str, needle: &str) -> usize {
    let byte = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the fixture"));
    position_of(text, byte).0
}

const EXPECTATIONS: &[Expectation] = &[
    Expectation {
        file: "binary-garbage.ron",
        at: start,
        says: "not a text file",
    },
    Expectation {
        file: "blank.ron",
        at: start,
        says: "empty",
    },
    Expectation {
        file: "dangling-reference.ron",
        at: |text| {
            let (line, column) = position_of(text, text.find("00000000dead").expect("dead id") - 24);
            (line, Some(column))
        },
        says: "no such cluster",
    },
    Expectation {
        file: "duplicate-id.ron",
        at: |text| {
            let second = text
                .match_indices("00000000-0000-0000-0000-000000004006")
                .nth(1)
                .expect("the id twice");
            let (line, column) = position_of(text, second.0);
            (line, Some(column))
        },
        says: "already taken",
    },
    Expectation {
        file: "empty.ron",
        at: start,
        says: "empty",
    },
    Expectation {
        file: "foreign-json.ron",
        at: start,
        says: "Expected opening `(`",
    },
    Expectation {
        file: "foreign.ron",
        at: start,
        says: "not a plenum session file",
    },
    Expectation {
        file: "newer-version.ron",
        at: start,
        says: "format version 99",
    },
    Expectation {
        file: "tally-mismatch.ron",
        at: |text| (line_of(text, "title: \"Was stört am meisten?\""), None),
        says: "the tally is not the sum of the ballots",
    },
    Expectation {
        file: "text-too-long.ron",
        at: |text| {
            let text_line = line_of(text, "Telefonzeiten sind zu knapp. Telefonzeiten");
            // The error points at the idea's id, the line before its phase and text.
            let before = &text[..text.find("Telefonzeiten sind zu knapp. ").expect("the long text")];
            let id_line = before
                .rfind("id: ")
                .map(|i| position_of(text, i).0)
                .expect("an id");
            assert!(id_line < text_line);
            (id_line, None)
        },
        says: "more than the 20000 plenum takes",
    },
    Expectation {
        file: "truncated.ron",
        at: |text| (text.lines().count(), None),
        says: "ends too early",
    },
    Expectation {
        file: "unknown-field.ron",
        at: |text| {
            let (line, column) = position_of(text, text.find("facilitatr").expect("the misspelt field"));
            (line, Some(column))
        },
        says: "Unexpected field named `facilitatr`",
    },
    Expectation {
        file: "unknown-language.ron",
        at: |text| (line_of(text, "language: fr"), None),
        says: "`fr`",
    },
    Expectation {
        file: "version-zero.ron",
        at: start,
        says: "version 0",
    },
    Expectation {
        file: "wrong-types.ron",
        at: |text| (line_of(text, "\"45\""), None),
        says: "Expected integer",
    },
];

#[test]
fn valid_fixtures_load_and_save_back_unchanged() {
    for path in fixtures("valid") {
        let session = store::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(session.validate(), Ok(()), "{}", path.display());
        let again = store::parse_session(&store::to_ron(&session).expect("serialises"))
            .unwrap_or_else(|e| panic!("{}: saved form does not load: {e}", path.display()));
        assert_eq!(again, session, "{}", path.display());
    }
}

#[test]
fn windows_editor_fixture_really_has_a_bom_and_crlf() {
    // Guards the fixture itself: if an editor "fixes" it, the test above
    // would no longer cover byte-order marks and CRLF.
    let bytes =
        fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/windows-editor.ron"))
            .expect("fixture");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert!(bytes.windows(2).any(|w| w == b"\r\n"));
}

#[test]
fn every_invalid_fixture_has_an_expectation_and_every_expectation_a_fixture() {
    let files: Vec<String> = fixtures("invalid").iter().map(|p| name(p)).collect();
    let expected: Vec<String> = EXPECTATIONS.iter().map(|e| e.file.to_string()).collect();
    assert_eq!(files, expected);
}

#[test]
fn invalid_fixtures_name_file_line_and_column() {
    for path in fixtures("invalid") {
        let file = name(&path);
        let expectation = EXPECTATIONS
            .iter()
            .find(|e| e.file == file)
            .unwrap_or_else(|| panic!("no expectation for {file}"));
        let error = match store::load(&path) {
            Ok(_) => panic!("{file} loaded, but it is broken"),
            Err(error) => error,
        };
        assert!(matches!(error, StoreError::Format { .. }), "{file}: {error:?}");
        let message = error.to_string();
        let prefix = format!("{}:", path.display());
        let rest = message
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{file}: message does not start with the path: {message}"));
        let mut parts = rest.splitn(3, ':');
        let line: usize = parts
            .next()
            .and_then(|l| l.parse().ok())
            .unwrap_or_else(|| panic!("{message}"));
        let column: usize = parts
            .next()
            .and_then(|c| c.parse().ok())
            .unwrap_or_else(|| panic!("{message}"));
        let what = parts.next().unwrap_or_default();
        assert!(
            what.starts_with(' ') && what.trim().len() > 5,
            "{file}: no explanation: {message}"
        );
        assert!(
            what.contains(expectation.says),
            "{file}: {message:?} lacks {:?}",
            expectation.says
        );

        let text = String::from_utf8_lossy(&fs::read(&path).expect("fixture")).into_owned();
        let (want_line, want_column) = (expectation.at)(&text);
        assert_eq!(line, want_line, "{file}: wrong line in {message}");
        if let Some(want_column) = want_column {
            assert_eq!(column, want_column, "{file}: wrong column in {message}");
        }
    }
}

#[test]
fn invalid_fixtures_stay_byte_for_byte_unchanged() {
    let scratch = tempfile::tempdir().expect("temp dir");
    for path in fixtures("invalid") {
        let original = fs::read(&path).expect("fixture");
        // Loading reads only.
        assert!(store::load(&path).is_err());
        assert_eq!(fs::read(&path).expect("fixture"), original, "{}", path.display());
        // Opening for editing runs on a copy, to see what appears beside it.
        let copy = scratch.path().join(name(&path));
        fs::write(&copy, &original).expect("copy");
        let opened = SessionFile::open(&copy);
        assert!(opened.is_err(), "{} opened", path.display());
        drop(opened);
        assert_eq!(
            fs::read(&copy).expect("copy"),
            original,
            "{} changed",
            path.display()
        );
        // Nothing else (no temp file, no backup, no lock file) appeared
        // beside it.
        for entry in fs::read_dir(scratch.path()).expect("scratch") {
            let entry = entry.expect("entry").path();
            let expected = fixtures("invalid")
                .iter()
                .any(|f| entry == scratch.path().join(name(f)));
            assert!(expected, "unexpected file {}", entry.display());
        }
    }
}

#[test]
fn check_reports_invalid_fixtures_on_stderr_with_exit_code_1() {
    for path in fixtures("invalid") {
        let output = assert_cmd::Command::cargo_bin("plenum")
            .expect("binary")
            .arg("check")
            .arg(&path)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with(&format!("plenum: {}:", path.display())),
            "{}: {stderr}",
            path.display()
        );
        assert!(output.stdout.is_empty(), "{}", path.display());
    }
}

// ----- Loaders under fuzzing: sessions, themes and keymaps -----

use plenum::tui::keymap::Keymap;
use plenum::tui::theme::Theme;
use proptest::prelude::*;

/// A keymap with overrides in several modes, the seed for mutations.
const KEYMAP: &str = r#"(
    board: { "F3": show_actions, "Ctrl+k": ignore_key },
    actions: { "x": delete_action },
    answer: { "9": pick_answer(4) },
)"#;

/// Ways a file gets damaged: a flipped byte, a cut, a doubled or a lost
/// piece, foreign bytes, a truncation.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, byte: u8 },
    Delete { at: usize, len: usize },
    Duplicate { at: usize, len: usize },
    Insert { at: usize, bytes: Vec<u8> },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 1..200usize).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        (
            any::<usize>(),
            prop_oneof![
                prop::collection::vec(any::<u8>(), 1..8),
                prop::sample::select(vec![
                    b"(".to_vec(),
                    b")".to_vec(),
                    b"\"".to_vec(),
                    b"[".to_vec(),
                    b",".to_vec(),
                    b"version: 99,".to_vec(),
                    b"extends: \"x\",".to_vec(),
                    b"\\u{1b}".to_vec(),
                    "\u{202e}".as_bytes().to_vec(),
                ]),
            ]
        )
            .prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Flip { at, byte } => {
                if !bytes.is_empty() {
                    let i = at % bytes.len();
                    bytes[i] ^= byte | 1;
                }
            }
            Mutation::Delete { at, len: n } => {
                let start = at % len;
                let end = (start + n).min(bytes.len());
                bytes.drain(start.min(bytes.len())..end);
            }
            Mutation::Duplicate { at, len: n } => {
                let start = (at % len).min(bytes.len());
                let end = (start + n).min(bytes.len());
                let piece = bytes[start..end].to_vec();
                bytes.splice(end..end, piece);
            }
            Mutation::Insert { at, bytes: new } => {
                let i = (at % len).min(bytes.len());
                bytes.splice(i..i, new.iter().copied());
            }
            Mutation::Truncate { at } => bytes.truncate(at % len),
        }
    }
    bytes
}

fn seed_sessions() -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = fixtures("valid")
        .iter()
        .map(|p| fs::read(p).expect("fixture"))
        .collect();
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/demo.ron");
    seeds.push(fs::read(demo).expect("the demo session"));
    seeds
}

fn seed_themes() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes");
    let mut themes: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("themes folder")
        .map(|e| e.expect("entry").path())
        .collect();
    themes.sort();
    themes.iter().map(|p| fs::read(p).expect("theme")).collect()
}

/// Inputs per loader; the README's Reliability section states the total.
const CASES: u32 = 250;

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn damaged_session_files_give_errors_and_stay_untouched(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let seeds = seed_sessions();
        let bytes = mutate(seeds[seed.index(seeds.len())].clone(), &mutations);
        let _ = plenum::store::parse_bytes(&bytes);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("fuzz.ron");
        fs::write(&path, &bytes).expect("write");
        let _ = store::load(&path);
        drop(SessionFile::open_or_read_only(&path));
        prop_assert_eq!(fs::read(&path).expect("read"), bytes);
        let left: Vec<_> = fs::read_dir(dir.path()).expect("folder").collect();
        prop_assert_eq!(left.len(), 1, "nothing appeared beside the file");
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_session_parser(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = plenum::store::parse_bytes(&bytes);
    }

    #[test]
    fn damaged_theme_files_fall_back_and_stay_untouched(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let seeds = seed_themes();
        let bytes = mutate(seeds[seed.index(seeds.len())].clone(), &mutations);
        let config = tempfile::tempdir().expect("temp dir");
        fs::create_dir(config.path().join("themes")).expect("themes folder");
        let path = config.path().join("themes/fuzz.ron");
        fs::write(&path, &bytes).expect("write");
        let _ = Theme::load(Some("fuzz"), Some(config.path()), false);
        prop_assert_eq!(fs::read(&path).expect("read"), bytes);
    }

    #[test]
    fn damaged_keymaps_fall_back_and_stay_untouched(mutations in prop::collection::vec(mutation(), 1..4)) {
        let bytes = mutate(KEYMAP.as_bytes().to_vec(), &mutations);
        let config = tempfile::tempdir().expect("temp dir");
        let path = config.path().join("keymap.ron");
        fs::write(&path, &bytes).expect("write");
        let _ = Keymap::load(Some(config.path()));
        prop_assert_eq!(fs::read(&path).expect("read"), bytes);
    }
}

#[test]
fn the_keymap_seed_is_valid_so_mutations_start_from_a_real_file() {
    let config = tempfile::tempdir().expect("temp dir");
    fs::write(config.path().join("keymap.ron"), KEYMAP).expect("write");
    let (_, problem) = Keymap::load(Some(config.path()));
    assert_eq!(problem, None);
}

/// Runs `load` on another thread and fails instead of hanging the suite.
#[cfg(unix)]
fn without_hanging<T: Send + 'static>(what: &str, load: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || send.send(load()));
    receive
        .recv_timeout(std::time::Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("{what} hangs"))
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo");
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn a_keymap_or_theme_that_is_a_pipe_is_refused_with_a_message() {
    let config = tempfile::tempdir().expect("temp dir");
    mkfifo(&config.path().join("keymap.ron"));
    fs::create_dir(config.path().join("themes")).expect("themes");
    mkfifo(&config.path().join("themes/pipe.ron"));
    let dir = config.path().to_path_buf();
    let (_, problem) = without_hanging("loading a FIFO keymap", move || Keymap::load(Some(&dir)));
    let problem = problem.expect("a message");
    assert!(
        problem.contains("keymap.ron") && problem.contains("not a regular file"),
        "{problem}"
    );
    let dir = config.path().to_path_buf();
    let (_, problems) = without_hanging("loading a FIFO theme", move || {
        Theme::load(Some("pipe"), Some(&dir), false)
    });
    let message = problems.first().expect("a problem").to_string();
    assert!(
        message.contains("pipe.ron") && message.contains("not a regular file"),
        "{message}"
    );
}

#[test]
fn a_theme_that_extends_itself_says_so() {
    let config = tempfile::tempdir().expect("temp dir");
    fs::create_dir(config.path().join("themes")).expect("themes");
    fs::write(
        config.path().join("themes/meins.ron"),
        "(extends: \"meins\", heading: (fg: \"red\"))",
    )
    .expect("theme");
    let (_, problems) = Theme::load(Some("meins"), Some(config.path()), false);
    let message = problems.first().expect("a problem").to_string();
    assert!(message.contains("extends itself"), "{message}");
    assert!(!message.contains("not found"), "{message}");
}

/// Format version 2 added silent brainwriting to phases and the running
/// countdown (`clock`): every version 1 file reads with brainwriting off and
/// no countdown, and is written back as version 2; a phase in silent capture
/// and a running countdown both survive a save and a load.
#[test]
fn version_1_files_read_as_version_2_and_silent_capture_and_countdown_round_trip() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/future-workshop.ron");
    let text = fs::read_to_string(&path).expect("readable");
    assert!(text.contains("version: 1,"), "the fixture is a version 1 file");
    let mut session = store::parse_session(&text).expect("a version 1 file loads");
    assert_eq!(session.version, 2);
    assert!(session.phases.iter().all(|p| !p.brainwriting));
    assert_eq!(session.clock, None, "no countdown runs in a version 1 file");
    session.phases[1].brainwriting = true;
    let clock = plenum::core::PhaseClock {
        phase: session.phases[0].id,
        running_since: Some("2026-03-12T09:30:00Z".parse().expect("a time")),
        base_seconds: 90,
        extra_seconds: -60,
    };
    session
        .apply(plenum::core::Command::SetClock(Some(clock)))
        .expect("the clock");
    let saved = store::to_ron(&session).expect("serialises");
    assert!(saved.contains("version: 2,") && saved.contains("brainwriting: true"));
    let again = store::parse_session(&saved).expect("loads");
    assert!(again.phases[1].brainwriting && !again.phases[0].brainwriting);
    assert_eq!(again.clock, Some(clock));
}
