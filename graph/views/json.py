"""Results as plain JSON-ready dicts with a fixed key order, with labels in one language.

These are the shapes ``graph … --format json`` prints and the text views read.
"""


from ..model.effort import Gap, Move, Person, SkillGain
from ..model.ranking import Ranking
from ..model.relatedness import Relatedness
from ..model.signals import FLOOR
from ..model.search import LearningPath
from .messages import message


def skill_gain(G, gain: SkillGain, lang: str) -> dict:
    """One skill to learn: label, IRI, from and to level, hours and why it is learned."""
    return {"label": G.nodes[gain.skill][f"label_{lang}"], "iri": gain.skill, "from_level": gain.from_level,
            "level": gain.level, "effort": gain.effort, "reason": gain.reason}


def move(G, step: Move, lang: str, met: tuple[set, set] | None = None) -> dict:
    """One move: the roles, its effort, the skills to learn, the traits it asks for, the concerns and sectors it adds.

    ``met`` is the ``(concerns, sectors)`` already met on the path (default: the source
    role's); "new" means new relative to them. ``from`` is ``None`` for a person's profile.
    """
    key = f"label_{lang}"
    labels = G.graph["labels"]
    target = G.nodes[step.target]
    if met is None:
        met = (set(G.nodes[step.source]["concerns"]), set(G.nodes[step.source]["sectors"]))
    result = {"from": None if step.source is None else G.nodes[step.source][key], "to": target[key],
              "effort": step.effort, "skills": [skill_gain(G, g, lang) for g in step.gains],
              "traits": [skill_gain(G, g, lang) for g in step.traits],
              "new_concerns": sorted(labels[c][lang] for c in set(target["concerns"]) - met[0]),
              "new_sectors": sorted(labels[c][lang] for c in set(target["sectors"]) - met[1])}
    if step.alignment:
        result["alignment"] = step.alignment
    return result


def weeks(hours: float, hours_per_week: float) -> float:
    """Weeks of study at ``hours_per_week``, to one decimal.

    >>> weeks(975.0, 40)
    24.4
    """
    return round(hours / hours_per_week, 1)


def learning_path(G, path: LearningPath, lang: str, hours_per_week: float | None = None, start_roles=None) -> dict:
    """One learning path: its roles (labels and IRIs), total effort, the direct move's effort and the steps.

    ``start_roles`` are the roles the person starts from (default: the path's first role);
    the concerns and sectors a step adds are new relative to them and every role passed.
    ``weeks`` (the total at ``hours_per_week``) is included when ``hours_per_week`` is given.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> from graph.model.search import learning_path as plan
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> shaped = learning_path(G, plan(G, role + "data-analyst", role + "ai-auditor")[0], "id")
    >>> shaped["roles"][0], list(shaped)
    ('Analis Data', ['roles', 'role_iris', 'total_effort', 'direct_effort', 'detour', 'steps'])
    """
    starts = path.roles[:1] if start_roles is None else start_roles
    met = ({c for r in starts for c in G.nodes[r]["concerns"]}, {c for r in starts for c in G.nodes[r]["sectors"]})
    steps = []
    for step in path.steps:
        steps.append(move(G, step, lang, met))
        met = (met[0] | set(G.nodes[step.target]["concerns"]), met[1] | set(G.nodes[step.target]["sectors"]))
    result = {"roles": [G.nodes[r][f"label_{lang}"] for r in path.roles], "role_iris": list(path.roles),
              "total_effort": path.total_effort, "direct_effort": path.direct.effort, "detour": path.detour}
    if hours_per_week is not None:
        result["weeks"] = weeks(path.total_effort, hours_per_week)
    result["steps"] = steps
    return result


def start(G, begin, lang: str) -> dict:
    """Where a plan starts: ``{'from': label}`` for a role IRI, or ``{'from': None, 'profile': ...}`` for a Person."""
    key = f"label_{lang}"
    if not isinstance(begin, Person):
        return {"from": G.nodes[begin][key]}
    return {"from": None, "profile": {"skills": [{"label": G.nodes[s][key], "iri": s, "level": level}
                                                 for s, level in begin.skills],
                                      "roles": [G.nodes[r][key] for r in begin.roles]}}


def plan(G, begin, target: str, found: list[LearningPath], lang: str, max_step: float,
         hours_per_week: float | None = None) -> dict:
    """``graph path --format json``: where the plans start, the target, the budget and each path.

    ``begin`` is a role IRI or a :class:`~graph.model.effort.Person`; ``found`` the paths of
    :func:`graph.model.search.learning_path`.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> from graph.model.search import learning_path as search
    >>> G = project(load_graph())
    >>> role = "https://w3id.org/aijobs/role/"
    >>> found = search(G, role + "data-analyst", role + "ai-auditor")
    >>> list(plan(G, role + "data-analyst", role + "ai-auditor", found, "en", 800.0, 10))
    ['from', 'to', 'max_step', 'hours_per_week', 'paths']
    """
    result = {**start(G, begin, lang), "to": G.nodes[target][f"label_{lang}"], "max_step": max_step}
    if hours_per_week is not None:
        result["hours_per_week"] = hours_per_week
    start_roles = begin.roles if isinstance(begin, Person) else (begin,)
    result["paths"] = [learning_path(G, p, lang, hours_per_week, start_roles) for p in found]
    return result


def required_by(G, skill: str, lang: str) -> list[dict]:
    """The roles that require ``skill``: ``{'role', 'iri', 'level', 'essential'}``, essential first, then by label.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project
    >>> G = project(load_graph())
    >>> required_by(G, "https://w3id.org/aijobs/skill/statistics", "id")[0]
    {'role': 'Analis Data', 'iri': 'https://w3id.org/aijobs/role/data-analyst', 'level': 3, 'essential': True}
    """
    key = f"label_{lang}"
    found = [{"role": G.nodes[role][key] or G.nodes[role]["label_en"], "iri": role, "level": data["level"],
              "essential": data["essential"]}
             for role, _, data in G.in_edges(skill, data=True) if data.get("relation") == "requires"]
    return sorted(found, key=lambda r: (not r["essential"], r["role"].casefold(), r["iri"]))


def gap(G, found: Gap, lang: str) -> dict:
    """What one role has for another: matched skills, missing essential and optional ones and their hours, and the
    essential traits missing (not learned by study: no hours; an optional trait is missing_optional with reason 'trait')."""
    key = f"label_{lang}"
    return {
        "from": None if found.source is None else G.nodes[found.source][key], "to": G.nodes[found.target][key],
        "matched": [{"label": G.nodes[s][key], "iri": s, "has_level": have, "level": level, "essential": essential}
                    for s, have, level, essential in found.matched],
        "missing_essential": [skill_gain(G, g, lang) for g in found.missing_essential.gains],
        "missing_traits": [skill_gain(G, g, lang) for g in found.missing_essential.traits],
        "missing_optional": [skill_gain(G, g, lang) for g in found.missing_optional],
        "essential_effort": found.missing_essential.effort,
        "optional_effort": sum(g.effort for g in found.missing_optional),
    }


def element(G, signal: str, iri: str, lang: str) -> dict:
    """A shared element of a relatedness signal: its label and identifier (IRI, group code or word)."""
    if signal == "activities":
        label = G.graph.get("activities", {}).get(iri, (iri, None))[0]
    elif iri in G:
        label = G.nodes[iri][f"label_{lang}"] or G.nodes[iri]["label_en"]
    elif signal == "classification":
        scheme, code = iri.split(":", 1)
        label = f"{_SCHEMES[scheme]} {code}"
    else:
        label = iri
    return {"label": label, "id": iri, "signal": signal}


_SCHEMES = {"soc": "SOC", "isco": "ISCO-08"}


def next_moves(G, source, ranking: Ranking, lang: str) -> dict:
    """The moves of ``graph next``: each role, how related, its effort and whether it fits, what it builds on.

    From a person (``source`` not a role IRI), ``from`` and ``iri`` are ``None``.
    """
    key = f"label_{lang}"
    moves = []
    for ranked in ranking.moves:
        entry = {"role": G.nodes[ranked.move.target][key], "iri": ranked.move.target,
                 "relatedness": ranked.relatedness, "effort": ranked.move.effort, "fits": ranked.fits}
        if ranked.move.alignment:
            entry["alignment"] = ranked.move.alignment
        if ranked.via:
            entry["via"] = {"role": G.nodes[ranked.via[0]][key], "iri": ranked.via[0], "alignment": ranked.via[1]}
        entry["builds_on"] = [element(G, signal, iri, lang) for iri, signal in ranked.builds_on]
        entry["to_learn"] = [skill_gain(G, g, lang) for g in sorted(ranked.move.gains, key=lambda g: (-g.effort, g.skill))]
        moves.append(entry)
    role = source if isinstance(source, str) else None
    return {"from": G.nodes[role][key] if role else None, "iri": role, "measure": ranking.measure, "order": ranking.order, "max_step": ranking.max_step,
            "floor": FLOOR, "considered": ranking.considered, "below_floor": ranking.below_floor,
            "over_budget": ranking.over_budget, "missing": list(ranking.missing), "moves": moves}


def related(G, found: Relatedness, lang: str) -> dict:
    """The explanation of ``graph related``: the score, and each signal's similarity, weight, part and shared elements."""
    key = f"label_{lang}"
    result = {"from": G.nodes[found.source][key], "from_iri": found.source, "to": G.nodes[found.target][key],
              "to_iri": found.target, "relatedness": found.score, "missing": list(found.missing)}
    if found.via:
        result["via"] = {"role": G.nodes[found.via[0]][key], "iri": found.via[0], "alignment": found.via[1]}
    result["signals"] = [{"signal": s.name, "similarity": s.similarity, "weight": s.weight,
                          "contribution": s.contribution,
                          "shared": [{**element(G, s.name, e, lang), "share": share} for e, share in s.shared]}
                         for s in found.signals]
    return result


def pick(labels: dict, lang: str, iri: str = "") -> str:
    """The text in ``lang`` from ``{'en': ..., 'id': ...}``: English if it has none, else the IRI's last segment.

    Examples
    --------
    >>> pick({"en": "Data Analyst", "id": "Analis Data"}, "id")
    'Analis Data'
    >>> pick({"en": "Data Scientists", "id": ""}, "id"), pick({"en": "", "id": ""}, "id", "https://x.org/a/b")
    ('Data Scientists', 'b')
    """
    return labels.get(lang) or labels.get("en") or iri.rsplit("/", 1)[-1]


def _evidence(rows: list[dict], lang: str) -> list[dict]:
    return sorted(({"source": pick(e["source"]["labels"], lang, e["source"]["iri"]), "quote": e["quote"]} for e in rows),
                  key=lambda e: (e["source"], e["quote"]))


def status(found: dict, lang: str) -> dict:
    """A statement's :func:`graph.store.entities.provenance` in ``lang``: its status and what backs it.

    Examples
    --------
    >>> status({"status": "curated", "note": {"en": "Curated: why.", "id": "Dikurasi: mengapa."}}, "id")
    {'status': 'curated', 'note': 'Dikurasi: mengapa.'}
    >>> status({"status": "unstated"}, "en")
    {'status': 'unstated'}
    """
    if found["status"] == "quoted":
        return {"status": "quoted", "evidence": _evidence(found["evidence"], lang)}
    if found["status"] == "curated":
        return {"status": "curated", "note": pick(found["note"], lang)}
    if found["status"] == "imported":
        return {"status": "imported", "source": pick(found["source"]["labels"], lang, found["source"]["iri"])}
    return {"status": found["status"]}


def _links(refs: list[dict], lang: str) -> list[dict]:
    shown = [{"label": pick(r["labels"], lang, r["iri"]), "iri": r["iri"], **status(r["provenance"], lang)} for r in refs]
    return sorted(shown, key=lambda r: (r["label"].casefold(), r["label"], r["iri"]))


def notes(rows: list[dict], lang: str) -> list[str]:
    """The curation notes in ``lang``; the English (or untagged) ones where the data has none in ``lang``.

    >>> notes([{"lang": "en", "text": "Curated."}, {"lang": "id", "text": "Dikurasi."}], "id")
    ['Dikurasi.']
    >>> notes([{"lang": "", "text": "Curated."}], "id")
    ['Curated.']
    """
    return [r["text"] for r in rows if r["lang"] == lang] or [r["text"] for r in rows if r["lang"] in ("", "en")]


def entity(info: dict, lang: str) -> dict:
    """``graph show --format json``: :func:`graph.store.entities.describe` with names in ``lang``.

    ``label`` and ``definition`` are in ``lang`` (English where the data has no
    Indonesian); ``labels`` keeps both. Every link (in ``links``, ``linked_from`` and
    ``requirements``) is an object with its ``label`` and ``iri`` and its own ``status``:
    ``quoted`` with ``evidence`` (``[{'source', 'quote'}]``), ``curated`` with a ``note``
    in ``lang``, or ``imported`` with the ``source`` release of an imported entity.

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.store.entities import describe
    >>> from graph.store.names import resolve
    >>> g = load_graph()
    >>> shown = entity(describe(g, resolve(g, "Data Analyst")), "id")
    >>> shown["label"], [s["label"] for s in shown["links"]["sectors"]]
    ('Analis Data', ['Pemerintahan', 'Pengembangan teknologi AI'])
    >>> sorted(shown["links"]["sectors"][0])
    ['evidence', 'iri', 'label', 'status']
    """
    shown = {"iri": info["iri"], "kind": info["kind"], "category": info["category"],
             "label": pick(info["labels"], lang, info["iri"]), "labels": info["labels"],
             "alt_labels": info["alt_labels"], "definition": pick(info["definitions"], lang),
             "links": {key: _links(refs, lang) for key, refs in info["links"].items()},
             "linked_from": {key: _links(refs, lang) for key, refs in info["linked_from"].items()}}
    if "requirements" in info:
        shown["requirements"] = [{"skill": pick(r["labels"], lang, r["iri"]), "iri": r["iri"], "category": r["category"],
                                  "level": r["level"], "essential": r["essential"], **status(r["provenance"], lang)}
                                 for r in info["requirements"]]
        # a move into a role is costed from its essential skills: with none rated, no path can reach it
        shown["plannable"] = any(r["essential"] for r in info["requirements"])
    for key in ("effort_hours", "matches", "code", "preparation_level"):
        if key in info:
            shown[key] = info[key]
    if "source" in info:
        shown["source"] = pick(info["source"]["labels"], lang, info["source"]["iri"])
    shown["evidence"] = _evidence(info["evidence"], lang)
    shown["curation_notes"] = notes(info["curation_notes"], lang)
    return shown


def listing(rows: list[dict], lang: str) -> list[dict]:
    """``graph list --format json``: ``{'label', 'iri', 'definition'}`` in ``lang``, sorted by label, then IRI."""
    shown = [{"label": pick(r["labels"], lang, r["iri"]), "iri": r["iri"], "definition": pick(r["definitions"], lang)}
             for r in rows]
    return sorted(shown, key=lambda r: (r["label"].casefold(), r["label"], r["iri"]))


def match(found, lang: str) -> dict:
    """One entity found by name (a :class:`graph.store.names.Match`), with its label in ``lang``."""
    return {"label": pick(found.labels, lang, found.iri), "iri": found.iri, "kind": found.kind,
            "category": found.category, "code": found.code, "matched": found.name}


def report(found, lang: str = "en") -> dict:
    """``graph validate --format json``: a :class:`graph.store.validate.Report` with labels of focus nodes in ``lang``.

    A message of the project's own checks (a quote not in its article) is worded in English;
    ``quotes`` is how many quotes were checked against their articles (None: not checked).

    Examples
    --------
    >>> from graph.store.validate import Report
    >>> report(Report(conforms=True, shapes=2, rules=5, triples=9))
    {'conforms': True, 'shapes': 2, 'rules': 5, 'triples': 9, 'quotes': None, 'articles': 0, 'violations': []}
    """
    from rdflib import Literal  # a report's nodes are rdflib terms: only validation loads rdflib here

    def term(node):
        return None if node is None else node.n3() if isinstance(node, Literal) else str(node)

    return {"conforms": found.conforms, "shapes": found.shapes, "rules": found.rules, "triples": found.triples,
            "quotes": found.quotes, "articles": found.articles,
            "violations": [{"focus": term(v.focus), "label": pick(found.labels.get(str(v.focus), {}), lang) or None,
                            "path": v.path,
                            "message": v.message if isinstance(v.message, str) else message(v.message, lang),
                            "severity": v.severity, "value": term(v.value),
                            "rule": v.rule} for v in found.violations]}
