"""The project's vocabulary and the prefixes bound in every graph it writes."""

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

BASE = "https://w3id.org/aijobs/"


class AIJ(DefinedNamespace):
    """Classes and properties of the AI-era jobs ontology (``ontology/aijobs.ttl``).

    A misspelt term raises ``AttributeError`` instead of minting a new IRI.

    Examples
    --------
    >>> str(AIJ.Role)
    'https://w3id.org/aijobs/ontology#Role'
    """

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Role: object
    Skill: object
    TechnicalSkill: object
    NonTechnicalSkill: object
    Knowledge: object
    Technology: object
    Sector: object
    Concern: object
    RoleFamily: object
    UseCase: object
    TrainingRoute: object
    SkillRequirement: object
    ProficiencyLevel: object
    GrowthOutlook: object
    Source: object
    Evidence: object
    Organization: object
    Growing: object
    Emerging: object
    ofRole: object
    requiresSkill: object
    level: object
    essential: object
    inSector: object
    addressesConcern: object
    inFamily: object
    hasUseCase: object
    trainingRoute: object
    growthOutlook: object
    prerequisite: object
    effortHours: object
    levelValue: object
    effortFactor: object
    evidence: object
    quote: object
    curationNote: object
    seedFile: object
    preparationLevel: object
    hotTechnology: object
    inDemand: object


ESCO = Namespace("http://data.europa.eu/esco/model#")

#: Prefix -> namespace, bound on every graph the project loads or writes.
PREFIXES = {
    "aij": Namespace(BASE + "ontology#"),
    "role": Namespace(BASE + "role/"),
    "skill": Namespace(BASE + "skill/"),
    "sector": Namespace(BASE + "sector/"),
    "concern": Namespace(BASE + "concern/"),
    "family": Namespace(BASE + "family/"),
    "usecase": Namespace(BASE + "usecase/"),
    "route": Namespace(BASE + "route/"),
    "req": Namespace(BASE + "requirement/"),
    "level": Namespace(BASE + "level/"),
    "src": Namespace(BASE + "source/"),
    "ev": Namespace(BASE + "evidence/"),
    "org": Namespace(BASE + "organization/"),
    "dcterms": DCTERMS,
    "esco": ESCO,
    "owl": OWL,
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "schema": SDO,
    "skos": SKOS,
    "xsd": XSD,
}

#: Entity kinds a user can name, as (CLI word, class).
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


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every project prefix on ``graph`` (replacing rdflib's defaults) and return it.

    Examples
    --------
    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["skos"]
    rdflib.term.URIRef('http://www.w3.org/2004/02/skos/core#')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
