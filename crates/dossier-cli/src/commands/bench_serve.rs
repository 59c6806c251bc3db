//! `dossier bench-serve`: a bounded load of `POST` requests against a running
//! `dossier serve`, from several connections with keep-alive; reports
//! requests per second, latency percentiles and errors.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::exit;

/// Arguments of `dossier bench-serve`.
#[derive(clap::Args, Debug)]
pub struct BenchServeArgs {
    /// The server's address, as printed by `dossier serve`.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Path to request.
    #[arg(long, default_value = "/api/extract")]
    pub path: String,
    /// File sent as the body of every request; or a folder, whose files are
    /// sent in turn (a stream of different articles, as a server sees).
    #[arg(long, default_value = "bench/article.txt")]
    pub body: PathBuf,
    /// Requests to send in all (the run stops at this count or at --seconds).
    #[arg(long, default_value_t = 2000)]
    pub requests: usize,
    /// Longest run, in seconds.
    #[arg(long, default_value_t = 30.0)]
    pub seconds: f64,
    /// Concurrent connections.
    #[arg(long, default_value_t = 4)]
    pub connections: usize,
}

/// What one connection saw.
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: usize,
}

/// Runs the load; returns the exit code (1 when any request failed).
pub fn run(args: &BenchServeArgs) -> u8 {
    let bodies = match read_bodies(&args.body) {
        Ok(bodies) => Arc::new(bodies),
        Err(e) => {
            eprintln!("dossier: {}: {e}", args.body.display());
            return exit::FAILURE;
        }
    };
    let issued = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs_f64(args.seconds.max(0.1));
    let start = Instant::now();
    let workers: Vec<_> = (0..args.connections.max(1))
        .map(|_| {
            let (bodies, issued) = (bodies.clone(), issued.clone());
            let (addr, path, limit) = (args.addr, args.path.clone(), args.requests);
            std::thread::spawn(move || {
                let mut tally = Tally::default();
                let mut conn: Option<BufReader<TcpStream>> = None;
                while Instant::now() < deadline {
                    let n = issued.fetch_add(1, Ordering::SeqCst);
                    if n >= limit {
                        break;
                    }
                    let began = Instant::now();
                    match one(&mut conn, addr, &path, &bodies[n % bodies.len()]) {
                        Ok(200) => tally.latencies.push(began.elapsed()),
                        Ok(_) | Err(_) => {
                            tally.errors += 1;
                            conn = None;
                        }
                    }
                }
                tally
            })
        })
        .collect();
    let mut total = Tally::default();
    for w in workers {
        let t = w.join().unwrap_or_default();
        total.latencies.extend(t.latencies);
        total.errors += t.errors;
    }
    let elapsed = start.elapsed().as_secs_f64();
    total.latencies.sort();
    let pct = |p: f64| {
        let l = &total.latencies;
        l.get(((l.len() as f64 * p).ceil() as usize).saturating_sub(1))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    let bytes = bodies.iter().map(Vec::len).sum::<usize>() / bodies.len();
    let what = if bodies.len() == 1 {
        format!("body {bytes} bytes")
    } else {
        format!("{} bodies in turn, {bytes} bytes on average", bodies.len())
    };
    println!(
        "{} requests ({} ok, {} errors) in {elapsed:.2} s over {} connections, {what}: \
         {:.1} requests/s, latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        total.latencies.len() + total.errors,
        total.latencies.len(),
        total.errors,
        args.connections,
        total.latencies.len() as f64 / elapsed,
        pct(0.50),
        pct(0.99),
        pct(1.0),
    );
    if total.errors > 0 {
        exit::INPUT_PROBLEMS
    } else {
        exit::OK
    }
}

/// The request bodies: the file `path`, or the non-empty files directly in
/// the folder `path`, in name order.
fn read_bodies(path: &Path) -> std::io::Result<Vec<Vec<u8>>> {
    if !path.is_dir() {
        return Ok(vec![std::fs::read(path)?]);
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|f| f.is_file());
    files.sort();
    let mut bodies = Vec::with_capacity(files.len());
    for file in files {
        let body = std::fs::read(&file)?;
        if !body.is_empty() {
            bodies.push(body);
        }
    }
    if bodies.is_empty() {
        return Err(std::io::Error::other("the folder has no non-empty file"));
    }
    Ok(bodies)
}

/// Sends one request on the kept-alive connection (opening it if needed) and
/// reads the whole answer; returns its status.
fn one(
    conn: &mut Option<BufReader<TcpStream>>,
    addr: SocketAddr,
    path: &str,
    body: &[u8],
) -> std::io::Result<u16> {
    if conn.is_none() {
        let stream = TcpStream::connect(addr)?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(30)))?;
        *conn = Some(BufReader::new(stream));
    }
    let reader = conn.as_mut().expect("just opened");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let stream = reader.get_mut();
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
    let mut length = None;
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let length = length.ok_or_else(|| std::io::Error::other("no Content-Length"))?;
    let mut sink = vec![0; length];
    reader.read_exact(&mut sink)?;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_its_non_empty_files_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.txt"), "second").unwrap();
        std::fs::write(dir.path().join("a.txt"), "first").unwrap();
        std::fs::write(dir.path().join("c.txt"), "").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let bodies = read_bodies(dir.path()).unwrap();
        assert_eq!(bodies, vec![b"first".to_vec(), b"second".to_vec()]);
        let one = read_bodies(&dir.path().join("b.txt")).unwrap();
        assert_eq!(one, vec![b"second".to_vec()]);
        let empty = tempfile::tempdir().unwrap();
        assert!(read_bodies(empty.path()).is_err());
    }
}
