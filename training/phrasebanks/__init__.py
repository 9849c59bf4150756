"""Per-language phrase banks for the lure-pattern ad generator (see ``training/generate.py``)."""
