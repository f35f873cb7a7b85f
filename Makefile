# Two commands set everything up on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
WORDNET := /usr/share/wordnet/data.noun
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_OUT ?= demo-out
# The image test (tests/test_docker.py) starts its own dockerd and builds an offline base.
DOCKER_TOOLS := /usr/sbin/dockerd /usr/sbin/debootstrap
# The coverage page is checked in a real headless browser (tests/test_coverage.py).
CHROMIUM := /usr/bin/chromium
# `make images`: both images, tagged REGISTRY/openwit-{pipeline,train}:TAG (needs a network).
REGISTRY ?= openwit
TAG ?= $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)

# Real artwork for bench/dedup_real.py (copy detection); the tests do not need it.
BENCH_ART := /usr/share/openclipart/png /usr/share/icons/oxygen/base

.PHONY: demo test lint install wordnet mutate images clean bench-data

demo: $(STAMP) $(WORDNET)
	$(VENV)/bin/openwit demo --out $(DEMO_OUT)

test: $(STAMP) $(WORDNET) $(DOCKER_TOOLS) $(CHROMIUM)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

install: $(STAMP)

# Mutation testing of the core rule modules ([tool.mutmut] in pyproject.toml); not in CI.
mutate: $(STAMP) $(WORDNET)
	$(PY) -m pip install -q 'mutmut>=3.3'
	rm -rf mutants
	$(VENV)/bin/mutmut run --max-children $$(nproc) || true
	$(VENV)/bin/mutmut export-cicd-stats
	$(PY) -c "import json; s = json.load(open('mutants/mutmut-cicd-stats.json')); \
	print(f\"mutation score: {s['killed']}/{s['total']} killed ({s['killed'] / s['total']:.1%}); \
	{s['survived']} survived, {s['no_tests']} without a test; list: mutmut results\")"

wordnet: $(WORDNET)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -e '.[dev,dataflow]'
	touch $@

$(WORDNET):
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq --no-install-recommends wordnet-base

bench-data: $(STAMP) $(BENCH_ART)

$(BENCH_ART) &:
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq --no-install-recommends openclipart-png oxygen-icon-theme

$(DOCKER_TOOLS) &:
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq --no-install-recommends docker.io debootstrap

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq --no-install-recommends chromium

images:
	docker build -f docker/pipeline.Dockerfile -t $(REGISTRY)/openwit-pipeline:$(TAG) .
	docker build -f docker/train.Dockerfile -t $(REGISTRY)/openwit-train:$(TAG) .

clean:
	rm -rf $(VENV) $(DEMO_OUT) .pytest_cache mutants
