"""`geo gazetteer ...`: placeholder until the gazetteer commands land."""

from .cli import cli


@cli.group()
def gazetteer():
    """Look up, add, edit, remove and import places in the offline place table.

    \b
    Example:
      geo gazetteer search Baghouz
    """
