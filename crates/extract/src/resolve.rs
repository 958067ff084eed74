//! Entity resolution: grouping mentions into entities.

use sahifa_model::Annotations;

use crate::Span;

/// Groups spans into entities; mentions in text order.
pub fn resolve(_chars: &[char], _spans: &[Span]) -> Annotations {
    Annotations::default()
}
