#!/usr/bin/env python3
"""Build the held-out gold JSONL files from the marked-up sources in src/.

Source format (one file per article, src/*.txt):
    id: en-some-slug
    lang: en
    alias: Canonical Name = Alias one; Alias two
    ---
    paragraph one
    paragraph two with [[Speaker Name|“a quote,”]] and [[|“a title”]]

[[Name|...]] marks a quote (marks included) said by Name; [[|...]] marks a quoted
span with no speaker (title, slogan, scare quote, nickname, newspaper name).
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
MARKS = "\"'„“”‚‘’»«›‹"
OPEN_CLOSE = "“”„‚‘»«›‹\""   # never an apostrophe
APOS = "’'"
SPAN = re.compile(r"\[\[([^|\]]*)\|(.*?)\]\]")
LICENSE = "MIT (original text written for the whosaid project)"
SOURCE = "original article written for the whosaid held-out set (fictional people and organisations)"


def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta, aliases = {}, {}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "alias":
            canon, al = v.split("=", 1)
            canon = canon.strip()
            lst = [a.strip() for a in al.split(";") if a.strip()]
            aliases.setdefault(canon, [])
            for a in lst:
                if a not in aliases[canon]:
                    aliases[canon].append(a)
        else:
            meta[k] = v
    paras = [p.strip() for p in body.strip().split("\n") if p.strip()]
    body = "\n".join(paras)
    text, quotes, pos = [], [], 0
    out_len = 0
    for m in SPAN.finditer(body):
        pre = body[pos:m.start()]
        text.append(pre)
        out_len += len(pre)
        spk, q = m.group(1).strip(), m.group(2)
        if "\n" in q or "[[" in q:
            raise SystemExit(f"{path}: bad span {q[:60]!r}")
        quotes.append({"start": out_len, "end": out_len + len(q), "text": q, "speaker": spk or None})
        text.append(q)
        out_len += len(q)
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    return meta, aliases, text, quotes, paras


def is_apostrophe(text, i):
    c = text[i]
    if c not in APOS:
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalpha() and nxt.isalpha():      # it’s, don’t, O’Brien
        return True
    if nxt.isdigit() and not prev.isalnum():  # the ’80s
        return True
    if prev.isalpha() and not nxt.isalnum():  # Jones’ car, rock ’n’ roll (second mark)
        return True
    if nxt.isalpha() and not prev.isalnum() and text[i + 1:i + 3] == "n" + c:  # ’n’
        return True
    return False


def validate(path, meta, aliases, text, quotes):
    errs = []
    assert meta.get("lang") in ("en", "de"), path
    cover = [False] * len(text)
    last_end = -1
    for q in quotes:
        s, e = q["start"], q["end"]
        if text[s:e] != q["text"]:
            errs.append(f"slice mismatch {q['text'][:40]!r}")
        if s < last_end:
            errs.append(f"overlap at {s}")
        last_end = e
        if text[s] not in MARKS:
            errs.append(f"quote does not start with a mark: {q['text'][:40]!r}")
        if not any(ch in MARKS for ch in q["text"][-3:]) and q["speaker"] is not None:
            # English multi-paragraph pieces legitimately end without a close mark
            if not meta.get("allow_open"):
                errs.append(f"quote does not end with a mark: {q['text'][-40:]!r}")
        for k in range(s, e):
            cover[k] = True
        sp = q["speaker"]
        if sp is not None:
            forms = [sp] + aliases.get(sp, [])
            if not any(f in text for f in forms):
                errs.append(f"speaker {sp!r} (or alias) not found in text")
    for i, ch in enumerate(text):
        if ch in MARKS and not cover[i] and not is_apostrophe(text, i):
            errs.append(f"stray mark {ch!r} at {i}: {text[max(0,i-30):i+30]!r}")
    for canon in aliases:
        if not any(q["speaker"] == canon for q in quotes):
            errs.append(f"alias entry for non-speaker {canon!r}")
    if errs:
        print(f"== {path}")
        for e in errs:
            print("   ", e)
    return not errs


def main():
    docs = {"en": [], "de": []}
    ok = True
    for path in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        meta, aliases, text, quotes, paras = parse(path)
        good = validate(path, meta, aliases, text, quotes)
        ok &= good
        speakers = sorted({q["speaker"] for q in quotes if q["speaker"]})
        al = {s: sorted(set([s] + aliases.get(s, []))) for s in speakers}
        doc = {"id": meta["id"], "lang": meta["lang"], "text": text, "quotes": quotes,
               "aliases": al, "source": SOURCE, "license": LICENSE}
        docs[meta["lang"]].append(doc)
        nnull = sum(q["speaker"] is None for q in quotes)
        print(f"{'ok ' if good else 'BAD'} {meta['id']:40s} paras={len(paras):2d} quotes={len(quotes):2d} null={nnull}")
    for lang, lst in docs.items():
        with open(os.path.join(HERE, "..", f"{lang}-wire.jsonl"), "w", encoding="utf-8") as f:
            for d in lst:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        nq = sum(len(d["quotes"]) for d in lst)
        nn = sum(q["speaker"] is None for d in lst for q in d["quotes"])
        print(f"{lang}: docs={len(lst)} quotes={nq} null={nn}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
