"""Collect imported statements as N-Triples and write them in one canonical, sorted form."""

import hashlib
import re
import unicodedata

from rdflib.namespace import RDF, XSD

_TYPE = str(RDF.type)
_INTEGER, _BOOLEAN, _DECIMAL = str(XSD.integer), str(XSD.boolean), str(XSD.decimal)
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def slug(text: str) -> str:
    """Return a readable IRI segment for ``text``: lower case ASCII words joined by hyphens.

    Examples
    --------
    >>> slug("C++"), slug("C#"), slug("Microsoft Excel"), slug("Analyse données")
    ('c-plus-plus', 'c-sharp', 'microsoft-excel', 'analyse-donnees')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for symbol, word in (("+", " plus "), ("#", " sharp "), ("&", " and "), ("@", " at ")):
        text = text.replace(symbol, word)
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "x"


def unique_slugs(names) -> dict[str, str]:
    """Map each name to a slug; names whose slugs collide get a short hash of the exact name appended.

    Examples
    --------
    >>> unique_slugs(["R", "r", "Python"])["Python"]
    'python'
    >>> len(set(unique_slugs(["R", "r"]).values()))
    2
    """
    groups: dict[str, list[str]] = {}
    for name in sorted(set(names)):
        groups.setdefault(slug(name), []).append(name)
    found = {}
    for key, members in groups.items():
        for name in members:
            found[name] = key if len(members) == 1 else f"{key}-{hashlib.sha1(name.encode()).hexdigest()[:6]}"
    return found


class Triples:
    """A set of N-Triples statements; :meth:`to_bytes` gives them sorted, one per line.

    Examples
    --------
    >>> t = Triples()
    >>> t.text("https://example.org/a", "http://www.w3.org/2004/02/skos/core#prefLabel", 'say "hi"', "en")
    >>> t.integer("https://example.org/a", "https://example.org/n", 3)
    >>> print(t.to_bytes().decode(), end="")
    <https://example.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "say \\"hi\\""@en .
    <https://example.org/a> <https://example.org/n> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .
    """

    def __init__(self):
        self._lines: set[bytes] = set()  # UTF-8 sorts like code points, and takes half the memory

    def __len__(self) -> int:
        return len(self._lines)

    def iri(self, subject: str, predicate: str, obj: str) -> None:
        self._lines.add(f"<{subject}> <{predicate}> <{obj}> .".encode())

    def type(self, subject: str, cls: str) -> None:
        self._lines.add(f"<{subject}> <{_TYPE}> <{cls}> .".encode())

    def text(self, subject: str, predicate: str, value: str, lang: str | None = None) -> None:
        literal = '"' + value.translate(_ESCAPES) + '"'
        self._lines.add(f"<{subject}> <{predicate}> {literal}{'@' + lang if lang else ''} .".encode())

    def _typed(self, subject: str, predicate: str, lexical: str, datatype) -> None:
        self._lines.add(f'<{subject}> <{predicate}> "{lexical}"^^<{datatype}> .'.encode())

    def integer(self, subject: str, predicate: str, value: int) -> None:
        self._typed(subject, predicate, str(int(value)), _INTEGER)

    def boolean(self, subject: str, predicate: str, value: bool) -> None:
        self._typed(subject, predicate, "true" if value else "false", _BOOLEAN)

    def decimal(self, subject: str, predicate: str, value: float) -> None:
        """Add an ``xsd:decimal`` rounded to four places (``3.25``, ``4.0``)."""
        lexical = f"{value:.4f}".rstrip("0")
        self._typed(subject, predicate, lexical + "0" if lexical.endswith(".") else lexical, _DECIMAL)

    def to_bytes(self) -> bytes:
        """All statements, sorted, as UTF-8 N-Triples (the same bytes for the same statements)."""
        if not self._lines:
            return b""
        lines = sorted(self._lines)
        self._lines = set()
        return b"\n".join(lines) + b"\n"
