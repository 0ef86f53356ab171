//! Cluster suggestions for one phase.
//!
//! - 1,000 ideas stitched from the realistic cards of the quality test (the
//!   first half of one card, the second half of another), so the vocabulary
//!   and its overlaps look like a large survey import rather than random
//!   words;
//! - 1,000, 10,000 and 100,000 ideas of the session generator (an imported
//!   staff survey about two dozen themes, German and English).
//!
//! `PLENUM_BENCH_SIZES=1000,10000 cargo bench --bench suggest` leaves out the
//! largest size.

#[path = "generator/mod.rs"]
mod generator;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use plenum::core::clustering::suggest;
use plenum::core::{Command, Idea, IdeaId, Language, Phase, PhaseId, Session};
use std::hint::black_box;
use std::time::Duration;

const IDEAS: usize = 1_000;

fn cards() -> Vec<&'static str> {
    [
        include_str!("../tests/data/cluster_ideas.txt"),
        include_str!("../tests/data/cluster_ideas_heldout.txt"),
        include_str!("../tests/data/cluster_ideas_fresh.txt"),
    ]
    .into_iter()
    .flat_map(str::lines)
    .map(str::trim)
    .filter(|line| !line.is_empty() && !line.starts_with('#'))
    .collect()
}

/// A fixed pseudo-random sequence (a linear congruential generator), so
/// every run measures the same ideas.
fn stitched_ideas(count: usize) -> Vec<String> {
    let cards = cards();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % bound
    };
    (0..count)
        .map(|_| {
            let first: Vec<&str> = cards[next(cards.len())].split_whitespace().collect();
            let second: Vec<&str> = cards[next(cards.len())].split_whitespace().collect();
            let head = &first[..first.len().div_ceil(2)];
            let tail = &second[second.len() / 2..];
            head.iter().chain(tail).copied().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

fn session_with(texts: &[String]) -> (Session, PhaseId) {
    let mut session = Session::new("Umfrage", "brainstorm", Language::De, Timestamp::UNIX_EPOCH);
    let phase = PhaseId::from_u128(1);
    let add_phase = Command::AddPhase {
        phase: Phase {
            id: phase,
            title: "Ideen aus der Umfrage".into(),
            question: "Was sollen wir ändern?".into(),
            timebox_minutes: 30,
            activities: Vec::new(),
            seconds_used: 0,
            brainwriting: false,
        },
        index: 0,
    };
    session.apply(add_phase).expect("the phase is valid");
    for (i, text) in texts.iter().enumerate() {
        let idea = Idea {
            id: IdeaId::from_u128(1_000 + i as u128),
            phase,
            text: text.clone(),
            authors: Vec::new(),
            cluster: None,
            hidden: false,
        };
        session
            .apply(Command::AddIdea { idea, index: i })
            .expect("the generated idea is valid");
    }
    session.validate().expect("the generated session is valid");
    (session, phase)
}

fn bench_suggest(c: &mut Criterion) {
    let (session, phase) = session_with(&stitched_ideas(IDEAS));
    let proposals = suggest(&session, phase);
    let clustered: usize = proposals.iter().map(|p| p.ideas.len()).sum();
    eprintln!(
        "{IDEAS} ideas: {} proposals covering {clustered} ideas",
        proposals.len()
    );
    c.bench_function("suggest 1000 ideas", |b| {
        b.iter(|| suggest(black_box(&session), black_box(phase)))
    });
    let sizes: Vec<usize> = std::env::var("PLENUM_BENCH_SIZES")
        .ok()
        .map(|list| {
            list.split(',')
                .filter_map(|size| size.trim().parse().ok())
                .collect()
        })
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let mut group = c.benchmark_group("suggest_generated");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    for ideas in sizes {
        let (session, phase) = generator::survey(ideas, 1);
        let proposals = suggest(&session, phase);
        let clustered: usize = proposals.iter().map(|p| p.ideas.len()).sum();
        eprintln!(
            "{ideas} generated ideas: {} proposals covering {clustered} ideas",
            proposals.len()
        );
        group.measurement_time(Duration::from_secs(if ideas >= 100_000 { 30 } else { 5 }));
        group.bench_function(BenchmarkId::from_parameter(ideas), |b| {
            b.iter(|| suggest(black_box(&session), black_box(phase)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_suggest);
criterion_main!(benches);
