"""The ASGI application: routers, problem handlers, body limits and compression."""

from __future__ import annotations

import gc
import json
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES

from server import attachments, audit_routes, auth, sync_routes, wipe_proof
from server.blobstore import BlobStore
from server.bodies import BodyGate
from server.config import Settings, load_settings
from server.db import open_database
from server.hash_gate import HashGate
from server.openapi_doc import problem_openapi
from server.page_compression import GZipByQuality
from server.problems import install_problem_handlers, reject_unknown_query
from server.runtime import Runtime
from sync.protocol.wire import PROTOCOL_VERSION, Health

UPDATES_PATH = "/updates"
OPENAPI_FILE = Path(__file__).resolve().parent / "openapi.json"


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for the given settings (default: from the config file and environment)."""
    settings = settings or load_settings()
    db = open_database(settings.database_url, settings.db_pool_size)
    app = FastAPI(
        title="Commune Office central platform",
        version=f"{PROTOCOL_VERSION}.0",
        description="Reference sync server: auth, change feed, snapshot, push, attachments, audit.",
        docs_url="/v1/docs", redoc_url=None, openapi_url="/v1/openapi.json",
        dependencies=[Depends(reject_unknown_query)],
    )
    app.state.runtime = Runtime(settings=settings, db=db, signing_key=settings.signing_key(),
                                blobs=BlobStore(settings.blob_dir, settings.upload_dir))
    app.state.hash_gate = HashGate(settings.hash_workers, settings.hash_queue,
                                   settings.hash_cpu_share)
    install_problem_handlers(app)
    app.include_router(auth.router)
    app.include_router(sync_routes.router)
    app.include_router(attachments.router)
    app.include_router(audit_routes.router)
    app.include_router(wipe_proof.router)

    @app.get("/v1/health", tags=["health"])
    def health() -> Health:
        """Liveness, with no database work (the benchmark's baseline)."""
        return Health(status="ok")

    if settings.updates_dir is not None:
        # Plain files signed offline (TUF): the server adds nothing and is trusted for nothing; any static host
        # could serve the same folder. StaticFiles answers Range, so a cut MSI download resumes.
        app.mount(UPDATES_PATH, StaticFiles(directory=settings.updates_dir, check_dir=False), name="updates")

    app.openapi = lambda: problem_openapi(app)  # type: ignore[method-assign]
    # Attachment bytes (octet-stream) are PDFs and scans that are compressed already; gzipping them cost CPU,
    # held downloads near 19 MB/s, and would make Range offsets point into a gzip stream instead of the file.
    # The same holds for the update channel's MSI files.
    # Feed and snapshot pages come compressed already (server/page_compression.py) and pass through.
    app.add_middleware(GZipByQuality, minimum_size=1024, compresslevel=5,
                       exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, "application/octet-stream",
                                              "application/x-msi"))
    app.add_middleware(BodyGate, max_body_bytes=settings.max_body_bytes, max_chunk_bytes=settings.max_chunk_bytes)
    return app


def create_served_app() -> FastAPI:
    """`create_app` for a serving process (`commune-central serve` and its workers).

    Everything built at start-up (the framework, SQLAlchemy, pydantic models: about 150,000 objects) lives as long
    as the process, yet every full garbage collection walked it again: 40 ms each, a request caught behind one
    waited that long on top of its queue. Frozen, a full collection walks only what requests left behind.
    """
    app = create_app()
    gc.freeze()
    return app


def openapi_document(app: FastAPI) -> str:
    """The OpenAPI document as kept in the repository (stable key order, trailing newline)."""
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
