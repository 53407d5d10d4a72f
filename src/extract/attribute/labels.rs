//! Speakers a paragraph or sentence names outside a cue of the quote's own clause: transcript
//! and protocol labels (`HALEY:`, `Abgeordneter … (SPÖ):`), capitalised label lines, people
//! introduced or addressed, headline quotes waiting for the person the text goes on to
//! introduce, testimonial signatures and back-reference phrases (`Mit diesen Worten …`). They
//! are grouped because each reads the layout of the paragraph (its opening, its labels, the
//! headline) rather than the word order around a verb.

use super::resolve::fits;
use super::words::{has_word, LONG_WORD};
use super::*;

impl Attributor<'_> {
    /// `Reporter Chinedu Offor asked him what …`: the person after a verb of asking, a
    /// name or an object pronoun meaning someone other than those named before the verb.
    pub(super) fn asked_person(&self, s: &Sentence<'_>) -> Option<usize> {
        // (Verbs of asking are verbs of saying: one bit test per word first.)
        let v = s.range.clone().find(|&t| {
            s.tokens[t].has(b::SPEECH)
                && s.tokens[t]
                    .lower()
                    .is_some_and(|w| self.lex.question_verbs.contains(w))
        })?;
        let named = s
            .mentions
            .iter()
            .find(|m| m.toks.start == v + 1 && m.kind == MentionKind::Name);
        if let Some(m) = named {
            return m.entity.filter(|&e| self.reg.entities[e].person_like());
        }
        let refs = self
            .lex
            .object_pronouns
            .get(s.tokens.get(v + 1)?.lower()?)?;
        let askers: Vec<usize> = s
            .mentions
            .iter()
            .filter(|m| m.toks.end <= v)
            .filter_map(|m| m.entity)
            .collect();
        self.topics
            .iter()
            .filter(|e| !askers.contains(e))
            .find(|&e| !self.reg.entities[e].org && fits(&self.reg.entities[e], refs))
    }

    /// `„Viele Blockaden sind jetzt weg“ (Thu, 29 Feb 2024)` ⏎ `… Fragen an Olaf Scholz.`:
    /// a feed item's quoted title is by the first person its teaser names, failing a cue.
    pub(super) fn name_feed_title_speaker(&mut self, s: &Sentence<'_>) {
        let person = s
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
            .filter_map(|m| m.entity)
            .find(|&e| self.reg.entities[e].person_like());
        let Some(e) = person else {
            return;
        };
        for q in std::mem::take(&mut self.feed_titles) {
            if self.out[q].entity.is_none() {
                self.out[q].entity = Some(e);
                if self.out[q].kind == Some(QuoteKind::Other) {
                    self.out[q].kind = Some(QuoteKind::Direct);
                }
            }
        }
    }

    /// `Der Präsident des Europäischen Parlaments, Jerzy Buzek, gab folgende Erklärung
    /// ab`: the person opening a sentence that announces a statement or words after it.
    pub(super) fn announcing_subject(&self, s: &Sentence<'_>) -> Option<usize> {
        let toks = &s.tokens[s.range.clone()];
        let a = toks.iter().position(|t| {
            t.lower()
                .is_some_and(|a| self.lex.announcing_words.contains(a))
        })?;
        // (`Below are excerpts from her remarks`: the words may come a few words later.)
        const NOUN_WITHIN: usize = 5;
        let announces = toks[a + 1..].iter().take(NOUN_WITHIN).any(|t| {
            t.lower().is_some_and(|n| {
                self.lex.is_document_word(n, t.is_cap())
                    || self.lex.utterance_nouns.contains(n)
                    || self.lex.speech_nouns.contains(n)
            })
        });
        if !announces {
            return None;
        }
        // Failing a subject or a name, the person the sentence before was about (`She
        // was invited … Below are excerpts from her remarks`).
        // (`NHTSA issued the following statement:`: failing a person, a body that puts
        // out the text announced is its author.)
        let issues = toks
            .iter()
            .any(|t| t.lower().is_some_and(|w| self.lex.issue_verbs.contains(w)));
        let opening = self.opening_subject(s);
        // (`Upon President Trump signing the Act, SBA Administrator Jovita Carranza
        // issued the following statement:`: the person right before the verb of issuing
        // is its subject.)
        let issuer = || {
            s.mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Name)
                .filter(|m| {
                    s.tokens
                        .get(m.toks.end)
                        .and_then(Token::lower)
                        .is_some_and(|w| self.lex.issue_verbs.contains(w))
                })
                .filter_map(|m| m.entity)
                .find(|&e| self.reg.entities[e].person_like())
        };
        opening
            .filter(|&e| !self.reg.entities[e].org || self.reg.entities[e].spoke)
            .or_else(issuer)
            .or_else(|| {
                s.mentions
                    .iter()
                    .filter(|m| m.kind == MentionKind::Name && !m.object)
                    .filter_map(|m| m.entity)
                    .find(|&e| self.reg.entities[e].person_like())
            })
            .or(opening.filter(|_| issues))
            .or(self.prev_topic.filter(|&e| !self.reg.entities[e].org))
    }

    /// `Präsident Ing. Norbert Hofer: Sehr geehrte Frau Klubvorsitzende Maurer, Sie …`:
    /// a person named after a title near the opening of a paragraph (after its label),
    /// set off by a comma, is addressed.
    pub(super) fn addressed_person(&self, s: &Sentence<'_>) -> Option<usize> {
        const OPENING_TOKENS: usize = 12;
        let near = s.range.start + OPENING_TOKENS;
        s.mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name && m.toks.end <= near)
            .find(|m| {
                let titled =
                    (m.toks.start.saturating_sub(1)..m.toks.end).any(|t| s.tokens[t].has(b::TITLE));
                let comma = s.tokens.get(m.toks.end).is_some_and(|t| t.is_punct(","));
                let labelled = (s.range.start..m.toks.start).any(|t| s.tokens[t].is_punct(":"));
                titled && comma && labelled
            })
            .and_then(|m| m.entity)
            .filter(|&e| self.reg.entities[e].person_like())
    }

    /// `…, den Sie unserem Klubobmann Kickl für das Wort „Unsinn“ erteilt haben`,
    /// `deshalb erteile ich Ihnen für den Ausdruck „Lüge“ einen Ordnungsruf`: the words a
    /// reprimand is given for are the reprimanded person's: the one named right before
    /// `für`, else the one a formal `Sie` or `Ihnen` addresses.
    pub(super) fn reprimanded(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        let toks = &s.tokens[s.range.clone()];
        let reprimand = toks.iter().any(|t| {
            t.lower()
                .is_some_and(|w| self.lex.reprimand_nouns.contains(w))
        });
        if !reprimand {
            return None;
        }
        // Back over a list of quotes (`„Scheinheiligkeit“, „Lüge“ und „…“`) and a
        // noun with its article (`den Ausdruck`) to the preposition.
        let mut k = qt;
        while k > s.range.start
            && (s.tokens[k - 1].quote().is_some()
                || s.tokens[k - 1].is_punct(",")
                || s.tokens[k - 1].has(b::COORDINATOR))
        {
            k -= 1;
        }
        if k >= s.range.start + 2 && s.tokens[k - 2].has(b::DETERMINER) && s.tokens[k - 1].is_cap()
        {
            k -= 2;
        }
        let prep = k.checked_sub(1).filter(|&p| p >= s.range.start)?;
        let for_words = s.tokens[prep]
            .lower()
            .is_some_and(|w| self.lex.reprimand_prepositions.contains(w));
        if !for_words {
            return None;
        }
        let named = s
            .mentions
            .iter()
            .find(|m| m.toks.end == prep && m.kind == MentionKind::Name)
            .and_then(|m| m.entity)
            .filter(|&e| self.reg.entities[e].person_like());
        let formal = toks.iter().skip(1).any(|t| {
            t.is_cap()
                && t.lower()
                    .is_some_and(|w| self.lex.formal_address.contains(w))
        });
        // (`…, den Sie mir für das Wort „Unsinn“ erteilt haben`: the one who speaks got it.)
        let to_self = toks.iter().any(|t| {
            t.lower()
                .is_some_and(|w| self.lex.reprimand_self.contains(w))
        });
        named.or(self.addressee.filter(|_| formal && !to_self))
    }

    /// `Abgeordneter Mag. Jörg Leichtfried (SPÖ): Geschätzte Damen und Herren! …`: a
    /// protocol's paragraph opened by a person's name (after their role, before their
    /// party in brackets) and a colon gives that person the floor.
    pub(super) fn protocol_label(&self, s: &Sentence<'_>) -> Option<usize> {
        const LABEL_TOKENS: usize = 14;
        let end = (s.range.start..s.range.end.min(s.range.start + LABEL_TOKENS))
            .find(|&t| s.tokens[t].is_punct(":"))?;
        if s.tokens
            .get(end + 1)
            .is_none_or(|t| t.quote().is_some() || !t.is_word())
        {
            return None;
        }
        // (`(SPÖ)`, `(zur Geschäftsbehandlung)`: brackets between the name and the colon,
        // which a protocol always prints and a headline `Ministerin Anna Roth: Reform
        // kommt` does not.)
        if end == s.range.start || !s.tokens[end - 1].is_punct(")") {
            return None;
        }
        let mut name_end = end;
        while name_end > s.range.start && s.tokens[name_end - 1].is_punct(")") {
            name_end = (s.range.start..name_end - 1)
                .rev()
                .find(|&t| s.tokens[t].is_punct("("))?;
        }
        let m = s.mentions.iter().find(|m| {
            m.kind == MentionKind::Name
                && m.toks.end == name_end
                && m.toks.start <= s.range.start + 4
        })?;
        let opens = (s.range.start..m.toks.start)
            .all(|t| s.tokens[t].is_word() || s.tokens[t].is_punct("."));
        m.entity
            .filter(|&e| {
                let ent = &self.reg.entities[e];
                !ent.org && ent.token_count() >= 2 && (ent.role.is_some() || ent.titled)
            })
            .filter(|_| opens)
    }

    /// `HALEY: “Thank you.”`: a paragraph opened by a capitalised name of a person the
    /// text has introduced, a colon and a quote (a transcript's speaker label).
    ///
    /// Once labels have named introduced people, a label of a full name in capitals is
    /// a new speaker of the transcript (`LORI BOWERS:` after `ALAN BOWERS JR.:`).
    pub(super) fn speaker_label(&mut self, tokens: &[Token]) -> Option<usize> {
        let colon = self.label_name(tokens)?;
        if tokens.get(colon + 1).is_none_or(|t| t.quote().is_none()) {
            return None;
        }
        if let Some(e) = self.label_entity(tokens, colon) {
            self.transcript = true;
            return Some(e);
        }
        let text = self.text;
        // (`BK’IN DR. MERKEL:`: an honorific title is no part of the name.)
        // (`SPOKESMAN KIRBY (JAN. 29):`: the words before a bracket.)
        let name_end = label_name_end(tokens, colon);
        let words: Vec<&str> = tokens[..name_end]
            .iter()
            .filter(|t| t.is_word() && !t.has(b::TITLE))
            .filter_map(|t| text.get(t.range.clone()))
            .collect();
        let capitals = words.iter().all(|w| !w.chars().any(char::is_lowercase));
        // `NYE: “…”` ⏎ `That's Bill Nye, …`: a broadcast transcript's label in capitals
        // names its speaker before the text introduces them; only a word of letters is a
        // name (`Q:`, `A:` and `2:` are not).
        let caps_label = capitals
            && !words.is_empty()
            && words
                .iter()
                .all(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
        // (A body the text knows, `NASA:`, is no new person; a surname the text only
        // knew inside a body's longer name, `OBAMA:` after `the Obama administration`,
        // is one.)
        let known_body = words.len() == 1
            && self.reg.find(&words).is_some_and(|e| {
                let ent = &self.reg.entities[e];
                !(ent.org && ent.token_count() > 1)
            });
        let no_speaker = words
            .first()
            .is_some_and(|w| self.lex.non_speaker_labels.contains(&w.to_lowercase()));
        (caps_label && !known_body && !no_speaker).then(|| self.reg.register_person(&words))
    }

    /// The person a line of nothing but capitals names (`JOHNNY WILLIAMS`, `DARIMAA`): a
    /// person the text knows, or a single word its running prose repeats (a script in
    /// capitals names nobody otherwise); a place, a body or a section heading in capitals
    /// (`WASHINGTON`, `NATO`, `NARRATOR`, `ADVERTISEMENT`) labels nobody.
    pub(super) fn caps_label_line(&mut self, tokens: &[Token]) -> Option<usize> {
        const MAX_WORDS: usize = 3;
        if tokens.is_empty()
            || tokens.len() > MAX_WORDS
            || !tokens.iter().all(|t| t.is_word() && t.quote().is_none())
        {
            return None;
        }
        let words: Vec<&str> = tokens
            .iter()
            .filter_map(|t| self.text.get(t.range.clone()))
            .collect();
        let capitals = words.iter().all(|w| {
            !w.chars().any(char::is_lowercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
        });
        if !capitals
            || words
                .first()
                .is_some_and(|w| self.lex.non_speaker_labels.contains(&w.to_lowercase()))
        {
            return None;
        }
        // (A body the text knows, `NATO`, labels no speaker's clip; in a script printed in
        // capitals every name reads as a body, so there the narration's repeating it in
        // capitals decides.)
        let mut body = false;
        if let Some(e) = self.reg.find(&words).map(|e| self.reg.canonical(e)) {
            let ent = &self.reg.entities[e];
            if ent.person_like() {
                return Some(e);
            }
            if words.len() > 1 {
                return None;
            }
            body = true;
        }
        // (In a script printed in capitals every name reads as an acronym's body:
        // `FOR YEARS, DARIMAA AND HER FAMILY …` ⏎ `DARIMAA` ⏎ `“…”`. A single word the
        // narration repeats as a word of its own is the label's speaker; a heading,
        // `INTRODUCTION`, stands once.)
        // (Looked for near the line only, so that a text of many such lines stays linear.)
        const WINDOW: usize = 4096;
        let (start, end) = (tokens[0].range.start, tokens[tokens.len() - 1].range.end);
        let line = self.text.get(start..end)?;
        let mut from = start.saturating_sub(WINDOW);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (end + WINDOW).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to += 1;
        }
        let near = &self.text[from..to];
        let repeated = words.len() == 1
            && near.match_indices(line).any(|(at, _)| {
                let before = near[..at].chars().next_back();
                let after = near[at + line.len()..].chars().next();
                // (In running prose, not as a line of its own: `ADVERTISEMENT` recurs
                // between paragraphs.)
                let prose = before.is_some_and(|c| c != '\n') || after.is_some_and(|c| c != '\n');
                const CONTEXT: usize = 30;
                let capitals = !near[..at]
                    .chars()
                    .rev()
                    .take(CONTEXT)
                    .any(char::is_lowercase)
                    && !near[at + line.len()..]
                        .chars()
                        .take(CONTEXT)
                        .any(char::is_lowercase);
                from + at != start
                    && before.is_none_or(|c| !c.is_alphanumeric())
                    && after.is_none_or(|c| !c.is_alphanumeric())
                    && prose
                    && (capitals || !body)
            });
        repeated.then(|| self.reg.register_person(&words))
    }

    /// `Tom Brady is a champion.` ⏎ `“He is the greatest …”`: whether quote token `qt` opens
    /// with a third-person pronoun, which speaks of the one introduced rather than as them.
    pub(super) fn opens_with_pronoun(&self, s: &Sentence<'_>, qt: usize) -> bool {
        let Some(raw) = self.text.get(s.tokens[qt].range.clone()) else {
            return false;
        };
        let first: String = raw
            .chars()
            .skip_while(|c| !c.is_alphabetic())
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        self.lex.pronouns.contains_key(&first)
    }

    /// `Alfred Allotey is a cocoa storage manager …`, `James is one of those farmers …`:
    /// the person a sentence opens with, right before a copula and an indefinite
    /// article, which says what the person is. (A lone word must be a given name.)
    pub(super) fn introduced_person(&self, s: &Sentence<'_>) -> Option<usize> {
        let m = s.mentions.first()?;
        let copula = s
            .tokens
            .get(m.toks.end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.is_copula(w));
        let indefinite = s
            .tokens
            .get(m.toks.end + 1)
            .is_some_and(|t| t.has(b::INDEFINITE));
        let named = m.kind == MentionKind::Name
            && m.toks.start == s.range.start
            && (m.toks.len() >= 2 || s.tokens[m.toks.start].has(b::GIVEN_NAME));
        if !(named && copula && indefinite) {
            return None;
        }
        // (`General Motors is a major employer`: a title taken off leaves one word, which
        // must be a given name.)
        m.entity.filter(|&e| {
            let ent = &self.reg.entities[e];
            let given = || {
                ent.name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| self.lex.first_name_gender(&w.to_lowercase()).is_some())
            };
            ent.person_like() && !ent.org && (ent.token_count() >= 2 || given())
        })
    }

    /// Where the colon after a paragraph's opening label (`HALEY:`, `ALAN BOWERS JR.:`)
    /// is: up to three capitalised words, an abbreviation's dot, and a colon.
    fn label_name(&self, tokens: &[Token]) -> Option<usize> {
        const MAX_WORDS: usize = 3;
        let mut words = 0;
        for (k, t) in tokens.iter().enumerate().take(MAX_WORDS + 2) {
            if t.is_word() && t.quote().is_none() {
                if !t.is_cap() || words == MAX_WORDS {
                    return None;
                }
                words += 1;
            } else if t.is_punct(".") && k > 0 && tokens[k - 1].is_word() {
                continue;
            } else if t.is_punct("(") && words > 0 {
                // `SPOKESMAN KIRBY (JAN. 29):`: a date or party in brackets before the
                // colon.
                const MAX_BRACKET: usize = 6;
                let close = (k + 1..tokens.len().min(k + MAX_BRACKET))
                    .find(|&c| tokens[c].is_punct(")"))?;
                return tokens
                    .get(close + 1)
                    .is_some_and(|t| t.is_punct(":"))
                    .then_some(close + 1);
            } else {
                return (words > 0 && t.is_punct(":")).then_some(k);
            }
        }
        None
    }

    /// The introduced person the label before token `colon` names.
    fn label_entity(&self, tokens: &[Token], colon: usize) -> Option<usize> {
        let name_end = label_name_end(tokens, colon);
        let words: Vec<&str> = tokens[..name_end]
            .iter()
            .filter_map(|t| self.text.get(t.range.clone()))
            .collect();
        self.reg
            .find(&words)
            .map(|e| self.reg.canonical(e))
            .filter(|&e| self.reg.entities[e].person_like())
    }

    /// Gives the quotes of a paragraph that nothing attributed to speaker `e`.
    pub(super) fn give_unattributed(&mut self, quotes: &[(usize, &RawQuote)], e: usize) {
        for &(i, _) in quotes {
            if self.out[i].entity.is_none() {
                self.out[i].entity = Some(e);
                if self.out[i].kind == Some(QuoteKind::Other) {
                    self.out[i].kind = Some(QuoteKind::Direct);
                }
            }
        }
    }

    /// `Gysi setzte sich für Lafontaine ein. Lafontaine solle eine „führende Rolle“
    /// übernehmen`: reported speech about someone other than the person the sentence
    /// before was about is that person's, not the words of whom it is about.
    pub(super) fn reported_about(&self, s: &Sentence<'_>, e: usize) -> bool {
        // (`Datenschützer Brink sieht darin eine Gefahr: Bürger seien „…“`: reported
        // speech only after a colon is what the person before it says, not about them.)
        let colon = s.range.clone().find(|&t| s.tokens[t].is_punct(":"));
        let reported_before = colon.is_none_or(|c| {
            s.tokens[s.range.start..c]
                .iter()
                .any(|t| t.quote().is_none() && t.has(b::REPORTED_SPEECH))
        });
        s.reported
            && reported_before
            && self
                .prev_topic
                .is_some_and(|p| p != e && !self.reg.entities[p].org)
    }

    /// Remembers the first-person quotes of a headline (the first paragraph, or `Label:
    /// „…“`) that nothing attributed; counts down the paragraphs after one.
    pub(super) fn note_headline_quotes(
        &mut self,
        tokens: &[Token],
        sentences: usize,
        any_cue: bool,
        quotes: &[(usize, &RawQuote)],
    ) {
        const LABEL_WORDS: usize = 4;
        const PARAGRAPHS_AFTER: usize = 2;
        let (waiting, left) = &mut self.headline_quotes;
        *left = left.saturating_sub(1);
        if *left == 0 {
            waiting.clear();
        }
        let label_words = tokens
            .iter()
            .filter(|t| t.quote().is_none() && t.is_word())
            .count();
        let labelled = tokens.len() >= 2
            && tokens.last().is_some_and(|t| t.quote().is_some())
            && tokens[tokens.len() - 2].is_punct(":")
            && (1..=LABEL_WORDS).contains(&label_words);
        // `Regierungserklärung zur Haushaltslage` ⏎ `„Wir lassen niemanden allein“` ⏎
        // `Bundeskanzler Scholz hat zugesichert …`: a paragraph that is nothing but one
        // quote heads what follows, like the headline.
        let quote_line = sentences == 1
            && quotes.len() == 1
            && tokens.iter().all(|t| t.quote().is_some() || !t.is_word());
        // (`„profil“: Edith Klestil kritisiert …` ⏎ `Verhalten ihres Ex-Gatten „grauenvoll“`:
        // a one-sentence line under the headline with no dateline is its subtitle.)
        // (Only a line the headline's block goes on with, after one line break: a lead
        // paragraph after a blank line is the body, `Der Besuch gilt als „historisch“`.)
        let subtitle = self.lex.verb_second
            && self.paras == 1
            && self.para_text_start == 0
            && tokens
                .first()
                .is_some_and(|t| self.after_one_line_break(t.range.start));
        let headline = !any_cue
            && (labelled || (sentences == 1 && (self.in_headline || subtitle)) || quote_line);
        if !headline {
            return;
        }
        // `Griechenland: „Europa, laufe in meinen Schuhen …“`: a place labelling the quote
        // is no speaker of first-person words.
        let open = |e: Option<usize>| {
            e.is_none_or(|e| {
                let ent = &self.reg.entities[e];
                labelled && (ent.org || ent.may_be_org())
            })
        };
        // `"Zu früh, um die Regeln zu lockern“` as the whole headline: the words are
        // someone's, whom the text goes on to name, first person or not.
        let whole = label_words == 0 && quotes.len() == 1;
        // `Girls’ Day im Kanzleramt „Seid neugierig!“`, `Mittelstand braucht „tolle
        // Produkte“`: a German headline ending in a quote gives the words of the one its
        // lead is about, whatever their person. (English headlines end in scare quotes
        // and names as often.)
        let last_quote = tokens
            .iter()
            .rev()
            .find(|t| t.is_word() || t.quote().is_some())
            .and_then(Token::quote);
        // (`Verhalten ihres Ex-Gatten bei Regierungsbildung „grauenvoll“ - Lob für …`: so
        // does a subtitle's partial quote, under the headline.)
        // (`Blecha: Nationalratswahl ist „Schicksalswahl“ für Pensionisten`: so does a
        // quote anywhere after a headline's opening label.)
        let label_colon = tokens
            .iter()
            .position(|t| t.quote().is_none() && t.is_punct(":"))
            .filter(|&c| {
                let words = tokens[..c].iter().filter(|t| t.is_word()).count();
                tokens[0].is_cap()
                    && (1..=LABEL_WORDS).contains(&words)
                    && tokens[..c].iter().all(|t| t.quote().is_none())
            });
        // (The label's words: only a person the text names in full with them takes the
        // quote, in `persons_labelling_headlines`; `Wahlrecht: Prammer für
        // „Superwahlsonntag“` names no one so.)
        let label = label_colon.and_then(|c| {
            let words: Vec<&str> = tokens[..c]
                .iter()
                .filter(|t| t.is_word())
                .filter_map(|t| self.text.get(t.range.clone()))
                .collect();
            words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
                .then(|| (c, words.join(" ")))
        });
        // (Not where others in the line have the words, `Kampusch: Ermittler sehen „keine
        // neuen Spuren“`: a role before a plural verb.)
        let after_label = |i: usize| {
            label.as_ref().is_some_and(|(c, _)| {
                let Some(at) = (*c..tokens.len()).find(|&k| tokens[k].quote() == Some(i)) else {
                    return false;
                };
                let others = tokens[*c..at].windows(2).any(|w| {
                    w[0].is_cap()
                        && w[0].lower().is_some_and(|x| self.lex.is_role(x))
                        && w[1].is_word()
                        && !w[1].is_cap()
                        && (w[1].has(b::PLURAL_VERB)
                            || w[1].lower().is_some_and(|v| {
                                self.lex
                                    .plural_pronoun_verb_endings
                                    .iter()
                                    .any(|e| v.ends_with(e.as_str()))
                            }))
                });
                !others
            })
        };
        let closing = |i: usize| {
            self.lex.verb_second
                && (self.in_headline || subtitle)
                && !labelled
                && (last_quote == Some(i) || subtitle || after_label(i))
                && !self.out[i].name
        };
        let first_person: Vec<usize> = quotes
            .iter()
            .filter(|(i, r)| {
                open(self.out[*i].entity)
                    && (whole || closing(*i) || self.first_person_words(r.span.clone()))
            })
            .map(|(i, _)| *i)
            .collect();
        // (The label's person, once the text names them in full, said it: see
        // `persons_labelling_headlines`.)
        if let Some((_, words)) = &label {
            let labelled_quotes = first_person.iter().filter(|&&i| after_label(i));
            self.label_quotes
                .extend(labelled_quotes.map(|&i| (i, words.clone())));
        }
        // (A subtitle's quote inside its sentence is a partial one, `„grauenvoll“`.)
        if subtitle && !quote_line {
            self.subtitle_partials.extend(first_person.iter().copied());
        }
        if !first_person.is_empty() {
            // Counted down at the end of each paragraph, this one's included. (A quote
            // line under the headline, `„…“` ⏎ `…` ⏎ `„…“`, keeps the headline's waiting.)
            let (waiting, left) = &mut self.headline_quotes;
            waiting.extend(first_person);
            *left = PARAGRAPHS_AFTER + 1;
        }
    }

    /// `Volkswagen cut jobs. “…,” the German carmaker said`: a name of capitalised
    /// words and a kind of firm after `the` (`German carmaker`, `Swiss bank`) is the firm
    /// the text named before, not a body of its own.
    pub(super) fn firms_by_kind(&mut self, tokens: &[Token], mentions: &mut [Mention]) {
        if self.lex.capitalised_nouns {
            return;
        }
        for m in mentions.iter_mut() {
            let Some(e) = m.entity.filter(|_| m.kind == MentionKind::Name) else {
                continue;
            };
            // (Checked first: most names follow no article, and the name is split only
            // for those that do.)
            let first = &tokens[m.toks.start];
            if !first.has(b::DETERMINER) || first.has(b::INDEFINITE) {
                continue;
            }
            let name = &self.reg.entities[e].name;
            let words: Vec<&str> = name.split_whitespace().collect();
            let Some((kind, before)) = words.split_last() else {
                continue;
            };
            let shape = !before.is_empty()
                && kind.starts_with(char::is_lowercase)
                && before.iter().all(|w| w.starts_with(char::is_uppercase));
            if !shape {
                continue;
            }
            let kind = kind.to_string();
            if let Some(firm) = self.recent_firm(&kind).filter(|&f| f != e) {
                self.reg.redirect(e, firm);
                m.entity = Some(firm);
            }
        }
    }

    /// Gives waiting headline quotes to the person sentence `s` introduces (see
    /// `headline_person`).
    pub(super) fn name_headline_speaker(&mut self, s: &Sentence<'_>, subjects: &[Option<usize>]) {
        let Some(e) = self.headline_person(s, subjects) else {
            return;
        };
        for q in std::mem::take(&mut self.headline_quotes.0) {
            let label = |x: usize| {
                let ent = &self.reg.entities[x];
                ent.org || ent.may_be_org()
            };
            if self.out[q].entity.is_none_or(label) {
                if let Some(l) = self.out[q].entity {
                    self.passed_labels.push((q, l));
                }
                self.out[q].entity = Some(e);
                self.out[q].heading = true;
                if self.out[q].kind == Some(QuoteKind::Other) {
                    self.out[q].kind = Some(if self.subtitle_partials.contains(&q) {
                        QuoteKind::Partial
                    } else {
                        QuoteKind::Direct
                    });
                }
            }
        }
    }

    /// Whether exactly one line break, and no blank line, stands before byte `at`.
    fn after_one_line_break(&self, at: usize) -> bool {
        let before = self.text.get(..at).unwrap_or("");
        let gap = &before[before.trim_end().len()..];
        gap.matches('\n').count() == 1
    }

    /// `Heute sind wir im Gespräch mit Dr. Dragan Marinkovic`, `Das Gespräch mit Jens
    /// Weidmann führte Rainer Hank`: the person a noun of a talk and its preposition
    /// introduce is the one interviewed, whoever leads the talk. (Not where someone else
    /// a verb of saying has as its subject is the speaker: `Merkel sagte im Gespräch mit
    /// Anne Will`, `In an interview with X, Y said`.)
    fn talk_partner(&self, s: &Sentence<'_>, subjects: &[Option<usize>]) -> Option<usize> {
        let at = s.range.clone().find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.is_interview_noun(w))
                && s.tokens
                    .get(t + 1)
                    .and_then(Token::lower)
                    .is_some_and(|w| self.lex.is_label_preposition(w))
        })?;
        let partner = s
            .mentions
            .iter()
            .find(|m| m.toks.start == at + 2 && m.kind == MentionKind::Name)
            .and_then(|m| m.entity)
            .filter(|&e| self.reg.entities[e].person_like())?;
        let other_speaker = subjects
            .iter()
            .flatten()
            .any(|&e| e != partner && self.reg.entities[e].person_like());
        (!other_speaker).then_some(partner)
    }

    /// The person sentence `s` introduces as a headline's speaker: the one a talk is
    /// with, else the person a verb of saying has as its subject (`In an interview with
    /// Sean Hannity, President Donald Trump said …`), else the first person it names as a
    /// possible subject who is surely a person.
    fn headline_person(&self, s: &Sentence<'_>, subjects: &[Option<usize>]) -> Option<usize> {
        if let Some(e) = self.talk_partner(s, subjects) {
            return Some(e);
        }
        let speaker = subjects.iter().flatten().copied().find(|&e| {
            let ent = &self.reg.entities[e];
            ent.person_like() && ent.token_count() >= 2
        });
        if let Some(e) = speaker {
            return Some(e);
        }
        let names = || {
            s.mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Name && m.subject_capable())
                .filter_map(|m| m.entity)
                .filter(|&e| !self.reg.entities[e].org)
        };
        // (A capitalised heading such as `Statische Strukturen` is no one: the person
        // needs a role, or a known gender or words of their own with a full name.)
        let known = names().find(|&e| {
            let ent = &self.reg.entities[e];
            ent.role.is_some()
                || (ent.name.split_whitespace().count() >= 2 && (ent.gender.is_some() || ent.spoke))
        });
        // (Failing one, a bare surname with words of its own: `betonte Merkel`.)
        known.or_else(|| names().find(|&e| self.reg.entities[e].spoke))
    }

    /// Whether the text in `span` holds a word of the first person (`mich`, `my`).
    pub(super) fn first_person_words(&self, span: Range<usize>) -> bool {
        self.text.get(span).is_some_and(|q| {
            q.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .any(|w| !w.is_empty() && self.lex.first_person_words.contains(&w.to_lowercase()))
        })
    }

    /// The speaker a paragraph-opening sentence without quotes points back to: a speech
    /// verb among its first words with the subject after it (`So kommentierte Trainer X
    /// den Ausgleich.`, `Mit diesen Worten reagierte X …`); the first position holds
    /// something other than the speaker, which refers to the quote before.
    pub(super) fn back_reference(
        &self,
        s: &Sentence<'_>,
        cues: &[Cue],
        subjects: &[Option<usize>],
    ) -> Option<usize> {
        let (c, e) = cues
            .iter()
            .zip(subjects)
            .find_map(|(c, e)| e.map(|e| (c, e)))?;
        // A lower-case verb opening the paragraph continues the sentence before it.
        let continues = c.toks.start == s.range.start && !s.tokens[c.toks.start].is_cap();
        let early = c.is_verb()
            && (c.toks.start > s.range.start || continues)
            && c.toks.start <= s.range.start + 3;
        let subject_after = s
            .mentions
            .iter()
            .any(|m| m.entity == Some(e) && m.toks.start >= c.toks.end);
        let nothing_before = !s
            .mentions
            .iter()
            .any(|m| m.toks.end <= c.toks.start && m.subject_capable());
        (early && subject_after && nothing_before).then_some(e)
    }

    /// A sentence that is nothing but a person's name and what follows its comma (a role,
    /// an affiliation): the signature of a testimonial.
    pub(super) fn signature(&self, s: &Sentence<'_>) -> Option<usize> {
        if s.tokens[s.range.clone()]
            .iter()
            .any(|t| t.quote().is_some())
        {
            return None;
        }
        let m = s.mentions.first()?;
        let signed = m.kind == MentionKind::Name
            && m.toks.start == s.range.start
            && m.toks.len() >= 2
            && (m.toks.end == s.range.end || s.tokens[m.toks.end].is_punct(","));
        m.entity
            .filter(|&e| signed && self.reg.entities[e].person_like())
    }

    /// `„…“ Kulturminister Ostermayer berichtet von seinem Besuch in Cannes.`: a German
    /// verb of saying with a phrase of what it is about (`von`, `über`; lexicon
    /// `topic_prepositions`, not `am Montag`) or a `dass` clause of its own says
    /// that, not the quote before it. (`So begrüßte Sobotka per Video …`, `Das betonte
    /// Merz in seiner Rede`: a sentence that points back to the quote says it.)
    pub(super) fn verb_has_own_topic(
        &self,
        tokens: &[Token],
        c: &Cue,
        range: Range<usize>,
    ) -> bool {
        let first = tokens[range.start].lower();
        let points_back = self.lex.back_reference.iter().any(|p| {
            let whole = p.iter().enumerate().all(|(k, w)| {
                range.start + k < range.end && tokens[range.start + k].lower() == Some(w.as_str())
            });
            // (`So begrüßte`, `Das betonte`: its first word right before the verb.)
            whole || (c.toks.start == range.start + 1 && p.first().map(String::as_str) == first)
        });
        self.lex.verb_second
            && !points_back
            && tokens[c.toks.end..range.end]
                .iter()
                .take_while(|t| t.is_word())
                .any(|t| {
                    t.lower().is_some_and(|w| {
                        self.lex.topic_prepositions.contains(w) || self.lex.is_complementizer(w)
                    })
                })
    }

    /// The speaker a sentence opened by a back-reference phrase names (`Mit diesen Worten
    /// …`, `That was the verdict of …`): the first person named, else its cue's subject.
    pub(super) fn back_reference_opener(
        &self,
        s: &Sentence<'_>,
        subjects: &[Option<usize>],
    ) -> Option<usize> {
        self.back_reference_at(s, s.range.start, subjects)
    }

    /// `„…“` ⏎ `Federica Mogherini, Hohe Vertreterin für Außen- und Sicherheitspolitik`: a
    /// short line that is a person's full name before their office after a comma, or
    /// after a dash, with no verb of saying, signs the quote paragraph above, as under a
    /// pull quote. (A full stop ends such a line only where no verb can stand in it.)
    pub(super) fn signature_line(&self, s: &Sentence<'_>) -> Option<usize> {
        const SIGNATURE_TOKENS: usize = 24;
        let (start, end) = (s.range.start, s.range.end);
        // (A paragraph's opening dash may already stand outside its first sentence.)
        let set_off = start == 1 && s.tokens[0].is_punct("-–—");
        let dash = set_off || s.tokens.get(start).is_some_and(|t| t.is_punct("-–—"));
        let first = if set_off {
            start
        } else {
            start + usize::from(dash)
        };
        let fits = (start == 0 || set_off)
            && end == s.tokens.len()
            && end - start <= SIGNATURE_TOKENS
            && !s.tokens[end - 1].is_punct("!?");
        if !fits {
            return None;
        }
        let m = s.mentions.iter().find(|m| m.toks.start == first)?;
        // (`- Hans Huber: „…“`: a name and a colon label the line's own quote.)
        if s.tokens.get(m.toks.end).is_some_and(|t| t.is_punct(":")) {
            return None;
        }
        // (`Matthias Kirschner, Präsident der Free Software Foundation Europe.`: a full stop
        // may close the line when no verb could stand in it: after the name, nothing but
        // capitalised words and function words, short lower-case runs inside a name. A
        // lower-case role, `Jane Doe, executive director of X.`, is a sentence's rest here.)
        let stop = s.tokens[end - 1].is_punct(".");
        let rest = s.tokens.get(m.toks.end..end - 1).unwrap_or(&[]);
        if stop && !self.verbless(rest) {
            return None;
        }
        // (A name alone, without the office or a dash, may be a section's label:
        // `United Nations` over a news brief.)
        let signs = m.kind == MentionKind::Name
            && m.toks.len() >= 2
            && match s.tokens.get(m.toks.end) {
                Some(t) => t.is_punct(","),
                None => dash,
            };
        m.entity
            .filter(|&e| signs && self.reg.entities[e].person_like())
    }

    /// Whether `tokens` hold no word that could be a verb: capitalised words, articles,
    /// prepositions and conjunctions, and at most two other lower-case words between
    /// capitalised ones (`Freedom of the Press Foundation`).
    fn verbless(&self, tokens: &[Token]) -> bool {
        const NAME_GLUE: usize = 2;
        let function = |t: &Token| t.has(b::DETERMINER | b::PREPOSITION | b::COORDINATOR);
        let mut run = 0;
        for (k, t) in tokens.iter().enumerate() {
            if !t.is_word() || t.is_cap() || function(t) {
                if run > 0 && !t.is_cap() {
                    return false;
                }
                run = 0;
                continue;
            }
            let after_cap = k > run && tokens[k - run - 1].is_cap();
            run += 1;
            if run > NAME_GLUE || !after_cap {
                return false;
            }
        }
        run == 0
    }

    /// `„Wir müssen handeln“ – mit diesen Worten eröffnete Steinmeier die Konferenz`: a
    /// back-reference phrase right after the quotes and a dash or comma that open the
    /// sentence (or follow its dateline) names their speaker in the same sentence.
    pub(super) fn back_reference_after_quotes(
        &self,
        s: &Sentence<'_>,
        subjects: &[Option<usize>],
    ) -> Option<usize> {
        // (`Wien, (OTS) „…“, mit diesen Worten ehrte Stadträtin Renate Brauner …`: the
        // quotes may follow a dateline, capitalised words and punctuation; `Auf den
        // Plakaten steht „…“, mit dieser Botschaft …` has a clause of its own before.)
        const DATELINE_TOKENS: usize = 8;
        let first_quote = s.range.clone().find(|&t| s.tokens[t].quote().is_some())?;
        let dateline = s.tokens[s.range.start..first_quote]
            .iter()
            .all(|t| !t.is_word() || t.is_cap());
        if first_quote - s.range.start > DATELINE_TOKENS || !dateline {
            return None;
        }
        let mut from = first_quote;
        while let Some(q) = (from..s.range.end).find(|&t| s.tokens[t].quote().is_some()) {
            let after = (q..s.range.end).find(|&t| {
                let tok = &s.tokens[t];
                tok.quote().is_none() && !tok.is_punct("-–—,:")
            })?;
            if let Some(e) = self.back_reference_at(s, after, subjects) {
                return Some(e);
            }
            from = after;
        }
        None
    }

    /// The speaker a back-reference phrase starting at token `at` names.
    fn back_reference_at(
        &self,
        s: &Sentence<'_>,
        at: usize,
        subjects: &[Option<usize>],
    ) -> Option<usize> {
        let opens = self.lex.back_reference.iter().any(|p| {
            p.iter()
                .enumerate()
                .all(|(k, w)| at + k < s.range.end && s.tokens[at + k].lower() == Some(w.as_str()))
        });
        if !opens {
            return None;
        }
        // (`Mit dieser Forderung stößt die IG Metall bei Minister Huber auf Granit`: a
        // name after a preposition, or an object, is not who said it; one after `of` or an
        // agent's preposition is: `Such were the words of Sgt. James Arvin`, `diese Worte
        // von Anatolij Kinach`.)
        let authored = |m: &Mention| {
            m.toks.start > s.range.start
                && s.tokens[m.toks.start - 1]
                    .lower()
                    .is_some_and(|w| self.lex.author_prepositions.contains(w))
        };
        s.mentions
            .iter()
            .filter(|m| {
                m.kind == MentionKind::Name && ((!m.after_prep && !m.object) || authored(m))
            })
            .filter_map(|m| m.entity)
            .find(|&e| self.reg.entities[e].person_like())
            .or_else(|| subjects.iter().flatten().next().copied())
    }

    /// `Budgets Slash English Classes for Immigrants`: an English headline in title case
    /// capitalises common words, so a run it alone named (entities from `from` on), that
    /// said nothing there and holds a word the story writes in lower case, is nobody the
    /// story speaks of: `English` or `he` in the story are not that run. (`Nikki Haley`
    /// there is a name.)
    pub(super) fn forget_title_line_runs(&mut self, from: usize, para_start: usize) {
        let named_there = self.reg.entities.len();
        // (The story near the line, not the rest of a long text: a text of many
        // stories has many such lines, and each looks only this far.)
        const STORY_BYTES: usize = 16 * 1024;
        let mut story_end = (para_start + STORY_BYTES).min(self.text.len());
        while !self.text.is_char_boundary(story_end) {
            story_end -= 1;
        }
        let story = &self.text[para_start..story_end];
        let common = |e: usize| {
            self.reg.entities[e].name.split_whitespace().any(|w| {
                let lower = w.to_lowercase();
                lower != w && lower.chars().count() >= LONG_WORD && has_word(story, &lower)
            })
        };
        // (`Secretary Salazar Celebrates Establishment of …`: a run whose first word the
        // story uses, and none of the words after it, is that one word and a verb with
        // its object; the story's `Ken Salazar` is the one meant.)
        let verb_tail = |e: usize| {
            let mut words = self.reg.entities[e].name.split_whitespace();
            let first = words.next().is_some_and(|w| has_word(story, w));
            let mut rest = words.peekable();
            first && rest.peek().is_some() && rest.all(|w| !has_word(story, w))
        };
        let stale = |e: usize| {
            !self.reg.entities[e].spoke
                && Some(e) != self.header_speaker
                && (common(e) || verb_tail(e))
        };
        let forgotten: Vec<usize> = (from..named_there).filter(|&e| stale(e)).collect();
        self.topics.0.retain(|e| !forgotten.contains(e));
        self.persons.0.retain(|e| !forgotten.contains(e));
        for e in forgotten {
            self.reg.forget(e);
        }
    }
}

/// Where a label's name before token `colon` ends: at a bracket, if any (`SPOKESMAN
/// KIRBY (JAN. 29):`), else at the colon.
fn label_name_end(tokens: &[Token], colon: usize) -> usize {
    tokens[..colon]
        .iter()
        .position(|t| t.is_punct("("))
        .unwrap_or(colon)
}
