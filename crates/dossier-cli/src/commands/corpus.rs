//! The corpus subcommands: `ingest`, the queries (`actors`, `actor`, `claims`,
//! `events`, `timeline`, `search`) and `export`.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Subcommand, ValueEnum};
use dossier::corpus::export::{tables, write_csv, write_gexf, write_graphml, write_jsonl};
use dossier::corpus::query::{self, ClaimFilter, EventFilter};
use dossier::corpus::{Backend, Corpus, Location, Standing};

use super::ingest::IngestArgs;
use super::render::{write_sections, write_table, QueryFormat};
use crate::exit;

/// The corpus subcommands.
#[derive(Subcommand, Debug)]
pub enum CorpusCommand {
    /// Extract inputs and store them in a corpus database (SQLite or PostgreSQL).
    Ingest(IngestArgs),
    /// List the actors of a corpus, resolved across documents.
    Actors(QueryArgs),
    /// Profile of one actor: aliases, roles, relations, claims, events, documents.
    Actor {
        /// Actor id, name or alias.
        name: String,
        #[command(flatten)]
        query: QueryArgs,
    },
    /// List claims with their group and standing.
    Claims {
        /// Only claims about this actor.
        #[arg(long)]
        about: Option<String>,
        /// Only claims made by this actor.
        #[arg(long)]
        by: Option<String>,
        /// Only claims whose group has this standing.
        #[arg(long, value_enum)]
        standing: Option<StandingArg>,
        #[command(flatten)]
        query: QueryArgs,
    },
    /// List events by date.
    Events {
        /// Only events of this PLOVER type.
        #[arg(long = "type")]
        etype: Option<String>,
        /// Only events with this actor as source or target.
        #[arg(long)]
        actor: Option<String>,
        /// Only events dated on or after this ISO date.
        #[arg(long)]
        since: Option<String>,
        /// Only events dated on or before this ISO date (2024-05 means all of May).
        #[arg(long)]
        until: Option<String>,
        #[command(flatten)]
        query: QueryArgs,
    },
    /// Events and claims together, ordered by date.
    Timeline(QueryArgs),
    /// Full-text search over headlines and texts.
    Search {
        /// Words (all must occur), or an FTS5 query ("exact phrase", OR, NOT, prefix*).
        text: String,
        /// At most this many documents.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        query: QueryArgs,
    },
    /// Export documents, actors, relations, claims and events, or the actor graph.
    Export {
        /// jsonl: every table in one stream; csv (and parquet, when built with the
        /// parquet feature): one file per table into -o FOLDER; graphml, gexf: the actor graph.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (folder for csv); standard output when absent.
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
    },
}

/// Where the corpus is.
#[derive(clap::Args, Debug)]
pub struct DbArgs {
    /// The corpus: an SQLite file or a postgres:// URL.
    #[arg(long, default_value = "dossier.db")]
    pub db: Location,
}

/// Options shared by the queries.
#[derive(clap::Args, Debug)]
pub struct QueryArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: QueryFormat,
}

/// Standings on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StandingArg {
    /// Two or more independent sources.
    Corroborated,
    /// One source.
    SingleSource,
    /// Confirmed by one source, denied by another.
    Disputed,
    /// Only denied.
    Denied,
}

impl From<StandingArg> for Standing {
    fn from(s: StandingArg) -> Standing {
        match s {
            StandingArg::Corroborated => Standing::Corroborated,
            StandingArg::SingleSource => Standing::SingleSource,
            StandingArg::Disputed => Standing::Disputed,
            StandingArg::Denied => Standing::Denied,
        }
    }
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// JSON Lines, each object tagged with its kind.
    Jsonl,
    /// CSV files: documents, actors, relations, claims, events (POLECAT column names).
    Csv,
    /// The actor graph as GraphML.
    Graphml,
    /// The actor graph as GEXF (Gephi).
    Gexf,
    /// Parquet files: documents, actors, relations, claims, events.
    #[cfg(feature = "parquet")]
    Parquet,
}

/// How long a query waits for a writer's lock.
const QUERY_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs a corpus subcommand; returns the exit code.
pub fn run(command: CorpusCommand) -> u8 {
    if let CorpusCommand::Ingest(args) = &command {
        return super::ingest::run(args);
    }
    match answer(command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dossier: {e}");
            exit::FAILURE
        }
    }
}

fn load(db: &Location) -> Result<Corpus, String> {
    let mut store = Backend::open_existing(db, QUERY_TIMEOUT).map_err(|e| e.to_string())?;
    let records = store.records().map_err(|e| e.to_string())?;
    Ok(Corpus::build(records))
}

/// The one actor called `name`; an unknown or ambiguous name is an error.
fn actor(corpus: &Corpus, name: &str) -> Result<usize, String> {
    query::find_actor(corpus, name).map_err(|e| e.to_string())
}

fn stdout() -> BufWriter<std::io::StdoutLock<'static>> {
    BufWriter::new(std::io::stdout().lock())
}

fn written(result: std::io::Result<()>) -> Result<u8, String> {
    result
        .map(|()| exit::OK)
        .map_err(|e| format!("cannot write output: {e}"))
}

fn answer(command: CorpusCommand) -> Result<u8, String> {
    let mut out = stdout();
    match command {
        CorpusCommand::Ingest(_) => unreachable!("handled by run"),
        CorpusCommand::Actors(q) => {
            let corpus = load(&q.db.db)?;
            written(
                write_table(&query::actors(&corpus), q.format, &mut out).and_then(|()| out.flush()),
            )
        }
        CorpusCommand::Actor { name, query: q } => {
            let corpus = load(&q.db.db)?;
            let a = actor(&corpus, &name)?;
            let sections = query::profile(&corpus, a);
            written(write_sections(&sections, q.format, &mut out).and_then(|()| out.flush()))
        }
        CorpusCommand::Claims {
            about,
            by,
            standing,
            query: q,
        } => {
            let corpus = load(&q.db.db)?;
            let filter = ClaimFilter {
                about: about.map(|a| actor(&corpus, &a)).transpose()?,
                by: by.map(|a| actor(&corpus, &a)).transpose()?,
                standing: standing.map(Standing::from),
            };
            let table = query::claims(&corpus, &filter);
            written(write_table(&table, q.format, &mut out).and_then(|()| out.flush()))
        }
        CorpusCommand::Events {
            etype,
            actor: who,
            since,
            until,
            query: q,
        } => {
            let corpus = load(&q.db.db)?;
            let filter = EventFilter {
                etype,
                actor: who.map(|a| actor(&corpus, &a)).transpose()?,
                since,
                until,
            };
            let table = query::events(&corpus, &filter);
            written(write_table(&table, q.format, &mut out).and_then(|()| out.flush()))
        }
        CorpusCommand::Timeline(q) => {
            let corpus = load(&q.db.db)?;
            let table = query::timeline(&corpus);
            written(write_table(&table, q.format, &mut out).and_then(|()| out.flush()))
        }
        CorpusCommand::Search {
            text,
            limit,
            query: q,
        } => {
            let mut store =
                Backend::open_existing(&q.db.db, QUERY_TIMEOUT).map_err(|e| e.to_string())?;
            let found = store.search(&text, limit).map_err(|e| e.to_string())?;
            if found.total > found.hits.len() {
                let (shown, total) = (found.hits.len(), found.total);
                eprintln!("{shown} of {total} matching documents shown (--limit shows more)");
            }
            let table = query::hits(found.hits);
            written(write_table(&table, q.format, &mut out).and_then(|()| out.flush()))
        }
        CorpusCommand::Export { format, output, db } => {
            let corpus = load(&db.db)?;
            export(&corpus, format, output.as_deref())
        }
    }
}

/// The output folder of a one-file-per-table export, created.
fn folder<'a>(output: Option<&'a Path>, format: &str) -> Result<&'a Path, String> {
    let dir = output.ok_or(format!(
        "{format} export writes one file per table: give -o FOLDER"
    ))?;
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("{}: cannot create folder: {e}", dir.display()))?;
    Ok(dir)
}

fn export(corpus: &Corpus, format: ExportFormat, output: Option<&Path>) -> Result<u8, String> {
    #[cfg(feature = "parquet")]
    if format == ExportFormat::Parquet {
        let dir = folder(output, "parquet")?;
        for (name, table) in tables(corpus) {
            dossier::corpus::parquet::write_parquet(&table, &dir.join(format!("{name}.parquet")))?;
        }
        return Ok(exit::OK);
    }
    if format == ExportFormat::Csv {
        let dir = folder(output, "csv")?;
        for (name, table) in tables(corpus) {
            let path = dir.join(format!("{name}.csv"));
            let mut file = File::create(&path)
                .map(BufWriter::new)
                .map_err(|e| format!("{}: cannot create: {e}", path.display()))?;
            write_csv(&table, &mut file)
                .and_then(|()| file.flush())
                .map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
        }
        return Ok(exit::OK);
    }
    let mut sink: Box<dyn Write> = match output {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).map_err(|e| {
                format!("{}: cannot create: {e}", path.display())
            })?))
        }
        None => Box::new(stdout()),
    };
    let result = match format {
        ExportFormat::Jsonl => write_jsonl(corpus, &mut *sink),
        ExportFormat::Graphml => write_graphml(corpus, &mut *sink),
        ExportFormat::Gexf => write_gexf(corpus, &mut *sink),
        _ => unreachable!("table exports are written above"),
    };
    written(result.and_then(|()| sink.flush()))
}
