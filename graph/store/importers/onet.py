"""Import the O*NET database (text release, tab-separated) into the project's ontology.

Mapping (the README's "Importing O*NET and ESCO" section explains the choices):

- each occupation of ``Occupation Data.txt`` becomes an ``aij:Role`` whose IRI names the
  concept, ``https://w3id.org/aijobs/onet/occupation/<code>`` (the IRI the curated roles use in
  their ``skos:closeMatch``/``skos:exactMatch`` links), with its O*NET OnLine page
  ``https://www.onetonline.org/link/summary/<code>`` as ``rdfs:seeAlso``,
  ``skos:notation`` (the O*NET-SOC code), ``skos:prefLabel`` and ``skos:definition``
  (``@en``) and one ``skos:altLabel`` per alternate or short title;
- ``Job Zones.txt`` gives ``aij:preparationLevel`` (1 little – 5 extensive preparation);
- each element of ``Skills.txt`` and ``Knowledge.txt`` becomes a skill: the basic and
  cross-functional skills are ``aij:NonTechnicalSkill``, the technical skills (element
  2.B.3.*) ``aij:TechnicalSkill``, the knowledge areas ``aij:Knowledge``;
- an occupation requires an element when its importance (scale IM, 1–5) is at least
  :data:`OPTIONAL_IMPORTANCE`; the requirement is essential from :data:`ESSENTIAL_IMPORTANCE`
  ("important" on O*NET's anchors). Its level maps the LV scale (0–7) onto the project's
  1–4 scale in four equal bands (:func:`level`). Rows O*NET marks "Not Relevant" or
  "Recommend Suppress" are left out. An occupation O*NET has not rated (137 in 29.2, among
  them Data Scientists and Software Developers) gets the mean ratings of the rated
  occupations of its O*NET-SOC detailed occupation (``15-2051.01``, ``.02`` for
  ``15-2051.00``), or else of its SOC broad occupation (``15-125*``), with an
  ``aij:curationNote`` that says so; one with no rated relative stays unrated;
- each example of ``Technology Skills.txt`` becomes an ``aij:Technology`` (an ``aij:TechnicalSkill``)
  (``aij:hotTechnology true`` when O*NET flags it Hot), ``skos:broader`` its UNSPSC
  commodity; an occupation requires it at level 2, essential when O*NET flags it In
  Demand for that occupation (``aij:inDemand true``), optional otherwise;
- a rated element's importance is ``aij:importance`` on the requirement (O*NET's own
  ratings only, never the borrowed means).

The optional files (:data:`OPTIONAL_FILES`; an import says which it read):

- ``DWA Reference.txt`` and ``IWA Reference.txt`` give the work-activity hierarchy: every
  generalized (element), intermediate and detailed work activity is an ``aij:WorkActivity``
  (``skos:prefLabel``, ``skos:notation``, ``skos:broader`` the level above);
- ``Task Statements.txt``: each task an ``aij:Task`` (``aij:coreTask`` true for Core, false
  for Supplemental) that the occupation ``aij:performsTask``; ``Tasks to DWAs.txt``: the
  task ``aij:involvesActivity`` each of its detailed work activities;
- ``Interests.txt``: the six RIASEC scores (scale OI, 1–7) as :data:`INTERESTS`;
- ``Education, Training, and Experience.txt``: the preparation profile, for each scale of
  :data:`PREPARATION` the mean category weighted by the share of respondents;
- ``Sample of Reported Titles.txt``: more ``skos:altLabel``.
"""

from pathlib import Path

from rdflib.namespace import DCTERMS, OWL, RDFS, SDO, SKOS

from ...model import projection
from ..rdf import AIJ
from . import CC_BY_4, IMPORT_BASE, Source, check_directory, note, release_of
from .tables import read_tsv
from .triples import Triples, unique_slugs

ROLE = IMPORT_BASE + "onet/occupation/"
#: O*NET OnLine's page about an occupation, by code: the document, not the concept (``rdfs:seeAlso``).
PAGE = "https://www.onetonline.org/link/summary/"
ELEMENT = IMPORT_BASE + "onet/element/"
TECHNOLOGY = IMPORT_BASE + "onet/technology/"
COMMODITY = IMPORT_BASE + "onet/commodity/"
REQUIREMENT = IMPORT_BASE + "onet/requirement/"
TASK = IMPORT_BASE + "onet/task/"
ACTIVITY = IMPORT_BASE + "onet/activity/"
#: The optional files: what people do, their interests and preparation, the titles they report.
OPTIONAL_FILES = ("IWA Reference.txt", "DWA Reference.txt", "Task Statements.txt", "Tasks to DWAs.txt",
                  "Interests.txt", "Education, Training, and Experience.txt", "Sample of Reported Titles.txt")
#: RIASEC interest elements (``Interests.txt``, scale OI, 1-7) and the property each becomes.
INTERESTS = dict(zip(("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f"), projection.INTERESTS))
#: Preparation scales of ``Education, Training, and Experience.txt``: scale, highest category, property.
PREPARATION = {"RL": (12, "educationLevel"), "RW": (11, "experienceLevel"), "OJ": (9, "trainingLevel")}

#: Importance (IM, 1-5) from which an element is a requirement at all ("somewhat important").
OPTIONAL_IMPORTANCE = 2.0
#: Importance from which the requirement is essential ("important").
ESSENTIAL_IMPORTANCE = 3.0
#: Width of one project level on O*NET's 0-7 level scale.
LEVEL_BAND = 7 / 4
#: Level at which an occupation uses a technology.
TECHNOLOGY_LEVEL = 2
#: Study hours per unit of the level scale, by kind of skill (see the README for the reasoning).
EFFORT_HOURS = {"NonTechnicalSkill": 8, "TechnicalSkill": 12, "Knowledge": 20, "technology": 10}

FILES = ("Occupation Data.txt", "Skills.txt", "Knowledge.txt", "Technology Skills.txt", "Alternate Titles.txt",
         "Job Zones.txt")
CODE = "O*NET-SOC Code"
_RATING_COLUMNS = (CODE, "Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress", "Not Relevant")
_FLAGS = ("Y", "N", "")


def level(value: float) -> int:
    """Map O*NET's level scale (LV, 0–7) onto the project's 1–4 scale in four equal bands.

    Examples
    --------
    >>> [level(v) for v in (0, 1.74, 1.75, 3.4, 3.5, 5.2, 5.25, 7)]
    [1, 1, 2, 2, 3, 3, 4, 4]
    """
    return min(4, 1 + int(value // LEVEL_BAND))


def _element_class(element_id: str, knowledge: bool) -> str:
    if knowledge:
        return "Knowledge"
    return "TechnicalSkill" if element_id.startswith("2.B.3.") else "NonTechnicalSkill"


def _ratings(path: Path, codes: set, knowledge: bool, dataset: str, out: Triples, counts: dict) -> set:
    """Pair the IM and LV rows of each (occupation, element), write the requirements; return the rated codes."""
    pairs: dict[tuple, dict] = {}
    for row in read_tsv(path, _RATING_COLUMNS):
        code = row.required(CODE)
        if code not in codes:
            raise row.fail(CODE, "unknown_in_file", what="occupation", value=code, file="Occupation Data.txt")
        scale = row.choice("Scale ID", ("IM", "LV"))
        value = row.number("Data Value", 1, 5) if scale == "IM" else row.number("Data Value", 0, 7)
        dropped = row.choice("Recommend Suppress", _FLAGS) == "Y" or row.choice("Not Relevant", _FLAGS) == "Y"
        entry = pairs.setdefault((code, row.required("Element ID")), {"name": row.required("Element Name")})
        entry[scale] = value
        entry["dropped"] = entry.get("dropped", False) or dropped
    for element, name in sorted({(element, entry["name"]) for (_, element), entry in pairs.items()}):
        skill, kind = ELEMENT + element, _element_class(element, knowledge)
        out.type(skill, str(AIJ[kind]))
        out.text(skill, PREF_LABEL, name, "en")
        out.text(skill, str(SKOS.notation), element)
        out.integer(skill, str(AIJ.effortHours), EFFORT_HOURS[kind])
        out.iri(skill, str(DCTERMS.source), dataset)
    usable = {key: entry for key, entry in pairs.items() if not entry["dropped"] and "IM" in entry and "LV" in entry}
    rated = {code for code, _ in pairs}
    for code in sorted(codes - rated):  # borrow the ratings of the occupation's rated siblings
        donors = _donors(code, rated)
        if not donors:
            continue
        elements = sorted({element for (donor, element) in usable if donor in donors})
        for element in elements:
            values = [usable[(d, element)] for d in donors if (d, element) in usable]
            usable[(code, element)] = {key: sum(v[key] for v in values) / len(values) for key in ("IM", "LV")}
        lenders = ", ".join(sorted(donors))
        out.text(ROLE + code, str(AIJ.curationNote),
                 f"O*NET has not rated this occupation's {'knowledge' if knowledge else 'skills'}: they are the mean "
                 f"ratings of {lenders}, the rated occupations of the same SOC group.", "en")
        out.text(ROLE + code, str(AIJ.curationNote),  # the note is data, in both languages like the curated graph's
                 f"O*NET belum menilai {'pengetahuan' if knowledge else 'keterampilan'} pekerjaan ini: nilainya adalah "
                 f"rata-rata nilai {lenders}, pekerjaan yang sudah dinilai dalam kelompok SOC yang sama.", "id")
    for (code, element), entry in usable.items():
        if entry["IM"] >= OPTIONAL_IMPORTANCE:
            req = f"{REQUIREMENT}{code}/{element}"
            _requirement(out, req, ROLE + code, ELEMENT + element, level(entry["LV"]), entry["IM"] >= ESSENTIAL_IMPORTANCE)
            if code in rated:  # O*NET's own rating, not one borrowed from relatives
                out.decimal(req, str(AIJ.importance), entry["IM"])
            counts["requirements"] += 1
    return rated


def _donors(code: str, rated: set) -> list[str]:
    """The rated occupations of the same O*NET-SOC detailed occupation (``15-2051.*``), else broad group (``15-205*``)."""
    for width in (7, 6):
        found = sorted(c for c in rated if c[:width] == code[:width])
        if found:
            return found
    return []


_REQUIREMENT_TERMS = tuple(map(str, (AIJ.SkillRequirement, AIJ.ofRole, AIJ.requiresSkill, AIJ.level, AIJ.essential)))
PREF_LABEL = str(SKOS.prefLabel)


def _requirement(out: Triples, req: str, role: str, skill: str, value: int, essential: bool) -> None:
    cls, of_role, requires, level_, essential_ = _REQUIREMENT_TERMS
    out.type(req, cls)
    out.iri(req, of_role, role)
    out.iri(req, requires, skill)
    out.integer(req, level_, value)
    out.boolean(req, essential_, essential)


def read_onet(directory, *, release: str | None = None, progress=None) -> Source:
    """Read an O*NET text release into the project's ontology.

    Parameters
    ----------
    directory : path-like
        The folder with the official files (``Occupation Data.txt``, ``Skills.txt``, ...).
    release : str, optional
        The release, e.g. ``'29.2'``; read from the folder name when omitted.
    progress : callable, optional
        Called as ``progress(label)`` after each file, for a progress bar.

    Returns
    -------
    Source
        The statements, sorted N-Triples, and counts of what was imported.

    Raises
    ------
    DataError
        A file is missing or malformed; the message names the file, line and column.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "onet-29.2"
    >>> folder.mkdir()
    >>> read_onet(folder)
    Traceback (most recent call last):
    ...
    graph.errors.DataError: no_source_files(path=PosixPath('...onet-29.2'), what='O*NET', files=['Occupation Data.txt', ...])
    """
    directory = check_directory(directory, FILES, "O*NET")
    release = release_of(directory, release, r"(\d+)[._](\d+)")
    step = progress or (lambda label: None)
    out, counts = Triples(), {"roles": 0, "requirements": 0, "technologies": 0}
    dataset = f"{IMPORT_BASE}dataset/onet-{release}"
    codes = set()
    for row in read_tsv(directory / "Occupation Data.txt", (CODE, "Title", "Description")):
        code, role = row.required(CODE), ROLE + row.required(CODE)
        if code in codes:
            raise row.fail(CODE, "appears_twice", what="occupation", value=code)
        codes.add(code)
        out.type(role, AIJ.Role)
        out.iri(role, RDFS.seeAlso, PAGE + code)
        out.text(role, SKOS.notation, code)
        out.text(role, SKOS.prefLabel, row.required("Title"), "en")
        out.text(role, SKOS.definition, row["Description"].strip(), "en")
        out.iri(role, DCTERMS.source, dataset)
    counts["roles"] = len(codes)
    step("Occupation Data.txt")
    for name, knowledge in (("Skills.txt", False), ("Knowledge.txt", True)):
        _ratings(directory / name, codes, knowledge, dataset, out, counts)
        step(name)
    technology_rows = read_tsv(directory / "Technology Skills.txt",
                               (CODE, "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"))
    slugs = unique_slugs(row.required("Example") for row in technology_rows)
    technical, technology, effort, source, broader, notation, hot, demand = map(str, (
        AIJ.TechnicalSkill, AIJ.Technology, AIJ.effortHours, DCTERMS.source, SKOS.broader, SKOS.notation, AIJ.hotTechnology,
        AIJ.inDemand))
    for row in technology_rows:
        code, example = row.required(CODE), row["Example"].strip()
        if code not in codes:
            raise row.fail(CODE, "unknown_in_file", what="occupation", value=code, file="Occupation Data.txt")
        skill, commodity = TECHNOLOGY + slugs[example], COMMODITY + row.required("Commodity Code")
        out.type(skill, technical)
        out.type(skill, technology)
        out.text(skill, PREF_LABEL, example, "en")
        out.integer(skill, effort, EFFORT_HOURS["technology"])
        out.iri(skill, source, dataset)
        out.iri(skill, broader, commodity)
        out.text(commodity, PREF_LABEL, row.required("Commodity Title"), "en")
        out.text(commodity, notation, row["Commodity Code"].strip())
        if row.choice("Hot Technology", ("Y", "N")) == "Y":
            out.boolean(skill, hot, True)
        in_demand = row.choice("In Demand", ("Y", "N")) == "Y"
        req = f"{REQUIREMENT}{code}/technology/{slugs[example]}"
        _requirement(out, req, ROLE + code, skill, TECHNOLOGY_LEVEL, in_demand)
        if in_demand:
            out.boolean(req, demand, True)
    counts["technologies"] = len(slugs)
    step("Technology Skills.txt")
    alt = str(SKOS.altLabel)
    for row in read_tsv(directory / "Alternate Titles.txt", (CODE, "Alternate Title", "Short Title")):
        code = row.required(CODE)
        if code not in codes:
            raise row.fail(CODE, "unknown_in_file", what="occupation", value=code, file="Occupation Data.txt")
        for column in ("Alternate Title", "Short Title"):
            if row[column].strip():
                out.text(ROLE + code, alt, row[column].strip(), "en")
    step("Alternate Titles.txt")
    for row in read_tsv(directory / "Job Zones.txt", (CODE, "Job Zone")):
        code = row.required(CODE)
        if code not in codes:
            raise row.fail(CODE, "unknown_in_file", what="occupation", value=code, file="Occupation Data.txt")
        out.integer(ROLE + code, AIJ.preparationLevel, int(row.number("Job Zone", 1, 5)))
    step("Job Zones.txt")
    used = _work(directory, codes, out, counts, step) + _profiles(directory, codes, out, step)
    absent = [name for name in OPTIONAL_FILES if name not in used]
    notes = (note("also_read", files=used or note("no_optional_files")),) + (
        (note("optional_not_found", files=absent),) if absent else ())
    _describe_dataset(out, dataset, release)
    return Source("onet", f"O*NET {release} Database", release, out.to_bytes(), counts, notes)


def _describe_dataset(out: Triples, dataset: str, release: str) -> None:
    out.type(dataset, SDO.Dataset)
    out.text(dataset, SKOS.prefLabel, f"O*NET {release} Database", "en")
    out.text(dataset, DCTERMS.title, f"O*NET {release} Database", "en")
    out.text(dataset, OWL.versionInfo, release)
    out.text(dataset, DCTERMS.publisher, "U.S. Department of Labor, Employment and Training Administration")
    out.iri(dataset, DCTERMS.license, CC_BY_4)
    out.iri(dataset, DCTERMS.source, "https://www.onetcenter.org/database.html")
    out.text(dataset, DCTERMS.rights,
             f"O*NET {release} Database by the U.S. Department of Labor, Employment and Training Administration "
             "(USDOL/ETA), used under the Creative Commons Attribution 4.0 International licence. "
             "O*NET® is a trademark of USDOL/ETA.", "en")


def _known(row, code: str, codes: set) -> str:
    if code not in codes:
        raise row.fail(CODE, "unknown_in_file", what="occupation", value=code, file="Occupation Data.txt")
    return ROLE + code


def _activity(out: Triples, iri_id: str, label: str, broader: str | None) -> None:
    iri = ACTIVITY + iri_id
    out.type(iri, str(AIJ.WorkActivity))
    out.text(iri, PREF_LABEL, label, "en")
    out.text(iri, str(SKOS.notation), iri_id)
    if broader:
        out.iri(iri, str(SKOS.broader), ACTIVITY + broader)


def _work(directory: Path, codes: set, out: Triples, counts: dict, step) -> list[str]:
    """Tasks, the work activities they involve, and the activity hierarchy; return the files read."""
    used = []
    path = directory / "IWA Reference.txt"
    if path.exists():
        for row in read_tsv(path, ("Element ID", "Element Name", "IWA ID", "IWA Title")):
            _activity(out, row.required("Element ID"), row.required("Element Name"), None)
            _activity(out, row.required("IWA ID"), row.required("IWA Title"), row["Element ID"].strip())
        used.append(path.name)
        step(path.name)
    path = directory / "DWA Reference.txt"
    if path.exists():
        for row in read_tsv(path, ("Element ID", "Element Name", "IWA ID", "IWA Title", "DWA ID", "DWA Title")):
            _activity(out, row.required("Element ID"), row.required("Element Name"), None)
            _activity(out, row.required("IWA ID"), row.required("IWA Title"), row["Element ID"].strip())
            _activity(out, row.required("DWA ID"), row.required("DWA Title"), row["IWA ID"].strip())
            counts["activities"] = counts.get("activities", 0) + 1
        used.append(path.name)
        step(path.name)
    tasks = set()
    path = directory / "Task Statements.txt"
    if path.exists():
        performs, core, task_class = str(AIJ.performsTask), str(AIJ.coreTask), str(AIJ.Task)
        for row in read_tsv(path, (CODE, "Task ID", "Task", "Task Type")):
            role, task = _known(row, row.required(CODE), codes), TASK + row.required("Task ID")
            kind = row.choice("Task Type", ("Core", "Supplemental", ""))
            out.type(task, task_class)
            out.text(task, PREF_LABEL, row.required("Task"), "en")
            if kind:
                out.boolean(task, core, kind == "Core")
            out.iri(role, performs, task)
            tasks.add(row["Task ID"].strip())
        counts["tasks"] = len(tasks)
        used.append(path.name)
        step(path.name)
    path = directory / "Tasks to DWAs.txt"
    if path.exists():
        involves, performs = str(AIJ.involvesActivity), str(AIJ.performsTask)
        for row in read_tsv(path, (CODE, "Task ID", "DWA ID", "DWA Title")):
            role, task_id = _known(row, row.required(CODE), codes), row.required("Task ID")
            if tasks and task_id not in tasks:
                raise row.fail("Task ID", "unknown_in_file", what="task", value=task_id, file="Task Statements.txt")
            out.iri(role, performs, TASK + task_id)
            out.iri(TASK + task_id, involves, ACTIVITY + row.required("DWA ID"))
            out.text(ACTIVITY + row["DWA ID"].strip(), PREF_LABEL, row.required("DWA Title"), "en")
        used.append(path.name)
        step(path.name)
    return used


def _profiles(directory: Path, codes: set, out: Triples, step) -> list[str]:
    """Interests, preparation and reported titles; return the files read."""
    used = []
    path = directory / "Interests.txt"
    if path.exists():
        for row in read_tsv(path, (CODE, "Element ID", "Scale ID", "Data Value")):
            role = _known(row, row.required(CODE), codes)
            if row.choice("Scale ID", ("OI", "IH")) == "OI":
                element = row.choice("Element ID", tuple(INTERESTS))
                out.decimal(role, str(AIJ[INTERESTS[element]]), row.number("Data Value", 1, 7))
        used.append(path.name)
        step(path.name)
    path = directory / "Education, Training, and Experience.txt"
    if path.exists():
        shares: dict[tuple, list] = {}
        for row in read_tsv(path, (CODE, "Scale ID", "Category", "Data Value", "Recommend Suppress")):
            role = _known(row, row.required(CODE), codes)
            scale = row.choice("Scale ID", ("RL", "RW", "PT", "OJ", "IM"))
            if scale in PREPARATION:
                category = row.number("Category", 1, PREPARATION[scale][0])
                shares.setdefault((role, scale), []).append((category, row.number("Data Value", 0, 100)))
        for (role, scale), values in sorted(shares.items()):
            total = sum(share for _, share in values)
            if total > 0:
                out.decimal(role, str(AIJ[PREPARATION[scale][1]]), sum(c * s for c, s in values) / total)
        used.append(path.name)
        step(path.name)
    path = directory / "Sample of Reported Titles.txt"
    if path.exists():
        alt = str(SKOS.altLabel)
        for row in read_tsv(path, (CODE, "Reported Job Title")):
            out.text(_known(row, row.required(CODE), codes), alt, row.required("Reported Job Title"), "en")
        used.append(path.name)
        step(path.name)
    return used
