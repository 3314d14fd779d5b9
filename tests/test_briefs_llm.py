"""The LLM engine against a local fake OpenAI-compatible server over real HTTP: protocol, budgets,
grounding and operations. Every case ends cited; the real model server is in test_briefs_llm_server."""

from __future__ import annotations

import json
import logging
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from test_briefs_fixtures import ARTICLES, NOW, topic
from werkzeug import Request, Response

from digest.briefs import make_brief_engine
from digest.briefs.llm import LlmEngine
from digest.briefs.llm_client import MESSAGE_OVERHEAD, estimate_tokens, forget_endpoints, parse_json
from digest.briefs.llm_ground import quotes
from digest.config import BriefsConfig, Config, LlmConfig
from digest.models import Article, Brief, Topic

DATA = Path(__file__).parent / "data" / "llm"


def load_articles(path: Path = DATA / "bpoil-40.jsonl") -> list[Article]:
    """The bundled 40-article story as articles (T17 has no headlines or URLs)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        when = datetime.fromisoformat(row["published"]).replace(hour=12, tzinfo=UTC)
        out.append(Article(row["id"], None, "", row["text"], row["outlet"], when, when))
    return out


def big_topic() -> Topic:
    return Topic("bp-oil-spill", "BP oil spill", "tracked", "active", NOW, NOW)


@pytest.fixture(autouse=True)
def _fresh_endpoints():
    """What the engine learns about an endpoint lives for the process; each test starts clean."""
    forget_endpoints()
    yield
    forget_endpoints()


def _engine(server: HTTPServer, tmp_path: Path, timeout: float = 5.0, **llm) -> LlmEngine:
    settings = {"base_url": server.url_for("/v1"), "model": "test", "timeout": timeout, "backoff": 0.01, **llm}
    config = Config(briefs=BriefsConfig(engine="llm", llm=LlmConfig(**settings)))
    engine = make_brief_engine(config, cache_dir=tmp_path / "cache")
    assert isinstance(engine, LlmEngine)
    return engine


def _reply(content: str) -> dict:
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}


VALID = {
    "what": [
        {"text": "The Harbor Point refinery will stay shut for at least three weeks.", "citations": [3]},
        {"text": "A fire shut the Harbor Point refinery on Tuesday.", "citations": [1, 2]},
    ],
    "why_it_matters": [{"text": "Fuel prices in the region could rise sharply.", "citations": [1]}],
    "insights": [{"text": "Regulators opened a formal inquiry into the fire.", "citations": [3]}],
    "open_questions": [{"text": "Will the refinery reopen before the summer driving season?", "citations": [1]}],
    "timeline": [{"date": "2026-05-12", "text": "A fire shut the Harbor Point refinery.", "citations": [1, 2]}],
    "perspectives": [
        {"actor": "Tom Reed", "stance": "Inspections were not carried out on schedule.", "citations": [3]}
    ],
    "tensions": [
        {"summary": "Acme Energy says inspections were on schedule vs. Tom Reed says they were not", "citations": [3]}
    ],
}


def _cited(brief: Brief) -> None:
    numbers = {s.n for s in brief.sources}
    assert brief.what, "a brief always has a cited 'what'"
    for section in (brief.what, brief.why_it_matters, brief.insights, brief.open_questions, brief.narrative):
        assert all(s.citations and set(s.citations) <= numbers for s in section)
    assert all(e.citations and set(e.citations) <= numbers for e in brief.timeline)
    assert all(t.citations and set(t.citations) <= numbers for t in brief.tensions)


def test_valid_output_is_used_and_cached(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen: list[dict] = []

    def handler(request: Request) -> Response:
        seen.append(request.get_json())
        return Response(json.dumps(_reply(json.dumps(VALID))), content_type="application/json")

    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_handler(handler)
    engine = _engine(httpserver, tmp_path)
    brief = engine.topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "llm"
    assert brief.what[0].text == "The Harbor Point refinery will stay shut for at least three weeks."
    assert brief.timeline[0].citations == (1, 2)
    assert brief.perspectives[0].actor == "Tom Reed" and brief.perspectives[0].evolution == "new"
    assert seen[0]["response_format"]["type"] == "json_schema" and seen[0]["model"] == "test"
    schema = seen[0]["response_format"]["json_schema"]["schema"]
    cites = schema["properties"]["what"]["items"]["properties"]["citations"]["items"]
    assert cites["enum"] == [1, 2, 3], "the schema lets the model cite only the sources it was given"
    assert "[3] Example News" in seen[0]["messages"][1]["content"]
    _cited(brief)
    again = engine.topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert len(seen) == 1, "an unchanged topic costs no tokens"
    assert again.what == brief.what


def test_invented_citations_and_unsupported_statements_dropped(httpserver: HTTPServer, tmp_path: Path) -> None:
    bad = dict(VALID)
    bad["insights"] = [
        {"text": "Regulators opened a formal inquiry into the fire.", "citations": [3, 17]},
        {"text": "The refinery will be sold to a rival next year.", "citations": [2]},
        {"text": "Regulators opened a formal inquiry into the fire.", "citations": [42]},
    ]
    httpserver.expect_request("/v1/chat/completions").respond_with_json(_reply(json.dumps(bad)))
    brief = _engine(httpserver, tmp_path).topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "llm"
    assert [(s.text, s.citations) for s in brief.insights] == [
        ("Regulators opened a formal inquiry into the fire.", (3,))
    ]
    _cited(brief)


@pytest.mark.parametrize("content", ["this is not json {", '```json\n{"what": "nope"}\n```', "{}"])
def test_malformed_output_falls_back(httpserver: HTTPServer, tmp_path: Path, content: str, caplog) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_json(_reply(content))
    with caplog.at_level(logging.WARNING):
        brief = _engine(httpserver, tmp_path).topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "extractive"
    assert "falling back to the extractive engine" in caplog.text
    _cited(brief)


def test_server_error_falls_back(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_data("boom", status=500)
    with caplog.at_level(logging.WARNING):
        brief = _engine(httpserver, tmp_path).topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "extractive" and "HTTP 500" in caplog.text
    _cited(brief)


def test_timeout_falls_back(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(1.0)
        return Response(json.dumps(_reply(json.dumps(VALID))), content_type="application/json")

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(slow)
    with caplog.at_level(logging.WARNING):
        brief = _engine(httpserver, tmp_path, timeout=0.2, retries=0).topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "extractive" and "timeout" in caplog.text
    _cited(brief)
    time.sleep(1.0)  # the server is still answering the abandoned request: let it finish before the next test


def test_no_json_mode_retries_without_response_format(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen: list[dict] = []

    def handler(request: Request) -> Response:
        seen.append(request.get_json())
        if "response_format" in request.get_json():
            return Response('{"error": "response_format is not supported"}', status=400)
        return Response(json.dumps(_reply("Here you go:\n" + json.dumps(VALID) + "\nHope that helps")))

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handler)
    engine = _engine(httpserver, tmp_path)
    assert engine.topic_brief(topic(), ARTICLES, None, 1, NOW).engine == "llm"
    assert len(seen) == 4, [b.get("response_format", {}).get("type") for b in seen]
    engine.topic_brief(topic(), ARTICLES[:2], None, 1, NOW)
    assert len(seen) == 5 and "response_format" not in seen[-1], "the endpoint's mode is detected once"
    forget_endpoints()  # a new process: the mode is remembered in the cache folder
    _engine(httpserver, tmp_path).topic_brief(topic(), ARTICLES[1:], None, 1, NOW)
    assert len(seen) == 6 and "response_format" not in seen[-1]


@pytest.mark.parametrize("status", [500, 422])
def test_schema_refused_falls_to_llama_cpp_dialect(httpserver: HTTPServer, tmp_path: Path, status: int) -> None:
    """llama-cpp-python refuses type json_schema (with a 500, as 0.3.36 does) but takes a schema in json_object."""
    seen: list[dict] = []

    def handler(request: Request) -> Response:
        body = request.get_json()
        seen.append(body)
        if body["response_format"]["type"] != "json_object":
            error = "1 validation error: {'type': 'literal_error', 'loc': ('body', 'response_format', 'type')}"
            answer = {"error": {"message": error, "type": "internal_server_error"}}
            return Response(json.dumps(answer), status=status, content_type="application/json")
        return Response(json.dumps(_reply(json.dumps(VALID))), content_type="application/json")

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handler)
    engine = _engine(httpserver, tmp_path)
    assert engine.topic_brief(topic(), ARTICLES, None, 1, NOW).engine == "llm"
    assert [b["response_format"]["type"] for b in seen] == ["json_schema", "json_object"]
    assert "schema" in seen[1]["response_format"]
    engine.topic_brief(topic(), ARTICLES[:2], None, 1, NOW)
    assert len(seen) == 3 and seen[2]["response_format"]["type"] == "json_object"


def test_a_prompt_too_long_is_not_taken_for_a_format_refusal(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_data(
        '{"error": {"message": "Requested tokens (9000) exceed context window of 4096"}}', status=400
    )
    engine = _engine(httpserver, tmp_path)
    with caplog.at_level(logging.WARNING):
        brief = engine.topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "extractive" and "exceed context window" in caplog.text
    assert len(httpserver.log) == 1
    assert engine.client.endpoint.ratio == 1.25, "the next prompts are planned smaller"


def test_run_summary_says_what_the_llm_wrote() -> None:
    from digest.pipeline import BriefCounts, RunSummary

    summary = RunSummary(digest="daily", issue_number=3, llm_note=BriefCounts(2, 1, 5).note())
    assert "briefs: 2 by the LLM, 1 fell back to extractive, 5 statements dropped by grounding" in summary.line()
    assert BriefCounts().note() == "" and "LLM" not in RunSummary(digest="daily", issue_number=3).line()


def test_429_retry_after_is_honoured(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": "1"})
    )
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_data("overloaded", status=503)
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_json(_reply(json.dumps(VALID)))
    engine = _engine(httpserver, tmp_path)
    start = time.monotonic()
    with caplog.at_level(logging.INFO):
        brief = engine.topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "llm"
    assert time.monotonic() - start >= 1.0, "Retry-After: 1 was waited out"
    assert "HTTP 429" in caplog.text and "HTTP 503" in caplog.text
    assert engine.stats.topics[0].usage.calls == 3


def test_retries_run_out_then_fall_back(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_data("down", status=502)
    with caplog.at_level(logging.WARNING):
        engine = _engine(httpserver, tmp_path, retries=2)
        brief = engine.topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "extractive" and "HTTP 502" in caplog.text and "after 3 tries" in caplog.text
    assert len(httpserver.log) == 3
    assert engine.stats.fell_back == 1 and engine.stats.written == 0


def test_retry_after_beyond_the_deadline_gives_up_at_once(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_response(
        Response("quota", status=429, headers={"Retry-After": "3600"})
    )
    start = time.monotonic()
    with caplog.at_level(logging.WARNING):
        brief = _engine(httpserver, tmp_path, deadline=30).topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "extractive" and "deadline" in caplog.text
    assert time.monotonic() - start < 5


def test_topic_deadline(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(0.6)
        return Response(json.dumps(_reply(json.dumps(VALID))), content_type="application/json")

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(slow)
    with caplog.at_level(logging.WARNING):
        brief = _engine(httpserver, tmp_path, timeout=30, deadline=0.3).topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "extractive" and ("deadline" in caplog.text or "timeout" in caplog.text)
    time.sleep(0.6)  # let the server finish the abandoned request


def test_article_brief_valid_and_fallback(httpserver: HTTPServer, tmp_path: Path) -> None:
    answer = {
        "summary": ["A fire broke out at the Harbor Point refinery, forcing the plant to shut down."],
        "key_insights": ["Acme Energy has not disclosed the cause of the fire.", "Aliens started the fire."],
        "unknowns": ["Will the refinery reopen before the summer driving season?"],
    }
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_json(_reply(json.dumps(answer)))
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_data("down", status=503)
    engine = _engine(httpserver, tmp_path)
    brief = engine.article_brief(ARTICLES[0], NOW)
    assert brief.engine == "llm"
    assert [s.text for s in brief.key_insights] == ["Acme Energy has not disclosed the cause of the fire."]
    assert all(s.citations == (1,) for s in brief.summary + brief.key_insights + brief.unknowns)
    fallback = engine.article_brief(ARTICLES[2], NOW)
    assert fallback.engine == "extractive" and fallback.summary


# -- budgets: a big topic goes map-reduce through a small context ----------------------------------


def _blocks(user: str) -> dict[int, str]:
    """The numbered source blocks of a notes prompt: {n: text}."""
    found = re.findall(r"^\[(\d+)\] [^\n]*\(published [^)]*\)\n([^\n]*)", user, re.M)
    return {int(n): text for n, text in found}


def test_big_topic_goes_map_reduce_within_the_context(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    context, answer = 4096, 1024
    seen: list[dict] = []

    def handler(request: Request) -> Response:
        body = request.get_json()
        seen.append(body)
        system, user = (m["content"] for m in body["messages"])
        reported = (len(system) + len(user)) // 4  # this "server" counts 4 characters a token
        assert reported + body["max_tokens"] <= context
        if "take notes" in system:
            blocks = _blocks(user)
            notes = [{"text": text.split(". ")[0].rstrip(".") + ".", "citations": [n]} for n, text in blocks.items()]
            notes.append({"text": "BP said the leak was 'totally under control'.", "citations": [min(blocks)]})
            answer_json: dict = {"notes": notes}
        else:
            lines = re.findall(r"^- (.*) ((?:\[\d+\])+)$", user, re.M)
            assert lines, "the final request carries the notes"
            what = [{"text": t, "citations": [int(n) for n in re.findall(r"\d+", c)]} for t, c in lines[:4]]
            what.append({"text": "Oil covered 9,999 square miles of sea.", "citations": [1]})
            answer_json = {"what": what, "insights": [{"text": t, "citations": [17]} for t, _ in lines[4:6]]}
        usage = {"prompt_tokens": reported, "completion_tokens": 50}
        return Response(json.dumps({**_reply(json.dumps(answer_json)), "usage": usage}))

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handler)
    engine = _engine(httpserver, tmp_path, context_tokens=context, max_tokens=answer, concurrency=2)
    articles = load_articles()
    assert len(articles) == 40
    with caplog.at_level(logging.INFO):
        brief = engine.topic_brief(big_topic(), articles, None, 1, NOW)
    assert brief.engine == "llm", caplog.text
    notes_requests = [b for b in seen if "take notes" in b["messages"][0]["content"]]
    assert len(notes_requests) >= 3 and len(seen) == len(notes_requests) + 1
    batches = [sorted(_blocks(b["messages"][1]["content"])) for b in notes_requests]
    numbers = sorted(n for batch in batches for n in batch)
    assert numbers == [s.n for s in brief.sources], "every source in exactly one batch, under its own number"
    for b, batch in zip(notes_requests, batches, strict=True):
        schema = b["response_format"]["json_schema"]["schema"]
        assert schema["properties"]["notes"]["items"]["properties"]["citations"]["items"]["enum"] == batch
    final = seen[-1]["messages"][1]["content"]
    assert "[17]" in final and "totally under control" not in final, "invented quotes die in the notes"
    assert all(s.citations for s in brief.what) and not any("9,999" in s.text for s in brief.what)
    for s in brief.what:  # each note went through under its original number
        assert all(n in {x.n for x in brief.sources} for n in s.citations)
    cost = engine.stats.topics[0]
    assert cost.engine == "llm" and cost.usage.calls == len(seen) and cost.usage.prompt_tokens > 0
    assert re.search(r"LLM brief for topic bp-oil-spill v1: 30 source\(s\), \d+ call\(s\)", caplog.text)


def test_prompt_never_exceeds_the_context(httpserver: HTTPServer, tmp_path: Path) -> None:
    """Whatever the topic, each request's estimate plus its answer budget stays inside context_tokens."""
    seen: list[dict] = []

    def handler(request: Request) -> Response:
        body = request.get_json()
        seen.append(body)
        return Response(json.dumps(_reply(json.dumps({"notes": [], "what": []}))))

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handler)
    engine = _engine(httpserver, tmp_path, context_tokens=1024, max_tokens=256, retries=0)
    engine.topic_brief(big_topic(), load_articles(), None, 1, NOW)
    assert seen
    for body in seen:
        tokens = sum(estimate_tokens(m["content"]) + MESSAGE_OVERHEAD for m in body["messages"])
        assert tokens + body["max_tokens"] <= 1024


def test_estimate_is_conservative() -> None:
    english = " ".join(a.text for a in load_articles()[:5])
    assert estimate_tokens(english) >= len(english) / 4  # real tokenizers: ~4 characters a token
    assert estimate_tokens("東京で火災が発生した") == 10


# -- grounding ------------------------------------------------------------------------------------


def _all_text(brief: Brief) -> list[tuple[str, tuple[int, ...]]]:
    items = [(s.text, s.citations) for s in brief.what + brief.why_it_matters + brief.insights + brief.narrative]
    items += [(s.text, s.citations) for s in brief.open_questions + brief.changes]
    items += [(e.text, e.citations) for e in brief.timeline] + [(t.summary, t.citations) for t in brief.tensions]
    items += [(p.stance.text, p.stance.citations) for p in brief.perspectives]
    items += [(p.evolution_note, p.stance.citations) for p in brief.perspectives]
    return items


def assert_quotes_in_sources(brief: Brief, articles: list[Article]) -> None:
    by_id = {a.id: a for a in articles}
    text_of = {
        s.n: " ".join((by_id[s.article_id].title + " " + by_id[s.article_id].text).split()) for s in brief.sources
    }
    for text, cites in _all_text(brief):
        for span in quotes(text):
            pieces = [p.strip(" .,;:") for p in re.split(r"…|\.\.\.", span) if p.strip(" .,;:")]
            assert any(all(p.casefold() in text_of[n].casefold() for p in pieces) for n in cites), (text, cites)


def test_quotes_numbers_and_dates_must_be_in_the_cited_sources(httpserver: HTTPServer, tmp_path: Path) -> None:
    answer = json.loads(json.dumps(VALID))
    answer["what"] += [
        {"text": 'Lopez said "We will find out what went wrong" at the refinery [2].', "citations": []},
        {"text": 'Lopez said "heads will roll" at the refinery.', "citations": [2]},
        {"text": "Gasoline prices in the state rose 12 percent last week.", "citations": [3]},
        {"text": "Gasoline prices in the state rose 15 percent last week.", "citations": [3]},
        {"text": "Gasoline prices in the state rose 12 percent last week.", "citations": [1]},
        {"text": "On 2026-05-19 the refinery was said to stay shut for at least three weeks.", "citations": [3]},
        {"text": "On 2026-04-02 the refinery was said to stay shut for at least three weeks.", "citations": [3]},
    ]
    acme = {"actor": "Acme Energy", "stance": "Acme said it 'never skipped' a check.", "citations": [2]}
    answer["perspectives"].append(acme)
    old_fire = {"date": "2025-01-03", "text": "A fire shut the Harbor Point refinery.", "citations": [1]}
    answer["timeline"].append(old_fire)
    httpserver.expect_request("/v1/chat/completions").respond_with_json(_reply(json.dumps(answer)))
    engine = _engine(httpserver, tmp_path)
    brief = engine.topic_brief(topic(), ARTICLES, None, 1, NOW)
    texts = [s.text for s in brief.what]
    assert 'Lopez said "We will find out what went wrong" at the refinery.' in texts  # inline [2] became a citation
    assert "Gasoline prices in the state rose 12 percent last week." in texts
    assert "On 2026-05-19 the refinery was said to stay shut for at least three weeks." in texts  # 19 May: published
    assert not any("heads will roll" in t or "15 percent" in t or "2026-04-02" in t for t in texts)
    assert [s.citations for s in brief.what if "12 percent" in s.text] == [(3,)]
    assert [p.actor for p in brief.perspectives] == ["Tom Reed"]
    assert [e.label for e in brief.timeline] == ["2026-05-12"]
    assert engine.stats.dropped == 6 and engine.stats.drop_reasons["quote not in its sources"] == 2
    assert engine.stats.drop_reasons["timeline date not in its sources"] == 1
    assert_quotes_in_sources(brief, ARTICLES)


def test_previous_version_feeds_evolution_and_changes(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen: list[dict] = []
    second = json.loads(json.dumps(VALID))
    second["perspectives"][0]["evolution"] = "Unchanged: still says inspections were not carried out on schedule."
    second["changes"] = [
        {"text": "Regulators opened a formal inquiry into the fire.", "citations": [3]},
        {"text": "Regulators fined Acme 40 million.", "citations": [3]},
    ]

    def handler(request: Request) -> Response:
        seen.append(request.get_json())
        return Response(json.dumps(_reply(json.dumps(VALID if len(seen) == 1 else second))))

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handler)
    engine = _engine(httpserver, tmp_path, language="Deutsch")
    first = engine.topic_brief(topic(), ARTICLES[:2] + ARTICLES[2:], None, 1, NOW)
    brief = engine.topic_brief(topic(), ARTICLES, first, 2, NOW)
    system, user = (m["content"] for m in seen[1]["messages"])
    assert "in Deutsch" in system and "Write in Deutsch" in user
    assert "Tom Reed: Inspections were not carried out on schedule." in user
    assert "changes" in seen[1]["response_format"]["json_schema"]["schema"]["properties"]
    assert "changes" not in seen[0]["response_format"]["json_schema"]["schema"]["properties"]
    assert brief.changes[0].text == "Regulators opened a formal inquiry into the fire."
    assert not any("40 million" in c.text for c in brief.changes)
    reed = brief.perspectives[0]
    assert reed.evolution == "unchanged" and reed.evolution_note.startswith("Unchanged: still says")


def test_json_repair() -> None:
    assert parse_json('```json\n{"what": [{"text": "A", "citations": [1]},]}\n```') == {
        "what": [{"text": "A", "citations": [1]}]
    }
    cut = '{"what": [{"text": "A", "citations": [1]}, {"text": "B is cut o'
    assert parse_json(cut) == {"what": [{"text": "A", "citations": [1]}]}
    with pytest.raises(Exception, match="not JSON"):
        parse_json("no braces here")


def test_article_brief_fits_a_small_context(httpserver: HTTPServer, tmp_path: Path) -> None:
    seen: list[dict] = []

    def handler(request: Request) -> Response:
        seen.append(request.get_json())
        answer = {"summary": ["Firefighters battled a blaze at the Harbor Point refinery on Tuesday."]}
        return Response(json.dumps(_reply(json.dumps(answer))))

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handler)
    long = Article("long", None, "Long", ARTICLES[1].text * 60, "Daily Ledger", NOW, NOW)
    brief = _engine(httpserver, tmp_path, context_tokens=1024, max_tokens=256).article_brief(long, NOW)
    assert brief.engine == "llm"
    tokens = sum(estimate_tokens(m["content"]) + MESSAGE_OVERHEAD for m in seen[0]["messages"])
    assert tokens + 256 <= 1024


def test_a_fact_under_the_wrong_number_is_recited_to_its_source() -> None:
    from digest.briefs.extractive import make_sources
    from digest.briefs.llm_ground import Grounder

    grounder = Grounder(make_sources(ARTICLES), ARTICLES)
    fact = "Union leader Tom Reed said workers had warned managers about leaking valves for months."
    assert grounder.check(fact, [1]) is None
    assert grounder.recite(fact, [1, 2, 3]) == (fact, (2,))
    assert grounder.recite("Aliens started the fire at the refinery.", [1, 2, 3]) == (
        "Aliens started the fire at the refinery.",
        (1,),
    ), "content words alone cannot catch this one"
    assert grounder.recite("The fire at the refinery was started by Martians.", [1, 2, 3]) is None, "a name it lacks"
    assert grounder.actor_problem("Tom Reed", (2,)) is None and grounder.actor_problem("Jeb Rodgers", (2,))


def test_grounded_notes_stand_in_when_no_what_survives(httpserver: HTTPServer, tmp_path: Path, caplog) -> None:
    def handler(request: Request) -> Response:
        system, user = (m["content"] for m in request.get_json()["messages"])
        if "take notes" in system:
            blocks = _blocks(user)
            notes = [{"text": text.split(". ")[0].rstrip(".") + ".", "citations": [n]} for n, text in blocks.items()]
            return Response(json.dumps(_reply(json.dumps({"notes": notes}))))
        invented = {"what": [{"text": "Martians caused the spill, said Jeb Rodgers.", "citations": [1]}]}
        return Response(json.dumps(_reply(json.dumps(invented))))

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handler)
    engine = _engine(httpserver, tmp_path, context_tokens=4096, max_tokens=1024)
    articles = load_articles()
    with caplog.at_level(logging.INFO):
        brief = engine.topic_brief(big_topic(), articles, None, 1, NOW)
    assert brief.engine == "llm" and "using 3 grounded notes" in caplog.text
    assert len(brief.what) == 3 and not any("Martians" in s.text for s in brief.what)
    assert [s.citations for s in brief.what] == sorted([s.citations for s in brief.what], reverse=True)
    assert max(brief.what[0].citations) == len(brief.sources), "the newest source first"
    assert engine.stats.drop_reasons["name not in its sources"] == 1


def test_one_malformed_item_costs_that_item_not_the_brief() -> None:
    """A small model's answer with one timeline entry missing its date, a statement given as a bare string and a
    perspective with no stance keeps everything else; the log reason of a real failure says where it failed."""
    from pydantic import ValidationError

    from digest.briefs.llm import TopicOut, _reason

    out = TopicOut.model_validate(
        {
            "what": [{"text": "The well was capped.", "citations": [1]}, "a bare string"],
            "timeline": [
                {"text": "No date here", "citations": [2]},
                {"date": "2010-07-15", "text": "Capped", "citations": [1]},
            ],
            "perspectives": [{"actor": "BP"}, {"actor": "Coast Guard", "stance": "Cautious", "citations": ["[3]"]}],
            "tensions": {"summary": "BP against the Coast Guard", "citations": [1, 3]},
        }
    )
    assert [s.text for s in out.what] == ["The well was capped."]
    assert [t.date for t in out.timeline] == ["2010-07-15"]
    assert [(p.actor, p.citations) for p in out.perspectives] == [("Coast Guard", [3])]
    assert [t.summary for t in out.tensions] == ["BP against the Coast Guard"]
    try:
        TopicOut.model_validate(["not", "an", "object"])
    except ValidationError as exc:
        assert _reason(exc).startswith("1 validation error(s) for TopicOut: answer:")
    else:
        raise AssertionError("a list is no brief")
