//! How the clinic's days for one activity compare with a guide's, and how far the guides
//! spread: pure functions over day numbers, so the guide pages, the comparison page and the
//! activity pages all decide "sooner", "later" and "disagree" by the same rule.
//!
//! An activity has two thresholds: the first day it may be done at all (with care, or
//! without limits when there is no careful stage) and the first day without limits. Both
//! are compared, because a clinic can start a step sooner than a guide and still finish it
//! later ("with care from day 4, not day 7; without limits from day 14, not day 7").
//! Numbers for the final session only are never set against every-session ones: callers
//! pick the clinic's answer for the same [`SessionScope`] as the guide's number.

use crate::messages::Messages;
use crate::model::{Recommendation, SessionScope};

/// The two days one side gives for an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Days {
    /// The first day it may be done at all (with care or without limits).
    pub care: Option<u32>,
    /// The first day without limits.
    pub full: Option<u32>,
}

impl Days {
    /// From a with-care day and an allowed day as written: a day allowed without limits
    /// may also be done with care, so the first day at all is the earlier of the two.
    pub fn new(with_care_from: Option<u32>, allowed_from: Option<u32>) -> Days {
        let care = match (with_care_from, allowed_from) {
            (Some(c), Some(a)) => Some(c.min(a)),
            (c, a) => c.or(a),
        };
        Days { care, full: allowed_from }
    }

    pub fn of(r: &Recommendation) -> Days {
        Days::new(r.with_care_from, r.allowed_from)
    }

    /// True when the careful stage starts on another day than the full one (or only one of
    /// them is given): then it is worth comparing on its own.
    fn has_care_stage(self) -> bool {
        self.care != self.full
    }

    fn any(self) -> bool {
        self.care.is_some() || self.full.is_some()
    }
}

/// One threshold, ours against the guide's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Both give a day and ours is earlier.
    Sooner {
        ours: u32,
        theirs: u32,
    },
    Same {
        day: u32,
    },
    /// Both give a day and ours is later.
    Later {
        ours: u32,
        theirs: u32,
    },
    /// Only we give a day.
    GuideSilent {
        ours: u32,
    },
    /// Only the guide gives a day: we never reach this step in the healing time.
    OursNever {
        theirs: u32,
    },
    Neither,
}

impl Step {
    pub fn of(ours: Option<u32>, theirs: Option<u32>) -> Step {
        match (ours, theirs) {
            (Some(o), Some(g)) if o < g => Step::Sooner { ours: o, theirs: g },
            (Some(o), Some(g)) if o > g => Step::Later { ours: o, theirs: g },
            (Some(o), Some(_)) => Step::Same { day: o },
            (Some(o), None) => Step::GuideSilent { ours: o },
            (None, Some(g)) => Step::OursNever { theirs: g },
            (None, None) => Step::Neither,
        }
    }
}

/// The whole comparison of one guide recommendation with the clinic's rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// The guide gives no day number at all (only words).
    GuideVague,
    /// The clinic gives no day from which it is allowed (never, or an action on set days).
    OursNoDay,
    /// `care` is `None` when neither side has a careful stage of its own, so the first day
    /// at all and the first day without limits are the same comparison.
    Days { care: Option<Step>, full: Step },
}

/// Compares the clinic's days with a guide's, both for the same session scope.
pub fn compare(ours: Days, theirs: Days) -> Comparison {
    match (ours.any(), theirs.any()) {
        (_, false) => Comparison::GuideVague,
        (false, true) => Comparison::OursNoDay,
        (true, true) => Comparison::Days {
            care: (ours.has_care_stage() || theirs.has_care_stage()).then(|| Step::of(ours.care, theirs.care)),
            full: Step::of(ours.full, theirs.full),
        },
    }
}

impl Comparison {
    /// One word for styling and tests: `same`, `earlier`, `later`, `mixed` or `unknown`.
    pub fn kind(self) -> &'static str {
        let Comparison::Days { care, full } = self else { return "unknown" };
        let order = |s: Step| match s {
            Step::Sooner { .. } => Some("earlier"),
            Step::Later { .. } | Step::OursNever { .. } => Some("later"),
            Step::Same { .. } | Step::Neither => Some("same"),
            Step::GuideSilent { .. } => None,
        };
        let mut seen: Vec<&str> =
            [care.map(order).unwrap_or(Some("same")), order(full)].into_iter().flatten().collect();
        seen.sort_unstable();
        seen.dedup();
        match seen.as_slice() {
            [] => "unknown",
            [one] => one,
            // "same" on one threshold and a difference on the other: the difference.
            ["earlier", "same"] => "earlier",
            ["later", "same"] => "later",
            _ => "mixed",
        }
    }

    /// The difference in words, or `None` when the days are the same.
    pub fn text(self, w: &Messages) -> Option<String> {
        let (care, full) = match self {
            Comparison::GuideVague => return Some(w.get("cmp-guide-no-day", &[])),
            Comparison::OursNoDay => return Some(w.get("cmp-ours-no-day", &[])),
            Comparison::Days { care, full } => (care, full),
        };
        let same = |s: Option<Step>| matches!(s, None | Some(Step::Same { .. } | Step::Neither));
        if same(care) && same(Some(full)) {
            return None;
        }
        // Without a careful stage on either side there is one day to compare: "sooner".
        let full_step = if care.is_some() { "full" } else { "day" };
        let sentence = |step: &'static str, s: Step| -> Option<String> {
            let (id, args): (&str, Vec<(&str, crate::messages::Arg)>) = match s {
                Step::Sooner { ours, theirs } => ("cmp-sooner", vec![("ours", ours.into()), ("theirs", theirs.into())]),
                Step::Later { ours, theirs } => ("cmp-later", vec![("ours", ours.into()), ("theirs", theirs.into())]),
                Step::Same { day } => ("cmp-same", vec![("day", day.into())]),
                Step::GuideSilent { ours } => ("cmp-guide-silent", vec![("ours", ours.into())]),
                Step::OursNever { theirs } => ("cmp-ours-never", vec![("theirs", theirs.into())]),
                Step::Neither => return None,
            };
            let mut args = args;
            args.push(("step", step.into()));
            Some(w.get(id, &args))
        };
        let parts: Vec<String> =
            [care.and_then(|c| sentence("care", c)), sentence(full_step, full)].into_iter().flatten().collect();
        Some(parts.join(" "))
    }
}

/// How far apart the guides' days are for one activity and one session scope: `(low, high)`
/// for each threshold where they differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spread {
    pub care: Option<(u32, u32)>,
    pub full: Option<(u32, u32)>,
}

impl Spread {
    pub fn any(self) -> bool {
        self.care.is_some() || self.full.is_some()
    }
}

/// The spread of the days in `recs` that are for `scope` (other scopes are left out, so a
/// final-session-only number never counts against every-session ones).
pub fn spread<'a>(recs: impl IntoIterator<Item = &'a Recommendation>, scope: SessionScope) -> Spread {
    let days: Vec<Days> = recs.into_iter().filter(|r| r.session == scope).map(Days::of).collect();
    let range = |get: fn(&Days) -> Option<u32>| {
        let lo = days.iter().filter_map(get).min()?;
        let hi = days.iter().filter_map(get).max()?;
        (lo != hi).then_some((lo, hi))
    };
    Spread { care: range(|d| d.care), full: range(|d| d.full) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(care: Option<u32>, full: Option<u32>) -> Days {
        Days::new(care, full)
    }

    /// Each threshold on its own: none/some on each side, and less/equal/greater.
    #[test]
    fn one_threshold_every_combination() {
        assert_eq!(Step::of(None, None), Step::Neither);
        assert_eq!(Step::of(Some(4), None), Step::GuideSilent { ours: 4 });
        assert_eq!(Step::of(None, Some(7)), Step::OursNever { theirs: 7 });
        assert_eq!(Step::of(Some(4), Some(7)), Step::Sooner { ours: 4, theirs: 7 });
        assert_eq!(Step::of(Some(7), Some(7)), Step::Same { day: 7 });
        assert_eq!(Step::of(Some(10), Some(7)), Step::Later { ours: 10, theirs: 7 });
        assert_eq!(Step::of(Some(0), Some(0)), Step::Same { day: 0 });
    }

    #[test]
    fn the_first_day_at_all_is_the_earlier_of_the_two() {
        assert_eq!(d(Some(4), Some(14)), Days { care: Some(4), full: Some(14) });
        assert_eq!(d(None, Some(7)), Days { care: Some(7), full: Some(7) });
        assert_eq!(d(Some(7), None), Days { care: Some(7), full: None });
        assert_eq!(d(None, None), Days { care: None, full: None });
        // Written the wrong way round, a day without limits still allows it with care.
        assert_eq!(d(Some(9), Some(5)), Days { care: Some(5), full: Some(5) });
    }

    #[test]
    fn the_with_care_threshold_is_compared_too() {
        // The case: we allow it with care 3 days before the guide allows it at all.
        let c = compare(d(Some(4), Some(14)), d(None, Some(7)));
        assert_eq!(
            c,
            Comparison::Days {
                care: Some(Step::Sooner { ours: 4, theirs: 7 }),
                full: Step::Later { ours: 14, theirs: 7 }
            }
        );
        assert_eq!(c.kind(), "mixed");
        // A guide with a with-care day only, against our with-care day.
        let c = compare(d(Some(4), Some(14)), d(Some(7), None));
        assert_eq!(
            c,
            Comparison::Days { care: Some(Step::Sooner { ours: 4, theirs: 7 }), full: Step::GuideSilent { ours: 14 } }
        );
        assert_eq!(c.kind(), "earlier");
        // Same first day, later without limits.
        let c = compare(d(Some(3), Some(14)), d(Some(3), Some(10)));
        assert_eq!(
            c,
            Comparison::Days { care: Some(Step::Same { day: 3 }), full: Step::Later { ours: 14, theirs: 10 } }
        );
        assert_eq!(c.kind(), "later");
        // Later with care, sooner without limits.
        let c = compare(d(None, Some(5)), d(Some(3), Some(7)));
        assert_eq!(
            c,
            Comparison::Days {
                care: Some(Step::Later { ours: 5, theirs: 3 }),
                full: Step::Sooner { ours: 5, theirs: 7 }
            }
        );
        assert_eq!(c.kind(), "mixed");
        // We never lift the limits; the guide does.
        let c = compare(d(Some(2), None), d(None, Some(30)));
        assert_eq!(
            c,
            Comparison::Days { care: Some(Step::Sooner { ours: 2, theirs: 30 }), full: Step::OursNever { theirs: 30 } }
        );
        assert_eq!(c.kind(), "mixed");
    }

    #[test]
    fn without_a_careful_stage_on_either_side_only_one_day_is_compared() {
        for (ours, theirs, full, kind) in [
            (3, 7, Step::Sooner { ours: 3, theirs: 7 }, "earlier"),
            (7, 7, Step::Same { day: 7 }, "same"),
            (10, 7, Step::Later { ours: 10, theirs: 7 }, "later"),
        ] {
            let c = compare(d(None, Some(ours)), d(None, Some(theirs)));
            assert_eq!(c, Comparison::Days { care: None, full });
            assert_eq!(c.kind(), kind);
        }
        // Both with care only, never without limits.
        let c = compare(d(Some(4), None), d(Some(7), None));
        assert_eq!(c, Comparison::Days { care: Some(Step::Sooner { ours: 4, theirs: 7 }), full: Step::Neither });
        assert_eq!(c.kind(), "earlier");
    }

    #[test]
    fn every_combination_of_both_thresholds_is_decided() {
        // Each threshold of each side: none, or a day below, equal to or above the other
        // side's. Every pair must give a result whose parts agree with `Step::of`.
        let options = [None, Some(3), Some(7), Some(10)];
        for oc in options {
            for of in options {
                for tc in options {
                    for tf in options {
                        let (ours, theirs) = (d(oc, of), d(tc, tf));
                        match compare(ours, theirs) {
                            Comparison::GuideVague => assert!(tc.is_none() && tf.is_none()),
                            Comparison::OursNoDay => assert!(oc.is_none() && of.is_none() && theirs.any()),
                            Comparison::Days { care, full } => {
                                assert!(ours.any() && theirs.any());
                                assert_eq!(full, Step::of(ours.full, theirs.full));
                                let stage = ours.care != ours.full || theirs.care != theirs.full;
                                assert_eq!(care, stage.then(|| Step::of(ours.care, theirs.care)));
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn vague_guides_and_dayless_rules_are_not_compared() {
        assert_eq!(compare(d(Some(4), Some(14)), d(None, None)), Comparison::GuideVague);
        assert_eq!(compare(d(None, None), d(None, Some(13))), Comparison::OursNoDay);
        assert_eq!(compare(d(None, None), d(None, None)), Comparison::GuideVague);
        assert_eq!(Comparison::GuideVague.kind(), "unknown");
        assert_eq!(Comparison::OursNoDay.kind(), "unknown");
    }

    fn rec(care: Option<u32>, full: Option<u32>, session: SessionScope) -> Recommendation {
        Recommendation {
            activity: "wet-head".into(),
            allowed_from: full,
            with_care_from: care,
            vague: None,
            session,
            condition: None,
            says: String::new(),
            shifted: None,
        }
    }

    #[test]
    fn the_spread_counts_both_thresholds_and_one_scope_at_a_time() {
        use SessionScope::{Every, Final};
        // Same day without limits, but one guide starts with care sooner.
        let recs = [rec(Some(4), Some(7), Every), rec(None, Some(7), Every)];
        assert_eq!(spread(&recs, Every), Spread { care: Some((4, 7)), full: None });
        // Only with-care days given.
        let recs = [rec(Some(3), None, Every), rec(Some(7), None, Every)];
        assert_eq!(spread(&recs, Every), Spread { care: Some((3, 7)), full: None });
        // A final-session-only 30 does not spread an every-session 10.
        let recs = [rec(None, Some(10), Every), rec(None, Some(30), Final)];
        assert!(!spread(&recs, Every).any());
        assert!(!spread(&recs, Final).any());
        // Vague guides do not count; one guide alone does not disagree.
        let recs = [rec(None, None, Every), rec(None, Some(10), Every)];
        assert!(!spread(&recs, Every).any());
        let recs = [rec(Some(3), Some(10), Every), rec(None, Some(3), Every), rec(Some(4), None, Every)];
        assert_eq!(spread(&recs, Every), Spread { care: Some((3, 4)), full: Some((3, 10)) });
    }
}
