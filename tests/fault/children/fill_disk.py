"""T-DB-7 / T-DB-8 child: capture cards until the disk refuses, then free room and retry the same draft.

Usage: ``fill_disk.py FOLDER SOURCE SESSION_ID [--raise-limit]``. Copies the closed forum
SOURCE into FOLDER (a tiny tmpfs, or any folder under a file-size limit), writes a ballast file
beside it, then captures cards through agora's ``add_card`` until it raises. It then frees
room (deletes the ballast; with ``--raise-limit`` also lifts the soft RLIMIT_FSIZE to the hard
one) and retries the very draft that failed. Prints one JSON object with what it saw.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository root

from agora.errors import StorageError
from agora.services import cards
from agora.storage.store import open_forum


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def main() -> None:
    folder, source, session_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    os.environ["AGORA_DATA_DIR"] = str(folder / "data")
    forum = folder / "forum.agora"
    shutil.copyfile(source, forum)
    store = open_forum(forum)
    ballast = folder / "ballast"
    ballast.write_bytes(b"\x01" * 64 * 1024)
    saved, failure, draft = 0, None, ""
    while saved < 5000:
        draft = f"carte {saved} " + "é" * 1500  # what the facilitator typed: the caller keeps it
        try:
            cards.add_card(store, session_id, "constraint", draft)
        except StorageError as exc:
            failure = exc
            break
        saved += 1
    result: dict[str, object] = {"saved": saved}
    if failure is not None:
        result["error"] = type(failure).__name__
        result["errorname"] = getattr(failure, "sqlite_errorname", "")
        result["message"] = str(failure)
        with store.engine.connect() as connection:
            raw = connection.connection.driver_connection
            result["in_transaction"] = bool(raw is not None and raw.in_transaction)
        stored = [card.text for card in cards.list_cards(store)]
        result["count_after_failure"] = len(stored)
        result["failed_draft_stored"] = draft in stored
        result["integrity_after_failure"] = _integrity(forum)
        ballast.unlink()
        if "--raise-limit" in sys.argv:
            _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        cards.add_card(store, session_id, "constraint", draft)  # the retry, with the kept draft
        stored = [card.text for card in cards.list_cards(store)]
        result["count_after_retry"] = len(stored)
        result["draft_saved_on_retry"] = draft in stored
    store.close()
    result["integrity_final"] = _integrity(forum)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
