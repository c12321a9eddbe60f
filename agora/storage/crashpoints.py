"""Named places where the fault-injection tests kill Agora on purpose (``kill -9`` from inside).

A child process started with ``AGORA_CRASH_AT=<name>`` dies at once, without any clean-up, when
it reaches ``crash_point(<name>)``: exactly what a dead battery or a killed process does there.
Without the variable the call costs one dictionary lookup. The names in use:

- ``migration.before_commit``: schema migrated inside its transaction, not yet committed;
- ``backup.before_replace``: verified copy written to its temporary file, not yet renamed;
- ``export.before_replace`` / ``export.after_replace``: around the export's atomic rename;
- ``import.before_commit``: imported copy verified in the library folder, not yet renamed.
"""

from __future__ import annotations

import os
import signal

#: Environment variable naming the crash point at which the process kills itself.
CRASH_ENV = "AGORA_CRASH_AT"


def crash_point(name: str) -> None:
    """Kill this process with SIGKILL if ``AGORA_CRASH_AT`` names this point; else do nothing."""
    if os.environ.get(CRASH_ENV) != name:
        return
    kill = getattr(signal, "SIGKILL", None)
    if kill is None:  # Windows: no SIGKILL; _exit skips every handler and buffer flush alike
        os._exit(137)
    os.kill(os.getpid(), kill)
