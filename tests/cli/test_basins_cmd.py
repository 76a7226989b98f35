"""critexplorer basins: the JSON contract, the orientation of the labels, the PNG and bad input."""

import numpy as np
from PIL import Image

from critexplorer.core.basins.colors import label_rgb

CONTRACT = ["optimizer", "hyperparams", "grid", "xlim", "ylim", "steps", "attractors", "labels", "fractions"]


def test_json_has_the_contract_fields_and_labels_row_0_at_the_lowest_y(cli):
    # Minima at y = −1 and y = +1: the lower half of the window flows to the first, the upper to the second.
    result = cli(
        "basins",
        "x^2 + (y^2 - 1)^2",
        "--optimizer",
        "gd",
        "--lr",
        "0.05",
        "--grid",
        "8",
        "--steps",
        "300",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    report = result.json()
    assert list(report)[: len(CONTRACT)] == CONTRACT
    assert report["optimizer"] == "gd" and report["hyperparams"] == {"lr": 0.05}
    assert report["grid"] == 8 and report["steps"] == 300
    assert report["xlim"] == [-2.0, 2.0] and report["ylim"] == [-2.0, 2.0]
    assert set(report["fractions"]) == {"minimum", "saddle", "maximum", "moving", "diverged"}
    by_id = {a["id"]: a for a in report["attractors"]}
    assert {a["classification"] for a in by_id.values()} == {"minimum", "saddle"}
    assert all(set(a) == {"id", "point", "classification"} for a in by_id.values())
    labels = np.array(report["labels"])
    assert labels.shape == (8, 8)
    assert all(by_id[i]["point"][1] < 0 for i in labels[:4].ravel())  # rows 0–3: y < 0
    assert all(by_id[i]["point"][1] > 0 for i in labels[4:].ravel())
    assert report["fractions"]["minimum"] == 1.0


def test_columns_run_from_the_lowest_x(cli):
    result = cli(
        "basins",
        "(x^2 - 1)^2 + y^2",
        "--optimizer",
        "saddle-free-newton",
        "--grid",
        "6",
        "--steps",
        "100",
        "--json",
    )
    report = result.json()
    by_id = {a["id"]: a for a in report["attractors"]}
    labels = np.array(report["labels"])
    assert all(by_id[i]["point"][0] < 0 for i in labels[:, :3].ravel())
    assert all(by_id[i]["point"][0] > 0 for i in labels[:, 3:].ravel())


def test_newton_and_saddle_free_newton_on_himmelblau_with_text_output(cli):
    newton = cli(
        "basins", "--preset", "himmelblau", "--optimizer", "newton", "--grid", "24", "--steps", "100"
    )
    assert newton.returncode == 0, newton.stderr
    assert "saddle" in newton.stdout and "attractors (id, type, point, fraction):" in newton.stdout
    free = cli(
        "basins",
        "--preset",
        "himmelblau",
        "--optimizer",
        "saddle-free-newton",
        "--grid",
        "24",
        "--steps",
        "100",
        "--json",
    ).json()
    assert free["fractions"]["saddle"] == 0.0


def test_png_draws_each_cell_in_its_attractors_colour_with_row_0_at_the_bottom(cli, tmp_path):
    path = tmp_path / "map.png"
    args = [
        "basins",
        "x^2 + (y^2 - 1)^2",
        "--optimizer",
        "gd",
        "--lr",
        "0.05",
        "--grid",
        "8",
        "--steps",
        "300",
    ]
    assert cli(*args, "--png", str(path)).returncode == 0
    report = cli(*args, "--json").json()
    image = np.asarray(Image.open(path).convert("RGB"))
    assert image.shape == (512, 512, 3)  # 8 cells of 64 pixels
    expected = label_rgb(np.array(report["labels"]), [a["classification"] for a in report["attractors"]])
    assert np.array_equal(image[-1, 0], expected[0, 0])  # bottom-left pixel: row 0, column 0
    assert np.array_equal(image[0, -1], expected[-1, -1])
    assert not np.array_equal(expected[0, 0], expected[-1, -1])


def test_bad_input_is_one_line_on_stderr_and_exit_2(cli, tmp_path):
    for args, message in [
        (["--grid", "513"], "--grid must be a whole number from 2 to 512"),
        (["--optimizer", "lbfgs"], "unknown optimizer 'lbfgs'"),
        (["--hp", "beta9=1"], "no hyperparameter 'beta9'"),
        (["--steps", "-3"], "--steps"),
        (["--schedule", "zigzag"], "unknown schedule 'zigzag'"),
        (["--png", str(tmp_path / "missing" / "x.png")], "--png: cannot write"),
        (["--json", "--png", "x.png"], "not allowed with"),
    ]:
        result = cli("basins", "--preset", "himmelblau", "--grid", "4", "--steps", "5", *args)
        assert result.returncode == 2, args
        assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_export_view_basins_draws_the_map_under_the_contours_png_and_svg(cli, tmp_path):
    common = ["export", "--preset", "himmelblau", "--size", "640x360", "--theme", "screen"]
    plain, basins = tmp_path / "plain.png", tmp_path / "basins.png"
    assert cli(*common, "--out", str(plain)).returncode == 0
    made = cli(
        *common,
        "--view",
        "basins",
        "--optimizer",
        "newton",
        "--grid",
        "32",
        "--steps",
        "100",
        "--out",
        str(basins),
    )
    assert made.returncode == 0, made.stderr
    assert "the basin map on the contour view" in made.stdout
    a = np.asarray(Image.open(plain).convert("RGB"), int)
    b = np.asarray(Image.open(basins).convert("RGB"), int)
    # The maximum's basin (dark red, #a50026) covers the middle of the window: red dominates there.
    # The contour view takes the left of the picture; the legend's strip the right.
    middle = b[140:190, 145:185]
    assert np.mean(middle[..., 0] > middle[..., 2] + 40) > 0.5
    assert np.mean(np.abs(a - b)) > 10  # the layer changed the picture
    svg = tmp_path / "basins.svg"
    assert (
        cli(*common, "--view", "basins", "--optimizer", "gd", "--grid", "16", "--out", str(svg)).returncode
        == 0
    )
    assert "<image" in svg.read_text()  # the map is embedded as an image in the vector file
    assert "minimum (3, 2): " in svg.read_text()  # and its legend, with each fraction, as text
    assert not np.any(np.all(a[:, 400:] == [0x00, 0x72, 0xB2], axis=-1))  # no legend without a map
    assert np.any(np.all(b[:, 400:] == [0x00, 0x72, 0xB2], axis=-1))  # (3, 2)'s square, in the strip
    refused = cli(*common, "--view", "basins", "--optimizer", "lbfgs", "--out", str(tmp_path / "x.png"))
    assert refused.returncode == 2 and "unknown optimizer 'lbfgs'" in refused.stderr
