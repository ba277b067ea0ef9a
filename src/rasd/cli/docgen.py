"""Generate docs/cli.md from the commands' own --help, so the reference cannot drift from the code.

Run ``make docs`` (or ``python -m rasd.cli.docgen > docs/cli.md``); a test fails when they differ.
"""

from __future__ import annotations

import sys

import click

from rasd.cli.main import cli

HEADER = """# CLI reference

Generated from `rasd --help` by `make docs` (`python -m rasd.cli.docgen`); do not edit by hand.
A test fails when this page and the commands drift apart.
"""


def _walk(command: click.Command, path: list[str], parent: click.Context | None):
    # Contexts are built as a real invocation would build them (parent chain, the group's settings),
    # because click caches a command's help option from the first context it sees.
    ctx = click.Context(command, parent=parent, info_name=path[-1], terminal_width=100,
                        **({} if parent else cli.context_settings))
    yield path, command, ctx
    if isinstance(command, click.Group):
        for name in sorted(command.list_commands(ctx)):
            yield from _walk(command.get_command(ctx, name), [*path, name], ctx)


def render() -> str:
    parts = [HEADER]
    for path, command, ctx in _walk(cli, ["rasd"], None):
        parts.append(f"\n## `{' '.join(path)}`\n\n```\n{command.get_help(ctx).rstrip()}\n```\n")
    return "".join(parts)


def main() -> int:
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
