//! Reading input: files, directories (recursively), JSON Lines and stdin, into [`Article`]s.
//!
//! Every problem with one input is an [`InputError`] naming the input; the iterator goes on
//! with the next one, so a bad file never stops a build.

use crate::article::{Article, SuppliedMeta};
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

/// Default upper bound on one article's size.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;

/// One input that could not be turned into an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file (and line, for JSONL) concerned.
    pub source: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.message)
    }
}

impl std::error::Error for InputError {}

fn input_error(source: impl Into<String>, message: impl Into<String>) -> InputError {
    InputError {
        source: source.into(),
        message: message.into(),
    }
}

/// Options for reading input.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub max_article_bytes: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

/// A file or stream to read, found by expanding the user's arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "jsonl"];

/// Expands the arguments (files, directories, `-`) into a sorted, de-duplicated list of inputs.
/// Directories are walked recursively, following symbolic links but never into a loop;
/// only files with a known extension are taken from directories (a file named explicitly
/// is always taken). Problems (missing paths, unreadable directories, loops) are returned
/// beside the inputs.
pub fn expand_inputs(args: &[PathBuf]) -> (Vec<Input>, Vec<InputError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let mut seen_files = HashSet::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        match fs::metadata(arg) {
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let mut visited = HashSet::new();
                walk_dir(arg, &mut visited, &mut found, &mut errors);
                found.sort();
                for f in found {
                    if seen_files.insert(f.clone()) {
                        inputs.push(Input::File(f));
                    }
                }
            }
            Ok(_) => {
                if seen_files.insert(arg.clone()) {
                    inputs.push(Input::File(arg.clone()));
                }
            }
            Err(e) => errors.push(input_error(arg.display().to_string(), describe_io(&e))),
        }
    }
    (inputs, errors)
}

fn walk_dir(
    dir: &Path,
    visited: &mut HashSet<PathBuf>,
    found: &mut Vec<PathBuf>,
    errors: &mut Vec<InputError>,
) {
    let canonical = match fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => {
            errors.push(input_error(dir.display().to_string(), describe_io(&e)));
            return;
        }
    };
    if !visited.insert(canonical) {
        errors.push(input_error(
            dir.display().to_string(),
            "directory already visited (symbolic link loop?); skipped",
        ));
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(input_error(dir.display().to_string(), describe_io(&e)));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk_dir(&path, visited, found, errors),
            Ok(_) => {
                let ext = path
                    .extension()
                    .and_then(|e| e.to_str())
                    .map(|e| e.to_ascii_lowercase())
                    .unwrap_or_default();
                if TEXT_EXTENSIONS.contains(&ext.as_str()) {
                    found.push(path);
                }
            }
            Err(e) => {
                let broken_link = fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink());
                let message = if broken_link && e.kind() == io::ErrorKind::NotFound {
                    "broken symbolic link (its target does not exist); skipped".to_string()
                } else {
                    format!("{}; skipped", describe_io(&e))
                };
                errors.push(input_error(path.display().to_string(), message));
            }
        }
    }
}

fn describe_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            if e.raw_os_error() == Some(40) {
                "too many levels of symbolic links (a symbolic link loop)".into()
            } else {
                e.to_string()
            }
        }
    }
}

/// The article identifier for a file: its stem.
pub fn file_stem_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads every input, yielding articles and per-input errors in input order.
pub fn read_inputs(
    inputs: Vec<Input>,
    options: IngestOptions,
) -> impl Iterator<Item = Result<Article, InputError>> + Send {
    inputs
        .into_iter()
        .flat_map(move |input| read_input(input, &options))
}

/// The articles of one input. JSON Lines are read one record at a time, so a corpus in
/// one file never has to fit in memory.
fn read_input(input: Input, options: &IngestOptions) -> Articles {
    match input {
        Input::Stdin => {
            let mut reader = io::BufReader::with_capacity(1 << 16, io::stdin());
            // Stdin holds JSON Lines if its first non-blank character opens an object.
            let mut head = Vec::new();
            let first = loop {
                let chunk = match reader.fill_buf() {
                    Ok(chunk) => chunk,
                    Err(e) => return one(Err(input_error("<stdin>", describe_io(&e)))),
                };
                if chunk.is_empty() {
                    break None;
                }
                let first = chunk.iter().copied().find(|b| !b.is_ascii_whitespace());
                head.extend_from_slice(chunk);
                let n = chunk.len();
                reader.consume(n);
                if first.is_some() {
                    break first;
                }
            };
            if first == Some(b'{') {
                let reader = io::Cursor::new(head).chain(reader);
                return Box::new(JsonlRecords::new(Box::new(reader), "<stdin>", options));
            }
            if let Err(e) = reader.read_to_end(&mut head) {
                return one(Err(input_error("<stdin>", describe_io(&e))));
            }
            one(article_from_bytes(
                "stdin".into(),
                "<stdin>".into(),
                &head,
                false,
                options,
            ))
        }
        Input::File(path) => {
            let source = path.display().to_string();
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .map(|e| e.to_ascii_lowercase())
                .unwrap_or_default();
            if ext == "jsonl" {
                return match open_file(&path) {
                    Ok(file) => {
                        let reader = io::BufReader::with_capacity(1 << 16, file);
                        Box::new(JsonlRecords::new(Box::new(reader), &source, options))
                    }
                    Err(e) => one(Err(input_error(source, e))),
                };
            }
            let bytes = match read_bounded(&path, options.max_article_bytes) {
                Ok(b) => b,
                Err(e) => return one(Err(input_error(source, e))),
            };
            let html = ext == "html" || ext == "htm";
            one(article_from_bytes(
                file_stem_id(&path),
                source,
                &bytes,
                html,
                options,
            ))
        }
    }
}

/// A stream of articles (or the reasons some could not be read).
type Articles = Box<dyn Iterator<Item = Result<Article, InputError>> + Send>;

fn one(item: Result<Article, InputError>) -> Articles {
    Box::new(std::iter::once(item))
}

fn open_file(path: &Path) -> Result<fs::File, String> {
    let meta = fs::metadata(path).map_err(|e| describe_io(&e))?;
    if meta.is_dir() {
        return Err("is a directory".into());
    }
    fs::File::open(path).map_err(|e| describe_io(&e))
}

/// Reads one article's file, bounded by the article size limit.
fn read_bounded(path: &Path, max: usize) -> Result<Vec<u8>, String> {
    let meta = fs::metadata(path).map_err(|e| describe_io(&e))?;
    if meta.is_dir() {
        return Err("is a directory".into());
    }
    if meta.len() as usize > max {
        return Err(format!(
            "file is {} bytes, over the --max-article-bytes limit of {}; skipped",
            meta.len(),
            max
        ));
    }
    fs::read(path).map_err(|e| describe_io(&e))
}

#[derive(Deserialize)]
struct JsonlRecord {
    id: Option<serde_json::Value>,
    text: Option<String>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
}

/// The records of a JSON Lines stream, read one line at a time; each becomes an article
/// or an error naming its line. A read error ends the stream.
struct JsonlRecords {
    reader: Box<dyn io::BufRead + Send>,
    source: String,
    options: IngestOptions,
    line: Vec<u8>,
    line_number: usize,
    failed: bool,
}

impl JsonlRecords {
    fn new(reader: Box<dyn io::BufRead + Send>, source: &str, options: &IngestOptions) -> Self {
        JsonlRecords {
            reader,
            source: source.to_string(),
            options: options.clone(),
            line: Vec::new(),
            line_number: 0,
            failed: false,
        }
    }
}

impl Iterator for JsonlRecords {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.failed {
            self.line.clear();
            self.line_number += 1;
            let where_ = || format!("{}:{}", self.source, self.line_number);
            match self.reader.read_until(b'\n', &mut self.line) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.failed = true;
                    return Some(Err(input_error(where_(), describe_io(&e))));
                }
            }
            let line = self.line.strip_suffix(b"\n").unwrap_or(&self.line);
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(parse_jsonl_record(line, where_(), &self.options));
        }
        None
    }
}

/// One JSON Lines record; `where_` names its file and line.
fn parse_jsonl_record(
    line: &[u8],
    where_: String,
    options: &IngestOptions,
) -> Result<Article, InputError> {
    let record: JsonlRecord = match serde_json::from_slice(line) {
        Ok(r) => r,
        Err(e) => return Err(input_error(where_, format!("malformed JSON line: {e}"))),
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => {
            return Err(input_error(
                where_,
                "record has no \"id\" (a non-empty string or a number)",
            ));
        }
    };
    let Some(text) = record.text else {
        return Err(input_error(
            where_,
            format!("record {id:?} has no \"text\""),
        ));
    };
    if text.len() > options.max_article_bytes {
        return Err(input_error(
            where_,
            format!(
                "record {id:?} text is {} bytes, over the --max-article-bytes limit of {}; skipped",
                text.len(),
                options.max_article_bytes
            ),
        ));
    }
    let supplied = SuppliedMeta {
        url: record.url,
        title: record.title,
        published: record.published,
        publisher: record.publisher,
        encoding: None,
    };
    check_text(id, where_, text, supplied)
}

fn article_from_bytes(
    id: String,
    source: String,
    bytes: &[u8],
    html: bool,
    options: &IngestOptions,
) -> Result<Article, InputError> {
    if bytes.len() > options.max_article_bytes {
        return Err(input_error(
            source,
            format!(
                "input is {} bytes, over the --max-article-bytes limit of {}; skipped",
                bytes.len(),
                options.max_article_bytes
            ),
        ));
    }
    if looks_binary(bytes) {
        return Err(input_error(
            source,
            "binary file (contains NUL or control bytes); skipped",
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut supplied = SuppliedMeta::default();
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        // Older Indonesian sites and Windows editors save Windows-1252; every byte of it
        // but five has a character, so a file with those five is not Windows-1252 either.
        Err(e) => match decode_windows_1252(bytes) {
            Some(t) => {
                supplied.encoding = Some("Windows-1252");
                t
            }
            None => {
                return Err(input_error(
                    source,
                    format!(
                        "neither UTF-8 nor Windows-1252 (invalid UTF-8 at byte {}); convert it to UTF-8 first, e.g. with iconv",
                        e.valid_up_to()
                    ),
                ));
            }
        },
    };
    let text = if html { html_to_text(&text) } else { text };
    check_text(id, source, text, supplied)
}

fn check_text(
    id: String,
    source: String,
    text: String,
    supplied: SuppliedMeta,
) -> Result<Article, InputError> {
    let text = normalize_newlines(text);
    if text.trim().is_empty() {
        return Err(input_error(source, "empty article (no text); skipped"));
    }
    if text.contains('\0') {
        return Err(input_error(source, "text contains NUL characters; skipped"));
    }
    Ok(Article {
        id,
        source,
        text,
        supplied,
    })
}

fn normalize_newlines(text: String) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    }
}

/// Windows-1252 bytes 0x80..=0x9F (the rest of the code page is Latin-1); None for the
/// five bytes it leaves undefined.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// Decodes Windows-1252, or None if a byte is undefined in it.
fn decode_windows_1252(bytes: &[u8]) -> Option<String> {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => Some(char::from(b)),
        })
        .collect()
}

/// A file is binary if its first 8 KiB hold a NUL byte or many control bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && b != b'\n' && b != b'\r' && b != b'\t' && b != 0x0c)
        .count();
    controls * 20 > head.len().max(1)
}

/// Reduces HTML to text: drops `script`/`style`/`head` content and tags, turns block
/// elements into line breaks and decodes the common entities.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let rest = &lower[i..];
            let mut skipped = false;
            for tag in ["script", "style", "head", "noscript"] {
                if rest.starts_with(&format!("<{tag}")) {
                    let close = format!("</{tag}");
                    match rest.find(&close) {
                        Some(j) => {
                            let after = i + j;
                            i = lower[after..]
                                .find('>')
                                .map_or(bytes.len(), |k| after + k + 1);
                        }
                        None => i = bytes.len(),
                    }
                    skipped = true;
                    break;
                }
            }
            if skipped {
                continue;
            }
            if rest.starts_with("<!--") {
                i = rest.find("-->").map_or(bytes.len(), |k| i + k + 3);
                continue;
            }
            let end = rest.find('>').map_or(bytes.len(), |k| i + k + 1);
            let name: String = rest[1..]
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if matches!(
                name.as_str(),
                "p" | "br"
                    | "div"
                    | "li"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "tr"
                    | "blockquote"
                    | "figcaption"
                    | "section"
                    | "article"
                    | "header"
                    | "footer"
                    | "title"
            ) {
                out.push('\n');
            }
            i = end;
        } else {
            let next = html[i..].find('<').map_or(html.len(), |k| i + k);
            out.push_str(&decode_entities(&html[i..next]));
            i = next;
        }
    }
    // One line per block; inner runs of spaces collapsed; no blank lines.
    let mut text = String::with_capacity(out.len());
    for line in out.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            text.push_str(&line);
            text.push('\n');
        }
    }
    text
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        // Bytes, not a str slice: the 12th byte may fall inside a character.
        let Some(semi) = rest.bytes().take(12).position(|b| b == b';') else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" | "#39" => Some('\''),
            "nbsp" => Some(' '),
            "ndash" => Some('–'),
            "mdash" => Some('—'),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            "lsquo" => Some('‘'),
            "rsquo" => Some('’'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> IngestOptions {
        IngestOptions::default()
    }

    #[test]
    fn binary_is_rejected_and_windows_1252_decoded_with_the_source_named() {
        let err =
            article_from_bytes("a".into(), "a.txt".into(), b"ab\0cd", false, &opts()).unwrap_err();
        assert!(err.to_string().starts_with("a.txt: binary"), "{err}");
        // Windows-1252 is decoded, and says so.
        let a = article_from_bytes(
            "b".into(),
            "b.txt".into(),
            b"\x93Caf\xe9\x94 \x96 ok",
            false,
            &opts(),
        )
        .unwrap();
        assert_eq!(a.text, "“Café” – ok");
        assert_eq!(a.supplied.encoding, Some("Windows-1252"));
        // A byte Windows-1252 leaves undefined: neither encoding, rejected.
        let err = article_from_bytes("b".into(), "b.txt".into(), b"caf\x81 ok", false, &opts())
            .unwrap_err();
        assert!(
            err.message.contains("neither UTF-8 nor Windows-1252"),
            "{err}"
        );
        let err =
            article_from_bytes("c".into(), "c.txt".into(), b"  \n ", false, &opts()).unwrap_err();
        assert!(err.message.contains("empty"), "{err}");
    }

    #[test]
    fn size_limit_is_enforced() {
        let o = IngestOptions {
            max_article_bytes: 4,
        };
        let err =
            article_from_bytes("a".into(), "a.txt".into(), b"hello world", false, &o).unwrap_err();
        assert!(err.message.contains("--max-article-bytes"));
    }

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_good_ones() {
        let data = b"{\"id\":\"x1\",\"text\":\"Satu.\"}\nnot json\n{\"id\":2,\"text\":\"Dua.\",\"url\":\"http://e/2\"}\n{\"text\":\"no id\"}\n";
        let reader = Box::new(io::Cursor::new(data.to_vec()));
        let got: Vec<_> = JsonlRecords::new(reader, "in.jsonl", &opts()).collect();
        assert_eq!(got.len(), 4);
        assert_eq!(got[0].as_ref().map(|a| a.id.clone()), Ok("x1".to_string()));
        assert_eq!(got[1].as_ref().unwrap_err().source, "in.jsonl:2");
        let second = got[2].as_ref().expect("record 3 is valid");
        assert_eq!(second.id, "2");
        assert_eq!(second.supplied.url.as_deref(), Some("http://e/2"));
        assert!(got[3].as_ref().unwrap_err().message.contains("no \"id\""));
    }

    #[test]
    fn jsonl_is_read_one_record_at_a_time_and_a_read_error_ends_it() {
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::other("device gone"))
            }
        }
        let first = io::Cursor::new(b"{\"id\":\"a\",\"text\":\"Satu.\"}\n".to_vec());
        let reader = Box::new(io::BufReader::new(first.chain(Broken)));
        let mut records = JsonlRecords::new(reader, "in.jsonl", &opts());
        // The first record comes before the stream's failure is met.
        let a = records
            .next()
            .expect("a first item")
            .expect("record 1 is valid");
        assert_eq!(a.id, "a");
        let e = records
            .next()
            .expect("a second item")
            .expect_err("the read fails");
        assert_eq!(e.source, "in.jsonl:2");
        assert!(e.message.contains("device gone"), "{}", e.message);
        assert!(records.next().is_none());
    }

    #[test]
    fn html_is_reduced_to_lines_of_text() {
        let html = "<html><head><title>x</title><script>var a='<p>';</script></head><body><h1>Judul &amp; Isi</h1><p>Paragraf satu.</p><p>Dua&nbsp;kata &#8220;kutip&#8221;</p></body></html>";
        let text = html_to_text(html);
        assert_eq!(text, "Judul & Isi\nParagraf satu.\nDua kata “kutip”\n");
        // An ampersand followed by multi-byte characters (found by the reader fuzzer).
        assert_eq!(html_to_text("<p>& ˆŠœ ƒ€;</p>"), "& ˆŠœ ƒ€;\n");
    }

    #[test]
    fn crlf_is_normalised() {
        let a = check_text(
            "a".into(),
            "a".into(),
            "x\r\ny\rz".into(),
            SuppliedMeta::default(),
        )
        .unwrap();
        assert_eq!(a.text, "x\ny\nz");
    }
}
