//! Realistic synthetic workshop sessions of any size, for the benchmarks,
//! the `gen_session` example and the tests of large sessions.
//!
//! A generated session is a future workshop run to its realisation phase:
//! participants, the method's phases, ideas in German and English about
//! two dozen recurring themes (so that cluster suggestions have something to
//! find), clusters holding most ideas, a revealed voting round and one still
//! open, and action items drawn from the results. Everything is built through
//! the core's commands; the same seed always gives the same session.

// Each user of this module (bench, example, test) uses a part of it.
#![allow(dead_code)]

use jiff::Timestamp;
use jiff::civil::Date;
use plenum::core::clustering::create_cluster;
use plenum::core::followup::{ActionOrigin, add_action, draft_action};
use plenum::core::voting::{BallotVoter, OptionSource, RoundSpec, cast_ballot, open_round, ranking, reveal};
use plenum::core::*;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    pub ideas: usize,
    pub participants: usize,
    pub seed: u64,
}

/// A small fast pseudo-random generator (SplitMix64): the same seed gives
/// the same sequence on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `bound` (which must not be 0).
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn id(&mut self) -> u128 {
        (u128::from(self.next_u64()) << 64) | u128::from(self.next_u64())
    }
}

/// A recurring workshop theme: a cluster title and the words people use
/// for it, in German and in English.
pub struct Topic {
    pub title: &'static str,
    pub german: &'static [&'static str],
    pub english: &'static [&'static str],
}

pub const TOPICS: &[Topic] = &[
    Topic {
        title: "Besprechungen",
        german: &[
            "Besprechungen",
            "Tagesordnungen",
            "Protokolle",
            "Teamrunden",
            "Sitzungen",
        ],
        english: &["meetings", "agendas", "minutes", "stand-ups"],
    },
    Topic {
        title: "Videokonferenzen",
        german: &["Videokonferenzen", "Headsets", "Webcams", "Konferenzräume"],
        english: &["video calls", "headsets", "webcams", "conference rooms"],
    },
    Topic {
        title: "Homeoffice",
        german: &["Homeoffice", "mobiles Arbeiten", "Telearbeit", "Homeoffice-Tage"],
        english: &["home office", "remote work", "home office days"],
    },
    Topic {
        title: "Ausstattung",
        german: &[
            "Laptops",
            "Bildschirme",
            "Drucker",
            "Diensthandys",
            "Schreibtische",
        ],
        english: &["laptops", "monitors", "printers", "phones", "desks"],
    },
    Topic {
        title: "E-Akte",
        german: &["E-Akte", "Papierakten", "Aktenpläne", "Scanner", "Unterschriften"],
        english: &["electronic files", "paper files", "scanners", "signatures"],
    },
    Topic {
        title: "Einarbeitung",
        german: &[
            "Einarbeitung",
            "Azubis",
            "Paten",
            "Willkommenstage",
            "Einarbeitungspläne",
        ],
        english: &["onboarding", "apprentices", "mentors", "welcome days"],
    },
    Topic {
        title: "Fortbildung",
        german: &[
            "Fortbildungen",
            "Schulungen",
            "Seminare",
            "Lernangebote",
            "Onlinekurse",
        ],
        english: &["training", "courses", "seminars", "online courses"],
    },
    Topic {
        title: "Arbeitszeit",
        german: &[
            "Gleitzeit",
            "Kernzeiten",
            "Überstunden",
            "Zeiterfassung",
            "Teilzeit",
        ],
        english: &["flexitime", "core hours", "overtime", "time recording"],
    },
    Topic {
        title: "Intranet",
        german: &["Intranet", "Mitarbeiter-App", "Newsletter", "Telefonbuch"],
        english: &["intranet", "staff app", "newsletter", "phone book"],
    },
    Topic {
        title: "Führung",
        german: &["Führungskräfte", "Vorgesetzte", "Amtsleitung", "Führungskultur"],
        english: &["managers", "team leads", "leadership"],
    },
    Topic {
        title: "Zusammenarbeit",
        german: &["Zusammenarbeit", "Teamtage", "Austausch", "Hospitationen"],
        english: &["collaboration", "team days", "exchange between teams"],
    },
    Topic {
        title: "Genehmigungen",
        german: &[
            "Genehmigungen",
            "Formulare",
            "Freigaben",
            "Dienstwege",
            "Umlaufmappen",
        ],
        english: &["approvals", "forms", "sign-offs", "workflows"],
    },
    Topic {
        title: "IT-Support",
        german: &["IT-Support", "Passwörter", "VPN", "Softwareupdates", "Tickets"],
        english: &["IT support", "passwords", "VPN", "software updates", "tickets"],
    },
    Topic {
        title: "Räume",
        german: &["Büros", "Teeküchen", "Ruheräume", "Beleuchtung", "Heizung"],
        english: &["offices", "kitchens", "quiet rooms", "lighting", "heating"],
    },
    Topic {
        title: "Kantine",
        german: &["Kantine", "Kaffee", "Mittagessen", "Speisepläne"],
        english: &["canteen", "coffee", "lunch", "menus"],
    },
    Topic {
        title: "Gesundheit",
        german: &["Gesundheit", "Rückenschule", "Betriebssport", "Stressabbau"],
        english: &["health", "back care", "sports", "stress"],
    },
    Topic {
        title: "Personalgewinnung",
        german: &[
            "Stellenausschreibungen",
            "Bewerbungsverfahren",
            "Vorstellungsgespräche",
        ],
        english: &["job ads", "hiring", "interviews", "applicants"],
    },
    Topic {
        title: "Bezahlung",
        german: &["Gehälter", "Zulagen", "Jobtickets", "Dienstfahrräder", "Prämien"],
        english: &["pay", "allowances", "job tickets", "bonuses"],
    },
    Topic {
        title: "Vereinbarkeit",
        german: &["Kinderbetreuung", "Elternzeit", "Ferienbetreuung", "Pflegezeiten"],
        english: &["childcare", "parental leave", "family time"],
    },
    Topic {
        title: "Bürgerservice",
        german: &[
            "Bürgerservice",
            "Terminvergabe",
            "Wartezeiten",
            "Onlineanträge",
            "Schalter",
        ],
        english: &[
            "citizen services",
            "appointments",
            "waiting times",
            "online applications",
        ],
    },
    Topic {
        title: "Datenschutz",
        german: &[
            "Datenschutz",
            "Verschlüsselung",
            "Zugriffsrechte",
            "Datensicherung",
        ],
        english: &["data protection", "encryption", "access rights", "backups"],
    },
    Topic {
        title: "Nachhaltigkeit",
        german: &[
            "Nachhaltigkeit",
            "Fahrradstellplätze",
            "Papierverbrauch",
            "Energiesparen",
        ],
        english: &["sustainability", "bike racks", "paper use", "saving energy"],
    },
    Topic {
        title: "Wissensmanagement",
        german: &["Wiki", "Dokumentation", "Übergaben", "Wissensdatenbank"],
        english: &["wiki", "documentation", "handovers", "knowledge base"],
    },
    Topic {
        title: "Wertschätzung",
        german: &["Wertschätzung", "Feedback", "Anerkennung", "Fehlerkultur"],
        english: &["appreciation", "feedback", "recognition"],
    },
];

/// How ideas are phrased: `{a}` and `{b}` are words of one topic, `{A}` the
/// first capitalised.
const GERMAN_PATTERNS: &[&str] = &[
    "Mehr {a} für alle",
    "{A} verbessern",
    "{A} und {b} besser abstimmen",
    "Wir brauchen bessere {a}",
    "{A} funktionieren oft nicht",
    "Klare Regeln für {a}",
    "{A} digital anbieten",
    "Zu wenig {a} im Alltag",
    "{A} regelmäßig überprüfen",
    "Ständig Ärger mit {a} und {b}",
    "Warum dauern {a} so lange?",
    "{A}: endlich einheitlich für alle Ämter",
];

const ENGLISH_PATTERNS: &[&str] = &[
    "More {a} for everyone",
    "Improve {a}",
    "Better {a} and {b}",
    "We need better {a}",
    "{A} often do not work",
    "Clear rules for {a}",
    "Offer {a} online",
    "Too little {a} day to day",
    "Review {a} every year",
    "Constant trouble with {a} and {b}",
];

const FIRST_NAMES: &[&str] = &[
    "Anna", "Ben", "Chiara", "Deniz", "Emil", "Fatma", "Greta", "Hannes", "Ines", "Jonas", "Kemal", "Lena",
    "Mira", "Noah", "Olga", "Paul", "Rana", "Sven", "Tilda", "Umut", "Vera", "Wiebke", "Yusuf", "Zoe",
];

/// The topic of a new idea: a few themes come up far more often than
/// others, as in a real workshop.
pub fn topic_of_next_idea(rng: &mut Rng) -> usize {
    // The smaller of two draws favours the first topics.
    rng.below(TOPICS.len()).min(rng.below(TOPICS.len()))
}

/// The text of an idea about `topic`: German seven times in ten.
pub fn idea_text(rng: &mut Rng, topic: usize) -> String {
    let topic = &TOPICS[topic];
    let (words, patterns) = if rng.chance(70) {
        (topic.german, GERMAN_PATTERNS)
    } else {
        (topic.english, ENGLISH_PATTERNS)
    };
    let a = *rng.pick(words);
    let b = *rng.pick(words);
    let b = if a == b { words[0] } else { b };
    let mut text = rng
        .pick(patterns)
        .replace("{A}", &capitalised(a))
        .replace("{a}", a)
        .replace("{b}", b);
    if rng.chance(10) {
        text.push_str(&format!(" (Vorschlag {})", rng.below(100) + 1));
    }
    text
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn apply(session: &mut Session, command: Command) {
    session
        .apply(command)
        .expect("the generator builds valid commands");
}

/// A session with `ideas` unclustered ideas in its only phase, as right
/// after importing a staff survey: what cluster suggestions work on.
pub fn survey(ideas: usize, seed: u64) -> (Session, PhaseId) {
    let (session, phase, _) = survey_with_topics(ideas, seed);
    (session, phase)
}

/// [`survey`], and the topic (index into [`TOPICS`]) each idea was written
/// about, in the order of `Session::ideas`: the grouping to expect.
pub fn survey_with_topics(ideas: usize, seed: u64) -> (Session, PhaseId, Vec<usize>) {
    let mut rng = Rng::new(seed);
    let mut session = Session::new(
        "Mitarbeitendenbefragung",
        "brainstorm",
        Language::De,
        Timestamp::UNIX_EPOCH,
    );
    session.id = SessionId::from_u128(rng.id());
    let phase = PhaseId::from_u128(rng.id());
    apply(
        &mut session,
        Command::AddPhase {
            phase: Phase {
                id: phase,
                title: "Ideen aus der Befragung".into(),
                question: "Was sollen wir ändern?".into(),
                timebox_minutes: 30,
                activities: vec![Activity::Capture, Activity::Cluster],
                seconds_used: 0,
                brainwriting: false,
            },
            index: 0,
        },
    );
    let mut topics = Vec::with_capacity(ideas);
    let batch = (0..ideas)
        .map(|index| {
            let topic = topic_of_next_idea(&mut rng);
            topics.push(topic);
            Command::AddIdea {
                idea: Idea {
                    id: IdeaId::from_u128(rng.id()),
                    phase,
                    text: idea_text(&mut rng, topic),
                    authors: Vec::new(),
                    cluster: None,
                    hidden: false,
                },
                index,
            }
        })
        .collect();
    apply(&mut session, Command::Batch(batch));
    (session, phase, topics)
}

/// A whole workshop, see the module documentation.
pub fn generate(config: &Config) -> Session {
    let mut rng = Rng::new(config.seed);
    let started = Timestamp::from_second(1_767_000_000 + (config.seed % 10_000) as i64 * 86_400)
        .expect("a date in range");
    let template = MethodTemplate::built_in_by_id("zukunftswerkstatt").expect("a built-in method");
    let mut session = Session::new(
        "Zukunftswerkstatt Verwaltung 2030",
        template.id.clone(),
        Language::De,
        started,
    );
    // A session's id is fixed at creation; no command changes it.
    session.id = SessionId::from_u128(rng.id());
    apply(&mut session, Command::SetFacilitator(Some("Moderation".into())));
    add_participants(&mut session, &mut rng, config.participants);
    for (index, phase) in template.phases.iter().enumerate() {
        let phase = Phase {
            id: PhaseId::from_u128(rng.id()),
            title: phase.title.get(Language::De).to_string(),
            question: phase.question.get(Language::De).to_string(),
            timebox_minutes: phase.timebox_minutes,
            activities: phase.activities.clone(),
            seconds_used: phase.timebox_minutes * 60 / 2,
            brainwriting: false,
        };
        apply(&mut session, Command::AddPhase { phase, index });
    }
    add_ideas_and_clusters(&mut session, &mut rng, config.ideas);
    vote_and_follow_up(&mut session, &mut rng);
    let realisation = session.phases.len().saturating_sub(2);
    apply(&mut session, Command::GoToPhase(realisation));
    session
}

fn add_participants(session: &mut Session, rng: &mut Rng, count: usize) {
    for index in 0..count {
        let first = FIRST_NAMES[index % FIRST_NAMES.len()];
        let name = match index / FIRST_NAMES.len() {
            0 => first.to_string(),
            round => format!("{first} {}", round + 1),
        };
        let participant = Participant {
            id: ParticipantId::from_u128(rng.id()),
            name,
            colour: Colour::nth(index),
        };
        apply(session, Command::AddParticipant { participant, index });
    }
}

/// Ideas go to the phases that capture them (45 %, 40 %, 15 %); in the two
/// first, each topic has a cluster and two ideas in three are in theirs.
fn add_ideas_and_clusters(session: &mut Session, rng: &mut Rng, count: usize) {
    let capturing: Vec<PhaseId> = session
        .phases
        .iter()
        .filter(|phase| phase.allows(Activity::Capture))
        .map(|phase| phase.id)
        .collect();
    let mut clusters: Vec<Vec<Option<ClusterId>>> = Vec::new();
    for (number, &phase) in capturing.iter().enumerate() {
        let mut of_topic = vec![None; TOPICS.len()];
        if number < 2 {
            for (topic, slot) in TOPICS.iter().zip(&mut of_topic) {
                let id = ClusterId::from_u128(rng.id());
                let command = create_cluster(session, phase, id, topic.title, &[]).expect("a new cluster");
                apply(session, command);
                *slot = Some(id);
            }
        }
        clusters.push(of_topic);
    }
    let authors: Vec<ParticipantId> = session.participants.iter().map(|p| p.id).collect();
    let batch = (0..count)
        .map(|index| {
            let share = rng.below(100);
            let which = match share {
                0..45 => 0,
                45..85 => 1,
                _ => 2,
            }
            .min(capturing.len() - 1);
            let topic = topic_of_next_idea(rng);
            let cluster = if rng.chance(67) {
                clusters[which][topic]
            } else {
                None
            };
            let idea = Idea {
                id: IdeaId::from_u128(rng.id()),
                phase: capturing[which],
                text: idea_text(rng, topic),
                authors: if authors.is_empty() {
                    Vec::new()
                } else {
                    vec![*rng.pick(&authors)]
                },
                cluster,
                hidden: rng.chance(1),
            };
            Command::AddIdea { idea, index }
        })
        .collect();
    apply(session, Command::Batch(batch));
}

/// The critique phase's round on its clusters, voted by everyone and
/// revealed; the fantasy phase's round open with half the ballots; action
/// items from the winners of the first.
fn vote_and_follow_up(session: &mut Session, rng: &mut Rng) {
    let voting: Vec<PhaseId> = session
        .phases
        .iter()
        .filter(|phase| phase.allows(Activity::Cluster))
        .map(|phase| phase.id)
        .take(2)
        .collect();
    let voters: Vec<ParticipantId> = session.participants.iter().map(|p| p.id).collect();
    let mut revealed = None;
    for (number, &phase) in voting.iter().enumerate() {
        let id = RoundId::from_u128(rng.id());
        let title = ["Was drängt am meisten?", "Was begeistert uns?"][number.min(1)];
        let spec = RoundSpec::new(id, phase, title, OptionSource::Clusters);
        let Ok(command) = open_round(session, &spec) else {
            continue;
        };
        apply(session, command);
        let share = if number == 0 {
            voters.len()
        } else {
            voters.len() / 2
        };
        for &voter in &voters[..share] {
            let dots = ballot(session, id, rng);
            let command =
                cast_ballot(session, id, BallotVoter::Roster(voter), &dots, false).expect("a valid ballot");
            apply(session, command);
        }
        if number == 0 && share > 0 {
            apply(session, reveal(session, id).expect("a round with ballots"));
            revealed = Some(id);
        }
    }
    if let Some(round) = revealed {
        add_actions(session, rng, round);
    }
}

/// One voter's dots: the budget spread over distinct options, the first
/// (most common) topics liked more.
fn ballot(session: &Session, round: RoundId, rng: &mut Rng) -> Vec<u32> {
    let round = session.round(round).expect("the round just opened");
    let options = round.options.len();
    let mut dots = vec![0; options];
    let budget = (round.dots_per_voter as usize).min(options);
    let mut placed = 0;
    while placed < budget {
        let option = rng.below(options).min(rng.below(options));
        if dots[option] == 0 {
            dots[option] = 1;
            placed += 1;
        }
    }
    dots
}

fn add_actions(session: &mut Session, rng: &mut Rng, round: RoundId) {
    let winners: Vec<VoteOption> = session
        .round(round)
        .map(|round| {
            ranking(round)
                .into_iter()
                .take(5)
                .map(|ranked| ranked.option)
                .collect()
        })
        .unwrap_or_default();
    let owners: Vec<String> = session.participants.iter().map(|p| p.name.clone()).collect();
    let first_due = Date::constant(2026, 3, 2);
    for (number, option) in winners.into_iter().enumerate() {
        let origin = ActionOrigin::Result { round, option };
        let mut action = draft_action(session, ActionId::from_u128(rng.id()), origin).expect("a result line");
        action.owner = (!owners.is_empty()).then(|| rng.pick(&owners).clone());
        action.due = first_due
            .checked_add(jiff::Span::new().weeks(number as i64 * 2))
            .ok();
        action.status = [ActionStatus::Open, ActionStatus::Doing, ActionStatus::Done][number % 3];
        action.note = "Bis zur nächsten Sitzung einen Vorschlag ausarbeiten".into();
        let command = add_action(session, action);
        apply(session, command);
    }
}
