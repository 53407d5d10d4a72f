//! Descriptions that never found their name. Attribution resolves `der Vorsitzende`
//! against the people named shortly before it, so a description that comes first (a
//! headline's `Berliner Grünen-Chef attackiert die SPD: „…“`, with Werner Graf named
//! only in the body) or long after (`so der JVP-Obmann`) can be left a speaker of its
//! own. Once the whole text is read, such a description goes to the one named speaker
//! whose role it fits; with none or several, it stays as it is.

use super::attribute::Attribution;
use super::lang::Lexicon;
use super::speakers::{Entity, Registry};

/// Redirects each speaking description without a name to the one named speaker whose
/// role nouns it fits.
pub fn merge_into_named(reg: &mut Registry, out: &[Attribution], lex: &Lexicon) {
    let mut spoken: Vec<usize> = Vec::new();
    for e in out.iter().filter_map(|a| a.entity) {
        let e = reg.canonical(e);
        if !spoken.contains(&e) {
            spoken.push(e);
        }
    }
    let named: Vec<usize> = spoken
        .iter()
        .copied()
        .filter(|&e| {
            let ent = &reg.entities[e];
            !ent.org && !ent.term && !ent.keys.is_empty() && ent.token_count() >= 2
        })
        .collect();
    if named.is_empty() {
        return;
    }
    for &d in &spoken {
        let Some(head) = orphan_head(reg, d, lex) else {
            continue;
        };
        let mut fitting = named
            .iter()
            .copied()
            .filter(|&p| fits(&reg.entities[p], &head, lex));
        if let (Some(p), None) = (fitting.next(), fitting.next()) {
            reg.redirect(d, p);
        }
    }
}

/// The role noun, lower case, of entity `d` when it is a description that names no one
/// (`JVP-Obmann` → `obmann`): no body, no name's keys, not `ein Sprecher`.
fn orphan_head(reg: &Registry, d: usize, lex: &Lexicon) -> Option<String> {
    let ent = &reg.entities[d];
    if ent.org || ent.term || !ent.keys.is_empty() || reg.is_indefinite(d) {
        return None;
    }
    let last = ent.name.split_whitespace().last()?.to_lowercase();
    let head = last.rsplit('-').next().unwrap_or(&last).to_string();
    lex.is_role(&last).then_some(head)
}

/// Whether person `p` holds a role noun that description head `head` names
/// (`obmann` fits `bundesobmann`), of no other gender.
fn fits(p: &Entity, head: &str, lex: &Lexicon) -> bool {
    const MIN_STEM: usize = 4;
    if let (Some(g), Some(r)) = (p.gender, lex.role_gender(head)) {
        if g != r {
            return false;
        }
    }
    lex.stems(head)
        .filter(|s| s.chars().count() >= MIN_STEM)
        .any(|s| {
            p.role_heads
                .iter()
                .any(|x| x.ends_with(s) || s.ends_with(x.as_str()))
        })
}
