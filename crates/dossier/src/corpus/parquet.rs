//! Parquet export (cargo feature `parquet`): one file per table, columns
//! typed from their values (integers, numbers, booleans, else text), all
//! nullable, readable by DuckDB, Spark and pandas.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use arrow_array::{ArrayRef, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use serde_json::Value;

use super::query::Table;

/// The Arrow type of a column: the narrowest that holds every non-null value.
fn column_type(values: &[&Value]) -> DataType {
    let present: Vec<&&Value> = values.iter().filter(|v| !v.is_null()).collect();
    if present.is_empty() {
        DataType::Utf8
    } else if present.iter().all(|v| v.is_i64()) {
        DataType::Int64
    } else if present.iter().all(|v| v.is_number()) {
        DataType::Float64
    } else if present.iter().all(|v| v.is_boolean()) {
        DataType::Boolean
    } else {
        DataType::Utf8
    }
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Writes `table` to a Parquet file at `path`.
pub fn write_parquet(table: &Table, path: &Path) -> Result<(), String> {
    let problem = |e: &dyn std::fmt::Display| format!("{}: cannot write: {e}", path.display());
    let mut fields = Vec::new();
    let mut arrays: Vec<ArrayRef> = Vec::new();
    for (c, name) in table.columns.iter().enumerate() {
        let values: Vec<&Value> = table.rows.iter().map(|r| &r[c]).collect();
        let kind = column_type(&values);
        let array: ArrayRef = match kind {
            DataType::Int64 => Arc::new(values.iter().map(|v| v.as_i64()).collect::<Int64Array>()),
            DataType::Float64 => {
                Arc::new(values.iter().map(|v| v.as_f64()).collect::<Float64Array>())
            }
            DataType::Boolean => {
                Arc::new(values.iter().map(|v| v.as_bool()).collect::<BooleanArray>())
            }
            _ => Arc::new(values.iter().map(|v| text(v)).collect::<StringArray>()),
        };
        fields.push(Field::new(*name, kind, true));
        arrays.push(array);
    }
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| problem(&e))?;
    let file = File::create(path).map_err(|e| problem(&e))?;
    let mut writer = ArrowWriter::try_new(file, schema, None).map_err(|e| problem(&e))?;
    writer.write(&batch).map_err(|e| problem(&e))?;
    writer.close().map_err(|e| problem(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    use serde_json::json;

    #[test]
    fn writes_typed_columns_that_read_back() {
        let table = Table {
            columns: vec!["Event ID", "documents", "lat", "hedged", "name"],
            rows: vec![
                vec![
                    json!("d1#v1"),
                    json!(2),
                    json!(36.2),
                    json!(true),
                    Value::Null,
                ],
                vec![
                    json!("d2#v1"),
                    json!(1),
                    Value::Null,
                    json!(false),
                    json!("Iran"),
                ],
            ],
        };
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        write_parquet(&table, &path).unwrap();
        let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(&path).unwrap())
            .unwrap()
            .build()
            .unwrap();
        let batches: Vec<RecordBatch> = reader.map(|b| b.unwrap()).collect();
        assert_eq!(batches.iter().map(|b| b.num_rows()).sum::<usize>(), 2);
        let schema = batches[0].schema();
        let types: Vec<&DataType> = schema.fields().iter().map(|f| f.data_type()).collect();
        assert_eq!(
            types,
            [
                &DataType::Utf8,
                &DataType::Int64,
                &DataType::Float64,
                &DataType::Boolean,
                &DataType::Utf8
            ]
        );
        assert_eq!(schema.field(0).name(), "Event ID");
    }
}
