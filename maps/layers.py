"""One class per layer kind. Each takes ready-made features (maps/features.py) and only draws.

Overlays carry a `group` ("Territorial control", "Events", "Places") and a colour or icon, which
the grouped layer control (maps/controls.py) reads; the JS they emit calls the page runtime
(maps/assets/geonews.js), which builds popups from escaped properties.
"""

from __future__ import annotations

from folium.map import FeatureGroup, Layer
from folium.template import Template

from .assets import country_outlines, safe_json
from .element import RawMacro
from .palette import CONTESTED_COLOUR, EVENT_STYLES, ROLE_STYLES

__all__ = [
    "CONTROL", "EVENTS", "PLACES", "CountryOutlines", "OnlineTiles", "ControlLayer", "EventLayer", "PlacesLayer",
]

CONTROL, EVENTS, PLACES = "Territorial control", "Events", "Places"

_OVERLAY_SCRIPT = """
{% macro script(this, kwargs) %}
    var {{ this.get_name() }} = GeoNews.{{ this.factory }}({{ this.data_json }}, {{ this.options_json }});
    {{ this.get_name() }}.gnGroup = {{ this.group_json }};
{% endmacro %}
"""


class _Overlay(FeatureGroup, RawMacro):
    """A FeatureGroup whose features are one GeoJSON blob handed to a GeoNews factory."""

    _template = Template(_OVERLAY_SCRIPT)
    factory = ""
    group = ""

    def __init__(self, name: str, features: list[dict], options: dict, *, show: bool = True):
        super().__init__(name=name, overlay=True, control=True, show=show)
        self.features = features
        self.js_options = options

    @property
    def data_json(self) -> str:
        return safe_json({"type": "FeatureCollection", "features": self.features})

    @property
    def options_json(self) -> str:
        return safe_json(self.js_options)

    @property
    def group_json(self) -> str:
        return safe_json(self.group)

    @property
    def colour(self) -> str | None:
        return self.js_options.get("colour")

    @property
    def icon(self) -> str | None:
        return self.js_options.get("icon")


class ControlLayer(_Overlay):
    """Claims of one actor (or the contested ones, hatched): who held what, as of when."""

    factory = "controlLayer"
    group = CONTROL

    def __init__(self, actor: str, features: list[dict], colour: str, *, contested: bool = False):
        super().__init__(actor, features, {"colour": CONTESTED_COLOUR if contested else colour,
                                           "contested": contested})
        self.contested = contested


class EventLayer(_Overlay):
    """Events of one ACLED type, as icons sized by count, clustered in the browser."""

    factory = "eventLayer"
    group = EVENTS

    def __init__(self, event_type: str, features: list[dict]):
        icon, colour = EVENT_STYLES[event_type]
        super().__init__(event_type, features, {"type": event_type, "icon": icon, "colour": colour})


class PlacesLayer(_Overlay):
    """Places the reports name, in one role: literal, modifier ("Syrian army") or related (links)."""

    factory = "placeLayer"
    group = PLACES
    MAX_LABELS = 40  # name every place on a small map; past that, labels are clutter (hover instead)
    MAX_SHOWN = 5000  # more circles than this make every pan slow: start hidden, one click away

    def __init__(self, role: str, features: list[dict], *, show: bool | None = None):
        label, style = ROLE_STYLES[role]
        super().__init__(label, features, {"label": label, "style": {k: v for k, v in style.items() if v is not None},
                                           "colour": style["fillColor"] if role != "modifier" else style["color"],
                                           "labels": role == "literal" and len(features) <= self.MAX_LABELS},
                         show=(role != "related" and len(features) <= self.MAX_SHOWN) if show is None else show)
        self.role = role


class CountryOutlines(FeatureGroup, RawMacro):
    """The offline base map: simplified country borders from countryinfo, embedded once."""

    _template = Template("""
{% macro script(this, kwargs) %}
    var {{ this.get_name() }} = GeoNews.outlineLayer({{ this._parent.get_name() }}, {{ this.data_json }});
{% endmacro %}
""")

    def __init__(self, name: str = "Country outlines (offline)", *, show: bool = True):
        super().__init__(name=name, overlay=False, control=True, show=show)

    @property
    def data_json(self) -> str:
        return country_outlines()


class OnlineTiles(Layer, RawMacro):
    """OpenStreetMap tiles, offered for when there is a network; nothing is fetched unless chosen."""

    URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    ATTRIBUTION = "&copy; OpenStreetMap contributors"

    _template = Template("""
{% macro script(this, kwargs) %}
    var {{ this.get_name() }} = L.tileLayer({{ this.url_json }}, {{ this.options_json }});
{% endmacro %}
""")

    def __init__(self, name: str = "OpenStreetMap (online)", *, show: bool = False):
        super().__init__(name=name, overlay=False, control=True, show=show)
        self._name = "TileLayer"

    @property
    def url_json(self) -> str:
        return safe_json(self.URL)

    @property
    def options_json(self) -> str:
        return safe_json({"maxZoom": 19, "attribution": self.ATTRIBUTION})
