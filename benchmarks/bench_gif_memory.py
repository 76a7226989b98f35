"""GIF export memory: peak RSS for 50 and 200 frames at 1280×720, ours beside a baseline (JSON lines).

    python benchmarks/bench_gif_memory.py [--frames 50,200] [--size 1280x720]

Each figure is one child process (the contour view on Qt's offscreen platform: no display needed),
and its peak resident memory comes from os.wait4, the kernel's ru_maxrss for that child alone.

- ours: `GifExporter.export_to`, which streams each frame into the file as it is drawn
  (critexplorer/files/gif_stream.py).
- baseline: the same frames (the same drawing, captions and palette) collected in a list and saved
  with Pillow's `save(save_all=True, append_images=...)`, as the export did before: Pillow keeps
  every frame until the end.
- setup: the child without any GIF (the application, the model, the runs): the floor under both.

Target (issue 9): memory independent of the number of frames, i.e. ours_growth_mb (200 frames minus
50 frames) near 0, where the baseline grows by about one full-size frame per frame.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(mode: str, frames: int, width: int, height: int, out: str) -> int:
    """Draw and write one GIF of `frames` frames (or nothing, for 'setup')."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(lambda mode, context, message: None)  # offscreen's window-hint notes

    app = QApplication.instance() or QApplication(["bench-gif"])
    from critexplorer.core.runs import Run, RunSpec
    from critexplorer.ui.export.formats import exporter_for
    from critexplorer.ui.export.formats.gif import frame_delay_ms, frame_steps, gif_frames
    from critexplorer.ui.export.scene import ExportOptions, ExportScene
    from critexplorer.ui.model import ExplorerModel

    model = ExplorerModel()
    model.resolution = 128
    model.load_preset("himmelblau")
    # A small learning rate: the runs are still moving after `frames` steps, so every step is a frame.
    trails = [
        Run(
            model.loss, RunSpec(name, (0.2, -0.3), {"lr": 0.0005}, max_steps=frames - 1, color=color)
        ).run_to_end()
        for name, color in (("gd", "#e69f00"), ("momentum", "#56b4e9"))
    ]
    scene = ExportScene(model, ExportOptions(view="contour", width=width, height=height), False)
    exporter = exporter_for(out)
    if mode == "ours":
        exporter.export_to(out, scene, trails, fps=12, max_frames=frames)
    elif mode == "baseline":
        held = list(gif_frames(scene, trails, frame_steps(trails, frames)))
        held[0].save(
            out,
            format="GIF",
            save_all=True,
            append_images=held[1:],
            duration=frame_delay_ms(12),
            loop=0,
            optimize=False,
            disposal=1,
        )
    scene.close()
    app.processEvents()
    return 0


def measure(mode: str, frames: int, size: tuple[int, int], folder: Path) -> dict:
    out = folder / f"{mode}-{frames}.gif"
    command = [sys.executable, __file__, "--child", mode, "--frames", str(frames)]
    command += ["--size", f"{size[0]}x{size[1]}", "--out", str(out)]
    process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{mode} with {frames} frames exited {process.returncode}")
    written = 0
    if out.exists():
        from PIL import Image

        with Image.open(out) as gif:
            written = gif.n_frames
    return {"peak_mb": round(usage.ru_maxrss / 1024, 1), "frames_written": written}  # ru_maxrss is KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", default="50,200")
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--child")
    parser.add_argument("--out")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    if args.child:
        return child(args.child, int(args.frames), width, height, args.out)
    counts = [int(v) for v in args.frames.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        setup = measure("setup", max(counts), (width, height), Path(folder))
        results = {}
        for frames in counts:
            ours = measure("ours", frames, (width, height), Path(folder))
            baseline = measure("baseline", frames, (width, height), Path(folder))
            results[frames] = (ours, baseline)
            print(
                json.dumps(
                    {
                        "name": f"gif_{width}x{height}_{frames}_frames_peak_rss",
                        "ours_peak_mb": ours["peak_mb"],
                        "baseline": "the same frames held in a list, Pillow save_all",
                        "baseline_peak_mb": baseline["peak_mb"],
                        "setup_peak_mb": setup["peak_mb"],
                        "frames_written": {
                            "ours": ours["frames_written"],
                            "baseline": baseline["frames_written"],
                        },
                    }
                ),
                flush=True,
            )
    low, high = min(counts), max(counts)
    ours_growth = results[high][0]["peak_mb"] - results[low][0]["peak_mb"]
    baseline_growth = results[high][1]["peak_mb"] - results[low][1]["peak_mb"]
    print(
        json.dumps(
            {
                "name": f"gif_peak_rss_growth_{low}_to_{high}_frames",
                "ours_growth_mb": round(ours_growth, 1),
                "baseline_growth_mb": round(baseline_growth, 1),
                "target": "independent of the number of frames (growth within 10% of the smaller run's peak)",
                "meets_target": abs(ours_growth) <= 0.1 * results[low][0]["peak_mb"],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
