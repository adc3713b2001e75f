"""The `cslbridge` command line: a thin layer over the library API.

Subcommands live in their own modules and are imported only when used, so
`cslbridge convert` does not pay for loading the renderer or the Zotero client.
"""

from __future__ import annotations

import importlib

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


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cslbridge")
def main():
    """Turn bibliographies into CSL-JSON, BibTeX, RIS, rendered styles and Zotero collections."""
