//! Markdown export (CommonMark with GitHub tables) for minutes, wikis and intranets.
//!
//! The document follows the session: title and facts, the agenda, one section
//! per phase (guiding question, ideas grouped by cluster in the group's order
//! with unclustered ideas last, voting rounds ranked), the action table and
//! the check-in results. Headings and labels follow the session's language
//! unless the caller picks another one ([`MarkdownOptions`]).
//!
//! The document is rendered from the published session
//! ([`crate::core::public`]) only: covered cards appear as a count, a round or
//! check-in that was not revealed shows how many took part, not the counts.
//!
//! Everything a participant typed goes through [`escape`], so no input can
//! break a table, start a heading or list, inject HTML or run into the next
//! line. The document contains no HTML at all.
//!
//! Dates are calendar dates in UTC, so the export of a file is the same on
//! every machine.
//!
//! With [`MarkdownOptions::front_matter`] the document starts with a YAML
//! metadata block holding only `lang: de` (or `en`): pandoc then tags the
//! document's language (`pandoc minutes.md -o minutes.docx`), and GitHub and
//! GitLab show it as a small table. It is off by default because wikis and
//! intranet editors that do not know front matter show it as text.

pub mod escape;
mod labels;

use crate::core::public::{
    ItemKind, PublicCheckin, PublicIdea, PublicOption, PublicPhase, PublicRound, PublicSession, published,
};
use crate::core::{Language, MethodTemplate, PhaseId, Session};
use jiff::civil::Date;
use labels::Labels;
use std::fmt::Write;

/// How to write the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkdownOptions {
    /// The language of headings, labels and dates.
    pub language: Language,
    /// Start with a YAML metadata block naming the language (for pandoc).
    pub front_matter: bool,
}

impl MarkdownOptions {
    /// The session's own language, no front matter.
    pub fn for_session(session: &Session) -> MarkdownOptions {
        MarkdownOptions {
            language: session.language,
            front_matter: false,
        }
    }
}

/// The session as a Markdown document, in the session's language.
pub fn to_markdown(session: &Session) -> String {
    render(&published(session), &MarkdownOptions::for_session(session))
}

/// The published session as a Markdown document.
pub fn render(session: &PublicSession, options: &MarkdownOptions) -> String {
    let labels = Labels::for_language(options.language);
    let mut doc = Document::default();
    if options.front_matter {
        doc.block(format!("---\nlang: {}\n---", options.language.code()));
    }
    write_header(&mut doc, session, labels);
    write_agenda(&mut doc, session, labels);
    for phase in &session.phases {
        write_phase(&mut doc, session, labels, phase);
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

fn write_header(doc: &mut Document, session: &PublicSession, labels: &Labels) {
    doc.heading(1, &escape::single_line(&session.title));
    let language = labels.language;
    let mut facts = vec![
        fact(
            labels.date,
            &format_date(
                session.created.to_zoned_datetime(jiff::tz::TimeZone::UTC).date(),
                language,
            ),
        ),
        fact(
            labels.method,
            &escape::single_line(&method_name(session, language)),
        ),
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

/// The template's name in the document's language, or the method id when
/// the template is not built in.
fn method_name(session: &PublicSession, language: Language) -> String {
    MethodTemplate::built_in_by_id(&session.method)
        .map(|t| t.name.get(language).to_string())
        .unwrap_or_else(|| session.method.clone())
}

fn write_agenda(doc: &mut Document, session: &PublicSession, labels: &Labels) {
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
    for phase in &session.phases {
        table.row(vec![
            phase.number.to_string(),
            escape::table_cell(&phase.title),
            escape::table_cell(&phase.question),
            format!("{} {}", phase.timebox_minutes, labels.minutes),
        ]);
    }
    doc.block(table.render());
}

fn write_phase(doc: &mut Document, session: &PublicSession, labels: &Labels, phase: &PublicPhase) {
    doc.heading(
        2,
        &format!("{}. {}", phase.number, escape::single_line(&phase.title)),
    );
    let question = escape::block_lines(&phase.question);
    if !question.is_empty() {
        doc.block(format!("> {}", escape::join_hard_breaks(&question, "> ")));
    }
    write_ideas(doc, session, labels, phase);
    for round in session.rounds.iter().filter(|r| r.phase == phase.id) {
        write_round(doc, session, labels, round);
    }
}

fn ideas_in(session: &PublicSession, phase: PhaseId) -> impl Iterator<Item = &PublicIdea> {
    session.ideas.iter().filter(move |i| i.phase == phase)
}

fn write_ideas(doc: &mut Document, session: &PublicSession, labels: &Labels, phase: &PublicPhase) {
    if ideas_in(session, phase.id).next().is_none() && phase.covered_cards == 0 {
        return;
    }
    doc.heading(3, labels.ideas);
    let clusters: Vec<_> = session.clusters.iter().filter(|c| c.phase == phase.id).collect();
    for cluster in &clusters {
        doc.heading(4, &escape::single_line(&cluster.title));
        let ideas: Vec<&PublicIdea> = ideas_in(session, phase.id)
            .filter(|i| i.cluster == Some(cluster.id))
            .collect();
        if ideas.is_empty() {
            doc.block(format!("*{}*", labels.no_ideas));
        } else {
            doc.block(idea_list(&ideas));
        }
    }
    let unclustered: Vec<&PublicIdea> = ideas_in(session, phase.id)
        .filter(|i| i.cluster.is_none())
        .collect();
    let covered =
        (phase.covered_cards > 0).then(|| format!("- *{}*", labels.covered_cards(phase.covered_cards)));
    if unclustered.is_empty() && covered.is_none() {
        return;
    }
    if !clusters.is_empty() {
        doc.heading(4, labels.unclustered);
    }
    let mut list = idea_list(&unclustered);
    if let Some(covered) = covered {
        if !list.is_empty() {
            list.push('\n');
        }
        list.push_str(&covered);
    }
    doc.block(list);
}

/// A bullet list of ideas.
fn idea_list(ideas: &[&PublicIdea]) -> String {
    let items: Vec<String> = ideas.iter().map(|idea| idea_item(idea)).collect();
    items.join("\n")
}

fn idea_item(idea: &PublicIdea) -> String {
    let lines = escape::block_lines(&idea.text);
    let mut item = format!("- {}", escape::join_hard_breaks(&lines, "  "));
    let authors: Vec<String> = idea.authors.iter().map(|a| escape::single_line(a)).collect();
    if !authors.is_empty() {
        let _ = write!(item, " — *{}*", authors.join(", "));
    }
    item
}

fn write_round(doc: &mut Document, session: &PublicSession, labels: &Labels, round: &PublicRound) {
    doc.heading(
        3,
        &format!("{}: {}", labels.vote, escape::single_line(&round.title)),
    );
    let mut facts = Vec::new();
    if let Some(original) = round
        .runoff_of
        .and_then(|id| session.rounds.iter().find(|r| r.id == id))
    {
        facts.push(labels.runoff_of(&escape::single_line(&original.title)));
    }
    facts.push(labels.round_facts(round.voter_count, round.dots_per_voter, round.max_per_option));
    let Some(result) = &round.result else {
        facts.push(labels.not_revealed.to_string());
        doc.block(facts.join(" "));
        return;
    };
    doc.block(facts.join(" "));
    let mut table = Table::new(&[
        (labels.rank, Align::Right),
        (labels.option, Align::Left),
        (labels.dots, Align::Right),
    ]);
    for ranked in &result.ranking {
        let rank = if ranked.tied {
            format!("{} ({})", ranked.rank, labels.tie)
        } else {
            ranked.rank.to_string()
        };
        table.row(vec![
            rank,
            option_label(labels, &ranked.option),
            ranked.dots.to_string(),
        ]);
    }
    doc.block(table.render());
}

/// The escaped label of a vote option; a covered card keeps its secret.
fn option_label(labels: &Labels, option: &PublicOption) -> String {
    match (option.kind, &option.label) {
        (ItemKind::Cluster, Some(title)) => format!("{}: {}", labels.cluster, escape::table_cell(title)),
        (_, Some(text)) => escape::table_cell(text),
        (ItemKind::Idea, None) => format!("*{}*", labels.covered_card),
        (_, None) => String::new(),
    }
}

fn write_actions(doc: &mut Document, session: &PublicSession, labels: &Labels) {
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
                .map(|due| format_date(due, labels.language))
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

fn write_checkins(doc: &mut Document, session: &PublicSession, labels: &Labels) {
    if session.checkins.is_empty() {
        return;
    }
    doc.heading(2, labels.checkins);
    for checkin in &session.checkins {
        write_checkin(doc, session, labels, checkin);
    }
}

fn write_checkin(doc: &mut Document, session: &PublicSession, labels: &Labels, checkin: &PublicCheckin) {
    doc.heading(3, &escape::single_line(&checkin.question));
    let (low, high) = checkin.scale.range();
    let mut facts = vec![labels.scale(checkin.scale, low, high)];
    if let Some(phase) = checkin
        .phase
        .and_then(|id| session.phases.iter().find(|p| p.id == id))
    {
        facts.push(format!(
            "{}: {}.",
            labels.phase,
            escape::single_line(&phase.title)
        ));
    }
    let total = checkin.answers;
    let Some(result) = &checkin.result else {
        facts.push(labels.checkin_not_revealed(total));
        doc.block(facts.join(" "));
        return;
    };
    if let Some(mean) = result.mean {
        facts.push(labels.mean(mean, total));
    } else {
        facts.push(labels.no_answers.to_string());
    }
    doc.block(facts.join(" "));
    let mut table = Table::new(&[(labels.answer, Align::Right), (labels.count, Align::Right)]);
    for answer in &result.distribution {
        table.row(vec![answer.answer.to_string(), answer.count.to_string()]);
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

#[cfg(test)]
mod tests {
    use super::labels::{ENGLISH, GERMAN};
    use super::*;
    use crate::core::{Command, Idea, NewSession};
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
