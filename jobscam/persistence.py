"""Saving and loading the model artifact safely (skops, an explicit type allow-list, a checksummed manifest).

scikit-learn's own guidance: never load a pickle you would not run. The artifact is a skops file; before loading we
ask skops which types the file would instantiate and refuse it if any is not on :data:`ALLOWED_TYPES`. The manifest
beside it records the artifact's sha256 and the library versions it was made with; a file that does not match its
manifest, or that was made with another scikit-learn, is refused with a message saying why.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import numpy
import scipy
import sklearn
import skops.io

from jobscam.normalize import NORMALIZER_VERSION

#: Every type the shipped artifact may contain. Anything else in a file is refused, never trusted.
ALLOWED_TYPES: frozenset[str] = frozenset(
    {
        "builtins.dict",
        "builtins.list",
        "builtins.tuple",
        "builtins.str",
        "builtins.int",
        "builtins.float",
        "builtins.bool",
        "collections.defaultdict",
        "numpy.dtype",
        "numpy.float32",
        "numpy.float64",
        "numpy.int64",
        "numpy.ndarray",
        "scipy.sparse._csr.csr_matrix",
        "sklearn.feature_extraction.text.HashingVectorizer",
        "sklearn.feature_extraction.text.TfidfTransformer",
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.pipeline.Pipeline",
    }
)


class ModelLoadError(RuntimeError):
    """The artifact cannot be used: missing, tampered with, made by other library versions, or unsafe."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    return {
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "skops": skops.__version__,
    }


def save_artifact(
    obj: dict[str, Any], path: Path, manifest_path: Path, manifest: dict[str, Any]
) -> dict[str, Any]:
    """Write ``obj`` with skops and a manifest holding its sha256 and library versions; return the manifest."""
    path.parent.mkdir(parents=True, exist_ok=True)
    skops.io.dump(obj, path, compression=zipfile.ZIP_DEFLATED)
    _canonicalise(path)
    untrusted = set(skops.io.get_untrusted_types(file=path)) - ALLOWED_TYPES
    if untrusted:
        raise ModelLoadError(
            f"refusing to ship an artifact with types outside the allow-list: {sorted(untrusted)}"
        )
    full = {
        **manifest,
        "artifact": path.name,
        "artifact_sha256": sha256_file(path),
        "versions": library_versions(),
        "normalizer_version": NORMALIZER_VERSION,  # the model only fits text normalised this way
    }
    manifest_path.write_text(
        json.dumps(full, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return full


_OBJECT_ID = re.compile(r'("__id__": |"file": "|"content": ")(\d{9,})')


def _canonicalise(path: Path) -> None:
    """Make the same model give the same bytes (and sha256): skops names arrays and references by ``id()``.

    Every such number, in ``schema.json`` and in the array file names, is replaced by its order of first
    appearance (consistently, so references still resolve), and zip entry times are fixed.
    """
    with zipfile.ZipFile(path) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    renumber: dict[str, str] = {}

    def replace(match: re.Match[str]) -> str:
        return match.group(1) + renumber.setdefault(match.group(2), str(len(renumber) + 1))

    schema = _OBJECT_ID.sub(replace, entries.pop("schema.json").decode("utf-8"))
    renamed = {
        f"{renumber.get(Path(name).stem, Path(name).stem)}{Path(name).suffix}": data
        for name, data in entries.items()
    }
    with zipfile.ZipFile(path, "w") as target:
        for name, data in [("schema.json", schema.encode("utf-8")), *sorted(renamed.items())]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def read_manifest(manifest_path: Path) -> dict[str, Any]:
    try:
        return json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelLoadError(f"no manifest at {manifest_path}: the artifact cannot be verified") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelLoadError(f"manifest {manifest_path} is not valid JSON: {exc}") from exc


def check_versions(manifest: dict[str, Any]) -> None:
    """Refuse an artifact made for another text normaliser, another scikit-learn, or another numpy/scipy major."""
    if manifest.get("normalizer_version") != NORMALIZER_VERSION:
        raise ModelLoadError(
            f"the model was trained on text from normaliser version {manifest.get('normalizer_version')} but this "
            f"jobscam normalises with version {NORMALIZER_VERSION}; retrain with `jobscam train`"
        )
    made = manifest.get("versions", {})
    here = library_versions()
    if made.get("scikit-learn") != here["scikit-learn"]:
        raise ModelLoadError(
            f"the model was trained with scikit-learn {made.get('scikit-learn')} but {here['scikit-learn']} is "
            "installed; install that version or retrain with `jobscam train`"
        )
    for lib in ("numpy", "scipy"):
        if str(made.get(lib, "")).split(".")[0] != here[lib].split(".")[0]:
            raise ModelLoadError(
                f"the model was saved with {lib} {made.get(lib)} but {here[lib]} is installed (major version "
                "differs); retrain with `jobscam train`"
            )


def load_artifact(path: Path, manifest_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Verify and load an artifact: checksum, versions, then skops with the explicit allow-list."""
    if not path.is_file():
        raise ModelLoadError(f"no model artifact at {path}; build one with `jobscam train`")
    manifest = read_manifest(manifest_path)
    actual = sha256_file(path)
    if manifest.get("artifact_sha256") != actual:
        raise ModelLoadError(
            f"{path.name} does not match its manifest (sha256 {actual[:12]}… != {str(manifest.get('artifact_sha256'))[:12]}…):"
            " the file was changed or corrupted; refusing to load it"
        )
    check_versions(manifest)
    try:
        untrusted = set(skops.io.get_untrusted_types(file=path))
    except Exception as exc:  # a corrupt zip or a file that is not skops at all
        raise ModelLoadError(f"{path.name} is not a readable skops file: {exc}") from exc
    refused = untrusted - ALLOWED_TYPES
    if refused:
        raise ModelLoadError(
            f"{path.name} contains types outside the allow-list, refusing to load: {sorted(refused)}"
        )
    obj = skops.io.load(path, trusted=sorted(untrusted))
    if not isinstance(obj, dict) or "pipeline" not in obj or "calibrator" not in obj:
        raise ModelLoadError(f"{path.name} does not hold a jobscam model (expected pipeline and calibrator)")
    return obj, manifest
