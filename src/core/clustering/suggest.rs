//! Cluster suggestions from the words of ideas: local, deterministic, no
//! model to download.
//!
//! Each unclustered idea becomes a TF-IDF vector of three kinds of features,
//! each kind normalised on its own and given a fixed share of the similarity:
//! - word stems (German or English by the card's stop words; see `words`),
//!   with the parts of compounds that the phase also uses as words of their
//!   own ("Vorstellungsgespräche" counts as "Gespräch" too) and word pairs
//!   that other cards write as one word ("home office", "Homeoffice");
//! - themes of a small bilingual thesaurus (see `lexicon`), because two cards
//!   about one theme often share no word at all ("Jede Besprechung braucht
//!   eine Tagesordnung", "No meeting without an agenda");
//! - character 4-grams of the stems, which let compounds and cognates meet
//!   where neither of the above knows them ("Konferenz", "conference").
//!
//! Similar ideas (cosine similarity of the vectors) are grouped by
//! average-linkage agglomerative clustering with a threshold, exact up to
//! 1,000 ideas and in blocks beyond (see `blocks`), so that memory stays
//! linear in the number of ideas. Ideas that join
//! nobody are left out: they stay unclustered for the facilitator to place,
//! which helps more than a catch-all "other" proposal. Each proposal is named
//! by its most telling words, taken from its ideas (see [`name_of`]).
//!
//! Measured on tests/data/cluster_ideas.txt (72 cards of a city
//! administration's future workshop, grouped by hand): adjusted Rand index
//! 0.77. Without the thesaurus it reached about 0.4 at best, whatever the
//! threshold: short cards share too few words. Topics the thesaurus does not
//! know get weaker proposals.

use super::blocks;
use super::lexicon::themes_of;
use super::ops::{end_of_phase_clusters, new_cluster_commands};
use super::words::{Analyzer, Card, Word};
use crate::core::command::{Command, DomainError};
use crate::core::session::*;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A proposed cluster: a name and the ideas it would hold, in board order.
/// The facilitator may rename it or drop ideas before accepting it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub name: String,
    pub ideas: Vec<IdeaId>,
}

/// Shares of the similarity that come from whole stems, from themes of the
/// thesaurus and from character n-grams; they add up to one.
const WORD_SHARE: f32 = 0.45;
const THEME_SHARE: f32 = 0.35;
const GRAM_SHARE: f32 = 0.2;
/// Weight of a word's stem in the card's other language.
const OTHER_STEM_WEIGHT: f32 = 0.5;
/// Shortest part of a compound that counts as a word of its own, and the
/// shortest rest beside it, in characters.
const MIN_PART: usize = 4;
const MIN_REST: usize = 3;
/// Length of the character n-grams.
const GRAM: usize = 4;
/// Groups merge while their average similarity is at least this.
const THRESHOLD: f32 = 0.1;
/// Most words in a proposal's name.
const NAME_WORDS: usize = 3;

/// Proposes clusters for the unclustered, uncovered ideas of `phase`, largest
/// first (ties: the one whose first idea comes first). Covered cards are
/// left out, so a proposal's name never gives one away. The same ideas
/// always give the same proposals.
pub fn suggest(session: &Session, phase: PhaseId) -> Vec<Suggestion> {
    let ideas: Vec<&Idea> = session
        .ideas_in(phase)
        .filter(|idea| idea.cluster.is_none() && !idea.hidden)
        .collect();
    if ideas.len() < 2 {
        return Vec::new();
    }
    let cards = analyse(ideas.iter().map(|idea| idea.text.as_str()), session.language);
    let vectors = Vectors::new(&cards);
    let groups = blocks::cluster(&vectors.rows, vectors.feature_count, THRESHOLD);
    let mut suggestions: Vec<(usize, Suggestion)> = groups
        .into_iter()
        .filter(|group| group.len() > 1)
        .map(|group| {
            let name = name_of(&group, &cards, &vectors, session.language);
            let ideas = group.iter().map(|&index| ideas[index].id).collect();
            (group[0], Suggestion { name, ideas })
        })
        .collect();
    suggestions.sort_by_key(|(first, suggestion)| (std::cmp::Reverse(suggestion.ideas.len()), *first));
    suggestions
        .into_iter()
        .map(|(_, suggestion)| suggestion)
        .collect()
}

/// One command that creates a cluster for each accepted suggestion (after
/// the phase's existing clusters, in the given order) and moves its ideas
/// into it. `new_id` gives the ids of the new clusters, so a redo recreates
/// the same ones; pass `ClusterId::random` outside tests.
pub fn apply_suggestions(
    session: &Session,
    phase: PhaseId,
    accepted: &[Suggestion],
    mut new_id: impl FnMut() -> ClusterId,
) -> Result<Command, DomainError> {
    let first_index = end_of_phase_clusters(session, phase)?;
    let mut seen = HashSet::new();
    let mut commands = Vec::new();
    let nonempty = accepted.iter().filter(|s| !s.ideas.is_empty());
    for (index, suggestion) in (first_index..).zip(nonempty) {
        if let Some(twice) = suggestion.ideas.iter().find(|id| !seen.insert(**id)) {
            let idea = session
                .idea(*twice)
                .map_or_else(|| twice.to_string(), |i| i.text.clone());
            return Err(crate::core::Refusal::IdeaInTwoSuggestions { idea }.into());
        }
        let cluster = Cluster {
            id: new_id(),
            phase,
            title: suggestion.name.clone(),
        };
        commands.extend(new_cluster_commands(session, cluster, index, &suggestion.ideas)?);
    }
    if commands.is_empty() {
        return Err(crate::core::Refusal::NoSuggestion.into());
    }
    Ok(Command::Batch(commands))
}

/// What the suggestions read from one card: its words (with the pairs of
/// words that other cards write as one word), the parts of its compounds
/// (features only, never a name) and its themes.
struct CardFeatures {
    words: Vec<Word>,
    parts: Vec<Word>,
    themes: Vec<usize>,
    /// (theme, index into `words`) for each word that belongs to a theme.
    themed_words: Vec<(usize, usize)>,
    language: Language,
}

fn analyse<'a>(texts: impl Iterator<Item = &'a str>, language: Language) -> Vec<CardFeatures> {
    let analyzer = Analyzer::new(language);
    let cards: Vec<Card> = texts.map(|text| analyzer.card(text)).collect();
    // The stems used as words of their own, each with a word that has it.
    let mut single: HashMap<&str, &Word> = HashMap::new();
    for word in cards.iter().flat_map(|card| &card.words) {
        single.entry(word.stem.as_str()).or_insert(word);
    }
    // Cards share most of their words; look each one up in the thesaurus once.
    let mut theme_cache: HashMap<&str, Vec<usize>> = HashMap::new();
    cards
        .iter()
        .map(|card| {
            let mut themes: Vec<usize> = Vec::new();
            for word in card.words.iter().chain(&card.pairs) {
                let found = theme_cache
                    .entry(word.folded.as_str())
                    .or_insert_with(|| themes_of(&word.folded));
                themes.extend(found.iter().copied());
            }
            themes.sort_unstable();
            themes.dedup();
            let pairs = card
                .pairs
                .iter()
                .filter(|pair| single.contains_key(pair.stem.as_str()));
            let words: Vec<Word> = card.words.iter().chain(pairs).cloned().collect();
            let themed_words = words
                .iter()
                .enumerate()
                .flat_map(|(index, word)| {
                    let found = theme_cache
                        .get(word.folded.as_str())
                        .map_or(&[][..], Vec::as_slice);
                    found.iter().map(move |&theme| (theme, index))
                })
                .collect();
            CardFeatures {
                parts: card
                    .words
                    .iter()
                    .flat_map(|word| compound_parts(word, &single))
                    .collect(),
                words,
                themes,
                themed_words,
                language: card.language,
            }
        })
        .collect()
}

/// Splits compounds by the phase's own words: a stem that begins or ends
/// with the stem of a word used on its own elsewhere (four letters at least,
/// three left over) also counts as that word, so "Bewerbungsverfahren" meets
/// "Bewerbung" and "Vorstellungsgespräche" meets "Gespräch". The longest such
/// head and tail are taken.
fn compound_parts(word: &Word, single: &HashMap<&str, &Word>) -> Vec<Word> {
    let bounds: Vec<usize> = word.stem.char_indices().map(|(at, _)| at).skip(1).collect();
    let length = word.stem.chars().count();
    let known = |part: &str| single.get(part).map(|found| (*found).clone());
    // `bounds[i]` is where character i + 1 starts.
    let head = (MIN_PART..=length.saturating_sub(MIN_REST))
        .rev()
        .find_map(|chars| known(&word.stem[..bounds[chars - 1]]));
    let tail = (MIN_PART..=length.saturating_sub(MIN_REST))
        .rev()
        .find_map(|chars| known(&word.stem[bounds[length - chars - 1]..]));
    head.into_iter().chain(tail).collect()
}

/// The TF-IDF vectors of a set of ideas, each of unit length, plus what the
/// naming needs to know about the words.
struct Vectors {
    /// Per idea: (feature, weight), sorted by feature.
    rows: Vec<Vec<(u32, f32)>>,
    feature_count: usize,
    /// Inverse document frequency of each word stem.
    word_idf: HashMap<String, f32>,
    /// Inverse document frequency of each theme (by index into `THEMES`).
    theme_idf: HashMap<usize, f32>,
}

impl Vectors {
    fn new(cards: &[CardFeatures]) -> Vectors {
        let mut features = FeatureIds::default();
        // Per card, the counts of each kind of feature: words, grams, themes.
        let mut blocks: [Vec<BTreeMap<u32, f32>>; 3] = Default::default();
        for card in cards {
            let mut words = BTreeMap::new();
            let mut grams = BTreeMap::new();
            let mut themes = BTreeMap::new();
            for word in card.words.iter().chain(&card.parts) {
                *words.entry(features.id(Kind::Word, &word.stem)).or_insert(0.0) += 1.0;
                if let Some(other) = &word.other_stem {
                    *words.entry(features.id(Kind::Word, other)).or_insert(0.0) += OTHER_STEM_WEIGHT;
                }
                for gram in grams_of(&word.stem) {
                    *grams.entry(features.id(Kind::Gram, &gram)).or_insert(0.0) += 1.0;
                }
            }
            for &theme in &card.themes {
                themes.insert(features.theme_id(theme), 1.0);
            }
            for (block, counts) in blocks.iter_mut().zip([words, grams, themes]) {
                block.push(counts);
            }
        }
        let idf = inverse_document_frequency(features.len(), cards.len(), blocks.iter().flatten());
        let rows = (0..cards.len())
            .map(|card| {
                let mut row = Vec::new();
                for (block, share) in blocks.iter().zip([WORD_SHARE, GRAM_SHARE, THEME_SHARE]) {
                    row.extend(weighted_unit(&block[card], &idf, share.sqrt()));
                }
                row.sort_unstable_by_key(|(feature, _)| *feature);
                row
            })
            .collect();
        let word_idf = features
            .words
            .iter()
            .map(|(stem, &id)| (stem.clone(), idf[id as usize]))
            .collect();
        let theme_idf = features
            .themes
            .iter()
            .map(|(&theme, &id)| (theme, idf[id as usize]))
            .collect();
        Vectors {
            rows,
            feature_count: features.len(),
            word_idf,
            theme_idf,
        }
    }

    fn word_idf(&self, stem: &str) -> f32 {
        self.word_idf.get(stem).copied().unwrap_or(0.0)
    }

    fn theme_idf(&self, theme: usize) -> f32 {
        self.theme_idf.get(&theme).copied().unwrap_or(0.0)
    }
}

#[derive(Debug, Clone, Copy)]
enum Kind {
    Word,
    Gram,
}

/// Numbers features in the order they are first seen, which depends only on
/// the ideas and their order.
#[derive(Default)]
struct FeatureIds {
    words: HashMap<String, u32>,
    grams: HashMap<String, u32>,
    themes: HashMap<usize, u32>,
}

impl FeatureIds {
    fn id(&mut self, kind: Kind, text: &str) -> u32 {
        let next = self.len() as u32;
        let map = match kind {
            Kind::Word => &mut self.words,
            Kind::Gram => &mut self.grams,
        };
        if let Some(&id) = map.get(text) {
            return id;
        }
        map.insert(text.to_string(), next);
        next
    }

    fn theme_id(&mut self, theme: usize) -> u32 {
        let next = self.len() as u32;
        *self.themes.entry(theme).or_insert(next)
    }

    fn len(&self) -> usize {
        self.words.len() + self.grams.len() + self.themes.len()
    }
}

/// `ln((n + 1) / df)`: the rarer a feature, the more it says. The `+ 1`
/// keeps a feature that every idea has from weighing nothing, so a phase
/// whose ideas are all about one theme still gets that proposal.
fn inverse_document_frequency<'a>(
    features: usize,
    documents: usize,
    counts: impl Iterator<Item = &'a BTreeMap<u32, f32>>,
) -> Vec<f32> {
    let mut frequency = vec![0u32; features];
    for card in counts {
        for &feature in card.keys() {
            frequency[feature as usize] += 1;
        }
    }
    frequency
        .into_iter()
        .map(|df| {
            if df == 0 {
                0.0
            } else {
                (documents as f32 / df as f32).ln()
            }
        })
        .collect()
}

/// TF-IDF weights scaled to length `length` (empty if all weigh nothing).
fn weighted_unit(counts: &BTreeMap<u32, f32>, idf: &[f32], length: f32) -> Vec<(u32, f32)> {
    let weighted: Vec<(u32, f32)> = counts
        .iter()
        .map(|(&feature, &count)| (feature, count * idf[feature as usize]))
        .filter(|(_, weight)| *weight > 0.0)
        .collect();
    let norm = weighted.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm == 0.0 {
        return Vec::new();
    }
    weighted
        .into_iter()
        .map(|(f, w)| (f, w / norm * length))
        .collect()
}

/// Character n-grams of a stem, with `^` and `$` marking its ends; a short
/// stem is one gram.
fn grams_of(stem: &str) -> Vec<String> {
    let marked: Vec<char> = std::iter::once('^')
        .chain(stem.chars())
        .chain(std::iter::once('$'))
        .collect();
    if marked.len() <= GRAM {
        return vec![marked.into_iter().collect()];
    }
    marked
        .windows(GRAM)
        .map(|window| window.iter().collect())
        .collect()
}

/// A proposal's name, in the words its ideas use: the stems most of them
/// share, rarer ones first, each in the spelling used most. Words of cards
/// in the session's language come first, so that a German session gets
/// German names where its cards allow. When a theme of the thesaurus covers
/// at least half of the ideas and more than any word, the name starts with
/// the word of that theme most of its ideas use ("Fortbildungen" for
/// "Fortbildungen für alle" and "Mehr Schulungen"): the thesaurus finds the
/// group, the ideas name it. A word contained in one already chosen adds
/// nothing.
fn name_of(group: &[usize], cards: &[CardFeatures], vectors: &Vectors, language: Language) -> String {
    let mut ideas_with: BTreeMap<&str, usize> = BTreeMap::new();
    let mut spellings = Spellings::default();
    let mut theme_count: BTreeMap<usize, usize> = BTreeMap::new();
    for &index in group {
        let card = &cards[index];
        let native = card.language == language;
        let mut seen = HashSet::new();
        for word in &card.words {
            if seen.insert(word.stem.as_str()) {
                *ideas_with.entry(&word.stem).or_insert(0) += 1;
            }
            spellings.add(word, native);
        }
        for &theme in &card.themes {
            *theme_count.entry(theme).or_insert(0) += 1;
        }
    }
    let mut words: Vec<(&str, f32, usize)> = ideas_with
        .iter()
        .map(|(&stem, &count)| (stem, count as f32 * vectors.word_idf(stem), count))
        .collect();
    // Words of the session's language first, then the best score; then
    // longer stems (E-Akte before Akte), then alphabetical, so equal scores
    // always come out in the same order.
    words.sort_by(|a, b| {
        spellings
            .is_native(b.0)
            .cmp(&spellings.is_native(a.0))
            .then_with(|| b.1.total_cmp(&a.1))
            .then_with(|| b.0.chars().count().cmp(&a.0.chars().count()))
            .then_with(|| a.0.cmp(b.0))
    });
    let best_word = words.iter().map(|(_, _, count)| *count).max().unwrap_or(0);
    let theme = theme_count
        .iter()
        .max_by(|a, b| {
            a.1.cmp(b.1)
                .then_with(|| vectors.theme_idf(*a.0).total_cmp(&vectors.theme_idf(*b.0)))
                .then_with(|| b.0.cmp(a.0))
        })
        .filter(|(_, count)| **count >= 2 && 2 * **count >= group.len() && **count > best_word);
    let mut chosen: Vec<String> = theme
        .and_then(|(&theme, _)| theme_word(theme, group, cards, language))
        .into_iter()
        .collect();
    // A further word must be shared by a third of the ideas (and two at
    // least); the first word, if no theme came first, by one more than one.
    let shared_enough = group.len().div_ceil(3).max(2);
    for (index, (stem, _, count)) in words.into_iter().enumerate() {
        if chosen.len() == NAME_WORDS {
            break;
        }
        let first = chosen.is_empty() && index == 0;
        if !first && count < shared_enough {
            continue;
        }
        let spelling = spellings.most_used(stem);
        let key = name_key(spelling);
        let redundant = chosen.iter().any(|c| {
            let c = name_key(c);
            c.contains(&key) || key.contains(&c)
        });
        if !redundant {
            chosen.push(spelling.to_string());
        }
    }
    capitalised(&chosen.join(", "))
}

/// The word of `theme` that most ideas of the group use, as they spell it
/// (a tie goes to the longer spelling, the plural, then the alphabetically
/// first); words of cards in the session's language when there are any.
fn theme_word(theme: usize, group: &[usize], cards: &[CardFeatures], language: Language) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for native_only in [true, false] {
        let mut ideas_with: BTreeMap<&str, usize> = BTreeMap::new();
        let mut spellings: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for card in group.iter().map(|&index| &cards[index]) {
            if native_only && card.language != language {
                continue;
            }
            let mut seen = HashSet::new();
            for word in card
                .themed_words
                .iter()
                .filter(|(t, _)| *t == theme)
                .map(|&(_, i)| &card.words[i])
            {
                if seen.insert(word.stem.as_str()) {
                    *ideas_with.entry(&word.stem).or_insert(0) += 1;
                }
                *spellings
                    .entry(&word.stem)
                    .or_default()
                    .entry(&word.surface)
                    .or_insert(0) += 1;
            }
        }
        for (stem, count) in ideas_with {
            let spelling = spellings[stem]
                .iter()
                .max_by(|a, b| {
                    a.1.cmp(b.1)
                        .then_with(|| a.0.chars().count().cmp(&b.0.chars().count()))
                        .then_with(|| b.0.cmp(a.0))
                })
                .map(|(spelling, _)| (*spelling).to_string())
                .unwrap_or_default();
            let better = best.as_ref().is_none_or(|(most, current)| {
                count > *most || (count == *most && spelling.chars().count() > current.chars().count())
            });
            if better {
                best = Some((count, spelling));
            }
        }
        if best.is_some() {
            break;
        }
    }
    best.map(|(_, spelling)| spelling)
}

/// How the ideas of a group spell each stem, counted apart for cards in the
/// session's language.
#[derive(Default)]
struct Spellings<'a> {
    all: BTreeMap<&'a str, BTreeMap<&'a str, usize>>,
    native: BTreeMap<&'a str, BTreeMap<&'a str, usize>>,
}

impl<'a> Spellings<'a> {
    fn add(&mut self, word: &'a Word, native: bool) {
        let lists = if native {
            vec![&mut self.all, &mut self.native]
        } else {
            vec![&mut self.all]
        };
        for list in lists {
            *list
                .entry(&word.stem)
                .or_default()
                .entry(&word.surface)
                .or_insert(0) += 1;
        }
    }

    fn is_native(&self, stem: &str) -> bool {
        self.native.contains_key(stem)
    }

    /// The spelling used most in the session's language, else in any.
    fn most_used(&self, stem: &str) -> &'a str {
        match self.native.get(stem).or_else(|| self.all.get(stem)) {
            Some(spellings) => most_used(spellings),
            None => "",
        }
    }
}

fn name_key(spelling: &str) -> String {
    super::words::fold(spelling).replace('-', "")
}

/// The spelling used most; on a tie the alphabetically first.
fn most_used<'a>(spellings: &BTreeMap<&'a str, usize>) -> &'a str {
    spellings
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(spelling, _)| *spelling)
        .unwrap_or_default()
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
