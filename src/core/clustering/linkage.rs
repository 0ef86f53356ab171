//! Average-linkage agglomerative clustering with a similarity threshold.
//!
//! Two groups merge while the mean similarity over all pairs between them is
//! at least the threshold. Average linkage is the usual choice for short
//! texts: single linkage chains unrelated cards through one shared word,
//! complete linkage splits a theme as soon as two of its cards share nothing.
//!
//! The nearest-neighbour chain algorithm finds the same merges as repeatedly
//! merging the most similar pair (average linkage is reducible), in O(n²)
//! time on the n×n similarity matrix instead of O(n³). Ties go to the lower
//! index, so the result never depends on anything but the input.

/// A symmetric matrix of similarities, stored in full for fast row access.
pub(super) struct Similarities {
    size: usize,
    values: Vec<f32>,
}

impl Similarities {
    pub fn zeros(size: usize) -> Similarities {
        Similarities {
            size,
            values: vec![0.0; size * size],
        }
    }

    pub fn size(&self) -> usize {
        self.size
    }

    pub fn get(&self, a: usize, b: usize) -> f32 {
        self.values[a * self.size + b]
    }

    /// Adds to the similarity of `a` and `b` (both directions).
    pub fn add(&mut self, a: usize, b: usize, value: f32) {
        self.values[a * self.size + b] += value;
        if a != b {
            self.values[b * self.size + a] += value;
        }
    }

    fn set(&mut self, a: usize, b: usize, value: f32) {
        self.values[a * self.size + b] = value;
        self.values[b * self.size + a] = value;
    }
}

/// Groups of item indices (each ascending, groups by their first item) whose
/// average-linkage similarity reaches `threshold`. Every item is in exactly
/// one group; items that join nobody are groups of one.
#[cfg(test)]
pub(super) fn average_linkage(similarities: Similarities, threshold: f32) -> Vec<Vec<usize>> {
    let weights = vec![1.0; similarities.size()];
    weighted_average_linkage(similarities, &weights, threshold)
}

/// [`average_linkage`] of items that are groups already: `weights[i]` is how
/// many ideas item `i` stands for, and `similarities` the average similarity
/// between the ideas of two items. Merging two items weighs their rows by
/// these counts, so the result is the average linkage of the ideas.
pub(super) fn weighted_average_linkage(
    mut similarities: Similarities,
    weights: &[f32],
    threshold: f32,
) -> Vec<Vec<usize>> {
    let n = similarities.size();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut weights = weights.to_vec();
    // Groups still looking for a partner; a merged-away or finished group is
    // inactive.
    let mut active = vec![true; n];
    let mut chain: Vec<usize> = Vec::new();
    let mut next_start = 0;
    loop {
        if chain.is_empty() {
            while next_start < n && !active[next_start] {
                next_start += 1;
            }
            if next_start == n {
                break;
            }
            chain.push(next_start);
        }
        let top = chain[chain.len() - 1];
        let previous = chain.len().checked_sub(2).map(|i| chain[i]);
        match nearest(&similarities, &active, top, previous) {
            Some((neighbour, similarity)) if similarity >= threshold => {
                if Some(neighbour) == previous {
                    chain.truncate(chain.len() - 2);
                    merge(
                        &mut similarities,
                        &mut members,
                        &mut weights,
                        &mut active,
                        top.min(neighbour),
                        top.max(neighbour),
                    );
                } else {
                    chain.push(neighbour);
                }
            }
            _ => {
                // Its best partner is below the threshold, and an average
                // with merged groups can never exceed that best: it is done.
                // (Only a chain's first group gets here: any later one has
                // its predecessor at or above the threshold.)
                active[top] = false;
                chain.pop();
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|group| !group.is_empty()).collect();
    for group in &mut groups {
        group.sort_unstable();
    }
    groups.sort_unstable_by_key(|group| group[0]);
    groups
}

/// The most similar active group to `of`; on a tie the chain's previous
/// group (which keeps the chain from cycling), then the lowest index.
fn nearest(
    similarities: &Similarities,
    active: &[bool],
    of: usize,
    previous: Option<usize>,
) -> Option<(usize, f32)> {
    let mut best: Option<(usize, f32)> = previous.map(|p| (p, similarities.get(of, p)));
    for (other, &is_active) in active.iter().enumerate() {
        if other == of || !is_active || Some(other) == previous {
            continue;
        }
        let similarity = similarities.get(of, other);
        let better = match best {
            None => true,
            Some((index, value)) => {
                similarity > value || (similarity == value && Some(index) != previous && other < index)
            }
        };
        if better {
            best = Some((other, similarity));
        }
    }
    best
}

/// Merges group `b` into group `a` (Lance-Williams update for average
/// linkage: the new row is the size-weighted mean of the two rows).
fn merge(
    similarities: &mut Similarities,
    members: &mut [Vec<usize>],
    weights: &mut [f32],
    active: &mut [bool],
    a: usize,
    b: usize,
) {
    let size_a = weights[a];
    let size_b = weights[b];
    weights[a] = size_a + size_b;
    for (other, group) in members.iter().enumerate() {
        if other == a || other == b || group.is_empty() {
            continue;
        }
        let mean =
            (size_a * similarities.get(a, other) + size_b * similarities.get(b, other)) / (size_a + size_b);
        similarities.set(a, other, mean);
    }
    let moved = std::mem::take(&mut members[b]);
    members[a].extend(moved);
    active[b] = false;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix(size: usize, pairs: &[(usize, usize, f32)]) -> Similarities {
        let mut similarities = Similarities::zeros(size);
        for &(a, b, value) in pairs {
            similarities.add(a, b, value);
        }
        similarities
    }

    #[test]
    fn groups_follow_the_threshold() {
        // 0-1 close, 2-3 close, 1-2 weakly linked, 4 alone.
        let pairs = [(0, 1, 0.9), (2, 3, 0.8), (1, 2, 0.3), (0, 2, 0.2)];
        assert_eq!(
            average_linkage(matrix(5, &pairs), 0.5),
            vec![vec![0, 1], vec![2, 3], vec![4]]
        );
        // Between the two pairs the average is (0.3 + 0.2 + 0 + 0) / 4.
        assert_eq!(
            average_linkage(matrix(5, &pairs), 0.125),
            vec![vec![0, 1, 2, 3], vec![4]]
        );
        assert_eq!(
            average_linkage(matrix(5, &pairs), 0.13),
            vec![vec![0, 1], vec![2, 3], vec![4]]
        );
    }

    #[test]
    fn average_not_single_linkage() {
        // 2 is very close to 1 but far from 0: the average to {0, 1} is 0.45.
        let pairs = [(0, 1, 0.9), (1, 2, 0.85), (0, 2, 0.05)];
        assert_eq!(average_linkage(matrix(3, &pairs), 0.5), vec![vec![0, 1], vec![2]]);
        assert_eq!(average_linkage(matrix(3, &pairs), 0.45), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn ties_are_broken_by_index() {
        let pairs = [(0, 1, 0.5), (0, 2, 0.5), (1, 2, 0.0)];
        assert_eq!(average_linkage(matrix(3, &pairs), 0.4), vec![vec![0, 1], vec![2]]);
    }

    #[test]
    fn empty_and_single() {
        assert!(average_linkage(Similarities::zeros(0), 0.1).is_empty());
        assert_eq!(average_linkage(Similarities::zeros(1), 0.1), vec![vec![0]]);
    }
}
