"""Fixtures of the report tests: the demo forum, built and read once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from agora.reports.command import gather
from agora.reports.inputs import ReportInput
from agora.services import demo, forums


@dataclass(frozen=True)
class Demo:
    """The demo forum's file and the report inputs of its Agora and of the élus' peer group."""

    path: Path
    agora_id: str
    elus_id: str
    agora: ReportInput
    elus: ReportInput


@pytest.fixture(scope="session")
def demo_forum(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """The demo forum, built once for the whole test session and read back as report inputs."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.agora"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AGORA_DATA_DIR", str(folder / "data"))  # never the real user folders
        store = demo.build_demo(path)
        try:
            sessions = forums.list_sessions(store)
            agora_id = next(s.id for s in sessions if s.category is None)
            elus_id = next(s.id for s in sessions if s.category == "elus")
            agora = gather(store, agora_id)
            elus = gather(store, elus_id)
        finally:
            store.close()
    return Demo(path, agora_id, elus_id, agora, elus)
