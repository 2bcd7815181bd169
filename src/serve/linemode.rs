//! A session without a terminal (`ssh -T host`): the line mode, as on a
//! pipe, reading the channel and writing to it; `save` says nothing is
//! saved here.

use super::session::{Ctl, End, Sink, Start};
use crate::tui::runner::Incoming;
use std::io::{self, BufReader, Read};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

/// The channel's bytes as a reader; the end of input when the client
/// closes, goes idle too long, or the server stops.
struct ChannelReader<'a> {
    inbox: &'a Receiver<Incoming>,
    ctl: &'a Ctl,
    pending: Zeroizing<Vec<u8>>,
    at: usize,
    start: &'a Start,
    began: Instant,
}

impl Read for ChannelReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at >= self.pending.len() {
            if self.ctl.stopping(self.start, self.began) {
                return Ok(0);
            }
            match self.inbox.recv_timeout(Duration::from_secs(1)) {
                Ok(Incoming::Bytes(bytes)) => {
                    self.pending = bytes;
                    self.at = 0;
                }
                Ok(Incoming::Closed) | Err(RecvTimeoutError::Disconnected) => return Ok(0),
                Ok(_) | Err(RecvTimeoutError::Timeout) => {}
            }
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Runs the line mode on the channel until it ends; then closes it.
pub fn run(start: &Start, inbox: &Receiver<Incoming>, ctl: &Arc<Ctl>, mut sink: Sink) {
    let lang = start.lang.unwrap_or(crate::i18n::Lang::En);
    ctl.touch();
    let reader = ChannelReader {
        inbox,
        ctl,
        pending: Zeroizing::new(Vec::new()),
        at: 0,
        start,
        began: Instant::now(),
    };
    let status = {
        let line_mode = crate::plain::LineMode::new(
            start.content,
            start.catalog,
            lang,
            start.clock.today(),
            start.clock.now(),
            BufReader::new(reader),
            &mut sink,
        )
        .served();
        match line_mode.run() {
            Ok(crate::plain::Ended::Finished | crate::plain::Ended::Quit) => 0,
            _ => 1,
        }
    };
    if ctl.ended_for() == End::Shutdown {
        let t = start.catalog.lang(lang);
        let _ = io::Write::write_all(
            &mut sink,
            format!("{}\n", t.text("serve-restarting")).as_bytes(),
        );
    }
    sink.end(status);
}
