"""An append-only results file (JSON Lines or CSV) that survives being killed mid-run.

Every row is written, flushed and fsynced on its own, so a SIGKILL loses at most the row being
written. On reopening, the file is read as bytes: a torn last row (no line end, maybe cut inside a
UTF-8 character) is cut off, and the ids already present are returned so the caller can skip them.

Rows end with ``\n`` (JSON Lines) or ``\r\n`` (CSV, as RFC 4180 asks) and nothing else is a row end: an
answer holding ``\r\n`` (inside a quoted CSV field) and a file name holding U+2028 or U+0085 (which Python's
``str.splitlines`` would split at) stay inside their row. Nothing is translated on the way in or out, so the
length of what was read is the length on disk.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from ..core.errors import InvalidRequestError
from ..core.messages import Message

_OTHER_NAME = Message("Choose another output name.")

COLUMNS = [
    "id",
    "file",
    "page",
    "status",
    "message",
    "answer",
    "data",
    "issues",
    "finish_reason",
    "total_s",
    "time_to_first_token_s",
    "prompt_tokens",
    "new_tokens",
    "model",
]


def _csv_line(values: list[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ResultsFile:
    """Rows keyed by ``id``, appended to ``path``; the format follows the suffix (.jsonl or .csv).

    Attributes
    ----------
    done : dict[str, str]
        ``id -> status`` of the rows already in the file (the last row wins).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        suffix = self.path.suffix.lower()
        if suffix not in (".jsonl", ".csv"):
            raise InvalidRequestError(
                Message("The output must end in .jsonl or .csv (got {name}).", name=self.path.name)
            )
        self.is_csv = suffix == ".csv"
        self.done: dict[str, str] = {}
        data = self.path.read_bytes() if self.path.exists() else b""
        keep = self._read_csv(data) if self.is_csv else self._read_jsonl(data)
        if keep != len(data):
            # Cut the torn tail so the next row starts on a fresh line.
            with open(self.path, "r+b") as fh:
                fh.truncate(keep)
        self._fh = open(self.path, "a", encoding="utf-8", newline="")  # closed by close()
        if self.is_csv and keep == 0:
            self._write(_csv_line(COLUMNS))

    def _read_jsonl(self, data: bytes) -> int:
        """Fill ``done`` from the complete lines of ``data``; their length in bytes."""
        end = data.rfind(b"\n") + 1
        for line in data[:end].split(b"\n")[:-1]:
            try:
                row = json.loads(line)
            except (ValueError, RecursionError):  # damaged, not UTF-8, or nested past the parser's depth
                continue  # a foreign or damaged line: keep it, do not count it as done
            if isinstance(row, dict) and "id" in row:
                self.done[str(row["id"])] = str(row.get("status", ""))
        return end

    def _read_csv(self, data: bytes) -> int:
        """Fill ``done`` from the complete records of ``data``; their length in bytes.

        A record ends at a line feed outside quotes; quotes inside a field are doubled, so a line feed is
        outside quotes exactly when an even number of quote characters comes before it.
        """
        end, quotes, offset = 0, 0, 0
        for piece in data.split(b"\n")[:-1]:
            offset += len(piece) + 1
            quotes += piece.count(b'"')
            if quotes % 2 == 0:
                end = offset
        if end == 0:
            return 0
        try:
            text = data[:end].decode("utf-8")
        except UnicodeDecodeError as err:
            raise InvalidRequestError(
                Message("{name} is damaged (not UTF-8 at byte {offset}).", name=self.path.name, offset=err.start),
                hint=_OTHER_NAME,
            ) from None
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not rows or rows[0] != COLUMNS:
            raise InvalidRequestError(
                Message("{name} exists but is not a results file of this tool.", name=self.path.name),
                hint=_OTHER_NAME,
            )
        for row in rows[1:]:
            record = dict(zip(COLUMNS, row))
            if record.get("id"):
                self.done[record["id"]] = record.get("status", "")
        return end

    def _write(self, text: str) -> None:
        self._fh.write(text)
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def append(self, row: dict[str, Any]) -> None:
        """Write one row now (flushed and fsynced)."""
        if self.is_csv:
            self._write(_csv_line([_csv_cell(row.get(c)) for c in COLUMNS]))
        else:
            self._write(json.dumps({c: row.get(c) for c in COLUMNS}, ensure_ascii=False) + "\n")
        self.done[str(row["id"])] = str(row.get("status", ""))

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> ResultsFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
