//! What the keys do on the round list and in the round form.

use super::ballot::{apply, move_to, step_picker};
use super::*;

// ---------------------------------------------------------------------------
// The state

impl VoteState {
    pub(super) fn new(phase: PhaseId, screen: VoteScreen) -> VoteState {
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
    pub(super) fn may_recast(
        &self,
        session: &Session,
        round: &VoteRound,
        participant: ParticipantId,
    ) -> bool {
        session.anonymous
            && round.status == RoundStatus::Open
            && round.allow_revote
            && voting::has_voted(round, participant)
            && self.remembered.contains_key(&participant)
    }

    pub(super) fn hand_over(&self, session: &Session, round: &VoteRound) -> HandOver {
        HandOver {
            round: round.id,
            selected: first_waiting(&voter_rows(session, round, self)),
            name: None,
            reveal_armed: false,
        }
    }

    pub(super) fn round_list(&self, session: &Session, round: Option<RoundId>) -> VoteScreen {
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
    pub(super) fn step(&mut self, doc: &mut Document, cx: &Cx, action: Action) -> Flow {
        match &self.screen {
            VoteScreen::Rounds(_) => self.step_rounds(doc, cx, action),
            VoteScreen::Form(_) => self.step_form(doc, cx, action),
            VoteScreen::HandOver(_) => self.step_hand_over(doc, cx, action),
            VoteScreen::Ballot(_) => self.step_ballot(doc, cx, action),
            VoteScreen::Results(_) => self.step_results(doc, cx, action),
        }
    }

    // ----- the round list -----

    pub(super) fn step_rounds(&mut self, doc: &mut Document, cx: &Cx, action: Action) -> Flow {
        let rows = round_rows(&doc.session, self.phase);
        let VoteScreen::Rounds(list) = &mut self.screen else {
            return Flow::Stay(None);
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
                None
            }
            Action::SelectRow(row) if row < rows.len() => self.open_row(doc, cx, rows[row]),
            Action::OpenSelected => match rows.get(list.selected) {
                Some(row) => self.open_row(doc, cx, *row),
                None => None,
            },
            Action::NewRound => self.open_row(doc, cx, RoundRow::New),
            Action::RevealResults => match rows.get(list.selected) {
                Some(RoundRow::Round(id)) => self.reveal(doc, cx, *id, armed, Mode::VoteRounds),
                _ => info(tr(cx.lang, Msg::VoteChooseOpenRound).to_string()),
            },
            Action::CancelInput => return Flow::Leave(None),
            _ => None,
        };
        Flow::Stay(said)
    }

    pub(super) fn open_row(&mut self, doc: &Document, cx: &Cx, row: RoundRow) -> Said {
        let session = &doc.session;
        match row {
            RoundRow::New => {
                if !session
                    .phase(self.phase)
                    .is_some_and(|p| p.allows(Activity::Vote))
                {
                    return info(tr(cx.lang, Msg::VoteNotInPhase).to_string());
                }
                // Titles are content: in the session's language, like its export.
                let title = tr(session.language, Msg::VoteDefaultTitle);
                self.screen = VoteScreen::Form(Box::new(RoundForm::new(session, self.phase, title)));
                None
            }
            RoundRow::Round(id) => match session.round(id) {
                Some(round) if round.status == RoundStatus::Revealed => {
                    self.screen = VoteScreen::Results(ResultsView::new(session, id));
                    None
                }
                Some(round) => {
                    self.screen = VoteScreen::HandOver(self.hand_over(session, round));
                    None
                }
                None => None,
            },
        }
    }

    /// Reveals `round` when `armed` (the key was pressed just before);
    /// otherwise asks once more.
    pub(super) fn reveal(
        &mut self,
        doc: &mut Document,
        cx: &Cx,
        round: RoundId,
        armed: bool,
        mode: Mode,
    ) -> Said {
        let current = doc.session.round(round)?;
        if current.status == RoundStatus::Revealed {
            self.screen = VoteScreen::Results(ResultsView::new(&doc.session, round));
            return None;
        }
        if current.voters.is_empty() {
            return cx.refused(&doc.session, VoteError::NobodyVoted);
        }
        if !armed {
            let (voted, people) = turnout(&voter_rows(&doc.session, current, self));
            match &mut self.screen {
                VoteScreen::Rounds(list) => list.reveal_armed = true,
                VoteScreen::HandOver(hand) => hand.reveal_armed = true,
                _ => {}
            }
            return info(fill(
                cx.lang,
                Msg::VoteConfirmReveal,
                &[
                    ("voted", &voted),
                    ("total", &people.max(voted)),
                    ("key", &cx.key(mode, &Action::RevealResults)),
                ],
            ));
        }
        match voting::reveal(&doc.session, round).and_then(|command| apply(doc, command, cx.now)) {
            Ok(()) => {
                self.screen = VoteScreen::Results(ResultsView::new(&doc.session, round));
                info(tr(cx.lang, Msg::VoteRevealed).to_string())
            }
            Err(error) => cx.refused(&doc.session, error),
        }
    }

    // ----- the form -----

    pub(super) fn step_form(&mut self, doc: &mut Document, cx: &Cx, action: Action) -> Flow {
        let session = &doc.session;
        let VoteScreen::Form(form) = &mut self.screen else {
            return Flow::Stay(None);
        };
        if !matches!(action, Action::InsertChar(c) if c.is_ascii_digit()) {
            form.stop_typing_number();
        }
        if form.picker.is_some() {
            step_picker(form, action);
            return Flow::Stay(None);
        }
        let field = form.field();
        let count = form.fields.len();
        let said = match action {
            Action::NextField => {
                form.focus = (form.focus + 1) % count;
                None
            }
            Action::PreviousField => {
                form.focus = (form.focus + count - 1) % count;
                None
            }
            Action::FocusField(index) if index < count => {
                form.focus = index;
                None
            }
            Action::MoveCursorLeft if field != RoundField::Title => {
                form.change(-1);
                None
            }
            Action::MoveCursorRight if field != RoundField::Title => {
                form.change(1);
                None
            }
            Action::InsertChar(' ')
                if field == RoundField::Source && form.source_kind() == SourceKind::Picked =>
            {
                form.open_picker(session);
                None
            }
            Action::InsertChar(' ' | '+') if field != RoundField::Title => {
                form.change(1);
                None
            }
            Action::InsertChar('-') if field != RoundField::Title => {
                form.change(-1);
                None
            }
            Action::InsertChar(c) if field != RoundField::Title => {
                if let Some(digit) = c.to_digit(10) {
                    form.type_digit(digit);
                }
                None
            }
            Action::Paste(_) if field == RoundField::Title => {
                form.edit_title(&action);
                None
            }
            Action::SubmitInput => return Flow::Stay(self.open_round(doc, cx)),
            Action::CancelInput => {
                if doc.session.rounds_in(self.phase).next().is_none() {
                    return Flow::Leave(None);
                }
                self.screen = self.round_list(&doc.session, None);
                None
            }
            other if field == RoundField::Title => {
                form.edit_title(&other);
                None
            }
            _ => None,
        };
        Flow::Stay(said)
    }

    pub(super) fn open_round(&mut self, doc: &mut Document, cx: &Cx) -> Said {
        let VoteScreen::Form(form) = &mut self.screen else {
            return None;
        };
        if form.source_kind() == SourceKind::Picked && form.picked.is_empty() {
            form.open_picker(&doc.session);
            let key = cx.key(Mode::VotePick, &Action::MarkOption);
            return info(fill(cx.lang, Msg::VotePickSome, &[("key", &key)]));
        }
        let spec = form.spec(RoundId::random());
        let preview = match voting::preview_round(&doc.session, &spec) {
            Ok(preview) => preview,
            Err(error) => return cx.refused(&doc.session, error),
        };
        let opened = voting::open_round(&doc.session, &spec).and_then(|c| apply(doc, c, cx.now));
        if let Err(error) = opened {
            return cx.refused(&doc.session, error);
        }
        let round = doc.session.round(spec.id)?;
        self.screen = VoteScreen::HandOver(self.hand_over(&doc.session, round));
        info(fill(
            cx.lang,
            Msg::VoteRoundOpened,
            &[
                ("title", &round.title),
                ("options", &preview.options.len()),
                ("dots", &dots_text(cx.lang, preview.dots_per_voter)),
            ],
        ))
    }
}
