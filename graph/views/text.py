"""Turn result dicts into human-readable text or Markdown, in English or Indonesian."""

from rdflib import Graph, Literal, URIRef

from ..model.vocabulary import bind_prefixes
from ..store.names import normalise

#: A graph binding only the project's prefixes, for writing IRIs as prefixed names.
_PREFIXED = bind_prefixes(Graph(bind_namespaces="none"))

WORDS = {
    "en": {
        "sectors": "Sectors", "families": "Families", "concerns": "Concerns", "use_cases": "Use cases",
        "training_routes": "Training routes", "growth_outlook": "Outlook", "prerequisites": "Prerequisites",
        "broader": "Part of", "role": "Roles", "skill": "Skills", "sector": "Sectors",
        "prerequisite_of": "Needed before", "required_by": "Required by",
        "requirements": {"skill": "Skills required", "knowledge": "Knowledge required", "technology": "Technologies used"},
        "evidence": "Evidence", "curated": "Curated", "matches": "Matches", "effort_unit": "Effort per level unit",
        "more": "and {n} more", "no_match": "Nothing matches these filters.", "no_search": "Nothing is named like “{q}”.",
        "found_as": "as", "more_found": "… and {n} more ({total} in all)",
        "namesake": "Also named “{name}”",
        "essential": "essential", "optional": "optional", "prerequisite": "prerequisite", "level": "level",
        "alt": "Also called", "path": "Path", "of": "of", "moves": "moves", "move": "move",
        "from_to": "From {a} to {b}", "total": "Total", "learn": "Learn, in this order",
        "new_concerns": "New concerns", "new_sectors": "New sectors", "nothing": "nothing new to learn",
        "same": "{a} and {b} are the same role: there is nothing to learn.",
        "weeks": "about {w} weeks of full-time study", "budget": "per-move budget {h}",
        "next": "Moves from {a} (most related first, each within {h})", "none_next": "No move from {a} fits within {h}; try a larger --max-step.",
        "similarity": "similarity", "shares": "builds on", "to_learn": "to learn",
        "gap": "What {a} has for {b}", "matched": "Already has", "missing_essential": "Missing, essential (in learning order)",
        "missing_optional": "Missing, optional", "none": "none", "skill_col": "Skill", "effort": "Effort",
        "level_col": "Level",
        "kinds": {"role": "role", "skill": "skill", "knowledge": "knowledge area", "technology": "technology",
                  "sector": "sector", "concern": "concern", "family": "role family",
                  "usecase": "use case", "route": "training route", "organization": "organisation"},
        "code": "Code", "preparation_level": "Preparation level (1-5)", "source": "Source",
        "exactMatch": "the same occupation in another taxonomy (skos:exactMatch)",
        "closeMatch": "a closely matching occupation in another taxonomy (skos:closeMatch)",
    },
    "id": {
        "sectors": "Sektor", "families": "Kelompok", "concerns": "Isu", "use_cases": "Contoh penerapan",
        "training_routes": "Jalur pelatihan", "growth_outlook": "Prospek", "prerequisites": "Prasyarat",
        "broader": "Bagian dari", "role": "Peran", "skill": "Keterampilan", "sector": "Sektor",
        "prerequisite_of": "Dibutuhkan sebelum", "required_by": "Dibutuhkan oleh",
        "requirements": {"skill": "Keterampilan yang dibutuhkan", "knowledge": "Pengetahuan yang dibutuhkan",
                         "technology": "Teknologi yang digunakan"},
        "evidence": "Bukti", "curated": "Kurasi", "matches": "Padanan",
        "more": "dan {n} lainnya", "no_match": "Tidak ada yang cocok dengan filter ini.",
        "no_search": "Tidak ada yang bernama seperti “{q}”.", "found_as": "sebagai",
        "more_found": "… dan {n} lainnya ({total} seluruhnya)",
        "namesake": "Juga bernama “{name}”",
        "effort_unit": "Usaha per satuan tingkat", "essential": "wajib", "optional": "opsional",
        "prerequisite": "prasyarat", "level": "tingkat", "alt": "Nama lain", "path": "Jalur", "of": "dari",
        "moves": "langkah", "move": "langkah", "from_to": "Dari {a} ke {b}", "total": "Total",
        "learn": "Pelajari secara berurutan", "new_concerns": "Isu baru", "new_sectors": "Sektor baru",
        "nothing": "tidak ada yang perlu dipelajari",
        "same": "{a} dan {b} adalah peran yang sama: tidak ada yang perlu dipelajari.",
        "weeks": "sekitar {w} minggu belajar penuh waktu", "budget": "batas per langkah {h}",
        "next": "Langkah dari {a} (paling berkaitan lebih dulu, masing-masing paling banyak {h})",
        "none_next": "Tidak ada langkah dari {a} yang muat dalam {h}; coba --max-step yang lebih besar.",
        "similarity": "kemiripan", "shares": "keterampilan yang sudah dimiliki", "to_learn": "perlu dipelajari",
        "gap": "Yang dimiliki {a} untuk {b}", "matched": "Sudah dimiliki",
        "missing_essential": "Kurang, wajib (urutan belajar)", "missing_optional": "Kurang, opsional",
        "none": "tidak ada", "skill_col": "Keterampilan", "effort": "Waktu belajar", "level_col": "Tingkat",
        "kinds": {"role": "peran", "skill": "keterampilan", "knowledge": "bidang pengetahuan", "technology": "teknologi",
                  "sector": "sektor", "concern": "isu", "family": "kelompok peran",
                  "usecase": "contoh penerapan", "route": "jalur pelatihan", "organization": "organisasi"},
        "code": "Kode", "preparation_level": "Tingkat persiapan (1-5)", "source": "Sumber",
        "exactMatch": "pekerjaan yang sama dalam taksonomi lain (skos:exactMatch)",
        "closeMatch": "pekerjaan yang sangat mirip dalam taksonomi lain (skos:closeMatch)",
    },
}
HOURS = {"en": "h", "id": "jam"}
WEEK_HOURS = 40


def hours(value: float, lang: str) -> str:
    """Format hours: ``1,065 h`` / ``1.065 jam``.

    Examples
    --------
    >>> hours(1065.0, "en"), hours(1065.0, "id")
    ('1,065 h', '1.065 jam')
    """
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
    if lang == "id":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} {HOURS[lang]}"


def decimal(value: float, lang: str) -> str:
    """Format a fraction with two decimals: ``0.35`` / ``0,35``.

    Examples
    --------
    >>> decimal(0.3541, "en"), decimal(0.3541, "id")
    ('0.35', '0,35')
    """
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "id" else text


#: A list of linked entities longer than this is cut to its first names and a count.
LISTED = 12


def _names(values: list[str], lang: str) -> str:
    """``values`` joined with commas; a long list shows its first names and how many more there are."""
    if len(values) <= LISTED:
        return ", ".join(values)
    shown = LISTED - 2
    return ", ".join(values[:shown]) + " " + WORDS[lang]["more"].format(n=f"{len(values) - shown:,}")


def entity(info: dict, lang: str) -> str:
    """Render ``graph show`` (the dict of :func:`graph.views.json.entity`) as text.

    The header names the entity in ``lang`` with its other-language label when it has
    one; an empty definition prints nothing; a role's requirements come grouped as skills,
    knowledge areas and technologies; long lists of linked entities come with a count.
    """
    words = WORDS[lang]
    other = info["labels"]["id" if lang == "en" else "en"]
    kind = words["kinds"].get(info["category"], info["category"])
    lines = [f"{info['label']} ({kind})" + (f" / {other}" if other and other != info["label"] else "")]
    if info["definition"]:
        lines.append(f"  {info['definition']}")
    if info["alt_labels"]:
        lines.append(f"  {words['alt']}: {'; '.join(info['alt_labels'])}")
    if "effort_hours" in info:
        lines.append(f"  {words['effort_unit']}: {hours(info['effort_hours'], lang)}")
    for key, values in list(info["links"].items()) + list(info["linked_from"].items()):
        title = words.get(key, key)
        lines.append(f"  {title}{f' ({len(values):,})' if len(values) > LISTED else ''}: {_names(values, lang)}")
    for group in ("skill", "knowledge", "technology"):
        rows = [r for r in info.get("requirements", ()) if r["category"] == group]
        if rows:
            lines.append(f"  {words['requirements'][group]}" + (f" ({len(rows)})" if len(rows) > LISTED else "") + ":")
        for req in rows:
            tag = words["essential"] if req["essential"] else words["optional"]
            mark = f" [{words['curated'].lower()}]" if req["curated"] else ""
            lines.append(f"    - {req['skill']} ({words['level']} {req['level']}, {tag}){mark}")
    if info["matches"]:
        lines.append(f"  {words['matches']}: {', '.join(info['matches'])}")
    for key in ("code", "preparation_level", "source"):
        if key in info:
            lines.append(f"  {words[key]}: {info[key]}")
    for ev in info["evidence"]:
        lines.append(f"  {words['evidence']} ({ev['source']}): \"{ev['quote']}\"")
    for note in info["curation_notes"]:
        lines.append(f"  {words['curated']}: {note}")
    for found in info.get("namesakes", ()):
        lines.append(f"  {words['namesake'].format(name=found['matched'])}: {_found(found, lang)}")
    return "\n".join(lines)


def _found(found: dict, lang: str) -> str:
    """One entity found by name: ``Label (category, code) <IRI>``."""
    kind = WORDS[lang]["kinds"].get(found["category"], found["category"])
    return f"{found['label']} ({kind}{', ' + found['code'] if found['code'] else ''}) <{found['iri']}>"


def listing(rows: list[dict], lang: str) -> str:
    """Render ``graph list`` (rows of :func:`graph.views.json.listing`): labels in a column, then definitions."""
    if not rows:
        return WORDS[lang]["no_match"] + "\n"
    width = max(len(r["label"]) for r in rows)
    return "".join(f"{r['label']:<{width}}  {r['definition']}".rstrip() + "\n" for r in rows)


def search(text: str, found: list[dict], total: int, lang: str) -> str:
    """Render ``graph search``: one entity a line, best first, and how many more matched."""
    words = WORDS[lang]
    if not total:
        return words["no_search"].format(q=text) + "\n"
    lines = [_found(f, lang) + (f" — {words['found_as']} “{f['matched']}”" if f["matched"] != normalise(f["label"])
                                else "") for f in found]
    if total > len(found):
        lines.append(words["more_found"].format(n=f"{total - len(found):,}", total=f"{total:,}"))
    return "\n".join(lines) + "\n"


def _skill_line(skill: dict, lang: str) -> str:
    words = WORDS[lang]
    return (f"{skill['label']}: {words['level']} {skill['from_level']} → {skill['level']}, "
            f"{hours(skill['effort'], lang)}" + (f" ({words['prerequisite']})" if skill["reason"] == "prerequisite" else ""))


def paths(result: dict, lang: str, markdown: bool = False) -> str:
    """Render the dict from ``graph path --format json`` as text or Markdown."""
    words = WORDS[lang]
    out = []
    for number, path in enumerate(result["paths"], 1):
        title = words["from_to"].format(a=path["roles"][0], b=path["roles"][-1])
        count = len(path["steps"])
        summary = (f"{count} {words['moves'] if count != 1 else words['move']}, {hours(path['total_effort'], lang)} "
                   f"({words['weeks'].format(w=round(path['total_effort'] / WEEK_HOURS))}; "
                   f"{words['budget'].format(h=hours(result['max_step'], lang))})")
        if len(result["paths"]) > 1:
            title = f"{words['path']} {number} {words['of']} {len(result['paths'])}. {title}"
        out.append(f"## {title}\n\n{summary}\n" if markdown else f"{title}: {summary}")
        for step_no, step in enumerate(path["steps"], 1):
            head = f"{step_no}. {step['from']} → {step['to']} ({hours(step['effort'], lang)})"
            if markdown:
                out.append(f"### {head}\n")
                out.append(f"| # | {words['skill_col']} | {words['level_col']} | {words['effort']} |\n|---|---|---|---|")
                for i, s in enumerate(step["skills"], 1):
                    tag = f" ({words[s['reason']]})" if s["reason"] != "essential" else ""
                    out.append(f"| {i} | {s['label']}{tag} | {s['from_level']} → {s['level']} | {hours(s['effort'], lang)} |")
            else:
                out.append(f"\n  {head}")
                done = words[step["alignment"]] if "alignment" in step else words["nothing"]
                out.append(f"     {words['learn']}:" if step["skills"] else f"     {done}")
                out.extend(f"       {i}. {_skill_line(s, lang)}" for i, s in enumerate(step["skills"], 1))
            for key in ("new_concerns", "new_sectors"):
                if step[key]:
                    out.append(("\n" if markdown else "") + f"{'' if markdown else '     '}{words[key]}: {', '.join(step[key])}")
            if markdown:
                out.append("")
        out.append(f"{'**' if markdown else '  '}{words['total']}: {hours(path['total_effort'], lang)}{'**' if markdown else ''}\n")
    return "\n".join(out).rstrip() + "\n"


def next_moves(result: dict, lang: str) -> str:
    """Render the dict from ``graph next --format json`` as text."""
    words = WORDS[lang]
    if not result["moves"]:
        return words["none_next"].format(a=result["from"], h=hours(result["max_step"], lang)) + "\n"
    lines = [words["next"].format(a=result["from"], h=hours(result["max_step"], lang)) + ":"]
    for number, m in enumerate(result["moves"], 1):
        lines.append(f"{number:>2}. {m['role']}  {hours(m['effort'], lang)}, {words['similarity']} {decimal(m['similarity'], lang)}")
        shared = ", ".join(s["label"] for s in m["shared"]) or words["none"]
        learn = ", ".join(f"{s['label']} {s['level']}" for s in m["to_learn"]) or words["none"]
        lines.append(f"    {words['shares']}: {shared}")
        lines.append(f"    {words['to_learn']}: {learn}")
    return "\n".join(lines) + "\n"


def gap(result: dict, lang: str) -> str:
    """Render the dict from ``graph gap --format json`` as text."""
    words = WORDS[lang]
    lines = [words["gap"].format(a=result["from"], b=result["to"]) + ":"]
    lines.append(f"  {words['matched']}:")
    lines += [f"    - {s['label']} ({words['level']} {s['has_level']} ≥ {s['level']}, "
              f"{words['essential'] if s['essential'] else words['optional']})" for s in result["matched"]] or [f"    {words['none']}"]
    for key, total in (("missing_essential", "essential_effort"), ("missing_optional", "optional_effort")):
        lines.append(f"  {words[key]} — {hours(result[total], lang)}:")
        lines += [f"    - {_skill_line(s, lang)}" for s in result[key]] or [f"    {words['none']}"]
    return "\n".join(lines) + "\n"


def _node(node, report) -> str:
    """A node of a validation report for people: a prefixed name with its English label, or a literal in Turtle."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        return node.n3(_PREFIXED.namespace_manager)
    name = _PREFIXED.namespace_manager.normalizeUri(node) if isinstance(node, URIRef) else f"_:{node}"
    label = report.labels.get(str(node), {}).get("en")
    return f"{name} ({label})" if label else name


def violation(found, report) -> str:
    """One violation on one line: severity (if not a violation), focus, path, message and the offending value.

    Examples
    --------
    >>> from graph.store.validate import Report, Violation
    >>> role = URIRef("https://w3id.org/aijobs/role/data-analyst")
    >>> report = Report(False, labels={str(role): {"en": "Data Analyst", "id": "Analis Data"}})
    >>> violation(Violation(role, "aij:inSector", "Needs a sector.", value=Literal(3)), report)
    'role:data-analyst (Data Analyst) aij:inSector: Needs a sector. [value: "3"^^xsd:integer]'
    """
    parts = [] if found.severity == "Violation" else [f"{found.severity}:"]
    parts.append(_node(found.focus, report))
    if found.path:
        parts.append(found.path)
    line = " ".join(parts) + f": {found.message}"
    if found.value is not None and found.value != found.focus:
        line += f" [value: {_node(found.value, report)}]"
    return line


def validation(report) -> str:
    """Render a :class:`graph.store.validate.Report`: every violation, then a summary line."""
    if report.conforms:
        return (f"Graph conforms: {report.shapes} shapes ({report.rules} rules) checked, {report.triples:,} triples, "
                "no violations.\n")
    lines = [violation(v, report) for v in report.violations]
    lines.append(f"Graph does not conform: {len(report.violations)} violation(s) on "
                 f"{len({v.focus for v in report.violations})} resource(s), {report.shapes} shapes checked.")
    return "\n".join(lines) + "\n"
