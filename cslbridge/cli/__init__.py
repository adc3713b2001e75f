"""The `cslbridge` command line: a thin layer over the library API.

Subcommands live in their own modules and are imported only when used, so
`cslbridge convert` does not pay for loading the renderer or the Zotero client.
"""

from __future__ import annotations

import importlib
import sys

import click

# name -> "module:attribute" of a click command, relative to this package.
COMMANDS = {
    "convert": ".convert:convert",
    "validate": ".convert:validate",
    "formats": ".convert:formats",
    "render": ".render:render",
    "styles": ".render:styles",
    "parse": ".parse:parse",
    "preview": ".preview:preview",
    "sync": ".sync:sync",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        module, attr = COMMANDS[name].split(":")
        return getattr(importlib.import_module(module, __name__), attr)

    def main(self, args=None, prog_name=None, **extra):
        """Click's own errors (a missing argument, an unknown option) as one line like every other error:
        click prints three (usage, a hint, the error)."""
        extra.pop("standalone_mode", None)
        try:
            code = super().main(args, prog_name, standalone_mode=False, **extra)
        except click.UsageError as error:
            where = f" (see `{error.ctx.command_path} --help`)" if error.ctx else ""
            click.echo(f"error: {error.format_message().rstrip('.')}{where}", err=True)
            sys.exit(error.exit_code)
        except click.ClickException as error:
            click.echo(f"error: {error.format_message()}", err=True)
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("error: aborted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cslbridge")
def main():
    """Turn bibliographies into CSL-JSON, BibTeX, RIS, rendered styles and Zotero collections."""
