"""The shipped model artifact, its manifest and model card (installed as ``jobscam.model``)."""
