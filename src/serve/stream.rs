//! A connection's socket with limits the client cannot talk its way
//! around: how long a write may wait (a client that stops reading, its TCP
//! window shut, is let go after [`WRITE_WAIT`]), a deadline by which the
//! connection must have got on (the handshake, then opening its session,
//! then the session's end), and a cut that ends it at once. They act on
//! the socket itself, so no message from the client (nor a key exchange
//! left hanging) can hold them off.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use std::time::Instant;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

/// The longest one write may wait for the client.
pub const WRITE_WAIT: Duration = Duration::from_secs(10);

/// What the server decides about a connection, shared with its socket.
pub struct Fate {
    cut: AtomicBool,
    /// The deadline, in milliseconds after `epoch`.
    deadline: AtomicU64,
    epoch: Instant,
}

impl Fate {
    /// A connection that must have done its handshake within `first`.
    pub fn new(first: Duration) -> Arc<Fate> {
        let fate = Fate {
            cut: AtomicBool::new(false),
            deadline: AtomicU64::new(0),
            epoch: Instant::now(),
        };
        fate.due_in(first);
        Arc::new(fate)
    }

    /// Ends the connection at once.
    pub fn cut(&self) {
        self.cut.store(true, Ordering::SeqCst);
    }

    /// Ends the connection `after` from now unless moved again.
    pub fn due_in(&self, after: Duration) {
        let at = self.epoch.elapsed() + after;
        self.deadline.store(
            u64::try_from(at.as_millis()).unwrap_or(u64::MAX),
            Ordering::SeqCst,
        );
    }

    fn deadline(&self) -> Instant {
        self.epoch + Duration::from_millis(self.deadline.load(Ordering::SeqCst))
    }

    fn is_cut(&self) -> bool {
        self.cut.load(Ordering::SeqCst) || Instant::now() >= self.deadline()
    }
}

pub struct Timed<S> {
    inner: S,
    /// Running while a write waits.
    waiting: Option<Pin<Box<Sleep>>>,
    fate: Arc<Fate>,
    /// Wakes the connection at its deadline, whatever the client does.
    due: Pin<Box<Sleep>>,
}

impl<S> Timed<S> {
    pub fn new(inner: S, fate: Arc<Fate>) -> Timed<S> {
        let due = Box::pin(tokio::time::sleep_until(fate.deadline().into()));
        Timed {
            inner,
            waiting: None,
            fate,
            due,
        }
    }

    fn is_cut(&self) -> bool {
        self.fate.is_cut()
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
        // The deadline may have moved: the timer follows it, and wakes
        // this read when it comes.
        let deadline = tokio::time::Instant::from_std(self.fate.deadline());
        if self.due.deadline() != deadline {
            self.due.as_mut().reset(deadline);
        }
        if self.is_cut() || self.due.as_mut().poll(cx).is_ready() {
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
        if self.is_cut() {
            return Poll::Ready(Err(cut_error()));
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("runtime")
    }

    #[test]
    fn a_client_that_sends_nothing_more_is_let_go_at_the_deadline() {
        runtime().block_on(async {
            // The client end stays open and silent.
            let (server, _client) = tokio::io::duplex(1024);
            let fate = Fate::new(Duration::from_millis(100));
            let mut timed = Timed::new(server, Arc::clone(&fate));
            let began = Instant::now();
            let mut buf = [0u8; 16];
            let read = tokio::time::timeout(Duration::from_secs(5), timed.read(&mut buf)).await;
            assert!(matches!(read, Ok(Err(_))), "{read:?}");
            assert!(began.elapsed() < Duration::from_secs(2));
        });
    }

    #[test]
    fn a_deadline_moved_on_keeps_the_connection_and_a_cut_ends_it_at_once() {
        runtime().block_on(async {
            let (server, mut client) = tokio::io::duplex(1024);
            let fate = Fate::new(Duration::from_millis(50));
            fate.due_in(Duration::from_secs(30));
            let mut timed = Timed::new(server, Arc::clone(&fate));
            client.write_all(b"hello").await.expect("write");
            let mut buf = [0u8; 5];
            tokio::time::sleep(Duration::from_millis(150)).await;
            timed.read_exact(&mut buf).await.expect("still open");
            assert_eq!(&buf, b"hello");
            fate.cut();
            assert!(timed.write_all(b"x").await.is_err());
            assert!(timed.read(&mut buf).await.is_err());
        });
    }
}
