"""`digest init`: a commented starter feeds.yaml, so a first run needs no repository checkout.

The file is valid as written (it validates with warnings only) and every line an editor is likely
to change says what it does.
"""

from __future__ import annotations

STARTER = """\
# feeds.yaml: what digest reads, which stories it follows, and who gets the digest.
# Check it with `digest validate` after every edit; mistakes are named by line.
version: 1

# Feeds: RSS or Atom URLs. `tags` let topics and digests pick feeds by subject.
feeds:
  - url: https://www.theguardian.com/environment/rss
    name: The Guardian, environment
    tags: [climate]
  - url: https://feeds.bbci.co.uk/news/science_and_environment/rss.xml
    name: BBC science and environment
    tags: [climate]

# Tracked topics: stories you want followed for weeks. An article joins when it mentions an
# `include` phrase (and none of `exclude`). Keep `slug:` when you rename a topic, so its history
# stays with it. Stories you did not list are found on their own (grouping.discover).
topics:
  - name: Heatwaves
    description: Heatwaves, their health effects and the response of public authorities
    include: [heatwave, heat wave, extreme heat]
    tags: [climate]

# Digests: who gets what, when. `schedule` is a crontab line in `timezone`.
digests:
  - name: Climate weekly
    schedule: "0 7 * * 1"  # Mondays at 07:00
    timezone: Europe/London
    recipients: [you@example.org]
    topics: all  # or a list of topic names and feed tags

# Delivery: `outbox` writes .eml files to a folder (try this first); `smtp` sends for real.
delivery:
  method: outbox
  outbox: ./outbox
  from: "Climate weekly <digest@example.org>"
  # method: smtp
  # smtp: {host: smtp.example.org, port: 587, starttls: true, user: digest, password_env: DIGEST_SMTP_PASSWORD}

# Storage: paths are relative to this file. PostgreSQL: postgresql+psycopg://user@host/digest
storage:
  url: sqlite:///./data/digest.sqlite

# Web archive and one-click unsubscribe (`digest serve`); export DIGEST_SECRET before using it.
# web:
#   base_url: https://digest.example.org
"""
