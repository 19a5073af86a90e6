//! Lexicons: the data files under `ontology/`, compiled into matchers.
//!
//! The files are built into the binary; `--lexicon DIR` adds the entries of same-named
//! files in DIR (so users extend the lexicons without recompiling). Every pattern is
//! normalised like the body ([`crate::text::normalize_pattern`]) and found with one
//! Aho-Corasick automaton per family, each hit then checked against its case rule.

use crate::text::{TokKind, Tokens, is_all_caps, is_capitalized, normalize_pattern, slugify};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use regex::RegexSet;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The lexicon files, by name, with their built-in contents.
pub const FILES: &[(&str, &str)] = &[
    ("regions.tsv", include_str!("../ontology/regions.tsv")),
    (
        "organizations.tsv",
        include_str!("../ontology/organizations.tsv"),
    ),
    ("government.tsv", include_str!("../ontology/government.tsv")),
    ("positions.tsv", include_str!("../ontology/positions.tsv")),
    (
        "person-words.tsv",
        include_str!("../ontology/person-words.tsv"),
    ),
    ("stopwords.txt", include_str!("../ontology/stopwords.txt")),
    ("events.tsv", include_str!("../ontology/events.tsv")),
    (
        "speech-verbs.txt",
        include_str!("../ontology/speech-verbs.txt"),
    ),
    ("places.txt", include_str!("../ontology/places.txt")),
    ("chrome.txt", include_str!("../ontology/chrome.txt")),
    ("publishers.tsv", include_str!("../ontology/publishers.tsv")),
    (
        "document-types.tsv",
        include_str!("../ontology/document-types.tsv"),
    ),
    ("cues.tsv", include_str!("../ontology/cues.tsv")),
    ("numerals.tsv", include_str!("../ontology/numerals.tsv")),
];

/// A problem in a lexicon file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// A number word: a value, "belas" (adds ten), or a multiplier ("puluh", "ratus").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numeral {
    Unit(u64),
    Teen,
    Times(u64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegionKind {
    Provinsi,
    Kabupaten,
    Kota,
    KotaAdministrasi,
    KabupatenAdministrasi,
}

impl RegionKind {
    pub fn label(self) -> &'static str {
        match self {
            RegionKind::Provinsi => "Provinsi",
            RegionKind::Kabupaten => "Kabupaten",
            RegionKind::Kota => "Kota",
            RegionKind::KotaAdministrasi => "Kota Administrasi",
            RegionKind::KabupatenAdministrasi => "Kabupaten Administrasi",
        }
    }
    /// The kind named by its label ("Kabupaten"), if `s` is one.
    pub fn parse(s: &str) -> Option<RegionKind> {
        Some(match s {
            "Provinsi" => RegionKind::Provinsi,
            "Kabupaten" => RegionKind::Kabupaten,
            "Kota" => RegionKind::Kota,
            "Kota Administrasi" => RegionKind::KotaAdministrasi,
            "Kabupaten Administrasi" => RegionKind::KabupatenAdministrasi,
            _ => return None,
        })
    }
    /// Whether a kind word or role that implies `wanted` fits this region.
    pub fn fits(self, wanted: RegionKind) -> bool {
        self == wanted
            || matches!(
                (wanted, self),
                (RegionKind::Kota, RegionKind::KotaAdministrasi)
                    | (RegionKind::Kabupaten, RegionKind::KabupatenAdministrasi)
            )
    }
}

#[derive(Debug, Clone)]
pub struct Region {
    pub kind: RegionKind,
    pub name: String,
    pub province: Option<usize>,
    pub aliases: Vec<String>,
    /// The bare name is an ordinary word: only taken with a kind word or in context.
    pub ambiguous: bool,
    /// IRI slug: `kabupaten-ogan-komering-ilir`.
    pub key: String,
}

impl Region {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.kind.label(), self.name)
    }

    /// The name of `body` in this region: `body` then the region's full name, its kind word
    /// said once ("Sekretariat Provinsi" in Kalimantan Utara: "Sekretariat Provinsi
    /// Kalimantan Utara").
    pub fn qualify(&self, body: &str) -> String {
        match body.strip_suffix(self.kind.label()) {
            Some(rest) if rest.ends_with(' ') => format!("{body} {}", self.name),
            _ => format!("{body} {}", self.full_name()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrgClass {
    Government,
    Other,
}

#[derive(Debug, Clone)]
pub struct OrgEntry {
    pub key: String,
    /// One body per region (BKPP, Dinas Pendidikan) rather than one for the country.
    pub regional: bool,
    /// A regional body that exists only once per province (Kejaksaan Tinggi, Polda).
    pub provincial: bool,
    pub class: OrgClass,
    pub name: String,
    pub aliases: Vec<String>,
    pub leader_titles: Vec<String>,
    pub parent: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Takes {
    Region(Option<RegionKind>),
    Org,
    Country,
    Modifier,
}

#[derive(Debug, Clone)]
pub struct RoleEntry {
    pub surface: String,
    pub role: String,
    pub takes: Takes,
    /// For `org:KEY`: the regional body (organizations.tsv key) the post is in when no
    /// body follows the title ("Asisten Pemerintahan" is in the region's Setda).
    pub default_body: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    Inauguration,
    Transfer,
    Rotation,
    Promotion,
    Demotion,
    Selection,
    Socialization,
    CoordinationMeeting,
    Sanction,
}

impl EventKind {
    pub const ALL: [EventKind; 9] = [
        EventKind::Inauguration,
        EventKind::Transfer,
        EventKind::Rotation,
        EventKind::Promotion,
        EventKind::Demotion,
        EventKind::Selection,
        EventKind::Socialization,
        EventKind::CoordinationMeeting,
        EventKind::Sanction,
    ];
    pub fn class_name(self) -> &'static str {
        match self {
            EventKind::Inauguration => "Inauguration",
            EventKind::Transfer => "Transfer",
            EventKind::Rotation => "Rotation",
            EventKind::Promotion => "Promotion",
            EventKind::Demotion => "Demotion",
            EventKind::Selection => "Selection",
            EventKind::Socialization => "Socialization",
            EventKind::CoordinationMeeting => "CoordinationMeeting",
            EventKind::Sanction => "Sanction",
        }
    }
    fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.class_name() == s)
    }
    /// Events of one family describe one happening when an article reports them together
    /// (a pelantikan after a rotation is one ceremony).
    pub fn family(self) -> u8 {
        match self {
            EventKind::Inauguration
            | EventKind::Transfer
            | EventKind::Rotation
            | EventKind::Promotion
            | EventKind::Demotion => 0,
            EventKind::Selection => 1,
            EventKind::Socialization => 2,
            EventKind::CoordinationMeeting => 3,
            EventKind::Sanction => 4,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerForm {
    Noun,
    Verb,
    Act,
    PassiveAct,
    Opener,
    PassiveOpener,
}

#[derive(Debug, Clone)]
pub struct TriggerEntry {
    pub kind: EventKind,
    pub form: TriggerForm,
}

#[derive(Debug, Clone)]
pub struct DocType {
    pub surface: String,
    pub concept: String,
    pub issuer: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cue {
    Negation,
    Hypothetical,
    Anchor,
    AnchorNear,
    Deictic,
    Background,
    Basis,
    Organizer,
    PassiveOrganizer,
    CountLead,
    CountNoun,
    CountTail,
    NumberedUnit,
    StaffOf,
    PlaceLead,
    Pronoun,
    PersonLead,
    LawDate,
    OtherDate,
    LawTitle,
    TitleStop,
    NumberWord,
    Topic,
    Opener,
    PassiveOpener,
    Abbreviation,
    Acronym,
    OwnNameHead,
    // Word lists (looked up by word, not matched in text):
    OrgHead,
    GenericOrgHead,
    RegionalOrgHead,
    CivilOrgHead,
    LowerPlace,
    UnitStop,
    HolderLink,
    HolderBy,
    HolderTo,
    CallName,
    CallNameAfter,
    AnonymousSource,
    DocumentSource,
    PastMarker,
    ObjectMarker,
    GenericMarker,
    Adverb,
    IssuerLink,
    Plan,
    PersonnelTitle,
    FoundingTitle,
    NameParticle,
    NameAbbrev,
    NameFirst,
    RankMarker,
    ShortFormPrefix,
    HeadShortPrefix,
    UnitWord,
    DivisionAfterBody,
    TimeWord,
    TimeClause,
    QuestionClause,
    PostJoiner,
    MainClause,
    Manner,
    Partitive,
    LocalWord,
    Modal,
    SentenceConjunction,
    FormerAfter,
    NewAfter,
    MoveVerb,
    FormerBefore,
    FutureAfter,
    Request,
    HeadedByKepala,
    PlaceTitle,
    PlacePrefix,
    PlaceSuffix,
    Future,
    ReplacedBy,
    Replacing,
    LeftBy,
    OtherObject,
    Removal,
    /// From speech-verbs.txt.
    Speech,
    /// From places.txt.
    PlaceHead,
}

impl Cue {
    /// Classes that are word lists: looked up by word, never matched in the text.
    fn is_word_list(self) -> bool {
        matches!(
            self,
            Cue::OrgHead
                | Cue::GenericOrgHead
                | Cue::RegionalOrgHead
                | Cue::CivilOrgHead
                | Cue::LowerPlace
                | Cue::UnitStop
                | Cue::HolderLink
                | Cue::HolderBy
                | Cue::HolderTo
                | Cue::CallName
                | Cue::CallNameAfter
                | Cue::AnonymousSource
                | Cue::DocumentSource
                | Cue::PastMarker
                | Cue::ObjectMarker
                | Cue::GenericMarker
                | Cue::Adverb
                | Cue::IssuerLink
                | Cue::Plan
                | Cue::PersonnelTitle
                | Cue::FoundingTitle
                | Cue::NameParticle
                | Cue::NameAbbrev
                | Cue::NameFirst
                | Cue::RankMarker
                | Cue::ShortFormPrefix
                | Cue::HeadShortPrefix
                | Cue::UnitWord
                | Cue::DivisionAfterBody
                | Cue::TimeClause
                | Cue::QuestionClause
                | Cue::PostJoiner
                | Cue::MainClause
                | Cue::Manner
                | Cue::Partitive
                | Cue::LocalWord
                | Cue::Modal
                | Cue::SentenceConjunction
                | Cue::FormerAfter
                | Cue::NewAfter
                | Cue::MoveVerb
                | Cue::FormerBefore
                | Cue::FutureAfter
                | Cue::Request
                | Cue::HeadedByKepala
                | Cue::PlaceTitle
                | Cue::PlacePrefix
                | Cue::PlaceSuffix
                | Cue::ReplacedBy
                | Cue::Replacing
                | Cue::LeftBy
                | Cue::OtherObject
                | Cue::Removal
        )
    }
    /// Word lists whose case matters ("I" is a name prefix, "i" is not).
    fn case_sensitive(self) -> bool {
        matches!(
            self,
            Cue::OrgHead
                | Cue::GenericOrgHead
                | Cue::RegionalOrgHead
                | Cue::CivilOrgHead
                | Cue::NameAbbrev
                | Cue::NameFirst
        )
    }
    fn parse(s: &str) -> Option<Cue> {
        Some(match s {
            "negation" => Cue::Negation,
            "hypothetical" => Cue::Hypothetical,
            "anchor" => Cue::Anchor,
            "anchor-near" => Cue::AnchorNear,
            "deictic" => Cue::Deictic,
            "background" => Cue::Background,
            "basis" => Cue::Basis,
            "organizer" => Cue::Organizer,
            "passive-organizer" => Cue::PassiveOrganizer,
            "count-lead" => Cue::CountLead,
            "count-noun" => Cue::CountNoun,
            "count-tail" => Cue::CountTail,
            "numbered-unit" => Cue::NumberedUnit,
            "staff-of" => Cue::StaffOf,
            "place-lead" => Cue::PlaceLead,
            "pronoun" => Cue::Pronoun,
            "person-lead" => Cue::PersonLead,
            "law-date" => Cue::LawDate,
            "other-date" => Cue::OtherDate,
            "law-title" => Cue::LawTitle,
            "title-stop" => Cue::TitleStop,
            "number-word" => Cue::NumberWord,
            "topic" => Cue::Topic,
            "opener" => Cue::Opener,
            "passive-opener" => Cue::PassiveOpener,
            "abbreviation" => Cue::Abbreviation,
            "acronym" => Cue::Acronym,
            "own-name-head" => Cue::OwnNameHead,
            "org-head" => Cue::OrgHead,
            "generic-org-head" => Cue::GenericOrgHead,
            "regional-org-head" => Cue::RegionalOrgHead,
            "civil-org-head" => Cue::CivilOrgHead,
            "lower-place" => Cue::LowerPlace,
            "unit-stop" => Cue::UnitStop,
            "holder-link" => Cue::HolderLink,
            "holder-by" => Cue::HolderBy,
            "holder-to" => Cue::HolderTo,
            "call-name" => Cue::CallName,
            "call-name-after" => Cue::CallNameAfter,
            "anonymous-source" => Cue::AnonymousSource,
            "document-source" => Cue::DocumentSource,
            "past-marker" => Cue::PastMarker,
            "unit-word" => Cue::UnitWord,
            "division-after-body" => Cue::DivisionAfterBody,
            "time-word" => Cue::TimeWord,
            "time-clause" => Cue::TimeClause,
            "question-clause" => Cue::QuestionClause,
            "post-joiner" => Cue::PostJoiner,
            "main-clause" => Cue::MainClause,
            "manner" => Cue::Manner,
            "partitive" => Cue::Partitive,
            "local-word" => Cue::LocalWord,
            "modal" => Cue::Modal,
            "object-marker" => Cue::ObjectMarker,
            "generic-marker" => Cue::GenericMarker,
            "adverb" => Cue::Adverb,
            "issuer-link" => Cue::IssuerLink,
            "plan" => Cue::Plan,
            "personnel-title" => Cue::PersonnelTitle,
            "founding-title" => Cue::FoundingTitle,
            "name-particle" => Cue::NameParticle,
            "name-abbrev" => Cue::NameAbbrev,
            "name-first" => Cue::NameFirst,
            "rank-marker" => Cue::RankMarker,
            "short-form-prefix" => Cue::ShortFormPrefix,
            "head-short-prefix" => Cue::HeadShortPrefix,
            "sentence-conjunction" => Cue::SentenceConjunction,
            "former-after" => Cue::FormerAfter,
            "new-after" => Cue::NewAfter,
            "move-verb" => Cue::MoveVerb,
            "former-before" => Cue::FormerBefore,
            "future-after" => Cue::FutureAfter,
            "request" => Cue::Request,
            "headed-by-kepala" => Cue::HeadedByKepala,
            "place-title" => Cue::PlaceTitle,
            "place-prefix" => Cue::PlacePrefix,
            "place-suffix" => Cue::PlaceSuffix,
            "future" => Cue::Future,
            "replaced-by" => Cue::ReplacedBy,
            "replacing" => Cue::Replacing,
            "left-by" => Cue::LeftBy,
            "other-object" => Cue::OtherObject,
            "removal" => Cue::Removal,
            _ => return None,
        })
    }
}

/// How the text of a hit must be written for the hit to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case.
    Any,
    /// Starts with a capital (or is all capitals).
    Capitalized,
    /// All capitals, as the acronym is written (BKN, OKI, UU).
    Upper,
    /// Exactly as the pattern, or all capitals (Muba, MUBA).
    ExactOrUpper,
}

/// What one matcher pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionPat {
    Name(usize),
    /// A kind word ("Kabupaten", "Kab.", "Kota").
    Kind(RegionKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgPat {
    /// Name or alias of organization `usize`.
    Name(usize),
    /// Title of its head ("Menteri Dalam Negeri").
    Leader(usize),
    /// A government prefix ("Pemkab") implying a region kind (None: any).
    Government(Option<RegionKind>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CuePat {
    Trigger(usize),
    DocType(usize),
    Cue(Cue),
    Role(usize),
}

/// What a pattern of the combined automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AnyPat {
    Region(RegionPat),
    Org(OrgPat),
    Cue(CuePat),
}

/// The hits of one scan of a text, split by kind, each in the order of [`Matcher::find`].
#[derive(Debug, Default)]
pub struct LexiconHits {
    pub regions: Vec<Hit<RegionPat>>,
    pub orgs: Vec<Hit<OrgPat>>,
    pub cues: Vec<Hit<CuePat>>,
}

/// One hit: the tokens it covers and what it may stand for.
#[derive(Debug, Clone)]
pub struct Hit<P> {
    pub tokens: Range<usize>,
    pub pat: P,
}

/// An Aho-Corasick automaton over normalised patterns, with payloads and case rules.
pub struct Matcher<P> {
    ac: Option<AhoCorasick>,
    /// For each automaton pattern: (payload, case rule, original surface).
    entries: Vec<Vec<(P, CaseRule, String)>>,
}

impl<P: Copy> Matcher<P> {
    fn build(patterns: Vec<(String, P, CaseRule)>) -> Matcher<P> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut entries: Vec<Vec<(P, CaseRule, String)>> = Vec::new();
        for (surface, pat, rule) in patterns {
            let norm = normalize_pattern(&surface);
            if norm.is_empty() {
                continue;
            }
            let i = *index.entry(norm.clone()).or_insert_with(|| {
                keys.push(norm);
                entries.push(Vec::new());
                keys.len() - 1
            });
            entries[i].push((pat, rule, surface));
        }
        let ac = if keys.is_empty() {
            None
        } else {
            // A full DFA: a few MB for thousands of patterns, and the fastest scan.
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&keys)
                .ok()
        };
        Matcher { ac, entries }
    }

    /// Every hit in the body (overlapping hits included), in order of start then length
    /// (longest first), keeping only hits on token boundaries whose case fits.
    pub fn find(&self, tokens: &Tokens, body: &str) -> Vec<Hit<P>> {
        let mut out = Vec::new();
        let Some(ac) = &self.ac else { return out };
        let norm = tokens.norm.as_bytes();
        for m in ac.find_overlapping_iter(&tokens.norm) {
            let (s, e) = (m.start(), m.end());
            // Token boundaries in the match string: preceded and followed by a separator.
            if s > 0 && norm[s - 1] != b' ' {
                continue;
            }
            if e < norm.len() && norm[e] != b' ' {
                continue;
            }
            let Some(range) = tokens.norm_range_to_tokens(s, e) else {
                continue;
            };
            let text = tokens.span(range.clone()).slice(body);
            for (pat, rule, surface) in &self.entries[m.pattern().as_usize()] {
                // "PAN" in "(PAN-RB)" is part of another acronym.
                let acronym = matches!(rule, CaseRule::Upper | CaseRule::ExactOrUpper);
                if case_fits(*rule, text, surface)
                    && !(acronym && in_hyphen_compound(tokens, body, &range))
                {
                    out.push(Hit {
                        tokens: range.clone(),
                        pat: *pat,
                    });
                }
            }
        }
        out.sort_by_key(|h| (h.tokens.start, std::cmp::Reverse(h.tokens.end)));
        out
    }
}

/// Whether the tokens `range` are joined by a hyphen, without spaces, to a capitalised
/// word on either side ("PAN" in "PAN-RB", "RB" in "KemenPAN-RB").
fn in_hyphen_compound(tokens: &Tokens, body: &str, range: &Range<usize>) -> bool {
    let t = &tokens.tokens;
    let joined = |a: usize, b: usize| t[a].span.end == t[b].span.start;
    let hyphen = |k: usize| t[k].kind == TokKind::Punct && t[k].span.slice(body) == "-";
    let capital_word =
        |k: usize| t[k].kind == TokKind::Word && is_capitalized(t[k].span.slice(body));
    let (s, e) = (range.start, range.end);
    let after = e + 1 < t.len() && hyphen(e) && joined(e - 1, e) && joined(e, e + 1);
    let before = s >= 2 && hyphen(s - 1) && joined(s - 2, s - 1) && joined(s - 1, s);
    (after && capital_word(e + 1)) || (before && capital_word(s - 2))
}

fn case_fits(rule: CaseRule, text: &str, surface: &str) -> bool {
    match rule {
        CaseRule::Any => true,
        CaseRule::Capitalized => {
            // Every word that is capitalised in the pattern is capitalised in the text.
            let tw = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let pw = surface
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            tw.zip(pw)
                .all(|(t, p)| !is_capitalized(p) || is_capitalized(t))
        }
        CaseRule::Upper => is_all_caps(text),
        CaseRule::ExactOrUpper => {
            let strip = |s: &str| {
                s.chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect::<String>()
            };
            strip(text) == strip(surface) || is_all_caps(text)
        }
    }
}

/// The case rule for an acronym-like or name-like surface.
fn name_rule(surface: &str) -> CaseRule {
    let words: Vec<&str> = surface.split_whitespace().collect();
    let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if words.len() == 1 {
        if upper == letters.len() && !letters.is_empty() {
            return CaseRule::Upper;
        }
        if upper > 1 {
            // Mixed-case acronym (KemenPAN-RB, BKPSDMD): long ones are safe in any case.
            return if letters.len() >= 6 {
                CaseRule::Any
            } else {
                CaseRule::ExactOrUpper
            };
        }
        if letters.len() >= 6 {
            return CaseRule::Any;
        }
        return CaseRule::ExactOrUpper;
    }
    if words.iter().any(|w| {
        let l: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        l.len() >= 2 && l.iter().all(|c| c.is_uppercase())
    }) {
        // "Dinas PUPR", "Satpol PP": the acronym part must be in capitals.
        return CaseRule::Capitalized;
    }
    CaseRule::Any
}

/// All lexicons, compiled.
pub struct Lexicon {
    pub regions: Vec<Region>,
    pub orgs: Vec<OrgEntry>,
    pub org_index: HashMap<String, usize>,
    /// Names and aliases of organizations, ASCII-lowercased: [`Lexicon::org_named`].
    org_names: HashMap<String, usize>,
    /// Each expanded role ("Kepala Desa", "Bupati") to what its first entry takes.
    role_takes: HashMap<String, Takes>,
    pub roles: Vec<RoleEntry>,
    pub triggers: Vec<TriggerEntry>,
    pub doc_types: Vec<DocType>,
    honorifics: HashMap<String, String>,
    /// Honorifics of two words that are one only together ("Irjen Pol"): by the first
    /// word, lowercased, the second (lowercased) and the canonical form.
    honorific_pairs: HashMap<String, Vec<(String, String)>>,
    degrees: HashMap<String, String>,
    /// First names writers shorten or leave out ("M", "Muhammad"), as [`word_key`]s.
    omissible_first_names: HashSet<String>,
    /// Call names the lexicon knows, by `word_key`, with the full name ("Jokowi").
    known_call_names: HashMap<String, String>,
    stopwords: HashSet<String>,
    speech_bare: HashSet<String>,
    abbreviations: HashSet<String>,
    /// Words written in capitals by convention (BKN, OKI, ASN).
    acronyms: HashSet<String>,
    /// Role words, lowercase (kepala, bupati, sekda).
    role_words: HashSet<String>,
    /// Normalised names, full names and aliases of regions.
    region_names: HashMap<String, Vec<usize>>,
    word_lists: HashMap<Cue, HashSet<String>>,
    /// Lowercased words → their classes in the case-insensitive lists (and stopwords,
    /// speech verbs, numerals); exact words → their classes in the case-sensitive lists.
    classes_folded: HashMap<String, WordClasses>,
    classes_exact: HashMap<String, WordClasses>,
    numerals: HashMap<String, Numeral>,
    chrome: RegexSet,
    publishers: HashMap<String, String>,
    /// Region, institution and cue patterns in one automaton: one scan per text.
    matcher: Matcher<AnyPat>,
}

impl fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lexicon")
            .field("regions", &self.regions.len())
            .field("orgs", &self.orgs.len())
            .field("roles", &self.roles.len())
            .finish_non_exhaustive()
    }
}

struct Rows<'a> {
    file: &'a str,
    rows: Vec<(usize, Vec<&'a str>)>,
}

/// Parses a TSV (with header) or a one-column list; `#` lines and blank lines are skipped.
fn rows<'a>(file: &'a str, text: &'a str, columns: usize) -> Result<Rows<'a>, LexiconError> {
    let mut out = Vec::new();
    let mut header_seen = columns == 1;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !header_seen {
            header_seen = true;
            continue;
        }
        let mut cols: Vec<&str> = if columns == 1 {
            vec![line.trim()]
        } else {
            line.split('\t').map(str::trim).collect()
        };
        if cols.len() > columns {
            return Err(LexiconError {
                file: file.into(),
                line: i + 1,
                message: format!(
                    "expected at most {columns} tab-separated columns, found {}",
                    cols.len()
                ),
            });
        }
        cols.resize(columns, "");
        out.push((i + 1, cols));
    }
    Ok(Rows { file, rows: out })
}

impl Rows<'_> {
    fn error(&self, line: usize, message: impl Into<String>) -> LexiconError {
        LexiconError {
            file: self.file.into(),
            line,
            message: message.into(),
        }
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(String::from)
        .collect()
}

/// Letters and digits only, case kept (prefixed so it never equals a folded key).
fn exact_key(s: &str) -> String {
    std::iter::once('=')
        .chain(s.chars().filter(|c| c.is_alphanumeric()))
        .collect()
}

/// Looks `word` up by its exact key, then its folded key, without allocating (keys are
/// short; longer words are never honorifics or degrees).
fn lookup_key<'a>(map: &'a HashMap<String, String>, word: &str) -> Option<&'a str> {
    const MAX: usize = 24;
    let mut exact = [0u8; MAX + 1];
    let mut folded = [0u8; MAX];
    exact[0] = b'=';
    let mut n = 0;
    for c in word.chars().filter(|c| c.is_alphanumeric()) {
        if !c.is_ascii() || n == MAX {
            // Non-ASCII or long: the allocating path.
            return map
                .get(&exact_key(word))
                .or_else(|| map.get(&word_key(word)))
                .map(String::as_str);
        }
        exact[n + 1] = c as u8;
        folded[n] = c.to_ascii_lowercase() as u8;
        n += 1;
    }
    let exact = std::str::from_utf8(&exact[..n + 1]).ok()?;
    let folded = std::str::from_utf8(&folded[..n]).ok()?;
    map.get(exact)
        .or_else(|| map.get(folded))
        .map(String::as_str)
}

/// Calls `f` with `word` lowercased, without allocating for short ASCII words (the
/// lookups below run for most tokens of every article).
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 32;
    // Most words are written in lowercase already: no copy at all.
    if !word
        .bytes()
        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
    {
        return f(word);
    }
    if word.len() <= MAX && word.is_ascii() {
        let mut buf = [0u8; MAX];
        for (d, b) in buf.iter_mut().zip(word.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        // ASCII in, ASCII out.
        if let Ok(w) = std::str::from_utf8(&buf[..word.len()]) {
            return f(w);
        }
    }
    f(&word.to_lowercase())
}

/// Letters and digits only, lowercased: the key under which honorifics and degrees match.
pub fn word_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Lexicon {
    /// The built-in lexicons.
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        Lexicon::load(None)
    }

    /// The built-in lexicons extended with the same-named files found in `extra`.
    pub fn load(extra: Option<&Path>) -> Result<Lexicon, LexiconError> {
        let mut texts: HashMap<&str, Vec<(String, String)>> = HashMap::new();
        for (name, text) in FILES {
            texts
                .entry(name)
                .or_default()
                .push((format!("ontology/{name}"), text.to_string()));
        }
        if let Some(dir) = extra {
            if !dir.is_dir() {
                return Err(LexiconError {
                    file: dir.display().to_string(),
                    line: 0,
                    message: "lexicon directory not found".into(),
                });
            }
            for (name, _) in FILES {
                let path: PathBuf = dir.join(name);
                if path.exists() {
                    let text = std::fs::read_to_string(&path).map_err(|e| LexiconError {
                        file: path.display().to_string(),
                        line: 0,
                        message: e.to_string(),
                    })?;
                    texts
                        .entry(name)
                        .or_default()
                        .push((path.display().to_string(), text));
                }
            }
        }
        let get = |name: &str| texts.get(name).cloned().unwrap_or_default();
        let mut lex = LexiconBuilder::default();
        for (file, text) in get("regions.tsv") {
            lex.regions(&file, &text)?;
        }
        for (file, text) in get("organizations.tsv") {
            lex.orgs(&file, &text)?;
        }
        for (file, text) in get("government.tsv") {
            lex.government(&file, &text)?;
        }
        for (file, text) in get("positions.tsv") {
            lex.positions(&file, &text)?;
        }
        for (file, text) in get("person-words.tsv") {
            lex.person_words(&file, &text)?;
        }
        for (file, text) in get("stopwords.txt") {
            for (_, cols) in rows(&file, &text, 1)?.rows {
                lex.stopwords.insert(cols[0].to_lowercase());
            }
        }
        for (file, text) in get("events.tsv") {
            lex.events(&file, &text)?;
        }
        for (file, text) in get("speech-verbs.txt") {
            for (_, cols) in rows(&file, &text, 1)?.rows {
                lex.speech.push(cols[0].to_lowercase());
            }
        }
        for (file, text) in get("places.txt") {
            for (_, cols) in rows(&file, &text, 1)?.rows {
                lex.cues.push((
                    cols[0].to_string(),
                    CuePat::Cue(Cue::PlaceHead),
                    CaseRule::Any,
                ));
            }
        }
        for (file, text) in get("chrome.txt") {
            for (line, cols) in rows(&file, &text, 1)?.rows {
                let re = format!("(?i){}", ascii_word_boundaries(cols[0]));
                if let Err(e) = regex::Regex::new(&re) {
                    return Err(LexiconError {
                        file: file.clone(),
                        line,
                        message: format!("bad regular expression: {e}"),
                    });
                }
                lex.chrome.push(re);
            }
        }
        for (file, text) in get("publishers.tsv") {
            for (_, cols) in rows(&file, &text, 2)?.rows {
                lex.publishers
                    .insert(cols[0].to_lowercase(), cols[1].to_string());
            }
        }
        for (file, text) in get("document-types.tsv") {
            lex.doc_types(&file, &text)?;
        }
        for (file, text) in get("numerals.tsv") {
            let r = rows(&file, &text, 3)?;
            for (line, cols) in &r.rows {
                let v: u64 = cols[1]
                    .parse()
                    .map_err(|_| r.error(*line, format!("not a number: {:?}", cols[1])))?;
                let kind = match cols[2] {
                    "unit" | "" => Numeral::Unit(v),
                    "teen" => Numeral::Teen,
                    "times" => Numeral::Times(v),
                    other => {
                        return Err(r.error(
                            *line,
                            format!("kind must be unit, teen or times, not {other:?}"),
                        ));
                    }
                };
                lex.numerals.insert(cols[0].to_lowercase(), kind);
            }
        }
        for (file, text) in get("cues.tsv") {
            let r = rows(&file, &text, 2)?;
            for (line, cols) in &r.rows {
                let cue = Cue::parse(cols[0])
                    .ok_or_else(|| r.error(*line, format!("unknown cue class {:?}", cols[0])))?;
                if cue == Cue::Abbreviation {
                    lex.abbreviations.insert(cols[1].to_lowercase());
                } else if cue == Cue::Acronym {
                    lex.acronyms.insert(cols[1].to_string());
                } else if cue.is_word_list() {
                    let w = if cue.case_sensitive() {
                        cols[1].to_string()
                    } else {
                        cols[1].to_lowercase()
                    };
                    lex.word_lists.entry(cue).or_default().insert(w);
                } else {
                    lex.cues
                        .push((cols[1].to_string(), CuePat::Cue(cue), CaseRule::Any));
                }
            }
        }
        lex.finish()
    }

    pub fn org(&self, key: &str) -> Option<&OrgEntry> {
        self.org_index.get(key).map(|&i| &self.orgs[i])
    }

    /// The organization whose name or an alias is `name` (ASCII case ignored; the first
    /// entry in lexicon order when several share it).
    pub fn org_named(&self, name: &str) -> Option<&OrgEntry> {
        self.org_names
            .get(&name.to_ascii_lowercase())
            .map(|&i| &self.orgs[i])
    }

    /// The regional body a post of role `role` (expanded, with unit words or modifiers
    /// around it: "Pelaksana Tugas Asisten Pemerintahan") is in when none is written: that
    /// of the longest title of the lexicon inside it, if positions.tsv gives one (`org:KEY`).
    pub fn default_body(&self, role: &str) -> Option<&OrgEntry> {
        // A role is modifiers, a title, then unit words: past the modifiers, the longest
        // role the lexicon knows that starts the rest.
        let mut rest = role;
        let title = loop {
            let (title, takes) = rest
                .match_indices(' ')
                .map(|(at, _)| &rest[..at])
                .chain([rest])
                .filter_map(|t| self.role_takes.get(t).map(|&takes| (t, takes)))
                .next_back()?;
            if takes != Takes::Modifier {
                break title;
            }
            rest = rest.get(title.len() + 1..)?;
        };
        let key = self
            .roles
            .iter()
            .find(|r| r.role == title && r.takes != Takes::Modifier)?
            .default_body
            .as_deref()?;
        self.org(key)
    }

    /// What the role `role` (expanded, as in positions.tsv's second column) takes, if the
    /// lexicon has it.
    pub fn role_takes(&self, role: &str) -> Option<Takes> {
        self.role_takes.get(role).copied()
    }

    pub fn is_stopword(&self, word: &str) -> bool {
        with_lower(word, |w| self.stopwords.contains(w))
    }

    /// Every region, institution and cue hit in the tokens, from one automaton scan.
    pub fn find_hits(&self, tokens: &Tokens, body: &str) -> LexiconHits {
        let mut hits = LexiconHits::default();
        for h in self.matcher.find(tokens, body) {
            let tokens = h.tokens;
            match h.pat {
                AnyPat::Region(pat) => hits.regions.push(Hit { tokens, pat }),
                AnyPat::Org(pat) => hits.orgs.push(Hit { tokens, pat }),
                AnyPat::Cue(pat) => hits.cues.push(Hit { tokens, pat }),
            }
        }
        hits
    }

    /// Canonical form of an honorific written as `word` (dots ignored), if it is one. The
    /// exact case wins ("Dr." a doctorate, "dr." a physician), then any case.
    pub fn honorific(&self, word: &str) -> Option<&str> {
        lookup_key(&self.honorifics, word)
    }

    /// Canonical form of an honorific of two words written as `first` `second` ("Irjen"
    /// "Pol."), if they make one together.
    pub fn honorific_pair(&self, first: &str, second: &str) -> Option<&str> {
        let seconds = with_lower(first, |f| self.honorific_pairs.get(f))?;
        let second = word_key(second);
        seconds
            .iter()
            .find(|(s, _)| *s == second)
            .map(|(_, c)| c.as_str())
    }

    pub fn degree(&self, word: &str) -> Option<&str> {
        lookup_key(&self.degrees, word)
    }

    /// The regional body whose head's title is `title` ("Sekretaris Daerah" leads the
    /// Setda, "Inspektur" the Inspektorat), any case.
    pub fn regional_org_led_by(&self, title: &str) -> Option<&OrgEntry> {
        self.orgs.iter().find(|e| {
            e.regional
                && e.leader_titles
                    .iter()
                    .any(|l| l.eq_ignore_ascii_case(title))
        })
    }

    /// The key that identifies a person across articles: the name's slug without the
    /// leading first names that writers shorten or leave out ("M. Tito Karnavian",
    /// "Muhammad Tito Karnavian" and "Tito Karnavian" are `tito-karnavian`), as long as two
    /// name words remain ("M Yusuf" stays `m-yusuf`).
    pub fn person_key(&self, name: &str) -> String {
        // "Jokowi": a call name the lexicon knows is keyed by its full name.
        let name = self.full_name_of(name).unwrap_or(name);
        let words: Vec<&str> = name.split_whitespace().collect();
        let mut first = 0;
        while words.len() - first > 2 && self.is_omissible_first_name(words[first]) {
            first += 1;
        }
        slugify(&words[first..].join(" "))
    }

    /// The full name of a call name that person-words.tsv knows ("Jokowi": "Joko Widodo").
    pub fn full_name_of(&self, call_name: &str) -> Option<&str> {
        self.known_call_names
            .get(&word_key(call_name))
            .map(String::as_str)
    }

    /// Whether `word` is a first name that writers shorten or leave out ("M", "Muhammad").
    pub fn is_omissible_first_name(&self, word: &str) -> bool {
        self.omissible_first_names.contains(&word_key(word))
    }

    /// Whether `word` (with any case) is the bare form of a speech verb ("tegas").
    pub fn is_speech_verb(&self, word: &str) -> bool {
        with_lower(word, |w| self.speech_bare.contains(w))
    }

    /// Whether `word` is a speech verb with the enclitic "-nya" ("tegasnya").
    pub fn is_speech_enclitic(&self, word: &str) -> bool {
        with_lower(word, |w| {
            w.strip_suffix("nya")
                .is_some_and(|base| self.speech_bare.contains(base))
        })
    }

    /// Whether `word` is in the word list of class `cue` (cues.tsv).
    /// Every class of `word` at once (one lookup per case): what extraction caches per token.
    pub fn classes(&self, word: &str) -> WordClasses {
        let folded = with_lower(word, |w| {
            self.classes_folded.get(w).copied().unwrap_or_default()
        });
        match self.classes_exact.get(word) {
            Some(exact) => WordClasses(folded.0 | exact.0),
            None => folded,
        }
    }

    pub fn is_word(&self, cue: Cue, word: &str) -> bool {
        let Some(set) = self.word_lists.get(&cue) else {
            return false;
        };
        if cue.case_sensitive() {
            set.contains(word)
        } else {
            with_lower(word, |w| set.contains(w))
        }
    }

    /// The entries of word list `cue`.
    /// Whether `w` starts (in any case) with a prefix of a regional body's short form
    /// ("dis", "din": "Dishubkominfo", "Dinporabudpar").
    pub fn opens_short_form(&self, w: &str) -> bool {
        self.starts_with_any(Cue::ShortFormPrefix, w, 0)
    }

    /// Whether `w` is a head's title written short ("Kadisdik", "Kapolres", "Kasatpol"): it
    /// starts like one (cues.tsv, head-short-prefix) and is no title of its own.
    pub fn is_head_short_title(&self, w: &str) -> bool {
        self.starts_with_any(Cue::HeadShortPrefix, w, 1) && !self.is_role_word(w)
    }

    /// Whether `w` starts with a word of list `cue`, with at least `rest` bytes after it.
    fn starts_with_any(&self, cue: Cue, w: &str, rest: usize) -> bool {
        self.words(cue).any(|p| {
            w.len() >= p.len() + rest
                && w.is_char_boundary(p.len())
                && w[..p.len()].eq_ignore_ascii_case(p)
        })
    }

    pub fn words(&self, cue: Cue) -> impl Iterator<Item = &str> {
        self.word_lists
            .get(&cue)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// How a number word counts ("sembilan", "puluh", "belas").
    pub fn numeral(&self, word: &str) -> Option<Numeral> {
        with_lower(word, |w| self.numerals.get(w).copied())
    }

    /// Reads a number written in words from the start of `words` ("seratus enam puluh
    /// tiga" → 163): its value and how many words it took.
    pub fn number_in_words(&self, words: &[&str]) -> Option<(u64, usize)> {
        let (mut total, mut group, mut used) = (0u64, 0u64, 0usize);
        for w in words {
            match self.numeral(w) {
                Some(Numeral::Unit(v)) if v >= 100 => {
                    total += group + v;
                    group = 0;
                }
                Some(Numeral::Unit(v)) => group += v,
                Some(Numeral::Teen) if group > 0 => group += 10,
                Some(Numeral::Times(m)) if group > 0 => {
                    if m >= 100 {
                        total += group * m;
                        group = 0;
                    } else {
                        group *= m;
                    }
                }
                _ => break,
            }
            used += 1;
        }
        (used > 0 && total + group > 0).then_some((total + group, used))
    }

    /// Whether `word` is conventionally written in capitals (an acronym in the lexicons).
    pub fn is_acronym(&self, word: &str) -> bool {
        self.acronyms.contains(word)
    }

    /// Whether `word` (any case) is a word of a position title.
    pub fn is_role_word(&self, word: &str) -> bool {
        with_lower(word, |w| self.role_words.contains(w))
    }

    pub fn is_abbreviation(&self, word: &str) -> bool {
        with_lower(word, |w| self.abbreviations.contains(w))
    }

    /// Whether a line is site chrome. Patterns are anchored to the trimmed line; their
    /// `\b` is an ASCII word boundary (see [`ascii_word_boundaries`]).
    pub fn is_chrome_line(&self, line: &str) -> bool {
        self.chrome.is_match(line.trim())
    }

    /// The usual name of the outlet written as `surface`, if known.
    pub fn publisher_name(&self, surface: &str) -> Option<&str> {
        self.publishers
            .get(&surface.to_lowercase())
            .map(String::as_str)
    }

    /// Candidate regions for a name, alias or full name ("Kabupaten OKI").
    pub fn regions_named(&self, name: &str) -> Vec<usize> {
        self.region_names
            .get(&normalize_pattern(name))
            .cloned()
            .unwrap_or_default()
    }
}

/// `pattern` with every `\b` and `\B` made an ASCII word boundary (`(?-u:\b)`). Regex
/// engines that run in one pass (lazy DFAs) cannot decide a Unicode word boundary next to a
/// non-ASCII character and fall back to much slower ones for the whole text; news text
/// always has some (curly quotes, dashes). An escaped backslash (`\\b`) is left alone.
pub fn ascii_word_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(b @ ('b' | 'B')) => {
                out.push_str("(?-u:\\");
                out.push(b);
                out.push(')');
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The word lists, stopwords, speech verbs and numerals a word belongs to, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClasses(u128);

impl WordClasses {
    const STOPWORD: u128 = 1 << 127;
    const SPEECH_VERB: u128 = 1 << 126;
    const NUMERAL: u128 = 1 << 125;
    const ORG_WORD: u128 = 1 << 124;
    const HONORIFIC: u128 = 1 << 123;

    fn cue_bit(cue: Cue) -> u128 {
        1 << (cue as u32)
    }
    /// In word list `cue` ([`Lexicon::is_word`]).
    pub fn has(self, cue: Cue) -> bool {
        self.0 & Self::cue_bit(cue) != 0
    }
    /// [`Lexicon::is_stopword`].
    pub fn is_stopword(self) -> bool {
        self.0 & Self::STOPWORD != 0
    }
    /// [`Lexicon::is_speech_verb`].
    pub fn is_speech_verb(self) -> bool {
        self.0 & Self::SPEECH_VERB != 0
    }
    /// A capitalised word of some organization's name in the lexicon ("Pendapatan",
    /// "Ekonomi", "Daerah"): it can continue a unit's name.
    pub fn is_org_word(self) -> bool {
        self.0 & Self::ORG_WORD != 0
    }
    /// [`Lexicon::numeral`] is some.
    pub fn is_numeral(self) -> bool {
        self.0 & Self::NUMERAL != 0
    }
    /// [`Lexicon::honorific`] is some, for a word of letters and digits only.
    pub fn is_honorific(self) -> bool {
        self.0 & Self::HONORIFIC != 0
    }
}

// Every cue has a bit below the flags.
const _: () = assert!((Cue::PlaceHead as u32) < 123);

/// Every name and alias of `orgs`, ASCII-lowercased, to the first entry that has it.
fn org_names(orgs: &[OrgEntry]) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for (i, e) in orgs.iter().enumerate() {
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            out.entry(name.to_ascii_lowercase()).or_insert(i);
        }
    }
    out
}

/// The per-word class tables: case-insensitive entries under their lowercase form,
/// case-sensitive word lists under their exact form.
fn word_classes(
    word_lists: &HashMap<Cue, HashSet<String>>,
    stopwords: &HashSet<String>,
    speech_bare: &HashSet<String>,
    numerals: &HashMap<String, Numeral>,
    orgs: &[OrgEntry],
    honorifics: &HashMap<String, String>,
) -> (HashMap<String, WordClasses>, HashMap<String, WordClasses>) {
    let mut folded: HashMap<String, WordClasses> = HashMap::new();
    let mut exact: HashMap<String, WordClasses> = HashMap::new();
    for (&cue, words) in word_lists {
        let table = if cue.case_sensitive() {
            &mut exact
        } else {
            &mut folded
        };
        for w in words {
            table.entry(w.clone()).or_default().0 |= WordClasses::cue_bit(cue);
        }
    }
    let flags = [
        (stopwords.iter().collect::<Vec<_>>(), WordClasses::STOPWORD),
        (speech_bare.iter().collect(), WordClasses::SPEECH_VERB),
        (numerals.keys().collect(), WordClasses::NUMERAL),
    ];
    for (words, flag) in flags {
        for w in words {
            folded.entry(w.clone()).or_default().0 |= flag;
        }
    }
    let org_words = orgs
        .iter()
        .flat_map(|e| std::iter::once(&e.name).chain(&e.aliases))
        .flat_map(|name| name.split([' ', ',', '-', '/', '(', ')']))
        .filter(|w| {
            w.chars().count() >= 3
                && w.chars().all(char::is_alphabetic)
                && w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().all(char::is_uppercase)
        });
    for w in org_words {
        folded.entry(w.to_lowercase()).or_default().0 |= WordClasses::ORG_WORD;
    }
    // Honorific keys: "=Dr" matches the word as written, "drs" the word lowercased
    // (see `lookup_key`).
    for k in honorifics.keys() {
        let table = if k.starts_with('=') {
            &mut exact
        } else {
            &mut folded
        };
        table
            .entry(k.trim_start_matches('=').to_string())
            .or_default()
            .0 |= WordClasses::HONORIFIC;
    }
    (folded, exact)
}

#[derive(Default)]
struct LexiconBuilder {
    regions: Vec<Region>,
    province_names: HashMap<String, usize>,
    pending_provinces: Vec<(usize, String, String, usize)>,
    orgs: Vec<OrgEntry>,
    org_index: HashMap<String, usize>,
    government: Vec<(String, Option<RegionKind>)>,
    roles: Vec<RoleEntry>,
    honorifics: HashMap<String, String>,
    honorific_pairs: HashMap<String, Vec<(String, String)>>,
    degrees: HashMap<String, String>,
    omissible_first_names: HashSet<String>,
    /// Call names the lexicon knows, by `word_key`, with the full name ("Jokowi").
    known_call_names: HashMap<String, String>,
    stopwords: HashSet<String>,
    triggers: Vec<(String, TriggerEntry)>,
    speech: Vec<String>,
    cues: Vec<(String, CuePat, CaseRule)>,
    chrome: Vec<String>,
    publishers: HashMap<String, String>,
    doc_types: Vec<DocType>,
    abbreviations: HashSet<String>,
    acronyms: HashSet<String>,
    word_lists: HashMap<Cue, HashSet<String>>,
    numerals: HashMap<String, Numeral>,
}

impl LexiconBuilder {
    fn regions(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let r = rows(file, text, 5)?;
        for (line, c) in &r.rows {
            let kind = RegionKind::parse(c[0])
                .ok_or_else(|| r.error(*line, format!("unknown region kind {:?}", c[0])))?;
            if c[1].is_empty() {
                return Err(r.error(*line, "region without a name"));
            }
            let idx = self.regions.len();
            if kind == RegionKind::Provinsi {
                self.province_names.insert(c[1].to_lowercase(), idx);
            } else if !c[2].is_empty() {
                self.pending_provinces
                    .push((idx, c[2].to_string(), file.to_string(), *line));
            }
            self.regions.push(Region {
                kind,
                name: c[1].to_string(),
                province: None,
                aliases: split_list(c[3]),
                ambiguous: c[4].split(',').any(|f| f.trim() == "ambiguous"),
                key: slugify(&format!("{} {}", kind.label(), c[1])),
            });
        }
        Ok(())
    }

    fn orgs(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let r = rows(file, text, 7)?;
        for (line, c) in &r.rows {
            let (regional, provincial) = match c[1] {
                "national" => (false, false),
                "regional" => (true, false),
                "provincial" => (true, true),
                other => {
                    return Err(r.error(
                        *line,
                        format!("scope must be national, regional or provincial, not {other:?}"),
                    ));
                }
            };
            let class = match c[2] {
                "GovernmentOrganization" => OrgClass::Government,
                "Organization" => OrgClass::Other,
                other => return Err(r.error(*line, format!("unknown class {other:?}"))),
            };
            if c[0].is_empty() || c[3].is_empty() {
                return Err(r.error(*line, "organization needs a key and a name"));
            }
            let entry = OrgEntry {
                key: c[0].to_string(),
                regional,
                provincial,
                class,
                name: c[3].to_string(),
                aliases: split_list(c[4]),
                leader_titles: split_list(c[5]),
                parent: (!c[6].is_empty()).then(|| c[6].to_string()),
            };
            match self.org_index.get(&entry.key) {
                // A user file may extend a built-in entry with more aliases.
                Some(&i) => {
                    let e = &mut self.orgs[i];
                    e.aliases.extend(entry.aliases);
                    e.leader_titles.extend(entry.leader_titles);
                }
                None => {
                    self.org_index.insert(entry.key.clone(), self.orgs.len());
                    self.orgs.push(entry);
                }
            }
        }
        Ok(())
    }

    fn government(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let r = rows(file, text, 2)?;
        for (line, c) in &r.rows {
            let kind = if c[1] == "*" {
                None
            } else {
                Some(
                    RegionKind::parse(c[1])
                        .ok_or_else(|| r.error(*line, format!("unknown region kind {:?}", c[1])))?,
                )
            };
            // "mengatakan Pemprov belum menerima ...": a government written as one word
            // ("Pemprov", "Pemkab") is never a name word.
            let surface = c[0].trim_end_matches('.');
            if !surface.contains(' ') {
                self.stopwords.insert(surface.to_lowercase());
            }
            self.government.push((c[0].to_string(), kind));
        }
        Ok(())
    }

    fn positions(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let r = rows(file, text, 3)?;
        for (line, c) in &r.rows {
            let default_body = match c[2].strip_prefix("org:") {
                Some(key)
                    if self
                        .org_index
                        .get(key)
                        .is_some_and(|&i| self.orgs[i].regional) =>
                {
                    Some(key.to_string())
                }
                Some(key) => {
                    return Err(r.error(*line, format!("{key:?} is no regional organization key")));
                }
                None => None,
            };
            let takes = match c[2] {
                "org" => Takes::Org,
                _ if default_body.is_some() => Takes::Org,
                "country" => Takes::Country,
                "modifier" => Takes::Modifier,
                "region:*" => Takes::Region(None),
                other => match other.strip_prefix("region:").and_then(RegionKind::parse) {
                    Some(k) => Takes::Region(Some(k)),
                    None => return Err(r.error(*line, format!("unknown 'takes' value {other:?}"))),
                },
            };
            self.roles.push(RoleEntry {
                surface: c[0].to_string(),
                role: c[1].to_string(),
                takes,
                default_body,
            });
        }
        Ok(())
    }

    fn person_words(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let r = rows(file, text, 3)?;
        for (line, c) in &r.rows {
            let map = match c[0] {
                "honorific" => &mut self.honorifics,
                "degree" => &mut self.degrees,
                "first-name" => {
                    self.omissible_first_names.insert(word_key(c[1]));
                    continue;
                }
                "call-name" => {
                    self.known_call_names
                        .insert(word_key(c[1]), c[2].to_string());
                    continue;
                }
                other => {
                    return Err(r.error(
                        *line,
                        format!(
                            "kind must be honorific, degree, first-name or call-name, not {other:?}"
                        ),
                    ));
                }
            };
            map.insert(exact_key(c[1]), c[2].to_string());
            map.entry(word_key(c[1]))
                .or_insert_with(|| c[2].to_string());
            if c[0] == "honorific"
                && let Some((first, second)) = c[1].split_once(' ')
            {
                self.honorific_pairs
                    .entry(first.to_lowercase())
                    .or_default()
                    .push((word_key(second), c[2].to_string()));
            }
        }
        Ok(())
    }

    fn events(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let r = rows(file, text, 3)?;
        for (line, c) in &r.rows {
            let kind = EventKind::parse(c[1])
                .ok_or_else(|| r.error(*line, format!("unknown event class {:?}", c[1])))?;
            let form = match c[2] {
                "noun" => TriggerForm::Noun,
                "verb" => TriggerForm::Verb,
                "act" => TriggerForm::Act,
                "passive-act" => TriggerForm::PassiveAct,
                "opener" => TriggerForm::Opener,
                "passive-opener" => TriggerForm::PassiveOpener,
                other => return Err(r.error(*line, format!("unknown form {other:?}"))),
            };
            self.triggers
                .push((c[0].to_string(), TriggerEntry { kind, form }));
        }
        Ok(())
    }

    fn doc_types(&mut self, file: &str, text: &str) -> Result<(), LexiconError> {
        let r = rows(file, text, 3)?;
        for (line, c) in &r.rows {
            if c[0].is_empty() || c[1].is_empty() {
                return Err(r.error(*line, "document type needs a surface and a concept"));
            }
            self.doc_types.push(DocType {
                surface: c[0].to_string(),
                concept: c[1].to_string(),
                issuer: (!c[2].is_empty()).then(|| c[2].to_string()),
            });
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Lexicon, LexiconError> {
        for (idx, province, file, line) in std::mem::take(&mut self.pending_provinces) {
            match self.province_names.get(&province.to_lowercase()) {
                Some(&p) => self.regions[idx].province = Some(p),
                None => {
                    return Err(LexiconError {
                        file,
                        line,
                        message: format!("unknown province {province:?}"),
                    });
                }
            }
        }
        for o in &self.orgs {
            if let Some(p) = &o.parent
                && !self.org_index.contains_key(p)
            {
                return Err(LexiconError {
                    file: "organizations.tsv".into(),
                    line: 0,
                    message: format!("organization {:?} has unknown parent {p:?}", o.key),
                });
            }
        }
        // Region matcher: names (capitalised), aliases (as written), kind words.
        let mut region_pats = Vec::new();
        for (i, r) in self.regions.iter().enumerate() {
            region_pats.push((r.name.clone(), RegionPat::Name(i), CaseRule::Capitalized));
            for a in &r.aliases {
                region_pats.push((
                    a.clone(),
                    RegionPat::Name(i),
                    name_rule(a).max_strict(CaseRule::Capitalized),
                ));
            }
        }
        for (surface, kind) in [
            ("Provinsi", RegionKind::Provinsi),
            ("Prov.", RegionKind::Provinsi),
            ("Prov", RegionKind::Provinsi),
            ("Propinsi", RegionKind::Provinsi),
            ("Kabupaten", RegionKind::Kabupaten),
            ("Kab.", RegionKind::Kabupaten),
            ("Kab", RegionKind::Kabupaten),
            ("Kota", RegionKind::Kota),
            ("Kota Administrasi", RegionKind::KotaAdministrasi),
            ("Kabupaten Administrasi", RegionKind::KabupatenAdministrasi),
        ] {
            region_pats.push((
                surface.to_string(),
                RegionPat::Kind(kind),
                CaseRule::Capitalized,
            ));
        }
        // Organization matcher.
        let position_surfaces: HashSet<String> = self
            .roles
            .iter()
            .map(|r| normalize_pattern(&r.surface))
            .collect();
        let mut org_pats = Vec::new();
        for (i, o) in self.orgs.iter().enumerate() {
            org_pats.push((o.name.clone(), OrgPat::Name(i), name_rule(&o.name)));
            for a in &o.aliases {
                org_pats.push((a.clone(), OrgPat::Name(i), name_rule(a)));
            }
            for t in &o.leader_titles {
                // A title that is also a plain position (Sekda, Inspektur) is a position only.
                if !position_surfaces.contains(&normalize_pattern(t)) {
                    org_pats.push((t.clone(), OrgPat::Leader(i), name_rule(t)));
                }
            }
        }
        for (surface, kind) in &self.government {
            org_pats.push((
                surface.clone(),
                OrgPat::Government(*kind),
                CaseRule::Capitalized,
            ));
        }
        // Cue matcher: triggers, document types, roles, cue words, speech verbs.
        let mut cue_pats = std::mem::take(&mut self.cues);
        for (i, (surface, _)) in self.triggers.iter().enumerate() {
            cue_pats.push((surface.clone(), CuePat::Trigger(i), CaseRule::Any));
        }
        for (i, d) in self.doc_types.iter().enumerate() {
            let rule = if d.surface.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
                CaseRule::Upper
            } else {
                CaseRule::Any
            };
            cue_pats.push((d.surface.clone(), CuePat::DocType(i), rule));
        }
        for (i, r) in self.roles.iter().enumerate() {
            cue_pats.push((r.surface.clone(), CuePat::Role(i), CaseRule::Any));
        }
        let mut speech_bare = HashSet::new();
        for v in &self.speech {
            cue_pats.push((v.clone(), CuePat::Cue(Cue::Speech), CaseRule::Any));
            speech_bare.insert(v.clone());
        }
        let mut acronyms = std::mem::take(&mut self.acronyms);
        let upper = |s: &str| {
            s.len() >= 2
                && s.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        };
        for a in self
            .orgs
            .iter()
            .flat_map(|o| o.aliases.iter())
            .chain(self.regions.iter().flat_map(|r| r.aliases.iter()))
        {
            for w in a.split(|c: char| !c.is_alphanumeric()) {
                if upper(w) {
                    acronyms.insert(w.to_string());
                }
            }
        }
        for d in &self.doc_types {
            if upper(&d.surface) {
                acronyms.insert(d.surface.clone());
            }
        }
        let role_words: HashSet<String> = self
            .roles
            .iter()
            .flat_map(|r| {
                r.surface
                    .split_whitespace()
                    .map(|w| w.trim_end_matches('.').to_lowercase())
                    .collect::<Vec<_>>()
            })
            .collect();
        let mut region_names: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, r) in self.regions.iter().enumerate() {
            let mut names = vec![
                normalize_pattern(&r.name),
                normalize_pattern(&r.full_name()),
            ];
            names.extend(r.aliases.iter().map(|a| normalize_pattern(a)));
            names.sort();
            names.dedup();
            for n in names {
                region_names.entry(n).or_default().push(i);
            }
        }
        let (classes_folded, classes_exact) = word_classes(
            &self.word_lists,
            &self.stopwords,
            &speech_bare,
            &self.numerals,
            &self.orgs,
            &self.honorifics,
        );
        let chrome = RegexSet::new(&self.chrome).map_err(|e| LexiconError {
            file: "chrome.txt".into(),
            line: 0,
            message: e.to_string(),
        })?;
        Ok(Lexicon {
            matcher: Matcher::build(
                region_pats
                    .into_iter()
                    .map(|(s, p, r)| (s, AnyPat::Region(p), r))
                    .chain(org_pats.into_iter().map(|(s, p, r)| (s, AnyPat::Org(p), r)))
                    .chain(cue_pats.into_iter().map(|(s, p, r)| (s, AnyPat::Cue(p), r)))
                    .collect(),
            ),
            regions: self.regions,
            org_names: org_names(&self.orgs),
            role_takes: self
                .roles
                .iter()
                .rev()
                .map(|r| (r.role.clone(), r.takes))
                .collect(),
            orgs: self.orgs,
            org_index: self.org_index,
            roles: self.roles,
            triggers: self.triggers.into_iter().map(|(_, t)| t).collect(),
            doc_types: self.doc_types,
            honorifics: self.honorifics,
            honorific_pairs: self.honorific_pairs,
            degrees: self.degrees,
            omissible_first_names: self.omissible_first_names,
            known_call_names: self.known_call_names,
            stopwords: self.stopwords,
            speech_bare,
            abbreviations: self.abbreviations,
            acronyms,
            role_words,
            region_names,
            classes_folded,
            classes_exact,
            word_lists: self.word_lists,
            numerals: self.numerals,
            chrome,
            publishers: self.publishers,
        })
    }
}

impl CaseRule {
    /// The stricter of two rules (Any < Capitalized < ExactOrUpper < Upper).
    fn max_strict(self, other: CaseRule) -> CaseRule {
        let rank = |r: CaseRule| match r {
            CaseRule::Any => 0,
            CaseRule::Capitalized => 1,
            CaseRule::ExactOrUpper => 2,
            CaseRule::Upper => 3,
        };
        if rank(self) >= rank(other) {
            self
        } else {
            other
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::builtin().expect("built-in lexicons load")
    }

    #[test]
    fn the_honorific_class_agrees_with_the_honorific_lookup() {
        // `Context::honorific` trusts the class for words of letters and digits.
        let lex = lex();
        for w in [
            "Dr", "dr", "DR", "Drs", "drg", "Hj", "H", "Ir", "Prof", "KH", "Bapak", "bapak", "Ibu",
            "Kompol", "Asmar", "dan", "Sekda", "M", "Si", "SH", "Ust", "ust",
        ] {
            assert_eq!(
                lex.classes(w).is_honorific(),
                lex.honorific(w).is_some(),
                "{w}"
            );
        }
        for k in lex.honorifics.keys() {
            let w = k.trim_start_matches('=');
            assert!(lex.classes(w).is_honorific(), "{w}");
            assert!(lex.honorific(w).is_some(), "{w}");
        }
    }

    #[test]
    fn builtin_lexicons_load_and_link() {
        let l = lex();
        assert!(
            l.regions.len() > 500,
            "gazetteer has every kabupaten and kota"
        );
        let oki = l
            .regions
            .iter()
            .find(|r| r.name == "Ogan Komering Ilir")
            .unwrap();
        assert_eq!(oki.key, "kabupaten-ogan-komering-ilir");
        assert_eq!(l.regions[oki.province.unwrap()].name, "Sumatera Selatan");
        assert!(l.org("bkn").is_some() && l.org("kemendagri").is_some());
        assert_eq!(l.degree("M.Si"), Some("M.Si."));
        assert_eq!(l.degree("MSi"), Some("M.Si."));
        assert_eq!(l.honorific("Ir."), Some("Ir."));
        assert!(l.is_speech_enclitic("Tegasnya") && !l.is_speech_enclitic("Pemkabnya"));
        assert!(l.is_chrome_line("  BACA JUGA:Sesuatu terjadi"));
        assert!(!l.is_chrome_line("Bupati membaca juga laporan itu"));
        // A curly quote or dash on the line changes nothing.
        assert!(l.is_chrome_line("Baca juga: “Pelantikan” di Pemkab — hari ini"));
        assert!(!l.is_chrome_line("Bacaan “juga” pelantikan"));
        // Breadcrumbs: parts joined by » or › on a line without a full stop.
        assert!(l.is_chrome_line("Beranda › Pemerintahan › Kabupaten Sekar"));
        assert!(!l.is_chrome_line("Bupati › melantik 20 pejabat. Acara itu"));
    }

    #[test]
    fn person_keys_leave_out_shortened_first_names() {
        let l = lex();
        let key = |n: &str| l.person_key(n);
        assert_eq!(key("M. Tito Karnavian"), "tito-karnavian");
        assert_eq!(key("Muhammad Tito Karnavian"), key("Tito Karnavian"));
        assert_eq!(key("Moh Rizal Fahmi"), "rizal-fahmi");
        // Two name words stay: a first name and one more is the whole name.
        assert_eq!(key("M Yusuf"), "m-yusuf");
        assert_eq!(key("Muhammad Yusuf"), "muhammad-yusuf");
        // Only leading first names go, and only those of the lexicon.
        assert_eq!(key("Andi Muhammad Rizal"), "andi-muhammad-rizal");
        assert_eq!(key("Ahmad Tito Karnavian"), "ahmad-tito-karnavian");
    }

    #[test]
    fn word_boundaries_become_ascii_ones() {
        assert_eq!(
            ascii_word_boundaries(r"^baca\b\B x\\b \d"),
            r"^baca(?-u:\b)(?-u:\B) x\\b \d"
        );
        assert_eq!(ascii_word_boundaries("a\\"), "a\\");
    }

    #[test]
    fn word_classes_agree_with_the_lookups_they_cache() {
        let l = lex();
        let mut words: Vec<String> = l.word_lists.values().flatten().cloned().collect();
        words.extend(l.stopwords.iter().cloned());
        words.extend(l.speech_bare.iter().cloned());
        words.extend(l.numerals.keys().cloned());
        words.extend(["Bupati", "pelantikan", "", "Ésa"].map(String::from));
        let cues: Vec<Cue> = l.word_lists.keys().copied().collect();
        assert!(cues.len() > 10);
        for w in &words {
            for form in [w.clone(), w.to_uppercase(), is_capitalized_form(w)] {
                let c = l.classes(&form);
                for &cue in &cues {
                    assert_eq!(c.has(cue), l.is_word(cue, &form), "{cue:?} {form}");
                }
                assert_eq!(c.is_stopword(), l.is_stopword(&form), "{form}");
                assert_eq!(c.is_speech_verb(), l.is_speech_verb(&form), "{form}");
                assert_eq!(c.is_numeral(), l.numeral(&form).is_some(), "{form}");
            }
        }
    }

    fn is_capitalized_form(w: &str) -> String {
        let mut cs = w.chars();
        cs.next()
            .map(|f| f.to_uppercase().chain(cs).collect())
            .unwrap_or_default()
    }

    #[test]
    fn acronyms_need_capitals_and_names_need_capitals() {
        let l = lex();
        let body = "Dari BKN dan bkn serta Kemendagri, kemendagri, OKI, oki, Ogan Komering Ilir, ogan komering ilir.";
        let t = Tokens::new(body, |_| false);
        let hits = l.find_hits(&t, body);
        let orgs: Vec<&str> = hits
            .orgs
            .iter()
            .filter(|h| matches!(h.pat, OrgPat::Name(_)))
            .map(|h| t.span(h.tokens.clone()).slice(body))
            .collect();
        assert_eq!(orgs, ["BKN", "Kemendagri", "kemendagri"]);
        let regions: Vec<&str> = hits
            .regions
            .iter()
            .filter(|h| matches!(h.pat, RegionPat::Name(_)))
            .map(|h| t.span(h.tokens.clone()).slice(body))
            .collect();
        assert_eq!(regions, ["OKI", "Ogan Komering Ilir"]);
    }

    #[test]
    fn numbers_in_words_are_read() {
        let l = lex();
        assert_eq!(
            l.number_in_words(&["seratus", "enam", "puluh", "tiga", "calon"]),
            Some((163, 4))
        );
        assert_eq!(
            l.number_in_words(&["lima", "puluh", "tujuh"]),
            Some((57, 3))
        );
        assert_eq!(l.number_in_words(&["tiga", "belas"]), Some((13, 2)));
        assert_eq!(
            l.number_in_words(&["dua", "ratus", "empat"]),
            Some((204, 3))
        );
        assert_eq!(l.number_in_words(&["puluh"]), None);
    }

    /// Writes `text` as the user file `name` in `dir` and loads the lexicons with it.
    fn load_with(dir: &tempfile::TempDir, name: &str, text: &str) -> Result<Lexicon, LexiconError> {
        std::fs::write(dir.path().join(name), text).unwrap();
        Lexicon::load(Some(dir.path()))
    }

    #[test]
    fn user_files_extend_the_builtins() {
        let dir = tempfile::tempdir().unwrap();
        let l = load_with(
            &dir,
            "organizations.tsv",
            "key\tscope\tclass\tname\taliases\tleader_titles\tparent\nlsm-jaga\tnational\tOrganization\tLembaga Jaga Netralitas\tLJN\t\t\n",
        )
        .unwrap();
        assert_eq!(
            l.org("lsm-jaga").map(|o| o.name.as_str()),
            Some("Lembaga Jaga Netralitas")
        );
        assert!(l.org("bkn").is_some());
        let err = load_with(
            &dir,
            "regions.tsv",
            "kind\tname\tprovince\taliases\tflags\nKota\tAtlantis\tNowhere\t\t\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("unknown province"), "{err}");
    }

    #[test]
    fn a_known_call_name_is_keyed_by_its_full_name() {
        let l = Lexicon::builtin().unwrap();
        assert_eq!(l.full_name_of("Jokowi"), Some("Joko Widodo"));
        assert_eq!(l.person_key("Jokowi"), l.person_key("Joko Widodo"));
        assert_eq!(l.person_key("Jokowi"), "joko-widodo");
        assert_eq!(l.full_name_of("Joko"), None);
    }

    #[test]
    fn a_title_may_name_the_body_its_post_is_in_when_none_is_written() {
        let l = Lexicon::builtin().unwrap();
        let key = |role: &str| l.default_body(role).map(|e| e.key.as_str());
        assert_eq!(key("Asisten Perekonomian dan Pembangunan"), Some("setda"));
        assert_eq!(
            key("Pelaksana Tugas Asisten Administrasi Umum"),
            Some("setda")
        );
        // A longer title inside the role decides: "Asisten Deputi" has no such body.
        assert_eq!(key("Asisten Deputi Bidang Kepegawaian"), None);
        assert_eq!(key("Kepala Bidang Mutasi"), None);
        // A key that is no regional body is an error naming the file.
        let dir = tempfile::tempdir().unwrap();
        let err = load_with(
            &dir,
            "positions.tsv",
            "surface\trole\ttakes\nAsisten Ahli\tAsisten Ahli\torg:bkn\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("positions.tsv"), "{err}");
    }
}
