//! Attributing one quote: [`Attributor::attribute_quote`] weighs the cues of the quote's
//! sentence (through `nearest_cue`), then the patterns that name a speaker right after the
//! quote without a cue before it: source clauses, gapped subjects, authors of quotations,
//! epithets, signatures after a dash, comma or parenthesis, and nouns whose wording the quote
//! is. Grouped as what is read from the quote's own position in its sentence.

use super::*;

impl Attributor<'_> {
    /// Speaker, cue and kind of the quote at token `qt`, nearest evidence first:
    /// a cue of its sentence; for a quote opening its paragraph, the speaker whose
    /// quote closed the paragraph before; a colon after the sentence's subject; the
    /// paragraph's last speaker or the previous sentence's person.
    pub(super) fn attribute_quote(
        &mut self,
        s: &mut Sentence<'_>,
        cues: &[Cue],
        subjects: &[Option<usize>],
        qt: usize,
        opens_paragraph: bool,
        para_speaker: Option<usize>,
    ) -> Attribution {
        let mut att = Attribution::default();
        if let Some(e) = self.reprimanded(s, qt) {
            att.entity = Some(e);
        } else if let Some(e) = self.quotation_author(s, qt) {
            att.entity = Some(e);
        } else if let Some((e, cue)) = self.stated_by(s, qt) {
            att.entity = Some(e);
            att.cue = Some(cue);
        } else if let Some((e, cue)) = self.spoken_of(s, qt) {
            att.entity = Some(e);
            att.cue = Some(cue);
        } else if let Some(e) = self
            .authored_utterance(s, qt)
            .or_else(|| self.authored_clause(s, qt))
        {
            // (Before the sentence's cue: `He criticised remarks by X that “…”` quotes X.)
            att.entity = Some(e);
        } else if let Some((ci, e)) = nearest_cue(s.tokens, cues, subjects, qt) {
            // (`Die Macher ziehen eine positive Bilanz: „…“, so Thomas Krüger`: a person
            // named in a source phrase closing the quote signs it over a verb before it
            // whose subject is no person; `Putin sagte: „…“, so Interfax` stays Putin's.)
            let (ci, e) = self
                .signing_source(s, cues, subjects, qt, ci)
                .unwrap_or((ci, e));
            let c = cues[ci].toks.clone();
            // `… she explains: “…” – and Uncommon Sense applauds her cleverness: “…”`: a
            // cue before an earlier quote does not reach across it to a colon whose own
            // clause names a subject.
            let across = c.end <= qt && (c.end..qt).any(|t| s.tokens[t].quote().is_some());
            let own = (across && s.tokens[qt - 1].is_punct(":"))
                .then(|| self.clause_after_quote(s, qt))
                .flatten()
                .or_else(|| across.then(|| self.gapped_subject(s, qt)).flatten())
                .or_else(|| self.person_after_semicolon(s, c.end, qt))
                .or_else(|| self.person_after_media_clause(s, c.clone(), qt));
            if let Some(e) = own {
                att.entity = Some(e);
            } else {
                att.entity = Some(e);
                att.cue = Some(s.tokens[c.start].range.start..s.tokens[c.end - 1].range.end);
            }
        } else if let Some(e) = self
            .dash_signature(s, qt)
            .or_else(|| self.comma_signature(s, qt))
            .or_else(|| self.parenthesised_credit(s, qt))
            .or_else(|| self.utterance_after_quote(s, qt))
            .or_else(|| self.epithet_after_quote(s, qt))
            .or_else(|| self.person_after_verb_after_quote(s, qt))
            .or_else(|| self.so_aside_before(s, qt))
        {
            att.entity = Some(e);
        } else if let Some(e) = self.worded_noun_owner(s, qt) {
            att.entity = Some(e);
        } else if opens_paragraph {
            // A sentence of nothing but quotes opening its paragraph.
            let bare = s.mentions.is_empty()
                && s.tokens[s.range.start.max(self.para_text_start)..s.range.end]
                    .iter()
                    .all(|t| t.quote().is_some() || !t.is_word());
            // (Looked at only when a paragraph before left someone to give the quote to:
            // most quotes are attributed before.)
            let first_person_quote = || {
                self.first_person_words(s.tokens[qt].range.clone())
                    && !self.opens_with_self_introduction(s.tokens[qt].range.clone())
            };
            let statement = self.prev_para_statement.filter(|_| first_person_quote());
            // (`Dunja Mijatović tritt heute ihr Mandat … an. Die … Mijatović wurde …
            // gewählt.` ⏎ `„Ich möchte …`: failing that, whom the paragraph was about.)
            let protagonist = self
                .prev_para_protagonist
                .filter(|_| bare && first_person_quote());
            // (`"Why is no one bagging him?" asked Smith.` ⏎ `"I'm bagging him," answered
            // Boyd.` ⏎ `"You weren't before! At what rate?"`: in a scene told in dialogue,
            // a line answering a question, or asking one, is the other one's turn.)
            let asks = || {
                self.text
                    .get(s.tokens[qt].range.clone())
                    .is_some_and(asks_something)
            };
            let turn = bare.then(|| self.dialogue.turn(asks())).flatten();
            // (`„Ein starkes Stück“ sind für Norbert Darabos die Vorwürfe`: a person's view
            // the sentence itself names comes first.)
            let colon = self.quote_colon_subject(s, qt);
            att.entity = colon
                .or_else(|| self.stance_speaker(s, qt))
                .or_else(|| self.quote_dash_label(s, qt))
                .or(turn)
                .or(self.prev_para_last)
                // (`McDonald weiter: „…“ Es gehe vor allem darum, …` ⏎ `„…“`: the speaker
                // whose reported speech closed the paragraph before goes on.)
                .or(self.prev_para_reported_tail.filter(|_| bare))
                .or(self.last_para_topic.filter(|_| bare))
                .or(statement)
                .or(self
                    .prev_para_intro
                    .filter(|_| bare && !self.opens_with_pronoun(s, qt)))
                .or(protagonist)
                // (`Die schriftlich eingebrachte Anfrage … hat folgenden Wortlaut:` ⏎
                // `„…“` in a protocol: the text of the one who has the floor.)
                .or(self.floor.filter(|_| self.prev_para_colon));
            // (The one announced, or asked, has now spoken: `He says …` after it is them.)
            if let Some(e) = att.entity.filter(|&e| Some(e) == self.prev_para_last) {
                self.mark_speaker(e);
            }
        } else if let Some(e) = self
            .label_after_label(s, qt)
            .or_else(|| self.slash_label(s, qt))
            .or_else(|| self.labelled_after_dash(s, qt))
            .or_else(|| self.stance_speaker(s, qt))
            .or_else(|| self.colon_subject(s, qt))
            .or_else(|| self.earlier_quote_colon_owner(s, qt))
            .or_else(|| self.text_frame_subject(s, qt))
            .or_else(|| self.predicate_quote_owner(s, qt))
        {
            // `Jones disagreed: “…”`: whoever the sentence is about introduces it.
            att.entity = Some(e);
        } else if let Some(e) = self.kicker_speaker(s, qt) {
            att.entity = Some(e);
        } else if let Some(e) = self.infinitive_speaker(s) {
            att.entity = Some(e);
        } else if let Some(e) = self.framing_noun_owner(s, qt) {
            att.entity = Some(e);
        } else if let Some(e) = self.opened_quote_speaker(s, qt) {
            att.entity = Some(e);
        } else if let Some(e) = self
            .opening_person(s, qt)
            .filter(|&e| {
                // (`… media reports “shocking” cases. Crown prosecutor, Dr Nannette Rogers,
                // detailed “dreadful” cases`: in English a person the sentence brings in
                // takes over from the paragraph's speaker.)
                // (`Director Oren Vale was told …`: not when a cue gave it no speaker.)
                let introduced = !self.lex.verb_second
                    && cues.is_empty()
                    && e >= s.new_from
                    && self.reg.entities[e].token_count() >= 2;
                para_speaker.is_none() || (self.lex.verb_second && !s.reported) || introduced
            })
            .filter(|&e| !self.reported_about(s, e))
        {
            // `Der Modellierer Arvid Berg hält das für „verfrüht“.`: a sentence about a
            // named person carries that person's words, unless the paragraph already has a
            // speaker whose reported speech may be about someone (`Schmidt sei ein „Lügner“`).
            att.entity = Some(e);
        } else if let Some(e) = (para_speaker.is_none() || (self.lex.verb_second && !s.reported))
            .then(|| self.opening_body(s, qt))
            .flatten()
            .filter(|&e| !self.reported_about(s, e))
        {
            att.entity = Some(e);
        } else if let Some(e) = para_speaker
            .is_none()
            .then(|| self.agent_speaker(s, qt))
            .flatten()
        {
            att.entity = Some(e);
        } else if s.reported && self.prev_topic.is_some_and(|e| !self.reg.entities[e].org) {
            // `Einen Rückblick machte Doris Bures. Daraus müsse man „…“`: reported speech
            // goes on with the person the sentence before was about, who may have taken
            // the floor after the paragraph's speaker.
            att.entity = self.prev_topic;
        } else {
            // `Zweitens, „…“ Drittens, „…“`: a sentence naming no one goes on with the
            // speaker whose quote closed the paragraph before.
            // (A capitalised word opening it, `Zweitens`, names no one either.)
            let nameless = !self.labelled
                && self.para_opening
                && s.mentions.iter().all(|m| {
                    m.kind == MentionKind::Name
                        && m.toks == (s.range.start..s.range.start + 1)
                        && s.tokens.get(m.toks.end).is_some_and(|t| t.is_punct(","))
                });
            // (`…, so Scholz.` ⏎ `Beide Länder würden die Union stärken – „…“`: reported
            // speech opening a paragraph goes on with the speaker that closed the one before,
            // in a quote or in reported speech: `…, so Buzek. Er werde alles tun.` ⏎ `Seine
            // Wahl sei ein „Ehrenerweis“.`)
            let reported_opening = (s.reported && self.para_opening)
                .then_some(self.prev_para_last.or(self.prev_para_reported_tail))
                .flatten()
                .filter(|&e| self.reg.entities[e].person_like() && self.reg.entities[e].spoke);
            // (`These volunteers say …. But Nancy Sahli does.` ⏎ `“…”`: a sentence of
            // nothing but quotes after one that brings in a named person is theirs.)
            let bare = s.tokens[s.range.clone()]
                .iter()
                .all(|t| t.quote().is_some() || !t.is_word());
            let newcomer = self
                .prev_newcomer
                .filter(|_| bare && self.first_person_words(s.tokens[qt].range.clone()));
            let introduced = self.prev_introduced.filter(|_| bare).or(newcomer);
            // (`“…” ⏎ But the United States lacked a clear policy. “…”`: a quote sentence
            // in a paragraph naming no person goes on with the speaker who closed the one
            // before.)
            let no_person = bare
                && self.prev_topic.is_none()
                && s.mentions.iter().all(|m| !self.likely_person(m));
            att.entity = introduced
                .or(para_speaker)
                .or(self.reported_lead)
                .or(reported_opening)
                .or(self.prev_topic)
                .or(self.prev_para_last.filter(|_| no_person))
                .or(self
                    .prev_para_quoted
                    .filter(|_| nameless || self.closing_words(s, qt)));
        }
        let closes_clause = self
            .text
            .get(s.tokens[qt].range.clone())
            .and_then(|q| q.chars().rev().nth(1))
            .is_some_and(|c| ",.!?".contains(c));
        let starts_sentence = self.quote_initial(s, qt).is_some_and(char::is_uppercase);
        let (has_speaker, has_cue) = (att.entity.is_some(), att.cue.is_some());
        att.kind = Some(classify(
            s.tokens,
            s.range.clone(),
            qt,
            has_speaker,
            has_cue,
            closes_clause,
            starts_sentence,
        ));
        att
    }

    /// `„…“, erklärte sie.` ⏎ `In Ländern, in denen die Konvention in Kraft ist, „erwiesen
    /// sich die Befürchtungen als unbegründet, vielmehr werden die Opfer besser betreut.“`:
    /// a long quote that closes the paragraph's opening sentence, which names no person,
    /// is words going on, not a scare quote.
    fn closing_words(&self, s: &Sentence<'_>, qt: usize) -> bool {
        const LONG_QUOTE_WORDS: usize = 8;
        let Some(raw) = self.text.get(s.tokens[qt].range.clone()) else {
            return false;
        };
        let closes_sentence = raw
            .trim_end_matches(|c: char| !c.is_alphanumeric() && !".!?".contains(c))
            .ends_with(['.', '!', '?']);
        // (Words before it: a quote that is the whole sentence has its own rules.)
        let words_before = s
            .tokens
            .get(s.range.start.max(self.para_text_start)..qt)
            .is_some_and(|ts| ts.iter().any(Token::is_word));
        let last = s
            .tokens
            .get(qt + 1..s.range.end)
            .is_some_and(|ts| !ts.iter().any(Token::is_word));
        self.para_opening
            && !self.labelled
            && words_before
            && last
            && closes_sentence
            && raw.split_whitespace().count() >= LONG_QUOTE_WORDS
            && s.mentions.iter().all(|m| !self.likely_person(m))
    }

    /// `the government called it a “welcome resolution”, as stated by Information Minister
    /// Sikhanyiso Ndlovu`: a source clause right after the quote names whose words they
    /// are, over any other cue of the sentence; the speaker and the cue's bytes.
    fn stated_by(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<(usize, Range<usize>)> {
        const AGENT_SLACK: usize = 2;
        let mut k = qt + 1;
        if s.tokens.get(k).is_some_and(|t| t.is_punct(",")) {
            k += 1;
        }
        let word = |t: usize| {
            s.tokens
                .get(t)
                .filter(|_| t < s.range.end)
                .and_then(Token::lower)
        };
        let opens = word(k).is_some_and(|w| self.lex.source_clause_openers.contains(w))
            // (`as reported by the BBC`, `as quoted by …`: a medium relays, it does not say.)
            && s.tokens
                .get(k + 1)
                .is_some_and(|t| t.has(b::SPEECH) && !t.has(b::MEDIA_VERB | b::QUOTING))
            && word(k + 2).is_some_and(|w| self.lex.agent.contains(w));
        if !opens {
            return None;
        }
        let m = s.mentions.iter().position(|m| {
            (k + 3..k + 3 + AGENT_SLACK).contains(&m.toks.start)
                && matches!(m.kind, MentionKind::Name | MentionKind::Description { .. })
        })?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        let cue = s.tokens[k + 1].range.clone();
        Some((e, cue))
    }

    /// `Dieses Verfahren nannte Heribert Prantl „…“, der ehemalige Beauftragte Peter Schaar
    /// einen „…“`: after an earlier quote of the verb, a comma and a person's name with no
    /// verb of its own (an article, adjectives and an object's article at most) repeat
    /// the verb for a new subject.
    fn gapped_subject(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const GAP_TOKENS: usize = 10;
        let comma = (qt.saturating_sub(GAP_TOKENS).max(s.range.start)..qt)
            .rev()
            .find(|&t| s.tokens[t].is_punct(","))?;
        // (Right after the earlier quote.)
        s.tokens.get(comma.checked_sub(1)?)?.quote()?;
        let no_verb = s.tokens[comma + 1..qt].iter().all(|t| {
            t.is_word()
                && (t.is_cap()
                    || t.has(b::DETERMINER | b::OBJECT_DET)
                    || t.lower()
                        .is_some_and(|w| self.lex.is_inflected_adjective(w)))
        });
        if !no_verb {
            return None;
        }
        s.mentions
            .iter()
            .filter(|m| m.toks.start > comma && m.toks.end <= qt && m.kind == MentionKind::Name)
            .filter_map(|m| m.entity)
            .filter(|&e| self.reg.entities[e].person_like())
            .last()
    }

    /// `erinnerte an ein Zitat des Bundeskanzlers Wolfgang Schüssel: „…“`, `recalled the
    /// words of Gandhi: “…”`: the name after a noun for quoted words, right before the
    /// colon opening the quote, said it; whoever recalls it only passes it on.
    fn quotation_author(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const MAX_GAP: usize = 4;
        let colon = qt
            .checked_sub(1)
            .filter(|&c| c > s.range.start && s.tokens[c].is_punct(":"))?;
        let m = s
            .mentions
            .iter()
            .find(|m| m.toks.end == colon && m.kind == MentionKind::Name)?;
        let from = m.toks.start.saturating_sub(MAX_GAP).max(s.range.start);
        // (After an article: `saying about Ahmadinejad:` is a verb.)
        let noun = (from..m.toks.start).rev().find(|&k| {
            k > s.range.start
                && s.tokens[k - 1].has(b::DETERMINER | b::OBJECT_DET)
                && s.tokens[k]
                    .lower()
                    .is_some_and(|w| self.lex.is_quotation_noun(w))
        })?;
        let linked = s.tokens[noun + 1..m.toks.start].iter().all(|t| {
            t.is_word()
                && (t.has(b::DETERMINER | b::PREPOSITION | b::GENITIVE_ARTICLE) || !t.is_cap())
        });
        linked.then_some(m.entity).flatten()
    }

    /// `… she explains: “…” – and Uncommon Sense applauds her cleverness: “…”`: after an
    /// earlier quote of the sentence, the clause the colon closes opens after it; the
    /// named subject of that clause (its mention).
    pub(super) fn clause_subject_after_quote(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let earlier_quote = (s.range.start..qt.checked_sub(1)?)
            .rev()
            .find(|&t| s.tokens[t].quote().is_some())?;
        // (A new clause: `– and`, `;`; not `„Fit for 55“-Vorschläge`, a quoted name.)
        s.mentions.iter().position(|m| {
            m.kind == MentionKind::Name
                && m.toks.start > earlier_quote
                && m.toks.end < qt
                && m.subject_capable()
                && s.tokens[earlier_quote + 1..m.toks.start]
                    .iter()
                    .any(|t| t.has(b::COORDINATOR) || t.is_punct("–—;"))
        })
    }

    /// The entity of [`Self::clause_subject_after_quote`].
    fn clause_after_quote(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        let m = self.clause_subject_after_quote(s, qt)?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `Below are excerpts of the Secretary's remarks as prepared for delivery:`: the
    /// known person whose role stands in the possessive before a text or speech noun;
    /// `Excerpts of his remarks:`, the one a possessive pronoun there means.
    pub(super) fn possessive_text_role(&self, s: &Sentence<'_>) -> Option<usize> {
        let text_noun = |t: &Token| {
            t.lower().is_some_and(|n| {
                self.lex.speech_nouns.contains(n) || self.lex.is_document_word(n, false)
            })
        };
        let at = (s.range.start..s.range.end.saturating_sub(1)).find(|&t| {
            let owner = s.tokens[t].lower().is_some_and(|w| {
                let base = strip_possessive(w);
                (base != w && self.lex.is_role(base))
                    || self.lex.possessive_pronouns.contains_key(w)
            });
            owner && text_noun(&s.tokens[t + 1])
        })?;
        let refs = s.tokens[at]
            .lower()
            .and_then(|w| self.lex.possessive_pronouns.get(w));
        match refs {
            Some(refs) => self.resolve_pronoun(refs, &self.persons_before(s, at)),
            None => self.possessive_role_holder(&s.tokens[at]),
        }
    }

    /// Candidates for a possessive at token `at`, the likeliest last (as
    /// [`Self::resolve_pronoun`] reads them): the people the sentence names before `at`,
    /// nearest later; the person opening it; the subjects of its cues.
    ///
    /// (`Director Fran Mainella has set the tone for the NPS effort with her message to
    /// …`: the sentence's own names join the salience window only after it, so they are
    /// offered here, its opening subject before the others.)
    pub(super) fn persons_before(&self, s: &Sentence<'_>, at: usize) -> Vec<usize> {
        let named = |m: &Mention| {
            m.entity
                .filter(|&e| m.kind == MentionKind::Name && self.reg.entities[e].person_like())
        };
        let opening = s
            .mentions
            .first()
            .filter(|m| m.toks.start <= s.range.start + 1 && m.toks.end <= at)
            .and_then(named);
        let mut out: Vec<usize> = s
            .mentions
            .iter()
            .filter(|m| m.toks.end <= at)
            .filter_map(named)
            .filter(|&e| Some(e) != opening)
            .collect();
        out.extend(opening);
        out.extend(s.subjects.iter().copied());
        out
    }

    /// `the Secretary's`, `the governor's`: the known person holding the role a
    /// possessive word names.
    pub(super) fn possessive_role_holder(&self, t: &Token) -> Option<usize> {
        let w = t.lower()?;
        let base = strip_possessive(w);
        if base == w || !self.lex.is_role(base) {
            return None;
        }
        let head = names::stem(base, &self.lex.stem_endings);
        self.resolve_description(&[], &[], Some(&head))
    }

    /// `“I compose the music in my head,” explains the jazz sensation in an interview`:
    /// in English, a definite noun no lexicon knows, after a verb of saying that follows
    /// the quote, is an epithet of the person the text has spoken of most lately.
    fn epithet_after_quote(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const MAX_WORDS: usize = 3;
        if self.lex.capitalised_nouns {
            return None;
        }
        let v = qt + 1 + usize::from(s.tokens.get(qt + 1).is_some_and(|t| t.is_punct(",")));
        let verb = v + 2 < s.range.end && s.tokens[v].has(b::SPEECH);
        if !(verb && s.tokens[v + 1].has(b::DETERMINER) && !s.tokens[v + 1].has(b::INDEFINITE)) {
            return None;
        }
        let words = s.tokens[v + 2..s.range.end]
            .iter()
            .take_while(|t| {
                t.is_word() && !t.is_cap() && !t.has(b::PREPOSITION | b::STOPWORD | b::DETERMINER)
            })
            .count();
        let after = v + 2 + words;
        let closes = after >= s.range.end
            || !s.tokens[after].is_word()
            || s.tokens[after].has(b::PREPOSITION);
        let phrase = v + 1..v + 2 + words;
        let unnamed = s
            .mentions
            .iter()
            .all(|m| m.toks.end <= phrase.start || m.toks.start >= phrase.end);
        ((1..=MAX_WORDS).contains(&words) && closes && unnamed)
            .then(|| {
                self.topics
                    .iter()
                    .find(|&e| self.reg.entities[e].person_like())
            })
            .flatten()
    }

    /// `„…“, sagt etwa Paul Stadler von der FPÖ; Gerhard Zatlokal wiederum sieht seine
    /// Partei „bestätigt“`: a cue does not reach across a semicolon to a quote in a
    /// clause that opens with a person of its own.
    /// (Only in German, and not in reported speech: `Merkel sagte, das Gespräch sei gut
    /// gewesen; Obama sei „ein verlässlicher Partner“` goes on with her words.)
    fn person_after_semicolon(&self, s: &Sentence<'_>, from: usize, qt: usize) -> Option<usize> {
        if !self.lex.verb_second || s.reported {
            return None;
        }
        let semi = (from..qt).find(|&t| s.tokens[t].is_punct(";"))?;
        if s.tokens[semi..qt].iter().any(|t| t.has(b::REPORTED_SPEECH)) {
            return None;
        }
        let m = s
            .mentions
            .iter()
            .find(|m| m.toks.start > semi && m.toks.end <= qt)?;
        let opens = m.toks.start == semi + 1
            && m.kind == MentionKind::Name
            && m.subject_capable()
            && !m.after_prep;
        m.entity
            .filter(|&e| opens && self.reg.entities[e].person_like())
    }

    /// `„…“, nimmt Banse gemeinsam mit der Feuerwehrfamilie Anteil`: in German a quote
    /// opening its sentence, a comma and any verb with a known person right after it
    /// (the subject of the inverted clause) are that person's words, though no lexicon
    /// holds the verb.
    fn person_after_verb_after_quote(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        // (The quote may follow a dateline: `Wien (OTS) - „…“, gratuliert …`.)
        let opens = qt == s.range.start || qt == self.para_text_start;
        if !self.lex.verb_second || !opens {
            return None;
        }
        // (`„Nicht aus der Hüfte schießen“ will Tillmann Fuchs …`: a modal verb needs no
        // comma, the quote being its infinitive; lexicon `modal_verbs`.)
        let modal = s
            .tokens
            .get(qt + 1)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.modal_verbs.contains(w));
        let verb = if modal { qt + 1 } else { qt + 2 };
        let plain_verb = verb + 1 < s.range.end
            && (modal || s.tokens[qt + 1].is_punct(","))
            && s.tokens[verb].is_word()
            && !s.tokens[verb].is_cap()
            && !s.tokens[verb].has(
                b::STOPWORD
                    | b::DETERMINER
                    | b::OBJECT_DET
                    | b::PREPOSITION
                    | b::PRONOUN
                    | b::COORDINATOR,
            )
            && s.tokens[verb]
                .lower()
                .is_some_and(|w| !self.lex.is_complementizer(w));
        // (`„Hau ab“, schlug Merkel dort entgegen`: a particle closing the sentence makes
        // the verb a separable one whose object the name may be; lexicon
        // `verb_particles`.)
        if !plain_verb {
            return None;
        }
        let particle = s.tokens[verb + 1..s.range.end]
            .iter()
            .rfind(|t| t.is_word())
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.verb_particles.contains(w));
        if particle {
            return None;
        }
        // (`„…“, kann sich Markus Gratzer … nur wundern`, `sind sich Wiens Bürgermeister
        // Michael Häupl und … einig`: a reflexive may come between the verb and its
        // subject; lexicon `reflexives`.)
        let reflexive = s
            .tokens
            .get(verb + 1)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.reflexives.contains(w));
        let subject = verb + 1 + usize::from(reflexive);
        // (`„…“, rückte Bauernbund-Präsident Georg Strasser das Miteinander in den
        // Vordergrund`: a role may stand before the name.)
        let at = if s
            .tokens
            .get(subject)
            .is_some_and(|t| t.is_cap() && t.has(b::ROLE))
        {
            subject + 1
        } else {
            subject
        };
        s.mentions
            .iter()
            .find(|m| {
                m.kind == MentionKind::Name
                    && (m.toks.start == subject || (at > subject && m.toks.contains(&at)))
            })
            .and_then(|m| m.entity)
            // (`„…“, gratuliert Werner Kogler, Bundessprecher der Grünen, …`: or one named
            // in full for the first time, as German puts the subject first after the verb.)
            // (Not after a title: `„Die Zauberflöte“, dirigiert Riccardo Muti, …`; a
            // quote of a few words names a work.)
            .filter(|&e| {
                const MIN_WORDS: usize = 3;
                let ent = &self.reg.entities[e];
                let speech = || {
                    self.text
                        .get(s.tokens[qt].range.clone())
                        .is_some_and(|q| q.split_whitespace().count() >= MIN_WORDS)
                };
                ent.person_like() && (e < s.new_from || (ent.token_count() >= 2 && speech()))
            })
    }

    /// `“…” was the colonel’s first reaction.`, `„…“ war seine Antwort.`: a copula right
    /// after the quote and a possessed noun for what was said name whoever owns the noun.
    fn utterance_after_quote(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const MAX_MODIFIERS: usize = 3;
        let cop = qt + 1;
        let copula =
            cop + 1 < s.range.end && s.tokens[cop].lower().is_some_and(|w| self.lex.is_copula(w));
        if !copula {
            return None;
        }
        let end = (cop + 2 + MAX_MODIFIERS).min(s.range.end);
        let noun = (cop + 1..end).find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.utterance_nouns.contains(w))
        })?;
        let owner_words = &s.tokens[cop + 1..noun];
        if let Some(refs) = owner_words
            .first()
            .and_then(Token::lower)
            .and_then(|w| self.lex.possessive_pronouns.get(w))
        {
            return self.resolve_pronoun(refs, &s.subjects);
        }
        let role_owner = owner_words
            .iter()
            .find_map(|t| self.possessive_role_holder(t));
        let saxon = || {
            s.mentions
                .iter()
                .find(|m| {
                    m.toks.start > cop
                        && m.toks.end <= noun
                        && m.object
                        && m.kind == MentionKind::Name
                })
                .and_then(|m| m.entity)
                .filter(|&e| self.reg.entities[e].person_like())
        };
        role_owner.or_else(saxon)
    }

    /// Every comma between `from` and `to` separates nouns of a list that a coordinator
    /// closes before `to` (none at all is such a list too).
    pub(super) fn commas_only_list(&self, s: &Sentence<'_>, from: usize, to: usize) -> bool {
        // (`in der morgen, Donnerstag, erscheinenden Ausgabe`: a word set off by two commas
        // is an aside inside the phrase.)
        let aside = |k: usize| {
            let around = |a: usize, b: usize| {
                s.tokens[a].is_punct(",") && s.tokens[a + 1].is_word() && s.tokens[b].is_punct(",")
            };
            (k + 2 < to && around(k, k + 2)) || (k >= from + 2 && around(k - 2, k))
        };
        let commas: Vec<usize> = (from..to)
            .filter(|&k| s.tokens[k].is_punct(",") && !aside(k))
            .collect();
        let Some(&last) = commas.last() else {
            return true;
        };
        // (`Nach 670 Stunden, 79 Sitzungen und 142 Befragungen zog …`: or a number.)
        let nouns_after = commas.iter().all(|&k| {
            s.tokens.get(k + 1).is_some_and(|t| {
                k + 1 < to
                    && (t.is_word() && t.is_cap()
                        || self
                            .text
                            .get(t.range.clone())
                            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())))
            })
        });
        nouns_after && (last + 1..to).any(|k| s.tokens[k].has(b::COORDINATOR))
    }

    /// The source cue right after the quote's closing comma and the person it names,
    /// when the cue `ci` chosen is a verb before the quote whose subject the sentence
    /// only describes.
    fn signing_source(
        &self,
        s: &Sentence<'_>,
        cues: &[Cue],
        subjects: &[Option<usize>],
        qt: usize,
        ci: usize,
    ) -> Option<(usize, usize)> {
        let verb = &cues[ci];
        let person = |e: usize| {
            let ent = &self.reg.entities[e];
            ent.person_like() && !ent.org
        };
        // (A subject the sentence names, or a pronoun, said it; a description such as
        // `Die Macher` only frames the source's words.)
        let named = s.mentions.iter().any(|m| {
            m.entity.is_some()
                && m.entity == subjects[ci]
                && matches!(m.kind, MentionKind::Name | MentionKind::Pronoun(_))
        });
        if !verb.is_verb() || verb.toks.end > qt || named {
            return None;
        }
        if !s.tokens.get(qt + 1).is_some_and(|t| t.is_punct(",")) {
            return None;
        }
        let src = cues
            .iter()
            .position(|c| c.kind == CueKind::Source && c.toks.start == qt + 2)?;
        subjects[src].filter(|&e| person(e)).map(|e| (src, e))
    }

    /// `„Bisher gab es keine größeren Einsätze“ lautet die Zwischenbilanz der Trierer
    /// Polizei`: a verb giving the quote as a noun's wording, the noun for what was
    /// said, gives the quote to the noun's owner in the genitive.
    fn worded_noun_owner(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        let mut v = qt + 1;
        if s.tokens.get(v).is_some_and(|t| t.is_punct(",")) {
            v += 1;
        }
        // (`„…“, so lautet das Fazit von Norbert Drude`: after `so` as well.)
        let so = s.tokens.get(v).and_then(Token::lower);
        if v > qt + 1 && so.is_some_and(|w| self.lex.after_quote.contains(w)) {
            v += 1;
        }
        let wording = v + 2 < s.range.end
            && s.tokens[v]
                .lower()
                .is_some_and(|w| self.lex.wording_verbs.contains(w));
        if !wording || !s.tokens[v + 1].has(b::DETERMINER) {
            return None;
        }
        let noun = (v + 2..(v + 3 + NOUN_ADJECTIVES).min(s.range.end)).find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.utterance_nouns.contains(w))
        })?;
        self.genitive_owner(s, noun, s.range.end)
    }

    /// `Müllers Klage`, `Merkel's statement`: the name in the genitive right before the
    /// word at `noun`.
    pub(super) fn saxon_owner<'s>(s: &'s Sentence<'_>, noun: usize) -> Option<&'s Mention> {
        s.mentions
            .iter()
            .find(|m| m.toks.end == noun && m.object && m.kind == MentionKind::Name)
    }

    /// `„Ich glaube an das Denkvermögen der Menschen“ – Günter Buhlke über Sozialismus`:
    /// a full name right after a quote and a dash signs it.
    /// `Damit war - so der Leiter des Zollfahndungsamtes, Herr Pampel-Jabrane - die
    /// kleinste „…“ komplett`: an aside between dashes that opens with `so` (lexicon
    /// `after_quote_cues`) names the speaker of the quote after it in the sentence.
    fn so_aside_before(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const REACH: usize = 16;
        const DASHES: &str = "-–—";
        let from = qt.saturating_sub(REACH).max(s.range.start);
        let open = (from..qt).find(|&t| {
            s.tokens[t].is_punct(DASHES)
                && s.tokens
                    .get(t + 1)
                    .and_then(Token::lower)
                    .is_some_and(|w| self.lex.after_quote.contains(w))
        })?;
        let close = (open + 2..qt).find(|&t| s.tokens[t].is_punct(DASHES))?;
        s.mentions
            .iter()
            .rev()
            .filter(|m| m.toks.start > open + 1 && m.toks.end <= close)
            .find(|m| m.kind == MentionKind::Name)
            .and_then(|m| m.entity)
            .filter(|&e| self.reg.entities[e].person_like() || self.reg.entities[e].titled)
    }

    fn dash_signature(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        // A hyphen counts only set apart by spaces: `-Full Text` after a quote is a link.
        let spaced = |t: &Token| {
            self.text[t.range.end..]
                .chars()
                .next()
                .is_some_and(char::is_whitespace)
        };
        // (`"…" -- Gary Rodriguez, …`: two hyphens stand for a dash.)
        let double = s.tokens.get(qt + 1).is_some_and(|t| t.is_punct("-"))
            && s.tokens
                .get(qt + 2)
                .is_some_and(|t| t.is_punct("-") && spaced(t));
        let name_at = qt + 2 + usize::from(double);
        let dash = s.tokens.get(qt + 1).is_some_and(|t| {
            (t.is_punct("–—") || (t.is_punct("-") && (spaced(t) || double)))
                && name_at < s.range.end
        });
        if !dash {
            return None;
        }
        let m = s.mentions.iter().find(|m| m.toks.start == name_at)?;
        m.entity.filter(|&e| {
            m.kind == MentionKind::Name && m.toks.len() >= 2 && self.reg.entities[e].person_like()
        })
    }

    /// `„…“ (Carl Friedrich v. Weizsäcker, 1965)`: a full name opening a parenthesis right
    /// after a quote, closed there or followed by a comma and a few words (a year, a
    /// role) before the bracket closes, credits the quote to that person, as a motto or an
    /// epigraph is credited. A quote that names a thing (`„Das Boot“ (Wolfgang Petersen,
    /// 1981)`) is credited to no one.
    fn parenthesised_credit(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const CREDIT_WORDS: usize = 8;
        if !s.tokens.get(qt + 1).is_some_and(|t| t.is_punct("(")) || self.name_like_quote(s, qt) {
            return None;
        }
        // (`„…“ (Zitat Rosa Mayreder)`, `(Zitat: …)`: past a word for the quote.)
        let quote_word = s
            .tokens
            .get(qt + 2)
            .is_some_and(|t| t.has(b::NON_NAME) && t.is_cap());
        let colon = quote_word && s.tokens.get(qt + 3).is_some_and(|t| t.is_punct(":"));
        let at = qt + 2 + usize::from(quote_word) + usize::from(colon);
        let m = s.mentions.iter().find(|m| m.toks.start == at)?;
        let after = s.tokens.get(m.toks.end)?;
        let closed = after.is_punct(")")
            || (after.is_punct(",")
                && s.tokens[m.toks.end..s.range.end.min(m.toks.end + CREDIT_WORDS)]
                    .iter()
                    .any(|t| t.is_punct(")")));
        m.entity.filter(|&e| {
            closed
                && m.kind == MentionKind::Name
                && m.toks.len() >= 2
                && self.reg.entities[e].person_like()
        })
    }

    /// `“They’re a great influence,” Tracey Madden, administrative assistant, Landers
    /// Elementary School.`: a full name right after a quote that a comma closes, followed
    /// by its role or the sentence end and no verb, signs the quote.
    fn comma_signature(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let raw = self.text.get(s.tokens[qt].range.clone())?;
        if raw.chars().rev().nth(1).is_none_or(|c| c != ',') {
            return None;
        }
        // (`“…,” Staff Sgt. Rosanne Caballero, 799th SFS MWD trainer.`: a rank's first
        // word may make a mention of its own right before the name's.)
        let first = s.mentions.iter().position(|m| m.toks.start == qt + 1)?;
        let last = (first + 1..s.mentions.len())
            .take_while(|&i| s.mentions[i].toks.start == s.mentions[i - 1].toks.end)
            .last()
            .unwrap_or(first);
        let m = &s.mentions[last];
        let signed = s
            .tokens
            .get(m.toks.end)
            .is_none_or(|t| t.is_punct(",.") || t.quote().is_some())
            || m.toks.end >= s.range.end;
        m.entity.filter(|&e| {
            signed
                && m.kind == MentionKind::Name
                && m.toks.len() >= 2
                && self.reg.entities[e].person_like()
        })
    }

    /// `dass Vizekanzler Haupt … von einem „Sommertheater“ gesprochen habe`: the subject
    /// of the clause a `spoke of` participle closes, and the participle's bytes.
    fn spoken_of(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<(usize, Range<usize>)> {
        let v = qt + 1;
        let participle = s
            .tokens
            .get(v)
            .filter(|_| v < s.range.end)?
            .lower()
            .is_some_and(|w| self.lex.spoke_of_participles.contains(w));
        let prep = |k: usize| {
            s.tokens[k]
                .lower()
                .is_some_and(|w| self.lex.spoke_of_prepositions.contains(w))
        };
        let led = (qt > s.range.start && prep(qt - 1))
            || (qt > s.range.start + 1 && s.tokens[qt - 1].has(b::DETERMINER) && prep(qt - 2));
        if !participle || !led {
            return None;
        }
        let m = self.clause_first(s, v)?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        self.mark_speaker(e);
        Some((e, s.tokens[v].range.clone()))
    }
}

impl Attributor<'_> {
    /// `Wie das Nachrichtenmagazin „profil“ berichtet, sieht Innenminister Günther Platter
    /// darin „etwas durchaus Positives“`: a medium's report in a clause of its own before
    /// the quote relays what the person the main clause names said; that person, the
    /// first named after the clause's comma, is the speaker.
    fn person_after_media_clause(
        &self,
        s: &Sentence<'_>,
        cue: Range<usize>,
        qt: usize,
    ) -> Option<usize> {
        if cue.end > qt || !s.tokens[cue.start].has(b::MEDIA_VERB) {
            return None;
        }
        // (Only a clause of its own the sentence opens with `wie`.)
        let opening = s.range.start.max(self.para_text_start);
        let opens = s
            .tokens
            .get(opening)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.report_clause_openers.contains(w));
        if !opens || cue.start < opening {
            return None;
        }
        let comma = (cue.end..qt).find(|&t| s.tokens[t].is_punct(","))?;
        // (Nothing else between: a second clause's verb of saying has its own subject; a
        // passive's subject suffers the words, `wurde Minister Huber als „Verräter“
        // beschimpft`.)
        if s.tokens[comma..qt]
            .iter()
            .any(|t| t.has(b::SPEECH | b::PASSIVE_AUX))
        {
            return None;
        }
        // (The main clause's subject: the first mention after its verb, past a
        // placeholder `es`; `stuft die Polizei Anna Berger als „gefährlich“ ein` is the
        // police's view.)
        let m = s.mentions.iter().find(|m| {
            m.toks.start > comma + 1
                && m.toks.end <= qt
                && !matches!(&m.kind, MentionKind::Pronoun(refs)
                    if !refs.iter().any(|r| matches!(r, Referent::Male | Referent::Female)))
        })?;
        let e = m.entity.filter(|_| m.kind == MentionKind::Name)?;
        let ent = &self.reg.entities[e];
        (ent.person_like() && !ent.org).then_some(e)
    }
}

/// The cue nearest to quote token `qt` that has a subject: speech verbs first, then
/// source phrases, unless a source phrase stands between the quote and the nearest verb.
/// Returns (cue index, entity).
fn nearest_cue(
    tokens: &[Token],
    cues: &[Cue],
    subjects: &[Option<usize>],
    qt: usize,
) -> Option<(usize, usize)> {
    // `X said she was in a “serious” condition; TVN24 reported …`: a cue across a
    // semicolon is farther than any in the quote's own clause. The semicolons between
    // the cues are found once per quote, not once per cue.
    const OTHER_CLAUSE: usize = 1000;
    let lo = cues
        .iter()
        .map(|c| c.toks.start)
        .min()
        .unwrap_or(qt)
        .min(qt);
    let hi = cues
        .iter()
        .map(|c| c.toks.end)
        .max()
        .unwrap_or(qt)
        .max(qt + 1);
    // (`Mia Freedman posted; “…”`: a semicolon right before the quote introduces it,
    // like a colon.)
    let semicolons: Vec<usize> = (lo..hi.min(tokens.len()))
        .filter(|&t| tokens[t].is_punct(";") && t + 1 != qt)
        .collect();
    let dist = |c: &Cue| {
        let (from, to) = if c.toks.start > qt {
            (qt + 1, c.toks.start)
        } else {
            (c.toks.end.min(qt), qt)
        };
        let crosses = semicolons.iter().any(|&x| from <= x && x < to);
        let d = if c.toks.start > qt {
            c.toks.start - qt
        } else {
            qt.saturating_sub(c.toks.end) + 1
        };
        if crosses {
            d + OTHER_CLAUSE
        } else {
            d
        }
    };
    // (`begins “the planned journey” deemed “counterrevolutionary” by the government`: a
    // verb between two quotes names the one after it.)
    let names_next = |c: &Cue| {
        c.toks.start == qt + 1 && tokens.get(c.toks.end).is_some_and(|t| t.quote().is_some())
    };
    // (`Putin lashed out …, calling them "scum" and "traitors," CNN reports`: a medium's
    // verb after the quote relays it when a verb of the sentence has a speaker of its own.)
    let relays = |c: &Cue| c.toks.start > qt && tokens[c.toks.start].has(b::MEDIA_VERB);
    let own_verb = cues
        .iter()
        .enumerate()
        .any(|(i, c)| c.is_verb() && subjects[i].is_some() && !relays(c) && c.toks.end <= qt);
    // (`äußert sich Jakobs: „…“ und Greve fügt hinzu: „…“`: a verb after a quote that a
    // colon introduced, itself introducing the next quote with a colon, is that quote's.)
    const INTRO_GAP: usize = 4;
    let colon_led = qt > 0 && tokens[qt - 1].is_punct(":");
    let introduces_next = |c: &Cue| {
        c.toks.start > qt
            && (c.toks.end..(c.toks.end + INTRO_GAP).min(tokens.len().saturating_sub(1)))
                .any(|k| tokens[k].is_punct(":") && tokens[k + 1].quote().is_some())
    };
    let best = |want_verb: bool| {
        cues.iter()
            .enumerate()
            .filter(|(i, c)| c.is_verb() == want_verb && subjects[*i].is_some() && !names_next(c))
            .filter(|(_, c)| !(own_verb && relays(c)))
            .filter(|(_, c)| !(colon_led && own_verb && introduces_next(c)))
            .min_by_key(|(_, c)| dist(c))
            .map(|(i, _)| i)
    };
    let (verb, source) = (best(true), best(false));
    // `“…” according to X, who adds …`: a source phrase between the quote and a verb
    // after it is the nearer evidence; so is one between a verb before and the quote
    // (`astronomers revealed …, and according to X, it is “…”`).
    // Before the quote the source must open a clause of its own (`, and according
    // to`): `told him that, according to a report, he had “…”` is still the verb's.
    let new_clause = |from: usize, to: usize| {
        tokens[from..to]
            .iter()
            .any(|t| t.has(b::COORDINATOR) || t.is_punct(";"))
    };
    let same_side = |v: &Cue, src: &Cue| {
        (src.toks.start > qt && v.toks.start > qt)
            || (src.toks.end <= qt
                && v.toks.end <= src.toks.start
                && new_clause(v.toks.end, src.toks.start))
    };
    // `X acknowledged the forces — in the words of the WADA report — “…”`: a source set
    // off right before the quote introduces it, whatever verb came before.
    const SOURCE_WORDS: usize = 6;
    let introduces = |src: &Cue| {
        src.toks.end <= qt
            && qt - src.toks.end <= SOURCE_WORDS
            && qt > 0
            && tokens[qt - 1].is_punct(",:—–-")
    };
    // (`…, eine Erklärung sollte laut Tagesspiegel Background (€) „die Wogen glätten“`:
    // so does one right before it, nothing but the source's name, brackets and marks
    // between, in a clause of its own: `Merkel sagte laut Bild „…“` is still Merkel's.)
    let names_quote = |src: &Cue| {
        src.toks.end <= qt
            && qt - src.toks.end <= SOURCE_WORDS
            && src.toks.start > 0
            && !tokens[src.toks.start - 1].is_punct(",")
            && tokens[src.toks.end..qt]
                .iter()
                .all(|t| !t.is_word() || t.is_cap())
    };
    let pick = match (verb, source) {
        (Some(v), Some(src))
            if dist(&cues[src]) < dist(&cues[v])
                && (same_side(&cues[v], &cues[src])
                    || introduces(&cues[src])
                    || (names_quote(&cues[src])
                        && (cues[v].toks.end > cues[src].toks.start
                            || tokens[cues[v].toks.end..cues[src].toks.start]
                                .iter()
                                .any(|t| t.is_punct(",;") || t.has(b::COORDINATOR))))) =>
        {
            Some(src)
        }
        (Some(v), _) => Some(v),
        (None, src) => src,
    };
    // `Tony Blair said Fallon's remarks hinted at desperation: “…”`: a quote after a colon
    // goes on with the outer speaker when the nearer verb is in that speaker's clause.
    let outer = pick
        .filter(|_| qt > 0 && tokens[qt - 1].is_punct(":"))
        .and_then(|p| {
            let inner = &cues[p];
            cues.iter()
                .enumerate()
                .filter(|(i, c)| c.is_verb() && subjects[*i].is_some() && *i != p)
                .find(|(_, c)| {
                    c.toks.end <= inner.toks.start
                        && tokens[c.toks.end..inner.toks.start]
                            .iter()
                            .all(|t| t.is_word() && !t.has(b::COORDINATOR))
                })
                .map(|(i, _)| i)
        });
    outer.or(pick).and_then(|i| subjects[i].map(|e| (i, e)))
}
