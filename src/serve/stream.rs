//! A connection's socket with a limit on how long a write may wait: a
//! client that stops reading (its TCP window shut) makes the server's
//! writes wait; after [`WRITE_WAIT`] the connection is ended, so nothing
//! piles up for it.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

/// The longest one write may wait for the client.
pub const WRITE_WAIT: Duration = Duration::from_secs(10);

pub struct Timed<S> {
    inner: S,
    /// Running while a write waits.
    waiting: Option<Pin<Box<Sleep>>>,
    /// Set when the connection is to end at once (a client that does not
    /// read): every read and write fails from then on.
    cut: Arc<AtomicBool>,
}

impl<S> Timed<S> {
    pub fn new(inner: S, cut: Arc<AtomicBool>) -> Timed<S> {
        Timed {
            inner,
            waiting: None,
            cut,
        }
    }

    fn is_cut(&self) -> bool {
        self.cut.load(Ordering::SeqCst)
    }
}

fn cut_error() -> io::Error {
    io::Error::new(io::ErrorKind::ConnectionAborted, "the client does not read")
}

impl<S: AsyncRead + Unpin> AsyncRead for Timed<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if self.is_cut() {
            return Poll::Ready(Err(cut_error()));
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> Timed<S> {
    /// A write that is not ready: waits on, or fails once waited too long.
    fn wait<T>(&mut self, cx: &mut Context<'_>, ready: Poll<io::Result<T>>) -> Poll<io::Result<T>> {
        match ready {
            Poll::Ready(result) => {
                self.waiting = None;
                Poll::Ready(result)
            }
            Poll::Pending => {
                let timer = self
                    .waiting
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(WRITE_WAIT)));
                match timer.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready(Err(io::Error::new(
                        io::ErrorKind::TimedOut,
                        "the client does not read",
                    ))),
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

use std::future::Future;

impl<S: AsyncWrite + Unpin> AsyncWrite for Timed<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let ready = Pin::new(&mut self.inner).poll_write(cx, buf);
        self.wait(cx, ready)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if self.is_cut() {
            return Poll::Ready(Err(cut_error()));
        }
        let ready = Pin::new(&mut self.inner).poll_flush(cx);
        self.wait(cx, ready)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
