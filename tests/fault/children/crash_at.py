"""T-DB-2 child: runs one risky operation with ``AGORA_CRASH_AT`` set, so it dies at that point.

Usage: ``AGORA_CRASH_AT=<phase> crash_at.py ARG [ARG]``:

- ``migration.before_commit FORUM``: open an old-schema forum (snapshot, then migration);
- ``backup.before_replace FORUM``: take a snapshot;
- ``export.before_replace FORUM FOLDER`` / ``export.after_replace FORUM FOLDER``: export;
- ``import.before_commit FILE``: import a file into the library.

Exit status 5 means the crash point was never reached (the test fails on it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository root

from agora.services import safety
from agora.storage import backup
from agora.storage.store import open_forum


def main() -> int:
    phase = os.environ["AGORA_CRASH_AT"]
    args = [Path(arg) for arg in sys.argv[1:]]
    if phase == "migration.before_commit":
        open_forum(args[0])
    elif phase == "backup.before_replace":
        backup.snapshot(args[0], backup.REASON_TIMER)
    elif phase.startswith("export."):
        safety.export_forum(args[0], args[1])
    elif phase == "import.before_commit":
        safety.import_forum_file(args[0])
    sys.stderr.write(f"crash point {phase} not reached\n")
    return 5


if __name__ == "__main__":
    sys.exit(main())
