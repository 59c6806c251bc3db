//! `dossier`: the command-line front end of the Dossier pipeline.

mod commands;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// mimalloc in place of the system allocator: the pipeline allocates many
/// small strings and vectors per document, and extraction runs about 5%
/// faster with it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes, as documented in `--help` and the README.
pub mod exit {
    /// Everything was read and written.
    pub const OK: u8 = 0;
    /// Some inputs had problems (each reported on stderr); the rest were processed.
    pub const INPUT_PROBLEMS: u8 = 1;
    /// The command line was wrong.
    pub const USAGE: u8 = 2;
    /// Output could not be written, an evaluation could not run, or a model in
    /// `$DOSSIER_MODELS` could not be loaded.
    pub const FAILURE: u8 = 3;
}

const AFTER_HELP: &str = "\
Exit codes:
  0  everything was read and written
  1  some inputs had problems (each named on stderr); all other inputs were processed
  2  the command line was wrong
  3  output could not be written, an evaluation could not run, or a model in
     $DOSSIER_MODELS could not be loaded";

/// Dossier turns news articles into evidence-backed actors, relations, claims and events.
#[derive(Parser, Debug)]
#[command(name = "dossier", version, about, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract documents (text, HTML, JSON Lines, RSS/Atom; files, directories or - for stdin).
    #[command(after_help = AFTER_HELP)]
    Extract(ExtractArgs),
    /// Run the whole pipeline on the bundled example articles and print a summary.
    Demo(DemoArgs),
    /// Measure a stage against annotated data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Single-threaded throughput of the pipeline and of each stage (median of runs).
    Bench(BenchArgs),
    /// Train a model on annotated data.
    Train(commands::train::TrainArgs),
    /// Load a running `dossier serve` with a bounded number of requests; report req/s and latency.
    BenchServe(commands::bench_serve::BenchServeArgs),
    /// Serve the HTTP API and the web workspace over a corpus database.
    Serve(commands::serve::ServeArgs),
    #[command(flatten)]
    Corpus(commands::corpus::CorpusCommand),
}

#[derive(clap::Args, Debug)]
struct BenchArgs {
    /// Articles to process (files or folders).
    #[arg(default_value = "../shared/data/polnear/data/dev/text")]
    paths: Vec<PathBuf>,
    /// Runs over the articles; the median is reported.
    #[arg(long, default_value_t = 5)]
    repeat: usize,
}

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// `dossier/1` JSON: one object (an array for several documents; one file each with -o DIR).
    Json,
    /// `dossier/1` JSON Lines: one document per line.
    Jsonl,
    /// A readable summary.
    Text,
    /// A standalone annotated HTML page per document.
    Html,
}

#[derive(clap::Args, Debug)]
struct ExtractArgs {
    /// Files, directories (read recursively) or - for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "json")]
    format: OutputFormat,
    /// Output file, or directory (one file per document for json and html).
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = dossier::ingest::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

#[derive(clap::Args, Debug)]
struct DemoArgs {
    /// Folder of example articles.
    #[arg(long, default_value = "examples")]
    examples: PathBuf,
    /// Output format.
    #[arg(long, short, value_enum, default_value = "text")]
    format: OutputFormat,
}

#[derive(Subcommand, Debug)]
enum EvalCommand {
    /// Sentence and token F1 of the segmenter on a UD CoNLL-U treebank.
    Segmentation {
        /// CoNLL-U file, for example ../shared/data/ud_english_ewt/en_ewt-ud-test.conllu.
        #[arg(long)]
        data: PathBuf,
    },
    /// Named-entity P/R/F1 (exact spans, per kind) and speed on CoNLL-2003 data.
    Ner(commands::ner::EvalNerArgs),
    /// Extract a gold folder and score it with score_extraction.py.
    Gold {
        /// Folder of gold JSON files and their texts.
        #[arg(long, default_value = "../shared/eval/dev")]
        gold_dir: PathBuf,
        /// Where to write the system outputs.
        #[arg(long, default_value = "out/eval-gold")]
        out: PathBuf,
        /// The scorer.
        #[arg(long, default_value = "../shared/tools/score_extraction.py")]
        scorer: PathBuf,
        /// Print the scorer's per-item listing.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Event-type and actor accuracy on the PLOVER gold records and the PETRARCH2 validation records.
    Events {
        /// PLOVER gold standard records (JSON).
        #[arg(
            long,
            default_value = "../shared/data/plover/gold_standard_records/PLOVER_GSR_CAMEO.txt"
        )]
        plover: PathBuf,
        /// PETRARCH2 records (XML); may be given several times.
        #[arg(long, default_values = ["../shared/data/petrarch2/universalpetrarch/PETR2_GSR_validation.xml", "../shared/data/petrarch2/text/PETR.UnitTest.records.xml"])]
        petrarch: Vec<PathBuf>,
        /// CAMEO-to-PLOVER table.
        #[arg(long, default_value = "../shared/data/plover/CAMEO2PLOVER-2021.txt")]
        table: PathBuf,
    },
    /// Extract a PolNeAR split and score its claims with score_polnear.py.
    Polnear {
        /// Split folder holding text/ and attributions/.
        #[arg(long, default_value = "../shared/data/polnear/data/dev")]
        split_dir: PathBuf,
        /// Where to write the system outputs.
        #[arg(long, default_value = "out/eval-polnear")]
        out: PathBuf,
        /// The scorer.
        #[arg(long, default_value = "../shared/tools/score_polnear.py")]
        scorer: PathBuf,
    },
    /// UPOS, XPOS and lemma accuracy of the tagger on a UD CoNLL-U treebank.
    Pos {
        /// CoNLL-U file, for example ../shared/data/ud_english_ewt/en_ewt-ud-test.conllu.
        #[arg(long)]
        data: PathBuf,
        /// Folder of models to use instead of the shipped ones.
        #[arg(long)]
        models: Option<PathBuf>,
    },
    /// UAS and LAS of the parser (with predicted tags) on a UD CoNLL-U treebank.
    Parse {
        /// CoNLL-U file, for example ../shared/data/ud_english_ewt/en_ewt-ud-test.conllu.
        #[arg(long)]
        data: PathBuf,
        /// Folder of models to use instead of the shipped ones.
        #[arg(long)]
        models: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => commands::extract::run(
            &args.paths,
            args.format,
            args.output.as_deref(),
            args.max_bytes,
        ),
        Command::Demo(args) => commands::demo::run(&args.examples, args.format),
        Command::Eval(command) => commands::eval::run(command),
        Command::Bench(args) => commands::bench::run(&args.paths, args.repeat),
        Command::Train(args) => commands::train::run(args),
        Command::BenchServe(args) => commands::bench_serve::run(&args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Corpus(command) => commands::corpus::run(command),
    };
    ExitCode::from(code)
}
