"""The composer: each issue (and each cut of it to chosen topics) rendered once, every recipient's
message built from those renders.

It is the sender's callback for a run, its retries (the scheduler's retry job) and sends resumed
after a crash: cuts are stored with the issue, so a retry sends exactly what the run would have.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import Engine

from digest.config import Config
from digest.deliver.message import WireTemplate, build_message, default_list_id
from digest.deliver.send import message_bytes
from digest.deliver.subscribers import topics_for
from digest.models import DigestContext, Recipient, RenderedMessage
from digest.render import BaseRender, Renderer
from digest.store import issues as issue_store
from digest.store.issues import IssueRecord, StoredCut
from digest.topics import list_topics

log = logging.getLogger(__name__)


class Composer:
    """Renders each issue (and each topic cut of it) once, and builds every recipient's message
    from those renders: the sender's callback, for this run, its retries and resumed sends."""

    def __init__(self, config: Config, engine: Engine):
        self.config = config
        self.engine = engine
        self.renderer = Renderer(config.templates_dir)
        self._bases: dict[int, BaseRender] = {}  # issue id -> render
        self._cuts: dict[tuple[int, tuple[str, ...]], BaseRender] = {}  # (issue id, chosen slugs) -> render
        self._choices: dict[str, tuple[str, ...]] = {}  # email -> chosen slugs, () for every topic
        self._follower: TopicFollower | None = None
        # (render, issue, with List-Unsubscribe) -> the render kept alive and its messages' wire template
        self._wires: dict[tuple[int, int, bool], tuple[BaseRender, WireTemplate]] = {}

    def base(self, ctx: DigestContext) -> BaseRender:
        return self.renderer.render_base(ctx)

    def remember(
        self, issue_id: int, base: BaseRender, cuts: dict[tuple[str, ...], BaseRender], recipients: list[Recipient]
    ) -> None:
        """Keep this run's renders, and store the cuts so a retry or a resumed send reuses them."""
        self._bases[issue_id] = base
        for selection, rendered in cuts.items():
            self._cuts[(issue_id, selection)] = rendered
            issue_store.store_cut(
                self.engine, issue_id, selection, StoredCut(rendered.subject, rendered.html, rendered.text)
            )
        # every recipient's choice as this run read it, () for every topic: no query per message
        self._choices.update({r.email: r.topics for r in recipients})

    def __call__(self, issue: IssueRecord, recipient: Recipient, message_id: str) -> bytes:
        """The recipient's message as the bytes the sender hands over (CRLF, no Bcc)."""
        base = self._base(issue, recipient)
        rendered = self.renderer.personalize(base, recipient)
        wire = self._wire(issue, base, rendered, recipient, message_id)
        if wire is not None:
            return wire
        return message_bytes(self.message(issue.digest, rendered, recipient, message_id, issue.created), message_id)

    def _wire(
        self, issue: IssueRecord, base: BaseRender, rendered: RenderedMessage, recipient: Recipient, message_id: str
    ) -> bytes | None:
        """The message from the cut's wire template (bodies encoded once around the footers), or None.

        A template's first message is also built the general way and compared: should they ever
        differ, that template is dropped and every message of it is built the general way.
        """
        url = recipient.unsubscribe_url
        key = (id(base), issue.id, bool(url and url.strip().lower().startswith("https://")))
        kept = self._wires.get(key)
        check = kept is None
        if kept is None:
            template = WireTemplate(
                subject=base.subject,
                html_parts=base.html_parts,
                text_parts=base.text_parts,
                sender=self.config.delivery.sender,
                list_id=default_list_id(issue.digest, self.config.delivery.sender),
                date=issue.created,
                unsubscribe=key[2],
            )
            kept = self._wires[key] = (base, template)
        template = kept[1]
        (h0, h1), (t0, t1) = base.html_parts, base.text_parts
        html, text = rendered.html, rendered.text
        if not (html.startswith(h0) and html.endswith(h1) and text.startswith(t0) and text.endswith(t1)):
            return None
        html_footer, text_footer = html[len(h0) : len(html) - len(h1)], text[len(t0) : len(text) - len(t1)]
        wire = template.render(recipient.email, message_id, url, html_footer, text_footer)
        if check and wire is not None:
            general = message_bytes(
                self.message(issue.digest, rendered, recipient, message_id, issue.created), message_id
            )
            if general != wire:
                log.warning(
                    "issue %s: the fast message build differs from the general one; using the general", issue.id
                )
                template.usable = False
                return general
        return wire

    def _base(self, issue: IssueRecord, recipient: Recipient) -> BaseRender:
        choice = self._choices.get(recipient.email)
        if choice is None and recipient.topics_known:
            # a retry, a resumed send or a worker: the cut the issue was made with for them, whatever was split,
            # merged or chosen since
            choice = self._choices[recipient.email] = recipient.topics
        if choice is None:  # a delivery stored before cuts were kept with it: the subscriber's choice now
            if self._follower is None:
                self._follower = TopicFollower(self.engine)
            choice = self._choices[recipient.email] = stored_choice(self.engine, recipient.email, self._follower)
        base = (self._cuts.get((issue.id, choice)) or self._load_cut(issue.id, choice)) if choice else None
        if base is None:
            base = self._bases.get(issue.id)
        if base is None:
            base = self._bases[issue.id] = self.renderer.base_from_stored(issue.subject, issue.html, issue.text)
        return base

    def _load_cut(self, issue_id: int, selection: tuple[str, ...]) -> BaseRender | None:
        row = issue_store.load_cut(self.engine, issue_id, selection)
        if row is None:
            return None
        base = self._cuts[(issue_id, selection)] = self.renderer.base_from_stored(row.subject, row.html, row.text)
        return base

    def message(
        self, digest_name: str, rendered: RenderedMessage, recipient: Recipient, message_id: str, when: datetime
    ) -> EmailMessage:
        return build_message(
            rendered,
            sender=self.config.delivery.sender,
            recipient=recipient.email,
            message_id=message_id,
            list_id=default_list_id(digest_name, self.config.delivery.sender),
            unsubscribe_url=recipient.unsubscribe_url,
            date=when,
        )


def topic_cuts(ctx: DigestContext, recipients: list[Recipient]) -> dict[tuple[str, ...], DigestContext | None]:
    """The issue cut to each distinct set of chosen topics; None when none of them was updated."""
    cuts: dict[tuple[str, ...], DigestContext | None] = {}
    for selection in {r.topics for r in recipients if r.topics}:
        wanted = set(selection)
        updates = [u for u in ctx.updates if u.topic.slug in wanted]
        cuts[selection] = replace(ctx, updates=updates) if updates else None
    return cuts


class TopicFollower:
    """What a subscriber's chosen topics stand for now: a topic merged since stands for the topic that
    absorbed it, and a topic that forked brings its branches along, so a reader who chose the strike
    still gets the strike when its later phase became a topic of its own. Reads every topic once."""

    def __init__(self, engine: Engine):
        self._merged_into: dict[str, str] = {}
        self._branches: dict[str, list[str]] = {}
        for topic in list_topics(engine):
            if topic.merged_into:
                self._merged_into[topic.slug] = topic.merged_into
            if topic.split_from:
                self._branches.setdefault(topic.split_from, []).append(topic.slug)

    def _chain(self, slug: str) -> list[str]:
        """The slug and every topic it was merged into since, the one standing for it now last."""
        chain = [slug]
        while (into := self._merged_into.get(chain[-1])) and into not in chain:
            chain.append(into)
        return chain

    def __call__(self, slugs: tuple[str, ...]) -> tuple[str, ...]:
        out: set[str] = set()
        seen: set[str] = set()
        todo = list(slugs)
        while todo:
            slug = todo.pop()
            if slug in seen:
                continue
            chain = self._chain(slug)
            seen.update(chain)
            out.add(chain[-1])
            # a fork of any topic on the way (one that forked, then was merged) is still the reader's story
            todo.extend(b for hop in chain for b in self._branches.get(hop, ()))
        return tuple(sorted(out))


def stored_choice(engine: Engine, email: str, follow: TopicFollower | None = None) -> tuple[str, ...]:
    choice = topics_for(engine, email)
    if choice == "all" or not choice:
        return ()
    return (follow or TopicFollower(engine))(tuple(choice))
