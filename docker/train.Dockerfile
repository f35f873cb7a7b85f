# Training image: its entry point is `openwit train`, so arguments go straight to it:
#   docker build -f docker/train.Dockerfile -t REGISTRY/openwit-train:TAG .
#   docker run --gpus all --ipc=host -v /data:/data REGISTRY/openwit-train:TAG \
#       --train-data '/data/shards/{00000..00099}.tar' --out /data/run
# BASE: torch==2.14.1 from PyPI is the CUDA 13.0 build and brings its own CUDA runtime,
# cuBLAS, cuDNN and NCCL as nvidia-* wheels, so the base needs no CUDA libraries: CUDA 13.0's
# `base` image adds the settings of the NVIDIA container toolkit, which refuses to start the
# container on a host driver too old for CUDA 13.0. Ubuntu 24.04's Python is 3.12.
ARG BASE=nvidia/cuda:13.0.2-base-ubuntu24.04
FROM ${BASE}

RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-venv \
    && rm -rf /var/lib/apt/lists/*

# Ubuntu's Python is externally managed (PEP 668): install into a virtualenv.
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1

# Dependencies before the source, so editing the code does not reinstall torch.
COPY pyproject.toml docker/requirements.py /tmp/openwit/
RUN python3 -m venv /opt/venv \
    && python /tmp/openwit/requirements.py /tmp/openwit/pyproject.toml \
        > /tmp/openwit/requirements.txt \
    && pip install --no-cache-dir -r /tmp/openwit/requirements.txt

# The source (.dockerignore trims the context), without dependencies: they are installed.
COPY . /opt/openwit/src
RUN pip install --no-cache-dir --no-deps --no-build-isolation /opt/openwit/src \
    && pip check \
    && useradd --create-home openwit

USER openwit
WORKDIR /home/openwit
ENTRYPOINT ["openwit", "train"]
