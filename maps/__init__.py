"""Folium rendering of reports: control, events and places, offline.

    import maps
    m = maps.render(reports, title="Baghouz, March 2019")
    maps.save(m, "baghouz.html")   # one self-contained HTML file, no network needed
"""

from .build import TILES, render, save
from .palette import actor_colour

__all__ = ["render", "save", "actor_colour", "TILES"]
