"""The map in a real browser: offline, no errors, layers toggle, popups cite, report markup stays text.

Run: python -m pytest -m browser tests/browser. GEONEWS_SCREENSHOT=1 also rewrites docs/map-seed.png.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

import maps
from gazetteer.place import Place
from geo.model import Claim, Event, Report, Toponym
from maps.samples import seed_claims_frame, seed_report

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "baghouz-2019-03-05.txt"


@pytest.fixture(scope="module")
def seed():
    return seed_report(SEED.read_text(encoding="utf-8"))


@pytest.fixture
def seed_page(visit, seed):
    return visit(maps.render([seed], title="Baghouz, 5 March 2019", claims=seed_claims_frame(seed)), "seed.html")


def overlay_state(page) -> dict[str, bool]:
    """Layer-control name -> is the layer on the map."""
    return page.evaluate("""() => Object.fromEntries(GeoNews.control._layers.filter(o => o.overlay)
        .map(o => [o.name.replace(/<[^>]*>/g, '').trim(), GeoNews.map.hasLayer(o.layer)]))""")


def test_seed_map_loads_offline_without_errors(seed_page, tmp_path):
    seed_page.assert_clean()
    page = seed_page.page
    assert page.locator(".leaflet-control-layers-overlays label").count() == 8
    assert page.locator(".gn-group").all_text_contents() == ["Territorial control", "Events", "Places"]
    assert page.locator(".gn-legend").is_visible()
    assert page.locator(".gn-slider input[type=range]").count() == 2
    assert page.locator(".gn-event, .gn-cluster").count() >= 3
    assert page.locator("svg path.leaflet-interactive").count() >= 2  # SDF box, contested box
    assert page.evaluate("getComputedStyle(document.querySelector('.fa-solid'), '::before').content") != "none"
    zoom = page.evaluate("GeoNews.map.getZoom()")
    center = page.evaluate("GeoNews.map.getCenter()")
    assert zoom >= 5 and 33 < center["lat"] < 37 and 38 < center["lng"] < 44  # fitted to Syria and Iraq
    shot = tmp_path / "map-seed.png"
    page.screenshot(path=str(shot))
    if os.environ.get("GEONEWS_SCREENSHOT"):
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(shot, ROOT / "docs" / "map-seed.png")


def test_layers_toggle_in_the_control(seed_page):
    page = seed_page.page
    state = overlay_state(page)
    assert state["Related places (links, captions)"] is False
    assert all(on for name, on in state.items() if not name.startswith("Related"))
    battles = page.locator(".leaflet-control-layers-overlays label", has_text="Battles")
    before = page.locator(".gn-event, .gn-cluster").count()
    battles.click()
    assert overlay_state(page)["Battles"] is False
    assert page.locator(".gn-event, .gn-cluster").count() < before
    battles.click()
    assert overlay_state(page)["Battles"] is True
    page.locator(".leaflet-control-layers-overlays label", has_text="Related places").click()
    assert overlay_state(page)["Related places (links, captions)"] is True
    page.locator(".leaflet-control-layers-base label", has_text="OpenStreetMap").click()  # blocked, must not break
    page.wait_for_timeout(300)
    page.locator(".leaflet-control-layers-base label", has_text="Country outlines").click()
    assert len(seed_page.outbound) > 0 and all("tile.openstreetmap.org" in u for u in seed_page.outbound)
    assert seed_page.errors == [] or all("ERR_FAILED" in e for e in seed_page.errors)


def test_popup_quotes_its_sentence(seed_page):
    page = seed_page.page
    page.locator(".leaflet-marker-icon[title='Raqqa']").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "the capture of Raqqa in 2017" in text
    assert "Battles" in text and "SDF" in text and "2017" in text
    assert "Daesh fighters surrender in eastern Syria enclave" in text  # the report's title
    assert "2019-03-05" in text and "seeds/baghouz-2019-03-05.txt" in text
    seed_page.assert_clean()


def test_time_slider_filters_by_date(seed_page):
    page = seed_page.page
    assert page.locator(".leaflet-marker-icon[title='Raqqa']").count() == 1
    start = (dt.date(2019, 1, 1) - dt.date(1970, 1, 1)).days
    page.evaluate(f"GeoNews.slider.set({start}, GeoNews.range.max)")
    assert page.locator(".leaflet-marker-icon[title='Raqqa']").count() == 0  # 2017 is out of range
    assert page.locator(".gn-slider .gn-lo").inner_text() == "2019-01-01"
    page.evaluate("GeoNews.slider.set(GeoNews.range.min, GeoNews.range.max)")
    assert page.locator(".leaflet-marker-icon[title='Raqqa']").count() == 1
    seed_page.assert_clean()


PWN_SCRIPT = "<script>window.__pwned = 1</script>"
PWN_IMG = '<img src=x onerror="window.__pwned = 2">'


def test_report_markup_runs_nothing(visit):
    text = f"Fighters {PWN_SCRIPT} clashed in Evil{PWN_IMG}town today."
    place = Place("x:1", f"Evil{PWN_IMG}town", 34.0, 40.0, "SY", None, "town")
    top = Toponym(0, 4, "Evil", place, 0.9, sentence=(0, len(text)))
    ev = Event("Battles", "Armed clash", text, 0, len(text), "2019-03-01", 1, top, 1, (f"A{PWN_IMG}",), 3)
    claim = Claim(f"Actor{PWN_IMG}", "holds", top, text, 0, len(text), "2019-03-01")
    report = Report("x", text, f"Title {PWN_SCRIPT}", dt.date(2019, 3, 2), "javascript:window.__pwned=3",
                    f"f{PWN_IMG}", toponyms=(top,), events=(ev,), claims=(claim,))
    import geopandas as gpd
    from shapely.geometry import box

    frame = gpd.GeoDataFrame({"actor": [f"Actor{PWN_IMG}"], "status": ["holds"], "place": [f"P{PWN_SCRIPT}"],
                              "as_of": ["2019-03-01"], "sentence": [text], "report_id": ["x"],
                              "title": [report.title], "report_date": ["2019-03-02"], "source": [f"s{PWN_IMG}"],
                              "contested": [False]}, geometry=[box(39.9, 33.9, 40.1, 34.1)], crs="EPSG:4326")
    v = visit(maps.render([report], title=f"T{PWN_SCRIPT}{PWN_IMG}", claims=frame), "pwn.html")
    page = v.page
    texts = page.evaluate("""() => {
        const out = [];
        GeoNews.timed.forEach(e => e.items.forEach(l => {
            GeoNews.map.addLayer(e.group);
            const el = GeoNews.open(l).getElement();
            out.push([el.innerText, el.querySelectorAll("img, script").length]);
        }));
        return out;
    }""")
    assert len(texts) >= 3  # the event, the claim and the place
    for text, elements in texts:
        assert elements == 0 and "<img src=x" in text
    page.evaluate("GeoNews.timed.forEach(e => e.items.forEach(l => l.openTooltip && l.openTooltip()))")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".leaflet-popup-content img, .gn-legend img, .leaflet-control-layers img, .gn-titlebox img"
                        ).count() == 0
    assert PWN_SCRIPT in page.locator(".gn-titlebox").inner_text()
    assert page.locator(".leaflet-popup-content a").count() == 0  # javascript: URLs never become links
    assert f"Actor{PWN_IMG}" in page.locator(".gn-legend").inner_text()
    v.assert_clean()
