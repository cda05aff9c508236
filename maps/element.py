"""`RawMacro`: a MacroElement whose rendered macros are used as they are.

branca's MacroElement.render wraps each rendered macro in `Element(text)`, which compiles that
text as a new Jinja template. With report text inside, that is a template injection: an article
containing "{{ 7*7 }}" prints 49, and Jinja expressions can reach Python objects. It is also slow,
since 50 MB of GeoJSON is tokenised again. Every element in this package renders through here.
"""

from __future__ import annotations

from branca.element import Element, Figure, MacroElement

from gazetteer.errors import GeoError

__all__ = ["RawMacro", "RawText"]


class RawText(Element):
    """Text that is already HTML/JS; rendering it returns it unchanged."""

    def __init__(self, text: str):
        super().__init__()
        self._name = "RawText"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class RawMacro(MacroElement):
    """Put before MacroElement in the MRO (`class X(FeatureGroup, RawMacro)`) to replace its render."""

    def render(self, **kwargs):
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise GeoError(f"{self.get_name()} is not in a Figure; expected it added to a folium.Map first")
        module = self._template.module
        for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = module.__dict__.get(part)
            if macro is not None:
                target.add_child(RawText(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
