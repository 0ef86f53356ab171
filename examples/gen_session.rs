//! Writes a realistic synthetic session file, for trying plenum at scale
//! and for the benchmarks:
//!
//! ```sh
//! cargo run --release --example gen_session -- --ideas 10000 --participants 12 --seed 1 -o big.plenum.ron
//! ```
//!
//! The same options always give the same file. `--survey` writes instead one
//! phase of unclustered ideas (an imported staff survey), what
//! `plenum suggest --phase 1` works on.

#[path = "../benches/generator/mod.rs"]
mod generator;

use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(about = "Write a synthetic plenum session (phases, ideas, clusters, rounds, actions)")]
struct Options {
    /// How many ideas.
    #[arg(long, default_value_t = 1_000)]
    ideas: usize,
    /// How many participants (each votes in the rounds).
    #[arg(long, default_value_t = 12)]
    participants: usize,
    /// The same seed gives the same session.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Only one phase of unclustered ideas, as after importing a survey.
    #[arg(long)]
    survey: bool,
    /// The session file to write (it must not exist yet).
    #[arg(short, long)]
    output: PathBuf,
}

fn main() -> ExitCode {
    let options = Options::parse();
    let session = if options.survey {
        generator::survey(options.ideas, options.seed).0
    } else {
        generator::generate(&generator::Config {
            ideas: options.ideas,
            participants: options.participants,
            seed: options.seed,
        })
    };
    match plenum::store::SessionFile::create(&options.output, &session) {
        Ok(_) => {
            println!(
                "{}: {} ideas, {} clusters, {} rounds, {} actions",
                options.output.display(),
                session.ideas.len(),
                session.clusters.len(),
                session.rounds.len(),
                session.actions.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("gen_session: {error}");
            ExitCode::FAILURE
        }
    }
}
