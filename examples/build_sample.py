"""Build the bundled demo site (digest/demo/sample_site, package data) from the T17 corpus.

The demo serves these files on localhost exactly as a real outlet serves its feed and pages, in two
waves (two weeks of one long-running story from five outlets), so a second run shows version 2 of a
topic and "what changed". Run once; the output is committed so the demo needs no ../shared:

    python examples/build_sample.py [../shared/corpus/t17-dev/articles.jsonl]
"""

from __future__ import annotations

import gzip
import html
import json
import re
import sys
from collections import defaultdict
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SITE = ROOT.parent / "digest" / "demo" / "sample_site"  # package data, so `digest demo` works from a wheel
OUTLETS = {
    "bbc": "BBC News",
    "guardian": "The Guardian",
    "foxnews": "Fox News",
    "reuters": "Reuters",
    "washingtonpost": "The Washington Post",
}
WAVES = {1: ("2010-06-01", "2010-06-07"), 2: ("2010-06-08", "2010-06-14")}
PER_OUTLET_AND_WAVE = 6


def clean(text: str) -> str:
    """Undo the corpus's tokenizer artefacts that a real page would not have."""
    text = text.replace("\\/", "/").replace("``", '"').replace("''", '"')
    text = re.sub(r"\s*\((?:[A-Z]{1,5}\. ?[A-Z]{1,2}|\.[A-Z]{2,6})\)", "", text)  # tickers: (BP.L), (BP. N)
    text = re.sub(r"`\s*", "\u2018", text)
    text = re.sub(r"\s+'(?=[\s.,;:]|$)", "\u2019", text)
    return text


def headline(text: str) -> str:
    """The corpus has no headlines: the first clean lead sentence, shortened at a word boundary.

    digest's own sentence cleaner cuts datelines, wire stamps and captions glued to the lead.
    """
    from digest.briefs.sentences import segments

    candidates = [s for s in segments(text, limit=4) if len(s.split()) >= 6 and s[0].isupper() and "|" not in s]
    first = (candidates or [text.strip()])[0].rstrip(".")
    if len(first) <= 110:
        return first
    return first[:110].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def paragraphs(text: str) -> list[str]:
    sentences = re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", text.strip())
    out, current = [], []
    for s in sentences:
        current.append(s)
        if len(" ".join(current)) > 420:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def page(article: dict, outlet: str) -> str:
    title = html.escape(article["title"])
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paragraphs(article["text"]))
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {html.escape(outlet)}</title>
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="{html.escape(outlet)}">
  <meta property="article:published_time" content="{article["published"]}T09:00:00Z">
</head>
<body>
  <header><nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/business">Business</a></nav></header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">{html.escape(outlet)} · {article["published"]}</p>
{body}
    </article>
  </main>
  <aside><h2>Most read</h2><ul><li><a href="/other">Unrelated story</a></li></ul></aside>
  <footer><p>© {html.escape(outlet)}. Sample page built from the T17 research corpus for the digest demo.</p></footer>
</body>
</html>
"""


def rss(outlet_key: str, items: list[dict]) -> str:
    name = OUTLETS[outlet_key]
    entries = []
    for a in sorted(items, key=lambda a: a["published"], reverse=True):
        when = format_datetime(datetime.fromisoformat(a["published"] + "T09:00:00").replace(tzinfo=UTC))
        summary = html.escape(" ".join(a["text"].split()[:45]) + " …")
        entries.append(f"""    <item>
      <title>{html.escape(a["title"])}</title>
      <link>{{BASE}}/pages/{a["id"]}.html</link>
      <guid isPermaLink="false">{a["id"]}</guid>
      <pubDate>{when}</pubDate>
      <description>{summary}</description>
    </item>""")
    joined = "\n".join(entries)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>{html.escape(name)}</title>
    <link>{{BASE}}/</link>
    <description>{html.escape(name)} (sample feed for the digest demo)</description>
{joined}
  </channel>
</rss>
"""


def main(corpus: Path) -> None:
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    chosen: dict[int, dict[str, list[dict]]] = {1: defaultdict(list), 2: defaultdict(list)}
    for r in sorted(rows, key=lambda r: (r["published"], r["id"])):
        if r["story"] != "bpoil" or r["outlet"] not in OUTLETS or len(r["text"]) < 800:
            continue
        for wave, (start, end) in WAVES.items():
            bucket = chosen[wave][r["outlet"]]
            if start <= r["published"] <= end and len(bucket) < PER_OUTLET_AND_WAVE:
                text = clean(r["text"])
                bucket.append({**r, "text": text, "title": headline(text)})
    (SITE / "pages").mkdir(parents=True, exist_ok=True)
    manifest = []
    for wave in WAVES:
        (SITE / f"wave{wave}").mkdir(parents=True, exist_ok=True)
        cumulative = {k: chosen[1][k] + (chosen[2][k] if wave == 2 else []) for k in OUTLETS}
        for key, items in cumulative.items():
            (SITE / f"wave{wave}" / f"{key}.xml").write_text(rss(key, items[-10:]), encoding="utf-8")
        for key, items in chosen[wave].items():
            for a in items:
                data = gzip.compress(page(a, OUTLETS[key]).encode(), mtime=0)
                (SITE / "pages" / f"{a['id']}.html.gz").write_bytes(data)
                manifest.append({"id": a["id"], "outlet": key, "published": a["published"], "wave": wave})
    (SITE / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(manifest)} pages and {2 * len(OUTLETS)} feeds under {SITE}")


if __name__ == "__main__":
    default = ROOT.parent.parent / "shared" / "corpus" / "t17-dev" / "articles.jsonl"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
