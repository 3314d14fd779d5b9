"""JSON round-trip for the records in digest.models, so briefs and versions can be stored."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from typing import Any, TypeVar

T = TypeVar("T")


def to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    return obj


def from_jsonable(tp: Any, data: Any) -> Any:
    """Rebuild `tp` (a dataclass or a typing annotation over them) from to_jsonable output."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_jsonable(args[0], data) if len(args) == 1 else data
    if origin is typing.Literal:
        return data
    if origin in (list, tuple):
        (inner, *_) = typing.get_args(tp) or (Any,)
        items = [from_jsonable(inner, x) for x in data]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        _, inner = typing.get_args(tp)
        return {k: from_jsonable(inner, v) for k, v in data.items()}
    if tp is datetime:
        return datetime.fromisoformat(data)
    if tp is date:
        return date.fromisoformat(data)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = {f.name for f in dataclasses.fields(tp)}
        make: Any = tp  # a dataclass type (is_dataclass also accepts instances, hence the widening)
        return make(**{k: from_jsonable(hints[k], v) for k, v in data.items() if k in fields})
    return data


def dumps(obj: Any) -> str:
    return json.dumps(to_jsonable(obj), ensure_ascii=False, sort_keys=True)


def loads(tp: type[T], text: str) -> T:
    return from_jsonable(tp, json.loads(text))
