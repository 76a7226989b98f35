"""python -m critexplorer: the command line, or the window when no subcommand is given."""

import sys

from critexplorer.cli import main

sys.exit(main())
