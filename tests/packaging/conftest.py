"""Fixtures of the packaging tests: the build helpers, and build.spec run against recorders.

Nothing here builds: build.spec is executed with PyInstaller's build targets (Analysis, EXE,
COLLECT, BUNDLE…) replaced by objects that record their arguments, so a test can read what the
spec asks PyInstaller to ship. PyInstaller itself is needed for ``collect_data_files``: those
tests skip without it.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


def load_agora_build() -> ModuleType:
    """packaging/agora_build.py, loaded by path as build.spec does."""
    spec = importlib.util.spec_from_file_location("agora_build", ROOT / "packaging" / "agora_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def agora_build() -> ModuleType:
    return load_agora_build()


@dataclass
class Target:
    """One PyInstaller build target, as the spec created it."""

    kind: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    # What Analysis exposes to the rest of the spec.
    binaries: list[tuple[str, str, str]] = field(default_factory=list)
    datas: list[tuple[str, str, str]] = field(default_factory=list)
    pure: list[Any] = field(default_factory=list)
    scripts: list[Any] = field(default_factory=list)


@dataclass
class SpecRun:
    """What one execution of build.spec asked for."""

    targets: list[Target]
    workpath: Path
    distpath: Path

    def all(self, kind: str) -> list[Target]:
        return [t for t in self.targets if t.kind == kind]

    def one(self, kind: str) -> Target:
        (target,) = self.all(kind)
        return target


RunSpec = Callable[[str], SpecRun]


def execute_spec(platform: str, folder: Path) -> SpecRun:
    """Run build.spec as on ``platform`` (a ``sys.platform`` value), recording what it asks."""
    targets: list[Target] = []

    def recorder(kind: str) -> Callable[..., Target]:
        def make(*args: Any, **kwargs: Any) -> Target:
            target = Target(kind, args, kwargs)
            targets.append(target)
            return target

        return make

    workpath, distpath = folder / "work", folder / "dist"
    workpath.mkdir(parents=True)
    (distpath / "agora").mkdir(parents=True)  # what COLLECT would have made
    namespace = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(ROOT),
        "DISTPATH": str(distpath),
        "workpath": str(workpath),
        **{kind: recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    saved_path = list(sys.path)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sys, "platform", platform)
            exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved_path  # the spec puts the checkout first
    return SpecRun(targets, workpath, distpath)


def _need_pyinstaller() -> None:
    pytest.importorskip("PyInstaller")
    # Imported under the real platform before any run pretends to be another one.
    importlib.import_module("PyInstaller.depend.bindepend")
    importlib.import_module("PyInstaller.utils.hooks")


@pytest.fixture(scope="session")
def spec_runs(tmp_path_factory: pytest.TempPathFactory) -> RunSpec:
    """build.spec's requests per platform, run once per session (the spec reads every source)."""
    _need_pyinstaller()
    cache: dict[str, SpecRun] = {}

    def run(platform: str) -> SpecRun:
        if platform not in cache:
            cache[platform] = execute_spec(platform, tmp_path_factory.mktemp(f"spec-{platform}"))
        return cache[platform]

    return run


@pytest.fixture
def run_spec(tmp_path: Path) -> RunSpec:
    """build.spec run afresh (for tests that change what it sees)."""
    _need_pyinstaller()
    return lambda platform: execute_spec(platform, tmp_path / platform)
