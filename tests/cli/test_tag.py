from click.testing import CliRunner

from rasd.cli.main import cli


def test_tag_keeps_tokens_and_order(tmp_path):
    conll = "فرانكفورت\tB-LOC\n(د\tO\nأعلن\tO\n\nقال\tO extra\nالوزير\tO\n"
    f = tmp_path / "in.conll"
    f.write_text(conll, encoding="utf-8")
    result = CliRunner().invoke(cli, ["tag", str(f)])
    assert result.exit_code == 0
    blocks = result.stdout.strip("\n").split("\n\n")
    assert len(blocks) == 2
    rows = [line.split("\t") for line in blocks[0].splitlines()] + [line.split("\t") for line in blocks[1].splitlines()]
    assert [r[0] for r in rows] == ["فرانكفورت", "(د", "أعلن", "قال", "الوزير"]
    tags = {r[1] for r in rows}
    assert tags <= {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}


def test_tag_missing_file_is_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["tag", str(tmp_path / "nope.conll")])
    assert result.exit_code == 1
    assert "no such file" in result.output
