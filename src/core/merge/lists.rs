//! The generic parts of the merge: lists of items with ids, single fields,
//! sets of ids, and the order of a merged list.

use super::Kind;
use crate::core::session::*;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use uuid::Uuid;

/// An item of a session list, addressed by id.
pub(super) trait Keyed: Clone + PartialEq {
    type Id: Copy + Eq + Hash;
    const KIND: Kind;
    fn key(&self) -> Self::Id;
    /// How people recognise the item in a report.
    fn label(&self) -> String;
}

macro_rules! keyed {
    ($ty:ty, $id:ty, $kind:expr, |$item:ident| $label:expr) => {
        impl Keyed for $ty {
            type Id = $id;
            const KIND: Kind = $kind;
            fn key(&self) -> $id {
                self.id
            }
            fn label(&self) -> String {
                let $item = self;
                short($label)
            }
        }
    };
}
keyed!(Participant, ParticipantId, Kind::Participant, |p| &p.name);
keyed!(Phase, PhaseId, Kind::Phase, |p| &p.title);
keyed!(Idea, IdeaId, Kind::Idea, |i| &i.text);
keyed!(Cluster, ClusterId, Kind::Cluster, |c| &c.title);
keyed!(VoteRound, RoundId, Kind::Round, |r| &r.title);
keyed!(ActionItem, ActionId, Kind::Action, |a| &a.text);
keyed!(CheckinRound, CheckinId, Kind::Checkin, |c| &c.question);

/// The first line of a text, at most 60 characters.
fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > 60 || line.len() < text.trim_end().len() {
        let cut: String = line.chars().take(59).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_string()
    }
}

/// An item that the list merge cannot settle on its own.
pub(super) enum Change<'a, T> {
    /// Changed on both sides, differently.
    Both {
        base: Option<&'a T>,
        ours: &'a T,
        theirs: &'a T,
    },
    /// Changed on one side and deleted on the other.
    EditedDeleted { kept: &'a T },
}

/// Three-way merge of one list by ids. `keep` lists ids whose deletion is
/// undone. The order is ours, with theirs' new items after the item they
/// follow there (theirs' order when only theirs reordered).
pub(super) fn merge_by_id<T: Keyed>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    keep: &HashSet<T::Id>,
    mut settle: impl FnMut(Change<'_, T>) -> Vec<T>,
) -> Vec<T> {
    let index = |items: &[T]| -> HashMap<T::Id, usize> {
        items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.key(), i))
            .collect()
    };
    let (in_base, in_ours, in_theirs) = (index(base), index(ours), index(theirs));
    let ids = |items: &[T]| -> Vec<T::Id> { items.iter().map(Keyed::key).collect() };
    let order = merged_order(&ids(base), &ids(ours), &ids(theirs));
    let mut merged = Vec::with_capacity(order.len());
    for id in order {
        let b = in_base.get(&id).map(|&i| &base[i]);
        let o = in_ours.get(&id).map(|&i| &ours[i]);
        let t = in_theirs.get(&id).map(|&i| &theirs[i]);
        let kept = keep.contains(&id);
        match (b, o, t) {
            (_, Some(o), Some(t)) if o == t => merged.push(o.clone()),
            (Some(b), Some(o), Some(t)) if b == o => merged.push(t.clone()),
            (Some(b), Some(o), Some(t)) if b == t => merged.push(o.clone()),
            (b, Some(o), Some(t)) => merged.extend(settle(Change::Both {
                base: b,
                ours: o,
                theirs: t,
            })),
            // Deleted on one side: gone if the other side did not touch it.
            (Some(b), Some(side), None) | (Some(b), None, Some(side)) if b == side => {
                if kept {
                    merged.push(side.clone());
                }
            }
            (Some(_), Some(side), None) | (Some(_), None, Some(side)) => {
                merged.extend(settle(Change::EditedDeleted { kept: side }));
            }
            // Added on one side.
            (None, Some(side), None) | (None, None, Some(side)) => merged.push(side.clone()),
            (Some(_), None, None) | (None, None, None) => {}
        }
    }
    // Items deleted on both sides but needed again come back at the end.
    for item in base {
        if keep.contains(&item.key())
            && !in_ours.contains_key(&item.key())
            && !in_theirs.contains_key(&item.key())
        {
            merged.push(item.clone());
        }
    }
    merged
}

/// The ids of ours and theirs in one order: ours (or theirs, when only
/// theirs reordered the items both have), with the other side's new ids
/// inserted after the id they follow on their side.
fn merged_order<Id: Copy + Eq + Hash>(base: &[Id], ours: &[Id], theirs: &[Id]) -> Vec<Id> {
    let theirs_leads = same_relative_order(base, ours) && !same_relative_order(base, theirs);
    let (lead, other) = if theirs_leads {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let in_lead: HashSet<Id> = lead.iter().copied().collect();
    // New ids of `other`, grouped by the last id of `lead` before them.
    let mut after: HashMap<Option<Id>, Vec<Id>> = HashMap::new();
    let mut anchor = None;
    for &id in other {
        if in_lead.contains(&id) {
            anchor = Some(id);
        } else {
            after.entry(anchor).or_default().push(id);
        }
    }
    // New ids before any shared one go before the first shared id; when
    // the sides share nothing, after the lead's ids.
    let first_shared = other.iter().find(|id| in_lead.contains(id));
    let mut leading = after.remove(&None).unwrap_or_default();
    let mut order = Vec::with_capacity(lead.len() + other.len());
    for &id in lead {
        if Some(&id) == first_shared {
            order.append(&mut leading);
        }
        order.push(id);
        if let Some(new) = after.remove(&Some(id)) {
            order.extend(new);
        }
    }
    order.append(&mut leading);
    order
}

/// Whether `side` keeps the items it shares with `base` in base's order.
fn same_relative_order<Id: Copy + Eq + Hash>(base: &[Id], side: &[Id]) -> bool {
    let in_side: HashSet<Id> = side.iter().copied().collect();
    let in_base: HashSet<Id> = base.iter().copied().collect();
    let from_base = base.iter().filter(|id| in_side.contains(id));
    let from_side = side.iter().filter(|id| in_base.contains(id));
    from_base.eq(from_side)
}

/// One field, three-way: the side that changed it wins; when both changed
/// it differently, ours is kept and `field` is noted in `clashes`.
pub(super) fn pick<T: PartialEq + Clone>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    clashes: &mut Vec<&'static str>,
    field: &'static str,
) -> T {
    if ours == theirs || base == Some(theirs) {
        return ours.clone();
    }
    if base == Some(ours) {
        return theirs.clone();
    }
    clashes.push(field);
    ours.clone()
}

/// A set of ids (authors, voters), three-way: what either side added is
/// in, what either side removed is out. Ours' order, then theirs' additions.
pub(super) fn merge_set<Id: Copy + Eq + Hash>(base: Option<&[Id]>, ours: &[Id], theirs: &[Id]) -> Vec<Id> {
    let base: HashSet<Id> = base.unwrap_or_default().iter().copied().collect();
    let in_ours: HashSet<Id> = ours.iter().copied().collect();
    let in_theirs: HashSet<Id> = theirs.iter().copied().collect();
    let kept = ours
        .iter()
        .filter(|id| !base.contains(id) || in_theirs.contains(id));
    let added = theirs
        .iter()
        .filter(|id| !base.contains(id) && !in_ours.contains(id));
    kept.chain(added).copied().collect()
}

/// A new id derived from `original` and `salt`, so that merging the same
/// files twice gives the same file; `taken` rules out ids already in use.
pub(super) fn derived_id(original: Uuid, salt: &str, taken: impl Fn(Uuid) -> bool) -> Uuid {
    let mut attempt: u64 = 0;
    loop {
        let high = fnv1a(0xcbf2_9ce4_8422_2325, original.as_bytes(), salt, attempt);
        let low = fnv1a(0x8422_2325_cbf2_9ce4, original.as_bytes(), salt, attempt);
        let id = uuid::Builder::from_random_bytes(((u128::from(high) << 64) | u128::from(low)).to_be_bytes())
            .into_uuid();
        if id != original && !taken(id) {
            return id;
        }
        attempt += 1;
    }
}

fn fnv1a(seed: u64, bytes: &[u8], salt: &str, attempt: u64) -> u64 {
    let mut hash = seed;
    let all = bytes
        .iter()
        .chain(salt.as_bytes())
        .copied()
        .chain(attempt.to_le_bytes());
    for byte in all {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_of_theirs_follow_their_neighbour() {
        assert_eq!(
            merged_order(&[1, 2, 3], &[1, 2, 3, 4], &[1, 5, 6, 2, 3]),
            [1, 5, 6, 2, 3, 4]
        );
        assert_eq!(merged_order(&[1, 2], &[1, 2], &[7, 1, 2]), [7, 1, 2]);
        assert_eq!(merged_order(&[1, 2], &[1, 2, 3], &[2, 7]), [1, 2, 7, 3]);
        assert_eq!(merged_order::<u8>(&[], &[3], &[7, 8]), [3, 7, 8]);
    }

    #[test]
    fn a_reordering_on_one_side_is_kept() {
        assert_eq!(merged_order(&[1, 2, 3], &[1, 2, 3, 4], &[3, 1, 2]), [3, 4, 1, 2]);
        assert_eq!(merged_order(&[1, 2, 3], &[2, 1, 3], &[3, 1, 2]), [2, 1, 3]);
    }

    #[test]
    fn sets_keep_additions_and_removals_of_both_sides() {
        assert_eq!(merge_set(Some(&[1, 2, 3]), &[1, 3, 4], &[2, 3, 5]), [3, 4, 5]);
        assert_eq!(merge_set(None, &[1], &[1, 2]), [1, 2]);
    }

    #[test]
    fn a_field_changed_on_both_sides_is_a_clash() {
        let mut clashes = Vec::new();
        assert_eq!(pick(Some(&1), &1, &2, &mut clashes, "a"), 2);
        assert_eq!(pick(Some(&1), &3, &1, &mut clashes, "b"), 3);
        assert_eq!(pick(Some(&1), &4, &4, &mut clashes, "c"), 4);
        assert!(clashes.is_empty());
        assert_eq!(pick(Some(&1), &3, &2, &mut clashes, "d"), 3);
        assert_eq!(pick(None, &3, &2, &mut clashes, "e"), 3);
        assert_eq!(clashes, ["d", "e"]);
    }

    #[test]
    fn derived_ids_are_stable_and_avoid_taken_ones() {
        let original = Uuid::from_u128(7);
        let first = derived_id(original, "text", |_| false);
        assert_eq!(first, derived_id(original, "text", |_| false));
        assert_ne!(first, derived_id(original, "other", |_| false));
        let second = derived_id(original, "text", |id| id == first);
        assert_ne!(second, first);
    }
}
