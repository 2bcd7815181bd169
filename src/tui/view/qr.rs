//! QR codes as rows of text: two modules per character cell with the half
//! blocks `▀ ▄ █`, so a code is half as tall as it is wide. The caller
//! draws them light on dark with fixed colours, so they read the same on
//! a dark or a light terminal.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of quiet zone around the code (the standard asks for four;
/// phone cameras read two, and a screen has no room to spare).
const QUIET: usize = 2;

/// The code for `data` as rows; light modules are drawn (`█` is a cell
/// whose both modules are light). `None` when the data is too long. The
/// last few codes are kept, so a frame does not compute them again.
pub fn qr_rows(data: &str) -> Option<Vec<String>> {
    use std::sync::Mutex;
    static KEPT: Mutex<Vec<(String, Option<Vec<String>>)>> = Mutex::new(Vec::new());
    let mut kept = KEPT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, rows)) = kept.iter().find(|(d, _)| d == data) {
        return rows.clone();
    }
    let rows = compute(data);
    if kept.len() >= 8 {
        kept.remove(0);
    }
    kept.push((data.to_string(), rows.clone()));
    rows
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
