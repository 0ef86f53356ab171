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
        let text = to_ron(&session);
        group.bench_with_input(BenchmarkId::new("to_ron", count), &session, |b, s| {
            b.iter(|| black_box(to_ron(s)))
        });
        group.bench_with_input(BenchmarkId::new("parse_session", count), &text, |b, t| {
            b.iter(|| black_box(parse_session(t).expect("valid")))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_store);
criterion_main!(benches);
