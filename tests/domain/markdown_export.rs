//! The Markdown export, read back with a CommonMark parser (GitHub tables and
//! the other common extensions on): whatever participants typed comes out
//! as literal text, in its place, and never as markup or HTML.

use jiff::Timestamp;
use plenum::core::voting::ranking;
use plenum::core::*;
use plenum::export::markdown::to_markdown;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Texts that try every way of breaking a Markdown document.
const NASTY: &[&str] = &[
    "Kosten | Nutzen | Risiko",
    "# Keine Überschrift #",
    "**fett** und *kursiv* und _unterstrichen_",
    "`code` und ```block``` und ~~~",
    "<b>fett</b> <script>alert(1)</script> <!-- Kommentar -->",
    "1. Punkt eins",
    "2026) Jahreszahl mit Klammer",
    "> kein Zitat",
    "Zeile eins\nZeile zwei\n- keine Liste\n---\n===\n+ kein Plus\n> auch kein Zitat\n1. auch keine Nummer",
    "Emoji 🚀🎉 und 漢字 und Straße, Größe",
    "[Link](http://example.com) ![Bild](x.png) &amp; &#60; <http://example.com>",
    "- [ ] keine Aufgabe",
    "~~durch~~ und [^1] und $x^2$ und {#anker}",
    "Endet mit Backslash \\\nund geht weiter",
    "Tabelle im Text\n| a | b |\n|---|---|\n| 1 | 2 |",
    "* Stern\n    eingerückt wie Code",
    "Absatz\n\nnach einer Leerzeile",
    ": keine Definition",
    "===",
];

const CLUSTER_TITLE: &str = "Technik | *Geräte* # <i>Netz</i>";
const SESSION_TITLE: &str = "Mobiles Arbeiten | # <b>Test</b> *";

/// What the export makes of an idea's text in a list item: blank lines and
/// leading blanks of continuation lines go (they would end the item or turn
/// it into code), line breaks stay.
fn as_list_item(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// What the export makes of a text in a table cell or heading: one line.
fn as_cell(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

struct Fixture {
    session: Session,
    clustered: Vec<IdeaId>,
    authored: IdeaId,
}

fn fixture(language: Language) -> Fixture {
    let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("built in");
    let mut session = template.instantiate(
        NewSession {
            title: Some(SESSION_TITLE.into()),
            language,
            participants: vec!["Anna <3".into(), "Ben_Y".into()],
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    );
    let phase = session.phases[1].id;
    let cluster = ClusterId::from_u128(1);
    session
        .apply(Command::AddCluster {
            cluster: Cluster {
                id: cluster,
                phase,
                title: CLUSTER_TITLE.into(),
            },
            index: 0,
        })
        .expect("cluster");
    let anna = session.participants[0].id;
    let mut clustered = Vec::new();
    for (n, text) in NASTY.iter().enumerate() {
        let id = IdeaId::from_u128(100 + n as u128);
        let in_cluster = n % 3 == 0;
        if in_cluster {
            clustered.push(id);
        }
        let idea = Idea {
            id,
            phase,
            text: (*text).into(),
            authors: if n == 1 { vec![anna] } else { vec![] },
            cluster: in_cluster.then_some(cluster),
            hidden: false,
        };
        session
            .apply(Command::AddIdea {
                idea,
                index: usize::MAX,
            })
            .expect("idea");
    }
    let options: Vec<VoteOption> = (0..4)
        .map(|n| VoteOption::Idea(IdeaId::from_u128(100 + n)))
        .collect();
    let round = VoteRound {
        id: RoundId::from_u128(7),
        phase,
        title: "Was stört | am *meisten*?".into(),
        options,
        budget: DotBudget::Fixed(11),
        dots_per_voter: 11,
        max_per_option: 5,
        facilitator_votes: false,
        status: RoundStatus::Revealed,
        allow_revote: false,
        voters: vec![Voter {
            participant: anna,
            proxy: false,
        }],
        ballots: vec![Ballot {
            participant: anna,
            dots: vec![3, 5, 3, 0],
        }],
        tally: vec![3, 5, 3, 0],
        runoff_of: None,
    };
    session
        .apply(Command::AddRound { round, index: 0 })
        .expect("round");
    for (n, text) in NASTY.iter().take(5).enumerate() {
        let action = ActionItem {
            id: ActionId::from_u128(200 + n as u128),
            text: (*text).into(),
            owner: Some("Jörg | IT".into()),
            due: jiff::civil::Date::new(2026, 6, 30).ok(),
            status: ActionStatus::ALL[n % 4],
            note: if n == 0 {
                "Notiz\nmit # Zeilen".into()
            } else {
                String::new()
            },
            source: None,
        };
        session
            .apply(Command::AddAction {
                action,
                index: usize::MAX,
            })
            .expect("action");
    }
    session
        .apply(Command::AddCheckin {
            checkin: CheckinRound {
                id: CheckinId::from_u128(9),
                phase: Some(session.phases[4].id),
                question: "Wie war's? | <b>ehrlich</b>".into(),
                scale: CheckinScale::Mood,
                counts: vec![0, 1, 0, 2, 1],
                respondents: vec![],
                revealed: true,
            },
            index: 0,
        })
        .expect("check-in");
    Fixture {
        authored: IdeaId::from_u128(101),
        clustered,
        session,
    }
}

/// The parts of a Markdown document that matter here.
#[derive(Debug, Default)]
struct Outline {
    /// (level, text)
    headings: Vec<(u8, String)>,
    items: Vec<ListItem>,
    tables: Vec<TableSeen>,
    /// HTML, code, nested lists, quotes in items: never from user text.
    trouble: Vec<String>,
    quotes: usize,
}

#[derive(Debug)]
struct ListItem {
    /// The phase heading (level 2) and the last level-4 heading above it.
    section: String,
    group: Option<String>,
    text: String,
    /// Inline markup inside the item (emphasis, links, ...).
    markup: Vec<String>,
    /// Text inside emphasis.
    emphasised: String,
}

#[derive(Debug)]
struct TableSeen {
    section: String,
    rows: Vec<Vec<String>>,
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

fn outline(markdown: &str) -> Outline {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_SUPERSCRIPT
        | Options::ENABLE_SUBSCRIPT
        | Options::ENABLE_WIKILINKS;
    let mut out = Outline::default();
    let mut section = String::new();
    let mut group: Option<String> = None;
    let mut heading: Option<(u8, String)> = None;
    let mut item: Option<ListItem> = None;
    let mut list_depth = 0;
    let mut emphasis = 0;
    let mut table: Option<TableSeen> = None;
    let mut cell: Option<String> = None;
    for event in Parser::new_ext(markdown, options) {
        let text_sink = |s: &str,
                         heading: &mut Option<(u8, String)>,
                         item: &mut Option<ListItem>,
                         cell: &mut Option<String>,
                         emphasis: usize| {
            if let Some((_, h)) = heading.as_mut() {
                h.push_str(s);
            } else if let Some(c) = cell.as_mut() {
                c.push_str(s);
            } else if let Some(i) = item.as_mut() {
                i.text.push_str(s);
                if emphasis > 0 {
                    i.emphasised.push_str(s);
                }
            }
        };
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((heading_level(level), String::new())),
            Event::End(TagEnd::Heading(_)) => {
                let (level, text) = heading.take().expect("open heading");
                if level == 2 {
                    section = text.clone();
                    group = None;
                } else if level == 4 {
                    group = Some(text.clone());
                } else if level == 3 {
                    group = None;
                }
                out.headings.push((level, text));
            }
            Event::Start(Tag::List(_)) => {
                list_depth += 1;
                if list_depth > 1 {
                    out.trouble.push("nested list".into());
                }
            }
            Event::End(TagEnd::List(_)) => list_depth -= 1,
            Event::Start(Tag::Item) => {
                item = Some(ListItem {
                    section: section.clone(),
                    group: group.clone(),
                    text: String::new(),
                    markup: Vec::new(),
                    emphasised: String::new(),
                });
            }
            Event::End(TagEnd::Item) => {
                if list_depth == 1 {
                    out.items.push(item.take().expect("open item"));
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                out.quotes += 1;
                if item.is_some() {
                    out.trouble.push("quote inside a list item".into());
                }
            }
            Event::Start(Tag::Table(_)) => {
                table = Some(TableSeen {
                    section: section.clone(),
                    rows: Vec::new(),
                })
            }
            Event::End(TagEnd::Table) => out.tables.push(table.take().expect("open table")),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                if let Some(t) = table.as_mut() {
                    t.rows.push(Vec::new());
                }
            }
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => {
                let c = cell.take().expect("open cell");
                if let Some(row) = table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(c);
                }
            }
            Event::Start(Tag::Emphasis) => {
                emphasis += 1;
                if let Some(i) = item.as_mut() {
                    i.markup.push("Emphasis".into());
                }
            }
            Event::End(TagEnd::Emphasis) => emphasis -= 1,
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            Event::Start(tag @ (Tag::CodeBlock(_) | Tag::HtmlBlock)) => out.trouble.push(format!("{tag:?}")),
            Event::Start(tag) => {
                if let Some(i) = item.as_mut() {
                    i.markup.push(format!("{tag:?}"));
                } else if !matches!(tag, Tag::Strong) {
                    out.trouble.push(format!("{tag:?} outside an item"));
                }
            }
            Event::Text(t) => text_sink(&t, &mut heading, &mut item, &mut cell, emphasis),
            Event::SoftBreak | Event::HardBreak => {
                text_sink("\n", &mut heading, &mut item, &mut cell, emphasis)
            }
            Event::Html(h) | Event::InlineHtml(h) => out.trouble.push(format!("HTML {h:?}")),
            Event::Code(c) => out.trouble.push(format!("code {c:?}")),
            Event::InlineMath(m) | Event::DisplayMath(m) => out.trouble.push(format!("math {m:?}")),
            Event::FootnoteReference(f) => out.trouble.push(format!("footnote {f:?}")),
            Event::TaskListMarker(_) => out.trouble.push("task list marker".into()),
            Event::Rule => out.trouble.push("thematic break".into()),
            Event::End(_) => {}
        }
    }
    out
}

#[test]
fn every_idea_is_one_intact_list_item_in_its_cluster() {
    let f = fixture(Language::De);
    let markdown = to_markdown(&f.session);
    let doc = outline(&markdown);
    assert_eq!(doc.trouble, Vec::<String>::new(), "\n{markdown}");
    for idea in &f.session.ideas {
        let expected = as_list_item(&idea.text);
        let found: Vec<&ListItem> = doc
            .items
            .iter()
            .filter(|item| {
                item.text == expected
                    || (idea.id == f.authored && item.text == format!("{expected} — Anna <3"))
            })
            .collect();
        assert_eq!(
            found.len(),
            1,
            "idea {expected:?} not found once in\n{markdown}\n{:#?}",
            doc.items
        );
        let item = found[0];
        assert_eq!(item.section, "2. Kritikphase", "{expected:?}");
        let group = if f.clustered.contains(&idea.id) {
            CLUSTER_TITLE
        } else {
            "Nicht zugeordnet"
        };
        assert_eq!(item.group.as_deref(), Some(group), "{expected:?}");
        if idea.id == f.authored {
            assert_eq!(item.markup, vec!["Emphasis".to_string()], "{expected:?}");
            assert_eq!(item.emphasised, "Anna <3");
        } else {
            assert!(
                item.markup.is_empty(),
                "{expected:?} became markup {:?}",
                item.markup
            );
        }
    }
}

#[test]
fn user_text_starts_no_heading_and_breaks_no_table() {
    let f = fixture(Language::De);
    let markdown = to_markdown(&f.session);
    let doc = outline(&markdown);
    let mut expected_headings = vec![(1, as_cell(SESSION_TITLE)), (2, "Ablauf".to_string())];
    for (n, phase) in f.session.phases.iter().enumerate() {
        expected_headings.push((2, format!("{}. {}", n + 1, phase.title)));
        if n == 1 {
            expected_headings.push((3, "Ideen".into()));
            expected_headings.push((4, CLUSTER_TITLE.into()));
            expected_headings.push((4, "Nicht zugeordnet".into()));
            expected_headings.push((3, "Punktabfrage: Was stört | am *meisten*?".into()));
        }
    }
    expected_headings.push((2, "Maßnahmen".into()));
    expected_headings.push((2, "Stimmungsbilder".into()));
    expected_headings.push((3, "Wie war's? | <b>ehrlich</b>".into()));
    assert_eq!(doc.headings, expected_headings, "\n{markdown}");
    // One quote per phase (its guiding question), none from user text.
    assert_eq!(doc.quotes, f.session.phases.len());

    let sections: Vec<&str> = doc.tables.iter().map(|t| t.section.as_str()).collect();
    assert_eq!(
        sections,
        vec!["Ablauf", "2. Kritikphase", "Maßnahmen", "Stimmungsbilder"]
    );
    let columns: Vec<usize> = doc.tables.iter().map(|t| t.rows[0].len()).collect();
    for table in &doc.tables {
        for row in &table.rows {
            assert_eq!(
                row.len(),
                table.rows[0].len(),
                "a row broke out of its table: {row:?}"
            );
        }
    }
    assert_eq!(columns, vec![4, 3, 5, 2]);
}

#[test]
fn ranking_table_shows_counts_and_shared_ranks() {
    let f = fixture(Language::De);
    let markdown = to_markdown(&f.session);
    let doc = outline(&markdown);
    let table = &doc.tables[1];
    assert_eq!(table.rows[0], vec!["Platz", "Option", "Punkte"]);
    let round = &f.session.rounds[0];
    let expected: Vec<Vec<String>> = ranking(round)
        .into_iter()
        .map(|r| {
            let VoteOption::Idea(id) = r.option else {
                panic!("idea options")
            };
            let text = &f.session.idea(id).expect("idea").text;
            let rank = if r.tied {
                format!("{} (gleichauf)", r.rank)
            } else {
                r.rank.to_string()
            };
            vec![rank, as_cell(text), r.dots.to_string()]
        })
        .collect();
    assert_eq!(&table.rows[1..], expected.as_slice());
    // The tie is visible as a tie.
    assert_eq!(table.rows[2][0], "2 (gleichauf)");
    assert_eq!(table.rows[3][0], "2 (gleichauf)");
    assert_eq!(table.rows[4][0], "4");
}

#[test]
fn action_table_keeps_text_owner_due_and_status() {
    let f = fixture(Language::De);
    let markdown = to_markdown(&f.session);
    let doc = outline(&markdown);
    let table = &doc.tables[2];
    assert_eq!(
        table.rows[0],
        vec!["Was", "Wer", "Bis wann", "Status", "Anmerkung"]
    );
    let statuses = ["offen", "in Arbeit", "erledigt", "verworfen", "offen"];
    for (n, action) in f.session.actions.iter().enumerate() {
        assert_eq!(
            table.rows[n + 1],
            vec![
                as_cell(&action.text),
                "Jörg | IT".to_string(),
                "30.06.2026".to_string(),
                statuses[n].to_string(),
                as_cell(&action.note),
            ]
        );
    }
}

#[test]
fn checkin_results_show_counts_and_mean() {
    let f = fixture(Language::De);
    let markdown = to_markdown(&f.session);
    let doc = outline(&markdown);
    let table = &doc.tables[3];
    assert_eq!(
        table.rows,
        vec![
            vec!["Antwort", "Anzahl"],
            vec!["1", "0"],
            vec!["2", "1"],
            vec!["3", "0"],
            vec!["4", "2"],
            vec!["5", "1"],
        ]
    );
    assert!(
        markdown.contains("Durchschnitt 3,8 aus 4 Antworten."),
        "{markdown}"
    );
}

#[test]
fn an_unrevealed_round_shows_no_counts() {
    let mut f = fixture(Language::En);
    let mut round = f.session.rounds[0].clone();
    round.status = RoundStatus::Open;
    f.session.apply(Command::ReplaceRound(round)).expect("valid");
    let markdown = to_markdown(&f.session);
    let doc = outline(&markdown);
    assert!(
        markdown.contains("The results have not been revealed yet."),
        "{markdown}"
    );
    // Agenda, actions, check-in: no ranking table.
    assert_eq!(doc.tables.len(), 3, "{markdown}");
    assert!(!markdown.contains("| Rank |"), "{markdown}");
}

#[test]
fn english_export_has_english_headings_and_the_same_ideas() {
    let f = fixture(Language::En);
    let markdown = to_markdown(&f.session);
    let doc = outline(&markdown);
    assert_eq!(doc.trouble, Vec::<String>::new());
    let h2: Vec<&str> = doc
        .headings
        .iter()
        .filter(|(level, _)| *level == 2)
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        h2,
        vec![
            "Agenda",
            "1. Preparation",
            "2. Critique phase",
            "3. Fantasy phase",
            "4. Realisation phase",
            "5. Follow-up",
            "Actions",
            "Check-in and check-out"
        ]
    );
    let in_phase_two = doc
        .items
        .iter()
        .filter(|i| i.section == "2. Critique phase")
        .count();
    assert_eq!(in_phase_two, NASTY.len());
}

#[test]
fn anonymous_export_names_no_participants() {
    let template = MethodTemplate::built_in_by_id("retro").expect("built in");
    let session = template.instantiate(
        NewSession {
            title: Some("Anonym".into()),
            language: Language::De,
            participants: vec!["Geheime Person".into()],
            anonymous: true,
            ..NewSession::default()
        },
        Timestamp::UNIX_EPOCH,
    );
    let markdown = to_markdown(&session);
    assert!(!markdown.contains("Geheime Person"), "{markdown}");
    assert!(markdown.contains("anonyme Sitzung"), "{markdown}");
}

mod any_text {
    use super::*;
    use proptest::prelude::*;

    /// Markdown's special characters, digits, blanks and line breaks, in
    /// any order: the export must keep every combination literal.
    fn hostile() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => r"[-+*_`~#>|<\\\[\]()!&;:=.0-9a-z \n\t$^{}'🚀äß]{1,30}",
            1 => any::<String>(),
        ]
    }

    fn session_with(ideas: &[String], actions: &[String]) -> Session {
        let mut s = fixture(Language::En).session;
        let phase = s.phases[2].id;
        for (n, text) in ideas.iter().enumerate() {
            let idea = Idea {
                id: IdeaId::from_u128(10_000 + n as u128),
                phase,
                text: text.clone(),
                authors: vec![],
                cluster: None,
                hidden: false,
            };
            // Texts the core refuses (only blanks) cannot reach an export.
            let _ = s.apply(Command::AddIdea {
                idea,
                index: usize::MAX,
            });
        }
        for (n, text) in actions.iter().enumerate() {
            let action = ActionItem {
                id: ActionId::from_u128(20_000 + n as u128),
                text: text.clone(),
                owner: Some(text.clone()),
                due: None,
                status: ActionStatus::Open,
                note: String::new(),
                source: None,
            };
            let _ = s.apply(Command::AddAction {
                action,
                index: usize::MAX,
            });
        }
        s
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn any_idea_text_comes_back_as_one_plain_list_item(
            ideas in prop::collection::vec(hostile(), 1..6),
            actions in prop::collection::vec(hostile(), 0..3),
        ) {
            let session = session_with(&ideas, &actions);
            let markdown = to_markdown(&session);
            let doc = outline(&markdown);
            prop_assert_eq!(&doc.trouble, &Vec::<String>::new(), "\n{}", markdown);
            let phase_three: Vec<&ListItem> =
                doc.items.iter().filter(|i| i.section == "3. Fantasy phase").collect();
            let expected: Vec<String> = session
                .ideas_in(session.phases[2].id)
                .map(|i| as_list_item(&i.text))
                .collect();
            let found: Vec<String> = phase_three.iter().map(|i| i.text.clone()).collect();
            prop_assert_eq!(&found, &expected, "\n{}", markdown);
            prop_assert!(phase_three.iter().all(|i| i.markup.is_empty()), "\n{}", markdown);

            let table = doc.tables.iter().find(|t| t.section == "Actions").expect("action table");
            let added: Vec<&Vec<String>> = table.rows.iter().skip(1 + 5).collect();
            let expected_rows: Vec<Vec<String>> = session
                .actions
                .iter()
                .skip(5)
                .map(|a| vec![
                    as_cell(&a.text),
                    a.owner.as_deref().map(as_cell).unwrap_or_default(),
                    String::new(),
                    "open".to_string(),
                ])
                .collect();
            prop_assert_eq!(added.len(), expected_rows.len());
            for (row, want) in added.iter().zip(&expected_rows) {
                prop_assert_eq!(&row[..4], &want[..], "\n{}", markdown);
            }
        }
    }
}

/// Clusters and their ideas appear in the order the group chose on the board:
/// reordering with the cluster operations reorders the minutes.
#[test]
fn clusters_and_ideas_follow_the_order_the_group_chose() {
    use plenum::core::clustering::{create_cluster, move_cluster_to, move_idea_to};
    let template = MethodTemplate::built_in_by_id("retro").expect("built in");
    let mut session = template.instantiate(NewSession::default(), Timestamp::UNIX_EPOCH);
    let phase = session.phases[1].id;
    let texts = ["Kaffee", "Tee", "Wasser", "Brot"];
    for (n, text) in texts.iter().enumerate() {
        let idea = Idea {
            id: IdeaId::from_u128(100 + n as u128),
            phase,
            text: (*text).into(),
            authors: vec![],
            cluster: None,
            hidden: false,
        };
        session.apply(Command::AddIdea { idea, index: n }).expect("idea");
    }
    let drinks = ClusterId::from_u128(1);
    let food = ClusterId::from_u128(2);
    let ids = |range: std::ops::Range<u128>| range.map(|n| IdeaId::from_u128(100 + n)).collect::<Vec<_>>();
    let make = create_cluster(&session, phase, drinks, "Getränke", &ids(0..3)).expect("drinks");
    session.apply(make).expect("applies");
    let make = create_cluster(&session, phase, food, "Essen", &ids(3..4)).expect("food");
    session.apply(make).expect("applies");

    let position = |markdown: &str, needle: &str| {
        markdown
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing in\n{markdown}"))
    };
    let before = to_markdown(&session);
    assert!(position(&before, "Getränke") < position(&before, "Essen"));
    assert!(position(&before, "- Kaffee") < position(&before, "- Wasser"));

    // The group puts food first and water on top of its cluster.
    let reorder = move_cluster_to(&session, food, 0)
        .expect("valid")
        .expect("a change");
    session.apply(reorder).expect("applies");
    let reorder = move_idea_to(&session, IdeaId::from_u128(102), 0)
        .expect("valid")
        .expect("a change");
    session.apply(reorder).expect("applies");
    let after = to_markdown(&session);
    assert!(
        position(&after, "Essen") < position(&after, "Getränke"),
        "\n{after}"
    );
    assert!(
        position(&after, "- Wasser") < position(&after, "- Kaffee"),
        "\n{after}"
    );
    assert!(
        position(&after, "- Kaffee") < position(&after, "- Tee"),
        "\n{after}"
    );
}
