"""Import ESCO (European Skills, Competences, Qualifications and Occupations), CSV release, into the ontology.

Mapping (the README's "Importing O*NET and ESCO" section explains the choices):

- each occupation of ``occupations_en.csv`` becomes an ``aij:Role`` whose IRI is ESCO's own
  ``conceptUri`` (the IRI the curated roles link with ``skos:exactMatch``/``skos:closeMatch``),
  with ``skos:notation`` (the ESCO code), ``skos:prefLabel``, ``skos:definition`` (from
  ``description``) and one ``skos:altLabel`` per line of ``altLabels``;
- each ISCO-08 group of ``ISCOGroups_en.csv`` becomes an ``aij:RoleFamily`` (IRI: its
  ``conceptUri``) with its code as ``skos:notation`` and ``skos:broader`` the group one digit
  shorter; an occupation is ``aij:inFamily`` its ``iscoGroup``;
- skill links come from the official ``occupationSkillRelations_en.csv`` + ``skills_en.csv``
  (skills keep their ESCO URIs; knowledge becomes ``aij:Knowledge``, transversal skills
  ``aij:NonTechnicalSkill``, the others ``aij:Skill``) or, when those are absent, from the
  label-keyed ``occupation_skill_labels.csv`` (skills get an IRI minted from the label,
  ``https://w3id.org/aijobs/esco/skill/<slug>``, and are ``aij:Skill``; ESCO never gives a
  skill URI there, and we never invent one in ESCO's namespace);
- ESCO states no proficiency, so every requirement is at :data:`LEVEL` (Working); essential
  and optional follow ``relationType``. A skill linked twice to one occupation (two ESCO
  skills share a label) is essential if either link is.
"""

from pathlib import Path

from rdflib.namespace import DCTERMS, OWL, SDO, SKOS

from ...errors import DataError
from ..rdf import AIJ
from . import CC_BY_4, IMPORT_BASE, Source, check_directory, release_of
from .tables import read_csv
from .triples import Triples, unique_slugs

SKILL = IMPORT_BASE + "esco/skill/"
REQUIREMENT = IMPORT_BASE + "esco/requirement/"
OCCUPATION = "http://data.europa.eu/esco/occupation/"
ISCO = "http://data.europa.eu/esco/isco/C"
#: The level of every ESCO requirement (ESCO states none): 2, Working.
LEVEL = 2
#: Study hours per unit of the level scale, by class.
EFFORT_HOURS = {"Knowledge": 25, "NonTechnicalSkill": 15, "Skill": 20}

OFFICIAL = ("occupationSkillRelations_en.csv", "skills_en.csv")
LABELS = "occupation_skill_labels.csv"
FILES = ("occupations_en.csv", "ISCOGroups_en.csv") + OFFICIAL + (LABELS,)
_RELATIONS = ("essential", "optional")
#: How many times an import reports progress.
PROGRESS_STEPS = 3


def _skill_class(skill_type: str, reuse_level: str) -> str:
    if skill_type == "knowledge":
        return "Knowledge"
    return "NonTechnicalSkill" if reuse_level == "transversal" else "Skill"


def _official_skills(directory: Path, out: Triples, dataset: str) -> dict[str, str]:
    """Write the skills of ``skills_en.csv``; return ``{conceptUri: conceptUri}``."""
    known = {}
    for row in read_csv(directory / "skills_en.csv", ("conceptUri", "skillType", "reuseLevel", "preferredLabel",
                                                      "altLabels", "description")):
        uri = row.required("conceptUri")
        if not uri.startswith("http"):
            raise row.fail("conceptUri", "expected_esco_uri", found=uri)
        kind = _skill_class(row["skillType"].strip(), row["reuseLevel"].strip())
        out.type(uri, AIJ[kind])
        out.text(uri, SKOS.prefLabel, row.required("preferredLabel"), "en")
        for alt in sorted({a.strip() for a in row["altLabels"].split("\n") if a.strip()}):
            out.text(uri, SKOS.altLabel, alt, "en")
        if row["description"].strip():
            out.text(uri, SKOS.definition, row["description"].strip(), "en")
        out.integer(uri, AIJ.effortHours, EFFORT_HOURS[kind])
        out.iri(uri, DCTERMS.source, dataset)
        known[uri] = uri
    return known


def _links(directory: Path, occupations: set, out: Triples, dataset: str) -> int:
    """Write the occupation–skill requirements from whichever layout is present; return their number."""
    official = [(directory / name).exists() for name in OFFICIAL]
    if any(official):
        if not all(official):
            missing = OFFICIAL[official.index(False)]
            raise DataError("official_layout", path=directory / missing, files=list(OFFICIAL))
        skills = _official_skills(directory, out, dataset)
        rows = read_csv(directory / OFFICIAL[0], ("occupationUri", "relationType", "skillUri"))
        key = "skillUri"
    elif (directory / LABELS).exists():
        rows = read_csv(directory / LABELS, ("occupationUri", "relationType", "skillLabel"))
        labels = unique_slugs(row.required("skillLabel") for row in rows)
        skills = {label: SKILL + s for label, s in labels.items()}
        for label, iri in skills.items():
            out.type(iri, AIJ.Skill)
            out.text(iri, SKOS.prefLabel, label, "en")
            out.integer(iri, AIJ.effortHours, EFFORT_HOURS["Skill"])
            out.iri(iri, DCTERMS.source, dataset)
        key = "skillLabel"
    else:
        raise DataError("no_skill_links", path=directory, files=list(OFFICIAL), labels=LABELS)
    essential: dict[tuple[str, str], bool] = {}
    for row in rows:
        occupation = row.required("occupationUri")
        if occupation not in occupations:
            raise row.fail("occupationUri", "unknown_in_file", what="occupation", value=occupation, file="occupations_en.csv")
        skill = skills.get(row[key].strip())
        if skill is None:
            raise row.fail(key, "unknown_in_file", what="skill", value=row[key], file="skills_en.csv")
        pair = (occupation, skill)
        essential[pair] = essential.get(pair, False) or row.choice("relationType", _RELATIONS) == "essential"
    terms = tuple(map(str, (AIJ.SkillRequirement, AIJ.ofRole, AIJ.requiresSkill, AIJ.level, AIJ.essential)))
    for (occupation, skill), flag in essential.items():
        req = f"{REQUIREMENT}{occupation.rsplit('/', 1)[-1]}/{skill.rsplit('/', 1)[-1]}"
        out.type(req, terms[0])
        out.iri(req, terms[1], occupation)
        out.iri(req, terms[2], skill)
        out.integer(req, terms[3], LEVEL)
        out.boolean(req, terms[4], flag)
    return len(essential)


def read_esco(directory, *, release: str | None = None, progress=None) -> Source:
    """Read an ESCO CSV release (English) into the project's ontology.

    Parameters
    ----------
    directory : path-like
        The folder with ``occupations_en.csv``, ``ISCOGroups_en.csv`` and the skill links
        (official ``occupationSkillRelations_en.csv`` + ``skills_en.csv``, or the label-keyed
        ``occupation_skill_labels.csv``).
    release : str, optional
        The release, e.g. ``'1.2.0'``; read from the folder name when omitted.
    progress : callable, optional
        Called as ``progress(label)`` after each file.

    Raises
    ------
    DataError
        A file is missing or malformed; the message names the file, line and column.

    Examples
    --------
    >>> import tempfile
    >>> read_esco(tempfile.mkdtemp())
    Traceback (most recent call last):
    ...
    graph.errors.DataError: no_source_files(path=..., what='ESCO', files=['occupations_en.csv', 'ISCOGroups_en.csv', ...])
    """
    directory = check_directory(directory, FILES, "ESCO")
    release = release_of(directory, release, r"(\d+)\.(\d+)\.(\d+)")
    step = progress or (lambda label: None)
    out, dataset = Triples(), f"{IMPORT_BASE}dataset/esco-{release}"
    groups = set()
    for row in read_csv(directory / "ISCOGroups_en.csv", ("conceptUri", "code", "preferredLabel", "description")):
        code = row.required("code")
        if not code.isdigit() or row.required("conceptUri") != ISCO + code:
            raise row.fail("conceptUri", "expected_isco_uri", expected=ISCO + code, code=code, found=row["conceptUri"])
        groups.add(code)
        iri = ISCO + code
        out.type(iri, AIJ.RoleFamily)
        out.text(iri, SKOS.notation, code)
        out.text(iri, SKOS.prefLabel, row.required("preferredLabel"), "en")
        if row["description"].strip():
            out.text(iri, SKOS.definition, row["description"].strip(), "en")
        out.iri(iri, DCTERMS.source, dataset)
    for code in groups:
        if len(code) > 1 and code[:-1] in groups:
            out.iri(ISCO + code, SKOS.broader, ISCO + code[:-1])
    step("ISCOGroups_en.csv")
    occupations = set()
    for row in read_csv(directory / "occupations_en.csv", ("conceptUri", "iscoGroup", "preferredLabel", "altLabels",
                                                           "description", "code")):
        uri = row.required("conceptUri")
        if not uri.startswith(OCCUPATION):
            raise row.fail("conceptUri", "expected_occupation_uri", base=OCCUPATION, found=uri)
        if uri in occupations:
            raise row.fail("conceptUri", "appears_twice", what="occupation", value=uri)
        group = row.required("iscoGroup")
        if group not in groups:
            raise row.fail("iscoGroup", "unknown_in_file", what="ISCO group", value=group, file="ISCOGroups_en.csv")
        occupations.add(uri)
        label = row.required("preferredLabel")
        out.type(uri, AIJ.Role)
        out.text(uri, SKOS.prefLabel, label, "en")
        out.text(uri, SKOS.notation, row.required("code"))
        for alt in sorted({a.strip() for a in row["altLabels"].split("\n") if a.strip() and a.strip() != label}):
            out.text(uri, SKOS.altLabel, alt, "en")
        if row["description"].strip():
            out.text(uri, SKOS.definition, row["description"].strip(), "en")
        out.iri(uri, AIJ.inFamily, ISCO + group)
        out.iri(uri, DCTERMS.source, dataset)
    step("occupations_en.csv")
    links = _links(directory, occupations, out, dataset)
    step("occupation skills")
    _describe_dataset(out, dataset, release)
    return Source("esco", f"ESCO {release}", release, out.to_bytes(),
                  {"roles": len(occupations), "families": len(groups), "requirements": links})


def _describe_dataset(out: Triples, dataset: str, release: str) -> None:
    out.type(dataset, SDO.Dataset)
    out.text(dataset, SKOS.prefLabel, f"ESCO {release}", "en")
    out.text(dataset, DCTERMS.title, f"ESCO {release} (European Skills, Competences, Qualifications and Occupations)", "en")
    out.text(dataset, OWL.versionInfo, release)
    out.text(dataset, DCTERMS.publisher, "European Commission")
    out.iri(dataset, DCTERMS.license, CC_BY_4)
    out.iri(dataset, DCTERMS.source, "https://esco.ec.europa.eu/en/use-esco/download")
    out.text(dataset, DCTERMS.rights, "© European Union, ESCO, reused under the European Commission's reuse policy "
                                      "(Creative Commons Attribution 4.0 International).", "en")
