"""Import Nesta's ESCO–O*NET occupation crosswalk as ``skos:closeMatch`` links between imported occupations.

Nesta's Mapping Career Causeways project matched each top-level ESCO occupation to the
O*NET occupation that fits it best (``esco_onet_crosswalk_Nov2020.csv``). Its O*NET codes
are O*NET-SOC 2010 codes; O*NET has since renumbered some of them. Mapping:

- a row links the ESCO occupation of ``concept_uri`` with ``skos:closeMatch`` to the O*NET
  occupation of ``onet_code``, both as imported (``graph import esco`` and ``graph import
  onet`` come first);
- a code that O*NET no longer has is mapped to today's occupation whose title, or else
  whose single alternate title, is the crosswalk's ``onet_occupation`` (words compared
  without case and punctuation), when exactly one occupation has it; otherwise the row is
  reported and skipped, as is a row whose ESCO occupation is not imported;
- the links are the crosswalk's claims, no more: the dataset's description cites Nesta's
  work and its MIT licence.
"""

import re
from pathlib import Path

from rdflib.namespace import DCTERMS, OWL, SKOS

from ...errors import DataError
from ...model.vocabulary import SCHEMA
from . import IMPORT_BASE, Source, check_directory, note
from .tables import read_csv
from .triples import Triples

FILE = "esco_onet_crosswalk_Nov2020.csv"
RELEASE = "2020-11"
_COLUMNS = ("esco_occupation", "onet_code", "onet_occupation", "concept_uri")
_MIT = "https://opensource.org/licenses/MIT"


def words(title: str) -> str:
    """A title as lower-case words, for comparing titles written differently.

    Examples
    --------
    >>> words("Directors- Stage, Motion Pictures")
    'directors stage motion pictures'
    """
    return " ".join(re.findall(r"[a-z0-9]+", title.lower()))


def read_crosswalk(directory, *, onet: dict, esco: set, progress=None) -> Source:
    """Read the crosswalk into ``skos:closeMatch`` links between imported ESCO and O*NET occupations.

    Parameters
    ----------
    directory : path-like
        The folder with ``esco_onet_crosswalk_Nov2020.csv``.
    onet : dict
        The imported O*NET occupations: ``{code: (IRI, title, (alternate titles, ...))}``.
    esco : set of str
        The imported ESCO occupation IRIs.

    Returns
    -------
    Source
        The links; ``counts`` says how many rows were linked, remapped from a retired code,
        and skipped, and ``notes`` lists the skipped rows as ``file:line: reason``.

    Raises
    ------
    DataError
        The file is missing or malformed (file:line), or O*NET or ESCO is not imported.

    Examples
    --------
    >>> read_crosswalk("nesta-mcc", onet={}, esco={"http://data.europa.eu/esco/occupation/x"})
    Traceback (most recent call last):
    ...
    graph.errors.DataError: crosswalk_first(missing=['O*NET'])
    """
    if not onet or not esco:
        raise DataError("crosswalk_first", missing=[n for n, have in (("O*NET", onet), ("ESCO", esco)) if not have])
    directory = check_directory(directory, (FILE,), "crosswalk")
    step = progress or (lambda label: None)
    titles, alternates = {}, {}
    for code, (_, title, alternate) in sorted(onet.items()):
        titles.setdefault(words(title), set()).add(code)
        for other in alternate:
            alternates.setdefault(words(other), set()).add(code)
    out, skipped = Triples(), []
    counts = {"links": 0, "remapped codes": 0, "skipped rows": 0}
    dataset = f"{IMPORT_BASE}dataset/nesta-crosswalk-{RELEASE}"
    for row in read_csv(Path(directory) / FILE, _COLUMNS):
        uri, code, title = row.required("concept_uri"), row.required("onet_code"), row.required("onet_occupation")
        if uri not in esco:
            skipped.append(note("skipped_not_imported", where=f"{row.path}:{row.line}", uri=uri))
            continue
        if code not in onet:
            found = titles.get(words(title)) or alternates.get(words(title)) or set()
            if len(found) != 1:
                why = note("occupations_have", n=len(found)) if found else note("no_occupation_has")
                skipped.append(note("skipped_retired_code", where=f"{row.path}:{row.line}", code=code, title=title,
                                    why=why))
                continue
            (code,) = found
            counts["remapped codes"] += 1
        out.iri(uri, str(SKOS.closeMatch), onet[code][0])
        counts["links"] += 1
    counts["skipped rows"] = len(skipped)
    step(FILE)
    out.type(dataset, SCHEMA.Dataset)
    title = "ESCO–O*NET occupation crosswalk (Nesta, Mapping Career Causeways)"
    out.text(dataset, str(SKOS.prefLabel), title, "en")
    out.text(dataset, str(DCTERMS.title), title, "en")
    out.text(dataset, str(OWL.versionInfo), RELEASE)
    out.text(dataset, str(DCTERMS.publisher), "Nesta")
    out.iri(dataset, str(DCTERMS.license), _MIT)
    out.text(dataset, str(DCTERMS.rights), "Copyright (c) 2021 Nesta, MIT licence. Kanders K., Djumalieva J., "
             "Sleeman C. and Orlik J. (2020). Mapping Career Causeways: Supporting workers at risk. London: Nesta.", "en")
    return Source("crosswalk", title, RELEASE, out.to_bytes(), counts, notes=tuple(skipped))
