"""A tiny local HTTP endpoint that feeds CubiCasa's webhook calls to `cubicasa.webhooks.receiver`."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from clientkit.webhooks import WebhookReceiver


@contextmanager
def serving(receiver: WebhookReceiver[object]) -> Iterator[str]:
    """Serve `receiver` on a free loopback port; yields the URL to register with CubiCasa."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            answer = receiver.handle(self.rfile.read(min(length, 1 << 20)))
            body = str(answer.body).encode()
            self.send_response(answer.status)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # keep the demo output clean
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/cubicasa-webhook"
    finally:
        server.shutdown()
        server.server_close()
