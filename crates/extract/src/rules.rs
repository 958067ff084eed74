//! Rules for what the training data does not label: titles, ranks, events, dates,
//! organisation heads.
