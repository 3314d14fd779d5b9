"""The bytes that leave: headers mail providers parse literally must stay plain ASCII on one line."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default as default_policy

from digest.deliver.message import build_message
from digest.deliver.send import message_bytes
from digest.models import RenderedMessage

# As long as the real ones: itsdangerous tokens push the URL well past 78 characters.
UNSUBSCRIBE = "https://digest.example.org/unsubscribe/WzEsIjBkZGFmNDVhYzE1OWM1ODciXQ.awL2wg.4seFu7ALjs-35vcCR4cVLblX2b0"
MESSAGE_ID = "<gulf-spill-watch.2.32a9c5afd14518dd.1795356354@digest.example.org>"


def wire() -> bytes:
    message = build_message(
        RenderedMessage(subject="Gulf spill watch: 1 topic updated — 14 Jun 2010", html="<p>hi</p>", text="hi"),
        sender="Gulf spill watch <digest@example.org>",
        recipient="reader@example.org",
        message_id=MESSAGE_ID,
        list_id="Gulf spill watch <gulf-spill-watch.example.org>",
        unsubscribe_url=UNSUBSCRIBE,
        date=datetime(2010, 6, 14, 18, 0, tzinfo=UTC),
    )
    return message_bytes(message, MESSAGE_ID)


def test_list_unsubscribe_is_a_plain_url_not_rfc2047_encoded_words():
    raw = wire()
    head = raw.split(b"\r\n\r\n", 1)[0]
    # RFC 8058 / RFC 2369 readers (Gmail, Yahoo) take the <https://...> literally; encoded words hide it.
    assert f"\r\nList-Unsubscribe: <{UNSUBSCRIBE}>\r\n".encode() in head
    assert b"\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" in head
    assert f"\r\nMessage-ID: {MESSAGE_ID}\r\n".encode() in head
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_wire_form_still_parses_to_the_same_headers():
    parsed = message_from_bytes(wire(), policy=default_policy)
    assert parsed["List-Unsubscribe"] == f"<{UNSUBSCRIBE}>"
    assert parsed["Subject"] == "Gulf spill watch: 1 topic updated — 14 Jun 2010"
    assert parsed.get_content_type() == "multipart/alternative"
