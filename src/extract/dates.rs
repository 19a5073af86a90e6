//! Indonesian dates in their news forms: "Kamis 31 Oktober 2024", "Senin (17/1/2022)",
//! "(24/7)", "9 Okt 2024". A date without a year stays a month-day unless the article
//! fixes the year.

use super::Context;
use crate::lexicon::{Cue, ascii_word_boundaries};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    Full { year: i32, month: u32, day: u32 },
    MonthDay { month: u32, day: u32 },
}

impl DateValue {
    /// Lexical form for `xsd:date` or `xsd:gMonthDay`.
    pub fn lexical(&self) -> String {
        match *self {
            DateValue::Full { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
            DateValue::MonthDay { month, day } => format!("--{month:02}-{day:02}"),
        }
    }
    pub fn year(&self) -> Option<i32> {
        match *self {
            DateValue::Full { year, .. } => Some(year),
            DateValue::MonthDay { .. } => None,
        }
    }
    /// This date with the year filled in, if it has none.
    pub fn with_year(self, year: Option<i32>) -> DateValue {
        match (self, year) {
            (DateValue::MonthDay { month, day }, Some(y)) if valid_date(y, month, day) => {
                DateValue::Full {
                    year: y,
                    month,
                    day,
                }
            }
            _ => self,
        }
    }
}

/// One date found in the body.
#[derive(Debug, Clone)]
pub struct DateMention {
    pub tokens: Range<usize>,
    pub value: DateValue,
    pub sentence: usize,
    /// Introduced by "tanggal"/"tertanggal": the date of a document, not of an event.
    pub after_law_date_word: bool,
    /// Introduced by a deadline or period word ("paling lambat", "sejak", "hingga"): a
    /// date the text relates the event to, not the day it happened.
    pub after_other_date_word: bool,
    pub in_quote: bool,
    /// Written with its day of the week ("Rabu (5/9)", "Sabtu, 3 Desember 2022", "Senin
    /// lalu"): how news writes the day of the happening it reports.
    pub with_weekday: bool,
}

impl DateMention {
    /// Whether this date can be the day of an event.
    pub fn can_date_event(&self) -> bool {
        !(self.after_law_date_word || self.after_other_date_word || self.in_quote)
    }
}

/// All dates of an article, and the year the article fixes (if any).
#[derive(Debug, Clone, Default)]
pub struct Dates {
    pub mentions: Vec<DateMention>,
    /// The one year all full dates (and the publication date) agree on.
    pub article_year: Option<i32>,
}

const MONTHS: &str = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|agst|ags|sep|sept|okt|nov|nop|des";
const DAYS: &str = "senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad";

// Word boundaries are ASCII ones so the regexes run as one-pass automata over whole bodies
// (see `ascii_word_boundaries`).
static TEXT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_word_boundaries(&format!(
        r"(?i)\b(?:(?:{DAYS})\s*,?\s*\(?\s*)?(?P<d>\d{{1,2}})\s+(?P<m>{MONTHS})\.?(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b\)?"
    )))
    .expect("valid regex")
});
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_word_boundaries(&format!(
        r"(?i)(?:\b(?:{DAYS})\s*,?\s*)?\(\s*(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)|\b(?:{DAYS})\s*,?\s+(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/(?P<y2>\d{{4}})\b"
    )))
    .expect("valid regex")
});

/// Month number of an Indonesian month name or abbreviation.
pub fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    Some(match n {
        "januari" | "jan" => 1,
        "februari" | "pebruari" | "feb" => 2,
        "maret" | "mar" => 3,
        "april" | "apr" => 4,
        "mei" => 5,
        "juni" | "jun" => 6,
        "juli" | "jul" => 7,
        "agustus" | "agu" | "agt" | "agst" | "ags" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" => 10,
        "november" | "nopember" | "nov" | "nop" => 11,
        "desember" | "des" => 12,
        _ => return None,
    })
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// Monday = 0 ... Sunday = 6.
pub fn weekday(year: i32, month: u32, day: u32) -> u32 {
    (days_from_civil(year, month, day) + 3).rem_euclid(7) as u32
}

fn weekday_number(word: &str) -> Option<u32> {
    Some(match word.to_lowercase().as_str() {
        "senin" => 0,
        "selasa" => 1,
        "rabu" => 2,
        "kamis" => 3,
        "jumat" | "jum'at" | "jum’at" => 4,
        "sabtu" => 5,
        "minggu" | "ahad" => 6,
        _ => return None,
    })
}

/// The last `weekday` on or before the publication date (within a week).
fn weekday_before(published: &str, wd: u32) -> Option<DateValue> {
    let (y, m, d) = (
        published.get(..4)?.parse().ok()?,
        published.get(5..7)?.parse().ok()?,
        published.get(8..10)?.parse().ok()?,
    );
    let p = days_from_civil(y, m, d);
    let back = (i64::from(weekday(y, m, d)) - i64::from(wd)).rem_euclid(7);
    let (y, m, d) = civil_from_days(p - back);
    Some(DateValue::Full {
        year: y,
        month: m,
        day: d,
    })
}

pub fn valid_date(year: i32, month: u32, day: u32) -> bool {
    if !(1..=12).contains(&month) || day == 0 || !(1900..=2100).contains(&year) {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day <= days
}

fn value(d: &str, m: u32, y: Option<&str>) -> Option<DateValue> {
    let day: u32 = d.parse().ok()?;
    match y {
        Some(y) => {
            let mut year: i32 = y.parse().ok()?;
            if y.len() == 2 {
                year += 2000;
            }
            valid_date(year, m, day).then_some(DateValue::Full {
                year,
                month: m,
                day,
            })
        }
        None => valid_date(2000, m, day).then_some(DateValue::MonthDay { month: m, day }),
    }
}

pub fn find(ctx: &Context) -> Dates {
    let body = ctx.body;
    let mut found: Vec<(usize, usize, DateValue)> = Vec::new();
    for c in TEXT_DATE.captures_iter(body) {
        let (Some(whole), Some(m)) = (c.get(0), month_number(&c["m"])) else {
            continue;
        };
        // "2 Tahun" etc. never reach here; guard against "5 Mei" inside a number list.
        if let Some(v) = value(&c["d"], m, c.name("y").map(|y| y.as_str())) {
            found.push((whole.start(), whole.end(), v));
        }
    }
    // Dates in words do not overlap one another and come in order: a numeric date can
    // only overlap the last one starting before its end.
    let text_dates = found.len();
    for c in NUMERIC_DATE.captures_iter(body) {
        let Some(whole) = c.get(0) else { continue };
        let (d, m, y) = match (c.name("d"), c.name("m")) {
            (Some(d), Some(m)) => (d.as_str(), m.as_str(), c.name("y").map(|y| y.as_str())),
            _ => match (c.name("d2"), c.name("m2")) {
                (Some(d), Some(m)) => (d.as_str(), m.as_str(), c.name("y2").map(|y| y.as_str())),
                _ => continue,
            },
        };
        let Ok(m) = m.parse::<u32>() else { continue };
        let before = found[..text_dates].partition_point(|f| f.0 < whole.end());
        if let Some(v) = value(d, m, y)
            && !(before > 0 && whole.start() < found[before - 1].1)
        {
            found.push((whole.start(), whole.end(), v));
        }
    }
    found.sort();
    let mut mentions = Vec::new();
    for (s, e, v) in found {
        let a = ctx.toks.token_at_or_after(s);
        let b = ctx.toks.token_end_at_or_before(e).max(a);
        if a >= ctx.toks.len() {
            continue;
        }
        // "Mutasi ... pada tanggal 25 Maret 2024": "pada tanggal" dates a happening, unless
        // a signing verb comes before it ("ditandatangani pada tanggal ...").
        let happened_on = |s: usize| {
            s > 1
                && ctx.word(s).eq_ignore_ascii_case("tanggal")
                && ctx.word(s - 1).eq_ignore_ascii_case("pada")
                && ctx.cue_ending_at(s, Cue::LawDate).is_none()
                && ctx.cue_ending_at(s - 1, Cue::LawDate).is_none()
        };
        let after_law_date_word = ctx
            .cue_ending_at(a, Cue::LawDate)
            .is_some_and(|s| !happened_on(s));
        // "pada 27 November mendatang": a date still to come.
        let after_other_date_word =
            ctx.cue_ending_at(a, Cue::OtherDate).is_some() || ctx.in_list(Cue::FutureAfter, b);
        let mut w = a;
        while w > 0 && (ctx.is_punct(w - 1, "(") || ctx.is_punct(w - 1, ",")) && a - w < 2 {
            w -= 1;
        }
        let with_weekday = weekday_number(ctx.word(a)).is_some()
            || (w > 0 && weekday_number(ctx.word(w - 1)).is_some());
        mentions.push(DateMention {
            tokens: a..b,
            value: v,
            sentence: ctx.sentence_of(a),
            after_law_date_word,
            after_other_date_word,
            in_quote: ctx.in_quote(a),
            with_weekday,
        });
    }
    // A weekday alone ("..., Kamis.", "Senin lalu") in an article with a publication date:
    // the last such day on or before it. "setiap Senin" and "Senin depan" are not dates.
    if let Some(published) = ctx.doc.meta.published.as_deref() {
        // The dates found so far, in order; a weekday alone takes one token, so none of the
        // days pushed below covers a later one.
        let dated = mentions.len();
        for i in 0..ctx.toks.len() {
            let Some(wd) = weekday_number(ctx.word(i)) else {
                continue;
            };
            if !ctx.is_word(i)
                || super::near(&mentions[..dated], i, |m: &DateMention| m.tokens.start)
                    .iter()
                    .any(|m| i < m.tokens.end)
            {
                continue;
            }
            let prev = if i > 0 {
                ctx.word(i - 1).to_lowercase()
            } else {
                String::new()
            };
            let next = ctx.word(i + 1).to_lowercase();
            let habitual = matches!(prev.as_str(), "setiap" | "tiap");
            let future = matches!(next.as_str(), "depan" | "mendatang" | "besok" | "nanti");
            if habitual || future {
                continue;
            }
            if let Some(v) = weekday_before(published, wd) {
                mentions.push(DateMention {
                    tokens: i..i + 1,
                    value: v,
                    sentence: ctx.sentence_of(i),
                    after_law_date_word: false,
                    after_other_date_word: false,
                    in_quote: ctx.in_quote(i),
                    with_weekday: true,
                });
            }
        }
        mentions.sort_by_key(|m| m.tokens.start);
    }
    let mut years: Vec<i32> = mentions.iter().filter_map(|m| m.value.year()).collect();
    if let Some(p) = ctx
        .doc
        .meta
        .published
        .as_deref()
        .and_then(|p| p.get(..4)?.parse().ok())
    {
        years.push(p);
    }
    years.sort();
    years.dedup();
    Dates {
        mentions,
        article_year: (years.len() == 1).then(|| years[0]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, SuppliedMeta};
    use crate::clean::clean;
    use crate::lexicon::Lexicon;

    fn dates(text: &str) -> Dates {
        let lex = Lexicon::builtin().unwrap();
        let doc = clean(
            &Article {
                id: "t".into(),
                source: "t".into(),
                text: text.into(),
                supplied: SuppliedMeta::default(),
            },
            &lex,
        );
        let ctx = Context::new(&doc, &lex);
        find(&ctx)
    }

    #[test]
    fn ends_deadlines_and_terms_do_not_date_an_event() {
        let d = dates(
            "Judul\n\nSeleksi dibuka Senin (5/8/2024) dan akan berakhir pada 31 Agustus 2024. \
             Tiga bupati memasuki akhir masa jabatan pada 22 Mei 2025.",
        );
        let can: Vec<bool> = d.mentions.iter().map(|m| m.can_date_event()).collect();
        assert_eq!(can, [true, false, false], "{:?}", d.mentions);
    }

    #[test]
    fn every_news_form_is_read() {
        let d = dates(
            "Dilantik Kamis 31 Oktober 2024. Lalu Senin (17/1/2022) dan Rabu (31/7/2024), juga (24/7) serta 9 Okt 2024 dan (5/10/24).",
        );
        let got: Vec<String> = d.mentions.iter().map(|m| m.value.lexical()).collect();
        assert_eq!(
            got,
            [
                "2024-10-31",
                "2022-01-17",
                "2024-07-31",
                "--07-24",
                "2024-10-09",
                "2024-10-05"
            ]
        );
        assert_eq!(d.article_year, None, "several years: none is fixed");
    }

    #[test]
    fn dates_next_to_curly_quotes_and_dashes_are_read() {
        let d = dates("“Dilantik Kamis (31/10/2024)”—lalu “9 Okt 2024”, kata Andi.");
        let got: Vec<String> = d.mentions.iter().map(|m| m.value.lexical()).collect();
        assert_eq!(got, ["2024-10-31", "2024-10-09"]);
    }

    #[test]
    fn law_dates_and_article_year_are_recognised() {
        let d = dates("Surat tertanggal 9 Oktober 2024 dibaca Jumat (4/10).");
        assert!(d.mentions[0].after_law_date_word);
        assert!(!d.mentions[1].after_law_date_word);
        assert_eq!(d.article_year, Some(2024));
        assert_eq!(
            d.mentions[1].value.with_year(d.article_year).lexical(),
            "2024-10-04"
        );
    }

    #[test]
    fn weekdays_are_computed_and_resolved_against_publication() {
        assert_eq!(
            weekday(2024, 10, 31),
            3,
            "31 Oktober 2024 was a Thursday (Kamis)"
        );
        assert_eq!(
            weekday(2022, 1, 17),
            0,
            "17 Januari 2022 was a Monday (Senin)"
        );
        assert_eq!(
            weekday_before("2024-05-02", 3),
            Some(DateValue::Full {
                year: 2024,
                month: 5,
                day: 2
            })
        );
        assert_eq!(
            weekday_before("2024-05-02", 0),
            Some(DateValue::Full {
                year: 2024,
                month: 4,
                day: 29
            })
        );
        let d = dates(
            "Kamis, 2 Mei 2024 14:37 WIB\nBupati melantik 648 guru PPPK di Soe, Kamis. Apel digelar setiap Senin.",
        );
        let got: Vec<String> = d.mentions.iter().map(|m| m.value.lexical()).collect();
        assert_eq!(got, ["2024-05-02"]);
    }

    #[test]
    fn impossible_dates_are_ignored() {
        let d = dates("Pada (31/2/2024) dan 45 Mei 2024 serta (13/13).");
        assert!(d.mentions.is_empty(), "{:?}", d.mentions);
    }
}
