"""What changed since the previous version, and how each actor's stance moved; same for both engines.

Computed from the briefs themselves (sources, timeline, perspectives, questions), so an LLM brief
gets the same mechanical, checkable change list as an extractive one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from digest.briefs.actors import RECALL_TURN, SPEECH_FRAME, actor_key, bare_name, recalled_turn, unmarked
from digest.briefs.cues import _AFTER_SAYING, NEGATION, SHIFT, TURNED, states_unknown
from digest.briefs.lexicon import ENGLISH
from digest.briefs.sentences import content_overlap, nest_quotes, shorten, split_sentences
from digest.models import Article, Brief, Perspective, Source, Statement

AnswerFinder = Callable[[str], Statement | None]


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _article_ids(citations: tuple[int, ...], sources: list[Source]) -> set[str]:
    by_n = {s.n: s.article_id for s in sources}
    return {by_n[n] for n in citations if n in by_n}


def evolve(perspectives: list[Perspective], current_sources: list[Source], previous: Brief | None) -> list[Perspective]:
    """Mark each perspective new, unchanged, expanded or shifted against the previous version.

    The note says what changed in the actor's own words: "now also: “…” [n]" for a new claim (which then leaves the
    stance, so the note does not repeat it),
    "from “…” to “…” [n]" when the new claim reverses or contradicts an earlier one on the same matter.
    """
    if previous is None:
        return [replace(p, evolution="new", evolution_note="first quoted in version 1") for p in perspectives]
    v = previous.version
    before = {actor_key(p.actor): p for p in previous.perspectives}
    out = []
    for p in perspectives:
        old = before.get(actor_key(p.actor))
        if old is None:
            out.append(replace(p, evolution="new", evolution_note=f"first quoted in version {v + 1}"))
            continue
        # A position the actor left (a shifted note's "from “…”") stays left: not shown again, not new again.
        left = _left(old.evolution_note)
        if left:
            p = replace(p, stance=_as_before(p.stance, left, old, previous.sources, current_sources))
        # What the previous version's note added was said then too, though its stance no longer shows it.
        noted = _noted(old.evolution_note)
        note_cites = tuple(int(n) for n in re.findall(r"\[(\d+)\]", old.evolution_note)) if noted else ()
        old_ids = _article_ids(old.stance.citations + note_cites, previous.sources)
        new_ids = _article_ids(p.stance.citations, current_sources) - old_ids
        old_claims = _claims(old.stance.text) + ([noted] if noted else [])
        fresh = [
            c
            for c in _claims(p.stance.text)
            if all(_differs(c, o) for o in old_claims) and not (noted and _norm(c).startswith(_norm(noted)))
        ]
        if not fresh or not new_ids:
            out.append(replace(p, evolution="unchanged", evolution_note=f"unchanged since version {v}"))
            continue
        cites = "".join(f"[{s.n}]" for s in current_sources if s.article_id in new_ids)
        # The claim that says the speaker moved comes first: "I was too optimistic", "I have changed my mind", "who
        # owns the freehold is a different matter", "less than we asked for".
        fresh = _recalled_last(fresh)
        fresh.sort(key=lambda c: not _SELF_TURN.search(c))
        said = _claims(p.stance.text)
        who = bare_name(p.actor)  # "Health Secretary Ana Ruiz": her office's words are no part of her name
        reported = recalled_turn([c for c in said if c in fresh], who) or _confessed(said, fresh, old_claims)
        turned = reported or _turn(fresh, old_claims, who)
        admitted = None if turned else _admitted(said, fresh, old_claims)
        turned = turned or admitted
        if turned is not None:
            was, now = turned
            now = now if reported else next((c for c in fresh if _SELF_TURN.search(c)), now)
            if _RECALL.match(now) and now in said:
                # "I said there was no case. The backup failing made the case.": the words after the recalled ones,
                # from the words recalled ("I said a month ago that this was a matter for the board").
                recalled = _RECALLED_WORDS.match(now)
                was = recalled.group("was") if recalled else was
                now = next((c for c in said[said.index(now) + 1 :] if not _RECALL.match(c) and c in fresh), now)
            elif now in said and said.index(now) > 0 and said[said.index(now) - 1] in fresh:
                # "I said a month ago that this was a matter for the board. It no longer is.": from what they recall.
                recalled = _RECALLED_WORDS.match(said[said.index(now) - 1])
                was = recalled.group("was") if recalled else was
            # A new sentence right after the turn goes with it: "We no longer advise finishing the
            # pack. Ask for another brand." says what they do instead.
            if now in said and said.index(now) + 1 < len(said):
                after_now = said[said.index(now) + 1]
                if after_now in fresh and len(f"{now} {after_now}".split()) <= 45 and not _RECALL.match(after_now):
                    now = f"{now.rstrip('.')}. {after_now}"
            # "Kenneth Ilori said its line may have been involved": the report's frame round their words goes.
            now, was = _unframed(now, who), _unframed(was, who)
            # What they say now is the news: up to a stance's length, so the words that turn are not cut off.
            note = f"from “{_short(was)}” to “{_short(now, 30)}” {cites}"
            # A turn the speaker or the report recalls, or an admission, keeps the stance whole: the words recalled
            # are part of what was said now.
            stance = (
                p.stance if admitted or reported else _past_left_out(p.stance, was, fresh, new_ids, current_sources)
            )
            out.append(replace(p, stance=stance, evolution="shifted", evolution_note=note))
        else:
            added = _added(said, fresh, old_claims)
            stance = _without(p.stance, added, old_claims, old_ids, current_sources)
            # All of the stance new: the note says so rather than repeat its first claim. An old claim reworded or
            # cited anew stays in the stance, and the note names the new one.
            all_new = stance == p.stance and all(c in fresh for c in _claims(p.stance.text))
            # A new claim saying the speaker moved is named even so: "now also: “I was too optimistic …”".
            # So is one recalling earlier words to answer them, but not one standing by them ("I said last week that
            # the extension is not affordable, and I stand by it"): a repeated position names nothing as new.
            recalls = [c for c in fresh if _RECALL.match(c)]
            moved = any(not _REAFFIRM.search(c) for c in recalls)
            all_new = all_new and not _SELF_TURN.search(added) and not moved
            note = f"new since version {v} {cites}" if all_new else _also(who, added, cites, old_claims)
            out.append(replace(p, stance=stance, evolution="expanded", evolution_note=note))
    return out


# The speaker says they thought again: "I have reconsidered", "I have looked again at the records of these tunnels",
# "we have thought again".
_RECONSIDERED = (
    r"(?:I|[Ww]e)(?:['’]ve|\s+have)\s+(?:now\s+)?(?:reconsidered|rethought|thought\s+again|looked\s+again\s+at|"
    r"gone\s+back\s+over)"
)
# "I've lost patience", "we have lost confidence in the board": the speaker says their support has gone.
_LOST_FAITH = r"(?:I|[Ww]e)(?:['’]ve|\s+have)\s+(?:now\s+)?lost\s+(?:all\s+)?(?:patience|faith|confidence|trust)\b"
# What holds a position rather than leaves it: "nothing will change", "the ward must still close", "the plan remains".
_STAYS = (
    r"\b(?:nothing\s+(?:will|would|has|is\s+going\s+to)\s+change|no\s+change|unchanged|still|remains?|remained|"
    r"(?<!not\s)continues|will\s+continue|carries\s+on|will\s+carry\s+on|stand\s+by|as\s+planned|as\s+before)\b"
)
_LISTENED = (
    r"(?:I|[Ww]e)(?:['’]ve|\s+have)\s+listened\b[^.!?]{0,160}?\band\s+(?:I|we)(?:['’]ve|\s+have)?\s+"
    # "... and we have decided nothing will change; the offensive continues": heard out, and held to, is no turn.
    rf"(?:found|decided|agreed|changed|chosen|asked)(?![^.!?]*{_STAYS})"
)
_HEARD = re.compile(rf"\b{_LISTENED}", re.IGNORECASE)
_SELF_TURN = re.compile(
    rf"\b(?:{_RECONSIDERED}|"
    rf"{_LOST_FAITH}|changed\s+(?:my|our|his|her|their)\s+mind|too\s+(?:optimistic|pessimistic|hasty|quick)|(?:I|we)\s+(?:was|were)\s+wrong|"
    # "The situation changed, and I changed with it", "I've changed my view": the speaker says they moved.
    r"(?:I|we)(?:['’]ve|\s+have)?\s+changed\b|"
    r"got\s+(?:it|that|this)\s+wrong|(?:I|we)\s+(?:made|have\s+made|['’]ve\s+made)\s+a\s+mistake|(?:a|another)\s+different\s+matter|(?:less|more)\s+than\s+we\s+(?:asked|wanted|hoped|had)|"
    r"(?:I|we)\s+(?:now\s+)?(?:accept|admit|concede)|(?:on|after)\s+reflection|"
    # "That is different from what I said on Monday": the speaker sets the new advice against their own earlier words.
    r"\b(?:different|a\s+change)\s+from\s+what\s+(?:I|we)\s+(?:said|told|advised|wrote|announced)\b|"
    # "I am now advising that ...", "We are now telling people to ...": advice given anew.
    r"\b(?:I\s+am|I['’]m|[Ww]e\s+are|[Ww]e['’]re)\s+now\s+(?:advising|recommending|telling|asking|urging|warning)\b|"
    # "..., and the Board accepts that.": a speaker's body conceding the point they have just made.
    r"\b(?:accepts|concedes|admits|accepted|conceded|admitted)\s+(?:that|this|it)(?=[.!?\"”’]*$)|"
    # "When the facts change, the answer changes.", "This is now a lifeline for a community, not just a private
    # railway": the speaker sets what they say now against what it was.
    r"when\s+the\s+facts\s+change|(?:is|are)\s+now\s+[^,.;]{3,60},\s+not\s+(?:just|only|merely|simply)\s+\w+|"
    # "I have listened to the growers, and I have decided to keep the market open": heard out, and moved.
    rf"{_LISTENED})\b",
    re.IGNORECASE,
)


# The speaker recalling their own earlier words before the new ones: "Last week I said we weren't panicking. This week
# I'm telling members to ration.", "I said there was no case. The backup failing made the case.", "I told the public the
# programme was on schedule. At Hale Cross it was not."
_RECALL = re.compile(
    r"^(?:(?:Last|Earlier|Before|A)\s+(?:week|month|year|day|time|while\s+ago)\w*,?\s+|"
    # "In March I told the board and the staff that ...": the month it was said first, and a longer audience.
    r"(?:In|Back\s+in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{4})?,?\s+)?"
    r"(?:I|we)\s+(?:(?:had\s+)?said|told(?:\s+\w+){1,5}?(?=\s+that\b)|told(?:\s+\w+){1,3}?(?=\s)|thought|believed|predicted|promised|insisted)\b"
)


_RECALLED_WORDS = re.compile(
    _RECALL.pattern
    + r"(?:\s+(?:last\s+\w+|a\s+\w+\s+ago|at\s+the\s+(?:start|outset|time|beginning)|in\s+[A-Z][a-z]+))?"
    + r"\s+(?:that\s+)?(?P<was>[^.!?]{8,})[.!?]"
)


# Earlier words recalled only to be held to: "... and I stand by it", "... and that is still the plan".
_REAFFIRM = re.compile(
    r"\b(?:stand\s+by|stands|still\s+(?:the\s+plan|the\s+case|true|(?:I|we)\s+(?:believe|think))|"
    r"(?:I|we)\s+still\s+(?:believe|think|hold|say)|(?:has|have)(?:\s+not|n['’]t)\s+changed|nothing\s+has\s+changed|"
    r"remains?\s+(?:the\s+plan|true|the\s+case))\b",
    re.IGNORECASE,
)


# The speaker's own admission ("I was wrong", "we got this wrong"), not one asked of others ("admit they got it wrong");
# or their saying they thought again ("I have reconsidered"): a turn from the earlier stance it is closest to.
_ADMITS = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:was|were)\s+wrong|got\s+(?:it|this|that)\s+wrong|(?:made|have\s+made|['’]ve\s+made)\s+a\s+mistake)\b"
    rf"|\b{_RECONSIDERED}|\b{_LOST_FAITH}"
    r"|\b(?:different|a\s+change)\s+from\s+what\s+(?:I|we)\s+(?:said|told|advised|wrote|announced)\b"
    r"|\b(?:I\s+am|I['’]m|[Ww]e\s+are|[Ww]e['’]re)\s+now\s+(?:advising|recommending|telling|asking|urging|warning)\b"
    # "I accept that the figures cannot be trusted, and the responsibility for that is mine.": a concession.
    r"|\b(?:I|[Ww]e)\s+(?:now\s+)?(?:accept|admit|concede)\s+that\b"
    r"|\bthe\s+responsibility\s+(?:for\s+\w+\s+)?is\s+(?:mine|ours)\b|\b(?:I|[Ww]e)\s+take\s+(?:full\s+)?responsibility\b"
    rf"|\b{_LISTENED}"
)


def _admitted(said: list[str], fresh: list[str], old_claims: list[str]) -> tuple[str, str] | None:
    """ "I was wrong about days, and I'll say so. We lose a week at least.": an admission leaves the earlier stance it
    is closest to; the note goes from it to the admission and the sentence after."""
    for i, c in enumerate(said):
        if c in fresh and _ADMITS.search(c) and old_claims:
            if not _moved_after_hearing(c, said[i + 1 : i + 2]):
                continue
            now = c
            if i + 1 < len(said) and said[i + 1] in fresh and len(f"{c} {said[i + 1]}".split()) <= 30:
                now = f"{c.rstrip('.')}. {said[i + 1]}"
            return max(old_claims, key=lambda was: content_overlap(now, was)), now
    return None


def _moved_after_hearing(claim: str, after: list[str]) -> bool:
    """Whether "I have listened ... and I have found/decided ..." moved the speaker: what follows it, and the sentence
    after it, do not hold the earlier stance ("nothing will change", "The ward must still close"). Any other admission
    moves them by its own words."""
    heard = _HEARD.search(claim)
    if heard is None or _ADMITS.search(_HEARD.sub(" ", claim)):
        return True
    return re.search(_STAYS, " ".join([claim[heard.end() :], *after]), re.IGNORECASE) is None


# Recalled words that carry nothing of their own: "I said it would", "I said so", "we promised it would not".
_ELLIPTIC = re.compile(
    r"^(?:(?:it|this|that|they|we|he|she)\s+(?:would|will|could|can|did|was|were|had|might|should|is|are)(?:\s+not|n['’]t)?"
    r"|so|otherwise)(?=\s*(?:[,.;]|and\b|$))"
)


def _confessed(said: list[str], fresh: list[str], old_claims: Sequence[str] = ()) -> tuple[str, str] | None:
    """ "I said there was no case. The backup failing made the case.", "A reopening is off the table. I said we'd be
    carrying skiers in December. I was wrong.": the speaker recalls their words and moves on; the note goes from the
    words recalled to what follows (after an admission, the new position before them too)."""
    for i, c in enumerate(said[:-1]):
        nxt = said[i + 1]
        if c not in fresh or not _RECALL.match(c) or _REAFFIRM.search(c) or _RECALL.match(nxt) or nxt not in fresh:
            continue
        if _REAFFIRM.search(nxt):
            continue  # "I said the extension is not affordable. I stand by it.": held to, not left
        recalled = _RECALLED_WORDS.match(c)
        was = recalled.group("was") if recalled else c
        now = nxt
        if recalled and _ELLIPTIC.match(recalled.group("was")) and i > 0 and said[i - 1] in fresh and old_claims:
            # "The festival cannot go ahead. I said it would, and I believed it.": the recalled words only point back;
            # the new position is the sentence before them, the old one the earlier claim it answers.
            now = said[i - 1]
            return max(old_claims, key=lambda o: content_overlap(now, o)), now
        if _SELF_TURN.search(nxt) and i > 0 and said[i - 1] in fresh and len(f"{said[i - 1]} {now}".split()) <= 30:
            now = f"{said[i - 1].rstrip('.')}. {now}"  # the new position, then the admission
        # "I have read the logs, and I accept them. We should have closed the road at noon. I said the warning came
        # at four. It came at eleven.": a turn the speaker states before the words they recall is the new position.
        turn = next((j for j in range(i) if said[j] in fresh and _SELF_TURN.search(said[j])), None)
        if turn is not None:
            now = said[turn]
            after = said[turn + 1] if turn + 1 < i else ""
            if after in fresh and not _RECALL.match(after) and len(f"{now} {after}".split()) <= 30:
                now = f"{now.rstrip('.')}. {after}"
        return was, now
    return None


def _recalled_last(fresh: list[str]) -> list[str]:
    """The claims with a recalled earlier position after the new one that answers it: what they say now leads."""
    out = list(fresh)
    for i, c in enumerate(fresh[:-1]):
        if _RECALL.match(c) and not _RECALL.match(fresh[i + 1]):
            out.remove(c)
            out.append(c)
    return out


# For the stance's order: a claim saying the speaker moved, or recalling their earlier words before the new ones, is
# what they say now.
SELF_TURN = re.compile(
    _SELF_TURN.pattern
    + r"|(?:^|[.!?]\s+)"
    + _RECALL.pattern.removeprefix("^")
    + r"[^.!?]{3,150}[.!?]\s+[A-Z]|"
    # The report recalls what they said before and sets what they say now beside it.
    + RECALL_TURN,
    re.IGNORECASE,
)


def _past_left_out(
    stance: Statement, was: str, fresh: list[str], new_ids: set[str], sources: list[Source]
) -> Statement:
    """A shifted stance without the position the actor left, which the note's "from “…”" already names; kept
    whole unless what remains is all new, cited by the new sources."""
    rest = [c for c in _claims(stance.text) if c != was]
    cites = tuple(n for n in stance.citations for s in sources if s.n == n and s.article_id in new_ids)
    if len(rest) == len(_claims(stance.text)) or not rest or not cites or any(c not in fresh for c in rest):
        return stance
    return Statement(" ".join(c if c.endswith((".", "!", "?", "…")) else c + "." for c in rest), cites)


def _left(note: str) -> str:
    m = re.match(r"^from “(?P<was>[^”]*)” to “", note)
    return m.group("was").rstrip("…").strip() if m else ""


def _as_before(stance: Statement, left: str, old: Perspective, before: list[Source], now: list[Source]) -> Statement:
    """The stance without a position the actor has left, cited as the previous version cited what remains;
    kept whole unless what remains is that earlier stance word for word."""
    claims = _claims(stance.text)
    rest = [c for c in claims if not _norm(c).startswith(_norm(left))]
    if len(rest) == len(claims) or not rest or any(c not in _claims(old.stance.text) for c in rest):
        return stance
    ids = _article_ids(old.stance.citations, before)
    cites = tuple(s.n for s in now if s.article_id in ids and s.n in stance.citations)
    if not cites:
        return stance
    return Statement(" ".join(c if c.endswith((".", "!", "?", "…")) else c + "." for c in rest), cites)


def _noted(note: str) -> str:
    """The claim an "now also: “…” [n]" note added, without its frame (cut short where the note cut it)."""
    m = re.match(r"^now also: (?P<claim>.+?)\s*(?:\[\d+\])+$", note)
    if m is None:
        return ""
    return m.group("claim").strip('“”" ').rstrip("…").strip()


def _without(
    stance: Statement, claim: str, old_claims: list[str], old_ids: set[str], sources: list[Source]
) -> Statement:
    """The stance without the claim its evolution note adds, so the note does not repeat the line it follows;
    kept whole unless the rest is the previous version's stance word for word, cited as it was."""
    rest = list(dict.fromkeys(c for c in _claims(stance.text) if c != claim))  # a claim quoted twice reads once
    cites = tuple(n for n in stance.citations for s in sources if s.n == n and s.article_id in old_ids)
    if not rest or not cites or any(c not in old_claims for c in rest):
        return stance
    text = " ".join(c if c.endswith((".", "!", "?", "…")) else c + "." for c in rest)
    return Statement(text, cites)


def _also(actor: str, claim: str, cites: str, old_claims: Sequence[str] = ()) -> str:
    """ "now also: “…” [n]" in the actor's words; a reporter's sentence about the actor ("Mayor Ana Ruiz
    rejected Berg's account …") is not their words, so it follows the same lead unquoted."""
    claim = _past_repeated(claim, old_claims)
    head = claim.split()[:5]
    if any(w in head for w in actor.split() if len(w) > 1 and w.lower() not in ENGLISH.corporate_suffixes):
        return f"now also: {_short(claim)} {cites}"
    return f"now also: “{_short(claim)}” {cites}"


def _added(said: list[str], fresh: list[str], old_claims: Sequence[str]) -> str:
    """The new claim a note names: the first that does not repeat an earlier one in other words ("We did not oppose
    this scheme." after "did not oppose the switch-off" adds nothing); a short word that the speaker moved ("Two
    things changed my mind.") with the new position just before it, which it explains."""
    pick = next((c for c in fresh if all(content_overlap(c, o) < 0.5 for o in old_claims)), fresh[0])
    if _SELF_TURN.search(pick) and len(pick.split()) <= 8 and pick in said and said.index(pick) > 0:
        before = said[said.index(pick) - 1]
        if before in fresh and not _SELF_TURN.search(before):
            # Both when a note holds them whole, else the position alone: the note's cut would leave only the tail.
            both = f"{before.rstrip('.')}. {pick}"
            return both if len(both.split()) <= 18 else before
    return pick


def _past_repeated(claim: str, old_claims: Sequence[str]) -> str:
    """A quotation of several sentences from its first new one: '“We did not oppose this scheme. Having seen these
    figures, we have asked ...”' after "did not oppose the switch-off" adds the request, not the repeated words."""
    bare = claim.strip('“”" ')
    pieces = split_sentences(bare) if old_claims else []
    lead = 0
    while lead < len(pieces) - 1 and any(content_overlap(pieces[lead], o) >= 0.5 for o in old_claims):
        lead += 1
    return " ".join(pieces[lead:]) if lead else claim


def _claims(stance: str) -> list[str]:
    pieces = [p for s in split_sentences(stance) for p in re.split(r"(?:(?<=…)|(?<=…[\"”]))\s+(?=[\"“]?[A-Z])", s)]
    claims = [_unquoted(c) for c in pieces if c.strip('“”" ')]
    # A quotation of several sentences is several claims: '“The oil is on the surface. There aren't any plumes.”'.
    return [q for c in claims for q in (split_sentences(c) if c[:1] not in '"“' and "“" not in c else [c]) if q.strip()]


def _unquoted(claim: str) -> str:
    """A claim without the marks of a quotation that is all of it; '"They are shooting," said X.' keeps its own."""
    bare = claim.strip('“”" ')
    if bare.count('"') % 2 or bare.count("“") != bare.count("”"):
        return claim.strip()
    return bare


def _differs(claim: str, old: str) -> bool:
    """Another claim: other words, or the same words with the opposite polarity ("is" / "is not")."""
    return content_overlap(claim, old) < 0.6 or bool(NEGATION.search(claim)) != bool(NEGATION.search(old))


def _turn(fresh: list[str], old_claims: list[str], actor: str = "") -> tuple[str, str] | None:
    """An earlier claim a new one reverses: a shift cue, or the same matter with the opposite polarity.

    The actor's own name, which a claim told in the report's words repeats, does not make two claims one matter.
    """
    name = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in actor.split()) + r")\b") if actor.strip() else None

    def bare(text: str) -> str:
        return name.sub(" ", text) if name else text

    for now in fresh:
        # "This is now a lifeline, not just a private railway": what the actor called it before, set aside.
        aside = _NOT_JUST.search(now)
        if aside:
            was = next(
                (o for o in old_claims if content_overlap(aside.group("x") or aside.group("y"), bare(o)) >= 0.66), None
            )
            if was is not None:
                return was, now
        if TURNED.search(now) and old_claims and not _others_turn(now, actor):
            # The report says the actor changed position: from what it says they had said (else their closest
            # earlier claim) to what they say now.
            had = _HAD_SAID.search(now) or _AFTER_SAID.search(now)
            was = had.group("was") if had else max(old_claims, key=lambda was: content_overlap(now, was))
            after = _NOW.search(now)
            # "“We have the guarantee,” Ormerod said, a month after warning that ...": what they say now is the
            # sentence before its "after", their own words when it quotes them.
            now = re.split(rf",?\s+{_AFTER_SAYING}", now, maxsplit=1)[0]
            quoted = re.match(r"^[\"“]?(?P<q>[^\"“”]{8,}?)[,.]?[\"”],?\s+[^\"“”]*$", now)
            now = quoted.group("q") if quoted else now
            return was, ((after.group("now") or after.group("now2")) if after else now)
        for was in old_claims:
            same_matter = content_overlap(bare(now), bare(was)) >= 0.4 or content_overlap(bare(was), bare(now)) >= 0.4
            # One shared word in a short sentence is no matter in common ("count" in "doesn't like to count its
            # queue" and "Once you count the ships ...").
            shared = _words(bare(now)) & _words(bare(was))
            # Nor do the people both name alone ("Dr Murray ... Michael Jackson" in two different defence points).
            same_matter = same_matter and len(shared) >= 2 and bool(shared - _names(now) - _names(was))
            if same_matter and (SHIFT.search(now) or bool(NEGATION.search(now)) != bool(NEGATION.search(was))):
                return was, now
    return None


# A turn the claim gives to someone else: "I welcome the Minister's change of course", "we welcome their U-turn".
_TURN_NOUN = (
    r"(?:(?:[a-z]+\s+)?(?:change|changes)\s+of\s+(?:tack|heart|course|direction|position|stance)|U-turn|about-turn|"
    r"volte-face|climbdown)"
)
_OWNED_TURN = re.compile(
    rf"\b(?P<owner>(?:[A-Z][\w'’-]*\s+(?:of\s+)?){{0,4}}[A-Z][\w'’-]*['’]s?|his|her|their|its)\s+{_TURN_NOUN}"
)


def _others_turn(claim: str, actor: str) -> bool:
    """Whether the turn a claim names is another's: a possessive that is not the actor's own name, or "his", "her",
    "their" in the speaker's first-person words (which would say "my" of their own)."""
    m = _OWNED_TURN.search(claim)
    if m is None:
        return False
    owner = m.group("owner")
    if owner[:1].isupper():
        return not any(w and w in owner for w in actor.split())
    return re.search(r"\b(?:I|we|We)\b", claim[: m.start()]) is not None


def _unframed(claim: str, actor: str) -> str:
    """The actor's words without the report's frame that names them ("Kenneth Ilori said its line ..." -> "its line
    ...")."""
    frame = SPEECH_FRAME.match(claim)
    if frame and actor.split()[-1] in frame.group(0) and len(claim[frame.end() :].split()) >= 3:
        return claim[frame.end() :]
    return claim


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in ENGLISH.stop_words}


def _names(text: str) -> set[str]:
    """The capitalised words inside a text's sentences, lower case: names, not the matter."""
    return {w.lower() for w in re.findall(r"(?<=[\w,;:'’]\s)[A-Z][a-z]{2,}", text)}


_NOT_JUST = re.compile(
    r"\bnot\s+(?:just|only|merely|simply)\s+(?P<x>[^,.;]{3,60})|\brather\s+than\s+(?P<y>[^,.;]{3,60})"
)


_HAD_SAID = re.compile(r"\bwho had (?:said|insisted|argued) (?:that )?(?P<was>[^,;]{8,}),")
_AFTER_SAID = re.compile(rf"{_AFTER_SAYING}\s+(?:that\s+)?(?P<was>(?:[^,;]|(?<=\d),(?=\d)){{8,}}?)\.?$")
_NOW = re.compile(
    r"\bnow (?:said|says|insisted|insists|argued|argues) (?:that )?(?P<now>.+)$|"
    r"\b(?P<now2>now (?:opposes|opposed|supports|supported|backs|backed|rejects|rejected|accepts|accepted|wants|"
    r"wanted)\b.+)$"
)


_MECHANICAL = re.compile(
    r"^(?:\d+ new (?:articles?|sources?)\b|New on the timeline:|New voice:|New open question:|Earlier question)"
)


_COUNT = re.compile(r"^\d+ new articles? since version \d+, from ")


_UNSAID = re.compile(
    r"^(?:Nobody|No one|None)\b[^.;]{0,60}\b(?:would|could|will|can|did)\s+(?:not\s+)?"
    r"(?:say|tell|explain|confirm|comment)\b"
)
# Two turns of an interview the sentence splitter ran together: "If it finds anything, no. Orbit Weekly: Corvid says".
_TWO_TURNS = re.compile(r"[.!?]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}:\s+[A-Z\"“]")


def printable_development(text: str) -> bool:
    """A line an editor would print as a development (see _as_development), for the engine's pick."""
    return _as_development(Statement(text, ()), set()) is not None


def _as_development(d: Statement, told_before: set[str]) -> Statement | None:
    """A development as an editor prints it: without a transcript's or a script's speaker label or a live blog's time
    stamp; none when it is counsel's question, a greeting ("THE CHAIR: Good morning."), or a standing line the
    previous version already told ("Our weekly summary of the foreign press ...")."""
    text = _ANSWER_LABEL.sub("", unmarked(d.text), count=1)
    if d.text.startswith("Q. ") or text.endswith("?") or len(text.split()) < 4 or _norm(text) in told_before:
        return None
    if _STAMP.match(text):
        return None  # "Last updated: Monday 18 March, 09:00.", "Valley FM news at eight o'clock, Thursday": when
    if _UNSAID.match(text) or states_unknown(text) or _TWO_TURNS.search(text):
        return (
            None  # "Nobody at the authority would say why.": nothing happened; "..., no. Orbit Weekly: ...": two turns
        )
    graded = _LETTER_OPENING.match(text) and _GRADE.search(text, 2)
    if _norm(d.text) in told_before or _NO_DEVELOPMENT.search(text) or graded:
        return None  # "In attendance: ...", "Martin Selby will make a short statement and then take questions."
    text = _LABEL.sub("", text, count=1)
    salute = _SALUTATION.match(text)
    if salute:  # "Colleagues, on Thursday the board admitted ...": a bulletin's address to its readers
        text = text[salute.end()].upper() + text[salute.end() + 1 :]
    return d if text == d.text else Statement(text, d.citations)


# A letter grade read as the opening ("B arrived on Monday, a week after her D"), not the article "A" before a
# participle ("A renewed ceasefire took effect"): only where the sentence has a grade context of its own.
_LETTER_OPENING = re.compile(r"^[A-F][+-]?\s+[a-z]+ed\b")
_GRADE = re.compile(
    r"\b(?:grades?|graded)\b|[“\"‘'][A-F][+-]?[”\"’']|"
    r"\b(?:an|her|his|their|my|your|our|its)\s+[A-F][+-]?(?=[\s,.;:!?]|$)|"
    r"\b(?:a|the)\s+[B-F][+-]?(?=[\s,.;:!?]|$)"
)
# Lines that report no development: a minutes' attendance list, a call's procedure.
_NO_DEVELOPMENT = re.compile(
    r"^(?:Present|In attendance|Apologies(?: for absence)?|Also present):|"
    r"\bwill\s+(?:make|read|give|deliver)\s+(?:a|the)\s+(?:[\w'’]+\s+){0,3}statement\b[^.]{0,40}\btake\b[^.]{0,40}\bquestions\b|"
    r"^(?:Analyst|Operator|Caller|Question)\b[^:]{0,60}:|"  # a call's analyst or operator: asks, reports nothing
    # A written question ("Question for the Department ..., tabled ... by Ivor Thane (Coldmere): To ask the
    # Secretary of State ..."): it asks, and reports nothing.
    r"(?:^|:\s+)To\s+ask\s+(?:the|her|his|their)\b|"
    # A non-answer: "Asked what the repairs would cost, the council said it was too early to give a figure."
    r"\btoo\s+early\s+to\s+(?:say|give|tell|know|estimate|put|comment)\b|\b(?:declined|refused)\s+to\s+(?:say|comment|give)\b"
)
# A written answer's head before its words: "Answered on 9 May 2030 by Helena Voss, Minister for Roads: The Department
# is considering ...".
_ANSWER_LABEL = re.compile(r"^(?:Answered|Replied|Responded)\b[^:\"“”]{0,40}?\bby\s+[^:\"“”]{3,80}:\s+(?=[A-Z\"“])")
# A line that says only when it was written or read out: a page's update stamp ("Last updated: Tuesday 4 June 2030,
# 12:00."), a bulletin's opening ident ("Valley FM news at six o'clock, Monday the third of June.").
_STAMP = re.compile(
    r"^(?:Last\s+updated|Updated|Posted|Published|Issued|Correct\s+at)\b[^:]{0,20}:\s|"
    r"^(?:[A-Z][\w'’&-]*\s+){1,4}(?:news|bulletin|headlines|update)\b[^.;:!?]{0,40}?\bat\s+"
    r"(?:[\w.:]+\s+o['’]clock|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon|midnight)\b[^.;:!?]{0,60}\.?$|"
    # A live text's opening line without a verb: "Live text from the county hall, with Ben Ames."
    r"^Live\s+(?:text|coverage|blog|updates?)\b(?![^.;!?]*\b(?:is|are|was|were|has|have|had)\b)[^.;!?]*\.?$"
)
# A call transcript's speaker label before the words: "Martin Selby: Quillon announces ...".
_LABEL = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}:\s+(?=[A-Z])")
_SALUTATION = re.compile(
    r"^(?:Colleagues|Friends|Members|Comrades|Dear\s+(?:colleagues|members|all|readers)),\s+(?=[a-z])"
)


def _count_line(fresh: Sequence[Source] | Sequence[Article], previous: Brief) -> str:
    """ "2 new articles since version 1, from Coastal Courier and Valley Post": outlets named once, and
    called new only when none of the previous version's sources came from them."""
    outlets = sorted({s.outlet if isinstance(s, Source) else s.source for s in fresh})
    known = {s.outlet for s in previous.sources}
    noun = "article" if len(fresh) == 1 else "articles"
    text = f"{len(fresh)} new {noun} since version {previous.version}, from {_and(outlets)}"
    new_outlets = [o for o in outlets if o not in known]
    if new_outlets:
        text += f"; new outlet{'s' if len(new_outlets) > 1 else ''}: {_and(new_outlets)}"
    return text


def recount(changes: list[Statement], previous: Brief, new_articles: Sequence[Article]) -> list[Statement]:
    """The count line from every article new since `previous`, not only those the brief cites.

    A brief cites at most a few dozen sources, so a version that gained 30 articles read "15 new articles" under
    a header saying 30. The line keeps its citations (the new sources it cites).
    """
    if not new_articles:
        return changes
    return [replace(c, text=_count_line(new_articles, previous)) if _COUNT.match(c.text) else c for c in changes]


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _short(text: str, n: int = 18) -> str:
    """A claim cut cleanly: whole if short, else up to the last clause break before `n` words."""
    text = text.strip().rstrip(".")
    if text.startswith(('"', "“")):
        text = text.strip('“”" ')
    text = nest_quotes(text)
    ws = text.split()
    if len(ws) <= n:
        return text
    head = " ".join(ws[:n])
    cut = max(head.rfind(", "), head.rfind(";"), head.rfind(" — "))  # ", ": a number's comma ("14,800") is no break
    kept = cut if cut > len(head) // 2 else len(head.rstrip(",;:"))
    turn = next((t for t in _SELF_TURN.finditer(text) if t.end() > kept), None)
    if turn:
        # "The undertaking was 'more than we had a fortnight ago, and less than we asked for'": the words that say
        # the speaker moved stay in the note, from the clause that holds them.
        start = max(text.rfind(",", 0, turn.start()), text.rfind(";", 0, turn.start())) + 1
        piece = text[start:].strip()
        if piece.count("‘") < piece.count("’") and piece.endswith("’"):
            piece = piece[:-1]  # the quotation opened before the clause
        if len(piece.split()) <= n:
            return "…" + piece
    return head[:kept] + "…"


def compute_changes(
    brief: Brief,
    previous: Brief | None,
    answer_finder: AnswerFinder | None = None,
    developments: Sequence[Statement] | None = None,
) -> list[Statement]:
    """The version's new developments first, then how many new articles (and from which outlets), new
    timeline entries, new actors, questions that appeared or were answered.

    `developments` are the engine's picks from the new articles; without them (a change list measured
    against an older version than the one the brief was built on) they are carried over from the brief's
    own change list and its "what", as long as they cite only articles that are new since `previous`.
    """
    if previous is None:
        return []
    prev_ids = {s.article_id for s in previous.sources}
    fresh = [s for s in brief.sources if s.article_id not in prev_ids]
    fresh_n = {s.n for s in fresh}
    if developments is None:
        carried = [s for s in brief.changes if not _MECHANICAL.match(s.text)] + list(brief.what)
        developments = [s for s in carried if s.citations and set(s.citations) <= fresh_n][:3]
    changes: list[Statement] = []
    told_before = {_norm(s.text) for s in [*previous.changes, *previous.what]}
    for picked in developments:
        d = _as_development(picked, told_before)
        if d is not None and all(_norm(d.text) != _norm(c.text) for c in changes):
            changes.append(d)
    if fresh:
        changes.append(Statement(_count_line(fresh, previous), tuple(s.n for s in fresh)))
    prev_dates = {(e.label, _norm(e.text)) for e in previous.timeline}
    prev_labels = {e.label for e in previous.timeline}
    told = {_norm(c.text) for c in changes}
    for e in brief.timeline:
        if _norm(e.text) in told:
            continue  # already named as a development
        if e.label not in prev_labels and (e.label, _norm(e.text)) not in prev_dates:
            changes.append(Statement(f"New on the timeline: {e.label} — {shorten(e.text, 30)}", e.citations))
    prev_actors = {actor_key(p.actor) for p in previous.perspectives}
    for p in brief.perspectives:
        if actor_key(p.actor) not in prev_actors:
            changes.append(Statement(f"New voice: {p.actor}", p.stance.citations))
    prev_q = {_norm(q.text) for q in previous.open_questions}
    cur_q = {_norm(q.text) for q in brief.open_questions}
    for q in brief.open_questions:
        if _norm(q.text) not in prev_q:
            changes.append(Statement(f"New open question: {q.text}", q.citations))
    if answer_finder is not None:
        for q in previous.open_questions:
            if _norm(q.text) in cur_q:
                continue
            answer = answer_finder(q.text)
            if answer is not None:
                changes.append(
                    Statement(f"Earlier question “{q.text}” — now reported: {answer.text}", answer.citations)
                )
    return changes
