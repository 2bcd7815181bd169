//! Terminal input, decoded here from the bytes the terminal sends.
//!
//! crossterm's own reader (0.29) cannot serve a public kiosk: it takes
//! `ESC [ 2 0 0 ~` as the start of a paste even when pasting is off and
//! then swallows every later key until `ESC [ 2 0 1 ~` (upstream issue
//! 1060); it reads 1,024 bytes at a time and leaves the rest until another
//! key arrives (PR 1057); and its buffers, which can hold the digits of a
//! CPR number, cannot be wiped. This decoder turns bytes into crossterm's
//! own event types, so the key map is unchanged, and:
//! - a paste ends at its end marker, after [`PASTE_WAIT`] without a byte,
//!   or at [`PASTE_MAX`] bytes (the rest is dropped): it never freezes;
//! - a lone Esc is the Esc key after [`ESC_WAIT`];
//! - everything it holds is zeroized when dropped or [`Decoder::wipe`]d.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use zeroize::Zeroizing;

/// How long a lone Esc waits for the rest of an escape sequence.
pub const ESC_WAIT: u64 = 60;
/// How long a paste may pause before it is taken as ended.
pub const PASTE_WAIT: u64 = 1_000;
/// The most of a paste that is kept; more is dropped.
pub const PASTE_MAX: usize = 4_096;
/// The longest escape sequence worth waiting for; longer is noise.
const SEQUENCE_MAX: usize = 64;

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

/// Bytes in, events out.
#[derive(Default)]
pub struct Decoder {
    /// Bytes of a sequence or character not complete yet.
    pending: Zeroizing<Vec<u8>>,
    /// Inside a paste: what it holds so far.
    paste: Option<Zeroizing<Vec<u8>>>,
    /// When the last byte came (milliseconds, the caller's clock).
    last_byte: u64,
}

/// What parsing the start of the pending bytes found.
enum Parsed {
    /// An event (or nothing, for a sequence that means nothing here) and
    /// the number of bytes it used.
    Done(Option<Event>, usize),
    /// The bytes so far may start a longer sequence: wait for more.
    Incomplete,
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Option<Event> {
    Some(Event::Key(KeyEvent::new(code, modifiers)))
}

/// The modifiers of an xterm parameter (`1;5A` is Ctrl+Up: 5 - 1 = 4 = Ctrl).
fn modifiers(param: Option<u16>) -> KeyModifiers {
    let bits = param.unwrap_or(1).saturating_sub(1);
    let mut m = KeyModifiers::NONE;
    if bits & 1 != 0 {
        m |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        m |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        m |= KeyModifiers::CONTROL;
    }
    m
}

/// The numbers of a CSI parameter string (`1;5`), empty ones as `None`.
fn numbers(params: &[u8]) -> Vec<Option<u16>> {
    params
        .split(|&b| b == b';')
        .map(|p| std::str::from_utf8(p).ok().and_then(|s| s.parse().ok()))
        .collect()
}

/// A `CSI … ~` key by its number.
fn tilde_key(number: u16) -> Option<KeyCode> {
    Some(match number {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F(u8::try_from(number - 10).ok()?),
        17..=21 => KeyCode::F(u8::try_from(number - 11).ok()?),
        23 | 24 => KeyCode::F(u8::try_from(number - 12).ok()?),
        _ => return None,
    })
}

/// An SGR mouse report: `ESC [ < b ; x ; y M` (press) or `m` (release).
fn sgr_mouse(params: &[u8], release: bool) -> Option<Event> {
    let n = numbers(params);
    let (b, x, y) = ((*n.first()?)?, (*n.get(1)?)?, (*n.get(2)?)?);
    let column = x.saturating_sub(1);
    let row = y.saturating_sub(1);
    let button = match b & 0b11 {
        0 => MouseButton::Left,
        1 => MouseButton::Middle,
        _ => MouseButton::Right,
    };
    let kind = if b & 64 != 0 {
        if b & 1 == 0 {
            MouseEventKind::ScrollUp
        } else {
            MouseEventKind::ScrollDown
        }
    } else if b & 32 != 0 {
        MouseEventKind::Drag(button)
    } else if release {
        MouseEventKind::Up(button)
    } else {
        MouseEventKind::Down(button)
    };
    Some(Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }))
}

/// A control sequence `ESC [ params final`.
fn csi(bytes: &[u8]) -> Parsed {
    // The Linux console's F1–F5: ESC [ [ A … E.
    if bytes.get(2) == Some(&b'[') {
        return match bytes.get(3) {
            None => Parsed::Incomplete,
            Some(&c @ b'A'..=b'E') => {
                Parsed::Done(key(KeyCode::F(c - b'A' + 1), KeyModifiers::NONE), 4)
            }
            Some(_) => Parsed::Done(None, 4),
        };
    }
    // X10 mouse: ESC [ M and three bytes.
    if bytes.get(2) == Some(&b'M') {
        if bytes.len() < 6 {
            return Parsed::Incomplete;
        }
        let (b, x, y) = (bytes[3].saturating_sub(32), bytes[4], bytes[5]);
        let event = (b & 0b11 == 0 && b & 64 == 0).then(|| {
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: u16::from(x.saturating_sub(33)),
                row: u16::from(y.saturating_sub(33)),
                modifiers: KeyModifiers::NONE,
            })
        });
        return Parsed::Done(event, 6);
    }
    // A new Esc before the end: the sequence was cut off; drop it and
    // read on from that Esc.
    if let Some(esc) = bytes[2..].iter().position(|&b| b == 0x1b) {
        let final_before = bytes[2..2 + esc].iter().any(|b| (0x40..=0x7e).contains(b));
        if !final_before {
            return Parsed::Done(None, 2 + esc);
        }
    }
    let Some(end) = bytes[2..].iter().position(|b| (0x40..=0x7e).contains(b)) else {
        return if bytes.len() > SEQUENCE_MAX {
            // Never finished: noise, dropped.
            Parsed::Done(None, bytes.len())
        } else {
            Parsed::Incomplete
        };
    };
    let len = 2 + end + 1;
    let params = &bytes[2..2 + end];
    let last = bytes[2 + end];
    if let Some(sgr) = params.strip_prefix(b"<") {
        return Parsed::Done(
            matches!(last, b'M' | b'm')
                .then(|| sgr_mouse(sgr, last == b'm'))
                .flatten(),
            len,
        );
    }
    let n = numbers(params);
    let mods = modifiers(n.get(1).copied().flatten());
    let code = match last {
        b'A' | b'B' | b'C' | b'D' | b'H' | b'F' => cursor_key(last),
        b'Z' => Some(KeyCode::BackTab),
        b'P' => Some(KeyCode::F(1)),
        b'Q' => Some(KeyCode::F(2)),
        b'R' if n.len() > 1 && n[0] == Some(1) => Some(KeyCode::F(3)),
        b'S' => Some(KeyCode::F(4)),
        b'~' => n.first().copied().flatten().and_then(tilde_key),
        // Cursor reports, focus, kitty keys and the rest: nothing here.
        _ => None,
    };
    Parsed::Done(code.and_then(|c| key(c, mods)), len)
}

/// The arrows, Home and End, as both `ESC [ x` and `ESC O x` end.
fn cursor_key(last: u8) -> Option<KeyCode> {
    match last {
        b'A' => Some(KeyCode::Up),
        b'B' => Some(KeyCode::Down),
        b'C' => Some(KeyCode::Right),
        b'D' => Some(KeyCode::Left),
        b'H' => Some(KeyCode::Home),
        b'F' => Some(KeyCode::End),
        _ => None,
    }
}

/// `ESC O x`: application-mode arrows and F1–F4.
fn ss3(bytes: &[u8]) -> Parsed {
    let Some(&c) = bytes.get(2) else {
        return Parsed::Incomplete;
    };
    let code = match c {
        b'A' | b'B' | b'C' | b'D' | b'H' | b'F' => cursor_key(c),
        b'M' => Some(KeyCode::Enter),
        b'P'..=b'S' => Some(KeyCode::F(c - b'P' + 1)),
        _ => None,
    };
    Parsed::Done(code.and_then(|c| key(c, KeyModifiers::NONE)), 3)
}

/// A control string, up to BEL or ESC \\: nothing here, dropped whole.
fn control_string(bytes: &[u8]) -> Parsed {
    for (i, pair) in bytes.windows(2).enumerate().skip(1) {
        if pair[0] == 0x07 {
            return Parsed::Done(None, i + 1);
        }
        if pair == b"\x1b\\" {
            return Parsed::Done(None, i + 2);
        }
    }
    if bytes.last() == Some(&0x07) && bytes.len() > 2 {
        return Parsed::Done(None, bytes.len());
    }
    if bytes.len() > PASTE_MAX {
        // Never ended: noise, dropped.
        return Parsed::Done(None, bytes.len());
    }
    Parsed::Incomplete
}

/// One UTF-8 character at the start of `bytes`.
fn character(bytes: &[u8]) -> Option<Result<(char, usize), usize>> {
    let len = match bytes[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        // Not the start of a character: skip the byte.
        _ => return Some(Err(1)),
    };
    if bytes.len() < len {
        return None;
    }
    match std::str::from_utf8(&bytes[..len]) {
        Ok(s) => s.chars().next().map(|c| Ok((c, len))),
        Err(_) => Some(Err(1)),
    }
}

/// Parses the start of `bytes` (not empty).
fn parse(bytes: &[u8]) -> Parsed {
    match bytes[0] {
        0x1b => match bytes.get(1) {
            None => Parsed::Incomplete,
            Some(b'[') => csi(bytes),
            Some(b'O') => ss3(bytes),
            // Strings a terminal may send (a title, a colour report, …):
            // ESC ] … BEL or ESC \, and the like after ESC P, X, ^ and _.
            Some(b']' | b'P' | b'X' | b'^' | b'_') => control_string(bytes),
            // Esc Esc: the first is the Esc key.
            Some(0x1b) => Parsed::Done(key(KeyCode::Esc, KeyModifiers::NONE), 1),
            // Alt and a key.
            Some(_) => match character(&bytes[1..]) {
                None => Parsed::Incomplete,
                Some(Ok((c, len))) => {
                    Parsed::Done(key(KeyCode::Char(c), KeyModifiers::ALT), 1 + len)
                }
                Some(Err(skip)) => Parsed::Done(None, 1 + skip),
            },
        },
        b'\r' | b'\n' => Parsed::Done(key(KeyCode::Enter, KeyModifiers::NONE), 1),
        b'\t' => Parsed::Done(key(KeyCode::Tab, KeyModifiers::NONE), 1),
        0x7f | 0x08 => Parsed::Done(key(KeyCode::Backspace, KeyModifiers::NONE), 1),
        0x00 => Parsed::Done(None, 1),
        b @ 0x01..=0x1a => Parsed::Done(
            key(
                KeyCode::Char(char::from(b'a' + b - 1)),
                KeyModifiers::CONTROL,
            ),
            1,
        ),
        0x1c => Parsed::Done(key(KeyCode::Char('\\'), KeyModifiers::CONTROL), 1),
        0x1d..=0x1f => Parsed::Done(None, 1),
        _ => match character(bytes) {
            None => Parsed::Incomplete,
            Some(Ok((c, len))) => Parsed::Done(key(KeyCode::Char(c), KeyModifiers::NONE), len),
            Some(Err(skip)) => Parsed::Done(None, skip),
        },
    }
}

/// Appends `bytes` to `buffer`; when it must grow, it moves to a larger
/// buffer and the old one is wiped as it is dropped (a plain `extend`
/// would leave the old bytes, perhaps digits of a CPR number, in freed
/// memory).
fn append_wiped(buffer: &mut Zeroizing<Vec<u8>>, bytes: &[u8]) {
    let needed = buffer.len() + bytes.len();
    if needed > buffer.capacity() {
        let mut larger = Zeroizing::new(Vec::with_capacity(needed.max(2 * buffer.capacity())));
        larger.extend_from_slice(buffer);
        // The old buffer is zeroized (spare capacity too) when dropped here.
        *buffer = larger;
    }
    buffer.extend_from_slice(bytes);
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder::default()
    }

    /// Takes bytes read at `now` (milliseconds) and returns the events
    /// they complete.
    pub fn feed(&mut self, bytes: &[u8], now: u64) -> Vec<Event> {
        self.last_byte = now;
        append_wiped(&mut self.pending, bytes);
        self.drain(false)
    }

    /// Time passing: a lone Esc becomes the Esc key, a paste that stopped
    /// ends. Call when [`Decoder::deadline`] has passed.
    pub fn tick(&mut self, now: u64) -> Vec<Event> {
        let quiet = now.saturating_sub(self.last_byte);
        if let Some(paste) = self.paste.as_mut() {
            if quiet < PASTE_WAIT {
                return Vec::new();
            }
            // The tail kept for an end marker that never came is paste too.
            let room = PASTE_MAX.saturating_sub(paste.len());
            let take = self.pending.len().min(room);
            append_wiped(paste, &self.pending[..take]);
            let all = self.pending.len();
            return self.end_paste(all).into_iter().collect();
        }
        if quiet >= ESC_WAIT && !self.pending.is_empty() {
            return self.drain(true);
        }
        Vec::new()
    }

    /// When [`Decoder::tick`] next has something to do, if ever.
    pub fn deadline(&self) -> Option<u64> {
        if self.paste.is_some() {
            Some(self.last_byte + PASTE_WAIT)
        } else if !self.pending.is_empty() {
            Some(self.last_byte + ESC_WAIT)
        } else {
            None
        }
    }

    /// Whether a paste is in progress.
    pub fn in_paste(&self) -> bool {
        self.paste.is_some()
    }

    /// Forgets everything pending, zeroizing it.
    pub fn wipe(&mut self) {
        self.pending = Zeroizing::new(Vec::new());
        self.paste = None;
    }

    /// Ends the paste: its text, and `used` bytes of `pending` dropped.
    fn end_paste(&mut self, used: usize) -> Option<Event> {
        let paste = self.paste.take()?;
        let used = used.min(self.pending.len());
        self.pending.drain(..used);
        // Invalid UTF-8 becomes U+FFFD, which no field takes.
        let text = String::from_utf8_lossy(&paste).into_owned();
        Some(Event::Paste(text))
    }

    /// Decodes as much of `pending` as is complete; with `timed_out`, an
    /// incomplete sequence is taken as it is (a lone Esc is the Esc key).
    fn drain(&mut self, timed_out: bool) -> Vec<Event> {
        // At most one event per byte: sized once, never moved while it
        // holds the keys of a number.
        let mut events = Vec::with_capacity(self.pending.len());
        loop {
            if let Some(paste) = self.paste.as_mut() {
                match self
                    .pending
                    .windows(PASTE_END.len())
                    .position(|w| w == PASTE_END)
                {
                    Some(at) => {
                        let room = PASTE_MAX.saturating_sub(paste.len());
                        append_wiped(paste, &self.pending[..at.min(room)]);
                        events.extend(self.end_paste(at + PASTE_END.len()));
                        continue;
                    }
                    None => {
                        // Keep a tail that may be the start of the end marker.
                        let keep = (PASTE_END.len() - 1).min(self.pending.len());
                        let take = self.pending.len() - keep;
                        let room = PASTE_MAX.saturating_sub(paste.len());
                        append_wiped(paste, &self.pending[..take.min(room)]);
                        self.pending.drain(..take);
                        return events;
                    }
                }
            }
            if self.pending.is_empty() {
                return events;
            }
            if self.pending.starts_with(PASTE_START) {
                self.pending.drain(..PASTE_START.len());
                self.paste = Some(Zeroizing::new(Vec::with_capacity(PASTE_MAX)));
                continue;
            }
            if PASTE_START.starts_with(&self.pending) && !timed_out {
                return events;
            }
            match parse(&self.pending) {
                Parsed::Done(event, used) => {
                    events.extend(event);
                    self.pending.drain(..used.max(1));
                }
                Parsed::Incomplete if timed_out => {
                    // What never completed: a lone Esc is the key; the rest
                    // of a broken sequence is dropped.
                    if self.pending.len() == 1 && self.pending[0] == 0x1b {
                        events.extend(key(KeyCode::Esc, KeyModifiers::NONE));
                    }
                    let len = self.pending.len();
                    self.pending.drain(..len);
                }
                Parsed::Incomplete => return events,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(events: &[Event]) -> Vec<KeyCode> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Key(k) => Some(k.code),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn plain_keys_and_sequences() {
        let mut d = Decoder::new();
        let got = d.feed(b"a\r\x7f\x1b[A\x1b[B\x1bOP\x1b[24~\x1b[5~\x1b[[A\x03", 0);
        assert_eq!(
            keys(&got),
            [
                KeyCode::Char('a'),
                KeyCode::Enter,
                KeyCode::Backspace,
                KeyCode::Up,
                KeyCode::Down,
                KeyCode::F(1),
                KeyCode::F(12),
                KeyCode::PageUp,
                KeyCode::F(1),
                KeyCode::Char('c'),
            ]
        );
        assert!(matches!(got.last(), Some(Event::Key(k)) if k.modifiers == KeyModifiers::CONTROL));
        // UTF-8 split over two reads.
        let mut d = Decoder::new();
        assert!(d.feed(&[0xc3], 0).is_empty());
        assert_eq!(keys(&d.feed(&[0xb8], 1)), [KeyCode::Char('ø')]);
    }

    #[test]
    fn a_lone_esc_is_the_key_after_a_moment() {
        let mut d = Decoder::new();
        assert!(d.feed(b"\x1b", 0).is_empty());
        assert_eq!(d.deadline(), Some(ESC_WAIT));
        assert!(d.tick(ESC_WAIT - 1).is_empty());
        assert_eq!(keys(&d.tick(ESC_WAIT)), [KeyCode::Esc]);
        assert_eq!(d.deadline(), None);
    }

    #[test]
    fn a_click_and_the_wheel() {
        let mut d = Decoder::new();
        let got = d.feed(b"\x1b[<0;11;5M\x1b[<0;11;5m\x1b[<65;3;3M", 0);
        assert!(matches!(
            got[0],
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: 10,
                row: 4,
                ..
            })
        ));
        assert!(matches!(
            got[2],
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::ScrollDown,
                ..
            })
        ));
    }

    #[test]
    fn a_paste_with_its_end_and_one_without() {
        let mut d = Decoder::new();
        let got = d.feed(b"\x1b[200~070761-4285\x1b[201~x", 0);
        assert!(matches!(&got[0], Event::Paste(t) if t == "070761-4285"));
        assert_eq!(keys(&got), [KeyCode::Char('x')]);
        // Typed by hand with no end: keys work again after the pause.
        let mut d = Decoder::new();
        assert!(d.feed(b"\x1b[200~", 0).is_empty());
        assert!(d.feed(b"12", 10).is_empty());
        assert!(d.in_paste());
        let got = d.tick(10 + PASTE_WAIT);
        assert!(matches!(&got[..], [Event::Paste(t)] if t == "12"));
        assert_eq!(keys(&d.feed(b"\x1b[24~", 2000)), [KeyCode::F(12)]);
    }

    #[test]
    fn a_long_paste_is_cut_and_the_end_marker_found_across_reads() {
        let mut d = Decoder::new();
        d.feed(b"\x1b[200~", 0);
        let big = vec![b'7'; PASTE_MAX + 500];
        assert!(d.feed(&big, 1).is_empty());
        assert!(d.feed(b"\x1b[2", 2).is_empty());
        let got = d.feed(b"01~q", 3);
        assert!(matches!(&got[0], Event::Paste(t) if t.len() == PASTE_MAX));
        assert_eq!(keys(&got), [KeyCode::Char('q')]);
    }

    #[test]
    fn wiping_forgets_what_is_pending() {
        let mut d = Decoder::new();
        d.feed(b"\x1b[200~0101", 0);
        d.wipe();
        assert!(!d.in_paste());
        assert_eq!(keys(&d.feed(b"2", 1)), [KeyCode::Char('2')]);
    }

    #[test]
    fn strings_a_terminal_sends_are_not_keys() {
        let mut d = Decoder::new();
        // A window title (OSC … BEL), a colour report (OSC … ESC \\), a
        // cut-off CSI followed by a real one.
        let got = d.feed(
            b"\x1b]0;title\x07\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[\x1b[Aq",
            0,
        );
        assert_eq!(keys(&got), [KeyCode::Up, KeyCode::Char('q')]);
    }

    #[test]
    fn a_cut_off_sequence_is_dropped_after_a_moment() {
        let mut d = Decoder::new();
        assert!(d.feed(b"\x1b]0;tit", 0).is_empty());
        assert!(d.tick(ESC_WAIT).is_empty(), "no keys from half a title");
        assert_eq!(keys(&d.feed(b"l", ESC_WAIT + 1)), [KeyCode::Char('l')]);
    }

    #[test]
    fn noise_never_blocks() {
        let mut d = Decoder::new();
        // An endless parameter string, bytes that are no UTF-8, unknown sequences.
        let mut noise = b"\x1b[".to_vec();
        noise.extend(std::iter::repeat_n(b'1', 200));
        assert!(d.feed(&noise, 0).is_empty());
        d.feed(&[0xff, 0xfe, 0x1b, b'[', b'?', b'u'], 1);
        assert_eq!(keys(&d.feed(b"z", 2)), [KeyCode::Char('z')]);
    }
}
