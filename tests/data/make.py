#!/usr/bin/env python3
"""Generate gold dev data for whosaid from inline-annotated article sources.

Markup inside article sources (articles_en.py, articles_de.py):
  [[Speaker Name|“quoted text,”]]   -> gold quote with that speaker (canonical name)
  [[|“Title”]]                      -> gold quote with speaker null (titles, taglines, scare quotes)
One paragraph per line; leading/trailing blank lines and indentation are stripped.
Offsets are Python str indices (= Unicode code points), end exclusive, quote marks included.
Writes en-dev.jsonl, de-dev.jsonl and NOTES.md next to this script.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MARK = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]]*)\]\]")
# opening-type marks that must never occur outside an annotated span
STRAY = "„“”»«‚\""  # ’ and ' are excluded (apostrophes); ‘ checked separately


def render(src):
    lines = [ln.strip() for ln in src.strip("\n").split("\n")]
    lines = [ln for ln in lines if ln]
    raw = "\n".join(lines)
    out, quotes, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        n += len(raw[pos:m.start()])
        spk, q = m.group(1).strip(), m.group(2)
        quotes.append({"start": n, "end": n + len(q), "text": q, "speaker": spk or None})
        out.append(q)
        n += len(q)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "|" in text:
        raise ValueError("unparsed markup left in text: " + text[max(0, text.find("[[") - 40):][:120])
    return text, quotes


def validate(doc):
    errs = []
    text, quotes, aliases = doc["text"], doc["quotes"], doc["aliases"]
    prev_end = -1
    covered = [False] * len(text)
    for q in quotes:
        if text[q["start"]:q["end"]] != q["text"]:
            errs.append(f"offset mismatch {q}")
        if q["start"] < prev_end:
            errs.append(f"overlap at {q['start']}")
        prev_end = q["end"]
        for i in range(q["start"], q["end"]):
            covered[i] = True
        if "\n" in q["text"]:
            errs.append(f"quote spans a paragraph break: {q['text'][:60]!r}")
        if q["speaker"] is not None and q["speaker"] not in aliases:
            errs.append(f"speaker without aliases entry: {q['speaker']}")
        t = q["text"]
        if t[0] not in "„“»\"‚‘«":
            errs.append(f"quote does not start with a mark: {t[:50]!r}")
    for name, al in aliases.items():
        if name not in al:
            errs.append(f"canonical name not listed among its own aliases: {name}")
        for a in al:
            if a != name and a.lower() not in text.lower():
                errs.append(f"alias not used in text: {name!r}: {a!r}")
    for i, ch in enumerate(text):
        if not covered[i] and (ch in STRAY or ch == "‘"):
            errs.append(f"unannotated quote mark {ch!r} at {i}: {text[max(0, i-40):i+40]!r}")
    paras = text.split("\n")
    if not (6 <= len(paras) <= 15):
        errs.append(f"{len(paras)} paragraphs")
    return errs


def build(lang, docs):
    out = []
    bad = False
    for d in docs:
        text, quotes = render(d["src"])
        doc = {"id": d["id"], "lang": lang, "source": "original text written for whosaid dev data",
               "license": "MIT", "text": text, "quotes": quotes, "aliases": d["aliases"]}
        errs = validate(doc)
        for e in errs:
            print(f"{d['id']}: {e}", file=sys.stderr)
            bad = bad or not e.startswith("alias not used")
        out.append(doc)
    return out, bad


def main():
    import articles_en
    import articles_de
    total_bad = False
    stats = {}
    for lang, mod in (("en", articles_en), ("de", articles_de)):
        docs, bad = build(lang, mod.DOCS)
        total_bad |= bad
        with open(os.path.join(HERE, f"{lang}-dev.jsonl"), "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        nq = sum(len(d["quotes"]) for d in docs)
        nnull = sum(1 for d in docs for q in d["quotes"] if q["speaker"] is None)
        stats[lang] = (len(docs), nq, nnull)
        print(f"{lang}: {len(docs)} docs, {nq} quotes ({nnull} with speaker null)")
        for d in docs:
            print(f"   {d['id']}: {len(d['text'].split(chr(10)))} paras, {len(d['quotes'])} quotes")
    notes = open(os.path.join(HERE, "NOTES_template.md"), encoding="utf-8").read()
    for lang, (nd, nq, nn) in stats.items():
        notes = notes.replace("{%s_docs}" % lang, str(nd)).replace("{%s_quotes}" % lang, str(nq)).replace("{%s_null}" % lang, str(nn))
    with open(os.path.join(HERE, "NOTES.md"), "w", encoding="utf-8") as f:
        f.write(notes)
    if total_bad:
        sys.exit("validation errors (see above)")


if __name__ == "__main__":
    main()
