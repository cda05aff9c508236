"""Map-wide controls: the grouped layer control, the legend and the time slider."""

from __future__ import annotations

import html

from folium.map import Layer
from folium.template import Template

from .assets import safe_json
from .element import RawMacro
from .layers import _Overlay
from .palette import CONTESTED_COLOUR

__all__ = ["GroupedLayerControl", "Legend", "TimeSlider", "TitleBox"]


class GroupedLayerControl(RawMacro):
    """Leaflet's layer control with a heading per group, built from the map's layers at render time.

    folium's GroupedLayerControl loads leaflet.groupedlayercontrol from a CDN, which an offline
    page cannot; GeoNews.GroupedLayers is the same idea in a dozen lines. Add it after the layers.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
    var {{ this.get_name() }} = new GeoNews.GroupedLayers({}, {}, {collapsed: {{ this.collapsed|tojson }}});
    {%- for layer in this.bases() %}
    {{ this.get_name() }}.addBaseLayer({{ layer.get_name() }}, GeoNews.esc({{ this.name_json(layer) }}));
    {%- endfor %}
    {%- for layer in this.overlays() %}
    {{ this.get_name() }}.addOverlay({{ layer.get_name() }},
        GeoNews.label({{ this.name_json(layer) }}, {{ this.colour_json(layer) }}, {{ this.icon_json(layer) }}));
    {%- endfor %}
    {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
    GeoNews.control = {{ this.get_name() }};
{% endmacro %}
""")

    def __init__(self, *, collapsed: bool = False):
        super().__init__()
        self._name = "GroupedLayerControl"
        self.collapsed = collapsed

    def _layers(self) -> list[Layer]:
        return [c for c in self._parent._children.values() if isinstance(c, Layer) and c.control]

    def bases(self) -> list[Layer]:
        return [c for c in self._layers() if not c.overlay]

    def overlays(self) -> list[Layer]:
        return [c for c in self._layers() if c.overlay]

    @staticmethod
    def name_json(layer: Layer) -> str:
        return safe_json(layer.layer_name)

    @staticmethod
    def colour_json(layer: Layer) -> str:
        return safe_json(layer.colour if isinstance(layer, _Overlay) else None)

    @staticmethod
    def icon_json(layer: Layer) -> str:
        return safe_json(layer.icon if isinstance(layer, _Overlay) else None)


class Legend(RawMacro):
    """A categorical key: actor colours, contested hatching, event icons, place roles.

    Entries are (label, colour, icon or None) per section; labels are escaped here with
    html.escape, since actor names come from report text.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
    var {{ this.get_name() }} = L.control({position: "bottomright"});
    {{ this.get_name() }}.onAdd = function () {
        var div = L.DomUtil.create("div", "gn-legend");
        div.innerHTML = {{ this.html_json }};
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, sections: dict[str, list[tuple[str, str, str | None]]]):
        super().__init__()
        self._name = "Legend"
        self.sections = {k: v for k, v in sections.items() if v}

    @property
    def html(self) -> str:
        out = []
        for heading, entries in self.sections.items():
            out.append(f"<h5>{html.escape(heading)}</h5>")
            for label, colour, icon in entries:
                colour = html.escape(colour, quote=True)
                if icon == "hatch":
                    mark = '<span class="gn-swatch gn-hatch"></span>'
                elif icon == "dashed":
                    mark = f'<span class="gn-dot" style="border:2px dashed {colour}"></span>'
                elif icon == "dot":
                    mark = f'<span class="gn-dot" style="background:{colour}"></span>'
                elif icon:
                    mark = f'<i class="fa-solid fa-{html.escape(icon, quote=True)}" style="color:{colour}"></i>'
                else:
                    mark = f'<span class="gn-swatch" style="background:{colour}"></span>'
                out.append(f'<div class="gn-item">{mark} {html.escape(label)}</div>')
        return "".join(out)

    @property
    def html_json(self) -> str:
        return safe_json(self.html)


CONTESTED_ENTRY = ("Contested", CONTESTED_COLOUR, "hatch")


class TimeSlider(RawMacro):
    """From/to date slider; every layer registered with GeoNews.register is filtered by it.

    Features carry their first and last day (t0, t1); the page keeps a feature when its span
    meets the chosen range, and fades claims by their age at the range's end.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
    GeoNews.range = {min: {{ this.start }}, max: {{ this.end }}};
    var {{ this.get_name() }} = new GeoNews.TimeSlider().addTo({{ this._parent.get_name() }});
    GeoNews.slider = {{ this.get_name() }};
    GeoNews.restyle({{ this.end }});
{% endmacro %}
""")

    def __init__(self, start: int, end: int):
        super().__init__()
        self._name = "TimeSlider"
        self.start, self.end = int(start), int(end)


class TitleBox(RawMacro):
    """The map's title in a corner box; set as text, so a title cannot carry markup."""

    _template = Template("""
{% macro script(this, kwargs) %}
    var {{ this.get_name() }} = L.control({position: "topleft"});
    {{ this.get_name() }}.onAdd = function () {
        var div = L.DomUtil.create("div", "gn-titlebox");
        div.textContent = {{ this.title_json }};
        return div;
    };
    {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
""")

    def __init__(self, title: str):
        super().__init__()
        self._name = "TitleBox"
        self.title = title

    @property
    def title_json(self) -> str:
        return safe_json(self.title)
