//! The permanent workshop: a new session that picks up where an earlier one
//! left off, starting with a review of the actions still open.

use crate::core::method::{MethodTemplate, NewSession};
use crate::core::session::*;
use crate::core::text::clean_line;
use jiff::Timestamp;

/// A new session from `template` that continues `previous`.
///
/// - The pending (open and doing) actions of `previous` are copied with
///   their owner, due date, status and note, each linked back by
///   `ActionSource::Carried { session, action }`, and a review phase
///   ("Rückblick auf offene Maßnahmen") is put before the template's
///   phases. Done and dropped actions stay behind. With nothing pending
///   there is nothing to review and no review phase is added.
/// - `continues` names `previous`. `previous` itself is not changed: its
///   carried actions are left out of the cross-session overview instead (see
///   `pending_overview`), so the old file stays a faithful record.
/// - Participants: a permanent workshop usually meets with the same group,
///   so the previous roster is carried over with the same ids (the same
///   person can be followed across the series) and colours; names in
///   `options.participants` that are not on it yet are added. Nobody on the
///   roster has done anything in the new session, so the facilitator can
///   remove whoever does not come.
/// - Title and facilitator default to those of `previous` when `options`
///   leaves them blank; the session is anonymous when either `previous` was
///   or `options` asks for it (data minimisation carries over too). The
///   language is `options.language`: callers pass the previous session's
///   language when the user did not choose one.
pub fn start_from_previous(
    previous: &Session,
    template: &MethodTemplate,
    options: NewSession,
    now: Timestamp,
) -> Session {
    let mut options = options;
    let extra_names = std::mem::take(&mut options.participants);
    if is_blank(options.title.as_deref()) {
        options.title = Some(previous.title.clone());
    }
    if is_blank(options.facilitator.as_deref()) {
        options.facilitator = previous.facilitator.clone();
    }
    options.anonymous |= previous.anonymous;

    let mut session = template.instantiate(options, now);
    session.continues = Some(previous.id);
    session.participants = previous.participants.clone();
    for name in extra_names {
        add_participant_named(&mut session, &name);
    }

    let carried: Vec<ActionItem> = previous
        .pending_actions()
        .map(|action| carried_action(previous.id, action))
        .collect();
    if !carried.is_empty() {
        let review = review_phase(&previous.title, session.language, carried.len());
        session.phases.insert(0, review);
        session.current_phase = 0;
    }
    session.actions = carried;
    session
}

fn is_blank(text: Option<&str>) -> bool {
    text.map(clean_line).is_none_or(|t| t.is_empty())
}

fn add_participant_named(session: &mut Session, name: &str) {
    let name = clean_line(name);
    if name.is_empty() || session.participant_by_name(&name).is_some() {
        return;
    }
    let colour = Colour::ALL
        .into_iter()
        .find(|c| session.participants.iter().all(|p| p.colour != *c))
        .unwrap_or_else(|| Colour::nth(session.participants.len()));
    session.participants.push(Participant {
        id: ParticipantId::random(),
        name,
        colour,
    });
}

/// A copy of `action` for the new session, with a fresh id and a link back.
pub fn carried_action(previous: SessionId, action: &ActionItem) -> ActionItem {
    ActionItem {
        id: ActionId::random(),
        source: Some(ActionSource::Carried {
            session: previous,
            action: action.id,
        }),
        ..action.clone()
    }
}

/// Whether an action was carried over from an earlier session.
pub fn is_carried(action: &ActionItem) -> bool {
    matches!(action.source, Some(ActionSource::Carried { .. }))
}

/// The phase that opens a continued session: discuss each carried action and
/// update its status. Ten minutes, two more per action beyond five, at most
/// thirty.
pub fn review_phase(previous_title: &str, language: Language, actions: usize) -> Phase {
    let (title, question) = match language {
        Language::De => (
            "Rückblick auf offene Maßnahmen".to_string(),
            format!(
                "Was ist aus den Maßnahmen von „{previous_title}“ geworden? \
                 Was ist erledigt, was läuft noch, was lassen wir fallen?"
            ),
        ),
        Language::En => (
            "Review of open actions".to_string(),
            format!(
                "What has become of the actions from “{previous_title}”? \
                 What is done, what is still under way, what do we drop?"
            ),
        ),
    };
    let extra = u32::try_from(actions.saturating_sub(5)).unwrap_or(u32::MAX);
    Phase {
        id: PhaseId::random(),
        title,
        question,
        timebox_minutes: extra.saturating_mul(2).saturating_add(10).min(30),
        activities: vec![Activity::Discuss, Activity::Actions],
        seconds_used: 0,
        brainwriting: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::followup::{ActionFilter, pending_overview, set_action_status};
    use jiff::civil::date;

    fn retro() -> MethodTemplate {
        MethodTemplate::built_in_by_id("retro").expect("the retrospective is built in")
    }

    fn action(n: u128, status: ActionStatus) -> ActionItem {
        ActionItem {
            id: ActionId::from_u128(n),
            text: format!("Maßnahme {n}"),
            owner: Some(format!("Person {n}")),
            due: Some(date(2026, 12, n as i8)),
            status,
            note: format!("Notiz {n}"),
            source: Some(ActionSource::Idea(IdeaId::from_u128(n))),
        }
    }

    fn previous() -> Session {
        let options = NewSession {
            title: Some("Retro November".into()),
            language: Language::De,
            facilitator: Some("Petra Schulz".into()),
            participants: vec!["Anna".into(), "Ben".into()],
            anonymous: false,
        };
        let mut session = retro().instantiate(options, Timestamp::UNIX_EPOCH);
        session.actions = vec![
            action(1, ActionStatus::Open),
            action(2, ActionStatus::Done),
            action(3, ActionStatus::Doing),
            action(4, ActionStatus::Dropped),
        ];
        session
    }

    fn later() -> Timestamp {
        Timestamp::from_second(2_000_000_000).expect("a valid timestamp")
    }

    #[test]
    fn carries_pending_actions_into_a_review_phase() {
        let previous = previous();
        let session = start_from_previous(&previous, &retro(), NewSession::default(), later());
        session.validate().expect("the continued session is consistent");

        assert_eq!(session.continues, Some(previous.id));
        assert_ne!(session.id, previous.id);
        assert_eq!(session.created, later());
        assert_eq!(session.actions.len(), 2);
        for (carried, original) in session
            .actions
            .iter()
            .zip([&previous.actions[0], &previous.actions[2]])
        {
            assert_ne!(carried.id, original.id);
            assert_eq!(
                carried.source,
                Some(ActionSource::Carried {
                    session: previous.id,
                    action: original.id
                })
            );
            assert_eq!(
                (
                    &carried.text,
                    &carried.owner,
                    carried.due,
                    carried.status,
                    &carried.note
                ),
                (
                    &original.text,
                    &original.owner,
                    original.due,
                    original.status,
                    &original.note
                )
            );
            assert!(is_carried(carried));
        }
        assert_eq!(session.phases.len(), retro().phases.len() + 1);
        assert_eq!(session.current_phase, 0);
        assert!(session.phases[0].allows(Activity::Actions));
        assert_eq!(session.phases[1].title, retro().phases[0].title.en);
    }

    #[test]
    fn the_review_phase_speaks_the_session_language() {
        let previous = previous();
        let german = NewSession {
            language: Language::De,
            ..NewSession::default()
        };
        let session = start_from_previous(&previous, &retro(), german, later());
        assert_eq!(session.phases[0].title, "Rückblick auf offene Maßnahmen");
        assert_eq!(
            session.phases[0].question,
            "Was ist aus den Maßnahmen von „Retro November“ geworden? \
             Was ist erledigt, was läuft noch, was lassen wir fallen?"
        );
        assert_eq!(session.phases[1].title, "Check-in");
        assert_eq!(session.phases[2].title, "Was lief gut");

        let english = start_from_previous(&previous, &retro(), NewSession::default(), later());
        assert_eq!(english.phases[0].title, "Review of open actions");
        assert!(english.phases[0].question.contains("“Retro November”"));
    }

    #[test]
    fn review_time_grows_with_the_number_of_actions() {
        let minutes = |n| review_phase("x", Language::En, n).timebox_minutes;
        assert_eq!(
            (minutes(1), minutes(5), minutes(6), minutes(12), minutes(500)),
            (10, 10, 12, 24, 30)
        );
    }

    #[test]
    fn roster_title_and_facilitator_carry_over() {
        let previous = previous();
        let options = NewSession {
            participants: vec!["ben".into(), "Cem".into()],
            ..NewSession::default()
        };
        let session = start_from_previous(&previous, &retro(), options, later());
        let names: Vec<&str> = session.participants.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Anna", "Ben", "Cem"]);
        assert_eq!(session.participants[..2], previous.participants[..]);
        let colours: Vec<Colour> = session.participants.iter().map(|p| p.colour).collect();
        assert_eq!(colours, vec![Colour::Blue, Colour::Orange, Colour::Green]);
        assert_eq!(session.title, "Retro November");
        assert_eq!(session.facilitator.as_deref(), Some("Petra Schulz"));

        let chosen = NewSession {
            title: Some("Retro Dezember".into()),
            facilitator: Some("Jan Wolf".into()),
            ..NewSession::default()
        };
        let session = start_from_previous(&previous, &retro(), chosen, later());
        assert_eq!(session.title, "Retro Dezember");
        assert_eq!(session.facilitator.as_deref(), Some("Jan Wolf"));
        assert!(!session.anonymous);
    }

    #[test]
    fn an_anonymous_series_stays_anonymous() {
        let mut previous = previous();
        previous.anonymous = true;
        let session = start_from_previous(&previous, &retro(), NewSession::default(), later());
        assert!(session.anonymous);
        session.validate().expect("consistent");
    }

    #[test]
    fn nothing_pending_means_no_review_phase() {
        let mut previous = previous();
        previous.actions.retain(|a| !a.status.is_pending());
        let session = start_from_previous(&previous, &retro(), NewSession::default(), later());
        assert!(session.actions.is_empty());
        assert_eq!(session.phases.len(), retro().phases.len());
        assert_eq!(session.continues, Some(previous.id));
    }

    #[test]
    fn carried_actions_are_reviewed_with_undo_and_replace_the_old_ones_in_the_overview() {
        let previous = previous();
        let mut session = start_from_previous(&previous, &retro(), NewSession::default(), later());
        let carried = session.actions[0].id;
        let before = session.clone();
        let inverse = session
            .apply(set_action_status(&session, carried, ActionStatus::Done).expect("the action exists"))
            .expect("applies");
        assert_eq!(session.actions[0].status, ActionStatus::Done);
        assert_eq!(previous.actions[0].status, ActionStatus::Open);

        let today = date(2026, 12, 10);
        let rows = pending_overview([&previous, &session], today, &ActionFilter::default());
        let texts: Vec<&str> = rows.iter().map(|r| r.action.text.as_str()).collect();
        assert_eq!(texts, vec!["Maßnahme 3"]);
        assert_eq!(rows[0].session_index, 1);

        session.apply(inverse).expect("undo applies");
        assert_eq!(session, before);
    }
}
