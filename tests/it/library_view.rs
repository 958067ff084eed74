//! The library view, driven headless with kittest (filled in by its owner).
