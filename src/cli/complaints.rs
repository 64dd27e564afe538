//! `kartoteka complaint` and `kartoteka satisfaction`: complaints through
//! their four dated steps, and satisfaction answers.

use crate::domain::complaints::{Answer, Step};
use crate::domain::dates::parse_datetime;
use crate::store::Store;

use super::args::{ComplaintCommand, SatisfactionArgs};
use super::emit;

pub fn run(store: &mut Store, command: ComplaintCommand) -> anyhow::Result<()> {
    match command {
        ComplaintCommand::Add(a) => {
            let at = a.at.as_deref().map(|t| parse_datetime("at", t)).transpose()?;
            let client = store.resolve_client("client", &a.client)?;
            let id = store.register_complaint(client, &a.what, a.by.as_deref(), at)?;
            emit(&format!("{id}\n"))
        }
        ComplaintCommand::Step(a) => {
            let step: Step = a.step.parse()?;
            let at = a.at.as_deref().map(|t| parse_datetime("at", t)).transpose()?;
            let k = store.complaint_step(a.id, step, &a.note, at)?;
            let next = k.next_step().map_or_else(|| "closed".to_string(), |s| format!("next: {}", s.id()));
            emit(&format!("complaint {} of {}: {}; {next}\n", k.id, k.client, step.id()))
        }
    }
}

pub fn satisfaction(store: &mut Store, a: &SatisfactionArgs) -> anyhow::Result<()> {
    // Every answer is read before anything is written.
    let answers: Vec<Answer> = a.answer.iter().map(|t| Answer::parse(t)).collect::<Result<_, _>>()?;
    let at = a.at.as_deref().map(|t| parse_datetime("at", t)).transpose()?;
    let client = store.resolve_client("client", &a.client)?;
    match store.record_satisfaction(client, &answers, at)? {
        Some(id) => emit(&format!("{} answers recorded; complaint {id} opened for the low ones\n", answers.len())),
        None => emit(&format!("{} answers recorded\n", answers.len())),
    }
}
