"""critexplorer lessons: the built-in lessons and their steps (open one with --lesson NAME)."""

from __future__ import annotations

import argparse
import textwrap

from critexplorer.cli.arguments import add_json_argument
from critexplorer.cli.output import to_json
from critexplorer.core.i18n import current_language, translate

EXAMPLES = """\
examples:
  critexplorer lessons
  critexplorer lessons --json
  critexplorer --lesson critical-points --step 3
"""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "lessons",
        help="list the built-in lessons and their steps",
        description=textwrap.fill(
            "List the built-in lessons: name, title and the title of each step. Open one in the window "
            "with --lesson NAME [--step K], or your own lesson file with --lesson FILE.json.",
            90,
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_json_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from critexplorer.files.lesson_file import builtin_lessons

    lessons = builtin_lessons()
    if args.json:
        print(to_json([lesson.to_dict() for lesson in lessons]))
        return 0
    language = current_language()
    blocks = []
    for lesson in lessons:
        count = translate("CLI", "{count} steps").format(count=len(lesson.steps))
        lines = [f"{lesson.name}  {lesson.title.shown(language)} ({count})"]
        lines += [f"  {k:>2}. {step.title.shown(language)}" for k, step in enumerate(lesson.steps, start=1)]
        blocks.append("\n".join(lines))
    print("\n\n".join(blocks))
    return 0
