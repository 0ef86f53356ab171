//! The session model: everything a workshop produces, as plain data.
//!
//! A session is saved as RON. Field names are part of the public file format
//! (see `store`), so renaming one needs a migration step. Optional parts use
//! `serde(default)` so that files stay short and readable.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

pub use super::ids::*;
pub use super::index::SessionIndex;

mod followup;
mod rounds;
pub use followup::*;
pub use rounds::*;

/// The file format version this build writes. Older versions are migrated on
/// load; newer ones are refused. Version 2 added `brainwriting` to phases
/// and the running countdown (`clock`), so that a second process can show it.
pub const FORMAT_VERSION: u32 = 2;

/// Interface and export language of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "de")]
    De,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::De];

    /// The code used on the command line and in files: `en`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Language::En),
            "de" | "german" | "deutsch" => Some(Language::De),
            _ => None,
        }
    }

    /// Reads a POSIX locale such as `de_DE.UTF-8`; anything that is not
    /// German is English.
    pub fn from_locale(locale: &str) -> Language {
        if locale.to_ascii_lowercase().starts_with("de") {
            Language::De
        } else {
            Language::En
        }
    }
}

/// A participant's colour, by name: the theme decides the actual shade, so a
/// colour-blind safe theme can map them differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Colour {
    Red,
    Orange,
    Yellow,
    Green,
    Teal,
    Blue,
    Purple,
    Pink,
    Brown,
    Grey,
    Lime,
    Indigo,
}

impl Colour {
    /// The roster palette, in the order new participants get their colours.
    pub const ALL: [Colour; 12] = [
        Colour::Blue,
        Colour::Orange,
        Colour::Green,
        Colour::Purple,
        Colour::Red,
        Colour::Teal,
        Colour::Yellow,
        Colour::Pink,
        Colour::Brown,
        Colour::Grey,
        Colour::Lime,
        Colour::Indigo,
    ];

    /// The n-th colour of the roster palette, repeating after twelve.
    pub fn nth(n: usize) -> Colour {
        Colour::ALL[n % Colour::ALL.len()]
    }
}

/// What the group may do in a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Activity {
    Capture,
    Cluster,
    Vote,
    Discuss,
    Actions,
    Checkin,
}

impl Activity {
    pub const ALL: [Activity; 6] = [
        Activity::Capture,
        Activity::Cluster,
        Activity::Vote,
        Activity::Discuss,
        Activity::Actions,
        Activity::Checkin,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub id: ParticipantId,
    pub name: String,
    pub colour: Colour,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: PhaseId,
    pub title: String,
    /// The guiding question, shown large while the phase runs.
    pub question: String,
    /// Planned length in minutes.
    pub timebox_minutes: u32,
    pub activities: Vec<Activity>,
    /// Seconds the timer has run in this phase so far.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub seconds_used: u32,
    /// Silent brainwriting is on: new ideas of this phase are covered cards
    /// until the facilitator reveals them. Saved with the phase (format
    /// version 2), so it survives a reopen; toggled with
    /// [`Command::ReplacePhase`](super::Command::ReplacePhase), so undo
    /// takes it back.
    #[serde(default, skip_serializing_if = "is_false")]
    pub brainwriting: bool,
}

impl Phase {
    pub fn allows(&self, activity: Activity) -> bool {
        self.activities.contains(&activity)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Idea {
    pub id: IdeaId,
    pub phase: PhaseId,
    pub text: String,
    /// Who contributed the idea; empty when anonymous. Merged duplicates keep
    /// the authors of both.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<ParticipantId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<ClusterId>,
    /// Silent brainwriting: a covered card until the facilitator reveals.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    pub id: ClusterId,
    pub phase: PhaseId,
    pub title: String,
}

/// A workshop session: the whole content of one session file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// File format version; see [`FORMAT_VERSION`].
    pub version: u32,
    pub id: SessionId,
    pub title: String,
    /// Id of the method template the session was made from.
    pub method: String,
    pub language: Language,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilitator: Option<String>,
    /// No authors are stored and ballots are secret.
    #[serde(default)]
    pub anonymous: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// The session this one continues (the permanent workshop).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<SessionId>,
    #[serde(default)]
    pub participants: Vec<Participant>,
    pub phases: Vec<Phase>,
    /// Index of the phase the facilitator is in.
    #[serde(default)]
    pub current_phase: usize,
    #[serde(default)]
    pub ideas: Vec<Idea>,
    #[serde(default)]
    pub clusters: Vec<Cluster>,
    #[serde(default)]
    pub rounds: Vec<VoteRound>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    #[serde(default)]
    pub checkins: Vec<CheckinRound>,
    /// The countdown of the current phase while it runs or was stretched:
    /// saved so that an audience view in another process counts down with
    /// it, and so that a restarted control terminal picks it up again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<PhaseClock>,
    /// Lookups by id, kept in step by `apply`; never saved (see `index`).
    #[serde(skip)]
    #[doc(hidden)]
    pub index: SessionIndex,
}

/// A phase's countdown as the facilitator runs it. Without one, a phase
/// has used its `seconds_used` and its timebox is as planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseClock {
    pub phase: PhaseId,
    /// When the countdown was last started (or its seconds last recorded);
    /// `None` while it is paused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_since: Option<Timestamp>,
    /// Seconds the phase had used at `running_since`.
    pub base_seconds: u32,
    /// Seconds added to (negative: taken from) the timebox for this run.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub extra_seconds: i64,
}

impl PhaseClock {
    /// Seconds the phase has used at `now`.
    pub fn seconds_used(&self, now: Timestamp) -> u32 {
        let running = self.running_since.map_or(0, |since| {
            u32::try_from(now.duration_since(since).as_secs().max(0)).unwrap_or(u32::MAX)
        });
        self.base_seconds.saturating_add(running)
    }
}

fn is_zero_i64(value: &i64) -> bool {
    *value == 0
}

impl Session {
    /// An empty session with no phases. `now` stamps creation.
    pub fn new(
        title: impl Into<String>,
        method: impl Into<String>,
        language: Language,
        now: Timestamp,
    ) -> Session {
        Session {
            version: FORMAT_VERSION,
            id: SessionId::random(),
            title: title.into(),
            method: method.into(),
            language,
            facilitator: None,
            anonymous: false,
            created: now,
            updated: now,
            continues: None,
            participants: Vec::new(),
            phases: Vec::new(),
            current_phase: 0,
            ideas: Vec::new(),
            clusters: Vec::new(),
            rounds: Vec::new(),
            actions: Vec::new(),
            checkins: Vec::new(),
            clock: None,
            index: SessionIndex::default(),
        }
    }

    /// Seconds left in the current phase's timebox at `now` (negative when
    /// over time), counting a running countdown; `None` without a phase.
    pub fn seconds_left(&self, now: Timestamp) -> Option<i64> {
        let phase = self.current()?;
        let timebox = i64::from(phase.timebox_minutes) * 60;
        let (used, extra) = match self.clock.filter(|clock| clock.phase == phase.id) {
            Some(clock) => (clock.seconds_used(now), clock.extra_seconds),
            None => (phase.seconds_used, 0),
        };
        Some(timebox + extra - i64::from(used))
    }

    /// Whether the current phase's countdown is running.
    pub fn clock_running(&self) -> bool {
        let current = self.current().map(|p| p.id);
        self.clock
            .is_some_and(|clock| Some(clock.phase) == current && clock.running_since.is_some())
    }

    pub fn phase(&self, id: PhaseId) -> Option<&Phase> {
        self.phase_index(id).map(|i| &self.phases[i])
    }

    pub fn phase_index(&self, id: PhaseId) -> Option<usize> {
        self.index.phases.find(&self.phases, id)
    }

    pub fn current(&self) -> Option<&Phase> {
        self.phases.get(self.current_phase)
    }

    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        let i = self.index.participants.find(&self.participants, id)?;
        Some(&self.participants[i])
    }

    /// The participant with this name, ignoring case (also of umlauts, as
    /// `AddParticipant` does when it refuses a second "änne" next to "Änne").
    pub fn participant_by_name(&self, name: &str) -> Option<&Participant> {
        let name = name.trim().to_lowercase();
        self.participants
            .iter()
            .find(|p| p.name.trim().to_lowercase() == name)
    }

    pub fn idea(&self, id: IdeaId) -> Option<&Idea> {
        self.idea_index(id).map(|i| &self.ideas[i])
    }

    pub fn idea_index(&self, id: IdeaId) -> Option<usize> {
        self.index.ideas.find(&self.ideas, id)
    }

    pub fn cluster(&self, id: ClusterId) -> Option<&Cluster> {
        self.cluster_index(id).map(|i| &self.clusters[i])
    }

    pub fn cluster_index(&self, id: ClusterId) -> Option<usize> {
        self.index.clusters.find(&self.clusters, id)
    }

    pub fn round(&self, id: RoundId) -> Option<&VoteRound> {
        let i = self.index.rounds.find(&self.rounds, id)?;
        Some(&self.rounds[i])
    }

    pub fn action(&self, id: ActionId) -> Option<&ActionItem> {
        let i = self.index.actions.find(&self.actions, id)?;
        Some(&self.actions[i])
    }

    pub fn checkin(&self, id: CheckinId) -> Option<&CheckinRound> {
        let i = self.index.checkins.find(&self.checkins, id)?;
        Some(&self.checkins[i])
    }

    /// Ideas of a phase, in board order.
    pub fn ideas_in(&self, phase: PhaseId) -> impl Iterator<Item = &Idea> {
        self.ideas.iter().filter(move |i| i.phase == phase)
    }

    /// Clusters of a phase, in the order the group chose.
    pub fn clusters_in(&self, phase: PhaseId) -> impl Iterator<Item = &Cluster> {
        self.clusters.iter().filter(move |c| c.phase == phase)
    }

    /// Ideas of a cluster, in board order.
    pub fn ideas_of_cluster(&self, cluster: ClusterId) -> impl Iterator<Item = &Idea> {
        self.ideas.iter().filter(move |i| i.cluster == Some(cluster))
    }

    pub fn rounds_in(&self, phase: PhaseId) -> impl Iterator<Item = &VoteRound> {
        self.rounds.iter().filter(move |r| r.phase == phase)
    }

    /// Display name of a participant, or `None` for unknown ids.
    pub fn participant_name(&self, id: ParticipantId) -> Option<&str> {
        self.participant(id).map(|p| p.name.as_str())
    }

    /// Text of a vote option (idea text or cluster title).
    pub fn option_label(&self, option: VoteOption) -> Option<&str> {
        match option {
            VoteOption::Idea(id) => self.idea(id).map(|i| i.text.as_str()),
            VoteOption::Cluster(id) => self.cluster(id).map(|c| c.title.as_str()),
        }
    }

    /// Actions still open or in progress.
    pub fn pending_actions(&self) -> impl Iterator<Item = &ActionItem> {
        self.actions.iter().filter(|a| a.status.is_pending())
    }

    /// Strips control characters from every text field (a hand-edited file
    /// may hold escape sequences that must never reach a terminal raw).
    pub fn strip_control_characters(&mut self) {
        use super::text::strip_controls;
        strip_controls(&mut self.title, false);
        strip_controls(&mut self.method, false);
        if let Some(name) = &mut self.facilitator {
            strip_controls(name, false);
        }
        for participant in &mut self.participants {
            strip_controls(&mut participant.name, false);
        }
        for phase in &mut self.phases {
            strip_controls(&mut phase.title, false);
            strip_controls(&mut phase.question, true);
        }
        for idea in &mut self.ideas {
            strip_controls(&mut idea.text, true);
        }
        for cluster in &mut self.clusters {
            strip_controls(&mut cluster.title, false);
        }
        for round in &mut self.rounds {
            strip_controls(&mut round.title, false);
        }
        for action in &mut self.actions {
            strip_controls(&mut action.text, true);
            strip_controls(&mut action.note, true);
            if let Some(owner) = &mut action.owner {
                strip_controls(owner, false);
            }
        }
        for checkin in &mut self.checkins {
            strip_controls(&mut checkin.question, false);
        }
    }

    /// A one-line summary for `plenum check` and the start screen.
    pub fn summary(&self) -> SessionSummary {
        SessionSummary {
            phases: self.phases.len(),
            participants: self.participants.len(),
            ideas: self.ideas.len(),
            clusters: self.clusters.len(),
            rounds: self.rounds.len(),
            ballots: self.rounds.iter().map(|r| r.voters.len()).sum(),
            actions: self.actions.len(),
            open_actions: self.pending_actions().count(),
        }
    }
}

/// Counts that describe a session at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SessionSummary {
    pub phases: usize,
    pub participants: usize,
    pub ideas: usize,
    pub clusters: usize,
    pub rounds: usize,
    pub ballots: usize,
    pub actions: usize,
    pub open_actions: usize,
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}
