"""The ``agora`` command: the desktop app, or with a subcommand the command line.

With a subcommand (``agora demo``, ``agora check FILE``…) or ``--version``/``--help`` it hands
over to ``agora.cli`` without loading Qt, so the command line starts fast and runs headless.
``agora FORUM.agora`` (a forum file double-clicked in the file manager) opens the app on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from agora.paths import FORUM_SUFFIX


def main(argv: list[str] | None = None) -> int:
    """Run the command line if arguments ask for it, else the desktop app."""
    args = sys.argv[1:] if argv is None else argv
    if args and args[0].lower().endswith(FORUM_SUFFIX) and not args[0].startswith("-"):
        from ui import app  # inline: Qt loads only for the desktop app

        return app.run(args[1:], forum=Path(args[0]))
    if args and not args[0].startswith("--dev"):
        from agora import cli  # inline: the command line must not load Qt

        return cli.main(args)
    from ui import app  # inline: Qt loads only for the desktop app

    return app.run(args)


if __name__ == "__main__":
    sys.exit(main())
