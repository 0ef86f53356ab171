//! JSON export, for statistics across many sessions.
//!
//! The document is described by the JSON Schema in
//! `schema/plenum-export.schema.json` (a test validates exports against it).
//! It holds `format` (always `plenum-export`), `format_version`, `generator`
//! (the plenum that wrote it), `session` (what may leave the program, see
//! [`crate::core::public`]: revealed results only, covered cards as a count,
//! never a ballot) and `summary` (counts computed from it). Field names and
//! enum values are snake_case; values that may be absent are `null`.

use crate::core::public::PublicSession;
use crate::core::{ActionStatus, public};
use serde::Serialize;

/// The version of this layout. 1 held the session file as it is; 2 holds
/// the published session instead, with the results inside each round.
pub const JSON_FORMAT_VERSION: u32 = 2;

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    format_version: u32,
    generator: &'static str,
    session: &'a PublicSession,
    summary: Summary,
}

#[derive(Serialize)]
struct Summary {
    ideas: usize,
    covered_cards: usize,
    actions: ActionCounts,
}

#[derive(Serialize)]
struct ActionCounts {
    total: usize,
    open: usize,
    doing: usize,
    done: usize,
    dropped: usize,
}

/// The published session as pretty-printed JSON.
pub fn render(session: &PublicSession) -> String {
    let document = Document {
        format: "plenum-export",
        format_version: JSON_FORMAT_VERSION,
        generator: concat!("plenum ", env!("CARGO_PKG_VERSION")),
        session,
        summary: summary(session),
    };
    // Plain data with string keys always serialises; should it ever fail the
    // output still says why instead of being silently empty.
    match serde_json::to_string_pretty(&document) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        Err(error) => format!("{{\"error\": {:?}}}\n", error.to_string()),
    }
}

fn summary(session: &PublicSession) -> Summary {
    let count = |status| session.actions.iter().filter(|a| a.status == status).count();
    Summary {
        ideas: session.ideas.len(),
        covered_cards: session.phases.iter().map(|p| p.covered_cards).sum(),
        actions: ActionCounts {
            total: session.actions.len(),
            open: count(ActionStatus::Open),
            doing: count(ActionStatus::Doing),
            done: count(ActionStatus::Done),
            dropped: count(ActionStatus::Dropped),
        },
    }
}

/// The JSON export of a session: [`render`] of [`public::published`].
pub fn to_json(session: &crate::core::Session) -> String {
    render(&public::published(session))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::*;
    use jiff::Timestamp;
    use serde_json::Value;

    fn session() -> Session {
        let mut session = Session::new(
            "Zukunft „Rathaus“",
            "brainstorm",
            Language::De,
            Timestamp::UNIX_EPOCH,
        );
        let phase = PhaseId::from_u128(1);
        session.phases.push(Phase {
            id: phase,
            title: "Ideen".into(),
            question: "Was wünschen wir uns?".into(),
            timebox_minutes: 10,
            activities: vec![Activity::Capture, Activity::Vote],
            seconds_used: 0,
            brainwriting: false,
        });
        for (n, text) in [(10, "Mehr Homeoffice"), (11, "Papierlos"), (12, "Kita-Plätze")] {
            session.ideas.push(Idea {
                id: IdeaId::from_u128(n),
                phase,
                text: text.into(),
                authors: vec![],
                cluster: None,
                hidden: false,
            });
        }
        session.anonymous = true;
        session.rounds.push(VoteRound {
            id: RoundId::from_u128(20),
            phase,
            title: "Wichtigkeit".into(),
            options: (10..13).map(|n| VoteOption::Idea(IdeaId::from_u128(n))).collect(),
            budget: DotBudget::Fixed(2),
            dots_per_voter: 2,
            max_per_option: 1,
            facilitator_votes: false,
            status: RoundStatus::Revealed,
            allow_revote: false,
            voters: vec![],
            ballots: vec![],
            tally: vec![1, 3, 1],
            runoff_of: None,
        });
        session.checkins.push(CheckinRound {
            id: CheckinId::from_u128(30),
            phase: None,
            question: "Stimmung?".into(),
            scale: CheckinScale::Mood,
            counts: vec![0, 1, 0, 2, 1],
            respondents: vec![],
            revealed: true,
        });
        session
    }

    #[test]
    fn holds_the_published_session_and_its_results() {
        let json: Value = serde_json::from_str(&to_json(&session())).expect("valid JSON");
        assert_eq!(json["format"], "plenum-export");
        assert_eq!(json["format_version"], JSON_FORMAT_VERSION);
        assert_eq!(json["session"]["title"], "Zukunft „Rathaus“");
        assert_eq!(json["session"]["ideas"].as_array().map(Vec::len), Some(3));
        assert_eq!(json["summary"]["ideas"], 3);

        let round = &json["session"]["rounds"][0];
        assert_eq!(round["phase_number"], 1);
        assert_eq!(round["result"]["dots_cast"], 5);
        let ranking: Vec<(u64, &str, u64, bool)> = round["result"]["ranking"]
            .as_array()
            .expect("a ranking")
            .iter()
            .map(|r| {
                (
                    r["rank"].as_u64().unwrap(),
                    r["option"]["label"].as_str().unwrap(),
                    r["dots"].as_u64().unwrap(),
                    r["tied"].as_bool().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            ranking,
            vec![
                (1, "Papierlos", 3, false),
                (2, "Mehr Homeoffice", 1, true),
                (2, "Kita-Plätze", 1, true)
            ]
        );
        assert_eq!(round["result"]["ranking"][0]["option"]["kind"], "idea");
        assert_eq!(
            round["result"]["ranking"][0]["option"]["id"],
            IdeaId::from_u128(11).to_string()
        );

        let checkin = &json["session"]["checkins"][0];
        assert_eq!(checkin["scale"], "mood");
        assert_eq!(checkin["answers"], 4);
        assert_eq!(checkin["result"]["mean"].as_f64(), Some(3.75));
        assert_eq!(checkin["result"]["distribution"][3]["answer"], 4);
        assert_eq!(checkin["result"]["distribution"][3]["count"], 2);
    }

    #[test]
    fn an_unanswered_check_in_has_a_null_mean() {
        let mut session = session();
        session.checkins[0].counts = vec![0; 5];
        let json: Value = serde_json::from_str(&to_json(&session)).expect("valid JSON");
        assert!(json["session"]["checkins"][0]["result"]["mean"].is_null());
        assert_eq!(json["summary"]["actions"]["total"], 0);
    }
}
