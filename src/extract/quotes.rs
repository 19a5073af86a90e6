//! Direct quotations: straight or curly quote marks, possibly spanning paragraphs, and
//! their speaker: a name after the quote ("tegas Asmar"), before it ("Asmar mengatakan,
//! “...”"), a position ("kata Kepala BKPSDM KBB, Asep Ilyas"), or an enclitic or pronoun
//! ("tegasnya", "tegas dia") pointing back to the last person mentioned.

use super::persons::Persons;
use super::positions::Positions;
use super::{Context, Quote};
use crate::article::Span;
use crate::lexicon::{Cue, CuePat};
use foldhash::HashMap;

/// A quotation longer than this without a closing mark is not a quotation.
const MAX_QUOTE_BYTES: usize = 4000;
/// Fewer words than this is a term in quotes, not a quotation.
const MIN_QUOTE_WORDS: usize = 4;
/// How far around a mention the list and reported-speech tests look.
const NEAR_TOKENS: usize = 60;

#[derive(Debug, Clone, Default)]
pub struct Quotes {
    pub quotes: Vec<Quote>,
}

/// Spans of quoted words (marks excluded), in order.
pub fn find_spans(body: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev = ' ';
    let mut it = body.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map_or(' ', |&(_, n)| n);
        match open {
            None => {
                let opens = match c {
                    // A straight mark that ends a line closes a quotation whose opening
                    // the text lacks (a lead cut from the middle of a quote).
                    '"' => !matches!(it.peek(), None | Some((_, '\n' | '\r'))),
                    '“' | '„' => true,
                    // ”Ada enam pejabat ...,” kata X: some outlets open with the closing
                    // mark; it opens only at a word's start.
                    '”' => (prev.is_whitespace() || i == 0) && next.is_alphanumeric(),
                    '‘' => prev.is_whitespace() || prev == '(',
                    _ => false,
                };
                if opens {
                    let mut s = i + c.len_utf8();
                    // "‘’Artinya ...’’": a single mark written twice is one double mark.
                    if c == '‘' && matches!(next, '‘' | '’') {
                        it.next();
                        s += next.len_utf8();
                    }
                    open = Some((s, c));
                }
            }
            Some((s, o)) => {
                // A paragraph that opens again continues the same quotation.
                let reopens = prev == '\n' && matches!(c, '"' | '“' | '”');
                if reopens {
                    prev = c;
                    continue;
                }
                let closes = match (o, c) {
                    ('"' | '“' | '„' | '”', '"' | '”') => true,
                    ('‘', '’') => !next.is_alphabetic(),
                    _ => false,
                };
                if closes {
                    out.push(Span::new(s, i));
                    open = None;
                } else if i - s > MAX_QUOTE_BYTES {
                    open = None;
                }
            }
        }
        prev = c;
    }
    out
}

pub fn attribute(ctx: &Context, persons: &Persons, positions: &Positions) -> Quotes {
    let mut out = Quotes::default();
    // Attributions: (token, person), to serve later pronouns; a speaker the article leaves
    // unnamed is `None` ("jelas Bupati, ... ungkapnya": the same unnamed speaker).
    let mut marks: Vec<(usize, Option<usize>)> = Vec::new();
    for span in &ctx.quote_spans {
        let raw = span.slice(ctx.body);
        let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = text.trim_end_matches([',', ' ']).trim().to_string();
        if text
            .split(' ')
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            < MIN_QUOTE_WORDS
        {
            continue;
        }
        let first = ctx.toks.token_at_or_after(span.start);
        let close = ctx.toks.token_at_or_after(span.end);
        let speaker = match speaker_after(ctx, persons, positions, close + 1, first, &marks) {
            Attribution::Anonymous => {
                marks.push((close, None));
                None
            }
            Attribution::To(p) => Some(p),
            Attribution::Unknown => {
                speaker_before(ctx, persons, positions, first.saturating_sub(1))
                    .or_else(|| last_person(ctx, persons, positions, first, &marks))
            }
        };
        // "visi besar “Maju Bersama, Sejahtera Bersama”, Pemerintah ...": words in quote marks
        // inside a sentence, right after a word, that nobody says and that hold no sentence
        // of their own name a slogan or a title; they are no quotation.
        // The token before the opening mark (the mark itself may be a token).
        let before = (0..first)
            .rev()
            .find(|&k| ctx.toks.tokens[k].span.end < span.start);
        let after_word = before.is_some_and(|k| ctx.is_word(k) && !ctx.is_speech_word(k));
        if speaker.is_none() && after_word && !text.contains(['.', '!', '?']) {
            continue;
        }
        if let Some(p) = speaker {
            marks.push((close, Some(p)));
        }
        // Evidence: from the opening mark to the end of the sentence that closes it.
        let open_at = ctx.body[..span.start]
            .char_indices()
            .next_back()
            .map_or(span.start, |(i, _)| i);
        let close_sentence =
            ctx.sentence_range(ctx.sentence_of(close.min(ctx.toks.len().saturating_sub(1))));
        let end = ctx.toks.span(close_sentence).end.max(span.end);
        out.quotes.push(Quote {
            text,
            speaker,
            span: *span,
            sentence: ctx.sentence_of(first),
            evidence: Span::new(open_at, end),
        });
    }
    drop_pull_quotes(&mut out.quotes);
    out
}

/// A pull quote: an unattributed quotation that the article gives again, whole or longer,
/// with its speaker ("Mulai dari sanksi ..." set above the dateline) is that quotation.
/// Quotations are grouped by their first 16 characters, so the check stays linear; a pull
/// quote shorter than that is not matched (a quotation has four words at least, see
/// `MIN_QUOTE_WORDS`).
fn drop_pull_quotes(quotes: &mut Vec<Quote>) {
    const KEY_CHARS: usize = 16;
    fn key(text: &str) -> &str {
        let end = text
            .char_indices()
            .nth(KEY_CHARS)
            .map_or(text.len(), |(i, _)| i);
        &text[..end]
    }
    let mut attributed: HashMap<&str, Vec<&str>> = HashMap::default();
    for q in quotes.iter().filter(|q| q.speaker.is_some()) {
        attributed.entry(key(&q.text)).or_default().push(&q.text);
    }
    let repeated: Vec<bool> = quotes
        .iter()
        .map(|q| {
            let text = q.text.trim_end_matches(['.', ',', ' ']);
            q.speaker.is_none()
                && attributed
                    .get(key(text))
                    .is_some_and(|full| full.iter().any(|f| f.starts_with(text)))
        })
        .collect();
    let mut flags = repeated.into_iter();
    quotes.retain(|_| !flags.next().unwrap_or(false));
}

/// Who the speech verb after a quotation names.
enum Attribution {
    To(usize),
    /// "ujar sumber di Balai Kota": someone the article does not name.
    Anonymous,
    /// No speech verb, or none that names anyone: look elsewhere.
    Unknown,
}

fn speaker_after(
    ctx: &Context,
    persons: &Persons,
    positions: &Positions,
    mut j: usize,
    quote_start: usize,
    marks: &[(usize, Option<usize>)],
) -> Attribution {
    let to = |p: Option<usize>| p.map_or(Attribution::Unknown, Attribution::To);
    // Past the punctuation and any closing mark the span left out ("...,’’ ujar X").
    while ctx.is_punct(j, ",") || ctx.is_punct(j, ".") || ctx.is_punct(j, "’") {
        j += 1;
    }
    let w = ctx.word(j);
    if ctx.lex.is_speech_enclitic(w) {
        return to(last_person(ctx, persons, positions, quote_start, marks));
    }
    let speech = ctx.is_word(j) && (ctx.lex.is_speech_verb(w) || ctx.has_cue(j, Cue::Speech));
    if !speech {
        // "..., demikian bunyi UU Nomor 10 Tahun 2016", "..., sebagaimana tertuang dalam
        // Keppres ...": an instrument's words, nobody's speech.
        let s = ctx.sentence_of(j);
        if (j..j + 3).any(|k| ctx.sentence_of(k) == s && ctx.in_list(Cue::DocumentSource, k)) {
            return Attribution::Anonymous;
        }
        return Attribution::Unknown;
    }
    let mut k = j + 1;
    if ctx.is_punct(k, ",") {
        k += 1;
    }
    if ctx.has_cue(k, Cue::Pronoun) {
        return to(last_person(ctx, persons, positions, quote_start, marks));
    }
    if let Some(m) = persons.mention_covering(k) {
        return Attribution::To(m.person);
    }
    // Honorifics before the name ("kata Ir. Asmar").
    let mut h = k;
    while ctx.honorific(h).is_some() || ctx.is_punct(h, ".") {
        h += 1;
    }
    if let Some(m) = persons.mention_at(h) {
        return Attribution::To(m.person);
    }
    // A position: its holder.
    if let Some(p) = positions.person_at(k) {
        return Attribution::To(p);
    }
    // "ujar Ketua Pansel JPT Pratama Sekda Jember Prof Yuli Witono", "ujar Ketua Pansel
    // Sekda NTB, Prof X": a chain of titles and unit words in capitals, then the name.
    if ctx.title_at(k) {
        let s = ctx.sentence_of(k);
        if let Some(m) = (k + 1..k + 12)
            .take_while(|&t| {
                ctx.sentence_of(t) == s
                    && (ctx.is_capitalized_word(t) || ctx.is_punct(t, ".") || ctx.is_punct(t, ","))
            })
            .find_map(|t| persons.mention_at(t))
        {
            return Attribution::To(m.person);
        }
    }
    // "jelas Bupati, Senin (21/7)": a title whose holder the article never names is a
    // speaker it leaves unnamed, not the last person written before.
    if ctx.in_list(Cue::AnonymousSource, k) || ctx.title_at(k) {
        return Attribution::Anonymous;
    }
    Attribution::Unknown
}

/// "Asmar mengatakan, “...”", "Menurut Asmar, “...”".
fn speaker_before(
    ctx: &Context,
    persons: &Persons,
    positions: &Positions,
    open: usize,
) -> Option<usize> {
    let mut j = open;
    while j > 0 && (ctx.is_punct(j - 1, ",") || ctx.is_punct(j - 1, ":")) {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    // "... kata Asmar: “...”" or "Menurut Asmar, “...”".
    if let Some(m) = persons.mention_ending_at(j) {
        let before = m.tokens.start;
        if before > 0
            && (ctx.classes(before - 1).is_speech_verb()
                || ctx.cue_ending_at(before, Cue::PersonLead).is_some())
        {
            return Some(m.person);
        }
    }
    // "Asmar mengatakan, “...”".
    let verb = j - 1;
    if !ctx.cues_at(verb).any(|h| h.pat == CuePat::Cue(Cue::Speech)) {
        return None;
    }
    let mut s = verb;
    while s > 0 && ctx.in_list(Cue::Adverb, s - 1) {
        s -= 1;
    }
    if let Some(m) = persons.mention_ending_at(s) {
        return Some(m.person);
    }
    positions
        .phrase_ending_at(s)
        .and_then(|i| positions.phrase_person[i])
}

/// A mention right after a preposition is an object ("kepada Pj Gubernur"), not a speaker;
/// but the agent of a passive speech verb spoke ("diungkapkan langsung oleh Sekda X").
fn is_object(ctx: &Context, start: usize) -> bool {
    if start == 0 || !ctx.in_list(Cue::ObjectMarker, start - 1) {
        return false;
    }
    let mut v = start - 1;
    if ctx.word(v) == "oleh" {
        while v > 0 && ctx.in_list(Cue::Adverb, v - 1) {
            v -= 1;
        }
        if v > 0 && passive_speech_verb(ctx, ctx.word(v - 1)) {
            return false;
        }
    }
    true
}

/// "diungkapkan", "disampaikan", "dijelaskan": "di-" before a speech verb ("ungkap",
/// "sampaikan").
fn passive_speech_verb(ctx: &Context, w: &str) -> bool {
    w.strip_prefix("di").is_some_and(|stem| {
        ctx.lex.is_speech_verb(stem)
            || stem
                .strip_suffix("kan")
                .is_some_and(|bare| ctx.lex.is_speech_verb(bare))
    })
}

/// Where the title written right before the name at `start` begins ("yaitu Kepala BPSDM
/// Endrawati"), or `start` when there is none.
fn title_start(ctx: &Context, positions: &Positions, start: usize) -> usize {
    // "Lurah Cempaka Drs Yusuf Idris": past the honorifics.
    let mut start = start;
    while start > 0 && ctx.honorific(start - 1).is_some() {
        start -= 1;
    }
    let end = if start > 0 && ctx.is_punct(start - 1, ",") {
        start - 1
    } else {
        start
    };
    positions
        .phrase_ending_at(end)
        .map_or(start, |i| positions.phrases[i].tokens.start)
}

/// Whether the mention starting at `start` (or its title) is an item of a list of at least
/// three persons ("Para peserta adalah A (Kepala Bappeda), B (...), dan C (...)", "antara
/// lain A, B dan C", "seperti Plt. Camat X A, ..."): an item of an enumeration is not who a
/// later "ujarnya" points back to.
fn list_item(ctx: &Context, persons: &Persons, positions: &Positions, start: usize) -> bool {
    // The name or the title before it opens the item ("..., Nunu Andriani menjabat ...",
    // "..., Kepala Dinas X Budi").
    let head = title_start(ctx, positions, start);
    let opens = [start, head].into_iter().any(|at| {
        at > 0
            && matches!(
                ctx.word(at - 1),
                "," | ";"
                    | "dan"
                    | "serta"
                    | "adalah"
                    | "yakni"
                    | "yaitu"
                    | "lain"
                    | "seperti"
                    | ":"
                    | "meliputi"
            )
    });
    if !opens {
        return false;
    }
    // The list around it: its sentence, within a window that keeps hostile text linear.
    let sentence = ctx.sentence_range(ctx.sentence_of(start));
    let around = sentence.start.max(start.saturating_sub(NEAR_TOKENS))
        ..sentence.end.min(start + NEAR_TOKENS);
    let mut people: Vec<usize> =
        super::starting_within(&persons.mentions, around, |m| m.tokens.start)
            .iter()
            .map(|m| m.person)
            .collect();
    people.sort_unstable();
    people.dedup();
    people.len() >= 3
}

/// Whether the mention starting at `start` is inside what another person is reported to
/// say ("Yuli mengatakan, mulai 1 Mei Kepala BKD, Ali, menjalankan ...": Ali): a later
/// "katanya" points back to the speaker, not to whom the speech is about. The other person
/// may be named or held a post named before the verb ("Wakil Bupati Syarifuddin
/// menyampaikan ... dengan Bupati terpilih Hendra Saputra").
fn in_reported_speech(
    ctx: &Context,
    persons: &Persons,
    positions: &Positions,
    start: usize,
    person: usize,
) -> bool {
    let sentence = ctx.sentence_range(ctx.sentence_of(start));
    let from = sentence.start.max(start.saturating_sub(NEAR_TOKENS));
    (from..start).any(|v| {
        ctx.is_word(v)
            && ctx.classes(v).is_speech_verb()
            // "Ia menambahkan, ... masa jabatan Sumastro diperpanjang", "Kata dia, Andi
            // merupakan ...": a pronoun speaks of the person named after its verb.
            && ((v > from && ctx.has_cue(v - 1, Cue::Pronoun))
                || (v + 1 < start && ctx.has_cue(v + 1, Cue::Pronoun))
                || super::starting_within(&persons.mentions, from..v, |m| m.tokens.start)
                    .iter()
                    .any(|m| m.person != person)
                || super::within_range(&positions.phrases, from..v, |p| p.tokens.start)
                    .any(|k| positions.phrase_person[k].is_some_and(|w| w != person)))
    })
}

/// The person last mentioned (by name, by a post they hold, or as a speaker) before `at`,
/// as a subject rather than an object, an item of a list or the topic of someone's speech.
fn last_person(
    ctx: &Context,
    persons: &Persons,
    positions: &Positions,
    at: usize,
    marks: &[(usize, Option<usize>)],
) -> Option<usize> {
    let by_name = persons
        .starting_before(at)
        .iter()
        .rev()
        .find(|m| {
            m.tokens.end <= at
                && !ctx.in_quote(m.tokens.start)
                && !is_object(ctx, m.tokens.start)
                && !is_object(ctx, title_start(ctx, positions, m.tokens.start))
                && !list_item(ctx, persons, positions, m.tokens.start)
                && !in_reported_speech(ctx, persons, positions, m.tokens.start, m.person)
        })
        .map(|m| (m.tokens.end, m.person));
    // "menurut gubernur, ...", "gubernur menekankan ...": a title in lower case as who
    // speaks refers to its holder, though lower case titles mostly speak of a post in
    // general.
    let speaks = |p: &super::positions::Phrase| {
        let s = p.tokens.start;
        (s > 0 && (ctx.word(s - 1) == "menurut" || ctx.classes(s - 1).is_speech_verb()))
            || ctx.classes(p.tokens.end).is_speech_verb()
    };
    let before = positions.phrases.partition_point(|p| p.tokens.start < at);
    let by_post = positions.phrases[..before]
        .iter()
        .zip(&positions.phrase_person)
        .filter(|(p, who)| {
            p.tokens.end <= at
                && who.is_some()
                && !ctx.in_quote(p.tokens.start)
                && !is_object(ctx, p.tokens.start)
                && (p.holder.is_some() || !p.is_generic(ctx) || speaks(p))
                && !p
                    .holder
                    .as_ref()
                    .is_some_and(|h| list_item(ctx, persons, positions, h.tokens.start))
                && !who
                    .is_some_and(|w| in_reported_speech(ctx, persons, positions, p.tokens.start, w))
        })
        .map(|(p, who)| (p.tokens.end, *who))
        .next_back();
    let by_mark = marks.iter().rev().find(|(t, _)| *t < at).copied();
    [by_name.map(|(t, p)| (t, Some(p))), by_post, by_mark]
        .into_iter()
        .flatten()
        .max_by_key(|(t, _)| *t)
        .and_then(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_handle_straight_curly_and_paragraphs() {
        let body = "Kata \"satu dua tiga\" lalu “empat lima” dan \"enam\ntujuh delapan,\"tandasnya. Jum’at ‘sembilan sepuluh’ ok";
        let got: Vec<&str> = find_spans(body).iter().map(|s| s.slice(body)).collect();
        assert_eq!(
            got,
            [
                "satu dua tiga",
                "empat lima",
                "enam\ntujuh delapan,",
                "sembilan sepuluh"
            ]
        );
    }

    #[test]
    fn an_unclosed_mark_does_not_swallow_the_article() {
        let mut body = String::from("Ia berkata \"tanpa penutup ");
        body.push_str(&"kata ".repeat(1000));
        assert!(find_spans(&body).is_empty());
    }
}
