"""`python -m cslbridge`: the same as the `cslbridge` command."""

from .cli import main

main()
