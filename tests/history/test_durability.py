"""The history under hostile conditions: a process killed mid-answer, damaged files, a locked file, a full
disk. Nothing here sleeps: child processes report progress on a pipe."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from desktop_vlm.history import HistoryStore, StorageFullError
from desktop_vlm.history.errors import HistoryOpenError
from tests.conftest import small_filesystem

_CHILD_PREFIX = """
import os, signal, sys
from pathlib import Path
from desktop_vlm.history import HistoryStore
store = HistoryStore(Path(sys.argv[1]), Path(sys.argv[2]))
c = store.create_conversation()
store.add_message(c.id, "user", "Tell me a long story")
answer = store.begin_answer(c.id)
"""


def _run_child(tmp_path, body: str) -> subprocess.Popen:
    script = tmp_path / "child.py"
    script.write_text(_CHILD_PREFIX + textwrap.dedent(body))
    return subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "h.sqlite3"), str(tmp_path / "att")],
        stdout=subprocess.PIPE,
        text=True,
    )


def _reopen_and_check(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3", tmp_path / "att")
    assert store.recovered_from is None
    assert store._db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    (summary,) = store.list_conversations()
    messages = store.get_conversation(summary.id).messages
    return store, messages


def test_process_killing_itself_mid_answer_keeps_the_partial_text(tmp_path):
    child = _run_child(
        tmp_path,
        """
        store.update_answer(answer.id, "Once upon a time")
        store.update_answer(answer.id, "Once upon a time there was a")
        os.kill(os.getpid(), signal.SIGKILL)
    """,
    )
    assert child.wait(timeout=30) == -signal.SIGKILL
    store, messages = _reopen_and_check(tmp_path)
    assert [(m.role, m.status, m.text) for m in messages] == [
        ("user", "complete", "Tell me a long story"),
        ("assistant", "interrupted", "Once upon a time there was a"),
    ]
    store.close()


def test_process_killed_from_outside_while_saving_loses_nothing_acknowledged(tmp_path):
    # the child saves as fast as it can; we kill it at an arbitrary moment between (or during) saves
    child = _run_child(
        tmp_path,
        """
        text = ""
        for i in range(100000):
            text += f"word{i} "
            store.update_answer(answer.id, text)
            print(i, flush=True)
    """,
    )
    acknowledged = -1
    for line in child.stdout:
        acknowledged = int(line)
        if acknowledged >= 200:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    store, messages = _reopen_and_check(tmp_path)
    answer = messages[-1]
    assert answer.status == "interrupted"
    assert f"word{acknowledged} " in answer.text  # every save reported before the kill is there
    store.close()


def _store_with_data(path, att):
    store = HistoryStore(path, att)
    c = store.create_conversation()
    for i in range(200):  # enough rows for several pages, so damage can hit one in the middle
        store.add_message(c.id, "user", f"message {i} " + "x" * 200)
    store.close()


@pytest.mark.parametrize("where", ["header", "middle"])
def test_damaged_database_is_moved_aside_and_kept(tmp_path, where):
    path = tmp_path / "h.sqlite3"
    _store_with_data(path, tmp_path / "att")
    data = bytearray(path.read_bytes())
    start = 0 if where == "header" else 4096 * 3
    data[start : start + 8192] = b"\xde\xad\xbe\xef" * 2048  # garbage over real pages
    path.write_bytes(bytes(data))
    store = HistoryStore(path, tmp_path / "att")
    assert store.recovered_from is not None and store.recovered_from.read_bytes() == bytes(data)
    assert ".corrupt-" in store.recovered_from.name
    assert store.list_conversations() == []  # a fresh, working database
    store.add_message(store.create_conversation().id, "user", "life goes on")
    store.close()


def test_locked_database_is_reported_not_moved_aside(tmp_path):
    path = tmp_path / "h.sqlite3"
    _store_with_data(path, tmp_path / "att")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode=DELETE")  # out of WAL, then hold an exclusive lock
    other.execute("BEGIN EXCLUSIVE")
    started = time.monotonic()
    with pytest.raises(HistoryOpenError):
        HistoryStore(path, tmp_path / "att")
    assert time.monotonic() - started < 30
    other.execute("ROLLBACK")
    other.close()
    assert not list(tmp_path.glob("*.corrupt-*"))
    store = HistoryStore(path, tmp_path / "att")
    assert store.recovered_from is None and len(store.list_conversations()) == 1
    store.close()


def test_database_from_a_newer_app_is_left_alone(tmp_path):
    path = tmp_path / "h.sqlite3"
    _store_with_data(path, tmp_path / "att")
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 999")
    db.commit()
    db.close()
    with pytest.raises(HistoryOpenError, match="newer version"):
        HistoryStore(path, tmp_path / "att")
    assert not list(tmp_path.glob("*.corrupt-*"))


def _fill(path):
    """Take every free byte of the filesystem holding ``path`` (unbuffered, so nothing is pending at close)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_full_disk_gives_a_clear_error_and_keeps_what_was_saved(tmp_path):
    with small_filesystem(tmp_path / "small", "300k") as mount, contextlib.ExitStack() as closing:
        store = HistoryStore(mount / "h.sqlite3", mount / "att")
        closing.callback(lambda: store.close())  # closed before unmounting, even when an assertion fails
        c = store.create_conversation()
        store.add_message(c.id, "user", "saved before the disk filled")
        answer = store.begin_answer(c.id)
        store.update_answer(answer.id, "partial, saved")
        _fill(mount / "filler")
        with pytest.raises(StorageFullError) as err:
            for i in range(50):
                store.update_answer(answer.id, "partial, saved" + " more" * 2000 * (i + 1))
        assert "disk is full" in str(err.value) and err.value.hint
        with pytest.raises(StorageFullError):
            store.store_attachment(b"\x89PNG" + bytes(range(256)) * 200, name="a.png", kind="image", mime="image/png")
        assert not [p for p in (mount / "att").rglob("*") if p.is_file()]  # no half-written file left behind
        got = store.get_conversation(c.id)
        assert [m.text for m in got.messages] == ["saved before the disk filled", "partial, saved"]
        store.close()
        store = HistoryStore(mount / "h.sqlite3", mount / "att")  # opening on a full disk still works
        assert [m.text for m in store.get_conversation(c.id).messages][0] == "saved before the disk filled"
        (mount / "filler").unlink()  # space again: saving works again
        store.add_message(c.id, "user", "after the cleanup")
        assert store._db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
