"""What an export format is, and the list of them.

A format is one small class that declares itself as data (its suffixes, a name for file filters, the
views it draws, whether it needs runs, whether it can be transparent, its options, its largest size)
and turns a request into bytes in `encode` (or into a stream in `encode_into`, for a format that
writes as it goes: a GIF's frames go to the file one by one). The export dialog and the CLI build
their choices, checks, messages and help from these declarations. Nothing here imports Qt: the CLI
lists and checks formats before it starts Qt, and a format that draws no picture (CSV) never needs it.

Formats are found by importing every module of this package, the first time the list is asked for
(as in pyqtgraph.exporters): a new format is one new module with a class decorated by `@register`.
"""

from __future__ import annotations

import importlib
import io
import math
import os
import pkgutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from critexplorer.core.i18n import translate
from critexplorer.files.atomic_write import atomic_stream, describe_os_error
from critexplorer.ui.export.errors import ExportError
from critexplorer.ui.export.pictures import view_phrase

if TYPE_CHECKING:
    from critexplorer.core.runs import Run
    from critexplorer.ui.export.scene import ExportScene


@dataclass(frozen=True)
class FormatOption:
    """A number one format takes (a GIF's frame rate): the dialog shows it as a spin box, the CLI as
    an option `flag`, and `export` receives it as the keyword `name`."""

    name: str
    flag: str
    label: str  # label, help and unit are marked with QT_TRANSLATE_NOOP("Export", …) where declared
    help: str
    default: float
    low: float
    high: float
    whole: bool = False
    low_inclusive: bool = True
    unit: str = ""  # after the number, as a spin box suffix and in messages: " frames/s"

    def shown_label(self) -> str:
        return translate("Export", self.label)

    def shown_help(self) -> str:
        return translate("Export", self.help)

    def shown_unit(self) -> str:
        return translate("Export", self.unit) if self.unit else ""

    def range_words(self) -> str:
        values = {"low": f"{self.low:g}", "high": f"{self.high:g}", "unit": self.shown_unit()}
        if self.low_inclusive:
            return translate("Export", "at least {low} and at most {high}{unit}").format(**values)
        return translate("Export", "above {low} and at most {high}{unit}").format(**values)

    def checked(self, value) -> float | int:
        """The value as the format takes it; ExportError saying the allowed range otherwise."""
        number = float(value) if isinstance(value, (int, float)) else math.nan
        above = number >= self.low if self.low_inclusive else number > self.low
        if not (above and number <= self.high and (not self.whole or number.is_integer())):
            values = {"label": self.shown_label().lower(), "range": self.range_words(), "value": value}
            if self.whole:
                raise ExportError(
                    translate("Export", "the {label} must be a whole number {range}, got {value}").format(
                        **values
                    )
                )
            raise ExportError(
                translate("Export", "the {label} must be {range}, got {value}").format(**values)
            )
        return int(number) if self.whole else number


class Exporter:
    """A format: the declarations below, and `encode`, which makes the file's bytes."""

    suffixes: tuple[str, ...] = ()  # lower case, with the dot; a save dialog proposes the first
    name = ""  # for file filters and format lists: "PNG"
    kind = ""  # how a sentence names it: "a vector format" (marked QT_TRANSLATE_NOOP("Export", …))
    views: tuple[str, ...] = ()  # the views it draws; none for a file that is not a picture (CSV)
    needs_runs = False
    vector = False  # lines and text stay lines and text (else: pixels)
    transparent = False  # can leave the background transparent
    options: tuple[FormatOption, ...] = ()
    default_size = (1920, 1080)
    max_size: tuple[int, int] | None = None  # the largest width and height it draws (None: MAX_SIDE)

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    @property
    def draws_picture(self) -> bool:
        """Whether it draws a view (and so needs Qt and an ExportScene)."""
        return bool(self.views)

    def shown_kind(self) -> str:
        return translate("Export", self.kind)

    def file_filter(self) -> str:
        return f"{self.name} ({' '.join('*' + suffix for suffix in self.suffixes)})"

    def refusal(self, view: str) -> str | None:
        """Why this format cannot draw `view` and which can; None when it can (or draws no view)."""
        if not self.draws_picture or view in self.views:
            return None
        drawn = _and(view_phrase(v) for v in self.views)
        others = translate("Export", " or ").join(e.suffix for e in exporters() if view in e.views)
        return translate("Export", "{suffix} is {kind} for {drawn}; use {others} for {view}").format(
            suffix=self.suffix,
            kind=self.shown_kind(),
            drawn=drawn,
            others=others or translate("Export", "another format"),
            view=view_phrase(view),
        )

    def request_refusal(self, size: tuple[int, int], trails: Sequence[Run], values: dict) -> str | None:
        """Why a picture of `size` with these runs and option values is too large for this format;
        None when it is not. The CLI asks before it starts Qt; `export` asks again."""
        if self.max_size is not None and (size[0] > self.max_size[0] or size[1] > self.max_size[1]):
            width, height = self.max_size
            return translate("Export", "a {name} is at most {width}x{height} pixels, got {got}").format(
                name=self.name, width=width, height=height, got=f"{size[0]}x{size[1]}"
            )
        return None

    def export(
        self,
        scene: ExportScene | None,
        trails: Sequence[Run] | None = None,
        variables: tuple[str, str] | None = None,
        **values,
    ) -> bytes:
        """Check the request against the declarations, then encode it into bytes.

        `scene` is needed by picture formats only; `variables` are the loss's variable names (by default
        the scene's); `values` are this format's options (the others keep their defaults)."""
        scene, trails, variables, checked = self._checked_request(scene, trails, variables, values)
        stream = io.BytesIO()
        self.encode_into(stream, scene, trails, variables, **checked)
        return stream.getvalue()

    def export_to(
        self,
        path: str | os.PathLike,
        scene: ExportScene | None,
        trails: Sequence[Run] | None = None,
        variables: tuple[str, str] | None = None,
        **values,
    ) -> None:
        """`export`, written straight into the file through the atomic writer (a format that encodes as
        it goes, a GIF, never holds the whole file); ExportError (one line) if the disk or path refuses."""
        scene, trails, variables, checked = self._checked_request(scene, trails, variables, values)
        try:
            with atomic_stream(path) as stream:
                self.encode_into(stream, scene, trails, variables, **checked)
        except OSError as error:
            raise ExportError(describe_os_error(error, path)) from None

    def _checked_request(self, scene, trails, variables, values: dict):
        """(scene, trails, variables, option values) checked against the declarations; ExportError."""
        if self.draws_picture:
            if scene is None:
                raise ExportError(f"{self.name} draws a picture: it needs a scene")  # a programming error
            refusal = self.refusal(scene.options.view)
            if refusal:
                raise ExportError(refusal)
        trails = list(trails or [])
        if self.needs_runs and not trails:
            raise ExportError(
                translate(
                    "Export", "{kind} shows optimizer runs: add at least one run (e.g. --run gd:0.5,1)"
                ).format(kind=self.shown_kind())
            )
        unknown = set(values) - {option.name for option in self.options}
        if unknown:
            raise TypeError(f"{self.name} export takes no option {', '.join(sorted(unknown))}")
        checked = {o.name: o.checked(values.get(o.name, o.default)) for o in self.options}
        if variables is None:
            variables = tuple(scene.model.vars) if scene is not None else ("x", "y")
        if scene is not None:
            refusal = self.request_refusal((scene.options.width, scene.options.height), trails, checked)
            if refusal:
                raise ExportError(refusal)
        return scene, trails, variables, checked

    def summary(self, trails: Sequence[Run]) -> str:
        """What a file that is no picture holds, for the CLI's "wrote" line."""
        return translate("Export", "{count} run(s)").format(count=len(trails))

    def encode(
        self, scene: ExportScene | None, trails: list[Run], variables: tuple[str, str], **values
    ) -> bytes:
        raise NotImplementedError

    def encode_into(
        self, stream: BinaryIO, scene: ExportScene | None, trails: list[Run], variables, **values
    ) -> None:
        """Write the file's bytes to `stream`; a format that can encode as it goes overrides this."""
        stream.write(self.encode(scene, trails, variables, **values))


def _and(words) -> str:
    words = list(words)
    if len(words) == 1:
        return words[0]
    return translate("Export", "{first} and {last}").format(
        first=translate("Export", ", ").join(words[:-1]), last=words[-1]
    )


_FORMATS: list[Exporter] = []
_discovered = False


def register(cls: type[Exporter]) -> type[Exporter]:
    """Class decorator: add a format to the list (a suffix belongs to one format only)."""
    taken = {suffix for e in _FORMATS for suffix in e.suffixes}
    clash = taken.intersection(cls.suffixes)
    if clash or not cls.suffixes:
        raise ValueError(f"{cls.__name__}: suffixes {cls.suffixes} empty or already taken ({clash})")
    _FORMATS.append(cls())
    return cls


def exporters() -> list[Exporter]:
    """Every format, in the order of their modules' names and, within one module, of registration."""
    global _discovered
    if not _discovered:
        _discovered = True
        for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
            if module.name != __name__.rpartition(".")[2]:
                importlib.import_module(f"{__package__}.{module.name}")
    return list(_FORMATS)


def all_suffixes() -> list[str]:
    return [suffix for e in exporters() for suffix in e.suffixes]


def exporter_for(path: str | Path) -> Exporter:
    """The format for a file name's suffix; ExportError listing the known ones otherwise."""
    suffix = Path(path).suffix.lower()
    for exporter in exporters():
        if suffix in exporter.suffixes:
            return exporter
    known = ", ".join(sorted(all_suffixes()))
    raise ExportError(
        translate("Export", "cannot export to {suffix} ({name}); use one of {known}").format(
            suffix=suffix or translate("Export", "no suffix"), name=Path(path).name, known=known
        )
    )
