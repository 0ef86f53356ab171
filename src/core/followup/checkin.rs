//! Check-in and check-out rounds: a quick scale question at the start or end
//! of a workshop (mood, return on time invested, fist of five).
//!
//! Answers are secret like ballots: a round stores how many people gave each
//! answer and who has answered, never who answered what. Answers typed on the
//! shared keyboard are refused once the results are revealed, because the
//! change of the chart would then show what the latecomer answered. Counts
//! from a show of hands are public anyway and can be entered at any time.

use crate::core::command::{Command, DomainError, Refusal};
use crate::core::session::*;

fn not_found(kind: &'static str, id: impl ToString) -> DomainError {
    DomainError::NotFound {
        kind,
        id: id.to_string(),
    }
}

fn find(session: &Session, id: CheckinId) -> Result<&CheckinRound, DomainError> {
    session.checkin(id).ok_or_else(|| not_found("check-in", id))
}

/// Opens a new round with no answers yet, at the end of the list. The
/// question may be [`default_question`]; an empty one is refused on apply.
pub fn open_checkin(
    session: &Session,
    id: CheckinId,
    scale: CheckinScale,
    question: &str,
    phase: Option<PhaseId>,
) -> Command {
    Command::AddCheckin {
        checkin: CheckinRound {
            id,
            phase,
            question: question.to_string(),
            scale,
            counts: vec![0; scale.answers()],
            respondents: Vec::new(),
            revealed: false,
        },
        index: session.checkins.len(),
    }
}

/// Records one person's answer given on the shared keyboard. Refused when the
/// person already answered, is not on the roster, the answer is off the
/// scale, or the results are revealed. A guest who is not on the roster is
/// added first (`AddParticipant`, in the same `Batch` if one undo step is
/// wanted).
pub fn record_answer(
    session: &Session,
    id: CheckinId,
    participant: ParticipantId,
    answer: u32,
) -> Result<Command, DomainError> {
    let round = find(session, id)?;
    let person = session
        .participant(participant)
        .ok_or_else(|| not_found("participant", participant))?;
    if round.revealed {
        return Err(Refusal::CheckinRevealed.into());
    }
    if round.respondents.contains(&participant) {
        return Err(Refusal::AlreadyAnswered {
            name: person.name.clone(),
        }
        .into());
    }
    let slot = answer_slot(round.scale, answer)?;
    let mut round = round.clone();
    round.counts[slot] = round.counts[slot].saturating_add(1);
    round.respondents.push(participant);
    Ok(Command::ReplaceCheckin(round))
}

/// Index into `counts` of an answer, or why it is off the scale.
fn answer_slot(scale: CheckinScale, answer: u32) -> Result<usize, DomainError> {
    let (low, high) = scale.range();
    if !(low..=high).contains(&answer) {
        return Err(Refusal::AnswerOffScale { answer, low, high }.into());
    }
    Ok((answer - low) as usize)
}

/// Sets all counts at once (a show of hands, or answers collected on paper),
/// lowest answer first. The total may not fall below the number of people
/// who answered on the keyboard.
pub fn set_counts(session: &Session, id: CheckinId, counts: &[u32]) -> Result<Command, DomainError> {
    let round = find(session, id)?;
    if counts.len() != round.scale.answers() {
        return Err(Refusal::WrongCountOfAnswers {
            answers: round.scale.answers(),
            counts: counts.len(),
        }
        .into());
    }
    let total: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if total < round.respondents.len() as u64 {
        return Err(Refusal::CountsBelowRespondents {
            respondents: round.respondents.len(),
            total,
        }
        .into());
    }
    let mut round = round.clone();
    round.counts = counts.to_vec();
    Ok(Command::ReplaceCheckin(round))
}

/// Sets how many people gave one `answer` (one bar of the chart).
pub fn set_count(session: &Session, id: CheckinId, answer: u32, count: u32) -> Result<Command, DomainError> {
    let round = find(session, id)?;
    let slot = answer_slot(round.scale, answer)?;
    let mut counts = round.counts.clone();
    counts[slot] = count;
    set_counts(session, id, &counts)
}

/// Shows the results to the room.
pub fn reveal_checkin(session: &Session, id: CheckinId) -> Result<Command, DomainError> {
    set_revealed(session, id, true)
}

/// Covers the results again, e.g. to let a latecomer answer.
pub fn hide_checkin(session: &Session, id: CheckinId) -> Result<Command, DomainError> {
    set_revealed(session, id, false)
}

fn set_revealed(session: &Session, id: CheckinId, revealed: bool) -> Result<Command, DomainError> {
    let mut round = find(session, id)?.clone();
    round.revealed = revealed;
    Ok(Command::ReplaceCheckin(round))
}

pub fn delete_checkin(session: &Session, id: CheckinId) -> Result<Command, DomainError> {
    find(session, id)?;
    Ok(Command::RemoveCheckin(id))
}

/// Whether `participant` has answered the round.
pub fn has_answered(round: &CheckinRound, participant: ParticipantId) -> bool {
    round.respondents.contains(&participant)
}

/// The people on the roster who have not answered yet, in roster order: the
/// hand-over screen offers them.
pub fn waiting_for<'a>(session: &'a Session, round: &CheckinRound) -> Vec<&'a Participant> {
    session
        .participants
        .iter()
        .filter(|p| !has_answered(round, p.id))
        .collect()
}

/// One bar of a result chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AnswerCount {
    pub answer: u32,
    pub count: u32,
    /// Part of all answers, 0.0 to 1.0 (0.0 before anyone answered).
    pub share: f64,
}

/// What a round's chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckinResult {
    pub scale: CheckinScale,
    /// All answers, from the keyboard and entered as counts.
    pub total: u32,
    /// How many of them were given on the keyboard.
    pub respondents: usize,
    /// `None` before anyone answered.
    pub mean: Option<f64>,
    /// One entry per answer on the scale, lowest first.
    pub distribution: Vec<AnswerCount>,
}

pub fn checkin_result(round: &CheckinRound) -> CheckinResult {
    let (low, _) = round.scale.range();
    let total = round.total();
    let distribution = round
        .counts
        .iter()
        .enumerate()
        .map(|(i, &count)| AnswerCount {
            answer: low + i as u32,
            count,
            share: if total == 0 {
                0.0
            } else {
                f64::from(count) / f64::from(total)
            },
        })
        .collect();
    CheckinResult {
        scale: round.scale,
        total,
        respondents: round.respondents.len(),
        mean: round.mean(),
        distribution,
    }
}

/// A mean with one decimal, with a decimal comma in German: `3,4`.
pub fn format_mean(mean: f64, language: Language) -> String {
    let text = format!("{mean:.1}");
    match language {
        Language::De => text.replace('.', ","),
        Language::En => text,
    }
}

/// The name of a scale, with its range.
pub fn scale_name(scale: CheckinScale, language: Language) -> &'static str {
    match (scale, language) {
        (CheckinScale::Mood, Language::En) => "Mood (1–5)",
        (CheckinScale::Mood, Language::De) => "Stimmung (1–5)",
        (CheckinScale::Roti, Language::En) => "Return on time invested (0–4)",
        (CheckinScale::Roti, Language::De) => "Hat sich die Zeit gelohnt? (ROTI, 0–4)",
        (CheckinScale::FistOfFive, Language::En) => "Fist of five (0–5)",
        (CheckinScale::FistOfFive, Language::De) => "Fist of Five (0–5 Finger)",
    }
}

/// A ready question for a new round of this scale.
pub fn default_question(scale: CheckinScale, language: Language) -> &'static str {
    match (scale, language) {
        (CheckinScale::Mood, Language::En) => "How are you arriving today, from 1 (bad) to 5 (great)?",
        (CheckinScale::Mood, Language::De) => "Wie kommen Sie heute an, von 1 (schlecht) bis 5 (sehr gut)?",
        (CheckinScale::Roti, Language::En) => {
            "Was this session worth your time, from 0 (wasted) to 4 (very much so)?"
        }
        (CheckinScale::Roti, Language::De) => {
            "Hat sich die investierte Zeit gelohnt, von 0 (verschwendet) bis 4 (sehr gelohnt)?"
        }
        (CheckinScale::FistOfFive, Language::En) => {
            "How far do you support this result, from 0 to 5 fingers?"
        }
        (CheckinScale::FistOfFive, Language::De) => {
            "Wie sehr tragen Sie das Ergebnis mit, von 0 bis 5 Fingern?"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::History;
    use jiff::Timestamp;

    const ROUND: CheckinId = CheckinId(uuid::Uuid::from_u128(7));

    fn person(n: u128) -> ParticipantId {
        ParticipantId::from_u128(n)
    }

    /// A session with three participants and an open mood round.
    fn session_with_round(scale: CheckinScale) -> Session {
        let mut session = Session::new("Retro", "retro", Language::De, Timestamp::UNIX_EPOCH);
        for (n, name) in [(1, "Anna"), (2, "Ben"), (3, "Cem")] {
            session.participants.push(Participant {
                id: person(n),
                name: name.into(),
                colour: Colour::nth(n as usize),
            });
        }
        let open = open_checkin(
            &session,
            ROUND,
            scale,
            default_question(scale, Language::De),
            None,
        );
        session.apply(open).expect("the round opens");
        session
    }

    fn round(session: &Session) -> &CheckinRound {
        session.checkin(ROUND).expect("the round exists")
    }

    #[test]
    fn opening_a_round_undoes() {
        let mut session = Session::new("Retro", "retro", Language::En, Timestamp::UNIX_EPOCH);
        let before = session.clone();
        let inverse = session
            .apply(open_checkin(
                &session,
                ROUND,
                CheckinScale::Roti,
                "Worth it?",
                None,
            ))
            .expect("opens");
        assert_eq!(round(&session).counts, vec![0; 5]);
        assert!(!round(&session).revealed);
        assert_eq!(checkin_result(round(&session)).mean, None);
        session.apply(inverse).expect("undo");
        assert_eq!(session, before);
        assert_eq!(
            session.apply(open_checkin(&session, ROUND, CheckinScale::Roti, "  ", None)),
            Err(DomainError::EmptyText)
        );
    }

    #[test]
    fn keyboard_answers_are_counted_secretly_and_undo() {
        let mut session = session_with_round(CheckinScale::Mood);
        let mut history = History::new();
        let start = session.clone();
        for (n, answer) in [(1, 4), (2, 5), (3, 4)] {
            let command = record_answer(&session, ROUND, person(n), answer).expect("a valid answer");
            history.apply(&mut session, command).expect("applies");
        }
        let stored = round(&session);
        assert_eq!(stored.counts, vec![0, 0, 0, 2, 1]);
        assert_eq!(stored.respondents, vec![person(1), person(2), person(3)]);
        // The round holds counts and respondents only, nothing that pairs a
        // person with an answer. Destructuring without `..` stops this test
        // from compiling when a field is added, so a new one gets a look.
        let CheckinRound {
            id,
            phase,
            question,
            scale,
            counts,
            respondents,
            revealed,
        } = stored.clone();
        let _ = (id, phase, question, scale, revealed);
        assert_eq!(counts.iter().sum::<u32>() as usize, respondents.len());

        let result = checkin_result(stored);
        assert_eq!(result.total, 3);
        assert_eq!(result.respondents, 3);
        let mean = result.mean.expect("answers exist");
        assert!((mean - 13.0 / 3.0).abs() < 1e-9);
        assert_eq!(format_mean(mean, Language::De), "4,3");
        assert_eq!(format_mean(mean, Language::En), "4.3");
        let bars: Vec<(u32, u32)> = result.distribution.iter().map(|a| (a.answer, a.count)).collect();
        assert_eq!(bars, vec![(1, 0), (2, 0), (3, 0), (4, 2), (5, 1)]);
        assert!((result.distribution[3].share - 2.0 / 3.0).abs() < 1e-9);

        for _ in 0..3 {
            history.undo(&mut session).expect("undo");
        }
        assert_eq!(session, start);
    }

    #[test]
    fn refuses_a_second_answer_and_answers_off_the_scale() {
        let mut session = session_with_round(CheckinScale::Mood);
        let first = record_answer(&session, ROUND, person(1), 3).expect("valid");
        session.apply(first).expect("applies");
        let again = record_answer(&session, ROUND, person(1), 5);
        assert_eq!(
            again,
            Err(Refusal::AlreadyAnswered { name: "Anna".into() }.into())
        );
        assert!(matches!(
            record_answer(&session, ROUND, person(2), 0),
            Err(DomainError::Refused(Refusal::AnswerOffScale { answer: 0, .. }))
        ));
        assert!(matches!(
            record_answer(&session, ROUND, person(2), 6),
            Err(DomainError::Refused(Refusal::AnswerOffScale { answer: 6, .. }))
        ));
        assert!(matches!(
            record_answer(&session, ROUND, person(9), 3),
            Err(DomainError::NotFound {
                kind: "participant",
                ..
            })
        ));
        assert!(matches!(
            record_answer(&session, CheckinId::from_u128(99), person(2), 3),
            Err(DomainError::NotFound { kind: "check-in", .. })
        ));
        let waiting: Vec<&str> = waiting_for(&session, round(&session))
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(waiting, vec!["Ben", "Cem"]);
        assert!(has_answered(round(&session), person(1)));
    }

    #[test]
    fn reveal_closes_the_keyboard_and_hide_opens_it() {
        let mut session = session_with_round(CheckinScale::FistOfFive);
        let before = session.clone();
        let inverse = session
            .apply(reveal_checkin(&session, ROUND).expect("exists"))
            .expect("applies");
        assert!(round(&session).revealed);
        assert!(record_answer(&session, ROUND, person(1), 5).is_err());
        let revealed = session.clone();
        let reopen = session
            .apply(hide_checkin(&session, ROUND).expect("exists"))
            .expect("applies");
        assert!(record_answer(&session, ROUND, person(1), 5).is_ok());
        session.apply(reopen).expect("undo hide");
        assert_eq!(session, revealed);
        session.apply(inverse).expect("undo reveal");
        assert_eq!(session, before);
    }

    #[test]
    fn counts_from_a_show_of_hands() {
        let mut session = session_with_round(CheckinScale::Roti);
        let before = session.clone();
        let inverse = session
            .apply(set_counts(&session, ROUND, &[0, 1, 2, 4, 1]).expect("five counts"))
            .expect("applies");
        let result = checkin_result(round(&session));
        assert_eq!(result.total, 8);
        assert_eq!(result.respondents, 0);
        assert_eq!(result.mean, Some(21.0 / 8.0));
        session.apply(inverse).expect("undo");
        assert_eq!(session, before);

        let inverse = session
            .apply(set_count(&session, ROUND, 4, 3).expect("4 is on the ROTI scale"))
            .expect("applies");
        assert_eq!(round(&session).counts, vec![0, 0, 0, 0, 3]);
        assert_eq!(checkin_result(round(&session)).mean, Some(4.0));
        session.apply(inverse).expect("undo");
        assert_eq!(session, before);

        assert!(set_counts(&session, ROUND, &[1, 2, 3]).is_err());
        assert!(set_count(&session, ROUND, 5, 1).is_err());
    }

    #[test]
    fn counts_cannot_drop_below_the_keyboard_answers() {
        let mut session = session_with_round(CheckinScale::Mood);
        for n in 1..=2 {
            let command = record_answer(&session, ROUND, person(n), 2).expect("valid");
            session.apply(command).expect("applies");
        }
        assert!(set_counts(&session, ROUND, &[1, 0, 0, 0, 0]).is_err());
        let adds_hands = set_counts(&session, ROUND, &[1, 2, 0, 0, 3]).expect("keeps the two answers");
        session.apply(adds_hands).expect("applies");
        assert_eq!(checkin_result(round(&session)).total, 6);
    }

    #[test]
    fn delete_and_undo() {
        let mut session = session_with_round(CheckinScale::Mood);
        let before = session.clone();
        let inverse = session
            .apply(delete_checkin(&session, ROUND).expect("exists"))
            .expect("applies");
        assert!(session.checkins.is_empty());
        session.apply(inverse).expect("undo");
        assert_eq!(session, before);
        assert!(delete_checkin(&session, CheckinId::from_u128(1)).is_err());
    }

    #[test]
    fn every_scale_has_a_name_and_question_in_both_languages() {
        for scale in [CheckinScale::Mood, CheckinScale::Roti, CheckinScale::FistOfFive] {
            for language in Language::ALL {
                assert!(default_question(scale, language).ends_with('?'));
                assert!(!scale_name(scale, language).is_empty());
            }
        }
        assert_ne!(
            default_question(CheckinScale::Mood, Language::De),
            default_question(CheckinScale::Mood, Language::En)
        );
    }
}
