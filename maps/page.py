"""Page-level elements: the inlined assets and the table of cited reports."""

from __future__ import annotations

from folium.template import Template

from . import assets
from .element import RawMacro

__all__ = ["InlineAssets", "Sources"]


class InlineAssets(RawMacro):
    """Leaflet, MarkerCluster, Font Awesome and the GeoNews runtime, inlined into <head>.

    Replaces folium's CDN links (the map's default_js/default_css are emptied). jQuery and
    Bootstrap are not needed: nothing on the page uses them. The hidden SVG holds the hatch
    pattern that contested areas fill with (fill="url(#gn-hatch)").
    """

    _template = Template("""
{% macro header(this, kwargs) %}
<style>{{ this.css }}</style>
<script>{{ this.js }}</script>
{% endmacro %}
{% macro html(this, kwargs) %}
<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>
<pattern id="gn-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect width="8" height="8" fill="#ffffff" fill-opacity="0.35"/><rect width="3" height="8" fill="#444444"/>
</pattern></defs></svg>
{% endmacro %}
""")

    def __init__(self, icons: frozenset[str]):
        super().__init__()
        self._name = "InlineAssets"
        self.icons = icons

    @property
    def css(self) -> str:
        return "\n".join((assets.leaflet_css(), assets.markercluster_css(), assets.font_awesome_css(self.icons),
                          assets.geonews_css()))

    @property
    def js(self) -> str:
        return "\n".join((assets.leaflet_js(), assets.markercluster_js(), assets.geonews_js()))


class Sources(RawMacro):
    """The reports every popup cites, stored once and referred to by index."""

    _template = Template("""
{% macro script(this, kwargs) %}
    GeoNews.reports = {{ this.rows_json }};
    GeoNews.map = {{ this._parent.get_name() }};
    GeoNews.map.attributionControl.setPrefix("Leaflet");  // no outbound link in the corner
{% endmacro %}
""")

    def __init__(self, rows: list[dict]):
        super().__init__()
        self._name = "Sources"
        self.rows = rows

    @property
    def rows_json(self) -> str:
        return assets.safe_json(self.rows)
