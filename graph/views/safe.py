"""Make text from the data safe where it is shown: a terminal, a Markdown page, a spreadsheet.

Labels and definitions come from data files anyone can edit or import, so they may carry
terminal escape sequences, HTML or spreadsheet formulas. Every view passes them through one
of these before showing them.
"""

import re

#: C0 and C1 control characters (newlines and tabs included), DEL, and the bidirectional
#: marks, overrides and isolates that can make text read differently from what it is.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Characters with a meaning inside a line of Markdown (links, emphasis, code, tables).
_MARKDOWN = re.compile(r"([\\`*_\[\]|~])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
#: What makes a spreadsheet read a cell as a formula, as OWASP lists it.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def terminal(text: str) -> str:
    r"""``text`` with control characters written as escapes, so that data cannot steer a terminal.

    Examples
    --------
    >>> print(terminal("Data\x1b[31m Analyst\n"))
    Data\x1b[31m Analyst\n
    >>> terminal("Analis Data (peran)")
    'Analis Data (peran)'
    """
    return _CONTROL.sub(lambda found: repr(found.group())[1:-1], text)


def markdown(text: str) -> str:
    r"""``text`` as literal Markdown: HTML, Markdown punctuation and control characters escaped.

    Examples
    --------
    >>> print(markdown("<b>AI</b> *ethics* [link](javascript:x)"))
    &lt;b&gt;AI&lt;/b&gt; \*ethics\* \[link\](javascript:x)
    """
    text = _MARKDOWN.sub(r"\\\1", terminal(text))
    return re.sub("[&<>]", lambda found: _HTML[found.group()], text)


def spreadsheet(text: str) -> str:
    """``text`` as a CSV cell that a spreadsheet shows as text, never runs as a formula.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
    leading ``'``, as OWASP recommends; a plain number (``-40``, ``+1.5e3``) stays as it is.

    Examples
    --------
    >>> spreadsheet('=HYPERLINK("http://example.org")'), spreadsheet("-40"), spreadsheet("AI")
    ('\\'=HYPERLINK("http://example.org")', '-40', 'AI')
    """
    return "'" + text if text.startswith(_FORMULA) and not _NUMBER.fullmatch(text) else text


def each(value, escape):
    """``value`` (a str, or dicts and lists of them) with ``escape`` applied to every string in it.

    Examples
    --------
    >>> each({"label": "A\\x07", "skills": [{"label": "B"}], "effort": 3.0}, terminal)
    {'label': 'A\\\\x07', 'skills': [{'label': 'B'}], 'effort': 3.0}
    """
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, dict):
        return {key: each(item, escape) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(each(item, escape) for item in value)
    return value
