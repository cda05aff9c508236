"""Compose the map: reports in, one self-contained folium.Map out. The order of children is the
order of the page's scripts, so assets and sources come first and the controls last."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import folium

from gazetteer.errors import GeoError
from geo.model import Report

from .controls import CONTESTED_ENTRY, GroupedLayerControl, Legend, TimeSlider, TitleBox
from .features import Bounds, claim_features, event_features, place_features, sources
from .layers import ControlLayer, CountryOutlines, EventLayer, OnlineTiles, PlacesLayer
from .page import InlineAssets, Sources
from .palette import EVENT_STYLES, ROLE_STYLES, actor_colour

__all__ = ["render", "save", "TILES"]

log = logging.getLogger(__name__)

TILES = ("offline", "openstreetmap", None)
MAX_ZOOM = 18  # without tiles Leaflet has no maxZoom, and MarkerCluster then throws on add


def render(reports: Iterable[Report], *, title: str | None = None, tiles: str | None = "offline",
           claims=None) -> folium.Map:
    """Draw reports as one offline map: control by actor, events by type, places by role.

    tiles: "offline" (country outlines, OpenStreetMap offered but not loaded), "openstreetmap"
    (loaded at start; needs a network) or None (outlines only, no online option at all).
    claims: a GeoDataFrame shaped like geo.geometry.claims_frame(reports); computed from the
    reports when omitted.
    """
    if tiles not in TILES:
        raise GeoError(f"tiles {tiles!r} is unknown; expected one of {TILES}")
    reports = list(reports)
    if claims is None:
        claims = _claims_frame(reports)

    bounds = Bounds()
    claim_groups, contested = claim_features(claims, bounds)
    events = event_features(reports, bounds)
    places = place_features(reports, bounds)

    m = folium.Map(tiles=None, zoom_start=2, location=[20, 20], prefer_canvas=False, control_scale=True)
    m.default_js, m.default_css = [], []  # every asset is inlined by InlineAssets instead
    m.options["maxZoom"] = MAX_ZOOM
    m.options["minZoom"] = 1
    if title:
        m.get_root().title = _escape_title(title)

    icons = frozenset(icon for icon, _ in EVENT_STYLES.values())
    InlineAssets(icons).add_to(m)
    Sources(sources(reports)).add_to(m)

    CountryOutlines(show=tiles != "openstreetmap").add_to(m)
    if tiles is not None:
        OnlineTiles(show=tiles == "openstreetmap").add_to(m)

    legend: dict[str, list] = {"Territorial control": [], "Events": [], "Places": []}
    for actor, features in claim_groups.items():
        colour = actor_colour(actor)
        ControlLayer(actor, features, colour).add_to(m)
        legend["Territorial control"].append((actor, colour, None))
    if contested:
        ControlLayer("Contested", contested, "", contested=True).add_to(m)
        legend["Territorial control"].append(CONTESTED_ENTRY)
    for event_type, features in events.items():
        if features:
            EventLayer(event_type, features).add_to(m)
            icon, colour = EVENT_STYLES[event_type]
            legend["Events"].append((event_type, colour, icon))
    for role, features in places.items():
        if features:
            PlacesLayer(role, features).add_to(m)
            label, style = ROLE_STYLES[role]
            legend["Places"].append((label, style["color"] if role == "modifier" else style["fillColor"],
                                     "dashed" if role == "modifier" else "dot"))

    span = _time_span([*claim_groups.values(), contested, *events.values(), *places.values()])
    if span:
        TimeSlider(*span).add_to(m)
    if title:
        TitleBox(title).add_to(m)
    Legend(legend).add_to(m)
    GroupedLayerControl().add_to(m)
    if not bounds.empty:
        m.fit_bounds(bounds.corners(), max_zoom=10)
    return m


def save(m: folium.Map, path: str | Path) -> Path:
    """Write the map as one HTML file (UTF-8) and return its path."""
    path = Path(path)
    path.write_text(m.get_root().render(), encoding="utf-8")
    return path


def _claims_frame(reports: list[Report]):
    """geo.geometry.claims_frame(reports), or None while that module does not exist yet."""
    if not any(r.claims for r in reports):
        return None
    try:
        from geo.geometry import claims_frame
    except ImportError:
        log.warning("geo.geometry is not available: territorial control is left off the map")
        return None
    return claims_frame(reports)


def _time_span(groups) -> tuple[int, int] | None:
    days = [d for g in groups for f in g for d in (f["properties"]["t0"], f["properties"]["t1"]) if d is not None]
    return (min(days), max(days)) if days else None


def _escape_title(title: str) -> str:
    import html
    return html.escape(title)
