//! Speakers a sentence opens with when no cue names them: an agent or person in first
//! position, inverted German word order, fronted objects, and a body opening the sentence;
//! plus the tests that tell a capitalised term (`Freie Software`) or a name-like quote from a
//! speaker's name. Grouped as the first-position rules for quotes without a cue.

use super::*;

impl Attributor<'_> {
    /// A person-like name opening the sentence (its subject in first position) before
    /// quote token `qt`.
    /// `The court justified the “double sentence” on the grounds “…”`: so is a body
    /// that has already spoken, named or described (`the court`).
    /// `A planned demonstration by Christian Concern was cancelled to “conserve energy”`:
    /// failing a speaker, the one named name acting (`by`) before the quote.
    pub(super) fn agent_speaker(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let mut agents = s
            .mentions
            .iter()
            .filter(|m| m.agent && m.kind == MentionKind::Name && m.toks.end <= qt);
        let m = agents.next()?;
        if agents.next().is_some() {
            return None;
        }
        m.entity
    }

    /// The first letter or digit of quote token `qt`'s words: its case tells a sentence
    /// from a fragment.
    pub(super) fn quote_initial(&self, s: &Sentence<'_>, qt: usize) -> Option<char> {
        self.text
            .get(s.tokens[qt].range.clone())
            .and_then(|q| q.chars().find(|&c| is_alphanumeric(c)))
    }

    /// `Because the flooding was so severe, Gov. James B. Hunt Jr. “declared war” on the
    /// disaster`: in English, a quote in lower case right after a person opening a clause
    /// is that person's verb, in their words.
    pub(super) fn predicate_quote_owner(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        if self.lex.capitalised_nouns {
            return None;
        }
        let lower = self.quote_initial(s, qt).is_some_and(char::is_lowercase);
        // (`Jr.` keeps its full stop out of the name.)
        let m = s.mentions.iter().find(|m| {
            m.toks.end == qt || (m.toks.end + 1 == qt && s.tokens[m.toks.end].is_punct("."))
        })?;
        let opens_clause =
            m.toks.start == s.range.start || s.tokens[m.toks.start - 1].is_punct(",;");
        (lower && opens_clause && m.kind == MentionKind::Name && m.subject_capable())
            .then_some(m.entity)
            .flatten()
            .filter(|&e| self.reg.entities[e].person_like())
    }

    pub(super) fn opening_person(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        if let Some(e) = self.inverted_person(s, qt) {
            return Some(e);
        }
        let m = s.mentions.first()?;
        let opens = m.toks.start <= s.range.start + 3 && m.toks.end <= qt;
        if !opens {
            return self.person_after_opening_phrase(s, qt);
        }
        if !m.subject_capable() || m.agent {
            return None;
        }
        if let Some(e) = self.role_apposed_opener(s, qt, 0) {
            return Some(e);
        }
        let body_spoke = |e: usize| self.reg.entities[e].org && self.reg.entities[e].spoke;
        match &m.kind {
            // (`Guanaguanare was worried “…”`: in English, a bare name opening the
            // sentence right before its verb is its subject, person or body.)
            MentionKind::Name => {
                // (A list's dash or bullet may come first: `– MediaCritic remembers …`.)
                let first_word = (s.range.start..m.toks.start.min(s.range.start + 2))
                    .all(|t| s.tokens[t].is_punct("–—-•*"));
                let bare_subject = !self.lex.capitalised_nouns
                    && first_word
                    && s.tokens
                        .get(m.toks.end)
                        .is_some_and(|t| t.is_word() && !t.is_cap());
                // (`Die SPD sieht das als einen „Eckpfeiler für sichere IT-Systeme“`, `The
                // Royal Society established the award for “…”`: a body's name right before a
                // lower-case verb is the subject.)
                let before_verb = verb_follows(s, m.toks.end);
                m.entity.filter(|&e| {
                    let ent = &self.reg.entities[e];
                    (ent.person_like() && !self.adjective_led_unknown(ent))
                        || body_spoke(e)
                        || (bare_subject && ent.may_be_org())
                        || (ent.org && before_verb && !self.name_like_quote(s, qt))
                })
            }
            MentionKind::Description {
                definite: true,
                org: true,
                head,
                ..
            } => self
                .resolve_org_description(head.as_deref().unwrap_or_default())
                .filter(|&e| body_spoke(e)),
            // `Sie hält die Regelung für „bedenklich“`: a pronoun subject, whoever it means.
            MentionKind::Pronoun(refs) if m.toks.start == s.range.start => {
                self.resolve_pronoun_mention(s, 0, refs)
            }
            _ => None,
        }
    }

    /// `Den Bundesrat sieht Bader als einen „stabilen Faktor“`, `Als „großartige
    /// Vorbilder“ hat Herrmann 31 Bürger ausgezeichnet`: a German sentence that fronts an
    /// object, or `als` with a quote, has its subject right after the
    /// finite verb; a person named there is whom the sentence is about.
    fn inverted_person(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        if !self.lex.verb_second || s.range.len() < 4 {
            return None;
        }
        let start = s.range.start;
        let first = &s.tokens[start];
        let fronted_object = s
            .mentions
            .first()
            .filter(|m| {
                m.toks.start == start
                    && m.object
                    && !m.after_prep
                    && first.has(b::OBJECT_DET)
                    && m.kind != MentionKind::Name
            })
            .map(|m| m.toks.end);
        // (`Für „ihre Führungsrolle …“ hat Merkel den Preis erhalten`: the reason a
        // preposition gives is someone else's words.)
        let fronted_quote = first
            .lower()
            .is_some_and(|w| self.lex.is_capacity_word(w))
            .then(|| start + 1)
            .filter(|&q| s.tokens[q].quote().is_some())
            .map(|q| q + 1);
        // (`Für die Grünen sah Hans-Christian Ströbele ein „Hau-Ruck-Verfahren“`: so does
        // a fronted phrase of stance, when the quote comes after the verb; `Für
        // „ihre Führungsrolle …“ hat Merkel den Preis erhalten` has it inside the phrase.)
        // (Only a phrase of stance, `für`: `In Norwegen begann Halvdan Svarte („der
        // Schwarze“) …` names, it does not speak.)
        let stance = first.has(b::PREPOSITION)
            && first
                .lower()
                .is_some_and(|w| self.lex.stance_prepositions.contains(w));
        let fronted_phrase = stance
            .then(|| {
                s.mentions
                    .first()
                    .filter(|m| m.after_prep && m.toks.start > start && m.toks.start <= start + 2)
            })
            .flatten()
            .map(|m| m.toks.end)
            .filter(|&v| {
                qt > v
                    && !s.tokens[v]
                        .has(b::PREPOSITION | b::DETERMINER | b::COORDINATOR | b::OBJECT_DET)
            });
        let verb = fronted_object
            .or(fronted_quote)
            .or(fronted_phrase)
            .or_else(|| self.fronted_thing_verb(s, qt))?;
        // (`Für die Opposition ist Lindner ein „Blockierer“`, `Als „Verräter“ wurde Müller
        // beschimpft`: after a copula or a passive the one named is talked about.)
        let finite = s.tokens.get(verb).is_some_and(|t| {
            t.is_word()
                && !t.is_cap()
                && t.quote().is_none()
                && t.lower()
                    .is_some_and(|w| !self.lex.is_copula(w) && !self.lex.passive_aux.contains(w))
        });
        if !finite || verb + 1 >= s.range.end {
            return None;
        }
        let p = self.middle_field_subject(s, verb + 1)?;
        let m = &s.mentions[p];
        (m.kind == MentionKind::Name)
            .then_some(m.entity)
            .flatten()
            .filter(|&e| self.reg.entities[e].person_like())
    }

    /// `Die große Kundgebung am 12. November will Haider „nicht kommentieren“`: a German
    /// sentence opened by an article and a noun that names no one (no mention of a
    /// person or body before the verb) has its subject after the finite verb, the first
    /// lower-case word after the noun and its phrases. Returns that verb's index.
    fn fronted_thing_verb(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let start = s.range.start;
        if !s.tokens[start].has(b::DETERMINER) || s.tokens[start].has(b::PRONOUN) {
            return None;
        }
        let mut noun = false;
        // (Only a modal verb, whose infinitive the quote holds: `Die Kundgebung will
        // Haider „nicht kommentieren“`; in `Die Kundgebung brachte Haider „große Not“`
        // the thing is the subject; lexicon `modal_verbs`.)
        let verb = (start + 1..qt).find(|&t| {
            let tok = &s.tokens[t];
            let function = tok.has(b::PREPOSITION | b::DETERMINER | b::OBJECT_DET);
            let letters = tok
                .lower()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_alphabetic));
            let word = tok.is_word() && !tok.is_cap() && letters && !function;
            noun |= tok.is_word() && tok.is_cap();
            noun && word
        })?;
        let modal = s.tokens[verb]
            .lower()
            .is_some_and(|w| self.lex.modal_verbs.contains(w));
        let clear = modal
            && !s.tokens[start..verb].iter().any(|t| {
                t.quote().is_some() || t.is_punct(",;:") || t.has(b::COORDINATOR | b::SPEECH)
            })
            && !s
                .mentions
                .iter()
                .any(|m| m.toks.start < verb && !m.after_prep);
        clear.then_some(verb)
    }

    /// `Freie Software und Offene Standards sollen zum „Leitprinzip …“ werden`: in German a
    /// name led by a word with an adjective's ending that is no given name, with nothing
    /// else marking a person (no role, title, known gender, no cue of its own), is more
    /// likely a term than someone whose words a quote in its sentence gives, when the
    /// text also writes that word as a lower-case adjective or with another ending.
    fn adjective_led_unknown(&self, ent: &Entity) -> bool {
        const MIN_STEM: usize = 3;
        if !self.lex.verb_second
            || ent.org
            || ent.spoke
            || ent.titled
            || ent.role.is_some()
            || ent.gender.is_some()
            || ent.token_count() < 2
        {
            return false;
        }
        let Some(first) = ent.name.split_whitespace().next() else {
            return false;
        };
        let lower = first.to_lowercase();
        let Some(stem) = ADJECTIVE_ENDINGS.iter().find_map(|e| {
            lower
                .strip_suffix(e)
                .filter(|stem| stem.chars().count() >= MIN_STEM)
        }) else {
            return false;
        };
        // (`Kaye Fogarty`: only a word the text also writes as a lower-case adjective
        // before a noun, `freie`, `offenen`, is taken for one.)
        let written_lower = ADJECTIVE_ENDINGS
            .iter()
            .any(|e| self.adjectives.contains(format!("{stem}{e}").as_str()));
        // (`Freie Software` beside `Freier Software`: a name's first word keeps its
        // ending; an adjective's changes with the case.)
        let declined = || {
            let own = ADJECTIVE_ENDINGS.iter().find(|e| first.ends_with(*e));
            let (Some(second), Some(cap)) = (
                ent.name.split_whitespace().nth(1),
                own.and_then(|e| first.strip_suffix(e)),
            ) else {
                return false;
            };
            ADJECTIVE_ENDINGS
                .iter()
                .filter(|&e| Some(e) != own)
                .any(|e| {
                    self.capitalised_pairs
                        .get_or_init(|| adjective_noun_pairs(self.lex, self.text, true))
                        .contains(&(format!("{cap}{e}").as_str(), second))
                })
        };
        first.starts_with(char::is_uppercase)
            && self.lex.first_name_gender(&lower).is_none()
            && (written_lower || declined())
    }

    /// Whether a name mention of two words or more could be a term: no body, title or
    /// speaker known by it, and (`der Deutschen Giulia Messmer`, `Liebe Frau Thieme`) no
    /// given name or title in the run, which make it a person's name after all.
    fn may_be_term(&self, tokens: &[Token], m: &Mention) -> bool {
        if m.kind != MentionKind::Name || m.toks.len() < 2 {
            return false;
        }
        let known = m.entity.is_some_and(|e| {
            let ent = &self.reg.entities[e];
            ent.org || ent.titled || ent.spoke
        });
        let personal = tokens[m.toks.clone()]
            .iter()
            .any(|t| t.range.start >= m.text.start && t.has(b::GIVEN_NAME | b::TITLE));
        !known && !personal
    }

    /// `Freie Software`, `im Sinne Freier Software`, `Offene Standards`: a German run of
    /// capitalised words in which a word before the last is an adjective the text also
    /// writes in lower case before the same noun (`freie Software`, `offenen Standards`)
    /// is a term, not anyone's name. A given name is never written so, and the last word
    /// is not looked at: `Peter Freier` stays a person.
    pub(super) fn adjective_led_term(&self, tokens: &[Token], m: &Mention) -> bool {
        const MIN_STEM: usize = 3;
        if !self.may_be_term(tokens, m) {
            return false;
        }
        let written_lower = |stem: &str, noun: &str| {
            ADJECTIVE_ENDINGS.iter().any(|e| {
                let adjective = format!("{stem}{e}");
                self.adjective_nouns.contains(&(adjective.as_str(), noun))
            })
        };
        // (`Neue EU-Kommissionsvertreterin Barbara Gessler`: only the name's own words.)
        (m.toks.start..m.toks.end - 1).any(|k| {
            let t = &tokens[k];
            let noun = &tokens[k + 1];
            t.range.start >= m.text.start
                && t.is_cap()
                && noun.is_word()
                && !t.has(b::GIVEN_NAME | b::DETERMINER | b::TITLE)
                && t.lower().is_some_and(|w| {
                    ADJECTIVE_ENDINGS.iter().any(|e| {
                        w.strip_suffix(e).is_some_and(|stem| {
                            stem.chars().count() >= MIN_STEM
                                && written_lower(stem, &self.text[noun.range.clone()])
                        })
                    })
                })
        })
    }

    /// `Pikanter Nachsatz: „…“`: a label of a noun for what was said names no one; the
    /// speaker before goes on. (Not a body: `Europäischer Rat:`.)
    /// (So does a section's label, `NEWS-Interview:`, `Format-Interview mit …:`, a
    /// compound included; lexicon `non_speaker_labels`.)
    pub(super) fn said_label(&self, tokens: &[Token], m: &Mention) -> bool {
        let last = tokens[m.toks.end - 1].lower();
        let said = last.is_some_and(|w| self.lex.utterance_nouns.contains(w));
        let section = last.is_some_and(|w| {
            let head = w.rsplit_once('-').map_or(w, |(_, h)| h);
            self.lex.non_speaker_labels.contains(head)
        });
        let next = tokens.get(m.toks.end);
        let labels = next.is_some_and(|t| t.is_punct(":"))
            || (section && next.is_some_and(|t| t.has(b::PREPOSITION)));
        (said || section) && labels && m.entity.is_some_and(|e| !self.reg.entities[e].org)
    }

    /// `Schüssel: EU Sanktionen sind „Diplomatischer Kleinkrieg“`: in German a run of
    /// capitalised words ending in a noun only a plural has (lexicon
    /// `plural_only_endings`: `Sanktionen`, `Verhandlungen`), with no given name or title
    /// in it, names a thing, not a person who could speak.
    pub(super) fn plural_noun_term(&self, tokens: &[Token], m: &Mention) -> bool {
        const MIN_STEM: usize = 3;
        if !self.may_be_term(tokens, m) {
            return false;
        }
        tokens[m.toks.end - 1].lower().is_some_and(|w| {
            self.lex
                .plural_only_endings
                .iter()
                .any(|e| w.len() >= e.len() + MIN_STEM && w.ends_with(e.as_str()))
        })
    }

    /// `Die Grünen sehen Freie Software als einen „Eckpfeiler“`: in German a body named by
    /// its noun and article opening the sentence right before the verb is the subject,
    /// whose words the quote in its sentence gives, as a person's would be.
    pub(super) fn opening_body(&mut self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let m = s.mentions.first()?;
        let opens = s.tokens[s.range.start].has(b::DETERMINER) && m.toks.start <= s.range.start + 1;
        let body = matches!(
            m.kind,
            MentionKind::Description {
                definite: true,
                org: true,
                ..
            }
        );
        if !self.lex.verb_second
            || !opens
            || !body
            || !verb_follows(s, m.toks.end)
            || m.toks.end > qt
            || m.agent
            || !m.subject_capable()
            || self.name_like_quote(s, qt)
        {
            return None;
        }
        self.resolve(s, 0)
    }

    /// `Die Regierung hat das „Sicherheitspaket“ beschlossen`, `„Date mit der Demokratie“`:
    /// a short quote of capitalised words (and short function words) names a thing; a body
    /// is not quoted by it merely for being the sentence's subject.
    pub(super) fn name_like_quote(&self, s: &Sentence<'_>, qt: usize) -> bool {
        const MAX_NAME_WORDS: usize = 5;
        const FUNCTION_WORD: usize = 3;
        let Some(raw) = self.text.get(s.tokens[qt].range.clone()) else {
            return false;
        };
        let inner = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let words: Vec<&str> = inner.split_whitespace().collect();
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // (`„Ankündigungen, Entscheidungen und Unterlassungen“`: a list is what was said.)
        !inner.contains(',')
            && !words.is_empty()
            && words.len() <= MAX_NAME_WORDS
            && capitalised(words[0])
            && words
                .iter()
                .all(|w| capitalised(w) || w.chars().count() <= FUNCTION_WORD)
    }

    /// `In a speech to the Afghan parliament this week, acting spy chief, Massoud
    /// Andarabi, directly blamed …`: in English, after an opening phrase a preposition
    /// leads and a comma closes, naming no person, the sentence opens again: a role with
    /// a name in apposition there, or a person's name before a lower-case verb, is the
    /// subject.
    fn person_after_opening_phrase(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const NEAR: usize = 3;
        if self.lex.capitalised_nouns || !s.tokens[s.range.start].has(b::PREPOSITION) {
            return None;
        }
        let (comma, k) = self.after_opening_phrase(s, qt)?;
        let m = &s.mentions[k];
        if m.toks.start > comma + NEAR || m.toks.end > qt || !m.subject_capable() || m.agent {
            return None;
        }
        if let Some(e) = self.role_apposed_opener(s, qt, k) {
            return Some(e);
        }
        (m.kind == MentionKind::Name && lower_verb_at(s, m.toks.end))
            .then_some(m.entity)
            .flatten()
            .filter(|&e| self.reg.entities[e].person_like())
    }

    /// `The prosecutor, Dr Nannette Rogers, detailed …`, `Central Australian Crown
    /// prosecutor, Dr Nannette Rogers, detailed …`: a role opening the main clause at
    /// mention `k` (after the name of the body it serves, in English), then a person's
    /// name between commas: that person is the subject.
    fn role_apposed_opener(&self, s: &Sentence<'_>, qt: usize, k: usize) -> Option<usize> {
        let is_role = |m: &Mention| matches!(m.kind, MentionKind::Description { org: false, .. });
        let first = s.mentions.get(k)?;
        let role = if is_role(first) {
            k
        } else {
            let next = s.mentions.get(k + 1)?;
            let affiliation = !self.lex.capitalised_nouns
                && first.kind == MentionKind::Name
                && is_role(next)
                && next.toks.start == first.toks.end;
            if !affiliation {
                return None;
            }
            k + 1
        };
        let m = &s.mentions[role];
        let comma = |t: usize| s.tokens.get(t).is_some_and(|t| t.is_punct(","));
        // (`The chair of the inquiry, Helena Kennedy, challenged …`: the role's
        // complement, a phrase after `of`, is part of it.)
        let role_end = if comma(m.toks.end) {
            m.toks.end
        } else {
            let complement = s
                .tokens
                .get(m.toks.end)
                .and_then(Token::lower)
                .is_some_and(|w| {
                    !self.lex.capitalised_nouns && self.lex.role_complement_prepositions.contains(w)
                });
            let end = (m.toks.end..qt).find(|&t| s.tokens[t].is_punct(",;:"))?;
            if !complement || !comma(end) {
                return None;
            }
            end
        };
        // (`Chair of the inquiry, Helena Kennedy challenged …`: in English the comma
        // closing the apposition may be left out before a lower-case verb.)
        let closed = |n: &Mention| {
            comma(n.toks.end) || (!self.lex.capitalised_nouns && lower_verb_at(s, n.toks.end))
        };
        s.mentions
            .iter()
            .skip(role + 1)
            .find(|n| n.toks.start > role_end)
            .filter(|n| {
                n.kind == MentionKind::Name
                    && n.toks.start == role_end + 1
                    && n.toks.end < qt
                    && closed(n)
            })
            .and_then(|n| n.entity)
            .filter(|&e| self.reg.entities[e].person_like())
    }
}

/// Whether the word at `t` could be an English verb after its subject: a lower-case
/// word that is no article, preposition or conjunction (`Smith and Jones` has none).
fn lower_verb_at(s: &Sentence<'_>, t: usize) -> bool {
    s.tokens.get(t).is_some_and(|w| {
        w.is_word() && !w.is_cap() && !w.has(b::DETERMINER | b::PREPOSITION | b::COORDINATOR)
    })
}
