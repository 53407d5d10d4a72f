//! Descriptions that never found their name. Attribution resolves `der Vorsitzende`
//! against the people named shortly before it, so a description that comes first (a
//! headline's `Berliner Grünen-Chef attackiert die SPD: „…“`, with Werner Graf named
//! only in the body) or long after (`so der JVP-Obmann`) can be left a speaker of its
//! own. Once the whole text is read, such a description goes to the one named speaker
//! whose role it fits, modifiers and all; with none or several, it stays as it is.

use super::attribute::Attribution;
use super::lang::{Lexicon, Referent};
use super::speakers::{Entity, Registry};
use std::collections::HashSet;

/// Redirects each speaking description without a name to the one named speaker whose
/// role it fits. One pass over the quotes, then one over the speakers per orphan:
/// orphans are few, and a text names few speakers.
pub fn merge_into_named(reg: &mut Registry, out: &[Attribution], lex: &Lexicon) {
    let mut seen = HashSet::new();
    let spoken: Vec<usize> = out
        .iter()
        .filter_map(|a| a.entity)
        .map(|e| reg.canonical(e))
        .filter(|&e| seen.insert(e))
        .collect();
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
    let indefinite = reg.indefinite_ids();
    for &d in &spoken {
        let Some(role) = orphan_role(reg, d, &indefinite, lex) else {
            continue;
        };
        let mut fitting = named
            .iter()
            .copied()
            .filter(|&p| fits(&reg.entities[p], &role, lex));
        match (fitting.next(), fitting.next()) {
            (Some(p), None) => reg.redirect(d, p),
            (None, _) => {
                if let Some(p) = only_woman(reg, &named, &role, lex)
                    .or_else(|| only_head(reg, &named, &role, lex))
                {
                    reg.redirect(d, p);
                }
            }
            _ => {}
        }
    }
}

/// A description's role noun and its modifiers, lower case (`Berliner Grünen-Chef` →
/// `chef` with `berliner`, `grünen`).
struct Role {
    head: String,
    mods: Vec<String>,
    /// Whether a modifier stands as a word of its own (`der Wiener Bürgermeister`), not
    /// only as the front of the role's compound (`Wirtschaftskammer-Präsident`).
    separate_mods: bool,
}

/// The role of entity `d` when it is a description that names no one: no body, no
/// name's keys, not `ein Sprecher` (each of whom is someone else).
fn orphan_role(
    reg: &Registry,
    d: usize,
    indefinite: &HashSet<usize>,
    lex: &Lexicon,
) -> Option<Role> {
    let ent = &reg.entities[d];
    if ent.org || ent.term || !ent.keys.is_empty() || indefinite.contains(&d) {
        return None;
    }
    let words: Vec<String> = ent.name.split_whitespace().map(str::to_lowercase).collect();
    let (last, before) = words.split_last()?;
    if !lex.is_role(last) {
        return None;
    }
    let mut parts: Vec<&str> = last.split('-').collect();
    let head = parts.pop()?.to_string();
    let separate_mods = !before.is_empty();
    let mods = before
        .iter()
        .map(String::as_str)
        .chain(parts)
        .filter(|m| !m.is_empty())
        .map(str::to_string)
        .collect();
    Some(Role {
        head,
        mods,
        separate_mods,
    })
}

/// Whether person `p` holds the role: a role noun the description's head names
/// (`obmann` fits `bundesobmann`), every modifier among the person's (`jvp` in
/// `JVP-Bundesobmann`; `FPÖ-Chef` is not `Parteichef Babler` of the SPÖ), and no
/// other gender.
fn fits(p: &Entity, role: &Role, lex: &Lexicon) -> bool {
    const MIN_STEM: usize = 4;
    if let (Some(g), Some(r)) = (p.gender, lex.role_gender(&role.head)) {
        if g != r {
            return false;
        }
    }
    let head = lex
        .stems(&role.head)
        .filter(|s| s.chars().count() >= MIN_STEM)
        .any(|s| {
            p.role_heads
                .iter()
                .any(|x| x.ends_with(s) || s.ends_with(x.as_str()))
        });
    let has_mod = |m: &str| {
        lex.stems(m).any(|s| {
            p.role_mods.iter().any(|x| x == s || x.starts_with(s))
                || p.role_heads.iter().any(|x| x.starts_with(s))
        })
    };
    head && role.mods.iter().all(|m| has_mod(m))
}

/// `WKÖ-Präsident Leo Maderthaner …, betonte der Wirtschaftskammer-Präsident`: a text
/// names a body by its short and its long name, so when no named speaker holds the role
/// with the front of its compound, the one speaker whose role has its head holds it. Not
/// where a modifier is a party (`der FPÖ-Chef`, `der Grünen-Chef` are not `SPÖ-Chef
/// Babler`), nor where a word of its own meets the speaker's own other modifiers (`der
/// Wiener Bürgermeister` is not `der Grazer Bürgermeister Siegfried Nagl`).
fn only_head(reg: &Registry, named: &[usize], role: &Role, lex: &Lexicon) -> Option<usize> {
    let party = |m: &String| {
        lex.party_short_names
            .iter()
            .any(|p| m.starts_with(p.as_str()) || p.starts_with(m.as_str()))
    };
    let bare = Role {
        head: role.head.clone(),
        mods: Vec::new(),
        separate_mods: false,
    };
    // (`Kärntner` is `Kärntens`, `Grünen` is `Grünen`: a word's stem of four letters.)
    const STEM: usize = 4;
    let akin = |a: &str, b: &str| {
        a.chars().count() >= STEM && a.chars().take(STEM).eq(b.chars().take(STEM))
    };
    // (`Der Landeschef der Berliner Grünen, Werner Graf`: or its role's words after it.)
    let has_mod = |ent: &Entity, m: &str| {
        ent.role_mods.iter().any(|x| akin(m, x))
            || ent
                .role
                .as_deref()
                .is_some_and(|r| r.split_whitespace().any(|w| akin(m, &w.to_lowercase())))
    };
    // (A party the speaker's role does not name, or a word of its own next to other
    // modifiers of the speaker's, sets the two apart.)
    let mut fitting = named.iter().copied().filter(|&p| {
        let ent = &reg.entities[p];
        // (Only a speaker whose role names a party: `Werner Graf` with none may be the
        // Grünen's.)
        let fronts = ent
            .role_heads
            .iter()
            .filter_map(|h| h.rsplit_once('-').map(|(f, _)| f.to_string()));
        let in_party = ent
            .role_mods
            .iter()
            .cloned()
            .chain(fronts)
            .any(|x| party(&x));
        let other_party = in_party
            && role.mods.iter().any(|m| {
                party(m) && !has_mod(ent, m) && !ent.role_heads.iter().any(|h| akin(m, h))
            });
        let other_mods = role.separate_mods
            && !ent.role_mods.is_empty()
            && !role.mods.iter().any(|m| has_mod(ent, m));
        fits(ent, &bare, lex) && !other_party && !other_mods
    });
    match (fitting.next(), fitting.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}

/// `Obwohl von der Bundes-SPD gefeiert, steht für Hannelore Kraft …, sagte die
/// Düsseldorfer Ministerpräsidentin`: a female role no named speaker holds, in a text
/// whose speakers name one woman, is hers (a masculine role may be generic, and men are
/// named more often).
fn only_woman(reg: &Registry, named: &[usize], role: &Role, lex: &Lexicon) -> Option<usize> {
    // (Only a role made female by its ending: `Mutter` is no office.)
    let female = lex.role_gender(&role.head) == Some(Referent::Female)
        && lex.listed_role_gender(&role.head).is_none();
    if !female {
        return None;
    }
    // (A woman the text gives another office holds that one, not this.)
    let mut women = named.iter().copied().filter(|&p| {
        let ent = &reg.entities[p];
        ent.gender == Some(Referent::Female) && ent.role_heads.is_empty()
    });
    match (women.next(), women.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}
