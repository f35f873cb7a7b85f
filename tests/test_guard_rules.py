"""The address and name rules of the download guard, on hand-chosen addresses."""

from __future__ import annotations

import ipaddress

import pytest

from pipeline.urls import clean_url, internal_address, refused_host

INTERNAL = [
    "127.0.0.1",
    "127.0.0.2",
    "127.255.255.254",
    "0.0.0.0",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "100.64.0.1",  # CGNAT
    "100.100.100.200",  # Alibaba Cloud metadata
    "169.254.169.254",  # AWS, GCP, Azure metadata
    "224.0.0.1",  # multicast
    "239.255.255.250",
    "255.255.255.255",
    "240.0.0.1",
    "192.0.2.1",  # documentation
    "198.18.0.1",  # benchmarking
    "::",
    "::1",
    "fe80::1",  # link-local
    "fd00:ec2::254",  # AWS metadata over IPv6 (unique local)
    "fc00::1",
    "fec0::1",  # site-local
    "ff02::1",  # multicast
    "ff0e::1",  # global-scope multicast
    "::ffff:127.0.0.1",  # IPv4-mapped
    "::ffff:169.254.169.254",
    "::127.0.0.1",  # IPv4-compatible (deprecated)
    "::8.8.8.8",  # IPv4-compatible, even to a public address
    "64:ff9b::7f00:1",  # NAT64 to 127.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 to 169.254.169.254
    "64:ff9b:1::808:808",  # NAT64 local-use prefix
    "2002:7f00:1::",  # 6to4 of 127.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo
    "2001:db8::1",  # documentation
    "100::1",  # discard-only
]
PUBLIC = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "2001:4860:4860::8888",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",  # NAT64 to 8.8.8.8
    "2002:808:808::1",  # 6to4 of 8.8.8.8
]


@pytest.mark.parametrize("address", INTERNAL)
def test_internal_addresses_are_refused(address):
    assert internal_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address):
    assert not internal_address(ipaddress.ip_address(address))
    assert not internal_address(ipaddress.ip_address(address), allow_loopback=True)


def test_allow_loopback_admits_exactly_127_0_0_1():
    assert not internal_address(ipaddress.ip_address("127.0.0.1"), allow_loopback=True)
    for other in ["127.0.0.2", "127.1.0.1", "::1", "::ffff:127.0.0.1", "::127.0.0.1"]:
        assert internal_address(ipaddress.ip_address(other), allow_loopback=True), other
    for other in ["64:ff9b::7f00:1", "2002:7f00:1::", "10.0.0.1", "169.254.169.254"]:
        assert internal_address(ipaddress.ip_address(other), allow_loopback=True), other


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "LOCALHOST.",
        "a.localhost",
        "metadata",
        "metadata.google.internal",
        "host.docker.internal",
        "anything.internal",
        "printer.local",
        "router.home.arpa",
        "[::ffff:7f00:1]",
        "[64:ff9b::7f00:1]",
        "[2002:7f00:1::]",
        "[::127.0.0.1]",
        "127.1",
        "0x7f000001",
        "2130706433",
        "0177.0.0.1",
        "１２７．０．０．１",  # full-width digits and full stops
        "127。0。0。1",  # ideographic full stops
        "𝟏𝟐𝟕.𝟎.𝟎.𝟏",  # mathematical digits, NFKC to ASCII
        "①②⑦.⓪.⓪.①",  # circled digits
    ],
)
def test_internal_hosts_in_every_spelling_are_refused(host):
    assert refused_host(host)


def test_idna_spellings_of_127_0_0_1_follow_the_loopback_flag_only():
    assert not refused_host("１２７．０．０．１", allow_loopback=True)
    assert refused_host("１２７．０．０．２", allow_loopback=True)
    assert refused_host("localhost", allow_loopback=True)


@pytest.mark.parametrize(
    "url",
    [
        "http://host.docker.internal/a.jpg",
        "http://[64:ff9b::7f00:1]/a.jpg",
        "http://[2002:7f00:1::]/a.jpg",
        "http://[::127.0.0.1]/a.jpg",
        "http://１２７．０．０．１/a.jpg",
        "http://instance-data.ec2.internal/latest/",
    ],
)
def test_clean_url_refuses_the_new_forms(url):
    assert clean_url(url) == ("", "internal_host")


@pytest.mark.parametrize(
    "host",
    ["example.org", "images.example.com", "xn--bcher-kva.example", "bücher.example", "8.8.8.8"],
)
def test_public_names_pass(host):
    assert not refused_host(host)
