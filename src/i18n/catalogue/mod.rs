//! The message catalogue: every text plenum shows, as one entry per text,
//! `Name => "English", "German";`, in one file per part of the interface.
//!
//! To add a text, add its entry to the file of the part it belongs to; `Msg::Name` then exists.
//!
//! How the files become the one enum [`Msg`]: Rust wants all variants of an enum in one place, so
//! each file here holds its entries inside a macro named after it (`keys_texts!`, `start_texts!`,
//! ...). The macros form a chain, written out at the end of this file: each receives the names of the
//! macros still to come and the entries gathered so far, adds its own entries and calls the next.
//! The last one, `define_msg!`, writes the enum, [`Msg::ALL`] (in the order of the chain) and
//! [`Msg::text`]. It is all plain `macro_rules!`: no build script, and the compiler still checks
//! every entry (a name twice is a duplicate variant; a file left out of the chain is an unused
//! macro). A new file copies the macro's first three and last two lines from any other, gets a
//! `#[macro_use] mod` line below and its macro's name in the chain.

#[macro_use]
mod keys;
#[macro_use]
mod start;
#[macro_use]
mod session_screen;
#[macro_use]
mod store_errors;
#[macro_use]
mod help;
#[macro_use]
mod followup;
#[macro_use]
mod footer;
#[macro_use]
mod cluster;
#[macro_use]
mod voting;
#[macro_use]
mod cli;
#[macro_use]
mod files;
#[macro_use]
mod exports;
#[macro_use]
mod core_refusals;
#[macro_use]
mod front_end;
#[macro_use]
mod ssh;
#[macro_use]
mod merge_themes;
#[macro_use]
mod audience;
#[macro_use]
mod saving;

use crate::core::Language;

/// The end of the chain: all entries, gathered, become [`Msg`].
macro_rules! define_msg {
    (; $($name:ident => $en:expr, $de:expr;)*) => {
        /// A text of the interface; [`tr`](super::tr) gives it in a language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($name,)* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            pub fn text(self, lang: Language) -> &'static str {
                match (self, lang) {
                    $(
                        (Msg::$name, Language::En) => $en,
                        (Msg::$name, Language::De) => $de,
                    )*
                }
            }
        }
    };
}

keys_texts! {
    start_texts session_screen_texts store_errors_texts help_texts followup_texts footer_texts
    cluster_texts voting_texts cli_texts files_texts exports_texts core_refusals_texts
    front_end_texts ssh_texts merge_themes_texts audience_texts saving_texts define_msg ;
}
