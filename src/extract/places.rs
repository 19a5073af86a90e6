//! Venues: "di Ruang Bupati OKI", "bertempat di Gedung Pendopo Wali Kota Bontang",
//! "di Hotel Millenium". A venue is a head word from `places.txt` followed by a proper
//! name; written after a place preposition, or capitalised on its own.

use super::orgs::Orgs;
use super::regions::Regions;
use super::{Context, Place};
use crate::lexicon::{Cue, CuePat};
use crate::text::is_capitalized;
use std::collections::HashMap;
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct PlaceMention {
    pub tokens: Range<usize>,
    pub place: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Places {
    pub places: Vec<Place>,
    pub mentions: Vec<PlaceMention>,
}

impl Places {
    /// Whether token `i` lies inside a venue's name after its first word ("Bupati" in
    /// "Aula Kantor Bupati Lahat").
    pub fn inside(&self, i: usize) -> bool {
        super::near(&self.mentions, i, |m| m.tokens.start)
            .iter()
            .any(|m| m.tokens.start < i && i < m.tokens.end)
    }
}

/// Day and month names end a venue name ("di Aula X, Senin").
fn is_calendar_word(w: &str) -> bool {
    super::dates::month_number(w).is_some()
        || matches!(
            w.to_lowercase().as_str(),
            "senin"
                | "selasa"
                | "rabu"
                | "kamis"
                | "jumat"
                | "jum'at"
                | "sabtu"
                | "minggu"
                | "ahad"
        )
}

pub fn find(ctx: &Context, regions: &Regions, orgs: &Orgs) -> Places {
    let mut out = Places::default();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let n = ctx.toks.len();
    let mut i = 0;
    while i < n {
        let Some(head_end) = ctx
            .cues_at(i)
            .filter(|h| h.pat == CuePat::Cue(Cue::PlaceHead))
            .map(|h| h.tokens.end)
            .max()
        else {
            i += 1;
            continue;
        };
        // "Kepala Kantor Regional II BKN", "Kepala Kantor Pertanahan", "Kepala Sekolah
        // Taman Kanak-Kanak": a body's name or a title's unit, not a venue.
        let in_title = (i.saturating_sub(4)..=i).any(|s| {
            ctx.cues_at(s).any(|h| {
                matches!(h.pat, CuePat::Role(_))
                    && h.tokens.start < i
                    && i <= h.tokens.end + 1
                    && (h.tokens.end..i).all(|k| ctx.is_capitalized_word(k))
            })
        });
        if in_title || orgs.mention_covering(i).is_some() {
            i = head_end;
            continue;
        }
        let after_lead = ctx.cue_ending_at(i, Cue::PlaceLead).is_some();
        let head_capital = is_capitalized(ctx.word(i));
        if !(after_lead || head_capital) {
            i += 1;
            continue;
        }
        // The name: capitalised words, acronyms, numbers, and the organizations, regions
        // and titles inside it ("Pendopo Wali Kota Bontang", "Assessment Center BKPP OKI").
        let mut j = head_end;
        let mut end = head_end;
        while j < n && j - i < 12 {
            if let Some(m) = orgs.mention_at(j) {
                j = m.tokens.end;
                end = j;
            } else if let Some(c) = regions.candidate_at(j) {
                j = c.tokens.end;
                end = j;
            } else if (ctx.is_capitalized_word(j) && !is_calendar_word(ctx.word(j)))
                || ctx.is_upper_word(j)
                || (ctx.kind(j) == Some(crate::text::TokKind::Number) && end == j)
            {
                j += 1;
                end = j;
            } else if matches!(ctx.word(j), "dan" | "&") && ctx.is_capitalized_word(j + 1) {
                j += 1;
            } else {
                break;
            }
        }
        if end == head_end {
            i = head_end;
            continue;
        }
        let raw = ctx.text(i..end);
        let mut name = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        if let Some(f) = chars.next() {
            name.extend(f.to_uppercase());
            name.extend(chars);
        }
        let region = (i..end)
            .find_map(|k| {
                regions
                    .candidate_at(k)
                    .and_then(|c| regions.resolve_at(ctx, c.tokens.start, None))
                    .map(|(_, r)| r)
            })
            .or(regions.dominant);
        let idx = match by_name.get(&name) {
            Some(&p) => p,
            None => {
                by_name.insert(name.clone(), out.places.len());
                out.places.push(Place { name, region });
                out.places.len() - 1
            }
        };
        out.mentions.push(PlaceMention {
            tokens: i..end,
            place: idx,
            sentence: ctx.sentence_of(i),
        });
        i = end;
    }
    out
}
