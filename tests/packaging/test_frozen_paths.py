"""Resources and migrations are found from source and frozen alike (PyInstaller's _internal/)."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from agora import paths
from agora.storage import migrate
from tests.packaging.conftest import ROOT, RunSpec


def test_from_source_resources_are_the_checkout_folder() -> None:
    assert not hasattr(sys, "_MEIPASS")
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.resource("reference", "categories.json").is_file()


def test_frozen_resources_are_under_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    internal = tmp_path / "agora" / "_internal"  # dist/agora/_internal, PyInstaller ≥ 6
    shutil.copytree(ROOT / "resources" / "reference", internal / "resources" / "reference")
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.resources_dir() == internal / "resources"
    assert paths.resource("reference", "categories.json").read_bytes() == (
        ROOT / "resources" / "reference" / "categories.json"
    ).read_bytes()


def test_the_spec_puts_resources_where_paths_looks(spec_runs: RunSpec) -> None:
    datas = spec_runs("linux").one("Analysis").kwargs["datas"]
    assert ("resources", "resources") in datas  # → _internal/resources == sys._MEIPASS/resources


def test_migrations_dir_is_found_beside_the_storage_package() -> None:
    folder = migrate.MIGRATIONS_DIR
    assert folder == ROOT / "agora" / "storage" / "migrations"
    assert (folder / "env.py").is_file()
    assert list((folder / "versions").glob("*.py"))


def test_the_spec_puts_migrations_where_migrate_looks(spec_runs: RunSpec) -> None:
    # Frozen, agora/storage/migrate.pyc sits in _internal/agora/storage/: the scripts must too.
    relative = migrate.MIGRATIONS_DIR.relative_to(ROOT).as_posix()
    dests = {dest for _, dest in spec_runs("linux").one("Analysis").kwargs["datas"]}
    assert relative in dests
    assert f"{relative}/versions" in dests


def test_alembic_reads_the_shipped_scripts_from_a_bundle_layout(tmp_path: Path) -> None:
    bundled = tmp_path / "_internal" / "agora" / "storage" / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, bundled, ignore=shutil.ignore_patterns("__pycache__"))
    config = Config()
    config.set_main_option("script_location", str(bundled))
    scripts = ScriptDirectory.from_config(config)
    source = ScriptDirectory.from_config(_config(migrate.MIGRATIONS_DIR))
    assert scripts.get_heads() == source.get_heads()
    assert len(list(scripts.walk_revisions())) == len(list((bundled / "versions").glob("*.py")))


def _config(location: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(location))
    return config


def test_env_py_imports_nothing_from_the_app() -> None:
    # STYLE.md §4.4: imports in a file loaded from disk at run time are invisible to PyInstaller.
    tree = ast.parse((migrate.MIGRATIONS_DIR / "env.py").read_text(encoding="utf-8"))
    modules = {alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names}
    modules |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not {m for m in modules if m.split(".")[0] in {"agora", "ui"}}
