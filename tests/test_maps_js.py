"""The page runtime (maps/assets/geonews.js) run under node: escaping, popups, date filter.

No DOM, no Leaflet: L is stubbed, since these functions are pure. Skipped without node; the
browser tests (tests/browser/) cover the same code in chromium.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from maps.assets import geonews_js

NODE = shutil.which("node") or shutil.which("nodejs")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed")

PRELUDE = """
var window = {};
var L = {Control: {Layers: {extend: function (o) { return o; }, prototype: {}}, extend: function (o) { return o; }},
         LayerGroup: {extend: function (o) { return o; }}, DomUtil: {}, DomEvent: {}};
"""


def run(body: str):
    """Run geonews.js then `body` (which sets `out`), and return `out` decoded from JSON."""
    script = PRELUDE + geonews_js() + "\nvar GN = window.GeoNews; var out;\n" + body + "\nconsole.log(JSON.stringify(out));"
    done = subprocess.run([NODE, "-e", script], capture_output=True, text=True, timeout=30, check=True)
    return json.loads(done.stdout)


HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>\"'&"


def test_esc():
    assert run(f"out = GN.esc({json.dumps(HOSTILE)});") == (
        "&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;")
    assert run("out = [GN.esc(null), GN.esc(undefined), GN.esc(0)];") == ["", "", "0"]


@pytest.mark.parametrize("builder, props", [
    ("eventPopup", {"r": 0, "k": HOSTILE, "p": HOSTILE, "d": HOSTILE, "a": [HOSTILE], "n": HOSTILE, "s": HOSTILE}),
    ("placePopup", {"r": 0, "p": HOSTILE, "k": HOSTILE, "c": HOSTILE, "w": [HOSTILE], "q": HOSTILE, "n": 2,
                    "s": HOSTILE}),
    ("claimPopup", {"actor": HOSTILE, "status": HOSTILE, "place": HOSTILE, "as_of": HOSTILE, "sentence": HOSTILE,
                    "title": HOSTILE, "report_date": HOSTILE, "source": "javascript:alert(1)"}),
])
def test_popups_escape_every_field(builder, props):
    reports = [{"title": HOSTILE, "date": HOSTILE, "url": "javascript:alert(1)", "source": HOSTILE}]
    html = run(f"GN.reports = {json.dumps(reports)}; out = GN.{builder}({json.dumps(props)}, {json.dumps(HOSTILE)});")
    assert "<script" not in html and "<img" not in html and "href=" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert '<blockquote class="gn-quote">' in html  # the sentence is quoted


def test_source_links_only_web_urls():
    html = run('out = GN.cite("s", {title: "t", date: "2019-03-05", url: "https://example.org/a?b=1&c=\\"x"});')
    assert '<a href="https://example.org/a?b=1&amp;c=&quot;x"' in html and 'rel="noopener noreferrer"' in html
    assert "href" not in run('out = GN.cite("s", {source: "data:text/html,<b>x</b>"});')


def test_visible_is_interval_overlap():
    cases = run("""out = [
        GN.visible({t0: 10, t1: 20}, 0, 9), GN.visible({t0: 10, t1: 20}, 20, 30), GN.visible({t0: 10, t1: 20}, 21, 30),
        GN.visible({t0: 10, t1: null}, 500, 600), GN.visible({t0: null, t1: null}, 0, 1), GN.visible({t0: 10}, 0, 10)
    ];""")
    assert cases == [False, True, False, True, True, True]


def test_fade_older_claims_fainter():
    new, old, undated = run("GN.range = {min: 0, max: 100}; out = [GN.fade({t0: 100}, 100), GN.fade({t0: 0}, 100),"
                            " GN.fade({t0: null}, 100)];")
    assert new > undated > old > 0


def test_filter_keeps_overlapping_items_and_bulk_adds_to_clusters():
    out = run("""
        function item(t0, t1) { return {feature: {properties: {t0: t0, t1: t1}}}; }
        var plain = {layers: [], clearLayers: function () { this.layers = []; }, addLayer: function (l) { this.layers.push(l); }};
        var cluster = {layers: [], bulk: 0, clearLayers: function () { this.layers = []; },
                       addLayers: function (ls) { this.bulk += 1; this.layers = this.layers.concat(ls); }};
        GN.register(plain, [item(1, 1), item(5, 5), item(null, null)], false);
        GN.register(cluster, [item(1, 3), item(8, 9)], false);
        GN.filter(2, 6);
        out = [plain.layers.length, cluster.layers.length, cluster.bulk, GN.day(17958)];
    """)
    assert out == [2, 1, 1, "2019-03-03"]
