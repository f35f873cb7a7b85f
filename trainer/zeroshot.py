"""Zero-shot classification and image-text retrieval with a CLIP model (paper §3.1).

Class names become sentences through prompt templates; the ensemble of a class's prompts is
averaged in embedding space and re-normalised, once per class; prediction is the argmax of
cosine similarity. `dedup`'s audit reuses these functions.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import open_clip
import torch
import torch.nn.functional as F
from PIL import Image

from common.shards import IMAGE_ERRORS, LABEL_EXTENSION, parse_label
from trainer import models
from trainer.config import EVAL_MAX_PAIRS
from trainer.evalsets import UNDECODABLE

log = logging.getLogger(__name__)

# A checkpoint is data: the model name it carries is used only if it is a plain name.
PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
FALLBACK_NAME = "openwit-checkpoint"


def _register(name: str, config: dict) -> str:
    """The open_clip model name under which `config` is now known (checkpoints of a custom
    config JSON). A name that is not a plain file-name word is replaced, so it can never
    become a path; open_clip reads the config file when it is added, and the temporary
    folder holding it is removed at once."""
    if not PLAIN_NAME.fullmatch(name) or ".." in name:
        name = FALLBACK_NAME
    if open_clip.get_model_config(name) == config:
        return name
    with tempfile.TemporaryDirectory(prefix="openwit-config-") as folder:
        path = Path(folder) / f"{name}.json"
        path.write_text(json.dumps(config))
        open_clip.add_model_config(path)
    return name


def load_model(checkpoint: str, device: str = "cpu") -> tuple[torch.nn.Module, Callable, Callable]:
    """(model in eval mode, eval preprocess PIL->tensor, tokenizer) from an OpenWIT checkpoint
    (.pt), or randomly initialised from an open_clip config name or config JSON path."""
    if checkpoint.endswith(".pt"):
        if not Path(checkpoint).is_file():
            raise OSError(f"checkpoint {checkpoint} does not exist")
        meta = torch.load(checkpoint, map_location="cpu", weights_only=True)
        if not isinstance(meta, dict) or "state_dict" not in meta or "model_config" not in meta:
            raise ValueError(
                f"{checkpoint} is not an OpenWIT checkpoint (no state_dict/model_config)"
            )
        name = _register(str(meta.get("model_name", FALLBACK_NAME)), meta["model_config"])
        config = meta["model_config"]
        model = open_clip.create_model(name, pretrained=checkpoint, device=device)
    else:
        name, config, model = models.create(checkpoint, device=device)
    model.eval()
    return model, models.eval_transform(models.image_size(config)), open_clip.get_tokenizer(name)


def class_embeddings(
    model: torch.nn.Module,
    tokenizer: Callable,
    classnames: list[str],
    templates: Sequence[Callable[[str], str]] | None = None,
    device: str = "cpu",
) -> torch.Tensor:
    """(C, D) class embeddings: each class's prompts embedded, averaged, then L2-normalised."""
    if not classnames:
        raise ValueError("no class names to embed")
    templates = open_clip.OPENAI_IMAGENET_TEMPLATES if templates is None else templates
    weights = open_clip.build_zero_shot_classifier(
        model, tokenizer, classnames, templates, num_classes_per_batch=10, device=device
    )
    return weights.T.float().contiguous()


@torch.no_grad()
def image_embeddings(model: torch.nn.Module, images: torch.Tensor) -> torch.Tensor:
    """(N, D) L2-normalised image embeddings of a preprocessed image batch."""
    return F.normalize(model.encode_image(images).float(), dim=-1)


@torch.no_grad()
def text_embeddings(model: torch.nn.Module, tokens: torch.Tensor) -> torch.Tensor:
    """(N, D) L2-normalised text embeddings of a tokenized batch."""
    return F.normalize(model.encode_text(tokens).float(), dim=-1)


def predict(image_emb: torch.Tensor, class_emb: torch.Tensor, k: int = 5) -> torch.Tensor:
    """(N, k) indices of the k most similar classes per image, best first."""
    k = min(k, class_emb.shape[0])
    return (image_emb @ class_emb.T).topk(k, dim=1).indices


def classification_metrics(topk: torch.Tensor, labels: torch.Tensor, classnames: list[str]) -> dict:
    """Top-1 and top-5 accuracy and per-class recall (top-1) from `predict`'s output."""
    correct1 = topk[:, 0] == labels
    correct5 = (topk[:, :5] == labels[:, None]).any(dim=1)
    per_class = {}
    for index, name in enumerate(classnames):
        mask = labels == index
        if mask.any():
            per_class[name] = {"n": int(mask.sum()), "recall": float(correct1[mask].float().mean())}
    return {
        "n": len(labels),
        "top1": float(correct1.float().mean()),
        "top5": float(correct5.float().mean()),
        "chance_top1": 1 / len(classnames),
        "per_class_recall": per_class,
    }


def retrieval_metrics(
    image_emb: torch.Tensor, text_emb: torch.Tensor, ks: Sequence[int] = (1, 5, 10)
) -> dict:
    """Recall@k of image->text and text->image retrieval over N pairs (row i matches row i)."""
    sims = image_emb @ text_emb.T
    target = torch.arange(len(sims))

    def recall(scores: torch.Tensor) -> dict:
        # rank of the true match = number of candidates scored strictly higher
        rank = (scores > scores[target, target][:, None]).sum(dim=1)
        return {f"R@{k}": float((rank < k).float().mean()) for k in ks}

    return {"n": len(sims), "image_to_text": recall(sims), "text_to_image": recall(sims.T)}


class _ImageFiles(torch.utils.data.Dataset):
    """(index, preprocessed image) of each path; None for an image that does not decode."""

    def __init__(self, paths: Sequence[str], preprocess: Callable):
        self.paths, self.preprocess = paths, preprocess

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index: int) -> tuple[int, torch.Tensor | None]:
        try:
            with Image.open(self.paths[index]) as image:
                return index, self.preprocess(image.convert("RGB"))
        except IMAGE_ERRORS as err:
            log.warning("skipping evaluation image %s: undecodable (%s)", self.paths[index], err)
            return index, None


def _decoded(batch: list[tuple[int, torch.Tensor | None]]) -> tuple[list[int], torch.Tensor]:
    kept = [(i, image) for i, image in batch if image is not None]
    images = torch.stack([image for _, image in kept]) if kept else torch.empty(0)
    return [i for i, _ in kept], images


def _embed_batches(
    model: torch.nn.Module, batches: Iterable[torch.Tensor], total: int, device: str, progress: bool
) -> list[torch.Tensor]:
    from tqdm import tqdm

    bar = tqdm(batches, total=total, desc="images", unit="batch", disable=not progress)
    return [image_embeddings(model, b.to(device)).cpu() for b in bar if len(b)]


def embed_images(
    model: torch.nn.Module,
    preprocess: Callable,
    images: Sequence[Image.Image],
    device: str = "cpu",
    batch_size: int = 128,
    progress: bool = True,
) -> torch.Tensor:
    """(N, D) embeddings of decoded PIL images, in batches."""
    batches = (
        torch.stack([preprocess(im) for im in images[i : i + batch_size]])
        for i in range(0, len(images), batch_size)
    )
    total = -(-len(images) // batch_size)
    return torch.cat(_embed_batches(model, batches, total, device, progress))


def embed_image_files(
    model: torch.nn.Module,
    preprocess: Callable,
    paths: Sequence[str],
    device: str = "cpu",
    batch_size: int = 128,
    progress: bool = True,
) -> tuple[torch.Tensor, list[int]]:
    """Embeddings of the image files that decode, and their indices in `paths`; the others
    are skipped with a logged warning."""
    loader = torch.utils.data.DataLoader(
        _ImageFiles(paths, preprocess), batch_size=batch_size, collate_fn=_decoded
    )
    kept: list[int] = []

    def decoded() -> Iterator[torch.Tensor]:
        for indices, batch in loader:
            kept.extend(indices)
            yield batch

    out = _embed_batches(model, decoded(), len(loader), device, progress)
    return (torch.cat(out) if out else torch.empty(0)), kept


def evaluate_folder(
    model: torch.nn.Module,
    preprocess: Callable,
    tokenizer: Callable,
    folder: str,
    templates: Sequence[str] | None = None,
    device: str = "cpu",
    progress: bool = True,
) -> dict:
    """Zero-shot classification metrics on ROOT/CLASS/IMAGE (see `evalsets.image_folder`)."""
    from trainer import evalsets

    paths, labels, classnames = evalsets.image_folder(folder)
    images, kept = embed_image_files(model, preprocess, paths, device, progress=progress)
    if not kept:
        raise ValueError(f"evaluation folder {folder}: none of its {len(paths)} images decodes")
    classes = class_embeddings(model, tokenizer, classnames, templates, device).cpu()
    topk = predict(images, classes)
    metrics = classification_metrics(topk, torch.tensor(labels)[kept], classnames)
    return {**metrics, "skipped": {UNDECODABLE: len(paths) - len(kept)}}


def evaluate_labelled_shards(
    model: torch.nn.Module,
    preprocess: Callable,
    tokenizer: Callable,
    urls: str,
    classnames: list[str],
    templates: Sequence[str] | None = None,
    device: str = "cpu",
    progress: bool = True,
) -> dict:
    """Zero-shot classification metrics on webdataset shards whose samples hold a `cls` index."""
    from trainer import evalsets

    images, labels, skipped = [], [], Counter()
    for key, image, sample in evalsets.webdataset_samples(urls, (LABEL_EXTENSION,), skipped):
        try:
            label = parse_label(sample[LABEL_EXTENSION])
        except ValueError:
            raise ValueError(f"sample {key} in {urls}: its .cls label is not a number") from None
        if not 0 <= label < len(classnames):
            raise ValueError(
                f"sample {key} in {urls}: class {label} outside the {len(classnames)} names"
            )
        images.append(image)
        labels.append(label)
    if not images:
        raise ValueError(f"no labelled samples (image + cls) in {urls}")
    classes = class_embeddings(model, tokenizer, classnames, templates, device).cpu()
    topk = predict(embed_images(model, preprocess, images, device, progress=progress), classes)
    return {**classification_metrics(topk, torch.tensor(labels), classnames), "skipped": skipped}


def evaluate_retrieval(
    model: torch.nn.Module,
    preprocess: Callable,
    tokenizer: Callable,
    urls: str,
    max_pairs: int = EVAL_MAX_PAIRS,
    device: str = "cpu",
    progress: bool = True,
) -> dict:
    """Image-text retrieval recall@1/5/10 on (image, txt) pairs of webdataset shards."""
    from itertools import islice

    from trainer import evalsets

    skipped: Counter = Counter()
    pairs = list(islice(evalsets.webdataset_samples(urls, ("txt",), skipped), max_pairs))
    if len(pairs) < 2:
        raise ValueError(f"retrieval needs at least 2 image-text pairs, {urls} has {len(pairs)}")
    image_emb = embed_images(model, preprocess, [p[1] for p in pairs], device, progress=progress)
    texts = [p[2]["txt"].decode("utf-8", errors="replace") for p in pairs]
    text_emb = torch.cat(
        [
            text_embeddings(model, tokenizer(texts[i : i + 256]).to(device)).cpu()
            for i in range(0, len(texts), 256)
        ]
    )
    return {**retrieval_metrics(image_emb, text_emb), "skipped": skipped}
