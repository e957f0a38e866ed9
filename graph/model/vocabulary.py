"""The project's vocabulary as plain IRIs: the ontology's terms, the prefixes, the kinds people name.

This module needs no RDF library, so the model (and a cold command) never loads one;
:mod:`graph.store.rdf` gives the same terms as rdflib ``URIRef`` s.
"""

BASE = "https://w3id.org/aijobs/"

#: The classes and properties of the AI-era jobs ontology (``ontology/aijobs.ttl``).
TERMS = (
    "Role", "Skill", "TechnicalSkill", "NonTechnicalSkill", "Knowledge", "Technology", "Trait", "Sector", "Concern",
    "RoleFamily", "UseCase", "TrainingRoute", "SkillRequirement", "ProficiencyLevel", "GrowthOutlook",
    "Source", "Evidence", "Organization", "Growing", "Emerging", "ofRole", "requiresSkill", "level",
    "essential", "inSector", "addressesConcern", "inFamily", "hasUseCase", "trainingRoute", "growthOutlook",
    "prerequisite", "effortHours", "levelValue", "effortFactor", "evidence", "quote", "curationNote", "levelNote",
    "seedFile", "preparationLevel", "hotTechnology", "inDemand", "Task", "WorkActivity", "performsTask",
    "coreTask", "involvesActivity", "importance", "realisticInterest", "investigativeInterest",
    "artisticInterest", "socialInterest", "enterprisingInterest", "conventionalInterest", "educationLevel",
    "experienceLevel", "trainingLevel",
)


class Vocabulary:
    """The IRIs of one namespace as plain strings; with ``terms``, a misspelt name is an ``AttributeError``.

    Examples
    --------
    >>> AIJ.Role
    'https://w3id.org/aijobs/ontology#Role'
    >>> AIJ.Rol
    Traceback (most recent call last):
    ...
    AttributeError: term 'Rol' not in namespace 'https://w3id.org/aijobs/ontology#'
    >>> SKOS.prefLabel
    'http://www.w3.org/2004/02/skos/core#prefLabel'
    """

    def __init__(self, iri: str, terms=None):
        self._iri, self._terms = iri, None if terms is None else frozenset(terms)

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or (self._terms is not None and name not in self._terms):
            raise AttributeError(f"term {name!r} not in namespace {self._iri!r}")
        return self._iri + name

    def __str__(self) -> str:
        return self._iri


#: Prefix -> namespace IRI, bound on every graph the project loads or writes.
PREFIXES = {
    "aij": BASE + "ontology#",
    "role": BASE + "role/",
    "skill": BASE + "skill/",
    "sector": BASE + "sector/",
    "concern": BASE + "concern/",
    "family": BASE + "family/",
    "usecase": BASE + "usecase/",
    "route": BASE + "route/",
    "req": BASE + "requirement/",
    "level": BASE + "level/",
    "src": BASE + "source/",
    "ev": BASE + "evidence/",
    "org": BASE + "organization/",
    "stmt": BASE + "statement/",
    "group": BASE + "group/",
    "onet": BASE + "onet/occupation/",
    "onetel": BASE + "onet/element/",  # O*NET Skills and Knowledge elements, as the importer names them
    "escoskill": BASE + "esco/skill/",  # ESCO skills of the labels file, as the importer names them
    "dcterms": "http://purl.org/dc/terms/",
    "esco": "http://data.europa.eu/esco/model#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

AIJ = Vocabulary(PREFIXES["aij"], TERMS)
RDF, RDFS, SKOS, DCTERMS, SCHEMA = (Vocabulary(PREFIXES[p]) for p in ("rdf", "rdfs", "skos", "dcterms", "schema"))

#: Entity kinds a user can name, as (CLI word, class IRI).
KINDS = {
    "role": AIJ.Role,
    "skill": AIJ.Skill,
    "sector": AIJ.Sector,
    "concern": AIJ.Concern,
    "family": AIJ.RoleFamily,
    "usecase": AIJ.UseCase,
    "route": AIJ.TrainingRoute,
    "organization": AIJ.Organization,
}
