"""Entities by the names people use: English or Indonesian, any case, accents or spacing.

The index is plain strings, built from gathered :class:`graph.model.projection.Facts`, so
the store keeps it with a dataset's fast forms and a command loads it without any RDF.
"""

import difflib
import re
import unicodedata

from ..errors import AmbiguousNameError, UnknownNameError, WrongKindError


def normalise(name: str) -> str:
    """Fold a name for matching: no accents, no case, punctuation as spaces, single spaces.

    Examples
    --------
    >>> normalise("  Analis   DATA ")
    'analis data'
    >>> normalise("Desain interaksi manusia–AI")
    'desain interaksi manusia ai'
    >>> normalise("Évaluateur & Auditor")
    'evaluateur auditor'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


class NameIndex:
    """Entities by the names people use, in tiers, for :func:`resolve` and :func:`suggest`.

    A name resolves within the first tier that has it: (0) every name of a hand-edited
    entity, (1) imported preferred labels and codes, (2) imported alternative labels; a
    tie within that tier is ambiguous. So imported data never makes a curated name ambiguous.

    ``names`` maps a normalised name to its entities, packed as ``'<tier><iri>'`` lines;
    ``entities`` maps an IRI to ``'kind<TAB>English label<TAB>notation'``. Plain strings,
    so a dataset directory stores the index and a command loads it in milliseconds,
    without the RDF.
    """

    def __init__(self, names: dict[str, str], entities: dict[str, str]):
        self.names, self.entities = names, entities

    @classmethod
    def from_facts(cls, facts) -> "NameIndex":
        """Build the index from :class:`graph.model.projection.Facts`."""
        datasets = facts.datasets()
        names: dict[str, set] = {}
        entities = {}
        for subject in facts.subjects:
            kind = facts.kind(subject)
            if kind is None:
                continue
            prefs = facts.values(subject, "pref")
            by_lang = {v.lang: v.text for v in prefs}
            notation = [v.text for v in facts.values(subject, "notation")]
            text = by_lang.get("en") or subject.rsplit("/", 1)[-1]
            entities[subject] = f"{kind}\t{text}\t{min(notation, default='')}"
            imported = any(source in datasets for source in facts.values(subject, "source"))
            for value, tier in ([(v.text, 1) for v in prefs] + [(code, 1) for code in notation]
                                + [(v.text, 2) for v in facts.values(subject, "alt")]):
                names.setdefault(normalise(value), set()).add((subject, tier if imported else 0))
        return cls({key: "\n".join(f"{tier}{iri}" for iri, tier in sorted(found)) for key, found in sorted(names.items())},
                   dict(sorted(entities.items())))

    def _found(self, key: str) -> list[tuple[str, int]]:
        packed = self.names.get(key)
        return [(line[1:], int(line[0])) for line in packed.split("\n")] if packed else []

    def _entity(self, iri: str) -> list[str]:
        return self.entities[iri].split("\t")

    def kind(self, iri: str) -> str | None:
        return self._entity(str(iri))[0] if str(iri) in self.entities else None

    def describe(self, iri: str) -> str:
        """How an entity is named in messages: ``'Label (kind)'``, with its code when it has one."""
        kind, text, notation = self._entity(iri)
        return f"{text} ({kind}, {notation})" if notation else f"{text} ({kind})"

    def resolve(self, name: str, kind: str | None = None) -> str:
        """Return the IRI of the one entity named ``name`` (see :func:`resolve`)."""
        if name.startswith(("http://", "https://")) and name in self.entities:
            found = [(name, 0)]
        else:
            found = self._found(normalise(name))
        if not found:
            raise UnknownNameError(name, self.suggest(name, kind), kind or "entity")
        matching = [(iri, tier) for iri, tier in found if kind is None or self.kind(iri) == kind]
        if not matching:
            raise WrongKindError(name, self.kind(min(iri for iri, _ in found)), kind)
        best = min(tier for _, tier in matching)
        chosen = sorted({iri for iri, tier in matching if tier == best})
        if len(chosen) > 1:
            raise AmbiguousNameError(name, sorted(self.describe(i) for i in chosen))
        return chosen[0]

    def suggest(self, name: str, kind: str | None = None, n: int = 3) -> list[str]:
        """Return up to ``n`` labels close to ``name`` (of ``kind``, if given), best first."""
        keys = [k for k in self.names if kind is None or any(self.kind(i) == kind for i, _ in self._found(k))]
        close = difflib.get_close_matches(normalise(name), keys, n=n * 3, cutoff=0.6)
        labels: list[str] = []
        for key in close:
            for iri in sorted({i for i, _ in self._found(key)}):
                text = self._entity(iri)[1]
                if text not in labels and (kind is None or self.kind(iri) == kind):
                    labels.append(text)
        return labels[:n]
