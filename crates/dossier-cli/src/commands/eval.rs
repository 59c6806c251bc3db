//! `dossier eval`: measure stages against annotated data.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use dossier::eval::gold::{extract_gold_dir, extract_polnear_split, run_scorer};
use dossier::eval::{events, segmentation};
use dossier::pipeline::Pipeline;

use super::eval_syntax;
use crate::{exit, EvalCommand};

/// Runs an evaluation; returns the exit code.
pub fn run(command: EvalCommand) -> u8 {
    let result = match command {
        EvalCommand::Segmentation { data } => eval_segmentation(&data),
        EvalCommand::Events {
            plover,
            petrarch,
            table,
        } => eval_events(&plover, &petrarch, &table),
        EvalCommand::Ner(args) => super::ner::eval(&args),
        EvalCommand::Gold {
            gold_dir,
            out,
            scorer,
            verbose,
        } => eval_gold(&gold_dir, &out, &scorer, verbose),
        EvalCommand::Polnear {
            split_dir,
            out,
            scorer,
        } => eval_polnear(&split_dir, &out, &scorer),
        EvalCommand::Pos { data, models } => eval_syntax::eval_pos(&data, models.as_deref()),
        EvalCommand::Parse { data, models } => eval_syntax::eval_parse(&data, models.as_deref()),
    };
    match result {
        Ok(report) => {
            print!("{report}");
            exit::OK
        }
        Err(problem) => {
            eprintln!("dossier: {problem}");
            exit::FAILURE
        }
    }
}

fn eval_segmentation(data: &Path) -> Result<String, String> {
    segmentation::model_loads()?;
    let treebank = std::fs::read_to_string(data).map_err(|e| format!("{}: {e}", data.display()))?;
    let scores =
        segmentation::evaluate(&treebank).map_err(|e| format!("{}: {e}", data.display()))?;
    Ok(format!(
        "segmentation on {}\n  sentences {}\n  tokens    {}\n  speed     {:.0} tokens/s\n",
        data.display(),
        scores.sentences,
        scores.tokens,
        scores.tokens_per_second
    ))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn eval_events(plover: &Path, petrarch: &[PathBuf], table: &Path) -> Result<String, String> {
    let pipeline = Pipeline::load()?;
    let gold = events::read_plover_records(&read(plover)?)
        .map_err(|e| format!("{}: {e}", plover.display()))?;
    let mut report = format!(
        "PLOVER gold records ({})
  {}
",
        plover.display(),
        events::evaluate(&pipeline, &gold)
    );
    let table = events::read_cameo_table(&read(table)?);
    for file in petrarch {
        let gold = events::read_petrarch_records(&read(file)?, &table);
        report.push_str(&format!(
            "PETRARCH2 records ({})
  {}
",
            file.display(),
            events::evaluate(&pipeline, &gold)
        ));
    }
    Ok(report)
}

fn eval_gold(gold_dir: &Path, out: &Path, scorer: &Path, verbose: bool) -> Result<String, String> {
    let pipeline = Pipeline::load()?;
    let n = extract_gold_dir(&pipeline, gold_dir, out)?;
    let mut args: Vec<&OsStr> = vec![
        OsStr::new("--gold-dir"),
        gold_dir.as_os_str(),
        OsStr::new("--system-dir"),
        out.as_os_str(),
    ];
    if verbose {
        args.push(OsStr::new("--verbose"));
    }
    let scores = run_scorer(scorer, &args)?;
    Ok(format!(
        "{n} gold documents from {} (outputs in {})\n{scores}",
        gold_dir.display(),
        out.display()
    ))
}

fn eval_polnear(split_dir: &Path, out: &Path, scorer: &Path) -> Result<String, String> {
    let pipeline = Pipeline::load()?;
    let n = extract_polnear_split(&pipeline, split_dir, out)?;
    let args: Vec<&OsStr> = vec![
        OsStr::new("--split-dir"),
        split_dir.as_os_str(),
        OsStr::new("--system-dir"),
        out.as_os_str(),
    ];
    let scores = run_scorer(scorer, &args)?;
    Ok(format!(
        "{n} PolNeAR articles from {} (outputs in {})\n{scores}",
        split_dir.display(),
        out.display()
    ))
}
