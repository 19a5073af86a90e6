//! Positions and who holds them: "Pj Bupati OKI, Ir Asmar Wijaya MSi", "Maulidini, SKM,
//! Kepala BKPP Kabupaten OKI", "X selaku Sekretaris Daerah ...", "Walikota Bontang Basri
//! Rase", "Dirjen Otonomi daerah Kemendagri Akmal Malik", "presiden RI Jokowi Widodo".
//!
//! A phrase is [modifiers] TITLE [unit words] [organization | region]; the holder is the
//! name right after it or right before it (", ", "selaku", "sebagai").

use super::laws::Laws;
use super::orgs::{OrgMention, Orgs, government_of, lexicon_org};
use super::persons::{NameParse, Persons, parse_name, parse_name_before, short_form_of_bracket};
use super::places::Places;
use super::regions::Regions;
use super::{Context, Holding, Org, Post};
use crate::lexicon::{Cue, CuePat, RegionKind, Takes};
use crate::text::{TokKind, has_passive_prefix, is_capitalized, title_case};
use foldhash::{HashMap, HashMapExt, HashSet};
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Phrase {
    pub tokens: Range<usize>,
    pub post: Post,
    /// The title is written with a capital (a reference, not a common noun).
    pub capitalized: bool,
    /// Implied scope: the region should default to the article's when missing.
    pub region_kind: Option<Option<RegionKind>>,
    pub holder: Option<NameParse>,
    /// A name the text links to the title as its holder of before ("X yang sebelumnya
    /// menjabat Kepala Dinas A kini ..."): a person, but not the post's holder.
    pub former: Option<NameParse>,
    /// A name the text says took the post from its former holder ("Posisi A digantikan
    /// oleh X"), and the sentence that says so.
    pub successor: Option<(NameParse, usize)>,
    pub sentence: usize,
    /// The title itself names the body ("Menteri Dalam Negeri").
    pub leader: bool,
    /// An organization the post implies without naming it (a Bupati's Pemkab), added to
    /// the article only when someone holds the post.
    pub implied: Option<Org>,
}

impl Phrase {
    /// Scopes the post to `body`, a body the text implies without naming it (a region's
    /// government, its Setda), in that body's region.
    fn imply(&mut self, body: Org) {
        self.post.region = body.region;
        self.post.org = Some(body.key.clone());
        self.implied = Some(body);
    }

    /// A post spoken of in general ("para Pj Bupati", "sebagai Pj Bupati di daerah"), not a
    /// reference to the person who holds it.
    pub fn is_generic(&self, ctx: &Context) -> bool {
        let s = self.tokens.start;
        let before = (s.saturating_sub(3)..s).any(|i| ctx.in_list(Cue::GenericMarker, i));
        let after = ctx.word(self.tokens.end) == "di"
            && matches!(
                ctx.word(self.tokens.end + 1),
                "daerah" | "seluruh" | "berbagai"
            );
        before || after || !self.capitalized
    }
}

#[derive(Debug, Clone, Default)]
pub struct Positions {
    pub phrases: Vec<Phrase>,
    pub posts: Vec<Post>,
    pub holdings: Vec<Holding>,
    /// For each phrase: the person it refers to, if known.
    pub phrase_person: Vec<Option<usize>>,
}

/// While `finish` adds holdings: each post's index by its key, and the (person, post) pairs
/// held, so that an article with thousands of holdings is read in linear time.
#[derive(Default)]
struct Held {
    post_ids: HashMap<String, usize>,
    pairs: foldhash::HashSet<(usize, usize)>,
}

impl Positions {
    /// The index of the first phrase starting at token `k` (phrases are in text order).
    pub fn phrase_starting_at(&self, k: usize) -> Option<usize> {
        let r = super::starting_range(&self.phrases, k, |p| p.tokens.start);
        (!r.is_empty()).then_some(r.start)
    }
    /// The index of the first phrase ending at token `end` (exclusive).
    pub fn phrase_ending_at(&self, end: usize) -> Option<usize> {
        super::near_range(&self.phrases, end, |p| p.tokens.start)
            .find(|&i| self.phrases[i].tokens.end == end)
    }
    /// The person the phrase starting at token `k` refers to.
    pub fn person_at(&self, k: usize) -> Option<usize> {
        self.phrase_starting_at(k)
            .and_then(|i| self.phrase_person.get(i).copied().flatten())
    }
}

/// Finds position phrases and the names next to them (titles inside legal citations, such
/// as "Keputusan Bupati Kendal", and inside venues' names are not positions).
pub fn find(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    laws: &Laws,
    places: &Places,
) -> Vec<Phrase> {
    let mut phrases = Vec::new();
    let n = ctx.toks.len();
    let role_hits: Vec<(Range<usize>, usize)> = ctx
        .cues
        .iter()
        .filter_map(|h| match h.pat {
            CuePat::Role(r) => Some((h.tokens.clone(), r)),
            _ => None,
        })
        .collect();
    let mut i = 0;
    while i < n {
        // A leader title is a whole position ("Menteri Dalam Negeri").
        if let Some(m) = orgs.mention_at(i).filter(|m| m.leader.is_some()).cloned() {
            let p = leader_phrase(ctx, orgs, &m);
            i = p.tokens.end;
            phrases.push(p);
            continue;
        }
        // Longest role at i that does not run into an organization or a region.
        let Some((t, r)) = super::starting_at(&role_hits, i, |(t, _)| t.start)
            .iter()
            .filter(|(t, _)| !laws.covers(ctx.toks.span(t.clone())))
            // A title inside a venue's name ("Aula Kantor Gubernur") names a building.
            .filter(|(t, _)| !places.inside(t.start))
            // "Irjen Pol. X": a police rank, not the inspector general's title.
            .filter(|(t, _)| super::persons::honorific_at(ctx, t.start).is_none_or(|(_, w)| w < 2))
            // A title right after a place word ("Jalan Gubernur Suryo", "Jl. Bupati ...")
            // names a street.
            .filter(|(t, _)| !super::persons::after_place_word(ctx, t.start))
            .filter(|(t, _)| {
                !(t.start + 1..t.end)
                    .any(|k| orgs.mention_at(k).is_some() || regions.name_at(k).is_some())
            })
            .filter(|(t, _)| orgs.mention_covering(t.start).is_none())
            .max_by_key(|(t, _)| t.len())
            .cloned()
        else {
            i += 1;
            continue;
        };
        // Modifiers (Pj, Plt) then the title.
        let mut role_words = Vec::new();
        let mut title = (t.clone(), r);
        let start = t.start;
        while ctx.lex.roles[title.1].takes == Takes::Modifier {
            role_words.push(ctx.lex.roles[title.1].role.clone());
            // "Penjabat (Pj) Bupati": skip the abbreviation in brackets; "Pelaksanaan Harian
            // (Plh) Gubernur": the modifier in brackets modifies the title after them.
            let mut after = title.0.end;
            if let Some(end) = abbreviation_in_brackets(ctx, after) {
                after = end;
            } else if ctx.is_punct(after, ")")
                && title.0.start > 0
                && ctx.is_punct(title.0.start - 1, "(")
            {
                after += 1;
            }
            let next = super::starting_at(&role_hits, after, |(t2, _)| t2.start)
                .iter()
                .filter(|(t2, _)| {
                    !(t2.start + 1..t2.end)
                        .any(|k| orgs.mention_at(k).is_some() || regions.name_at(k).is_some())
                })
                .max_by_key(|(t2, _)| t2.len())
                .cloned();
            match next {
                Some(x) => title = x,
                None => break,
            }
        }
        let entry = &ctx.lex.roles[title.1];
        if entry.takes == Takes::Modifier {
            i = title.0.end;
            continue;
        }
        // "Staf Ahli Gubernur Sulteng", "Asisten Bupati Sigi": a staff title right before a
        // head of region's title is one post, in that region's government; "Sekretaris
        // Direktur Jendral Otonomi Daerah Kemendagri": before another office's title, in that
        // office's body (the head's post is not the holder's). A region head comes first.
        let (mut role, mut takes) = (std::borrow::Cow::Borrowed(entry.role.as_str()), entry.takes);
        let head_after = |region: bool| {
            super::starting_at(&role_hits, title.0.end, |(t2, _)| t2.start)
                .iter()
                .filter(|(_, r2)| match ctx.lex.roles[*r2].takes {
                    Takes::Region(_) => region,
                    Takes::Org => !region,
                    _ => false,
                })
                .max_by_key(|(t2, _)| t2.len())
                .cloned()
        };
        if takes == Takes::Org
            && let Some((t2, r2)) = head_after(true).or_else(|| head_after(false))
        {
            let head = &ctx.lex.roles[r2];
            role = format!("{role} {}", head.role).into();
            takes = head.takes;
            title.0 = title.0.start..t2.end;
        }
        // "Sekretaris Daerah (Sekda) Kabupaten Kendal": the abbreviation in brackets.
        if ctx.is_punct(title.0.end, "(")
            && ctx.is_punct(title.0.end + 2, ")")
            && !super::starting_at(&role_hits, title.0.end + 1, |(t2, _)| t2.start).is_empty()
        {
            title.0 = title.0.start..title.0.end + 3;
        }
        role_words.push(role.to_string());
        // "Plt Bupati" names a post; "Plt bupati" (the title in lower case) speaks of any.
        // Modifiers longer than one token may be written in lower case ("pejabat sementara
        // Bupati Sula"); one word may not ("pejabat Bupati Lahat" is officials of the Bupati).
        // "Henis Widiyanto, kepala Badan Kepegawaian ... Kabupaten Pasuruan": a one-word
        // title in lower case set off by a comma and followed by a body's name is a post.
        let set_off_before_body = start == title.0.start
            && start > 0
            && ctx.is_punct(start - 1, ",")
            && orgs.mention_at(title.0.end).is_some();
        let capitalized = ((is_capitalized(ctx.word(start)) || title.0.start - start > 1)
            && is_capitalized(ctx.word(title.0.start)))
            || set_off_before_body;
        let mut phrase = match takes {
            Takes::Region(kind) => region_phrase(
                ctx,
                orgs,
                regions,
                start,
                title.0.end,
                role_words.join(" "),
                kind,
            ),
            Takes::Country => country_phrase(ctx, start, title.0.end, role_words.join(" ")),
            Takes::Org => {
                let at = title.0.end;
                org_phrase(ctx, orgs, regions, start, at, role_words.clone(), &role).or_else(|| {
                    led_body_phrase(ctx, regions, start, at, role_words.join(" "), &role)
                })
            }
            Takes::Modifier => None,
        };
        if let Some(p) = phrase.as_mut() {
            p.capitalized = capitalized;
            i = p.tokens.end.max(i + 1);
            phrases.push(phrase.take().expect("phrase"));
        } else {
            i = title.0.end;
        }
    }
    merge_units_led_by_titles(ctx, &mut phrases);
    for k in 0..phrases.len() {
        // "Asisten II Sekdaprov Jatim, X": a region's title right after a title that names no
        // body or region is that title's unit; it takes no holder.
        if k > 0
            && phrases[k - 1].tokens.end == phrases[k].tokens.start
            && phrases[k - 1].post.org.is_none()
            && phrases[k - 1].post.region.is_none()
            && matches!(
                ctx.lex.role_takes(&phrases[k].post.role),
                Some(Takes::Region(_))
            )
        {
            continue;
        }
        let holder = find_holder(ctx, orgs, regions, &phrases, k);
        // "Sebelum Darda, jabatan Sekda dijabat oleh Mansur ...": a name after the post, in a
        // sentence that opens with a clause set in the past, held it before.
        let held_by = |h: &NameParse| {
            (phrases[k].tokens.end..h.tokens.start).any(|j| ctx.in_list(Cue::HolderBy, j))
        };
        if holder.as_ref().is_some_and(held_by)
            && opens_in_past(ctx, phrases[k].sentence, phrases[k].tokens.start)
        {
            phrases[k].former = holder;
            continue;
        }
        // "X sebelumnya menjabat Kepala Dinas A", "X yang sebelumnya menjabat Kepala Dinas A
        // kini ...": a name the text says held the post in the past.
        if holder.is_none() {
            phrases[k].former = linked_before(ctx, orgs, regions, &phrases, k)
                .and_then(|(name, held)| (!held).then_some(name))
                .or_else(|| held_in_past(ctx, orgs, regions, &phrases[k]));
        }
        phrases[k].holder = holder;
        split_pair(ctx, orgs, regions, &mut phrases, k);
    }
    pair_before_paired_titles(ctx, orgs, regions, &mut phrases);
    // "Staf Ahli Bidang Budaya Menteri Pemuda dan Olahraga (Menpora) X": the name after a
    // minister's or region head's title right after a staff title is the staff's, in the
    // head's ministry or government.
    for k in 1..phrases.len() {
        let (staff, head) = (&phrases[k - 1], &phrases[k]);
        let heads = head.post.role.starts_with("Menteri")
            || matches!(ctx.lex.role_takes(&head.post.role), Some(Takes::Region(_)));
        // "Staf Ahli Bidang Budaya Sportivitas Menteri ...": the field's words in between.
        let field = staff.tokens.end..head.tokens.start;
        if field.len() <= 4
            && field.clone().all(|j| ctx.is_capitalized_word(j))
            && staff.holder.is_none()
            && (staff.post.role.starts_with("Staf Ahli")
                || staff.post.role.starts_with("Staf Khusus"))
            && heads
            && head
                .holder
                .as_ref()
                .is_some_and(|h| h.tokens.start >= head.tokens.end)
        {
            let (org, region) = (head.post.org.clone(), head.post.region);
            let holder = phrases[k].holder.take();
            let staff = &mut phrases[k - 1];
            staff.holder = holder;
            if !field.is_empty() {
                staff.post.role = format!("{} {}", staff.post.role, title_case(ctx.text(field)));
            }
            if staff.post.org.is_none() {
                staff.post.org = org;
                staff.post.region = region;
            }
        }
    }
    // "X sebagai Camat A kini menjadi Kepala Dinas B": the post X leaves.
    let left: Vec<usize> = (0..phrases.len())
        .filter(|&k| left_for_later_post(ctx, orgs, &phrases, k))
        .collect();
    for k in left {
        phrases[k].former = phrases[k].holder.take();
    }
    // "Kepala Dinas Kominfo Sumsel Ahmad Rizwan digantikan Rifka": a holder named right
    // before "digantikan" has left the post (the succession below gives it to Rifka).
    let succeeded = successions(ctx, orgs, regions);
    for p in phrases.iter_mut() {
        if p.holder.as_ref().is_some_and(|h| {
            h.tokens.start >= p.tokens.end
                && ctx.in_list(Cue::ReplacedBy, h.tokens.end)
                && succeeded.iter().any(|(l, _)| l.tokens == h.tokens)
        }) {
            p.former = p.holder.take();
        }
    }
    // "Posisi Harum Kusumawati digantikan oleh Subakri": the post its former holder left.
    // The posts each name left, in text order (a map, so repeated successions stay linear).
    let mut left: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for (k, p) in phrases.iter().enumerate() {
        if let (None, Some(f)) = (&p.holder, &p.former) {
            left.entry(f.words.clone()).or_default().push(k);
        }
    }
    for (leaver, successor) in succeeded {
        let Some(ks) = left.get(&leaver.words) else {
            continue;
        };
        // The last post the leaver left before the succession is named.
        let before = ks.partition_point(|&k| phrases[k].tokens.start < successor.tokens.start);
        if before > 0 {
            let sentence = ctx.sentence_of(successor.tokens.start);
            phrases[ks[before - 1]].successor = Some((successor, sentence));
        }
    }
    // "Kepala Dinas ESDM Bambang Sunaryo yang telah pensiun", "Camat Pancoran X juga tahu
    // ia dicopot dari jabatannya": no longer in the post.
    // "mengakhiri masa jabatan Plh Sekda yang dijabat X": a term the event ends ("seiring
    // berakhirnya masa jabatan Bupati X" gives the reason of a Pj's inauguration: X is
    // still read as the holder, with the deputy named beside).
    let titles: Vec<usize> = phrases.iter().map(|p| p.tokens.start).collect();
    for p in phrases.iter_mut() {
        let s = p.tokens.start;
        let term_ends = s >= 3
            && ctx.word(s - 1) == "jabatan"
            && ctx.word(s - 2) == "masa"
            && ctx.word(s - 3) == "mengakhiri";
        if p.holder.as_ref().is_some_and(|h| {
            term_ends
                || retired(ctx, h.tokens.end)
                || removed(ctx, &titles, h.tokens.end.max(p.tokens.end))
        }) {
            p.former = p.holder.take();
        }
    }
    // "Kepala DLH X yang dipindah tugas menjadi Kepala Kesbangpol": X leaves the first.
    for k in 0..phrases.len() {
        if let Some(q) = moved_on_to(ctx, &phrases, k) {
            let holder = phrases[k].holder.take();
            phrases[q].holder = phrases[q].holder.take().or(holder);
        }
    }
    let mut added: Vec<Phrase> = phrases
        .iter()
        .filter_map(|p| deputy(ctx, orgs, regions, p))
        .collect();
    // Bodies outside every post's title (phrases are in text order and do not overlap).
    let in_title = |m: &OrgMention| {
        let before = phrases.partition_point(|p| p.tokens.start <= m.tokens.start);
        before > 0 && m.tokens.end <= phrases[before - 1].tokens.end
    };
    added.extend(
        orgs.mentions
            .iter()
            .filter(|m| !in_title(m))
            .filter_map(|m| headed_by(ctx, orgs, regions, m)),
    );
    if !added.is_empty() {
        phrases.extend(added);
        phrases.sort_by_key(|p| p.tokens.start);
    }
    phrases
}

/// "Dinas Kelautan dan Perikanan dijabat M Buyung Radjiloen", "BKD yang saat itu dikepalai
/// Made Suradnya": a body, then a passive verb of leading and a name: the name heads the
/// body ("Ketua" after "diketuai", else "Kepala" of a body whose head word takes one), now
/// or, after a past marker, before.
fn headed_by(ctx: &Context, orgs: &Orgs, regions: &Regions, m: &OrgMention) -> Option<Phrase> {
    let sentence = ctx.sentence_of(m.tokens.start);
    let org = orgs.get(&m.key)?;
    if m.leader.is_some() || org.class != crate::lexicon::OrgClass::Government {
        return None;
    }
    let head_word = org.name.split(' ').next().unwrap_or_default();
    let headed_by_kepala = ctx.lex.is_word(Cue::HeadedByKepala, head_word);
    // "Syamsul dipilih mengepalai Badan Penelitian ...": the subject of an active verb of
    // heading, before the body.
    let s = m.tokens.start;
    if headed_by_kepala && s > 0 && matches!(ctx.word(s - 1), "mengepalai" | "memimpin") {
        let mut j = s - 1;
        while j > 0
            && s - j < 4
            && (ctx.in_list(Cue::Adverb, j - 1) || ctx.in_list(Cue::HolderLink, j - 1))
        {
            j -= 1;
        }
        let name = parse_name_before(ctx, j, orgs, regions)
            .filter(|n| ctx.sentence_of(n.tokens.start) == sentence)?;
        return Some(Phrase {
            holder: Some(name),
            ..post_phrase(
                m.tokens.clone(),
                "Kepala".to_string(),
                Some(m.key.clone()),
                org.region,
                sentence,
                None,
            )
        });
    }
    let mut j = m.tokens.end;
    // "Badan Kepegawaian Daerah (BKD) yang ...": the short form in brackets.
    if let Some(end) = abbreviation_in_brackets(ctx, j) {
        j = end;
    }
    if ctx.word(j) == "yang" {
        j += 1;
    }
    let (verb, past) = past_clause(ctx, j);
    j = verb;
    let role = match ctx.word(j) {
        "diketuai" => "Ketua",
        "dipimpin" | "dikepalai" | "dijabat" => "Kepala",
        _ => return None,
    };
    if role == "Kepala" && !headed_by_kepala {
        return None;
    }
    let name = parse_name(ctx, ctx.past_oleh(j + 1), orgs, regions)?;
    if ctx.sentence_of(name.tokens.start) != sentence {
        return None;
    }
    let (holder, former) = if past {
        (None, Some(name))
    } else {
        (Some(name), None)
    };
    Some(Phrase {
        holder,
        former,
        ..post_phrase(
            m.tokens.clone(),
            role.to_string(),
            Some(m.key.clone()),
            org.region,
            sentence,
            None,
        )
    })
}

/// "A digantikan oleh X", "A diganti X": (A, X) for every replacement verb (the
/// replaced-by cue class) between two names in one sentence. "Jabatan yang ditinggalkan A
/// kini ditempati oleh X": a left-by verb before A, then a holder-by verb before X.
fn successions(ctx: &Context, orgs: &Orgs, regions: &Regions) -> Vec<(NameParse, NameParse)> {
    let left_behind = (0..ctx.toks.len())
        .filter(|&v| ctx.in_list(Cue::LeftBy, v))
        .filter_map(|v| {
            let leaver = parse_name(ctx, v + 1, orgs, regions)?;
            let sentence = ctx.sentence_of(v);
            let fill = (leaver.tokens.end..leaver.tokens.end + 6)
                .take_while(|&k| ctx.sentence_of(k) == sentence)
                .find(|&k| ctx.in_list(Cue::HolderBy, k))?;
            let successor = parse_name(ctx, ctx.past_oleh(fill + 1), orgs, regions)?;
            (ctx.sentence_of(successor.tokens.start) == sentence).then_some((leaver, successor))
        });
    let replaced = (1..ctx.toks.len())
        .filter(|&v| ctx.in_list(Cue::ReplacedBy, v))
        .filter_map(|v| {
            let before = parse_name_before(ctx, v, orgs, regions)?;
            let after = parse_name(ctx, ctx.past_oleh(v + 1), orgs, regions)?;
            // "digantikan X untuk sementara": X acts in the post, which is another post
            // (Plt) the text does not name.
            let end = after.tokens.end;
            let acting = ctx.word(end) == "sementara"
                || (ctx.word(end) == "untuk" && ctx.word(end + 1) == "sementara");
            (!acting && ctx.sentence_of(after.tokens.start) == ctx.sentence_of(v))
                .then_some((before, after))
        });
    left_behind.chain(replaced).collect()
}

/// Whether the words at `at` say that the person just named has retired: "yang telah
/// pensiun", ", yang sudah memasuki masa pensiun", "yang telah purna tugas" (not "yang akan
/// pensiun").
fn retired(ctx: &Context, at: usize) -> bool {
    let mut j = at;
    if ctx.is_punct(j, ",") {
        j += 1;
    }
    if ctx.word(j) != "yang" || !matches!(ctx.word(j + 1), "telah" | "sudah") {
        return false;
    }
    j += 2;
    if ctx.word(j) == "memasuki" {
        j += 1;
        if ctx.word(j) == "masa" {
            j += 1;
        }
    }
    matches!(
        ctx.word(j),
        "pensiun" | "purnatugas" | "purna" | "wafat" | "meninggal"
    )
}

/// "... X juga hanya tahu ia dicopot dari jabatannya": a removal verb and "dari" within
/// eight words after `at` in its sentence, with no title and no comma in between.
fn removed(ctx: &Context, titles: &[usize], at: usize) -> bool {
    let sentence = ctx.sentence_of(at.saturating_sub(1));
    (at..at + 8)
        .take_while(|&j| {
            ctx.sentence_of(j) == sentence
                && !ctx.is_punct(j, ",")
                && titles.binary_search(&j).is_err()
        })
        .any(|j| ctx.in_list(Cue::Removal, j) && ctx.word(j + 1) == "dari")
}

/// "Gubernur Jambi, Zumi Zola dan wakilnya Fachrori Umar": the deputy of a held post
/// ("wakilnya" after its holder) holds the post's deputy title, when the lexicon has one
/// ("Wakil Gubernur").
fn deputy(ctx: &Context, orgs: &Orgs, regions: &Regions, p: &Phrase) -> Option<Phrase> {
    let holder = p.holder.as_ref()?;
    let mut j = holder.tokens.end;
    if ctx.is_punct(j, ",") {
        j += 1;
    }
    if !(matches!(ctx.word(j), "dan" | "serta") && ctx.word(j + 1).eq_ignore_ascii_case("wakilnya"))
    {
        return None;
    }
    let at = j + 1;
    let mut k = at + 1;
    if ctx.is_punct(k, ",") {
        k += 1;
    }
    let role = format!("Wakil {}", p.post.role);
    if ctx.lex.role_takes(&role).is_none() || ctx.sentence_of(k) != p.sentence {
        return None;
    }
    let name = parse_name(ctx, k, orgs, regions)?;
    Some(Phrase {
        tokens: at..at + 1,
        post: Post {
            role,
            label: String::new(),
            ..p.post.clone()
        },
        capitalized: true,
        region_kind: p.region_kind,
        holder: Some(name),
        former: None,
        successor: None,
        sentence: p.sentence,
        leader: false,
        implied: p.implied.clone(),
    })
}

/// "Bupati dan Wakil Bupati Mesuji Saply-Haryati Cendralela", "Bupati-Wakil Bupati Ngawi
/// A-B", "Wali Kota dan Wakil Wali Kota Sukabumi, A dan B": two titles joined by "dan" or
/// a hyphen and two names joined by a hyphen or "dan" pair up in order, and the first
/// title takes the second's region. A hyphenated pair after a single title is not read as
/// its holder.
fn split_pair(ctx: &Context, orgs: &Orgs, regions: &Regions, phrases: &mut [Phrase], k: usize) {
    let Some(first) = &phrases[k].holder else {
        return;
    };
    let end = first.tokens.end;
    let hyphen = hyphen_joined(ctx, end);
    let joined = k > 0 && titles_joined(ctx, &phrases[k - 1], &phrases[k]);
    // "dan" after the holder pairs names only after paired titles, with the names after
    // them.
    let and = joined && ctx.word(end) == "dan" && first.tokens.start >= phrases[k].tokens.end;
    if !(hyphen || and) {
        return;
    }
    let second = parse_name(ctx, end + 1, orgs, regions);
    match second {
        Some(second) if joined => {
            let first = phrases[k].holder.take();
            let (post, implied) = (phrases[k].post.clone(), phrases[k].implied.clone());
            let prev = &mut phrases[k - 1];
            prev.holder = first;
            take_scope(prev, post, implied);
            phrases[k].holder = Some(second);
        }
        _ => phrases[k].holder = None,
    }
}

/// "Hasanuddin Lopa-Sitti Rahmah sebagai bupati dan wakil bupati Luwu Timur", "A dan B dilantik
/// sebagai Bupati dan Wakil Bupati X": two names joined by a hyphen or "dan" before two
/// titles joined the same way pair up in order (the name right before the link word was
/// read as the first title's holder), and the first title takes the second's region.
fn pair_before_paired_titles(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    phrases: &mut [Phrase],
) {
    for k in 0..phrases.len().saturating_sub(1) {
        let (p, q) = (&phrases[k], &phrases[k + 1]);
        let Some(second) = p.holder.as_ref() else {
            continue;
        };
        let s = second.tokens.start;
        let names_joined = s >= 2 && (ctx.word(s - 1) == "dan" || hyphen_joined(ctx, s - 1));
        if !titles_joined(ctx, p, q)
            || !names_joined
            || second.tokens.end > p.tokens.start
            || q.holder.is_some()
        {
            continue;
        }
        let Some(first) = parse_name_before(ctx, s - 1, orgs, regions) else {
            continue;
        };
        let (post, implied) = (q.post.clone(), q.implied.clone());
        let second = phrases[k].holder.replace(first);
        phrases[k + 1].holder = second;
        take_scope(&mut phrases[k], post, implied);
    }
}

/// Whether two titles are joined by "dan" or a dash ("Bupati dan Wakil Bupati X").
fn titles_joined(ctx: &Context, first: &Phrase, second: &Phrase) -> bool {
    first.tokens.end + 1 == second.tokens.start
        && (ctx.word(first.tokens.end) == "dan" || ctx.is_dash(first.tokens.end))
}

/// Whether token `k` is a hyphen touching the words on both sides ("Saply-Haryati").
fn hyphen_joined(ctx: &Context, k: usize) -> bool {
    k > 0 && ctx.touching(k - 1) && ctx.is_punct(k, "-") && ctx.touching(k)
}

/// The first of two paired titles takes the body and region of the second when it names
/// none ("Bupati dan Wakil Bupati Mesuji").
fn take_scope(first: &mut Phrase, second: Post, implied: Option<Org>) {
    if first.post.org.is_none() && first.post.region.is_none() {
        first.post.org = second.org;
        first.post.region = second.region;
        first.implied = first.implied.take().or(implied);
        first.region_kind = None;
    }
}

/// "Asisten II Sekdaprov Jatim, X", "Asisten Administrasi Umum Sekretaris Daerah Aceh":
/// a title that names no body or region, right before a region's title that leads a body
/// there (the Sekda leads the Setda), is a post in that body; the two phrases become one,
/// whose holder is read around both.
fn merge_units_led_by_titles(ctx: &Context, phrases: &mut Vec<Phrase>) {
    let mut out: Vec<Phrase> = Vec::with_capacity(phrases.len());
    for head in phrases.drain(..) {
        if let Some(staff) = out.last_mut()
            && let Some(body) = body_led_after(ctx, staff, &head)
        {
            *staff = Phrase {
                capitalized: staff.capitalized,
                ..implied_phrase(
                    ctx,
                    staff.tokens.start..head.tokens.end,
                    staff.post.role.clone(),
                    Some(body),
                )
            };
            continue;
        }
        out.push(head);
    }
    *phrases = out;
}

/// The body in `head`'s region that `head`'s title leads, when `staff` is a title with no
/// body, region or holder written right before it.
fn body_led_after(ctx: &Context, staff: &Phrase, head: &Phrase) -> Option<Org> {
    if staff.tokens.end != head.tokens.start
        || staff.post.org.is_some()
        || staff.post.region.is_some()
        || staff.holder.is_some()
        || !matches!(ctx.lex.role_takes(&head.post.role), Some(Takes::Region(_)))
    {
        return None;
    }
    let region = head.post.region?;
    let e = ctx.lex.regional_org_led_by(&head.post.role)?;
    Some(lexicon_org(ctx, e, Some(region)))
}

fn region_phrase(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    start: usize,
    at: usize,
    role: String,
    kind: Option<RegionKind>,
) -> Option<Phrase> {
    let mut end = at;
    let mut region = None;
    // "Sekretaris Daerah (Sekda) Sampang", "Sekretaris Daerah Kabupaten (Sekdakab) Sampang":
    // the title's short form in brackets before the region, or between its kind and name.
    let kind_word = [
        RegionKind::Provinsi,
        RegionKind::Kabupaten,
        RegionKind::Kota,
    ]
    .into_iter()
    .find(|k| ctx.word(at) == k.label());
    let past_short_form = abbreviation_in_brackets(ctx, at)
        .or_else(|| kind_word.and_then(|_| abbreviation_in_brackets(ctx, at + 1)));
    if let Some((t, r)) = regions.resolve_at(ctx, at, kind) {
        region = Some(r);
        end = t.end;
    } else if let Some(after) = past_short_form
        && let Some((t, r)) = regions.resolve_at(ctx, after, kind_word.or(kind))
    {
        region = Some(r);
        end = t.end;
    } else if let Some(m) = orgs.mention_at(at).cloned()
        && let Some(o) = orgs.get(&m.key)
        && m.key.starts_with("pemerintah-")
    {
        region = o.region;
        end = m.tokens.end;
    }
    // "Sekretaris Daerah Provinsi (Sekdaprov) Heru Tjahjono", "Sekda Kabupaten, X": a kind
    // word and no region's name; the title is the article's region of that kind, as
    // "Sekdaprov" is, when the article has one.
    let mut kind = kind;
    if region.is_none()
        && let Some(k) = kind_word
        && kind.is_none_or(|t| k.fits(t))
        && regions.article_region(ctx, Some(k)).is_some()
    {
        let after = abbreviation_in_brackets(ctx, at + 1).unwrap_or(at + 1);
        if ctx.is_capitalized_word(after) || ctx.is_punct(after, ",") {
            kind = Some(k);
            end = after;
        }
    }
    // "Asekda DIY Bidang Pemerintahan dan Administrasi Umum X": the post's part after the
    // region.
    let mut role = role;
    if region.is_some()
        && let Some(division_end) = division_after_body(ctx, regions, end)
    {
        role = format!("{role} {}", title_case(ctx.text(end..division_end)));
        end = division_end;
    }
    let mut post = Post {
        role,
        label: String::new(),
        org: None,
        region,
    };
    let implied = region.map(|r| government_of(ctx, r));
    post.org = implied.as_ref().map(|o| o.key.clone());
    Some(Phrase {
        tokens: start..end,
        post,
        capitalized: true,
        region_kind: region.is_none().then_some(kind),
        holder: None,
        former: None,
        successor: None,
        sentence: ctx.sentence_of(start),
        leader: false,
        implied,
    })
}

/// "Inspektur Provinsi DKI, X": a title that takes a body, with a region where the body
/// should be, names the head of the regional body whose leader title it is (the
/// Inspektorat of DKI), as "Inspektur Inspektorat Provinsi DKI" does.
fn led_body_phrase(
    ctx: &Context,
    regions: &Regions,
    start: usize,
    at: usize,
    role: String,
    title: &str,
) -> Option<Phrase> {
    regions.candidate_at(at)?;
    let e = ctx.lex.regional_org_led_by(title)?;
    // Resolving records the region as named, so only once the title is known to lead a
    // body.
    let (t, r) = regions.resolve_at(ctx, at, None)?;
    Some(implied_phrase(
        ctx,
        start..t.end,
        role,
        Some(lexicon_org(ctx, e, Some(r))),
    ))
}

/// A post in a body the title implies (a region's Inspektorat, the national government),
/// with nothing read yet about its holder.
fn implied_phrase(
    ctx: &Context,
    tokens: Range<usize>,
    role: String,
    implied: Option<Org>,
) -> Phrase {
    let sentence = ctx.sentence_of(tokens.start);
    let (org, region) = (
        implied.as_ref().map(|o| o.key.clone()),
        implied.as_ref().and_then(|o| o.region),
    );
    post_phrase(tokens, role, org, region, sentence, implied)
}

/// A capitalised phrase naming a post in body `org` (and `region`), written at `tokens` of
/// `sentence`, with nothing read yet about its holder.
fn post_phrase(
    tokens: Range<usize>,
    role: String,
    org: Option<String>,
    region: Option<usize>,
    sentence: usize,
    implied: Option<Org>,
) -> Phrase {
    Phrase {
        tokens,
        post: Post {
            role,
            label: String::new(),
            org,
            region,
        },
        capitalized: true,
        region_kind: None,
        holder: None,
        former: None,
        successor: None,
        sentence,
        leader: false,
        implied,
    }
}

fn country_phrase(ctx: &Context, start: usize, at: usize, role: String) -> Option<Phrase> {
    let mut end = at;
    if ctx.word(end) == "RI" {
        end += 1;
    } else if ctx.word(end) == "Republik" && ctx.word(end + 1) == "Indonesia" {
        end += 2;
    }
    let implied = ctx
        .lex
        .org("pemerintah-ri")
        .map(|e| lexicon_org(ctx, e, None));
    Some(implied_phrase(ctx, start..end, role, implied))
}

fn org_phrase(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    start: usize,
    at: usize,
    mut role_words: Vec<String>,
    title_role: &str,
) -> Option<Phrase> {
    let sentence = ctx.sentence_of(start);
    // "Kepala Dinas (Kadis) Pendidikan": the title's short form before its unit words.
    let at = abbreviation_in_brackets(ctx, at).unwrap_or(at);
    let mut j = at;
    // "Kepala Biro (Karo) Umum Setda": the short form in brackets inside the unit words.
    let mut short_form: Option<Range<usize>> = None;
    // "Kepala Seksi Mutasi pada Badan Kepegawaian Daerah": the unit words end at "pada".
    let mut units_end: Option<usize> = None;
    while j < ctx.toks.len() && j - at <= 8 && ctx.sentence_of(j) == sentence {
        if j > at
            && short_form.is_none()
            && let Some(end) = abbreviation_in_brackets(ctx, j)
        {
            short_form = Some(j..end);
            j = end;
            continue;
        }
        if let Some(m) = orgs.mention_at(j).cloned() {
            if m.leader.is_some() {
                break;
            }
            let j = units_end.unwrap_or(j);
            let units = match &short_form {
                Some(b) => format!("{} {}", ctx.text(at..b.start), ctx.text(b.end..j)),
                None => ctx.text(at..j).to_string(),
            };
            let units = units.trim().trim_end_matches(',');
            // "Kepala Kantor Regional (Kakanreg) II Badan Kepegawaian Negara": the title's
            // words after its head, the unit words and the body together name a known body.
            let title_tail = title_role.split_once(' ').map(|(_, t)| t);
            let whole = orgs.get(&m.key).and_then(|o| {
                let prefixes = [
                    (!units.is_empty()).then(|| (units.to_string(), false)),
                    title_tail.map(|t| (format!("{t} {units}").trim().to_string(), true)),
                ];
                prefixes
                    .into_iter()
                    .flatten()
                    .find_map(|(prefix, with_title)| {
                        std::iter::once(&o.name)
                            .chain(&o.alt_names)
                            .find_map(|n| ctx.lex.org_named(&format!("{prefix} {n}")))
                            .map(|e| (e, with_title))
                    })
            });
            // "Ketua Panitia Pansel": words before the body that open its name ("Panitia
            // Seleksi") say it twice; they are no unit, and no part of the title either.
            let opens_name = |words: &str| {
                orgs.get(&m.key).is_some_and(|o| {
                    o.name
                        .strip_prefix(words)
                        .is_some_and(|rest| rest.starts_with(' '))
                })
            };
            let units = if opens_name(units) { "" } else { units };
            if whole.is_none()
                && units.is_empty()
                && let Some(tail) = title_tail
                && opens_name(tail)
                && let Some(head) = title_role.split(' ').next()
            {
                role_words.pop();
                role_words.push(head.to_string());
            }
            let (org, region, end, implied) = match whole {
                Some((e, with_title)) => {
                    if with_title {
                        role_words.pop();
                        role_words.extend(title_role.split(' ').next().map(str::to_string));
                    }
                    // A regional body ("Kadis Kominfo Lampung") takes the region written
                    // with or after it, else the article's.
                    let (region, end) = if e.regional {
                        let within = (m.tokens.start + 1..m.tokens.end)
                            .find_map(|i| regions.resolve_at(ctx, i, None));
                        match (within, regions.resolve_at(ctx, m.tokens.end, None)) {
                            (Some((_, r)), _) => (Some(r), m.tokens.end),
                            (None, Some((t, r))) => (Some(r), t.end),
                            (None, None) => (regions.dominant, m.tokens.end),
                        }
                    } else {
                        (None, m.tokens.end)
                    };
                    let org = lexicon_org(ctx, e, region);
                    (org.key.clone(), org.region, end, Some(org))
                }
                None => {
                    if !units.is_empty() {
                        role_words.push(title_case(units));
                    }
                    let region = orgs.get(&m.key).and_then(|o| o.region);
                    // "Dinas Penanaman Modal ... (DPM-PTSP) Kota Malang": the body's short
                    // form in brackets, then its region.
                    let mut end = m.tokens.end;
                    if let Some(after) = abbreviation_in_brackets(ctx, end)
                        && let Some((t, r)) = regions.resolve_at(ctx, after, None)
                        && Some(r) == region
                    {
                        end = t.end;
                    }
                    (m.key.clone(), region, end, None)
                }
            };
            // "Anggota KPU Banyuasin Divisi Humas dan Parmas Bahrial Syah": the body's
            // division written after it is part of the post; the holder follows it.
            let end = match division_after_body(ctx, regions, end) {
                Some(division_end) => {
                    role_words.push(title_case(ctx.text(end..division_end)));
                    division_end
                }
                None => end,
            };
            // "Kepala Badan Kepegawaian Daerah setempat X": the body is the article's place's.
            let end = if ctx.in_list(Cue::LocalWord, end) {
                end + 1
            } else {
                end
            };
            return Some(post_phrase(
                start..end,
                role_words.join(" "),
                Some(org),
                region,
                sentence,
                implied,
            ));
        }
        // "Kepala Bidang Mutasi, Pengembangan Karier dan Jabatan Fungsional, Badan
        // Kepegawaian Daerah Trenggalek, Agung": unit words set off by commas up to the
        // body, which is set off too.
        if j > at && ctx.is_punct(j, ",") && body_after_commas(ctx, orgs, j) {
            j += 1;
            continue;
        }
        // "Sekretaris pada Dinas Pendidikan": the body the post is in, after "pada".
        if ctx.word(j) == "pada"
            && units_end.is_none()
            && orgs.mention_at(j + 1).is_some_and(|m| m.leader.is_none())
        {
            units_end = Some(j);
            j += 1;
            continue;
        }
        let w = ctx.word(j);
        // "Asisten 2 Setda X": a small number right after the title is its rank.
        let rank = j == at && ctx.kind(j) == Some(TokKind::Number) && w.len() == 1;
        if !(ctx.is_word(j) || rank)
            || ctx.in_list(Cue::UnitStop, j)
            || regions.candidate_at(j).is_some()
            || ends_unit(ctx, j)
        {
            break;
        }
        j += 1;
    }
    // "Staf Ahli Bupati (Seluma) Bidang Hukum": a title of a region head's staff is in that
    // region's government: the region written after the head's title, else the article's.
    let head_kind = title_role.match_indices(' ').find_map(|(i, _)| {
        match ctx.lex.role_takes(&title_role[i + 1..]) {
            Some(Takes::Region(kind)) => Some(kind),
            _ => None,
        }
    });
    let head_region = head_kind.and_then(|kind| regions.resolve_at(ctx, at, kind));
    let at = head_region.as_ref().map_or(at, |(t, _)| t.end);
    // "Kepala SMAN 1 Liwa Yusuf", "Kepsek SMA Negeri 2 Belalau, Dasril": a unit named by its
    // kind, a number and the first word of its place; what follows is the holder's name.
    let k = match numbered_unit(ctx, at) {
        Some(end) => end,
        None => match unit_words_end(
            ctx,
            regions,
            start,
            at,
            sentence,
            title_role,
            head_kind,
            &mut role_words,
        ) {
            UnitWords::End(k) => k,
            UnitWords::Dinas(p) => return Some(*p),
        },
    };
    if k > at {
        role_words.push(title_case(ctx.text(at..k)));
    } else if !matches!(title_role.split(' ').count(), 2..) {
        // A bare "Kepala"/"Ketua" names no post.
        return None;
    }
    // "Staf Ahli Bupati Bidang Pemasyarakatan dan SDM SBT Saleh": the head's region written
    // after the unit words.
    let mut end = k;
    let head_region = match (head_region, head_kind) {
        (None, Some(kind)) if k > at => regions.resolve_at(ctx, k, kind).inspect(|(t, _)| {
            end = t.end;
        }),
        (found, _) => found,
    };
    let mut implied = head_region.map(|(_, r)| government_of(ctx, r));
    // "Asisten I Bidang Pemerintahan dan Kesra Lampung, X": a title whose body goes
    // without saying (positions.tsv org:KEY) is in that body of the region written after
    // its unit words.
    if implied.is_none()
        && head_kind.is_none()
        && k > at
        && let Some(e) = ctx.lex.default_body(title_role)
        && let Some((t, r)) = regions.resolve_at(ctx, k, None)
    {
        end = t.end;
        implied = Some(lexicon_org(ctx, e, Some(r)));
    }
    Some(Phrase {
        region_kind: head_kind.filter(|_| implied.is_none()),
        ..implied_phrase(ctx, start..end, role_words.join(" "), implied)
    })
}

/// Where the unit words of a title with no organization after them end, at `at`.
enum UnitWords {
    End(usize),
    /// "Kadis Pendidikan Kota X": the unit names a Dinas, and this is the whole phrase.
    Dinas(Box<Phrase>),
}

/// The unit words after a title that no organization follows ("Ketua Panitia Seleksi",
/// "Camat Tanggul", "Kepala Biro Ekonomi"), up to the holder's name.
#[allow(clippy::too_many_arguments)]
fn unit_words_end(
    ctx: &Context,
    regions: &Regions,
    start: usize,
    at: usize,
    sentence: usize,
    title_role: &str,
    head_kind: Option<Option<RegionKind>>,
    role_words: &mut Vec<String>,
) -> UnitWords {
    // No organization: keep a capitalised title with unit words ("Ketua Panitia Seleksi").
    let place_title = ctx.lex.is_word(Cue::PlaceTitle, title_role);
    let mut k = at;
    // "Camat Balikpapan Tengah": a district named after its city and a direction.
    if place_title
        && let Some(c) = regions.candidate_at(at)
        && ctx.in_list(Cue::PlaceSuffix, c.tokens.end)
        && c.tokens.end == at + 1
    {
        k = c.tokens.end;
    }
    while k < ctx.toks.len()
    && k - at < 8
    && (ctx.is_capitalized_word(k) || (ctx.word(k) == "dan" && ctx.is_capitalized_word(k + 1)))
    && (!ctx.classes(k).is_stopword()
        || ctx.classes(k).is_org_word()
        // "Kabid Pembinaan ASN": a short form in capitals names what the unit serves;
        // "Kabid Mutasi": so does an event's name.
        || (ctx.is_upper_word(k) && ctx.word(k).len() > 1)
        || ctx.cues_at(k).any(|h| match h.pat {
            CuePat::Trigger(t) => ctx.lex.triggers[t].form == crate::lexicon::TriggerForm::Noun,
            _ => false,
        })
        || (place_title && ctx.in_list(Cue::PlaceSuffix, k)))
    && regions.candidate_at(k).is_none()
    && !ends_unit(ctx, k)
    // "Camat Senen Drg Lola Lovita": an honorific opens the holder's name.
    && ctx.honorific(k).is_none()
    {
        k += 1;
        // "Bidang Politik, Hukum dan Pemerintahan": a comma inside a list of fields, every
        // word of which some body's name uses, up to its "dan".
        if ctx.is_punct(k, ",")
            && let Some(end) = field_list_after_comma(ctx, k)
        {
            k = end;
        }
    }
    // "Camat Gemarang dan Rina Wahyuni Camat Kare", "Staf Ahli dan Jaya Sutardi menjabat
    // ...": a run after "dan" that ends at another title or at a verb linking a name to its
    // post is the next list item, not part of this unit.
    // Not when every word after "dan" names a field ("Asisten Bidang Perekonomian dan
    // Kesra Sekda Papua, X": the Sekda's office is the assistant's unit).
    // "Asisten Pemerintahan dan Kesejahteraan Rakyat dan Joko Prasetyo sebagai ...": so
    // does "sebagai" in a list of names and posts, when no field follows "dan" ("Bidang
    // Ekonomi dan Pembangunan Hamdani sebagai ..." keeps its field).
    let field = |n: usize| ctx.classes(n).is_org_word() || ctx.classes(n).has(Cue::UnitWord);
    if (ends_unit(ctx, k) || linking_verb(ctx, k) || ctx.word(k) == "sebagai")
        && let Some(d) = (at..k).rev().find(|&d| ctx.word(d) == "dan")
        && (d + 1 == k || (d + 1..k).any(|n| !field(n)))
        && (ctx.word(k) != "sebagai" || !field(d + 1))
    {
        k = d;
    }
    // "Camat Tanggul Muhammad Ghozali", "Lurah Kembangan Utara Agus Setiawan": a title whose
    // unit is a place the gazetteer lacks takes one word of it (two after or before a word
    // that opens place names, "Tanah Abang"), and the direction words after them; the rest is
    // the holder's name.
    // "Camat Tanete Riattang Barat, Hasnah": a place set off by a comma from the holder's
    // name is all of the unit ("Camat Pakusari Fauzi, Camat Tanggul ...": not when the next
    // title follows the comma).
    let set_off = ctx.is_punct(k, ",") && ctx.is_capitalized_word(k + 1) && !ctx.title_at(k + 1);
    if place_title && k > at + 1 && !set_off && !places_listed_after(ctx, k) {
        let mut place_end = at + 1;
        // "Lurah Kamal Muara, Dwi Pandji": a word that opens place names closes one too,
        // when the unit ends there.
        if ctx.in_list(Cue::PlacePrefix, at)
            || (place_end + 1 == k && ctx.in_list(Cue::PlacePrefix, place_end))
        {
            place_end += 1;
        }
        while place_end < k && ctx.in_list(Cue::PlaceSuffix, place_end) {
            place_end += 1;
        }
        if place_end < k {
            k = place_end;
        }
    }
    // "Kepala Biro Ekonomi Marwan Polisiri", "Kepala Badan Pendapatan Asli Daerah Zaenab
    // Alting", "Kabag Protokol Isnaeni Aditia Marvan": two or more words that no
    // organization's name uses, after the last word that one does (or a unit word), are
    // the holder's name.
    // One such word is a name too when a link verb and another title follow ("Staf Ahli
    // Mendagri Bidang Ekonomi dan Pembangunan Hamdani sebagai Penjabat Gubernur").
    // A short form in capitals ("Kadis PPKB Hendri") is a unit's too. One name word is
    // enough before a comma or "dan" and the next title of a list ("Kadis PPKB Hendri,
    // Kaban BPPRD Desyadi").
    let unit_word = |n: usize| {
        ctx.classes(n).is_org_word()
            || ctx.classes(n).has(Cue::UnitWord)
            || (ctx.is_upper_word(n) && ctx.word(n).len() > 1)
            || regional_short_form(ctx, n)
    };
    let next_post = (ctx.in_list(Cue::HolderLink, k)
        || ctx.is_punct(k, ",")
        || matches!(ctx.word(k), "dan" | "serta"))
        && ctx.title_at(k + 1);
    let name_words = |last: usize| {
        // "Kepala Dishubkominfo Kushartono": after a body's short form, one word is a name.
        if next_post || regional_short_form(ctx, last) {
            1
        } else {
            2
        }
    };
    // "Staf Ahli Bupati Sintang Yosef Darmadi": after a region head's title, unit words
    // start with one ("Bidang ..."), else what follows is a name.
    if head_kind.is_some() && !unit_word(at) {
        k = at;
    }
    match (at..k).rev().find(|&n| unit_word(n)) {
        Some(last)
            if k - (last + 1) >= name_words(last)
                && (last + 1..k).all(|n| ctx.word(n) != "dan") =>
        {
            k = last + 1;
        }
        // "Bidang Pemerintahan, Hukum, dan Politik": the last item of a list of fields.
        _ if k > at + 6 && ctx.word(at + 5) == "dan" => k = at + 7,
        _ => k = k.min(at + 6),
    }
    // "Asisten Pemerintahan dan Kesejahteraan Rakyat dan Hari Cahyono sebagai ...": a unit
    // does not end on a connector.
    while k > at && matches!(ctx.word(k - 1), "dan" | "serta" | "&" | ",") {
        k -= 1;
    }
    // "Kadis Pendidikan Kota X": the unit names a Dinas.
    if title_role.ends_with("Dinas") && k > at {
        let field = ctx.text(at..k).to_string();
        let (region, end) = match regions.resolve_at(ctx, k, None) {
            Some((t, r)) => (Some(r), t.end),
            None => (regions.dominant, k),
        };
        let name = format!("Dinas {field}");
        let org = match ctx.lex.org_named(&name) {
            Some(e) => lexicon_org(ctx, e, region),
            None => {
                let (key, full) = match region {
                    Some(r) => (
                        format!("{}-{}", crate::text::slugify(&name), ctx.lex.regions[r].key),
                        ctx.lex.regions[r].qualify(&name),
                    ),
                    None => (crate::text::slugify(&name), name.clone()),
                };
                super::Org {
                    key,
                    class: crate::lexicon::OrgClass::Government,
                    name: full,
                    alt_names: Default::default(),
                    region,
                    parent: None,
                }
            }
        };
        let region = org.region;
        let key = org.key.clone();
        let implied = Some(org);
        role_words.pop();
        role_words.push(title_role.trim_end_matches(" Dinas").to_string());
        return UnitWords::Dinas(Box::new(post_phrase(
            start..end,
            role_words.join(" "),
            Some(key),
            region,
            sentence,
            implied,
        )));
    }
    UnitWords::End(k)
}

/// "SMAN 1 Liwa", "SMA Negeri 2 Belalau", "SDN 3 Sukamaju" at `at`: a unit of a kind the lexicon
/// names by a number and a place (cues.tsv, numbered-unit); the token after the place's
/// first word.
fn numbered_unit(ctx: &Context, at: usize) -> Option<usize> {
    // "Kepala Sekolah SMPN 2 Kuta": a word of the unit's kind may come first.
    let from = if ctx.is_capitalized_word(at) && ctx.cue_end(at, Cue::NumberedUnit).is_none() {
        at + 1
    } else {
        at
    };
    let e = ctx.cue_end(from, Cue::NumberedUnit)?;
    // "Ketua Komisi A Edi Susilo": a unit lettered, with no place.
    if super::persons::unit_letter(ctx, e) {
        return Some(e + 1);
    }
    (ctx.kind(e) == Some(TokKind::Number) && ctx.is_capitalized_word(e + 1)).then_some(e + 2)
}

/// The end of a body's division written after the body's name, at `at` ("Divisi Humas dan
/// Parmas" in "Anggota KPU Banyuasin Divisi Humas dan Parmas Bahrial Syah"). Its field words
/// are capitalised: one after "dan" (more while no name could have them), else those up
/// to the last word no name could have (or the first word), leaving the rest of the
/// capitalised run, if any, to the holder's name.
fn division_after_body(ctx: &Context, regions: &Regions, at: usize) -> Option<usize> {
    if !(ctx.in_list(Cue::DivisionAfterBody, at) && ctx.is_capitalized_word(at)) {
        return None;
    }
    let field = |n: usize| {
        ctx.is_capitalized_word(n)
            && regions.candidate_at(n).is_none()
            && !ends_unit(ctx, n)
            && ctx.honorific(n).is_none()
    };
    // Words no name has: those of bodies' names, unit words, short forms, stopwords and
    // derived nouns ("Penanganan Pelanggaran").
    let known = |n: usize| {
        ctx.classes(n).is_org_word()
            || ctx.classes(n).is_stopword()
            || crate::text::is_derived_noun(ctx.word(n))
            || ctx.classes(n).has(Cue::UnitWord)
            || (ctx.is_upper_word(n) && ctx.word(n).len() > 1)
    };
    let mut run_end = at + 1;
    while run_end < at + 10 && field(run_end) {
        run_end += 1;
        // "Divisi Hukum, Humas dan Datin": a list of fields set off by commas.
        if ctx.is_punct(run_end, ",")
            && let Some(end) = field_list_after_comma(ctx, run_end)
        {
            return Some(end);
        }
        if ctx.word(run_end) == "dan" && field(run_end + 1) {
            // "Hukum dan Penyelesaian Sengketa Rahmat": one field after "dan", then
            // more while a body's name uses them and a name word is left.
            let mut end = run_end + 2;
            while field(end) && known(end) && field(end + 1) {
                end += 1;
            }
            return Some(end);
        }
    }
    if run_end == at + 1 {
        return None;
    }
    let last_known = (at + 1..run_end).rev().find(|&n| known(n));
    Some(match last_known {
        Some(last) => last + 1,
        None if run_end - (at + 1) >= 3 => at + 2,
        None => run_end,
    })
}

/// After the comma at `comma` inside a title's unit words: more unit words (capitalised,
/// set off by commas, or after "dan"), or none, then a body's name that ends the title
/// ("Kepala Bidang Mutasi, Badan Kepegawaian Daerah X, Agung").
fn body_after_commas(ctx: &Context, orgs: &Orgs, comma: usize) -> bool {
    let sentence = ctx.sentence_of(comma);
    let mut k = comma + 1;
    // "Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden X": more fields, set
    // off by commas and closed by "dan", may come first.
    while k < comma + 10
        && orgs.mention_at(k).is_none()
        && !ctx.title_at(k)
        && (ctx.is_capitalized_word(k)
            || (k > comma + 1 && ctx.is_punct(k, ","))
            || (matches!(ctx.word(k), "dan" | "serta") && ctx.is_capitalized_word(k + 1)))
    {
        k += 1;
    }
    // The body ends the title: a comma, a short form in brackets or the holder's name
    // follows, or the sentence ends.
    orgs.mention_at(k).is_some_and(|m| {
        let e = m.tokens.end;
        m.leader.is_none()
            && (ctx.is_punct(e, ",")
                || ctx.is_punct(e, ".")
                || ctx.is_punct(e, "(")
                || ctx.is_capitalized_word(e)
                || ctx.sentence_of(e) != sentence)
    })
}

/// "(Pj)", "(Plt.)", "(Menpan RB)", "(BKP-SDM)": a short form in brackets at token `at`
/// (one to three capitalised words of at most ten letters, joined by spaces, hyphens or
/// dots); the token after it.
fn abbreviation_in_brackets(ctx: &Context, at: usize) -> Option<usize> {
    if !(ctx.is_punct(at, "(") && ctx.is_word(at + 1)) {
        return None;
    }
    let short_word = |k: usize| ctx.is_capitalized_word(k) && ctx.word(k).chars().count() <= 10;
    // The first word may be anything ("(Pj)", "(dr)"); the others are short forms.
    let mut k = at + 2;
    let mut words = 1;
    loop {
        if ctx.is_punct(k, ".") {
            k += 1;
        }
        if ctx.is_punct(k, ")") {
            return Some(k + 1);
        }
        if words == 3 {
            return None;
        }
        if ctx.is_punct(k, "-") {
            k += 1;
        }
        if !short_word(k) {
            return None;
        }
        words += 1;
        k += 1;
    }
}

/// A verb that links the name before it to a post ("menjabat", "dilantik"), as opposed to
/// the adverbs of the same word class ("kini", "juga").
fn linking_verb(ctx: &Context, k: usize) -> bool {
    let w = ctx.word(k);
    // "Jadi": a headline's "menjadi"; "duduk" (sebagai).
    (crate::text::has_verb_prefix(w) || matches!(w, "Jadi" | "duduk"))
        && ctx.in_list(Cue::HolderLink, k)
}

/// The places written after place titles in the phrases ("Tamalate" of "Camat Tamalate"):
/// the same words elsewhere name the place, not a person ("Dua Camat diganti, yakni
/// Tamalate dan Rappocini").
pub fn places_after_titles<'a>(ctx: &Context<'a>, phrases: &[Phrase]) -> HashSet<&'a str> {
    phrases
        .iter()
        .filter_map(|p| {
            let end = place_title_end(ctx, p.tokens.start)?;
            (end < p.tokens.end).then(|| ctx.text(end..p.tokens.end))
        })
        .collect()
}

/// Where a title whose unit is a place ("Camat", "Kades") starts at token `j`: its end.
fn place_title_end(ctx: &Context, j: usize) -> Option<usize> {
    ctx.cues_at(j)
        .filter_map(|h| match h.pat {
            CuePat::Role(r) if ctx.lex.is_word(Cue::PlaceTitle, &ctx.lex.roles[r].role) => {
                Some(h.tokens.end)
            }
            _ => None,
        })
        .max()
}

/// "Kades Terusan Karya, Kades Palangkau Lama, dan Kades Timpah", "Camat Tanjung Selor,
/// Camat Tanjung Palas, dan Camat Bunyu": a list of place titles after token `k` (the end of
/// an item) one item of which is a single word, too short for a place and a name: its items
/// name places and no one.
fn places_listed_after(ctx: &Context, k: usize) -> bool {
    let mut j = k;
    for _ in 0..16 {
        let item = j;
        if ctx.is_punct(j, ",") {
            j += 1;
        }
        if matches!(ctx.word(j), "dan" | "serta") {
            j += 1;
        }
        let Some(t) = place_title_end(ctx, j).filter(|_| j > item) else {
            return false;
        };
        let mut end = t;
        while end < t + 8 && ctx.is_capitalized_word(end) && !ctx.title_at(end) {
            end += 1;
        }
        match end - t {
            0 => return false,
            1 => return true,
            _ => j = end,
        }
    }
    false
}

/// A word that cannot be part of a unit name: a new title, a verb of the act, a speech verb.
fn ends_unit(ctx: &Context, j: usize) -> bool {
    ctx.cues_at(j).any(|h| match h.pat {
        CuePat::Role(_) | CuePat::Cue(crate::lexicon::Cue::Speech) => true,
        CuePat::Trigger(t) => ctx.lex.triggers[t].form != crate::lexicon::TriggerForm::Noun,
        _ => false,
    })
}

/// "Menteri Dalam Negeri", "Dirjen Otonomi Daerah [Kemendagri]": the title names the body.
fn leader_phrase(ctx: &Context, orgs: &Orgs, m: &super::orgs::OrgMention) -> Phrase {
    // The body's canonical leader title ("Direktur Jenderal Otonomi Daerah" for "Dirjen Otda").
    let written = m.leader.clone().unwrap_or_default();
    let canonical = orgs
        .get(&m.key)
        .and_then(|o| {
            ctx.lex.org(
                o.parent
                    .as_deref()
                    .filter(|_| o.region.is_some())
                    .unwrap_or(&o.key),
            )
        })
        .and_then(|e| e.leader_titles.first().cloned())
        .unwrap_or(written);
    // "Kadishub", "Kasatpol PP", "Kapolres": the head of the body, its post labelled like
    // "Kepala Dinas Perhubungan Kabupaten X" (the region's instance), not by the short title.
    let head_short = canonical
        .split_whitespace()
        .next()
        .is_some_and(|w| ctx.lex.is_head_short_title(w));
    // Expand an abbreviated title word ("Dirjen" → "Direktur Jenderal").
    let mut words: Vec<String> = canonical.split_whitespace().map(String::from).collect();
    if head_short {
        words = vec!["Kepala".to_string()];
    } else if let Some(first) = words.first()
        && let Some(e) = ctx
            .lex
            .roles
            .iter()
            .find(|r| r.surface.eq_ignore_ascii_case(first) && r.takes != Takes::Modifier)
    {
        words[0] = e.role.clone();
    }
    let role = title_case(&words.join(" "));
    let mut end = m.tokens.end;
    // The parent body written after the unit ("... Kemendagri") belongs to the phrase.
    let parent = orgs.get(&m.key).and_then(|o| o.parent.clone());
    if let (Some(p), Some(next)) = (&parent, orgs.mention_at(end))
        && &next.key == p
    {
        end = next.tokens.end;
    }
    Phrase {
        leader: !head_short,
        ..post_phrase(
            m.tokens.start..end,
            role,
            Some(m.key.clone()),
            orgs.get(&m.key).and_then(|o| o.region),
            ctx.sentence_of(m.tokens.start),
            None,
        )
    }
}

fn find_holder(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    phrases: &[Phrase],
    k: usize,
) -> Option<NameParse> {
    let p = &phrases[k];
    // "X dilantik oleh Gubernur Jatim Sukarwo sebagai Pj Bupati": the agent of the act
    // does not take the post ("diisi oleh X sebagai Plt ..." names its holder); the
    // subject of the act does.
    let oleh = |h: &NameParse| {
        let mut s = h.tokens.start;
        if let Some(q) = phrase_ending_at(&phrases[..k], s) {
            s = q.tokens.start;
        }
        (h.tokens.end <= p.tokens.start
            && s >= 2
            && ctx.word(s - 1) == "oleh"
            && !ctx.in_list(Cue::HolderBy, s - 2))
        .then_some(s - 1)
    };
    // "Kepala Badan Pengelolaan Keuangan dan Aset, Kepala Bappeda": one capitalised word
    // after "dan" that ends a run of capitalised words headed by a body's head word ends
    // that body's name ("A dan B"); it is no name.
    let ends_title = |h: &NameParse| {
        let s = h.tokens.start;
        if h.words.len() != 1 || s < 2 || ctx.word(s - 1) != "dan" {
            return false;
        }
        (s.saturating_sub(8)..s - 1)
            .rev()
            .take_while(|&j| ctx.is_capitalized_word(j))
            .any(|j| ctx.in_list(Cue::OrgHead, j))
    };
    find_holder_at(ctx, orgs, regions, phrases, k)
        .filter(|h| !ends_title(h))
        .and_then(|h| match oleh(&h) {
            Some(at) => subject_of_act(ctx, orgs, regions, at),
            None => Some(h),
        })
}

/// "Maskur dijadwalkan akan dilantik oleh ...": the name before the passive link verb
/// right before "oleh" at `oleh`, skipping adverbs and other passive verbs before it.
fn subject_of_act(ctx: &Context, orgs: &Orgs, regions: &Regions, oleh: usize) -> Option<NameParse> {
    let verb = oleh.checked_sub(1)?;
    if !linking_verb(ctx, verb) {
        return None;
    }
    let mut j = verb;
    while j > 0
        && verb - j < 4
        && (ctx.in_list(Cue::Adverb, j - 1) || has_passive_prefix(ctx.word(j - 1)))
    {
        j -= 1;
    }
    parse_name_before(ctx, j, orgs, regions)
        .filter(|n| ctx.sentence_of(n.tokens.start) == ctx.sentence_of(oleh))
}

fn find_holder_at(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    phrases: &[Phrase],
    k: usize,
) -> Option<NameParse> {
    let p = &phrases[k];
    // "A kini menjabat Kepala Dinas X, B menjadi ...": a linked name before the title wins
    // over the name that follows it.
    // "A menduduki jabatan Kepala Badan X, B ...": so is one linked over "jabatan".
    let s = p.tokens.start;
    let linked_before = (s > 0 && ctx.in_list(Cue::HolderLink, s - 1))
        || (s > 1
            && matches!(ctx.word(s - 1), "jabatan" | "posisi" | "kursi")
            && ctx.in_list(Cue::HolderLink, s - 2));
    // "Azwar Anas dipercaya Presiden Jokowi untuk ...": a passive verb, then a title with
    // its own name right after: the title names the agent, not the post taken.
    let agent = s > 0 && has_passive_prefix(ctx.word(s - 1)) && ctx.in_list(Cue::HolderLink, s - 1);
    if agent
        && let Some(after) =
            holder_after(ctx, orgs, regions, phrases, k).filter(|a| a.tokens.start == p.tokens.end)
    {
        return Some(after);
    }
    if linked_before {
        holder_before(ctx, orgs, regions, phrases, k)
            .or_else(|| holder_after(ctx, orgs, regions, phrases, k))
    } else {
        let after = holder_after(ctx, orgs, regions, phrases, k);
        // "A Camat Geger, B Camat Dagangan, C ...": when the name after the title is
        // itself followed by a title, the list runs name-title, and the name right before
        // this title holds it.
        // "yakni A, Kepala Dinas X, B, Kepala Badan Y, ...": so it does with commas around
        // each name, when the first name opens the list.
        let title_at = |at: usize| !super::starting_at(phrases, at, |q| q.tokens.start).is_empty();
        if let Some(a) = &after
            && title_at(a.tokens.end)
            && let Some(b) = name_opening_item(ctx, orgs, regions, p, false)
        {
            return Some(b);
        }
        if let Some(a) = &after
            && ctx.is_punct(a.tokens.end, ",")
            && title_at(a.tokens.end + 1)
            && a.tokens.start > 0
            && ctx.is_punct(a.tokens.start - 1, ",")
            && let Some(b) = name_opening_item(ctx, orgs, regions, p, true)
        {
            return Some(b);
        }
        after
            .or_else(|| holder_before(ctx, orgs, regions, phrases, k))
            .or_else(|| named_right_before(ctx, orgs, regions, p))
    }
}

/// "tutur Oma Rahmadi Pj Sekda Kayong Utara", "didampingi Jumadi Lubis Kepala BKPSDM X": a
/// name written right before a scoped title, with no comma, after a speech verb or an
/// object marker that introduces it.
fn named_right_before(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    p: &Phrase,
) -> Option<NameParse> {
    if !p.capitalized || (p.post.org.is_none() && p.post.region.is_none()) {
        return None;
    }
    let name = parse_name_before(ctx, p.tokens.start, orgs, regions)?;
    let b = name.tokens.start.checked_sub(1)?;
    let introduced = ctx.classes(b).is_speech_verb() || ctx.in_list(Cue::ObjectMarker, b);
    (name.tokens.end == p.tokens.start && introduced).then_some(name)
}

/// Whether the holder named before post `k` is said, later in the sentence, to "now" take
/// another post ("X sebagai Camat A kini menjadi Kepala Dinas B", "X sebagai Kepala
/// Pelaksana BPBD, dan Plt Kepala Satpol PP, kini menjabat ..."): then `k` is a post left.
fn left_for_later_post(ctx: &Context, orgs: &Orgs, phrases: &[Phrase], k: usize) -> bool {
    let p = &phrases[k];
    let Some(h) = &p.holder else {
        return false;
    };
    if h.tokens.end > p.tokens.start {
        return false;
    }
    let end = ctx.sentence_range(p.sentence).end;
    let mut j = p.tokens.end;
    while j < end && j <= p.tokens.end + 12 {
        if matches!(ctx.word(j), "kini" | "sekarang") {
            let linked = (j + 1..j + 4).any(|i| ctx.in_list(Cue::HolderLink, i));
            let taken =
                phrases[super::starting_between(phrases, j + 1, j + 6, |q| q.tokens.start)].first();
            return linked
                && taken.is_some_and(|q| q.holder.as_ref().is_some_and(|x| x.words == h.words));
        }
        let part_of_posts = !ctx.is_word(j)
            || matches!(ctx.word(j), "dan" | "serta")
            || orgs.mention_covering(j).is_some()
            || ctx.cues_at(j).any(|c| matches!(c.pat, CuePat::Role(_)))
            || super::near(phrases, j, |q| q.tokens.start)
                .iter()
                .any(|q| q.tokens.contains(&j));
        if !part_of_posts {
            return false;
        }
        j += 1;
    }
    false
}

/// The post that the holder named after post `k` moves on to ("Kepala DLH X yang dipindah
/// tugas menjadi Kepala Y", "Kepala Kesbangpol X dipindah tugas menjadi ..."): a move verb
/// and "menjadi" right after the name, then a post whose holder is X or nobody yet.
fn moved_on_to(ctx: &Context, phrases: &[Phrase], k: usize) -> Option<usize> {
    let p = &phrases[k];
    let h = p.holder.as_ref()?;
    // "Sayid Ali, Camat Kebayoran Lama, yang dicopot menjadi ...": the holder before the
    // title, the move after it.
    let mut j = h.tokens.end.max(p.tokens.end);
    if ctx.is_punct(j, ",") {
        j += 1;
    }
    if ctx.word(j) == "yang" {
        j += 1;
    }
    while ctx.in_list(Cue::Adverb, j) && j < h.tokens.end + 4 {
        j += 1;
    }
    // "Sekretaris Dinas X Sayid mengisi posisi Kepala Bagian Y": a verb that takes the
    // post as its object ends the first post too.
    // "X, pindah ke Kepala Dinas B", "X pindah kepala SMAN 1 B": after a move verb, "ke"
    // or the post itself does what "menjadi" does.
    let occupies = matches!(ctx.word(j), "mengisi" | "menempati");
    // "A bergeser menjadi Asisten III dan Kepala Inspektorat B menjadi Kepala BKPP": the
    // move verb said once for both.
    // Looked for within 24 tokens, so a sentence of thousands of posts stays linear.
    let clause_start = ctx
        .sentence_range(p.sentence)
        .start
        .max(p.tokens.start.saturating_sub(24));
    let shared_verb = ctx.word(j) == "menjadi"
        && (clause_start..p.tokens.start).any(|v| ctx.in_list(Cue::MoveVerb, v));
    // "Kepala Dinas A X menjadi Kepala Dinas B, Kepala Badan C Y menjadi Kepala Badan D": in
    // a list of such moves "menjadi" moves; said once, it may add a post ("Sekda X menjadi
    // Ketua Pansel").
    let listed_move = !shared_verb
        && ctx.word(j) == "menjadi"
        && (clause_start..j + 48)
            .filter(|&t| t != j && ctx.sentence_of(t) == p.sentence)
            .any(|t| {
                ctx.word(t) == "menjadi"
                    && phrases[super::starting_range(phrases, t + 1, |q| q.tokens.start)]
                        .first()
                        .is_some_and(|q| q.tokens.start == t + 1)
            });
    let to = if shared_verb || listed_move {
        j
    } else if occupies {
        let mut to = if matches!(ctx.word(j + 1), "posisi" | "jabatan" | "kursi" | "pos") {
            j + 1
        } else {
            j
        };
        // "menempati jabatan baru sebagai Kepala Dinas B", "menempati pos barunya sebagai".
        while to < j + 4 && matches!(ctx.word(to + 1), "baru" | "barunya" | "sebagai") {
            to += 1;
        }
        to
    } else {
        let verb = (j..j + 2).find(|&v| ctx.in_list(Cue::MoveVerb, v))?;
        // "dikembalikan ke jabatan definitifnya sebagai Staf Ahli": "sebagai" after "ke
        // jabatan" and a word or two.
        let back_to_post = || {
            (ctx.word(verb + 1) == "ke" && ctx.word(verb + 2) == "jabatan")
                .then(|| (verb + 3..verb + 6).find(|&v| ctx.word(v) == "sebagai"))
                .flatten()
        };
        (verb + 1..verb + 4)
            .find(|&v| ctx.word(v) == "menjadi")
            .or_else(back_to_post)
            // "Kepala Dinas A X dimutasi sebagai Kepala Dinas B" ("dicopot sebagai" is
            // removed from the post named).
            .or_else(|| {
                (ctx.word(verb + 1) == "ke"
                    || (ctx.word(verb + 1) == "sebagai" && !ctx.in_list(Cue::Removal, verb)))
                .then_some(verb + 1)
            })
            .unwrap_or(verb)
    };
    if ctx.sentence_of(to) != p.sentence {
        return None;
    }
    let q = super::starting_range(phrases, to + 1, |q| q.tokens.start).start;
    let taken = phrases.get(q).filter(|q| q.tokens.start == to + 1)?;
    // An acting post is mostly held beside the first ("... X menjadi Plt Kepala Dinas B").
    if listed_move && is_acting(&taken.post.role) {
        return None;
    }
    taken
        .holder
        .as_ref()
        .is_none_or(|x| x.words == h.words)
        .then_some(q)
}

/// A name written right before the phrase's title (or before its comma, with `comma`) that
/// opens a list item: after a colon, "yakni"/"yaitu" or at the start of the sentence, or
/// (without `comma`) after a comma, "dan" or "serta".
fn name_opening_item(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    p: &Phrase,
    comma: bool,
) -> Option<NameParse> {
    if ctx.is_title_sentence(p.sentence) {
        return None;
    }
    let end = if comma {
        p.tokens
            .start
            .checked_sub(1)
            .filter(|&c| ctx.is_punct(c, ","))?
    } else {
        p.tokens.start
    };
    let name = parse_name_before(ctx, end, orgs, regions)?;
    let s = name.tokens.start;
    // Set off by commas, the name opens the list only after a word that opens one ("Kepala
    // BKN, Zudan, Gubernur Kalbar, Ria Norsan" runs title-name).
    let opens = s == ctx.sentence_range(p.sentence).start
        || matches!(
            ctx.word(s - 1),
            ":" | "yakni" | "yaitu" | "adalah" | "ialah"
        )
        || (!comma && matches!(ctx.word(s - 1), "," | "dan" | "serta"));
    opens.then_some(name)
}

/// "Pj Bupati OKI, Ir Asmar Wijaya MSi".
fn holder_after(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    phrases: &[Phrase],
    k: usize,
) -> Option<NameParse> {
    let p = &phrases[k];
    let scoped = p.post.org.is_some() || p.post.region.is_some();
    let mut j = p.tokens.end;
    // "Menteri Pendayagunaan Aparatur Negara Reformasi Birokrasi X": the rest of the body's
    // own name, written after a shortened title, is not the holder's name.
    if let Some(o) = p.post.org.as_ref().and_then(|k| orgs.get(k)) {
        let of_name = |k: usize| {
            ctx.is_capitalized_word(k)
                && o.name
                    .split(' ')
                    .any(|w| w.eq_ignore_ascii_case(ctx.word(k)))
        };
        while of_name(j) || (ctx.word(j) == "dan" && of_name(j + 1)) {
            j += 1;
        }
    }
    let after_title = j;
    // "Kepala Dinas Pendidikan Kabupaten Empat Lawang, Sumatera Selatan, X": the province.
    if scoped
        && ctx.is_punct(j, ",")
        && let Some((t, r)) = regions.resolve_at(ctx, j + 1, Some(RegionKind::Provinsi))
        && ctx.lex.regions[r].kind == RegionKind::Provinsi
    {
        j = t.end;
    }
    // "Kepala Bidang Mutasi BKD Pemprov Bengkulu Henri": the body's government;
    // "Deputi Bidang ... BNPP Kemendagri, Paulus Waterpauw": a body the post's body belongs
    // to, set off from the holder by a comma.
    if scoped
        && let Some(m) = orgs.mention_at(j)
        && (orgs
            .get(&m.key)
            .is_some_and(|o| o.key.starts_with("pemerintah-"))
            || ctx.is_punct(m.tokens.end, ","))
    {
        j = m.tokens.end;
    }
    // "Komisioner Bawaslu RI Divisi Penindakan, X": a division of the body, up to the comma.
    if scoped && ctx.in_list(Cue::UnitWord, j) && ctx.is_capitalized_word(j) {
        let end = (j + 1..j + 6).find(|&e| !ctx.is_capitalized_word(e));
        if let Some(e) = end
            && ctx.is_punct(e, ",")
        {
            j = e;
        }
    }
    if ctx.is_punct(j, ",") {
        j += 1;
    }
    // "Menteri Dalam Negeri (Mendagri) Tito Karnavian": the short form in brackets.
    if let Some(end) = abbreviation_in_brackets(ctx, j) {
        j = end;
        if ctx.is_punct(j, ",") {
            j += 1;
        }
    }
    // "Kepala Dinas Kesehatan yakni Putu Suteja ditugaskan ...", "Kepala Dinas X adalah Y":
    // a word that equates the title with the name after it.
    if scoped && matches!(ctx.word(j), "yakni" | "yaitu" | "adalah" | "ialah") {
        j += 1;
    }
    // "Direktur RSUD yang baru, dr Zulhadi": the new holder, after the comma.
    let new_at = if ctx.word(j) == "yang" { j + 1 } else { j };
    if ctx.in_list(Cue::NewAfter, new_at) && ctx.is_punct(new_at + 1, ",") {
        j = new_at + 2;
    }
    // "Jabatan Kasatpol PP yang sebelumnya dipegang A, kini diserahkan kepada B": past the
    // relative clause to what follows it.
    let mut clause_skipped = false;
    if ctx.word(j) == "yang"
        && let Some(c) = (j + 1..j + 10).find(|&c| ctx.is_punct(c, ","))
        && ctx.sentence_of(c) == p.sentence
        && (j + 1..c).any(|k| ctx.in_list(Cue::PastMarker, k))
        && ctx.in_list(Cue::HolderLink, c + 1)
    {
        j = c + 1;
        clause_skipped = true;
    }
    // "Direktur UPT RSUD Pancur Batu resmi diduduki oleh drg X": capitalised words right
    // before a holder-by verb are the unit's place, not a name.
    let place_end = (j..j + 3)
        .find(|&t| !ctx.is_capitalized_word(t))
        .unwrap_or(j + 3);
    let verb_at = if ctx.in_list(Cue::Adverb, place_end) {
        place_end + 1
    } else {
        place_end
    };
    if place_end > j
        && ctx.in_list(Cue::HolderBy, verb_at)
        && ctx.sentence_of(verb_at) == p.sentence
    {
        j = verb_at;
    }
    // "jabatan Bupati Sula kini diisi oleh X", "Kepala Biro Umum Setda, kini dijabat oleh X",
    // "Kepala Dinas ... tetap dijabat Dra X", "jabatan itu diserahkan kepada X".
    let mut by = j;
    if ctx.in_list(Cue::HolderLink, by) && (by <= p.tokens.end + 1 || clause_skipped) {
        by += 1;
    }
    // "Kepala Bapenda Jatim yang kini dijabat oleh X", "... yang kosong kini dijabat oleh X":
    // past "yang" and link words.
    if ctx.word(by) == "yang"
        && let Some(v) = (by + 1..by + 5)
            .take_while(|&v| {
                ctx.in_list(Cue::HolderLink, v)
                    || ctx.in_list(Cue::Adverb, v)
                    || ctx.in_list(Cue::HolderBy, v)
                    || ctx.word(v) == "kosong"
            })
            .find(|&v| ctx.in_list(Cue::HolderBy, v))
    {
        by = v;
    }
    if ctx.in_list(Cue::HolderBy, by) {
        j = ctx.past_oleh(by + 1);
        // "disandang mantan Bupati Sinjai X": past the holder's former post. "Pj Bupati
        // Seruyan dijabat Sekda Seruyan X": past the post the holder has now, whose name
        // follows it.
        let former = ctx.in_list(Cue::FormerBefore, j);
        if let Some(q) = super::starting_at(phrases, j + usize::from(former), |q| q.tokens.start)
            .iter()
            .find(|q| former || q.post.org.is_some() || q.post.region.is_some())
        {
            j = q.tokens.end + usize::from(ctx.is_punct(q.tokens.end, ","));
        }
    } else if ctx.in_list(Cue::HolderTo, by) && matches!(ctx.word(by + 1), "kepada" | "pada") {
        j = by + 2;
    }
    if ctx.is_title_sentence(p.sentence)
        || !(p.capitalized || scoped)
        || ctx.sentence_of(j) != p.sentence
    {
        return None;
    }
    let after_comma = j > after_title;
    // "Ditanya soal siapa yang akan dijadikan Sekda X, Aris menjawab ...": the title is
    // what was asked about; the name after the comma answers.
    if after_comma && in_question_clause(ctx, p.tokens.start) {
        return None;
    }
    // "Direktur RSUD dr Soedono Madiun, dr Ilham": a doctor's name right after a body's
    // own-name head (cues.tsv) is the body's own name (its place may follow); the name
    // after the comma holds the post.
    if !after_comma
        && ctx.honorific(j).is_some()
        && ctx.cue_ending_at(j, Cue::OwnNameHead).is_some()
        && let Some(eponym) = parse_name(ctx, j, orgs, regions)
    {
        let mut e = eponym.tokens.end;
        if let Some(c) = regions.candidate_at(e) {
            e = c.tokens.end;
        }
        if ctx.is_punct(e, ",") && parse_name(ctx, e + 1, orgs, regions).is_some() {
            j = e + 1;
        }
    }
    parse_name(ctx, j, orgs, regions)
        .filter(|_| super::starting_at(phrases, j, |q| q.tokens.start).is_empty())
        .filter(|name| !(after_comma && continues_list(ctx, name)))
        .filter(|name| {
            !(ctx.is_punct(name.tokens.start.saturating_sub(1), ",")
                && takes_own_post(ctx, phrases, name.tokens.end))
        })
        // "Kepala Biro (Karo) Umum Sekretariat Daerah": a word right before a body's name
        // is the unit's name, not the holder's.
        .filter(|name| orgs.mention_at(name.tokens.end).is_none())
        // "Bupati Lebak Coret 55 PPPK": one word before a count of people is a verb.
        .filter(|name| {
            let e = name.tokens.end;
            !(name.words.len() == 1
                && ctx.kind(e) == Some(TokKind::Number)
                && ctx.cue_end(e + 1, Cue::CountNoun).is_some())
        })
}

/// Whether token `t` is in a clause that a question word opens ("Ditanya soal ..."): one
/// comes before it in its sentence with no comma between.
fn in_question_clause(ctx: &Context, t: usize) -> bool {
    let first = ctx.sentence_range(ctx.sentence_of(t)).start;
    (first..t)
        .rev()
        .take_while(|&k| !ctx.is_punct(k, ","))
        .any(|k| ctx.in_list(Cue::QuestionClause, k))
}

/// "Dishubkominfo", "Dinporabudpar": the short form of a regional body's name that no
/// lexicon knows, a capital, a short-form prefix and lowercase letters only.
fn regional_short_form(ctx: &Context, n: usize) -> bool {
    let w = ctx.word(n);
    ctx.is_capitalized_word(n)
        && (6..=16).contains(&w.len())
        && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && !ctx.classes(n).is_org_word()
        && !ctx.classes(n).is_stopword()
        && ctx.lex.opens_short_form(w)
}

/// The words between "yang" (or a body) and a passive verb of holding, from `j`, over at
/// most four tokens: adverbs, "kini", and past markers, "saat itu" and "selama ini" ("until
/// now", said of a post that changes hands). Returns where the verb would be and whether
/// the clause is set in the past.
fn past_clause(ctx: &Context, mut j: usize) -> (usize, bool) {
    let mut past = false;
    let start = j;
    while j - start < 4 {
        if matches!(
            (ctx.word(j), ctx.word(j + 1)),
            ("saat", "itu") | ("selama", "ini")
        ) {
            past = true;
            j += 2;
        } else if ctx.in_list(Cue::PastMarker, j) {
            past = true;
            j += 1;
        } else if ctx.in_list(Cue::Adverb, j) || ctx.word(j) == "kini" {
            j += 1;
        } else {
            break;
        }
    }
    (j, past)
}

/// "mencopot Sekda yang selama ini dijabat Mustafa", "Kepala Dinas yang sebelumnya dijabat
/// oleh X": the name after a past marker or "selama ini" and a holder-by verb, in the
/// post's sentence, held the post before.
fn held_in_past(ctx: &Context, orgs: &Orgs, regions: &Regions, p: &Phrase) -> Option<NameParse> {
    let mut j = p.tokens.end;
    if let Some(end) = abbreviation_in_brackets(ctx, j) {
        j = end;
    }
    if ctx.word(j) != "yang" {
        return None;
    }
    let (v, past) = past_clause(ctx, j + 1);
    if !past || !ctx.in_list(Cue::HolderBy, v) {
        return None;
    }
    parse_name(ctx, ctx.past_oleh(v + 1), orgs, regions)
        .filter(|n| ctx.sentence_of(n.tokens.start) == p.sentence)
}

/// Whether sentence `sentence` opens with a clause set in the past ("Sebelumnya,", "Sebelum
/// Darda Daraba,", "Sebelum dilantik,") that ends with a comma before token `before`.
fn opens_in_past(ctx: &Context, sentence: usize, before: usize) -> bool {
    let opening = ctx.sentence_range(sentence).start;
    // The clause is short: its comma within a dozen words.
    (ctx.word(opening).eq_ignore_ascii_case("sebelum") || ctx.in_list(Cue::PastMarker, opening))
        && (opening + 1..before.min(opening + 12)).any(|k| ctx.is_punct(k, ","))
}

/// The last phrase that ends right before token `end`.
fn phrase_ending_at(phrases: &[Phrase], end: usize) -> Option<&Phrase> {
    super::near(phrases, end, |q| q.tokens.start)
        .iter()
        .rev()
        .find(|q| q.tokens.end == end)
}

/// The start of "dari" when a post written right before token `end` follows it in
/// sentence `sentence` ("... dari Camat Petir" ending at `end`): a post someone leaves.
fn moved_from(ctx: &Context, phrases: &[Phrase], end: usize, sentence: usize) -> Option<usize> {
    let mut q = phrase_ending_at(phrases, end)?;
    // "X dari Kepala DPMPTSP dan Plt Kepala Dispaperta menjadi ...": every post left.
    for _ in 0..4 {
        let before = q.tokens.start.checked_sub(1)?;
        if ctx.sentence_of(before) != sentence {
            return None;
        }
        if let Some(from) = leaving(ctx, q.tokens.start) {
            return Some(from);
        }
        match ctx.word(before) {
            "dan" | "serta" => {
                // "dari Sekretaris Dewan (Sekwan) dan Plt Kepala Disdikbud": past the post's
                // short form in brackets.
                let mut end = before;
                if ctx.is_punct(end.saturating_sub(1), ")")
                    && end >= 3
                    && ctx.is_punct(end - 3, "(")
                {
                    end -= 3;
                }
                q = phrase_ending_at(phrases, end)?
            }
            _ => return None,
        }
    }
    None
}

/// After the comma at `comma`: the end of "Hukum dan Pemerintahan", "Hukum, dan
/// Pemerintahan": capitalised words that some body's name uses, separated by commas, then
/// "dan" and one or two more such words. None when anything else comes first (a name).
fn field_list_after_comma(ctx: &Context, comma: usize) -> Option<usize> {
    let field = |n: usize| ctx.is_capitalized_word(n) && ctx.classes(n).is_org_word();
    let mut j = comma + 1;
    let limit = comma + 10;
    while j < limit {
        if field(j) || ctx.is_punct(j, ",") {
            j += 1;
        } else if ctx.word(j) == "dan" && field(j + 1) {
            let mut end = j + 2;
            if field(end) {
                end += 1;
            }
            return (field(comma + 1) && ctx.sentence_of(end - 1) == ctx.sentence_of(comma))
                .then_some(end);
        } else {
            return None;
        }
    }
    None
}

/// Where the words that mark the post starting at `post` as one being left begin: "dari"
/// ("digeser dari Camat A"), "dari jabatan lama sebagai", "dari jabatan sebelumnya".
fn leaving(ctx: &Context, post: usize) -> Option<usize> {
    let mut j = post.checked_sub(1)?;
    if ctx.word(j) == "sebagai" {
        j = j.checked_sub(1)?;
    }
    if matches!(ctx.word(j), "lama" | "sebelumnya" | "semula")
        && j > 0
        && ctx.word(j - 1) == "jabatan"
    {
        j -= 1;
    }
    if ctx.word(j) == "jabatan" {
        j = j.checked_sub(1)?;
    } else if j + 1 != post {
        return None;
    }
    (ctx.word(j).eq_ignore_ascii_case("dari") && ctx.sentence_of(j) == ctx.sentence_of(post))
        .then_some(j)
}

/// "Kepala Dinas ESDM, Mulyadi Irsan dilantik menjadi Asisten ...": the name after the
/// comma opens a clause that gives it a post of its own (a linking verb, then a title), so
/// it does not hold the post before the comma. So does a move from a post: "Camat Petir,
/// A digeser dari Camat Cikande menjadi ...", "..., A dari Camat Cikande geser menjadi".
fn takes_own_post(ctx: &Context, phrases: &[Phrase], name_end: usize) -> bool {
    let mut j = name_end;
    while ctx.in_list(Cue::Adverb, j) {
        j += 1;
    }
    let link = usize::from(ctx.in_list(Cue::HolderLink, j));
    if ctx.word(j + link) == "dari"
        && !super::starting_at(phrases, j + link + 1, |q| q.tokens.start).is_empty()
    {
        return true;
    }
    if !linking_verb(ctx, j) {
        return false;
    }
    j += 1;
    if matches!(ctx.word(j), "menjadi" | "sebagai") {
        j += 1;
    }
    // "Kepala Dinas Pariwisata, I Made Badra ditugaskan sebagai Plt Kepala Dinas Perikanan":
    // an acting post is held beside one's own.
    super::starting_at(phrases, j, |q| q.tokens.start)
        .first()
        .is_some_and(|q| !is_acting(&q.post.role))
}

/// "Rosita dimutasi sebagai Sekretaris Dinas A", "..., Warsono sebagai Sekretaris Badan B"
/// (the move verb said once for a list): the holder named right before the title moves
/// into the post.
fn moved_into(ctx: &Context, p: &Phrase) -> bool {
    let Some(h) = p.holder.as_ref().filter(|h| h.tokens.end <= p.tokens.start) else {
        return false;
    };
    let gap = h.tokens.end..p.tokens.start;
    let links = |v: usize| matches!(ctx.word(v), "sebagai" | "menjadi" | "ke");
    if gap.is_empty() || gap.len() > 4 || !links(p.tokens.start - 1) {
        return false;
    }
    // "X dicopot sebagai Camat A": removed from the post named, not moved into it.
    if gap.clone().any(|v| ctx.in_list(Cue::Removal, v)) {
        return false;
    }
    if gap.clone().any(|v| ctx.in_list(Cue::MoveVerb, v)) {
        return true;
    }
    // A list item after the verb: "A dimutasi sebagai X, B sebagai Y dan C sebagai Z".
    let item = h.tokens.start > 0
        && (ctx.is_punct(h.tokens.start - 1, ",")
            || matches!(ctx.word(h.tokens.start - 1), "dan" | "serta"));
    let clause_start = ctx
        .sentence_range(p.sentence)
        .start
        .max(h.tokens.start.saturating_sub(40));
    gap.len() == 1
        && item
        && (clause_start..h.tokens.start).any(|v| ctx.in_list(Cue::MoveVerb, v) && links(v + 1))
}

/// Whether a post's role is an acting one (Plt, Plh), held beside the holder's own post.
fn is_acting(role: &str) -> bool {
    ["Pelaksana Tugas", "Pelaksana Harian"]
        .iter()
        .any(|a| role.starts_with(a))
}

/// "Staf Ahli Bidang Hukum, Politik dan Pemerintahan": a lone word after the comma, then
/// "dan" or another comma and a capitalised word that is no title, continues the unit's
/// list of fields; it is not the holder's name.
fn continues_list(ctx: &Context, name: &NameParse) -> bool {
    let lone = name.words.len() == 1 && name.prefixes.is_empty() && name.suffixes.is_empty();
    // A capitalised word that could be a field: not a title, an honorific or a day.
    let field =
        |k: usize| ctx.is_capitalized_word(k) && ctx.honorific(k).is_none() && !ctx.title_at(k);
    let mut end = name.tokens.end;
    // "Politik, Ekonomi dan Pembangunan": more one-word items, then the last one.
    while ctx.is_punct(end, ",") && field(end + 1) && !field(end + 2) {
        end += 2;
    }
    // "Kepala Puskesmas Mataholat, Ohoiel, dan Kolser": a comma before the last "dan".
    if ctx.is_punct(end, ",") && matches!(ctx.word(end + 1), "dan" | "serta") {
        end += 1;
    }
    lone && matches!(ctx.word(end), "dan" | "serta" | "&") && field(end + 1)
}

/// "..., Sulpakar Penjabat Bupati Mesuji dan Zaidirina Penjabat Bupati Tulang Bawang
/// Barat": a name opening a list item right before a named post's title holds it (see
/// [`name_opening_item`]).
fn listed_holder(ctx: &Context, orgs: &Orgs, regions: &Regions, p: &Phrase) -> Option<NameParse> {
    // A post of a body or region, or with its unit named ("Camat Kare").
    let named = p.post.org.is_some() || p.post.region.is_some() || p.post.role.contains(' ');
    if !named || !p.capitalized {
        return None;
    }
    name_opening_item(ctx, orgs, regions, p, false)
}

/// "Maulidini, SKM, Kepala ...", "X selaku Sekretaris Daerah ...".
fn holder_before(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    phrases: &[Phrase],
    k: usize,
) -> Option<NameParse> {
    linked_before(ctx, orgs, regions, phrases, k).and_then(|(name, held)| held.then_some(name))
}

/// The name written before post `k` as its holder, and whether it holds the post now (not
/// "X pernah menjabat ...").
fn linked_before(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    phrases: &[Phrase],
    k: usize,
) -> Option<(NameParse, bool)> {
    let p = &phrases[k];
    let title_sentence = ctx.is_title_sentence(p.sentence);
    // "Tasfirani (Kepala Bappeda), Erdison (Kepala Dinas ...)": a post in brackets right
    // after a name is that person's. "X (Kepala Satpol PP sekaligus Pj Sekda Cilacap)":
    // so is a second post the bracket joins to the first.
    let open = if p.tokens.start > 0 && ctx.is_punct(p.tokens.start - 1, "(") {
        Some(p.tokens.start - 1)
    } else if p.tokens.start > 1 && ctx.in_list(Cue::PostJoiner, p.tokens.start - 1) {
        phrase_ending_at(&phrases[..k], p.tokens.start - 1)
            .filter(|q| q.tokens.start > 0 && ctx.is_punct(q.tokens.start - 1, "("))
            .map(|q| q.tokens.start - 1)
    } else {
        None
    };
    let closed = ctx.is_punct(p.tokens.end, ")")
        || (ctx.in_list(Cue::PostJoiner, p.tokens.end)
            && super::starting_at(phrases, p.tokens.end + 1, |q| q.tokens.start)
                .iter()
                .any(|q| ctx.is_punct(q.tokens.end, ")")));
    if let Some(open) = open
        && closed
        && !title_sentence
    {
        // "Asda (Asisten Daerah) II": a word made of the title's words' beginnings is the
        // title's short form, no name.
        return parse_name_before(ctx, open, orgs, regions)
            .filter(|n| !short_form_of_bracket(ctx, n, open))
            .map(|n| (n, true));
    }
    // "X dari jabatan lama sebagai Kepala Dinas A menjadi ...": the post X leaves.
    if let Some(from) = leaving(ctx, p.tokens.start)
        && !title_sentence
    {
        return parse_name_before(ctx, from, orgs, regions)
            .filter(|n| ctx.sentence_of(n.tokens.start) == p.sentence)
            .map(|n| (n, false));
    }
    let mut b = p.tokens.start;
    let mut linked = false;
    // A relative clause skipped between the name and the post: its past marker dates its
    // own post.
    let mut relative: Option<Range<usize>> = None;
    // "Agus Hendri Alvando, mantan Lurah Toboali", "X eks Camat Y": a name before a post
    // it held in the past.
    let former = b > 0 && ctx.in_list(Cue::FormerBefore, b - 1);
    if former {
        b -= 1;
    }
    loop {
        if b == 0 {
            break;
        }
        let w = ctx.word(b - 1);
        if p.tokens.start - b > 24 || (p.tokens.start - b > 6 && !linked) {
            break;
        }
        // "X menduduki jabatan Kepala ...", "X mengisi posisi ...": "jabatan" after a link
        // verb.
        let office = matches!(w, "jabatan" | "posisi" | "pos")
            && b >= 2
            && ctx.in_list(Cue::HolderLink, b - 2);
        // "X didefinitifkan menjadi ...", "X akan diangkat sebagai ...": any passive verb
        // before "menjadi"/"sebagai", and adverbs before a link verb, past markers too ("X
        // sebelumnya menjabat ...": judged below as a post held before).
        // "X diberikan amanah sebagai ...": before any word that links, too.
        let passive_link = has_passive_prefix(w)
            && (matches!(ctx.word(b), "menjadi" | "sebagai")
                || (linked && ctx.in_list(Cue::HolderLink, b)));
        let adverb =
            linked && (ctx.in_list(Cue::Adverb, b - 1) || ctx.in_list(Cue::PastMarker, b - 1));
        if ctx.in_list(Cue::HolderLink, b - 1)
            || ctx.is_dash(b - 1)
            || office
            || passive_link
            || adverb
        {
            linked = true;
            b -= 1;
        } else if linked && let Some(from) = moved_from(ctx, &phrases[..k], b, p.sentence) {
            // "X digeser dari Camat A menjadi Camat B", "X dari Camat A geser menjadi ...":
            // the post X leaves lies between X and the post X takes.
            b = from;
        } else if linked
            && let Some(q) = phrase_ending_at(&phrases[..k], b)
            && let Some(y) = (q.tokens.start.saturating_sub(4)..q.tokens.start)
                .rev()
                .find(|&y| {
                    (ctx.word(y) == "yang" || ctx.in_list(Cue::PastMarker, y))
                        && ctx.sentence_of(y) == p.sentence
                })
        {
            // "X yang sebelumnya menjabat Kepala Dinas A kini menjadi B", "X sebelumnya
            // menjabat A dipindah sebagai B": skip the clause and its post to reach X.
            relative = Some(y..b);
            b = y;
        } else if w == "," && linked {
            // ", yang semula memimpin Bappeda, digeser menjadi ...": skip the relative clause.
            let clause_start = (b.saturating_sub(16)..b - 1).rev().find(|&k| {
                ctx.is_punct(k, ",")
                    && matches!(
                        ctx.word(k + 1),
                        "yang" | "sebelumnya" | "semula" | "sebelum" | "mantan" | "dulu"
                    )
            });
            match clause_start {
                Some(k) if ctx.sentence_of(k) == p.sentence => b = k,
                _ => b -= 1,
            }
        } else if w == ","
            || w == "yang"
            || (w == "ini" && ctx.word(b.saturating_sub(2)) == "saat")
            || w == "saat"
            // "- Yosep Talaohu: Dari Kepala Dinas A menjadi B": a list item's name and colon.
            || (w == ":" && linked)
        {
            b -= 1;
        } else {
            break;
        }
    }
    if b == p.tokens.start {
        return listed_holder(ctx, orgs, regions, p).map(|n| (n, true));
    }
    if ctx.sentence_of(b.saturating_sub(1)) != p.sentence {
        return None;
    }
    // A second post of someone named just before ("X, Sekda Y selaku Ketua Pansel").
    // "X, Kabag Umum, sebelumnya menjabat ...": a past marker in between dates this post.
    if linked && let Some(prev) = phrase_ending_at(&phrases[..k], b) {
        let past = (b..p.tokens.start).any(|k| ctx.in_list(Cue::PastMarker, k));
        return prev.holder.clone().map(|n| (n, !past));
    }
    if title_sentence || !(p.capitalized || linked) {
        return None;
    }
    let name = parse_name_before(ctx, b, orgs, regions)?;
    // "Kades Terusan Karya, Kades Palangkau Lama": the place of the place title before is no
    // name.
    if super::near(&phrases[..k], name.tokens.start, |q| q.tokens.start)
        .iter()
        .any(|q| {
            q.tokens.start < name.tokens.start
                && name.tokens.start < q.tokens.end
                && place_title_end(ctx, q.tokens.start).is_some()
        })
    {
        return None;
    }
    // "Staf Ahli Bupati Bidang Ekonomi Wayan Sudarsana menjadi ...": a name read back into
    // the unit words of a post before starts where that post ends.
    let covering = super::near(&phrases[..k], name.tokens.start, |q| q.tokens.start)
        .iter()
        .find(|q| q.tokens.start < name.tokens.start && name.tokens.start < q.tokens.end)
        .map(|q| q.tokens.end);
    // One word left over is the unit's last word, no name ("Bidang Pengembangan Otonomi
    // Khusus menjadi ...").
    let name = match covering {
        Some(end) => parse_name(ctx, end, orgs, regions)
            .filter(|n| n.tokens.end == name.tokens.end && n.words.len() > 1)?,
        None => name,
    };
    // "A menggantikan B sebagai Camat X": A takes the post B held (not "menggantikan B yang
    // mengisi Post": B's own post).
    let name = if name.tokens.start > 0
        && ctx.in_list(Cue::Replacing, name.tokens.start - 1)
        && ctx.word(name.tokens.end) == "sebagai"
    {
        parse_name_before(ctx, name.tokens.start - 1, orgs, regions)?
    } else {
        name
    };
    // "Dua pejabat yang menggugat Anton adalah Kepala Dinas ...": a name right after an
    // active verb is its object; what "adalah" links to the post is the clause before.
    let copula = (name.tokens.end..p.tokens.start)
        .any(|k| matches!(ctx.word(k), "adalah" | "merupakan" | "ialah"));
    if copula && name.tokens.start > 0 && ctx.word(name.tokens.start - 1).starts_with("me") {
        return None;
    }
    // "Selain menarik Bhayangkara, Bupati juga memutasi ...": a region head's title with no
    // region, after a comma, that goes on into its own clause is that clause's subject, not
    // the name's apposition.
    // Not when a link word joins it to a second post ("X, Pj Sekda sekaligus Kepala Satpol
    // PP").
    let bare = p.post.org.is_none() && p.post.region.is_none() && p.region_kind.is_some();
    let second_post = ctx.in_list(Cue::HolderLink, p.tokens.end)
        && !super::starting_at(phrases, p.tokens.end + 1, |q| q.tokens.start).is_empty();
    if !linked
        && bare
        && ctx.is_word(p.tokens.end)
        && ctx.sentence_of(p.tokens.end) == p.sentence
        && !second_post
    {
        return None;
    }
    // "dihadiri Wakil Wali Kota A, Sekda, Kakanreg BKN, dan ...": after a name that holds the
    // title before it, a title set off by commas is the next guest of a list.
    let listed = !linked
        && super::near(&phrases[..k], name.tokens.start, |q| q.tokens.start)
            .iter()
            .any(|q| {
                // "Kepala Badan ... (BPPDRD) Haemusri Umar, Kepala Dinas ...": past the
                // short form in brackets too.
                // "Komisioner Bawaslu RI Divisi Penindakan, X, Asisten ...": past a division.
                let touches = q.tokens.end == name.tokens.start
                    || (q.tokens.end < name.tokens.start
                        && name.tokens.start - q.tokens.end <= 6
                        && ctx.is_punct(name.tokens.start - 1, ",")
                        && (q.tokens.end..name.tokens.start - 1)
                            .all(|j| ctx.is_capitalized_word(j)))
                    || abbreviation_in_brackets(ctx, q.tokens.end) == Some(name.tokens.start);
                touches && q.holder.as_ref() == Some(&name)
            });
    if listed {
        return None;
    }
    // "Sebelumnya, X menjabat Kepala Dinas ...", "X pernah menjabat ...": a past post. Not
    // "Sebelumnya, X dipercaya menjadi ...": a post given earlier is held now.
    // A marker right after another post dates that post ("Kepala Bakesbangpol sebelumnya,
    // X definitif sebagai ..."), not this one.
    let ends_post = |k: usize| {
        super::near(phrases, k, |q| q.tokens.start)
            .iter()
            .any(|q| q.tokens.end == k)
    };
    let near = name.tokens.start.saturating_sub(2)..name.tokens.start;
    let link = name.tokens.end..p.tokens.start;
    // "Sebelumnya, Ribka maupun Apolo menjabat sebagai staf ahli": a past marker opening
    // the sentence dates its clause.
    let opening = ctx.sentence_range(p.sentence).start;
    let opens_past = ctx.in_list(Cue::PastMarker, opening) && ctx.is_punct(opening + 1, ",");
    let past = opens_past
        || near
            .filter(|&k| !ends_post(k))
            .chain(link.clone())
            .filter(|k| !relative.as_ref().is_some_and(|r| r.contains(k)))
            .any(|k| ctx.sentence_of(k) == p.sentence && ctx.in_list(Cue::PastMarker, k));
    // "X sempat menjadi Penjabat Sekda", "X pernah menjadi ...": the marker right before the
    // verb dates it.
    let given = link.clone().any(|k| {
        let w = ctx.word(k);
        (matches!(w, "menjadi" | "jadi") && !ctx.in_list(Cue::PastMarker, k - 1))
            || has_passive_prefix(w)
    });
    let held_before = former || (linked && past && !given);
    Some((name, !held_before))
}

/// `person` holds the post of phrase `p`, as sentence `sentence` says: the post (one per
/// key) and the holding (one per person and post) are added, and the body and region the
/// post implies now belong to the article.
#[allow(clippy::too_many_arguments)]
fn hold(
    ctx: &Context,
    out: &mut Positions,
    held: &mut Held,
    orgs: &mut Orgs,
    regions: &Regions,
    p: &Phrase,
    person: usize,
    sentence: usize,
) {
    if let Some(o) = &p.implied {
        if let Some(r) = o.region {
            regions.contextual.borrow_mut().push((0..0, r));
        }
        orgs.ensure(o.clone());
    }
    let key = p.post.key(ctx.lex);
    let post = match held.post_ids.get(&key) {
        Some(&i) => i,
        None => {
            out.posts.push(p.post.clone());
            held.post_ids.insert(key, out.posts.len() - 1);
            out.posts.len() - 1
        }
    };
    if held.pairs.insert((person, post)) {
        out.holdings.push(Holding {
            person,
            post,
            sentence,
        });
    }
}

/// Resolves holders to persons, fills labels and defaults, and builds posts and holdings.
pub fn finish(
    ctx: &Context,
    orgs: &mut Orgs,
    regions: &Regions,
    mut phrases: Vec<Phrase>,
    persons: &Persons,
) -> Positions {
    let mut out = Positions::default();
    let mut held = Held::default();
    // "Pj Gubernur Papua Barat X" ... "Pj Gubernur X": the region a person's title is
    // written with, by person and role, for the same title written without one.
    let mut written_region: HashMap<(usize, String), usize> = HashMap::new();
    for q in &phrases {
        if let (Some(r), Some(h)) = (q.post.region, &q.holder)
            && let Some(m) = persons.mention_at(h.name_tokens.start)
        {
            written_region
                .entry((m.person, q.post.role.clone()))
                .or_insert(r);
        }
    }
    for p in &mut phrases {
        if p.post.region.is_none()
            && let Some(kind) = p.region_kind
            && let Some(h) = &p.holder
            && let Some(m) = persons.mention_at(h.name_tokens.start)
            && let Some(&r) = written_region.get(&(m.person, p.post.role.clone()))
            && kind.is_none_or(|k| ctx.lex.regions[r].kind.fits(k))
        {
            p.imply(government_of(ctx, r));
        }
        // An unscoped regional title ("Pj Bupati" in a caption) is the article's region's.
        // "Gubernur" in an article about a kabupaten of the province, or in one that names
        // a single province: that province's.
        if p.post.region.is_none()
            && let Some(kind) = p.region_kind
            && let Some(d) = regions.article_region(ctx, kind)
        {
            p.imply(government_of(ctx, d));
        }
        // "Asisten Perekonomian dan Pembangunan" with no body written: in the article's
        // region's Setda (positions.tsv, org:KEY).
        if p.post.org.is_none()
            && p.post.region.is_none()
            && p.capitalized
            && let Some(d) = regions.dominant
            && let Some(e) = ctx.lex.default_body(&p.post.role)
        {
            p.imply(lexicon_org(ctx, e, Some(d)));
        }
        p.post.label = label(ctx, orgs, &p.post, p.leader, p.implied.as_ref());
    }
    for p in &phrases {
        let person = match &p.holder {
            Some(h) => persons
                .mention_at(h.name_tokens.start)
                .map(|m| m.person)
                .or_else(|| persons.by_name(&h.name())),
            // "kata Kepala Bidang ... BKN itu": in a speech attribution, the post of the person
            // just named.
            None if matches!(ctx.word(p.tokens.end), "itu" | "tersebut")
                && !p.is_generic(ctx)
                && p.tokens.start > 0
                && ctx.is_speech_word(p.tokens.start - 1) =>
            {
                persons
                    .starting_before(p.tokens.start)
                    .iter()
                    .rev()
                    .find(|m| m.tokens.end <= p.tokens.start && !ctx.in_quote(m.tokens.start))
                    .map(|m| m.person)
            }
            None if ctx.is_title_sentence(p.sentence) => {
                // In a headline: a known name right after ("PJ Bupati H Apriyadi"), unless
                // it takes a post of its own after a comma ("Dikukuhkan Gubernur Lampung,
                // Chrisna Putra Jadi Pjs Bupati Pesbar").
                let mut j = p.tokens.end;
                while ctx.is_word(j) && ctx.honorific(j).is_some()
                    || ctx.is_punct(j, ".")
                    || ctx.is_punct(j, ",")
                {
                    j += 1;
                }
                let comma = (p.tokens.end..j).any(|c| ctx.is_punct(c, ","));
                persons
                    .mention_at(j)
                    .filter(|m| !(comma && takes_own_post(ctx, &phrases, m.tokens.end)))
                    .map(|m| m.person)
            }
            None => None,
        };
        out.phrase_person.push(person);
        let Some(person) = person else { continue };
        // "mantan Bupati Luwu, Basmin Mattayang": a former post is not held.
        if p.tokens.start > 0 && ctx.in_list(Cue::FormerBefore, p.tokens.start - 1) {
            continue;
        }
        hold(
            ctx, &mut out, &mut held, orgs, regions, p, person, p.sentence,
        );
    }
    // "Posisi Harum Kusumawati digantikan oleh Subakri": the successor holds the post.
    for p in &phrases {
        if let Some((name, sentence)) = &p.successor
            && let Some(person) = persons
                .mention_at(name.name_tokens.start)
                .map(|m| m.person)
                .or_else(|| persons.by_name(&name.name()))
        {
            hold(
                ctx, &mut out, &mut held, orgs, regions, p, person, *sentence,
            );
        }
    }
    // "Camat Lebaksiu Domiri ..." then "Domiri dimutasi sebagai Sekretaris ...": a move
    // told in a later sentence ends the posts the mover held in earlier ones (acting posts
    // are held beside one's own, and are neither ended nor ending).
    // Per mover: the posts moved into and the sentence of each move (held posts by index,
    // so the step stays linear in holdings).
    let mut moves: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for (p, person) in phrases.iter().zip(&out.phrase_person) {
        if let Some(person) = person
            && !is_acting(&p.post.role)
            && moved_into(ctx, p)
            && let Some(&post) = held.post_ids.get(&p.post.key(ctx.lex))
        {
            moves.entry(*person).or_default().push((post, p.sentence));
        }
    }
    if !moves.is_empty() {
        let posts = &out.posts;
        out.holdings.retain(|h| {
            is_acting(&posts[h.post].role)
                || !moves.get(&h.person).is_some_and(|m| {
                    m.iter()
                        .any(|&(post, sentence)| h.sentence < sentence && h.post != post)
                })
        });
    }
    // A holding of an unscoped post is redundant beside the same role with a scope, or
    // beside a longer form of the role ("Staf Ahli" beside "Staf Ahli Bupati").
    let posts = &out.posts;
    let mut posts_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for h in &out.holdings {
        posts_of.entry(h.person).or_default().push(h.post);
    }
    out.holdings.retain(|h| {
        let p = &posts[h.post];
        p.org.is_some()
            || p.region.is_some()
            || !posts_of[&h.person].iter().any(|&o| {
                let q = &posts[o];
                (q.role == p.role && (q.org.is_some() || q.region.is_some()))
                    || q.role
                        .strip_prefix(p.role.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
            })
    });
    // The holdings of each post, and of each role (in holding order).
    let mut by_post: Vec<Vec<usize>> = vec![Vec::new(); out.posts.len()];
    let mut by_role: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, h) in out.holdings.iter().enumerate() {
        by_post[h.post].push(i);
        by_role
            .entry(out.posts[h.post].role.as_str())
            .or_default()
            .push(i);
    }
    // Posts with a modifier by their title without it, built when first needed.
    let mut modified_posts = None;
    // Phrases without a named holder refer to the article's holder of that post.
    for (k, p) in phrases.iter().enumerate() {
        if out.phrase_person[k].is_none() {
            let mut holders: Vec<usize> = held
                .post_ids
                .get(&p.post.key(ctx.lex))
                .map(|&post| by_post[post].clone())
                .unwrap_or_default();
            if p.post.org.is_none() && p.post.region.is_none() {
                holders.extend(by_role.get(p.post.role.as_str()).into_iter().flatten());
                holders.sort_unstable();
                holders.dedup();
            }
            // "tegas Sekda" in an article whose Sekda is a Penjabat: the post with a
            // modifier before the same title, in the same body.
            if holders.is_empty()
                && let Some(modified) = modified_posts
                    .get_or_insert_with(|| posts_by_unmodified_role(ctx, &out.posts))
                    .get(&(p.post.role.as_str(), p.post.org.as_deref(), p.post.region))
            {
                holders.extend(modified.iter().flat_map(|&post| &by_post[post]));
            }
            if let [h] = holders[..] {
                out.phrase_person[k] = Some(out.holdings[h].person);
            }
        }
    }
    out.phrases = phrases;
    out
}

/// The posts whose role is a modifier and a title ("Penjabat Sekretaris Daerah"), by that
/// title, body and region.
type PostScope<'a> = (&'a str, Option<&'a str>, Option<usize>);
fn posts_by_unmodified_role<'a>(
    ctx: &Context,
    posts: &'a [Post],
) -> HashMap<PostScope<'a>, Vec<usize>> {
    let mut out: HashMap<PostScope, Vec<usize>> = HashMap::new();
    for (i, q) in posts.iter().enumerate() {
        let mut words = q.role.match_indices(' ').map(|(at, _)| at);
        if let Some(at) = words.find(|&at| {
            ctx.lex.role_takes(&q.role[..at]) == Some(Takes::Modifier)
                && ctx.lex.role_takes(&q.role[at + 1..]).is_some()
        }) {
            out.entry((&q.role[at + 1..], q.org.as_deref(), q.region))
                .or_default()
                .push(i);
        }
    }
    out
}

/// "Penjabat Bupati Ogan Komering Ilir", "Kepala Badan Kepegawaian ... Kabupaten OKI";
/// a leader title already names its body, so its label adds the parent body instead.
fn label(ctx: &Context, orgs: &Orgs, post: &Post, leader: bool, implied: Option<&Org>) -> String {
    let org = implied.or_else(|| post.org.as_deref().and_then(|k| orgs.get(k)));
    let Some(o) = org else {
        return match post.region {
            Some(r) => format!("{} {}", post.role, ctx.lex.regions[r].name),
            None => post.role.clone(),
        };
    };
    if o.key == "pemerintah-ri" {
        return format!("{} Republik Indonesia", post.role);
    }
    if o.key.starts_with("pemerintah-")
        && let Some(r) = o.region
    {
        return format!("{} {}", post.role, ctx.lex.regions[r].name);
    }
    if leader {
        let parent = o.parent.as_deref().and_then(|p| {
            orgs.get(p)
                .map(|x| x.name.clone())
                .or_else(|| ctx.lex.org(p).map(|e| e.name.clone()))
        });
        return match parent {
            Some(parent) => format!("{} {}", post.role, parent),
            None => post.role.clone(),
        };
    }
    // "Kaban BPPRD": "Kepala Badan" and "Badan Pengelola ..." share "Badan".
    let role = match (post.role.rsplit_once(' '), o.name.split_once(' ')) {
        (Some((head, last)), Some((first, _))) if last == first => head,
        _ => post.role.as_str(),
    };
    format!("{role} {}", o.name)
}
