//! JSON export, for statistics across many sessions.
//!
//! The document has three parts: `export` (what wrote it), `session` (the
//! whole session exactly as in the RON file, so the file format's field
//! names and their documentation apply unchanged) and `results` (what plenum
//! computes from it: each voting round's ranking, each check-in's mean and
//! distribution, action counts). Field names are snake_case and stable;
//! values that may be absent are `null` in `results`. Results of rounds and
//! check-ins that are not revealed yet are included (the raw tallies are in
//! the session part anyway) and marked with `revealed: false`.

use crate::core::followup::checkin_result;
use crate::core::voting::ranking;
use crate::core::*;
use serde::Serialize;

/// The version of the export's own layout (the `session` part follows the
/// session file's `version`).
pub const JSON_EXPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    export: ExportInfo,
    session: &'a Session,
    results: Results,
}

#[derive(Serialize)]
struct ExportInfo {
    format: &'static str,
    version: u32,
    generator: &'static str,
}

#[derive(Serialize)]
struct Results {
    rounds: Vec<RoundResult>,
    checkins: Vec<CheckinSummary>,
    actions: ActionCounts,
}

#[derive(Serialize)]
struct RoundResult {
    round: RoundId,
    title: String,
    phase: PhaseId,
    /// 1-based position of the phase in the agenda.
    phase_number: Option<usize>,
    revealed: bool,
    voters: usize,
    dots_per_voter: u32,
    dots_cast: u64,
    ranking: Vec<RankedOption>,
}

#[derive(Serialize)]
struct RankedOption {
    rank: usize,
    /// `idea` or `cluster`.
    kind: &'static str,
    id: String,
    label: String,
    dots: u32,
    tied: bool,
}

#[derive(Serialize)]
struct CheckinSummary {
    checkin: CheckinId,
    question: String,
    scale: CheckinScale,
    phase: Option<PhaseId>,
    revealed: bool,
    total: u32,
    respondents: usize,
    mean: Option<f64>,
    distribution: Vec<AnswerCount>,
}

#[derive(Serialize)]
struct AnswerCount {
    answer: u32,
    count: u32,
}

#[derive(Serialize)]
struct ActionCounts {
    total: usize,
    open: usize,
    doing: usize,
    done: usize,
    dropped: usize,
}

/// The session with its results as pretty-printed JSON.
pub fn to_json(session: &Session) -> String {
    let document = Document {
        export: ExportInfo {
            format: "plenum-session-export",
            version: JSON_EXPORT_VERSION,
            generator: concat!("plenum ", env!("CARGO_PKG_VERSION")),
        },
        session,
        results: results(session),
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

fn results(session: &Session) -> Results {
    Results {
        rounds: session.rounds.iter().map(|r| round_result(session, r)).collect(),
        checkins: session.checkins.iter().map(checkin_summary).collect(),
        actions: action_counts(session),
    }
}

fn round_result(session: &Session, round: &VoteRound) -> RoundResult {
    let ranking = ranking(round)
        .into_iter()
        .map(|ranked| {
            let (kind, id) = match ranked.option {
                VoteOption::Idea(id) => ("idea", id.to_string()),
                VoteOption::Cluster(id) => ("cluster", id.to_string()),
            };
            RankedOption {
                rank: ranked.rank,
                kind,
                id,
                label: session
                    .option_label(ranked.option)
                    .unwrap_or_default()
                    .to_string(),
                dots: ranked.dots,
                tied: ranked.tied,
            }
        })
        .collect();
    RoundResult {
        round: round.id,
        title: round.title.clone(),
        phase: round.phase,
        phase_number: session.phase_index(round.phase).map(|i| i + 1),
        revealed: round.status == RoundStatus::Revealed,
        voters: round.voters.len(),
        dots_per_voter: round.dots_per_voter,
        dots_cast: round.tally.iter().map(|&d| u64::from(d)).sum(),
        ranking,
    }
}

fn checkin_summary(round: &CheckinRound) -> CheckinSummary {
    let result = checkin_result(round);
    CheckinSummary {
        checkin: round.id,
        question: round.question.clone(),
        scale: round.scale,
        phase: round.phase,
        revealed: round.revealed,
        total: result.total,
        respondents: result.respondents,
        mean: result.mean,
        distribution: result
            .distribution
            .iter()
            .map(|a| AnswerCount {
                answer: a.answer,
                count: a.count,
            })
            .collect(),
    }
}

fn action_counts(session: &Session) -> ActionCounts {
    let count = |status| session.actions.iter().filter(|a| a.status == status).count();
    ActionCounts {
        total: session.actions.len(),
        open: count(ActionStatus::Open),
        doing: count(ActionStatus::Doing),
        done: count(ActionStatus::Done),
        dropped: count(ActionStatus::Dropped),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            tally: vec![0, 0, 0],
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
    fn holds_the_session_and_computed_results() {
        let mut session = session();
        session.rounds[0].tally = vec![1, 3, 1];
        let json: Value = serde_json::from_str(&to_json(&session)).expect("valid JSON");
        assert_eq!(json["export"]["format"], "plenum-session-export");
        assert_eq!(json["session"]["title"], "Zukunft „Rathaus“");
        assert_eq!(json["session"]["ideas"].as_array().map(Vec::len), Some(3));

        let round = &json["results"]["rounds"][0];
        assert_eq!(round["phase_number"], 1);
        assert_eq!(round["dots_cast"], 5);
        let ranking: Vec<(u64, &str, u64, bool)> = round["ranking"]
            .as_array()
            .expect("a ranking")
            .iter()
            .map(|r| {
                (
                    r["rank"].as_u64().unwrap(),
                    r["label"].as_str().unwrap(),
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
        assert_eq!(round["ranking"][0]["kind"], "idea");
        assert_eq!(round["ranking"][0]["id"], IdeaId::from_u128(11).to_string());

        let checkin = &json["results"]["checkins"][0];
        assert_eq!(checkin["scale"], "Mood");
        assert_eq!(checkin["total"], 4);
        assert_eq!(checkin["mean"].as_f64(), Some(3.75));
        assert_eq!(checkin["distribution"][3]["answer"], 4);
        assert_eq!(checkin["distribution"][3]["count"], 2);
    }

    #[test]
    fn an_unanswered_check_in_has_a_null_mean() {
        let mut session = session();
        session.checkins[0].counts = vec![0; 5];
        let json: Value = serde_json::from_str(&to_json(&session)).expect("valid JSON");
        assert!(json["results"]["checkins"][0]["mean"].is_null());
        assert_eq!(json["results"]["actions"]["total"], 0);
    }
}
