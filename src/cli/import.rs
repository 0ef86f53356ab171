//! `plenum import`: ideas collected beforehand, from a text or CSV file, into
//! one phase of a session.
//!
//! All or nothing: the ideas are applied as one `Command::Batch` (one undo
//! step), and if any line is refused the session is left untouched and every
//! refused line is named, so the facilitator fixes the file and runs the same
//! command again without getting duplicates.

use super::{CliError, CliResult, GlobalOptions, shown};
use crate::core::text::clean_line;
use crate::core::{Colour, Command, Idea, IdeaId, Language, Participant, ParticipantId, PhaseId, Session};
use crate::i18n::describe_refusal;
use crate::store::SessionFile;
use clap::Args;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// At most this many refused lines are listed; the rest are counted.
const MAX_LISTED_PROBLEMS: usize = 20;

/// Header names taken for the idea column and the author column (any case).
/// Only `text` marks the idea column: a plain list whose first idea is
/// "Idee" must not be mistaken for a CSV header.
const TEXT_HEADERS: [&str; 1] = ["text"];
const AUTHOR_HEADERS: [&str; 3] = ["author", "autor", "autorin"];

#[derive(Debug, Args)]
#[command(after_help = "\
IDEAS is a text file, one idea a line: blank lines are skipped, a leading bullet \
such as \"- \" or \"* \" is dropped.

Or a CSV file, recognised by the .csv extension or by a first line that names only \
the columns `text` and `author`: column `text` is required, `author` (or `Autor`) \
is optional; commas, semicolons and tabs all work as separators. Authors are \
matched to participants by name; unknown names are added as participants. In an \
anonymous session authors are not stored.

Either every idea is imported or none: refused lines are named with their line \
numbers, and the session stays as it was.")]
pub struct ImportArgs {
    /// The session file to add the ideas to.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The phase: its number in the agenda (1 is the first), its id or its title.
    #[arg(long, value_name = "N|PHASE_ID")]
    pub phase: String,
    /// The ideas: a text or CSV file, or `-` for standard input.
    #[arg(value_name = "IDEAS")]
    pub ideas: PathBuf,
}

/// One idea read from the input, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub line: u64,
    pub text: String,
    pub author: Option<String>,
}

/// A line of the input that cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    pub line: u64,
    pub message: String,
}

pub fn run(global: &GlobalOptions, args: ImportArgs) -> CliResult {
    let source = shown(&args.ideas);
    let text = read_input(&args.ideas)?;
    let entries = parse_ideas(&text, is_csv_name(&args.ideas))
        .map_err(|problems| report_problems(&source, &problems))?;
    if entries.is_empty() {
        return Err(CliError::new(format!(
            "{source}: no ideas found (the file is empty or holds only blank lines); nothing imported"
        )));
    }

    let (mut file, mut session) = SessionFile::open(&args.file)?;
    let phase = find_phase(&session, &args.phase)?;
    let plan = plan_import(&session, phase, &entries);
    if plan.dropped_authors > 0 {
        eprintln!(
            "plenum: note: the session is anonymous, so the authors of {} were not stored",
            super::check::count(plan.dropped_authors, "idea", "ideas")
        );
    }
    let new_participants = plan.new_participant_names();
    let imported = plan.steps.len();
    let lang = super::interface_language(global);
    apply_plan(&mut session, plan.steps, lang).map_err(|problems| report_problems(&source, &problems))?;
    session.updated = jiff::Timestamp::now();
    file.save(&session)?;

    let index = session.phase_index(phase).map_or(0, |i| i + 1);
    let title = session.phase(phase).map(|p| p.title.as_str()).unwrap_or_default();
    let mut message = format!(
        "added {} to phase {index} {title:?} of {}",
        super::check::count(imported, "idea", "ideas"),
        shown(&args.file)
    );
    if !new_participants.is_empty() {
        message.push_str(&format!(
            ", and {}: {}",
            super::check::count(new_participants.len(), "new participant", "new participants"),
            new_participants.join(", ")
        ));
    }
    println!("{message}");
    Ok(())
}

/// Reads the ideas file (or standard input for `-`) as UTF-8 text.
fn read_input(path: &Path) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    let result = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|error| CliError::new(format!("{}: could not read: {error}", shown(path))))?;
    decode(&bytes).map_err(|line| {
        CliError::new(format!(
            "{}:{line}: not UTF-8 text; save the file as UTF-8 (in Excel: \"CSV UTF-8\") and try again",
            shown(path)
        ))
    })
}

/// UTF-8 text without a byte-order mark; the error is the 1-based line of
/// the first invalid byte.
pub fn decode(bytes: &[u8]) -> Result<String, usize> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => Err(bytes[..error.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1),
    }
}

fn is_csv_name(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Reads the entries of a text or CSV input. `csv_by_name` is set when the
/// file name says CSV; otherwise a first line naming a `text` column does.
pub fn parse_ideas(text: &str, csv_by_name: bool) -> Result<Vec<Entry>, Vec<LineProblem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or_default();
    match header_delimiter(first_line, !csv_by_name) {
        Some(delimiter) => parse_csv(text, delimiter),
        None if csv_by_name => Err(vec![LineProblem {
            line: 1,
            message: format!(
                "a CSV file needs a first line naming the columns, with a `text` column \
                 (and optionally `author`); found {:?}",
                first_line.trim_end_matches('\r')
            ),
        }]),
        None => Ok(parse_lines(text)),
    }
}

/// The separator of a CSV header line that names a text column, if the line
/// is one. When the file name does not say CSV (`strict`), every column must
/// be one plenum knows, so that a first idea like "Text, Bild und Ton" stays
/// an idea.
fn header_delimiter(line: &str, strict: bool) -> Option<u8> {
    [b',', b';', b'\t'].into_iter().find(|&delimiter| {
        let names: Vec<String> = line
            .split(char::from(delimiter))
            .map(|name| name.trim().trim_matches('"').trim().to_lowercase())
            .collect();
        let known =
            |name: &String| TEXT_HEADERS.contains(&name.as_str()) || AUTHOR_HEADERS.contains(&name.as_str());
        names.iter().any(|name| TEXT_HEADERS.contains(&name.as_str())) && (!strict || names.iter().all(known))
    })
}

/// One idea a line; blank lines skipped, a leading bullet dropped.
fn parse_lines(text: &str) -> Vec<Entry> {
    text.split('\n')
        .enumerate()
        .filter_map(|(index, line)| {
            let line = line.strip_suffix('\r').unwrap_or(line).trim();
            let line = strip_bullet(line);
            (!clean_line(line).is_empty()).then(|| Entry {
                line: index as u64 + 1,
                text: line.to_string(),
                author: None,
            })
        })
        .collect()
}

/// `- idea`, `* idea`, `• idea`, `– idea` -> `idea`: lists pasted from
/// documents and e-mails.
fn strip_bullet(line: &str) -> &str {
    for bullet in ["- ", "* ", "• ", "– "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return rest.trim_start();
        }
    }
    line
}

fn parse_csv(text: &str, delimiter: u8) -> Result<Vec<Entry>, Vec<LineProblem>> {
    // The csv crate counts a record after CRLF as starting on the line
    // before; with plain `\n` its line numbers are the editor's.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| vec![csv_problem(1, &error)])?
        .clone();
    let column = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
    };
    let Some(text_column) = column(&TEXT_HEADERS) else {
        return Err(vec![LineProblem {
            line: 1,
            message: "no `text` column in the first line".into(),
        }]);
    };
    let author_column = column(&AUTHOR_HEADERS);
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let mut last_record_line = 1;
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line());
                problems.push(csv_problem(line, &error));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        last_record_line = line;
        let text = record.get(text_column).unwrap_or_default().trim();
        if text.is_empty() {
            continue;
        }
        let author = author_column
            .and_then(|c| record.get(c))
            .map(clean_line)
            .filter(|a| !a.is_empty());
        entries.push(Entry {
            line,
            text: text.to_string(),
            author,
        });
    }
    // The csv crate reads an unclosed quote to the end of the file without
    // complaint; every properly quoted field has an even number of quotes.
    if text.matches('"').count() % 2 == 1 {
        problems.push(LineProblem {
            line: last_record_line,
            message: "a quote (\") opened here is never closed, so the rest of the file \
                      would become one idea"
                .into(),
        });
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

fn csv_problem(line: u64, error: &csv::Error) -> LineProblem {
    LineProblem {
        line,
        message: format!("not valid CSV: {error}"),
    }
}

/// The phase named on the command line: a 1-based number, an id, or a title.
fn find_phase(session: &Session, wanted: &str) -> Result<PhaseId, CliError> {
    let wanted = wanted.trim();
    let found = if let Ok(number) = wanted.parse::<usize>() {
        number.checked_sub(1).and_then(|i| session.phases.get(i))
    } else if let Ok(id) = wanted.parse::<uuid::Uuid>() {
        session.phase(PhaseId(id))
    } else {
        let wanted = wanted.to_lowercase();
        session.phases.iter().find(|p| p.title.to_lowercase() == wanted)
    };
    if let Some(phase) = found {
        return Ok(phase.id);
    }
    if session.phases.is_empty() {
        return Err(CliError::new(
            "the session has no phases yet; add one in the app, then import into it",
        ));
    }
    let agenda: Vec<String> = session
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{} {:?} ({})", i + 1, p.title, p.id))
        .collect();
    Err(CliError::new(format!(
        "no phase {wanted:?} in this session; give a number from 1 to {}, or a phase id: {}",
        session.phases.len(),
        agenda.join(", ")
    )))
}

/// The commands an import makes, per input entry.
struct Plan {
    steps: Vec<Step>,
    dropped_authors: usize,
}

struct Step {
    line: u64,
    new_participant: Option<Participant>,
    idea: Idea,
}

impl Plan {
    fn new_participant_names(&self) -> Vec<String> {
        self.steps
            .iter()
            .filter_map(|s| s.new_participant.as_ref().map(|p| p.name.clone()))
            .collect()
    }
}

impl Step {
    /// Appends the new author (if any), then the idea.
    fn into_commands(self) -> impl Iterator<Item = Command> {
        let participant = self.new_participant.map(|participant| Command::AddParticipant {
            participant,
            index: usize::MAX,
        });
        let idea = Command::AddIdea {
            idea: self.idea,
            index: usize::MAX,
        };
        participant.into_iter().chain(std::iter::once(idea))
    }
}

/// Turns entries into ideas for `phase`, matching authors to participants
/// and adding the ones the session does not know yet.
fn plan_import(session: &Session, phase: PhaseId, entries: &[Entry]) -> Plan {
    // Participants by name, ignoring case, as `Session::participant_by_name`
    // matches them; the ones this import adds join as they are made.
    let mut by_name: HashMap<String, ParticipantId> = HashMap::with_capacity(session.participants.len());
    for participant in session.participants.iter().rev() {
        by_name.insert(participant.name.trim().to_lowercase(), participant.id);
    }
    let mut added = 0;
    let mut dropped_authors = 0;
    let mut steps = Vec::with_capacity(entries.len());
    for entry in entries {
        let mut new_participant = None;
        let mut authors = Vec::new();
        match &entry.author {
            Some(_) if session.anonymous => dropped_authors += 1,
            Some(name) => {
                let lower = name.trim().to_lowercase();
                let id = match by_name.get(&lower) {
                    Some(id) => *id,
                    None => {
                        let participant = Participant {
                            id: ParticipantId::random(),
                            name: name.clone(),
                            colour: Colour::nth(session.participants.len() + added),
                        };
                        let id = participant.id;
                        added += 1;
                        by_name.insert(lower, id);
                        new_participant = Some(participant);
                        id
                    }
                };
                authors.push(id);
            }
            None => {}
        }
        steps.push(Step {
            line: entry.line,
            new_participant,
            idea: Idea {
                id: IdeaId::random(),
                phase,
                text: entry.text.clone(),
                authors,
                cluster: None,
                hidden: false,
            },
        });
    }
    Plan {
        steps,
        dropped_authors,
    }
}

/// Applies the plan in one pass, step by step, so that every refused line is
/// named (in `lang`) by the rules of `Session::apply`. All or nothing: if any line is
/// refused, the steps already applied are undone and the session is as it
/// was.
fn apply_plan(session: &mut Session, steps: Vec<Step>, lang: Language) -> Result<(), Vec<LineProblem>> {
    let mut inverses = Vec::with_capacity(steps.len());
    let mut problems = Vec::new();
    for step in steps {
        let line = step.line;
        for command in step.into_commands() {
            match session.apply(command) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    problems.push(LineProblem {
                        line,
                        message: describe_refusal(lang, &error),
                    });
                    break;
                }
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    for inverse in inverses.into_iter().rev() {
        // The inverse of a command that was just applied always applies.
        let _ = session.apply(inverse);
    }
    Err(problems)
}

/// Prints each problem on its own line and returns the verdict.
fn report_problems(source: &str, problems: &[LineProblem]) -> CliError {
    for problem in problems.iter().take(MAX_LISTED_PROBLEMS) {
        eprintln!("plenum: {source}:{}: {}", problem.line, problem.message);
    }
    if problems.len() > MAX_LISTED_PROBLEMS {
        eprintln!(
            "plenum: {source}: ... and {} more",
            problems.len() - MAX_LISTED_PROBLEMS
        );
    }
    CliError::new(format!(
        "{source}: nothing imported; fix the {} above and run the import again",
        if problems.len() == 1 { "line" } else { "lines" }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(entries: &[Entry]) -> Vec<(u64, &str, Option<&str>)> {
        entries
            .iter()
            .map(|e| (e.line, e.text.as_str(), e.author.as_deref()))
            .collect()
    }

    #[test]
    fn text_lines_skip_blanks_and_keep_line_numbers() {
        let entries = parse_ideas(
            "\u{feff}erste\r\n\r\n  - zweite \r\n\t\nText mit Umlaut ä\n",
            false,
        )
        .expect("plain text");
        assert_eq!(
            texts(&entries),
            vec![
                (1, "erste", None),
                (3, "zweite", None),
                (5, "Text mit Umlaut ä", None)
            ]
        );
    }

    #[test]
    fn a_text_header_makes_csv_with_any_separator() {
        let comma = parse_ideas("text,author\n\"a, b\",Anna\nc,\n", false).expect("csv");
        assert_eq!(texts(&comma), vec![(2, "a, b", Some("Anna")), (3, "c", None)]);
        let semicolon = parse_ideas("Text;Autor\r\nmehr Homeoffice;Ben\r\n;\r\n", false).expect("csv");
        assert_eq!(texts(&semicolon), vec![(2, "mehr Homeoffice", Some("Ben"))]);
        let tab = parse_ideas("author\ttext\nCem\tTablets\n", false).expect("csv");
        assert_eq!(texts(&tab), vec![(2, "Tablets", Some("Cem"))]);
    }

    #[test]
    fn csv_cells_may_span_lines() {
        let entries = parse_ideas("text\n\"erste Zeile\nzweite Zeile\"\nnächste\n", false).expect("csv");
        assert_eq!(
            texts(&entries),
            vec![(2, "erste Zeile\nzweite Zeile", None), (4, "nächste", None)]
        );
    }

    #[test]
    fn a_first_idea_that_looks_like_a_column_name_stays_an_idea() {
        let entries = parse_ideas("Idee\nAutor, Text und Bild\n", false).expect("plain text");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].text, "Idee");
        let entries = parse_ideas("Text, Bild und Ton\n", false).expect("plain text");
        assert_eq!(entries[0].text, "Text, Bild und Ton");
        // In a file named .csv, other columns may come along.
        let entries = parse_ideas("id;Text;Autor;erstellt\n1;Idee;Anna;heute\n", true).expect("csv");
        assert_eq!(entries[0].text, "Idee");
        assert_eq!(entries[0].author.as_deref(), Some("Anna"));
    }

    #[test]
    fn a_csv_file_without_text_column_is_refused() {
        let problems = parse_ideas("idee nummer eins\nzwei\n", true).expect_err("no header");
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].message.contains("`text` column"));
    }

    #[test]
    fn a_refused_line_undoes_the_lines_before_it_and_every_refusal_is_named() {
        let template = crate::core::MethodTemplate::built_in_by_id("retro").expect("built in");
        let mut session = template.instantiate(Default::default(), jiff::Timestamp::UNIX_EPOCH);
        let before = session.clone();
        let phase = session.phases[0].id;
        let long = "x".repeat(crate::core::text::MAX_TEXT_CHARS + 1);
        let text = format!("text,author\neins,Anna\n{long},Ben\nzwei,anna\n{long},Cem\n");
        let entries = parse_ideas(&text, true).expect("csv");
        let plan = plan_import(&session, phase, &entries);
        assert_eq!(
            plan.new_participant_names(),
            ["Anna", "Ben", "Cem"],
            "anna is Anna"
        );
        let problems = apply_plan(&mut session, plan.steps, Language::De).expect_err("two long lines");
        let lines: Vec<u64> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 5]);
        assert!(
            problems[0].message.starts_with("Zu lang"),
            "{}",
            problems[0].message
        );
        assert_eq!(session, before, "nothing stays of the lines that were applied");
        assert_eq!(session.check_index(), Ok(()));
    }

    #[test]
    fn decode_strips_bom_and_names_the_bad_line() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\nb").as_deref(), Ok("a\nb"));
        assert_eq!(decode(b"a\nb\n\xFCber"), Err(3));
    }
}
