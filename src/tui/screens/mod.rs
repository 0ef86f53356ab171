//! The screens, one folder each: a screen's state, what its keys do, how
//! it is drawn and what its footer offers, side by side. A screen imports
//! no other screen and not the app; it returns an `Outcome`, and a `Route`
//! names the screen to open. [`open`] is the one place a route becomes a
//! screen.

pub mod cluster;

use super::document::Document;
use super::outcome::{Route, Say};
use super::screen::Screen;

/// The screen a route leads to over the open document, or why it cannot
/// open now (cluster mode without ideas, say).
pub fn open(route: &Route, doc: &Document) -> Result<Box<dyn Screen>, Say> {
    match route {
        Route::Cluster => Ok(Box::new(cluster::ClusterMode::enter(doc)?)),
    }
}
