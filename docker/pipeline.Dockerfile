# Dataflow worker image for `openwit queries build` and `openwit curate`
# (--sdk_container_image, README "Containers and Dataflow"). Build from the repository root:
#   docker build -f docker/pipeline.Dockerfile -t REGISTRY/openwit-pipeline:TAG .
# Beam's SDK image of the Beam version pinned in pyproject.toml, for Python 3.11. Its
# ENTRYPOINT (/opt/apache/beam/boot, the SDK harness Dataflow starts) is kept as it is.
FROM apache/beam_python3.11_sdk:2.77.0

# WordNet 3.0 at /usr/share/wordnet: workers read it when `--wordnet` is a local path.
RUN apt-get update \
    && apt-get install -y --no-install-recommends wordnet-base \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/openwit
COPY pyproject.toml README.md ./
COPY openwit/ openwit/
COPY common/ common/
COPY queries/ queries/
COPY pipeline/ pipeline/
COPY dedup/ dedup/
COPY trainer/ trainer/

# The package depends on torch, but no Beam job runs it: take the CPU build of the pinned
# versions (hundreds of MB instead of the CUDA wheels' several GB, so workers start sooner),
# then OpenWIT with the Dataflow extra; the image's Beam stays (the pins are equal).
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu \
        torch==2.14.1 torchvision==0.29.1 \
    && pip install --no-cache-dir '.[dataflow]' \
    && pip check
