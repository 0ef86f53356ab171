//! The command line: clap definitions and the non-interactive subcommands.
