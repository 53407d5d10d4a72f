//! Finding a cue's subject: [`Attributor::cue_subjects`] and [`Attributor::subject_of`], the
//! candidates around the verb ([`Attributor::candidates`]) with the free helpers that find where
//! a phrase after the verb ends, and source phrases (`according to`, `zitierte`). This is the
//! word-order core that every cue goes through.

use super::*;

impl Attributor<'_> {
    /// The subject of every cue of the sentence, in order.
    pub(super) fn cue_subjects(
        &mut self,
        s: &mut Sentence<'_>,
        cues: &[Cue],
    ) -> Vec<Option<usize>> {
        let mut subjects: Vec<Option<usize>> = Vec::with_capacity(cues.len());
        for (ci, c) in cues.iter().enumerate() {
            // `quoted Smith as saying`: the verb after `as` continues the previous cue.
            let chained = c.toks.start > s.range.start
                && s.tokens[c.toks.start - 1]
                    .lower()
                    .is_some_and(|w| self.lex.chain_markers.contains(w));
            // `Smith referred to them as “…” and instructed …`: a verb coordinated with the
            // previous cue shares its subject.
            // (`According to this report, X led …, and told` coordinates with `led`, not
            // with the source phrase.)
            let coordinated = c.toks.start > s.range.start
                && s.tokens[c.toks.start - 1]
                    .lower()
                    .is_some_and(|w| self.lex.coordinators.contains(w))
                && c.is_verb()
                && ci > 0
                && cues[ci - 1].is_verb();
            // `Trump told NBC that …, mentioning claims that …`: an English participle set
            // off by a comma after a verb cue goes on with that verb's subject.
            let participial = !self.lex.verb_second
                && c.is_verb()
                && c.toks.start > s.range.start + 1
                && s.tokens[c.toks.start - 1].is_punct(",")
                && self.is_participle(&s.tokens[c.toks.start])
                && ci > 0
                && cues[ci - 1].is_verb()
                && !self.new_clause_subject(s, cues[ci - 1].toks.end, c.toks.start);
            // (`Sie betonte, dass die „…“, bekräftigte erneut die Unterstützung …`: a German
            // verb after the comma closing a `dass` clause of the verb before it goes on
            // with that verb's subject; the clause is no fronted object.)
            let asyndetic = self.lex.verb_second
                && c.is_verb()
                && ci > 0
                && cues[ci - 1].is_verb()
                && cues[ci - 1].toks.start > s.range.start
                && c.toks.start > cues[ci - 1].toks.end
                && s.tokens[c.toks.start - 1].is_punct(",")
                && (cues[ci - 1].toks.end..c.toks.start).any(|t| {
                    s.tokens[t]
                        .lower()
                        .is_some_and(|w| self.lex.is_complementizer(w))
                });
            let subject = match subjects.last() {
                Some(&Some(prev)) if chained || coordinated || participial || asyndetic => {
                    Some(prev)
                }
                _ => self.subject_of(s, c),
            };
            subjects.push(subject);
        }
        subjects
    }

    /// `citing “…”, Living in Barbados examines …, saying`: a name between tokens `from`
    /// and `to` right after a comma and before a lower-case word opens a clause of its
    /// own, whose subject a participle after it goes on with.
    fn new_clause_subject(&self, s: &Sentence<'_>, from: usize, to: usize) -> bool {
        s.mentions.iter().any(|m| {
            m.kind == MentionKind::Name
                && m.toks.start > from
                && m.toks.end < to
                && s.tokens[m.toks.start - 1].is_punct(",")
                && s.tokens
                    .get(m.toks.end)
                    .is_some_and(|t| t.is_word() && !t.is_cap())
        })
    }

    /// The speaker a cue names, by word order:
    /// 1. a subject right before the verb (`Smith said`, `Patrushev sagte Wang`);
    /// 2. otherwise a subject right after it (`sagte Wang`, `said Smith`, `sagte er`);
    /// 3. otherwise the first subject of the verb's clause (`bei dem der Staatschef … sagte`);
    /// 4. otherwise the first likely person earlier in the sentence (`Wang, der …, sagte`).
    ///
    /// Quoting verbs name the object (`zitierte Sputnik Patruschew`) or, in the
    /// passive, the subject that is not the agent (`wurde Wang von Sputnik zitiert`).
    fn subject_of(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
        if let Some(e) = self.people_subject(s, cue) {
            return Some(e);
        }
        if let Some(e) = self.partitive_subject(s, cue) {
            return Some(e);
        }
        // `„…“, so die Botschaft des Präsidenten Patrick Bernasconi`: a source phrase
        // naming what was said gives the quote to whoever the genitive after it names.
        if cue.kind == CueKind::Source {
            let mut noun = cue.toks.end;
            if s.tokens.get(noun).is_some_and(|t| t.has(b::DETERMINER)) {
                noun += 1;
            }
            // (`so die übereinstimmende Meinung der Teilnehmenden`: past adjectives.)
            let adjective = |k: usize| {
                s.tokens.get(k).is_some_and(|t| {
                    t.is_word()
                        && !t.is_cap()
                        && t.lower()
                            .is_some_and(|w| self.lex.is_inflected_adjective(w))
                })
            };
            let first = noun;
            while noun < first + NOUN_ADJECTIVES && adjective(noun) {
                noun += 1;
            }
            let said = noun < s.range.end
                && s.tokens[noun]
                    .lower()
                    .is_some_and(|w| self.lex.utterance_nouns.contains(w));
            if let Some(e) = said
                .then(|| self.genitive_owner(s, noun, s.range.end))
                .flatten()
            {
                return Some(e);
            }
        }
        if cue.kind == CueKind::Speech && self.first_person_subject(s, cue.toks.start) {
            // `ich habe gesagt: „…“`: in an interview answer, the interviewee. Elsewhere
            // the writer, who is nobody named: the quote falls to the other evidence.
            // (In a transcript, the one whose labelled speech goes on: `Abgeordneter Jörg
            // Leichtfried (SPÖ): …` ⏎ `…, dass ich … Folgendes gesagt habe: „…“`.)
            let e = self.interviewee.filter(|_| self.in_answer).or(self.floor)?;
            self.mark_speaker(e);
            s.subjects.push(e);
            return Some(e);
        }
        let c = self.candidates(s, cue);
        let v = cue.toks.start;
        // `Die Regeln seien „…“, schrieb der Franzose`: a nationality right after the verb
        // is its subject, before any noun earlier in the sentence.
        let after_quote = v >= s.range.start + 2
            && s.tokens[v - 1].is_punct(",")
            && s.tokens[v - 2].quote().is_some();
        let noun_after = s.tokens.get(cue.toks.end + 1).is_some_and(|t| {
            t.is_cap()
                && !s
                    .mentions
                    .iter()
                    .any(|m| m.toks.contains(&(cue.toks.end + 1)))
        });
        // (`berichtete der Kurier` names a paper.)
        let media = s.tokens[v].has(b::MEDIA_VERB);
        if cue.kind == CueKind::Speech && c.post.is_none() && after_quote && noun_after && !media {
            if let Some(e) = self.demonym_subject(s, cue) {
                return Some(e);
            }
        }
        let found = match cue.kind {
            // `according to a report by the Times`: the document's author speaks.
            // `Müller zufolge`: the name before the postposition speaks.
            CueKind::SourceBefore => s.mentions.iter().position(|m| m.toks.end == v),
            CueKind::Source => {
                // An indefinite phrase (`a mailing list post`) gives way to the name
                // after its `from`.
                let from = self.source_from(s, cue);
                match source_subject(s, c.post) {
                    Some(p)
                        if from.is_some()
                            && s.tokens[s.mentions[p].toks.start].has(b::INDEFINITE) =>
                    {
                        from
                    }
                    found => found.or(from),
                }
            }
            CueKind::Impersonal => self.impersonal_subject(s, cue.toks.start, cue.toks.end),
            CueKind::Quoting { passive: true } => self.clause_first(s, v).or(c.post),
            CueKind::Quoting { passive: false } => quoting_object(s, &c),
            CueKind::Speech if self.english_passive(s, v) => self.passive_speech_agent(s, v),
            CueKind::Speech => self.speech_subject(s, &c, v),
        };
        let Some(m) = found else {
            return self
                .source_pronoun(s, cue)
                .or_else(|| self.named_org_subject(s, cue))
                .or_else(|| self.demonym_subject(s, cue))
                .or_else(|| self.pointed_org(s, cue))
                .or_else(|| self.opening_participle_speaker(s, cue));
        };
        let e = self.resolve(s, m)?;
        if cue.is_verb() || matches!(cue.kind, CueKind::Source) {
            self.mark_speaker(e);
        }
        s.mentions[m].entity = Some(e);
        s.subjects.push(e);
        Some(e)
    }

    /// `Earlier, the city council passed a resolution`: who a sentence without a cue
    /// says put out the text it names, by an issuing verb before the text.
    pub(super) fn issuing_subject(&mut self, s: &mut Sentence<'_>) -> Option<usize> {
        let (doc, definite) = s.mentions.iter().find_map(|m| match m.kind {
            MentionKind::Document { definite } => Some((m.toks.start, definite)),
            _ => None,
        })?;
        // `Sandra Bell apologized in a statement.`: the one who speaks in a text of
        // their own put it out.
        // (`Minister Müller wird in einem Geheimbericht schwer belastet`: not the subject
        // of a passive, whom the text is about.)
        let passive = s.tokens[s.range.clone()]
            .iter()
            .any(|t| t.quote().is_none() && t.has(b::PASSIVE_AUX));
        let in_text = !definite
            && !passive
            && doc > s.range.start + 1
            && s.tokens[doc - 1]
                .lower()
                .is_some_and(|w| self.lex.publication_prepositions.contains(w));
        let issue_verb = |t: &usize| {
            s.tokens[*t]
                .lower()
                .is_some_and(|w| self.lex.issue_verbs.contains(w))
        };
        // (`Jagland hat heute einen Brief an Putin gesendet`: a German participle closes
        // the clause after the text; the subject stands first.)
        let participle = || {
            (doc..s.range.end)
                .find(issue_verb)
                .filter(|_| self.lex.verb_second)
                .and_then(|v| self.sentence_first(s, v))
        };
        let verb = (s.range.start..doc)
            .find(issue_verb)
            .or_else(|| in_text.then(|| doc - 1));
        let verb = match verb {
            Some(v) => v,
            None => {
                let m = participle()?;
                let e = self.resolve(s, m)?;
                s.mentions[m].entity = Some(e);
                return Some(e);
            }
        };
        // The subject is the phrase right before the verb (`the Dublin city council
        // passed`), not a name inside it; else the sentence's first (`Lund Shipping,
        // which …, issued`).
        // German may put it right after the verb (`Zuvor verabschiedete der Stadtrat`).
        let pre_end = self.pre_verb_end(s, verb);
        let before = s
            .mentions
            .iter()
            .position(|m| (m.toks.end == verb || m.toks.end == pre_end) && m.subject_capable())
            .or_else(|| self.sentence_first(s, verb));
        let after = || {
            s.mentions.iter().position(|m| {
                self.lex.verb_second && m.toks.start == verb + 1 && m.subject_capable()
            })
        };
        let m = before.or_else(after)?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `die Vorsitzende der Kommission und Landtagspräsidentin Marianne Klicka`, `der
    /// Vorsitzende der Gewerkschaft der Gemeindebediensteten, Kunst, Medien (GdG),
    /// Christian Meidlinger`: a German role's genitive body may go on with a second role
    /// joined by `und`, or with the list of fields its bracketed short name closes. The
    /// person named after either holds the role; the body does not speak.
    fn holder_after_genitive_body(&self, s: &Sentence<'_>, p: usize, v: usize) -> Option<usize> {
        let end = s.mentions[p].toks.end;
        let body = s.mentions.get(p + 1).filter(|m| {
            self.lex.verb_second
                && m.toks.start == end
                && s.tokens[end].has(b::DETERMINER)
                && !m.after_prep
                && self.body_mention(m)
        })?;
        let body_end = body.toks.end;
        let person = |q: &usize| {
            let m = &s.mentions[*q];
            m.kind == MentionKind::Name
                && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
        };
        let and = s.tokens.get(body_end).is_some_and(|t| {
            t.has(b::COORDINATOR)
                && t.lower()
                    .is_some_and(|w| !self.lex.disjunctions.contains(w))
        });
        if and {
            // (`erklärten die Sprecherin der Polizei und Innenminister Karner`: a plural
            // verb has two subjects.)
            let plural = s.tokens.get(v).and_then(Token::lower).is_some_and(|w| {
                self.lex.plural_verbs.contains(w)
                    || self
                        .lex
                        .plural_pronoun_verb_endings
                        .iter()
                        .any(|e| w.ends_with(e.as_str()))
            });
            if plural {
                return None;
            }
            // (`und zweite Landtagspräsidentin`: lower-case words may lead the second role.)
            const LEADING_WORDS: usize = 2;
            let lead_end =
                (body_end + 1..(body_end + 1 + LEADING_WORDS).min(s.range.end)).find(|&k| {
                    let t = &s.tokens[k];
                    !(t.is_word()
                        && !t.is_cap()
                        && !t.has(
                            b::STOPWORD
                                | b::DETERMINER
                                | b::PREPOSITION
                                | b::PRONOUN
                                | b::COORDINATOR
                                | b::SPEECH,
                        ))
                })?;
            let second = s
                .mentions
                .iter()
                .position(|m| (body_end + 1..=lead_end).contains(&m.toks.start))?;
            let m = &s.mentions[second];
            let led_by_role = m.text.start > s.tokens[m.toks.start].range.start;
            return match m.kind {
                MentionKind::Name if led_by_role => Some(second).filter(person),
                MentionKind::Description { org: false, .. } => s
                    .mentions
                    .iter()
                    .position(|n| n.toks.start == m.toks.end)
                    .filter(person),
                _ => None,
            };
        }
        const FIELD_LIST: usize = 16;
        let stop = (body_end + FIELD_LIST).min(s.range.end);
        let mut opened = false;
        for k in body_end..stop.saturating_sub(2) {
            let t = &s.tokens[k];
            if t.is_punct(")") && opened && s.tokens[k + 1].is_punct(",") {
                // (`am Montag (Ortszeit), Präsident Joe Biden werde …`: the name must close
                // an apposition, not open a clause.)
                return s
                    .mentions
                    .iter()
                    .position(|m| m.toks.start == k + 2)
                    .filter(person)
                    .filter(|&q| self.closes_apposition(s, &s.mentions[q]));
            }
            if t.is_punct("(") {
                opened = true;
            } else if !(t.is_punct(",-/") || (t.is_word() && !t.has(b::SPEECH))) {
                return None;
            }
        }
        None
    }

    /// `betont Landwirtschaftskammer (LK) Österreich-Präsident Josef Moosbrugger`: after
    /// a German verb a body, its short name in brackets, and a name its role leads: the
    /// person speaks, the body names where they serve.
    fn holder_after_bracketed_body(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        let body = &s.mentions[p];
        let org = self.lex.verb_second
            && body.kind == MentionKind::Name
            && body
                .entity
                .is_some_and(|e| !self.reg.entities[e].person_like());
        let end = body.toks.end;
        const SHORT_NAME: usize = 3;
        let close = (end + 1..(end + 1 + SHORT_NAME).min(s.range.end))
            .find(|&k| s.tokens[k].is_punct(")"))
            .filter(|_| org && s.tokens.get(end).is_some_and(|t| t.is_punct("(")))?;
        let q = s.mentions.iter().position(|m| m.toks.start == close + 1)?;
        let m = &s.mentions[q];
        let led_by_role = m.text.start > s.tokens[m.toks.start].range.start;
        (m.kind == MentionKind::Name && led_by_role && self.likely_person(m)).then_some(q)
    }

    /// `erklärt die Geschäftsführerin von CARE Österreich, Mag. Ulrike Schelander.`,
    /// `sagte der Spitzenkandidat bei der Landtagswahl in Sachsen-Anhalt, Wirtschaftsminister
    /// Reiner Haseloff, der …`: after a German role, its phrase of prepositions and a comma,
    /// the person named in apposition, set off by a comma or closing the clause, holds it.
    fn holder_after_role_phrase(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
        const PHRASE_TOKENS: usize = 10;
        let end = s.mentions[p].toks.end;
        let opens_phrase = s
            .tokens
            .get(end)
            .is_some_and(|t| t.has(b::PREPOSITION | b::GENITIVE_ARTICLE));
        if !self.lex.verb_second || !opens_phrase {
            return None;
        }
        let comma = (end + 1..(end + PHRASE_TOKENS).min(s.range.end))
            .find(|&k| !s.tokens[k].is_word() || s.tokens[k].has(b::SPEECH))
            .filter(|&k| s.tokens[k].is_punct(","))?;
        let q = s.mentions.iter().position(|m| m.toks.start == comma + 1)?;
        let m = &s.mentions[q];
        (m.kind == MentionKind::Name && self.closes_apposition(s, m) && self.likely_person(m))
            .then_some(q)
    }

    /// Whether mention `m` ends an apposition: at a comma, a bracket, the sentence's end
    /// or the particle closing the verb's clause, not before a verb of its own.
    fn closes_apposition(&self, s: &Sentence<'_>, m: &Mention) -> bool {
        s.tokens.get(m.toks.end).is_none_or(|t| {
            m.toks.end >= s.range.end
                || t.is_punct(",.()")
                || t.lower()
                    .is_some_and(|w| self.lex.verb_particles.contains(w))
        })
    }

    /// `According to an official mailing list post from coordinator Cary Bass, …`: a
    /// source phrase opening with words that name no one gives the name after its
    /// `from` or `by` (affiliation or agent word), before the phrase ends at a comma.
    fn source_from(&self, s: &Sentence<'_>, cue: &Cue) -> Option<usize> {
        // Only a phrase (`according to`): a lone `per` is as often `18 per cent`.
        if cue.toks.len() < 2 {
            return None;
        }
        let end = (cue.toks.end..s.range.end)
            .find(|&t| s.tokens[t].is_punct(",;:") || s.tokens[t].quote().is_some())
            .unwrap_or(s.range.end);
        let link = (cue.toks.end..end).find(|&t| {
            s.tokens[t].has(b::AGENT)
                || s.tokens[t].lower() == Some("from")
                || s.tokens[t].lower() == Some("von")
        })?;
        s.mentions.iter().position(|m| {
            m.kind == MentionKind::Name
                && m.toks.start > link
                && m.toks.start <= link + 2
                && m.toks.end <= end
        })
    }

    /// `According to him, he had never “…”`: an object pronoun closing a source phrase
    /// is the source.
    fn source_pronoun(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
        if cue.kind != CueKind::Source {
            return None;
        }
        let refs = s.tokens.get(cue.toks.end)?.lower()?;
        let refs = self.lex.object_pronouns.get(refs)?.clone();
        let closed = s
            .tokens
            .get(cue.toks.end + 1)
            .is_none_or(|t| !t.is_word() && t.quote().is_none());
        if !closed {
            return None;
        }
        let e = self.resolve_pronoun(&refs, &s.subjects)?;
        self.learn_gender(e, &refs);
        self.mark_speaker(e);
        s.subjects.push(e);
        Some(e)
    }

    /// The mentions around a cue that may be its subject.
    fn candidates(&self, s: &Sentence<'_>, cue: &Cue) -> Candidates {
        let v = cue.toks.start;
        // `Bedrückt zeigte sich Wolfgang Sobotka`: the subject follows the reflexive.
        let reflexive = s
            .tokens
            .get(cue.toks.end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.reflexives.contains(w));
        let after = cue.toks.end + usize::from(reflexive && cue.toks.end + 1 < s.range.end);
        // `according to [1] his lawyer Li Fangping`: a link marker is no word of the text.
        let marker = |k: usize| {
            s.tokens.get(k).is_some_and(|t| t.is_punct("["))
                && s.tokens.get(k + 2).is_some_and(|t| t.is_punct("]"))
                && k + 3 < s.range.end
        };
        let after = if marker(after) { after + 3 } else { after };
        let after = adverb_apposition_end(s, after).unwrap_or(after);
        let after = dated_bracket_end(s, after).unwrap_or(after);
        let after = cut_compound_end(s, after, self.lex).unwrap_or(after);
        let after = quoted_front_end(s, after).unwrap_or(after);
        // `sagte heute Landesrat Dr. Hans Huber`: in German an adverb may stand between
        // the verb and the subject after it.
        let adverb_before_subject = self.lex.verb_second
            && s.tokens.get(after).is_some_and(|t| {
                after + 1 < s.range.end
                    && t.is_word()
                    && !t.is_cap()
                    && !t.has(
                        b::PRONOUN | b::DETERMINER | b::PREPOSITION | b::COORDINATOR | b::SPEECH,
                    )
            })
            && s.mentions.iter().any(|m| {
                m.toks.start == after + 1
                    && matches!(m.kind, MentionKind::Name | MentionKind::Description { .. })
            });
        let after = after + usize::from(adverb_before_subject);
        // (`Heute Morgen begrüßte sie unser Polizeipräsident Thomas Ebling`: a pronoun
        // right after the verb and before a person named in full after a nominative
        // determiner is the object; German puts pronouns first in the middle field,
        // whatever their case. Lexicon `nominative_determiners`.)
        let pronoun_before_subject = self.lex.verb_second
            && s.tokens.get(after).is_some_and(|t| {
                t.has(b::PRONOUN)
                    && t.lower()
                        .is_some_and(|w| self.lex.plural_pronouns.contains(w))
            })
            && s.tokens
                .get(after + 1)
                .and_then(Token::lower)
                .is_some_and(|w| self.lex.nominative_determiners.contains(w))
            && s.mentions.iter().any(|m| {
                m.toks.start == after + 1
                    && m.kind == MentionKind::Name
                    && m.entity.is_some_and(|e| {
                        let ent = &self.reg.entities[e];
                        ent.person_like() && ent.token_count() >= 2
                    })
            });
        let after = after + usize::from(pronoun_before_subject);
        let after = dated_commas_end(s, after).unwrap_or(after);
        let pre_end = self.pre_verb_end(s, v);
        // In English a noun right before a finite verb is its subject even after a word
        // that is usually a preposition (`after the company confirmed`); German fronts
        // prepositional phrases (`In Berlin sagte Merkel`), so there it is not.
        // `One visitor to Atlantic City — Matt Jenkins — told`: a name that is the whole
        // dashed aside before the verb is the subject it names.
        let dashed_name = dashed_aside(s, v).and_then(|open| {
            s.mentions.iter().position(|m| {
                m.kind == MentionKind::Name && m.toks.start == open + 1 && m.toks.end + 1 == v
            })
        });
        let pre = dashed_name.or_else(|| {
            s.mentions.iter().position(|m| {
                let adjacent = m.toks.end == v || m.toks.end == pre_end;
                // (`to improve conditions for citizens and Krongard expressed`: a name
                // right before an English verb after `and` opens a clause of its own.)
                let clause_after_and = m.toks.end == v
                    && m.toks.start > s.range.start
                    && s.tokens[m.toks.start - 1].has(b::COORDINATOR)
                    && m.kind == MentionKind::Name;
                let capable = m.subject_capable()
                    || (!self.lex.verb_second
                        && !m.object
                        && m.after_prep
                        && (self.after_subject_preposition(s, m)
                            || self.role_of_body_person(s, m)
                            || clause_after_and));
                adjacent
                    && capable
                    && !m.agent
                    && !self.noun_after_quoted_modifier(s, m)
                    && !self.genitive_attribute(s, m)
            })
        });
        let pre = pre.map(|p| self.of_phrase_person(s, p).unwrap_or(p));
        let pre = pre.map(|p| self.first_of_pair(s, p).unwrap_or(p));
        // (`und Tom Jenissen vom Verein Digitale Gesellschaft wunderte sich`: in German a
        // person named right before the affiliation phrase that ends at the verb is its
        // subject; a fronted phrase, `In Berlin sagte …`, has no name before it.)
        let pre = pre.or_else(|| {
            let body = s.mentions.iter().find(|m| {
                self.lex.verb_second
                    && m.after_prep
                    && (m.toks.end == v || m.toks.end == pre_end)
                    && m.toks.start > s.range.start
            });
            // (`Tom Jenissen vom Verein sagte`: a lone common noun there makes no mention.)
            let lone_noun = || {
                (self.lex.verb_second && pre_end > s.range.start + 1)
                    .then(|| pre_end - 1)
                    .filter(|&n| s.tokens[n].is_word() && s.tokens[n].is_cap())
            };
            self.affiliated_at(s, body.map(|m| m.toks.start).or_else(lone_noun)?)
        });
        let comma_before = v > s.range.start && s.tokens[v - 1].is_punct(",");
        let pre = pre.or_else(|| {
            comma_before
                .then(|| self.apposition_subject(s, v, after))
                .flatten()
                .map(|p| self.of_phrase_person(s, p).unwrap_or(p))
        });
        // `… he came to the aid of his neighbours, said Rivera.`: a name closing the
        // sentence after a comma and the verb is its subject, as after a quote.
        // (Not after a person set off by commas, whose verb it is: `“…,” Kelvin Williams,
        // a fellow senior, told VOA.`)
        let apposed_person = !self.lex.verb_second
            && v >= s.range.start + 2
            && s.tokens[v - 1].is_punct(",")
            && s.mentions.iter().any(|n| {
                let after_quote = n.toks.start > s.range.start
                    && (s.tokens[n.toks.start - 1].quote().is_some()
                        || (n.toks.start > s.range.start + 1
                            && s.tokens[n.toks.start - 1].is_punct(",")
                            && s.tokens[n.toks.start - 2].quote().is_some()));
                n.kind == MentionKind::Name
                    && after_quote
                    && n.toks.end + 1 < v
                    && s.tokens[n.toks.end].is_punct(",")
                    && n.entity.is_some_and(|e| self.reg.entities[e].person_like())
                    && s.tokens[n.toks.end + 1..v - 1]
                        .iter()
                        .all(|t| t.is_word() && !t.has(b::SPEECH))
            });
        let closing_name = v > s.range.start
            && s.tokens[v - 1].is_punct(",")
            && !apposed_person
            && s.mentions.iter().any(|m| {
                m.kind == MentionKind::Name
                    && m.toks.start == after
                    && (s
                        .tokens
                        .get(m.toks.end)
                        .is_none_or(|t| t.is_punct(".") || m.toks.end >= s.range.end)
                        || closing_role_apposition(s, m.toks.end))
            });
        // (`…, says the director of the Institute, Matt Mountain.`: so is one closing it
        // in apposition after a role.)
        let closing_apposed = v > s.range.start
            && s.tokens[v - 1].is_punct(",")
            && s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Description { org: false, .. })
                    && m.toks.start == after
            })
            && s.mentions.last().is_some_and(|m| {
                m.kind == MentionKind::Name
                    && m.toks.start > after + 1
                    && closing_apposed_name(s, m)
            });
        let inverted = self.lex.verb_second
            || v == s.range.start
            || s.tokens[v - 1].quote().is_some()
            || (v >= 2 && s.tokens[v - 1].is_punct(",") && s.tokens[v - 2].quote().is_some())
            // (`“…”: But, explains Iván García, “…”`: after a clause-opening `but`.)
            || (v >= 2
                && s.tokens[v - 1].is_punct(",")
                && s.tokens[v - 2].has(b::COORDINATOR)
                && (v - 2 == s.range.start || !s.tokens[v - 3].is_word()))
            || closing_name
            || closing_apposed
            || self.parenthetical_before_quote(s, v);
        // `“…,” says coauthor Erik Demaine`: after an inverted English verb a name may
        // follow a role word that no lexicon holds.
        let plain_word = |k: usize| {
            s.tokens.get(k).is_some_and(|t| {
                t.is_word()
                    && !t.is_cap()
                    && !t.has(
                        b::STOPWORD
                            | b::DETERMINER
                            | b::PREPOSITION
                            | b::PRONOUN
                            | b::COORDINATOR
                            | b::CUE_START,
                    )
            })
        };
        let english_inverted = !self.lex.verb_second && inverted;
        let name_at = |k: usize| {
            s.mentions
                .iter()
                .position(|m| m.toks.start == k && m.kind == MentionKind::Name)
        };
        // (`said astrophysicist and former astronaut John Grunsfeld`: such words, joined
        // by `and`, before the name.)
        const ROLE_WORDS: usize = 5;
        let name_after_words = |k: usize| {
            let mut j = k;
            while j < k + ROLE_WORDS
                && (plain_word(j)
                    || (j > k
                        && s.tokens
                            .get(j)
                            .is_some_and(|t| t.has(b::COORDINATOR) && t.lower() != Some("or"))
                        && plain_word(j + 1)))
            {
                j += 1;
            }
            // (`said chef and producer Deborah Tate`: the name's mention may open at the
            // role word right before it.)
            let led_by_role = || {
                s.mentions.iter().position(|m| {
                    m.kind == MentionKind::Name
                        && m.toks.start > k
                        && m.toks.start < j
                        && m.toks.end > j
                })
            };
            // (`said guest speaker, Brig. Gen. Douglas Gabram, deputy …`: or a person's
            // name set off after them by a comma.)
            let apposed = || {
                s.tokens.get(j).filter(|t| t.is_punct(","))?;
                let q = name_at(j + 1)?;
                let m = &s.mentions[q];
                let closed = s
                    .tokens
                    .get(m.toks.end)
                    .is_none_or(|t| t.is_punct(",.") || m.toks.end >= s.range.end);
                (closed && self.likely_person(m)).then_some(q)
            };
            (j > k)
                .then(|| name_at(j).or_else(led_by_role).or_else(apposed))
                .flatten()
        };
        // The name a role's phrase leads to, which a preposition in the phrase does not
        // govern (`der Vorsitzende … im Hauptverband Dr. Hans Jörg Schelling`).
        let role_named = std::cell::Cell::new(None);
        let post = s
            .mentions
            .iter()
            // (`freut sich Präsidentin Bures`: the role's mention may open at the reflexive.)
            .position(|m| m.toks.start == after || (reflexive && m.toks.start + 1 == after))
            .map(|p| {
                if let Some(q) = self.holder_after_bracketed_body(s, p) {
                    return q;
                }
                // `said Des Moines native Marc Daniels`: a place and a word about the
                // person before their name.
                let end = s.mentions[p].toks.end;
                let name = english_inverted && s.mentions[p].kind == MentionKind::Name;
                // `said BSB Command Sgt. Maj. Thomas Buck`: the titled name after a unit;
                // `said Chief Machinist's Mate Alexander Myers`: after a rating's trade;
                // `said Arizona Department of Public Safety spokesman Bart Graves`: after
                // the body's role word, which opens the name that follows it.
                let titled = name && s.tokens.get(end).is_some_and(|t| t.has(b::TITLE | b::ROLE));
                if titled {
                    if let Some(q) = name_at(end) {
                        return q;
                    }
                }
                // `said LA District Park Ranger Henry Csaposs`, `said retired USMCR Gunnery
                // Sgt. Michael Sroka`: a capitalised unit or rating that no lexicon holds,
                // then a person's full name closing the clause.
                if name {
                    if let Some(q) = self.person_closing_rating(s, p) {
                        return q;
                    }
                }
                // `said Fire Controlman 3rd Class (AW/SW) Christian Blanco`, `said Chief
                // (select) Ship's Serviceman Angela Zamora`: a rating's qualification in
                // brackets goes on with the rating, and the person's name closes it.
                if let Some(q) = english_inverted
                    .then(|| self.name_after_bracketed_qualification(s, end))
                    .flatten()
                {
                    return q;
                }
                // (`said Robonauts “head coach” Lucien Junkin`: a role in scare quotes
                // between a body and a person's name is the person's.)
                if let Some(q) = english_inverted
                    .then(|| self.name_after_quoted_role(s, end))
                    .flatten()
                {
                    return q;
                }
                // `according to CJTF-HOA project leader Navy Lieutenant John Mietus Jr.`: a
                // role description right before a name is that person's role.
                let role = matches!(
                    s.mentions[p].kind,
                    MentionKind::Description { org: false, .. }
                );
                // (`says the director of the Institute, Matt Mountain.`: or the name
                // closing the sentence in apposition after the role and its phrase.)
                let closing_apposition = |q: usize| {
                    let m = &s.mentions[q];
                    m.kind == MentionKind::Name
                        && closing_apposed_name(s, m)
                        && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
                };
                // (`sagte der Präsident der FSFE, Georg Greve`: a German name after an
                // article there is the role's genitive, a body; a person's name right
                // after it is the holder.)
                let genitive_body = |q: &usize| {
                    self.lex.verb_second
                        && s.tokens[s.mentions[*q].toks.start].has(b::DETERMINER)
                        && !s.mentions[*q]
                            .entity
                            .is_some_and(|e| self.reg.entities[e].person_like())
                };
                if role {
                    if let Some(q) = self.holder_after_genitive_body(s, p, v) {
                        return q;
                    }
                    if let Some(q) = name_at(end) {
                        let body_end = s.mentions[q].toks.end;
                        let holder = genitive_body(&q)
                            .then(|| {
                                let at = body_end
                                    + usize::from(
                                        s.tokens.get(body_end).is_some_and(|t| t.is_punct(",")),
                                    );
                                name_at(at)
                            })
                            .flatten()
                            .filter(|&h| {
                                s.mentions[h]
                                    .entity
                                    .is_some_and(|e| self.reg.entities[e].person_like())
                            });
                        // (`erklärte der Vorsitzende der NRW-CDU.`: with no holder named,
                        // the role speaks, not its body.)
                        // (`der Präsident der Europäischen Kommission Barroso`: a name
                        // whose text starts after the body's words is the holder.)
                        let text_after_article = |m: &Mention| {
                            s.tokens
                                .get(m.toks.start + 1)
                                .is_some_and(|t| t.range.start == m.text.start)
                        };
                        // (`erzählt die Finanzministerin der Tageszeitung ÖSTERREICH`: a
                        // medium's naming word between the article and the name makes it a
                        // paper, to which the role holder speaks.)
                        let medium_named = |m: &Mention| {
                            s.tokens[m.toks.start + 1..m.toks.end]
                                .iter()
                                .take_while(|t| t.range.end <= m.text.start)
                                .any(|t| {
                                    t.lower().is_some_and(|w| self.lex.is_media_naming_word(w))
                                })
                        };
                        let body = genitive_body(&q)
                            && (text_after_article(&s.mentions[q]) || medium_named(&s.mentions[q]))
                            && s.mentions[q]
                                .entity
                                .is_some_and(|e| self.reg.entities[e].org);
                        return holder.unwrap_or(if body { p } else { q });
                    }
                    // (`said former New Zealand coach and former test player John
                    // Bracewell`, `kommentiert Wiens FPÖ-Klubchef und stellvertretender
                    // Bundesparteiobmann Mag. Johann Gudenus`: a second role joined by
                    // `and` leads to the name.)
                    let joined = s
                        .tokens
                        .get(end)
                        .is_some_and(|t| t.has(b::COORDINATOR) && t.lower() != Some("or"));
                    if let Some(n) = s.mentions.get(p + 1).filter(|n| {
                        (english_inverted || self.lex.verb_second)
                            && joined
                            && n.toks.start == end + 1
                    }) {
                        // (A bare name there is a second person, `said the mayor and John
                        // Smith`; one its role words lead is the first role's holder.)
                        // (`die stellvertretende NEOS-Bundesvorsitzende und NEOS
                        // Wien-Klubchefin Beate Meinl-Reisinger`: capitalised words before
                        // the name's own text lead it too.)
                        let led = !s.tokens[n.toks.start].is_cap()
                            || (self.lex.verb_second
                                && n.text.start > s.tokens[n.toks.start].range.start);
                        let led_by_role =
                            n.kind == MentionKind::Name && led && self.likely_person(n);
                        if led_by_role {
                            return p + 1;
                        }
                        if matches!(n.kind, MentionKind::Description { org: false, .. }) {
                            if let Some(q) = name_at(n.toks.end) {
                                return q;
                            }
                        }
                    }
                    if let Some(q) = self.holder_after_role_phrase(s, p) {
                        // (`von CARE Österreich, Mag. Ulrike Schelander`: the preposition
                        // governs the body, not the name after the comma.)
                        role_named.set(Some(q));
                        return q;
                    }
                    const ROLE_OF_PHRASE: usize = 4;
                    if english_inverted {
                        let apposed = (p + 1..s.mentions.len().min(p + 1 + ROLE_OF_PHRASE))
                            .find(|&q| closing_apposition(q))
                            .filter(|&q| {
                                s.mentions[p + 1..q].iter().all(|m| {
                                    m.after_prep
                                        || m.entity.is_some_and(|e| self.reg.entities[e].org)
                                }) && s.tokens[end..s.mentions[q].toks.start - 1]
                                    .iter()
                                    .all(|t| t.is_word())
                            });
                        if let Some(q) = apposed {
                            return q;
                        }
                    }
                    // `sagte Bundesminister für EU, Kunst, Kultur und Medien Gernot Blümel`:
                    // or after the role's prepositional phrase, every noun of it governed.
                    const ROLE_PHRASE: usize = 8;
                    let person = s.mentions[p + 1..]
                        .iter()
                        .take(ROLE_PHRASE)
                        // (`sagt der Vorsitzende des Verbandsvorstandes im Hauptverband Dr.
                        // Hans Jörg Schelling`: a genitive belongs to the role's phrase too.)
                        .position(|m| {
                            // (`im Hauptverband Dr. Hans Jörg Schelling`: the preposition
                            // governs the body before the titled name, not the name.)
                            let first = &s.tokens[m.toks.start];
                            let name_after_body = m.kind == MentionKind::Name
                                && m.text.start > first.range.start
                                && !first.has(b::DETERMINER);
                            let genitive = self.lex.verb_second
                                && (m.object || first.has(b::GENITIVE_ARTICLE));
                            (!m.after_prep || name_after_body) && !genitive
                        })
                        .map(|n| p + 1 + n)
                        .filter(|&q| {
                            q > p + 1
                                && s.mentions[q].kind == MentionKind::Name
                                && s.tokens[s.mentions[q - 1].toks.end..s.mentions[q].toks.start]
                                    .iter()
                                    .all(|t| t.has(b::PREPOSITION))
                                && s.mentions[q]
                                    .entity
                                    .is_some_and(|e| self.reg.entities[e].person_like())
                        });
                    if let Some(q) = person.filter(|_| s.mentions[p].entity.is_none()) {
                        role_named.set(Some(q));
                        return q;
                    }
                }
                name.then(|| name_after_words(end)).flatten().unwrap_or(p)
            })
            .or_else(|| {
                // `said Capt. (Dr.) George Black`: a second title in brackets after the rank.
                const MAX_TITLE_TOKENS: usize = 7;
                let titles = (after..s.range.end.min(after + MAX_TITLE_TOKENS))
                    .find(|&k| !(s.tokens[k].has(b::TITLE) || s.tokens[k].is_punct("().")))?;
                let bracketed = (after..titles).any(|k| s.tokens[k].is_punct("("));
                (english_inverted && bracketed && s.tokens[after].has(b::TITLE))
                    .then(|| name_at(titles))
                    .flatten()
            })
            .or_else(|| {
                // `said Sgt. Maj. of the Army Kenneth O. Preston`: a rank's `of` phrase
                // naming its service before the name.
                const MAX_TITLE_TOKENS: usize = 7;
                const OF_PHRASE: usize = 4;
                let titles = (after..s.range.end.min(after + MAX_TITLE_TOKENS))
                    .find(|&k| !(s.tokens[k].has(b::TITLE) || s.tokens[k].is_punct(".")))?;
                let of = titles > after
                    && s.tokens[titles]
                        .lower()
                        .is_some_and(|w| self.lex.role_complement_prepositions.contains(w));
                (english_inverted && of)
                    .then(|| {
                        s.mentions.iter().position(|m| {
                            m.kind == MentionKind::Name
                                && m.toks.start > titles + 1
                                && m.toks.start <= titles + OF_PHRASE
                                && m.entity.is_some_and(|e| !self.reg.entities[e].org)
                        })
                    })
                    .flatten()
            })
            .or_else(|| {
                // (`said shop steward Linda Marsh`: more such words.)
                // (`said retired USMCR Gunnery Sgt. Michael Sroka`: the words may lead to
                // a unit or rating before the name.)
                english_inverted
                    .then(|| name_after_words(after))
                    .flatten()
                    .map(|p| self.person_closing_rating(s, p).unwrap_or(p))
            });
        // `said Salt Lake City Sheriff's Office Maj. Grant Kilgore`: capitalised words
        // that make no mention of their own (a unit, an office) may stand before the name.
        const MAX_UNIT_WORDS: usize = 10;
        let capable = |p: usize| s.mentions[p].subject_capable();
        let unit = || {
            if !english_inverted
                || !s
                    .tokens
                    .get(after)
                    .is_some_and(|t| t.is_word() && t.is_cap())
            {
                return None;
            }
            let stop = (after..s.range.end.min(after + MAX_UNIT_WORDS))
                .find(|&k| {
                    !(s.tokens[k].is_word() && s.tokens[k].is_cap() || s.tokens[k].is_punct("."))
                })
                .unwrap_or(s.range.end.min(after + MAX_UNIT_WORDS));
            s.mentions.iter().position(|m| {
                m.kind == MentionKind::Name
                    && m.toks.start > after
                    && m.toks.start < stop
                    && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
            })
        };
        let post = match post {
            Some(p) if capable(p) || role_named.get() == Some(p) => Some(p),
            other => unit().or(other),
        };
        // `“…,” said one of the judges, Lord Justice Maurice Kay.`: after a partitive
        // `one of` the group's noun, which an apposition may name, is the subject.
        let partitive = (english_inverted
            && post.is_none()
            && s.tokens.get(after).and_then(Token::lower) == Some("one")
            && s.tokens.get(after + 1).and_then(Token::lower) == Some("of"))
        .then(|| {
            s.mentions.iter().position(|m| {
                (after + 2..=after + 3).contains(&m.toks.start)
                    && matches!(m.kind, MentionKind::Description { org: false, .. })
            })
        })
        .flatten();
        let post = post.or(partitive);
        // (`sagte Landeshauptman Dr. Erwin Pröll`, `unterstreicht Fundraiser Mag. Herbert
        // Kollmann`: a word that names no one, right before a titled name, is a role the
        // lexicon lacks or misspells.)
        let post = post.map(|p| {
            let m = &s.mentions[p];
            let unknown = m.kind == MentionKind::Name
                && m.entity
                    .is_some_and(|e| !self.reg.entities[e].person_like());
            let titled_next = s.mentions.get(p + 1).is_some_and(|n| {
                n.toks.start == m.toks.end
                    && n.kind == MentionKind::Name
                    && s.tokens[n.toks.start].has(b::TITLE)
                    && n.entity.is_some_and(|e| self.reg.entities[e].person_like())
            });
            if unknown && titled_next {
                p + 1
            } else {
                p
            }
        });
        let blocked_after =
            s.tokens.get(after).is_none_or(|t| t.is_punct(",:;.")) || after >= s.range.end;
        // English puts the subject after the verb only right after a quote (`“…,” said Smith`).
        let post_subject = post.filter(|&p| {
            inverted
                && !blocked_after
                && (s.mentions[p].subject_capable()
                    || partitive == Some(p)
                    || role_named.get() == Some(p))
        });
        let post_pronoun =
            post_subject.filter(|&p| matches!(s.mentions[p].kind, MentionKind::Pronoun(_)));
        Candidates {
            pre,
            post,
            post_subject,
            post_pronoun,
            comma_before,
            after,
        }
    }
}

/// `…, said Mark Wheeler, a contracting specialist.`: an apposition after a comma runs
/// from `end` to the close of the sentence, with no quote and no verb of saying in it.
fn closing_role_apposition(s: &Sentence<'_>, end: usize) -> bool {
    const APPOSITION_TOKENS: usize = 16;
    end + 1 < s.range.end
        && s.tokens[end].is_punct(",")
        && s.range.end - end <= APPOSITION_TOKENS
        && s.tokens[end + 1..s.range.end]
            .iter()
            .all(|t| t.quote().is_none() && !t.has(b::SPEECH))
}

/// `…, says the director of the Institute, Matt Mountain.`: mention `m` follows a comma
/// and closes the sentence, as a name in apposition at its end does.
fn closing_apposed_name(s: &Sentence<'_>, m: &Mention) -> bool {
    m.toks.start > s.range.start
        && s.tokens[m.toks.start - 1].is_punct(",")
        && (m.toks.end >= s.range.end || s.tokens[m.toks.end].is_punct("."))
}

/// `erklärte heute, am Vortag des Internationalen Tags der Pressefreiheit, die
/// Menschenrechtskommissarin`: a time adverb right after the verb with a prepositional
/// phrase between commas in apposition to it; the token after the second comma, where
/// the inverted subject starts.
/// `sagte heute, Freitag, Verteidigungsminister Günther Platter`: a day or a date set
/// off by commas after an adverb of time stands before the subject.
fn dated_commas_end(s: &Sentence<'_>, after: usize) -> Option<usize> {
    const MAX_DATE: usize = 4;
    let t = |k: usize| s.tokens.get(k).filter(|_| k < s.range.end);
    let adverb = t(after).is_some_and(|w| w.is_word() && !w.is_cap());
    if !adverb || !t(after + 1).is_some_and(|c| c.is_punct(",")) {
        return None;
    }
    let close =
        (after + 2..s.range.end.min(after + 3 + MAX_DATE)).find(|&k| s.tokens[k].is_punct(","))?;
    let dated = close > after + 2
        && s.tokens[after + 2..close].iter().all(|w| {
            w.is_punct(".")
                || w.has(b::NON_NAME)
                || w.lower()
                    .is_some_and(|x| x.chars().all(|c| c.is_ascii_digit()))
        })
        && s.tokens[after + 2..close]
            .iter()
            .any(|w| w.has(b::NON_NAME));
    (dated && close + 1 < s.range.end).then_some(close + 1)
}

fn adverb_apposition_end(s: &Sentence<'_>, after: usize) -> Option<usize> {
    const APPOSITION_TOKENS: usize = 14;
    let t = |k: usize| s.tokens.get(k).filter(|_| k < s.range.end);
    let adverb = t(after).is_some_and(|w| w.is_word() && !w.is_cap() && w.has(b::STOPWORD));
    let opens = adverb
        && t(after + 1).is_some_and(|c| c.is_punct(","))
        && t(after + 2).is_some_and(|p| p.has(b::PREPOSITION));
    if !opens {
        return None;
    }
    let close = (after + 3..s.range.end.min(after + 3 + APPOSITION_TOKENS))
        .take_while(|&k| s.tokens[k].quote().is_none() && !s.tokens[k].has(b::SPEECH))
        .find(|&k| s.tokens[k].is_punct(","))?;
    (close + 1 < s.range.end).then_some(close + 1)
}

/// `so Bayerns Innen- und Integrationsminister Joachim Herrmann`: German fronts of
/// compounds cut at a hyphen (`Innen-`, `Innen-, Justiz-`) before `und` share the role
/// completed after it, whose phrase names the speaker; where that phrase starts, past an
/// article or a genitive owner before the fronts.
/// `sagte „Bild“-Chefredakteur Kai Diekmann`: a quoted name glued by a hyphen to the
/// role after it is the front of that compound; the subject's mention opens after the
/// hyphen. Returns that token.
fn quoted_front_end(s: &Sentence<'_>, after: usize) -> Option<usize> {
    let q = s.tokens.get(after).filter(|_| after + 2 < s.range.end)?;
    let hyphen = &s.tokens[after + 1];
    let word = &s.tokens[after + 2];
    let glued = q.quote().is_some()
        && hyphen.is_punct("-‐")
        && hyphen.range.start == q.range.end
        && word.range.start == hyphen.range.end
        && word.is_word()
        && word.is_cap();
    glued.then_some(after + 2)
}

fn cut_compound_end(s: &Sentence<'_>, after: usize, lex: &Lexicon) -> Option<usize> {
    const FRONTS: usize = 4;
    if !lex.capitalised_nouns {
        return None;
    }
    let t = |k: usize| s.tokens.get(k).filter(|_| k < s.range.end);
    let cut_front = |k: usize| {
        t(k).is_some_and(|w| w.is_word() && w.is_cap())
            && t(k + 1).is_some_and(|h| h.is_punct("-‐") && h.range.start == s.tokens[k].range.end)
    };
    // (`Gesundheits- und Sozialminister`: a front in -s is no genitive owner.)
    let owner = !cut_front(after)
        && t(after).is_some_and(|w| {
            w.has(b::DETERMINER)
                || (lex.genitive_s
                    && w.is_cap()
                    && w.lower().is_some_and(|l| l.ends_with('s'))
                    && !s.mentions.iter().any(|m| m.toks.contains(&after)))
        });
    let mut k = if owner { after + 1 } else { after };
    // (`der bayerische Innen- und …`: adjectives of the role come before the fronts.)
    while k < after + FRONTS
        && t(k).is_some_and(|w| {
            w.is_word() && !w.is_cap() && w.lower().is_some_and(|l| lex.is_inflected_adjective(l))
        })
    {
        k += 1;
    }
    let mut fronts = 0;
    while fronts < FRONTS && cut_front(k) {
        fronts += 1;
        k += 2;
        if t(k).is_some_and(|c| c.is_punct(",")) {
            k += 1;
        }
    }
    // (`so die Kunst- und Kulturministerin`: a role with no name after it is left to
    // the phrase with its article, which refers back to the minister named before.)
    let joined = fronts > 0
        && t(k).is_some_and(|c| c.has(b::COORDINATOR))
        && s.mentions
            .iter()
            .any(|m| m.toks.start == k + 1 && m.kind == MentionKind::Name);
    joined.then_some(k + 1)
}

/// `betonte heute (11. September) Kulturlandesrätin Kasslatter Mur`: where the words after
/// a verb go on past an adverb and a bracket holding a number (a date), if one follows.
fn dated_bracket_end(s: &Sentence<'_>, after: usize) -> Option<usize> {
    const BRACKET_TOKENS: usize = 8;
    let t = |k: usize| s.tokens.get(k).filter(|_| k < s.range.end);
    let adverb = t(after)
        .is_some_and(|w| w.is_word() && !w.is_cap() && w.has(b::STOPWORD) && !w.has(b::PRONOUN));
    let open = if adverb { after + 1 } else { after };
    if !t(open).is_some_and(|p| p.is_punct("(")) {
        return None;
    }
    let close =
        (open + 1..s.range.end.min(open + BRACKET_TOKENS)).find(|&k| s.tokens[k].is_punct(")"))?;
    // (A date: numbers, dots and capitalised month or weekday names only; `(siehe
    // Grafik 2)` is a pointer.)
    let inside = &s.tokens[open + 1..close];
    let number = |t: &Token| {
        t.lower()
            .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
    };
    let dated = inside.iter().any(number)
        && inside
            .iter()
            .all(|t| number(t) || t.is_punct(".,") || (t.is_word() && t.is_cap()));
    (dated && close + 1 < s.range.end).then_some(close + 1)
}

fn source_subject(s: &Sentence<'_>, post: Option<usize>) -> Option<usize> {
    match post {
        Some(p)
            if matches!(
                s.mentions[p].kind,
                MentionKind::Document { definite: false }
            ) =>
        {
            s.mentions
                .get(p + 1)
                .filter(|m| m.agent || m.after_prep)
                .map(|_| p + 1)
                .or(Some(p))
        }
        p => p,
    }
}

/// `zitierte Sputnik Patruschew`: the object of an active quoting verb speaks, the
/// mention after the one right after the verb when the subject is not before it.
fn quoting_object(s: &Sentence<'_>, c: &Candidates) -> Option<usize> {
    match (c.pre, c.post) {
        (Some(_), p) => p,
        (None, Some(p)) => {
            let end = s.mentions[p].toks.end;
            s.mentions
                .iter()
                .position(|m| m.toks.start == end)
                .or(Some(p))
        }
        (None, None) => None,
    }
}
