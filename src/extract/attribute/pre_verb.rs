//! Helpers of [`Attributor::candidates`] for the words before a verb: parentheticals, `of`
//! phrases and affiliations, participles, where a subject before the verb may end, appositions
//! set off by commas, and impersonal or pointing subjects (`hieß es aus dem Ministerium`,
//! `Darin heißt es`). They decide which mention before the verb is its subject.

use super::*;

impl Attributor<'_> {
    /// `When it comes to terrorism, said the Vice President, “…”`: a verb between commas,
    /// its subject after it, with the quote right after the second comma, is inverted.
    pub(super) fn parenthetical_before_quote(&self, s: &Sentence<'_>, v: usize) -> bool {
        const SUBJECT_WORDS: usize = 6;
        if self.lex.verb_second || v < s.range.start + 2 || !s.tokens[v - 1].is_punct(",") {
            return false;
        }
        let Some(comma) = (v + 1..s.range.end.min(v + 2 + SUBJECT_WORDS))
            .find(|&t| !s.tokens[t].is_word() && !s.tokens[t].is_punct("."))
        else {
            return false;
        };
        // (`Smith smiled, told reporters, “…”`: a lower-case word after the verb is its
        // object, not an inverted subject.)
        let after = &s.tokens[v + 1];
        let subject_like = after.is_cap() || after.has(b::DETERMINER | b::TITLE);
        subject_like
            && comma > v + 1
            && s.tokens[comma].is_punct(",")
            && s.tokens
                .get(comma + 1)
                .is_some_and(|t| comma + 1 < s.range.end && t.quote().is_some())
    }

    /// `Mary Lou McDonald, leader of the party said`: the body ending an `of` phrase
    /// before the verb belongs to a role that the apposition tied to a person, who
    /// is the subject; so does a text (`the authors of the study said`).
    pub(super) fn of_phrase_person(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        // (A pronoun set off by commas, `…, the mother of Alaa, he tweeted`, opens a clause.)
        if matches!(s.mentions[p].kind, MentionKind::Pronoun(_)) {
            return None;
        }
        // `of the U.S. Geological Survey`: an abbreviation split off the front of the
        // name is part of the same phrase.
        // So is a name set off by a comma after the phrase (`of the British gay rights
        // organization, Stonewall, said`), and the rest of a name after a plural
        // possessive (`of the Federation of Massachusetts Farmers' Markets says`).
        let mut p = p;
        while p > 0
            && !s.mentions[p].after_prep
            && s.mentions[p - 1].after_prep
            && s.mentions[p].toks.start <= s.mentions[p - 1].toks.end + 1
            && s.mentions[p].toks.start >= s.mentions[p - 1].toks.end
            && s.tokens[s.mentions[p - 1].toks.end..s.mentions[p].toks.start]
                .iter()
                .all(|t| t.is_punct(".,'’"))
        {
            p -= 1;
        }
        let m = &s.mentions[p];
        if !m.after_prep || p == 0 {
            return None;
        }
        let head = &s.mentions[p - 1];
        // (`Victor Thibault, 38, of Digby, Nova Scotia said`: an age set off by commas
        // may stand between the person and the phrase.)
        let aged = s.tokens.get(head.toks.end).is_some_and(|t| t.is_punct(","))
            && s.tokens.get(head.toks.end + 1).is_some_and(|t| {
                t.lower()
                    .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
            })
            && s.tokens
                .get(head.toks.end + 2)
                .is_some_and(|t| t.is_punct(","));
        let of_at = if aged {
            head.toks.end + 3
        } else {
            head.toks.end
        };
        // `the authors of the study said`: a text is never the subject its role holder is.
        let text = matches!(m.kind, MentionKind::Document { .. });
        // `Muhammad Alwi of the Transportation Ministry said`: a person's `of` phrase
        // names where they work, never the subject.
        // `Dodds of Time Magazine points out`: a bare name belonging to a body is a person
        // too, though nothing else tells.
        let body = m.entity.is_some_and(|e| self.reg.entities[e].org);
        let person = head.kind == MentionKind::Name
            && head.entity.is_some_and(|e| {
                let ent = &self.reg.entities[e];
                ent.person_like() || (body && !ent.org)
            });
        let linked = (person
            || matches!(head.kind, MentionKind::Description { org: false, .. })
                && (head.entity.is_some() || text))
            && s.tokens.get(of_at).and_then(Token::lower) == Some("of")
            && (m.toks.start == of_at + 1
                || (m.toks.start == of_at + 2 && s.tokens[of_at + 1].has(b::DETERMINER)));
        if linked {
            return Some(p - 1);
        }
        self.affiliated_person(s, p)
    }

    /// `William Hamilton from the Church of Scotland said`: a person named right before
    /// an affiliation word is the subject, not the body after it, however many `of`
    /// pieces that body's name has.
    fn affiliated_person(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        if self.lex.verb_second {
            return None;
        }
        let first = s.range.start;
        let mut k = s.mentions[p].toks.start;
        // Each place the body's name may start (`Surono of Indonesia's Directorate of
        // Vulcanology`: the `of` after `Surono` is the affiliation, not a piece of it).
        let mut starts = vec![k];
        while k >= first + 2 && s.tokens[k - 1].lower() == Some("of") && s.tokens[k - 2].is_cap() {
            k -= 2;
            while k > first && s.tokens[k - 1].is_cap() {
                k -= 1;
            }
            starts.push(k);
        }
        starts
            .into_iter()
            .rev()
            .find_map(|k| self.affiliated_at(s, k))
    }

    /// The person named right before the affiliation word before token `k`.
    pub(super) fn affiliated_at(&self, s: &Sentence<'_>, mut k: usize) -> Option<usize> {
        let first = s.range.start;
        if k > first && s.tokens[k - 1].has(b::DETERMINER) {
            k -= 1;
        }
        let affiliation = k > first
            && s.tokens[k - 1]
                .lower()
                .is_some_and(|w| self.lex.affiliation.contains(w));
        if !affiliation {
            return None;
        }
        // (`Surono of the Directorate of Vulcanology said`: a one-word name there is a
        // person's too.)
        s.mentions.iter().position(|h| {
            h.toks.end == k - 1
                && h.kind == MentionKind::Name
                && h.entity.is_some_and(|e| {
                    let ent = &self.reg.entities[e];
                    ent.person_like() || (!ent.org && h.toks.len() == 1)
                })
        })
    }

    /// `Voice of America Director David S. Jackson issued`: a person named with a role
    /// after the `of` of a body's name is no object of that `of`.
    pub(super) fn role_of_body_person(&self, s: &Sentence<'_>, m: &Mention) -> bool {
        m.kind == MentionKind::Name
            && m.toks.start >= s.range.start + 2
            && s.tokens[m.toks.start - 1].lower() == Some("of")
            && s.tokens[m.toks.start - 2].is_cap()
            && m.entity.is_some_and(|e| {
                let ent = &self.reg.entities[e];
                ent.role.is_some() && ent.person_like()
            })
    }

    /// `after the company confirmed`, `the editors of the Journal said`: a preposition
    /// whose noun may be the subject of the next verb (unlike `replied to Boylan saying`)
    /// governs the mention.
    pub(super) fn after_subject_preposition(&self, s: &Sentence<'_>, m: &Mention) -> bool {
        s.tokens[s.range.start..m.toks.start]
            .iter()
            .rev()
            .find(|t| t.lower().is_none_or(|w| !self.lex.determiners.contains(w)))
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.subject_prepositions.contains(w))
    }

    /// An English participle (`saying`, `addressing`): a word with a participle ending
    /// and a stem of three letters or more.
    pub(super) fn is_participle(&self, t: &Token) -> bool {
        t.lower().is_some_and(|w| self.lex.is_participle(w))
    }

    /// `X released a statement boycotting Y saying “…”`, `X replied to Y, adding`: an
    /// English participle cue is said by its sentence's subject, not the noun before it,
    /// unless that noun opens an absolute phrase (`with X saying`).
    pub(super) fn participle_cue(&self, s: &Sentence<'_>, c: &Candidates, v: usize) -> bool {
        let participle = self.is_participle(&s.tokens[v]);
        let absolute = c.pre.is_some_and(|p| {
            let start = s.mentions[p].toks.start;
            start > s.range.start
                && s.tokens[start - 1]
                    .lower()
                    .is_some_and(|w| self.lex.absolute.contains(w))
        });
        // `Mia Freedman posted “…”, and Lisa Wilkinson posting “…”`: a name right before
        // the participle after `and` is its subject, as after `with`.
        let coordinated = !self.lex.verb_second
            && c.pre.is_some_and(|p| {
                let m = &s.mentions[p];
                m.toks.end == v
                    && m.kind == MentionKind::Name
                    && m.toks.start > s.range.start
                    && s.tokens[m.toks.start].is_cap()
                    && s.tokens[m.toks.start - 1].has(b::COORDINATOR)
            });
        participle && !absolute && !coordinated
    }

    /// `with a spokesperson for them saying`: the noun an absolute `with` opens is the
    /// subject of a participle a short phrase after it.
    pub(super) fn absolute_subject(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        const MAX_GAP: usize = 3;
        s.mentions.iter().rposition(|m| {
            let start = m.toks.start;
            start > s.range.start
                && s.tokens[start - 1].has(b::ABSOLUTE)
                && m.toks.end <= v
                && v - m.toks.end <= MAX_GAP
                && s.tokens[m.toks.end..v].iter().all(Token::is_word)
                && matches!(m.kind, MentionKind::Name | MentionKind::Description { .. })
        })
    }

    /// `von einem „völlig neuen“ Schritt`: a noun after a quoted modifier that follows an
    /// article or a preposition ends that phrase; it is no subject.
    pub(super) fn noun_after_quoted_modifier(&self, s: &Sentence<'_>, m: &Mention) -> bool {
        let t = m.toks.start;
        // (`for its “clear commitment,” Santamaria said`: a quote closed by its comma
        // modifies nothing after it.)
        let comma_closed = |k: usize| {
            self.text.get(s.tokens[k].range.clone()).is_some_and(|q| {
                q.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
                    .ends_with(',')
            })
        };
        t >= s.range.start + 2
            && s.tokens[t - 1].quote().is_some()
            && !comma_closed(t - 1)
            && s.tokens[t - 2].lower().is_some_and(|w| {
                self.lex.determiners.contains(w) || self.lex.prepositions.contains(w)
            })
    }

    /// Where a subject before verb `v` may end: `Starmer on Monday said` skips time phrases
    /// and adverbs, `Andy Grote (SPD) sprach` a short parenthesis.
    pub(super) fn pre_verb_end(&self, s: &Sentence<'_>, v: usize) -> usize {
        let mut pre_end = v;
        if pre_end > s.range.start && s.tokens[pre_end - 1].is_punct(")") {
            let open = (pre_end.saturating_sub(6).max(s.range.start)..pre_end - 1)
                .rev()
                .find(|&t| s.tokens[t].is_punct("("));
            if let Some(o) = open {
                pre_end = o;
            }
        }
        // `Ruth Davidson — who is herself a lesbian — argued`: a dashed aside as well.
        if let Some(open) = dashed_aside(s, pre_end) {
            pre_end = open;
        }
        // (`GR Christoph Wiederkehr, BA (NEOS) bezeichnete`: and a degree after a comma.)
        let degree = pre_end >= s.range.start + 2
            && s.tokens[pre_end - 2].is_punct(",")
            && s.tokens[pre_end - 1]
                .lower()
                .is_some_and(|w| self.lex.postnominal_degrees.contains(w));
        if degree {
            pre_end -= 2;
        }
        while pre_end > s.range.start
            && v - pre_end < 3
            && self.skippable_before_verb(&s.tokens[pre_end - 1])
        {
            pre_end -= 1;
        }
        pre_end
    }

    /// A subject set off by commas before verb `v`, whose token before is a comma.
    /// `a palace aide, Omar Jelloun, said`: an English name closing an apposition right
    /// before the verb. `Anna Roth, die …, sagte`: a German sentence that opens with a
    /// name and a relative clause ending at the verb, unless a name follows the verb
    /// (`…, sagte Müller` names its own subject).
    pub(super) fn apposition_subject(
        &self,
        s: &Sentence<'_>,
        v: usize,
        after: usize,
    ) -> Option<usize> {
        if self.lex.verb_second {
            // (`Cillian Lohan, EWSA-Mitglied und Mitbegründer der ECESP, begrüßte die
            // Plattform`: a person opening the sentence before an apposition of unknown
            // words fills the first position; a name after the verb is the object.)
            if let Some(p) = self.long_apposition_owner(s, v) {
                return Some(p);
            }
            // (`Der ZDF-Verwaltungsratsvorsitzende, Ministerpräsident Kurt Beck, nannte
            // Dieter Stolte …`: a description opening the sentence and the name apposed to
            // it between commas fill the first position, whatever name follows the verb.)
            // (`Den Vorsitzenden, Kurt Beck, kritisierte Merkel`: not an object's article.)
            // (`Der neue Leiter der LPI, Polizeidirektor Lutz Schnelle, begrüßte …`: the
            // description may keep a genitive of its body before the comma.)
            // (`Der Obmann der Team Stronach-IG im Kärntner Landtag, Hartmut Prasch,`:
            // and a preposition's phrase after it.)
            const GENITIVE_WORDS: usize = 8;
            // (`Der neue, amtierende Behördenleiter …`: adjectives set off by commas may
            // stand between the article and the description.)
            let led_by_adjectives = |d: &Mention| {
                s.tokens[s.range.start].has(b::DETERMINER)
                    && s.tokens[s.range.start + 1..d.toks.start]
                        .iter()
                        .all(|t| t.is_punct(",") || (t.is_word() && !t.is_cap()))
            };
            let role_comma = s.mentions.first().and_then(|d| {
                let opens = (d.toks.start == s.range.start || led_by_adjectives(d))
                    && matches!(d.kind, MentionKind::Description { org: false, .. })
                    && !s.tokens[d.toks.start].has(b::OBJECT_DET | b::GENITIVE_ARTICLE)
                    && v > s.range.start
                    && s.tokens[v - 1].is_punct(",");
                if !opens {
                    return None;
                }
                if s.tokens.get(d.toks.end).is_some_and(|t| t.is_punct(",")) {
                    return Some(d.toks.end);
                }
                let genitive = s
                    .tokens
                    .get(d.toks.end)
                    .is_some_and(|t| t.has(b::DETERMINER | b::GENITIVE_ARTICLE));
                let attribute = |t: &Token| {
                    t.is_word() && (t.is_cap() || t.has(b::PREPOSITION | b::DETERMINER))
                };
                let comma = (d.toks.end + 1..(d.toks.end + 1 + GENITIVE_WORDS).min(v))
                    .find(|&t| !attribute(&s.tokens[t]))?;
                (genitive && s.tokens[comma].is_punct(",")).then_some(comma)
            });
            let apposed = s.mentions.iter().position(|m| {
                role_comma.is_some_and(|c| m.toks.start == c + 1)
                    && m.kind == MentionKind::Name
                    && m.toks.end + 1 == v
                    && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
            });
            if apposed.is_some() {
                return apposed;
            }
            let name_after = s
                .mentions
                .iter()
                .any(|m| m.toks.start == after && m.kind == MentionKind::Name);
            if name_after {
                return None;
            }
            // (`Wien (OTS) - Josef Ostermayer, …`: or right after a dateline's dash.)
            s.mentions.iter().position(|m| {
                (m.toks.start <= s.range.start + 2 || s.tokens[m.toks.start - 1].is_punct("-–—"))
                    && m.kind == MentionKind::Name
                    && m.subject_capable()
                    && s.tokens.get(m.toks.end).is_some_and(|t| t.is_punct(","))
                    && s.tokens.get(m.toks.end + 1).is_some_and(|t| {
                        // (`Josef Ostermayer, Staatssekretär im Bundeskanzleramt, stellt
                        // … fest`: a bare role opens an apposition too.)
                        t.lower().is_some_and(|w| self.lex.determiners.contains(w))
                            || (t.is_cap() && t.has(b::ROLE))
                    })
            })
        } else {
            // (The person before a role and its body comes first: `Maj. Gen. David P.
            // Rataczak, the Adjutant General, Arizona National Guard, said`.)
            self.role_apposition_owner(s, v)
                .or_else(|| {
                    s.mentions.iter().position(|m| {
                        m.toks.end + 1 == v
                            && m.kind == MentionKind::Name
                            && m.subject_capable()
                            && m.toks.start > s.range.start
                            && s.tokens[m.toks.start - 1].is_punct(",")
                    })
                })
                .or_else(|| self.relative_clause_owner(s, v))
                .or_else(|| self.long_apposition_owner(s, v))
        }
    }

    /// `Comer, keynote speaker at the Council’s Veterans Day ceremony on Nov. 11, said`:
    /// a person's name opening the sentence, set off by a comma, with an apposition of no
    /// known role that a comma closes right before verb `v`, is the subject.
    fn long_apposition_owner(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        const MAX_PHRASE: usize = 25;
        let first = s.mentions.first()?;
        let open = first.toks.end;
        // (A bare name of no known kind counts when a lower-case phrase describes it.)
        let described = s
            .tokens
            .get(open + 1)
            .is_some_and(|t| t.is_word() && !t.is_cap());
        let person = first.kind == MentionKind::Name
            && first.toks.start == s.range.start
            && first.entity.is_some_and(|e| {
                let ent = &self.reg.entities[e];
                ent.person_like() || (described && !ent.org)
            });
        let closed = v >= 2
            && open + 1 < v - 1
            && v - 1 - open <= MAX_PHRASE
            && s.tokens.get(open).is_some_and(|t| t.is_punct(","))
            && !s.tokens[open + 1..v - 1]
                .iter()
                .any(|t| t.is_punct(",;:") || t.quote().is_some());
        (person && closed).then_some(0)
    }

    /// `The company, which employs 4,000 people, said`: a relative clause that a comma
    /// right before verb `v` closes hangs on the subject; the noun before its opening
    /// comma is that subject.
    fn relative_clause_owner(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        const MAX_CLAUSE: usize = 40;
        let from = v.saturating_sub(MAX_CLAUSE).max(s.range.start + 2);
        let rel = (from..v.checked_sub(1)?)
            .rev()
            .find(|&t| self.relative_at(s, t))?;
        // Only a noun opening its clause is a subject (`met with Anna Keller, who was
        // ill, saying` goes on with the sentence's subject).
        s.mentions.iter().position(|m| {
            m.toks.end + 1 == rel
                && (m.toks.start == s.range.start || s.tokens[m.toks.start - 1].is_punct(","))
                && m.subject_capable()
                && !matches!(m.kind, MentionKind::Pronoun(_))
        })
    }

    /// `while Bambang Widaryatmo, head of the police, promised`: a name followed by a
    /// comma and a role phrase that a comma right before verb `v` closes is the subject.
    fn role_apposition_owner(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
        let close = v.checked_sub(1)?;
        let open = (s.range.start..close)
            .rev()
            .find(|&t| s.tokens[t].is_punct(","))?;
        if close - open > MAX_APPOSITION {
            return None;
        }
        // `Maj. Gen. David P. Rataczak, the Adjutant General, Arizona National Guard,
        // said`: the role's body set off by a comma of its own is part of the phrase.
        let body_part = s.mentions.iter().any(|m| {
            m.toks.start == open + 1
                && m.toks.end == close
                && m.entity.is_some_and(|e| self.reg.entities[e].org)
        });
        let open = if body_part {
            (s.range.start..open)
                .rev()
                .find(|&t| s.tokens[t].is_punct(","))
                .filter(|&o| close - o <= MAX_APPOSITION)?
        } else {
            open
        };
        let name = s.mentions.iter().position(|m| {
            m.toks.end == open && m.kind == MentionKind::Name && m.subject_capable()
        })?;
        let role = s.mentions.get(name + 1)?;
        let starts_phrase = role.toks.start == open + 1
            || (role.toks.start == open + 2 && s.tokens[open + 1].has(b::DETERMINER));
        let is_role = matches!(role.kind, MentionKind::Description { org: false, .. });
        let person = s.mentions[name]
            .entity
            .is_some_and(|e| !self.reg.entities[e].org);
        (starts_phrase && is_role && person).then_some(name)
    }

    /// `„…“, hieß es aus dem Ministerium`: the first body named after the phrase; else
    /// the last body named before it, whose paper is quoted (`In einem Papier des
    /// Verbands heißt es`).
    pub(super) fn impersonal_subject(
        &self,
        s: &Sentence<'_>,
        start: usize,
        after: usize,
    ) -> Option<usize> {
        let body = |m: &Mention| match &m.kind {
            MentionKind::Name => m.entity.is_some_and(|e| self.reg.entities[e].org),
            MentionKind::Description { org, .. } => *org,
            MentionKind::Document { .. } => false,
            MentionKind::Pronoun(_) => false,
        };
        s.mentions
            .iter()
            .position(|m| m.toks.start >= after && body(m))
            .or_else(|| {
                s.mentions
                    .iter()
                    .rposition(|m| m.toks.end <= start && body(m))
            })
            // `heißt es in der Mitteilung`, `In der Mitteilung heißt es`: the text's
            // issuer, the body last spoken of.
            .or_else(|| {
                s.mentions
                    .iter()
                    .position(|m| m.kind == MentionKind::Document { definite: true })
            })
    }

    /// `Darin heißt es, …`, `Dort hieß es …`: an impersonal cue in a sentence opened by
    /// a word pointing back to a text names the body the text spoke of last.
    pub(super) fn pointed_org(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
        let opens_back = s.tokens[s.range.start]
            .lower()
            .is_some_and(|w| self.lex.back_pointing.contains(w));
        if cue.kind != CueKind::Impersonal || !opens_back {
            return None;
        }
        // The text's author if a sentence just named it, else the last body.
        let e = self.recent_issuer().or_else(|| self.orgs.iter().next())?;
        self.mark_speaker(e);
        s.subjects.push(e);
        Some(e)
    }

    /// `Further adding, “…”`: a participle opening a sentence without a subject goes on
    /// with the last speaker.
    pub(super) fn opening_participle_speaker(
        &mut self,
        s: &mut Sentence<'_>,
        cue: &Cue,
    ) -> Option<usize> {
        const MAX_OPENING: usize = 2;
        let v = cue.toks.start;
        let opening = v - s.range.start < MAX_OPENING
            && s.tokens[s.range.start..v].iter().all(Token::is_word)
            && cue.kind == CueKind::Speech;
        let participle = self.is_participle(&s.tokens[v]);
        if !(opening && participle) {
            return None;
        }
        let e = self.topics.iter().find(|&e| self.reg.entities[e].spoke)?;
        s.subjects.push(e);
        Some(e)
    }
}
