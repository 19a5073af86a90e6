//! The input unit: one news article as read, before any cleaning.

/// One article as read from a file, a JSON Lines record or stdin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Identifier: the file stem, or the JSONL record's `id`.
    pub id: String,
    /// Where it came from, for messages: a path, `path:line` or `<stdin>`.
    pub source: String,
    /// The text exactly as read (HTML already reduced to text).
    pub text: String,
    /// Metadata supplied by the input format (JSONL), if any.
    pub supplied: SuppliedMeta,
}

/// Metadata that a structured input (JSONL) may carry beside the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SuppliedMeta {
    pub url: Option<String>,
    pub title: Option<String>,
    /// ISO date (`YYYY-MM-DD`), or a longer ISO timestamp whose date part is used.
    pub published: Option<String>,
    pub publisher: Option<String>,
    /// The encoding the bytes were decoded from, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// A half-open byte range into a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}
