//! Test support shared by the test binaries. Each binary compiles this
//! module on its own and uses only part of it, hence `dead_code` is allowed.
#![allow(dead_code)]

pub mod pty;
pub mod screen;

use plenum::core::MethodTemplate;

/// The built-in template with this id; a test names only ones that exist.
pub fn template(id: &str) -> MethodTemplate {
    MethodTemplate::built_in_by_id(id).expect("a built-in template")
}
