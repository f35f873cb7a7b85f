"""A Docker engine of the test's own, offline stand-ins of the images' bases, and a wheelhouse.

No container registry is reachable from CI, so the real bases of docker/*.Dockerfile (Beam's
SDK image, NVIDIA's CUDA image) cannot be pulled. Stand-ins are made offline instead:

- `openwit-test/debian`: Debian bookworm `minbase` from debootstrap (its Python is 3.11, the
  launcher's), imported with `docker import`, with an /etc/pip.conf that sends pip to a
  wheelhouse only (`no-index`), the way this machine's own pip reads local wheels. It stands
  in for the CUDA base: an OS without Python.
- `openwit-test/beam`: the same plus Debian's python3 and pip as the image's `python`/`pip`
  (not externally managed) and Beam's entry point path as ENTRYPOINT, standing in for Beam's
  SDK image on the points pipeline.Dockerfile relies on. Beam's boot binary is not in it.

The wheelhouse holds wheels of everything docker/requirements.py lists, built on the host by
the host's pip; builds reach it over HTTP on a loopback address (they use the host's network).
Everything lives in ~/.cache/openwit-docker (or $OPENWIT_DOCKER_CACHE), outside the checkout,
and is kept between runs and clones: the wheelhouse and dockerd's data-root, so a second run
reuses the layer cache.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Outside the checkout, so that every clone on this machine (CI's too) shares the layer cache.
WORK = Path(os.environ.get("OPENWIT_DOCKER_CACHE") or Path.home() / ".cache" / "openwit-docker")
DEBIAN = "openwit-test/debian"
BEAM = "openwit-test/beam"
BEAM_BOOT = "/opt/apache/beam/boot"  # the entry point of Beam's SDK images
MIRROR = "http://deb.debian.org/debian"
WHEELS_HOST = "openwit-wheels"  # a name for the wheelhouse's address, given to each build

DEBIAN_STANDIN = f"""\
FROM {DEBIAN}:minbase
RUN printf '[global]\\nno-index = true\\nfind-links = http://{WHEELS_HOST}/\\n\
trusted-host = {WHEELS_HOST}\\n' > /etc/pip.conf
"""
BEAM_STANDIN = f"""\
FROM {DEBIAN}
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3-pip python-is-python3 \\
    && rm -rf /var/lib/apt/lists/* /usr/lib/python3*/EXTERNALLY-MANAGED
ENTRYPOINT ["{BEAM_BOOT}"]
"""


class Engine:
    """dockerd with its own data-root, exec-root and socket under WORK; stopped by its PID."""

    def __init__(self, work: Path = WORK):
        self.dir = work / "engine"
        self.sock = self.dir / "docker.sock"
        self.env = {**os.environ, "DOCKER_HOST": f"unix://{self.sock}", "DOCKER_BUILDKIT": "0"}
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> None:
        """Start dockerd; raise RuntimeError (with its log) when it does not come up."""
        self.dir.mkdir(parents=True, exist_ok=True)
        paths = {"data-root": "data", "exec-root": "exec", "pidfile": "dockerd.pid"}
        flags = [f"--{flag}={self.dir / path}" for flag, path in paths.items()]
        # No bridge or iptables rules: builds use the host's network and containers none, so
        # this engine cannot clash with another dockerd on the machine.
        flags += [f"--host=unix://{self.sock}", "--bridge=none", "--iptables=false"]
        with open(self.dir / "dockerd.log", "w") as log:
            self.process = subprocess.Popen(
                ["dockerd", *flags], stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.process.poll() is None:
            if self.sock.exists() and self.run("version", check=False).returncode == 0:
                return
            time.sleep(0.5)
        self.stop()
        tail = (self.dir / "dockerd.log").read_text()[-2000:]
        raise RuntimeError(f"dockerd did not start:\n{tail}")

    def stop(self) -> None:
        """SIGTERM to dockerd's PID (it stops its containers and containerd); wait for it."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        # dockerd sometimes leaves its network namespace mounted under exec-root.
        with open("/proc/mounts") as mounts:
            points = [line.split()[1] for line in mounts if str(self.dir) in line]
        for point in reversed(points):
            subprocess.run(["umount", point], check=False)

    def run(self, *args: str, check: bool = True, stdin=None) -> subprocess.CompletedProcess:
        """`docker ARGS` against this engine (stdin: bytes or a file); output as text."""
        feed = {"input": stdin} if isinstance(stdin, bytes) else {"stdin": stdin}
        result = subprocess.run(["docker", *args], env=self.env, capture_output=True, **feed)
        result.stdout, result.stderr = (
            s.decode(errors="replace") for s in (result.stdout, result.stderr)
        )
        if check and result.returncode:
            raise AssertionError(
                f"docker {' '.join(args)} failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result

    def inspect(self, image: str) -> dict | None:
        """The image's `docker image inspect` record, None when there is no such image."""
        found = self.run("image", "inspect", image, check=False)
        return json.loads(found.stdout)[0] if found.returncode == 0 else None

    def prune(self) -> None:
        """Drop stopped containers and untagged images: each change to pyproject.toml leaves a
        superseded dependency layer of several GB, which would otherwise pile up in WORK."""
        self.run("container", "prune", "-f")
        self.run("image", "prune", "-f")

    def build(self, tag: str, dockerfile: str | Path, hosts=(), **build_args: str) -> None:
        """`docker build` (legacy builder, host network) with `--add-host` HOST:IP for each of
        `hosts`; a Path is built with the repository as context, a text without one."""
        args = ["build", "--network=host", "-t", tag, *(f"--add-host={h}" for h in hosts)]
        args += [f"--build-arg={key}={value}" for key, value in build_args.items()]
        if isinstance(dockerfile, Path):
            self.run(*args, "-f", str(dockerfile), str(ROOT))
        else:
            self.run(*args, "-", stdin=dockerfile.encode())


def wheelhouse(work: Path = WORK) -> Path:
    """Wheels of everything docker/requirements.py lists (with the Dataflow extra), built with
    the host's pip and its configuration; built again only when that list changes."""
    script = [sys.executable, str(ROOT / "docker" / "requirements.py")]
    requirements = subprocess.run(
        [*script, str(ROOT / "pyproject.toml"), "dataflow"], check=True, capture_output=True
    ).stdout.decode()
    folder, listed = work / "wheels", work / "wheels" / "requirements.txt"
    if not (listed.exists() and listed.read_text() == requirements):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        pip = [sys.executable, "-m", "pip", "wheel", "-q", "-w", str(folder), "-r", "/dev/stdin"]
        subprocess.run(pip, input=requirements.encode(), check=True)
        listed.write_text(requirements)  # last: a wheelhouse with this file is complete
    return folder


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` over HTTP on port 80 of a random loopback address; yields the address."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    for _ in range(10):
        address = (
            f"127.{random.randrange(1, 255)}.{random.randrange(256)}.{random.randrange(1, 255)}"
        )
        try:
            server = http.server.ThreadingHTTPServer((address, 80), handler)
            break
        except OSError:
            continue
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield address
    finally:
        server.shutdown()
        server.server_close()


def base_images(engine: Engine) -> dict[str, str]:
    """Build the offline stand-ins unless the engine has them; {image kind: stand-in}."""
    if engine.inspect(f"{DEBIAN}:minbase") is None:
        with tempfile.TemporaryDirectory(dir=engine.dir) as rootfs:
            debootstrap = ["debootstrap", "--variant=minbase", "bookworm", rootfs, MIRROR]
            subprocess.run(debootstrap, check=True, capture_output=True)
            tar = subprocess.Popen(["tar", "-C", rootfs, "-c", "."], stdout=subprocess.PIPE)
            engine.run("import", "-", f"{DEBIAN}:minbase", stdin=tar.stdout)
            assert tar.wait() == 0
    for name, dockerfile in ((DEBIAN, DEBIAN_STANDIN), (BEAM, BEAM_STANDIN)):
        if engine.inspect(name) is None:
            engine.build(name, dockerfile)
    return {"train": DEBIAN, "pipeline": BEAM}
