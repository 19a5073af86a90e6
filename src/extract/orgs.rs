//! Organizations: national bodies and regional apparatus from the lexicon, regional
//! governments ("Pemkab OKI"), regional branches ("Bawaslu Ciamis"), the article's own
//! definitions ("Badan Pertimbangan Pangkat dan Jabatan (Baperjakat)"), and generic
//! "Dinas ..."/"Universitas ..."/"PT ..." names.
//!
//! A regional body is scoped to the region written after it, or else to the article's
//! dominant region, so BKPP OKI and BKPP Kendal are two organizations.

use super::regions::Regions;
use super::{Context, Org};
use crate::lexicon::{Cue, CuePat, OrgClass, OrgEntry, OrgPat, RegionKind, RegionPat};
use crate::text::{is_all_caps, is_capitalized, slugify};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct OrgMention {
    pub tokens: Range<usize>,
    pub key: String,
    /// The mention is the title of the body's head ("Menteri Dalam Negeri").
    pub leader: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Orgs {
    pub mentions: Vec<OrgMention>,
    entities: BTreeMap<String, Org>,
}

/// Tokens already claimed by an organization mention, per token (constant-time checks,
/// so a text with thousands of mentions stays linear).
pub struct Taken {
    covered: Vec<bool>,
    /// Covered by a mention that started before this token.
    inner: Vec<bool>,
    starts: Vec<bool>,
}

impl Taken {
    fn new(n: usize) -> Taken {
        Taken {
            covered: vec![false; n],
            inner: vec![false; n],
            starts: vec![false; n],
        }
    }
    fn add(&mut self, r: Range<usize>) {
        let n = self.covered.len();
        if r.start >= r.end || r.start >= n {
            return;
        }
        self.starts[r.start] = true;
        for k in r.start..r.end.min(n) {
            self.covered[k] = true;
            if k > r.start {
                self.inner[k] = true;
            }
        }
    }
    fn covers(&self, i: usize) -> bool {
        self.covered.get(i).copied().unwrap_or(false)
    }
    fn inside(&self, i: usize) -> bool {
        self.inner.get(i).copied().unwrap_or(false)
    }
    fn starts_at(&self, i: usize) -> bool {
        self.starts.get(i).copied().unwrap_or(false)
    }
    fn overlaps(&self, r: Range<usize>) -> bool {
        r.into_iter().any(|k| self.covers(k))
    }
}

impl Orgs {
    /// The first mention starting at token `i` (mentions are sorted by start).
    pub fn mention_at(&self, i: usize) -> Option<&OrgMention> {
        super::starting_at(&self.mentions, i, |m| m.tokens.start).first()
    }
    pub fn mention_covering(&self, i: usize) -> Option<&OrgMention> {
        super::near(&self.mentions, i, |m| m.tokens.start)
            .iter()
            .find(|m| m.tokens.start <= i && i < m.tokens.end)
    }
    pub fn get(&self, key: &str) -> Option<&Org> {
        self.entities.get(key)
    }
    pub fn entities(&self) -> Vec<Org> {
        self.entities.values().cloned().collect()
    }
    /// Adds (or finds) an organization that other extractors imply (a Bupati's Pemkab).
    pub fn ensure(&mut self, org: Org) -> String {
        let key = org.key.clone();
        self.entities.entry(key.clone()).or_insert(org);
        key
    }
    fn add(&mut self, org: Org, written: Option<String>) -> String {
        let key = org.key.clone();
        self.entities.entry(key.clone()).or_insert(org);
        self.add_written(&key, written);
        key
    }
    /// Records `written` as a name the article gives organization `key`.
    fn add_written(&mut self, key: &str, written: Option<String>) {
        if let Some(w) = written
            && let Some(e) = self.entities.get_mut(key)
            && w != e.name
        {
            e.alt_names.insert(w);
        }
    }
}

/// Whether `word` heads organization names ("Badan", "Universitas"): never part of a
/// person's name.
pub fn is_org_head(lex: &crate::lexicon::Lexicon, word: &str) -> bool {
    lex.is_word(Cue::OrgHead, word) || lex.is_word(Cue::GenericOrgHead, word)
}

/// The government of a region, as an organization.
pub fn government_of(ctx: &Context, region: usize) -> Org {
    let r = &ctx.lex.regions[region];
    Org {
        key: format!("pemerintah-{}", r.key),
        class: OrgClass::Government,
        name: format!("Pemerintah {}", r.full_name()),
        alt_names: BTreeSet::new(),
        region: Some(region),
        parent: None,
    }
}

/// A lexicon organization, scoped to `region` when it is regional (or a regional branch).
pub fn lexicon_org(ctx: &Context, e: &OrgEntry, region: Option<usize>) -> Org {
    match region {
        Some(r) => {
            let reg = &ctx.lex.regions[r];
            let mut alt = BTreeSet::new();
            alt.insert(e.name.clone());
            if let Some(acr) = e.aliases.first() {
                alt.insert(acr.clone());
                alt.insert(format!("{acr} {}", reg.name));
            }
            Org {
                key: format!("{}-{}", e.key, reg.key),
                class: e.class,
                name: reg.qualify(&e.name),
                alt_names: alt,
                region: Some(r),
                parent: if e.regional {
                    e.parent.clone()
                } else {
                    Some(e.key.clone())
                },
            }
        }
        None => Org {
            key: e.key.clone(),
            class: e.class,
            name: e.name.clone(),
            alt_names: e.aliases.first().cloned().into_iter().collect(),
            region: None,
            parent: e.parent.clone(),
        },
    }
}

pub fn find(ctx: &Context, regions: &Regions) -> Orgs {
    let mut orgs = Orgs::default();
    let hits = ctx.org_hits.as_slice();
    let mut taken = Taken::new(ctx.toks.len());
    // Bodies the article names with a region ("BKD Kalbar", "Bawaslu Simalungun"): a bare
    // mention of the same body elsewhere in the article is that instance.
    let mut explicit: HashMap<usize, usize> = HashMap::new();
    for h in hits {
        // "Kominfo" inside "Dinas Kominfo Sumsel" is not the ministry written with a region.
        let inside = |o: &crate::lexicon::Hit<OrgPat>| {
            o.tokens.start <= h.tokens.start
                && h.tokens.end <= o.tokens.end
                && o.tokens.len() > h.tokens.len()
        };
        if super::near(hits, h.tokens.start, |o| o.tokens.start)
            .iter()
            .any(inside)
        {
            continue;
        }
        if let OrgPat::Name(i) | OrgPat::Leader(i) = h.pat {
            let mut end = h.tokens.end;
            if ctx.is_punct(end, "(") && ctx.is_punct(end + 2, ")") {
                end += 3;
            } else if let Some(after) = hyphenated_acronym(ctx, end) {
                end = after;
            }
            let e = &ctx.lex.orgs[i];
            // A national body written in full ("Badan Pengawas Pemilihan Umum") is the national one.
            let acronym = e.aliases.iter().any(|a| a == ctx.text(h.tokens.clone()));
            if let Some(c) = regions.candidate_at(end)
                && (e.regional || acronym)
                && (e.regional || e.parent.is_none())
                && let Some((_, r)) = regions.resolve_at(ctx, c.tokens.start.max(end), None)
            {
                explicit.entry(i).or_insert(r);
            }
        }
    }
    // "Dinas Ketahanan Pangan dan Pertanian (DKPP)": a known body's name that the article
    // extends up to its own definition names another body, defined below; the acronym is
    // then the article's, not the lexicon's (Dewan Kehormatan Penyelenggara Pemilu).
    let extended: Vec<(Range<usize>, &str)> = hits
        .iter()
        .filter_map(|h| match h.pat {
            OrgPat::Name(e) => extended_definition(ctx, h.tokens.clone(), &ctx.lex.orgs[e]),
            _ => None,
        })
        .collect();
    // Acronyms the article defines for a regional body, which the lexicon gives to a
    // national one, or for a body whose name has a word the lexicon's does not ("Badan
    // Kepegawaian dan Diklat (BKD)"): every bare use is the article's (see `definitions`).
    let defined_regionally: Vec<&str> = hits
        .iter()
        .filter(|h| {
            h.tokens.len() == 1
                && matches!(h.pat, OrgPat::Name(e) if regional_definition(ctx, h.tokens.start, &ctx.lex.orgs[e])
                    || other_body_defined(ctx, h.tokens.start, &ctx.lex.orgs[e]))
        })
        .map(|h| ctx.word(h.tokens.start))
        .collect();
    let free = |taken: &Taken, r: &Range<usize>| !taken.overlaps(r.clone());
    let own_words = OwnNameWords::new(ctx);
    for h in hits {
        if !free(&taken, &h.tokens) {
            continue;
        }
        // "Dinas Kebudayaan, Pariwisata, Kepemudaan, dan Olahraga": a known body's name
        // that goes on as a list of fields is a merged body, named by generic_names.
        if let OrgPat::Name(e) = h.pat
            && ctx.in_list(Cue::RegionalOrgHead, h.tokens.start)
            && (listed_fields(ctx, regions, h.tokens.end).is_some()
                || merged_fields(ctx, regions, &ctx.lex.orgs[e], h.tokens.start, h.tokens.end))
        {
            continue;
        }
        if extended.iter().any(|(r, acr)| {
            (r.start < h.tokens.end && h.tokens.start < r.end)
                || (h.tokens.len() == 1 && ctx.word(h.tokens.start) == *acr)
        }) {
            continue;
        }
        if h.tokens.len() == 1 && defined_regionally.contains(&ctx.word(h.tokens.start)) {
            continue;
        }
        // "Kepala BKPSDM se-Kalbar": the class of bodies, no one body.
        if let OrgPat::Name(e) = h.pat
            && ctx.lex.orgs[e].regional
            && across_region(ctx, regions, h.tokens.end)
        {
            continue;
        }
        let mention = match h.pat {
            OrgPat::Government(kind) => {
                government_mention(ctx, regions, h.tokens.clone(), kind, &mut orgs)
            }
            OrgPat::Name(i) | OrgPat::Leader(i) => {
                let e = &ctx.lex.orgs[i];
                let leader = matches!(h.pat, OrgPat::Leader(_))
                    .then(|| ctx.text(h.tokens.clone()).to_string());
                if let Some(m) = own_name_mention(
                    ctx,
                    regions,
                    &own_words,
                    h.tokens.clone(),
                    e,
                    &leader,
                    &mut orgs,
                ) {
                    Some(m)
                } else {
                    Some(lexicon_mention(
                        ctx,
                        regions,
                        h.tokens.clone(),
                        e,
                        leader,
                        explicit.get(&i).copied(),
                        &mut orgs,
                    ))
                }
            }
        };
        if let Some(m) = mention {
            taken.add(m.tokens.clone());
            orgs.mentions.push(m);
        }
    }
    definitions(ctx, regions, &mut orgs, &mut taken);
    generic_names(ctx, regions, &mut orgs, &mut taken);
    local_short_forms(ctx, &mut orgs);
    orgs.mentions.sort_by_key(|m| m.tokens.start);
    orgs
}

/// "Kepala Dinas Kominfo Sumsel ... pindah ke Kominfo": a national body's short form that
/// the article also uses inside a regional body's name ("Dinas Kominfo") is that regional
/// body. The national body is dropped when nothing else names it.
fn local_short_forms(ctx: &Context, orgs: &mut Orgs) {
    // Each regional body by the rest of a name it has after an organization head ("Kominfo"
    // of "Dinas Kominfo"), the first in key order; built once, so the step stays linear in
    // the bodies and mentions of an article.
    let mut by_rest: Option<HashMap<String, String>> = None;
    let mut moved: Vec<String> = Vec::new();
    for m in &mut orgs.mentions {
        let written = ctx.text(m.tokens.clone());
        let national = orgs
            .entities
            .get(&m.key)
            .is_some_and(|o| o.region.is_none() && o.alt_names.contains(written));
        if !national || m.leader.is_some() {
            continue;
        }
        let by_rest = by_rest.get_or_insert_with(|| {
            let mut map = HashMap::new();
            for o in orgs.entities.values().filter(|o| o.region.is_some()) {
                for a in &o.alt_names {
                    if let Some((head, rest)) = a.split_once(' ')
                        && is_org_head(ctx.lex, head)
                    {
                        map.entry(rest.to_string()).or_insert_with(|| o.key.clone());
                    }
                }
            }
            map
        });
        if let Some(local) = by_rest.get(written) {
            moved.push(std::mem::replace(&mut m.key, local.clone()));
        }
    }
    for key in moved {
        if !orgs.mentions.iter().any(|m| m.key == key) {
            orgs.entities.remove(&key);
        }
    }
}

fn government_mention(
    ctx: &Context,
    regions: &Regions,
    prefix: Range<usize>,
    kind: Option<RegionKind>,
    orgs: &mut Orgs,
) -> Option<OrgMention> {
    // "Pemerintah Kabupaten (Pemkab) Ponorogo": the short form in brackets before the region.
    let bracketed_short_form = ctx.is_punct(prefix.end, "(")
        && ctx.is_punct(prefix.end + 2, ")")
        && super::starting_at(&ctx.org_hits, prefix.end + 1, |h| h.tokens.start)
            .iter()
            .any(|h| h.tokens.len() == 1 && h.pat == OrgPat::Government(kind));
    let at = if bracketed_short_form {
        prefix.end + 3
    } else {
        prefix.end
    };
    let (rtoks, r) = regions.resolve_at(ctx, at, kind)?;
    let org = government_of(ctx, r);
    let written = ctx.text(prefix.start..rtoks.end);
    let written = (!written.contains('(')).then(|| written.to_string());
    let key = orgs.add(org, written);
    Some(OrgMention {
        tokens: prefix.start..rtoks.end,
        key,
        leader: None,
    })
}

/// "se-Jawa Timur", "se Kalbar" at `at`: every body of its kind in that region, a class
/// and not one body.
fn across_region(ctx: &Context, regions: &Regions, at: usize) -> bool {
    if !ctx.word(at).eq_ignore_ascii_case("se") {
        return false;
    }
    let next = if ctx.is_punct(at + 1, "-") {
        at + 2
    } else {
        at + 1
    };
    regions.candidate_at(next).is_some()
}

/// "(DPM-PTSP)", "(PAN-RB)" at `at`: an acronym of parts in capitals joined by hyphens,
/// in brackets; the token after the closing bracket.
fn hyphenated_acronym(ctx: &Context, at: usize) -> Option<usize> {
    if !ctx.is_punct(at, "(") {
        return None;
    }
    let mut k = at + 1;
    for part in 0..4 {
        if !(ctx.is_word(k) && is_all_caps(ctx.word(k))) {
            return None;
        }
        k += 1;
        if part > 0 && ctx.is_punct(k, ")") {
            return Some(k + 1);
        }
        if !(ctx.is_punct(k, "-") && ctx.touching(k - 1) && ctx.touching(k)) {
            return None;
        }
        k += 1;
    }
    None
}

fn lexicon_mention(
    ctx: &Context,
    regions: &Regions,
    tokens: Range<usize>,
    e: &OrgEntry,
    leader: Option<String>,
    named_region: Option<usize>,
    orgs: &mut Orgs,
) -> OrgMention {
    let mut end = tokens.end;
    let mut written_name = ctx.text(tokens.clone()).to_string();
    // "(DPM-PTSP)": a written form of the body too.
    let mut bracketed = None;
    // "Badan Kepegawaian ... (BKPP)": absorb the acronym in parentheses.
    if ctx.is_punct(end, "(") && ctx.is_punct(end + 2, ")") {
        let inner = ctx.word(end + 1);
        if e.aliases.iter().any(|a| a == inner) || is_all_caps(inner) {
            end += 3;
        }
    } else if let Some(after) = hyphenated_acronym(ctx, end) {
        bracketed = Some(ctx.text(end + 1..after - 1).to_string());
        end = after;
    }
    // "Badan Pengembangan Sumber Daya Manusia (BPSDM) Kemendagri": the known body of the
    // ministry named after it ("... Kementerian Dalam Negeri").
    let e = match super::starting_at(&ctx.org_hits, end, |h| h.tokens.start)
        .iter()
        .find_map(|h| match h.pat {
            OrgPat::Name(p) => ctx
                .lex
                .org_named(&format!("{} {}", e.name, ctx.lex.orgs[p].name))
                .filter(|sub| sub.parent.as_deref() == Some(ctx.lex.orgs[p].key.as_str()))
                .map(|sub| (sub, h.tokens.end)),
            _ => None,
        }) {
        Some((sub, parent_end)) => {
            written_name = ctx.text(tokens.start..parent_end).to_string();
            end = parent_end;
            sub
        }
        None => e,
    };
    // A region after the body: its regional instance ("BKPP OKI", "Bawaslu Ciamis").
    let mut region = None;
    if let Some((rt, r)) = regions.resolve_at(ctx, end, None) {
        let explicit = regions
            .candidate_at(end)
            .is_some_and(|c| c.kind_word.is_some())
            || !ctx.lex.regions[r].ambiguous;
        if e.regional || (explicit && e.parent.is_none()) {
            region = Some(r);
        }
        // A regional office's seat ("Kanreg I BKN Yogyakarta") is part of its name.
        end = rt.end;
    }
    // "anggota DPRD Provinsi, ...", "Sekretaris Dinas Perdagangan Kota)": a regional body
    // of the province, or the city or regency, the article is about.
    if region.is_none()
        && e.regional
        && regions.resolve_at(ctx, end, None).is_none()
        && let Some(kind) = super::starting_at(&ctx.region_hits, end, |h| h.tokens.start)
            .iter()
            .find_map(|h| match h.pat {
                RegionPat::Kind(k) if h.tokens.len() == 1 => Some(k),
                _ => None,
            })
        && let Some(r) = match kind {
            RegionKind::Provinsi => regions
                .dominant_province
                .or_else(|| regions.sole_province(ctx)),
            _ => regions
                .dominant
                .filter(|&r| ctx.lex.regions[r].kind.fits(kind)),
        }
    {
        region = Some(r);
        end += 1;
    }
    // "Badan Kepegawaian Daerah Pemprov Bengkulu": a regional body right before the
    // government it belongs to is that government's region's.
    if region.is_none() && e.regional {
        region = super::starting_at(&ctx.org_hits, end, |h| h.tokens.start)
            .iter()
            .find_map(|h| match h.pat {
                OrgPat::Government(kind) => regions.resolve_at(ctx, h.tokens.end, kind),
                _ => None,
            })
            .map(|(_, r)| r);
    }
    // "Bawaslu RI", "Badan Kepegawaian Negara (BKN) Republik Indonesia": the national
    // body, whatever instance the article names elsewhere.
    let country_after = ctx.word(end) == "Republik" && ctx.word(end + 1) == "Indonesia";
    let national = written_name.ends_with(" RI")
        || written_name.ends_with("Republik Indonesia")
        || ctx.word(end) == "RI"
        || country_after;
    if country_after && !e.regional && regions.resolve_at(ctx, end, None).is_none() {
        end += 2;
    }
    if region.is_none() && !national {
        let acronym = e.aliases.iter().any(|a| a == &written_name);
        region = if e.regional {
            named_region.or(regions.dominant)
        } else if acronym {
            named_region
        } else {
            None
        };
    }
    let region = if national && region.is_none() {
        None
    } else {
        provincial_scope(ctx, regions, e, region)
    };
    let org = lexicon_org(ctx, e, region);
    let written = (!written_name.contains('(') && leader.is_none()).then_some(written_name);
    let key = orgs.add(org, written);
    orgs.add_written(&key, bracketed);
    OrgMention {
        tokens: tokens.start..end,
        key,
        leader,
    }
}

/// "RSUD Marsidi Judono", "Rumah Sakit Umum Daerah (RSUD) Ryacudu": a body of a head of
/// class own-name-head followed by its own name, written like a person's. The name is the
/// body's only when the article never writes its words without such a head before them
/// ("Direktur RSUD Budi Santoso ... kata Budi" names a person), and not when a headline
/// alone writes it.
fn own_name_mention(
    ctx: &Context,
    regions: &Regions,
    own_words: &OwnNameWords,
    tokens: Range<usize>,
    e: &OrgEntry,
    leader: &Option<String>,
    orgs: &mut Orgs,
) -> Option<OrgMention> {
    ctx.cue_ending_at(tokens.end, Cue::OwnNameHead)?;
    let from = if ctx.is_punct(tokens.end, "(") && ctx.is_punct(tokens.end + 2, ")") {
        tokens.end + 3
    } else {
        tokens.end
    };
    let n = ctx.toks.len();
    let mut end = from;
    while end < n
        && end - from < 4
        && ctx.is_capitalized_word(end)
        && regions.candidate_at(end).is_none()
        && !ctx.title_at(end)
        && !is_org_head(ctx.lex, ctx.word(end))
        && ctx.honorific(end).is_none()
        && !ctx.lex.is_stopword(ctx.word(end))
    {
        end += 1;
    }
    if end == from {
        return None;
    }
    let words = || (from..end).map(|k| ctx.word(k));
    if !words().all(|w| own_words.always_after_head(w)) || !words().any(|w| own_words.in_body(w)) {
        return None;
    }
    let own = ctx.text(from..end).to_string();
    let mut region = regions.dominant;
    let mut stop = end;
    if let Some((rt, r)) = regions.resolve_at(ctx, end, None) {
        region = Some(r);
        stop = rt.end;
    }
    let mut alt_names = BTreeSet::new();
    if let Some(acr) = e.aliases.first() {
        alt_names.insert(format!("{acr} {own}"));
    }
    let written = ctx.text(tokens.start..end).to_string();
    if leader.is_none() && !written.contains('(') {
        alt_names.insert(written);
    }
    let org = Org {
        key: format!("{}-{}", e.key, slugify(&own)),
        class: e.class,
        name: format!("{} {own}", e.name),
        alt_names,
        region,
        parent: None,
    };
    let key = orgs.add(org, None);
    Some(OrgMention {
        tokens: tokens.start..stop,
        key,
        leader: leader.clone(),
    })
}

/// For each word of an article with an own-name-head: whether every occurrence follows such
/// a head (see `after_own_name_head`), and whether one is outside a headline. Read in one
/// pass, so an article naming many hospitals stays linear.
struct OwnNameWords<'a> {
    words: HashMap<&'a str, (bool, bool)>,
}

impl<'a> OwnNameWords<'a> {
    fn new(ctx: &Context<'a>) -> Self {
        let mut words: HashMap<&'a str, (bool, bool)> = HashMap::new();
        if ctx
            .cues
            .iter()
            .any(|h| h.pat == CuePat::Cue(Cue::OwnNameHead))
        {
            for k in 0..ctx.toks.len() {
                if !ctx.is_capitalized_word(k) {
                    continue;
                }
                let e = words.entry(ctx.word(k)).or_insert((true, false));
                e.0 &= after_own_name_head(ctx, k);
                e.1 |= !ctx.is_title_sentence(ctx.sentence_of(k));
            }
        }
        OwnNameWords { words }
    }
    fn always_after_head(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|e| e.0)
    }
    fn in_body(&self, w: &str) -> bool {
        self.words.get(w).is_some_and(|e| e.1)
    }
}

/// Whether the capitalised word at `k` follows an own-name-head, directly or after other
/// capitalised words or the head's bracketed acronym.
fn after_own_name_head(ctx: &Context, k: usize) -> bool {
    let mut s = k;
    loop {
        if ctx.cue_ending_at(s, Cue::OwnNameHead).is_some()
            || (s >= 3
                && ctx.is_punct(s - 1, ")")
                && ctx.cue_ending_at(s - 3, Cue::OwnNameHead).is_some())
        {
            return true;
        }
        if s == 0 || k - s >= 3 || !ctx.is_capitalized_word(s - 1) {
            return false;
        }
        s -= 1;
    }
}

/// Where the long name before the bracket at `open` starts: the furthest organization head
/// reached walking back over capitalised words and connectors.
fn long_form_start(ctx: &Context, open: usize) -> Option<usize> {
    let mut j = open;
    let mut start = None;
    while j > 0 && open - j < 14 {
        j -= 1;
        let w = ctx.word(j);
        let connector = matches!(w, "dan" | "serta" | "," | "&");
        if !(ctx.is_capitalized_word(j) || connector) {
            break;
        }
        if ctx.in_list(Cue::OrgHead, j) {
            start = Some(j);
        }
    }
    start
}

/// "Sekretariat Kabupaten (Setkab) Lebong": an acronym in brackets at `at` after a long name
/// that fits it and names a region's kind, where the lexicon gives the acronym to a national
/// body whose name has no such word (Sekretariat Kabinet), is the article's own definition
/// of a regional body.
fn regional_definition(ctx: &Context, at: usize, e: &OrgEntry) -> bool {
    if e.regional || at == 0 || !(ctx.is_punct(at - 1, "(") && ctx.is_punct(at + 1, ")")) {
        return false;
    }
    let Some(s) = long_form_start(ctx, at - 1) else {
        return false;
    };
    let kind_word = |w: &str| RegionKind::parse(w).is_some();
    (s..at - 1).any(|k| kind_word(ctx.word(k)))
        && !e.name.split(' ').any(kind_word)
        && initials_fit(ctx, s..at - 1, ctx.word(at))
}

/// "Badan Kepegawaian dan Diklat (BKD)": an acronym in brackets at `at` after a long name
/// that fits it and has a word in capitals (not a short form) that the names of `e`, the
/// regional body the lexicon gives the acronym to, lack: the article defines another body.
fn other_body_defined(ctx: &Context, at: usize, e: &OrgEntry) -> bool {
    // A national body has one name; another word there is a slip ("Lembaga Aparatur
    // Negara (LAN)").
    if !e.regional || at == 0 || !(ctx.is_punct(at - 1, "(") && ctx.is_punct(at + 1, ")")) {
        return false;
    }
    let Some(s) = long_form_start(ctx, at - 1) else {
        return false;
    };
    let known = |w: &str| {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .flat_map(|n| n.split(|c: char| !c.is_alphanumeric()))
            .any(|n| n.eq_ignore_ascii_case(w))
    };
    (s..at - 1).any(|k| ctx.is_capitalized_word(k) && !ctx.is_upper_word(k) && !known(ctx.word(k)))
        && initials_fit(ctx, s..at - 1, ctx.word(at))
}

/// "Long Name (ACR)": an organization defined by the article itself, when the long name
/// starts with an organization head and the acronym fits its initials.
fn definitions(ctx: &Context, regions: &Regions, orgs: &mut Orgs, taken: &mut Taken) {
    let n = ctx.toks.len();
    let mut defined: Vec<(String, String)> = Vec::new();
    for i in 1..n.saturating_sub(2) {
        if !(ctx.is_punct(i, "(") && ctx.is_punct(i + 2, ")") && ctx.is_word(i + 1)) {
            continue;
        }
        let acr = ctx.word(i + 1);
        if acr.len() < 2 || acr.len() > 14 || !is_capitalized(acr) {
            continue;
        }
        if taken.inside(i) {
            continue;
        }
        let Some(s) = long_form_start(ctx, i) else {
            continue;
        };
        if taken.overlaps(s..i) {
            continue;
        }
        if !initials_fit(ctx, s..i, acr) {
            continue;
        }
        let long = ctx.text(s..i).trim_end_matches(',').to_string();
        let mut end = i + 3;
        let mut region = None;
        if let Some((rt, r)) = regions.resolve_at(ctx, end, None) {
            region = Some(r);
            end = rt.end;
        }
        // "Badan Kepegawaian dan Sumber Daya Manusia (BKSDM) ... Kepala BKSDM Badung": a
        // body defined without its region is that of the one region its acronym is later
        // written with.
        region = region.or_else(|| region_written_after(ctx, regions, acr, end));
        // A Dinas is its article's region's, as in generic_names.
        if ctx.word(s) == "Dinas" {
            region = region.or(regions.dominant);
        }
        // "Badan Kepegawaian Pembinaan Sumber Daya Manusia (BKPSDM)": a known body's
        // acronym after a name that differs from the known one by a word is that body.
        let (org, written) = match known_body(ctx, &long, acr) {
            Some(e) => {
                let region = region.or(if e.regional { regions.dominant } else { None });
                let region = provincial_scope(ctx, regions, e, region);
                (lexicon_org(ctx, e, region), Some(long))
            }
            None => {
                let (key, name) = match region {
                    Some(r) => (
                        format!("{}-{}", slugify(&long), ctx.lex.regions[r].key),
                        ctx.lex.regions[r].qualify(&long),
                    ),
                    None => (slugify(&long), long.clone()),
                };
                let class = if ctx.in_list(Cue::CivilOrgHead, s) {
                    OrgClass::Other
                } else {
                    OrgClass::Government
                };
                let org = Org {
                    key,
                    class,
                    name,
                    alt_names: BTreeSet::from([acr.to_string(), long]),
                    region,
                    parent: None,
                };
                (org, None)
            }
        };
        let key = orgs.add(org, written);
        taken.add(s..end);
        orgs.mentions.push(OrgMention {
            tokens: s..end,
            key: key.clone(),
            leader: None,
        });
        defined.push((acr.to_string(), key));
    }
    // Later bare uses of a defined acronym.
    for (acr, key) in defined {
        for i in 0..n {
            if ctx.word(i) == acr && ctx.is_word(i) && !taken.covers(i) {
                // "Panwaslih Pidie": the region written after it belongs to the mention.
                let end = regions
                    .resolve_at(ctx, i + 1, None)
                    .map_or(i + 1, |(t, _)| t.end);
                taken.add(i..end);
                orgs.mentions.push(OrgMention {
                    tokens: i..end,
                    key: key.clone(),
                    leader: None,
                });
            }
        }
    }
}

/// ", Pariwisata, Kepemudaan, dan Olahraga" at `from`, after a body's first field: the
/// end of a list of further fields (one to three capitalised words each, none a body's
/// head, a region or a title) set off by commas and closed by "dan"/"serta".
fn listed_fields(ctx: &Context, regions: &Regions, from: usize) -> Option<usize> {
    if !ctx.is_punct(from, ",") {
        return None;
    }
    let listed_word = |k: usize| {
        ctx.is_capitalized_word(k)
            && !ctx.in_list(Cue::OrgHead, k)
            && !ctx.in_list(Cue::GenericOrgHead, k)
            && regions.candidate_at(k).is_none()
            && !ctx.title_at(k)
    };
    // One to four words ("Pelayanan Terpadu Satu Pintu").
    let field = |k: usize| {
        let mut e = k;
        while e < k + 4 && listed_word(e) {
            e += 1;
        }
        (e > k).then_some(e)
    };
    let mut k = from;
    let mut fields = 0;
    while fields < 6 {
        if ctx.is_punct(k, ",") {
            k += 1;
        }
        if matches!(ctx.word(k), "dan" | "serta") {
            return (fields > 0).then(|| field(k + 1)).flatten();
        }
        let start = k;
        k = field(k)?;
        fields += 1;
        // "Dinas Sosial, Tenaga Kerja dan Transmigrasi": one field after the comma, then
        // "dan" and the last, all words of known bodies' names.
        if fields == 1
            && matches!(ctx.word(k), "dan" | "serta")
            && (start..k).all(|n| field_word(ctx, regions, n))
        {
            return fields_from(ctx, regions, k + 1);
        }
        if !ctx.is_punct(k, ",") {
            return None;
        }
    }
    None
}

/// A word that continues a body's name as one more field: capitalised, used in some
/// known body's name ("Tenaga", "Transmigrasi"), and not a region, a title or the head of
/// another body.
fn field_word(ctx: &Context, regions: &Regions, k: usize) -> bool {
    ctx.is_capitalized_word(k)
        && ctx.classes(k).is_org_word()
        && !ctx.in_list(Cue::OrgHead, k)
        && !ctx.in_list(Cue::GenericOrgHead, k)
        && regions.candidate_at(k).is_none()
        && !ctx.title_at(k)
        && super::starting_at(&ctx.org_hits, k, |h| h.tokens.start).is_empty()
        // "Dinas Perdagangan Kota": a region's kind word says whose the body is.
        && super::starting_at(&ctx.region_hits, k, |h| h.tokens.start).is_empty()
}

/// The end of one to three field words from `k`.
fn fields_from(ctx: &Context, regions: &Regions, k: usize) -> Option<usize> {
    let mut e = k;
    while e < k + 3 && field_word(ctx, regions, e) {
        e += 1;
    }
    (e > k).then_some(e)
}

/// "Dinas Sosial Tenaga Kerja dan Transmigrasi", "Dinas Perindustrian Perdagangan Koperasi
/// dan Pertanian": a known regional body `e` (`start..end`) whose name goes on, without
/// commas, with further fields is a merged body, which `generic_names` reads whole. It can
/// when the head is "Dinas" (scoped to the article's region) or a region follows the
/// fields. Not when the known name has those words already: "Dinas PU dan Penataan Ruang"
/// spells out the short form of "Dinas Pekerjaan Umum dan Penataan Ruang".
fn merged_fields(ctx: &Context, regions: &Regions, e: &OrgEntry, start: usize, end: usize) -> bool {
    let mut k = end;
    if matches!(ctx.word(k), "dan" | "serta") {
        k += 1;
    }
    if !field_word(ctx, regions, k) {
        return false;
    }
    let known = e.name.to_lowercase();
    let mut new_field = false;
    while field_word(ctx, regions, k)
        || (matches!(ctx.word(k), "dan" | "serta") && field_word(ctx, regions, k + 1))
    {
        let w = ctx.word(k).to_lowercase();
        new_field |= ctx.is_word(k) && !known.split([' ', ',']).any(|n| n == w);
        k += 1;
    }
    new_field && (ctx.word(start) == "Dinas" || regions.candidate_at(k).is_some())
}

/// Where the holder's name starts in a regional body's name being read at `j` (after at
/// least one field): "Kepala Dinas Pertamanan Pemakaman Budi Santoso", two or more
/// capitalised words that no known body's name uses; one before a comma or "dan" and the
/// next title ("... Transmigrasi Dyah, Kepala Dinas ...").
fn holder_starts(ctx: &Context, regions: &Regions, j: usize) -> bool {
    let mut e = j;
    while holder_word(ctx, regions, e) {
        e += 1;
    }
    match e - j {
        0 => false,
        1 => {
            (ctx.is_punct(e, ",") || matches!(ctx.word(e), "dan" | "serta")) && ctx.title_at(e + 1)
        }
        _ => true,
    }
}

/// A capitalised word no known body's name, unit or region has: a holder's, after a body.
fn holder_word(ctx: &Context, regions: &Regions, n: usize) -> bool {
    ctx.is_capitalized_word(n)
        && !ctx.classes(n).is_org_word()
        && !ctx.classes(n).has(Cue::UnitWord)
        && !ctx.in_list(Cue::UnitStop, n)
        && regions.candidate_at(n).is_none()
}

/// Whether the head at `head` ends a title ("Sekretaris Dinas", "Kepala Dinas") and the one
/// word after it is a holder's name: capitalised, in no known body's name, no field
/// ("Perikanan"), followed by a comma.
fn titled_holder_after_head(ctx: &Context, regions: &Regions, head: usize) -> bool {
    let k = head + 1;
    let ends_title = (head.saturating_sub(2)..head).any(|s| {
        ctx.cues_at(s)
            .any(|h| matches!(h.pat, CuePat::Role(_)) && h.tokens.end == head + 1)
    });
    ends_title
        && holder_word(ctx, regions, k)
        && !ctx.classes(k).is_stopword()
        && !crate::text::is_derived_noun(ctx.word(k))
        && ctx.is_punct(k + 1, ",")
}

/// "Dinas Ketahanan Pangan dan Pertanian (DKPP)" after the known "Dinas Ketahanan Pangan"
/// at `known` (or "Badan Kepegawaian Daerah Pendidikan dan Latihan (BKPL)" after "Badan
/// Kepegawaian Daerah"): the tokens of the longer definition and its acronym, when the
/// acronym is not the known body's and fits the longer name's initials.
fn extended_definition<'c>(
    ctx: &'c Context,
    known: Range<usize>,
    e: &OrgEntry,
) -> Option<(Range<usize>, &'c str)> {
    let j = known.end;
    // "... dan Pertanian (DKPP)", or more fields without "dan": "Badan Kepegawaian Daerah
    // Pendidikan dan Latihan (BKPL)".
    let and = matches!(ctx.word(j), "dan" | "serta") && ctx.is_capitalized_word(j + 1);
    let field = ctx.is_capitalized_word(j) && ctx.classes(j).is_org_word();
    if !(ctx.in_list(Cue::OrgHead, known.start) && (and || field)) {
        return None;
    }
    let mut k = j + 1;
    while k < j + 8 && (ctx.is_capitalized_word(k) || matches!(ctx.word(k), "dan" | "serta" | ","))
    {
        k += 1;
    }
    if !(ctx.is_punct(k, "(") && ctx.is_word(k + 1) && ctx.is_punct(k + 2, ")")) {
        return None;
    }
    let acr = ctx.word(k + 1);
    if acr.len() < 2 || !is_capitalized(acr) || e.aliases.iter().any(|a| a == acr) {
        return None;
    }
    initials_fit(ctx, known.start..k, acr).then_some((known.start..k + 3, acr))
}

/// The one region that uses of acronym `acr` from token `from` on are written with
/// ("BKSDM Badung"), if they name exactly one.
fn region_written_after(ctx: &Context, regions: &Regions, acr: &str, from: usize) -> Option<usize> {
    let mut found = None;
    for i in from..ctx.toks.len() {
        if ctx.word(i) != acr || !ctx.is_word(i) {
            continue;
        }
        if let Some((_, r)) = regions.resolve_at(ctx, i + 1, None) {
            if found.is_some_and(|f| f != r) {
                return None;
            }
            found = Some(r);
        }
    }
    found
}

/// A body that exists only per province (Kejaksaan Tinggi) is the province's: the province
/// of a kabupaten or kota it was scoped to, or the province the article is about.
fn provincial_scope(
    ctx: &Context,
    regions: &Regions,
    e: &OrgEntry,
    region: Option<usize>,
) -> Option<usize> {
    if !e.provincial {
        return region;
    }
    match region {
        Some(r) if ctx.lex.regions[r].kind == RegionKind::Provinsi => Some(r),
        Some(r) => ctx.lex.regions[r].province,
        None => regions
            .dominant_province
            .or_else(|| regions.sole_province(ctx)),
    }
}

/// The lexicon body whose acronym is `acr` and whose name shares at least 60% of its words
/// with `long` (so "Badan Keuangan Daerah (BKD)" is not the Badan Kepegawaian Daerah).
fn known_body<'l>(ctx: &Context<'l>, long: &str, acr: &str) -> Option<&'l OrgEntry> {
    let words = |s: &str| -> BTreeSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !matches!(*w, "dan" | "serta"))
            .map(str::to_lowercase)
            .collect()
    };
    let written = words(long);
    // "Sumberdaya" for "Sumber Daya": the same letters, spaced differently.
    let squeezed = |s: &str| -> String {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !matches!(*w, "dan" | "serta"))
            .collect::<String>()
            .to_lowercase()
    };
    let written_squeezed = squeezed(long);
    let overlap = |e: &OrgEntry| {
        if written_squeezed == squeezed(&e.name) {
            return 1.0;
        }
        let known = words(&e.name);
        let shared = written.intersection(&known).count();
        shared as f64 / written.union(&known).count().max(1) as f64
    };
    ctx.lex
        .orgs
        .iter()
        .filter(|e| e.aliases.iter().any(|a| a == acr))
        .map(|e| (overlap(e), e))
        .filter(|(o, _)| *o >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, e)| e)
}

/// Whether the acronym fits the long name: its letters appear in order, preferring word
/// initials ("KIP": Komisi Independen Pemilihan; "Bappeda": Badan Perencanaan Pembangunan
/// Daerah), or it starts with the first syllable of the name ("Satgas": Satuan Tugas).
fn initials_fit(ctx: &Context, long: Range<usize>, acr: &str) -> bool {
    let words: Vec<String> = long
        .filter(|&k| ctx.is_word(k))
        .map(|k| ctx.word(k).to_lowercase())
        .collect();
    let acr: Vec<char> = acr
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if acr.is_empty() || words.is_empty() || !words[0].starts_with(acr[0]) {
        return false;
    }
    let first: String = words[0].chars().take(3).collect();
    if acr.len() >= 4 && acr.iter().take(3).collect::<String>() == first {
        return true;
    }
    let connector = |w: &str| matches!(w, "dan" | "serta" | "&");
    let (mut wi, mut ci, mut initials) = (0usize, 1usize, 1usize);
    for &a in &acr[1..] {
        if let Some(k) =
            (wi + 1..words.len()).find(|&k| !connector(&words[k]) && words[k].starts_with(a))
        {
            wi = k;
            ci = 1;
            initials += 1;
        } else if let Some(p) = words[wi].chars().skip(ci).position(|c| c == a) {
            ci += p + 1;
        } else {
            return false;
        }
    }
    let content_words = words.iter().filter(|w| !connector(w)).count();
    initials * 2 >= content_words.min(acr.len())
}

/// "Dinas Perikanan Kabupaten Lahat", "Universitas Diponegoro", "PT Sampoerna Agro Tbk".
fn generic_names(ctx: &Context, regions: &Regions, orgs: &mut Orgs, taken: &mut Taken) {
    let n = ctx.toks.len();
    // Whether a name read in a title-case line is also written elsewhere (looked up once).
    let mut in_body: HashMap<String, bool> = HashMap::new();
    let mut i = 0;
    while i < n {
        let w = ctx.word(i);
        let is_pt = w == "PT" && ctx.is_word(i);
        let task_force = w == "Satgas" || (w == "Satuan" && ctx.word(i + 1) == "Tugas");
        let dinas = w == "Dinas";
        // "Dinas ...", "Badan ...": a regional body, named before its region.
        let regional = ctx.in_list(Cue::RegionalOrgHead, i);
        let head = (ctx.in_list(Cue::GenericOrgHead, i) && (w != "Satuan" || task_force)) || is_pt;
        // "Rumah Dinas Bupati", "Mobil Dinas Sekda": a title after "Dinas" names whose
        // residence or car it is, not a body.
        let of_title = dinas && ctx.title_at(i + 1);
        if !head || of_title || taken.covers(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if is_pt && ctx.is_punct(j, ".") {
            j += 1;
        }
        let mut last_word = i;
        while j < n && j - i < 10 {
            // Another body starts: the name ends before it. "Kepala Dinas Pemprov": a
            // government named after "Dinas" says whose the Dinas are, not which.
            if taken.covers(j)
                || super::starting_at(&ctx.org_hits, j, |h| h.tokens.start)
                    .iter()
                    .any(|h| matches!(h.pat, OrgPat::Government(_)))
            {
                break;
            }
            // A Dinas's region follows its name; a university's region is part of it.
            if let Some(c) = regions.candidate_at(j)
                && !is_pt
            {
                if regional || task_force {
                    break;
                }
                last_word = c.tokens.end - 1;
                j = c.tokens.end;
                continue;
            }
            // "Kepala Dinas Sosial Tenaga Kerja Dyah Kemala": the holder's name ends it.
            if regional && j > i + 1 && holder_starts(ctx, regions, j) {
                break;
            }
            // "melalui Sekretaris Dinas Rusmiadi, ...": a title ending in the head, then one
            // word no body's name has and a comma: the holder of the Dinas the article is
            // about, not a body of that name.
            if regional && j == i + 1 && titled_holder_after_head(ctx, regions, i) {
                break;
            }
            // "Dinas Perizinan Akan Urus Pariwisata": a headline's function word ends it.
            if (ctx.is_capitalized_word(j) && !ctx.in_list(Cue::UnitStop, j))
                || ctx.is_upper_word(j) && task_force
                || (is_pt && ctx.word(j) == "Tbk")
            {
                last_word = j;
                j += 1;
            } else if regional && let Some(end) = listed_fields(ctx, regions, j) {
                last_word = end - 1;
                j = end;
            } else if matches!(ctx.word(j), "dan" | "serta")
                && ctx.is_capitalized_word(j + 1)
                && !taken.starts_at(j + 1)
                && !ctx.in_list(Cue::GenericOrgHead, j + 1)
                // "Kepala Dinas Pertanahan dan Kepala DP3AP2KB": a title after "dan"
                // starts the next item.
                && !ctx.title_at(j + 1)
            {
                j += 1;
            } else {
                break;
            }
        }
        if last_word == i || taken.overlaps(i..last_word + 1) {
            i += 1;
            continue;
        }
        let name = ctx.text(i..last_word + 1).to_string();
        // A headline capitalises every word ("Penetapan Kepala Dinas Prerogatif Walikota"):
        // a name found only in title-case lines is no body.
        if ctx.is_title_sentence(ctx.sentence_of(i))
            && !*in_body.entry(name.clone()).or_insert_with(|| {
                ctx.body.match_indices(name.as_str()).any(|(at, _)| {
                    let t = ctx.toks.token_at_or_after(at);
                    t < n && !ctx.is_title_sentence(ctx.sentence_of(t))
                })
            })
        {
            i += 1;
            continue;
        }
        let mut end = last_word + 1;
        // "Dinas Kepegawaian ... se Jawa Timur": the Dinas of every regency, no body.
        if across_region(ctx, regions, end) {
            i = end;
            continue;
        }
        let mut region = None;
        if regional || task_force {
            if let Some((rt, r)) = regions.resolve_at(ctx, end, None) {
                region = Some(r);
                end = rt.end;
            } else if dinas {
                region = regions.dominant;
            } else if regional {
                // Any other head ("Badan ...") makes a body only with its region written.
                i += 1;
                continue;
            }
        }
        let (key, full) = match region {
            Some(r) => (
                format!("{}-{}", slugify(&name), ctx.lex.regions[r].key),
                ctx.lex.regions[r].qualify(&name),
            ),
            None => (slugify(&name), name.clone()),
        };
        let class = if regional || task_force {
            OrgClass::Government
        } else {
            OrgClass::Other
        };
        let mut alt = BTreeSet::new();
        if full != name {
            alt.insert(name.clone());
        }
        let key = orgs.add(
            Org {
                key,
                class,
                name: full,
                alt_names: alt,
                region,
                parent: None,
            },
            None,
        );
        taken.add(i..end);
        orgs.mentions.push(OrgMention {
            tokens: i..end,
            key,
            leader: None,
        });
        i = end;
    }
}
