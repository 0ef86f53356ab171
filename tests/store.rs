//! Session files on disk: the lock against a second writer, atomic saves
//! that leave no temp files behind, refusing to overwrite somebody else's
//! edit, and failing cleanly in a folder plenum may not write to.

use jiff::Timestamp;
use plenum::core::{Command, Language, MethodTemplate, NewSession, Session};
use plenum::store::{self, SessionFile, StoreError};
use std::fs;
use std::path::Path;

fn session(title: &str) -> Session {
    let template = MethodTemplate::built_in_by_id("retro").expect("retro is built in");
    template.instantiate(
        NewSession {
            title: Some(title.into()),
            language: Language::De,
            participants: vec!["Anna".into(), "Ben".into()],
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    )
}

/// Names in `dir` other than the session files (lock files live elsewhere).
fn stray_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("readable folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| !name.ends_with(".ron") || name.starts_with(".plenum-"))
        .collect()
}

#[test]
fn a_second_open_is_refused_while_the_first_holds_the_lock() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let created = SessionFile::create(&path, &session("Retro")).expect("created");
    match SessionFile::open(&path) {
        Err(StoreError::Locked { path: locked, holder }) => {
            assert_eq!(locked, path);
            let holder = holder.expect("the lock names its holder");
            assert!(holder.contains(&std::process::id().to_string()), "{holder}");
        }
        other => panic!("expected Locked, got {other:?}"),
    }
    drop(created);
    let (reopened, loaded) = SessionFile::open(&path).expect("the lock is released on drop");
    assert_eq!(loaded.title, "Retro");
    assert!(matches!(SessionFile::open(&path), Err(StoreError::Locked { .. })));
    drop(reopened);
    SessionFile::open(&path).expect("released again");
}

#[test]
fn the_locked_message_says_what_to_do() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("a.ron");
    let _held = SessionFile::create(&path, &session("A")).expect("created");
    let error = SessionFile::open(&path).expect_err("locked");
    let message = error.to_string();
    assert!(message.starts_with(&path.display().to_string()), "{message}");
    assert!(message.contains("open in another plenum"), "{message}");
}

#[test]
fn saves_are_atomic_and_leave_no_temp_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let mut session = session("Retro");
    let mut file = SessionFile::create(&path, &session).expect("created");
    for n in 0..20 {
        session
            .apply(Command::SetTitle(format!("Retro {n}")))
            .expect("valid title");
        file.save(&session).expect("saved");
        assert_eq!(store::load(&path).expect("loads").title, format!("Retro {n}"));
    }
    assert_eq!(stray_files(dir.path()), Vec::<String>::new());
    let names: Vec<String> = fs::read_dir(dir.path())
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn opening_a_missing_file_fails_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("vertippt.ron");
    let error = SessionFile::open(&path).expect_err("no such file");
    assert!(matches!(error, StoreError::Io { .. }), "{error:?}");
    assert!(
        error.to_string().starts_with(&path.display().to_string()),
        "{error}"
    );
    let left: Vec<_> = fs::read_dir(dir.path()).expect("folder").collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn create_refuses_to_replace_an_existing_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("taken.ron");
    fs::write(&path, "not mine").expect("write");
    let error = SessionFile::create(&path, &session("Neu")).expect_err("exists");
    assert!(matches!(error, StoreError::Exists { .. }), "{error:?}");
    assert_eq!(fs::read_to_string(&path).expect("read"), "not mine");
}

#[test]
fn a_file_changed_by_another_program_is_not_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let mut session = session("Retro");
    let (mut file, _) = {
        drop(SessionFile::create(&path, &session).expect("created"));
        SessionFile::open(&path).expect("opened")
    };
    // Somebody edits the file by hand (or a sync tool replaces it).
    let edited = fs::read_to_string(&path)
        .expect("read")
        .replace("title: \"Retro\"", "title: \"Retro, von Hand geändert\"");
    fs::write(&path, &edited).expect("edit");
    session
        .apply(Command::SetTitle("Meine Änderung".into()))
        .expect("valid");
    let error = file.save(&session).expect_err("must not overwrite");
    assert!(matches!(error, StoreError::ChangedOnDisk { .. }), "{error:?}");
    assert!(error.to_string().contains("not overwritten"), "{error}");
    assert_eq!(fs::read_to_string(&path).expect("read"), edited);
    assert_eq!(stray_files(dir.path()), Vec::<String>::new());
}

/// Whether permissions stop this process from creating files in a folder
/// that is read-only. They do not for root (or with CAP_DAC_OVERRIDE).
#[cfg(unix)]
fn permissions_bite(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    fs::create_dir(&probe).expect("probe folder");
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o555)).expect("chmod");
    let bites = fs::write(probe.join("x"), "x").is_err();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o755)).expect("chmod back");
    bites
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_an_io_error_and_leaves_the_file_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    if !permissions_bite(dir.path()) {
        println!(
            "SKIPPED: this process ignores folder permissions (running as root?); \
             the read-only folder case cannot be tested here"
        );
        return;
    }
    let folder = dir.path().join("sessions");
    fs::create_dir(&folder).expect("folder");
    let path = folder.join("retro.ron");
    let mut session = session("Retro");
    drop(SessionFile::create(&path, &session).expect("created"));
    let (mut file, _) = SessionFile::open(&path).expect("opened");
    let before = fs::read(&path).expect("read");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).expect("read-only");

    session.apply(Command::SetTitle("Neu".into())).expect("valid");
    let result = file.save(&session);
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).expect("writable again");

    let error = result.expect_err("the folder is read-only");
    assert!(matches!(error, StoreError::Io { .. }), "{error:?}");
    assert!(
        error.to_string().contains(&folder.display().to_string()),
        "{error}"
    );
    assert_eq!(fs::read(&path).expect("read"), before);
    assert_eq!(stray_files(&folder), Vec::<String>::new());
}

#[test]
fn control_characters_in_a_hand_edited_file_never_reach_the_screen() {
    let template = plenum::core::MethodTemplate::built_in_by_id("brainstorm").expect("built in");
    let mut session = template.instantiate(Default::default(), jiff::Timestamp::UNIX_EPOCH);
    session.ideas.push(plenum::core::Idea {
        id: plenum::core::IdeaId::random(),
        phase: session.phases[1].id,
        text: "Zeile 1\n\u{1b}]0;owned\u{7}Zeile 2\u{2028}\u{202E}rechts\u{2066}x\u{2069}".into(),
        authors: vec![],
        cluster: None,
        hidden: false,
    });
    session.title = "Titel\u{1b}[2J".into();
    let loaded =
        plenum::store::parse_session(&plenum::store::to_ron(&session).expect("serialises")).expect("loads");
    assert_eq!(loaded.ideas[0].text, "Zeile 1\n]0;ownedZeile 2\nrechtsx");
    assert_eq!(loaded.title, "Titel[2J");
}

#[test]
fn imported_text_is_cleaned_like_typed_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    drop(SessionFile::create(&path, &session("Retro")).expect("created"));
    let ideas = dir.path().join("ideas.txt");
    fs::write(
        &ideas,
        "Erste\u{202E}Idee\u{2066}!\u{2069}\nZweite\u{2028}Zeile\u{1b}[2J\n\u{1F468}\u{200D}\u{1F469}\n",
    )
    .expect("ideas");
    let output = assert_cmd::Command::cargo_bin("plenum")
        .expect("binary")
        .args(["import", "--phase", "1"])
        .arg(&path)
        .arg(&ideas)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let texts: Vec<String> = store::load(&path)
        .expect("loads")
        .ideas
        .into_iter()
        .map(|idea| idea.text)
        .collect();
    assert_eq!(
        texts,
        ["ErsteIdee!", "Zweite\nZeile[2J", "\u{1F468}\u{200D}\u{1F469}"]
    );
}
