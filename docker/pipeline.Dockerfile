# Dataflow worker image for `openwit queries build` and `openwit curate`
# (--sdk_container_image, README "Containers and Dataflow"). Build from the repository root:
#   docker build -f docker/pipeline.Dockerfile -t REGISTRY/openwit-pipeline:TAG .
# BASE: Beam's SDK image of the Beam version pinned in pyproject.toml, for Python 3.11. Its
# ENTRYPOINT (/opt/apache/beam/boot, the SDK harness Dataflow starts) is kept as it is, and
# OpenWIT goes into its Python (`python`/`pip` on PATH), which the harness runs.
ARG BASE=apache/beam_python3.11_sdk:2.77.0
FROM ${BASE}

# WordNet 3.0 at /usr/share/wordnet: workers read it when `--wordnet` is a local path.
RUN apt-get update \
    && apt-get install -y --no-install-recommends wordnet-base \
    && rm -rf /var/lib/apt/lists/*

# Dependencies before the source, so editing the code does not reinstall them. The package
# depends on torch, but no Beam job runs it: take the CPU build of the pinned versions
# (hundreds of MB instead of the CUDA wheels' several GB, so workers start sooner), then the
# rest with the Dataflow extra; the image's Beam stays (the pins are equal).
COPY pyproject.toml docker/requirements.py /tmp/openwit/
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu \
        torch==2.14.1 torchvision==0.29.1 \
    && python /tmp/openwit/requirements.py /tmp/openwit/pyproject.toml dataflow \
        > /tmp/openwit/requirements.txt \
    && pip install --no-cache-dir -r /tmp/openwit/requirements.txt

# The source (.dockerignore trims the context), without dependencies: they are installed.
COPY . /opt/openwit/src
RUN pip install --no-cache-dir --no-deps --no-build-isolation /opt/openwit/src \
    && pip check
