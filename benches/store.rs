//! Saving and loading large sessions: the cost of autosave after every change.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use plenum::core::*;
use plenum::store::{parse_session, to_ron};
use std::hint::black_box;

fn session_with_ideas(count: usize) -> Session {
    let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
    let mut session = template.instantiate(
        NewSession {
            participants: (0..8).map(|i| format!("Person {i}")).collect(),
            ..NewSession::default()
        },
        jiff::Timestamp::UNIX_EPOCH,
    );
    let phase = session.phases[1].id;
    let author = session.participants[0].id;
    session.ideas = (0..count)
        .map(|i| Idea {
            id: IdeaId::from_u128(i as u128 + 1),
            phase,
            text: format!("Idee Nummer {i}: mehr Homeoffice, bessere Headsets und weniger Papier"),
            authors: vec![author],
            cluster: None,
            hidden: false,
        })
        .collect();
    session
}

fn bench_store(c: &mut Criterion) {
    let mut group = c.benchmark_group("session_file");
    group.sample_size(10);
    for count in [1_000usize, 10_000] {
        let session = session_with_ideas(count);
        let text = to_ron(&session).expect("serialises");
        group.bench_with_input(BenchmarkId::new("to_ron", count), &session, |b, s| {
            b.iter(|| black_box(to_ron(s).expect("serialises")))
        });
        group.bench_with_input(BenchmarkId::new("parse_session", count), &text, |b, t| {
            b.iter(|| black_box(parse_session(t).expect("valid")))
        });
    }
    group.finish();
}

/// A named session with one revealed round of `voters` ballots over ten
/// ideas: the shape that once made loading grow with the square of its size.
fn session_with_voters(voters: usize) -> Session {
    let mut session = session_with_ideas(10);
    session.participants = (0..voters)
        .map(|i| Participant {
            id: ParticipantId::from_u128(i as u128 + 1_000_000),
            name: format!("Person {i}"),
            colour: session.participants[0].colour,
        })
        .collect();
    for idea in &mut session.ideas {
        idea.authors.clear();
    }
    let options: Vec<VoteOption> = session.ideas.iter().map(|i| VoteOption::Idea(i.id)).collect();
    let ballots: Vec<Ballot> = session
        .participants
        .iter()
        .enumerate()
        .map(|(n, p)| Ballot {
            participant: p.id,
            dots: (0..options.len()).map(|o| u32::from((o + n) % 3 == 0)).collect(),
        })
        .collect();
    let mut tally = vec![0u32; options.len()];
    for ballot in &ballots {
        for (sum, dots) in tally.iter_mut().zip(&ballot.dots) {
            *sum += dots;
        }
    }
    session.rounds.push(VoteRound {
        id: RoundId::from_u128(7),
        phase: session.phases[1].id,
        title: "Was zuerst?".into(),
        budget: DotBudget::Fixed(4),
        dots_per_voter: 4,
        max_per_option: 1,
        facilitator_votes: false,
        status: RoundStatus::Revealed,
        allow_revote: false,
        voters: session
            .participants
            .iter()
            .map(|p| Voter {
                participant: p.id,
                proxy: false,
            })
            .collect(),
        ballots,
        tally,
        options,
        runoff_of: None,
    });
    session
}

/// Loading a round with 100,000 voters against loading a file of the same
/// size that holds only ideas: linear loading keeps the two close.
fn bench_large_round(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_same_size");
    group.sample_size(10);
    let round = to_ron(&session_with_voters(100_000)).expect("serialises");
    let per_idea = to_ron(&session_with_ideas(1_001)).expect("serialises").len()
        - to_ron(&session_with_ideas(1)).expect("serialises").len();
    let ideas = to_ron(&session_with_ideas(round.len() / (per_idea / 1_000))).expect("serialises");
    println!(
        "round file {} bytes, ideas file {} bytes",
        round.len(),
        ideas.len()
    );
    group.bench_function("round_100000_voters", |b| {
        b.iter(|| black_box(parse_session(&round).expect("valid")))
    });
    group.bench_function("ideas_only", |b| {
        b.iter(|| black_box(parse_session(&ideas).expect("valid")))
    });
    group.finish();
}

criterion_group!(benches, bench_store, bench_large_round);
criterion_main!(benches);
