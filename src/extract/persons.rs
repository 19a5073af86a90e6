//! Persons: names with honorifics and degrees split off ("Ir. Asmar Wijaya, M.Si",
//! "Muhammad Dahlan SH MH"), found where the text vouches for a name — after an honorific,
//! before degrees, around speech verbs ("tegas Asmar", "Deni menyampaikan"), after
//! "menurut"/"oleh", next to a position (see `positions`), in bylines. Short forms
//! ("Asmar") resolve to the full name used in the same article; headline and caption
//! sentences only contribute mentions of names already known.

use super::orgs::Orgs;
use super::regions::Regions;
use super::{Context, Person};
use crate::lexicon::{Cue, CuePat};
use crate::text::{TokKind, is_all_caps, is_capitalized};
use foldhash::HashMap;
use std::collections::{BTreeSet, HashSet};
use std::ops::Range;

/// A name read at some token: where it lies, its words, and what surrounded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameParse {
    /// All tokens: honorifics, name, degrees.
    pub tokens: Range<usize>,
    /// The name words only.
    pub name_tokens: Range<usize>,
    pub words: Vec<String>,
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
    /// Written after "akrab disapa" and the like: another name of the person named just
    /// before.
    pub call_name: bool,
}

impl NameParse {
    pub fn name(&self) -> String {
        self.words.join(" ")
    }
}

/// One occurrence of a known person.
#[derive(Debug, Clone)]
pub struct PersonMention {
    pub tokens: Range<usize>,
    pub person: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Persons {
    pub people: Vec<Person>,
    /// Every occurrence, in text order.
    pub mentions: Vec<PersonMention>,
    pub authors: Vec<usize>,
    pub editors: Vec<usize>,
}

impl Persons {
    pub fn mention_at(&self, i: usize) -> Option<&PersonMention> {
        super::starting_at(&self.mentions, i, |m| m.tokens.start).first()
    }
    pub fn mention_covering(&self, i: usize) -> Option<&PersonMention> {
        super::near(&self.mentions, i, |m| m.tokens.start)
            .iter()
            .find(|m| m.tokens.start <= i && i < m.tokens.end)
    }
    /// The first mention ending at token `end` (exclusive).
    pub fn mention_ending_at(&self, end: usize) -> Option<&PersonMention> {
        super::near(&self.mentions, end, |m| m.tokens.start)
            .iter()
            .find(|m| m.tokens.end == end)
    }
    /// The mentions that start before token `i`, in order (the last person named before a
    /// word is found by walking them back, not the whole list).
    pub fn starting_before(&self, i: usize) -> &[PersonMention] {
        &self.mentions[..self.mentions.partition_point(|m| m.tokens.start < i)]
    }
    pub fn by_name(&self, name: &str) -> Option<usize> {
        self.people
            .iter()
            .position(|p| p.name == name || p.short_forms.contains(name))
    }
}

/// Whether word `i` can be part of a person's name.
fn name_word(ctx: &Context, i: usize, orgs: &Orgs, regions: &Regions) -> bool {
    if !ctx.is_word(i) {
        return false;
    }
    // "Si" in "M.Si" is part of a degree; "Nahwa" in "Hj.Nahwa Umar" and "Thaher" in
    // "M.Thaher Hanubun" (an initial that reads no degree) are names.
    let initial = |k: usize| {
        let w = ctx.word(k);
        w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()) && degree_at(ctx, k).is_none()
    };
    if i > 0
        && ctx.is_punct(i - 1, ".")
        && ctx.touching(i - 1)
        && !(i >= 2 && ctx.is_word(i - 2) && (ctx.honorific(i - 2).is_some() || initial(i - 2)))
    {
        return false;
    }
    let w = ctx.word(i);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if !is_capitalized(w) || letters < 2 || is_all_caps(w) {
        return false;
    }
    // "Kelurahan Bulak, Kecamatan Bulak, kini ...", "Kec. Tandes": the word after a
    // village's, district's or street's kind word is its place.
    if after_place_word(ctx, i) {
        return false;
    }
    // "SMAN 1 Kebuntebu Sugeng": the word after a numbered unit's number is its place;
    // "SMAN Kalibening": so is the word right after the unit's kind.
    if (i >= 2
        && ctx.kind(i - 1) == Some(TokKind::Number)
        && ctx.cue_ending_at(i - 1, Cue::NumberedUnit).is_some())
        || (i >= 1 && ctx.cue_ending_at(i, Cue::NumberedUnit).is_some())
    {
        return false;
    }
    // "WhatsApp", "YouTube": a capital after a small letter makes a brand, not a name.
    if w.chars()
        .zip(w.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
    {
        return false;
    }
    let classes = ctx.classes(i);
    // "Dan Dwi Riyanto semula ...", "Lalu Kepala Badan ...": a conjunction opening a sentence.
    if classes.has(Cue::SentenceConjunction) && ctx.sentence_range(ctx.sentence_of(i)).start == i {
        return false;
    }
    if classes.is_stopword()
        || classes.is_speech_verb()
        || classes.is_numeral()
        || ctx.honorific(i).is_some()
    {
        return false;
    }
    // "Staf Ahli Gubernur Bidang ...", "Gubernur Lampung Akan Melantik": a unit's part, or a
    // function word capitalised in a headline; an institution's head word; a word linking a
    // name to its post ("Pengganti Gubernur Lampung Menjabat"), unless it opens names
    // ("Hari").
    if [
        Cue::UnitWord,
        Cue::UnitStop,
        Cue::Plan,
        Cue::OrgHead,
        Cue::GenericOrgHead,
    ]
    .into_iter()
    .any(|c| classes.has(c))
        || (classes.has(Cue::HolderLink) && !classes.has(Cue::NameFirst))
    {
        return false;
    }
    use crate::text::ends_with_ignore_case;
    // "Selanjutnya", "Menurutnya": an enclitic; but "-dnya" ends Balinese names ("Made
    // Suradnya", "Pradnya").
    let enclitic =
        ends_with_ignore_case(w, "nya") && !ends_with_ignore_case(w, "dnya") && letters > 4;
    if (ends_with_ignore_case(w, "kan") && letters > 6) || enclitic {
        return false;
    }
    // Derived nouns: "Penugasan", "Pelantikan", "Kegiatan", "Pemberhentian".
    if crate::text::is_derived_noun(w) {
        return false;
    }
    if glued_title(ctx, w) {
        return false;
    }
    if looks_like_degree(ctx, i) {
        return false;
    }
    if orgs.mention_covering(i).is_some()
        || (regions.candidate_covering(i).is_some() && !region_opens_name(ctx, i, orgs, regions))
    {
        return false;
    }
    !ctx.cues_at(i).any(|h| {
        matches!(
            h.pat,
            CuePat::Role(_)
                | CuePat::Trigger(_)
                | CuePat::DocType(_)
                | CuePat::Cue(Cue::PlaceHead)
                | CuePat::Cue(Cue::NumberWord)
        )
    })
}

/// "Kepala BKN RI Bima Haria Wibisana": a one-word region name right after a national
/// body's name (which takes no region) opens the name of the person after it, when two
/// capitalised words that are no region follow it.
fn region_opens_name(ctx: &Context, i: usize, orgs: &Orgs, regions: &Regions) -> bool {
    let national_before = i > 0
        && orgs.mention_covering(i - 1).is_some_and(|m| {
            m.tokens.end == i
                && m.leader.is_none()
                && orgs.get(&m.key).is_some_and(|o| o.region.is_none())
        });
    national_before
        && regions
            .candidate_covering(i)
            .is_some_and(|c| c.tokens.len() == 1)
        && (i + 1..i + 3).all(|k| {
            ctx.is_capitalized_word(k)
                && regions.candidate_covering(k).is_none()
                && orgs.mention_covering(k).is_none()
                && !ctx.classes(k).is_stopword()
        })
}

/// A degree written as a run of touching letters and dots ("M.Si", "S.Sos.", "SH").
fn degree_at(ctx: &Context, i: usize) -> Option<(usize, String)> {
    // Degrees start with a capital ("S.E.", "M.Si"); "se-kabupaten" is a prefix.
    if !ctx.is_word(i) || !ctx.word(i).starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut j = i;
    let mut best = None;
    let mut key = String::new();
    // No degree is longer than a few letters: a longer run of letters and dots ("A.A.A...")
    // is not read on.
    while j < ctx.toks.len() && (ctx.is_word(j) || ctx.is_punct(j, ".")) && key.len() <= 16 {
        if ctx.is_word(j) {
            key.push_str(ctx.word(j));
            if let Some(d) = ctx.lex.degree(&key) {
                let mut end = j + 1;
                if ctx.is_punct(end, ".") && ctx.touching(j) {
                    end += 1;
                }
                best = Some((end, d.to_string()));
            }
        }
        if !ctx.touching(j) {
            break;
        }
        j += 1;
    }
    best
}

fn looks_like_degree(ctx: &Context, i: usize) -> bool {
    let w = ctx.word(i);
    let inner_caps = w.chars().skip(1).any(|c| c.is_uppercase());
    let dotted = ctx.touching(i) && ctx.is_punct(i + 1, ".");
    (inner_caps || dotted || w.len() <= 3) && degree_at(ctx, i).is_some()
}

/// The honorific at token `i` and how many words it takes: one ("Brigjen"), or two that
/// make one only together ("Irjen Pol": "Irjen" alone is an inspector general's title).
pub fn honorific_at<'l>(ctx: &Context<'l>, i: usize) -> Option<(&'l str, usize)> {
    if let Some(h) = ctx.honorific(i) {
        return Some((h, 1));
    }
    if !(ctx.is_word(i + 1) && is_capitalized(ctx.word(i + 1))) {
        return None;
    }
    ctx.lex
        .honorific_pair(ctx.word(i), ctx.word(i + 1))
        .map(|h| (h, 2))
}

/// "dr", "drg": an honorific whose canonical form (person-words.tsv) is lowercase, written
/// so; it opens a name as a capitalised honorific does ("bapak" in lowercase is no title).
fn lowercase_honorific_at(ctx: &Context, i: usize) -> bool {
    !is_capitalized(ctx.word(i))
        && ctx
            .honorific(i)
            .is_some_and(|h| h.starts_with(char::is_lowercase))
}

/// The end of a marker in parentheses at `k` ("(Purn.)", "(P)", "(H.C)"), one of the
/// rank-marker words with its dots left out.
fn rank_marker(ctx: &Context, k: usize) -> Option<usize> {
    if !ctx.is_punct(k, "(") {
        return None;
    }
    let close = (k + 2..k + 6).find(|&c| ctx.is_punct(c, ")"))?;
    let mut marker = String::new();
    for t in k + 1..close {
        if ctx.is_word(t) {
            marker.push_str(ctx.word(t));
        } else if !ctx.is_punct(t, ".") {
            return None;
        }
    }
    ctx.lex
        .is_word(Cue::RankMarker, &marker)
        .then_some(close + 1)
}

/// Reads a name starting at token `i`: honorifics, 1–4 name words, degrees.
pub fn parse_name(ctx: &Context, i: usize, orgs: &Orgs, regions: &Regions) -> Option<NameParse> {
    let n = ctx.toks.len();
    let mut j = i;
    let mut prefixes = Vec::new();
    while j < n && ctx.is_word(j) {
        let Some((h, words)) = honorific_at(ctx, j) else {
            break;
        };
        if !is_capitalized(ctx.word(j)) && !lowercase_honorific_at(ctx, j) {
            break;
        }
        // "Pol." (police) only continues a rank ("Komjen Pol."): "Kesbang Pol Linmas" is
        // a unit.
        if h == "Pol." && prefixes.is_empty() {
            break;
        }
        let mut k = j + words;
        if ctx.is_punct(k, ".") {
            k += 1;
        }
        // "Komjen Pol. (Purn) Paulus Waterpauw", "(P)", "Dr. (H.C)": a marker in
        // parentheses after a rank or title (retired, honoris causa).
        if let Some(end) = rank_marker(ctx, k) {
            k = end;
        }
        if !(ctx.is_word(k) && is_capitalized(ctx.word(k))) {
            break;
        }
        prefixes.push(h.to_string());
        j = k;
    }
    let name_start = j;
    let mut words: Vec<String> = Vec::new();
    let mut last = j;
    while j < n && words.len() < 5 {
        if ctx.is_word(j)
            && (ctx.word(j).len() == 1 || ctx.in_list(Cue::NameAbbrev, j))
            && is_capitalized(ctx.word(j))
            && ctx.is_punct(j + 1, ".")
            && name_word(ctx, j + 2, orgs, regions)
        {
            // An initial or a short form: "M. Nasir", "Muh. Arsyad Tahir".
            words.push(format!("{}.", ctx.word(j)));
            j += 2;
        } else if lone_capital(ctx, j)
            && !ctx.touching(j)
            && (if words.is_empty() {
                leading_initial(ctx, j, orgs, regions)
            } else {
                name_word(ctx, j + 1, orgs, regions)
            })
        {
            // An initial written without its dot: "Singgih B Prasetyo", "M Iqbal Saputra".
            words.push(ctx.word(j).to_string());
            j += 1;
        } else if !words.is_empty()
            && lone_capital(ctx, j)
            && ctx.is_punct(j + 1, ",")
            && degree_at(ctx, j + 2).is_some()
        {
            // "Bustari M, M.Hum": an initial that ends the name, before its degrees.
            words.push(ctx.word(j).to_string());
            j += 1;
            last = j;
            break;
        } else if !words.is_empty()
            && let Some(end) = dotted_initials(ctx, j)
            && degree_at(ctx, j).is_none()
            && name_word(ctx, end, orgs, regions)
        {
            // "Hermanto T.H Sianturi": initials joined by dots inside a name.
            words.push(ctx.text(j..end).to_string());
            j = end;
        } else if words.is_empty() && two_initials(ctx, j, orgs, regions) {
            // "FX Hadi Rudyatmo", "AG Agung Hendratno".
            words.push(ctx.word(j).to_string());
            j += 1;
        } else if !words.is_empty()
            && initials_word(ctx, j, orgs, regions)
            && degree_at(ctx, j).is_none()
            && name_word(ctx, j + 1, orgs, regions)
        {
            // "Steven OE Kandouw": initials inside a name.
            words.push(ctx.word(j).to_string());
            j += 1;
        } else if !words.is_empty()
            && initials_shape(ctx, j, orgs, regions)
            && (!ctx.touching(j) || ctx.is_punct(j + 1, ",") || ctx.is_punct(j + 1, "."))
            && degree_at(ctx, j).is_none()
            && !ctx.is_capitalized_word(j + 1)
            && !ctx.is_upper_word(j + 1)
        {
            // "Ahmad Fauzi HS menjadi ...", "Surya Darma ZA, ...": initials that end a name.
            words.push(ctx.word(j).to_string());
            j += 1;
            last = j;
            break;
        } else if name_word(ctx, j, orgs, regions) {
            let mut w = ctx.word(j).to_string();
            // "Al-Amin": a hyphen after a particle. Two names joined by a hyphen are a
            // pair of candidates or office holders ("Sujadi-Fauzi"), not one person.
            if ctx.touching(j)
                && ctx.is_punct(j + 1, "-")
                && ctx.touching(j + 1)
                && ctx.word(j).chars().count() <= 3
                && name_word(ctx, j + 2, orgs, regions)
            {
                w = format!("{w}-{}", ctx.word(j + 2));
                j += 2;
            }
            words.push(w);
            j += 1;
            last = j;
        } else if !words.is_empty()
            && ctx.in_list(Cue::NameParticle, j)
            && name_word(ctx, j + 1, orgs, regions)
        {
            words.push(ctx.word(j).to_string());
            j += 1;
        } else if ctx.in_list(Cue::NameFirst, j) && name_word(ctx, j + 1, orgs, regions) {
            // Balinese names: "I Gusti Ayu Made Wiradani", "Ni Luh Putu"; a given name that
            // is also a common word, inside a name too ("Muhammad Agus Hari Kesuma").
            words.push(ctx.word(j).to_string());
            j += 1;
        } else {
            break;
        }
    }
    if words.is_empty() || words.last().is_some_and(|w| w.ends_with('.')) {
        return None;
    }
    let name_end = last;
    let mut suffixes = Vec::new();
    let mut k = name_end;
    let mut end = name_end;
    loop {
        let mut m = k;
        if ctx.is_punct(m, ",") {
            m += 1;
        }
        match degree_at(ctx, m) {
            Some((e, d)) => {
                suffixes.push(d);
                k = e;
                end = e;
                if ctx.is_punct(k, ".") && ctx.touching(k.saturating_sub(1)) {
                    k += 1;
                    end = k;
                }
            }
            None => break,
        }
    }
    Some(NameParse {
        tokens: i..end,
        name_tokens: name_start..name_end,
        words,
        prefixes,
        suffixes,
        call_name: false,
    })
}

/// Finds the name that ends right before token `end` (degrees included), for
/// "Maulidini, SKM, Kepala ..." and "Deni menyampaikan".
pub fn parse_name_before(
    ctx: &Context,
    end: usize,
    orgs: &Orgs,
    regions: &Regions,
) -> Option<NameParse> {
    let sentence = ctx.sentence_of(end.saturating_sub(1));
    let lo = end.saturating_sub(14);
    for start in lo..end {
        if ctx.sentence_of(start) != sentence {
            continue;
        }
        // The name must not continue a capitalised run from the left.
        if start > 0
            && ctx.sentence_of(start - 1) == sentence
            && name_word(ctx, start - 1, orgs, regions)
        {
            continue;
        }
        if let Some(p) = parse_name(ctx, start, orgs, regions)
            && p.tokens.end == end
        {
            return Some(p);
        }
    }
    None
}

/// Collects names from the generic contexts (positions add theirs separately).
pub fn collect(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    laws: &super::laws::Laws,
) -> Vec<NameParse> {
    let mut out = Vec::new();
    let n = ctx.toks.len();
    for i in 0..n {
        // "SK ... tentang pemberhentian saudara La Ode Budiman dan pengangkatan ...": in an
        // instrument's title, only the person a personnel decision is about.
        let decided = |i: usize| {
            i > 0
                && (ctx.in_list(Cue::PersonnelTitle, i - 1)
                    || ctx.cue_ending_at(i, Cue::PersonLead).is_some())
        };
        let in_law = laws.covers(ctx.toks.tokens[i].span);
        // Both kinds of start below are capitalised words; most tokens are not.
        let lowercase_honorific = ctx.is_word(i)
            && ctx.is_capitalized_word(i + 1 + usize::from(ctx.is_punct(i + 1, ".")))
            && lowercase_honorific_at(ctx, i);
        if !(ctx.is_capitalized_word(i) || lowercase_honorific)
            || ctx.is_title_sentence(ctx.sentence_of(i))
            || after_place_word(ctx, i)
            || (in_law && !decided(i))
        {
            continue;
        }
        let w = ctx.word(i);
        // "..., yang akrab disapa Ning Ita": a call name.
        if i > 0
            && ctx.in_list(Cue::CallName, i - 1)
            && let Some(mut p) = parse_name(ctx, i, orgs, regions)
        {
            p.call_name = true;
            out.push(p);
            continue;
        }
        // "Presiden Joko Widodo (Jokowi)": one name word in brackets right after a name is
        // what that person is called.
        if i >= 2
            && ctx.is_punct(i - 1, "(")
            && ctx.is_punct(i + 1, ")")
            && name_word(ctx, i - 2, orgs, regions)
            && name_word(ctx, i, orgs, regions)
            && !after_hyphenated_pair(ctx, i - 2)
            && let Some(mut p) = parse_name(ctx, i, orgs, regions)
        {
            p.call_name = true;
            out.push(p);
            continue;
        }
        // Honorific-led or degree-trailed names anywhere; not a rank that ends a title
        // ("Direktur Jenderal Mineral dan Batubara"), nor a name that names a body or a place
        // ("RSUD Dr Soedono", "Jalan Dr Sutomo").
        let part_of_other_name = i > 0
            && (ctx
                .cues_at(i - 1)
                .any(|h| matches!(h.pat, CuePat::Role(_)) && h.tokens.end > i)
                || super::orgs::is_org_head(ctx.lex, ctx.word(i - 1))
                || ctx.in_list(Cue::LowerPlace, i - 1));
        if honorific_at(ctx, i).is_some()
            && (is_capitalized(w) || lowercase_honorific)
            && !part_of_other_name
            && !matches!(w.to_lowercase().as_str(), "bapak" | "ibu" | "pak" | "bu")
        {
            if let Some(p) = parse_name(ctx, i, orgs, regions)
                && !p.prefixes.is_empty()
            {
                // "yakni Dr Indra Sakti Harahap ST MSi dan Herman Sitorus.": the list goes on.
                let listed = listed_after(ctx, &p, orgs, regions);
                out.push(p);
                out.extend(listed);
            }
            continue;
        }
        // A name does not start right after an organization head or a title ("Tim Pemeriksa").
        // "Sementara Siyadi ...": a conjunction that opens the sentence is no title word.
        let opening_conjunction = i > 0
            && ctx.in_list(Cue::SentenceConjunction, i - 1)
            && ctx.sentence_range(ctx.sentence_of(i - 1)).start == i - 1;
        let after_head = i > 0
            && ctx.is_capitalized_word(i - 1)
            && !opening_conjunction
            && (super::orgs::is_org_head(ctx.lex, ctx.word(i - 1))
                || ctx.lex.is_role_word(ctx.word(i - 1)));
        let starts_run = !after_head
            && (i == 0 || !name_word(ctx, i - 1, orgs, regions) && ctx.honorific(i - 1).is_none());
        if starts_run
            && (name_word(ctx, i, orgs, regions)
                || leading_initial(ctx, i, orgs, regions)
                || two_initials(ctx, i, orgs, regions)
                || dotted_initial(ctx, i, orgs, regions))
            && let Some(p) = parse_name(ctx, i, orgs, regions)
        {
            let after = p.tokens.end;
            // After a number or a place preposition it is a place ("SD Negeri 12 Wara",
            // "dari Tambolaka"), not a speaker.
            let placed = i > 0
                && (ctx.kind(i - 1) == Some(TokKind::Number)
                    || matches!(ctx.word(i - 1), "di" | "ke" | "dari" | "menuju" | "asal"));
            // Inside a quotation a name before a verb is what the speaker said, not who
            // spoke.
            let strong_after = !p.suffixes.is_empty()
                || (!placed && !ctx.in_quote(i) && before_speech(ctx, after))
                || (!placed && before_appointment(ctx, after))
                // "Tri Wahyuni, yang sebelumnya guru di SMAN Kabuh, kini ...".
                || (!placed && before_former_clause(ctx, after))
                // "Triwibowo (Sekretaris Dinas Kominfo)": a post in brackets after a name.
                || (ctx.is_punct(after, "(") && ctx.title_at(after + 1));
            // "honorer Kategori dua (K2)": a word numbered after it is a category, no name.
            let numbered = p.words.len() == 1
                && (ctx.classes(after).is_numeral() || ctx.kind(after) == Some(TokKind::Number));
            // "dialihkan kepada Nurul Hidayah Rahmawati": a name of two words or more after an
            // object marker ("kepada", "untuk", "bersama") that places nothing; not the
            // outlet a speaker told ("kata Rudi kepada Harian Timur", "ujarnya kepada
            // Lombok Pos").
            let object = i > 0
                && !placed
                && p.words.len() > 1
                && ctx.in_list(Cue::ObjectMarker, i - 1)
                && !(ctx.word(i - 1) == "kepada"
                    && (i.saturating_sub(6)..i - 1).any(|k| ctx.is_speech_word(k)));
            // "dinyatakan bersalah oleh Hakim Pengadilan Tipikor": one word right before a
            // body's name is what the body's member is called, no name.
            let before_body = p.words.len() == 1 && orgs.mention_at(after).is_some();
            let strong_before = i > 0
                && !numbered
                && !before_body
                && (after_lead(ctx, i)
                    || former_holder(ctx, i)
                    || (in_law && p.words.len() > 1)
                    || object);
            // "Kaji Mbing, sapaan akrabnya, ...": a call name (its owner is found later).
            let call_name = call_marker_after(ctx, after).is_some();
            // "yakni Asda (Asisten Daerah) II": the short form of the words in brackets.
            let short_form = ctx.is_punct(after, "(") && short_form_of_bracket(ctx, &p, after);
            if short_form || expanded_in_bracket_after(ctx, &p) {
                continue;
            }
            if strong_after
                || call_name
                || strong_before
                || introduced_as_one_of(ctx, i)
                || numbered_line(ctx, &p)
                || from_region(ctx, &p, orgs, regions)
                || initials_after(ctx, &p)
            {
                let listed = listed_after(ctx, &p, orgs, regions);
                out.push(p);
                out.extend(listed);
            }
        }
    }
    out
}

/// "Hal serupa berlaku untuk Sukril Gobel. ... Sebelumnya Sukril menjabat ...": a person
/// found only by one word, whose full name the article writes elsewhere (outside
/// headlines, not inside a longer name) without a cue that reads it, gets that full name:
/// its parse is added, and `resolve` makes the one word its short form. One pass over the
/// tokens.
pub fn complete_one_word_names(
    ctx: &Context,
    orgs: &Orgs,
    regions: &Regions,
    names: &mut Vec<NameParse>,
) {
    let longer: HashSet<&str> = names
        .iter()
        .filter(|n| n.words.len() > 1)
        .flat_map(|n| n.words.iter().map(String::as_str))
        .collect();
    let single: HashSet<String> = names
        .iter()
        .filter_map(|n| match n.words.as_slice() {
            [w] if !longer.contains(w.as_str()) => Some(w.clone()),
            _ => None,
        })
        .collect();
    if single.is_empty() {
        return;
    }
    let mut done: HashSet<&str> = HashSet::new();
    let mut added = Vec::new();
    for i in 0..ctx.toks.len() {
        if !ctx.is_capitalized_word(i) {
            continue;
        }
        let w = ctx.word(i);
        if !single.contains(w)
            || done.contains(w)
            || ctx.is_title_sentence(ctx.sentence_of(i))
            || (i > 0 && ctx.is_capitalized_word(i - 1) && ctx.honorific(i - 1).is_none())
        {
            continue;
        }
        if let Some(p) = parse_name(ctx, i, orgs, regions)
            && p.words.len() > 1
            && p.words[0] == w
            && p.name_tokens.start == i
        {
            done.insert(w);
            added.push(p);
        }
    }
    names.extend(added);
}

/// "Andi Asman Sulaiman-Andi Akmal Pasluddin (Beramal)": whether the name ending at token
/// `last` is the second of a pair joined by a hyphen; the word in brackets then names the
/// pair (a ticket), not a person.
fn after_hyphenated_pair(ctx: &Context, last: usize) -> bool {
    let mut k = last;
    while k > 0 && last - k < 5 && ctx.is_capitalized_word(k) {
        if ctx.is_punct(k - 1, "-") && ctx.touching(k - 1) && k >= 2 && ctx.touching(k - 2) {
            return true;
        }
        k -= 1;
    }
    false
}

/// "Kadispermasdes", "Sekdishub", "Sekdin": a head's ("Ka") or secretary's ("Sek") title
/// glued to the short form of a regional body ("dis...", "din..."), written as one word:
/// the bare "dis"/"din" ("Kadis") or a short form of six letters or more, so that a name
/// such as "Kadise" is not one.
fn glued_title(ctx: &Context, w: &str) -> bool {
    let Some(rest) = w.strip_prefix("Ka").or_else(|| w.strip_prefix("Sek")) else {
        return false;
    };
    rest.bytes().all(|b| b.is_ascii_lowercase())
        && ctx.lex.opens_short_form(rest)
        && (rest.len() >= 6 || ctx.lex.words(Cue::ShortFormPrefix).any(|p| p == rest))
}

/// "T.H" or "T.H." at token `j`: two or more capital letters joined by dots with no space;
/// the token after them.
fn dotted_initials(ctx: &Context, j: usize) -> Option<usize> {
    let letter = |k: usize| {
        ctx.is_word(k)
            && ctx.word(k).len() == 1
            && ctx.word(k).bytes().all(|b| b.is_ascii_uppercase())
    };
    let mut k = j;
    let mut letters = 0;
    // Initials are few: a longer chain of letters and dots is something else.
    while letters < 6 && letter(k) && ctx.is_punct(k + 1, ".") && ctx.touching(k) {
        letters += 1;
        k += 2;
        if !(letter(k) && ctx.touching(k - 1)) {
            break;
        }
    }
    if letters == 0 || !letter(k) {
        // "T.H. Sianturi": the last letter took its dot.
        return (letters >= 2).then_some(k);
    }
    // "T.H Sianturi": the last letter without a dot.
    Some(k + 1)
}

/// "Faturrohman (FR)", "Agus Tauchid (AT)": a name followed by its initials in brackets,
/// as news writes those it reports on. The initials are 2–4 capitals, the first is the
/// name's first letter and all of them occur in the name in order; for three words or
/// more they are not just the words' initials.
fn initials_after(ctx: &Context, name: &NameParse) -> bool {
    let e = name.tokens.end;
    if !(ctx.is_punct(e, "(") && ctx.is_punct(e + 2, ")") && ctx.is_word(e + 1)) {
        return false;
    }
    let initials = ctx.word(e + 1);
    if !(2..=4).contains(&initials.len()) || !initials.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // "Operasi Tangkap Tangan (OTT)": a term of three words or more defined by its
    // initials is no person.
    let word_initials: String = name.words.iter().filter_map(|w| w.chars().next()).collect();
    if name.words.len() >= 3 && word_initials == initials {
        return false;
    }
    let letters: String = name.words.concat().to_ascii_uppercase();
    if letters.as_bytes().first() != initials.as_bytes().first() {
        return false;
    }
    let mut rest = letters.bytes();
    initials.bytes().all(|c| rest.any(|l| l == c))
}

/// "Ria Norsan (Kalbar)", "Sutarmidji dan Ria Norsan (Kalimantan Barat)": a name, or the
/// first of two names joined by "dan", followed by the region it comes from in brackets
/// (lists of elected heads and their deputies).
fn from_region(ctx: &Context, name: &NameParse, orgs: &Orgs, regions: &Regions) -> bool {
    let bracketed = |j: usize| {
        ctx.is_punct(j, "(")
            && regions
                .resolve_at(ctx, j + 1, None)
                .is_some_and(|(t, _)| ctx.is_punct(t.end, ")"))
    };
    let end = name.tokens.end;
    bracketed(end)
        || (ctx.word(end) == "dan"
            && name_word(ctx, end + 1, orgs, regions)
            && parse_name(ctx, end + 1, orgs, regions).is_some_and(|q| bracketed(q.tokens.end)))
}

/// "M. Muas'ad", "M. Rizal Ismail": an initial with its dot, before a name word of the same
/// sentence.
fn dotted_initial(ctx: &Context, i: usize, orgs: &Orgs, regions: &Regions) -> bool {
    ctx.word(i).len() == 1
        && ctx.is_punct(i + 1, ".")
        && ctx.sentence_of(i + 2) == ctx.sentence_of(i)
        && name_word(ctx, i + 2, orgs, regions)
}

/// Whether token `i` is one capital letter, a word on its own ("A" of "A J Kosasih").
fn lone_capital(ctx: &Context, i: usize) -> bool {
    ctx.is_word(i) && ctx.word(i).len() == 1 && ctx.word(i).bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether token `i` is a lone capital letter that names the numbered unit before it
/// ("Komisi A", "Komisi B"): no initial.
pub fn unit_letter(ctx: &Context, i: usize) -> bool {
    lone_capital(ctx, i)
        && !ctx.is_punct(i + 1, ".")
        && ctx.cue_ending_at(i, Cue::NumberedUnit).is_some()
}

/// "digantikan M Iqbal Saputra": an initial without its dot opens a name when two name
/// words follow it ("RSUD M Yunus yang" names no one), or one after a comma ("Wali Kota
/// Malang, M Anton ke PTUN"), an honorific or a region's name ("Sekda Kaltim M Sabani").
fn leading_initial(ctx: &Context, i: usize, orgs: &Orgs, regions: &Regions) -> bool {
    if unit_letter(ctx, i) {
        return false;
    }
    // "Drs M Thabri", "Drs. M Thabri": after an honorific, one name word is enough.
    let honorific_before = || {
        let h = if i >= 2 && ctx.is_punct(i - 1, ".") {
            Some(i - 2)
        } else {
            i.checked_sub(1)
        };
        h.is_some_and(|h| ctx.honorific(h).is_some())
    };
    // "Camat Sukajaya A J Kosasih": a second initial, then a name word.
    let second_initial =
        || lone_capital(ctx, i + 1) && !ctx.touching(i + 1) && name_word(ctx, i + 2, orgs, regions);
    // "Sekda Kaltim M Sabani": right after a region's name, where a title's holder is
    // written.
    let region_before = || {
        i > 0
            && regions
                .candidate_covering(i - 1)
                .is_some_and(|c| c.tokens.end == i)
    };
    ctx.word(i).len() == 1
        && ((name_word(ctx, i + 1, orgs, regions)
            && ((i > 0 && ctx.is_punct(i - 1, ","))
                || name_word(ctx, i + 2, orgs, regions)
                || honorific_before()
                || region_before()))
            || second_initial())
}

/// "FX Hadi Rudyatmo": two capitals that open a name, before two name words; no body's,
/// region's or honorific's short form.
fn two_initials(ctx: &Context, i: usize, orgs: &Orgs, regions: &Regions) -> bool {
    initials_word(ctx, i, orgs, regions)
        && name_word(ctx, i + 1, orgs, regions)
        // ", AM Yamin sebagai ...": one name word after a comma, as for one initial.
        && ((i > 0 && ctx.is_punct(i - 1, ",")) || name_word(ctx, i + 2, orgs, regions))
}

/// Whether token `i` is two capitals that no lexicon knows (no honorific, body, region,
/// acronym or stopword): initials ("FX", "OE").
fn initials_word(ctx: &Context, i: usize, orgs: &Orgs, regions: &Regions) -> bool {
    !ctx.touching(i) && initials_shape(ctx, i, orgs, regions)
}

/// [`initials_word`], whatever touches it.
fn initials_shape(ctx: &Context, i: usize, orgs: &Orgs, regions: &Regions) -> bool {
    let w = ctx.word(i);
    ctx.is_word(i)
        && w.len() == 2
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && ctx.honorific(i).is_none()
        && !ctx.classes(i).is_org_word()
        && !ctx.classes(i).is_stopword()
        && orgs.mention_covering(i).is_none()
        && regions.candidate_at(i).is_none()
        && super::starting_at(&ctx.org_hits, i, |h| h.tokens.start).is_empty()
        && !ctx.lex.is_acronym(w)
}

/// "Mereka adalah Jumeri Asri, Hisar C Sihotang, Wirin, dan Rudi Susanto.": the names
/// listed after a person read with a cue are persons too, when the list holds nothing but
/// names (commas, then "dan" or "serta" before the last) and ends its sentence.
fn listed_after(
    ctx: &Context,
    first: &NameParse,
    orgs: &Orgs,
    regions: &Regions,
) -> Vec<NameParse> {
    let sentence = ctx.sentence_range(ctx.sentence_of(first.tokens.start));
    let mut items = Vec::new();
    let mut j = past_short_bracket(ctx, first.tokens.end);
    loop {
        let comma = ctx.is_punct(j, ",");
        if comma {
            j += 1;
        }
        let last = matches!(ctx.word(j), "dan" | "serta");
        if last {
            j += 1;
        } else if !comma {
            break;
        }
        // "M. Rizal Ismail", "LM Karya Hasan": an initial, or a word that opens names,
        // opens an item too.
        let item = (ctx.is_capitalized_word(j)
            && (name_word(ctx, j, orgs, regions)
                || dotted_initial(ctx, j, orgs, regions)
                || ctx.in_list(Cue::NameFirst, j)
                || two_initials(ctx, j, orgs, regions)))
        .then(|| parse_name(ctx, j, orgs, regions))
        .flatten();
        let Some(item) = item else {
            return Vec::new();
        };
        j = item.tokens.end;
        // "Nirwan MT Ali": an item whose name goes on past what reads as a name (here a
        // degree) is left out; the list goes on after it.
        let rest = (j..j + 3)
            .take_while(|&k| ctx.is_capitalized_word(k))
            .count();
        if rest > 0 {
            j += rest;
        } else {
            items.push(item);
        }
        // "Tegar Santosa (SDN 1 Kalibening), ...": each item may say where its person works.
        j = past_short_bracket(ctx, j);
        if last {
            break;
        }
    }
    let ends = j >= sentence.end || (ctx.is_punct(j, ".") && j + 1 >= sentence.end);
    if ends { items } else { Vec::new() }
}

/// "Monitoring Center for Prevention (MCP)": words whose short form follows in brackets
/// name a body or a programme; a person's name seldom comes so. The name may stop at a
/// function word the short form leaves out ("for").
fn expanded_in_bracket_after(ctx: &Context, p: &NameParse) -> bool {
    let after = p.tokens.end;
    let open = (after..after + 4)
        .take_while(|&k| {
            k == after
                || ctx.is_capitalized_word(k - 1)
                || (ctx.is_word(k - 1) && ctx.classes(k - 1).is_stopword())
        })
        .find(|&k| ctx.is_punct(k, "("))
        .unwrap_or(after);
    p.words.len() > 1
        && p.suffixes.is_empty()
        && ctx.is_punct(open, "(")
        && ctx.is_punct(open + 2, ")")
        && is_all_caps(ctx.word(open + 1))
        && crate::text::abbreviates(
            ctx.word(open + 1),
            &(p.name_tokens.start..open)
                .map(|k| ctx.word(k))
                .filter(|w| !ctx.lex.is_stopword(w))
                .collect::<Vec<_>>(),
        )
}

/// Past a bracket of at most 8 tokens opening at `j` ("(SDN 3 Kalibening)"), or `j`.
fn past_short_bracket(ctx: &Context, j: usize) -> usize {
    if !ctx.is_punct(j, "(") {
        return j;
    }
    (j + 2..j + 10)
        .take_while(|&k| !ctx.is_punct(k - 1, "(") || k - 1 == j)
        .find(|&k| ctx.is_punct(k, ")"))
        .map_or(j, |k| k + 1)
}

/// "Jalan Jenderal Sudirman", "Jl. H. Fachrudin", "Kec. Tandes": whether token `i` follows
/// a village's, district's or street's kind word (past its dots and honorifics): a place,
/// not a person.
pub fn after_place_word(ctx: &Context, i: usize) -> bool {
    let mut j = i;
    while j > 0 && (ctx.is_punct(j - 1, ".") || ctx.honorific(j - 1).is_some()) && i - j < 4 {
        j -= 1;
    }
    j > 0 && ctx.in_list(Cue::LowerPlace, j - 1)
}

/// "1. Nana Sudjana", "2. Hendri Syahri 92,36": a name of two words or more that is a
/// whole numbered line, or followed only by a number (a score), a bracket or a colon and
/// a title (a post).
fn numbered_line(ctx: &Context, name: &NameParse) -> bool {
    let i = name.tokens.start;
    let line_start = |k: usize| k == 0 || ctx.kind(k - 1) == Some(TokKind::Newline);
    let numbered = i >= 2
        && ctx.is_punct(i - 1, ".")
        && ctx.kind(i - 2) == Some(TokKind::Number)
        && ctx.word(i - 2).len() <= 2
        && line_start(i - 2);
    let line_end = |k: usize| matches!(ctx.kind(k), Some(TokKind::Newline) | None);
    let e = name.tokens.end;
    numbered
        && name.words.len() > 1
        && (line_end(e)
            || (ctx.kind(e) == Some(TokKind::Number)
                && (line_end(e + 1) || (ctx.is_punct(e + 1, ",") && line_end(e + 3))))
            || ctx.is_punct(e, "(")
            // "1. Agus Setiyono: Kepala Dinas ...".
            || (ctx.is_punct(e, ":") && ctx.title_at(e + 1)))
}

/// "Salah seorang PPPK yang dilantik, Nur Aisyah Daeng Tene, guru di ...": a name set off
/// by commas after "salah seorang/satu ..." in the same sentence.
fn introduced_as_one_of(ctx: &Context, i: usize) -> bool {
    if i == 0 || !ctx.is_punct(i - 1, ",") {
        return false;
    }
    let s = ctx.sentence_range(ctx.sentence_of(i));
    (s.start..i.saturating_sub(1)).any(|k| {
        ctx.word(k).eq_ignore_ascii_case("salah") && matches!(ctx.word(k + 1), "seorang" | "satu")
    })
}

/// "Asmar menegaskan", "Basri pun mengakui", "Nursula menegaskan bahwa".
fn before_speech(ctx: &Context, at: usize) -> bool {
    let mut j = at;
    // An age in brackets, then a comma: "Yuliana Selan (41), mengaku".
    if ctx.is_punct(j, "(") && ctx.kind(j + 1) == Some(TokKind::Number) && ctx.is_punct(j + 2, ")")
    {
        j += 3;
    }
    if ctx.is_punct(j, ",") {
        j += 1;
    }
    while ctx.in_list(Cue::Adverb, j) && j < at + 2 {
        j += 1;
    }
    // Only meN- forms follow their speaker ("Asmar menegaskan"); a bare form comes
    // after it ("tegas Asmar"), so "Terus terang, ..." names nobody.
    ctx.is_word(j)
        && ctx.cues_at(j).any(|h| h.pat == CuePat::Cue(Cue::Speech))
        && ctx.word(j).chars().next().is_some_and(|c| c.is_lowercase())
        && is_active_verb(ctx.word(j))
}

/// "Darda Daraba akhirnya resmi dilantik sebagai ...", "X dilantik oleh Gubernur": a name
/// before a passive verb that links it to a post (after adverbs), then the post's
/// "sebagai"/"menjadi", its agent's "oleh" or a capitalised title; or right before
/// "selaku" and a capitalised title.
fn before_appointment(ctx: &Context, at: usize) -> bool {
    let mut j = at;
    while ctx.in_list(Cue::Adverb, j) && j < at + 3 {
        j += 1;
    }
    // "Edward Candra selaku Pengawas ...", "Sukiran, selaku Camat, ...": "selaku" before a
    // capitalised title; "Sukiran, seorang Camat di ...": an apposition naming a title.
    if j == at && ctx.is_punct(at, ",") && ctx.word(at + 1) == "seorang" && ctx.title_at(at + 2) {
        return true;
    }
    if j == at && ctx.is_punct(at, ",") {
        j += 1;
    }
    let w = ctx.word(j);
    if w == "selaku" && j <= at + 1 {
        return ctx.is_capitalized_word(j + 1);
    }
    ctx.is_word(j)
        && crate::text::has_passive_prefix(w)
        && ctx.in_list(Cue::HolderLink, j)
        && (matches!(ctx.word(j + 1), "sebagai" | "menjadi" | "oleh")
            || ctx.lex.is_role_word(ctx.word(j + 1)))
}

/// "Tri Wahyuni yang sebelumnya guru ...", "Tri Wahyuni, yang semula ...": a name before a
/// relative clause about what its owner was before.
fn before_former_clause(ctx: &Context, at: usize) -> bool {
    let j = if ctx.is_punct(at, ",") { at + 1 } else { at };
    ctx.word(j) == "yang" && matches!(ctx.word(j + 1), "sebelumnya" | "semula")
}

/// "Kepala BKD lama, Afan Martadi pindah ...", "Sekda sebelumnya, Martias Wanto, ...": the
/// name after a title marked as a former one (the post itself is not held).
fn former_holder(ctx: &Context, i: usize) -> bool {
    if i < 3 || !ctx.is_punct(i - 1, ",") || !ctx.in_list(Cue::FormerAfter, i - 2) {
        return false;
    }
    let mut t = i - 3;
    if ctx.word(t) == "yang" && t > 0 {
        t -= 1;
    }
    ctx.is_capitalized_word(t) || ctx.is_upper_word(t) || ctx.is_punct(t, ")")
}

/// An active verb (meN- or ber-), the form that follows its subject.
fn is_active_verb(w: &str) -> bool {
    let w = w.as_bytes();
    w.starts_with(b"me") || w.starts_with(b"ber")
}

/// Whether one-word name `p` is the short form of the words in the brackets opening at
/// `open` ("Asda (Asisten Daerah)").
pub fn short_form_of_bracket(ctx: &Context, p: &NameParse, open: usize) -> bool {
    let [w] = p.words.as_slice() else {
        return false;
    };
    let Some(close) = (open + 1..open + 10).find(|&t| ctx.is_punct(t, ")")) else {
        return false;
    };
    let words: Vec<&str> = (open + 1..close).map(|t| ctx.word(t)).collect();
    crate::text::abbreviates(w, &words)
}

/// "tegas Asmar", "menurut Asmar", "oleh Asmar", "kata Asmar".
fn after_lead(ctx: &Context, i: usize) -> bool {
    let prev = i - 1;
    // A lead written with a capital after another capitalised word is title-case writing
    // ("3 ASN Tersangka Dugaan Korupsi ..."), and what follows it need not be a name
    // ("mengembalikan Saudara Katenan" is a lead).
    let lead = ctx.cue_ending_at(i, Cue::PersonLead).is_some_and(|start| {
        start == ctx.sentence_range(ctx.sentence_of(start)).start
            || !ctx.is_capitalized_word(start)
            || !ctx.is_capitalized_word(start - 1)
    });
    // "Sekdin Budi Santoso": after a title glued to a body's short form.
    if lead || (ctx.is_word(prev) && glued_title(ctx, ctx.word(prev))) {
        return true;
    }
    ctx.is_word(prev)
        && ctx.classes(prev).is_speech_verb()
        && !ctx.word(prev).starts_with(char::is_uppercase)
        || (ctx.is_punct(prev, ",") && prev > 0 && ctx.classes(prev - 1).is_speech_verb())
}

/// "Ita, sapaan akrabnya", "Yiyit sapaan karibnya": the marker of a call name written
/// before it, for the name ending at `end` (its comma may be left out before "sapaan
/// akrab..."/"karib...").
fn call_marker_after(ctx: &Context, end: usize) -> Option<usize> {
    if ctx.is_punct(end, ",") && ctx.in_list(Cue::CallNameAfter, end + 1) {
        return Some(end + 1);
    }
    let w = ctx.word(end + 1);
    (ctx.in_list(Cue::CallNameAfter, end) && (w.starts_with("akrab") || w.starts_with("karib")))
        .then_some(end)
}

/// The owner of call name `c` written before its marker: the name right after the marker
/// ("Ita, sapaan akrab Hevearita Gunaryanti"), else the nearest earlier name that contains
/// the call name ("Hevearita" for "Ita"), else the name before it in its sentence.
fn call_name_owner<'p>(
    ctx: &Context,
    c: &NameParse,
    others: &[&'p NameParse],
) -> Option<&'p NameParse> {
    let s = ctx.sentence_of(c.tokens.start);
    let marker = call_marker_after(ctx, c.tokens.end)?;
    if let Some(p) = others.iter().find(|p| {
        (marker + 1..=marker + 3).contains(&p.tokens.start) && ctx.sentence_of(p.tokens.start) == s
    }) {
        return Some(p);
    }
    // "kata Hendi, sapaan akrab Hendrar Prihadi": the name after the marker, read elsewhere
    // in the article.
    let written_at = |at: usize, p: &NameParse| {
        p.words.len() > 1
            && p.words
                .iter()
                .enumerate()
                .all(|(k, w)| ctx.word(at + k) == w.as_str())
    };
    if let Some(p) = (marker + 1..=marker + 3).find_map(|at| {
        others
            .iter()
            .filter(|p| written_at(at, p))
            .max_by_key(|p| p.words.len())
    }) {
        return Some(p);
    }
    // Names quoted are what a speaker said, not who is called so ("..., yaitu Asisten X atas
    // nama Lalu Faozal," kata Yiyit sapaan karibnya).
    let quoted = ctx.in_quote(c.tokens.start);
    let before = || {
        others.iter().filter(move |p| {
            p.tokens.end <= c.tokens.start && ctx.in_quote(p.tokens.start) == quoted
        })
    };
    let call = c.name().to_lowercase();
    if c.words.len() == 1 && call.chars().count() >= 3 {
        let containing = before()
            .filter(|p| p.words.iter().any(|w| w.to_lowercase().contains(&call)))
            .max_by_key(|p| p.tokens.end);
        if containing.is_some() {
            return containing.copied();
        }
    }
    // "Kaji Mbing, sapaan akrabnya, menyampaikan ...": a call name opening its sentence is
    // that of the person last named in the three sentences before.
    // So is a speaker's call name after a quotation ("kata Yiyit, sapaan karibnya").
    let opens = c.tokens.start == ctx.sentence_range(s).start
        || (c.tokens.start > 0 && ctx.classes(c.tokens.start - 1).is_speech_verb());
    let earliest = if opens { s.saturating_sub(3) } else { s };
    before()
        .filter(|p| (earliest..=s).contains(&ctx.sentence_of(p.tokens.start)))
        .max_by_key(|p| p.tokens.end)
        .copied()
}

/// Builds the article's persons from every name read, and finds all their mentions.
pub fn resolve(ctx: &Context, mut parses: Vec<NameParse>) -> Persons {
    let mut persons = Persons::default();
    // Longest names first, so short forms attach to them; of one-word names, the longer
    // first ("Burhanuddin" before its short form "Burhan").
    parses.sort_by_key(|p| {
        let one_word_length = match p.words.as_slice() {
            [w] => w.len(),
            _ => 0,
        };
        (
            std::cmp::Reverse(p.words.len()),
            std::cmp::Reverse(one_word_length),
            p.tokens.start,
        )
    });
    let mut forms = Forms::default();
    let mut seen_at: Vec<(usize, usize)> = Vec::new(); // (token, person)
    // A call name ("yang akrab disapa Ning Ita") is bound to the person named before it in
    // its sentence: names that are no call name are read first, then the call names become
    // forms of their owners, then every reading of a call name finds its owner.
    // "kata Ita, sapaan akrabnya": a call name written before its marker.
    let marked_after = |p: &NameParse| call_marker_after(ctx, p.tokens.end).is_some();
    // "Jokowi" in an article that writes "Joko Widodo": a call name person-words.tsv knows,
    // owned by its full name.
    let known_calls: HashMap<Vec<String>, Vec<String>> = {
        let calls: Vec<(Vec<String>, &str)> = parses
            .iter()
            .filter_map(|p| {
                let full = ctx.lex.full_name_of(&p.name())?;
                (full != p.name()).then(|| (p.words.clone(), full))
            })
            .collect();
        let names: HashSet<String> = if calls.is_empty() {
            HashSet::default()
        } else {
            parses.iter().map(NameParse::name).collect()
        };
        calls
            .into_iter()
            .filter(|(_, full)| names.contains(*full))
            .map(|(call, full)| (call, full.split(' ').map(String::from).collect()))
            .collect()
    };
    for p in parses.iter_mut() {
        if marked_after(p) || known_calls.contains_key(&p.words) {
            p.call_name = true;
        }
    }
    let call_names: HashSet<&Vec<String>> = parses
        .iter()
        .filter(|c| c.call_name)
        .map(|c| &c.words)
        .collect();
    let is_call = |p: &NameParse| call_names.contains(&p.words);
    let (calls, others): (Vec<&NameParse>, Vec<&NameParse>) =
        parses.iter().partition(|p| is_call(p));
    // "Joko Widodo (Jokowi)": a call name in brackets belongs to the name right before the
    // bracket, and is no name at all without one ("Pemerintahan Umum (Pum)").
    let bracketed = |c: &NameParse| c.tokens.start > 0 && ctx.is_punct(c.tokens.start - 1, "(");
    let owners: Vec<(Vec<String>, Vec<String>)> = calls
        .iter()
        .filter(|c| c.call_name)
        .filter_map(|c| {
            if let Some(full) = known_calls.get(&c.words) {
                return Some((c.words.clone(), full.clone()));
            }
            let s = ctx.sentence_of(c.tokens.start);
            if marked_after(c) {
                return call_name_owner(ctx, c, &others)
                    .map(|p| (c.words.clone(), p.words.clone()));
            }
            // "Bupati yang akrab disapa Mas Ipin ini": after a title and no name, the call
            // name is that of the person last named after the same title, outside
            // quotations, in the three sentences before.
            let title = (!bracketed(c))
                .then(|| {
                    (ctx.sentence_range(s).start..c.tokens.start)
                        .rev()
                        .take(5)
                        .find(|&k| ctx.is_capitalized_word(k) && ctx.lex.is_role_word(ctx.word(k)))
                })
                .flatten()
                .map(|k| ctx.word(k));
            let after_title = |p: &NameParse| {
                title.is_some_and(|t| {
                    (p.tokens.start.saturating_sub(3)..p.tokens.start)
                        .any(|k| ctx.word(k).eq_ignore_ascii_case(t))
                })
            };
            // The person last named before the call name, outside quotations, in the three
            // sentences before, of those `keep` lets through.
            let last_named_before = |keep: &dyn Fn(&NameParse) -> bool| {
                others
                    .iter()
                    .filter(|p| {
                        p.tokens.end <= c.tokens.start
                            && ctx.sentence_of(p.tokens.start) + 3 >= s
                            && !ctx.in_quote(p.tokens.start)
                            && keep(p)
                    })
                    .max_by_key(|p| p.tokens.end)
            };
            others
                .iter()
                .filter(|p| p.tokens.end <= c.tokens.start && ctx.sentence_of(p.tokens.start) == s)
                .filter(|p| !bracketed(c) || p.tokens.end + 1 == c.tokens.start)
                .max_by_key(|p| p.tokens.end)
                .or_else(|| last_named_before(&after_title))
                // "Pejabat perempuan yang akrab disapa Bu Yuyun ini ...": a demonstrative
                // after the call name points back to the person last named, outside
                // quotations, in the three sentences before; unless the article wrote the
                // name before as a name of its own ("Bupati Sanusi ... pria yang akrab
                // disapa Abah Sanusi itu").
                .or_else(|| {
                    let written_before = parses.iter().any(|p| {
                        !p.call_name && p.words == c.words && p.tokens.end <= c.tokens.start
                    });
                    (matches!(ctx.word(c.tokens.end), "ini" | "itu" | "tersebut")
                        && !written_before)
                        .then(|| last_named_before(&|_| true))
                        .flatten()
                })
                .map(|p| (c.words.clone(), p.words.clone()))
        })
        .collect();
    let mut add = |p: &NameParse, forms: &mut Forms| {
        // "dr Hendra, Sp.An": one name word between an honorific and a degree is a full,
        // formal mention, not the short form of a longer name ("MZ Hendra Caya").
        let formal = p.words.len() == 1 && !p.prefixes.is_empty() && !p.suffixes.is_empty();
        let in_body = !ctx.is_title_sentence(ctx.sentence_of(p.tokens.start));
        let idx = person_for(
            &mut persons,
            forms,
            &p.words,
            p.tokens.start,
            &seen_at,
            formal,
            in_body.then_some(ctx),
        );
        seen_at.push((p.tokens.start, idx));
        let person = &mut persons.people[idx];
        for x in &p.prefixes {
            if !person.prefixes.contains(x) {
                person.prefixes.push(x.clone());
            }
        }
        for x in &p.suffixes {
            if !person.suffixes.contains(x) {
                person.suffixes.push(x.clone());
            }
        }
    };
    for p in &others {
        add(p, &mut forms);
    }
    for (call, owner) in owners {
        if let Some(&idx) = forms.get(&owner) {
            forms.insert(call, idx);
        }
    }
    for p in &calls {
        if p.call_name && bracketed(p) && forms.get(&p.words).is_none() {
            continue;
        }
        add(p, &mut forms);
    }
    let meta = ctx.doc.meta.clone();
    for (names, authors) in [(&meta.authors, true), (&meta.editors, false)] {
        for name in names {
            let words: Vec<String> = name.split_whitespace().map(String::from).collect();
            if words.is_empty() || words.iter().all(|w| is_all_caps(w)) && words.len() > 4 {
                continue;
            }
            let idx = person_for(
                &mut persons,
                &mut forms,
                &words,
                usize::MAX,
                &seen_at,
                false,
                None,
            );
            let list = if authors {
                &mut persons.authors
            } else {
                &mut persons.editors
            };
            if !list.contains(&idx) {
                list.push(idx);
            }
        }
    }
    // Mentions: every occurrence of a full or short form (or a first/last name word).
    let mut all_forms: Vec<(Vec<String>, usize)> =
        forms.map.iter().map(|(f, &p)| (f.clone(), p)).collect();
    for (pi, p) in persons.people.iter().enumerate() {
        let words: Vec<String> = p.name.split(' ').map(String::from).collect();
        if words.len() > 1 {
            for w in [words.first(), words.last()].into_iter().flatten() {
                if w.chars().count() >= 3 && !ctx.lex.is_stopword(w) {
                    all_forms.push((vec![w.clone()], pi));
                }
            }
        }
    }
    all_forms.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
    // The forms by their first words, longest first as above. A first or last name shared
    // by more than eight persons ("FX", "Muhammad" in a long list) names none of them.
    let mut sharing: HashMap<&[String], usize> = HashMap::default();
    for (f, _) in &all_forms {
        *sharing.entry(f.as_slice()).or_default() += 1;
    }
    // Forms of two words or more are found by their first two words.
    type FormRef<'f> = &'f (Vec<String>, usize);
    let mut by_two: HashMap<(&str, &str), Vec<FormRef>> = HashMap::default();
    let mut by_one: HashMap<&str, Vec<FormRef>> = HashMap::default();
    for form in all_forms
        .iter()
        .filter(|(f, _)| sharing[f.as_slice()] <= MAX_PERSONS_PER_FORM)
    {
        match form.0.as_slice() {
            [one] => by_one.entry(one.as_str()).or_default().push(form),
            [a, b, ..] => by_two
                .entry((a.as_str(), b.as_str()))
                .or_default()
                .push(form),
            [] => {}
        }
    }
    // Each person's last mention so far (mentions are read in text order).
    let mut last_at: HashMap<usize, usize> = HashMap::default();
    let n = ctx.toks.len();
    let mut i = 0;
    while i < n {
        let w = ctx.word(i);
        if ctx.kind(i) != Some(TokKind::Word) || !is_capitalized(w) {
            i += 1;
            continue;
        }
        let mut matched: Option<(usize, usize)> = None;
        let next = if i + 1 < n { ctx.word(i + 1) } else { "" };
        let longer = by_two.get(&(w, next)).into_iter().flatten();
        for (f, p) in longer.chain(by_one.get(w).into_iter().flatten()).copied() {
            if i + f.len() > n {
                continue;
            }
            if matched.is_some_and(|(len, _)| len > f.len()) {
                break;
            }
            // A one-word form must not continue a capitalised run ("JPT Pratama").
            // "Jabatan Pimpinan Tinggi (JPT) Pratama": look past a bracketed acronym.
            let prev = if i >= 3 && ctx.is_punct(i - 1, ")") && ctx.is_punct(i - 3, "(") {
                i - 3
            } else {
                i
            };
            let continues_run = f.len() == 1
                && prev > 0
                && (ctx.is_capitalized_word(prev - 1) || ctx.is_upper_word(prev - 1))
                // A capital that only opens the sentence ("Menurut Pratama") is no run.
                && ctx.sentence_range(ctx.sentence_of(prev - 1)).start != prev - 1
                && ctx.cue_ending_at(i, Cue::PersonLead).is_none()
                && !ctx.classes(i - 1).is_speech_verb()
                && ctx.honorific(i - 1).is_none();
            if !continues_run
                && (0..f.len()).all(|k| ctx.word(i + k) == f[k])
                && !name_continues(ctx, i + f.len(), &persons.people[*p])
            {
                match matched {
                    // Same form, several persons: the one mentioned last.
                    Some((len, q)) if len == f.len() && q != *p => {
                        if last_at.get(p) > last_at.get(&q) {
                            matched = Some((len, *p));
                        }
                    }
                    Some(_) => {}
                    None => matched = Some((f.len(), *p)),
                }
            }
        }
        match matched {
            Some((len, p)) => {
                persons.mentions.push(PersonMention {
                    tokens: i..i + len,
                    person: p,
                });
                last_at.insert(p, i);
                i += len;
            }
            None => i += 1,
        }
    }
    // Short forms actually used.
    for m in &persons.mentions {
        let text = ctx.text(m.tokens.clone()).to_string();
        let p = &mut persons.people[m.person];
        if text != p.name {
            p.short_forms.insert(text);
        }
    }
    persons
}

/// A first or last name shared by more persons than this in one article names none of them.
const MAX_PERSONS_PER_FORM: usize = 8;

/// The name forms read so far (each a person's), with two indexes so that finding the
/// persons a new form may belong to looks at the forms sharing one of its words or, for a
/// one-word form, its first letter, not at every form of the article.
#[derive(Default)]
struct Forms {
    map: HashMap<Vec<String>, usize>,
    by_word: HashMap<String, Vec<Vec<String>>>,
    by_initial: HashMap<char, Vec<Vec<String>>>,
}

impl Forms {
    fn get(&self, words: &[String]) -> Option<&usize> {
        self.map.get(words)
    }

    fn insert(&mut self, words: Vec<String>, person: usize) {
        if self.map.insert(words.clone(), person).is_none() {
            let mut initials: Vec<char> = Vec::new();
            for w in &words {
                self.by_word
                    .entry(w.clone())
                    .or_default()
                    .push(words.clone());
                if let Some(c) = w.chars().next()
                    && !initials.contains(&c)
                {
                    initials.push(c);
                    self.by_initial.entry(c).or_default().push(words.clone());
                }
            }
        }
    }

    /// The forms that contain `words` as a run of a longer form.
    fn containing<'a>(
        &'a self,
        words: &'a [String],
    ) -> impl Iterator<Item = (&'a Vec<String>, usize)> + 'a {
        // Through its rarest word.
        let rare = words
            .iter()
            .min_by_key(|w| self.by_word.get(*w).map_or(0, Vec::len))
            .map_or("", String::as_str);
        self.with_word(rare).filter(move |(f, _)| {
            f.len() > words.len() && f.windows(words.len()).any(|w| w == words)
        })
    }

    fn with_word<'a>(&'a self, word: &str) -> impl Iterator<Item = (&'a Vec<String>, usize)> + 'a {
        self.by_word
            .get(word)
            .into_iter()
            .flatten()
            .filter_map(|f| self.map.get(f).map(|&p| (f, p)))
    }

    /// The forms another spelling of `words` may be: those sharing one of its two rarest
    /// words (all but one are the same), or for one word, those with a word of the same
    /// first letter.
    fn candidates<'a>(
        &'a self,
        words: &'a [String],
    ) -> Box<dyn Iterator<Item = (&'a Vec<String>, usize)> + 'a> {
        match words {
            [one] => Box::new(
                one.chars()
                    .next()
                    .and_then(|c| self.by_initial.get(&c))
                    .into_iter()
                    .flatten()
                    .filter_map(|f| self.map.get(f).map(|&p| (f, p))),
            ),
            // All words but one are the same: any two of them hold one of the form's
            // words; the two rarest.
            _ => {
                let mut rare: Vec<&String> = words.iter().collect();
                rare.sort_by_key(|w| self.by_word.get(*w).map_or(0, Vec::len));
                rare.truncate(2);
                Box::new(rare.into_iter().flat_map(|w| self.with_word(w)))
            }
        }
    }
}

/// A mention must not be the start of a longer, different capitalised name.
fn name_continues(ctx: &Context, at: usize, person: &Person) -> bool {
    ctx.is_word(at)
        && is_capitalized(ctx.word(at))
        && !is_all_caps(ctx.word(at))
        && !ctx.classes(at).is_stopword()
        && !person.name.split(' ').any(|w| w == ctx.word(at))
        && ctx
            .cues_at(at)
            .all(|h| !matches!(h.pat, CuePat::Role(_) | CuePat::Cue(_)))
        && ctx.lex.degree(ctx.word(at)).is_none()
}

/// The person a name form denotes: an exact earlier form, else the one longer name that
/// contains it (several: the one read nearest before `at`), else a new person.
/// The persons whose known name `words` is another spelling of: a one-word truncation of
/// one of their name's words ("Risma" for "Tri Rismaharini", "Leo" for "Leonard S Ampung"),
/// a final "i" written "y" ("Hengky Putrawan" for "Hengki Putrawan"), or the same words with two
/// adjacent letters swapped in one of them ("Arinal Djuanidi" for "Arinal Djunaidi").
fn variant_owners(
    forms: &Forms,
    words: &[String],
    keep: impl Fn(&[String], usize) -> bool,
) -> BTreeSet<usize> {
    // Three letters only for the given name ("Leo" for "Leonard S Ampung"); a one-word
    // name only from five letters ("Burhan" for "Burhanuddin").
    let truncation = |f: &[String]| {
        let short = words[0].as_str();
        let cut = |w: &String| w.len() > short.len() + 2 && w.starts_with(short);
        let letters = short.chars().count();
        words.len() == 1
            && (f.len() > 1 || letters >= 5)
            && match letters {
                0..=2 => false,
                3 => cut(&f[0]),
                _ => f.iter().any(cut),
            }
    };
    // The same words but one, and that one another spelling by `variant`.
    let one_word_varies = |f: &[String], variant: fn(&str, &str) -> bool| {
        f.len() == words.len()
            && f.iter().zip(words).filter(|(a, b)| a != b).count() == 1
            && f.iter().zip(words).all(|(a, b)| a == b || variant(a, b))
    };
    // "Arinal Djuanidi": two adjacent letters swapped (in a name of two words or more).
    let swapped = |f: &[String]| words.len() > 1 && one_word_varies(f, is_transposition);
    // "Wahyudin" for "Wahyuddin": one letter written once or twice (a one-word name only
    // when it is long enough to be distinctive); "Ali Baal Madar" for "Ali Baal Masdar": in a
    // name of two words or more, one inner letter more or less.
    let doubled = |f: &[String]| {
        (words.len() > 1 && one_word_varies(f, |a, b| differ_by_insertion(a, b, 4)))
            || (words[0].chars().count() >= 6
                && one_word_varies(f, |a, b| differ_by_doubling(a, b, 5)))
    };
    // "Herry" for "Hery Gunara": a one-word form that writes a letter of a longer name's
    // word twice, or once.
    let doubled_short = |f: &[String]| {
        words.len() == 1 && f.len() > 1 && f.iter().any(|w| differ_by_doubling(w, &words[0], 4))
    };
    // "Hengki Putrawan" for "Hengky Putrawan": a final "i" written "y" (in a name of two
    // words or more).
    let final_y = |f: &[String]| words.len() > 1 && one_word_varies(f, differ_by_final_y);
    // "Hagemur" for "Derek Hegemur": a one-word form with one inner letter of a word of a
    // longer name changed (six letters or more; neither the first nor the last letter, so
    // "Hendri" and "Hendra" stay two).
    let substituted = |f: &[String]| {
        words.len() == 1 && f.len() > 1 && f.iter().any(|w| differ_inside(w, &words[0]))
    };
    // "Ridwan Rumasukin" for "Ridwan Rumasukun": the same in a name of two words or more.
    let substituted_in_name = |f: &[String]| words.len() > 1 && one_word_varies(f, differ_inside);
    // "Komang Sutama" for "I Komang Gede Sutama": two words or more of a longer name,
    // in its order, with words left out between them (a run of it is a short form already).
    let skipping = |f: &[String]| {
        let mut rest = f.iter();
        words.len() > 1 && f.len() > words.len() && words.iter().all(|w| rest.any(|x| x == w))
    };
    forms
        .candidates(words)
        .filter(|(f, _)| {
            truncation(f)
                || swapped(f)
                || doubled(f)
                || doubled_short(f)
                || final_y(f)
                || substituted(f)
                || substituted_in_name(f)
                || skipping(f)
        })
        .filter(|(f, p)| keep(f, *p))
        .map(|(_, p)| p)
        .collect()
}

/// Whether `a` and `b` (6 letters or more, same length) differ in exactly one letter that
/// is neither their first nor their last.
fn differ_inside(a: &str, b: &str) -> bool {
    same_length_differences(a, b, 6)
        .is_some_and(|(a, _, diff)| matches!(diff.as_slice(), [i] if *i > 0 && *i + 1 < a.len()))
}

/// For `a` and `b` of one length, `min` letters or more: their letters and the positions
/// where they differ.
fn same_length_differences(
    a: &str,
    b: &str,
    min: usize,
) -> Option<(Vec<char>, Vec<char>, Vec<usize>)> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() || a.len() < min {
        return None;
    }
    let diff = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    Some((a, b, diff))
}

/// Whether `a` and `b` (4 letters or more) differ only in a last letter "i" against "y"
/// ("Hengki", "Hengky").
fn differ_by_final_y(a: &str, b: &str) -> bool {
    let (Some(sa), Some(sb)) = (a.strip_suffix(['i', 'y']), b.strip_suffix(['i', 'y'])) else {
        return false;
    };
    sa == sb && a != b && sa.chars().count() >= 3
}

/// Whether `a` and `b` (5 letters or more) differ by two adjacent letters swapped.
fn is_transposition(a: &str, b: &str) -> bool {
    same_length_differences(a, b, 5).is_some_and(|(a, b, diff)| {
        matches!(diff.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
    })
}

/// Whether `a` and `b` (the shorter `min` letters or more) differ only by one letter doubled
/// in one of them ("Wahyuddin", "Wahyudin").
fn differ_by_doubling(a: &str, b: &str, min: usize) -> bool {
    one_letter_more(a, b, min).is_some_and(|(long, i)| long[i] == long[i - 1])
}

/// Whether `a` and `b` (the shorter `min` letters or more) differ only by one letter that
/// the longer has inside it, neither first nor last ("Masdar", "Madar").
fn differ_by_insertion(a: &str, b: &str, min: usize) -> bool {
    one_letter_more(a, b, min).is_some_and(|(long, i)| i + 1 < long.len())
}

/// When the longer of `a` and `b` is the shorter (`min` letters or more) with one letter
/// more, not the first: its letters and where that letter stands.
fn one_letter_more(a: &str, b: &str, min: usize) -> Option<(Vec<char>, usize)> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    if long.len() != short.len() + 1 || short.len() < min {
        return None;
    }
    let i = (0..short.len())
        .find(|&i| long[i] != short[i])
        .unwrap_or(short.len());
    (i > 0 && long[i + 1..] == short[i..]).then_some((long, i))
}

/// With `in_body` (the name read in the body, not a headline), a name of two words or more
/// written before every mention of a longer name that ends with it, and that adds more
/// than first names writers leave out, is another person: "Gubernur Sugianto Sabran" then
/// "Ketua TP PKK Ivo Sugianto Sabran" (a full name comes before its short forms, but
/// "Tito Karnavian" before "Muhammad Tito Karnavian" is one person).
fn person_for(
    persons: &mut Persons,
    forms: &mut Forms,
    words: &[String],
    at: usize,
    seen_at: &[(usize, usize)],
    formal: bool,
    in_body: Option<&Context>,
) -> usize {
    let written_before = |form: &[String], owner: usize| {
        in_body.is_some_and(|ctx| {
            let extra = &form[..form.len().saturating_sub(words.len())];
            // "Camat Talang Noor Alina Agustini": the longer name written right there, its
            // first words read as the unit's, is no other person.
            let written_there = at >= extra.len()
                && extra
                    .iter()
                    .enumerate()
                    .all(|(k, w)| ctx.word(at - extra.len() + k) == w);
            words.len() >= 2
                && form.ends_with(words)
                && !extra.iter().all(|w| ctx.lex.is_omissible_first_name(w))
                && !written_there
                && seen_at
                    .iter()
                    .filter(|&&(_, p)| p == owner)
                    .map(|&(t, _)| t)
                    .min()
                    .is_some_and(|first| first > at)
        })
    };
    let owners: BTreeSet<usize> = if formal && forms.get(words).is_none() {
        BTreeSet::new()
    } else {
        forms
            .containing(words)
            .filter(|(f, p)| !written_before(f, *p))
            .map(|(_, p)| p)
            .collect()
    };
    if owners.len() > 1 {
        let nearest = seen_at
            .iter()
            .filter(|(t, p)| owners.contains(p) && *t < at)
            .max_by_key(|(t, _)| *t)
            .or_else(|| {
                seen_at
                    .iter()
                    .filter(|(_, p)| owners.contains(p))
                    .min_by_key(|(t, _)| *t)
            });
        if let Some(&(_, p)) = nearest {
            return p;
        }
    }
    if let Some(&i) = forms.get(words) {
        return i;
    }
    let owners = if owners.is_empty() && !formal {
        variant_owners(forms, words, |f, p| !written_before(f, p))
    } else {
        owners
    };
    let idx = if owners.len() == 1 {
        *owners.iter().next().unwrap_or(&0)
    } else {
        persons.people.push(Person {
            name: words.join(" "),
            short_forms: BTreeSet::new(),
            prefixes: Vec::new(),
            suffixes: Vec::new(),
        });
        persons.people.len() - 1
    };
    forms.insert(words.to_vec(), idx);
    idx
}
