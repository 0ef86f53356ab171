//! Markdown export (CommonMark with GitHub tables) for minutes, wikis and intranets.
//!
//! The document follows the session: title and facts, the agenda, one section
//! per phase (guiding question, ideas grouped by cluster in the group's order
//! with unclustered ideas last, voting rounds ranked), the action table and
//! the check-in results. Headings and labels follow the session's language.
//!
//! Everything a participant typed goes through [`escape`], so no input can
//! break a table, start a heading or list, inject HTML or run into the next
//! line. The document contains no HTML at all.
//!
//! Dates are calendar dates in UTC, so the export of a file is the same on
//! every machine.
//!
//! Hidden cards (silent brainwriting before the reveal) are exported covered:
//! only their number is shown, never their text, just as on the board. The
//! same goes for results: a voting round or check-in that was not revealed
//! shows how many took part, not the counts.

pub mod escape;

use crate::core::voting::ranking;
use crate::core::{
    ActionStatus, CheckinRound, CheckinScale, Idea, Language, MethodTemplate, Phase, RoundStatus, Session,
    VoteOption, VoteRound,
};
use jiff::civil::Date;
use std::fmt::Write;

/// The session as a Markdown document, in the session's language.
pub fn to_markdown(session: &Session) -> String {
    let labels = Labels::for_language(session.language);
    let mut doc = Document::default();
    write_header(&mut doc, session, labels);
    write_agenda(&mut doc, session, labels);
    for (index, phase) in session.phases.iter().enumerate() {
        write_phase(&mut doc, session, labels, index, phase);
    }
    write_actions(&mut doc, session, labels);
    write_checkins(&mut doc, session, labels);
    doc.finish()
}

/// Blocks separated by exactly one blank line.
#[derive(Default)]
struct Document {
    text: String,
}

impl Document {
    fn block(&mut self, block: impl AsRef<str>) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text.push_str(block.as_ref().trim_end_matches('\n'));
        self.text.push('\n');
    }

    fn heading(&mut self, level: usize, text: &str) {
        self.block(format!("{} {text}", "#".repeat(level)));
    }

    fn finish(self) -> String {
        self.text
    }
}

fn write_header(doc: &mut Document, session: &Session, labels: &Labels) {
    doc.heading(1, &escape::single_line(&session.title));
    let language = session.language;
    let mut facts = vec![
        fact(
            labels.date,
            &format_date(
                session.created.to_zoned_datetime(jiff::tz::TimeZone::UTC).date(),
                language,
            ),
        ),
        fact(labels.method, &escape::single_line(&method_name(session))),
    ];
    if let Some(facilitator) = &session.facilitator {
        facts.push(fact(labels.facilitator, &escape::single_line(facilitator)));
    }
    if session.anonymous {
        facts.push(fact(labels.participants, labels.anonymous_participants));
    } else if !session.participants.is_empty() {
        let names: Vec<String> = session
            .participants
            .iter()
            .map(|p| escape::single_line(&p.name))
            .collect();
        facts.push(fact(labels.participants, &names.join(", ")));
    }
    doc.block(facts.join("\n"));
}

/// A list item `- **Label:** value`; `value` is already escaped.
fn fact(label: &str, value: &str) -> String {
    format!("- **{label}:** {value}")
}

/// The template's name in the session's language, or the method id when the
/// template is not built in.
fn method_name(session: &Session) -> String {
    MethodTemplate::built_in_by_id(&session.method)
        .map(|t| t.name.get(session.language).to_string())
        .unwrap_or_else(|| session.method.clone())
}

fn write_agenda(doc: &mut Document, session: &Session, labels: &Labels) {
    if session.phases.is_empty() {
        return;
    }
    doc.heading(2, labels.agenda);
    let mut table = Table::new(&[
        ("#", Align::Right),
        (labels.phase, Align::Left),
        (labels.question, Align::Left),
        (labels.timebox, Align::Right),
    ]);
    for (index, phase) in session.phases.iter().enumerate() {
        table.row(vec![
            (index + 1).to_string(),
            escape::table_cell(&phase.title),
            escape::table_cell(&phase.question),
            format!("{} {}", phase.timebox_minutes, labels.minutes),
        ]);
    }
    doc.block(table.render());
}

fn write_phase(doc: &mut Document, session: &Session, labels: &Labels, index: usize, phase: &Phase) {
    doc.heading(
        2,
        &format!("{}. {}", index + 1, escape::single_line(&phase.title)),
    );
    let question = escape::block_lines(&phase.question);
    if !question.is_empty() {
        doc.block(format!("> {}", escape::join_hard_breaks(&question, "> ")));
    }
    write_ideas(doc, session, labels, phase);
    for round in session.rounds_in(phase.id) {
        write_round(doc, session, labels, round);
    }
}

fn write_ideas(doc: &mut Document, session: &Session, labels: &Labels, phase: &Phase) {
    if session.ideas_in(phase.id).next().is_none() {
        return;
    }
    doc.heading(3, labels.ideas);
    let clusters: Vec<_> = session.clusters_in(phase.id).collect();
    for cluster in &clusters {
        doc.heading(4, &escape::single_line(&cluster.title));
        let ideas: Vec<&Idea> = session.ideas_of_cluster(cluster.id).collect();
        if ideas.is_empty() {
            doc.block(format!("*{}*", labels.no_ideas));
        } else {
            doc.block(idea_list(session, labels, &ideas));
        }
    }
    let unclustered: Vec<&Idea> = session
        .ideas_in(phase.id)
        .filter(|i| i.cluster.is_none())
        .collect();
    if unclustered.is_empty() {
        return;
    }
    if !clusters.is_empty() {
        doc.heading(4, labels.unclustered);
    }
    doc.block(idea_list(session, labels, &unclustered));
}

/// A bullet list of the visible ideas, then one line for the covered cards.
fn idea_list(session: &Session, labels: &Labels, ideas: &[&Idea]) -> String {
    let mut items: Vec<String> = ideas
        .iter()
        .filter(|idea| !idea.hidden)
        .map(|idea| idea_item(session, idea))
        .collect();
    let hidden = ideas.iter().filter(|idea| idea.hidden).count();
    if hidden > 0 {
        items.push(format!("- *{}*", labels.covered_cards(hidden)));
    }
    items.join("\n")
}

fn idea_item(session: &Session, idea: &Idea) -> String {
    let lines = escape::block_lines(&idea.text);
    let mut item = format!("- {}", escape::join_hard_breaks(&lines, "  "));
    let authors: Vec<String> = idea
        .authors
        .iter()
        .filter(|_| !session.anonymous)
        .filter_map(|id| session.participant_name(*id))
        .map(escape::single_line)
        .collect();
    if !authors.is_empty() {
        let _ = write!(item, " — *{}*", authors.join(", "));
    }
    item
}

fn write_round(doc: &mut Document, session: &Session, labels: &Labels, round: &VoteRound) {
    doc.heading(
        3,
        &format!("{}: {}", labels.vote, escape::single_line(&round.title)),
    );
    let mut facts = Vec::new();
    if let Some(original) = round.runoff_of.and_then(|id| session.round(id)) {
        facts.push(labels.runoff_of(&escape::single_line(&original.title)));
    }
    facts.push(labels.round_facts(round.voters.len(), round.dots_per_voter, round.max_per_option));
    if round.status != RoundStatus::Revealed {
        facts.push(labels.not_revealed.to_string());
        doc.block(facts.join(" "));
        return;
    }
    doc.block(facts.join(" "));
    let mut table = Table::new(&[
        (labels.rank, Align::Right),
        (labels.option, Align::Left),
        (labels.dots, Align::Right),
    ]);
    for ranked in ranking(round) {
        let rank = if ranked.tied {
            format!("{} ({})", ranked.rank, labels.tie)
        } else {
            ranked.rank.to_string()
        };
        table.row(vec![
            rank,
            option_label(session, labels, ranked.option),
            ranked.dots.to_string(),
        ]);
    }
    doc.block(table.render());
}

/// The escaped label of a vote option; a covered card keeps its secret.
fn option_label(session: &Session, labels: &Labels, option: VoteOption) -> String {
    match option {
        VoteOption::Idea(id) => match session.idea(id) {
            Some(idea) if idea.hidden => format!("*{}*", labels.covered_card),
            Some(idea) => escape::table_cell(&idea.text),
            None => String::new(),
        },
        VoteOption::Cluster(id) => session
            .cluster(id)
            .map(|c| format!("{}: {}", labels.cluster, escape::table_cell(&c.title)))
            .unwrap_or_default(),
    }
}

fn write_actions(doc: &mut Document, session: &Session, labels: &Labels) {
    doc.heading(2, labels.actions);
    if session.actions.is_empty() {
        doc.block(format!("*{}*", labels.no_actions));
        return;
    }
    let with_notes = session.actions.iter().any(|a| !a.note.trim().is_empty());
    let mut columns = vec![
        (labels.what, Align::Left),
        (labels.who, Align::Left),
        (labels.due, Align::Left),
        (labels.status, Align::Left),
    ];
    if with_notes {
        columns.push((labels.note, Align::Left));
    }
    let mut table = Table::new(&columns);
    for action in &session.actions {
        let mut row = vec![
            escape::table_cell(&action.text),
            action
                .owner
                .as_deref()
                .map(escape::table_cell)
                .unwrap_or_default(),
            action
                .due
                .map(|due| format_date(due, session.language))
                .unwrap_or_default(),
            labels.status_name(action.status).to_string(),
        ];
        if with_notes {
            row.push(escape::table_cell(&action.note));
        }
        table.row(row);
    }
    doc.block(table.render());
}

fn write_checkins(doc: &mut Document, session: &Session, labels: &Labels) {
    if session.checkins.is_empty() {
        return;
    }
    doc.heading(2, labels.checkins);
    for checkin in &session.checkins {
        write_checkin(doc, session, labels, checkin);
    }
}

fn write_checkin(doc: &mut Document, session: &Session, labels: &Labels, checkin: &CheckinRound) {
    doc.heading(3, &escape::single_line(&checkin.question));
    let (low, high) = checkin.scale.range();
    let mut facts = vec![labels.scale(checkin.scale, low, high)];
    if let Some(phase) = checkin.phase.and_then(|id| session.phase(id)) {
        facts.push(format!(
            "{}: {}.",
            labels.phase,
            escape::single_line(&phase.title)
        ));
    }
    let total = checkin.total();
    if !checkin.revealed {
        facts.push(labels.checkin_not_revealed(total));
        doc.block(facts.join(" "));
        return;
    }
    if let Some(mean) = checkin.mean() {
        facts.push(labels.mean(mean, total));
    } else {
        facts.push(labels.no_answers.to_string());
    }
    doc.block(facts.join(" "));
    let mut table = Table::new(&[(labels.answer, Align::Right), (labels.count, Align::Right)]);
    for (offset, count) in checkin.counts.iter().enumerate() {
        table.row(vec![
            (u64::from(low) + offset as u64).to_string(),
            count.to_string(),
        ]);
    }
    doc.block(table.render());
}

/// ISO dates in English, `31.12.2026` in German.
fn format_date(date: Date, language: Language) -> String {
    match language {
        Language::En => date.to_string(),
        Language::De => format!("{:02}.{:02}.{:04}", date.day(), date.month(), date.year()),
    }
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

/// A GitHub table; cells must already be escaped.
struct Table {
    header: Vec<String>,
    align: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(columns: &[(&str, Align)]) -> Table {
        Table {
            header: columns.iter().map(|(name, _)| name.to_string()).collect(),
            align: columns.iter().map(|(_, align)| *align).collect(),
            rows: Vec::new(),
        }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    fn render(&self) -> String {
        let line = |cells: &[String]| format!("| {} |", cells.join(" | "));
        let delimiter: Vec<String> = self
            .align
            .iter()
            .map(|align| match align {
                Align::Left => "---".to_string(),
                Align::Right => "---:".to_string(),
            })
            .collect();
        let mut out = vec![line(&self.header), line(&delimiter)];
        out.extend(self.rows.iter().map(|row| line(row)));
        out.join("\n")
    }
}

/// Headings and labels of the document in one language.
struct Labels {
    language: Language,
    date: &'static str,
    method: &'static str,
    facilitator: &'static str,
    participants: &'static str,
    anonymous_participants: &'static str,
    agenda: &'static str,
    phase: &'static str,
    question: &'static str,
    timebox: &'static str,
    minutes: &'static str,
    ideas: &'static str,
    unclustered: &'static str,
    no_ideas: &'static str,
    covered_card: &'static str,
    cluster: &'static str,
    vote: &'static str,
    not_revealed: &'static str,
    rank: &'static str,
    option: &'static str,
    dots: &'static str,
    tie: &'static str,
    actions: &'static str,
    no_actions: &'static str,
    what: &'static str,
    who: &'static str,
    due: &'static str,
    status: &'static str,
    note: &'static str,
    checkins: &'static str,
    answer: &'static str,
    count: &'static str,
    no_answers: &'static str,
}

const ENGLISH: Labels = Labels {
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

const GERMAN: Labels = Labels {
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
    fn for_language(language: Language) -> &'static Labels {
        match language {
            Language::En => &ENGLISH,
            Language::De => &GERMAN,
        }
    }

    fn covered_cards(&self, n: usize) -> String {
        match (self.language, n) {
            (Language::En, 1) => "1 covered card, not revealed yet".into(),
            (Language::En, n) => format!("{n} covered cards, not revealed yet"),
            (Language::De, 1) => "1 verdeckte Karte, noch nicht aufgedeckt".into(),
            (Language::De, n) => format!("{n} verdeckte Karten, noch nicht aufgedeckt"),
        }
    }

    fn runoff_of(&self, title: &str) -> String {
        match self.language {
            Language::En => format!("Run-off of “{title}”."),
            Language::De => format!("Stichwahl zu „{title}“."),
        }
    }

    fn round_facts(&self, voters: usize, dots: u32, max_per_option: u32) -> String {
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

    fn status_name(&self, status: ActionStatus) -> &'static str {
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

    fn scale(&self, scale: CheckinScale, low: u32, high: u32) -> String {
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

    fn checkin_not_revealed(&self, answers: u32) -> String {
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

    fn mean(&self, mean: f64, answers: u32) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Command, NewSession};
    use jiff::Timestamp;

    fn session(language: Language) -> Session {
        let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
        let options = NewSession {
            title: Some("Mobiles Arbeiten".into()),
            language,
            participants: vec!["Anna".into(), "Ben".into()],
            ..NewSession::default()
        };
        template.instantiate(options, Timestamp::UNIX_EPOCH)
    }

    #[test]
    fn german_session_gets_german_headings_and_dates() {
        let md = to_markdown(&session(Language::De));
        for expected in [
            "# Mobiles Arbeiten",
            "- **Datum:** 01.01.1970",
            "- **Methode:** Zukunftswerkstatt",
            "- **Teilnehmende:** Anna, Ben",
            "## Ablauf",
            "## 2. Kritikphase",
            "## 3. Phantasiephase",
            "## 4. Verwirklichungsphase",
            "## Maßnahmen",
            "| 2 | Kritikphase | Was stört uns? Was läuft heute nicht gut? | 45 Min. |",
        ] {
            assert!(md.contains(expected), "missing {expected:?} in\n{md}");
        }
    }

    #[test]
    fn english_session_gets_english_headings() {
        let md = to_markdown(&session(Language::En));
        assert!(md.contains("## Agenda"), "{md}");
        assert!(md.contains("## 2. Critique phase"), "{md}");
        assert!(md.contains("- **Date:** 1970-01-01"), "{md}");
    }

    #[test]
    fn anonymous_session_names_nobody() {
        let mut s = session(Language::De);
        s.participants.clear();
        s.apply(Command::SetAnonymous(true)).expect("no authors yet");
        let md = to_markdown(&s);
        assert!(
            md.contains("- **Teilnehmende:** nicht aufgeführt (anonyme Sitzung)"),
            "{md}"
        );
        assert!(!md.contains("Anna"), "{md}");
    }

    #[test]
    fn hidden_ideas_are_exported_covered() {
        let mut s = session(Language::En);
        let phase = s.phases[1].id;
        for (n, hidden) in [(1, false), (2, true), (3, true)] {
            let idea = Idea {
                id: crate::core::IdeaId::from_u128(n),
                phase,
                text: format!("secret {n}"),
                authors: vec![],
                cluster: None,
                hidden,
            };
            s.apply(Command::AddIdea { idea, index: 9 }).expect("valid idea");
        }
        let md = to_markdown(&s);
        assert!(md.contains("- secret 1"), "{md}");
        assert!(!md.contains("secret 2") && !md.contains("secret 3"), "{md}");
        assert!(md.contains("2 covered cards, not revealed yet"), "{md}");
    }

    #[test]
    fn german_mean_uses_a_decimal_comma() {
        assert_eq!(GERMAN.mean(3.75, 4), "Durchschnitt 3,8 aus 4 Antworten.");
        assert_eq!(ENGLISH.mean(3.75, 1), "Mean 3.8 from 1 answer.");
    }
}
