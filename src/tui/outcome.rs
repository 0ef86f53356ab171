//! What a screen hands back to the app after an action: stay, say
//! something, open or close a screen, quit, or let the screen below handle
//! the action. Screens never change the app themselves; the app applies the
//! outcome in one place ([`crate::tui::app::App::update`]).
//!
//! [`Say`] is the one kind of feedback: a catalogue message with its
//! arguments, a refused command, or a failed save. It is written out in the
//! interface language only when it is shown, so a key named in a message is
//! the key the user's keymap really binds.

use super::action::Action;
use super::keymap::Keymap;
use super::mode::Mode;
use crate::core::{ActionId, ClusterId, DomainError, IdeaId, Language, RoundId, Session, VoteOption};
use crate::i18n::{Msg, fill, tr};
use std::path::PathBuf;

/// Where a screen can send the user. Each screen folder under
/// `tui/screens/` has one route; [`crate::tui::routes::open`] builds it.
/// The start screen and the overview are homes: going there closes the open
/// session first (see [`Route::leaves_session`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    /// The start screen with the folder listed afresh; `select` is the row
    /// to come back to (else the newest session).
    Start { select: Option<usize> },
    /// The form that continues `previous` (read from `path`) as a new
    /// session, with its method's template preselected when there is one.
    Continue {
        previous: Box<Session>,
        path: PathBuf,
        template: Option<usize>,
        start_row: usize,
    },
    /// Cluster mode over the session screen.
    Cluster,
    /// The voting screens of the current phase.
    Vote,
    /// The check-in and check-out rounds of the current phase.
    Checkin,
    /// The form for a new action from these origins (over the session screen).
    NewAction(Vec<crate::core::followup::ActionOrigin>),
    /// The session's action list with an action selected; it returns to the
    /// overview (as it was filtered, at that row) or to the session screen.
    Actions {
        select: Option<ActionId>,
        overview: Option<(crate::core::followup::ActionFilter, usize)>,
    },
    /// The overview of every session's pending actions (the session closes).
    Overview {
        filter: crate::core::followup::ActionFilter,
        start_row: usize,
    },
    /// One thing alone, as large as the terminal allows.
    Spotlight(Spot),
    /// The control screen of a running `plenum host`.
    Hosting(crate::host::HostLink),
}

impl Route {
    /// Whether going there closes the open session (after a last save).
    pub fn leaves_session(&self) -> bool {
        matches!(self, Route::Start { .. } | Route::Overview { .. })
    }
}

/// What the spotlight shows: named by id, so it is read from the session
/// when drawn (an undo under it shows what is there now).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spot {
    Idea(IdeaId),
    /// A cluster with its ideas.
    Cluster(ClusterId),
    /// A line of a revealed round's results.
    ResultLine {
        round: RoundId,
        option: VoteOption,
    },
    Action(ActionId),
}

/// A placeholder's value in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    /// A text of the catalogue, in the interface language.
    Msg(Msg),
    /// A text of the catalogue with its `{n}` filled in.
    Counted(Msg, usize),
    /// The key bound to an action, looked up when the message is written.
    Key(Mode, Action),
}

/// Something to tell the user on the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Say {
    Text {
        msg: Msg,
        args: Vec<(&'static str, Arg)>,
        /// Shown as a warning (a refusal, a problem) rather than news.
        warn: bool,
    },
    /// A sentence a screen wrote itself, in the interface language, from
    /// data only it has at hand.
    Written { text: String, warn: bool },
    /// The core refused a command.
    Refused(DomainError),
    /// Saving failed; the reason is the document's save problem.
    SaveFailed,
}

impl Say {
    pub fn info(msg: Msg) -> Say {
        Say::Text {
            msg,
            args: Vec::new(),
            warn: false,
        }
    }

    pub fn warn(msg: Msg) -> Say {
        Say::Text {
            msg,
            args: Vec::new(),
            warn: true,
        }
    }

    fn arg(mut self, name: &'static str, value: Arg) -> Say {
        if let Say::Text { args, .. } = &mut self {
            args.push((name, value));
        }
        self
    }

    /// A sentence already in the interface language, shown as news.
    pub fn written(text: impl Into<String>) -> Say {
        Say::Written {
            text: text.into(),
            warn: false,
        }
    }

    /// A sentence already in the interface language, shown as a warning.
    pub fn written_warning(text: impl Into<String>) -> Say {
        Say::Written {
            text: text.into(),
            warn: true,
        }
    }

    /// Fills `{name}` with a text.
    pub fn text(self, name: &'static str, value: impl std::fmt::Display) -> Say {
        self.arg(name, Arg::Text(value.to_string()))
    }

    /// Fills `{name}` with another text of the catalogue.
    pub fn word(self, name: &'static str, msg: Msg) -> Say {
        self.arg(name, Arg::Msg(msg))
    }

    /// Fills `{name}` with another text of the catalogue, which says `{n}`.
    pub fn counted(self, name: &'static str, msg: Msg, n: usize) -> Say {
        self.arg(name, Arg::Counted(msg, n))
    }

    /// Fills `{name}` with the key bound to `action` in `mode`.
    pub fn key(self, name: &'static str, mode: Mode, action: Action) -> Say {
        self.arg(name, Arg::Key(mode, action))
    }

    /// The catalogue message, if it is one.
    pub fn msg(&self) -> Option<Msg> {
        match self {
            Say::Text { msg, .. } => Some(*msg),
            Say::Written { .. } | Say::Refused(_) | Say::SaveFailed => None,
        }
    }

    pub fn is_warning(&self) -> bool {
        match self {
            Say::Text { warn, .. } | Say::Written { warn, .. } => *warn,
            Say::Refused(_) | Say::SaveFailed => true,
        }
    }

    /// The sentence in `lang`. `save_problem` is why the last save failed.
    pub fn write(&self, lang: Language, keymap: &Keymap, save_problem: Option<&str>) -> String {
        match self {
            Say::Written { text, .. } => text.clone(),
            Say::Refused(error) => crate::i18n::describe_refusal(lang, error),
            Say::SaveFailed => fill(
                lang,
                Msg::NotSaved,
                &[("reason", &save_problem.unwrap_or_default())],
            ),
            Say::Text { msg, args, .. } => {
                let values: Vec<(&str, String)> = args
                    .iter()
                    .map(|(name, arg)| match arg {
                        Arg::Text(text) => (*name, text.clone()),
                        Arg::Msg(msg) => (*name, tr(lang, *msg).to_string()),
                        Arg::Counted(msg, n) => (*name, fill(lang, *msg, &[("n", n)])),
                        Arg::Key(mode, action) => (
                            *name,
                            keymap.hint(*mode, action, lang).unwrap_or_else(|| action.name()),
                        ),
                    })
                    .collect();
                let args: Vec<(&str, &dyn std::fmt::Display)> = values
                    .iter()
                    .map(|(name, value)| (*name, value as &dyn std::fmt::Display))
                    .collect();
                fill(lang, *msg, &args)
            }
        }
    }
}

impl From<DomainError> for Say {
    fn from(error: DomainError) -> Say {
        Say::Refused(error)
    }
}

/// What an action did, for the app to carry out.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Outcome {
    /// Nothing more to do (the screen may have changed its own state).
    #[default]
    Stay,
    Say(Say),
    /// Opens a screen on top of this one.
    Push(Route),
    /// Swaps this screen for another.
    Replace(Route),
    /// Closes this screen; the one below has the keyboard again.
    Pop,
    /// Asks to quit (the app checks that the session is saved).
    Quit,
    /// Not this screen's business: the screen below, or the app's common
    /// keys (quit, help, undo, redo, save), handle it.
    Pass(Action),
    /// Opens a session file of the folder on the session screen (the app
    /// takes its lock), then `then` alone over it, then says `said`. If the
    /// file cannot be opened the app says why and nothing else happens.
    Open {
        path: PathBuf,
        then: Option<Route>,
        said: Option<Say>,
    },
    /// Writes a new session into the folder and opens it, then `then` alone
    /// over it; `said` is told with the new file's name as `{file}`.
    Create {
        session: Box<Session>,
        then: Option<Route>,
        said: Msg,
    },
    /// Several of the above, in order.
    Many(Vec<Outcome>),
}

impl Outcome {
    /// This outcome, then `next`.
    pub fn and(self, next: Outcome) -> Outcome {
        match (self, next) {
            (Outcome::Stay, next) => next,
            (this, Outcome::Stay) => this,
            (Outcome::Many(mut all), next) => {
                all.push(next);
                Outcome::Many(all)
            }
            (this, next) => Outcome::Many(vec![this, next]),
        }
    }

    /// Everything said in this outcome (for tests and the status line).
    pub fn said(&self) -> Vec<&Say> {
        match self {
            Outcome::Say(say) => vec![say],
            Outcome::Many(all) => all.iter().flat_map(Outcome::said).collect(),
            _ => Vec::new(),
        }
    }
}

impl From<Say> for Outcome {
    fn from(say: Say) -> Outcome {
        Outcome::Say(say)
    }
}

impl From<Result<(), Say>> for Outcome {
    fn from(result: Result<(), Say>) -> Outcome {
        match result {
            Ok(()) => Outcome::Stay,
            Err(say) => Outcome::Say(say),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_chain_in_order_and_stay_drops_out() {
        let said = Outcome::Say(Say::info(Msg::NothingToUndo));
        assert_eq!(Outcome::Stay.and(Outcome::Pop), Outcome::Pop);
        assert_eq!(Outcome::Pop.and(Outcome::Stay), Outcome::Pop);
        let chained = Outcome::Pop.and(said.clone()).and(Outcome::Pass(Action::Quit));
        assert_eq!(
            chained,
            Outcome::Many(vec![Outcome::Pop, said, Outcome::Pass(Action::Quit)])
        );
        assert_eq!(chained.said().len(), 1);
    }

    #[test]
    fn a_message_names_the_key_the_keymap_binds_and_its_words_in_both_languages() {
        let keymap = Keymap::defaults();
        let said = Say::info(Msg::UndoneWhat).counted("what", Msg::StepIdeasAdded, 3);
        assert_eq!(said.write(Language::En, &keymap, None), "Undone: 3 ideas added.");
        assert_eq!(
            said.write(Language::De, &keymap, None),
            "Rückgängig gemacht: 3 Ideen hinzugefügt."
        );
        let key = Say::info(Msg::IdeaDeleted).key("key", Mode::Board, Action::Undo);
        assert_eq!(
            key.write(Language::En, &keymap, None),
            "Idea deleted (u brings it back)."
        );
        assert!(!key.is_warning());
        assert!(Say::SaveFailed.is_warning());
        assert_eq!(
            Say::SaveFailed.write(Language::En, &keymap, Some("disk full")),
            fill(Language::En, Msg::NotSaved, &[("reason", &"disk full")])
        );
    }
}
