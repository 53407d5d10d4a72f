//! Attribution: which mention is the speaker of each quote.
//!
//! The document is walked once, paragraph by paragraph and sentence by
//! sentence. For each cue the subject is found by word order (see
//! [`Attributor::subject_of`]); each quote takes the nearest cue of its
//! sentence that has a subject. Pronouns and descriptions resolve against a
//! bounded window of recent mentions (salience), never by scanning back to the
//! document start, so the walk stays linear.
//!
//! This file holds the walk itself: the [`Attributor`]'s state, the paragraph and
//! sentence loop, the recent-mentions list and the helpers several rule files share.
//! The rules live in one file per group: `subject.rs` (a cue's subject and the
//! candidates around its verb), `pre_verb.rs` (the words before the verb),
//! `speech_subject.rs` (subjects of verbs of saying: relative clauses, passives,
//! bodies), `quote.rs` (one quote's attribution and the patterns right after it),
//! `opening.rs` (speakers in first position), `frames.rs` (colons, dashes, slashes,
//! kickers and stances), `labels.rs` (transcript, headline and subtitle labels),
//! `titles.rs` (quoted names), `resolve.rs` and `descriptions.rs` (pronouns,
//! descriptions and salience), `finish.rs` (the passes over the whole text),
//! `dateline.rs` and `words.rs` (small text tests).

use super::cues::{self, Cue, CueKind};
use super::kind::classify;
use super::lang::{bits as b, Lexicon, Referent, ADJECTIVE_ENDINGS};
use super::names::{self, Mention, MentionKind};
use super::sentences;
use super::spans::RawQuote;
use super::speakers::{strip_possessive, Entity, Registry};
use super::tokens::{is_alphanumeric, tokenize_into, Token, Vocab};
use super::QuoteKind;
use std::collections::{HashMap, HashSet, VecDeque};
use std::ops::Range;

/// How many recent mentions pronouns and descriptions may look back to.
const WINDOW: usize = 24;
/// Paragraphs that may be the headline, a dateline and the lead.
const LEAD_PARAGRAPHS: usize = 2;
/// Most tokens a role phrase set off by commas before its verb may span.
const MAX_APPOSITION: usize = 12;

/// Adjectives passed over between an article and a noun for what was said (`die
/// übereinstimmende Meinung der Teilnehmenden`).
const NOUN_ADJECTIVES: usize = 2;

/// Paragraphs at the top of a document that may hold its header.
const HEADER_PARAGRAPHS: usize = 6;

mod dateline;
mod descriptions;
mod finish;
mod frames;
mod labels;
mod opening;
mod pre_verb;
mod quote;
mod resolve;
mod speech_subject;
mod subject;
mod titles;
mod words;

use dateline::dateline_end;
pub(crate) use words::has_word;
use words::mostly_title_case;

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
    /// Speaker of the last quote given one, in any paragraph.
    last_quote_speaker: Option<usize>,
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
    /// Quotes inside a headline after its opening label (`Blecha: … „Schicksalswahl“ …`),
    /// with the label's words.
    label_quotes: Vec<(usize, String)>,
    /// Short quotes the text has shown to be names (`des Nachrichtenmagazins „profil“`),
    /// by their words: the same words quoted again name the same thing (`gegenüber
    /// „profil“`).
    named_titles: HashSet<(u64, bool)>,
    /// Subtitle quotes waiting for the headline's person that stand inside their
    /// sentence, so partial once given a speaker. (Kept apart: few quotes are.)
    subtitle_partials: Vec<usize>,
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
    /// The person the last sentence, without a quote, named in full for the first time,
    /// with no role (`Rückendeckung erhielt Tönnies durch Hans-Joachim Watzke.`).
    prev_named_newcomer: Option<usize>,
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
            last_quote_speaker: None,
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
            label_quotes: Vec::new(),
            named_titles: HashSet::new(),
            subtitle_partials: Vec::new(),
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
            prev_named_newcomer: None,
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
        let mut sents = sentences::split(self.text, &tokens, self.lex);
        // (`Westenthaler nimmt Stellung:` ⏎ `- Er habe ein „deja-vu-Erlebnis“: „…“`: a
        // list's dash or bullet is no word of the sentence it opens.)
        let bullet = tokens.first().is_some_and(|t| t.is_punct("-–—•"))
            && tokens.get(1).is_some_and(Token::is_word);
        if let Some(first) = sents
            .first_mut()
            .filter(|r| bullet && r.start == 0 && r.end > 1)
        {
            first.start = 1;
        }
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
        self.prev_named_newcomer = None;
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
                    // (`Westenthaler in NEWS: „…“` ⏎ `Der FPÖ-Klubobmann kontra Wirtschaft:
                    // „…“`: or the name opening a headline whose colon introduces a quote.)
                    .or_else(|| {
                        let colon = (range.start + 1..range.end).find(|&t| {
                            tokens[t].is_punct(":")
                                && tokens.get(t + 1).is_some_and(|q| q.quote().is_some())
                        })?;
                        mentions
                            .first()
                            .filter(|m| {
                                in_headline
                                    && m.kind == MentionKind::Name
                                    && m.toks.start == range.start
                                    && m.toks.end <= colon
                            })
                            .and_then(|m| m.entity)
                            .filter(|&e| !self.reg.entities[e].org)
                    })
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
                        self.named_titles.insert(k);
                    }
                    true
                } else {
                    // (Only where a name stands, after a preposition or an article:
                    // `Gegenüber „profil“`; `„Nie wieder“, sagte Merkel` after the motto
                    // `„Nie wieder“` says it.)
                    let name_slot = qt > s.range.start
                        && tokens[qt - 1].has(b::PREPOSITION | b::DETERMINER | b::OBJECT_DET);
                    name_slot
                        && !self.named_titles.is_empty()
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
                            && m.entity.is_some_and(|e| self.reg.entities[e].person_like())
                    });
                // (`Über den Erfolg von H.C. Strache: „…“`, `Kritik an Haider: „…“`: a
                // paragraph's label that names its topic, not its speaker, leads the quote
                // of the one speaking.)
                const TOPIC_LABEL: usize = 12;
                // (`- Und zu den Ambitionen Jörg Haiders: „…“`: after a list's dash and a
                // joining word too.)
                let lead = range.start
                    + usize::from(
                        tokens
                            .get(range.start)
                            .is_some_and(|t| t.has(b::COORDINATOR)),
                    );
                let topic_phrase = si == 0
                    && (lead + 2..=lead + TOPIC_LABEL).contains(&qt)
                    && tokens[qt - 1].is_punct(":")
                    && tokens[lead].lower().is_some_and(|w| {
                        self.lex.headline_topic_prepositions.contains(w)
                            || (self.lex.utterance_nouns.contains(w)
                                && tokens[lead + 1]
                                    .lower()
                                    .is_some_and(|p| self.lex.target_prepositions.contains(p)))
                    })
                    && tokens[range.start..qt - 1]
                        .iter()
                        .all(|t| !t.has(b::SPEECH) && t.quote().is_none())
                    // (`Zu Wort kam auch Anna Berger:`: a lower-case word other than a
                    // preposition or an article is a verb; the label is a sentence.)
                    && tokens[lead + 1..qt - 1].iter().all(|t| {
                        !t.is_word()
                            || t.is_cap()
                            || t.has(b::PREPOSITION | b::DETERMINER | b::OBJECT_DET | b::COORDINATOR)
                    });
                let topic_label = topic_label || topic_phrase;
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
                if topic_phrase {
                    // (Only a name the label's prepositions govern is its topic: `Zu Wort
                    // kam auch Anna Berger:` gives her the floor.)
                    let canon = |e: usize| self.reg.canonical(e);
                    // (`zu den Ambitionen Jörg Haiders`: or a noun the preposition governs
                    // owns it.)
                    let in_label = att.entity.is_none_or(|e| {
                        s.mentions.iter().any(|m| {
                            let owned = m.toks.start > lead + 1
                                && tokens[m.toks.start - 1].is_cap()
                                && tokens[m.toks.start - 1].is_word();
                            m.toks.end < qt
                                && (m.after_prep || owned)
                                && m.entity.is_some_and(|x| canon(x) == canon(e))
                        })
                    });
                    if in_label {
                        att.entity = self.prev_para_last;
                    }
                }
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
                // (`Einen historischen Erfolg landete Julia Dujmovits. „Julia Dujmovits hat
                // … erreicht.“`: a quote that names a person in full is not theirs; with no
                // cue of its own it goes on with the last speaker.)
                if let Some(e) = att.entity.filter(|_| att.cue.is_none()) {
                    if self.names_in_full(&s, e, qt) {
                        att.entity = self.last_quote_speaker.filter(|&l| l != e).or(att.entity);
                    }
                }
                if let Some(e) = att.entity {
                    self.last_quote_speaker = Some(e);
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
            // (`Rückendeckung erhielt Tönnies durch Hans-Joachim Watzke.` ⏎ `„…“, erklärte
            // der Borussia-Geschäftsführer`: the person a sentence without a quote brings
            // in by full name, with no role yet, may be described next.)
            self.prev_named_newcomer = quote_toks
                .is_empty()
                .then(|| s.mentions.iter().rev())
                .into_iter()
                .flatten()
                .filter(|m| m.kind == MentionKind::Name)
                .filter_map(|m| m.entity)
                .find(|&e| {
                    let ent = &self.reg.entities[e];
                    // (A known first name: `Österreichs Haltung` is two words too.)
                    e >= s.new_from
                        && ent.person_like()
                        && ent.name.split([' ', '-']).next().is_some_and(|g| {
                            self.lex.first_name_gender(&g.to_lowercase()).is_some()
                        })
                        && ent.token_count() >= 2
                        && ent.role_heads.is_empty()
                        && !ent.spoke
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

impl Attributor<'_> {
    /// Whether the quote at token `qt` writes out person `e`'s full name, the sentence
    /// naming them nowhere else: one a label or the sentence names may well introduce
    /// themselves (`Anna Berger: „Mein Name ist Anna Berger“`).
    fn names_in_full(&self, s: &Sentence<'_>, e: usize, qt: usize) -> bool {
        let canon = self.reg.canonical(e);
        let ent = &self.reg.entities[canon];
        let person = ent.person_like() && !ent.org && ent.token_count() >= 2;
        let quote = s.tokens[qt].range.clone();
        let named_outside = s
            .mentions
            .iter()
            .any(|m| m.entity.is_some_and(|x| self.reg.canonical(x) == canon));
        person
            && !named_outside
            && self
                .text
                .get(quote)
                .is_some_and(|q| q.contains(ent.name.as_str()))
    }
}

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

/// The label of a printed interview's paragraph (`Frage:`, `A:`), lower-case.
fn interview_label(tokens: &[Token]) -> Option<&str> {
    match tokens {
        [w, colon, ..] if colon.is_punct(":") => w.lower(),
        _ => None,
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
