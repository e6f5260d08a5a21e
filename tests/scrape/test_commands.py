import json

import pytest
from click.testing import CliRunner

from extract.cli import main

from devkit.pages import notices, serve_hanweb, variant
from devkit.site import Route

FAST = ["--rate", "0", "--retries", "1", "--timeout", "2"]


@pytest.fixture
def run(tmp_path):
    db = tmp_path / "cli.db"

    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args] + ["--db", str(db)])
    return invoke


def test_fetch_prints_what_became_of_each_url(run, site):
    url = site.add("/a.html", Route(variant("govcn-004.html", 0)))
    first, again = run("fetch", url, *FAST), run("fetch", url, *FAST)
    assert first.exit_code == 0 and first.stdout.startswith(f"new\t{url}\t")
    assert again.exit_code == 0 and again.stdout.startswith(f"unchanged\t{url}\t")
    assert "fetched 1 document (1 unchanged)" in again.stderr


def test_fetch_reports_a_dead_link_in_one_line_and_goes_on(run, site):
    good = site.add("/a.html", Route(variant("govcn-004.html", 0)))
    result = run("fetch", site.url + "/gone.html", good, *FAST)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"policy-extract: {site.url}/gone.html: HTTP 404"
    assert "fetched 1 document (1 new), 1 failed" in result.stderr and "Traceback" not in result.stderr


def test_fetch_refuses_what_is_not_a_url(run):
    result = run("fetch", "www.gov.cn/a.html", *FAST)
    assert result.exit_code == 1
    assert "policy-extract: www.gov.cn/a.html: not an http(s) URL" in result.stderr


def test_crawl_then_export(run, site):
    column = serve_hanweb(site, notices(6), embedded=4)
    crawled = run("crawl", column, *FAST)
    assert crawled.exit_code == 0
    assert crawled.stdout.count("new\t") == 6
    assert "crawled with profile hanweb: 2 list pages read, 6 links found; 6 new" in crawled.stderr
    exported = run("export", "--records", "documents", "--format", "jsonl")
    assert exported.exit_code == 0
    assert len([json.loads(line) for line in exported.stdout.splitlines()]) == 6


def test_crawl_with_a_limit_says_how_to_go_on(run, site):
    column = serve_hanweb(site, notices(6), embedded=4)
    first = run("crawl", column, "--limit", "2", *FAST)
    assert first.exit_code == 0 and "run the same command again to go on" in first.stderr
    second = run("crawl", column, *FAST)
    assert second.exit_code == 0 and "resumed with profile hanweb" in second.stderr and "4 new" in second.stderr


@pytest.mark.parametrize("args, code, message", [
    (["--site", "nosuch"], 2, "unknown site profile 'nosuch'; choose auto or one of hanweb"),
    (["--since", "2021-13-01"], 2, "Invalid value for '--since'"),
], ids=["unknown-site", "bad-date"])
def test_crawl_mistakes_are_usage_errors(run, site, args, code, message):
    result = run("crawl", site.url + "/col/col1/index.html", *args, *FAST)
    assert result.exit_code == code and message in result.stderr


def test_crawl_of_a_dead_list_is_one_line(run, site):
    result = run("crawl", site.url + "/col/col1/index.html", *FAST)
    assert result.exit_code == 1
    assert result.stderr == f"policy-extract: {site.url}/col/col1/index.html: HTTP 404\n"
