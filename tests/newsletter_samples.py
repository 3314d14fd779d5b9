"""Newsletter messages for the tests: a realistic HTML issue with a preheader, a tracking pixel,
a "view online" link and an unsubscribe footer, built with the stdlib email package."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

BODY = (
    "Negotiators from the United States and China agreed in Beijing on an AI safety protocol for frontier "
    "models. The AI safety protocol commits both governments to keep highly capable systems away from "
    "nonstate actors and to share evaluations of frontier models before deployment. Officials said the "
    "US-China talks on export controls would continue next month, and that the AI safety protocol would be "
    "reviewed every year by a joint working group of both delegations."
)


def issue(
    n: int,
    when: datetime,
    *,
    subject: str | None = None,
    list_name: str = "The Neuron",
    body: str = BODY,
    archive: str | None = None,
    message_id: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{list_name} <news@theneuron.example>"
    msg["To"] = "editor@example.org"
    msg["Subject"] = subject or f"Issue {n}: the AI Cold War got a protocol"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id or f"<issue-{n}@theneuron.example>"
    msg["List-Id"] = f"{list_name} <theneuron.example>"
    msg["List-Unsubscribe"] = "<https://theneuron.example/unsubscribe?u=1>"
    if archive:
        msg["List-Archive"] = f"<{archive}>"
    text = f"View this email in your browser: https://theneuron.example/p/issue-{n}\n\n{body}\n\n--\nUnsubscribe: https://theneuron.example/unsubscribe?u=1\n"
    msg.set_content(text)
    html = f"""<html><head><style>p {{ color: red }}</style></head><body>
<div style="display:none;max-height:0">PREHEADER teaser text you should never read</div>
<table><tr><td><a href="https://theneuron.example/p/issue-{n}">View online</a></td></tr>
<tr><td><h1>Issue {n}: the AI Cold War got a protocol</h1>
<p>{body}</p>
<p>{body.replace("Beijing", "the capital")}</p>
<img src="https://track.example/open.gif?u=1" width="1" height="1" alt="">
</td></tr>
<tr><td><p style="font-size:11px">You received this because you subscribed.
<a href="https://theneuron.example/unsubscribe?u=1">Unsubscribe</a> |
<a href="https://theneuron.example/prefs">Manage preferences</a></p></td></tr>
</table></body></html>"""
    msg.add_alternative(html, subtype="html")
    return bytes(msg)
