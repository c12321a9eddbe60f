"""T-DB-9 child: as an unprivileged user, open write-protected forums and try to write.

Usage (as root): ``read_only.py BASE UID GID``. BASE holds the cases the parent prepared:
``ro_file/``, ``ro_folder/``, ``lying/`` (each with ``forum.agora``), ``writable/forum.agora``,
``data/`` (a writable data folder) and ``ro_data/`` (a write-protected one).

The child starts as root, loads everything it needs (the interpreter and its libraries may
live where the unprivileged user cannot read, e.g. under /root), then drops to UID:GID for good
(``setgroups``, ``setgid``, ``setuid``) and only then touches the cases. The schema revisions
Alembic reads from disk are computed before the drop for the same reason. Prints one JSON
object: per case, what ``open_forum`` and ``open_or_recover`` did and what a write raised.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository root

from agora.errors import AgoraError
from agora.services import cards, forums
from agora.storage import backup, migrate, store
from agora.storage.recovery import open_or_recover
from agora.storage.store import open_forum


def _session(opened: store.ForumStore) -> str:
    return next(m.id for m in forums.list_sessions(opened) if m.category is not None)


def _write(opened: store.ForumStore) -> dict[str, str]:
    try:
        cards.add_card(opened, _session(opened), "constraint", "Écrite en lecture seule ?")
    except AgoraError as exc:
        return {
            "error": type(exc).__name__,
            "message": str(exc),
            "name": getattr(exc, "sqlite_errorname", ""),
        }
    return {"error": ""}


def _warm_up() -> None:
    """Run every code path once as root, so nothing is loaded from disk after the drop."""
    folder = Path(tempfile.mkdtemp(prefix="agora-warm-"))
    os.environ["AGORA_DATA_DIR"] = str(folder / "data")
    path = folder / "warm.agora"
    opened = forums.create_forum(path, "Échauffement")
    _write(opened)
    cards.list_cards(opened)
    opened.close()
    again, _report = open_or_recover(path)
    again.close()
    backup.snapshot(path, backup.REASON_MANUAL)
    _write(store.ForumStore(path, read_only=True, read_only_reason="x"))
    json.dumps({"é": 1})
    # Alembic reads the revision files at every open: answer from what it read now.
    head, known = migrate.head_revision(), migrate.known_revisions()
    store.head_revision = lambda: head
    store.known_revisions = lambda: known
    shutil.rmtree(folder)


def _case(path: Path) -> dict[str, object]:
    seen: dict[str, object] = {"os_access": os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)}
    try:
        with open_forum(path) as plain:
            seen["plain"] = {
                "read_only": plain.read_only,
                "reason": plain.read_only_reason,
                "write": _write(plain),
            }
    except AgoraError as exc:
        seen["plain"] = {"error": type(exc).__name__, "message": str(exc)}
    opened, report = open_or_recover(path)
    with opened:
        seen["recover"] = {
            "report": report is not None,
            "read_only": opened.read_only,
            "reason": opened.read_only_reason,
            "cards": len(cards.list_cards(opened)),
            "write": _write(opened),
        }
    return seen


def main() -> None:
    base, uid, gid = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    _warm_up()
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)
    result: dict[str, object] = {"uid": os.getuid()}
    os.environ["AGORA_DATA_DIR"] = str(base / "data")
    for name in ("ro_file", "ro_folder", "lying"):
        result[name] = _case(base / name / "forum.agora")
    # A write-protected data folder: the forum itself is writable, its snapshots cannot be.
    os.environ["AGORA_DATA_DIR"] = str(base / "ro_data")
    writable = base / "writable" / "forum.agora"
    with open_forum(writable) as opened:
        try:
            backup.snapshot(writable, backup.REASON_OPEN)
            result["ro_data"] = {"snapshot_error": ""}
        except AgoraError as exc:
            result["ro_data"] = {"snapshot_error": type(exc).__name__, "message": str(exc)}
        result["ro_data"]["write"] = _write(opened)  # type: ignore[index]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
