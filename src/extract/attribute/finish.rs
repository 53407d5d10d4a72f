//! Passes after the document walk: [`Attributor::finish`] and the rules that need the whole
//! document (party short names as labels, persons labelling headlines, recurring quoted
//! names), plus the printed speech's header and self-introductions and headline quotes
//! repeated later. Grouped because they run once over all quotes rather than per sentence.

use super::words::{fills_its_line, lower_words, quote_key};
use super::*;

impl Attributor<'_> {
    /// Gives unattributed pieces of a multi-paragraph quote the speaker of the next
    /// piece, and an unattributed quote that a later paragraph quotes again with a
    /// speaker that speaker.
    pub fn finish(&mut self, raws: &[RawQuote]) {
        self.party_labels_to_persons();
        self.persons_labelling_headlines();
        self.repeated_quotes(raws);
        self.header_speech(raws);
        self.self_introduced(raws);
        self.recurring_names(raws);
        for i in (0..raws.len().saturating_sub(1)).rev() {
            // A piece with no cue of its own takes the speaker the quote's last piece
            // names, over the previous paragraph's speaker it may have inherited; not
            // over one a quote before it in its own paragraph was cued to (`“…,”
            // Kempthorne said. “Ground will be broken …` ⏎ `“…,” said Bomar`).
            let next = self.out[i + 1].entity;
            let cued_here = (0..i)
                .rev()
                .take_while(|&j| raws[j].para == raws[i].para)
                .any(|j| self.out[j].cue.is_some() && self.out[j].entity == self.out[i].entity);
            if raws[i].runs_on && self.out[i].cue.is_none() && next.is_some() && !cued_here {
                self.out[i].entity = next;
                if self.out[i].entity.is_some() && self.out[i].kind == Some(QuoteKind::Other) {
                    self.out[i].kind = Some(QuoteKind::Direct);
                }
            }
        }
    }

    /// `VP-Walter: „…“` above `Der Landesgeschäftsführer der ÖVP Wien, Stadtrat Norbert
    /// Walter: „…“`: a party's short name (lexicon `party_short_names`) or a body's
    /// acronym (`GPA-Hebenstreit`) joined to a word is a label for the one person the text
    /// names in full with that surname. (`SPD-Basis` stays what it is: no `… Basis` is a
    /// person. A language without party short names writes no such labels.)
    fn party_labels_to_persons(&mut self) {
        if self.lex.party_short_names.is_empty() {
            return;
        }
        let joined: Vec<(usize, String)> = (0..self.reg.entities.len())
            .filter(|&e| self.reg.canonical(e) == e)
            .filter_map(|e| {
                let ent = &self.reg.entities[e];
                if ent.org || ent.name.contains(' ') {
                    return None;
                }
                // (`PRO-GE-Hebenstreit`, `VP-Mikl-Leitner`: the label is the leading run of
                // short names; the rest, hyphens and all, is the surname.)
                let parts: Vec<&str> = ent.name.split('-').collect();
                let label = parts
                    .iter()
                    .take_while(|p| {
                        self.lex.party_short_names.contains(&p.to_lowercase()) || is_acronym(p)
                    })
                    .count();
                (label > 0 && label < parts.len()).then(|| (e, parts[label..].join("-")))
            })
            .collect();
        if joined.is_empty() {
            return;
        }
        let by_surname = persons_by_surname(&self.reg);
        let merges: Vec<(usize, usize)> = joined
            .iter()
            .filter_map(
                |(e, rest)| match by_surname.get(rest.as_str()).map(Vec::as_slice) {
                    Some(&[p]) => Some((*e, p)),
                    _ => None,
                },
            )
            .collect();
        for &(e, p) in &merges {
            self.reg.redirect(e, p);
        }
        // (The passes after this one compare quotes' entities as given, so one sweep
        // gives them the person too.)
        if !merges.is_empty() {
            for a in &mut self.out {
                if let Some(&(_, p)) = merges.iter().find(|(e, _)| a.entity == Some(*e)) {
                    a.entity = Some(p);
                }
            }
        }
    }

    /// `Mursch-Edlmayr: „Unsere Demokratie ist unerschütterlich“` over `Die Apotheker
    /// Österreichs verurteilen …`: a one-word label may be a place (`Griechenland:`), so
    /// its first-person quote waited for the person the lead names. Where the text later
    /// gives the label's name in full (`sagt Präsidentin Ulrike Mursch-Edlmayr`), the
    /// label was that person all along.
    fn persons_labelling_headlines(&mut self) {
        for &(q, l) in &self.passed_labels {
            let l = self.reg.canonical(l);
            let ent = &self.reg.entities[l];
            let person = !ent.org && !ent.term && ent.token_count() >= 2;
            let a = &mut self.out[q];
            if a.heading && person && a.entity.is_some_and(|e| self.reg.canonical(e) != l) {
                a.entity = Some(l);
            }
        }
        // (`Blecha: Nationalratswahl ist „Schicksalswahl“ für Pensionisten` over a lead
        // about Hannes Bauer: a quote inside the labelled headline is the label's.)
        if self.label_quotes.is_empty() {
            return;
        }
        // (Looked up once: a transcript may hold many labels.)
        let by_surname = persons_by_surname(&self.reg);
        for (q, words) in &self.label_quotes {
            let last = words.split_whitespace().last().unwrap_or_default();
            let suffix = format!(" {words}");
            let named: Vec<usize> = by_surname
                .get(last)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&e| {
                    let name = &self.reg.entities[e].name;
                    *name == *words || name.ends_with(&suffix)
                })
                .collect();
            if let [p] = named[..] {
                let a = &mut self.out[*q];
                a.entity = Some(p);
                if a.kind == Some(QuoteKind::Other) {
                    a.kind = Some(QuoteKind::Partial);
                }
            }
        }
    }

    /// `„Licht ins Dunkel“` five times in one release, `"Politik im Freien Theater"`
    /// three times: a few words quoted alike three times or more, where no verb of
    /// saying cues them, are a name the text keeps using (a campaign, a festival, a
    /// show), not anyone's words.
    fn recurring_names(&mut self, raws: &[RawQuote]) {
        const MAX_WORDS: usize = 5;
        const MIN_TIMES: usize = 3;
        // (A sentence, `„Nein.“` under a speaker's label three times, is words; so is a
        // clause a comma closes.)
        let keys: Vec<Option<u64>> = raws
            .iter()
            .map(|r| {
                // (Cheap tests first: most quotes are longer than a name.)
                const MAX_BYTES: usize = 96;
                let raw = self.text.get(r.span.clone()).unwrap_or("");
                if raw.len() > MAX_BYTES || r.runs_on || r.continues {
                    return None;
                }
                let sentence = raw
                    .trim_end_matches(|c: char| !c.is_alphanumeric() && !".!?".contains(c))
                    .ends_with(['.', '!', '?', ',']);
                if sentence || raw.split_whitespace().nth(MAX_WORDS).is_some() {
                    return None;
                }
                quote_key(raw).map(|(k, _)| k)
            })
            .collect();
        let mut times: HashMap<u64, usize> = HashMap::new();
        for k in keys.iter().flatten() {
            *times.entry(*k).or_default() += 1;
        }
        // (One a verb of saying cues stays its speaker's: `„Wir kommen voran“, sagte Roth`.)
        for (a, k) in self.out.iter_mut().zip(&keys) {
            let named = a.cue.is_none()
                && k.and_then(|k| times.get(&k))
                    .is_some_and(|&n| n >= MIN_TIMES);
            if named {
                *a = Attribution {
                    kind: Some(QuoteKind::Other),
                    name: true,
                    ..Attribution::default()
                };
            }
        }
    }

    /// `Gedenkveranstaltung: Rede von Nationalratspräsidentin Doris Bures`, `Kernaussagen
    /// der Rede des Kommissionspräsidenten Juncker`: the person after a speech noun and
    /// `von`/`des`/`by`/`of` in the header.
    pub(super) fn speech_header(&mut self, s: &Sentence<'_>) -> Option<usize> {
        // `Secretary Panetta's Statement on the US Army's Birthday`: a person's
        // possessive before the speech noun names its speaker too.
        let owned = s.range.clone().find_map(|t| {
            let noun = s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.speech_nouns.contains(w));
            noun.then(|| {
                s.mentions
                    .iter()
                    // (A known name's mention takes in the text it issues.)
                    .filter(|m| m.kind == MentionKind::Name && m.toks.start < t && t <= m.toks.end)
                    .filter(|m| {
                        let form = self.text.get(m.text.clone()).unwrap_or("");
                        crate::extract::speakers::strip_possessive(form) != form
                    })
                    .filter_map(|m| m.entity)
                    .find(|&e| {
                        let ent = &self.reg.entities[e];
                        !ent.org && ent.person_like()
                    })
            })
            .flatten()
        });
        if owned.is_some() {
            return owned;
        }
        let at = s.range.clone().find(|&t| {
            s.tokens[t]
                .lower()
                .is_some_and(|w| self.lex.speech_nouns.contains(w))
                && s.tokens.get(t + 1).is_some_and(|n| {
                    n.has(b::AGENT | b::GENITIVE_ARTICLE)
                        || n.lower().is_some_and(|w| self.lex.affiliation.contains(w))
                })
        })?;
        // (`A Statement from the NIH Director, Elias A. Zerhouni`.)
        let near = |m: &Mention| m.toks.start > at && m.toks.start <= at + 7;
        let named = s
            .mentions
            .iter()
            .filter(|m| near(m))
            .filter(|m| {
                matches!(
                    m.kind,
                    MentionKind::Name | MentionKind::Description { org: false, .. }
                )
            })
            .filter_map(|m| m.entity)
            .find(|&e| {
                let ent = &self.reg.entities[e];
                !ent.org && ent.person_like()
            });
        if named.is_some() {
            return named;
        }
        // `Erklärung des Generalsekretärs zum Anschlag`: a role right after the noun
        // names the speaker when no name does, whoever holds it.
        let role = s.mentions.iter().position(|m| {
            near(m)
                && m.toks.start <= at + 2
                && m.entity.is_none()
                && matches!(
                    m.kind,
                    MentionKind::Description {
                        definite: true,
                        org: false,
                        ..
                    }
                )
        })?;
        self.resolve(s, role)
    }

    /// Whether the quote in `span` opens by naming its speaker (`“My name is …`), which
    /// tells more than any paragraph before it.
    pub(super) fn opens_with_self_introduction(&self, span: Range<usize>) -> bool {
        // (`“I’m here for …`: a name, capitalised, must follow.)
        self.text
            .get(span)
            .and_then(|q| self.self_introduction(q))
            .is_some_and(|rest| rest.trim_start().starts_with(char::is_uppercase))
    }

    /// The text after a self-introduction opening quote `q` (`My name is`, `This is`).
    fn self_introduction<'q>(&self, q: &'q str) -> Option<&'q str> {
        let body = q.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lower: String = body.chars().take(24).collect::<String>().to_lowercase();
        let intro = self.lex.self_introductions.iter().find(|p| {
            lower
                .strip_prefix(p.as_str())
                .is_some_and(|r| r.starts_with(' '))
        })?;
        // (The introduction's length in the original: lower-casing keeps these ASCII and
        // apostrophe openings the same length.)
        Some(body.get(intro.len()..).unwrap_or(""))
    }

    /// `“My name is Edwin Dorzon. I’m calling to congratulate …”`: a quote nothing else
    /// attributed, opening with a self-introduction and a full name, is that person's.
    fn self_introduced(&mut self, raws: &[RawQuote]) {
        const MIN_WORDS: usize = 2;
        const MAX_WORDS: usize = 4;
        if self.lex.self_introductions.is_empty() {
            return;
        }
        for (i, r) in raws.iter().enumerate() {
            if self.out[i].entity.is_some() || self.out[i].cue.is_some() || self.out[i].name {
                continue;
            }
            let Some(q) = self.text.get(r.span.clone()) else {
                continue;
            };
            let Some(rest) = self.self_introduction(q) else {
                continue;
            };
            let mut words: Vec<&str> = Vec::new();
            let mut closed = false;
            for w in rest.split_whitespace().take(MAX_WORDS) {
                let bare = w.trim_end_matches([',', '.']);
                if !bare.starts_with(char::is_uppercase) || bare.chars().any(char::is_numeric) {
                    break;
                }
                words.push(bare);
                if bare.len() < w.len() {
                    closed = true;
                    break;
                }
            }
            if !closed || !(MIN_WORDS..=MAX_WORDS).contains(&words.len()) {
                continue;
            }
            let e = self.reg.register_person(&words);
            self.out[i].entity = Some(e);
            if self.out[i].kind == Some(QuoteKind::Other) {
                self.out[i].kind = Some(QuoteKind::Direct);
            }
        }
    }

    /// Gives the quotes nothing else attributed to the speaker of a printed speech.
    fn header_speech(&mut self, raws: &[RawQuote]) {
        let Some(e) = self.header_speaker else {
            return;
        };
        // (A quote after an article in the header itself, `Regarding the “… Act of
        // 2006”`, is a title.)
        let header_para = raws.iter().map(|r| r.para).min();
        let text = self.text;
        let lex = self.lex;
        let titled = |r: &RawQuote| {
            Some(r.para) == header_para
                && text
                    .get(..r.span.start)
                    .and_then(|b| b.split_whitespace().next_back())
                    .is_some_and(|w| lex.determiners.contains(w.to_lowercase().as_str()))
        };
        for (a, r) in self.out.iter_mut().zip(raws) {
            if a.entity.is_none() && a.cue.is_none() && !a.name && !titled(r) {
                a.entity = Some(e);
                if a.kind == Some(QuoteKind::Other) {
                    a.kind = Some(QuoteKind::Direct);
                }
            }
        }
    }

    /// `Russland: Eine “Ethische Revolution”` ⏎ `Klimov beschreibt das Ereignis als eine
    /// “ethische Revolution”`: a headline's quote left without a speaker, whose words
    /// come back within the next quotes of a later paragraph with a speaker, is that
    /// speaker's.
    fn repeated_quotes(&mut self, raws: &[RawQuote]) {
        const LOOK_AHEAD: usize = 24;
        // (`„Das weiß ich aus meiner Zeit als Wissenschaftlerin“` on a line of its own,
        // the paragraph below ending on the same words with a speaker: a pull quote, whose
        // speaker is that one, not whoever spoke before it.)
        let text = self.text;
        let pull = |r: &RawQuote| fills_its_line(text, &r.span);
        let open = |a: &Attribution, r: &RawQuote| {
            (a.entity.is_none() || a.heading || pull(r)) && a.cue.is_none() && !a.name && !r.runs_on
        };
        if !self.out.iter().zip(raws).any(|(a, r)| open(a, r)) {
            return;
        }
        // Each quote's words, lower-cased, as one hash: worked out once, when first
        // needed, no allocation. (Only quotes about as long as an open one are compared:
        // the same words differ in length by their marks at most.)
        const MARK_BYTES: usize = 8;
        let mut memo: Vec<Option<Option<(u64, bool)>>> = vec![None; raws.len()];
        let mut key = |k: usize| {
            *memo[k].get_or_insert_with(|| quote_key(text.get(raws[k].span.clone()).unwrap_or("")))
        };
        for i in 0..raws.len() {
            if !open(&self.out[i], &raws[i]) {
                continue;
            }
            // A lone capitalised word (`'Ergenekon'`) is a name, whoever says it later.
            // (`Freed Terrorism Suspect Feels 'Victimized' by Australia`: unless the
            // headline only capitalised it, as the body's lower-case quote shows.)
            let Some((k, capitalised)) = key(i) else {
                continue;
            };
            if capitalised && raws[i].para != 0 {
                continue;
            }
            let len = raws[i].span.len();
            let later = (i + 1..raws.len().min(i + 1 + LOOK_AHEAD)).find(|&j| {
                raws[j].para > raws[i].para
                    && self.out[j].entity.is_some()
                    && raws[j].span.len().abs_diff(len) <= MARK_BYTES
                    && key(j).is_some_and(|(kj, cj)| kj == k && !(capitalised && cj))
            });
            if capitalised && later.is_none() {
                continue;
            }
            // `… Tells VOA N. Korea Nuke Test a 'Big Threat'` ⏎ `… is “a big threat, not only
            // to Japan …”, according to Onodera`: a headline quotes a piece of the words it
            // reports.
            let whole = later.is_some();
            let later = later.or_else(|| {
                // (Headlines only: the words are worked out for those alone.)
                if raws[i].para != 0 {
                    return None;
                }
                let part = lower_words(self.text.get(raws[i].span.clone()).unwrap_or(""));
                // (A lone word only if it is no short common one: `… turns 'soupy'` ⏎
                // `“soupy looking,” as Bohl described`.)
                const LONE_WORD: usize = 5;
                let telling =
                    part.len() >= 2 || part.first().is_some_and(|w| w.chars().count() >= LONE_WORD);
                telling
                    .then(|| {
                        (i + 1..raws.len().min(i + 1 + LOOK_AHEAD)).find(|&j| {
                            self.out[j].entity.is_some()
                                && lower_words(self.text.get(raws[j].span.clone()).unwrap_or(""))
                                    .windows(part.len())
                                    .any(|w| w == part.as_slice())
                        })
                    })
                    .flatten()
            });
            if let Some(j) = later {
                self.out[i].entity = self.out[j].entity;
                self.out[i].kind = if whole {
                    self.out[j].kind
                } else {
                    Some(QuoteKind::Partial)
                };
            }
        }
    }
}

/// `GPA`, `PRO`, `ÖGB`: a word of two or more letters, all capitals, as a body's short
/// name is written.
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(char::is_uppercase)
}

/// The people the text names in full (two words or more), by their last word: a label's
/// surname finds them.
fn persons_by_surname(reg: &Registry) -> HashMap<&str, Vec<usize>> {
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    for (e, ent) in reg.entities.iter().enumerate() {
        if reg.canonical(e) != e || ent.org || ent.term || ent.token_count() < 2 {
            continue;
        }
        if let Some(last) = ent.name.split_whitespace().last() {
            by_surname.entry(last).or_default().push(e);
        }
    }
    by_surname
}
