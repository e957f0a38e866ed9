"""The ``graph`` command: parse arguments, call the library, render text or JSON."""

import json
import os
import sys
from functools import wraps

import click

from .entities import describe, list_entities
from .errors import DataError, GraphError, LookupFailed, OptionError
from .export import FORMATS, serialize, write_atomic
from .load import load_graph
from .namespaces import KINDS
from .resolve import resolve
from .validate import node_text, validate

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
              help="Folder of Turtle data files to use instead of the bundled graph (env: GRAPH_DATA).")
@click.version_option(package_name="ai-jobs-graph")
@click.pass_context
def main(ctx, data_dir):
    """Explore the knowledge graph of jobs that grow with AI: roles, skills, sectors, concerns.

    Names work in English or Indonesian, in any case: "Data Analyst", "analis data".
    """
    ctx.obj = {"data": data_dir, "graph": None}


def active_graph(ctx):
    """Load the graph once per command, from --data or the bundled files."""
    root = ctx.find_root()
    if root.obj["graph"] is None:
        root.obj["graph"] = load_graph(root.obj["data"])
    return root.obj["graph"]


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
    graph = active_graph(ctx)
    info = describe(graph, resolve(graph, name), lang)
    if fmt == "json":
        emit_json(info)
    else:
        click.echo(render_entity(info, lang))


HEADINGS = {
    "en": {"sectors": "Sectors", "families": "Families", "concerns": "Concerns", "use_cases": "Use cases",
           "training_routes": "Training routes", "growth_outlook": "Outlook", "prerequisites": "Prerequisites",
           "broader": "Part of", "role": "Roles", "skill": "Skills", "sector": "Sectors",
           "prerequisite_of": "Needed before", "required_by": "Required by", "requirements": "Skills required",
           "evidence": "Evidence", "curated": "Curated", "matches": "Matches", "effort": "Effort per level unit",
           "essential": "essential", "optional": "optional", "level": "level", "alt": "Also called"},
    "id": {"sectors": "Sektor", "families": "Kelompok", "concerns": "Isu", "use_cases": "Contoh penerapan",
           "training_routes": "Jalur pelatihan", "growth_outlook": "Prospek", "prerequisites": "Prasyarat",
           "broader": "Bagian dari", "role": "Peran", "skill": "Keterampilan", "sector": "Sektor",
           "prerequisite_of": "Dibutuhkan sebelum", "required_by": "Dibutuhkan oleh", "requirements": "Keterampilan yang dibutuhkan",
           "evidence": "Bukti", "curated": "Kurasi", "matches": "Padanan", "effort": "Usaha per satuan tingkat",
           "essential": "wajib", "optional": "opsional", "level": "tingkat", "alt": "Nama lain"},
}


def render_entity(info, lang):
    words = HEADINGS[lang]
    other = "id" if lang == "en" else "en"
    lines = [f"{info['label']} ({info['kind']}) / {info['labels'][other]}", f"  {info['definition']}"]
    if info["alt_labels"]:
        lines.append(f"  {words['alt']}: {'; '.join(info['alt_labels'])}")
    if "effort_hours" in info:
        lines.append(f"  {words['effort']}: {info['effort_hours']:g} h")
    for key, values in list(info["links"].items()) + list(info["linked_from"].items()):
        lines.append(f"  {words.get(key, key)}: {', '.join(values)}")
    if info.get("requirements"):
        lines.append(f"  {words['requirements']}:")
        for req in info["requirements"]:
            tag = words["essential"] if req["essential"] else words["optional"]
            mark = f" [{words['curated'].lower()}]" if req["curated"] else ""
            lines.append(f"    - {req['skill']} ({words['level']} {req['level']}, {tag}){mark}")
    if info["matches"]:
        lines.append(f"  {words['matches']}: {', '.join(info['matches'])}")
    for ev in info["evidence"]:
        lines.append(f"  {words['evidence']} ({ev['source']}): \"{ev['quote']}\"")
    for note in info["curation_notes"]:
        lines.append(f"  {words['curated']}: {note}")
    return "\n".join(lines)


@main.command("list")
@click.argument("kind", type=click.Choice(sorted(f"{k}s" if not k.endswith("y") else f"{k[:-1]}ies" for k in KINDS)))
@click.option("--sector", help="Only roles in this sector (narrower sectors included), or skills they need.")
@click.option("--concern", help="Only roles or skills that address this concern.")
@click.option("--family", help="Only roles in this role family, or skills they need.")
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def list_(ctx, kind, sector, concern, family, lang, fmt):
    """List roles, skills, sectors, concerns, families, use cases, routes or organisations."""
    singular = {f"{k}s" if not k.endswith("y") else f"{k[:-1]}ies": k for k in KINDS}[kind]
    rows = list_entities(active_graph(ctx), singular, sector=sector, concern=concern, family=family, lang=lang)
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
    data = serialize(active_graph(ctx), fmt)
    if output:
        write_atomic(output, data)
        click.echo(f"Wrote {output} ({len(data):,} bytes, {fmt}).", err=True)
    else:
        sys.stdout.buffer.write(data)


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
