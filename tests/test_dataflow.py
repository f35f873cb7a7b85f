"""Dataflow readiness, offline: each Beam job translates into a Dataflow job request
(`--dry_run`), so an unpicklable DoFn or an oversized pickled object fails here."""

from __future__ import annotations

import dataclasses

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

pytest.importorskip(
    "apache_beam.runners.dataflow.internal.apiclient",
    reason="needs the openwit[dataflow] extra (make test installs it)",
)

DATAFLOW = [
    "--runner",
    "DataflowRunner",
    "--dry_run=True",
    "--no_auth",
    "--sdk_location=container",
    "--project",
    "test-project",
    "--region",
    "us-central1",
    "--temp_location",
    "gs://test-bucket/tmp",
]
# Dataflow rejects job requests over 20 MB; a job that builds its large objects (the query
# automaton, count tables) on the workers stays far below this.
SMALL_JOB = 2**20


def translate(build) -> object:
    pipeline = beam.Pipeline(options=PipelineOptions(DATAFLOW))
    build(pipeline)
    return pipeline.run().job


def step_names(job) -> set[str]:
    return {t.unique_name.split("/")[0] for t in job.proto_pipeline.components.transforms.values()}


def test_query_list_job_translates_for_dataflow():
    from queries.build import build_query_list
    from queries.config import BuildConfig

    bucket = "gs://test-bucket"
    config = BuildConfig(
        wiki_dumps=[f"{bucket}/dumps/enwiki-20260101-pages-articles{i}.xml.bz2" for i in (1, 2)],
        pageviews=[f"{bucket}/pageviews/pageviews-20260101-000000.gz"],
        wordnet=f"{bucket}/wordnet",
        out=f"{bucket}/queries",
    )
    job = translate(lambda p: build_query_list(p, config))
    assert job.proto.name
    assert {"ReadArticles", "CountWords", "ScoreBigrams", "ReadViews", "MergeAndWrite"} <= (
        step_names(job)
    )
    assert job.proto_pipeline.ByteSize() < SMALL_JOB


def test_curation_job_translates_for_dataflow():
    from pipeline.curate import MAX_ROUNDS, CurateConfig, build

    bucket = "gs://test-bucket"
    config = CurateConfig(
        tables=[f"{bucket}/crawl/pairs-00000.parquet"],
        wats=[f"{bucket}/wat/CC-MAIN-2024-51-00000.warc.wat.gz"],
        queries=f"{bucket}/queries",
        out=f"{bucket}/curated",
    )
    job = translate(lambda p: build(p, config))
    assert job.proto.name
    names = step_names(job)
    assert {"ReadPairs", "DeduplicateAndMatch", "Balance", "WriteParts"} <= names
    assert job.proto_pipeline.ByteSize() < SMALL_JOB
    # the most deduplication rounds the job makes (one shuffle each) still fit
    many = translate(lambda p: build(p, config, MAX_ROUNDS))
    assert many.proto_pipeline.ByteSize() < SMALL_JOB
    # remote output: the clean tables go through all those shuffles, and no clean file is
    # left to remove; a local output's graph asked for as many has one, and the removal
    local = beam.Pipeline()
    build(local, dataclasses.replace(config, out="/tmp/never-run/curated"), MAX_ROUNDS)
    graphs = ((many.proto_pipeline, MAX_ROUNDS, False), (local.to_runner_api(), 1, True))
    for graph, rounds, removes in graphs:
        names = {t.unique_name for t in graph.components.transforms.values()}
        shuffles = {n.split("/")[1] for n in names if "/GroupByUidRange" in n}
        assert shuffles == {f"GroupByUidRange{r}" for r in range(rounds)}
        assert ("RemoveCleanTables" in names) == removes
