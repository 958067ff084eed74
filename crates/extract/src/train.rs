//! Training the CRF and harvesting gazetteers.
