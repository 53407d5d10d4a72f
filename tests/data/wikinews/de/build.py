#!/usr/bin/env python3
"""Build the German real-news gold files from the hand annotations in this folder.

  articles.py          -> tests/data/wikinews-de.jsonl  (German Wikinews, CC BY 2.5)
  eucom_articles.py    -> tests/data/eucom-de.jsonl     (news of the European Commission's
                                                          Representation in Germany, CC BY 4.0)
  blog_articles.py     -> tests/data/opennews-de.jsonl  (netzpolitik.org, CC BY-NC-SA 4.0, and
                                                          Global Voices auf Deutsch, CC BY 3.0)
  heldout_articles.py  -> tests/data/heldout-de.jsonl   (held-out set from the same three kinds of
                                                          source, none of its pages in the sets above;
                                                          annotated before whosaid was run on it)
  heldout2_articles.py -> tests/data/heldout2-de.jsonl  (second held-out set, none of its pages or texts in
                                                          the sets above; annotated and committed before
                                                          whosaid was run on it)
  heldout3_articles.py -> tests/data/heldout3-de.jsonl  (third held-out set: Commission and European Parliament
                                                          news, Global Voices, netzpolitik.org and the Austrian
                                                          Parliament's Parlamentskorrespondenz; none of its pages
                                                          or texts in the sets above; annotated and committed
                                                          before whosaid was run on it)
  heldout4_articles.py -> tests/data/heldout4-de.jsonl  (fourth held-out set: releases of the Austrian Parliament's
                                                          Parlamentskorrespondenz and Commission news reposted by the
                                                          EIZ Niedersachsen; none of its pages or texts in the sets
                                                          above; annotated and committed before whosaid was run on it)
  heldout6_articles.py -> tests/data/heldout6-de.jsonl  (sixth held-out set: netzpolitik.org and Global Voices auf Deutsch,
                                                          no Parlamentskorrespondenz or Commission texts; none of its
                                                          pages or texts in the sets above; annotated and committed
                                                          before whosaid was run on it)
  heldout7_articles.py -> tests/data/heldout7-de.jsonl  (seventh held-out set: news of the Commission's Representation in
                                                          Germany (its site, its newsletter and its items republished by the
                                                          EIZ Niedersachsen) and netzpolitik.org; none of its pages or texts
                                                          in the sets above; annotated and committed before whosaid was run
                                                          on it)
  heldout8_articles.py -> tests/data/heldout8-de.jsonl  (eighth held-out set: netzpolitik.org, Global Voices auf Deutsch list
                                                          pages and the German service of the press agency Pressenza; none of
                                                          its pages or texts in the sets above; annotated and committed before
                                                          whosaid was run on it)
  heldout9_articles.py -> tests/data/heldout9-de.jsonl  (ninth held-out set: releases and news of the Austrian Parliament (its
                                                          Parlamentskorrespondenz on parlament.gv.at, on OTS and reposted by
                                                          the Österreich Journal, one news item distributed by publicnow),
                                                          Global Voices auf Deutsch topic and date pages and netzpolitik.org;
                                                          none of its pages or texts in the sets above; annotated and
                                                          committed before whosaid was run on it)
  heldout10_articles.py -> tests/data/heldout10-de.jsonl (tenth held-out set: releases of the Austrian Parliament's
                                                          Parlamentskorrespondenz (parlament.gv.at and OTS), netzpolitik.org,
                                                          Global Voices auf Deutsch topic pages and Pressenza tag pages; none
                                                          of its pages or texts in the sets above; annotated and committed
                                                          before whosaid was run on it)
  heldout11_articles.py -> tests/data/heldout11-de.jsonl (eleventh held-out set: German Wikinews (articles on the
                                                          de.wikiactu.com mirror, main-page archives and the news ticker),
                                                          releases of the Austrian Parliament's Parlamentskorrespondenz
                                                          (parlament.gv.at, OTS, a top-news.at tag page) and netzpolitik.org;
                                                          none of its pages or texts in the sets above; annotated and
                                                          committed before whosaid was run on it)
  heldout12_articles.py -> tests/data/heldout12-de.jsonl (twelfth held-out set: German Wikinews articles of 2009-2016 on
                                                          the de.wikiactu.com mirror and one article of 2022 on
                                                          de.m.wikinews.org; none of its pages or texts in the sets above;
                                                          annotated and committed before whosaid was run on it)
  heldout13_articles.py -> tests/data/heldout13-de.jsonl (thirteenth held-out set: German Wikinews articles of 2008-2016
                                                          on the de.wikiactu.com mirror; none of its pages or texts in the
                                                          sets above; annotated and committed before whosaid was run on it)
  heldout15_articles.py -> tests/data/heldout15-de.jsonl (fifteenth held-out set: releases of the Austrian Parliament's
                                                          Parlamentskorrespondenz (OTS, parlament.gv.at, the Österreich
                                                          Journal), Pressenza interview list pages and a Global Voices auf
                                                          Deutsch topic page; none of its pages or texts in the sets above;
                                                          annotated and committed before whosaid was run on it)
  heldout14_articles.py -> tests/data/heldout14-de.jsonl (fourteenth held-out set: German Wikinews (monthly archives of
                                                          the main page, the year reviews 2006 and 2007, one article on the
                                                          de.wikiactu.com mirror); none of its pages or texts in the sets
                                                          above; annotated and committed before whosaid was run on it)
  heldout16_articles.py -> tests/data/heldout16-de.jsonl (sixteenth held-out set: texts of the German Federal Government
                                                          (bundesregierung.de, bundeskanzler.de, bundeskanzlerin.de and the
                                                          Chancellor's podcast feed as shown by podcast directories); none of
                                                          its pages or texts in the sets above; annotated and committed
                                                          before whosaid was run on it)
  heldout18_articles.py -> tests/data/heldout18-de.jsonl (eighteenth held-out set: texts of the Austrian federal government:
                                                          news items and releases of the Federal Chancellery (its sites, one
                                                          OTS release, two reposts naming it as source) and two OTS releases
                                                          of the Federal Ministry of Justice; none of its pages or texts in
                                                          the sets above; annotated and committed before whosaid was run on
                                                          it)
  heldout17_articles.py -> tests/data/heldout17-de.jsonl (seventeenth held-out set: texts of the German Federal
                                                          Government (its newsletter "Bundesregierung aktuell" on
                                                          bundesregierung.de, as distributed by Public and as reposted,
                                                          and its news feed as reposted); none of its pages or texts in
                                                          the sets above; annotated and committed before whosaid was run
                                                          on it)
  heldout19_articles.py -> tests/data/heldout19-de.jsonl (nineteenth held-out set: releases of the Austrian Parliament's
                                                          Parlamentskorrespondenz (parlament.gv.at, OTS, two reposts in
                                                          the Österreich Journal), a news item of parlament.gv.at, and
                                                          texts of the Austrian Federal Chancellery (a news item of
                                                          bundeskanzleramt.at, four Chancellery releases on OTS); none of
                                                          its pages or texts in the sets above; annotated and committed
                                                          before whosaid was run on it)

  heldout20_articles.py -> tests/data/heldout20-de.jsonl (twentieth held-out set: releases of the Austrian Parliament's
                                                          Parlamentskorrespondenz (parlament.gv.at, OTS) and texts of the
                                                          German Federal Government (bundeskanzlerin.de media-library pages
                                                          and a press release, a bundesregierung.de archive item, the
                                                          Chancellor's podcast feed as shown by a podcast directory); none of
                                                          its pages or texts in the sets above; annotated and committed
                                                          before whosaid was run on it)
  heldout21_articles.py -> tests/data/heldout21-de.jsonl (twenty-first held-out set: releases of the Austrian Parliament's
                                                          Parlamentskorrespondenz (parlament.gv.at, OTS, one reposted by the
                                                          Österreich Journal) and one Commission news item reposted by the
                                                          Österreich Journal; none of its pages or texts in the sets above;
                                                          annotated and committed before whosaid was run on it)

For every article the text is the title, then the body paragraphs, joined with "\n".
Each annotated quote is located in that text by its exact string (the n-th occurrence when an
index is given; a string that occurs more than once without an index is an error), and the
offsets (Unicode code points, end exclusive, quote marks included) are validated with
text[start:end] == quote.text. The build also fails when a quotation mark in the text is not
covered by an annotated quote (apostrophes excepted), so a forgotten quote cannot slip through.
Run: python3 build.py   (from any directory)
"""
import glob
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles  # noqa: E402
import blog_articles  # noqa: E402
import eucom_articles  # noqa: E402
import heldout_articles  # noqa: E402
import heldout2_articles  # noqa: E402
import heldout3_articles  # noqa: E402
import heldout4_articles  # noqa: E402
import heldout6_articles  # noqa: E402
import heldout7_articles  # noqa: E402
import heldout8_articles  # noqa: E402
import heldout9_articles  # noqa: E402
import heldout10_articles  # noqa: E402
import heldout11_articles  # noqa: E402
import heldout12_articles  # noqa: E402
import heldout13_articles  # noqa: E402
import heldout15_articles  # noqa: E402
import heldout14_articles  # noqa: E402
import heldout16_articles  # noqa: E402
import heldout18_articles  # noqa: E402
import heldout17_articles  # noqa: E402
import heldout19_articles  # noqa: E402
import heldout20_articles  # noqa: E402
import heldout21_articles  # noqa: E402

DATA = os.path.normpath(os.path.join(HERE, "..", ".."))
# (module, output file, fewest quotes a document must have)
SETS = [
    (articles, "wikinews-de.jsonl", 2),
    (eucom_articles, "eucom-de.jsonl", 1),
    (blog_articles, "opennews-de.jsonl", 2),
    (heldout_articles, "heldout-de.jsonl", 1),
    (heldout2_articles, "heldout2-de.jsonl", 1),
    (heldout3_articles, "heldout3-de.jsonl", 1),
    (heldout4_articles, "heldout4-de.jsonl", 1),
    (heldout6_articles, "heldout6-de.jsonl", 1),
    (heldout7_articles, "heldout7-de.jsonl", 1),
    (heldout8_articles, "heldout8-de.jsonl", 1),
    (heldout9_articles, "heldout9-de.jsonl", 1),
    (heldout10_articles, "heldout10-de.jsonl", 1),
    (heldout11_articles, "heldout11-de.jsonl", 1),
    (heldout12_articles, "heldout12-de.jsonl", 1),
    (heldout13_articles, "heldout13-de.jsonl", 1),
    (heldout15_articles, "heldout15-de.jsonl", 1),
    (heldout14_articles, "heldout14-de.jsonl", 1),
    (heldout16_articles, "heldout16-de.jsonl", 1),
    (heldout18_articles, "heldout18-de.jsonl", 1),
    (heldout17_articles, "heldout17-de.jsonl", 1),
    (heldout19_articles, "heldout19-de.jsonl", 1),
    (heldout20_articles, "heldout20-de.jsonl", 1),
    (heldout21_articles, "heldout21-de.jsonl", 1),
]
def _discovered_sets():
    """Held-out sets not listed above, found by file name (heldoutN_articles.py -> heldoutN-de.jsonl), so that a
    new set needs no edit of this file."""
    listed = {m.__name__ for m, _, _ in SETS}
    found = []
    for path in glob.glob(os.path.join(HERE, "heldout*_articles.py")):
        name = os.path.basename(path)[:-3]
        number = name[len("heldout"):-len("_articles")]
        if name not in listed and number.isdigit():
            found.append((int(number), name))
    return [(importlib.import_module(name), f"heldout{n}-de.jsonl", 1) for n, name in sorted(found)]


SETS += _discovered_sets()

MARKS = "„“”»«\""  # opening/closing marks; ’ ‘ ‚ are apostrophes or nested marks and are checked by eye


def occurrences(text, needle):
    found, i = [], text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def build(a, min_quotes):
    errs = []
    text = "\n".join(([a["title"]] if a.get("title") else []) + a["paras"])
    quotes = []
    for q in a["quotes"]:
        qtext, speaker = q[0], q[1]
        occ = occurrences(text, qtext)
        if len(q) > 2:
            idx = q[2]
            if idx >= len(occ):
                errs.append(f"{a['id']}: occurrence {idx} of {qtext!r} not found")
                continue
            start = occ[idx]
        else:
            if len(occ) != 1:
                errs.append(f"{a['id']}: {qtext!r} occurs {len(occ)} times; give an occurrence index")
                continue
            start = occ[0]
        end = start + len(qtext)
        if text[start:end] != qtext:
            errs.append(f"{a['id']}: offset check failed for {qtext!r}")
        if "\n" in qtext:
            errs.append(f"{a['id']}: quote crosses a paragraph break: {qtext[:40]!r}")
        quotes.append({"start": start, "end": end, "text": qtext, "speaker": speaker})
    quotes.sort(key=lambda q: q["start"])
    covered = set()
    for prev, cur in zip(quotes, quotes[1:]):
        if cur["start"] < prev["end"]:
            errs.append(f"{a['id']}: overlapping quotes at {cur['start']}")
    for q in quotes:
        covered.update(range(q["start"], q["end"]))
    for i, ch in enumerate(text):
        if ch in MARKS and i not in covered:
            errs.append(f"{a['id']}: unannotated quotation mark at {i}: {text[max(0, i - 30):i + 30]!r}")
    speakers = {q["speaker"] for q in quotes if q["speaker"]}
    if speakers != set(a["aliases"]):
        errs.append(f"{a['id']}: aliases keys {sorted(a['aliases'])} != speakers {sorted(speakers)}")
    for name, forms in a["aliases"].items():
        if name not in forms:
            errs.append(f"{a['id']}: canonical name {name!r} missing from its own aliases")
        for f in forms:
            if f not in text:
                errs.append(f"{a['id']}: alias {f!r} does not occur in the text")
    if len(quotes) < min_quotes:
        errs.append(f"{a['id']}: fewer than {min_quotes} quotes")
    doc = {"id": a["id"], "lang": "de", "source": a["url"], "license": a["license"],
           "text": text, "quotes": quotes, "aliases": a["aliases"]}
    return doc, errs


def main():
    errs, ids, built = [], set(), []
    for module, name, min_quotes in SETS:
        docs = []
        for a in module.ARTICLES:
            if a["id"] in ids:
                errs.append(f"duplicate id {a['id']}")
            ids.add(a["id"])
            d, e = build(a, min_quotes)
            docs.append(d)
            errs.extend(e)
        built.append((os.path.join(DATA, name), docs))
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    for out, docs in built:
        with open(out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        nq = sum(len(d["quotes"]) for d in docs)
        nnull = sum(1 for d in docs for q in d["quotes"] if q["speaker"] is None)
        nspk = len({(d["id"], q["speaker"]) for d in docs for q in d["quotes"] if q["speaker"]})
        print(f"wrote {out}: {len(docs)} documents, {nq} quotes, {nspk} speakers, {nnull} with speaker null")


if __name__ == "__main__":
    main()
