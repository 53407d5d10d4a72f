//! Quoted names and titles that nobody says: [`Attributor::title_quote`] (after a naming
//! word or an article, `der „Bild am Sonntag“`), the short-quote key that recognises a name
//! quoted again, and quotes of title-case words in running prose. Grouped because each decides
//! that a quote is a name, not speech.

use super::words::{quote_key, title_case};
use super::*;

impl Attributor<'_> {
    /// A quoted name: after a naming word (`Motto`, `titled`), or after an article
    /// (`der „Bild am Sonntag“`, `dem „Handelsblatt“`, `the “Nestbox” line`): a
    /// newspaper, a party, a product. Then its words are in title
    /// case: several capitalised words with at most short lower-case ones between
    /// (`Made in Germany`), or one word that names a body (`Handelsblatt`) — or, in a
    /// language that does not capitalise its nouns, any one capitalised word.
    pub(super) fn title_quote(&self, s: &Sentence<'_>, qt: usize) -> bool {
        // `unter dem Motto „…“`, `a spot titled “…”`, `sogenannte „…“`: named, not said.
        let Some(raw) = self.text.get(s.tokens[qt].range.clone()) else {
            return false;
        };
        // A name has a capital somewhere (`the Queen of Soul`); `den Titel »absolut
        // verdient«` is praise, not a name.
        // (In English a title opens with a capital: `their website “works with Fars”` is
        // what the website does.)
        let capital = |w: &str| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        };
        // (`Laut Roth ist das Programm „ein Erfolg“`: a quote opened by a lower-case
        // indefinite article is what the thing is called by someone, not its name.)
        let predicate = || {
            let first_word: String = raw
                .chars()
                .skip_while(|c| !c.is_alphabetic())
                .take_while(|c| c.is_alphabetic())
                .collect();
            first_word.starts_with(char::is_lowercase) && self.lex.indefinite(&first_word)
        };
        // (`des Nachrichtenmagazins „profil“`: a paper's one-word name may be lower-case
        // after a compound or an inflected form of a word for a paper; `nannte die
        // Zeitung „unseriös“` calls the paper something.)
        let one_word = || {
            raw.trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .all(char::is_alphanumeric)
        };
        let media = || {
            s.tokens[qt - 1].lower().is_some_and(|w| {
                self.lex.is_media_naming_word(w) && !self.lex.is_plain_media_naming_word(w)
            }) && one_word()
        };
        let named = qt > s.range.start
            && s.tokens[qt - 1]
                .lower()
                .is_some_and(|w| self.lex.is_naming_word(w))
            && (raw.split_whitespace().any(capital) || media())
            && (self.lex.capitalised_nouns || capital(raw))
            && !predicate()
            && !self.naming_word_named(s, qt - 1)
            && !self.clause_after_naming_subject(s, qt, raw);
        if named {
            return true;
        }
        // `his latest film, "The Seed of the Sacred Fig,"`: a title in title case may
        // stand in apposition to the naming word.
        // (The cheap tests first: most quotes follow no naming word.)
        let title_case = || {
            raw.split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
                .all(capital)
                && raw.split_whitespace().filter(|w| capital(w)).count() >= 2
        };
        let apposed = !self.lex.capitalised_nouns
            && qt >= s.range.start + 2
            && s.tokens[qt - 1].is_punct(",")
            && s.tokens[qt - 2]
                .lower()
                .is_some_and(|w| self.lex.is_naming_word(w))
            && title_case();
        if apposed {
            return true;
        }
        // `der „Bild“-Zeitung`, `the “Today”-show`: a quote glued to a compound by a
        // hyphen names something.
        let compound = s
            .tokens
            .get(qt + 1)
            .is_some_and(|t| t.is_punct("-‐") && t.range.start == s.tokens[qt].range.end)
            && s.tokens
                .get(qt + 2)
                .is_some_and(|t| t.is_word() && t.range.start == s.tokens[qt + 1].range.end);
        // `im ZDF-„Morgenmagazin“`: so does one glued after a hyphen.
        let glued_after = qt > s.range.start + 1
            && s.tokens[qt - 1].is_punct("-‐")
            && s.tokens[qt - 1].range.end == s.tokens[qt].range.start
            && s.tokens[qt - 2].is_word()
            && s.tokens[qt - 2].range.end == s.tokens[qt - 1].range.start;
        if compound || glued_after {
            return true;
        }
        // `Jeff “T-Bone” Reed`: a quote between a given name and a capitalised word is a
        // nickname.
        let nickname = qt > s.range.start
            && s.tokens[qt - 1].has(b::GIVEN_NAME)
            && s.tokens
                .get(qt + 1)
                .is_some_and(|t| t.is_word() && t.is_cap())
            && !raw.contains(['.', ',', '!', '?', ';', ':']);
        if nickname {
            return true;
        }
        // `NBC's “Meet the Press”`: a name's possessive stands where an article would.
        let after_possessive = qt > s.range.start
            && !self.lex.capitalised_nouns
            && s.tokens[qt - 1].is_cap()
            && s.tokens[qt - 1]
                .lower()
                .is_some_and(|w| crate::extract::speakers::strip_possessive(w) != w);
        let article_at = self.article_before_title(s, qt);
        if article_at.is_none() && !after_possessive {
            return false;
        }
        let article = article_at.unwrap_or(qt - 1);
        // `what he termed the “Three Wounds”`: a name the speaker coins is their words
        // (unlike `sagte dem „Spiegel“`, where the article marks whom they told).
        let coined = article > s.range.start
            && s.tokens[article - 1].has(b::SPEECH)
            && !s.tokens[article]
                .lower()
                .is_some_and(|w| self.lex.recipient_articles.contains(w));
        // (`He also calls President George W. Bush the “Caesar of Washington”`: so is the
        // name a speech verb gives its object.)
        const OBJECT_WORDS: usize = 6;
        let names_object = !self.lex.capitalised_nouns
            && (qt.saturating_sub(OBJECT_WORDS + 2).max(s.range.start)..qt.saturating_sub(2))
                .rev()
                .take_while(|&t| {
                    (s.tokens[t].is_word() || s.tokens[t].is_punct("."))
                        && !s.tokens[t].has(b::PREPOSITION | b::DETERMINER)
                })
                .any(|t| s.tokens[t].has(b::SPEECH));
        if coined || names_object {
            return false;
        }
        let inner = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if inner.is_empty() || inner.contains(['.', ',', '!', '?', ';', ':']) {
            return false;
        }
        let words: Vec<&str> = inner.split_whitespace().collect();
        let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let short_lower = |w: &&str| w.chars().count() <= 3;
        if words.len() > 5 || !words.iter().all(|w| capitalised(w) || short_lower(w)) {
            return false;
        }
        // (`Dort könne die „Raubgeschichte des Nationalsozialismus“ erforscht werden,
        // unterstrich Khol`: in German a noun with its genitive, in a sentence with a verb
        // of saying or in reported speech, is a phrase the speaker used, not a name.
        // (Not with `der`, which also leads the genitive of names: `„Haus der
        // Geschichte“`, `„Tag der Arbeit“`.)
        let genitive_phrase = self.lex.capitalised_nouns
            && words.len() == 3
            && self
                .lex
                .genitive_articles
                .contains(&words[1].to_lowercase())
            && (s.reported
                || s.tokens[s.range.clone()]
                    .iter()
                    .any(|t| t.quote().is_none() && t.has(b::SPEECH)));
        if genitive_phrase {
            return false;
        }
        match words.iter().filter(|w| capitalised(w)).count() {
            0 => false,
            1 => {
                if words.len() > 1 {
                    return false;
                }
                // `sagte dem „Spiegel“`: the one a speech verb addresses is a
                // paper or a broadcaster, not a quoted noun.
                // (`sagte sie dem „Spiegel“`: a pronoun subject may stand between.)
                let verb_at = if qt >= s.range.start + 3 && s.tokens[qt - 2].has(b::PRONOUN) {
                    qt - 3
                } else {
                    qt.saturating_sub(2)
                };
                let addressed = qt >= s.range.start + 2
                    && s.tokens[verb_at].has(b::SPEECH)
                    && s.tokens[qt - 1]
                        .lower()
                        .is_some_and(|w| self.lex.recipient_articles.contains(w));
                let lower = inner.to_lowercase();
                !self.lex.capitalised_nouns || addressed || self.lex.is_org_word(&lower, true)
            }
            _ => true,
        }
    }

    /// The words of a quote of at most a few words, as [`quote_key`] hashes them: only
    /// such a quote is a name that the text may quote again.
    /// (Whether it opens with a capital is part of it: `„Wertlos“-Tweet` names the
    /// tweet, `als „wertlos“` quotes it.)
    pub(super) fn short_quote_key(&self, span: Range<usize>) -> Option<(u64, bool)> {
        const NAME_WORDS: usize = 3;
        let raw = self.text.get(span)?;
        if raw.split_whitespace().count() > NAME_WORDS {
            return None;
        }
        quote_key(raw)
    }

    /// The definite article a quoted name hangs on: right before it (`dem
    /// „Handelsblatt“`), or, in German, before the modifiers of a name
    /// (`die Düsseldorfer „Rheinische Post“`, `der in Düsseldorf erscheinenden
    /// „Rheinischen Post“`), whose last word has an adjective's ending.
    fn article_before_title(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        const MODIFIER_WORDS: usize = 3;
        let article = |t: usize| {
            s.tokens[t].has(b::DETERMINER | b::OBJECT_DET) && !s.tokens[t].has(b::INDEFINITE)
        };
        if qt == s.range.start {
            return None;
        }
        if article(qt - 1) {
            return Some(qt - 1);
        }
        if !self.lex.capitalised_nouns || !self.title_words_only(s, qt) {
            return None;
        }
        // (A capitalised modifier is a place's adjective, `Düsseldorfer`; a lower-case
        // one any adjective or participle, but not a particle such as `aber`.)
        // (`Die Kanzlerin sagte „Vielen Dank“`, `rief der Bürgermeister „Herzlich
        // Willkommen“`: never a verb of saying, a role, or a word of a mention.)
        let in_mention = |t: usize| s.mentions.iter().any(|m| m.toks.contains(&t));
        let adjective = |t: usize| {
            let tok = &s.tokens[t];
            let excluded = tok.has(b::SPEECH | b::QUOTING | b::ROLE) || in_mention(t);
            !excluded
                && tok.lower().is_some_and(|w| {
                    let endings = &self.lex.adjective_oblique;
                    if tok.is_cap() {
                        w.ends_with("er") && endings.iter().any(|e| e == "er")
                    } else {
                        !self.lex.stopwords.contains(w)
                            && endings
                                .iter()
                                .chain(std::iter::once(&self.lex.adjective_nominative))
                                .any(|e| w.ends_with(e.as_str()))
                    }
                })
        };
        if !adjective(qt - 1) {
            return None;
        }
        // (Between the article and the adjective only a place may stand: `in Düsseldorf`.)
        let place = |t: usize| {
            s.tokens[t].has(b::PREPOSITION) || (s.tokens[t].is_cap() && s.tokens[t].is_word())
        };
        (s.range.start.max(qt.saturating_sub(MODIFIER_WORDS + 2))..qt - 1)
            .rev()
            .take_while(|&t| article(t) || place(t))
            .find(|&t| article(t))
    }

    /// A quote of two to four words that all open with a capital, as a name's do
    /// (`„Rheinische Post“`), not a phrase (`„Anlass zur Sorge“`).
    fn title_words_only(&self, s: &Sentence<'_>, qt: usize) -> bool {
        const MAX_WORDS: usize = 4;
        let Some(raw) = self.text.get(s.tokens[qt].range.clone()) else {
            return false;
        };
        let inner = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let words: Vec<&str> = inner.split_whitespace().collect();
        (2..=MAX_WORDS).contains(&words.len())
            && !inner.contains(['.', ',', '!', '?', ';', ':'])
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    }

    /// `dass die Initiative „in keiner Weise die Erweiterung ersetzen soll“`: a naming
    /// noun that is the subject of a `dass` clause, its quote opening in lower case, is
    /// followed by the rest of the clause in someone's words, not by its name.
    fn clause_after_naming_subject(&self, s: &Sentence<'_>, qt: usize, raw: &str) -> bool {
        let lower_opening = raw
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_lowercase);
        // (`Die Ausstellung "ist ein Kommentar zu …"`: a quote opening with a form of
        // `be` goes on the naming noun's clause.)
        let first_word: String = raw
            .chars()
            .skip_while(|c| !c.is_alphabetic())
            .take_while(|c| c.is_alphabetic())
            .collect();
        // (`Die Umfrage „zeigt deutlich, dass …“`: in German a lower-case quote of a
        // clause, with a comma or several words, goes on with the noun's sentence.)
        const CLAUSE_WORDS: usize = 4;
        let clause = self.lex.capitalised_nouns
            && (raw.contains(',') || raw.split_whitespace().count() >= CLAUSE_WORDS);
        lower_opening
            && (self.lex.is_copula(&first_word)
                || clause
                || qt >= s.range.start + 3
                    && s.tokens[qt - 2].has(b::DETERMINER)
                    && s.tokens[qt - 3]
                        .lower()
                        .is_some_and(|w| self.lex.is_complementizer(w)))
    }

    /// `nannte Heribert Prantl in der Süddeutschen Zeitung „legislativen Quasi-Betrug“`:
    /// a naming word after an article and a capitalised word with an adjective's oblique
    /// ending (lexicon `adjective_oblique_endings`) already has its name, so the quote
    /// after it is no title but someone's words.
    fn naming_word_named(&self, s: &Sentence<'_>, at: usize) -> bool {
        self.lex.capitalised_nouns
            && at > s.range.start + 1
            && s.tokens[at - 1].is_word()
            && s.tokens[at - 1].is_cap()
            && !s.tokens[at - 1].has(b::DETERMINER | b::OBJECT_DET | b::PREPOSITION)
            && s.tokens[at - 2].has(b::DETERMINER | b::OBJECT_DET)
            && s.tokens[at - 1].lower().is_some_and(|w| {
                self.lex
                    .adjective_oblique
                    .iter()
                    .any(|e| w.ends_with(e.as_str()))
            })
    }

    /// `Coldplay opened the show with "Viva la Vida" and "Paradise".`: in a language
    /// that does not capitalise its nouns, a short quote in title case inside a sentence
    /// without any cue is a title or a name, not words of the person the text is about.
    pub(super) fn uncued_title(&self, s: &Sentence<'_>, qt: usize) -> bool {
        const MAX_TITLE_WORDS: usize = 4;
        if self.lex.capitalised_nouns || qt == s.range.start {
            return false;
        }
        let Some(raw) = self.text.get(s.tokens[qt].range.clone()) else {
            return false;
        };
        let inner = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if inner.is_empty() || inner.contains(['.', ',', '!', '?', ';', ':']) {
            return false;
        }
        // (`… Nuke Test a 'Big Threat'`: in a title-case headline every word has a
        // capital, so the capitals say nothing.)
        if self.in_headline && title_case(&s.tokens[s.range.clone()]) {
            return false;
        }
        let words: Vec<&str> = inner.split_whitespace().collect();
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        words.len() <= MAX_TITLE_WORDS
            && words.first().is_some_and(|w| capitalised(w))
            && words.last().is_some_and(|w| capitalised(w))
            && words
                .iter()
                .all(|w| capitalised(w) || w.chars().count() <= 3)
    }
}
