"""HTTP scoring service: ``jobscam serve`` (uvicorn) in front of the one scoring core.

Endpoints: ``POST /v1/score`` (a batch of ads), ``POST /v1/explain`` (one ad, with term contributions and lure
signals), ``GET /healthz`` (liveness: the process answers), ``GET /readyz`` (readiness: the model is loaded),
OpenAPI page at ``/docs``. Every response carries the model version (the artifact checksum) in ``X-Model-Version``
once the model is loaded.

Design choices, each for a reason:

- The model loads in a background thread started by the lifespan, so the process answers ``/healthz`` at once and
  ``/readyz`` says 503 until the model is there (what a load balancer or Kubernetes needs). A scoring request that
  arrives while loading waits for it (up to the scoring timeout) instead of failing.
- Request size is bounded *before* parsing by a small ASGI middleware that reads the body itself: a too-large
  ``Content-Length`` is refused at once, and a body without one (chunked) is counted while read, so no request
  can make the worker buffer more than :data:`MAX_BODY_BYTES`.
- Scoring runs in the threadpool (the event loop keeps answering health checks) under a per-request timeout;
  any exception becomes a JSON 500 with a short message, never a dead worker.
- Per-ad problems (empty, too long, binary text, a missing or ``null`` text) are that ad's own ``error:<reason>``
  status, decided by the core's ``validate_text``; the rest of the batch is scored. A request whose JSON is broken or
  whose *shape* is wrong (no ``ads`` list, an unknown field, a text that is a number, an id that is neither a string
  nor an integer) is a client bug and gets 422 for the whole request.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from jobscam.scoring import Scorer, load_model

logger = logging.getLogger("jobscam.service")

#: Environment variable naming the model artifact (also how ``run`` passes the path to uvicorn's worker processes).
MODEL_ENV = "JOBSCAM_MODEL"
MAX_ADS = 1_000
MAX_BODY_BYTES = 5 * 1024 * 1024
#: Seconds a request may spend waiting for the model and scoring before it gets 503.
SCORING_TIMEOUT_S = 30.0
#: Seconds an idle keep-alive connection stays open.
KEEP_ALIVE_S = 5
VERSION_HEADER = "X-Model-Version"

LIMITS_TEXT = (
    f"Limits: at most {MAX_ADS:,} ads and {MAX_BODY_BYTES // (1024 * 1024)} MB per request (413 beyond); "
    "each text at most 50,000 characters / 100,000 bytes (larger ones get `error:too_long` as their own status); "
    f"scoring a request may take at most {SCORING_TIMEOUT_S:.0f} s (503 beyond)."
)

DESCRIPTION = f"""
Scores job ads for scam / trafficking-lure risk: a calibrated probability, a risk band (`low`, `medium` = send to
human review, `high` = very likely a scam), and the lure signals found (high pay for no experience, free flight or
visa, contact only by Telegram, fees up front...).

{LIMITS_TEXT}

Each ad gets its own `status`: `ok`, or `error:<reason>` (`error:empty` for an empty, missing or `null` text,
`error:too_long`, `error:binary`, `error:undecodable`); the other ads of the batch are still scored. Broken JSON or a
request of the wrong shape gets 422 with a message. Every response carries the model version in `{VERSION_HEADER}`.
"""


# ------------------------------------------------------------------------------------------------ schemas


class Ad(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: StrictStr | StrictInt = Field(description="Your identifier, echoed back in the result.")
    text: StrictStr | None = Field(
        default=None, description="The ad. Missing or null gives the ad the status `error:empty`."
    )


class ScoreRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ads: list[Ad] = Field(description=f"At most {MAX_ADS:,} ads; results come back in the same order.")


class AdScore(BaseModel):
    id: StrictStr | StrictInt
    scam_probability: float | None = Field(
        description="Calibrated probability; null when status is an error."
    )
    risk_band: str | None = Field(description="low, medium or high; null when status is an error.")
    signals: list[str] = Field(description="Names of the lure signals found.")
    status: str = Field(description="`ok` or `error:<reason>`.")


class ScoreResponse(BaseModel):
    model_version: str
    results: list[AdScore]


class ExplainRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: StrictStr | StrictInt | None = None
    text: StrictStr | None = None


class ErrorMessage(BaseModel):
    detail: str


# ------------------------------------------------------------------------------------------------ pure helpers


def _none_if_nan(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def score_results(ids: list[str | int], scored: Any) -> list[dict[str, Any]]:
    """Turn the core's score frame into JSON-ready result dicts (``signals`` as a list, errors as nulls)."""
    return [
        {
            "id": ad_id,
            "scam_probability": _none_if_nan(probability),
            "risk_band": band or None,
            "signals": [s for s in signals.split(";") if s],
            "status": status,
        }
        for ad_id, probability, band, signals, status in zip(
            ids,
            scored["scam_probability"].tolist(),
            scored["risk_band"].tolist(),
            scored["signals"].tolist(),
            scored["status"].tolist(),
            strict=True,
        )
    ]


def validation_message(errors: list[dict[str, Any]]) -> str:
    """One readable line from pydantic's errors (never echoing the input, which may be megabytes of text)."""
    parts = []
    for error in errors[:5]:
        loc = [str(p) for p in error.get("loc", ()) if p != "body"]
        if error.get("type") == "json_invalid":
            reason = (error.get("ctx") or {}).get("error", "")
            at = f" at character {loc[-1]}" if loc else ""
            parts.append(f"the body is not valid JSON{at}" + (f" ({reason})" if reason else ""))
        else:
            parts.append(f"{'.'.join(loc) or 'body'}: {error.get('msg', 'invalid')}")
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return "invalid request: " + "; ".join(parts) + more


def _json_body(status: int, detail: str) -> tuple[int, bytes]:
    return status, json.dumps({"detail": detail}).encode()


# ------------------------------------------------------------------------------------------------ middleware

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


async def _send_json(send: Send, status: int, detail: str) -> None:
    _, body = _json_body(status, detail)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, whether or not ``Content-Length`` is sent (or true)."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        too_big = (
            f"request body over {self.max_bytes:,} bytes; send at most {MAX_ADS:,} ads and 5 MB per request"
        )
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                if int(declared) > self.max_bytes:
                    await _send_json(send, 413, too_big)
                    return
            except ValueError:
                await _send_json(send, 400, "invalid Content-Length header")
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _send_json(send, 413, too_big)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as the server would

        await self.app(scope, replay, send)


class ModelVersionMiddleware:
    """Add ``X-Model-Version`` to every response once the model is loaded (413s and 422s included)."""

    def __init__(self, app: ASGIApp, version: Callable[[], str | None]):
        self.app = app
        self.version = version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_version(message: Message) -> None:
            version = self.version()
            if message["type"] == "http.response.start" and version is not None:
                message["headers"] = [
                    *message.get("headers", []),
                    (VERSION_HEADER.lower().encode(), version.encode()),
                ]
            await send(message)

        await self.app(scope, receive, send_with_version)


# ------------------------------------------------------------------------------------------------ the app


class ServiceError(Exception):
    """A request that cannot be served, with the HTTP status and message to send."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


class _ModelState:
    """The model being loaded in the background, then loaded (or failed)."""

    def __init__(self, model_path: str | None):
        self.model_path = model_path
        self.task: asyncio.Future[Scorer] | None = None
        self.scorer: Scorer | None = None
        self.error: str | None = None

    def start(self) -> None:
        # Ready means ready to answer fast: the lure detectors are compiled before /readyz turns 200.
        self.task = asyncio.ensure_future(asyncio.to_thread(lambda: load_model(self.model_path).warm_up()))
        self.task.add_done_callback(self._loaded)

    def _loaded(self, task: asyncio.Future[Scorer]) -> None:
        if task.cancelled():
            self.error = "model loading was cancelled"
        elif task.exception() is not None:
            self.error = f"model failed to load: {task.exception()}"
            logger.error("%s", self.error)
        else:
            self.scorer = task.result()
            logger.info("model %s loaded", self.scorer.version)

    @property
    def version(self) -> str | None:
        return self.scorer.version if self.scorer is not None else None

    async def get(self, timeout_s: float) -> Scorer:
        if self.scorer is not None:
            return self.scorer
        if self.error is not None or self.task is None:
            raise ServiceError(503, self.error or "model not loaded")
        try:
            await asyncio.wait_for(asyncio.shield(self.task), timeout_s)
        except asyncio.TimeoutError:
            raise ServiceError(503, "model still loading; retry shortly") from None
        except Exception:
            pass  # reported through self.error by _loaded
        if self.scorer is None:
            raise ServiceError(503, self.error or "model not loaded")
        return self.scorer


class _Batcher:
    """Dynamic batching: score requests that arrive while the scorer is busy are scored together, in one call.

    ``Scorer.score`` has a fixed cost per call (about a millisecond: frame building, vectoriser set-up) next to a
    small cost per ad, so eight concurrent one-ad requests cost far less as one eight-ad call than as eight calls
    fighting over the GIL in eight threads. One call at a time runs, in the threadpool, on at most
    :data:`MAX_ADS` ads; each request gets back its own rows, in its own order.
    """

    def __init__(self, max_ads: int = MAX_ADS):
        self.max_ads = max_ads
        self.pending: list[tuple[list[object], asyncio.Future[Any]]] = []
        self.running = False
        self.task: asyncio.Future[None] | None = None  # held so the event loop does not drop it

    def submit(self, scorer: Scorer, texts: list[object]) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.pending.append((texts, future))
        if not self.running:
            self.running = True
            self.task = asyncio.ensure_future(self._drain(scorer))
        return future

    def _take(self) -> list[tuple[list[object], asyncio.Future[Any]]]:
        batch, size = [], 0
        while self.pending and (not batch or size + len(self.pending[0][0]) <= self.max_ads):
            texts, future = self.pending.pop(0)
            if not future.done():  # a request that timed out or went away is not scored
                batch.append((texts, future))
                size += len(texts)
        return batch

    async def _drain(self, scorer: Scorer) -> None:
        try:
            while self.pending:
                batch = self._take()
                if not batch:
                    continue
                texts = [text for request_texts, _ in batch for text in request_texts]
                try:
                    scored = await run_in_threadpool(scorer.score, texts)
                except Exception as error:
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(error)
                    continue
                start = 0
                for request_texts, future in batch:
                    end = start + len(request_texts)
                    if not future.done():
                        future.set_result(scored.iloc[start:end])
                    start = end
        finally:
            self.running = False


async def _guarded(timeout_s: float, pending: Awaitable[Any]) -> Any:
    """Await ``pending`` under the timeout; a timeout is 503 and any exception a JSON 500 (logged)."""
    try:
        return await asyncio.wait_for(pending, timeout_s)
    except asyncio.TimeoutError:
        # A scoring thread cannot be killed; it finishes in the background and its result is dropped.
        raise ServiceError(
            503, f"scoring took longer than {timeout_s:g} s; send fewer or shorter ads"
        ) from None
    except Exception:
        logger.exception("scoring failed")
        raise ServiceError(500, "internal error while scoring; the server log has the details") from None


def resolve_model_path(model_path: str | os.PathLike[str] | None) -> str | None:
    """The explicit path, else ``$JOBSCAM_MODEL``, else ``None`` (the shipped model)."""
    if model_path is not None:
        return os.fspath(model_path)
    return os.environ.get(MODEL_ENV) or None


def create_app(
    model_path: str | os.PathLike[str] | None = None, *, scoring_timeout_s: float = SCORING_TIMEOUT_S
) -> FastAPI:
    """The service, loading ``model_path`` (or ``$JOBSCAM_MODEL``, or the shipped model) once at startup."""
    model = _ModelState(resolve_model_path(model_path))

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        model.start()
        yield

    app = FastAPI(
        title="jobscam",
        summary="Job-ad scam and trafficking-lure risk scoring.",
        description=DESCRIPTION,
        version="1",
        lifespan=lifespan,
    )
    batcher = _Batcher()
    app.state.model = model
    app.state.batcher = batcher
    app.state.scoring_timeout_s = scoring_timeout_s

    @app.exception_handler(ServiceError)
    async def service_error(_: Request, error: ServiceError) -> JSONResponse:
        return JSONResponse({"detail": error.detail}, status_code=error.status)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, error: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in error.errors()
        ]
        return JSONResponse({"detail": validation_message(error.errors()), "errors": errors}, status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, error: Exception) -> JSONResponse:
        logger.exception("unhandled error", exc_info=error)
        return JSONResponse({"detail": "internal error; the server log has the details"}, status_code=500)

    @app.get("/healthz", tags=["health"], summary="Liveness: the process answers.")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        "/readyz",
        tags=["health"],
        summary="Readiness: 200 once the model is loaded, 503 before (or if it failed to load).",
        responses={503: {"model": ErrorMessage}},
    )
    async def readyz() -> JSONResponse:
        if model.scorer is not None:
            return JSONResponse({"status": "ready", "model_version": model.scorer.version})
        return JSONResponse(
            {
                "status": "loading" if model.error is None else "failed",
                "detail": model.error or "model loading",
            },
            status_code=503,
        )

    errors: dict[int | str, dict[str, Any]] = {
        413: {"model": ErrorMessage, "description": "Over 1,000 ads or 5 MB."},
        422: {"model": ErrorMessage, "description": "Broken JSON or a request of the wrong shape."},
        500: {"model": ErrorMessage},
        503: {"model": ErrorMessage, "description": "Model not loaded yet, or scoring timed out."},
    }

    @app.post(
        "/v1/score",
        response_model=ScoreResponse,
        tags=["scoring"],
        summary="Score a batch of ads.",
        description=LIMITS_TEXT,
        responses=errors,
    )
    async def score(request: ScoreRequest) -> dict[str, Any]:
        if len(request.ads) > MAX_ADS:
            raise ServiceError(413, f"{len(request.ads):,} ads in one request; the limit is {MAX_ADS:,}")
        timeout_s = app.state.scoring_timeout_s
        scorer = await model.get(timeout_s)
        # No shield: on timeout the request's future is cancelled, and the batcher skips it if not yet started.
        scored = await _guarded(timeout_s, batcher.submit(scorer, [ad.text for ad in request.ads]))
        return {
            "model_version": scorer.version,
            "results": score_results([ad.id for ad in request.ads], scored),
        }

    @app.post(
        "/v1/explain",
        tags=["scoring"],
        summary="Explain one ad: probability, band, every term's log-odds contribution with spans, lure signals.",
        responses=errors,
    )
    async def explain(request: ExplainRequest) -> dict[str, Any]:
        timeout_s = app.state.scoring_timeout_s
        scorer = await model.get(timeout_s)
        explanation = await _guarded(timeout_s, run_in_threadpool(scorer.explain, request.text))
        return {"id": request.id, "model_version": scorer.version, **explanation.to_dict()}

    app.add_middleware(BodyLimitMiddleware, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(ModelVersionMiddleware, version=lambda: model.version)
    return app


def app_factory() -> FastAPI:
    """For ``uvicorn --factory jobscam.service:app_factory``: the model path comes from ``$JOBSCAM_MODEL``."""
    return create_app()


def run(host: str = "127.0.0.1", port: int = 8000, workers: int = 1, model_path: str | None = None) -> None:
    """Serve with uvicorn (``jobscam serve``). Each of the ``workers`` processes loads the model once.

    The model is checked here first so a missing or refused artifact stops the command with its message instead of
    leaving workers that never become ready.
    """
    import uvicorn

    path = resolve_model_path(model_path)
    load_model(path)
    if path is not None:
        os.environ[MODEL_ENV] = os.path.abspath(path)  # inherited by uvicorn's worker processes
    uvicorn.run(
        "jobscam.service:app_factory",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_keep_alive=KEEP_ALIVE_S,
        timeout_graceful_shutdown=int(SCORING_TIMEOUT_S),
    )
