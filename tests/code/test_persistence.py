"""Code tests: the artifact loads only when its checksum, library versions and every type in it check out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import skops.io
from sklearn.preprocessing import FunctionTransformer

from jobscam.normalize import NORMALIZER_VERSION
from jobscam.persistence import ALLOWED_TYPES, ModelLoadError, load_artifact, save_artifact, sha256_file
from jobscam.scoring import load_model


def copy_model(source: Path, target_dir: Path) -> Path:
    shutil.copy(source, target_dir / source.name)
    shutil.copy(source.with_name("manifest.json"), target_dir / "manifest.json")
    return target_dir / source.name


def test_a_verified_artifact_loads_and_scores(tiny_model_path: Path) -> None:
    obj, manifest = load_artifact(tiny_model_path, tiny_model_path.with_name("manifest.json"))
    assert set(obj) == {"pipeline", "calibrator"}
    assert manifest["artifact_sha256"] == sha256_file(tiny_model_path)
    scorer = load_model(tiny_model_path)
    assert scorer.score(["free flight and visa"])["status"].tolist() == ["ok"]


def test_the_artifact_holds_only_allow_listed_types(tiny_model_path: Path) -> None:
    assert set(skops.io.get_untrusted_types(file=tiny_model_path)) <= ALLOWED_TYPES


def test_a_tampered_artifact_is_refused(tiny_model_path: Path, tmp_path: Path) -> None:
    path = copy_model(tiny_model_path, tmp_path)
    with open(path, "ab") as handle:
        handle.write(b"tampered")
    with pytest.raises(ModelLoadError, match="does not match its manifest"):
        load_artifact(path, path.with_name("manifest.json"))


def test_an_artifact_from_another_scikit_learn_is_refused(tiny_model_path: Path, tmp_path: Path) -> None:
    path = copy_model(tiny_model_path, tmp_path)
    manifest_path = path.with_name("manifest.json")
    manifest = json.loads(manifest_path.read_text())
    manifest["versions"]["scikit-learn"] = "0.24.2"
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match="scikit-learn 0.24.2"):
        load_artifact(path, manifest_path)


def test_an_artifact_for_another_normaliser_is_refused(tiny_model_path: Path, tmp_path: Path) -> None:
    path = copy_model(tiny_model_path, tmp_path)
    manifest_path = path.with_name("manifest.json")
    manifest = json.loads(manifest_path.read_text())
    manifest["normalizer_version"] = "0"
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match="normaliser version 0"):
        load_artifact(path, manifest_path)


def test_a_type_outside_the_allow_list_is_refused_even_with_a_matching_checksum(
    tmp_path: Path, tiny_scorer
) -> None:
    path = tmp_path / "jobscam.skops"
    # FunctionTransformer can call arbitrary code on load/use: exactly what the allow-list must keep out.
    skops.io.dump({"pipeline": tiny_scorer.pipeline, "calibrator": FunctionTransformer(func=print)}, path)
    manifest = {
        "artifact_sha256": sha256_file(path),
        "versions": _versions(),
        "normalizer_version": NORMALIZER_VERSION,
    }
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match="outside the allow-list"):
        load_artifact(path, tmp_path / "manifest.json")


def test_saving_refuses_types_outside_the_allow_list(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="allow-list"):
        save_artifact(
            {"pipeline": FunctionTransformer(func=print)},
            tmp_path / "m.skops",
            tmp_path / "manifest.json",
            {},
        )


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no model artifact"), (b"not a zip file", "not a readable skops file")],
)
def test_missing_or_garbage_files_are_refused_with_a_reason(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "jobscam.skops"
    if content is not None:
        path.write_bytes(content)
        manifest = {
            "artifact_sha256": sha256_file(path),
            "versions": _versions(),
            "normalizer_version": NORMALIZER_VERSION,
        }
        (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match=message):
        load_artifact(path, tmp_path / "manifest.json")


def _versions() -> dict[str, str]:
    from jobscam.persistence import library_versions

    return library_versions()
