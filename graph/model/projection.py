"""Project the RDF graph into NetworkX: a pure function of the RDF, frozen so nobody mutates it.

The projection reads statements grouped by subject, so the same code serves an rdflib
graph (:func:`project`) and a stream of parsed N-Triples from a dataset directory
(:func:`project_statements`), and never holds more than the few facts it keeps.
"""

import math
import re
from collections import namedtuple
from itertools import groupby

import networkx as nx

from ..errors import BadValueError, DataError
from .vocabulary import AIJ, DCTERMS, KINDS, RDF, SCHEMA, SKOS

#: A literal as the projection sees it: its lexical form and language tag (or None).
Lit = namedtuple("Lit", "text lang")
#: Graph attributes the model derives from a projection and keeps on it once computed (a projection is
#: frozen, so they never go stale); they are not part of the projection's data.
DERIVED = ("move_table", "held_levels", "skill_relations")
#: A role's RIASEC interest scores, as the properties that hold them (``interests`` keeps this order).
INTERESTS = ("realisticInterest", "investigativeInterest", "artisticInterest", "socialInterest",
             "enterprisingInterest", "conventionalInterest")
#: How strongly two aligned roles match, as the predicate that links them.
ALIGNMENTS = (str(SKOS.exactMatch), str(SKOS.closeMatch))

_SKILL_CLASSES = {str(c) for c in (AIJ.Skill, AIJ.TechnicalSkill, AIJ.NonTechnicalSkill, AIJ.Knowledge, AIJ.Technology,
                                     AIJ.Trait)}
_TECHNOLOGY = str(AIJ.Technology)
_KIND_CLASSES = [(word, str(cls)) for word, cls in KINDS.items()]
_P = {name: str(term) for name, term in {
    "type": RDF.type, "pref": SKOS.prefLabel, "alt": SKOS.altLabel, "notation": SKOS.notation,
    "broader": SKOS.broader, "source": DCTERMS.source, "effort": AIJ.effortHours, "level_value": AIJ.levelValue,
    "effort_factor": AIJ.effortFactor, "sector": AIJ.inSector, "concern": AIJ.addressesConcern,
    "family": AIJ.inFamily, "prerequisite": AIJ.prerequisite, "of_role": AIJ.ofRole,
    "requires": AIJ.requiresSkill, "level": AIJ.level, "essential": AIJ.essential,
    "preparation": AIJ.preparationLevel, "performs": AIJ.performsTask, "involves": AIJ.involvesActivity,
    "core": AIJ.coreTask, "importance": AIJ.importance, "education": AIJ.educationLevel,
    **{name: getattr(AIJ, name) for name in INTERESTS}}.items()}
_KEPT = set(_P.values()) | set(ALIGNMENTS)
#: The predicates :class:`Facts` reads: a reader may leave every other statement out.
PREDICATES = tuple(sorted(_KEPT))
#: A skill requirement: its class, then the predicates of its role, skill, level, essential flag and
#: importance, whose values :meth:`Facts.add_requirement` takes (nothing else uses these predicates).
REQUIREMENT = tuple(str(t) for t in (AIJ.SkillRequirement, AIJ.ofRole, AIJ.requiresSkill, AIJ.level, AIJ.essential,
                                     AIJ.importance))
_INTEGER = re.compile(r"[+-]?[0-9]+")
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
_REQUIREMENT, _ROLE, _LEVEL, _DATASET = (str(AIJ.SkillRequirement), str(AIJ.Role), str(AIJ.ProficiencyLevel),
                                         str(SCHEMA.Dataset))
_KNOWLEDGE, _ACTIVITY, _TRAIT = str(AIJ.Knowledge), str(AIJ.WorkActivity), str(AIJ.Trait)


def kind_word(types) -> str | None:
    """The CLI word ('role', 'skill', ...) for a set of class IRIs, as :func:`graph.store.names.kind_of`."""
    if types & _SKILL_CLASSES:
        return "skill"
    for word, cls in _KIND_CLASSES:
        if cls in types:
            return word
    return None


def _text_in(values, lang: str) -> str:
    by_lang = {v.lang: v.text for v in values}
    return by_lang.get(lang) or by_lang.get("en") or ""


class Facts:
    """What the projection and the name index need from a graph, gathered subject by subject.

    ``subjects`` maps an IRI to ``{predicate: [objects]}`` (IRIs as ``str``, literals as
    :class:`Lit`), for the predicates the projection reads; requirements are reduced to
    ``(role, skill, level, essential)`` tuples as they stream by.
    """

    def __init__(self):
        self.subjects: dict[str, dict[str, list]] = {}
        self.requirements: list[tuple[str, str, int, bool]] = []
        self.importance: dict[tuple[str, str], float] = {}  # (role, skill) -> rated importance, when the data has one
        #: The first requirement seen at each level, to name one that is off the scale.
        self.level_examples: dict[int, str] = {}
        self._strings: dict[str, str] = {}

    def add(self, subject: str, statements) -> None:
        """Add the ``(predicate, object)`` statements of one subject."""
        record = self.subjects.get(subject)
        fresh = record is None
        record = {} if fresh else record
        for predicate, obj in statements:
            if predicate in _KEPT:
                record.setdefault(predicate, []).append(self._strings.setdefault(obj, obj) if type(obj) is str else obj)
        if _REQUIREMENT in record.get(_P["type"], ()) and all(_P[k] in record for k in
                                                               ("of_role", "requires", "level", "essential")):
            rated = record.get(_P["importance"])
            self.add_requirement(subject, record[_P["of_role"]][0], record[_P["requires"]][0],
                                 record[_P["level"]][0].text, record[_P["essential"]][0].text,
                                 rated[0].text if rated else None)
            if not fresh:
                del self.subjects[subject]
        elif record:
            self.subjects[subject] = record

    def add_requirement(self, subject: str, role: str, skill: str, level: str, essential: str,
                        importance: str | None = None) -> None:
        """Add one skill requirement, given the lexical forms of its values; ``subject`` names it in errors.

        Examples
        --------
        >>> facts = Facts()
        >>> facts.add_requirement("req:1", "role:a", "skill:b", "3", "true", "4.5")
        >>> facts.requirements, facts.importance
        ([('role:a', 'skill:b', 3, True)], {('role:a', 'skill:b'): 4.5})
        """
        level_value = whole_number(subject, _P["level"], level)
        self.level_examples.setdefault(level_value, subject)
        role, skill = (self._strings.setdefault(iri, iri) for iri in (role, skill))
        self.requirements.append((role, skill, level_value, truth(subject, _P["essential"], essential)))
        if importance is not None:
            self.importance[role, skill] = float(importance)

    def values(self, subject: str, key: str) -> list:
        return self.subjects.get(subject, {}).get(_P.get(key, key), [])

    def types(self, subject: str) -> set:
        return set(self.values(subject, "type"))

    def kind(self, subject: str) -> str | None:
        return kind_word(self.types(subject))

    def datasets(self) -> set[str]:
        """The imported datasets (subjects typed ``schema:Dataset``)."""
        return {s for s, record in self.subjects.items() if _DATASET in record.get(_P["type"], ())}


def whole_number(subject: str, predicate: str, text: str) -> int:
    """The integer written as ``text`` (``'3'``, ``'+3'``) in a statement of ``subject``.

    Raises
    ------
    BadValueError
        ``text`` is not an integer.

    Examples
    --------
    >>> whole_number("req:x", str(AIJ.level), "3")
    3
    >>> whole_number("req:x", str(AIJ.level), "2.5")
    Traceback (most recent call last):
    ...
    graph.errors.BadValueError: bad_value(subject='req:x', name='level', value='2.5', problem=Phrase('not_whole'))
    """
    if not _INTEGER.fullmatch(text):
        raise BadValueError(subject, predicate, text, "not_whole")
    return int(text)


def positive_number(subject: str, predicate: str, text: str) -> float:
    """The finite number above zero written as ``text`` in a statement of ``subject``.

    Raises
    ------
    BadValueError
        ``text`` is not a number, or is NaN, infinite, zero or negative.

    Examples
    --------
    >>> positive_number("skill:x", str(AIJ.effortHours), "40")
    40.0
    >>> positive_number("skill:x", str(AIJ.effortHours), "NaN")
    Traceback (most recent call last):
    ...
    graph.errors.BadValueError: bad_value(subject='skill:x', name='effortHours', value='NaN', problem=Phrase('not_finite'))
    """
    try:
        value = float(text)
    except ValueError:
        raise BadValueError(subject, predicate, text, "not_number") from None
    if not math.isfinite(value):
        raise BadValueError(subject, predicate, text, "not_finite")
    if value <= 0:
        raise BadValueError(subject, predicate, text, "not_positive")
    return value


def truth(subject: str, predicate: str, text: str) -> bool:
    """``true``/``1`` or ``false``/``0`` (a statement of ``subject``) as a bool; else :class:`BadValueError`."""
    if text not in _BOOLEANS:
        raise BadValueError(subject, predicate, text, "not_boolean")
    return _BOOLEANS[text]


def facts_from_graph(graph) -> Facts:
    """Gather :class:`Facts` from an rdflib graph."""
    from rdflib import BNode, Literal  # only callers that hold an rdflib graph pay for importing rdflib

    def term(node):
        if isinstance(node, Literal):
            return Lit(str(node), node.language)
        return f"_:{node}" if isinstance(node, BNode) else str(node)

    facts = Facts()
    triples = sorted(graph, key=lambda t: t[0])
    for subject, group in groupby(triples, key=lambda t: t[0]):
        facts.add(term(subject), [(str(p), term(o)) for _, p, o in group])
    return facts


def project(graph) -> nx.DiGraph:
    """Return the role–skill view of ``graph`` as a frozen ``networkx.DiGraph``.

    Nodes are IRIs (strings). Role nodes carry ``kind='role'``, ``label_en``, ``label_id``,
    ``sectors`` (their sectors and every broader one), ``concerns`` and ``families`` (and, for
    imported roles, ``source``, the dataset they come from, and ``preparation_level`` when
    the data gives one). What relatedness reads is there when the data gives it:
    ``notation`` (the occupation code), ``titles`` (English alternative labels),
    ``activities`` (``(work activity, core tasks, other tasks)``: how many of the role's core
    tasks, or tasks of no stated type, and supplemental tasks involve each activity),
    ``interests`` (the six RIASEC scores, in :data:`INTERESTS` order) and
    ``education_level``. Skill nodes carry ``kind='skill'``, the
    labels and ``effort_hours`` (and ``source`` for an imported skill, ``technology=True`` for an ``aij:Technology``,
    ``knowledge=True`` for an ``aij:Knowledge``). Edges are ``role -> skill`` with ``relation='requires'``,
    ``level`` and ``essential`` (and ``importance``, when the data rates it); ``skill -> prerequisite skill`` with ``relation='prerequisite'``;
    and, between two roles that the data aligns with ``skos:exactMatch`` or
    ``skos:closeMatch`` (in either direction), ``role -> role`` with ``relation`` the
    predicate's name ('exactMatch' or 'closeMatch'); between two skills of different
    taxonomies that the data matches the same way (the curated skill matches),
    ``skill -> skill`` with ``relation='matches'``, both ways, for every pair of a group of
    matched skills (:func:`skill_groups`). The graph attribute ``effort_factor``
    maps each proficiency level to its effort factor, ``labels`` maps each sector,
    concern and family IRI to ``{'en': ..., 'id': ...}``, and ``activities`` maps each work
    activity IRI to ``(English label, broader activity or None)``.

    The result is frozen (:func:`networkx.freeze`): renderers and algorithms only read it.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> G = project(load_graph())
    >>> G.nodes["https://w3id.org/aijobs/role/data-analyst"]["label_id"]
    'Analis Data'
    >>> G.graph["effort_factor"]
    {1: 1, 2: 2, 3: 6, 4: 15}
    >>> nx.is_frozen(G)
    True
    """
    try:
        return project_facts(facts_from_graph(graph))
    except (TypeError, ValueError, KeyError, IndexError) as err:  # a value missing or of the wrong type
        raise DataError("cannot_project", error=f"{type(err).__name__}: {err}") from err


def project_facts(facts: Facts) -> nx.DiGraph:
    """Return the projection (as :func:`project`) of gathered :class:`Facts`."""
    G = nx.DiGraph()
    subjects = facts.subjects
    levels = sorted(s for s, r in subjects.items() if _LEVEL in r.get(_P["type"], ()))
    G.graph["effort_factor"] = scale = {}
    for level in levels:
        factor = facts.values(level, "effort_factor")[0].text
        if whole_number(level, _P["effort_factor"], factor) < 1:
            raise BadValueError(level, _P["effort_factor"], factor, "not_positive_whole")
        scale[whole_number(level, _P["level_value"], facts.values(level, "level_value")[0].text)] = int(factor)
    skills = sorted(s for s, r in subjects.items()
                    if facts.kind(s) == "skill" and (_P["effort"] in r or _TRAIT in facts.types(s)))
    datasets = facts.datasets()
    for skill in skills:
        types = facts.types(skill)
        extra = {"technology": True} if _TECHNOLOGY in types else {"knowledge": True} if _KNOWLEDGE in types else {}
        if _TRAIT in types:  # not learned by study: reported where it is missing, never priced
            hours, extra = 0.0, {"trait": True}
        else:
            hours = positive_number(skill, _P["effort"], facts.values(skill, "effort")[0].text)
        imported = sorted(set(facts.values(skill, "source")) & datasets)
        if imported:
            extra["source"] = imported[0]
        G.add_node(skill, kind="skill", effort_hours=hours, **_labels(facts, skill), **extra)
    broader: dict[str, set] = {}
    role_list = sorted(s for s, r in subjects.items() if _ROLE in r.get(_P["type"], ()))
    for role in role_list:
        sectors = set()
        for sector in facts.values(role, "sector"):
            sectors |= broader.setdefault(sector, _broader(facts, sector))
        extra = {}
        if facts.values(role, "preparation"):
            extra["preparation_level"] = whole_number(role, _P["preparation"], facts.values(role, "preparation")[0].text)
        extra.update(_descriptors(facts, role))
        imported = sorted(set(facts.values(role, "source")) & datasets)
        if imported:
            extra["source"] = imported[0]
        G.add_node(role, kind="role", sectors=tuple(sorted(sectors)),
                   concerns=tuple(sorted(facts.values(role, "concern"))),
                   families=tuple(sorted(facts.values(role, "family"))), **_labels(facts, role), **extra)
    linked = {iri for _, data in G.nodes(data=True) if data["kind"] == "role"
              for key in ("sectors", "concerns", "families") for iri in data[key]}
    G.graph["activities"] = {iri: (_text_in(facts.values(iri, "pref"), "en"), min(facts.values(iri, "broader"), default=None))
                             for iri, record in sorted(subjects.items()) if _ACTIVITY in record.get(_P["type"], ())}
    G.graph["labels"] = {iri: {lang: _text_in(facts.values(iri, "pref"), lang) for lang in ("en", "id")}
                         for iri in sorted(linked)}
    off_scale = sorted(set(facts.level_examples) - set(scale))
    if off_scale:
        raise BadValueError(facts.level_examples[off_scale[0]], _P["level"], str(off_scale[0]),
                            "off_scale", scale=sorted(scale))
    for role, skill, level, essential in sorted(facts.requirements):
        rated = facts.importance.get((role, skill))
        G.add_edge(role, skill, relation="requires", level=level, essential=essential,
                   **({} if rated is None else {"importance": rated}))
    for skill in skills:
        for prerequisite in sorted(facts.values(skill, "prerequisite")):
            G.add_edge(skill, prerequisite, relation="prerequisite")
    for group in skill_groups(facts, skills):
        G.add_edges_from(((a, b) for a in group for b in group if a != b), relation="matches")
    role_set = set(role_list)
    aligned = {}
    for role in role_list:
        for predicate in ALIGNMENTS:
            for other in facts.values(role, predicate):
                if other in role_set and other != role:
                    name = predicate.rsplit("#", 1)[-1]
                    for pair in ((role, other), (other, role)):  # SKOS matches are symmetric; exact wins
                        if aligned.get(pair) != "exactMatch":
                            aligned[pair] = name
    for (a, b), name in sorted(aligned.items()):
        G.add_edge(a, b, relation=name)
    _check(G)
    return nx.freeze(G)


def skill_groups(facts: Facts, skills: list[str]) -> list[tuple[str, ...]]:
    """Group the skills that the data matches (``skos:exactMatch``/``closeMatch``), transitively.

    A group holds at most one skill of each taxonomy (the curated graph, or an imported
    dataset), so matches never merge two skills of one vocabulary; a group that would is
    refused, naming both skills. Matches to skills that are not in the data are ignored.
    """
    present = set(skills)
    parent = {s: s for s in skills}

    def root(s):
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for skill in skills:
        for predicate in ALIGNMENTS:
            for other in facts.values(skill, predicate):
                if other in present and other != skill:
                    a, b = sorted((root(skill), root(other)))
                    parent[b] = a
    groups: dict[str, list[str]] = {}
    for skill in skills:
        groups.setdefault(root(skill), []).append(skill)
    datasets = facts.datasets()
    found = []
    for members in groups.values():
        if len(members) < 2:
            continue
        seen: dict = {}
        for skill in sorted(members):
            taxonomy = min(set(facts.values(skill, "source")) & datasets, default=None)
            if taxonomy in seen:
                raise DataError("matches_within_taxonomy", first=seen[taxonomy], second=skill)
            seen[taxonomy] = skill
        found.append(tuple(sorted(members)))
    return sorted(found)


def _check(G: nx.DiGraph) -> None:
    """Refuse what the path algorithms cannot work with, naming the resource."""
    if not any(kind == "role" for _, kind in G.nodes(data="kind")):
        raise DataError("no_roles")
    for node, kind in sorted(G.nodes(data="kind")):
        if kind is None and any(r == "requires" for _, _, r in G.out_edges(node, data="relation")):
            raise DataError("requirements_without_role", node=node)
        if kind is None:
            raise DataError("required_without_effort", node=node)
    for role, skill, relation in sorted(G.edges(data="relation")):
        if relation == "requires":
            twin = min((m for m, r in G.succ[skill].items() if r["relation"] == "matches" and G.has_edge(role, m)),
                       default=None)
            if twin is not None:
                raise DataError("requires_matched_twins", role=role, skill=skill, twin=twin)
    prerequisites = G.edge_subgraph((u, v) for u, v, r in G.edges(data="relation") if r == "prerequisite")
    try:
        cycle = nx.find_cycle(prerequisites)
    except nx.NetworkXNoCycle:
        return
    chain = [u for u, _ in cycle] + [cycle[0][0]]
    raise DataError("prerequisite_cycle", cycle=[{lang: G.nodes[u][f"label_{lang}"] or G.nodes[u]["label_en"] or u
                                                  for lang in ("en", "id")} for u in chain])


def _descriptors(facts: Facts, role: str) -> dict:
    """What relatedness reads about a role besides its skills: code, titles, tasks' activities, interests, education."""
    found = {}
    codes = sorted(v.text for v in facts.values(role, "notation"))
    if codes:
        found["notation"] = codes[0]
    titles = sorted({v.text for v in facts.values(role, "alt") if v.lang in (None, "en")})
    if titles:
        found["titles"] = tuple(titles)
    activities: dict[str, list[int]] = {}
    for task in sorted(set(facts.values(role, "performs"))):
        core = [v.text in ("true", "1") for v in facts.values(task, "core")]
        for activity in sorted(set(facts.values(task, "involves"))):
            activities.setdefault(activity, [0, 0])[0 if not core or core[0] else 1] += 1
    if activities:
        found["activities"] = tuple((a, core, other) for a, (core, other) in sorted(activities.items()))
    interests = [facts.values(role, name) for name in INTERESTS]
    if all(interests):
        found["interests"] = tuple(float(v[0].text) for v in interests)
    if facts.values(role, "education"):
        found["education_level"] = float(facts.values(role, "education")[0].text)
    return found


def _labels(facts: Facts, iri: str) -> dict:
    values = facts.values(iri, "pref")
    return {"label_en": _text_in(values, "en"), "label_id": _text_in(values, "id")}


def _broader(facts: Facts, sector: str) -> set:
    """``sector`` and every sector above it."""
    found, todo = set(), [sector]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(facts.values(current, "broader"))
    return found


def roles(G: nx.DiGraph) -> list[str]:
    """Return the role nodes of a projection, sorted.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> len(roles(project(load_graph())))
    26
    """
    return sorted(n for n, kind in G.nodes(data="kind") if kind == "role")


def profile(G: nx.DiGraph, role: str, *, essential_only: bool = False) -> dict[str, int]:
    """Return ``{skill: level}`` for the skills ``role`` requires (only essential ones if asked)."""
    return {
        skill: data["level"]
        for skill, data in G.succ[role].items()
        if data["relation"] == "requires" and (data["essential"] or not essential_only)
    }
