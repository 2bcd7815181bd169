//! QR codes as rows of text: two modules per character cell with the half
//! blocks `▀ ▄ █`, so a code is half as tall as it is wide. The caller
//! draws them light on dark with fixed colours, so they read the same on
//! a dark or a light terminal.

use qrcode::{Color, EcLevel, QrCode};
use zeroize::Zeroizing;

/// Modules of quiet zone around the code (the standard asks for four;
/// phone cameras read two, and a screen has no room to spare).
pub const QUIET: usize = 2;

/// The last few codes drawn, kept so a frame does not compute them again.
/// They hold what the codes hold (deadline titles, dates, an office), so
/// they belong to the visit: the app keeps them and wipes them with the
/// result at every reset.
#[derive(Default)]
pub struct QrCache {
    kept: std::cell::RefCell<Vec<(Zeroizing<String>, Option<Rows>)>>,
}

/// A code's rows, wiped when dropped.
type Rows = Vec<Zeroizing<String>>;

impl QrCache {
    /// The code for `data` as rows; light modules are drawn (`█` is a cell
    /// whose both modules are light). `None` when the data is too long.
    pub fn rows(&self, data: &str) -> Option<Vec<String>> {
        let mut kept = self.kept.borrow_mut();
        let plain = |rows: &Option<Rows>| {
            rows.as_ref()
                .map(|rows| rows.iter().map(|r| r.to_string()).collect())
        };
        if let Some((_, rows)) = kept.iter().find(|(d, _)| d.as_str() == data) {
            return plain(rows);
        }
        let rows = compute(data).map(|rows| rows.into_iter().map(Zeroizing::new).collect());
        let shown = plain(&rows);
        if kept.len() >= 8 {
            kept.remove(0);
        }
        kept.push((Zeroizing::new(data.to_string()), rows));
        shown
    }

    /// How many codes are kept.
    pub fn len(&self) -> usize {
        self.kept.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Forgets every code, wiping what it held.
    pub fn clear(&self) {
        self.kept.borrow_mut().clear();
    }
}

fn compute(data: &str) -> Option<Vec<String>> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    // Light outside the code (its quiet zone), the code's own colours inside.
    let light = |x: usize, y: usize| -> bool {
        if x < QUIET || y < QUIET || x >= width + QUIET || y >= width + QUIET {
            return true;
        }
        colors[(y - QUIET) * width + (x - QUIET)] == Color::Light
    };
    let mut rows = Vec::with_capacity(size.div_ceil(2));
    for y in (0..size).step_by(2) {
        let row: String = (0..size)
            .map(|x| {
                let top = light(x, y);
                // An odd last row: its lower half is quiet zone, light.
                let bottom = y + 1 >= size || light(x, y + 1);
                match (top, bottom) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                }
            })
            .collect();
        rows.push(row);
    }
    Some(rows)
}
