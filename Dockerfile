# digest: scheduled newsletter digest. Build: docker build -t digest .
# Run:   docker run -d -v digest-data:/data -e DIGEST_SMTP_PASSWORD=... digest
# /data holds feeds.yaml, the SQLite database (storage.url is relative to feeds.yaml) and the outbox.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DIGEST_HEARTBEAT=/data/.heartbeat

RUN groupadd --system --gid 10001 digest \
    && useradd --system --uid 10001 --gid digest --home-dir /data --shell /usr/sbin/nologin digest

WORKDIR /app
COPY pyproject.toml README.md ./
COPY digest ./digest
COPY templates ./templates
# The bundled sample site, so `docker run --rm digest demo --out /data/demo` works offline.
COPY examples ./examples
# The project itself, pinned by this build context; editable so the renderer finds /app/templates
# (digest/render.py looks beside the package) until templates ship as package data.
# hadolint ignore=DL3013
RUN pip install --no-cache-dir -e ".[postgres]"

RUN mkdir -p /data && chown digest:digest /data
VOLUME ["/data"]
WORKDIR /data
USER 10001:10001

# Healthy while the scheduler touches its heartbeat (every few seconds, see --reload-interval).
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, sys, time; sys.exit(0 if time.time() - os.path.getmtime(os.environ['DIGEST_HEARTBEAT']) < 120 else 1)"]

# SIGTERM (docker stop) lets the current send finish or park, then exits 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["digest", "--log-json", "-v"]
CMD ["schedule", "--config", "/data/feeds.yaml"]
