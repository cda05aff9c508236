"""The map as text: render, then assert on fragments of the one HTML file (no browser here)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import pytest

import maps
from gazetteer.errors import GeoError
from gazetteer.place import Place
from geo.model import Claim, Event, Report, Toponym
from maps.features import day_span
from maps.palette import FACTIONS, actor_colour, canonical_actor
from maps.samples import seed_claims_frame, seed_report, synthetic_reports

SEED = Path(__file__).resolve().parents[1] / "seeds" / "baghouz-2019-03-05.txt"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def seed():
    return seed_report(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_html(seed):
    return maps.render([seed], title="Baghouz, March 2019", claims=seed_claims_frame(seed)).get_root().render()


def hostile_report() -> Report:
    """Markup in every field a report can carry: none of it may reach the page as markup."""
    text = f"Fighters {XSS_SCRIPT} clashed in Evil{XSS_IMG}town today."
    place = Place("x:1", f"Evil{XSS_IMG}town", 34.0, 40.0, "SY", None, "town")
    top = Toponym(text.index("Evil"), text.index("town") + 4, f"Evil{XSS_IMG}town", place, 0.9, sentence=(0, len(text)))
    ev = Event("Battles", "Armed clash", text, 0, len(text), "2019-03-01", 1, top, 1, (f"Actor{XSS_SCRIPT}",), 3)
    claim = Claim(f"Actor{XSS_IMG}", "holds", top, text, 0, len(text), "2019-03-01")
    return Report("x", text, f"Title {XSS_SCRIPT}", dt.date(2019, 3, 2), "javascript:alert(1)", f"file{XSS_IMG}.txt",
                  toponyms=(top,), events=(ev,), claims=(claim,))


def hostile_claims(report: Report):
    import geopandas as gpd
    from shapely.geometry import box

    return gpd.GeoDataFrame({"actor": [f"Actor{XSS_IMG}"], "status": ["holds"], "place": [f"P{XSS_SCRIPT}"],
                             "as_of": ["2019-03-01"], "sentence": [report.text], "report_id": ["x"],
                             "title": [report.title], "report_date": ["2019-03-02"], "source": [report.source],
                             "contested": [False]}, geometry=[box(39.9, 33.9, 40.1, 34.1)], crs="EPSG:4326")


# --- offline, self-contained ---------------------------------------------------------------------

CDN_HOSTS = ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "code.jquery.com", "bootstrapcdn", "unpkg.com",
             "githack", "fonts.googleapis", "fontawesome.com/releases")


def test_no_external_script_link_or_url(seed_html):
    assert not re.search(r"<script[^>]*\ssrc=", seed_html, re.I)
    assert not re.search(r"<link[^>]*\shref=", seed_html, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", seed_html, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", seed_html.replace('href="https://leafletjs.com"', ""),
                         re.I)
    for host in CDN_HOSTS:
        assert host not in seed_html


def test_only_known_urls_remain(seed_html):
    """Every http(s) string left is the optional tile template, a licence comment or an XML namespace."""
    allowed = {"https://tile.openstreetmap.org/{z}/{x}/{y}.png", "http://www.w3.org/2000/svg",
               "https://bugzilla.mozilla.org/show_bug.cgi?id=888319",  # a comment in leaflet.css
               "https://leafletjs.com", "https://fontawesome.com", "https://fontawesome.com/license/free"}
    found = set(re.findall(r"https?://[^\s\"'()<>\\]+", seed_html))
    assert found <= allowed, found - allowed


def test_assets_inlined_once(seed_html):
    assert seed_html.count("<html") == 1
    assert "L.markerClusterGroup" in seed_html and "Leaflet.markercluster" in seed_html
    assert "data:font/woff2;base64," in seed_html
    assert "data:image/png;base64," in seed_html  # the layer-control icon
    assert "sourceMappingURL" not in seed_html
    assert "jquery" not in seed_html.lower() and "bootstrap" not in seed_html.lower()


def test_max_zoom_set_without_tiles(seed_html):
    """MarkerCluster throws on a map with no maxZoom, and tiles=None gives none."""
    assert re.search(r'"maxZoom":\s*18', seed_html)


def test_tiles_offline_offers_osm_but_does_not_load_it(seed_html):
    m = re.search(r"var (tile_layer_\w+) = L\.tileLayer\(\"https://tile\.openstreetmap\.org", seed_html)
    assert m
    assert f"{m.group(1)}.addTo(" not in seed_html
    assert f"addBaseLayer({m.group(1)}" in seed_html


def test_tiles_osm_loads_tiles_and_none_has_no_url(seed):
    osm = maps.render([seed], tiles="openstreetmap").get_root().render()
    name = re.search(r"var (tile_layer_\w+) = L\.tileLayer", osm).group(1)
    assert f"{name}.addTo(" in osm
    bare = maps.render([seed], tiles=None).get_root().render()
    assert "tile.openstreetmap.org" not in bare and "L.tileLayer(" not in bare


def test_unknown_tiles_is_an_error(seed):
    with pytest.raises(GeoError, match="'Stamen'.*expected one of"):
        maps.render([seed], tiles="Stamen")


def test_save_writes_one_file(tmp_path, seed):
    out = maps.save(maps.render([seed]), tmp_path / "map.html")
    assert out == tmp_path / "map.html"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- layers, groups, legend ------------------------------------------------------------------------

def overlays(html: str) -> dict[str, str]:
    """Layer-control overlay name -> JS variable."""
    pairs = re.findall(r"addOverlay\((\w+),\s*GeoNews\.label\((\"(?:[^\"\\]|\\.)*\")", html)
    return {json.loads(name): var for var, name in pairs}


def test_layer_names_and_groups(seed_html):
    names = overlays(seed_html)
    assert {"SDF", "Contested", "Battles", "Explosions/Remote violence", "Strategic developments",
            "Places mentioned", "Places as modifiers", "Related places (links, captions)"} <= set(names)
    assert "addBaseLayer" in seed_html and "Country outlines (offline)" in seed_html
    for group in ("Territorial control", "Events", "Places"):
        assert f'.gnGroup = "{group}"' in seed_html
    assert "new GeoNews.GroupedLayers(" in seed_html


def test_related_places_hidden_by_default(seed_html):
    names = overlays(seed_html)
    assert f"{names['Related places (links, captions)']}.addTo(" not in seed_html
    for shown in ("Places mentioned", "Places as modifiers", "Battles", "SDF", "Contested"):
        assert f"{names[shown]}.addTo(" in seed_html


def test_events_are_geojson_not_markers(seed_html):
    """One GeoJSON blob per event type, clustered in the page; no folium.Marker per event."""
    assert seed_html.count("GeoNews.eventLayer(") == 3
    assert "var marker_" not in seed_html  # folium.Marker emits one of these per point
    assert '"icon":"crosshairs"' in seed_html and '"icon":"bomb"' in seed_html


def test_legend_lists_categories(seed_html):
    legend = json.loads(re.search(r"div\.innerHTML = (\".*?\");\n", seed_html).group(1))
    for label in ("Territorial control", "SDF", "Contested", "Battles", "Places as modifiers", "gn-hatch"):
        assert label in legend


def test_faction_palette_is_fixed_and_stable():
    assert actor_colour("Islamic State") == "#111111" == actor_colour("Daesh") == actor_colour("the ISIS")
    assert actor_colour("SDF") == actor_colour("Syrian Democratic Forces") == "#f2c80f"
    assert actor_colour("Syrian government") == "#d62728"
    assert actor_colour("Turkey") == "#2ca02c"
    assert actor_colour("US-led coalition") == "#1f77b4"
    for name in ("Russia", "Iraq", "Ukraine"):
        assert name in FACTIONS
    assert canonical_actor("Daesh") == "Islamic State"
    # Hashed colours do not depend on the process (PYTHONHASHSEED) or on case and spacing.
    assert actor_colour("Jaysh al-Izza") == actor_colour("  jaysh   al-izza ")
    assert actor_colour("Jaysh al-Izza") == "#7b4173"  # md5, the same on every machine


def test_claim_layers_one_per_actor_with_faction_colour(seed):
    import pandas as pd

    frame = seed_claims_frame(seed)
    extra = frame.iloc[[1]].assign(actor="Syrian Democratic Forces", place="Tabqa")
    html = maps.render([seed], claims=pd.concat([frame, extra])).get_root().render()
    assert html.count("GeoNews.controlLayer(") == 2  # SDF (both spellings) and Contested
    assert '{"colour":"#f2c80f","contested":false}' in html
    assert '"contested":true' in html


def test_render_without_geometry_module_leaves_control_off(seed, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "geo.geometry", None)  # import now raises ImportError
    html = maps.render([seed]).get_root().render()
    assert "GeoNews.controlLayer(" not in html
    assert "GeoNews.eventLayer(" in html
    assert "territorial control is left off" in caplog.text


# --- bounds and time ----------------------------------------------------------------------------------

def test_bounds_fit_content(seed_html):
    (south, west), (north, east) = json.loads(
        re.search(r"map_\w+\.fitBounds\(\s*(\[\[.*?\]\])", seed_html, re.S).group(1))
    for lat, lon in ((34.4586, 40.9506), (35.9528, 39.0097), (36.335, 43.1189)):
        assert south <= lat <= north and west <= lon <= east
    assert north < 40 and east < 46  # the Netherlands is only a related place: it does not widen the view


def _fitted(reports):
    html = maps.render(reports).get_root().render()
    return json.loads(re.search(r"map_\w+\.fitBounds\(\s*(\[\[.*?\]\])", html, re.S).group(1))


def test_countries_widen_the_view_only_when_nothing_finer_is_named():
    text = "Fighters from Uzbekistan surrendered in Baghouz."
    uzb = Place("t:uz", "Uzbekistan", 41.0, 64.0, "UZ", None, "country")
    bag = Place("t:bg", "Baghouz", 34.4586, 40.9506, "SY", None, "village")
    tops = (Toponym(14, 24, "Uzbekistan", uzb, 0.9), Toponym(41, 48, "Baghouz", bag, 0.9))
    (south, west), (north, east) = _fitted([Report("a", text, None, dt.date(2019, 3, 5), toponyms=tops)])
    assert west < 40.9506 < east and east < 45  # on Baghouz, not on Uzbekistan
    (south, west), (north, east) = _fitted([Report("b", text, None, dt.date(2019, 3, 5), toponyms=tops[:1])])
    assert west < 64.0 < east  # only a country named: the view shows it


def test_empty_map_renders_world_view():
    html = maps.render([]).get_root().render()
    assert not re.search(r"map_\w+\.fitBounds", html) and "new GeoNews.TimeSlider" not in html


def test_time_slider_spans_event_and_claim_dates(seed_html):
    m = re.search(r"GeoNews\.range = \{min: (\d+), max: (\d+)\}", seed_html)
    epoch = dt.date(1970, 1, 1)
    assert int(m.group(1)) == (dt.date(2017, 1, 1) - epoch).days  # "2017": Raqqa, from the start of the year
    assert int(m.group(2)) == (dt.date(2019, 3, 5) - epoch).days  # the report's own date (its places)
    assert "new GeoNews.TimeSlider()" in seed_html
    assert '"t0":17958,"t1":17958' in seed_html  # 2019-03-03: the battle in Baghouz


@pytest.mark.parametrize("value, expected", [
    ("2019-03-05", ("2019-03-05", "2019-03-05")),
    ("2019-02", ("2019-02-01", "2019-02-28")),
    ("2016", ("2016-01-01", "2016-12-31")),
    (dt.date(2019, 3, 5), ("2019-03-05", "2019-03-05")),
    (dt.datetime(2019, 3, 5, 23, 0), ("2019-03-05", "2019-03-05")),
    (None, (None, None)),
    (float("nan"), (None, None)),
    ("last spring", (None, None)),
])
def test_day_span(value, expected):
    epoch = dt.date(1970, 1, 1)
    got = day_span(value)
    assert tuple(None if d is None else (epoch + dt.timedelta(days=d)).isoformat() for d in got) == expected


def test_day_span_pandas_missing():
    import pandas as pd

    assert day_span(pd.NaT) == (None, None)
    assert day_span(pd.Timestamp("2019-03-05")) == day_span("2019-03-05")


# --- escaping -------------------------------------------------------------------------------------------

def test_report_markup_never_reaches_the_page_as_markup():
    report = hostile_report()
    html = maps.render([report], title=f"T{XSS_SCRIPT}", claims=hostile_claims(report)).get_root().render()
    assert XSS_SCRIPT not in html and "<script>alert" not in html
    assert "<img src=x" not in html and "onerror=alert(1)>" not in html
    assert "javascript:alert(1)" in html  # kept as data, and geonews.js only links http(s) URLs
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in html  # inside JSON, < and > are escaped
    assert "<title>T&lt;script&gt;alert(1)&lt;/script&gt;</title>" in html
    legend = json.loads(re.search(r"div\.innerHTML = (\".*?\");\n", html).group(1))
    assert "Actor&lt;img src=x onerror=alert(1)&gt;" in legend


# --- scale -----------------------------------------------------------------------------------------

def test_ten_thousand_events_go_into_one_geojson_per_type():
    """Scale comes from one clustered GeoJSON layer per event type, not a marker each (timings: bench/bench_map.py)."""
    html = maps.render(synthetic_reports(10_000)).get_root().render()
    small = maps.render(synthetic_reports(50)).get_root().render()
    assert html.count("GeoNews.eventLayer(") == 6
    assert html.count("L.marker(") == small.count("L.marker(")  # markers are made in the browser, per feature


def test_report_text_is_not_a_jinja_template():
    """branca re-compiles rendered macros as Jinja; maps.element.RawMacro stops that for report text."""
    text = "Clash {{ 7*7 }} {% if true %}x{% endif %} {{ cycler.__init__ }} at X."
    place = Place("x:2", "X", 34.0, 40.0, "SY", None, "town")
    top = Toponym(0, 1, "X", place, 0.9, sentence=(0, len(text)))
    ev = Event("Battles", None, text, 0, len(text), "2019-01-01", 1, top)
    html = maps.render([Report("r", text, title="{{ 6*7 }}", events=(ev,), toponyms=(top,))]).get_root().render()
    assert json.dumps(text)[1:-1] in html
    assert "Clash 49" not in html and '"42"' not in html


def test_control_layer_from_geo_geometry(seed):
    """With geo.geometry present, render() draws its claims_frame: one overlay per actor, plus contested."""
    pytest.importorskip("geo.geometry")
    names = overlays(maps.render([seed]).get_root().render())
    assert {"Islamic State", "SDF", "Contested"} <= set(names)
