//! What the keys do on the hand-over screen, on a ballot and on the
//! results, and the helpers the steps share.

use super::*;
use crate::core::public::tally_is_public;

impl VoteState {
    // ----- the hand-over screen -----

    pub(super) fn step_hand_over(&mut self, doc: &mut Document, cx: &Cx, action: Action) -> Flow {
        let current = self.current_round().and_then(|id| doc.session.round(id));
        let Some(round) = current.cloned() else {
            self.screen = self.round_list(&doc.session, None);
            return Flow::Stay(None);
        };
        let rows = voter_rows(&doc.session, &round, self);
        let VoteScreen::HandOver(hand) = &mut self.screen else {
            return Flow::Stay(None);
        };
        if hand.name.is_some() {
            return Flow::Stay(self.step_name(doc, cx, &round, action));
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
                None
            }
            Action::SelectRow(row) if row <= last => {
                self.take_keyboard(&doc.session, cx, &round, &rows[row], false)
            }
            Action::TakeKeyboard => {
                let row = &rows[hand.selected];
                self.take_keyboard(&doc.session, cx, &round, row, false)
            }
            Action::RecordProxyBallot => {
                let row = &rows[hand.selected];
                self.take_keyboard(&doc.session, cx, &round, row, true)
            }
            Action::AddVoter => {
                hand.selected = last;
                hand.name = Some(NameEntry {
                    text: TextInput::new(),
                    proxy: false,
                });
                None
            }
            Action::ToggleRevotes => {
                let allow = !round.allow_revote;
                match voting::set_allow_revote(&doc.session, round.id, allow)
                    .and_then(|c| apply(doc, c, cx.now))
                {
                    Ok(()) => {
                        let msg = match (allow, doc.session.anonymous) {
                            (false, _) => Msg::VoteRevotesOff,
                            (true, false) => Msg::VoteRevotesOn,
                            (true, true) => Msg::VoteRevotesOnAnonymous,
                        };
                        info(tr(cx.lang, msg).to_string())
                    }
                    Err(error) => cx.refused(&doc.session, error),
                }
            }
            Action::RevealResults => self.reveal(doc, cx, round.id, armed, Mode::VoteHandOver),
            Action::CancelInput => {
                self.screen = self.round_list(&doc.session, Some(round.id));
                None
            }
            _ => None,
        };
        Flow::Stay(said)
    }

    /// The round the hand-over, ballot or results screen is about.
    pub(super) fn current_round(&self) -> Option<RoundId> {
        match &self.screen {
            VoteScreen::HandOver(hand) => Some(hand.round),
            VoteScreen::Ballot(ballot) => Some(ballot.round),
            VoteScreen::Results(results) => Some(results.round),
            VoteScreen::Rounds(_) | VoteScreen::Form(_) => None,
        }
    }

    /// The person on `row` takes the keyboard (or, with `proxy`, the
    /// facilitator types their ballot in).
    pub(super) fn take_keyboard(
        &mut self,
        session: &Session,
        cx: &Cx,
        round: &VoteRound,
        row: &VoterRow,
        proxy: bool,
    ) -> Said {
        match row.who {
            Who::Someone => {
                if let VoteScreen::HandOver(hand) = &mut self.screen {
                    hand.name = Some(NameEntry {
                        text: TextInput::new(),
                        proxy,
                    });
                }
                None
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
                None
            }
            Who::Participant(id) => {
                if !row.may_vote {
                    return match voting::can_vote(session, round.id, id) {
                        Err(error) => cx.refused(session, error),
                        Ok(()) => None,
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
                None
            }
        }
    }

    pub(super) fn start_ballot(&mut self, session: &Session, round: &VoteRound, seat: Seat) {
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
    pub(super) fn step_name(
        &mut self,
        doc: &mut Document,
        cx: &Cx,
        round: &VoteRound,
        action: Action,
    ) -> Said {
        let VoteScreen::HandOver(hand) = &mut self.screen else {
            return None;
        };
        let entry = hand.name.as_mut()?;
        match action {
            Action::CancelInput => hand.name = None,
            Action::SubmitInput => {
                let name = clean_line(entry.text.text());
                let proxy = entry.proxy;
                return self.ballot_for_name(&doc.session, cx, round, name, proxy);
            }
            Action::Paste(text) => entry.text.insert_str(&text.replace(['\r', '\n'], " ")),
            other => edit_text(&mut entry.text, &other),
        }
        None
    }

    /// The ballot for a typed name: a roster name is that participant, the
    /// facilitator's name is the facilitator, any other a new participant
    /// (added when the ballot is cast).
    pub(super) fn ballot_for_name(
        &mut self,
        session: &Session,
        cx: &Cx,
        round: &VoteRound,
        name: String,
        proxy: bool,
    ) -> Said {
        if name.is_empty() {
            return info(tr(cx.lang, Msg::VoteNameNeeded).to_string());
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
                    None
                }
                Err(error) => cx.refused(session, error),
            };
        }
        let is_facilitator = session
            .facilitator
            .as_deref()
            .is_some_and(|f| f.trim().to_lowercase() == name.to_lowercase());
        if is_facilitator && !round.facilitator_votes {
            return cx.refused(session, VoteError::FacilitatorDoesNotVote);
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
        None
    }

    // ----- the ballot -----

    pub(super) fn step_ballot(&mut self, doc: &mut Document, cx: &Cx, action: Action) -> Flow {
        let VoteScreen::Ballot(ballot) = &mut self.screen else {
            return Flow::Stay(None);
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
                    info(fill(
                        lang,
                        Msg::VoteDotsLeftConfirm,
                        &[("n", &left), ("key", &key)],
                    ))
                } else {
                    self.cast(doc, cx)
                }
            }
            Action::CancelInput => {
                if ballot.draft.placed() > 0 && !discard_armed {
                    ballot.discard_armed = true;
                    let key = cx.key(Mode::Ballot, &Action::CancelInput);
                    info(fill(lang, Msg::VoteDiscardConfirm, &[("key", &key)]))
                } else {
                    self.back_to_hand_over(&doc.session);
                    info(tr(lang, Msg::VoteBallotDiscarded).to_string())
                }
            }
            _ => None,
        };
        Flow::Stay(said)
    }

    pub(super) fn back_to_hand_over(&mut self, session: &Session) {
        let Some(round) = self.current_round().and_then(|id| session.round(id)) else {
            self.screen = self.round_list(session, None);
            return;
        };
        self.screen = VoteScreen::HandOver(self.hand_over(session, round));
    }

    pub(super) fn cast(&mut self, doc: &mut Document, cx: &Cx) -> Said {
        let VoteScreen::Ballot(ballot) = &self.screen else {
            return None;
        };
        let session = &doc.session;
        let dots = ballot.draft.dots().to_vec();
        let (participant, command) = match &ballot.voter {
            BallotFor::Roster(id) if session.anonymous && ballot.revote => {
                let Some(earlier) = self.remembered.get(id) else {
                    return cx.refused(&doc.session, VoteError::EarlierBallotUnknown);
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
        if let Err(error) = command.and_then(|c| apply(doc, c, cx.now)) {
            return cx.refused(&doc.session, error);
        }
        if doc.session.anonymous {
            self.remembered.insert(participant, dots);
        }
        self.back_to_hand_over(&doc.session);
        let msg = if proxy {
            Msg::VoteProxyRecorded
        } else {
            Msg::VoteThankYou
        };
        info(fill(cx.lang, msg, &[("name", &name)]))
    }

    // ----- the results -----

    pub(super) fn step_results(&mut self, doc: &mut Document, cx: &Cx, action: Action) -> Flow {
        let revealed: Vec<RoundId> = doc
            .session
            .rounds_in(self.phase)
            .filter(|r| tally_is_public(r))
            .map(|r| r.id)
            .collect();
        let VoteScreen::Results(view) = &mut self.screen else {
            return Flow::Stay(None);
        };
        let lines = doc.session.round(view.round).map_or(0, |r| r.options.len());
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
                *view = ResultsView::new(&doc.session, revealed[next]);
                None
            }
            Action::NextRound | Action::PreviousRound => {
                info(tr(cx.lang, Msg::VoteOnlyOneResult).to_string())
            }
            Action::StartRunoff => {
                let round = view.round;
                self.runoff(doc, cx, round)
            }
            Action::CancelInput => {
                let round = view.round;
                self.screen = self.round_list(&doc.session, Some(round));
                None
            }
            _ => None,
        };
        Flow::Stay(said)
    }

    pub(super) fn runoff(&mut self, doc: &mut Document, cx: &Cx, round: RoundId) -> Said {
        let original = doc.session.round(round)?;
        let Some(winners) = runoff_winners(original) else {
            return cx.refused(&doc.session, VoteError::NoTie);
        };
        let language = doc.session.language;
        let title = fill(language, Msg::VoteRunoffTitle, &[("title", &original.title)]);
        let id = RoundId::random();
        let opened = voting::open_runoff(&doc.session, round, winners, id, &title)
            .and_then(|command| apply(doc, command, cx.now));
        if let Err(error) = opened {
            return cx.refused(&doc.session, error);
        }
        let runoff = doc.session.round(id)?;
        let (options, dots) = (runoff.options.len(), runoff.dots_per_voter);
        self.screen = VoteScreen::HandOver(self.hand_over(&doc.session, runoff));
        info(fill(
            cx.lang,
            Msg::VoteRunoffOpened,
            &[("options", &options), ("dots", &dots_text(cx.lang, dots))],
        ))
    }
}

pub(super) fn step_picker(form: &mut RoundForm, action: Action) {
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
pub(super) fn move_to(cursor: &mut usize, step: isize, last: usize) -> Said {
    let next = (*cursor as isize).saturating_add(step).clamp(0, last as isize);
    *cursor = next as usize;
    None
}

/// What to say when the ballot refused a dot.
pub(super) fn refusal(cx: &Cx, ballot: &BallotScreen, result: Result<usize, DraftRefusal>) -> Said {
    match result {
        Ok(_) => None,
        Err(DraftRefusal::NoDotsLeft) => {
            let key = cx.key(Mode::Ballot, &Action::RemoveDot);
            info(fill(cx.lang, Msg::VoteNoDotsLeft, &[("key", &key)]))
        }
        Err(DraftRefusal::CapReached) => {
            let cap = dots_text(cx.lang, ballot.draft.cap());
            info(fill(cx.lang, Msg::VoteCapReached, &[("cap", &cap)]))
        }
        Err(DraftRefusal::NoDotHere | DraftRefusal::NoSuchOption) => None,
    }
}

/// Applies a voting command through the doc's history.
pub(super) fn apply(doc: &mut Document, command: Command, now: Timestamp) -> Result<(), VoteError> {
    doc.change(command, now, None).map_err(|note| match note {
        Say::Refused(error) => VoteError::Domain(error),
        _ => VoteError::Unchanged,
    })
}
