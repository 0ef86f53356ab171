//! The voting screens (issue 5): the facilitator's list of a phase's rounds,
//! the form that opens a round, the hand-over screen between voters, one
//! voter's ballot, and the results with their run-off.
//!
//! Every change is a command from `core::voting`, applied through the
//! board's history (undo, autosave, validation). This module holds the
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
//! facilitator takes a ballot back with undo on the board, after leaving.
//!
//! In an anonymous session the file holds no ballot per person, so a revote
//! needs the earlier ballot from memory: [`VoteState`] keeps the ballots cast
//! since the voting screens were opened, never shows them, and forgets them
//! when the screens close, before any undo can change the round.

mod form;
pub mod keys;

pub use form::{BudgetRule, MAX_FIXED_DOTS, PickRow, Picker, RoundField, RoundForm, SourceKind};

use super::action::Action;
use super::app::{App, Screen};
use super::board::Board;
use super::keymap::{Keymap, Mode};
use super::outcome::Say;
use super::text_input::TextInput;
use super::text_input::edit_text;
use crate::core::followup::ActionOrigin;
use crate::core::text::clean_line;
use crate::core::voting::{self, BallotDraft, BallotVoter, DraftRefusal, VoteError};
use crate::core::{
    Activity, ClusterId, Colour, Command, IdeaId, Language, ParticipantId, PhaseId, RoundId, RoundStatus,
    Session, VoteOption, VoteRound,
};
use crate::i18n::{Msg, fill, tr};
use jiff::Timestamp;
use std::collections::HashMap;

/// Rows the page keys move.
const PAGE: isize = 10;

/// The voting screens' state, kept in the board while they are open.
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

/// What the user is told after a step.
#[derive(Debug)]
enum Said {
    Nothing,
    Info(String),
    Refused(VoteError),
}

/// Whether the voting screens stay open after a step.
#[derive(Debug)]
enum Flow {
    Stay(Said),
    Leave(Said),
}

/// What a step needs besides the board.
struct Cx<'a> {
    lang: Language,
    now: Timestamp,
    keymap: &'a Keymap,
}

impl Cx<'_> {
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
// The state

impl VoteState {
    fn new(phase: PhaseId, screen: VoteScreen) -> VoteState {
        VoteState {
            phase,
            screen,
            remembered: HashMap::new(),
        }
    }

    pub fn mode(&self) -> Mode {
        match &self.screen {
            VoteScreen::Rounds(_) => Mode::VoteRounds,
            VoteScreen::Form(form) if form.picker.is_some() => Mode::VotePick,
            VoteScreen::Form(_) => Mode::VoteForm,
            VoteScreen::HandOver(hand) if hand.name.is_some() => Mode::VoteName,
            VoteScreen::HandOver(_) => Mode::VoteHandOver,
            VoteScreen::Ballot(_) => Mode::Ballot,
            VoteScreen::Results(_) => Mode::VoteResults,
        }
    }

    /// In an anonymous session, whether `participant` may redo a ballot cast
    /// in this sitting (the core cannot know the earlier dots).
    fn may_recast(&self, session: &Session, round: &VoteRound, participant: ParticipantId) -> bool {
        session.anonymous
            && round.status == RoundStatus::Open
            && round.allow_revote
            && voting::has_voted(round, participant)
            && self.remembered.contains_key(&participant)
    }

    fn hand_over(&self, session: &Session, round: &VoteRound) -> HandOver {
        HandOver {
            round: round.id,
            selected: first_waiting(&voter_rows(session, round, self)),
            name: None,
            reveal_armed: false,
        }
    }

    fn round_list(&self, session: &Session, round: Option<RoundId>) -> VoteScreen {
        let rows = round_rows(session, self.phase);
        let selected = round
            .and_then(|id| rows.iter().position(|r| *r == RoundRow::Round(id)))
            .unwrap_or(0);
        VoteScreen::Rounds(RoundList {
            selected,
            reveal_armed: false,
        })
    }

    /// One action on the voting screens.
    fn step(&mut self, board: &mut Board, cx: &Cx, action: Action) -> Flow {
        match &self.screen {
            VoteScreen::Rounds(_) => self.step_rounds(board, cx, action),
            VoteScreen::Form(_) => self.step_form(board, cx, action),
            VoteScreen::HandOver(_) => self.step_hand_over(board, cx, action),
            VoteScreen::Ballot(_) => self.step_ballot(board, cx, action),
            VoteScreen::Results(_) => self.step_results(board, cx, action),
        }
    }

    // ----- the round list -----

    fn step_rounds(&mut self, board: &mut Board, cx: &Cx, action: Action) -> Flow {
        let rows = round_rows(&board.session, self.phase);
        let VoteScreen::Rounds(list) = &mut self.screen else {
            return Flow::Stay(Said::Nothing);
        };
        let armed = std::mem::take(&mut list.reveal_armed);
        let last = rows.len().saturating_sub(1);
        let said = match action {
            Action::SelectNext => move_to(&mut list.selected, 1, last),
            Action::SelectPrevious => move_to(&mut list.selected, -1, last),
            Action::PageDown => move_to(&mut list.selected, PAGE, last),
            Action::PageUp => move_to(&mut list.selected, -PAGE, last),
            Action::SelectFirst => move_to(&mut list.selected, isize::MIN / 2, last),
            Action::SelectLast => move_to(&mut list.selected, isize::MAX / 2, last),
            Action::SelectRow(row) if row < rows.len() && row != list.selected => {
                list.selected = row;
                Said::Nothing
            }
            Action::SelectRow(row) if row < rows.len() => self.open_row(board, cx, rows[row]),
            Action::OpenSelected => match rows.get(list.selected) {
                Some(row) => self.open_row(board, cx, *row),
                None => Said::Nothing,
            },
            Action::NewRound => self.open_row(board, cx, RoundRow::New),
            Action::RevealResults => match rows.get(list.selected) {
                Some(RoundRow::Round(id)) => self.reveal(board, cx, *id, armed, Mode::VoteRounds),
                _ => Said::Info(tr(cx.lang, Msg::VoteChooseOpenRound).to_string()),
            },
            Action::CancelInput => return Flow::Leave(Said::Nothing),
            _ => Said::Nothing,
        };
        Flow::Stay(said)
    }

    fn open_row(&mut self, board: &Board, cx: &Cx, row: RoundRow) -> Said {
        let session = &board.session;
        match row {
            RoundRow::New => {
                if !session
                    .phase(self.phase)
                    .is_some_and(|p| p.allows(Activity::Vote))
                {
                    return Said::Info(tr(cx.lang, Msg::VoteNotInPhase).to_string());
                }
                // Titles are content: in the session's language, like its export.
                let title = tr(session.language, Msg::VoteDefaultTitle);
                self.screen = VoteScreen::Form(Box::new(RoundForm::new(session, self.phase, title)));
                Said::Nothing
            }
            RoundRow::Round(id) => match session.round(id) {
                Some(round) if round.status == RoundStatus::Revealed => {
                    self.screen = VoteScreen::Results(ResultsView::new(session, id));
                    Said::Nothing
                }
                Some(round) => {
                    self.screen = VoteScreen::HandOver(self.hand_over(session, round));
                    Said::Nothing
                }
                None => Said::Nothing,
            },
        }
    }

    /// Reveals `round` when `armed` (the key was pressed just before);
    /// otherwise asks once more.
    fn reveal(&mut self, board: &mut Board, cx: &Cx, round: RoundId, armed: bool, mode: Mode) -> Said {
        let Some(current) = board.session.round(round) else {
            return Said::Nothing;
        };
        if current.status == RoundStatus::Revealed {
            self.screen = VoteScreen::Results(ResultsView::new(&board.session, round));
            return Said::Nothing;
        }
        if current.voters.is_empty() {
            return Said::Refused(VoteError::NobodyVoted);
        }
        if !armed {
            let (voted, people) = turnout(&voter_rows(&board.session, current, self));
            match &mut self.screen {
                VoteScreen::Rounds(list) => list.reveal_armed = true,
                VoteScreen::HandOver(hand) => hand.reveal_armed = true,
                _ => {}
            }
            return Said::Info(fill(
                cx.lang,
                Msg::VoteConfirmReveal,
                &[
                    ("voted", &voted),
                    ("total", &people.max(voted)),
                    ("key", &cx.key(mode, &Action::RevealResults)),
                ],
            ));
        }
        match voting::reveal(&board.session, round).and_then(|command| apply(board, command, cx.now)) {
            Ok(()) => {
                self.screen = VoteScreen::Results(ResultsView::new(&board.session, round));
                Said::Info(tr(cx.lang, Msg::VoteRevealed).to_string())
            }
            Err(error) => Said::Refused(error),
        }
    }

    // ----- the form -----

    fn step_form(&mut self, board: &mut Board, cx: &Cx, action: Action) -> Flow {
        let session = &board.session;
        let VoteScreen::Form(form) = &mut self.screen else {
            return Flow::Stay(Said::Nothing);
        };
        if !matches!(action, Action::InsertChar(c) if c.is_ascii_digit()) {
            form.stop_typing_number();
        }
        if form.picker.is_some() {
            step_picker(form, action);
            return Flow::Stay(Said::Nothing);
        }
        let field = form.field();
        let count = form.fields.len();
        let said = match action {
            Action::NextField => {
                form.focus = (form.focus + 1) % count;
                Said::Nothing
            }
            Action::PreviousField => {
                form.focus = (form.focus + count - 1) % count;
                Said::Nothing
            }
            Action::FocusField(index) if index < count => {
                form.focus = index;
                Said::Nothing
            }
            Action::MoveCursorLeft if field != RoundField::Title => {
                form.change(-1);
                Said::Nothing
            }
            Action::MoveCursorRight if field != RoundField::Title => {
                form.change(1);
                Said::Nothing
            }
            Action::InsertChar(' ')
                if field == RoundField::Source && form.source_kind() == SourceKind::Picked =>
            {
                form.open_picker(session);
                Said::Nothing
            }
            Action::InsertChar(' ' | '+') if field != RoundField::Title => {
                form.change(1);
                Said::Nothing
            }
            Action::InsertChar('-') if field != RoundField::Title => {
                form.change(-1);
                Said::Nothing
            }
            Action::InsertChar(c) if field != RoundField::Title => {
                if let Some(digit) = c.to_digit(10) {
                    form.type_digit(digit);
                }
                Said::Nothing
            }
            Action::Paste(_) if field == RoundField::Title => {
                form.edit_title(&action);
                Said::Nothing
            }
            Action::SubmitInput => return Flow::Stay(self.open_round(board, cx)),
            Action::CancelInput => {
                if board.session.rounds_in(self.phase).next().is_none() {
                    return Flow::Leave(Said::Nothing);
                }
                self.screen = self.round_list(&board.session, None);
                Said::Nothing
            }
            other if field == RoundField::Title => {
                form.edit_title(&other);
                Said::Nothing
            }
            _ => Said::Nothing,
        };
        Flow::Stay(said)
    }

    fn open_round(&mut self, board: &mut Board, cx: &Cx) -> Said {
        let VoteScreen::Form(form) = &mut self.screen else {
            return Said::Nothing;
        };
        if form.source_kind() == SourceKind::Picked && form.picked.is_empty() {
            form.open_picker(&board.session);
            let key = cx.key(Mode::VotePick, &Action::MarkOption);
            return Said::Info(fill(cx.lang, Msg::VotePickSome, &[("key", &key)]));
        }
        let spec = form.spec(RoundId::random());
        let preview = match voting::preview_round(&board.session, &spec) {
            Ok(preview) => preview,
            Err(error) => return Said::Refused(error),
        };
        let opened = voting::open_round(&board.session, &spec).and_then(|c| apply(board, c, cx.now));
        if let Err(error) = opened {
            return Said::Refused(error);
        }
        let Some(round) = board.session.round(spec.id) else {
            return Said::Nothing;
        };
        self.screen = VoteScreen::HandOver(self.hand_over(&board.session, round));
        Said::Info(fill(
            cx.lang,
            Msg::VoteRoundOpened,
            &[
                ("title", &round.title),
                ("options", &preview.options.len()),
                ("dots", &dots_text(cx.lang, preview.dots_per_voter)),
            ],
        ))
    }

    // ----- the hand-over screen -----

    fn step_hand_over(&mut self, board: &mut Board, cx: &Cx, action: Action) -> Flow {
        let current = self.current_round().and_then(|id| board.session.round(id));
        let Some(round) = current.cloned() else {
            self.screen = self.round_list(&board.session, None);
            return Flow::Stay(Said::Nothing);
        };
        let rows = voter_rows(&board.session, &round, self);
        let VoteScreen::HandOver(hand) = &mut self.screen else {
            return Flow::Stay(Said::Nothing);
        };
        if hand.name.is_some() {
            return Flow::Stay(self.step_name(board, cx, &round, action));
        }
        let armed = std::mem::take(&mut hand.reveal_armed);
        let last = rows.len().saturating_sub(1);
        hand.selected = hand.selected.min(last);
        let said = match action {
            Action::SelectNext => move_to(&mut hand.selected, 1, last),
            Action::SelectPrevious => move_to(&mut hand.selected, -1, last),
            Action::PageDown => move_to(&mut hand.selected, PAGE, last),
            Action::PageUp => move_to(&mut hand.selected, -PAGE, last),
            Action::SelectFirst => move_to(&mut hand.selected, isize::MIN / 2, last),
            Action::SelectLast => move_to(&mut hand.selected, isize::MAX / 2, last),
            Action::SelectRow(row) if row <= last && row != hand.selected => {
                hand.selected = row;
                Said::Nothing
            }
            Action::SelectRow(row) if row <= last => {
                self.take_keyboard(&board.session, &round, &rows[row], false)
            }
            Action::TakeKeyboard => {
                let row = &rows[hand.selected];
                self.take_keyboard(&board.session, &round, row, false)
            }
            Action::RecordProxyBallot => {
                let row = &rows[hand.selected];
                self.take_keyboard(&board.session, &round, row, true)
            }
            Action::AddVoter => {
                hand.selected = last;
                hand.name = Some(NameEntry {
                    text: TextInput::new(),
                    proxy: false,
                });
                Said::Nothing
            }
            Action::ToggleRevotes => {
                let allow = !round.allow_revote;
                match voting::set_allow_revote(&board.session, round.id, allow)
                    .and_then(|c| apply(board, c, cx.now))
                {
                    Ok(()) => {
                        let msg = match (allow, board.session.anonymous) {
                            (false, _) => Msg::VoteRevotesOff,
                            (true, false) => Msg::VoteRevotesOn,
                            (true, true) => Msg::VoteRevotesOnAnonymous,
                        };
                        Said::Info(tr(cx.lang, msg).to_string())
                    }
                    Err(error) => Said::Refused(error),
                }
            }
            Action::RevealResults => self.reveal(board, cx, round.id, armed, Mode::VoteHandOver),
            Action::CancelInput => {
                self.screen = self.round_list(&board.session, Some(round.id));
                Said::Nothing
            }
            _ => Said::Nothing,
        };
        Flow::Stay(said)
    }

    /// The round the hand-over, ballot or results screen is about.
    fn current_round(&self) -> Option<RoundId> {
        match &self.screen {
            VoteScreen::HandOver(hand) => Some(hand.round),
            VoteScreen::Ballot(ballot) => Some(ballot.round),
            VoteScreen::Results(results) => Some(results.round),
            VoteScreen::Rounds(_) | VoteScreen::Form(_) => None,
        }
    }

    /// The person on `row` takes the keyboard (or, with `proxy`, the
    /// facilitator types their ballot in).
    fn take_keyboard(&mut self, session: &Session, round: &VoteRound, row: &VoterRow, proxy: bool) -> Said {
        match row.who {
            Who::Someone => {
                if let VoteScreen::HandOver(hand) = &mut self.screen {
                    hand.name = Some(NameEntry {
                        text: TextInput::new(),
                        proxy,
                    });
                }
                Said::Nothing
            }
            Who::Facilitator => {
                let seat = Seat {
                    voter: BallotFor::OnTheSpot,
                    name: row.name.clone(),
                    colour: None,
                    proxy: false,
                    revote: false,
                };
                self.start_ballot(session, round, seat);
                Said::Nothing
            }
            Who::Participant(id) => {
                if !row.may_vote {
                    return match voting::can_vote(session, round.id, id) {
                        Err(error) => Said::Refused(error),
                        Ok(()) => Said::Nothing,
                    };
                }
                let seat = Seat {
                    voter: BallotFor::Roster(id),
                    name: row.name.clone(),
                    colour: row.colour,
                    proxy,
                    revote: row.voted,
                };
                self.start_ballot(session, round, seat);
                Said::Nothing
            }
        }
    }

    fn start_ballot(&mut self, session: &Session, round: &VoteRound, seat: Seat) {
        let Seat {
            voter,
            name,
            colour,
            proxy,
            revote,
        } = seat;
        self.screen = VoteScreen::Ballot(Box::new(BallotScreen {
            round: round.id,
            voter,
            name,
            colour,
            proxy,
            revote,
            // Always empty: see the module documentation.
            draft: BallotDraft::new(round),
            labels: option_labels(session, &round.options),
            selected: 0,
            cast_armed: false,
            discard_armed: false,
        }));
    }

    /// Typing the name of somebody who is not on the roster.
    fn step_name(&mut self, board: &mut Board, cx: &Cx, round: &VoteRound, action: Action) -> Said {
        let VoteScreen::HandOver(hand) = &mut self.screen else {
            return Said::Nothing;
        };
        let Some(entry) = hand.name.as_mut() else {
            return Said::Nothing;
        };
        match action {
            Action::CancelInput => hand.name = None,
            Action::SubmitInput => {
                let name = clean_line(entry.text.text());
                let proxy = entry.proxy;
                return self.ballot_for_name(&board.session, cx, round, name, proxy);
            }
            Action::Paste(text) => entry.text.insert_str(&text.replace(['\r', '\n'], " ")),
            other => edit_text(&mut entry.text, &other),
        }
        Said::Nothing
    }

    /// The ballot for a typed name: a roster name is that participant, the
    /// facilitator's name is the facilitator, any other a new participant
    /// (added when the ballot is cast).
    fn ballot_for_name(
        &mut self,
        session: &Session,
        cx: &Cx,
        round: &VoteRound,
        name: String,
        proxy: bool,
    ) -> Said {
        if name.is_empty() {
            return Said::Info(tr(cx.lang, Msg::VoteNameNeeded).to_string());
        }
        if let Some(person) = session.participant_by_name(&name) {
            let (id, colour, real_name) = (person.id, person.colour, person.name.clone());
            let voted = voting::has_voted(round, id);
            let allowed = voting::can_vote(session, round.id, id).or_else(|error| {
                match self.may_recast(session, round, id) {
                    true => Ok(()),
                    false => Err(error),
                }
            });
            return match allowed {
                Ok(()) => {
                    let seat = Seat {
                        voter: BallotFor::Roster(id),
                        name: real_name,
                        colour: Some(colour),
                        proxy,
                        revote: voted,
                    };
                    self.start_ballot(session, round, seat);
                    Said::Nothing
                }
                Err(error) => Said::Refused(error),
            };
        }
        let is_facilitator = session
            .facilitator
            .as_deref()
            .is_some_and(|f| f.trim().to_lowercase() == name.to_lowercase());
        if is_facilitator && !round.facilitator_votes {
            return Said::Refused(VoteError::FacilitatorDoesNotVote);
        }
        let proxy = proxy && !is_facilitator;
        let seat = Seat {
            voter: BallotFor::OnTheSpot,
            name,
            colour: None,
            proxy,
            revote: false,
        };
        self.start_ballot(session, round, seat);
        Said::Nothing
    }

    // ----- the ballot -----

    fn step_ballot(&mut self, board: &mut Board, cx: &Cx, action: Action) -> Flow {
        let VoteScreen::Ballot(ballot) = &mut self.screen else {
            return Flow::Stay(Said::Nothing);
        };
        let cast_armed = std::mem::take(&mut ballot.cast_armed);
        let discard_armed = std::mem::take(&mut ballot.discard_armed);
        let last = ballot.draft.dots().len().saturating_sub(1);
        let lang = cx.lang;
        let said = match action {
            Action::SelectNext => move_to(&mut ballot.selected, 1, last),
            Action::SelectPrevious => move_to(&mut ballot.selected, -1, last),
            Action::PageDown => move_to(&mut ballot.selected, PAGE, last),
            Action::PageUp => move_to(&mut ballot.selected, -PAGE, last),
            Action::SelectFirst => move_to(&mut ballot.selected, isize::MIN / 2, last),
            Action::SelectLast => move_to(&mut ballot.selected, isize::MAX / 2, last),
            Action::PlaceDot => {
                let index = ballot.selected;
                let result = ballot.draft.place(index);
                refusal(cx, ballot, result.map(|()| index))
            }
            Action::RemoveDot => {
                let index = ballot.selected;
                let result = ballot.draft.remove(index);
                refusal(cx, ballot, result.map(|()| index))
            }
            Action::ToggleDot => {
                let index = ballot.selected;
                let result = ballot.draft.toggle(index);
                refusal(cx, ballot, result.map(|()| index))
            }
            Action::PlaceDotOn(index) if index <= last => {
                ballot.selected = index;
                let result = ballot.draft.place(index);
                refusal(cx, ballot, result.map(|()| index))
            }
            Action::RemoveDotFrom(index) if index <= last => {
                ballot.selected = index;
                let result = ballot.draft.remove(index);
                refusal(cx, ballot, result.map(|()| index))
            }
            Action::CastBallot => {
                let left = ballot.draft.left();
                if left > 0 && !cast_armed {
                    ballot.cast_armed = true;
                    let key = cx.key(Mode::Ballot, &Action::CastBallot);
                    let left = dots_text(lang, left);
                    Said::Info(fill(
                        lang,
                        Msg::VoteDotsLeftConfirm,
                        &[("n", &left), ("key", &key)],
                    ))
                } else {
                    self.cast(board, cx)
                }
            }
            Action::CancelInput => {
                if ballot.draft.placed() > 0 && !discard_armed {
                    ballot.discard_armed = true;
                    let key = cx.key(Mode::Ballot, &Action::CancelInput);
                    Said::Info(fill(lang, Msg::VoteDiscardConfirm, &[("key", &key)]))
                } else {
                    self.back_to_hand_over(&board.session);
                    Said::Info(tr(lang, Msg::VoteBallotDiscarded).to_string())
                }
            }
            _ => Said::Nothing,
        };
        Flow::Stay(said)
    }

    fn back_to_hand_over(&mut self, session: &Session) {
        let Some(round) = self.current_round().and_then(|id| session.round(id)) else {
            self.screen = self.round_list(session, None);
            return;
        };
        self.screen = VoteScreen::HandOver(self.hand_over(session, round));
    }

    fn cast(&mut self, board: &mut Board, cx: &Cx) -> Said {
        let VoteScreen::Ballot(ballot) = &self.screen else {
            return Said::Nothing;
        };
        let session = &board.session;
        let dots = ballot.draft.dots().to_vec();
        let (participant, command) = match &ballot.voter {
            BallotFor::Roster(id) if session.anonymous && ballot.revote => {
                let Some(earlier) = self.remembered.get(id) else {
                    return Said::Refused(VoteError::EarlierBallotUnknown);
                };
                let command =
                    voting::recast_anonymous_ballot(session, ballot.round, *id, earlier, &dots, ballot.proxy);
                (*id, command)
            }
            BallotFor::Roster(id) => (
                *id,
                voting::cast_ballot(
                    session,
                    ballot.round,
                    BallotVoter::Roster(*id),
                    &dots,
                    ballot.proxy,
                ),
            ),
            BallotFor::OnTheSpot => {
                let id = ParticipantId::random();
                let voter = BallotVoter::OnTheSpot {
                    id,
                    name: ballot.name.clone(),
                };
                (
                    id,
                    voting::cast_ballot(session, ballot.round, voter, &dots, ballot.proxy),
                )
            }
        };
        let name = ballot.name.clone();
        let proxy = ballot.proxy;
        if let Err(error) = command.and_then(|c| apply(board, c, cx.now)) {
            return Said::Refused(error);
        }
        if board.session.anonymous {
            self.remembered.insert(participant, dots);
        }
        self.back_to_hand_over(&board.session);
        let msg = if proxy {
            Msg::VoteProxyRecorded
        } else {
            Msg::VoteThankYou
        };
        Said::Info(fill(cx.lang, msg, &[("name", &name)]))
    }

    // ----- the results -----

    fn step_results(&mut self, board: &mut Board, cx: &Cx, action: Action) -> Flow {
        let revealed: Vec<RoundId> = board
            .session
            .rounds_in(self.phase)
            .filter(|r| r.status == RoundStatus::Revealed)
            .map(|r| r.id)
            .collect();
        let VoteScreen::Results(view) = &mut self.screen else {
            return Flow::Stay(Said::Nothing);
        };
        let lines = board.session.round(view.round).map_or(0, |r| r.options.len());
        let last = lines.saturating_sub(1);
        let position = revealed.iter().position(|id| *id == view.round).unwrap_or(0);
        let said = match action {
            Action::SelectNext => move_to(&mut view.selected, 1, last),
            Action::SelectPrevious => move_to(&mut view.selected, -1, last),
            Action::PageDown => move_to(&mut view.selected, PAGE, last),
            Action::PageUp => move_to(&mut view.selected, -PAGE, last),
            Action::SelectFirst => move_to(&mut view.selected, isize::MIN / 2, last),
            Action::SelectLast => move_to(&mut view.selected, isize::MAX / 2, last),
            Action::NextRound | Action::PreviousRound if revealed.len() > 1 => {
                let step = if action == Action::NextRound { 1 } else { -1 };
                let next = (position as isize + step).rem_euclid(revealed.len() as isize) as usize;
                *view = ResultsView::new(&board.session, revealed[next]);
                Said::Nothing
            }
            Action::NextRound | Action::PreviousRound => {
                Said::Info(tr(cx.lang, Msg::VoteOnlyOneResult).to_string())
            }
            Action::StartRunoff => {
                let round = view.round;
                self.runoff(board, cx, round)
            }
            Action::CancelInput => {
                let round = view.round;
                self.screen = self.round_list(&board.session, Some(round));
                Said::Nothing
            }
            _ => Said::Nothing,
        };
        Flow::Stay(said)
    }

    fn runoff(&mut self, board: &mut Board, cx: &Cx, round: RoundId) -> Said {
        let Some(original) = board.session.round(round) else {
            return Said::Nothing;
        };
        let Some(winners) = runoff_winners(original) else {
            return Said::Refused(VoteError::NoTie);
        };
        let language = board.session.language;
        let title = fill(language, Msg::VoteRunoffTitle, &[("title", &original.title)]);
        let id = RoundId::random();
        let opened = voting::open_runoff(&board.session, round, winners, id, &title)
            .and_then(|command| apply(board, command, cx.now));
        if let Err(error) = opened {
            return Said::Refused(error);
        }
        let Some(runoff) = board.session.round(id) else {
            return Said::Nothing;
        };
        let (options, dots) = (runoff.options.len(), runoff.dots_per_voter);
        self.screen = VoteScreen::HandOver(self.hand_over(&board.session, runoff));
        Said::Info(fill(
            cx.lang,
            Msg::VoteRunoffOpened,
            &[("options", &options), ("dots", &dots_text(cx.lang, dots))],
        ))
    }
}

fn step_picker(form: &mut RoundForm, action: Action) {
    let Some(picker) = form.picker.as_mut() else {
        return;
    };
    match action {
        Action::SelectNext => picker.move_by(1),
        Action::SelectPrevious => picker.move_by(-1),
        Action::PageDown => picker.move_by(PAGE),
        Action::PageUp => picker.move_by(-PAGE),
        Action::SelectFirst => picker.select_first(),
        Action::SelectLast => picker.select_last(),
        Action::MarkOption => {
            if let Some(option) = picker.option_at(picker.selected) {
                form.toggle_pick(option);
            }
        }
        Action::SelectRow(row) => {
            if let Some(option) = picker.option_at(row) {
                picker.selected = row;
                form.toggle_pick(option);
            }
        }
        Action::SubmitInput | Action::CancelInput => form.picker = None,
        _ => {}
    }
}

/// Moves a list cursor by `step`, staying within `0..=last`.
fn move_to(cursor: &mut usize, step: isize, last: usize) -> Said {
    let next = (*cursor as isize).saturating_add(step).clamp(0, last as isize);
    *cursor = next as usize;
    Said::Nothing
}

/// What to say when the ballot refused a dot.
fn refusal(cx: &Cx, ballot: &BallotScreen, result: Result<usize, DraftRefusal>) -> Said {
    match result {
        Ok(_) => Said::Nothing,
        Err(DraftRefusal::NoDotsLeft) => {
            let key = cx.key(Mode::Ballot, &Action::RemoveDot);
            Said::Info(fill(cx.lang, Msg::VoteNoDotsLeft, &[("key", &key)]))
        }
        Err(DraftRefusal::CapReached) => {
            let cap = dots_text(cx.lang, ballot.draft.cap());
            Said::Info(fill(cx.lang, Msg::VoteCapReached, &[("cap", &cap)]))
        }
        Err(DraftRefusal::NoDotHere | DraftRefusal::NoSuchOption) => Said::Nothing,
    }
}

/// Applies a voting command through the board's history.
fn apply(board: &mut Board, command: Command, now: Timestamp) -> Result<(), VoteError> {
    board.doc.change(command, now, None).map_err(|note| match note {
        Say::Refused(error) => VoteError::Domain(error),
        _ => VoteError::Unchanged,
    })
}

// ---------------------------------------------------------------------------
// The app's side

impl App {
    /// `v` on the board: the phase's rounds, or the form for its first one.
    pub(super) fn open_voting(&mut self) {
        let lang = self.lang;
        let Some(board) = self.board_mut() else {
            return;
        };
        let Some(phase) = board.phase() else {
            return self.inform(tr(lang, Msg::VoteNotInPhase));
        };
        let (phase, allows) = (phase.id, phase.allows(Activity::Vote));
        let session = &board.session;
        let rounds: Vec<&VoteRound> = session.rounds_in(phase).collect();
        if rounds.is_empty() && !allows {
            return self.inform(tr(lang, Msg::VoteNotInPhase));
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
        board.vote = Some(VoteState::new(phase, screen));
    }

    pub(super) fn update_voting(&mut self, action: Action) {
        match action {
            Action::ToggleHelp => return self.help_scroll = Some(0),
            Action::Quit => return self.request_quit(),
            // Never while voting: the next voter would take back, and so
            // learn, the previous ballot. The facilitator undoes on the board.
            Action::Undo | Action::Redo => return,
            Action::NewActionFromSelection => return self.new_action_from_result(),
            _ => {}
        }
        let cx = Cx {
            lang: self.lang,
            now: self.now,
            keymap: &self.keymap,
        };
        let Screen::Board(board) = &mut self.screen else {
            return;
        };
        let Some(mut vote) = board.vote.take() else {
            return;
        };
        let said = match vote.step(board, &cx, action) {
            Flow::Stay(said) => {
                board.vote = Some(vote);
                said
            }
            Flow::Leave(said) => said,
        };
        self.tell_vote(said);
    }

    /// Results screen: an action from the line under the cursor. Voting
    /// closes first, so the action form opens over the session screen and
    /// comes back to it.
    fn new_action_from_result(&mut self) {
        let Screen::Board(board) = &mut self.screen else {
            return;
        };
        let Some(VoteScreen::Results(view)) = board.vote.as_ref().map(|vote| &vote.screen) else {
            return;
        };
        let origin = board
            .session
            .round(view.round)
            .and_then(voting::results)
            .and_then(|results| results.lines.get(view.selected).map(|line| line.option))
            .map(|option| ActionOrigin::Result {
                round: view.round,
                option,
            });
        if let Some(origin) = origin {
            board.vote = None;
            self.new_action_from(&[origin]);
        }
    }

    fn tell_vote(&mut self, said: Said) {
        match said {
            Said::Nothing => {}
            Said::Info(text) => self.inform(text),
            Said::Refused(error) => {
                let text = self.describe_vote_error(&error);
                self.warn(text);
            }
        }
    }

    /// A refused voting step in the interface language.
    pub fn describe_vote_error(&self, error: &VoteError) -> String {
        let lang = self.lang;
        let name = |id: &ParticipantId| {
            self.board()
                .and_then(|b| b.session.participant_name(*id))
                .unwrap_or("?")
                .to_string()
        };
        match error {
            VoteError::Domain(domain) => self.describe_domain_error(domain),
            VoteError::AlreadyVoted(id) => {
                let key = self.key_hint(Mode::VoteHandOver, &Action::ToggleRevotes);
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
}

#[cfg(test)]
mod tests;
