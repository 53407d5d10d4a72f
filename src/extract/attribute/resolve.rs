//! Resolving mentions to entities: [`Attributor::resolve`] for names, roles and pronouns,
//! genders learnt from the text, pronoun mentions and the persons of a sentence, coordinated
//! pairs and groups, and the salience update after each sentence that later pronouns and
//! descriptions read. [`role_matches`] and [`fits`] score a description or pronoun against an
//! entity.

use super::*;

impl Attributor<'_> {
    /// The entity a mention stands for.
    pub(super) fn resolve(&mut self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        let mention = &s.mentions[m];
        if let Some(e) = mention.entity {
            return Some(e);
        }
        match mention.kind.clone() {
            MentionKind::Name => None,
            MentionKind::Pronoun(refs) if self.demonstrative(s, m) => {
                let e = self.resolve_demonstrative(s, m, &refs)?;
                self.learn_gender(e, &refs);
                Some(e)
            }
            MentionKind::Pronoun(refs) => {
                let e = self.resolve_pronoun_mention(s, m, &refs)?;
                self.learn_gender(e, &refs);
                Some(e)
            }
            MentionKind::Document { definite } => {
                if let Some(e) = self.document_author(s, m) {
                    return Some(e);
                }
                if definite {
                    return self.resolve_definite_document(s, m);
                }
                // `The ministry issued a statement describing …`: the statement speaks for
                // the body that issued it earlier in the sentence.
                // (`Rabelo released a note …` ⏎ `“…”, says a excerpt.`: failing one, the
                // one who put out a text just before.)
                s.mentions[..m]
                    .iter()
                    .filter(|x| x.kind == MentionKind::Name && x.subject_capable() && !x.agent)
                    .filter_map(|x| x.entity)
                    .find(|&e| self.reg.entities[e].org)
                    .or_else(|| {
                        let alone = s.mentions[..m].iter().all(|x| !x.subject_capable());
                        alone.then(|| self.recent_issuer()).flatten()
                    })
            }
            MentionKind::Description {
                definite,
                mods,
                head,
                org,
            } => {
                if let Some(e) = self.member_party(s, m) {
                    return Some(e);
                }
                // `Minister says …` in a headline, which drops articles: the minister the
                // report names later, like `the minister` would be.
                // (`Ehemaliger Generalsekretär der Kommission: „…“`: so is a role opening a
                // lead line as its label, before a colon.)
                let headline_role = !definite
                    && !org
                    && (self.in_headline || self.lead_label(s, m))
                    && !s.tokens[mention.toks.start].has(b::DETERMINER);
                // `A federal judge on Friday blocked the law …` ⏎ `U.S. District Judge
                // Amy Jackson wrote …`: a lead introduces its protagonist by role first.
                let lead_role = !definite
                    && !org
                    && self.paras <= LEAD_PARAGRAPHS
                    && s.tokens[mention.toks.start].has(b::INDEFINITE);
                let found = if headline_role {
                    None
                } else if lead_role {
                    self.affiliated_org(s, m)
                        .or_else(|| self.body_before_role(s, m))
                        .or_else(|| self.spokesperson_body(s, m, head.as_deref()))
                        .or_else(|| self.modifier_body(&mods, head.as_deref()))
                } else if !definite {
                    // `a spokesman for the ministry`: the body the description works for.
                    self.affiliated_org(s, m)
                        .or_else(|| self.body_before_role(s, m))
                        .or_else(|| self.spokesperson_body(s, m, head.as_deref()))
                        .or_else(|| self.modifier_body(&mods, head.as_deref()))
                } else if let Some(e) = (!org).then(|| self.pair_described(s, m)).flatten() {
                    Some(e)
                } else if !org && self.plural_description(s, m) {
                    // `the authors of the study`: several people, none of those named.
                    None
                } else if org {
                    let head = head.as_deref().unwrap_or_default();
                    self.resolve_org_description(head)
                        .or_else(|| mods.is_empty().then(|| self.recent_firm(head)).flatten())
                } else {
                    let before: Vec<usize> = s.mentions[..m]
                        .iter()
                        .rev()
                        .filter(|x| x.kind == MentionKind::Name)
                        .filter_map(|x| x.entity)
                        .collect();
                    // Failing a role match, the person the previous sentence was about
                    // (`Merz wies das zurück. „…“, sagte der CDU-Chef.`).
                    // A topic of the other known gender is someone else (`der Zeuge`
                    // after `die Verteidigerin`).
                    let gender = self.description_gender(s, m);
                    // `His lawyer said`, `Sein Anwalt sagte`: someone's lawyer is never the
                    // person the sentence before was about.
                    // (`his profile reads`: a text or a page of theirs is still them.)
                    let text_head = head.as_deref().is_some_and(|h| {
                        self.lex.is_document_word(h, false) || self.lex.venue_nouns.contains(h)
                    });
                    let owned = !text_head
                        && s.tokens[mention.toks.start]
                            .lower()
                            .is_some_and(|w| self.lex.possessive_pronouns.contains_key(w));
                    let same_gender = |e: &usize| {
                        let g = self.reg.entities[*e].gender;
                        gender.is_none() || g.is_none() || g == gender
                    };
                    // `der 43-Jährige`, `the 43-year-old`: an age alone always refers back,
                    // to the person last named in any position.
                    // (`the 41-year-old legal activist`: so does a role with an age.)
                    // (`the Ohio native`: so does a definite origin.)
                    // (`Her 22-year-old son` is someone else's relative.)
                    let age = !owned
                        && (head.as_deref().is_some_and(|h| self.lex.is_age_noun(h))
                            || mods.iter().any(|w| self.lex.is_age_noun(w))
                            || definite
                                && head.as_deref().is_some_and(|h| self.lex.is_origin_noun(h)));
                    // (`In an interview with VOA Mandarin, the 41-year-old …`: a name
                    // governed by a preposition or `with` is no one described again.)
                    let governed = |x: &Mention| {
                        x.after_prep
                            || x.toks.start > 0 && s.tokens[x.toks.start - 1].has(b::ABSOLUTE)
                    };
                    let nearest_person = || {
                        s.mentions[..m]
                            .iter()
                            .rev()
                            .filter(|x| x.kind == MentionKind::Name && !governed(x))
                            .filter_map(|x| x.entity)
                            .find(|&e| !self.reg.entities[e].org && same_gender(&e))
                            .or_else(|| self.persons.iter().find(|e| same_gender(e)))
                    };
                    // `Russia's Defence Ministry spokesman`: a body's officer is nobody the
                    // sentence before was about.
                    let body_officer = mods.iter().any(|w| self.lex.is_org_word(w, false));
                    let body_word = head
                        .as_deref()
                        .is_some_and(|h| self.lex.is_org_word(h, true));
                    // `the CEO` is `Chief executive Matt Stanton`.
                    let long = self.expand_role(&mods, head.as_deref());
                    let (role_mods, role_head) = match &long {
                        Some((m, h)) => (m.as_slice(), Some(h.as_str())),
                        None => (mods.as_slice(), head.as_deref()),
                    };
                    // (`der CDU-Vorsitzende` is not `die Vorsitzende … Gitta Connemann`.)
                    self.resolve_description(&before, role_mods, role_head)
                        .filter(|e| same_gender(e))
                        .or_else(|| if age { nearest_person() } else { None })
                        .or_else(|| self.possessive_owner_org(s, m))
                        .or_else(|| self.pending_description(&mods, head.as_deref()))
                        .or_else(|| {
                            self.described_newcomer(&mods, head.as_deref())
                                .filter(same_gender)
                        })
                        .or(self
                            .prev_topic
                            // A paragraph's first sentence looks back to the speaker the
                            // paragraph before was about (`Yin Pong said he lost …` ⏎
                            // `“…,” said the father of four.`).
                            // (`Der Stadtrat verabschiedete …` may be the council.)
                            .or(self
                                .last_para_topic
                                .filter(|_| self.para_opening && before.is_empty() && !body_word))
                            .filter(|e| same_gender(e) && !body_officer && !owned)
                            .filter(|&e| !self.other_office(e, role_head)))
                        .or_else(|| {
                            let noun = mention
                                .toks
                                .end
                                .checked_sub(1)
                                .and_then(|t| s.tokens[t].lower());
                            // (`der Chef der Feuerwehr`, `the chairman of the opposition`:
                            // a word of affiliation right after the noun names whose
                            // officer it is; lexicon `affiliation_words`.)
                            let of_body = s
                                .tokens
                                .get(mention.toks.end)
                                .filter(|_| mention.toks.end < s.range.end)
                                .and_then(Token::lower)
                                .is_some_and(|w| self.lex.affiliation.contains(w));
                            (!body_officer && !owned && !body_word && !text_head && !of_body)
                                .then(|| self.last_speaker_of_gender(gender, noun))
                                .flatten()
                                .filter(|&e| !self.other_office(e, role_head))
                                .filter(|&e| !self.same_role_noun(e, role_head))
                        })
                };
                if let Some(e) = found.filter(|&e| !org && !definite && self.reg.entities[e].org) {
                    self.spokes_body = Some((e, self.sentence_serial));
                }
                // (`die Sprecherin Angela Merkels`: a description that holds its owner's
                // name in the genitive is not that owner.)
                let found = found.filter(|&e| !self.genitive_owner_is(s, m, e));
                let e = match found {
                    Some(e) => e,
                    None => {
                        // Headlines and leads shorten the role (`A federal judge` is `U.S.
                        // District Judge …`): only its noun must match.
                        if lead_role {
                            let e = self.register_unresolved(s, m, false, org, mods, None);
                            if let Some(h) = head {
                                self.wait_for_name(e, Vec::new(), h);
                            }
                            e
                        } else if headline_role {
                            self.register_unresolved(s, m, true, org, Vec::new(), head)
                        } else {
                            self.register_unresolved(s, m, definite, org, mods, head)
                        }
                    }
                };
                // The alias keeps its article: `der russische Staatschef`.
                let whole = self.with_article(s, m);
                self.reg.add_form(e, &whole);
                Some(e)
            }
        }
    }

    /// `Rückendeckung erhielt Tönnies durch Hans-Joachim Watzke. „…“, erklärte der
    /// Borussia-Geschäftsführer.`: a text goes on naming the one it has quoted; a
    /// description telling something new (a modifier) after a sentence that brought
    /// in someone in full, with no role, describes the newcomer.
    fn described_newcomer(&self, mods: &[String], head: Option<&str>) -> Option<usize> {
        let n = self.prev_named_newcomer?;
        let t = self
            .prev_topic
            .filter(|&t| t != n && self.reg.entities[t].spoke)?;
        // (`Borussia-Geschäftsführer`: the front of a compound role is a modifier too.)
        let front = head.and_then(|h| h.rsplit_once('-')).map(|(f, _)| f);
        let all_mods: Vec<&str> = mods.iter().map(String::as_str).chain(front).collect();
        // (Not a modifier the topic's own role has: `der Schalker Aufsichtsratschef`
        // after `Schalke-Boss Tönnies` is still him.)
        let topic = &self.reg.entities[t];
        let topic_has = |m: &str| {
            self.lex
                .stems(m)
                .filter(|x| x.chars().count() >= 4)
                .any(|x| {
                    topic.role_mods.iter().any(|r| r.starts_with(x))
                        || topic.role_heads.iter().any(|r| r.starts_with(x))
                })
        };
        (!all_mods.is_empty() && !all_mods.iter().any(|m| topic_has(m))).then_some(n)
    }

    /// Whether mention `m` opens a lead paragraph as a label: the paragraph's first words,
    /// then words with no verb of saying up to a colon and a quote.
    fn lead_label(&self, s: &Sentence<'_>, m: usize) -> bool {
        const MAX_LABEL: usize = 8;
        let toks = &s.mentions[m].toks;
        if self.paras > LEAD_PARAGRAPHS || toks.start != 0 || s.range.start != 0 {
            return false;
        }
        let Some(colon) =
            (toks.end..s.range.end.min(toks.start + MAX_LABEL)).find(|&k| !s.tokens[k].is_word())
        else {
            return false;
        };
        s.tokens[colon].is_punct(":")
            && s.tokens.get(colon + 1).is_some_and(|t| t.quote().is_some())
            && !s.tokens[toks.end..colon].iter().any(|t| t.has(b::SPEECH))
    }

    /// `„…“, sagte Kraft.` … `„…“, sagte die Düsseldorfer Regierungschefin.`: a text
    /// varies how it names the one it quotes; a description with a generic role noun
    /// (lexicon `generic_role_heads`: `Regierungschefin`, `SPD-Politikerin`,
    /// `Sozialdemokratin`) that fits no one, telling the gender, is the person of that
    /// gender last named, if they have spoken. A specific role (`der Arzt`, `die
    /// Verteidigerin`, `the congresswoman`) is someone new.
    /// (`noun` is the description's last word as written.)
    fn last_speaker_of_gender(
        &self,
        gender: Option<Referent>,
        noun: Option<&str>,
    ) -> Option<usize> {
        let gender = gender.filter(|g| matches!(g, Referent::Male | Referent::Female))?;
        let noun = noun?;
        // (The lexicon's words are stems; so is the noun without its ending, `-in` of
        // `Regierungschefin`.)
        let generic = self.lex.stems(noun).any(|w| {
            let st = crate::extract::names::stem(w, &self.lex.stem_endings);
            self.lex
                .generic_role_heads
                .iter()
                .any(|g| st.ends_with(g.as_str()))
        });
        if !generic {
            return None;
        }
        self.persons
            .iter()
            .find(|&e| !self.reg.entities[e].org && self.reg.entities[e].gender == Some(gender))
            .filter(|&e| self.reg.entities[e].spoke)
    }

    /// Whether description `m` ends in a German genitive name (`die Mutter Frank-Walter
    /// Steinmeiers`) that is the name of entity `e`.
    fn genitive_owner_is(&self, s: &Sentence<'_>, m: usize, e: usize) -> bool {
        let toks = &s.mentions[m].toks;
        if !self.lex.genitive_s || toks.len() < 3 {
            return false;
        }
        let last = &s.tokens[toks.end - 1];
        if !last.is_cap() || last.has(b::ROLE) {
            return false;
        }
        let Some(end) = self
            .text
            .get(last.range.clone())
            .and_then(|w| w.strip_suffix('s'))
        else {
            return false;
        };
        // The owner's words: the capitalised run before the last word, and the last
        // word without its `-s`.
        let first = (toks.start..toks.end - 1)
            .rev()
            .take_while(|&t| s.tokens[t].is_cap() && !s.tokens[t].has(b::ROLE))
            .last()
            .unwrap_or(toks.end - 1);
        let mut owner: Vec<&str> = (first..toks.end - 1)
            .filter_map(|t| self.text.get(s.tokens[t].range.clone()))
            .collect();
        owner.push(end);
        self.reg.entities[e].name == owner.join(" ")
    }

    /// Whether the last role noun of person `e` is the one `head` ends in (`der
    /// Grünen-Chef` and `SPÖ-Chef Babler`): a role of the same noun that did not match
    /// the person names another holder.
    fn same_role_noun(&self, e: usize, head: Option<&str>) -> bool {
        let last = |r: &str| r.rsplit('-').next().unwrap_or(r).len();
        head.is_some_and(|h| {
            let h = &h[h.len() - last(h)..];
            self.reg.entities[e].role_heads.iter().any(|r| {
                let r = &r[r.len() - last(r)..];
                r.ends_with(h) || h.ends_with(r)
            })
        })
    }

    /// Whether person `e` is known to hold an office other than the one `head` names:
    /// `the president said` after `Foreign Minister Ali Bagheri spoke` is not Bagheri.
    fn other_office(&self, e: usize, head: Option<&str>) -> bool {
        let Some(office) = head.and_then(|h| self.lex.office_of(h)) else {
            return false;
        };
        let mut held = self.reg.entities[e]
            .role_heads
            .iter()
            .filter_map(|h| self.lex.office_of(h))
            .peekable();
        held.peek().is_some() && !held.any(|o| o == office)
    }

    /// `the organisation's general director complaining`: an unnamed officer of a body
    /// named before speaks for that body (`the organisation` is the body last named).
    fn possessive_owner_org(&self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        let toks = s.mentions[m].toks.clone();
        let owner = s.tokens[toks].iter().find_map(|t| {
            let w = t.lower()?;
            let base = strip_possessive(w);
            (base.len() < w.len() && self.lex.is_org_word(base, t.is_cap())).then_some(base)
        })?;
        self.resolve_org_description(owner)
    }

    /// The subject opening sentence `s`: its first mention, or the first after a short
    /// fronted phrase and its comma (`In its report, the PTWC issued …`).
    /// `sagte Ebeling nach einem Treffen mit seinem ukrainischen Amtskollegen Olexij
    /// Hnatjuk`: the opposite number holds the subject's office too (minister), so a
    /// later `den Minister` may mean either.
    pub(super) fn share_counterpart_office(&mut self, s: &Sentence<'_>) {
        let counterpart = |e: usize| {
            self.reg.entities[e]
                .role_heads
                .iter()
                .any(|h| self.lex.is_counterpart_role(h))
        };
        // (Most sentences name no counterpart: nothing to copy.)
        let named = s
            .mentions
            .iter()
            .any(|m| m.kind == MentionKind::Name && m.entity.is_some_and(&counterpart));
        if !named {
            return;
        }
        let Some(subject) = s
            .subjects
            .first()
            .copied()
            .or_else(|| self.opening_subject(s))
        else {
            return;
        };
        let heads: Vec<String> = self.reg.entities[subject]
            .role_heads
            .iter()
            .filter(|h| !self.lex.is_counterpart_role(h))
            .cloned()
            .collect();
        if heads.is_empty() {
            return;
        }
        for m in &s.mentions {
            let Some(e) = m
                .entity
                .filter(|&e| e != subject && m.kind == MentionKind::Name)
            else {
                continue;
            };
            let ent = &mut self.reg.entities[e];
            if !ent
                .role_heads
                .iter()
                .any(|h| self.lex.is_counterpart_role(h))
            {
                continue;
            }
            for h in &heads {
                if !ent.role_heads.contains(h) {
                    ent.role_heads.push(h.clone());
                }
            }
        }
    }

    pub(super) fn opening_subject(&self, s: &Sentence<'_>) -> Option<usize> {
        const FRONTED: usize = 8;
        // (`WASHINGTON — The agency issued …`: so may a dateline's dash.)
        let comma = (s.range.start..s.range.end.min(s.range.start + FRONTED))
            .find(|&t| s.tokens[t].is_punct(",–—"));
        s.mentions
            .iter()
            .enumerate()
            .filter(|&(i, m)| {
                let at_start = m.toks.start <= s.range.start + 1;
                let after_front = comma.is_some_and(|c| {
                    m.toks.start == c + 1
                        || (m.toks.start == c + 2 && s.tokens[c + 1].has(b::DETERMINER))
                });
                // (`Praising Special English, he said`: the object of an opening
                // participle is no subject; nor is the role or noun after `als`/`as`:
                // `Als Reaktion auf … hat der Generalsekretär …`.)
                let capacity = m.toks.start == s.range.start + 1
                    && s.tokens[s.range.start]
                        .lower()
                        .is_some_and(|w| self.lex.is_capacity_word(w));
                (at_start || after_front)
                    && m.subject_capable()
                    && !capacity
                    && !self.participle_object(s, i)
            })
            // (`Britain's largest union, Unison, questioned`: a description no
            // name resolves gives way to the name in apposition after it.)
            .find_map(|(_, m)| m.entity)
    }

    /// Whether mention `p` is the object of an English participle right before it
    /// (`addressing “No” campaign workers`), quotes and articles aside.
    pub(super) fn participle_object(&self, s: &Sentence<'_>, p: usize) -> bool {
        if self.lex.verb_second {
            return false;
        }
        let start = s.mentions[p].toks.start;
        let before = (s.range.start..start)
            .rev()
            .find(|&k| s.tokens[k].quote().is_none() && !s.tokens[k].has(b::DETERMINER));
        // (At the sentence start a participle is capitalised, and even one of saying has
        // its subject after the comma: `Calling Special English an “ingenious invention,”
        // he said`.)
        before.is_some_and(|k| {
            let t = &s.tokens[k];
            let opens = k == s.range.start;
            (opens || (!t.is_cap() && !t.has(b::SPEECH))) && self.is_participle(t)
        })
    }

    /// `A Ministry of Defence spokesman said`: a bare role right after a body's name (which
    /// took the article) works for that body, like `a Foreign Office spokesman`.
    fn body_before_role(&self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        let bare = s.mentions[m].toks.len() == 1;
        let prev = s.mentions.get(m.checked_sub(1)?)?;
        let led = s.tokens[prev.toks.start].has(b::INDEFINITE);
        (bare && led && prev.toks.end == s.mentions[m].toks.start && prev.kind == MentionKind::Name)
            .then_some(prev.entity)
            .flatten()
            .filter(|&e| self.reg.entities[e].org)
    }

    /// `“…,” a council spokeswoman said`: a spokesperson whose modifier is a body noun
    /// speaks for the body of that noun the text named.
    fn modifier_body(&self, mods: &[String], head: Option<&str>) -> Option<usize> {
        if !head.is_some_and(|h| self.lex.spokesperson_roles.contains(h)) {
            return None;
        }
        mods.iter()
            .filter(|w| self.lex.is_org_word(w, false))
            .find_map(|w| self.resolve_org_description(w))
    }

    /// `The air force says …` ⏎ `“…,” a spokesman said`: a bare spokesman speaks for the
    /// body that opened the sentence before as its subject.
    fn spokesperson_body(&self, s: &Sentence<'_>, m: usize, head: Option<&str>) -> Option<usize> {
        let bare = s.mentions[m].toks.len() <= 2;
        let spokes = head.is_some_and(|h| {
            self.lex.spokesperson_roles.contains(h)
                || s.tokens[s.mentions[m].toks.end - 1]
                    .lower()
                    .is_some_and(|w| self.lex.spokesperson_roles.contains(w))
        });
        // (`Siemens hat 500 Stellen gestrichen. Ein Sprecher sagte`: or a bare name there,
        // unless the spokesperson's own body follows: `A spokesperson for Facebook`.)
        let own_body = s
            .tokens
            .get(s.mentions[m].toks.end)
            .is_some_and(|t| t.has(b::PREPOSITION | b::GENITIVE_ARTICLE));
        let named = |e: &usize| !own_body && !self.reg.entities[*e].keys.is_empty();
        (bare && spokes)
            .then(|| {
                self.prev_org_subject
                    .or(self.prev_bare_subject.filter(named))
                    // (`Nach Angaben der Gewerkschaft EVG …. „…“, sagte ein Sprecher`:
                    // or the body the sentence before named last.)
                    .or(self.prev_org.filter(|_| !own_body))
            })
            .flatten()
    }

    /// `Nguyen Thi Lan lost her home.`: a possessive of one gender right after a named
    /// subject of unknown gender belongs to that subject and tells its gender, so a later
    /// `he` passes her by. (`praised her for`: a word that may be an object pronoun too
    /// counts only before a noun.)
    pub(super) fn learn_possessive_gender(&mut self, s: &Sentence<'_>) {
        let Some((first, rest)) = s.mentions.split_first() else {
            return;
        };
        let Some(e) = first.entity.filter(|_| {
            first.kind == MentionKind::Name
                && first.toks.start == s.range.start
                && first.subject_capable()
        }) else {
            return;
        };
        let ent = &self.reg.entities[e];
        if ent.org || ent.gender.is_some() || !ent.person_like() {
            return;
        }
        let end = rest.first().map_or(s.range.end, |m| m.toks.start);
        let span = first.toks.end..end;
        if s.tokens.get(first.toks.end).is_none_or(|t| !t.is_word()) {
            return;
        }
        let gender = span.clone().find_map(|i| {
            let t = &s.tokens[i];
            let w = t.lower().filter(|_| t.quote().is_none())?;
            let refs = self.lex.possessive_pronouns.get(w)?;
            let object = self.lex.object_pronouns.contains_key(w);
            let before_noun = s.tokens.get(i + 1).is_some_and(|n| {
                n.is_word()
                    && n.quote().is_none()
                    && !n.has(b::DETERMINER | b::PREPOSITION | b::STOPWORD | b::COORDINATOR)
            });
            let persons: Vec<Referent> = refs
                .iter()
                .copied()
                .filter(|r| *r != Referent::Org)
                .collect();
            match persons.as_slice() {
                [g] if !object || before_noun => Some(*g),
                _ => None,
            }
        });
        if let Some(g) = gender {
            self.reg.entities[e].gender = Some(g);
        }
    }

    /// `Okafor …, he said`: a pronoun of one gender that resolved to a person of unknown
    /// gender tells that person's gender, so a later `she` passes them by.
    pub(super) fn learn_gender(&mut self, e: usize, refs: &[Referent]) {
        let persons: Vec<Referent> = refs
            .iter()
            .copied()
            .filter(|r| *r != Referent::Org)
            .collect();
        if let ([g], Some(ent)) = (persons.as_slice(), self.reg.entities.get_mut(e)) {
            if !ent.org && ent.gender.is_none() && (refs.len() == 1 || self.lex.verb_second) {
                ent.gender = Some(*g);
            }
        }
    }

    /// The mention's text including its article (`der russische Staatschef`).
    pub(super) fn with_article(&self, s: &Sentence<'_>, m: usize) -> String {
        let mention = &s.mentions[m];
        let start = s.tokens[mention.toks.start].range.start;
        self.text
            .get(start..mention.text.end)
            .or_else(|| self.text.get(mention.text.clone()))
            .unwrap_or("")
            .to_string()
    }

    /// `er`, `she`: `Their manager, Ann Roe, was angry about a game she described as …`:
    /// the sentence's nearest earlier person comes before older topics.
    pub(super) fn resolve_pronoun_mention(
        &self,
        s: &Sentence<'_>,
        m: usize,
        refs: &[Referent],
    ) -> Option<usize> {
        if let Some(g) = self.prev_group.filter(|_| self.plural_pronoun(s, m)) {
            return Some(g);
        }
        // (`Nachdem er Laila Soueif, die Mutter von Alaa getroffen hatte, twitterte er`:
        // the same pronoun as the sentence's first mention means the same person.)
        let word = s.tokens[s.mentions[m].toks.start].lower();
        let first = s.mentions.first().filter(|f| {
            m > 0
                && matches!(f.kind, MentionKind::Pronoun(_))
                && s.tokens[f.toks.start].lower() == word
        });
        if first.is_some() {
            return self.resolve_pronoun_mention(s, 0, refs);
        }
        let mut here = s.subjects.clone();
        // The nearest such name; it is tried after the sentence's cue subjects.
        // The agent of a German passive (`vom Bürgermeister angestochen, … brauchte er`)
        // is the one acting and may be meant too; an English fronted passive (`When
        // challenged by Keller, he stated`) has the pronoun as its own subject.
        // So is the subject of a clause opened by `während` (`Während Seehofer wartete,
        // antwortete er`).
        // So is the person a sentence opens with `für` (`Für Rollig war es, wie sie
        // betonte, „lustvoll“`), whose view the sentence gives.
        let clause_subject = |x: &Mention| {
            x.toks.start == s.range.start + 1
                && s.tokens[s.range.start].lower().is_some_and(|w| {
                    self.lex.conjunction_prepositions.contains(w)
                        || self.lex.stance_prepositions.contains(w)
                })
        };
        // (`a survey presented by Professor Stephen Ansolabehere …, in which he said`: an
        // English agent is meant by a pronoun in a relative clause after it.)
        let pronoun_at = s.mentions[m].toks.start;
        let relative_after = |x: &Mention| {
            s.tokens[x.toks.end..pronoun_at].iter().any(|t| {
                t.lower()
                    .is_some_and(|w| self.lex.relative_pronouns.contains(w))
            })
        };
        // (The object of a participle opening the sentence is not meant.)
        let nearest = s.mentions[..m]
            .iter()
            .enumerate()
            .rev()
            .filter(|&(i, x)| {
                x.kind == MentionKind::Name
                    && ((x.agent && (self.lex.verb_second || relative_after(x)))
                        || x.subject_capable()
                        || clause_subject(x))
                    && !self.participle_object(s, i)
            })
            .filter_map(|(_, x)| x.entity)
            .find(|&e| self.reg.entities[e].person_like());
        // (The agent a relative clause hangs on is tried before the cue subjects.)
        let related_agent = s.mentions[..m]
            .iter()
            .rev()
            .find(|x| x.kind == MentionKind::Name && x.agent && !self.lex.verb_second)
            .filter(|x| relative_after(x))
            .and_then(|x| x.entity)
            .filter(|&e| nearest == Some(e));
        if let Some(e) = related_agent {
            here.push(e);
        } else if let Some(e) = nearest {
            here.insert(0, e);
        }
        // `Nachdem er auf Separatisten traf, wurde Morozow festgenommen …, schrieb er`,
        // `In the video, Zawahiri exhorts …. He also calls …`: failing anyone known as a
        // person, a bare name that opened this sentence or the one before as its subject.
        // (German capitalises every noun: `Flucht aus der Ukraine` names no one.)
        let person = !self.lex.capitalised_nouns
            && (refs.contains(&Referent::Male) || refs.contains(&Referent::Female));
        let bare_subject = || {
            let here_opening = self.opening_subject(s).filter(|_| {
                s.mentions
                    .first()
                    .is_some_and(|f| f.toks.start < s.mentions[m].toks.start)
            });
            here_opening
                .or(self.prev_bare_subject)
                .filter(|&e| person && self.reg.entities[e].may_be_org())
        };
        self.resolve_pronoun(refs, &here).or_else(bare_subject)
    }

    /// The named persons of a sentence without a person as its subject (`Kritik kam von
    /// Markus Huber (SPÖ).`), in order; none when a person is its subject.
    pub(super) fn oblique_persons(&self, s: &Sentence<'_>) -> Vec<usize> {
        let person = |m: &Mention| {
            matches!(
                m.kind,
                MentionKind::Name | MentionKind::Description { org: false, .. }
            ) && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
        };
        let subject = s.mentions.iter().any(|m| {
            // (`Laut einem Polizeisprecher gab es keine Hinweise`: an `es` or `it`
            // is no person.)
            let someone = person(m)
                || matches!(&m.kind, MentionKind::Pronoun(refs) if refs.iter().any(|r| *r != Referent::Org))
                || matches!(m.kind, MentionKind::Description { org: false, .. });
            m.subject_capable() && !m.agent && someone
        });
        if s.reported {
            return Vec::new();
        }
        if subject {
            // `For three years the head coach has been Serbian Ratko Rudic.` ⏎ `He was
            // born …`: a description subject that a form of `be` joins to a name is that
            // person, whom the next pronoun means.
            let first = s.mentions.iter().find(|m| m.subject_capable() && !m.agent);
            let described = first
                .is_some_and(|m| matches!(m.kind, MentionKind::Description { org: false, .. }));
            let named = s.mentions.iter().find(|m| {
                m.kind == MentionKind::Name
                    && person(m)
                    && (s.range.start..m.toks.start)
                        .rev()
                        .find(|&t| s.tokens[t].is_word() && !s.tokens[t].is_cap())
                        .and_then(|t| s.tokens[t].lower())
                        .is_some_and(|w| self.lex.is_copula(w))
            });
            // (Only a name closing the sentence, and the one person named: in `the
            // officer is a Coast Guardsman, Semich said` the name is no description's.)
            let closes = named.is_some_and(|m| {
                s.tokens[m.toks.end..s.range.end]
                    .iter()
                    .all(|t| !t.is_word())
            });
            let persons = s
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Name && person(m))
                .count();
            return match (
                described && closes && persons == 1,
                named.and_then(|m| m.entity),
            ) {
                (true, Some(e)) => vec![e],
                _ => Vec::new(),
            };
        }
        s.mentions
            .iter()
            .filter(|m| person(m))
            .filter_map(|m| m.entity)
            .collect()
    }

    /// Keeps what the sentence's subject may refer to and the other persons it names
    /// (see `prev_subject_refs`).
    pub(super) fn remember_subject_and_objects(&mut self, s: &Sentence<'_>) {
        let person = |m: &Mention| {
            m.entity
                .filter(|&e| self.reg.entities[e].person_like() && !self.reg.entities[e].org)
        };
        // (Only a subject opening the sentence counts: in `Asked by Nadia Korr whether it
        // helped, Hannah Vey paused` the first capable mention is no subject.)
        let first = s
            .mentions
            .first()
            .filter(|m| m.subject_capable() && !m.agent);
        let subject = first.and_then(person);
        self.prev_subject_refs = match (first.map(|m| &m.kind), subject) {
            (_, Some(e)) => self.reg.entities[e].gender.into_iter().collect(),
            (Some(MentionKind::Pronoun(refs)), None) => refs.clone(),
            _ => Vec::new(),
        };
        self.prev_objects.clear();
        // (`Sie habe das dem Geschäftsführer gemeldet.`: a definite role names the one
        // known to hold it, though nothing resolved it as a subject. Only a subject whose
        // gender is known makes the list matter.)
        let role_holder = |m: &Mention| match &m.kind {
            MentionKind::Description {
                definite: true,
                mods,
                head,
                org: false,
            } if m.entity.is_none() && !self.prev_subject_refs.is_empty() => self
                .resolve_description(&[], mods, head.as_deref())
                .filter(|&e| !self.reg.entities[e].org),
            _ => None,
        };
        let objects: Vec<usize> = s
            .mentions
            .iter()
            .filter_map(|m| person(m).or_else(|| role_holder(m)))
            .filter(|&e| Some(e) != subject)
            .collect();
        self.prev_objects.extend(objects);
    }

    /// `they`; `sie schreiben` but not `sie schreibt`: a pronoun that means several.
    fn plural_pronoun(&self, s: &Sentence<'_>, m: usize) -> bool {
        let toks = &s.mentions[m].toks;
        let plural_word = s.tokens[toks.start]
            .lower()
            .is_some_and(|w| self.lex.plural_pronouns.contains(w));
        let endings = &self.lex.plural_pronoun_verb_endings;
        let plural_verb = |t: usize| {
            s.tokens
                .get(t)
                .and_then(Token::lower)
                .is_some_and(|w| endings.iter().any(|e| w.ends_with(e.as_str())))
        };
        let verb_next = toks.end < s.range.end && plural_verb(toks.end);
        let verb_before = toks.start > s.range.start && plural_verb(toks.start - 1);
        plural_word && (endings.is_empty() || verb_next || verb_before)
    }

    /// Two persons a sentence names joined by `und`/`and` alone (not `or`).
    pub(super) fn coordinated_pair(&self, s: &Sentence<'_>) -> Option<(usize, usize)> {
        let person = |m: &Mention| {
            m.kind == MentionKind::Name
                && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
        };
        s.mentions.windows(2).rev().find_map(|w| {
            let link = &s.tokens[w[0].toks.end];
            let joined = w[0].toks.end + 1 == w[1].toks.start
                && link.has(b::COORDINATOR)
                && !link
                    .lower()
                    .is_some_and(|l| self.lex.disjunctions.contains(l))
                && person(&w[0])
                && person(&w[1])
                && w[0].entity != w[1].entity;
            joined.then_some((w[0].entity?, w[1].entity?))
        })
    }

    /// `„…“, so Rößner und Khan weiter. … fordern die beiden Abgeordneten`: a plural
    /// description marked as two means the pair named together a few sentences before,
    /// whose first speaks for both.
    fn pair_described(&self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        const NEAR: usize = 3;
        let toks = s.mentions[m].toks.clone();
        let paired = s.tokens[toks]
            .iter()
            .any(|t| t.lower().is_some_and(|w| self.lex.pair_words.contains(w)));
        let MentionKind::Description { mods, head, .. } = &s.mentions[m].kind else {
            return None;
        };
        if !paired || !self.plural_description(s, m) {
            return None;
        }
        // (`Police arrested John Smith and Mark Jones. … the two officers said`: only a
        // role the pair was named with.)
        let (first, second) = self
            .last_pair
            .filter(|&(_, _, at)| at + NEAR >= self.sentence_serial)
            .map(|(a, b, _)| (a, b))?;
        let described = |e: usize| {
            role_matches(
                &self.reg.entities[e],
                mods,
                head.as_deref(),
                false,
                &self.lex.newcomer_modifiers,
            )
            .is_some_and(|n| n > 0)
        };
        (described(first) || described(second)).then_some(first)
    }

    /// `Die SPD …. Die Sozialdemokraten kritisierten`: members named by a party's
    /// political family stand for the party, when the text has named it.
    fn member_party(&self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        // (`die schwedischen Sozialdemokraten` are another country's party.)
        let MentionKind::Description { mods, .. } = &s.mentions[m].kind else {
            return None;
        };
        if !mods.is_empty() {
            return None;
        }
        let toks = &s.mentions[m].toks;
        let noun = s.tokens[toks.end - 1].lower()?;
        let party = self.lex.member_party(noun)?;
        self.reg
            .find(&[party])
            .filter(|&e| self.reg.entities[e].org && self.reg.entities[e].token_count() == 1)
    }

    /// `researchers`, `the authors`, `die Autoren`, not `a researcher` or `der Forscher`:
    /// a description of several people by its noun's plural form.
    pub(super) fn plural_description(&self, s: &Sentence<'_>, m: usize) -> bool {
        let toks = &s.mentions[m].toks;
        let first = s.tokens[toks.start].lower().unwrap_or_default();
        let noun = s.tokens[toks.end - 1].lower().unwrap_or_default();
        !self.lex.singular_articles.contains(first) && self.lex.is_plural_noun(noun)
    }

    /// `Researchers at the institute measured …`, `Die Autoren der Studie warnen …`: a
    /// plural role noun without a name opening the sentence as its subject; registered
    /// as a speaker of its own, so a plural pronoun in the next sentence can mean it.
    pub(super) fn group_subject(&mut self, s: &mut Sentence<'_>) -> Option<usize> {
        let m = s.mentions.first()?;
        let MentionKind::Description {
            definite,
            org: false,
            mods,
            head,
        } = m.kind.clone()
        else {
            return None;
        };
        if m.toks.start != s.range.start || !m.subject_capable() || m.agent {
            return None;
        }
        // `Forscher der Universität haben …`: a plural verb after the phrase tells too.
        let plural_verb = (m.toks.end..s.range.end.min(m.toks.end + 6))
            .find(|&t| {
                let w = &s.tokens[t];
                w.is_word() && !w.is_cap() && !w.has(b::DETERMINER)
            })
            .is_some_and(|t| s.tokens[t].has(b::PLURAL_VERB));
        if !(self.plural_description(s, 0) || plural_verb) {
            return None;
        }
        if let Some(e) = m.entity {
            return Some(e);
        }
        let e = self.register_unresolved(s, 0, definite, false, mods, head);
        s.mentions[0].entity = Some(e);
        Some(e)
    }

    /// Remembers the sentence's people for later pronouns and descriptions.
    /// Returns the person a definite description opening the sentence refers to (`The
    /// governor paused.`): the sentence's topic.
    pub(super) fn update_salience(&mut self, s: &mut Sentence<'_>) -> Option<usize> {
        let mut opening: Option<usize> = None;
        // Topics in sentence order, with whether a pronoun named them.
        let mut topical: Vec<(usize, bool)> = Vec::new();
        let mut opener_pronoun = false;
        for i in 0..s.mentions.len() {
            let m = &s.mentions[i];
            let capable = m.subject_capable() && !m.agent;
            // `Der Zeuge habe … verlassen.`: the subject of cue-less reported speech is
            // remembered as a person, but later pronouns do not pick it up.
            let topic = !(s.reported && matches!(m.kind, MentionKind::Description { .. }));
            let entity = match &m.kind {
                MentionKind::Pronoun(_) if capable && m.entity.is_none() => self.resolve(s, i),
                // `The governor paused.`: a definite role description of a known person
                // makes that person the topic, even without a cue.
                MentionKind::Description {
                    definite: true,
                    org: false,
                    mods,
                    head,
                } if capable && m.entity.is_none() => {
                    let leads = m.toks.start == s.range.start || self.after_fronted_phrase(s, i);
                    // (After a fronted adverb, only a role whose holder is known: `Heute
                    // ist die Vertreterin in Deutschland Barbara Gessler` names her after.)
                    let opens = leads || self.after_fronted_adverb(s, i);
                    let mut found = self.resolve_description(&[], mods, head.as_deref());
                    if found.is_none() && leads {
                        // `Der Vizekanzler reagierte.`: a definite role opening the sentence
                        // is its subject and a pronoun antecedent, a speaker of its own
                        // when no known person holds the role.
                        found = self.resolve(s, i);
                    }
                    if opens && topic {
                        opening = opening.or(found);
                    }
                    if let Some(e) = found {
                        s.mentions[i].entity = Some(e);
                        if opens && topic {
                            topical.push((e, false));
                        }
                    }
                    found
                }
                // `ein Gutachten des Umweltbundesamts`: a named body is remembered, so a
                // later `Darin heißt es` or `the agency said` can point to it.
                MentionKind::Description {
                    definite: true,
                    org: true,
                    ..
                } if (capable || s.tokens[m.toks.start].has(b::GENITIVE_ARTICLE))
                    && m.entity.is_none() =>
                {
                    let found = self.resolve(s, i);
                    s.mentions[i].entity = found;
                    found
                }
                _ => m.entity,
            };
            let Some(e) = entity else { continue };
            let ent = &self.reg.entities[e];
            if ent.org {
                self.orgs.push(e);
                if capable && s.mentions[i].toks.start <= s.range.start + 1 {
                    self.org_subjects.push(e);
                }
            } else if ent.person_like() && !self.plural_name(s, &s.mentions[i]) {
                self.persons.push(e);
                if capable && topic {
                    let pronoun = matches!(s.mentions[i].kind, MentionKind::Pronoun(_));
                    if topical.is_empty() {
                        opener_pronoun = pronoun && s.mentions[i].toks.start == s.range.start;
                    }
                    topical.push((e, pronoun));
                }
            }
        }
        // `The comments were made by Ian MacDougall, a teacher.` ⏎ `… he responded`: with
        // no subject of its own to be about, a passive sentence is about its agent.
        if topical.is_empty() {
            let agent = s.mentions.iter().find(|m| {
                m.agent
                    && m.kind == MentionKind::Name
                    && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
            });
            if let Some(e) = agent.and_then(|m| m.entity) {
                topical.push((e, false));
            }
        }
        for &(e, _) in &topical {
            self.topics.push(e);
        }
        // `Rathbun asked for money to help Montalvo.` ⏎ `He …`: the first person the
        // sentence names (usually its subject) is what a later pronoun means, not the one
        // named last.
        // `Er traf dort den Präsidenten Rößler.` ⏎ `… sagte er`: a pronoun opening the
        // sentence is its subject, and its referent stays what a pronoun means.
        let subject_pronoun = topical
            .first()
            .filter(|&&(_, pronoun)| pronoun && opener_pronoun);
        if let Some(&(e, _)) = subject_pronoun.or_else(|| topical.iter().find(|(_, p)| !p)) {
            self.topics.push(e);
        }
        for &e in &s.subjects {
            self.topics.push(e);
        }
        // `Trump asked Vice President Mike Pence to attend the march.` ⏎ `“…,” he told
        // the crowd`: the one asked to act is what the next pronoun means.
        let asked_to_act = s.mentions.iter().find(|m| {
            m.kind == MentionKind::Name
                && m.toks.start > s.range.start
                && s.tokens[m.toks.start - 1]
                    .lower()
                    .is_some_and(|w| self.lex.request_verbs.contains(w))
                && s.tokens
                    .get(m.toks.end)
                    .is_some_and(|t| t.has(b::INFINITIVE))
        });
        if let Some(e) = asked_to_act
            .and_then(|m| m.entity)
            .filter(|&e| !self.reg.entities[e].org)
        {
            self.topics.push(e);
        }
        // `For Kevin Allton, Warhol was a legend.` ⏎ `He said, “…”`: the person whose view
        // the sentence gives is what it is about.
        if let Some(e) = self
            .stance_holder(s, s.range.end)
            .and_then(|m| s.mentions[m].entity)
            .filter(|&e| !self.reg.entities[e].org)
        {
            self.topics.push(e);
        }
        opening
    }

    /// `In the interview, the Queen focused on …`: mention `i` is the subject after a
    /// fronted phrase set off by the sentence's first comma, which names no subject.
    fn after_fronted_phrase(&self, s: &Sentence<'_>, i: usize) -> bool {
        let start = s.mentions[i].toks.start;
        start > s.range.start + 2
            && s.tokens[start - 1].is_punct(",")
            && s.tokens[s.range.start].has(b::PREPOSITION)
            && !s.tokens[s.range.start..start - 1]
                .iter()
                .any(|t| t.is_punct(",;:") || t.quote().is_some())
            && s.mentions[..i].iter().all(|m| m.after_prep || m.object)
    }

    /// `Weiters plant die Ministerin Reformen`: in German, a description right after the
    /// verb that follows one fronted word (an adverb, capitalised as the sentence opens)
    /// is the subject.
    fn after_fronted_adverb(&self, s: &Sentence<'_>, i: usize) -> bool {
        let start = s.mentions[i].toks.start;
        let first = s.range.start;
        let fronted_word = s.mentions[..i].iter().all(|m| {
            m.kind == MentionKind::Name
                && m.toks == (first..first + 1)
                && m.entity.is_none_or(|e| {
                    !self.reg.entities[e].person_like() && !self.reg.entities[e].org
                })
        });
        self.lex.verb_second
            && start == first + 2
            && fronted_word
            && s.tokens[first].is_word()
            && s.tokens[first + 1].is_word()
            && !s.tokens[first + 1].is_cap()
            && !s.tokens[first + 1].has(b::DETERMINER | b::PREPOSITION)
    }

    /// `Zentrale Themen seines Besuchs waren …`: a name whose verb, after nothing but
    /// articles and capitalised words, is plural is a plural noun, no person.
    fn plural_name(&self, s: &Sentence<'_>, m: &Mention) -> bool {
        if m.kind != MentionKind::Name {
            return false;
        }
        for t in &s.tokens[m.toks.end..s.range.end] {
            if !t.is_word() {
                return false;
            }
            if t.has(b::PLURAL_VERB) {
                return true;
            }
            if !(t.is_cap() || t.has(b::DETERMINER)) {
                return false;
            }
        }
        false
    }

    /// The first likely person a sentence is about (a subject-capable name).
    pub(super) fn sentence_topic(&self, s: &Sentence<'_>) -> Option<usize> {
        // (`Einige Gehälter würden durch Beträge bestritten, erklärte O’Leary`: a named
        // person is what the sentence is about before a word that is a name only by its
        // capital and its place as a subject.)
        let subject = |person: bool| {
            s.subjects.iter().copied().find(|&e| {
                let ent = &self.reg.entities[e];
                !ent.org && (!person || ent.token_count() >= 2 || ent.role.is_some())
            })
        };
        let spoke = subject(true).or_else(|| subject(false));
        spoke
            .or_else(|| {
                s.mentions
                    .iter()
                    .filter(|m| m.subject_capable() && !m.agent)
                    .filter_map(|m| m.entity)
                    .find(|&e| self.reg.entities[e].person_like())
            })
            // `Für Kulturstaatsministerin Grütters ein Beleg, dass …`: the one whose view
            // the sentence gives.
            .or_else(|| {
                self.stance_holder(s, s.range.end)
                    .and_then(|m| s.mentions[m].entity)
            })
            .or_else(|| {
                // `Ob er die Wut versteht?`: a sentence about a pronoun is about its referent.
                s.mentions
                    .iter()
                    .enumerate()
                    .find_map(|(i, m)| match &m.kind {
                        MentionKind::Pronoun(refs) if m.subject_capable() && !m.agent => self
                            .resolve_pronoun_mention(s, i, refs)
                            .filter(|&e| !self.reg.entities[e].org),
                        _ => None,
                    })
            })
    }
}

/// How well a description fits a person's roles: two points per shared modifier,
/// one for the role noun (`Sprecher` fits `Ministeriumssprecher`); `None` when
/// their modifiers conflict (`russisch` against `chinesisch`).
///
/// `der neue Präsident` is the person elected president: a modifier marking a newcomer
/// (`newcomer`) fits a role the person has taken up, and then counts as shared.
pub(super) fn role_matches(
    ent: &Entity,
    mods: &[String],
    head: Option<&str>,
    generic: bool,
    newcomer: &[String],
) -> Option<usize> {
    // (`zum ZDF-Intendanten` is taken up by `der künftige Intendant`, but `zum
    // Vizepräsidenten` is no `neue Präsident`.)
    let taken_up = head.is_some_and(|h| {
        ent.taken_up
            .iter()
            .any(|x| x == h || x.strip_suffix(h).is_some_and(|f| f.ends_with('-')))
    });
    // (`neue`, `künftigen`: the stem and an inflection ending.)
    let is_new = |m: &String| {
        newcomer
            .iter()
            .any(|n| m.starts_with(n.as_str()) && m.len() <= n.len() + 2)
    };
    let fresh: Vec<String>;
    let (mods, bonus) = if taken_up && mods.iter().any(is_new) {
        fresh = mods.iter().filter(|m| !is_new(m)).cloned().collect();
        (&fresh[..], 2)
    } else {
        (mods, 0)
    };
    // `der CDU-Politiker`: the front of a hyphenated role is a modifier, matched against
    // the person's modifiers, the fronts of their roles and a party named in brackets.
    let front = |h: &str| h.rsplit_once('-').map(|(f, _)| f.to_string());
    // (`the U.N. chief` is `United Nations Secretary-General Ban`: an acronym stands for
    // the modifiers it abbreviates.)
    let acronym_of_mods = |m: &str| {
        let letters: String = m.chars().filter(|c| *c != '.').collect();
        letters.len() >= 2
            && ent.role_mods.windows(letters.len()).any(|w| {
                w.iter()
                    .filter_map(|x| x.chars().next())
                    .eq(letters.chars())
            })
    };
    let ent_has = |m: &str| {
        ent.role_mods.iter().any(|x| x == m)
            || acronym_of_mods(m)
            || ent
                .role_heads
                .iter()
                .any(|h| front(h).is_some_and(|f| f == m))
    };
    let head_front = head.and_then(front);
    let all_mods = || mods.iter().map(String::as_str).chain(head_front.as_deref());
    let shared = all_mods().filter(|m| ent_has(m)).count();
    let ent_mods = !ent.role_mods.is_empty() || ent.role_heads.iter().any(|h| h.contains('-'));
    if all_mods().next().is_some() && ent_mods && shared == 0 {
        return None;
    }
    let head_hit = head.is_some_and(|h| {
        ent.role_heads.iter().any(|x| match x.strip_suffix('.') {
            // An abbreviated title (`gov.`) fits the role it abbreviates (`governor`).
            Some(abbr) => h.starts_with(abbr),
            None => x.ends_with(h) || h.ends_with(x.as_str()),
        })
    });
    // `the Russian Defence Ministry spokesman` is not `Russian president Medvedev`: a
    // shared modifier does not make up for another role noun.
    // (`der CDU-Politiker` names the party, which a person's bracket tells.)
    let other_head = head.is_some()
        && head_front.is_none()
        && !generic
        && !ent.role_heads.is_empty()
        && !head_hit;
    if other_head {
        return None;
    }
    // `der Nationalratspräsident` is `Nationalratspräsident Fischer` before `Präsident
    // Schreiner`: a role noun less specific than the description's fits it less well
    // (`der Sprecher` fits `Ministeriumssprecher Wessel` as well as `Sprecher Roth`).
    let exact = head.is_some_and(|h| ent.role_heads.iter().any(|x| x.ends_with(h)));
    Some(2 * shared + usize::from(head_hit) + usize::from(exact) + bonus)
}

pub(super) fn fits(e: &Entity, refs: &[Referent]) -> bool {
    if e.term {
        return false;
    }
    if e.org {
        return refs.contains(&Referent::Org);
    }
    match e.gender {
        Some(g) => refs.contains(&g),
        None => refs.contains(&Referent::Male) || refs.contains(&Referent::Female),
    }
}
