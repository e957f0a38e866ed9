"""Every error a user meets, in the language of the command: the same exit code, one line, no English."""

import re

import pytest

from ..conftest import invoke

#: Words of English that no Indonesian message holds outside names, quotes, paths and flags.
ENGLISH = {"the", "is", "not", "no", "of", "and", "or", "with", "to", "from", "must", "cannot", "be", "did", "you",
           "mean", "named", "such", "missing", "invalid", "value", "see", "error", "than", "more", "least", "only",
           "use", "both", "an", "at", "for", "it", "its", "try", "give", "name", "note", "wrote", "path", "moves",
           "move", "has", "have", "got", "unexpected", "extra", "argument", "option", "choose", "number", "file",
           "directory", "does", "exist", "query", "reach", "refused", "connection", "there", "which", "one",
           "smallest", "budget", "works", "enough", "without", "limit", "raise", "drop", "roles", "role", "skill"}

#: What a message may quote without being English: names, values, IRIs, paths, flags, identifiers, the
#: command syntax, the place of an inline query, and in “quotes” the words of a parser or a server.
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|<[^>]*>|`[^`]*`|\S*[/\\][^\s,;)]*|--[\w-]+|\b[A-Z][A-Z_]+\b|"
                    r"\S+\.(?:ttl|toml|rq|csv|txt|json)\b|\b\w+(?:-\w+)+\b|graph \w+(?: \[\w+\] \w+)?|\bquery(?=:)")


def english_words(line: str, names=()) -> set:
    """The English words of ``line`` once names, quotes, paths and flags are taken out."""
    for name in names:
        line = line.replace(name, " ")
    return {w for w in re.findall(r"[A-Za-z]+", QUOTED.sub(" ", line)) if w.lower() in ENGLISH}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder with a bad profile, a file where a folder is expected, and nothing else."""
    base = tmp_path_factory.mktemp("messages")
    (base / "bad.toml").write_text("[skills\n", encoding="utf-8")
    (base / "empty.toml").write_text("# nothing\n", encoding="utf-8")
    (base / "keys.toml").write_text("colour = 3\n", encoding="utf-8")
    (base / "bad.rq").write_text("SELEC ?x", encoding="utf-8")
    return base


#: Command lines that fail, with their exit code; {dir} is a scratch folder.
FAILURES = [
    (("show", "Data Analist"), 2),
    (("show",), 2),
    (("show", "Data Analyst", "xyz"), 2),
    (("showw", "Data Analyst"), 2),
    (("list",), 2),
    (("list", "jobs"), 2),
    (("search", "!!!"), 2),
    (("path", "Statistics", "AI Auditor"), 2),
    (("path", "Data Analyst"), 2),
    (("path", "Data Analyst", "AI Auditor", "--max-step", "10"), 1),
    (("path", "Data Analyst", "AI Auditor", "--max-steps", "1"), 1),
    (("path", "Data Analyst", "AI Auditor", "--via", "Prompt Engineer", "--avoid", "Prompt Engineer"), 2),
    (("path", "Data Analyst", "AI Auditor", "--k", "0"), 2),
    (("path", "Data Analyst", "AI Auditor", "--max-step", "abc"), 2),
    (("path", "Data Analyst", "AI Auditor", "--max-step", "nan"), 2),
    (("path", "Data Analyst", "AI Auditor", "--max-stp", "3"), 2),
    (("path", "Data Analyst", "AI Auditor", "--max-step"), 2),
    (("path", "--have", "Statistics", "AI Auditor"), 2),
    (("path", "--have", "Statistics=9", "AI Auditor"), 2),
    (("path", "--have", "Statistcs=2", "AI Auditor"), 2),
    (("path", "--have", "Statistics=two", "AI Auditor"), 2),
    (("path", "--me", "{dir}/missing.toml", "AI Auditor"), 2),
    (("path", "--me", "{dir}/bad.toml", "AI Auditor"), 2),
    (("path", "--me", "{dir}/empty.toml", "AI Auditor"), 2),
    (("path", "--me", "{dir}/keys.toml", "AI Auditor"), 2),
    (("path", "--me", "{dir}/empty.toml", "Data Analyst", "AI Auditor"), 2),
    (("gap", "Data Analyst"), 2),
    (("related", "Data Analyst", "Auditor"), 2),
    (("next", "Data Analyst", "--k", "0"), 2),
    (("next", "Data Analyst", "--sort", "fame"), 2),
    (("next", "Data Analyst", "--max-step", "1"), 0),
    (("--data", "{dir}/nowhere", "show", "Data Analyst"), 1),
    (("--data", "{dir}", "--endpoint", "http://127.0.0.1:9", "show", "Data Analyst"), 2),
    (("export", "-o", "{dir}/nowhere/graph.ttl"), 1),
    (("export", "-o", "{dir}"), 2),
    (("export", "--format", "csv"), 2),
    (("query", "{dir}"), 2),
    (("query", "@{dir}/bad.rq"), 2),
    (("query", "@{dir}/missing.rq"), 2),
    (("query", "@example:nothing"), 2),
    (("query", "DELETE WHERE { ?s ?p ?o }"), 2),
    (("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"), 2),
    (("query", "SELECT * WHERE { ?s ?p ?o }", "--max-results", "3"), 1),
    (("query", "ASK {}", "--timeout", "0"), 2),
    (("query", "ASK {}", "--format", "turtle"), 2),
    (("viz", "--depth", "2", "-o", "-"), 2),
    (("viz", "--around", "AI oversight and ethics", "-o", "-"), 2),
    (("viz", "--path", "Data Analyst", "AI Auditor", "-o", "{dir}/nowhere/x.html"), 1),
    (("validate", "--shapes", "{dir}/missing.ttl"), 2),
    (("import", "onet", "{dir}"), 2),
    (("--data", "{dir}/data", "import", "onet", "{dir}/nowhere"), 1),
    (("--data", "{dir}/data", "import", "crosswalk", "{dir}"), 1),
    (("endpoints", "check", "ftp://x"), 2),
    (("push", "--endpoint", "http://127.0.0.1:9/store", "--timeout", "2"), 1),
    (("--endpoint", "http://127.0.0.1:9", "--timeout", "2", "show", "Data Analyst"), 1),
]


def run(args, folder, lang):
    env = {"GRAPH_LANG": lang}
    return invoke(*(a.replace("{dir}", str(folder)) for a in args), env=env)


@pytest.mark.parametrize("args, code", FAILURES, ids=[" ".join(a) for a, _ in FAILURES])
def test_each_error_is_indonesian_under_indonesian(folder, args, code):
    english, indonesian = run(args, folder, "en"), run(args, folder, "id")
    assert english.exit_code == indonesian.exit_code == code, (english.stderr, indonesian.stderr)
    said_en, said_id = english.stderr.strip(), indonesian.stderr.strip()
    if code:
        assert said_en.startswith("Error: ") and said_id.startswith("Kesalahan: ")
        assert "\n" not in said_en and "\n" not in said_id and "Traceback" not in said_id
    else:  # a hint, not an error
        said_en, said_id = english.stdout.strip().splitlines()[-1], indonesian.stdout.strip().splitlines()[-1]
    assert said_en != said_id
    names = ("Data Analyst", "AI Auditor", "Analis Data", "Auditor AI", "Prompt Engineer", "Statistics",
             "Statistik", "AI oversight and ethics", "Pengawasan dan etika AI", "Data analysis")
    assert english_words(said_id, names) == set(), said_id
    assert english_words(said_en, names), said_en  # the check can fail: the English message has English words


def test_the_language_is_read_before_the_command_is_parsed(folder):
    typed = invoke("path", "--lang", "id", "Data Analyst", "--max-stp", "3")
    assert typed.exit_code == 2 and typed.stderr.startswith("Kesalahan: Opsi '--max-stp' tidak ada.")
    equals = invoke("path", "--lang=id", "Data Analyst", "--max-stp", "3")
    assert equals.stderr == typed.stderr
    after_dashes = invoke("show", "--", "--lang", "id")
    assert after_dashes.stderr.startswith("Error: ")


def test_the_option_wins_over_the_environment():
    said = invoke("show", "Data Analist", "--lang", "en", env={"GRAPH_LANG": "id"})
    assert said.exit_code == 2 and said.stderr.startswith("Error: No entity named 'Data Analist'. Did you mean:")
    shown = invoke("show", "Data Analyst", env={"GRAPH_LANG": "id"})
    assert shown.exit_code == 0 and shown.stdout.startswith("Analis Data (peran)")


def test_suggestions_are_indonesian_labels():
    said = invoke("show", "Data Analist", "--lang", "id")
    prefix = "Kesalahan: Tidak ada entitas bernama 'Data Analist'. Mungkin maksud Anda: "
    assert said.stderr.startswith(prefix) and said.stderr.count("\n") == 1 and said.exit_code == 2
    offered = said.stderr.strip()[len(prefix):].rstrip("?").split(", ")
    assert offered[:2] == ["Analis Data", "Analisis data"]  # the Indonesian labels, nearest first
    english = invoke("show", "Data Analist").stderr
    assert "Data Analyst" in english and "Analis Data" not in english


def test_the_english_words_of_click_are_clicks_own():
    """The English templates of click's messages are click's message ids: English errors read as click prints them."""
    import click

    from graph.cli import click_phrase
    from graph.views.messages import message

    @click.command()
    @click.argument("kind", type=click.Choice(["a", "b"]))
    @click.option("--k", type=click.IntRange(min=1))
    def plain(kind, k):
        pass

    for args in (["c"], ["a", "--k", "0"], ["a", "--k", "x"], ["a", "--kk", "1"], ["a", "b"], ["a", "--k"]):
        with pytest.raises(click.UsageError) as caught:
            plain.main(args, standalone_mode=False)
        assert message(click_phrase(caught.value), "en") == caught.value.format_message()
        assert message(click_phrase(caught.value), "id") != caught.value.format_message()


@pytest.mark.parametrize("lang, start", [("en", "Error: Missing argument"), ("id", "Kesalahan: Argumen")])
def test_a_missing_choice_is_one_line_that_lists_the_choices(lang, start):
    """Click words this one on several lines, which a one-line error would show as escapes."""
    said = invoke("list", "--lang", lang)
    assert said.exit_code == 2 and said.stderr.startswith(start) and said.stderr.count("\n") == 1
    assert "\\n" not in said.stderr and "'roles', 'routes', 'sectors', 'skills', 'usecases'" in said.stderr
