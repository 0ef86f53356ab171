//! plenum with 1,000, 10,000 and 100,000 ideas: loading and saving the
//! session file, the three exports, one frame of the session screen at
//! 200x60, and a keystroke with the session saved in the background
//! (`keystroke/*`). The sessions come from the generator (see `generator/mod.rs`,
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
use plenum::tui::action::Action;
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

        // The main screens over the critique phase, the phase with the most
        // ideas and a revealed round on its clusters.
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
        let mut group = c.benchmark_group("frame_200x60");
        configure(&mut group, ideas);
        let screens = [
            ("board", None),
            ("cluster", Some(Action::EnterClusterMode)),
            ("vote", Some(Action::OpenVoting)),
            ("actions", Some(Action::ShowActions)),
        ];
        for (name, opening) in screens {
            let mut app = app_on_phase(&session, 1);
            if let Some(action) = opening {
                app.update(action);
            }
            group.bench_function(BenchmarkId::new(name, ideas), |b| {
                b.iter(|| {
                    terminal
                        .draw(|frame| {
                            black_box(view::render(&app, &theme, frame));
                        })
                        .expect("draws");
                })
            });
        }
        group.finish();
    }
}

/// The app on `session`'s phase `phase`, without a file.
fn app_on_phase(session: &Session, phase: usize) -> App {
    let mut on_phase = session.clone();
    on_phase
        .apply(Command::GoToPhase(phase))
        .expect("the phase exists");
    let options = Options {
        lang: Some(Language::De),
        ..Options::default()
    };
    App::with_session(
        options,
        Keymap::defaults(),
        Timestamp::UNIX_EPOCH,
        TimeZone::UTC,
        on_phase,
        None,
    )
}

/// What a keystroke costs on the input thread, with the session saved in
/// the background as the event loop does: one command applied with its
/// autosave scheduled, and Enter in the idea field until the 200x60 frame
/// that shows the new idea is drawn. The copy handed to the saver after the
/// frame, and an undo that keeps the session at its size, are not timed.
fn bench_keystroke(c: &mut Criterion) {
    let (theme, _) = Theme::load(None, None, false);
    let waker: plenum::tui::document::saver::Waker = std::sync::Arc::new(|| {});
    let mut sizes = sizes();
    sizes.insert(0, 100);
    for ideas in sizes {
        let mut on_board = workshop(ideas);
        on_board.apply(Command::GoToPhase(1)).expect("the phase exists");
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("workshop.plenum.ron");
        let file = SessionFile::create(&path, &on_board).expect("saves");
        let options = Options {
            lang: Some(Language::De),
            ..Options::default()
        };
        let mut app = App::with_session(
            options,
            Keymap::defaults(),
            Timestamp::UNIX_EPOCH,
            TimeZone::UTC,
            on_board,
            Some(file),
        );
        let doc = app.document_mut().expect("open");
        doc.save_in_background(&waker, plenum::tui::document::SAVE_RETRY);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test terminal");
        let mut group = c.benchmark_group("keystroke");
        configure(&mut group, ideas);
        group.bench_function(BenchmarkId::new("command_with_autosave_scheduled", ideas), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for n in 0..iters {
                    let doc = app.document_mut().expect("open");
                    let idea = new_idea(doc, n);
                    let started = std::time::Instant::now();
                    doc.change(idea, Timestamp::UNIX_EPOCH, None).expect("applies");
                    spent += started.elapsed();
                    doc.send_pending_save();
                    doc.undo(Timestamp::UNIX_EPOCH);
                    doc.send_pending_save();
                }
                spent
            })
        });
        app.update(Action::StartCapture);
        group.bench_function(BenchmarkId::new("enter_to_frame", ideas), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let started = std::time::Instant::now();
                    app.update(Action::InsertChar('x'));
                    app.update(Action::SubmitInput);
                    terminal
                        .draw(|frame| {
                            black_box(view::render(&app, &theme, frame));
                        })
                        .expect("draws");
                    spent += started.elapsed();
                    let doc = app.document_mut().expect("open");
                    doc.send_pending_save();
                    doc.undo(Timestamp::UNIX_EPOCH);
                    doc.send_pending_save();
                }
                spent
            })
        });
        group.finish();
        app.update(Action::CancelInput);
        app.document_mut().expect("open").finish_saving();
    }
}

/// A new idea in the current phase, as the idea field adds it.
fn new_idea(doc: &plenum::tui::document::Document, n: u64) -> Command {
    let phase = doc.phase().expect("a phase").id;
    Command::AddIdea {
        idea: plenum::core::Idea {
            id: plenum::core::IdeaId::from_u128(u128::from(n) + (1 << 100)),
            phase,
            text: "Mehr Tageslicht in den Besprechungsräumen".into(),
            authors: Vec::new(),
            cluster: None,
            hidden: false,
        },
        index: usize::MAX,
    }
}

criterion_group!(benches, bench_scale, bench_keystroke);
criterion_main!(benches);
