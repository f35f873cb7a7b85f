"""The real-image test bed's identities (bench/real_copies.py): the files that count as one
picture, and so as natural duplicates of each other, are fixed here by hand."""

from PIL import Image, ImageDraw

from bench.real_copies import grouped


def save(path, shapes, mirror=False):
    """A 64-px drawing of black rectangles on white, mirrored left to right if asked."""
    image = Image.new("RGB", (64, 64), "white")
    for box in shapes:
        ImageDraw.Draw(image).rectangle(box, fill="black")
    if mirror:
        image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


def test_mirror_images_are_one_picture_and_shared_names_only_when_asked(tmp_path):
    ell = [(4, 4, 16, 60), (4, 48, 40, 60)]  # an L: a bar down the left, a foot to the right
    left = save(tmp_path / "a" / "ell.png", ell)
    mirrored = save(tmp_path / "a" / "ell_mirrored.png", ell, mirror=True)
    block = save(tmp_path / "a" / "same_name.png", [(20, 20, 44, 44)])
    stripe = save(tmp_path / "b" / "same_name.png", [(0, 0, 63, 10)])
    paths = [left, mirrored, block, stripe]

    def as_sets(groups):
        return sorted(sorted(str(p) for p in g.files) for g in groups)

    # pixels alone: the L and its mirror image are one picture; the block and the stripe,
    # another drawing under the same file name, are not
    assert as_sets(grouped(paths)) == sorted(
        [sorted([str(left), str(mirrored)]), [str(block)], [str(stripe)]]
    )
    # with names as identities (Oxygen's icons at several sizes), the shared name joins them
    assert as_sets(grouped(paths, lambda p: p.name)) == sorted(
        [sorted([str(left), str(mirrored)]), sorted([str(block), str(stripe)])]
    )
