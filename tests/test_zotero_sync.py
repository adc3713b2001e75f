"""`cslbridge sync` end to end against the Zotero-compatible test server: idempotent, crash-safe, faults."""

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cslbridge.cli import main
from cslbridge.zotero.testserver import ZoteroTestServer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
KEY = "P9xSecretZoteroKey0042"
USER = 4711


@pytest.fixture()
def server():
    with ZoteroTestServer(keys={KEY: USER}, local_user=USER) as srv:
        yield srv


@pytest.fixture()
def env(server, tmp_path):
    return {"ZOTERO_API_KEY": KEY, "ZOTERO_ENDPOINT": server.url,
            "CSLBRIDGE_STATE_DIR": str(tmp_path / "state")}


def run(args, env):
    return CliRunner().invoke(main, args, env=env, catch_exceptions=False)


def page_items():
    return json.loads((ROOT / "fixtures/zotero/csto_page.json").read_text(encoding="utf-8"))


def seed_references():
    """The 20 references of the seed page, parsed by cslbridge.parse; our fixture if either is missing."""
    seed = SHARED / "seeds/000_86c3b057a0d4154e.txt"
    try:
        from cslbridge.parse import parse_page
    except ImportError:
        parse_page = None
    if parse_page and seed.exists():
        refs = [i for i in parse_page(seed.read_text(encoding="utf-8"), page=True).items
                if (i.get("custom") or {}).get("cited-by")
                and not (i["custom"].get("pointer") or i["custom"].get("commentary"))]
        if len(refs) == 20:
            return refs
    return [i for i in page_items() if (i.get("custom") or {}).get("cited-by") and not i["custom"].get("pointer")]


def write_inputs(tmp_path, n=1000):
    """The seed references as CSL-JSON, and `n` generated BibTeX entries (CSL-JSON if BibTeX is missing)."""
    refs = tmp_path / "seed.json"
    refs.write_text(json.dumps(seed_references(), ensure_ascii=False), encoding="utf-8")
    journals = ["Central Asian Survey", "Europe-Asia Studies", "Post-Soviet Affairs", "Problems of Post-Communism"]
    try:
        from cslbridge.formats import get_format
        bibtex = get_format("bibtex").read is not None
    except Exception:
        bibtex = False
    if bibtex:
        entries = []
        for i in range(n):
            doi = f"  doi = {{10.5555/csto.{i}}},\n" if i % 3 == 0 else ""
            entries.append(
                f"@article{{gen{i},\n  author = {{Petrov{i % 97}, Ivan and von Berg, Klaus}},\n"
                f"  title = {{Security cooperation in {{Eurasia}}: case {i}}},\n"
                f"  journal = {{{journals[i % 4]}}},\n  year = {{{1995 + i % 30}}},\n"
                f"  volume = {{{i % 40 + 1}}},\n  number = {{{i % 4 + 1}}},\n  pages = {{{i}--{i + 12}}},\n{doi}}}\n")
        big = tmp_path / "big.bib"
        big.write_text("\n".join(entries), encoding="utf-8")
    else:
        big = tmp_path / "big.json"
        big.write_text(json.dumps([{
            "id": f"gen{i}", "type": "article-journal", "title": f"Security cooperation in Eurasia: case {i}",
            "author": [{"family": f"Petrov{i % 97}", "given": "Ivan"}], "container-title": journals[i % 4],
            "issued": {"date-parts": [[1995 + i % 30]]}, "volume": str(i % 40 + 1), "page": f"{i}-{i + 12}",
        } for i in range(n)]), encoding="utf-8")
    return refs, big


def stored_ids(server):
    """Each stored item's citation key (from extra): unique per source item, even untitled ones."""
    return [next((line for line in d.get("extra", "").split("\n") if line.startswith("citation-key: ")),
                 d.get("title")) for d in server.library(id=USER).items.values()]


def test_push_seed_and_bibtex_is_idempotent_with_minimal_requests(server, env, tmp_path):
    refs, big = write_inputs(tmp_path)
    first = [run(["sync", "push", str(path), "--collection", "CSTO / Sources"], env) for path in (refs, big)]
    assert [r.exit_code for r in first] == [0, 0], [r.output for r in first]
    assert "created 20," in first[0].output and "created 1000," in first[1].output
    assert len(stored_ids(server)) == 1020 == len(set(stored_ids(server)))
    assert server.count("POST", r"/items$") == math.ceil(20 / 50) + math.ceil(1000 / 50) == 21
    assert server.count("POST", r"/collections$") == 2  # "CSTO", then "Sources" inside it
    coll = next(k for k, c in server.library(id=USER).collections.items() if c["name"] == "Sources")
    assert all(d["collections"] == [coll] for d in server.library(id=USER).items.values())

    writes = server.count("POST", "")
    again = [run(["sync", "push", str(path), "--collection", "CSTO / Sources"], env) for path in (refs, big)]
    assert [r.exit_code for r in again] == [0, 0]
    assert "created 0, updated 0, unchanged 1000, failed 0" in again[1].output
    assert server.count("POST", "") == writes  # the second run writes nothing
    assert len(stored_ids(server)) == 1020
    reads = len(server.log)
    run(["sync", "push", str(big), "--collection", "CSTO / Sources"], env)
    assert len(server.log) - reads <= 3  # key, collections, item versions: the journal vouches for the rest


def test_without_the_journal_a_repush_matches_by_content(server, env, tmp_path):
    refs, big = write_inputs(tmp_path, n=120)
    assert run(["sync", "push", str(big), "--collection", "CSTO"], env).exit_code == 0
    key = next(iter(server.library(id=USER).items))
    server.library(id=USER).items[key]["abstractNote"] = "Added in Zotero"
    server.library(id=USER).items[key]["version"] += 1
    other_state = {**env, "CSLBRIDGE_STATE_DIR": str(tmp_path / "elsewhere")}
    result = run(["sync", "push", str(big), "--collection", "CSTO"], other_state)
    assert "created 0, updated 0, unchanged 120" in result.output
    assert len(stored_ids(server)) == 120
    assert server.library(id=USER).items[key]["abstractNote"] == "Added in Zotero"


def test_push_under_injected_faults_loses_and_duplicates_nothing(server, env, tmp_path):
    refs, big = write_inputs(tmp_path)
    server.inject("429", seconds="0.2", after=1, times=2)
    server.inject("backoff", seconds="0.2", after=4)
    server.inject("500", after=6, times=2)
    server.inject("503", method="GET", path=r"/collections$", times=1)
    server.inject("drop", after=9)  # connection lost before the batch is applied
    server.inject("drop-after", after=12, times=2)  # applied, then the answer is lost
    server.inject("garble-after", after=16)  # applied, then the answer is cut short
    server.inject("500", method="GET", path=r"/collections/\w+/items$", times=1)
    for path in (refs, big):
        result = run(["sync", "push", str(path), "--collection", "CSTO / Sources"], env)
        assert result.exit_code == 0, result.output
        assert "failed 0" in result.output
    assert len(stored_ids(server)) == 1020 == len(set(stored_ids(server)))
    assert server.count("POST", r"/items$") > 21  # the faults really happened and were retried
    again = run(["sync", "push", str(big), "--collection", "CSTO / Sources"], env)
    assert "created 0, updated 0, unchanged 1000" in again.output


def test_push_killed_after_three_batches_then_rerun_ends_with_one_copy_each(server, env, tmp_path):
    refs, big = write_inputs(tmp_path)
    assert run(["sync", "push", str(refs), "--collection", "CSTO / Sources"], env).exit_code == 0
    # From the 4th bulk batch on, the server applies the batch and then never answers.
    server.inject("hang-after", after=1 + 3, times=10_000)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from cslbridge.cli import main; main()",
         "sync", "push", str(big), "--collection", "CSTO / Sources"],
        env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while server.count("POST", r"/items$") < 1 + 3 and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # let the hung batches land
    proc.kill()
    proc.wait()
    server.release.set()
    server.faults.clear()
    partial = len(stored_ids(server))
    assert 20 + 150 <= partial < 1020
    result = run(["sync", "push", str(big), "--collection", "CSTO / Sources"], env)
    assert result.exit_code == 0, result.output
    assert len(stored_ids(server)) == 1020 == len(set(stored_ids(server)))
    journal = list(Path(env["CSLBRIDGE_STATE_DIR"]).rglob("*.jsonl"))
    assert journal and all(KEY not in p.read_text() for p in journal)


def test_page_becomes_a_collection_with_related_items(server, env, tmp_path):
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_items(), ensure_ascii=False), encoding="utf-8")
    result = run(["sync", "push", str(page), "--collection", "CSTO / Degtereva 2020"], env)
    assert result.exit_code == 0
    assert "created 21," in result.output and "skipped 1" in result.output  # the pointer note stays local
    items = server.library(id=USER).items
    article = next(d for d in items.values() if d["title"].startswith("Improving financial"))
    article_uri = f"http://zotero.org/users/{USER}/items/{article['key']}"
    assert len(article["relations"]["dc:relation"]) == 20
    for data in items.values():
        if data is not article:
            assert data["relations"] == {"dc:relation": [article_uri]}
            assert f"http://zotero.org/users/{USER}/items/{data['key']}" in article["relations"]["dc:relation"]
    assert not any("See also" in (d.get("extra") or "") for d in items.values())


def test_pulled_collection_equals_the_source_and_renders_the_same(server, env, tmp_path):
    source = [i for i in page_items() if not i.get("custom", {}).get("pointer")]
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_items(), ensure_ascii=False), encoding="utf-8")
    run(["sync", "push", str(page), "--collection", "CSTO / Sources"], env)
    out = tmp_path / "pulled.json"
    result = run(["sync", "pull", "--collection", "CSTO / Sources", "-o", str(out)], env)
    assert result.exit_code == 0
    pulled = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(pulled, key=lambda i: i["id"]) == sorted(source, key=lambda i: i["id"])
    render = pytest.importorskip("cslbridge.render")
    style = "finance-credit-references"  # the house style of the seed's journal
    expected = render.render_bibliography(source, style, None, "text")
    if not expected:
        pytest.skip("the renderer renders none of these items yet")
    assert render.render_bibliography(pulled, style, None, "text") == expected
    text = run(["sync", "pull", "--collection", "CSTO / Sources", "--style", style, "-t", "text"], env)
    assert text.stdout == "".join(entry + "\n" for entry in expected)
    assert text.exit_code == (1 if expected.problems else 0)


def test_pull_writes_the_format_its_output_file_names(server, env, tmp_path):
    """`sync pull -o sources.ris` wrote CSL-JSON into the .ris; the extension names the writer
    (and with --style the markup, `-o csto.html`) when -t is not given."""
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_items()[:5], ensure_ascii=False), encoding="utf-8")
    run(["sync", "push", str(page), "--collection", "CSTO"], env)
    ris, bib = tmp_path / "sources.ris", tmp_path / "sources.bib"
    for out in (ris, bib):
        assert run(["sync", "pull", "--collection", "CSTO", "-o", str(out)], env).exit_code == 0
    assert ris.read_text(encoding="utf-8").startswith("TY  - ")
    assert bib.read_text(encoding="utf-8").startswith("@")
    styled = tmp_path / "csto.md"
    assert run(["sync", "pull", "--collection", "CSTO", "--style", "apa", "-o", str(styled)], env).exit_code in (0, 1)
    assert "*" in styled.read_text(encoding="utf-8") and not styled.read_text(encoding="utf-8").startswith("[")


def test_pull_to_a_page_without_a_style_is_refused_before_any_traffic(server, env, tmp_path):
    """`sync pull -o x.html` without --style wrote CSL-JSON into the .html file; a page is a rendered
    bibliography, so it asks for the style (or -t), as `-t html` and `convert -o x.html` do."""
    for name in ("csto.html", "csto.md", "csto.rtf"):
        out = tmp_path / name
        result = run(["sync", "pull", "--collection", "CSTO", "-o", str(out)], env)
        assert result.exit_code == 2 and not out.exists()
        assert f"-o {out} is a rendered bibliography: name the style with --style" in result.output
    assert server.count("GET", "") == 0


def test_pull_subcollections_and_other_formats(server, env, tmp_path):
    items = page_items()
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps(items[:8], ensure_ascii=False), encoding="utf-8")
    b.write_text(json.dumps(items[8:], ensure_ascii=False), encoding="utf-8")
    run(["sync", "push", str(a), "--collection", "CSTO / Sources"], env)
    run(["sync", "push", str(b), "--collection", "CSTO / Sources / Books"], env)
    only = run(["sync", "pull", "--collection", "CSTO / Sources"], env)
    assert len(json.loads(only.stdout)) == 8
    every = run(["sync", "pull", "--collection", "CSTO / Sources", "--subcollections", "-t", "csljson"], env)
    assert len(json.loads(every.stdout)) == 21
    ris = run(["sync", "pull", "--collection", "CSTO / Sources / Books", "-t", "ris"], env)
    assert ris.exit_code == 0 and ris.stdout.count("TY  -") == 13


def test_dry_run_writes_nothing_and_a_changed_item_is_updated(server, env, tmp_path):
    items = page_items()
    page = tmp_path / "page.json"
    page.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    dry = run(["sync", "push", str(page), "--collection", "CSTO", "--dry-run"], env)
    assert "would create 21" in dry.output and server.count("POST", "") == 0
    run(["sync", "push", str(page), "--collection", "CSTO"], env)
    items[3]["volume"] = "99"
    page.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    result = run(["sync", "push", str(page), "--collection", "CSTO"], env)
    assert "created 0, updated 1, unchanged 20" in result.output
    assert len(stored_ids(server)) == 21
    assert sum(1 for d in server.library(id=USER).items.values() if d.get("volume") == "99") == 1


def test_api_key_never_appears_in_output_errors_or_journal(server, env, tmp_path):
    refs, _ = write_inputs(tmp_path, n=1)
    outputs = [
        run(["sync", "push", str(refs), "--collection", "CSTO / Sources"], env),
        run(["sync", "push", str(refs), "--collection", "CSTO / Sources", "--dry-run"], env),
        run(["sync", "pull", "--collection", "CSTO / Sources"], env),
        run(["sync", "pull", "--collection", "No such"], env),
        run(["sync", "push", str(refs), "--collection", "X", "--library", "user:1"], env),
        run(["sync", "push", str(refs), "--collection", "X", "--api-key", KEY + "x"], env),
    ]
    for result in outputs:
        assert KEY not in result.output and KEY not in (result.stderr or "")
    for path in Path(env["CSLBRIDGE_STATE_DIR"]).rglob("*"):
        if path.is_file():
            assert KEY not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, expected", [
    (["sync", "pull", "--collection", "Nowhere"], "no collection 'Nowhere'"),
    (["sync", "pull", "--collection", "CSTO", "--api-key", "WrongKey123"], "(403)"),
    (["sync", "pull", "--collection", "CSTO", "--library", "group:x"], "bad library"),
    (["sync", "pull", "--collection", "CSTO", "-t", "nosuch"], "unknown format"),
    (["sync", "pull", "--collection", "CSTO", "--endpoint", "http://127.0.0.1:9"], "cannot reach Zotero"),
    (["sync", "pull", "--collection", "CSTO", "--endpoint", "api.zotero.org"], "bad endpoint 'api.zotero.org'"),
    (["sync", "push", str(ROOT / "fixtures/zotero/csto_page.json"), "--collection", "CSTO", "--endpoint", "ftp://x"], "use an http:// or https://"),
    (["sync", "pull", "--collection", "CSTO", "-t", "text"], "--style"),
    # a typo in the port was a traceback from the HTTP client, for the Web API and the desktop alike
    (["sync", "pull", "--collection", "CSTO", "--endpoint", "http://localhost:abc"],
     "bad endpoint 'http://localhost:abc': Invalid port: 'abc'"),
    (["sync", "push", str(ROOT / "fixtures/zotero/csto_page.json"), "--desktop", "--collection", "CSTO",
      "--endpoint", "http://localhost:abc"], "bad endpoint 'http://localhost:abc': Invalid port: 'abc'"),
])
def test_bad_input_is_one_line_and_nonzero(server, env, args, expected):
    result = run(args, env)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0]
    assert "WrongKey123" not in result.stderr and KEY not in result.stderr


def test_push_without_a_key_says_how_to_give_one_and_sends_nothing(server, env):
    before = len(server.log)
    result = run(["sync", "push", str(ROOT / "fixtures/zotero/csto_page.json"), "--collection", "CSTO"],
                 {**env, "ZOTERO_API_KEY": ""})
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: no Zotero API key: pass --api-key or set ZOTERO_API_KEY (--desktop needs none)"
    assert len(server.log) == before


def test_pull_from_the_desktop_local_api(server, env, tmp_path):
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_items()[:5], ensure_ascii=False), encoding="utf-8")
    run(["sync", "push", str(page), "--collection", "Desk"], env)
    local_env = {"ZOTERO_ENDPOINT": server.url + "/api", "CSLBRIDGE_STATE_DIR": env["CSLBRIDGE_STATE_DIR"]}
    result = run(["sync", "pull", "--local", "--collection", "Desk"], local_env)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 5
    assert all(path.startswith("/api/users/0/") for _, path, _ in server.log if path.startswith("/api/"))


def test_push_to_the_desktop_connector(server, env, tmp_path):
    run(["sync", "push", str(ROOT / "fixtures/csljson/sample.json"), "--collection", "Inbox"], env)
    before = len(stored_ids(server))
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_items(), ensure_ascii=False), encoding="utf-8")
    result = run(["sync", "push", str(page), "--desktop", "--collection", "Inbox",
                  "--endpoint", server.url], {"CSLBRIDGE_STATE_DIR": env["CSLBRIDGE_STATE_DIR"]})
    assert result.exit_code == 0 and "saved 21 item(s)" in result.output
    library = server.library(id=USER)
    inbox = next(k for k, c in library.collections.items() if c["name"] == "Inbox")
    assert len(stored_ids(server)) == before + 21
    assert sum(1 for d in library.items.values() if d["collections"] == [inbox]) == before + 21


def test_backoff_and_retry_after_are_honoured_on_any_response(server, tmp_path):
    from cslbridge.zotero.client import ZoteroSync

    client = ZoteroSync(api_key=KEY, endpoint=server.url, state_dir=tmp_path)
    waits = []
    client.sleep = lambda seconds: (waits.append(seconds), time.sleep(seconds))
    server.inject("backoff", seconds="0.4", path=r"/collections$")  # on a 200
    server.inject("429", seconds="0.3", after=1)
    items = [i for i in page_items() if not i.get("custom", {}).get("pointer")]
    for item in items:  # 2 batches of writes
        item["custom"] = {}
    report = client.push(items * 3 + [dict(items[0], id="x", title=f"Extra {n}") for n in range(40)], "CSTO")
    client.close()
    assert not report.failed and len(report.created) == 61
    assert any(0.2 < w <= 0.4 for w in waits) and any(0.1 < w <= 0.3 for w in waits)
    assert len(server.library(id=USER).items) == 61


def test_group_library_push_links_with_group_uris(server, env, tmp_path):
    server.libraries[("groups", 99)] = type(server.library(id=USER))("group", 99)
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_items(), ensure_ascii=False), encoding="utf-8")
    result = run(["sync", "push", str(page), "--collection", "Shared", "--library", "group:99"], env)
    assert result.exit_code == 0 and "group:99 / Shared: created 21" in result.output
    group = server.library("groups", 99)
    assert len(group.items) == 21 and not server.library(id=USER).items
    uris = [u for d in group.items.values() for u in d["relations"].get("dc:relation", [])]
    assert uris and all(u.startswith("http://zotero.org/groups/99/items/") for u in uris)


def test_parsed_seed_page_goes_through_zotero_unchanged(server, env, tmp_path):
    seed = SHARED / "seeds/000_86c3b057a0d4154e.txt"
    parse = pytest.importorskip("cslbridge.parse")
    if not seed.exists():
        pytest.skip("shared seeds not present")
    items = parse.parse_page(seed.read_text(encoding="utf-8"), page=True).items
    page = tmp_path / "page.json"
    page.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    assert run(["sync", "push", str(page), "--collection", "Seed"], env).exit_code == 0
    again = run(["sync", "push", str(page), "--collection", "Seed"], env)
    assert "created 0, updated 0, unchanged" in again.output  # untitled parses are found again too
    pulled = json.loads(run(["sync", "pull", "--collection", "Seed"], env).stdout)
    works = [i for i in items if not (i.get("custom", {}).get("pointer") or i.get("custom", {}).get("commentary"))]
    assert sorted(pulled, key=lambda i: i["id"]) == sorted(works, key=lambda i: i["id"])


def test_a_backoff_longer_than_the_limit_ends_the_run_cleanly(server, env, tmp_path):
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_items(), ensure_ascii=False), encoding="utf-8")
    server.inject("backoff", method="GET", path=r"/collections$", seconds="7200")
    result = run(["sync", "push", str(page), "--collection", "CSTO"], env)
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("error: Zotero at") and "7200 s" in result.stderr
    assert not server.library(id=USER).items


def test_never_more_than_four_requests_in_flight(server, env, tmp_path):
    _, big = write_inputs(tmp_path, n=600)
    server.inject("slow", seconds="0.15", times=100)  # every item write takes a while
    assert run(["sync", "push", str(big), "--collection", "CSTO"], env).exit_code == 0
    assert len(stored_ids(server)) == 600
    assert 2 <= server.max_in_flight <= 4  # batches go in parallel, but at most four at once


def test_desktop_push_needs_a_running_zotero_and_an_existing_collection(server, env, tmp_path):
    sample = str(ROOT / "fixtures/csljson/sample.json")
    down = run(["sync", "push", sample, "--desktop", "--endpoint", "http://127.0.0.1:9", "-c", "Inbox"], {})
    assert down.exit_code == 2 and "Zotero desktop is not running" in down.stderr
    missing = run(["sync", "push", sample, "--desktop", "--endpoint", server.url, "-c", "Nowhere"], {})
    assert missing.exit_code == 2 and "no collection 'Nowhere'" in missing.stderr
    assert not server.library(id=USER).items


def test_an_item_zotero_refuses_is_named_and_its_neighbours_still_go(server, env, tmp_path):
    page = tmp_path / "page.json"
    page.write_text(json.dumps(page_items(), ensure_ascii=False), encoding="utf-8")
    server.rejects.append((r"^CSTO and security", "Field 'title' is too long"))
    result = run(["sync", "push", str(page), "--collection", "CSTO"], env)
    assert result.exit_code == 1
    assert "created 20, updated 0, unchanged 0, failed 1" in result.stdout
    assert result.stderr.strip() == f"error: {page}: entry 'ref03': Zotero 400: Field 'title' is too long"
    server.rejects.clear()
    again = run(["sync", "push", str(page), "--collection", "CSTO"], env)
    assert again.exit_code == 0 and "created 1, updated 0, unchanged 20, failed 0" in again.stdout


def test_a_state_dir_that_is_a_file_is_one_line_and_writes_nothing(server, env, tmp_path):
    """The journal must be written before items are sent; a --state-dir naming a file
    (a typo, a stale path) was a NotADirectoryError traceback. It is a usage error, before
    any write reaches Zotero, and the key is not in it."""
    blocker = tmp_path / "state.json"
    blocker.write_text("{}", encoding="utf-8")
    result = run(["sync", "push", str(ROOT / "fixtures/zotero/csto_page.json"), "--collection", "CSTO",
                  "--state-dir", str(blocker)], env)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot use the push journal folder {blocker}")
    assert KEY not in result.stderr
    assert not [path for method, path, _ in server.log if method in ("POST", "PUT", "PATCH", "DELETE")]


def test_pulled_entries_a_style_cannot_render_are_named_by_collection(server, env, tmp_path):
    """APA renders no interview; pulling a collection that holds one as APA reported the entry
    as '<input>: entry ...', naming nothing the user typed. It names the library and collection."""
    interview = {"id": "danilov2013", "type": "interview", "title": "Interview with Dmitri Danilov",
                 "author": [{"family": "Danilov", "given": "Dmitri"}], "issued": {"date-parts": [[2013, 9, 9]]},
                 "publisher-place": "Moscow"}
    book = {"id": "lukin2014", "type": "book", "title": "Povorot k Azii",
            "author": [{"family": "Lukin", "given": "A. V."}], "issued": {"date-parts": [[2014]]}}
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps([interview, book]), encoding="utf-8")
    assert run(["sync", "push", str(refs), "--collection", "Interviews"], env).exit_code == 0
    result = run(["sync", "pull", "--collection", "Interviews", "--style", "apa", "-t", "text"], env)
    assert result.exit_code == 1 and result.stdout.startswith("Lukin, A. V. (2014).")
    assert result.stderr.strip() == (f"error: user:{USER} / Interviews: entry 'danilov2013': "
                                     "the style renders nothing for this item")


def test_pull_with_a_style_writes_the_document_its_output_file_names(server, env, tmp_path):
    """`sync pull --style apa -o csto.html` wrote bare entry fragments (no page), `.rtf` no RTF
    header (no word processor opens it) and `.md` entries on consecutive lines (one Markdown
    paragraph); it writes what `render -o` writes for the same items, and a bad style fails
    before any traffic, as a bad format does."""
    page = tmp_path / "page.json"
    works = [i for i in page_items()[:6] if not (i.get("custom") or {}).get("pointer")]
    page.write_text(json.dumps(works, ensure_ascii=False), encoding="utf-8")
    assert run(["sync", "push", str(page), "--collection", "CSTO"], env).exit_code == 0
    pulled = tmp_path / "pulled.json"
    run(["sync", "pull", "--collection", "CSTO", "-o", str(pulled)], env)
    for suffix in ("html", "rtf", "md", "txt"):
        synced, rendered = tmp_path / f"csto.{suffix}", tmp_path / f"render.{suffix}"
        code = run(["sync", "pull", "--collection", "CSTO", "--style", "apa", "-o", str(synced)], env).exit_code
        assert code == run(["render", str(pulled), "--style", "apa", "-o", str(rendered)], env).exit_code
        assert synced.read_text(encoding="utf-8") == rendered.read_text(encoding="utf-8")
    assert (tmp_path / "csto.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "csto.rtf").read_text(encoding="utf-8").startswith("{\\rtf1")
    assert "\n\n" in (tmp_path / "csto.md").read_text(encoding="utf-8").strip()
    before = len(server.log)
    result = run(["sync", "pull", "--collection", "CSTO", "--style", "no-such-style", "-o", str(tmp_path / "x.html")], env)
    assert result.exit_code == 2 and "unknown style 'no-such-style'" in result.output
    assert len(server.log) == before
