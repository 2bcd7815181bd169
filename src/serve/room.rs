//! Screen room: how many character cells all sessions' screens may hold
//! together. A session's memory grows with its window (measured: about
//! 0.5 MB at 80×24, 2.1 MB at 240×80), so without a budget, visitors who
//! all ask for the largest window could make the server hold four times
//! what the session limit suggests. Every session may always have 80×24;
//! above that, cells come from a pool shared by all, sized so that a full
//! server averages [`SHARE`] cells a session (about 1 MB). While the pool
//! lasts, everyone gets the window they ask for (up to the largest
//! served); when it runs low, a new or resized window is drawn smaller, in
//! the top left of the visitor's window, never below 80×24.

use std::sync::{Arc, Mutex, PoisonError};

/// Cells every session may have whatever the pool holds: 80×24.
pub const BASE: (u16, u16) = (80, 24);
/// Cells a session averages when the server is full.
pub const SHARE: u64 = 120 * 50;

fn cells(size: (u16, u16)) -> u64 {
    u64::from(size.0) * u64::from(size.1)
}

/// The pool of cells above [`BASE`], shared by every session.
#[derive(Clone)]
pub struct Room {
    /// Cells of the pool not held now.
    free: Arc<Mutex<u64>>,
}

/// The cells a session holds from the pool; given back when dropped.
pub struct Lease {
    free: Arc<Mutex<u64>>,
    held: u64,
}

impl Room {
    /// Room for `sessions` sessions averaging [`SHARE`] cells.
    pub fn new(sessions: usize) -> Room {
        let sessions = u64::try_from(sessions).unwrap_or(u64::MAX);
        let pool = sessions.saturating_mul(SHARE - cells(BASE));
        Room {
            free: Arc::new(Mutex::new(pool)),
        }
    }

    /// A lease holding nothing yet.
    pub fn lease(&self) -> Lease {
        Lease {
            free: Arc::clone(&self.free),
            held: 0,
        }
    }
}

impl Lease {
    /// The size to draw a window of `wanted` at: `wanted` itself when the
    /// pool has room (what this lease held counts as free again), else
    /// the largest size of about its shape that fits, never below
    /// [`BASE`] (nor above `wanted`).
    pub fn grant(&mut self, wanted: (u16, u16)) -> (u16, u16) {
        let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        *free = free.saturating_add(self.held);
        self.held = 0;
        let allowed = cells(BASE).saturating_add(*free);
        let size = if cells(wanted) <= allowed {
            wanted
        } else {
            shrink(wanted, allowed)
        };
        self.held = cells(size).saturating_sub(cells(BASE)).min(*free);
        *free -= self.held;
        size
    }

    /// Cells this lease holds from the pool.
    #[cfg(test)]
    fn held(&self) -> u64 {
        self.held
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        let mut free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        *free = free.saturating_add(self.held);
    }
}

/// The largest size of about `wanted`'s shape within `allowed` cells,
/// neither below [`BASE`] nor above `wanted` in either direction.
fn shrink(wanted: (u16, u16), allowed: u64) -> (u16, u16) {
    let least = |want: u16, base: u16| want.min(base);
    let (min_cols, min_rows) = (least(wanted.0, BASE.0), least(wanted.1, BASE.1));
    #[allow(clippy::cast_precision_loss)]
    let factor = (allowed as f64 / cells(wanted) as f64).sqrt();
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let cols = ((f64::from(wanted.0) * factor) as u16).clamp(min_cols, wanted.0);
    let rows_fit = u16::try_from(allowed / u64::from(cols.max(1))).unwrap_or(u16::MAX);
    let rows = rows_fit.clamp(min_rows, wanted.1);
    let cols_fit = u16::try_from(allowed / u64::from(rows.max(1))).unwrap_or(u16::MAX);
    (cols.min(cols_fit).max(min_cols), rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn while_the_pool_lasts_every_window_is_drawn_as_asked() {
        let room = Room::new(10);
        let mut a = room.lease();
        let mut b = room.lease();
        assert_eq!(a.grant((240, 80)), (240, 80));
        assert_eq!(b.grant((200, 60)), (200, 60));
        // A small window takes nothing from the pool.
        let mut c = room.lease();
        assert_eq!(c.grant((80, 24)), (80, 24));
        assert_eq!(c.held(), 0);
        assert_eq!(c.grant((40, 10)), (40, 10));
        assert_eq!(c.held(), 0);
    }

    #[test]
    fn when_the_pool_runs_low_a_window_is_drawn_smaller_but_never_below_80x24() {
        // Two sessions: a pool of 2 × (6000 − 1920) = 8160 cells.
        let room = Room::new(2);
        let mut first = room.lease();
        let size = first.grant((240, 80));
        assert!(cells(size) <= cells(BASE) + 8160, "{size:?}");
        assert!(size.0 >= 80 && size.1 >= 24 && size.0 <= 240 && size.1 <= 80);
        assert!(size.0 > 150 && size.1 > 40, "about its shape: {size:?}");
        // The pool is all but spent: the next gets about 80×24, never less.
        let left = cells(BASE) + 8160 - cells(size);
        let mut second = room.lease();
        assert_eq!(second.grant((240, 80)), (80, 24));
        let wide = second.grant((300, 24));
        assert!(wide.1 == 24 && wide.0 >= 80 && cells(wide) <= cells(BASE) + left);
        // A window narrower than 80 columns keeps its width.
        let narrow = second.grant((60, 80));
        assert!(narrow.0 == 60 && narrow.1 >= 24 && cells(narrow) <= cells(BASE) + left);
    }

    #[test]
    fn a_shrunk_window_fits_its_cells_whatever_its_shape() {
        for (wanted, allowed) in [
            ((240, 24), 1920),
            ((240, 80), 5000),
            ((81, 80), 2000),
            ((240, 25), 2500),
            ((100, 80), 1921),
        ] {
            let size = shrink(wanted, allowed);
            assert!(cells(size) <= allowed, "{wanted:?} in {allowed}: {size:?}");
            assert!(size.0 >= 80 && size.1 >= 24, "{size:?}");
            assert!(size.0 <= wanted.0 && size.1 <= wanted.1, "{size:?}");
        }
    }

    #[test]
    fn a_new_size_gives_back_the_old_and_an_ended_session_all_it_held() {
        let room = Room::new(2);
        let mut first = room.lease();
        first.grant((240, 80));
        // Smaller now: what it held beyond that is free for others.
        assert_eq!(first.grant((100, 30)), (100, 30));
        assert_eq!(first.held(), 100 * 30 - 1920);
        let mut second = room.lease();
        assert_eq!(second.grant((120, 60)), (120, 60));
        drop(first);
        drop(second);
        let mut third = room.lease();
        assert_eq!(third.held(), 0);
        let size = third.grant((240, 80));
        assert!(size.0 > 150, "the whole pool is free again: {size:?}");
        assert_eq!(third.held(), cells(size) - cells(BASE));
    }

    #[test]
    fn a_server_without_a_session_limit_has_room_for_any_window() {
        let room = Room::new(usize::MAX);
        let mut lease = room.lease();
        assert_eq!(lease.grant((240, 80)), (240, 80));
    }
}
