"""The HTTP service: FastAPI's TestClient on the tiny model, plus one real uvicorn process scored over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from jobscam import config, service
from jobscam.scoring import Scorer, load_model

SCAM = "URGENT hiring customer service in Myawaddy, salary $4000 per month, no experience needed, contact Telegram"
GENUINE = "Remote bookkeeper for Smith & Co accounting firm, three interviews, CPA preferred"


@pytest.fixture(scope="module")
def client(tiny_model_path: Path) -> Iterator[TestClient]:
    with TestClient(service.create_app(tiny_model_path)) as test_client:
        wait_ready(test_client)
        yield test_client


def wait_ready(http: TestClient | httpx.Client, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if http.get("/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise AssertionError("the service did not become ready")


def test_score_returns_one_result_per_ad_in_order_with_ids_and_version(
    client: TestClient, tiny_scorer: Scorer
) -> None:
    ads = [{"id": "b", "text": GENUINE}, {"id": 7, "text": SCAM}, {"id": "a", "text": GENUINE}]
    response = client.post("/v1/score", json={"ads": ads})
    assert response.status_code == 200
    body = response.json()
    assert [r["id"] for r in body["results"]] == ["b", 7, "a"]
    expected = tiny_scorer.score([GENUINE, SCAM, GENUINE])
    for result, probability, band in zip(
        body["results"], expected["scam_probability"], expected["risk_band"]
    ):
        assert result["status"] == "ok"
        assert result["scam_probability"] == pytest.approx(probability, abs=1e-12)
        assert result["risk_band"] == band
        assert isinstance(result["signals"], list)
    assert body["results"][1]["scam_probability"] > body["results"][0]["scam_probability"]
    assert body["model_version"] == response.headers["X-Model-Version"]


def test_score_gives_bad_ads_their_own_error_status(client: TestClient) -> None:
    ads = [
        {"id": 1, "text": SCAM},
        {"id": 2, "text": "   "},
        {"id": 3, "text": "x" * (config.MAX_TEXT_CHARS + 1)},
        {"id": 4, "text": "abc\x00def"},
        {"id": 5, "text": None},
        {"id": 6},
        {"id": 7, "text": GENUINE},
    ]
    response = client.post("/v1/score", json={"ads": ads})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["status"] for r in results] == [
        "ok",
        "error:empty",
        "error:too_long",
        "error:binary",
        "error:empty",
        "error:empty",
        "ok",
    ]
    for bad in results[1:6]:
        assert bad["scam_probability"] is None and bad["risk_band"] is None and bad["signals"] == []
    assert results[0]["scam_probability"] is not None and results[6]["scam_probability"] is not None


def test_empty_batch_is_scored_as_empty(client: TestClient) -> None:
    response = client.post("/v1/score", json={"ads": []})
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_too_many_ads_is_413_with_a_message(client: TestClient) -> None:
    ads = [{"id": i, "text": "hi"} for i in range(service.MAX_ADS + 1)]
    response = client.post("/v1/score", json={"ads": ads})
    assert response.status_code == 413
    assert "1,000" in response.json()["detail"]
    assert client.post("/v1/score", json={"ads": ads[:-1]}).status_code == 200


def test_too_many_bytes_is_413_with_content_length(client: TestClient) -> None:
    body = json.dumps({"ads": [{"id": 1, "text": "a" * (service.MAX_BODY_BYTES + 10)}]}).encode()
    response = client.post("/v1/score", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "bytes" in response.json()["detail"]
    assert "X-Model-Version" in response.headers


def test_too_many_bytes_is_413_without_content_length(client: TestClient) -> None:
    """A chunked body (no Content-Length) is counted while read, so it cannot bypass the limit."""
    chunk = b" " * (1024 * 1024)

    def chunks() -> Iterator[bytes]:
        yield b'{"ads": ['
        for _ in range(6):
            yield chunk
        yield b"]}"

    response = client.post("/v1/score", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in {k.lower() for k in response.request.headers}
    assert response.status_code == 413


def test_a_lying_content_length_does_not_bypass_the_limit() -> None:
    """Drive the middleware directly: the header says 10 bytes, the body is bigger than the limit."""
    import asyncio

    reached: list[bool] = []

    async def app(scope, receive, send) -> None:  # pragma: no cover - must not be reached
        reached.append(True)

    middleware = service.BodyLimitMiddleware(app, max_bytes=100)
    messages = [{"type": "http.request", "body": b"x" * 60, "more_body": True}] * 2
    sent: list[dict] = []

    async def receive() -> dict:
        return messages.pop(0)

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "headers": [(b"content-length", b"10")]}
    asyncio.run(middleware(scope, receive, send))
    assert not reached
    assert sent[0]["status"] == 413


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (b'{"ads": [', "not valid JSON"),
        (b"not json at all", "not valid JSON"),
        (b'{"ad": []}', "ads"),
        (b'{"ads": {"id": 1}}', "ads"),
        (b'{"ads": [{"id": 1, "text": "x", "extra": 1}]}', "extra"),
        (b'{"ads": [{"text": "x"}]}', "ads.0.id"),
        (b'{"ads": [{"id": 1.5, "text": "x"}]}', "ads.0.id"),
        (b'{"ads": [{"id": 1, "text": 42}]}', "ads.0.text"),
    ],
)
def test_malformed_json_or_wrong_shape_is_422_with_a_message(
    client: TestClient, body: bytes, where: str
) -> None:
    response = client.post("/v1/score", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail.startswith("invalid request: ")
    assert where in detail


def test_explain_returns_the_core_explanation_with_the_id(client: TestClient, tiny_scorer: Scorer) -> None:
    response = client.post("/v1/explain", json={"id": "ad-1", "text": SCAM})
    assert response.status_code == 200
    body = response.json()
    expected = tiny_scorer.explain(SCAM).to_dict()
    assert body["id"] == "ad-1"
    assert body["status"] == "ok"
    assert body["scam_probability"] == pytest.approx(expected["scam_probability"], abs=1e-12)
    assert [t["term"] for t in body["terms"]] == [t["term"] for t in expected["terms"]]
    assert [s["name"] for s in body["signals"]] == [s["name"] for s in expected["signals"]]
    for term in body["terms"]:
        for start, end in term["spans"]:
            assert 0 <= start < end <= len(SCAM)
    assert client.post("/v1/explain", json={"id": 2, "text": ""}).json()["status"] == "error:empty"


def test_health_readiness_header_and_docs(client: TestClient, tiny_model_path: Path) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    version = ready.json()["model_version"]
    assert version == load_model(tiny_model_path).version == ready.headers["X-Model-Version"]
    assert len(version) == 12
    assert client.get("/healthz").headers["X-Model-Version"] == version
    assert client.get("/docs").status_code == 200
    openapi = client.get("/openapi.json").json()
    assert {"/v1/score", "/v1/explain", "/healthz", "/readyz"} <= set(openapi["paths"])
    assert "1,000 ads" in openapi["info"]["description"] and "5 MB" in openapi["info"]["description"]


def test_readyz_is_503_until_the_model_is_loaded(
    tiny_model_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    real_load = service.load_model

    def slow_load(path):
        gate.wait(10)
        return real_load(path)

    monkeypatch.setattr(service, "load_model", slow_load)
    with TestClient(service.create_app(tiny_model_path)) as loading:
        response = loading.get("/readyz")
        assert response.status_code == 503
        assert "X-Model-Version" not in response.headers
        assert loading.get("/healthz").status_code == 200
        gate.set()
        wait_ready(loading)
        assert loading.post("/v1/score", json={"ads": [{"id": 1, "text": SCAM}]}).status_code == 200


def test_a_model_that_fails_to_load_keeps_readyz_503_with_the_reason(tmp_path: Path) -> None:
    with TestClient(service.create_app(tmp_path / "missing.skops")) as broken:
        response = broken.post("/v1/score", json={"ads": [{"id": 1, "text": SCAM}]})
        assert response.status_code == 503
        assert "failed to load" in response.json()["detail"]
        assert broken.get("/readyz").json()["status"] == "failed"
        assert broken.get("/healthz").status_code == 200


def test_a_scoring_exception_is_a_json_500_and_the_worker_keeps_serving(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    scorer = client.app.state.model.scorer

    def boom(texts):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(scorer, "score", boom)
    response = client.post("/v1/score", json={"ads": [{"id": 1, "text": SCAM}]})
    assert response.status_code == 500
    assert "secret" not in response.json()["detail"]
    monkeypatch.undo()
    assert client.post("/v1/score", json={"ads": [{"id": 1, "text": SCAM}]}).status_code == 200


def test_scoring_over_the_timeout_is_503(tiny_model_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    with TestClient(service.create_app(tiny_model_path, scoring_timeout_s=0.2)) as slow:
        wait_ready(slow)
        scorer = slow.app.state.model.scorer
        real_score = scorer.score

        def stuck(texts):
            release.wait(10)
            return real_score(texts)

        monkeypatch.setattr(scorer, "score", stuck)
        response = slow.post("/v1/score", json={"ads": [{"id": 1, "text": SCAM}]})
        release.set()
        assert response.status_code == 503
        assert "longer than" in response.json()["detail"]


def test_concurrent_requests_are_scored_together_and_each_gets_its_own_rows(
    tiny_model_path: Path, tiny_scorer: Scorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dynamic batching: requests arriving while the scorer is busy go into one call, results split per request."""
    import asyncio

    app = service.create_app(tiny_model_path)
    gate = threading.Event()
    calls: list[int] = []

    async def scenario() -> list[dict]:
        async with app.router.lifespan_context(app):
            scorer = await app.state.model.get(30)
            real_score = scorer.score

            def gated(texts):
                calls.append(len(texts))
                gate.wait(10)
                return real_score(texts)

            monkeypatch.setattr(scorer, "score", gated)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
                texts = [SCAM, GENUINE, "", SCAM + " free visa"]
                bodies = [
                    {"ads": [{"id": f"{r}-{i}", "text": t} for i, t in enumerate(texts[r % 4 :])]}
                    for r in range(6)
                ]
                tasks = [asyncio.create_task(http.post("/v1/score", json=b)) for b in bodies]
                total = sum(len(b["ads"]) for b in bodies)
                for _ in range(1000):  # until every request is in a call or waiting for one
                    if sum(calls) + sum(len(t) for t, _ in app.state.batcher.pending) == total:
                        break
                    await asyncio.sleep(0.01)
                gate.set()
                responses = await asyncio.gather(*tasks)
            return [{"body": b, "response": r.json()} for b, r in zip(bodies, responses)]

    outcomes = asyncio.run(scenario())
    assert len(calls) < len(outcomes) and sum(calls) == sum(len(o["body"]["ads"]) for o in outcomes)
    for outcome in outcomes:
        ads = outcome["body"]["ads"]
        results = outcome["response"]["results"]
        assert [r["id"] for r in results] == [a["id"] for a in ads]
        expected = tiny_scorer.score([a["text"] for a in ads])
        assert [r["status"] for r in results] == expected["status"].tolist()
        for result, probability in zip(results, expected["scam_probability"]):
            if result["status"] == "ok":
                assert result["scam_probability"] == pytest.approx(probability, abs=1e-12)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
def test_a_real_uvicorn_process_serves_scores_over_http(tiny_model_path: Path, tiny_scorer: Scorer) -> None:
    port = free_port()
    code = f"from jobscam.service import run; run(host='127.0.0.1', port={port}, workers=1)"
    env = {**os.environ, service.MODEL_ENV: str(tiny_model_path)}
    process = subprocess.Popen(
        [sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            deadline = time.monotonic() + 60
            while True:
                assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
                assert time.monotonic() < deadline, "the service did not become ready"
                try:
                    if http.get("/readyz").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
            response = http.post(
                "/v1/score", json={"ads": [{"id": "x", "text": SCAM}, {"id": "y", "text": ""}]}
            )
            assert response.status_code == 200
            assert response.headers["X-Model-Version"] == load_model(tiny_model_path).version
            results = response.json()["results"]
            assert [(r["id"], r["status"]) for r in results] == [("x", "ok"), ("y", "error:empty")]
            expected = tiny_scorer.score([SCAM])["scam_probability"].iloc[0]
            assert results[0]["scam_probability"] == pytest.approx(expected, abs=1e-12)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
