//! The shape most records are written in, read without a JSON parser:
//! one flat object of known facts whose values are `true`, `false`,
//! `null`, whole numbers and strings without escapes. Anything else (an
//! escape, a nested value, a fraction, a fact the regulation does not
//! have, a value of the wrong kind) is not read here but by the JSON
//! parser ([`Layout::read_json`]), so what is accepted here is a record
//! the parser reads the same way. It reads a record several times faster:
//! a record's keys are most of its bytes, and here each is compared with
//! the fact expected next rather than parsed and checked as UTF-8.

use super::cond::{Slot, Val};
use super::layout::{Kind, Layout};

struct Bytes<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Bytes<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// JSON's whitespace.
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    fn word(&mut self, w: &[u8]) -> Option<()> {
        let end = self.i + w.len();
        (self.b.get(self.i..end)? == w).then(|| self.i = end)
    }

    /// A string without escapes or control characters, after its `"`.
    fn string(&mut self) -> Option<&'a [u8]> {
        let start = self.i;
        loop {
            match self.peek()? {
                b'"' => break,
                b'\\' | 0..=0x1f => return None,
                _ => self.i += 1,
            }
        }
        let s = &self.b[start..self.i];
        self.i += 1;
        Some(s)
    }

    /// A whole number without sign, fraction or exponent, as a `u32`.
    fn number(&mut self) -> Option<u32> {
        let start = self.i;
        let mut n: u32 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            n = n.checked_mul(10)?.checked_add(u32::from(d - b'0'))?;
            self.i += 1;
        }
        let digits = self.i - start;
        // A leading zero, a fraction or an exponent: the parser's to judge.
        if digits == 0 || (digits > 1 && self.b[start] == b'0') {
            return None;
        }
        match self.peek() {
            Some(b'.' | b'e' | b'E') => None,
            _ => Some(n),
        }
    }
}

impl Layout {
    /// The fact whose name (and closing `"`) the bytes at `r` are,
    /// looked for from `next` on: one comparison of bytes per fact tried,
    /// rather than reading the key first.
    fn expect(&self, rest: &[u8], next: usize) -> Option<usize> {
        (next..self.names.len()).find(|&i| {
            let name = self.names[i].as_bytes();
            rest.len() > name.len()
                && rest[name.len()] == b'"'
                && rest.starts_with(name)
                && name.iter().all(|&c| c >= 0x20 && c != b'"' && c != b'\\')
        })
    }

    /// The fact named `key`, looked for from `next` on first: records
    /// written by one program give their facts in one order.
    fn find(&self, key: &[u8], next: usize) -> Option<Slot> {
        let n = self.names.len();
        (next..n)
            .chain(0..next.min(n))
            .find(|&i| self.names[i].as_bytes() == key)
            .and_then(|i| Slot::try_from(i).ok())
    }

    /// Reads a record of the common shape into `facts` (all unknown to
    /// start with); `None` for any other, which the JSON parser reads.
    pub(super) fn scan(
        &self,
        bytes: &[u8],
        accepted_field: &str,
        facts: &mut [Val],
        accepted: &mut Option<String>,
    ) -> Option<()> {
        *accepted = None;
        let mut r = Bytes { b: bytes, i: 0 };
        r.skip_ws();
        r.eat(b'{')?;
        r.skip_ws();
        if r.eat(b'}').is_none() {
            let mut next = 0;
            loop {
                r.eat(b'"')?;
                // Names are ids, which need no escapes; one the acceptance
                // date shares is the acceptance date's.
                let expected = self
                    .expect(&r.b[r.i..], next)
                    .filter(|&i| self.names[i] != accepted_field);
                let key = match expected {
                    Some(i) => {
                        r.i += self.names[i].len() + 1;
                        Err(Slot::try_from(i).ok()?)
                    }
                    None => Ok(r.string()?),
                };
                r.skip_ws();
                r.eat(b':')?;
                r.skip_ws();
                if key == Ok(accepted_field.as_bytes()) {
                    *accepted = match r.peek()? {
                        b'n' => r.word(b"null").map(|()| None)?,
                        b'"' => {
                            r.i += 1;
                            Some(std::str::from_utf8(r.string()?).ok()?.to_owned())
                        }
                        _ => return None,
                    };
                } else {
                    let slot = match key {
                        Err(slot) => slot,
                        Ok(key) => self.find(key, next)?,
                    };
                    facts[usize::from(slot)] = self.scan_value(&mut r, slot)?;
                    next = usize::from(slot) + 1;
                }
                r.skip_ws();
                if r.eat(b',').is_some() {
                    r.skip_ws();
                    continue;
                }
                r.eat(b'}')?;
                break;
            }
        }
        r.skip_ws();
        (r.i == bytes.len()).then_some(())
    }

    fn scan_value(&self, r: &mut Bytes<'_>, slot: Slot) -> Option<Val> {
        let kind = &self.kinds[usize::from(slot)];
        Some(match (r.peek()?, kind) {
            (b'n', _) => r.word(b"null").map(|()| Val::Unknown)?,
            (b't', Kind::YesNo) => r.word(b"true").map(|()| Val::Bool(true))?,
            (b'f', Kind::YesNo) => r.word(b"false").map(|()| Val::Bool(false))?,
            (b'0'..=b'9', Kind::Number) => Val::Num(r.number()?),
            (b'"', Kind::Date) => {
                r.i += 1;
                let text = std::str::from_utf8(r.string()?).ok()?;
                Val::Date(text.parse::<jiff::civil::Date>().ok()?)
            }
            (b'"', Kind::Choice(options)) => {
                r.i += 1;
                let text = r.string()?;
                let i = options.iter().position(|o| o.as_bytes() == text)?;
                Val::Opt(u16::try_from(i).ok()?)
            }
            _ => return None,
        })
    }
}
