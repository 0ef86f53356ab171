//! Property tests: any session survives save and load unchanged; any
//! sequence of commands (valid and invalid mixed) keeps the session
//! consistent, and as many undos give back the original session, as many
//! redos the final one.

use jiff::Timestamp;
use jiff::civil::Date;
use plenum::core::*;
use plenum::store::{parse_session, to_ron};
use proptest::prelude::*;
use proptest::sample::Index;

// ---------------------------------------------------------------- sessions

/// Text of the kind people type, with everything that could trip up RON or
/// Markdown: quotes, backslashes, `#`, raw-string look-alikes, umlauts, emoji,
/// line breaks, tabs and other control characters.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-ZäöüÄÖÜß0-9 .,;:!?'()-]{0,24}",
        2 => r####"[a-z "#\\|*_`<>\[\]{}\n\r\t🚀é漢]{0,24}"####,
        1 => r##"r#*"[a-z"]{0,3}"#*"##,
        1 => any::<String>(),
    ]
}

fn title() -> impl Strategy<Value = String> {
    any_text().prop_map(|t| format!("T{t}"))
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0i64..4_102_444_800, 0i32..1_000_000_000)
        .prop_map(|(secs, nanos)| Timestamp::new(secs, nanos).unwrap_or(Timestamp::UNIX_EPOCH))
}

fn date() -> impl Strategy<Value = Date> {
    (1900i16..2200, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).unwrap_or_default())
}

#[derive(Debug, Clone)]
struct PhaseShape {
    title: String,
    question: String,
    timebox: u32,
    activities: Vec<Index>,
    seconds_used: u32,
}

#[derive(Debug, Clone)]
struct IdeaShape {
    phase: Index,
    text: String,
    authors: Vec<Index>,
    cluster: Option<Index>,
    hidden: bool,
}

#[derive(Debug, Clone)]
struct RoundShape {
    phase: Index,
    title: String,
    on_clusters: bool,
    options: usize,
    budget: u8,
    dots_per_voter: u32,
    max_per_option: u32,
    facilitator_votes: bool,
    revealed: bool,
    allow_revote: bool,
    voters: Vec<(Index, bool, Vec<Index>)>,
}

#[derive(Debug, Clone)]
struct ActionShape {
    text: String,
    owner: Option<String>,
    due: Option<Date>,
    status: Index,
    note: String,
    source: Option<(u8, Index)>,
}

#[derive(Debug, Clone)]
struct CheckinShape {
    phase: Option<Index>,
    question: String,
    scale: Index,
    counts: [u32; 6],
    respondents: Vec<Index>,
    revealed: bool,
}

#[derive(Debug, Clone)]
struct SessionShape {
    title: String,
    method: String,
    german: bool,
    facilitator: Option<String>,
    anonymous: bool,
    created: Timestamp,
    updated: Timestamp,
    continues: Option<u128>,
    participants: Vec<String>,
    phases: Vec<PhaseShape>,
    current_phase: Index,
    clusters: Vec<(Index, String)>,
    ideas: Vec<IdeaShape>,
    rounds: Vec<RoundShape>,
    actions: Vec<ActionShape>,
    checkins: Vec<CheckinShape>,
}

fn phase_shape() -> impl Strategy<Value = PhaseShape> {
    (
        title(),
        any_text(),
        0u32..600,
        prop::collection::vec(any::<Index>(), 0..4),
        prop_oneof![Just(0u32), any::<u32>()],
    )
        .prop_map(
            |(title, question, timebox, activities, seconds_used)| PhaseShape {
                title,
                question,
                timebox,
                activities,
                seconds_used,
            },
        )
}

fn idea_shape() -> impl Strategy<Value = IdeaShape> {
    (
        any::<Index>(),
        any_text(),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::option::of(any::<Index>()),
        any::<bool>(),
    )
        .prop_map(|(phase, text, authors, cluster, hidden)| IdeaShape {
            phase,
            text,
            authors,
            cluster,
            hidden,
        })
}

fn round_shape() -> impl Strategy<Value = RoundShape> {
    (
        (any::<Index>(), title(), any::<bool>(), 0usize..6, 0u8..4),
        (1u32..6, 1u32..4, any::<bool>(), any::<bool>(), any::<bool>()),
        prop::collection::vec(
            (
                any::<Index>(),
                any::<bool>(),
                prop::collection::vec(any::<Index>(), 0..6),
            ),
            0..4,
        ),
    )
        .prop_map(
            |(
                (phase, title, on_clusters, options, budget),
                (dots_per_voter, max_per_option, facilitator_votes, revealed, allow_revote),
                voters,
            )| RoundShape {
                phase,
                title,
                on_clusters,
                options,
                budget,
                dots_per_voter,
                max_per_option,
                facilitator_votes,
                revealed,
                allow_revote,
                voters,
            },
        )
}

fn action_shape() -> impl Strategy<Value = ActionShape> {
    (
        title(),
        prop::option::of(title()),
        prop::option::of(date()),
        any::<Index>(),
        any_text(),
        prop::option::of((0u8..4, any::<Index>())),
    )
        .prop_map(|(text, owner, due, status, note, source)| ActionShape {
            text,
            owner,
            due,
            status,
            note,
            source,
        })
}

fn checkin_shape() -> impl Strategy<Value = CheckinShape> {
    (
        prop::option::of(any::<Index>()),
        title(),
        any::<Index>(),
        prop::array::uniform6(0u32..20),
        prop::collection::vec(any::<Index>(), 0..3),
        any::<bool>(),
    )
        .prop_map(
            |(phase, question, scale, counts, respondents, revealed)| CheckinShape {
                phase,
                question,
                scale,
                counts,
                respondents,
                revealed,
            },
        )
}

fn session_shape() -> impl Strategy<Value = SessionShape> {
    let text = any_text;
    (
        (
            text().prop_map(|t| format!("T{t}")),
            "[a-z-]{1,12}",
            any::<bool>(),
            prop::option::of(text()),
            any::<bool>(),
            timestamp(),
            timestamp(),
            prop::option::of(any::<u128>()),
        ),
        (
            prop::collection::vec(text(), 0..5),
            prop::collection::vec(phase_shape(), 0..4),
            any::<Index>(),
            prop::collection::vec((any::<Index>(), title()), 0..4),
        ),
        (
            prop::collection::vec(idea_shape(), 0..8),
            prop::collection::vec(round_shape(), 0..3),
            prop::collection::vec(action_shape(), 0..3),
            prop::collection::vec(checkin_shape(), 0..2),
        ),
    )
        .prop_map(
            |(
                (title, method, german, facilitator, anonymous, created, updated, continues),
                (participants, phases, current_phase, clusters),
                (ideas, rounds, actions, checkins),
            )| SessionShape {
                title,
                method,
                german,
                facilitator,
                anonymous,
                created,
                updated,
                continues,
                participants,
                phases,
                current_phase,
                clusters,
                ideas,
                rounds,
                actions,
                checkins,
            },
        )
}

/// Ids are numbered per kind so that a session is reproducible.
fn id(kind: u128, n: usize) -> u128 {
    (kind << 64) | n as u128
}

/// Builds a consistent session from a shape: references only point at what
/// exists, rounds keep their rules, anonymous sessions name nobody.
fn build(shape: &SessionShape) -> Session {
    let mut s = Session::new(
        shape.title.clone(),
        shape.method.clone(),
        if shape.german { Language::De } else { Language::En },
        shape.created,
    );
    s.id = SessionId::from_u128(id(1, 0));
    s.updated = shape.updated;
    s.facilitator = shape.facilitator.clone();
    s.anonymous = shape.anonymous;
    s.continues = shape.continues.map(SessionId::from_u128);
    s.participants = shape
        .participants
        .iter()
        .enumerate()
        .map(|(n, name)| Participant {
            id: ParticipantId::from_u128(id(2, n)),
            name: format!("{name}{n}"),
            colour: Colour::nth(n),
        })
        .collect();
    s.phases = shape
        .phases
        .iter()
        .enumerate()
        .map(|(n, p)| Phase {
            id: PhaseId::from_u128(id(3, n)),
            title: p.title.clone(),
            question: p.question.clone(),
            timebox_minutes: p.timebox,
            activities: p.activities.iter().map(|i| *i.get(&Activity::ALL)).collect(),
            seconds_used: p.seconds_used,
            // Silent capture on every other phase, so the round trip covers it.
            brainwriting: p.seconds_used % 2 == 1,
        })
        .collect();
    if s.phases.is_empty() {
        return s;
    }
    s.current_phase = shape.current_phase.index(s.phases.len());
    let phase_of = |i: &Index, s: &Session| s.phases[i.index(s.phases.len())].id;
    for (n, (phase, title)) in shape.clusters.iter().enumerate() {
        let cluster = Cluster {
            id: ClusterId::from_u128(id(4, n)),
            phase: phase_of(phase, &s),
            title: title.clone(),
        };
        s.clusters.push(cluster);
    }
    for (n, shape_idea) in shape.ideas.iter().enumerate() {
        let phase = phase_of(&shape_idea.phase, &s);
        let clusters: Vec<ClusterId> = s.clusters_in(phase).map(|c| c.id).collect();
        let cluster = shape_idea
            .cluster
            .filter(|_| !clusters.is_empty())
            .map(|i| *i.get(&clusters));
        let mut authors = Vec::new();
        if !s.anonymous && !s.participants.is_empty() {
            for a in &shape_idea.authors {
                let author = a.get(&s.participants).id;
                if !authors.contains(&author) {
                    authors.push(author);
                }
            }
        }
        s.ideas.push(Idea {
            id: IdeaId::from_u128(id(5, n)),
            phase,
            text: shape_idea.text.clone(),
            authors,
            cluster,
            hidden: shape_idea.hidden,
        });
    }
    for (n, r) in shape.rounds.iter().enumerate() {
        let round = build_round(&s, n, r);
        s.rounds.push(round);
    }
    for (n, a) in shape.actions.iter().enumerate() {
        let source = a.source.and_then(|(kind, i)| match kind {
            0 if !s.ideas.is_empty() => Some(ActionSource::Idea(i.get(&s.ideas).id)),
            1 if !s.clusters.is_empty() => Some(ActionSource::Cluster(i.get(&s.clusters).id)),
            2 if !s.rounds.is_empty() => Some(ActionSource::Round(i.get(&s.rounds).id)),
            3 => Some(ActionSource::Carried {
                session: SessionId::from_u128(id(9, i.index(100))),
                action: ActionId::from_u128(id(10, i.index(100))),
            }),
            _ => None,
        });
        s.actions.push(ActionItem {
            id: ActionId::from_u128(id(6, n)),
            text: a.text.clone(),
            owner: a.owner.clone(),
            due: a.due,
            status: *a.status.get(&ActionStatus::ALL),
            note: a.note.clone(),
            source,
        });
    }
    for (n, c) in shape.checkins.iter().enumerate() {
        let scale = *c
            .scale
            .get(&[CheckinScale::Mood, CheckinScale::Roti, CheckinScale::FistOfFive]);
        let respondents = if s.participants.is_empty() {
            Vec::new()
        } else {
            let mut r: Vec<ParticipantId> = c.respondents.iter().map(|i| i.get(&s.participants).id).collect();
            r.dedup();
            r
        };
        s.checkins.push(CheckinRound {
            id: CheckinId::from_u128(id(7, n)),
            phase: c.phase.map(|i| phase_of(&i, &s)),
            question: c.question.clone(),
            scale,
            counts: c.counts[..scale.answers()].to_vec(),
            respondents,
            revealed: c.revealed,
        });
    }
    s
}

fn build_round(s: &Session, n: usize, r: &RoundShape) -> VoteRound {
    let phase = s.phases[r.phase.index(s.phases.len())].id;
    let options: Vec<VoteOption> = if r.on_clusters {
        s.clusters_in(phase)
            .map(|c| VoteOption::Cluster(c.id))
            .take(r.options)
            .collect()
    } else {
        s.ideas_in(phase)
            .map(|i| VoteOption::Idea(i.id))
            .take(r.options)
            .collect()
    };
    let budget = match r.budget {
        0 => DotBudget::Fixed(r.dots_per_voter),
        1 => DotBudget::Third,
        2 => DotBudget::Half,
        _ => DotBudget::ThirdPlusOne,
    };
    let mut round = VoteRound {
        id: RoundId::from_u128(id(8, n)),
        phase,
        title: r.title.clone(),
        options,
        budget,
        dots_per_voter: r.dots_per_voter,
        max_per_option: r.max_per_option,
        facilitator_votes: r.facilitator_votes,
        status: if r.revealed {
            RoundStatus::Revealed
        } else {
            RoundStatus::Open
        },
        allow_revote: r.allow_revote,
        voters: Vec::new(),
        ballots: Vec::new(),
        tally: Vec::new(),
        runoff_of: None,
    };
    round.tally = vec![0; round.options.len()];
    if s.participants.is_empty() {
        return round;
    }
    for (who, proxy, dots) in &r.voters {
        let participant = who.get(&s.participants).id;
        if round.voters.iter().any(|v| v.participant == participant) {
            continue;
        }
        let ballot = place_dots(&round, dots);
        for (tally, d) in round.tally.iter_mut().zip(&ballot) {
            *tally += d;
        }
        round.voters.push(Voter {
            participant,
            proxy: *proxy,
        });
        if !s.anonymous {
            round.ballots.push(Ballot {
                participant,
                dots: ballot,
            });
        }
    }
    round
}

/// A ballot within budget and cap: one dot per pick, skipping full options.
fn place_dots(round: &VoteRound, picks: &[Index]) -> Vec<u32> {
    let mut dots = vec![0u32; round.options.len()];
    if dots.is_empty() {
        return dots;
    }
    for pick in picks.iter().take(round.dots_per_voter as usize) {
        let i = pick.index(dots.len());
        if dots[i] < round.max_per_option {
            dots[i] += 1;
        }
    }
    dots
}

fn any_session() -> impl Strategy<Value = Session> {
    session_shape().prop_map(|shape| build(&shape))
}

/// Sessions reach the undo history through commands and templates, which
/// store cleaned text; so do these.
fn clean_session() -> impl Strategy<Value = Session> {
    any_session().prop_map(|mut session| {
        clean_all(&mut session);
        session
    })
}

fn line_or(text: &str, fallback: &str) -> String {
    let line = text::clean_line(text);
    if line.is_empty() {
        fallback.to_string()
    } else {
        line
    }
}

fn multiline_or(text: &str, fallback: &str) -> String {
    let cleaned = text::clean_multiline(text);
    if cleaned.is_empty() {
        fallback.to_string()
    } else {
        cleaned
    }
}

fn clean_all(s: &mut Session) {
    s.title = line_or(&s.title, "T");
    s.facilitator = s
        .facilitator
        .as_deref()
        .map(text::clean_line)
        .filter(|f| !f.is_empty());
    for (n, p) in s.participants.iter_mut().enumerate() {
        p.name = format!("{} #{n}", text::clean_line(&p.name)).trim().to_string();
    }
    for phase in &mut s.phases {
        phase.title = line_or(&phase.title, "P");
        phase.question = text::clean_multiline(&phase.question);
        let mut seen = Vec::new();
        phase.activities.retain(|a| {
            let fresh = !seen.contains(a);
            seen.push(*a);
            fresh
        });
    }
    for cluster in &mut s.clusters {
        cluster.title = line_or(&cluster.title, "C");
    }
    for idea in &mut s.ideas {
        idea.text = multiline_or(&idea.text, "i");
    }
    for round in &mut s.rounds {
        round.title = line_or(&round.title, "R");
    }
    for action in &mut s.actions {
        action.text = multiline_or(&action.text, "a");
        action.owner = action
            .owner
            .as_deref()
            .map(text::clean_line)
            .filter(|o| !o.is_empty());
        action.note = text::clean_multiline(&action.note);
    }
    for checkin in &mut s.checkins {
        checkin.question = line_or(&checkin.question, "Q");
    }
}

// ---------------------------------------------------------------- commands

/// A command described by selectors; it is turned into a concrete command
/// against the session as it is at that moment, so sequences stay relevant
/// while the session changes. `bogus` picks ids that do not exist.
#[derive(Debug, Clone)]
enum Op {
    SetTitle(String),
    SetFacilitator(Option<String>),
    SetAnonymous(bool),
    SetLanguage(bool),
    AddParticipant(String, Index),
    RemoveParticipant(Index, bool),
    RenameParticipant(Index, String),
    AddPhase(String, String, Index),
    RemovePhase(Index, bool),
    ReplacePhase(Index, String, u32),
    MovePhase(Index, Index),
    GoToPhase(usize),
    AddIdea {
        phase: Index,
        text: String,
        author: Option<Index>,
        cluster: Option<Index>,
        hidden: bool,
        index: Index,
    },
    RemoveIdea(Index, bool),
    EditIdea(Index, String, Option<Index>),
    MoveIdeaToPhase(Index, Index),
    MoveIdea(Index, Index),
    AddCluster(Index, String, Index),
    RemoveCluster(Index, bool),
    RenameCluster(Index, String),
    MoveCluster(Index, Index),
    OpenRound {
        phase: Index,
        on_clusters: bool,
        dots: u32,
        max: u32,
    },
    CastBallot(Index, Index, Vec<Index>),
    RevealRound(Index),
    RemoveRound(Index, bool),
    AddAction(String, Option<Index>),
    SetActionStatus(Index, Index),
    RemoveAction(Index),
    AddCheckin(Option<Index>, Index),
    AnswerCheckin(Index, Index, Index),
    RemoveCheckin(Index),
    Batch(Vec<Op>),
}

fn leaf_op() -> impl Strategy<Value = Op> {
    let t = || any_text();
    let i = || any::<Index>();
    prop_oneof![
        t().prop_map(Op::SetTitle),
        prop::option::of(t()).prop_map(Op::SetFacilitator),
        any::<bool>().prop_map(Op::SetAnonymous),
        any::<bool>().prop_map(Op::SetLanguage),
        (t(), i()).prop_map(|(n, x)| Op::AddParticipant(n, x)),
        (i(), any::<bool>()).prop_map(|(x, b)| Op::RemoveParticipant(x, b)),
        (i(), t()).prop_map(|(x, n)| Op::RenameParticipant(x, n)),
        (t(), t(), i()).prop_map(|(a, b, x)| Op::AddPhase(a, b, x)),
        (i(), any::<bool>()).prop_map(|(x, b)| Op::RemovePhase(x, b)),
        (i(), t(), 0u32..200).prop_map(|(x, a, m)| Op::ReplacePhase(x, a, m)),
        (i(), i()).prop_map(|(a, b)| Op::MovePhase(a, b)),
        (0usize..6).prop_map(Op::GoToPhase),
        (
            i(),
            t(),
            prop::option::of(i()),
            prop::option::of(i()),
            any::<bool>(),
            i()
        )
            .prop_map(|(phase, text, author, cluster, hidden, index)| Op::AddIdea {
                phase,
                text,
                author,
                cluster,
                hidden,
                index
            }),
        (i(), any::<bool>()).prop_map(|(x, b)| Op::RemoveIdea(x, b)),
        (i(), t(), prop::option::of(i())).prop_map(|(x, t, c)| Op::EditIdea(x, t, c)),
        (i(), i()).prop_map(|(a, b)| Op::MoveIdeaToPhase(a, b)),
        (i(), i()).prop_map(|(a, b)| Op::MoveIdea(a, b)),
        (i(), t(), i()).prop_map(|(p, t, x)| Op::AddCluster(p, t, x)),
        (i(), any::<bool>()).prop_map(|(x, b)| Op::RemoveCluster(x, b)),
        (i(), t()).prop_map(|(x, t)| Op::RenameCluster(x, t)),
        (i(), i()).prop_map(|(a, b)| Op::MoveCluster(a, b)),
        (i(), any::<bool>(), 0u32..5, 0u32..3).prop_map(|(phase, on_clusters, dots, max)| Op::OpenRound {
            phase,
            on_clusters,
            dots,
            max
        }),
        (i(), i(), prop::collection::vec(i(), 0..5)).prop_map(|(r, p, d)| Op::CastBallot(r, p, d)),
        i().prop_map(Op::RevealRound),
        (i(), any::<bool>()).prop_map(|(x, b)| Op::RemoveRound(x, b)),
        (t(), prop::option::of(i())).prop_map(|(t, x)| Op::AddAction(t, x)),
        (i(), i()).prop_map(|(a, s)| Op::SetActionStatus(a, s)),
        i().prop_map(Op::RemoveAction),
        (prop::option::of(i()), i()).prop_map(|(p, s)| Op::AddCheckin(p, s)),
        (i(), i(), i()).prop_map(|(c, p, a)| Op::AnswerCheckin(c, p, a)),
        i().prop_map(Op::RemoveCheckin),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        8 => leaf_op(),
        1 => prop::collection::vec(leaf_op(), 0..4).prop_map(Op::Batch),
    ]
}

/// Fresh ids for entities made by commands; a counter keeps them unique.
struct Ids(usize);

impl Ids {
    fn next(&mut self, kind: u128) -> u128 {
        self.0 += 1;
        id(kind + 20, self.0)
    }
}

fn pick<T>(items: &[T], i: Index) -> Option<&T> {
    (!items.is_empty()).then(|| i.get(items))
}

/// The concrete command for `op` against `s`; `None` when there is nothing
/// to address (an op on an empty list is still tried with a bogus id).
fn concrete(op: &Op, s: &Session, ids: &mut Ids) -> Command {
    let bogus_idea = IdeaId::from_u128(u128::MAX);
    match op {
        Op::SetTitle(t) => Command::SetTitle(t.clone()),
        Op::SetFacilitator(f) => Command::SetFacilitator(f.clone()),
        Op::SetAnonymous(b) => Command::SetAnonymous(*b),
        Op::SetLanguage(de) => Command::SetLanguage(if *de { Language::De } else { Language::En }),
        Op::AddParticipant(name, index) => Command::AddParticipant {
            participant: Participant {
                id: ParticipantId::from_u128(ids.next(2)),
                name: name.clone(),
                colour: Colour::nth(s.participants.len()),
            },
            index: index.index(s.participants.len() + 2),
        },
        Op::RemoveParticipant(i, bogus) => Command::RemoveParticipant(match pick(&s.participants, *i) {
            Some(p) if !bogus => p.id,
            _ => ParticipantId::from_u128(u128::MAX),
        }),
        Op::RenameParticipant(i, name) => match pick(&s.participants, *i) {
            Some(p) => Command::ReplaceParticipant(Participant {
                name: name.clone(),
                ..p.clone()
            }),
            None => Command::RemoveParticipant(ParticipantId::from_u128(u128::MAX)),
        },
        Op::AddPhase(title, question, index) => Command::AddPhase {
            phase: Phase {
                id: PhaseId::from_u128(ids.next(3)),
                title: title.clone(),
                question: question.clone(),
                timebox_minutes: 10,
                activities: Activity::ALL.to_vec(),
                seconds_used: 0,
                brainwriting: false,
            },
            index: index.index(s.phases.len() + 2),
        },
        Op::RemovePhase(i, bogus) => Command::RemovePhase(match pick(&s.phases, *i) {
            Some(p) if !bogus => p.id,
            _ => PhaseId::from_u128(u128::MAX),
        }),
        Op::ReplacePhase(i, title, minutes) => match pick(&s.phases, *i) {
            Some(p) => Command::ReplacePhase(Phase {
                title: title.clone(),
                timebox_minutes: *minutes,
                ..p.clone()
            }),
            None => Command::RemovePhase(PhaseId::from_u128(u128::MAX)),
        },
        Op::MovePhase(i, to) => match pick(&s.phases, *i) {
            Some(p) => Command::MovePhase {
                id: p.id,
                to: to.index(s.phases.len() + 1),
            },
            None => Command::GoToPhase(0),
        },
        Op::GoToPhase(n) => Command::GoToPhase(*n),
        Op::AddIdea {
            phase,
            text,
            author,
            cluster,
            hidden,
            index,
        } => {
            let phase = pick(&s.phases, *phase).map_or(PhaseId::from_u128(u128::MAX), |p| p.id);
            Command::AddIdea {
                idea: Idea {
                    id: IdeaId::from_u128(ids.next(5)),
                    phase,
                    text: text.clone(),
                    authors: author
                        .and_then(|a| pick(&s.participants, a))
                        .map(|p| vec![p.id])
                        .unwrap_or_default(),
                    cluster: cluster.and_then(|c| pick(&s.clusters, c)).map(|c| c.id),
                    hidden: *hidden,
                },
                index: index.index(s.ideas.len() + 2),
            }
        }
        Op::RemoveIdea(i, bogus) => Command::RemoveIdea(match pick(&s.ideas, *i) {
            Some(idea) if !bogus => idea.id,
            _ => bogus_idea,
        }),
        Op::EditIdea(i, text, cluster) => match pick(&s.ideas, *i) {
            Some(idea) => Command::ReplaceIdea(Idea {
                text: text.clone(),
                cluster: cluster.and_then(|c| pick(&s.clusters, c)).map(|c| c.id),
                hidden: false,
                ..idea.clone()
            }),
            None => Command::RemoveIdea(bogus_idea),
        },
        Op::MoveIdeaToPhase(i, phase) => match (pick(&s.ideas, *i), pick(&s.phases, *phase)) {
            (Some(idea), Some(phase)) => Command::ReplaceIdea(Idea {
                phase: phase.id,
                ..idea.clone()
            }),
            _ => Command::RemoveIdea(bogus_idea),
        },
        Op::MoveIdea(i, to) => match pick(&s.ideas, *i) {
            Some(idea) => Command::MoveIdea {
                id: idea.id,
                to: to.index(s.ideas.len() + 1),
            },
            None => Command::RemoveIdea(bogus_idea),
        },
        Op::AddCluster(phase, title, index) => Command::AddCluster {
            cluster: Cluster {
                id: ClusterId::from_u128(ids.next(4)),
                phase: pick(&s.phases, *phase).map_or(PhaseId::from_u128(u128::MAX), |p| p.id),
                title: title.clone(),
            },
            index: index.index(s.clusters.len() + 2),
        },
        Op::RemoveCluster(i, bogus) => Command::RemoveCluster(match pick(&s.clusters, *i) {
            Some(c) if !bogus => c.id,
            _ => ClusterId::from_u128(u128::MAX),
        }),
        Op::RenameCluster(i, title) => match pick(&s.clusters, *i) {
            Some(c) => Command::ReplaceCluster(Cluster {
                title: title.clone(),
                ..c.clone()
            }),
            None => Command::RemoveCluster(ClusterId::from_u128(u128::MAX)),
        },
        Op::MoveCluster(i, to) => match pick(&s.clusters, *i) {
            Some(c) => Command::MoveCluster {
                id: c.id,
                to: to.index(s.clusters.len() + 1),
            },
            None => Command::RemoveCluster(ClusterId::from_u128(u128::MAX)),
        },
        Op::OpenRound {
            phase,
            on_clusters,
            dots,
            max,
        } => {
            let phase = pick(&s.phases, *phase).map_or(PhaseId::from_u128(u128::MAX), |p| p.id);
            let options: Vec<VoteOption> = if *on_clusters {
                s.clusters_in(phase).map(|c| VoteOption::Cluster(c.id)).collect()
            } else {
                s.ideas_in(phase).map(|i| VoteOption::Idea(i.id)).collect()
            };
            Command::AddRound {
                round: VoteRound {
                    id: RoundId::from_u128(ids.next(8)),
                    phase,
                    title: "Runde".into(),
                    tally: vec![0; options.len()],
                    options,
                    budget: DotBudget::Fixed(*dots),
                    dots_per_voter: *dots,
                    max_per_option: *max,
                    facilitator_votes: false,
                    status: RoundStatus::Open,
                    allow_revote: false,
                    voters: Vec::new(),
                    ballots: Vec::new(),
                    runoff_of: None,
                },
                index: usize::MAX,
            }
        }
        Op::CastBallot(r, who, picks) => match (pick(&s.rounds, *r), pick(&s.participants, *who)) {
            (Some(round), Some(p)) => {
                let mut round = round.clone();
                let dots = place_dots(&round, picks);
                for (t, d) in round.tally.iter_mut().zip(&dots) {
                    *t += d;
                }
                round.voters.push(Voter {
                    participant: p.id,
                    proxy: false,
                });
                if !s.anonymous {
                    round.ballots.push(Ballot {
                        participant: p.id,
                        dots,
                    });
                }
                Command::ReplaceRound(round)
            }
            // A voter nobody knows: the core must refuse this.
            (Some(round), None) => {
                let mut round = round.clone();
                let stranger = ParticipantId::from_u128(u128::MAX);
                round.voters.push(Voter {
                    participant: stranger,
                    proxy: true,
                });
                if !s.anonymous {
                    round.ballots.push(Ballot {
                        participant: stranger,
                        dots: vec![0; round.options.len()],
                    });
                }
                Command::ReplaceRound(round)
            }
            _ => Command::RemoveRound(RoundId::from_u128(u128::MAX)),
        },
        Op::RevealRound(r) => match pick(&s.rounds, *r) {
            Some(round) => Command::ReplaceRound(VoteRound {
                status: RoundStatus::Revealed,
                ..round.clone()
            }),
            None => Command::RemoveRound(RoundId::from_u128(u128::MAX)),
        },
        Op::RemoveRound(r, bogus) => Command::RemoveRound(match pick(&s.rounds, *r) {
            Some(round) if !bogus => round.id,
            _ => RoundId::from_u128(u128::MAX),
        }),
        Op::AddAction(text, from) => Command::AddAction {
            action: ActionItem {
                id: ActionId::from_u128(ids.next(6)),
                text: text.clone(),
                owner: Some("Anna".into()),
                due: Date::new(2030, 1, 31).ok(),
                status: ActionStatus::Open,
                note: String::new(),
                source: from
                    .and_then(|i| pick(&s.rounds, i))
                    .map(|r| ActionSource::Round(r.id)),
            },
            index: usize::MAX,
        },
        Op::SetActionStatus(a, status) => match pick(&s.actions, *a) {
            Some(action) => Command::ReplaceAction(ActionItem {
                status: *status.get(&ActionStatus::ALL),
                ..action.clone()
            }),
            None => Command::RemoveAction(ActionId::from_u128(u128::MAX)),
        },
        Op::RemoveAction(a) => {
            Command::RemoveAction(pick(&s.actions, *a).map_or(ActionId::from_u128(u128::MAX), |a| a.id))
        }
        Op::AddCheckin(phase, scale) => {
            let scale = *scale.get(&[CheckinScale::Mood, CheckinScale::Roti, CheckinScale::FistOfFive]);
            Command::AddCheckin {
                checkin: CheckinRound {
                    id: CheckinId::from_u128(ids.next(7)),
                    phase: phase.and_then(|p| pick(&s.phases, p)).map(|p| p.id),
                    question: "Wie geht es Ihnen?".into(),
                    scale,
                    counts: vec![0; scale.answers()],
                    respondents: Vec::new(),
                    revealed: false,
                },
                index: usize::MAX,
            }
        }
        Op::AnswerCheckin(c, who, answer) => match (pick(&s.checkins, *c), pick(&s.participants, *who)) {
            (Some(checkin), Some(p)) => {
                let mut checkin = checkin.clone();
                let i = answer.index(checkin.counts.len());
                checkin.counts[i] += 1;
                checkin.respondents.push(p.id);
                Command::ReplaceCheckin(checkin)
            }
            _ => Command::RemoveCheckin(CheckinId::from_u128(u128::MAX)),
        },
        Op::RemoveCheckin(c) => {
            Command::RemoveCheckin(pick(&s.checkins, *c).map_or(CheckinId::from_u128(u128::MAX), |c| c.id))
        }
        Op::Batch(ops) => {
            // Later parts of a batch see the session as the earlier parts
            // leave it, so a batch is planned on a scratch copy.
            let mut scratch = s.clone();
            let mut commands = Vec::new();
            for op in ops {
                let command = concrete(op, &scratch, ids);
                let _ = scratch.apply(command.clone());
                commands.push(command);
            }
            Command::Batch(commands)
        }
    }
}

// ---------------------------------------------------------------- properties

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_sessions_are_consistent(session in any_session()) {
        prop_assert_eq!(session.validate(), Ok(()));
    }

    #[test]
    fn save_then_load_gives_the_same_session(session in any_session()) {
        let text = to_ron(&session).expect("serialises");
        let loaded = parse_session(&text);
        // Loading strips control characters; everything else comes back as it was.
        let mut expected = session.clone();
        expected.strip_control_characters();
        prop_assert_eq!(loaded.as_ref(), Ok(&expected), "RON was:\n{}", text);
    }

    #[test]
    fn commands_keep_the_session_consistent_and_undo_redo_round_trip(
        original in clean_session(),
        ops in prop::collection::vec(op(), 1..24),
    ) {
        let mut session = original.clone();
        let mut history = History::new();
        let mut ids = Ids(0);
        let mut applied = 0;
        for op in &ops {
            let command = concrete(op, &session, &mut ids);
            let before = session.clone();
            match history.apply(&mut session, command.clone()) {
                Ok(()) => {
                    applied += 1;
                    prop_assert_eq!(
                        session.validate(), Ok(()),
                        "{:?} left the session inconsistent", command
                    );
                }
                Err(_) => prop_assert_eq!(&session, &before, "a refused {:?} changed the session", command),
            }
            // Applied or refused, the lookup tables describe the vectors.
            prop_assert_eq!(session.check_index(), Ok(()), "after {:?}", command);
        }
        let last = session.clone();
        for step in 0..applied {
            let undone = history.undo(&mut session);
            prop_assert!(matches!(undone, Ok(Some(_))), "undo {} of {} failed: {:?}", step + 1, applied, undone);
            prop_assert_eq!(session.check_index(), Ok(()), "after undo {}", step + 1);
        }
        prop_assert_eq!(&session, &original);
        prop_assert!(!history.can_undo());
        for step in 0..applied {
            let redone = history.redo(&mut session);
            prop_assert!(matches!(redone, Ok(Some(_))), "redo {} of {} failed: {:?}", step + 1, applied, redone);
            prop_assert_eq!(session.check_index(), Ok(()), "after redo {}", step + 1);
        }
        prop_assert_eq!(&session, &last);
    }
}
