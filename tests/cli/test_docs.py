from rasd.cli.docgen import render

from ..conftest import REPO


def test_cli_reference_matches_the_commands():
    page = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert page == render(), "docs/cli.md is out of date: run `make docs`"


def test_reference_covers_every_command():
    page = render()
    for name in ("rasd extract", "rasd tag", "rasd eval", "rasd train", "rasd train ner"):
        assert f"## `{name}`" in page
