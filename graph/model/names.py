"""Entities by the names people use: English or Indonesian, any case, accents or spacing.

The index is plain strings, built from gathered :class:`graph.model.projection.Facts`, so
the store keeps it with a dataset's fast forms and a command loads it without any RDF.
"""

import difflib
import re
import unicodedata
from dataclasses import dataclass

from ..errors import AmbiguousNameError, Phrase, UnknownNameError, WrongKindError
from .vocabulary import AIJ

#: Skills shown as something more precise than a skill, most specific class first.
_SKILL_CATEGORIES = ((AIJ.Technology, "technology"), (AIJ.Knowledge, "knowledge"), (AIJ.Trait, "trait"))


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


def category(kind: str | None, types) -> str | None:
    """What an entity of ``kind`` with class IRIs ``types`` is shown as: its kind, or for a skill
    'technology' or 'knowledge' when it is one.

    Examples
    --------
    >>> category("skill", {str(AIJ.Knowledge)}), category("skill", {str(AIJ.TechnicalSkill)})
    ('knowledge', 'skill')
    >>> category("role", {str(AIJ.Role)})
    'role'
    """
    if kind == "skill":
        for cls, word in _SKILL_CATEGORIES:
            if cls in types:
                return word
    return kind


@dataclass(frozen=True)
class Match:
    """One entity found by :meth:`NameIndex.search`.

    Attributes
    ----------
    iri, kind, category : str
        The entity, its kind ('role', 'skill', ...) and what it is shown as (:func:`category`).
    labels : dict
        Its preferred labels, ``{'en': ..., 'id': ...}`` ('' where it has none).
    code : str
        Its notation (an O*NET or ESCO code), or ''.
    name : str
        The name that matched, normalised (as :func:`normalise`).
    """

    iri: str
    kind: str
    category: str
    labels: dict
    code: str
    name: str


class NameIndex:
    """Entities by the names people use, in tiers, for :func:`resolve` and :func:`suggest`.

    A name resolves within the first tier that has it: (0) every name of a hand-edited
    entity, (1) imported preferred labels and codes, (2) imported alternative labels; a
    tie within that tier is ambiguous. So imported data never makes a curated name ambiguous.

    ``names`` maps a normalised name to its entities, packed as ``'<tier><iri>'`` lines;
    ``entities`` maps an IRI to ``'kind<TAB>category<TAB>English label<TAB>Indonesian label<TAB>notation'``
    (the English label falls back to the IRI's last segment). Plain strings,
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
            by_lang = {v.lang: " ".join(v.text.split()) for v in prefs}
            notation = [v.text for v in facts.values(subject, "notation")]
            text = by_lang.get("en") or subject.rsplit("/", 1)[-1]
            entities[subject] = "\t".join((kind, category(kind, facts.types(subject)), text, by_lang.get("id", ""),
                                            min(notation, default="")))
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

    def described(self, iri: str) -> Phrase:
        """How an entity is named in messages: its labels by language, its category, and its code if it has one."""
        _, sort, text, text_id, notation = self._entity(iri)
        label = {"en": text, "id": text_id or text}
        return Phrase("candidate_coded", label=label, kind=sort, code=notation) if notation else \
            Phrase("candidate", label=label, kind=sort)

    def match(self, iri: str, name: str = "") -> Match:
        """The :class:`Match` of an indexed entity (``name``: the name it was found by)."""
        kind, sort, text, text_id, notation = self._entity(iri)
        return Match(iri, kind, sort, {"en": text, "id": text_id}, notation, name)

    def namesakes(self, name: str, iri: str) -> list[Match]:
        """The other entities called ``name`` (normalised), which a lookup of ``name`` did not choose.

        A name of a hand-edited entity wins over the same name in imported data (see
        :class:`NameIndex`); these are the entities it hides, sorted by IRI.
        """
        return [self.match(other, name) for other in sorted({i for i, _ in self._found(normalise(name))} - {str(iri)})]

    def search(self, text: str, kind: str | None = None) -> list[Match]:
        """Every entity with a name containing ``text`` (normalised, so in any case, accents or spacing), best first.

        A name equal to ``text`` ranks first, then names starting with it, then names with a
        word starting with it, then any other name containing it; within each, hand-edited
        entities before imported ones, preferred labels before alternative ones, shorter
        names first, then by IRI. Each entity appears once, by its best name.

        Examples
        --------
        >>> from graph.store.turtle import load_graph
        >>> from graph.store.names import name_index
        >>> found = name_index(load_graph()).search("analis")
        >>> [(m.labels["id"], m.name) for m in found[:2]]
        [('Analisis data', 'analisis'), ('Analis Data', 'analis data')]
        >>> {m.kind for m in name_index(load_graph()).search("analis", kind="role")}
        {'role'}
        """
        wanted = normalise(text)
        if not wanted:
            return []
        best: dict[str, tuple] = {}
        for key, packed in self.names.items():
            if wanted not in key:
                continue
            rank = 0 if key == wanted else 1 if key.startswith(wanted) else 2 if f" {wanted}" in f" {key}" else 3
            for iri, tier in ((line[1:], int(line[0])) for line in packed.split("\n")):
                score = (rank, tier, len(key), key)
                if (kind is None or self.kind(iri) == kind) and (iri not in best or score < best[iri]):
                    best[iri] = score
        return [self.match(iri, score[3]) for iri, score in sorted(best.items(), key=lambda item: (item[1], item[0]))]

    def resolve(self, name: str, kind: str | None = None) -> str:
        """Return the IRI of the one entity named ``name`` (see :func:`resolve`)."""
        if name.startswith(("http://", "https://")) and name in self.entities:
            found = [(name, 0)]
        else:
            found = self._found(normalise(name))
        if not found:
            raise UnknownNameError(name, self.suggest_labels(name, kind), kind or "entity")
        matching = [(iri, tier) for iri, tier in found if kind is None or self.kind(iri) == kind]
        if not matching:
            raise WrongKindError(name, self.kind(min(iri for iri, _ in found)), kind)
        best = min(tier for _, tier in matching)
        chosen = sorted({iri for iri, tier in matching if tier == best})
        if len(chosen) > 1:
            by_name = sorted(chosen, key=lambda i: (self._entity(i)[2], self._entity(i)[1], self._entity(i)[4]))
            raise AmbiguousNameError(name, [self.described(i) for i in by_name],
                                     coded=all(self._entity(i)[4] for i in chosen))
        return chosen[0]

    def suggest(self, name: str, kind: str | None = None, n: int = 3) -> list[str]:
        """Return up to ``n`` labels close to ``name`` (of ``kind``, if given), best first."""
        return [labels["en"] for labels in self.suggest_labels(name, kind, n)]

    def suggest_labels(self, name: str, kind: str | None = None, n: int = 3) -> list[dict]:
        """As :meth:`suggest`, each suggestion with its labels by language (``{"en": ..., "id": ...}``).

        An entity without an Indonesian label is suggested by its English one in both.
        """
        keys = [k for k in self.names if kind is None or any(self.kind(i) == kind for i, _ in self._found(k))]
        close = difflib.get_close_matches(normalise(name), keys, n=n * 3, cutoff=0.6)
        labels: list[dict] = []
        for key in close:
            for iri in sorted({i for i, _ in self._found(key)}):
                _, _, text, text_id, _ = self._entity(iri)
                if text not in [found["en"] for found in labels] and (kind is None or self.kind(iri) == kind):
                    labels.append({"en": text, "id": text_id or text})
        return labels[:n]
