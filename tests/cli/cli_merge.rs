//! `plenum merge` as git's merge driver: a repository of sessions with
//! `merge=plenum` in `.gitattributes`, two branches that change the same
//! session, merged by git.

use plenum::core::{ActionId, ActionItem, ActionStatus, Command, Idea, IdeaId, Session};
use plenum::store;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A git repository in a temporary folder, with the driver configured.
struct Repo {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Repo {
    fn new() -> Repo {
        let dir = tempfile::tempdir().expect("temp dir");
        let repo = Repo {
            path: dir.path().to_path_buf(),
            _dir: dir,
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Mia Moderation"]);
        repo.git(&["config", "user.email", "mia@example.org"]);
        let driver = format!("{} merge %O %A %B %P", env!("CARGO_BIN_EXE_plenum"));
        repo.git(&["config", "merge.plenum.name", "plenum sessions"]);
        repo.git(&["config", "merge.plenum.driver", &driver]);
        std::fs::write(repo.path.join(".gitattributes"), "*.ron merge=plenum\n").expect("attributes");
        repo
    }

    fn run(&self, args: &[&str]) -> Output {
        std::process::Command::new("git")
            .args(args)
            .current_dir(&self.path)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", &self.path)
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .output()
            .expect("git runs (.ci/run installs it)")
    }

    fn git(&self, args: &[&str]) -> Output {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "git {args:?} failed:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    fn commit_all(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn session_path(&self) -> PathBuf {
        self.path.join("werkstatt.ron")
    }
}

fn load(path: &Path) -> Session {
    store::load(path).expect("the session loads")
}

fn save(path: &Path, session: &Session) {
    store::write_atomically(path, store::to_ron(session).expect("serialises").as_bytes()).expect("saves");
}

/// Changes the session file through commands, as the app would.
fn change(path: &Path, commands: impl FnOnce(&Session) -> Vec<Command>) {
    let mut session = load(path);
    for command in commands(&session) {
        session.apply(command).expect("the command applies");
    }
    save(path, &session);
}

fn add_idea(session: &Session, n: u128, text: &str) -> Command {
    let phase = session.phases[0].id;
    Command::AddIdea {
        idea: Idea {
            id: IdeaId::from_u128(n),
            phase,
            text: text.into(),
            authors: vec![],
            cluster: None,
            hidden: false,
        },
        index: session.ideas.len(),
    }
}

fn add_action(session: &Session, n: u128, text: &str) -> Command {
    Command::AddAction {
        action: ActionItem {
            id: ActionId::from_u128(n),
            text: text.into(),
            owner: Some("Anna".into()),
            due: None,
            status: ActionStatus::Open,
            note: String::new(),
            source: None,
        },
        index: session.actions.len(),
    }
}

fn edit_idea(session: &Session, n: u128, text: &str) -> Command {
    let mut idea = session.idea(IdeaId::from_u128(n)).expect("the idea").clone();
    idea.text = text.into();
    Command::ReplaceIdea(idea)
}

/// main: a session with three ideas.
fn repo_with_session() -> Repo {
    let repo = Repo::new();
    let output = assert_cmd::Command::cargo_bin("plenum")
        .expect("the binary")
        .args([
            "new",
            "--method",
            "zukunftswerkstatt",
            "--lang",
            "de",
            "--title",
            "Mobiles Arbeiten",
        ])
        .args(["--participants", "Anna,Ben,Clara", "-o"])
        .arg(repo.session_path())
        .env("HOME", &repo.path)
        .output()
        .expect("plenum new runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    change(&repo.session_path(), |s| {
        vec![
            add_idea(s, 1, "Zu viele Besprechungen"),
            add_idea(s, 2, "VPN bricht ab"),
            add_idea(s, 3, "Keine Regeln für Erreichbarkeit"),
        ]
    });
    repo.commit_all("session");
    repo
}

fn texts(session: &Session) -> Vec<String> {
    session.ideas.iter().map(|i| i.text.clone()).collect()
}

#[test]
fn two_branches_with_new_ideas_and_actions_merge_cleanly() {
    let repo = repo_with_session();
    let file = repo.session_path();
    repo.git(&["checkout", "-q", "-b", "anna"]);
    change(&file, |s| {
        vec![
            add_idea(s, 10, "Homeoffice-Pauschale fehlt"),
            add_idea(s, 11, "Kamerapflicht unklar"),
            add_action(s, 20, "Regeln für Erreichbarkeit entwerfen"),
            edit_idea(s, 1, "Zu viele Besprechungen ohne Agenda"),
        ]
    });
    repo.commit_all("Anna's ideas");
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["checkout", "-q", "-b", "ben"]);
    change(&file, |s| {
        vec![
            add_idea(s, 12, "Drucker nur im Büro"),
            add_action(s, 21, "VPN-Anbieter prüfen"),
            edit_idea(s, 2, "VPN bricht jede Stunde ab"),
        ]
    });
    repo.commit_all("Ben's ideas");
    repo.git(&["checkout", "-q", "anna"]);
    let merge = repo.run(&["merge", "--no-edit", "ben"]);
    let stderr = String::from_utf8_lossy(&merge.stderr);
    assert!(
        merge.status.success(),
        "{stderr}{}",
        String::from_utf8_lossy(&merge.stdout)
    );
    let status = repo.git(&["status", "--porcelain"]);
    assert!(
        status.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );

    let session = load(&file);
    let ideas = texts(&session);
    for text in [
        "Zu viele Besprechungen ohne Agenda",
        "VPN bricht jede Stunde ab",
        "Keine Regeln für Erreichbarkeit",
        "Homeoffice-Pauschale fehlt",
        "Kamerapflicht unklar",
        "Drucker nur im Büro",
    ] {
        assert!(ideas.iter().any(|i| i == text), "{text} missing: {ideas:?}");
    }
    assert_eq!(ideas.len(), 6, "{ideas:?}");
    let actions: Vec<&str> = session.actions.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        actions,
        ["Regeln für Erreichbarkeit entwerfen", "VPN-Anbieter prüfen"]
    );
    let check = assert_cmd::Command::cargo_bin("plenum")
        .expect("the binary")
        .arg("check")
        .arg(&file)
        .output()
        .expect("check runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn the_same_idea_rewritten_on_both_branches_is_a_conflict_that_keeps_both_texts() {
    let repo = repo_with_session();
    let file = repo.session_path();
    repo.git(&["checkout", "-q", "-b", "anna"]);
    change(&file, |s| {
        vec![edit_idea(s, 3, "Erreichbarkeit: feste Kernzeiten fehlen")]
    });
    repo.commit_all("Anna rewrites");
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["checkout", "-q", "-b", "ben"]);
    change(&file, |s| {
        vec![
            edit_idea(s, 3, "Niemand weiß, wann wer erreichbar ist"),
            add_idea(s, 13, "Neu"),
        ]
    });
    repo.commit_all("Ben rewrites");
    repo.git(&["checkout", "-q", "anna"]);
    let merge = repo.run(&["merge", "--no-edit", "ben"]);
    assert!(!merge.status.success(), "a conflict must stop the merge");
    let stderr = String::from_utf8_lossy(&merge.stderr);
    assert!(
        stderr.contains("Erreichbarkeit: feste Kernzeiten fehlen"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Niemand weiß, wann wer erreichbar ist"),
        "{stderr}"
    );
    assert!(stderr.contains("1 conflict"), "{stderr}");

    let session = load(&file);
    let ideas = texts(&session);
    let ours = ideas
        .iter()
        .position(|t| t == "Erreichbarkeit: feste Kernzeiten fehlen");
    let theirs = ideas
        .iter()
        .position(|t| t == "Niemand weiß, wann wer erreichbar ist");
    assert_eq!(
        theirs,
        ours.map(|i| i + 1),
        "both texts, theirs right after ours: {ideas:?}"
    );
    assert!(ideas.iter().any(|t| t == "Neu"), "{ideas:?}");
    let status = String::from_utf8_lossy(&repo.git(&["status", "--porcelain"]).stdout).to_string();
    assert!(
        status.contains("UU werkstatt.ron"),
        "git marks the file as conflicted: {status}"
    );
}

/// Runs the driver directly, as git would.
fn driver(base: &Path, ours: &Path, theirs: &Path, lang: &str) -> Output {
    assert_cmd::Command::cargo_bin("plenum")
        .expect("the binary")
        .arg("--lang")
        .arg(lang)
        .arg("merge")
        .args([base, ours, theirs])
        .output()
        .expect("plenum merge runs")
}

#[test]
fn a_broken_or_newer_file_is_refused_and_ours_left_untouched() {
    let repo = repo_with_session();
    let ours = repo.session_path();
    let base = repo.path.join("base.ron");
    let theirs = repo.path.join("theirs.ron");
    std::fs::copy(&ours, &base).expect("copy");
    let before = std::fs::read(&ours).expect("read ours");
    let current = format!("version: {},", plenum::core::FORMAT_VERSION);
    let newer = String::from_utf8_lossy(&before).replacen(&current, "version: 99,", 1);
    for (lang, broken, expected) in [
        ("en", "(\n    version: 1,\n    title: \"cut off", "cannot be read"),
        ("en", newer.as_str(), "comes from a newer plenum"),
        (
            "de",
            newer.as_str(),
            "nicht zusammengeführt, die Datei bleibt unverändert",
        ),
    ] {
        std::fs::write(&theirs, broken).expect("write theirs");
        let output = driver(&base, &ours, &theirs, lang);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{stderr}");
        assert!(stderr.contains(&theirs.display().to_string()), "{stderr}");
        assert_eq!(
            std::fs::read(&ours).expect("read ours"),
            before,
            "ours is untouched"
        );
    }
}
