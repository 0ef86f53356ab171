//! The words of an idea, as the suggestions see them: tokens, stop words,
//! German and English stems, umlauts folded.
//!
//! Workshop cards are short and often mix languages ("Meeting-Kultur",
//! "Onboarding für Azubis"), so each card's language is guessed from its stop
//! words (the session language breaks ties), its words are stemmed with that
//! language's stemmer, and the other language's stem is kept as a weaker
//! second feature, so that an English loan word in a German card still meets
//! the same word in an English card.

use crate::core::session::Language;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashSet;
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

/// German function words (the Snowball list, shortened), then fillers that
/// workshop cards are full of without saying what they are about.
const GERMAN_STOP_WORDS: &str = "
aber alle allem allen aller alles als also am an andere anderen anderer anderes anders auch auf
aus bei beim bin bis bist da dabei dadurch dafür daher damit dann darum das dass daß davon dazu
dein deine dem den denn der deren des deshalb dessen dich die dies diese diesem diesen dieser
dieses dir doch dort du durch ein eine einem einen einer eines einig einige einigen einmal er es
etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm
ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist jede jedem jeden jeder jedes jene jetzt
kann kein keine keinem keinen keiner können könnte man manche mein meine mich mir mit muss musste
nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner selbst sich sie
sind so solche soll sollen sollte sollten sondern sonst über um und uns unser unsere unseren unter
viel vom von vor während war waren was weg weil weiter welche welchem welchen welcher wenn wer
werde werden wie wieder will wir wird wo wollen wollte würde würden zu zum zur zwar zwischen
ab anstatt bereits besser bitte bzw brauchen braucht ca eben eher eigentlich einfach endlich etc
evtl gerne gern ggf gibt geben gut gute guten halt heute idee ideen immer ja je jeweils mal mehr
mehrere müssen müsste neu neue neuen neuer oft per pro schon seit sowie statt trotzdem usw viele
vielen wenig weniger wirklich wünsche z.b zb zwei drei vier fünf zehn erste ersten erster
fürs ans aufs übers ums vors bekommen bekommt darf dürfen kommen kommt lassen machen macht
arbeit arbeiten arbeitet leute kollege kollegen kollegin kolleginnen mitarbeitende mitarbeitenden
beschäftigte beschäftigten
";

/// English function words (the Snowball list, shortened), then fillers.
const ENGLISH_STOP_WORDS: &str = "
a about above after again against all am an and any are as at be because been before being below
between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
during each few for from further had has have having he her here hers herself him himself his how
i i'm if in into is isn't it it's its itself let's me more most my myself no nor not of off on
once only or other our ours ourselves out over own same she should shouldn't so some such than
that that's the their theirs them themselves then there these they this those through to too
under until up very was we we're were what when where which while who whom why will with won't
would wouldn't you your yours yourself
also always better even every everybody everyone everything far get gets good idea ideas
instead just least less let like lot lots make makes many maybe much must need needed needs new
often please proper really still take takes thing things us via want wants way e.g eg i.e ie etc
one two three four five ten first work working works people colleague colleagues staff
employees use useful
";

static GERMAN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| GERMAN_STOP_WORDS.split_whitespace().collect());
static ENGLISH: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ENGLISH_STOP_WORDS.split_whitespace().collect());

/// One content word of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    /// Stem in the card's language, umlauts folded: the word's identity.
    pub stem: String,
    /// Stem in the other language, when it differs.
    pub other_stem: Option<String>,
    /// The word as typed, for naming a proposal.
    pub surface: String,
    /// Lower case, umlauts folded, no hyphens or spaces: for the thesaurus.
    pub folded: String,
}

/// Splits cards into content words. Holds both stemmers, so build one per
/// batch of cards.
pub(super) struct Analyzer {
    german: Stemmer,
    english: Stemmer,
    fallback: Language,
}

impl Analyzer {
    /// `fallback` decides a card whose language its words do not show.
    pub fn new(fallback: Language) -> Analyzer {
        Analyzer {
            german: Stemmer::create(Algorithm::German),
            english: Stemmer::create(Algorithm::English),
            fallback,
        }
    }

    /// The content words of `text`, in order, and its pairs of neighbouring
    /// content words written as one ("home office" as "homeoffice"): a pair
    /// means something only where another card writes it as one word.
    pub fn card(&self, text: &str) -> Card {
        let tokens = tokens(text);
        let language = guess_language(&tokens, self.fallback);
        let words = tokens
            .iter()
            .filter(|token| is_content(token))
            .map(|token| self.word(language, &token.lower, &token.surface))
            .collect();
        let pairs = tokens
            .windows(2)
            .filter(|pair| !pair[0].joined && !pair[1].joined && pair.iter().all(is_content))
            .map(|pair| {
                let lower = format!("{}{}", pair[0].lower, pair[1].lower);
                self.word(
                    language,
                    &lower,
                    &format!("{} {}", pair[0].surface, pair[1].surface),
                )
            })
            .collect();
        Card {
            words,
            pairs,
            language,
        }
    }

    fn word(&self, language: Language, lower: &str, surface: &str) -> Word {
        let (stem, other) = match language {
            Language::De => (self.german.stem(lower), self.english.stem(lower)),
            Language::En => (self.english.stem(lower), self.german.stem(lower)),
        };
        let stem = fold(&stem);
        let other = fold(&other);
        Word {
            other_stem: (other != stem).then_some(other),
            stem,
            surface: surface.to_string(),
            folded: fold(lower).chars().filter(|c| c.is_alphanumeric()).collect(),
        }
    }
}

/// What the suggestions read from one card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Card {
    pub words: Vec<Word>,
    pub pairs: Vec<Word>,
    /// The language the card is written in, as far as its words show.
    pub language: Language,
}

/// A word of the text before filtering: as typed, and lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    surface: String,
    lower: String,
    /// Written in capitals (IT, PC, KI): never a stop word.
    acronym: bool,
    /// Made by joining a short hyphenated part with its neighbour.
    joined: bool,
}

impl Token {
    fn new(surface: &str) -> Token {
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        Token {
            surface: surface.to_string(),
            lower: surface.to_lowercase().replace('’', "'"),
            acronym: letters >= 2 && !surface.chars().any(char::is_lowercase),
            joined: false,
        }
    }
}

/// Words by Unicode word boundaries. Hyphenated compounds are split into
/// their parts, and a part of one or two letters is also joined with its
/// neighbour ("E-Akte" gives "Akte" and "E-Akte", "Stand-up" gives
/// "Stand-up"), since such a part means nothing alone.
fn tokens(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for chunk in text.split_whitespace() {
        let parts: Vec<&str> = chunk.unicode_words().collect();
        for part in &parts {
            tokens.push(Token::new(part));
        }
        if parts.len() > 1 {
            tokens.extend(joined_short_parts(chunk, &parts));
        }
    }
    tokens
}

fn joined_short_parts(chunk: &str, parts: &[&str]) -> Vec<Token> {
    let mut joined = Vec::new();
    for (index, part) in parts.iter().enumerate() {
        if part.chars().count() > 2 {
            continue;
        }
        let pair = match (index.checked_sub(1), parts.get(index + 1)) {
            (_, Some(next)) => (*part, *next),
            (Some(previous), None) => (parts[previous], *part),
            (None, None) => continue,
        };
        // The surface as typed, hyphen included, for naming.
        let surface = surface_between(chunk, pair.0, pair.1);
        joined.push(Token {
            lower: format!("{}{}", pair.0, pair.1).to_lowercase(),
            acronym: false,
            joined: true,
            surface,
        });
    }
    joined
}

/// The text of `chunk` from the first occurrence of `first` to the end of
/// the following `second`; falls back to the two words joined by a hyphen.
fn surface_between(chunk: &str, first: &str, second: &str) -> String {
    let Some(start) = chunk.find(first) else {
        return format!("{first}-{second}");
    };
    let after_first = start + first.len();
    match chunk[after_first..].find(second) {
        Some(offset) => chunk[start..after_first + offset + second.len()].to_string(),
        None => format!("{first}-{second}"),
    }
}

fn is_content(token: &Token) -> bool {
    if token.acronym {
        return true;
    }
    token.lower.chars().count() >= 2
        && token.lower.chars().any(char::is_alphabetic)
        && !GERMAN.contains(token.lower.as_str())
        && !ENGLISH.contains(token.lower.as_str())
}

/// German or English, by the stop words only one of the two languages has;
/// umlauts and ß count for German. Ties go to `fallback`.
fn guess_language(tokens: &[Token], fallback: Language) -> Language {
    let mut german = 0;
    let mut english = 0;
    for token in tokens {
        let word = token.lower.as_str();
        let in_german = GERMAN.contains(word) || word.contains(['ä', 'ö', 'ü', 'ß']);
        let in_english = ENGLISH.contains(word);
        match (in_german, in_english) {
            (true, false) => german += 1,
            (false, true) => english += 1,
            _ => {}
        }
    }
    match german.cmp(&english) {
        std::cmp::Ordering::Greater => Language::De,
        std::cmp::Ordering::Less => Language::En,
        std::cmp::Ordering::Equal => fallback,
    }
}

/// Lower-case letters without umlauts, so "Räume" and "Raume" meet (the
/// German stemmer folds them itself; the English one does not).
pub(super) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for ch in word.chars() {
        match ch {
            'ä' => out.push('a'),
            'ö' => out.push('o'),
            'ü' => out.push('u'),
            'ß' => out.push_str("ss"),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(language: Language, text: &str) -> Vec<String> {
        Analyzer::new(language)
            .card(text)
            .words
            .into_iter()
            .map(|w| w.stem)
            .collect()
    }

    #[test]
    fn stop_word_lists_hold_lower_case_words_once() {
        for list in [GERMAN_STOP_WORDS, ENGLISH_STOP_WORDS] {
            let words: Vec<&str> = list.split_whitespace().collect();
            let unique: HashSet<&str> = words.iter().copied().collect();
            assert_eq!(words.len(), unique.len(), "a stop word is listed twice");
            assert!(words.iter().all(|w| *w == w.to_lowercase()));
        }
    }

    #[test]
    fn german_card_is_stemmed_as_german_and_umlauts_fold() {
        assert_eq!(
            stems(Language::En, "Mehr Räume für Besprechungen"),
            ["raum", "besprech"]
        );
    }

    #[test]
    fn english_card_is_stemmed_as_english_in_a_german_session() {
        assert_eq!(
            stems(Language::De, "Meetings should end with decisions"),
            ["meet", "end", "decis"]
        );
    }

    #[test]
    fn loan_word_keeps_the_other_languages_stem() {
        let words = Analyzer::new(Language::De).card("Kürzere Meetings").words;
        let meeting = words
            .iter()
            .find(|w| w.surface == "Meetings")
            .expect("a content word");
        assert_eq!(meeting.stem, "meeting");
        assert_eq!(meeting.other_stem.as_deref(), Some("meet"));
    }

    #[test]
    fn short_hyphen_parts_are_joined_and_acronyms_kept() {
        let words = Analyzer::new(Language::De)
            .card("E-Akte und IT-Support, Stand-up!")
            .words;
        let surfaces: Vec<&str> = words.iter().map(|w| w.surface.as_str()).collect();
        assert_eq!(
            surfaces,
            [
                "Akte",
                "E-Akte",
                "IT",
                "Support",
                "IT-Support",
                "Stand",
                "Stand-up"
            ]
        );
    }

    #[test]
    fn neighbouring_words_are_paired() {
        let card = Analyzer::new(Language::En).card("Better webcams for the home office");
        let pairs: Vec<(&str, &str)> = card
            .pairs
            .iter()
            .map(|w| (w.stem.as_str(), w.surface.as_str()))
            .collect();
        assert_eq!(pairs, [("homeoffic", "home office")]);
        let german = Analyzer::new(Language::De).card("Ausstattung fürs Homeoffice");
        assert_eq!(german.words[1].stem, "homeoffic");
    }

    #[test]
    fn numbers_and_fillers_are_no_content() {
        assert!(stems(Language::De, "Bitte endlich mehr 15 z.B. usw.").is_empty());
    }

    #[test]
    fn language_follows_stop_words_then_fallback() {
        let guess = |text: &str, fallback| guess_language(&tokens(text), fallback);
        assert_eq!(guess("the app for all", Language::De), Language::En);
        assert_eq!(guess("die App für alle", Language::En), Language::De);
        assert_eq!(guess("Homeoffice Ausstattung", Language::En), Language::En);
        assert_eq!(guess("Homeoffice Ausstattung", Language::De), Language::De);
    }
}
