//! Paging of list answers: `limit` and `offset`, and the page envelope.

use serde::Serialize;
use serde_json::Value;

use super::error::ApiError;

/// Rows per page when the client does not say.
pub const DEFAULT_LIMIT: usize = 100;
/// The most rows one page may hold.
pub const MAX_LIMIT: usize = 1000;

/// One page of a list.
#[derive(Debug, Serialize)]
pub struct Page {
    /// Rows in the whole list.
    pub total: usize,
    /// Index of the first row of this page.
    pub offset: usize,
    /// The most rows this page could hold.
    pub limit: usize,
    /// The rows of this page.
    pub items: Vec<Value>,
}

/// The checked `limit` and `offset`: a limit of 0 or over [`MAX_LIMIT`] is an error.
pub fn bounds(limit: Option<usize>, offset: Option<usize>) -> Result<(usize, usize), ApiError> {
    let limit = limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        return Err(ApiError::bad_request(format!(
            "limit must be between 1 and {MAX_LIMIT}"
        )));
    }
    Ok((limit, offset.unwrap_or(0)))
}

/// The page of `rows` that `limit` and `offset` select.
pub fn page(rows: Value, limit: Option<usize>, offset: Option<usize>) -> Result<Page, ApiError> {
    let (limit, offset) = bounds(limit, offset)?;
    let rows = match rows {
        Value::Array(rows) => rows,
        other => vec![other],
    };
    Ok(Page {
        total: rows.len(),
        offset,
        limit,
        items: rows.into_iter().skip(offset).take(limit).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pages_select_rows_and_count_all() {
        let rows = json!([1, 2, 3, 4, 5]);
        let p = page(rows.clone(), Some(2), Some(3)).unwrap();
        assert_eq!((p.total, p.offset, p.limit), (5, 3, 2));
        assert_eq!(p.items, vec![json!(4), json!(5)]);
        assert!(page(rows.clone(), Some(2), Some(9))
            .unwrap()
            .items
            .is_empty());
        assert_eq!(page(rows.clone(), None, None).unwrap().items.len(), 5);
        assert_eq!(page(rows, Some(0), None).unwrap_err().status, 400);
    }
}
