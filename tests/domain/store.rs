//! Session files on disk: the lock against a second writer, atomic saves
//! that leave no temp files behind, refusing to overwrite somebody else's
//! edit, and failing cleanly in a folder plenum may not write to.

use crate::common;

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
fn a_read_only_folder_is_named_as_the_cause_and_the_file_left_alone() {
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
    assert!(matches!(error, StoreError::FolderNotWritable { .. }), "{error:?}");
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

fn add_idea(session: &mut Session, text: &str) {
    let idea = plenum::core::Idea {
        id: plenum::core::IdeaId::random(),
        phase: session.phases[0].id,
        text: text.into(),
        authors: vec![],
        cluster: None,
        hidden: false,
    };
    let index = session.ideas.len();
    session
        .apply(Command::AddIdea { idea, index })
        .expect("valid idea");
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// A small tmpfs mounted for one test (the test runs as root, as CI does):
/// a real full disk and a real read-only drive, no simulation.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// `None` (with a note) where this process may not mount.
    fn mount(size: &str) -> Option<Tmpfs> {
        if !is_root() {
            println!("SKIPPED: mounting a tmpfs needs root (CI runs as root)");
            return None;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let status = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .expect("mount runs");
        assert!(status.success(), "root, but mounting a tmpfs failed");
        Some(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, options: &str) {
        let status = std::process::Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.path())
            .status()
            .expect("mount runs");
        assert!(status.success(), "remount {options}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(self.path()).status();
    }
}

/// Fills the file system of `dir` until it has no room left.
fn fill_disk(dir: &Path) -> std::path::PathBuf {
    use std::io::Write;
    let filler = dir.join("filler.bin");
    let mut file = fs::File::create(&filler).expect("filler");
    let block = vec![0u8; 4096];
    while file.write_all(&block).is_ok() {}
    let _ = file.sync_all();
    filler
}

#[test]
fn a_full_disk_keeps_the_old_file_says_so_and_the_change_lands_when_space_returns() {
    let Some(disk) = Tmpfs::mount("256k") else { return };
    let path = disk.path().join("retro.ron");
    let mut session = session("Retro");
    let mut file = SessionFile::create(&path, &session).expect("created");
    let before = fs::read(&path).expect("read");
    let filler = fill_disk(disk.path());

    add_idea(&mut session, &"Mehr Platz für Ideen. ".repeat(200));
    let error = file.save(&session).expect_err("the disk is full");
    assert!(matches!(error, StoreError::DiskFull { .. }), "{error:?}");
    assert!(error.is_transient(), "worth retrying");
    assert_eq!(fs::read(&path).expect("read"), before, "the old file is intact");
    let names: Vec<String> = stray_files(disk.path());
    assert_eq!(names, ["filler.bin"], "no temp file left");
    let german = plenum::i18n::describe_store_error(Language::De, &error, "Strg+S");
    assert!(
        german.contains("voll") && german.contains("zuletzt gespeicherten Stand"),
        "{german}"
    );
    let english = plenum::i18n::describe_store_error(Language::En, &error, "Ctrl+S");
    assert!(
        english.contains("full") && english.contains("Free some space"),
        "{english}"
    );

    fs::remove_file(&filler).expect("space returns");
    file.save(&session).expect("the retry lands");
    assert_eq!(store::load(&path).expect("loads"), session);
}

#[test]
fn a_failed_create_on_a_full_disk_leaves_nothing_behind() {
    let Some(disk) = Tmpfs::mount("64k") else { return };
    let filler = fill_disk(disk.path());
    let path = disk.path().join("sessions").join("neu.ron");
    let mut big = session("Neu");
    add_idea(&mut big, &"Eine lange Idee. ".repeat(400));
    let error = SessionFile::create(&path, &big).expect_err("no room");
    assert!(
        matches!(error, StoreError::DiskFull { .. } | StoreError::Io { .. }),
        "{error:?}"
    );
    assert!(!store::file::lock_path(&path).exists(), "no lock file left");
    let names: Vec<String> = stray_files(disk.path());
    assert_eq!(names, ["filler.bin"], "no session, temp file or folder left");
    drop(filler);
}

#[test]
fn a_read_only_drive_opens_read_only_and_is_never_written() {
    let Some(disk) = Tmpfs::mount("1m") else { return };
    let path = disk.path().join("retro.ron");
    let mut session = session("Retro");
    let mut writable = SessionFile::create(&path, &session).expect("created");
    let before = fs::read(&path).expect("read");
    disk.remount("ro");

    add_idea(&mut session, "Neu");
    let error = writable.save(&session).expect_err("read-only drive");
    assert!(matches!(error, StoreError::FolderNotWritable { .. }), "{error:?}");
    drop(writable);

    let refused = SessionFile::open(&path).expect_err("not for editing");
    assert!(refused.is_read_only(), "{refused:?}");
    let (mut file, loaded) = SessionFile::open_or_read_only(&path).expect("opens to read");
    assert_eq!(loaded.title, "Retro");
    let reason = file.read_only().expect("read-only");
    assert!(
        matches!(reason, StoreError::FolderNotWritable { .. }),
        "{reason:?}"
    );
    assert!(matches!(
        file.save(&session),
        Err(StoreError::FolderNotWritable { .. })
    ));
    disk.remount("rw");
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_never_replaced_even_by_root() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let mut session = session("Retro");
    let mut file = SessionFile::create(&path, &session).expect("created");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("read-only");
    let before = fs::read(&path).expect("read");

    add_idea(&mut session, "Neu");
    let error = file.save(&session).expect_err("read-only file");
    assert!(matches!(error, StoreError::FileNotWritable { .. }), "{error:?}");
    assert!(!error.is_transient());
    assert_eq!(fs::read(&path).expect("read"), before);
    drop(file);

    let (mut file, _) = SessionFile::open_or_read_only(&path).expect("opens to read");
    assert!(matches!(
        file.read_only(),
        Some(StoreError::FileNotWritable { .. })
    ));
    assert!(file.save(&session).is_err());
    assert_eq!(fs::read(&path).expect("read"), before);
    let german = plenum::i18n::describe_store_error(Language::De, &error, "Strg+S");
    assert!(
        german.contains("schreibgeschützt") && german.contains("chmod u+w"),
        "{german}"
    );
}

/// `chattr +i`, undone when the test ends however it ends.
struct Immutable(std::path::PathBuf);

impl Immutable {
    fn set(path: &Path) -> Option<Immutable> {
        let done = std::process::Command::new("chattr")
            .arg("+i")
            .arg(path)
            .status()
            .is_ok_and(|s| s.success());
        if !done {
            println!("SKIPPED: chattr +i does not work here (needs root and ext4 or tmpfs)");
        }
        done.then(|| Immutable(path.to_path_buf()))
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status();
    }
}

#[test]
fn an_immutable_file_is_named_as_such_not_as_a_read_only_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let mut session = session("Retro");
    let mut file = SessionFile::create(&path, &session).expect("created");
    let before = fs::read(&path).expect("read");
    let Some(_immutable) = Immutable::set(&path) else {
        return;
    };
    add_idea(&mut session, "Neu");
    let error = file.save(&session).expect_err("immutable");
    assert!(matches!(error, StoreError::Immutable { .. }), "{error:?}");
    let english = plenum::i18n::describe_store_error(Language::En, &error, "Ctrl+S");
    assert!(
        english.contains("immutable") && english.contains("chattr -i"),
        "{english}"
    );
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[cfg(unix)]
#[test]
fn as_an_ordinary_user_a_folder_without_write_access_is_named_as_the_cause() {
    use std::os::unix::fs::{PermissionsExt, chown};
    use std::os::unix::process::CommandExt;
    if !is_root() {
        println!("SKIPPED: dropping privileges to uid 65534 needs root");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = dir.path().join("retro.ron");
    drop(SessionFile::create(&path, &session("Retro")).expect("created"));
    // The file belongs to the user, the folder does not.
    chown(&path, Some(65534), Some(65534)).expect("chown");
    let ideas = dir.path().join("ideas.txt");
    fs::write(&ideas, "Neu\n").expect("ideas");
    let before = fs::read(&path).expect("read");
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin!("plenum"))
        .args(["import", "--phase", "1"])
        .arg(&path)
        .arg(&ideas)
        .env_remove("XDG_RUNTIME_DIR")
        .uid(65534)
        .gid(65534)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("may not write in the folder"), "{stderr}");
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[test]
fn an_outside_edit_of_the_same_length_with_the_old_timestamp_is_not_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let mut session = session("Retro");
    drop(SessionFile::create(&path, &session).expect("created"));
    let (mut file, _) = SessionFile::open(&path).expect("opened");
    let modified = fs::metadata(&path).and_then(|m| m.modified()).expect("mtime");
    let edited = fs::read_to_string(&path)
        .expect("read")
        .replace("title: \"Retro\"", "title: \"Retrö\"".replace('ö', "x").as_str());
    assert_eq!(edited.len(), fs::metadata(&path).expect("meta").len() as usize);
    fs::write(&path, &edited).expect("edit");
    fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(modified))
        .expect("old timestamp back");

    add_idea(&mut session, "Meine Änderung");
    let error = file.save(&session).expect_err("must not overwrite");
    assert!(matches!(error, StoreError::ChangedOnDisk { .. }), "{error:?}");
    assert_eq!(fs::read_to_string(&path).expect("read"), edited);
}

#[test]
fn a_file_replaced_by_an_identical_copy_counts_as_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let mut session = session("Retro");
    let mut file = SessionFile::create(&path, &session).expect("created");
    let copy = dir.path().join("copy.tmp");
    fs::copy(&path, &copy).expect("copy");
    fs::rename(&copy, &path).expect("a sync tool replaces the file");
    add_idea(&mut session, "Neu");
    assert!(matches!(
        file.save(&session),
        Err(StoreError::ChangedOnDisk { .. })
    ));
}

#[test]
fn a_file_deleted_while_open_is_reported_not_recreated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let mut session = session("Retro");
    let mut file = SessionFile::create(&path, &session).expect("created");
    fs::remove_file(&path).expect("deleted elsewhere");
    assert!(matches!(file.check_on_disk(), Err(StoreError::Deleted { .. })));
    add_idea(&mut session, "Neu");
    let error = file.save(&session).expect_err("deleted");
    assert!(matches!(error, StoreError::Deleted { .. }), "{error:?}");
    assert!(!path.exists(), "not recreated");
    let german = plenum::i18n::describe_store_error(Language::De, &error, "Strg+S");
    assert!(
        german.contains("gelöscht") && german.contains("Strg+S"),
        "{german}"
    );
    // When the facilitator asks for it, the session is written again.
    file.restore(&session).expect("restored");
    assert_eq!(store::load(&path).expect("loads"), session);
}

#[cfg(unix)]
#[test]
fn a_symlinked_session_is_saved_through_its_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let synced = dir.path().join("synced");
    let sessions = dir.path().join("sessions");
    fs::create_dir(&synced).expect("synced folder");
    fs::create_dir(&sessions).expect("sessions folder");
    let target = synced.join("retro.ron");
    let mut session = session("Retro");
    drop(SessionFile::create(&target, &session).expect("created"));
    let link = sessions.join("retro.ron");
    std::os::unix::fs::symlink("../synced/retro.ron", &link).expect("symlink");

    let (mut file, _) = SessionFile::open(&link).expect("opened through the link");
    assert!(
        matches!(SessionFile::open(&target), Err(StoreError::Locked { .. })),
        "the real name shares the lock"
    );
    add_idea(&mut session, "Über den Link");
    file.save(&session).expect("saved");
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link stays"
    );
    assert_eq!(
        store::load(&target).expect("loads"),
        session,
        "the target holds the change"
    );
    assert_eq!(stray_files(&synced), Vec::<String>::new());
    assert_eq!(stray_files(&sessions), Vec::<String>::new());
}

#[test]
fn saving_an_unchanged_session_writes_nothing_and_keeps_updated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    drop(SessionFile::create(&path, &session("Retro")).expect("created"));
    let (mut file, mut session) = SessionFile::open(&path).expect("opened");
    let before = fs::read(&path).expect("read");
    let inode_before = std::os::unix::fs::MetadataExt::ino(&fs::metadata(&path).expect("meta"));
    // What Ctrl+S does: the time moves on, the content does not.
    session.updated = "2030-01-01T00:00:00Z".parse().expect("time");
    file.save(&session).expect("saved");
    assert_eq!(fs::read(&path).expect("read"), before, "byte for byte the same");
    let inode_after = std::os::unix::fs::MetadataExt::ino(&fs::metadata(&path).expect("meta"));
    assert_eq!(inode_before, inode_after, "not even rewritten");
    // A real change writes, with the time of the change.
    add_idea(&mut session, "Neu");
    file.save(&session).expect("saved");
    let saved = store::load(&path).expect("loads");
    assert_eq!(saved.updated, session.updated);
    assert_eq!(saved.ideas.len(), 1);
}

#[test]
fn lock_files_live_outside_the_sessions_folder_and_go_with_the_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let file = SessionFile::create(&path, &session("Retro")).expect("created");
    let lock = store::file::lock_path(&path);
    assert!(lock.exists(), "{}", lock.display());
    assert!(!lock.starts_with(dir.path()), "{}", lock.display());
    let names: Vec<_> = fs::read_dir(dir.path()).expect("folder").collect();
    assert_eq!(names.len(), 1, "only the session: {names:?}");
    drop(file);
    assert!(!lock.exists(), "removed with the session");
}

#[test]
fn temp_files_of_a_killed_save_are_removed_when_the_session_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    drop(SessionFile::create(&path, &session("Retro")).expect("created"));
    let dead = dir.path().join(".plenum-999999999-Xy12ab.tmp");
    let old_style = dir.path().join(".plenum-Ab34cd.tmp");
    fs::write(&dead, "(version: 1, ti").expect("left by a kill");
    fs::write(&old_style, "(version: 1, ti").expect("left by an older plenum");
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&old_style)
        .and_then(|f| f.set_modified(hour_ago))
        .expect("old");
    let _open = SessionFile::open(&path).expect("opened");
    assert!(!dead.exists() && !old_style.exists());
    assert_eq!(stray_files(dir.path()), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn a_pipe_named_like_a_session_is_refused_not_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.ron");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    // Reading a FIFO with nobody writing would block for ever.
    let error = store::load(&fifo).expect_err("not a file");
    assert!(matches!(error, StoreError::NotRegularFile { .. }), "{error:?}");
    let error = SessionFile::open(&fifo).expect_err("not a file");
    assert!(matches!(error, StoreError::NotRegularFile { .. }), "{error:?}");
    let listed = store::list_sessions(dir.path()).expect("listed");
    assert_eq!(listed.len(), 1);
    assert!(matches!(
        listed[0].session,
        Err(StoreError::NotRegularFile { .. })
    ));
}

#[test]
fn a_huge_file_is_skipped_by_the_listing_with_its_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(SessionFile::create(&dir.path().join("klein.ron"), &session("Klein")).expect("created"));
    let huge = dir.path().join("riesig.ron");
    // Sparse: the listing must decide by size without reading it.
    fs::File::create(&huge)
        .and_then(|f| f.set_len(store::LIST_SIZE_LIMIT + 1))
        .expect("huge");
    let listed = store::list_sessions(dir.path()).expect("listed");
    let skipped = listed.iter().find(|l| l.path == huge).expect("listed");
    let error = skipped.session.as_ref().expect_err("skipped");
    assert!(matches!(error, StoreError::TooLarge { .. }), "{error:?}");
    assert!(error.to_string().contains("riesig.ron"), "{error}");
    assert!(
        listed
            .iter()
            .any(|l| l.session.as_ref().is_ok_and(|s| s.title == "Klein"))
    );
}

// ----- Killed during a stream of ideas -----

/// A small deterministic generator, so that a failing run can be repeated
/// with its seed (`PLENUM_KILL_SEED=...`).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn kill_seed() -> u64 {
    std::env::var("PLENUM_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        })
}

fn temp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// The number `n` of the highest "Ideas (n)" the screen shows.
fn ideas_shown(screen: &str) -> Option<usize> {
    let start = screen.find("Ideas (")? + "Ideas (".len();
    let end = start + screen[start..].find(')')?;
    screen[start..end].parse().ok()
}

const KILLS: usize = 30;

#[cfg(unix)]
#[test]
fn killed_at_random_moments_the_file_loads_and_holds_every_idea_shown_as_saved() {
    let seed = kill_seed();
    println!("kill test seed: {seed} (repeat with PLENUM_KILL_SEED={seed})");
    let mut rng = Rng(seed);
    let home = tempfile::tempdir().expect("a home folder");
    let path = home.path().join("werkstatt.ron");
    let template = common::template("zukunftswerkstatt");
    let mut start = template.instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: Language::En,
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    );
    start.current_phase = 1;
    drop(SessionFile::create(&path, &start).expect("created"));

    let mut next_idea = 0;
    let mut saved_on_screen: Vec<String> = Vec::new();
    let mut temp_files_left = 0;
    let mut survived = 0;
    let mut claims = 0;
    for kill in 0..KILLS {
        let mut pty = common::pty::Pty::open(home.path(), &path, "en_US.UTF-8");
        pty.wait_for(&format!("Ideas ({})", saved_on_screen.len()));
        assert_eq!(
            temp_files(home.path()),
            Vec::<String>::new(),
            "kill {kill}: a temp file survived the start"
        );
        pty.key("a", "New idea");
        // A stream of ideas, typed without waiting, killed at a random moment.
        let stream = 1 + rng.below(6) as usize;
        let mut typed = Vec::new();
        for _ in 0..stream {
            let text = format!("Idee {next_idea}");
            next_idea += 1;
            pty.send(&format!("{text}\r"));
            typed.push(text);
        }
        pty.pump(std::time::Duration::from_millis(rng.below(40)));
        if rng.below(2) == 0 {
            // Half the kills come right after the screen says saved: the
            // claim that must hold.
            pty.wait_until("saved", |screen| {
                screen.contains("Saved") && !screen.contains("Saving…")
            });
        }
        // What the screen showed as saved before the kill: the count of
        // ideas, when the status line said "Saved" (not "Saving…"; saves
        // run in the background, after the frame that shows the change).
        let screen = pty.screen();
        assert!(!screen.contains("NOT SAVED"), "kill {kill}: {screen}");
        let claimed = screen.contains("Saved") && !screen.contains("Saving…");
        let shown = match claimed {
            true => ideas_shown(&screen).unwrap_or(saved_on_screen.len()),
            false => saved_on_screen.len(),
        };
        claims += usize::from(claimed);
        let pid = pty.child.process_id().expect("a process id");
        // SAFETY: sending a signal to our own child touches no memory.
        let killed = unsafe { libc::kill(pid as libc::pid_t, libc::SIGKILL) };
        assert_eq!(killed, 0, "kill {kill}: SIGKILL sent");
        let _ = pty.wait_for_exit();
        drop(pty);

        let loaded = store::load(&path).unwrap_or_else(|e| panic!("kill {kill} (seed {seed}): {e}"));
        let texts: Vec<String> = loaded.ideas.iter().map(|i| i.text.clone()).collect();
        let new_shown = shown.saturating_sub(saved_on_screen.len());
        saved_on_screen.extend(typed.iter().take(new_shown).cloned());
        for idea in &saved_on_screen {
            assert!(
                texts.contains(idea),
                "kill {kill} (seed {seed}): {idea:?} was shown as saved but is not in the file: {texts:?}"
            );
        }
        // Whatever reached the file counts as saved from now on, shown or not.
        saved_on_screen = texts;
        temp_files_left += usize::from(!temp_files(home.path()).is_empty());
        survived += 1;
    }
    println!(
        "kills survived: {survived} of {KILLS} ({claims} while the screen said saved); temp files left by a kill: {temp_files_left}, all removed at the next start"
    );
    let mut last = common::pty::Pty::open(home.path(), &path, "en_US.UTF-8");
    last.wait_for(&format!("Ideas ({})", saved_on_screen.len()));
    assert_eq!(
        temp_files(home.path()),
        Vec::<String>::new(),
        "the last kill's temp file is gone"
    );
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_file_permissions_and_new_files_are_readable_by_the_team() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    let mut session = session("Retro");
    let mut file = SessionFile::create(&path, &session).expect("created");
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o644);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    add_idea(&mut session, "Neu");
    file.save(&session).expect("saved");
    assert_eq!(mode(&path), 0o640);
}

#[test]
fn plenum_new_on_a_full_disk_says_so_and_leaves_nothing_behind() {
    let Some(disk) = Tmpfs::mount("64k") else { return };
    let sessions = disk.path().join("sessions");
    fs::create_dir(&sessions).expect("sessions folder");
    let _filler = fill_disk(disk.path());
    let runtime = tempfile::tempdir().expect("runtime folder");
    let output = assert_cmd::Command::cargo_bin("plenum")
        .expect("binary")
        .args(["new", "--method", "zukunftswerkstatt", "--title", "Voll"])
        .arg("--dir")
        .arg(&sessions)
        .env("XDG_RUNTIME_DIR", runtime.path())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(
        stderr.contains("the disk of") && stderr.contains("is full"),
        "{stderr}"
    );
    let left: Vec<_> = fs::read_dir(&sessions).expect("folder").collect();
    assert!(left.is_empty(), "nothing in the sessions folder: {left:?}");
    let locks = runtime.path().join("plenum/locks");
    let locks_left: Vec<_> = fs::read_dir(&locks).map(|d| d.collect()).unwrap_or_default();
    assert!(locks_left.is_empty(), "no lock file left: {locks_left:?}");
}

#[cfg(unix)]
#[test]
fn the_app_opens_a_read_only_session_and_says_so() {
    use plenum::tui::app::{App, Options};
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    drop(SessionFile::create(&path, &session("Retro")).expect("created"));
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("read-only");
    let before = fs::read(&path).expect("read");
    let options = Options {
        dir: dir.path().to_path_buf(),
        lang: Some(Language::En),
        ..Options::default()
    };
    let mut app = App::new(
        options,
        plenum::tui::keymap::Keymap::defaults(),
        Timestamp::UNIX_EPOCH,
        jiff::tz::TimeZone::UTC,
    );
    app.open_path(&path).expect("opens to read");
    assert!(app.board().is_some());
    let message = app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default();
    assert!(
        message.contains("opened read-only") && message.contains("retro.ron"),
        "{message}"
    );
    app.update(plenum::tui::action::Action::Quit);
    assert_eq!(fs::read(&path).expect("read"), before);
}

#[test]
fn a_lock_file_of_an_earlier_plenum_beside_the_session_is_removed_or_respected() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("retro.ron");
    drop(SessionFile::create(&path, &session("Retro")).expect("created"));
    let legacy = dir.path().join(".retro.ron.lock");
    fs::write(&legacy, "plenum process 1\n").expect("left by an earlier plenum");
    let held = fs::File::open(&legacy).expect("open");
    held.try_lock().expect("an earlier plenum still runs");
    assert!(matches!(SessionFile::open(&path), Err(StoreError::Locked { .. })));
    drop(held);
    // Another test of this binary may be spawning a process right now: until
    // its exec closes the inherited descriptor, the lock is still held.
    let mut reopened = SessionFile::open(&path);
    for _ in 0..100 {
        if !matches!(reopened, Err(StoreError::Locked { .. })) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        reopened = SessionFile::open(&path);
    }
    let _open = reopened.expect("nobody holds it any more");
    assert!(!legacy.exists(), "removed");
    assert_eq!(stray_files(dir.path()), Vec::<String>::new());
}

#[test]
fn every_save_error_has_a_sentence_in_english_and_german_that_names_the_file() {
    let path = std::path::PathBuf::from("/srv/werkstatt/retro.ron");
    let p = || path.clone();
    let errors = [
        StoreError::FileNotWritable { path: p() },
        StoreError::FolderNotWritable { path: p() },
        StoreError::Immutable { path: p() },
        StoreError::DiskFull { path: p() },
        StoreError::ChangedOnDisk { path: p() },
        StoreError::Deleted { path: p() },
        StoreError::FolderSync {
            path: p(),
            source: std::io::Error::other("EIO"),
        },
        StoreError::Serialise {
            path: p(),
            message: "kaputt".into(),
        },
        StoreError::NotRegularFile { path: p() },
        StoreError::TooLarge {
            path: p(),
            bytes: 18_000_000,
        },
    ];
    for error in &errors {
        let english = plenum::i18n::describe_store_error(Language::En, error, "Ctrl+S");
        let german = plenum::i18n::describe_store_error(Language::De, error, "Strg+S");
        assert_ne!(english, german, "{error:?}");
        for text in [&english, &german] {
            let names_it = text.contains("retro.ron") || text.contains("S ") || text.contains("S speichert");
            assert!(names_it, "{error:?}: {text}");
            assert!(text.len() > 30, "{error:?}: says what to do: {text}");
        }
        assert!(error.to_string().contains("/srv/werkstatt"), "{error}");
    }
}
