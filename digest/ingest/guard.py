"""Which URLs and addresses ingestion may reach: http(s) to public addresses, or the editors' allowlist.

Feeds are written by strangers. Anything they publish (entry links, enclosures, redirect targets) is
checked here twice: the URL before a request (scheme, literal addresses in every spelling), and the
address actually connected to (see `digest.ingest.fetch`), so a hostname that resolves or rebinds to a
private address is refused too.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = frozenset({"http", "https"})

# Ranges refused even when Python's `is_global` says otherwise (or in older Pythons' tables).
_ALWAYS_BLOCKED: tuple[IPNetwork, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",  # "this network"
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, cloud metadata (169.254.169.254)
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, broadcast
        "::/128",
        "::1/128",
        "64:ff9b:1::/48",
        "100::/64",
        "2001:db8::/32",
        "fc00::/7",
        "fe80::/10",
        "fec0::/10",
        "ff00::/8",
    )
)

# A host made only of digits, dots and hex prefixes is an IPv4 literal in some spelling
# (2130706433, 0x7f000001, 0177.0.0.1, 127.1); inet_aton reads them the way resolvers do.
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}\.?$", re.IGNORECASE)


class Blocked(Exception):
    """A URL or address the policy refuses; the message says which rule."""


def parse_host_address(host: str) -> IPAddress | None:
    """The address a literal host stands for in any spelling, else None for a name to resolve."""
    host = host.strip().strip("[]")
    if "%" in host:  # IPv6 zone id: fe80::1%eth0
        host = host.split("%", 1)[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _NUMERIC_HOST.match(host):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host.rstrip(".")))
        except OSError:
            return None
    return None


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address hidden in an IPv6 one (mapped, compatible, 6to4, NAT64, Teredo), if any."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    packed = ip.packed
    if packed[:12] == bytes(12) and int(ip) > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(packed[12:])
    if ip in ipaddress.ip_network("64:ff9b::/96"):  # NAT64 well-known prefix
        return ipaddress.IPv4Address(packed[12:])
    return None


def is_public(ip: IPAddress) -> bool:
    """True for a globally routable unicast address, checking any IPv4 address embedded in IPv6."""
    inner = embedded_ipv4(ip)
    if inner is not None and not is_public(inner):
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return True  # ::ffff:a.b.c.d is a.b.c.d on the wire, judged above
    if any(ip in net for net in _ALWAYS_BLOCKED if net.version == ip.version):
        return False
    return bool(
        ip.is_global
        and not ip.is_multicast
        and not ip.is_private
        and not ip.is_reserved
        and not ip.is_loopback
        and not ip.is_link_local
        and not ip.is_unspecified
    )


@dataclass(frozen=True)
class Policy:
    """The address policy of one run: public addresses, plus the explicit allowlist from feeds.yaml."""

    allow: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_config(cls, allow_private: Iterable[str]) -> Policy:
        nets = []
        for item in allow_private:
            nets.append(ipaddress.ip_network(item.strip(), strict=False))
        return cls(tuple(nets))

    def allowed_ip(self, ip: IPAddress) -> bool:
        for candidate in (ip, embedded_ipv4(ip)):
            if candidate is not None and any(
                candidate.version == net.version and candidate in net for net in self.allow
            ):
                return True
        return is_public(ip)

    def check_ip(self, ip: IPAddress | str) -> None:
        """Raise Blocked unless a connection to `ip` is allowed."""
        address = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
        if not self.allowed_ip(address):
            raise Blocked(f"address {address} is not public (loopback, private, link-local, reserved …)")

    def check_url(self, url: str) -> str:
        """Raise Blocked for a URL ingestion must not request; return the host name to connect to.

        Names are resolved and checked again at connection time; this catches what can be refused
        without DNS: other schemes, credentials, and literal addresses in any spelling.
        """
        try:
            parts = urlsplit(url.strip())
            host = parts.hostname
            _ = parts.port  # raises on a non-numeric port
        except ValueError as exc:
            raise Blocked(f"malformed URL {url!r}: {exc}") from None
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise Blocked(f"scheme {parts.scheme or '(none)'!r} refused: only http and https")
        if not host:
            raise Blocked(f"URL without a host: {url!r}")
        if parts.username is not None or parts.password is not None:
            raise Blocked("URLs with credentials are refused")
        refusal = _host_refusal(self, host)
        if refusal is not None:
            raise Blocked(refusal)
        return host

    def check_host(self, host: str) -> None:
        """Raise Blocked for a host that is a refused address in any spelling, or a localhost name."""
        literal = parse_host_address(host)
        if literal is not None:
            self.check_ip(literal)
        elif host.rstrip(".").lower() in ("localhost", "localhost.localdomain") or host.rstrip(".").lower().endswith(
            ".localhost"
        ):
            self.check_ip("127.0.0.1")

    def url_allowed(self, url: str) -> bool:
        try:
            self.check_url(url)
        except Blocked:
            return False
        return True


@lru_cache(maxsize=4096)
def _host_refusal(policy: Policy, host: str) -> str | None:
    """`Policy.check_host` remembered per policy and host (a run asks about the same few hosts for
    every page); the verdict depends on nothing else, and names are still checked when connecting."""
    try:
        policy.check_host(host)
    except Blocked as exc:
        return str(exc)
    return None
