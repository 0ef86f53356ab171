//! What each key does in cluster mode: to the cursor, the marks and the
//! session. Every change to the session is a command from
//! `core::clustering`, applied through the document's history: undoable
//! and saved at once.

use super::review::start_review;
use super::state::{
    ClusterMode, Group, Naming, NamingPurpose, Pick, PickPurpose, cluster_id, group_of, groups, idea_at,
    locate,
};
use crate::core::clustering;
use crate::core::text::clean_line;
use crate::core::{ActionSource, ClusterId, Command, DomainError, Idea, IdeaId, Session, VoteOption};
use crate::i18n::Msg;
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Route, Say, Spot};
use crate::tui::text_input::{TextInput, edit_text};
use jiff::Timestamp;

/// Ideas the page keys move.
const PAGE: usize = 10;

fn is_vote_option(session: &Session, option: VoteOption) -> bool {
    session.rounds.iter().any(|round| round.options.contains(&option))
}

// ----- the doc of clusters -----

pub(super) fn on_board(
    doc: &mut Document,
    state: &mut ClusterMode,
    action: Action,
    now: Timestamp,
) -> Outcome {
    use Action as A;
    let groups = groups(&doc.rows);
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
                toggle_mark(doc, state, &groups);
            } else {
                state.group = group;
                state.position = position;
            }
        }
        A::ToggleMark => toggle_mark(doc, state, &groups),
        A::MoveToCluster => return open_move(doc, state, &groups),
        A::NewCluster => return open_new_cluster(doc, state, &groups),
        A::RenameCluster => return open_rename(doc, state, &groups),
        A::MergeCluster => return open_merge(doc, state, &groups),
        A::DissolveCluster => return dissolve(doc, state, &groups, now),
        A::MergeIdeas => return merge_ideas(doc, state, &groups, now),
        A::MoveIdeaUp => return move_idea(doc, state, &groups, -1, now),
        A::MoveIdeaDown => return move_idea(doc, state, &groups, 1, now),
        A::MoveClusterEarlier => return move_cluster(doc, state, &groups, -1, now),
        A::MoveClusterLater => return move_cluster(doc, state, &groups, 1, now),
        A::SuggestClusters => return start_review(doc, state),
        A::ShowSpotlight => return spotlight(doc, state, &groups),
        A::LeaveClusterMode if !state.marked.is_empty() => state.marked.clear(),
        A::LeaveClusterMode => {
            return Outcome::Pop;
        }
        A::Quit | A::ToggleHelp | A::Undo | A::Redo | A::SaveSession | A::ToggleTimer => {
            return Outcome::Pass(action);
        }
        _ => {}
    }
    Outcome::Stay
}

fn toggle_mark(doc: &Document, state: &mut ClusterMode, groups: &[Group]) {
    let cursor = state.cursor(groups);
    let Some(id) = cursor
        .position
        .and_then(|p| idea_at(doc, &groups[cursor.group], p))
        .map(|idea| idea.id)
    else {
        return;
    };
    if !state.marked.remove(&id) {
        state.marked.insert(id);
    }
}

/// The ideas an operation acts on: the marked ones of this phase in doc
/// order, or else the one under the cursor.
pub(super) fn chosen(doc: &Document, state: &ClusterMode, groups: &[Group]) -> Vec<IdeaId> {
    if !state.marked.is_empty() {
        let marked: Vec<IdeaId> = groups
            .iter()
            .flat_map(|group| (0..group.len).filter_map(move |p| idea_at(doc, group, p)))
            .filter(|idea| state.marked.contains(&idea.id))
            .map(|idea| idea.id)
            .collect();
        if !marked.is_empty() {
            return marked;
        }
    }
    cursor_idea(doc, state, groups)
        .map(|i| i.id)
        .into_iter()
        .collect()
}

pub(super) fn cursor_idea<'a>(doc: &'a Document, state: &ClusterMode, groups: &[Group]) -> Option<&'a Idea> {
    let cursor = state.cursor(groups);
    cursor
        .position
        .and_then(|p| idea_at(doc, &groups[cursor.group], p))
}

fn focused_cluster(doc: &Document, state: &ClusterMode, groups: &[Group]) -> Option<ClusterId> {
    let cursor = state.cursor(groups);
    groups.get(cursor.group).and_then(|g| cluster_id(&doc.session, g))
}

/// The spotlight on the focused cluster with its ideas; in the column of
/// ideas in no cluster, on the idea under the cursor.
fn spotlight(doc: &Document, state: &ClusterMode, groups: &[Group]) -> Outcome {
    if let Some(cluster) = focused_cluster(doc, state, groups) {
        return Outcome::Push(Route::Spotlight(Spot::Cluster(cluster)));
    }
    match cursor_idea(doc, state, groups) {
        Some(idea) => Outcome::Push(Route::Spotlight(Spot::Idea(idea.id))),
        None => no_idea(),
    }
}

fn no_idea() -> Outcome {
    Say::warn(Msg::NoIdeaChosen)
        .key("key", Mode::Cluster, Action::ToggleMark)
        .into()
}

fn open_move(doc: &Document, state: &mut ClusterMode, groups: &[Group]) -> Outcome {
    let ideas = chosen(doc, state, groups);
    if ideas.is_empty() {
        return no_idea();
    }
    if groups.len() == 1 {
        // No cluster yet: the only place to go is a new one.
        state.naming = Some(Naming {
            purpose: NamingPurpose::NewCluster(ideas),
            text: TextInput::new(),
        });
        return Outcome::Stay;
    }
    let source = state.cursor(groups).group;
    let remembered = state
        .last_target
        .and_then(|target| group_of(&doc.session, groups, target))
        .filter(|g| *g != source);
    let target = remembered.unwrap_or((source + 1) % groups.len());
    state.pick = Some(Pick {
        purpose: PickPurpose::Move(ideas),
        target,
    });
    Outcome::Stay
}

fn open_new_cluster(doc: &Document, state: &mut ClusterMode, groups: &[Group]) -> Outcome {
    let ideas = chosen(doc, state, groups);
    state.naming = Some(Naming {
        purpose: NamingPurpose::NewCluster(ideas),
        text: TextInput::new(),
    });
    Outcome::Stay
}

fn open_rename(doc: &Document, state: &mut ClusterMode, groups: &[Group]) -> Outcome {
    let Some(cluster) = focused_cluster(doc, state, groups).and_then(|id| doc.session.cluster(id)) else {
        return Say::warn(Msg::NoClusterFocused).into();
    };
    state.naming = Some(Naming {
        purpose: NamingPurpose::Rename(cluster.id),
        text: TextInput::with_text(&cluster.title),
    });
    Outcome::Stay
}

fn open_merge(doc: &Document, state: &mut ClusterMode, groups: &[Group]) -> Outcome {
    let Some(source) = focused_cluster(doc, state, groups) else {
        return Say::warn(Msg::NoClusterFocused).into();
    };
    if groups.len() < 3 {
        return Say::warn(Msg::NoOtherCluster).into();
    }
    if is_vote_option(&doc.session, VoteOption::Cluster(source)) {
        return Say::warn(Msg::ClusterInVote).into();
    }
    let purpose = PickPurpose::Merge(source);
    let from = state.cursor(groups).group;
    let Some(target) = next_target(&doc.session, groups, &purpose, from, 1) else {
        return Say::warn(Msg::NoOtherCluster).into();
    };
    state.pick = Some(Pick { purpose, target });
    Outcome::Stay
}

fn dissolve(doc: &mut Document, state: &mut ClusterMode, groups: &[Group], now: Timestamp) -> Outcome {
    let Some(id) = focused_cluster(doc, state, groups) else {
        return Say::warn(Msg::NoClusterFocused).into();
    };
    let session = &doc.session;
    if is_vote_option(session, VoteOption::Cluster(id)) {
        return Say::warn(Msg::ClusterInVoteDissolve).into();
    }
    if session
        .actions
        .iter()
        .any(|a| a.source == Some(ActionSource::Cluster(id)))
    {
        return Say::warn(Msg::ClusterHasActions).into();
    }
    let title = session.cluster(id).map(|c| c.title.clone()).unwrap_or_default();
    let command = match clustering::dissolve_cluster(session, id) {
        Ok(command) => command,
        Err(error) => return Say::Refused(error).into(),
    };
    if let Err(note) = doc.change(command, now, None) {
        return not_saved(note);
    }
    Say::info(Msg::ClusterDissolved)
        .text("name", title)
        .key("key", Mode::Cluster, Action::Undo)
        .into()
}

fn merge_ideas(doc: &mut Document, state: &mut ClusterMode, groups: &[Group], now: Timestamp) -> Outcome {
    let Some(keep) = cursor_idea(doc, state, groups).map(|i| i.id) else {
        return no_idea();
    };
    let others: Vec<IdeaId> = chosen(doc, state, groups)
        .into_iter()
        .filter(|id| *id != keep && state.marked.contains(id))
        .collect();
    if others.is_empty() {
        return Say::info(Msg::MergeNeedsMarks)
            .key("mark", Mode::Cluster, Action::ToggleMark)
            .key("merge", Mode::Cluster, Action::MergeIdeas)
            .into();
    }
    let session = &doc.session;
    if std::iter::once(&keep)
        .chain(&others)
        .any(|id| is_vote_option(session, VoteOption::Idea(*id)))
    {
        return Say::warn(Msg::IdeaInVoteMerge).into();
    }
    // Each merge reads the session as the one before left it.
    let mut scratch = session.clone();
    let mut commands = Vec::with_capacity(others.len());
    for other in others {
        let command = match clustering::merge_ideas(&scratch, keep, other) {
            Ok(command) => command,
            Err(error) => return Say::Refused(error).into(),
        };
        if let Err(error) = scratch.apply(command.clone()) {
            return Say::Refused(error).into();
        }
        commands.push(command);
    }
    if let Err(note) = doc.change(Command::Batch(commands), now, Some(keep)) {
        return not_saved(note);
    }
    state.marked.clear();
    let groups = self::groups(&doc.rows);
    if let Some((group, position)) = locate(doc, &groups, keep) {
        state.group = group;
        state.position = position;
    }
    Say::info(Msg::IdeasMerged)
        .key("key", Mode::Cluster, Action::Undo)
        .into()
}

fn move_idea(
    doc: &mut Document,
    state: &mut ClusterMode,
    groups: &[Group],
    step: isize,
    now: Timestamp,
) -> Outcome {
    let cursor = state.cursor(groups);
    let (Some(position), Some(idea)) = (cursor.position, cursor_idea(doc, state, groups)) else {
        return no_idea();
    };
    let Some(to) = position.checked_add_signed(step) else {
        return Outcome::Stay;
    };
    match clustering::move_idea_to(&doc.session, idea.id, to) {
        Ok(Some(command)) => {
            let id = idea.id;
            if let Err(note) = doc.change(command, now, Some(id)) {
                return not_saved(note);
            }
            state.group = cursor.group;
            state.position = to;
            Outcome::Stay
        }
        Ok(None) => Outcome::Stay,
        Err(error) => Say::Refused(error).into(),
    }
}

fn move_cluster(
    doc: &mut Document,
    state: &mut ClusterMode,
    groups: &[Group],
    step: isize,
    now: Timestamp,
) -> Outcome {
    let Some(id) = focused_cluster(doc, state, groups) else {
        return Say::warn(Msg::NoClusterFocused).into();
    };
    // Column 0 holds the ideas in no cluster; clusters count from column 1.
    let place = state.cursor(groups).group - 1;
    let Some(to) = place.checked_add_signed(step) else {
        return Outcome::Stay;
    };
    match clustering::move_cluster_to(&doc.session, id, to) {
        Ok(Some(command)) => {
            if let Err(note) = doc.change(command, now, None) {
                return not_saved(note);
            }
            let groups = self::groups(&doc.rows);
            if let Some(group) = group_of(&doc.session, &groups, Some(id)) {
                state.group = group;
            }
            Outcome::Stay
        }
        Ok(None) => Outcome::Stay,
        Err(error) => Say::Refused(error).into(),
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

pub(super) fn on_pick(
    doc: &mut Document,
    state: &mut ClusterMode,
    action: Action,
    now: Timestamp,
) -> Outcome {
    use Action as A;
    let groups = groups(&doc.rows);
    let Some(pick) = state.pick.as_mut() else {
        return Outcome::Stay;
    };
    let session = &doc.session;
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
                return confirm_pick(doc, state, &groups, now);
            }
            pick.target = group;
        }
        A::SubmitInput => return confirm_pick(doc, state, &groups, now),
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
        A::Quit | A::ToggleHelp => return Outcome::Pass(action),
        _ => {}
    }
    Outcome::Stay
}

fn confirm_pick(doc: &mut Document, state: &mut ClusterMode, groups: &[Group], now: Timestamp) -> Outcome {
    let Some(pick) = state.pick.take() else {
        return Outcome::Stay;
    };
    let Some(column) = groups.get(pick.target) else {
        return Outcome::Stay;
    };
    let target = cluster_id(&doc.session, column);
    let title = |session: &Session, id: Option<ClusterId>| {
        id.and_then(|id| session.cluster(id))
            .map(|c| c.title.clone())
            .unwrap_or_default()
    };
    match pick.purpose {
        PickPurpose::Move(ideas) => {
            let name = |said: Say| match target {
                Some(_) => said.text("cluster", title(&doc.session, target)),
                None => said.word("cluster", Msg::Unclustered),
            };
            match clustering::move_ideas(&doc.session, &ideas, target) {
                Ok(Some(command)) => {
                    let said = name(Say::info(Msg::MovedTo));
                    if let Err(note) = doc.change(command, now, None) {
                        return not_saved(note);
                    }
                    state.marked.clear();
                    state.last_target = Some(target);
                    said.into()
                }
                Ok(None) => name(Say::info(Msg::AlreadyIn)).into(),
                Err(error) => Say::Refused(error).into(),
            }
        }
        PickPurpose::Merge(from) => {
            let Some(into) = target else {
                return Outcome::Stay;
            };
            let from_title = title(&doc.session, Some(from));
            let into_title = title(&doc.session, Some(into));
            let command = match clustering::merge_clusters(&doc.session, into, from) {
                Ok(command) => command,
                Err(error) => return Say::Refused(error).into(),
            };
            if let Err(note) = doc.change(command, now, None) {
                return not_saved(note);
            }
            let groups = self::groups(&doc.rows);
            if let Some(group) = group_of(&doc.session, &groups, Some(into)) {
                state.group = group;
            }
            Say::info(Msg::ClustersMerged)
                .text("from", from_title)
                .text("into", into_title)
                .key("key", Mode::Cluster, Action::Undo)
                .into()
        }
    }
}

// ----- typing a name -----

/// A change that could not be saved shows in the status line's save
/// state; only a refusal is worth a message.
pub(super) fn not_saved(said: Say) -> Outcome {
    match said {
        Say::SaveFailed => Outcome::Stay,
        other => other.into(),
    }
}

pub(super) fn on_naming(
    doc: &mut Document,
    state: &mut ClusterMode,
    action: Action,
    now: Timestamp,
) -> Outcome {
    use Action as A;
    let Some(naming) = state.naming.as_mut() else {
        return Outcome::Stay;
    };
    match action {
        A::SubmitInput => return submit_name(doc, state, now),
        A::CancelInput => state.naming = None,
        A::Paste(text) => naming.text.insert_str(&text.replace(['\r', '\n'], " ")),
        A::Quit | A::ToggleHelp => return Outcome::Pass(action),
        other => edit_text(&mut naming.text, &other),
    }
    Outcome::Stay
}

fn submit_name(doc: &mut Document, state: &mut ClusterMode, now: Timestamp) -> Outcome {
    let Some(naming) = state.naming.as_ref() else {
        return Outcome::Stay;
    };
    let name = clean_line(naming.text.text());
    if name.is_empty() {
        return Say::warn(Msg::ClusterNameEmpty).into();
    }
    let Some(naming) = state.naming.take() else {
        return Outcome::Stay;
    };
    let session = &doc.session;
    match naming.purpose {
        NamingPurpose::NewCluster(ideas) => {
            let Some(phase) = doc.phase().map(|p| p.id) else {
                return Outcome::Stay;
            };
            let command = match clustering::create_cluster(session, phase, ClusterId::random(), &name, &ideas)
            {
                Ok(command) => command,
                Err(error) => {
                    return refuse_name(state, naming.text, NamingPurpose::NewCluster(ideas), error);
                }
            };
            if let Err(note) = doc.change(command, now, None) {
                return not_saved(note);
            }
            state.marked.clear();
            Say::info(Msg::ClusterCreated).text("name", name).into()
        }
        NamingPurpose::Rename(id) => {
            if session.cluster(id).is_some_and(|c| c.title == name) {
                return Outcome::Stay;
            }
            let command = match clustering::rename_cluster(session, id, &name) {
                Ok(command) => command,
                Err(error) => return Say::Refused(error).into(),
            };
            if let Err(note) = doc.change(command, now, None) {
                return match note {
                    Say::Refused(error) => refuse_name(state, naming.text, NamingPurpose::Rename(id), error),
                    other => not_saved(other),
                };
            }
            Say::info(Msg::ClusterRenamed).text("name", name).into()
        }
        NamingPurpose::Suggestion => {
            if let Some(review) = state.review.as_mut()
                && let Some(proposal) = review.proposals.get_mut(review.current)
            {
                proposal.name = name;
            }
            Outcome::Stay
        }
    }
}

/// Keeps the name field open after a refused name (too long, say).
fn refuse_name(
    state: &mut ClusterMode,
    text: TextInput,
    purpose: NamingPurpose,
    error: DomainError,
) -> Outcome {
    state.naming = Some(Naming { purpose, text });
    Say::Refused(error).into()
}
