//! Where model bytes come from: embedded in the binary, or overridden by a
//! file in the folder named by the `DOSSIER_MODELS` environment variable.

use std::borrow::Cow;
use std::path::Path;

/// The environment variable naming a folder whose model files replace the
/// embedded ones (a file missing there falls back to the embedded model).
pub const MODELS_ENV: &str = "DOSSIER_MODELS";

/// The bytes of model `file_name`: from `$DOSSIER_MODELS/file_name` when the
/// variable is set and the file exists, else `embedded`.
pub fn model_bytes(file_name: &str, embedded: &'static [u8]) -> Result<Cow<'static, [u8]>, String> {
    match std::env::var_os(MODELS_ENV) {
        Some(dir) => model_bytes_in(Path::new(&dir), file_name, embedded),
        None => Ok(Cow::Borrowed(embedded)),
    }
}

/// The bytes of model `file_name` from folder `dir`, else `embedded`.
pub fn model_bytes_in(
    dir: &Path,
    file_name: &str,
    embedded: &'static [u8],
) -> Result<Cow<'static, [u8]>, String> {
    let path = dir.join(file_name);
    if path.is_file() {
        std::fs::read(&path)
            .map(Cow::Owned)
            .map_err(|e| format!("{}: {e}", path.display()))
    } else {
        Ok(Cow::Borrowed(embedded))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_files_override_embedded_ones() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.bin"), b"disk").unwrap();
        assert_eq!(
            &*model_bytes_in(dir.path(), "a.bin", b"mem").unwrap(),
            b"disk"
        );
        assert_eq!(
            &*model_bytes_in(dir.path(), "b.bin", b"mem").unwrap(),
            b"mem"
        );
    }
}
