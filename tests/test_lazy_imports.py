"""Loading feeds.yaml is the editors' check and runs on every reload: it must stay a leaf.

Modelled on lemon24/reader's test_lazy_imports: a fresh interpreter loads the config, then says which
heavy or later-stage modules it pulled in. A subprocess, because this test session has imported them.
"""

from __future__ import annotations

import json
import subprocess
import sys

FEEDS_YAML = """\
version: 1
feeds:
  - url: https://example.org/feed.xml
topics:
  - name: AI safety
    include: [AI safety]
digests:
  - name: Morning brief
    schedule: "30 6 * jan-nov 1-5"
    timezone: Europe/London
    recipients: [reader@example.org]
delivery:
  method: smtp
  from: digest@example.org
  smtp: {host: localhost, port: 2525}
storage:
  url: postgresql+psycopg://digest@db.example.org/digest
"""

FORBIDDEN = (
    "digest.deliver",
    "digest.store",
    "digest.schedule",
    "digest.pipeline",
    "digest.ingest",
    "sqlalchemy",
    "apscheduler",
    "httpx",
)

SCRIPT = """
import json, sys
from digest.config import load
config = load(sys.argv[1])
assert config.digests and config.feeds
print(json.dumps(sorted(sys.modules)))
"""


def test_loading_feeds_yaml_imports_no_delivery_storage_scheduler_or_http_module(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text(FEEDS_YAML, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    heavy = [m for m in loaded if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]
    assert heavy == []
