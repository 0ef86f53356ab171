//! The one place a [`Route`] becomes a screen: screens name where to go,
//! and only this module knows every screen.

use super::document::Document;
use super::outcome::{Route, Say};
use super::screen::Screen;
use super::screens::cluster::ClusterMode;

/// The screen a route leads to over the open document, or why it cannot
/// open now (cluster mode without ideas, say).
pub fn open(route: &Route, doc: &Document) -> Result<Box<dyn Screen>, Say> {
    match route {
        Route::Cluster => Ok(Box::new(ClusterMode::enter(doc)?)),
    }
}
