"""Small fully connected networks and their loss, gradient and Hessian, vectorised over many θ at once.

The contract (outside checks rebuild the network from it):

- θ is one flat vector, layer by layer; each layer's weights W (n_in × n_out, row-major, W[i, j]
  connects input i to unit j), then its biases b (n_out) when the network has biases;
- hidden layers compute h = act(h_prev @ W + b), the last layer ŷ = h_prev @ W + b;
- "mse" is L = (1/N) Σₙ ‖ŷₙ − yₙ‖²; "cross-entropy" is L = (1/N) Σₙ [log Σⱼ exp ŷₙⱼ − ŷₙ,cₙ] with integer
  classes cₙ (softmax over the outputs).

The fast path is written out by hand (forward, backward and Pearlmutter's R-pass for Hessian-vector
products) with leading batch axes, so one call serves a whole chunk of runs: autograd's per-operation
overhead on 33 parameters is what makes the straightforward loop slow. `autograd_loss` is the same loss
in autograd.numpy, the oracle the fast path is tested against.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import autograd.numpy as anp
import numpy as np

from critexplorer.core.i18n import translate
from critexplorer.core.text_input import to_ascii

ACTIVATIONS = ("tanh", "sigmoid", "relu", "softplus", "linear")
LOSSES = ("mse", "cross-entropy")


class NetworkError(ValueError):
    """A network that cannot be built (bad layer sizes, unknown activation or loss)."""


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # no overflow for large |z|


def _activation(name: str, z: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """act(z), act'(z), act''(z) (relu: 0 at its kink, where the Hessian is undefined)."""
    if name == "tanh":
        t = np.tanh(z)
        d = 1.0 - t * t
        return t, d, -2.0 * t * d
    if name == "sigmoid":
        s = _sigmoid(z)
        d = s * (1.0 - s)
        return s, d, d * (1.0 - 2.0 * s)
    if name == "relu":
        return np.maximum(z, 0.0), (z > 0).astype(float), np.zeros_like(z)
    if name == "softplus":
        s = _sigmoid(z)
        return np.logaddexp(0.0, z), s, s * (1.0 - s)
    return z, np.ones_like(z), np.zeros_like(z)


def _autograd_activation(name: str, z):
    if name == "tanh":
        return anp.tanh(z)
    if name == "sigmoid":
        return 0.5 * (1.0 + anp.tanh(0.5 * z))
    if name == "relu":
        return anp.maximum(z, 0.0)
    if name == "softplus":
        return anp.logaddexp(0.0, z)
    return z


def _swap(a: np.ndarray) -> np.ndarray:
    return np.swapaxes(a, -1, -2)


@dataclass(frozen=True)
class Network:
    """Layer sizes (I, H…, O), the hidden activation, biases or not, and the loss."""

    layers: tuple[int, ...]
    activation: str = "tanh"
    bias: bool = True
    loss: str = "mse"

    def __post_init__(self) -> None:
        layers = tuple(int(n) for n in self.layers)
        if len(layers) < 2 or any(n < 1 for n in layers):
            raise NetworkError(
                translate(
                    "Networks", "a network needs at least two layer sizes of 1 or more, got {layers}"
                ).format(layers=self.layers)
            )
        if self.activation not in ACTIVATIONS:
            raise NetworkError(
                translate("Networks", "unknown activation {name} (known: {known})").format(
                    name=repr(self.activation), known=", ".join(ACTIVATIONS)
                )
            )
        if self.loss not in LOSSES:
            raise NetworkError(
                translate("Networks", "unknown loss {name} (known: {known})").format(
                    name=repr(self.loss), known=", ".join(LOSSES)
                )
            )
        if self.loss == "cross-entropy" and layers[-1] < 2:
            raise NetworkError(
                translate("Networks", "cross-entropy needs at least 2 outputs (one per class)")
            )
        object.__setattr__(self, "layers", layers)

    @classmethod
    def parse(cls, text: str, **options) -> Network:
        """From 'I-H-…-O' such as '2-8-1' (or ２－８－１, as a Chinese keyboard types it)."""
        try:
            layers = tuple(int(part) for part in to_ascii(str(text)).split("-"))
        except ValueError:
            raise NetworkError(
                translate(
                    "Networks", "layer sizes are whole numbers joined by '-', like 2-8-1; got {text}"
                ).format(text=repr(text))
            ) from None
        return cls(layers, **options)

    @property
    def name(self) -> str:
        return "-".join(str(n) for n in self.layers)

    @property
    def shapes(self) -> list[tuple[int, int]]:
        return list(zip(self.layers[:-1], self.layers[1:], strict=True))

    @property
    def parameters(self) -> int:
        return sum(n_in * n_out + (n_out if self.bias else 0) for n_in, n_out in self.shapes)

    @property
    def inputs(self) -> int:
        return self.layers[0]

    @property
    def outputs(self) -> int:
        return self.layers[-1]

    def to_dict(self) -> dict:
        return {
            "layers": list(self.layers),
            "activation": self.activation,
            "bias": self.bias,
            "loss": self.loss,
            "parameters": self.parameters,
        }

    def split(self, theta) -> list[tuple[np.ndarray, np.ndarray | None]]:
        """θ (…, P) → [(W (…, n_in, n_out), b (…, n_out) or None), …] per the contract (views, no copy)."""
        out, at = [], 0
        lead = np.shape(theta)[:-1]
        for n_in, n_out in self.shapes:
            W = theta[..., at : at + n_in * n_out].reshape((*lead, n_in, n_out))
            at += n_in * n_out
            b = None
            if self.bias:
                b = theta[..., at : at + n_out]
                at += n_out
            out.append((W, b))
        return out

    def initial_parameters(self, rng: np.random.Generator, scale: float = 1.0) -> np.ndarray:
        """W ~ N(0, scale²/n_in) (LeCun), biases ~ N(0, (0.1·scale)²)."""
        parts = []
        for n_in, n_out in self.shapes:
            parts.append(rng.normal(0.0, scale / np.sqrt(n_in), n_in * n_out))
            if self.bias:
                parts.append(rng.normal(0.0, 0.1 * scale, n_out))
        return np.concatenate(parts)

    # --- the fast path -------------------------------------------------------------------------

    def predict(self, theta, inputs) -> np.ndarray:
        """ŷ for θ (…, P) on inputs (N, I): (…, N, O)."""
        return self._forward(np.asarray(theta, float), np.asarray(inputs, float))[0][-1]

    def _forward(self, theta, X):
        """Pre-activations z per layer, and each layer's input (X, then the hidden activations)."""
        layer_inputs, zs, slopes, curvatures = [X], [], [], []
        h = X
        last = len(self.layers) - 2
        for index, (W, b) in enumerate(self.split(theta)):
            z = h @ W
            if b is not None:
                z = z + b[..., None, :]
            zs.append(z)
            if index < last:
                h, slope, curvature = _activation(self.activation, z)
                layer_inputs.append(h)
                slopes.append(slope)
                curvatures.append(curvature)
        return zs, layer_inputs, slopes, curvatures

    def _output_loss(self, z, targets):
        """L and δ = ∂L/∂ŷ for output pre-activations z (…, N, O); also the softmax for cross-entropy."""
        n = z.shape[-2]
        if self.loss == "mse":
            r = z - targets
            return np.sum(r * r, axis=(-2, -1)) / n, (2.0 / n) * r, None
        classes = targets
        top = np.max(z, axis=-1, keepdims=True)
        shifted = z - top
        log_norm = np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))
        p = np.exp(shifted - log_norm)
        onehot = (np.arange(z.shape[-1]) == classes[:, None]).astype(float)
        picked = np.sum(shifted * onehot, axis=-1, keepdims=True)
        value = np.sum(log_norm - picked, axis=(-2, -1)) / n
        delta = (p - onehot) / n
        return value, delta, p

    def value(self, theta, data) -> np.ndarray:
        """L for θ (…, P): shape (…)."""
        zs, *_ = self._forward(np.asarray(theta, float), data.inputs)
        return self._output_loss(zs[-1], data.targets)[0]

    def value_and_gradient(self, theta, data) -> tuple[np.ndarray, np.ndarray]:
        """L (…) and ∇L (…, P) for θ (…, P)."""
        theta = np.asarray(theta, float)
        zs, layer_inputs, slopes, _ = self._forward(theta, data.inputs)
        value, delta, _ = self._output_loss(zs[-1], data.targets)
        parts = []
        weights = self.split(theta)
        for index in range(len(weights) - 1, -1, -1):
            layer_parts = [(_swap(layer_inputs[index]) @ delta).reshape((*delta.shape[:-2], -1))]
            if self.bias:
                layer_parts.append(delta.sum(axis=-2))
            parts[:0] = layer_parts
            if index > 0:
                delta = (delta @ _swap(weights[index][0])) * slopes[index - 1]
        return value, np.concatenate(parts, axis=-1)

    def hessian_vector_products(self, theta, data, directions) -> np.ndarray:
        """H·v for θ (R, P) and directions (R, K, P): (R, K, P), by Pearlmutter's R-pass."""
        theta = np.asarray(theta, float)[:, None, :]
        directions = np.asarray(directions, float)
        zs, layer_inputs, slopes, curvatures = self._forward(theta, data.inputs)
        _, delta, p = self._output_loss(zs[-1], data.targets)
        weights, dweights = self.split(theta), self.split(directions)
        # Forward: Rz_l = R(input_l) @ W_l + input_l @ V_l + c_l;  R(input_{l+1}) = act'(z_l)·Rz_l.
        rzs, r_inputs = [], [None]
        for index, ((W, _), (V, c)) in enumerate(zip(weights, dweights, strict=True)):
            rz = layer_inputs[index] @ V
            if r_inputs[index] is not None:
                rz = rz + r_inputs[index] @ W
            if c is not None:
                rz = rz + c[..., None, :]
            rzs.append(rz)
            if index < len(weights) - 1:
                r_inputs.append(slopes[index] * rz)
        n = data.inputs.shape[0]
        rz = rzs[-1]
        if self.loss == "mse":
            rdelta = (2.0 / n) * rz
        else:
            prz = p * rz
            rdelta = (prz - p * np.sum(prz, axis=-1, keepdims=True)) / n
        parts = []
        lead = rdelta.shape[:-2]
        for index in range(len(weights) - 1, -1, -1):
            rgw = _swap(layer_inputs[index]) @ rdelta
            if r_inputs[index] is not None:
                rgw = rgw + _swap(r_inputs[index]) @ delta
            layer_parts = [rgw.reshape((*lead, -1))]
            if self.bias:
                layer_parts.append(rdelta.sum(axis=-2))
            parts[:0] = layer_parts
            if index > 0:
                W, V = weights[index][0], dweights[index][0]
                back = delta @ _swap(W)
                rdelta = (rdelta @ _swap(W) + delta @ _swap(V)) * slopes[index - 1] + back * curvatures[
                    index - 1
                ] * rzs[index - 1]
                delta = back * slopes[index - 1]
        return np.concatenate(parts, axis=-1)

    def hessians(self, theta, data) -> np.ndarray:
        """The full Hessians (R, P, P) for θ (R, P): H·e_k for every basis vector, in one R-pass."""
        theta = np.asarray(theta, float)
        basis = np.broadcast_to(np.eye(self.parameters), (theta.shape[0], self.parameters, self.parameters))
        products = self.hessian_vector_products(theta, data, basis)
        return 0.5 * (products + _swap(products))  # symmetric to roundoff; exactly so for eigh

    # --- the autograd oracle -------------------------------------------------------------------

    def autograd_loss(self, data) -> Callable:
        """L(θ) for one flat θ (P,), written in autograd.numpy straight from the contract."""
        X, Y, n = data.inputs, data.targets, data.inputs.shape[0]

        def loss(theta):
            h, at = X, 0
            for index, (n_in, n_out) in enumerate(self.shapes):
                W = anp.reshape(theta[at : at + n_in * n_out], (n_in, n_out))
                at += n_in * n_out
                z = anp.dot(h, W)
                if self.bias:
                    z = z + theta[at : at + n_out]
                    at += n_out
                h = _autograd_activation(self.activation, z) if index < len(self.shapes) - 1 else z
            if self.loss == "mse":
                return anp.sum((h - Y) ** 2) / n
            top = anp.max(h, axis=1, keepdims=True)
            log_norm = anp.log(anp.sum(anp.exp(h - top), axis=1)) + top[:, 0]
            return anp.sum(log_norm - h[np.arange(n), Y]) / n

        return loss
