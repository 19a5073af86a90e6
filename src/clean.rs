//! Cleaning: site chrome and related-headline lines out; dateline, byline and publication
//! date into [`Meta`]. The cleaned body is the kept lines joined by `\n`; an offset map
//! takes every body offset back to the article text, so evidence points at the input.

use crate::article::{Article, Span};
use crate::lexicon::Lexicon;
use regex::Regex;
use std::sync::{LazyLock, OnceLock};

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
    /// Characters before every [`CHAR_MARK_STEP`]-th byte of `text` (rounded down to a
    /// character boundary): (byte, characters before it), built on first use.
    char_marks: OnceLock<Vec<(usize, usize)>>,
}

/// Bytes between two marks of [`Document::char_offsets`]'s index.
const CHAR_MARK_STEP: usize = 4096;

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
        let start = self.chars_before(s.start);
        let len = self.text[s.start..s.end].chars().count();
        (start, start + len)
    }

    /// The characters of `text` before byte `byte` (a character boundary): counted from the
    /// nearest mark before it, so that many passages of a long text cost no more than one
    /// pass.
    fn chars_before(&self, byte: usize) -> usize {
        let marks = self.char_marks.get_or_init(|| {
            let mut marks = Vec::with_capacity(self.text.len() / CHAR_MARK_STEP + 1);
            let (mut last, mut count) = (0, 0);
            for k in (0..=self.text.len()).step_by(CHAR_MARK_STEP) {
                let b = (0..=k)
                    .rev()
                    .find(|&b| self.text.is_char_boundary(b))
                    .unwrap_or(0);
                count += self.text[last..b].chars().count();
                last = b;
                marks.push((b, count));
            }
            marks
        });
        let (b, count) = marks[(byte / CHAR_MARK_STEP).min(marks.len() - 1)];
        count + self.text[b..byte].chars().count()
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
    Regex::new(r"(?i)^(?:penulis|reporter|pewarta|wartawan|jurnalis|laporan wartawan[^,:]*,?|laporan)\s*:?\s*(?P<who>[^|]+?)\s*(?:\|\s*(?:editor|redaktur|penyunting)\s*:?\s*(?P<ed>.+?))?\s*$").expect("valid regex")
});
static EDITOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:editor|redaktur|penyunting)\s*:\s*(?P<ed>.+?)\s*$").expect("valid regex")
});
/// "Soe (ANTARA) -", "SIGLI (Waspada Aceh) –", "PEKANBARU (RIAUPOS.CO) -".
static PAREN_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?P<a>[A-Za-z][A-Za-z .'’]{1,40}?)\s*\((?P<b>[^()\n]{2,40})\)\s*[-–—]+\s*")
        .expect("valid regex")
});
/// "Rizky Maulana Akbar - detikJabar": a byline naming the outlet.
static NAME_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<who>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,4})\s+[-–—]\s+(?P<outlet>[\w.]+)$")
        .expect("valid regex")
});
/// "Oleh I Gusti Ayu Made Wiradani": an opinion piece's byline.
static BY_OLEH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Oleh|OLEH)\s*:?\s+(?P<who>[A-Z][\w'’.]*(?: [A-Z][\w'’.,]*){0,6})$")
        .expect("valid regex")
});
/// "Kompas.com - 21/10/2024, 17:45 WIB".
static OUTLET_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<pub>[\w.-]+\.(?:com|id|co|co\.id))\s*-\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}),?\s*\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit))?$").expect("valid regex")
});
/// A line that opens a list of related headlines ("Baca Juga:", "BERITA TERKAIT").
static LIST_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:baca juga|baca pula|berita terkait|artikel terkait|berita lainnya|artikel lainnya|terpopuler|berita terpopuler|rekomendasi|pilihan editor|lihat juga)\s*:?$").expect("valid regex")
});

static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:diterbitkan|dipublikasikan|terbit|published)?\s*:?\s*(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s*)?(?P<d>\d{1,2})\s+(?P<m>[a-z]+)\s+(?P<y>\d{4})(?:\s*[,|–—-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:wib|wita|wit))?)?\s*$").expect("valid regex")
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
    let last_line_start = text.trim_end().rfind('\n').map_or(0, |i| i + 1);
    let mut in_related_list = false;
    for raw in text.split('\n') {
        let line_start = offset;
        offset += raw.len() + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        // A related-headline list: its header, then headline lines until a sentence.
        if LIST_HEADER.is_match(trimmed) {
            in_related_list = true;
            continue;
        }
        if in_related_list {
            if is_headline_like(trimmed) {
                continue;
            }
            in_related_list = false;
        }
        if lex.is_chrome_line(trimmed) {
            continue;
        }
        // The outlet's name on its own in the first lines ("Tribun Pontianak", "BALIPOST.com").
        if content_lines < 3
            && meta.publisher.is_none()
            && (lex.publisher_name(trimmed).is_some()
                || (DOMAIN.is_match(trimmed) && !trimmed.contains(' ')))
        {
            meta.publisher = Some(trimmed.to_string());
            continue;
        }
        if let Some(c) = OUTLET_STAMP.captures(trimmed) {
            meta.publisher.get_or_insert_with(|| c["pub"].to_string());
            if meta.published.is_none() {
                meta.published = c["m"].parse().ok().and_then(|m| iso(&c["y"], m, &c["d"]));
            }
            continue;
        }
        if content_lines < 12
            && let Some(c) = NAME_OUTLET.captures(trimmed)
            && (lex.publisher_name(&c["outlet"]).is_some()
                || c["outlet"].starts_with("detik")
                || DOMAIN.is_match(&c["outlet"]))
        {
            meta.authors.push(c["who"].to_string());
            meta.publisher
                .get_or_insert_with(|| c["outlet"].to_string());
            continue;
        }
        if content_lines < 12
            && let Some(c) = BY_OLEH.captures(trimmed)
        {
            meta.authors.extend(staff_names(lex, &c["who"]));
            continue;
        }
        if let Some(c) = BYLINE
            .captures(trimmed)
            .filter(|c| looks_like_names(&c["who"]))
        {
            // "Laporan DESRI HANDAYANI, Pekanbaru": the place is not a person.
            // "Kontributor Kolaka, Rahmat Lasantu": a role and a place are not persons.
            let not_place = |n: &String| {
                lex.regions_named(n).is_empty()
                    && ![
                        "kontributor",
                        "wartawan",
                        "reporter",
                        "jurnalis",
                        "koresponden",
                    ]
                    .iter()
                    .any(|r| n.to_lowercase().starts_with(r))
            };
            meta.authors.extend(
                split_names(&c["who"])
                    .into_iter()
                    .filter(not_place)
                    .map(|n| name_case(&n)),
            );
            if let Some(ed) = c.name("ed") {
                meta.editors.extend(staff_names(lex, ed.as_str()));
            }
            continue;
        }
        if content_lines >= 3
            && line_start >= last_line_start
            && let Some(who) = trailing_signature(trimmed, lex)
        {
            meta.authors.push(who);
            continue;
        }
        if let Some(c) = EDITOR.captures(trimmed) {
            meta.editors.extend(staff_names(lex, &c["ed"]));
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
            && let Some((skip, place, publisher)) =
                paren_dateline(trimmed).or_else(|| dateline(trimmed, lex))
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
        if is_shouting(keep) {
            // A caption in capitals: written in mixed case (same bytes) so names read as names.
            body.push_str(&mixed_case(keep, lex));
        } else {
            body.push_str(keep);
        }
        content_lines += 1;
    }
    Document {
        id: article.id.clone(),
        source: article.source.clone(),
        text: text.clone(),
        body,
        pieces,
        meta,
        char_marks: OnceLock::new(),
    }
}

/// "Soe (ANTARA) -": place, publisher in brackets, dash.
fn paren_dateline(line: &str) -> Option<(usize, Option<String>, Option<String>)> {
    let c = PAREN_DATELINE.captures(line)?;
    let whole = c.get(0)?;
    let place = c["a"].trim().to_string();
    if !place
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    Some((whole.end(), Some(place), Some(c["b"].trim().to_string())))
}

/// A related headline: short, no final period.
fn is_headline_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words <= 16 && !line.ends_with(['.', '"', '”', ':'])
}

/// A line written in capitals (six words or more).
fn is_shouting(line: &str) -> bool {
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in line.chars() {
        if c.is_ascii() {
            letters += usize::from(c.is_ascii_alphabetic());
            upper += usize::from(c.is_ascii_uppercase());
        } else {
            letters += usize::from(c.is_alphabetic());
            upper += usize::from(c.is_uppercase());
        }
    }
    letters > 0 && upper * 100 >= letters * 85 && line.split_whitespace().count() >= 6
}

/// Rewrites a line in capitals as mixed case, changing only ASCII letters (so byte offsets
/// hold): known acronyms stay, function words and derived verbs go lowercase, the rest is
/// capitalised.
fn mixed_case(line: &str, lex: &Lexicon) -> String {
    let mut out = String::with_capacity(line.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        let lower = word.to_ascii_lowercase();
        let verb_like = lower.len() > 5
            && (["me", "di", "ber", "ter", "pe", "ke"]
                .iter()
                .any(|p| lower.starts_with(p))
                && (lower.ends_with("kan")
                    || lower.ends_with('i')
                    || lower.ends_with("an")
                    || lower.starts_with("me")
                    || lower.starts_with("di")));
        if lex.is_acronym(word) {
            out.push_str(word);
        } else if lex.is_stopword(&lower) && !lex.is_role_word(&lower) || verb_like {
            out.push_str(&lower);
        } else {
            let mut cs = lower.chars();
            if let Some(f) = cs.next() {
                out.push(f.to_ascii_uppercase());
                out.extend(cs);
            }
        }
        word.clear();
    };
    for c in line.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// "DESRI HANDAYANI" → "Desri Handayani"; mixed-case names stay as written.
fn name_case(name: &str) -> String {
    if !crate::text::is_all_caps(name) {
        return name.to_string();
    }
    name.split(' ')
        .map(|w| {
            let lower = w.to_lowercase();
            let mut cs = lower.chars();
            cs.next()
                .map(|f| f.to_uppercase().chain(cs).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Recognises "KAYUAGUNG, SUMEKS.CO -", "TRIBUNKALTIM.CO, BONTANG-", "Sumselterkini.co.id, –",
/// "OKI –". Returns the bytes to skip, the place and the publisher.
fn dateline(line: &str, lex: &Lexicon) -> Option<(usize, Option<String>, Option<String>)> {
    // "TERASNKRI.COM | TANJUNG SELOR, KALTARA –": the outlet first, then a bar.
    if let Some((outlet, rest)) = line.split_once('|')
        && (DOMAIN.is_match(outlet.trim()) || lex.publisher_name(outlet.trim()).is_some())
        && let Some((skip, place, publisher)) = dateline(rest, lex)
    {
        let publisher = publisher.or_else(|| Some(outlet.trim().to_string()));
        return Some((line.len() - rest.len() + skip, place, publisher));
    }
    let c = DATELINE.captures(line)?;
    let whole = c.get(0)?;
    // The dash must separate, not join words ("Jakarta-Bandung").
    let after = &line[whole.end()..];
    if after.is_empty() && c.name("b").is_none() {
        return None;
    }
    let mut place = None;
    let mut publisher = None;
    // "Jurnalline.com, Sofifi (Maluku Utara) –": a place, then its province in brackets.
    let without_province = |p: &str| -> String {
        match p.strip_suffix(')').and_then(|q| q.split_once(" (")) {
            Some((place, province))
                if is_capitalized_place(place) && !lex.regions_named(province).is_empty() =>
            {
                place.trim().to_string()
            }
            _ => p.to_string(),
        }
    };
    let parts: Vec<String> = [c.name("a"), c.name("b")]
        .into_iter()
        .flatten()
        .map(|m| without_province(m.as_str().trim()))
        .filter(|p| !p.is_empty())
        .collect();
    // "SERANG, TitikNOL -": after a place in capitals, one word with capitals inside it, or
    // capitalised words that name no region ("PASURUAN, Radar Bromo -"), are the outlet.
    let after_place = c
        .name("a")
        .is_some_and(|a| is_place_word(a.as_str().trim()));
    let brand = |p: &str| {
        after_place
            && p.chars().any(char::is_lowercase)
            && ((!p.contains(' ') && p.chars().skip(1).any(char::is_uppercase))
                || (is_capitalized_place(p) && lex.regions_named(p).is_empty()))
    };
    // "Kupas News, Kota Bengkulu –", "Link, Banjarbaru –": before a region's name, a short
    // name of no region, capitalised but not in capitals ("SUNGAI RAYA, KALBAR" is a
    // place and its province), is the outlet.
    let region_named = |p: &str| is_capitalized_place(p) && !lex.regions_named(p).is_empty();
    let beside_region = |p: &str| {
        parts.len() == 2
            && parts[0] == p
            && region_named(&parts[1])
            && is_capitalized_place(p)
            && p.chars().any(char::is_lowercase)
            && lex.regions_named(p).is_empty()
            && p.split_whitespace().count() <= 3
    };
    let is_publisher = |p: &str| {
        DOMAIN.is_match(p) || lex.publisher_name(p).is_some() || brand(p) || beside_region(p)
    };
    let has_publisher = parts.iter().any(|p| is_publisher(p));
    for p in parts.iter().map(String::as_str) {
        if is_publisher(p) {
            publisher.get_or_insert_with(|| p.to_string());
        } else if is_place_word(p)
            || ((has_publisher || !lex.regions_named(p).is_empty()) && is_capitalized_place(p))
        {
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

/// "ADI WARSONO" alone on the article's last line: the reporter's signature, as some
/// outlets sign. Two to four words in capitals, none an acronym, stopword, title or body
/// word, and not a region's or the outlet's name.
fn trailing_signature(line: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let name_word = |w: &&str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’'))
            && !lex.is_acronym(w)
            && !lex.is_stopword(w)
            && !lex.is_role_word(w)
            && !crate::extract::orgs::is_org_head(lex, &name_case(w))
    };
    ((2..=4).contains(&words.len())
        && words.iter().all(name_word)
        && lex.regions_named(line).is_empty()
        && lex.publisher_name(line).is_none())
    .then(|| name_case(&words.join(" ")))
}

fn looks_like_names(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && s.len() <= 120 && s.split_whitespace().count() <= 12 && !s.ends_with('.')
        || s.ends_with(" Jr.")
}

/// The persons a byline or editor line names: not the desk ("Redaksi", "Tim Redaksi": every
/// word a stopword) nor a site's handle ("redaksirltv": one word without a capital).
fn staff_names(lex: &Lexicon, who: &str) -> Vec<String> {
    let desk = |n: &String| n.split(' ').all(|w| lex.is_stopword(w));
    let handle = |n: &String| !n.contains(' ') && !n.chars().any(char::is_uppercase);
    split_names(who)
        .into_iter()
        .filter(|n| !desk(n) && !handle(n))
        .map(|n| name_case(&n))
        .collect()
}

fn split_names(s: &str) -> Vec<String> {
    s.split([',', '&', '/', '|'])
        .flat_map(|p| p.split(" dan "))
        .map(|n| n.trim().trim_matches(|c: char| !c.is_alphanumeric()).trim())
        // Dates and times that share the byline line ("| Rabu, 30 Oktober 2024") are not names.
        .filter(|n| {
            n.chars().any(char::is_alphabetic)
                && !n.chars().any(|c| c.is_ascii_digit())
                && n.split_whitespace().count() <= 5
                && crate::extract::dates::month_number(n).is_none()
                && !matches!(
                    n.to_lowercase().as_str(),
                    "senin" | "selasa" | "rabu" | "kamis" | "jumat" | "sabtu" | "minggu"
                )
        })
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
    fn character_offsets_count_characters_across_index_marks() {
        // Multi-byte characters on both sides of several marks of the index.
        let para = "Pj Bupati melantik pejabat “eselon” — Kamis. ".repeat(400);
        let d = doc(&format!("Judul\n\n{para}\n"));
        for start in [0, 4090, 4100, 9000, d.body.len() - 10] {
            let start = (start..d.body.len())
                .find(|&b| d.body.is_char_boundary(b))
                .expect("a boundary");
            let span = Span {
                start,
                end: d.body.len(),
            };
            let t = d.to_text_span(span);
            let naive = d.text[..t.start].chars().count();
            let (cs, ce) = d.char_offsets(span);
            assert_eq!(cs, naive, "start {start}");
            assert_eq!(ce - cs, d.text[t.start..t.end].chars().count());
        }
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
        // The outlet before a bar, then place and province.
        let d = doc("WARTABORNEO.COM | SUNGAI RAYA, KALBAR – Bupati hadir.");
        assert_eq!(
            (d.meta.dateline.as_deref(), d.meta.publisher.as_deref()),
            (Some("SUNGAI RAYA"), Some("WARTABORNEO.COM"))
        );
        assert_eq!(d.body, "Bupati hadir.");
        // A brand with capitals inside after the place.
        let d = doc("SAMBAS, KabarUtara - Bupati hadir.");
        assert_eq!(
            (d.meta.dateline.as_deref(), d.meta.publisher.as_deref()),
            (Some("SAMBAS"), Some("KabarUtara"))
        );
        // An outlet's name before a region's name.
        let d = doc("Kupas News, Kota Bengkulu – Sebanyak 227 ASN dilantik.");
        assert_eq!(
            (d.meta.dateline.as_deref(), d.meta.publisher.as_deref()),
            (Some("Kota Bengkulu"), Some("Kupas News"))
        );
        assert_eq!(d.body, "Sebanyak 227 ASN dilantik.");
        // The outlet, then a place with its province in brackets.
        let d = doc("Kabarline.com, Sofifi (Maluku Utara) – Gubernur melantik pejabat.");
        assert_eq!(
            (d.meta.dateline.as_deref(), d.meta.publisher.as_deref()),
            (Some("Sofifi"), Some("Kabarline.com"))
        );
        assert_eq!(d.body, "Gubernur melantik pejabat.");
        // Not a brand: an ordinary capitalised word after a place is no dateline.
        let d = doc("Sambas, Kalimantan - Bupati hadir.");
        assert_eq!(d.meta.publisher, None);
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
    fn a_name_in_capitals_on_the_last_line_signs_the_article() {
        let body = "Judul Berita\n\nBEKASI - Isi berita pertama.\n\nIsi kedua.\n\n";
        let d = doc(&format!("{body}RINI ASTUTI\n"));
        assert_eq!(d.meta.authors, ["Rini Astuti"]);
        assert!(!d.body.contains("RINI"), "{}", d.body);
        // Not a signature: a line in capitals that is not the last, a region's name, a
        // body's short form, a lone word, or a line too early in the article.
        for text in [
            format!("{body}RINI ASTUTI\nIsi ketiga."),
            format!("{body}KABUPATEN BEKASI\n"),
            format!("{body}HUMAS BKD\n"),
            format!("{body}REDAKSI\n"),
            "Judul\nRINI ASTUTI\n".to_string(),
        ] {
            assert!(doc(&text).meta.authors.is_empty(), "{text}");
        }
    }

    #[test]
    fn publication_date_line_is_metadata() {
        let d = doc("Rabu, 31 Juli 2024 14:20 WIB\nIsi.");
        assert_eq!(d.meta.published.as_deref(), Some("2024-07-31"));
        assert_eq!(d.body, "Isi.");
        let d = doc("Minggu, 4 Mei 2025 – 09:15 WIB\nIsi.");
        assert_eq!(d.meta.published.as_deref(), Some("2025-05-04"));
        assert_eq!(d.body, "Isi.");
    }
}
