//! End to end, cluster mode (issue 4): the real binary in a pseudo-terminal
//! opens a session with ideas in no cluster; keys mark two of them, make a
//! cluster of them, move a third one in, and quit. The saved file must hold
//! exactly that. Waits for text on the screen with a deadline instead of
//! sleeping (tests/common/pty.rs).

#![cfg(unix)]

use crate::common;
use jiff::Timestamp;

use common::pty::Pty;
use plenum::core::{Language, NewSession, Session};
use plenum::store::{self, SessionFile};

const IDEAS: [&str; 4] = [
    "VPN bricht mittags ab",
    "Größere Büros für alle Teams",
    "WLAN im Ratssaal fällt aus",
    "Headsets sind kaputt",
];

/// A future workshop in its critique phase with four ideas in no cluster.
fn session() -> Session {
    let template = common::template("zukunftswerkstatt");
    let now: Timestamp = "2026-03-12T09:30:00Z".parse().expect("a timestamp");
    let mut session = template.instantiate(
        NewSession {
            title: Some("Werkstatt".into()),
            language: Language::En,
            ..NewSession::default()
        },
        now,
    );
    session.current_phase = 1;
    let phase = session.phases[1].id;
    session.ideas = common::loose_ideas(phase, 1, &IDEAS);
    session
}

#[test]
fn ideas_are_clustered_by_keys_and_the_file_holds_the_clusters() {
    let home = tempfile::tempdir().expect("a home folder");
    let path = home.path().join("werkstatt.ron");
    drop(SessionFile::create(&path, &session()).expect("write the session"));
    let mut pty = Pty::open(home.path(), &path, "en_US.UTF-8");
    pty.wait_for("Ideas (4)");

    // Cluster mode; mark the first and the third idea.
    pty.key("c", "Not clustered (4)");
    pty.key(" ", "1 marked");
    pty.send("j");
    pty.send("j");
    pty.key(" ", "2 marked");

    // A new cluster from the marked ideas, named by typing.
    pty.key("n", "Name of the new cluster");
    pty.key("Netz und Technik", "Netz und Technik");
    pty.key("\r", "New cluster “Netz und Technik”.");
    pty.wait_for("Netz und Technik (2)");
    pty.wait_for("Not clustered (2)");
    pty.wait_until_saved();
    let saved = store::load(&path).expect("saved at once");
    assert_eq!(saved.clusters.len(), 1, "the file has the cluster already");

    // One more: the last idea moves into the cluster, chosen with the keys.
    pty.send("G");
    pty.key("m", "Move to which cluster?");
    pty.wait_for("→ Netz und Technik (2) ←");
    pty.key("\r", "Moved to “Netz und Technik”.");
    pty.wait_for("Netz und Technik (3)");
    pty.wait_for("Not clustered (1)");

    pty.send("q");
    let status = pty.wait_for_exit();
    assert!(status.success(), "plenum exits cleanly: {status:?}");

    let saved = store::load(&path).expect("the session file loads");
    assert_eq!(saved.clusters.len(), 1);
    let cluster = &saved.clusters[0];
    assert_eq!(cluster.title, "Netz und Technik");
    assert_eq!(cluster.phase, saved.phases[1].id);
    let members: Vec<&str> = saved
        .ideas_of_cluster(cluster.id)
        .map(|idea| idea.text.as_str())
        .collect();
    assert_eq!(members, [IDEAS[0], IDEAS[2], IDEAS[3]], "in board order");
    let loose: Vec<&str> = saved
        .ideas
        .iter()
        .filter(|idea| idea.cluster.is_none())
        .map(|idea| idea.text.as_str())
        .collect();
    assert_eq!(loose, [IDEAS[1]]);
    assert_eq!(saved.ideas.len(), 4, "no idea lost or added");
}
