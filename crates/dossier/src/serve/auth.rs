//! The bearer token that write endpoints require.

use axum::http::{header, HeaderMap, StatusCode};

use super::error::ApiError;

/// Checks `Authorization: Bearer TOKEN` against the configured token: 403 when
/// the server has no token (writing is disabled), 401 when the header is
/// missing or wrong.
pub fn authorize(token: Option<&str>, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = token else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "writing is disabled: start dossier serve with --token TOKEN or DOSSIER_TOKEN",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        Some(given) if same(given.as_bytes(), expected.as_bytes()) => Ok(()),
        Some(_) => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "wrong bearer token",
        )),
        None => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "this endpoint needs an Authorization: Bearer TOKEN header",
        )),
    }
}

/// Compares without stopping at the first difference, so that timing tells
/// nothing about how much of the token was right.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::AUTHORIZATION, value.parse().unwrap());
        h
    }

    #[test]
    fn token_is_required_and_checked() {
        let none = HeaderMap::new();
        assert_eq!(
            authorize(None, &headers("Bearer x")).unwrap_err().status,
            403
        );
        assert_eq!(authorize(Some("s3cret"), &none).unwrap_err().status, 401);
        assert_eq!(
            authorize(Some("s3cret"), &headers("Bearer s3cre"))
                .unwrap_err()
                .status,
            401
        );
        assert_eq!(
            authorize(Some("s3cret"), &headers("Basic s3cret"))
                .unwrap_err()
                .status,
            401
        );
        assert!(authorize(Some("s3cret"), &headers("Bearer s3cret")).is_ok());
    }
}
