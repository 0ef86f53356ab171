//! Cluster mode on the session screen (issue 4): the ideas of the current
//! phase in columns, one per cluster, with the ideas in no cluster first.
//! The facilitator moves a cursor, marks ideas, moves them into clusters,
//! creates, renames, merges, dissolves and reorders clusters, merges
//! duplicate ideas, and reviews suggested clusters one at a time.
//!
//! The state kept here is only where the cursor is, what is marked and what
//! is being asked (a target cluster, a name, the review of suggestions).
//! Every change to the session is a command from `core::clustering`, applied
//! through the board's history: undoable and saved at once.
//!
//! The columns are read from `Board::rows`, which the board rebuilds after
//! every change, undo and redo included. So this state cannot go stale: the
//! cursor is clamped when it is read, and marks of ideas that are gone are
//! ignored when they are used.

use super::action::Action;
use super::app::{App, Screen, edit_text};
use super::board::{Board, Note, Row};
use super::keymap::Mode;
use super::text_input::TextInput;
use crate::core::clustering;
use crate::core::text::clean_line;
use crate::core::{ActionSource, ClusterId, Command, DomainError, Idea, IdeaId, Session, VoteOption};
use crate::i18n::{Msg, fill};
use jiff::Timestamp;
use std::collections::HashSet;

mod review;

pub use review::{Proposal, Review, Verdict};
use review::{on_review, start_review};

/// Ideas the page keys move.
const PAGE: usize = 10;

/// One column of the cluster board: the ideas in no cluster, or a cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// Index into `session.clusters`; `None` for the ideas in no cluster.
    pub cluster: Option<usize>,
    /// The row (in `Board::rows`) of its first idea.
    pub first: usize,
    /// How many ideas it holds.
    pub len: usize,
}

/// The columns of the current phase, "not clustered" always first. Hops from
/// heading to heading, so it costs one step per cluster, not per idea.
pub fn groups(rows: &[Row]) -> Vec<Group> {
    let mut groups = Vec::new();
    let mut row = 0;
    match rows.first() {
        // Without clusters the rows are the ideas alone.
        Some(Row::Idea(_)) => {
            return vec![Group {
                cluster: None,
                first: 0,
                len: rows.len(),
            }];
        }
        Some(Row::Group { cluster: None, ideas }) => {
            groups.push(Group {
                cluster: None,
                first: 1,
                len: *ideas,
            });
            row = 1 + ideas;
        }
        _ => groups.push(Group {
            cluster: None,
            first: 0,
            len: 0,
        }),
    }
    while let Some(Row::Group {
        cluster: Some(cluster),
        ideas,
    }) = rows.get(row)
    {
        groups.push(Group {
            cluster: Some(*cluster),
            first: row + 1,
            len: *ideas,
        });
        row += 1 + ideas;
    }
    groups
}

/// Where the cursor is: a column, and an idea in it unless it is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub group: usize,
    pub position: Option<usize>,
}

/// The state of cluster mode.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClusterMode {
    /// The focused column and the place in it, as last set; see [`ClusterMode::cursor`].
    group: usize,
    position: usize,
    /// Ideas marked for moving or merging.
    pub marked: HashSet<IdeaId>,
    /// Choosing a target cluster.
    pub pick: Option<Pick>,
    /// Typing a name.
    pub naming: Option<Naming>,
    /// Reviewing suggestions.
    pub review: Option<Review>,
    /// Where the last ideas went, offered first next time.
    last_target: Option<Option<ClusterId>>,
}

/// Choosing the cluster that ideas go to, or that a cluster merges into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    pub purpose: PickPurpose,
    /// The chosen column.
    pub target: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickPurpose {
    /// These ideas move to the target.
    Move(Vec<IdeaId>),
    /// This cluster merges into the target.
    Merge(ClusterId),
}

/// A name being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Naming {
    pub purpose: NamingPurpose,
    pub text: TextInput,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamingPurpose {
    /// A new cluster with these ideas.
    NewCluster(Vec<IdeaId>),
    Rename(ClusterId),
    /// The suggestion under review.
    Suggestion,
}

impl ClusterMode {
    /// Cluster mode with the cursor on a column and a place in it.
    pub fn at(group: usize, position: usize) -> ClusterMode {
        ClusterMode {
            group,
            position,
            ..ClusterMode::default()
        }
    }

    /// The keyboard mode this state asks for.
    pub fn mode(&self) -> Mode {
        if self.naming.is_some() {
            Mode::ClusterName
        } else if self.review.is_some() {
            Mode::Suggest
        } else if self.pick.is_some() {
            Mode::ClusterPick
        } else {
            Mode::Cluster
        }
    }

    /// The cursor, clamped to the columns as they are now.
    pub fn cursor(&self, groups: &[Group]) -> Cursor {
        let group = self.group.min(groups.len().saturating_sub(1));
        let len = groups.get(group).map_or(0, |g| g.len);
        let position = (len > 0).then(|| self.position.min(len - 1));
        Cursor { group, position }
    }

    /// Moves the cursor `step` ideas down (negative: up) within its column.
    fn step(&mut self, groups: &[Group], step: isize) {
        let cursor = self.cursor(groups);
        self.group = cursor.group;
        let Some(position) = cursor.position else {
            return;
        };
        let last = groups[cursor.group].len - 1;
        self.position = position.saturating_add_signed(step).min(last);
    }

    fn focus(&mut self, groups: &[Group], group: usize) {
        let cursor = self.cursor(groups);
        self.group = group.min(groups.len().saturating_sub(1));
        // Keep the row, as a spreadsheet does; it is clamped when read.
        self.position = cursor.position.unwrap_or(self.position);
    }
}

/// The mode of a board in cluster mode.
pub fn mode_of(board: &Board) -> Mode {
    board.cluster.as_ref().map_or(Mode::Board, ClusterMode::mode)
}

/// The idea at a place of a column.
pub fn idea_at<'a>(board: &'a Board, group: &Group, position: usize) -> Option<&'a Idea> {
    if position >= group.len {
        return None;
    }
    match board.rows.get(group.first + position) {
        Some(Row::Idea(index)) => board.session.ideas.get(*index),
        _ => None,
    }
}

/// The id of a column's cluster.
pub fn cluster_id(session: &Session, group: &Group) -> Option<ClusterId> {
    group
        .cluster
        .and_then(|index| session.clusters.get(index))
        .map(|c| c.id)
}

/// The column a cluster is in.
fn group_of(session: &Session, groups: &[Group], id: Option<ClusterId>) -> Option<usize> {
    groups.iter().position(|g| cluster_id(session, g) == id)
}

/// Where an idea is on the board.
fn locate(board: &Board, groups: &[Group], id: IdeaId) -> Option<(usize, usize)> {
    groups.iter().enumerate().find_map(|(g, group)| {
        (0..group.len)
            .find(|p| idea_at(board, group, *p).is_some_and(|i| i.id == id))
            .map(|p| (g, p))
    })
}

fn is_vote_option(session: &Session, option: VoteOption) -> bool {
    session.rounds.iter().any(|round| round.options.contains(&option))
}

// ----- what the user is told -----

/// A placeholder's value: a text, or the key bound to an action (looked up
/// when the message is written, so remapped keys show as they are).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Arg {
    Text(String),
    /// A text of the catalogue, in the interface language.
    Msg(Msg),
    Key(Mode, Action),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
enum Feedback {
    #[default]
    Quiet,
    Say {
        msg: Msg,
        args: Vec<(&'static str, Arg)>,
        warn: bool,
    },
    Refused(DomainError),
}

impl Feedback {
    fn info(msg: Msg) -> Feedback {
        Feedback::Say {
            msg,
            args: Vec::new(),
            warn: false,
        }
    }

    fn warn(msg: Msg) -> Feedback {
        Feedback::Say {
            msg,
            args: Vec::new(),
            warn: true,
        }
    }

    fn text(mut self, name: &'static str, value: impl Into<String>) -> Feedback {
        if let Feedback::Say { args, .. } = &mut self {
            args.push((name, Arg::Text(value.into())));
        }
        self
    }

    fn word(mut self, name: &'static str, msg: Msg) -> Feedback {
        if let Feedback::Say { args, .. } = &mut self {
            args.push((name, Arg::Msg(msg)));
        }
        self
    }

    fn key(mut self, name: &'static str, mode: Mode, action: Action) -> Feedback {
        if let Feedback::Say { args, .. } = &mut self {
            args.push((name, Arg::Key(mode, action)));
        }
        self
    }

    fn from_note(note: Note) -> Feedback {
        match note {
            Note::Refused(error) => Feedback::Refused(error),
            // A failed save shows in the status line.
            _ => Feedback::Quiet,
        }
    }
}

fn say(app: &mut App, feedback: Feedback) {
    match feedback {
        Feedback::Quiet => {}
        Feedback::Refused(error) => {
            let text = app.describe_domain_error(&error);
            app.warn(text);
        }
        Feedback::Say { msg, args, warn } => {
            let values: Vec<(&str, String)> = args
                .iter()
                .map(|(name, arg)| match arg {
                    Arg::Text(text) => (*name, text.clone()),
                    Arg::Msg(msg) => (*name, crate::i18n::tr(app.lang, *msg).to_string()),
                    Arg::Key(mode, action) => (*name, app.key_hint(*mode, action)),
                })
                .collect();
            let args: Vec<(&str, &dyn std::fmt::Display)> = values
                .iter()
                .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
                .collect();
            let text = fill(app.lang, msg, &args);
            if warn {
                app.warn(text);
            } else {
                app.inform(text);
            }
        }
    }
}

/// What an action did: what to say, whether cluster mode ends, and an
/// action for the session screen to handle as in every mode.
#[derive(Debug, Default)]
struct Outcome {
    feedback: Feedback,
    leave: bool,
    pass: Option<Action>,
}

impl From<Feedback> for Outcome {
    fn from(feedback: Feedback) -> Outcome {
        Outcome {
            feedback,
            ..Outcome::default()
        }
    }
}

fn pass(action: Action) -> Outcome {
    Outcome {
        pass: Some(action),
        ..Outcome::default()
    }
}

// ----- entering, leaving, dispatching -----

/// Turns cluster mode on, with the cursor on the idea selected on the board.
pub fn enter(app: &mut App) {
    let Screen::Board(board) = &mut app.screen else {
        return;
    };
    if board.idea_count == 0 {
        return say(app, Feedback::info(Msg::NoIdeasToCluster));
    }
    let groups = groups(&board.rows);
    let (group, position) = board
        .selected_idea()
        .map(|idea| idea.id)
        .and_then(|id| locate(board, &groups, id))
        .unwrap_or((0, 0));
    // The footer says what to do next; a message would only repeat it.
    board.cluster = Some(ClusterMode::at(group, position));
}

/// Acts on an action in one of the cluster modes. Returns the action when
/// the session screen handles it as in every mode (quit, help, undo, ...).
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let now = app.now;
    let Screen::Board(board) = &mut app.screen else {
        return Some(action);
    };
    let Some(mut state) = board.cluster.take() else {
        return Some(action);
    };
    let outcome = match state.mode() {
        Mode::ClusterName => on_naming(board, &mut state, action, now),
        Mode::Suggest => on_review(board, &mut state, action, now),
        Mode::ClusterPick => on_pick(board, &mut state, action, now),
        _ => on_board(board, &mut state, action, now),
    };
    if outcome.leave {
        let groups = groups(&board.rows);
        let cursor = state.cursor(&groups);
        if let Some(position) = cursor.position {
            board.selected_row = groups[cursor.group].first + position;
        }
    } else {
        board.cluster = Some(state);
    }
    say(app, outcome.feedback);
    outcome.pass
}

/// After an undo or redo: forgets marks of ideas that are no longer in the
/// phase, so the count shown is right.
pub fn tidy(app: &mut App) {
    let Screen::Board(board) = &mut app.screen else {
        return;
    };
    let Some(phase) = board.phase().map(|p| p.id) else {
        return;
    };
    let Some(state) = board.cluster.as_mut() else {
        return;
    };
    if state.marked.is_empty() {
        return;
    }
    let present: HashSet<IdeaId> = board
        .session
        .ideas_in(phase)
        .filter(|idea| state.marked.contains(&idea.id))
        .map(|idea| idea.id)
        .collect();
    state.marked = present;
}

// ----- the board of clusters -----

fn on_board(board: &mut Board, state: &mut ClusterMode, action: Action, now: Timestamp) -> Outcome {
    use Action as A;
    let groups = groups(&board.rows);
    let cursor = state.cursor(&groups);
    match action {
        A::SelectNext => state.step(&groups, 1),
        A::SelectPrevious => state.step(&groups, -1),
        A::PageDown => state.step(&groups, PAGE as isize),
        A::PageUp => state.step(&groups, -(PAGE as isize)),
        A::SelectFirst => state.position = 0,
        A::SelectLast => state.position = usize::MAX,
        A::FocusNextCluster => state.focus(&groups, cursor.group + 1),
        A::FocusPreviousCluster => state.focus(&groups, cursor.group.saturating_sub(1)),
        A::SelectCluster(group) if group < groups.len() => state.focus(&groups, group),
        A::SelectClusterIdea(group, position) if group < groups.len() => {
            // A second click on the selected idea marks it (or unmarks it).
            if cursor.group == group && cursor.position == Some(position) {
                toggle_mark(board, state, &groups);
            } else {
                state.group = group;
                state.position = position;
            }
        }
        A::ToggleMark => toggle_mark(board, state, &groups),
        A::MoveToCluster => return open_move(board, state, &groups).into(),
        A::NewCluster => return open_new_cluster(board, state, &groups).into(),
        A::RenameCluster => return open_rename(board, state, &groups).into(),
        A::MergeCluster => return open_merge(board, state, &groups).into(),
        A::DissolveCluster => return dissolve(board, state, &groups, now).into(),
        A::MergeIdeas => return merge_ideas(board, state, &groups, now).into(),
        A::MoveIdeaUp => return move_idea(board, state, &groups, -1, now).into(),
        A::MoveIdeaDown => return move_idea(board, state, &groups, 1, now).into(),
        A::MoveClusterEarlier => return move_cluster(board, state, &groups, -1, now).into(),
        A::MoveClusterLater => return move_cluster(board, state, &groups, 1, now).into(),
        A::SuggestClusters => return start_review(board, state).into(),
        A::LeaveClusterMode if !state.marked.is_empty() => state.marked.clear(),
        A::LeaveClusterMode => {
            return Outcome {
                leave: true,
                ..Outcome::default()
            };
        }
        A::Quit | A::ToggleHelp | A::Undo | A::Redo | A::SaveSession | A::ToggleTimer => return pass(action),
        _ => {}
    }
    Outcome::default()
}

fn toggle_mark(board: &Board, state: &mut ClusterMode, groups: &[Group]) {
    let cursor = state.cursor(groups);
    let Some(id) = cursor
        .position
        .and_then(|p| idea_at(board, &groups[cursor.group], p))
        .map(|idea| idea.id)
    else {
        return;
    };
    if !state.marked.remove(&id) {
        state.marked.insert(id);
    }
}

/// The ideas an operation acts on: the marked ones of this phase in board
/// order, or else the one under the cursor.
fn chosen(board: &Board, state: &ClusterMode, groups: &[Group]) -> Vec<IdeaId> {
    if !state.marked.is_empty() {
        let marked: Vec<IdeaId> = groups
            .iter()
            .flat_map(|group| (0..group.len).filter_map(move |p| idea_at(board, group, p)))
            .filter(|idea| state.marked.contains(&idea.id))
            .map(|idea| idea.id)
            .collect();
        if !marked.is_empty() {
            return marked;
        }
    }
    cursor_idea(board, state, groups)
        .map(|i| i.id)
        .into_iter()
        .collect()
}

fn cursor_idea<'a>(board: &'a Board, state: &ClusterMode, groups: &[Group]) -> Option<&'a Idea> {
    let cursor = state.cursor(groups);
    cursor
        .position
        .and_then(|p| idea_at(board, &groups[cursor.group], p))
}

fn focused_cluster(board: &Board, state: &ClusterMode, groups: &[Group]) -> Option<ClusterId> {
    let cursor = state.cursor(groups);
    groups
        .get(cursor.group)
        .and_then(|g| cluster_id(&board.session, g))
}

fn no_idea() -> Feedback {
    Feedback::warn(Msg::NoIdeaChosen).key("key", Mode::Cluster, Action::ToggleMark)
}

fn open_move(board: &Board, state: &mut ClusterMode, groups: &[Group]) -> Feedback {
    let ideas = chosen(board, state, groups);
    if ideas.is_empty() {
        return no_idea();
    }
    if groups.len() == 1 {
        // No cluster yet: the only place to go is a new one.
        state.naming = Some(Naming {
            purpose: NamingPurpose::NewCluster(ideas),
            text: TextInput::new(),
        });
        return Feedback::Quiet;
    }
    let source = state.cursor(groups).group;
    let remembered = state
        .last_target
        .and_then(|target| group_of(&board.session, groups, target))
        .filter(|g| *g != source);
    let target = remembered.unwrap_or((source + 1) % groups.len());
    state.pick = Some(Pick {
        purpose: PickPurpose::Move(ideas),
        target,
    });
    Feedback::Quiet
}

fn open_new_cluster(board: &Board, state: &mut ClusterMode, groups: &[Group]) -> Feedback {
    let ideas = chosen(board, state, groups);
    state.naming = Some(Naming {
        purpose: NamingPurpose::NewCluster(ideas),
        text: TextInput::new(),
    });
    Feedback::Quiet
}

fn open_rename(board: &Board, state: &mut ClusterMode, groups: &[Group]) -> Feedback {
    let Some(cluster) = focused_cluster(board, state, groups).and_then(|id| board.session.cluster(id)) else {
        return Feedback::warn(Msg::NoClusterFocused);
    };
    state.naming = Some(Naming {
        purpose: NamingPurpose::Rename(cluster.id),
        text: TextInput::with_text(&cluster.title),
    });
    Feedback::Quiet
}

fn open_merge(board: &Board, state: &mut ClusterMode, groups: &[Group]) -> Feedback {
    let Some(source) = focused_cluster(board, state, groups) else {
        return Feedback::warn(Msg::NoClusterFocused);
    };
    if groups.len() < 3 {
        return Feedback::warn(Msg::NoOtherCluster);
    }
    if is_vote_option(&board.session, VoteOption::Cluster(source)) {
        return Feedback::warn(Msg::ClusterInVote);
    }
    let purpose = PickPurpose::Merge(source);
    let from = state.cursor(groups).group;
    let Some(target) = next_target(&board.session, groups, &purpose, from, 1) else {
        return Feedback::warn(Msg::NoOtherCluster);
    };
    state.pick = Some(Pick { purpose, target });
    Feedback::Quiet
}

fn dissolve(board: &mut Board, state: &mut ClusterMode, groups: &[Group], now: Timestamp) -> Feedback {
    let Some(id) = focused_cluster(board, state, groups) else {
        return Feedback::warn(Msg::NoClusterFocused);
    };
    let session = &board.session;
    if is_vote_option(session, VoteOption::Cluster(id)) {
        return Feedback::warn(Msg::ClusterInVoteDissolve);
    }
    if session
        .actions
        .iter()
        .any(|a| a.source == Some(ActionSource::Cluster(id)))
    {
        return Feedback::warn(Msg::ClusterHasActions);
    }
    let title = session.cluster(id).map(|c| c.title.clone()).unwrap_or_default();
    let command = match clustering::dissolve_cluster(session, id) {
        Ok(command) => command,
        Err(error) => return Feedback::Refused(error),
    };
    if let Err(note) = board.change(command, now, None) {
        return Feedback::from_note(note);
    }
    Feedback::info(Msg::ClusterDissolved)
        .text("name", title)
        .key("key", Mode::Cluster, Action::Undo)
}

fn merge_ideas(board: &mut Board, state: &mut ClusterMode, groups: &[Group], now: Timestamp) -> Feedback {
    let Some(keep) = cursor_idea(board, state, groups).map(|i| i.id) else {
        return no_idea();
    };
    let others: Vec<IdeaId> = chosen(board, state, groups)
        .into_iter()
        .filter(|id| *id != keep && state.marked.contains(id))
        .collect();
    if others.is_empty() {
        return Feedback::info(Msg::MergeNeedsMarks)
            .key("mark", Mode::Cluster, Action::ToggleMark)
            .key("merge", Mode::Cluster, Action::MergeIdeas);
    }
    let session = &board.session;
    if std::iter::once(&keep)
        .chain(&others)
        .any(|id| is_vote_option(session, VoteOption::Idea(*id)))
    {
        return Feedback::warn(Msg::IdeaInVoteMerge);
    }
    // Each merge reads the session as the one before left it.
    let mut scratch = session.clone();
    let mut commands = Vec::with_capacity(others.len());
    for other in others {
        let command = match clustering::merge_ideas(&scratch, keep, other) {
            Ok(command) => command,
            Err(error) => return Feedback::Refused(error),
        };
        if let Err(error) = scratch.apply(command.clone()) {
            return Feedback::Refused(error);
        }
        commands.push(command);
    }
    if let Err(note) = board.change(Command::Batch(commands), now, Some(keep)) {
        return Feedback::from_note(note);
    }
    state.marked.clear();
    let groups = self::groups(&board.rows);
    if let Some((group, position)) = locate(board, &groups, keep) {
        state.group = group;
        state.position = position;
    }
    Feedback::info(Msg::IdeasMerged).key("key", Mode::Cluster, Action::Undo)
}

fn move_idea(
    board: &mut Board,
    state: &mut ClusterMode,
    groups: &[Group],
    step: isize,
    now: Timestamp,
) -> Feedback {
    let cursor = state.cursor(groups);
    let (Some(position), Some(idea)) = (cursor.position, cursor_idea(board, state, groups)) else {
        return no_idea();
    };
    let Some(to) = position.checked_add_signed(step) else {
        return Feedback::Quiet;
    };
    match clustering::move_idea_to(&board.session, idea.id, to) {
        Ok(Some(command)) => {
            let id = idea.id;
            if let Err(note) = board.change(command, now, Some(id)) {
                return Feedback::from_note(note);
            }
            state.group = cursor.group;
            state.position = to;
            Feedback::Quiet
        }
        Ok(None) => Feedback::Quiet,
        Err(error) => Feedback::Refused(error),
    }
}

fn move_cluster(
    board: &mut Board,
    state: &mut ClusterMode,
    groups: &[Group],
    step: isize,
    now: Timestamp,
) -> Feedback {
    let Some(id) = focused_cluster(board, state, groups) else {
        return Feedback::warn(Msg::NoClusterFocused);
    };
    // Column 0 holds the ideas in no cluster; clusters count from column 1.
    let place = state.cursor(groups).group - 1;
    let Some(to) = place.checked_add_signed(step) else {
        return Feedback::Quiet;
    };
    match clustering::move_cluster_to(&board.session, id, to) {
        Ok(Some(command)) => {
            if let Err(note) = board.change(command, now, None) {
                return Feedback::from_note(note);
            }
            let groups = self::groups(&board.rows);
            if let Some(group) = group_of(&board.session, &groups, Some(id)) {
                state.group = group;
            }
            Feedback::Quiet
        }
        Ok(None) => Feedback::Quiet,
        Err(error) => Feedback::Refused(error),
    }
}

// ----- choosing a target cluster -----

/// The next column (in `direction`, wrapping) that can be a target.
fn next_target(
    session: &Session,
    groups: &[Group],
    purpose: &PickPurpose,
    from: usize,
    direction: isize,
) -> Option<usize> {
    let count = groups.len() as isize;
    (1..=count)
        .map(|step| (from as isize + direction * step).rem_euclid(count) as usize)
        .find(|g| is_target(session, groups, purpose, *g))
}

/// Whether a column can take what is being moved: any column for ideas; for
/// a merge, any other cluster.
pub fn is_target(session: &Session, groups: &[Group], purpose: &PickPurpose, group: usize) -> bool {
    let Some(column) = groups.get(group) else {
        return false;
    };
    match purpose {
        PickPurpose::Move(_) => true,
        PickPurpose::Merge(source) => cluster_id(session, column).is_some_and(|id| id != *source),
    }
}

fn on_pick(board: &mut Board, state: &mut ClusterMode, action: Action, now: Timestamp) -> Outcome {
    use Action as A;
    let groups = groups(&board.rows);
    let Some(pick) = state.pick.as_mut() else {
        return Outcome::default();
    };
    let session = &board.session;
    let valid = |g: usize| is_target(session, &groups, &pick.purpose, g);
    match action {
        A::FocusNextCluster | A::FocusPreviousCluster => {
            let direction = if action == A::FocusNextCluster { 1 } else { -1 };
            if let Some(target) = next_target(session, &groups, &pick.purpose, pick.target, direction) {
                pick.target = target;
            }
        }
        A::SelectFirst => {
            if let Some(first) = (0..groups.len()).find(|g| valid(*g)) {
                pick.target = first;
            }
        }
        A::SelectLast => {
            if let Some(last) = (0..groups.len()).rev().find(|g| valid(*g)) {
                pick.target = last;
            }
        }
        A::SelectCluster(group) | A::SelectClusterIdea(group, _) if valid(group) => {
            // A click chooses; a second click on the chosen one confirms.
            if pick.target == group {
                return confirm_pick(board, state, &groups, now).into();
            }
            pick.target = group;
        }
        A::SubmitInput => return confirm_pick(board, state, &groups, now).into(),
        A::NewCluster => {
            if let Some(Pick {
                purpose: PickPurpose::Move(ideas),
                ..
            }) = state.pick.take()
            {
                state.naming = Some(Naming {
                    purpose: NamingPurpose::NewCluster(ideas),
                    text: TextInput::new(),
                });
            }
        }
        A::CancelInput => state.pick = None,
        A::Quit | A::ToggleHelp => return pass(action),
        _ => {}
    }
    Outcome::default()
}

fn confirm_pick(board: &mut Board, state: &mut ClusterMode, groups: &[Group], now: Timestamp) -> Feedback {
    let Some(pick) = state.pick.take() else {
        return Feedback::Quiet;
    };
    let Some(column) = groups.get(pick.target) else {
        return Feedback::Quiet;
    };
    let target = cluster_id(&board.session, column);
    let title = |session: &Session, id: Option<ClusterId>| {
        id.and_then(|id| session.cluster(id))
            .map(|c| c.title.clone())
            .unwrap_or_default()
    };
    match pick.purpose {
        PickPurpose::Move(ideas) => {
            let name = |feedback: Feedback| match target {
                Some(_) => feedback.text("cluster", title(&board.session, target)),
                None => feedback.word("cluster", Msg::Unclustered),
            };
            match clustering::move_ideas(&board.session, &ideas, target) {
                Ok(Some(command)) => {
                    let said = name(Feedback::info(Msg::MovedTo));
                    if let Err(note) = board.change(command, now, None) {
                        return Feedback::from_note(note);
                    }
                    state.marked.clear();
                    state.last_target = Some(target);
                    said
                }
                Ok(None) => name(Feedback::info(Msg::AlreadyIn)),
                Err(error) => Feedback::Refused(error),
            }
        }
        PickPurpose::Merge(from) => {
            let Some(into) = target else {
                return Feedback::Quiet;
            };
            let from_title = title(&board.session, Some(from));
            let into_title = title(&board.session, Some(into));
            let command = match clustering::merge_clusters(&board.session, into, from) {
                Ok(command) => command,
                Err(error) => return Feedback::Refused(error),
            };
            if let Err(note) = board.change(command, now, None) {
                return Feedback::from_note(note);
            }
            let groups = self::groups(&board.rows);
            if let Some(group) = group_of(&board.session, &groups, Some(into)) {
                state.group = group;
            }
            Feedback::info(Msg::ClustersMerged)
                .text("from", from_title)
                .text("into", into_title)
                .key("key", Mode::Cluster, Action::Undo)
        }
    }
}

// ----- typing a name -----

fn on_naming(board: &mut Board, state: &mut ClusterMode, action: Action, now: Timestamp) -> Outcome {
    use Action as A;
    let Some(naming) = state.naming.as_mut() else {
        return Outcome::default();
    };
    match action {
        A::SubmitInput => return submit_name(board, state, now).into(),
        A::CancelInput => state.naming = None,
        A::Paste(text) => naming.text.insert_str(&text.replace(['\r', '\n'], " ")),
        A::Quit | A::ToggleHelp => return pass(action),
        other => edit_text(&mut naming.text, &other),
    }
    Outcome::default()
}

fn submit_name(board: &mut Board, state: &mut ClusterMode, now: Timestamp) -> Feedback {
    let Some(naming) = state.naming.as_ref() else {
        return Feedback::Quiet;
    };
    let name = clean_line(naming.text.text());
    if name.is_empty() {
        return Feedback::warn(Msg::ClusterNameEmpty);
    }
    let Some(naming) = state.naming.take() else {
        return Feedback::Quiet;
    };
    let session = &board.session;
    match naming.purpose {
        NamingPurpose::NewCluster(ideas) => {
            let Some(phase) = board.phase().map(|p| p.id) else {
                return Feedback::Quiet;
            };
            let command = match clustering::create_cluster(session, phase, ClusterId::random(), &name, &ideas)
            {
                Ok(command) => command,
                Err(error) => {
                    return refuse_name(state, naming.text, NamingPurpose::NewCluster(ideas), error);
                }
            };
            if let Err(note) = board.change(command, now, None) {
                return Feedback::from_note(note);
            }
            state.marked.clear();
            Feedback::info(Msg::ClusterCreated).text("name", name)
        }
        NamingPurpose::Rename(id) => {
            if session.cluster(id).is_some_and(|c| c.title == name) {
                return Feedback::Quiet;
            }
            let command = match clustering::rename_cluster(session, id, &name) {
                Ok(command) => command,
                Err(error) => return Feedback::Refused(error),
            };
            if let Err(note) = board.change(command, now, None) {
                return match note {
                    Note::Refused(error) => refuse_name(state, naming.text, NamingPurpose::Rename(id), error),
                    other => Feedback::from_note(other),
                };
            }
            Feedback::info(Msg::ClusterRenamed).text("name", name)
        }
        NamingPurpose::Suggestion => {
            if let Some(review) = state.review.as_mut()
                && let Some(proposal) = review.proposals.get_mut(review.current)
            {
                proposal.name = name;
            }
            Feedback::Quiet
        }
    }
}

/// Keeps the name field open after a refused name (too long, say).
fn refuse_name(
    state: &mut ClusterMode,
    text: TextInput,
    purpose: NamingPurpose,
    error: DomainError,
) -> Feedback {
    state.naming = Some(Naming { purpose, text });
    Feedback::Refused(error)
}

#[cfg(test)]
mod tests;
