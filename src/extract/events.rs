//! Events: pelantikan, mutasi, rotasi, promosi, demosi, seleksi, sosialisasi, rakor,
//! sanksi. An event word reports a happening when it is a verb of the act ("dilantik",
//! "melantik") or a noun anchored in its sentence (a date, a place, a count, "ini", a verb
//! such as "melaksanakan"), and is neither negated ("tidak ada demosi") nor hypothetical
//! ("jika terbukti ... sanksi"). Words of one family (pelantikan after a rotation) are one
//! happening unless the article gives them different dates. Slots (date, place, count,
//! officiant, organizer, legal basis) come from the event's sentences and the next one.

use super::dates::{DateValue, Dates};
use super::laws::Laws;
use super::orgs::Orgs;
use super::persons::Persons;
use super::places::Places;
use super::positions::Positions;
use super::quotes::Quotes;
use super::{Context, Event};
use crate::lexicon::{Cue, CuePat, EventKind, TriggerForm};
use crate::text::TokKind;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

pub struct Inputs<'a> {
    pub dates: &'a Dates,
    pub orgs: &'a Orgs,
    pub places: &'a Places,
    pub laws: &'a Laws,
    pub persons: &'a Persons,
    pub positions: &'a Positions,
    pub quotes: &'a Quotes,
}

#[derive(Debug, Clone)]
struct Trigger {
    tokens: Range<usize>,
    kind: EventKind,
    form: TriggerForm,
    sentence: usize,
}

pub fn find(ctx: &Context, inp: &Inputs) -> Vec<Event> {
    let triggers = triggers(ctx);
    let counts = counts(ctx);
    let mut anchored: Vec<&Trigger> = Vec::new();
    let mut headline: Vec<&Trigger> = Vec::new();
    let mut nearby: Vec<&Trigger> = Vec::new();
    for (k, t) in triggers.iter().enumerate() {
        // "pengumuman di bawah panitia seleksi": a body's name is no event;
        // "mengukuhkan pemberhentian": an act on something other than an office.
        if ctx.in_quote(t.tokens.start)
            || inp.orgs.mention_covering(t.tokens.start).is_some()
            || (t.form == TriggerForm::Act && ctx.in_list(Cue::OtherObject, t.tokens.end))
            || in_title(inp, t)
            || negated(ctx, &triggers, k)
            || hypothetical(ctx, inp.dates, t)
            || background(ctx, t)
        {
            continue;
        }
        let is_anchored = match t.form {
            TriggerForm::Noun => sentence_anchors(ctx, inp, &counts, t),
            _ => true,
        };
        if !is_anchored {
            if !ctx.is_title_sentence(t.sentence) {
                nearby.push(t);
            }
            continue;
        }
        if ctx.is_title_sentence(t.sentence) {
            headline.push(t);
        } else {
            anchored.push(t);
        }
    }
    // Group by family, split by distinct dates: an undated word joins its family's first
    // group, a dated one the group of its date. A family's group is undated only while it
    // is the family's only group (the first dated word dates it).
    let mut groups: Vec<(u8, Option<DateValue>, Vec<&Trigger>)> = Vec::new();
    let mut first_of_family: HashMap<u8, usize> = HashMap::new();
    let mut of_date: HashMap<(u8, DateValue), usize> = HashMap::new();
    for t in &anchored {
        let fam = t.kind.family();
        let date = sentence_date(ctx, inp.dates, t.sentence);
        let slot = match (first_of_family.get(&fam), date) {
            (None, _) => None,
            (Some(&g), None) => Some(g),
            (Some(&g), Some(_)) if groups[g].1.is_none() => Some(g),
            (Some(_), Some(d)) => of_date.get(&(fam, d)).copied(),
        };
        let g = match slot {
            Some(g) => {
                if groups[g].1.is_none() {
                    groups[g].1 = date;
                }
                groups[g].2.push(t);
                g
            }
            None => {
                first_of_family.entry(fam).or_insert(groups.len());
                groups.push((fam, date, vec![t]));
                groups.len() - 1
            }
        };
        if let Some(d) = date {
            of_date.entry((fam, d)).or_insert(g);
        }
    }
    // Meetings of two kinds reported in one sentence are one meeting; a demotion or a
    // transfer imposed as a sanction (in the same or the next sentence) is one happening.
    let families: BTreeSet<u8> = groups.iter().map(|(f, ..)| *f).collect();
    let may_merge = |a: u8, b: u8| families.contains(&a) && families.contains(&b);
    let mut g = if may_merge(2, 3) || may_merge(0, 4) {
        0
    } else {
        groups.len()
    };
    while g < groups.len() {
        let merge_with = (0..g).find(|&h| {
            let (fa, fb) = (groups[h].0, groups[g].0);
            let dates_fit =
                groups[h].1.is_none() || groups[g].1.is_none() || groups[h].1 == groups[g].1;
            let near = |gap: usize| {
                groups[g].2.iter().any(|t| {
                    groups[h]
                        .2
                        .iter()
                        .any(|u| u.sentence.abs_diff(t.sentence) <= gap)
                })
            };
            let meetings = matches!((fa.min(fb), fa.max(fb)), (2, 3)) && near(0);
            let sanction_as_move = matches!((fa.min(fb), fa.max(fb)), (0, 4))
                && [h, g].iter().any(|&x| {
                    groups[x].0 == 0
                        && groups[x].2.iter().all(|t| {
                            matches!(
                                t.kind,
                                EventKind::Demotion | EventKind::Transfer | EventKind::Rotation
                            )
                        })
                        && groups[x].2.iter().any(|t| t.kind == EventKind::Demotion)
                })
                && near(1);
            dates_fit && (meetings || sanction_as_move)
        });
        match merge_with {
            Some(h) => {
                let moved = groups.remove(g);
                groups[h].2.extend(moved.2);
            }
            None => g += 1,
        }
    }
    let mut kinds: Vec<BTreeSet<EventKind>> = groups
        .iter()
        .map(|(_, _, ts)| ts.iter().map(|t| t.kind).collect())
        .collect();
    // Event words of the same family within two sentences describe this happening
    // ("Seluruhnya merupakan rotasi dan mutasi" after "112 ASN dilantik").
    let mut groups_at: HashMap<usize, Vec<usize>> = HashMap::new();
    for (g, (_, _, ts)) in groups.iter().enumerate() {
        for t in ts {
            let at = groups_at.entry(t.sentence).or_default();
            if at.last() != Some(&g) {
                at.push(g);
            }
        }
    }
    for t in &nearby {
        for s in t.sentence.saturating_sub(2)..=t.sentence + 2 {
            for &g in groups_at.get(&s).into_iter().flatten() {
                if groups[g].0 == t.kind.family() {
                    kinds[g].insert(t.kind);
                }
            }
        }
    }
    let mut events: Vec<(Event, Vec<&Trigger>)> = Vec::new();
    for ((fam, date, ts), mut kinds) in groups.into_iter().zip(kinds) {
        // A headline adds the kinds it names to the body's event of that family.
        for h in &headline {
            if h.kind.family() == fam {
                kinds.insert(h.kind);
            }
        }
        let mut sentences: Vec<usize> = ts.iter().map(|t| t.sentence).collect();
        sentences.sort();
        sentences.dedup();
        events.push((
            Event {
                kinds,
                date,
                location: None,
                officiant: None,
                organizer: None,
                participants: None,
                basis: Vec::new(),
                in_org: None,
                about: None,
                sentences,
            },
            ts,
        ));
    }
    events.sort_by_key(|(e, _)| e.sentences.first().copied());
    let (mut events, triggers): (Vec<Event>, Vec<Vec<&Trigger>>) = events.into_iter().unzip();
    fill_slots(ctx, inp, &counts, &triggers, &mut events);
    events
}

fn triggers(ctx: &Context) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    for h in &ctx.cues {
        let CuePat::Trigger(t) = h.pat else { continue };
        if out.last().is_some_and(|l| l.tokens.end > h.tokens.start) {
            continue;
        }
        let e = &ctx.lex.triggers[t];
        out.push(Trigger {
            tokens: h.tokens.clone(),
            kind: e.kind,
            form: e.form,
            sentence: ctx.sentence_of(h.tokens.start),
        });
    }
    out
}

/// "Kepala Bidang Mutasi dan Kedudukan Hukum": an event word inside a post's title names
/// the unit, not a happening.
fn in_title(inp: &Inputs, t: &Trigger) -> bool {
    let i = t.tokens.start;
    super::near(&inp.positions.phrases, i, |p| p.tokens.start)
        .iter()
        .any(|p| p.tokens.start < i && i < p.tokens.end)
}

/// "tidak ada demosi", "bukan mutasi maupun rotasi", "tanpa promosi".
fn negated(ctx: &Context, triggers: &[Trigger], k: usize) -> bool {
    let t = &triggers[k];
    let lo = t.tokens.start.saturating_sub(4);
    if (lo..t.tokens.start).any(|i| {
        ctx.sentence_of(i) == t.sentence && !ctx.in_quote(i) && ctx.has_cue(i, Cue::Negation)
    }) {
        return true;
    }
    // "belum ada ASN Banyumas yang dijatuhi ...": an existential negation covers its clause.
    let s = ctx.sentence_range(t.sentence);
    let mut i = t.tokens.start;
    while i > s.start && t.tokens.start - i < 12 {
        i -= 1;
        if ctx.is_punct(i, ",") || matches!(ctx.word(i), "namun" | "tetapi" | "tapi" | "sedangkan")
        {
            break;
        }
        if !ctx.in_quote(i)
            && ctx.has_cue(i, Cue::Negation)
            && matches!(ctx.word(i + 1), "ada" | "pernah")
        {
            return true;
        }
    }
    // Coordinated with a negated event word: "tidak ada mutasi maupun rotasi".
    if k > 0 {
        let p = &triggers[k - 1];
        let between = ctx.text(p.tokens.end..t.tokens.start);
        let coordinated = p.sentence == t.sentence
            && t.tokens.start - p.tokens.end <= 2
            && between
                .split_whitespace()
                .all(|w| matches!(w, "dan" | "atau" | "maupun" | "serta" | "," | "ataupun"));
        if coordinated {
            return negated(ctx, triggers, k - 1);
        }
    }
    false
}

/// "hasil seleksi terbuka", "melalui uji kompetensi": a process named as background;
/// "berhati-hati dalam melaksanakan mutasi": a way of acting.
fn background(ctx: &Context, t: &Trigger) -> bool {
    let k = t.tokens.start;
    // Within four words: "hasil seleksi terbuka", "peraih nilai tertinggi pada seleksi".
    (k.saturating_sub(4)..k).any(|i| ctx.has_cue(i, Cue::Background))
        || (k >= 2 && ctx.has_cue(k - 1, Cue::Anchor) && ctx.in_list(Cue::Manner, k - 2))
}

/// A conditional, obligation or plan earlier in the sentence ("jika terbukti ... dijatuhi
/// sanksi", "pelantikan ... akan dilakukan setelah Pilkada"), unless the sentence dates it;
/// or a question.
fn hypothetical(ctx: &Context, dates: &Dates, t: &Trigger) -> bool {
    let s = ctx.sentence_range(t.sentence);
    let dated = super::starting_within(&dates.mentions, s.clone(), |d| d.tokens.start)
        .iter()
        .any(|d| !d.after_law_date_word && !d.after_other_date_word);
    // Quoted speech does not qualify the narration; "melaporkan kalau" is "reported that"
    // ("menjelaskan apabila PNS ditahan ... diberhentikan" still states a rule).
    let qualifies = |i: usize| {
        !ctx.in_quote(i)
            && ctx.has_cue(i, Cue::Hypothetical)
            && !(i > 0
                && ctx.word(i).eq_ignore_ascii_case("kalau")
                && ctx
                    .cues_at(i - 1)
                    .any(|h| h.pat == CuePat::Cue(Cue::Speech)))
    };
    let before = (s.start..t.tokens.start).any(qualifies);
    // "meminta Gubernur Sumbar melakukan pengukuhan": asked for; "meminta pejabat yang
    // dilantik ..." speaks of those the event concerned.
    let requested = (s.start..t.tokens.start)
        .rev()
        .take(24)
        .take_while(|&i| ctx.word(i) != "yang")
        .any(|i| !ctx.in_quote(i) && ctx.in_list(Cue::Request, i));
    let plan_after =
        (t.tokens.end..(t.tokens.end + 6).min(s.end)).any(|i| ctx.in_list(Cue::Plan, i));
    // "Sanksi tersebut dapat berupa ...": a modal right after the event noun (and its
    // "tersebut" or "yang").
    let modal_after = t.form == TriggerForm::Noun && {
        let mut i = ctx
            .cue_end(t.tokens.end, Cue::Deictic)
            .unwrap_or(t.tokens.end);
        // "sanksi yang bakal diterima".
        if ctx.word(i) == "yang" {
            i += 1;
        }
        i < s.end && !ctx.in_quote(i) && ctx.in_list(Cue::Modal, i)
    };
    // "Besok hari Selasa (25/10), Sekda ... akan dilantik": a date does not make a plan for
    // tomorrow a happening.
    let future = || (s.start..s.end).any(|i| !ctx.in_quote(i) && ctx.has_cue(i, Cue::Future));
    // "Lantas apa sanksi bagi PNS yang bolos?": a question reports nothing.
    let question = ctx.is_punct(s.end.saturating_sub(1), "?") && !ctx.in_quote(t.tokens.start);
    question || ((before || requested || plan_after || modal_after) && (!dated || future()))
}

fn sentence_anchors(ctx: &Context, inp: &Inputs, counts: &[(usize, u64)], t: &Trigger) -> bool {
    let s = ctx.sentence_range(t.sentence);
    // "ini"/"tersebut" right after the event noun (or its coordination).
    let mut j = t.tokens.end;
    let mut steps = 0;
    while j < s.end && steps < 4 {
        if ctx.has_cue(j, Cue::Deictic) {
            return true;
        }
        if !ctx.is_word(j)
            || ctx
                .cues_at(j)
                .any(|h| matches!(h.pat, CuePat::Cue(Cue::Anchor)))
        {
            break;
        }
        j += 1;
        steps += 1;
    }
    // "berhati-hati dalam melaksanakan rotasi": a manner, not an act.
    let anchor_word = s.clone().any(|i| {
        ctx.has_cue(i, Cue::Anchor)
            && !ctx.in_quote(i)
            && !(i > 0 && ctx.in_list(Cue::Manner, i - 1))
    }) || (t.tokens.start.saturating_sub(3).max(s.start)..t.tokens.start)
        .any(|i| ctx.has_cue(i, Cue::AnchorNear));
    let dated = super::starting_within(&inp.dates.mentions, s.clone(), |d| d.tokens.start)
        .iter()
        .any(|d| d.can_date_event());
    let placed =
        !super::starting_within(&inp.places.mentions, s.clone(), |p| p.tokens.start).is_empty();
    let counted = !super::starting_within(counts, s, |(i, _)| *i).is_empty();
    anchor_word || dated || placed || counted
}

/// The day of a sentence's happening: its first date that can date an event, a date
/// written with its day of the week first (see [`super::dates::DateMention::with_weekday`]).
fn sentence_date(ctx: &Context, dates: &Dates, sentence: usize) -> Option<DateValue> {
    let within = super::starting_within(&dates.mentions, ctx.sentence_range(sentence), |d| {
        d.tokens.start
    });
    let candidates = || within.iter().filter(|d| d.can_date_event());
    candidates()
        .find(|d| d.with_weekday)
        .or_else(|| candidates().next())
        .map(|d| d.value.with_year(dates.article_year))
}

/// A number at token `i`, in digits or words ("648", "seratus enam puluh tiga"): its value
/// and how many tokens it takes.
fn number_value(ctx: &Context, i: usize) -> Option<(u64, usize)> {
    if ctx.kind(i) == Some(TokKind::Number) {
        // "3.508 pegawai": a dot before three digits groups thousands.
        let mut v: u64 = ctx.word(i).parse().ok()?;
        let mut k = i + 1;
        while ctx.is_punct(k, ".")
            && ctx.touching(k - 1)
            && ctx.touching(k)
            && ctx.kind(k + 1) == Some(TokKind::Number)
            && ctx.word(k + 1).len() == 3
        {
            let group: u64 = ctx.word(k + 1).parse().ok()?;
            v = v.checked_mul(1000)?.checked_add(group)?;
            k += 2;
        }
        return Some((v, k - i));
    }
    // Most words are no number: look before gathering the next few.
    if !ctx.classes(i).is_numeral() {
        return None;
    }
    let words: Vec<&str> = (i..(i + 6).min(ctx.toks.len()))
        .map(|k| ctx.word(k))
        .collect();
    ctx.lex.number_in_words(&words)
}

/// "melantik 20 orang ASN", "terhadap 169 pejabat", "berjumlah sebanyak 55 orang",
/// "81 pejabat yang dilantik", "Tiga ASN ... dijatuhi hukuman": (token of the number, value).
fn counts(ctx: &Context) -> Vec<(usize, u64)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.toks.len() {
        let Some((v, len)) = number_value(ctx, i) else {
            i += 1;
            continue;
        };
        let at = i;
        i += len;
        // "Salah satu calon ...": one of them, not a count.
        if v == 0 || ctx.in_quote(at) || (at > 0 && ctx.in_list(Cue::Partitive, at - 1)) {
            continue;
        }
        let Some(noun_end) = ctx.cue_end(at + len, Cue::CountNoun) else {
            continue;
        };
        // "melantik 20", "mengambil sumpah sembilan": an act verb leads a count too, and so
        // does an event noun ("Mutasi 76 pejabat").
        let act_before = (at.saturating_sub(4)..at).any(|s| {
            ctx.cues_at(s)
                .any(|h| h.tokens.end == at && matches!(h.pat, CuePat::Trigger(_)))
        });
        let led = act_before || ctx.cue_ending_at(at, Cue::CountLead).is_some();
        let mut k = noun_end;
        // "20 orang ASN", "31 orang pejabat administrator".
        if let Some(e) = ctx.cue_end(k, Cue::CountNoun) {
            k = e;
        }
        // "16 ASN di lingkungan pemkab setempat terkena sanksi": the tail may follow a
        // qualifier, within the clause (no comma, no other number in between).
        let tailed = (k..k + 12)
            .take_while(|&j| {
                ctx.sentence_of(j) == ctx.sentence_of(at)
                    && !ctx.is_punct(j, ",")
                    && ctx.kind(j) != Some(crate::text::TokKind::Number)
            })
            .any(|j| ctx.has_cue(j, Cue::CountTail));
        // The subject of the sentence, acted on by its verb: "Tiga ASN ... dijatuhi hukuman".
        let sentence = ctx.sentence_range(ctx.sentence_of(at));
        let subject = at <= sentence.start + 1
            && (k..sentence.end).any(|j| {
                ctx.cues_at(j).any(|h| matches!(h.pat, CuePat::Trigger(t) if ctx.lex.triggers[t].form == TriggerForm::Verb || ctx.lex.triggers[t].form == TriggerForm::PassiveAct))
            });
        if (led || tailed || subject) && !in_breakdown(ctx, at, len, noun_end) {
            out.push((at, v));
        }
    }
    out
}

/// A number and its count noun that stand in a list of such ("yakni 4 ASN untuk wilayah A,
/// 4 ASN untuk wilayah B, ... dan 3 ASN untuk wilayah C") give a part, not the number of
/// people the event concerns: the next item, with the same noun, starts right after the
/// clause's comma, or the item follows a comma or "dan" after an earlier such item.
/// "Dari 12 camat itu, 8 camat ...": the whole a list divides is none of its items.
fn in_breakdown(ctx: &Context, at: usize, len: usize, noun_end: usize) -> bool {
    let sentence = ctx.sentence_range(ctx.sentence_of(at));
    let noun = ctx.word(at + len);
    let whole = |i: usize| i > 0 && ctx.word(i - 1).eq_ignore_ascii_case("dari");
    if whole(at) {
        return false;
    }
    let same_item = |i: usize| {
        !whole(i)
            && number_value(ctx, i).is_some_and(|(_, len)| {
                ctx.word(i + len).eq_ignore_ascii_case(noun)
                    && ctx.cue_end(i + len, Cue::CountNoun).is_some()
            })
    };
    let next_item = (noun_end..sentence.end.min(noun_end + 16))
        .find(|&j| ctx.is_punct(j, ",") || ctx.is_punct(j, ";"))
        .is_some_and(|comma| same_item(comma + 1));
    let after_item = at > sentence.start
        && (ctx.is_punct(at - 1, ",") || ctx.word(at - 1) == "dan")
        && (sentence.start.max(at.saturating_sub(16))..at - 1).any(same_item);
    next_item || after_item
}

fn fill_slots(
    ctx: &Context,
    inp: &Inputs,
    counts: &[(usize, u64)],
    triggers: &[Vec<&Trigger>],
    events: &mut [Event],
) {
    let n_events = events.len();
    // The events whose details may stand in each sentence: those with a word in it or in
    // one of the two before, in event order.
    let mut in_window: HashMap<usize, Vec<usize>> = HashMap::new();
    for (e, ev) in events.iter().enumerate() {
        for s in ev.sentences.iter().flat_map(|&s| [s, s + 1, s + 2]) {
            let at = in_window.entry(s).or_default();
            if at.last() != Some(&e) {
                at.push(e);
            }
        }
    }
    let in_window = |s: usize| in_window.get(&s).map_or(&[][..], Vec::as_slice);
    let own_sentences: Vec<Vec<usize>> = events.iter().map(|e| e.sentences.clone()).collect();
    // The events' words by token: (first token, event).
    let mut word_events: Vec<(usize, usize)> = triggers
        .iter()
        .enumerate()
        .flat_map(|(e, ts)| ts.iter().map(move |t| (t.tokens.start, e)))
        .collect();
    word_events.sort_unstable();
    // The event a detail at token `at` belongs to: nearest by sentence, then (when events
    // share the sentence) by the distance to their own words.
    let owner = |at: usize| -> Option<usize> {
        let s = ctx.sentence_of(at);
        let words_here = super::starting_within(&word_events, ctx.sentence_range(s), |&(t, _)| t);
        in_window(s).iter().copied().min_by_key(|&e| {
            let near = words_here
                .iter()
                .filter(|&&(_, o)| o == e)
                .map(|&(t, _)| t.abs_diff(at))
                .min()
                .unwrap_or(usize::MAX);
            (events_distance(&own_sentences[e], s), near)
        })
    };
    let law_dates: HashSet<(usize, DateValue)> = inp
        .laws
        .laws
        .iter()
        .filter_map(|l| Some((l.sentence, l.date?)))
        .collect();
    // Dates written with their day of the week first: "hasil Pilkada 27 Juni lalu, di
    // Istana Negara, Rabu (5/9)" happened on the Wednesday.
    let (with_weekday, plain): (Vec<_>, Vec<_>) =
        inp.dates.mentions.iter().partition(|d| d.with_weekday);
    for d in with_weekday.into_iter().chain(plain) {
        if !d.can_date_event() {
            continue;
        }
        let span = ctx.toks.span(d.tokens.clone());
        if inp.laws.covers(span) || law_dates.contains(&(d.sentence, d.value)) {
            continue;
        }
        if let Some(e) = owner(d.tokens.start)
            && events[e].date.is_none()
        {
            events[e].date = Some(d.value.with_year(inp.dates.article_year));
        }
    }
    for p in &inp.places.mentions {
        if ctx.in_quote(p.tokens.start) {
            continue;
        }
        if let Some(e) = owner(p.tokens.start)
            && events[e].location.is_none()
        {
            events[e].location = Some(p.place);
        }
    }
    for &(i, v) in counts {
        if let Some(e) = owner(i)
            && events[e].participants.is_none()
        {
            events[e].participants = Some(v);
        }
    }
    // "... di tempat yang sama", "Usai pengambilan sumpah, ...": the place or the day of the
    // event it refers to.
    for e in 0..n_events {
        let sentences = own_sentences[e].clone();
        for &s in &sentences {
            let r = ctx.sentence_range(s);
            let same_place = (r.start..r.end).any(|i| {
                matches!(ctx.word(i), "tempat" | "lokasi" | "ruangan")
                    && ctx.word(i + 1) == "yang"
                    && ctx.word(i + 2) == "sama"
            });
            let after_other = (r.start..r.end)
                .filter(|&i| {
                    ["usai", "seusai", "selepas"]
                        .iter()
                        .any(|w| ctx.word(i).eq_ignore_ascii_case(w))
                })
                .find_map(|i| {
                    super::starting_within(&word_events, i + 1..i + 4, |&(t, _)| t)
                        .iter()
                        .map(|&(_, o)| o)
                        .filter(|&o| o != e)
                        .min()
                });
            let previous = (0..e).next_back();
            if same_place
                && events[e].location.is_none()
                && let Some(p) = previous.and_then(|o| events[o].location)
            {
                events[e].location = Some(p);
            }
            if let Some(o) = after_other
                && events[e].date.is_none()
            {
                events[e].date = events[o].date;
            }
        }
    }
    for (e, ts) in triggers.iter().enumerate() {
        for t in ts {
            if events[e].officiant.is_some() {
                break;
            }
            events[e].officiant = match t.form {
                TriggerForm::Act => subject_person(ctx, inp, t.tokens.clone()),
                TriggerForm::PassiveAct => agent_after(ctx, inp, t.tokens.end),
                TriggerForm::Noun => noun_agent(ctx, inp, t),
                _ => None,
            };
        }
    }
    // Openers anywhere: "Dibuka langsung oleh X", "X membuka ...": the nearest event before.
    for h in &ctx.cues {
        let (passive, active) = (
            h.pat == CuePat::Cue(Cue::PassiveOpener),
            h.pat == CuePat::Cue(Cue::Opener),
        );
        if !(passive || active) || ctx.in_quote(h.tokens.start) {
            continue;
        }
        let s = ctx.sentence_of(h.tokens.start);
        let target = (0..n_events)
            .filter(|&e| events[e].sentences.first().is_some_and(|&f| f <= s + 1))
            .min_by_key(|&e| events_distance(&events[e].sentences, s));
        let Some(e) = target else { continue };
        if events[e].officiant.is_some()
            || opens_other_kind(ctx, h.tokens.start, &events[e])
            || leads_body(ctx, inp, h.tokens.clone(), passive)
        {
            continue;
        }
        // "Pemkab Bone resmi membuka seleksi": a body that opens an event organizes it.
        if active && events[e].organizer.is_none() {
            let mut j = h.tokens.start;
            while j > 0
                && matches!(
                    ctx.word(j - 1),
                    "resmi" | "telah" | "sudah" | "kembali" | "akan"
                )
            {
                j -= 1;
            }
            if j > 0
                && let Some(m) = inp.orgs.mention_covering(j - 1)
            {
                events[e].organizer = Some(m.key.clone());
                continue;
            }
        }
        events[e].officiant = if passive {
            agent_after(ctx, inp, h.tokens.end)
        } else {
            subject_person(ctx, inp, h.tokens.clone())
        };
    }
    // Organizer: "BKPP ... menggelar sosialisasi", "diselenggarakan oleh BKPSDM".
    for h in &ctx.cues {
        if h.pat != CuePat::Cue(Cue::Organizer) || ctx.in_quote(h.tokens.start) {
            continue;
        }
        let Some(e) = owner(h.tokens.start) else {
            continue;
        };
        if events[e].organizer.is_some() {
            continue;
        }
        let mut j = h.tokens.start;
        while j > 0 && ctx.in_list(Cue::Adverb, j - 1) {
            j -= 1;
        }
        if j > 0
            && let Some(m) = inp.orgs.mention_covering(j - 1)
        {
            events[e].organizer = Some(m.key.clone());
        }
    }
    for h in &ctx.cues {
        if h.pat != CuePat::Cue(Cue::PassiveOrganizer) || ctx.in_quote(h.tokens.start) {
            continue;
        }
        let Some(e) = owner(h.tokens.start) else {
            continue;
        };
        // "pelantikan belum dilakukan Pemkab X": nobody carried it out yet.
        if ctx.cue_ending_at(h.tokens.start, Cue::Negation).is_some()
            || modifies_other_noun(ctx, h.tokens.start)
        {
            continue;
        }
        // "dilakukan langsung oleh Wakil Bupati ...": adverbs before the agent.
        let mut j = h.tokens.end;
        while ctx.in_list(Cue::Adverb, j) && j < h.tokens.end + 2 {
            j += 1;
        }
        let by = ctx.word(j) == "oleh";
        if by {
            j += 1;
        } else {
            j = h.tokens.end;
        }
        if let Some(m) = inp.orgs.mention_at(j) {
            if events[e].organizer.is_none() {
                events[e].organizer = Some(m.key.clone());
            }
        } else if (by || inp.positions.phrase_starting_at(j).is_some())
            && events[e].officiant.is_none()
        {
            // "Pelantikan dilakukan oleh Penjabat Bupati Melawi, Hatta", "dilakukan
            // Sekretaris Kota Palu, Asri": a person who carries the event out officiates it.
            events[e].officiant = agent_after(ctx, inp, h.tokens.end);
        }
    }
    // Whose staff: "pejabat di lingkungan Pemkab OKI".
    for h in &ctx.cues {
        if h.pat != CuePat::Cue(Cue::StaffOf) {
            continue;
        }
        let s = ctx.sentence_of(h.tokens.start);
        let Some(e) = owner(h.tokens.start).or_else(|| {
            in_window(s + 1)
                .iter()
                .copied()
                .find(|&e| events[e].sentences.binary_search(&(s + 1)).is_ok())
        }) else {
            continue;
        };
        if events[e].in_org.is_none()
            && let Some(m) = inp.orgs.mention_at(h.tokens.end)
        {
            events[e].in_org = Some(m.key.clone());
        }
    }
    // Topic.
    for h in &ctx.cues {
        if h.pat != CuePat::Cue(Cue::Topic) {
            continue;
        }
        if let Some(e) = owner(h.tokens.start)
            && events[e].about.is_none()
        {
            events[e].about = Some(ctx.text(h.tokens.clone()).to_string());
        }
    }
    // Legal basis.
    let laws = &inp.laws.laws;
    let mut event_sentences: Vec<usize> = own_sentences.concat();
    event_sentences.sort_unstable();
    let before = before_laws(ctx, laws);
    let families: Vec<u32> = events.iter().map(|e| families_mask(&e.kinds)).collect();
    // The sentences of the personnel, selection and sanction events, with their events.
    let mut acts_at: Vec<(usize, usize)> = events
        .iter()
        .enumerate()
        .filter(|(e, _)| families[*e] & (1 << 0 | 1 << 1 | 1 << 4) != 0)
        .flat_map(|(e, ev)| ev.sentences.iter().map(move |&s| (s, e)))
        .collect();
    acts_at.sort_unstable();
    // An act rests on an amendment, not on the instrument it amends, and the amendment's
    // content is that instrument's ("Perubahan Kedua Atas Perpres 16/2016 tentang Tata Cara
    // Pelantikan ...").
    for (li, law) in laws.iter().enumerate() {
        let amended_title = inp.laws.amends(li).and_then(|a| laws[a].title.as_deref());
        let is_amended = inp.laws.is_amended(li);
        let title = match amended_title {
            Some(t) => format!("{} {t}", law.title.as_deref().unwrap_or("")),
            None => law.title.as_deref().unwrap_or("").to_string(),
        }
        .to_lowercase();
        // "UU 12/2013 tentang Pembentukan Kabupaten X" describes a region, not an act.
        if is_amended
            || ctx
                .lex
                .words(Cue::FoundingTitle)
                .any(|w| title.starts_with(w))
        {
            continue;
        }
        let by_content_law = law.concept == "PertimbanganTeknis"
            || ctx
                .lex
                .words(Cue::PersonnelTitle)
                .any(|w| title.contains(w));
        let (cue_before, named_families) = before[li];
        // A law cited in an event's own sentence is that event's: "Pelantikan Senin (1/4)
        // berdasarkan Keputusan A ... Pelantikan Kamis (4/4) berdasarkan Keputusan B".
        let cited_at_event = event_sentences.binary_search(&law.sentence).is_ok();
        // A decree or letter cited with a basis cue ("tertuang dalam Keputusan Bupati",
        // "persetujuan Kemendagri melalui surat") is the basis of the article's nearest
        // personnel, selection or sanction event, wherever it is cited.
        let instrument = matches!(
            law.concept.as_str(),
            "Keputusan" | "Surat" | "PertimbanganTeknis"
        );
        let decree_target = (instrument && cue_before)
            .then(|| nearest_event(&acts_at, law.sentence))
            .flatten();
        // "jenis sanksi mengacu pada PP 94": the sentence names the event's kind.
        let names_kind = |e: usize| !cited_at_event && families[e] & named_families != 0;
        // Every event may rest on a law by its content or by the kind its sentence names;
        // otherwise only the events around its sentence and the decree's target.
        let candidates: Vec<usize> =
            if by_content_law || (cue_before && named_families != 0 && !cited_at_event) {
                (0..n_events).collect()
            } else if cue_before {
                in_window(law.sentence)
                    .iter()
                    .copied()
                    .chain(decree_target)
                    .collect()
            } else {
                Vec::new()
            };
        for e in candidates {
            let ev = &mut events[e];
            let by_content = by_content_law && ev.kinds.iter().any(|k| k.family() == 0);
            // Basis is stated close to the event: its own sentences and the next one (unless
            // that one is another event's).
            let close = ev.sentences.binary_search(&law.sentence).is_ok()
                || (!cited_at_event
                    && law.sentence > 0
                    && ev.sentences.binary_search(&(law.sentence - 1)).is_ok());
            let by_sentence = cue_before && (close || names_kind(e));
            // Laws are visited in order, so a repeat would be the last one pushed.
            if (by_content || by_sentence || decree_target == Some(e))
                && ev.basis.last() != Some(&li)
            {
                ev.basis.push(li);
            }
        }
    }
}

/// The event families of a set of kinds, one bit each.
fn families_mask(kinds: &BTreeSet<EventKind>) -> u32 {
    kinds.iter().fold(0, |m, k| m | 1 << k.family())
}

/// For each law: whether a basis cue comes before it in its sentence, and the families of
/// the event words there (one bit each). A sentence citing several laws is read once.
fn before_laws(ctx: &Context, laws: &[super::Law]) -> Vec<(bool, u32)> {
    let firsts: Vec<usize> = laws
        .iter()
        .map(|l| ctx.toks.token_at_or_after(l.span.start))
        .collect();
    let mut order: Vec<usize> = (0..laws.len()).collect();
    order.sort_by_key(|&i| firsts[i]);
    let mut out = vec![(false, 0); laws.len()];
    // (sentence, tokens read up to, basis cue seen, families seen).
    let mut read: Option<(usize, usize, bool, u32)> = None;
    for i in order {
        let sentence = laws[i].sentence;
        let (from, mut cue, mut fams) = match read {
            Some((s, upto, cue, fams)) if s == sentence => (upto, cue, fams),
            _ => (ctx.sentence_range(sentence).start, false, 0),
        };
        for k in from..firsts[i] {
            cue |= ctx.has_cue(k, Cue::Basis);
            for h in ctx.cues_at(k) {
                if let CuePat::Trigger(t) = h.pat {
                    fams |= 1 << ctx.lex.triggers[t].kind.family();
                }
            }
        }
        out[i] = (cue, fams);
        read = Some((sentence, from.max(firsts[i]), cue, fams));
    }
    out
}

/// The first event (by index) nearest to sentence `s` (see [`events_distance`]), of the
/// `(sentence, event)` pairs sorted.
fn nearest_event(by_sentence: &[(usize, usize)], s: usize) -> Option<usize> {
    let after = by_sentence.partition_point(|&(x, _)| x <= s);
    let (before, after) = by_sentence.split_at(after);
    let last_before = before.last().map(|&(x, _)| x);
    let first_after = after.first().map(|&(x, _)| x);
    let left = before
        .iter()
        .rev()
        .take_while(|&&(x, _)| Some(x) == last_before)
        .map(|&(x, e)| (s - x, e));
    let right = after
        .iter()
        .take_while(|&&(x, _)| Some(x) == first_after)
        .map(|&(x, e)| (2 * (x - s), e));
    left.chain(right).min().map(|(_, e)| e)
}

/// "Proses seleksi dipimpin oleh X" after a report of a rotation: the opener's subject
/// names an event of a kind the nearest event is not, so X did not lead that event.
fn opens_other_kind(ctx: &Context, opener: usize, event: &Event) -> bool {
    let start = ctx.sentence_range(ctx.sentence_of(opener)).start;
    (start.max(opener.saturating_sub(3))..opener).any(|k| {
        ctx.cues_at(k).any(|h| match h.pat {
            CuePat::Trigger(t) => !event.kinds.contains(&ctx.lex.triggers[t].kind),
            _ => false,
        })
    })
}

/// "yang memimpin RSUD Siti Aminah", "RSUD X yang sebelumnya dipimpin oleh dr Hendra": an
/// opener verb whose object (or, in the passive, whose subject before "yang") is a body
/// leads that body; it opens no event.
fn leads_body(ctx: &Context, inp: &Inputs, verb: Range<usize>, passive: bool) -> bool {
    if passive {
        let mut k = verb.start;
        while k > 0 && (ctx.in_list(Cue::Adverb, k - 1) || ctx.in_list(Cue::PastMarker, k - 1)) {
            k -= 1;
        }
        k > 1
            && ctx.word(k - 1) == "yang"
            && inp
                .orgs
                .mention_covering(k - 2)
                .is_some_and(|m| m.tokens.end == k - 1)
    } else {
        let mut k = verb.end;
        while ctx.in_list(Cue::Adverb, k) {
            k += 1;
        }
        inp.orgs.mention_at(k).is_some()
    }
}

/// "penandatanganan berita acara pelantikan yang dilakukan oleh X": the event word before
/// "yang" only qualifies another noun (a derived one, not itself an event word), which is
/// what the relative clause at `verb` is about; X signed, he did not inaugurate.
/// "pelanggaran netralitas yang dilakukan oleh Camat X": a pe-...-an noun nearer than any
/// event word is what the clause is about; X offended, he did not sanction.
fn modifies_other_noun(ctx: &Context, verb: usize) -> bool {
    if verb < 2 || ctx.word(verb - 1) != "yang" {
        return false;
    }
    let is_trigger = |k: usize| ctx.cues_at(k).any(|h| matches!(h.pat, CuePat::Trigger(_)));
    let other_noun = |k: usize| {
        ctx.is_word(k)
            && !ctx.is_capitalized_word(k)
            && crate::text::is_derived_noun(ctx.word(k))
            && !is_trigger(k)
    };
    let s = ctx.sentence_range(ctx.sentence_of(verb)).start;
    let Some(t) = (s.max(verb.saturating_sub(6))..verb - 1)
        .rev()
        .find(|&k| is_trigger(k) || (other_noun(k) && ctx.word(k).starts_with("pe")))
    else {
        return false;
    };
    !is_trigger(t) || (s.max(t.saturating_sub(3))..t).any(other_noun)
}

/// How far sentence `s` is from an event's sentences (sorted): sentences after the event
/// are near, sentences before it half as near.
fn events_distance(sentences: &[usize], s: usize) -> usize {
    let after = sentences.partition_point(|&x| x <= s);
    let from_before = after.checked_sub(1).map(|i| s - sentences[i]);
    let from_after = sentences.get(after).map(|&x| 2 * (x - s));
    from_before
        .into_iter()
        .chain(from_after)
        .min()
        .unwrap_or(usize::MAX)
}

/// Who performs an act verb: the person (or post holder) nearest before it in the
/// sentence, else the first after it, else the speaker of a quote in the sentence.
fn subject_person(ctx: &Context, inp: &Inputs, verb: Range<usize>) -> Option<usize> {
    let s = ctx.sentence_range(ctx.sentence_of(verb.start));
    let mut candidates: Vec<(usize, usize)> = Vec::new(); // (token, person)
    for m in super::starting_within(&inp.persons.mentions, s.clone(), |m| m.tokens.start) {
        if !ctx.in_quote(m.tokens.start) {
            candidates.push((m.tokens.start, m.person));
        }
    }
    // "Bupati Lebak melantik Nina ...": a title the article gives no name, before the verb,
    // is the subject; the person named after the verb is its object.
    let mut titled_subject = false;
    let phrases = super::within_range(&inp.positions.phrases, s.clone(), |p| p.tokens.start);
    for (p, who) in inp.positions.phrases[phrases.clone()]
        .iter()
        .zip(inp.positions.phrase_person.get(phrases).unwrap_or_default())
    {
        match who {
            Some(w) if !ctx.in_quote(p.tokens.start) => candidates.push((p.tokens.start, *w)),
            None => {
                titled_subject |= p.tokens.end <= verb.start && !is_object(ctx, p.tokens.start);
            }
            _ => {}
        }
    }
    // The subject is the first person named before the verb who is not an object
    // ("X didampingi Y saat melantik": X), else the first after it.
    candidates.retain(|(t, _)| !is_object(ctx, *t));
    // "X akan bertugas sebagai Pj Sekda setelah Wali Kota melantiknya": a verb in a clause
    // opened by a time word has its subject there, named or only titled.
    if let Some(c) = (s.start..verb.start)
        .rev()
        .find(|&k| ctx.in_list(Cue::TimeClause, k))
    {
        let in_clause = |t: usize| t > c && t < verb.start;
        if candidates.iter().any(|(t, _)| in_clause(*t)) {
            candidates.retain(|(t, _)| in_clause(*t) || *t >= verb.end);
        } else if !super::starting_within(&inp.positions.phrases, c + 1..verb.start, |p| {
            p.tokens.start
        })
        .is_empty()
        {
            return None;
        }
    }
    // "Lantaran X dianggap tepat, maka pihaknya segera melantik ...": the subject is in
    // the main clause, named or not.
    if let Some(c) = (s.start..verb.start)
        .rev()
        .find(|&k| ctx.in_list(Cue::MainClause, k) && !ctx.in_quote(k))
    {
        candidates.retain(|(t, _)| *t > c);
        if !candidates.iter().any(|(t, _)| *t < verb.start) {
            return None;
        }
    }
    let before = candidates
        .iter()
        .filter(|(t, _)| *t < verb.start)
        .min_by_key(|(t, _)| *t);
    // "X mengatakan, pihaknya memberhentikan ...": X reports what another subject did
    // (but "kata X, usai melantik ..." is X's own act).
    if let Some((t, _)) = before
        && (t + 1..verb.start).any(|k| ctx.has_cue(k, Cue::Speech))
    {
        return None;
    }
    let after = candidates
        .iter()
        .filter(|(t, _)| *t >= verb.end)
        .min_by_key(|(t, _)| *t);
    // A verb inside a quotation has its subject there too ("Kita memberhentikan ...,"
    // kata X): the speaker named after it is not the one who acted.
    if ctx.in_quote(verb.start) {
        return before.map(|(_, p)| *p);
    }
    // "Pemerintah Kabupaten Lebak memberhentikan ... sesuai arahan Mendagri X": a body
    // opening the sentence is the subject; a person named after the verb is not.
    // "..., Pemkab Lampung Utara langsung melantik X": so is a body right before the verb.
    let mut k = verb.start;
    while k > s.start && ctx.in_list(Cue::Adverb, k - 1) {
        k -= 1;
    }
    let body_subject = inp
        .orgs
        .mention_at(s.start)
        .is_some_and(|m| m.tokens.end <= verb.start)
        || (k > s.start
            && inp
                .orgs
                .mention_covering(k - 1)
                .is_some_and(|m| m.tokens.end == k && !is_object(ctx, m.tokens.start)));
    if let Some((_, p)) = before.or(after.filter(|_| !body_subject && !titled_subject)) {
        return Some(*p);
    }
    // "... ia sampaikan saat membuka ...": a pronoun subject is the last person named.
    if (s.start..verb.start).any(|i| ctx.has_cue(i, Cue::Pronoun)) {
        return inp
            .persons
            .starting_before(s.start)
            .iter()
            .rev()
            .find(|m| {
                m.tokens.end <= s.start
                    && !ctx.in_quote(m.tokens.start)
                    && !is_object(ctx, m.tokens.start)
            })
            .map(|m| m.person);
    }
    // "..., ucapnya dalam sambutan saat melantik ...": the quote's speaker.
    inp.quotes
        .quotes
        .iter()
        .find(|q| {
            let close = ctx.toks.token_at_or_after(q.span.end);
            ctx.sentence_of(close + 1) == ctx.sentence_of(verb.start)
        })
        .and_then(|q| q.speaker)
}

/// A person named right after these words is not the subject of the sentence.
fn is_object(ctx: &Context, start: usize) -> bool {
    start > 0 && ctx.in_list(Cue::ObjectMarker, start - 1)
}

/// "Pelantikan ... di ruang Pendopo Amangkurat, Jumat siang, 20 Agustus 2021 oleh Sekda X":
/// an event noun opening its sentence, then "oleh" with no verb or relative clause in
/// between (only what, where and when), names who carried the event out.
fn noun_agent(ctx: &Context, inp: &Inputs, t: &Trigger) -> Option<usize> {
    let s = ctx.sentence_range(t.sentence);
    if t.tokens.start != s.start || ctx.in_quote(t.tokens.start) {
        return None;
    }
    let verb_like = |k: usize| {
        ctx.word(k) == "yang"
            || (ctx.is_word(k)
                && !ctx.is_capitalized_word(k)
                && crate::text::has_verb_prefix(ctx.word(k)))
    };
    let oleh = (t.tokens.end..s.end.min(t.tokens.end + 40))
        .take_while(|&k| !verb_like(k))
        .find(|&k| ctx.word(k) == "oleh")?;
    agent_after(ctx, inp, oleh)
}

/// "oleh [langsung] X", or the agent right after a passive ("dibuka Sekda Sumsel, X"):
/// the person or post holder named there.
fn agent_after(ctx: &Context, inp: &Inputs, mut j: usize) -> Option<usize> {
    while ctx.in_list(Cue::Adverb, j) {
        j += 1;
    }
    // "dilantik hari ini Minggu (22/5/2022) oleh Gubernur X", "dilantik dan diambil sumpah
    // oleh X": past when it happened and a second passive verb with its object, up to "oleh".
    let mut when = j;
    if ctx.word(when) == "dan" && ctx.word(when + 1).starts_with("di") {
        when += 2;
        while when < j + 5 && ctx.is_word(when) && !ctx.is_capitalized_word(when) {
            if ctx.word(when) == "oleh" {
                break;
            }
            when += 1;
        }
    }
    loop {
        let at = when;
        if let Some(d) = super::starting_at(&inp.dates.mentions, when, |d| d.tokens.start).first() {
            when = d.tokens.end;
        } else if let Some(end) = ctx.cue_end(when, Cue::TimeWord) {
            when = end;
        }
        if when == at {
            break;
        }
    }
    if when > j && ctx.word(when) == "oleh" {
        j = when;
    }
    // "dilantik sebagai Sekda Provinsi X oleh Gubernur Y": past the post taken.
    if matches!(ctx.word(j), "sebagai" | "menjadi")
        && let Some(p) = inp.positions.phrase_starting_at(j + 1)
        && ctx.word(inp.positions.phrases[p].tokens.end) == "oleh"
    {
        j = inp.positions.phrases[p].tokens.end;
    }
    let after_oleh = ctx.past_oleh(j);
    let by = after_oleh != j;
    j = after_oleh;
    while ctx.honorific(j).is_some() || ctx.is_punct(j, ".") {
        j += 1;
    }
    // "dilantik Hendra Kurniawan sebagai Sekretaris Dinas ...": a name right after the verb,
    // without "oleh", that takes a post is who the event is about.
    let takes_post = |end: usize| !by && matches!(ctx.word(end), "sebagai" | "menjadi");
    if let Some(m) = inp.persons.mention_covering(j) {
        return (!takes_post(m.tokens.end)).then_some(m.person);
    }
    inp.positions.person_at(j)
}
