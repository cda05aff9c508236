"""Where a claim lies on the ground: a footprint for each claimed place, and who holds what as of a date.

A news claim names a place, not a boundary, so a claim's area is a footprint: a circle sized by the
place's kind and population, drawn in metres in an azimuthal equidistant projection centred on the
place (true distances from the centre anywhere on Earth) and returned in EPSG:4326; a country is its
own polygon from `countryinfo` when that is installed. `territory()` replays claims in date order so
that a later capture replaces an earlier holder, dissolves each actor's places into one geometry, and
marks where two actors' areas overlap as contested. Every geometry is made valid.
"""

from __future__ import annotations

import math
from functools import lru_cache

import geopandas as gpd
import pandas as pd
import shapely
from pyproj import CRS, Transformer
from shapely.geometry import MultiPolygon, Point, Polygon, shape
from shapely.ops import unary_union

from gazetteer.place import Place
from geo.model import Claim, Report

__all__ = ["footprint_radius_km", "circle", "place_area", "claim_area", "claims_frame", "territory", "HOLDING", "CLAIM_COLUMNS"]

CRS_LATLON = "EPSG:4326"
HOLDING = ("holds", "captured")  # statuses that mean the actor holds the place afterwards
CLAIM_COLUMNS = ["actor", "status", "place", "as_of", "sentence", "report_id", "title", "report_date", "source", "contested"]
TERRITORY_COLUMNS = ["actor", "status", "as_of", "places", "n_claims", "contested"]

# Footprint radius in km by feature kind; settlements grow with population.
_RADIUS_KM = {"continent": 1500.0, "country": 250.0, "region": 80.0, "admin1": 60.0, "admin2": 20.0, "city": 4.0, "town": 2.0,
              "village": 1.0, "river": 5.0, "sea": 100.0, "lake": 5.0, "mountain": 5.0, "desert": 80.0, "island": 5.0,
              "valley": 8.0, "landmark": 0.5, "place": 2.0}
_SETTLEMENT_DENSITY = 5000.0  # people per km² of a built-up area: radius = sqrt(population / density / pi)
_MAX_SETTLEMENT_KM = 25.0


def footprint_radius_km(place: Place) -> float:
    """How far a claim on this place reaches: by kind, and for a settlement by its population."""
    base = _RADIUS_KM.get(place.kind, 2.0)
    if place.kind in ("city", "town", "village", "place") and place.population > 0:
        built = math.sqrt(place.population / _SETTLEMENT_DENSITY / math.pi)
        return min(max(base, built), _MAX_SETTLEMENT_KM)
    return base


@lru_cache(maxsize=4096)
def circle(lat: float, lon: float, radius_km: float, resolution: int = 32) -> Polygon:
    """A true circle of `radius_km` around (lat, lon), as a lon/lat polygon in EPSG:4326."""
    aeqd = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m +no_defs")
    to_latlon = Transformer.from_crs(aeqd, CRS_LATLON, always_xy=True)
    disc = Point(0.0, 0.0).buffer(radius_km * 1000.0, quad_segs=resolution)
    return _valid(shapely.transform(disc, to_latlon.transform, interleaved=False))


@lru_cache(maxsize=512)
def _country_polygon(code: str | None, name: str):
    try:
        from countryinfo import CountryInfo
    except ImportError:  # optional: fall back to a circle
        return None
    for key in (code, name):
        if not key:
            continue
        try:
            features = CountryInfo(key).geo_json()["features"]
        except Exception:  # countryinfo raises its own errors for unknown names; any miss means "no polygon"
            continue
        geoms = [shape(f["geometry"]) for f in features if f.get("geometry")]
        if geoms:
            return _valid(unary_union(geoms))
    return None


def place_area(place: Place):
    """The footprint of a place: its country polygon, or a circle sized by kind and population."""
    if place.kind == "country":
        poly = _country_polygon(place.country, place.name)
        if poly is not None:
            return poly
    return circle(round(place.lat, 6), round(place.lon, 6), footprint_radius_km(place))


def claim_area(claim: Claim):
    """The area a claim covers (EPSG:4326), or an empty polygon for an unresolved place."""
    if claim.place.place is None:
        return Polygon()
    return place_area(claim.place.place)


def _valid(geom):
    """A valid (Multi)Polygon: make_valid, then keep only the areal parts."""
    geom = shapely.make_valid(geom)
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    return _valid(unary_union(parts)) if parts else Polygon()


def _claims_with_reports(items):
    """(claim, report or None) for Reports, Claims, or a mix."""
    for item in items:
        if isinstance(item, Report):
            for c in item.claims:
                yield c, item
        elif isinstance(item, Claim):
            yield item, None
        else:
            from gazetteer.errors import GeoError
            raise GeoError(f"expected Report or Claim objects, got {type(item).__name__!r}")


def claims_frame(reports) -> gpd.GeoDataFrame:
    """One row per claim with its area; `contested` when its status says so or another actor's holding overlaps it."""
    rows, geoms = [], []
    for c, r in _claims_with_reports(reports):
        p = c.place.place
        rows.append({
            "actor": c.actor, "status": c.status, "place": p.name if p else c.place.text, "as_of": c.as_of,
            "sentence": c.sentence, "report_id": r.id if r else None, "title": r.title if r else None,
            "report_date": r.date.isoformat() if r and r.date else None, "source": (r.source or r.url) if r else None,
            "contested": c.status in ("contested", "besieged"),
        })
        geoms.append(claim_area(c))
    frame = gpd.GeoDataFrame(pd.DataFrame(rows, columns=CLAIM_COLUMNS), geometry=gpd.GeoSeries(geoms, crs=CRS_LATLON),
                             crs=CRS_LATLON)
    holding = [i for i, s in enumerate(frame["status"]) if s in HOLDING]
    for i in holding:
        for j in holding:
            if j > i and frame.at[i, "actor"] != frame.at[j, "actor"] and _overlap(geoms[i], geoms[j]):
                frame.at[i, "contested"] = frame.at[j, "contested"] = True
    frame["contested"] = frame["contested"].astype(bool)
    return frame


def _overlap(a, b) -> bool:
    return not a.is_empty and not b.is_empty and a.intersects(b) and a.intersection(b).area > 0


def territory(reports_or_claims, as_of: str | None = None) -> gpd.GeoDataFrame:
    """Who holds what as of a date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"; None for everything).

    Claims replay in date order per place: a capture removes earlier holders, "holds" adds a holder
    (replacing only older ones), "lost"/"withdrew" remove the actor, "besieged"/"contested" mark the place
    contested. One row per actor (status "holds", its places dissolved), and one row with status
    "contested" per overlap of two actors' areas and per besieged or fought-over place.
    """
    claims = [c for c, _ in _claims_with_reports(reports_or_claims) if c.place.place is not None]
    if as_of is not None:
        claims = [c for c in claims if c.as_of is None or c.as_of[:len(as_of)] <= as_of]
    claims.sort(key=lambda c: c.as_of or "")
    holders: dict[str, dict[str, str]] = {}  # place id -> actor -> as_of
    fought: dict[str, set[str]] = {}  # place id -> actors besieging or fighting for it
    places: dict[str, Place] = {}
    counts: dict[str, int] = {}
    for c in claims:
        key, when = c.place.place.place_id, c.as_of or ""
        places[key] = c.place.place
        counts[c.actor] = counts.get(c.actor, 0) + 1
        held = holders.setdefault(key, {})
        if c.status == "captured":
            held.clear()
            fought.pop(key, None)
            held[c.actor] = when
        elif c.status == "holds":
            for other in [a for a, w in held.items() if w < when]:
                del held[other]
            held[c.actor] = when
        elif c.status in ("lost", "withdrew"):
            held.pop(c.actor, None)
        else:
            fought.setdefault(key, set()).add(c.actor)
    by_actor: dict[str, list[str]] = {}
    for key, held in holders.items():
        for actor in held:
            by_actor.setdefault(actor, []).append(key)
    rows, geoms = [], []
    for actor, keys in sorted(by_actor.items()):
        rows.append({"actor": actor, "status": "holds", "as_of": max(holders[k][actor] for k in keys) or None,
                     "places": "; ".join(sorted(places[k].name for k in keys)), "n_claims": counts[actor],
                     "contested": False})
        geoms.append(_valid(unary_union([place_area(places[k]) for k in keys])))
    n_actors = len(rows)
    for i in range(n_actors):
        for j in range(i + 1, n_actors):
            if _overlap(geoms[i], geoms[j]):
                rows[i]["contested"] = rows[j]["contested"] = True
                rows.append({"actor": f"{rows[i]['actor']}; {rows[j]['actor']}", "status": "contested",
                             "as_of": max(rows[i]["as_of"] or "", rows[j]["as_of"] or "") or None,
                             "places": "", "n_claims": 0, "contested": True})
                geoms.append(_valid(geoms[i].intersection(geoms[j])))
    for key, actors in sorted(fought.items()):
        involved = sorted(actors | set(holders.get(key, {})))
        for r in rows[:n_actors]:
            if r["actor"] in involved:
                r["contested"] = True
        rows.append({"actor": "; ".join(involved), "status": "contested", "as_of": None, "places": places[key].name,
                     "n_claims": len(actors), "contested": True})
        geoms.append(place_area(places[key]))
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=TERRITORY_COLUMNS), geometry=gpd.GeoSeries(geoms, crs=CRS_LATLON),
                            crs=CRS_LATLON)
