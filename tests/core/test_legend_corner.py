"""The legend's corner: none of the marked points under it, then the least of the map, then where it is."""

import numpy as np

from critexplorer.core.legend_corner import corner_box, legend_corner

VIEW, BOX = (400, 300), (100, 60)
DATA = (0, 0, 400, 300)  # the map fills the view


def test_a_corner_with_points_under_it_is_left_for_an_empty_one():
    points = [(20, 20), (380, 30), (50, 280)]  # in the top-left, top-right and bottom-left boxes
    assert legend_corner(VIEW, BOX, points, DATA) == "bottom-right"
    assert corner_box("bottom-right", VIEW, BOX, 8) == (292, 232, 392, 292)


def test_with_every_corner_free_the_padding_beside_the_map_wins():
    # An equal-aspect view: the map is 300 px wide, centred, with 50 px free either side; the box
    # (40 px wide) fits in the free strip on the right only with the margin inside it.
    data = (50, 0, 350, 300)
    assert legend_corner(VIEW, (40, 60), [], data, margin=4) in ("top-left", "top-right")
    assert legend_corner(VIEW, (40, 60), [(10, 10)], data, margin=4) == "top-right"


def test_a_tie_keeps_the_corner_the_legend_is_in_and_far_away_points_do_not_count():
    far = np.array([[200, 150], [np.nan, 3], [1e9, -1e9]])
    assert legend_corner(VIEW, BOX, far, DATA) == "top-left"
    assert legend_corner(VIEW, BOX, far, DATA, current="bottom-left") == "bottom-left"
