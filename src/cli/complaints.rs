//! `kartoteka complaint` and `kartoteka satisfaction`: complaints through
//! their four dated steps, and satisfaction answers.

use crate::domain::complaints::{Answer, Step};
use crate::domain::dates::parse_datetime;
use crate::store::Store;

use super::args::{ComplaintCommand, SatisfactionArgs};
use super::emit;
use crate::i18n::t;
use crate::tr;

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
            let next =
                k.next_step().map_or_else(|| t("show-closed").to_string(), |s| tr!("complaint-next", step = s.id()));
            let said =
                tr!("complaint-step-done", id = k.id.to_string(), client = k.client.to_string(), step = step.id());
            emit(&format!("{said}; {next}\n"))
        }
    }
}

pub fn satisfaction(store: &mut Store, a: &SatisfactionArgs) -> anyhow::Result<()> {
    // Every answer is read before anything is written.
    let answers: Vec<Answer> = a.answer.iter().map(|t| Answer::parse(t)).collect::<Result<_, _>>()?;
    let at = a.at.as_deref().map(|t| parse_datetime("at", t)).transpose()?;
    let client = store.resolve_client("client", &a.client)?;
    match store.record_satisfaction(client, &answers, at)? {
        Some(id) => emit(&format!("{}\n", tr!("survey-recorded-complaint", n = answers.len(), id = id.to_string()))),
        None => emit(&format!("{}\n", tr!("survey-recorded", n = answers.len()))),
    }
}
