"""Shared fixtures: a tiny model fitted once per session (fast unit tests) and the shipped model (behaviour tests)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from jobscam import config
from jobscam.features import PipelineParams
from jobscam.scoring import Scorer, Thresholds, load_model

TINY_SCAMS = [
    "URGENT hiring customer service in Myawaddy, salary $4000 per month, no experience needed, contact Telegram @hr_amy",
    "Free flight and visa, free hotel, typing job in Thailand, earn 3000 USD monthly, message WhatsApp now",
    "Casting call for actors in Bangkok, film role, flight paid, contact our coordinator on WeChat",
    "Online casino customer service in Sihanoukville, high pay, free board and lodging, leave this week",
    "Earn daily commission liking videos, small deposit first, withdraw in USDT, contact Telegram",
    "Pay a training fee and send a copy of your passport and bank card to secure your job abroad",
    "Work from home data entry, reship packages and process payments, easy money, no interview",
    "高薪招聘客服，月薪3万，无需经验，包机票包吃住，加微信详聊",
    "泰国打字员，日结高薪，包签证，飞机联系 @kefu88，名额有限",
    "缅甸KK园区招聘网络推广，月入5万，先交押金和培训费",
]
TINY_GENUINE = [
    "Customer service advisor in Bangkok at a registered bank, market salary, two years of experience required",
    "Royal Caribbean hiring cabin stewards, flights paid after a signed contract, interviews at our public office",
    "Casting by Star Talent Agency, auditions at our studio address, we never charge any fees",
    "Licensed resort in Macau hiring dealers through HR, formal contract, training provided",
    "Part-time data labelling at Acme Analytics, hourly pay, apply through our careers site",
    "Our HR team never asks for fees; documents are requested only after a signed offer",
    "Remote bookkeeper for Smith & Co accounting firm, three interviews, CPA preferred",
    "招聘普工，包吃包住，月薪5000-6000元，经验不限，工厂地址：深圳宝安区",
    "餐厅服务员，包吃住，五险一金，周末双休，公司地址：北京朝阳区",
    "华为外派工程师，签订正式劳动合同，具备三年以上相关经验",
]


def tiny_table() -> pd.DataFrame:
    texts = TINY_SCAMS + TINY_GENUINE
    return pd.DataFrame({"text": texts, "label": [1] * len(TINY_SCAMS) + [0] * len(TINY_GENUINE)})


@pytest.fixture(scope="session")
def tiny_ads() -> pd.DataFrame:
    """Twenty hand-written ads (ten lures, ten genuine look-alikes) with their labels."""
    return tiny_table()


@pytest.fixture(scope="session")
def tiny_scorer() -> Scorer:
    """A real fitted pipeline on twenty ads: not a good model, but exercises every code path quickly."""
    from jobscam.features import build_pipeline
    from jobscam.training.train import fit_calibrator, normalized_texts

    table = tiny_table()
    pipeline = build_pipeline(PipelineParams(C=10.0))
    pipeline.fit(normalized_texts(table["text"].tolist()), table["label"].to_numpy())
    texts = normalized_texts(table["text"].tolist())
    logits = pipeline.decision_function(texts)
    calibrator = fit_calibrator(
        np.concatenate([logits, [0.0, 0.0]]), texts + ["x", "x"], np.r_[table["label"], 0, 1]
    )
    return Scorer(
        pipeline, calibrator, Thresholds(medium=0.3, high=0.7), {"artifact_sha256": "tiny-model-000"}
    )


@pytest.fixture(scope="session")
def tiny_model_path(tiny_scorer: Scorer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model saved as a verified artifact (skops + manifest), for surfaces that load from a path."""
    from jobscam.persistence import save_artifact

    directory = tmp_path_factory.mktemp("tiny-model")
    path = directory / "jobscam.skops"
    save_artifact(
        {"pipeline": tiny_scorer.pipeline, "calibrator": tiny_scorer.calibrator},
        path,
        directory / "manifest.json",
        {"thresholds": {"medium": 0.3, "high": 0.7}},
    )
    return path


@pytest.fixture(scope="session")
def shipped_scorer() -> Scorer:
    """The committed model in ``model/``."""
    if not config.MODEL_FILE.exists():
        pytest.fail(f"the shipped model {config.MODEL_FILE} is missing: run `jobscam train`")
    return load_model()


@pytest.fixture(scope="session")
def require_shared_data() -> Path:
    """The real labelled ads beside the checkout (``../shared/data`` or ``$JOBSCAM_SHARED_DATA``)."""
    directory = config.shared_data_dir()
    if not (directory / "emscad_balanced_dev.csv").exists():
        pytest.skip(f"the real labelled ads are not at {directory} (set JOBSCAM_SHARED_DATA)")
    return directory
