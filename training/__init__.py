"""Dataset generation, training-table build, model fitting and evaluation (installed as ``jobscam.training``)."""
