"""Read a person's profile: the skills they hold, with levels, and the roles they have held.

The file is TOML, in one documented format::

    # Who I am: skills at their levels (1 Awareness, 2 Working, 3 Proficient, 4 Expert)
    roles = ["Analis Data"]          # optional: roles held (their essential skills count as held)

    [skills]
    Statistik = 3
    "Pemrograman" = 2

Skill and role names are any English or Indonesian label, resolved like every other name.
The inline form (``"Statistik=3, Pemrograman=2"``) lists skills only. Every problem is an
:class:`~graph.errors.OptionError` whose message starts with ``file:line:``.
"""

import re
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from ..errors import LookupFailed, OptionError
from ..model.effort import Person

_KEYS = {"roles", "skills"}
_DECODE_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def read_profile(path: str, resolve, levels) -> Person:
    """Return the :class:`~graph.model.effort.Person` a TOML profile file describes.

    Parameters
    ----------
    path : str
        The file.
    resolve : callable
        ``resolve(name, kind)`` -> IRI, raising :class:`~graph.errors.LookupFailed`
        (as :meth:`graph.store.dataset.Dataset.resolve`).
    levels : iterable of int
        The proficiency scale's levels (1 to 4 in the bundled ontology).

    Raises
    ------
    OptionError
        ``file:line: message`` for a missing or unreadable file, bad TOML, an unknown
        key, skill or role, or a level outside the scale.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
    ...     _ = f.write("[skills]\\nStatistics = 3\\n")
    >>> read_profile(f.name, lambda name, kind: "skill:" + name.lower(), range(1, 5)).skills
    (('skill:statistics', 3),)
    >>> os.remove(f.name)
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as err:
        raise OptionError("cannot_read_profile", path=path, reason=err) from None
    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as err:
        raise OptionError("profile_not_utf8", where=f"{path}:1", reason=err.reason) from None
    except tomllib.TOMLDecodeError as err:
        found = _DECODE_LINE.search(str(err))
        message = _DECODE_LINE.sub("", str(err)).strip()
        raise OptionError("not_toml", where=f"{path}:{found.group(1) if found else 1}", error=message) from None
    lines = text.splitlines()
    where = lambda key: f"{path}:{_line_of(lines, key)}"  # noqa: E731
    for key in sorted(set(data) - _KEYS):
        raise OptionError("profile_key", where=where(key), key=key)
    skills = data.get("skills", {})
    if not isinstance(skills, dict):
        raise OptionError("profile_skills", where=where("skills"))
    roles = data.get("roles", [])
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise OptionError("profile_roles", where=where("roles"))
    if not skills and not roles:
        raise OptionError("profile_empty", where=f"{path}:1")
    held = {}
    for name, level in skills.items():
        iri = _resolve(resolve, name, "skill", where(name))
        held[iri] = max(held.get(iri, 0), _level(level, levels, where(name), name))
    return Person(tuple(sorted(held.items())),
                  tuple(sorted({_resolve(resolve, r, "role", where(r)) for r in roles})))


def parse_have(text: str, resolve, levels) -> Person:
    """Return the :class:`~graph.model.effort.Person` of an inline list ``"Statistik=3, Pemrograman=2"``.

    Errors name the entry: ``--have:2: ...`` is the second one.

    Examples
    --------
    >>> parse_have("Statistics=3, Programming = 2", lambda n, kind: n.lower(), range(1, 5)).skills
    (('programming', 2), ('statistics', 3))
    """
    held = {}
    entries = [e.strip() for e in text.split(",")]
    for number, entry in enumerate(entries, 1):
        where = f"--have:{number}"
        name, equals, value = entry.rpartition("=")
        if not equals or not name.strip():
            raise OptionError("not_name_level", where=where, entry=entry)
        try:
            level = int(value.strip())
        except ValueError:
            raise OptionError("level_not_whole", where=where, name=name.strip(), value=value.strip()) from None
        iri = _resolve(resolve, name.strip(), "skill", where)
        held[iri] = max(held.get(iri, 0), _level(level, levels, where, name.strip()))
    return Person(tuple(sorted(held.items())), ())


def combine(people) -> Person:
    """One :class:`~graph.model.effort.Person` holding what all ``people`` hold: each skill at its highest level.

    A profile file and an inline list together describe one person this way.

    Examples
    --------
    >>> combine([Person((("s:a", 2), ("s:b", 1)), ("r:x",)), Person((("s:a", 3),), ())])
    Person(skills=(('s:a', 3), ('s:b', 1)), roles=('r:x',))
    """
    skills = {}
    for person in people:
        for skill, level in person.skills:
            skills[skill] = max(skills.get(skill, 0), level)
    return Person(tuple(sorted(skills.items())), tuple(sorted({r for person in people for r in person.roles})))


def _resolve(resolve, name: str, kind: str, where: str) -> str:
    try:
        return str(resolve(name, kind))
    except LookupFailed as err:
        raise OptionError("located", where=where, error=err) from None


def _level(level, levels, where: str, name: str) -> int:
    scale = sorted(levels)
    if isinstance(level, bool) or not isinstance(level, int) or level not in scale:
        raise OptionError("level_off_scale", where=where, name=name, low=scale[0], high=scale[-1], level=level)
    return level


def _line_of(lines: list[str], key: str) -> int:
    """The first line that defines ``key`` (bare or quoted) or lists it in an array; 1 if none does."""
    quoted = (f'"{key}"', f"'{key}'")
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith((key, *quoted)) and "=" in stripped or any(q in line for q in quoted):
            return number
    return 1
