//! The one place a [`Route`] becomes a screen: screens name where to go,
//! and only this module knows every screen.

use super::document::Document;
use super::outcome::{Route, Say};
use super::screen::Screen;
use super::screens::actions::{ActionList, Back};
use super::screens::checkin::CheckinView;
use super::screens::cluster::ClusterMode;
use super::screens::host::HostControl;
use super::screens::overview::OverviewScreen;
use super::screens::resume::ContinueScreen;
use super::screens::spotlight::Spotlight;
use super::screens::vote::VoteState;
use crate::core::MethodTemplate;
use jiff::civil::Date;
use std::path::Path;

/// What a route may be built from.
pub struct Place<'a> {
    /// The open session, if one is open.
    pub doc: Option<&'a Document>,
    /// The sessions folder.
    pub dir: &'a Path,
    pub today: Date,
    pub templates: &'a [MethodTemplate],
}

fn boxed(screen: impl Screen) -> Box<dyn Screen> {
    Box::new(screen)
}

/// The screen a route leads to, or why it cannot open now (cluster mode
/// without ideas, say). `None` when the route needs an open session and
/// none is open, and for the start screen, which the app builds.
pub fn open(route: &Route, place: &Place) -> Option<Result<Box<dyn Screen>, Say>> {
    let screen = match route {
        Route::Start { .. } => return None,
        Route::Overview { filter, start_row } => Ok(boxed(OverviewScreen::load(
            place.dir,
            filter.clone(),
            place.today,
            *start_row,
        ))),
        Route::Continue {
            previous,
            path,
            template,
            start_row,
        } => Ok(boxed(ContinueScreen::new(
            (**previous).clone(),
            path.clone(),
            *template,
            place.templates.len(),
            *start_row,
        ))),
        session_route => return over_session(session_route, place.doc?),
    };
    Some(screen)
}

/// The screens over the open session (`None` for the others).
fn over_session(route: &Route, doc: &Document) -> Option<Result<Box<dyn Screen>, Say>> {
    let screen = match route {
        Route::Cluster => ClusterMode::enter(doc).map(boxed),
        Route::Vote => VoteState::open(doc).map(boxed),
        Route::Checkin => CheckinView::open(doc).map(boxed),
        Route::Hosting(link) => Ok(boxed(HostControl::new(link.clone()))),
        Route::Spotlight(spot) => Spotlight::open(spot.clone(), doc).map(boxed),
        Route::NewAction(origins) => Ok(boxed(ActionList::new_action(doc, origins))),
        Route::Actions { select, overview } => {
            let back = match overview {
                Some((filter, start_row)) => Back::Overview {
                    filter: filter.clone(),
                    start_row: *start_row,
                },
                None => Back::Board,
            };
            Ok(boxed(ActionList::showing(doc, *select, back)))
        }
        Route::Start { .. } | Route::Overview { .. } | Route::Continue { .. } => return None,
    };
    Some(screen)
}
