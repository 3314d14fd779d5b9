"""The address and URL policy, decided on a table of addresses and URLs (no network)."""

from __future__ import annotations

import ipaddress

import pytest

from digest.ingest.guard import Blocked, Policy, is_public, parse_host_address

PUBLIC = Policy()


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("127.8.9.10", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("172.31.255.255", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("100.127.255.254", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),  # multicast
        ("239.255.255.250", False),
        ("240.0.0.1", False),  # reserved
        ("255.255.255.255", False),
        ("192.0.2.1", False),  # documentation
        ("198.18.0.1", False),  # benchmarking
        ("::1", False),
        ("::", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("fd12:3456::1", False),
        ("ff02::1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped
        ("::ffff:169.254.169.254", False),
        ("::ffff:8.8.8.8", True),
        ("::127.0.0.1", False),  # IPv4-compatible
        ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
        ("2002:a9fe:a9fe::", False),  # 6to4 of 169.254.169.254
        ("64:ff9b::a9fe:a9fe", False),  # NAT64 of 169.254.169.254
        ("2001:db8::1", False),
    ],
)
def test_address_table(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public
    assert PUBLIC.allowed_ip(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),  # decimal integer
        ("0x7f000001", "127.0.0.1"),  # hex integer
        ("0177.0.0.1", "127.0.0.1"),  # octal dotted
        ("127.1", "127.0.0.1"),  # short form
        ("0x7f.1", "127.0.0.1"),
        ("2852039166", "169.254.169.254"),
        ("[::ffff:7f00:1]", "127.0.0.1"),
        ("example.org", None),
        ("1.example.org", None),
    ],
)
def test_literal_host_spellings(host: str, address: str | None) -> None:
    found = parse_host_address(host)
    if address is None:
        assert found is None
    else:
        assert found is not None
        mapped = getattr(found, "ipv4_mapped", None) or found
        assert str(mapped) == address


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/feed.xml",
        "data:text/xml,<rss/>",
        "gopher://example.org/",
        "javascript:alert(1)",
        "http://127.0.0.1/",
        "http://localhost:8080/",
        "http://foo.localhost/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://127.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.1.1/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://0.0.0.0/",
        "http://user:secret@example.org/",
        "http:///nohost",
        "http://example.org:notaport/",
    ],
)
def test_refused_urls(url: str) -> None:
    with pytest.raises(Blocked):
        PUBLIC.check_url(url)


@pytest.mark.parametrize("url", ["https://example.org/feed.xml", "http://93.184.216.34/x", "HTTPS://Example.org"])
def test_allowed_urls(url: str) -> None:
    PUBLIC.check_url(url)


def test_allowlist_is_the_only_way_in() -> None:
    policy = Policy.from_config(["127.0.0.1", "10.0.0.0/8"])
    policy.check_url("http://127.0.0.1:8000/feed")
    policy.check_url("http://10.20.30.40/feed")
    policy.check_url("http://localhost/feed")
    policy.check_url("http://[::ffff:127.0.0.1]/feed")  # same address, another spelling
    for url in ("http://127.0.0.2/", "http://192.168.0.1/", "http://169.254.169.254/", "file:///etc/passwd"):
        with pytest.raises(Blocked):
            policy.check_url(url)
