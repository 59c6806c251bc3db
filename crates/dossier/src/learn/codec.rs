//! A compact little-endian binary format for models: a writer that appends
//! numbers and strings to a byte buffer and a reader that takes them back,
//! checking bounds, with a magic-and-version header.

use std::fmt;

/// Why model bytes could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// The bytes end before the value being read.
    Truncated,
    /// The file does not start with the expected magic bytes.
    BadMagic,
    /// The file was written by another version of the format.
    BadVersion {
        /// Version found.
        found: u32,
        /// Version expected.
        expected: u32,
    },
    /// A string is not valid UTF-8, or a value is out of range.
    Invalid(&'static str),
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodecError::Truncated => f.write_str("model file is truncated"),
            CodecError::BadMagic => f.write_str("not a model file of the expected kind"),
            CodecError::BadVersion { found, expected } => {
                write!(f, "model format version {found}, expected {expected}")
            }
            CodecError::Invalid(what) => write!(f, "invalid model file: {what}"),
        }
    }
}

impl std::error::Error for CodecError {}

/// Appends values to a byte buffer.
#[derive(Clone, Debug, Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    /// An empty buffer.
    pub fn new() -> Self {
        Writer::default()
    }

    /// Writes the 4-byte `magic` and the format `version`.
    pub fn header(&mut self, magic: &[u8; 4], version: u32) {
        self.buf.extend_from_slice(magic);
        self.u32(version);
    }

    /// Writes one byte.
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }

    /// Writes a `u16`.
    pub fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Writes an `i16`.
    pub fn i16(&mut self, v: i16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Writes a `u32`.
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Writes a `u64`.
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Writes an `f32`.
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Writes an unsigned number in 1 to 10 bytes (LEB128).
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    /// Writes a string (length, then UTF-8 bytes).
    pub fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// Bytes written so far.
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    /// True when nothing was written.
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// The finished bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

/// Reads values back from bytes written by [`Writer`], in the same order.
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Reader { data, pos: 0 }
    }

    /// Checks the magic bytes and the format version.
    pub fn header(&mut self, magic: &[u8; 4], version: u32) -> Result<(), CodecError> {
        if self.take(4)? != magic {
            return Err(CodecError::BadMagic);
        }
        let found = self.u32()?;
        if found != version {
            return Err(CodecError::BadVersion {
                found,
                expected: version,
            });
        }
        Ok(())
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], CodecError> {
        let end = self.pos.checked_add(n).ok_or(CodecError::Truncated)?;
        let bytes = self.data.get(self.pos..end).ok_or(CodecError::Truncated)?;
        self.pos = end;
        Ok(bytes)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], CodecError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    /// Reads one byte.
    pub fn u8(&mut self) -> Result<u8, CodecError> {
        Ok(self.take(1)?[0])
    }

    /// Reads a `u16`.
    pub fn u16(&mut self) -> Result<u16, CodecError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    /// Reads an `i16`.
    pub fn i16(&mut self) -> Result<i16, CodecError> {
        Ok(i16::from_le_bytes(self.array()?))
    }

    /// Reads a `u32`.
    pub fn u32(&mut self) -> Result<u32, CodecError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// Reads a `u64`.
    pub fn u64(&mut self) -> Result<u64, CodecError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// Reads an `f32`.
    pub fn f32(&mut self) -> Result<f32, CodecError> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    /// Reads a number written by [`Writer::varint`].
    pub fn varint(&mut self) -> Result<u64, CodecError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(CodecError::Invalid("varint too long"))
    }

    /// Reads a string written by [`Writer::str`].
    pub fn str(&mut self) -> Result<&'a str, CodecError> {
        let n = self.varint()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| CodecError::Invalid("string is not UTF-8"))
    }

    /// True when every byte was read.
    pub fn is_at_end(&self) -> bool {
        self.pos == self.data.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_kind_of_value() {
        let mut w = Writer::new();
        w.header(b"TEST", 3);
        w.u8(7);
        w.u16(300);
        w.i16(-5);
        w.u32(70_000);
        w.u64(u64::MAX - 1);
        w.f32(1.5);
        w.varint(0);
        w.varint(1 << 40);
        w.str("héllo");
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        r.header(b"TEST", 3).unwrap();
        assert_eq!(r.u8().unwrap(), 7);
        assert_eq!(r.u16().unwrap(), 300);
        assert_eq!(r.i16().unwrap(), -5);
        assert_eq!(r.u32().unwrap(), 70_000);
        assert_eq!(r.u64().unwrap(), u64::MAX - 1);
        assert_eq!(r.f32().unwrap(), 1.5);
        assert_eq!(r.varint().unwrap(), 0);
        assert_eq!(r.varint().unwrap(), 1 << 40);
        assert_eq!(r.str().unwrap(), "héllo");
        assert!(r.is_at_end());
        assert_eq!(r.u8(), Err(CodecError::Truncated));
    }

    #[test]
    fn rejects_wrong_headers() {
        let mut w = Writer::new();
        w.header(b"AAAA", 1);
        let bytes = w.into_bytes();
        assert_eq!(
            Reader::new(&bytes).header(b"BBBB", 1),
            Err(CodecError::BadMagic)
        );
        assert_eq!(
            Reader::new(&bytes).header(b"AAAA", 2),
            Err(CodecError::BadVersion {
                found: 1,
                expected: 2
            })
        );
    }
}
