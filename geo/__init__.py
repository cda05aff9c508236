"""The pipeline: documents in, toponyms found and resolved, events and claims out.

    import geo
    report = geo.parse("seeds/baghouz-2019-03-05.txt")
"""

from .model import Claim, Event, Report, Toponym
from .pipeline import Pipeline, parse, parse_many

__all__ = ["parse", "parse_many", "Pipeline", "Report", "Toponym", "Event", "Claim"]
