"""A Docker engine of the test's own and the offline base images the image test builds on.

No container registry is reachable from CI, so the real bases of docker/*.Dockerfile (Beam's
SDK image, NVIDIA's CUDA image) cannot be pulled. Stand-ins are made offline instead:

- `openwit-test/debian`: Debian bookworm `minbase` from debootstrap (Python 3.11, the
  launcher's), imported with `docker import`, plus a wheelhouse of pyproject.toml's
  requirements built on the host with the host's pip and an /etc/pip.conf that points pip at
  it (`no-index`), the way this machine's own pip is configured. It stands in for the CUDA
  base: an OS without Python.
- `openwit-test/beam`: the same plus Debian's python3 and pip as the image's `python`/`pip`
  (not externally managed) and Beam's entry point path as ENTRYPOINT, standing in for Beam's
  SDK image on the points pipeline.Dockerfile relies on. Beam's boot binary is not in it.

Everything lives in build/docker/ (git-ignored) and is kept between runs: the rootfs, the
wheelhouse and dockerd's data-root, so a second run reuses the layer cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "docker"
DEBIAN = "openwit-test/debian"
BEAM = "openwit-test/beam"
BEAM_BOOT = "/opt/apache/beam/boot"  # the entry point of Beam's SDK images
MIRROR = "http://deb.debian.org/debian"

BEAM_STANDIN = """\
FROM {debian}
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3-pip python-is-python3 \\
    && rm -rf /var/lib/apt/lists/* /usr/lib/python3*/EXTERNALLY-MANAGED
ENTRYPOINT ["{boot}"]
LABEL openwit.base={key}
"""
WHEELS_LAYER = """\
FROM {base}
COPY . /wheels/
RUN printf '[global]\\nno-index = true\\nfind-links = /wheels\\n' > /etc/pip.conf
LABEL openwit.wheels={key}
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
        log = open(self.dir / "dockerd.log", "w")  # noqa: SIM115 (lives as long as dockerd)
        # No bridge or iptables rules: builds use the host's network, containers none, so
        # this engine cannot clash with another dockerd on the machine.
        self.process = subprocess.Popen(
            [
                "dockerd",
                "--data-root",
                str(self.dir / "data"),
                "--exec-root",
                str(self.dir / "exec"),
                "--pidfile",
                str(self.dir / "dockerd.pid"),
                "-H",
                f"unix://{self.sock}",
                "--bridge=none",
                "--iptables=false",
                "--ip-masq=false",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if self.sock.exists() and self.run("version", check=False).returncode == 0:
                return
            time.sleep(0.5)
        self.stop()
        tail = (self.dir / "dockerd.log").read_text()[-2000:]
        raise RuntimeError(f"dockerd did not start:\n{tail}")

    def stop(self) -> None:
        """SIGTERM to dockerd's PID (it stops its containers and containerd), then wait."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def run(
        self, *args: str, check: bool = True, timeout: float = 1800, stdin: bytes | None = None
    ) -> subprocess.CompletedProcess:
        """`docker ARGS` against this engine; output captured as text."""
        result = subprocess.run(
            ["docker", *args], env=self.env, input=stdin, capture_output=True, timeout=timeout
        )
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

    def label(self, image: str, key: str) -> str | None:
        found = self.inspect(image)
        return (((found or {}).get("Config") or {}).get("Labels") or {}).get(key) if found else None

    def build(
        self, tag: str, dockerfile: str | Path, context: Path | None = None, **build_args: str
    ) -> None:
        """docker build (legacy builder, host network); a Dockerfile text goes in by stdin."""
        args = ["build", "--network", "host", "-t", tag]
        args += [a for k, v in build_args.items() for a in ("--build-arg", f"{k}={v}")]
        if isinstance(dockerfile, Path):
            self.run(*args, "-f", str(dockerfile), str(context or ROOT))
        elif context is None:
            self.run(*args, "-", stdin=dockerfile.encode())
        else:
            self.run(*args, "-f", "-", str(context), stdin=dockerfile.encode())

    def size(self, image: str) -> int:
        return self.inspect(image)["Size"]


def wheelhouse(work: Path = WORK) -> tuple[Path, str]:
    """Wheels of everything docker/requirements.py lists (with the Dataflow extra), built with
    the host's pip and its configuration; redone only when that list changes. Returns the
    folder and a key naming its content."""
    requirements = subprocess.run(
        [
            sys.executable,
            str(ROOT / "docker" / "requirements.py"),
            str(ROOT / "pyproject.toml"),
            "dataflow",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    folder, stamp = work / "wheels", work / "wheels.requirements"
    if not (stamp.exists() and stamp.read_text() == requirements):
        shutil.rmtree(folder, ignore_errors=True)
        (work / "requirements.txt").write_text(requirements)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "-q",
                "-w",
                str(folder),
                "-r",
                str(work / "requirements.txt"),
            ],
            check=True,
        )
        stamp.write_text(requirements)
    names = "\n".join(sorted(p.name for p in folder.glob("*.whl")))
    return folder, hashlib.sha256(names.encode()).hexdigest()[:16]


def base_images(engine: Engine, work: Path = WORK) -> dict[str, str]:
    """Build (or reuse) the offline stand-ins; {"train": ..., "pipeline": ...} image names."""
    rootfs = work / "rootfs"
    if not (rootfs / "etc" / "debian_version").exists():
        shutil.rmtree(rootfs, ignore_errors=True)
        subprocess.run(
            ["debootstrap", "--variant=minbase", "bookworm", str(rootfs), MIRROR],
            check=True,
            capture_output=True,
        )
    bare = f"{DEBIAN}:minbase"
    if engine.inspect(bare) is None:
        tar = subprocess.Popen(["tar", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE)
        subprocess.run(
            ["docker", "import", "-", bare],
            env=engine.env,
            stdin=tar.stdout,
            check=True,
            capture_output=True,
        )
        assert tar.wait() == 0
    wheels, key = wheelhouse(work)
    if engine.label(DEBIAN, "openwit.wheels") != key:
        engine.build(DEBIAN, WHEELS_LAYER.format(base=bare, key=key), context=wheels)
    if engine.label(BEAM, "openwit.base") != key:
        engine.build(BEAM, BEAM_STANDIN.format(debian=DEBIAN, boot=BEAM_BOOT, key=key))
    return {"train": DEBIAN, "pipeline": BEAM}
