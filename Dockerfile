# syntax=docker/dockerfile:1
# digest: a scheduled newsletter digest.
#   Build:  docker build -t digest .          (BuildKit: the default since Docker 23; buildah/podman too)
#           podman/buildah: add --format docker, or the OCI format silently drops HEALTHCHECK.
#   Run:    docker compose up -d      (compose.yaml: the scheduler and the web site on one data volume)
#      or:  docker run -d -v digest-data:/data -e DIGEST_SMTP_PASSWORD=... digest
# /data holds feeds.yaml (a commented starter is written on first start), the SQLite database
# (storage.url is relative to feeds.yaml) and the outbox. Every command reads DIGEST_CONFIG.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY templates ./templates
COPY digest ./digest
# A wheel, not an editable install: templates and the demo's sample site ship as package data.
RUN pip wheel --no-cache-dir --wheel-dir /wheels ".[postgres,distributed]"

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DIGEST_CONFIG=/data/feeds.yaml \
    DIGEST_HEARTBEAT=/data/.heartbeat \
    DIGEST_HOST=0.0.0.0 \
    DIGEST_PORT=8080

RUN groupadd --system --gid 10001 digest \
    && useradd --system --uid 10001 --gid digest --home-dir /data --shell /usr/sbin/nologin digest

# hadolint ignore=DL3013
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links=/wheels "digest[postgres,distributed]"

COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/digest-entrypoint
COPY --chmod=644 docker/healthcheck.py /usr/local/lib/digest-healthcheck.py

RUN mkdir -p /data && chown digest:digest /data
VOLUME ["/data"]
WORKDIR /data
USER 10001:10001

# `digest serve` listens here (DIGEST_HOST=0.0.0.0 inside the container; publish it behind HTTPS).
EXPOSE 8080

# Fits the command: the scheduler's heartbeat, the web server's /healthz, one-shot commands pass.
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "/usr/local/lib/digest-healthcheck.py"]

# SIGTERM (docker stop) lets the current send finish or park, then exits 0.
STOPSIGNAL SIGTERM
ENTRYPOINT ["digest-entrypoint"]
CMD ["schedule"]
