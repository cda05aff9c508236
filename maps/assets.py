"""Every byte the map page needs, read from installed packages and inlined: no CDN, no network.

Versions are pinned here and checked against the installed xstatic packages, so a silent upgrade
cannot change what a saved map contains. Everything is read once per process (lru_cache).
"""

from __future__ import annotations

import base64
import json
import re
from functools import lru_cache
from importlib import import_module
from pathlib import Path

from gazetteer.errors import GeoError

__all__ = [
    "PINNED", "asset_text", "leaflet_js", "leaflet_css", "markercluster_js", "markercluster_css",
    "font_awesome_css", "geonews_js", "geonews_css", "country_outlines", "safe_json",
]

# xstatic module -> version of the packaged upstream files (the wheel is VERSION + "." + BUILD).
PINNED = {
    "leaflet": "1.9.3",
    "leaflet_markercluster": "1.4.1",
    "font_awesome": "6.2.1",
}

_HERE = Path(__file__).parent / "assets"
_SOURCE_MAP = re.compile(r"/[/*]# sourceMappingURL=\S+(?: \*/)?")


def _base_dir(name: str) -> Path:
    """The data folder of an installed xstatic package, after checking its pinned version."""
    try:
        pkg = import_module(f"xstatic.pkg.{name}")
    except ImportError as exc:
        raise GeoError(f"xstatic package {name!r} is not installed; expected "
                       f"XStatic-{name} {PINNED[name]} (pip install geonews)") from exc
    if pkg.VERSION != PINNED[name]:
        raise GeoError(f"xstatic package {name!r} is version {pkg.VERSION!r}; expected {PINNED[name]!r}")
    return Path(pkg.BASE_DIR)


def _read(name: str, rel: str) -> str:
    text = (_base_dir(name) / rel).read_text(encoding="utf-8")
    return _SOURCE_MAP.sub("", text)  # a source map comment would make devtools fetch a file


def _data_uri(path: Path, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def asset_text(name: str) -> str:
    """One of our own files in maps/assets/ (the map's JS runtime and CSS)."""
    return (_HERE / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def leaflet_js() -> str:
    return _read("leaflet", "leaflet.js")


@lru_cache(maxsize=None)
def leaflet_css() -> str:
    """Leaflet's CSS with its images (layer-control icon, default marker) as data: URIs."""
    css = _read("leaflet", "leaflet.css")
    images = _base_dir("leaflet") / "images"

    def inline(m: re.Match) -> str:
        return f"url({_data_uri(images / m.group(1), 'image/png')})"

    return re.sub(r"url\(images/([\w.-]+\.png)\)", inline, css)


@lru_cache(maxsize=None)
def markercluster_js() -> str:
    return _read("leaflet_markercluster", "leaflet.markercluster.js")


@lru_cache(maxsize=None)
def markercluster_css() -> str:
    base = _read("leaflet_markercluster", "MarkerCluster.css")
    return base + "\n" + _read("leaflet_markercluster", "MarkerCluster.Default.css")


@lru_cache(maxsize=None)
def font_awesome_css(icons: frozenset[str]) -> str:
    """Font Awesome's core and solid CSS, cut down to `icons`, with the woff2 font as a data: URI.

    The full icon table is 70 kB of rules the map never uses; only the named icons' rules stay.
    The TrueType fallback is dropped: every browser that runs Leaflet 1.9 reads woff2.
    """
    core = _read("font_awesome", "css/fontawesome.min.css")
    solid = _read("font_awesome", "css/solid.min.css")

    def keep(m: re.Match) -> str:
        names = re.findall(r"\.fa-([a-z0-9-]+):before", m.group(1))
        return m.group(0) if any(n in icons for n in names) else ""

    core = re.sub(r"((?:\.fa-[a-z0-9-]+:before,?)+)\{content:\"[^\"]*\"\}", keep, core)
    font = _data_uri(_base_dir("font_awesome") / "webfonts" / "fa-solid-900.woff2", "font/woff2")
    solid = re.sub(r"src:url\(\.\./webfonts/fa-solid-900\.woff2\) format\(\"woff2\"\),"
                   r"url\(\.\./webfonts/fa-solid-900\.ttf\) format\(\"truetype\"\)",
                   f'src:url({font}) format("woff2")', solid)
    if "../webfonts" in solid:
        raise GeoError("Font Awesome's solid.min.css has an unexpected @font-face; expected the 6.2.1 layout")
    return core + "\n" + solid


def geonews_js() -> str:
    return asset_text("geonews.js")


def geonews_css() -> str:
    return asset_text("geonews.css")


@lru_cache(maxsize=None)
def country_outlines(tolerance: float = 0.05, digits: int = 2) -> str:
    """countryinfo's country borders, simplified and rounded, as one GeoJSON string.

    Built on first use rather than committed: it is derived data, reproducible from the pinned
    countryinfo wheel. 0.05 degrees (about 5 km) keeps borders recognisable at country zoom and
    shrinks the 280 kB source to well under half.
    """
    from countryinfo import CountryInfo
    from shapely.geometry import mapping, shape

    features = []
    for info in CountryInfo.all().values():
        collection = info.get("geoJSON") or {}
        for feature in collection.get("features", ()):
            geom = shape(feature["geometry"]).simplify(tolerance, preserve_topology=True)
            if geom.is_empty:
                continue
            features.append({
                "type": "Feature",
                "properties": {"name": info.get("name") or feature.get("properties", {}).get("name", "")},
                "geometry": _round(mapping(geom), digits),
            })
    features.sort(key=lambda f: f["properties"]["name"])
    return safe_json({"type": "FeatureCollection", "features": features})


def _round(geometry: dict, digits: int) -> dict:
    def walk(c):
        if isinstance(c, (float, int)):
            return round(c, digits)
        return [walk(x) for x in c]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


_JS_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
              0x2028: "\\u2028", 0x2029: "\\u2029"}


def safe_json(value) -> str:
    """JSON that is safe to drop inside a <script> element.

    Report text may hold "</script>" or "<!--"; escaping <, > and & as \\u00XX keeps the parser in
    the script, and the JSON still decodes to the same strings.
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_JS_UNSAFE)
