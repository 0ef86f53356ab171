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
        file: "truncated.ron",
        at: |text| (text.lines().count(), None),
        says: "ends too early",
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
        let again = store::parse_session(&store::to_ron(&session))
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
        // Opening for editing takes a lock beside the file, so it runs on a
        // copy to keep the source tree clean.
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
        // Nothing else (no temp file, no backup) appeared beside it, apart
        // from the lock file.
        for entry in fs::read_dir(scratch.path()).expect("scratch") {
            let entry = entry.expect("entry").path();
            let expected = fixtures("invalid").iter().any(|f| {
                let copy = scratch.path().join(name(f));
                entry == copy || entry == store::file::lock_path(&copy)
            });
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
