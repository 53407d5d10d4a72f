//! Definite and indefinite descriptions and documents: the author of a statement or report,
//! bodies a description or generic noun means (`the ministry`, `the company`), descriptions
//! that wait for a later name (`the judge` … `Judge Alan Whitcombe`), demonstratives, and the
//! pronoun and description resolvers over the recent mentions. Grouped as the resolution of
//! mentions that are not names.

use super::resolve::{fits, role_matches};
use super::*;

impl Attributor<'_> {
    /// `a statement by the ministry`, `a warning from the centre`: the body or person
    /// named right after the text by an agent or affiliation word.
    pub(super) fn document_author(&mut self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        let mut end = s.mentions[m].toks.end;
        // `a statement issued by the ministry`: an issuing participle may come between.
        if s.tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.issue_verbs.contains(w))
        {
            end += 1;
        }
        let link = s
            .tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.agent.contains(w) || self.lex.affiliation.contains(w));
        // (`A statement in Washington said`: a place is where, not who; only a body's
        // name after `in` is the publication.)
        let published = s
            .tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.publication_prepositions.contains(w));
        // `One post by him read, “…”`: an object pronoun after the link is the author.
        let pronoun = s
            .tokens
            .get(end + 1)
            .and_then(Token::lower)
            .and_then(|w| self.lex.object_pronouns.get(w));
        if let Some(refs) = pronoun.filter(|_| link) {
            return self.resolve_pronoun(refs, &s.subjects);
        }
        let next = s.mentions.get(m + 1)?;
        // `a statement on Amaury's website`: the owner of the place it was put up.
        let venue = s
            .tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.venue_prepositions.contains(w))
            && next.kind == MentionKind::Name
            && s.tokens[next.toks.end - 1]
                .lower()
                .is_some_and(|w| self.lex.venue_nouns.contains(w));
        if venue && next.toks.start == end + 1 {
            return self.resolve(s, m + 1);
        }
        let author = matches!(
            next.kind,
            MentionKind::Name | MentionKind::Description { org: true, .. }
        );
        if next.toks.start != end + 1 || !author {
            None
        } else if link {
            self.resolve(s, m + 1)
        } else if published {
            let press = s.tokens[s.mentions[m].toks.end - 1]
                .lower()
                .is_some_and(|w| self.lex.press_texts.contains(w));
            self.resolve(s, m + 1).filter(|&e| {
                let ent = &self.reg.entities[e];
                ent.org || (press && ent.may_be_org())
            })
        } else {
            None
        }
    }

    /// `Die Erklärung`, `the statement`: the body that spoke last, else the last named.
    /// `In a statement released later, Smith said …` ⏎ `“…,” the statement said`: the
    /// speaker of a sentence naming a text in this or the previous paragraph comes first.
    pub(super) fn resolve_definite_document(
        &mut self,
        s: &Sentence<'_>,
        m: usize,
    ) -> Option<usize> {
        // (`a new World Bank report` … `the report stated`: the author named with that
        // noun comes first.)
        let noun = s.tokens[s.mentions[m].toks.end - 1].lower();
        let authored = self
            .text_author
            .as_ref()
            .filter(|(_, w)| noun == Some(w.as_str()))
            .map(|&(e, _)| e);
        let e = authored
            .or_else(|| self.recent_issuer())
            .or_else(|| self.org_speakers.iter().next())
            .or_else(|| self.org_subjects.iter().next())
            .or_else(|| self.orgs.iter().next())?;
        let whole = self.with_article(s, m);
        self.reg.add_form(e, &whole);
        Some(e)
    }

    /// Who put out the text a sentence of this or the previous paragraph named.
    pub(super) fn recent_issuer(&self) -> Option<usize> {
        self.doc_issuer
            .filter(|&(_, p)| p + 1 >= self.paras)
            .map(|(e, _)| e)
    }

    /// `the ministry`: a body with that word in its name; `das Unternehmen`, `the
    /// company`: the body (or bare name such as `Amazon`) the text last spoke of.
    pub(super) fn resolve_org_description(&self, head: &str) -> Option<usize> {
        let found = self.org_with_noun(head);
        // (`Airline cancels hundreds of flights` ⏎ `SkyJet cancelled …` ⏎ `the airline
        // said`: a headline's bare noun is no name; the firm the text named goes first.)
        let bare = found.is_some_and(|e| {
            let name = self.reg.entities[e].name.to_lowercase();
            self.lex.spellings(head).any(|h| name == h)
        });
        if bare {
            return self.recent_firm(head).or(found);
        }
        found
    }

    /// The body with `head` in its name or role, else (for a generic noun) the one the
    /// text last spoke of.
    fn org_with_noun(&self, head: &str) -> Option<usize> {
        self.orgs
            .iter()
            .find(|&e| {
                // A word of the name, not part of one (`the court` is no `Courthouse`;
                // German compounds end with the noun: `Landgericht` is `das Gericht`).
                let name = self.reg.entities[e].name.to_lowercase();
                self.lex.spellings(head).any(|h| {
                    name.split_whitespace().any(|w| {
                        let plural = w.starts_with(h) && w.len() <= h.len() + 2;
                        w == h || plural || (self.lex.capitalised_nouns && w.ends_with(h))
                    })
                })
            })
            // `Premier League club Westbridge United` ⏎ `the club`: the body named with
            // that noun before its name.
            .or_else(|| {
                self.orgs
                    .iter()
                    .find(|&e| self.reg.entities[e].role_heads.iter().any(|h| h == head))
            })
            .or_else(|| {
                let generic = self
                    .lex
                    .generic_orgs
                    .iter()
                    .any(|g| head.contains(g.as_str()));
                // A description (`one worker`) has no name keys: it is nobody's firm.
                // (Nor is a people, `Palestinians`, that called for a boycott.)
                let firm_head = self
                    .lex
                    .firm_nouns
                    .iter()
                    .any(|f| head.contains(f.as_str()));
                let firm = |e: usize| {
                    let ent = &self.reg.entities[e];
                    ent.spoke
                        && (ent.org || (ent.may_be_org() && !ent.keys.is_empty()))
                        && !(firm_head && self.lex.is_people_plural(&ent.name))
                };
                generic
                    .then(|| self.topics.iter().find(|&e| firm(e)))
                    .flatten()
            })
    }

    /// `Boeing Co. cut 500 jobs.` ⏎ `the company said`: failing a firm that spoke, a bare
    /// generic noun means the last body named as a firm, or the body or bare name that
    /// opened the sentence before (`Siemens cut 500 jobs.`). (A description with words of
    /// its own, `Spain’s national weather agency`, is a body of its own.)
    pub(super) fn recent_firm(&self, head: &str) -> Option<usize> {
        let generic = self
            .lex
            .generic_orgs
            .iter()
            .any(|g| head.contains(g.as_str()));
        if !generic {
            return None;
        }
        let company = |e: usize| {
            let ent = &self.reg.entities[e];
            ent.org
                && ent.name.split_whitespace().last().is_some_and(|w| {
                    let w = w.trim_end_matches('.').to_lowercase();
                    self.lex.company_suffixes.contains(w.as_str())
                })
        };
        // (A description, `one worker`, has no name keys: it is nobody's firm.)
        let named = |e: usize| !self.reg.entities[e].keys.is_empty();
        // `The EPA fined Acme.` ⏎ `the company said`: a firm is no body named by an
        // acronym or by another kind of body's noun (`Environmental Protection Agency`).
        let firm_head = self
            .lex
            .firm_nouns
            .iter()
            .any(|f| head.contains(f.as_str()));
        let may_be_firm = |e: usize| {
            let name = &self.reg.entities[e].name;
            let acronym = name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
            let other_body = name.split_whitespace().last().is_some_and(|w| {
                let w = w.trim_end_matches('.').to_lowercase();
                self.lex.is_org_word(&w, true) && !self.lex.company_suffixes.contains(w.as_str())
            });
            !firm_head || !(acronym || other_body)
        };
        self.orgs
            .iter()
            .find(|&e| company(e))
            // `The National Weather Service warned …` ⏎ `the agency said`.
            .or(self
                .prev_org_subject
                .filter(|&e| named(e) && may_be_firm(e)))
            .or(self.prev_bare_subject.filter(|&e| named(e)))
            // `According to a statement from the Civil Aviation Authority, …` ⏎ `The
            // regulator said`: the last named body that has spoken.
            .or_else(|| {
                self.orgs
                    .iter()
                    .find(|&e| named(e) && may_be_firm(e) && self.reg.entities[e].spoke)
            })
    }

    /// A description that refers to nobody known becomes a speaker of its own: a definite
    /// one under its words without article, waiting for a name with its role; an
    /// indefinite one (`a spokesman`) once per document.
    pub(super) fn register_unresolved(
        &mut self,
        s: &Sentence<'_>,
        m: usize,
        definite: bool,
        org: bool,
        mods: Vec<String>,
        head: Option<String>,
    ) -> usize {
        let e = self.register_unresolved_form(s, m, definite, org, mods, head);
        // `The US federal National Transportation Safety Board (NTSB)`: the acronym in
        // brackets after a body's description is that body.
        let end = s.mentions[m].toks.end;
        let bracketed = org
            && s.tokens.get(end).is_some_and(|t| t.is_punct("("))
            && s.tokens.get(end + 2).is_some_and(|t| t.is_punct(")"));
        let acronym = s
            .mentions
            .get(m + 1)
            .filter(|a| bracketed && a.kind == MentionKind::Name && a.toks == (end + 1..end + 2))
            .and_then(|a| a.entity);
        if let Some(a) = acronym {
            self.reg.redirect(a, e);
        }
        e
    }

    /// Registers the description itself, as an indefinite or a definite one.
    fn register_unresolved_form(
        &mut self,
        s: &Sentence<'_>,
        m: usize,
        definite: bool,
        org: bool,
        mods: Vec<String>,
        head: Option<String>,
    ) -> usize {
        let mention = &s.mentions[m];
        let form = self.text.get(mention.text.clone()).unwrap_or("");
        let gender = self.description_gender(s, m).filter(|_| !org);
        // `A Pentagon statement said`: a body's proper name is the body, whatever the
        // article before the text (German capitalises every noun: `eine Firma` is some firm).
        let proper_body = org
            && !self.lex.capitalised_nouns
            && form.chars().next().is_some_and(char::is_uppercase);
        if !definite && !proper_body {
            // `Thomas' sister pleaded with him, but he replied`: a kinship word's gender
            // keeps a pronoun of the other one off an indefinite description too.
            // (`laut einem Polizeisprecher`: an article in another case than the subject's
            // is left out of the name, as a definite one is.)
            let oblique = s.tokens[mention.toks.start].lower().is_some_and(|w| {
                self.lex.object_dets.contains(w) || self.lex.genitive_articles.contains(w)
            });
            let whole = if oblique && mention.toks.len() > 1 {
                form.to_string()
            } else {
                self.with_article(s, m)
            };
            let e = self.reg.register_indefinite(&whole, org);
            let head = mention
                .toks
                .end
                .checked_sub(1)
                .and_then(|t| s.tokens[t].lower());
            let kin = head.and_then(|w| self.lex.listed_role_gender(w));
            // `executives spoke of …` ⏎ `he said`: a group is only ever `they`, which
            // stands for bodies and groups alike.
            let group = (!org && self.plural_description(s, m)).then_some(Referent::Org);
            if let Some(ent) = self.reg.entities.get_mut(e) {
                ent.gender = ent.gender.or(group).or(kin.filter(|_| !org));
            }
            return e;
        }
        let after_genitive = s.tokens[mention.toks.start]
            .lower()
            .is_some_and(|w| self.lex.genitive_articles.contains(w));
        let form = if org {
            self.lex.org_name_nominative(form, after_genitive)
        } else if after_genitive {
            // `Erklärung des Generalsekretärs`: the role is named as the nominative.
            let det = s.tokens[mention.toks.start].lower();
            crate::extract::names::nominative_role(form, det, self.lex)
        } else {
            form.to_string()
        };
        // `The villagers were driven from their land` ⏎ `“…,” he said.`: a group is only
        // ever `they`.
        let group = (!org && self.plural_description(s, m)).then_some(Referent::Org);
        let e = self.reg.register_description(&form, org);
        if let Some(ent) = self.reg.entities.get_mut(e) {
            ent.gender = group.or(gender);
        }
        if let (false, Some(h)) = (org, head) {
            self.wait_for_name(e, mods, h);
        }
        e
    }

    /// `„…“, sagte der Bundeskanzler.` … `„…“, so der Bundeskanzler.`: a role that
    /// described someone the text has not named yet describes the same person again,
    /// before whoever the sentence before was about (`Trump habe …`).
    pub(super) fn pending_description(&self, mods: &[String], head: Option<&str>) -> Option<usize> {
        let head = head?;
        let deputy = |w: &str| {
            self.lex
                .deputy_words
                .iter()
                .any(|d| w.starts_with(d.as_str()))
        };
        self.pending.iter().rev().find_map(|(e, pmods, phead)| {
            let same_role = phead == head
                || ((phead.ends_with(head) || head.ends_with(phead.as_str()))
                    && deputy(phead) == deputy(head));
            let clash =
                !mods.is_empty() && !pmods.is_empty() && !mods.iter().any(|m| pmods.contains(m));
            // (`astronomers` are a group, `the astronomer` one of them.)
            let group =
                self.reg.entities[*e].org || self.reg.entities[*e].gender == Some(Referent::Org);
            (same_role && !clash && !group).then_some(*e)
        })
    }

    /// Lets description `e` wait for a later name with its role (see `pending`).
    pub(super) fn wait_for_name(&mut self, e: usize, mods: Vec<String>, head: String) {
        self.pending.push_back((e, mods, head));
        if self.pending.len() > WINDOW {
            self.pending.pop_front();
        }
    }

    /// The gender a description at mention `m` states: its role noun's (`die Zeugin`,
    /// `the spokeswoman`), else its article's (`der Zeuge`).
    pub(super) fn description_gender(&self, s: &Sentence<'_>, m: usize) -> Option<Referent> {
        let toks = &s.mentions[m].toks;
        let word = |t: usize| s.tokens.get(t).and_then(Token::lower);
        let head = toks.end.checked_sub(1).and_then(word);
        head.and_then(|w| self.lex.role_gender(w)).or_else(|| {
            word(toks.start)
                .is_some_and(|d| self.lex.masculine_articles.contains(d))
                .then_some(Referent::Male)
        })
    }

    /// The organisation an indefinite description at mention `m` is tied to by an
    /// affiliation word (`a spokesman for the ministry`, `ein Sprecher des Ministeriums`).
    pub(super) fn affiliated_org(&mut self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        // `Gegner der Partei`, `critics of the plan`: a group named without an article
        // speaks for itself, not for the body it is defined by.
        let led = s
            .tokens
            .get(s.mentions[m].toks.start)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.determiners.contains(w) || self.lex.object_dets.contains(w));
        let end = s.mentions[m].toks.end;
        // (`representatives from the Health Ministry`: those who act for a body do so
        // without an article too.)
        let representative = s.tokens[end - 1]
            .lower()
            .is_some_and(|w| self.lex.representative_roles.contains(w));
        if !led && !representative {
            return None;
        }
        // `a resident at the station`: someone who speaks for themselves.
        let private = s.tokens[end - 1]
            .lower()
            .is_some_and(|w| self.lex.is_private_role(w));
        if private {
            return None;
        }
        let link = s
            .tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.affiliation.contains(w));
        // `a spokesperson for them`: the body this sentence, else the one before, named.
        let body_pronoun = link
            && s.tokens
                .get(end + 1)
                .and_then(Token::lower)
                .and_then(|w| self.lex.object_pronouns.get(w))
                .is_some_and(|refs| refs.contains(&Referent::Org));
        if body_pronoun {
            return s.mentions[..m]
                .iter()
                .rev()
                .filter_map(|x| x.entity)
                .find(|&e| self.reg.entities[e].org)
                .or(self.prev_org_subject)
                .or(self.prev_org);
        }
        let next = s.mentions.get(m + 1)?;
        if !link || !(next.toks.start == end || next.toks.start == end + 1) {
            return None;
        }
        match next.kind {
            MentionKind::Name => next.entity.filter(|&e| {
                let ent = &self.reg.entities[e];
                ent.org || ent.may_be_org()
            }),
            MentionKind::Description {
                org: true,
                definite: true,
                ..
            } => self.resolve(s, m + 1),
            _ => None,
        }
    }

    pub(super) fn demonstrative(&self, s: &Sentence<'_>, m: usize) -> bool {
        s.tokens[s.mentions[m].toks.start]
            .lower()
            .is_some_and(|w| self.lex.demonstrative_pronouns.contains_key(w))
    }

    /// `… seit der Amtseinführung von John F. Kennedy an. Dieser hatte über sie gesagt`:
    /// the last person named before, in this sentence or the one before, whom the
    /// gender fits; the topic (`Thomas`) is what a personal pronoun would mean instead.
    pub(super) fn resolve_demonstrative(
        &self,
        s: &Sentence<'_>,
        m: usize,
        refs: &[Referent],
    ) -> Option<usize> {
        let fits = |e: &usize| fits(&self.reg.entities[*e], refs);
        s.mentions[..m]
            .iter()
            .rev()
            .filter(|x| x.kind == MentionKind::Name)
            .filter_map(|x| x.entity)
            .filter(|&e| self.reg.entities[e].person_like())
            .find(fits)
            .or_else(|| self.prev_persons.iter().rev().copied().find(fits))
    }

    pub(super) fn resolve_pronoun(
        &self,
        refs: &[Referent],
        in_sentence: &[usize],
    ) -> Option<usize> {
        // (`Obama urged Americans to … He said`: a people in the plural is no `he`.)
        let person = refs.contains(&Referent::Male) || refs.contains(&Referent::Female);
        let fits = |e: usize| {
            let ent = &self.reg.entities[e];
            fits(ent, refs) && !(person && self.lex.is_people_plural(&ent.name))
        };
        // `Sandra Bell apologized in a statement. “…,” it read.`: `it` right after a
        // sentence naming a text is that text, which speaks for whoever put it out.
        let text = refs.iter().all(|r| *r == Referent::Org)
            && in_sentence.is_empty()
            && self.doc_sentence + 1 == self.sentence_serial;
        if let Some((e, _)) = self.doc_issuer.filter(|_| text) {
            return Some(e);
        }
        in_sentence
            .iter()
            .rev()
            .copied()
            .find(|&e| fits(e))
            .or_else(|| {
                refs.contains(&Referent::Org)
                    .then_some(self.prev_org_subject)
                    .flatten()
            })
            .or_else(|| self.prev_oblique.iter().rev().copied().find(|&e| fits(e)))
            .or_else(|| {
                let subject = &self.prev_subject_refs;
                if subject.is_empty() || subject.iter().any(|r| refs.contains(r)) {
                    return None;
                }
                let sure = |e: &usize| {
                    self.reg.entities[*e]
                        .gender
                        .is_some_and(|g| refs.contains(&g))
                };
                self.prev_objects.iter().copied().find(sure)
            })
            .or_else(|| {
                let person = refs.contains(&Referent::Male) || refs.contains(&Referent::Female);
                self.spokes_body
                    .filter(|&(_, n)| person && n + 1 == self.sentence_serial)
                    .map(|(e, _)| e)
            })
            // A person of the other known gender is skipped; unknown gender fits both.
            // (`When a reporter asked …, Ms. Vasquez turned to Mr. Haskins. “…,” he said.`:
            // an unnamed person of unknown gender gives way to someone the sentence before
            // named whom the pronoun's gender fits for certain.)
            .or_else(|| {
                let first = self.topics.iter().find(|&e| fits(e))?;
                let ent = &self.reg.entities[first];
                let unnamed = ent.gender.is_none() && ent.name.starts_with(char::is_lowercase);
                if !unnamed {
                    return Some(first);
                }
                let sure = |e: &usize| {
                    self.reg.entities[*e]
                        .gender
                        .is_some_and(|g| refs.contains(&g))
                };
                let mut certain = self.prev_persons.iter().copied().filter(sure);
                let only = match (certain.next(), certain.next()) {
                    (Some(e), None) => Some(e),
                    _ => None,
                };
                const NEAR: usize = 3;
                only.or_else(|| self.topics.iter().take(NEAR).find(sure))
                    .or(Some(first))
            })
            // `A statement by the Campaign was posted. It said …`: a body the sentence
            // before named, though never as a subject, is what `it` means.
            .or_else(|| {
                refs.contains(&Referent::Org)
                    .then_some(self.prev_org)
                    .flatten()
            })
    }

    /// `der russische Staatschef` → the recent person whose role shares the most
    /// words with it; a person whose role modifiers all differ (`chinesisch`) is excluded.
    pub(super) fn resolve_description(
        &self,
        this_sentence: &[usize],
        mods: &[String],
        head: Option<&str>,
    ) -> Option<usize> {
        // On a tie of roles, someone already quoted beats someone only mentioned
        // (`so der Kanzler` after `an die Ansprache von Bundeskanzler Figl` is the
        // chancellor who is speaking).
        let mut best: Option<(usize, (usize, bool))> = None;
        let recent = this_sentence
            .iter()
            .copied()
            .filter(|&e| !self.reg.entities[e].org);
        let generic = head.is_some_and(|h| self.lex.generic_role_heads.contains(h));
        // `the 83-year-old acknowledged`: an age alone describes the person the text is
        // about.
        // (`the 19-year old says`: the age written in two words.)
        let split_age = match (mods, head) {
            ([m], Some(h)) => self.lex.is_age_noun(&format!("{m}-{h}")),
            _ => false,
        };
        if (mods.is_empty() && head.is_some_and(|h| self.lex.is_age_noun(h))) || split_age {
            let person = |e: &usize| self.reg.entities[*e].person_like();
            // (`Johanna hat kaum geschlafen. „…“, erzählt die 14-Jährige`: a bare given
            // name opening the sentence before is that person.)
            return this_sentence
                .iter()
                .copied()
                .find(person)
                .or(self.prev_bare_subject.filter(|&e| {
                    let name = self.reg.entities[e].name.to_lowercase();
                    self.lex.first_name_gender(&name).is_some()
                }))
                .or_else(|| self.persons.iter().find(person))
                .or_else(|| self.topics.iter().find(person));
        }
        // `den Vizeminister` is `den stellvertretenden Außenminister Saizew`: a deputy's
        // role compound is matched without its prefix against a deputy's role.
        let marked = |w: &str| {
            self.lex
                .deputy_words
                .iter()
                .any(|d| w.starts_with(d.as_str()))
        };
        let bare_head = head.and_then(|h| {
            self.lex.deputy_words.iter().find_map(|d| {
                h.strip_prefix(d.as_str())
                    .filter(|r| r.chars().count() >= 4)
            })
        });
        for e in recent.chain(self.persons.iter()) {
            if self.deputy_mismatch(&self.reg.entities[e], mods, head) {
                continue;
            }
            let ent = &self.reg.entities[e];
            let deputy =
                ent.role_mods.iter().any(|m| marked(m)) || ent.role_heads.iter().any(|h| marked(h));
            let head = bare_head.filter(|_| deputy).or(head);
            let Some(score) = role_matches(
                &self.reg.entities[e],
                mods,
                head,
                generic,
                &self.lex.newcomer_modifiers,
            ) else {
                continue;
            };
            let key = (score, self.reg.entities[e].spoke);
            if score > 0 && best.is_none_or(|(_, b)| key > b) {
                best = Some((e, key));
            }
        }
        best.map(|(e, _)| e)
    }

    /// `the CEO` → modifiers `chief`, head `executive`: a short role in its long form,
    /// as stems, so that it matches the role a person was named with.
    pub(super) fn expand_role(
        &self,
        mods: &[String],
        head: Option<&str>,
    ) -> Option<(Vec<String>, String)> {
        let long = self.lex.role_abbreviations.get(head?)?;
        // (`Bauer's CEO`: the description's own modifiers stay.)
        let mut stems: Vec<String> = long
            .split_whitespace()
            .map(|w| names::stem(w, &self.lex.stem_endings))
            .collect();
        let head = stems.pop()?;
        Some((mods.iter().cloned().chain(stems).collect(), head))
    }

    /// `der Kanzler` is not `Vizekanzler Spindelegger`, `the president` not `Vice President
    /// Biden`: a person whose role marks a deputy or former holder that the description
    /// does not mark is no match.
    fn deputy_mismatch(&self, ent: &Entity, mods: &[String], head: Option<&str>) -> bool {
        let marked = |w: &str| {
            self.lex
                .deputy_words
                .iter()
                .any(|d| w.starts_with(d.as_str()))
        };
        let described = mods.iter().any(|m| marked(m)) || head.is_some_and(marked);
        if described {
            return false;
        }
        let compound = |x: &String| head.is_some_and(|h| x.len() > h.len() && x.ends_with(h));
        ent.role_mods.iter().any(|m| marked(m))
            || ent.role_heads.iter().any(|x| compound(x) && marked(x))
    }

    /// A name with a role that a waiting description announced (`the judge` …
    /// `Judge Alan Whitcombe`) takes over that description's quotes.
    pub(super) fn settle_pending(&mut self, mentions: &[Mention]) {
        if self.pending.is_empty() {
            return;
        }
        for m in mentions {
            let Some(e) = m.entity.filter(|_| m.kind == MentionKind::Name) else {
                continue;
            };
            let ent = &self.reg.entities[e];
            if ent.org || ent.role_heads.is_empty() {
                continue;
            }
            // (`the pilot` is no `co-pilot`: a deputy's role never settles the plain one;
            // tested last, as the costliest.)
            let hit = self.pending.iter().position(|(p, mods, head)| {
                *p != e
                    && role_matches(
                        ent,
                        mods,
                        Some(head.as_str()),
                        self.lex.generic_role_heads.contains(head.as_str()),
                        &self.lex.newcomer_modifiers,
                    )
                    .is_some_and(|score| score > 0)
                    && !self.deputy_mismatch(ent, mods, Some(head.as_str()))
            });
            if let Some(i) = hit {
                if let Some((p, _, _)) = self.pending.remove(i) {
                    self.reg.redirect(p, e);
                }
            }
        }
    }
}
