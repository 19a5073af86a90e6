//! Regions: provinces, kabupaten and kota from the gazetteer, with their kind words
//! ("Kabupaten OKI", "Kab. Lahat") or bare ("Bontang"). A bare name that is an ordinary
//! word ("Malang", "Batu") counts only where context asks for a region ("Pemkot Malang").

use super::{Context, RegionRef};
use crate::lexicon::{CuePat, OrgPat, RegionKind, RegionPat, Takes};
use crate::text::is_capitalized;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

/// A place in the text where a region may be named.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Tokens, including a kind word and a parenthesised alias when present.
    pub tokens: Range<usize>,
    /// The name itself.
    pub name_tokens: Range<usize>,
    pub kind_word: Option<RegionKind>,
    /// The kind a region head's title right before implies ("Walikota Madiun": a kota).
    pub kind_hint: Option<RegionKind>,
    /// Gazetteer regions the name can denote.
    pub regions: Vec<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Regions {
    pub candidates: Vec<Candidate>,
    /// Resolved mentions (candidate index → region) that stand on their own.
    pub resolved: BTreeMap<usize, usize>,
    /// Regions resolved in context by other extractors (organization or position words).
    pub contextual: std::cell::RefCell<Vec<(Range<usize>, usize)>>,
    /// The region the article is mostly about.
    pub dominant: Option<usize>,
    /// The province the article is mostly about: the dominant region if it is one, else
    /// the province named most by the same test, else the dominant region's province.
    pub dominant_province: Option<usize>,
}

impl Regions {
    /// The candidate starting exactly at token `i` (kind word included).
    pub fn candidate_at(&self, i: usize) -> Option<&Candidate> {
        super::near(&self.candidates, i, |c| c.tokens.start)
            .iter()
            .find(|c| c.tokens.start == i || c.name_tokens.start == i)
    }

    /// The candidate whose tokens include token `i`.
    pub fn candidate_covering(&self, i: usize) -> Option<&Candidate> {
        super::near(&self.candidates, i, |c| c.tokens.start)
            .iter()
            .find(|c| c.tokens.start <= i && i < c.tokens.end)
    }

    /// The candidate whose name (not its kind word) starts at token `i`.
    pub fn name_at(&self, i: usize) -> Option<&Candidate> {
        super::near(&self.candidates, i, |c| c.tokens.start)
            .iter()
            .find(|c| c.name_tokens.start == i)
    }

    /// The article's own region of `kind` (any kind for None), for a title written without
    /// one: for a province the dominant province, else the only one named; otherwise the
    /// dominant region, if it is of that kind.
    pub fn article_region(&self, ctx: &Context, kind: Option<RegionKind>) -> Option<usize> {
        let d = match kind {
            Some(RegionKind::Provinsi) => {
                self.dominant_province.or_else(|| self.sole_province(ctx))
            }
            _ => self.dominant,
        }?;
        kind.is_none_or(|k| ctx.lex.regions[d].kind.fits(k))
            .then_some(d)
    }

    /// The one province the article names, on its own or in context ("Pemprov Bengkulu"),
    /// if it names exactly one.
    pub fn sole_province(&self, ctx: &Context) -> Option<usize> {
        let contextual = self.contextual.borrow();
        let named = (self.resolved.values().copied())
            .chain(contextual.iter().map(|(_, r)| *r))
            .filter(|&r| ctx.lex.regions[r].kind == RegionKind::Provinsi);
        let mut found = None;
        for r in named {
            match found {
                Some(f) if f != r => return None,
                _ => found = Some(r),
            }
        }
        found
    }

    /// Resolves the candidate at `i` for a context that wants `kind` (a Bupati wants a
    /// kabupaten). Ambiguous bare names are accepted here: the context vouches for them.
    pub fn resolve_at(
        &self,
        ctx: &Context,
        i: usize,
        kind: Option<RegionKind>,
    ) -> Option<(Range<usize>, usize)> {
        let c = self.candidate_at(i)?;
        let r = self.choose(ctx, c, kind, true)?;
        self.contextual.borrow_mut().push((c.tokens.clone(), r));
        Some((i..c.tokens.end, r))
    }

    fn choose(
        &self,
        ctx: &Context,
        c: &Candidate,
        wanted: Option<RegionKind>,
        in_context: bool,
    ) -> Option<usize> {
        let regions = &ctx.lex.regions;
        let mut options: Vec<usize> = c
            .regions
            .iter()
            .copied()
            .filter(|&r| c.kind_word.is_none_or(|k| regions[r].kind.fits(k)))
            .filter(|&r| wanted.is_none_or(|k| regions[r].kind.fits(k)))
            .collect();
        if c.kind_word.is_none() && !in_context {
            options.retain(|&r| !regions[r].ambiguous);
            // "KP Bali", "Kecamatan Tanah Abang", "Jalan Lampung": a lower-level place.
            let before = c.name_tokens.start;
            if before > 0
                && ctx
                    .lex
                    .is_word(crate::lexicon::Cue::LowerPlace, ctx.word(before - 1))
            {
                return None;
            }
        }
        options.dedup();
        match options.len() {
            0 => None,
            1 => Some(options[0]),
            _ => {
                // Several regions share the name: take the one the article names
                // unambiguously elsewhere, or the dominant one.
                let named: BTreeSet<usize> = self.resolved.values().copied().collect();
                let here: Vec<usize> = options
                    .iter()
                    .copied()
                    .filter(|r| named.contains(r))
                    .collect();
                if here.len() == 1 {
                    return Some(here[0]);
                }
                self.dominant.filter(|d| options.contains(d))
            }
        }
    }

    /// Every region mentioned, with the forms written.
    pub fn mentioned(&self, ctx: &Context) -> Vec<RegionRef> {
        let mut out: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
        // Forms as written that differ from the official name ("OKI", "Muba"), but not the
        // official name in capitals.
        let mut add = |tokens: Range<usize>, r: usize| {
            let forms = out.entry(r).or_default();
            let at = super::starting_at(&self.candidates, tokens.start, |c| c.tokens.start);
            if let Some(c) = at.iter().find(|c| c.tokens == tokens) {
                let written = ctx.text(c.name_tokens.clone()).to_string();
                if !written.eq_ignore_ascii_case(&ctx.lex.regions[r].name) {
                    forms.insert(written);
                }
            }
        };
        for (&ci, &r) in &self.resolved {
            add(self.candidates[ci].tokens.clone(), r);
        }
        for (tokens, r) in self.contextual.borrow().iter() {
            add(tokens.clone(), *r);
        }
        out.into_iter()
            .map(|(region, alt_names)| RegionRef { region, alt_names })
            .collect()
    }
}

pub fn find(ctx: &Context) -> Regions {
    let hits = ctx.region_hits.as_slice();
    let mut kinds: Vec<(Range<usize>, RegionKind)> = Vec::new();
    let mut names: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
    for h in hits {
        match h.pat {
            RegionPat::Kind(k) => kinds.push((h.tokens.clone(), k)),
            RegionPat::Name(r) => match names.last_mut() {
                Some((t, rs)) if *t == h.tokens => rs.push(r),
                _ => names.push((h.tokens.clone(), vec![r])),
            },
        }
    }
    // Longest names win; a name inside a longer name is not a mention.
    // Hits come by start, so the names chosen do too, and do not overlap: only the last
    // one chosen can overlap the next name.
    let mut chosen: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
    for (t, rs) in names {
        if chosen
            .last()
            .is_some_and(|(c, _)| c.start < t.end && t.start < c.end)
        {
            continue;
        }
        chosen.push((t, rs));
    }
    // The longest kind word ending at each token (the last of equals, as before).
    let mut kind_ending: HashMap<usize, (Range<usize>, RegionKind)> = HashMap::new();
    for (k, kind) in kinds {
        match kind_ending.get(&k.end) {
            Some((best, _)) if best.len() > k.len() => {}
            _ => {
                kind_ending.insert(k.end, (k, kind));
            }
        }
    }
    let mut candidates = Vec::new();
    // Short forms the article defines: the first definition of each, from where it ends.
    let mut defined: HashMap<String, (usize, Vec<usize>)> = HashMap::new();
    for (t, regions) in chosen {
        // A kind word right before ("Kabupaten", "Kab.", "Kota Administrasi").
        let kind = kind_ending.get(&t.start).cloned();
        let start = kind.as_ref().map_or(t.start, |(k, _)| k.start);
        let mut end = t.end;
        // A parenthesised alias of the same region: "Ogan Komering Ilir (OKI)", or one
        // the article defines ("Pesisir Barat (Pesbar)"): its later uses name the region.
        if ctx.is_punct(end, "(") && ctx.is_punct(end + 2, ")") && ctx.is_word(end + 1) {
            let alias = ctx.word(end + 1);
            if regions
                .iter()
                .any(|&r| ctx.lex.regions[r].aliases.iter().any(|a| a == alias))
            {
                end += 3;
            } else if is_capitalized(alias) && abbreviates(alias, ctx.text(t.clone())) {
                end += 3;
                defined
                    .entry(alias.to_string())
                    .or_insert((end, regions.clone()));
            }
        }
        let kind_hint = (t.start.saturating_sub(3)..t.start).find_map(|j| {
            ctx.cues_at(j).find_map(|h| match h.pat {
                CuePat::Role(r) if h.tokens.end == t.start => match ctx.lex.roles[r].takes {
                    Takes::Region(kind) => kind,
                    _ => None,
                },
                _ => None,
            })
        });
        candidates.push(Candidate {
            tokens: start..end,
            name_tokens: t,
            kind_word: kind.map(|(_, k)| k),
            kind_hint,
            regions,
        });
    }
    // One pass over the tokens for all of them.
    if !defined.is_empty() {
        let mut covered = vec![false; ctx.toks.len()];
        for c in &candidates {
            for i in c.tokens.clone() {
                covered[i] = true;
            }
        }
        for (i, &taken) in covered.iter().enumerate() {
            if let Some((from, regions)) = defined.get(ctx.word(i))
                && !taken
                && i >= *from
                && ctx.is_word(i)
            {
                candidates.push(Candidate {
                    tokens: i..i + 1,
                    name_tokens: i..i + 1,
                    kind_word: None,
                    kind_hint: None,
                    regions: regions.clone(),
                });
            }
        }
    }
    // Sorted by start: lookups by token are binary searches.
    candidates.sort_by_key(|c| c.tokens.start);
    let mut regions = Regions {
        candidates,
        ..Regions::default()
    };
    // First pass: unique readings; then the dominant region; then shared names.
    for pass in 0..2 {
        for (ci, c) in regions.candidates.iter().enumerate() {
            if regions.resolved.contains_key(&ci) {
                continue;
            }
            // A shared name after a region head's title reads as the title's kind.
            let hinted = c.kind_hint.is_some();
            if let Some(r) = regions.choose(ctx, c, c.kind_hint, hinted) {
                let unique = c.regions.len() == 1 || c.kind_word.is_some() || hinted;
                if pass == 1 || unique {
                    regions.resolved.insert(ci, r);
                }
            }
        }
        if pass == 0 {
            (regions.dominant, regions.dominant_province) = dominant(ctx, &regions);
        }
    }
    // Drop resolved mentions inside a parenthesised alias we already absorbed.
    regions
}

/// The region the article is about, which scopes the regional bodies it names without a
/// region ("Kepala BKPSDM", "Dinas Pertanian"): the kabupaten or kota named most often (a
/// name after its kind word counts double), if it is named more than once and more than
/// any other; failing that, a province by the same test. A region named once in passing
/// ("KCD Serang-Cilegon") scopes nothing. Also the province the article is about (see
/// [`Regions::dominant_province`]).
fn dominant(ctx: &Context, regions: &Regions) -> (Option<usize>, Option<usize>) {
    let mut local: BTreeMap<usize, usize> = BTreeMap::new();
    let mut provinces: BTreeMap<usize, usize> = BTreeMap::new();
    for (&ci, &r) in &regions.resolved {
        let c = &regions.candidates[ci];
        let score = if ctx.lex.regions[r].kind == RegionKind::Provinsi {
            &mut provinces
        } else {
            &mut local
        };
        *score.entry(r).or_insert(0) += if c.kind_word.is_some() { 2 } else { 1 };
    }
    let province = clear_winner(&provinces);
    match clear_winner(&local) {
        // "Pemerintah Provinsi Papua Barat Daya menggelar sosialisasi ... di Hotel Aston,
        // Kota Sorong": a province whose government acts, in an article that names its
        // city only as a place (no government, no head of it), is what the article is
        // about.
        Some(l)
            if province.is_some_and(|p| {
                ctx.lex.regions[l].province == Some(p)
                    && governed(ctx, regions, p)
                    && !governed(ctx, regions, l)
            }) =>
        {
            (province, province)
        }
        Some(l) => (Some(l), province.or_else(|| ctx.lex.regions[l].province)),
        None => (province, province),
    }
}

/// Whether region `r` is named as a government ("Pemprov PBD", "Pemerintah Kota Sorong"),
/// after its head's title ("Wali Kota Sorong") or after one of its own bodies ("BKPSDM
/// Kayong Utara", "Setda Kayong Utara") somewhere in the article.
fn governed(ctx: &Context, regions: &Regions, r: usize) -> bool {
    regions.resolved.iter().any(|(&ci, &rr)| {
        let c = &regions.candidates[ci];
        rr == r
            && (c.kind_hint.is_some()
                || [c.tokens.start, c.name_tokens.start].iter().any(|&at| {
                    (at.saturating_sub(3)..at).any(|j| {
                        super::starting_at(&ctx.org_hits, j, |h| h.tokens.start)
                            .iter()
                            .any(|h| {
                                h.tokens.end == at
                                    && match h.pat {
                                        OrgPat::Government(_) => true,
                                        OrgPat::Name(o) => {
                                            let o = &ctx.lex.orgs[o];
                                            o.regional && !o.provincial
                                        }
                                        OrgPat::Leader(_) => false,
                                    }
                            })
                    })
                }))
    })
}

/// The key with the highest score, if that score is at least 2 and no other key has it.
fn clear_winner(score: &BTreeMap<usize, usize>) -> Option<usize> {
    let mut ranked: Vec<(usize, usize)> = score.iter().map(|(&r, &s)| (s, r)).collect();
    ranked.sort_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        [(best, r), rest @ ..] if *best >= 2 && rest.first().is_none_or(|(s, _)| s < best) => {
            Some(*r)
        }
        _ => None,
    }
}

/// Whether `alias` ("Pesbar", "Kukar", "Tanjabtim") is made of a leading part of each word
/// of `name` ("Pesisir Barat"), in order: [`crate::text::abbreviates`].
fn abbreviates(alias: &str, name: &str) -> bool {
    crate::text::abbreviates(alias, &name.split_whitespace().collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::abbreviates;

    #[test]
    fn short_forms_take_a_leading_part_of_every_word() {
        assert!(abbreviates("Pesbar", "Pesisir Barat"));
        assert!(abbreviates("Kukar", "Kutai Kartanegara"));
        assert!(abbreviates("Tanjabtim", "Tanjung Jabung Timur"));
        assert!(abbreviates("HSS", "Hulu Sungai Selatan"));
        // A word skipped, letters from the middle, one-word names, two letters.
        assert!(!abbreviates("Pesisir", "Pesisir Barat"));
        assert!(!abbreviates("Sibar", "Pesisir Barat"));
        assert!(!abbreviates("Bang", "Bangkalan"));
        assert!(!abbreviates("PB", "Pesisir Barat"));
    }
}
