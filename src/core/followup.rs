//! Follow-up: action items, overdue logic, carrying open actions into a new
//! session (the permanent workshop), check-in and check-out rounds.
