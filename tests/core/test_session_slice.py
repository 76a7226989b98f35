"""A session's slice: saved as the network, data, θ* and directions, read back field by field with
limits; each bad field is a SessionError naming it, and a good one makes the same loss again."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from critexplorer.core.limits import MAX_NETWORK_PARAMETERS
from critexplorer.core.networks.datasets import network_data
from critexplorer.core.networks.network import Network
from critexplorer.core.networks.slices import slice_loss
from critexplorer.files.session import (
    Session,
    SessionError,
    session_from_dict,
    session_from_json,
    session_slice,
)
from critexplorer.files.session_slice import MAX_SLICE_SAMPLES, SavedSlice


@pytest.fixture(scope="module")
def document():
    network = Network.parse("2-3-1", activation="tanh")
    data = network_data("xor", network)
    theta = np.random.default_rng(1).normal(size=network.parameters)
    shown = slice_loss(network, data, theta, ["eig-min", "random:2"], "2-3-1 run 0 along eig-min,random:2")
    session = Session(formula=shown.loss.formula, vars=("a", "b"), xlim=shown.xlim, ylim=shown.ylim)
    session.slice = SavedSlice.of(shown)
    return json.loads(session.to_json()), shown


def test_a_slice_comes_back_as_the_same_loss(document):
    doc, shown = document
    session = session_from_json(json.dumps(doc))
    again = session_slice(session)
    assert again.directions == ("eig-min", "random:2") and again.network == shown.network
    a, b = np.meshgrid(np.linspace(-1, 1, 7), np.linspace(-0.5, 0.5, 7))
    np.testing.assert_allclose(again.loss.value(a, b), shown.loss.value(a, b), rtol=1e-13)
    np.testing.assert_allclose(again.vectors[0], shown.vectors[0])


def broken(doc, change):
    doc = copy.deepcopy(doc)
    change(doc["slice"])
    return doc


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda s: s["network"].update(layers=[20, 20, 20]), "slice.network has 840 parameters"),
        (lambda s: s["network"].update(layers=[2]), "slice.network.layers"),
        (lambda s: s["network"].update(activation="swish"), "slice.network.activation"),
        (lambda s: s["network"].update(bias="yes"), "slice.network.bias"),
        (lambda s: s["theta"].pop(), "slice.theta must be a list of 13 numbers"),
        (lambda s: s["theta"].__setitem__(2, "x"), "slice.theta[2]"),
        (lambda s: s["data"]["inputs"][1].__setitem__(0, 1e300), "slice.data.inputs[1][0]"),
        (lambda s: s["data"]["inputs"][0].append(1.0), "slice.data.inputs[0]"),
        (lambda s: s["data"]["targets"].pop(), "slice.data.targets has 3 rows"),
        (lambda s: s["data"].update(inputs=[[0.0, 0.0]] * (MAX_SLICE_SAMPLES + 1)), "slice.data.inputs"),
        (lambda s: s.update(directions=["eig:13", "eig-max"]), "slice.directions: eig:13"),
        (lambda s: s.update(directions=["sideways", "eig-max"]), "slice.directions: unknown direction"),
        (lambda s: s.update(directions=["eig-min"]), "slice.directions must be two"),
        (lambda s: s.update(extra=1), "slice has unknown field 'extra'"),
        (lambda s: s.pop("theta"), "slice is missing 'theta'"),
    ],
)
def test_each_bad_field_is_named(document, change, field):
    doc, _ = document
    with pytest.raises(SessionError) as error:
        session_from_dict(broken(doc, change))
    assert field in str(error.value)
    assert MAX_NETWORK_PARAMETERS == 500  # the 840-parameter case above is over the cap


def test_same_directions_fail_when_the_slice_is_made_not_later(document):
    doc, _ = document
    session = session_from_dict(broken(doc, lambda s: s.update(directions=["eig-min", "eig-min"])))
    with pytest.raises(SessionError, match="slice.directions: the directions eig-min,eig-min are the same"):
        session_slice(session)
