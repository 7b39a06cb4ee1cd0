"""wirecoder: news articles in, event data out."""

from wirecoder.extract import ExtractOptions, extract
from wirecoder.model import SCHEMA, Actor, Article, Event, Extraction, Quote

__all__ = ["SCHEMA", "Actor", "Article", "Event", "ExtractOptions", "Extraction", "Quote", "extract"]
__version__ = "0.1.0"
