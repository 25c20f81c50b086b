//! The language server's standard input and output: messages framed by a
//! `Content-Length` header, as lsp-server frames them, read by a transport
//! that outlives a bad message. lsp-server's own stdio reader ends the
//! server at the first payload that is not JSON (and allocates whatever
//! length a header claims); an editor's one bad message should cost one
//! error answer, as JSON-RPC asks (-32700 for a parse error, with a `null`
//! id since none could be read), not the server.

use std::io::{self, BufRead, Read, Write};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

use crossbeam_channel::bounded;
use lsp_server::{Connection, Message};

/// The largest message read: 64 MiB, four times the largest source file
/// (a whole file sent as JSON text may grow by its escapes). A longer one
/// is read past, not held, and answered with an error.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024 * 1024;

/// The threads that read and write; join them after the main loop ends.
pub struct Threads {
    reader: JoinHandle<()>,
    writer: JoinHandle<io::Result<()>>,
}

impl Threads {
    /// Waits for both threads; an error writing (the editor went away) is
    /// the server's error.
    pub fn join(self) -> Result<(), String> {
        let _ = self.reader.join();
        match self.writer.join() {
            Ok(result) => result.map_err(|e| e.to_string()),
            Err(_) => Err("the writer stopped".to_owned()),
        }
    }
}

/// A connection over standard input and output.
pub fn stdio() -> (Connection, Threads) {
    connect(io::stdin(), io::stdout())
}

/// A connection reading `input` and writing `output`, each message whole
/// (the reader's own error answers and the server's never interleave).
pub fn connect(
    input: impl Read + Send + 'static,
    output: impl Write + Send + 'static,
) -> (Connection, Threads) {
    let output = Arc::new(Mutex::new(output));
    let (to_editor, outgoing) = bounded::<Message>(0);
    let (incoming, from_editor) = bounded::<Message>(0);
    let out = Arc::clone(&output);
    let writer = thread::spawn(move || {
        for message in outgoing {
            let mut out = out.lock().map_err(|_| io::Error::other("poisoned"))?;
            message.write(&mut *out)?;
        }
        Ok(())
    });
    let reader = thread::spawn(move || {
        let mut input = io::BufReader::new(input);
        loop {
            let body = match read_frame(&mut input) {
                Ok(Frame::Body(body)) => body,
                Ok(Frame::Unframed) => {
                    answer_error(&output, -32700, "a message without a valid Content-Length");
                    continue;
                }
                Ok(Frame::TooLong(length)) => {
                    // Answered first: the editor is not kept waiting while
                    // the rest is read past.
                    answer_error(
                        &output,
                        -32600,
                        "the message is longer than the server reads",
                    );
                    match skip(&mut input, length) {
                        Ok(()) => continue,
                        Err(_) => return,
                    }
                }
                Ok(Frame::End) | Err(_) => return,
            };
            match serde_json::from_slice::<Message>(&body) {
                Ok(message) => {
                    let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                    if incoming.send(message).is_err() || exit {
                        return;
                    }
                }
                // JSON, but not a request, a notification or a response.
                Err(e) if serde_json::from_slice::<serde_json::Value>(&body).is_ok() => {
                    answer_error(&output, -32600, &format!("not a JSON-RPC message: {e}"));
                }
                Err(e) => answer_error(&output, -32700, &format!("not JSON: {e}")),
            }
        }
    });
    let connection = Connection {
        sender: to_editor,
        receiver: from_editor,
    };
    (connection, Threads { reader, writer })
}

/// What the input holds next.
enum Frame {
    /// A message's body.
    Body(Vec<u8>),
    /// Headers that end without a length that can be read.
    Unframed,
    /// A message longer than [`MAX_MESSAGE_BYTES`], not read yet.
    TooLong(usize),
    /// The end of the input.
    End,
}

/// The next frame. A `Content-Length` is looked for anywhere in a header
/// line (its last one counts): a body that came without a line break after
/// it, or a garbled length, runs into the next header, and the next
/// message is found again there.
fn read_frame(input: &mut impl BufRead) -> io::Result<Frame> {
    let mut length = None;
    let mut headers = 0;
    let mut line = Vec::new();
    let length = loop {
        line.clear();
        // A header line is short; a longer one is not a header and is read
        // past in pieces rather than held.
        if input.by_ref().take(4096).read_until(b'\n', &mut line)? == 0 {
            return Ok(Frame::End);
        }
        let text = String::from_utf8_lossy(&line).to_ascii_lowercase();
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() && line.ends_with(b"\n") {
            match (length, headers) {
                (Some(length), _) => break length,
                // A stray blank line between messages.
                (None, 0) => continue,
                (None, _) => return Ok(Frame::Unframed),
            }
        }
        headers += 1;
        if let Some(at) = text.rfind("content-length:") {
            length = text[at + "content-length:".len()..]
                .trim()
                .parse::<usize>()
                .ok();
        }
    };
    if length > MAX_MESSAGE_BYTES {
        return Ok(Frame::TooLong(length));
    }
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Frame::Body(body))
}

/// Reads past `length` bytes without holding them.
fn skip(input: &mut impl BufRead, length: usize) -> io::Result<()> {
    io::copy(&mut input.by_ref().take(length as u64), &mut io::sink()).map(|_| ())
}

/// An error answer with a `null` id: the message it answers could not be
/// read far enough to know its id.
fn answer_error(output: &Mutex<impl Write>, code: i32, message: &str) {
    let body = serde_json::json!({
        "jsonrpc": "2.0",
        "id": null,
        "error": {"code": code, "message": message},
    })
    .to_string();
    if let Ok(mut out) = output.lock() {
        let _ = write!(out, "Content-Length: {}\r\n\r\n{body}", body.len());
        let _ = out.flush();
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Read as _};
    use std::sync::{Arc, Mutex};

    use lsp_server::Message;

    /// What the transport wrote, shared with the test.
    #[derive(Clone, Default)]
    struct Written(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Written {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::Error::other("poisoned"))?
                .write(buf)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The `initialized` notification that follows what `before` holds.
    const NEXT: &str = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;

    /// Runs the transport on `input` until `NEXT` comes through (which it
    /// must), and gives what it wrote back meanwhile.
    fn answers_before_next(input: impl std::io::Read + Send + 'static) -> String {
        let written = Written::default();
        let (connection, _threads) = super::connect(input, written.clone());
        let message = connection.receiver.recv().unwrap();
        assert!(
            matches!(&message, Message::Notification(n) if n.method == "initialized"),
            "{message:?}"
        );
        String::from_utf8(written.0.lock().unwrap().clone()).unwrap()
    }

    /// A header claiming more than the limit is read past without being
    /// held (the body comes from a stream, never a buffer of its size),
    /// answered with an error, and the next message is read.
    #[test]
    fn a_message_over_the_limit_is_read_past_and_the_next_one_read() {
        let long = super::MAX_MESSAGE_BYTES as u64 + 1;
        let input = Cursor::new(format!("Content-Length: {long}\r\n\r\n"))
            .chain(std::io::repeat(b' ').take(long))
            .chain(Cursor::new(format!(
                "X-Other: 1\r\nContent-Length: {}\r\n\r\n{NEXT}",
                NEXT.len()
            )));
        let out = answers_before_next(input);
        assert!(out.contains(r#""code":-32600"#), "{out}");
        assert!(out.contains(r#""id":null"#), "{out}");
    }

    /// A length that cannot be read is answered (-32700), and the next
    /// message, whose header the unframed body runs into, is found there.
    #[test]
    fn a_garbled_length_is_answered_and_the_next_message_found() {
        let input = Cursor::new(format!(
            "Content-Length: abc\r\n\r\n{{\"a\":1}}Content-Length: {}\r\n\r\n{NEXT}",
            NEXT.len()
        ));
        let out = answers_before_next(input);
        assert!(out.contains(r#""code":-32700"#), "{out}");
    }
}
