//! The subject of a speech verb once the candidates are known ([`Attributor::speech_subject`]):
//! perfect and shared subjects, relative clauses, German middle-field subjects, appositions and
//! units after a name, passives and their agents, bodies, demonyms, peoples and partitives as
//! subjects, and the first-subject helpers of a clause or sentence (`clause_first`,
//! `sentence_first`). Grouped as the rules that pick among mentions for a verb already chosen.

use super::*;

impl Attributor<'_> {
    /// The subject of a speech verb `v`: a pronoun after a German verb; the name after
    /// the verb when the first position holds a predicate or an unknown lone word; else
    /// the subject before the verb, after it, or the first of the clause or sentence.
    pub(super) fn speech_subject(
        &self,
        s: &mut Sentence<'_>,
        c: &Candidates,
        v: usize,
    ) -> Option<usize> {
        let (pre, post, post_subject) = (c.pre, c.post, c.post_subject);
        // `Als Zeugin sagt Anna Roth aus`: a bare role noun in the first position is
        // a predicate; the name after the verb is the subject.
        let predicate_first = self.lex.verb_second
            && pre.is_some_and(|p| {
                matches!(
                    s.mentions[p].kind,
                    MentionKind::Description {
                        definite: false,
                        ..
                    }
                )
            })
            && post_subject.is_some_and(|p| s.mentions[p].kind == MentionKind::Name);
        // `described by the Post as “…”`: the agent of a passive speech verb speaks.
        if let Some(a) = self.passive_speech_agent(s, v) {
            return Some(a);
        }
        // `Bullog wird von AP als „…“ beschrieben`: the subject of a German passive is
        // what is described; the agent speaks (`von AP`, `im Bericht von AP`), if named.
        if let Some(start) = self.passive_clause_start(s, v) {
            return s
                .mentions
                .iter()
                .position(|m| m.agent && m.toks.start >= start && m.toks.end <= v);
        }
        if let Some(p) = self.absolute_subject(s, v) {
            return Some(p);
        }
        if let Some(p) = self.perfect_subject(s, v) {
            return Some(p);
        }
        // `Asha-Rose Migiro's remarks calling the situation “…”`: a person's text right
        // before the participle speaks for that person.
        let text_owner = s.mentions.iter().position(|m| {
            m.toks.end == v
                && v > 0
                && m.kind == MentionKind::Name
                && m.toks.len() >= 2
                && s.tokens[v - 1]
                    .lower()
                    .is_some_and(|w| self.lex.is_document_word(w, false))
        });
        if let Some(p) = text_owner.filter(|_| self.participle_cue(s, c, v)) {
            return Some(p);
        }
        if self.participle_cue(s, c, v) {
            // `Swedish party Vänsterpartiet Malmö released a statement boycotting the
            // Eurovision saying`: the sentence's subject, a body as much as a person.
            // `The appeal was filed with the court, which declined …, stating`: with no
            // named subject, the participle goes on with the relative clause's noun.
            return self
                .relative_speech_before(s, v)
                .or_else(|| self.sentence_first(s, v))
                .or_else(|| {
                    (v >= s.range.start + 2 && s.tokens[v - 1].is_punct(","))
                        .then(|| self.relative_antecedent(s, v - 1))
                        .flatten()
                })
                // `drawn the criticism of Human Rights Watch, stating`: failing any
                // subject, the name that the participle's comma follows.
                .or_else(|| {
                    (v >= s.range.start + 2 && s.tokens[v - 1].is_punct(",")).then(|| {
                        s.mentions
                            .iter()
                            .position(|m| m.toks.end + 1 == v && m.kind == MentionKind::Name)
                    })?
                });
        }
        // `Mit Blick auf die Herkunft von Trumps Familie erklärte der Kanzler`: a German
        // sentence opened by a prepositional phrase has its subject after the verb.
        // (`In puncto Binnenmarkt, Handel und Industrie betonte Juncker`: commas of a
        // list of nouns closed by `und` stay within the phrase.)
        // (`Wien (OTS) - Im Interview …`: the phrase opens after a dateline.)
        let opening = s.range.start.max(self.para_text_start).min(v);
        let fronted_phrase = self.lex.verb_second
            && pre.is_some()
            && s.tokens[opening].has(b::PREPOSITION)
            && !s.tokens[opening..v].iter().any(|t| t.is_punct(";:"))
            && self.commas_only_list(s, opening, v);
        // (`Der OZ sagte der Vorsitzende der IMK`: when a body and a person description
        // both open with `der` around the verb, one is a dative; a verb of saying takes
        // its addressee there, so the person after the verb speaks.)
        // (Lexicon `masculine_articles`: `der`, nominative only before a masculine noun.)
        let der = |p: usize| {
            s.tokens[s.mentions[p].toks.start]
                .lower()
                .is_some_and(|w| self.lex.masculine_articles.contains(w))
        };
        // (`der Ministerin`, `der Vorsitzenden`: a female role or an oblique ending after
        // `der` is the dative itself; `Der Verband sagte der Ministerin` keeps its subject.)
        let nominative_role = |p: usize| {
            let m = &s.mentions[p];
            s.tokens[m.toks.end - 1].lower().is_some_and(|w| {
                self.lex.role_gender(w) != Some(Referent::Female)
                    && !self
                        .lex
                        .adjective_oblique
                        .iter()
                        .any(|e| e == "en" && w.ends_with(e.as_str()))
            })
        };
        // (`Den Ministerpräsidenten Matthias Platzeck, der abtritt, nannte er eine „…“`:
        // an object's article opening the sentence leaves the subject to the pronoun
        // after the verb, whatever comma closes the object's relative clause; `Den Abzug
        // der Blauhelme nach zwei Jahren Einsatz verteidigt Spindelegger`: or to the name.)
        let object_first = self.lex.verb_second
            && s.tokens[opening].has(b::OBJECT_DET)
            && s.tokens[opening].is_cap();
        // (`Scharf dementierte der Kanzler`: so does a masculine role after `der`, which
        // is nominative.)
        let fronted_word = pre.is_some_and(|p| self.fronted_unknown_word(s, p))
            && post_subject.is_some_and(|p| {
                self.multi_word_name(s, p)
                    || self.known_person_name(s, p)
                    || (matches!(
                        s.mentions[p].kind,
                        MentionKind::Description { org: false, .. }
                    ) && der(p)
                        && nominative_role(p))
            });
        // (`der Grüne` is one of the party's members, masculine: lexicon
        // `org_words_uncompounded`.)
        let party_first = s
            .tokens
            .get(s.range.start + 1)
            .and_then(Token::lower)
            .is_some_and(|w| {
                self.lex.party_short_names.contains(w) && !self.lex.is_org_word(w, false)
            });
        let dative_body_first = self.lex.verb_second
            && pre.is_some_and(|p| {
                let m = &s.mentions[p];
                m.toks.start == s.range.start && der(p) && self.body_mention(m)
            })
            && post_subject.is_some_and(|p| {
                let m = &s.mentions[p];
                match m.kind {
                    MentionKind::Description { org: false, .. } => {
                        party_first || (der(p) && nominative_role(p))
                    }
                    // (`Der ÖVP Wien empfiehlt Ellensohn`: a party, feminine, after `der`
                    // is no subject, whatever person follows the verb; `der Grüne` is
                    // one of its members.)
                    MentionKind::Name => {
                        party_first && m.entity.is_none_or(|e| self.reg.entities[e].person_like())
                    }
                    _ => false,
                }
            });
        // (`Nachdem er Laila Soueif … getroffen hatte, twitterte er`: so is one opened by a
        // subordinate clause, which the comma before the verb closes.)
        let subordinate_first = self.lex.verb_second
            && c.comma_before
            && v >= s.range.start + 2
            && s.tokens[v - 2].is_word()
            && !s.tokens[v - 2].is_cap()
            && s.tokens[s.range.start]
                .lower()
                .is_some_and(|w| self.lex.subordinators.contains(w));
        // (`Die Chefin, Katharina Dröge, bezeichnete es als „…“`: a German `es` after the
        // verb is its object when a noun fills the first position.)
        let neuter = |p: usize| {
            self.lex.verb_second
                && matches!(&s.mentions[p].kind, MentionKind::Pronoun(refs) if refs.iter().all(|r| *r == Referent::Org))
        };
        // (`So fasste es Landrätin Anna Weber zusammen`: so is one with its subject
        // right after it.)
        let after_es = |p: usize| {
            s.mentions.iter().position(|m| {
                m.toks.start == s.mentions[p].toks.end
                    && m.subject_capable()
                    && match m.kind {
                        MentionKind::Description { .. } => true,
                        MentionKind::Name => m.entity.is_some_and(|e| {
                            let ent = &self.reg.entities[e];
                            ent.org || ent.person_like()
                        }),
                        _ => false,
                    }
            })
        };
        let post_pronoun = c
            .post_pronoun
            .filter(|&p| !(neuter(p) && (pre.is_some() || after_es(p).is_some())));
        let post_subject = match post_subject {
            Some(p) if neuter(p) => after_es(p)
                .or_else(|| (pre.is_none() && self.sentence_first(s, v).is_none()).then_some(p)),
            other => other,
        };
        // (`Einen Sieg seiner Partei würde er als „…“ werten`: after a fronted object, a
        // pronoun right after the finite verb is the subject of the verb closing the
        // clause.)
        let middle_pronoun = object_first
            .then(|| {
                let after = pre.map_or(s.range.start, |p| s.mentions[p].toks.end);
                s.mentions.iter().position(|m| {
                    matches!(m.kind, MentionKind::Pronoun(_))
                        && m.toks.start > after
                        && m.toks.end <= v
                        && s.tokens[m.toks.start - 1].is_word()
                        && !s.tokens[m.toks.start - 1].is_cap()
                        && (after..m.toks.start).all(|t| s.tokens[t].quote().is_none())
                })
            })
            .flatten();
        if let Some(p) = middle_pronoun.filter(|_| c.post_pronoun.is_none()) {
            return Some(p);
        }
        if let (true, Some(p)) = (
            self.lex.verb_second && (!c.comma_before || subordinate_first || object_first),
            post_pronoun,
        ) {
            // `Demnach sagte er`: a nominative pronoun after the verb is the subject.
            Some(p)
        } else if let (true, Some(p)) = (
            predicate_first
                || fronted_word
                || (object_first
                    && post_subject.is_some_and(|p| self.likely_person(&s.mentions[p])))
                || fronted_phrase
                || subordinate_first
                || dative_body_first,
            post_subject,
        ) {
            Some(p)
        } else if let Some(p) = pre {
            // `She said he told her …`: a noun after the verb that a speech verb follows
            // opens the reported clause and is that verb's subject, not this one's object.
            let opens_clause = |o: usize| {
                s.tokens
                    .get(s.mentions[o].toks.end)
                    .is_some_and(|t| t.has(b::SPEECH))
            };
            if let Some(o) = post.filter(|&o| !opens_clause(o)) {
                s.mentions[o].object = true;
            }
            // `Alistair Darling, …, addressing “No” campaign workers said`: the noun before
            // the verb is the object of a participle; the sentence's first person speaks.
            if self.participle_object(s, p) {
                if let Some(f) = self.sentence_first(s, v).filter(|&f| f < p) {
                    return Some(f);
                }
            }
            Some(self.apposition_head(s, p, c.comma_before).unwrap_or(p))
        } else if let Some(p) = self
            .shared_subject(s, v)
            .filter(|_| self.lex.verb_second && post_subject.is_some())
        {
            // `Sie wiederholt ihren Aufruf und fordert die Regierung auf, „…“`: a German
            // verb right after `und` shares the subject before it; the noun after the verb
            // is its object.
            if let Some(o) = post_subject {
                s.mentions[o].object = true;
            }
            Some(p)
        } else if let Some(p) = post_subject {
            Some(p)
        } else if let Some(p) = self.shared_subject(s, v) {
            // `Xi Jinping … did not name North Korea but said`: a verb joined to an
            // earlier one shares its subject, the sentence's first.
            Some(p)
        } else {
            self.relative_antecedent(s, v)
                .or_else(|| self.who_clause_owner(s, v))
                .or_else(|| self.clause_first(s, v))
                .or_else(|| self.middle_field_subject(s, c.after))
                .or_else(|| self.sentence_first(s, v))
        }
    }

    /// `Der Stellvertretende Generalsekretär, Bjørn Berge, hat die Führungsrolle Islands
    /// … begrüßt`: a German participle at the end of its clause, after `hat` or `haben`
    /// opening it, has its subject right before the auxiliary; the nouns between are
    /// objects.
    fn perfect_subject(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        // (The participle closes the clause.)
        let last = s.tokens.get(v + 1).is_none_or(|t| !t.is_word());
        if !self.lex.verb_second || !last {
            return None;
        }
        let a = clause_start(s, v);
        let perfect = a < v
            && s.tokens[a]
                .lower()
                .is_some_and(|w| self.lex.perfect_auxiliaries.contains(w));
        if !perfect || a < s.range.start + 2 || !s.tokens[a - 1].is_punct(",") {
            return None;
        }
        // (The auxiliary follows the comma that closes an apposition of the subject.)
        s.mentions.iter().position(|m| {
            m.toks.end == a - 1
                && m.kind == MentionKind::Name
                && m.subject_capable()
                && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
        })
    }

    /// The subject a verb right after a coordinator (`… but said`, `… und fordert`)
    /// shares with the verb before it: the sentence's first subject before the verb.
    fn shared_subject(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        let coordinated = v > s.range.start + 1
            && s.tokens[v - 1].has(b::COORDINATOR)
            && s.tokens[v - 2].is_word();
        if !coordinated {
            return None;
        }
        let first = s
            .mentions
            .iter()
            .position(|m| m.toks.end <= v && m.subject_capable() && !m.agent)?;
        // (`Demgegenüber attackiert er Bush und bezeichnet ihn als „…“`: after an unknown
        // word in first position, the pronoun or known person right after the first verb
        // is the subject both verbs share.)
        if !self.fronted_unknown_word(s, first) {
            return Some(first);
        }
        let after_verb = s.range.start + 2;
        let inverted = (first + 1..s.mentions.len()).find(|&q| {
            let m = &s.mentions[q];
            m.toks.start == after_verb
                && m.toks.end <= v
                && m.subject_capable()
                && (matches!(m.kind, MentionKind::Pronoun(_)) || self.known_person_name(s, q))
        });
        let verb_between =
            s.tokens[s.range.start + 1].is_word() && !s.tokens[s.range.start + 1].is_cap();
        Some(inverted.filter(|_| verb_between).unwrap_or(first))
    }

    /// `… spoke to Anna Keller, who said`: a verb whose clause opens with a relative
    /// pronoun after a comma is said by the noun the clause hangs on; `King Otto of
    /// Ruritania, who` hangs on the person, not on the place of the `of` phrase.
    fn relative_antecedent(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        // `the airline which calls the group “…”`: a restrictive relative pronoun right
        // before the verb hangs on the noun right before it.
        let restrictive = !self.lex.verb_second
            && v >= s.range.start + 2
            && s.tokens[v - 1].has(b::RELATIVE_PRONOUN);
        if restrictive {
            if let Some(p) = s.mentions.iter().position(|m| m.toks.end == v - 1) {
                return Some(p);
            }
        }
        let start = clause_start(s, v);
        let relative = start >= s.range.start + 2 && start < v && self.relative_at(s, start);
        if !relative {
            return None;
        }
        // (`Karin Hakl (V), die …`: a party or place label in brackets between the name
        // and the comma leaves the clause hanging on the name.)
        const LABEL_TOKENS: usize = 6;
        let mut before = start - 1;
        if before > s.range.start + 1 && s.tokens[before - 1].is_punct(")") {
            let open = (before.saturating_sub(LABEL_TOKENS).max(s.range.start)..before - 1)
                .rev()
                .find(|&t| s.tokens[t].is_punct("("));
            if let Some(o) = open {
                before = o;
            }
        }
        let p = s.mentions.iter().position(|m| m.toks.end == before)?;
        // A German `der`/`die` does not show what it hangs on as clearly as `who`: only a
        // person is taken (`Jakob Reumann, der … unterstrich:`).
        if self.lex.verb_second && !self.likely_person(&s.mentions[p]) {
            return None;
        }
        let m = &s.mentions[p];
        let of_at = m.toks.start.checked_sub(1)?;
        let owner = (p > 0
            && s.tokens[of_at].lower() == Some("of")
            && s.mentions[p - 1].toks.end == of_at
            && self.likely_person(&s.mentions[p - 1]))
        .then(|| p - 1);
        let p = owner
            .or_else(|| self.apposition_name_before(s, p))
            .unwrap_or(p);
        matches!(
            s.mentions[p].kind,
            MentionKind::Name | MentionKind::Description { .. } | MentionKind::Pronoun(_)
        )
        .then_some(p)
    }

    /// Whether token `t` opens a relative clause: a relative pronoun after a comma; in
    /// German, where the pronouns are also articles, one that no noun follows
    /// (`Reumann, der in seiner Rede …`, not `…, der Chef habe …`).
    pub(super) fn relative_at(&self, s: &Sentence<'_>, t: usize) -> bool {
        t > s.range.start
            && s.tokens[t].has(b::RELATIVE_PRONOUN)
            && s.tokens[t - 1].is_punct(",")
            && !(self.lex.verb_second
                && s.tokens.get(t + 1).is_some_and(Token::is_cap)
                && !self.name_object_at(s, t))
    }

    /// `so der Landeshauptmann, der Moltrer „…“ nennt`: whether the name at token `t`
    /// or right after it is the object of a relative clause (see `govern` in `names`),
    /// which makes a German `der` there a relative pronoun, not an article.
    fn name_object_at(&self, s: &Sentence<'_>, t: usize) -> bool {
        s.mentions.iter().any(|m| {
            m.kind == MentionKind::Name && m.object && (m.toks.start == t || m.toks.start == t + 1)
        })
    }

    /// `Ola Kline, a chip analyst at Brightwater Securities, who said`: a body named
    /// inside an apposition stands for the person the apposition describes, named
    /// before it.
    fn apposition_name_before(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        let m = &s.mentions[p];
        if self.likely_person(m) && !m.after_prep {
            return None;
        }
        let role = s.mentions[..p].iter().rposition(|r| {
            matches!(r.kind, MentionKind::Description { org: false, .. })
                && r.toks.start > s.range.start
                && s.tokens[r.toks.start - 1].is_punct(",")
        })?;
        let comma = s.mentions[role].toks.start - 1;
        let between = s.tokens[comma + 1..m.toks.start]
            .iter()
            .any(|t| t.is_punct(",;:"));
        let n = s.mentions[..role]
            .iter()
            .rposition(|n| n.toks.end == comma && n.kind == MentionKind::Name)?;
        (!between && self.likely_person(&s.mentions[n])).then_some(n)
    }

    /// `King Otto, who argued that …, stating: “…”`: a participle right after a relative
    /// clause whose verb is one of speech goes on with that clause's speaker; after
    /// any other relative clause (`who was ill, saying`) it is the sentence subject's.
    fn relative_speech_before(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        if v < s.range.start + 2 || !s.tokens[v - 1].is_punct(",;") {
            return None;
        }
        let start = clause_start(s, v - 1);
        let speech = (start..v - 1).any(|t| s.tokens[t].has(b::SPEECH));
        speech.then(|| self.relative_antecedent(s, v - 1)).flatten()
    }

    /// `Dazu sagte am Montag in Berlin Kanzlerin Anna Roth: „…“`: German may put
    /// adverbials between the verb and a subject that is new information, so when
    /// nothing before the verb can be its subject, the first name or definite
    /// description after it, before the clause ends, is.
    pub(super) fn middle_field_subject(&self, s: &Sentence<'_>, after: usize) -> Option<usize> {
        if !self.lex.verb_second {
            return None;
        }
        let end = (after..s.range.end)
            .find(|&t| s.tokens[t].quote().is_some() || s.tokens[t].is_punct(",;:."))
            .unwrap_or(s.range.end);
        // (`bezeichnete es als Versuch`: a noun after `als` is a predicate.)
        let predicate = |m: &Mention| {
            s.tokens[m.toks.start - 1]
                .lower()
                .is_some_and(|w| self.lex.is_capacity_word(w))
        };
        s.mentions.iter().position(|m| {
            m.toks.start >= after.max(1)
                && m.toks.end <= end
                && m.subject_capable()
                && !m.agent
                && matches!(m.kind, MentionKind::Name | MentionKind::Description { .. })
                && !predicate(m)
        })
    }

    /// `Ann Roe, curator at the University of Arkansas, Fayetteville, said`: when the
    /// mention before the verb closes an apposition set off by commas, the name opening
    /// the sentence, followed by a comma, is the subject (English order).
    fn apposition_head(&self, s: &Sentence<'_>, p: usize, comma_before: bool) -> Option<usize> {
        let m = &s.mentions[p];
        let inside = comma_before
            && m.toks.start > s.range.start
            && s.tokens[m.toks.start - 1].is_punct(",");
        // (`Georg Greve, der Präsident der FSFE sagte: „…“`: in German too, where the
        // missing comma may also make the rest a relative clause about the name.)
        if !inside && p > 0 {
            return self
                .unclosed_apposition_head(s, p)
                .or_else(|| self.person_before_units(s, p));
        }
        if self.lex.verb_second || !inside || p == 0 {
            return None;
        }
        let first = &s.mentions[0];
        let person = first
            .entity
            .is_some_and(|e| self.reg.entities[e].person_like());
        (first.kind == MentionKind::Name
            && first.toks.start == s.range.start
            && first.toks.len() >= 2
            && person
            && s.tokens
                .get(first.toks.end)
                .is_some_and(|t| t.is_punct(",")))
        .then_some(0)
    }

    /// `Sgt. Jacob Garling, B Battery, 2nd Battalion, 4th Field Artillery said`: in
    /// English, bodies' names listed after a person's, the last one's closing comma
    /// left out, are the person's units; the person speaks.
    fn person_before_units(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        if self.lex.verb_second {
            return None;
        }
        let body = |m: &Mention| {
            m.kind == MentionKind::Name && m.entity.is_some_and(|e| self.reg.entities[e].org)
        };
        if !body(&s.mentions[p]) {
            return None;
        }
        // Between two mentions of the list: a comma and an ordinal or a number at most.
        let listed = |before: &Mention, after: &Mention| {
            let gap = &s.tokens[before.toks.end..after.toks.start];
            gap.first().is_some_and(|t| t.is_punct(","))
                && gap.len() <= 2
                && gap[1..].iter().all(|t| !t.is_punct(",") && t.is_word())
        };
        // (A unit's name may look like a person's, `B Battery`: the person has a title,
        // a role or a gender.)
        let person = |m: &Mention| {
            m.entity.is_some_and(|e| {
                let ent = &self.reg.entities[e];
                !ent.org && (ent.titled || ent.role.is_some() || ent.gender.is_some())
            })
        };
        let mut q = p;
        while q > 0 && listed(&s.mentions[q - 1], &s.mentions[q]) {
            q -= 1;
            let m = &s.mentions[q];
            if m.kind != MentionKind::Name {
                return None;
            }
            if person(m) {
                return (m.subject_capable() && !m.after_prep && !m.agent).then_some(q);
            }
        }
        None
    }

    /// `General Schwartz and Secretary Donley said`: two people joined by `and` before
    /// the verb speak together, and the first named is the speaker.
    pub(super) fn first_of_pair(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        let second = &s.mentions[p];
        let and = second.toks.start.checked_sub(1)?;
        let first = &s.mentions[p.checked_sub(1)?];
        let person = |m: &Mention| {
            m.kind == MentionKind::Name
                && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
        };
        let pair = s.tokens[and].has(b::COORDINATOR)
            && first.toks.end == and
            && person(first)
            && person(second)
            && first.subject_capable()
            && !first.after_prep
            && !first.agent;
        pair.then_some(p - 1)
    }

    /// The person named right after a short lower-case quote at `at` (`“head coach”
    /// Lucien Junkin`).
    pub(super) fn name_after_quoted_role(&self, s: &Sentence<'_>, at: usize) -> Option<usize> {
        const ROLE_WORDS: usize = 3;
        let t = s
            .tokens
            .get(at)
            .filter(|t| at < s.range.end && t.quote().is_some())?;
        let raw = self.text.get(t.range.clone())?;
        let inner = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let role_like = inner.starts_with(char::is_lowercase)
            && inner.split_whitespace().count() <= ROLE_WORDS
            && !inner.contains(['.', ',', '!', '?']);
        if !role_like {
            return None;
        }
        s.mentions
            .iter()
            .position(|m| m.toks.start == at + 1 && m.kind == MentionKind::Name)
            .filter(|&q| {
                s.mentions[q]
                    .entity
                    .is_some_and(|e| self.reg.entities[e].person_like())
            })
    }

    /// The person's name that closes a rating after its bracketed qualification
    /// (`(AW/SW) Christian Blanco`, `(select) Ship's Serviceman Angela Zamora`): after
    /// `open`, at most a few more capitalised words of the rating, a short bracket, then
    /// capitalised words, then a full name that ends the clause.
    pub(super) fn name_after_bracketed_qualification(
        &self,
        s: &Sentence<'_>,
        open: usize,
    ) -> Option<usize> {
        const BRACKET_TOKENS: usize = 6;
        const RATING_WORDS: usize = 4;
        // (`Machinist's Mate (AW/SW)`: the rest of the rating may come first.)
        let open = (open..s.range.end.min(open + RATING_WORDS))
            .find(|&t| !(s.tokens[t].is_cap() || s.tokens[t].is_punct("'’")))?;
        if !s.tokens[open].is_punct("(") {
            return None;
        }
        let close = (open + 1..s.range.end.min(open + BRACKET_TOKENS))
            .find(|&t| s.tokens[t].is_punct(")"))?;
        s.mentions.iter().position(|m| {
            m.kind == MentionKind::Name
                && m.toks.start > close
                && m.toks.start <= close + 1 + RATING_WORDS
                && s.tokens[close + 1..m.toks.start]
                    .iter()
                    .all(|t| t.is_cap() || t.is_punct("'’"))
                && s.tokens
                    .get(m.toks.end)
                    .is_none_or(|t| t.is_punct(",.;") || m.toks.end >= s.range.end)
                && m.entity.is_some_and(|e| {
                    let ent = &self.reg.entities[e];
                    !ent.org && ent.token_count() >= 2
                })
        })
    }

    /// The mention after name `p` when it is a person's full name that closes the clause
    /// and only titles or capitalised words of a rating come between (`Park Ranger` ⏎
    /// `Henry Csaposs`, `Gunnery` ⏎ `Sgt. Michael Sroka`): `p` is their unit or rating.
    pub(super) fn person_closing_rating(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        const RATING_TOKENS: usize = 3;
        let first = &s.mentions[p];
        // (A first name that tells a gender is a person's already: `said Tom` ⏎ `Smith`.)
        if first
            .entity
            .is_some_and(|e| self.reg.entities[e].gender.is_some())
        {
            return None;
        }
        let q = p + 1;
        let m = s.mentions.get(q)?;
        let gap = first.toks.end..m.toks.start;
        let between = gap.len() <= RATING_TOKENS
            && s.tokens[gap]
                .iter()
                .all(|t| t.is_cap() || t.is_punct(".") || t.has(b::TITLE));
        let closes = s
            .tokens
            .get(m.toks.end)
            .is_none_or(|t| t.is_punct(",.;") || m.toks.end >= s.range.end);
        let given = m
            .toks
            .clone()
            .find(|&k| s.tokens[k].range.start == m.text.start)
            .is_some_and(|k| s.tokens[k].has(b::GIVEN_NAME));
        let person = m.kind == MentionKind::Name
            && given
            && m.entity.is_some_and(|e| {
                let ent = &self.reg.entities[e];
                !ent.org && ent.token_count() >= 2
            });
        (between && closes && person).then_some(q)
    }

    /// `Marija Burić hat die Bedeutung der Übereinkommen der Organisation unterstrichen`:
    /// in German a noun phrase whose article (`der`, `des`) follows another noun is that
    /// noun's genitive attribute, never the subject of the participle after it.
    pub(super) fn genitive_attribute(&self, s: &Sentence<'_>, m: &Mention) -> bool {
        let start = m.toks.start;
        // (`der Europäischen Kommission Ursula von der Leyen`: a run that ends in a
        // person's name is that person, whatever article opens it.)
        let noun = match m.kind {
            MentionKind::Description { .. } => true,
            MentionKind::Name => {
                let right_after_article = s
                    .tokens
                    .get(start + 1)
                    .is_some_and(|t| t.range.start == m.text.start);
                right_after_article
                    && m.entity
                        .is_some_and(|e| !self.reg.entities[e].person_like())
            }
            _ => false,
        };
        noun && start >= s.range.start + 2
            && s.tokens[start]
                .lower()
                .is_some_and(|w| self.lex.is_attribute_article(w))
            && s.tokens[start - 1].is_word()
            && s.tokens[start - 1].is_cap()
    }

    /// `described by the Washington Post as`: an agent phrase right after a participle of
    /// naming (`passive_agent_verbs`) names the one who spoke. Not at the sentence start:
    /// `Asked by X, Y said` is Y's answer.
    pub(super) fn passive_speech_agent(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        let naming = s.tokens[v]
            .lower()
            .is_some_and(|w| self.lex.passive_agent_verbs.contains(w));
        if !naming || v == s.range.start {
            return None;
        }
        let by_next = v + 1 < s.range.end
            && s.tokens[v + 1]
                .lower()
                .is_some_and(|w| self.lex.agent.contains(w));
        if by_next {
            return s
                .mentions
                .iter()
                .position(|m| m.agent && (m.toks.start == v + 2 || m.toks.start == v + 3));
        }
        self.late_passive_agent(s, v)
    }

    /// `was hailed as a “hero” by the President`: after a passive auxiliary the agent
    /// phrase may follow the quote; it still names the one who spoke, if no clause
    /// break (`,` `;` `:`) comes between.
    fn late_passive_agent(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        let aux = |t: usize| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.passive_aux.contains(w))
        };
        // (`the planned journey” deemed “counterrevolutionary” by the government`: a
        // participle right after a quote is a passive without its auxiliary.)
        let reduced = v > s.range.start && s.tokens[v - 1].quote().is_some();
        let passive = (v.saturating_sub(2).max(s.range.start)..v).any(aux) || reduced;
        if !passive {
            return None;
        }
        let m = s
            .mentions
            .iter()
            .position(|m| m.agent && m.toks.start > v)?;
        let between = v + 1..s.mentions[m].toks.start;
        let broken = s.tokens[between.clone()]
            .iter()
            .any(|t| t.is_punct(",;:") || t.has(b::SPEECH));
        let quoted = s.tokens[between].iter().any(|t| t.quote().is_some());
        (quoted && !broken).then_some(m)
    }

    /// `Comey was dismissed`, `she was told`: the subject of an English passive speech
    /// verb is who was spoken to or about, not who spoke (naming verbs with their agent
    /// are `passive_speech_agent`'s). `was quoted as` goes on to the quoted person's words.
    pub(super) fn english_passive(&self, s: &Sentence<'_>, v: usize) -> bool {
        if self.lex.verb_second || v == s.range.start {
            return false;
        }
        let aux = |t: &Token| t.lower().is_some_and(|w| self.lex.passive_aux.contains(w));
        let before = &s.tokens[v.saturating_sub(2).max(s.range.start)..v];
        let passive = before.last().is_some_and(aux)
            || (before.len() == 2 && aux(&before[0]) && before[1].is_word() && !before[1].is_cap());
        let as_next = s
            .tokens
            .get(v + 1)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.chain_markers.contains(w));
        passive && !as_next && !self.is_participle(&s.tokens[v])
    }

    /// `ich sagte`, `ich habe gesagt`, `sagte ich`: the first person is the subject of
    /// speech verb `v` (two words before it at most, or right after it).
    pub(super) fn first_person_subject(&self, s: &Sentence<'_>, v: usize) -> bool {
        let first = |t: usize| {
            s.tokens
                .get(t)
                .and_then(Token::lower)
                .is_some_and(|w| self.lex.first_person.contains(w))
        };
        let before = (v.saturating_sub(2).max(s.range.start)..v).any(first);
        // (`…, dass ich vor einigen Jahren … Folgendes gesagt habe`: a German verb-final
        // clause has its subject right after the word that opens it.)
        // (The participle before `habe`/`hatte` closes that clause.)
        let perfect = s
            .tokens
            .get(v + 1)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.perfect_auxiliaries.contains(w));
        let opener = (s.range.start..v).rev().find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.is_complementizer(w))
        });
        let verb_final = self.lex.verb_second && perfect && opener.is_some_and(|o| first(o + 1));
        before || verb_final || (v + 1 < s.range.end && first(v + 1))
    }

    /// Where the clause of a verb-final participle `v` starts, when a passive auxiliary
    /// opens it (`wird … beschrieben`, `wurde … genannt`; not the future `wird … erklären`).
    fn passive_clause_start(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        if !self.lex.verb_second {
            return None;
        }
        let participle = s.tokens[v].lower().is_some_and(|w| {
            w.ends_with('t') || w.starts_with("ge") || self.lex.strong_participles.contains(w)
        });
        let verb_final = s
            .tokens
            .get(v + 1)
            .is_none_or(|t| t.is_punct(",;:.!?") || v + 1 >= s.range.end);
        if !participle || !verb_final {
            return None;
        }
        let start = clause_start(s, v);
        (start..v)
            .any(|t| {
                s.tokens[t]
                    .lower()
                    .is_some_and(|w| self.lex.passive_aux.contains(w))
            })
            .then_some(start)
    }

    /// `Freimütig sagte Karl Berg`: in verb-second order a lone capitalised word opening
    /// the sentence that names nobody known is an adverb or predicate, not the subject.
    fn fronted_unknown_word(&self, s: &Sentence<'_>, p: usize) -> bool {
        let m = &s.mentions[p];
        self.lex.verb_second
            && m.kind == MentionKind::Name
            && m.toks == (s.range.start..s.range.start + 1)
            && m.entity.is_some_and(|e| {
                e >= s.new_from && self.reg.entities[e].name.split_whitespace().count() == 1
            })
    }

    /// `Zukunftgerichtet sagte Prokop abschließend`: a name the text has already given a
    /// person before this sentence, which an unknown word in first position cannot
    /// outrank. (`Foodwatch warnte Huber: „…“`: a name closing the clause at the colon
    /// may be the one addressed, and the word before the verb keeps the subject.)
    fn known_person_name(&self, s: &Sentence<'_>, p: usize) -> bool {
        let m = &s.mentions[p];
        m.kind == MentionKind::Name
            && m.entity
                .is_some_and(|e| e < s.new_from && self.reg.entities[e].person_like())
            && !s.tokens.get(m.toks.end).is_some_and(|t| t.is_punct(":"))
    }

    /// A name of two words or more (`Karl Berg`).
    fn multi_word_name(&self, s: &Sentence<'_>, p: usize) -> bool {
        let m = &s.mentions[p];
        m.kind == MentionKind::Name && m.toks.len() >= 2
    }

    /// `“…,” the Bundesbank said` / `The Guardian later reported that “…”`: a definite
    /// article and a lone capitalised word right before the speech verb (adverbs between
    /// skipped) name a body when the word ends in an organisation noun or the verb is one
    /// that media use (`reported`). That body speaks, before any pronoun or topic guess.
    pub(super) fn named_org_subject(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
        if cue.kind != CueKind::Speech {
            return None;
        }
        let v = cue.toks.start;
        let mut n = v;
        while n > s.range.start && v - n < 2 && self.skippable_before_verb(&s.tokens[n - 1]) {
            n -= 1;
        }
        let media = s.tokens[v]
            .lower()
            .is_some_and(|w| self.lex.media_verbs.contains(w));
        // `the Bundesbank said` before the verb; in verb-second order also `berichtete
        // der Spiegel` after it.
        let before = (n >= s.range.start + 2).then(|| n - 1);
        let after =
            (self.lex.verb_second && cue.toks.end + 2 <= s.range.end).then_some(cue.toks.end + 1);
        let noun = [before, after]
            .into_iter()
            .flatten()
            .find(|&k| self.org_word_after_article(s, k, media))?;
        let noun = &s.tokens[noun];
        let surface = self.text.get(noun.range.clone())?;
        let e = self.reg.register_org(&[surface], Vec::new(), Vec::new());
        self.mark_speaker(e);
        s.subjects.push(e);
        Some(e)
    }

    /// Token `k` is a capitalised word after a definite article, outside any mention, that
    /// names a body: it ends in an organisation noun, or `media` (the verb is one media use).
    fn org_word_after_article(&self, s: &Sentence<'_>, k: usize, media: bool) -> bool {
        let (Some(det), Some(noun)) = (
            k.checked_sub(1).and_then(|d| s.tokens.get(d)),
            s.tokens.get(k),
        ) else {
            return false;
        };
        let definite = det
            .lower()
            .is_some_and(|w| self.lex.determiners.contains(w) && !self.lex.indefinite(w));
        let free = noun.is_cap() && !s.mentions.iter().any(|m| m.toks.contains(&k));
        // `vor der Strafkammer`, `before the Tribunal`: an article after a preposition
        // opens a prepositional phrase, never a subject.
        let in_phrase = k >= s.range.start + 2
            && s.tokens[k - 2]
                .lower()
                .is_some_and(|w| self.lex.prepositions.contains(w) || self.lex.agent.contains(w));
        definite
            && free
            && !in_phrase
            && noun
                .lower()
                .is_some_and(|w| media || self.lex.ends_like_org(w))
    }

    /// `“…,” the Swede said` / `sagte der Pole`: a definite article and a lone capitalised
    /// noun that names nobody (a nationality, a nickname) next to a speech verb refer to
    /// the person the text spoke of last.
    pub(super) fn demonym_subject(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
        if cue.kind != CueKind::Speech {
            return None;
        }
        let definite = |t: &Token| {
            t.lower()
                .is_some_and(|w| self.lex.determiners.contains(w) && !self.lex.indefinite(w))
        };
        let bare_noun = |i: usize| {
            s.tokens.get(i).is_some_and(|t| {
                t.is_cap() && !t.lower().is_some_and(|w| self.lex.ends_like_org(w))
            }) && !s.mentions.iter().any(|m| m.toks.contains(&i))
        };
        let (v, after) = (cue.toks.start, cue.toks.end);
        let before = v >= s.range.start + 2 && definite(&s.tokens[v - 2]) && bare_noun(v - 1);
        let behind = after + 2 <= s.range.end
            && s.tokens.get(after).is_some_and(definite)
            && bare_noun(after + 1);
        if !(before || behind) {
            return None;
        }
        let e = self.persons.iter().next()?;
        self.mark_speaker(e);
        s.subjects.push(e);
        Some(e)
    }

    /// `Both France and Britain have protested, … the French saying …`: a people right
    /// before a speech verb speaks for its country, when the text has named it.
    pub(super) fn people_subject(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
        let v = cue.toks.start;
        if cue.kind != CueKind::Speech || v < s.range.start + 2 {
            return None;
        }
        let article = s.tokens[v - 2]
            .lower()
            .is_some_and(|w| self.lex.determiners.contains(w) && !self.lex.indefinite(w));
        let country = s.tokens[v - 1]
            .lower()
            .and_then(|w| self.lex.collective_demonyms.get(w))
            .filter(|_| article)?;
        let e = (0..self.reg.entities.len()).rev().find(|&e| {
            self.reg.entities[e]
                .name
                .split_whitespace()
                .any(|w| w.to_lowercase() == *country)
        })?;
        self.mark_speaker(e);
        s.subjects.push(e);
        Some(e)
    }

    /// `Einer der Schaulustigen sagte`, `said one of the onlookers`: a partitive pronoun
    /// and its group, right before the speech verb as the clause opens or right after
    /// it, are the speaker, named as written.
    pub(super) fn partitive_subject(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
        const GROUP_WORDS: usize = 3;
        if cue.kind != CueKind::Speech {
            return None;
        }
        // The end of the group's noun phrase from the partitive pronoun at `p`.
        let phrase_end = |p: usize| -> Option<usize> {
            let pronoun = s.tokens[p]
                .lower()
                .is_some_and(|w| self.lex.partitive_pronouns.contains(w));
            let link = s.tokens.get(p + 1)?.lower()?;
            if !pronoun || !self.lex.partitive_links.contains(link) {
                return None;
            }
            let mut k = p + 2;
            // (`one of the onlookers`: an article or possessive after `of`.)
            if s.tokens.get(k).is_some_and(|t| t.has(b::DETERMINER)) && !self.lex.verb_second {
                k += 1;
            }
            let noun_start = k;
            while k < s.range.end && k - noun_start < GROUP_WORDS && s.tokens[k].is_word() {
                if s.tokens[k].has(b::SPEECH) {
                    break;
                }
                k += 1;
            }
            // The group ends in a noun: German capitalises it; English gives a plural.
            let last = s.tokens.get(k.checked_sub(1)?)?;
            let noun = if self.lex.verb_second {
                last.is_cap()
            } else {
                last.lower().is_some_and(|w| w.ends_with('s'))
            };
            (k > noun_start && noun).then_some(k)
        };
        let v = cue.toks.start;
        let clause_opens = |p: usize| {
            p == s.range.start
                || s.tokens[p - 1].is_punct(",:;")
                || s.tokens[p - 1].quote().is_some()
        };
        let before = (s.range.start..v).find(|&p| clause_opens(p) && phrase_end(p) == Some(v));
        // (After the verb only when it is inverted: `Smith told one of the reporters`
        // names the one addressed.)
        let start = clause_start(s, v);
        let inverted = !s
            .mentions
            .iter()
            .any(|m| m.toks.start >= start && m.toks.end <= v && m.subject_capable());
        let after = (before.is_none() && inverted).then(|| {
            let p = cue.toks.end;
            (p < s.range.end)
                .then(|| phrase_end(p).map(|end| (p, end)))
                .flatten()
        });
        let (p, end) = match (before, after.flatten()) {
            (Some(p), _) => (p, v),
            (None, Some(pe)) => pe,
            _ => return None,
        };
        // (`said one of the judges, Lord Justice Maurice Kay`: a name in apposition
        // names the one.)
        let apposed = s.tokens.get(end).is_some_and(|t| t.is_punct(","))
            && s.mentions
                .iter()
                .any(|m| m.toks.start == end + 1 && m.kind == MentionKind::Name);
        if apposed {
            return None;
        }
        let text = self
            .text
            .get(s.tokens[p].range.start..s.tokens[end - 1].range.end)?;
        let mut name = text.to_string();
        if let Some(first) = name
            .get(..1)
            .filter(|f| f.chars().all(|c| c.is_ascii_lowercase()))
        {
            name.replace_range(..1, &first.to_uppercase());
        }
        let e = self.reg.register_indefinite(&name, false);
        self.mark_speaker(e);
        s.subjects.push(e);
        Some(e)
    }

    /// A word that may stand between an English subject and its verb (`on Monday`, `also`).
    pub(super) fn skippable_before_verb(&self, t: &Token) -> bool {
        t.lower().is_some_and(|w| {
            self.lex.pre_verb_adverbs.contains(w)
                || self.lex.non_names.contains(w)
                || (!t.is_cap()
                    && self
                        .lex
                        .adverb_endings
                        .iter()
                        .any(|e| w.len() > e.len() + 3 && w.ends_with(e.as_str())))
                || (!self.lex.verb_second && self.lex.prepositions.contains(w))
        })
    }

    /// First subject-capable mention between the clause start and token `v`.
    pub(super) fn clause_first(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        let start = clause_start(s, v);
        // `Lena Brandt, who follows forums for CBS News said`: a relative clause's
        // nouns are not its verb's subject; the noun before it is (found by the caller).
        if start < s.range.end && self.relative_at(s, start) {
            return None;
        }
        let verb_final = s.tokens.get(v + 1).is_none_or(|t| !t.is_word()) || v + 1 >= s.range.end;
        // `während der Premier von einem „…“ Schritt sprach`: a word that is a preposition
        // or a conjunction opens a clause whose verb comes last; its noun is the subject.
        let conjunction = verb_final
            && s.tokens[start]
                .lower()
                .is_some_and(|w| self.lex.conjunction_prepositions.contains(w));
        s.mentions
            .iter()
            .position(|m| {
                m.toks.start >= start
                    && m.toks.end <= v
                    && m.subject_capable()
                    && !m.agent
                    && !self.noun_after_quoted_modifier(s, m)
                    && !self.genitive_attribute(s, m)
            })
            .or_else(|| {
                s.mentions.iter().position(|m| {
                    conjunction && m.toks.start == start + 1 && m.toks.end <= v && !m.object
                })
            })
    }

    /// First likely person (else any subject) earlier in the sentence than token `v`.
    pub(super) fn sentence_first(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        // (`Als Trainer der schwächsten Mannschaft wackelt Härtel: „…“`: a role after
        // a word of capacity opening the sentence is no subject.)
        // (`Als Reaktion auf … hat der Generalsekretär …`: in German, a capitalised noun
        // there, which may pass for a name, neither.)
        // (`Nach 18 Jahren als Caritaspräsident … ist Franz Küberl nicht mehr angetreten:`:
        // in German, nor is one after that word further on.)
        // (`als Caritaspräsident und Caritasdirektor`: or after a noun joined to one there.)
        let capacity = |m: &Mention| {
            let at = m.toks.start;
            let mut k = at.saturating_sub(1);
            while self.lex.verb_second
                && k >= s.range.start + 2
                && s.tokens[k].has(b::COORDINATOR)
                && s.tokens[k - 1].is_cap()
            {
                k -= 2;
            }
            // (Further on only after a noun: `besser als Bürgermeister Peter Müller`
            // compares.)
            let opens = k == s.range.start;
            let after_noun =
                k > s.range.start && s.tokens[k - 1].is_word() && s.tokens[k - 1].is_cap();
            (matches!(m.kind, MentionKind::Description { .. })
                || (self.lex.capitalised_nouns && m.kind == MentionKind::Name))
                && (opens || (self.lex.verb_second && after_noun))
                && s.tokens[k]
                    .lower()
                    .is_some_and(|w| self.lex.is_capacity_word(w))
        };
        // (`As Barbados Underground joins the call …, Living in Barbados examines …,
        // saying`: the subject follows the clause a subordinator opens.)
        let opener = s.tokens[s.range.start]
            .lower()
            .is_some_and(|w| self.lex.subordinators.contains(w));
        let main_from = opener
            .then(|| (s.range.start + 1..v).find(|&t| s.tokens[t].is_punct(",")))
            .flatten()
            .map_or(s.range.start, |c| c + 1);
        // (`As … newspaper, citing “…”`: a verb right after that comma is still the
        // clause's.)
        let main_from = if s
            .mentions
            .iter()
            .any(|m| m.toks.start >= main_from && m.toks.end <= v)
        {
            main_from
        } else {
            s.range.start
        };
        let candidates = || {
            s.mentions.iter().enumerate().filter(|(_, m)| {
                m.toks.end <= v
                    && m.toks.start >= main_from
                    && (m.subject_capable() || self.role_of_body_person(s, m))
                    && !m.agent
                    && !capacity(m)
            })
        };
        candidates()
            .find(|(_, m)| self.likely_person(m))
            .or_else(|| candidates().next())
            .map(|(i, _)| i)
    }

    /// A mention that probably names a person: a pronoun, a description, or a name
    /// known well enough ([`Entity::person_like`]).
    /// `Rep. Charles Rangel (D) who represents a neighborhood which Chavez visited said`:
    /// a person opening the sentence, a `who` clause without commas after them, and the
    /// verb after it: the person is its subject.
    fn who_clause_owner(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        if self.lex.verb_second {
            return None;
        }
        let first = s.mentions.first().filter(|m| m.toks.end < v)?;
        let opens = first.toks.start == s.range.start && self.likely_person(first);
        // Skip a label in brackets after the name (`(Democrats)`).
        let mut t = first.toks.end;
        if s.tokens.get(t).is_some_and(|x| x.is_punct("(")) {
            t = (t..v).find(|&k| s.tokens[k].is_punct(")"))? + 1;
        }
        if t >= v {
            return None;
        }
        let who = s.tokens[t].lower() == Some("who");
        let no_break = !s.tokens[t..v].iter().any(|x| x.is_punct(",;:"));
        (opens && who && no_break && first.kind == MentionKind::Name).then_some(0)
    }

    /// `Alexander Zhukov, the deputy Prime Minister and head of the Olympics Committee
    /// told …`: an apposition that no second comma closes before the verb still
    /// describes the name opening the sentence, which is the subject.
    fn unclosed_apposition_head(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        let k = self.opening_name(s)?;
        let first = &s.mentions[k];
        let person = first.kind == MentionKind::Name
            && first
                .entity
                .is_some_and(|e| self.reg.entities[e].person_like());
        let comma = first.toks.end;
        if !person || !s.tokens.get(comma).is_some_and(|t| t.is_punct(",")) {
            return None;
        }
        let role = s.mentions.get(k + 1)?;
        // `, the other ex-CIA official`: articles and lower-case words may lead the role.
        const LEAD_WORDS: usize = 2;
        let opens = role.toks.start > comma
            && role.toks.start <= comma + 1 + LEAD_WORDS
            && s.tokens[comma + 1..role.toks.start]
                .iter()
                .all(|t| t.is_word() && !t.is_cap());
        let is_role = matches!(role.kind, MentionKind::Description { org: false, .. });
        let end = s.mentions[p].toks.end;
        if end <= comma + 1 {
            return None;
        }
        let unclosed = !s.tokens[comma + 1..end].iter().any(|t| t.is_punct(",;:"));
        (opens && is_role && unclosed && k < p).then_some(k)
    }

    /// The mention that opens the main clause: the sentence's first, or, after an opening
    /// phrase set off by a comma that names no person (`At the launch event, Jim Barnhart,
    /// director of …`), the first one after that comma.
    fn opening_name(&self, s: &Sentence<'_>) -> Option<usize> {
        let first = s.mentions.first()?;
        if first.toks.start == s.range.start {
            return Some(0);
        }
        if self.lex.verb_second {
            return None;
        }
        let (comma, k) = self.after_opening_phrase(s, s.range.end)?;
        let m = &s.mentions[k];
        (m.toks.start == comma + 1 && m.kind == MentionKind::Name && self.likely_person(m))
            .then_some(k)
    }

    /// `At the launch event, …`: the comma closing an opening phrase that holds no quote
    /// and names no person, before token `limit`, and the first mention after it.
    pub(super) fn after_opening_phrase(
        &self,
        s: &Sentence<'_>,
        limit: usize,
    ) -> Option<(usize, usize)> {
        let comma = (s.range.start..limit).find(|&t| s.tokens[t].is_punct(",;:"))?;
        let plain = s.tokens[comma].is_punct(",")
            && !s.tokens[s.range.start..comma]
                .iter()
                .any(|t| t.quote().is_some());
        let k = s.mentions.iter().position(|m| m.toks.start > comma)?;
        let no_person = s.mentions[..k].iter().all(|m| !self.likely_person(m));
        (plain && no_person).then_some((comma, k))
    }

    /// A body rather than a person: an organisation's description, or a name the text
    /// does not know as a person's.
    pub(super) fn body_mention(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Description { org, .. } => org,
            MentionKind::Name => m
                .entity
                .is_some_and(|e| !self.reg.entities[e].person_like()),
            _ => false,
        }
    }

    pub(super) fn likely_person(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Name => m.entity.is_some_and(|e| self.reg.entities[e].person_like()),
            // (`Ähnlich sieht es der Vizepräsident …`: a German pronoun that can only be
            // neuter, `es`, is never taken for a person wherever it stands, so it does not
            // take a colon quote from the person after it; English `it said` may be a
            // body's.)
            MentionKind::Pronoun(ref refs) => {
                !self.lex.verb_second || !refs.iter().all(|r| *r == Referent::Org)
            }
            // `not a party to the talks`: a body, not a person.
            MentionKind::Description { org, .. } => !org,
            MentionKind::Document { .. } => false,
        }
    }

    pub(super) fn mark_speaker(&mut self, e: usize) {
        let Some(ent) = self.reg.entities.get_mut(e) else {
            return;
        };
        ent.spoke = true;
        self.topics.push(e);
        if ent.org {
            self.org_speakers.push(e);
            self.orgs.push(e);
        } else {
            self.persons.push(e);
        }
    }
}

/// The first token of the clause holding token `v`: after the last clause mark before it.
fn clause_start(s: &Sentence<'_>, v: usize) -> usize {
    // `Werner KOGLER (G) begründete … und sagte`: a label in parentheses after a bare
    // name is an aside inside the clause, not the opening of one (but `a senior German
    // Council on Foreign Relations (DGAP) said` and a dateline `Berlin (dpa) -` are).
    let mut t = v;
    while t > s.range.start {
        t -= 1;
        let tok = &s.tokens[t];
        let dash_after = s.tokens.get(t + 1).is_some_and(|n| n.is_punct("-–—"));
        if tok.is_punct(")") && !dash_after {
            let open = (s.range.start..t)
                .rev()
                .find(|&o| s.tokens[o].is_punct("("));
            let bare_name = |o: usize| {
                (s.range.start..o)
                    .rev()
                    .map(|k| &s.tokens[k])
                    .take_while(|k| !k.is_punct(",;:–—()"))
                    .all(|k| !k.is_word() || k.is_cap())
            };
            if let Some(open) = open.filter(|&o| bare_name(o)) {
                t = open;
                continue;
            }
        }
        if tok.is_punct(",;:–—(") {
            return t + 1;
        }
    }
    s.range.start
}
