//! Quotes framed by something other than a verb of saying: opening phrases (`Mit den Worten
//! „…“`), infinitives and text frames, colons, dashes, slashes and headline labels
//! (`Grütters: „…“`), quotes before a colon and a name, owners of a noun for what was said
//! (`die Botschaft des Kanzlers`), kickers, statement heads and stances (`Für Klaus Weber ist
//! klar: „…“`). Grouped as the rules that find a speaker through the frame around a quote.

use super::*;

impl Attributor<'_> {
    /// `Mit den Worten „…“ verlieh Präsident Sobotka seiner Freude Ausdruck`: after a
    /// phrase that opens a quote as an object, the sentence's subject said it; German
    /// names it after the verb, English before the phrase or after the quote.
    pub(super) fn opened_quote_speaker(
        &mut self,
        s: &mut Sentence<'_>,
        qt: usize,
    ) -> Option<usize> {
        let opened = self.lex.quote_openers.iter().any(|p| {
            qt >= s.range.start + p.len()
                && p.iter()
                    .enumerate()
                    .all(|(k, w)| s.tokens[qt - p.len() + k].lower() == Some(w.as_str()))
        });
        if !opened {
            return None;
        }
        let after = |m: &Mention| m.toks.start > qt && m.subject_capable() && !m.agent;
        // (`Über Namensaufruf durch den Schriftführer Josef Saller leisten die Bundesräte
        // Ilse Fetik … ihre Angelobung mit den Worten „Ich gelobe“`: failing one after the
        // quote, the person before it who is no agent and no object of a preposition.)
        let before = |m: &Mention| m.toks.end <= qt && m.subject_capable() && !m.agent;
        let m = if self.lex.verb_second {
            s.mentions
                .iter()
                .position(|m| after(m) && self.likely_person(m))
                .or_else(|| {
                    s.mentions
                        .iter()
                        .position(|m| before(m) && self.likely_person(m))
                })
        } else {
            self.sentence_first(s, qt)
                .or_else(|| s.mentions.iter().position(after))
        }?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `Zwei Blogger gehen so weit, die Unfälle als „Mord“ zu bezeichnen`, `went so far
    /// as to call it “murder”`: a speech verb in the infinitive is no cue of its own,
    /// but the sentence's subject is who calls it so.
    pub(super) fn infinitive_speaker(&mut self, s: &mut Sentence<'_>) -> Option<usize> {
        if !cues::has_infinitive_speech(s.tokens, s.range.clone(), self.lex) {
            return None;
        }
        let m = self.sentence_first(s, s.range.end)?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `In a statement, Prime Minister David Cameron sent “his condolences”`: a sentence
    /// opened by a preposition and a text (or speech) the subject gave carries that
    /// subject's words, whatever its verb.
    pub(super) fn text_frame_subject(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        let start = s.range.start;
        if !s.tokens[start].has(b::PREPOSITION) {
            return None;
        }
        let comma = (start + 1..qt.min(start + 5)).find(|&t| s.tokens[t].is_punct(","))?;
        let names_text = (start + 1..comma).any(|t| {
            s.tokens[t].lower().is_some_and(|w| {
                self.lex.is_document_word(w, s.tokens[t].is_cap())
                    || self.lex.speech_nouns.contains(w)
            })
        });
        if !names_text {
            return None;
        }
        let m = s
            .mentions
            .iter()
            .position(|m| m.toks.start == comma + 1 && m.toks.end <= qt && m.subject_capable())?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// The subject of a sentence that introduces quote token `qt` with a colon.
    pub(super) fn colon_subject(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        // `Europa brauche eine starke Agrarpolitik: „…“`: reported speech (Konjunktiv)
        // before the colon goes on with the speaker before, not its grammatical subject.
        if qt == s.range.start || !s.tokens[qt - 1].is_punct(":") || s.reported {
            return None;
        }
        if let Some(e) = self.interjection_label(s, qt) {
            return Some(e);
        }
        if let Some(e) = self.possessive_utterance(s, qt) {
            return Some(e);
        }
        if let Some(e) = self.utterance_owner(s, qt) {
            return Some(e);
        }
        // (A dash label was tried before this, in `labelled_after_dash`.)
        if let Some(e) = self.topic_label(s, qt) {
            return Some(e);
        }
        let clause_subject = self.clause_subject_after_quote(s, qt);
        // `Am achten Tag ihres Marsches in Richtung Syrien, blickt der zivile Marsch
        // zurück: „…“`: after a fronted phrase and its comma, the German verb comes
        // second and its subject right after it.
        // (`Nach einem Grußwort gratulierte Oliver Kruse …, darunter Zentralbereichsleiter
        // …: „…“`: a subject before the comma filled the clause; a list follows it.)
        let fronted = (self.lex.verb_second && s.tokens[s.range.start].has(b::PREPOSITION))
            .then(|| (s.range.start..qt).find(|&t| s.tokens[t].is_punct(",")))
            .flatten()
            .filter(|&c| {
                s.tokens
                    .get(c + 1)
                    .is_some_and(|t| t.is_word() && !t.is_cap() && c + 1 < qt)
            })
            .filter(|&c| {
                !s.mentions.iter().any(|m| {
                    m.toks.end <= c
                        && m.kind == MentionKind::Name
                        && m.subject_capable()
                        && m.entity.is_some_and(|e| {
                            let ent = &self.reg.entities[e];
                            ent.person_like() && ent.token_count() >= 2
                        })
                })
            })
            .and_then(|c| {
                s.mentions.iter().position(|m| {
                    (c + 2..=c + 3).contains(&m.toks.start)
                        && m.toks.end < qt
                        && m.subject_capable()
                })
            });
        let m = clause_subject
            .or(fronted)
            .or_else(|| self.sentence_first(s, qt))
            .or_else(|| self.stance_holder(s, qt))?;
        // (`JVP-NÖ-Obfrau Bundesrätin Bettina Rausch: „…“`: a role right before a person's
        // name, led by a second role, is that person's.)
        let role_end = s.mentions[m].toks.end;
        let m = if matches!(
            s.mentions[m].kind,
            MentionKind::Description { org: false, .. }
        ) {
            s.mentions
                .iter()
                .position(|n| {
                    n.toks.start == role_end
                        && n.toks.end < qt
                        && !s.tokens[n.toks.start].has(b::DETERMINER)
                        && n.kind == MentionKind::Name
                        && n.entity.is_some_and(|e| self.reg.entities[e].person_like())
                })
                .unwrap_or(m)
        } else {
            m
        };
        // (`Deutschland und Mexiko teilten die gleichen Werte: „…“`: two names joined as
        // the subject are no one speaker; the speaker before goes on. Two people, `haben
        // Frans Timmermans und Federica Mogherini eine gemeinsame Erklärung abgegeben:`,
        // speak together, and the first named is the speaker, as before a verb.)
        let end = s.mentions[m].toks.end;
        let person = |n: &Mention| n.entity.is_some_and(|e| self.reg.entities[e].person_like());
        let joined = s.tokens.get(end).is_some_and(|t| t.has(b::COORDINATOR))
            && s.mentions.iter().any(|n| {
                n.toks.start == end + 1
                    && n.kind == MentionKind::Name
                    && !(person(n) && person(&s.mentions[m]))
            });
        if joined {
            return None;
        }
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `(Abg. Stögmüller [Grüne]: „Nationalsozialistisch!“ …)`: a protocol's interjection,
    /// a bracket opened by a name (and the party in brackets) and a colon, is that
    /// person's.
    fn interjection_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let colon = qt - 1;
        let mut end = colon;
        if end > 0 && s.tokens[end - 1].is_punct(")]") {
            const MAX_PARTY: usize = 4;
            end = (end.saturating_sub(MAX_PARTY + 2).max(s.range.start)..end - 1)
                .rev()
                .find(|&t| s.tokens[t].is_punct("(["))?;
        }
        let m = s
            .mentions
            .iter()
            .find(|m| m.toks.end == end && m.kind == MentionKind::Name && m.toks.start > 0)?;
        let bracket = s.tokens[m.toks.start - 1].is_punct("(");
        bracket
            .then_some(m.entity)
            .flatten()
            .filter(|&e| !self.reg.entities[e].org)
    }

    /// `Ferrero-Waldner zur Kritik Pierre Moscovicis: „…“`: a headline that opens with a
    /// name and a topic's preposition gives that person the floor; a better-known name
    /// inside the topic is what they speak about.
    fn topic_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        if !self.in_headline {
            return None;
        }
        // (`Mitteldeutsche Zeitung: Joachim Gauck zum Umgang mit …: „…“`: after the
        // paper's label too.)
        let first_colon = (s.range.start..qt - 1).find(|&t| s.tokens[t].is_punct(":"));
        let m = s.mentions.iter().find(|m| {
            let after_label = first_colon.is_some_and(|c| m.toks.start == c + 1);
            m.kind == MentionKind::Name
                && (m.toks.start == s.range.start || after_label)
                && m.toks.end + 1 < qt
                && s.tokens[m.toks.end]
                    .lower()
                    .is_some_and(|w| self.lex.headline_topic_prepositions.contains(w))
        })?;
        // (The colon closes the label: no other colon before it.)
        let one_colon = (m.toks.end..qt - 1).all(|t| !s.tokens[t].is_punct(":"));
        if !one_colon {
            return None;
        }
        self.label_person(s, m)
    }

    /// `„Uns ist der Wunschpartner abhanden gekommen“ - Bosbach: Verhandlungen sicher
    /// schwer`: a subtitle's quote followed by a dash and a name's label is that
    /// person's; the words after the colon sum up the rest.
    pub(super) fn quote_dash_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let dash = s.tokens.get(qt + 1)?;
        if !dash.is_punct("-–—") {
            return None;
        }
        s.mentions
            .iter()
            .find(|m| {
                m.kind == MentionKind::Name
                    && m.toks.start == qt + 2
                    && s.tokens.get(m.toks.end).is_some_and(|t| t.is_punct(":"))
            })
            .and_then(|m| self.label_person(s, m))
    }

    /// The person a label's name means: no body, and no section's label (`Kommentar:`,
    /// `Analyse:`; lexicon `non_speaker_labels`).
    fn label_person(&self, s: &Sentence<'_>, m: &Mention) -> Option<usize> {
        let section = s.tokens[m.toks.start]
            .lower()
            .is_some_and(|w| self.lex.non_speaker_labels.contains(w));
        m.entity
            .filter(|&e| !section && !self.reg.entities[e].org && !self.reg.entities[e].term)
    }

    /// `Kölner Stadt-Anzeiger: Laschet: Staatsakt ist „großartige Idee“`: in a headline
    /// a name labelled after another label's colon (the paper's or the sender's) is the
    /// one who says the line; the first label only says where it appeared.
    pub(super) fn label_after_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        if !self.in_headline {
            return None;
        }
        s.mentions
            .iter()
            .rfind(|m| {
                m.kind == MentionKind::Name
                    && m.toks.end < qt
                    && m.toks.start > s.range.start
                    && s.tokens[m.toks.start - 1].is_punct(":")
                    && s.tokens[m.toks.end].is_punct(":")
            })
            .and_then(|m| self.label_person(s, m))
    }

    /// `SPÖ/Cap: „…“`, `Grüne Wien/Ellensohn bei Landesversammlung: „…“`: in a headline a
    /// name after a slash in the label is the one who says the line; the words before the
    /// slash name the sender.
    pub(super) fn slash_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        if !self.in_headline {
            return None;
        }
        let colon = (s.range.start..qt).find(|&t| s.tokens[t].is_punct(":"))?;
        if (colon + 1..qt).any(|t| s.tokens[t].is_punct(":")) {
            return None;
        }
        s.mentions
            .iter()
            .find(|m| {
                m.kind == MentionKind::Name
                    && m.toks.start > s.range.start + 1
                    && m.toks.end <= colon
                    && s.tokens[m.toks.start - 1].is_punct("/")
                    && s.tokens[m.toks.start - 2].is_word()
                    && !self.hyphen_compound(&s.tokens[m.toks.end - 1])
                    && (m.toks.end == colon
                        || s.tokens[m.toks.end].is_word() && !s.tokens[m.toks.end].is_cap())
            })
            .and_then(|m| self.label_person(s, m))
    }

    /// Whether a word is a hyphenated compound (`Scholz-Treffen` in `Merkel/Scholz-Treffen
    /// in Berlin: „…“` names a meeting of both, no sender's speaker).
    fn hyphen_compound(&self, t: &Token) -> bool {
        self.text
            .get(t.range.clone())
            .is_some_and(|w| w.contains(['-', '‐']))
    }

    /// `Für Gaus ist ein Interview gelungen, „…“ - Beckmann hingegen: „…“`: a label after a
    /// dash names the speaker of its quote before any stance the sentence opened with (and
    /// before a noun for what was said that owns the colon, which `colon_subject` tries).
    pub(super) fn labelled_after_dash(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        let colon_led = qt > s.range.start && s.tokens[qt - 1].is_punct(":");
        if !colon_led || s.reported {
            return None;
        }
        self.dash_label(s, qt)
    }

    /// `Bund fördert 40 Kulturdenkmäler – Grütters: „…“`, `Budget passed - Smith: "…"`:
    /// a name set off by a dash and a colon labels the quote after it as that person's,
    /// whatever the words before the dash have as a subject.
    fn dash_label(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        let colon = qt - 1;
        // (`Virtuelle „Europa-Sprechstunde“ mit Karoline Edtstadler: „…“`, `Chat heute mit
        // …`: so does one after `mit`, the guest of the event before it; not where a
        // person stands before it, `Merkel telefoniert mit Putin: „…“`, `Probleme sieht
        // der Bürgermeister mit Andreas Khol: „…“`, `Joachim Gauck zum Umgang mit
        // DDR-Eliten: „…“`: the one named after `mit` is whom that person speaks of.)
        let verb_after = |n: &Mention| {
            s.tokens[n.toks.end..s.range.end].first().is_some_and(|t| {
                t.is_word()
                    && !t.is_cap()
                    && !t.has(b::PREPOSITION | b::DETERMINER | b::COORDINATOR)
            })
        };
        let guest = |at: usize| {
            !s.mentions.iter().any(|n| {
                n.toks.end <= at
                    && match n.kind {
                        // (A name right before a lower-case verb is its subject, known
                        // as a person or not yet: `Häupl streitet mit Khol`.)
                        MentionKind::Name => n.entity.is_some_and(|e| {
                            let ent = &self.reg.entities[e];
                            !ent.org && (ent.person_like() || verb_after(n))
                        }),
                        // (`Ministerpräsident Sommergespräch mit Reiner Haseloff`: a bare
                        // role heading a label is no clause's subject.)
                        MentionKind::Description { org, .. } => {
                            !org && (s.tokens[n.toks.start].has(b::DETERMINER) || verb_after(n))
                        }
                        MentionKind::Pronoun(_) => true,
                        MentionKind::Document { .. } => false,
                    }
            })
        };
        // (`Palais Epstein offiziell an das Parlament übergeben Khol: „…“`: in a headline
        // run together with its second line, so does a surname alone right after a
        // lower-case word that ends the first; `besucht Freistaat Sachsen:` is its object.)
        let line_end = |t: &Token| {
            self.in_headline
                && t.is_word()
                && !t.is_cap()
                && !t.has(b::PREPOSITION | b::DETERMINER | b::COORDINATOR | b::OBJECT_DET)
        };
        // (`… - Beckmann hingegen: „…“`: a particle of the first position may close the
        // label.)
        let label_end = if colon > s.range.start && s.tokens[colon - 1].has(b::PRE_VERB_ADVERB) {
            colon - 1
        } else {
            colon
        };
        let m = s.mentions.iter().position(|m| {
            m.toks.end == label_end
                && m.kind == MentionKind::Name
                && m.toks.start > s.range.start
                && (s.tokens[m.toks.start - 1].is_punct("–—-")
                    || (m.toks.len() == 1 && line_end(&s.tokens[m.toks.start - 1]))
                    || (s.tokens[m.toks.start - 1]
                        .lower()
                        .is_some_and(|w| self.lex.is_label_preposition(w))
                        && guest(m.toks.start - 1)))
        })?;
        let e = self.resolve(s, m)?;
        if self.reg.entities[e].org {
            return None;
        }
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `„Tempo statt Stillstand“: Bundeskanzler Scholz hat in seiner Rede … vorgeschlagen.`,
    /// `"We will win": President Roe made her case …`: a saying put first and followed by
    /// a colon is the words of the person the sentence after the colon opens with.
    /// (A short quote there is rather a term the sentence explains.)
    pub(super) fn quote_colon_subject(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        if let Some(e) = self.joined_blog_name(s, qt) {
            return Some(e);
        }
        let m = self.quote_colon_mention(s, qt)?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `“…”: Living in Barbados examines “the crime of crime”`, `“…”: Ramblings and Reason
    /// provides a few tips`: in an English digest a blog's name may join capitalised
    /// words with `in` or `and`; the whole run before the verb owns the quote.
    fn joined_blog_name(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        const MAX_WORDS: usize = 6;
        if self.lex.verb_second || !s.tokens.get(qt + 1).is_some_and(|t| t.is_punct(":")) {
            return None;
        }
        let raw = self.text.get(s.tokens[qt].range.clone())?;
        if raw.split_whitespace().count() < 4 {
            return None;
        }
        let start = qt + 2;
        let mut end = start;
        let mut joined = false;
        // (A person's name, title or role is no blog's: `“…”: Secretary of State John
        // Kerry made clear`.)
        let personal = |t: &Token| t.has(b::GIVEN_NAME | b::TITLE | b::ROLE);
        while end < s.range.end && end - start < MAX_WORDS {
            let t = &s.tokens[end];
            if personal(t) {
                return None;
            }
            if t.is_word() && t.is_cap() && t.quote().is_none() {
                end += 1;
            } else if end > start
                && t.has(b::PREPOSITION | b::COORDINATOR)
                && s.tokens
                    .get(end + 1)
                    .is_some_and(|n| n.is_word() && n.is_cap())
            {
                joined = true;
                end += 1;
            } else {
                break;
            }
        }
        let verb = s.tokens.get(end).is_some_and(|t| {
            t.is_word()
                && !t.is_cap()
                && !t
                    .has(b::STOPWORD | b::DETERMINER | b::PREPOSITION | b::PRONOUN | b::COORDINATOR)
        });
        if !(joined && verb && s.tokens[end - 1].is_cap()) {
            return None;
        }
        let name = self
            .text
            .get(s.tokens[start].range.start..s.tokens[end - 1].range.end)?;
        let parts: Vec<&str> = name.split_whitespace().collect();
        Some(self.reg.register_org(&parts, Vec::new(), Vec::new()))
    }

    /// The mention of [`Self::quote_colon_subject`]: a name right after the colon that
    /// follows a quote of some length.
    fn quote_colon_mention(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const MIN_WORDS: usize = 4;
        if !s.tokens.get(qt + 1).is_some_and(|t| t.is_punct(":")) {
            return None;
        }
        let raw = self.text.get(s.tokens[qt].range.clone())?;
        if raw.split_whitespace().count() < MIN_WORDS {
            return None;
        }
        // (`“…”: Islandista looks at the role of women`: in a digest of posts a name the
        // text never marks as a person, a blog's, still owns the quote when a verb follows it.)
        // (German capitalises an adjective opening a headline: `„…“: Emotional berührender
        // Besuch`; so only in English.)
        let verb_follows = |m: &Mention| {
            !self.lex.verb_second
                && s.tokens.get(m.toks.end).is_some_and(|t| {
                    t.is_word()
                        && !t.is_cap()
                        && t.lower().is_some_and(|w| {
                            self.lex.auxiliary_verbs.contains(w)
                                || !t.has(
                                    b::STOPWORD
                                        | b::DETERMINER
                                        | b::PREPOSITION
                                        | b::PRONOUN
                                        | b::COORDINATOR,
                                )
                        })
                })
        };
        s.mentions.iter().position(|m| {
            m.toks.start > qt + 1
                && m.toks.start <= qt + 3
                && m.kind == MentionKind::Name
                && m.subject_capable()
                && (self.likely_person(m) || verb_follows(m))
        })
    }

    /// `“…”: Guyana-Gyal is beginning to think that “nobody don’t give a damn.”`: a later
    /// quote of the sentence is the words of the name that owns its opening quote.
    pub(super) fn earlier_quote_colon_owner(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let earlier = (s.range.start..qt)
            .rev()
            .find(|&t| s.tokens[t].quote().is_some())?;
        let m = self.quote_colon_mention(s, earlier)?;
        // (The name must come before this quote: `‚‘… said‘:"5"Anna Alt` names it after.)
        let words_between = s
            .tokens
            .get(s.mentions[m].toks.end..qt)?
            .iter()
            .all(|t| t.quote().is_none() && !t.is_punct(".;:"));
        s.mentions[m].entity.filter(|_| words_between)
    }

    /// `Bei der Infrastruktur ist die Botschaft des Kanzlers klar: „…“`, `the verdict of
    /// the court was plain: “…”`: a noun for what was said, owned by a genitive or an `of`
    /// phrase before the colon, gives the quote to its owner.
    fn utterance_owner(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        let noun = (s.range.start..qt).find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.utterance_nouns.contains(w))
        })?;

        // (`The governor's message was clear: “…”`: a known role holder in the
        // possessive before it.)
        let role_owner = s.tokens[s.range.start..noun]
            .last()
            .and_then(|t| self.possessive_role_holder(t));
        // (`Langs Botschaft war klar: „…“`: or a name in the genitive.)
        let saxon = || {
            Self::saxon_owner(s, noun)
                .and_then(|m| m.entity)
                .filter(|&e| self.reg.entities[e].person_like())
        };
        if let Some(e) = role_owner.or_else(saxon) {
            return Some(e);
        }
        self.genitive_owner(s, noun, qt)
    }

    /// Whoever a genitive or an `of` phrase right after the noun at `noun`, before the
    /// quote at `qt`, names (`die Botschaft des Kanzlers`, `the warning of the minister`).
    pub(super) fn genitive_owner(
        &mut self,
        s: &mut Sentence<'_>,
        noun: usize,
        qt: usize,
    ) -> Option<usize> {
        let link = s.tokens.get(noun + 1)?;
        // (`so die Botschaft von Fugatti, Kompatscher und Mattle`: an agent's preposition
        // stands for the genitive.)
        // (`die Botschaft der Polizei`, `die Meinung der Teilnehmer`: right after a noun
        // for what was said, a feminine or plural article is its genitive too.)
        let said_noun = s.tokens[noun]
            .lower()
            .is_some_and(|w| self.lex.utterance_nouns.contains(w));
        let genitive = link.has(b::GENITIVE_ARTICLE)
            || link.lower().is_some_and(|w| {
                w == "of"
                    || self.lex.agent.contains(w)
                    || (said_noun && self.lex.is_feminine_oblique_article(w))
            });
        // `the assessment offered by Clay Johnson III, …: “…”`: so does an agent after a
        // participle.
        let agent_after_participle = link
            .lower()
            .is_some_and(|w| self.lex.issue_verbs.contains(w))
            && s.tokens
                .get(noun + 2)
                .and_then(Token::lower)
                .is_some_and(|w| self.lex.agent.contains(w));
        let from = if agent_after_participle {
            noun + 3
        } else if genitive {
            noun + 1
        } else {
            return None;
        };
        let m = s
            .mentions
            .iter()
            .position(|m| (from..=from + 1).contains(&m.toks.start) && m.toks.end <= qt)?;
        // Only someone already known, or a body or group named there (`der Trierer
        // Polizei`, `der Teilnehmenden`): a description nobody fits is no speaker here.
        let known = self.reg.entities.len();
        let e = self.resolve(s, m).filter(|&e| {
            let ent = &self.reg.entities[e];
            e < known || ent.org || ent.person_like()
        })?;
        s.mentions[m].entity = Some(e);
        // (`… offered by Clay Johnson III: “…” He added`: the agent is who a pronoun
        // after the quote means first.)
        if agent_after_participle && !s.subjects.contains(&e) {
            s.subjects.push(e);
        }
        Some(e)
    }

    /// `Grund war Müllers Klage über eine „Pogromstimmung“`, `his warning of a “disaster”`,
    /// `die Forderung des Verbands nach „…“`: a noun for what was said, right before the
    /// quote it frames, gives the quote to whoever owns the noun.
    pub(super) fn framing_noun_owner(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        const MAX_GAP: usize = 5;
        let from = qt.saturating_sub(MAX_GAP).max(s.range.start);
        let noun = (from..qt).rev().find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.utterance_nouns.contains(w))
        })?;
        if s.tokens[noun + 1..qt].iter().any(|t| !t.is_word()) {
            return None;
        }
        // Before the noun: a genitive name (`Müllers`, `Merkel's`) or a possessive.
        if let Some(m) = Self::saxon_owner(s, noun) {
            return m.entity;
        }
        if noun > s.range.start {
            let refs = s.tokens[noun - 1]
                .lower()
                .and_then(|w| self.lex.possessive_pronouns.get(w))
                .cloned();
            if let Some(refs) = refs {
                return self.resolve_pronoun(&refs, &self.persons_before(s, noun - 1));
            }
        }
        // After it: a genitive (`die Klage des Präfekten`, `the warning of the minister`).
        // (`wertet die Forderung der Union als „Frontalangriff“`: a quote after `als`
        // judges the noun; the judge said it.)
        let judged = s.tokens[qt - 1]
            .lower()
            .is_some_and(|w| self.lex.is_capacity_word(w));
        if judged {
            return None;
        }
        self.genitive_owner(s, noun, qt)
    }

    /// `a statement by Presidential candidate Rudy Giuliani in October that “…”`: a noun
    /// for what was said, its author after the agent preposition, and the quote after
    /// `that` give the quote to the author, whoever the sentence's subject.
    pub(super) fn authored_utterance(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const MAX_AFTER_NAME: usize = 4;
        let that = qt.checked_sub(1).filter(|&t| t > s.range.start)?;
        // (Not after a colon: `He responded to criticism by Smith: “…”` is his answer.)
        let links = s.tokens[that]
            .lower()
            .is_some_and(|w| self.lex.is_complementizer(w));
        if !links {
            return None;
        }
        let m = s
            .mentions
            .iter()
            .rev()
            .find(|m| m.toks.end <= that && m.kind == MentionKind::Name)?;
        // (`in October`: a short phrase of time or place may stand before `that`, no
        // clause of its own.)
        let tail = &s.tokens[m.toks.end..that];
        if tail.len() > MAX_AFTER_NAME || tail.iter().any(|t| !t.is_word() || t.has(b::SPEECH)) {
            return None;
        }
        // Before the name: the agent preposition, and a noun for what was said before it
        // (role words may stand between: `by Presidential candidate`).
        let by = (s.range.start..m.toks.start).rev().find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.agent.contains(w))
        })?;
        let roles = &s.tokens[by + 1..m.toks.start];
        if roles.iter().any(|t| !t.is_word()) || roles.len() > MAX_AFTER_NAME {
            return None;
        }
        let noun = by.checked_sub(1).filter(|&n| n >= s.range.start)?;
        let said = s.tokens[noun].lower().is_some_and(|w| {
            self.lex.utterance_nouns.contains(w) || self.lex.speech_nouns.contains(w)
        });
        said.then_some(m.entity)
            .flatten()
            .filter(|&e| self.reg.entities[e].person_like())
    }

    /// `auf die Forderung von ÖVP-Chef Wolfgang Schüssel, eine „konstruktive
    /// Europapolitik“ wäre die Bedingung`, `auf den Vorwurf von Angela Merkel (CDU), Kraft
    /// zeige eine „…“`: a noun for what was said, its author after `von` and the clause
    /// after the comma that gives its content: the quote opening that clause is the
    /// author's.
    pub(super) fn authored_clause(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const CLAUSE_HEAD: usize = 4;
        const BRACKET: usize = 4;
        if !self.lex.verb_second {
            return None;
        }
        let comma = (qt.saturating_sub(CLAUSE_HEAD + 1).max(s.range.start)..qt)
            .rev()
            .find(|&t| !s.tokens[t].is_word() || s.tokens[t].has(b::SPEECH))
            .filter(|&t| s.tokens[t].is_punct(","))?;
        // (`die Behauptung von Gerhard Wallner, Leiter des „…“`: a role after the comma
        // is the author's apposition, no clause.)
        if s.tokens[comma + 1..qt]
            .iter()
            .any(|t| t.has(b::ROLE | b::GENITIVE_ARTICLE))
        {
            return None;
        }
        // (`Die Kritik von Friedrich Merz, die Scholz „unseriös“ nannte`: a verb of saying
        // after the quote in the clause says whose words they are.)
        let clause_end = (qt + 1..s.range.end)
            .find(|&t| s.tokens[t].is_punct(",.;:"))
            .unwrap_or(s.range.end);
        if s.tokens[qt + 1..clause_end]
            .iter()
            .any(|t| t.has(b::SPEECH))
        {
            return None;
        }
        // (`Angela Merkel (CDU),`: a party in brackets may close the name.)
        let name_end = if comma > 0 && s.tokens[comma - 1].is_punct(")") {
            (comma.saturating_sub(BRACKET).max(s.range.start)..comma - 1)
                .rev()
                .find(|&t| s.tokens[t].is_punct("("))?
        } else {
            comma
        };
        let m = s
            .mentions
            .iter()
            .find(|m| m.toks.end == name_end && m.kind == MentionKind::Name)?;
        let by = m.toks.start.checked_sub(1).filter(|&t| t > s.range.start)?;
        let authored = s.tokens[by]
            .lower()
            .is_some_and(|w| self.lex.agent.contains(w))
            && s.tokens[by - 1]
                .lower()
                .is_some_and(|w| self.lex.utterance_nouns.contains(w));
        authored
            .then_some(m.entity)
            .flatten()
            .filter(|&e| self.reg.entities[e].person_like())
    }

    /// `Sein entscheidender Satz gegenüber der Zeitung: „…“`, `Her verdict: “…”`: a
    /// sentence opened by a possessive and a noun for what was said gives the quote
    /// after its colon to the possessive's referent.
    fn possessive_utterance(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const MAX_MODIFIERS: usize = 2;
        let refs = s.tokens[s.range.start]
            .lower()
            .and_then(|w| self.lex.possessive_pronouns.get(w))?;
        let noun_at = (s.range.start + 1..qt.min(s.range.start + 2 + MAX_MODIFIERS)).find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.utterance_nouns.contains(w))
        });
        noun_at?;
        self.resolve_pronoun(refs, &s.subjects)
    }

    /// `Merkel zu Unwettern in Deutschland „Notsituation zeigt, wie wir beieinander
    /// stehen“`: a headline of a name, a word opening its topic and a quote ending it
    /// gives the quote to the name.
    pub(super) fn kicker_speaker(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const MAX_TOPIC: usize = 8;
        let m = s.mentions.first()?;
        let kicker = m.toks.start == s.range.start
            && m.kind == MentionKind::Name
            && s.tokens
                .get(m.toks.end)
                .and_then(Token::lower)
                .is_some_and(|w| self.lex.is_kicker_preposition(w))
            && qt > m.toks.end
            && qt - m.toks.end <= MAX_TOPIC
            && s.tokens[m.toks.end..qt].iter().all(|t| t.quote().is_none())
            && s.tokens[qt + 1..s.range.end].iter().all(|t| !t.is_word());
        kicker
            .then_some(m.entity)
            .flatten()
            .filter(|&e| !self.reg.entities[e].org)
            .or_else(|| self.name_label_before_quote(s, qt))
    }

    /// `Im Wortlaut: Merkel „Was wir entscheiden, muss Bestand haben.“`: a person's name
    /// opening a line (or its part after a label's colon) right before a quote that ends
    /// the line labels the quote as theirs.
    fn name_label_before_quote(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let m = s.mentions.iter().find(|m| m.toks.end == qt)?;
        let opens = m.toks.start == s.range.start
            || s.tokens[m.toks.start - 1].is_punct(":")
            || self.statement_head(s, m.toks.start);
        let ends = s.tokens[qt + 1..s.range.end].iter().all(|t| !t.is_word());
        // (`Studium „unter ganz neuen Bedingungen“` as a subheading: a German noun before
        // a fragment is a topic; a name the text has not yet shown to be a person labels
        // only a whole sentence near the top.)
        let sentence = self.quote_initial(s, qt).is_some_and(char::is_uppercase);
        (opens && ends && sentence && m.kind == MentionKind::Name)
            .then_some(m.entity)
            .flatten()
            .filter(|&e| {
                let ent = &self.reg.entities[e];
                ent.person_like() || (!ent.org && self.paras <= LEAD_PARAGRAPHS)
            })
    }

    /// `Presseerklärung des Präsidenten des Ausschusses Apostolos Tzitzikostas „…“`: a
    /// line opened by a word for a statement and a genitive, with no verb up to the name,
    /// labels the quote as the name's.
    fn statement_head(&self, s: &Sentence<'_>, name_at: usize) -> bool {
        let start = s.range.start;
        // (Only the longer nouns, whose compounds name statements: `rede` ends `Gerede`
        // and `Vorrede` too.)
        const MIN_NOUN: usize = 6;
        let statement = s.tokens[start].lower().is_some_and(|w| {
            self.lex
                .speech_nouns
                .iter()
                .any(|n| n.chars().count() >= MIN_NOUN && w.ends_with(n.as_str()))
        });
        statement
            && s.tokens
                .get(start + 1)
                .and_then(Token::lower)
                .is_some_and(|w| self.lex.genitive_articles.contains(w))
            && s.tokens[start..name_at]
                .iter()
                .all(|t| t.is_word() && !t.has(b::SPEECH))
    }

    /// `Für Johanna Berger ist das Gesetz „ein wichtiger Schritt“`: without a colon too,
    /// the person a sentence opens with `für` holds the view quoted.
    pub(super) fn stance_speaker(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        let m = self.stance_holder(s, qt)?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `Für Klaus Weber ist klar: „…“`, `For Karen Webb, the answer is clear: “…”`: the
    /// person after a sentence-opening `für`/`for` is the one whose view follows.
    pub(super) fn stance_holder(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        // (A bit test first: most sentences open with no preposition.)
        let first = &s.tokens[s.range.start];
        let opens = first.has(b::PREPOSITION)
            && first
                .lower()
                .is_some_and(|w| self.lex.stance_prepositions.contains(w));
        if !opens {
            return self.copula_stance_holder(s, qt);
        }
        s.mentions
            .iter()
            .position(|m| m.toks.start == s.range.start + 1 && m.toks.end < qt)
            .filter(|&m| self.likely_person(&s.mentions[m]))
    }

    /// `„Ein starkes Stück“ sind für Norbert Darabos die Vorwürfe`, `Doch für Platter
    /// selbst ist der Fall „sonnenklar“`, `Der Fall ist für Platter „sonnenklar“`: inside the sentence, `für` and a person next to
    /// a copula the quote rests on give that person's view, as at its opening.
    fn copula_stance_holder(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const NEAR: usize = 2;
        let stative = |k: usize| {
            s.tokens
                .get(k)
                .and_then(Token::lower)
                .is_some_and(|w| self.lex.stative_aux.contains(w))
        };
        s.mentions.iter().position(|m| {
            let k = m.toks.start;
            let after_stance = k > s.range.start
                && s.tokens[k - 1].has(b::PREPOSITION)
                && s.tokens[k - 1]
                    .lower()
                    .is_some_and(|w| self.lex.stance_prepositions.contains(w));
            // (`„…“ sind für X`: the quote opening the sentence, the copula, the
            // preposition; `Die „Ehrenrunde“ war für Kapitän Huber reserviert` names a
            // thing.)
            let opening = s.range.start.max(self.para_text_start);
            let quote_first = k >= 3 && k - 3 == qt && qt == opening && stative(k - 2);
            // (`für X [selbst] ist der Fall „…“`: no comma between, so one clause.)
            let copula_after = m.toks.end < qt
                && (m.toks.end..(m.toks.end + NEAR).min(qt)).any(stative)
                && !s.tokens[m.toks.end..qt].iter().any(|t| t.is_punct(",;:"));
            // (`Der Fall ist für Platter „sonnenklar“`: the copula before, the quote after
            // and closing the clause; `war für Huber „ohrenbetäubend laut“ gewesen` may be
            // the reporter's.)
            let closes =
                s.tokens.get(qt + 1).is_none_or(|t| t.is_punct(".,;:!?")) || qt + 1 >= s.range.end;
            let copula_before = k >= 2 && stative(k - 2) && m.toks.end == qt && closes;
            after_stance && (quote_first || copula_after || copula_before) && self.likely_person(m)
        })
    }
}
