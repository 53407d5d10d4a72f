//! Attribution: which mention is the speaker of each quote.
//!
//! The document is walked once, paragraph by paragraph and sentence by
//! sentence. For each cue the subject is found by word order (see
//! [`Attributor::subject_of`]); each quote takes the nearest cue of its
//! sentence that has a subject. Pronouns and descriptions resolve against a
//! bounded window of recent mentions (salience), never by scanning back to the
//! document start, so the walk stays linear.

use super::cues::{self, Cue, CueKind};
use super::kind::classify;
use super::lang::{bits as b, Lexicon, Referent, ADJECTIVE_ENDINGS};
use super::names::{self, Mention, MentionKind};
use super::sentences;
use super::spans::RawQuote;
use super::speakers::{strip_possessive, Entity, Registry};
use super::tokens::{is_alphanumeric, tokenize_into, Token, Vocab};
use super::QuoteKind;
use std::collections::{HashMap, VecDeque};
use std::ops::Range;

/// How many recent mentions pronouns and descriptions may look back to.
const WINDOW: usize = 24;
/// Paragraphs that may be the headline, a dateline and the lead.
const LEAD_PARAGRAPHS: usize = 2;
/// Most tokens a role phrase set off by commas before its verb may span.
const MAX_APPOSITION: usize = 12;

/// The outcome for one quote.
#[derive(Debug, Clone, Default)]
pub struct Attribution {
    pub entity: Option<usize>,
    pub cue: Option<Range<usize>>,
    pub kind: Option<QuoteKind>,
    /// A quoted name (`der „Bild am Sonntag“`), which nobody says.
    pub name: bool,
    /// Given by the heading rule (the person the text names next), which the same words
    /// quoted again later with a speaker override.
    pub heading: bool,
}

/// A bounded most-recent-first list of entities.
#[derive(Debug, Default)]
struct Recent(VecDeque<usize>);

impl Recent {
    fn push(&mut self, id: usize) {
        // `push` is the only way in, so no entity is listed twice: removing
        // its one entry (none to move when it is already first) is a retain.
        match self.0.iter().position(|&x| x == id) {
            Some(0) => return,
            Some(at) => {
                self.0.remove(at);
            }
            None => {}
        }
        self.0.push_front(id);
        self.0.truncate(WINDOW);
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().copied()
    }
}

pub struct Attributor<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    /// The document's words, each worked out once.
    vocab: Vocab<'a>,
    /// German lower-case words with an adjective's ending and the capitalised word right
    /// after them, over the whole text (`freie Software`): the same pair capitalised is a
    /// term, not a name.
    adjective_nouns: foldhash::HashSet<(&'a str, &'a str)>,
    /// The lower-case adjectives of [`Self::adjective_nouns`], to look one up alone.
    adjectives: foldhash::HashSet<&'a str>,
    /// German capitalised words with an adjective's ending before a capitalised word
    /// (`Freier Software`), to find a name's first word declined elsewhere.
    /// (Built on first use: few texts ever need it.)
    capitalised_pairs: std::cell::OnceCell<foldhash::HashSet<(&'a str, &'a str)>>,
    /// The previous paragraph's tokens and quote spans, kept for their memory: a
    /// paragraph reuses them rather than allocating its own.
    token_buf: Vec<Token>,
    span_buf: Vec<(usize, Range<usize>)>,
    pub reg: Registry,
    /// Recent subjects and speakers, people and bodies: what `er`/`he`/`they` points to.
    topics: Recent,
    /// Recent person mentions in any position: what `der Staatschef` may point to.
    persons: Recent,
    /// Recent organisations, and those that spoke: what `die Erklärung` points to.
    orgs: Recent,
    org_speakers: Recent,
    /// Bodies that opened a sentence as its subject (`Die Kommission weist … zurück`):
    /// the likely issuer of a text named later, before a body merely mentioned.
    org_subjects: Recent,
    /// Speaker of the last quote of the previous paragraph, when it closed that paragraph.
    prev_para_last: Option<usize>,
    /// The named person the last sentence of a quote-less paragraph opens with, who
    /// speaks a first-person quote paragraph after it that nothing else attributes.
    prev_para_statement: Option<usize>,
    /// The person a paragraph of one English sentence introduced by what they are
    /// (`Alfred Allotey is a cocoa storage manager …`), who speaks the quote paragraph
    /// after it.
    prev_para_intro: Option<usize>,
    /// The first person a quote-less paragraph names, when it names them again in a
    /// later sentence: whom the paragraph is about.
    prev_para_protagonist: Option<usize>,
    /// Whether the previous paragraph ended in a colon (announcing what follows).
    prev_para_colon: bool,
    /// `…, so Merkel.` ⏎ `Kräfte der Bundeswehr seien vor Ort aktiv. „Ich danke …“`:
    /// the previous paragraph's speaker, while the paragraph so far is reported speech
    /// with no cue, which goes on with them.
    reported_lead: Option<usize>,
    /// Descriptions that named nobody yet (`the judge`), waiting for a later name
    /// with that role (`Judge Alan Whitcombe`): (placeholder entity, modifiers, head).
    pending: VecDeque<(usize, Vec<String>, String)>,
    /// The person the previous sentence of this paragraph was about (cue-less reported
    /// speech continues it; an unmatched `die Biologin` refers to it).
    prev_topic: Option<usize>,
    /// Quotes of the previous paragraph when it held nothing but quotes and no cue: a
    /// following `So kommentierte X …` / `Mit diesen Worten …` names their speaker.
    orphans: Vec<usize>,
    /// Quotes of the previous paragraph when it was a feed item's title line, a quote and
    /// a date (`„…“ (Thu, 29 Feb 2024)`): failing a cue, the first person the teaser
    /// after it names said them.
    feed_titles: Vec<usize>,
    /// A headline's quotes in the first person that nothing attributed (`Palästina: „Ich
    /// habe Angst vor dem Meer“`), with the paragraphs left to name their speaker: the
    /// first person a sentence there has as its subject said them.
    headline_quotes: (Vec<usize>, usize),
    /// `Seibert zu den Ereignissen in Chemnitz`: the person a headline gives the floor to
    /// on a topic, who speaks the quote paragraph after it.
    headline_topic: Option<usize>,
    /// The paragraph whose line set `headline_topic` (the headline, or a subheading).
    headline_topic_para: usize,
    /// The speaker the previous paragraph's last sentence was about (see `paragraph`).
    last_para_topic: Option<usize>,
    /// The person whose label line (`John Major, britischer Premierminister, Die Zeit,
    /// 6. Juli 1990`) the previous paragraph was: in a list of voices it heads the quote
    /// paragraph under it.
    label_above: Option<usize>,
    /// Headline quotes the heading rule gave away from their one-word label, with that
    /// label (`Müller: „…“`, possibly a place): it wins back if the text shows it a
    /// person. (Kept apart: few quotes have one, and every quote's record stays small.)
    passed_labels: Vec<(usize, usize)>,
    /// Short quotes the text has shown to be names (`des Nachrichtenmagazins „profil“`),
    /// by their words: the same words quoted again name the same thing (`gegenüber
    /// „profil“`).
    named_titles: Vec<(u64, bool)>,
    /// Whether a label line has signed the quote paragraph above it: the document puts
    /// its labels under the quotes, so a label heads none.
    labels_below: bool,
    /// Where the paragraph's text starts after a label or dateline (`Straßburg,
    /// 15.07.2016 – „…“`), which leaves a quote after it as bare as one opening it.
    para_text_start: usize,
    /// The speaker whose reported speech, without a quote, the last sentence of the
    /// paragraph before went on (`…, so Buzek. Er werde alles tun.`): reported speech
    /// opening the next paragraph is still theirs.
    prev_para_reported_tail: Option<usize>,
    /// The person a header names as giving the speech the document prints
    /// (`Rede von Nationalratspräsidentin Doris Bures`).
    header_speaker: Option<usize>,
    /// Who spoke in the last sentence that named a text (`In a statement, he said …`),
    /// with the paragraph count then: a later `the statement said` is theirs.
    doc_issuer: Option<(usize, usize)>,
    /// The sentence (serial) that last named a text with a known issuer.
    doc_sentence: usize,
    /// The author the text last named for a text (`a new World Bank report`): a later
    /// `the report stated`, paragraphs on, is theirs before any body that merely opened
    /// a sentence.
    text_author: Option<(usize, String)>,
    /// Paragraphs seen so far.
    paras: usize,
    /// The named person opening the previous sentence of this paragraph, which had no
    /// cue and no quote (`But Nancy Sahli does.`).
    prev_introduced: Option<usize>,
    /// The one person the last sentence, without cue or quote, named first (English).
    prev_newcomer: Option<usize>,
    /// The last body the previous sentence named, in any position.
    prev_org: Option<usize>,
    /// The body opening the sentence before as its subject (`The BBC apologised.`),
    /// what a following `it` or `they` means before any older topic.
    prev_org_subject: Option<usize>,
    /// A bare one-word name opening the sentence before as its subject (`Morozow wurde
    /// festgenommen.`): what `er`/`he` means when no known person fits.
    prev_bare_subject: Option<usize>,
    /// The persons the sentence before named, in any position.
    prev_persons: Vec<usize>,
    /// The last two persons named together (`Rößner und Khan`), and the sentence that
    /// named them: whom `die beiden Abgeordneten` goes back to.
    last_pair: Option<(usize, usize, usize)>,
    /// The group of people opening the sentence before as its subject (`Researchers
    /// measured …`), what a following plural pronoun means.
    prev_group: Option<usize>,
    /// Persons the sentence before named only off its subject (`Kritik kam von Markus
    /// Huber.`), when it had no person as subject: what a pronoun next means first.
    prev_oblique: Vec<usize>,
    /// What the subject of the sentence before may refer to (its gender, or its
    /// pronoun's referents) and the persons it named besides (`Sie habe das dem Chef
    /// Bernd Klein gemeldet.` ⏎ `Er habe ihr geantwortet`): when the subject does not
    /// fit a pronoun, one of the others whose gender surely does is meant.
    prev_subject_refs: Vec<Referent>,
    prev_objects: Vec<usize>,
    /// The body an unnamed spokesperson spoke for (`according to a spokesman for the
    /// ministry`), with the serial number of its sentence: the `he` of the next
    /// sentence is that spokesperson, who speaks for it.
    spokes_body: Option<(usize, usize)>,
    /// Serial number of the sentence being read, across paragraphs.
    sentence_serial: usize,
    /// The sentence being read opens its paragraph.
    para_opening: bool,
    /// A paragraph label (`HALEY:`) has named a person the text introduced: the
    /// document is a transcript.
    transcript: bool,
    /// Speaker of the quote in the previous paragraph's last sentence.
    prev_para_quoted: Option<usize>,
    /// The exchange of a scene told in dialogue lines (paragraphs opening with a quote):
    /// who spoke the last line, whether it asked something, and who spoke before them.
    dialogue: Dialogue,
    /// This paragraph opens with a transcript's speaker label (`HALEY:`).
    labelled: bool,
    /// The person a printed interview's last question addressed (`Frage: Herr Roth, …`).
    interviewee: Option<usize>,
    /// This paragraph is an interview answer (`Antwort: …`): its `ich` is the interviewee.
    in_answer: bool,
    /// The person a transcript's last speaker label gave the floor to, whose speech
    /// goes on in the unlabelled paragraphs after it.
    floor: Option<usize>,
    /// The person a paragraph opened by addressing (`Herr Abgeordneter Bürstmayr, Sie
    /// wissen …`), whom a formal `Sie` or `Ihnen` later means.
    addressee: Option<usize>,
    /// This paragraph is the headline: the first one, without a full stop.
    in_headline: bool,
    /// The first entity a line in English title case at the top registered (see
    /// `title_case`), until the next paragraph forgets what it named.
    title_line_from: Option<usize>,
    pub out: Vec<Attribution>,
}

/// Per-sentence working state.
struct Sentence<'s> {
    tokens: &'s [Token],
    range: Range<usize>,
    mentions: Vec<Mention>,
    /// Subjects resolved in this sentence so far, in order.
    subjects: Vec<usize>,
    /// Entities from this index on were first named in this sentence.
    new_from: usize,
    /// Reported speech without a cue (`Der Zeuge habe … verlassen.`): its subject is
    /// what someone said it did, not a topic of its own.
    reported: bool,
}

impl<'a> Attributor<'a> {
    pub fn new(lex: &'a Lexicon, text: &'a str, quotes: usize) -> Self {
        let adjective_nouns = adjective_noun_pairs(lex, text, false);
        Attributor {
            lex,
            text,
            vocab: Vocab::new(lex),
            adjectives: adjective_nouns.iter().map(|&(a, _)| a).collect(),
            adjective_nouns,
            capitalised_pairs: std::cell::OnceCell::new(),
            token_buf: Vec::new(),
            span_buf: Vec::new(),
            reg: Registry::default(),
            topics: Recent::default(),
            persons: Recent::default(),
            orgs: Recent::default(),
            org_speakers: Recent::default(),
            org_subjects: Recent::default(),
            prev_para_last: None,
            prev_para_statement: None,
            prev_para_intro: None,
            prev_para_protagonist: None,
            prev_para_colon: false,
            reported_lead: None,
            pending: VecDeque::new(),
            transcript: false,
            prev_para_quoted: None,
            dialogue: Dialogue::default(),
            addressee: None,
            labelled: false,
            prev_topic: None,
            interviewee: None,
            in_answer: false,
            floor: None,
            in_headline: false,
            title_line_from: None,
            orphans: Vec::new(),
            feed_titles: Vec::new(),
            headline_quotes: (Vec::new(), 0),
            headline_topic: None,
            headline_topic_para: 0,
            last_para_topic: None,
            label_above: None,
            passed_labels: Vec::new(),
            named_titles: Vec::new(),
            labels_below: false,
            para_text_start: 0,
            prev_para_reported_tail: None,
            header_speaker: None,
            doc_issuer: None,
            doc_sentence: 0,
            text_author: None,
            paras: 0,
            prev_org: None,
            prev_org_subject: None,
            prev_bare_subject: None,
            prev_introduced: None,
            prev_newcomer: None,
            prev_persons: Vec::new(),
            last_pair: None,
            prev_group: None,
            prev_oblique: Vec::new(),
            prev_subject_refs: Vec::new(),
            prev_objects: Vec::new(),
            spokes_body: None,
            sentence_serial: 0,
            para_opening: false,
            out: vec![Attribution::default(); quotes],
        }
    }

    /// Processes one paragraph; `quotes` are (index, raw quote) of the quotes inside it.
    pub fn paragraph(&mut self, para: Range<usize>, quotes: &[(usize, &RawQuote)]) {
        let mut spans = std::mem::take(&mut self.span_buf);
        spans.clear();
        spans.extend(quotes.iter().map(|(i, q)| (*i, q.span.clone())));
        let mut tokens = std::mem::take(&mut self.token_buf);
        let para_start = para.start;
        tokenize_into(self.text, para, &spans, &mut self.vocab, &mut tokens);
        self.span_buf = spans;
        let sents = sentences::split(self.text, &tokens, self.lex);
        let label = interview_label(&tokens);
        let speaker_label = self.speaker_label(&tokens);
        self.labelled = speaker_label.is_some();
        let in_question = label.is_some_and(|w| self.lex.interview_questions.contains(w));
        self.in_answer = label.is_some_and(|w| self.lex.interview_answers.contains(w));
        if let Some(from) = self.title_line_from.take() {
            self.forget_title_line_runs(from, para_start);
        }
        self.in_headline = self.paras == 0
            && sents.len() == 1
            && tokens.last().is_some_and(|t| !t.is_punct(".!?"));
        // (A second such line under it, `Also Addresses Everglades Coalition, Miami
        // Chamber of Commerce during Florida Trip`, as well, and the title line of each
        // entry of a digest, `Zambia: Gateway Liberalisation`.)
        let title_line = sents.len() == 1
            && tokens.last().is_some_and(|t| !t.is_punct(".!?"))
            && !self.lex.capitalised_nouns
            && mostly_title_case(&tokens);
        if title_line {
            self.title_line_from = Some(self.reg.entities.len());
        }
        // The label itself (`Frage:`) names nobody.
        let skip = if in_question || self.in_answer {
            2
        } else {
            dateline_end(self.text, &tokens, self.lex)
        };
        self.para_text_start = skip;
        let mut para_speaker: Option<usize> = None;
        // `He became Envoy the same day.` ⏎ `“This morning I looked …”`: a quote paragraph
        // with nothing to tell its speaker is the person the paragraph before ended on.
        self.last_para_topic = self
            .prev_topic
            .filter(|&e| self.reg.entities[e].spoke && !self.reg.entities[e].org)
            .or(self
                .headline_topic
                .take()
                .filter(|_| self.paras == self.headline_topic_para + 1));
        self.prev_topic = None;
        self.prev_introduced = None;
        self.prev_newcomer = None;
        let mut last_cue_subject: Option<usize> = None;
        // The subject of the paragraph's last cue and its sentence, while the one sentence
        // after it names no person and holds no quote (see `prev_para_last`).
        let mut colon_fallback: Option<(usize, usize)> = None;
        // The speaker whose reported speech, without a quote, the last sentence went on.
        let mut reported_tail: Option<usize> = None;
        let mut waiting: Vec<usize> = Vec::new();
        // Whether a sentence of plain narration came after the waiting quotes.
        let mut waiting_broken = false;
        // Cue-less quotes that made up the whole previous sentence.
        let mut bare_before: Vec<usize> = Vec::new();
        // Quotes of the previous sentence that no cue of their own tied to a speaker.
        let mut uncued: Vec<usize> = Vec::new();
        let mut last_quote: Option<(usize, usize)> = None; // (quote, sentence index)
        let mut any_cue = false;
        // The speaker the paragraph's last sentence has or goes on with.
        let mut tail_speaker: Option<usize> = None;
        let mut tail_reported = false;
        // The person a paragraph first names (`Charlie Bolden, NASA Administrator:`).
        let mut first_person: Option<usize> = None;
        // Whether a later sentence names the first person again.
        let mut first_person_again = false;
        // The named person opening the paragraph's last sentence as its subject.
        let mut colon_opener: Option<usize> = None;
        // The known role holder whose remarks the paragraph's last sentence names.
        let mut colon_owner: Option<usize> = None;
        // The subject of a last sentence that announces the text after it.
        let mut announcer: Option<usize> = None;
        // The named person opening the last sentence (`Der Generalsekretär, Thorbjørn
        // Jagland, hat die Anschläge verurteilt.`).
        let mut opening_person: Option<usize> = None;
        let mut intro: Option<usize> = None;
        // The person the last sentence asks something (`asked him what …`).
        let mut asked: Option<usize> = None;
        // `Statement from Secretary Arne Duncan on …` as a headline line of its own (in
        // a page of press releases, one of many).
        let mut statement_line: Option<usize> = None;
        // `Nassar Rubaie read a statement from al-Sadr:` ⏎ `“…”`: the author of the text
        // a verb's object names before the colon ending the paragraph.
        let mut colon_author: Option<usize> = None;
        // The person whose name ends the paragraph's last sentence, if one does.
        let mut ends_in_name: Option<usize> = None;
        // Whether a quote here came after a topic label (`Verteidigung: „…“`): the next
        // paragraph's label goes on with the same speaker.
        let mut topic_labelled = false;
        // The person this paragraph names as a label line of its own.
        let mut label_line: Option<usize> = None;
        let label_above = self.label_above.take();
        for (si, range) in sents.iter().enumerate() {
            self.sentence_serial += 1;
            self.para_opening = si == 0;
            let new_from = self.reg.entities.len();
            let mut mentions =
                names::segment(self.text, &tokens, range.clone(), self.lex, &mut self.reg);
            mentions.retain(|m| m.toks.start >= skip);
            if self.lex.capitalised_nouns {
                // (Only a name this mention brings in: one known before has had its
                // chance to speak or to be titled.)
                for m in &mentions {
                    let new = m.entity.filter(|&e| e >= new_from);
                    let term = |m: &Mention| {
                        self.adjective_led_term(&tokens, m)
                            || self.plural_noun_term(&tokens, m)
                            || self.said_label(&tokens, m)
                    };
                    if let Some(e) = new.filter(|_| term(m)) {
                        self.reg.entities[e].term = true;
                    }
                }
                mentions.retain(|m| !m.entity.is_some_and(|e| self.reg.entities[e].term));
            }
            // (`Heiko Maas zum Deutschen Verbrauchertag` ⏎ `„…“`: so does a subheading, a
            // line of its own with no stop and no quote, further down.)
            let subheading = sents.len() == 1
                && tokens.last().is_some_and(Token::is_word)
                && tokens.iter().all(|t| t.quote().is_none());
            if (self.in_headline || subheading) && si == 0 {
                let in_headline = self.in_headline;
                self.headline_topic_para = self.paras;
                self.headline_topic = mentions
                    .first()
                    .filter(|m| m.kind == MentionKind::Name && m.toks.start == range.start)
                    .filter(|m| {
                        tokens
                            .get(m.toks.end)
                            .and_then(Token::lower)
                            .is_some_and(|w| self.lex.headline_topic_prepositions.contains(w))
                    })
                    .and_then(|m| m.entity)
                    // (`Staatssekretärin für Digitalisierung - Muna Duzdar`: or a person's
                    // full name closing it after a dash, under the office.)
                    .or_else(|| {
                        mentions
                            .last()
                            .filter(|m| {
                                m.kind == MentionKind::Name
                                    && m.toks.end == range.end
                                    && m.toks.start > range.start
                                    && tokens[m.toks.start - 1].is_punct("-–—")
                            })
                            .and_then(|m| m.entity)
                            .filter(|&e| {
                                let ent = &self.reg.entities[e];
                                ent.person_like() && ent.token_count() >= 2
                            })
                    });
                // (Further down, only a person's full name: `Zeit zum Handeln` is a title;
                // and a caption's visit, `Annalena Baerbock zu Besuch in Kiew`, with a
                // second preposition, gives nobody the floor.)
                let second_preposition =
                    tokens.iter().filter(|t| t.has(b::PREPOSITION)).count() > 1;
                if !in_headline && second_preposition {
                    self.headline_topic = None;
                }
                if !in_headline {
                    self.headline_topic = self.headline_topic.filter(|&e| {
                        let ent = &self.reg.entities[e];
                        ent.person_like() && !ent.org && ent.token_count() >= 2
                    });
                }
            }
            self.settle_pending(&mentions);
            self.firms_by_kind(&tokens, &mut mentions);
            if in_question && si == 0 {
                // `Frage: Herr Roth, Sie …`: the first person the question names.
                let addressed = mentions
                    .iter()
                    .filter(|m| m.kind == MentionKind::Name)
                    .filter_map(|m| m.entity)
                    .find(|&e| !self.reg.entities[e].org);
                self.interviewee = addressed.or(self.interviewee);
            }
            let mut s = Sentence {
                tokens: &tokens,
                range: range.clone(),
                mentions,
                subjects: Vec::new(),
                new_from,
                reported: false,
            };
            if self.paras < HEADER_PARAGRAPHS && self.header_speaker.is_none() {
                self.header_speaker = self.speech_header(&s);
            }
            if si == 0 {
                if let Some(e) = self.protocol_label(&s) {
                    self.floor = Some(e);
                    self.addressee = None;
                }
                if let Some(e) = self.addressed_person(&s) {
                    self.addressee = Some(e);
                }
            }
            let headline_line = sents.len() == 1
                && tokens.last().is_some_and(|t| t.is_word())
                && tokens.iter().all(|t| t.quote().is_none());
            if headline_line {
                statement_line = self.speech_header(&s);
            }
            let cues = cues::find(&tokens, range.clone(), self.lex);
            s.reported = cues.is_empty()
                && range
                    .clone()
                    .any(|t| tokens[t].quote().is_none() && tokens[t].has(b::REPORTED_SPEECH));
            any_cue |= !cues.is_empty();
            let subjects = self.cue_subjects(&mut s, &cues);
            let quote_toks: Vec<usize> = range
                .clone()
                .filter(|&t| tokens[t].quote().is_some())
                .collect();
            // (`Helmut Schmidt, Bundeskanzler a.D., Mitherausgeber der "Zeit", …`: a
            // paper's name quoted after the name leaves the line a label.)
            if sents.len() == 1
                && cues.is_empty()
                && quote_toks.first().is_none_or(|&q| q > range.start)
            {
                label_line = self.signature_line(&s);
            }
            if si == 0 && quote_toks.is_empty() && !self.orphans.is_empty() {
                // (`“…”` ⏎ `Such were the words of Sgt. James Arvin, …`: an opener naming
                // who said the quote before it works across the paragraph break too.)
                let back = self
                    .back_reference(&s, &cues, &subjects)
                    .or_else(|| self.back_reference_opener(&s, &subjects))
                    .or_else(|| {
                        let signed = (sents.len() == 1 && cues.is_empty())
                            .then(|| self.signature_line(&s))
                            .flatten();
                        self.labels_below |= signed.is_some();
                        signed
                    });
                if let Some(e) = back {
                    for q in std::mem::take(&mut self.orphans) {
                        self.out[q].entity = Some(e);
                        if self.out[q].kind == Some(QuoteKind::Other) {
                            self.out[q].kind = Some(QuoteKind::Direct);
                        }
                    }
                }
            }
            if !self.feed_titles.is_empty() {
                self.name_feed_title_speaker(&s);
            }
            if !self.headline_quotes.0.is_empty() {
                self.name_headline_speaker(&s, &subjects);
            }
            if !uncued.is_empty() {
                // `„…“ Mit diesen Worten eröffnete die Abgeordnete Eva Roth ihre Rede.`
                if let Some(e) = self.back_reference_opener(&s, &subjects) {
                    for q in uncued.drain(..) {
                        self.out[q].entity = Some(e);
                        if self.out[q].kind == Some(QuoteKind::Other) {
                            self.out[q].kind = Some(QuoteKind::Direct);
                        }
                    }
                }
            }
            uncued.clear();
            // `“He still loves his people?” “Look, he’s doing what he’s seen done…” President
            // Trump responded, while …`: a sentence opening with its speaker and cue takes
            // the bare quote ending the sentence before from whoever the paragraph had
            // given it to.
            // (`Ähnlich äußerte sich ein Kommissionssprecher`: one who said something alike
            // did not say it.)
            const MAX_OPENING: usize = 6;
            let opening_cue = cues.first().is_some_and(|c| {
                c.is_verb()
                    && c.toks.start <= range.start + MAX_OPENING
                    && quote_toks.first().is_none_or(|&q| q > c.toks.start)
                    && !tokens[range.start..c.toks.start].iter().any(|t| {
                        t.lower()
                            .is_some_and(|w| self.lex.similarity_adverbs.contains(w))
                    })
                    && !self.verb_has_own_topic(&tokens, c, range.clone())
                    && !tokens
                        .get(c.toks.end)
                        .and_then(Token::lower)
                        .is_some_and(|w| {
                            self.lex.additive_particles.contains(w)
                                || self.lex.similarity_adverbs.contains(w)
                        })
            });
            if let (true, Some(first)) = (opening_cue, subjects.first().copied().flatten()) {
                for q in bare_before.drain(..) {
                    self.out[q].entity = Some(first);
                    if self.out[q].kind == Some(QuoteKind::Other) {
                        self.out[q].kind = Some(QuoteKind::Direct);
                    }
                }
            }
            // `“When media become political players, …” Jeremy Taylor weighs in on the
            // controversy.`: a bare quote nothing attributed goes to the person whose full
            // name opens the next sentence.
            let opener = s
                .mentions
                .first()
                .filter(|m| m.toks.start == range.start && m.kind == MentionKind::Name)
                // (A verb goes on with the sentence: `Full Text»` is a link.)
                .filter(|m| {
                    tokens
                        .get(m.toks.end)
                        .is_some_and(|t| t.is_word() && !t.is_cap())
                })
                .and_then(|m| m.entity)
                .filter(|&e| {
                    let ent = &self.reg.entities[e];
                    !ent.org && ent.token_count() >= 2
                });
            // (`AMBER BANKS: “…” Sean Conroe created a website`: not under a speaker's
            // label, which the quote goes to.)
            if let Some(e) = opener.filter(|_| cues.is_empty() && !self.labelled) {
                for &q in &bare_before {
                    if self.out[q].entity.is_none() && !self.out[q].name {
                        self.out[q].entity = Some(e);
                        if self.out[q].kind == Some(QuoteKind::Other) {
                            self.out[q].kind = Some(QuoteKind::Direct);
                        }
                    }
                }
            }
            // `• “… Our jobs would be impossible without them!” Bonnie Strawser, visitor
            // services manager, …`: a name and a role closing the paragraph sign the
            // quote before them.
            if let Some(e) = (cues.is_empty() && si + 1 == sents.len())
                .then(|| self.signature(&s))
                .flatten()
            {
                for q in bare_before.drain(..) {
                    self.out[q].entity = Some(e);
                    if self.out[q].kind == Some(QuoteKind::Other) {
                        self.out[q].kind = Some(QuoteKind::Direct);
                    }
                }
            }
            if quote_toks.is_empty() {
                if let Some(first) = subjects.iter().flatten().next() {
                    for q in waiting.drain(..) {
                        self.out[q].entity = Some(*first);
                        if self.out[q].kind == Some(QuoteKind::Other) {
                            self.out[q].kind = Some(QuoteKind::Direct);
                        }
                    }
                }
            }
            bare_before.clear();
            if quote_toks.is_empty() && cues.is_empty() && !s.reported {
                waiting_broken = true;
            }
            let waiting_before = waiting.len();
            for &qt in &quote_toks {
                let Some(qi) = tokens[qt].quote() else {
                    continue;
                };
                // Quote indices of a paragraph are consecutive.
                let raw = quotes
                    .first()
                    .and_then(|(first, _)| quotes.get(qi.wrapping_sub(*first)))
                    .map(|(_, r)| *r);
                let title =
                    self.title_quote(&s, qt) || (cues.is_empty() && self.uncued_title(&s, qt));
                let title = if title {
                    if let Some(k) = self.short_quote_key(tokens[qt].range.clone()) {
                        if !self.named_titles.contains(&k) {
                            self.named_titles.push(k);
                        }
                    }
                    true
                } else {
                    !self.named_titles.is_empty()
                        && self
                            .short_quote_key(tokens[qt].range.clone())
                            .is_some_and(|k| self.named_titles.contains(&k))
                };
                if title {
                    // `sagte er der „Bild am Sonntag“`: a quoted name is nobody's words.
                    self.out[qi] = Attribution {
                        kind: Some(QuoteKind::Other),
                        name: true,
                        ..Attribution::default()
                    };
                    continue;
                }
                // (`hier Passagen aus ihrem Statement:` ⏎ `Verteidigung: „…“`: a topic label
                // and its colon before the quote still open the paragraph with it.)
                // (`CAPLOW: “…”` is a transcript's speaker label, not a topic.)
                let topic_label = qt == 2
                    && self.prev_para_colon
                    && !self.labelled
                    && tokens[1].is_punct(":")
                    && tokens[0].is_word()
                    && !s.mentions.iter().any(|m| {
                        m.toks.start == 0
                            && m.entity.is_none_or(|e| self.reg.entities[e].person_like())
                    });
                topic_labelled |= topic_label;
                // (`Straßburg, 15.07.2016 – „…“`: so does a dateline.)
                let after_dateline = qt > 0
                    && qt == self.para_text_start
                    && si == 0
                    && tokens[qt - 1].is_punct("–—-");
                let continues =
                    qt == 0 || topic_label || after_dateline || raw.is_some_and(|r| r.continues);
                let mut att =
                    self.attribute_quote(&mut s, &cues, &subjects, qt, continues, para_speaker);
                // `Wie er sagte, wolle er … Die Kosten seien … entstanden.` `„Solange …“`:
                // a sentence of nothing but a quote after reported speech of a known
                // speaker goes on with them, not with the next sentence's speaker.
                let alone = tokens[range.clone()]
                    .iter()
                    .all(|t| t.quote().is_some() || !t.is_word());
                // (Nor does the speaker of a later sentence's opening cue take it.)
                let goes_on = alone
                    && reported_tail.is_some()
                    && (att.entity.is_none() && att.cue.is_none() || att.entity == reported_tail);
                if let (true, Some(e)) = (goes_on, reported_tail) {
                    att.entity = Some(e);
                    if att.kind == Some(QuoteKind::Other) {
                        att.kind = Some(QuoteKind::Direct);
                    }
                }
                if att.entity.is_none() && att.cue.is_none() {
                    waiting.push(qi);
                }
                if att.cue.is_none() {
                    uncued.push(qi);
                    // (`Wien (PK) - „…“.`: a dateline opens the sentence; `• “…”`: a bullet.)
                    let set_off = (si == 0 && qt == skip)
                        || tokens[range.start..qt]
                            .iter()
                            .all(|t| !t.is_word() || t.quote().is_some());
                    let ends = tokens[qt + 1..range.end].iter().all(|t| !t.is_word());
                    if set_off && ends && !goes_on {
                        bare_before.push(qi);
                    }
                }
                self.out[qi] = att;
                last_quote = Some((qi, si));
            }
            if let Some(e) = self.back_reference_after_quotes(&s, &subjects) {
                for &qt in &quote_toks {
                    let Some(q) = tokens[qt].quote() else {
                        continue;
                    };
                    if self.out[q].cue.is_none() && !self.out[q].name {
                        self.out[q].entity = Some(e);
                        if self.out[q].kind == Some(QuoteKind::Other) {
                            self.out[q].kind = Some(QuoteKind::Direct);
                        }
                    }
                }
                waiting.retain(|q| self.out[*q].entity.is_none());
                bare_before.clear();
            }
            // `„Die ÖVP will eine Lösung …“ Die Konsenschance liege auf dem Tisch … „Folgen
            // Sie doch …“, meinte Molterer`: quotes that waited through nothing but reported
            // speech are the words of the speaker a later quote's cue names.
            let cued = quote_toks.iter().find_map(|&qt| {
                let q = tokens[qt].quote()?;
                self.out[q].cue.as_ref().and(self.out[q].entity)
            });
            if let (false, true, Some(e)) = (waiting_broken, waiting_before > 0, cued) {
                for q in waiting.drain(..waiting_before) {
                    self.out[q].entity = Some(e);
                    if self.out[q].kind == Some(QuoteKind::Other) {
                        self.out[q].kind = Some(QuoteKind::Direct);
                    }
                }
            }
            // `…, sagte der Präsident. Dies gelte auch für …`: reported speech without a
            // cue of its own goes on with the speaker before it.
            // (`“…,” Strand said after one man shouted at the table.` ⏎ `“…”`: the speaker
            // of the sentence's quote goes on, not the subject of a later cue without one.)
            // (A term quoted in passing, `habe er von einer »Zukunftsfabrik« gesprochen, sagt
            // sie`, is no such quote.)
            // (`McDonald weiter: „…“`: so does the speaker a colon before the quote names in
            // the sentence, cue or not; a quote some fallback guessed carries nobody on.)
            let spoken = quote_toks.iter().find_map(|&qt| {
                let q = tokens[qt].quote()?;
                let out = &self.out[q];
                let labelled = qt > range.start
                    && tokens[qt - 1].is_punct(":")
                    && s.mentions
                        .iter()
                        .any(|m| m.entity.is_some() && m.entity == out.entity);
                (out.kind == Some(QuoteKind::Direct) && (out.cue.is_some() || labelled))
                    .then_some(out.entity)?
            });
            // (`Boland … sprach an, wie sehr er bedauere, dass viele Politiker nur ungern
            // mit den Wählern sprechen.` ⏎ `„…“`: a cue inside a `dass` clause another
            // cue opens tells what was said, not who goes on speaking.)
            let embedded = |ci: usize| {
                ci > 0
                    && tokens
                        .get(cues[0].toks.end..cues[ci].toks.start)
                        .unwrap_or(&[])
                        .iter()
                        .any(|t| t.lower().is_some_and(|w| self.lex.is_complementizer(w)))
            };
            let framing = subjects
                .iter()
                .enumerate()
                .rev()
                .filter(|&(ci, _)| !embedded(ci))
                .find_map(|(_, e)| *e);
            let own = spoken
                .or(framing)
                .or_else(|| subjects.iter().rev().flatten().next().copied());
            last_cue_subject = own.or(last_cue_subject.filter(|_| s.reported));
            let names_person = s.mentions.iter().any(|m| {
                matches!(m.kind, MentionKind::Pronoun(_))
                    || m.entity.is_some_and(|e| self.reg.entities[e].person_like())
            });
            // (Only the sentence right after the cue's: `… said his client would appeal.
            // The ruling was published on Friday. The key passage reads:` is the ruling's.)
            colon_fallback = match own {
                Some(e) => Some((e, si)),
                None if names_person || !quote_toks.is_empty() => None,
                None => colon_fallback.filter(|&(_, at)| at + 1 == si),
            };
            reported_tail = last_cue_subject.filter(|_| s.reported && quote_toks.is_empty());
            // `A correspondent said the announcement meant …`: a text named after the verb
            // with an article is what the speaker talks about, not a text of theirs.
            let first_cue = cues.first().map_or(range.end, |c| c.toks.start);
            let para_colon = range.end == tokens.len()
                && tokens.last().is_some_and(|t| t.is_punct(":"))
                && quote_toks.is_empty()
                && !cues.is_empty();
            let authored_text = if para_colon {
                (0..s.mentions.len())
                    .filter(|&m| {
                        matches!(
                            s.mentions[m].kind,
                            MentionKind::Document { definite: false }
                        ) && s.mentions[m].toks.start > first_cue
                    })
                    .find_map(|m| {
                        let e = self.document_author(&s, m)?;
                        let noun = s.tokens[s.mentions[m].toks.end - 1].lower()?;
                        Some((e, noun.to_string()))
                    })
            } else {
                None
            };
            colon_author = authored_text.as_ref().map(|&(e, _)| e);
            // (`The statement continued, “…”` after it means that text.)
            if authored_text.is_some() {
                self.text_author = authored_text;
            }
            let names_text = s.mentions.iter().any(|m| match m.kind {
                MentionKind::Document { definite } => !definite || m.toks.start < first_cue,
                _ => false,
            });
            // `Her publicist stated on behalf of the family. … Per the statement, …`: a
            // statement reported without a quote of its own is the one a later `the
            // statement` cites.
            let issues = names_text || quote_toks.is_empty();
            // (`FNA reported an article from US satirical news website The Onion`: a text
            // whose author the sentence names is that author's, whoever reports it.)
            let authored = if names_text {
                (0..s.mentions.len())
                    .filter(|&m| matches!(s.mentions[m].kind, MentionKind::Document { .. }))
                    .find_map(|m| self.document_author(&s, m))
            } else {
                None
            };
            // (`according to a new World Bank report`: a body's name right before a
            // text's noun is its author too.)
            let named_author = s
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Name)
                .filter_map(|m| {
                    let t = tokens.get(m.toks.end).filter(|t| t.quote().is_none())?;
                    let w = t
                        .lower()
                        .filter(|w| self.lex.is_document_word(w, t.is_cap()))?;
                    m.entity
                        .filter(|&e| self.reg.entities[e].org)
                        .map(|e| (e, w.to_string()))
                })
                .next();
            if named_author.is_some() {
                self.text_author = named_author;
            }
            let issuer = if let Some(e) = authored {
                Some(e)
            } else if let (true, Some(e)) = (issues, subjects.iter().flatten().next()) {
                Some(*e)
            } else {
                names_text.then(|| self.issuing_subject(&mut s)).flatten()
            };
            if let Some(e) = issuer {
                self.doc_issuer = Some((e, self.paras));
                self.doc_sentence = self.sentence_serial;
            }
            // `Für Johanna Berger ist das „…“.` ⏎ `Die Abgeordnete betonte`: whom the
            // sentence quotes it is about, when no subject tells.
            let quoted_person = quote_toks
                .iter()
                .rev()
                .filter_map(|&t| tokens[t].quote())
                .filter_map(|q| self.out[q].entity)
                .find(|&e| self.reg.entities[e].person_like());
            let topic = self.sentence_topic(&s).or(quoted_person);
            // `The president admitted that …. However, he defended his decision.` ⏎ `“…”`:
            // a last sentence about the paragraph's speaker still announces the quote.
            self.reported_lead =
                (s.reported && quote_toks.is_empty() && (si == 0 || self.reported_lead.is_some()))
                    .then_some(self.prev_para_last)
                    .flatten()
                    .filter(|&e| self.reg.entities[e].person_like());
            // (`Smith said his team was quarantined. Once in theater, service members took
            // precautions.` ⏎ `“…”`: a sentence naming and meaning no one leaves the
            // paragraph with the speaker before it.)
            let names_no_one = s.mentions.iter().all(|m| match &m.kind {
                MentionKind::Name | MentionKind::Pronoun(_) => false,
                MentionKind::Description { definite, .. } => !definite,
                MentionKind::Document { .. } => true,
            });
            // (Words: a quote, a source phrase, or a verb in the mood of reported speech.)
            tail_reported = !quote_toks.is_empty()
                || cues.iter().any(|c| c.kind == CueKind::Source)
                || range
                    .clone()
                    .any(|t| tokens[t].quote().is_none() && tokens[t].has(b::REPORTED_SPEECH));
            tail_speaker = if own.is_some() {
                own
            } else {
                para_speaker.filter(|&e| {
                    (topic == Some(e) || (names_no_one && tail_speaker == Some(e)))
                        && quote_toks.is_empty()
                })
            };
            if let Some(e) = last_cue_subject {
                para_speaker = Some(e);
            } else if let Some(e) = quote_toks
                .iter()
                .rev()
                .filter_map(|&t| tokens[t].quote())
                .find_map(|q| self.out[q].entity)
            {
                para_speaker = Some(e);
            }
            ends_in_name = s
                .mentions
                .last()
                .filter(|m| m.kind == MentionKind::Name && m.toks.end == range.end)
                .and_then(|m| m.entity);
            let named_again = first_person.is_some_and(|e| {
                s.mentions
                    .iter()
                    .any(|m| m.kind == MentionKind::Name && m.entity == Some(e))
            });
            first_person_again |= named_again;
            first_person = first_person.or_else(|| {
                s.mentions
                    .iter()
                    .filter(|m| m.kind == MentionKind::Name)
                    .filter_map(|m| m.entity)
                    .find(|&e| self.reg.entities[e].person_like())
            });
            // (Only a paragraph ending in a colon uses it.)
            colon_owner = (range.end == tokens.len()
                && tokens.last().is_some_and(|t| t.is_punct(":")))
            .then(|| self.possessive_text_role(&s))
            .flatten();
            asked = self.asked_person(&s);
            announcer = quote_toks
                .is_empty()
                .then(|| self.announcing_subject(&s))
                .flatten();
            // (German statements: `Der Generalsekretär, X, hat … verurteilt.`; English
            // narrative paragraphs before a quote paragraph are as often about another.)
            // (`Alyssa Erding is among the buyers.` ⏎ `“I love …”`: in English only a
            // paragraph of one sentence that brings the person in for the first time.)
            // (`Administrator Steven Preston … today thanked …. The resolution gave SBA …`
            // ⏎ `"… I am grateful …"`: so does one whose later sentences name no person.)
            let introducing = !self.lex.verb_second && si == 0;
            if introducing && sents.len() == 1 && quote_toks.is_empty() {
                intro = self.introduced_person(&s);
            }
            let fresh = (quote_toks.is_empty() && (self.lex.verb_second || introducing))
                .then(|| self.opening_subject(&s))
                .flatten()
                .filter(|&e| {
                    let ent = &self.reg.entities[e];
                    !ent.org
                        && ent.person_like()
                        && (ent.token_count() >= 2 || ent.role.is_some())
                        && (self.lex.verb_second || (e >= s.new_from && ent.token_count() >= 2))
                });
            let names_no_person = s.mentions.iter().all(|m| match &m.kind {
                MentionKind::Name => m.entity.is_none_or(|e| !self.reg.entities[e].person_like()),
                MentionKind::Pronoun(_) => false,
                MentionKind::Description { head, .. } => {
                    head.as_deref().is_none_or(|h| !self.lex.is_role(h))
                }
                MentionKind::Document { .. } => true,
            });
            let keeps = !self.lex.verb_second && si > 0 && quote_toks.is_empty() && names_no_person;
            if !keeps {
                opening_person = fresh;
            }
            // (`Thema: Bundesjustizminister Dr. Marco Buschmann anlässlich der …:`: a topic
            // label before the name leaves it the line's opener.)
            let topic_label = range.len() > 2
                && tokens[range.start].is_word()
                && tokens[range.start + 1].is_punct(":");
            let label_end = range.start + if topic_label { 2 } else { 0 };
            colon_opener = s
                .mentions
                .iter()
                .find(|m| m.toks.start >= label_end)
                // (A label alone, `Zitat:`, or a dateline, `Wien – Die Rede im Wortlaut:`,
                // opens no clause.)
                .filter(|m| {
                    m.kind == MentionKind::Name
                        && m.toks.start == label_end
                        && tokens
                            .get(m.toks.end)
                            .is_some_and(|t| t.is_word() || t.is_punct(","))
                        && tokens[m.toks.end..range.end]
                            .iter()
                            .filter(|t| t.is_word())
                            .count()
                            >= 2
                })
                .and_then(|m| {
                    if topic_label {
                        m.entity.filter(|&e| self.reg.entities[e].person_like())
                    } else {
                        self.opening_subject(&s)
                    }
                });
            // Descriptions opening this sentence resolve against the sentence before.
            self.learn_possessive_gender(&s);
            let opening = self.update_salience(&mut s);
            self.share_counterpart_office(&s);
            let spoke = s.subjects.iter().any(|&e| !self.reg.entities[e].org);
            self.prev_topic = if spoke { topic } else { opening.or(topic) };
            self.prev_org = s
                .mentions
                .iter()
                .rev()
                .filter_map(|m| m.entity)
                .find(|&e| self.reg.entities[e].org);
            self.prev_group = self.group_subject(&mut s);
            self.prev_oblique = self.oblique_persons(&s);
            self.remember_subject_and_objects(&s);
            let opener = self.opening_subject(&s);
            // (`But Nancy Sahli does.` ⏎ `“…”`: a person opening a sentence without a cue or
            // a quote introduces the quote sentence after it.)
            self.prev_introduced = opener
                .filter(|_| cues.is_empty() && quote_toks.is_empty())
                .filter(|&e| {
                    let ent = &self.reg.entities[e];
                    ent.person_like() && ent.token_count() >= 2
                });
            // (`And no room for Maria Flores in the course.` ⏎ `“They put me in …”`: in
            // English, the one person a sentence without a cue or a quote names for the
            // first time, wherever in it, says the first-person quote sentence after it.)
            self.prev_newcomer =
                (!self.lex.verb_second && cues.is_empty() && quote_toks.is_empty())
                    .then(|| {
                        let mut people = s
                            .mentions
                            .iter()
                            .filter(|m| m.kind == MentionKind::Name)
                            .filter_map(|m| m.entity)
                            .filter(|&e| self.reg.entities[e].person_like());
                        match (people.next(), people.next()) {
                            (Some(e), None) => Some(e),
                            _ => None,
                        }
                    })
                    .flatten()
                    .filter(|&e| e >= s.new_from && self.reg.entities[e].token_count() >= 2);
            self.prev_org_subject = opener.filter(|&e| self.reg.entities[e].org);
            // (A headline's first word, `Titel`, opens no clause.)
            self.prev_bare_subject = opener
                .filter(|&e| self.reg.entities[e].may_be_org())
                .filter(|_| !self.in_headline);
            if let Some((first, second)) = self.coordinated_pair(&s) {
                self.last_pair = Some((first, second, self.sentence_serial));
            }
            // (The list's memory is reused from sentence to sentence.)
            let mut persons = std::mem::take(&mut self.prev_persons);
            persons.clear();
            persons.extend(
                s.mentions
                    .iter()
                    .filter(|m| m.kind == MentionKind::Name)
                    .filter_map(|m| m.entity)
                    .filter(|&e| self.reg.entities[e].person_like()),
            );
            self.prev_persons = persons;
        }
        // (`YOKOSUKA, Japan, Oct. 4, 2013 – “…”`: a dateline before the quotes counts not.)
        // (`„…“ (Thu, 29 Feb 2024)`: nor does a date in parentheses after them, a feed
        // item's title line.)
        let body_end = trailing_parenthesis(&tokens[skip.min(tokens.len())..])
            .map_or(tokens.len(), |p| skip + p);
        let quotes_only = body_end > skip
            && tokens[skip..body_end]
                .iter()
                .all(|t| t.quote().is_some() || !t.is_word());
        // `… dass dieser „Minisexismus“ sein Gesicht zeigt` ⏎ `twittert Journelle.`: a
        // paragraph that stops without a full stop runs on into the next one.
        // (A headline has no full stop either: its unattributed quotes may then go to a
        // lower-case cue opening the next paragraph, which is rare and usually right.)
        let no_final_stop = tokens.last().is_some_and(Token::is_word);
        self.feed_titles = if quotes_only && !any_cue && body_end < tokens.len() {
            // (A feed item's title opens a new item: what the item before was about
            // says nothing of who spoke it.)
            for (i, _) in quotes {
                self.out[*i].entity = None;
            }
            quotes.iter().map(|(i, _)| *i).collect()
        } else {
            Vec::new()
        };
        // `Herbert Ehrenberg, SPD-Bundestagsabgeordneter, Gewerkschaftliche Monatshefte,
        // Juni 1967` ⏎ `"…"`: the label line heads the quote paragraph under it, unless
        // the document's labels sign the quotes above them.
        let headed = label_above
            .filter(|_| quotes_only && !any_cue && speaker_label.is_none() && !self.labels_below);
        if let Some(e) = headed {
            for (i, _) in quotes {
                self.out[*i].entity = Some(e);
                if self.out[*i].kind == Some(QuoteKind::Other) {
                    self.out[*i].kind = Some(QuoteKind::Direct);
                }
            }
        }
        self.label_above = label_line;
        // (A quote under a speaker's label, `BM Sigmar Gabriel: „…“`, is theirs, and no
        // cue of the next paragraph takes it.)
        self.orphans = if speaker_label.is_some() || headed.is_some() {
            Vec::new()
        } else if quotes_only && !any_cue {
            quotes.iter().map(|(i, _)| *i).collect()
        } else if no_final_stop && !any_cue {
            quotes
                .iter()
                .map(|(i, _)| *i)
                .filter(|&i| self.out[i].entity.is_none())
                .collect()
        } else {
            Vec::new()
        };
        self.floor = match (speaker_label, label) {
            (Some(e), _) => Some(e).filter(|&e| !self.reg.entities[e].org),
            (None, Some(_)) => None,
            (None, None) => self.floor,
        };
        if let Some(e) = speaker_label {
            self.give_unattributed(quotes, e);
            // (`Diaz: „…“` ⏎ `Q: …` ⏎ `A: „…“`: the one who answered under their name
            // answers under `A:` too.)
            if !self.reg.entities[e].org {
                self.interviewee = Some(e);
            }
        } else if let Some(e) = self.interviewee.filter(|_| self.in_answer) {
            // `A: „…“`: an answer's quote nothing else attributed is the interviewee's.
            self.give_unattributed(quotes, e);
        }
        // (A dateline before a quote line is no label: `YOKOSUKA, Japan – “…”`.)
        self.note_headline_quotes(
            &tokens[skip.min(tokens.len())..],
            sents.len(),
            any_cue,
            quotes,
        );
        self.paras += 1;
        let ends_with_colon = tokens.last().is_some_and(|t| t.is_punct(":"));
        // `Charlie Bolden, NASA Administrator:` ⏎ `“…”`: a short line naming a person
        // and ending in a colon labels the quote paragraph after it.
        const LABEL_LINE: usize = 10;
        let label_line = (ends_with_colon && quotes.is_empty() && tokens.len() <= LABEL_LINE)
            .then_some(first_person)
            .flatten();
        // `((Rep. Mark Takano, Democrat))` ⏎ `“…”`: a broadcast script names the one
        // speaking in the clip below in a line of double brackets.
        let double = |a: usize, b: usize, mark: &str| {
            tokens.get(a).is_some_and(|t| t.is_punct(mark))
                && tokens.get(b).is_some_and(|t| t.is_punct(mark))
        };
        let n = tokens.len();
        let clip_label = (n >= 5
            && quotes.is_empty()
            && n <= LABEL_LINE + 4
            && double(0, 1, "(")
            && double(n - 2, n - 1, ")"))
        .then_some(first_person)
        .flatten();
        // `NIST materials research engineer Joannie Chin` ⏎ `"…"`: a line that ends in
        // a person's full name after their role labels the quote paragraph below.
        let name_line = (sents.len() == 1 && quotes.is_empty())
            .then_some(first_person)
            .flatten()
            .filter(|&e| {
                let ent = &self.reg.entities[e];
                // (A role or title marks a person: `Wing Public Affairs` under a byline
                // is a unit.)
                ent.token_count() >= 2 && !ent.org && (ent.role.is_some() || ent.titled)
            })
            .filter(|&e| ends_in_name == Some(e));
        // `CHICO ESPINOSA` ⏎ `“…”`: a television script names the one speaking in the
        // clip below in a line of capitals alone.
        let caps_line = (sents.len() == 1 && quotes.is_empty() && !ends_with_colon)
            .then(|| self.caps_label_line(&tokens))
            .flatten();
        let last_sentence_quote = last_quote
            .filter(|&(_, si)| si + 1 == sents.len())
            .and_then(|(q, _)| self.out[q].entity);
        let issued_here = self
            .doc_issuer
            .filter(|&(_, p)| p + 1 == self.paras && self.doc_sentence == self.sentence_serial)
            .map(|(e, _)| e);
        // (`Jagland hat die Anschläge verurteilt.` ⏎ `„Wir verurteilen …“`: failing all
        // else, the named person the last sentence is about speaks a first-person quote.)
        // (A headline line, without a full stop, states nothing of the kind.)
        let full_stop = tokens.last().is_some_and(|t| t.is_punct("."));
        self.prev_para_statement = opening_person.filter(|_| last_quote.is_none() && full_stop);
        self.prev_para_intro = intro.filter(|_| full_stop);
        self.prev_para_protagonist = first_person
            .filter(|_| first_person_again && last_quote.is_none() && full_stop)
            .filter(|&e| !self.reg.entities[e].org);
        self.prev_para_reported_tail = reported_tail;
        self.prev_para_quoted = last_sentence_quote;
        let line = tokens
            .first()
            .and_then(Token::quote)
            .and(last_quote)
            .and_then(|(q, _)| self.out[q].entity.map(|e| (e, q)));
        match line {
            Some((e, q)) => {
                let asks = quotes
                    .iter()
                    .find(|(i, _)| *i == q)
                    .and_then(|(_, quote)| self.text.get(quote.span.clone()))
                    .is_some_and(asks_something);
                self.dialogue.line(e, asks);
            }
            // (`Carlos Conde analyzes …:` ⏎ `“…”`: a paragraph announcing the quote below
            // tells a new speaker, no turn of a scene.)
            None if ends_with_colon => self.dialogue = Dialogue::default(),
            None => self.dialogue.narration(),
        }
        self.prev_para_colon = ends_with_colon || topic_labelled;
        self.prev_para_last = match last_quote {
            // `Finch wrote:` ⏎ `“…”`: the next paragraph's quote is announced here; so
            // it is by `eine Reihe von “…”, fokussiert auf:`, whose quote has a speaker.
            // (`Hafriz from Singapore thinks al-Zaidi should be president:` ⏎ `“…”`: the
            // person opening the sentence, whatever its verb.)
            // (`… schreibt Lion Feuchtwanger über seinen Verleger. Darin finden sich Sätze
            // wie:` ⏎ `„…“`: a colon sentence naming no one goes on with the cue before.)
            _ if ends_with_colon => colon_author
                .or(last_cue_subject)
                .or(colon_fallback.map(|(e, _)| e))
                .or(last_sentence_quote)
                .or(label_line)
                .or(colon_owner)
                .or(colon_opener)
                .or(announcer),
            Some(_) if last_sentence_quote.is_some() => last_sentence_quote,
            // (`„…“, sagte Pröll. Rund 18 Millionen seien investiert worden, so Pröll.` ⏎
            // `Die Ausstellung solle „…“`: reported speech closing the paragraph after its
            // quotes leaves its speaker to go on.)
            // (German: English reported speech has no mood of its own to mark it.)
            Some(_) if self.lex.verb_second && tail_reported && tail_speaker.is_some() => {
                tail_speaker
            }
            None if clip_label.is_some() => clip_label,
            None if name_line.is_some() => name_line,
            None if caps_line.is_some() => caps_line,
            // `Ann Roe … posted a long message.` ⏎ `“…”`: a paragraph without quotes whose
            // last sentence has a speaker announces the quote paragraph after it.
            // (`Jerzy Buzek gab folgende Erklärung ab, nachdem …` ⏎ `"…"`: so does one
            // announcing a statement.)
            // (`VOA reporter Chinedu Offor asked him what …` ⏎ `“…”`: one asked answers.)
            // (`Jagland hat einen Brief an Putin gesendet.` ⏎ `„…“`: so does a last
            // sentence about a text its subject put out.)
            None => asked
                .or(last_cue_subject)
                .or(tail_speaker)
                .or(announcer)
                .or(statement_line)
                .or(issued_here),
            _ => None,
        };
        self.token_buf = tokens;
    }

    /// `Reporter Chinedu Offor asked him what …`: the person after a verb of asking, a
    /// name or an object pronoun meaning someone other than those named before the verb.
    fn asked_person(&self, s: &Sentence<'_>) -> Option<usize> {
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
    fn name_feed_title_speaker(&mut self, s: &Sentence<'_>) {
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
    fn announcing_subject(&self, s: &Sentence<'_>) -> Option<usize> {
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
    fn addressed_person(&self, s: &Sentence<'_>) -> Option<usize> {
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
    fn reprimanded(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn protocol_label(&self, s: &Sentence<'_>) -> Option<usize> {
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
    fn speaker_label(&mut self, tokens: &[Token]) -> Option<usize> {
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
        let name_end = tokens[..colon]
            .iter()
            .position(|t| t.is_punct("("))
            .unwrap_or(colon);
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
    fn caps_label_line(&mut self, tokens: &[Token]) -> Option<usize> {
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
    fn opens_with_pronoun(&self, s: &Sentence<'_>, qt: usize) -> bool {
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
    fn introduced_person(&self, s: &Sentence<'_>) -> Option<usize> {
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
        let name_end = tokens[..colon]
            .iter()
            .position(|t| t.is_punct("("))
            .unwrap_or(colon);
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
    fn give_unattributed(&mut self, quotes: &[(usize, &RawQuote)], e: usize) {
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
    fn reported_about(&self, s: &Sentence<'_>, e: usize) -> bool {
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
    fn note_headline_quotes(
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
        let subtitle = self.lex.verb_second && self.paras == 1 && self.para_text_start == 0;
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
        let closing = |i: usize| {
            self.lex.verb_second
                && (self.in_headline || subtitle)
                && !labelled
                && (last_quote == Some(i) || subtitle)
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
    fn firms_by_kind(&mut self, tokens: &[Token], mentions: &mut [Mention]) {
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
    fn name_headline_speaker(&mut self, s: &Sentence<'_>, subjects: &[Option<usize>]) {
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
                    self.out[q].kind = Some(QuoteKind::Direct);
                }
            }
        }
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
    fn first_person_words(&self, span: Range<usize>) -> bool {
        self.text.get(span).is_some_and(|q| {
            q.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                .any(|w| !w.is_empty() && self.lex.first_person_words.contains(&w.to_lowercase()))
        })
    }

    /// The speaker a paragraph-opening sentence without quotes points back to: a speech
    /// verb among its first words with the subject after it (`So kommentierte Trainer X
    /// den Ausgleich.`, `Mit diesen Worten reagierte X …`); the first position holds
    /// something other than the speaker, which refers to the quote before.
    fn back_reference(
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
    fn signature(&self, s: &Sentence<'_>) -> Option<usize> {
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
    fn verb_has_own_topic(&self, tokens: &[Token], c: &Cue, range: Range<usize>) -> bool {
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
    fn back_reference_opener(&self, s: &Sentence<'_>, subjects: &[Option<usize>]) -> Option<usize> {
        self.back_reference_at(s, s.range.start, subjects)
    }

    /// `„…“` ⏎ `Federica Mogherini, Hohe Vertreterin für Außen- und Sicherheitspolitik`: a
    /// short line that is a person's full name before their office after a comma, or
    /// after a dash, with no verb of saying, signs the quote paragraph above, as under a
    /// pull quote. (A full stop ends such a line only where no verb can stand in it.)
    fn signature_line(&self, s: &Sentence<'_>) -> Option<usize> {
        const SIGNATURE_TOKENS: usize = 24;
        let (start, end) = (s.range.start, s.range.end);
        let dash = s.tokens.get(start).is_some_and(|t| t.is_punct("-–—"));
        let first = start + usize::from(dash);
        let fits = start == 0
            && end == s.tokens.len()
            && end - start <= SIGNATURE_TOKENS
            && !s.tokens[end - 1].is_punct("!?");
        if !fits {
            return None;
        }
        let m = s.mentions.iter().find(|m| m.toks.start == first)?;
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
    fn back_reference_after_quotes(
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
    fn forget_title_line_runs(&mut self, from: usize, para_start: usize) {
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

    /// The subject of every cue of the sentence, in order.
    fn cue_subjects(&mut self, s: &mut Sentence<'_>, cues: &[Cue]) -> Vec<Option<usize>> {
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

    /// Speaker, cue and kind of the quote at token `qt`, nearest evidence first:
    /// a cue of its sentence; for a quote opening its paragraph, the speaker whose
    /// quote closed the paragraph before; a colon after the sentence's subject; the
    /// paragraph's last speaker or the previous sentence's person.
    fn attribute_quote(
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
        } else if let Some(e) = self.authored_utterance(s, qt) {
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
                .or_else(|| self.person_after_semicolon(s, c.end, qt));
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
            att.entity = self
                .quote_colon_subject(s, qt)
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
    fn clause_subject_after_quote(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn possessive_text_role(&self, s: &Sentence<'_>) -> Option<usize> {
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
    fn persons_before(&self, s: &Sentence<'_>, at: usize) -> Vec<usize> {
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
    fn possessive_role_holder(&self, t: &Token) -> Option<usize> {
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
        let verb = qt + 2;
        let plain_verb = verb + 1 < s.range.end
            && s.tokens[qt + 1].is_punct(",")
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
        // (`„…“, rückte Bauernbund-Präsident Georg Strasser das Miteinander in den
        // Vordergrund`: a role may stand before the name.)
        let at = if s
            .tokens
            .get(verb + 1)
            .is_some_and(|t| t.is_cap() && t.has(b::ROLE))
        {
            verb + 2
        } else {
            verb + 1
        };
        s.mentions
            .iter()
            .find(|m| {
                m.kind == MentionKind::Name
                    && (m.toks.start == verb + 1 || (at > verb + 1 && m.toks.contains(&at)))
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
    fn commas_only_list(&self, s: &Sentence<'_>, from: usize, to: usize) -> bool {
        let commas: Vec<usize> = (from..to).filter(|&k| s.tokens[k].is_punct(",")).collect();
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
    fn saxon_owner<'s>(s: &'s Sentence<'_>, noun: usize) -> Option<&'s Mention> {
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
        let m = s.mentions.iter().find(|m| m.toks.start == qt + 1)?;
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
    fn issuing_subject(&mut self, s: &mut Sentence<'_>) -> Option<usize> {
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
        let closing_name = v > s.range.start
            && s.tokens[v - 1].is_punct(",")
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
            (j > k).then(|| name_at(j).or_else(led_by_role)).flatten()
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
                        let body = genitive_body(&q)
                            && text_after_article(&s.mentions[q])
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

    /// `When it comes to terrorism, said the Vice President, “…”`: a verb between commas,
    /// its subject after it, with the quote right after the second comma, is inverted.
    fn parenthetical_before_quote(&self, s: &Sentence<'_>, v: usize) -> bool {
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
    fn of_phrase_person(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
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
    fn affiliated_at(&self, s: &Sentence<'_>, mut k: usize) -> Option<usize> {
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
    fn role_of_body_person(&self, s: &Sentence<'_>, m: &Mention) -> bool {
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
    fn after_subject_preposition(&self, s: &Sentence<'_>, m: &Mention) -> bool {
        s.tokens[s.range.start..m.toks.start]
            .iter()
            .rev()
            .find(|t| t.lower().is_none_or(|w| !self.lex.determiners.contains(w)))
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.subject_prepositions.contains(w))
    }

    /// An English participle (`saying`, `addressing`): a word with a participle ending
    /// and a stem of three letters or more.
    fn is_participle(&self, t: &Token) -> bool {
        t.lower().is_some_and(|w| self.lex.is_participle(w))
    }

    /// `X released a statement boycotting Y saying “…”`, `X replied to Y, adding`: an
    /// English participle cue is said by its sentence's subject, not the noun before it,
    /// unless that noun opens an absolute phrase (`with X saying`).
    fn participle_cue(&self, s: &Sentence<'_>, c: &Candidates, v: usize) -> bool {
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
    fn absolute_subject(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
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
    fn noun_after_quoted_modifier(&self, s: &Sentence<'_>, m: &Mention) -> bool {
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
    fn pre_verb_end(&self, s: &Sentence<'_>, v: usize) -> usize {
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
    fn apposition_subject(&self, s: &Sentence<'_>, v: usize, after: usize) -> Option<usize> {
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
    fn impersonal_subject(&self, s: &Sentence<'_>, start: usize, after: usize) -> Option<usize> {
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
    fn pointed_org(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
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
    fn opening_participle_speaker(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
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

    /// The subject of a speech verb `v`: a pronoun after a German verb; the name after
    /// the verb when the first position holds a predicate or an unknown lone word; else
    /// the subject before the verb, after it, or the first of the clause or sentence.
    fn speech_subject(&self, s: &mut Sentence<'_>, c: &Candidates, v: usize) -> Option<usize> {
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
        let fronted_word = pre.is_some_and(|p| self.fronted_unknown_word(s, p))
            && post_subject.is_some_and(|p| self.multi_word_name(s, p));
        // `Mit Blick auf die Herkunft von Trumps Familie erklärte der Kanzler`: a German
        // sentence opened by a prepositional phrase has its subject after the verb.
        // (`In puncto Binnenmarkt, Handel und Industrie betonte Juncker`: commas of a
        // list of nouns closed by `und` stay within the phrase.)
        let fronted_phrase = self.lex.verb_second
            && pre.is_some()
            && s.tokens[s.range.start].has(b::PREPOSITION)
            && !s.tokens[s.range.start..v].iter().any(|t| t.is_punct(";:"))
            && self.commas_only_list(s, s.range.start, v);
        // (`Der OZ sagte der Vorsitzende der IMK`: when a body and a person description
        // both open with `der` around the verb, one is a dative; a verb of saying takes
        // its addressee there, so the person after the verb speaks.)
        let der = |p: usize| {
            s.tokens[s.mentions[p].toks.start]
                .lower()
                .is_some_and(|w| w == "der")
        };
        let party_first = s
            .tokens
            .get(s.range.start + 1)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.party_short_names.contains(w) && !w.ends_with('e'));
        let dative_body_first = self.lex.verb_second
            && pre.is_some_and(|p| {
                let m = &s.mentions[p];
                m.toks.start == s.range.start
                    && der(p)
                    && match m.kind {
                        MentionKind::Description { org, .. } => org,
                        MentionKind::Name => m
                            .entity
                            .is_some_and(|e| !self.reg.entities[e].person_like()),
                        _ => false,
                    }
            })
            && post_subject.is_some_and(|p| {
                let m = &s.mentions[p];
                match m.kind {
                    MentionKind::Description { org: false, .. } => party_first || der(p),
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
        // (`Den Ministerpräsidenten Matthias Platzeck, der abtritt, nannte er eine „…“`:
        // an object's article opening the sentence leaves the subject to the pronoun
        // after the verb, whatever comma closes the object's relative clause.)
        let object_first = self.lex.verb_second
            && s.tokens[s.range.start].has(b::OBJECT_DET)
            && s.tokens[s.range.start].is_cap();
        if let (true, Some(p)) = (
            self.lex.verb_second && (!c.comma_before || subordinate_first || object_first),
            post_pronoun,
        ) {
            // `Demnach sagte er`: a nominative pronoun after the verb is the subject.
            Some(p)
        } else if let (true, Some(p)) = (
            predicate_first
                || fronted_word
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
        s.mentions
            .iter()
            .position(|m| m.toks.end <= v && m.subject_capable() && !m.agent)
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
    fn relative_at(&self, s: &Sentence<'_>, t: usize) -> bool {
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
    fn middle_field_subject(&self, s: &Sentence<'_>, after: usize) -> Option<usize> {
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
    fn first_of_pair(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
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
    fn name_after_quoted_role(&self, s: &Sentence<'_>, at: usize) -> Option<usize> {
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
    fn name_after_bracketed_qualification(&self, s: &Sentence<'_>, open: usize) -> Option<usize> {
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
    fn person_closing_rating(&self, s: &Sentence<'_>, p: usize) -> Option<usize> {
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
    fn genitive_attribute(&self, s: &Sentence<'_>, m: &Mention) -> bool {
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
    fn passive_speech_agent(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
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
    fn english_passive(&self, s: &Sentence<'_>, v: usize) -> bool {
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
    fn first_person_subject(&self, s: &Sentence<'_>, v: usize) -> bool {
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

    /// A name of two words or more (`Karl Berg`).
    fn multi_word_name(&self, s: &Sentence<'_>, p: usize) -> bool {
        let m = &s.mentions[p];
        m.kind == MentionKind::Name && m.toks.len() >= 2
    }

    /// `“…,” the Bundesbank said` / `The Guardian later reported that “…”`: a definite
    /// article and a lone capitalised word right before the speech verb (adverbs between
    /// skipped) name a body when the word ends in an organisation noun or the verb is one
    /// that media use (`reported`). That body speaks, before any pronoun or topic guess.
    fn named_org_subject(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
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
    fn demonym_subject(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
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
    fn people_subject(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
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
    fn partitive_subject(&mut self, s: &mut Sentence<'_>, cue: &Cue) -> Option<usize> {
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
    fn skippable_before_verb(&self, t: &Token) -> bool {
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

    /// A person-like name opening the sentence (its subject in first position) before
    /// quote token `qt`.
    /// `The court justified the “double sentence” on the grounds “…”`: so is a body
    /// that has already spoken, named or described (`the court`).
    /// `A planned demonstration by Christian Concern was cancelled to “conserve energy”`:
    /// failing a speaker, the one named name acting (`by`) before the quote.
    fn agent_speaker(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn quote_initial(&self, s: &Sentence<'_>, qt: usize) -> Option<char> {
        self.text
            .get(s.tokens[qt].range.clone())
            .and_then(|q| q.chars().find(|&c| is_alphanumeric(c)))
    }

    /// `Because the flooding was so severe, Gov. James B. Hunt Jr. “declared war” on the
    /// disaster`: in English, a quote in lower case right after a person opening a clause
    /// is that person's verb, in their words.
    fn predicate_quote_owner(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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

    fn opening_person(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn adjective_led_term(&self, tokens: &[Token], m: &Mention) -> bool {
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
    fn said_label(&self, tokens: &[Token], m: &Mention) -> bool {
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
    fn plural_noun_term(&self, tokens: &[Token], m: &Mention) -> bool {
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
    fn opening_body(&mut self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn name_like_quote(&self, s: &Sentence<'_>, qt: usize) -> bool {
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

    /// A quoted name: after a naming word (`Motto`, `titled`), or after an article
    /// (`der „Bild am Sonntag“`, `dem „Handelsblatt“`, `the “Nestbox” line`): a
    /// newspaper, a party, a product. Then its words are in title
    /// case: several capitalised words with at most short lower-case ones between
    /// (`Made in Germany`), or one word that names a body (`Handelsblatt`) — or, in a
    /// language that does not capitalise its nouns, any one capitalised word.
    fn title_quote(&self, s: &Sentence<'_>, qt: usize) -> bool {
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
        // (`des Nachrichtenmagazins „profil“`: a paper's one-word name may be lower-case.)
        let one_word = || {
            raw.trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .all(char::is_alphanumeric)
        };
        let media = || {
            s.tokens[qt - 1]
                .lower()
                .is_some_and(|w| self.lex.is_media_naming_word(w))
                && one_word()
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
    fn short_quote_key(&self, span: Range<usize>) -> Option<(u64, bool)> {
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
    fn uncued_title(&self, s: &Sentence<'_>, qt: usize) -> bool {
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

    /// `Mit den Worten „…“ verlieh Präsident Sobotka seiner Freude Ausdruck`: after a
    /// phrase that opens a quote as an object, the sentence's subject said it; German
    /// names it after the verb, English before the phrase or after the quote.
    fn opened_quote_speaker(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn infinitive_speaker(&mut self, s: &mut Sentence<'_>) -> Option<usize> {
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
    fn text_frame_subject(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn colon_subject(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        // `Europa brauche eine starke Agrarpolitik: „…“`: reported speech (Konjunktiv)
        // before the colon goes on with the speaker before, not its grammatical subject.
        if qt == s.range.start || !s.tokens[qt - 1].is_punct(":") || s.reported {
            return None;
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

    /// `Ferrero-Waldner zur Kritik Pierre Moscovicis: „…“`: a headline that opens with a
    /// name and a topic's preposition gives that person the floor; a better-known name
    /// inside the topic is what they speak about.
    fn topic_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        if !self.in_headline {
            return None;
        }
        let m = s.mentions.first().filter(|m| {
            m.kind == MentionKind::Name && m.toks.start == s.range.start && m.toks.end + 1 < qt
        })?;
        let topic = s.tokens[m.toks.end]
            .lower()
            .is_some_and(|w| self.lex.headline_topic_prepositions.contains(w));
        // (The colon closes the label: no other colon before it.)
        let one_colon = (m.toks.end..qt - 1).all(|t| !s.tokens[t].is_punct(":"));
        if !(topic && one_colon) {
            return None;
        }
        self.label_person(s, m)
    }

    /// `„Uns ist der Wunschpartner abhanden gekommen“ - Bosbach: Verhandlungen sicher
    /// schwer`: a subtitle's quote followed by a dash and a name's label is that
    /// person's; the words after the colon sum up the rest.
    fn quote_dash_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn label_after_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn slash_label(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
                    && (m.toks.end == colon
                        || s.tokens[m.toks.end].is_word() && !s.tokens[m.toks.end].is_cap())
            })
            .and_then(|m| self.label_person(s, m))
    }

    /// `Für Gaus ist ein Interview gelungen, „…“ - Beckmann hingegen: „…“`: a label after a
    /// dash names the speaker of its quote before any stance the sentence opened with (and
    /// before a noun for what was said that owns the colon, which `colon_subject` tries).
    fn labelled_after_dash(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
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
        // (`Virtuelle „Europa-Sprechstunde“ mit Karoline Edtstadler: „…“`: so does one
        // after `mit`, the guest of the event before it.)
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
                    || s.tokens[m.toks.start - 1]
                        .lower()
                        .is_some_and(|w| self.lex.is_label_preposition(w)))
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
    fn quote_colon_subject(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn earlier_quote_colon_owner(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn genitive_owner(&mut self, s: &mut Sentence<'_>, noun: usize, qt: usize) -> Option<usize> {
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
    fn framing_noun_owner(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn authored_utterance(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn kicker_speaker(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
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
    fn stance_speaker(&mut self, s: &mut Sentence<'_>, qt: usize) -> Option<usize> {
        let m = self.stance_holder(s, qt)?;
        let e = self.resolve(s, m)?;
        s.mentions[m].entity = Some(e);
        Some(e)
    }

    /// `Für Klaus Weber ist klar: „…“`, `For Karen Webb, the answer is clear: “…”`: the
    /// person after a sentence-opening `für`/`for` is the one whose view follows.
    fn stance_holder(&self, s: &Sentence<'_>, qt: usize) -> Option<usize> {
        // (A bit test first: most sentences open with no preposition.)
        let first = &s.tokens[s.range.start];
        let opens = first.has(b::PREPOSITION)
            && first
                .lower()
                .is_some_and(|w| self.lex.stance_prepositions.contains(w));
        if !opens {
            return None;
        }
        s.mentions
            .iter()
            .position(|m| m.toks.start == s.range.start + 1 && m.toks.end < qt)
            .filter(|&m| self.likely_person(&s.mentions[m]))
    }

    /// First subject-capable mention between the clause start and token `v`.
    fn clause_first(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
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
    fn sentence_first(&self, s: &Sentence<'_>, v: usize) -> Option<usize> {
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
    fn after_opening_phrase(&self, s: &Sentence<'_>, limit: usize) -> Option<(usize, usize)> {
        let comma = (s.range.start..limit).find(|&t| s.tokens[t].is_punct(",;:"))?;
        let plain = s.tokens[comma].is_punct(",")
            && !s.tokens[s.range.start..comma]
                .iter()
                .any(|t| t.quote().is_some());
        let k = s.mentions.iter().position(|m| m.toks.start > comma)?;
        let no_person = s.mentions[..k].iter().all(|m| !self.likely_person(m));
        (plain && no_person).then_some((comma, k))
    }

    fn likely_person(&self, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Name => m.entity.is_some_and(|e| self.reg.entities[e].person_like()),
            MentionKind::Pronoun(_) => true,
            // `not a party to the talks`: a body, not a person.
            MentionKind::Description { org, .. } => !org,
            MentionKind::Document { .. } => false,
        }
    }

    fn mark_speaker(&mut self, e: usize) {
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

    /// The entity a mention stands for.
    fn resolve(&mut self, s: &Sentence<'_>, m: usize) -> Option<usize> {
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
                };
                if let Some(e) = found.filter(|&e| !org && !definite && self.reg.entities[e].org) {
                    self.spokes_body = Some((e, self.sentence_serial));
                }
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
    fn share_counterpart_office(&mut self, s: &Sentence<'_>) {
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

    fn opening_subject(&self, s: &Sentence<'_>) -> Option<usize> {
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
    fn participle_object(&self, s: &Sentence<'_>, p: usize) -> bool {
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
    fn learn_possessive_gender(&mut self, s: &Sentence<'_>) {
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
    fn learn_gender(&mut self, e: usize, refs: &[Referent]) {
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
    fn with_article(&self, s: &Sentence<'_>, m: usize) -> String {
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
    fn resolve_pronoun_mention(
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
    fn oblique_persons(&self, s: &Sentence<'_>) -> Vec<usize> {
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
    fn remember_subject_and_objects(&mut self, s: &Sentence<'_>) {
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
    fn coordinated_pair(&self, s: &Sentence<'_>) -> Option<(usize, usize)> {
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
    fn plural_description(&self, s: &Sentence<'_>, m: usize) -> bool {
        let toks = &s.mentions[m].toks;
        let first = s.tokens[toks.start].lower().unwrap_or_default();
        let noun = s.tokens[toks.end - 1].lower().unwrap_or_default();
        !self.lex.singular_articles.contains(first) && self.lex.is_plural_noun(noun)
    }

    /// `Researchers at the institute measured …`, `Die Autoren der Studie warnen …`: a
    /// plural role noun without a name opening the sentence as its subject; registered
    /// as a speaker of its own, so a plural pronoun in the next sentence can mean it.
    fn group_subject(&mut self, s: &mut Sentence<'_>) -> Option<usize> {
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

    /// `a statement by the ministry`, `a warning from the centre`: the body or person
    /// named right after the text by an agent or affiliation word.
    fn document_author(&mut self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        let mut end = s.mentions[m].toks.end;
        // `a statement issued by the ministry`: an issuing participle may come between.
        if s.tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.issue_verbs.contains(w))
        {
            end += 1;
        }
        let link = s
            .tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.agent.contains(w) || self.lex.affiliation.contains(w));
        // (`A statement in Washington said`: a place is where, not who; only a body's
        // name after `in` is the publication.)
        let published = s
            .tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.publication_prepositions.contains(w));
        // `One post by him read, “…”`: an object pronoun after the link is the author.
        let pronoun = s
            .tokens
            .get(end + 1)
            .and_then(Token::lower)
            .and_then(|w| self.lex.object_pronouns.get(w));
        if let Some(refs) = pronoun.filter(|_| link) {
            return self.resolve_pronoun(refs, &s.subjects);
        }
        let next = s.mentions.get(m + 1)?;
        // `a statement on Amaury's website`: the owner of the place it was put up.
        let venue = s
            .tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.venue_prepositions.contains(w))
            && next.kind == MentionKind::Name
            && s.tokens[next.toks.end - 1]
                .lower()
                .is_some_and(|w| self.lex.venue_nouns.contains(w));
        if venue && next.toks.start == end + 1 {
            return self.resolve(s, m + 1);
        }
        let author = matches!(
            next.kind,
            MentionKind::Name | MentionKind::Description { org: true, .. }
        );
        if next.toks.start != end + 1 || !author {
            None
        } else if link {
            self.resolve(s, m + 1)
        } else if published {
            let press = s.tokens[s.mentions[m].toks.end - 1]
                .lower()
                .is_some_and(|w| self.lex.press_texts.contains(w));
            self.resolve(s, m + 1).filter(|&e| {
                let ent = &self.reg.entities[e];
                ent.org || (press && ent.may_be_org())
            })
        } else {
            None
        }
    }

    /// `Die Erklärung`, `the statement`: the body that spoke last, else the last named.
    /// `In a statement released later, Smith said …` ⏎ `“…,” the statement said`: the
    /// speaker of a sentence naming a text in this or the previous paragraph comes first.
    fn resolve_definite_document(&mut self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        // (`a new World Bank report` … `the report stated`: the author named with that
        // noun comes first.)
        let noun = s.tokens[s.mentions[m].toks.end - 1].lower();
        let authored = self
            .text_author
            .as_ref()
            .filter(|(_, w)| noun == Some(w.as_str()))
            .map(|&(e, _)| e);
        let e = authored
            .or_else(|| self.recent_issuer())
            .or_else(|| self.org_speakers.iter().next())
            .or_else(|| self.org_subjects.iter().next())
            .or_else(|| self.orgs.iter().next())?;
        let whole = self.with_article(s, m);
        self.reg.add_form(e, &whole);
        Some(e)
    }

    /// Who put out the text a sentence of this or the previous paragraph named.
    fn recent_issuer(&self) -> Option<usize> {
        self.doc_issuer
            .filter(|&(_, p)| p + 1 >= self.paras)
            .map(|(e, _)| e)
    }

    /// `the ministry`: a body with that word in its name; `das Unternehmen`, `the
    /// company`: the body (or bare name such as `Amazon`) the text last spoke of.
    fn resolve_org_description(&self, head: &str) -> Option<usize> {
        let found = self.org_with_noun(head);
        // (`Airline cancels hundreds of flights` ⏎ `SkyJet cancelled …` ⏎ `the airline
        // said`: a headline's bare noun is no name; the firm the text named goes first.)
        let bare = found.is_some_and(|e| {
            let name = self.reg.entities[e].name.to_lowercase();
            self.lex.spellings(head).any(|h| name == h)
        });
        if bare {
            return self.recent_firm(head).or(found);
        }
        found
    }

    /// The body with `head` in its name or role, else (for a generic noun) the one the
    /// text last spoke of.
    fn org_with_noun(&self, head: &str) -> Option<usize> {
        self.orgs
            .iter()
            .find(|&e| {
                // A word of the name, not part of one (`the court` is no `Courthouse`;
                // German compounds end with the noun: `Landgericht` is `das Gericht`).
                let name = self.reg.entities[e].name.to_lowercase();
                self.lex.spellings(head).any(|h| {
                    name.split_whitespace().any(|w| {
                        let plural = w.starts_with(h) && w.len() <= h.len() + 2;
                        w == h || plural || (self.lex.capitalised_nouns && w.ends_with(h))
                    })
                })
            })
            // `Premier League club Westbridge United` ⏎ `the club`: the body named with
            // that noun before its name.
            .or_else(|| {
                self.orgs
                    .iter()
                    .find(|&e| self.reg.entities[e].role_heads.iter().any(|h| h == head))
            })
            .or_else(|| {
                let generic = self
                    .lex
                    .generic_orgs
                    .iter()
                    .any(|g| head.contains(g.as_str()));
                // A description (`one worker`) has no name keys: it is nobody's firm.
                // (Nor is a people, `Palestinians`, that called for a boycott.)
                let firm_head = self
                    .lex
                    .firm_nouns
                    .iter()
                    .any(|f| head.contains(f.as_str()));
                let firm = |e: usize| {
                    let ent = &self.reg.entities[e];
                    ent.spoke
                        && (ent.org || (ent.may_be_org() && !ent.keys.is_empty()))
                        && !(firm_head && self.lex.is_people_plural(&ent.name))
                };
                generic
                    .then(|| self.topics.iter().find(|&e| firm(e)))
                    .flatten()
            })
    }

    /// `Boeing Co. cut 500 jobs.` ⏎ `the company said`: failing a firm that spoke, a bare
    /// generic noun means the last body named as a firm, or the body or bare name that
    /// opened the sentence before (`Siemens cut 500 jobs.`). (A description with words of
    /// its own, `Spain’s national weather agency`, is a body of its own.)
    fn recent_firm(&self, head: &str) -> Option<usize> {
        let generic = self
            .lex
            .generic_orgs
            .iter()
            .any(|g| head.contains(g.as_str()));
        if !generic {
            return None;
        }
        let company = |e: usize| {
            let ent = &self.reg.entities[e];
            ent.org
                && ent.name.split_whitespace().last().is_some_and(|w| {
                    let w = w.trim_end_matches('.').to_lowercase();
                    self.lex.company_suffixes.contains(w.as_str())
                })
        };
        // (A description, `one worker`, has no name keys: it is nobody's firm.)
        let named = |e: usize| !self.reg.entities[e].keys.is_empty();
        // `The EPA fined Acme.` ⏎ `the company said`: a firm is no body named by an
        // acronym or by another kind of body's noun (`Environmental Protection Agency`).
        let firm_head = self
            .lex
            .firm_nouns
            .iter()
            .any(|f| head.contains(f.as_str()));
        let may_be_firm = |e: usize| {
            let name = &self.reg.entities[e].name;
            let acronym = name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
            let other_body = name.split_whitespace().last().is_some_and(|w| {
                let w = w.trim_end_matches('.').to_lowercase();
                self.lex.is_org_word(&w, true) && !self.lex.company_suffixes.contains(w.as_str())
            });
            !firm_head || !(acronym || other_body)
        };
        self.orgs
            .iter()
            .find(|&e| company(e))
            // `The National Weather Service warned …` ⏎ `the agency said`.
            .or(self
                .prev_org_subject
                .filter(|&e| named(e) && may_be_firm(e)))
            .or(self.prev_bare_subject.filter(|&e| named(e)))
            // `According to a statement from the Civil Aviation Authority, …` ⏎ `The
            // regulator said`: the last named body that has spoken.
            .or_else(|| {
                self.orgs
                    .iter()
                    .find(|&e| named(e) && may_be_firm(e) && self.reg.entities[e].spoke)
            })
    }

    /// A description that refers to nobody known becomes a speaker of its own: a definite
    /// one under its words without article, waiting for a name with its role; an
    /// indefinite one (`a spokesman`) once per document.
    fn register_unresolved(
        &mut self,
        s: &Sentence<'_>,
        m: usize,
        definite: bool,
        org: bool,
        mods: Vec<String>,
        head: Option<String>,
    ) -> usize {
        let e = self.register_unresolved_form(s, m, definite, org, mods, head);
        // `The US federal National Transportation Safety Board (NTSB)`: the acronym in
        // brackets after a body's description is that body.
        let end = s.mentions[m].toks.end;
        let bracketed = org
            && s.tokens.get(end).is_some_and(|t| t.is_punct("("))
            && s.tokens.get(end + 2).is_some_and(|t| t.is_punct(")"));
        let acronym = s
            .mentions
            .get(m + 1)
            .filter(|a| bracketed && a.kind == MentionKind::Name && a.toks == (end + 1..end + 2))
            .and_then(|a| a.entity);
        if let Some(a) = acronym {
            self.reg.redirect(a, e);
        }
        e
    }

    /// Registers the description itself, as an indefinite or a definite one.
    fn register_unresolved_form(
        &mut self,
        s: &Sentence<'_>,
        m: usize,
        definite: bool,
        org: bool,
        mods: Vec<String>,
        head: Option<String>,
    ) -> usize {
        let mention = &s.mentions[m];
        let form = self.text.get(mention.text.clone()).unwrap_or("");
        let gender = self.description_gender(s, m).filter(|_| !org);
        // `A Pentagon statement said`: a body's proper name is the body, whatever the
        // article before the text (German capitalises every noun: `eine Firma` is some firm).
        let proper_body = org
            && !self.lex.capitalised_nouns
            && form.chars().next().is_some_and(char::is_uppercase);
        if !definite && !proper_body {
            // `Thomas' sister pleaded with him, but he replied`: a kinship word's gender
            // keeps a pronoun of the other one off an indefinite description too.
            // (`laut einem Polizeisprecher`: an article in another case than the subject's
            // is left out of the name, as a definite one is.)
            let oblique = s.tokens[mention.toks.start].lower().is_some_and(|w| {
                self.lex.object_dets.contains(w) || self.lex.genitive_articles.contains(w)
            });
            let whole = if oblique && mention.toks.len() > 1 {
                form.to_string()
            } else {
                self.with_article(s, m)
            };
            let e = self.reg.register_indefinite(&whole, org);
            let head = mention
                .toks
                .end
                .checked_sub(1)
                .and_then(|t| s.tokens[t].lower());
            let kin = head.and_then(|w| self.lex.listed_role_gender(w));
            // `executives spoke of …` ⏎ `he said`: a group is only ever `they`, which
            // stands for bodies and groups alike.
            let group = (!org && self.plural_description(s, m)).then_some(Referent::Org);
            if let Some(ent) = self.reg.entities.get_mut(e) {
                ent.gender = ent.gender.or(group).or(kin.filter(|_| !org));
            }
            return e;
        }
        let after_genitive = s.tokens[mention.toks.start]
            .lower()
            .is_some_and(|w| self.lex.genitive_articles.contains(w));
        let form = if org {
            self.lex.org_name_nominative(form, after_genitive)
        } else if after_genitive {
            // `Erklärung des Generalsekretärs`: the role is named as the nominative.
            let det = s.tokens[mention.toks.start].lower();
            crate::extract::names::nominative_role(form, det, self.lex)
        } else {
            form.to_string()
        };
        // `The villagers were driven from their land` ⏎ `“…,” he said.`: a group is only
        // ever `they`.
        let group = (!org && self.plural_description(s, m)).then_some(Referent::Org);
        let e = self.reg.register_description(&form, org);
        if let Some(ent) = self.reg.entities.get_mut(e) {
            ent.gender = group.or(gender);
        }
        if let (false, Some(h)) = (org, head) {
            self.wait_for_name(e, mods, h);
        }
        e
    }

    /// `„…“, sagte der Bundeskanzler.` … `„…“, so der Bundeskanzler.`: a role that
    /// described someone the text has not named yet describes the same person again,
    /// before whoever the sentence before was about (`Trump habe …`).
    fn pending_description(&self, mods: &[String], head: Option<&str>) -> Option<usize> {
        let head = head?;
        let deputy = |w: &str| {
            self.lex
                .deputy_words
                .iter()
                .any(|d| w.starts_with(d.as_str()))
        };
        self.pending.iter().rev().find_map(|(e, pmods, phead)| {
            let same_role = phead == head
                || ((phead.ends_with(head) || head.ends_with(phead.as_str()))
                    && deputy(phead) == deputy(head));
            let clash =
                !mods.is_empty() && !pmods.is_empty() && !mods.iter().any(|m| pmods.contains(m));
            // (`astronomers` are a group, `the astronomer` one of them.)
            let group =
                self.reg.entities[*e].org || self.reg.entities[*e].gender == Some(Referent::Org);
            (same_role && !clash && !group).then_some(*e)
        })
    }

    /// Lets description `e` wait for a later name with its role (see `pending`).
    fn wait_for_name(&mut self, e: usize, mods: Vec<String>, head: String) {
        self.pending.push_back((e, mods, head));
        if self.pending.len() > WINDOW {
            self.pending.pop_front();
        }
    }

    /// The gender a description at mention `m` states: its role noun's (`die Zeugin`,
    /// `the spokeswoman`), else its article's (`der Zeuge`).
    fn description_gender(&self, s: &Sentence<'_>, m: usize) -> Option<Referent> {
        let toks = &s.mentions[m].toks;
        let word = |t: usize| s.tokens.get(t).and_then(Token::lower);
        let head = toks.end.checked_sub(1).and_then(word);
        head.and_then(|w| self.lex.role_gender(w)).or_else(|| {
            word(toks.start)
                .is_some_and(|d| self.lex.masculine_articles.contains(d))
                .then_some(Referent::Male)
        })
    }

    /// The organisation an indefinite description at mention `m` is tied to by an
    /// affiliation word (`a spokesman for the ministry`, `ein Sprecher des Ministeriums`).
    fn affiliated_org(&mut self, s: &Sentence<'_>, m: usize) -> Option<usize> {
        // `Gegner der Partei`, `critics of the plan`: a group named without an article
        // speaks for itself, not for the body it is defined by.
        let led = s
            .tokens
            .get(s.mentions[m].toks.start)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.determiners.contains(w) || self.lex.object_dets.contains(w));
        let end = s.mentions[m].toks.end;
        // (`representatives from the Health Ministry`: those who act for a body do so
        // without an article too.)
        let representative = s.tokens[end - 1]
            .lower()
            .is_some_and(|w| self.lex.representative_roles.contains(w));
        if !led && !representative {
            return None;
        }
        // `a resident at the station`: someone who speaks for themselves.
        let private = s.tokens[end - 1]
            .lower()
            .is_some_and(|w| self.lex.is_private_role(w));
        if private {
            return None;
        }
        let link = s
            .tokens
            .get(end)
            .and_then(Token::lower)
            .is_some_and(|w| self.lex.affiliation.contains(w));
        // `a spokesperson for them`: the body this sentence, else the one before, named.
        let body_pronoun = link
            && s.tokens
                .get(end + 1)
                .and_then(Token::lower)
                .and_then(|w| self.lex.object_pronouns.get(w))
                .is_some_and(|refs| refs.contains(&Referent::Org));
        if body_pronoun {
            return s.mentions[..m]
                .iter()
                .rev()
                .filter_map(|x| x.entity)
                .find(|&e| self.reg.entities[e].org)
                .or(self.prev_org_subject)
                .or(self.prev_org);
        }
        let next = s.mentions.get(m + 1)?;
        if !link || !(next.toks.start == end || next.toks.start == end + 1) {
            return None;
        }
        match next.kind {
            MentionKind::Name => next.entity.filter(|&e| {
                let ent = &self.reg.entities[e];
                ent.org || ent.may_be_org()
            }),
            MentionKind::Description {
                org: true,
                definite: true,
                ..
            } => self.resolve(s, m + 1),
            _ => None,
        }
    }

    fn demonstrative(&self, s: &Sentence<'_>, m: usize) -> bool {
        s.tokens[s.mentions[m].toks.start]
            .lower()
            .is_some_and(|w| self.lex.demonstrative_pronouns.contains_key(w))
    }

    /// `… seit der Amtseinführung von John F. Kennedy an. Dieser hatte über sie gesagt`:
    /// the last person named before, in this sentence or the one before, whom the
    /// gender fits; the topic (`Thomas`) is what a personal pronoun would mean instead.
    fn resolve_demonstrative(
        &self,
        s: &Sentence<'_>,
        m: usize,
        refs: &[Referent],
    ) -> Option<usize> {
        let fits = |e: &usize| fits(&self.reg.entities[*e], refs);
        s.mentions[..m]
            .iter()
            .rev()
            .filter(|x| x.kind == MentionKind::Name)
            .filter_map(|x| x.entity)
            .filter(|&e| self.reg.entities[e].person_like())
            .find(fits)
            .or_else(|| self.prev_persons.iter().rev().copied().find(fits))
    }

    fn resolve_pronoun(&self, refs: &[Referent], in_sentence: &[usize]) -> Option<usize> {
        // (`Obama urged Americans to … He said`: a people in the plural is no `he`.)
        let person = refs.contains(&Referent::Male) || refs.contains(&Referent::Female);
        let fits = |e: usize| {
            let ent = &self.reg.entities[e];
            fits(ent, refs) && !(person && self.lex.is_people_plural(&ent.name))
        };
        // `Sandra Bell apologized in a statement. “…,” it read.`: `it` right after a
        // sentence naming a text is that text, which speaks for whoever put it out.
        let text = refs.iter().all(|r| *r == Referent::Org)
            && in_sentence.is_empty()
            && self.doc_sentence + 1 == self.sentence_serial;
        if let Some((e, _)) = self.doc_issuer.filter(|_| text) {
            return Some(e);
        }
        in_sentence
            .iter()
            .rev()
            .copied()
            .find(|&e| fits(e))
            .or_else(|| {
                refs.contains(&Referent::Org)
                    .then_some(self.prev_org_subject)
                    .flatten()
            })
            .or_else(|| self.prev_oblique.iter().rev().copied().find(|&e| fits(e)))
            .or_else(|| {
                let subject = &self.prev_subject_refs;
                if subject.is_empty() || subject.iter().any(|r| refs.contains(r)) {
                    return None;
                }
                let sure = |e: &usize| {
                    self.reg.entities[*e]
                        .gender
                        .is_some_and(|g| refs.contains(&g))
                };
                self.prev_objects.iter().copied().find(sure)
            })
            .or_else(|| {
                let person = refs.contains(&Referent::Male) || refs.contains(&Referent::Female);
                self.spokes_body
                    .filter(|&(_, n)| person && n + 1 == self.sentence_serial)
                    .map(|(e, _)| e)
            })
            // A person of the other known gender is skipped; unknown gender fits both.
            // (`When a reporter asked …, Ms. Vasquez turned to Mr. Haskins. “…,” he said.`:
            // an unnamed person of unknown gender gives way to someone the sentence before
            // named whom the pronoun's gender fits for certain.)
            .or_else(|| {
                let first = self.topics.iter().find(|&e| fits(e))?;
                let ent = &self.reg.entities[first];
                let unnamed = ent.gender.is_none() && ent.name.starts_with(char::is_lowercase);
                if !unnamed {
                    return Some(first);
                }
                let sure = |e: &usize| {
                    self.reg.entities[*e]
                        .gender
                        .is_some_and(|g| refs.contains(&g))
                };
                let mut certain = self.prev_persons.iter().copied().filter(sure);
                let only = match (certain.next(), certain.next()) {
                    (Some(e), None) => Some(e),
                    _ => None,
                };
                const NEAR: usize = 3;
                only.or_else(|| self.topics.iter().take(NEAR).find(sure))
                    .or(Some(first))
            })
            // `A statement by the Campaign was posted. It said …`: a body the sentence
            // before named, though never as a subject, is what `it` means.
            .or_else(|| {
                refs.contains(&Referent::Org)
                    .then_some(self.prev_org)
                    .flatten()
            })
    }

    /// `der russische Staatschef` → the recent person whose role shares the most
    /// words with it; a person whose role modifiers all differ (`chinesisch`) is excluded.
    fn resolve_description(
        &self,
        this_sentence: &[usize],
        mods: &[String],
        head: Option<&str>,
    ) -> Option<usize> {
        // On a tie of roles, someone already quoted beats someone only mentioned
        // (`so der Kanzler` after `an die Ansprache von Bundeskanzler Figl` is the
        // chancellor who is speaking).
        let mut best: Option<(usize, (usize, bool))> = None;
        let recent = this_sentence
            .iter()
            .copied()
            .filter(|&e| !self.reg.entities[e].org);
        let generic = head.is_some_and(|h| self.lex.generic_role_heads.contains(h));
        // `the 83-year-old acknowledged`: an age alone describes the person the text is
        // about.
        // (`the 19-year old says`: the age written in two words.)
        let split_age = match (mods, head) {
            ([m], Some(h)) => self.lex.is_age_noun(&format!("{m}-{h}")),
            _ => false,
        };
        if (mods.is_empty() && head.is_some_and(|h| self.lex.is_age_noun(h))) || split_age {
            let person = |e: &usize| self.reg.entities[*e].person_like();
            // (`Johanna hat kaum geschlafen. „…“, erzählt die 14-Jährige`: a bare given
            // name opening the sentence before is that person.)
            return this_sentence
                .iter()
                .copied()
                .find(person)
                .or(self.prev_bare_subject.filter(|&e| {
                    let name = self.reg.entities[e].name.to_lowercase();
                    self.lex.first_name_gender(&name).is_some()
                }))
                .or_else(|| self.persons.iter().find(person))
                .or_else(|| self.topics.iter().find(person));
        }
        // `den Vizeminister` is `den stellvertretenden Außenminister Saizew`: a deputy's
        // role compound is matched without its prefix against a deputy's role.
        let marked = |w: &str| {
            self.lex
                .deputy_words
                .iter()
                .any(|d| w.starts_with(d.as_str()))
        };
        let bare_head = head.and_then(|h| {
            self.lex.deputy_words.iter().find_map(|d| {
                h.strip_prefix(d.as_str())
                    .filter(|r| r.chars().count() >= 4)
            })
        });
        for e in recent.chain(self.persons.iter()) {
            if self.deputy_mismatch(&self.reg.entities[e], mods, head) {
                continue;
            }
            let ent = &self.reg.entities[e];
            let deputy =
                ent.role_mods.iter().any(|m| marked(m)) || ent.role_heads.iter().any(|h| marked(h));
            let head = bare_head.filter(|_| deputy).or(head);
            let Some(score) = role_matches(
                &self.reg.entities[e],
                mods,
                head,
                generic,
                &self.lex.newcomer_modifiers,
            ) else {
                continue;
            };
            let key = (score, self.reg.entities[e].spoke);
            if score > 0 && best.is_none_or(|(_, b)| key > b) {
                best = Some((e, key));
            }
        }
        best.map(|(e, _)| e)
    }

    /// `the CEO` → modifiers `chief`, head `executive`: a short role in its long form,
    /// as stems, so that it matches the role a person was named with.
    fn expand_role(&self, mods: &[String], head: Option<&str>) -> Option<(Vec<String>, String)> {
        let long = self.lex.role_abbreviations.get(head?)?;
        // (`Bauer's CEO`: the description's own modifiers stay.)
        let mut stems: Vec<String> = long
            .split_whitespace()
            .map(|w| names::stem(w, &self.lex.stem_endings))
            .collect();
        let head = stems.pop()?;
        Some((mods.iter().cloned().chain(stems).collect(), head))
    }

    /// `der Kanzler` is not `Vizekanzler Spindelegger`, `the president` not `Vice President
    /// Biden`: a person whose role marks a deputy or former holder that the description
    /// does not mark is no match.
    fn deputy_mismatch(&self, ent: &Entity, mods: &[String], head: Option<&str>) -> bool {
        let marked = |w: &str| {
            self.lex
                .deputy_words
                .iter()
                .any(|d| w.starts_with(d.as_str()))
        };
        let described = mods.iter().any(|m| marked(m)) || head.is_some_and(marked);
        if described {
            return false;
        }
        let compound = |x: &String| head.is_some_and(|h| x.len() > h.len() && x.ends_with(h));
        ent.role_mods.iter().any(|m| marked(m))
            || ent.role_heads.iter().any(|x| compound(x) && marked(x))
    }

    /// A name with a role that a waiting description announced (`the judge` …
    /// `Judge Alan Whitcombe`) takes over that description's quotes.
    fn settle_pending(&mut self, mentions: &[Mention]) {
        if self.pending.is_empty() {
            return;
        }
        for m in mentions {
            let Some(e) = m.entity.filter(|_| m.kind == MentionKind::Name) else {
                continue;
            };
            let ent = &self.reg.entities[e];
            if ent.org || ent.role_heads.is_empty() {
                continue;
            }
            // (`the pilot` is no `co-pilot`: a deputy's role never settles the plain one;
            // tested last, as the costliest.)
            let hit = self.pending.iter().position(|(p, mods, head)| {
                *p != e
                    && role_matches(
                        ent,
                        mods,
                        Some(head.as_str()),
                        self.lex.generic_role_heads.contains(head.as_str()),
                        &self.lex.newcomer_modifiers,
                    )
                    .is_some_and(|score| score > 0)
                    && !self.deputy_mismatch(ent, mods, Some(head.as_str()))
            });
            if let Some(i) = hit {
                if let Some((p, _, _)) = self.pending.remove(i) {
                    self.reg.redirect(p, e);
                }
            }
        }
    }

    /// Remembers the sentence's people for later pronouns and descriptions.
    /// Returns the person a definite description opening the sentence refers to (`The
    /// governor paused.`): the sentence's topic.
    fn update_salience(&mut self, s: &mut Sentence<'_>) -> Option<usize> {
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
    fn sentence_topic(&self, s: &Sentence<'_>) -> Option<usize> {
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
}

impl Attributor<'_> {
    /// `VP-Walter: „…“` above `Der Landesgeschäftsführer der ÖVP Wien, Stadtrat Norbert
    /// Walter: „…“`: a party's short name joined to a word (lexicon `party_short_names`)
    /// is a label for the one person the text names in full with that surname. (`SPD-Basis`
    /// stays what it is: no `… Basis` is a person.)
    fn party_labels_to_persons(&mut self) {
        if self.lex.party_short_names.is_empty() {
            return;
        }
        let joined: Vec<(usize, String)> = (0..self.reg.entities.len())
            .filter(|&e| self.reg.canonical(e) == e)
            .filter_map(|e| {
                let ent = &self.reg.entities[e];
                let (front, rest) = ent.name.split_once('-')?;
                let party = !ent.org
                    && !ent.name.contains(' ')
                    && self.lex.party_short_names.contains(&front.to_lowercase());
                party.then(|| (e, rest.to_string()))
            })
            .collect();
        if joined.is_empty() {
            return;
        }
        let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
        for (e, ent) in self.reg.entities.iter().enumerate() {
            if self.reg.canonical(e) != e || ent.org || ent.token_count() < 2 {
                continue;
            }
            if let Some(last) = ent.name.split_whitespace().last() {
                by_surname.entry(last).or_default().push(e);
            }
        }
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
}

/// Adjectives passed over between an article and a noun for what was said (`die
/// übereinstimmende Meinung der Teilnehmenden`).
const NOUN_ADJECTIVES: usize = 2;

/// Paragraphs at the top of a document that may hold its header.
const HEADER_PARAGRAPHS: usize = 6;

impl Attributor<'_> {
    /// `Gedenkveranstaltung: Rede von Nationalratspräsidentin Doris Bures`, `Kernaussagen
    /// der Rede des Kommissionspräsidenten Juncker`: the person after a speech noun and
    /// `von`/`des`/`by`/`of` in the header.
    fn speech_header(&mut self, s: &Sentence<'_>) -> Option<usize> {
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
    fn opens_with_self_introduction(&self, span: Range<usize>) -> bool {
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

/// Nothing but blanks between the span and the line breaks around it.
/// (Only the blanks next to the span are read: linear in the text over all quotes.)
fn fills_its_line(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let starts = before
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() || *c == '\n')
        .is_none_or(|c| c == '\n');
    let ends = after
        .chars()
        .find(|c| !c.is_whitespace() || *c == '\n')
        .is_none_or(|c| c == '\n');
    starts && ends
}

/// Every longer word outside quotes has a capital, and there are a few of them: a
/// headline in title case.
fn title_case(tokens: &[Token]) -> bool {
    let (caps, all) = capitalised_long_words(tokens);
    all >= MIN_LONG_WORDS && caps == all
}

/// Four in five longer words capitalised (`Also Addresses Everglades Coalition, Miami
/// Chamber of Commerce during Florida Trip`): a line in title case that lets a word slip.
fn mostly_title_case(tokens: &[Token]) -> bool {
    let (caps, all) = capitalised_long_words(tokens);
    all >= MIN_LONG_WORDS && caps * 5 >= all * 4
}

/// Words long enough to be capitalised only in title case: how many have a capital, of all.
const LONG_WORD: usize = 4;
/// Fewer long words than this make no title case.
const MIN_LONG_WORDS: usize = 3;

fn capitalised_long_words(tokens: &[Token]) -> (usize, usize) {
    let long = tokens
        .iter()
        .filter(|t| t.is_word() && t.range.len() >= LONG_WORD);
    long.fold((0, 0), |(caps, all), t| {
        (caps + usize::from(t.is_cap()), all + 1)
    })
}

/// `word` occurs in `text` as a whole word, as written (`classes.` holds `classes`).
pub(crate) fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The words of a quote, lower-cased.
fn lower_words(quote: &str) -> Vec<String> {
    quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A quote's words, lower-cased and joined, as a hash, and whether it is one word
/// that starts with a capital; `None` when it has no word, or is longer than a
/// headline's quote (which keeps the work per quote small).
fn quote_key(quote: &str) -> Option<(u64, bool)> {
    const LONGEST: usize = 160;
    // FNV-1a: equal keys are compared only within a few quotes, so a plain hash will do.
    const PRIME: u64 = 0x0100_0000_01b3;
    if quote.len() > LONGEST {
        return None;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |x: u32| {
        h = (h ^ u64::from(x)).wrapping_mul(PRIME);
    };
    let (mut words, mut in_word, mut first_cap) = (0usize, false, false);
    for c in quote.chars() {
        if !c.is_alphanumeric() {
            in_word = false;
            continue;
        }
        if !in_word {
            words += 1;
            if words == 1 {
                first_cap = c.is_uppercase();
            }
            mix(u32::from(' '));
        }
        in_word = true;
        if c.is_ascii() {
            mix(u32::from(c.to_ascii_lowercase()));
        } else {
            c.to_lowercase().for_each(|l| mix(u32::from(l)));
        }
    }
    (words > 0).then_some((h, words == 1 && first_cap))
}

/// The mentions around a cue that may be its subject (indices into the sentence's mentions).
struct Candidates {
    /// Right before the verb (or closing an apposition before it).
    pre: Option<usize>,
    /// Right after the verb, in any role.
    post: Option<usize>,
    /// Right after the verb where word order allows a subject there.
    post_subject: Option<usize>,
    /// `post_subject` when it is a pronoun.
    post_pronoun: Option<usize>,
    /// A comma stands right before the verb.
    comma_before: bool,
    /// First token after the cue.
    after: usize,
}

/// Whether the word at `t` could be an English verb after its subject: a lower-case
/// word that is no article, preposition or conjunction (`Smith and Jones` has none).
fn lower_verb_at(s: &Sentence<'_>, t: usize) -> bool {
    s.tokens.get(t).is_some_and(|w| {
        w.is_word() && !w.is_cap() && !w.has(b::DETERMINER | b::PREPOSITION | b::COORDINATOR)
    })
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

/// `according to X`: the mention after the phrase; after an indefinite document (`a
/// report by the Times`) its author when named.
/// The label of a printed interview's paragraph (`Frage:`, `A:`), lower-case.
/// The opening dash of a dashed aside that closes right before token `end`
/// (`X — …, — verb`), if the sentence opens one within a short reach.
fn dashed_aside(s: &Sentence<'_>, end: usize) -> Option<usize> {
    const REACH: usize = 16;
    const DASHES: &str = "—–";
    if end <= s.range.start + 2 || !s.tokens[end - 1].is_punct(DASHES) {
        return None;
    }
    let close = end - 1;
    (close.saturating_sub(REACH).max(s.range.start + 1)..close)
        .rev()
        .find(|&t| s.tokens[t].is_punct(DASHES))
}

fn interview_label(tokens: &[Token]) -> Option<&str> {
    match tokens {
        [w, colon, ..] if colon.is_punct(":") => w.lower(),
        _ => None,
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

/// The end of a dateline `Place (Country), date –` (Wikinews), if the tokens open with one.
fn place_country_date(tokens: &[Token]) -> Option<usize> {
    const PLACE_TOKENS: usize = 6;
    const BRACKET_TOKENS: usize = 6;
    const DATE_TOKENS: usize = 6;
    let open = (0..tokens.len().min(PLACE_TOKENS))
        .find(|&c| !tokens[c].is_word() && !tokens[c].is_punct("."))?;
    let place = open > 0
        && tokens[0].is_cap()
        && tokens[..open].iter().all(|t| t.is_punct(".") || t.is_cap());
    if !place || !tokens[open].is_punct("(") {
        return None;
    }
    let close =
        (open + 1..tokens.len().min(open + BRACKET_TOKENS)).find(|&c| tokens[c].is_punct(")"))?;
    if !tokens.get(close + 1)?.is_punct(",") {
        return None;
    }
    let dash = (close + 2..tokens.len().min(close + 2 + DATE_TOKENS))
        .find(|&c| tokens[c].is_punct("–—-"))?;
    let dated = dash > close + 2
        && tokens[dash - 1]
            .lower()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    dated.then_some(dash + 1)
}

/// Tokens of a dateline opening a paragraph (`BERLIN (dpn) –`, `(CNN)`), which names no speaker.
fn dateline_end(text: &str, tokens: &[Token], lex: &Lexicon) -> usize {
    let all_caps = |t: &Token| {
        t.is_word()
            && text.get(t.range.clone()).is_some_and(|w| {
                w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
            })
    };
    let mut k = 0;
    while tokens.get(k).is_some_and(&all_caps) {
        k += 1;
    }
    // `LONDON, March 3 (Reuters) -`: a date may follow the place.
    if k > 0 && tokens.get(k).is_some_and(|t| t.is_punct(",")) {
        const DATE_TOKENS: usize = 10;
        let date_end =
            (k + 1..tokens.len().min(k + DATE_TOKENS)).find(|&c| tokens[c].is_punct("(–—-"));
        if let Some(d) = date_end {
            k = d;
        }
    }
    // `Wien (PK) –`: a place in ordinary case, its agency in brackets and a dash.
    let place_then_agency = k == 0
        && tokens.first().is_some_and(|t| t.is_word() && t.is_cap())
        && tokens.get(1).is_some_and(|t| t.is_punct("("));
    if place_then_agency {
        let dash = (2..tokens.len().min(8))
            .find(|&c| tokens[c].is_punct(")"))
            .filter(|&c| tokens.get(c + 1).is_some_and(|t| t.is_punct("–—-")));
        if let Some(close) = dash {
            return close + 2;
        }
        // (`Wien (ÖVP-Klub) Mit einer launigen Einleitung …`, `Wien (SPW) Anlässlich …`: or
        // a sender's short name in capitals, and the sentence right after it.)
        let agency = (2..tokens.len().min(6))
            .find(|&c| tokens[c].is_punct(")"))
            .filter(|&c| {
                tokens[2..c].iter().any(|t| {
                    text.get(t.range.clone())
                        .is_some_and(|w| w.chars().filter(|ch| ch.is_uppercase()).count() >= 2)
                }) && tokens.get(c + 1).is_some_and(|t| t.is_word() && t.is_cap())
                    // (`Strache (FPÖ) …`: a party in brackets follows a person.)
                    && !tokens[2..c].iter().any(|t| {
                        t.lower().is_some_and(|w| lex.party_short_names.contains(w))
                    })
            });
        if let Some(close) = agency {
            return close + 1;
        }
    }
    // `Washington D.C. (Vereinigte Staaten), 10.06.2010 –`: Wikinews' place, its country
    // in brackets, a comma, the date and a dash.
    if k == 0 {
        if let Some(end) = place_country_date(tokens) {
            return end;
        }
    }
    // `Washington, D.C., December 22, 2005 -`: a place in ordinary case, a date ending
    // in a number, and a dash.
    const PLACE_DATE: usize = 12;
    if k == 0 && tokens.first().is_some_and(|t| t.is_word() && t.is_cap()) {
        let dash = (1..tokens.len().min(PLACE_DATE))
            .find(|&c| !tokens[c].is_word() && !tokens[c].is_punct(",."));
        // (`Esbjerg, 18. Mai 2022: „…“`: a photo text's place and date end in a colon.)
        let dated = dash.is_some_and(|d| {
            tokens[d].is_punct("–—-:(")
                // (`Straßburg, 15.07.2016 –`: a date in figures and dots is one word.)
                && tokens[d - 1].lower().is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        && w.chars().all(|c| c.is_ascii_digit() || c == '.')
                })
                && tokens[1].is_punct(",")
        });
        match dash.filter(|_| dated) {
            // `Washington, Sept. 30, 2022 (GLOBE NEWSWIRE) -- Today, …`: the agency in
            // brackets and the dash (or two) after it close the dateline.
            Some(d) if tokens[d].is_punct("(") => {
                const AGENCY_TOKENS: usize = 6;
                let close = (d + 1..tokens.len().min(d + AGENCY_TOKENS))
                    .find(|&c| tokens[c].is_punct(")"))
                    .filter(|&c| tokens.get(c + 1).is_some_and(|t| t.is_punct("–—-")));
                if let Some(c) = close {
                    let mut e = c + 1;
                    while tokens.get(e).is_some_and(|t| t.is_punct("–—-")) {
                        e += 1;
                    }
                    return e;
                }
            }
            Some(d) => return d + 1,
            None => {}
        }
    }
    // `Washington—Senator Dianne Feinstein …`, `Washington, D.C.—Today …`: a place in
    // ordinary case and a dash right before a capitalised word.
    const PLACE_TOKENS: usize = 6;
    if k == 0 {
        let dash = (1..tokens.len().min(PLACE_TOKENS))
            .find(|&c| {
                let place_word = tokens[c].is_word() && tokens[c].is_cap();
                !place_word && !tokens[c].is_punct(",.")
            })
            .filter(|&d| tokens[d].is_punct("–—"));
        let placed = dash.is_some_and(|d| {
            tokens[0].is_word()
                && tokens[0].is_cap()
                && tokens.get(d + 1).is_some_and(|t| t.is_word() && t.is_cap())
        });
        if let Some(d) = dash.filter(|_| placed) {
            return d + 1;
        }
    }
    let mut marked = false;
    // (`((Joe Biden))`: a script's speaker line in double brackets is no agency.)
    let double = tokens.get(k + 1).is_some_and(|t| t.is_punct("("));
    if !double && tokens.get(k).is_some_and(|t| t.is_punct("(")) {
        if let Some(close) = (k + 1..tokens.len().min(k + 6)).find(|&c| tokens[c].is_punct(")")) {
            k = close + 1;
            marked = true;
        }
    }
    if k > 0 && tokens.get(k).is_some_and(|t| t.is_punct("–—-:")) {
        k += 1;
        marked = true;
    }
    // (`WASHINGTON  Today, Secretary …`: a place in capitals whose dash was lost leaves
    // a run of spaces before the capitalised word opening the text.)
    let gap = |a: &Token, b: &Token| text.get(a.range.end..b.range.start).unwrap_or("");
    let lost_dash = !marked
        && k > 0
        && text
            .get(tokens[k - 1].range.clone())
            .is_some_and(|w| w.chars().count() >= 3)
        && tokens.get(k).is_some_and(|t| {
            t.is_word()
                && t.is_cap()
                && gap(&tokens[k - 1], t)
                    .chars()
                    .filter(|c| c.is_whitespace())
                    .count()
                    >= 2
        });
    if lost_dash {
        marked = true;
    }
    if marked {
        k
    } else {
        0
    }
}

/// How well a description fits a person's roles: two points per shared modifier,
/// one for the role noun (`Sprecher` fits `Ministeriumssprecher`); `None` when
/// their modifiers conflict (`russisch` against `chinesisch`).
///
/// `der neue Präsident` is the person elected president: a modifier marking a newcomer
/// (`newcomer`) fits a role the person has taken up, and then counts as shared.
fn role_matches(
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

fn fits(e: &Entity, refs: &[Referent]) -> bool {
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

/// Whether a lower-case word that is no preposition stands at `k`, as a verb does after
/// its subject (`Die SPD sieht`, `The Royal Society established`).
fn verb_follows(s: &Sentence<'_>, k: usize) -> bool {
    s.tokens
        .get(k)
        .is_some_and(|t| t.is_word() && !t.is_cap() && !t.has(b::PREPOSITION))
}

/// Each lower-case word of `text` with an adjective's ending and the capitalised word
/// right after it (`freie Software`), for German only; one pass over the text, empty for
/// other languages.
fn adjective_noun_pairs<'t>(
    lex: &Lexicon,
    text: &'t str,
    capitalised: bool,
) -> foldhash::HashSet<(&'t str, &'t str)> {
    let mut pairs = foldhash::HashSet::default();
    if !lex.capitalised_nouns {
        return pairs;
    }
    let mut adjective: Option<&str> = None;
    let first_case = |w: &str| {
        if capitalised {
            w.starts_with(char::is_uppercase)
        } else {
            w.starts_with(char::is_lowercase)
        }
    };
    // (Words apart by more than one character, `freie, Software`, are no pair: the
    // split gives an empty word between them.)
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if let Some(a) = adjective.filter(|_| w.starts_with(char::is_uppercase)) {
            pairs.insert((a, w));
        }
        adjective =
            (first_case(w) && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))).then_some(w);
    }
    pairs
}

/// Who speaks in a scene told in dialogue lines, paragraph by paragraph.
#[derive(Default)]
struct Dialogue {
    last: Option<usize>,
    other: Option<usize>,
    /// The last line asked something.
    asked: bool,
    /// A line of the scene asked something: only then is it a scene of questions and
    /// answers, where a line asking again is the other one's turn. (Two people quoted in
    /// turn, and the second's rhetorical question after, is no such scene.)
    questioned: bool,
    /// Paragraphs of narration since the last line.
    gap: usize,
}

impl Dialogue {
    /// A narration paragraph between lines (`Boyd gave a garbled answer.`) keeps the
    /// scene going; a second ends it.
    const GAP: usize = 1;

    fn line(&mut self, speaker: usize, asks: bool) {
        if self.last != Some(speaker) {
            self.other = self.last;
            self.last = Some(speaker);
        }
        self.asked = asks;
        self.questioned |= asks;
        self.gap = 0;
    }

    fn narration(&mut self) {
        self.gap += 1;
        if self.gap > Self::GAP {
            *self = Dialogue::default();
        }
    }

    /// The one whose turn an uncued line is: it answers the last line's question, or
    /// asks one itself (`asks`) in a scene of questions.
    fn turn(&self, asks: bool) -> Option<usize> {
        let turn = self.asked || (asks && self.questioned);
        self.other.filter(|_| turn && self.last.is_some())
    }
}

/// A quote that ends in a question, or holds one before its last sentence.
fn asks_something(quote: &str) -> bool {
    quote.contains('?')
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

/// Where a closing parenthesis that ends `tokens` opens, if the words inside are a date
/// (numbers with at most a weekday and a month: `(Thu, 29 Feb 2024)`).
fn trailing_parenthesis(tokens: &[Token]) -> Option<usize> {
    const MAX_DATE: usize = 8;
    if !tokens.last()?.is_punct(")") {
        return None;
    }
    let open = tokens.iter().rposition(|t| t.is_punct("("))?;
    let inside = &tokens[open + 1..tokens.len() - 1];
    let numbers = inside
        .iter()
        .filter(|t| {
            t.lower()
                .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        })
        .count();
    let words = inside.iter().filter(|t| t.is_word()).count();
    (inside.len() <= MAX_DATE && numbers >= 1 && words <= numbers + 2).then_some(open)
}

#[cfg(test)]
mod recent_tests {
    use super::*;

    #[test]
    fn recent_lists_each_entity_once_most_recent_first_and_forgets_the_oldest() {
        let mut r = Recent::default();
        for id in [1, 2, 3, 2, 2, 1] {
            r.push(id);
        }
        assert_eq!(r.iter().collect::<Vec<_>>(), [1, 2, 3]);
        for id in 10..10 + WINDOW {
            r.push(id);
        }
        assert_eq!(r.iter().count(), WINDOW);
        assert_eq!(r.iter().next(), Some(10 + WINDOW - 1));
        assert!(r.iter().all(|id| id >= 10));
    }
}
