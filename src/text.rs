//! Tokens, sentences and the normalised match string of a cleaned body.
//!
//! Everything downstream addresses text by token index; tokens carry byte spans into the
//! cleaned body, which [`crate::clean::Document`] maps back to the original article.

use crate::article::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (possibly with digits or an inner apostrophe).
    Word,
    /// Digits only.
    Number,
    /// One punctuation or symbol character.
    Punct,
    /// A line break: a paragraph boundary.
    Newline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokKind,
}

/// A tokenised body with sentence boundaries and a normalised string for lexicon matching.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    /// Sentences as half-open token ranges (never containing a newline token).
    pub sentences: Vec<std::ops::Range<usize>>,
    /// Lowercased words separated by single spaces; commas dropped; other punctuation kept
    /// as its own token; newlines kept as `\n` (a barrier no pattern crosses).
    pub norm: String,
    /// For each token that appears in `norm`, its start offset in `norm` (u32::MAX if dropped).
    norm_start: Vec<u32>,
    /// Token index of each token that appears in `norm`, in order.
    norm_tokens: Vec<u32>,
    /// `norm` start offset of each entry of `norm_tokens`.
    norm_offsets: Vec<u32>,
    /// Sentence index of each token.
    sentence_of: Vec<u32>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `body` into tokens.
pub fn tokenize(body: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(body.len() / 5);
    let mut iter = body.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\n' {
            tokens.push(Token {
                span: Span::new(i, i + 1),
                kind: TokKind::Newline,
            });
        } else if c.is_whitespace() {
            continue;
        } else if is_word_char(c) {
            let mut end = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    all_digits &= d.is_ascii_digit();
                    end = j + d.len_utf8();
                    iter.next();
                } else if is_apostrophe(d) {
                    // Inner apostrophe (Jum'at, Ma'ruf) only when a letter follows.
                    let after = body[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(|a| a.is_alphabetic()) && !all_digits {
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            tokens.push(Token {
                span: Span::new(i, end),
                kind: if all_digits {
                    TokKind::Number
                } else {
                    TokKind::Word
                },
            });
        } else {
            tokens.push(Token {
                span: Span::new(i, i + c.len_utf8()),
                kind: TokKind::Punct,
            });
        }
    }
    tokens
}

/// Normalises a lexicon pattern the same way the body is normalised, so both meet in
/// the match string.
pub fn normalize_pattern(pattern: &str) -> String {
    let toks = tokenize(pattern);
    let mut out = String::with_capacity(pattern.len());
    for t in &toks {
        let s = t.span.slice(pattern);
        if t.kind == TokKind::Punct && s == "," {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        push_lower(&mut out, s);
    }
    out
}

fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        match c {
            '’' => out.push('\''),
            '–' | '—' | '‐' | '‑' | '−' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

impl Tokens {
    /// Tokenises `body`, finds sentences and builds the match string.
    /// `no_split_before` says whether a word ending in a period is an abbreviation
    /// (the period then does not end the sentence).
    pub fn new(body: &str, is_abbreviation: impl Fn(&str) -> bool) -> Tokens {
        let tokens = tokenize(body);
        let sentences = split_sentences(body, &tokens, &is_abbreviation);
        let mut sentence_of = vec![u32::MAX; tokens.len()];
        for (si, r) in sentences.iter().enumerate() {
            for t in r.clone() {
                sentence_of[t] = si as u32;
            }
        }
        // Tokens outside sentences (newlines) belong to the previous sentence for lookups.
        let mut last = 0;
        for s in sentence_of.iter_mut() {
            if *s == u32::MAX {
                *s = last;
            } else {
                last = *s;
            }
        }
        let mut norm = String::with_capacity(body.len() + 16);
        let mut norm_start = vec![u32::MAX; tokens.len()];
        let mut norm_tokens = Vec::with_capacity(tokens.len());
        let mut norm_offsets = Vec::with_capacity(tokens.len());
        for (i, t) in tokens.iter().enumerate() {
            let s = t.span.slice(body);
            if t.kind == TokKind::Punct && s == "," {
                continue;
            }
            if !norm.is_empty() {
                norm.push(' ');
            }
            norm_start[i] = norm.len() as u32;
            norm_tokens.push(i as u32);
            norm_offsets.push(norm.len() as u32);
            if t.kind == TokKind::Newline {
                norm.push('\n');
            } else {
                push_lower(&mut norm, s);
            }
        }
        Tokens {
            tokens,
            sentences,
            norm,
            norm_start,
            norm_tokens,
            norm_offsets,
            sentence_of,
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Maps a match `[start, end)` in the match string to a token range, if it lies on
    /// token boundaries.
    pub fn norm_range_to_tokens(&self, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
        let first = self.norm_offsets.binary_search(&(start as u32)).ok()?;
        // The token after the match must start right after `end` + separator, or the
        // match must end the string.
        let last_tok = match self.norm_offsets.binary_search(&(end as u32 + 1)) {
            Ok(i) => i,
            Err(_) if end == self.norm.len() => self.norm_offsets.len(),
            Err(_) => return None,
        };
        if last_tok <= first {
            return None;
        }
        let a = self.norm_tokens[first] as usize;
        let b = self.norm_tokens[last_tok - 1] as usize + 1;
        Some(a..b)
    }

    /// Whether token `i` took part in the match string (commas do not).
    pub fn in_norm(&self, i: usize) -> bool {
        self.norm_start[i] != u32::MAX
    }

    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentence_of.get(token).copied().unwrap_or(0) as usize
    }

    /// Byte span covering tokens `range`.
    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        if range.is_empty() {
            let at = self.tokens.get(range.start).map_or(0, |t| t.span.start);
            return Span::new(at, at);
        }
        Span::new(
            self.tokens[range.start].span.start,
            self.tokens[range.end - 1].span.end,
        )
    }

    pub fn text<'a>(&self, body: &'a str, i: usize) -> &'a str {
        self.tokens[i].span.slice(body)
    }

    /// Index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    /// Index one past the last token ending at or before byte `offset`.
    pub fn token_end_at_or_before(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= offset)
    }
}

fn split_sentences(
    body: &str,
    tokens: &[Token],
    is_abbreviation: &impl Fn(&str) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let n = tokens.len();
    let text = |i: usize| tokens[i].span.slice(body);
    while i < n {
        let t = tokens[i];
        if t.kind == TokKind::Newline {
            if start < i {
                out.push(start..i);
            }
            start = i + 1;
            i += 1;
            continue;
        }
        if t.kind == TokKind::Punct && matches!(text(i), "." | "!" | "?") {
            // Absorb closing quotes/brackets and repeated terminators.
            let mut end = i + 1;
            while end < n
                && tokens[end].kind == TokKind::Punct
                && matches!(text(end), "\"" | "”" | "’" | "'" | ")" | "." | "!" | "?")
                && tokens[end].span.start == tokens[end - 1].span.end
            {
                end += 1;
            }
            let followed_by_space = end >= n || tokens[end].span.start > tokens[end - 1].span.end;
            let next_starts_sentence = end >= n
                || tokens[end].kind == TokKind::Newline
                || text(end).chars().next().is_some_and(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '(' | '‘')
                });
            let prev_is_abbrev = text(i) == "."
                && i > 0
                && tokens[i - 1].span.end == t.span.start
                && tokens[i - 1].kind == TokKind::Word
                && (is_abbreviation(text(i - 1))
                    || (i >= 2
                        && text(i - 2) == "."
                        && tokens[i - 2].span.end == tokens[i - 1].span.start));
            let in_number = text(i) == "."
                && i > 0
                && tokens[i - 1].kind == TokKind::Number
                && end < n
                && tokens[end].kind == TokKind::Number
                && !followed_by_space;
            if followed_by_space && next_starts_sentence && !prev_is_abbrev && !in_number {
                out.push(start..end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < n {
        out.push(start..n);
    }
    out.retain(|r| !r.is_empty());
    cap_sentences(out, tokens, body)
}

/// Longest sentence, in tokens. Real sentences stay far below (the longest in the test
/// articles has under 100); a text without sentence ends (a scraped page on one line) is
/// cut into pieces this long, so work done per sentence stays bounded.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Splits sentences longer than [`MAX_SENTENCE_TOKENS`], after the last comma or
/// semicolon of the second half of each piece when there is one.
fn cap_sentences(
    sentences: Vec<std::ops::Range<usize>>,
    tokens: &[Token],
    body: &str,
) -> Vec<std::ops::Range<usize>> {
    if sentences.iter().all(|r| r.len() <= MAX_SENTENCE_TOKENS) {
        return sentences;
    }
    let mut out = Vec::with_capacity(sentences.len());
    for r in sentences {
        let mut start = r.start;
        while r.end - start > MAX_SENTENCE_TOKENS {
            let limit = start + MAX_SENTENCE_TOKENS;
            let cut = (start + MAX_SENTENCE_TOKENS / 2..limit)
                .rev()
                .find(|&k| {
                    tokens[k].kind == TokKind::Punct
                        && matches!(tokens[k].span.slice(body), "," | ";")
                })
                .map_or(limit, |k| k + 1);
            out.push(start..cut);
            start = cut;
        }
        out.push(start..r.end);
    }
    out
}

/// Word shape helpers.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether `word` has the shape of a derived noun ("Penugasan", "Pelanggaran", "Kegiatan"):
/// eight letters or more, a pe-/ke- prefix and the -an suffix. Names seldom have it.
pub fn is_derived_noun(word: &str) -> bool {
    ends_with_ignore_case(word, "an")
        && (starts_with_ignore_case(word, "pe") || starts_with_ignore_case(word, "ke"))
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 8
}

/// `word.to_lowercase().starts_with(prefix)` for an ASCII lowercase `prefix`, without
/// allocating (these tests run for most tokens).
pub fn starts_with_ignore_case(word: &str, prefix: &str) -> bool {
    word.len() >= prefix.len()
        && word.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// `word.to_lowercase().ends_with(suffix)` for an ASCII lowercase `suffix`, without
/// allocating.
pub fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether `word` has the passive prefix di- and more than four bytes ("dilantik",
/// "ditunjuk"); "Dian" and "dinas" are too short or are read by the caller's word list.
pub fn has_passive_prefix(word: &str) -> bool {
    word.len() > 4 && word.starts_with("di")
}

/// Whether `word` has a verb's prefix ("melantik", "dilantik", "bekerja", "bertugas",
/// "terpilih"): more than four letters starting with me-, di-, be(r)- or ter-.
pub fn has_verb_prefix(word: &str) -> bool {
    ["me", "di", "be", "ter"]
        .iter()
        .any(|p| starts_with_ignore_case(word, p))
        && word.chars().count() > 4
}

pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters > 0
}

/// Title-cases a phrase word by word, keeping all-caps words and lowercase connectors.
pub fn title_case(phrase: &str) -> String {
    phrase
        .split(' ')
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, w)| {
            let keep = (is_all_caps(w) && w.chars().count() > 1)
                || (i > 0
                    && matches!(
                        w,
                        "dan" | "di" | "ke" | "dari" | "serta" | "atau" | "untuk" | "pada" | "yang"
                    ));
            if keep {
                w.to_string()
            } else {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_uppercase().chain(c).collect(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// An IRI-safe, readable slug: lowercase ASCII letters and digits separated by `-`.
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() { "x".to_string() } else { out }
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        _ => c,
    }
}

/// Whether `short` is made of a leading part of each of `words`, in order, ignoring case
/// ("Asda" of "Asisten Daerah", "Pesbar" of "Pesisir Barat", "Bappeda" of "Badan
/// Perencanaan Pembangunan Daerah"): two to eight words, three to twelve letters, so the
/// search stays small whatever the text.
pub fn abbreviates(short: &str, words: &[&str]) -> bool {
    fn fits(short: &[char], words: &[Vec<char>]) -> bool {
        match words.split_first() {
            None => short.is_empty(),
            Some((w, rest)) => (1..=w.len().min(short.len()))
                .any(|n| short[..n] == w[..n] && fits(&short[n..], rest)),
        }
    }
    let short: Vec<char> = short.to_lowercase().chars().collect();
    if !(2..=8).contains(&words.len()) || !(3..=12).contains(&short.len()) {
        return false;
    }
    let words: Vec<Vec<char>> = words
        .iter()
        .map(|w| w.to_lowercase().chars().collect())
        .collect();
    fits(&short, &words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_prefixes() {
        for w in ["melantik", "Dilantik", "bekerja", "bertugas", "terpilih"] {
            assert!(has_verb_prefix(w), "{w}");
        }
        for w in ["duduk", "jadi", "Budi", "dan", "tugas"] {
            assert!(!has_verb_prefix(w), "{w}");
        }
    }

    #[test]
    fn derived_nouns_have_a_prefix_the_suffix_and_length() {
        for w in ["Pelanggaran", "Penanganan", "Kegiatan", "pemberhentian"] {
            assert!(is_derived_noun(w), "{w}");
        }
        // Names: no pe-/ke- prefix, too short, or no -an.
        for w in ["Setiawan", "Kurniawan", "Pelawan", "Pertiwi", "Kesuma"] {
            assert!(!is_derived_noun(w), "{w}");
        }
    }

    fn abbrev(w: &str) -> bool {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "ir" | "dr" | "h" | "no" | "kab"
        )
    }

    #[test]
    fn tokens_keep_inner_apostrophes_and_split_punctuation() {
        let body = "Jum'at, 100.2.2.6/7991/OTDA M.Si";
        let toks = tokenize(body);
        let words: Vec<&str> = toks.iter().map(|t| t.span.slice(body)).collect();
        assert_eq!(
            words,
            [
                "Jum'at", ",", "100", ".", "2", ".", "2", ".", "6", "/", "7991", "/", "OTDA", "M",
                ".", "Si"
            ]
        );
    }

    #[test]
    fn overlong_sentences_are_cut_after_a_comma_or_at_the_limit() {
        let body = "kata ".repeat(1000) + "akhir, " + &"lagi ".repeat(300);
        let t = Tokens::new(&body, abbrev);
        assert!(t.sentences.len() >= 3, "{}", t.sentences.len());
        assert!(t.sentences.iter().all(|r| r.len() <= MAX_SENTENCE_TOKENS));
        // Pieces tile the tokens: nothing lost, nothing twice.
        assert_eq!(t.sentences[0].start, 0);
        for w in t.sentences.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        assert_eq!(t.sentences.last().unwrap().end, t.tokens.len());
        // The cut prefers the comma when it falls in the second half of a piece.
        let comma = t
            .tokens
            .iter()
            .position(|k| k.span.slice(&body) == ",")
            .unwrap();
        assert!(t.sentences.iter().any(|r| r.end == comma + 1));
        // Ordinary sentences are untouched.
        let short = Tokens::new("Satu kalimat. Dua kalimat.", abbrev);
        assert_eq!(short.sentences.len(), 2);
    }

    #[test]
    fn sentences_respect_abbreviations_numbers_and_lines() {
        let body = "Ir. Asmar hadir. Nomor 1.2 dibaca! \"Ya.\" Dia pergi\nBaris baru tanpa titik";
        let t = Tokens::new(body, abbrev);
        let s: Vec<&str> = t
            .sentences
            .iter()
            .map(|r| t.span(r.clone()).slice(body))
            .collect();
        assert_eq!(
            s,
            [
                "Ir. Asmar hadir.",
                "Nomor 1.2 dibaca!",
                "\"Ya.\"",
                "Dia pergi",
                "Baris baru tanpa titik"
            ]
        );
    }

    #[test]
    fn match_string_drops_commas_and_maps_back() {
        let body = "Badan Kepegawaian, Pendidikan, dan Pelatihan (BKPP)";
        let t = Tokens::new(body, abbrev);
        assert_eq!(
            t.norm,
            "badan kepegawaian pendidikan dan pelatihan ( bkpp )"
        );
        let pat = normalize_pattern("Badan Kepegawaian Pendidikan dan Pelatihan");
        let at = t.norm.find(&pat).unwrap();
        let r = t.norm_range_to_tokens(at, at + pat.len()).unwrap();
        assert_eq!(
            t.span(r).slice(body),
            "Badan Kepegawaian, Pendidikan, dan Pelatihan"
        );
        // A match that stops inside a word does not map.
        assert!(t.norm_range_to_tokens(0, 3).is_none());
    }

    #[test]
    fn slugs_are_readable_ascii() {
        assert_eq!(slugify("Ogan Komering Ilir"), "ogan-komering-ilir");
        assert_eq!(slugify("100.2.2.6/7991/OTDA"), "100-2-2-6-7991-otda");
        assert_eq!(slugify("  Pémkab — OKI "), "pemkab-oki");
    }

    #[test]
    fn title_case_keeps_acronyms_and_connectors() {
        assert_eq!(
            title_case("otonomi daerah dan BKPP"),
            "Otonomi Daerah dan BKPP"
        );
    }

    #[test]
    fn abbreviations_take_a_beginning_of_every_word_in_order() {
        assert!(abbreviates("Asda", &["Asisten", "Daerah"]));
        assert!(abbreviates(
            "Bappeda",
            &["Badan", "Perencanaan", "Pembangunan", "Daerah"]
        ));
        assert!(abbreviates("BKD", &["Badan", "Kepegawaian", "Daerah"]));
        // A word left out, a letter from nowhere, or one word: no abbreviation.
        assert!(!abbreviates("Asd", &["Asisten", "Kepala", "Daerah"]));
        assert!(!abbreviates("Asdax", &["Asisten", "Daerah"]));
        assert!(!abbreviates("Budi", &["Budi"]));
    }
}
