"""Turn result dicts into human-readable text or Markdown, in English or Indonesian."""

from functools import cache

from . import messages, safe
from ..errors import Phrase
from ..model.names import normalise

#: Words of the text views, in each language (kept with all the wording, in :mod:`graph.views.messages`).
WORDS = messages.TEXT_WORDS
HOURS = messages.TEXT_HOURS
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


def count(value: int, lang: str) -> str:
    """Format a whole number with the language's thousands separator: ``1,234`` / ``1.234``.

    Examples
    --------
    >>> count(1234, "en"), count(1234, "id")
    ('1,234', '1.234')
    """
    return messages.number(f"{value:,}", lang)


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
    return ", ".join(values[:shown]) + " " + WORDS[lang]["more"].format(n=count(len(values) - shown, lang))


def entity(info: dict, lang: str) -> str:
    """Render ``graph show`` (the dict of :func:`graph.views.json.entity`) as text.

    The header names the entity in ``lang`` with its other-language label when it has
    one; an empty definition prints nothing; a role's requirements come grouped as skills,
    knowledge areas and technologies; long lists of linked entities come with a count.
    A curated link or requirement is marked, and its rationale follows in ``lang``.
    """
    info = safe.each(info, safe.terminal)
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
    mark = f" [{words['curated'].lower()}]"
    curated = []
    for key, links in list(info["links"].items()) + list(info["linked_from"].items()):
        title = words.get(key, key)
        values = [link["label"] + (mark if link["status"] == "curated" else "") for link in links]
        curated += [(link["label"], link["note"]) for link in links if link["status"] == "curated"]
        lines.append(f"  {title}{f' ({count(len(values), lang)})' if len(values) > LISTED else ''}: "
                     f"{_names(values, lang)}")
    for group in ("skill", "knowledge", "technology", "trait"):
        rows = [r for r in info.get("requirements", ()) if r["category"] == group]
        if rows:
            lines.append(f"  {words['requirements'][group]}" + (f" ({count(len(rows), lang)})" if len(rows) > LISTED
                                                                else "") + ":")
        for req in rows:
            tag = words["essential"] if req["essential"] else words["optional"]
            lines.append(f"    - {req['skill']} ({words['level']} {req['level']}, {tag})"
                         + (mark if req["status"] == "curated" else ""))
            if req["status"] == "curated":
                curated.append((req["skill"], req["note"]))
    if info.get("plannable") is False:
        lines.append(f"  {words['unplannable']}")
    if info["matches"]:
        lines.append(f"  {words['matches']}: {', '.join(info['matches'])}")
    for key in ("code", "preparation_level", "source"):
        if key in info:
            lines.append(f"  {words[key]}: {info[key]}")
    for ev in info["evidence"]:
        lines.append(f"  {words['evidence']} ({ev['source']}): \"{ev['quote']}\"")
    for note in info["curation_notes"]:
        lines.append(f"  {words['curated']}: {note}")
    for label, note in curated:
        lines.append(f"  {words['curated']} — {label}: {note}")
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
    rows = safe.each(rows, safe.terminal)
    width = max(len(r["label"]) for r in rows)
    return "".join(f"{r['label']:<{width}}  {r['definition']}".rstrip() + "\n" for r in rows)


def search(text: str, found: list[dict], total: int, lang: str) -> str:
    """Render ``graph search``: one entity a line, best first, and how many more matched."""
    words = WORDS[lang]
    text, found = safe.terminal(text), safe.each(found, safe.terminal)
    if not total:
        return words["no_search"].format(q=text) + "\n"
    lines = [_found(f, lang) + (f" — {words['found_as']} “{f['matched']}”" if f["matched"] != normalise(f["label"])
                                else "") for f in found]
    if total > len(found):
        lines.append(words["more_found"].format(n=count(total - len(found), lang), total=count(total, lang)))
    return "\n".join(lines) + "\n"


def _skill_line(skill: dict, lang: str) -> str:
    words = WORDS[lang]
    line = f"{skill['label']}: {words['level']} {skill['from_level']} → {skill['level']}, "
    if skill["reason"] == "trait":
        return line + words["trait"]
    return line + hours(skill["effort"], lang) + (f" ({words['prerequisite']})" if skill["reason"] == "prerequisite" else "")


def duration(total: float, lang: str, hours_per_week: float | None = None) -> str:
    """Say how long ``total`` hours take: at full time (40 h a week), or at ``hours_per_week``.

    Examples
    --------
    >>> duration(975.0, "en")
    'about 24 weeks of full-time study'
    >>> duration(975.0, "id", 10)
    'sekitar 98 minggu dengan 10 jam per minggu, sekitar 22 bulan'
    >>> duration(45.0, "en"), duration(1200.0, "en", 40)
    ('about 1 week of full-time study', 'about 30 weeks at 40 h a week, about 7 months')
    """
    words = WORDS[lang]
    if hours_per_week is None:
        weeks = round(total / WEEK_HOURS)
        return words["week" if weeks == 1 else "weeks"].format(w=count(weeks, lang))
    week_count = total / hours_per_week
    weeks = round(week_count)
    text = words["week_at" if weeks == 1 else "weeks_at"].format(w=count(weeks, lang), h=hours(hours_per_week, lang))
    if week_count >= 8:
        text += f", {words['months'].format(m=count(round(week_count * 7 / 30.44), lang))}"
    return text


def paths(result: dict, lang: str, markdown: bool = False, suggest=lambda hours: "") -> str:
    """Render the dict from ``graph path --format json`` as text or Markdown.

    ``suggest(hours)`` is appended where a larger per-move budget is mentioned (the CLI
    names its option there). Labels are made safe for a terminal, or for Markdown.
    """
    result = safe.each(result, safe.markdown if markdown else safe.terminal)
    words = WORDS[lang]
    if not result["paths"][0]["steps"]:
        same = words["met"] if result["from"] is None else words["same"]
        return same.format(a=result["from"], b=result["to"]) + "\n"
    out = []
    per_week = result.get("hours_per_week")
    for number, path in enumerate(result["paths"], 1):
        title = words["from_to"].format(a=result["from"] or words["you"], b=result["to"])
        count = len(path["steps"])
        summary = (f"{count} {words['moves'] if count != 1 else words['move']}, {hours(path['total_effort'], lang)} "
                   f"({duration(path['total_effort'], lang, per_week)}; "
                   f"{words['budget'].format(h=hours(result['max_step'], lang))})")
        if len(result["paths"]) > 1:
            title = f"{words['path']} {number} {words['of']} {len(result['paths'])}. {title}"
        out.append(f"## {title}\n\n{summary}\n" if markdown else f"{title}: {summary}")
        if count > 1 or path["total_effort"] != path["direct_effort"]:
            over = path["direct_effort"] > result["max_step"]
            line = words["direct" if over else "direct_fits"].format(h=hours(path["direct_effort"], lang))
            out.append(f"{line}\n" if markdown else f"  {line}")
        for step_no, step in enumerate(path["steps"], 1):
            head = f"{step_no}. {step['from'] or words['you']} → {step['to']} ({hours(step['effort'], lang)})"
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
            if step["traits"]:
                asked = ", ".join(f"{s['label']} ({words['level']} {s['level']})" for s in step["traits"])
                out.append(("\n" if markdown else "") + f"{'' if markdown else '     '}{words['traits']}: {asked}")
            for key in ("new_concerns", "new_sectors"):
                if step[key]:
                    out.append(("\n" if markdown else "") + f"{'' if markdown else '     '}{words[key]}: {', '.join(step[key])}")
            if markdown:
                out.append("")
        out.append(f"{'**' if markdown else '  '}{words['total']}: {hours(path['total_effort'], lang)}{'**' if markdown else ''}")
        if path["detour"]:
            ratio = decimal(path["total_effort"] / path["direct_effort"], lang).rstrip("0").rstrip(".,")
            out.append(("" if markdown else "  ") + words["detour"].format(
                r=ratio, h=hours(path["direct_effort"], lang), flag=suggest(path["direct_effort"])))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def no_path(facts, labels: dict, lang: str, suggest=lambda hours: "", relax=None) -> str:
    """One line explaining a :class:`graph.errors.NoPathError` (``labels``: IRI -> label).

    ``suggest(hours)`` is appended to the smallest budget that works, and for each blocking
    constraint ``relax[name]``, ``("raise" or "drop", option)``, says how to lift it (the CLI
    names its options there).
    """
    relax = relax or {}
    words = WORDS[lang]
    if "unrated" in facts.blocking:
        return words["unrated"].format(b=labels[facts.target])
    text = words["no_path"].format(a=labels.get(facts.source) or words["you"], b=labels[facts.target],
                                   h=hours(facts.max_step, lang))
    if facts.max_steps:
        text += words["no_path_steps"].format(n=facts.max_steps, moves=words["move" if facts.max_steps == 1 else "moves"])
    if facts.via:
        text += words["no_path_via"].format(v=labels[facts.via])
    hints = []
    if facts.budget is not None:
        hints.append(words["no_budget"].format(h=hours(facts.budget, lang), flag=suggest(facts.budget)))
    elif not facts.blocking:
        hints.append(words["no_budget_at_all"])
    if facts.blocking:
        lifted = [words["constraint"][c] + (words["relax"][relax[c][0]].format(flag=relax[c][1]) if c in relax else "")
                  for c in facts.blocking]
        hints.append(words["blocked"].format(what=words["or"].join(lifted)))
    if facts.closest is not None:
        role, remaining = facts.closest
        hints.append(words["closest"].format(r=labels[role], h=hours(remaining, lang), b=labels[facts.target]))
    joined = "; ".join(hints)
    return f"{text}. {joined[:1].upper()}{joined[1:]}." if hints else f"{text}."


def next_moves(result: dict, lang: str) -> str:
    """Render the dict from ``graph next --format json`` as text."""
    result = safe.each(result, safe.terminal)
    words = WORDS[lang]
    result["from"] = result["from"] or words["you"]  # from a person: "your profile"
    budget = hours(result["max_step"], lang)
    lines = []
    if result["missing"]:
        what = ", ".join(words["signals"][name] for name in result["missing"])
        lines.append(words["missing"].format(a=result["from"], what=what))
    if result["moves"]:
        lines.append(words["next" if result["order"] == "relatedness" else "next_effort"].format(a=result["from"], h=budget) + ":")
    else:
        lines.append(words["none_fit" if result["over_budget"] else "none_next"].format(a=result["from"], h=budget))
    for number, m in enumerate(result["moves"], 1):
        lines.append(f"{number:>2}. {m['role']} — {words[result.get('measure', 'relatedness')]} {decimal(m['relatedness'], lang)}; "
                     f"{hours(m['effort'], lang)}, {words['fits' if m['fits'] else 'over']}")
        if "via" in m:
            lines.append(f"    {words['through']}: {m['via']['role']} ({m['via']['alignment']})")
        if m["builds_on"]:
            lines.append(f"    {words['shares']}: " + "; ".join(e["label"].rstrip(".") for e in m["builds_on"]))
        learn = [f"{s['label']} {s['level']} ({hours(s['effort'], lang)})" for s in m["to_learn"][:_LEARN]]
        if len(m["to_learn"]) > _LEARN:
            learn.append(words["more_to_learn"].format(n=count(len(m["to_learn"]) - _LEARN, lang)))
        lines.append(f"    {words['to_learn']}: {', '.join(learn) or words['none']}")
    if result["below_floor"]:
        lines.append(words["below_floor"].format(n=count(result["below_floor"], lang), c=count(result["considered"], lang),
                                                 f=decimal(result["floor"], lang)))
    if result["over_budget"]:
        lines.append(words["over_budget"].format(n=count(result["over_budget"], lang), h=budget))
    return "\n".join(lines) + "\n"


#: ``next`` names this many skills to learn per move (the largest first); JSON lists them all.
_LEARN = 5


def related(result: dict, lang: str) -> str:
    """Render the dict from ``graph related --format json`` as text."""
    result = safe.each(result, safe.terminal)
    words = WORDS[lang]
    lines = [words["related"].format(a=result["from"], b=result["to"], s=decimal(result["relatedness"], lang))]
    if result["missing"]:
        what = ", ".join(words["signals"][name] for name in result["missing"])
        lines.append(words["missing_related"].format(a=result["from"], what=what))
    if "via" in result:
        lines.append(words["via"].format(b=result["to"], c=result["via"]["role"], link=result["via"]["alignment"]))
    elif not result["signals"]:
        lines.append(words["unrelated"].format(a=result["from"], b=result["to"]))
    for s in result["signals"]:
        lines.append("  " + words["signal_line"].format(name=words["signals"][s["signal"]], sim=decimal(s["similarity"], lang),
                                                       w=decimal(s["weight"], lang), part=decimal(s["contribution"], lang)))
        if s["shared"]:
            lines.append(f"      {words['shared']}: " + "; ".join(e["label"].rstrip(".") for e in s["shared"]))
    return "\n".join(lines) + "\n"



def gap(result: dict, lang: str) -> str:
    """Render the dict from ``graph gap --format json`` as text."""
    result = safe.each(result, safe.terminal)
    words = WORDS[lang]
    lines = [words["gap"].format(a=result["from"] or words["you"], b=result["to"]) + ":"]
    lines.append(f"  {words['matched']}:")
    lines += [f"    - {s['label']} ({words['level']} {s['has_level']} ≥ {s['level']}, "
              f"{words['essential'] if s['essential'] else words['optional']})" for s in result["matched"]] or [f"    {words['none']}"]
    for key, total in (("missing_essential", "essential_effort"), ("missing_optional", "optional_effort")):
        lines.append(f"  {words[key]} — {hours(result[total], lang)}:")
        lines += [f"    - {_skill_line(s, lang)}" for s in result[key]] or [f"    {words['none']}"]
    if result["missing_traits"]:
        lines.append(f"  {words['traits']}:")
        lines += [f"    - {_skill_line(s, lang)}" for s in result["missing_traits"]]
    return "\n".join(lines) + "\n"


@cache
def _prefixed():
    """A namespace manager binding only the project's prefixes, for writing IRIs as prefixed names."""
    from rdflib import Graph

    from ..store.rdf import bind_prefixes

    return bind_prefixes(Graph(bind_namespaces="none")).namespace_manager


def _node(node, report, lang: str = "en") -> str:
    """A node of a validation report for people: a prefixed name with its label in ``lang``, or a literal in Turtle."""
    from rdflib import Literal, URIRef  # a report's nodes are rdflib terms: only validation loads rdflib here

    if node is None:
        return ""
    if isinstance(node, Literal):
        return node.n3(_prefixed())
    name = _prefixed().normalizeUri(node) if isinstance(node, URIRef) else f"_:{node}"
    labels = report.labels.get(str(node), {})
    label = labels.get(lang) or labels.get("en")
    return f"{name} ({label})" if label else name


def violation(found, report, lang: str = "en") -> str:
    """One violation on one line: severity (if not a violation), focus, path, message and the offending value.

    A shape's message is shown in ``lang`` where the shapes file words it in that language
    (in English otherwise); the project's own checks (a :class:`graph.errors.Phrase`) are
    worded in ``lang``.

    Examples
    --------
    >>> from rdflib import Literal, URIRef
    >>> from graph.store.validate import Report, Violation
    >>> role = URIRef("https://w3id.org/aijobs/role/data-analyst")
    >>> report = Report(False, labels={str(role): {"en": "Data Analyst", "id": "Analis Data"}})
    >>> violation(Violation(role, "aij:inSector", "Needs a sector.", value=Literal(3)), report)
    'role:data-analyst (Data Analyst) aij:inSector: Needs a sector. [value: "3"^^xsd:integer]'
    >>> violation(Violation(role, "aij:inSector", "Needs a sector.", severity="Warning"), report, "id")
    'Peringatan: role:data-analyst (Analis Data) aij:inSector: Needs a sector.'
    >>> quote = Phrase("quote_not_in_article", file="a.txt", source={"en": "An article", "id": "Sebuah artikel"}, cited="")
    >>> violation(Violation(role, "aij:quote", quote), report, "id")
    'role:data-analyst (Analis Data) aij:quote: Kutipan ini tidak ditemukan persis di a.txt, teks artikel Sebuah artikel.'
    """
    parts = [] if found.severity == "Violation" else [messages.message(Phrase(f"severity_{found.severity}"), lang)]
    parts.append(_node(found.focus, report, lang))
    if found.path:
        parts.append(found.path)
    said = found.message if isinstance(found.message, str) else messages.message(found.message, lang)
    line = " ".join(parts) + f": {said}"
    if found.value is not None and found.value != found.focus:
        line += " " + messages.message(Phrase("violation_value", value=_node(found.value, report, lang)), lang)
    return line


def validation(report, lang: str = "en", **context) -> str:
    """Render a :class:`graph.store.validate.Report` in ``lang``: every violation, a summary line, and whether quotes
    were checked.

    ``context`` holds what the last line's words may name besides the report (the CLI's flag names).

    Examples
    --------
    >>> from graph.store.validate import Report
    >>> print(validation(Report(True, shapes=2, rules=5, triples=9, quotes=3, articles=1)), end="")
    Graph conforms: 2 shapes (5 rules) checked, 9 triples, no violations.
    Quotes checked against the articles: 3 in 1 article file(s).
    >>> validation(Report(True, shapes=2, rules=5, triples=1234, quotes=3, articles=1), "id").splitlines()[0]
    'Graf sesuai: 2 shape (5 aturan) diperiksa, 1.234 tripel, tanpa pelanggaran.'
    """
    if report.conforms:
        lines = [messages.message(Phrase("conforms", shapes=report.shapes, rules=report.rules, triples=report.triples),
                                  lang)]
    else:
        lines = [safe.terminal(violation(v, report, lang)) for v in report.violations]
        lines.append(messages.message(Phrase("does_not_conform", violations=len(report.violations),
                                             resources=len({v.focus for v in report.violations}),
                                             shapes=report.shapes), lang))
    checked = (Phrase("quotes_unchecked") if report.quotes is None
               else Phrase("quotes_checked", quotes=report.quotes, articles=report.articles))
    lines.append(messages.message(checked, lang, **context))
    return "\n".join(lines) + "\n"
