"""Every command under ``--lang id`` and ``GRAPH_LANG=id``: no English word reaches the user outside names and quotes.

The detector takes out of each line what is not wording: the names of the graphs read (every label and
alternative label, in both languages) and the quotes of the articles, then anything in quotation marks,
IRIs and prefixed names, paths and file names, flags and command words, identifiers in capitals
(SPARQL keywords, metavariables) and numbers. What is left must hold no word of the English vocabulary:
every word of the English wording (the templates of :mod:`graph.views.messages`, the words of
:mod:`graph.views.text`) that the Indonesian wording does not use too, less a short list of loanwords.
"""

import json
import re
import subprocess
import sys
from functools import cache

import click
import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, RDFS, SKOS

from graph.cli import LIST_KINDS, main
from graph.store.export import FORMATS
from graph.store.dataset import Dataset
from graph.errors import Phrase
from graph.store.rdf import AIJ
from graph.views import messages
from graph.views.results import RDF_FORMATS, TABLE_FORMATS
from graph.store.importers import crosswalk, esco, onet
from ..conftest import ROOT, SHARED, invoke
from ..import_fixtures import write_crosswalk, write_esco, write_onet
from ..store import test_remote
from .test_messages import FAILURES

#: A real Oxigraph server on a free port (the fixture of the remote tests), and the environment without credentials.
oxigraph, NO_CREDENTIALS = test_remote.oxigraph, test_remote.NO_CREDENTIALS
FIELD = re.compile(r"\{[^{}]*\}")
WORD = re.compile(r"[A-Za-z]+")


def _texts(value):
    """Every string in a nest of dicts, lists and strings."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


#: What a template holds that is not wording: code in backticks, paths, IRIs and queries of a URL (`graph path`,
#: /api/path, ?lang=id), flags and the example command lines of the help.
CODE = re.compile(r"`[^`\n]*`|\S*/\S*|\?\w+=\w+|(?<!\w)--?[a-z][\w-]*|^ +graph .*$", re.M)


def words_of(wording) -> set:
    """The words (lower case) of some wording, its ``{fields}``, code, paths and IRIs left out."""
    return {w.lower() for t in _texts(wording) for w in WORD.findall(CODE.sub(" ", FIELD.sub(" ", t)))}


#: Words the Indonesian wording uses as they are, without the English templates showing it: names of
#: standards and software, and technical terms Indonesian borrows unchanged.
LOANWORDS = set()
#: The wording of each language: every dict of words by language in graph.views.messages, and the Indonesian
#: names of kinds, joiners and system reasons.
WORDING = {lang: [table[lang] for table in vars(messages).values() if isinstance(table, dict) and lang in table]
           for lang in ("en", "id")}
WORDING["id"] += [messages.THINGS_ID, messages.OS_REASONS_ID]
ENGLISH = words_of(WORDING["en"]) - words_of(WORDING["id"]) - LOANWORDS

#: The command words, as `graph show`, `graph import onet`, ... name them.
COMMANDS = sorted([*main.commands, *(f"{name} {sub}" for name, group in main.commands.items()
                                     for sub in getattr(group, "commands", ()))], key=len, reverse=True)
NOT_WORDING = re.compile("|".join([
    r"https?://\S+", r"<[^>\s]*>", r"\b[\w.-]+:[\w./#-]+",  # IRIs and prefixed names (role:data-analyst, a.ttl:3)
    r"\"[^\"\n]*\"", r"“[^”\n]*”", r"'[^'\n]*'", r"`[^`\n]*`",  # quoted: names, values, quotes, commands
    r"\S*[/\\]\S*", r"\S+\.(?:ttl|toml|rq|csv|txt|json|jsonld|html|nt)\b",  # paths and file names
    r"(?<!\w)--?[a-z][\w-]*", r"\bgraph (?:" + "|".join(COMMANDS) + r")\b(?: \[\w+\])?(?: [A-Z]\b)?",  # flags,
    # command words and their syntax (graph gap [A] B)
    r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b",  # identifiers: example queries, slugs (new-jobs, government-privacy-roles)
    r"\b(?:" + "|".join(sorted(set(FORMATS) | set(TABLE_FORMATS + RDF_FORMATS))) + r")\b",  # --format values
    r"\b[A-Z][A-Z_*]+\b",  # identifiers in capitals: SELECT, MOVE, NAME=LEVEL, FROM TO, O*NET
    r"\d[\d.,]*",  # numbers
    r"(?m:^  [a-z]+(?=  ))",  # the command words a help lists its commands by
    r"(?m:^ +graph .*$)", r"(?<=:)\s+[^\s\];]+(?=[\];])",  # the help's example command lines; a default value in
    # it ([default: text]); the choices of an option or argument ([en|id], {roles|skills|...}, maybe wrapped)
    r"[\[{][\w\s|-]*\|[\w\s|-]*[\]}]",
]))


def english_words(output: str, names) -> list[str]:
    """The English words of ``output`` that are not in a name, a quote, an IRI, a path, a flag or a number."""
    output = _names_pattern(tuple(names)).sub(" ", output)
    return [w for w in WORD.findall(NOT_WORDING.sub(" ", output)) if w.lower() in ENGLISH]


@cache
def _names_pattern(names: tuple) -> re.Pattern:
    """Any of ``names`` as a whole (not "Pemerintah" inside "Pemerintahan"), the longest first."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)", re.IGNORECASE)


def names_in(graph) -> list[str]:
    """Every label, alternative label and title of ``graph`` in any language (also without a final full stop, as
    lists show them), the articles' quotes, and the texts the data holds in English alone (an imported
    taxonomy's definitions: there are no other words to show), longest first."""
    found = {str(o) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, DCTERMS.title, AIJ.quote)
             for o in graph.objects(None, p) if isinstance(o, Literal)}
    languages = {}
    for subject, predicate, literal in graph:
        if isinstance(literal, Literal) and isinstance(literal.value, str):
            languages.setdefault((subject, predicate), {}).setdefault(literal.language, []).append(str(literal))
    found |= {text for tagged in languages.values() if "id" not in tagged for text in tagged.get("en", ())}
    found |= {name.rstrip(".") for name in found}
    return sorted(found - {""}, key=lambda name: (-len(name), name))


@cache
def bundled_names() -> tuple:
    """The names of the bundled graph, and the titles of the O*NET occupations its curation notes name."""
    titles = SHARED / "data" / "onet-29.2" / "Occupation Data.txt"
    if not titles.is_file():
        pytest.fail(f"the O*NET release is missing: {titles} (set GRAPH_SHARED to the shared folder)")
    onet = [line.split("\t")[1] for line in titles.read_text(encoding="utf-8").splitlines()[1:]]
    return tuple(sorted(set(names_in(Dataset().graph())) | set(onet), key=lambda name: (-len(name), name)))


# ------------------------------------------------------------------ the detector can fail

def test_the_vocabulary_is_derived_from_the_english_wording():
    assert len(ENGLISH) > 400
    assert {"wrote", "weeks", "months", "path", "budget", "error", "did", "mean", "h", "rows"} <= ENGLISH
    assert not {"dataset", "sparql", "endpoint", "server", "iri", "jam", "langkah"} & ENGLISH  # shared or Indonesian
    assert {"find", "legend", "plan"} <= ENGLISH  # the words of the pages too
    assert LOANWORDS <= words_of(WORDING["en"]) - words_of(WORDING["id"])  # each loanword is needed: without it, the vocabulary would hold it


def test_the_detector_finds_english_and_only_english():
    names = bundled_names()
    assert english_words("Wrote output/graph.html (1,234 bytes; 5 nodes, 4 edges).", names) == \
        ["Wrote", "bytes", "nodes", "edges"]
    assert english_words("Dari Analis Data ke Auditor AI: 2 langkah, about 33 weeks", names) == ["about", "weeks"]
    assert english_words("Total: 1.308 h", names) == ["h"]
    said = ('Analis Data (peran) / Data Analyst: "Data Scientist & Data Analyst – mengolah data" '
            "<https://w3id.org/aijobs/role/data-analyst> role:data-analyst --max-step 'Data Analist' graph path "
            "~/the/file.toml SELECT")
    assert english_words(said, names) == []


def test_the_english_outputs_are_caught():
    names = bundled_names()
    for args in (("path", "Data Analyst", "AI Auditor"), ("next", "Data Analyst"), ("validate",),
                 ("gap", "Data Analyst", "AI Auditor"), ("show", "Data Analyst"), ("search", "zzzz")):
        result = invoke(*args, "--lang", "en", env={"GRAPH_LANG": None})
        assert result.exit_code == 0 and english_words(result.output, names), args


# ------------------------------------------------------------------ the sweep

def _bundled_entities():
    """Every role, and the first entity of every other kind, by its English label."""
    G = Dataset().projection()
    chosen = sorted(G.nodes[r]["label_en"] for r in G if G.nodes[r]["kind"] == "role")
    listing = Dataset().listing
    for kind in sorted(set(LIST_KINDS.values()) - {"role"}):
        rows = listing(kind)
        if rows:
            chosen.append(min(rows, key=lambda row: row["iri"])["iri"])
    return chosen


PROFILE = str(ROOT / "examples" / "analis-data.toml")
#: Command lines that succeed (or, for no path, fail with a reason), each with the formats it words things in.
CASES = [
    *[("show", name, "--format", fmt) for name in _bundled_entities() for fmt in ("text", "json")],
    *[("list", kind, "--format", fmt) for kind in sorted(LIST_KINDS) for fmt in ("text", "json")],
    ("list", "roles", "--sector", "government"), ("list", "skills", "--concern", "privacy"),
    ("list", "roles", "--family", "New jobs that do not exist yet"),
    ("list", "roles", "--sector", "government", "--family", "Jobs the internet created"),
    ("search", "analis"), ("search", "data sci", "--format", "json"), ("search", "zzzz"),
    ("search", "a", "--limit", "2"), ("search", "python", "--kind", "skill"),
    ("path", "Data Analyst", "AI Auditor"), ("path", "Data Analyst", "AI Auditor", "--k", "3"),
    ("path", "Data Analyst", "AI Auditor", "--format", "markdown"),
    ("path", "Data Analyst", "AI Auditor", "--format", "json"),
    ("path", "Data Analyst", "AI Auditor", "--hours-per-week", "10"),
    ("path", "Data Analyst", "AI Auditor", "--hours-per-week", "50"),
    ("path", "AI Auditor", "Data Analyst"),  # a detour: the plan costs more than the direct move
    ("path", "AI Auditor", "AI Researcher"),  # no path within the default budget
    ("path", "Data Analyst", "AI Auditor", "--max-step", "10"),
    ("path", "Data Analyst", "AI Auditor", "--max-steps", "1"),
    ("path", "Data Analyst", "AI Auditor", "--via", "Prompt Engineer"),
    ("path", "Data Analyst", "AI Auditor", "--sector", "government"),
    ("path", "Data Analyst", "AI Auditor", "--avoid", "Technology Evaluator and Auditor"),
    ("path", "Data Analyst", "Data Analyst"),
    ("path", "--me", PROFILE, "AI Auditor"), ("path", "--me", PROFILE, "AI Auditor", "--format", "markdown"),
    ("path", "--me", PROFILE, "Data Analyst"),  # the profile already meets every requirement
    ("path", "--have", "Statistics=3, Programming=2", "Data Scientist", "--hours-per-week", "10"),
    ("next", "Data Analyst"), ("next", "Data Analyst", "--sort", "effort"), ("next", "Data Analyst", "--k", "3"),
    ("next", "Data Analyst", "--max-step", "1"), ("next", "Data Analyst", "--sector", "government"),
    ("next", "Data Analyst", "--format", "json"), ("next", "--me", PROFILE), ("next", "--have", "Statistics=3"),
    ("gap", "Data Analyst", "AI Auditor"), ("gap", "--me", PROFILE, "AI Auditor"),
    ("gap", "Data Analyst", "AI Auditor", "--format", "json"), ("gap", "--have", "Ethical judgement=4", "AI Ethicist"),
    ("related", "Data Analyst", "AI Auditor"), ("related", "Data Analyst", "Data Scientist"),
    ("related", "Influencer", "AI Researcher", "--format", "json"),
    ("validate",), ("validate", "--format", "json"), ("validate", "--articles", str(SHARED / "seeds")),
    ("validate", "--articles", str(SHARED / "seeds"), "--format", "json"),
    ("export", "-o", "{dir}/graph.ttl"), ("export", "--format", "nt", "-o", "{dir}/graph.nt"),
    ("query", "SELECT ?s WHERE { ?s a aij:Sector } ORDER BY ?s"),
    ("query", "SELECT ?s WHERE { ?s a aij:Sector } LIMIT 1"), ("query", "ASK { ?s ?p ?o }"),
    ("query", "@example:government-privacy-roles"),
    ("viz", "-o", "{dir}/graph.html"), ("viz", "--path", "Data Analyst", "AI Auditor", "-o", "{dir}/path.html"),
    ("viz", "--path", "AI Auditor", "AI Researcher", "-o", "{dir}/none.html"),
    ("viz", "--around", "Statistics", "--depth", "2", "-o", "{dir}/around.html"),
]
#: Command lines over a dataset with O*NET, ESCO and the crosswalk imported ({data}), run after the imports.
IMPORTED = [
    ("--data", "{data}", "import", "onet", "{sources}/onet-29.2"),
    ("--data", "{data}", "import", "esco", "{sources}/esco-1.2.0"),
    ("--data", "{data}", "import", "crosswalk", "{sources}/mcc"),
    ("--data", "{data}", "show", "15-2051.00"), ("--data", "{data}", "show", "15-2051.00", "--format", "json"),
    ("--data", "{data}", "search", "data"), ("--data", "{data}", "list", "roles"),
    ("--data", "{data}", "next", "15-2051.00"), ("--data", "{data}", "related", "Data Analyst", "15-2051.00"),
    ("--data", "{data}", "path", "Data Analyst", "15-2051.00"), ("--data", "{data}", "validate"),
]
#: How each command line is given the language: the option, or the environment alone.
MODES = {"option": (("--lang", "id"), {"GRAPH_LANG": None}), "environment": ((), {"GRAPH_LANG": "id"})}


def _shown(result, args) -> str:
    """What a command line shows as words: its text, the prose of its JSON; a page or RDF written out is not."""
    out = result.stdout
    if "json" in args and result.exit_code == 0 and args[0] != "query":
        out = "\n".join(t for t in _texts(json.loads(out)) if re.search(r"\s", t))  # identifiers have no spaces
    elif args[0] == "export" and "-o" not in args:
        out = ""
    return out + result.stderr


def sweep(args, mode, names, **places):
    """Run ``graph ARGS`` in ``mode`` and return its English words (with what it showed, for the message).

    ``names`` is a list, or a function giving it once the command has run (an import adds names).
    """
    option, env = MODES[mode]
    args = tuple(a.format(**places) if "{" in a and "}" in a and not a.startswith(("SELECT", "ASK")) else a
                 for a in args)
    result = invoke(*args, *option, env=env)
    assert result.exit_code in (0, 1), (args, result.output)
    shown = _shown(result, args)
    assert shown.strip() or "json" in args, args  # JSON may hold no prose at all
    return english_words(shown, names() if callable(names) else names), shown


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("args", CASES, ids=[" ".join(a) for a in CASES])
def test_every_command_speaks_indonesian(args, mode, tmp_path):
    found, shown = sweep(args, mode, bundled_names(), dir=tmp_path)
    assert found == [], shown


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("args, code", FAILURES, ids=[" ".join(a) for a, _ in FAILURES])
def test_every_error_speaks_indonesian(args, code, mode, tmp_path):
    option, env = MODES[mode]
    (tmp_path / "bad.rq").write_text("SELEC ?x", encoding="utf-8")
    (tmp_path / "empty.toml").write_text("# nothing\n", encoding="utf-8")
    (tmp_path / "keys.toml").write_text("colour = 3\n", encoding="utf-8")
    (tmp_path / "bad.toml").write_text("[skills\n", encoding="utf-8")
    result = invoke(*(a.replace("{dir}", str(tmp_path)) for a in args), *option, env={**NO_CREDENTIALS, **env})
    assert result.exit_code == code, result.output
    assert english_words(result.output, bundled_names()) == [], result.output


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Source folders of the three imports, and an empty dataset folder to import into."""
    base = tmp_path_factory.mktemp("imported")
    write_onet(base / "onet-29.2")
    write_esco(base / "esco-1.2.0")
    write_crosswalk(base / "mcc")
    return base


#: The files an import names in its notes: names, as the releases spell them.
SOURCE_FILES = tuple(onet.FILES + onet.OPTIONAL_FILES + esco.FILES + (crosswalk.FILE,))


@pytest.mark.parametrize("mode", MODES)
def test_imports_and_imported_data_speak_indonesian(imported, mode):
    data = imported / f"data-{mode}"
    leaks = {}
    for args in IMPORTED:
        found, shown = sweep(args, mode, lambda: names_in(Dataset(str(data)).graph()) + list(SOURCE_FILES),
                             data=data, sources=imported)
        if found:
            leaks[" ".join(args)] = shown
    assert leaks == {}


@pytest.mark.parametrize("mode", MODES)
def test_publishing_speaks_indonesian(oxigraph, mode):
    option, env = MODES[mode]
    for args in (("push", "--endpoint", f"{oxigraph}/store"),
                 ("push", "--endpoint", f"{oxigraph}/store", "--graph", "https://w3id.org/aijobs/graph"),
                 ("endpoints", "check", oxigraph), ("--endpoint", oxigraph, "show", "Data Analyst"),
                 ("--endpoint", oxigraph, "path", "Data Analyst", "AI Auditor"),
                 ("--endpoint", oxigraph, "validate")):  # then read back from the server
        result = invoke(*args, *option, env={**NO_CREDENTIALS, **env})
        assert result.exit_code == 0 and result.output.strip(), result.output
        assert english_words(result.output, bundled_names()) == [], result.output


def test_the_server_says_where_it_listens_in_indonesian():
    """`graph serve` on all addresses: its warning and its address, then stopped."""
    process = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--host", "0.0.0.0", "--port", "0",
                                "--lang", "id"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        serving = process.stdout.readline()
    finally:
        process.terminate()
        _, warning = process.communicate(timeout=30)
    assert serving.startswith("Menyajikan graf di http://0.0.0.0:") and warning.startswith("Peringatan: ")
    assert english_words(serving + warning, bundled_names()) == [], serving + warning


def test_every_step_an_import_reports_is_a_file_or_worded(imported, tmp_path):
    """The progress bar (on a terminal only) names each file read, and words every other step."""
    from graph.cli import STEPS
    from graph.store.dataset import BUILD_STEPS, import_source

    labels = []
    for reader, folder in ((onet.read_onet, "onet-29.2"), (esco.read_esco, "esco-1.2.0")):
        import_source(tmp_path / "data", reader(imported / folder, progress=labels.append), progress=labels.append)
    assert set(BUILD_STEPS) <= set(labels) and all(label in STEPS or "." in label for label in labels), labels
    assert all(messages.message(Phrase(key), "id") != messages.message(Phrase(key), "en") for key in STEPS.values())


# ------------------------------------------------------------------ the help

def _commands(command, path=()):
    """Every command and group under ``command`` with its words on the command line: (), ("path",), ("import", "onet")."""
    yield path, command
    for name in sorted(getattr(command, "commands", {})):
        yield from _commands(command.commands[name], (*path, name))


HELP_SCREENS = [path for path, _ in _commands(main)]


def _help(path, mode):
    """The help of ``graph PATH`` in ``mode``."""
    option, env = MODES[mode]
    result = invoke(*path, "--help", *option, prog_name="graph", env=env)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_help_is_walked_from_the_commands():
    assert len(HELP_SCREENS) == 20 and {(), ("path",), ("endpoints", "check"), ("import", "onet")} <= set(HELP_SCREENS)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", HELP_SCREENS, ids=[" ".join(("graph",) + p) for p in HELP_SCREENS])
def test_every_help_speaks_indonesian(path, mode):
    shown = _help(path, mode)
    assert shown.startswith(" ".join(("Penggunaan: graph", *path, "[OPSI]"))), shown
    assert "Opsi:" in shown and messages.HELP["id"]["--help"] in shown, shown
    assert english_words(shown, bundled_names()) == [], shown
    usage_and_flags = [line for line in shown.splitlines() if line.startswith(("Penggunaan:", "  -"))]
    left = {word for line in usage_and_flags for word in re.findall(r"[A-Z][A-Z_]+(?: RANGE)?", line)}
    assert not left & set(messages.METAVARS["id"]), (left, shown)  # no English metavariable: [FROM] TO, FILE


def test_the_english_help_is_caught_and_worded_from_the_table():
    """Without Indonesian, the help is click's English with the table's English texts."""
    for path, command in _commands(main):
        shown = invoke(*path, "--help", env={"GRAPH_LANG": None}).output
        assert re.match(r"Usage: \S+ " + re.escape(" ".join((*path, "[OPTIONS]"))), shown) and "Options:" in shown and english_words(shown, bundled_names())
        first = messages.HELP["en"][" ".join(("graph",) + path)].format(lang_variable="", week_hours="").split("\n")[0]
        assert " ".join(first.split()[:6]) in " ".join(shown.split()), (path, shown)
    assert "Commands:" in invoke("--help", env={"GRAPH_LANG": None}).output


def test_every_command_and_option_has_help_in_both_languages():
    """A new command or option without help in one language fails, and so does help nothing shows."""
    from graph.cli import help_key, option_help

    used = set()
    for path, command in _commands(main):
        key = " ".join(("graph",) + path)
        used.add(key)
        options = [p for p in command.get_params(click.Context(command)) if isinstance(p, click.Option)]
        for lang in ("en", "id"):
            assert messages.HELP[lang].get(key), (lang, key)
            for option in options:
                assert option_help(key, option, lang), (lang, key, option.opts)
        for option in options:
            name = help_key(option)
            used.add(f"{key} {name}" if f"{key} {name}" in messages.HELP["en"] else name)
    assert set(messages.HELP["en"]) == set(messages.HELP["id"]) == used
    assert set(messages.HELP_WORDS["en"]) == set(messages.HELP_WORDS["id"])


def test_the_language_typed_before_the_command_is_the_commands():
    """`graph --lang id path ...` is `graph path ... --lang id`; the command's own --lang wins, as the last typed."""
    before = invoke("--lang", "id", "path", "Data Analyst", "AI Auditor", env={"GRAPH_LANG": None})
    assert before.output == invoke("path", "Data Analyst", "AI Auditor", "--lang", "id", env={"GRAPH_LANG": None}).output
    assert before.output.startswith("Dari Analis Data ke Auditor AI")
    after = invoke("--lang", "id", "path", "Data Analyst", "AI Auditor", "--lang", "en", env={"GRAPH_LANG": "id"})
    assert after.output.startswith("From Data Analyst to AI Auditor")
    assert invoke("--lang", "id", "import", "--help", env={"GRAPH_LANG": None}).output.startswith("Penggunaan:")
