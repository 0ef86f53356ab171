//! The voting screens (issue 5): the facilitator's list of a phase's rounds,
//! the form that opens a round, the hand-over screen between voters, one
//! voter's ballot, and the results with their run-off.
//!
//! Every change is a command from `core::voting`, applied through the
//! doc's history (undo, autosave, validation). This module holds the
//! screens' state and turns actions into those commands; `view/vote.rs` and
//! `view/results.rs` draw it.
//!
//! # What stays secret
//!
//! Before the reveal no screen shows a tally, an order by dots, or anything
//! of another voter's ballot:
//!
//! - the hand-over screen reads only who has voted ([`voter_rows`]);
//! - the ballot's option list is drawn from the [`BallotScreen`] alone: the
//!   option labels taken when it opened, in the round's fixed order, and this
//!   voter's own [`BallotDraft`], which starts empty, also for a revote
//!   (starting from the stored ballot would show it to whoever picks the
//!   name);
//! - the results come from `core::voting::results`, which is `None` until
//!   the round is revealed.
//!
//! Undo and redo do nothing on the voting screens, whatever the keymap says:
//! the next voter must not take back (and so learn) the previous ballot. The
//! facilitator takes a ballot back with undo on the doc, after leaving.
//!
//! In an anonymous session the file holds no ballot per person, so a revote
//! needs the earlier ballot from memory: [`VoteState`] keeps the ballots cast
//! since the voting screens were opened, never shows them, and forgets them
//! when the screens close, before any undo can change the round.

mod ballot;
mod form;
mod steps;

pub use form::{BudgetRule, MAX_FIXED_DOTS, PickRow, Picker, RoundField, RoundForm, SourceKind};

mod view;

use crate::core::followup::ActionOrigin;
use crate::core::text::clean_line;
use crate::core::voting::{self, BallotDraft, BallotVoter, DraftRefusal, VoteError};
use crate::core::{
    Activity, ClusterId, Colour, Command, IdeaId, Language, ParticipantId, PhaseId, RoundId, RoundStatus,
    Session, VoteOption, VoteRound,
};
use crate::i18n::{Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::keymap::Keymap;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Route, Say, Spot};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::text_input::{TextInput, edit_text};
use crate::tui::widgets::hits::Hits;
use jiff::Timestamp;
use ratatui::Frame;
use ratatui::layout::Rect;
use std::collections::HashMap;

/// Rows the page keys move.
const PAGE: isize = 10;

/// The voting screens' state, kept in the doc while they are open.
#[derive(Debug)]
pub struct VoteState {
    /// The phase whose rounds are shown.
    pub phase: PhaseId,
    pub screen: VoteScreen,
    /// Anonymous sessions only: the ballots cast since the screens opened.
    remembered: HashMap<ParticipantId, Vec<u32>>,
}

#[derive(Debug)]
pub enum VoteScreen {
    Rounds(RoundList),
    Form(Box<RoundForm>),
    HandOver(HandOver),
    Ballot(Box<BallotScreen>),
    Results(ResultsView),
}

/// The facilitator's list of the phase's rounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundList {
    pub selected: usize,
    pub reveal_armed: bool,
}

/// One line of the round list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundRow {
    /// "New round…", when the phase allows voting.
    New,
    Round(RoundId),
}

/// The screen between two voters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandOver {
    pub round: RoundId,
    /// Row of [`voter_rows`].
    pub selected: usize,
    /// A voter who is not on the roster types their name.
    pub name: Option<NameEntry>,
    pub reveal_armed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameEntry {
    pub text: TextInput,
    /// The facilitator records this person's ballot for them.
    pub proxy: bool,
}

/// Who a line of the hand-over screen stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Participant(ParticipantId),
    /// The facilitator votes but is not on the roster.
    Facilitator,
    /// Somebody else: they type their name.
    Someone,
}

/// One line of the hand-over screen: who, and whether they have voted;
/// never what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoterRow {
    pub who: Who,
    pub name: String,
    pub colour: Option<Colour>,
    pub voted: bool,
    pub proxy: bool,
    /// They may take the keyboard now.
    pub may_vote: bool,
}

/// Who a ballot is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotFor {
    Roster(ParticipantId),
    /// Added to the roster when the ballot is cast (the name is the screen's).
    OnTheSpot,
}

/// Who sits down at the keyboard, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seat {
    voter: BallotFor,
    name: String,
    colour: Option<Colour>,
    proxy: bool,
    revote: bool,
}

/// One voter's ballot while they place their dots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotScreen {
    pub round: RoundId,
    pub voter: BallotFor,
    pub name: String,
    pub colour: Option<Colour>,
    pub proxy: bool,
    /// They voted before: this ballot replaces that one.
    pub revote: bool,
    pub draft: BallotDraft,
    /// Aligned with the round's options.
    pub labels: Vec<OptionLabel>,
    /// The option under the cursor, in the round's order.
    pub selected: usize,
    /// Enter was pressed with dots left: the next Enter casts anyway.
    pub cast_armed: bool,
    /// Esc was pressed with dots placed: the next Esc throws them away.
    pub discard_armed: bool,
}

/// The results of a revealed round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsView {
    pub round: RoundId,
    /// The line under the cursor, so the facilitator can point at one.
    pub selected: usize,
    /// Aligned with the round's options.
    pub labels: Vec<OptionLabel>,
}

impl ResultsView {
    pub fn new(session: &Session, round: RoundId) -> ResultsView {
        let options = session.round(round).map_or(&[][..], |r| r.options.as_slice());
        ResultsView {
            round,
            selected: 0,
            labels: option_labels(session, options),
        }
    }
}

/// What the user is told after a step, if anything.
type Said = Option<Say>;

/// Whether the voting screens stay open after a step.
#[derive(Debug)]
enum Flow {
    Stay(Said),
    Leave(Said),
}

/// What a step needs besides the document.
struct Cx<'a> {
    lang: Language,
    now: Timestamp,
    keymap: &'a Keymap,
}

/// A text for the status line, written in the interface language.
fn info(text: impl Into<String>) -> Said {
    Some(Say::written(text))
}

impl Cx<'_> {
    /// A refused voting step, in the interface language.
    fn refused(&self, session: &Session, error: VoteError) -> Said {
        Some(Say::Written {
            text: describe_vote_error(self.lang, self.keymap, session, &error),
            warn: true,
        })
    }

    fn key(&self, mode: Mode, action: &Action) -> String {
        self.keymap
            .hint(mode, action, self.lang)
            .unwrap_or_else(|| action.name())
    }
}

// ---------------------------------------------------------------------------
// Reading the session for the screens

/// What the screens show of an option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionLabel {
    /// The idea's text or the cluster's title.
    pub text: String,
    /// For a cluster: how many ideas it holds.
    pub cluster_ideas: Option<usize>,
}

/// The labels of `options`, found in one pass over the session. Taken when a
/// screen opens: looking each option up by id on every frame would walk
/// every idea of the session each time.
pub fn option_labels(session: &Session, options: &[VoteOption]) -> Vec<OptionLabel> {
    let ideas: HashMap<IdeaId, &str> = session.ideas.iter().map(|i| (i.id, i.text.as_str())).collect();
    let mut sizes: HashMap<ClusterId, usize> = HashMap::new();
    for cluster in session.ideas.iter().filter_map(|i| i.cluster) {
        *sizes.entry(cluster).or_default() += 1;
    }
    options
        .iter()
        .map(|option| match option {
            VoteOption::Idea(id) => OptionLabel {
                text: ideas.get(id).copied().unwrap_or_default().to_string(),
                cluster_ideas: None,
            },
            VoteOption::Cluster(id) => OptionLabel {
                text: session.cluster(*id).map(|c| c.title.clone()).unwrap_or_default(),
                cluster_ideas: Some(sizes.get(id).copied().unwrap_or(0)),
            },
        })
        .collect()
}

/// "1 dot", "3 dots" in the interface language.
pub fn dots_text(lang: Language, n: u32) -> String {
    match n {
        1 => tr(lang, Msg::VoteDotOne).to_string(),
        n => fill(lang, Msg::VoteDotsMany, &[("n", &n)]),
    }
}

/// "1 idea", "3 ideas" in the interface language.
pub fn ideas_text(lang: Language, n: usize) -> String {
    match n {
        1 => tr(lang, Msg::VoteIdeaOne).to_string(),
        n => fill(lang, Msg::VoteIdeasMany, &[("n", &n)]),
    }
}

/// The lines of the round list of `phase`.
pub fn round_rows(session: &Session, phase: PhaseId) -> Vec<RoundRow> {
    let mut rows = Vec::new();
    if session.phase(phase).is_some_and(|p| p.allows(Activity::Vote)) {
        rows.push(RoundRow::New);
    }
    rows.extend(session.rounds_in(phase).map(|r| RoundRow::Round(r.id)));
    rows
}

/// The lines of the hand-over screen: the roster in its order (as the core's
/// `turns` gives it), the facilitator when they vote but are not on the
/// roster, and a last line for somebody else.
pub fn voter_rows(session: &Session, round: &VoteRound, state: &VoteState) -> Vec<VoterRow> {
    let turns = voting::turns(session, round.id).unwrap_or_default();
    let mut rows: Vec<VoterRow> = turns
        .into_iter()
        .map(|turn| {
            let person = session.participant(turn.participant);
            VoterRow {
                who: Who::Participant(turn.participant),
                name: person.map(|p| p.name.clone()).unwrap_or_default(),
                colour: person.map(|p| p.colour),
                voted: turn.voted,
                proxy: turn.proxy,
                may_vote: turn.may_vote || state.may_recast(session, round, turn.participant),
            }
        })
        .collect();
    let open = round.status == RoundStatus::Open;
    if round.facilitator_votes
        && voting::facilitator_participant(session).is_none()
        && let Some(name) = session
            .facilitator
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
    {
        rows.push(VoterRow {
            who: Who::Facilitator,
            name: name.to_string(),
            colour: None,
            voted: false,
            proxy: false,
            may_vote: open,
        });
    }
    rows.push(VoterRow {
        who: Who::Someone,
        name: String::new(),
        colour: None,
        voted: false,
        proxy: false,
        may_vote: open,
    });
    rows
}

/// The row to offer first: the first person in roster order who has not
/// voted, else the line for somebody else.
pub fn first_waiting(rows: &[VoterRow]) -> usize {
    rows.iter()
        .position(|r| !r.voted && r.may_vote && r.who != Who::Someone)
        .unwrap_or(rows.len().saturating_sub(1))
}

/// How many have voted and how many are on the list.
pub fn turnout(rows: &[VoterRow]) -> (usize, usize) {
    let people = rows.iter().filter(|r| r.who != Who::Someone);
    let voted = people.clone().filter(|r| r.voted).count();
    (voted, people.count())
}

/// Where a run-off helps: the number of winners whose tie it decides (see
/// `core::voting::tie_to_resolve`), taken from the highest tie among
/// options that got dots. `None` before the reveal or without such a tie.
pub fn runoff_winners(round: &VoteRound) -> Option<usize> {
    let results = voting::results(round)?;
    let first = results.lines.iter().position(|l| l.tied && l.dots > 0)?;
    Some(first + 1)
}

/// The options and the rank of the tie a run-off would decide.
pub fn runoff_tie(round: &VoteRound) -> Option<voting::Tie> {
    voting::tie_to_resolve(round, runoff_winners(round)?)
}

// ---------------------------------------------------------------------------
// The screen on the app's stack

impl VoteState {
    /// `v` on the board: the phase's rounds, or the form for its first one;
    /// or why this phase has no voting.
    pub fn open(doc: &Document) -> Result<VoteState, Say> {
        let Some(phase) = doc.phase() else {
            return Err(Say::info(Msg::VoteNotInPhase));
        };
        let (phase, allows) = (phase.id, phase.allows(Activity::Vote));
        let session = &doc.session;
        let rounds: Vec<&VoteRound> = session.rounds_in(phase).collect();
        if rounds.is_empty() && !allows {
            return Err(Say::info(Msg::VoteNotInPhase));
        }
        let screen = if rounds.is_empty() {
            let title = tr(session.language, Msg::VoteDefaultTitle);
            VoteScreen::Form(Box::new(RoundForm::new(session, phase, title)))
        } else {
            // The newest open round, else the newest round.
            let preferred = rounds
                .iter()
                .rev()
                .find(|r| r.status == RoundStatus::Open)
                .or(rounds.last())
                .map(|r| r.id);
            let rows = round_rows(session, phase);
            let selected = rows
                .iter()
                .position(|row| preferred.is_some_and(|id| *row == RoundRow::Round(id)))
                .unwrap_or(0);
            VoteScreen::Rounds(RoundList {
                selected,
                reveal_armed: false,
            })
        };
        Ok(VoteState::new(phase, screen))
    }

    /// Results screen: the option of the line under the cursor.
    fn selected_result(&self, session: &Session) -> Option<(RoundId, VoteOption)> {
        let VoteScreen::Results(view) = &self.screen else {
            return None;
        };
        let results = voting::results(session.round(view.round)?)?;
        let line = results.lines.get(view.selected)?;
        Some((view.round, line.option))
    }

    /// Results screen: an action from the line under the cursor. The
    /// action form opens over the results and comes back to them (saved or
    /// cancelled), on the same line, for the next one.
    fn new_action_from_result(&self, session: &Session) -> Outcome {
        match self.selected_result(session) {
            Some((round, option)) => {
                Outcome::Push(Route::NewAction(vec![ActionOrigin::Result { round, option }]))
            }
            None => Outcome::Stay,
        }
    }
}

impl Screen for VoteState {
    fn mode(&self) -> Mode {
        VoteState::mode(self)
    }

    /// The room sees whose turn it is, never the ballot.
    fn showing(&self) -> Option<crate::present::link::Showing> {
        use crate::present::link::Showing;
        Some(match &self.screen {
            VoteScreen::Rounds(_) | VoteScreen::Form(_) => Showing::Rounds,
            VoteScreen::HandOver(hand) => Showing::HandOver { round: hand.round },
            VoteScreen::Ballot(ballot) => Showing::Ballot {
                round: ballot.round,
                voter: ballot.name.clone(),
            },
            VoteScreen::Results(results) => Showing::Results { round: results.round },
        })
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx) -> Outcome {
        match action {
            Action::ToggleHelp | Action::Quit => return Outcome::Pass(action),
            // Never while voting: the next voter would take back, and so
            // learn, the previous ballot. The facilitator undoes on the board.
            Action::Undo | Action::Redo => return Outcome::Stay,
            _ => {}
        }
        let Some(doc) = ctx.doc.as_deref_mut() else {
            return Outcome::Pop;
        };
        if action == Action::NewActionFromSelection {
            return self.new_action_from_result(&doc.session);
        }
        if action == Action::ShowSpotlight {
            return match self.selected_result(&doc.session) {
                Some((round, option)) => Outcome::Push(Route::Spotlight(Spot::ResultLine { round, option })),
                None => Outcome::Stay,
            };
        }
        let cx = Cx {
            lang: ctx.lang,
            now: ctx.now,
            keymap: ctx.keymap,
        };
        let (said, leave) = match self.step(doc, &cx, action) {
            Flow::Stay(said) => (said, false),
            Flow::Leave(said) => (said, true),
        };
        let said = said.map_or(Outcome::Stay, Outcome::Say);
        if leave { Outcome::Pop.and(said) } else { said }
    }

    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, hits: &mut Hits) {
        if let Some(doc) = view.doc {
            view::render(view, doc, self, frame, area, hits);
        }
    }

    fn footer(&self, view: &ViewCtx) -> Vec<Action> {
        view.doc
            .map_or_else(Vec::new, |doc| view::footer_actions(doc, self))
    }
}

/// A refused voting step in the interface language.
pub fn describe_vote_error(lang: Language, keymap: &Keymap, session: &Session, error: &VoteError) -> String {
    let name = |id: &ParticipantId| session.participant_name(*id).unwrap_or("?").to_string();
    match error {
        VoteError::Domain(domain) => crate::i18n::describe_refusal(lang, domain),
        VoteError::AlreadyVoted(id) => {
            let key = keymap
                .hint(Mode::VoteHandOver, &Action::ToggleRevotes, lang)
                .unwrap_or_else(|| Action::ToggleRevotes.name());
            fill(lang, Msg::VoteAlreadyVoted, &[("name", &name(id)), ("key", &key)])
        }
        VoteError::NoOptions => tr(lang, Msg::VoteNoOptions).to_string(),
        VoteError::CoveredIdea(_) => tr(lang, Msg::VoteCoveredIdea).to_string(),
        VoteError::NoDots | VoteError::NoDotsPerOption => tr(lang, Msg::VoteNoDots).to_string(),
        VoteError::Revealed => tr(lang, Msg::VoteRevealedClosed).to_string(),
        VoteError::NobodyVoted => tr(lang, Msg::VoteNobodyVoted).to_string(),
        VoteError::FacilitatorDoesNotVote => tr(lang, Msg::VoteFacilitatorOut).to_string(),
        VoteError::EarlierBallotUnknown => tr(lang, Msg::VoteEarlierUnknown).to_string(),
        VoteError::NoTie => tr(lang, Msg::VoteNoTie).to_string(),
        other => match lang {
            // The core words its reasons in English only.
            Language::En => fill(lang, Msg::ChangeRefused, &[("reason", other)]),
            Language::De => tr(lang, Msg::ChangeRefusedPlain).to_string(),
        },
    }
}

#[cfg(test)]
mod tests;
