//! Errors as JSON (`{"error": "..."}`), and extractors whose rejections are
//! JSON errors too, so that no malformed request gets a plain-text answer.

use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::corpus::query::ActorLookup;
use crate::corpus::CorpusError;

/// An error answer: a status and a message, sent as `{"error": message}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// What went wrong, for the client.
    pub message: String,
}

impl ApiError {
    /// An error with this status and message.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    /// 400 Bad Request.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// 404 Not Found.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    /// 500, for failures of the server itself (the store cannot be read).
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(json!({ "error": self.message }))).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, "Bearer".parse().expect("valid"));
        }
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, "1".parse().expect("valid"));
        }
        response
    }
}

impl From<CorpusError> for ApiError {
    fn from(e: CorpusError) -> ApiError {
        match e {
            CorpusError::Locked(..) => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string())
            }
            _ => ApiError::internal(e.to_string()),
        }
    }
}

impl From<ActorLookup> for ApiError {
    fn from(e: ActorLookup) -> ApiError {
        match e {
            ActorLookup::Unknown(_) => ApiError::not_found(e.to_string()),
            ActorLookup::Ambiguous(..) => ApiError::bad_request(e.to_string()),
        }
    }
}

impl From<BytesRejection> for ApiError {
    fn from(e: BytesRejection) -> ApiError {
        ApiError::new(e.status(), e.body_text())
    }
}

/// Query parameters, parsed into `T`; a bad parameter is a JSON 400.
#[derive(Debug)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(v)| Params(v))
            .map_err(|e| ApiError::bad_request(e.body_text()))
    }
}

/// The `{id}` of a path; a malformed one is a JSON 400.
#[derive(Debug)]
pub struct Id(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        Path::<String>::from_request_parts(parts, state)
            .await
            .map(|Path(v)| Id(v))
            .map_err(|e| ApiError::bad_request(e.body_text()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_answer_says_when_to_retry_and_a_401_how_to_authenticate() {
        let busy = ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "busy").into_response();
        assert_eq!(busy.headers()[header::RETRY_AFTER], "1");
        let refused = ApiError::new(StatusCode::UNAUTHORIZED, "token").into_response();
        assert_eq!(refused.headers()[header::WWW_AUTHENTICATE], "Bearer");
        assert!(!refused.headers().contains_key(header::RETRY_AFTER));
    }
}
