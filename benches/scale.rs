//! plenum with 1,000, 10,000 and 100,000 ideas: loading and saving the
//! session file, the three exports, one frame of the session screen at
//! 200x60. The sessions come from the generator (see `generator/mod.rs`,
//! also `cargo run --release --example gen_session`).
//!
//! `PLENUM_BENCH_SIZES=1000,10000 cargo bench --bench scale` leaves out the
//! largest size.

#[path = "generator/mod.rs"]
mod generator;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use plenum::core::public::published;
use plenum::core::{Command, Language, Session};
use plenum::export::{csv, json, markdown};
use plenum::store::{self, SessionFile};
use plenum::tui::app::{App, Options};
use plenum::tui::keymap::Keymap;
use plenum::tui::theme::Theme;
use plenum::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::time::Duration;

fn sizes() -> Vec<usize> {
    std::env::var("PLENUM_BENCH_SIZES")
        .ok()
        .map(|list| {
            list.split(',')
                .filter_map(|size| size.trim().parse().ok())
                .collect()
        })
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000])
}

fn workshop(ideas: usize) -> Session {
    let started = std::time::Instant::now();
    let session = generator::generate(&generator::Config {
        ideas,
        participants: 12,
        seed: 1,
    });
    eprintln!(
        "generated {ideas} ideas in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    session
}

/// Fewer samples for larger sessions, so that a run stays within minutes.
fn configure(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, ideas: usize) {
    group.sample_size(if ideas >= 100_000 { 10 } else { 20 });
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(if ideas >= 100_000 { 10 } else { 3 }));
}

fn bench_scale(c: &mut Criterion) {
    let (theme, _) = Theme::load(None, None, false);
    for ideas in sizes() {
        let session = workshop(ideas);
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("workshop.plenum.ron");
        let mut file = SessionFile::create(&path, &session).expect("saves");
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        eprintln!("{ideas} ideas: {:.1} MB file", bytes as f64 / 1e6);

        let mut group = c.benchmark_group("session_file_large");
        configure(&mut group, ideas);
        group.bench_function(BenchmarkId::new("load", ideas), |b| {
            b.iter(|| black_box(store::load(&path).expect("loads")))
        });
        group.bench_function(BenchmarkId::new("save", ideas), |b| {
            b.iter(|| file.save(black_box(&session)).expect("saves"))
        });
        group.finish();

        let mut group = c.benchmark_group("export");
        configure(&mut group, ideas);
        group.bench_function(BenchmarkId::new("markdown", ideas), |b| {
            b.iter(|| black_box(markdown::to_markdown(&session)))
        });
        group.bench_function(BenchmarkId::new("json", ideas), |b| {
            b.iter(|| black_box(json::to_json(&session)))
        });
        group.bench_function(BenchmarkId::new("csv", ideas), |b| {
            b.iter(|| {
                let public = published(&session);
                let options = csv::CsvOptions::default();
                let today = jiff::civil::date(2026, 12, 1);
                let actions = csv::ActionRow::all_of(&public, "workshop.plenum.ron", today);
                black_box((
                    csv::ideas(&public, "workshop.plenum.ron", &options),
                    csv::actions(actions, &options),
                ))
            })
        });
        group.finish();

        // The critique phase's board: the phase with the most ideas.
        let mut on_board = session.clone();
        on_board.apply(Command::GoToPhase(1)).expect("the phase exists");
        let options = Options {
            lang: Some(Language::De),
            ..Options::default()
        };
        let app = App::with_session(
            options,
            Keymap::defaults(),
            Timestamp::UNIX_EPOCH,
            TimeZone::UTC,
            on_board,
            None,
        );
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
        let mut group = c.benchmark_group("frame_200x60");
        configure(&mut group, ideas);
        group.bench_function(BenchmarkId::new("board", ideas), |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| {
                        black_box(view::render(&app, &theme, frame));
                    })
                    .expect("draws");
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench_scale);
criterion_main!(benches);
