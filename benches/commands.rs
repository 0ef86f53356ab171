//! Applying commands to large sessions: one idea added and taken back, and a
//! whole import of ideas as `plenum import` applies it. Both should grow
//! linearly (import) or not at all (one command) with the session's size.

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use plenum::core::*;
use std::hint::black_box;
use std::time::Duration;

fn workshop() -> Session {
    let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
    template.instantiate(
        NewSession {
            participants: (0..8).map(|i| format!("Person {i}")).collect(),
            ..NewSession::default()
        },
        jiff::Timestamp::UNIX_EPOCH,
    )
}

fn idea(session: &Session, n: usize) -> Idea {
    Idea {
        id: IdeaId::from_u128(n as u128 + 1),
        phase: session.phases[1].id,
        text: format!("Idee Nummer {n}: mehr Homeoffice, bessere Headsets und weniger Papier"),
        authors: vec![session.participants[n % 8].id],
        cluster: None,
        hidden: false,
    }
}

/// The commands an import of `count` ideas applies.
fn import(session: &Session, count: usize) -> Vec<Command> {
    (0..count)
        .map(|n| Command::AddIdea {
            idea: idea(session, n),
            index: usize::MAX,
        })
        .collect()
}

fn session_with_ideas(count: usize) -> Session {
    let mut session = workshop();
    let commands = import(&session, count);
    session.apply(Command::Batch(commands)).expect("valid ideas");
    session
}

fn bench_commands(c: &mut Criterion) {
    let mut group = c.benchmark_group("commands");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(2));
    for count in [1_000usize, 10_000, 100_000] {
        let mut session = session_with_ideas(count);
        let extra = idea(&session, count + 1);
        group.bench_function(BenchmarkId::new("add_and_undo_one_idea", count), |b| {
            b.iter(|| {
                let command = Command::AddIdea {
                    idea: extra.clone(),
                    index: usize::MAX,
                };
                let inverse = session.apply(black_box(command)).expect("applies");
                session.apply(inverse).expect("undoes");
            })
        });
        let empty = workshop();
        group.bench_function(BenchmarkId::new("import_ideas", count), |b| {
            b.iter_batched(
                || (empty.clone(), import(&empty, count)),
                |(mut session, commands)| {
                    session.apply(Command::Batch(commands)).expect("imports");
                    session
                },
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench_commands);
criterion_main!(benches);
