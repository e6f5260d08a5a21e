"""Hostile servers on 127.0.0.1: every answer is bounded in time and memory, and every refusal says why."""
import gzip
import tracemalloc
import zlib

import pytest

from extract.errors import FetchError

from .raw_site import answer, endless_headers, trickle, trickled_body

PAGE = "<html><body><p>一、工作目标</p></body></html>".encode()
HTML = {"Content-Type": "text/html; charset=utf-8"}


def no_robots(raw_site):
    raw_site.add("/robots.txt", answer(404))


def zeros_gzip(megabytes: int) -> bytes:
    """``megabytes`` MB of zeros, gzip-compressed, built without holding them."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1024 * 1024)
    return b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()


def test_headers_that_never_end_meet_the_deadline(raw_site, fetcher_for):
    no_robots(raw_site)
    url = raw_site.add("/a.html", endless_headers(every=0.02, count=500))
    with pytest.raises(FetchError, match="deadline of 1 s"):
        fetcher_for(politeness={"deadline": 1.0}).get(url)


def test_a_body_at_a_byte_at_a_time_meets_the_deadline(raw_site, fetcher_for):
    no_robots(raw_site)
    url = raw_site.add("/a.html", trickled_body(500, every=0.02))
    with pytest.raises(FetchError, match="deadline of 1 s"):
        fetcher_for(politeness={"deadline": 1.0}).get(url)
    assert raw_site.asked.count("/a.html") == 1  # a deadline met is not retried


def test_a_slow_robots_txt_meets_the_deadline_and_says_so(raw_site, fetcher_for):
    raw_site.add("/robots.txt", trickled_body(500, every=0.02))
    url = raw_site.add("/a.html", answer(200, PAGE, HTML))
    with pytest.raises(FetchError, match="robots.txt .*deadline of 1 s"):
        fetcher_for(politeness={"deadline": 1.0}).get(url)


def test_a_gzip_bomb_is_refused_without_inflating_it(raw_site, fetcher_for):
    no_robots(raw_site)
    url = raw_site.add("/a.html", answer(200, zeros_gzip(300), {**HTML, "Content-Encoding": "gzip"}))
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="too large"):
            fetcher_for(max_bytes=1024 * 1024).get(url)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 24 * 1024 * 1024


def test_stacked_encodings_are_refused(raw_site, fetcher_for):
    no_robots(raw_site)
    stacked = gzip.compress(zeros_gzip(20))
    url = raw_site.add("/a.html", answer(200, stacked, {**HTML, "Content-Encoding": "gzip, gzip"}))
    with pytest.raises(FetchError, match="stacked Content-Encoding"):
        fetcher_for().get(url)


def test_a_gzipped_page_is_read(raw_site, fetcher_for):
    no_robots(raw_site)
    url = raw_site.add("/a.html", answer(200, gzip.compress(PAGE), {**HTML, "Content-Encoding": "gzip"}))
    assert fetcher_for().get(url).body == PAGE


def test_an_unknown_encoding_is_refused(raw_site, fetcher_for):
    no_robots(raw_site)
    url = raw_site.add("/a.html", answer(200, b"\x00\x01garbage", {**HTML, "Content-Encoding": "snappy"}))
    with pytest.raises(FetchError, match="Content-Encoding snappy"):
        fetcher_for().get(url)


def test_a_huge_crawl_delay_is_refused_like_a_long_retry_after(raw_site, fetcher_for):
    raw_site.add("/robots.txt", answer(200, b"User-agent: *\nCrawl-delay: 100000\n", {"Content-Type": "text/plain"}))
    url = raw_site.add("/a.html", answer(200, PAGE, HTML))
    fetcher = fetcher_for()
    with pytest.raises(FetchError, match="Crawl-delay of 100000 s"):
        fetcher.get(url)
    with pytest.raises(FetchError, match="Crawl-delay"):
        fetcher.get(url)


def test_a_redirect_without_location_is_an_error(raw_site, fetcher_for):
    no_robots(raw_site)
    url = raw_site.add("/a.html", answer(302, b"moved", HTML))
    with pytest.raises(FetchError, match="302 without a Location"):
        fetcher_for().get(url)


def test_a_redirect_to_a_broken_url_is_an_error(raw_site, fetcher_for):
    no_robots(raw_site)
    url = raw_site.add("/a.html", answer(302, b"", {"Location": "http://[/x.pdf"}))
    with pytest.raises(FetchError, match="bad Location"):
        fetcher_for().get(url)


def test_a_redirect_to_another_host_is_refused_unless_asked(raw_site, fetcher_for):
    no_robots(raw_site)
    other = raw_site.url.replace("127.0.0.1", "localhost") + "/b.html"
    raw_site.add("/b.html", answer(200, PAGE, HTML))
    url = raw_site.add("/a.html", answer(302, b"", {"Location": other}))
    with pytest.raises(FetchError, match="redirected to another host"):
        fetcher_for().get(url)
    assert fetcher_for(other_hosts=True).get(url).final_url == other


def test_a_private_address_is_refused_when_the_start_was_public(raw_site, fetcher_for):
    url = raw_site.add("/a.html", answer(200, PAGE, HTML))
    fetcher = fetcher_for()
    fetcher.start("http://93.184.215.14/list.html")
    with pytest.raises(FetchError, match="private or local address"):
        fetcher.get(url)
    assert raw_site.asked == []


def test_a_local_start_allows_local_addresses(raw_site, fetcher_for):
    no_robots(raw_site)
    url = raw_site.add("/a.html", answer(200, PAGE, HTML))
    fetcher = fetcher_for()
    fetcher.start(raw_site.url + "/")
    assert fetcher.get(url).body == PAGE


def test_a_robots_txt_larger_than_the_cap_is_read_in_part(raw_site, fetcher_for):
    rules = b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * 200_000
    raw_site.add("/robots.txt", answer(200, rules, {"Content-Type": "text/plain"}))
    url = raw_site.add("/a.html", answer(200, PAGE, HTML))
    fetcher = fetcher_for(max_bytes=1024 * 1024)
    assert fetcher.get(url).body == PAGE
    with pytest.raises(FetchError, match="robots.txt disallows"):
        fetcher.get(raw_site.url + "/private/b.html")


@pytest.mark.parametrize("location", ["file:///etc/passwd", "/robots.txt"], ids=["to file:", "looping"])
def test_a_robots_txt_that_cannot_be_followed_counts_as_missing(raw_site, fetcher_for, location):
    raw_site.add("/robots.txt", answer(302, b"", {"Location": location}))
    url = raw_site.add("/a.html", answer(200, PAGE, HTML))
    assert fetcher_for().get(url).body == PAGE


def test_a_429_on_robots_txt_is_not_leave_to_crawl(raw_site, fetcher_for):
    raw_site.add("/robots.txt", answer(429, b"slow down", {"Content-Type": "text/plain"}))
    url = raw_site.add("/a.html", answer(200, PAGE, HTML))
    with pytest.raises(FetchError, match="robots.txt .*HTTP 429"):
        fetcher_for().get(url)
    assert "/a.html" not in raw_site.asked


def test_a_robots_txt_trickled_after_the_deadline_does_not_read_as_disallow(raw_site, fetcher_for):
    raw_site.add("/robots.txt", trickle(b"HTTP/1.1 200 OK\r\n", every=0.2))
    url = raw_site.add("/a.html", answer(200, PAGE, HTML))
    with pytest.raises(FetchError) as caught:
        fetcher_for(politeness={"deadline": 1.0}).get(url)
    assert "disallows" not in str(caught.value)
