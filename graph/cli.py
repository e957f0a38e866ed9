"""The ``graph`` command: parse arguments, call the library, render text or JSON."""

import ast
import json
import logging
import math
import os
import re
import string
import sys
from contextlib import contextmanager, nullcontext
from pathlib import Path
from functools import partial, wraps

import click

from .errors import (DataError, GraphError, LimitExceeded, LookupFailed, NoPathError, OptionError,
                     Phrase, ServiceRefused, ViewTooLarge, quoted)
from .store.dataset import BUILD_STEPS, MANIFEST, Dataset, import_source
from .store.importers import IMPORT_BASE
from .store.export import FORMATS, write_atomic
from .model.effort import DEFAULT_MAX_STEP, skill_gap
from .model.ranking import ORDERS, next_moves
from .model.relatedness import explain
from .model.search import learning_path
from .views import json as shape
from .views import results
from .views import safe
from .views import text as render
from .views import messages as words
from .model.vocabulary import KINDS
from .store import remote
from .store.served import ServedDataset
from .store import sparql
from .model.names import normalise
from .store.turtle import example_queries

LANGS = words.LANGS
#: The environment variable that sets the language when --lang is not given (and of messages before it is read).
LANG_VARIABLE = "GRAPH_LANG"
#: Flag names library messages may mention, given to every message as it is worded.
FLAGS = {"flag_user": "--user", "flag_timeout": "--timeout", "flag_move_timeout": "--move-timeout",
         "flag_articles": "--articles"}


def language(args=None) -> str:
    """The language of messages: the last ``--lang`` among ``args`` (before ``--``), else GRAPH_LANG, else English.

    A usage error can come before a command's --lang is parsed, so the arguments are read
    as they were typed; a value that is not a language is left to --lang to refuse.

    Examples
    --------
    >>> language(["path", "--lang", "id", "x"]), language(["show", "--lang=en"]), language(["--", "--lang", "id"])
    ('id', 'en', 'en')
    """
    found = os.environ.get(LANG_VARIABLE, "en")
    args = list(args or ())
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith("--lang="):
            found = arg[len("--lang="):]
    return found if found in LANGS else "en"


def current_language() -> str:
    """The language of the command running: as typed on its command line (see :func:`language`)."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get("graph.lang", "en") if ctx is not None else language()


class Failure(click.ClickException):
    """A library error or a phrase shown as one line in the command's language, with the exit code it deserves."""

    def __init__(self, item, exit_code=1, lang=None):
        self.lang = lang or current_language()
        text = item if isinstance(item, str) else words.message(item, self.lang, **FLAGS)
        super().__init__(safe.terminal(text))
        self.exit_code = exit_code

    def show(self, file=None):
        click.echo(words.message(Phrase("error_line", message=self.message), self.lang), file=file or sys.stderr)


class Usage(click.UsageError):
    """A usage error of this command line, worded in the command's language (``key`` and ``params`` as a Phrase)."""

    def __init__(self, key, **params):
        self.phrase = Phrase(key, **params)
        super().__init__(key)


#: The option that sets each limit a library error can report.
LIMIT_OPTIONS = {"timeout": "--timeout", "results": "--max-results"}


def reports_errors(command):
    """Turn library errors into one-line messages in the command's language: bad names and options exit 2, the rest 1."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        lang = kwargs.get("lang") or current_language()
        try:
            return command(*args, **kwargs)
        except ServiceRefused as err:
            item = Phrase("allow_service", error=err, flag="--allow-service", url=err.url) if err.url else err
            raise Failure(item, 2, lang) from err
        except LimitExceeded as err:
            raise Failure(Phrase("raise_limit", error=err, flag=LIMIT_OPTIONS[err.limit]), 1, lang) from err
        except (LookupFailed, OptionError) as err:
            raise Failure(err, 2, lang) from err
        except GraphError as err:
            raise Failure(err, 1, lang) from err

    return wrapper


class Number(click.FloatRange):
    """A finite number within a range: ``nan``, ``inf`` and values out of range are usage errors."""

    name = "number"

    def convert(self, value, param, ctx):
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(Phrase("not_a_number", value=str(value)), param, ctx)
        if not math.isfinite(number):
            self.fail(Phrase("not_a_finite_number", value=str(value)), param, ctx)
        return super().convert(number, param, ctx)


#: Largest per-move budget (hours: about 50 years of full-time study) and wait (seconds: a day) accepted.
MAX_HOURS, MAX_SECONDS = 100_000, 86_400
#: Most alternative paths `graph path --k` computes.
MAX_PATHS = 100
#: Longest query `graph query @FILE` reads.
MAX_QUERY_CHARACTERS = 1_000_000


class Formatter(click.HelpFormatter):
    """click's help layout with click's own words ("Usage:", "Options", "Commands") in the command's language."""

    def write_usage(self, prog, args="", prefix=None):
        super().write_usage(prog, args, help_word("usage") + " " if prefix is None else prefix)

    def write_heading(self, heading):
        super().write_heading(help_word(CLICK_HEADINGS[heading]) if heading in CLICK_HEADINGS else heading)


#: The headings click writes, as the keys of their words in :data:`graph.views.messages.HELP_WORDS`.
CLICK_HEADINGS = {"Options": "options", "Commands": "commands"}


class Context(click.Context):
    formatter_class = Formatter


def help_word(key):
    """One of click's words (``Usage:``, ``[OPTIONS]``, ...) in the current command's language."""
    return words.HELP_WORDS[current_language()][key]


def help_metavar(metavar, lang=None):
    """A metavariable (``HOURS``, ``[FROM] TO``) as ``lang`` (else the current command's language) writes it."""
    return words.METAVARS[lang or current_language()].get(metavar, metavar)


def help_key(option):
    """The name an option's help is filed under: its long flag (``--output`` for ``-o, --output``)."""
    return max(option.opts, key=lambda name: (name.startswith("--"), len(name)))


def option_help(command_key, option, lang):
    """The help of ``option`` of the command filed under ``command_key`` in ``lang``: its own, else the shared one."""
    table = words.HELP[lang]
    found = table.get(f"{command_key} {help_key(option)}", table.get(help_key(option)))
    return found if found is None else found.format(**HELP_FACTS)


#: Facts the help texts name.
HELP_FACTS = {"lang_variable": LANG_VARIABLE, "week_hours": render.WEEK_HOURS}


class Worded:
    """A command whose help, option help and click's words come from :data:`graph.views.messages.HELP`, worded
    in the language of the command line as it is formatted; ``help_key`` files it (``graph path``)."""

    context_class = Context
    help_key = "graph"

    @property
    def help(self):
        text = words.HELP[current_language()].get(self.help_key)
        return text if text is None else text.format(**HELP_FACTS)

    @help.setter
    def help(self, text):
        """click sets the function's docstring: the help comes from the table instead."""

    @property
    def options_metavar(self):
        return help_word("options_metavar")

    @options_metavar.setter
    def options_metavar(self, text):
        """click's ``[OPTIONS]``: worded by :func:`help_word`."""

    def collect_usage_pieces(self, ctx):
        return [help_metavar(piece) for piece in super().collect_usage_pieces(ctx)]

    def format_options(self, ctx, formatter):
        rows = [self.option_record(option, ctx) for option in self.get_params(ctx)
                if isinstance(option, click.Option) and not option.hidden]
        if rows:
            with formatter.section("Options"):
                formatter.write_dl(rows)

    def option_record(self, option, ctx):
        """An option's flags and metavariable, and its help with its default, range or requirement, worded."""
        extra = option.get_help_extra(ctx)
        if isinstance(option.show_default, str) and option.show_default in words.HELP_WORDS["en"]:
            extra["default"] = f"({help_word(option.show_default)})"
        notes = ([help_word("default").format(default=extra["default"])] if "default" in extra else []) + \
            ([extra["range"]] if "range" in extra else []) + ([help_word("required")] if "required" in extra else [])
        text = option_help(self.help_key, option, current_language()) or ""
        if notes:
            text = f"{text}  [{'; '.join(notes)}]" if text else f"[{'; '.join(notes)}]"
        spec, metavar = option.get_help_spec(ctx), None if option.is_flag else option.make_metavar(ctx)
        if metavar and spec.endswith(" " + metavar):
            spec = spec[:-len(metavar)] + help_metavar(metavar)
        return spec, text


class Command(Worded, click.Command):
    """A command worded in its command line's language."""


class Group(Worded, click.Group):
    """A group of commands worded in its command line's language; its commands are filed under its key."""

    command_class = Command

    @property
    def subcommand_metavar(self):
        return help_word("command_metavar")

    @subcommand_metavar.setter
    def subcommand_metavar(self, text):
        """click's ``COMMAND [ARGS]...``: worded by :func:`help_word`."""

    def format_options(self, ctx, formatter):
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def add_command(self, cmd, name=None):
        super().add_command(cmd, name)
        cmd.help_key = f"{self.help_key} {name or cmd.name}"


Group.group_class = Group


class Commands(Group):
    """The root group: a usage error is one line too, in the language typed, pointing at the command's --help."""

    def make_context(self, info_name, args, parent=None, **extra):
        lang = language(args)
        with one_line_usage(lang):
            ctx = super().make_context(info_name, args, parent, **extra)
        ctx.meta["graph.lang"] = lang
        return ctx

    def parse_args(self, ctx, args):
        ctx.meta["graph.lang"] = language(args)  # for --help, shown as the arguments are parsed
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        with one_line_usage(ctx.meta["graph.lang"]):
            return super().invoke(ctx)


@contextmanager
def one_line_usage(lang):
    """Show a click usage error as one line in ``lang`` (long quoted values cut), exit 2; help for no arguments stays."""
    try:
        yield
    except click.exceptions.NoArgsIsHelpError:
        raise
    except click.UsageError as err:
        said = click_phrase(err, lang)
        text = words.message(said, lang, **FLAGS) if isinstance(said, Phrase) else said
        text = re.sub(r"'[^']{61,}'", lambda found: quoted(found.group()[1:-1]), text).rstrip(".")
        raise Failure(Phrase("usage_hint", message=text, command=err.ctx.command_path) if err.ctx is not None
                      else text, 2, lang) from err


#: click's own messages recognised by their words (the English templates of these keys are click's message ids).
CLICK_TEXTS = ("click_requires_argument", "click_requires_arguments", "click_takes_no_value", "click_takes_values",
               "click_not_one_of", "click_not_choice", "click_not_valid", "click_not_in_range",
               "click_does_not_exist", "click_is_a_file", "click_is_a_directory", "click_not_readable",
               "click_not_writable", "click_extra_argument", "click_extra_arguments", "click_missing_command")


def _click_pattern(key):
    """A regular expression matching click's English message of ``key``, a group for each field."""
    parts = []
    for literal, field, _, conversion in string.Formatter().parse(words.MESSAGES["en"][key]):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(f"(?P<{field}>'.*'|\".*\")" if conversion == "r" else f"(?P<{field}>.*)")
    return re.compile("".join(parts), re.S)


_CLICK_PATTERNS = [(key, _click_pattern(key)) for key in CLICK_TEXTS]


def click_text(text):
    """click's English ``text`` as the Phrase that words it in every language, or ``text`` if it is not click's."""
    if isinstance(text, Phrase):
        return text
    for key, pattern in _CLICK_PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return Phrase(key, **{name: ast.literal_eval(value) if value[:1] in "'\"" and
                                  f"{{{name}!r}}" in words.MESSAGES["en"][key] else value
                                  for name, value in found.groupdict().items()})
    return text


def _maybe(possibilities):
    """click's "did you mean" after an unknown option or command."""
    if not possibilities:
        return ""
    names = ", ".join(repr(p) for p in sorted(possibilities))
    return Phrase("click_maybe" if len(possibilities) == 1 else "click_maybe_many", possibility=names,
                  possibilities=names)


def _hint(err, lang):
    """The parameter a usage error is about, as click quotes it: an argument by its metavariable in ``lang``."""
    if isinstance(err.param, click.Argument) and err.param_hint is None and err.ctx is not None:
        return repr(help_metavar(err.param.make_metavar(err.ctx), lang))
    hint = err.param_hint if err.param_hint is not None else err.param.get_error_hint(err.ctx) if err.param else None
    return hint if hint is None or isinstance(hint, str) else " / ".join(repr(h) for h in hint)


def click_phrase(err, lang="en"):
    """A click usage error as a Phrase worded in every language, or its English text when click said something else."""
    if isinstance(err, Usage):
        return err.phrase
    if isinstance(err, click.NoSuchOption) and err.message == f"No such option {err.option_name!r}.":
        return Phrase("click_no_such_option", name=err.option_name, hint=_maybe(err.possibilities))
    if isinstance(err, click.exceptions.NoSuchCommand) and err.message == f"No such command {err.command_name!r}.":
        return Phrase("click_no_such_command", name=err.command_name, hint=_maybe(err.possibilities))
    if isinstance(err, click.MissingParameter) and not err.message:
        kind = err.param_type or (err.param.param_type_name if err.param else "parameter")
        choices = err.param.type.choices if err.param is not None and isinstance(err.param.type, click.Choice) else ()
        extra = Phrase("click_choose_from", choices=[quoted(c) for c in choices]) if choices else ""
        if f"click_missing_{kind}" in words.MESSAGES["en"] and _hint(err, lang):
            return Phrase(f"click_missing_{kind}", hint=_hint(err, lang), extra=extra)
    elif isinstance(err, click.BadParameter):
        inner = click_text(err.message)
        hint = _hint(err, lang)
        return (Phrase("click_invalid_value_for", hint=hint, message=inner) if hint
                else Phrase("click_invalid_value", message=inner))
    return click_text(err.format_message())


def typed_language(ctx, param, value):
    """--lang as given to the command, else as typed before it (``graph --lang id path ...``) or GRAPH_LANG."""
    return value if ctx.get_parameter_source(param.name) is not click.core.ParameterSource.DEFAULT else \
        current_language()


def lang_option(command, expose=True):
    """--lang: the language of what the command shows (a group's only sets its help's and its commands')."""
    return click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True, envvar=LANG_VARIABLE,
                        callback=typed_language, expose_value=expose)(command)


def format_option(*choices):
    def decorate(command):
        return click.option("--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True)(command)
    return decorate


def output_option(default, default_text):
    """``-o FILE``: written atomically (through a symlink; a FIFO or device as it is); ``-`` is standard output."""
    return click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
                        default=default, show_default=default_text)


#: Where `graph viz` writes when not told (its folder is created if missing).
VIZ_OUTPUT = "output/graph.html"


def say(key, lang, err=False, **params):
    """Print one line worded in ``lang`` (``key`` and ``params`` as a Phrase), to standard error if ``err``."""
    click.echo(safe.terminal(words.message(Phrase(key, **params), lang, **FLAGS)), err=err)


def emit_json(data):
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False))


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=str), envvar="GRAPH_DATA")
@click.option("--endpoint", metavar="URL", envvar="GRAPH_ENDPOINT")
@click.option("--endpoint-graph", metavar="IRI", envvar="GRAPH_ENDPOINT_GRAPH")
@click.option("--timeout", type=Number(min=0, min_open=True, max=MAX_SECONDS), default=remote.DEFAULT_TIMEOUT,
              show_default=True, envvar="GRAPH_ENDPOINT_TIMEOUT", metavar="SECONDS")
@click.option("--refresh", is_flag=True)
@partial(lang_option, expose=False)
@click.version_option(package_name="ai-jobs-graph", message="%(prog)s %(version)s")
@click.pass_context
def main(ctx, data_dir, endpoint, endpoint_graph, timeout, refresh):
    """The root: keep the global options for the command that runs (help: ``HELP['graph']``)."""
    if data_dir and endpoint:
        raise Usage("data_or_endpoint", data="--data", endpoint="--endpoint")
    # rdflib logs what it tolerates (an ill-typed literal in a query, say) with a traceback; errors
    # that matter reach the user as one-line messages instead.
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)
    if refresh and not endpoint:
        raise Usage("refresh_needs_endpoint", refresh="--refresh", endpoint="--endpoint")
    ctx.obj = {"data": data_dir, "endpoint": endpoint, "endpoint_graph": endpoint_graph, "timeout": timeout,
               "refresh": refresh, "dataset": None}


def active_dataset(ctx):
    """Open the dataset once per command: from --endpoint, --data DIR, or the bundled graph."""
    root = ctx.find_root()
    options = root.obj
    if options["dataset"] is None:
        options["dataset"] = (ServedDataset(remote.Endpoint.parse(options["endpoint"]), options["endpoint_graph"],
                                            timeout=options["timeout"], credentials=endpoint_credentials(),
                                            refresh=options["refresh"])
                              if options.get("endpoint") else Dataset(options["data"]))
    return options["dataset"]


def active_graph(ctx):
    """The active dataset as one rdflib graph."""
    return active_dataset(ctx).graph()


def endpoint_credentials(user=None, lang=None):
    """Return (user, password) for a server, or None when no user is named.

    The user comes from --user or GRAPH_ENDPOINT_USER; the password from GRAPH_ENDPOINT_PASSWORD, else
    from a prompt that does not echo.
    """
    user = user or os.environ.get("GRAPH_ENDPOINT_USER")
    if not user:
        return None
    password = os.environ.get("GRAPH_ENDPOINT_PASSWORD")
    if password is None:
        password = click.prompt(words.message(Phrase("password_for", user=user), lang or current_language()),
                                hide_input=True, err=True)
    return user, password


def active_projection(ctx):
    """The NetworkX projection of the active dataset."""
    return active_dataset(ctx).projection()


def role_iri(ctx, name):
    return str(active_dataset(ctx).resolve(name, kind="role"))


def sector_iri(ctx, name):
    return str(active_dataset(ctx).resolve(name, kind="sector")) if name else None


def budget_option(command):
    return click.option("--max-step", type=Number(min=0, min_open=True, max=MAX_HOURS), default=DEFAULT_MAX_STEP,
                        show_default=True, metavar="HOURS")(command)


# ------------------------------------------------------------------ show / list

@main.command()
@click.argument("name")
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def show(ctx, name, lang, fmt):
    """`graph show` (help: ``HELP['graph show']``)."""
    dataset = active_dataset(ctx)
    iri = dataset.resolve(name)
    from .store.entities import describe

    info = shape.entity(describe(dataset.graph_about(iri), iri), lang)
    info["namesakes"] = [shape.match(m, lang) for m in dataset.names().namesakes(name, iri)]
    if fmt == "json":
        emit_json(info)
    else:
        click.echo(render.entity(info, lang))


#: `graph list` words for each kind: roles, skills, ..., families, organizations.
LIST_KINDS = {f"{k[:-1]}ies" if k.endswith("y") else f"{k}s": k for k in KINDS}


@main.command("list")
@click.argument("kind", type=click.Choice(sorted(LIST_KINDS)))
@click.option("--sector")
@click.option("--concern")
@click.option("--family")
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def list_(ctx, kind, sector, concern, family, lang, fmt):
    """`graph list` (help: ``HELP['graph list']``)."""
    singular = LIST_KINDS[kind]
    dataset = active_dataset(ctx)
    if sector or concern or family:
        from .store.entities import list_entities

        found = list_entities(dataset.graph_for_listing(singular), singular, sector=sector, concern=concern, family=family)
    else:
        found = dataset.listing(singular)
    rows = shape.listing(found, lang)
    if fmt == "json":
        emit_json(rows)
    else:
        click.echo(render.listing(rows, lang), nl=False)


@main.command()
@click.argument("text")
@click.option("--kind", type=click.Choice(sorted(KINDS)))
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, metavar="N")
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def search(ctx, text, kind, limit, lang, fmt):
    """`graph search` (help: ``HELP['graph search']``)."""
    if not normalise(text):
        raise Usage("nothing_to_search", text=text)
    found = active_dataset(ctx).names().search(text, kind)
    if fmt == "json":
        emit_json({"query": text, "total": len(found), "results": [shape.match(m, lang) for m in found[:limit]]})
    else:
        click.echo(render.search(text, [shape.match(m, lang) for m in found[:limit]], len(found), lang), nl=False)


# ------------------------------------------------------------------ export

@main.command()
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="turtle", show_default=True)
@output_option(None, "standard_output")
@lang_option
@click.pass_context
@reports_errors
def export(ctx, fmt, output, lang):
    """`graph export` (help: ``HELP['graph export']``)."""
    data = active_dataset(ctx).serialize(fmt)
    if output in (None, "-"):
        sys.stdout.buffer.write(data)
    else:
        write_atomic(output, data)
        say("wrote_export", lang, err=True, path=output, size=len(data), fmt=fmt)


# ------------------------------------------------------------------ learning paths

def person_options(command):
    """--me FILE and --have "SKILL=LEVEL, ...": start from a person instead of a role."""
    command = click.option("--have", metavar='"SKILL=LEVEL, ..."')(command)
    return click.option("--me", "me", type=click.Path(dir_okay=False, path_type=str), metavar="FILE")(command)


def hours_option(command):
    return click.option("--hours-per-week", type=Number(min=0, min_open=True, max=168), metavar="HOURS")(command)


def start_point(ctx, names, me, have, usage):
    """The start and the target: ``(role IRI or Person, target IRI)`` from [FROM] TO and --me/--have."""
    if me or have:
        if len(names) != 1:
            raise Usage("only_target", me="--me", have="--have", usage=usage)
        return person_or_role(ctx, (), me, have, usage), role_iri(ctx, names[0])
    if len(names) != 2:
        raise Usage("start_and_target", me="--me", usage=usage)
    return role_iri(ctx, names[0]), role_iri(ctx, names[1])


def person_or_role(ctx, names, me, have, usage):
    """Where a person starts: the one role in ``names``, or the :class:`Person` that --me and --have describe."""
    if not (me or have):
        if len(names) != 1:
            raise Usage("role_or_person", me="--me", have="--have", usage=usage)
        return role_iri(ctx, names[0])
    if names:
        raise Usage("role_and_person", me="--me", have="--have", usage=usage)
    from .store.profile import combine, parse_have, read_profile  # TOML: only for a person

    dataset = active_dataset(ctx)
    levels = active_projection(ctx).graph["effort_factor"]
    parts = [read_profile(me, dataset.resolve, levels)] if me else []
    if have:
        parts.append(parse_have(have, dataset.resolve, levels))
    return combine(parts)


def budget_flag(hours):
    """The option that sets a per-move budget, as the CLI suggests it."""
    return f" (--max-step {hours:g})"


#: How to lift each constraint that blocks a path, as the CLI suggests it.
RELAX_FLAGS = {"max_steps": ("raise", "--max-steps"), "via": ("drop", "--via"), "sector": ("drop", "--sector"),
               "avoid": ("drop", "--avoid")}


def no_path_message(G, err, lang):
    """A NoPathError in words, with the options that would lift it."""
    labels = {r: G.nodes[r][f"label_{lang}"] for r in (err.source, err.target, err.via, *(err.closest or ())[:1])
              if r is not None}
    return render.no_path(err, labels, lang, budget_flag, RELAX_FLAGS)


@main.command()
@click.argument("names", nargs=-1, metavar="[FROM] TO")
@person_options
@click.option("--k", type=click.IntRange(min=1, max=MAX_PATHS), default=1, show_default=True)
@click.option("--via", metavar="ROLE")
@click.option("--avoid", metavar="ROLE", multiple=True)
@click.option("--sector", metavar="SECTOR")
@budget_option
@click.option("--max-steps", type=click.IntRange(min=1), metavar="N")
@hours_option
@lang_option
@format_option("text", "json", "markdown")
@click.pass_context
@reports_errors
def path(ctx, names, me, have, k, via, avoid, sector, max_step, max_steps, hours_per_week, lang, fmt):
    """`graph path` (help: ``HELP['graph path']``)."""
    G = active_projection(ctx)
    start, dst = start_point(ctx, names, me, have, f"graph path {help_metavar('[FROM] TO')}")
    via_iri, avoid_iris = role_iri(ctx, via) if via else None, [role_iri(ctx, a) for a in avoid]
    if via_iri is not None and via_iri in avoid_iris:
        raise Usage("via_and_avoid", via="--via", avoid="--avoid")
    try:
        found = learning_path(G, start, dst, k=k, via=via_iri, avoid=avoid_iris, sector=sector_iri(ctx, sector),
                              max_step=max_step, max_steps=max_steps)
    except NoPathError as err:
        raise Failure(no_path_message(G, err, lang), lang=lang) from err
    result = shape.plan(G, start, dst, found, lang, max_step, hours_per_week)
    if fmt == "json":
        emit_json(result)
    elif isinstance(start, str) and start == dst:
        click.echo(safe.terminal(render.WORDS[lang]["same"].format(a=result["from"], b=result["to"])))
    else:
        click.echo(render.paths(result, lang, markdown=fmt == "markdown", suggest=budget_flag), nl=False)


@main.command("next")
@click.argument("names", nargs=-1, metavar="[ROLE]")
@person_options
@click.option("--k", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--sector", metavar="SECTOR")
@click.option("--sort", "order", type=click.Choice(ORDERS), default="relatedness", show_default=True)
@budget_option
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def next_(ctx, names, me, have, k, sector, order, max_step, lang, fmt):
    """`graph next` (help: ``HELP['graph next']``)."""
    G = active_projection(ctx)
    src = person_or_role(ctx, names, me, have, f"graph next {help_metavar('[ROLE]')}")
    filtered = ctx.get_parameter_source("max_step") is not click.core.ParameterSource.DEFAULT
    ranking = next_moves(G, src, k=k, max_step=max_step, within_budget=filtered, order=order,
                         sector=sector_iri(ctx, sector))
    result = {**shape.next_moves(G, src, ranking, lang), **shape.start(G, src, lang)}
    if fmt == "json":
        emit_json(result)
    else:
        click.echo(render.next_moves(result, lang), nl=False)
        if not ranking.moves and ranking.over_budget:
            click.echo(words.message(Phrase("next_hint", flag="--max-step"), lang))


@main.command()
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def related(ctx, source, target, lang, fmt):
    """`graph related` (help: ``HELP['graph related']``)."""
    G = active_projection(ctx)
    result = shape.related(G, explain(G, role_iri(ctx, source), role_iri(ctx, target)), lang)
    if fmt == "json":
        emit_json(result)
    else:
        click.echo(render.related(result, lang), nl=False)


@main.command()
@click.argument("names", nargs=-1, metavar="[A] B")
@person_options
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def gap(ctx, names, me, have, lang, fmt):
    """`graph gap` (help: ``HELP['graph gap']``)."""
    G = active_projection(ctx)
    start, dst = start_point(ctx, names, me, have, "graph gap [A] B")
    result = shape.gap(G, skill_gap(G, start, dst), lang)
    if fmt == "json":
        emit_json(result)
    else:
        click.echo(render.gap(result, lang), nl=False)


# ------------------------------------------------------------------ validate

@main.command("validate")
@click.option("--shapes", "shapes_file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--articles", "articles", metavar="DIR", type=click.Path(path_type=Path))
@lang_option
@format_option("text", "json")
@click.pass_context
@reports_errors
def validate_(ctx, shapes_file, articles, lang, fmt):
    """`graph validate` (help: ``HELP['graph validate']``)."""
    try:
        from .store.validate import validate_dataset

        report = validate_dataset(active_dataset(ctx), shapes_file, articles)
    except DataError as err:
        raise Failure(err, 2, lang) from err
    if fmt == "json":
        emit_json(shape.report(report, lang))
    else:
        click.echo(render.validation(report, lang, **FLAGS), nl=False)
    if not report.conforms:
        ctx.exit(1)


# ------------------------------------------------------------------ SPARQL

@main.command()
@click.argument("text", metavar="QUERY")
@click.option("--format", "fmt", type=click.Choice(results.TABLE_FORMATS + results.RDF_FORMATS))
@click.option("--allow-service", "services", metavar="URL", multiple=True)
@click.option("--timeout", type=Number(min=0, min_open=True, max=MAX_SECONDS), default=sparql.DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS")
@click.option("--max-results", type=click.IntRange(min=1), default=sparql.DEFAULT_MAX_RESULTS, show_default=True,
              metavar="N")
@lang_option
@click.pass_context
@reports_errors
def query(ctx, text, fmt, services, timeout, max_results, lang):
    """`graph query` (help: ``HELP['graph query']``)."""
    source = "query"
    if text.startswith("@example:"):
        examples = example_queries()
        name = text[len("@example:"):]
        if name not in examples:
            raise Usage("no_example", name=name, examples=list(examples))
        text = f"@{examples[name]}"
    if text.startswith("@"):
        source = text[1:]
        try:
            with open(source, encoding="utf-8") as handle:
                text = handle.read(MAX_QUERY_CHARACTERS + 1)  # /dev/zero, say, never ends
        except (OSError, UnicodeDecodeError) as err:
            raise Failure(Phrase("cannot_read_query", source=source, reason=err), 2, lang) from err
        if len(text) > MAX_QUERY_CHARACTERS:
            raise Failure(Phrase("query_too_long", source=source, limit=MAX_QUERY_CHARACTERS), 2, lang)
    prepared = sparql.parse_query(text, source, services=services)
    graph = active_graph(ctx)
    result = sparql.run_query(graph, prepared, timeout=timeout, max_results=max_results)
    sys.stdout.buffer.write(results.format_result(result, fmt, graph, lang))


@main.command()
@click.option("--endpoint", "target", required=True, metavar="URL")
@click.option("--graph", "graph_iri", metavar="IRI")
@click.option("--user", metavar="NAME")
@click.option("--timeout", type=Number(min=0, min_open=True, max=MAX_SECONDS), default=remote.DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS")
@click.option("--chunk-size", type=click.IntRange(min=1024), default=remote.DEFAULT_CHUNK_BYTES, show_default=True,
              metavar="BYTES")
@click.option("--move-timeout", type=Number(min=0, min_open=True, max=MAX_SECONDS), default=remote.DEFAULT_MOVE_TIMEOUT,
              show_default=True, metavar="SECONDS")
@lang_option
@click.pass_context
@reports_errors
def push(ctx, target, graph_iri, user, timeout, chunk_size, move_timeout, lang):
    """`graph push` (help: ``HELP['graph push']``)."""
    server = remote.Endpoint.parse(target)
    remote.check_graph_iri(graph_iri)
    credentials = endpoint_credentials(user, lang)
    report = remote.push_lines(active_dataset(ctx).ntriples(), server, graph_iri, timeout=timeout,
                               credentials=credentials, chunk_bytes=chunk_size, move_timeout=move_timeout)
    where = Phrase("pushed_graph", iri=report.graph_iri) if report.graph_iri else Phrase("default_graph")
    requests = Phrase("one_request" if report.requests == 1 else "requests", n=report.requests)
    say("pushed", lang, triples=report.triples, size=report.bytes, requests=requests, protocol=report.protocol,
        graph=where, base=server.base, seconds=report.seconds)


@main.group()
@partial(lang_option, expose=False)
def endpoints():
    """`graph endpoints` (help: ``HELP['graph endpoints']``)."""


@endpoints.command("check")
@click.argument("url")
@click.option("--user", metavar="NAME")
@click.option("--timeout", type=Number(min=0, min_open=True, max=MAX_SECONDS), default=remote.DEFAULT_TIMEOUT,
              show_default=True, metavar="SECONDS")
@lang_option
@reports_errors
def endpoints_check(url, user, timeout, lang):
    """`graph endpoints check` (help: ``HELP['graph endpoints check']``)."""
    found = remote.check(remote.Endpoint.parse(url), timeout=timeout, credentials=endpoint_credentials(user, lang))

    def worded(item):
        return item if isinstance(item, str) else words.message(item, lang, **FLAGS)

    protocol = found.push_protocol
    rows = [("CONSTRUCT", found.construct.ok, found.construct.detail), ("SELECT", found.select.ok, found.select.detail),
            ("SPARQL Update", found.update.ok, found.update.detail),
            (Phrase("check_move"), found.move.ok, found.move.detail),
            ("Graph Store Protocol", found.graph_store.ok, found.graph_store.detail),
            (Phrase("check_push"), bool(protocol),
             Phrase("check_push_by", protocol=protocol) if protocol else Phrase("check_push_needs"))]
    answers = {True: worded(Phrase("check_yes")), False: worded(Phrase("check_no"))}
    labels = [worded(label) + ":" for label, _, _ in rows]
    width, answer_width = max(22, *map(len, labels)), max(map(len, answers.values()))
    say("check_server", lang, base=found.endpoint.base, url=found.endpoint.query_url)
    for label, (_, ok, detail) in zip(labels, rows):
        click.echo(safe.terminal(f"  {label:{width}} {answers[ok]:{answer_width}}  {worded(detail)}"))


# ------------------------------------------------------------------ interactive HTML

@main.command()
@output_option(VIZ_OUTPUT, VIZ_OUTPUT)
@lang_option
@click.option("--path", "path_", nargs=2, metavar="FROM TO")
@click.option("--around", metavar="NAME")
@click.option("--depth", type=click.IntRange(min=1), metavar="N")
@click.option("--sector", metavar="SECTOR")
@click.option("--concern", metavar="CONCERN")
@click.pass_context
@reports_errors
def viz(ctx, output, lang, path_, around, depth, sector, concern):
    """`graph viz` (help: ``HELP['graph viz']``)."""
    from .views import html as viz_mod  # pyvis imports IPython: only pay for it here

    if depth is not None and around is None:
        raise Failure(Phrase("depth_needs_around", depth="--depth", around="--around"), 2, lang)
    centre = str(active_dataset(ctx).resolve(around)) if around else None
    if centre is not None and active_dataset(ctx).names().kind(centre) not in viz_mod.KIND_STYLE:
        found = active_dataset(ctx).names().match(centre)
        raise Failure(Phrase("around_not_drawn", name=found.labels, kind=found.kind, around="--around"), 2, lang)
    graph, G = active_dataset(ctx).graph_for_drawing(), active_projection(ctx)
    try:
        view = viz_mod.select(
            graph, G, around=centre, depth=depth or 1,
            sector=sector_iri(ctx, sector),
            concern=str(active_dataset(ctx).resolve(concern, kind="concern")) if concern else None,
            path=(role_iri(ctx, path_[0]), role_iri(ctx, path_[1])) if path_ else None)
    except ViewTooLarge as err:
        flags = {"around": "--around", "depth": "--depth", "path": "--path", "sector": "--sector",
                 "concern": "--concern"}
        raise Failure(Phrase("narrow_view" if err.focused else "focus_view", error=err, **flags), 2, lang) from err
    page = viz_mod.render(graph, G, view, lang=lang).encode("utf-8")
    if output == "-":
        sys.stdout.buffer.write(page)
    else:
        write_atomic(output, page, parents=output == VIZ_OUTPUT)
    if path_ and isinstance(view.paths.get(view.path), NoPathError):
        click.echo(words.message(Phrase("note", text=no_path_message(G, view.paths[view.path], lang)), lang), err=True)
    if output != "-":
        click.echo(words.message(Phrase("wrote_page", path=output, size=len(page), nodes=len(view.nodes),
                                        edges=len(view.edges)), lang), err=True)


# ------------------------------------------------------------------ web app

@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True)
@click.option("--lang", type=click.Choice(LANGS), default="en", show_default=True, envvar=LANG_VARIABLE,
              callback=typed_language)
@click.pass_context
@reports_errors
def serve(ctx, host, port, lang):
    """`graph serve` (help: ``HELP['graph serve']``)."""
    from . import serve as web  # Starlette and uvicorn: only this command pays for them

    options = ctx.find_root().obj
    if options["endpoint"]:  # one version of the graph, read at start, answers every page
        dataset = active_dataset(ctx)
        dataset.graph()
    else:
        dataset = Dataset(options["data"], keep=True)
    explorer = web.app(dataset, lang)
    try:
        sock = web.bind(host, port)
    except OSError as err:
        raise Failure(Phrase("cannot_listen", host=host, port=str(port), reason=err), 1, lang) from err
    if not web.loopback(host):
        say("not_loopback", lang, err=True, host=host)
    where = sock.getsockname()
    shown = f"[{where[0]}]" if ":" in where[0] else where[0]
    say("serving", lang, url=f"http://{shown}:{where[1]}/")
    web.run(explorer, sock)


# ------------------------------------------------------------------ import

@main.group("import")
@partial(lang_option, expose=False)
def import_():
    """`graph import` (help: ``HELP['graph import']``)."""


def import_options(command):
    command = click.argument("directory", type=click.Path(path_type=str))(command)
    command = click.option("--release")(command)
    command = click.option("--quiet", is_flag=True)(command)
    command = lang_option(command)
    return click.pass_context(reports_errors(command))


def _import(ctx, reader, steps, directory, release, quiet, lang):
    target = ctx.find_root().obj["data"]
    if not target:
        raise Usage("import_needs_data", data="--data")
    show = not quiet and sys.stderr.isatty()
    bar = (click.progressbar(length=steps + len(BUILD_STEPS), label=words.message(Phrase("importing"), lang),
                             file=sys.stderr) if show else None)
    with bar or nullcontext():
        progress = (lambda label: bar.update(1, words.message(Phrase(STEPS[label]), lang) if label in STEPS
                                          else label)) if bar else None
        entry = import_source(target, reader(directory, release=release, progress=progress), progress=progress)
    counts = [Phrase(f"count_{key.split()[0]}", n=value) for key, value in entry["counts"].items()]
    say("imported", lang, title=entry["title"], target=target, counts=counts, triples=entry["triples"])
    notes = entry["notes"]
    for note in notes[:NOTES]:
        click.echo(safe.terminal("  " + words.message(words.from_record(note), lang)))
    if len(notes) > NOTES:
        click.echo(safe.terminal("  " + words.message(Phrase("import_more", n=len(notes) - NOTES,
                                                             manifest=str(Path(target) / MANIFEST)), lang)))


#: The steps of an import that are not files (their names, shown as they are), as the progress bar words them.
STEPS = {"parse": "step_parse", "project": "step_project", "move costs": "step_move_costs", "write": "step_write",
         "occupation skills": "step_occupation_skills"}
#: How many notes of an import (skipped rows, files read) are printed; the manifest keeps them all.
NOTES = 10


@import_.command("onet")
@import_options
def import_onet(ctx, directory, release, quiet, lang):
    """`graph import onet` (help: ``HELP['graph import onet']``)."""
    from .store.importers import onet

    _import(ctx, onet.read_onet, len(onet.FILES) + len(onet.OPTIONAL_FILES), directory, release, quiet, lang)


@import_.command("esco")
@import_options
def import_esco(ctx, directory, release, quiet, lang):
    """`graph import esco` (help: ``HELP['graph import esco']``)."""
    from .store.importers import esco

    _import(ctx, esco.read_esco, esco.PROGRESS_STEPS, directory, release, quiet, lang)


@import_.command("crosswalk")
@click.argument("directory", type=click.Path(path_type=str))
@click.option("--quiet", is_flag=True)
@lang_option
@click.pass_context
@reports_errors
def import_crosswalk(ctx, directory, quiet, lang):
    """`graph import crosswalk` (help: ``HELP['graph import crosswalk']``)."""
    from .store.importers import crosswalk

    G = active_projection(ctx)
    onet_roles, esco_roles = {}, set()
    for role, data in G.nodes(data=True):
        source = (data.get("source") if data["kind"] == "role" else None) or ""
        if source.startswith(IMPORT_BASE + "dataset/onet-") and data.get("notation"):
            onet_roles[data["notation"]] = (role, data["label_en"], data.get("titles", ()))
        elif source.startswith(IMPORT_BASE + "dataset/esco-"):
            esco_roles.add(role)

    def read(folder, release, progress):
        return crosswalk.read_crosswalk(folder, onet=onet_roles, esco=esco_roles, progress=progress)

    _import(ctx, read, 1, directory, None, quiet, lang)
