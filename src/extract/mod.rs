//! Extraction: typed facts with evidence, from one cleaned article. Never RDF.
//!
//! One module per fact kind. They share a [`Context`]: the tokens, every lexicon hit
//! (found once), the quotation spans and the mentions found by earlier stages. Stages run
//! in a fixed order — dates, regions, organizations, places, laws, persons, positions,
//! quotations, events — each reading what the earlier ones found.

pub mod dates;
pub mod events;
pub mod laws;
pub mod orgs;
pub mod persons;
pub mod places;
pub mod positions;
pub mod quotes;
pub mod regions;

use crate::article::Span;
use crate::clean::{Document, Meta};
use crate::lexicon::{
    Cue, CuePat, EventKind, Hit, Lexicon, LexiconHits, OrgClass, OrgPat, RegionPat, WordClasses,
};
use crate::text::{TokKind, Tokens, is_all_caps, is_capitalized};
use std::collections::BTreeSet;
use std::ops::Range;

pub use dates::DateValue;

/// Everything found in one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub meta: Meta,
    /// Sentences as body spans; facts point at them by index.
    pub sentences: Vec<Span>,
    pub persons: Vec<Person>,
    pub orgs: Vec<Org>,
    /// Regions mentioned in the body, as indices into the gazetteer, with the forms used.
    pub regions: Vec<RegionRef>,
    pub places: Vec<Place>,
    pub posts: Vec<Post>,
    pub holdings: Vec<Holding>,
    pub laws: Vec<Law>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    /// Persons named in the byline (indices into `persons`).
    pub authors: Vec<usize>,
    pub editors: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Full name without honorifics, degrees or titles.
    pub name: String,
    /// Shorter forms used in the article ("Asmar").
    pub short_forms: BTreeSet<String>,
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    /// IRI slug.
    pub key: String,
    pub class: OrgClass,
    pub name: String,
    /// Other names: acronyms and forms as written in the article.
    pub alt_names: BTreeSet<String>,
    /// Region served (index into the gazetteer).
    pub region: Option<usize>,
    /// Parent organization key.
    pub parent: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionRef {
    pub region: usize,
    /// Forms as written, when they differ from the official name ("OKI").
    pub alt_names: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub name: String,
    pub region: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    /// The bare title with abbreviations expanded ("Penjabat Bupati").
    pub role: String,
    /// Readable label ("Penjabat Bupati Ogan Komering Ilir").
    pub label: String,
    /// Organization key (into `orgs`).
    pub org: Option<String>,
    pub region: Option<usize>,
}

impl Post {
    /// IRI slug: role and organization (or region).
    pub fn key(&self, lex: &Lexicon) -> String {
        let role = crate::text::slugify(&self.role);
        match (&self.org, self.region) {
            (Some(org), _) => format!("{role}--{org}"),
            (None, Some(r)) => format!("{role}--{}", lex.regions[r].key),
            (None, None) => role,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holding {
    pub person: usize,
    pub post: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Law {
    /// DocumentTypes concept local name ("UndangUndang").
    pub concept: String,
    /// Numbers as written, spaces trimmed; several for a joint decree.
    pub numbers: Vec<String>,
    pub year: Option<i32>,
    pub date: Option<DateValue>,
    pub title: Option<String>,
    /// Issuing organization keys (into `orgs`).
    pub issuers: Vec<String>,
    /// Region whose instrument it is (Perda, Perbup), for the key.
    pub region: Option<usize>,
    pub sentence: usize,
    /// Body span of the citation.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub kinds: BTreeSet<EventKind>,
    pub date: Option<DateValue>,
    pub location: Option<usize>,
    pub officiant: Option<usize>,
    pub organizer: Option<String>,
    pub participants: Option<u64>,
    /// Indices into `laws`.
    pub basis: Vec<usize>,
    pub in_org: Option<String>,
    pub about: Option<String>,
    /// Sentences that report it (first is the main one).
    pub sentences: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<usize>,
    /// Body span of the quoted words.
    pub span: Span,
    pub sentence: usize,
    /// Body span of the evidence: the quotation with its marks and its attribution.
    pub evidence: Span,
}

/// Shared state of one extraction.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub body: &'a str,
    pub toks: Tokens,
    pub lex: &'a Lexicon,
    /// Every cue hit (overlapping), by start token.
    pub cues: Vec<Hit<CuePat>>,
    /// Every region-pattern hit (overlapping), by start token.
    pub region_hits: Vec<Hit<RegionPat>>,
    /// Every institution-pattern hit (overlapping), by start token.
    pub org_hits: Vec<Hit<OrgPat>>,
    /// Per token `i`: the index in `cues` of the first hit starting at or after `i` (one
    /// more entry than tokens), so the hits starting at `i` are found without a search.
    cue_index: Vec<u32>,
    /// Quotation spans (body bytes of the quoted words).
    pub quote_spans: Vec<Span>,
    /// Per sentence: written in title case (a headline or caption).
    pub title_case: Vec<bool>,
    /// Per token: the word lists it is in, looked up once.
    classes: Vec<WordClasses>,
}

/// For sorted `starts` over `n` tokens: per token `i` (and `n`), how many starts are
/// below `i`.
fn first_at_or_after(starts: impl Iterator<Item = usize>, n: usize) -> Vec<u32> {
    let mut index = Vec::with_capacity(n + 1);
    let mut k = 0u32;
    let mut starts = starts.peekable();
    for i in 0..=n {
        while starts.next_if(|&s| s < i).is_some() {
            k += 1;
        }
        index.push(k);
    }
    index
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document, lex: &'a Lexicon) -> Context<'a> {
        let body = doc.body.as_str();
        let toks = Tokens::new(body, |w| {
            lex.is_abbreviation(w) || (w.len() == 1 && is_capitalized(w))
        });
        let LexiconHits {
            regions: region_hits,
            orgs: org_hits,
            cues,
        } = lex.find_hits(&toks, body);
        let cue_index = first_at_or_after(cues.iter().map(|h| h.tokens.start), toks.tokens.len());
        let quote_spans = quotes::find_spans(body);
        let title_case = toks
            .sentences
            .iter()
            .map(|r| is_title_case(body, &toks, r.clone()))
            .collect();
        let classes = toks
            .tokens
            .iter()
            .map(|t| lex.classes(t.span.slice(body)))
            .collect();
        Context {
            doc,
            body,
            toks,
            lex,
            cues,
            region_hits,
            org_hits,
            cue_index,
            quote_spans,
            title_case,
            classes,
        }
    }

    /// The word lists, stopwords, speech verbs and numerals token `i` is in (none past
    /// the end).
    pub fn classes(&self, i: usize) -> WordClasses {
        self.classes.get(i).copied().unwrap_or_default()
    }

    /// The honorific token `i` is ("Dr", "Hj", "dr"), as `Lexicon::honorific` of the word;
    /// most tokens are answered by their word classes, without a lookup.
    pub fn honorific(&self, i: usize) -> Option<&'a str> {
        let w = self.word(i);
        if !self.classes(i).is_honorific() && w.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        self.lex.honorific(w)
    }

    /// Whether token `i` is a speech verb, bare or with "-nya" ("kata", "tegasnya").
    pub fn is_speech_word(&self, i: usize) -> bool {
        self.classes(i).is_speech_verb() || self.lex.is_speech_enclitic(self.word(i))
    }

    /// Whether token `i` is in word list `cue` (`Lexicon::is_word` of the token).
    pub fn in_list(&self, cue: Cue, i: usize) -> bool {
        self.classes(i).has(cue)
    }

    pub fn word(&self, i: usize) -> &'a str {
        if i >= self.toks.len() {
            return "";
        }
        self.toks.tokens[i].span.slice(self.body)
    }

    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.word(i) == p
    }

    /// Whether token `i` is a dash of any width ("-", "–", "—"): "Rahmat Sangaji – Kepala Dinas".
    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Punct) && matches!(self.word(i), "-" | "–" | "—")
    }

    /// Whether tokens `i` and `i + 1` touch (no space between).
    pub fn touching(&self, i: usize) -> bool {
        i + 1 < self.toks.len()
            && self.toks.tokens[i].span.end == self.toks.tokens[i + 1].span.start
    }

    pub fn text(&self, r: Range<usize>) -> &'a str {
        self.toks.span(r).slice(self.body)
    }

    pub fn sentence_of(&self, i: usize) -> usize {
        self.toks.sentence_of(i)
    }

    pub fn sentence_range(&self, s: usize) -> Range<usize> {
        self.toks.sentences.get(s).cloned().unwrap_or(0..0)
    }

    /// Cue hits starting at token `i`.
    pub fn cues_at(&self, i: usize) -> impl Iterator<Item = &Hit<CuePat>> {
        let at = |i: usize| {
            self.cue_index
                .get(i)
                .map_or(self.cues.len(), |&a| a as usize)
        };
        self.cues[at(i)..at(i + 1)].iter()
    }

    /// The longest hit of cue class `cue` starting at `i`, as its end token.
    pub fn cue_end(&self, i: usize, cue: Cue) -> Option<usize> {
        self.cues_at(i)
            .filter(|h| h.pat == CuePat::Cue(cue))
            .map(|h| h.tokens.end)
            .max()
    }

    pub fn has_cue(&self, i: usize, cue: Cue) -> bool {
        self.cue_end(i, cue).is_some()
    }

    /// A cue of class `cue` that ends exactly at `end` (looking back at most 4 tokens).
    pub fn cue_ending_at(&self, end: usize, cue: Cue) -> Option<usize> {
        (end.saturating_sub(4)..end).find(|&s| {
            self.cues_at(s)
                .any(|h| h.pat == CuePat::Cue(cue) && h.tokens.end == end)
        })
    }

    pub fn in_quote(&self, i: usize) -> bool {
        let Some(t) = self.toks.tokens.get(i) else {
            return false;
        };
        let at = t.span.start;
        let k = self.quote_spans.partition_point(|s| s.end <= at);
        self.quote_spans
            .get(k)
            .is_some_and(|s| s.start <= at && at < s.end)
    }

    pub fn is_title_sentence(&self, s: usize) -> bool {
        self.title_case.get(s).copied().unwrap_or(false)
    }

    pub fn is_capitalized_word(&self, i: usize) -> bool {
        self.is_word(i) && is_capitalized(self.word(i))
    }

    pub fn is_upper_word(&self, i: usize) -> bool {
        self.is_word(i) && is_all_caps(self.word(i))
    }

    /// Whether a title (a positions.tsv surface) starts at token `i`.
    pub fn title_at(&self, i: usize) -> bool {
        self.cues_at(i).any(|h| matches!(h.pat, CuePat::Role(_)))
    }

    /// `i`, or the token after it when it is "oleh" (the agent after a passive verb).
    pub fn past_oleh(&self, i: usize) -> usize {
        if self.word(i) == "oleh" { i + 1 } else { i }
    }
}

/// A sentence is title case (a headline or a caption label) when it is a whole line
/// without a final period and nearly every content word is capitalised. Ordinary
/// sentences full of names ("Bupati Lombok Tengah, H. Lalu ...") end with a period.
fn is_title_case(body: &str, toks: &Tokens, r: Range<usize>) -> bool {
    let whole_line = (r.start == 0 || toks.tokens[r.start - 1].kind == TokKind::Newline)
        && toks
            .tokens
            .get(r.end)
            .is_none_or(|t| t.kind == TokKind::Newline);
    let last = toks.tokens[r.end - 1].span.slice(body);
    let first = toks.tokens[r.start].span.slice(body);
    // A list item ("- Abdul Rahim, Kepala Dinas ...;") is not a headline.
    let list_item =
        matches!(first, "-" | "•" | "*" | "–") || toks.tokens[r.start].kind == TokKind::Number;
    // A headline may ask ("..., Berikut Nama-namanya?").
    if !whole_line || list_item || matches!(last, "." | "!" | "\"" | "”" | ":" | ";" | ",") {
        return false;
    }
    let mut words = 0;
    let mut caps = 0;
    for t in &toks.tokens[r] {
        if t.kind != TokKind::Word {
            continue;
        }
        let w = t.span.slice(body);
        if w.chars().count() < 3
            || matches!(
                w,
                "dan"
                    | "di"
                    | "ke"
                    | "dari"
                    | "yang"
                    | "untuk"
                    | "pada"
                    | "dengan"
                    | "dalam"
                    | "atau"
                    | "serta"
                    | "oleh"
                    | "bagi"
                    | "jadi"
                    | "jelang"
                    | "soal"
            )
        {
            continue;
        }
        words += 1;
        if is_capitalized(w) {
            caps += 1;
        }
    }
    words >= 3 && caps * 5 >= words * 4
}

/// Runs every extractor over one cleaned article.
pub fn extract(doc: &Document, lex: &Lexicon) -> Extraction {
    let ctx = Context::new(doc, lex);
    let dates = dates::find(&ctx);
    let regions = regions::find(&ctx);
    let mut orgs = orgs::find(&ctx, &regions);
    let places = places::find(&ctx, &regions, &orgs);
    let laws = laws::find(&ctx, &orgs, &dates, &regions);
    for o in &laws.implied_orgs {
        orgs.ensure(o.clone());
    }
    let mut names = persons::collect(&ctx, &orgs, &regions, &laws);
    let phrases = positions::find(&ctx, &orgs, &regions, &laws, &places);
    let place_names = positions::places_after_titles(&ctx, &phrases);
    names.retain(|n| !place_names.contains(ctx.text(n.name_tokens.clone())));
    names.extend(
        phrases
            .iter()
            .flat_map(|p| {
                p.holder
                    .iter()
                    .chain(&p.former)
                    .chain(p.successor.iter().map(|(name, _)| name))
            })
            .cloned(),
    );
    persons::complete_one_word_names(&ctx, &orgs, &regions, &mut names);
    let persons = persons::resolve(&ctx, names);
    let positions = positions::finish(&ctx, &mut orgs, &regions, phrases, &persons);
    let quotes = quotes::attribute(&ctx, &persons, &positions);
    let events = events::find(
        &ctx,
        &events::Inputs {
            dates: &dates,
            orgs: &orgs,
            places: &places,
            laws: &laws,
            persons: &persons,
            positions: &positions,
            quotes: &quotes,
        },
    );
    assemble(
        &ctx, regions, orgs, places, laws, persons, positions, quotes, events,
    )
}

#[allow(clippy::too_many_arguments)]
fn assemble(
    ctx: &Context,
    regions: regions::Regions,
    orgs: orgs::Orgs,
    places: places::Places,
    laws: laws::Laws,
    persons: persons::Persons,
    positions: positions::Positions,
    quotes: quotes::Quotes,
    events: Vec<Event>,
) -> Extraction {
    let mut out = Extraction {
        meta: ctx.doc.meta.clone(),
        sentences: ctx
            .toks
            .sentences
            .iter()
            .map(|r| ctx.toks.span(r.clone()))
            .collect(),
        ..Extraction::default()
    };
    out.persons = persons.people.clone();
    out.authors = persons.authors.clone();
    out.editors = persons.editors.clone();
    out.regions = regions.mentioned(ctx);
    out.orgs = orgs.entities();
    out.places = places.places;
    out.laws = laws.laws;
    out.posts = positions.posts;
    out.holdings = positions.holdings;
    out.quotes = quotes.quotes;
    out.events = events;
    out
}

/// The items of `sorted` (sorted by `start`) that start at token `i`, found by binary
/// search: lookups per token stay logarithmic however many mentions an article has.
pub fn starting_at<T>(sorted: &[T], i: usize, start: impl Fn(&T) -> usize) -> &[T] {
    &sorted[starting_range(sorted, i, start)]
}

/// The indices of the items [`starting_at`] returns.
pub fn starting_range<T>(
    sorted: &[T],
    i: usize,
    start: impl Fn(&T) -> usize,
) -> std::ops::Range<usize> {
    starting_between(sorted, i, i, start)
}

/// The indices of the items of `sorted` (sorted by `start`) that start at a token in
/// `lo..=hi`.
fn starting_between<T>(
    sorted: &[T],
    lo: usize,
    hi: usize,
    start: impl Fn(&T) -> usize,
) -> std::ops::Range<usize> {
    let a = sorted.partition_point(|x| start(x) < lo);
    let b = a + sorted[a..].partition_point(|x| start(x) <= hi);
    a..b
}

/// The items of `sorted` (sorted by `start`) that start at a token in `within` (a
/// sentence's tokens, say).
pub fn starting_within<T>(sorted: &[T], within: Range<usize>, start: impl Fn(&T) -> usize) -> &[T] {
    &sorted[within_range(sorted, within, start)]
}

/// The indices of the items [`starting_within`] returns.
pub fn within_range<T>(
    sorted: &[T],
    within: Range<usize>,
    start: impl Fn(&T) -> usize,
) -> Range<usize> {
    if within.is_empty() {
        return 0..0;
    }
    starting_between(sorted, within.start, within.end - 1, start)
}

/// Longest span, in tokens, of a mention that [`near`] finds (names and titles are far
/// shorter).
const MAX_MENTION_TOKENS: usize = 64;

/// The items of `sorted` (sorted by `start`) that start within [`MAX_MENTION_TOKENS`]
/// tokens before `i` or at `i`: every mention that can cover token `i`, in their order.
pub fn near<T>(sorted: &[T], i: usize, start: impl Fn(&T) -> usize) -> &[T] {
    &sorted[near_range(sorted, i, start)]
}

/// The indices of the items [`near`] returns.
pub fn near_range<T>(
    sorted: &[T],
    i: usize,
    start: impl Fn(&T) -> usize,
) -> std::ops::Range<usize> {
    starting_between(sorted, i.saturating_sub(MAX_MENTION_TOKENS), i, start)
}
