//! Names of values in the exports, one casing (snake_case) for every enum.

use crate::core::{ActionStatus, Activity, CheckinScale, DotBudget, RoundStatus};
use serde::{Serialize, Serializer};

/// `capture`, `cluster`, `vote`, `discuss`, `actions`, `checkin`.
pub fn activity_name(activity: Activity) -> &'static str {
    match activity {
        Activity::Capture => "capture",
        Activity::Cluster => "cluster",
        Activity::Vote => "vote",
        Activity::Discuss => "discuss",
        Activity::Actions => "actions",
        Activity::Checkin => "checkin",
    }
}

/// `open`, `doing`, `done`, `dropped`.
pub fn status_name(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "open",
        ActionStatus::Doing => "doing",
        ActionStatus::Done => "done",
        ActionStatus::Dropped => "dropped",
    }
}

/// `open`, `revealed`.
pub fn round_status(status: RoundStatus) -> &'static str {
    match status {
        RoundStatus::Open => "open",
        RoundStatus::Revealed => "revealed",
    }
}

/// `mood`, `roti`, `fist_of_five`.
pub fn scale_code(scale: CheckinScale) -> &'static str {
    match scale {
        CheckinScale::Mood => "mood",
        CheckinScale::Roti => "roti",
        CheckinScale::FistOfFive => "fist_of_five",
    }
}

/// `fixed`, `third`, `half`, `third_plus_one`.
pub fn budget_name(budget: DotBudget) -> &'static str {
    match budget {
        DotBudget::Fixed(_) => "fixed",
        DotBudget::Third => "third",
        DotBudget::Half => "half",
        DotBudget::ThirdPlusOne => "third_plus_one",
    }
}

pub(super) fn activity_names<S: Serializer>(activities: &[Activity], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(activities.iter().map(|&a| activity_name(a)))
}

pub(super) fn action_status_name<S: Serializer>(status: &ActionStatus, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(status_name(*status))
}

pub(super) fn round_status_name<S: Serializer>(status: &RoundStatus, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(round_status(*status))
}

pub(super) fn scale_name<S: Serializer>(scale: &CheckinScale, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(scale_code(*scale))
}

/// `{"rule": "fixed", "dots": 5}`; `dots` is `null` for the rules that
/// depend on the number of options.
pub(super) fn budget_rule<S: Serializer>(budget: &DotBudget, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Rule {
        rule: &'static str,
        dots: Option<u32>,
    }
    let dots = match budget {
        DotBudget::Fixed(n) => Some(*n),
        _ => None,
    };
    Rule {
        rule: budget_name(*budget),
        dots,
    }
    .serialize(s)
}
