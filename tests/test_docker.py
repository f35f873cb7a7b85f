"""docker/*.Dockerfile and .dockerignore: parsed, then built and run.

Static checks parse the Dockerfiles into instructions and tie them to pyproject.toml (Beam and
torch pins, Python version, console script, the subcommands of `openwit.cli`) and to the files
of the repository (COPY sources exist and are not excluded by .dockerignore).

The slow tests start a dockerd of their own, build both images against offline stand-ins of
their bases (tests/docker_engine.py; only `--build-arg BASE` differs from `make images`) and
run OpenWIT in them: `openwit --help`, `openwit demo` in the pipeline image, and a short
`openwit train` as the image's non-root user on shards mounted from the host.
"""

from __future__ import annotations

import fnmatch
import importlib
import importlib.util
import json
import os
import re
import shlex
import shutil
import sys
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from docker_engine import BEAM, BEAM_BOOT, WHEELS_HOST, WORK, Engine, base_images, serve, wheelhouse
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[1]
DOCKER = ROOT / "docker"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
# Python of the distributions the train image may start from (their `python3` package).
UBUNTU_PYTHON = {"ubuntu22.04": "3.10", "ubuntu24.04": "3.12"}


@dataclass(frozen=True)
class Instruction:
    keyword: str  # upper case: FROM, RUN, COPY, ...
    args: str  # the rest of the logical line, continuations joined
    line: int  # first physical line

    def exec_form(self) -> list[str] | None:
        """The JSON array of an exec-form instruction (ENTRYPOINT, CMD, RUN), else None."""
        return json.loads(self.args) if self.args.startswith("[") else None


def parse_dockerfile(text: str) -> list[Instruction]:
    """Instructions of a Dockerfile: comments dropped, `\\` continuations joined."""
    instructions, parts, start = [], [], 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):  # comments may sit inside a continuation
            continue
        if not parts:
            start = number
        if line.endswith("\\"):
            parts.append(line[:-1].strip())
            continue
        parts.append(line)
        keyword, _, args = " ".join(parts).partition(" ")
        instructions.append(Instruction(keyword.upper(), args.strip(), start))
        parts = []
    assert not parts, f"line {start}: continuation runs past the end of the file"
    return instructions


def dockerfile(name: str) -> list[Instruction]:
    return parse_dockerfile((DOCKER / name).read_text())


def only(instructions: list[Instruction], keyword: str) -> list[Instruction]:
    return [i for i in instructions if i.keyword == keyword]


def split_image(reference: str) -> tuple[str, str | None, str | None]:
    """`name[:tag][@digest]` -> (name, tag, digest); a registry's :port is not a tag."""
    name, _, digest = reference.partition("@")
    repo, colon, tag = name.rpartition(":")
    if not colon or "/" in tag:
        return name, None, digest or None
    return repo, tag, digest or None


def arg_defaults(instructions: list[Instruction]) -> dict[str, str]:
    """Defaults of the ARGs declared before the first FROM (the ones FROM lines may use)."""
    defaults = {}
    for instruction in instructions:
        if instruction.keyword == "FROM":
            break
        if instruction.keyword == "ARG":
            name, _, value = instruction.args.partition("=")
            defaults[name] = value.strip("\"'")
    return defaults


def from_images(instructions: list[Instruction]) -> list[str]:
    """Image references of the FROM lines with the ARG defaults filled in (flags and `AS name`
    dropped, stages excluded): what `docker build` pulls without --build-arg."""
    images, stages, defaults = [], set(), arg_defaults(instructions)
    for instruction in only(instructions, "FROM"):
        line = re.sub(
            r"\$\{?(\w+)\}?", lambda m: defaults.get(m.group(1), m.group(0)), instruction.args
        )
        words = [w for w in line.split() if not w.startswith("--")]
        if len(words) == 3 and words[1].lower() == "as":
            stages.add(words[2])
        if words[0] not in stages:
            images.append(words[0])
    return images


def copy_sources(instructions: list[Instruction]) -> list[str]:
    """Build-context sources of COPY/ADD (COPY --from=... reads another image)."""
    sources = []
    for instruction in only(instructions, "COPY") + only(instructions, "ADD"):
        flags, rest = re.fullmatch(r"((?:--\S+\s+)*)(.*)", instruction.args).groups()
        if "--from=" in flags:
            continue
        paths = json.loads(rest) if rest.startswith("[") else shlex.split(rest)
        assert len(paths) >= 2, f"line {instruction.line}: COPY needs a source and a target"
        sources += paths[:-1]
    return sources


def dockerignore_patterns() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def ignored(path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore excludes `path` or a folder above it (no `!` rules used here)."""
    assert not any(p.startswith("!") for p in patterns), "exceptions are not modelled"
    parts = Path(path.rstrip("/")).parts
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    for pattern in patterns:
        pattern = pattern.strip("/")
        for prefix in prefixes:
            if fnmatch.fnmatchcase(prefix, pattern):
                return True
            deep = pattern.removeprefix("**/")
            if deep != pattern and any(fnmatch.fnmatchcase(p, deep) for p in prefix.split("/")):
                return True
    return False


def pin(name: str, extra: str | None = None) -> str:
    """The `==` version pyproject pins for a dependency (the main list, or an extra's)."""
    listed = PYPROJECT["project"]
    deps = listed["optional-dependencies"][extra] if extra else listed["dependencies"]
    for dep in map(Requirement, deps):
        if dep.name == name:
            (spec,) = dep.specifier
            assert spec.operator == "==", f"{name} is not pinned in pyproject.toml: {dep}"
            return spec.version
    raise AssertionError(f"{name} is not a dependency in pyproject.toml")


def pip_pins(run: Instruction) -> dict[str, str]:
    """`name==version` arguments of the pip commands of a RUN line."""
    return dict(re.findall(r"(?<![\w.-])([A-Za-z][\w.-]*)==([\w.+!-]+)", run.args))


# ---- both images ----


@pytest.mark.parametrize("name", ["pipeline.Dockerfile", "train.Dockerfile"])
def test_base_images_are_pinned(name):
    images = from_images(dockerfile(name))
    assert images, f"{name} has no FROM"
    for image in images:
        _, tag, digest = split_image(image)
        assert digest or (tag and tag != "latest"), f"{name}: {image} is not pinned"


@pytest.mark.parametrize("name", ["pipeline.Dockerfile", "train.Dockerfile"])
def test_copy_sources_exist_and_reach_the_build_context(name):
    sources = copy_sources(dockerfile(name))
    patterns = dockerignore_patterns()
    for source in sources:
        assert (ROOT / source).exists(), f"{name}: COPY {source}: no such path in the repository"
        assert source == "." or not ignored(source, patterns), f"{name}: {source} is ignored"
    assert "." in sources, f"{name} does not copy the source"
    # `COPY .` takes every package pyproject.toml finds, whatever their names.
    include = PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = [
        p.name
        for p in ROOT.iterdir()
        if (p / "__init__.py").is_file() and any(fnmatch.fnmatch(p.name, i) for i in include)
    ]
    assert len(packages) >= len(include), f"no folder for some of {include}"
    for path in [*packages, "pyproject.toml", PYPROJECT["project"]["readme"]]:
        assert not ignored(path, patterns), f".dockerignore keeps {path} out of the image"


@pytest.mark.parametrize("name", ["pipeline.Dockerfile", "train.Dockerfile"])
def test_dependencies_install_before_the_source_is_copied(name):
    """Editing the code rebuilds only the last layers: the layer that installs the
    dependencies sees pyproject.toml and docker/requirements.py, not the source."""
    steps = [i for i in dockerfile(name) if i.keyword in ("COPY", "RUN")]
    copies = [n for n, i in enumerate(steps) if i.keyword == "COPY"]
    assert len(copies) == 2, f"{name}: expected two COPY steps, dependencies then source"
    first, source = (shlex.split(steps[n].args) for n in copies)
    assert sorted(first[:-1]) == ["docker/requirements.py", "pyproject.toml"], first
    assert source[:-1] == ["."], source
    between = " && ".join(i.args for i in steps[copies[0] + 1 : copies[1]])
    assert re.search(r"requirements\.py .*pip install --no-cache-dir -r ", between), between
    after = " && ".join(i.args for i in steps[copies[1] + 1 :])
    install = rf"pip install --no-cache-dir --no-deps --no-build-isolation {source[-1]}"
    assert re.search(install, after), f"{name}: the source is not installed without deps"


@pytest.mark.parametrize("name", ["pipeline.Dockerfile", "train.Dockerfile"])
def test_pip_installs_keep_no_cache(name):
    runs = [r for r in only(dockerfile(name), "RUN") if "pip install" in r.args]
    assert runs, f"{name} installs nothing with pip"
    for run in runs:
        for command in run.args.split("&&"):
            if "pip install" in command:
                assert "--no-cache-dir" in command, f"{name} line {run.line}: {command.strip()}"


def test_dockerignore_excludes_environments_caches_and_outputs():
    patterns = dockerignore_patterns()
    for path in (
        ".venv",
        ".git",
        "bench/.venv-openclip",
        "demo-out",
        "bench/out",
        "build",
        "build/docker/wheels",
        "tests",
        "bench/dedup_index.py",
        "docs",
        "openwit.egg-info",
        "trainer/__pycache__",
        "queries/x.pyc",
        ".pytest_cache",
        ".ruff_cache",
    ):
        assert ignored(path, patterns), f".dockerignore lets {path} into the build context"
    for path in ("queries/text.py", "trainer/model_configs", "pyproject.toml", "README.md"):
        assert not ignored(path, patterns), f".dockerignore excludes {path}"


# ---- Dataflow worker image ----


def test_pipeline_image_is_beams_sdk_image_of_the_pinned_version_and_python():
    (image,) = from_images(dockerfile("pipeline.Dockerfile"))
    repo, tag, _ = split_image(image)
    match = re.fullmatch(r"apache/beam_python(\d+\.\d+)_sdk", repo)
    assert match, f"{image} is not Beam's Python SDK image"
    assert tag == pin("apache-beam"), f"{image}: pyproject pins apache-beam=={pin('apache-beam')}"
    assert pin("apache-beam", extra="dataflow") == tag
    (lowest,) = SpecifierSet(PYPROJECT["project"]["requires-python"])
    assert lowest.operator == ">=", lowest
    assert match.group(1) == lowest.version, f"{image}: pyproject requires Python {lowest}"


def test_pipeline_image_keeps_beams_entrypoint_and_installs_openwit_and_wordnet():
    instructions = dockerfile("pipeline.Dockerfile")
    assert not only(instructions, "ENTRYPOINT"), "Beam's boot entry point must stay"
    assert not only(instructions, "USER"), "Beam's SDK harness runs as the image's user"
    runs = " && ".join(r.args for r in only(instructions, "RUN"))
    apt = next(c for c in runs.split("&&") if "apt-get install" in c)
    assert "wordnet-base" in apt and "--no-install-recommends" in apt, apt
    assert re.search(r"requirements\.py [^&]* dataflow\b", runs), "install the Dataflow extra"


def test_pipeline_image_pins_the_torch_builds_pyproject_pins():
    instructions = dockerfile("pipeline.Dockerfile")
    pins = {}
    for run in only(instructions, "RUN"):
        pins |= pip_pins(run)
    assert pins, "the CPU torch install names no versions"
    for name, version in pins.items():
        assert version == pin(name), f"the image installs {name}=={version}, pyproject {pin(name)}"
    assert {"torch", "torchvision"} <= pins.keys()


# ---- training image ----


def test_train_image_entrypoint_is_openwit_train():
    instructions = dockerfile("train.Dockerfile")
    (entrypoint,) = only(instructions, "ENTRYPOINT")
    assert entrypoint.exec_form() == ["openwit", "train"], entrypoint
    assert "openwit" in PYPROJECT["project"]["scripts"]
    from openwit.cli import COMMANDS

    target = COMMANDS["train"]
    module, _, function = target.partition(":")
    assert importlib.util.find_spec(module) is not None, f"train's module {module} is missing"
    assert callable(getattr(importlib.import_module(module), function)), target
    users = only(instructions, "USER")
    assert users and users[-1].args not in ("root", "0"), "train as a non-root user"
    assert users[-1].line < entrypoint.line


def test_train_image_is_cuda_with_a_python_pyproject_accepts():
    (image,) = from_images(dockerfile("train.Dockerfile"))
    repo, tag, _ = split_image(image)
    assert repo == "nvidia/cuda", image
    match = re.fullmatch(r"(\d+\.\d+)\.\d+-(?:base|runtime|cudnn-runtime)-(\w+?\d+\.\d+)", tag)
    assert match, f"{image}: expected CUDA-VERSION-{{base,runtime,cudnn-runtime}}-DISTRO"
    cuda, distro = match.groups()
    python = UBUNTU_PYTHON.get(distro)
    assert python, f"{image}: add {distro}'s Python version to UBUNTU_PYTHON"
    requires = PYPROJECT["project"]["requires-python"]
    assert SpecifierSet(requires).contains(python), f"{image}: Python {python}, need {requires}"
    torch_dir = Path(importlib.util.find_spec("torch").origin).parent  # torch is not imported
    built_for = re.search(r"^cuda\b.*?=\s*'([\d.]+)'", (torch_dir / "version.py").read_text(), re.M)
    if built_for:  # the installed build of the pinned torch: PyPI's is a CUDA build on Linux
        assert cuda == built_for.group(1), (
            f"{image}: torch=={pin('torch')} is built for CUDA {built_for.group(1)}"
        )


# ---- the parser itself ----


def test_parser_joins_continuations_and_skips_comments():
    text = '# c\nFROM a:1 AS b\nRUN x \\\n  # inside\n    && y\nCOPY --chown=1 ["s", "d"]\n'
    instructions = parse_dockerfile(text)
    assert [(i.keyword, i.args, i.line) for i in instructions] == [
        ("FROM", "a:1 AS b", 2),
        ("RUN", "x && y", 3),
        ("COPY", '--chown=1 ["s", "d"]', 6),
    ]
    assert split_image("reg.io:5000/img") == ("reg.io:5000/img", None, None)
    assert split_image("img:1.0@sha256:ab") == ("img", "1.0", "sha256:ab")
    assert from_images(parse_dockerfile("FROM a:1 AS s\nFROM s\n")) == ["a:1"]
    assert from_images(parse_dockerfile("ARG B=x/y:2\nFROM ${B}\nARG B=z\n")) == ["x/y:2"]
    copies = 'COPY --chown=1 ["s t", "u", "d/"]\nCOPY --from=s /x /y\nADD v w\n'
    assert copy_sources(parse_dockerfile(copies)) == ["s t", "u", "v"]


# ---- the images, built and run (slow: a dockerd of the test's own) ----

RUN_OFFLINE = ("run", "--rm", "--network", "none")
STAGES = ("fetch", "queries", "curate", "download", "dedup", "audit", "train", "eval", "demo")


@pytest.fixture(scope="module")
def engine():
    if shutil.which("dockerd") is None or shutil.which("docker") is None:
        pytest.skip("no dockerd/docker here (Debian: apt-get install docker.io; `make test` does)")
    if os.geteuid() != 0:
        pytest.skip("dockerd needs root, and this test runs as a user")
    engine = Engine()
    try:
        engine.start()
    except RuntimeError as error:
        pytest.skip(str(error))
    yield engine
    engine.stop()


@pytest.fixture(scope="module")
def images(engine) -> dict[str, str]:
    """Both Dockerfiles built against the offline bases (`--build-arg BASE` only), with pip
    reaching the host's wheelhouse; sizes and times go to images.json in WORK."""
    engine.prune()  # what a killed run left
    started = time.monotonic()
    wheels = wheelhouse()
    report = {"wheelhouse_s": round(time.monotonic() - started)}
    bases = base_images(engine)
    report["bases_s"] = round(time.monotonic() - started) - report["wheelhouse_s"]
    with serve(wheels) as address:
        for name, base in bases.items():
            tag, started = f"openwit-test/{name}", time.monotonic()
            engine.build(
                tag, DOCKER / f"{name}.Dockerfile", [f"{WHEELS_HOST}:{address}"], BASE=base
            )
            size, base_size = engine.inspect(tag)["Size"], engine.inspect(base)["Size"]
            report[name] = {
                "build_s": round(time.monotonic() - started),
                "size": size,
                "base_size": base_size,
                "added_by_dockerfile": size - base_size,
            }
    engine.prune()
    (WORK / "images.json").write_text(json.dumps(report, indent=1) + "\n")
    return {name: f"openwit-test/{name}" for name in bases}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["pipeline", "train"])
def test_openwit_help_runs_in_the_image(engine, images, name):
    done = engine.run(*RUN_OFFLINE, "--entrypoint", "openwit", images[name], "--help")
    for command in STAGES:
        assert command in done.stdout, f"`openwit --help` in {name} does not list {command}"


@pytest.mark.slow
def test_pipeline_image_has_the_launchers_beam_and_python_and_runs_the_demo(
    engine, images, tmp_path
):
    import apache_beam

    image = images["pipeline"]
    entrypoint = engine.inspect(image)["Config"]["Entrypoint"]
    assert entrypoint == engine.inspect(BEAM)["Config"]["Entrypoint"] == [BEAM_BOOT], (
        "the pipeline image replaces its base's entry point (Beam's boot)"
    )
    probe = "import json, sys, apache_beam as b; print(json.dumps([b.__version__, sys.version]))"
    done = engine.run(*RUN_OFFLINE, "--entrypoint", "python", image, "-c", probe)
    beam, python = json.loads(done.stdout)
    assert beam == apache_beam.__version__, "Dataflow wants the launcher's Beam in the image"
    assert python.split(".")[:2] == sys.version.split(".")[:2], "and the launcher's Python"

    mount = f"{tmp_path}:/out"
    demo = ["openwit", "demo", "--scale", "0.1", "--out", "/out/demo"]
    done = engine.run(*RUN_OFFLINE, "-v", mount, "--entrypoint", demo[0], image, *demo[1:])
    assert "Open /out/demo/report.html" in done.stdout, done.stdout[-3000:]
    curated = json.loads((tmp_path / "demo" / "curated" / "stats.json").read_text())
    assert curated["pairs_read"] == 300 and curated["kept"] > 0
    assert (tmp_path / "demo" / "report.html").stat().st_size > 10_000


@pytest.mark.slow
def test_train_image_trains_as_a_non_root_user_on_mounted_shards(engine, images, tmp_path):
    import open_clip
    import torch

    import trainer.models  # noqa: F401 (makes openwit-tiny an open_clip model name)
    from trainer import synthetic

    synthetic.write_shards(tmp_path / "shards", 2, 32, seed=0, size=48)
    run = tmp_path / "run"
    run.mkdir(mode=0o777)
    run.chmod(0o777)  # the image's user is not this one
    mounts = ["-v", f"{tmp_path / 'shards'}:/data/shards:ro", "-v", f"{run}:/data/run"]
    train = (
        "--train-data /data/shards/{00000..00001}.tar --out /data/run --model openwit-tiny "
        "--batch-size 16 --max-steps 2 --warmup 1 --workers 0 --device cpu --no-progress"
    )
    done = engine.run(*RUN_OFFLINE, *mounts, images["train"], *train.split())
    checkpoint = run / "checkpoints" / "step_00000002.pt"
    assert checkpoint.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    assert checkpoint.stat().st_uid != 0, "the checkpoint was written by root"
    state = torch.load(checkpoint, map_location="cpu", weights_only=True)
    assert state["step"] == 2
    model = open_clip.create_model("openwit-tiny", pretrained=str(checkpoint))
    for name, tensor in model.state_dict().items():
        assert torch.equal(tensor, state["state_dict"][name]), name
