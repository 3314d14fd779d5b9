"""Sign-up throttling: no one can use the form to bomb a mailbox or to flood the outgoing mail.

Three limits, all checked before anything is written or sent:

* per client: `web.signups_per_client` per 10 minutes. IPv6 clients count per /64 (one host
  owns the whole /64), and `X-Forwarded-For` is read only when the connection comes from a
  proxy named in `web.trusted_proxies`, so a client cannot pick its own address;
* per mailbox: one confirmation per `MAILBOX_GAP`, `MAILBOX_DAILY` per day, where the mailbox is
  the address case-folded, `+tag` dropped, dots folded for Gmail (digest.config.addresses.mailbox_key);
* per site: `web.confirmations_per_hour` confirmation emails an hour, whoever asks.

The tables are bounded: least recently used keys go first past `max_keys`, and keys idle past
their window are dropped as they come up, so the check costs O(1) whatever the traffic.
"""

from __future__ import annotations

import ipaddress
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from digest.config.addresses import mailbox_key

CLIENT_WINDOW = 600.0
MAILBOX_GAP = 120.0
MAILBOX_DAILY = 5
MAX_KEYS = 10_000  # per table; with the hourly cap a table holds far fewer

Clock = Callable[[], float]


class WindowLimiter:
    """At most `limit` events per key within `window` seconds, in a bounded LRU table."""

    def __init__(self, limit: int, window: float, *, max_keys: int = MAX_KEYS, clock: Clock = time.monotonic):
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self.clock = clock
        self._events: OrderedDict[str, list[float]] = OrderedDict()  # a short list: smaller than a deque

    def __len__(self) -> int:
        return len(self._events)

    def _times(self, key: str, now: float) -> list[float] | None:
        times = self._events.get(key)
        if times is None:
            return None
        if times and now - times[0] >= self.window:
            times[:] = [t for t in times if now - t < self.window]
        if not times:
            del self._events[key]
            return None
        return times

    def _expire_oldest(self, now: float, budget: int = 2) -> None:
        """Drop a few idle keys from the LRU end, so idle entries do not wait for eviction."""
        for _ in range(budget):
            if not self._events:
                return
            key = next(iter(self._events))
            if self._times(key, now) is not None:
                return

    def allows(self, key: str) -> bool:
        now = self.clock()
        times = self._times(key, now)
        return times is None or len(times) < self.limit

    def record(self, key: str) -> None:
        now = self.clock()
        times = self._times(key, now)
        if times is None:
            times = self._events[key] = []
        times.append(now)
        del times[: -self.limit]
        self._events.move_to_end(key)
        self._expire_oldest(now)
        while len(self._events) > self.max_keys:
            self._events.popitem(last=False)

    def retry_after(self, key: str) -> int:
        """Seconds until `key` may act again (at least 1)."""
        now = self.clock()
        times = self._times(key, now)
        if not times or len(times) < self.limit:
            return 1
        return max(1, int(times[0] + self.window - now) + 1)


def client_key(address: str) -> str:
    """IPv4 as is; IPv6 by its /64 (IPv4-mapped IPv6 as the IPv4 address); anything else as given."""
    try:
        ip = ipaddress.ip_address(address.strip().split("%", 1)[0])
    except ValueError:
        return address.strip()[:64] or "unknown"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(items: Iterable[str]) -> list[Network]:
    return [ipaddress.ip_network(item, strict=False) for item in items]


def _in(address: str, networks: list[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip.version == n.version and ip in n for n in networks)


def client_address(peer: str | None, forwarded_for: str | None, trusted: list[Network]) -> str:
    """The client's address: the peer, unless the peer is a trusted proxy; then the nearest
    `X-Forwarded-For` hop that is not itself a trusted proxy (hops left of it are the client's word)."""
    address = peer or "unknown"
    if not forwarded_for or not trusted or not _in(address, trusted):
        return address
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        address = hop
        if not _in(hop, trusted):
            break
    return address


@dataclass(frozen=True)
class Refusal:
    why: str
    retry_after: int
    silent: bool = False  # answer as if sent (the mailbox just got a link): reveals nothing, sends nothing


class SignupThrottle:
    """The three sign-up limits; `check` decides without writing, `record` counts a mail that goes out."""

    def __init__(self, per_client: int, per_hour: int, *, clock: Clock = time.monotonic, max_keys: int = MAX_KEYS):
        self.clients = WindowLimiter(per_client, CLIENT_WINDOW, clock=clock, max_keys=max_keys)
        self.mailbox_gap = WindowLimiter(1, MAILBOX_GAP, clock=clock, max_keys=max_keys)
        self.mailbox_day = WindowLimiter(MAILBOX_DAILY, 86400.0, clock=clock, max_keys=max_keys)
        self.site = WindowLimiter(per_hour, 3600.0, clock=clock, max_keys=1)

    def check(self, client: str, address: str) -> Refusal | None:
        ckey, mkey = client_key(client), mailbox_key(address)
        if not self.clients.allows(ckey):
            return Refusal("too many sign-ups from your network", self.clients.retry_after(ckey))
        if not self.mailbox_gap.allows(mkey) or not self.mailbox_day.allows(mkey):
            return Refusal("a link was sent to this mailbox a moment ago", self.mailbox_gap.retry_after(mkey), True)
        if not self.site.allows("site"):
            return Refusal("too many sign-ups just now", self.site.retry_after("site"))
        return None

    def record(self, client: str, address: str) -> None:
        mkey = mailbox_key(address)
        self.clients.record(client_key(client))
        self.mailbox_gap.record(mkey)
        self.mailbox_day.record(mkey)
        self.site.record("site")
