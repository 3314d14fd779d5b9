"""Render one digest issue for 1,000 recipients: MJML compiled once, each recipient's footer filled after.

    python bench/render_bench.py [--recipients 1000] [--topics 8]

Target (issue 6): render and personalize 1,000 recipients of one digest in <= 10 s. Also times building
each recipient's MIME message and serializing it to bytes (what the outbox or SMTP sender queues).
Prints its figures and ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from email import policy

import digest.render.renderer as render_module
from digest.deliver.message import build_message, default_list_id
from digest.models import Recipient
from digest.render import HTML_LIMIT, Renderer, sample_context

TARGET_S = 10.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=1000)
    parser.add_argument("--topics", type=int, default=8)
    args = parser.parse_args(argv)

    compiles = 0
    compile_mjml = render_module.mjml.mjml2html

    def counting(*a, **kw):
        nonlocal compiles
        compiles += 1
        return compile_mjml(*a, **kw)

    render_module.mjml.mjml2html = counting
    ctx = sample_context(topics=args.topics)
    ctx.new_articles = 24
    recipients = [
        Recipient(f"reader{i}@example.org", f"https://digest.example.org/unsubscribe/tok{i:06d}", editor=i % 50 == 0)
        for i in range(args.recipients)
    ]

    t0 = time.perf_counter()
    renderer = Renderer()
    base = renderer.render_base(ctx)
    t1 = time.perf_counter()
    rendered = [renderer.personalize(base, r) for r in recipients]
    t2 = time.perf_counter()
    now = datetime.now(UTC)
    list_id = default_list_id(ctx.digest, "digest@example.org")
    size = 0
    for i, (r, msg) in enumerate(zip(recipients, rendered, strict=True)):
        message = build_message(
            msg,
            sender="Morning brief <digest@example.org>",
            recipient=r.email,
            message_id=f"<{ctx.number}.{i}@example.org>",
            list_id=list_id,
            unsubscribe_url=r.unsubscribe_url,
            date=now,
        )
        size += len(message.as_bytes(policy=policy.SMTP))
    t3 = time.perf_counter()

    html_max = max(len(m.html.encode()) for m in rendered)
    render_s, personalize_s, queue_s = t1 - t0, t2 - t1, t3 - t2
    total = render_s + personalize_s
    print(f"topics: {args.topics}, recipients: {args.recipients}, MJML compiles: {compiles}")
    print(f"render_base (templates + MJML, once): {render_s * 1000:.1f} ms")
    each_us = personalize_s / args.recipients * 1e6
    print(f"personalize {args.recipients}: {personalize_s * 1000:.1f} ms ({each_us:.1f} us each)")
    print(f"render + personalize: {total:.3f} s (target <= {TARGET_S:.0f} s)")
    print(
        f"build_message + serialize {args.recipients}: {queue_s:.3f} s ({queue_s / args.recipients * 1000:.2f} ms each)"
    )
    print(f"largest HTML: {html_max} bytes (Gmail clips above {HTML_LIMIT} bytes)")
    print(f"average message on the wire: {size // args.recipients} bytes")
    result = {
        "bench": "render",
        "recipients": args.recipients,
        "topics": args.topics,
        "mjml_compiles": compiles,
        "render_base_s": round(render_s, 4),
        "personalize_s": round(personalize_s, 4),
        "render_personalize_s": round(total, 4),
        "build_and_serialize_s": round(queue_s, 4),
        "end_to_end_s": round(total + queue_s, 4),
        "html_bytes_max": html_max,
        "target_s": TARGET_S,
        "ok": total <= TARGET_S and compiles == 1 and html_max < HTML_LIMIT,
    }
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
