//! Legal instruments: "UU Nomor 5 tahun 2014 tentang ASN", "PP 11 Tahun 2017",
//! "UU No. 5/2014", "restu Kemendagri Nomor 100.2.2.6/7991/OTDA tertanggal 9 Oktober 2024
//! perihal ...", joint decrees with several numbers, BKN pertimbangan teknis.
//!
//! Grammar: TYPE [ISSUER...] NUMBER-WORD NUMBER [Tahun YEAR] {(, | dan) NUMBER-WORD NUMBER
//! [Tahun YEAR]} [tanggal DATE] [tentang|perihal TITLE], or TYPE NUMBER (Tahun YEAR | /YEAR).

use super::dates::{DateValue, Dates};
use super::orgs::Orgs;
use super::regions::Regions;
use super::{Context, Law};
use crate::lexicon::{Cue, CuePat, DocType};
use crate::text::TokKind;

#[derive(Debug, Clone, Default)]
pub struct Laws {
    pub laws: Vec<Law>,
    /// Issuers named only through their head ("Keputusan Bupati Kendal" → Pemkab Kendal).
    pub implied_orgs: Vec<super::Org>,
    /// The citations' spans by start, each with the furthest end of the spans up to it
    /// and its index: `covers` answers by binary search (it runs for most capitalised words).
    cover: Vec<(usize, usize, usize)>,
    /// For each law, the law it amends (see `Laws::amends`).
    amends: Vec<Option<usize>>,
    /// For each law, whether another law amends it.
    amended: Vec<bool>,
}

impl Laws {
    fn new(laws: Vec<Law>, implied_orgs: Vec<super::Org>) -> Laws {
        let mut cover: Vec<(usize, usize, usize)> = laws
            .iter()
            .enumerate()
            .map(|(i, l)| (l.span.start, l.span.end, i))
            .collect();
        cover.sort_unstable();
        let mut furthest = 0;
        for c in &mut cover {
            furthest = furthest.max(c.1);
            c.1 = furthest;
        }
        // "Perpres Nomor 13 Tahun 2025 tentang Perubahan Kedua Atas Perpres Nomor 16 Tahun
        // 2016 tentang ...": an amendment whose title ends where the instrument it amends is
        // cited.
        let amends: Vec<Option<usize>> = laws
            .iter()
            .map(|l| {
                let t = l.title.as_deref().unwrap_or("").to_lowercase();
                if !(t.starts_with("perubahan") && t.ends_with("atas")) {
                    return None;
                }
                let next = cover.partition_point(|&(start, ..)| start < l.span.end);
                cover
                    .get(next)
                    .filter(|&&(start, ..)| start <= l.span.end + 2)
                    .map(|&(.., i)| i)
            })
            .collect();
        let mut amended = vec![false; laws.len()];
        for &a in amends.iter().flatten() {
            amended[a] = true;
        }
        Laws {
            laws,
            implied_orgs,
            cover,
            amends,
            amended,
        }
    }

    /// Whether a body span lies inside a citation (its title included).
    pub fn covers(&self, span: crate::article::Span) -> bool {
        // Of the citations starting at or before the span, one ends at or after it.
        let n = self
            .cover
            .partition_point(|&(start, ..)| start <= span.start);
        n > 0 && self.cover[n - 1].1 >= span.end
    }

    /// The law that law `i` amends, when its title is "Perubahan ... Atas" and that law is
    /// cited right after it.
    pub fn amends(&self, i: usize) -> Option<usize> {
        self.amends.get(i).copied().flatten()
    }

    /// Whether another law of the article amends law `i`.
    pub fn is_amended(&self, i: usize) -> bool {
        self.amended.get(i).copied().unwrap_or(false)
    }
}

/// Concepts that are national statutes: their numbers are unique by type and year alone.
const NATIONAL: &[&str] = &[
    "UndangUndang",
    "PeraturanPemerintahPenggantiUndangUndang",
    "PeraturanPemerintah",
    "PeraturanPresiden",
];
/// Concepts whose number may follow the type without "Nomor" ("PP 11 Tahun 2017").
const BARE_NUMBER_OK: &[&str] = &[
    "UndangUndang",
    "PeraturanPemerintahPenggantiUndangUndang",
    "PeraturanPemerintah",
    "PeraturanPresiden",
    "PeraturanMenteri",
    "PeraturanBadan",
    "PeraturanDaerah",
    "PeraturanGubernur",
    "PeraturanBupati",
    "PeraturanWaliKota",
    "SuratEdaran",
    "Instruksi",
];

/// Reads an instrument number at the start of `s`: segments of letters, digits and dots,
/// joined by `/` or `-` (spaces around them tolerated), or by a space when the next
/// segment continues with `/` ("1447.1/PM.01/K 1/09/2022"). Returns (bytes read, number).
pub fn parse_number(s: &str) -> Option<(usize, String)> {
    let b = s.as_bytes();
    let seg = |from: usize| -> usize {
        let mut k = from;
        while k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] == b'.') {
            k += 1;
        }
        // A trailing dot ends the sentence, not the number.
        while k > from && b[k - 1] == b'.' {
            k -= 1;
        }
        k
    };
    let skip_spaces = |mut k: usize| {
        while k < b.len() && b[k] == b' ' {
            k += 1;
        }
        k
    };
    if b.first().is_none_or(|c| !c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut end = seg(0);
    let mut out = s[..end].to_string();
    loop {
        let k = skip_spaces(end);
        if k < b.len() && (b[k] == b'/' || b[k] == b'-') {
            let sep = b[k] as char;
            let k2 = skip_spaces(k + 1);
            let e2 = seg(k2);
            if e2 > k2 && (k2 - k <= 2) {
                out.push(sep);
                out.push_str(&s[k2..e2]);
                end = e2;
                continue;
            }
            break;
        }
        // "100.2.1.3 – 6344": a dash set in type joins a code to digits; it is written as
        // the hyphen other articles type, so both name one instrument.
        if let Some(rest) = s[k..].strip_prefix(['\u{2013}', '\u{2014}']) {
            let k2 = skip_spaces(s.len() - rest.len());
            let e2 = seg(k2);
            if e2 > k2 && b[k2].is_ascii_digit() && k2 - k <= 4 {
                out.push('-');
                out.push_str(&s[k2..e2]);
                end = e2;
                continue;
            }
            break;
        }
        // "K 1/09": a short segment followed directly by a slash; "821.2/04
        // BKDPSDA/Kep/PD/2021": a code in capitals, after one space or line break.
        let k = if end < b.len() && b[end] == b'\n' {
            end + 1
        } else {
            k
        };
        if k == end + 1 && k < b.len() {
            let e2 = seg(k);
            // "B-1061/JP 00.00/03/2024": a classification code of digits and dots too.
            let code = e2 - k <= 10
                && (b[k..e2].iter().all(|c| c.is_ascii_uppercase())
                    || b[k..e2].iter().all(|c| c.is_ascii_digit() || *c == b'.'));
            if e2 > k && (e2 - k <= 4 || code) && e2 < b.len() && b[e2] == b'/' && out.contains('/')
            {
                out.push(' ');
                out.push_str(&s[k..e2]);
                end = e2;
                continue;
            }
        }
        break;
    }
    // A court decision ends with its court: ".../PN Kdi", ".../PA Jkt".
    if let Some(last) = out.rsplit('/').next()
        && out.contains('/')
        && (2..=4).contains(&last.len())
        && last.chars().all(|c| c.is_ascii_uppercase())
        && b.get(end) == Some(&b' ')
    {
        let k = end + 1;
        let e2 = seg(k);
        let court = &s[k..e2];
        // "166/TPA Tahun 2023": the year's word is no court.
        if (2..=5).contains(&court.len())
            && !court.eq_ignore_ascii_case("tahun")
            && court.starts_with(|c: char| c.is_ascii_uppercase())
            && court[1..].chars().all(|c| c.is_ascii_lowercase())
        {
            out.push(' ');
            out.push_str(court);
            end = e2;
        }
    }
    // "820/6794/SJ/7 Desember 2015": a day glued to the number starts the date after it.
    if let Some((head, last)) = out.rsplit_once('/')
        && (1..=2).contains(&last.len())
        && last.bytes().all(|c| c.is_ascii_digit())
        && head.contains('/')
        && let Some(slash) = s[..end].rfind('/')
        && s[end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split([' ', ',', '.']).next())
            .is_some_and(|w| super::dates::month_number(w).is_some())
    {
        out.truncate(head.len());
        end = slash;
    }
    out.chars()
        .any(|c| c.is_ascii_digit())
        .then_some((end, out))
}

struct Citation {
    numbers: Vec<String>,
    year: Option<i32>,
    /// Token after the last number (and its year).
    end: usize,
}

pub fn find(ctx: &Context, orgs: &Orgs, dates: &Dates, regions: &Regions) -> Laws {
    let mut laws = Laws::default();
    let n = ctx.toks.len();
    let mut consumed_until = 0;
    let mut i = 0;
    while i < n {
        if i < consumed_until {
            i += 1;
            continue;
        }
        // A type word, then (after issuers) a number word; or a number word alone.
        let doc = ctx
            .cues_at(i)
            .filter_map(|h| match h.pat {
                CuePat::DocType(d) => Some((h.tokens.clone(), d)),
                _ => None,
            })
            .max_by_key(|(t, _)| t.len());
        let number_at = ctx.cue_end(i, Cue::NumberWord).map(|e| (i, e));
        let (type_info, number_word) = match (doc, number_at) {
            (Some((t, d)), _) => match find_number_word(ctx, t.end, orgs) {
                Some(nw) => (Some((t, d)), Some(nw)),
                None => {
                    // "PP 11 Tahun 2017", "UU 5/2014".
                    let dt = &ctx.lex.doc_types[d];
                    if BARE_NUMBER_OK.contains(&dt.concept.as_str())
                        && let Some(c) = bare_citation(ctx, t.end)
                    {
                        let law = build(
                            ctx,
                            orgs,
                            dates,
                            regions,
                            dt,
                            t.start,
                            t.end,
                            t.end,
                            c,
                            &mut laws.implied_orgs,
                        );
                        consumed_until = law.1;
                        laws.laws.push(law.0);
                        i = consumed_until;
                        continue;
                    }
                    i += 1;
                    continue;
                }
            },
            (None, Some((s, e))) => (
                None,
                Some(NumberWord {
                    start: s,
                    end: e,
                    year: None,
                    issuers_end: s,
                }),
            ),
            (None, None) => {
                i += 1;
                continue;
            }
        };
        let Some(NumberWord {
            start: nw_start,
            end: nw_end,
            year: year_before,
            issuers_end,
        }) = number_word
        else {
            i += 1;
            continue;
        };
        let Some(mut first) = citation_numbers(ctx, nw_end) else {
            i = nw_end;
            continue;
        };
        first.year = first.year.or(year_before);
        // Without a type word: only a letter-style number ("100.2.2.6/7991/OTDA") after an
        // issuer ("kemendagri Nomor", "BKN nomor") counts.
        let (dt, start, issuer_from) = match &type_info {
            Some((t, d)) => (ctx.lex.doc_types[*d].clone(), t.start, t.end),
            None => {
                let issuer_before = nw_start > 0
                    && (orgs.mention_covering(nw_start - 1).is_some()
                        || (ctx.is_punct(nw_start - 1, ")")
                            && orgs.mention_covering(nw_start.saturating_sub(2)).is_some()));
                if !(issuer_before && first.numbers.iter().any(|x| x.contains('/'))) {
                    i = nw_end;
                    continue;
                }
                let issuer_start = orgs
                    .mention_covering(nw_start - 1)
                    .or_else(|| orgs.mention_covering(nw_start.saturating_sub(2)));
                let s = issuer_start.map_or(nw_start, |m| m.tokens.start);
                let concept = "Surat".to_string();
                (
                    DocType {
                        surface: String::new(),
                        concept,
                        issuer: None,
                    },
                    s,
                    s,
                )
            }
        };
        let (law, end) = build(
            ctx,
            orgs,
            dates,
            regions,
            &dt,
            start,
            issuer_from,
            issuers_end.max(issuer_from),
            first,
            &mut laws.implied_orgs,
        );
        consumed_until = end;
        laws.laws.push(law);
        i = end;
    }
    // The same instrument cited twice in one article is one law (the first cited that
    // fits, found through the laws of the same type and numbers).
    let mut merged: Vec<Law> = Vec::new();
    let mut same: std::collections::HashMap<(String, Vec<String>), Vec<usize>> =
        std::collections::HashMap::new();
    for l in laws.laws {
        let candidates = same
            .entry((l.concept.clone(), l.numbers.clone()))
            .or_default();
        let fits = candidates.iter().copied().find(|&k| {
            let m = &merged[k];
            m.year == l.year || l.year.is_none() || m.year.is_none()
        });
        if let Some(m) = fits.map(|k| &mut merged[k]) {
            m.year = m.year.or(l.year);
            m.date = m.date.or(l.date);
            if m.title.is_none() {
                m.title = l.title;
            }
            for iss in l.issuers {
                if !m.issuers.contains(&iss) {
                    m.issuers.push(iss);
                }
            }
        } else {
            candidates.push(merged.len());
            merged.push(l);
        }
    }
    Laws::new(merged, laws.implied_orgs)
}

/// The number word after a type and its issuers, within the sentence: where it starts
/// and ends, a year written before it (as in "Keputusan Mendagri Tahun 2022 Nomor ..."),
/// and where the issuer words end. Issuer words are organizations, titles, capitalised
/// words and connectors; past other words ("Surat Kemendagri kepada Gubernur Sumbar itu
/// bernomor ...", "persetujuan KASN, dengan nomor ...") only a letter-style number
/// ("100.2.1.3/7358/OTDA") is read, and the words in between name no issuer.
fn find_number_word(ctx: &Context, from: usize, orgs: &Orgs) -> Option<NumberWord> {
    let mut year = None;
    let sentence = ctx.sentence_of(from.saturating_sub(1));
    let mut j = from;
    let mut steps = 0;
    let mut issuers_end: Option<usize> = None;
    while j < ctx.toks.len() && steps < 45 && ctx.sentence_of(j) == sentence {
        if let Some(e) = ctx.cue_end(j, Cue::NumberWord) {
            if issuers_end.is_some() && !coded_at(ctx, e) {
                return None;
            }
            return Some(NumberWord {
                start: j,
                end: e,
                year,
                issuers_end: issuers_end.unwrap_or(j),
            });
        }
        if ctx.word(j).eq_ignore_ascii_case("tahun")
            && let Some(y) = ctx.word(j + 1).parse::<i32>().ok().filter(|y| *y >= 1945)
        {
            year = Some(y);
            j += 2;
            steps += 1;
            continue;
        }
        if j > from && ctx.cues_at(j).any(|h| matches!(h.pat, CuePat::DocType(_))) {
            // Another instrument's type: the number belongs to it.
            return None;
        }
        if let Some(m) = orgs.mention_at(j) {
            j = m.tokens.end;
        } else if ctx.is_capitalized_word(j)
            || matches!(
                ctx.word(j),
                "dan" | "serta" | "," | "(" | ")" | "/" | "-" | "RI" | "&" | "bersama" | "dari"
            )
            || ctx.title_at(j)
        {
            j += 1;
        } else if ctx.is_word(j) && j - issuers_end.unwrap_or(from) < 12 {
            // Other words, at most a dozen from where the issuers (or their absence) end.
            issuers_end.get_or_insert(j);
            j += 1;
        } else {
            return None;
        }
        steps += 1;
    }
    None
}

/// A number word found by `find_number_word`.
struct NumberWord {
    start: usize,
    end: usize,
    year: Option<i32>,
    issuers_end: usize,
}

/// Reads "NUMBER [Tahun YEAR]" after a number word, and more "(, | dan) Nomor NUMBER ..."
/// that follow.
fn citation_numbers(ctx: &Context, at: usize) -> Option<Citation> {
    let mut numbers = Vec::new();
    let mut year = None;
    let mut j = at;
    loop {
        // "Nomor: 5", "No. 5", and a stray comma ("nomor, 01 tahun 2021").
        if ctx.is_punct(j, ":")
            || (ctx.is_punct(j, ".") || ctx.is_punct(j, ",")) && numbers.is_empty()
        {
            j += 1;
        }
        let t = ctx.toks.tokens.get(j)?;
        let (len, number) = parse_number(&ctx.body[t.span.start..])?;
        let end_byte = t.span.start + len;
        j = ctx.toks.token_end_at_or_before(end_byte);
        let (number, short_year) = split_short_year(&number);
        let mut y = short_year;
        if ctx.word(j).eq_ignore_ascii_case("tahun") && ctx.kind(j + 1) == Some(TokKind::Number) {
            y = ctx.word(j + 1).parse().ok();
            j += 2;
        }
        if y.is_none() {
            y = trailing_year(&number);
        }
        year = year.or(y);
        numbers.push(number);
        // Another number of the same instrument: ", Nomor X" or "dan Nomor X".
        let mut k = j;
        if ctx.is_punct(k, ",") {
            k += 1;
        }
        if ctx.word(k) == "dan" {
            k += 1;
        }
        match ctx.cue_end(k, Cue::NumberWord) {
            Some(e) if k > j => j = e,
            // "Nomor 131.82-2998, 131.82-2999 dan 131.82-3000": a list of coded numbers
            // (with dots, slashes or dashes; a plain "1" after a comma is something else).
            _ if k > j && is_coded(&numbers[0]) && next_is_coded(ctx, k) => j = k,
            _ => break,
        }
    }
    Some(Citation {
        numbers,
        year,
        end: j,
    })
}

/// A decree-style number: digits with dots, slashes or dashes ("131.82-2998").
fn is_coded(number: &str) -> bool {
    number.contains(['.', '/', '-'])
}

/// Whether a letter-style number starts at token `k`: segments joined by "/", with a digit
/// ("100.2.1.3/7358/OTDA", "B227/KASN/1/2019").
fn coded_at(ctx: &Context, k: usize) -> bool {
    let k = if ctx.is_punct(k, ":") { k + 1 } else { k };
    matches!(ctx.kind(k), Some(TokKind::Word | TokKind::Number))
        && ctx.toks.tokens.get(k).is_some_and(|t| {
            parse_number(&ctx.body[t.span.start..])
                .is_some_and(|(_, n)| n.contains('/') && n.contains(|c: char| c.is_ascii_digit()))
        })
}

/// Whether a coded number starts at token `k`.
fn next_is_coded(ctx: &Context, k: usize) -> bool {
    ctx.kind(k) == Some(TokKind::Number)
        && ctx.toks.tokens.get(k).is_some_and(|t| {
            parse_number(&ctx.body[t.span.start..]).is_some_and(|(_, n)| is_coded(&n))
        })
}

/// "TYPE 11 Tahun 2017" or "TYPE 5/2014" (no number word).
fn bare_citation(ctx: &Context, at: usize) -> Option<Citation> {
    let t = ctx.toks.tokens.get(at)?;
    if ctx.kind(at) != Some(TokKind::Number) {
        return None;
    }
    let (len, number) = parse_number(&ctx.body[t.span.start..])?;
    let j = ctx.toks.token_end_at_or_before(t.span.start + len);
    let (number, short_year) = split_short_year(&number);
    if let Some(y) = short_year {
        return Some(Citation {
            numbers: vec![number],
            year: Some(y),
            end: j,
        });
    }
    if ctx.word(j).eq_ignore_ascii_case("tahun") && ctx.kind(j + 1) == Some(TokKind::Number) {
        let y = ctx.word(j + 1).parse().ok();
        return Some(Citation {
            numbers: vec![number],
            year: y,
            end: j + 2,
        });
    }
    None
}

/// "5/2014" → ("5", 2014).
fn split_short_year(number: &str) -> (String, Option<i32>) {
    if let Some((a, b)) = number.split_once('/')
        && a.len() <= 4
        && a.chars().all(|c| c.is_ascii_digit())
        && b.len() == 4
        && (b.starts_with("19") || b.starts_with("20"))
        && b.chars().all(|c| c.is_ascii_digit())
    {
        return (a.to_string(), b.parse().ok());
    }
    (number.to_string(), None)
}

/// ".../SD/K/2024" → 2024.
fn trailing_year(number: &str) -> Option<i32> {
    let last = number.rsplit(['/', '-']).next()?;
    if number.contains('/') && last.len() == 4 && (last.starts_with("19") || last.starts_with("20"))
    {
        last.parse().ok()
    } else {
        None
    }
}

#[allow(clippy::too_many_arguments)]
fn build(
    ctx: &Context,
    orgs: &Orgs,
    dates: &Dates,
    regions: &Regions,
    dt: &DocType,
    start: usize,
    issuer_from: usize,
    issuer_to: usize,
    c: Citation,
    implied: &mut Vec<super::Org>,
) -> (Law, usize) {
    let mut end = c.end;
    // Issuers: organizations between the type and the number, or named by the type word.
    let mut issuers: Vec<String> = Vec::new();
    if let Some(key) = &dt.issuer
        && let Some(e) = ctx.lex.org(key)
    {
        let org = super::orgs::lexicon_org(ctx, e, None);
        issuers.push(org.key);
    }
    let between = issuer_from.min(start)..issuer_to;
    for m in super::starting_within(&orgs.mentions, between, |m| m.tokens.start) {
        if m.tokens.end <= issuer_to && !issuers.contains(&m.key) {
            issuers.push(m.key.clone());
        }
    }
    // A regional head as issuer: "Keputusan Bupati Kendal" is the Pemkab's instrument.
    for k in start..issuer_to {
        let head = ctx.cues_at(k).find_map(|h| match h.pat {
            CuePat::Role(r) => match ctx.lex.roles[r].takes {
                crate::lexicon::Takes::Region(kind) => Some((h.tokens.end, kind)),
                _ => None,
            },
            _ => None,
        });
        if let Some((end, kind)) = head
            && let Some((_, r)) = regions.resolve_at(ctx, end, kind)
        {
            let org = super::orgs::government_of(ctx, r);
            if !issuers.contains(&org.key) {
                issuers.push(org.key.clone());
                implied.push(org);
            }
        }
    }
    // "persetujuan Kemendagri melalui surat Nomor ...", "Menteri Dalam Negeri (Mendagri)
    // mengeluarkan surat edaran ...": the issuer just before the type.
    if issuers.is_empty() {
        let mut j = start;
        while j > 0 && start - j < 5 {
            j -= 1;
            if let Some(m) = orgs.mention_covering(j) {
                issuers.push(m.key.clone());
                break;
            }
            if !(matches!(ctx.word(j), "," | ")") || ctx.in_list(Cue::IssuerLink, j)) {
                break;
            }
        }
    }
    // Region of a regional instrument (Perda, Perbup): written after the type, or the article's.
    let mut region = None;
    for k in issuer_from..issuer_to {
        if let Some(c) = regions.candidate_at(k)
            && let Some((_, r)) = regions.resolve_at(ctx, k, None)
        {
            region = Some(r);
            let _ = c;
            break;
        }
    }
    if region.is_none() && !NATIONAL.contains(&dt.concept.as_str()) && issuers.is_empty() {
        region = regions.dominant;
    }
    // A regional regulation is its government's ("Perbup Nomor 12" in a Banyumas article).
    if issuers.is_empty()
        && matches!(
            dt.concept.as_str(),
            "PeraturanDaerah" | "PeraturanBupati" | "PeraturanWaliKota" | "PeraturanGubernur"
        )
        && let Some(r) = region
    {
        let org = super::orgs::government_of(ctx, r);
        issuers.push(org.key.clone());
        implied.push(org);
    }
    // Date: "tanggal 22 September 2022" right after.
    let mut date = None;
    let dates_from = |from: usize, to: usize| {
        super::starting_within(&dates.mentions, from..to, |d| d.tokens.start).iter()
    };
    if let Some(d) = dates_from(end, end + 4).find(|d| d.after_law_date_word) {
        date = Some(d.value);
        end = end.max(d.tokens.end);
    } else if let Some(d) = dates_from(end + 1, end + 17).find(|d| {
        // "... yang ditandatangani Bupati Simalungun Marihot Girsang, Jumat (11/10/2024)".
        d.sentence == ctx.sentence_of(end.saturating_sub(1))
            && (end..d.tokens.start).any(|k| ctx.has_cue(k, Cue::LawDate))
    }) {
        date = Some(d.value.with_year(dates.article_year));
    }
    // Title: "tentang ..." / "perihal ...".
    let mut title = None;
    let mut t_at = end;
    if ctx.is_punct(t_at, ",") {
        t_at += 1;
    }
    if let Some(te) = ctx.cue_end(t_at, Cue::LawTitle) {
        let (text, e) = read_title(ctx, te);
        if !text.is_empty() {
            title = Some(text);
            end = e;
        }
    }
    let concept = if dt.concept == "Surat"
        && title
            .as_deref()
            .is_some_and(|t| t.to_lowercase().starts_with("pertimbangan teknis"))
    {
        "PertimbanganTeknis".to_string()
    } else {
        dt.concept.clone()
    };
    let year = c.year.or(date.and_then(|d: DateValue| d.year()));
    let law = Law {
        concept,
        numbers: c.numbers,
        year,
        date,
        title,
        issuers,
        region,
        sentence: ctx.sentence_of(start),
        span: ctx.toks.span(start..end.max(start + 1)),
    };
    (law, end)
}

/// A lower-case passive verb of the "di-...-kan" or "di-...-i" form ("disebutkan"):
/// titles are made of nouns, so such a verb starts a new clause.
fn is_passive_verb(w: &str) -> bool {
    w.len() >= 7
        && w.starts_with("di")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && (w.ends_with("kan") || w.ends_with('i'))
}

/// A title runs to the end of the clause: a period, a semicolon, a bracket or quote, or a
/// comma followed by a lowercase word that does not continue a list.
fn read_title(ctx: &Context, from: usize) -> (String, usize) {
    let sentence = ctx.sentence_of(from);
    let mut j = from;
    let mut last = from;
    while j < ctx.toks.len() && j - from < 40 && ctx.sentence_of(j) == sentence {
        let w = ctx.word(j);
        match ctx.kind(j) {
            Some(TokKind::Punct) => {
                if w == "," {
                    let next = ctx.word(j + 1);
                    let lower = next.chars().next().is_some_and(|c| c.is_lowercase());
                    let list =
                        matches!(next, "dan" | "serta" | "atau") && ctx.is_capitalized_word(j + 2);
                    if lower && !list {
                        break;
                    }
                } else if w == "-" || w == "/" || w == "&" {
                    // inner punctuation
                } else {
                    break;
                }
            }
            Some(TokKind::Newline) | None => break,
            // A new clause begins ("... dimana Penjabat dilarang ...").
            _ if j > from && ctx.has_cue(j, Cue::TitleStop) => break,
            // A passive verb is no part of a title ("... tentang manajemen PNS disebutkan").
            _ if j > from && is_passive_verb(w) => break,
            // The article cited comes after the title ("tentang Pilkada Pasal 163"), unless
            // the title is about that article ("tentang Pelaksanaan Pasal 5").
            _ if j > from
                && w.eq_ignore_ascii_case("pasal")
                && ctx.kind(j + 1) == Some(TokKind::Number)
                && !matches!(
                    ctx.word(j - 1).to_lowercase().as_str(),
                    "pelaksanaan" | "atas" | "perubahan" | "dan"
                ) =>
            {
                break;
            }
            // Another instrument begins ("... tentang ASN serta Peraturan Pemerintah Nomor 94",
            // "... tentang ASN, PP 11/2017 ..."); after "atas" it may be written in lower case
            // ("tentang perubahan atas peraturan Menteri Dalam Negeri Nomor 74 ...": the
            // instrument amended), and without "Nomor" it stays in the title ("Perubahan
            // Ketiga atas PP 6 Tahun 2005 tentang ...").
            _ if j > from
                && (ctx.is_capitalized_word(j) || ctx.word(j - 1).eq_ignore_ascii_case("atas"))
                && ctx.cues_at(j).any(|h| {
                    matches!(h.pat, CuePat::DocType(_))
                        && ((j..j + 14).any(|k| ctx.has_cue(k, Cue::NumberWord))
                            || (ctx.kind(h.tokens.end) == Some(TokKind::Number)
                                && !ctx.word(j - 1).eq_ignore_ascii_case("atas")))
                }) =>
            {
                break;
            }
            _ => last = j + 1,
        }
        j += 1;
    }
    // A connector left dangling before the next instrument is not part of the title.
    while last > from && matches!(ctx.word(last - 1), "serta" | "dan" | "atau" | "juga") {
        last -= 1;
    }
    if last <= from {
        return (String::new(), from);
    }
    (
        ctx.text(from..last)
            .trim_end_matches([',', ' '])
            .to_string(),
        last,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Span, SuppliedMeta};
    use crate::clean::clean;
    use crate::lexicon::Lexicon;

    #[test]
    fn covers_agrees_with_a_scan_of_the_citations() {
        let law = |start: usize, end: usize| Law {
            concept: "Surat".into(),
            numbers: vec![format!("{start}")],
            year: None,
            date: None,
            title: None,
            issuers: Vec::new(),
            region: None,
            sentence: 0,
            span: Span::new(start, end),
        };
        // Nested, overlapping and disjoint citations, out of order.
        let all = vec![
            law(50, 60),
            law(0, 40),
            law(10, 20),
            law(35, 70),
            law(90, 95),
        ];
        let laws = Laws::new(all.clone(), Vec::new());
        for a in 0..100 {
            for b in a..=100 {
                let span = Span::new(a, b);
                let scan = all.iter().any(|l| l.span.contains(span));
                assert_eq!(laws.covers(span), scan, "{a}..{b}");
            }
        }
    }

    /// The instruments of a one-paragraph article.
    fn laws(text: &str) -> Vec<Law> {
        let lex = Lexicon::builtin().unwrap();
        let doc = clean(
            &Article {
                id: "t".into(),
                source: "t".into(),
                text: format!("Judul\n\n{text}"),
                supplied: SuppliedMeta::default(),
            },
            &lex,
        );
        let ctx = Context::new(&doc, &lex);
        let regions = super::super::regions::find(&ctx);
        let orgs = super::super::orgs::find(&ctx, &regions);
        let dates = super::super::dates::find(&ctx);
        find(&ctx, &orgs, &dates, &regions).laws
    }

    #[test]
    fn a_list_of_coded_numbers_after_one_number_word_is_one_citation() {
        let l = laws(
            "Pelantikan berdasarkan SK Mendagri Nomor 131.61-2001, 131.61-2002 dan 131.61-2003 \
             tahun 2021 tentang Penunjukan Penjabat Bupati.",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(l[0].numbers, ["131.61-2001", "131.61-2002", "131.61-2003"]);
        assert_eq!(l[0].year, Some(2021));
        // Plain numbers after a comma are not more instrument numbers.
        let l = laws("Hal itu diatur dalam UU Nomor 5 Tahun 2014, 3 orang ditunda.");
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(l[0].numbers, ["5"]);
    }

    #[test]
    fn a_passive_verb_ends_a_title() {
        let l = laws(
            "Berdasarkan peraturan pemerintah no 11 tahun 2017 tentang manajemen PNS \
             disebutkan syarat diberhentikan sementara itu ditahan.",
        );
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(l[0].title.as_deref(), Some("manajemen PNS"));
    }

    #[test]
    fn a_year_written_before_the_number_word_is_the_year() {
        let l =
            laws("Surat Keputusan Menteri Dalam Negeri Tahun 2022 Nomor 131.18-1228 sudah terbit.");
        assert_eq!(l.len(), 1, "{l:?}");
        assert_eq!(
            (l[0].numbers.as_slice(), l[0].year),
            (&["131.18-1228".to_string()][..], Some(2022))
        );
    }

    #[test]
    fn numbers_are_read_as_written() {
        let p = |s: &str| parse_number(s).map(|(_, n)| n);
        assert_eq!(
            p("100.2.2.6/7991/OTDA tertanggal"),
            Some("100.2.2.6/7991/OTDA".into())
        );
        assert_eq!(
            p("21523/R-AK.02.02/SD/K/2024 tentang"),
            Some("21523/R-AK.02.02/SD/K/2024".into())
        );
        assert_eq!(p("800- 5474 Tahun 2022"), Some("800-5474".into()));
        assert_eq!(
            p("100.2.1.3 \u{2013} 6344 Tahun 2022"),
            Some("100.2.1.3-6344".into())
        );
        assert_eq!(p("800 \u{2013} yang"), Some("800".into()));
        assert_eq!(
            p("B-1061/JP 00.00/03/2024 tanggal"),
            Some("B-1061/JP 00.00/03/2024".into())
        );
        assert_eq!(p("800/12 2024 tentang"), Some("800/12".into()));
        assert_eq!(
            p("1447.1/PM.01/K 1/09/2022 tanggal"),
            Some("1447.1/PM.01/K 1/09/2022".into())
        );
        assert_eq!(p("5 tahun 2014"), Some("5".into()));
        assert_eq!(p("166/TPA Tahun 2023"), Some("166/TPA".into()));
        assert_eq!(
            p("821.2/04\nBKDPSDA/Kep/PD/2021 tentang"),
            Some("821.2/04 BKDPSDA/Kep/PD/2021".into())
        );
        assert_eq!(p("12."), Some("12".into()));
        assert_eq!(p("urut 3"), None);
        assert_eq!(
            p("19/Pid.Sus-TPK/2023/PN Kdi yang"),
            Some("19/Pid.Sus-TPK/2023/PN Kdi".into())
        );
        // A day glued to the number starts the date after it; a last segment that is no
        // day stays.
        assert_eq!(p("820/6794/SJ/7 Desember 2015"), Some("820/6794/SJ".into()));
        assert_eq!(p("800/12/2 tentang"), Some("800/12/2".into()));
        assert_eq!(split_short_year("5/2014"), ("5".into(), Some(2014)));
        assert_eq!(trailing_year("21523/R-AK.02.02/SD/K/2024"), Some(2024));
        assert_eq!(trailing_year("2024"), None);
    }
}
