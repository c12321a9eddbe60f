"""T-DB-1 child: captures cards through agora's own ``add_card`` until it is killed.

Usage: ``capture_loop.py FORUM SESSION_ID PREFIX``. Prints ``ready`` once the forum is open,
then the number of each card *after* ``add_card`` returned (the acknowledgement the parent
trusts), one per line, unbuffered.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository root

from agora.services import cards
from agora.storage.store import open_forum


def main() -> None:
    path, session_id, prefix = sys.argv[1:4]
    store = open_forum(Path(path))
    os.write(1, b"ready\n")
    number = 0
    while True:
        cards.add_card(store, session_id, "constraint", f"{prefix}-{number} " + "x" * (number % 700))
        os.write(1, f"{number}\n".encode())
        number += 1


if __name__ == "__main__":
    main()
