//! How the exactness of figures carries over to what is computed from them: a value derived
//! from a bound is a bound, never an exact number.

use super::Qualifier;

impl Qualifier {
    /// Whether the true value lies above the stated one (`MoreThan`, `AtLeast`).
    pub fn is_lower_bound(self) -> bool {
        matches!(self, Self::MoreThan | Self::AtLeast)
    }

    /// Whether the true value lies below the stated one (`LessThan`, `AtMost`).
    pub fn is_upper_bound(self) -> bool {
        matches!(self, Self::LessThan | Self::AtMost)
    }

    /// The same bound seen from the other side: a lower bound of a divisor is an upper bound
    /// of the quotient.
    fn flipped(self) -> Self {
        match self {
            Self::MoreThan => Self::LessThan,
            Self::AtLeast => Self::AtMost,
            Self::LessThan => Self::MoreThan,
            Self::AtMost => Self::AtLeast,
            Self::Exact | Self::About => self,
        }
    }

    /// Two bounds that move a result the same way: the result keeps the bound (strict if
    /// either is); bounds pulling apart, or anything approximate, leave only "about".
    fn combined(self, other: Self) -> Self {
        let strict = self == Self::MoreThan
            || other == Self::MoreThan
            || self == Self::LessThan
            || other == Self::LessThan;
        match (self, other) {
            (Self::Exact, q) | (q, Self::Exact) => q,
            (a, b) if a.is_lower_bound() && b.is_lower_bound() => {
                if strict {
                    Self::MoreThan
                } else {
                    Self::AtLeast
                }
            }
            (a, b) if a.is_upper_bound() && b.is_upper_bound() => {
                if strict {
                    Self::LessThan
                } else {
                    Self::AtMost
                }
            }
            _ => Self::About,
        }
    }

    /// The qualifier of `numerator / denominator` (both positive) from theirs: "more than 7 of
    /// 19" is "more than 36 %"; "7 of more than 19" is "less than 37 %"; "more than 7 of more
    /// than 19" bounds nothing and is only "about".
    pub fn of_ratio(numerator: Self, denominator: Self) -> Self {
        numerator.combined(denominator.flipped())
    }

    /// The qualifier of a sum (or a mean) of positive parts with these qualifiers.
    pub fn of_sum(parts: impl IntoIterator<Item = Self>) -> Self {
        parts.into_iter().fold(Self::Exact, Self::combined)
    }
}

#[cfg(test)]
mod tests {
    use super::Qualifier::{self, About, AtLeast, AtMost, Exact, LessThan, MoreThan};

    #[test]
    fn a_share_of_a_bound_is_a_bound() {
        assert_eq!(Qualifier::of_ratio(MoreThan, Exact), MoreThan);
        assert_eq!(Qualifier::of_ratio(AtLeast, Exact), AtLeast);
        assert_eq!(Qualifier::of_ratio(Exact, MoreThan), LessThan);
        assert_eq!(Qualifier::of_ratio(Exact, AtMost), AtLeast);
        assert_eq!(Qualifier::of_ratio(MoreThan, LessThan), MoreThan);
        assert_eq!(Qualifier::of_ratio(AtLeast, AtMost), AtLeast);
        assert_eq!(Qualifier::of_ratio(LessThan, AtLeast), LessThan);
        assert_eq!(Qualifier::of_ratio(Exact, Exact), Exact);
    }

    #[test]
    fn bounds_pulling_apart_and_approximations_leave_about() {
        assert_eq!(Qualifier::of_ratio(MoreThan, MoreThan), About);
        assert_eq!(Qualifier::of_ratio(LessThan, AtMost), About);
        assert_eq!(Qualifier::of_ratio(About, Exact), About);
        assert_eq!(Qualifier::of_ratio(Exact, About), About);
    }

    #[test]
    fn a_sum_keeps_the_bounds_of_its_parts() {
        assert_eq!(Qualifier::of_sum([Exact, Exact]), Exact);
        assert_eq!(Qualifier::of_sum([Exact, MoreThan, AtLeast]), MoreThan);
        assert_eq!(Qualifier::of_sum([AtLeast, AtLeast]), AtLeast);
        assert_eq!(Qualifier::of_sum([MoreThan, LessThan]), About);
        assert_eq!(Qualifier::of_sum([About, Exact]), About);
        assert_eq!(Qualifier::of_sum([]), Exact);
    }
}
