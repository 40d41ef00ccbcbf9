//! Tipline: an anonymous, OpenPGP-encrypted tip line for people held in
//! scam compounds, people who escaped them, and their families.

pub mod accounts;
pub mod blobs;
pub mod cli;
pub mod clock;
pub mod codename;
pub mod config;
pub mod conversation;
pub mod coords;
pub mod db;
#[doc(hidden)]
pub mod fuzz;
pub mod i18n;
pub mod identity;
pub mod intake;
pub mod mail;
pub mod notices;
pub mod open;
pub mod outage;
pub mod outbox;
pub mod random;
pub mod report;
pub mod retention;
pub mod routing;
pub mod seal;
pub mod startup;
pub mod strip;
pub mod telemetry;
pub mod upload;
pub mod vetting;
pub mod web;
