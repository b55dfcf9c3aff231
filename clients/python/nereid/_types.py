"""How messages name the wire types of fields."""

from __future__ import annotations

TYPE_WORDS = {
    "float": "a float",
    "int": "an int",
    "bool": "a bool",
    "string": "a string",
    "datetime": "a datetime",
    "stringSet": "a string set",
    "floatSeries": "a float series",
    "stringSeries": "a string series",
    "file": "a file",
    "fileSet": "a file set",
    "fileSeries": "a file series",
    "artifact": "an artifact",
}
FIELD_WORDS = {
    "float": "a float field",
    "int": "an int field",
    "bool": "a bool field",
    "string": "a string field",
    "datetime": "a datetime field",
    "stringSet": "a string set",
    "floatSeries": "a float series",
    "stringSeries": "a string series",
    "file": "a file field",
    "fileSet": "a file set",
    "fileSeries": "a file series",
    "artifact": "an artifact",
}


def conflict_message(path: str, known: str, written: str) -> str:
    """The sentence of a type conflict: 'params/lr is a float field; a string cannot be written to it.'"""
    return "%s is %s; %s cannot be written to it." % (
        path, FIELD_WORDS.get(known, known), TYPE_WORDS.get(written, written)
    )
