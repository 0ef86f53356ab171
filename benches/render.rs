//! Drawing the session screen: a frame must cost the same with 100 or
//! 100,000 ideas, because only the visible rows are rendered.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use plenum::core::*;
use plenum::tui::app::{App, Options};
use plenum::tui::keymap::Keymap;
use plenum::tui::theme::Theme;
use plenum::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

fn session_with_ideas(count: usize) -> Session {
    let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
    let mut session = template.instantiate(
        NewSession {
            participants: (0..8).map(|i| format!("Person {i}")).collect(),
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    );
    session.current_phase = 1;
    let phase = session.phases[1].id;
    let clusters: Vec<ClusterId> = (0..10).map(|i| ClusterId::from_u128(1_000_000 + i)).collect();
    session.clusters = clusters
        .iter()
        .enumerate()
        .map(|(i, id)| Cluster {
            id: *id,
            phase,
            title: format!("Thema {i}"),
        })
        .collect();
    session.ideas = (0..count)
        .map(|i| Idea {
            id: IdeaId::from_u128(i as u128 + 1),
            phase,
            text: format!("Idee {i}: größere Bildschirme, stabiles VPN und weniger Papier 🚀"),
            authors: vec![],
            cluster: if i % 3 == 0 {
                None
            } else {
                Some(clusters[i % clusters.len()])
            },
            hidden: false,
        })
        .collect();
    session
}

fn bench_render(c: &mut Criterion) {
    let (theme, _) = Theme::load(None, None, false);
    let mut group = c.benchmark_group("board_frame");
    group.sample_size(20);
    for count in [100usize, 100_000] {
        let options = Options {
            lang: Some(Language::De),
            ..Options::default()
        };
        let app = App::with_session(
            options,
            Keymap::defaults(),
            Timestamp::UNIX_EPOCH,
            TimeZone::UTC,
            session_with_ideas(count),
            None,
        );
        for (width, height) in [(80u16, 24u16), (200, 60)] {
            let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
            group.bench_function(BenchmarkId::new(format!("{width}x{height}"), count), |b| {
                b.iter(|| {
                    terminal
                        .draw(|frame| {
                            black_box(view::render(&app, &theme, frame));
                        })
                        .expect("draws");
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_render);
criterion_main!(benches);
