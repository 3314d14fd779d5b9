"""The key names a discovered topic of some articles holds, for the title tests."""

from __future__ import annotations

from collections import defaultdict

from digest.topics.features import featurize

Texts = list[tuple[str, str]]


def key_names(texts: Texts) -> list[str]:
    """Most named first, as the topics stage ranks them: (headline, text) pairs' names, counts summed."""
    counts: dict[str, float] = defaultdict(float)
    for headline, text in texts:
        for name, n in featurize(headline, text).names:
            counts[name] += n
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
