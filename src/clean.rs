//! Cleaning: site chrome and related-headline lines out; dateline, byline and publication
//! date into [`Meta`]. The cleaned body is the kept lines joined by `\n`; an offset map
//! takes every body offset back to the article text, so evidence points at the input.

use crate::article::{Article, Span};
use crate::lexicon::Lexicon;
use regex::Regex;
use std::sync::LazyLock;

/// Article metadata found in (or supplied with) the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The outlet as written (dateline or JSONL `publisher`).
    pub publisher: Option<String>,
    /// The place in the dateline, as written ("KAYUAGUNG").
    pub dateline: Option<String>,
    pub authors: Vec<String>,
    pub editors: Vec<String>,
    /// ISO date of publication, when the text or the input states it.
    pub published: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

/// A cleaned article, ready for tokenising.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub source: String,
    /// The article text as read.
    pub text: String,
    /// Kept lines joined by `\n`.
    pub body: String,
    /// (body start, text start, length) of each kept piece, in order.
    pieces: Vec<(usize, usize, usize)>,
    pub meta: Meta,
}

impl Document {
    /// Maps a body byte offset to the article text.
    pub fn to_text_offset(&self, body_offset: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.0 <= body_offset);
        if i == 0 {
            return 0;
        }
        let (b, t, len) = self.pieces[i - 1];
        t + (body_offset - b).min(len)
    }

    /// Maps a body span to a span of the article text.
    pub fn to_text_span(&self, span: Span) -> Span {
        let start = self.to_text_offset(span.start);
        let end = if span.end > span.start {
            self.to_text_offset(span.end - 1) + 1
        } else {
            start
        };
        Span::new(start, end.max(start))
    }

    /// Character (Unicode scalar) offsets of a body span in the article text.
    pub fn char_offsets(&self, span: Span) -> (usize, usize) {
        let s = self.to_text_span(span);
        let start = self.text[..s.start].chars().count();
        let len = self.text[s.start..s.end].chars().count();
        (start, start + len)
    }
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?P<a>[^\s,–—-][^,–—\n]{0,48}?)\s*(?:,\s*(?P<b>[^,–—\n-]{0,48}?)\s*)?(?:[-–—]+)\s*",
    )
    .expect("valid regex")
});
static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(co\.id|com|co|id|net|org|news|info|web\.id|or\.id|tv)$").expect("valid regex")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:penulis|reporter|pewarta|wartawan|jurnalis|laporan wartawan[^,:]*,?|laporan)\s*:?\s*(?P<who>[^|]+?)\s*(?:\|\s*(?:editor|redaktur|penyunting)\s*:\s*(?P<ed>.+?))?\s*$").expect("valid regex")
});
static EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:editor|redaktur|penyunting)\s*:\s*(?P<ed>.+?)\s*$").expect("valid regex")
});
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:diterbitkan|dipublikasikan|terbit|published)?\s*:?\s*(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s*)?(?P<d>\d{1,2})\s+(?P<m>[a-z]+)\s+(?P<y>\d{4})(?:\s*[,|-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit))?)?\s*$").expect("valid regex")
});

/// Cleans one article.
pub fn clean(article: &Article, lex: &Lexicon) -> Document {
    let text = &article.text;
    let mut body = String::with_capacity(text.len());
    let mut pieces = Vec::new();
    let mut meta = Meta {
        publisher: article.supplied.publisher.clone(),
        url: article.supplied.url.clone(),
        title: article.supplied.title.clone(),
        published: article
            .supplied
            .published
            .as_deref()
            .and_then(iso_date_prefix),
        ..Meta::default()
    };
    let mut offset = 0;
    let mut content_lines = 0;
    for raw in text.split('\n') {
        let line_start = offset;
        offset += raw.len() + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        if lex.is_chrome_line(trimmed) {
            continue;
        }
        if let Some(c) = BYLINE
            .captures(trimmed)
            .filter(|c| looks_like_names(&c["who"]))
        {
            meta.authors.extend(split_names(&c["who"]));
            if let Some(ed) = c.name("ed") {
                meta.editors.extend(split_names(ed.as_str()));
            }
            continue;
        }
        if let Some(c) = EDITOR.captures(trimmed) {
            meta.editors.extend(split_names(&c["ed"]));
            continue;
        }
        if trimmed.len() < 60
            && let Some(c) = PUBLISHED.captures(trimmed)
        {
            if meta.published.is_none() {
                meta.published = crate::extract::dates::month_number(&c["m"])
                    .and_then(|m| iso(&c["y"], m, &c["d"]));
            }
            continue;
        }
        // Leading/trailing whitespace of the line is not part of the body.
        let lead = raw.len() - raw.trim_start().len();
        let mut keep_start = line_start + lead;
        let mut keep = trimmed;
        if content_lines < 8
            && meta.dateline.is_none()
            && let Some((skip, place, publisher)) = dateline(trimmed, lex)
        {
            if place.is_some() {
                meta.dateline = place;
            }
            if meta.publisher.is_none() {
                meta.publisher = publisher;
            }
            keep_start += skip;
            keep = &trimmed[skip..];
            if keep.is_empty() {
                content_lines += 1;
                continue;
            }
        }
        if !body.is_empty() {
            body.push('\n');
        }
        pieces.push((body.len(), keep_start, keep.len()));
        body.push_str(keep);
        content_lines += 1;
    }
    Document {
        id: article.id.clone(),
        source: article.source.clone(),
        text: text.clone(),
        body,
        pieces,
        meta,
    }
}

/// Recognises "KAYUAGUNG, SUMEKS.CO -", "TRIBUNKALTIM.CO, BONTANG-", "Sumselterkini.co.id, –",
/// "OKI –". Returns the bytes to skip, the place and the publisher.
fn dateline(line: &str, lex: &Lexicon) -> Option<(usize, Option<String>, Option<String>)> {
    let c = DATELINE.captures(line)?;
    let whole = c.get(0)?;
    // The dash must separate, not join words ("Jakarta-Bandung").
    let after = &line[whole.end()..];
    if after.is_empty() && c.name("b").is_none() {
        return None;
    }
    let mut place = None;
    let mut publisher = None;
    let parts: Vec<&str> = [c.name("a"), c.name("b")]
        .into_iter()
        .flatten()
        .map(|m| m.as_str().trim())
        .filter(|p| !p.is_empty())
        .collect();
    let is_publisher = |p: &str| DOMAIN.is_match(p) || lex.publisher_name(p).is_some();
    let has_publisher = parts.iter().any(|p| is_publisher(p));
    for p in parts {
        if is_publisher(p) {
            publisher.get_or_insert_with(|| p.to_string());
        } else if is_place_word(p) || (has_publisher && is_capitalized_place(p)) {
            place.get_or_insert_with(|| p.to_string());
        } else {
            return None;
        }
    }
    if place.is_none() && publisher.is_none() {
        return None;
    }
    Some((whole.end(), place, publisher))
}

/// A dateline place is written in capitals ("KAYUAGUNG", "OKI", "BANDAR LAMPUNG").
fn is_place_word(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '\'' || c.is_ascii_digit())
                && w.chars().any(char::is_alphabetic)
        })
}

/// "Praya", "Bandar Lampung": capitalised words, beside a publisher.
fn is_capitalized_place(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '\'')
        })
}

fn looks_like_names(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && s.len() <= 120 && s.split_whitespace().count() <= 12 && !s.ends_with('.')
        || s.ends_with(" Jr.")
}

fn split_names(s: &str) -> Vec<String> {
    s.split([',', '&', '/'])
        .flat_map(|p| p.split(" dan "))
        .map(|n| n.trim().trim_matches(|c: char| !c.is_alphanumeric()).trim())
        .filter(|n| n.chars().any(char::is_alphabetic) && n.split_whitespace().count() <= 5)
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn iso(y: &str, m: u32, d: &str) -> Option<String> {
    let y: i32 = y.parse().ok()?;
    let d: u32 = d.parse().ok()?;
    crate::extract::dates::valid_date(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The `YYYY-MM-DD` at the start of an ISO date or timestamp.
fn iso_date_prefix(s: &str) -> Option<String> {
    let s = s.trim();
    let d = s.get(..10)?;
    let b = d.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let (y, m, day) = (
        d[..4].parse().ok()?,
        d[5..7].parse().ok()?,
        d[8..].parse().ok()?,
    );
    (ok && crate::extract::dates::valid_date(y, m, day)).then(|| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::SuppliedMeta;

    fn doc(text: &str) -> Document {
        let lex = Lexicon::builtin().unwrap();
        clean(
            &Article {
                id: "t".into(),
                source: "t.txt".into(),
                text: text.into(),
                supplied: SuppliedMeta::default(),
            },
            &lex,
        )
    }

    #[test]
    fn dateline_forms_become_metadata() {
        let d = doc("LAHAT, SUMEKS.CO - Bupati melantik pejabat.");
        assert_eq!(d.meta.dateline.as_deref(), Some("LAHAT"));
        assert_eq!(d.meta.publisher.as_deref(), Some("SUMEKS.CO"));
        assert_eq!(d.body, "Bupati melantik pejabat.");
        let d = doc("Judul\n\nTRIBUNJATIM.COM, KEDIRI- Wali Kota hadir.");
        assert_eq!(d.meta.dateline.as_deref(), Some("KEDIRI"));
        assert_eq!(d.meta.publisher.as_deref(), Some("TRIBUNJATIM.COM"));
        assert_eq!(d.body, "Judul\nWali Kota hadir.");
        let d = doc("Sumselupdate.com, – Menjelang Pilkada.");
        assert_eq!(
            (d.meta.dateline.as_deref(), d.meta.publisher.as_deref()),
            (None, Some("Sumselupdate.com"))
        );
        let d = doc("KENDAL – Sebanyak 40 pejabat dilantik.");
        assert_eq!(d.meta.dateline.as_deref(), Some("KENDAL"));
        // Not a dateline: a title-case line with a dash.
        let d = doc("Pemkab Lahat - Rotasi Pejabat");
        assert_eq!(d.meta.dateline, None);
        assert_eq!(d.body, "Pemkab Lahat - Rotasi Pejabat");
    }

    #[test]
    fn chrome_and_bylines_are_removed_and_offsets_map_back() {
        let text = "Judul Berita\nPenulis: Ani Lestari | Editor: Budi Santoso\nBACA JUGA: Sesuatu di BKN\nIsi berita pertama.\nExit mobile version\n";
        let d = doc(text);
        assert_eq!(d.body, "Judul Berita\nIsi berita pertama.");
        assert_eq!(d.meta.authors, ["Ani Lestari"]);
        assert_eq!(d.meta.editors, ["Budi Santoso"]);
        let at = d.body.find("pertama").unwrap();
        let span = d.to_text_span(Span::new(at, at + "pertama".len()));
        assert_eq!(span.slice(&d.text), "pertama");
    }

    #[test]
    fn publication_date_line_is_metadata() {
        let d = doc("Rabu, 31 Juli 2024 14:20 WIB\nIsi.");
        assert_eq!(d.meta.published.as_deref(), Some("2024-07-31"));
        assert_eq!(d.body, "Isi.");
    }
}
