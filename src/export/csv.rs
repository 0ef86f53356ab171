//! CSV export: one row per idea, or one per action.
