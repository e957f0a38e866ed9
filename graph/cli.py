"""The ``graph`` command: parse arguments, call the library, render text or JSON."""

import json
import logging
import os
import sys
from contextlib import nullcontext
from functools import wraps

import click

from .store.entities import describe, list_entities
from .errors import DataError, GraphError, LookupFailed, OptionError, RemoteError
from .store.dataset import BUILD_STEPS, Dataset, import_source
from .store.importers import esco, onet
from .store.export import FORMATS, write_atomic
from .model.effort import DEFAULT_MAX_STEP, skill_gap
from .model.ranking import next_moves
from .model.search import learning_path
from .views import json as shape
from .views import text as render
from .store.rdf import KINDS
from .store import remote
from .store import sparql
from .store.turtle import example_queries
from .store.validate import node_text, validate

LANGS = ("en", "id")


class Failure(click.ClickException):
    """A library error shown as one line, with the exit code its kind deserves."""

    def __init__(self, message, exit_code=1):
        super().__init__(message)
        self.exit_code = exit_code


def reports_errors(command):
    """Turn library errors into one-line messages: bad names and options exit 2, the rest 1."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (LookupFailed, OptionError) as err:
            raise Failure(str(err), exit_code=2) from err
        except GraphError as err:
            raise Failure(str(err)) from err

    return wrapper


def lang_option(command):
    return click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True,
                        help="Language of labels and definitions (English or Indonesian).")(command)


def format_option(*choices):
    def decorate(command):
        return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True,
                            help="Output format.")(command)
    return decorate


def emit_json(data):
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=str), envvar="GRAPH_DATA",
              help="Dataset directory: the bundled graph plus the taxonomies imported into it with "
                   "'graph import' (.ttl files of its own replace the bundled graph) (env: GRAPH_DATA).")
@click.option("--endpoint", metavar="URL", envvar="GRAPH_ENDPOINT",
              help="Read the graph from this SPARQL server instead of files, e.g. http://127.0.0.1:7878 "
                   "(its /query service is used; env: GRAPH_ENDPOINT, credentials: GRAPH_ENDPOINT_USER "
                   "and GRAPH_ENDPOINT_PASSWORD).")
@click.option("--endpoint-graph", metavar="IRI", envvar="GRAPH_ENDPOINT_GRAPH",
              help="Named graph to read from --endpoint; its default graph if omitted (env: GRAPH_ENDPOINT_GRAPH).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=remote.DEFAULT_TIMEOUT,
              show_default=True, envvar="GRAPH_ENDPOINT_TIMEOUT", metavar="SECONDS",
              help="How long to wait for --endpoint to answer (env: GRAPH_ENDPOINT_TIMEOUT).")
@click.version_option(package_name="ai-jobs-graph")
@click.pass_context
def main(ctx, data_dir, endpoint, endpoint_graph, timeout):
    """Explore the knowledge graph of jobs that grow with AI: roles, skills, sectors, concerns.

    Names work in English or Indonesian, in any case: "Data Analyst", "analis data".
    """
    if data_dir and endpoint:
        raise click.UsageError("use --data or --endpoint, not both")
    # rdflib logs what it tolerates (an ill-typed literal in a query, say) with a traceback; errors
    # that matter reach the user as one-line messages instead.
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)
    ctx.obj = {"data": data_dir, "endpoint": endpoint, "endpoint_graph": endpoint_graph, "timeout": timeout,
               "dataset": None}


def active_dataset(ctx):
    """Open the dataset once per command: from --endpoint, --data DIR, or the bundled graph."""
    root = ctx.find_root()
    if root.obj["dataset"] is None:
        root.obj["dataset"] = (Dataset.of_graph(remote_graph(root.obj)) if root.obj.get("endpoint")
                               else Dataset(root.obj["data"]))
    return root.obj["dataset"]


def active_graph(ctx):
    """The active dataset as one rdflib graph."""
    return active_dataset(ctx).graph()


def remote_graph(options):
    """Fetch the graph the global --endpoint options name; an empty graph is an error, not an empty answer."""
    server, graph_iri = remote.Endpoint.parse(options["endpoint"]), options["endpoint_graph"]
    graph = remote.fetch_graph(server, graph_iri, timeout=options["timeout"], credentials=endpoint_credentials())
    if not len(graph):
        where, push = (f"graph <{graph_iri}>", f" --graph {graph_iri}") if graph_iri else ("default graph", "")
        raise RemoteError(f"the {where} at {server.query_url} is empty: publish it first with "
                          f"`graph push --endpoint {server.base}{push}`")
    return graph


def endpoint_credentials(user=None):
    """Return (user, password) for a server, or None when no user is named.

    The user comes from --user or GRAPH_ENDPOINT_USER; the password from GRAPH_ENDPOINT_PASSWORD, else
    from a prompt that does not echo.
    """
    user = user or os.environ.get("GRAPH_ENDPOINT_USER")
    if not user:
        return None
    password = os.environ.get("GRAPH_ENDPOINT_PASSWORD")
    if password is None:
        password = click.prompt(f"Password for {user}", hide_input=True, err=True)
    return user, password


def active_projection(ctx):
    """The NetworkX projection of the active dataset."""
    return active_dataset(ctx).projection()


def role_iri(ctx, name):
    return str(active_dataset(ctx).resolve(name, kind="role"))


def sector_iri(ctx, name):
    return str(active_dataset(ctx).resolve(name, kind="sector")) if name else None


def budget_option(command):
    return click.option("--max-step", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_MAX_STEP,
                        show_default=True, metavar="HOURS",
                        help="Per-move budget in study hours: a move that needs more is not feasible.")(command)


# ------------------------------------------------------------------ show / list

@main.command()
@click.argument("name")
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def show(ctx, name, lang, fmt):
    """Show one role, skill, sector, concern, family, use case or training route.

    NAME is any English or Indonesian label or alternative label.
    """
    dataset = active_dataset(ctx)
    iri = dataset.resolve(name)
    info = describe(dataset.graph_about(iri), iri, lang)
    if fmt == "json":
        emit_json(info)
    else:
        click.echo(render.entity(info, lang))


#: `graph list` words for each kind: roles, skills, ..., families, organizations.
LIST_KINDS = {f"{k[:-1]}ies" if k.endswith("y") else f"{k}s": k for k in KINDS}


@main.command("list")
@click.argument("kind", type=click.Choice(sorted(LIST_KINDS)))
@click.option("--sector", help="Only roles in this sector (narrower sectors included), or skills they need.")
@click.option("--concern", help="Only roles or skills that address this concern.")
@click.option("--family", help="Only roles in this role family, or skills they need.")
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def list_(ctx, kind, sector, concern, family, lang, fmt):
    """List roles, skills, sectors, concerns, families, use cases, routes or organisations."""
    singular = LIST_KINDS[kind]
    graph = active_dataset(ctx).graph_for_listing(requirements=singular == "skill" and bool(sector or family))
    rows = list_entities(graph, singular, sector=sector, concern=concern, family=family, lang=lang)
    if fmt == "json":
        emit_json(rows)
    elif not rows:
        click.echo("Nothing matches these filters." if lang == "en" else "Tidak ada yang cocok dengan filter ini.")
    else:
        width = max(len(r["label"]) for r in rows)
        for row in rows:
            click.echo(f"{row['label']:<{width}}  {row['definition']}")


# ------------------------------------------------------------------ export

@main.command()
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="turtle", show_default=True,
              help="RDF syntax to write.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str),
              help="File to write (atomically); standard output if omitted.")
@click.pass_context
@reports_errors
def export(ctx, fmt, output):
    """Export the graph as Turtle, JSON-LD, N-Triples or RDF/XML, byte-identical across runs."""
    data = active_dataset(ctx).serialize(fmt)
    if output:
        write_atomic(output, data)
        click.echo(f"Wrote {output} ({len(data):,} bytes, {fmt}).", err=True)
    else:
        sys.stdout.buffer.write(data)


# ------------------------------------------------------------------ learning paths

@main.command()
@click.argument("source", metavar="FROM")
@click.argument("target", metavar="TO")
@click.option("--k", type=click.IntRange(min=1), default=1, show_default=True, help="Number of alternative paths.")
@click.option("--via", metavar="ROLE", help="A role every path must pass through.")
@click.option("--avoid", metavar="ROLE", multiple=True, help="A role no path may pass through (repeatable).")
@click.option("--sector", metavar="SECTOR",
              help="Only pass through roles in this sector, e.g. government (FROM and TO may lie outside).")
@budget_option
@click.option("--max-steps", type=click.IntRange(min=1), metavar="N", help="At most N moves.")
@lang_option
@format_option("text", "json", "markdown")
@click.pass_context
@reports_errors
def path(ctx, source, target, k, via, avoid, sector, max_step, max_steps, lang, fmt):
    """Plan how to get from role FROM to role TO: roles to pass through, skills to learn, effort.

    A move between two roles costs the study hours needed to reach every essential skill of
    the new role (plus missing prerequisites). A path is the least-effort chain of moves
    that each fit within --max-step hours.

    \b
    Examples:
      graph path "Data Analyst" "AI Auditor"
      graph path "Analis Data" "Spesialis Machine Learning" --sector pemerintahan --lang id
      graph path "Data Analyst" "AI Auditor" --k 3 --format json
    """
    G = active_projection(ctx)
    src, dst = role_iri(ctx, source), role_iri(ctx, target)
    via_iri, avoid_iris = role_iri(ctx, via) if via else None, [role_iri(ctx, a) for a in avoid]
    if via_iri is not None and via_iri in avoid_iris:
        raise click.UsageError("--via and --avoid name the same role")
    found = learning_path(G, src, dst, k=k, via=via_iri, avoid=avoid_iris, sector=sector_iri(ctx, sector),
                          max_step=max_step, max_steps=max_steps)
    result = {"from": G.nodes[src][f"label_{lang}"], "to": G.nodes[dst][f"label_{lang}"], "max_step": max_step,
              "paths": [shape.learning_path(G, p, lang) for p in found]}
    if fmt == "json":
        emit_json(result)
    elif src == dst:
        click.echo(render.WORDS[lang]["same"].format(a=result["from"], b=result["to"]))
    else:
        click.echo(render.paths(result, lang, markdown=fmt == "markdown"), nl=False)


@main.command("next")
@click.argument("role")
@click.option("--k", type=click.IntRange(min=1), default=10, show_default=True, help="How many moves to list.")
@click.option("--sector", metavar="SECTOR", help="Only moves into roles of this sector.")
@budget_option
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def next_(ctx, role, k, sector, max_step, lang, fmt):
    """List where a person in ROLE could move next: feasible moves, most related first.

    Moves are ranked by how similar the two roles' skill profiles are (weighted by level
    and by essential/optional), and each shows the skills it shares and those to learn.
    """
    G = active_projection(ctx)
    src = role_iri(ctx, role)
    moves = next_moves(G, src, k=k, max_step=max_step, sector=sector_iri(ctx, sector))
    result = {"from": G.nodes[src][f"label_{lang}"], "max_step": max_step, "moves": [shape.next_move(G, m, lang) for m in moves]}
    if fmt == "json":
        emit_json(result)
    else:
        click.echo(render.next_moves(result, lang), nl=False)


@main.command()
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def gap(ctx, source, target, lang, fmt):
    """Compare role A with role B: skills A already has, and the essential and optional ones missing."""
    G = active_projection(ctx)
    result = shape.gap(G, skill_gap(G, role_iri(ctx, source), role_iri(ctx, target)), lang)
    if fmt == "json":
        emit_json(result)
    else:
        click.echo(render.gap(result, lang), nl=False)


# ------------------------------------------------------------------ validate

@main.command("validate")
@click.option("--shapes", "shapes_file", type=click.Path(dir_okay=False, path_type=str),
              help="SHACL shapes file to check against (default: the bundled ontology/shapes.ttl).")
@format_option("text", "json")
@click.pass_context
@reports_errors
def validate_(ctx, shapes_file, fmt):
    """Check the graph against the SHACL shapes and list every violation.

    Exit status: 0 when the graph conforms, 1 when it has violations, 2 when the check
    cannot run (a broken shapes or data file).
    """
    try:
        graph = active_graph(ctx)
        report = validate(graph, shapes_file)
    except DataError as err:
        raise Failure(str(err), exit_code=2) from err
    if fmt == "json":
        emit_json(report.as_dict(graph))
    elif report.conforms:
        click.echo(f"Graph conforms: {report.shapes} shapes ({report.rules} rules) checked, "
                   f"{len(graph):,} triples, no violations.")
    else:
        for v in report.violations:
            click.echo(render_violation(graph, v))
        focus_count = len({v.focus for v in report.violations})
        click.echo(f"Graph does not conform: {len(report.violations)} violation(s) on {focus_count} resource(s), "
                   f"{report.shapes} shapes checked.")
    if not report.conforms:
        ctx.exit(1)


def render_violation(graph, violation):
    """One line: severity (if not a violation), focus, path, message, and the offending value if any."""
    parts = [] if violation.severity == "Violation" else [f"{violation.severity}:"]
    parts.append(node_text(graph, violation.focus))
    if violation.path:
        parts.append(violation.path)
    line = " ".join(parts) + f": {violation.message}"
    if violation.value is not None and violation.value != violation.focus:
        line += f" [value: {node_text(graph, violation.value)}]"
    return line


# ------------------------------------------------------------------ SPARQL

@main.command()
@click.argument("text", metavar="QUERY")
@click.option("--format", "fmt", type=click.Choice(sparql.TABLE_FORMATS + sparql.RDF_FORMATS),
              help="table, json (SPARQL results JSON) or csv for SELECT/ASK [default: table]; "
                   "turtle, nt or jsonld for CONSTRUCT/DESCRIBE [default: turtle].")
@click.pass_context
@reports_errors
def query(ctx, text, fmt):
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the graph.

    QUERY is the query text, @FILE to read it from a file, or @example:NAME for one of the
    example queries shipped with the package (government-privacy-roles, ...). The project's prefixes
    (aij:, role:, skill:, sector:, concern:, family:, skos:, ...) need no PREFIX line.
    Updates (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ...) are refused.

    \b
    Examples:
      graph query 'SELECT ?role WHERE { ?role aij:addressesConcern concern:privacy } ORDER BY ?role'
      graph query @example:government-privacy-roles --format csv
      graph --endpoint http://127.0.0.1:7878 query @ontology/queries/emerging-roles-and-their-skills.rq
    """
    source = "query"
    if text.startswith("@example:"):
        examples = example_queries()
        name = text[len("@example:"):]
        if name not in examples:
            raise click.UsageError(f"no example query named {name!r}; the examples are: {', '.join(examples)}")
        text = f"@{examples[name]}"
    if text.startswith("@"):
        source = text[1:]
        try:
            with open(source, encoding="utf-8") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as err:
            raise Failure(f"{source}: cannot read the query ({getattr(err, 'strerror', None) or err})", 2) from err
    prepared = sparql.parse_query(text, source)
    graph = active_graph(ctx)
    sys.stdout.buffer.write(sparql.format_result(sparql.run_query(graph, prepared), fmt, graph))


@main.command()
@click.option("--endpoint", "target", required=True, metavar="URL",
              help="The server to publish to: its base URL or Graph Store URL, e.g. http://127.0.0.1:7878/store.")
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph to replace [default: the default graph].")
@click.option("--user", metavar="NAME",
              help="User for HTTP Basic authentication (env: GRAPH_ENDPOINT_USER); the password comes from "
                   "GRAPH_ENDPOINT_PASSWORD or a prompt that does not echo.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=remote.DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS", help="How long to wait for the server.")
@click.option("--chunk-size", type=click.IntRange(min=1024), default=remote.DEFAULT_CHUNK_BYTES, show_default=True,
              metavar="BYTES", help="Largest request body; lower it for a server that limits request sizes.")
@click.pass_context
@reports_errors
def push(ctx, target, graph_iri, user, timeout, chunk_size):
    """Publish the active graph to a SPARQL server, replacing one graph atomically.

    Streams the graph as N-Triples, --chunk-size bytes per request, into a new staging
    graph (Graph Store Protocol POSTs, or SPARQL Update INSERT DATA on a server without
    it), then replaces the target graph with one SPARQL Update (MOVE), so readers see the
    old graph or the new one, never a mix (on Oxigraph; Virtuoso's readers may see part of
    it during the move). If a request fails midway, the staging graph is dropped and the
    target graph is left as it was. The final MOVE waits as long as the server takes. Memory stays small however big
    the dataset. The active graph is the bundled one, --data or the global --endpoint
    (which copies from one server to another).

    \b
    Examples:
      graph push --endpoint http://127.0.0.1:7878/store
      graph push --endpoint http://127.0.0.1:7878/store --graph https://w3id.org/aijobs/graph
      graph push --endpoint http://127.0.0.1:8890/sparql --graph https://w3id.org/aijobs/graph
    """
    server = remote.Endpoint.parse(target)
    remote.check_graph_iri(graph_iri)
    credentials = endpoint_credentials(user)
    report = remote.push_lines(active_dataset(ctx).ntriples(), server, graph_iri, timeout=timeout,
                               credentials=credentials, chunk_bytes=chunk_size)
    where = f"graph <{report.graph_iri}>" if report.graph_iri else "the default graph"
    requests = f"{report.requests:,} request{'s' if report.requests != 1 else ''}"
    click.echo(f"Pushed {report.triples:,} triples ({report.bytes:,} bytes of N-Triples in {requests}, "
               f"{report.protocol}) to {where} at {server.base} in {report.seconds:.2f} s.")


@main.group()
def endpoints():
    """Inspect SPARQL servers."""


@endpoints.command("check")
@click.argument("url")
@click.option("--user", metavar="NAME",
              help="User for HTTP Basic authentication (env: GRAPH_ENDPOINT_USER); the password comes from "
                   "GRAPH_ENDPOINT_PASSWORD or a prompt that does not echo.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=remote.DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS", help="How long to wait for the server.")
@reports_errors
def endpoints_check(url, user, timeout):
    """Report what the SPARQL server at URL supports, changing nothing it holds.

    Checks its query service (and in which formats it answers CONSTRUCT and SELECT),
    SPARQL Update, the one-step graph replacement `graph push` ends with (MOVE) and the
    Graph Store Protocol, and says how `graph push` would publish there. Exits 1 if the
    server cannot be reached or answers no query.

    \b
    Examples:
      graph endpoints check http://127.0.0.1:7878
      graph endpoints check http://127.0.0.1:8890/sparql
    """
    found = remote.check(remote.Endpoint.parse(url), timeout=timeout, credentials=endpoint_credentials(user))
    rows = [("CONSTRUCT", found.construct), ("SELECT", found.select), ("SPARQL Update", found.update),
            ("replace in one step", found.move), ("Graph Store Protocol", found.graph_store)]
    click.echo(f"Server {found.endpoint.base} (queries at {found.endpoint.query_url})")
    for label, support in rows:
        click.echo(f"  {label + ':':22} {'yes' if support.ok else 'no '}  {support.detail}")
    protocol = found.push_protocol
    click.echo(f"  {'push:':22} " + (f"yes  chunks by {protocol} into a staging graph, then MOVE" if protocol
                                     else "no   graph push needs SPARQL Update with MOVE"))


# ------------------------------------------------------------------ interactive HTML

@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str), default="output/graph.html",
              show_default=True, help="HTML file to write (atomically).")
@lang_option
@click.option("--path", "path_", nargs=2, metavar="FROM TO", help="Open with the learning path FROM → TO highlighted.")
@click.option("--around", metavar="NAME", help="Only the nodes near this role, skill, sector or concern.")
@click.option("--depth", type=click.IntRange(min=1), metavar="N", help="With --around: how many links away (default 1).")
@click.option("--sector", metavar="SECTOR", help="Only roles in this sector, with their skills, sectors and concerns.")
@click.option("--concern", metavar="CONCERN", help="Only roles addressing this concern, with their links.")
@click.pass_context
@reports_errors
def viz(ctx, output, lang, path_, around, depth, sector, concern):
    """Draw the graph as one interactive HTML page that works offline.

    The page shows roles, skills, sectors and concerns with a legend, tooltips in both
    languages, search, filters and a learning-path finder. A graph too big for a
    browser to lay out must be drawn as a focused view (--around, --path, --sector,
    --concern).

    \b
    Examples:
      graph viz
      graph viz --path "Analis Data" "Auditor AI" --lang id -o output/jalur.html
      graph viz --around "AI Auditor" --depth 2
    """
    from .views import html as viz_mod  # pyvis imports IPython: only pay for it here

    if depth is not None and around is None:
        raise Failure("--depth needs --around.", exit_code=2)
    graph, G = active_graph(ctx), active_projection(ctx)
    view = viz_mod.select(
        graph, G, around=str(active_dataset(ctx).resolve(around)) if around else None, depth=depth or 1,
        sector=sector_iri(ctx, sector),
        concern=str(active_dataset(ctx).resolve(concern, kind="concern")) if concern else None,
        path=(role_iri(ctx, path_[0]), role_iri(ctx, path_[1])) if path_ else None)
    page = viz_mod.render(graph, G, view, lang=lang).encode("utf-8")
    if output == "output/graph.html":
        os.makedirs("output", exist_ok=True)
    write_atomic(output, page)
    if path_ and isinstance(view.paths.get(view.path), str):
        click.echo(f"Note: {view.paths[view.path]}", err=True)
    click.echo(f"Wrote {output} ({len(page):,} bytes; {len(view.nodes)} nodes, {len(view.edges)} edges).", err=True)


# ------------------------------------------------------------------ import

@main.group("import")
def import_():
    """Import a national occupation taxonomy into the dataset directory given with --data.

    \b
    Examples:
      graph --data my-dataset import onet ../shared/data/onet-29.2
      graph --data my-dataset import esco ../shared/data/esco-1.2.0
      graph --data my-dataset path "Data Scientists" "Information Security Analysts"
    """


def import_options(command):
    command = click.argument("directory", type=click.Path(path_type=str))(command)
    command = click.option("--release", help="The release imported (default: read from the folder name).")(command)
    command = click.option("--quiet", is_flag=True, help="No progress bar (it only shows on a terminal anyway).")(command)
    return click.pass_context(reports_errors(command))


def _import(ctx, reader, steps, directory, release, quiet):
    target = ctx.find_root().obj["data"]
    if not target:
        raise click.UsageError("choose the dataset directory to import into with --data DIR (or GRAPH_DATA); "
                               "the bundled graph is never changed")
    show = not quiet and sys.stderr.isatty()
    bar = click.progressbar(length=steps + len(BUILD_STEPS), label="Importing", file=sys.stderr) if show else None
    with bar or nullcontext():
        progress = (lambda label: bar.update(1, label)) if bar else None
        entry = import_source(target, reader(directory, release=release, progress=progress), progress=progress)
    counts = ", ".join(f"{value:,} {key}" for key, value in entry["counts"].items())
    click.echo(f"Imported {entry['title']} into {target}: {counts}, {entry['triples']:,} triples.")


@import_.command("onet")
@import_options
def import_onet(ctx, directory, release, quiet):
    """Import O*NET (the text release: Occupation Data.txt, Skills.txt, ...) from DIRECTORY."""
    _import(ctx, onet.read_onet, len(onet.FILES), directory, release, quiet)


@import_.command("esco")
@import_options
def import_esco(ctx, directory, release, quiet):
    """Import ESCO (the CSV release: occupations_en.csv, ISCOGroups_en.csv and skill links) from DIRECTORY."""
    _import(ctx, esco.read_esco, esco.PROGRESS_STEPS, directory, release, quiet)
