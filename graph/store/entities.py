"""Plain-data descriptions of entities for ``show`` and ``list``, in both languages at once.

Nothing here chooses a language: every name and definition comes as ``{'en': ..., 'id': ...}``
('' where the data has none), and the views pick one.
"""

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, SKOS

from .rdf import AIJ, KINDS
from .names import category_of, kind_of, resolve

LANGUAGES = ("en", "id")
#: Outgoing links shown for an entity: (predicate, key).
_LINKS = (
    (AIJ.inSector, "sectors"),
    (AIJ.inFamily, "families"),
    (AIJ.addressesConcern, "concerns"),
    (AIJ.hasUseCase, "use_cases"),
    (AIJ.trainingRoute, "training_routes"),
    (AIJ.growthOutlook, "growth_outlook"),
    (AIJ.prerequisite, "prerequisites"),
    (SKOS.broader, "broader"),
)
#: Incoming links, keyed by the kind of the linking entity.
_BACKLINKS = (AIJ.inSector, AIJ.inFamily, AIJ.addressesConcern, AIJ.hasUseCase, AIJ.trainingRoute, SKOS.broader)


def texts(graph: Graph, iri, prop=SKOS.prefLabel) -> dict[str, str]:
    """Return the ``prop`` literals of ``iri`` as ``{'en': ..., 'id': ...}``, '' where there is none.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> texts(load_graph(), URIRef("https://w3id.org/aijobs/role/data-analyst"))
    {'en': 'Data Analyst', 'id': 'Analis Data'}
    """
    values = {v.language: str(v) for v in graph.objects(iri, prop)}
    return {code: values.get(code, "") for code in LANGUAGES}


def reference(graph: Graph, iri) -> dict:
    """An entity as another one mentions it: ``{'iri', 'labels'}``."""
    return {"iri": str(iri), "labels": texts(graph, iri)}


def _references(graph: Graph, iris) -> list[dict]:
    return [reference(graph, i) for i in sorted(set(iris))]


def requirements(graph: Graph, role: URIRef) -> list[dict]:
    """Return the skill requirements of ``role``: essential first, then higher level, then IRI.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> g = load_graph()
    >>> reqs = requirements(g, resolve(g, "Data Analyst", kind="role"))
    >>> reqs[0]["essential"], reqs[-1]["essential"]
    (True, False)
    """
    rows = []
    for req in graph.subjects(AIJ.ofRole, role):
        rows.append({
            "skill": graph.value(req, AIJ.requiresSkill),
            "level": int(graph.value(req, AIJ.level)),
            "essential": bool(graph.value(req, AIJ.essential).toPython()),
            "curated": graph.value(req, AIJ.evidence) is None and graph.value(role, DCTERMS.source) is None,
            "note": str(graph.value(req, AIJ.curationNote) or ""),
        })
    return sorted(rows, key=lambda r: (not r["essential"], -r["level"], str(r["skill"])))


def evidence(graph: Graph, iri: URIRef) -> list[dict]:
    """Return the quotes supporting ``iri`` as ``{'source': reference, 'quote'}``, sorted by source IRI and quote."""
    rows = [{"source": reference(graph, graph.value(ev, DCTERMS.source)), "quote": str(graph.value(ev, AIJ.quote))}
            for ev in graph.objects(iri, AIJ.evidence)]
    return sorted(rows, key=lambda r: (r["source"]["iri"], r["quote"]))


def describe(graph: Graph, iri: URIRef) -> dict:
    """Return everything the graph says about one entity, as plain data with a fixed key order.

    Parameters
    ----------
    graph : rdflib.Graph
    iri : str or rdflib.URIRef
        The entity, as returned by :func:`graph.store.names.resolve`.

    Returns
    -------
    dict
        ``iri``, ``kind`` ('role', 'skill', ...), ``category`` (the kind, or for a skill
        'knowledge' or 'technology'), ``labels`` and ``definitions`` (``{'en', 'id'}``),
        ``alt_labels``, ``links`` and ``linked_from`` (lists of ``{'iri', 'labels'}`` by
        relation), for a role its ``requirements``, for a skill its ``effort_hours``,
        ``matches``, what only imported entities have (``code``, ``preparation_level``,
        ``source``), ``evidence`` and ``curation_notes``.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> g = load_graph()
    >>> d = describe(g, resolve(g, "Analis Data"))
    >>> d["kind"], d["labels"]
    ('role', {'en': 'Data Analyst', 'id': 'Analis Data'})
    >>> "Pemerintahan" in [s["labels"]["id"] for s in d["links"]["sectors"]]
    True
    """
    iri = URIRef(iri)
    kind = kind_of(graph, iri)
    info = {
        "iri": str(iri),
        "kind": kind,
        "category": category_of(graph, iri),
        "labels": texts(graph, iri),
        "alt_labels": sorted({str(a) for a in graph.objects(iri, SKOS.altLabel)}, key=lambda a: (a.casefold(), a)),
        "definitions": texts(graph, iri, SKOS.definition),
        "links": {},
        "linked_from": {},
    }
    for prop, key in _LINKS:
        values = _references(graph, graph.objects(iri, prop))
        if values:
            info["links"][key] = values
    linked: dict[str, set] = {}
    for prop in _BACKLINKS:
        for subject in graph.subjects(prop, iri):
            linked.setdefault(kind_of(graph, subject) or "other", set()).add(subject)
    if kind == "skill":
        linked["prerequisite_of"] = set(graph.subjects(AIJ.prerequisite, iri))
        linked["required_by"] = {graph.value(r, AIJ.ofRole) for r in graph.subjects(AIJ.requiresSkill, iri)}
    info["linked_from"] = {k: _references(graph, v) for k, v in sorted(linked.items()) if v}
    if kind == "role":
        info["requirements"] = [
            {**reference(graph, r["skill"]), "category": category_of(graph, r["skill"]), "level": r["level"],
             "essential": r["essential"], "curated": r["curated"]}
            for r in requirements(graph, iri)
        ]
    if kind == "skill" and graph.value(iri, AIJ.effortHours) is not None:  # a trait has none
        info["effort_hours"] = float(graph.value(iri, AIJ.effortHours))
    info["matches"] = sorted(str(m) for p in (SKOS.exactMatch, SKOS.closeMatch) for m in graph.objects(iri, p))
    for key, prop in (("code", SKOS.notation), ("preparation_level", AIJ.preparationLevel), ("source", DCTERMS.source)):
        value = graph.value(iri, prop)  # only imported entities have these
        if value is not None:
            info[key] = reference(graph, value) if key == "source" else value.toPython()
    info["evidence"] = evidence(graph, iri)
    info["curation_notes"] = sorted(str(n) for n in graph.objects(iri, AIJ.curationNote))
    return info


def narrower_sectors(graph: Graph, sector: URIRef) -> set[URIRef]:
    """Return ``sector`` and every sector below it (through ``skos:broader``)."""
    found, todo = set(), [sector]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(graph.subjects(SKOS.broader, current))
    return found


def roles_in_sector(graph: Graph, sector: URIRef) -> set[URIRef]:
    """Return the roles in ``sector`` or in any sector below it.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> g = load_graph()
    >>> private = roles_in_sector(g, resolve(g, "private sector"))
    >>> resolve(g, "Graphic Designer") in private
    True
    """
    return {r for s in narrower_sectors(graph, sector) for r in graph.subjects(AIJ.inSector, s)}


def list_entities(graph: Graph, kind: str, *, sector=None, concern=None, family=None) -> list[dict]:
    """List the entities of one kind, optionally filtered, as ``{'iri', 'labels', 'definitions'}`` sorted by IRI.

    Parameters
    ----------
    kind : str
        'role', 'skill', 'sector', 'concern', 'family', 'usecase', 'route' or 'organization'.
    sector, concern, family : str, optional
        Names of a sector (narrower sectors included), concern or role family. The filters
        select roles: those in the sector, in the family and addressing the concern. Other
        kinds are listed when a selected role links to them (its skills, sectors, concerns,
        families, use cases, training routes); a skill also matches a concern it addresses
        itself.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> g = load_graph()
    >>> rows = list_entities(g, "role", sector="government", concern="privacy")
    >>> sorted(r["labels"]["en"] for r in rows)[:2]
    ['Big Data Specialist', 'Cybersecurity and Data Privacy Specialist']
    >>> "Public trust" in [r["labels"]["en"] for r in list_entities(g, "concern", sector="government")]
    True
    """
    members = {s for s in set(graph.subjects(RDF.type, None)) if kind_of(graph, s) == kind}
    if sector is not None or family is not None or concern is not None:
        roles = set(graph.subjects(RDF.type, KINDS["role"]))
        if sector is not None:
            roles &= roles_in_sector(graph, resolve(graph, sector, kind="sector"))
        if family is not None:
            roles &= set(graph.subjects(AIJ.inFamily, resolve(graph, family, kind="family")))
        concern_iri = resolve(graph, concern, kind="concern") if concern is not None else None
        if kind == "skill" and concern_iri is not None:
            addressing = set(graph.subjects(AIJ.addressesConcern, concern_iri))
            linked = _skills_of(graph, roles) if sector or family else addressing
            members &= linked & addressing
        else:
            if concern_iri is not None:
                roles &= set(graph.subjects(AIJ.addressesConcern, concern_iri))
            members &= roles if kind == "role" else _linked_from(graph, roles)
    return [{"iri": str(m), "labels": texts(graph, m), "definitions": texts(graph, m, SKOS.definition)}
            for m in sorted(members)]


def _linked_from(graph: Graph, roles) -> set[URIRef]:
    """Everything the given roles link to: skills they require and their sectors, concerns, families, ..."""
    linked = _skills_of(graph, roles)
    for role in roles:
        for prop in (AIJ.inSector, AIJ.addressesConcern, AIJ.inFamily, AIJ.hasUseCase, AIJ.trainingRoute):
            linked.update(graph.objects(role, prop))
    return linked


def _skills_of(graph: Graph, roles) -> set[URIRef]:
    return {graph.value(r, AIJ.requiresSkill) for role in roles for r in graph.subjects(AIJ.ofRole, role)}
