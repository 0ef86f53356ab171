//! The one place a [`Route`] becomes a screen: screens name where to go,
//! and only this module knows every screen.

use super::document::Document;
use super::outcome::{Route, Say};
use super::screen::Screen;
use super::screens::actions::{ActionList, Back};
use super::screens::checkin::CheckinView;
use super::screens::cluster::ClusterMode;
use super::screens::spotlight::Spotlight;
use super::screens::vote::VoteState;

/// The screen a route leads to over the open document, or why it cannot
/// open now (cluster mode without ideas, say). `None` for the routes into
/// the session screen's own forms, which the app opens there.
pub fn open(route: &Route, doc: &Document) -> Option<Result<Box<dyn Screen>, Say>> {
    let screen: Result<Box<dyn Screen>, Say> = match route {
        Route::Cluster => ClusterMode::enter(doc).map(|s| Box::new(s) as Box<dyn Screen>),
        Route::Vote => VoteState::open(doc).map(|s| Box::new(s) as Box<dyn Screen>),
        Route::Checkin => CheckinView::open(doc).map(|s| Box::new(s) as Box<dyn Screen>),
        Route::Spotlight(spot) => Spotlight::open(spot.clone(), doc).map(|s| Box::new(s) as Box<dyn Screen>),
        Route::NewAction(origins) => Ok(Box::new(ActionList::new_action(doc, origins)) as Box<dyn Screen>),
        Route::Actions { select, overview } => {
            let back = match overview {
                Some((filter, start_row)) => Back::Overview {
                    filter: filter.clone(),
                    start_row: *start_row,
                },
                None => Back::Board,
            };
            Ok(Box::new(ActionList::showing(doc, *select, back)) as Box<dyn Screen>)
        }
        // The overview lives on the start screen, which the app opens.
        Route::Overview { .. } => return None,
    };
    Some(screen)
}
