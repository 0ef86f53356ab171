//! The form that opens a voting round, and the list for hand-picking its
//! options. Pure state: what the facilitator chose, turned into a
//! [`RoundSpec`] for the core, which also computes the dots shown live.

use super::{OptionLabel, option_labels};
use crate::core::voting::{self, OptionSource, RoundPreview, RoundSpec, VoteError};
use crate::core::{DotBudget, PhaseId, RoundId, Session, VoteOption};
use crate::tui::text_input::TextInput;

/// The most dots a fixed budget can give in the form.
pub const MAX_FIXED_DOTS: u32 = 99;

/// The fields of the form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundField {
    Title,
    Source,
    Rule,
    Fixed,
    Cap,
    FacilitatorVotes,
    Revotes,
}

/// What the round lets people put dots on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Ideas,
    Clusters,
    ClustersAndLooseIdeas,
    Picked,
}

/// How the dots per person are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BudgetRule {
    Third,
    Half,
    ThirdPlusOne,
    Fixed,
}

impl BudgetRule {
    pub const ALL: [BudgetRule; 4] = [
        BudgetRule::Third,
        BudgetRule::Half,
        BudgetRule::ThirdPlusOne,
        BudgetRule::Fixed,
    ];
}

/// The form's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundForm {
    pub phase: PhaseId,
    /// The fields shown: without a named facilitator, nobody can opt out.
    pub fields: Vec<RoundField>,
    pub focus: usize,
    pub title: TextInput,
    /// The title is still the suggested one: typing replaces it.
    pub title_is_default: bool,
    /// The sources this phase offers, with their number of options.
    pub sources: Vec<(SourceKind, usize)>,
    /// Index into `sources`.
    pub source: usize,
    /// The hand-picked options, in the order of the picking list.
    pub picked: Vec<VoteOption>,
    pub rule: BudgetRule,
    pub fixed: u32,
    pub cap: u32,
    pub facilitator_votes: bool,
    pub allow_revote: bool,
    /// The picking list, while it is open.
    pub picker: Option<Picker>,
    /// The last key typed a digit into a number field: the next one appends.
    typing_number: bool,
}

impl RoundForm {
    /// A form for a round in `phase`, titled `title` until the facilitator
    /// types another.
    pub fn new(session: &Session, phase: PhaseId, title: &str) -> RoundForm {
        let count = |source: &OptionSource| {
            voting::resolve_options(session, phase, source)
                .map(|options| options.len())
                .unwrap_or(0)
        };
        let ideas = count(&OptionSource::Ideas);
        let clusters = count(&OptionSource::Clusters);
        let both = count(&OptionSource::ClustersAndLooseIdeas);
        let mut sources = Vec::new();
        if ideas > 0 {
            sources.push((SourceKind::Ideas, ideas));
        }
        if clusters > 0 {
            sources.push((SourceKind::Clusters, clusters));
        }
        // Only a real third choice when some ideas are in no cluster.
        if clusters > 0 && both > clusters {
            sources.push((SourceKind::ClustersAndLooseIdeas, both));
        }
        sources.push((SourceKind::Picked, 0));
        // Clusters with the loose ideas lose no idea; else clusters; else ideas.
        let preferred = [
            SourceKind::ClustersAndLooseIdeas,
            SourceKind::Clusters,
            SourceKind::Ideas,
        ];
        let source = preferred
            .iter()
            .find_map(|kind| sources.iter().position(|(k, _)| k == kind))
            .unwrap_or(0);
        let mut fields = vec![
            RoundField::Title,
            RoundField::Source,
            RoundField::Rule,
            RoundField::Fixed,
        ];
        fields.push(RoundField::Cap);
        if session
            .facilitator
            .as_deref()
            .is_some_and(|f| !f.trim().is_empty())
        {
            fields.push(RoundField::FacilitatorVotes);
        }
        fields.push(RoundField::Revotes);
        RoundForm {
            phase,
            fields,
            focus: 0,
            title: TextInput::with_text(title),
            title_is_default: true,
            sources,
            source,
            picked: Vec::new(),
            rule: BudgetRule::Third,
            fixed: 5,
            cap: 1,
            facilitator_votes: false,
            allow_revote: false,
            picker: None,
            typing_number: false,
        }
    }

    pub fn field(&self) -> RoundField {
        self.fields.get(self.focus).copied().unwrap_or(RoundField::Title)
    }

    pub fn source_kind(&self) -> SourceKind {
        self.sources
            .get(self.source)
            .map_or(SourceKind::Picked, |(kind, _)| *kind)
    }

    /// How many options the chosen source gives.
    pub fn option_count(&self) -> usize {
        match self.sources.get(self.source) {
            Some((SourceKind::Picked, _)) | None => self.picked.len(),
            Some((_, count)) => *count,
        }
    }

    pub fn budget(&self) -> DotBudget {
        match self.rule {
            BudgetRule::Third => DotBudget::Third,
            BudgetRule::Half => DotBudget::Half,
            BudgetRule::ThirdPlusOne => DotBudget::ThirdPlusOne,
            BudgetRule::Fixed => DotBudget::Fixed(self.fixed),
        }
    }

    /// The dots each voter gets with the options chosen now.
    pub fn dots(&self) -> u32 {
        self.budget().dots_for(self.option_count())
    }

    /// The cap as it will be stored: never more than the dots.
    pub fn effective_cap(&self) -> u32 {
        self.cap.min(self.dots()).max(1)
    }

    pub fn option_source(&self) -> OptionSource {
        match self.source_kind() {
            SourceKind::Ideas => OptionSource::Ideas,
            SourceKind::Clusters => OptionSource::Clusters,
            SourceKind::ClustersAndLooseIdeas => OptionSource::ClustersAndLooseIdeas,
            SourceKind::Picked => OptionSource::Picked(self.picked.clone()),
        }
    }

    /// What the core is asked to open.
    pub fn spec(&self, id: RoundId) -> RoundSpec {
        RoundSpec {
            id,
            phase: self.phase,
            title: self.title.text().to_string(),
            on: self.option_source(),
            budget: self.budget(),
            max_per_option: self.effective_cap(),
            facilitator_votes: self.facilitator_votes,
            allow_revote: self.allow_revote,
        }
    }

    /// The options, dots and cap the form gives now, or why it cannot open.
    pub fn preview(&self, session: &Session) -> Result<RoundPreview, VoteError> {
        voting::preview_round(session, &self.spec(RoundId::from_u128(0)))
    }

    /// ← → on the focused field (a choice, a number or a switch).
    pub fn change(&mut self, step: isize) {
        self.typing_number = false;
        match self.field() {
            RoundField::Title => {}
            RoundField::Source => self.source = cycle(self.source, self.sources.len(), step),
            RoundField::Rule => {
                let index = BudgetRule::ALL.iter().position(|r| *r == self.rule).unwrap_or(0);
                self.rule = BudgetRule::ALL[cycle(index, BudgetRule::ALL.len(), step)];
            }
            RoundField::Fixed => {
                self.rule = BudgetRule::Fixed;
                self.fixed = step_number(self.fixed, step, MAX_FIXED_DOTS);
            }
            RoundField::Cap => {
                let most = self.dots().max(1);
                self.cap = step_number(self.effective_cap(), step, most);
            }
            RoundField::FacilitatorVotes => self.facilitator_votes = !self.facilitator_votes,
            RoundField::Revotes => self.allow_revote = !self.allow_revote,
        }
    }

    /// A digit typed on a number field: the first replaces the number, the
    /// next ones append (so "1", "2" gives 12).
    pub fn type_digit(&mut self, digit: u32) {
        let (value, most) = match self.field() {
            RoundField::Fixed => (self.fixed, MAX_FIXED_DOTS),
            RoundField::Cap => (self.effective_cap(), self.dots().max(1)),
            _ => return,
        };
        let appended = value * 10 + digit;
        let typed = if self.typing_number && appended <= most {
            appended
        } else {
            digit
        };
        let typed = typed.clamp(1, most);
        match self.field() {
            RoundField::Fixed => {
                self.rule = BudgetRule::Fixed;
                self.fixed = typed;
            }
            _ => self.cap = typed,
        }
        self.typing_number = true;
    }

    /// An edit of the title: the first one that types or deletes replaces
    /// the suggested title; a cursor move keeps it for editing.
    pub fn edit_title(&mut self, action: &crate::tui::action::Action) {
        use crate::tui::action::Action as A;
        if std::mem::take(&mut self.title_is_default)
            && matches!(
                action,
                A::InsertChar(_) | A::Paste(_) | A::DeleteBackward | A::DeleteForward
            )
        {
            self.title.clear();
        }
        match action {
            A::Paste(text) => self.title.insert_str(&text.replace(['\r', '\n'], " ")),
            other => crate::tui::text_input::edit_text(&mut self.title, other),
        }
    }

    /// Any key that is not a digit ends typing a number.
    pub fn stop_typing_number(&mut self) {
        self.typing_number = false;
    }

    /// Marks or unmarks an option; keeps the picked ones in list order.
    pub fn toggle_pick(&mut self, option: VoteOption) {
        match self.picked.iter().position(|o| *o == option) {
            Some(index) => {
                self.picked.remove(index);
            }
            None => self.picked.push(option),
        }
        if let Some(picker) = &self.picker {
            let picked = std::mem::take(&mut self.picked);
            self.picked = picker
                .rows
                .iter()
                .filter_map(|row| match row {
                    PickRow::Option(option) if picked.contains(option) => Some(*option),
                    _ => None,
                })
                .collect();
        }
    }

    /// Chooses the hand-picked source and opens the list.
    pub fn open_picker(&mut self, session: &Session) {
        if let Some(index) = self.sources.iter().position(|(k, _)| *k == SourceKind::Picked) {
            self.source = index;
        }
        self.picker = Some(Picker::new(session, self.phase));
    }
}

fn cycle(index: usize, len: usize, step: isize) -> usize {
    if len == 0 {
        return 0;
    }
    (index as isize + step).rem_euclid(len as isize) as usize
}

fn step_number(value: u32, step: isize, most: u32) -> u32 {
    let next = i64::from(value) + step as i64;
    next.clamp(1, i64::from(most.max(1))) as u32
}

/// One line of the picking list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickRow {
    /// The heading of a phase's options.
    Phase(PhaseId),
    Option(VoteOption),
}

/// The picking list: the options of the round's phase first, then those of
/// the other phases (the realisation phase may vote on the fantasy phase's
/// ideas). Covered cards are left out: nobody can vote on what they cannot
/// read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub rows: Vec<PickRow>,
    /// Aligned with `rows`; a heading's is the phase title.
    pub labels: Vec<OptionLabel>,
    /// Always an option row when there is one.
    pub selected: usize,
}

impl Picker {
    pub fn new(session: &Session, phase: PhaseId) -> Picker {
        let mut phases: Vec<PhaseId> = vec![phase];
        phases.extend(session.phases.iter().map(|p| p.id).filter(|id| *id != phase));
        let mut rows = Vec::new();
        for phase in phases {
            let options = voting::resolve_options(session, phase, &OptionSource::Clusters)
                .into_iter()
                .flatten()
                .chain(
                    voting::resolve_options(session, phase, &OptionSource::Ideas)
                        .into_iter()
                        .flatten(),
                );
            let start = rows.len();
            rows.extend(options.map(PickRow::Option));
            if rows.len() > start {
                rows.insert(start, PickRow::Phase(phase));
            }
        }
        let options: Vec<VoteOption> = rows
            .iter()
            .filter_map(|row| match row {
                PickRow::Option(option) => Some(*option),
                PickRow::Phase(_) => None,
            })
            .collect();
        let mut option_labels = option_labels(session, &options).into_iter();
        let labels = rows
            .iter()
            .map(|row| match row {
                PickRow::Phase(id) => OptionLabel {
                    text: session.phase(*id).map(|p| p.title.clone()).unwrap_or_default(),
                    cluster_ideas: None,
                },
                PickRow::Option(_) => option_labels.next().unwrap_or(OptionLabel {
                    text: String::new(),
                    cluster_ideas: None,
                }),
            })
            .collect();
        let mut picker = Picker {
            rows,
            labels,
            selected: 0,
        };
        picker.selected = picker.nearest_option(0, 1);
        picker
    }

    fn is_option(&self, row: usize) -> bool {
        matches!(self.rows.get(row), Some(PickRow::Option(_)))
    }

    /// The option row at or after `row` going in `direction`, else the other way.
    fn nearest_option(&self, row: usize, direction: isize) -> usize {
        let forward = (row..self.rows.len()).find(|r| self.is_option(*r));
        let backward = (0..=row.min(self.rows.len().saturating_sub(1)))
            .rev()
            .find(|r| self.is_option(*r));
        let found = if direction >= 0 {
            forward.or(backward)
        } else {
            backward.or(forward)
        };
        found.unwrap_or(0)
    }

    /// Moves by `step` rows, skipping headings, stopping at the ends.
    pub fn move_by(&mut self, step: isize) {
        let last = self.rows.len().saturating_sub(1) as isize;
        let target = (self.selected as isize + step).clamp(0, last) as usize;
        self.selected = self.nearest_option(target, step);
    }

    pub fn select_first(&mut self) {
        self.selected = self.nearest_option(0, 1);
    }

    pub fn select_last(&mut self) {
        self.selected = self.nearest_option(self.rows.len().saturating_sub(1), -1);
    }

    pub fn option_at(&self, row: usize) -> Option<VoteOption> {
        match self.rows.get(row) {
            Some(PickRow::Option(option)) => Some(*option),
            _ => None,
        }
    }
}
