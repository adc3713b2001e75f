"""cslbridge: bibliographies as people find them, turned into clean CSL-JSON items."""

from .api import check, read, read_string, write
from .formats import Format, get_format
from .items import Item, Problem, ReadResult, assign_ids, validate

__all__ = [
    "Format", "Item", "Problem", "ReadResult", "assign_ids", "check",
    "get_format", "read", "read_string", "validate", "write",
]
