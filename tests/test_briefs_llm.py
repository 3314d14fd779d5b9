"""The LLM engine against a local OpenAI-compatible server over real HTTP; every case ends cited."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from test_briefs_fixtures import ARTICLES, NOW, topic
from werkzeug import Request, Response

from digest.briefs import make_brief_engine
from digest.briefs.llm import LlmEngine
from digest.config import BriefsConfig, Config, LlmConfig
from digest.models import Brief


def _engine(server: HTTPServer, tmp_path: Path, timeout: float = 5.0) -> LlmEngine:
    config = Config(
        briefs=BriefsConfig(engine="llm", llm=LlmConfig(base_url=server.url_for("/v1"), model="test", timeout=timeout))
    )
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
    assert seen[0]["response_format"] == {"type": "json_object"} and seen[0]["model"] == "test"
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
        brief = _engine(httpserver, tmp_path, timeout=0.2).topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "extractive" and "timeout" in caplog.text
    _cited(brief)


def test_no_json_mode_retries_without_response_format(httpserver: HTTPServer, tmp_path: Path) -> None:
    def handler(request: Request) -> Response:
        if "response_format" in request.get_json():
            return Response('{"error": "response_format is not supported"}', status=400)
        return Response(json.dumps(_reply(json.dumps(VALID))), content_type="application/json")

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handler)
    brief = _engine(httpserver, tmp_path).topic_brief(topic(), ARTICLES, None, 1, NOW)
    assert brief.engine == "llm"


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
