//! Throw-away databases on the PostgreSQL test server, for the tests of this
//! crate and (with the `test-support` feature) of the command-line crate.
//! The server is `DOSSIER_TEST_POSTGRES`, which `.ci/postgres.sh` sets.

/// A fresh database on the PostgreSQL test server, dropped when this is.
pub struct PgDatabase {
    admin: String,
    name: String,
    /// Its URL.
    pub url: String,
}

/// The test server's URL (`DOSSIER_TEST_POSTGRES`). Without it the caller is
/// skipped with a message, unless `DOSSIER_REQUIRE_POSTGRES=1` demands a server.
fn pg_server() -> Option<String> {
    match std::env::var("DOSSIER_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("DOSSIER_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "DOSSIER_REQUIRE_POSTGRES=1 but DOSSIER_TEST_POSTGRES is not set"
            );
            eprintln!(
                "SKIPPED: DOSSIER_TEST_POSTGRES not set (run the tests under .ci/postgres.sh)"
            );
            None
        }
    }
}

/// A new empty database called after `tag` on the test server, if there is one.
pub fn pg_database(tag: &str) -> Option<PgDatabase> {
    let admin = pg_server()?;
    let name = format!("dossier_test_{tag}_{}", std::process::id());
    let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
    for sql in [
        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        format!("CREATE DATABASE {name}"),
    ] {
        client.batch_execute(&sql).unwrap();
    }
    let (head, tail) = admin.split_at(admin.find("://").unwrap() + 3);
    let host_end = tail.find('/').unwrap_or(tail.len());
    let query = tail.find('?').map_or("", |q| &tail[q..]);
    let url = format!("{head}{}/{name}{query}", &tail[..host_end]);
    Some(PgDatabase { admin, name, url })
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}
