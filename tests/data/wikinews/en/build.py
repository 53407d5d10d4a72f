#!/usr/bin/env python3
"""Build tests/data/wikinews-en.jsonl from the hand-annotated sources in this folder.

Each source module (articles_*.py) defines DOCS: a list of dicts with
  id, source (URL), license, retrieved (how the text was obtained), text,
  quotes: list of Q(start, end, speaker, n=0)
  aliases: {canonical speaker: [other forms used in the text]}

A quote is located by hand-chosen boundaries: `start` is the exact beginning of the quote
(opening mark included) and `end` the exact ending (closing mark included, or the last
character of the paragraph for an unclosed multi-paragraph piece). `end=None` means `start`
is the whole quote. `n` picks the n-th occurrence of `start` when it is ambiguous. The script
validates every span (text[start:end] == quote text, starts/ends on a quote mark unless it is
an unclosed paragraph piece or listed in the document's `unclosed` tuple because the article
itself never closes it, no overlaps, each doc has >= 2 quotes) and fails loudly.

Run: python3 tests/data/wikinews/en/build.py   (rewrites tests/data/wikinews-en.jsonl)
"""
import importlib.util
import json
import pathlib
import sys
from collections import namedtuple

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "wikinews-en.jsonl"
Q = namedtuple("Q", "start end speaker n", defaults=(None, None, 0))
MARKS = "\"“”‘’'„«»"
OPEN = CLOSE = MARKS  # a closing mark may be typed as any quote character (e.g. a stray “)


def locate(text, q, doc_id):
    pos = -1
    for _ in range(q.n + 1):
        pos = text.find(q.start, pos + 1)
        if pos < 0:
            sys.exit(f"{doc_id}: start not found (n={q.n}): {q.start!r}")
    if q.end is None:
        return pos, pos + len(q.start)
    e = text.find(q.end, pos)
    while e >= 0 and e + len(q.end) < pos + len(q.start):
        e = text.find(q.end, e + 1)
    if e < 0:
        sys.exit(f"{doc_id}: end not found after start: {q.end!r}")
    return pos, e + len(q.end)


def build_doc(d):
    text = d["text"]
    if "\r" in text or "\n\n" in text or text != text.strip():
        sys.exit(f"{d['id']}: text must be paragraphs separated by single newlines")
    quotes = []
    for q in d["quotes"]:
        s, e = locate(text, q, d["id"])
        span = text[s:e]
        if span[0] not in OPEN:
            sys.exit(f"{d['id']}: quote does not open with a mark: {span[:40]!r}")
        para_end = e == len(text) or text[e] == "\n"
        if span[-1] not in CLOSE and not para_end and span not in d.get("unclosed", ()):
            sys.exit(f"{d['id']}: quote neither closes with a mark nor ends its paragraph: {span[-40:]!r}")
        if "\n" in span:
            sys.exit(f"{d['id']}: quote crosses a paragraph: {span[:40]!r}")
        quotes.append({"start": s, "end": e, "text": span, "speaker": q.speaker})
    quotes.sort(key=lambda x: x["start"])
    for a, b in zip(quotes, quotes[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"{d['id']}: overlapping quotes {a['text'][:30]!r} / {b['text'][:30]!r}")
    for x in quotes:
        assert text[x["start"]:x["end"]] == x["text"]
    if len(quotes) < 2:
        sys.exit(f"{d['id']}: fewer than 2 quotes")
    speakers = {x["speaker"] for x in quotes if x["speaker"]}
    aliases = d.get("aliases", {})
    for name in speakers:
        forms = aliases.setdefault(name, [])
        if name not in forms:
            forms.insert(0, name)
    for name, forms in aliases.items():
        if name not in speakers:
            sys.exit(f"{d['id']}: alias entry for a name with no quote: {name}")
        for f in forms:
            if f not in text:
                sys.exit(f"{d['id']}: alias form does not occur in the text: {f!r}")
    return {"id": d["id"], "lang": "en", "source": d["source"], "license": d["license"],
            "text": text, "quotes": quotes, "aliases": aliases}


def main():
    docs = []
    for path in sorted(HERE.glob("articles_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        mod.Q = Q
        spec.loader.exec_module(mod)
        docs.extend(mod.DOCS)
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate document ids")
    out = [build_doc(d) for d in docs]
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    nq = sum(len(d["quotes"]) for d in out)
    nnull = sum(1 for d in out for q in d["quotes"] if q["speaker"] is None)
    nspk = sum(len({q["speaker"] for q in d["quotes"] if q["speaker"]}) for d in out)
    print(f"{len(out)} documents, {nq} quotes, {nnull} with speaker null, {nspk} speakers (per document, summed)")


if __name__ == "__main__":
    main()
