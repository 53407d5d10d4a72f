#!/usr/bin/env python3
"""Build the heldout2 gold set from marked-up sources in src/*.txt.

Source format (one article per file):
  #id <doc id>
  #lang en|de
  #source <free text>
  #alias Canonical Name = alias one | alias two | ...
  <blank line>
  paragraph text, one paragraph per line, quotes marked as
  [[Speaker Name|“quoted text”]]  or  [[|“quoted text”]] for a null speaker.

Writes en-heldout2.jsonl, de-heldout2.jsonl and NOTES.md next to this script.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[([^|\[\]]*)\|(.*?)\]\]")
QUOTE_MARKS = "\"'„“”‚‘’»«›‹「」『』"
OPENERS = "\"'„“‚‘»«›‹"
CLOSERS = "\"'“”‘’«»‹›"
LICENSE = "MIT (original text written for the whosaid project; invented people and organisations)"


def parse(path):
    meta, aliases, body = {}, {}, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n").rstrip()
        if line.startswith("#"):
            key, _, val = line[1:].partition(" ")
            if key == "alias":
                name, _, al = val.partition("=")
                aliases[name.strip()] = [a.strip() for a in al.split("|") if a.strip()]
            else:
                meta[key] = val.strip()
        elif line.strip():
            body.append(line.strip())
    return meta, aliases, body


def build(path):
    meta, aliases, paras = parse(path)
    errors = []
    text, quotes = "", []
    for pi, para in enumerate(paras):
        if pi:
            text += "\n"
        pos = 0
        for m in MARK.finditer(para):
            text += para[pos:m.start()]
            spk, qt = m.group(1).strip() or None, m.group(2)
            start = len(text)
            text += qt
            quotes.append({"start": start, "end": len(text), "text": qt, "speaker": spk,
                           "_para_end": m.end() == len(para)})
            pos = m.end()
        text += para[pos:]
    did = meta.get("id", os.path.basename(path))
    # validation
    if "[[" in text or "]]" in text:
        errors.append("leftover markup")
    prev_end = -1
    covered = [False] * len(text)
    for q in quotes:
        s, e = q["start"], q["end"]
        if text[s:e] != q["text"]:
            errors.append(f"slice mismatch at {s}")
        if s < prev_end:
            errors.append(f"overlap at {s}")
        prev_end = e
        if "\n" in q["text"]:
            errors.append(f"newline inside quote at {s}: {q['text'][:40]!r}")
        if q["text"][0] not in OPENERS:
            errors.append(f"quote does not start with a mark: {q['text'][:40]!r}")
        if q["text"][-1] not in CLOSERS:
            # allowed only for an open multi-paragraph piece ending its paragraph
            if not (q["_para_end"]):
                errors.append(f"quote does not end with a mark: {q['text'][-40:]!r}")
        if q["speaker"] and q["speaker"] not in aliases:
            errors.append(f"speaker without alias entry: {q['speaker']!r}")
        for i in range(s, e):
            covered[i] = True
    for i, c in enumerate(text):
        if c in QUOTE_MARKS and not covered[i]:
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if c in "'’" and (prev.isalnum() or nxt.isalnum()):
                continue  # apostrophe
            errors.append(f"unannotated quotation mark {c!r} at {i}: {text[max(0, i - 30):i + 30]!r}")
    for name in aliases:
        if not any(q["speaker"] == name for q in quotes):
            errors.append(f"alias entry without quotes: {name!r}")
    for q in quotes:
        del q["_para_end"]
    doc = {"id": did, "lang": meta["lang"], "text": text, "quotes": quotes, "aliases": aliases,
           "source": meta.get("source", "original article written for the whosaid heldout2 evaluation set"),
           "license": LICENSE}
    return doc, errors, len(paras)


NOTES = """# heldout2 — blind evaluation set for whosaid

Original news articles written for this project (invented people, places where noted,
organisations and events; any resemblance to real persons is coincidental). License: MIT.
They were written without looking at any existing whosaid data or code.

Files: `../en-blind.jsonl`, `../de-blind.jsonl` (first named en-heldout2.jsonl, de-heldout2.jsonl) (built by `make.py` from the marked-up
sources in `src/`; rerun `python3 make.py` after editing a source).

Format: as documented in `/work/shared/eval/score.py` — one document per line with
`id, lang, text, quotes[{start,end,text,speaker}], aliases, source, license`. Offsets are
Python str indices (Unicode code points), end exclusive, and include the quotation marks.
Paragraphs are separated by a single `\\n`.

## Annotation conventions

* Every stretch of text in quotation marks (“…”, ‘…’, "…", „…“, »…«, «…») is a gold quote.
  Outside gold spans the only quote-like characters are apostrophes (’ or ').
* `speaker` is the canonical, fullest name of the person or organisation without titles
  (no Mr./Ms./Dr./Frau/Minister); `aliases` lists every way the text refers to that speaker
  (surname, Mr. Surname, role nouns such as "the coach" / "der Trainer", organisation
  short names, the document name when a document is quoted).
* `speaker` is null for quoted text that is not speech or writing by someone in the story:
  titles of books, films, programmes, operations and laws; slogans on signs attributed to no
  one; scare quotes and so-called terms used by the journalist; nicknames; names of
  newspapers, ships or products in quotation marks.
* Partial quotes embedded in indirect speech ("She said the plan was ‘dead in the water’")
  are quotes of that speaker. Quoted words from a report, statement, ruling, indictment or
  letter are attributed to the issuing organisation/person, with the document noun as alias.
* Quotes attributed with according to / laut / zufolge / wurde zitiert are quotes of the
  person quoted, not of the reporting outlet.
* Words reported second-hand ("She said he told her it was “a timing thing”", „Damals habe er
  ihr geantwortet, das Projekt sei «auf Kurs»“) belong to the person who originally said them.
* Statements by an unnamed spokesperson ("a Corvane spokesperson", „ein Polizeisprecher“)
  are attributed to the organisation; the spokesperson noun is listed as an alias.
* A quote interrupted by its attribution (“A,” he said, “B.”) is two quotes with the same
  speaker. A quote running over several paragraphs (no closing mark, next paragraph reopens)
  is one quote per paragraph piece, same speaker; the non-final pieces end at the paragraph
  end without a closing mark.
* Nested quotes: only the outer quotation is annotated (the inner quote is part of the outer
  speaker's words); the inner marks are inside the outer span.
* Interview excerpts in question/answer layout (Frage: … / Antwort: …) carry no quotation
  marks and are therefore not annotated; quotation marks inside them are annotated normally.
* Attribution that comes only in the following sentence or paragraph, pronoun attribution
  with several candidates, and role-only references were resolved by the author who wrote the
  text; the gold speaker is what a careful human reader infers.
"""


def main():
    out = {"en": [], "de": []}
    bad = False
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        doc, errors, npara = build(path)
        for e in errors:
            print(f"{doc['id']}: {e}", file=sys.stderr)
            bad = True
        nq = len(doc["quotes"])
        nn = sum(q["speaker"] is None for q in doc["quotes"])
        print(f"{doc['id']}: {npara} paragraphs, {nq} quotes ({nn} null)")
        out[doc["lang"]].append(doc)
    for lang, docs in out.items():
        with open(os.path.join(HERE, "..", f"{lang}-blind.jsonl"), "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{lang}: {len(docs)} docs, {sum(len(d['quotes']) for d in docs)} quotes, "
              f"{sum(q['speaker'] is None for d in docs for q in d['quotes'])} null")
    rows = ["", "## Documents", "", "| id | lang | paragraphs | quotes | null speaker |", "|---|---|---|---|---|"]
    for lang, docs in out.items():
        for d in docs:
            rows.append(f"| {d['id']} | {lang} | {d['text'].count(chr(10)) + 1} | {len(d['quotes'])} | "
                        f"{sum(q['speaker'] is None for q in d['quotes'])} |")
    with open(os.path.join(HERE, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write(NOTES + "\n".join(rows) + "\n")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
