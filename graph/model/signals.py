"""The signals of relatedness: what people in a role do, know and can do, what they are called, and their weights.

The score follows the three pillars of O*NET's 2022 Related Occupations method (similarity
of tasks and work activities, of knowledge, of titles) and adds what the data holds besides:
skill importance, technologies, the taxonomy's own classification, interests and
preparation. Each *signal* compares two roles' feature vectors with a cosine:

==============  ===========================================================================
signal          features (weights before the vector is scaled to unit length)
==============  ===========================================================================
activities      the detailed work activities of a role's tasks (core task 1, supplemental
                :data:`SUPPLEMENTAL_TASK`), times their inverse frequency, plus the broader
                activity above each at :data:`BROADER_ACTIVITY`
knowledge       rated knowledge importance, centred on the mean over the rated roles (an
                element a rated role does not list counts as 1, "not important")
skills          rated skill importance, centred (O*NET); or, for roles whose skills are only
                listed (ESCO, the curated graph), essential 1 / optional
                :data:`OPTIONAL_SKILL` times inverse frequency
technologies    listed technologies (in demand 1, others :data:`OPTIONAL_SKILL`), inverse frequency
titles          words of the preferred and alternative labels, each counted by the share of
                the role's titles that use it, times inverse frequency
classification  the classification groups a code belongs to (SOC major, minor, broad and
                detailed groups for O*NET; ISCO-08 1- to 4-digit groups for ESCO)
interests       RIASEC interest scores, centred
preparation     1 - the difference of Job Zones (over 4) and of mean required-education
                categories (over 11), averaged over those both roles have
==============  ===========================================================================

Centring and inverse frequency weight down what every role shares (everyone reads and
listens; every nurse occupation lists "nursing"), so a cosine rests on what tells jobs
apart. Both are taken within each taxonomy (dataset), so importing one taxonomy changes no
score inside another. Every vector is stored scaled to unit length, as sparse rows (:func:`features`), so
one role's cosines with every role are one sparse product (:func:`signal_rows`).
:mod:`graph.model.relatedness` combines the signals with :data:`WEIGHTS`.
"""

import math
import re
from collections import Counter

import networkx as nx


#: Signal weights; they sum to 1. O*NET's method rests on the first, second and fifth.
WEIGHTS = {
    "activities": 0.30,      # what people do: the most specific data there is about a job
    "knowledge": 0.20,       # what they know: 33 areas that tell fields apart (medicine, law, mechanics)
    "skills": 0.10,          # what they can do: 35 broad skills that many unrelated jobs rate alike
    "technologies": 0.05,    # the tools they use: telling, but listed unevenly across occupations
    "titles": 0.20,          # what they are called: the words employers and workers use for the job
    "classification": 0.10,  # where the taxonomy's own experts file the two jobs
    "interests": 0.03,       # secondary: what kind of work people in the job like
    "preparation": 0.02,     # secondary: how much education and experience the job asks
}
#: Where skills are listed rather than rated (ESCO, the curated graph), the list holds knowledge and skills
#: alike, so the skills signal takes both weights.
LISTED_SKILLS = WEIGHTS["knowledge"] + WEIGHTS["skills"]
#: A supplemental task's work activities count this much of a core task's.
SUPPLEMENTAL_TASK = 0.5
#: The broader activity above a detailed one counts this much of it (shared ground one level up).
BROADER_ACTIVITY = 0.5
#: An optional (or not in-demand) skill counts this much of an essential one.
OPTIONAL_SKILL = 0.5
#: Relatedness through an alignment link, as a share of the counterpart's: the same job in another taxonomy
#: ranks just below it; a close match (described from other data, often broader) well below the best matches
#: of the source's own taxonomy, so it does not crowd them out.
ALIGNED = {"exactMatch": 0.9, "closeMatch": 0.6}
#: Moves less related than this are not listed by ``next``: the two jobs share almost nothing.
FLOOR = 0.1
#: The shared elements an explanation names, at most.
SHARED = 5
#: The RIASEC interests, in the order of a role's ``interests``.
RIASEC = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")
#: Classification groups of a code, as prefix lengths: O*NET-SOC (``15-2051.01``) and ISCO-08 (``2512``).
GROUPS = {"soc": (2, 5, 6, 7), "isco": (1, 2, 3, 4)}
_SIGNALS = tuple(name for name in WEIGHTS if name != "preparation")
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("a an and all for in of on or other the to with".split())


def features(G: nx.DiGraph, members: list[str]) -> dict[str, list]:
    """Every role's unit feature vector for each signal, as lists for :func:`graph.model.relatedness.similarities`.

    For each signal ``s``: ``rel_s_ptr`` (row pointers: role ``i``'s entries are
    ``ptr[i]:ptr[i+1]``), ``rel_s_feature`` (feature numbers), ``rel_s_value`` (weights,
    each role's scaled to unit length) and ``rel_s_names`` (each feature's IRI or word);
    ``rel_taxonomy`` numbers each role's taxonomy (its dataset), ``rel_rated`` says whether
    the taxonomy rates importance, and ``rel_education`` holds O*NET's mean
    required-education category (NaN when unknown).

    Examples
    --------
    >>> from graph.store.turtle import load_graph
    >>> from graph.model.projection import project, roles
    >>> G = project(load_graph())
    >>> arrays = features(G, roles(G))
    >>> ptr, value = arrays["rel_skills_ptr"], arrays["rel_skills_value"]
    >>> all(math.isclose(sum(v * v for v in value[a:b]), 1.0) for a, b in zip(ptr, ptr[1:]))  # unit vectors
    True
    >>> arrays["rel_activities_ptr"][-1]  # the curated roles have no O*NET tasks
    0
    """
    vectors = {name: [{} for _ in members] for name in _SIGNALS}
    activities = G.graph.get("activities", {})
    sources = sorted({str(G.nodes[r].get("source")) for r in members})
    taxonomy = [sources.index(str(G.nodes[r].get("source"))) for r in members]
    # In a taxonomy that rates importance, an unrated requirement is no evidence about the role
    # (O*NET's unrated occupations borrow their relatives' ratings for effort estimates only).
    rating = {taxonomy[i] for i, r in enumerate(members)
              if any(d.get("importance") is not None for d in G.succ[r].values())}
    rated: dict[str, list[int]] = {"knowledge": [], "skills": []}
    for i, role in enumerate(members):
        node = G.nodes[role]
        for activity, core, other in node.get("activities", ()):
            vectors["activities"][i][activity] = core + SUPPLEMENTAL_TASK * other
        for skill, data in G.succ[role].items():
            if data["relation"] != "requires":
                continue
            if G.nodes[skill].get("technology"):
                vectors["technologies"][i][skill] = 1.0 if data["essential"] else OPTIONAL_SKILL
            elif data.get("importance") is not None:
                vectors["knowledge" if G.nodes[skill].get("knowledge") else "skills"][i][skill] = data["importance"]
            elif taxonomy[i] not in rating:
                vectors["skills"][i][skill] = 1.0 if data["essential"] else OPTIONAL_SKILL
        for name in rated:
            if taxonomy[i] in rating and vectors[name][i]:
                rated[name].append(i)
        titles = {t.lower() for t in (node["label_en"], *node.get("titles", ())) if t}
        words = Counter(w for title in titles for w in set(_WORD.findall(title)) - _STOP)
        vectors["titles"][i] = {w: c / len(titles) for w, c in words.items()}
        code, scheme = node.get("notation"), _scheme(node.get("notation"))
        if scheme:
            vectors["classification"][i] = {f"{scheme}:{code[:width]}": 1.0 for width in GROUPS[scheme]}
        if node.get("interests"):
            vectors["interests"][i] = dict(zip(RIASEC, node["interests"]))
    for name, members_rated in rated.items():  # an element a rated role does not list is "not important" (1)
        _centre(vectors[name], members_rated, taxonomy, missing=1.0)
    _centre(vectors["interests"], [i for i, v in enumerate(vectors["interests"]) if v], taxonomy, missing=0.0)
    for name in ("activities", "skills", "technologies", "titles"):
        _inverse_frequency(vectors[name], set(rated.get(name, ())), taxonomy)
    for i, vector in enumerate(vectors["activities"]):  # the broader activity above each detailed one
        for activity, weight in list(vector.items()):
            broader = activities.get(activity, (None, None))[1]
            if broader:
                vector[broader] = vector.get(broader, 0.0) + BROADER_ACTIVITY * weight
    arrays = {}
    for name in _SIGNALS:
        arrays.update(_pack(name, vectors[name]))
    arrays["rel_taxonomy"] = taxonomy
    arrays["rel_rated"] = [t in rating for t in taxonomy]
    arrays["rel_education"] = [float(G.nodes[r].get("education_level", math.nan)) for r in members]
    return arrays


def _scheme(code) -> str | None:
    if not code:
        return None
    if re.fullmatch(r"\d\d-\d{4}\.\d\d", code):
        return "soc"
    return "isco" if re.fullmatch(r"\d{4}(\.\d+)*", code) else None


def _centre(vectors: list[dict], members: list[int], taxonomy: list[int], missing: float) -> None:
    """Subtract from each of ``members``' vectors the mean over the members of its taxonomy (absent values: ``missing``)."""
    for group in sorted({taxonomy[i] for i in members}):
        rows = [i for i in members if taxonomy[i] == group]
        keys = sorted({k for i in rows for k in vectors[i]})
        mean = {k: sum(vectors[i].get(k, missing) for i in rows) / len(rows) for k in keys}
        for i in rows:
            vectors[i] = {k: vectors[i].get(k, missing) - mean[k] for k in keys}


def _inverse_frequency(vectors: list[dict], rated: set, taxonomy: list[int]) -> None:
    """Weight each listed feature by ``log((1 + n) / df)``, within each taxonomy: ``n`` roles with the signal, ``df`` with the feature."""
    for group in sorted(set(taxonomy)):
        counted = [i for i, v in enumerate(vectors) if v and i not in rated and taxonomy[i] == group]
        frequency = Counter(k for i in counted for k in vectors[i])
        for i in counted:
            vectors[i] = {k: w * math.log((1 + len(counted)) / frequency[k]) for k, w in vectors[i].items()}


def _pack(name: str, vectors: list[dict]) -> dict:
    names = sorted({k for v in vectors for k in v}, key=str)
    number = {k: n for n, k in enumerate(names)}
    ptr, feature, value = [0], [], []
    for vector in vectors:
        keys = sorted(vector, key=lambda k: number[k])  # a fixed order: the same sums, bit for bit
        norm = math.sqrt(sum(vector[k] * vector[k] for k in keys))
        if norm > 0:
            for k in keys:
                if vector[k]:
                    feature.append(number[k])
                    value.append(vector[k] / norm)
        ptr.append(len(feature))
    return {f"rel_{name}_ptr": ptr, f"rel_{name}_feature": feature, f"rel_{name}_value": value,
            f"rel_{name}_names": [str(k) for k in names]}


def _cosines(arrays: dict, name: str, i: int, n: int) -> list[float]:
    """The cosine of role ``i``'s vector with every role's, for signal ``name``."""
    ptr, feature, value = (arrays[f"rel_{name}_{key}"] for key in ("ptr", "feature", "value"))
    mine = dict(zip(feature[ptr[i]:ptr[i + 1]], value[ptr[i]:ptr[i + 1]]))
    found = [0.0] * n
    if not mine:
        return found
    weight = mine.get
    for j in range(n):
        total = 0.0
        for f, v in zip(feature[ptr[j]:ptr[j + 1]], value[ptr[j]:ptr[j + 1]]):
            w = weight(f)
            if w is not None:
                total += v * w
        found[j] = total
    return found


def _has(arrays: dict, name: str, i: int) -> bool:
    ptr = arrays[f"rel_{name}_ptr"]
    return ptr[i + 1] > ptr[i]


def _preparation(arrays: dict, i: int) -> list[float] | None:
    """1 - the difference of Job Zones (1-5) and of education levels (1-12) over their ranges, averaged over those known."""
    n = len(arrays["rel_taxonomy"])
    total, count = [0.0] * n, [0] * n
    for values, top in ((arrays["preparation"], 5), (arrays["rel_education"], 12)):
        if not math.isnan(values[i]):
            for j, value in enumerate(values):
                if not math.isnan(value):
                    total[j] += 1.0 - abs(value - values[i]) / (top - 1)
                    count[j] += 1
    if not any(count):
        return None
    return [t / c if c else 0.0 for t, c in zip(total, count)]


def signal_rows(arrays: dict, i: int) -> dict[str, tuple[float, list[float]]]:
    """Each signal's weight and similarity of role ``i`` with every role, for the signals ``i`` has data for."""
    n = len(arrays["rel_taxonomy"])
    rows = {name: (WEIGHTS[name], _cosines(arrays, name, i, n)) for name in _SIGNALS if _has(arrays, name, i)}
    if "skills" in rows and not arrays["rel_rated"][i]:
        rows["skills"] = (LISTED_SKILLS, rows["skills"][1])
    preparation = _preparation(arrays, i)
    if preparation is not None:
        rows["preparation"] = (WEIGHTS["preparation"], preparation)
    return rows


def shared(arrays: dict, name: str, i: int, j: int, limit: int = SHARED) -> tuple[tuple[str, float], ...]:
    """The features of signal ``name`` that add most to the cosine of roles ``i`` and ``j``, largest first."""
    ptr, feature, value = (arrays[f"rel_{name}_{key}"] for key in ("ptr", "feature", "value"))
    a = dict(zip(feature[ptr[i]:ptr[i + 1]], value[ptr[i]:ptr[i + 1]]))
    b = dict(zip(feature[ptr[j]:ptr[j + 1]], value[ptr[j]:ptr[j + 1]]))
    names = arrays[f"rel_{name}_names"]
    parts = sorted((-(a[f] * b[f]), str(names[f])) for f in a.keys() & b.keys() if a[f] > 0 and b[f] > 0)
    return tuple((element, round(-share, 4)) for share, element in parts[:limit])


def missing(arrays: dict, i: int) -> tuple[str, ...]:
    """The signals that other roles of role ``i``'s taxonomy have data for and role ``i`` has not."""
    taxonomy = arrays["rel_taxonomy"]
    return tuple(name for name in _SIGNALS if not _has(arrays, name, i)
                 and any(_has(arrays, name, j) for j, t in enumerate(taxonomy) if t == taxonomy[i]))
