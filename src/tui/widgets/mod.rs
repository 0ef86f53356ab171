//! Drawing pieces shared by the screens, each in one place: text fitted
//! to a width, fields, a centred dialog, big letters, the session header,
//! and the click targets of a frame.

pub mod action_facts;
pub mod big_text;
pub mod dialog;
pub mod field;
pub mod form;
pub mod header;
pub mod hits;
pub mod panel;
pub mod session_form;
pub mod text;
