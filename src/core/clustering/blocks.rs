//! Average linkage for phases of any size, in memory linear in the number
//! of ideas.
//!
//! Up to [`BLOCK`] ideas are clustered exactly on their full similarity
//! matrix. A larger phase goes in rounds: the items (at first the ideas) are
//! ordered by their strongest feature, so that related ones fall into the
//! same block of [`BLOCK`]; each block is clustered exactly; the groups found
//! become the items of the next round. Rounds go on while they still merge
//! a twentieth of the items, and end with one exact round once all items fit
//! in one block.
//!
//! An item keeps the mean of its ideas' vectors. The dot product of two
//! means is exactly the average similarity between the ideas of the two
//! items (the similarity of two ideas is the dot product of their vectors),
//! so a later round continues the same average linkage across the borders
//! of the blocks. What the rounds give up against one matrix of all ideas:
//! two items meet only when they share a block in some round.
//!
//! Memory: one [`BLOCK`]² matrix (4 MB) and the vectors, whatever the size of
//! the phase; time grows with the number of ideas times [`BLOCK`].

use super::linkage::{Similarities, weighted_average_linkage};

/// Most items clustered together on one similarity matrix.
pub(super) const BLOCK: usize = 1_000;

/// A sparse vector: (feature, weight), sorted by feature.
pub(super) type Vector = Vec<(u32, f32)>;

/// A group of ideas found so far, with the mean of their vectors.
struct Item {
    members: Vec<usize>,
    mean: Vector,
}

/// Groups of indices into `rows` (each ascending, groups by their first
/// index) whose average-linkage similarity reaches `threshold`; ideas that
/// join nobody are groups of one. `feature_count` bounds the features of
/// the rows.
pub(super) fn cluster(rows: &[Vector], feature_count: usize, threshold: f32) -> Vec<Vec<usize>> {
    let mut items: Vec<Item> = rows
        .iter()
        .enumerate()
        .map(|(index, row)| Item {
            members: vec![index],
            mean: row.clone(),
        })
        .collect();
    let mut postings = Postings::new(feature_count);
    loop {
        let before = items.len();
        if before <= BLOCK {
            items = cluster_round(items, &mut postings, threshold);
            break;
        }
        items = cluster_round(in_feature_order(items), &mut postings, threshold);
        if items.len() * 20 > before * 19 {
            break;
        }
    }
    let mut groups: Vec<Vec<usize>> = items.into_iter().map(|item| item.members).collect();
    for group in &mut groups {
        group.sort_unstable();
    }
    groups.sort_unstable_by_key(|group| group[0]);
    groups
}

/// The items ordered by their strongest feature (ties: the lower feature,
/// then the first idea), so that neighbours share what weighs most.
fn in_feature_order(mut items: Vec<Item>) -> Vec<Item> {
    let strongest = |item: &Item| {
        item.mean
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
            .map_or(u32::MAX, |&(feature, _)| feature)
    };
    items.sort_by_cached_key(|item| (strongest(item), item.members.iter().min().copied()));
    items
}

/// One round: each block of [`BLOCK`] consecutive items clustered exactly.
fn cluster_round(items: Vec<Item>, postings: &mut Postings, threshold: f32) -> Vec<Item> {
    let mut merged = Vec::with_capacity(items.len());
    let mut items = items.into_iter();
    loop {
        let block: Vec<Item> = items.by_ref().take(BLOCK).collect();
        if block.is_empty() {
            return merged;
        }
        let weights: Vec<f32> = block.iter().map(|item| item.members.len() as f32).collect();
        let similarities = postings.similarities(&block);
        let groups = weighted_average_linkage(similarities, &weights, threshold);
        let mut block: Vec<Option<Item>> = block.into_iter().map(Some).collect();
        for group in groups {
            let parts: Vec<Item> = group.iter().filter_map(|&index| block[index].take()).collect();
            merged.push(joined(parts));
        }
    }
}

/// One item of several: all their ideas, the weighted mean of their means.
fn joined(mut parts: Vec<Item>) -> Item {
    if parts.len() == 1 {
        return parts.remove(0);
    }
    let total: usize = parts.iter().map(|part| part.members.len()).sum();
    let mut weighted: Vec<(u32, f32)> = parts
        .iter()
        .flat_map(|part| {
            let share = part.members.len() as f32 / total as f32;
            part.mean
                .iter()
                .map(move |&(feature, weight)| (feature, weight * share))
        })
        .collect();
    weighted.sort_unstable_by_key(|(feature, _)| *feature);
    let mut mean: Vector = Vec::with_capacity(weighted.len());
    for (feature, weight) in weighted {
        match mean.last_mut() {
            Some(last) if last.0 == feature => last.1 += weight,
            _ => mean.push((feature, weight)),
        }
    }
    Item {
        members: parts.into_iter().flat_map(|part| part.members).collect(),
        mean,
    }
}

/// Per feature, the items of the current block that have it; reused from
/// block to block.
struct Postings {
    lists: Vec<Vec<(usize, f32)>>,
    used: Vec<u32>,
}

impl Postings {
    fn new(feature_count: usize) -> Postings {
        Postings {
            lists: vec![Vec::new(); feature_count],
            used: Vec::new(),
        }
    }

    /// Dot products of all pairs of the block. Goes feature by feature
    /// (in feature order, so sums always add up in the same order) through
    /// the items that have it: pairs that share nothing cost nothing.
    fn similarities(&mut self, block: &[Item]) -> Similarities {
        for (index, item) in block.iter().enumerate() {
            for &(feature, weight) in &item.mean {
                let list = &mut self.lists[feature as usize];
                if list.is_empty() {
                    self.used.push(feature);
                }
                list.push((index, weight));
            }
        }
        self.used.sort_unstable();
        let mut similarities = Similarities::zeros(block.len());
        for &feature in &self.used {
            let list = &mut self.lists[feature as usize];
            for (i, &(a, weight_a)) in list.iter().enumerate() {
                for &(b, weight_b) in &list[i + 1..] {
                    similarities.add(a, b, weight_a * weight_b);
                }
            }
            list.clear();
        }
        self.used.clear();
        similarities
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `count` ideas in `topics` topics: idea i has its topic's feature and
    /// one feature of its own.
    fn topical_rows(count: usize, topics: usize) -> Vec<Vector> {
        let weight = std::f32::consts::FRAC_1_SQRT_2;
        (0..count)
            .map(|i| {
                let mut row = vec![((i % topics) as u32, weight), ((topics + i) as u32, weight)];
                row.sort_unstable_by_key(|(feature, _)| *feature);
                row
            })
            .collect()
    }

    #[test]
    fn small_phases_are_one_exact_block() {
        let rows = topical_rows(30, 3);
        let groups = cluster(&rows, 33, 0.1);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0], (0..30).step_by(3).collect::<Vec<_>>());
    }

    #[test]
    fn topics_spread_over_many_blocks_come_together() {
        // Ideas arrive with their topics interleaved, so the first blocks
        // hold every topic; the rounds still find one group per topic.
        let count = 3 * BLOCK + 17;
        let rows = topical_rows(count, 7);
        let groups = cluster(&rows, 7 + count, 0.1);
        assert_eq!(groups.len(), 7);
        for (topic, group) in groups.iter().enumerate() {
            assert!(group.iter().all(|i| i % 7 == topic), "topic {topic} is mixed");
        }
        assert_eq!(groups.iter().map(Vec::len).sum::<usize>(), count);
    }

    #[test]
    fn unrelated_ideas_stay_alone_in_large_phases() {
        let count = BLOCK + 5;
        let rows: Vec<Vector> = (0..count).map(|i| vec![(i as u32, 1.0)]).collect();
        let groups = cluster(&rows, count, 0.1);
        assert_eq!(groups.len(), count);
    }

    #[test]
    fn a_joined_mean_weighs_by_ideas() {
        let one = Item {
            members: vec![0],
            mean: vec![(0, 1.0)],
        };
        let three = Item {
            members: vec![1, 2, 3],
            mean: vec![(0, 0.5), (1, 0.5)],
        };
        let both = joined(vec![one, three]);
        assert_eq!(both.members, [0, 1, 2, 3]);
        assert_eq!(both.mean, [(0, 0.625), (1, 0.375)]);
    }
}
