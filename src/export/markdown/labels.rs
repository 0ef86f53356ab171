//! The document's headings and labels in one language, from the catalogue.

use crate::core::{ActionStatus, CheckinScale, Language};
use crate::i18n::{Msg, count, fill, tr};

/// Headings and labels of the document in one language.
pub(super) struct Labels {
    pub(super) language: Language,
    pub(super) date: &'static str,
    pub(super) method: &'static str,
    pub(super) facilitator: &'static str,
    pub(super) participants: &'static str,
    pub(super) anonymous_participants: &'static str,
    pub(super) agenda: &'static str,
    pub(super) phase: &'static str,
    pub(super) question: &'static str,
    pub(super) timebox: &'static str,
    pub(super) minutes: &'static str,
    pub(super) ideas: &'static str,
    pub(super) unclustered: &'static str,
    pub(super) no_ideas: &'static str,
    pub(super) covered_card: &'static str,
    pub(super) cluster: &'static str,
    pub(super) vote: &'static str,
    pub(super) not_revealed: &'static str,
    pub(super) rank: &'static str,
    pub(super) option: &'static str,
    pub(super) dots: &'static str,
    pub(super) tie: &'static str,
    pub(super) actions: &'static str,
    pub(super) no_actions: &'static str,
    pub(super) what: &'static str,
    pub(super) who: &'static str,
    pub(super) due: &'static str,
    pub(super) status: &'static str,
    pub(super) note: &'static str,
    pub(super) checkins: &'static str,
    pub(super) answer: &'static str,
    pub(super) count: &'static str,
    pub(super) no_answers: &'static str,
}

impl Labels {
    pub(super) fn for_language(language: Language) -> Labels {
        let t = |msg| tr(language, msg);
        Labels {
            language,
            date: t(Msg::ExportDate),
            method: t(Msg::ExportMethod),
            facilitator: t(Msg::ExportFacilitator),
            participants: t(Msg::ExportParticipants),
            anonymous_participants: t(Msg::ExportAnonymousParticipants),
            agenda: t(Msg::ExportAgenda),
            phase: t(Msg::ExportPhase),
            question: t(Msg::ExportQuestion),
            timebox: t(Msg::ExportTimebox),
            minutes: t(Msg::ExportMinutes),
            ideas: t(Msg::ExportIdeas),
            unclustered: t(Msg::ExportUnclustered),
            no_ideas: t(Msg::ExportNoIdeas),
            covered_card: t(Msg::ExportCoveredCard),
            cluster: t(Msg::ExportCluster),
            vote: t(Msg::ExportVote),
            not_revealed: t(Msg::ExportNotRevealed),
            rank: t(Msg::ExportRank),
            option: t(Msg::ExportOption),
            dots: t(Msg::ExportDots),
            tie: t(Msg::ExportTie),
            actions: t(Msg::ExportActions),
            no_actions: t(Msg::ExportNoActions),
            what: t(Msg::ExportWhat),
            who: t(Msg::ExportWho),
            due: t(Msg::ExportDue),
            status: t(Msg::ExportStatus),
            note: t(Msg::ExportNote),
            checkins: t(Msg::ExportCheckins),
            answer: t(Msg::ExportAnswer),
            count: t(Msg::ExportCount),
            no_answers: t(Msg::ExportNoAnswers),
        }
    }

    pub(super) fn covered_cards(&self, n: usize) -> String {
        count(self.language, n, Msg::ExportCoveredCards)
    }

    pub(super) fn runoff_of(&self, title: &str) -> String {
        fill(self.language, Msg::ExportRunoffOf, &[("title", &title)])
    }

    pub(super) fn round_facts(&self, voters: usize, dots: u32, max_per_option: u32) -> String {
        let voters = count(self.language, voters, Msg::ExportVoters);
        let dots = count(self.language, dots as usize, Msg::ExportDotsEach);
        fill(
            self.language,
            Msg::ExportRoundFacts,
            &[("voters", &voters), ("dots", &dots), ("max", &max_per_option)],
        )
    }

    pub(super) fn status_name(&self, status: ActionStatus) -> &'static str {
        let msg = match status {
            ActionStatus::Open => Msg::ExportStatusOpen,
            ActionStatus::Doing => Msg::ExportStatusDoing,
            ActionStatus::Done => Msg::ExportStatusDone,
            ActionStatus::Dropped => Msg::ExportStatusDropped,
        };
        tr(self.language, msg)
    }

    pub(super) fn scale(&self, scale: CheckinScale, low: u32, high: u32) -> String {
        let name = match scale {
            CheckinScale::Mood => Msg::ExportScaleMood,
            CheckinScale::Roti => Msg::ExportScaleRoti,
            CheckinScale::FistOfFive => Msg::ExportScaleFistOfFive,
        };
        fill(
            self.language,
            Msg::ExportScale,
            &[("name", &tr(self.language, name)), ("low", &low), ("high", &high)],
        )
    }

    pub(super) fn checkin_not_revealed(&self, answers: u32) -> String {
        let answers = count(self.language, answers as usize, Msg::ExportAnswers);
        fill(
            self.language,
            Msg::ExportCheckinNotRevealed,
            &[("answers", &answers)],
        )
    }

    pub(super) fn mean(&self, mean: f64, answers: u32) -> String {
        let mean = match self.language {
            Language::En => format!("{mean:.1}"),
            Language::De => format!("{mean:.1}").replace('.', ","),
        };
        let answers = count(self.language, answers as usize, Msg::ExportAnswers);
        fill(
            self.language,
            Msg::ExportMean,
            &[("mean", &mean), ("answers", &answers)],
        )
    }
}
