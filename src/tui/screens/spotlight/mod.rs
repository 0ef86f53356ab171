//! The spotlight: one idea, one cluster with its ideas, one result line or
//! one action alone, as large as the terminal allows and fully readable
//! however long (what does not fit scrolls with the list keys). Opened with
//! one key from the board, cluster mode, the results and the action list;
//! any of the keys that close things (`Esc`, the spotlight key again)
//! brings the screen below back.
//!
//! The worked example in ARCHITECTURE.md: this folder, the `Route::Spotlight`
//! variant and one line in `routes.rs` are all it took.

use crate::core::public::is_covered;
use crate::core::voting;
use crate::core::{Idea, Session, VoteOption};
use crate::i18n::{self, Msg, fill, tr};
use crate::tui::action::Action;
use crate::tui::document::Document;
use crate::tui::mode::Mode;
use crate::tui::outcome::{Outcome, Say, Spot};
use crate::tui::screen::{Ctx, Screen, ViewCtx};
use crate::tui::widgets::big_text::font_has;
use crate::tui::widgets::hits::Hits;
use crate::tui::widgets::text::wrapped;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use tui_big_text::{BigText, PixelSize};

/// Lines the page keys scroll.
const PAGE: u16 = 10;
/// Longer texts read better in normal letters wrapped at words than in
/// block letters.
const BIG_TEXT_MOST_CHARS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spotlight {
    pub spot: Spot,
    /// Lines scrolled down, for a text longer than the screen.
    pub scroll: u16,
}

impl Spotlight {
    /// The spotlight on `spot`, if the session has it.
    pub fn open(spot: Spot, doc: &Document) -> Result<Spotlight, Say> {
        if content(&doc.session, &spot, crate::core::Language::En).is_none() {
            return Err(Say::info(Msg::NoIdeaSelected));
        }
        Ok(Spotlight { spot, scroll: 0 })
    }
}

/// What the spotlight shows: a kind, a title, and the lines below it.
struct Content {
    kind: Msg,
    title: String,
    lines: Vec<String>,
}

/// The text of an idea as it may be shown: a covered card stays covered
/// (silent brainwriting), as the core's secrecy rules say, here as on the
/// board.
fn shown_idea_text(lang: crate::core::Language, idea: &Idea) -> String {
    if is_covered(idea) {
        format!("▒▒▒▒▒▒ {}", tr(lang, Msg::CoveredCard))
    } else {
        idea.text.clone()
    }
}

fn option_label(session: &Session, lang: crate::core::Language, option: VoteOption) -> Option<String> {
    match option {
        VoteOption::Idea(id) => session.idea(id).map(|idea| shown_idea_text(lang, idea)),
        VoteOption::Cluster(id) => session.cluster(id).map(|c| c.title.clone()),
    }
}

fn content(session: &Session, spot: &Spot, lang: crate::core::Language) -> Option<Content> {
    match spot {
        Spot::Idea(id) => {
            let idea = session.idea(*id)?;
            Some(Content {
                kind: Msg::SpotIdea,
                title: shown_idea_text(lang, idea),
                lines: Vec::new(),
            })
        }
        Spot::Cluster(id) => {
            let cluster = session.cluster(*id)?;
            let lines = session
                .ideas
                .iter()
                .filter(|idea| idea.cluster == Some(*id))
                .map(|idea| format!("• {}", shown_idea_text(lang, idea)))
                .collect();
            Some(Content {
                kind: Msg::SpotCluster,
                title: cluster.title.clone(),
                lines,
            })
        }
        Spot::ResultLine { round, option } => {
            // Results exist only after the reveal; before it, nothing shows.
            let results = voting::results(session.round(*round)?)?;
            let line = results.lines.iter().find(|line| line.option == *option)?;
            let dots = match line.dots {
                1 => tr(lang, Msg::VoteDotOne).to_string(),
                n => fill(lang, Msg::VoteDotsMany, &[("n", &n)]),
            };
            Some(Content {
                kind: Msg::SpotResult,
                title: option_label(session, lang, *option)?,
                lines: vec![fill(
                    lang,
                    Msg::SpotRank,
                    &[("rank", &line.rank), ("dots", &dots)],
                )],
            })
        }
        Spot::Action(id) => {
            let action = session.actions.iter().find(|a| a.id == *id)?;
            let owner = action.owner.clone().unwrap_or_default();
            let mut lines = Vec::new();
            match action.due {
                Some(due) => lines.push(fill(
                    lang,
                    Msg::SpotOwnerDue,
                    &[("owner", &owner), ("due", &i18n::format_date(lang, due))],
                )),
                None if !owner.is_empty() => lines.push(owner),
                None => {}
            }
            if !action.note.is_empty() {
                lines.push(action.note.clone());
            }
            Some(Content {
                kind: Msg::SpotAction,
                title: action.text.clone(),
                lines,
            })
        }
    }
}

impl Screen for Spotlight {
    fn mode(&self) -> Mode {
        Mode::Spotlight
    }

    fn update(&mut self, action: Action, _ctx: &mut Ctx) -> Outcome {
        match action {
            Action::CancelInput | Action::ShowSpotlight => Outcome::Pop,
            Action::SelectNext => {
                self.scroll = self.scroll.saturating_add(1);
                Outcome::Stay
            }
            Action::SelectPrevious => {
                self.scroll = self.scroll.saturating_sub(1);
                Outcome::Stay
            }
            Action::PageDown => {
                self.scroll = self.scroll.saturating_add(PAGE);
                Outcome::Stay
            }
            Action::PageUp => {
                self.scroll = self.scroll.saturating_sub(PAGE);
                Outcome::Stay
            }
            Action::SelectFirst => {
                self.scroll = 0;
                Outcome::Stay
            }
            Action::Quit | Action::ToggleHelp | Action::Undo | Action::Redo | Action::SaveSession => {
                Outcome::Pass(action)
            }
            _ => Outcome::Stay,
        }
    }

    fn render(&self, view: &ViewCtx, frame: &mut Frame, area: Rect, _hits: &mut Hits) {
        let theme = view.theme;
        let lang = view.lang;
        let content = view.doc.and_then(|doc| content(&doc.session, &self.spot, lang));
        let Some(content) = content else {
            let text = Paragraph::new(tr(lang, Msg::SpotGone)).style(theme.muted);
            frame.render_widget(text, area);
            return;
        };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border(true))
            .title(Span::styled(
                format!(" {} ", tr(lang, content.kind)),
                theme.heading,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let inner = Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        };
        if content.lines.is_empty()
            && self.scroll == 0
            && let Some((big, height)) = big_title(&content.title, inner, theme.phase_title)
        {
            let top = inner.y + inner.height.saturating_sub(height) / 2;
            frame.render_widget(
                big,
                Rect {
                    y: top,
                    height,
                    ..inner
                },
            );
            return;
        }
        // Wrapped here rather than by the paragraph, so the lines can be
        // counted and scrolled: nothing is ever cut off.
        let width = usize::from(inner.width.max(1));
        let mut lines = wrapped(&content.title, width, usize::MAX, theme.phase_title);
        if !content.lines.is_empty() {
            lines.push(Line::default());
        }
        for line in &content.lines {
            lines.extend(wrapped(line, width, usize::MAX, theme.base));
        }
        let total = lines.len();
        let overflow = total > usize::from(inner.height);
        let [body, more] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(u16::from(overflow))]).areas(inner);
        let shown = usize::from(body.height);
        let scroll = usize::from(self.scroll).min(total.saturating_sub(shown));
        let visible: Vec<Line> = lines.into_iter().skip(scroll).take(shown).collect();
        frame.render_widget(Paragraph::new(visible), body);
        if overflow && scroll + shown < total {
            frame.render_widget(Paragraph::new(tr(lang, Msg::SpotMore)).style(theme.muted), more);
        }
    }

    fn footer(&self, _view: &ViewCtx) -> Vec<Action> {
        vec![
            Action::CancelInput,
            Action::SelectNext,
            Action::ToggleHelp,
            Action::Quit,
        ]
    }
}

/// A short text in big letters, the largest size at which it fits (wrapped
/// at words); `None` when it does not fit or the font lacks a letter.
fn big_title(text: &str, area: Rect, style: Style) -> Option<(BigText<'static>, u16)> {
    if !font_has(text) || text.contains('\n') || text.chars().count() > BIG_TEXT_MOST_CHARS {
        return None;
    }
    let sizes = [
        (PixelSize::Full, 8, 8),
        (PixelSize::HalfHeight, 8, 4),
        (PixelSize::Quadrant, 4, 4),
    ];
    sizes.iter().find_map(|(size, columns, rows)| {
        let per_line = usize::from(area.width / columns);
        if per_line == 0 {
            return None;
        }
        let lines: Vec<String> = wrapped(text, per_line, usize::MAX, Style::new())
            .into_iter()
            .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        let height = u16::try_from(lines.len()).ok()? * rows;
        let fits =
            lines.iter().all(|line: &String| line.chars().count() <= per_line) && height <= area.height;
        fits.then(|| {
            let big = BigText::builder()
                .pixel_size(*size)
                .style(style)
                .lines(lines.into_iter().map(Line::from).collect::<Vec<_>>())
                .centered()
                .build();
            (big, height)
        })
    })
}
