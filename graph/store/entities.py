"""Plain-data descriptions of entities for ``show`` and ``list``, in both languages at once.

Nothing here chooses a language: every name, definition and curation note comes as
``{'en': ..., 'id': ...}`` ('' where the data has none), and the views pick one.

Every link carries its own provenance (:func:`provenance`): the hand-edited data states it
once per link, as an ``rdf:Statement`` about the triple (or, for a skill requirement, on the
requirement node itself) holding either ``aij:evidence`` quotes or a bilingual
``aij:curationNote``.
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


def provenance(graph: Graph, statement, owner) -> dict:
    """Where one statement comes from, as ``{'status': ...}`` and what backs that status.

    Parameters
    ----------
    statement : rdflib.term.Node or None
        The node holding the statement's provenance: an ``rdf:Statement`` about one link, or
        a skill requirement; None when the data has none.
    owner : rdflib.URIRef
        The entity the statement is about (the link's subject, the requirement's role).

    Returns
    -------
    dict
        ``{'status': 'quoted', 'evidence': [{'source', 'quote'}, ...]}`` when the statement
        cites quotes; ``{'status': 'curated', 'note': {'en', 'id'}}`` when it gives a
        rationale instead; ``{'status': 'imported', 'source': reference}`` for a link of an
        imported entity (its release says where it comes from); else ``{'status': 'unstated'}``.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> g = load_graph()
    >>> analyst = resolve(g, "Data Analyst", kind="role")
    >>> about = statements(g, analyst)
    >>> quoted = provenance(g, about[(AIJ.inSector, resolve(g, "government", kind="sector"))], analyst)
    >>> quoted["status"], quoted["evidence"][0]["source"]["labels"]["id"]
    ('quoted', 'Pekerjaan Pemerintah yang Akan Tumbuh Pesat di Era AI')
    >>> curated = provenance(g, about[(AIJ.addressesConcern, resolve(g, "privacy", kind="concern"))], analyst)
    >>> curated["status"], curated["note"]["id"]
    ('curated', 'Data yang dianalisis (kesehatan, mobilitas, sosial ekonomi) adalah data tentang orang.')
    """
    if statement is not None and graph.value(statement, AIJ.evidence) is not None:
        return {"status": "quoted", "evidence": evidence(graph, statement)}
    if statement is not None and graph.value(statement, AIJ.curationNote) is not None:
        return {"status": "curated", "note": texts(graph, statement, AIJ.curationNote)}
    source = graph.value(owner, DCTERMS.source)
    if source is not None:
        return {"status": "imported", "source": reference(graph, source)}
    return {"status": "unstated"}


def statements(graph: Graph, subject) -> dict[tuple, URIRef]:
    """Return the ``rdf:Statement`` nodes about links of ``subject``, by ``(predicate, object)``.

    Where several statements describe one link, the one with the smallest IRI is kept.
    """
    found: dict[tuple, URIRef] = {}
    for node in sorted(graph.subjects(RDF.subject, subject)):
        key = (graph.value(node, RDF.predicate), graph.value(node, RDF.object))
        found.setdefault(key, node)
    return found


def _linked(graph: Graph, subject, prop, objects) -> list[dict]:
    """The objects of one link of ``subject``, each with the provenance of that link, sorted by IRI."""
    about = statements(graph, subject)
    return [{**reference(graph, o), "provenance": provenance(graph, about.get((prop, o)), subject)}
            for o in sorted(set(objects))]


def _linking(graph: Graph, links: set, target) -> list[dict]:
    """The subjects of ``links`` (``(subject, predicate)`` pairs pointing at ``target``), each with its link's provenance."""
    rows = {}
    for subject, prop in sorted(links):
        if subject not in rows:
            rows[subject] = {**reference(graph, subject),
                             "provenance": provenance(graph, statements(graph, subject).get((prop, target)), subject)}
    return [rows[s] for s in sorted(rows)]


def requirements(graph: Graph, role: URIRef) -> list[dict]:
    """Return the skill requirements of ``role``: essential first, then higher level, then IRI.

    Each is ``{'skill', 'level', 'essential', 'provenance'}`` (see :func:`provenance`).

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
            "provenance": provenance(graph, req, role),
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
        ``alt_labels``, ``links`` and ``linked_from`` (lists of ``{'iri', 'labels',
        'provenance'}`` by relation, each link with its own :func:`provenance`), for a role
        its ``requirements``, for a skill its ``effort_hours``, ``matches``, what only
        imported entities have (``code``, ``preparation_level``, ``source``), and what backs
        the entity itself: ``evidence`` and ``curation_notes`` (``{'lang', 'text'}``, sorted).

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> g = load_graph()
    >>> d = describe(g, resolve(g, "Analis Data"))
    >>> d["kind"], d["labels"]
    ('role', {'en': 'Data Analyst', 'id': 'Analis Data'})
    >>> "Pemerintahan" in [s["labels"]["id"] for s in d["links"]["sectors"]]
    True
    >>> sorted({link["provenance"]["status"] for links in d["links"].values() for link in links})
    ['curated', 'quoted']
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
        values = _linked(graph, iri, prop, graph.objects(iri, prop))
        if values:
            info["links"][key] = values
    linked: dict[str, set] = {}
    for prop in _BACKLINKS:
        for subject in graph.subjects(prop, iri):
            linked.setdefault(kind_of(graph, subject) or "other", set()).add((subject, prop))
    if kind == "skill":
        linked["prerequisite_of"] = {(s, AIJ.prerequisite) for s in graph.subjects(AIJ.prerequisite, iri)}
    info["linked_from"] = {k: _linking(graph, v, iri) for k, v in sorted(linked.items()) if v}
    if kind == "skill":
        required = {}
        for req in sorted(graph.subjects(AIJ.requiresSkill, iri)):
            role = graph.value(req, AIJ.ofRole)
            required.setdefault(role, {**reference(graph, role), "provenance": provenance(graph, req, role)})
        if required:
            info["linked_from"] = dict(sorted({**info["linked_from"], "required_by": [required[r] for r in sorted(required)]}.items()))
    if kind == "role":
        info["requirements"] = [
            {**reference(graph, r["skill"]), "category": category_of(graph, r["skill"]), "level": r["level"],
             "essential": r["essential"], "provenance": r["provenance"]}
            for r in requirements(graph, iri)
        ]
    if kind == "skill" and graph.value(iri, AIJ.effortHours) is not None:  # a trait has none
        info["effort_hours"] = float(graph.value(iri, AIJ.effortHours))
    info["matches"] = sorted(str(m) for p in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch) for m in graph.objects(iri, p))
    for key, prop in (("code", SKOS.notation), ("preparation_level", AIJ.preparationLevel), ("source", DCTERMS.source)):
        value = graph.value(iri, prop)  # only imported entities have these
        if value is not None:
            info[key] = reference(graph, value) if key == "source" else value.toPython()
    info["evidence"] = evidence(graph, iri)
    info["curation_notes"] = [{"lang": lang, "text": text} for lang, text in
                              sorted((n.language or "", str(n)) for n in graph.objects(iri, AIJ.curationNote))]
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
    ['Cybersecurity and Data Privacy Specialist', 'Data Analyst']
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
