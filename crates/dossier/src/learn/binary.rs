//! A minimal little-endian binary format for model files: fixed-size numbers,
//! and length-prefixed arrays and strings.

/// Appends values to a byte buffer.
#[derive(Clone, Debug, Default)]
pub struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    /// The bytes written so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Raw bytes, without a length.
    pub fn raw(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    /// A `u32`.
    pub fn u32(&mut self, x: u32) {
        self.bytes.extend_from_slice(&x.to_le_bytes());
    }

    /// An `f32`.
    pub fn f32(&mut self, x: f32) {
        self.bytes.extend_from_slice(&x.to_le_bytes());
    }

    /// A length-prefixed UTF-8 string.
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.raw(s.as_bytes());
    }

    /// A length-prefixed byte array.
    pub fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.raw(b);
    }

    /// A length-prefixed array of booleans (one byte each).
    pub fn bools(&mut self, xs: &[bool]) {
        self.u32(xs.len() as u32);
        self.bytes.extend(xs.iter().map(|&b| b as u8));
    }

    /// A length-prefixed array of `f32`.
    pub fn f32s(&mut self, xs: &[f32]) {
        self.u32(xs.len() as u32);
        xs.iter().for_each(|x| self.raw(&x.to_le_bytes()));
    }

    /// A length-prefixed array of `u64`.
    pub fn u64s(&mut self, xs: &[u64]) {
        self.u32(xs.len() as u32);
        xs.iter().for_each(|x| self.raw(&x.to_le_bytes()));
    }

    /// A length-prefixed array of `i16`.
    pub fn i16s(&mut self, xs: &[i16]) {
        self.u32(xs.len() as u32);
        xs.iter().for_each(|x| self.raw(&x.to_le_bytes()));
    }
}

/// Reads values written by [`Writer`], failing cleanly on truncated input.
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    /// The next `n` raw bytes.
    pub fn raw(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| format!("model data truncated at byte {}", self.at))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        Ok(self.raw(N)?.try_into().expect("length checked"))
    }

    /// A `u32`.
    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// An `f32`.
    pub fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    /// A length-prefixed string.
    pub fn str(&mut self) -> Result<&'a str, String> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.raw(n)?).map_err(|_| "model string is not UTF-8".to_string())
    }

    /// A length-prefixed byte array.
    pub fn bytes(&mut self) -> Result<&'a [u8], String> {
        let n = self.u32()? as usize;
        self.raw(n)
    }

    /// A length-prefixed array of booleans.
    pub fn bools(&mut self) -> Result<Vec<bool>, String> {
        let n = self.u32()? as usize;
        Ok(self.raw(n)?.iter().map(|&b| b != 0).collect())
    }

    fn fixed<const N: usize, T>(&mut self, f: fn([u8; N]) -> T) -> Result<Vec<T>, String> {
        let n = self.u32()? as usize;
        let raw = self.raw(n.checked_mul(N).ok_or("model array too long")?)?;
        Ok(raw
            .chunks_exact(N)
            .map(|c| f(c.try_into().expect("exact chunk")))
            .collect())
    }

    /// A length-prefixed array of `f32`.
    pub fn f32s(&mut self) -> Result<Vec<f32>, String> {
        self.fixed(f32::from_le_bytes)
    }

    /// A length-prefixed array of `u64`.
    pub fn u64s(&mut self) -> Result<Vec<u64>, String> {
        self.fixed(u64::from_le_bytes)
    }

    /// A length-prefixed array of `i16`.
    pub fn i16s(&mut self) -> Result<Vec<i16>, String> {
        self.fixed(i16::from_le_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_catches_truncation() {
        let mut w = Writer::default();
        w.u32(7);
        w.str("naïve");
        w.f32s(&[1.5, -2.0]);
        w.u64s(&[u64::MAX]);
        w.i16s(&[-3, 4]);
        w.bools(&[true, false]);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        assert_eq!(r.u32().unwrap(), 7);
        assert_eq!(r.str().unwrap(), "naïve");
        assert_eq!(r.f32s().unwrap(), vec![1.5, -2.0]);
        assert_eq!(r.u64s().unwrap(), vec![u64::MAX]);
        assert_eq!(r.i16s().unwrap(), vec![-3, 4]);
        assert_eq!(r.bools().unwrap(), vec![true, false]);
        let mut short = Reader::new(&bytes[..12]);
        short.u32().unwrap();
        assert!(short.str().is_err());
    }
}
