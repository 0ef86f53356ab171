//! Cluster mode's state logic, driven by actions on a board without a
//! terminal or a file: what each key does to the cursor, the marks and the
//! session, and that every change is one undo step.

use super::update::cursor_idea;
use super::*;
use crate::core::{
    ActionId, ActionItem, ActionStatus, Activity, Cluster, Language, Participant, ParticipantId, Phase,
    PhaseId,
};
use crate::core::{ActionSource, ClusterId, Idea, Session};
use crate::tui::keymap::Keymap;
use jiff::Timestamp;
use jiff::tz::TimeZone;

mod review;

const T0: Timestamp = Timestamp::UNIX_EPOCH;

fn idea_id(n: u128) -> IdeaId {
    IdeaId::from_u128(100 + n)
}

fn cluster_id_of(n: u128) -> ClusterId {
    ClusterId::from_u128(200 + n)
}

fn anna() -> ParticipantId {
    ParticipantId::from_u128(301)
}

/// One phase: ideas 1, 3, 6 in no cluster; "Technik" {2, 4}; "Räume" {5}.
fn workshop() -> Session {
    let mut session = Session::new("Werkstatt", "zukunftswerkstatt", Language::De, T0);
    let phase = PhaseId::from_u128(1);
    session.participants = vec![Participant {
        id: anna(),
        name: "Anna".into(),
        colour: crate::core::Colour::Blue,
    }];
    session.phases = vec![Phase {
        id: phase,
        title: "Kritikphase".into(),
        question: "Was stört uns?".into(),
        timebox_minutes: 30,
        activities: vec![Activity::Capture, Activity::Cluster],
        seconds_used: 0,
        brainwriting: false,
    }];
    session.clusters = [(1, "Technik"), (2, "Räume")]
        .into_iter()
        .map(|(n, title)| Cluster {
            id: cluster_id_of(n),
            phase,
            title: title.into(),
        })
        .collect();
    let ideas = [
        (1, None, "Anträge nur auf Papier"),
        (2, Some(1), "VPN bricht ab"),
        (3, None, "Größere Büros"),
        (4, Some(1), "WLAN im Ratssaal"),
        (5, Some(2), "Keine ruhigen Ecken"),
        (6, None, "Mehr Tageslicht"),
    ];
    session.ideas = ideas
        .into_iter()
        .map(|(n, cluster, text)| Idea {
            id: idea_id(n),
            phase,
            text: text.into(),
            authors: if n == 1 { vec![anna()] } else { Vec::new() },
            cluster: cluster.map(cluster_id_of),
            hidden: false,
        })
        .collect();
    session
}

/// A document with cluster mode over it, as the app keeps them.
struct Board {
    doc: Document,
    cluster: Option<ClusterMode>,
    keymap: Keymap,
}

impl std::ops::Deref for Board {
    type Target = Document;

    fn deref(&self) -> &Document {
        &self.doc
    }
}

impl std::ops::DerefMut for Board {
    fn deref_mut(&mut self) -> &mut Document {
        &mut self.doc
    }
}

fn board(session: Session) -> Board {
    Board {
        doc: Document::new(session, None),
        cluster: Some(ClusterMode::default()),
        keymap: Keymap::defaults(),
    }
}

/// What the app does with the top screen: hand it the action with the
/// document, and drop it when it pops.
fn act(board: &mut Board, action: Action) -> Outcome {
    let mut state = board.cluster.take().expect("in cluster mode");
    let tz = TimeZone::UTC;
    let mut ctx = Ctx {
        doc: Some(&mut board.doc),
        now: T0,
        tz: &tz,
        lang: Language::De,
        keymap: &board.keymap,
        dir: std::path::Path::new("."),
        templates: &[],
    };
    let outcome = Screen::update(&mut state, action, &mut ctx);
    if outcome != Outcome::Pop {
        board.cluster = Some(state);
    }
    outcome
}

fn type_name(board: &mut Board, name: &str) {
    for c in name.chars() {
        act(board, Action::InsertChar(c));
    }
}

fn state(board: &Board) -> &ClusterMode {
    board.cluster.as_ref().expect("in cluster mode")
}

fn cursor(board: &Board) -> Cursor {
    state(board).cursor(&groups(&board.rows))
}

fn cursor_text(board: &Board) -> Option<String> {
    cursor_idea(board, state(board), &groups(&board.rows)).map(|i| i.text.clone())
}

/// The texts of each column, "not clustered" first.
fn columns(board: &Board) -> Vec<(String, Vec<String>)> {
    groups(&board.rows)
        .iter()
        .map(|group| {
            let title = group
                .cluster
                .map_or("-".to_string(), |c| board.session.clusters[c].title.clone());
            let texts = (0..group.len)
                .filter_map(|p| idea_at(board, group, p))
                .map(|i| i.text.clone())
                .collect();
            (title, texts)
        })
        .collect()
}

fn warned(outcome: &Outcome, msg: Msg) -> bool {
    outcome
        .said()
        .iter()
        .any(|said| said.msg() == Some(msg) && said.is_warning())
}

fn said(outcome: &Outcome, msg: Msg) -> bool {
    outcome.said().iter().any(|said| said.msg() == Some(msg))
}

#[test]
fn groups_follow_the_rows_in_every_shape() {
    let session = workshop();
    let board = board(session.clone());
    let found = groups(&board.rows);
    assert_eq!(found.len(), 3);
    assert_eq!((found[0].cluster, found[0].len), (None, 3));
    assert_eq!((found[1].cluster, found[1].len), (Some(0), 2));
    assert_eq!((found[2].cluster, found[2].len), (Some(1), 1));

    // No clusters: one column with every idea.
    let mut plain = session.clone();
    plain.clusters.clear();
    plain.ideas.iter_mut().for_each(|i| i.cluster = None);
    let found = groups(&Document::new(plain, None).rows);
    assert_eq!(
        found,
        [Group {
            cluster: None,
            first: 0,
            len: 6
        }]
    );

    // Everything clustered, and an empty cluster: the unclustered column is
    // still there, empty, and the empty cluster has its column.
    let mut tidy = session;
    tidy.ideas
        .iter_mut()
        .for_each(|i| i.cluster = Some(cluster_id_of(1)));
    let found = groups(&Document::new(tidy, None).rows);
    assert_eq!(found.iter().map(|g| g.len).collect::<Vec<_>>(), [0, 6, 0]);

    assert_eq!(
        groups(&[]),
        [Group {
            cluster: None,
            first: 0,
            len: 0
        }]
    );
}

#[test]
fn the_cursor_moves_within_a_column_and_keeps_its_row_across() {
    let mut board = board(workshop());
    assert_eq!(cursor_text(&board).as_deref(), Some("Anträge nur auf Papier"));
    act(&mut board, Action::SelectNext);
    act(&mut board, Action::SelectNext);
    act(&mut board, Action::SelectNext);
    assert_eq!(
        cursor_text(&board).as_deref(),
        Some("Mehr Tageslicht"),
        "stops at the end"
    );
    act(&mut board, Action::FocusNextCluster);
    assert_eq!(
        cursor(&board),
        Cursor {
            group: 1,
            position: Some(1)
        }
    );
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::FocusNextCluster);
    assert_eq!(cursor(&board).group, 2, "stops at the last column");
    assert_eq!(cursor_text(&board).as_deref(), Some("Keine ruhigen Ecken"));
    act(&mut board, Action::SelectCluster(0));
    act(&mut board, Action::SelectFirst);
    assert_eq!(cursor_text(&board).as_deref(), Some("Anträge nur auf Papier"));
    act(&mut board, Action::SelectLast);
    assert_eq!(cursor_text(&board).as_deref(), Some("Mehr Tageslicht"));
}

#[test]
fn marked_ideas_move_to_the_picked_cluster_in_one_undo_step() {
    let mut board = board(workshop());
    let before = board.session.clone();
    act(&mut board, Action::ToggleMark);
    act(&mut board, Action::SelectNext);
    act(&mut board, Action::SelectNext);
    act(&mut board, Action::ToggleMark);
    act(&mut board, Action::MoveToCluster);
    assert_eq!(state(&board).mode(), Mode::ClusterPick);
    assert_eq!(
        state(&board).pick.as_ref().map(|p| p.target),
        Some(1),
        "the first cluster is offered"
    );
    act(&mut board, Action::FocusNextCluster);
    let outcome = act(&mut board, Action::SubmitInput);
    assert!(said(&outcome, Msg::MovedTo), "{:?}", outcome);
    assert_eq!(state(&board).mode(), Mode::Cluster);
    assert!(state(&board).marked.is_empty(), "the marks are used up");
    assert_eq!(
        columns(&board)[2],
        (
            "Räume".to_string(),
            vec![
                "Keine ruhigen Ecken".to_string(),
                "Anträge nur auf Papier".to_string(),
                "Mehr Tageslicht".to_string()
            ]
        )
    );
    // The cursor stays in the pile being sorted.
    assert_eq!(cursor_text(&board).as_deref(), Some("Größere Büros"));
    assert!(board.undo(T0).msg() == Some(Msg::UndoneWhat));
    assert_eq!(board.session.ideas, before.ideas);
    assert!(board.undo(T0).msg() == Some(Msg::NothingToUndo), "one step");

    // The next move offers the cluster used last.
    act(&mut board, Action::MoveToCluster);
    assert_eq!(state(&board).pick.as_ref().map(|p| p.target), Some(2));
    act(&mut board, Action::CancelInput);
    assert_eq!(state(&board).mode(), Mode::Cluster);
    assert_eq!(board.session.ideas, before.ideas, "cancelling changes nothing");
}

#[test]
fn without_marks_the_cursor_idea_moves_and_a_click_confirms_the_second_time() {
    let mut board = board(workshop());
    act(&mut board, Action::SelectNext);
    act(&mut board, Action::MoveToCluster);
    act(&mut board, Action::SelectClusterIdea(2, 0));
    assert_eq!(
        state(&board).pick.as_ref().map(|p| p.target),
        Some(2),
        "a first click chooses"
    );
    act(&mut board, Action::SelectCluster(2));
    assert!(state(&board).pick.is_none(), "a second click confirms");
    assert_eq!(columns(&board)[2].1, ["Keine ruhigen Ecken", "Größere Büros"]);
    // Moving to where it already is changes nothing and says so.
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::SelectLast);
    act(&mut board, Action::MoveToCluster);
    assert_eq!(state(&board).pick.as_ref().map(|p| p.target), Some(0));
    act(&mut board, Action::SelectLast);
    let outcome = act(&mut board, Action::SubmitInput);
    assert!(said(&outcome, Msg::AlreadyIn), "{:?}", outcome);
}

#[test]
fn a_new_cluster_takes_the_marked_ideas_and_needs_a_name() {
    let mut board = board(workshop());
    act(&mut board, Action::ToggleMark);
    act(&mut board, Action::SelectLast);
    act(&mut board, Action::ToggleMark);
    act(&mut board, Action::NewCluster);
    assert_eq!(state(&board).mode(), Mode::ClusterName);
    type_name(&mut board, "   ");
    let outcome = act(&mut board, Action::SubmitInput);
    assert!(warned(&outcome, Msg::ClusterNameEmpty));
    assert_eq!(state(&board).mode(), Mode::ClusterName, "the field stays open");
    act(&mut board, Action::ClearInput);
    type_name(&mut board, "Arbeitsumgebung");
    act(&mut board, Action::SubmitInput);
    let columns = columns(&board);
    assert_eq!(columns.len(), 4);
    assert_eq!(
        columns[3],
        (
            "Arbeitsumgebung".to_string(),
            vec![
                "Anträge nur auf Papier".to_string(),
                "Mehr Tageslicht".to_string()
            ]
        )
    );
    assert_eq!(columns[0].1, ["Größere Büros"]);
    assert!(board.undo(T0).msg() == Some(Msg::UndoneWhat));
    assert_eq!(
        board.session.clusters.len(),
        2,
        "one undo takes the cluster and the moves back"
    );
    assert_eq!(groups(&board.rows)[0].len, 3);
}

#[test]
fn without_clusters_moving_asks_for_a_new_clusters_name() {
    let mut session = workshop();
    session.clusters.clear();
    session.ideas.iter_mut().for_each(|i| i.cluster = None);
    let mut board = board(session);
    act(&mut board, Action::MoveToCluster);
    assert_eq!(state(&board).mode(), Mode::ClusterName);
    type_name(&mut board, "Erster Cluster");
    act(&mut board, Action::SubmitInput);
    assert_eq!(columns(&board)[1].1, ["Anträge nur auf Papier"]);
}

#[test]
fn rename_merge_and_dissolve_act_on_the_focused_cluster() {
    let mut board = board(workshop());
    let outcome = act(&mut board, Action::RenameCluster);
    assert!(
        warned(&outcome, Msg::NoClusterFocused),
        "the unclustered column has no name"
    );

    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::RenameCluster);
    let naming = state(&board).naming.as_ref().map(|n| n.text.text().to_string());
    assert_eq!(
        naming.as_deref(),
        Some("Technik"),
        "the field starts with the old name"
    );
    act(&mut board, Action::ClearInput);
    type_name(&mut board, "Technik und Netz");
    act(&mut board, Action::SubmitInput);
    assert_eq!(board.session.clusters[0].title, "Technik und Netz");

    // Merge "Technik und Netz" into "Räume": the only other cluster is offered.
    act(&mut board, Action::MergeCluster);
    assert_eq!(state(&board).pick.as_ref().map(|p| p.target), Some(2));
    act(&mut board, Action::FocusNextCluster);
    assert_eq!(
        state(&board).pick.as_ref().map(|p| p.target),
        Some(2),
        "neither the source nor the unclustered ideas are a target"
    );
    act(&mut board, Action::SubmitInput);
    let columns = columns(&board);
    assert_eq!(columns.len(), 2);
    assert_eq!(
        columns[1].1,
        ["Keine ruhigen Ecken", "VPN bricht ab", "WLAN im Ratssaal"]
    );
    assert_eq!(cursor(&board).group, 1, "the focus follows the merged cluster");

    let outcome = act(&mut board, Action::MergeCluster);
    assert!(warned(&outcome, Msg::NoOtherCluster));

    let outcome = act(&mut board, Action::DissolveCluster);
    assert!(said(&outcome, Msg::ClusterDissolved));
    assert!(board.session.clusters.is_empty());
    assert_eq!(groups(&board.rows)[0].len, 6, "the ideas are back, none lost");

    for _ in 0..3 {
        assert!(board.undo(T0).msg() == Some(Msg::UndoneWhat));
    }
    assert_eq!(board.session, workshop_with_updated(&board.session));
}

/// The fixture with the `updated` stamp of `other`, which saving changes.
fn workshop_with_updated(other: &Session) -> Session {
    Session {
        updated: other.updated,
        id: other.id,
        ..workshop()
    }
}

#[test]
fn a_cluster_an_action_comes_from_is_not_dissolved() {
    let mut session = workshop();
    session.actions.push(ActionItem {
        id: ActionId::from_u128(9),
        text: "Netz prüfen".into(),
        owner: None,
        due: None,
        status: ActionStatus::Open,
        note: String::new(),
        source: Some(ActionSource::Cluster(cluster_id_of(1))),
    });
    let mut board = board(session);
    act(&mut board, Action::FocusNextCluster);
    let outcome = act(&mut board, Action::DissolveCluster);
    assert!(warned(&outcome, Msg::ClusterHasActions));
    assert_eq!(board.session.clusters.len(), 2);
}

#[test]
fn duplicates_merge_into_the_idea_under_the_cursor() {
    let mut board = board(workshop());
    let outcome = act(&mut board, Action::MergeIdeas);
    assert!(said(&outcome, Msg::MergeNeedsMarks), "no marks: explain how");
    act(&mut board, Action::SelectNext);
    act(&mut board, Action::SelectNext);
    act(&mut board, Action::ToggleMark);
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::SelectLast);
    act(&mut board, Action::ToggleMark);
    act(&mut board, Action::SelectFirst);
    // Cursor on "VPN bricht ab"; marked: "Mehr Tageslicht", "WLAN im Ratssaal".
    let outcome = act(&mut board, Action::MergeIdeas);
    assert!(said(&outcome, Msg::IdeasMerged), "{:?}", outcome);
    assert_eq!(board.session.ideas.len(), 4);
    let kept = board.session.idea(idea_id(2)).expect("the cursor's idea stays");
    // The others follow in board order: the unclustered column comes first.
    assert_eq!(kept.text, "VPN bricht ab\nMehr Tageslicht\nWLAN im Ratssaal");
    assert_eq!(kept.cluster, Some(cluster_id_of(1)));
    assert_eq!(cursor_text(&board).as_deref(), Some(kept.text.as_str()));
    assert!(state(&board).marked.is_empty());
    assert!(board.undo(T0).msg() == Some(Msg::UndoneWhat));
    assert_eq!(board.session.ideas.len(), 6, "one undo brings both back");
}

#[test]
fn ideas_and_clusters_move_and_the_cursor_follows() {
    let mut board = board(workshop());
    act(&mut board, Action::MoveIdeaDown);
    assert_eq!(
        columns(&board)[0].1,
        ["Größere Büros", "Anträge nur auf Papier", "Mehr Tageslicht"]
    );
    assert_eq!(cursor_text(&board).as_deref(), Some("Anträge nur auf Papier"));
    act(&mut board, Action::MoveIdeaDown);
    act(&mut board, Action::MoveIdeaDown);
    assert_eq!(cursor(&board).position, Some(2), "stops at the end");
    act(&mut board, Action::MoveIdeaUp);
    act(&mut board, Action::MoveIdeaUp);
    act(&mut board, Action::MoveIdeaUp);
    assert_eq!(columns(&board)[0].1[0], "Anträge nur auf Papier");

    let outcome = act(&mut board, Action::MoveClusterLater);
    assert!(warned(&outcome, Msg::NoClusterFocused));
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::MoveClusterLater);
    let titles: Vec<String> = columns(&board).into_iter().map(|(t, _)| t).collect();
    assert_eq!(titles, ["-", "Räume", "Technik"]);
    assert_eq!(cursor(&board).group, 2, "the focus follows the cluster");
    act(&mut board, Action::MoveClusterLater);
    assert_eq!(cursor(&board).group, 2, "already last");
    act(&mut board, Action::MoveClusterEarlier);
    act(&mut board, Action::MoveClusterEarlier);
    assert_eq!(cursor(&board).group, 1, "never before the unclustered ideas");
}

#[test]
fn undo_under_the_cursor_never_leaves_it_dangling() {
    let mut board = board(workshop());
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::DissolveCluster);
    assert_eq!(cursor(&board).group, 1, "clamped to the columns that are left");
    act(&mut board, Action::DissolveCluster);
    assert_eq!(
        cursor(&board),
        Cursor {
            group: 0,
            position: Some(0)
        }
    );
}

#[test]
fn leaving_clears_the_marks_first_then_selects_the_cursor_idea_on_the_board() {
    let mut board = board(workshop());
    act(&mut board, Action::FocusNextCluster);
    act(&mut board, Action::ToggleMark);
    let outcome = act(&mut board, Action::LeaveClusterMode);
    assert!(outcome != Outcome::Pop && state(&board).marked.is_empty());
    let outcome = act(&mut board, Action::LeaveClusterMode);
    assert!(outcome == Outcome::Pop && board.cluster.is_none());
    // Quit, help, undo and the timer are the board's.
    board.cluster = Some(ClusterMode::default());
    for action in [
        Action::Quit,
        Action::Undo,
        Action::ToggleHelp,
        Action::ToggleTimer,
    ] {
        assert_eq!(act(&mut board, action.clone()), Outcome::Pass(action));
    }
}

#[test]
fn keymap_ron_overrides_the_cluster_modes_too() {
    use crate::tui::keymap::{Key, Keymap, parse_overrides};
    let text = r#"(
        cluster: { "v": move_to_cluster, "m": ignore_key },
        cluster_pick: { "y": submit_input },
        suggest: { "a": accept_suggestion },
    )"#;
    let keymap = Keymap::with_overrides(parse_overrides(text).expect("a valid keymap"));
    assert_eq!(
        keymap.action(Mode::Cluster, Key::char('v')),
        Some(&Action::MoveToCluster)
    );
    assert_eq!(keymap.action(Mode::Cluster, Key::char('m')), None);
    assert_eq!(
        keymap.action(Mode::ClusterPick, Key::char('y')),
        Some(&Action::SubmitInput)
    );
    assert_eq!(
        keymap.action(Mode::Suggest, Key::char('a')),
        Some(&Action::AcceptSuggestion)
    );
    // `m` is off, so the footer's hint is the next default key; `v` is added.
    assert_eq!(
        keymap
            .hint(Mode::Cluster, &Action::MoveToCluster, Language::En)
            .as_deref(),
        Some("Enter")
    );
    assert!(
        keymap
            .keys_for(Mode::Cluster, &Action::MoveToCluster)
            .contains(&Key::char('v'))
    );
    // Every cluster mode names its actions in both languages.
    for mode in [Mode::Cluster, Mode::ClusterPick, Mode::ClusterName, Mode::Suggest] {
        for (action, _) in Keymap::defaults().grouped(mode) {
            for lang in Language::ALL {
                let text = crate::tui::describe::describe(lang, mode, &action);
                assert!(
                    !text.is_empty() && !text.contains('_'),
                    "{mode:?} {action:?}: {text}"
                );
            }
        }
    }
}
