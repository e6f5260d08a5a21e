"""The fault suite: bad files, hostile HTTP servers and kill -9 loops against the real CLI, bounded in count and time.

    python -m benchmarks.fault_suite                  # every category: about 100 runs, 10 minutes on 2 cores
    python -m benchmarks.fault_suite --only http --kills 10

Every case runs ``python -m extract`` in a child process with a time limit (a
run past it counts as a hang) and reports its peak RSS; a traceback, a signal or
an exit code other than 0, 1 or 2 counts as a crash; a peak RSS over --max-rss
counts as unbounded memory; a good input whose records are missing from the
output (or from the database after kill -9 and a rerun) counts as lost. Servers
listen on 127.0.0.1 only. Bombs and deep pages are built at run time.
Prints the table of issue 12: category, tried, clean, crash, hang, peak RSS, lost.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import signal
import socket
import socketserver
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOOD = "关于印发就业工作方案的通知\n一、主要目标\n到2025年，全市新增城镇就业10万人。\n"
PEAK = "PEAK_RSS_KB="
# The child reports its own peak RSS as it exits, whatever the exit path.
CHILD = ("import atexit, resource, sys\n"
         "atexit.register(lambda: sys.stderr.write('\\n" + PEAK + "%d\\n' % "
         "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
         "from extract.cli import main\nmain()\n")


@dataclass
class Row:
    category: str
    tried: int = 0
    clean: int = 0
    crash: int = 0
    hang: int = 0
    over_memory: int = 0
    lost: int = 0
    peak_kb: int = 0
    notes: list[str] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    def add(self, name: str, run: Run, *, lost: int = 0, max_kb: int) -> None:
        self.log.append(f"{name}: rc={run.code} {run.seconds:.1f} s peak={run.peak_kb // 1024} MB lost={lost} "
                        f"| {run.last_line}")
        self.tried += 1
        self.peak_kb = max(self.peak_kb, run.peak_kb)
        self.lost += lost
        if run.hung:
            self.hang += 1
        elif run.crashed:
            self.crash += 1
        elif run.peak_kb > max_kb:
            self.over_memory += 1
        elif not lost:
            self.clean += 1
        if run.hung or run.crashed or run.peak_kb > max_kb or lost:
            self.notes.append(f"{name}: {'hang' if run.hung else 'crash' if run.crashed else ''} "
                              f"rc={run.code} peak={run.peak_kb // 1024} MB lost={lost} {run.last_line}")


@dataclass
class Run:
    code: int | None
    hung: bool
    stderr: str
    peak_kb: int
    seconds: float

    @property
    def crashed(self) -> bool:
        return not self.hung and ("Traceback" in self.stderr or self.code not in (0, 1, 2))

    @property
    def last_line(self) -> str:
        lines = [line for line in self.stderr.splitlines() if line and not line.startswith(PEAK)]
        return " ".join(lines[-2:])[:200] if lines else ""


def cli(*args: str, timeout: float, cwd: Path) -> Run:
    """``python -m extract ARGS`` in a child process of its own session (killed whole on a hang)."""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", CHILD, *args], cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, start_new_session=True,
                             env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        _, stderr = child.communicate(timeout=timeout)
        hung = False
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        _, stderr = child.communicate()
        hung = True
    peak = max((int(line[len(PEAK):]) for line in stderr.splitlines() if line.startswith(PEAK)), default=0)
    return Run(child.returncode, hung, stderr, peak, time.monotonic() - started)


# ---------------------------------------------------------------- bad files

def deep_html(depth: int) -> bytes:
    return ("<html><body>" + "<div>" * depth + "<p>关于印发方案的通知</p><p>到2025年，失业率控制在5.5%以内。</p>"
            + "</div>" * depth + "</body></html>").encode()


def office_bomb(kind: str, megabytes: int) -> bytes:
    member = "word/document.xml" if kind == "docx" else "xl/worksheets/sheet1.xml"
    marker = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        if marker != member:
            archive.writestr(marker, "<workbook/>")
        with archive.open(member, "w", force_zip64=True) as stream:
            block = b" " * (1024 * 1024)
            for _ in range(megabytes):
                stream.write(block)
    return buffer.getvalue()


def bad_files(rng: random.Random) -> dict[str, bytes]:
    files = {
        "deep-600.html": deep_html(600), "deep-5000.html": deep_html(5000), "deep-50000.html": deep_html(50_000),
        "charset-undefined.html": b'<meta charset="undefined"><p>\xe5\x88\xb0 2025</p>' * 3,
        "charset-punycode.html": b'<meta charset="punycode"><p>\xe5\x88\xb0 2025</p>' * 3,
        "charset-hex.html": b'<meta charset="hex"><p>\xe5\x88\xb0 2025</p>' * 3,
        "digits-5000.txt": f"通知\n一、目标\n完成投资{'9' * 5000}亿元。\n".encode(),
        "digits-20.txt": "通知\n一、目标\n完成投资12345678901234567890亿元。\n".encode(),
        "table-digits.html": f"<table><tr><td>指标</td><td>目标</td></tr><tr><td>投资</td><td>{'9' * 400}</td></tr>"
                             "<tr><td>就业</td><td>12</td></tr></table>".encode(),
        "digit-run-20000.txt": f"通知\n一、目标\n编号{'7' * 20000}个。\n".encode(),  # once cubic in the quantity regex
        "doctype.html": b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><p>&b;</p>',
        "bad-href.html": '<p>通知</p><a href="http://[/x.pdf">附件.pdf</a>'.encode(),
        "bomb.docx": office_bomb("docx", 300), "bomb.xlsx": office_bomb("xlsx", 300),
        "truncated.docx": office_bomb("docx", 1)[:3000],
        "empty.txt": b"", "nul.txt": b"\x00" * 1000, "garbage.pdf": b"%PDF-1.4\n" + rng.randbytes(20_000),
        "garbage.xls": rng.randbytes(20_000), "utf16-odd.txt": b"\xff\xfe" + rng.randbytes(999),
    }
    files.update({f"random-{n}.html": rng.randbytes(rng.randint(10, 50_000)) for n in range(6)})
    return files


def run_bad_files(row: Row, work: Path, *, rng: random.Random, max_kb: int, timeout: float) -> None:
    for name, data in bad_files(rng).items():
        for command in ("extract", "ingest"):
            folder = work / f"bad-{command}-{name}"
            folder.mkdir()
            (folder / name).write_bytes(data)
            (folder / "zz-good.txt").write_text(GOOD, encoding="utf-8")
            out, db = folder / "out.jsonl", folder / "p.db"
            args = ("extract", "--no-model", str(folder), "-o", str(out)) if command == "extract" else \
                ("ingest", "--db", str(db), str(folder))
            run = cli(*args, timeout=timeout, cwd=work)
            row.add(f"{command} {name}", run, lost=0 if _good_kept(command, out, db) else 1, max_kb=max_kb)
    for name, make in (("fifo", os.mkfifo), ("symlink-loop", _symlink_loop)):
        path = work / name
        make(path)
        run = cli("extract", "--no-model", str(path), timeout=timeout, cwd=work)
        row.add(f"extract {name}", run, max_kb=max_kb)


def _symlink_loop(path: Path) -> None:
    path.symlink_to(path.with_name(path.name + "-other"))
    path.with_name(path.name + "-other").symlink_to(path)


def _good_kept(command: str, out: Path, db: Path) -> bool:
    if command == "extract":
        return out.exists() and any("zz-good.txt" in line for line in out.read_text(encoding="utf-8").splitlines())
    if not db.exists():
        return False
    with sqlite3.connect(db) as connection:
        return bool(connection.execute("SELECT count(*) FROM pages WHERE url LIKE '%zz-good.txt'").fetchone()[0])


# ---------------------------------------------------------------- hostile HTTP

Route = Callable[[socket.socket, str], None]  # the socket and the request target


class HostileSite:
    """Raw routes on 127.0.0.1; a route writes what it likes to the socket."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.stop = threading.Event()
        site = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(10)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = self.request.recv(4096)
                    if not chunk:
                        return
                    head += chunk
                target = head.split(b" ", 2)[1].decode("latin-1")
                try:
                    site.routes.get(target.split("?")[0], answer(404, b""))(self.request, target)
                except OSError:
                    pass

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> Route:
    lines = [f"HTTP/1.1 {status} X", *(f"{k}: {v}" for k, v in (headers or {"Content-Type": "text/html"}).items()),
             f"Content-Length: {len(body)}", "Connection: close", "", ""]
    return lambda connection, target: connection.sendall("\r\n".join(lines).encode("latin-1") + body)


def trickle(head: bytes, *, count: int, stop: threading.Event) -> Route:
    def route(connection: socket.socket, target: str) -> None:
        connection.sendall(head)
        for _ in range(count):
            if stop.wait(0.5):
                return
            connection.sendall(b"x")
    return route


def endless_list(connection: socket.socket, target: str) -> None:
    """List page n links ten notices of its own and page n + 1, for ever."""
    n = int(target.partition("?p=")[2] or 1)
    items = "".join(f'<li><a href="/art/n.html?id={n}-{i}">通知{n}-{i}</a> 2021-06-{1 + i:02d}</li>' for i in range(10))
    answer(200, f'<ul>{items}</ul><a href="/list.html?p={n + 1}">下一页</a>'.encode(),
           {"Content-Type": "text/html; charset=utf-8"})(connection, target)


def notice(links: list[str]) -> bytes:
    anchors = "".join(f'<a href="{link}">附件</a> ' for link in links)
    return (f'<html><body><div id="zoom"><p>关于印发方案的通知</p><p>一、目标</p><p>到2025年，新增就业10万人。</p>'
            f"<p>{anchors}</p></div></body></html>").encode()


def http_cases(site: HostileSite) -> dict[str, tuple[str, tuple[str, ...]]]:
    """name: (path to fetch or crawl, extra arguments); the routes are added to ``site``."""
    stop, html = site.stop, {"Content-Type": "text/html"}
    zeros = gzip.compress(bytes(200 * 1024 * 1024), compresslevel=1)
    routes = {
        "/robots.txt": answer(404, b""),
        "/slow-headers.html": trickle(b"HTTP/1.1 200 OK\r\nX-Slow: ", count=400, stop=stop),
        "/slow-body.html": trickle(b"HTTP/1.1 200 OK\r\nContent-Length: 400\r\n\r\n", count=400, stop=stop),
        "/gzip-bomb.html": answer(200, zeros, {**html, "Content-Encoding": "gzip"}),
        "/gzip-gzip.html": answer(200, gzip.compress(zeros), {**html, "Content-Encoding": "gzip, gzip"}),
        "/br.html": answer(200, b"\x1b\x00garbage", {**html, "Content-Encoding": "br"}),
        "/loop.html": answer(302, b"", {"Location": "/loop.html"}),
        "/no-location.html": answer(302, b"moved", html),
        "/bad-location.html": answer(302, b"", {"Location": "http://[/x"}),
        "/to-file.html": answer(302, b"", {"Location": "file:///etc/passwd"}),
        "/elsewhere.html": answer(302, b"", {"Location": site.url.replace("127.0.0.1", "localhost") + "/ok.html"}),
        "/ok.html": answer(200, notice([]), html),
        "/many.html": answer(200, notice([f"/files/{n}.pdf" for n in range(150)]), html),
        "/huge-declared.html": answer(200, b"x", {**html, "Content-Length": str(10 ** 12)}),
        "/list.html": endless_list,
        "/art/n.html": answer(200, notice([]), html),
    }
    pdf = answer(200, b"%PDF-1.4 " + bytes(4 * 1024 * 1024), {"Content-Type": "application/pdf"})  # one body for all
    routes.update({f"/files/{n}.pdf": pdf for n in range(150)})
    site.routes.update(routes)
    fetch = {name: (f"/{name}.html", ()) for name in ("slow-headers", "slow-body", "gzip-bomb", "gzip-gzip", "br",
                                                       "loop", "no-location", "bad-location", "to-file", "elsewhere",
                                                       "many", "huge-declared")}
    return {**{f"fetch {k}": v for k, v in fetch.items()},
            "crawl endless list --limit 1": ("/list.html", ("--limit", "1")),
            "crawl endless list": ("/list.html", ("--max-pages", "30"))}


def run_http(row: Row, work: Path, *, max_kb: int, timeout: float) -> None:
    site = HostileSite()
    try:
        for name, (path, extra) in http_cases(site).items():
            command = "crawl" if name.startswith("crawl") else "fetch"
            db = work / f"http-{len(row.notes)}-{row.tried}.db"
            run = cli(command, site.url + path, "--db", str(db), "--rate", "0", "--timeout", "2",
                      "--deadline", "5", "--retries", "1", *extra, timeout=timeout, cwd=work)
            row.add(name, run, max_kb=max_kb)
        run = _robots_case(site, work, "Crawl-delay: 100000", timeout)
        row.add("robots.txt Crawl-delay 100000", run, max_kb=max_kb)
    finally:
        site.close()


def _robots_case(site: HostileSite, work: Path, rules: str, timeout: float) -> Run:
    site.routes["/robots.txt"] = answer(200, f"User-agent: *\n{rules}\n".encode(), {"Content-Type": "text/plain"})
    return cli("fetch", site.url + "/ok.html", "--db", str(work / "robots.db"), "--rate", "0", "--timeout", "2",
               timeout=timeout, cwd=work)


# ---------------------------------------------------------------- kill -9

def run_kills(row: Row, work: Path, *, kills: int, rng: random.Random, max_kb: int, timeout: float) -> None:
    folder = work / "kill-inputs"
    folder.mkdir()
    count = 150  # long enough a run that most kills land in the middle of it
    for n in range(count):
        (folder / f"n{n:02d}.txt").write_text(GOOD.replace("10万人", f"{n + 1}万人"), encoding="utf-8")
    for attempt in range(kills):
        db = work / f"kill-{attempt}.db"
        child = subprocess.Popen([sys.executable, "-m", "extract", "ingest", "--db", str(db), str(folder)], cwd=work,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 env={**os.environ, "PYTHONPATH": str(REPO)})
        before = _stored_when_killed(child, db, delay=rng.uniform(0.0, 0.4), timeout=timeout)
        rerun = cli("ingest", "--db", str(db), str(folder), timeout=timeout, cwd=work)
        rerun.stderr += f"\n(killed with {before} of {count} stored)"
        with sqlite3.connect(db) as connection:
            healthy = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = connection.execute("SELECT count(DISTINCT url) FROM pages").fetchone()[0]
        row.add(f"ingest kill -9 #{attempt}", rerun, lost=count - stored + (0 if healthy else 1), max_kb=max_kb)


def _stored_when_killed(child: subprocess.Popen, db: Path, *, delay: float, timeout: float) -> int:
    """kill -9 ``child`` ``delay`` seconds after its first page is stored (so in the middle of the run);
    returns how many pages were stored then."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None and _stored(db) == 0:
        time.sleep(0.05)
    time.sleep(delay)
    stored = _stored(db)
    child.send_signal(signal.SIGKILL)
    child.wait()
    return stored


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM pages").fetchone()[0]
    except sqlite3.Error:
        return 0


# ---------------------------------------------------------------- table

def table(rows: list[Row], *, max_kb: int) -> str:
    lines = ["| category | tried | clean | crash | hang | memory over bound | peak RSS | lost |",
             "|---|---|---|---|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row.category} | {row.tried} | {row.clean} | {row.crash} | {row.hang} | {row.over_memory} "
                     f"| {row.peak_kb // 1024} MB (bound {max_kb // 1024} MB) | {row.lost} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=("files", "http", "kill"), action="append")
    parser.add_argument("--kills", type=int, default=8, help="kill -9 runs of ingest")
    parser.add_argument("--max-rss", type=int, default=1024, metavar="MB", help="peak RSS bound per run")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a run counts as a hang")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON too")
    parser.add_argument("--verbose", action="store_true", help="one line per run: exit code, time, peak RSS")
    args = parser.parse_args()
    only, max_kb, rng = set(args.only or ("files", "http", "kill")), args.max_rss * 1024, random.Random(args.seed)
    rows = []
    with tempfile.TemporaryDirectory(prefix="fault-suite-") as folder:
        work = Path(folder)
        started = time.monotonic()
        if "files" in only:
            rows.append(Row("bad files × extract/ingest"))
            run_bad_files(rows[-1], work, rng=rng, max_kb=max_kb, timeout=args.timeout)
        if "http" in only:
            rows.append(Row("hostile HTTP × fetch/crawl"))
            run_http(rows[-1], work, max_kb=max_kb, timeout=args.timeout)
        if "kill" in only:
            rows.append(Row("kill -9 × ingest, then rerun"))
            run_kills(rows[-1], work, kills=args.kills, rng=rng, max_kb=max_kb, timeout=args.timeout)
        print(table(rows, max_kb=max_kb))
        print(f"\n{sum(r.tried for r in rows)} runs in {time.monotonic() - started:.0f} s")
        for row in rows:
            for note in row.log if args.verbose else row.notes:
                print(f"  {row.category}: {note}")
        if args.json:
            print(json.dumps([{k: v for k, v in vars(r).items() if k not in ("notes", "log")} for r in rows],
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
