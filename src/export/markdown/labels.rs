//! The document's headings and labels, in English and German.

use crate::core::{ActionStatus, CheckinScale, Language};

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

pub(super) const ENGLISH: Labels = Labels {
    language: Language::En,
    date: "Date",
    method: "Method",
    facilitator: "Facilitator",
    participants: "Participants",
    anonymous_participants: "not listed (anonymous session)",
    agenda: "Agenda",
    phase: "Phase",
    question: "Guiding question",
    timebox: "Timebox",
    minutes: "min",
    ideas: "Ideas",
    unclustered: "Not clustered",
    no_ideas: "No ideas in this cluster.",
    covered_card: "covered card",
    cluster: "Cluster",
    vote: "Dot vote",
    not_revealed: "The results have not been revealed yet.",
    rank: "Rank",
    option: "Option",
    dots: "Dots",
    tie: "tie",
    actions: "Actions",
    no_actions: "No actions recorded.",
    what: "What",
    who: "Who",
    due: "Due",
    status: "Status",
    note: "Note",
    checkins: "Check-in and check-out",
    answer: "Answer",
    count: "Count",
    no_answers: "No answers yet.",
};

pub(super) const GERMAN: Labels = Labels {
    language: Language::De,
    date: "Datum",
    method: "Methode",
    facilitator: "Moderation",
    participants: "Teilnehmende",
    anonymous_participants: "nicht aufgeführt (anonyme Sitzung)",
    agenda: "Ablauf",
    phase: "Phase",
    question: "Leitfrage",
    timebox: "Zeitrahmen",
    minutes: "Min.",
    ideas: "Ideen",
    unclustered: "Nicht zugeordnet",
    no_ideas: "Keine Ideen in diesem Cluster.",
    covered_card: "verdeckte Karte",
    cluster: "Cluster",
    vote: "Punktabfrage",
    not_revealed: "Das Ergebnis wurde noch nicht aufgedeckt.",
    rank: "Platz",
    option: "Option",
    dots: "Punkte",
    tie: "gleichauf",
    actions: "Maßnahmen",
    no_actions: "Keine Maßnahmen festgehalten.",
    what: "Was",
    who: "Wer",
    due: "Bis wann",
    status: "Status",
    note: "Anmerkung",
    checkins: "Stimmungsbilder",
    answer: "Antwort",
    count: "Anzahl",
    no_answers: "Noch keine Antworten.",
};

impl Labels {
    pub(super) fn for_language(language: Language) -> &'static Labels {
        match language {
            Language::En => &ENGLISH,
            Language::De => &GERMAN,
        }
    }

    pub(super) fn covered_cards(&self, n: usize) -> String {
        match (self.language, n) {
            (Language::En, 1) => "1 covered card, not revealed yet".into(),
            (Language::En, n) => format!("{n} covered cards, not revealed yet"),
            (Language::De, 1) => "1 verdeckte Karte, noch nicht aufgedeckt".into(),
            (Language::De, n) => format!("{n} verdeckte Karten, noch nicht aufgedeckt"),
        }
    }

    pub(super) fn runoff_of(&self, title: &str) -> String {
        match self.language {
            Language::En => format!("Run-off of “{title}”."),
            Language::De => format!("Stichwahl zu „{title}“."),
        }
    }

    pub(super) fn round_facts(&self, voters: usize, dots: u32, max_per_option: u32) -> String {
        match self.language {
            Language::En => format!(
                "{} voted, {dots} {} each, at most {max_per_option} per option.",
                plural(voters, "person", "people"),
                if dots == 1 { "dot" } else { "dots" }
            ),
            Language::De => format!(
                "{} abgestimmt, je {dots} {}, höchstens {max_per_option} pro Option.",
                match voters {
                    1 => "1 Person hat".to_string(),
                    n => format!("{n} Personen haben"),
                },
                if dots == 1 { "Punkt" } else { "Punkte" }
            ),
        }
    }

    pub(super) fn status_name(&self, status: ActionStatus) -> &'static str {
        match (self.language, status) {
            (Language::En, ActionStatus::Open) => "open",
            (Language::En, ActionStatus::Doing) => "in progress",
            (Language::En, ActionStatus::Done) => "done",
            (Language::En, ActionStatus::Dropped) => "dropped",
            (Language::De, ActionStatus::Open) => "offen",
            (Language::De, ActionStatus::Doing) => "in Arbeit",
            (Language::De, ActionStatus::Done) => "erledigt",
            (Language::De, ActionStatus::Dropped) => "verworfen",
        }
    }

    pub(super) fn scale(&self, scale: CheckinScale, low: u32, high: u32) -> String {
        let name = match (self.language, scale) {
            (Language::En, CheckinScale::Mood) => "mood",
            (Language::En, CheckinScale::Roti) => "return on time invested",
            (Language::De, CheckinScale::Mood) => "Stimmung",
            (Language::De, CheckinScale::Roti) => "Nutzen der investierten Zeit",
            (_, CheckinScale::FistOfFive) => "Fist of Five",
        };
        match self.language {
            Language::En => format!("Scale: {name}, {low} to {high}."),
            Language::De => format!("Skala: {name}, {low} bis {high}."),
        }
    }

    pub(super) fn checkin_not_revealed(&self, answers: u32) -> String {
        match self.language {
            Language::En => format!(
                "The results have not been revealed yet ({}).",
                plural(answers as usize, "answer", "answers")
            ),
            Language::De => format!(
                "Das Ergebnis wurde noch nicht aufgedeckt ({} {}).",
                answers,
                if answers == 1 { "Antwort" } else { "Antworten" }
            ),
        }
    }

    pub(super) fn mean(&self, mean: f64, answers: u32) -> String {
        match self.language {
            Language::En => format!(
                "Mean {mean:.1} from {}.",
                plural(answers as usize, "answer", "answers")
            ),
            Language::De => format!(
                "Durchschnitt {} aus {} {}.",
                format!("{mean:.1}").replace('.', ","),
                answers,
                if answers == 1 { "Antwort" } else { "Antworten" }
            ),
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
