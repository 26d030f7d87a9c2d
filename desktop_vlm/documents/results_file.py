"""An append-only results file (JSON Lines or CSV) that survives being killed mid-run.

Every row is written, flushed and fsynced on its own, so a SIGKILL loses at most the row being
written. On reopening, a torn last row (no line end) is cut off and the ids already present are
returned so the caller can skip them.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from ..core.errors import InvalidRequestError

COLUMNS = [
    "id", "file", "page", "status", "message", "answer", "data", "issues",
    "finish_reason", "total_s", "time_to_first_token_s", "prompt_tokens", "new_tokens", "model",
]  # fmt: skip


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
            raise InvalidRequestError(f"The output must end in .jsonl or .csv (got {self.path.name}).")
        self.is_csv = suffix == ".csv"
        self.done: dict[str, str] = {}
        text = self.path.read_text(encoding="utf-8") if self.path.exists() else ""
        keep = self._read(text)
        if keep != len(text.encode("utf-8")) and text:
            # Cut the torn tail so the next row starts on a fresh line.
            with open(self.path, "r+b") as fh:
                fh.truncate(keep)
        self._fh = open(self.path, "a", encoding="utf-8", newline="")
        if self.is_csv and keep == 0:
            self._write(_csv_line(COLUMNS))

    def _read(self, text: str) -> int:
        """Fill ``done`` from ``text``; the byte length of its complete rows."""
        if not text:
            return 0
        if not self.is_csv:
            complete = text if text.endswith("\n") else text[: text.rfind("\n") + 1]
            for line in complete.splitlines():
                try:
                    row = json.loads(line)
                    self.done[str(row["id"])] = str(row.get("status", ""))
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a foreign or damaged line: keep it, do not count it as done
            return len(complete.encode("utf-8"))
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not text.endswith("\n"):
            rows = rows[:-1]  # the torn last record
        if not rows or rows[0] != COLUMNS:
            raise InvalidRequestError(f"{self.path.name} exists but is not a results file of this tool.",
                                      hint="Choose another output name.")  # fmt: skip
        # Re-serialising parsed rows reproduces what we wrote, which gives the length of the good part.
        keep = sum(len(_csv_line(r).encode("utf-8")) for r in rows)
        for row in rows[1:]:
            record = dict(zip(COLUMNS, row))
            self.done[record["id"]] = record.get("status", "")
        return keep

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

    def __enter__(self) -> "ResultsFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
