//! The shape most records are written in, read without a JSON parser:
//! one flat object of known facts whose values are `true`, `false`,
//! `null`, whole numbers and strings without escapes. Anything else (an
//! escape, a nested value, a fraction, a fact the regulation does not
//! have, a value of the wrong kind) is not read here but by the JSON
//! parser ([`Layout::read_json`]), so what is accepted here is a record
//! the parser reads the same way. It reads a record several times faster:
//! a record's keys are most of its bytes, and here each is compared with
//! the few facts expected next rather than parsed and checked as UTF-8.

use super::cond::{Slot, Val};
use super::layout::{Kind, Layout};

/// The acceptance date's text as a record gives it, in a buffer kept
/// from one record to the next (a `String` of its own each was a
/// fifth of the allocations of a record).
#[derive(Debug, Default)]
pub(super) struct Accepted {
    text: String,
    given: bool,
}

impl Accepted {
    pub(super) fn clear(&mut self) {
        self.text.clear();
        self.given = false;
    }

    pub(super) fn set(&mut self, text: &str) {
        self.text.clear();
        self.text.push_str(text);
        self.given = true;
    }

    pub(super) fn get(&self) -> Option<&str> {
        self.given.then_some(self.text.as_str())
    }
}

/// The facts a record has given so far, a bit each: a key given twice
/// is left to the interpreter, which refuses it. Slots past 256 share
/// bits with lower ones, and a record giving two of those goes to the
/// interpreter too (no regulation has that many facts yet).
#[derive(Default)]
pub(super) struct Seen([u64; 4]);

impl Seen {
    /// Marks `slot`; false when it (or one sharing its bit) was marked.
    pub(super) fn first(&mut self, slot: Slot) -> bool {
        let (word, bit) = (usize::from(slot >> 6) & 3, 1u64 << (slot & 63));
        let fresh = self.0[word] & bit == 0;
        self.0[word] |= bit;
        fresh
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` that ends a plain string (`"`, `\`,
/// a control character), at least for the first such byte (the usual
/// trick: a borrow may mark bytes after it, never before).
fn special(w: u64) -> u64 {
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    zero(w ^ (ONES * u64::from(b'"')))
        | zero(w ^ (ONES * u64::from(b'\\')))
        | (w.wrapping_sub(ONES * 0x20) & !w & HIGH)
}

/// The facts by name: an open-addressing table of slots, hashed from the
/// name's bytes, so that a key is found in a few comparisons whatever
/// the order of a record's keys (records leave facts out, and list the
/// events where their writer put them).
#[derive(Debug, Default)]
pub(super) struct Keys {
    /// A slot, or `Slot::MAX` for none; a power of two long.
    table: Vec<Slot>,
    /// Each fact's name is a plain string (no `"`, `\` or control
    /// character): found right after the key's `"`, it is the whole key.
    plain: Vec<bool>,
    /// Each name's first eight bytes (fewer for a shorter name, the rest
    /// zero) and the mask of those bytes: a fact expected next is ruled
    /// out by one comparison of words, before any of its bytes are compared.
    first: Vec<(u64, u64)>,
}

/// The facts after the last one read that a key is first compared with:
/// records leave facts out, but seldom many in a row.
const LOOKAHEAD: usize = 6;

/// Which key came after which in the records read before, where the
/// regulation's order did not say: a program writes every record's keys
/// in one order, and when it is not the regulation's (sorted, as Python's
/// `sort_keys` and `jq -S` write them, or its own) the key that followed
/// the last one last time is compared next, before the key is read to
/// its end and looked up. Only a key the regulation's order misses is
/// learned, so records in that order cost nothing more.
#[derive(Debug, Default)]
pub(super) struct KeyOrder {
    /// By the key before (0 for none, a fact's slot plus one, the
    /// acceptance date the slot after the facts' plus one), the key that
    /// came after it: a slot, the acceptance date's, or `Slot::MAX`.
    after: Vec<Slot>,
    /// The acceptance date's key the order was learned with: a fact of
    /// that name is read as the acceptance date, so with another key the
    /// same bytes are the fact again.
    field: Vec<u8>,
}

impl KeyOrder {
    fn start(&mut self, keys: usize, field: &[u8]) {
        if self.after.len() != keys + 1 || self.field != field {
            self.after.clear();
            self.after.resize(keys + 1, Slot::MAX);
            self.field.clear();
            self.field.extend_from_slice(field);
        }
    }
}

/// The mask of a name's first eight bytes (fewer for a shorter one).
fn mask_of(len: usize) -> u64 {
    if len >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * len)) - 1
    }
}

/// A name that is found whole right after a key's `"`: no `"`, `\\` or
/// control character in it.
fn is_plain(name: &[u8]) -> bool {
    name.iter().all(|&c| c >= 0x20 && c != b'"' && c != b'\\')
}

/// Up to eight bytes from the start of `b`, the rest zero.
fn word_at(b: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    let n = b.len().min(8);
    word[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(word)
}

/// Whether `rest` starts with `name`, whose first eight bytes (or all, if
/// fewer) are already compared and which `rest` is longer than: the rest a
/// word at a time, the last word overlapping the one before, where a call
/// to `memcmp` for each key took 7% of a record's time (perf, 2 threads).
fn same_after_eight(rest: &[u8], name: &[u8]) -> bool {
    let word = |b: &[u8], at: usize| b.get(at..).and_then(|b| b.first_chunk::<8>()).copied();
    let mut at = 8;
    while at < name.len() {
        let from = at.min(name.len() - 8);
        if word(rest, from).is_none() || word(rest, from) != word(name, from) {
            return false;
        }
        at += 8;
    }
    true
}

fn hash(key: &[u8]) -> u64 {
    let mut h = key.len() as u64;
    for chunk in key.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h
}

impl Keys {
    pub(super) fn new(names: &[String]) -> Keys {
        let size = (names.len() * 4).next_power_of_two().max(8);
        let mut table = vec![Slot::MAX; size];
        for (i, name) in names.iter().enumerate() {
            let mut at = (hash(name.as_bytes()) as usize) & (size - 1);
            while table[at] != Slot::MAX {
                at = (at + 1) & (size - 1);
            }
            table[at] = Slot::try_from(i).unwrap_or(Slot::MAX);
        }
        let plain = names.iter().map(|n| is_plain(n.as_bytes())).collect();
        let first = names
            .iter()
            .map(|n| (word_at(n.as_bytes()), mask_of(n.len())))
            .collect();
        Keys {
            table,
            plain,
            first,
        }
    }
}

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

    /// A string without escapes or control characters, after its `"`:
    /// eight bytes at a time, as most of a record's bytes are in strings.
    fn string(&mut self) -> Option<&'a [u8]> {
        let start = self.i;
        let mut i = start;
        while let Some(chunk) = self.b.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let found = special(u64::from_le_bytes(word));
            if found != 0 {
                i += (found.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        loop {
            match *self.b.get(i)? {
                b'"' => break,
                b'\\' | 0..=0x1f => return None,
                _ => i += 1,
            }
        }
        self.i = i + 1;
        Some(&self.b[start..i])
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
    /// The first of the facts from `next` on (a few of them) whose name
    /// and the key's closing `"` are the bytes at `rest`: records written
    /// by one program give their facts in one order, leaving some out, so
    /// this is most keys, without scanning or hashing them.
    fn expect(&self, rest: &[u8], next: usize) -> Option<usize> {
        // A key is followed by at least `":x}`: eight bytes are there
        // but at the very end of a record.
        let word = match rest.first_chunk::<8>() {
            Some(w) => u64::from_le_bytes(*w),
            None => word_at(rest),
        };
        let end = self.names.len().min(next + LOOKAHEAD);
        (next..end).find(|&i| {
            let (first, mask) = self.keys.first[i];
            if word & mask != first || !self.keys.plain[i] {
                return false;
            }
            let name = self.names[i].as_bytes();
            rest.get(name.len()) == Some(&b'"') && same_after_eight(rest, name)
        })
    }

    /// Whether `rest` starts with `name`, the whole key, and its closing
    /// `"` (a fact's `first` word and mask, or the acceptance date's).
    fn is_key(rest: &[u8], (first, mask): (u64, u64), name: &[u8]) -> bool {
        let word = match rest.first_chunk::<8>() {
            Some(w) => u64::from_le_bytes(*w),
            None => word_at(rest),
        };
        word & mask == first && rest.get(name.len()) == Some(&b'"') && same_after_eight(rest, name)
    }

    /// The fact named `key`.
    fn find(&self, key: &[u8]) -> Option<Slot> {
        let table = &self.keys.table;
        let mask = table.len() - 1;
        let mut at = (hash(key) as usize) & mask;
        loop {
            let slot = *table.get(at)?;
            if slot == Slot::MAX {
                return None;
            }
            if self.names[usize::from(slot)].as_bytes() == key {
                return Some(slot);
            }
            at = (at + 1) & mask;
        }
    }

    /// Reads a record of the common shape into `facts` (all unknown to
    /// start with); `None` for any other, which the JSON parser reads.
    pub(super) fn scan(
        &self,
        bytes: &[u8],
        accepted_field: &str,
        facts: &mut [Val],
        accepted: &mut Accepted,
        order: &mut KeyOrder,
    ) -> Option<()> {
        accepted.clear();
        let field = accepted_field.as_bytes();
        let field_first = is_plain(field).then(|| (word_at(field), mask_of(field.len())));
        // The acceptance date's key in `order`: the slot after the facts'.
        let field_slot = Slot::try_from(self.names.len()).ok()?;
        order.start(self.names.len() + 1, field);
        let mut r = Bytes { b: bytes, i: 0 };
        r.skip_ws();
        r.eat(b'{')?;
        r.skip_ws();
        if r.eat(b'}').is_none() {
            let mut next = 0;
            // The key before, as `order` numbers it.
            let mut before = 0;
            // A key given twice is the parser's to judge.
            let mut seen = Seen::default();
            let mut seen_accepted = false;
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
                        Slot::try_from(i).ok()?
                    }
                    None => self.learned(
                        &mut r,
                        order.after[before],
                        (field, field_first),
                        field_slot,
                    )?,
                };
                if expected.is_none() {
                    order.after[before] = key;
                }
                before = usize::from(key) + 1;
                r.skip_ws();
                r.eat(b':')?;
                r.skip_ws();
                if key == field_slot {
                    if std::mem::replace(&mut seen_accepted, true) {
                        return None;
                    }
                    match r.peek()? {
                        b'n' => r.word(b"null").map(|()| accepted.clear())?,
                        b'"' => {
                            r.i += 1;
                            accepted.set(std::str::from_utf8(r.string()?).ok()?);
                        }
                        _ => return None,
                    }
                } else {
                    if !seen.first(key) {
                        return None;
                    }
                    facts[usize::from(key)] = self.scan_value(&mut r, key)?;
                    next = usize::from(key) + 1;
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

    /// The key at `r` (past its opening `"`), past its closing `"`: the
    /// one that came `after` the key before last time, if it is that
    /// one, else read and looked up. `field_slot` for the acceptance
    /// date's key (`field`; `field_first` its first word and mask when it
    /// is a plain string, found whole).
    fn learned(
        &self,
        r: &mut Bytes<'_>,
        after: Slot,
        (field, field_first): (&[u8], Option<(u64, u64)>),
        field_slot: Slot,
    ) -> Option<Slot> {
        let rest = &r.b[r.i..];
        let name = match after {
            Slot::MAX => None,
            s if s == field_slot => field_first.map(|first| (field, first)),
            s => {
                let s = usize::from(s);
                let plain = self.keys.plain.get(s).copied().unwrap_or(false);
                plain.then(|| (self.names[s].as_bytes(), self.keys.first[s]))
            }
        };
        if let Some((name, first)) = name
            && Self::is_key(rest, first, name)
        {
            r.i += name.len() + 1;
            return Some(after);
        }
        let key = r.string()?;
        if key == field {
            Some(field_slot)
        } else {
            self.find(key)
        }
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
                let text = r.string()?;
                // Any other shape is refused (by the parser's reader, and
                // the interpreter says why): dates are YYYY-MM-DD only.
                Val::Date(plain_date(text)??)
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

/// `YYYY-MM-DD`, the way dates are written, read without the parser:
/// `None` for any other shape (the parser's to read), `Some(None)` for
/// no such day, which the parser refuses too.
fn plain_date(text: &[u8]) -> Option<Option<jiff::civil::Date>> {
    let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = text else {
        return None;
    };
    let digits = [y0, y1, y2, y3, m0, m1, d0, d1];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |ds: &[u8]| ds.iter().fold(0i16, |n, d| n * 10 + i16::from(d - b'0'));
    let (year, month, day) = (n(&digits[..4]), n(&digits[4..6]), n(&digits[6..]));
    // No year 0, as `parse_date` says.
    if year < 1 {
        return Some(None);
    }
    Some(jiff::civil::Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok())
}
