"""Read the tab- and comma-separated files of O*NET and ESCO, checking them as they are read.

Every problem becomes a :class:`graph.errors.DataError` naming the file, the line and,
where one is at fault, the column: a missing file, a missing or renamed column, a row
with the wrong number of fields, a value of the wrong type, bytes that are not UTF-8.
"""

import csv
import difflib
import io
from dataclasses import dataclass
from pathlib import Path

from ...errors import DataError, Phrase


@dataclass(frozen=True)
class Row:
    """One data row: its ``line`` in the file (1-based) and its values by column name."""

    path: Path
    line: int
    values: dict

    def __getitem__(self, column: str) -> str:
        return self.values[column]

    def fail(self, column: str, problem: str, **facts) -> DataError:
        """Return the error for a bad value in ``column`` of this row: ``problem`` is its key, ``facts`` its facts."""
        number = list(self.values).index(column) + 1
        return DataError("bad_cell", where=f"{self.path}:{self.line}", number=number, column=column,
                         problem=Phrase(problem, **facts))

    def number(self, column: str, low: float, high: float) -> float:
        """Return ``column`` as a number within ``[low, high]``."""
        text = self.values[column]
        try:
            value = float(text)
        except ValueError:
            raise self.fail(column, "expected_number", found=text) from None
        if not low <= value <= high:
            raise self.fail(column, "expected_number_in", low=low, high=high, found=text)
        return value

    def choice(self, column: str, allowed: tuple) -> str:
        """Return ``column``, which must be one of ``allowed``."""
        text = self.values[column]
        if text not in allowed:
            raise self.fail(column, "expected_one_of", allowed=[repr(a) for a in allowed], found=text)
        return text

    def required(self, column: str) -> str:
        """Return ``column``, which must not be empty."""
        text = self.values[column].strip()
        if not text:
            raise self.fail(column, "empty_cell")
        return text


def _text(path: Path) -> str:
    """The file's content as text; a missing file or bytes that are not UTF-8 are errors."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError("no_file", path=path) from None
    except OSError as err:
        raise DataError("cannot_read", path=path, reason=err) from err
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise DataError("not_utf8", where=f"{path}:{line}:{column}", byte=f"0x{data[err.start]:02x}") from None


def _check_header(path: Path, header: list[str], columns: tuple) -> None:
    missing = [c for c in columns if c not in header]
    if missing:
        column = missing[0]
        close = difflib.get_close_matches(column, [h for h in header if h not in columns], n=1, cutoff=0.6)
        hint = Phrase("renamed", name=close[0]) if close else Phrase("header_has", columns=[repr(h) for h in header])
        raise DataError("missing_column", where=f"{path}:1", column=column, hint=hint)


def read_tsv(path: Path, columns: tuple) -> list[Row]:
    """Read an O*NET text file: tab-separated, one header line, no quoting.

    Parameters
    ----------
    path : pathlib.Path
    columns : tuple of str
        Columns that must be in the header (others are kept but not required).

    Raises
    ------
    DataError
        The file is missing, not UTF-8, lacks a column, or has a row with the wrong number of fields.

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "Job Zones.txt"
    >>> _ = path.write_text("O*NET-SOC Code\\tJob Zone\\n15-2051.00\\t4\\n")
    >>> [row["Job Zone"] for row in read_tsv(path, ("O*NET-SOC Code", "Job Zone"))]
    ['4']
    >>> _ = path.write_text("O*NET-SOC Code\\tJobZone\\n15-2051.00\\t4\\n")
    >>> read_tsv(path, ("O*NET-SOC Code", "Job Zone"))
    Traceback (most recent call last):
    ...
    graph.errors.DataError: missing_column(where='...Job Zones.txt:1', column='Job Zone', hint=Phrase('renamed', name='JobZone'))
    """
    lines = _text(path).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise DataError("empty_table", where=f"{path}:1")
    header = lines[0].rstrip("\r").split("\t")
    _check_header(path, header, columns)
    rows = []
    for number, text in enumerate(lines[1:], 2):
        fields = text.rstrip("\r").split("\t")
        if len(fields) != len(header):
            raise DataError("field_count", where=f"{path}:{number}", expected=len(header), found=len(fields), sep="tab")
        rows.append(Row(path, number, dict(zip(header, fields))))
    return rows


def read_csv(path: Path, columns: tuple) -> list[Row]:
    """Read an ESCO CSV file: comma-separated, quoted fields may span lines.

    ``Row.line`` is the line where the record starts.

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "occupations_en.csv"
    >>> _ = path.write_text('conceptUri,altLabels\\nhttp://x/1,"a\\nb"\\nhttp://x/2,c\\n')
    >>> [(row.line, row["altLabels"]) for row in read_csv(path, ("conceptUri", "altLabels"))]
    [(2, 'a\\nb'), (4, 'c')]
    """
    reader = csv.reader(io.StringIO(_text(path), newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise DataError("empty_table", where=f"{path}:1") from None
    except csv.Error as err:
        raise DataError("bad_csv", where=f"{path}:1", error=str(err)) from None
    _check_header(path, header, columns)
    rows, start = [], reader.line_num + 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise DataError("bad_csv", where=f"{path}:{start}", error=str(err)) from None
        if fields:
            if len(fields) != len(header):
                raise DataError("field_count", where=f"{path}:{start}", expected=len(header), found=len(fields), sep="comma")
            rows.append(Row(path, start, dict(zip(header, fields))))
        start = reader.line_num + 1
    return rows
